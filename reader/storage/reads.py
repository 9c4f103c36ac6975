"""The window's reads, in plain SQL on the standard library's sqlite3 connection.

Importing SQLAlchemy takes about 220 ms, most of the start-up budget (DESIGN.md: twice a
bare window), so the first screen (labels, the articles list, the article last read and
its highlights) is read with these before SQLAlchemy has loaded, and the window goes on
using them afterwards: one implementation of each read. Writes go through `repository`.

These queries follow the tables of `models` in SQL that SQLite and PostgreSQL both take,
with `?` for parameters: on a team's server they go through `server.ServerReader`, which
gives psycopg's connection the same `execute`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Protocol

from reader.core.annotations import AnnotationRecord, DocumentInfo, DocumentText, SpanDraft
from reader.core.entities import EntityDef, EntityRow, Mention
from reader.core.labels import LabelDef, LabelStyle
from reader.core.links import ABOUT, CUE, SOURCE, ClaimRow, LinkRecord, LinkTypeDef
from reader.core.progress import Status, effective
from reader.core.span_index import IndexedSpan, text_order

if TYPE_CHECKING:  # the type alone: the agreement modules load with the review's code
    from reader.core.link_agreement import Link


class Rows(Protocol):
    """What a read's `execute` returns: a DB-API cursor."""

    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """The window's read connection: sqlite3's, or `server.ServerReader`."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Rows: ...


class ServerReadError(Exception):
    """A read from a team's server failed (the connection dropped, say)."""


# What a failed read raises, on either engine; the window catches these.
READ_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, ServerReadError)


def dialect(con: Connection) -> str:
    """"sqlite" or "postgresql": the few queries that differ ask."""
    return "sqlite" if isinstance(con, sqlite3.Connection) else "postgresql"


class DocumentSort(Enum):
    """Orders of the articles list; each breaks ties by import order."""

    IMPORTED = "imported"
    HEADLINE = "headline"
    OUTLET = "outlet"
    DATE = "date"
    ANNOTATIONS = "annotations"
    STATUS = "status"  # the reader's own: to do first, adjudicated last


@dataclass(frozen=True, slots=True)
class DocumentQuery:
    """Which articles the list shows, and in what order."""

    sort: DocumentSort = DocumentSort.IMPORTED
    descending: bool = False
    text: str = ""  # in the headline or the outlet
    unannotated: bool = False  # only articles nobody has tagged yet
    status: Status | None = None  # only articles `status_of` stands so with
    status_of: str = ""  # whose status is shown, sorted and filtered by


_COUNTS = "SELECT document_id, count(*) AS n FROM annotation {where} GROUP BY document_id"

_SORT_KEYS = {
    # "+ 0": SQLite then reads the small sha256 index and sorts the ids, instead of
    # walking every page of the table, texts and all (4 ms against 11 ms for 10,000
    # articles with a warm cache; far more from a cold disk at start-up).
    DocumentSort.IMPORTED: "d.id + 0",
    DocumentSort.HEADLINE: "d.title",
    DocumentSort.OUTLET: "d.source",
    DocumentSort.DATE: "d.date",
    DocumentSort.ANNOTATIONS: "coalesce(c.n, 0)",
    DocumentSort.STATUS: "CASE {status} WHEN 'todo' THEN 0 WHEN 'in_progress' THEN 1 "
    "WHEN 'done' THEN 2 ELSE 3 END",
}
_WHOSE = "(SELECT id FROM annotator WHERE name = ?)"


def _placeholders(values: Sequence[object]) -> str:
    """The marks of an IN list; NULL (matching nothing) for none, which PostgreSQL
    takes where it refuses `IN ()`."""
    return ",".join("?" * len(values)) or "NULL"


def list_labels(con: Connection) -> list[LabelDef]:
    rows = con.execute(
        "SELECT name, colour, shortcut, style, description FROM label ORDER BY position, id"
    ).fetchall()
    return [LabelDef(n, colour, key, LabelStyle(style), d) for n, colour, key, style, d in rows]


