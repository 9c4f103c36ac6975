"""One actor, many spellings: linking ACTOR and PLACE spans to entities, by keyboard first.

Select (or tag) an actor or a place and the Entity box under the Attribution pane offers
the entities it most likely names, closest first with the reason (`core.entities`):
Ctrl+E links the span to the one chosen in the list (the first, unless another is
chosen), Ctrl+Shift+N makes a new entity of it. Linking teaches the entity the span's
spelling, and, while Annotate ▸ Link Known Names Automatically is on, a span tagged later
with a name the entity knows is linked as it is tagged, and so are the article's other
spans of that name when one is confirmed. Every change is one undoable edit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import AnnotationRecord, SpanDraft
from reader.core.entities import (
    ENTITY_LABELS,
    Candidate,
    EntityDef,
    NameIndex,
    Reason,
    RegistryChange,
    link_change,
    merge_change,
    preferred_name,
    same_name,
    split_change,
)
from reader.core.errors import KnownError
from reader.storage import reads
from reader.storage.db import AnnotationFile
from reader.ui import folders, icons
from reader.ui.attribution import MIN_LIST_HEIGHT
from reader.ui.commands import ChangeRegistry, quote
from reader.ui.editor import Editor
from reader.ui.errors import show_error
from reader.ui.i18n import QT_TR_NOOP, counted, said, tr
from reader.ui.reading import Reading

ENTITY_ROLE = Qt.ItemDataRole.UserRole
OFFERED = 6  # candidates the box lists


class EntityBox(QWidget):
    """The selected span's entity, or the entities it may name."""

    chosen = Signal(object)  # EntityDef: link the span to it (a row was activated)

    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setToolTip(
            tr("Ctrl+E links the span to the entity chosen below; Ctrl+Shift+N makes a new one")
        )
        self.list = QListWidget()
        self.list.setToolTip(tr("Enter or a double-click links the span to this entity"))
        self.list.setMinimumHeight(MIN_LIST_HEIGHT)  # a small window keeps its lines of text
        self.buttons = QToolBar()
        self.buttons.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.buttons.setIconSize(QSize(12, 12))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.list.itemActivated.connect(lambda item: self.chosen.emit(item.data(ENTITY_ROLE)))

    def set_actions(self, actions: list[QAction]) -> None:
        self.buttons.clear()
        self.buttons.addActions(actions)

    def show_rows(self, title: str, rows: list[tuple[str, EntityDef]]) -> None:
        self.title.setText(title)
        self.list.clear()
        for text, entity in rows:
            item = QListWidgetItem(text)
            item.setData(ENTITY_ROLE, entity)
            item.setToolTip(entity_tip(entity))
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)
        self.list.setVisible(bool(rows))

    def current(self) -> EntityDef | None:
        item = self.list.currentItem()
        found = item.data(ENTITY_ROLE) if item is not None else None
        return found if isinstance(found, EntityDef) else None


def entity_tip(entity: EntityDef) -> str:
    lines = [f"{entity.label}: {entity.name}"]
    if entity.aliases:
        lines.append(tr("Also: {names}").format(names="، ".join(entity.aliases)))
    if entity.external_id:
        lines.append(tr("External id: {id}").format(id=entity.external_id))
    if entity.note:
        lines.append(entity.note)
    return "\n".join(lines)


def candidate_text(candidate: Candidate) -> str:
    return f"{candidate.entity.name} — {said(candidate.match.words())}"


