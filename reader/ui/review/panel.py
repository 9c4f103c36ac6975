"""The Review pane: whose differences are listed, the agreement figures, the list of
differences and the decision buttons. Thin: it shows the controller's state and turns
clicks and keys into its calls."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core import agreement
from reader.core.decisions import Decision, Status
from reader.core.entity_agreement import EntityAgreement
from reader.core.link_agreement import LinkAgreement
from reader.core.link_review import LinkDiffKind
from reader.core.review import DiffKind
from reader.ui import icons
from reader.ui.i18n import lead, number, tr
from reader.ui.review.controller import ReviewController
from reader.ui.review.models import DifferenceModel, FigureModel, KindFilter, ReviewItem, figure

DECISION_ACTIONS = {
    Decision.ACCEPT: "review.accept", Decision.KEEP: "review.keep", Decision.BOTH: "review.both"
}  # fmt: skip


class ReviewPanel(QWidget):
    def __init__(self, review: ReviewController, actions: dict[str, QAction]) -> None:
        super().__init__()
        self.review = review
        self.model = DifferenceModel()
        self.filtered = KindFilter()
        self.filtered.setSourceModel(self.model)
        self.figure_model = FigureModel()
        self._build_header()
        self._build_figures()
        self._build_list(actions)
        self._lay_out()
        review.changed.connect(self._reload)
        review.opened.connect(lambda _colleague: self.show_first())
        review.item_status_changed.connect(self.model.refresh)
        review.figures_changed.connect(self._show_figures)
        review.progress_changed.connect(lambda text: self.progress_line.setText(lead(text)))

    # ---------------------------------------------------------------- building

    def _build_header(self) -> None:
        self.colleague_box = QComboBox()
        # Built before its colleagues arrive (a restored layout shows the pane at start):
        # it widens as they are added, not only to what it held when first shown.
        self.colleague_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # A very long file name is cut short, not the pane widened.
        self.colleague_box.setMaximumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.colleague_box.setToolTip(tr("Whose differences the list shows"))
        self.colleague_box.currentIndexChanged.connect(self.review.set_active)
        self.key = QLabel()
        self.key.setToolTip(tr("Colleagues' spans are outlined in these colours"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems_button = QPushButton(icons.icon("warning"), tr("Not Matched…"))
        self.problems_button.setToolTip(tr("Articles not matched and spans not placed, with why"))
        self.problems_button.clicked.connect(self.show_problems)
        self.add_button = QPushButton(icons.icon("file.open"), tr("Add File…"))
        self.add_button.setToolTip(tr("Review another colleague's file as well"))
        self.close_button = QPushButton(icons.icon("close"), tr("Close Review"))

    def _build_figures(self) -> None:
        self.scope = QComboBox()
        self.scope.addItems([tr("This article"), tr("All matched articles")])
        self.scope.setToolTip(tr("Which articles the agreement figures cover"))
        self.scope.currentIndexChanged.connect(lambda i: self.review.set_all_articles(i == 1))
        self.figures = QTableView()
        self.figures.setModel(self.figure_model)
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.figures.setToolTip(
            tr(
                "Exact and Overlap: F1 of same-span and overlapping-span matches. "
                "Your spans are the reference: recall is over yours, precision over theirs. "
                "κ: Cohen's kappa and α: Krippendorff's alpha over characters; αU: unitizing "
                "alpha. The README defines each."
            )
        )
        self.group = QLabel()
        self.entity_line = QLabel()
        self.progress_line = QLabel()
        self.progress_line.setToolTip(tr("Where you and the colleague each stand with this "
                                         "article (Annotate ▸ Article Status)"))  # fmt: skip
        self.entity_line.setToolTip(
            tr("Of the spans you both tagged and at least one of you linked to an entity, how "
               "many name the same entity (theirs matched to yours by a shared name)")
        )  # fmt: skip

    def _build_list(self, actions: dict[str, QAction]) -> None:
        self.kind_box = QComboBox()
        self.kind_box.addItem(tr("All differences"), "")
        for kind in (*DiffKind, *LinkDiffKind):
            self.kind_box.addItem(tr(kind.value).capitalize(), kind.value)
        self.kind_box.currentIndexChanged.connect(
            lambda: self.filtered.set_kind(str(self.kind_box.currentData()))
        )
        table = self.table = QTableView()
        table.setModel(self.filtered)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)  # keep the headline start
        table.setAlternatingRowColors(True)
        table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.decision_buttons = []
        for name in ("review.previous", "review.next", *DECISION_ACTIONS.values()):
            button = QToolButton()
            button.setDefaultAction(actions[name])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.decision_buttons.append(button)
        self.all_button = QToolButton()
        self.all_button.setText(tr("All Shown…"))
        self.all_button.setToolTip(tr("Decide every open difference the list shows, at once"))
        self.all_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.all_button)
        for decision in Decision:
            menu.addAction(
                tr("{value} for All Shown").format(value=tr(decision.value)),
                partial(self.decide_all, decision),
            )
        self.all_button.setMenu(menu)

    def _lay_out(self) -> None:
        # Button rows are tool bars: narrower than their buttons, they fold the rest into
        # a » menu instead of widening the window (the pane must fit an 800 px screen).
        top = QHBoxLayout()
        for widget, stretch in ((QLabel(tr("Reviewing:")), 0), (self.colleague_box, 0),
                                (self.key, 0), (_bar(self.problems_button, self.add_button,
                                                     self.close_button), 1)):  # fmt: skip
            top.addWidget(widget, stretch)
        figures = _column([self.scope, self.figures, self.group, self.entity_line,
                           self.progress_line], stretch=self.figures)  # fmt: skip
        kind_row = QHBoxLayout()
        for widget, stretch in ((QLabel(tr("Show:")), 0), (self.kind_box, 0), (self.summary, 1)):
            kind_row.addWidget(widget, stretch)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.group.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for line in (self.entity_line, self.progress_line):
            line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        buttons = _bar(*self.decision_buttons, self.all_button, align_end=False)
        differences = _column([kind_row, self.table, buttons], stretch=self.table)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(figures)
        split.addWidget(differences)
        split.setSizes([380, 900])
        split.setCollapsible(1, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    # ---------------------------------------------------------------- showing

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
        if review.colleague is None:
            self.summary.clear()
            self._show_figures(None, None)
            return
        a = review.colleague.alignment
        moved = a.moved()
        self.summary.setText(
            tr(
                "{matched} articles matched, {unmatched} not matched; {placed} spans placed, "
                "{unplaced} not placed"
            ).format(
                matched=number(len(a.matches)),
                unmatched=number(len(a.unmatched)),
                placed=number(sum(len(s) for s in a.spans.values())),
                unplaced=number(len(a.unplaced)),
            )
            + (tr(" ({moved} re-anchored)").format(moved=number(moved)) if moved else "")
        )
        self.problems_button.setEnabled(bool(a.unmatched or a.unplaced))

    def _show_figures(
        self,
        pair: agreement.Agreement | None,
        group: agreement.GroupAgreement | None,
        links: LinkAgreement | None = None,
        entities: EntityAgreement | None = None,
    ) -> None:
        self.figure_model.show(pair, links)
        self.entity_line.setText(
            ""
            if entities is None or not entities.spans
            else tr("Entities: {same} of {spans} spans name the same ({share})").format(
                same=number(entities.same), spans=number(entities.spans),
                share=figure(entities.share),
            )
        )  # fmt: skip
        self.group.setText(
            ""
            if group is None
            else tr("All {value} annotators: Fleiss κ {figure}, α {figure2}, αU {figure3}").format(
                value=len(self.review.colleagues) + 1,
                figure=figure(group.overall.fleiss_kappa),
                figure2=figure(group.overall.alpha),
                figure3=figure(group.overall.unitizing_alpha),
            )
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
        proxy = self.filtered.mapFromSource(self.model.index(self.model.row_of(item), 0))
        if proxy.isValid() and proxy.row() != self.table.currentIndex().row():
            self.table.setCurrentIndex(proxy)  # shows it, through _row_chosen
            self.table.scrollTo(proxy)
        else:
            self.review.show(item)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.review.show(self.model.rows[self.filtered.mapToSource(current).row()])

    # ---------------------------------------------------------------- acting

    def step(self, delta: int) -> None:
        found = self.review.step(self.shown_items(), delta)
        if found is None:
            self.review.reading.say(tr("No open differences left here."))
        else:
            self.select_item(found)

    def decide_current(self, decision: Decision) -> None:
        item = self.review.current
        if item is None or item.status is not Status.OPEN:
            self.review.reading.say(
                tr("Choose an open difference first (F8 goes to the next one).")
            )
            return
        # The decided difference stays selected (greyed), so F8 goes to the next one and
        # stepping visits every open difference once; moving on here made F8 skip one.
        if self.review.decide([item], decision):
            left = sum(it.status is Status.OPEN for it in self.shown_items())
            self.review.reading.say(
                tr("{value}: done. F8 goes to the next difference ({left} open).").format(
                    value=tr(decision.value), left=left
                ),
                6000,
            )

    def decide_all(self, decision: Decision) -> None:
        items = [it for it in self.shown_items() if it.status is Status.OPEN]
        if not items:
            return
        answer = QMessageBox.question(
            self,
            tr("{value} for all shown").format(value=tr(decision.value)),
            tr("{value} for {items_count} open differences? (Undo takes it all back.)").format(
                value=tr(decision.value), items_count=len(items)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            done = self.review.decide(items, decision)
            self.review.reading.say(
                tr("{value}: {done} done.").format(value=tr(decision.value), done=done), 6000
            )

    def show_problems(self) -> None:
        colleague = self.review.colleague
        if colleague is None:
            return
        a = colleague.alignment
        lines = [tr(
"Not matched: «{title}» ({span_count} spans): {reason}"
).format(title=u.document.title, span_count=u.span_count, reason=u.reason)
                 for u in a.unmatched]  # fmt: skip
        lines += [
            tr("Not placed: {label} «{text}» in «{document_title}»: {reason}").format(
                label=u.span.label,
                text=u.span.text,
                document_title=u.document_title,
                reason=u.reason,
            )
            for u in a.unplaced
        ]
        box = QMessageBox(self)
        box.setWindowTitle(tr("Not matched or not placed"))
        box.setText(
            tr("{unmatched_count} articles not matched, {unplaced_count} spans not placed.").format(
                unmatched_count=len(a.unmatched), unplaced_count=len(a.unplaced)
            )
        )
        box.setDetailedText("\n".join(lines))
        box.exec()


def _column(parts: list[QWidget | QHBoxLayout], stretch: QWidget) -> QWidget:
    """A widget of `parts` stacked, `stretch` taking the spare height."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QHBoxLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part, 1 if part is stretch else 0)
    return box


def _bar(*buttons: QWidget, align_end: bool = True) -> QToolBar:
    """A row of buttons that folds what does not fit into its extension menu."""
    bar = QToolBar()
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    if align_end:
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
    for button in buttons:
        bar.addWidget(button)
    return bar
