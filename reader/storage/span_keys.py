"""The annotations already in a file, as an import tells them apart: by document,
annotator, label and offsets, as plain ids (a re-import of 680,000 spans asks this of
every one, so no names and no objects)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from typing import NamedTuple

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Insert,
    Table,
    Text,
    bindparam,
    cast,
    func,
    insert,
    select,
)
from sqlalchemy.orm import Session

from reader.storage import statements
from reader.storage.models import Annotation, Annotator, Label

AddedRow = tuple[int, int, int, int, int, int]  # document, annotator, label, start, end, id


def _part() -> ColumnElement[int]:
    """What an import calls a span's part: annotator id << 20 | label id."""
    return Annotation.annotator_id.op("<<")(20).op("|")(Annotation.label_id)


def _packed(size: int) -> ColumnElement[int]:
    """start * size + end, in 64 bits (`size` is more than any offset)."""
    return cast(Annotation.start, BigInteger) * size + Annotation.end


def spans_on(
    session: Session, document_id: int, size: int, before: int
) -> Iterator[tuple[int, str]]:
    """The annotations with an id up to `before` on a document, a part at a time: (part,
    their packed offsets joined by commas, in no set order). One string a part: a
    document may hold 680,000, and a row each (three Python ints and a tuple) took longer
    than the check the import makes of them."""
    query = (
        select(_part(), func.aggregate_strings(cast(_packed(size), Text), ","))
        .where(Annotation.document_id == document_id, Annotation.id <= before)
        .group_by(Annotation.annotator_id, Annotation.label_id)
    )
    return ((part, joined) for part, joined in session.execute(query))


def added_on(
    session: Session, document_id: int, size: int, before: int
) -> list[tuple[int, int, int]]:
    """(part, packed offsets, id) of the annotations with an id above `before` on a
    document: those the import under way added."""
    query = select(_part(), _packed(size), Annotation.id).where(
        Annotation.document_id == document_id, Annotation.id > before
    )
    return [(part, span, id_) for part, span, id_ in session.execute(query)]


def ids_at(
    session: Session, document_id: int, size: int, part: int, packed: Sequence[int]
) -> dict[int, int]:
    """The id of each annotation of a part on a document at the packed offsets asked,
    by packed offsets; the few an import needs (the spans its links and entities name)."""
    found: dict[int, int] = {}
    wanted = set(packed)
    starts = sorted({span // size for span in wanted})
    for at in range(0, len(starts), 5000):  # well inside any engine's limit of parameters
        query = select(Annotation.start, Annotation.end, Annotation.id).where(
            Annotation.document_id == document_id,
            Annotation.annotator_id == part >> 20,
            Annotation.label_id == part & 0xFFFFF,
            Annotation.start.in_(starts[at : at + 5000]),
        )
        rows = session.execute(query)
        found |= {span: id_ for start, end, id_ in rows if (span := start * size + end) in wanted}
    return found


def label_ids(session: Session) -> dict[str, int]:
    return {name: id_ for id_, name in session.execute(select(Label.id, Label.name))}


def annotator_ids(session: Session) -> dict[str, int]:
    return {name: id_ for id_, name in session.execute(select(Annotator.id, Annotator.name))}


def last_annotation_id(session: Session) -> int:
    """The highest annotation id so far: a span found with a higher one was added by the
    import under way (a copy within the file), not there before it."""
    return session.scalar(select(func.max(Annotation.id))) or 0


class AnnotationRow(NamedTuple):
    """A new annotation as the table holds it, ids resolved."""

    document_id: int
    label_id: int
    annotator_id: int
    start: int
    end: int
    text: str
    context_before: str
    context_after: str
    note: str
    created_at: str
    updated_at: str
    origin_annotator: str
    origin_file: str
    origin_at: str
    entity_id: int | None = None


def _table() -> Table:
    return Annotation.metadata.tables[Annotation.__tablename__]


@cache
def _add_row() -> Insert:
    """The insert of an AnnotationRow, built once."""
    return insert(_table()).values({name: bindparam(name) for name in AnnotationRow._fields})


_KEY_COLUMNS = (
    Annotation.document_id, Annotation.annotator_id, Annotation.label_id, Annotation.start,
    Annotation.end, Annotation.id,
)  # fmt: skip


def put_back(session: Session, rows: list[AnnotationRow], ids: list[int]) -> None:
    """Insert the rows under ids of their own (undo puts deleted spans back as they were)."""
    if rows:
        placed = [row._asdict() | {"id": id_} for row, id_ in zip(rows, ids, strict=True)]
        session.execute(insert(_table()), placed)


def add_rows(session: Session, rows: list[AnnotationRow]) -> Iterator[AddedRow]:
    """Insert the rows in one executemany (SQLAlchemy's RETURNING in parameter order is
    one statement a row on SQLite) and give each its key and new id, read back by id.
    On a team's server, where others add rows meanwhile, RETURNING says which are ours
    (psycopg sends it as multi-row inserts)."""
    if not rows:
        return iter(())
    connection = session.connection()
    if connection.dialect.name != "sqlite":  # a team's server: others insert meanwhile
        returned = connection.execute(
            insert(_table()).returning(*_KEY_COLUMNS, sort_by_parameter_order=True),
            [row._asdict() for row in rows],
        )
        return iter(returned.all())
    last = last_annotation_id(session)
    statements.run_many(connection, _add_row(), AnnotationRow._fields, rows)
    found = connection.execute(select(*_KEY_COLUMNS).where(Annotation.id > last))
    return iter(found)
