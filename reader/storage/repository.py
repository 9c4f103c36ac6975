"""Queries and commands the app needs. Each takes a Session; the caller owns the unit of
work (`with file.session() as s:`), so one user action is one transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Select, String, case, delete, func, insert, literal, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from reader.core.annotations import (
    AnnotationRecord,
    DocumentInfo,
    DocumentText,
    ExportRow,
    SpanDraft,
    utc_now,
)
from reader.core.errors import NOT_YOURS, ChangedMeanwhileError, NotYoursError, SpanError
from reader.core.labels import LabelDef
from reader.core.progress import Status
from reader.core.words import QT_TR_NOOP, Words
from reader.storage import reads, search, statements
from reader.storage.models import (
    Annotation,
    Annotator,
    Document,
    DocumentStatus,
    Entity,
    Label,
)
from reader.storage.span_keys import AnnotationRow, add_rows, put_back

# ---------------------------------------------------------------- labels and annotators


def list_labels(session: Session) -> list[LabelDef]:
    return reads.list_labels(_dbapi(session))


def _dbapi(session: Session) -> reads.Connection:
    """The session's own driver connection (same transaction), for the plain-SQL reads:
    sqlite3's as it is, psycopg's behind the reads' `execute` (`server.ServerReader`)."""
    driver = session.connection().connection.driver_connection
    if isinstance(driver, sqlite3.Connection):
        return driver
    from reader.storage.server import ServerReader  # psycopg: a team database only

    return ServerReader(driver)  # type: ignore[arg-type]


_NO_SUCH_LABEL = QT_TR_NOOP("label {name!r} is not in this annotation file's scheme")


def _label_id(session: Session, name: str) -> int:
    label_id = session.scalar(select(Label.id).where(Label.name == name))
    if label_id is None:
        raise SpanError(Words(_NO_SUCH_LABEL, name=name))
    return label_id


def annotator_id(session: Session, name: str, created: str = "") -> int:
    """The annotator's id, adding them on first use (`created`, or now)."""
    query = select(Annotator.id).where(Annotator.name == name)
    found = session.scalar(query)
    if found is not None:
        return found
    # Someone else may add the same name at the same moment (two windows of one person
    # on a team database): a name already there is left be, then read.
    upsert = _upsert(session.get_bind().dialect.name)
    session.execute(
        upsert(Annotator).values(name=name, created_at=created or utc_now())
        .on_conflict_do_nothing(index_elements=["name"])
    )  # fmt: skip
    return session.execute(query).scalar_one()


