"""Links drawn over the article: an arc from a claim's start to its source, cue or
place, arrowed at the target and named there, so that several links of one claim keep
their names apart. Arcs leave from the top of a span's first line near its start (its
right end, in right-to-left text) and rise over the line, wherever the lines wrap."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

ARC_RISE = (16.0, 70.0)  # how high an arc rises over the line, least and most
TAG_SCALE = 0.55  # a link's name, to the text's size

# Viewport rectangles of a [start, end) range of the text, one per line.
Rects = Callable[[int, int], list[QRectF]]


@dataclass(frozen=True, slots=True)
class LinkArc:
    """A link drawn over the text. An unnamed source is a flag over the claim."""

    claim_start: int
    claim_end: int
    target_start: int
    target_end: int
    colour: str
    text: str
    preview: bool = False  # offered, not made: dashed
    unnamed: bool = False


def anchor(rects_of: Rects, start: int, end: int) -> QPointF | None:
    """Where an arc meets a span: the top of its first line, near its start."""
    rects = rects_of(start, end)
    if not rects:
        return None
    first = rects[0]
    return QPointF(first.right() - min(10.0, first.width() / 2), first.top())


def paint_arc(painter: QPainter, arc: LinkArc, rects_of: Rects, font: QFont, base: QBrush) -> None:
    source = anchor(rects_of, arc.claim_start, arc.claim_end)
    if source is None:
        return
    colour = QColor(arc.colour)
    pen = QPen(colour, 1.6 if arc.preview else 2.2)
    pen.setStyle(Qt.PenStyle.DashLine if arc.preview else Qt.PenStyle.SolidLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if arc.unnamed:
        flag = QPointF(source.x(), source.y() - ARC_RISE[0])
        painter.drawLine(source, flag)
        _paint_tag(painter, flag, arc.text, colour, font, base)
        return
    target = anchor(rects_of, arc.target_start, arc.target_end)
    if target is None:
        return
    rise = min(ARC_RISE[1], max(ARC_RISE[0], abs(target.x() - source.x()) / 4))
    top = min(source.y(), target.y()) - rise
    path = QPainterPath(source)
    path.cubicTo(QPointF(source.x(), top), QPointF(target.x(), top), target)
    painter.drawPath(path)
    painter.setBrush(colour)
    head = [
        target,
        QPointF(target.x() - 4, target.y() - 7),
        QPointF(target.x() + 4, target.y() - 7),
    ]
    painter.drawPolygon(head)
    _paint_tag(painter, path.pointAtPercent(0.8), arc.text, colour, font, base)


def _paint_tag(
    painter: QPainter, at: QPointF, text: str, colour: QColor, font: QFont, base: QBrush
) -> None:
    """The link type's name in a small pill centred on `at`."""
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() * TAG_SCALE))
    painter.setFont(small)
    metrics = QFontMetricsF(small)
    box = QRectF(0, 0, metrics.horizontalAdvance(text) + 8, metrics.height() + 2)
    box.moveCenter(at)
    painter.setPen(QPen(colour, 1))
    painter.setBrush(base)
    painter.drawRoundedRect(box, 4, 4)
    painter.setPen(colour)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
