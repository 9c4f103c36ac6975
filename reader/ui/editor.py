"""Every edit the reader makes: tag, relabel, note, delete, move a boundary, tag all
occurrences. Each is an undoable command committed to the file before it is shown as
saved (`commands`). `run` is the one way to make an edit: when the commit fails it says
why, offers what may help (Try Again; Save a Copy As when the file can no longer be
written) and redraws from what the file really holds. Review decisions go through it too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog, QWidget

from reader.core.annotations import SpanDraft, draft_span
from reader.core.progress import Status
from reader.core.segments import Edge, move_edge, snap_to_graphemes, snap_to_words, word_bounds
from reader.settings import Settings
from reader.storage import reads
from reader.ui import dialogs
from reader.ui.commands import (
    AddAnnotation,
    DeleteAnnotation,
    EditAnnotation,
    SetStatus,
    TagOccurrences,
    quote,
)
from reader.ui.errors import show_error
from reader.ui.i18n import QT_TR_NOOP, tr
from reader.ui.reading import Reading
from reader.ui.session import FileSession
from reader.ui.store import edited
from reader.ui.tag_all import TagAllDialog

C = TypeVar("C", bound=QUndoCommand)
NO_NAME = QT_TR_NOOP(
    "No annotator name is set, so your annotations are recorded as “anonymous”. "
    "File ▸ Set Annotator Name… sets it (it is kept)."
)


class TextSelection(Protocol):
    """What the editor needs of the article view: the reader's text selection."""

    def selection_range(self) -> tuple[int, int] | None: ...

    def caret_offset(self) -> int: ...

    def clear_selection(self) -> None: ...


