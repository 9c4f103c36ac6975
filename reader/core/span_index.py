"""Which spans touch which block (paragraph) of a text, and which cover an offset.

The reader view asks this per block while it paints, so highlighting 10,000 spans costs
work proportional to what is on screen, and changing one span repaints only its blocks.
Pure Python: offsets are code points, blocks are given by their start offsets.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True, slots=True)
class IndexedSpan:
    id: int
    start: int
    end: int
    label: str

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text covered by the same spans, innermost (shortest) first."""

    start: int
    end: int
    spans: tuple[IndexedSpan, ...]


def _inner_first(span: IndexedSpan) -> tuple[int, int, str, int]:
    return (span.length, -span.start, span.label, span.id)


class SpanIndex:
    def __init__(self, block_starts: list[int], text_length: int) -> None:
        self.block_starts = block_starts
        self.text_length = text_length
        self.spans: dict[int, IndexedSpan] = {}
        self._by_block: defaultdict[int, set[int]] = defaultdict(set)

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
        blocks = self.blocks_of(span.start, span.end)
        for block in blocks:
            self._by_block[block].add(span.id)
        return blocks

    def add_many(self, spans: Iterable[IndexedSpan]) -> None:
        """Index spans not yet in the index (a document being opened), in one pass."""
        starts, by_block, table = self.block_starts, self._by_block, self.spans
        for span in spans:
            table[span.id] = span
            first = max(0, bisect_right(starts, span.start) - 1)
            last = max(0, bisect_right(starts, max(span.start, span.end - 1)) - 1)
            for block in range(first, last + 1):
                by_block[block].add(span.id)

    def remove(self, span_id: int) -> range:
        span = self.spans.pop(span_id, None)
        if span is None:
            return range(0)
        blocks = self.blocks_of(span.start, span.end)
        for block in blocks:
            self._by_block[block].discard(span_id)
        return blocks

    def clear(self) -> None:
        self.spans.clear()
        self._by_block.clear()

    def in_block(self, block: int) -> list[IndexedSpan]:
        ids = self._by_block.get(block)
        return [self.spans[i] for i in ids] if ids else []

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
