"""The Entities pane (View ▸ Entities): every actor and place of the annotation file with
its names, how often and in which articles and outlets it is named. Choose one to see
each mention in its context (Enter opens the article there) and, for an actor, the
claims it is the source of. Two chosen entities merge into one; chosen mentions split
off into a new one; an entity is renamed, given aliases, a note or an external id.
Likely duplicates are listed with the reason, for the user to confirm: nothing is
merged behind their back. Every change is one undoable edit (`entities.EntityLinker`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reader.core.entities import ENTITY_LABELS, EntityDef, EntityRow, Mention, merge_suggestions
from reader.core.links import ClaimRow
from reader.ui import icons
from reader.ui.i18n import QT_TR_NOOP, said, tr
from reader.ui.widgets import apply_filter, filtered_by_typing, size_columns, table_defaults

COLUMNS = (QT_TR_NOOP("Name"), QT_TR_NOOP("Type"), QT_TR_NOOP("Also known as"),
           QT_TR_NOOP("Mentions"), QT_TR_NOOP("Articles"), QT_TR_NOOP("Outlets"),
           QT_TR_NOOP("External id"))  # fmt: skip
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
JOIN = "، "
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class EntitySource:
    """What the pane reads, from the open file (given by the window)."""

    def __init__(
        self,
        rows: Callable[[], list[EntityRow]],
        mentions: Callable[[int], list[Mention]],
        claims: Callable[[int], list[ClaimRow]],
    ) -> None:
        self.rows, self.mentions, self.claims = rows, mentions, claims


class EntitiesPanel(QWidget):
    mention_chosen = Signal(int, int)  # document id, span id: show it
    merge_requested = Signal(object, object)  # EntityDef kept, EntityDef merged into it
    split_requested = Signal(object, object, str)  # EntityDef, [span ids], the new name
    edit_requested = Signal(object, object)  # EntityDef before, after
    delete_requested = Signal(object)  # EntityDef

    def __init__(self, source: EntitySource) -> None:
        super().__init__()
        self.source = source
        self.rows: list[EntityRow] = []
        self.model = QStandardItemModel(0, len(COLUMNS))
        self.model.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.filtered = filtered_by_typing(self.model)
        self.filtered.setSortRole(SORT_ROLE)
        self.kind = QComboBox()
        self.kind.addItem(tr("Actors and places"), "")
        for label in ENTITY_LABELS:
            self.kind.addItem(label, label)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter by name, alias, outlet…"))
        self.filter.setClearButtonEnabled(True)
        self.count = QLabel()
        self.table = QTableView()
        self.mentions = QListWidget()
        self.claims = QListWidget()
        self.duplicates = QListWidget()
        self.tabs = QTabWidget()
        self.tools = QToolBar()
        self.actions_ = self._make_actions()
        self._build()
        self._connect()

    def _make_actions(self) -> dict[str, QAction]:
        specs = {
            "edit": ("entity.edit", tr("Edit…"), tr("Rename the entity, give it aliases, an "
                     "external id (e.g. a Wikidata QID) or a note")),
            "merge": ("entity.merge", tr("Merge"), tr("Make the two chosen entities one: the "
                      "one named more often keeps its name, the other's names become aliases")),
            "split": ("entity.split", tr("Split Off…"), tr("Move the chosen mentions to a new "
                      "entity")),
            "delete": ("annotation.delete", tr("Delete"), tr("Delete the entity; its mentions "
                       "stay tagged and name none")),
            "find": ("entity", tr("Find Likely Duplicates"), tr("List entities whose names "
                     "may be one: same spelling folded, clitics, spacing, consonants")),
        }  # fmt: skip
        made = {}
        for key, (icon, text, tip) in specs.items():
            action = QAction(icons.icon(icon), text, self)
            action.setToolTip(tip)
            made[key] = action
        return made

    def _build(self) -> None:
        view = self.table
        view.setModel(self.filtered)
        table_defaults(view)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSortingEnabled(True)
        view.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # the most named first
        size_columns(view, 0, {1: 60, 2: 160, 3: 70, 4: 60, 5: 140, 6: 80})
        self.mentions.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.mentions.setToolTip(tr("Enter or a double-click opens the article at the mention; "
                                    "choose several to split them off"))  # fmt: skip
        self.claims.setToolTip(tr("The claims this actor is linked to as their source"))
        self.duplicates.setToolTip(tr("Enter or a double-click chooses both; Merge makes them "
                                      "one"))  # fmt: skip
        self.tabs.addTab(self.mentions, tr("Mentions"))
        self.tabs.addTab(self.claims, tr("Claims by this actor"))
        self.tabs.addTab(self.duplicates, tr("Likely duplicates"))
        self.tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.tools.setIconSize(QSize(14, 14))
        self.tools.addActions(list(self.actions_.values()))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(view)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.filter, 1)
        row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.tools)
        layout.addWidget(split, 1)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self.refresh)
        self.filter.textChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(self._chosen_changed)
        self.mentions.itemActivated.connect(self._open_mention)
        self.claims.itemActivated.connect(self._open_mention)
        self.duplicates.itemActivated.connect(self._choose_pair)
        a = self.actions_
        a["edit"].triggered.connect(self.edit_chosen)
        a["merge"].triggered.connect(self.merge_chosen)
        a["split"].triggered.connect(self.split_chosen)
        a["delete"].triggered.connect(self.delete_chosen)
        a["find"].triggered.connect(self.find_duplicates)

    # ---------------------------------------------------------------- reading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Read the registry again (only while the pane is shown), keeping the choice."""
        if not self.isVisible():
            return
        chosen = {e.id for e in self.chosen()}
        self.model.removeRows(0, self.model.rowCount())
        wanted = self.kind.currentData()
        self.rows = [r for r in self.source.rows() if not wanted or r.entity.label == wanted]
        for row in self.rows:
            self.model.appendRow(self._items(row))
        self._filter(self.filter.text())
        self._choose({i for i in chosen if any(r.entity.id == i for r in self.rows)})
        self._chosen_changed()

    def _items(self, row: EntityRow) -> list[QStandardItem]:
        e = row.entity
        cells: list[tuple[str, object]] = [
            (e.name, e.name), (e.label, e.label), (JOIN.join(e.aliases), len(e.aliases)),
            (str(row.mentions), row.mentions), (str(row.documents), row.documents),
            (JOIN.join(row.outlets), JOIN.join(row.outlets)), (e.external_id, e.external_id),
        ]  # fmt: skip
        items = []
        for column, (text, key) in enumerate(cells):
            item = QStandardItem(text)
            item.setData(row, ROW_ROLE)
            item.setData(key, SORT_ROLE)
            item.setToolTip(text)
            if column in (0, 2):
                item.setTextAlignment(_RIGHT)
            items.append(item)
        return items

    def _filter(self, text: str) -> None:
        apply_filter(self.filtered, text, self.count)

    def chosen(self) -> list[EntityDef]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        found = [self.filtered.index(r, 0).data(ROW_ROLE) for r in sorted(rows)]
        return [r.entity for r in found if isinstance(r, EntityRow)]

    def _choose(self, ids: set[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for r in range(self.filtered.rowCount()):
            row = self.filtered.index(r, 0).data(ROW_ROLE)
            if isinstance(row, EntityRow) and row.entity.id in ids:
                flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
                selection.select(self.filtered.index(r, 0), flags)
                self.table.scrollTo(self.filtered.index(r, 0))

    def _chosen_changed(self) -> None:
        chosen = self.chosen()
        one = chosen[0] if len(chosen) == 1 else None
        self.mentions.clear()
        self.claims.clear()
        for m in self.source.mentions(one.id) if one else []:
            self._add_row(self.mentions, f"…{m.before[-30:]}【{m.text}】{m.after[:30]}…",
                          f"{m.title} — {m.outlet}", (m.document_id, m.annotation_id))  # fmt: skip
        for c in self.source.claims(one.id) if one and one.label == ENTITY_LABELS[0] else []:
            self._add_row(self.claims, c.text, f"{c.title} — {c.outlet} {c.date}",
                          (c.document_id, c.claim_id))  # fmt: skip
        a = self.actions_
        a["edit"].setEnabled(one is not None)
        a["delete"].setEnabled(one is not None)
        a["split"].setEnabled(one is not None)
        a["merge"].setEnabled(len(chosen) == 2 and chosen[0].label == chosen[1].label)

    @staticmethod
    def _add_row(target: QListWidget, text: str, tip: str, where: tuple[int, int]) -> None:
        item = QListWidgetItem(" ".join(text.split()))
        item.setToolTip(tip)
        item.setData(ROW_ROLE, where)
        item.setTextAlignment(_RIGHT)
        target.addItem(item)

    def _open_mention(self, item: QListWidgetItem) -> None:
        where = item.data(ROW_ROLE)
        if isinstance(where, tuple):
            self.mention_chosen.emit(*where)

    # ---------------------------------------------------------------- changing

    def edit_chosen(self) -> None:
        chosen = self.chosen()
        if len(chosen) == 1:
            after = EntityDialog.ask(self, chosen[0])
            if after is not None and after != chosen[0]:
                self.edit_requested.emit(chosen[0], after)

    def merge_chosen(self) -> None:
        """The two chosen entities made one; the one named more often keeps its name."""
        chosen = self.chosen()
        if len(chosen) != 2 or chosen[0].label != chosen[1].label:
            return
        counts = {r.entity.id: r.mentions for r in self.rows}
        keep, other = sorted(chosen, key=lambda e: (-counts.get(e.id, 0), e.id))
        self.merge_requested.emit(keep, other)

    def split_chosen(self) -> None:
        chosen = self.chosen()
        spans = [i.data(ROW_ROLE)[1] for i in self.mentions.selectedItems()]
        if len(chosen) != 1 or not spans:
            self.count.setText(tr("Choose the mentions to split off first."))
            return
        first = self.mentions.selectedItems()[0].text().split("【")[-1].split("】")[0]
        name = EntityDialog.ask_name(self, first)
        if name:
            self.split_requested.emit(chosen[0], spans, name)

    def delete_chosen(self) -> None:
        chosen = self.chosen()
        if len(chosen) == 1:
            self.delete_requested.emit(chosen[0])

    def find_duplicates(self) -> None:
        """List the pairs of entities that may be one, closest first."""
        self.duplicates.clear()
        for m in merge_suggestions(r.entity for r in self.rows):
            text = f"{m.keep.name} ⇄ {m.other.name} — {said(m.match.words())}"
            item = QListWidgetItem(text)
            item.setData(ROW_ROLE, (m.keep.id, m.other.id))
            item.setTextAlignment(_RIGHT)
            self.duplicates.addItem(item)
        if not self.duplicates.count():
            self.duplicates.addItem(tr("No likely duplicates."))
        self.tabs.setCurrentWidget(self.duplicates)

    def _choose_pair(self, item: QListWidgetItem) -> None:
        pair = item.data(ROW_ROLE)
        if isinstance(pair, tuple):
            self.filter.clear()
            self._choose(set(pair))


class EntityDialog(QDialog):
    """An entity's name, aliases (one a line), external id and note."""

    def __init__(self, parent: QWidget, entity: EntityDef) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Entity"))
        self.entity = entity
        self.name = QLineEdit(entity.name)
        self.aliases = QPlainTextEdit("\n".join(entity.aliases))
        self.aliases.setToolTip(tr("Other names of this entity, one a line"))
        self.external = QLineEdit(entity.external_id)
        self.external.setPlaceholderText(tr("e.g. Q12345 (typed by you; nothing is fetched)"))
        self.note = QLineEdit(entity.note)
        form = QFormLayout(self)
        form.addRow(tr("&Name:"), self.name)
        form.addRow(tr("&Also known as:"), self.aliases)
        form.addRow(tr("E&xternal id:"), self.external)
        form.addRow(tr("N&ote:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> EntityDef:
        aliases = tuple(a.strip() for a in self.aliases.toPlainText().splitlines() if a.strip())
        return EntityDef(self.entity.id, self.entity.label, self.name.text().strip(), aliases,
                         self.note.text().strip(), self.external.text().strip())  # fmt: skip

    @classmethod
    def ask(cls, parent: QWidget, entity: EntityDef) -> EntityDef | None:
        dialog = cls(parent, entity)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask_name(cls, parent: QWidget, name: str) -> str:
        dialog = cls(parent, EntityDef(0, ENTITY_LABELS[0], name))
        dialog.setWindowTitle(tr("New Entity"))
        for field in (dialog.aliases, dialog.external, dialog.note):
            field.setEnabled(False)
        return dialog.value().name if dialog.exec() == QDialog.DialogCode.Accepted else ""