def document_ids(con: Connection, query: DocumentQuery) -> list[int]:
    """The ids of the articles `query` selects, in its order: all a list of 100,000
    needs up front (its rows are fetched as they scroll into view, `documents_by_id`)."""
    sql, where, params = ["SELECT d.id FROM document d"], [], []
    if query.sort is DocumentSort.ANNOTATIONS:
        sql.append(f"LEFT JOIN ({_COUNTS.format(where='')}) c ON c.document_id = d.id")
    if query.text:
        escaped = query.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like = "LIKE lower(?) ESCAPE '\\'"
        where.append(f"(lower(d.title) {like} OR lower(d.source) {like})")
        params += [f"%{escaped}%"] * 2
    if query.unannotated:
        where.append("NOT EXISTS (SELECT 1 FROM annotation a WHERE a.document_id = d.id)")
    status = STATUS_SQL.format(d="d.id", who=_WHOSE)
    if query.status is not None:
        where.append(f"{status} = ?")
        params += [query.status_of, query.status_of, query.status.value]
    if where:
        sql.append("WHERE " + " AND ".join(where))
    if query.sort is DocumentSort.STATUS:
        params += [query.status_of, query.status_of]
    order = [_SORT_KEYS[query.sort].format(status=status) + (" DESC" if query.descending else "")]
    if query.sort is not DocumentSort.IMPORTED:
        order.append("d.id")
    sql.append("ORDER BY " + ", ".join(order))
    return [doc_id for (doc_id,) in con.execute(" ".join(sql), params).fetchall()]


def documents_by_id(con: Connection, ids: Sequence[int]) -> dict[int, DocumentInfo]:
    """The list rows of these articles, annotation counts included."""
    marks = _placeholders(ids)
    counts = _COUNTS.format(where=f"WHERE document_id IN ({marks})")
    rows = con.execute(
        "SELECT d.id, d.sha256, d.title, d.source, d.date, coalesce(c.n, 0) FROM document d "
        f"LEFT JOIN ({counts}) c ON c.document_id = d.id WHERE d.id IN ({marks})",
        [*ids, *ids],
    ).fetchall()
    return {row[0]: DocumentInfo(*row) for row in rows}


def count_documents(con: Connection) -> int:
    return int(con.execute("SELECT count(*) FROM document").fetchone()[0])


def outlets(con: Connection) -> list[str]:
    """The outlets the articles name, in order ("" for articles that name none)."""
    return [o for (o,) in con.execute("SELECT DISTINCT source FROM document ORDER BY source")]


def annotator_names(con: Connection) -> list[str]:
    """Everyone who tagged or marked something in the file, by name."""
    rows = con.execute(
        "SELECT name FROM annotator p WHERE EXISTS (SELECT 1 FROM annotation a "
        "WHERE a.annotator_id = p.id) OR EXISTS (SELECT 1 FROM document_status s "
        "WHERE s.annotator_id = p.id) ORDER BY name"
    )
    return [name for (name,) in rows]


def document_id_by_sha(con: Connection, sha256: str) -> int | None:
    row = con.execute("SELECT id FROM document WHERE sha256 = ?", (sha256,)).fetchone()
    return row[0] if row else None


def get_document(con: Connection, document_id: int) -> DocumentText | None:
    row = con.execute(
        "SELECT id, sha256, title, source, date, url, header_lines, text FROM document "
        "WHERE id = ?",
        (document_id,),
    ).fetchone()
    return DocumentText(*row) if row else None


def list_spans(
    con: Connection, document_id: int, annotator: str | None = None
) -> list[IndexedSpan]:
    """What the reader draws of a document's annotations (only `annotator`'s, if given),
    in text order: four small columns, a fifth of the cost of whole records on a
    10,000-span article. Sorted in Python, where SQLite would need a temporary b-tree for
    the descending end."""
    whose = f" AND a.annotator_id = {_WHOSE}" if annotator is not None else ""
    rows = con.execute(
        'SELECT a.id, a.start, a."end", l.name FROM annotation a '
        f"JOIN label l ON l.id = a.label_id WHERE a.document_id = ?{whose}",
        (document_id,) if annotator is None else (document_id, annotator),
    ).fetchall()
    return sorted(map(IndexedSpan._make, rows), key=text_order)


