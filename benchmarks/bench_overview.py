"""Opening the Overview on 10,000 articles and 100,000 spans, against the bare SQL GROUP BY
queries that count the same figures (issue: within 2×). Run by `make bench`; alone:
`python -m benchmarks.bench_overview bench-out/bench.qari.sqlite`.

The file is the benchmark's own, given what the overview counts beyond spans: SOURCE
links from most claims to an actor of their article, entities for the 300 most tagged
actor and place texts (every mention linked), and statuses on a third of the articles.

Ours: the pane's refresh (every figure, then every chart laid out and painted). Bare:
sqlite3 and the same GROUP BYs written out here, the names grouped by exact text (SQL
cannot fold Arabic; ours folds the distinct texts in Python, and that is part of the
cost measured)."""

from __future__ import annotations

import shutil
import sqlite3
import sys
import time
from pathlib import Path

from benchmarks.corpus import remove_file

RUNS = 5
DAY = (
    "CASE WHEN trim(d.date) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' "
    "THEN substr(trim(d.date), 1, 10) ELSE '' END"
)
SPANS = (
    "FROM annotation a JOIN document d ON d.id = a.document_id "
    "JOIN annotator p ON p.id = a.annotator_id JOIN label l ON l.id = a.label_id"
)


def prepare(bench_db: Path, out: Path) -> Path:
    """A copy of the benchmark file with links, entities and statuses (plain SQL)."""
    from reader.services.annotation_files import open_annotation_file

    remove_file(out)
    shutil.copy(bench_db, out)
    open_annotation_file(out).close()  # brought to the current schema
    con = sqlite3.connect(out)
    now = "2026-12-02T00:00:00.000Z"
    con.executescript(f"""
        INSERT INTO link (document_id, type_id, claim_id, target_id, annotator_id,
                          created_at, updated_at)
        SELECT c.document_id, (SELECT id FROM link_type WHERE name = 'SOURCE'), c.id,
               (SELECT t.id FROM annotation t JOIN label tl ON tl.id = t.label_id
                WHERE t.document_id = c.document_id AND tl.name = 'ACTOR'
                AND t.start >= c.start ORDER BY t.start LIMIT 1),
               c.annotator_id, '{now}', '{now}'
        FROM annotation c JOIN label l ON l.id = c.label_id
        WHERE l.name = 'CLAIM' AND c.id % 5 <> 0;
        DELETE FROM link WHERE target_id IS NULL AND claim_id % 7 <> 0;
        INSERT INTO entity (label, name, note, external_id, created_at, updated_at)
        SELECT l.name, a.text, '', '', '{now}', '{now}' FROM annotation a
        JOIN label l ON l.id = a.label_id WHERE l.name IN ('ACTOR', 'PLACE')
        GROUP BY l.name, a.text ORDER BY count(*) DESC LIMIT 300;
        CREATE INDEX bench_entity_name ON entity (name, label);
        UPDATE annotation SET entity_id = (SELECT e.id FROM entity e JOIN label l
            ON l.name = e.label WHERE e.name = annotation.text AND l.id = annotation.label_id);
        DROP INDEX bench_entity_name;
        INSERT INTO document_status (document_id, annotator_id, status, updated_at)
        SELECT d.id, (SELECT min(id) FROM annotator),
               CASE WHEN d.id % 2 = 0 THEN 'done' ELSE 'adjudicated' END, '{now}'
        FROM document d WHERE d.id % 3 = 0;
    """)
    con.commit()
    con.close()
    return out


