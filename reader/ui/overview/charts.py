"""Bar charts painted with QPainter: horizontal bars (stacked when a bar has several
segments) and vertical bars along days. Qt's text layout joins Arabic letters and lays
names out right to left, so a chart needs no reshaping; in the Arabic interface the
chart is mirrored (names on the right, bars growing leftward).

Every segment is a figure that opens what it counts: hover shows its tip, a click or
Enter on the focused segment emits `picked`. A chart saves as PNG or SVG (QtSvg, part of
PySide6-Essentials), painted by the same code as on screen."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from reader.core.overview import Pick
from reader.ui.i18n import number

ROW = 22.0  # a horizontal bar's row
GAP = 6.0
PAD = 8.0
VERTICAL_HEIGHT = 200
MAX_NAME_SHARE = 0.42  # of the width, for the names of horizontal bars
DAY_LABEL = "2017-11-04"  # the width a day's label needs


@dataclass(frozen=True, slots=True)
class Segment:
    value: int
    colour: str
    pick: Pick
    # What hovering says ("البوكمال: 3 spans"), worded only when asked: a timeline of a
    # few years has thousands of segments, and wording them all was a tenth of the pane.
    words: Callable[[], str]

    @property
    def tip(self) -> str:
        return self.words()


@dataclass(frozen=True, slots=True)
class Bar:
    name: str
    segments: tuple[Segment, ...]

    @property
    def total(self) -> int:
        return sum(s.value for s in self.segments)


@dataclass(slots=True)
class ChartData:
    title: str
    bars: list[Bar] = field(default_factory=list)
    legend: list[tuple[str, str]] = field(default_factory=list)  # (name, colour)
    vertical: bool = False  # bars along days
    empty: str = ""  # said when there are no bars


@dataclass(frozen=True, slots=True)
class Placed:
    rect: QRectF
    segment: Segment


class Chart(QWidget):
    picked = Signal(object, str)  # Pick, what it is ("PLACE البوكمال: 3 spans")

    def __init__(self, data: ChartData | None = None) -> None:
        super().__init__()
        self.data = data or ChartData("")
        self.placed: list[Placed] = []
        self.hovered = -1
        self.current = -1  # the segment keyboard focus is on
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.hovered = self.current = -1
        self.setAccessibleName(data.title)
        self.updateGeometry()
        self.update()

    # ---------------------------------------------------------------- size

    def _height(self, with_title: bool = False) -> int:
        title = self._line() + GAP if with_title else 0.0
        legend = self._line() + GAP if self.data.legend else 0.0
        if self.data.vertical:
            return int(VERTICAL_HEIGHT + title + legend)
        rows = max(1, len(self.data.bars))
        return int(PAD * 2 + rows * ROW + title + legend)

    def _line(self) -> float:
        return QFontMetricsF(self.font()).height()

    def sizeHint(self) -> QSize:
        return QSize(360, self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self._height())

    # ---------------------------------------------------------------- painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.placed = self.draw(painter, QRectF(self.rect()), with_title=False)
        self._draw_marks(painter)
        painter.end()

    def draw(self, painter: QPainter, rect: QRectF, with_title: bool) -> list[Placed]:
        """Paint the chart into `rect`; where each segment went."""
        painter.setFont(self.font())
        area = rect.adjusted(PAD, PAD / 2, -PAD, -PAD / 2)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text)
        if with_title:
            title_font = QFont(self.font())
            title_font.setBold(True)
            painter.setFont(title_font)
            painter.drawText(self._flip(QRectF(area.left(), area.top(), area.width(), self._line()),
                                        rect), self._start(), self.data.title)  # fmt: skip
            painter.setFont(self.font())
            area.setTop(area.top() + self._line() + GAP)
        if self.data.legend:
            self._draw_legend(painter, area, rect)
            area.setTop(area.top() + self._line() + GAP)
        if not self.data.bars:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.data.empty)
            return []
        if self.data.vertical:
            return self._draw_columns(painter, area, rect)
        return self._draw_rows(painter, area, rect)

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _flip(self, r: QRectF, within: QRectF) -> QRectF:
        """`r` as laid out left to right, mirrored in a right-to-left chart."""
        if not self._rtl():
            return r
        return QRectF(within.left() + within.right() - r.right(), r.top(), r.width(), r.height())

    def _start(self) -> Qt.AlignmentFlag:
        leading = Qt.AlignmentFlag.AlignRight if self._rtl() else Qt.AlignmentFlag.AlignLeft
        return leading | Qt.AlignmentFlag.AlignVCenter

    def _end(self) -> Qt.AlignmentFlag:
        trailing = Qt.AlignmentFlag.AlignLeft if self._rtl() else Qt.AlignmentFlag.AlignRight
        return trailing | Qt.AlignmentFlag.AlignVCenter

    def _draw_legend(self, painter: QPainter, area: QRectF, rect: QRectF) -> None:
        metrics, x, line = QFontMetricsF(self.font()), area.left(), self._line()
        for name, colour in self.data.legend:
            swatch = QRectF(x, area.top() + line / 2 - 5, 10, 10)
            painter.fillRect(self._flip(swatch, rect), QColor(colour))
            width = metrics.horizontalAdvance(name) + 4
            label = QRectF(x + 14, area.top(), width, line)
            painter.drawText(self._flip(label, rect), self._start(), name)
            x += 14 + width + 12

    def _draw_rows(self, painter: QPainter, area: QRectF, rect: QRectF) -> list[Placed]:
        metrics = QFontMetricsF(self.font())
        widest = max(metrics.horizontalAdvance(b.name) for b in self.data.bars)
        names = min(widest + GAP, area.width() * MAX_NAME_SHARE)
        figures = metrics.horizontalAdvance(number(max(b.total for b in self.data.bars))) + GAP
        span = max(1.0, area.width() - names - figures)
        most = max(1, max(b.total for b in self.data.bars))
        placed: list[Placed] = []
        for i, bar in enumerate(self.data.bars):
            top = area.top() + i * ROW
            name = QRectF(area.left(), top, names - GAP, ROW)
            shown = metrics.elidedText(bar.name, Qt.TextElideMode.ElideRight, name.width())
            painter.drawText(self._flip(name, rect), self._end(), shown)
            x = area.left() + names
            for segment in bar.segments:
                width = span * segment.value / most
                box = self._flip(QRectF(x, top + 3, width, ROW - 6), rect)
                painter.fillRect(box, QColor(segment.colour))
                placed.append(Placed(box, segment))
                x += width
            figure = QRectF(x + 3, top, figures, ROW)
            painter.drawText(self._flip(figure, rect), self._start(), number(bar.total))
        return placed

    def _draw_columns(self, painter: QPainter, area: QRectF, rect: QRectF) -> list[Placed]:
        metrics = QFontMetricsF(self.font())
        line = self._line()
        most = max(1, max(b.total for b in self.data.bars))
        axis = metrics.horizontalAdvance(number(most)) + GAP
        plot = QRectF(area.left() + axis, area.top() + line / 2, area.width() - axis,
                      area.height() - line * 1.5 - GAP)  # fmt: skip
        painter.drawText(self._flip(QRectF(area.left(), plot.top() - line / 2, axis - GAP, line),
                                    rect), self._end(), number(most))  # fmt: skip
        painter.drawText(self._flip(QRectF(area.left(), plot.bottom() - line / 2, axis - GAP,
                                           line), rect), self._end(), number(0))  # fmt: skip
        step = plot.width() / len(self.data.bars)
        every = max(1, math.ceil((metrics.horizontalAdvance(DAY_LABEL) + GAP) / step))
        placed: list[Placed] = []
        for i, bar in enumerate(self.data.bars):
            x, bottom = plot.left() + i * step, plot.bottom()
            for segment in bar.segments:
                height = plot.height() * segment.value / most
                box = self._flip(QRectF(x + step * 0.1, bottom - height, max(1.0, step * 0.8),
                                        height), rect)  # fmt: skip
                painter.fillRect(box, QColor(segment.colour))
                placed.append(Placed(box, segment))
                bottom -= height
            if i % every == 0:
                label = QRectF(x, plot.bottom() + GAP / 2, step * every, line)
                painter.drawText(self._flip(label, rect), self._start(), bar.name)
        return placed

    def _draw_marks(self, painter: QPainter) -> None:
        """The hovered segment outlined; the focused one framed."""
        for index, colour in ((self.hovered, QPalette.ColorRole.Highlight),
                              (self.current if self.hasFocus() else -1,
                               QPalette.ColorRole.WindowText)):  # fmt: skip
            if 0 <= index < len(self.placed):
                pen = painter.pen()
                pen.setColor(self.palette().color(colour))
                pen.setWidthF(2)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(self.placed[index].rect.adjusted(-1, -1, 1, 1))

    # ---------------------------------------------------------------- figures

    def _at(self, point: QPointF) -> int:
        return next((i for i, p in enumerate(self.placed) if p.rect.contains(point)), -1)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self._at(event.position())
        if index != self.hovered:
            self.hovered = index
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if index >= 0 else Qt.CursorShape.ArrowCursor
            )
            self.update()
        if index >= 0:
            QToolTip.showText(
                event.globalPosition().toPoint(), self.placed[index].segment.tip, self
            )
        else:
            QToolTip.hideText()

    def leaveEvent(self, event: object) -> None:
        self.hovered = -1
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self.current = index
            self._pick(index)
        else:
            super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = Qt.Key
        forward = (keys.Key_Down, keys.Key_Left if self._rtl() else keys.Key_Right)
        back = (keys.Key_Up, keys.Key_Right if self._rtl() else keys.Key_Left)
        if event.key() in forward + back and self.placed:
            step = 1 if event.key() in forward else -1
            self.current = max(0, min(len(self.placed) - 1, self.current + step))
            segment = self.placed[self.current]
            QToolTip.showText(self.mapToGlobal(segment.rect.center().toPoint()),
                              segment.segment.tip, self)  # fmt: skip
            self.update()
        elif event.key() in (keys.Key_Return, keys.Key_Enter, keys.Key_Space) and self.current >= 0:
            self._pick(self.current)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.current < 0 and self.placed:
            self.current = 0
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def _pick(self, index: int) -> None:
        segment = self.placed[index].segment
        self.picked.emit(segment.pick, segment.tip)

    # ---------------------------------------------------------------- saving

    def image_size(self) -> QSize:
        return QSize(max(self.width(), 640), self._height(with_title=True))

    def save_png(self, path: Path) -> bool:
        """The chart with its title, at twice the screen's pixels, as PNG (at `path`
        with the suffix .png)."""
        size = self.image_size()
        image = QImage(size * 2, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(2)
        image.fill(self.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.draw(painter, QRectF(0, 0, size.width(), size.height()), with_title=True)
        painter.end()
        saved: bool = image.save(str(path.with_suffix(".png")))  # the suffix names the format
        return saved

    def save_svg(self, path: Path) -> bool:
        """The chart with its title as SVG (text as text, so names stay searchable)."""
        size = self.image_size()
        svg = QSvgGenerator()
        svg.setFileName(str(path))
        svg.setSize(size)
        svg.setViewBox(QRectF(0, 0, size.width(), size.height()))
        svg.setTitle(self.data.title)
        painter = QPainter()
        if not painter.begin(svg):
            return False
        painter.fillRect(QRectF(0, 0, size.width(), size.height()),
                         self.palette().color(QPalette.ColorRole.Window))  # fmt: skip
        self.draw(painter, QRectF(0, 0, size.width(), size.height()), with_title=True)
        ended: bool = painter.end()
        return ended
