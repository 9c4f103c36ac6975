"""Which spans touch which block (paragraph) of a text, and which cover an offset.

The reader view asks this per block while it paints, so highlighting 10,000 spans costs
work proportional to what is on screen, and changing one span repaints only its blocks.
Pure Python: offsets are code points, blocks are given by their start offsets.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise
from operator import itemgetter, sub
from typing import NamedTuple

from reader.core.annotations import AnnotationRecord


class IndexedSpan(NamedTuple):
    """What the reader needs of an annotation to draw it. A tuple, so the 10,000 rows of a
    large article become spans at C speed (`IndexedSpan._make(row)`)."""

    id: int
    start: int
    end: int
    label: str

    @property
    def length(self) -> int:
        return self.end - self.start


def span_of(record: AnnotationRecord) -> IndexedSpan:
    return IndexedSpan(record.id, record.start, record.end, record.label)


def text_order(span: IndexedSpan | AnnotationRecord) -> tuple[int, int, int]:
    """Reading order: by start, the longer of two spans starting together first."""
    return (span.start, -span.end, span.id)


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text covered by the same spans, innermost (shortest) first."""

    start: int
    end: int
    spans: tuple[IndexedSpan, ...]


def _inner_first(span: IndexedSpan) -> tuple[int, int, str, int]:
    return (span.length, -span.start, span.label, span.id)


class SpanIndex:
    """Spans kept sorted by start. The spans touching a block are those starting inside
    it plus those starting at most `longest` characters before it that reach into it, so
    asking for a block costs a bisect and a short slice, and opening a document costs
    two C-level passes rather than a Python loop over its 10,000 spans."""

    def __init__(self, block_starts: list[int], text_length: int) -> None:
        self.block_starts = block_starts
        self.text_length = text_length
        self.spans: dict[int, IndexedSpan] = {}
        self._order: list[IndexedSpan] = []  # by start
        self._starts: list[int] = []  # the starts of _order, for bisect
        self._longest = 0  # never shrinks: a bound, not the exact maximum

    def block_of(self, offset: int) -> int:
        return max(0, bisect_right(self.block_starts, offset) - 1)

    def blocks_of(self, start: int, end: int) -> range:
        """Blocks that [start, end) touches."""
        return range(self.block_of(start), self.block_of(max(start, end - 1)) + 1)

    def block_range(self, block: int) -> tuple[int, int]:
        end = (
            self.block_starts[block + 1] - 1
            if block + 1 < len(self.block_starts)
            else self.text_length
        )
        return self.block_starts[block], end

    def add(self, span: IndexedSpan) -> range:
        self.remove(span.id)
        self.spans[span.id] = span
        at = bisect_right(self._starts, span.start)
        self._starts.insert(at, span.start)
        self._order.insert(at, span)
        self._longest = max(self._longest, span.length)
        return self.blocks_of(span.start, span.end)

    def add_many(self, spans: list[IndexedSpan]) -> None:
        """Index spans not yet in the index (a document being opened) in one go."""
        if not spans:
            return
        self.spans.update(zip(map(itemgetter(0), spans), spans, strict=True))
        self._order = sorted([*self._order, *spans], key=itemgetter(1))  # cheap if sorted
        self._starts = list(map(itemgetter(1), self._order))
        lengths = map(sub, map(itemgetter(2), spans), map(itemgetter(1), spans))
        self._longest = max(self._longest, max(lengths))

    def remove(self, span_id: int) -> range:
        span = self.spans.pop(span_id, None)
        if span is None:
            return range(0)
        at = bisect_left(self._starts, span.start)
        while self._order[at].id != span_id:  # among the spans with the same start
            at += 1
        del self._starts[at], self._order[at]
        return self.blocks_of(span.start, span.end)

    def clear(self) -> None:
        self.spans.clear()
        self._order.clear()
        self._starts.clear()
        self._longest = 0

    def in_block(self, block: int) -> list[IndexedSpan]:
        lo = self.block_starts[block]
        first = bisect_left(self._starts, lo - self._longest)
        if block + 1 < len(self.block_starts):
            last = bisect_left(self._starts, self.block_starts[block + 1])
        else:
            last = len(self._starts)
        # A span before the block belongs to it when its last character is inside.
        return [s for s in self._order[first:last] if s.start >= lo or s.end - 1 >= lo]

    def covering(self, offset: int) -> list[IndexedSpan]:
        """Spans that contain the character at `offset`, innermost first."""
        found = [s for s in self.in_block(self.block_of(offset)) if s.start <= offset < s.end]
        return sorted(found, key=_inner_first)

    def segments(self, block: int) -> list[Segment]:
        """The block cut where any span starts or ends; each run with its spans.

        A sweep over start/end events, so a block with many spans costs
        O(events x active spans), not O(events x all spans).
        """
        lo, hi = self.block_range(block)
        spans = self.in_block(block)
        if not spans:
            return []
        events: defaultdict[int, list[tuple[bool, IndexedSpan]]] = defaultdict(list)
        for span in spans:
            events[max(lo, span.start)].append((True, span))
            events[min(hi, span.end)].append((False, span))
        active: set[IndexedSpan] = set()
        runs: list[Segment] = []
        points = sorted(events)
        for a, b in pairwise(points):
            for opens, span in events[a]:
                (active.add if opens else active.discard)(span)
            if active and a < b:
                runs.append(Segment(a, b, tuple(sorted(active, key=_inner_first))))
        return runs
