"""Attribution links in the annotation file: a claim's link to its source, cue or place,
checked against the scheme's link types; listed, added, put back and removed with their
spans. Each takes a Session, as `repository` does."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from reader.core.annotations import utc_now
from reader.core.errors import SpanError
from reader.core.link_agreement import Link as LinkEnds
from reader.core.links import LinkRecord, LinkTypeDef
from reader.core.words import QT_TR_NOOP, Words
from reader.storage import reads
from reader.storage.models import Annotation, Annotator, Label, Link, LinkType
from reader.storage.repository import _dbapi, annotator_id


def list_link_types(session: Session) -> list[LinkTypeDef]:
    return reads.list_link_types(_dbapi(session))


def list_links(session: Session, document_id: int) -> list[LinkRecord]:
    return reads.list_links(_dbapi(session), document_id)


def links_touching(session: Session, span_ids: list[int]) -> list[LinkRecord]:
    return reads.links_touching(_dbapi(session), span_ids) if span_ids else []


def _link_type(session: Session, name: str) -> tuple[int, LinkTypeDef]:
    row = session.execute(select(LinkType).where(LinkType.name == name)).scalar_one_or_none()
    if row is None:
        unknown = QT_TR_NOOP("link type {name!r} is not in this annotation file's scheme")
        raise SpanError(Words(unknown, name=name))
    found = LinkTypeDef(row.name, row.colour, row.shortcut, row.claim_label, row.target_label,
                        row.unnamed, row.description)  # fmt: skip
    return row.id, found


def _span_label(session: Session, span_id: int) -> tuple[int, str] | None:
    """(document id, label) of a span, or None when it is not in the file."""
    row = session.execute(
        select(Annotation.document_id, Label.name)
        .join(Label, Label.id == Annotation.label_id)
        .where(Annotation.id == span_id)
    ).one_or_none()
    return (row[0], row[1]) if row else None


def _check_link(
    session: Session, link_type: LinkTypeDef, claim_id: int, target_id: int | None
) -> int:
    """The document both ends are on; SpanError when the link cannot be made."""
    claim = _span_label(session, claim_id)
    if claim is None or claim[1] != link_type.claim_label:
        wrong = QT_TR_NOOP("{type} links start at spans labelled {label}")
        raise SpanError(Words(wrong, type=link_type.name, label=link_type.claim_label))
    if target_id is None:
        if not link_type.unnamed:
            named = QT_TR_NOOP("{type} links need a span labelled {label} to point to")
            raise SpanError(Words(named, type=link_type.name, label=link_type.target_label))
        return claim[0]
    target = _span_label(session, target_id)
    if target is None or target[1] != link_type.target_label or target[0] != claim[0]:
        wrong = QT_TR_NOOP("{type} links point to spans labelled {label} in the same article")
        raise SpanError(Words(wrong, type=link_type.name, label=link_type.target_label))
    return claim[0]


def add_link(
    session: Session, type_name: str, claim_id: int, target_id: int | None, annotator: str,
    made: tuple[str, str] = ("", ""),
) -> LinkRecord:
    """Link a claim to its target (None: an unnamed source), checked against the scheme;
    the same link twice is refused. `made`: when it was created and updated, if it was
    made elsewhere (an import); now otherwise."""
    type_id, link_type = _link_type(session, type_name)
    document_id = _check_link(session, link_type, claim_id, target_id)
    if has_link(session, type_name, claim_id, target_id):
        raise SpanError(Words(QT_TR_NOOP("the claim already has this {type} link"), type=type_name))
    now = utc_now()
    created, updated = made[0] or now, made[1] or made[0] or now
    record = LinkRecord(0, document_id, type_name, claim_id, target_id, annotator, created,
                        updated)  # fmt: skip
    new_id = session.execute(
        insert(Link).values(_link_values(session, record, type_id)).returning(Link.id)
    ).scalar_one()
    return replace(record, id=new_id)


def has_link(session: Session, type_name: str, claim_id: int, target_id: int | None) -> bool:
    """Whether the claim already has this link."""
    same = (
        select(Link.id).join(LinkType, LinkType.id == Link.type_id)
        .where(LinkType.name == type_name, Link.claim_id == claim_id)
        .where(Link.target_id.is_(None) if target_id is None else Link.target_id == target_id)
    )  # fmt: skip
    return session.scalar(same) is not None


def _link_values(session: Session, record: LinkRecord, type_id: int) -> dict[str, object]:
    return {
        "document_id": record.document_id, "type_id": type_id, "claim_id": record.claim_id,
        "target_id": record.target_id, "annotator_id": annotator_id(session, record.annotator),
        "created_at": record.created, "updated_at": record.updated,
    }  # fmt: skip


def restore_links(session: Session, records: list[LinkRecord]) -> None:
    """Put back deleted links exactly as they were (same ids and times), for undo."""
    for record in records:
        type_id, _ = _link_type(session, record.type)
        session.execute(insert(Link).values(id=record.id, **_link_values(session, record, type_id)))


def delete_links(session: Session, link_ids: list[int]) -> None:
    session.execute(delete(Link).where(Link.id.in_(link_ids)))


def links_unfit_for(session: Session, span_id: int, label: str) -> list[LinkRecord]:
    """The links of a span that its new `label` would no longer fit (a claim relabelled
    as an actor cannot keep its sources)."""
    fits = {t.name: t for t in list_link_types(session)}
    return [
        k for k in links_touching(session, [span_id])
        if (k.claim_id == span_id and fits[k.type].claim_label != label)
        or (k.target_id == span_id and fits[k.type].target_label != label)
    ]  # fmt: skip


def count_links(session: Session, annotator: str | None = None) -> int:
    """Links of the file, or of one annotator's claims (a link goes with its claim)."""
    query = select(func.count(Link.id))
    if annotator is not None:
        query = (
            query.join(Annotation, Annotation.id == Link.claim_id)
            .join(Annotator, Annotator.id == Annotation.annotator_id)
            .where(Annotator.name == annotator)
        )
    return session.scalar(query) or 0


def link_ends(session: Session, annotator: str) -> dict[int, set[LinkEnds]]:
    """One annotator's links by document, by their ends (for link agreement)."""
    return reads.link_ends(_dbapi(session), annotator)


def links_by(session: Session, annotator: str) -> dict[int, list[LinkRecord]]:
    """One annotator's links by document, in the order they were made."""
    found: dict[int, list[LinkRecord]] = {}
    rows = session.execute(
        select(Link.id, Link.document_id, LinkType.name, Link.claim_id, Link.target_id,
               Annotator.name, Link.created_at, Link.updated_at)
        .join(LinkType, LinkType.id == Link.type_id)
        .join(Annotator, Annotator.id == Link.annotator_id)
        .where(Annotator.name == annotator)
        .order_by(Link.id)
    )  # fmt: skip
    for row in rows:
        found.setdefault(row[1], []).append(LinkRecord(*row))
    return found