def find_same_span(con: Connection, draft: SpanDraft, annotator: str) -> int | None:
    """Id of an identical annotation (same span, label, annotator), if there is one."""
    row = con.execute(
        "SELECT a.id FROM annotation a JOIN label l ON l.id = a.label_id "
        "JOIN annotator p ON p.id = a.annotator_id WHERE a.document_id = ? AND a.start = ? "
        'AND a."end" = ? AND l.name = ? AND p.name = ?',
        (draft.document_id, draft.start, draft.end, draft.label, annotator),
    ).fetchone()
    return row[0] if row else None


# Every column of an AnnotationRecord, in its order.
_RECORD_COLUMNS = (
    'a.id, a.document_id, l.name, a.start, a."end", a.text, a.context_before, '
    "a.context_after, a.note, p.name, a.created_at, a.updated_at, a.origin_annotator, "
    "a.origin_file, a.origin_at, a.entity_id"
)
_RECORD_TABLES = (
    "annotation a JOIN label l ON l.id = a.label_id JOIN annotator p ON p.id = a.annotator_id"
)


def annotations_by_id(con: Connection, ids: Sequence[int]) -> dict[int, AnnotationRecord]:
    """Whole records for a few annotations (a page of the annotations table)."""
    rows = con.execute(
        f"SELECT {_RECORD_COLUMNS} FROM {_RECORD_TABLES} WHERE a.id IN ({_placeholders(ids)})",
        list(ids),
    ).fetchall()
    return {row[0]: AnnotationRecord(*row) for row in rows}


# ---------------------------------------------------------------- links


def list_link_types(con: Connection) -> list[LinkTypeDef]:
    rows = con.execute(
        "SELECT name, colour, shortcut, claim_label, target_label, unnamed, description "
        "FROM link_type ORDER BY position, id"
    ).fetchall()
    return [LinkTypeDef(n, c, k, a, b, bool(u), d) for n, c, k, a, b, u, d in rows]


_LINK_COLUMNS = (
    "k.id, k.document_id, t.name, k.claim_id, k.target_id, p.name, k.created_at, k.updated_at"
)
_LINK_TABLES = (
    "link k JOIN link_type t ON t.id = k.type_id JOIN annotator p ON p.id = k.annotator_id"
)


def list_links(con: Connection, document_id: int) -> list[LinkRecord]:
    """Every link of a document, in the order they were made."""
    rows = con.execute(
        f"SELECT {_LINK_COLUMNS} FROM {_LINK_TABLES} WHERE k.document_id = ? ORDER BY k.id",
        (document_id,),
    ).fetchall()
    return [LinkRecord(*row) for row in rows]


def links_touching(con: Connection, span_ids: Sequence[int]) -> list[LinkRecord]:
    """The links from or to any of these spans (what deleting them would delete)."""
    marks = _placeholders(span_ids)
    rows = con.execute(
        f"SELECT {_LINK_COLUMNS} FROM {_LINK_TABLES} "
        f"WHERE k.claim_id IN ({marks}) OR k.target_id IN ({marks}) ORDER BY k.id",
        [*span_ids, *span_ids],
    ).fetchall()
    return [LinkRecord(*row) for row in rows]


