"""The review view: colleagues' spans beside one's own, differences, decisions, agreement.

A review lays one or more colleagues' files (read as untrusted input, never written) over
the user's open annotation file. The differences with the colleague being reviewed are a
snapshot taken when the file is opened (or refreshed), each with a status; a decision is
one undoable step that edits the user's own file through the same store and undo stack as
any other edit, and an accepted span records whom and which file it came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import AnnotationRecord, draft_span
from reader.core.errors import KnownError
from reader.core.review import AnnotationSet, Difference, DiffKind, TheirSpan, compare
from reader.core.text import embed_rtl
from reader.ui import dialogs, icons
from reader.ui.article_view import Overlay
from reader.ui.commands import AddAnnotation, DeleteAnnotation, EditAnnotation
from reader.ui.models import Index, _ListTableModel, refilter
from reader.ui.store import edited

if TYPE_CHECKING:
    from reader.core import agreement
    from reader.core.review import Alignment
    from reader.ui.main_window import MainWindow

# Okabe-Ito colours the label scheme does not use: one per colleague, in order.
COLLEAGUE_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#7F3C8D", "#5E5E5E")


class Status(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted theirs"
    KEPT = "kept mine"
    BOTH = "took both"
    AGREED = "agreed"  # a same-span pair: nothing to decide


class Decision(StrEnum):
    ACCEPT = "Accept Theirs"
    KEEP = "Keep Mine"
    BOTH = "Take Both"


DECIDED = {Decision.ACCEPT: Status.ACCEPTED, Decision.KEEP: Status.KEPT, Decision.BOTH: Status.BOTH}


@dataclass(frozen=True)
class Colleague:
    annotator: str
    path: Path
    alignment: Alignment
    colour: str

    @property
    def name(self) -> str:
        return f"{self.annotator} — {self.path.name}"


@dataclass
class ReviewItem:
    diff: Difference[AnnotationRecord, TheirSpan]
    document_id: int
    title: str
    status: Status

    @property
    def kind(self) -> DiffKind:
        return self.diff.kind

    @property
    def start(self) -> int:
        return self.diff.position[0]


# ---------------------------------------------------------------- the difference list


class DifferenceModel(_ListTableModel):
    HEADERS = ("Status", "Difference", "Mine", "Theirs", "Text", "Article")
    KIND_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ReviewItem] = []

    def items(self) -> Sequence[ReviewItem]:
        return self.rows

    def reset(self, items: list[ReviewItem]) -> None:
        self.beginResetModel()
        self.rows = items
        self.endResetModel()

    def refresh(self, item: ReviewItem) -> None:
        row = next((i for i, it in enumerate(self.rows) if it is item), -1)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        if role == self.KIND_ROLE:
            return item.kind.value
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(item, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and item.status is not Status.OPEN:
            return QColor("#7A7A7A")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3 and item.diff.theirs:
            theirs = item.diff.theirs
            return f"{theirs.annotator}: {theirs.label} (placed by {theirs.anchor.value})"
        return None

    @staticmethod
    def _cell(item: ReviewItem, column: int) -> str:
        mine, theirs = item.diff.mine, item.diff.theirs
        if column == 0:
            return item.status.value
        if column == 1:
            return item.kind.value
        if column == 2:
            return f"{mine.label} [{mine.start}, {mine.end})" if mine else "—"
        if column == 3:
            return f"{theirs.label} [{theirs.start}, {theirs.end})" if theirs else "—"
        if column == 4:
            span = mine or theirs
            text = mine.text if mine else (theirs.source.text if theirs else "")
            return embed_rtl(text) if span else ""
        return embed_rtl(item.title)


class KindFilter(QSortFilterProxyModel):
    """Shows one class of difference, or every class but same span."""

    def __init__(self) -> None:
        super().__init__()
        self.kind = ""

    def set_kind(self, kind: str) -> None:
        refilter(self, lambda: setattr(self, "kind", kind))

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        kind = self.sourceModel().index(row, 0, parent).data(DifferenceModel.KIND_ROLE)
        return kind == self.kind if self.kind else kind != DiffKind.SAME.value


# ---------------------------------------------------------------- decisions as undo steps


class MarkDecision(QUndoCommand):
    """The status half of a decision (the edit half is an ordinary store command)."""

    def __init__(self, review: ReviewController, item: ReviewItem, status: Status) -> None:
        super().__init__(f"Mark {item.kind.value} as {status.value}")
        self.review, self.item, self.status = review, item, status
        self.before = item.status
        self._set(status)

    def _set(self, status: Status) -> None:
        self.item.status = status
        self.review.item_changed(self.item)

    def redo(self) -> None:
        self._set(self.status)

    def undo(self) -> None:
        self._set(self.before)


# ---------------------------------------------------------------- the controller


class ReviewController(QObject):
    """Colleagues, the difference snapshot, decisions and agreement for one window."""

    changed = Signal()  # colleagues or differences changed: redraw everything
    item_status_changed = Signal(object)  # ReviewItem
    figures_changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.colleagues: list[Colleague] = []
        self.active = 0
        self.items: list[ReviewItem] = []
        self.texts: dict[int, str] = {}
        self.current: ReviewItem | None = None
        self._figures_timer = QTimer(self, singleShot=True, interval=0)
        self._figures_timer.timeout.connect(self.figures_changed)

    @property
    def me(self) -> str:
        return self.window.settings.annotator or "anonymous"

    @property
    def colleague(self) -> Colleague | None:
        return self.colleagues[self.active] if self.colleagues else None

    # -------------------------------------------------------------- opening

    def open_file(self, path: Path) -> bool:
        """Add a colleague's file to the review; False (after saying why) when refused."""
        path = Path(path)
        mine = self.window.file.path
        if mine is not None and path.resolve() == mine.resolve():
            dialogs.show_error(
                self.window, "Cannot review", f"{path} is the annotation file you have open."
            )
            return False
        from reader.services.reviewing import align_with_mine, read_colleague_file

        try:
            theirs = read_colleague_file(path)
        except KnownError as err:
            dialogs.report_failure(self.window, "Cannot review this file", err)
            return False
        name = self._choose_annotator(theirs)
        if name is None:
            return False
        alignment = align_with_mine(self.window.file, theirs.by_annotator(name), self.text)
        colour = COLLEAGUE_COLOURS[len(self.colleagues) % len(COLLEAGUE_COLOURS)]
        self.colleagues.append(Colleague(name, path, alignment, colour))
        self.active = len(self.colleagues) - 1
        self.refresh()
        return True

    def _choose_annotator(self, theirs: AnnotationSet) -> str | None:
        names = theirs.annotators
        if not names:
            dialogs.show_error(self.window, "Nothing to review", f"{theirs.source} has no spans.")
            return None
        if len(names) == 1:
            return names[0]
        name, ok = QInputDialog.getItem(
            self.window, "Review whose spans?", f"{theirs.source} holds spans by:", names, 0, False
        )
        return str(name) if ok else None

    def close_review(self) -> None:
        self.colleagues.clear()
        self.texts.clear()  # document ids belong to the file that was open
        self.items = []
        self.current = None
        self.changed.emit()

    def set_active(self, index: int) -> None:
        if 0 <= index < len(self.colleagues) and index != self.active:
            self.active = index
            self.refresh()

    # -------------------------------------------------------------- the snapshot

    def my_spans(self) -> dict[int, list[AnnotationRecord]]:
        from reader.storage import repository

        with self.window.file.session() as session:
            records = repository.annotations_by(session, self.me)
        spans: dict[int, list[AnnotationRecord]] = {}
        for record in records:
            spans.setdefault(record.document_id, []).append(record)
        return spans

    def text(self, document_id: int) -> str:
        if document_id not in self.texts:
            from reader.services.reviewing import my_text

            self.texts[document_id] = my_text(self.window.file, document_id)
        return self.texts[document_id]

    def refresh(self) -> None:
        """Take the differences with the active colleague afresh from the files."""
        colleague = self.colleague
        self.items = []
        self.current = None
        if colleague is not None:
            mine = self.my_spans()
            titles = {m.mine.id: m.mine.title for m in colleague.alignment.matches}
            for doc_id, theirs in colleague.alignment.spans.items():
                for diff in compare(mine.get(doc_id, []), theirs):
                    status = Status.AGREED if diff.kind is DiffKind.SAME else Status.OPEN
                    self.items.append(ReviewItem(diff, doc_id, titles[doc_id], status))
            order = {m.mine.id: i for i, m in enumerate(colleague.alignment.matches)}
            self.items.sort(key=lambda it: (order[it.document_id], it.diff.position))
        self.changed.emit()
        self.figures_changed.emit()

    def item_changed(self, item: ReviewItem) -> None:
        self.item_status_changed.emit(item)
        self.overlays_changed()

    def schedule_figures(self) -> None:
        if self.colleagues:
            self._figures_timer.start()

    # -------------------------------------------------------------- the article overlay

    def overlays(self, document_id: int) -> list[Overlay]:
        found: list[Overlay] = []
        current = self.current.diff.theirs if self.current else None
        labels = {label.name: label.colour for label in self.window.labels}
        for lane, colleague in enumerate(self.colleagues):
            for span in colleague.alignment.spans.get(document_id, []):
                note = f" — {span.note}" if span.note else ""
                tip = f"{colleague.annotator}: {span.label} «{span.source.text}»{note}"
                found.append(
                    Overlay(span.start, span.end, labels.get(span.label, "#999999"),
                            colleague.colour, lane, tip, span is current)
                )  # fmt: skip
        return found

    def overlays_changed(self) -> None:
        doc = self.window.document
        self.window.article.set_overlays(self.overlays(doc.id) if doc else [])

    # -------------------------------------------------------------- decisions

    def decide(self, items: list[ReviewItem], decision: Decision) -> int:
        """Apply one decision to `items` as one undo step; returns how many were applied."""
        todo = [it for it in items if it.status is Status.OPEN]
        if not todo:
            return 0
        stack = self.window.undo_stack
        what = (
            f"{decision.value}: {todo[0].kind.value}"
            if len(todo) == 1
            else (f"{decision.value}: {len(todo)} differences")
        )
        stack.beginMacro(what)
        done = 0
        try:
            for item in todo:
                if not self._decide_one(item, decision):
                    break
                done += 1
        finally:
            stack.endMacro()
        return done

    def _decide_one(self, item: ReviewItem, decision: Decision) -> bool:
        edit = self._edit_for(item, decision)
        if edit is not None and self.window._run(edit) is None:
            return False
        self.window.undo_stack.push(MarkDecision(self, item, DECIDED[decision]))
        return True

    def _edit_for(self, item: ReviewItem, decision: Decision) -> Any:
        """A factory for the store command a decision needs, or None when it changes
        nothing in the file (keep mine; take both of a span only I have)."""
        mine, theirs = item.diff.mine, item.diff.theirs
        store, on_error = self.window.store, self.window._undo_failed
        if decision is Decision.KEEP or (theirs is None and decision is Decision.BOTH):
            return None
        if theirs is None:  # accept theirs where they have nothing: delete mine
            assert mine is not None
            return lambda: DeleteAnnotation(store, on_error, mine, "Accept theirs: delete mine")
        colleague = self.colleague
        assert colleague is not None
        origin = (theirs.annotator, colleague.path.name)
        text = self.text(item.document_id)
        draft = draft_span(item.document_id, text, theirs.start, theirs.end, theirs.label)
        if decision is Decision.ACCEPT and mine is not None:
            after = edited(
                mine, label=theirs.label, start=draft.start, end=draft.end, text=draft.text,
                context_before=draft.context_before, context_after=draft.context_after,
                origin_annotator=origin[0], origin_file=origin[1],
            )  # fmt: skip
            return lambda: EditAnnotation(store, on_error, mine, after, "Accept theirs")
        if self.window.store.find_same(draft, self.me):
            return None  # already there: taking it again would change nothing
        title = "Accept theirs" if decision is Decision.ACCEPT else "Take both"
        return lambda: AddAnnotation(store, on_error, draft, self.me, origin, title)

    # -------------------------------------------------------------- navigation

    def step(self, items: list[ReviewItem], delta: int) -> ReviewItem | None:
        """The next (or previous) open difference after the current one, in list order."""
        open_items = [it for it in items if it.status is Status.OPEN]
        if not open_items:
            return None
        if self.current in items:
            at = items.index(self.current)
            ahead = (
                items[at + 1 :] + items[:at] if delta > 0 else items[:at][::-1] + items[at:][::-1]
            )
            ahead = [it for it in ahead if it.status is Status.OPEN]
            return ahead[0] if ahead else None
        return open_items[0] if delta > 0 else open_items[-1]

    def show(self, item: ReviewItem) -> None:
        self.current = item
        window = self.window
        if window.document is None or window.document.id != item.document_id:
            row = window.documents.row_of(item.document_id)
            if row >= 0:
                window.document_view.selectRow(row)
        mine = item.diff.mine
        if mine is not None and window.annotations.row_of(mine.id) >= 0:
            window.select_annotation(mine.id, reveal=True)
        else:
            window.select_annotation(0)
            window.article.reveal(item.start)
        self.overlays_changed()

    # -------------------------------------------------------------- agreement

    def figures(
        self, mine: dict[int, list[AnnotationRecord]], document_id: int | None
    ) -> agreement.Agreement | None:
        """Me (`mine`, from `my_spans`) against the active colleague, on one article or on
        every matched article."""
        from reader.core import agreement

        colleague = self.colleague
        if colleague is None:
            return None
        ids = [m.mine.id for m in colleague.alignment.matches]
        if document_id is not None:
            ids = [i for i in ids if i == document_id]
        docs = [
            agreement.DocumentSpans(
                self.text(i),
                (
                    frozenset((r.start, r.end, r.label) for r in mine.get(i, [])),
                    frozenset((s.start, s.end, s.label) for s in colleague.alignment.spans[i]),
                ),
            )
            for i in ids
        ]
        return agreement.pairwise(docs, [label.name for label in self.window.labels])

    def group_figures(
        self, mine: dict[int, list[AnnotationRecord]]
    ) -> agreement.GroupAgreement | None:
        """Me and every colleague at once, on the articles all of them share."""
        from reader.core import agreement

        if len(self.colleagues) < 2:
            return None
        shared = set.intersection(*(set(c.alignment.spans) for c in self.colleagues))
        docs = [
            agreement.DocumentSpans(
                self.text(i),
                (frozenset((r.start, r.end, r.label) for r in mine.get(i, [])),
                 *(frozenset((s.start, s.end, s.label) for s in c.alignment.spans[i])
                   for c in self.colleagues)),
            )
            for i in sorted(shared)
        ]  # fmt: skip
        return agreement.among(docs)