def bare(db: Path) -> float:
    """The same figures, GROUP BY by GROUP BY, with nothing of ours."""
    con = sqlite3.connect(db)
    started = time.perf_counter()
    queries = [
        "SELECT count(*) FROM document d",
        f"SELECT l.name, count(*) {SPANS} GROUP BY l.name",
        f"SELECT p.name, count(*) {SPANS} GROUP BY p.name",
        "SELECT d.source, count(*) FROM document d GROUP BY d.source",
        f"SELECT d.source, count(*) {SPANS} GROUP BY d.source",
        f"SELECT {DAY}, count(*) FROM document d GROUP BY 1",
        f"SELECT {DAY}, count(*) {SPANS} GROUP BY 1",
        *(f"SELECT a.entity_id, coalesce(e.name, a.text), count(*) {SPANS} "
          f"LEFT JOIN entity e ON e.id = a.entity_id WHERE l.name = '{label}' "
          "GROUP BY a.entity_id, CASE WHEN a.entity_id IS NULL THEN a.text END "
          "ORDER BY 3 DESC LIMIT 10" for label in ("ACTOR", "PLACE")),
        f"SELECT d.source, k.id IS NOT NULL, t.entity_id, coalesce(e.name, t.text), count(*) "
        f"{SPANS} LEFT JOIN link k ON k.claim_id = a.id AND k.type_id IN "
        "(SELECT id FROM link_type WHERE name = 'SOURCE') LEFT JOIN annotation t "
        "ON t.id = k.target_id LEFT JOIN entity e ON e.id = t.entity_id "
        "WHERE l.name = 'CLAIM' GROUP BY 1, 2, 3, 4",
        "SELECT p.name, s.status, count(*) FROM document_status s JOIN annotator p "
        "ON p.id = s.annotator_id GROUP BY 1, 2",
        f"SELECT p.name, count(DISTINCT a.document_id) {SPANS} WHERE NOT EXISTS (SELECT 1 "
        "FROM document_status s WHERE s.document_id = a.document_id "
        "AND s.annotator_id = a.annotator_id) GROUP BY 1",
    ]  # fmt: skip
    for sql in queries:
        con.execute(sql).fetchall()
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed


def ours(db: Path) -> tuple[float, int, int]:
    """The Overview pane's refresh on the file, offscreen: figures, charts, painting.
    Returns (seconds, articles, spans)."""
    from PySide6.QtWidgets import QApplication

    from reader.core.normalise import search_form
    from reader.storage import overview, reads
    from reader.ui.overview import OverviewPanel, OverviewSource

    app = QApplication.instance() or QApplication([])
    con = sqlite3.connect(db)
    panel = OverviewPanel(OverviewSource(
        figures=lambda scope: overview.overview(con, scope),
        matches=lambda pick: overview.matches(con, pick),
        choices=lambda: (reads.outlets(con), reads.annotator_names(con)),
        whose=lambda: "bench",
        label_colours=dict,
    ))  # fmt: skip
    panel.resize(1400, 900)
    panel.show()
    app.processEvents()
    search_form.cache_clear()  # each run folds its names as a first opening does
    started = time.perf_counter()
    panel.refresh()
    app.processEvents()  # the charts shown
    panel.grab()  # and painted
    elapsed = time.perf_counter() - started
    found = panel.found
    assert found is not None
    panel.close()
    con.close()
    return elapsed, found.articles, found.spans


def measure(bench_db: Path, out: Path) -> tuple[float, float, int, int]:
    """Best of RUNS each, interleaved: (ours, bare, articles, spans)."""
    db = prepare(bench_db, out)
    mine, theirs = [], []
    articles = spans = 0
    for _ in range(RUNS):
        seconds, articles, spans = ours(db)
        mine.append(seconds)
        theirs.append(bare(db))
    return min(mine), min(theirs), articles, spans


def main() -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    bench_db = Path(sys.argv[1])
    best, base, articles, spans = measure(bench_db, bench_db.with_name("overview.qari.sqlite"))
    print(f"overview of {articles:,} articles, {spans:,} spans: ours {best * 1000:.0f} ms, "
          f"bare GROUP BYs {base * 1000:.0f} ms, {best / base:.2f}× (budget 2×), "
          f"best of {RUNS} each")  # fmt: skip


if __name__ == "__main__":
    main()
