"""The window's handle on the open annotation file.

Each edit is one transaction, committed before the matching signal fires; widgets redraw
from the signal, so nothing is shown as saved that is not on disk.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reader.core.annotations import AnnotationRecord, DocumentInfo, SpanDraft, utc_now
from reader.storage import repository
from reader.storage.db import AnnotationFile


class AnnotationStore(QObject):
    annotation_added = Signal(object)  # AnnotationRecord
    annotation_removed = Signal(object)  # AnnotationRecord
    annotation_changed = Signal(object, object)  # before, after
    many_added = Signal(object)  # list[AnnotationRecord], one transaction
    many_removed = Signal(object)  # list[AnnotationRecord], one transaction
    saved = Signal()

    def __init__(self, file: AnnotationFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file = file

    def add(
        self, draft: SpanDraft, annotator: str, origin: tuple[str, str] = ("", "")
    ) -> AnnotationRecord:
        """Store a new span; `origin` is (colleague, file) for a span accepted in review."""
        with self.file.session() as s:
            record = repository.add_annotation(s, draft, annotator, *origin)
        self._announce_added(record)
        return record

    def restore(self, record: AnnotationRecord) -> None:
        with self.file.session() as s:
            repository.restore_annotation(s, record)
        self._announce_added(record)

    def remove(self, record: AnnotationRecord) -> None:
        with self.file.session() as s:
            repository.delete_annotation(s, record.id)
        self.annotation_removed.emit(record)
        self.saved.emit()

    def write(self, before: AnnotationRecord, after: AnnotationRecord) -> None:
        with self.file.session() as s:
            repository.write_annotation(s, after)
        self.annotation_changed.emit(before, after)
        self.saved.emit()

    def add_many(self, drafts: list[SpanDraft], annotator: str) -> list[AnnotationRecord]:
        """Store many spans in one transaction: all of them, or none."""
        with self.file.session() as s:
            records = repository.add_annotations(s, drafts, annotator)
        self.many_added.emit(records)
        self.saved.emit()
        return records

    def restore_many(self, records: list[AnnotationRecord]) -> None:
        with self.file.session() as s:
            repository.insert_annotations(s, records, keep_ids=True)
        self.many_added.emit(records)
        self.saved.emit()

    def remove_many(self, records: list[AnnotationRecord]) -> None:
        with self.file.session() as s:
            repository.delete_annotations(s, [r.id for r in records])
        self.many_removed.emit(records)
        self.saved.emit()

    def find_same(self, draft: SpanDraft, annotator: str) -> int | None:
        with self.file.session() as s:
            return repository.find_same_span(s, draft, annotator)

    def _announce_added(self, record: AnnotationRecord) -> None:
        self.annotation_added.emit(record)
        self.saved.emit()


class FileDocuments:
    """The articles list's source: queries on the open file, one short session each."""

    def __init__(self, file: AnnotationFile) -> None:
        self.file = file

    def ids(self, query: repository.DocumentQuery) -> list[int]:
        with self.file.session() as s:
            return repository.document_ids(s, query)

    def rows(self, ids: list[int]) -> dict[int, DocumentInfo]:
        with self.file.session() as s:
            return repository.documents_by_id(s, ids)


class FileAnnotations:
    """The annotations table's source: whole records by id, one short session each."""

    def __init__(self, file: AnnotationFile) -> None:
        self.file = file

    def records(self, ids: list[int]) -> dict[int, AnnotationRecord]:
        with self.file.session() as s:
            return repository.annotations_by_id(s, ids)


def edited(record: AnnotationRecord, **changes: object) -> AnnotationRecord:
    return record.with_changes(updated=utc_now(), **changes)
