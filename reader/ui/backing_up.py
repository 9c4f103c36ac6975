"""Backups from the window: one taken in the background whenever a file is opened (after
a change since the last), and File ▸ Restore From Backup. The work is `storage.backups`."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox

from reader import APP_NAME, paths
from reader.core.errors import KnownError
from reader.storage import backups
from reader.ui import dialogs

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class FileBackups(QObject):
    failed = Signal(str)  # why, in plain words (emitted from the backup thread)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._thread: threading.Thread | None = None

    def start(self, path: Path | None) -> None:
        """Back up `path` in the background; a file in memory has nothing to back up."""
        if path is None:
            return
        self.wait()
        self._thread = threading.Thread(
            target=self._take, args=(path, paths.backup_dir()), name="qari-backup", daemon=True
        )
        self._thread.start()

    def _take(self, path: Path, root: Path) -> None:
        try:
            backups.take(path, root)
        except KnownError as err:
            log.warning("backup failed: %s", err)
            self.failed.emit(str(err))

    def wait(self) -> None:
        """Let a backup under way finish (before closing or restoring its file)."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def restore(self) -> None:
        """Choose one of the open file's backups, confirm, and put it back."""
        window = self.window
        path = window.file.path
        if path is None or window.importer.running:
            dialogs.show_error(window, "Cannot restore now", _why_not(path))
            return
        self.wait()
        found = backups.list_backups(path, paths.backup_dir())
        if not found:
            why = f"There are no backups of {path} yet. One is taken each time it is opened."
            dialogs.show_error(window, "No backups yet", why)
            return
        chosen = _choose(window, path, found)
        if chosen is None or not _confirmed(window, path, chosen):
            return
        window.close_file()
        try:
            before = backups.restore(chosen.path, path, paths.backup_dir())
        except KnownError as err:
            dialogs.report_failure(window, "Nothing was restored", err)
            before = None
        window.switch_to(path)
        if before is not None:
            window.statusBar().showMessage(
                f"Restored the backup of {_when(chosen)}. What the file held before is itself "
                "a backup now, so you can go back to it the same way.", 10000
            )  # fmt: skip


def _why_not(path: Path | None) -> str:
    if path is None:
        return "This annotation file lives in memory and has no backups."
    return "An import is running; wait for it or cancel it, then restore."


def _when(backup: backups.Backup) -> str:
    return backup.taken.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _describe(backup: backups.Backup) -> str:
    return f"{_when(backup)} — {backup.annotations:,} annotations, {backup.articles:,} articles"


def _choose(window: MainWindow, path: Path, found: list[backups.Backup]) -> backups.Backup | None:
    labels = [_describe(b) for b in found]
    answer, ok = QInputDialog.getItem(
        window, f"{APP_NAME} — Restore From Backup",
        f"Backups of {path.name}, newest first:", labels, 0, False,
    )  # fmt: skip
    return found[labels.index(answer)] if ok and answer in labels else None


def _confirmed(window: MainWindow, path: Path, chosen: backups.Backup) -> bool:
    answer = QMessageBox.question(
        window,
        f"{APP_NAME} — Restore From Backup",
        f"Replace everything in {path} with the backup of {_describe(chosen)}?\n\n"
        "What the file holds now is backed up first, so you can go back to it.",
    )
    return answer == QMessageBox.StandardButton.Yes
