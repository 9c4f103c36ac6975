"""Folded text for matching two copies of an article that differ only in presentation.

Two copies of one article often differ in whitespace (a line wrapped, a double space) and
in diacritics (one copy vocalised, the other not) and in tatweel or invisible format marks.
Folding removes exactly those differences; `FoldedText` keeps a map back to the original
offsets, so a match found in the folded copy becomes a span of the original text.
Letters are never changed: alef forms, ta marbuta and alef maqsura stay distinct, because
two different words must not be taken for one.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

TATWEEL = "\u0640"
_WHITESPACE = re.compile(r"\s+")


@lru_cache(maxsize=4096)
def _dropped(ch: str) -> bool:
    """Combining marks (harakat, shadda, superscript alef), format marks, tatweel."""
    return ch == TATWEEL or unicodedata.category(ch) in ("Mn", "Me", "Cf")


def collapse_whitespace(text: str) -> str:
    """Runs of whitespace become one space; leading and trailing whitespace go."""
    return _WHITESPACE.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class FoldedText:
    """`folded[i]` came from `original[origin[i]]`; `origin[len(folded)]` is len(original)."""

    original: str
    folded: str
    origin: Sequence[int]  # machine integers: a 1.7 MB article's map is 14 MB, not 60

    @classmethod
    def of(cls, text: str) -> FoldedText:
        out: list[str] = []
        origin: list[int] = []
        in_space = False
        for i, ch in enumerate(text):
            if ch.isspace():
                if not in_space:
                    out.append(" ")
                    origin.append(i)
                in_space = True
            elif not _dropped(ch):
                out.append(ch)
                origin.append(i)
                in_space = False
        origin.append(len(text))
        return cls(text, "".join(out), array("q", origin))

    def span_of(self, start: int, end: int) -> tuple[int, int]:
        """The original span of folded [start, end): it keeps the marks that follow its last
        letter, so no grapheme is cut."""
        first = self.origin[start]
        last = self.origin[end - 1] + 1
        while last < len(self.original) and unicodedata.category(self.original[last])[0] == "M":
            last += 1
        return first, last


def fold(text: str) -> str:
    """The folded form of a short string (surface text or context)."""
    return FoldedText.of(text).folded


def without_spaces(text: str) -> str:
    """The text with every whitespace character removed: two copies that differ only in
    spacing (a CoNLL file's tokens joined by spaces, a re-wrapped line) have the same."""
    return "".join(text.split())


def _letters(text: str) -> list[int]:
    return [i for i, ch in enumerate(text) if not ch.isspace()]


@dataclass(frozen=True, slots=True)
class SpacingMap:
    """Moves spans between two texts equal apart from whitespace, exactly: a span's first
    and last non-space characters are the same characters in both."""

    theirs: list[int]  # positions of the non-space characters in their text
    mine: list[int]  # ... and in mine

    @classmethod
    def of(cls, their_text: str, my_text: str) -> SpacingMap:
        theirs, mine = _letters(their_text), _letters(my_text)
        if len(theirs) != len(mine):
            raise ValueError("the texts differ in more than spacing")
        return cls(theirs, mine)

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """My span for their [start, end), or None when it holds only whitespace."""
        first = bisect_left(self.theirs, start)
        after_last = bisect_left(self.theirs, end)
        if after_last <= first:
            return None
        return self.mine[first], self.mine[after_last - 1] + 1
