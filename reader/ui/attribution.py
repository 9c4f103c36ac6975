"""Who said what: linking a claim to its source, cue and places, by keyboard first.

With a claim selected, Alt+1 (SOURCE), Alt+2 (CUE) or Alt+3 (ABOUT), the link types'
digits, opens a short list of the spans it most likely means, nearest first (`core.links`):
arrow keys or the digit pick one, Enter links it, and the one under the keys is drawn on
the text while choosing. With the mouse: click a claim, then right-click its source,
cue or place. Each link is one undoable edit, committed first (`Editor.run`).

The Attribution pane lists the selected claim's links (or, for any other span, the
claims it is linked from); the article draws them as arcs (`ArticleView.set_link_arcs`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import AnnotationRecord, draft_span
from reader.core.links import UNNAMED, Candidate, LinkRecord, LinkTypeDef, candidates
from reader.ui import icons
from reader.ui.actions import DIGIT_FORMS
from reader.ui.article_view import ArticleView
from reader.ui.commands import AddLink, AddLinkedSpan, DeleteLinks, quote
from reader.ui.editor import Editor
from reader.ui.i18n import QT_TR_NOOP, counted, tr
from reader.ui.link_arcs import LinkArc
from reader.ui.reading import Reading

OFFERED = 9  # candidates a link list offers: one digit each
LINK_ROLE = Qt.ItemDataRole.UserRole + 1
MIN_LIST_HEIGHT = 24


def link_actions(parent: QWidget, link_types: list[LinkTypeDef]) -> dict[str, QAction]:
    """One "link …" action per link type, on Alt and its digit in every digit form."""
    found: dict[str, QAction] = {}
    for link_type in link_types:
        action = QAction(icons.swatch(link_type.colour), _link_text(link_type), parent)
        action.setToolTip(
            tr("Link the selected claim: {description}").format(
                description=tr(link_type.description)
            )
        )
        if link_type.shortcut:
            digit = int(link_type.shortcut)
            action.setShortcuts([QKeySequence(f"Alt+{form[digit]}") for form in DIGIT_FORMS])
        parent.addAction(action)
        found[link_type.name] = action
    return found


def _link_text(link_type: LinkTypeDef) -> str:
    return tr("Link {name}…").format(name=link_type.name)


class AttributionPanel(QWidget):
    """The selected span's links: a claim's source, cue and places, or the claims a
    source, cue or place belongs to."""

    span_chosen = Signal(int)  # show this span (a row was activated)

    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.list = QListWidget()
        self.list.setToolTip(tr("Enter or a double-click shows the linked span"))
        self.list.setMinimumHeight(MIN_LIST_HEIGHT)  # the side shares a small window's height
        # A tool bar, so that a narrow pane folds the buttons away rather than widening.
        self.buttons = QToolBar()
        self.buttons.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.buttons.setIconSize(QSize(12, 12))
        self.remove_action = QAction(icons.icon("annotation.delete"), tr("Remove Link"), self)
        self.remove_action.setToolTip(tr("Remove the link chosen above (undo with Ctrl+Z)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.list.itemActivated.connect(
            lambda item: self.span_chosen.emit(item.data(Qt.ItemDataRole.UserRole) or 0)
        )

    def set_actions(self, actions: list[QAction]) -> None:
        self.buttons.clear()
        self.buttons.addActions(actions)
        self.buttons.addSeparator()
        self.buttons.addAction(self.remove_action)

    def show_rows(self, title: str, rows: list[tuple[str, str, int, LinkRecord]]) -> None:
        """(colour, text, span to show, link) a row."""
        self.title.setText(title)
        self.list.clear()
        for colour, text, span_id, link in rows:
            item = QListWidgetItem(icons.swatch(colour), text)
            item.setData(Qt.ItemDataRole.UserRole, span_id)
            item.setData(LINK_ROLE, link)
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)
        self.remove_action.setEnabled(bool(rows))

    def current_link(self) -> LinkRecord | None:
        item = self.list.currentItem()
        found = item.data(LINK_ROLE) if item is not None else None
        return found if isinstance(found, LinkRecord) else None


class Attribution(QObject):
    """Makes and removes links, and keeps the pane and the drawn arcs in step."""

    def __init__(
        self, editor: Editor, reading: Reading, view: ArticleView, panel: AttributionPanel
    ) -> None:
        super().__init__(editor)
        self.editor, self.reading, self.view, self.panel = editor, reading, view, panel
        self.types: dict[str, LinkTypeDef] = {}
        self.last_claim = 0  # the claim a right-click links to, once another span is chosen
        reading.selection_changed.connect(self._selection_changed)
        reading.links_changed.connect(self.refresh)
        reading.document_shown.connect(self._document_shown)
        panel.span_chosen.connect(lambda span_id: reading.select(span_id, reveal=True))
        panel.remove_action.triggered.connect(self.remove_current)

    def set_types(self, link_types: list[LinkTypeDef]) -> None:
        self.types = {t.name: t for t in link_types}

    # ---------------------------------------------------------------- making links

    def claim(self, link_type: LinkTypeDef) -> AnnotationRecord | None:
        """The selected span, when links of this type start at it; else says why not."""
        record = self.reading.selected_record()
        if record is None or record.label != link_type.claim_label:
            self.reading.say(
                tr("Select a {label} first: {name} links start at one.").format(
                    label=link_type.claim_label, name=link_type.name
                )
            )
            return None
        return record

    def start(self, name: str) -> None:
        """Offer the likely targets of a new link from the selected claim, in a list
        that the keys drive, at the claim."""
        link_type = self.types.get(name)
        document = self.reading.document
        claim = self.claim(link_type) if link_type else None
        if link_type is None or claim is None or document is None:
            return
        taken = [k.target_id for k in self.reading.links_of(claim.id)
                 if k.claim_id == claim.id and k.type == name and k.target_id]  # fmt: skip
        offered = candidates(
            document.text, claim, self.reading.annotations.spans, link_type, taken
        )[:OFFERED]
        menu = QMenu(self.view)
        menu.setToolTipsVisible(True)
        for digit, candidate in enumerate(offered, 1):
            text = document.text[candidate.start : candidate.end]
            new = (
                tr(" (new {label})").format(label=link_type.target_label)
                if not candidate.span_id
                else ""
            )
            action = menu.addAction(f"&{digit}  {quote(text, 40)}{new}")
            action.triggered.connect(lambda _=False, c=candidate: self._link(link_type, claim, c))
            action.hovered.connect(lambda c=candidate: self._preview(link_type, claim, c))
        linked = [k for k in self.reading.links_of(claim.id) if k.claim_id == claim.id]
        if link_type.unnamed and not any(k.type == name and k.target_id is None for k in linked):
            unnamed = menu.addAction(f"&0  {tr(UNNAMED)}")
            unnamed.triggered.connect(lambda: self._link(link_type, claim, None))
        if menu.isEmpty():
            self.reading.say(
                tr("No {label} on this article to link to: tag one first.").format(
                    label=link_type.target_label
                )
            )
            return
        menu.aboutToHide.connect(self.refresh)  # the preview goes with the list
        menu.setActiveAction(menu.actions()[0])
        menu.exec(self._menu_point(claim))
        menu.deleteLater()  # one list a link: not kept as a child of the view
        self.view.activateWindow()  # the keys go back to the text (some platforms forget)
        self.view.setFocus()

    def _menu_point(self, claim: AnnotationRecord) -> QPoint:
        rects = self.view.span_rects(claim.start, claim.end)
        if not rects:
            return self.view.mapToGlobal(self.view.rect().center())
        first = rects[0]
        return self.view.viewport().mapToGlobal(first.bottomRight().toPoint())

    def _preview(self, link_type: LinkTypeDef, claim: AnnotationRecord, c: Candidate) -> None:
        offered = LinkArc(claim.start, claim.end, c.start, c.end, link_type.colour,
                          link_type.name, preview=True)  # fmt: skip
        self.view.set_link_arcs([*self._arcs(), offered])

    def _link(
        self, link_type: LinkTypeDef, claim: AnnotationRecord, candidate: Candidate | None
    ) -> None:
        store, ed, annotator = self.editor.session.store, self.editor, self.editor.annotator
        target = self.reading.record(candidate.span_id) if candidate and candidate.span_id else None
        shown = (
            tr(UNNAMED)
            if candidate is None
            else quote(target.text if target else self._text(candidate.start, candidate.end))
        )
        text = tr("Link {claim} to {target} ({name})").format(
            claim=quote(claim.text), target=shown, name=link_type.name
        )
        if candidate is not None and not candidate.span_id:
            document = self.reading.document
            assert document is not None
            draft = draft_span(document.id, document.text, candidate.start, candidate.end,
                               link_type.target_label)  # fmt: skip
            ed.run(lambda: AddLinkedSpan(store, ed.undo_failed, draft, annotator, link_type.name,
                                         claim.id, text))  # fmt: skip
        else:
            target_id = candidate.span_id if candidate else None
            ed.run(lambda: AddLink(store, ed.undo_failed, link_type.name, claim.id, target_id,
                                   annotator, text))  # fmt: skip
        self.reading.select(claim.id)

    def _text(self, start: int, end: int) -> str:
        document = self.reading.document
        return document.text[start:end] if document else ""

    def link_to(self, link_type: LinkTypeDef, target: AnnotationRecord) -> None:
        """Link the claim chosen last to `target` (the context menu's way)."""
        claim = self.reading.record(self.last_claim)
        if claim is not None:
            span = Candidate(target.id, target.start, target.end, 0)
            self._link(link_type, claim, span)

    def context_actions(self, menu: QMenu, record: AnnotationRecord) -> None:
        """Entries for the article's context menu on `record`: link it to the claim
        chosen before it, by every link type that fits."""
        claim = self.reading.record(self.last_claim)
        if claim is None or claim.id == record.id:
            return
        made = {(k.type, k.target_id) for k in self.reading.links_of(claim.id)}
        fitting = [t for t in self.types.values()
                   if t.claim_label == claim.label and t.target_label == record.label
                   and (t.name, record.id) not in made]  # fmt: skip
        for link_type in fitting:
            action = menu.addAction(
                icons.swatch(link_type.colour),
                tr("Link as {name} of {claim}").format(
                    name=link_type.name, claim=quote(claim.text)
                ),
            )
            action.triggered.connect(lambda _=False, t=link_type: self.link_to(t, record))

    # ---------------------------------------------------------------- removing links

    def remove_current(self) -> None:
        link = self.panel.current_link()
        if link is None:
            self.reading.say(tr("Choose a link in the Attribution pane to remove."))
            return
        store, ed = self.editor.session.store, self.editor
        text = tr("Remove {name} link").format(name=link.type)
        ed.run(lambda: DeleteLinks(store, ed.undo_failed, [link], text))

    # ---------------------------------------------------------------- what is shown

    def _selection_changed(self, span_id: int, _reveal: bool) -> None:
        record = self.reading.record(span_id)
        if record is not None and any(t.claim_label == record.label for t in self.types.values()):
            self.last_claim = record.id
        self.refresh()

    def _document_shown(self) -> None:
        self.last_claim = 0
        self.refresh()

    def refresh(self) -> None:
        self.view.set_link_arcs(self._arcs())
        record = self.reading.selected_record()
        if record is None:
            self.panel.show_rows(tr("Select a claim to see who said it."), [])
            return
        rows = []
        for link in self.reading.links_of(record.id):
            link_type = self.types.get(link.type)
            colour = link_type.colour if link_type else "#999999"
            other_id = link.target_id if link.claim_id == record.id else link.claim_id
            other = self.reading.record(other_id) if other_id else None
            text = quote(other.text, 60) if other else tr(UNNAMED)
            direction = "" if link.claim_id == record.id else tr(" (claim)")
            rows.append((colour, f"{link.type}{direction}: {text}", other_id or 0, link))
        title = counted(
            "{label} {quote}: {count} link",
            QT_TR_NOOP("{label} {quote}: {count} links"),
            len(rows),
            label=record.label,
            quote=quote(record.text, 60),
        )
        self.panel.show_rows(title, rows)

    def _arcs(self) -> list[LinkArc]:
        """Arcs of the selected span's links."""
        selected = self.reading.selected_id
        arcs = []
        for link in self.reading.links_of(selected) if selected else []:
            claim = self.reading.record(link.claim_id)
            target = self.reading.record(link.target_id) if link.target_id else None
            link_type = self.types.get(link.type)
            if claim is None or link_type is None:
                continue
            ends = (target.start, target.end) if target else (claim.start, claim.start)
            arcs.append(LinkArc(claim.start, claim.end, *ends, link_type.colour,
                                link_type.name if target else tr(UNNAMED),
                                unnamed=target is None))  # fmt: skip
        return arcs
