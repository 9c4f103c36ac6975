"""A team database on a local PostgreSQL server (issue: commit one tag, import 10,000
articles), each beside a bare psycopg script running the same statements, interleaved.
Run by `make bench`; alone: `python -m benchmarks.bench_team`.

The server is the tests' own (`tests/pg_server.py`: initdb in a temporary folder, the
machine's server binaries), durable: fsync on, as a real server runs. Each import goes
into a fresh database whose tables our app made (so both fill the same tables, the
trigram index included).

- Import. Ours: `reader import` does it, `import_articles`. Bare: psycopg, one
  transaction: parse each JSON line, SHA-256 of the text, executemany the documents
  (RETURNING their ids), then their search copies folded as `core.normalise` folds them,
  written out with one `str.translate` table (`benchmarks/bare.py`; it used to fold less).
- Commit one tag. Ours: what the window's store does, `repository.add_annotation` in a
  unit of work. Bare: the same INSERT (label and annotator found by name inside it,
  RETURNING the id) in a transaction of its own; p50 of 150 each, alternating.
"""

from __future__ import annotations

import os
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

import psycopg

from benchmarks.bare import document_rows
from benchmarks.bare import fold as bare_fold
from benchmarks.corpus import REPO, write_jsonl
from reader.core.annotations import draft_span
from reader.core.articles import iter_drafts
from reader.services.annotation_files import default_labels
from reader.storage import reads, repository
from reader.storage.importer import import_articles
from reader.storage.server import open_server
from tests.pg_server import PASSWORD, PgServer

OUT = REPO / "bench-out"
ARTICLES = 10_000
TAGS = 150
RUNS = 2
BATCH = 1000  # rows a statement, as SQLAlchemy's insertmanyvalues sends them
TAG_SQL = (
    'INSERT INTO annotation (document_id, start, "end", text, context_before, context_after, '
    "note, created_at, updated_at, origin_annotator, origin_file, origin_at, entity_id, "
    "label_id, annotator_id) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, "
    "(SELECT id FROM label WHERE name = %s), (SELECT id FROM annotator WHERE name = %s)) "
    "RETURNING id"
)


def _now() -> str:
    """A UTC time stamp as the tables keep them, with the standard library alone."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _figures(prefix: str, times: list[float]) -> dict[str, float]:
    """min, median and p99 of a measure's runs."""
    ordered = sorted(times)
    p99 = ordered[round(0.99 * (len(ordered) - 1))]
    return {f"{prefix}_min_s": ordered[0], f"{prefix}_s": statistics.median(ordered),
            f"{prefix}_p99_s": p99}  # fmt: skip


def _fresh(server: PgServer) -> str:
    """A new database with our tables, made by our app."""
    url = server.new_database()
    open_server(url, default_labels()).close()
    return url


def ours_import(url: str, jsonl: Path) -> float:
    file = open_server(url, default_labels())
    started = time.perf_counter()
    report = import_articles(file, iter_drafts([jsonl]))
    elapsed = time.perf_counter() - started
    file.close()
    if len(report.added) != ARTICLES:
        raise RuntimeError(f"import added {len(report.added)} of {ARTICLES}")
    return elapsed


def bare_import(url: str, jsonl: Path) -> float:
    with psycopg.connect(url, password=PASSWORD) as con:
        started = time.perf_counter()
        with jsonl.open(encoding="utf-8") as fh:
            rows = list(document_rows(fh, _now()))
        bodies = [bare_fold(str(row[-1])) for row in rows]
        with con.transaction():
            ids = _insert_many(con, "document (sha256, title, source, date, url, origin, "
                               "header_lines, char_count, added_at, text)", rows, "RETURNING id")
            _insert_many(con, "document_search (id, body)", list(zip(ids, bodies, strict=True)))
        return time.perf_counter() - started


