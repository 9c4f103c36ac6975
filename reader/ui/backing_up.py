"""Backups from the window: one taken in the background when a file is opened (after a
change since the last, and at most every `backups.EVERY`), stopped if the file closes
first, and the questions File ▸ Restore From Backup asks. The work is
`storage.backups`; the file session (`session`) runs the restore itself."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from reader import APP_NAME, paths
from reader.core.errors import KnownError
from reader.storage import backups
from reader.ui.i18n import number, said, tr
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
        self.stop()
        root = paths.backup_dir()
        self.task = run_task(
            lambda task: backups.take(path, root, every=backups.EVERY, should_stop=task.cancelled),
            "backup",
        )
        self.task.failed.connect(self._failed)

    def _failed(self, err: Exception) -> None:
        if isinstance(err, KnownError):
            log.warning("backup failed: %s", err)
            self.failed.emit(said(err))
        else:
            raise err  # a bug: the excepthook shows it

    def stop(self) -> None:
        """Stop a backup under way, within one step of its copy, leaving nothing of it
        (before closing or restoring its file: neither waits for a whole copy). The
        next open takes it again."""
        if self.task is not None:
            self.task.cancel()
            self.task.wait()


def when(backup: backups.Backup) -> str:
    """When the backup was taken, as the interface's locale writes a date and time."""
    taken = QDateTime.fromSecsSinceEpoch(int(backup.taken.timestamp()))  # local time
    return QLocale().toString(taken, "yyyy-MM-dd HH:mm:ss")


def _describe(backup: backups.Backup) -> str:
    return tr("{when} — {annotations} annotations, {articles} articles").format(
        when=when(backup), annotations=number(backup.annotations), articles=number(backup.articles)
    )


def choose(
    parent: QWidget | None, path: Path, found: list[backups.Backup]
) -> backups.Backup | None:
    labels = [_describe(b) for b in found]
    answer, ok = QInputDialog.getItem(
        parent, tr("{APP_NAME} — Restore From Backup").format(APP_NAME=APP_NAME),
        tr("Backups of {name}, newest first:").format(name=path.name), labels, 0, False,
    )  # fmt: skip
    return found[labels.index(answer)] if ok and answer in labels else None


def confirmed(parent: QWidget | None, path: Path, chosen: backups.Backup) -> bool:
    answer = QMessageBox.question(
        parent,
        tr("{APP_NAME} — Restore From Backup").format(APP_NAME=APP_NAME),
        tr(
            "Replace everything in {path} with the backup of {describe}?\n\nWhat the file "
            "holds now is backed up first, so you can go back to it."
        ).format(path=path, describe=_describe(chosen)),
    )
    return answer == QMessageBox.StandardButton.Yes
