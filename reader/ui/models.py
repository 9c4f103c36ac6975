"""Table models over plain records from storage (no SQL here)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from reader.core.annotations import AnnotationRecord, DocumentInfo
from reader.core.labels import LabelDef
from reader.ui import icons

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class _ListTableModel(QAbstractTableModel):
    """A flat table over a Python list; subclasses say which list and how to show it."""

    HEADERS: tuple[str, ...] = ()

    def items(self) -> Sequence[object]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None


class DocumentListModel(_ListTableModel):
    HEADERS = ("Headline", "Tags")

    def __init__(self) -> None:
        super().__init__()
        self.documents: list[DocumentInfo] = []

    def reset(self, documents: list[DocumentInfo]) -> None:
        self.beginResetModel()
        self.documents = documents
        self.endResetModel()

    def row_of(self, document_id: int) -> int:
        for row, doc in enumerate(self.documents):
            if doc.id == document_id:
                return row
        return -1

    def adjust_count(self, document_id: int, delta: int) -> None:
        row = self.row_of(document_id)
        if row < 0:
            return
        doc = self.documents[row]
        self.documents[row] = DocumentInfo(
            doc.id, doc.sha256, doc.title, doc.source, doc.date, doc.annotation_count + delta
        )
        self.dataChanged.emit(self.index(row, 1), self.index(row, 1))

    def items(self) -> Sequence[DocumentInfo]:
        return self.documents

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        doc = self.documents[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return doc.title or f"Document {doc.id}" if col == 0 else doc.annotation_count
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [doc.title, doc.source, doc.date, f"{doc.annotation_count} annotations"]
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if col == 0 else int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return icons.icon("document")
        if role == ID_ROLE:
            return doc.id
        return None


class AnnotationTableModel(_ListTableModel):
    """The open article's annotations in text order."""

    HEADERS = ("Label", "Text", "Note", "Annotator")
    LABEL, TEXT, NOTE, ANNOTATOR = range(4)
    note_edit_requested = Signal(int, str)  # annotation id, new note

    def __init__(self) -> None:
        super().__init__()
        self.records: list[AnnotationRecord] = []
        self.labels: dict[str, LabelDef] = {}

    @staticmethod
    def _key(record: AnnotationRecord) -> tuple[int, int, int]:
        return (record.start, -record.end, record.id)

    def set_labels(self, labels: list[LabelDef]) -> None:
        self.labels = {label.name: label for label in labels}

    def reset(self, records: list[AnnotationRecord]) -> None:
        self.beginResetModel()
        self.records = sorted(records, key=self._key)
        self.endResetModel()

    def row_of(self, annotation_id: int) -> int:
        for row, record in enumerate(self.records):
            if record.id == annotation_id:
                return row
        return -1

    def record_at(self, row: int) -> AnnotationRecord:
        return self.records[row]

    def insert(self, record: AnnotationRecord) -> None:
        row = bisect_left([self._key(r) for r in self.records], self._key(record))
        self.beginInsertRows(QModelIndex(), row, row)
        self.records.insert(row, record)
        self.endInsertRows()

    def remove(self, annotation_id: int) -> None:
        row = self.row_of(annotation_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.records[row]
            self.endRemoveRows()

    def replace(self, record: AnnotationRecord) -> None:
        row = self.row_of(record.id)
        if row < 0:
            return
        if self._key(self.records[row]) == self._key(record):
            self.records[row] = record
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        else:  # its boundaries moved: keep text order
            self.remove(record.id)
            self.insert(record)

    def items(self) -> Sequence[AnnotationRecord]:
        return self.records

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == self.NOTE else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (record.label, record.text, record.note, record.annotator)[col]
        if role == Qt.ItemDataRole.DecorationRole and col == self.LABEL:
            label = self.labels.get(record.label)
            return icons.swatch(label.colour) if label else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.TEXT, self.NOTE):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                f"…{record.context_before}【{record.text}】{record.context_after}…\n"
                f"{record.label} [{record.start}, {record.end}) by {record.annotator}"
                + (f"\nNote: {record.note}" if record.note else "")
            )
        if role == ID_ROLE:
            return record.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.NOTE:
            return False
        record = self.records[index.row()]
        note = str(value).strip()
        if note != record.note:
            # The window turns this into an undoable, committed edit; the row updates
            # when the store reports the commit.
            self.note_edit_requested.emit(record.id, note)
        return True


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Change what a proxy's filter depends on, telling the view the way this Qt wants."""
    if hasattr(proxy, "beginFilterChange"):  # Qt 6.9+; invalidateRowsFilter before
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange()
    else:  # pragma: no cover - older Qt
        change()
        proxy.invalidateRowsFilter()


class LabelFilterModel(QSortFilterProxyModel):
    """Shows only the annotations of one label ("" shows all)."""

    def __init__(self) -> None:
        super().__init__()
        self.label = ""

    def set_label(self, label: str) -> None:
        refilter(self, lambda: setattr(self, "label", label))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.label:
            return True
        model = self.sourceModel()
        assert isinstance(model, AnnotationTableModel)
        return model.record_at(source_row).label == self.label
