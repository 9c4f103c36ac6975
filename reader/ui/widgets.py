"""Small layout helpers the panes share."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.ui.i18n import tr


def filtered_by_typing(model: QAbstractItemModel) -> QSortFilterProxyModel:
    """`model` seen through a filter on every column, case aside (a pane's filter box)."""
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)  # every column
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def apply_filter(proxy: QSortFilterProxyModel, text: str, count: QLabel) -> None:
    """Filter by `text` and say in `count` how many rows of how many are shown."""
    proxy.setFilterFixedString(text.strip())
    shown, total = proxy.rowCount(), proxy.sourceModel().rowCount()
    count.setText(tr("{shown} of {total}").format(shown=shown, total=total))


def table_defaults(view: QTableView) -> None:
    """Whole rows, no row numbers, one line a row, alternating colours."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    # ElideRight drops the logical end of the string, so an Arabic headline keeps its
    # first words (ElideLeft would keep its last ones).
    view.setTextElideMode(Qt.TextElideMode.ElideRight)


def size_columns(view: QTableView, stretch: int, widths: dict[int, int]) -> QHeaderView:
    """Resizable columns of fixed start widths, one stretching to fill the rest."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in widths.items():
        header.resizeSection(column, width)
    return header


def pane(
    widget: QWidget,
    top_row: list[tuple[QWidget, int]],
    body: QWidget,
    footer: QWidget | None = None,
) -> QWidget:
    """Lay out `widget` as a pane: a row of (widget, stretch) above a body that takes the
    rest, and an optional footer."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for item, stretch in top_row:
        row.addWidget(item, stretch)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(row)
    layout.addWidget(body, 1)
    if footer is not None:
        layout.addWidget(footer)
    return widget
