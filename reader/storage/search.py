"""Corpus search: the one small interface behind which SQLite FTS5 sits (DESIGN.md).

The index holds each document's search form (`core.normalise`) in a contentless FTS5
table with the trigram tokenizer, so a query matches anywhere in a word, the way Find
does in a page: «الجيش» finds «والجيش» and «بالجيش», which Arabic's attached
conjunctions and prepositions make essential. FTS5 only chooses and ranks documents; the
hits themselves are located in Python on the search form and mapped back to the exact
characters of the original text, and their context is sliced in Python (3.3x faster than
SQLite's substr on Arabic text).

On SQLite the index is built behind the articles, not with them: an import commits the
articles alone (readable and taggable at once) and the index catches up in small
transactions (`index_next`, run in the background by the window, or by `reader index`).
Documents are never deleted and their ids only grow, so what is indexed is every document
up to an id kept in `meta` (INDEXED_THROUGH), advanced in the same transaction as the
index rows: a build stopped anywhere resumes where it stopped. A search meanwhile is
still whole: the documents past that id are scanned one by one, and the result says how
many were.

On a team's PostgreSQL server the same search form is kept in a plain table with a
pg_trgm GIN index, which answers a LIKE anywhere in the text (the same "inside a word"
matching); documents are ranked by how often the query occurs, shorter first. On SQLite
a query shorter than a trigram is answered by scanning the documents instead: the same
results, in document order, only slower.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice

from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session

from reader.core.normalise import SearchHit, hits_in, normalise, search_form
from reader.storage.models import Document

TABLE = "document_search"
CONTEXT = 40  # characters of context either side of a hit
HITS_PER_DOCUMENT = 200
_MIN_INDEXED = 3  # the trigram tokenizer cannot look up anything shorter
_BATCH = 500
INDEXED_THROUGH = "search_indexed_through"  # meta key: documents up to this id are indexed
# One background transaction indexes about this many characters (~0.1 s), so a tag
# committed meanwhile waits at most that long for the file.
STEP_CHARS = 300_000
# More segments a level before FTS5 merges them: built in many small transactions with
# the default (4), the index took about 1.4x as long as in one transaction; with 16, as long.
_AUTOMERGE = 16


@dataclass(frozen=True, slots=True)
class DocumentHits:
    document_id: int
    title: str
    hits: tuple[SearchHit, ...]


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str  # the search form that was looked for
    documents: tuple[DocumentHits, ...]
    more: bool  # further documents match beyond the limit
    unindexed: int = 0  # documents not in the index yet, searched one by one

    @property
    def hit_count(self) -> int:
        return sum(len(d.hits) for d in self.documents)


def _has_index(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def _on_server(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def create_index(conn: Connection) -> None:
    """Create the (empty) search index; case is folded by `normalise`, not by the index."""
    if _has_index(conn):
        conn.execute(
            text(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
                "body, content='', tokenize='trigram case_sensitive 1')"
            )
        )
    elif _on_server(conn):
        # pg_trgm is a trusted extension: a database's owner may create it.
        conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        conn.execute(text(
            f"CREATE TABLE IF NOT EXISTS {TABLE} (id INTEGER PRIMARY KEY REFERENCES document(id) "
            "ON DELETE CASCADE, body TEXT NOT NULL)"
        ))  # fmt: skip
        conn.execute(text(
            f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_body ON {TABLE} USING gin (body gin_trgm_ops)"
        ))  # fmt: skip


def index_documents(conn: Connection, documents: Iterable[tuple[int, str]]) -> None:
    """Add (id, text) pairs to the index, in the caller's transaction."""
    if _has_index(conn):
        insert = text(f"INSERT INTO {TABLE}(rowid, body) VALUES (:id, :body)")
    elif _on_server(conn):
        insert = text(f"INSERT INTO {TABLE}(id, body) VALUES (:id, :body)")
    else:
        return
    batch: list[dict[str, object]] = []
    for doc_id, body in documents:
        batch.append({"id": doc_id, "body": normalise(body)})
        if len(batch) >= _BATCH:
            conn.execute(insert, batch)
            batch = []
    if batch:
        conn.execute(insert, batch)


