"""The search index built behind the articles while the window is open.

An import commits the articles alone, so they can be read and tagged at once; this
builds their search index in the background, a short transaction a step (a tag waits
for one step at most), and shows how far it is in the status bar. Closing the file
stops it between steps; the next open goes on from there. A search meanwhile is whole:
the articles not indexed yet are read one by one (`storage.search`). The work is
`storage.importer.index_behind`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from reader.ui import dialogs
from reader.ui.i18n import number, tr
from reader.ui.tasks import Task, run_task

if TYPE_CHECKING:
    from reader.storage.db import AnnotationFile

log = logging.getLogger(__name__)


class SearchIndexing(QObject):
    """At most one build of the open file's index at a time."""

    progressed = Signal(int, int)  # articles indexed so far, of how many
    ended = Signal()  # the build finished, stopped or failed
    failed = Signal(str)  # why it stopped, in plain words

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.task: Task | None = None
        self._again: AnnotationFile | None = None  # articles added while a build ran

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def start(self, file: AnnotationFile) -> None:
        """Index what waits in `file`, unless it cannot be written or a team server
        indexes as it goes; a build under way goes on, and another follows it for what
        was added meanwhile."""
        if file.read_only or file.is_team or file.path is None:
            return  # (a file in memory has one connection: no second thread on it)
        if self.running:
            self._again = file
            return
        self.task = task = run_task(lambda t: _build(file, t), "search-index")
        task.progressed.connect(self.progressed)
        task.done.connect(lambda _indexed: self._done())
        task.failed.connect(lambda err: self._failed(file, err))
        task.abandoned.connect(self.ended)

    def stop(self) -> None:
        """Stop between two steps (the file closes, or an import starts); what was
        indexed stays, and the next start goes on from there."""
        self._again = None
        if self.task is not None:
            self.task.abandon()

    def _done(self) -> None:
        self.ended.emit()
        again, self._again = self._again, None
        if again is not None:
            self.start(again)

    def _failed(self, file: AnnotationFile, err: Exception) -> None:
        log.warning("search index not built: %r", err)
        self.ended.emit()
        self.failed.emit(dialogs.brief(err, file))


def _build(file: AnnotationFile, task: Task) -> int:
    from reader.storage.importer import index_behind  # SQLAlchemy: in this thread

    def report(done: int, total: int) -> None:
        if task.total != total:
            task.set_total(total)
        task.advance(done)

    return index_behind(file, report, task.cancelled)


class IndexingStatus(QWidget):
    """The status bar's word on the build: "Indexing for search: 3,400 of 10,000"."""

    def __init__(self, indexing: SearchIndexing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.setToolTip(
            tr(
                "The new articles can be read and tagged now. Until their search index is "
                "built, Search All Articles reads them one by one, after the indexed ones."
            )
        )
        self.hide()
        indexing.progressed.connect(self.show_progress)
        indexing.ended.connect(self.hide)

    def show_progress(self, done: int, total: int) -> None:
        if not total:
            return
        self.label.setText(
            tr("Indexing for search: {done} of {total}").format(
                done=number(done), total=number(total)
            )
        )
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.show()
