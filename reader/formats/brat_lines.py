"""The usual T lines of a brat block read as columns, by NumPy over its bytes: a 50 MB
`.ann` has 680,000 of them, and splitting each line into strings and ints cost as much
as the rest of an import. Only the texts become a string a line (slices of the block's
text; a label is one of the few the first pass counted, an id is cut when asked); where a
line lies, its fields and its offsets are found a block at a time. The first pass counts
the labels the same way (`labels_counted`).

The usual line is `T1<TAB>LABEL START END<TAB>TEXT`: an id led by T, two tabs (any
further tab is part of the text), a body of a label and two offsets split by single
spaces, offsets of ASCII digits with START < END <= the size of the text. Lines that do
not start with T are not T lines and are left out, as the reading line by line leaves
them; any other T line makes the block `None`, to be read line by line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

import numpy as np
import numpy.typing as npt

Positions = npt.NDArray[np.int64]

_ENDS_A_WORD = np.zeros(256, dtype=bool)
_ENDS_A_WORD[[ord(" "), ord("\t"), ord("\n")]] = True
_MAX_DIGITS = 18  # an offset of more digits is read line by line (int64 holds 18)
Columns = tuple["Slices", list[str], list[int], list[int], list[str]]  # id, label, ...


def usual_lines(raw: bytes, text: str, size: int, labels: Iterable[str]) -> Columns | None:
    """The T lines of a block (`raw`, its lines each led by a line feed, and `text`, the
    same decoded) when every one is usual on a text of `size` characters and has one of
    the `labels`; None when one is not."""
    data = np.frombuffer(raw, dtype=np.uint8)
    at = _t_lines(data)
    if at is None:
        return None
    lead, tab1, tab2, stop = at
    words = _body(data, tab1)
    if words is None:
        return None
    space1, space2 = words
    starts, ends = _number(data, space1 + 1, space2), _number(data, space2 + 1, tab2)
    if starts is None or ends is None or not (starts < ends).all() or ends.max() > size:
        return None
    named = _labels(data, tab1 + 1, space1, list(labels))
    if named is None:
        return None
    char = _char_index(data)
    idents = Slices(text, char[lead + 1], char[tab1])
    texts = [text[a:b] for a, b in zip(char[tab2 + 1].tolist(), char[stop].tolist(), strict=True)]
    return idents, named, starts.tolist(), ends.tolist(), texts


def labels_counted(raw: bytes, most: int = 64) -> Counter[bytes] | None:
    """The label of every T line with a tab in a block, counted: what the pattern
    `\\nT[^\\t\\n]*\\t([^ \\t\\n]*)` finds. Labels are told apart by comparing bytes with
    each one met so far; None past `most` different labels, or a label of more than 64
    bytes (a pattern then does better)."""
    data = np.frombuffer(raw, dtype=np.uint8)
    lead, stop = _t_line_bounds(data)
    tab, _ = _tabs_after(data, lead)
    start = tab[tab < stop] + 1
    end = _word_end(data, start)
    if end is None:
        return None
    length = end - start
    counted: Counter[bytes] = Counter()
    left = np.ones(len(start), dtype=bool)
    while (waiting := np.flatnonzero(left)).size:
        if len(counted) == most:
            return None
        first = int(waiting[0])
        label = raw[start[first] : end[first]]
        same = left & _spelled(data, start, length, label)
        counted[label] = int(same.sum())
        left &= ~same
    return counted


def _word_end(data: npt.NDArray[np.uint8], start: Positions, most: int = 64) -> Positions | None:
    """Where the word at each start ends: the first space, tab or line feed at or after it
    (or the end of the block); None when one is longer than `most`. Stepped a byte at a
    time over short words (labels), not by finding every space of the block's texts."""
    end = start.copy()
    going = np.arange(len(start))
    for _ in range(most + 1):
        at = end[going]
        inside = at < len(data)
        going = going[inside][~_ENDS_A_WORD[data[at[inside]]]]
        if not going.size:
            return end
        end[going] += 1
    return None


def _t_lines(data: npt.NDArray[np.uint8]) -> tuple[Positions, ...] | None:
    """For each T line: the line feed before it, its first two tabs (a third is part of
    its text) and where it stops; None when a T line has fewer than two tabs."""
    lead, stop = _t_line_bounds(data)
    if not len(lead):
        return None
    tab1, tab2 = _tabs_after(data, lead)
    if not (tab2 < stop).all():
        return None
    return lead, tab1, tab2, stop


