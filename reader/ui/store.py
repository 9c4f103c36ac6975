"""The window's handle on the open annotation file.

Each edit is one transaction, committed before the matching signal fires; widgets redraw
from the signal, so nothing is shown as saved that is not on disk. Reads go through the
file's plain sqlite3 connection (`reads`); writes through `repository`, imported on the
first write (`_repository`) so that SQLAlchemy does not delay the first screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.core.annotations import AnnotationRecord, DocumentInfo, SpanDraft, utc_now
from reader.storage import reads
from reader.storage.db import AnnotationFile

if TYPE_CHECKING:
    from types import ModuleType


def _repository() -> ModuleType:
    # Usually loaded already (`db.preload`); a very early edit waits for it.
    from reader.storage import repository

    return repository


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

    def use(self, file: AnnotationFile) -> None:
        """Write to another file from now on (the window switched files)."""
        self.file = file

    def add(
        self, draft: SpanDraft, annotator: str, origin: tuple[str, str] = ("", "")
    ) -> AnnotationRecord:
        """Store a new span; `origin` is (colleague, file) for a span accepted in review."""
        with self.file.session() as s:
            record: AnnotationRecord = _repository().add_annotation(s, draft, annotator, *origin)
        self._announce_added(record)
        return record

    def restore(self, record: AnnotationRecord) -> None:
        with self.file.session() as s:
            _repository().restore_annotation(s, record)
        self._announce_added(record)

    def remove(self, record: AnnotationRecord) -> None:
        with self.file.session() as s:
            _repository().delete_annotation(s, record.id)
        self.annotation_removed.emit(record)
        self.saved.emit()

    def write(self, before: AnnotationRecord, after: AnnotationRecord) -> None:
        with self.file.session() as s:
            _repository().write_annotation(s, after)
        self.annotation_changed.emit(before, after)
        self.saved.emit()

    def add_many(self, drafts: list[SpanDraft], annotator: str) -> list[AnnotationRecord]:
        """Store many spans in one transaction: all of them, or none."""
        with self.file.session() as s:
            records: list[AnnotationRecord] = _repository().add_annotations(s, drafts, annotator)
        self.many_added.emit(records)
        self.saved.emit()
        return records

    def restore_many(self, records: list[AnnotationRecord]) -> None:
        with self.file.session() as s:
            _repository().insert_annotations(s, records, keep_ids=True)
        self.many_added.emit(records)
        self.saved.emit()

    def remove_many(self, records: list[AnnotationRecord]) -> None:
        with self.file.session() as s:
            _repository().delete_annotations(s, [r.id for r in records])
        self.many_removed.emit(records)
        self.saved.emit()

    def find_same(self, draft: SpanDraft, annotator: str) -> int | None:
        return reads.find_same_span(self.file.reader, draft, annotator)

    def _announce_added(self, record: AnnotationRecord) -> None:
        self.annotation_added.emit(record)
        self.saved.emit()


class FileDocuments:
    """The articles list's source: queries on the open file's read connection."""

    def __init__(self, file: AnnotationFile) -> None:
        self.file = file

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
    return record.with_changes(updated=utc_now(), **changes)
