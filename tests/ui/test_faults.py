"""The window under faults: a lock held past the timeout, a full disk, a read-only
disk, the file deleted or moved while open. Each time the user is told what happened in
plain words, the edit is not shown as saved, the window goes on working, and the edit
can be tried again (or carried on in a copy when the file can no longer be written)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from reader.storage import db as storage_db
from reader.ui import dialogs as ui_dialogs
from reader.ui.main_window import MainWindow
from tests.conftest import fill_disk, make_read_only
from tests.ui.conftest import Dialogs, rows
from tests.ui.test_editing import tag

MakeWindow = Callable[..., MainWindow]


def _not_saved(window: MainWindow) -> bool:
    return "NOT saved" in window.save_status.text() and window.session.undo_stack.count() == 0


def test_a_lock_held_past_the_timeout_is_explained_and_try_again_saves(
    make_window: MakeWindow, db: Path, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage_db, "LOCK_TIMEOUT_S", 0.2)
    window = make_window()
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program in the middle of writing
    states: list[bool] = []

    def second_ask_releases_the_lock() -> None:
        status = window.save_status.text()
        states.append(_not_saved(window) and rows(db) == [])
        assert "another program is writing to the file" in status and "SQL" not in status
        if len(dialogs.offered) == 2:
            other.execute("ROLLBACK")

    dialogs.while_asked = second_ask_releases_the_lock
    dialogs.failure_answers = [ui_dialogs.RETRY, ui_dialogs.RETRY]
    tag(window, "البوكمال", Qt.Key.Key_2)
    other.close()
    assert dialogs.said("being changed by another program", "0.2 seconds", str(db))
    assert dialogs.offered == [(ui_dialogs.RETRY,)] * 2
    assert states == [True, True]  # never shown as saved while it was not
    assert [(r[1], r[4]) for r in rows(db)] == [("PLACE", "البوكمال")]
    assert window.session.undo_stack.count() == 1
    assert "All changes saved" in window.save_status.text()


def test_a_full_disk_is_explained_and_try_again_saves_once_space_is_free(
    make_window: MakeWindow, small_disk: Path, dialogs: Dialogs
) -> None:
    path = small_disk / "mine.qari.sqlite"
    window = make_window(path)
    tag(window, "الجيش العربي السوري", Qt.Key.Key_1)
    filler = fill_disk(small_disk)
    dialogs.failure_answers = [ui_dialogs.RETRY]
    dialogs.while_asked = lambda: filler.unlink(missing_ok=True)
    # Several edits may still fit in pages the file has; tag until the disk refuses one.
    for needle in ("البوكمال", "دير الزور", "الفرات", "التحالف", "الرقة"):
        if dialogs.offered:
            break
        tag(window, needle, Qt.Key.Key_2)
        window.article_pane.deselect()
    assert dialogs.said("is full", str(path), "Free some space")
    assert dialogs.offered == [(ui_dialogs.RETRY,)]
    assert len(rows(path)) == window.session.undo_stack.count()  # the retried edit is saved too
    assert "All changes saved" in window.save_status.text()


def test_a_read_only_disk_opens_for_reading_and_offers_a_copy_to_annotate(
    make_window: MakeWindow, small_disk: Path, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = small_disk / "mine.qari.sqlite"
    make_window(path).close()
    make_read_only(small_disk)
    before = path.read_bytes()
    window = make_window(path)
    assert window.windowTitle().endswith("[read-only]")
    assert "Read-only (the file is read-only)" in window.save_status.text()
    assert window.documents.model.rowCount() == 2  # reading works
    copy = tmp_path / "mine copy.qari.sqlite"
    dialogs.save_path = str(copy)
    dialogs.failure_answers = [ui_dialogs.COPY]
    tag(window, "البوكمال", Qt.Key.Key_2)
    assert dialogs.said("is open read-only", "Save a Copy As")
    assert window.session.file.path == copy and not window.session.file.read_only
    assert [r[1] for r in rows(copy)] == ["PLACE"]  # the edit, carried on in the copy
    assert path.read_bytes() == before


def test_a_file_deleted_while_open_is_saved_as_a_copy_and_the_edit_goes_there(
    window: MainWindow, db: Path, dialogs: Dialogs, tmp_path: Path
) -> None:
    tag(window, "الجيش العربي السوري", Qt.Key.Key_1)
    db.unlink()
    copy = tmp_path / "rescued.qari.sqlite"
    dialogs.save_path = str(copy)
    dialogs.failure_answers = [ui_dialogs.COPY]
    tag(window, "البوكمال", Qt.Key.Key_2)
    assert dialogs.said("was moved, renamed, deleted", str(db))
    assert dialogs.offered == [(ui_dialogs.COPY,)]
    assert [r[1] for r in rows(copy)] == ["ACTOR", "PLACE"]
    assert window.session.file.path == copy and copy.name in window.windowTitle()
    assert window.reading.annotations.rowCount() == 2


def test_a_file_moved_while_open_is_noticed_and_rescued_on_closing(
    window: MainWindow, db: Path, dialogs: Dialogs, tmp_path: Path
) -> None:
    tag(window, "الجيش العربي السوري", Qt.Key.Key_1)
    db.rename(tmp_path / "elsewhere.qari.sqlite")
    window.refresh()
    assert "was moved or deleted outside Qari" in window.save_status.text()
    tag(window, "البوكمال", Qt.Key.Key_2)  # refused; the user declines a copy
    assert dialogs.offered == [(ui_dialogs.COPY,)]
    assert "NOT saved" in window.save_status.text() and window.session.undo_stack.count() == 1
    assert window.reading.annotations.rowCount() == 1
    window.close()
    rescued = [m for m in dialogs.messages if "copied to" in m]
    assert len(rescued) == 1
    copy = Path(rescued[0].split("copied to:")[1].split()[0])
    assert [r[1] for r in rows(copy)] == ["ACTOR"]


def test_a_pause_in_editing_moves_the_wal_into_the_file(
    window: MainWindow, db: Path, qtbot: Any
) -> None:
    tag(window, "البوكمال", Qt.Key.Key_2)
    window.session.checkpoint_timer.setInterval(10)
    tag(window, "الفرات", Qt.Key.Key_2)
    wal = Path(f"{db}-wal")
    qtbot.waitUntil(lambda: not window.session.checkpoint_timer.isActive(), timeout=3000)
    # A plain copy of the file alone, without its -wal, now holds every edit.
    alone = db.with_name("alone.qari.sqlite")
    alone.write_bytes(db.read_bytes())
    assert wal.exists() and len(rows(alone)) == 2
