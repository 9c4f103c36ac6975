"""Re-anchoring a span on a copy of its document (DESIGN.md, "Text and offsets").

A span from another annotation file carries its offsets, its surface text and some context
either side. On the same text the offsets hold and are used as they are. Otherwise the
surface text is looked for among all its occurrences: exact, with other whitespace,
harakat or tatweel (see `folding`), or with other letter forms as the search folds them
(alef forms, alef wasla, ta marbuta, alef maqsura, which a vocalising tool may rewrite).
The one whose context (compared in the search's form) matches best wins, then the one
nearest the old offsets, however it is spelt. When a tie remains, or the text is nowhere,
the span is not placed and the reason says why: no span is silently dropped or shifted.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from reader.core.folding import FoldedText, fold
from reader.core.normalise import NormalisedText, normalise
from reader.core.words import QT_TR_NOOP, Words

CONTEXT_WINDOW = 60  # characters of the document compared with a span's stored context
MAX_CANDIDATES = 10_000  # a surface text this frequent says nothing about where it was


class Anchor(StrEnum):
    OFFSETS = QT_TR_NOOP("offsets")  # the text at the stored offsets is the surface text
    SURFACE = QT_TR_NOOP("surface text")  # found elsewhere, exactly
    FOLDED = QT_TR_NOOP("folded text")  # found after folding whitespace and diacritics
    SPACING = QT_TR_NOOP("offsets, other spacing")  # the same letters on a copy spaced differently
    SPELLING = QT_TR_NOOP("search spelling")  # found only through the search's letter folding


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
    """Characters of stored context that agree with the document around [start, end),
    both in the search's form: other harakat, spacing or letter forms (ٱ for ا) around a
    copy's occurrence do not count against it."""
    doc_before = normalise(doc[max(0, start - CONTEXT_WINDOW) : start])
    doc_after = normalise(doc[end : end + CONTEXT_WINDOW])
    return _common_prefix(before[::-1], doc_before[::-1]) + _common_prefix(after, doc_after)


Candidates = dict[int, tuple[int, Anchor]]  # start: (end, how it was found)


class Anchorer:
    """Places spans on one document text; its folded copies are built once, when first
    needed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: FoldedText | None = None
        self._spelled: NormalisedText | None = None

    @property
    def folded(self) -> FoldedText:
        if self._folded is None:
            self._folded = FoldedText.of(self.text)
        return self._folded

    @property
    def spelled(self) -> NormalisedText:
        if self._spelled is None:
            self._spelled = NormalisedText.of(self.text)
        return self._spelled

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
        found = self._candidates(surface)
        if not found:
            absent = QT_TR_NOOP(
                "its text «{surface}» is not in this document, even ignoring whitespace and "
                "diacritics"
            )
            return NotPlaced(Words(absent, surface=surface))
        return self._best(found, start, normalise(before), normalise(after))

    def _candidates(self, surface: str) -> Candidates:
        """Every occurrence of `surface`: exact; with other whitespace, harakat and
        tatweel; or with other letter forms, as the search folds them (a vocalising tool
        writes ٱلبوكمال for البوكمال). The context decides between them all."""
        found = {s: (s + len(surface), Anchor.SURFACE) for s in _occurrences(self.text, surface)}
        needle = fold(surface).strip()
        for at in _occurrences(self.folded.folded, needle) if needle else []:
            first, last = self.folded.span_of(at, at + len(needle))
            found.setdefault(first, (last, Anchor.FOLDED))
        spelled = normalise(surface).strip()
        for first, last in self.spelled.find(spelled)[:MAX_CANDIDATES]:
            found.setdefault(first, (last, Anchor.SPELLING))
        return found

    def _best(self, found: Candidates, near: int, before: str, after: str) -> Placed | NotPlaced:
        """The occurrence with the best context, then the nearest to `near`; a tie is
        refused."""
        ranked = sorted(
            (-_context_score(before, after, self.text, s, e), abs(s - near), s)
            for s, (e, _) in found.items()
        )
        if len(ranked) > 1 and ranked[0][:2] == ranked[1][:2]:
            ambiguous = QT_TR_NOOP(
                "its text occurs {count} times and neither context nor position says which"
            )
            return NotPlaced(Words(ambiguous, count=len(found)))
        start = ranked[0][2]
        end, anchor = found[start]
        return Placed(start, end, anchor)
