"""Two app instances on one file, as two processes: both write, neither corrupts the
file or loses the other's edits, and each sees the other's saved work after View ▸
Refresh (F5)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from reader.ui.main_window import MainWindow
from tests.conftest import REPO
from tests.ui.conftest import find, rows, select_by_keyboard

# The other instance: the app's own storage layer, tagging every word it is given.
OTHER = """
import sys
from pathlib import Path
from reader.services.annotation_files import open_annotation_file
from reader.core.annotations import draft_span
from reader.storage import repository

file = open_annotation_file(Path(sys.argv[1]))
for start, end in zip(sys.argv[2::2], sys.argv[3::2]):
    with file.session() as s:  # one transaction an edit, as the window does
        doc = repository.get_document(s, repository.list_documents(s)[0].id)
        draft = draft_span(doc.id, doc.text, int(start), int(end), "ACTOR")
        repository.add_annotation(s, draft, "Omar")
    if start == sys.argv[2]:
        print("writing", flush=True)  # the first edit is in: the window may start
file.close()
print("done", flush=True)
"""


def _other_instance(db: Path, spans: list[tuple[int, int]]) -> subprocess.Popen[str]:
    bounds = [str(b) for span in spans for b in span]
    return subprocess.Popen([sys.executable, "-c", OTHER, str(db), *bounds], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip


def _words(window: MainWindow, count: int) -> list[tuple[int, int]]:
    assert window.reading.document is not None
    text, spans, pos = window.reading.document.text, [], 0
    while len(spans) < count:
        start = text.index(" ", pos) + 1
        end = text.index(" ", start)
        if end - start > 2 and "\n" not in text[start:end]:
            spans.append((start, end))
        pos = end
    return spans


def test_both_write_at_once_and_each_sees_the_other_after_refresh(
    window: MainWindow, db: Path, qtbot: Any
) -> None:
    theirs = _words(window, 170)[20:]  # the other instance's 150 words
    other = _other_instance(db, theirs)
    assert other.stdout is not None and other.stdout.readline() == "writing\n"
    mine = [find(window, "البوكمال"), find(window, "التحالف")]
    for start, end in mine:  # tagged while the other process writes
        select_by_keyboard(window, start, end)
        QTest.keyClick(window.article, Qt.Key.Key_2)
        assert "All changes saved" in window.save_status.text()
    _out, err = other.communicate(timeout=60)
    assert other.returncode == 0, err

    on_disk = {(r[1], r[2], r[3]) for r in rows(db)}
    assert on_disk == {("PLACE", s, e) for s, e in mine} | {("ACTOR", s, e) for s, e in theirs}
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()

    assert window.reading.annotations.rowCount() == len(mine)  # not yet read again
    QTest.keyClick(window.article, Qt.Key.Key_F5)
    assert window.reading.annotations.rowCount() == len(mine) + len(theirs)
    tags = window.documents.model.index(0, window.documents.model.TAGS)
    qtbot.waitUntil(lambda: tags.data() == len(mine) + len(theirs))  # as the list shows it
