"""Importing articles in the background: a worker thread, a progress dialog with Cancel,
and a summary at the end. The window stays usable meanwhile (reading and tagging go on;
SQLite's WAL lets both write in turn, each batch being one short transaction)."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from reader import APP_NAME
from reader.core.articles import count_articles, iter_drafts
from reader.storage.db import AnnotationFile

if TYPE_CHECKING:
    from reader.storage.importer import ImportReport

PROGRESS_EVERY_S = 0.05  # at most 20 progress signals a second cross to the window


class ImportThread(QThread):
    """Counts, then imports; signals are delivered in the window's thread."""

    counted = Signal(int)
    progressed = Signal(int)
    succeeded = Signal(object)  # ImportReport
    failed = Signal(object)  # the exception

    def __init__(self, file: AnnotationFile, sources: list[Path], batch_size: int | None) -> None:
        super().__init__()
        self.file, self.sources, self.batch_size = file, sources, batch_size
        self._stop = threading.Event()
        self._last_signal = 0.0

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        from reader.storage.importer import BATCH, import_articles  # SQLAlchemy: on first use

        try:
            self.counted.emit(count_articles(self.sources))
            report = import_articles(
                self.file, iter_drafts(self.sources), self._progress, self._stop.is_set,
                self.batch_size or BATCH,
            )  # fmt: skip
        except Exception as err:  # reported by the window, which keeps running
            self.failed.emit(err)
            return
        self.succeeded.emit(report)

    def _progress(self, seen: int) -> None:
        now = time.monotonic()
        if now - self._last_signal >= PROGRESS_EVERY_S:
            self._last_signal = now
            self.progressed.emit(seen)


class ArticleImporter(QObject):
    """One background import at a time, for the window that owns it."""

    finished = Signal(object)  # ImportReport, or None when it failed
    failure = Signal(str, object)  # title, exception

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.thread: ImportThread | None = None
        self.dialog: QProgressDialog | None = None
        self.batch_size: int | None = None  # None: the importer's own (tests set a small one)

    @property
    def running(self) -> bool:
        return self.thread is not None

    def start(self, file: AnnotationFile, sources: list[Path]) -> None:
        if self.thread is not None or not sources:
            return
        self.thread = ImportThread(file, sources, self.batch_size)
        self.dialog = self._progress_dialog()
        self.dialog.canceled.connect(self.cancel)
        self.thread.counted.connect(self.dialog.setMaximum)
        self.thread.progressed.connect(self._progressed)
        thread = self.thread
        thread.succeeded.connect(lambda report: self._succeeded(thread, report))
        thread.failed.connect(lambda err: self._failed(thread, err))
        self.thread.start()

    def _progress_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog("Counting articles…", "Cancel", 0, 0, self.window)
        dialog.setWindowTitle(f"{APP_NAME} — Importing")
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.setToolTip("Articles are saved in batches; Cancel keeps the batches already saved")
        return dialog

    def _progressed(self, seen: int) -> None:
        if self.dialog is not None:
            total = self.dialog.maximum()
            self.dialog.setLabelText(f"Importing article {seen:,} of {total:,}…")
            self.dialog.setValue(min(seen, total))

    def cancel(self) -> None:
        if self.thread is not None:
            self.thread.cancel()
            if self.dialog is not None:
                self.dialog.setLabelText("Cancelling: finishing the batch being saved…")

    def wait(self) -> None:
        """Cancel and wait for the worker (the window is closing or changing file)."""
        thread = self.thread
        if thread is not None:
            thread.cancel()
            thread.wait()
            self._done()

    def _succeeded(self, thread: ImportThread, report: ImportReport) -> None:
        if thread is not self.thread:  # arrived after `wait()` ended it: the file is gone
            return
        self._done()
        self.finished.emit(report)
        show_summary(self.window, report)

    def _failed(self, thread: ImportThread, err: Exception) -> None:
        if thread is not self.thread:
            return
        self._done()
        self.finished.emit(None)
        self.failure.emit("Import failed", err)

    def _done(self) -> None:
        if self.thread is not None:
            self.thread.wait()
            self.thread.deleteLater()
            self.thread = None
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def show_summary(parent: QWidget, report: ImportReport) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning if report.problems else QMessageBox.Icon.Information,
        f"{APP_NAME} — Import",
        f"Import finished: {report.summary()}.",
        parent=parent,
    )
    if report.cancelled:
        box.setText(
            f"Import cancelled: {report.summary()} before it stopped. The other articles "
            "were not imported; import them again to add them (articles already added are "
            "skipped)."
        )
    if report.problems:
        box.setInformativeText("Articles not added:\n" + "\n".join(report.problems[:8]))
        box.setDetailedText("\n".join(report.problems))
    box.exec()