def _upsert(dialect: str) -> Any:
    """The dialect's INSERT with ON CONFLICT; PostgreSQL's loaded for a team database only
    (its module brings every PostgreSQL driver's dialect: 70 ms and 2 MiB)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert
    return sqlite_insert


# ---------------------------------------------------------------- documents


def document_ids_by_sha(session: Session, shas: list[str]) -> dict[str, tuple[int, str]]:
    """Existing documents among `shas`: sha -> (id, title)."""
    if not shas:
        return {}
    rows = session.execute(
        select(Document.sha256, Document.id, Document.title).where(Document.sha256.in_(shas))
    )
    return {sha: (doc_id, title) for sha, doc_id, title in rows}


def document_shas(session: Session, document_ids: list[int]) -> dict[int, str]:
    rows = session.execute(
        select(Document.id, Document.sha256).where(Document.id.in_(document_ids))
    )
    return {doc_id: sha for doc_id, sha in rows}


# What a document row may leave out (the model's defaults; the rest are required).
_DOCUMENT_DEFAULTS: dict[str, object] = {
    "title": "", "source": "", "date": "", "url": "", "origin": "", "header_lines": 0,
}  # fmt: skip


def add_documents(session: Session, documents: list[dict[str, object]]) -> list[int]:
    """Bulk insert (Core insert: ORM add_all costs ~29x on imports; DESIGN.md); the new
    ids, in order. A file indexes them for search behind them (`search.index_next`); a
    team server in the same transaction."""
    if not documents:
        return []
    # One executemany straight to the driver, then the ids by SHA-256 (unique):
    # RETURNING in parameter order would make SQLAlchemy send SQLite one INSERT a row
    # (40% of an import's time), and its work for each row of an executemany is a tenth.
    fields = statements.DOCUMENT_FIELDS
    rows = [tuple(d.get(name, _DOCUMENT_DEFAULTS.get(name)) for name in fields) for d in documents]
    statements.run_many(session.connection(), statements.add_document(), fields, rows)
    shas = [str(d["sha256"]) for d in documents]
    by_sha = {sha: doc_id for sha, (doc_id, _) in document_ids_by_sha(session, shas).items()}
    ids = [by_sha[sha] for sha in shas]
    conn = session.connection()
    if not search.defers_index(conn):
        search.index_documents(
            conn, ((i, str(d["text"])) for i, d in zip(ids, documents, strict=True))
        )
    return ids


def _document_infos(ids: list[int] | None = None) -> Select[Any]:
    """What the lists show of each document (of `ids`, or all), annotation counts included."""
    counts = _annotation_counts(ids)
    stmt = select(
        Document.id,
        Document.sha256,
        Document.title,
        Document.source,
        Document.date,
        func.coalesce(counts.c.n, 0),
    ).outerjoin(counts, counts.c.document_id == Document.id)
    return stmt if ids is None else stmt.where(Document.id.in_(ids))


def list_documents(session: Session) -> list[DocumentInfo]:
    rows = session.execute(_document_infos().order_by(Document.id))
    return [DocumentInfo(*row) for row in rows]


def document_origins(session: Session) -> dict[int, str]:
    """Where each document was imported from (a file's path, or a line of one)."""
    return {
        doc_id: origin for doc_id, origin in session.execute(select(Document.id, Document.origin))
    }


def _annotation_counts(ids: list[int] | None = None) -> Any:
    """Annotations per document (of `ids`, or all)."""
    counts = select(Annotation.document_id, func.count().label("n"))
    if ids is not None:
        counts = counts.where(Annotation.document_id.in_(ids))
    return counts.group_by(Annotation.document_id).subquery()


def get_document(session: Session, document_id: int) -> DocumentText | None:
    return reads.get_document(_dbapi(session), document_id)


# ---------------------------------------------------------------- annotations

# What every annotation query returns after its leading columns (AnnotationRecord and
# ExportRow end with the same fields).
_SPAN_COLUMNS = (
    Annotation.start,
    Annotation.end,
    Annotation.text,
    Annotation.context_before,
    Annotation.context_after,
    Annotation.note,
    Annotator.name,
    Annotation.created_at,
    Annotation.updated_at,
)


_ORIGIN_COLUMNS = (Annotation.origin_annotator, Annotation.origin_file, Annotation.origin_at)


def _annotations(*leading: Any) -> Select[Any]:
    """Annotations with their label and annotator joined, `leading` columns first."""
    return (
        select(*leading, *_SPAN_COLUMNS)
        .join(Label, Label.id == Annotation.label_id)
        .join(Annotator, Annotator.id == Annotation.annotator_id)
    )


def _records_query() -> Select[Any]:
    return _annotations(Annotation.id, Annotation.document_id, Label.name).add_columns(
        *_ORIGIN_COLUMNS, Annotation.entity_id
    )


def list_annotations(session: Session, document_id: int) -> list[AnnotationRecord]:
    # On the connection, not the ORM session: plain rows, a third of the cost for 10,000.
    rows = session.connection().execute(
        _records_query()
        .where(Annotation.document_id == document_id)
        .order_by(Annotation.start, Annotation.end.desc(), Annotation.id)
    )
    return [AnnotationRecord(*row) for row in rows]


def annotations_by(session: Session, annotator: str) -> list[AnnotationRecord]:
    """Every annotation one annotator made, in document then text order."""
    rows = session.execute(
        _records_query()
        .where(Annotator.name == annotator)
        .order_by(Annotation.document_id, Annotation.start, Annotation.end.desc())
    )
    return [AnnotationRecord(*row) for row in rows]


def get_annotation(session: Session, annotation_id: int) -> AnnotationRecord | None:
    row = session.execute(_records_query().where(Annotation.id == annotation_id)).one_or_none()
    return AnnotationRecord(*row) if row else None


def find_same_span(session: Session, draft: SpanDraft, annotator: str) -> int | None:
    return reads.find_same_span(_dbapi(session), draft, annotator)


def _insert_values(session: Session, record: AnnotationRecord) -> dict[str, object]:
    return {
        "document_id": record.document_id,
        "label_id": _label_id(session, record.label),
        "annotator_id": annotator_id(session, record.annotator),
        "start": record.start,
        "end": record.end,
        "text": record.text,
        "context_before": record.context_before,
        "context_after": record.context_after,
        "note": record.note,
        "created_at": record.created,
        "updated_at": record.updated,
        "origin_annotator": record.origin_annotator,
        "origin_file": record.origin_file,
        "origin_at": record.origin_at,
        "entity_id": record.entity_id,
    }


def add_annotation(
    session: Session,
    draft: SpanDraft,
    annotator: str,
    origin_annotator: str = "",
    origin_file: str = "",
    entity_id: int | None = None,
) -> AnnotationRecord:
    """Store a new span; `origin_*` name the colleague and file it was accepted from,
    `entity_id` the entity it names."""
    now = utc_now()
    record = AnnotationRecord(
        0,
        draft.document_id,
        draft.label,
        draft.start,
        draft.end,
        draft.text,
        draft.context_before,
        draft.context_after,
        draft.note,
        annotator,
        now,
        now,
        origin_annotator,
        origin_file,
        now if origin_annotator else "",
        entity_id,
    )
    known = session.info.setdefault("annotators", set())  # names this file has: see db
    if annotator not in known:
        annotator_id(session, annotator)  # the first tag of someone new adds them
        session.info.setdefault("new_annotators", set()).add(annotator)
    values = {name: getattr(record, _FIELDS.get(name, name)) for name in statements.SPAN_FIELDS}
    try:
        named = values | {"label": draft.label, "annotator": annotator}
        new_id = statements.run(session.connection(), statements.add_span(), named)
    except IntegrityError as err:
        # No label of that name: its subquery gave NULL. Told from the error, not by
        # asking, as PostgreSQL takes no more statements in a failed transaction.
        said = str(err.orig).lower()
        if "label_id" in said and "null" in said:
            raise SpanError(Words(_NO_SUCH_LABEL, name=draft.label)) from None
        if "annotator_id" in said and "null" in said:  # gone meanwhile (a restored
            known.discard(annotator)  # database): looked up again on the next try
        raise
    assert isinstance(new_id, int)
    return record.with_changes(id=new_id)


_FIELDS = {"created_at": "created", "updated_at": "updated"}  # the record's names


def restore_annotation(session: Session, record: AnnotationRecord) -> None:
    """Put back a deleted annotation exactly as it was (same id and timestamps), for undo."""
    session.execute(insert(Annotation).values(id=record.id, **_insert_values(session, record)))


def delete_annotation(session: Session, annotation_id: int, seen: str | None = None) -> None:
    """Delete an annotation; `seen`: its updated time as the user saw it (see
    `write_annotation`)."""
    query = delete(Annotation).where(Annotation.id == annotation_id)
    if seen is not None:
        query = query.where(Annotation.updated_at == seen)
    _check_unchanged(session, session.execute(query), annotation_id, seen)


def write_annotation(session: Session, record: AnnotationRecord, seen: str | None = None) -> None:
    """Overwrite an annotation's label, span, surface text, context, note and updated time
    with `record`'s (edits and their undo both go through here). `seen`: its updated time
    as the user saw it, the row's version: a span changed meanwhile (by another window,
    or a colleague on a team database) is refused, not overwritten."""
    query = update(Annotation).where(Annotation.id == record.id)
    if seen is not None:
        query = query.where(Annotation.updated_at == seen)
    result = session.execute(
        query.values(
            label_id=_label_id(session, record.label),
            start=record.start,
            end=record.end,
            text=record.text,
            context_before=record.context_before,
            context_after=record.context_after,
            note=record.note,
            updated_at=record.updated,
            origin_annotator=record.origin_annotator,
            origin_file=record.origin_file,
            origin_at=record.origin_at,
            entity_id=record.entity_id,
        )
    )
    _check_unchanged(session, result, record.id, seen)


def _check_unchanged(
    session: Session, result: object, annotation_id: int, seen: str | None
) -> None:
    """Raise if the statement touched no row: the span is gone, or changed meanwhile."""
    if result.rowcount == 1:  # type: ignore[attr-defined]
        return
    now = session.scalar(select(Annotation.updated_at).where(Annotation.id == annotation_id))
    if now is not None and now == seen:  # there as seen, yet untouched: not the user's to
        raise NotYoursError(Words(NOT_YOURS))  # change (a team database's row security)
    if now is None:
        raise SpanError(
            Words(QT_TR_NOOP("annotation {id} is no longer in the annotation file"),
                  id=annotation_id)
        )  # fmt: skip
    raise ChangedMeanwhileError(Words(
        QT_TR_NOOP("this span was changed elsewhere meanwhile (at {when}, after you last saw it "
                   "at {seen}), so your change was not saved; it is shown as it is now"),
        when=now, seen=seen or "",
    ))  # fmt: skip


def annotators_with_annotations(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(Annotator.name)
            .where(select(Annotation.id).where(Annotation.annotator_id == Annotator.id).exists())
            .order_by(Annotator.name)
        )
    )


