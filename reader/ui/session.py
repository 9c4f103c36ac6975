"""The open annotation file and its life in the window: the store every edit commits
through, the undo stack, the backup taken on opening, the WAL checkpoint after a pause,
switching to another file, Save a Copy As, restoring a backup, and the rescue of a file
moved or deleted while open. Background work on the file (`track`) is waited for before
the file closes. The status line (`status_changed`) says whether the last change is saved.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from reader import paths
from reader.core.annotations import DocumentText
from reader.core.errors import KnownError
from reader.core.labels import LabelDef
from reader.core.links import LinkRecord, LinkTypeDef
from reader.core.span_index import IndexedSpan
from reader.services.annotation_files import open_annotation_file
from reader.storage import backups, reads
from reader.storage.db import AnnotationFile, preload
from reader.ui import backing_up, dialogs, team_dialogs
from reader.ui.errors import show_error
from reader.ui.i18n import said, tr
from reader.ui.indexing import SearchIndexing
from reader.ui.store import AnnotationStore
from reader.ui.tasks import Task

if TYPE_CHECKING:
    from reader.storage.search import SearchResult

log = logging.getLogger(__name__)

CHECKPOINT_AFTER_MS = 2000  # a pause in editing this long moves the WAL into the file


class FileSession(QObject):
    opened = Signal()  # another file is open: everything shown comes from it now
    status_changed = Signal(str, bool)  # the status line, and whether it is an alarm
    message = Signal(str, int)  # a passing line for the status bar, for ms

    def __init__(self, file: AnnotationFile, owner: QWidget) -> None:
        """`owner` is the widget the session's dialogs belong to (the window)."""
        super().__init__(owner)
        self.owner = owner
        self.file = file
        self.store = AnnotationStore(file, self)
        self.undo_stack = QUndoStack(self)
        self.labels: list[LabelDef] = reads.list_labels(file.reader)
        self.link_types: list[LinkTypeDef] = reads.list_link_types(file.reader)
        self.backups = backing_up.FileBackups(self)
        self.indexing = SearchIndexing(self)
        self.checkpoint_timer = QTimer(self, singleShot=True, interval=CHECKPOINT_AFTER_MS)
        self.preloading: threading.Thread | None = None  # SQLAlchemy, after the first paint
        self._tasks: list[Task] = []
        self._rescued: AnnotationFile | None = None  # a moved file already copied whole
        self.checkpoint_timer.timeout.connect(self._checkpoint)
        self.store.saved.connect(self.mark_saved)
        self.store.saved.connect(self.checkpoint_timer.start)
        self.backups.failed.connect(
            lambda why: self.message.emit(tr("⚠ No backup was taken: {why}").format(why=why), 15000)
        )
        self.indexing.failed.connect(
            lambda why: self.message.emit(
                tr("⚠ The search index was not finished: {why}. Search reads the articles "
                   "not indexed one by one; the index goes on when the file is next "
                   "opened.").format(why=why),
                15000,
            )
        )  # fmt: skip

    # ---------------------------------------------------------------- work on the file

    def track(self, task: Task) -> Task:
        """Background work on this file: cancelled and waited for before it closes."""
        self._tasks = [t for t in self._tasks if t.running]
        self._tasks.append(task)
        return task

    @property
    def busy(self) -> bool:
        return any(t.running for t in self._tasks)

    def _finish_tasks(self) -> None:
        for task in self._tasks:
            task.abandon()
        self._tasks.clear()
        self.backups.stop()
        self.indexing.stop()

    # Whose spans the article shows: None for everyone's, else one annotator's (on a team
    # database, one's own until asked for the others': View > Show Everyone's Spans).
    whose: str | None = None

    def read_document(
        self, document_id: int | None
    ) -> tuple[DocumentText | None, list[IndexedSpan], list[LinkRecord]]:
        """An article, what the view draws of its annotations, and its links, read from
        the file."""
        if document_id is None:
            return None, [], []
        document = reads.get_document(self.file.reader, document_id)
        if document is None:
            return None, [], []
        con = self.file.reader
        spans = reads.list_spans(con, document_id, self.whose)
        links = reads.list_links(con, document_id)
        if self.whose is not None:  # only the links between the spans shown
            shown = {s.id for s in spans}
            links = [k for k in links if k.claim_id in shown and k.target_id in shown | {None}]
        return document, spans, links

    def search(self, query: str, limit: int) -> SearchResult:
        """Search every article of the file (Search All Articles)."""
        from reader.storage import search  # SQLAlchemy and FTS: on the first search

        with self.file.session() as s:
            return search.search(s, query, limit=limit)

    # ---------------------------------------------------------------- switching files

    def attach(self, file: AnnotationFile) -> None:
        """Work on `file` from now on; the one open before is closed."""
        if file is not self.file:
            self._finish_tasks()  # their work belongs to the file being left
            self.rescue_if_stranded()
            self.file.close()
            self.file = file
            self.store.use(file)
        self.undo_stack.clear()  # commands belong to the file they edited
        self.labels = reads.list_labels(file.reader)
        self.link_types = reads.list_link_types(file.reader)
        self.opened.emit()
        self.show_file_status()

    def switch_to(self, location: Path | str) -> bool:
        """Open the annotation file at `location` (a path, or a team database's URL,
        asking for its password when the server wants one) instead; False (after saying
        why) if not."""
        try:
            file = team_dialogs.with_password(
                self.owner, location, lambda pw: open_annotation_file(location, False, pw)
            )
        except Exception as err:  # KnownError or a driver error: say it, keep this file
            dialogs.report_failure(self.owner, tr("Could not open the annotation file"), err)
            return False
        if file is None:  # no password given
            return False
        self.attach(file)
        return True

    def start_background(self) -> None:
        """What runs behind an open file: its backup, and its search index catching up."""
        # A file that cannot change needs no new backup; a team database's server keeps
        # its own.
        if not self.file.read_only and self.file.path is not None:
            self.backups.start(self.file.path)
        self.build_index()

    def build_index(self) -> None:
        """Index the articles that wait for it, in the background."""
        self.indexing.start(self.file)

    def after_first_paint(self) -> None:
        """The first screen was read without SQLAlchemy; load it now, in the background,
        so the first edit does not wait for it, and take the opening backup."""
        if self.preloading is None:
            self.preloading = preload()
            self.start_background()

    def close(self) -> None:
        self._finish_tasks()
        self.checkpoint_timer.stop()
        self.rescue_if_stranded()
        self.file.close()

    # ---------------------------------------------------------------- the status line

    def mark_saved(self) -> None:
        stamp = QLocale().toString(QTime.currentTime(), "HH:mm:ss")  # the locale's digits
        self.status_changed.emit(
            tr("✓ All changes saved {stamp} — {display_name}").format(
                stamp=stamp, display_name=self.file.display_name
            ),
            False,
        )

    def mark_unsaved(self, err: Exception) -> None:
        self.status_changed.emit(
            tr("✗ Last change NOT saved: {brief}").format(brief=dialogs.brief(err, self.file)), True
        )

    def show_file_status(self) -> None:
        if self.file.read_only:
            self.status_changed.emit(
                tr(
                    "Read-only ({read_only}): nothing can be changed. File ▸ Save a Copy As… "
                    "makes a copy to annotate."
                ).format(read_only=self.file.read_only),
                True,
            )
        else:
            where = (
                tr("Team database: {display_name}") if self.file.is_team
                else tr("Annotation file: {display_name}")
            )  # fmt: skip
            self.status_changed.emit(where.format(display_name=self.file.display_name), False)

    def check_in_place(self) -> None:
        """Warn as soon as the window is used again if its file was moved or deleted
        meanwhile, before an edit finds out."""
        if not self.file.is_in_place():
            self.status_changed.emit(
                tr(
                    "⚠ {display_name} was moved or deleted outside Qari; edits cannot be "
                    "saved to it. File ▸ Save a Copy As… keeps everything in it."
                ).format(display_name=self.file.display_name),
                True,
            )

    # ---------------------------------------------------------------- copies and backups

    def save_copy(self) -> bool:
        """File ▸ Save a Copy As…: everything in the open file, written to a new file.
        When the open file can no longer be written (moved, deleted, read-only), work
        goes on in the copy. Whether a copy was written."""
        target = dialogs.choose_copy_path(self.owner, self.file)
        if target is None:
            return False
        stranded = bool(self.file.read_only) or not self.file.is_in_place()
        try:
            self._write_copy(target)
        except KnownError as err:
            show_error(self.owner, tr("The copy was not saved"), said(err))
            return False
        if stranded:
            self._rescued = self.file  # the copy holds all of it: no rescue on leaving
            self.switch_to(target)
        self.message.emit(tr("Copy saved: {target}").format(target=target), 8000)
        return True

    def _write_copy(self, target: Path) -> None:
        """A file's copy through SQLite's backup; a team database's, pulled from it."""
        if self.file.is_team:
            from reader.services import team  # the import machinery: on first use
            from reader.storage.server import ServerFile

            assert isinstance(self.file, ServerFile)
            team.pull(self.file.location, target, self.file.password)
        else:
            self.file.save_copy(target)

    def rescue_if_stranded(self) -> None:
        """Closing a file that was moved or deleted while open: SQLite will not write the
        WAL into it, so edits not yet in the file would stay behind in the old -wal.
        Copy everything through the open connection into the backups folder first."""
        if self.file.read_only or self.file.is_in_place() or self.file is self._rescued:
            return
        assert self.file.path is not None
        target = backups.rescue_path(self.file.path, paths.backup_dir())
        title = tr("The annotation file was moved or deleted")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            self.file.save_copy(target)
        except (KnownError, OSError) as err:
            show_error(self.owner, title, dialogs.explain(err))
            return
        show_error(
            self.owner,
            title,
            tr(
                "{display_name} was moved or deleted while open. Everything it held, with "
                "every saved edit, was copied to:\n\n{target}\n\nOpen that copy with File ▸ Open "
                "Annotation File…"
            ).format(display_name=self.file.display_name, target=target),
        )

    def restore_backup(self) -> None:
        """File ▸ Restore From Backup: choose one of the open file's backups, confirm,
        and put it back (what the file holds now becomes a backup first)."""
        path = self.file.path
        if path is None or self.busy:
            why = tr("This annotation file lives in memory and has no backups.")
            if self.file.is_team:
                why = tr("A team database's backups are kept by its server; ask its "
                         "administrator. Save a Copy As… writes it all to a file of your own.")
            if path is not None:
                why = tr("An import or export is running; wait for it or cancel it, then restore.")
            show_error(self.owner, tr("Cannot restore now"), why)
            return
        self.backups.stop()
        found = backups.list_backups(path, paths.backup_dir())
        if not found:
            why = tr(
                "There are no backups of {path} yet. One is taken each time it is opened."
            ).format(path=path)
            show_error(self.owner, tr("No backups yet"), why)
            return
        chosen = backing_up.choose(self.owner, path, found)
        if chosen is None or not backing_up.confirmed(self.owner, path, chosen):
            return
        self.file.close()
        try:
            before = backups.restore(chosen.path, path, paths.backup_dir())
        except KnownError as err:
            dialogs.report_failure(self.owner, tr("Nothing was restored"), err)
            before = None
        self.switch_to(path)
        if before is not None:
            self.message.emit(
                tr(
"Restored the backup of {when}. What the file held before is "
"itself a backup now, so you can go back to it the same way."
).format(when=backing_up.when(chosen)), 10000
            )  # fmt: skip

    def _checkpoint(self) -> None:
        try:
            self.file.checkpoint()
        except Exception:  # the edits are committed in the WAL already; only log it
            log.exception("checkpoint of %s failed", self.file.display_name)
