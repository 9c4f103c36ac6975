"""The annotations already in a file, as an import tells them apart: by document,
annotator, label and offsets, as plain ids (a re-import of 680,000 spans asks this of
every one, so no names and no objects)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from sqlalchemy import Insert, Table, bindparam, func, insert, select
from sqlalchemy.orm import Session

from reader.storage import statements
from reader.storage.models import Annotation, Annotator, Label

KeyRow = tuple[int, int, int, int, int, int]  # document, annotator, label, start, end, id


def keys_on(session: Session, document_id: int, size: int) -> list[tuple[int, int, int]]:
    """Every annotation on a document as (annotator id << 20 | label id, start * size +
    end, id), `size` being more than any offset: the few numbers an import packs its key
    from. Read through the driver's own cursor: a document may hold 680,000, and wrapping
    each in a result row would double the time."""
    query = select(
        Annotation.annotator_id.op("<<")(20).op("|")(Annotation.label_id),
        Annotation.start * size + Annotation.end, Annotation.id,
    ).where(Annotation.document_id == document_id)  # fmt: skip
    connection = session.connection()
    # Only integers are bound, so writing them into the statement is safe on any engine.
    sql = str(query.compile(connection, compile_kwargs={"literal_binds": True}))
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


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


def add_rows(session: Session, rows: list[AnnotationRow]) -> Iterator[KeyRow]:
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
