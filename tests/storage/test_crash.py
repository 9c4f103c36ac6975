"""Kill a process that is saving annotations, at a random moment: every annotation it
reported as saved is in the file, and the file passes an integrity check."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from reader.annotation_files import open_annotation_file
from tests.conftest import ARTICLE_A, REPO

WRITER = """
import sys
from reader.storage.db import AnnotationFile
from reader.storage import repository
from reader.core.annotations import draft_span

file = AnnotationFile.open(sys.argv[1])
with file.session() as s:
    doc = repository.get_document(s, repository.list_documents(s)[0].id)
    n = repository.count_annotations(s)  # continue where the killed run stopped
while True:
    start = n % (len(doc.text) - 5)
    label = ("ACTOR", "PLACE", "CLAIM")[n % 3]
    with file.session() as s:
        span = draft_span(doc.id, doc.text, start, start + 1 + n // 3000, label)
        record = repository.add_annotation(s, span, "crash")
    print(record.id, flush=True)  # reported saved only after the commit returned
    n += 1
"""


def test_sigkill_while_saving_loses_nothing_reported(tmp_path: Path) -> None:
    db = tmp_path / "crash.qari.sqlite"
    from reader.core.articles import iter_drafts
    from reader.storage.importer import import_articles

    file = open_annotation_file(db)
    import_articles(file, iter_drafts([ARTICLE_A]))
    file.close()
    env = dict(os.environ, PYTHONPATH=str(REPO))
    for round_ in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, text=True, env=env
        )
        assert proc.stdout is not None
        reported: list[int] = []
        deadline = time.monotonic() + 30
        target = 150 + 97 * round_
        while len(reported) < target and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            reported.append(int(line))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        reported.extend(int(x) for x in proc.stdout.read().split())
        proc.stdout.close()
        assert len(reported) >= target
        con = sqlite3.connect(db)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in con.execute("SELECT id FROM annotation")}
        con.close()
        assert set(reported) <= stored
