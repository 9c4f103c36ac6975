"""One way to run work off the GUI thread.

`run_task(work, parent)` runs `work(task)` in a worker thread and returns the `Task` at
once. Its `done` (the result) or `failed` (the exception) signal fires on the GUI thread
when the work ends. The work is plain Python from the services and storage: it reports
how far it is with `task.set_total` and `task.advance`, and asks `task.cancelled()`
between steps; Cancel never interrupts a transaction, so what the work saved is whole.
`TaskProgress` shows a task as a progress dialog with Cancel (import, export, reading a
colleague's file).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from reader import APP_NAME
from reader.ui.i18n import tr

log = logging.getLogger(__name__)

PROGRESS_EVERY_S = 0.05  # at most 20 progress signals a second cross to the window
# Tasks whose outcome has not been delivered: kept alive here, so an owner that lets go
# of one (or a caller that never held it) cannot have it collected mid-way.
_LIVE: set[Task] = set()


class Task(QObject):
    """Work running in a worker thread; its signals arrive on the GUI thread."""

    done = Signal(object)  # the work's result
    failed = Signal(object)  # the exception it raised
    progressed = Signal(int, int)  # done so far, total (0 while unknown)
    abandoned = Signal()  # its outcome will never come (see `abandon`)
    # From the worker to this object, which lives on the GUI thread: a queued connection.
    _ended = Signal(object, object)  # result, exception

    def __init__(self, work: Callable[[Task], Any], name: str, parent: QObject | None) -> None:
        super().__init__(parent)
        self.work = work
        self.total = 0
        self.progress = 0  # done so far, as last reported
        self.running = True
        self._stop = threading.Event()
        self._abandoned = False
        self._last_report = 0.0
        self._thread = threading.Thread(target=self._run, name=f"qari-{name}", daemon=True)
        self._ended.connect(self._deliver)

    def start(self) -> None:
        _LIVE.add(self)
        self._thread.start()

    # ---------------------------------------------------------------- the worker's side

    def _run(self) -> None:
        try:
            result = self.work(self)
        except Exception as err:  # delivered to `failed`; the window says it and goes on
            log.info("task %s failed: %r", self._thread.name, err)
            self._ended.emit(None, err)
        else:
            self._ended.emit(result, None)

    def cancelled(self) -> bool:
        return self._stop.is_set()

    def set_total(self, total: int) -> None:
        self.total = total
        self.progressed.emit(0, total)

    def advance(self, done: int) -> None:
        """How much is done; sent on at most every PROGRESS_EVERY_S."""
        self.progress = done
        now = time.monotonic()
        if now - self._last_report >= PROGRESS_EVERY_S:
            self._last_report = now
            self.progressed.emit(done, self.total)

    # ---------------------------------------------------------------- the window's side

    def cancel(self) -> None:
        """Ask the work to stop at its next step; `failed` or `done` still follows."""
        self._stop.set()

    def wait(self) -> None:
        """Block until the work has ended (its signal follows on the event loop)."""
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join()

    def abandon(self) -> None:
        """Cancel, wait, and drop the outcome: what it was for is going away (the window
        closes, or another file is opened)."""
        if self._abandoned or not self.running:
            return
        self._abandoned = True
        self.cancel()
        self.wait()
        self.running = False
        self.abandoned.emit()

    def _deliver(self, result: object, err: Exception | None) -> None:
        self.wait()  # the thread has sent its last word: let it finish
        self.running = False
        _LIVE.discard(self)
        if self._abandoned:
            return
        if err is not None:
            self.failed.emit(err)
        else:
            self.done.emit(result)


def run_task(work: Callable[[Task], Any], name: str, parent: QObject | None = None) -> Task:
    """Start `work(task)` in a worker thread; see `Task` for what comes back."""
    task = Task(work, name, parent)
    task.start()
    return task


class TaskProgress(QProgressDialog):
    """A non-modal progress dialog with Cancel for one task; it closes when the task
    ends. `describe(done, total)` words the progress."""

    def __init__(
        self,
        task: Task,
        parent: QWidget | None,
        title: str,
        first_words: str,
        describe: Callable[[int, int], str],
        show_after_ms: int = 0,
        cancelling: str = tr("Cancelling: finishing the step under way…"),
    ) -> None:
        super().__init__(first_words, tr("Cancel"), 0, 0, parent)
        self.task: Task | None = task
        self.describe = describe
        self.cancelling = cancelling
        self.setWindowTitle(f"{APP_NAME} — {title}")
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setMinimumDuration(show_after_ms)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setValue(0)
        self.canceled.connect(self._cancel)
        task.progressed.connect(self._progressed)
        for ended in (task.done, task.failed, task.abandoned):
            ended.connect(self._close)
        if task.total:  # reported before this dialog listened
            self._progressed(task.progress, task.total)

    def _progressed(self, done: int, total: int) -> None:
        if total and self.maximum() != total:
            self.setMaximum(total)
        self.setLabelText(self.describe(done, total))
        self.setValue(min(done, total) if total else 0)

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.setLabelText(self.cancelling)

    def _close(self, _outcome: object = None) -> None:
        if self.task is None:
            return  # closed already
        self.task = None
        self.canceled.disconnect(self._cancel)  # closing a progress dialog "cancels" it
        self.close()
        self.deleteLater()
