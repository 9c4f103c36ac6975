"""The entity registry's writes: entities and their aliases, which spans name them,
gazetteer names and rejected suggestions. Each takes a Session; the caller owns the
unit of work, so a merge or a split is one transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from reader.core.annotations import utc_now
from reader.core.entities import ENTITY_LABELS, EntityDef, RegistryChange
from reader.core.errors import SpanError
from reader.core.words import QT_TR_NOOP, Words
from reader.storage import reads
from reader.storage.models import (
    Annotation,
    Entity,
    EntityAlias,
    GazetteerName,
    Label,
    RejectedSuggestion,
)
from reader.storage.repository import _dbapi


def list_entities(session: Session) -> list[EntityDef]:
    return reads.list_entities(_dbapi(session))


def _checked(entity: EntityDef) -> EntityDef:
    if entity.label not in ENTITY_LABELS:
        raise SpanError(
            Words(QT_TR_NOOP("an entity is an ACTOR or a PLACE, not {label}"), label=entity.label)
        )
    name = entity.name.strip()
    if not name:
        raise SpanError(Words(QT_TR_NOOP("an entity needs a name")))
    aliases = tuple(dict.fromkeys(a.strip() for a in entity.aliases if a.strip() and a != name))
    external_id = entity.external_id.strip()
    return EntityDef(entity.id, entity.label, name, aliases, entity.note, external_id)


def add_entity(session: Session, entity: EntityDef) -> EntityDef:
    """Store a new entity (its id is ignored unless `restore`) and return it with its id."""
    entity = _checked(entity)
    now = utc_now()
    new_id = session.scalar(
        insert(Entity)
        .values(label=entity.label, name=entity.name, note=entity.note,
                external_id=entity.external_id, created_at=now, updated_at=now,
                **({"id": entity.id} if entity.id else {}))
        .returning(Entity.id)
    )  # fmt: skip
    assert new_id is not None
    _write_aliases(session, new_id, entity.aliases)
    return EntityDef(new_id, *_fields(entity))


def _fields(e: EntityDef) -> tuple[str, str, tuple[str, ...], str, str]:
    return e.label, e.name, e.aliases, e.note, e.external_id


def _write_aliases(session: Session, entity_id: int, aliases: Iterable[str]) -> None:
    session.execute(delete(EntityAlias).where(EntityAlias.entity_id == entity_id))
    rows = [{"entity_id": entity_id, "name": a, "position": i} for i, a in enumerate(aliases)]
    if rows:
        session.execute(insert(EntityAlias), rows)


def write_entity(session: Session, entity: EntityDef) -> EntityDef:
    """Overwrite an entity's names, note and external id (a rename, an alias added)."""
    entity = _checked(entity)
    result = session.execute(
        update(Entity)
        .where(Entity.id == entity.id)
        .values(name=entity.name, note=entity.note, external_id=entity.external_id,
                updated_at=utc_now())
    )  # fmt: skip
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise SpanError(
            Words(QT_TR_NOOP("entity {id} is no longer in the annotation file"), id=entity.id)
        )
    _write_aliases(session, entity.id, entity.aliases)
    return entity


def delete_entity(session: Session, entity_id: int) -> None:
    """Delete an entity; its mentions stay, naming none."""
    session.execute(delete(Entity).where(Entity.id == entity_id))


def unlinked(session: Session, span_ids: list[int]) -> list[int]:
    """Those of `span_ids` that name no entity."""
    found: list[int] = []
    for chunk in range(0, len(span_ids), 500):
        found += session.scalars(
            select(Annotation.id).where(
                Annotation.id.in_(span_ids[chunk : chunk + 500]), Annotation.entity_id.is_(None)
            )
        )
    return found


def set_mentions(session: Session, entity_of: Mapping[int, int | None]) -> None:
    """Point spans (by id) at entities, or at none; a span must carry the entity's label."""
    kinds = dict(session.execute(select(Entity.id, Entity.label)).all())
    ids, labels = list(entity_of), dict[int, str]()
    for chunk in range(0, len(ids), 500):
        labels.update(
            session.execute(
                select(Annotation.id, Label.name)
                .join(Label, Label.id == Annotation.label_id)
                .where(Annotation.id.in_(ids[chunk : chunk + 500]))
            ).all()
        )
    by_entity: dict[int | None, list[int]] = {}
    for span_id, entity_id in entity_of.items():
        if entity_id is not None and labels.get(span_id) != kinds.get(entity_id):
            raise SpanError(
                Words(
                    QT_TR_NOOP("span {span} cannot name entity {entity}: other label or gone"),
                    span=span_id,
                    entity=entity_id,
                )
            )
        by_entity.setdefault(entity_id, []).append(span_id)
    for entity_id, spans in by_entity.items():  # one statement an entity, not a span
        for chunk in range(0, len(spans), 500):
            session.execute(
                update(Annotation)
                .where(Annotation.id.in_(spans[chunk : chunk + 500]))
                .values(entity_id=entity_id)
            )


def apply_change(session: Session, change: RegistryChange) -> RegistryChange:
    """Store a registry change (entities made or rewritten, spans pointed, entities
    deleted, in that order) and return it with new entities' real ids: applying its
    `reversed()` takes it all back, the same ids included."""
    ids: dict[int, int] = {}
    entities: list[tuple[EntityDef | None, EntityDef | None]] = []
    for before, after in change.entities:
        if after is not None and before is None:
            made = add_entity(session, after if after.id > 0 else replace(after, id=0))
            ids[after.id] = made.id
            after = made
        elif after is not None:
            after = write_entity(session, after)
        entities.append((before, after))
    mentions = tuple(
        (span, was, ids.get(now, now) if now is not None else None)
        for span, was, now in change.mentions
    )
    set_mentions(session, {span: now for span, _, now in mentions})
    for before, after in entities:
        if after is None and before is not None:
            delete_entity(session, before.id)
    return RegistryChange(tuple(entities), mentions)


# ---------------------------------------------------------------- suggestions


def add_gazetteer(session: Session, names: Iterable[tuple[str, str]]) -> int:
    """Add (name, label) pairs not yet known; how many were new."""
    known = {(n, lb) for n, lb in session.execute(select(GazetteerName.name, GazetteerName.label))}
    rows = [
        {"name": n, "label": lb}
        for n, lb in dict.fromkeys((n.strip(), lb) for n, lb in names)
        if n and (n, lb) not in known
    ]
    if rows:
        session.execute(insert(GazetteerName), rows)
    return len(rows)


def reject_suggestion(
    session: Session, document_id: int, label: str, start: int, end: int, rejected: bool = True
) -> None:
    """Turn a suggestion down for good (or take that back, for undo)."""
    where = (
        RejectedSuggestion.document_id == document_id,
        RejectedSuggestion.label == label,
        RejectedSuggestion.start == start,
        RejectedSuggestion.end == end,
    )
    session.execute(delete(RejectedSuggestion).where(*where))
    if rejected:
        session.execute(
            insert(RejectedSuggestion).values(
                document_id=document_id, label=label, start=start, end=end
            )
        )
