"""File ▸ Import: annotation files are shown first (annotator's name, label mapping) and
imported at once; articles import in the background: a worker task, a progress dialog
with Cancel, and a summary at the end. The window stays usable meanwhile (reading and
tagging go on; SQLite's WAL lets both write in turn, each batch being one short
transaction)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from reader import APP_NAME
from reader.core.articles import count_articles, iter_drafts
from reader.storage.db import AnnotationFile
from reader.ui import dialogs
from reader.ui.i18n import number, said, tr
from reader.ui.tasks import Task, TaskProgress, run_task

if TYPE_CHECKING:
    from reader.storage.importer import ImportReport
    from reader.ui.session import FileSession


class ArticleImporter(QObject):
    """One background import at a time, into the session's file."""

    added = Signal()  # documents or annotations were added: the list reads them again
    running_changed = Signal(bool)

    def __init__(self, session: FileSession, owner: QWidget) -> None:
        """`owner` is the widget the dialogs and the summary belong to (the window)."""
        super().__init__(owner)
        self.session = session
        self.owner = owner
        self.task: Task | None = None
        self.dialog: TaskProgress | None = None
        self.batch_size: int | None = None  # None: the importer's own (tests set a small one)

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def import_chosen(self) -> None:
        self.import_paths(dialogs.choose_articles(self.owner))

    def import_folder(self) -> None:
        folder = dialogs.choose_article_folder(self.owner)
        self.import_paths([folder] if folder else [])

    def import_paths(self, sources: list[Path]) -> None:
        """Annotation files among `sources` now, after asking; articles in the background."""
        if self.running:
            self.session.message.emit(tr("An import is running; wait for it or cancel it."), 5000)
            return
        file = self.session.file
        articles = dialogs.import_into(self.owner, file, sources)
        if articles:
            self.session.track(self.start(file, articles))
            self.running_changed.emit(True)
        self.added.emit()  # the annotation files' documents (their index waits for articles)

    def start(self, file: AnnotationFile, sources: list[Path]) -> Task:
        """Import the articles in `sources` into `file` in the background."""
        batch = self.batch_size
        self.task = task = run_task(lambda t: _import(file, sources, t, batch), "import")
        self.dialog = TaskProgress(
            task, self.owner, tr("Importing"), tr("Counting articles…"),
            lambda done, total: tr("Importing article {done} of {total}…").format(
                done=number(done), total=number(total)
            ),
            cancelling=tr("Cancelling: finishing the batch being saved…"),
        )  # fmt: skip
        self.dialog.setToolTip(
            tr("Articles are saved in batches; Cancel keeps the batches already saved")
        )
        task.done.connect(self._succeeded)
        task.failed.connect(lambda err: self._failed(file, err))
        task.abandoned.connect(self._ended)
        return task

    def _ended(self) -> None:
        self.running_changed.emit(False)
        self.added.emit()

    def _succeeded(self, report: ImportReport) -> None:
        self._ended()
        show_summary(self.owner, report)

    def _failed(self, file: AnnotationFile, err: Exception) -> None:
        self._ended()
        dialogs.report_failure(self.owner, tr("Import failed"), err, file)


def _import(
    file: AnnotationFile, sources: list[Path], task: Task, batch: int | None
) -> ImportReport:
    from reader.storage.importer import BATCH, import_articles  # SQLAlchemy: on first use

    task.set_total(count_articles(sources))
    return import_articles(file, iter_drafts(sources), task.advance, task.cancelled, batch or BATCH)


def show_summary(parent: QWidget, report: ImportReport) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning if report.problems else QMessageBox.Icon.Information,
        tr("{APP_NAME} — Import").format(APP_NAME=APP_NAME),
        tr("Import finished: {summary}.").format(summary=report.summary()),
        parent=parent,
    )
    if report.cancelled:
        box.setText(
            tr(
                "Import cancelled: {summary} before it stopped. The other articles were not "
                "imported; import them again to add them (articles already added are "
                "skipped)."
            ).format(summary=report.summary())
        )
    if report.problems:
        problems = [said(problem) for problem in report.problems]
        box.setInformativeText(tr("Articles not added:\n") + "\n".join(problems[:8]))
        box.setDetailedText("\n".join(problems))
    box.exec()