def claim_rows(
    con: Connection,
    claim_label: str,
    document_id: int | None = None,
    source_entity: int | None = None,
) -> list[ClaimRow]:
    """Every claim (of one article, or of all; or those whose source names one entity)
    with the texts of its links' targets, in article then text order: the claims table.
    `claim_label` is the label links start at."""
    where, args = "", list[object]([claim_label])
    if document_id is not None:
        where, args = "AND a.document_id = ?", [claim_label, document_id]
    if source_entity is not None:
        where += (
            " AND a.id IN (SELECT k.claim_id FROM link k JOIN link_type t ON t.id = k.type_id "
            "JOIN annotation g ON g.id = k.target_id WHERE t.name = ? AND g.entity_id = ?)"
        )
        args += [SOURCE, source_entity]
    claims = con.execute(
        'SELECT a.id, a.document_id, d.title, d.source, d.date, a.start, a."end", a.text, '
        "p.name FROM annotation a JOIN label l ON l.id = a.label_id JOIN document d ON "
        "d.id = a.document_id JOIN annotator p ON p.id = a.annotator_id "
        f'WHERE l.name = ? {where} ORDER BY a.document_id, a.start, a."end" DESC',
        args,
    ).fetchall()
    targets: dict[int, dict[str, list[str | None]]] = {}
    for claim_id, kind, text in con.execute(
        "SELECT k.claim_id, t.name, g.text FROM link k JOIN link_type t ON t.id = k.type_id "
        "LEFT JOIN annotation g ON g.id = k.target_id "
        f"{'WHERE k.document_id = ?' if document_id is not None else ''} ORDER BY g.start",
        (document_id,) if document_id is not None else (),
    ):
        targets.setdefault(claim_id, {}).setdefault(kind, []).append(text)
    return [_claim_row(row, targets.get(row[0], {})) for row in claims]


def _claim_row(row: tuple[object, ...], of: dict[str, list[str | None]]) -> ClaimRow:
    claim_id, doc, title, outlet, date, start, end, text, who = row
    named = [t for t in of.get(CUE, []) if t], [t for t in of.get(ABOUT, []) if t]
    return ClaimRow(doc, title, outlet, date, claim_id, start, end, text, who,  # type: ignore[arg-type]
                    tuple(of.get(SOURCE, [])), tuple(named[0]), tuple(named[1]))  # fmt: skip


def link_ends(con: Connection, annotator: str) -> dict[int, set[Link]]:
    """One annotator's links by document, as (type, claim start, claim end, target start,
    target end) — what link agreement compares."""
    found: dict[int, set[Link]] = {}
    for doc, kind, a, b, c, d in con.execute(
        'SELECT k.document_id, t.name, m.start, m."end", g.start, g."end" FROM link k '
        "JOIN link_type t ON t.id = k.type_id JOIN annotation m ON m.id = k.claim_id "
        "JOIN annotator p ON p.id = m.annotator_id "
        "LEFT JOIN annotation g ON g.id = k.target_id WHERE p.name = ?",
        (annotator,),
    ):
        found.setdefault(doc, set()).add((kind, a, b, c, d))
    return found


# ---------------------------------------------------------------- entities


def list_entities(con: Connection) -> list[EntityDef]:
    """The registry, each entity with its aliases, by label then name."""
    aliases: dict[int, list[str]] = {}
    for entity_id, name in con.execute(
        "SELECT entity_id, name FROM entity_alias ORDER BY entity_id, position, id"
    ):
        aliases.setdefault(entity_id, []).append(name)
    rows = con.execute(
        "SELECT id, label, name, note, external_id FROM entity ORDER BY label, name, id"
    ).fetchall()
    return [EntityDef(i, lb, n, tuple(aliases.get(i, ())), nt, x) for i, lb, n, nt, x in rows]


def entity_rows(con: Connection) -> list[EntityRow]:
    """Every entity with its mention and article counts and the outlets that name it."""
    stats: dict[int, tuple[int, int]] = {
        e: (m, d)
        for e, m, d in con.execute(
            "SELECT entity_id, count(*), count(DISTINCT document_id) FROM annotation "
            "WHERE entity_id IS NOT NULL GROUP BY entity_id"
        )
    }
    outlets: dict[int, list[str]] = {}
    for entity_id, outlet in con.execute(
        "SELECT DISTINCT a.entity_id, d.source FROM annotation a JOIN document d ON "
        "d.id = a.document_id WHERE a.entity_id IS NOT NULL AND d.source <> '' "
        "ORDER BY d.source"
    ):
        outlets.setdefault(entity_id, []).append(outlet)
    return [
        EntityRow(e, *stats.get(e.id, (0, 0)), tuple(outlets.get(e.id, ())))
        for e in list_entities(con)
    ]


