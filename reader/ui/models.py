"""Table models over plain records from storage (no SQL here)."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from reader.core.annotations import AnnotationRecord
from reader.core.labels import LabelDef
from reader.core.span_index import IndexedSpan, span_of, text_order
from reader.ui import icons
from reader.ui.i18n import QT_TR_NOOP, tr

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Row = TypeVar("Row")
LABEL_ROLE = Qt.ItemDataRole.UserRole + 2


class ListTableModel(QAbstractTableModel):
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
            return tr(self.HEADERS[section])
        return None


class RowPages(Generic[Row]):
    """Rows known by id up front whose contents are fetched a page at a time as they are
    asked for: the articles list (100,000 rows) and the annotations table (10,000).
    Subclasses say each row's id, how many rows there are, how to fetch a page, and what
    to show for a row gone from the file meanwhile; they call `_forget_pages` when their
    rows change."""

    PAGE = 256
    _fetched: dict[int, Row]  # by id
    _positions: dict[int, int] | None  # id -> row, built when asked

    def _forget_pages(self) -> None:
        self._fetched = {}
        self._positions = None

    def _id_at(self, row: int) -> int:
        raise NotImplementedError

    def _ids(self) -> Iterable[int]:
        """Every row's id, in row order."""
        raise NotImplementedError

    def _row_total(self) -> int:
        raise NotImplementedError

    def _fetch(self, ids: list[int]) -> dict[int, Row]:
        raise NotImplementedError

    def _placeholder(self, row: int) -> Row:
        raise NotImplementedError

    def fetched_rows(self) -> int:
        """How many rows' contents have been fetched (the rest wait until shown)."""
        return len(self._fetched)

    def row_of(self, row_id: int) -> int:
        if self._positions is None:
            self._positions = {each: row for row, each in enumerate(self._ids())}
        return self._positions.get(row_id, -1)

    def _row(self, row: int) -> Row:
        row_id = self._id_at(row)
        if row_id not in self._fetched:
            self._fetch_page(row)
        return self._fetched[row_id]

    def _fetch_page(self, row: int) -> None:
        first = row - row % self.PAGE
        rows = range(first, min(first + self.PAGE, self._row_total()))
        ids = [self._id_at(r) for r in rows]
        missing = [i for i in ids if i not in self._fetched]
        if missing:
            self._fetched.update(self._fetch(missing))
        for row_id, r in zip(ids, rows, strict=True):  # gone meanwhile: never a crash
            if row_id not in self._fetched:
                self._fetched[row_id] = self._placeholder(r)


class _PagedTableModel(ListTableModel, RowPages[Row]):
    """A table over `RowPages`, answering Qt from Python (the annotations table)."""

    def __init__(self) -> None:
        super().__init__()
        self._forget_pages()

    def _row_total(self) -> int:
        return len(self.items())


class AnnotationSource(Protocol):
    """Where the annotations table reads whole records from (the open file)."""

    def records(self, ids: list[int]) -> dict[int, AnnotationRecord]: ...


_ANNOTATION_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole, ID_ROLE, LABEL_ROLE,
})  # fmt: skip