def _insert_many(
    con: psycopg.Connection[tuple[object, ...]], into: str, rows: list[tuple[object, ...]],
    returning: str = "",
) -> list[object]:
    """Multi-row INSERT ... VALUES statements of BATCH rows, as SQLAlchemy sends an
    executemany to psycopg (its "insertmanyvalues"); the first column returned."""
    found: list[object] = []
    for first in range(0, len(rows), BATCH):
        batch = rows[first : first + BATCH]
        marks = "(" + ",".join(["%s"] * len(batch[0])) + ")"
        sql = f"INSERT INTO {into} VALUES {','.join([marks] * len(batch))} {returning}"
        cursor = con.execute(sql, [value for row in batch for value in row])  # type: ignore[arg-type]
        found += [row[0] for row in cursor.fetchall()] if returning else []
    return found


def measure_import(server: PgServer) -> tuple[list[float], list[float]]:
    jsonl = write_jsonl(OUT / f"articles-{ARTICLES}.jsonl", ARTICLES)
    ours, bare = [], []
    for _ in range(RUNS):  # alternating, each into a database of its own
        bare.append(bare_import(_fresh(server), jsonl))
        ours.append(ours_import(_fresh(server), jsonl))
    return ours, bare


def measure_commit(server: PgServer) -> tuple[list[float], list[float]]:
    url = _fresh(server)
    file = open_server(url, default_labels())
    import_articles(file, iter_drafts(sorted((REPO / "corpus").glob("*.txt"))))
    doc_id = reads.document_ids(file.reader, reads.DocumentQuery())[0]
    document = reads.get_document(file.reader, doc_id)
    assert document is not None
    drafts = [draft_span(doc_id, document.text, i * 4, i * 4 + 3, "PLACE")
              for i in range(2 * TAGS)]  # fmt: skip
    with file.session() as s:  # both annotators known, as after the first tag of a day
        repository.annotator_id(s, "ours")
        repository.annotator_id(s, "bare")
    ours, bare = [], []
    with psycopg.connect(url, password=PASSWORD) as con:
        for i in range(TAGS):
            started = time.perf_counter()
            with file.session() as s:
                repository.add_annotation(s, drafts[2 * i], "ours")
            ours.append(time.perf_counter() - started)
            d, now = drafts[2 * i + 1], _now()
            started = time.perf_counter()
            with con.transaction():
                con.execute(TAG_SQL, (d.document_id, d.start, d.end, d.text, d.context_before,
                                      d.context_after, d.note, now, now, "", "", "", None,
                                      d.label, "bare")).fetchone()  # fmt: skip
            bare.append(time.perf_counter() - started)
    file.close()
    return ours, bare


def measure() -> dict[str, float]:
    os.environ["PGPASSWORD"] = PASSWORD
    server = PgServer(durable=True)
    server.start()
    try:
        ours_tag, bare_tag = measure_commit(server)
        ours_import, bare_import = measure_import(server)
    finally:
        server.stop()
    # Tags by their median (`tag_*_s`); the import by its best run (`import_*_min_s`).
    tags = _figures("tag_ours", ours_tag) | _figures("tag_bare", bare_tag)
    return tags | _figures("import_ours", ours_import) | _figures("import_bare", bare_import)


def _line(what: str, found: dict[str, float], key: str, scale: float, unit: str) -> str:
    ours, bare = (
        " / ".join(f"{found[f'{key}_{who}{kind}_s'] * scale:.2f}" for kind in ("_min", "", "_p99"))
        for who in ("ours", "bare")
    )
    return f"{what} (min / median / p99, {unit}): ours {ours}; bare psycopg {bare}"


if __name__ == "__main__":
    found = measure()
    print(_line("commit one tag", found, "tag", 1000, "ms"))
    print(f"  median ratio {found['tag_ours_s'] / found['tag_bare_s']:.2f}x")
    print(_line(f"import {ARTICLES:,} articles", found, "import", 1, "s"))
    print(f"  best-run ratio {found['import_ours_min_s'] / found['import_bare_min_s']:.2f}x")