def mentions(con: Connection, entity_id: int) -> list[Mention]:
    """The spans that name an entity, in article then text order."""
    rows = con.execute(
        'SELECT a.id, a.document_id, d.title, d.source, a.start, a."end", a.text, '
        "a.context_before, a.context_after, p.name FROM annotation a JOIN document d ON "
        "d.id = a.document_id JOIN annotator p ON p.id = a.annotator_id "
        "WHERE a.entity_id = ? ORDER BY a.document_id, a.start",
        (entity_id,),
    ).fetchall()
    return [Mention(*row) for row in rows]


def unlinked_spans(con: Connection, document_id: int, label: str) -> list[tuple[int, str]]:
    """(id, text) of one article's spans of `label` that name no entity."""
    rows = con.execute(
        "SELECT a.id, a.text FROM annotation a JOIN label l ON l.id = a.label_id "
        "WHERE a.document_id = ? AND l.name = ? AND a.entity_id IS NULL ORDER BY a.start",
        (document_id, label),
    )
    return rows.fetchall()


def tagged_names(con: Connection) -> list[tuple[str, str, int]]:
    """(surface text, label, how often) of every tagged span, and each gazetteer name
    once: what the suggestions learn from."""
    rows = con.execute(
        "SELECT a.text, l.name, count(*) FROM annotation a JOIN label l ON l.id = a.label_id "
        "GROUP BY a.text, l.name"
    ).fetchall()
    return rows + con.execute("SELECT name, label, 1 FROM gazetteer").fetchall()


def rejected_suggestions(con: Connection, document_id: int) -> set[tuple[str, int, int]]:
    """(label, start, end) of the suggestions turned down on one article."""
    rows = con.execute(
        'SELECT label, start, "end" FROM rejected_suggestion WHERE document_id = ?',
        (document_id,),
    )
    return set(rows)


def stored_statuses(
    con: Connection, annotator: str, document_ids: Sequence[int]
) -> dict[int, Status]:
    """The statuses `annotator` set on these documents (those with none are left out)."""
    marks_ = _placeholders(document_ids)
    rows = con.execute(
        "SELECT s.document_id, s.status FROM document_status s "
        "JOIN annotator p ON p.id = s.annotator_id "
        f"WHERE p.name = ? AND s.document_id IN ({marks_})",
        [annotator, *document_ids],
    ).fetchall()
    return {doc: Status(status) for doc, status in rows}


def statuses(
    con: Connection, annotator: str, document_ids: Sequence[int]
) -> dict[int, Status]:
    """How each document stands for `annotator`: set, or read from their tags."""
    stored = stored_statuses(con, annotator, document_ids)
    marks_ = _placeholders(document_ids)
    tagged = {doc for (doc,) in con.execute(
        "SELECT DISTINCT a.document_id FROM annotation a JOIN annotator p ON p.id = a.annotator_id "
        f"WHERE p.name = ? AND a.document_id IN ({marks_})",
        [annotator, *document_ids],
    )}  # fmt: skip
    return {doc: effective(stored.get(doc), doc in tagged) for doc in document_ids}


# The effective status as SQL, for filters and counts over many documents at once: the
# mark `annotator` set on document `d`, else in progress if they tagged it, else to do.
STATUS_SQL = (
    "coalesce((SELECT s.status FROM document_status s WHERE s.document_id = {d} "
    "AND s.annotator_id = {who}), CASE WHEN EXISTS (SELECT 1 FROM annotation a "
    "WHERE a.document_id = {d} AND a.annotator_id = {who}) THEN 'in_progress' ELSE 'todo' END)"
)