class AnnotationTableModel(_PagedTableModel[AnnotationRecord]):
    """The open article's annotations in text order, lazily: it holds each one's id,
    bounds and label (all that the label filter and the counts need) and fetches whole
    records, with text, context and note, a page at a time as rows are shown, so an
    article with 10,000 annotations opens at once."""

    HEADERS = (
        QT_TR_NOOP("Label"),
        QT_TR_NOOP("Text"),
        QT_TR_NOOP("Note"),
        QT_TR_NOOP("Annotator"),
        QT_TR_NOOP("Accepted From"),
    )
    LABEL, TEXT, NOTE, ANNOTATOR, ORIGIN = range(5)
    PAGE = 64  # a screenful or two of rows
    note_edit_requested = Signal(int, str)  # annotation id, new note

    def __init__(self) -> None:
        super().__init__()
        self.spans: list[IndexedSpan] = []
        self.labels: dict[str, LabelDef] = {}
        self.source: AnnotationSource | None = None

    def set_labels(self, labels: list[LabelDef]) -> None:
        self.labels = {label.name: label for label in labels}

    def set_source(self, source: AnnotationSource | None) -> None:
        self.source = source

    def reset(self, spans: list[IndexedSpan]) -> None:
        """A document opened: its spans in text order, as `reads.list_spans` gives."""
        self.beginResetModel()
        self.spans = spans
        self._forget_pages()
        self.endResetModel()

    def label_counts(self) -> Counter[str]:
        return Counter(map(itemgetter(3), self.spans))  # IndexedSpan.label

    def record_at(self, row: int) -> AnnotationRecord:
        return self._row(row)

    def _id_at(self, row: int) -> int:
        return self.spans[row].id

    def _ids(self) -> Iterable[int]:
        return map(itemgetter(0), self.spans)  # IndexedSpan.id

    def _fetch(self, ids: list[int]) -> dict[int, AnnotationRecord]:
        return self.source.records(ids) if self.source else {}

    def _placeholder(self, row: int) -> AnnotationRecord:
        span = self.spans[row]
        return AnnotationRecord(
            span.id, 0, span.label, span.start, span.end, "", "", "", "", "", "", ""
        )

    def insert(self, record: AnnotationRecord) -> None:
        row = bisect_left(self.spans, text_order(record), key=text_order)
        self.beginInsertRows(QModelIndex(), row, row)
        self.spans.insert(row, span_of(record))
        self._fetched[record.id] = record
        self._positions = None
        self.endInsertRows()

    def remove(self, annotation_id: int) -> None:
        row = self.row_of(annotation_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.spans[row]
            self._fetched.pop(annotation_id, None)
            self._positions = None
            self.endRemoveRows()

    def replace(self, record: AnnotationRecord) -> None:
        row = self.row_of(record.id)
        if row < 0:
            return
        if text_order(self.spans[row]) == text_order(record):
            self.spans[row] = span_of(record)
            self._fetched[record.id] = record
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        else:  # its boundaries moved: keep text order
            self.remove(record.id)
            self.insert(record)

    def add_many(self, records: list[AnnotationRecord]) -> None:
        """Many added at once (tag all occurrences): one reset, not a signal per row."""
        self.beginResetModel()
        self.spans = sorted([*self.spans, *map(span_of, records)], key=text_order)
        self._fetched.update((r.id, r) for r in records)
        self._positions = None
        self.endResetModel()

    def remove_many(self, ids: set[int]) -> None:
        self.beginResetModel()
        self.spans = [span for span in self.spans if span.id not in ids]
        for annotation_id in ids:
            self._fetched.pop(annotation_id, None)
        self._positions = None
        self.endResetModel()

    def items(self) -> Sequence[IndexedSpan]:
        return self.spans

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == self.NOTE else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANNOTATION_ROLES or not index.isValid():
            return None  # most of what a view asks per cell (font, colours...) is default
        if role == ID_ROLE:
            return self.spans[index.row()].id
        if role == LABEL_ROLE:
            return self.spans[index.row()].label
        record = self.record_at(index.row())
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.ORIGIN:
                return origin_text(record)
            return (record.label, record.text, record.note, record.annotator)[col]
        if role == Qt.ItemDataRole.DecorationRole and col == self.LABEL:
            label = self.labels.get(record.label)
            return icons.swatch(label.colour) if label else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.TEXT, self.NOTE):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                tr(
                    "…{context_before}【{text}】{context_after}…\n{label} [{start}, {end}) by "
                    "{annotator}"
                ).format(
                    context_before=record.context_before,
                    text=record.text,
                    context_after=record.context_after,
                    label=record.label,
                    start=str(record.start),
                    end=str(record.end),
                    annotator=record.annotator,
                )
                + (tr("\nNote: {note}").format(note=record.note) if record.note else "")
                + (f"\n{origin_tip(record)}" if record.origin_annotator else "")
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.NOTE:
            return False
        record = self.record_at(index.row())
        note = str(value).strip()
        if note != record.note:
            # The window turns this into an undoable, committed edit; the row updates
            # when the store reports the commit.
            self.note_edit_requested.emit(record.id, note)
        return True


def local_time(iso_utc: str, form: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    """A stored UTC time as the user's locale writes a local date and time."""
    when = QDateTime.fromString(iso_utc, Qt.DateFormat.ISODateWithMs)
    return QLocale().toString(when.toLocalTime(), form) if when.isValid() else iso_utc


def origin_text(record: AnnotationRecord) -> str:
    """Whom an accepted span came from, and when: empty for the user's own spans."""
    if not record.origin_annotator:
        return ""
    return f"{record.origin_annotator} · {local_time(record.origin_at)}".rstrip(" ·")


def origin_tip(record: AnnotationRecord) -> str:
    when = local_time(record.origin_at, QLocale.FormatType.LongFormat)
    return tr("Accepted in review from {origin_annotator} ({origin_file})").format(
        origin_annotator=record.origin_annotator, origin_file=record.origin_file
    ) + (tr(" on {when}").format(when=when) if record.origin_at else "")


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
    """Shows only the annotations of one label ("" shows all). Qt's own filter, on a role
    that needs no fetch: with no label it accepts every row without asking the model,
    which matters when an article carries 10,000 annotations."""

    def __init__(self) -> None:
        super().__init__()
        self.label = ""
        self.setFilterKeyColumn(AnnotationTableModel.LABEL)
        self.setFilterRole(LABEL_ROLE)

    def set_label(self, label: str) -> None:
        self.label = label
        self.setFilterRegularExpression(f"^{QRegularExpression.escape(label)}$" if label else "")
