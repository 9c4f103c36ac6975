"""Statements built once and run many times. SQLAlchemy caches a statement's compiled
form by its shape, but building the statement and its cache key costs more than SQLite
takes to run it: the app's most frequent write, one tag, is built here once, and `run`
and `run_many` hand a statement built once straight to the driver."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

from sqlalchemy import Connection, Dialect, Insert, bindparam, insert, select

from reader.storage.models import Annotation, Annotator, Document, Label

# The values of a new annotation, named as `add_span` binds them.
SPAN_FIELDS = (
    "document_id", "start", "end", "text", "context_before", "context_after", "note",
    "created_at", "updated_at", "origin_annotator", "origin_file", "origin_at", "entity_id",
)  # fmt: skip


@cache
def add_span() -> Insert:
    """One tag in one statement: the label's and the annotator's ids found by name in
    it (a label is never renamed or removed, so no cached id can go stale). Binds
    `label` and `annotator` besides SPAN_FIELDS; returns the new id."""
    return (
        insert(Annotation)
        .values(
            {name: bindparam(name) for name in SPAN_FIELDS}
            | {
                "label_id": select(Label.id).where(Label.name == bindparam("label"))
                .scalar_subquery(),
                "annotator_id": select(Annotator.id)
                .where(Annotator.name == bindparam("annotator")).scalar_subquery(),
            }
        )
        .returning(Annotation.id)
    )  # fmt: skip


# The columns of a new document, as `importer.document_row` names them.
DOCUMENT_FIELDS = (
    "sha256", "title", "source", "date", "url", "origin", "header_lines", "char_count",
    "added_at", "text",
)  # fmt: skip


@cache
def add_document() -> Insert:
    """One document: an import runs it for each article, a batch at a time."""
    return insert(Document).values({name: bindparam(name) for name in DOCUMENT_FIELDS})


def run(connection: Connection, statement: Insert, values: Mapping[str, object]) -> object:
    """Run a statement built once, as its compiled SQL, straight to the driver: even a
    cached statement has SQLAlchemy work out its cache key at each run, which costs more
    than the insert. The first column of its first row."""
    compiled = _compiled(statement, connection.dialect)
    if compiled is None:  # a driver that takes named parameters: through SQLAlchemy
        row = connection.execute(statement, dict(values)).first()
    else:
        sql, order = compiled
        row = connection.exec_driver_sql(sql, tuple(values[name] for name in order)).first()
    return row[0] if row is not None else None


def run_many(
    connection: Connection,
    statement: Insert,
    fields: tuple[str, ...],
    rows: Sequence[tuple[object, ...]],
) -> None:
    """Run a statement built once for many rows, each its values in the order of
    `fields`: one executemany straight to the driver, without SQLAlchemy's work for each
    row (600,000 rows in an import)."""
    compiled = _compiled(statement, connection.dialect)
    if compiled is not None and compiled[1] == fields:  # the rows as they are
        connection.exec_driver_sql(compiled[0], list(rows))
    else:
        connection.execute(statement, [dict(zip(fields, row, strict=True)) for row in rows])


@cache
def _compiled(statement: Insert, dialect: Dialect) -> tuple[str, tuple[str, ...]] | None:
    """The statement's SQL and the order of its parameters, for a driver that takes them
    by position (? or $1); None for one that takes them by name."""
    compiled = statement.compile(dialect=dialect)
    if compiled.positiontup is None:
        return None
    return str(compiled), tuple(compiled.positiontup)