# ---------------------------------------------------------------- the panel


def _figure(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{0.0 if abs(value) < 0.005 else value:.2f}"  # no "-0.00"


class ReviewPanel(QWidget):
    """Thin: shows the controller's state and turns clicks and keys into its calls."""

    FIGURE_COLUMNS = ("Exact", "Overlap", "κ", "α", "αU")

    def __init__(self, review: ReviewController) -> None:
        super().__init__()
        self.review = review
        self.model = DifferenceModel()
        self.filtered = KindFilter()
        self.filtered.setSourceModel(self.model)
        self._build()
        review.changed.connect(self._reload)
        review.item_status_changed.connect(self.model.refresh)
        review.figures_changed.connect(self._show_figures)

    # -------------------------------------------------------------- building

    def _build(self) -> None:
        self.colleague_box = QComboBox()
        self.colleague_box.setToolTip("Whose differences the list shows")
        self.colleague_box.currentIndexChanged.connect(self.review.set_active)
        self.key = QLabel()
        self.key.setToolTip("Colleagues' spans are outlined in these colours")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems_button = QPushButton(icons.icon("warning"), "Not Matched…")
        self.problems_button.setToolTip("Articles not matched and spans not placed, with why")
        self.problems_button.clicked.connect(self.show_problems)
        self.add_button = QPushButton(icons.icon("file.open"), "Add File…")
        self.add_button.setToolTip("Review another colleague's file as well")
        self.close_button = QPushButton(icons.icon("close"), "Close Review")

        self.scope = QComboBox()
        self.scope.addItems(["This article", "All matched articles"])
        self.scope.setToolTip("Which articles the agreement figures cover")
        self.scope.currentIndexChanged.connect(self._show_figures)
        self.figures = QTableWidget(0, len(self.FIGURE_COLUMNS))
        self.figures.setHorizontalHeaderLabels(list(self.FIGURE_COLUMNS))
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.figures.setToolTip(
            "Exact and Overlap: F1 of same-span and overlapping-span matches. "
            "Your spans are the reference: recall is over yours, precision over theirs. "
            "κ: Cohen's kappa and α: Krippendorff's alpha over characters; αU: unitizing "
            "alpha. The README defines each."
        )
        self.group = QLabel()

        self.kind_box = QComboBox()
        self.kind_box.addItem("All differences", "")
        for kind in DiffKind:
            self.kind_box.addItem(kind.value.capitalize(), kind.value)
        self.kind_box.currentIndexChanged.connect(
            lambda: self.filtered.set_kind(str(self.kind_box.currentData()))
        )
        self.table = QTableView()
        self.table.setModel(self.filtered)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # keep the headline start
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        self.decision_buttons = []
        buttons = QHBoxLayout()
        for action in self.review_actions():
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            buttons.addWidget(button)
            self.decision_buttons.append(button)
        self.all_button = QToolButton()
        self.all_button.setText("All Shown…")
        self.all_button.setToolTip("Decide every open difference the list shows, at once")
        self.all_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.all_button)
        for decision in Decision:
            menu.addAction(f"{decision.value} for All Shown", lambda d=decision: self.decide_all(d))
        self.all_button.setMenu(menu)
        buttons.addWidget(self.all_button)
        buttons.addStretch(1)

        top = QHBoxLayout()
        for widget in (QLabel("Reviewing:"), self.colleague_box, self.key):
            top.addWidget(widget)
        top.addStretch(1)
        for widget in (self.problems_button, self.add_button, self.close_button):
            top.addWidget(widget)

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.scope)
        left.addWidget(self.figures, 1)
        left.addWidget(self.group)
        left_box = QWidget()
        left_box.setLayout(left)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        kind_row = QHBoxLayout()
        kind_row.addWidget(QLabel("Show:"))
        kind_row.addWidget(self.kind_box)
        kind_row.addWidget(self.summary, 1)
        right.addLayout(kind_row)
        right.addWidget(self.table, 1)
        right.addLayout(buttons)
        right_box = QWidget()
        right_box.setLayout(right)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left_box)
        split.addWidget(right_box)
        split.setSizes([380, 900])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def review_actions(self) -> list[QAction]:
        specs = [
            ("Previous Difference", "review.previous", "Shift+F8", lambda: self.step(-1)),
            ("Next Difference", "review.next", "F8", lambda: self.step(1)),
            (Decision.ACCEPT.value, "review.accept", "Ctrl+Shift+A",
             lambda: self.decide_current(Decision.ACCEPT)),
            (Decision.KEEP.value, "review.keep", "Ctrl+Shift+K",
             lambda: self.decide_current(Decision.KEEP)),
            (Decision.BOTH.value, "review.both", "Ctrl+Shift+B",
             lambda: self.decide_current(Decision.BOTH)),
        ]  # fmt: skip
        self.actions_ = {}
        for text, icon, key, slot in specs:
            action = QAction(icons.icon(icon), text, self.review.window)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(f"{text} ({key})")
            action.triggered.connect(slot)
            self.review.window.addAction(action)
            self.actions_[icon] = action
        return list(self.actions_.values())

    # -------------------------------------------------------------- showing

    def _reload(self) -> None:
        review = self.review
        self.colleague_box.blockSignals(True)
        self.colleague_box.clear()
        for colleague in review.colleagues:
            self.colleague_box.addItem(icons.swatch(colleague.colour), colleague.name)
        self.colleague_box.setCurrentIndex(review.active)
        self.colleague_box.blockSignals(False)
        self.key.setText(
            "&nbsp;&nbsp;".join(
                f'<span style="color:{c.colour}">▭</span> {c.annotator}' for c in review.colleagues
            )
        )
        self.model.reset(list(review.items))
        colleague = review.colleague
        if colleague is None:
            self.summary.clear()
            return
        a = colleague.alignment
        moved = a.moved()
        self.summary.setText(
            f"{len(a.matches)} articles matched, {len(a.unmatched)} not matched; "
            f"{sum(len(s) for s in a.spans.values())} spans placed"
            f"{f' ({moved} re-anchored)' if moved else ''}, {len(a.unplaced)} not placed"
        )
        self.problems_button.setEnabled(bool(a.unmatched or a.unplaced))
        review.overlays_changed()

    def _show_figures(self) -> None:
        review = self.review
        doc = review.window.document
        scope = doc.id if doc and self.scope.currentIndex() == 0 else None
        # One read of the file serves both sets of figures; none when nobody is reviewed.
        mine = review.my_spans() if review.colleagues else {}
        result = review.figures(mine, scope)
        rows = [] if result is None else [*result.labels.items(), ("Overall", result.overall)]
        self.figures.setRowCount(len(rows))
        self.figures.setVerticalHeaderLabels([name for name, _ in rows])
        for r, (_, m) in enumerate(rows):
            values = (m.exact.f1, m.overlap.f1, m.kappa, m.alpha, m.unitizing_alpha)
            for c, value in enumerate(values):
                item = QTableWidgetItem(_figure(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.figures.setItem(r, c, item)
        group = review.group_figures(mine)
        self.group.setText(
            ""
            if group is None
            else f"All {len(review.colleagues) + 1} annotators: Fleiss κ "
            f"{_figure(group.overall.fleiss_kappa)}, α {_figure(group.overall.alpha)}, "
            f"αU {_figure(group.overall.unitizing_alpha)}"
        )

    def shown_items(self) -> list[ReviewItem]:
        rows = range(self.filtered.rowCount())
        return [self.model.rows[self.filtered.mapToSource(self.filtered.index(r, 0)).row()]
                for r in rows]  # fmt: skip

    def show_first(self) -> None:
        """Show the first open difference the list holds (as opening a review does)."""
        first = next((it for it in self.shown_items() if it.status is Status.OPEN), None)
        if first is not None:
            self.select_item(first)

    def select_item(self, item: ReviewItem) -> None:
        row = next((i for i, it in enumerate(self.model.rows) if it is item), -1)
        proxy = self.filtered.mapFromSource(self.model.index(row, 0))
        if proxy.isValid() and proxy.row() != self.table.currentIndex().row():
            self.table.setCurrentIndex(proxy)  # shows it, through _row_chosen
            self.table.scrollTo(proxy)
        else:
            self.review.show(item)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.review.show(self.model.rows[self.filtered.mapToSource(current).row()])

    # -------------------------------------------------------------- acting

    def step(self, delta: int) -> None:
        found = self.review.step(self.shown_items(), delta)
        if found is None:
            self.review.window.statusBar().showMessage("No open differences left here.", 4000)
        else:
            self.select_item(found)

    def decide_current(self, decision: Decision) -> None:
        item = self.review.current
        if item is None or item.status is not Status.OPEN:
            self.review.window.statusBar().showMessage(
                "Choose an open difference first (F8 goes to the next one).", 4000
            )
            return
        if self.review.decide([item], decision):
            self.step(1)

    def decide_all(self, decision: Decision) -> None:
        items = [it for it in self.shown_items() if it.status is Status.OPEN]
        if not items:
            return
        answer = QMessageBox.question(
            self,
            f"{decision.value} for all shown",
            f"{decision.value} for {len(items)} open differences? (Undo takes it all back.)",
        )
        if answer == QMessageBox.StandardButton.Yes:
            done = self.review.decide(items, decision)
            self.review.window.statusBar().showMessage(f"{decision.value}: {done} done.", 6000)

    def show_problems(self) -> None:
        colleague = self.review.colleague
        if colleague is None:
            return
        a = colleague.alignment
        lines = [f"Not matched: «{u.document.title}» ({u.span_count} spans): {u.reason}"
                 for u in a.unmatched]  # fmt: skip
        lines += [
            f"Not placed: {u.span.label} «{u.span.text}» in «{u.document_title}»: {u.reason}"
            for u in a.unplaced
        ]
        box = QMessageBox(self)
        box.setWindowTitle("Not matched or not placed")
        box.setText(f"{len(a.unmatched)} articles not matched, {len(a.unplaced)} spans not placed.")
        box.setDetailedText("\n".join(lines))
        box.exec()