class EntityLinker(QObject):
    """Offers, makes and undoes the links from spans to entities."""

    registry_changed = Signal()  # the entities or their mentions changed

    def __init__(self, editor: Editor, reading: Reading, box: EntityBox) -> None:
        super().__init__(editor)
        self.editor, self.reading, self.box = editor, reading, box
        self._index: NameIndex | None = None
        editor.known_entity = self.known_entity
        reading.selection_changed.connect(lambda *_: self.refresh())
        reading.document_shown.connect(self.refresh)
        reading.span_upserted.connect(self._span_upserted)
        editor.session.store.registry_changed.connect(self._registry_changed)
        box.chosen.connect(self.link_to)

    # ---------------------------------------------------------------- the registry

    @property
    def index(self) -> NameIndex:
        if self._index is None:
            self._index = NameIndex(reads.list_entities(self._reader))
        return self._index

    def forget(self) -> None:
        """Read the registry again when next needed (another file, a change)."""
        self._index = None
        self.refresh()

    def _registry_changed(self) -> None:
        self.forget()
        self.registry_changed.emit()

    def known_entity(self, draft: SpanDraft) -> int | None:
        """The entity a new span names at once: one of this label knows its text (spelling
        folded) as one of its names."""
        if draft.label not in ENTITY_LABELS:
            return None
        candidates = self.index.candidates(draft.text, draft.label)
        found = [c for c in candidates if c.match.reason <= Reason.SPELLING]
        return found[0].entity.id if len(found) == 1 else None

    # ---------------------------------------------------------------- linking

    def _span(self) -> AnnotationRecord | None:
        record = self.reading.selected_record()
        if record is None or record.label not in ENTITY_LABELS:
            self.reading.say(tr("Select an ACTOR or a PLACE to link it to an entity."))
            return None
        return record

    def link_chosen(self) -> None:
        """Link the selected span to the entity chosen in the box (the likeliest)."""
        record = self._span()
        if record is None:
            return
        entity = self.box.current()
        if entity is None:
            self.reading.say(
                tr("No entity is like {quote}: Ctrl+Shift+N makes a new one.").format(
                    quote=quote(record.text)
                )
            )
            return
        self.link_to(entity)

    def link_to(self, entity: EntityDef) -> None:
        record = self.reading.selected_record()
        if record is None or record.label != entity.label or record.entity_id == entity.id:
            return
        spans = {record.id: record.entity_id} | self._same_named(entity, record)
        change = link_change(spans, entity, entity, record.text)
        self._run(change, tr("Link {quote} to {name}").format(
            quote=quote(record.text), name=quote(entity.name)))  # fmt: skip

    def new_entity(self) -> None:
        """Make a new entity named by the selected span, and link the span to it."""
        record = self._span()
        if record is None:
            return
        entity = EntityDef(-1, record.label, preferred_name(record.text))
        spans = {record.id: record.entity_id} | self._same_named(entity, record)
        change = link_change(spans, entity, None, record.text)
        self._run(change, tr("New entity {name}").format(name=quote(entity.name)))

    def unlink(self) -> None:
        record = self._span()
        if record is None or record.entity_id is None:
            return
        change = RegistryChange((), ((record.id, record.entity_id, None),))
        self._run(change, tr("Unlink {quote}").format(quote=quote(record.text)))

    def _same_named(self, entity: EntityDef, record: AnnotationRecord) -> dict[int, int | None]:
        """The article's other unlinked spans of `entity`'s names and the record's text,
        linked with it while known names are linked automatically."""
        document = self.reading.document
        if not self.editor.settings.link_known_names or document is None:
            return {}
        unlinked = reads.unlinked_spans(self._reader, document.id, record.label)
        taught = EntityDef(entity.id, entity.label, entity.name, (*entity.aliases, record.text))
        return dict.fromkeys((i for i in same_name(taught, unlinked) if i != record.id), None)

    def _run(self, change: RegistryChange, text: str) -> None:
        store, ed = self.editor.session.store, self.editor
        command = ed.run(lambda: ChangeRegistry(store, ed.undo_failed, change, text))
        if command is not None and len(change.mentions) > 1:
            self.reading.say(
                counted(
                    "{text}: {count} mention on this article linked.",
                    QT_TR_NOOP("{text}: {count} mentions on this article linked."),
                    len(change.mentions),
                    text=text,
                )
            )

    # ---------------------------------------------------------------- the Entities pane

    def merge(self, keep: EntityDef, other: EntityDef) -> None:
        moved = [m.annotation_id for m in reads.mentions(self._reader, other.id)]
        text = tr("Merge {other} into {keep}").format(
            other=quote(other.name), keep=quote(keep.name)
        )
        self._run(merge_change(keep, other, moved), text)

    def split(self, entity: EntityDef, spans: list[int], name: str) -> None:
        text = tr("Split {name} off {entity}").format(name=quote(name), entity=quote(entity.name))
        self._run(split_change(entity, name, spans), text)

    def edit(self, before: EntityDef, after: EntityDef) -> None:
        text = tr("Edit entity {name}").format(name=quote(after.name))
        self._run(RegistryChange(((before, after),)), text)

    def delete(self, entity: EntityDef) -> None:
        spans = [m.annotation_id for m in reads.mentions(self._reader, entity.id)]
        change = RegistryChange(((entity, None),), tuple((s, entity.id, None) for s in spans))
        self._run(change, tr("Delete entity {name}").format(name=quote(entity.name)))

    @property
    def _reader(self) -> reads.Connection:
        return self.editor.session.file.reader

    # ---------------------------------------------------------------- what is shown

    def _span_upserted(self, record: AnnotationRecord) -> None:
        if record.id == self.reading.selected_id:
            self.refresh()

    def refresh(self) -> None:
        record = self.reading.selected_record()
        if record is None or record.label not in ENTITY_LABELS:
            self.box.show_rows(tr("Select an actor or a place to see its entity."), [])
            return
        offered = [c for c in self.index.candidates(record.text, record.label, OFFERED + 1)
                   if c.entity.id != record.entity_id][:OFFERED]  # fmt: skip
        rows = [(candidate_text(c), c.entity) for c in offered]
        linked = self.index.entities.get(record.entity_id or 0)
        if linked is not None:
            title = tr("Linked to {name}. It may also be:").format(name=quote(linked.name, 40))
        elif offered:
            title = tr("Perhaps {quote} is:").format(quote=quote(record.text))
        else:
            title = tr("No entity is like {quote} yet.").format(quote=quote(record.text))
        self.box.show_rows(title, rows)

    def context_actions(self, menu: QMenu, record: AnnotationRecord) -> None:
        """The article's context menu on an actor or place: its entity, and the likely
        ones."""
        if record.label not in ENTITY_LABELS:
            return
        sub = menu.addMenu(icons.icon("entity"), tr("&Entity"))
        for c in self.index.candidates(record.text, record.label, OFFERED):
            if c.entity.id != record.entity_id:
                action = sub.addAction(tr("Link to {text}").format(text=candidate_text(c)))
                action.triggered.connect(lambda _=False, e=c.entity: self._link_record(record, e))
        sub.addAction(tr("New Entity {name}").format(name=quote(preferred_name(record.text))),
                      lambda: self._with(record, self.new_entity))  # fmt: skip
        if record.entity_id is not None:
            sub.addAction(tr("Unlink"), lambda: self._with(record, self.unlink))

    def _link_record(self, record: AnnotationRecord, entity: EntityDef) -> None:
        self._with(record, lambda: self.link_to(entity))

    def _with(self, record: AnnotationRecord, act: Callable[[], None]) -> None:
        """Select `record` (the right-clicked span), then act on it."""
        self.reading.select(record.id)
        act()


def import_gazetteer(parent: QWidget, file: AnnotationFile) -> bool:
    """Annotate ▸ Suggestions ▸ Import Gazetteer…: choose a list, import it, say what it
    added and which lines were wrong. Whether anything was imported."""
    from reader.services.gazetteer import import_gazetteer as import_list

    name, _ = QFileDialog.getOpenFileName(
        parent, tr("Import a gazetteer"), folders.start_folder(),
        tr("Gazetteers (*.txt *.tsv);;All files (*)"),
    )  # fmt: skip
    if not name:
        return False
    try:
        report = import_list(file, Path(name))
    except KnownError as err:
        show_error(parent, tr("Gazetteer not imported"), said(err))
        return False
    box = QMessageBox(
        QMessageBox.Icon.Warning if report.problems else QMessageBox.Icon.Information,
        tr("Gazetteer imported"),
        tr("{names} new names to suggest; {entities} entities made; {aliases} names added "
           "to entities.").format(names=report.names_added, entities=report.entities_added,
                                  aliases=report.aliases_added),
        parent=parent,
    )  # fmt: skip
    if report.problems:
        box.setInformativeText(tr("Lines skipped:\n") + "\n".join(said(p) for p in report.problems))
    box.exec()
    return True
