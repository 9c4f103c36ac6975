"""What the review pane lists: the differences with a colleague (each with its status),
a filter by class of difference, and the agreement figures as a table model."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from reader.core.agreement import Agreement, Measures, SpanScores
from reader.core.annotations import AnnotationRecord
from reader.core.decisions import Status
from reader.core.entities import EntityDef
from reader.core.link_agreement import Link, LinkAgreement
from reader.core.link_review import LinkDifference, LinkDiffKind, PlacedLink, ends_by_document
from reader.core.links import UNNAMED
from reader.core.progress import Status as ArticleStatus
from reader.core.progress import effective
from reader.core.review import Alignment, Difference, DiffKind, TheirSpan
from reader.core.text import embed_rtl
from reader.ui.i18n import QT_TR_NOOP, number, tr
from reader.ui.models import Index, ListTableModel, refilter


@dataclass(frozen=True)
class Colleague:
    annotator: str
    path: Path
    alignment: Alignment
    colour: str
    placed: dict[int, list[PlacedLink]] = field(default_factory=dict)  # their links, here
    entities: dict[int, EntityDef] = field(default_factory=dict)  # their registry, by id
    marks: dict[int, ArticleStatus] = field(default_factory=dict)  # by document of mine

    def status(self, document_id: int) -> ArticleStatus | None:
        """Where they stand with an article of mine (None: not matched to theirs)."""
        if all(m.mine.id != document_id for m in self.alignment.matches):
            return None
        tagged = bool(self.alignment.spans.get(document_id))
        return effective(self.marks.get(document_id), tagged)

    @property
    def links(self) -> dict[int, set[Link]]:
        """Their links by document of mine, by their ends (for link agreement)."""
        return ends_by_document(self.placed)

    @property
    def name(self) -> str:
        return f"{self.annotator} — {self.path.name}"


@dataclass
class ReviewItem:
    """One difference with the colleague (of spans or of links), and what was decided."""

    diff: Difference[AnnotationRecord, TheirSpan] | LinkDifference
    document_id: int
    title: str
    status: Status

    @property
    def kind(self) -> DiffKind | LinkDiffKind:
        return self.diff.kind

    @property
    def start(self) -> int:
        return self.diff.position[0]


class DifferenceModel(ListTableModel):
    HEADERS = (
        QT_TR_NOOP("Status"),
        QT_TR_NOOP("Difference"),
        QT_TR_NOOP("Mine"),
        QT_TR_NOOP("Theirs"),
        QT_TR_NOOP("Text"),
        QT_TR_NOOP("Article"),
    )
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

    def row_of(self, item: ReviewItem) -> int:
        return next((i for i, it in enumerate(self.rows) if it is item), -1)

    def refresh(self, item: ReviewItem) -> None:
        row = self.row_of(item)
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
        theirs = item.diff.theirs
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3 and theirs:
            span = theirs if isinstance(theirs, TheirSpan) else theirs.claim
            return tr("{annotator}: {label} (placed by {value})").format(
                annotator=span.annotator, label=span.label, value=tr(span.anchor.value)
            )
        return None

    @staticmethod
    def _cell(item: ReviewItem, column: int) -> str:
        if column == 0:
            return tr(item.status.value)
        if column == 1:
            return tr(item.kind.value)
        if isinstance(item.diff, LinkDifference):
            return _link_cell(item.diff, column, item.title)
        mine, theirs = item.diff.mine, item.diff.theirs
        if column == 2:
            return _span_cell(mine.label, mine.start, mine.end) if mine else "—"
        if column == 3:
            return _span_cell(theirs.label, theirs.start, theirs.end) if theirs else "—"
        if column == 4:
            text = mine.text if mine else (theirs.source.text if theirs else "")
            return embed_rtl(text) if text else ""
        return embed_rtl(item.title)


class KindFilter(QSortFilterProxyModel):
    """Shows one class of difference, or every class but same span."""

    def __init__(self) -> None:
        super().__init__()
        self.kind = ""

    def set_kind(self, kind: str) -> None:
        refilter(self, lambda: setattr(self, "kind", kind))

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        kind = str(self.sourceModel().index(row, 0, parent).data(DifferenceModel.KIND_ROLE))
        agreed = (DiffKind.SAME.value, LinkDiffKind.SAME.value)
        return kind == self.kind if self.kind else kind not in agreed


def _link_cell(diff: LinkDifference, column: int, title: str) -> str:
    """A link difference's cells: each side's link as type → target, the claim's text."""
    mine, theirs = diff.mine, diff.theirs
    if column == 2:
        return _target(mine.record.type, mine.target.text if mine.target else None) if mine else "—"
    if column == 3:
        if theirs is None:
            return "—"
        return _target(theirs.type, theirs.target.source.text if theirs.target else None)
    if column == 4:
        claim = mine.claim.text if mine else theirs.claim.source.text if theirs else ""
        return embed_rtl(claim)
    return embed_rtl(title)


def _target(kind: str, text: str | None) -> str:
    return f"\u200e{kind} → \u200f{embed_rtl(text) if text is not None else tr(UNNAMED)}"


def _span_cell(label: str, start: int, end: int) -> str:
    # Left-to-right marks at both ends: a right-to-left layout must not move the ")" of
    # "[101, 106)" to the front.
    return f"\u200e{label} [{start}, {end})\u200e"


def figure(value: float | None) -> str:
    """A measure for the table: two decimals in the locale's digits, "—" when it is not
    defined."""
    if value is None:
        return "—"
    return number(0.0 if abs(value) < 0.005 else value, 2)  # no "-0.00"


def _counted(scores: SpanScores) -> bool:
    return bool(scores.tp + scores.fp + scores.fn)


class FigureModel(ListTableModel):
    """Agreement of me with a colleague: a row per label and one overall, a column per
    measure (README, "Agreement measures")."""

    HEADERS = (QT_TR_NOOP("Exact"), QT_TR_NOOP("Overlap"), "κ", "α", "αU")
    TIPS = (
        QT_TR_NOOP("F1 of same-span matches (your spans are the reference)"),
        QT_TR_NOOP("F1 of overlapping spans of the same label"),
        QT_TR_NOOP("Cohen's kappa over the characters' labels"),
        QT_TR_NOOP("Krippendorff's alpha (nominal) over the characters' labels"),
        QT_TR_NOOP("Krippendorff's unitizing alpha"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, Measures]] = []

    def items(self) -> Sequence[tuple[str, Measures]]:
        return self.rows

    def show(self, result: Agreement | None, links: LinkAgreement | None = None) -> None:
        self.beginResetModel()
        self.rows = (
            [] if result is None else [*result.labels.items(), (tr("Overall"), result.overall)]
        )
        if result is not None and links is not None and _counted(links.exact):
            # Links: F1 of same links (type and both ends) and of overlapping ends.
            self.rows.append((tr("Links"), Measures(links.exact, links.overlap, None, None, None)))
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        m = self.rows[row][1]
        values = (m.exact.f1, m.overlap.f1, m.kappa, m.alpha, m.unitizing_alpha)
        return figure(values[column])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        vertical = orientation == Qt.Orientation.Vertical
        if vertical and role == Qt.ItemDataRole.DisplayRole:
            return self.rows[section][0] if section < len(self.rows) else None
        if not vertical and role == Qt.ItemDataRole.ToolTipRole:
            return tr(self.TIPS[section])
        return super().headerData(section, orientation, role)
