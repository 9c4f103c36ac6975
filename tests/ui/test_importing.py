"""Importing many articles in the background: progress, Cancel half-way, a consistent
file afterwards, and a window that goes on working meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from reader.core.articles import ArticleDraft, iter_drafts
from reader.core.errors import ArticleError
from reader.storage import search
from reader.ui import importing, tasks
from reader.ui.main_window import MainWindow
from tests.ui.conftest import Dialogs, article_folder, marker, rows, wait_for_import

TOTAL, HALF, BATCH = 40, 20, 5


def _import_paused_at_half(
    window: MainWindow,
    dialogs: Dialogs,
    folder: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    release_on_cancel: bool = False,
) -> threading.Event:
    """File > Import Folder on `folder`, with a worker that pauses when it asks for article
    HALF + 1, that is after saving half; return once it is there. Setting the returned
    event lets it go on (and so does Cancel, with `release_on_cancel`)."""
    reached, gate = threading.Event(), threading.Event()
    # The founding articles' index first: its task would take the patched cancel below.
    qtbot.waitUntil(lambda: not window.session.indexing.running, timeout=10000)

    def paused(paths: Iterable[Path]) -> Iterator[ArticleDraft | ArticleError]:
        for seen, item in enumerate(iter_drafts(paths), start=1):
            if seen == HALF + 1:
                reached.set()
                gate.wait(10)
            yield item

    monkeypatch.setattr(importing, "iter_drafts", paused)
    if release_on_cancel:
        cancel = tasks.Task.cancel

        def cancel_then_release(task: tasks.Task) -> None:
            cancel(task)  # the stop is set before the worker goes on
            gate.set()

        monkeypatch.setattr(tasks.Task, "cancel", cancel_then_release)
    window.importer.batch_size = BATCH
    dialogs.open_paths = [str(folder)]
    window.actions_["file.import_folder"].trigger()
    qtbot.waitUntil(reached.is_set, timeout=10000)
    return gate


def test_cancel_half_way_keeps_whole_batches_and_nothing_after(
    window: MainWindow,
    tmp_path: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    db: Path,
    dialogs: Dialogs,
) -> None:
    folder = article_folder(tmp_path, TOTAL)
    gate = _import_paused_at_half(window, dialogs, folder, qtbot, monkeypatch)
    progress = window.importer.dialog
    assert progress is not None and progress.isVisible()
    # The count crosses from the worker as a queued signal: let the event loop deliver it.
    qtbot.waitUntil(lambda: progress.maximum() == TOTAL, timeout=5000)
    assert not window.actions_["file.import"].isEnabled()  # one import at a time
    # The window goes on working while the worker waits: another article opens.
    window.documents.view.selectRow(1)
    assert window.reading.document is not None and window.reading.document.id == 2
    [cancel] = [b for b in progress.findChildren(QPushButton) if b.text() == "Cancel"]
    cancel.click()
    gate.set()
    wait_for_import(qtbot, window)

    titles = [t for (t,) in rows(db, "SELECT title FROM document ORDER BY id")][2:]
    assert titles == [f"خبر رقم {i}" for i in range(HALF)]
    with window.session.file.session() as s:
        for i in range(TOTAL):
            found = search.search(s, marker(i)).documents
            assert len(found) == (1 if i < HALF else 0), i
    assert dialogs.said(f"Import cancelled: {HALF} added, 0 already present, 0 refused")
    assert window.documents.model.rowCount() == 2 + HALF
    assert window.actions_["file.import"].isEnabled()


def test_a_full_import_reports_duplicates_and_refusals(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path, qtbot: Any
) -> None:
    folder = article_folder(tmp_path, TOTAL)
    (folder / "broken.txt").write_bytes(b"\xff\xfe broken")
    dialogs.open_paths = [str(folder)]
    window.actions_["file.import_folder"].trigger()
    wait_for_import(qtbot, window)
    assert dialogs.said(f"Import finished: {TOTAL} added, 0 already present, 1 refused",
                        "broken.txt: not valid UTF-8")  # fmt: skip
    window.actions_["file.import_folder"].trigger()
    wait_for_import(qtbot, window)
    assert dialogs.said(f"Import finished: 0 added, {TOTAL} already present, 1 refused")
    assert window.documents.model.rowCount() == 2 + TOTAL


def test_closing_mid_import_cancels_and_says_nothing_after(
    window: MainWindow,
    tmp_path: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    db: Path,
    dialogs: Dialogs,
) -> None:
    folder = article_folder(tmp_path, TOTAL)
    _import_paused_at_half(window, dialogs, folder, qtbot, monkeypatch, release_on_cancel=True)
    window.close()  # cancels the import and waits for it
    QTest.qWait(50)  # the worker's last signal arrives after that
    assert not window.importer.running
    assert not dialogs.said("Import")  # no summary over a closed window
    assert len(rows(db, "SELECT id FROM document")) == 2 + HALF
