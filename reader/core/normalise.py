"""Arabic normalisation for search: find a word however it is spelt (DESIGN.md, core).

Readers and outlets spell one word several ways. Search folds them together, in the
query and in the text alike:

- أ إ آ ٱ are ا; ى is ي; ة is ه (as in «مدرسه» typed for «مدرسة»);
- harakat, Quranic marks, superscript alef and tatweel are ignored, and so are the
  invisible direction and joining marks;
- any run of whitespace is one space, so a phrase is found across a line break;
- Latin letters are matched without regard to case.

Unlike `folding` (which matches two copies of one article and must never take two words
for one), search is meant to be generous. Every rule either drops a character or
replaces it with exactly one, so `NormalisedText` maps a hit back to the exact characters
of the original text. The work is `str.translate` and two regular expressions, all in C,
because the whole corpus passes through it when it is indexed.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from reader.core.text import context_around

_LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
_MARKS = (
    "\u0610-\u061a"  # Quranic honorifics and small letters above
    "\u064b-\u065f"  # harakat: tanween, fatha, damma, kasra, shadda, sukun, maddah, hamzas
    "\u0670"  # superscript (dagger) alef
    "\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"  # Quranic annotation marks
    "\u0640"  # tatweel
    "\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff"  # direction, joiners, BOM
)
_DROP = re.compile(f"[{_MARKS}]")
_SPACE_RUN = re.compile(r"  +")
_WHITESPACE = "\t\n\v\f\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


def _table() -> dict[int, int | None]:
    table: dict[int, int | None] = {ord(k): ord(v) for k, v in _LETTERS.items()}
    table.update({ord(c): ord(c.lower()) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
    for ch in _expand(_MARKS):
        table[ord(ch)] = None
    for ch in _expand(_WHITESPACE):
        table[ord(ch)] = ord(" ")
    return table


def _expand(ranges: str) -> list[str]:
    """The characters of a regex character class body made of singles and a-b ranges."""
    chars, i = [], 0
    while i < len(ranges):
        if i + 2 < len(ranges) and ranges[i + 1] == "-":
            chars += [chr(c) for c in range(ord(ranges[i]), ord(ranges[i + 2]) + 1)]
            i += 3
        else:
            chars.append(ranges[i])
            i += 1
    return chars


_TABLE = _table()


def normalise(text: str) -> str:
    """The search form of `text` (a query, or a document for the index)."""
    return _SPACE_RUN.sub(" ", text.translate(_TABLE))


def _shifts(deleted: list[int]) -> list[int]:
    """For deletions at sorted positions `deleted` of a string, the position in the
    shorter string before which each one was: kept index k came from k + bisect_right(...)."""
    return [pos - i for i, pos in enumerate(deleted)]


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """A text and its search form, with the way back: `original_span` turns a range of
    `normalised` into the range of `original` it came from."""

    original: str
    normalised: str
    _dropped: list[int] = field(repr=False)  # translate stage: dropped marks
    _collapsed: list[int] = field(repr=False)  # space stage: extra spaces of a run

    @classmethod
    def of(cls, text: str) -> NormalisedText:
        translated = text.translate(_TABLE)
        dropped = _shifts([m.start() for m in _DROP.finditer(text)])
        extra = [i for m in _SPACE_RUN.finditer(translated) for i in range(m.start() + 1, m.end())]
        return cls(text, _SPACE_RUN.sub(" ", translated), dropped, _shifts(extra))

    def _origin(self, index: int) -> int:
        """Where the normalised character at `index` sits in the original."""
        translated = index + bisect_right(self._collapsed, index)
        return translated + bisect_right(self._dropped, translated)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original characters of normalised [start, end): the marks after its last
        letter go with it, so a hit never cuts a letter from its harakat."""
        first = self._origin(start)
        last = self._origin(end - 1) + 1
        text = self.original
        while last < len(text) and _is_mark(text[last]):
            last += 1
        return first, last

    def find(self, query: str) -> list[tuple[int, int]]:
        """Original spans of every occurrence of `query` (already normalised), in order,
        without overlaps."""
        if not query:
            return []
        hits, at = [], self.normalised.find(query)
        while at != -1:
            hits.append(self.original_span(at, at + len(query)))
            at = self.normalised.find(query, at + len(query))
        return hits


def _is_mark(ch: str) -> bool:
    # Not the invisible direction marks: one after a word is not part of it.
    return ch == "\u0640" or (unicodedata.category(ch) == "Mn" and bool(_DROP.match(ch)))


@lru_cache(maxsize=1 << 16)  # the Overview folds the same tens of thousands of names each time
def search_form(query: str) -> str:
    """A user's query in search form, trimmed: what is looked for."""
    return normalise(query).strip()


@dataclass(frozen=True, slots=True)
class SearchHit:
    start: int  # code points into the original text, half-open
    end: int
    text: str  # the original characters found
    before: str
    after: str


def hits_in(original: str, wanted: str, context: int = 40) -> tuple[SearchHit, ...]:
    """Every occurrence of the search form `wanted` in one text, with `context`
    characters either side (Find in the article, and each document of a corpus search)."""
    hits = []
    for start, end in NormalisedText.of(original).find(wanted):
        before, after = context_around(original, start, end, context)
        hits.append(SearchHit(start, end, original[start:end], before, after))
    return tuple(hits)


def context_line(hit: SearchHit, before: int = 40, after: int = 40) -> str:
    """A hit in its context on one line: …before【hit】after…, with at most `before` and
    `after` characters of context (a narrow list keeps the hit itself in view)."""
    lead = " ".join(hit.before.split())[-before:] if before else ""
    tail = " ".join(hit.after.split())[:after]
    return f"…{lead}【{hit.text}】{tail}…"
