"""One's own annotation file (or one annotator's part of it) as an annotation set, to
be written in an interchange format: every document, label, annotator, annotation, link
and entity."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from reader.core.foreign import ForeignDocument, ForeignLink, ForeignSpan
from reader.core.review import AnnotationSet, AnnotatorInfo
from reader.storage import progress, reads
from reader.storage.attribution import list_link_types
from reader.storage.models import Annotation, Annotator, Document, Label, Link, LinkType
from reader.storage.repository import _ORIGIN_COLUMNS, _annotations, _dbapi, list_labels


def annotation_set(session: Session, source: str, annotator: str | None = None) -> AnnotationSet:
    """The whole file (or one annotator's part of it) as an annotation set, for writing
    in an interchange format: every document, label and annotator, and the annotations."""
    docs = tuple(
        ForeignDocument(d.id, d.sha256, d.title, d.text, d.source, d.date, d.url, d.origin,
                        d.header_lines, d.added_at)
        for d in session.scalars(select(Document).options(undefer(Document.text))
                                 .order_by(Document.id))
    )  # fmt: skip
    query = _annotations(Annotation.id, Annotation.document_id, Label.name).add_columns(
        *_ORIGIN_COLUMNS, Annotation.entity_id
    )
    if annotator is not None:
        query = query.where(Annotator.name == annotator)
    by_id = {
        row[0]: ForeignSpan(*row[1:])
        for row in session.execute(
            query.order_by(Annotation.document_id, Annotation.start, Annotation.end.desc(),
                           Annotation.id)
        )
    }  # fmt: skip
    spans = tuple(by_id.values())
    people = [
        AnnotatorInfo(name, created)
        for name, created in session.execute(
            select(Annotator.name, Annotator.created_at).order_by(Annotator.name)
        )
        if annotator is None or name == annotator
    ]
    links = tuple(_foreign_links(session, by_id))
    named = {s.entity for s in spans}  # the whole registry, or the part one annotator names
    registry = tuple(e for e in reads.list_entities(_dbapi(session))
                     if annotator is None or e.id in named)  # fmt: skip
    marks = tuple(
        m for m in progress.marks(session) if annotator is None or m.annotator == annotator
    )
    return AnnotationSet(source, docs, spans, tuple(list_labels(session)), tuple(people),
                         links=links, link_types=tuple(list_link_types(session)),
                         entities=registry, statuses=marks)  # fmt: skip


def _foreign_links(session: Session, spans: dict[int, ForeignSpan]) -> Iterator[ForeignLink]:
    """The file's links between `spans` (by id), in the order they were made."""
    rows = session.execute(
        select(LinkType.name, Link.claim_id, Link.target_id, Annotator.name, Link.created_at,
               Link.updated_at)
        .join(LinkType, LinkType.id == Link.type_id)
        .join(Annotator, Annotator.id == Link.annotator_id)
        .order_by(Link.id)
    )  # fmt: skip
    for kind, claim, target, who, created, updated in rows:
        if claim in spans and (target is None or target in spans):
            end = spans[target] if target is not None else None
            yield ForeignLink(kind, spans[claim], end, who, created, updated)
