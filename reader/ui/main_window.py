"""The main window: articles | article text | annotations. It routes signals between
the thin widgets and turns user intent into undoable, committed edits."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reader import APP_NAME, paths
from reader.core.annotations import AnnotationRecord, DocumentText, draft_span
from reader.core.errors import KnownError
from reader.core.labels import LabelDef
from reader.core.segments import Edge, move_edge, snap_to_graphemes, snap_to_words, word_bounds
from reader.core.span_index import IndexedSpan
from reader.core.text import embed_rtl
from reader.services.annotation_files import open_annotation_file
from reader.settings import MAX_FONT_SIZE, MIN_FONT_SIZE, Settings
from reader.storage import backups, reads
from reader.storage.db import AnnotationFile, preload
from reader.ui import actions, dialogs, icons, state
from reader.ui.article_view import ArticleView
from reader.ui.backing_up import FileBackups
from reader.ui.commands import (
    AddAnnotation,
    DeleteAnnotation,
    EditAnnotation,
    TagOccurrences,
    quote,
)
from reader.ui.errors import show_error
from reader.ui.importing import ArticleImporter
from reader.ui.models import ID_ROLE, AnnotationTableModel, DocumentListModel, LabelFilterModel
from reader.ui.review import ReviewController, ReviewPanel
from reader.ui.search import FindBar, SearchPanel
from reader.ui.store import AnnotationStore, FileAnnotations, FileDocuments, edited
from reader.ui.tag_all import TagAllDialog
from reader.ui.theme import load_fonts

if TYPE_CHECKING:
    from reader.storage.search import SearchResult

log = logging.getLogger(__name__)

DEFAULT_FONT_SIZE = Settings().font_size
ALARM_STYLE = "color: #C0392B; font-weight: bold;"
CHECKPOINT_AFTER_MS = 2000  # a pause in editing this long moves the WAL into the file


class MainWindow(QMainWindow):
    def __init__(self, file: AnnotationFile, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.family = load_fonts()
        self.file = file
        self.store = AnnotationStore(file, self)
        self.undo_stack = QUndoStack(self)
        self.labels: list[LabelDef] = []
        self.document: DocumentText | None = None
        self.selected_id = 0
        self.actions_ = actions.build(self)
        self.label_actions: dict[str, QAction] = {}
        self._build_widgets()
        self.importer = ArticleImporter(self)
        self.backups = FileBackups(self)
        self.review = ReviewController(self)
        self.review_panel = ReviewPanel(self.review)
        self._build_review_dock()
        self._build_search_dock()
        self._build_menus()
        self._connect()
        self.resize(1360, 860)
        state.restore(self)
        self._splitter_restored = False
        self.preloading: threading.Thread | None = None
        self._rescued: AnnotationFile | None = None  # a moved file already copied whole
        self._apply_font()
        self.attach(file)

    # ------------------------------------------------------------------ building

    def _build_widgets(self) -> None:
        self.documents = DocumentListModel()
        self.document_view = QTableView()
        self.document_view.setModel(self.documents)
        self._table_defaults(self.document_view)
        self.document_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Rows are fetched as they scroll into view; uniform heights keep that cheap.
        self.document_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Tags has room for five digits. Never ResizeToContents here: it would fetch
        # every row.
        header = _size_columns(
            self.document_view,
            DocumentListModel.HEADLINE,
            {DocumentListModel.OUTLET: 70, DocumentListModel.DATE: 70, DocumentListModel.TAGS: 56},
        )
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # import order at first
        self.document_view.setSortingEnabled(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        for column in state.hidden_columns(self, DocumentListModel.HIDDEN_AT_FIRST):
            header.hideSection(column)
        self.document_view.setToolTip("Articles in this annotation file")
        self.document_filter = QLineEdit()
        self.document_filter.setPlaceholderText("Filter headlines and outlets…")
        self.document_filter.setClearButtonEnabled(True)
        self.document_filter.setToolTip("Show only articles whose headline or outlet holds this")
        self.unannotated_only = QCheckBox("Untagged")
        self.unannotated_only.setToolTip("Show only articles nobody has tagged yet")
        self.document_count = QLabel()
        self.document_count.setObjectName("documentCount")
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(200)  # typing: query once the user pauses
        # Stepping through articles remembers the last one read without a write per step.
        self._remember_timer = QTimer(self)
        self._remember_timer.setSingleShot(True)
        self._remember_timer.setInterval(1000)
        self._remember_timer.timeout.connect(self.save_settings)
        self._checkpoint_timer = QTimer(self)
        self._checkpoint_timer.setSingleShot(True)
        self._checkpoint_timer.setInterval(CHECKPOINT_AFTER_MS)
        self._checkpoint_timer.timeout.connect(self._checkpoint)
        left = _pane(
            [(self.document_filter, 1), (self.unannotated_only, 0)],
            self.document_view,
            self.document_count,
        )

        self.article = ArticleView()
        self.article.setToolTip("")
        self.heading = QLabel()
        self.heading.setObjectName("articleHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A long outlet name must never widen the pane and push the splitter around.
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label_bar = QToolBar("Labels")
        self.label_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.label_bar.setObjectName("labelBar")
        self.find_bar = FindBar(self.article)
        centre = _pane([(self.label_bar, 0), (self.heading, 1)], self.article, self.find_bar)

        self.annotations = AnnotationTableModel()
        self.filtered = LabelFilterModel()
        self.filtered.setSourceModel(self.annotations)
        self.annotation_view = QTableView()
        self.annotation_view.setModel(self.filtered)
        self._table_defaults(self.annotation_view)
        self.annotation_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.annotation_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        m = AnnotationTableModel
        _size_columns(self.annotation_view, m.TEXT, {m.LABEL: 86, m.NOTE: 80, m.ANNOTATOR: 80})
        self.label_filter = QComboBox()
        self.label_filter.setToolTip("Show only the annotations of one label")
        right = _pane([(QLabel("Show:"), 0), (self.label_filter, 1)], self.annotation_view)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 680, 350])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.save_status = QLabel()
        self.counts_status = QLabel()
        self.counts_status.setTextFormat(Qt.TextFormat.RichText)
        self.statusBar().addWidget(self.save_status, 1)
        self.statusBar().addPermanentWidget(self.counts_status)

    @staticmethod
    def _table_defaults(view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        # ElideRight drops the logical end of the string, so an Arabic headline keeps its
        # first words (ElideLeft would keep its last ones).
        view.setTextElideMode(Qt.TextElideMode.ElideRight)

    def _build_review_dock(self) -> None:
        dock = QDockWidget("Review", self)
        dock.setObjectName("reviewDock")
        dock.setWidget(self.review_panel)
        dock.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()
        self.review_dock = dock

    def _build_search_dock(self) -> None:
        self.search_panel = SearchPanel(self._search)
        dock = QDockWidget("Search All Articles", self)
        dock.setObjectName("searchDock")
        dock.setWidget(self.search_panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        dock.hide()
        self.search_dock = dock

    def _build_menus(self) -> None:
        a = self.actions_
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcuts([actions.QKeySequence(actions.Key.Undo)])
        undo.setIcon(icons.icon("edit.undo"))
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts([actions.QKeySequence("Ctrl+Shift+Z"), actions.QKeySequence("Ctrl+Y")])
        redo.setIcon(icons.icon("edit.redo"))
        self.addActions([undo, redo])
        self.undo_action, self.redo_action = undo, redo
        a["file.bom"].setChecked(self.settings.export_bom)
        a["annotation.snap"].setChecked(self.settings.snap_to_words)

        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([a["file.new"], a["file.open"], a["file.save_copy"]])
        file_menu.addAction(a["file.restore"])
        file_menu.addSeparator()
        file_menu.addActions([a["file.import"], a["file.import_folder"], a["file.export"]])
        file_menu.addAction(a["file.bom"])
        file_menu.addSeparator()
        file_menu.addAction(a["file.review"])
        file_menu.addSeparator()
        file_menu.addAction(a["file.annotator"])
        file_menu.addSeparator()
        file_menu.addAction(a["file.quit"])
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        edit_menu.addActions([a["edit.find"], a["edit.find_next"], a["edit.find_previous"]])
        edit_menu.addAction(a["edit.search"])
        self.annotate_menu = bar.addMenu("&Annotate")
        review_menu = bar.addMenu("Re&view")
        review_menu.addAction(a["file.review"])
        review_menu.addSeparator()
        review_menu.addActions(list(self.review_panel.actions_.values()))
        self.review_menu = review_menu
        view_menu = bar.addMenu("&View")
        view_menu.addAction(a["view.refresh"])
        view_menu.addSeparator()
        view_menu.addActions([a["view.zoom_in"], a["view.zoom_out"], a["view.zoom_reset"]])
        view_menu.addSeparator()
        view_menu.addActions([a["view.next_document"], a["view.previous_document"]])
        help_menu = bar.addMenu("&Help")
        help_menu.addActions([a["help.keys"], a["help.about"]])

        tools = self.addToolBar("Main")
        tools.setObjectName("mainToolBar")
        tools.addActions([a["file.open"], a["file.import"], a["file.export"]])
        tools.addSeparator()
        tools.addActions([undo, redo])
        tools.addSeparator()
        tools.addActions([a["annotation.note"], a["annotation.delete"]])
        tools.addSeparator()
        tools.addActions([a["view.zoom_out"], a["view.zoom_in"]])

    def _fill_annotate_menu(self) -> None:
        a = self.actions_
        menu = self.annotate_menu
        menu.clear()
        menu.addActions(list(self.label_actions.values()))
        menu.addSeparator()
        menu.addActions([a["annotation.note"], a["annotation.delete"], a["annotation.deselect"]])
        menu.addAction(a["annotation.tag_all"])
        bounds = menu.addMenu("Adjust &Boundaries")
        bounds.addActions(
            [
                a["annotation.start_earlier"],
                a["annotation.start_later"],
                a["annotation.end_earlier"],
                a["annotation.end_later"],
            ]
        )
        menu.addSeparator()
        menu.addAction(a["annotation.snap"])

    def _connect(self) -> None:
        a = self.actions_
        a["file.new"].triggered.connect(self.new_file)
        a["file.open"].triggered.connect(self.open_file_dialog)
        a["file.save_copy"].triggered.connect(self.save_copy)
        a["file.restore"].triggered.connect(self.backups.restore)
        self.backups.failed.connect(
            lambda why: self.statusBar().showMessage(f"⚠ No backup was taken: {why}", 15000)
        )
        a["file.import"].triggered.connect(self.import_files)
        a["file.import_folder"].triggered.connect(self.import_folder)
        a["file.export"].triggered.connect(self.export_csv)
        a["file.bom"].toggled.connect(self._set_bom)
        self.importer.finished.connect(self._import_finished)
        self.importer.failure.connect(
            lambda title, err: dialogs.report_failure(self, title, err, self.file)
        )
        a["file.review"].triggered.connect(self.review_file)
        self.review.changed.connect(self._review_changed)
        self.review_panel.add_button.clicked.connect(self.review_file)
        self.review_panel.close_button.clicked.connect(self.review.close_review)
        a["file.annotator"].triggered.connect(self.ask_annotator)
        a["edit.find"].triggered.connect(self.find_bar.open_bar)
        a["edit.find_next"].triggered.connect(lambda: self._find_step(1))
        a["edit.find_previous"].triggered.connect(lambda: self._find_step(-1))
        a["edit.search"].triggered.connect(self.open_search)
        self.search_panel.hit_chosen.connect(self.open_hit)
        a["file.quit"].triggered.connect(self.close)
        a["annotation.delete"].triggered.connect(self.delete_selected)
        a["annotation.note"].triggered.connect(self.edit_note)
        a["annotation.tag_all"].triggered.connect(self.tag_all)
        a["annotation.deselect"].triggered.connect(self.deselect)
        a["annotation.start_earlier"].triggered.connect(lambda: self.nudge(Edge.START, -1))
        a["annotation.start_later"].triggered.connect(lambda: self.nudge(Edge.START, 1))
        a["annotation.end_earlier"].triggered.connect(lambda: self.nudge(Edge.END, -1))
        a["annotation.end_later"].triggered.connect(lambda: self.nudge(Edge.END, 1))
        a["annotation.snap"].toggled.connect(self._set_snap)
        a["view.refresh"].triggered.connect(self.refresh)
        a["view.zoom_in"].triggered.connect(lambda: self.zoom(1))
        a["view.zoom_out"].triggered.connect(lambda: self.zoom(-1))
        a["view.zoom_reset"].triggered.connect(lambda: self.zoom(0))
        a["view.next_document"].triggered.connect(lambda: self.step_document(1))
        a["view.previous_document"].triggered.connect(lambda: self.step_document(-1))
        a["help.keys"].triggered.connect(lambda: dialogs.show_shortcuts(self))
        a["help.about"].triggered.connect(lambda: dialogs.show_about(self))

        self.document_view.selectionModel().currentRowChanged.connect(self._document_chosen)
        document_header = self.document_view.horizontalHeader()
        document_header.sortIndicatorChanged.connect(lambda *_: self._reselect_current())
        document_header.customContextMenuRequested.connect(self._document_header_menu)
        self.document_filter.textChanged.connect(self._filter_timer.start)
        self._filter_timer.timeout.connect(self._filter_documents)
        self.unannotated_only.toggled.connect(self._filter_documents)
        self.annotation_view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.annotations.note_edit_requested.connect(self.set_note)
        self.label_filter.currentIndexChanged.connect(self._filter_changed)
        self.article.annotation_clicked.connect(self.select_annotation)
        self.article.context_menu_requested.connect(self._context_menu)
        self.article.cursorPositionChanged.connect(self._caret_moved)
        self._connect_store()

    def _connect_store(self) -> None:
        self.store.annotation_added.connect(self._on_added)
        self.store.annotation_removed.connect(self._on_removed)
        self.store.annotation_changed.connect(self._on_changed)
        self.store.many_added.connect(self._on_many_added)
        self.store.many_removed.connect(self._on_many_removed)
        self.store.saved.connect(self._on_saved)
        self.store.saved.connect(self._checkpoint_timer.start)
        self.store.saved.connect(self.review.schedule_figures)

    # ------------------------------------------------------------------ files

    def attach(self, file: AnnotationFile) -> None:
        """Show `file`: its labels, its articles, the article last read in it."""
        if file is not self.file:
            self.importer.wait()  # its batches belong to the file being left
            self._rescue_if_stranded()
            self.file.close()
            self.file = file
            self.store.deleteLater()
            self.store = AnnotationStore(file, self)
            self._connect_store()
        self.undo_stack.clear()  # commands belong to the file they edited
        self.review.close_review()  # a review lays colleagues over this file only
        wanted = self.settings.last_documents.get(str(file.path), "")
        self.labels = reads.list_labels(file.reader)
        last_read = reads.document_id_by_sha(file.reader, wanted) if wanted else None
        self._install_labels()
        self.documents.set_source(FileDocuments(file))
        self.annotations.set_source(FileAnnotations(file))
        self._update_document_count()
        self.settings.last_file = str(file.path or "")
        self.save_settings()
        read_only = " [read-only]" if file.read_only else ""
        self.setWindowTitle(f"{APP_NAME} — {file.display_name}{read_only}")
        if self.isVisible():  # at start-up, once the first screen is painted instead
            self._back_up()
        self._show_file_status()
        row = self.documents.row_of(last_read) if last_read is not None else 0
        if self.documents.rowCount():
            self.document_view.selectRow(max(row, 0))
        else:
            self.show_document(None)

    def _install_labels(self) -> None:
        for action in self.label_actions.values():
            self.removeAction(action)
            action.deleteLater()
        self.label_actions = actions.label_actions(self, self.labels)
        for name, action in self.label_actions.items():
            action.triggered.connect(lambda _=False, n=name: self.tag(n))
        self.label_bar.clear()
        self.label_bar.addActions(list(self.label_actions.values()))
        self._fill_annotate_menu()
        self.article.set_labels(self.labels)
        self.annotations.set_labels(self.labels)
        self.label_filter.blockSignals(True)
        self.label_filter.clear()
        self.label_filter.addItem(icons.icon("filter"), "All labels", "")
        for label in self.labels:
            self.label_filter.addItem(icons.swatch(label.colour), label.name, label.name)
        self.label_filter.blockSignals(False)
        self.filtered.set_label("")

    def show_document(self, document_id: int | None) -> None:
        spans: list[IndexedSpan] = []
        document = None
        if document_id is not None:
            document = reads.get_document(self.file.reader, document_id)
            spans = reads.list_spans(self.file.reader, document_id) if document else []
        self.document = document
        self.selected_id = 0
        self.article.show_document(document, spans)
        self.annotations.reset(spans)
        self._update_heading()
        self._update_counts()
        self.review.overlays_changed()
        self.review.schedule_figures()
        self.find_bar.refresh()
        if document and self.file.path:
            self.settings.last_documents[str(self.file.path)] = document.sha256
            self._remember_timer.start()

    def _show_file_status(self) -> None:
        if self.file.read_only:
            self.save_status.setStyleSheet(ALARM_STYLE)
            self.save_status.setText(
                f"Read-only ({self.file.read_only}): nothing can be changed. File ▸ Save a "
                "Copy As… makes a copy to annotate."
            )
        else:
            self.save_status.setStyleSheet("")
            self.save_status.setText(f"Annotation file: {self.file.display_name}")

    def _update_heading(self) -> None:
        doc = self.document
        if doc is None:
            self.heading.setText("No articles yet: File ▸ Import… (Ctrl+I)")
            return
        parts = [doc.source, doc.date, f"{doc.sha256[:12]}…"]
        self.heading.setText("  ·  ".join(p for p in parts if p))
        self.heading.setToolTip(f"Document id (SHA-256 of its text): {doc.sha256}")

    def _document_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_document(int(current.siblingAtColumn(0).data(ID_ROLE)))

    # ------------------------------------------------------------------ finding

    def _find_step(self, delta: int) -> None:
        if self.find_bar.isVisible():
            self.find_bar.step(delta)
        else:
            self.find_bar.open_bar()

    def open_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.focus_field()

    def _search(self, query: str, limit: int) -> SearchResult:
        from reader.storage import search

        with self.file.session() as s:
            return search.search(s, query, limit=limit)

    def open_hit(self, document_id: int, start: int, end: int) -> None:
        """Open the article of a search hit with the hit's exact characters selected."""
        if self.document is None or self.document.id != document_id:
            row = self.documents.row_of(document_id)
            if row >= 0:
                self.document_view.selectRow(row)
            else:  # filtered out of the list: open it all the same
                self.show_document(document_id)
        if self.document is not None and self.document.id == document_id:
            self.article.select_range(start, end)
            self.statusBar().showMessage(
                f"Found at [{start}, {end}): press 1, 2 or 3 to tag it.", 5000
            )

    def step_document(self, delta: int) -> None:
        count = self.documents.rowCount()
        if count:
            row = self.document_view.currentIndex().row()
            self.document_view.selectRow(max(0, min(count - 1, row + delta)))

    def new_file(self) -> None:
        path = dialogs.choose_new_file(self)
        if path is not None:
            self.switch_to(path)

    def open_file_dialog(self) -> None:
        path = dialogs.choose_existing_file(self)
        if path is not None:
            self.switch_to(path)

    def switch_to(self, path: Path) -> None:
        try:
            file = open_annotation_file(path)
        except Exception as err:  # KnownError or a driver error: say it, keep this file
            dialogs.report_failure(self, "Could not open the annotation file", err)
            return
        self.attach(file)

    def review_file(self) -> None:
        path = dialogs.choose_review_file(self)
        if path is not None and self.review.open_file(path):
            colleague = self.review.colleague
            assert colleague is not None
            self.review_panel.show_first()
            self.statusBar().showMessage(
                f"Reviewing {colleague.name}: F8 goes to the next difference.", 8000
            )

    def _review_changed(self) -> None:
        active = bool(self.review.colleagues)
        self.review_dock.setVisible(active)
        for action in self.review_panel.actions_.values():
            action.setEnabled(active)
        if active:
            self.review_panel.table.setFocus()
        else:
            self.article.set_overlays([])

    def import_files(self) -> None:
        self._import(dialogs.choose_articles(self))

    def import_folder(self) -> None:
        folder = dialogs.choose_article_folder(self)
        self._import([folder] if folder else [])

    def _import(self, sources: list[Path]) -> None:
        if self.importer.running:
            self.statusBar().showMessage("An import is running; wait for it or cancel it.", 5000)
            return
        articles = dialogs.import_into(self, self.file, sources)
        self._after_import()
        self.importer.start(self.file, articles)
        self._importing_changed()

    def _importing_changed(self) -> None:
        for name in ("file.import", "file.import_folder", "file.new", "file.open"):
            self.actions_[name].setEnabled(not self.importer.running)

    def _import_finished(self, _report: object) -> None:
        self._importing_changed()
        self._after_import()

    def _after_import(self) -> None:
        """New documents in the list; new spans on the article shown."""
        self._reload_documents()
        if self.document is not None:
            self.show_document(self.document.id)

    def refresh(self) -> None:
        """Read the list and the open article again: another window or process may have
        saved into the file (each read sees every commit; nothing is cached across)."""
        scroll = self.article.verticalScrollBar()
        position = scroll.value()
        self._after_import()
        scroll.setValue(position)
        self._check_in_place()
        self.statusBar().showMessage(
            f"Read again from {self.file.display_name}: {self.documents.rowCount():,} "
            f"articles, {self.annotations.rowCount():,} annotations on this one.", 5000
        )  # fmt: skip

    def _reload_documents(self) -> None:
        self.documents.refresh()
        self._update_document_count()
        self._reselect_current()

    def _reselect_current(self) -> None:
        """After the list changed: select the open article's row again, if it is shown."""
        current = self.document.id if self.document else None
        row = self.documents.row_of(current) if current is not None else -1
        selection = self.document_view.selectionModel()
        selection.blockSignals(True)  # the article is already open: do not reload it
        if row >= 0:
            self.document_view.selectRow(row)
            self.document_view.scrollTo(self.documents.index(row, 0))
        else:
            selection.clearSelection()
        selection.blockSignals(False)
        if current is None and self.documents.rowCount():
            self.document_view.selectRow(0)

    def _filter_documents(self) -> None:
        query = replace(
            self.documents.query,
            text=self.document_filter.text().strip(),
            unannotated=self.unannotated_only.isChecked(),
        )
        self.documents.refresh(query)
        self._update_document_count()
        self._reselect_current()

    def _document_header_menu(self, pos: QPoint) -> None:
        """Which columns the articles list shows, and a way back to import order."""
        header = self.document_view.horizontalHeader()
        menu = QMenu(self)
        for column in DocumentListModel.OPTIONAL:
            name = DocumentListModel.HEADERS[column]
            action = menu.addAction(f"Show {name}")
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.addSeparator()
        menu.addAction(
            "Sort in Import Order", lambda: header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        )
        menu.exec(header.mapToGlobal(pos))

    def _update_document_count(self) -> None:
        shown = self.documents.rowCount()
        query = self.documents.query
        if query.text or query.unannotated:
            total = reads.count_documents(self.file.reader)
            self.document_count.setText(f"{shown:,} of {total:,} articles")
        else:
            self.document_count.setText(f"{shown:,} articles")

    def export_csv(self) -> None:
        from reader.ui import interchange  # the formats load with the first export

        interchange.export_flow(self, self.file, self.settings.export_bom)

    def _set_bom(self, on: bool) -> None:
        self.settings.export_bom = on
        self.save_settings()

    def _set_snap(self, on: bool) -> None:
        self.settings.snap_to_words = on
        self.save_settings()

    def ask_annotator(self) -> None:
        name = dialogs.ask_annotator(self, self.settings.annotator)
        if name:
            self.settings.annotator = name
            self.save_settings()

    def save_settings(self) -> None:
        """Preferences are written when they change, so a crash or kill keeps them."""
        try:
            self.settings.save()
        except OSError as err:
            self.statusBar().showMessage(f"Preferences not saved: {dialogs.explain(err)}", 8000)

    # ------------------------------------------------------------------ tagging

    def _new_span_range(self) -> tuple[int, int] | None:
        assert self.document is not None
        text = self.document.text
        chosen = self.article.selection_range()
        if chosen is None:
            return word_bounds(text, self.article.caret_offset())
        snap = snap_to_words if self.settings.snap_to_words else snap_to_graphemes
        return snap(text, *chosen)

    def tag(self, label: str) -> None:
        """Tag the selection (or the word at the caret) as `label`; with no selection and
        an annotation selected, relabel that annotation instead."""
        if self.document is None:
            return
        if self.article.selection_range() is None and self.selected_id:
            self.change_label(label)
            return
        span = self._new_span_range()
        if span is None:
            self.statusBar().showMessage("Select some words to tag first.", 4000)
            return
        draft = draft_span(self.document.id, self.document.text, span[0], span[1], label)
        annotator = self.settings.annotator or "anonymous"
        existing = self.store.find_same(draft, annotator)
        if existing:
            self.select_annotation(existing)
            self.statusBar().showMessage(f"Already tagged as {label}.", 4000)
            return
        command = self._run(lambda: AddAnnotation(self.store, self._undo_failed, draft, annotator))
        if command is not None:
            self.article.clear_selection()
            self.select_annotation(command.record.id)

    def change_label(self, label: str) -> None:
        record = self._selected_record()
        if record is None or record.label == label:
            return
        after = edited(record, label=label)
        self._run(
            lambda: EditAnnotation(
                self.store, self._undo_failed, record, after, f"Relabel as {label}"
            )
        )

    def set_note(self, annotation_id: int, note: str) -> None:
        row = self.annotations.row_of(annotation_id)
        if row < 0:
            return
        record = self.annotations.record_at(row)
        after = edited(record, note=note)
        self._run(lambda: EditAnnotation(self.store, self._undo_failed, record, after, "Edit note"))

    def edit_note(self) -> None:
        record = self._selected_record()
        if record is None:
            self.statusBar().showMessage("Select an annotation to add a note to.", 4000)
            return
        note = dialogs.ask_note(self, record)
        if note is not None and note != record.note:
            self.set_note(record.id, note)

    def tag_all(self) -> None:
        """Tag the other occurrences of the selected annotation's text, as chosen in a
        preview, in one undoable step."""
        record = self._selected_record()
        if record is None:
            self.statusBar().showMessage("Select an annotation whose text to tag elsewhere.", 4000)
            return
        from reader.services.occurrences import find_occurrences  # storage and search: on first use

        annotator = self.settings.annotator or "anonymous"
        dialog = TagAllDialog(
            self,
            record,
            lambda everywhere: find_occurrences(self.file, record, annotator, everywhere),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        drafts = [o.draft(record.label) for o in dialog.chosen()]
        if drafts:
            text = f"Tag {len(drafts)} occurrences of {quote(record.text)} as {record.label}"
            self._run(
                lambda: TagOccurrences(self.store, self._undo_failed, drafts, annotator, text)
            )

    def delete_selected(self) -> None:
        record = self._selected_record()
        if record is not None:
            self._run(lambda: DeleteAnnotation(self.store, self._undo_failed, record))

    def nudge(self, edge: Edge, steps: int) -> None:
        """Move one boundary of the selected annotation by whole graphemes (negative is
        earlier in the text). The keys are bound for right-to-left reading: Alt+Right
        moves a boundary towards the start of the line, the way the arrow points."""
        record = self._selected_record()
        if record is None or self.document is None:
            return
        text = self.document.text
        start, end = move_edge(text, record.start, record.end, edge, steps)
        if (start, end) == (record.start, record.end):
            return
        draft = draft_span(record.document_id, text, start, end, record.label)
        after = edited(
            record,
            start=start,
            end=end,
            text=draft.text,
            context_before=draft.context_before,
            context_after=draft.context_after,
        )
        self._run(
            lambda: EditAnnotation(
                self.store, self._undo_failed, record, after, "Adjust boundary", mergeable=True
            )
        )

    def _run(self, make):  # type: ignore[no-untyped-def]
        """Execute an edit (committing it) and put it on the undo stack. On failure say
        why, offer what may help (try again; a copy when the file cannot be written),
        and redraw from what is really in the file."""
        while True:
            try:
                command = make()
            except Exception as err:
                self._mark_unsaved(err)
                if self._remedied(err):
                    continue  # `make` reads self.store again: after a copy, the copy's
                self._show_saved_state()
                return None
            self.undo_stack.push(command)
            return command

    def _remedied(self, err: Exception) -> bool:
        """Tell the user why the edit failed; whether what they chose lets it be tried
        again (Try Again, or a copy saved and opened)."""
        choice = dialogs.ask_after_failure(
            self,
            "The change was not saved",
            dialogs.explain(err, self.file),
            dialogs.remedies(err),
        )
        if choice == dialogs.COPY:
            return self.save_copy()
        return choice == dialogs.RETRY

    def _undo_failed(self, err: Exception) -> None:
        show_error(self, "Undo/redo was not saved", dialogs.explain(err, self.file))
        self._mark_unsaved(err)
        self._show_saved_state()

    def _show_saved_state(self) -> None:
        """Redraw the article from the file after a failed edit; the file may be
        unreadable too, which the status bar then says."""
        try:
            self.show_document(self.document.id if self.document else None)
        except sqlite3.Error as err:
            self.statusBar().showMessage(dialogs.explain(err, self.file), 15000)

    def save_copy(self) -> bool:
        """File ▸ Save a Copy As…: everything in the open file, written to a new file.
        When the open file can no longer be written (moved, deleted, read-only), the
        window goes on in the copy. Whether a copy was written."""
        target = dialogs.choose_copy_path(self, self.file)
        if target is None:
            return False
        stranded = bool(self.file.read_only) or not self.file.is_in_place()
        try:
            self.file.save_copy(target)
        except KnownError as err:
            show_error(self, "The copy was not saved", str(err))
            return False
        if stranded:
            self._rescued = self.file  # the copy holds all of it: no rescue on leaving
            self.switch_to(target)
        self.statusBar().showMessage(f"Copy saved: {target}", 8000)
        return True

    def _check_in_place(self) -> None:
        """Warn as soon as the window is used again if its file was moved or deleted
        meanwhile, before an edit finds out."""
        if not self.file.is_in_place():
            self.save_status.setStyleSheet(ALARM_STYLE)
            self.save_status.setText(
                f"⚠ {self.file.display_name} was moved or deleted outside Qari; edits "
                "cannot be saved to it. File ▸ Save a Copy As… keeps everything in it."
            )

    # ------------------------------------------------------------------ selection

    def _selected_record(self) -> AnnotationRecord | None:
        row = self.annotations.row_of(self.selected_id) if self.selected_id else -1
        return self.annotations.record_at(row) if row >= 0 else None

    def select_annotation(self, annotation_id: int, reveal: bool = False) -> None:
        self.selected_id = annotation_id if self.annotations.row_of(annotation_id) >= 0 else 0
        self.article.select_annotation(self.selected_id, reveal=reveal)
        self._select_row(self.selected_id)
        record = self._selected_record()
        if record is not None:
            note = f" — {embed_rtl(record.note)}" if record.note else ""
            self.statusBar().showMessage(
                f"{record.label} {embed_rtl(f'«{record.text}»')} "
                f"[{record.start}, {record.end}){note}",
                6000,
            )

    def deselect(self) -> None:
        self.article.clear_selection()
        self.select_annotation(0)

    def _select_row(self, annotation_id: int) -> None:
        selection = self.annotation_view.selectionModel()
        row = self.annotations.row_of(annotation_id)
        proxy = self.filtered.mapFromSource(self.annotations.index(row, 0)) if row >= 0 else None
        selection.blockSignals(True)
        if proxy is not None and proxy.isValid():
            selection.setCurrentIndex(
                proxy,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.annotation_view.scrollTo(proxy)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        selection.blockSignals(False)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.select_annotation(int(current.siblingAtColumn(0).data(ID_ROLE)), reveal=True)

    def _caret_moved(self) -> None:
        # Moving the caret off the selected annotation deselects it, so digits tag anew.
        if self.selected_id and self.selected_id not in self.article.annotations_at(
            self.article.caret_offset()
        ):
            self.select_annotation(0)

    def _filter_changed(self) -> None:
        self.filtered.set_label(str(self.label_filter.currentData() or ""))
        self._select_row(self.selected_id)

    def _context_menu(self, global_pos: QPoint, _offset: int) -> None:
        a = self.actions_
        menu = QMenu(self)
        has_selection = self.article.selection_range() is not None
        record = None if has_selection else self._selected_record()
        if record is not None:
            relabel = menu.addMenu(icons.icon("label.other"), "Change &Label")
            for name, action in self.label_actions.items():
                item = relabel.addAction(action.icon(), name)
                item.setEnabled(name != record.label)
                item.triggered.connect(lambda _=False, n=name: self.change_label(n))
            menu.addActions([a["annotation.note"], a["annotation.tag_all"], a["annotation.delete"]])
        else:
            tag_menu = menu.addMenu(icons.icon("label.other"), "&Tag As")
            tag_menu.addActions(list(self.label_actions.values()))
        menu.addSeparator()
        menu.addAction(icons.icon("edit.copy"), "&Copy", self.article.copy).setEnabled(
            has_selection
        )
        menu.exec(global_pos)

    # ------------------------------------------------------------------ store events

    def _follow(self, record: AnnotationRecord) -> bool:
        """Show the record's article (undo may reach back into another one); True when
        the article view is already current and needs the incremental update."""
        if self.document and record.document_id == self.document.id:
            return True
        row = self.documents.row_of(record.document_id)
        if row >= 0:
            self.document_view.selectRow(row)  # loads the article fresh from the file
        return False

    def _on_added(self, record: AnnotationRecord) -> None:
        self.documents.adjust_count(record.document_id, 1)
        if self._follow(record):
            self.article.upsert_span(record)
            self.annotations.insert(record)
        self._update_counts()

    def _on_removed(self, record: AnnotationRecord) -> None:
        self.documents.adjust_count(record.document_id, -1)
        if self._follow(record):
            self.annotations.remove(record.id)
            self.article.remove_span(record.id)
            if self.selected_id == record.id:
                self.select_annotation(0)
        self._update_counts()

    def _on_many_added(self, records: list[AnnotationRecord]) -> None:
        for doc_id, n in Counter(r.document_id for r in records).items():
            self.documents.adjust_count(doc_id, n)
        if self.document is not None:
            here = [r for r in records if r.document_id == self.document.id]
            for record in here:
                self.article.upsert_span(record)
            if here:
                self.annotations.add_many(here)
        self._update_counts()

    def _on_many_removed(self, records: list[AnnotationRecord]) -> None:
        for doc_id, n in Counter(r.document_id for r in records).items():
            self.documents.adjust_count(doc_id, -n)
        gone = {r.id for r in records}
        if self.document is not None:
            for record in records:
                if record.document_id == self.document.id:
                    self.article.remove_span(record.id)
            self.annotations.remove_many(gone)
            if self.selected_id in gone:
                self.select_annotation(0)
        self._update_counts()

    def _on_changed(self, _before: AnnotationRecord, after: AnnotationRecord) -> None:
        if self._follow(after):
            self.annotations.replace(after)
            self.article.upsert_span(after)
            if self.selected_id == after.id:
                self._select_row(after.id)
        self._update_counts()

    def _on_saved(self) -> None:
        from datetime import datetime

        stamp = datetime.now().strftime("%H:%M:%S")
        self.save_status.setStyleSheet("")
        self.save_status.setText(f"✓ All changes saved {stamp} — {self.file.display_name}")

    def _mark_unsaved(self, err: Exception) -> None:
        self.save_status.setStyleSheet(ALARM_STYLE)
        self.save_status.setText(f"✗ Last change NOT saved: {dialogs.brief(err, self.file)}")

    def _update_counts(self) -> None:
        counts = self.annotations.label_counts()
        chips = [
            f'<span style="color:{label.colour}">■</span> {label.name} {counts.get(label.name, 0)}'
            for label in self.labels
        ]
        self.counts_status.setText("&nbsp;&nbsp;".join(chips))

    # ------------------------------------------------------------------ view

    def zoom(self, direction: int) -> None:
        size = self.settings.font_size
        size = DEFAULT_FONT_SIZE if direction == 0 else size + direction
        self.settings.font_size = max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, size))
        self._apply_font()
        self.save_settings()
        self.statusBar().showMessage(f"Text size {self.settings.font_size:g} pt", 2000)

    def _apply_font(self) -> None:
        self.article.set_font_size(self.family, self.settings.font_size)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splitter_restored:
            self._splitter_restored = True
            state.restore_splitter(self, self.splitter)
            self.article.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.preloading is None:
            # The first screen is being painted; it was read without SQLAlchemy. Load
            # that now, in the background, so the first edit does not wait for it. The
            # window stays interactive meanwhile (a list scroll step: 12-17 ms, not 7).
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._after_first_paint)
        return False

    def _after_first_paint(self) -> None:
        if self.preloading is None:
            self.preloading = preload()
            self._back_up()

    def _back_up(self) -> None:
        if not self.file.read_only:  # a file that cannot change needs no new backup
            self.backups.start(self.file.path)

    def _checkpoint(self) -> None:
        try:
            self.file.checkpoint()
        except Exception:  # the edits are committed in the WAL already; only log it
            log.exception("checkpoint of %s failed", self.file.display_name)

    def _rescue_if_stranded(self) -> None:
        """Closing a file that was moved or deleted while open: SQLite will not write the
        WAL into it, so edits not yet in the file would stay behind in the old -wal.
        Copy everything through the open connection into the backups folder first."""
        if self.file.read_only or self.file.is_in_place() or self.file is self._rescued:
            return
        assert self.file.path is not None
        target = backups.rescue_path(self.file.path, paths.backup_dir())
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            self.file.save_copy(target)
        except (KnownError, OSError) as err:
            show_error(self, "The annotation file was moved or deleted", dialogs.explain(err))
            return
        show_error(
            self,
            "The annotation file was moved or deleted",
            f"{self.file.display_name} was moved or deleted while open. Everything it held, "
            f"with every saved edit, was copied to:\n\n{target}\n\nOpen that copy with "
            "File ▸ Open Annotation File…",
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._check_in_place()  # the user may have moved the file while away
        super().changeEvent(event)

    def close_file(self) -> None:
        """Let background work on the open file finish, and close it (before a restore)."""
        self.importer.wait()
        self.backups.wait()
        self.file.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.importer.wait()
        self.backups.wait()
        self._checkpoint_timer.stop()
        self._rescue_if_stranded()
        state.save(self, self.splitter)
        header = self.document_view.horizontalHeader()
        state.save_hidden_columns(
            self, [c for c in DocumentListModel.OPTIONAL if header.isSectionHidden(c)]
        )
        self.save_settings()
        self.file.close()
        event.accept()


def _size_columns(view: QTableView, stretch: int, widths: dict[int, int]) -> QHeaderView:
    """Resizable columns of fixed start widths, one stretching to fill the rest."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in widths.items():
        header.resizeSection(column, width)
    return header


def _pane(
    top_row: list[tuple[QWidget, int]], body: QWidget, footer: QWidget | None = None
) -> QWidget:
    """A splitter pane: a row of (widget, stretch) above a body that takes the rest."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for widget, stretch in top_row:
        row.addWidget(widget, stretch)
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(row)
    layout.addWidget(body, 1)
    if footer is not None:
        layout.addWidget(footer)
    return pane
