"""The articles pane: the list of the file's articles (fetched a page at a time as rows
scroll into view), sorted by a header click, filtered by headline or outlet and by
"untagged", with a count below. Choosing a row asks for that article (`chosen`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QWidget,
)

from reader.core.annotations import AnnotationRecord
from reader.core.progress import Status
from reader.ui import document_model, icons
from reader.ui.document_model import DocumentListModel
from reader.ui.i18n import number, tr
from reader.ui.reading import Reading
from reader.ui.widgets import pane, size_columns, table_defaults

FILTER_PAUSE_MS = 200  # typing: query once the user pauses


class DocumentSource(document_model.DocumentSource, Protocol):
    """The open file, as the list reads it: the model's pages, and the unfiltered count."""

    def count(self) -> int: ...


class ArticleTable(QTableView):
    """The list's table: just before it paints, its model gives Qt the rows in view as
    items, so that painting them needs no Python."""

    def __init__(self, model: DocumentListModel) -> None:
        super().__init__()
        self.rows = model
        self.setModel(model)

    def paintEvent(self, event: QPaintEvent) -> None:
        top = self.rowAt(0)
        try:
            if top >= 0:
                bottom = self.rowAt(self.viewport().height() - 1)
                self.rows.fill(top, bottom if bottom >= 0 else self.rows.rowCount() - 1)
        finally:  # a file that failed to read still gets its table painted
            super().paintEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # another theme: icons of its colours
            self.rows.let_go()
        super().changeEvent(event)


