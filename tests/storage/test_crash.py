"""Kill a process that is saving, at a random moment: every edit it reported as saved is
in the file, and the file passes an integrity check. Tagging one span at a time, an
import of articles in batches, tag-all (many spans in one transaction) and accepting a
colleague's spans in review each run in a child process killed with SIGKILL, three times
over, each run going on from what the last one left."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.services.annotation_files import open_annotation_file
from tests.conftest import ARTICLE_A, REPO

# Each writer prints a line only after the commit it stands for has returned.
PRELUDE = """
import sys
from reader.storage.db import AnnotationFile
from reader.storage import repository
from reader.core.annotations import draft_span

file = AnnotationFile.open(sys.argv[1])
with file.session() as s:
    doc = repository.get_document(s, repository.list_documents(s)[0].id)
    n = repository.count_annotations(s)  # continue where the killed run stopped
room = len(doc.text) - 60

def span(n, label):
    start = n % room
    return draft_span(doc.id, doc.text, start, start + 1 + n // room, label)
"""

WRITERS = {
    "tag one span at a time": """
while True:
    with file.session() as s:
        record = repository.add_annotation(s, span(n, ("ACTOR", "PLACE", "CLAIM")[n % 3]), "crash")
    print(record.id, flush=True)
    n += 1
""",
    "accept a colleague's span in review": """
while True:
    with file.session() as s:
        record = repository.add_annotation(s, span(n, "PLACE"), "me", "Omar", "omar.qari.sqlite")
    print(record.id, flush=True)
    n += 1
""",
    "tag all occurrences": """
while True:
    with file.session() as s:  # one transaction for five spans, as tag-all makes
        records = repository.add_annotations(s, [span(n + i, "ACTOR") for i in range(5)], "crash")
    print(*(r.id for r in records), flush=True)
    n += 5
""",
    "import articles in batches": """
from reader.core.articles import ArticleDraft
from reader.storage.importer import import_articles

def articles():
    for k in range(10**6):
        text = f"مقال رقم {k}\\nنص المقال {k} عن دير الزور والبوكمال."
        yield ArticleDraft(text=text, origin=f"article-{k}", title=f"مقال رقم {k}")

def committed(seen):
    if seen % 10 == 0:  # a whole batch of ten, committed before progress is told
        print(*range(seen - 10, seen), flush=True)

import_articles(file, articles(), progress=committed, batch_size=10)
""",
}


def _run_and_kill(db: Path, writer: str, target: int) -> list[int]:
    """Start the writer, kill it after `target` reported saves; what it reported."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen(
        [sys.executable, "-c", PRELUDE + writer, str(db)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    reported: list[int] = []
    deadline = time.monotonic() + 30
    while len(reported) < target and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        reported.extend(int(x) for x in line.split())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reported.extend(int(x) for x in proc.stdout.read().split())
    proc.stdout.close()
    assert len(reported) >= target
    return reported


def _stored(db: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("work", WRITERS)
def test_sigkill_while_saving_loses_nothing_reported(tmp_path: Path, work: str) -> None:
    from reader.core.articles import iter_drafts
    from reader.storage.importer import import_articles

    db = tmp_path / "crash.qari.sqlite"
    file = open_annotation_file(db)
    import_articles(file, iter_drafts([ARTICLE_A]))
    file.close()
    for round_ in range(3):
        reported = _run_and_kill(db, WRITERS[work], 150 + 97 * round_)
        if work == "import articles in batches":
            titles = {t for (t,) in _stored(db, "SELECT title FROM document")}
            assert {f"مقال رقم {k}" for k in reported} <= titles
            continue
        rows = _stored(db, "SELECT id, origin_annotator FROM annotation")
        assert set(reported) <= {row[0] for row in rows}
        if work == "tag all occurrences":  # one transaction each: all five spans or none
            assert len(rows) % 5 == 0
        if work == "accept a colleague's span in review":
            assert {row[1] for row in rows} == {"Omar"}
