"""The reading pane: the label bar, the article's outlet and date, the text itself
(right to left, highlights drawn by `ArticleView`) and the Find bar. It shows what
`Reading` holds and turns clicks on the text into selections there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy, QToolBar, QWidget

from reader.core.annotations import AnnotationRecord
from reader.core.labels import LabelDef
from reader.settings import MAX_FONT_SIZE, MIN_FONT_SIZE, Settings
from reader.ui import icons
from reader.ui.article_view import ArticleView
from reader.ui.i18n import QT_TR_NOOP, number, tr
from reader.ui.reading import Reading
from reader.ui.search import FindBar
from reader.ui.theme import load_fonts
from reader.ui.widgets import pane

NO_ARTICLES = QT_TR_NOOP("No articles yet: File ▸ Import… (Ctrl+I)")
DEFAULT_FONT_SIZE = Settings().font_size
MAX_SCREEN_SHARE = 0.5


class ArticlePane(QWidget):
    relabel_requested = Signal(str)  # change the selected annotation's label to this
    font_changed = Signal()  # the text size in `settings` changed (to be saved)
    first_painted = Signal()  # the text's first screen is being painted

    def __init__(self, reading: Reading, actions: dict[str, QAction], settings: Settings) -> None:
        super().__init__()
        self.reading = reading
        self.settings = settings
        self.family = load_fonts()
        self.actions_ = actions  # the registry's, for the context menu
        self.label_actions: dict[str, QAction] = {}
        # Add entries for the right-clicked span: links to a claim (`attribution`), its
        # entity (`entities`).
        self.context_entries: list[Callable[[QMenu, AnnotationRecord], None]] = []
        self.view = ArticleView()
        self.view.setToolTip("")
        self.heading = Heading()
        self.label_bar = QToolBar(tr("Labels"))
        self.label_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.label_bar.setObjectName("labelBar")
        self.find_bar = FindBar(self.view)
        pane(self, [(self.label_bar, 0), (self.heading, 1)], self.view, self.find_bar)
        self._connect()
        self._set_font_size(settings.font_size)
        self.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            # Said once, after this paint: what waits for it must not delay the paint.
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.first_painted.emit)
        return False

    def zoom_to(self, size: float) -> None:
        self.settings.font_size = max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, size))
        self._set_font_size(self.settings.font_size)

    def zoom(self, direction: int) -> None:
        """Larger (1), smaller (-1) or default (0) text, remembered."""
        size = DEFAULT_FONT_SIZE if direction == 0 else self.settings.font_size + direction
        self.settings.font_size = max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, size))
        self._set_font_size(self.settings.font_size)
        self.font_changed.emit()
        shown = number(self.settings.font_size)
        self.reading.say(tr("Text size {size} pt").format(size=shown), 2000)

    def _set_font_size(self, size: float) -> None:
        """The text at `size`, and the room it keeps: side panes and docks give way before
        the text does (at most MAX_SCREEN_SHARE of the screen, for very large text)."""
        self.view.set_font_size(self.family, size)
        screen = QGuiApplication.primaryScreen()
        room = screen.availableSize() * MAX_SCREEN_SHARE if screen else QSize(1024, 768)
        self.view.setMinimumSize(self.view.readable_size().boundedTo(room))

    def _connect(self) -> None:
        reading, view = self.reading, self.view
        reading.document_shown.connect(self._show_document)
        reading.selection_changed.connect(view.select_annotation)
        reading.span_upserted.connect(view.upsert_span)
        reading.span_removed.connect(view.remove_span)
        reading.range_requested.connect(view.select_range)
        reading.place_requested.connect(view.reveal)
        view.annotation_clicked.connect(reading.select)
        view.context_menu_requested.connect(self._context_menu)
        view.cursorPositionChanged.connect(self._caret_moved)

    def set_labels(self, labels: list[LabelDef], label_actions: dict[str, QAction]) -> None:
        self.label_actions = label_actions
        self.label_bar.clear()
        self.label_bar.addActions(list(label_actions.values()))
        self.view.set_labels(labels)

    def _show_document(self) -> None:
        doc = self.reading.document
        self.view.show_document(doc, self.reading.annotations.spans)
        self.find_bar.refresh()
        if doc is None:
            self.heading.set_parts([tr(NO_ARTICLES)])
            self.heading.setToolTip("")
            return
        self.heading.set_parts([doc.source, doc.date, f"{doc.sha256[:12]}…"])
        self.heading.setToolTip(
            "\n".join(p for p in (doc.source, doc.date) if p)
            + tr("\nDocument id (SHA-256 of its text): {sha256}").format(sha256=doc.sha256)
        )

    def deselect(self) -> None:
        """Nothing selected: neither text nor annotation."""
        self.view.clear_selection()
        self.reading.select(0)

    def _caret_moved(self) -> None:
        # Moving the caret off the selected annotation deselects it, so digits tag anew.
        selected = self.reading.selected_id
        if selected and selected not in self.view.annotations_at(self.view.caret_offset()):
            self.reading.select(0)

    def _context_menu(self, global_pos: QPoint, _offset: int) -> None:
        a = self.actions_
        menu = QMenu(self)
        has_selection = self.view.selection_range() is not None
        record = None if has_selection else self.reading.selected_record()
        if record is not None:
            relabel = menu.addMenu(icons.icon("label.other"), tr("Change &Label"))
            for name, action in self.label_actions.items():
                item = relabel.addAction(action.icon(), name)
                item.setEnabled(name != record.label)
                item.triggered.connect(lambda _=False, n=name: self.relabel_requested.emit(n))
            menu.addActions([a["annotation.note"], a["annotation.tag_all"], a["annotation.delete"]])
            for add_entries in self.context_entries:
                menu.addSeparator()
                add_entries(menu, record)
        else:
            tag_menu = menu.addMenu(icons.icon("label.other"), tr("&Tag As"))
            tag_menu.addActions(list(self.label_actions.values()))
        menu.addSeparator()
        menu.addAction(icons.icon("edit.copy"), tr("&Copy"), self.view.copy).setEnabled(
            has_selection
        )
        menu.exec(global_pos)


class Heading(QLabel):
    """The article's outlet, date and id beside the label bar. When the pane narrows the
    least useful part goes first (the id, then the date) and the outlet is elided last,
    never cut off at its start."""

    SEPARATOR = "  ·  "

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.setObjectName("articleHeading")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A long outlet name must never widen the pane and push the splitter around.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_parts(self, parts: list[str]) -> None:
        self.parts = [p for p in parts if p]
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics, width = self.fontMetrics(), max(self.width() - 4, 0)
        shown = list(self.parts)
        while len(shown) > 1 and metrics.horizontalAdvance(self.SEPARATOR.join(shown)) > width:
            shown.pop()
        text = self.SEPARATOR.join(shown)
        self.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
