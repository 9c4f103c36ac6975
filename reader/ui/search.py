"""Finding text: Ctrl+F in the open article (`FindBar`) and Ctrl+Shift+F across the
corpus (`SearchPanel`). Both fold Arabic spellings (`core.normalise`); the search itself
lives in core and storage, these widgets only ask and show."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.core.normalise import SearchHit, context_line, hits_in, search_form
from reader.core.text import embed_rtl
from reader.ui import icons
from reader.ui.article_view import ArticleView
from reader.ui.i18n import QT_TR_NOOP, counted, tr

if TYPE_CHECKING:
    from reader.storage.search import SearchResult

HINT = QT_TR_NOOP("أ إ آ match ا, ى matches ي, ة matches ه; harakat and tatweel are ignored")
TYPING_PAUSE_MS = 250
MORE_STEP = 50
LIST_CONTEXT = 14  # characters before a hit in the results list


def _tool_button(icon: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setIcon(icons.icon(icon))
    button.setToolTip(tip)
    button.setAutoRaise(True)
    return button


class _QueryField(QLineEdit):
    """A search field: Escape goes to its bar (not the window's Deselect); Enter and F3
    step forward, with Shift back."""

    escaped = Signal()
    stepped = Signal(int)
    OWN_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F3)

    def event(self, event: QEvent) -> bool:
        # These keys are window shortcuts too (Deselect, Find Next); here they are ours.
        override = event.type() == QEvent.Type.ShortcutOverride
        if override and isinstance(event, QKeyEvent) and event.key() in self.OWN_KEYS:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F3):
            back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.stepped.emit(-1 if back else 1)
        else:
            super().keyPressEvent(event)


class FindBar(QWidget):
    """Find in the open article: every hit tinted, the current one selected, so a digit
    key tags it once the focus is back in the text (Esc)."""

    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.hits: tuple[SearchHit, ...] = ()
        self.current = -1
        self.field = _QueryField()
        self.field.setPlaceholderText(tr("Find in this article…"))
        self.field.setToolTip(
            tr("Find in this article: {HINT}. Enter: next, Shift+Enter: previous").format(
                HINT=tr(HINT)
            )
        )
        self.field.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setMinimumWidth(90)
        self.previous = _tool_button("review.previous", tr("Previous hit (Shift+Enter, Shift+F3)"))
        self.next = _tool_button("review.next", tr("Next hit (Enter, F3)"))
        self.close_button = _tool_button("close", tr("Close (Esc)"))
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        for widget in (self.field, self.count, self.previous, self.next, self.close_button):
            row.addWidget(widget, 1 if widget is self.field else 0)
        self.field.textChanged.connect(self.refresh)
        self.field.stepped.connect(self.step)
        self.field.escaped.connect(self.close_bar)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.close_button.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        selected = self.view.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        self.hide()
        self.view.set_find_hits([])
        self.view.setFocus()  # the current hit stays selected: a digit tags it

    def refresh(self) -> None:
        """Find again (the query or the article changed)."""
        if not self.isVisible():
            return
        doc = self.view.document_text
        wanted = search_form(self.field.text())
        self.hits = hits_in(doc.text, wanted) if doc is not None and wanted else ()
        self.view.set_find_hits([(h.start, h.end) for h in self.hits])
        caret = self.view.selection_range()
        start = caret[0] if caret else self.view.caret_offset()
        self.current = next((i for i, h in enumerate(self.hits) if h.start >= start), 0)
        self._show_current()

    def step_or_open(self, delta: int) -> None:
        """Find Next / Previous: step through the hits, opening the bar if it is shut."""
        if self.isVisible():
            self.step(delta)
        else:
            self.open_bar()

    def step(self, delta: int) -> None:
        if self.hits:
            self.current = (self.current + delta) % len(self.hits)
            self._show_current()

    def _show_current(self) -> None:
        if not self.hits:
            self.count.setText(tr("No hits") if self.field.text().strip() else "")
            return
        hit = self.hits[self.current]
        self.count.setText(
            tr("{value} of {hits_count}").format(value=self.current + 1, hits_count=len(self.hits))
        )
        self.view.select_range(hit.start, hit.end)


class SearchPanel(QWidget):
    """Search every article: results by article, best first, each hit in its context."""

    hit_chosen = Signal(int, int, int)  # document id, start, end

    def __init__(self, search: Callable[[str, int], SearchResult]) -> None:
        super().__init__()
        self.search = search
        self.limit = 20
        self.field = _QueryField()
        self.field.setPlaceholderText(tr("Search all articles…"))
        self.field.setToolTip(tr("Search every article in this file: {HINT}").format(HINT=tr(HINT)))
        self.field.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.more = QPushButton(tr("More Results"))
        self.more.setToolTip(tr("Show up to {MORE_STEP} more articles").format(MORE_STEP=MORE_STEP))
        self.more.hide()
        self.results = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.results)
        self.tree.setHeaderHidden(True)
        self.tree.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setToolTip(tr("Enter or double-click: open the article at this hit"))
        self.setMinimumWidth(300)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.more)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(self._typed)
        self.field.stepped.connect(lambda _step: self._enter())
        self.field.escaped.connect(self.field.clear)
        self.more.clicked.connect(self._more)
        self.tree.activated.connect(self._activated)

    def focus_field(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def _typed(self) -> None:
        self.limit = 20
        self._timer.start()

    def _enter(self) -> None:
        self._timer.stop()
        self.run()
        first = self.results.index(0, 0)
        if first.isValid() and self.results.rowCount(first):
            self._activated(self.results.index(0, 0, first))

    def _more(self) -> None:
        self.limit += MORE_STEP
        self.run()

    def run(self) -> None:
        query = self.field.text()
        self.results.clear()
        if not search_form(query):
            self.status.setText("")
            self.more.hide()
            return
        result = self.search(query, self.limit)
        for doc in result.documents:
            self.results.appendRow(self._document_item(doc.document_id, doc.title, doc.hits))
        if self.results.rowCount():
            self.tree.expand(self.results.index(0, 0))
        self.status.setText(_summary(result, query))
        self.more.setVisible(result.more)

    def _document_item(self, doc_id: int, title: str, hits: tuple[SearchHit, ...]) -> QStandardItem:
        item = QStandardItem(icons.icon("document"), f"{title} ({len(hits)})")
        item.setToolTip(title)
        item.setData((doc_id, hits[0].start, hits[0].end), Qt.ItemDataRole.UserRole)
        for hit in hits:
            child = QStandardItem(context_line(hit, LIST_CONTEXT, 2 * LIST_CONTEXT))
            child.setToolTip(f"[{hit.start}, {hit.end}) {context_line(hit)}")
            child.setData((doc_id, hit.start, hit.end), Qt.ItemDataRole.UserRole)
            item.appendRow(child)
        return item

    def _activated(self, index: QModelIndex) -> None:
        where = index.data(Qt.ItemDataRole.UserRole)
        if where:
            self.hit_chosen.emit(*where)


def _summary(result: SearchResult, query: str) -> str:
    """What was found, and whether some articles were read without the index."""
    articles = len(result.documents)
    more = tr("; more articles match") if result.more else ""
    hits = counted("{count} hit", QT_TR_NOOP("{count} hits"), result.hit_count)
    in_articles = QT_TR_NOOP("{hits} in {count} articles{more}")
    found = (
        counted("{hits} in {count} article{more}", in_articles, articles, hits=hits, more=more)
        if articles
        else tr("No article holds {embed_rtl}").format(embed_rtl=embed_rtl(f"«{query.strip()}»"))
    )
    if not result.unindexed:
        return found
    waiting = counted(
        "{count} article is still being indexed: it was read one by one, after the ranked ones.",
        QT_TR_NOOP(
            "{count} articles are still being indexed: they were read one by one, after the "
            "ranked ones."
        ),
        result.unindexed,
    )
    return f"{found}\n{waiting}"
