"""Small layout helpers the panes share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)


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