def _t_line_bounds(data: npt.NDArray[np.uint8]) -> tuple[Positions, Positions]:
    """For each line led by T: the line feed before it and where it stops."""
    feeds = np.flatnonzero(data == ord("\n"))
    stops = np.append(feeds[1:], len(data))
    t_line = data[np.minimum(feeds + 1, len(data) - 1)] == ord("T")  # an empty last line
    return feeds[t_line], stops[t_line]  # is led by its own feed


def _tabs_after(data: npt.NDArray[np.uint8], lead: Positions) -> tuple[Positions, Positions]:
    """The first two tabs after each offset (the end of the block where there are none)."""
    tabs = np.append(np.flatnonzero(data == ord("\t")), [len(data)] * 2)
    first = np.searchsorted(tabs, lead)
    return tabs[first], tabs[first + 1]


def _body(data: npt.NDArray[np.uint8], tab1: Positions) -> tuple[Positions, Positions] | None:
    """The first two spaces after the first tab of each line (a body of more words, or
    fewer, leaves a space or a tab in a number, which `_number` refuses); None when a
    label is empty."""
    spaces = np.append(np.flatnonzero(data == ord(" ")), [len(data)] * 2)
    first = np.searchsorted(spaces, tab1)
    space1, space2 = spaces[first], spaces[first + 1]
    if not (space1 > tab1 + 1).all():
        return None
    return space1, space2


def _number(data: npt.NDArray[np.uint8], start: Positions, end: Positions) -> Positions | None:
    """The number in each [start, end) of ASCII digits; None when one is empty, too long
    or holds anything else."""
    length = end - start
    if length.min() < 1 or length.max() > _MAX_DIGITS:
        return None
    value = np.zeros(len(start), dtype=np.int64)
    for place in range(int(length.max())):
        inside = length > place
        digit = data[np.where(inside, start + place, 0)].astype(np.int64) - ord("0")
        if ((digit < 0) | (digit > 9))[inside].any():
            return None
        value = np.where(inside, value * 10 + digit, value)
    return value


def _labels(
    data: npt.NDArray[np.uint8], start: Positions, end: Positions, labels: list[str]
) -> list[str] | None:
    """The label in each [start, end), found by comparing the bytes there with each of the
    few `labels` (a string sliced out for each line cost more); None when one is none of
    them."""
    length = end - start
    which = np.full(len(start), -1, dtype=np.int64)
    for n, label in enumerate(labels):
        which[_spelled(data, start, length, label.encode("utf-8"))] = n
    if (which < 0).any():
        return None
    return list(map(labels.__getitem__, which.tolist()))


def _spelled(
    data: npt.NDArray[np.uint8], start: Positions, length: Positions, word: bytes
) -> npt.NDArray[np.bool_]:
    """Whether the bytes of each [start, start + length) are `word`."""
    same: npt.NDArray[np.bool_] = length == len(word)
    for place, byte in enumerate(word):
        same &= data[np.minimum(start + place, len(data) - 1)] == byte
    return same


def _char_index(data: npt.NDArray[np.uint8]) -> npt.NDArray[np.int32]:
    """The index in the decoded text of each byte offset (the end included): the number
    of letters begun before it (a UTF-8 letter begins at any byte but 10xxxxxx). 32 bits:
    a block is far below 2 GiB, and the sum runs five times faster than in 64."""
    begins = (data & 0xC0) != 0x80
    return np.concatenate(([0], np.cumsum(begins, dtype=np.int32)))


class Slices(Sequence[str]):
    """Slices of a text, cut when asked: the ids of a block's lines are asked for only
    when a note, a link or an entity names a span, or a span is built whole."""

    def __init__(self, text: str, starts: npt.NDArray[np.int32], ends: npt.NDArray[np.int32]):
        self._text, self._starts, self._ends = text, starts, ends

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Slices: ...

    def __getitem__(self, index: int | slice) -> str | Slices:
        if isinstance(index, slice):
            return Slices(self._text, self._starts[index], self._ends[index])
        return self._text[self._starts[index] : self._ends[index]]

    def __iter__(self) -> Iterator[str]:
        text = self._text
        return (text[a:b] for a, b in zip(self._starts.tolist(), self._ends.tolist(), strict=True))