class DocumentListPanel(QWidget):
    chosen = Signal(int)  # document id: the reader picked this article

    def __init__(self, reading: Reading, hidden_columns: list[int]) -> None:
        super().__init__()
        self.reading = reading
        self.source: DocumentSource | None = None
        self.model = DocumentListModel()
        self.view = ArticleTable(self.model)
        self.filter_field = QLineEdit()
        self.untagged = QCheckBox(tr("Untagged"))
        self.status_filter = QComboBox()
        self.count_label = QLabel()
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_PAUSE_MS)
        self._build(hidden_columns)
        self._connect()

    def _build(self, hidden_columns: list[int]) -> None:
        view = self.view
        table_defaults(view)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Rows are fetched as they scroll into view; uniform heights keep that cheap.
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Tags has room for five digits. Never ResizeToContents here: it would fetch
        # every row.
        m = DocumentListModel
        header = size_columns(
            view, m.HEADLINE, {m.OUTLET: 70, m.DATE: 70, m.TAGS: 56, m.STATUS: 30}
        )
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # import order at first
        view.setSortingEnabled(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        for column in hidden_columns:
            header.hideSection(column)
        view.setToolTip(tr("Articles in this annotation file"))
        self.filter_field.setPlaceholderText(tr("Filter headlines and outlets…"))
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.setToolTip(tr("Show only articles whose headline or outlet holds this"))
        self.untagged.setToolTip(tr("Show only articles nobody has tagged yet"))
        self.status_filter.addItem(tr("Any status"), None)
        for status in Status:
            self.status_filter.addItem(
                icons.icon(f"status.{status.value}"), tr(status.words), status
            )
        self.status_filter.setToolTip(tr("Show only the articles you marked so (to do: not "
                                         "tagged nor marked; in progress: tagged, not marked "
                                         "done)"))  # fmt: skip
        # Narrow in a small window (the list may be dragged to 150 px); the popup is wide.
        self.status_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status_filter.setMinimumContentsLength(1)
        self.count_label.setObjectName("documentCount")
        row = [(self.filter_field, 2), (self.untagged, 0), (self.status_filter, 1)]
        pane(self, row, view, self.count_label)

    def _connect(self) -> None:
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        header = self.view.horizontalHeader()
        header.sortIndicatorChanged.connect(lambda *_: self.reselect())
        header.customContextMenuRequested.connect(self._header_menu)
        self.filter_field.textChanged.connect(self._filter_timer.start)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.untagged.toggled.connect(self._apply_filter)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)

    # ---------------------------------------------------------------- contents

    def set_source(self, source: DocumentSource) -> None:
        """Another file is open: its articles, in the sort and filter the reader chose."""
        self.source = source
        self.model.set_source(source)
        self._show_count()

    def reload(self) -> None:
        """Fetch the list again (articles imported, or another program's changes)."""
        self.model.refresh()
        self._show_count()
        self.reselect()

    def _apply_filter(self) -> None:
        query = replace(
            self.model.query,
            text=self.filter_field.text().strip(),
            unannotated=self.untagged.isChecked(),
            status=self.status_filter.currentData(),
        )
        self.model.refresh(query)
        self._show_count()
        self.reselect()

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        query = self.model.query
        if (query.text or query.unannotated or query.status) and self.source is not None:
            self.count_label.setText(
                tr("{shown} of {total} articles").format(
                    shown=number(shown), total=number(self.source.count())
                )
            )
        else:
            self.count_label.setText(tr("{shown} articles").format(shown=number(shown)))

    def annotations_added(self, records: list[AnnotationRecord]) -> None:
        counts = Counter(r.document_id for r in records)
        for document_id, n in counts.items():
            self.model.adjust_count(document_id, n)
        self.model.update_statuses(list(counts))  # a first tag: in progress

    def annotations_removed(self, records: list[AnnotationRecord]) -> None:
        counts = Counter(r.document_id for r in records)
        for document_id, n in counts.items():
            self.model.adjust_count(document_id, -n)
        self.model.update_statuses(list(counts))  # the last one gone: to do again

    def set_row_actions(self, actions: list[QAction]) -> None:
        """What a right click on an article offers (its status)."""
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions(actions)

    # ---------------------------------------------------------------- the current row

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.chosen.emit(self.model.ids[current.row()])

    def _select(self, row: int) -> None:
        # QTableView.selectRow makes the row current through its first *visual* column,
        # which in a right-to-left layout can be a hidden one (Outlet, Date): no current
        # row, no article. Make the headline current explicitly.
        flags = QItemSelectionModel.SelectionFlag
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, DocumentListModel.HEADLINE), flags.ClearAndSelect | flags.Rows
        )

    def choose(self, document_id: int) -> bool:
        """Select the article's row (which opens it); False when the list does not show
        it (filtered out)."""
        row = self.model.row_of(document_id)
        if row >= 0:
            self._select(row)
        return row >= 0

    def choose_first(self, preferred: int | None = None) -> bool:
        """Open `preferred` if the list shows it, else the first row; False if empty."""
        if preferred is not None and self.choose(preferred):
            return True
        if self.model.rowCount():
            self._select(0)
        return self.model.rowCount() > 0

    def step(self, delta: int) -> None:
        """The next (or previous) article in the list."""
        count = self.model.rowCount()
        if count:
            row = self.view.currentIndex().row()
            self._select(max(0, min(count - 1, row + delta)))

    def reselect(self) -> None:
        """After the list changed: mark the open article's row again, if it is shown,
        without opening it anew."""
        current = self.reading.document_id
        row = self.model.row_of(current) if current is not None else -1
        selection = self.view.selectionModel()
        selection.blockSignals(True)  # the article is already open: do not reload it
        if row >= 0:
            self._select(row)
            self.view.scrollTo(self.model.index(row, 0))
        else:
            selection.clearSelection()
        selection.blockSignals(False)
        if current is None and self.model.rowCount():
            self._select(0)

    # ---------------------------------------------------------------- columns

    def hidden_columns(self) -> list[int]:
        header = self.view.horizontalHeader()
        return [c for c in DocumentListModel.OPTIONAL if header.isSectionHidden(c)]

    def _header_menu(self, pos: QPoint) -> None:
        """Which columns the list shows, and a way back to import order."""
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        for column in DocumentListModel.OPTIONAL:
            action = menu.addAction(
                tr("Show {column}").format(column=tr(DocumentListModel.HEADERS[column]))
            )
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.addSeparator()
        menu.addAction(
            tr("Sort in Import Order"),
            lambda: header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder),
        )
        menu.exec(header.mapToGlobal(pos))
