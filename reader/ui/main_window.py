"""The main window is a frame: articles | article text | annotations, the Review and
Search docks, the menus and the status bar, and the one block (`_connect`) that routes
signals between the rooms that do the work:

- `session.FileSession`: the open annotation file and its life;
- `editor.Editor`: every edit, undoable and committed;
- `reading.Reading`: the open article and the selected annotation (the hub);
- the panes (`document_list`, `article_pane`, `annotation_table`, `search`, `review`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QSplitter, QWidget

from reader import APP_NAME
from reader.core.links import CLAIM, ClaimRow
from reader.core.progress import Status
from reader.core.segments import Edge
from reader.settings import Settings
from reader.storage import reads
from reader.storage.db import AnnotationFile
from reader.ui import actions, dialogs, folders, state, team_dialogs
from reader.ui.annotation_table import AnnotationPanel
from reader.ui.article_pane import ArticlePane
from reader.ui.attribution import Attribution, AttributionPanel, link_actions
from reader.ui.claims import ClaimsPanel
from reader.ui.document_list import DocumentListPanel
from reader.ui.document_model import DocumentListModel
from reader.ui.editor import NO_NAME, Editor
from reader.ui.entities import EntityBox, EntityLinker
from reader.ui.entities_panel import EntitiesPanel, EntitySource
from reader.ui.i18n import tr
from reader.ui.importing import ArticleImporter
from reader.ui.indexing import IndexingStatus
from reader.ui.preferences import FocusMode, Preferences
from reader.ui.reading import Reading
from reader.ui.review.room import REVIEW_SHARE, ReviewRoom
from reader.ui.rooms import LazyDock
from reader.ui.search import SearchPanel
from reader.ui.session import FileSession
from reader.ui.store import FileAnnotations, FileDocuments
from reader.ui.suggestions import Suggestions
from reader.ui.team_watch import TeamWatch

if TYPE_CHECKING:
    from reader.ui.interchange import AnnotationExporter
    from reader.ui.overview import OverviewPanel
    from reader.ui.review.controller import ReviewController
    from reader.ui.review.panel import ReviewPanel

ALARM_STYLE = "color: #C0392B; font-weight: bold;"
REMEMBER_AFTER_MS = 1000  # stepping through articles: remember the last one read once
OVERVIEW_SHARE = 0.55  # the charts want room


class MainWindow(QMainWindow):
    def __init__(self, file: AnnotationFile, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.reading = Reading()
        self.session = FileSession(file, self)
        self.actions_ = actions.build(self)
        stack = self.session.undo_stack
        self.actions_["edit.undo"] = actions.adopt(self, stack.createUndoAction(self), "edit.undo")
        self.actions_["edit.redo"] = actions.adopt(self, stack.createRedoAction(self), "edit.redo")
        self.label_actions: dict[str, QAction] = {}
        self.documents = DocumentListPanel(
            self.reading, state.hidden_columns(self, DocumentListModel.HIDDEN_AT_FIRST)
        )
        self.article_pane = ArticlePane(self.reading, self.actions_, settings)
        self.article = self.article_pane.view
        self.annotations = AnnotationPanel(self.reading)
        self.editor = Editor(self.session, self.reading, self.article, settings, self)
        self.attribution_panel = AttributionPanel()
        self.attribution = Attribution(self.editor, self.reading, self.article,
                                       self.attribution_panel)  # fmt: skip
        self.link_actions: dict[str, QAction] = {}
        self.entity_box = EntityBox()
        self.entities = EntityLinker(self.editor, self.reading, self.entity_box)
        self.suggestions = Suggestions(self.editor, self.reading, self.article, settings)
        self.article_pane.context_entries += [self.attribution.context_actions,
                                              self.entities.context_actions]  # fmt: skip
        self.importer = ArticleImporter(self.session, self)
        self.team_watch = TeamWatch(self)  # others' changes on a team database
        self.exporter: AnnotationExporter | None = None  # made on the first export
        self.review_room = ReviewRoom(self, self)  # built when a review is first asked for
        self.search_panel = SearchPanel(self.session.search)
        self.claims_panel = ClaimsPanel(self._claim_rows)
        self.entities_panel = EntitiesPanel(self._entity_source())
        self._remember_timer = QTimer(self, singleShot=True, interval=REMEMBER_AFTER_MS)
        self.preferences = Preferences(settings, self.actions_, self.article_pane, self)
        self.focus_mode = FocusMode(lambda: (self.documents, self.side, self.tool_bar,
                                             self.review_dock, self.search_dock,
                                             self.claims_dock, self.entities_dock,
                                             self.overview_dock))  # fmt: skip
        self._build_frame()
        self._build_menus()
        self._connect()
        self.resize(1360, 860)
        state.restore(self)
        self._splitter_restored = False
        self.set_enabled([n for n in self.actions_ if n.startswith("review.")], False)
        folders.open_in(settings.default_folder)
        self.session.attach(file)
        if not settings.annotator:  # the first-start question was cancelled
            self.say(tr(NO_NAME), 30000)

    # ---------------------------------------------------------------- the frame

    def _build_frame(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        # The annotations above the selected span's links (who said it).
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.setObjectName("sideSplitter")
        self.side.addWidget(self.annotations)
        self.side.addWidget(self.attribution_panel)
        self.side.addWidget(self.entity_box)
        self.side.setStretchFactor(0, 3)
        self.side.setStretchFactor(1, 1)
        self.side.setStretchFactor(2, 1)
        for pane in (self.documents, self.article_pane, self.side):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 680, 350])
        # Side panes shrink to their least, then may be dragged shut; the text never is.
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)
        self.review_dock = self._dock(tr("Review"), "reviewDock", lambda: self.review_panel,
                                      Qt.DockWidgetArea.BottomDockWidgetArea)  # fmt: skip
        self.review_dock.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea
        )
        self.search_dock = self._dock(tr("Search All Articles"), "searchDock", self.search_panel,
                                      Qt.DockWidgetArea.LeftDockWidgetArea)  # fmt: skip
        self.claims_dock = self._dock(tr("Claims"), "claimsDock", self.claims_panel,
                                      Qt.DockWidgetArea.BottomDockWidgetArea)  # fmt: skip
        self.entities_dock = self._dock(tr("Entities"), "entitiesDock", self.entities_panel,
                                        Qt.DockWidgetArea.BottomDockWidgetArea)  # fmt: skip
        self.overview_dock = self._dock(tr("Overview"), "overviewDock", self._build_overview,
                                        Qt.DockWidgetArea.BottomDockWidgetArea)  # fmt: skip
        self.save_status = QLabel()
        self.statusBar().addWidget(self.save_status, 1)
        self.statusBar().addPermanentWidget(IndexingStatus(self.session.indexing))
        self.statusBar().addPermanentWidget(self.annotations.counts)
        # Qt hides the label under a message only if it was visible when the message came:
        # one said before the window was first shown would be drawn over it.
        self.statusBar().messageChanged.connect(lambda m: self.save_status.setHidden(bool(m)))

    def _dock(
        self, title: str, name: str, body: QWidget | Callable[[], QWidget], area: Qt.DockWidgetArea
    ) -> QDockWidget:
        """A dock holding `body`, or the body `body()` builds when first shown."""
        dock = LazyDock(title, self, body) if callable(body) else QDockWidget(title, self)
        dock.setObjectName(name)
        if isinstance(body, QWidget):
            dock.setWidget(body)
        self.addDockWidget(area, dock)
        dock.hide()
        return dock

    def _build_menus(self) -> None:
        a = self.actions_
        a["file.bom"].setChecked(self.settings.export_bom)
        a["annotation.snap"].setChecked(self.settings.snap_to_words)
        a["entity.auto"].setChecked(self.settings.link_known_names)
        a["suggestion.show"].setChecked(self.settings.show_suggestions)
        self.entity_box.set_actions([a["entity.link"], a["entity.new"], a["entity.unlink"]])
        self.documents.set_row_actions([a[name] for name in actions.STATUSES])
        self.menus = {title: self.menuBar().addMenu(tr(title)) for title, _ in actions.MENUS}
        for title, names in actions.MENUS:
            actions.fill(self.menus[title], names, self.actions_, self.label_actions)
        self.tool_bar = tools = self.addToolBar(tr("Main"))
        tools.setObjectName("mainToolBar")
        for name in actions.TOOLBAR:
            tools.addSeparator() if name == "-" else tools.addAction(a[name])

    # ---------------------------------------------------------------- the wiring

    def _routes(self) -> dict[str, Callable[[], object]]:
        """What each action of the registry does."""
        ed, session = self.editor, self.session
        return {
            "file.new": lambda: self._switch(dialogs.choose_new_file(self)),
            "file.open": lambda: self._switch(dialogs.choose_existing_file(self)),
            "file.open_team": self._open_team,
            "file.save_copy": session.save_copy,
            "file.restore": session.restore_backup,
            "file.import": self.importer.import_chosen,
            "file.import_folder": self.importer.import_folder,
            "file.export": self._export,
            "file.annotator": self.preferences.ask_annotator,
            "edit.preferences": self.preferences.edit,
            "file.quit": self.close,
            "edit.find": self.article_pane.find_bar.open_bar,
            "edit.find_next": lambda: self.article_pane.find_bar.step_or_open(1),
            "edit.find_previous": lambda: self.article_pane.find_bar.step_or_open(-1),
            "edit.search": self.open_search,
            "view.claims": self.open_claims,
            "view.overview": lambda: self._open_dock(
                self.overview_dock, self.overview_panel, OVERVIEW_SHARE
            ),
            "view.entities": lambda: self._open_dock(
                self.entities_dock, self.entities_panel.filter
            ),
            **{f"status.{status.value}": partial(ed.mark, status) for status in Status},
            "entity.link": self.entities.link_chosen,
            "entity.new": self.entities.new_entity,
            "entity.unlink": self.entities.unlink,
            "suggestion.next": lambda: self.suggestions.step(1),
            "suggestion.previous": lambda: self.suggestions.step(-1),
            "suggestion.accept": self.suggestions.accept,
            "suggestion.reject": self.suggestions.reject,
            "suggestion.gazetteer": self.import_gazetteer,
            "annotation.delete": ed.delete_selected,
            "annotation.note": ed.edit_note,
            "annotation.tag_all": ed.tag_all,
            "annotation.deselect": self.article_pane.deselect,
            **{f"annotation.{edge.name.lower()}_{way}": partial(ed.nudge, edge, step)
               for edge in Edge for way, step in (("earlier", -1), ("later", 1))},
            "link.remove": self.attribution.remove_current,
            **self.review_room.routes(),
            "view.refresh": self.refresh,
            **{f"view.zoom_{name}": partial(self.article_pane.zoom, step)
               for name, step in (("in", 1), ("out", -1), ("reset", 0))},
            "view.next_document": lambda: self.documents.step(1),
            "view.previous_document": lambda: self.documents.step(-1),
            "help.keys": lambda: dialogs.show_shortcuts(
                self, actions.shortcut_rows(self.session.labels, self.session.link_types)
            ),
            "help.about": lambda: dialogs.show_about(self),
        }

    def _connect(self) -> None:
        """The one place signals are routed between the rooms."""
        a, session, reading = self.actions_, self.session, self.reading
        for name, slot in self._routes().items():
            a[name].triggered.connect(slot)
        a["file.bom"].toggled.connect(lambda on: self.preferences.set("export_bom", on))
        a["annotation.snap"].toggled.connect(lambda on: self.preferences.set("snap_to_words", on))
        a["view.focus"].toggled.connect(self.focus_mode.set)
        a["view.everyone"].toggled.connect(self._show_everyone)
        a["entity.auto"].toggled.connect(lambda on: self.preferences.set("link_known_names", on))
        a["suggestion.show"].toggled.connect(self._show_suggestions)
        self.suggestions.turned_on.connect(lambda: a["suggestion.show"].setChecked(True))
        self.preferences.message.connect(self.say)
        # The file: what it holds, whether it is saved, what was committed.
        session.opened.connect(self._file_opened)
        session.opened.connect(lambda: self.team_watch.watch(self.session.file))
        self.team_watch.changed.connect(self._others_changed)
        session.status_changed.connect(self._show_status)
        session.message.connect(self.say)
        self._connect_store()
        # The panes, through the reading hub.
        self.documents.chosen.connect(self.show_document)
        reading.open_requested.connect(self._open_document)
        reading.document_shown.connect(self._document_shown)
        reading.message.connect(self.say)
        self.annotations.note_edited.connect(self.editor.set_note)
        self.article_pane.relabel_requested.connect(self.editor.change_label)
        self.search_panel.hit_chosen.connect(self.reading.show_hit)
        self.claims_panel.claim_chosen.connect(self._show_claim)
        reading.links_changed.connect(self.claims_panel.refresh)
        reading.counts_changed.connect(self.claims_panel.refresh)
        reading.document_shown.connect(self.claims_panel.article_changed)
        self._connect_entities()
        self.importer.added.connect(self._reload)
        self.importer.running_changed.connect(
            lambda on: self.set_enabled(actions.IMPORT_GUARDED, not on)
        )
        # The index waits while articles are imported, and catches up after.
        self.importer.running_changed.connect(
            lambda on: session.indexing.stop() if on else session.build_index()
        )
        self.importer.added.connect(self._index_added)
        self._remember_timer.timeout.connect(self.preferences.save)
        self.article_pane.font_changed.connect(self.preferences.save)
        # The first screen was read without SQLAlchemy: load it once it is painted.
        self.article_pane.first_painted.connect(self.session.after_first_paint)
        self.article_pane.first_painted.connect(self.suggestions.after_first_paint)

    def _index_added(self) -> None:
        if not self.importer.running:  # else when it ends
            self.session.build_index()

    def _connect_store(self) -> None:
        """What is committed, shown: the list's counts and statuses, the article."""
        store, reading = self.session.store, self.reading
        store.annotation_added.connect(lambda r: self.documents.annotations_added([r]))
        store.annotation_removed.connect(lambda r: self.documents.annotations_removed([r]))
        store.many_added.connect(self.documents.annotations_added)
        store.many_removed.connect(self.documents.annotations_removed)
        store.annotation_added.connect(reading.added)
        store.annotation_removed.connect(reading.removed)
        store.annotation_changed.connect(reading.changed)
        store.many_added.connect(reading.many_added)
        store.many_removed.connect(reading.many_removed)
        store.links_added.connect(reading.links_added)
        store.links_removed.connect(reading.links_removed)
        store.statuses_changed.connect(self.documents.model.update_statuses)

    def _connect_entities(self) -> None:
        panel, linker = self.entities_panel, self.entities
        panel.mention_chosen.connect(self._show_claim)
        panel.merge_requested.connect(linker.merge)
        panel.split_requested.connect(linker.split)
        panel.edit_requested.connect(linker.edit)
        panel.delete_requested.connect(linker.delete)
        linker.registry_changed.connect(panel.refresh)
        self.reading.counts_changed.connect(panel.refresh)

    def _entity_source(self) -> EntitySource:
        return EntitySource(
            lambda: reads.entity_rows(self.session.file.reader),
            lambda entity_id: reads.mentions(self.session.file.reader, entity_id),
            self._claims_by,
        )

    def _claims_by(self, entity_id: int) -> list[ClaimRow]:
        """The claims whose source names the entity (the Entities pane)."""
        claim = ([t.claim_label for t in self.session.link_types] or [CLAIM])[0]
        return reads.claim_rows(self.session.file.reader, claim, source_entity=entity_id)

    def _show_suggestions(self, on: bool) -> None:
        self.suggestions.set_on(on)
        self.preferences.save()

    def import_gazetteer(self) -> None:
        from reader.ui.entities import import_gazetteer

        if import_gazetteer(self, self.session.file):
            self.session.store.registry_changed.emit()

    # ---------------------------------------------------------------- files

    def _file_opened(self) -> None:
        """The session opened a file: its labels, its articles, the article last read."""
        file = self.session.file
        everyone = self.actions_["view.everyone"]
        with QSignalBlocker(everyone):  # a file shows everyone's; a team database, mine
            everyone.setChecked(not file.is_team)
        self.session.whose = None if everyone.isChecked() else self.editor.annotator
        self.actions_["file.review_team"].setEnabled(file.is_team)
        wanted = self.settings.last_documents.get(file.location, "")
        self._install_labels()
        self.entities.forget()
        self.suggestions.relearn()
        self.documents.set_source(FileDocuments(file, lambda: self.editor.annotator))
        self.reading.annotations.set_source(FileAnnotations(file))
        self.settings.last_file = file.location
        self.preferences.save()
        read_only = tr(" [read-only]") if file.read_only else ""
        self.setWindowTitle(f"{APP_NAME} — {file.display_name}{read_only}")
        if self.isVisible():  # at start-up, once the first screen is painted instead
            self.session.start_background()
        last_read = reads.document_id_by_sha(file.reader, wanted) if wanted else None
        read_to = self.settings.last_positions.get(file.location, 0)
        if not self.documents.choose_first(last_read):
            self.show_document(None)
        elif last_read is not None and self.reading.document_id == last_read:
            self.article.scroll_to(read_to)

    def _install_labels(self) -> None:
        for action in self.label_actions.values():
            self.removeAction(action)
            action.deleteLater()
        labels = self.session.labels
        self.label_actions = actions.label_actions(self, labels)
        for name, action in self.label_actions.items():
            action.triggered.connect(lambda _=False, n=name: self.editor.tag(n))
        for action in self.link_actions.values():
            self.removeAction(action)
            action.deleteLater()
        self.attribution.set_types(self.session.link_types)
        self.link_actions = link_actions(self, self.session.link_types)
        for name, action in self.link_actions.items():
            action.triggered.connect(lambda _=False, n=name: self.attribution.start(n))
        self.attribution_panel.set_actions(list(self.link_actions.values()))
        annotate = dict(actions.MENUS)["&Annotate"]
        actions.fill(self.menus["&Annotate"], annotate, self.actions_, self.label_actions,
                     self.link_actions)  # fmt: skip
        self.article_pane.set_labels(labels, self.label_actions)
        self.annotations.set_labels(labels)

    def _open_team(self) -> None:
        self._switch(team_dialogs.choose_team_database(self, self.settings.last_file))

    def _switch(self, location: Path | str | None) -> None:
        if location is not None:
            self.session.switch_to(location)

    def show_document(self, document_id: int | None) -> None:
        """Read the article from the file and show it everywhere."""
        try:
            self.reading.show(*self.session.read_document(document_id))
        except reads.READ_ERRORS as err:
            self.say(dialogs.explain(err, self.session.file), 15000)

    def _open_document(self, document_id: int) -> None:
        if not self.documents.choose(document_id):  # filtered out of the list: open it anyway
            self.show_document(document_id)

    def _document_shown(self) -> None:
        document, where = self.reading.document, self.session.file.location
        if document and where:
            self.settings.last_documents[where] = document.sha256
            self.settings.last_positions.pop(where, None)  # another article: its top
            self._remember_timer.start()

    def refresh(self) -> None:
        """Read the list and the open article again: another window or process may have
        saved into the file (each read sees every commit; nothing is cached across)."""
        scroll = self.article.verticalScrollBar()
        position = scroll.value()
        self._reload()
        scroll.setValue(position)
        self.session.check_in_place()
        said = tr("Read again from {file}: {articles} articles, {annotations} annotations on "
                  "this one.")  # fmt: skip
        articles, annotations = self.documents.model.rowCount(), self.reading.annotations.rowCount()
        file = self.session.file.display_name
        self.say(said.format(file=file, articles=articles, annotations=annotations), 5000)

    def _others_changed(self, documents: set[int]) -> None:
        """A colleague saved into the team database: read the list again, and the open
        article if it was theirs too, keeping the place, the selection and the span
        chosen."""
        self.documents.reload()
        shown = self.reading.document
        if shown is None or shown.id not in documents:
            return
        scroll, cursor = self.article.verticalScrollBar().value(), self.article.textCursor()
        chosen = self.reading.selected_id
        self.show_document(shown.id)
        self.article.setTextCursor(cursor)
        self.article.verticalScrollBar().setValue(scroll)
        if chosen:
            self.reading.select(chosen)
        self.say(tr("Updated with a colleague's changes to this article."), 4000)

    def _show_everyone(self, on: bool) -> None:
        self.session.whose = None if on else self.editor.annotator
        if self.reading.document is not None:
            self.show_document(self.reading.document.id)

    def _reload(self) -> None:
        """New documents in the list; new spans on the article shown."""
        self.documents.reload()
        if self.reading.document is not None:
            self.show_document(self.reading.document.id)

    def _export(self) -> None:
        if self.exporter is None:
            from reader.ui.interchange import AnnotationExporter  # the formats: on first use

            self.exporter = AnnotationExporter(self)
        task = self.exporter.start(self.session.file, self.settings.export_bom)
        if task is not None:
            self.session.track(task)

    # ---------------------------------------------------------------- finding, reviewing

    def open_claims(self) -> None:
        self._open_dock(self.claims_dock, self.claims_panel.filter)

    def open_entities(self) -> None:
        self._open_dock(self.entities_dock, self.entities_panel.filter)

    def _open_dock(self, dock: QDockWidget, focus: QWidget, share: float = REVIEW_SHARE) -> None:
        if not dock.isVisible():  # a third of the height at most, as Review
            beside = [d for d in self.findChildren(QDockWidget) if d is not dock and d.isVisible()
                      and self.dockWidgetArea(d) == self.dockWidgetArea(dock)]  # fmt: skip
            if beside and not self.tabifiedDockWidgets(dock):
                self.tabifyDockWidget(beside[0], dock)  # the whole width, a tab of its own
            self.resizeDocks([dock], [int(self.height() * share)], Qt.Orientation.Vertical)
        dock.show()
        dock.raise_()
        focus.setFocus()

    def _claim_rows(self, all_articles: bool) -> list[ClaimRow]:
        """The claims of the open article, or of every article (the claims table)."""
        labels = [t.claim_label for t in self.session.link_types] or [CLAIM]
        if not all_articles and self.reading.document_id is None:
            return []
        document = None if all_articles else self.reading.document_id
        return reads.claim_rows(self.session.file.reader, labels[0], document)

    def _show_claim(self, document_id: int, claim_id: int) -> None:
        self.reading.open(document_id)
        self.reading.select(claim_id, reveal=True)
        self.article.setFocus()

    def _show_match(self, document_id: int, annotation_id: int) -> None:
        """An article or span the overview listed: open it (at the span)."""
        if annotation_id:
            self._show_claim(document_id, annotation_id)
        else:
            self.reading.open(document_id)

    @property
    def overview_panel(self) -> OverviewPanel:
        return cast(LazyDock["OverviewPanel"], self.overview_dock).body()

    def _build_overview(self) -> OverviewPanel:
        """The Overview, when it is first opened (its charts' modules load then)."""
        from reader.storage import overview
        from reader.ui.overview import OverviewPanel, OverviewSource

        def reader() -> reads.Connection:  # of the file open now
            return self.session.file.reader
        panel = OverviewPanel(OverviewSource(
            figures=lambda scope: overview.overview(reader(), scope),
            matches=lambda pick: overview.matches(reader(), pick),
            choices=lambda: (reads.outlets(reader()), reads.annotator_names(reader())),
            whose=lambda: self.editor.annotator,
            label_colours=lambda: {label.name: label.colour for label in self.session.labels},
        ))  # fmt: skip
        panel.match_chosen.connect(self._show_match)
        for changed in (self.session.opened, self.session.store.saved, self.importer.added):
            changed.connect(panel.file_changed)
        return panel

    def open_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.focus_field()

    @property
    def review(self) -> ReviewController:
        return self.review_room.controller

    @property
    def review_panel(self) -> ReviewPanel:
        return self.review_room.panel

    # ---------------------------------------------------------------- view state

    def set_enabled(self, names: tuple[str, ...] | list[str], on: bool) -> None:
        for name in names:
            self.actions_[name].setEnabled(on)

    def say(self, text: str, ms: int = 4000) -> None:
        self.statusBar().showMessage(text, ms)

    def _show_status(self, text: str, alarm: bool) -> None:
        self.save_status.setStyleSheet(ALARM_STYLE if alarm else "")
        self.save_status.setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splitter_restored:
            self._splitter_restored = True
            state.restore_splitter(self, self.splitter)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.session.check_in_place()  # the user may have moved the file while away
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.reading.document is not None and self.session.file.location:
            where = self.article.top_offset()  # reopened, the article is shown from here
            self.settings.last_positions[self.session.file.location] = where
        self.actions_["view.focus"].setChecked(False)  # the panes are saved as they were
        self.session.close()
        state.save(self, self.splitter)
        state.save_hidden_columns(self, self.documents.hidden_columns())
        self.preferences.save()
        event.accept()