def count_annotations(session: Session, annotator: str | None = None) -> int:
    """How many annotations the file holds (one annotator's, when named)."""
    query = select(func.count(Annotation.id))
    if annotator is not None:
        query = query.join(Annotator, Annotator.id == Annotation.annotator_id).where(
            Annotator.name == annotator
        )
    return session.scalar(query) or 0


def iter_export_rows(
    session: Session, annotator: str | None = None, batch: int = 2000
) -> Iterator[ExportRow]:
    """Every annotation (or one annotator's) with its document and annotator, in document
    then text order, and the annotator's status of the document (in progress unless they
    marked it: they tagged it)."""
    stmt = _export_query(_export_columns(), annotator).execution_options(yield_per=batch)
    for row in session.connection().execute(stmt):  # plain rows: no ORM loading per row
        yield ExportRow(*row)


def iter_export_cells(
    session: Session, inert_after: frozenset[str], annotator: str | None = None, batch: int = 2000
) -> Iterator[Sequence[Any]]:
    """The rows of `iter_export_rows` as cells for the csv module to write as they come.
    A text cell starting (after any apostrophes) with one of `inert_after` gets one more
    apostrophe in front (`csv_format.neutralise`), done by SQL: a Python test of every
    cell took a third of a 100,000-row export."""
    # The first character's code point: one number compared, no string cut out.
    first = func.unicode if session.get_bind().dialect.name == "sqlite" else func.ascii
    columns = [_inert(c, sorted(map(ord, inert_after)), first) if isinstance(c.type, String)
               else c for c in _export_columns()]  # fmt: skip
    stmt = _export_query(columns, annotator).execution_options(yield_per=batch)
    yield from session.connection().execute(stmt)


