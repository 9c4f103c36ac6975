"""The claims table (View ▸ Claims): every claim of the article, or of the whole file, with
who said it, the reporting words, the places it is about, the outlet and the date — the
table an analyst pastes into a report. Typing filters every column (a source, an outlet,
a place); a double-click or Enter opens the article at the claim. Copy (Ctrl+C) copies
the chosen rows as tab-separated text, ready for a spreadsheet."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.core.links import UNNAMED, ClaimRow
from reader.ui.i18n import QT_TR_NOOP, tr
from reader.ui.widgets import apply_filter, filtered_by_typing, size_columns, table_defaults

COLUMNS = (QT_TR_NOOP("Claim"), QT_TR_NOOP("Source"), QT_TR_NOOP("Cue"), QT_TR_NOOP("Places"),
           QT_TR_NOOP("Outlet"), QT_TR_NOOP("Date"), QT_TR_NOOP("Article"))  # fmt: skip
THIS_ARTICLE, ALL_ARTICLES = 0, 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SOURCE_FILTERS = (
    (QT_TR_NOOP("Any source"), ""),
    (QT_TR_NOOP("Named source"), "named"),
    (QT_TR_NOOP("Unnamed source only"), "unnamed"),
    (QT_TR_NOOP("No source yet"), "none"),
)


def source_kind(claim: ClaimRow) -> str:
    """How a claim is attributed: a named source, only unnamed ones, or none yet."""
    if any(s is not None for s in claim.sources):
        return "named"
    return "unnamed" if claim.sources else "none"


ARABIC_COLUMNS = {0, 1, 2, 3, 6}  # claim, source, cue, places, article
JOIN = "، "  # an Arabic comma between several sources, cues or places


class ClaimsPanel(QWidget):
    claim_chosen = Signal(int, int)  # document id, claim (annotation) id

    def __init__(self, rows_of: Callable[[bool], list[ClaimRow]]) -> None:
        """`rows_of(all_articles)` reads the claims (of the open article, or of all)."""
        super().__init__()
        self.rows_of = rows_of
        self.model = QStandardItemModel(0, len(COLUMNS))
        self.model.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.filtered = filtered_by_typing(self.model)
        self.scope = QComboBox()
        self.scope.addItems([tr("This article"), tr("All articles")])
        self.sources = QComboBox()  # which claims, by their attribution
        for text, kind in SOURCE_FILTERS:
            self.sources.addItem(tr(text), kind)
        self.sources.setToolTip(tr("Show the claims by how they are attributed"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter by source, outlet, place…"))
        self.filter.setClearButtonEnabled(True)
        self.count = QLabel()
        self.view = QTableView()
        self._build()
        self.scope.currentIndexChanged.connect(self.refresh)
        self.sources.currentIndexChanged.connect(self.refresh)
        self.filter.textChanged.connect(self._filter)
        self.view.activated.connect(self._open)
        copy = QAction(tr("Copy Rows"), self)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        copy.triggered.connect(self.copy_rows)
        self.addAction(copy)

    def _build(self) -> None:
        view = self.view
        view.setModel(self.filtered)
        table_defaults(view)
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)  # by a header click; at first, article and text order
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setToolTip(tr("Enter or a double-click opens the article at the claim"))
        size_columns(view, 0, {1: 130, 2: 70, 3: 110, 4: 110, 5: 80, 6: 130})
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Claims of:")))
        row.addWidget(self.scope)
        row.addWidget(self.sources)
        row.addWidget(self.filter, 1)
        row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(view, 1)

    @property
    def all_articles(self) -> bool:
        return self.scope.currentIndex() == ALL_ARTICLES

    def refresh(self) -> None:
        """Read the claims again (only while the table is shown: a whole file's claims
        are not read for nothing)."""
        if not self.isVisible():
            return
        self.model.removeRows(0, self.model.rowCount())
        wanted = self.sources.currentData()
        for claim in self.rows_of(self.all_articles):
            if not wanted or source_kind(claim) == wanted:
                self.model.appendRow(self._items(claim))
        self._filter(self.filter.text())

    def article_changed(self) -> None:
        if not self.all_articles:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _items(self, claim: ClaimRow) -> list[QStandardItem]:
        sources = JOIN.join(s if s is not None else tr(UNNAMED) for s in claim.sources)
        cells = (claim.text, sources, JOIN.join(claim.cues), JOIN.join(claim.places),
                 claim.outlet, claim.date, claim.title)  # fmt: skip
        items = [QStandardItem(cell) for cell in cells]
        for column, item in enumerate(items):
            item.setData(claim, ROW_ROLE)
            item.setToolTip(item.text())
            if column in ARABIC_COLUMNS:  # the article's words read from the right
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return items

    def _filter(self, text: str) -> None:
        apply_filter(self.filtered, text, self.count)

    def _open(self, index: QModelIndex) -> None:
        claim = index.data(ROW_ROLE)
        if isinstance(claim, ClaimRow):
            self.claim_chosen.emit(claim.document_id, claim.claim_id)

    def copy_rows(self) -> None:
        """The chosen rows (or all shown), tab-separated with the headers, to paste into
        a spreadsheet."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        rows = rows or list(range(self.filtered.rowCount()))
        lines = ["\t".join(tr(c) for c in COLUMNS)]
        lines += ["\t".join(str(self.filtered.index(r, c).data() or "")
                            for c in range(len(COLUMNS))) for r in rows]  # fmt: skip
        QGuiApplication.clipboard().setText("\n".join(lines))
