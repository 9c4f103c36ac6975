"""Backups as a user meets them: one is taken when the window opens a file, and File ▸
Restore From Backup lists them with dates and counts and puts one back, after keeping
what the file held so that the restore itself can be undone the same way."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog

from reader import paths
from reader.storage import backups
from reader.ui.main_window import MainWindow
from tests.ui.conftest import Dialogs, find, rows, select_by_keyboard


class Chooser:
    """Stands in for the list of backups: records what it offered, picks `pick`."""

    def __init__(self) -> None:
        self.offered: list[str] = []
        self.pick = 0

    def __call__(self, *args: Any, **_kw: Any) -> tuple[str, bool]:
        self.offered = list(args[3])
        return self.offered[self.pick], True


@pytest.fixture
def chooser(monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> Chooser:
    chosen = Chooser()
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(chosen))
    return chosen


def _opened(window: MainWindow, qtbot: Any) -> None:
    """Wait for the backup the window takes once its first screen is painted."""
    qtbot.waitUntil(lambda: window.session.preloading is not None)
    task = window.session.backups.task
    assert task is not None
    task.wait()


def test_opening_a_file_backs_it_up(window: MainWindow, db: Path, qtbot: Any) -> None:
    _opened(window, qtbot)
    [taken] = backups.list_backups(db, paths.backup_dir())
    assert (taken.annotations, taken.articles) == (0, 2)
    assert taken.path.is_relative_to(paths.data_dir())


def test_closing_does_not_wait_for_a_backup_under_way(
    monkeypatch: pytest.MonkeyPatch, make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    """A copy that would go on for ever stops when the window closes."""
    stopped = threading.Event()

    def endless(*_args: Any, should_stop: Callable[[], bool], **_kw: Any) -> None:
        while not should_stop():
            time.sleep(0.005)
        stopped.set()

    monkeypatch.setattr(backups, "take", endless)
    window = make_window()
    qtbot.waitUntil(lambda: window.session.backups.task is not None)
    started = time.monotonic()
    window.close()
    assert stopped.is_set() and time.monotonic() - started < 5


def test_restore_puts_a_backup_back_and_can_itself_be_undone(
    window: MainWindow, db: Path, qtbot: Any, chooser: Chooser, dialogs: Dialogs
) -> None:
    _opened(window, qtbot)
    start, end = find(window, "البوكمال")
    select_by_keyboard(window, start, end)
    QTest.keyClick(window.article, Qt.Key.Key_2)
    assert len(rows(db)) == 1

    window.actions_["file.restore"].trigger()  # the one backup: taken at opening

    assert len(chooser.offered) == 1 and "0 annotations, 2 articles" in chooser.offered[0]
    assert rows(db) == []
    assert window.reading.annotations.rowCount() == 0
    assert window.documents.model.rowCount() == 2
    assert "Restored the backup" in window.statusBar().currentMessage()
    assert not window.session.undo_stack.canUndo()  # its commands were for the file as it was

    window.actions_["file.restore"].trigger()  # newest first: what the restore replaced

    assert "1 annotations" in chooser.offered[0]
    assert [r[2:4] for r in rows(db)] == [(start, end)]
    assert window.reading.annotations.rowCount() == 1
    assert not dialogs.messages


def test_no_backups_is_said_plainly(
    window: MainWindow, db: Path, qtbot: Any, chooser: Chooser, dialogs: Dialogs
) -> None:
    _opened(window, qtbot)
    for backup in backups.list_backups(db, paths.backup_dir()):
        backup.path.unlink()
    window.actions_["file.restore"].trigger()
    assert dialogs.said("There are no backups of", str(db))
    assert chooser.offered == []
