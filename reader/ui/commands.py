"""One QUndoCommand per user action. The first execution happens before the command is
pushed, so a failed commit raises to the caller and never enters the undo history;
undo and redo commit through the same store."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from reader.core.annotations import AnnotationRecord, SpanDraft
from reader.core.entities import RegistryChange
from reader.core.links import LinkRecord
from reader.core.progress import Status
from reader.core.text import embed_rtl
from reader.storage.reads import stored_statuses
from reader.ui.i18n import tr
from reader.ui.store import AnnotationStore

log = logging.getLogger(__name__)

# Called with the exception when an undo or redo could not be committed.
ErrorSink = Callable[[Exception], None]


def quote(text: str, limit: int = 24) -> str:
    """«An Arabic phrase» cut to `limit` characters, for English messages."""
    return embed_rtl(f"«{text if len(text) <= limit else text[: limit - 1] + '…'}»")


class _StoreCommand(QUndoCommand):
    def __init__(self, store: AnnotationStore, on_error: ErrorSink, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.on_error = on_error
        self._first = True

    def redo(self) -> None:
        if self._first:  # already executed by the caller, before push()
            self._first = False
            return
        self._guard(self.apply)

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, step: Callable[[], None]) -> None:
        try:
            step()
        except Exception as err:  # reported, and the view reloads what is really saved
            log.exception("undo/redo step failed")
            self.setObsolete(True)
            self.on_error(err)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class AddAnnotation(_StoreCommand):
    def __init__(
        self,
        store: AnnotationStore,
        on_error: ErrorSink,
        draft: SpanDraft,
        annotator: str,
        origin: tuple[str, str] = ("", ""),
        text: str = "",
        entity_id: int | None = None,
    ) -> None:
        super().__init__(
            store,
            on_error,
            text or tr("Tag {quote} as {label}").format(quote=quote(draft.text), label=draft.label),
        )
        self.record: AnnotationRecord = store.add(draft, annotator, origin, entity_id)

    def apply(self) -> None:
        self.store.restore(self.record)

    def revert(self) -> None:
        self.store.remove(self.record)


class DeleteAnnotation(_StoreCommand):
    def __init__(
        self, store: AnnotationStore, on_error: ErrorSink, record: AnnotationRecord, text: str = ""
    ) -> None:
        super().__init__(
            store,
            on_error,
            text
            or tr("Delete {label} {quote}").format(label=record.label, quote=quote(record.text)),
        )
        self.record = record
        self.links = store.remove(record)  # its links go with it, and come back with it

    def apply(self) -> None:
        self.store.remove(self.record)

    def revert(self) -> None:
        self.store.restore(self.record, self.links)


class EditAnnotation(_StoreCommand):
    """Label, note or boundary changes: both states are whole records."""

    MERGE_ID = 0x51A1

    def __init__(
        self,
        store: AnnotationStore,
        on_error: ErrorSink,
        before: AnnotationRecord,
        after: AnnotationRecord,
        text: str,
        mergeable: bool = False,
    ) -> None:
        super().__init__(store, on_error, text)
        self.before, self.after = before, after
        self.mergeable = mergeable
        self.dropped = store.write(before, after)  # links the new label does not fit

    def id(self) -> int:
        return self.MERGE_ID if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Repeated boundary nudges of one annotation undo as one step.
        if not isinstance(other, EditAnnotation) or not other.mergeable:
            return False
        if other.before.id != self.after.id or other.before != self.after:
            return False
        self.after = other.after
        return True

    def apply(self) -> None:
        self.store.write(self.before, self.after)

    def revert(self) -> None:
        self.store.write(self.after, self.before, self.dropped)


class TagOccurrences(_StoreCommand):
    """Many spans tagged at once (tag all occurrences): one transaction, one undo step."""

    def __init__(
        self,
        store: AnnotationStore,
        on_error: ErrorSink,
        drafts: list[SpanDraft],
        annotator: str,
        text: str,
    ) -> None:
        super().__init__(store, on_error, text)
        self.records = store.add_many(drafts, annotator)
        self.links: list[LinkRecord] = []  # made on them after, gone with them on undo

    def apply(self) -> None:
        self.store.restore_many(self.records, self.links)

    def revert(self) -> None:
        self.links = self.store.remove_many(self.records)


# ---------------------------------------------------------------- links


class AddLink(_StoreCommand):
    def __init__(
        self,
        store: AnnotationStore,
        on_error: ErrorSink,
        link_type: str,
        claim_id: int,
        target_id: int | None,
        annotator: str,
        text: str,
    ) -> None:
        super().__init__(store, on_error, text)
        self.link = store.add_link(link_type, claim_id, target_id, annotator)

    def apply(self) -> None:
        self.store.restore_links([self.link])

    def revert(self) -> None:
        self.store.remove_links([self.link])


class AddLinkedSpan(_StoreCommand):
    """A reporting word tagged as a cue and linked to the claim: one step."""

    def __init__(
        self,
        store: AnnotationStore,
        on_error: ErrorSink,
        draft: SpanDraft,
        annotator: str,
        link_type: str,
        claim_id: int,
        text: str,
    ) -> None:
        super().__init__(store, on_error, text)
        self.record, self.link = store.add_linked_span(draft, annotator, link_type, claim_id)

    def apply(self) -> None:
        self.store.restore(self.record, [self.link])

    def revert(self) -> None:
        self.store.remove(self.record)  # and its link with it


class DeleteLinks(_StoreCommand):
    def __init__(
        self, store: AnnotationStore, on_error: ErrorSink, links: list[LinkRecord], text: str
    ) -> None:
        super().__init__(store, on_error, text)
        self.links = links
        store.remove_links(links)

    def apply(self) -> None:
        self.store.remove_links(self.links)

    def revert(self) -> None:
        self.store.restore_links(self.links)


# ---------------------------------------------------------------- entities and suggestions


class ChangeRegistry(_StoreCommand):
    """A span linked to an entity, an entity made, renamed, merged, split or deleted."""

    def __init__(
        self, store: AnnotationStore, on_error: ErrorSink, change: RegistryChange, text: str
    ) -> None:
        super().__init__(store, on_error, text)
        self.change = store.change_registry(change)

    def apply(self) -> None:
        self.store.change_registry(self.change)

    def revert(self) -> None:
        self.store.change_registry(self.change.reversed())


class RejectSuggestion(_StoreCommand):
    def __init__(
        self,
        store: AnnotationStore,
        on_error: ErrorSink,
        document_id: int,
        span: tuple[str, int, int],
        text: str,
    ) -> None:
        super().__init__(store, on_error, text)
        self.document_id, self.span = document_id, span
        store.reject_suggestion(document_id, span, True)

    def apply(self) -> None:
        self.store.reject_suggestion(self.document_id, self.span, True)

    def revert(self) -> None:
        self.store.reject_suggestion(self.document_id, self.span, False)


class SetStatus(_StoreCommand):
    """Articles marked to do, in progress, done or adjudicated; undo puts back what was
    set before (or nothing, so the status reads from the tags again)."""

    def __init__(
        self,
        store: AnnotationStore,
        on_error: ErrorSink,
        changes: dict[int, Status],
        annotator: str,
        text: str,
    ) -> None:
        super().__init__(store, on_error, text)
        before = stored_statuses(store.file.reader, annotator, list(changes))
        self.before: dict[int, Status | None] = {doc: before.get(doc) for doc in changes}
        self.after: dict[int, Status | None] = dict(changes)
        self.annotator = annotator
        store.set_status(self.after, annotator)

    def apply(self) -> None:
        self.store.set_status(self.after, self.annotator)

    def revert(self) -> None:
        self.store.set_status(self.before, self.annotator)
