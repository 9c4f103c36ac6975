"""Every performance budget of DESIGN.md, each measured beside its bare baseline in the
same run (these machines are noisy; ratios travel, milliseconds do not).

    make bench            # or: python -m benchmarks.run [--growth]
    make bench-loaded     # or: python -m benchmarks.run --loaded

Generates the synthetic corpus into bench-out/ (seeded; not committed), prints one table
and writes it to benchmarks/results.json. `--growth` also imports 1,000, 10,000 and
100,000 articles to show how import and search grow. `--loaded` measures the same with
another process burning every core throughout, into benchmarks/results-loaded.json.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import platform
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import (
    bench_agreement,
    bench_big_import,
    bench_overview,
    bench_suggestions,
    bench_team,
    startup,
)
from benchmarks.bare import DROPPED, LETTERS, SPACES, document_rows, paragraph_ranges
from benchmarks.bare import fold as bare_fold
from benchmarks.bare import hits as bare_hits
from benchmarks.corpus import REPO, big_article, remove_file, spans_on, write_jsonl
from reader.core import agreement
from reader.core.annotations import draft_span, utc_now
from reader.core.articles import iter_drafts
from reader.core.normalise import normalise
from reader.core.text import text_sha256
from reader.formats.registry import by_name
from reader.services.exchange import export_annotations
from reader.storage import reads, repository, search
from reader.storage.db import AnnotationFile
from reader.storage.importer import document_row, import_articles, index_behind

OUT = REPO / "bench-out"
RESULTS = Path(__file__).with_name("results.json")
RESULTS_LOADED = Path(__file__).with_name("results-loaded.json")
ARTICLES = 10_000
ANNOTATIONS = 100_000
BIG_SPANS = 10_000
QUERIES = (
    "الجيش العربي",
    "البوكمال",
    "التحالف الدولي",
    "سوريه",
    "دير الزور",
    "قوات سوريه الديمقراطيه",
)
PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON")
FRAME_MS = 1000 / 60


@dataclass
class Row:
    measure: str
    ours_ms: float
    baseline: str
    baseline_ms: float | None
    budget: str
    passed: bool

    @property
    def ratio(self) -> float | None:
        return self.ours_ms / self.baseline_ms if self.baseline_ms else None


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def ratio_row(measure: str, ours: float, baseline: str, bare: float, limit: float) -> Row:
    return Row(measure, ms(ours), baseline, ms(bare), f"≤ {limit:g}× bare", ours <= limit * bare)


# ---------------------------------------------------------------------- import


def _schema_sql() -> list[str]:
    """The DDL of an empty annotation file, so the bare script fills identical tables."""
    path = OUT / "empty.qari.sqlite"
    path.unlink(missing_ok=True)
    AnnotationFile.open(path, []).close()
    con = sqlite3.connect(path)
    ddl = [sql for name, sql in con.execute("SELECT name, sql FROM sqlite_master")
           if sql and not name.startswith(f"{search.TABLE}_")]  # fmt: skip
    con.close()
    return ddl


def bare_import(jsonl: Path, path: Path, ddl: list[str]) -> tuple[float, float]:
    """Plain sqlite3: parse, hash and insert the documents in one transaction (readable
    from then on); then their folded FTS5 copy in another. The seconds of each."""
    remove_file(path)
    con = sqlite3.connect(path)
    for statement in (*PRAGMAS, *ddl):
        con.execute(statement)
    started = time.perf_counter()
    now = datetime.now(UTC).isoformat(timespec="milliseconds")
    with con, jsonl.open(encoding="utf-8") as fh:
        con.executemany(
            "INSERT INTO document (sha256, title, source, date, url, origin, header_lines, "
            "char_count, added_at, text) VALUES (?,?,?,?,?,?,?,?,?,?)",
            document_rows(fh, now),
        )
    articles = time.perf_counter() - started
    started = time.perf_counter()
    with con:
        rows = con.execute("SELECT id, text FROM document ORDER BY id")
        con.executemany(f"INSERT INTO {search.TABLE}(rowid, body) VALUES (?, ?)",
                        ((i, bare_fold(text)) for i, text in rows))  # fmt: skip
    index = time.perf_counter() - started
    con.close()
    return articles, index


def ours_import(jsonl: Path, path: Path) -> tuple[float, float]:
    """The app's import (articles committed, readable), then its index built behind them
    as the window builds it (`index_behind`, small transactions)."""
    remove_file(path)
    file = AnnotationFile.open(path, _labels())
    started = time.perf_counter()
    report = import_articles(file, iter_drafts([jsonl]))
    articles = time.perf_counter() - started
    started = time.perf_counter()
    indexed = index_behind(file)
    index = time.perf_counter() - started
    file.close()
    if report.refused or not report.added or indexed != len(report.added):
        raise RuntimeError(f"import refused articles: {report.refused[:3]}")  # no benchmark
    return articles, index


def _labels() -> list:  # type: ignore[type-arg]
    from reader.services.annotation_files import default_labels

    return default_labels()


@dataclass
class ImportTimes:
    """Seconds of each run: articles committed, then the index behind them."""

    articles: list[float]
    index: list[float]

    @property
    def whole(self) -> list[float]:
        return [a + i for a, i in zip(self.articles, self.index, strict=True)]


def measure_import(jsonl: Path, count: int, runs: int = 3) -> tuple[ImportTimes, ImportTimes]:
    """Ours and bare, interleaved (ABAB), `runs` each."""
    ddl = _schema_sql()
    sample = next(iter(iter_drafts([jsonl]))).text + "".join(
        map(chr, [*DROPPED, *SPACES, *b"ABZ  "])) + "".join(LETTERS)
    assert bare_fold(sample) == normalise(sample), "the bare folding must do the same work"
    ours, bare = ImportTimes([], []), ImportTimes([], [])
    for _ in range(runs):
        for times, run in ((bare, lambda: bare_import(jsonl, OUT / f"bare-{count}.sqlite", ddl)),
                           (ours, lambda: ours_import(jsonl, OUT / f"ours-{count}.qari.sqlite"))):
            articles, index = run()
            times.articles.append(articles)
            times.index.append(index)  # fmt: skip
    return ours, bare


def import_rows(ours: ImportTimes, bare: ImportTimes) -> list[Row]:
    for name, o, b in (("articles", ours.articles, bare.articles), ("index", ours.index,
                       bare.index), ("whole", ours.whole, bare.whole)):  # fmt: skip
        print(f"  import {name}: ours min {min(o):.2f} / median {statistics.median(o):.2f} s, "
              f"bare min {min(b):.2f} / median {statistics.median(b):.2f} s")
    return [
        ratio_row(f"{ARTICLES:,} articles imported: readable and taggable", min(ours.articles),
                  "sqlite3 inserts, SHA-256 included", min(bare.articles), 1.5),
        ratio_row("  their search index, built behind them", min(ours.index),
                  "FTS5 trigram, same folded text, one transaction", min(bare.index), 1.2),
        ratio_row("  the two together", min(ours.whole), "the two bare", min(bare.whole), 1.5),
    ]  # fmt: skip


# ---------------------------------------------------------------------- the bench file


def build_bench_file(jsonl: Path) -> tuple[Path, int, int]:
    """The 10,000 articles, the 1 MB article and 100,000 annotations; (path, big id,
    id of an ordinary article)."""
    path = OUT / "bench.qari.sqlite"
    remove_file(path)
    shutil.copy(OUT / f"ours-{ARTICLES}.qari.sqlite", path)
    file = AnnotationFile.open(path, _labels())
    rng = random.Random(7)
    big = big_article()
    with file.session() as s:
        [big_id] = repository.add_documents(s, [document_row(big, text_sha256(big.text),
                                                             utc_now())])  # fmt: skip
        repository.insert_annotations(s, spans_on(big_id, big.text, BIG_SPANS, rng))
    ids = reads.document_ids(file.reader, reads.DocumentQuery())
    each = (ANNOTATIONS - BIG_SPANS) // ARTICLES
    for chunk in range(0, ARTICLES, 1000):
        with file.session() as s:
            records = []
            for doc_id in ids[chunk : chunk + 1000]:
                if doc_id == big_id:
                    continue
                doc = repository.get_document(s, doc_id)
                assert doc is not None
                records += spans_on(doc_id, doc.text, each, rng)
            repository.insert_annotations(s, records)
    index_behind(file)  # the big article
    file.close()
    return path, big_id, ids[0]


# ---------------------------------------------------------------------- export


def measure_export(db: Path, runs: int = 3) -> Row:
    file = AnnotationFile.open(db, _labels())
    csv_format = by_name("csv")
    ours, bare = [], []
    for _ in range(runs):  # interleaved: the machine's drift falls on both alike
        ours.append(timed(lambda: export_annotations(file, csv_format, OUT / "ours.csv")))
        bare.append(bare_export(db, OUT / "bare.csv"))
    file.close()
    with (OUT / "ours.csv").open(encoding="utf-8-sig") as fh:
        rows = sum(1 for _ in csv.reader(fh)) - 1
    return ratio_row(f"export {rows:,} annotations to CSV", min(ours),
                     "csv.writer loop, same columns", min(bare), 1.5)  # fmt: skip


def bare_export(db: Path, out: Path) -> float:
    con = sqlite3.connect(db)
    started = time.perf_counter()
    rows = con.execute(
        'SELECT d.sha256, d.title, l.name, a.start, a."end", a.text, a.context_before, '
        "a.context_after, a.note, p.name, a.created_at, a.updated_at, a.origin_annotator, "
        "a.origin_file, a.origin_at, a.entity_id, coalesce(e.name, ''), "
        "coalesce(s.status, 'in_progress') FROM annotation a "
        "JOIN document d ON d.id = a.document_id JOIN label l ON l.id = a.label_id "
        "JOIN annotator p ON p.id = a.annotator_id LEFT JOIN entity e ON e.id = a.entity_id "
        "LEFT JOIN document_status s ON s.document_id = a.document_id "
        "AND s.annotator_id = a.annotator_id "
        'ORDER BY d.id, a.start, a."end", a.id'
    )
    with out.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["document_id", "title", "label", "start", "end", "text",
                         "context_before", "context_after", "note", "annotator", "created",
                         "updated", "accepted_from", "accepted_from_file", "accepted_at",
                         "entity_id", "entity", "status"])  # fmt: skip
        writer.writerows(rows)
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed


# ---------------------------------------------------------------------- search


def search_times(db: Path, repeats: int = 7) -> tuple[float, float]:
    """Median over QUERIES of each query's median time, ours and bare, each giving the
    top 20 articles with every hit in its context; the bare hits are checked to be ours."""
    file = AnnotationFile.open(db, _labels())
    con = sqlite3.connect(db)
    ours, bare = [], []
    for query in QUERIES:
        phrase = bare_fold(query).strip()
        with file.session() as s:
            found = search.search(s, query, limit=20)
            assert bare_search(con, phrase) == [
                (d.document_id, h.start, h.end, h.before, h.after)
                for d in found.documents for h in d.hits
            ], query  # fmt: skip
        b = statistics.median(timed(lambda p=phrase: bare_search(con, p)) for _ in range(repeats))
        with file.session() as s:
            o = statistics.median(timed(lambda q=query: search.search(s, q, limit=20))
                                  for _ in range(repeats))  # fmt: skip
        ours.append(o)
        bare.append(b)
    con.close()
    file.close()
    return statistics.median(ours), statistics.median(bare)


def bare_search(con: sqlite3.Connection, phrase: str) -> list[tuple[int, int, int, str, str]]:
    """The FTS5 query on the same index (the phrase folded by the baseline's own table),
    then each of the 20 articles folded a character at a time to find its hits."""
    ids = [row for (row,) in con.execute(
        f"SELECT rowid FROM {search.TABLE} WHERE {search.TABLE} MATCH ? ORDER BY rank LIMIT 20",
        ('"' + phrase + '"',))]  # fmt: skip
    marks = ", ".join("?" * len(ids))
    texts = dict(con.execute(f"SELECT id, text FROM document WHERE id IN ({marks})", ids))
    return [(i, *hit) for i in ids for hit in bare_hits(texts[i], phrase)]


def measure_search(db: Path) -> Row:
    ours, bare = search_times(db)
    return ratio_row("corpus search, top 20 with context (median of queries)", ours,
                     "FTS5 query, then the hits found in each article", bare, 2)  # fmt: skip


# ---------------------------------------------------------------------- the window


def measure_window(db: Path, big_id: int, ordinary_id: int) -> list[Row]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QPlainTextEdit

    app, window = _window_on(db)
    article = window.article
    with window.session.file.session() as s:
        big_text = repository.get_document(s, big_id).text  # type: ignore[union-attr]

    bare_view = QPlainTextEdit()
    bare_view.setReadOnly(True)
    bare_view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    bare_view.setFont(article.font())
    bare_view.resize(article.size())
    bare_view.show()

    def open_ours() -> float:
        window.show_document(ordinary_id)
        app.processEvents()
        return timed(lambda: (window.show_document(big_id), app.processEvents(),
                              article.viewport().repaint()))  # fmt: skip

    con = sqlite3.connect(db)
    big_spans = con.execute('SELECT start, "end", label_id FROM annotation WHERE document_id = ?',
                            (big_id,)).fetchall()  # fmt: skip
    con.close()

    def open_bare() -> float:
        bare_view.setPlainText("")
        app.processEvents()
        return timed(lambda: (bare_view.setPlainText(big_text),
                              startup.highlight(bare_view.document(), paragraph_ranges(
                                  big_text, big_spans), startup.COLOURS),
                              app.processEvents(), bare_view.viewport().repaint()))  # fmt: skip

    opens_ours, opens_bare = [], []
    for _ in range(5):
        opens_bare.append(open_bare())
        opens_ours.append(open_ours())
    rows = [ratio_row(f"open the 1 MB article with {BIG_SPANS:,} highlights",
                      statistics.median(opens_ours), "QPlainTextEdit, same text and ranges",
                      statistics.median(opens_bare), 2)]  # fmt: skip

    rows.append(_scroll(app, article, bare_view))
    rows += _suggestions(app, window, big_id, big_text)
    rows += _tag_latency(app, window, QTest, Qt, ordinary_id, "an ordinary article")
    rows += _tag_latency(app, window, QTest, Qt, big_id, "the 1 MB article", commit_row=False)
    window.close()
    bare_view.close()
    return rows


def _suggestions(app, window, big_id: int, text: str) -> list[Row]:  # type: ignore[no-untyped-def]
    """Suggestions against 10,000 names: those in view as the 1 MB article is shown
    (budget: one frame), and, for information beside its bare trie pass, the whole
    article at once."""
    entities = bench_suggestions.registry(text)
    bench_suggestions.add_registry(window.session.file, entities)
    names = [e.name for e in entities]
    ours, bare, marked = bench_suggestions.in_view(app, window, big_id, names)
    whole, whole_bare = bench_suggestions.whole_article(text, entities)
    return [
        Row(f"suggestions in view on showing the 1 MB article, 10,000 names ({marked} marked)",
            ms(ours), "trie pass, same paragraphs", ms(bare), "< 1 frame", ours * 1000 < FRAME_MS),
        # Not a budget: the window matches only the paragraphs in view (and those F6 passes).
        Row("  and over the whole 1 MB article, 10,000 names", ms(whole),
            "trie pass over the folded text", ms(whole_bare), "(information)", True),
    ]  # fmt: skip


def _page_steps(app, view, pages: int, from_top: bool = True) -> list[float]:  # type: ignore[no-untyped-def]
    """Seconds of each of `pages` steps of a page down `view`, each repainted."""
    bar = view.verticalScrollBar()
    if from_top:
        bar.setValue(0)
        app.processEvents()
    return [timed(lambda: (bar.setValue(bar.value() + bar.pageStep()),
                           view.viewport().repaint())) for _ in range(pages)]  # fmt: skip


def _scrolled_in_turns(app, ours, bare, pages: int, turns: int = 4):  # type: ignore[no-untyped-def]
    """p99 of a page step down each view, `pages` each, taking turns (ABAB) a quarter at a
    time so that drift on a noisy machine falls on both; each goes on where it stopped."""
    times: tuple[list[float], list[float]] = ([], [])
    for turn in range(turns):
        for view, steps in zip((ours, bare), times, strict=True):
            steps += _page_steps(app, view, pages // turns, from_top=turn == 0)
    return p99(times[0]), p99(times[1])


def _scroll(app, article, bare_view) -> Row:  # type: ignore[no-untyped-def]
    ours, bare = _scrolled_in_turns(app, article, bare_view, 120)
    return Row("scroll the 1 MB article a page (p99)", ms(ours), "same, bare", ms(bare),
               "< 16.7 ms", ours * 1000 < FRAME_MS)  # fmt: skip


def _tag_latency(app, window, QTest, Qt, doc_id: int, where: str, commit_row: bool = True):  # type: ignore[no-untyped-def]  # noqa: N803
    window.show_document(doc_id)
    app.processEvents()
    text = window.reading.document.text
    taken = {(s.start, s.end) for s in window.reading.annotations.spans}
    words = [(m.start(), m.end()) for m in re.finditer(r"[\u0621-\u064A]{3,}", text)]
    rng = random.Random(3)
    free = [w for w in words if w not in taken]
    chosen = rng.sample(free, min(200, len(free)))
    latencies = []
    for start, end in chosen:
        window.article.select_range(start, end)
        app.processEvents()
        latencies.append(timed(lambda: (QTest.keyClick(window.article, Qt.Key.Key_1),
                                        window.article.viewport().repaint())))  # fmt: skip
    worst = p99(latencies)
    rows = [Row(f"tag a span on {where}: key press to committed and painted (p99)", ms(worst),
                "one 60 Hz frame", None, "< 16.7 ms", worst * 1000 < FRAME_MS)]  # fmt: skip
    if commit_row:
        rows.append(_commit(window, text, doc_id))
    return rows


def _window_on(db: Path):  # type: ignore[no-untyped-def]
    """(the application, the app's window shown on `db`), once its opening work is done."""
    from PySide6.QtWidgets import QApplication

    from reader import paths
    from reader.services.annotation_files import open_annotation_file
    from reader.settings import Settings
    from reader.ui.main_window import MainWindow

    paths.init(OUT / "data", OUT / "config")
    app = QApplication.instance() or QApplication([])
    settings = Settings.load()
    settings.annotator = "bench"
    window = MainWindow(open_annotation_file(db), settings)
    window.resize(1360, 860)
    window.show()
    app.processEvents()
    _settle(app, window)
    return app, window


def _settle(app, window) -> None:  # type: ignore[no-untyped-def]
    """Let the window's work behind a newly opened file end (its backup, its search
    index): the rows measure the window in use, not in its first seconds."""
    session = window.session
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (
        session.indexing.running or (session.backups.task and session.backups.task.running)
    ):
        app.processEvents()
        time.sleep(0.01)


def _commit(window, text: str, doc_id: int) -> Row:  # type: ignore[no-untyped-def]
    """The commit alone: the store's insert+commit against a bare sqlite3 one, turn about."""
    words = [(m.start(), m.end()) for m in re.finditer(r"[\u0621-\u064A]{3,}", text)]
    drafts = [draft_span(doc_id, text, s, e, "PLACE") for s, e in words[:300]]
    con = sqlite3.connect(window.session.file.path)
    for statement in PRAGMAS:
        con.execute(statement)
    ours, bare = [], []
    for draft in drafts:

        def add(d=draft) -> None:  # type: ignore[no-untyped-def]
            with window.session.file.session() as s:
                repository.add_annotation(s, d, "bench-commit")

        def insert(d=draft) -> None:  # type: ignore[no-untyped-def]
            con.execute(
                'INSERT INTO annotation (document_id, label_id, annotator_id, start, "end", '
                "text, context_before, context_after, note, created_at, updated_at) "
                "VALUES (?, 2, 1, ?, ?, ?, ?, ?, '', ?, ?)",
                (d.document_id, d.start + 1, d.end, d.text, d.context_before,
                 d.context_after, "now", "now"),
            )  # fmt: skip
            con.commit()

        ours.append(timed(add))
        bare.append(timed(insert))
    con.close()
    for side, times in (("ours", ours), ("bare", bare)):
        print(f"  commit one tag, {side}: min {min(times) * 1000:.2f} / median "
              f"{statistics.median(times) * 1000:.2f} / p99 {p99(times) * 1000:.2f} ms")
    return ratio_row("commit one tag (median)", statistics.median(ours),
                     "sqlite3 insert+commit", statistics.median(bare), 3)  # fmt: skip


# ---------------------------------------------------------------------- processes


def _window_process(args: list[str]) -> dict[str, tuple[float, int]]:
    """Run a window process; for each line it prints ("ready", "writable", "big"): the
    seconds from spawning it until that line, and the resident memory it reported."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "benchmarks.startup", *args], cwd=REPO,
                            stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert proc.stdout is not None
    seen = {}
    for line in iter(proc.stdout.readline, ""):  # a line as it comes, not read ahead
        if line.strip():
            name, kib = line.split()
            seen[name] = (time.perf_counter() - started, int(kib))
    proc.wait()
    return seen


BARE_WINDOW = "bare PySide6 window: same font, icon font, titles listed, article shown"


def measure_processes(db: Path, big_id: int) -> list[Row]:
    ours, writable, bare, rss_ours, rss_bare = [], [], [], [], []
    for _ in range(5):
        plain = _window_process(["bare", str(db), str(big_id)])
        bare.append(plain["ready"][0])
        rss_bare.append(plain["big"][1])
        mine = _window_process(["app", str(db), str(big_id)])
        ours.append(mine["ready"][0])
        writable.append(mine["writable"][0])
        rss_ours.append(mine["big"][1])
    start = ratio_row(f"start to a shown window on {ARTICLES:,} articles", statistics.median(ours),
                      BARE_WINDOW, statistics.median(bare), 1.5)  # fmt: skip
    # Not a budget: the window is usable from "ready"; SQLAlchemy, which the first edit
    # needs, goes on loading in the background until this.
    loaded = Row("  and until SQLAlchemy has loaded for the first edit",
                 ms(statistics.median(writable)), BARE_WINDOW,
                 ms(statistics.median(bare)), "(information)", True)  # fmt: skip
    mib, plain_mib = statistics.median(rss_ours) / 1024, statistics.median(rss_bare) / 1024
    memory = Row(f"resident memory, {ARTICLES:,} articles open, 1 MB article shown (MiB)",
                 round(mib, 1), f"{BARE_WINDOW} (MiB)", round(plain_mib, 1),
                 "≤ 1.5× bare", mib <= 1.5 * plain_mib)  # fmt: skip
    return [start, loaded, memory]


def measure_agreement() -> Row:
    docs = bench_agreement.synthetic()
    spans = sum(len(d.spans[0]) + len(d.spans[1]) for d in docs)
    times = [timed(lambda: agreement.pairwise(docs)) for _ in range(5)]
    print(f"  agreement: min {min(times) * 1000:.0f} / median "
          f"{statistics.median(times) * 1000:.0f} ms")
    return Row(f"agreement over {spans:,} spans (best of 5)", ms(min(times)), "", None,
               "< 500 ms", min(times) < 0.5)  # fmt: skip


# ---------------------------------------------------------------------- growth


def measure_overview(db: Path) -> Row:
    ours, bare, articles, spans = bench_overview.measure(db, OUT / "overview.qari.sqlite")
    return ratio_row(f"open the Overview on {articles:,} articles, {spans:,} spans "
                     "(figures, charts, painted)", ours, "sqlite3 GROUP BYs, same figures",
                     bare, 2)  # fmt: skip


def measure_big_import() -> list[Row]:
    found = bench_big_import.measure()
    spans = f"{bench_big_import.SPANS:,}"
    again = ratio_row(f"import a 49 MB brat .ann again ({spans} spans, all present)",
                      float(found["again_s"]), "Python loop parsing its lines",
                      float(found["bare_s"]), 3)  # fmt: skip
    memory = Row("  peak memory of that import (MiB)", round(float(found["again_mib"]), 1),
                 "Python loop parsing its lines (MiB)", round(float(found["bare_mib"]), 1),
                 "< 300 MiB", float(found["again_mib"]) < 300)  # fmt: skip
    first = Row(f"  the first import of it ({spans} spans added; peak "
                f"{float(found['first_mib']):.0f} MiB)", ms(float(found["first_s"])),
                "Python loop parsing its lines", ms(float(found["bare_s"])), "(information)",
                True)  # fmt: skip
    return [again, memory, first]


def measure_team() -> list[Row]:
    """A team database on a local PostgreSQL server, beside bare psycopg (`bench_team`)."""
    found = bench_team.measure()
    return [
        ratio_row("team database: commit one tag (p50)", found["tag_ours_s"],
                  "psycopg, the same INSERT", found["tag_bare_s"], 3),
        ratio_row(f"team database: import {bench_team.ARTICLES:,} articles, index included",
                  found["import_ours_min_s"], "psycopg, same inserts", found["import_bare_min_s"],
                  1.5),
    ]  # fmt: skip


def measure_growth() -> list[dict[str, object]]:
    """Import (readable, and with the index) and search at 1,000, 10,000 and 100,000
    articles, each beside its bare baseline (issue 22: time per article may grow 20% at
    most from 10,000 to 100,000; search within 2x of bare FTS5 at every size)."""
    growth = []
    for count in (1_000, 10_000, 100_000):
        jsonl = write_jsonl(OUT / f"articles-{count}.jsonl", count)
        times, bare_times = measure_import(jsonl, count, runs=1)
        ours, bare = times.whole[0], bare_times.whole[0]
        found, bare_found = search_times(OUT / f"ours-{count}.qari.sqlite", repeats=5)
        if count == 100_000:
            scroll, bare_scroll = measure_list_scroll(OUT / f"ours-{count}.qari.sqlite")
            print(f"  the articles list on {count:,}: a page p99 {scroll * 1000:.1f} ms "
                  f"(bare {bare_scroll * 1000:.1f} ms)")
        growth.append({"articles": count, "import_ms": ms(ours), "bare_import_ms": ms(bare),
                       "import_ratio": round(ours / bare, 2),
                       "readable_ms": ms(times.articles[0]),
                       "bare_readable_ms": ms(bare_times.articles[0]),
                       "search_ms": ms(found), "bare_search_ms": ms(bare_found),
                       "search_ratio": round(found / bare_found, 2)}
                      | ({"list_scroll_p99_ms": ms(scroll), "bare_list_scroll_p99_ms":
                          ms(bare_scroll)} if count == 100_000 else {}))  # fmt: skip
        print(
            f"  {count:>7,} articles: readable {times.articles[0]:.2f} s "
            f"({times.articles[0] / bare_times.articles[0]:.2f}× bare), with the index "
            f"{ours:.2f} s ({ours / bare:.2f}× bare), search {found * 1000:.1f} ms "
            f"({found / bare_found:.2f}× bare)"
        )
    return growth


def measure_list_scroll(db: Path) -> tuple[float, float]:
    """The articles list of the window on `db` scrolled a page at a time (p99), beside a
    bare QTableView over a QStandardItemModel holding the same titles, outlets and dates."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    app, window = _window_on(db)
    con = sqlite3.connect(db)
    bare_model = QStandardItemModel()
    for row in con.execute("SELECT title, source, date FROM document ORDER BY id"):
        bare_model.appendRow([QStandardItem(str(cell)) for cell in row])
    con.close()
    bare_view = QTableView()
    bare_view.setModel(bare_model)
    bare_view.resize(window.documents.view.size())
    bare_view.show()
    ours, bare = _scrolled_in_turns(app, window.documents.view, bare_view, 200)
    window.close()
    bare_view.close()
    return ours, bare


# ---------------------------------------------------------------------- report


def machine() -> dict[str, object]:
    import PySide6
    import sqlalchemy

    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())  # fmt: skip
    return {"cpu": cpu, "cores": os.cpu_count(), "system": platform.platform(),
            "python": platform.python_version(), "pyside6": PySide6.__version__,
            "sqlalchemy": sqlalchemy.__version__, "sqlite": sqlite3.sqlite_version}  # fmt: skip


def print_table(rows: list[Row]) -> None:
    print(f"\n{'measure':<72}{'ours':>10}{'bare':>10}{'ratio':>8}  {'budget':<14}result")
    for row in rows:
        bare = f"{row.baseline_ms:.1f}" if row.baseline_ms is not None else "-"
        ratio = f"{row.ratio:.2f}" if row.ratio is not None else "-"
        print(f"{row.measure:<72}{row.ours_ms:>10.1f}{bare:>10}{ratio:>8}  {row.budget:<14}"
              f"{'pass' if row.passed else 'MISS'}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--growth", action="store_true", help="also 1k/10k/100k imports")
    parser.add_argument("--loaded", action="store_true",
                        help="with every core kept busy by another process throughout")  # fmt: skip
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    print(f"corpus: {ARTICLES:,} articles, one 1 MB article, {ANNOTATIONS:,} annotations")
    jsonl = write_jsonl(OUT / f"articles-{ARTICLES}.jsonl", ARTICLES)
    with cores_burning() if args.loaded else contextlib.nullcontext():
        rows = measure_all(jsonl)
    print_table(rows)
    report: dict[str, object] = {
        "date": datetime.now(UTC).date().isoformat(),
        "machine": machine() | {"loaded": args.loaded},
        "corpus": {
            "articles": ARTICLES,
            "big_article_bytes": len(big_article().text.encode()),
            "annotations": ANNOTATIONS,
        },
        "rows": [asdict(r) | {"ratio": r.ratio and round(r.ratio, 2)} for r in rows],
    }
    results = RESULTS_LOADED if args.loaded else RESULTS
    if args.growth and not args.loaded:
        print("\ngrowth:")
        report["growth"] = measure_growth()
    elif results.exists():  # keep the last growth figures with the new table
        previous = json.loads(results.read_text(encoding="utf-8"))
        if "growth" in previous:
            report["growth"] = previous["growth"]
    results.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {results.relative_to(REPO)}")
    return 0 if all(r.passed for r in rows) else 1


def measure_all(jsonl: Path) -> list[Row]:
    rows = import_rows(*measure_import(jsonl, ARTICLES))
    db, big_id, ordinary_id = build_bench_file(jsonl)
    rows.append(measure_export(db))
    rows.append(measure_search(db))
    rows += measure_processes(db, big_id)
    rows += measure_window(db, big_id, ordinary_id)
    rows.append(measure_agreement())
    rows.append(measure_overview(db))
    rows += measure_big_import()
    rows += measure_team()
    return rows


@contextlib.contextmanager
def cores_burning() -> Iterator[None]:
    """A busy loop on every core, in processes of its own, while the block runs."""
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"])
               for _ in range(os.cpu_count() or 1)]  # fmt: skip
    try:
        yield
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()


if __name__ == "__main__":
    sys.exit(main())
