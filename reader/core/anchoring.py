"""Re-anchoring a span on a copy of its document (DESIGN.md, "Text and offsets").

A span from another annotation file carries its offsets, its surface text and some context
either side. On the same text the offsets hold and are used as they are. Otherwise the
surface text is looked for, first exactly, then folded (other whitespace, added or removed
diacritics and tatweel, see `folding`); among several occurrences the one whose context
matches best wins, then the one nearest the old offsets. When that still leaves a tie, or
the text is nowhere, the span is not placed and the reason says why: no span is silently
dropped or shifted.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from enum import StrEnum

from reader.core.folding import FoldedText, fold
from reader.core.words import QT_TR_NOOP, Words

CONTEXT_WINDOW = 60  # characters of the document compared with a span's stored context
MAX_CANDIDATES = 10_000  # a surface text this frequent says nothing about where it was


class Anchor(StrEnum):
    OFFSETS = QT_TR_NOOP("offsets")  # the text at the stored offsets is the surface text
    SURFACE = QT_TR_NOOP("surface text")  # found elsewhere, exactly
    FOLDED = QT_TR_NOOP("folded text")  # found after folding whitespace and diacritics
    SPACING = QT_TR_NOOP("offsets, other spacing")  # the same letters on a copy spaced differently


@dataclass(frozen=True, slots=True)
class Placed:
    start: int
    end: int
    anchor: Anchor


@dataclass(frozen=True, slots=True)
class NotPlaced:
    reason: Words


def _occurrences(haystack: str, needle: str) -> list[int]:
    found: list[int] = []
    at = haystack.find(needle)
    while at != -1 and len(found) <= MAX_CANDIDATES:
        found.append(at)
        at = haystack.find(needle, at + 1)
    return found


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _context_score(before: str, after: str, doc: str, start: int, end: int) -> int:
    """Characters of stored context that agree with the document around [start, end)."""
    doc_before = doc[max(0, start - CONTEXT_WINDOW) : start]
    doc_after = doc[end : end + CONTEXT_WINDOW]
    return _common_prefix(before[::-1], doc_before[::-1]) + _common_prefix(after, doc_after)


def _best(
    starts: list[int], length: int, doc: str, before: str, after: str, near: int
) -> int | NotPlaced:
    """The occurrence with the best context, then the nearest to `near`; a tie is refused."""
    ranked = sorted(
        (-_context_score(before, after, doc, s, s + length), abs(s - near), s) for s in starts
    )
    if len(ranked) > 1 and ranked[0][:2] == ranked[1][:2]:
        ambiguous = QT_TR_NOOP(
            "its text occurs {count} times and neither context nor position says which"
        )
        return NotPlaced(Words(ambiguous, count=len(starts)))
    return ranked[0][2]


class Anchorer:
    """Places spans on one document text; the folded copy is built once, when first needed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: FoldedText | None = None

    @property
    def folded(self) -> FoldedText:
        if self._folded is None:
            self._folded = FoldedText.of(self.text)
        return self._folded

    def place(
        self, start: int, end: int, surface: str, before: str = "", after: str = ""
    ) -> Placed | NotPlaced:
        text = self.text
        if 0 <= start < end <= len(text) and text[start:end] == surface:
            return Placed(start, end, Anchor.OFFSETS)
        if not surface.strip():
            return NotPlaced(
                Words(QT_TR_NOOP("its offsets do not fit this text and it has no surface text"))
            )
        exact = _occurrences(text, surface)
        if exact:
            best = _best(exact, len(surface), text, before, after, start)
            if isinstance(best, NotPlaced):
                return best
            return Placed(best, best + len(surface), Anchor.SURFACE)
        return self._place_folded(start, surface, before, after)

    def _place_folded(
        self, start: int, surface: str, before: str, after: str
    ) -> Placed | NotPlaced:
        needle = fold(surface).strip()
        folded = self.folded
        found = _occurrences(folded.folded, needle) if needle else []
        if not found:
            absent = QT_TR_NOOP(
                "its text «{surface}» is not in this document, even ignoring whitespace and "
                "diacritics"
            )
            return NotPlaced(Words(absent, surface=surface))
        near = bisect_left(folded.origin, start)
        best = _best(found, len(needle), folded.folded, fold(before), fold(after), near)
        if isinstance(best, NotPlaced):
            return best
        first, last = folded.span_of(best, best + len(needle))
        return Placed(first, last, Anchor.FOLDED)