def _export_columns() -> list[Any]:
    status = func.coalesce(DocumentStatus.status, Status.IN_PROGRESS.value)
    return [Document.sha256, Document.title, Label.name, *_SPAN_COLUMNS, *_ORIGIN_COLUMNS,
            Annotation.entity_id, func.coalesce(Entity.name, ""), status]  # fmt: skip


def _export_query(columns: list[Any], annotator: str | None) -> Select[Any]:
    stmt = (
        select(*columns)
        .select_from(Annotation)
        .join(Label, Label.id == Annotation.label_id)
        .join(Annotator, Annotator.id == Annotation.annotator_id)
        .join(Document, Document.id == Annotation.document_id)
        .outerjoin(Entity, Entity.id == Annotation.entity_id)
        .outerjoin(
            DocumentStatus,
            (DocumentStatus.document_id == Annotation.document_id)
            & (DocumentStatus.annotator_id == Annotation.annotator_id),
        )
        .order_by(Document.id, Annotation.start, Annotation.end, Annotation.id)
    )
    return stmt if annotator is None else stmt.where(Annotator.name == annotator)


def _inert(cell: Any, codes: list[int], first: Any) -> Any:
    risky = first(cell).in_([*codes, ord("'")]) & first(func.ltrim(cell, "'")).in_(codes)
    return case((risky, literal("'", String) + cell), else_=cell)


