"""The window's handle on the open annotation file.

Each edit is one transaction, committed before the matching signal fires; widgets redraw
from the signal, so nothing is shown as saved that is not on disk. Reads go through the
file's plain sqlite3 connection (`reads`); writes through `repository`, imported on the
first write (`_repository`) so that SQLAlchemy does not delay the first screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, SignalInstance

from reader.core.annotations import AnnotationRecord, DocumentInfo, SpanDraft, utc_now
from reader.core.entities import RegistryChange
from reader.core.links import LinkRecord
from reader.core.progress import Status
from reader.storage import reads
from reader.storage.db import AnnotationFile

if TYPE_CHECKING:
    from types import ModuleType


def _repository() -> ModuleType:
    # Usually loaded already (`db.preload`); a very early edit waits for it.
    from reader.storage import repository

    return repository


def _link_rows() -> ModuleType:
    """The links' storage (`storage.attribution`), loaded with the repository."""
    from reader.storage import attribution

    return attribution


class AnnotationStore(QObject):
    annotation_added = Signal(object)  # AnnotationRecord
    annotation_removed = Signal(object)  # AnnotationRecord
    annotation_changed = Signal(object, object)  # before, after
    many_added = Signal(object)  # list[AnnotationRecord], one transaction
    many_removed = Signal(object)  # list[AnnotationRecord], one transaction
    links_added = Signal(object)  # list[LinkRecord]
    links_removed = Signal(object)  # list[LinkRecord]
    registry_changed = Signal()  # entities made, changed or deleted, or spans re-pointed
    statuses_changed = Signal(object)  # list of document ids whose status an annotator set
    saved = Signal()

    def __init__(self, file: AnnotationFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file = file

    def use(self, file: AnnotationFile) -> None:
        """Write to another file from now on (the window switched files)."""
        self.file = file

    def add(
        self,
        draft: SpanDraft,
        annotator: str,
        origin: tuple[str, str] = ("", ""),
        entity_id: int | None = None,
    ) -> AnnotationRecord:
        """Store a new span; `origin` is (colleague, file) for a span accepted in review;
        `entity_id` the entity it names."""
        with self.file.session() as s:
            record: AnnotationRecord = _repository().add_annotation(
                s, draft, annotator, *origin, entity_id=entity_id
            )
        self._announce_added(record)
        return record

    def restore(self, record: AnnotationRecord, links: list[LinkRecord] | None = None) -> None:
        """Put back a deleted span and the links that went with it."""
        with self.file.session() as s:
            _repository().restore_annotation(s, record)
            _link_rows().restore_links(s, links or [])
        self._announce_added(record)
        self._announce_links(self.links_added, links or [])

    def remove(self, record: AnnotationRecord) -> list[LinkRecord]:
        """Delete a span; its links go with it, and are returned (for undo)."""
        with self.file.session() as s:
            links: list[LinkRecord] = _link_rows().links_touching(s, [record.id])
            _repository().delete_annotation(s, record.id, seen=record.updated)
        self._announce_links(self.links_removed, links, saved=False)
        self.annotation_removed.emit(record)
        self.saved.emit()
        return links

    def write(
        self,
        before: AnnotationRecord,
        after: AnnotationRecord,
        links: list[LinkRecord] | None = None,
    ) -> list[LinkRecord]:
        """Store `after` over `before`. A new label drops the links it no longer fits
        (returned); `links` are links to put back (undoing such a drop)."""
        with self.file.session() as s:
            dropped: list[LinkRecord] = []
            if after.label != before.label:
                dropped = _link_rows().links_unfit_for(s, after.id, after.label)
                _link_rows().delete_links(s, [k.id for k in dropped])
            _repository().write_annotation(s, after, seen=before.updated)
            _link_rows().restore_links(s, links or [])
        self._announce_links(self.links_removed, dropped, saved=False)
        self.annotation_changed.emit(before, after)
        self._announce_links(self.links_added, links or [], saved=False)
        self.saved.emit()
        return dropped

    def add_many(self, drafts: list[SpanDraft], annotator: str) -> list[AnnotationRecord]:
        """Store many spans in one transaction: all of them, or none."""
        with self.file.session() as s:
            records: list[AnnotationRecord] = _repository().add_annotations(s, drafts, annotator)
        self.many_added.emit(records)
        self.saved.emit()
        return records

    def restore_many(
        self, records: list[AnnotationRecord], links: list[LinkRecord] | None = None
    ) -> None:
        with self.file.session() as s:
            _repository().insert_annotations(s, records, keep_ids=True)
            _link_rows().restore_links(s, links or [])
        self.many_added.emit(records)
        self._announce_links(self.links_added, links or [], saved=False)
        self.saved.emit()

    def remove_many(self, records: list[AnnotationRecord]) -> list[LinkRecord]:
        """Delete many spans in one transaction; the links that went with them are
        returned."""
        with self.file.session() as s:
            links: list[LinkRecord] = _link_rows().links_touching(s, [r.id for r in records])
            _repository().delete_annotations(s, [r.id for r in records])
        self._announce_links(self.links_removed, links, saved=False)
        self.many_removed.emit(records)
        self.saved.emit()
        return links

    # ---------------------------------------------------------------- links

    def add_link(
        self, link_type: str, claim_id: int, target_id: int | None, annotator: str
    ) -> LinkRecord:
        with self.file.session() as s:
            link: LinkRecord = _link_rows().add_link(s, link_type, claim_id, target_id, annotator)
        self._announce_links(self.links_added, [link])
        return link

    def add_linked_span(
        self, draft: SpanDraft, annotator: str, link_type: str, claim_id: int
    ) -> tuple[AnnotationRecord, LinkRecord]:
        """Tag a span and link the claim to it, in one transaction (a cue word chosen
        before it was tagged)."""
        with self.file.session() as s:
            record: AnnotationRecord = _repository().add_annotation(s, draft, annotator)
            link: LinkRecord = _link_rows().add_link(s, link_type, claim_id, record.id, annotator)
        self.annotation_added.emit(record)
        self._announce_links(self.links_added, [link])
        return record, link

    def restore_links(self, links: list[LinkRecord]) -> None:
        with self.file.session() as s:
            _link_rows().restore_links(s, links)
        self._announce_links(self.links_added, links)

    def remove_links(self, links: list[LinkRecord]) -> None:
        with self.file.session() as s:
            _link_rows().delete_links(s, [k.id for k in links])
        self._announce_links(self.links_removed, links)

    def _announce_links(
        self, signal: SignalInstance, links: list[LinkRecord], saved: bool = True
    ) -> None:
        if links:
            signal.emit(links)
        if saved and links:
            self.saved.emit()

    # ---------------------------------------------------------------- entities

    def change_registry(self, change: RegistryChange) -> RegistryChange:
        """Store a registry change in one transaction; returned with the new entities'
        ids. The spans it re-points are announced as changed annotations."""
        from reader.storage import entities

        before = reads.annotations_by_id(self.file.reader, change.spans) if change.spans else {}
        with self.file.session() as s:
            done: RegistryChange = entities.apply_change(s, change)
        after = reads.annotations_by_id(self.file.reader, change.spans) if change.spans else {}
        for span_id, record in after.items():
            self.annotation_changed.emit(before.get(span_id, record), record)
        self.registry_changed.emit()
        self.saved.emit()
        return done

    def reject_suggestion(self, document_id: int, span: tuple[str, int, int], on: bool) -> None:
        """Turn a suggestion (label, start, end) down for good, or take that back."""
        from reader.storage import entities

        with self.file.session() as s:
            entities.reject_suggestion(s, document_id, *span, rejected=on)
        self.saved.emit()

    def add_gazetteer(self, names: list[tuple[str, str]]) -> int:
        from reader.storage import entities

        with self.file.session() as s:
            added: int = entities.add_gazetteer(s, names)
        self.registry_changed.emit()
        self.saved.emit()
        return added

    def set_status(self, changes: dict[int, Status | None], annotator: str) -> None:
        """Set `annotator`'s status of these articles (None: back to none set)."""
        from reader.storage import progress

        with self.file.session() as s:
            progress.set_status(s, changes, annotator)
        self.statuses_changed.emit(list(changes))
        self.saved.emit()

    def find_same(self, draft: SpanDraft, annotator: str) -> int | None:
        return reads.find_same_span(self.file.reader, draft, annotator)

    def _announce_added(self, record: AnnotationRecord) -> None:
        self.annotation_added.emit(record)
        self.saved.emit()


class FileDocuments:
    """The articles list's source: queries on the open file's read connection; the
    statuses are those of the annotator `whose` names."""

    def __init__(self, file: AnnotationFile, whose: Callable[[], str]) -> None:
        self.file = file
        self.whose = whose  # the reader's annotator name, as it is now

    def statuses(self, ids: list[int]) -> dict[int, Status]:
        return reads.statuses(self.file.reader, self.whose(), ids)

    def ids(self, query: reads.DocumentQuery) -> list[int]:
        return reads.document_ids(self.file.reader, query)

    def rows(self, ids: list[int]) -> dict[int, DocumentInfo]:
        return reads.documents_by_id(self.file.reader, ids)

    def count(self) -> int:
        return reads.count_documents(self.file.reader)


class FileAnnotations:
    """The annotations table's source: whole records by id."""

    def __init__(self, file: AnnotationFile) -> None:
        self.file = file

    def records(self, ids: list[int]) -> dict[int, AnnotationRecord]:
        return reads.annotations_by_id(self.file.reader, ids)


def edited(record: AnnotationRecord, **changes: object) -> AnnotationRecord:
    """`record` changed and stamped; a new label drops the entity it named (an ACTOR
    is not a place)."""
    if changes.get("label", record.label) != record.label:
        changes.setdefault("entity_id", None)
    return record.with_changes(updated=utc_now(), **changes)
