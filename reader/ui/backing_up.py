"""Backups from the window: one taken in the background whenever a file is opened (after
a change since the last), and the questions File ▸ Restore From Backup asks. The work is
`storage.backups`; the file session (`session`) runs the restore itself."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from reader import APP_NAME, paths
from reader.core.errors import KnownError
from reader.storage import backups
from reader.ui.tasks import Task, run_task

log = logging.getLogger(__name__)


class FileBackups(QObject):
    failed = Signal(str)  # why no backup was taken, in plain words

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.task: Task | None = None

    def start(self, path: Path | None) -> None:
        """Back up `path` in the background; a file in memory has nothing to back up."""
        if path is None:
            return
        self.wait()
        root = paths.backup_dir()
        self.task = run_task(lambda _task: backups.take(path, root), "backup")
        self.task.failed.connect(self._failed)

    def _failed(self, err: Exception) -> None:
        if isinstance(err, KnownError):
            log.warning("backup failed: %s", err)
            self.failed.emit(str(err))
        else:
            raise err  # a bug: the excepthook shows it

    def wait(self) -> None:
        """Let a backup under way finish (before closing or restoring its file)."""
        if self.task is not None:
            self.task.wait()


def when(backup: backups.Backup) -> str:
    return backup.taken.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _describe(backup: backups.Backup) -> str:
    return f"{when(backup)} — {backup.annotations:,} annotations, {backup.articles:,} articles"


def choose(
    parent: QWidget | None, path: Path, found: list[backups.Backup]
) -> backups.Backup | None:
    labels = [_describe(b) for b in found]
    answer, ok = QInputDialog.getItem(
        parent, f"{APP_NAME} — Restore From Backup",
        f"Backups of {path.name}, newest first:", labels, 0, False,
    )  # fmt: skip
    return found[labels.index(answer)] if ok and answer in labels else None


def confirmed(parent: QWidget | None, path: Path, chosen: backups.Backup) -> bool:
    answer = QMessageBox.question(
        parent,
        f"{APP_NAME} — Restore From Backup",
        f"Replace everything in {path} with the backup of {_describe(chosen)}?\n\n"
        "What the file holds now is backed up first, so you can go back to it.",
    )
    return answer == QMessageBox.StandardButton.Yes