class Editor(QObject):
    def __init__(
        self,
        session: FileSession,
        reading: Reading,
        text: TextSelection,
        settings: Settings,
        owner: QWidget,
    ) -> None:
        """`owner` is the widget the editor's dialogs belong to (the window)."""
        super().__init__(owner)
        self.session = session
        self.reading = reading
        self.text = text
        self.settings = settings
        self.owner = owner
        # The entity a new span names at once (a confirmed name), set by the entities room.
        self.known_entity: Callable[[SpanDraft], int | None] = lambda _draft: None

    @property
    def annotator(self) -> str:
        if self.session.file.is_team:  # the database knows its members by login name
            return self.session.file.user
        return self.settings.annotator or "anonymous"

    # ---------------------------------------------------------------- running an edit

    def run(self, make: Callable[[], C]) -> C | None:
        """Make the edit (`make` commits it) and put it on the undo stack; None, after
        saying why and redrawing from the file, when it could not be saved."""
        while True:
            try:
                command = make()
            except Exception as err:
                self.session.mark_unsaved(err)
                if self._remedied(err):
                    continue  # `make` reads the session again: after a copy, the copy's
                self._show_saved_state()
                return None
            self.session.undo_stack.push(command)
            return command

    def _remedied(self, err: Exception) -> bool:
        """Tell the reader why the edit failed; whether what they chose lets it be tried
        again (Try Again, or a copy saved and opened)."""
        choice = dialogs.ask_after_failure(
            self.owner,
            tr("The change was not saved"),
            dialogs.explain(err, self.session.file),
            dialogs.remedies(err, self.session.file),
        )
        if choice == dialogs.COPY:
            return self.session.save_copy()
        return choice == dialogs.RETRY

    def undo_failed(self, err: Exception) -> None:
        """An undo or redo could not be committed: say so, and show what is saved."""
        show_error(
            self.owner, tr("Undo/redo was not saved"), dialogs.explain(err, self.session.file)
        )
        self.session.mark_unsaved(err)
        self._show_saved_state()

    def _show_saved_state(self) -> None:
        """Redraw the article from the file after a failed edit; the file may be
        unreadable too, which the status bar then says."""
        try:
            self.reading.show(*self.session.read_document(self.reading.document_id))
        except reads.READ_ERRORS as err:
            self.reading.say(dialogs.explain(err, self.session.file), 15000)

    # ---------------------------------------------------------------- the edits

    def tag(self, label: str) -> None:
        """Tag the selection (or the word at the caret) as `label`; with no selection and
        an annotation selected, relabel that annotation instead."""
        document = self.reading.document
        if document is None:
            return
        chosen = self.text.selection_range()
        if chosen is None and self.reading.selected_id:
            self.change_label(label)
            return
        if chosen is None:
            span = word_bounds(document.text, self.text.caret_offset())
        else:
            snap = snap_to_words if self.settings.snap_to_words else snap_to_graphemes
            span = snap(document.text, *chosen)
        if span is None:
            self.reading.say(tr("Select some words to tag first."))
            return
        draft = draft_span(document.id, document.text, span[0], span[1], label)
        try:
            existing = self.session.store.find_same(draft, self.annotator)
        except reads.READ_ERRORS as err:  # the file, or the team's server, cannot be read
            self.session.mark_unsaved(err)
            if self._remedied(err):
                self.tag(label)
            return
        if existing:
            self.reading.select(existing)
            self.reading.say(tr("Already tagged as {label}.").format(label=label))
            return
        store, annotator = self.session.store, self.annotator
        entity = self.known_entity(draft) if self.settings.link_known_names else None
        command = self.run(
            lambda: AddAnnotation(store, self.undo_failed, draft, annotator, entity_id=entity)
        )
        if command is not None:
            self.text.clear_selection()
            self.reading.select(command.record.id)
            if not self.settings.annotator:  # said after the selection's own line
                self.reading.say(tr(NO_NAME), 15000)

    def change_label(self, label: str) -> None:
        record = self.reading.selected_record()
        if record is None or record.label == label:
            return
        after = edited(record, label=label)
        self.run(
            lambda: EditAnnotation(
                self.session.store,
                self.undo_failed,
                record,
                after,
                tr("Relabel as {label}").format(label=label),
            )
        )

    def set_note(self, annotation_id: int, note: str) -> None:
        record = self.reading.record(annotation_id)
        if record is None:
            return
        after = edited(record, note=note)
        self.run(
            lambda: EditAnnotation(
                self.session.store, self.undo_failed, record, after, tr("Edit note")
            )
        )

    def edit_note(self) -> None:
        record = self.reading.selected_record()
        if record is None:
            self.reading.say(tr("Select an annotation to add a note to."))
            return
        note = dialogs.ask_note(self.owner, record)
        if note is not None and note != record.note:
            self.set_note(record.id, note)

    def delete_selected(self) -> None:
        """Delete the selected span; asked first when links go with it."""
        record = self.reading.selected_record()
        if record is None:
            return
        links = len(self.reading.links_of(record.id))
        what = f"{record.label} {quote(record.text)}"
        if links and not dialogs.confirm_unlinking(self.owner, what, links):
            return
        self.run(lambda: DeleteAnnotation(self.session.store, self.undo_failed, record))

    def nudge(self, edge: Edge, steps: int) -> None:
        """Move one boundary of the selected annotation by whole graphemes (negative is
        earlier in the text). The keys are bound for right-to-left reading: Alt+Right
        moves a boundary towards the start of the line, the way the arrow points."""
        record = self.reading.selected_record()
        document = self.reading.document
        if record is None or document is None:
            return
        start, end = move_edge(document.text, record.start, record.end, edge, steps)
        if (start, end) == (record.start, record.end):
            return
        draft = draft_span(record.document_id, document.text, start, end, record.label)
        after = edited(
            record, start=start, end=end, text=draft.text,
            context_before=draft.context_before, context_after=draft.context_after,
        )  # fmt: skip
        self.run(
            lambda: EditAnnotation(
                self.session.store, self.undo_failed, record, after, tr("Adjust boundary"),
                mergeable=True,
            )
        )  # fmt: skip

    def mark(self, status: Status) -> None:
        """Set the reader's status of the open article (to do, in progress, done, ...)."""
        doc = self.reading.document_id
        if doc is None:
            self.reading.say(tr("Open an article to mark it"))
            return
        text = tr("Mark Article {status}").format(status=tr(status.words))
        store, annotator = self.session.store, self.annotator
        if self.run(lambda: SetStatus(store, self.undo_failed, {doc: status}, annotator, text)):
            self.reading.say(tr("Your status of this article: {status}").format(
                status=tr(status.words)))  # fmt: skip

    def tag_all(self) -> None:
        """Tag the other occurrences of the selected annotation's text, as chosen in a
        preview, in one undoable step."""
        record = self.reading.selected_record()
        if record is None:
            self.reading.say(tr("Select an annotation whose text to tag elsewhere."))
            return
        from reader.services.occurrences import find_occurrences  # search: on first use

        file, annotator = self.session.file, self.annotator
        dialog = TagAllDialog(
            self.owner,
            record,
            lambda everywhere: find_occurrences(file, record, annotator, everywhere),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        drafts = [o.draft(record.label) for o in dialog.chosen()]
        if drafts:
            text = tr("Tag {drafts_count} occurrences of {quote} as {label}").format(
                drafts_count=len(drafts), quote=quote(record.text), label=record.label
            )
            self.run(
                lambda: TagOccurrences(
                    self.session.store, self.undo_failed, drafts, annotator, text
                )
            )
