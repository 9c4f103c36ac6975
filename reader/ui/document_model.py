"""The articles list's model: 100,000 articles open at once and scroll a page in about
the time a bare Qt table takes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from itertools import islice
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon, QStandardItem, QStandardItemModel

from reader.core.annotations import DocumentInfo
from reader.core.progress import Status
from reader.storage.reads import DocumentQuery, DocumentSort
from reader.ui import icons
from reader.ui.i18n import QT_TR_NOOP, counted, tr
from reader.ui.models import Index, RowPages

_ROLE = Qt.ItemDataRole
_MATCH = Qt.MatchFlag
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
# Roles as plain ints: each row sets a dozen, and an enum member costs more to pass.
_SHOWN, _ICON, _TIP = int(_ROLE.DisplayRole), int(_ROLE.DecorationRole), int(_ROLE.ToolTipRole)
_ALIGN, _ACCESSIBLE = int(_ROLE.TextAlignmentRole), int(_ROLE.AccessibleTextRole)
_BY_TEXT = {  # how type-to-find compares a row's text (Qt.MatchFlag's low bits)
    _MATCH.MatchExactly.value: str.__eq__,
    _MATCH.MatchFixedString.value: str.__eq__,
    _MATCH.MatchContains.value: str.__contains__,
    _MATCH.MatchStartsWith.value: str.startswith,
    _MATCH.MatchEndsWith.value: str.endswith,
}


class DocumentSource(Protocol):
    """Where the articles list reads from (the window binds it to the open file), and
    whose status it shows."""

    def ids(self, query: DocumentQuery) -> list[int]: ...

    def rows(self, ids: list[int]) -> dict[int, DocumentInfo]: ...

    def statuses(self, ids: list[int]) -> dict[int, Status]: ...

    def whose(self) -> str: ...


class DocumentListModel(QStandardItemModel, RowPages[DocumentInfo]):
    """The articles list, lazily: it holds the ordered ids of the articles shown, fetches
    their rows a page at a time as they are asked for, and gives the rows in view to Qt
    as items (`fill`, which the view calls just before it paints them). Qt then paints
    and scrolls them without calling into Python for every cell, which was a third of a
    page's time at 100,000 articles. Rows never shown hold no item and answer Qt nothing;
    `document_at` answers for every row. Sorting and filtering are queries
    (`DocumentQuery`) that refetch ids."""

    HEADERS = (QT_TR_NOOP("Headline"), QT_TR_NOOP("Outlet"), QT_TR_NOOP("Date"),
               QT_TR_NOOP("Tags"), QT_TR_NOOP("Status"))  # fmt: skip
    HEADLINE, OUTLET, DATE, TAGS, STATUS = range(5)
    OPTIONAL = (OUTLET, DATE, TAGS, STATUS)  # the reader may hide these (header menu)
    HIDDEN_AT_FIRST = (OUTLET, DATE)
    SORTS = (DocumentSort.HEADLINE, DocumentSort.OUTLET, DocumentSort.DATE,
             DocumentSort.ANNOTATIONS, DocumentSort.STATUS)  # fmt: skip
    KEPT = 1024  # rows held as items at most

    def __init__(self, source: DocumentSource | None = None) -> None:
        super().__init__(0, len(self.HEADERS))
        self._forget_pages()
        self.source = source
        self.query = DocumentQuery()
        self.ids: list[int] = []
        self.statuses: dict[int, Status] = {}  # of the rows fetched, the reader's own
        self._held: dict[int, None] = {}  # rows given to Qt as items, oldest first
        self._counted: dict[int, str] = {}  # "{count} annotations", by count
        self._said = {  # each status in words, and as the tip says it
            status: (tr(status.words), tr("Your status: {status}").format(status=tr(status.words)))
            for status in Status
        }
        cell = QStandardItem()  # every cell starts as this: read-only, right-aligned
        cell.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                      | Qt.ItemFlag.ItemNeverHasChildren)  # fmt: skip
        cell.setTextAlignment(_RIGHT)
        self.setItemPrototype(cell)

    # ------------------------------------------------------------------ contents

    def set_source(self, source: DocumentSource) -> None:
        self.source = source
        self.refresh()

    def refresh(self, query: DocumentQuery | None = None) -> None:
        """Fetch the ids again (after an import, or for another sort or filter)."""
        if query is not None:
            self.query = query
        if self.source is not None:
            self.query = replace(self.query, status_of=self.source.whose())
        ids = self.source.ids(self.query) if self.source else []
        self.beginResetModel()
        with self._quietly():  # the reset says it all, not 100,000 rows gone and come
            self.setRowCount(0)
            self.ids = ids
            self.statuses.clear()
            self._forget_pages()
            self._held.clear()
            self.setRowCount(len(ids))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        descending = order == Qt.SortOrder.DescendingOrder
        sort = self.SORTS[column] if 0 <= column < len(self.SORTS) else DocumentSort.IMPORTED
        whose = self.source.whose() if self.source else ""
        self.query = replace(self.query, sort=sort, descending=descending, status_of=whose)
        self.ids = self.source.ids(self.query) if self.source else []
        self._positions = None
        self.let_go()  # the items show the rows of the old order
        self.layoutChanged.emit()

    def document_at(self, row: int) -> DocumentInfo:
        return self._row(row)

    def status_of(self, document_id: int) -> Status | None:
        return self.statuses.get(document_id)

    def update_statuses(self, document_ids: list[int]) -> None:
        """Read these rows' statuses again (a status set, or the first or last tag)."""
        fetched = [d for d in document_ids if d in self._fetched]
        if self.source is None or not fetched:
            return
        self.statuses.update(self.source.statuses(fetched))
        for document_id in fetched:
            self._give_again(document_id)

    def adjust_count(self, document_id: int, delta: int) -> None:
        """A tag added or removed: the row shows it; the order waits for the next sort."""
        doc = self._fetched.get(document_id)
        if doc is not None:
            self._fetched[document_id] = replace(doc, annotation_count=doc.annotation_count + delta)
            self._give_again(document_id)

    # ------------------------------------------------------------------ paging

    def _id_at(self, row: int) -> int:
        return self.ids[row]

    def _ids(self) -> Iterable[int]:
        return self.ids

    def _row_total(self) -> int:
        return len(self.ids)

    def _fetch(self, ids: list[int]) -> dict[int, DocumentInfo]:
        if self.source is None:
            return {}
        self.statuses.update(self.source.statuses(ids))
        return self.source.rows(ids)

    def _placeholder(self, row: int) -> DocumentInfo:
        return DocumentInfo(self.ids[row], "", "", "", "", 0)

    # ------------------------------------------------------------------ rows as items

    def fill(self, first: int, last: int) -> None:
        """Give Qt rows `first` to `last` as items. The view calls this just before it
        paints them, so nothing is signalled: a signal would only ask for another paint.
        Past `KEPT` rows, those given longest ago go, a few each time (the rows in view
        count as given now)."""
        shown = range(max(first, 0), min(last + 1, len(self.ids)))
        if all(row in self._held for row in shown):
            return
        with self._quietly():
            for row in shown:
                if row in self._held:
                    self._held[row] = self._held.pop(row)  # to the end: the last to go
                else:
                    self._give(row)
            excess = len(self._held) - self.KEPT
            if excess > 0:
                self._let_go(list(islice(self._held, excess)))

    def _give(self, row: int) -> None:
        """The row's cells as items: text, icons and the row's tip. Only through the
        model's own calls: a Python wrapper of an item the model later deletes would
        outlive it and be handed out for the next object at its address."""
        doc = self.document_at(row)
        status = self.statuses.get(doc.id)
        tip = self._tip(doc, status)
        index, put = self.index, self.setItemData
        title, outlet, date, tags, _ = _cells(doc)
        headline_icon = icons.row_icon("document")
        put(index(row, self.HEADLINE), {_SHOWN: title, _TIP: tip, _ICON: headline_icon})
        put(index(row, self.OUTLET), {_SHOWN: outlet, _TIP: tip})
        put(index(row, self.DATE), {_SHOWN: date, _TIP: tip})
        put(index(row, self.TAGS), {_SHOWN: tags, _TIP: tip, _ALIGN: _CENTRE})
        # Status is an icon; its words are for screen readers.
        icon = icons.row_icon(f"status.{status.value}") if status else QIcon()
        words = self._said[status][0] if status else ""
        put(index(row, self.STATUS), {_SHOWN: "", _TIP: tip, _ICON: icon, _ACCESSIBLE: words})
        self._held.setdefault(row)

    def let_go(self) -> None:
        """Hold no row as items: the next paint gives them anew (after a change of theme,
        which redraws the icons)."""
        with self._quietly():
            self._let_go(list(self._held))

    def _give_again(self, document_id: int) -> None:
        """The article's row changed: show it anew if Qt holds it (its items signal)."""
        row = self.row_of(document_id)
        if row in self._held:
            self._give(row)

    def _let_go(self, rows: Iterable[int]) -> None:
        for row in rows:
            for column in range(len(self.HEADERS)):
                # Taken, the item is no one's: PySide does not give it to its wrapper.
                shiboken6.delete(self.takeItem(row, column))
            del self._held[row]

    def _tip(self, doc: DocumentInfo, status: Status | None) -> str:
        count = self._counted.get(doc.annotation_count)
        if count is None:  # said once for each count: the tip is built for every row
            count = counted("{count} annotation", QT_TR_NOOP("{count} annotations"),
                            doc.annotation_count)  # fmt: skip
            self._counted[doc.annotation_count] = count
        whose = self._said[status][1] if status else ""
        return "\n".join(p for p in (doc.title, doc.source, doc.date, count, whose) if p)

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        was = self.blockSignals(True)
        try:
            yield
        finally:
            self.blockSignals(was)

    # ------------------------------------------------------------------ Qt model

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == _ROLE.DisplayRole:
            return "" if section == self.STATUS else tr(self.HEADERS[section])
        if role == _ROLE.DecorationRole and section == self.STATUS:
            return icons.icon("status.done")
        if role == _ROLE.ToolTipRole:
            return tr("Sort by {lower} (click again to reverse)").format(
                lower=tr(self.HEADERS[section])
            )
        return None

    def match(
        self,
        start: Index,
        role: int,
        value: Any,
        hits: int = 1,
        flags: Qt.MatchFlag = _MATCH.MatchStartsWith | _MATCH.MatchWrap,
    ) -> list[QModelIndex]:
        """Rows whose text matches, shown yet or not (type-to-find in the list asks this):
        Qt's own search reads items, which only the rows shown have."""
        same = _BY_TEXT.get(flags.value & 0x0F)
        if role != _ROLE.DisplayRole or same is None or not start.isValid():
            return super().match(start, role, value, hits, flags)
        column, first = start.column(), start.row()
        rows = [*range(first, len(self.ids)),
                *(range(first) if flags & _MATCH.MatchWrap else ())]  # fmt: skip
        fold = (lambda s: s) if flags & _MATCH.MatchCaseSensitive else str.casefold
        wanted, found = fold(str(value)), []
        for row in rows:
            shown = str(_cells(self.document_at(row))[column])
            if same(fold(shown), wanted):
                found.append(self.index(row, column))
                if len(found) == hits:
                    break
        return found


def _cells(doc: DocumentInfo) -> tuple[str, str, str, int, str]:
    """What each column shows of an article (the status column: an icon, no text)."""
    title = doc.title or tr("Document {id}").format(id=doc.id)
    return title, doc.source, doc.date, doc.annotation_count, ""