def defers_index(conn: Connection) -> bool:
    """Whether new documents wait for `index_next` (SQLite) rather than being indexed in
    the transaction that adds them (a team server: other clients read it at once)."""
    return _has_index(conn)


def indexed_through(conn: Connection) -> int | None:
    """The id up to which documents are indexed; None where every one always is."""
    mark = _read_mark(conn)
    return None if mark is None else mark[0]


def _read_mark(conn: Connection) -> tuple[int, str | None] | None:
    """(the id indexed through, the mark as stored: None if missing), or None on a
    database that indexes documents as they are added (a team server)."""
    if not _has_index(conn):
        return None
    value = conn.scalar(text("SELECT value FROM meta WHERE key = :k"), {"k": INDEXED_THROUGH})
    # A mark removed or made unreadable by hand: index everything again (FTS5 takes a
    # row it holds twice without harm to what a search finds).
    return (int(value) if str(value).isdigit() else 0), value


def unindexed_count(conn: Connection) -> int:
    """How many documents the index does not hold yet."""
    return _count_after(conn, indexed_through(conn))


def unindexed_chars(conn: Connection) -> int:
    """How many characters of text wait for the index (what building it will cost)."""
    through = indexed_through(conn)
    if through is None:
        return 0
    waiting = select(func.sum(Document.char_count)).where(Document.id > through)
    return int(conn.scalar(waiting) or 0)


def _count_after(conn: Connection, through: int | None) -> int:
    if through is None:
        return 0
    return int(conn.scalar(select(func.count()).where(Document.id > through)) or 0)


def index_next(conn: Connection, chars: int = STEP_CHARS) -> int:
    """Index the next documents past the mark, about `chars` characters of them (at
    least one), and move the mark, in the caller's transaction; how many were indexed
    (0 when none wait, or another window of the file took these meanwhile)."""
    mark = _read_mark(conn)
    if mark is None:
        return 0
    through, stored = mark
    rows = conn.execute(
        select(Document.id, Document.text).where(Document.id > through).order_by(Document.id)
    )
    batch: list[tuple[int, str]] = []
    taken = 0
    for doc_id, body in rows:
        batch.append((doc_id, body))
        taken += len(body)
        if taken >= chars:
            break
    rows.close()
    # The mark moves first and only from what was read: of two builders of one file,
    # the second finds it moved and indexes nothing twice.
    if not batch or not _moved(conn, stored, batch[-1][0]):
        return 0
    index_documents(conn, batch)
    return len(batch)


def _moved(conn: Connection, stored: str | None, to: int) -> bool:
    if stored is None:
        moved = conn.execute(
            text("INSERT INTO meta (key, value) VALUES (:k, :to) ON CONFLICT (key) DO NOTHING"),
            {"to": str(to), "k": INDEXED_THROUGH},
        )
    else:
        moved = conn.execute(
            text("UPDATE meta SET value = :to WHERE key = :k AND value = :was"),
            {"to": str(to), "k": INDEXED_THROUGH, "was": stored},
        )
    return bool(moved.rowcount)


def start_mark(conn: Connection) -> None:
    """Record that every document now in the file is indexed (a new file, or one whose
    index was built with its documents before the index was deferred)."""
    if _has_index(conn):
        through = conn.scalar(select(func.coalesce(func.max(Document.id), 0)))
        conn.execute(
            text("INSERT INTO meta (key, value) VALUES (:k, :v)"),
            {"k": INDEXED_THROUGH, "v": str(through)},
        )
        conn.execute(text(
            f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('automerge', {_AUTOMERGE})"
        ))  # fmt: skip


