"""The annotations pane: the open article's annotations in text order (label colour, text,
note, annotator), filtered by label. Its selection follows the reader's (`Reading`);
choosing a row selects that annotation and scrolls the text to it; a note edited in the
table asks for the edit (`note_edited`), which the editor commits."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from reader.core.labels import LabelDef
from reader.ui import icons
from reader.ui.i18n import tr
from reader.ui.models import ID_ROLE, AnnotationTableModel, LabelFilterModel
from reader.ui.reading import Reading
from reader.ui.widgets import pane, size_columns, table_defaults

MIN_TEXT_WIDTH = 160  # below this, the columns after the text scroll instead


class AnnotationPanel(QWidget):
    note_edited = Signal(int, str)  # annotation id, new note

    def __init__(self, reading: Reading) -> None:
        super().__init__()
        self.reading = reading
        self.model = reading.annotations
        self.filtered = LabelFilterModel()
        self.filtered.setSourceModel(self.model)
        self.view = QTableView()
        self.label_filter = QComboBox()
        self.labels: list[LabelDef] = []
        self.counts = QLabel()  # the labels' counts on the article (for the status bar)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self._build()
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.label_filter.currentIndexChanged.connect(self._filter_changed)
        self.model.note_edit_requested.connect(self.note_edited)
        reading.selection_changed.connect(lambda annotation_id, _reveal: self.mark(annotation_id))
        reading.document_shown.connect(self._count)
        reading.counts_changed.connect(self._count)

    def _build(self) -> None:
        view = self.view
        view.setModel(self.filtered)
        table_defaults(view)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        m = AnnotationTableModel
        widths = {m.LABEL: 86, m.TEXT: 170, m.NOTE: 80, m.ANNOTATOR: 80, m.ORIGIN: 120}
        header = size_columns(view, m.TEXT, widths)
        header.setSectionResizeMode(m.TEXT, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        self.label_filter.setToolTip(tr("Show only the annotations of one label"))
        pane(self, [(QLabel(tr("Show:")), 0), (self.label_filter, 1)], view)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_text_column()

    def _fit_text_column(self) -> None:
        """The text takes the room the other columns leave; in a narrow pane it takes all
        but the label's, and the columns after it scroll. Its start (the right end of
        Arabic text) is never cut off."""
        header, m = self.view.horizontalHeader(), AnnotationTableModel
        room = self.view.viewport().width()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != m.TEXT)
        width = room - others
        if width < MIN_TEXT_WIDTH:
            width = room - header.sectionSize(m.LABEL)
        header.resizeSection(m.TEXT, max(MIN_TEXT_WIDTH // 2, width))

    def set_labels(self, labels: list[LabelDef]) -> None:
        """Another file's label scheme: colours in the table, choices in the filter."""
        self.labels = labels
        self.model.set_labels(labels)
        self.label_filter.blockSignals(True)
        self.label_filter.clear()
        self.label_filter.addItem(icons.icon("filter"), tr("All labels"), "")
        for label in labels:
            self.label_filter.addItem(icons.swatch(label.colour), label.name, label.name)
        self.label_filter.blockSignals(False)
        self.filtered.set_label("")

    def _count(self) -> None:
        counts = self.model.label_counts()
        self.counts.setText("&nbsp;&nbsp;".join(
            f'<span style="color:{label.colour}">■</span> {label.name} {counts.get(label.name, 0)}'
            for label in self.labels
        ))  # fmt: skip

    def show_label(self, label: str) -> None:
        """Show only `label`'s annotations ("" for all), as the filter box does."""
        index = self.label_filter.findData(label)
        self.label_filter.setCurrentIndex(max(index, 0))

    def _filter_changed(self) -> None:
        self.filtered.set_label(str(self.label_filter.currentData() or ""))
        self.mark(self.reading.selected_id)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.reading.select(int(current.siblingAtColumn(0).data(ID_ROLE)), reveal=True)

    def mark(self, annotation_id: int) -> None:
        """Select the annotation's row (none for 0, or one the filter hides), quietly:
        the reader's selection is already this."""
        selection = self.view.selectionModel()
        row = self.model.row_of(annotation_id) if annotation_id else -1
        proxy = self.filtered.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        selection.blockSignals(True)
        if proxy is not None and proxy.isValid():
            selection.setCurrentIndex(
                proxy,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(proxy)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        selection.blockSignals(False)