# ---------------------------------------------------------------- interchange


SpanKey = tuple[int, str, str, int, int]  # document, annotator, label, start, end


def span_keys(session: Session, document_ids: list[int]) -> set[SpanKey]:
    """(document, annotator, label, start, end) of every annotation on these documents."""
    found: set[SpanKey] = set()
    for chunk in range(0, len(document_ids), 500):
        rows = session.execute(
            select(Annotation.document_id, Annotator.name, Label.name, Annotation.start,
                   Annotation.end)
            .join(Label, Label.id == Annotation.label_id)
            .join(Annotator, Annotator.id == Annotation.annotator_id)
            .where(Annotation.document_id.in_(document_ids[chunk : chunk + 500]))
        )  # fmt: skip
        found.update((d, who, label, s, e) for d, who, label, s, e in rows)
    return found


def insert_annotations(
    session: Session, records: list[AnnotationRecord], keep_ids: bool = False
) -> list[int]:
    """Bulk insert in one executemany, label and annotator ids looked up once. The new
    ids in order; `keep_ids` puts records back under their own ids (undo)."""
    labels = {name: _label_id(session, name) for name in {r.label for r in records}}
    people = {name: annotator_id(session, name) for name in {r.annotator for r in records}}
    rows = [AnnotationRow(
        r.document_id, labels[r.label], people[r.annotator], r.start, r.end, r.text,
        r.context_before, r.context_after, r.note, r.created, r.updated, r.origin_annotator,
        r.origin_file, r.origin_at, r.entity_id,
    ) for r in records]  # fmt: skip
    if keep_ids:
        put_back(session, rows, [r.id for r in records])
        return [r.id for r in records]
    found = {(d, who, label, start, end): id_
             for d, who, label, start, end, id_ in add_rows(session, rows)}  # fmt: skip
    return [found[r.document_id, r.annotator_id, r.label_id, r.start, r.end] for r in rows]


def add_annotations(
    session: Session, drafts: list[SpanDraft], annotator: str
) -> list[AnnotationRecord]:
    """Store many new spans at once (tag all occurrences): one insert, one timestamp."""
    now = utc_now()
    records = [
        AnnotationRecord(0, d.document_id, d.label, d.start, d.end, d.text, d.context_before,
                         d.context_after, d.note, annotator, now, now)
        for d in drafts
    ]  # fmt: skip
    ids = insert_annotations(session, records)
    return [r.with_changes(id=i) for r, i in zip(records, ids, strict=True)]


def delete_annotations(session: Session, annotation_ids: list[int]) -> None:
    for chunk in range(0, len(annotation_ids), 500):
        session.execute(
            delete(Annotation).where(Annotation.id.in_(annotation_ids[chunk : chunk + 500]))
        )
