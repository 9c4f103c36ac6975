"""The article pane: read-only right-to-left text with span highlights.

Offsets cross the Qt boundary only here: Qt positions count UTF-16 units, the rest of
the app counts code points (`Utf16Map`). Highlights are formats in each paragraph's text
layout, set from the spans of that paragraph (DESIGN.md: 24 ms for 10,000 spans on 1 MB,
where setExtraSelections takes 504 ms), and on a long article only for the paragraphs in
view. Entities get a tinted background, claims an
underline and a light tint, so a claim that holds actors and places keeps them visible.
The selected annotation alone is an extra selection. In a review, colleagues' spans are
drawn over the text as outlines in each colleague's colour (`Overlay`), with a swatch of
the span's label colour at its start, so they never hide one's own highlights.
"""

from __future__ import annotations

from math import ceil
from typing import cast

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from reader.core.annotations import AnnotationRecord, DocumentText
from reader.core.labels import LabelDef, LabelStyle
from reader.core.span_index import IndexedSpan, Segment, SpanIndex, span_of
from reader.core.text import Utf16Map, line_starts
from reader.ui.link_arcs import LinkArc, paint_arc
from reader.ui.overlays import Overlay, paint_overlay
from reader.ui.theme import solid, tint

ENTITY_TINT, CLAIM_TINT, SELECTED_TINT = 0.42, 0.16, 0.85
NESTED_STEP = 0.2  # each entity nested in another gets a deeper tint
HEADLINE_SCALE, BYLINE_SCALE = 1.3, 0.85


FIND_TINT = QColor(255, 214, 0, 110)  # Find's hits: a light yellow over any highlight
MAX_FIND_MARKS = 2000
LANE_GAP = 3.0  # pixels between the outlines of different colleagues on one span
# Articles with more paragraphs than this highlight only what is in view (a 1 MB article
# has some 600; laying out all of them would take 140 ms, the screen needs a dozen).
LAZY_BLOCKS = 200
READABLE_CHARS = 35  # the narrowest line worth reading; side panes give way before it
MIN_LINES = 4  # the fewest lines a dock may leave the text
# Ordinary news prose: its mean advance stands for "a character" of the current font.
PROSE_SAMPLE = "أعلن المتحدث باسم التحالف الدولي أن قواته ستواصل عملياتها في المدينة"


