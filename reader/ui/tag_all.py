"""The Tag All Occurrences dialog: where else an annotation's text appears, each with its
context and a check box; whole-word occurrences not yet tagged start checked."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader import APP_NAME
from reader.core.annotations import AnnotationRecord
from reader.core.normalise import context_line
from reader.ui.commands import quote
from reader.ui.i18n import QT_TR_NOOP, counted, tr

if TYPE_CHECKING:
    from reader.services.occurrences import Occurrence, Occurrences

THIS_ARTICLE, ALL_ARTICLES = 0, 1


class TagAllDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        record: AnnotationRecord,
        find: Callable[[bool], Occurrences],
    ) -> None:
        super().__init__(parent)
        self.record = record
        self.find_occurrences = find
        self.found: tuple[Occurrence, ...] = ()
        self.setWindowTitle(tr("{APP_NAME} — Tag All Occurrences").format(APP_NAME=APP_NAME))
        self.resize(760, 480)
        self.scope = QComboBox()
        self.scope.addItems([tr("In this article"), tr("In all articles")])
        self.scope.setToolTip(tr("Where to look for the text"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([tr("Occurrence"), tr("Article")])
        self.table = self._table()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        picks = QHBoxLayout()
        for text, tip, choose in (
            (tr("Whole Words"), tr("Check the occurrences that stand as whole words"), self._whole),
            (tr("All"), tr("Check every occurrence not yet tagged"), lambda o: not o.tagged),
            (tr("None"), tr("Uncheck everything"), lambda o: False),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, c=choose: self._check(c))
            picks.addWidget(button)
        picks.addStretch(1)
        picks.addWidget(self.buttons)
        top = QHBoxLayout()
        top.addWidget(
            QLabel(
                tr("Tag {quote} as {label}:").format(
                    quote=quote(record.text, 30), label=record.label
                )
            )
        )
        top.addWidget(self.scope)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(picks)
        self.scope.currentIndexChanged.connect(self.refresh)
        self.model.itemChanged.connect(self._update_ok)
        self.refresh()

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 200)
        return table

    @staticmethod
    def _whole(occurrence: Occurrence) -> bool:
        return occurrence.whole_words and not occurrence.tagged

    def refresh(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.find_occurrences(self.scope.currentIndex() == ALL_ARTICLES)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.found = result.items
        self.model.removeRows(0, self.model.rowCount())
        for occurrence in self.found:
            self.model.appendRow(self._row(occurrence))
        tagged = sum(o.tagged for o in self.found)
        partial = sum(not o.whole_words for o in self.found)
        parts = [counted("{count} other occurrence", QT_TR_NOOP("{count} other occurrences"),
                         len(self.found))]  # fmt: skip
        if tagged:
            parts.append(
                tr("{tagged} already tagged {label}").format(tagged=tagged, label=self.record.label)
            )
        if partial:
            parts.append(tr("{partial} inside longer words (unchecked)").format(partial=partial))
        if result.truncated:
            parts.append(tr("only the best-matching articles were searched"))
        self.summary.setText(tr("; ").join(parts) + ".")
        self._update_ok()

    def _row(self, occurrence: Occurrence) -> list[QStandardItem]:
        context = QStandardItem(context_line(occurrence.hit, 30, 30))
        context.setCheckable(not occurrence.tagged)
        context.setEnabled(not occurrence.tagged)
        state = Qt.CheckState.Checked if self._whole(occurrence) else Qt.CheckState.Unchecked
        context.setCheckState(state)
        context.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        tip = (
            tr("already tagged")
            if occurrence.tagged
            else (tr("whole words") if occurrence.whole_words else tr("inside a longer word"))
        )
        context.setToolTip(f"[{occurrence.hit.start}, {occurrence.hit.end}): {tip}")
        article = QStandardItem(occurrence.title)
        article.setToolTip(occurrence.title)
        article.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return [context, article]

    def _check(self, choose: Callable[[Occurrence], bool]) -> None:
        for row, occurrence in enumerate(self.found):
            item = self.model.item(row, 0)
            if item is not None and item.isCheckable():
                on = choose(occurrence)
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list[Occurrence]:
        return [
            occurrence
            for row, occurrence in enumerate(self.found)
            if (item := self.model.item(row, 0)) is not None
            and item.checkState() == Qt.CheckState.Checked
        ]

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        count = len(self.chosen())
        ok.setText(tr("Tag {count} as {label}").format(count=count, label=self.record.label))
        ok.setEnabled(count > 0)
