"""The Overview pane (View ▸ Overview): the whole file, or the part the filters choose
(outlet, days, annotator, your status), at a glance. A summary line, then charts; a click
on any bar, or on a figure of the summary, lists the articles or spans it counted beside
the charts, and Enter or a double-click there opens one. Each chart saves as PNG or SVG
(its button, or a right click)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.overview import Match, Overview, Pick, Scope
from reader.core.progress import Status
from reader.ui import icons
from reader.ui.errors import show_error
from reader.ui.i18n import QT_TR_NOOP, lead, number, tr
from reader.ui.overview.charts import Chart
from reader.ui.overview.figures import charts, undated_note
from reader.ui.widgets import size_columns, table_defaults

MATCH_COLUMNS = (QT_TR_NOOP("Article"), QT_TR_NOOP("Label"), QT_TR_NOOP("Text"),
                 QT_TR_NOOP("Annotator"), QT_TR_NOOP("Outlet"), QT_TR_NOOP("Date"))  # fmt: skip
ID_ROLE = Qt.ItemDataRole.UserRole + 1
WIDE = 1100  # pixels of the pane: charts side by side from this width
MIN_CHART_WIDTH = 320
NO_DAY = QDate(2000, 1, 1)  # the date edits' "any day" (shown as their special text)


@dataclass(frozen=True)
class OverviewSource:
    """What the pane reads, bound by the window to the open file."""

    figures: Callable[[Scope], Overview]
    matches: Callable[[Pick], list[Match]]
    choices: Callable[[], tuple[list[str], list[str]]]  # outlets, annotators
    whose: Callable[[], str]  # the reader's annotator name
    label_colours: Callable[[], dict[str, str]]


class OverviewPanel(QWidget):
    match_chosen = Signal(int, int)  # document id, annotation id (0: the article)

    def __init__(self, source: OverviewSource) -> None:
        super().__init__()
        self.source = source
        self.found: Overview | None = None
        self.outlet, self.annotator, self.status = QComboBox(), QComboBox(), QComboBox()
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        self.summary = QLabel()
        self.note = QLabel()
        self.charts: list[Chart] = []
        self.cards: list[tuple[QWidget, QLabel]] = []  # a chart's frame and title
        self.grid = QGridLayout()
        self.matches = QStandardItemModel(0, len(MATCH_COLUMNS))
        self.match_view = QTableView()
        self.match_caption = QLabel()
        self._columns = 1
        self._stale = True  # the file changed while the pane was hidden
        self._timer = QTimer(self, singleShot=True, interval=400)  # edits: refresh once
        self._build()
        self._connect()

    # ---------------------------------------------------------------- building

    def _build(self) -> None:
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        self._build_filters(filters)
        body = QWidget()
        body.setLayout(self.grid)
        self.grid.setContentsMargins(4, 4, 4, 4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        body.setMinimumWidth(MIN_CHART_WIDTH)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self._build_matches())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.note.setObjectName("overviewNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def _build_filters(self, row: QHBoxLayout) -> None:
        self.outlet.setToolTip(tr("Only the articles of one outlet"))
        self.annotator.setToolTip(tr("Only one annotator's spans"))
        self.status.setToolTip(tr("Only the articles you marked so"))
        self.status.addItem(tr("Any status"), None)
        for status in Status:
            self.status.addItem(icons.icon(f"status.{status.value}"), tr(status.words), status)
        tips = (tr("Only articles dated on or after this day"),
                tr("Only articles dated on or before this day"))  # fmt: skip
        for edit, tip in zip((self.date_from, self.date_to), tips, strict=True):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(NO_DAY)
            edit.setSpecialValueText(tr("any day"))
            edit.setDate(NO_DAY)
            edit.setToolTip(tip)
        reset = QToolButton()
        reset.setIcon(icons.icon("close"))
        reset.setToolTip(tr("Show the whole file again"))
        reset.clicked.connect(self.reset_filters)
        for widget in (self.outlet, QLabel(tr("From")), self.date_from, QLabel(tr("to")),
                       self.date_to, self.annotator, self.status, reset):  # fmt: skip
            row.addWidget(widget)
        row.addStretch(1)

    def _build_matches(self) -> QWidget:
        self.matches.setHorizontalHeaderLabels([tr(c) for c in MATCH_COLUMNS])
        view = self.match_view
        view.setModel(self.matches)
        table_defaults(view)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setToolTip(tr("What the figure you clicked counted: Enter or a double-click opens it"))
        size_columns(view, 2, {0: 160, 1: 64, 3: 80, 4: 90, 5: 80})
        self.match_caption.setWordWrap(True)
        self.match_caption.setText(tr("Click a bar or a figure to list what it counts"))
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.match_caption)
        layout.addWidget(view, 1)
        return side

    def _connect(self) -> None:
        for combo in (self.outlet, self.annotator, self.status):
            combo.currentIndexChanged.connect(self.refresh)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.refresh)
        self.summary.linkActivated.connect(self._summary_link)
        self.match_view.activated.connect(self._open_match)
        self._timer.timeout.connect(self.refresh)

    # ---------------------------------------------------------------- the figures

    def scope(self) -> Scope:
        """The part of the file the filters choose."""

        def day(edit: QDateEdit) -> str:
            return "" if edit.date() == NO_DAY else edit.date().toString("yyyy-MM-dd")

        return Scope(outlet=self.outlet.currentData(), date_from=day(self.date_from),
                     date_to=day(self.date_to), annotator=self.annotator.currentData() or "",
                     status=self.status.currentData(), status_of=self.source.whose())  # fmt: skip

    def file_changed(self) -> None:
        """The file was edited or another opened: refresh soon if shown, else when shown."""
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def reload_choices(self) -> None:
        """The outlets and annotators the filters offer, read again (another file)."""
        outlets, annotators = self.source.choices()
        offered = ((self.outlet, tr("All outlets"), outlets),
                   (self.annotator, tr("All annotators"), annotators))  # fmt: skip
        for combo, everyone, values in offered:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for value in values:
                combo.addItem(value or tr("(no outlet)"), value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)

    def reset_filters(self) -> None:
        for widget in (self.outlet, self.annotator, self.status, self.date_from, self.date_to):
            widget.blockSignals(True)
        for combo in (self.outlet, self.annotator, self.status):
            combo.setCurrentIndex(0)
        self.date_from.setDate(NO_DAY)
        self.date_to.setDate(NO_DAY)
        for widget in (self.outlet, self.annotator, self.status, self.date_from, self.date_to):
            widget.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Count again for the filters as they are, and draw."""
        self._stale = False
        self.found = found = self.source.figures(self.scope())
        self._show_summary(found)
        made = charts(found, self.source.label_colours())
        while len(self.charts) < len(made):
            self._add_chart()
        for chart, (_card, title), data in zip(self.charts, self.cards, made, strict=True):
            chart.set_data(data)
            title.setText(data.title)
        self._lay_out()
        self.note.setText(undated_note(found))

    def _show_summary(self, found: Overview) -> None:
        statuses = " · ".join(
            f'<a href="status:{i}">{number(c.count)} {tr(c.name).lower()}</a>'
            for i, c in enumerate(found.by_status)
        )
        self.summary.setText(
            tr("{articles} articles, {spans} spans. Yours: {statuses}").format(
                articles=f'<a href="articles">{number(found.articles)}</a>',
                spans=number(found.spans), statuses=statuses,
            )
        )  # fmt: skip

    def _add_chart(self) -> None:
        """A chart in a card: its title, and a button that saves it."""
        chart = Chart()
        chart.picked.connect(self.show_matches)
        chart.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        chart.customContextMenuRequested.connect(
            lambda pos: self._save_menu(chart).exec(chart.mapToGlobal(pos))
        )
        title = QLabel()
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        save = QToolButton()
        save.setIcon(icons.icon("chart.save"))
        save.setToolTip(tr("Save this chart as PNG or SVG"))
        save.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        save.setMenu(self._save_menu(chart))
        card = QWidget()
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(title, 1)
        head.addWidget(save)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(head)
        layout.addWidget(chart)
        self.charts.append(chart)
        self.cards.append((card, title))

    def _lay_out(self) -> None:
        """One column in a narrow pane, two side by side in a wide one."""
        columns = 2 if self.width() >= WIDE else 1
        while self.grid.count():
            self.grid.takeAt(0)
        for i, (card, _title) in enumerate(self.cards):
            self.grid.addWidget(card, i // columns, i % columns, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(self.note, len(self.cards) // columns + 1, 0, 1, columns)
        self.grid.setRowStretch(self.grid.rowCount(), 1)
        self._columns = columns

    def _save_menu(self, chart: Chart) -> QMenu:
        menu = QMenu(self)
        for kind in ("PNG", "SVG"):
            action = QAction(tr("Save as {kind}…").format(kind=kind), menu)
            action.triggered.connect(lambda _on=False, k=kind: self.save_chart(chart, k))
            menu.addAction(action)
        return menu

    def save_chart(self, chart: Chart, kind: str, path: Path | None = None) -> bool:
        """Save `chart` as PNG or SVG where the reader chooses (or at `path`)."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, tr("Save Chart"), f"{chart.data.title}.{kind.lower()}",
                f"{kind} (*.{kind.lower()})",
            )  # fmt: skip
            if not chosen:
                return False
            path = Path(chosen)
        path = path.with_suffix(f".{kind.lower()}")
        saved = chart.save_png(path) if kind == "PNG" else chart.save_svg(path)
        if not saved or not path.is_file():
            show_error(self, tr("The chart was not saved"),
                       tr("{path}: could not be written").format(path=path))  # fmt: skip
            return False
        return True

    # ---------------------------------------------------------------- what a figure counts

    def _summary_link(self, link: str) -> None:
        if self.found is None:
            return
        if link == "articles":
            self.show_matches(Pick(self.found.scope), tr("Articles"))
        elif link.startswith("status:"):
            count = self.found.by_status[int(link.partition(":")[2])]
            self.show_matches(count.pick, tr(count.name))

    def show_matches(self, pick: Pick, caption: str) -> None:
        """List what a figure counted."""
        found = self.source.matches(pick)
        self.matches.removeRows(0, self.matches.rowCount())
        for m in found:
            cells = (m.title, m.label, m.text, m.annotator, m.outlet, m.date)
            row = [QStandardItem(c) for c in cells]
            row[0].setData((m.document_id, m.annotation_id or 0), ID_ROLE)
            self.matches.appendRow(row)
        self.match_caption.setText(
            lead(tr("{caption} — {count} listed").format(caption=caption, count=number(len(found))))
        )
        if found:
            self.match_view.selectRow(0)

    def _open_match(self, index: QModelIndex) -> None:
        document_id, annotation_id = index.siblingAtColumn(0).data(ID_ROLE)
        self.match_chosen.emit(document_id, annotation_id)

    # ---------------------------------------------------------------- Qt

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload_choices()
            self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.charts and (self._columns == 2) != (self.width() >= WIDE):
            self._lay_out()