class ArticleView(QPlainTextEdit):
    annotation_clicked = Signal(int)  # annotation id, or 0 for none
    context_menu_requested = Signal(QPoint, int)  # global position, code-point offset

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Lines wrap to the pane; the larger headline only made a useless, empty scrollbar.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.document().setDocumentMargin(18)
        self.setCursorWidth(2)
        self.document_text: DocumentText | None = None
        self._pending_top: int | None = None  # scroll_to before the view was shown
        self.offsets = Utf16Map.of("")
        self.index = SpanIndex([0], 0)
        self.labels: dict[str, LabelDef] = {}
        self.selected_id = 0
        self._formats: dict[tuple[str | None, str | None, int, int, int], QTextCharFormat] = {}
        self._last_ids: tuple[int, ...] = ()  # spans under the previous click
        self.overlays: list[Overlay] = []
        self.suggestion_marks: list[Overlay] = []
        self.link_arcs: list[LinkArc] = []
        self.find_hits: list[tuple[int, int]] = []
        # Blocks whose highlights are laid out; None: all (see _highlight_visible).
        self._laid_out: set[int] | None = None
        self.verticalScrollBar().valueChanged.connect(self._highlight_visible)

    # ------------------------------------------------------------------ content

    def set_labels(self, labels: list[LabelDef]) -> None:
        self.labels = {label.name: label for label in labels}
        self._formats.clear()

    def restyle(self) -> None:
        """Highlights drawn again: their tints depend on the theme."""
        self._formats.clear()
        self._format_blocks(self._formatted_blocks())
        self._show_selected()

    def set_font_size(self, family: str, size: float) -> None:
        font = QFont(family)
        font.setPointSizeF(size)
        self.setFont(font)
        self._formats.clear()
        self._format_blocks(self._formatted_blocks())

    def show_document(self, document: DocumentText | None, spans: list[IndexedSpan]) -> None:
        self.document_text = document
        self._pending_top = None
        text = document.text if document else ""
        self.offsets = Utf16Map.of(text)
        self.selected_id = 0
        self._last_ids = ()
        self.find_hits = []
        self.setExtraSelections([])
        self.index = SpanIndex(_block_starts(text), len(text))
        self.index.add_many(spans)
        self._set_direction()
        self.document().setPlainText(text)  # Qt lays out blocks only when shown
        self._check_blocks(spans)
        lazy = len(self.index.block_starts) > LAZY_BLOCKS
        # The first screen's highlights go in before its layout, so it is laid out once.
        self._laid_out = self._estimated_blocks(0, 1) if lazy else None
        self._format_blocks(self._formatted_blocks(), fresh=True)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._highlight_visible()

    def _estimated_blocks(self, first: int, screens: int) -> set[int]:
        """The blocks from `first` that fill about `screens` screens, estimated from the
        font, without laying any out: a block given its formats after its layout is laid
        out again, and shaping Arabic is most of what showing a block costs."""
        metrics = self.fontMetrics()
        per_line = max(1, self.viewport().width() // max(1, metrics.averageCharWidth()))
        lines = screens * (self.viewport().height() // max(1, metrics.lineSpacing()) + 1)
        shown: set[int] = set()
        for number in range(first, len(self.index.block_starts)):
            if lines <= 0:
                break
            shown.add(number)
            lo, hi = self.index.block_range(number)
            lines -= 1 + (hi - lo) // per_line
        return shown

    def _set_direction(self) -> None:
        # Every paragraph is right to left, even one that opens with digits or Latin.
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self.document().setDefaultTextOption(option)

    def _check_blocks(self, spans: list[IndexedSpan]) -> None:
        """Qt splits blocks at LF and U+2029; if it ever splits elsewhere, take its blocks
        as the truth so highlights still land on the right characters."""
        doc = self.document()
        if doc.blockCount() == len(self.index.block_starts):
            return
        block, starts = doc.begin(), []
        while block.isValid():
            starts.append(self.to_offset(block.position()))
            block = block.next()
        self.index = SpanIndex(starts, self.offsets.length)
        self.index.add_many(spans)

    def upsert_span(self, record: AnnotationRecord) -> None:
        old = self.index.remove(record.id)
        new = self.index.add(span_of(record))
        self._rehighlight_blocks(set(old) | set(new))
        if record.id == self.selected_id:
            self._show_selected()

    def remove_span(self, annotation_id: int) -> None:
        self._rehighlight_blocks(set(self.index.remove(annotation_id)))
        if annotation_id == self.selected_id:
            self.select_annotation(0)

    def _rehighlight_blocks(self, blocks: set[int]) -> None:
        if self._laid_out is not None:  # the others get theirs when they come into view
            blocks &= self._laid_out
        self._format_blocks(blocks)

    def _formatted_blocks(self) -> set[int]:
        """Blocks that carry formats: every one of a short article; the header and those
        laid out so far of a long one."""
        if self._laid_out is None:
            return set(range(len(self.index.block_starts)))
        header = self.document_text.header_lines if self.document_text else 0
        return self._laid_out | set(range(min(header, len(self.index.block_starts))))

    def _format_blocks(self, numbers: set[int], fresh: bool = False) -> None:
        """Set these blocks' formats and have Qt lay them out again: what a
        QSyntaxHighlighter does, but only for the blocks asked for (a highlighter runs
        over all 600 paragraphs of a 1 MB article whenever it is opened). `fresh`: the
        blocks have no formats yet, so those without any are left alone."""
        doc = self.document()
        for number in sorted(numbers):
            block = doc.findBlockByNumber(number)
            if not block.isValid():
                continue
            ranges = self.block_formats(number, block.length() - 1)
            if ranges or not fresh:
                block.layout().setFormats(ranges)
                doc.markContentsDirty(block.position(), block.length())

    # ------------------------------------------------------------------ drawing

    def _highlight_visible(self) -> None:
        """On a long article, lay out the highlights of the blocks in view and of about a
        screen below (set before Qt lays those out, so each is laid out once); the rest
        wait until they come near (this runs on every scroll, before the paint). Then any
        block in view the estimate missed. Highlights change colours only, never line
        heights, so the layout and the scroll bar stay exact meanwhile."""
        if self._laid_out is None:
            return
        first = self.firstVisibleBlock()
        if not first.isValid():
            return
        ahead = self._estimated_blocks(first.blockNumber(), 2) - self._laid_out
        self._laid_out |= ahead
        self._format_blocks(ahead, fresh=True)
        height = self.viewport().height()
        offset = self.contentOffset()
        block, shown = first, 0
        while (
            block.isValid() and self.blockBoundingGeometry(block).translated(offset).top() < height
        ):
            shown += 1
            block = block.next()
        missed = set(range(first.blockNumber(), first.blockNumber() + shown)) - self._laid_out
        self._laid_out |= missed
        self._format_blocks(missed, fresh=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._highlight_visible()

    def block_formats(self, number: int, length16: int) -> list[QTextLayout.FormatRange]:
        """The block's header font, then each run of spans' colours (which repeat the
        header font, so where they overlap it the later range is the whole truth)."""
        ranges = []
        header = self._header_kind(number)
        if header:
            ranges.append(_format_range(0, length16, self._format(None, None, 0, 0, header)))
        if self._laid_out is not None and number not in self._laid_out:
            return ranges
        segments = self.index.segments(number) if self.index.spans else []
        block_start16 = self.offsets.to_utf16(self.index.block_starts[number]) if segments else 0
        for segment in segments:
            start16 = self.offsets.to_utf16(segment.start) - block_start16
            end16 = self.offsets.to_utf16(segment.end) - block_start16
            fmt = self._segment_format(segment, header)
            ranges.append(_format_range(start16, end16 - start16, fmt))
        return ranges

    def _header_kind(self, block_number: int) -> int:
        """1 for the headline, 2 for the byline, 0 for body text."""
        doc = self.document_text
        if doc is None or block_number >= doc.header_lines:
            return 0
        return block_number + 1

    def _segment_format(self, segment: Segment, header: int) -> QTextCharFormat:
        entities = [s for s in segment.spans if self._style(s) is LabelStyle.BACKGROUND]
        claims = [s for s in segment.spans if self._style(s) is LabelStyle.UNDERLINE]
        cues = [s for s in segment.spans if self._style(s) is LabelStyle.DOTTED]
        background = entities[0].label if entities else None
        lines = claims or cues  # a claim's line wins over a cue's inside it
        underline = lines[0].label if lines else None
        depth = len(claims) if claims else -len(cues)
        return self._format(background, underline, len(entities), depth, header)

    def _style(self, span: IndexedSpan) -> LabelStyle:
        label = self.labels.get(span.label)
        return label.style if label else LabelStyle.BACKGROUND

    def _colour(self, label: str) -> str:
        found = self.labels.get(label)
        return found.colour if found else "#999999"

    def _format(
        self,
        background: str | None,
        underline: str | None,
        entity_depth: int,
        claim_depth: int,
        header: int,
    ) -> QTextCharFormat:
        """Innermost entity colour, deeper for each entity it is nested in; the innermost
        claim's underline, wavy where claims nest (a negative `claim_depth`: a cue's
        dotted line)."""
        key = (background, underline, entity_depth, claim_depth, header)
        fmt = self._formats.get(key)
        if fmt is not None:
            return fmt
        fmt = QTextCharFormat()
        size = self.font().pointSizeF()
        if header == 1:
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setFontPointSize(size * HEADLINE_SCALE)
        elif header == 2:
            fmt.setFontPointSize(size * BYLINE_SCALE)
            fmt.setForeground(self.palette().placeholderText())
        if background:
            strength = ENTITY_TINT + NESTED_STEP * (entity_depth - 1)
            fmt.setBackground(tint(self._colour(background), min(strength, SELECTED_TINT - 0.1)))
        elif underline:
            fmt.setBackground(tint(self._colour(underline), CLAIM_TINT))
        if underline:
            fmt.setUnderlineColor(QColor(self._colour(underline)))
            style = QTextCharFormat.UnderlineStyle
            fmt.setUnderlineStyle(
                style.DotLine
                if claim_depth < 0
                else style.WaveUnderline
                if claim_depth > 1
                else style.SingleUnderline
            )
        self._formats[key] = fmt
        return fmt

    # ------------------------------------------------------------------ colleagues' spans

    def set_overlays(self, overlays: list[Overlay]) -> None:
        self.overlays = sorted(overlays, key=lambda o: (o.start, o.lane))
        self.viewport().update()

    def set_suggestions(self, marks: list[Overlay]) -> None:
        """Suggested spans, outlined like a colleague's (`suggestions`)."""
        if marks or self.suggestion_marks:
            self.suggestion_marks = sorted(marks, key=lambda o: o.start)
            self.viewport().update()

    def visible_range(self) -> tuple[int, int]:
        """[start, end) code points of the paragraphs in view."""
        first = self.firstVisibleBlock()
        if not first.isValid():
            return 0, 0
        height, offset = self.viewport().height(), self.contentOffset()
        block = last = first
        while (
            block.isValid() and self.blockBoundingGeometry(block).translated(offset).top() < height
        ):
            last, block = block, block.next()
        end16 = last.position() + last.length() - 1
        return self.to_offset(first.position()), self.to_offset(max(first.position(), end16))

    def readable_size(self) -> QSize:
        """The least room that keeps READABLE_CHARS a line and MIN_LINES lines at the
        current font size."""
        metrics = QFontMetricsF(self.font())
        per_char = metrics.horizontalAdvance(PROSE_SAMPLE) / len(PROSE_SAMPLE)
        chrome = 2 * (self.document().documentMargin() + self.frameWidth())
        width = per_char * READABLE_CHARS + chrome + self.verticalScrollBar().sizeHint().width()
        height = metrics.lineSpacing() * MIN_LINES + chrome
        return QSize(ceil(width), ceil(height))

    def top_offset(self) -> int:
        """The code point at the start of the top line in view: where reading is."""
        return self.to_offset(self.cursorForPosition(QPoint(0, 0)).position())

    def scroll_to(self, offset: int) -> None:
        """Put the line holding `offset` at the top of the view, leaving the caret where
        it is (once the view has its size: the lines depend on the width)."""
        if not self.isVisible() or self.document_text is None:
            self._pending_top = offset
            return
        caret = self.textCursor()
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())  # revealing the line from below brings it to the top
        self.reveal(min(offset, len(self.document_text.text)), centre=False)
        top = bar.value()
        self.setTextCursor(caret)
        bar.setValue(top)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        pending, self._pending_top = self._pending_top, None
        if pending is not None:
            QTimer.singleShot(0, lambda: self.scroll_to(pending))

    def reveal(self, offset: int, centre: bool = True) -> None:
        """Put the caret at `offset` and show it (in the middle of the view)."""
        cursor = self.textCursor()
        cursor.setPosition(self.to_position(offset))
        self.setTextCursor(cursor)
        if centre:
            self.centerCursor()

    def overlay_rects(self, overlay: Overlay) -> list[QRectF]:
        """Viewport rectangles of an overlay, one per line it runs over (visible or not)."""
        rects: list[QRectF] = []
        start16, end16 = self.to_position(overlay.start), self.to_position(overlay.end)
        block = self.document().findBlock(start16)
        while block.isValid() and block.position() < end16:
            rects += self._line_rects(block, start16, end16)
            block = block.next()
        grow = LANE_GAP * overlay.lane + 1
        return [r.adjusted(-grow, -grow, grow, grow) for r in rects]

    def _line_rects(self, block: QTextBlock, start16: int, end16: int) -> list[QRectF]:
        layout = block.layout()
        origin = self.blockBoundingGeometry(block).translated(self.contentOffset()).topLeft()
        origin += layout.position()
        a, b = start16 - block.position(), end16 - block.position()
        rects = []
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lo, hi = max(a, line.textStart()), min(b, line.textStart() + line.textLength())
            if lo >= hi:
                continue
            x1, x2 = _x(line, lo), _x(line, hi)
            rect = QRectF(min(x1, x2), line.y(), abs(x2 - x1), line.height())
            rects.append(rect.translated(origin))
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.overlays and not self.link_arcs and not self.suggestion_marks:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(event.rect())
        shown = self.visible_range()
        for overlay in (*self.overlays, *self.suggestion_marks):
            if overlay.end < shown[0] or overlay.start > shown[1]:
                continue  # thousands on a long article: only those in view are laid out
            rects = [r for r in self.overlay_rects(overlay) if r.intersects(area)]
            if rects:
                paint_overlay(painter, overlay, rects)
        for arc in self.link_arcs:
            paint_arc(painter, arc, self.span_rects, self.font(), self.palette().base())
        painter.end()

    # ------------------------------------------------------------------ links

    def set_link_arcs(self, arcs: list[LinkArc]) -> None:
        if arcs or self.link_arcs:
            self.link_arcs = arcs
            self.viewport().update()

    def span_rects(self, start: int, end: int) -> list[QRectF]:
        """Viewport rectangles of [start, end), one per line, in reading order."""
        start16, end16 = self.to_position(start), self.to_position(end)
        rects: list[QRectF] = []
        block = self.document().findBlock(start16)
        while block.isValid() and block.position() < max(end16, start16 + 1):
            rects += self._line_rects(block, start16, max(end16, start16 + 1))
            block = block.next()
        return rects

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and (self.overlays or self.suggestion_marks):
            offset = self._offset_at(event.pos())
            marks = (*self.overlays, *self.suggestion_marks)
            tips = [o.tip for o in marks if o.start <= offset < o.end]
            if tips:
                QToolTip.showText(event.globalPos(), "\n".join(tips), self)
                return True
        return super().viewportEvent(event)

    # ------------------------------------------------------------------ offsets

    def to_offset(self, position: int) -> int:
        """Qt position (UTF-16) -> code-point offset."""
        return self.offsets.from_utf16(position)

    def to_position(self, offset: int) -> int:
        """Code-point offset -> Qt position (UTF-16)."""
        return self.offsets.to_utf16(offset)

    def selection_range(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.to_offset(cursor.selectionStart()), self.to_offset(cursor.selectionEnd())

    def caret_offset(self) -> int:
        return self.to_offset(self.textCursor().position())

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    # ------------------------------------------------------------------ selection

    def select_annotation(self, annotation_id: int, reveal: bool = False) -> None:
        self.selected_id = annotation_id if annotation_id in self.index.spans else 0
        self._show_selected()
        if reveal and self.selected_id:
            span = self.index.spans[self.selected_id]
            cursor = self.textCursor()
            cursor.setPosition(self.to_position(span.start))
            self.setTextCursor(cursor)
            self.centerCursor()

    def set_find_hits(self, hits: list[tuple[int, int]]) -> None:
        """Tint the hits of Find (at most MAX_FIND_MARKS: extra selections are costly)."""
        self.find_hits = hits[:MAX_FIND_MARKS]
        self._show_selected()

    def select_range(self, start: int, end: int) -> None:
        """Select [start, end) as if the reader had (so a digit key tags it) and show it."""
        cursor = self.textCursor()
        cursor.setPosition(self.to_position(start))
        cursor.setPosition(self.to_position(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()

    def _show_selected(self) -> None:
        marks = [self._mark(s, e, FIND_TINT) for s, e in self.find_hits]
        span = self.index.spans.get(self.selected_id)
        if span is not None:
            colour = solid(self._colour(span.label), SELECTED_TINT)
            marks.append(self._mark(span.start, span.end, colour, QColor("#000000")))
        self.setExtraSelections(marks)

    def _mark(
        self, start: int, end: int, background: QColor, foreground: QColor | None = None
    ) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_position(start))
        cursor.setPosition(self.to_position(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(background)
        if foreground is not None:
            fmt.setForeground(foreground)
        selection.format = fmt
        return selection

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        offset = self._offset_at(event.position().toPoint())
        self.annotation_clicked.emit(self._pick(offset))

    def _offset_at(self, point: QPoint) -> int:
        return self.to_offset(self.cursorForPosition(point).position())

    def annotations_at(self, offset: int) -> list[int]:
        """Ids under `offset`, innermost first; a caret between two characters counts the
        character on either side."""
        found = self.index.covering(offset) or (
            self.index.covering(offset - 1) if offset > 0 else []
        )
        return [s.id for s in found]

    def _pick(self, offset: int) -> int:
        """Innermost span at the click; clicking again cycles through nested spans."""
        ids = tuple(self.annotations_at(offset))
        choice = ids[0] if ids else 0
        if ids and ids == self._last_ids and self.selected_id in ids:
            choice = ids[(ids.index(self.selected_id) + 1) % len(ids)]
        self._last_ids = ids
        return choice

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        offset = self._offset_at(event.pos())
        if not self.textCursor().hasSelection():
            ids = self.annotations_at(offset)
            if ids and self.selected_id not in ids:
                self.annotation_clicked.emit(ids[0])
        self.context_menu_requested.emit(event.globalPos(), offset)


def _format_range(start: int, length: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    found = QTextLayout.FormatRange()
    found.start, found.length, found.format = start, length, fmt
    return found


def _block_starts(text: str) -> list[int]:
    """Code-point offsets where QTextDocument blocks start: after LF and after U+2029."""
    if "\u2029" not in text:
        return line_starts(text)
    return [0] + [i + 1 for i, ch in enumerate(text) if ch in "\n\u2029"]


def _x(line: QTextLine, position: int) -> float:
    """Where the caret before `position` sits on the line (Qt returns (x, position))."""
    x, _ = cast(tuple[float, int], line.cursorToX(position))
    return x
