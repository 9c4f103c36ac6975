"""Writes of the workflow status (schema 7): where each annotator stands with each
article. A status set is a row of `document_status`; none set reads from whether the
annotator tagged the article (`core.progress.effective`; the reads are in `reads`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from reader.core.annotations import utc_now
from reader.core.progress import Status, StatusMark
from reader.storage.models import Annotator, DocumentStatus
from reader.storage.repository import annotator_id


def set_status(
    session: Session, changes: Mapping[int, Status | None], annotator: str, at: str = ""
) -> None:
    """Set `annotator`'s status of each document in `changes`; None takes the mark away
    (the status then reads from the tags again), as undoing a first mark does."""
    who, when = annotator_id(session, annotator), at or utc_now()
    # Delete and insert rather than an upsert: the same statements on every dialect.
    session.execute(delete(DocumentStatus).where(
        DocumentStatus.annotator_id == who, DocumentStatus.document_id.in_(list(changes))
    ))  # fmt: skip
    rows = [{"document_id": doc, "annotator_id": who, "status": status.value, "updated_at": when}
            for doc, status in changes.items() if status is not None]  # fmt: skip
    if rows:
        session.execute(insert(DocumentStatus), rows)


def add_marks(
    session: Session, marks: Iterable[StatusMark], document_ids: Mapping[int, int]
) -> int:
    """Store marks read from another file (`document_ids`: their key -> the id here);
    a mark newer than the one here wins. Returns how many were stored."""
    stored = 0
    for mark in marks:
        doc = document_ids.get(mark.document)
        if doc is None:
            continue
        who = annotator_id(session, mark.annotator)
        here = session.scalar(select(DocumentStatus.updated_at).where(
            DocumentStatus.document_id == doc, DocumentStatus.annotator_id == who
        ))  # fmt: skip
        if here is None or here < mark.updated_at:
            set_status(session, {doc: mark.status}, mark.annotator, mark.updated_at)
            stored += 1
    return stored


def marks(session: Session) -> list[StatusMark]:
    """Every status set in the file, by document then annotator."""
    rows = session.execute(
        select(DocumentStatus.document_id, Annotator.name, DocumentStatus.status,
               DocumentStatus.updated_at)
        .join(Annotator, Annotator.id == DocumentStatus.annotator_id)
        .order_by(DocumentStatus.document_id, Annotator.name)
    )  # fmt: skip
    return [StatusMark(doc, who, Status(status), at) for doc, who, status, at in rows]