def rebuild(conn: Connection) -> None:
    """Index every document afresh (after an upgrade from a file without an index)."""
    if not (_has_index(conn) or _on_server(conn)):
        return
    conn.execute(text(f"DELETE FROM {TABLE}"))
    rows = conn.execute(select(Document.id, Document.text))
    index_documents(conn, ((doc_id, body) for doc_id, body in rows))


def search(session: Session, query: str, limit: int = 20, context: int = CONTEXT) -> SearchResult:
    """The `limit` best documents for `query` and every hit in each, with context; the
    documents the index does not hold yet are scanned after the indexed ones."""
    wanted = search_form(query)
    if not wanted:
        return SearchResult(wanted, (), False)
    conn = session.connection()
    unindexed = 0  # documents read one by one after the ranked ones
    if _on_server(conn):
        found = _found_on_server(session, wanted, limit + 1, context)
    elif _has_index(conn) and len(wanted) >= _MIN_INDEXED:
        found = _indexed(session, wanted, limit + 1, context)
        through = indexed_through(conn)
        unindexed = _count_after(conn, through)
        if through is not None and unindexed:
            found = chain(found, _scanned(session, wanted, limit + 1, context, after=through))
    else:
        found = _scanned(session, wanted, limit + 1, context)
    documents = tuple(islice(found, limit + 1))
    return SearchResult(wanted, documents[:limit], len(documents) > limit, unindexed)


def _indexed(session: Session, wanted: str, limit: int, context: int) -> Iterator[DocumentHits]:
    phrase = '"' + wanted.replace('"', '""') + '"'
    ids = session.execute(
        text(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :q ORDER BY rank LIMIT :n"),
        {"q": phrase, "n": limit},
    ).scalars()
    yield from _hits_of(session, list(ids), wanted, context)


def _found_on_server(
    session: Session, wanted: str, limit: int, context: int
) -> Iterator[DocumentHits]:
    """PostgreSQL: the trigram index picks the documents; the most occurrences first (as
    bm25 would), then the shorter."""
    pattern = "%" + wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    ids = session.execute(
        text(
            f"SELECT id FROM {TABLE} WHERE body LIKE :pattern ORDER BY "
            "(length(body) - length(replace(body, :q, ''))) DESC, length(body), id LIMIT :n"
        ),
        {"pattern": pattern, "q": wanted, "n": limit},
    ).scalars()
    yield from _hits_of(session, list(ids), wanted, context)


def _hits_of(
    session: Session, order: list[int], wanted: str, context: int
) -> Iterator[DocumentHits]:
    rows = session.execute(
        select(Document.id, Document.title, Document.text).where(Document.id.in_(order))
    )
    by_id = {doc_id: (title, body) for doc_id, title, body in rows}
    for doc_id in order:
        if doc_id in by_id:
            title, body = by_id[doc_id]
            yield from _document_hits(doc_id, title, body, wanted, context)


def _scanned(
    session: Session, wanted: str, limit: int, context: int, after: int = 0
) -> Iterator[DocumentHits]:
    """Documents read one by one, in order: those past id `after` (not indexed yet), or
    all of them for a query too short for the index."""
    rows = session.execute(
        select(Document.id, Document.title, Document.text)
        .where(Document.id > after)
        .order_by(Document.id)
        .execution_options(yield_per=_BATCH)
    )
    found = 0
    for doc_id, title, body in rows:
        # A cheap test on the search form first: most documents do not match at all.
        if wanted in normalise(body):
            for hits in _document_hits(doc_id, title, body, wanted, context):
                found += 1
                yield hits
            if found >= limit:
                return


def _document_hits(
    doc_id: int, title: str, body: str, wanted: str, context: int
) -> Iterator[DocumentHits]:
    hits = hits_in(body, wanted, context)[:HITS_PER_DOCUMENT]
    if hits:  # FTS5 folds nothing we do not, but never report a document without a hit
        yield DocumentHits(doc_id, title, hits)
