"""Grapheme- and word-safe span boundaries for Arabic text.

A span never cuts a grapheme cluster (a letter keeps its harakat). A selection snaps to
whole words and sheds surrounding spaces and punctuation, with one Arabic refinement: a
selection that starts right after proclitics (و ف ب ل ك) and before the article ال keeps
that boundary, because annotators tag «الجيش» inside «وبالجيش» on purpose.

Snapping is deliberately conservative elsewhere: a drag that misses a word's first or
last letter must not leave «غداد» of «بغداد» or «السور» of «السوري» (ب and ي can be
clitics or part of the stem). Finer boundaries are one grapheme away with `move_edge`.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import regex


@cache
def _graphemes() -> regex.Pattern[str]:
    """Unicode's grapheme clusters (\\X). The regex module takes 34 ms to import, so it
    loads on the first selection rather than at start-up."""
    import regex

    return regex.compile(r"\X")


# Proclitic chains, compared with harakat removed: conjunction then preposition. They
# mark a boundary only before the article ال, which itself stays with its noun.
_PROCLITICS = frozenset(c + p for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك") if c + p)
_ARTICLE = "ال"

_JOINERS = frozenset({"\u200c", "\u200d"})  # ZWNJ and ZWJ sit inside words


def is_word_char(ch: str) -> bool:
    """Letters (tatweel included), combining marks, digits, and zero-width joiners."""
    cat = unicodedata.category(ch)
    return cat[0] in "LMN" or ch in _JOINERS


def strip_marks(s: str) -> str:
    return "".join(ch for ch in s if unicodedata.category(ch)[0] != "M")


def _paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    # A line feed always ends a grapheme cluster (UAX #29, GB4), so segmenting one
    # paragraph at a time is exact and keeps work local on a large article.
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return lo, len(text) if hi == -1 else hi


def grapheme_bounds(text: str, pos: int) -> tuple[int, int]:
    """The cluster containing `pos`, as [start, end); at len(text), an empty range."""
    if pos >= len(text):
        return len(text), len(text)
    lo, hi = _paragraph_bounds(text, pos)
    if pos == hi:  # the line feed itself
        return pos, pos + 1
    for m in _graphemes().finditer(text, _boundary_before(text, lo, pos), hi):
        if m.start() <= pos < m.end():
            return m.start(), m.end()
    raise AssertionError("unreachable: clusters tile the paragraph")  # pragma: no cover


def _boundary_before(text: str, lo: int, pos: int) -> int:
    """A cluster boundary at or before `pos`, near it: just after a space that the next
    character does not join (a space is never the mark or joiner that extends a
    cluster, UAX #29 GB9), so a long paragraph is not segmented from its start."""
    at = text.rfind(" ", lo, pos)
    while at >= lo:
        if unicodedata.category(text[at + 1])[0] not in "MCS":  # not a mark, joiner, modifier
            return at + 1
        at = text.rfind(" ", lo, at)
    return lo


def floor_grapheme(text: str, pos: int) -> int:
    """The nearest cluster boundary at or before `pos`."""
    return pos if pos >= len(text) else grapheme_bounds(text, pos)[0]


def ceil_grapheme(text: str, pos: int) -> int:
    """The nearest cluster boundary at or after `pos`."""
    if pos <= 0 or pos >= len(text):
        return max(0, min(pos, len(text)))
    start, end = grapheme_bounds(text, pos)
    return pos if start == pos else end


def whole_graphemes(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened to whole grapheme clusters: a span that starts on a haraka or
    ends before one takes the letter it belongs to. Only a boundary beside something that
    may join a cluster (a mark, a joiner, a letter outside Arabic and Latin) asks the
    segmenter, so the usual span costs two lookups."""
    if _may_cut(text, start):
        start = floor_grapheme(text, start)
    if _may_cut(text, end):
        end = ceil_grapheme(text, end)
    return start, end


def _may_cut(text: str, pos: int) -> bool:
    if not 0 < pos < len(text):
        return False
    ch, before = text[pos], text[pos - 1]
    plain = ch.isascii() or "\u0621" <= ch <= "\u064a" or unicodedata.category(ch)[0] in "PZ"
    return not plain or before in _JOINERS


# Where a boundary may fall inside a cluster: beside anything but ASCII, the plain Arabic
# letters and the punctuation of Arabic news (an over-approximation that `_may_cut` then
# settles), or after a joiner. The punctuation (، « » and dashes, all category P or Z)
# was 33,000 of 36,000 candidates in a 1.7 MB article.
PLAIN_PUNCTUATION = "\u060c\u061b\u061f\u00ab\u00bb\u2013\u2014\u00a0"
_UNUSUAL = re.compile(f"[^\x00-\x7f\u0621-\u064a{PLAIN_PUNCTUATION}]|(?<=[\u200c\u200d])")


def risky_offsets(text: str) -> set[int]:
    """Where, on one text, a span's start or end may split a letter from its marks: found
    once, so that an import of 680,000 spans asks the segmenter (`whole_graphemes`) only of
    the spans that start or end at one of them."""
    unusual = (m.start() for m in _UNUSUAL.finditer(text))
    return {p for p in unusual if _may_cut(text, p)}


def next_grapheme(text: str, pos: int) -> int:
    return min(len(text), grapheme_bounds(text, pos)[1]) if pos < len(text) else pos


def previous_grapheme(text: str, pos: int) -> int:
    return 0 if pos <= 0 else grapheme_bounds(text, pos - 1)[0]


def word_bounds(text: str, pos: int) -> tuple[int, int] | None:
    """The word containing the character at `pos` (or just before it), else None."""
    n = len(text)
    if pos < n and is_word_char(text[pos]):
        at = pos
    elif 0 < pos <= n and is_word_char(text[pos - 1]):
        at = pos - 1
    else:
        return None
    start = at
    while start > 0 and is_word_char(text[start - 1]):
        start -= 1
    end = at + 1
    while end < n and is_word_char(text[end]):
        end += 1
    return start, end


def _snap_start(text: str, start: int) -> int:
    if 0 < start < len(text) and is_word_char(text[start - 1]) and is_word_char(text[start]):
        bounds = word_bounds(text, start)
        assert bounds is not None
        before = strip_marks(text[bounds[0] : start])
        after = strip_marks(text[start : bounds[1]])
        if before not in _PROCLITICS or not after.startswith(_ARTICLE):
            return bounds[0]
    return floor_grapheme(text, start)


def _snap_end(text: str, end: int) -> int:
    if 0 < end < len(text) and is_word_char(text[end - 1]) and is_word_char(text[end]):
        bounds = word_bounds(text, end - 1)
        assert bounds is not None
        return bounds[1]
    return ceil_grapheme(text, end)


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Snap a selection to whole words, shedding outer spaces and punctuation.

    Returns None when nothing word-like is selected (only spaces or punctuation).
    """
    start, end = sorted((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    while start < end and not is_word_char(text[start]):
        start += 1
    while end > start and not is_word_char(text[end - 1]):
        end -= 1
    if start == end:
        return None
    return _snap_start(text, start), _snap_end(text, end)


def snap_to_graphemes(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Widen a selection to whole grapheme clusters, shedding outer whitespace only."""
    start, end = sorted((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    return floor_grapheme(text, start), ceil_grapheme(text, end)


class Edge(Enum):
    START = "start"
    END = "end"


def move_edge(text: str, start: int, end: int, edge: Edge, steps: int) -> tuple[int, int]:
    """Move one boundary of [start, end) by whole graphemes: positive steps move it later
    in the text. The span never becomes empty; out-of-range moves stop at the text edge."""
    pos = start if edge is Edge.START else end
    for _ in range(abs(steps)):
        pos = next_grapheme(text, pos) if steps > 0 else previous_grapheme(text, pos)
    if edge is Edge.START:
        return (pos, end) if pos < end else (start, end)
    return (start, pos) if pos > start else (start, end)
