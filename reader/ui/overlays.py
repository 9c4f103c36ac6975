"""Spans drawn over the article's text as outlines: a colleague's in review, and the
suggested ones (`suggestions`)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen


@dataclass(frozen=True, slots=True)
class Overlay:
    """A span outlined over the text: a colleague's (their colour, their lane), or a suggestion."""

    start: int
    end: int
    label_colour: str
    colour: str
    lane: int
    tip: str
    current: bool = False


def paint_overlay(painter: QPainter, overlay: Overlay, rects: list[QRectF]) -> None:
    """Outline an overlay's rectangles (one a line), a swatch of its label at its start."""
    pen = QPen(QColor(overlay.colour), 2.6 if overlay.current else 1.6)
    pen.setStyle(Qt.PenStyle.SolidLine if overlay.current else Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for rect in rects:
        painter.drawRoundedRect(rect, 3, 3)
    first = rects[0]  # the span's start: its right edge, in right-to-left text
    swatch = QRectF(first.right() - 8, first.top() - 3, 8, 8)
    painter.setPen(QPen(QColor(overlay.colour), 1))
    painter.setBrush(QColor(overlay.label_colour))
    painter.drawRect(swatch)
