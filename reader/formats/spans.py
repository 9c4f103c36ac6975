"""Turning offsets a tool recorded into spans on the canonical text: checked, moved off
CRLF and, for JavaScript tools, off UTF-16 units when that is what they counted."""

from __future__ import annotations

import functools
from bisect import bisect_right
from dataclasses import replace
from itertools import accumulate

from reader.core.errors import FormatError
from reader.core.foreign import ForeignSpan
from reader.core.text import context_around
from reader.core.words import QT_TR_NOOP, Where, Words
from reader.formats.common import CanonicalText, from_utf16, has_astral

CARRIAGE_RETURN = QT_TR_NOOP(
    "{where}: the text of a span labelled {label} holds a carriage return; stored with a "
    "line feed, as the canonical text has it"
)


def span_on(
    canon: CanonicalText,
    key: int,
    label: str,
    start: int,
    end: int,
    annotator: str,
    where: Where,
    note: str = "",
    surface: str | None = None,
    said: list[Words] | None = None,
) -> ForeignSpan:
    """A span of the canonical text from raw offsets. `surface` is the text the tool
    recorded, when it did; if it differs from the text at the offsets, it is kept so that
    the span is re-anchored (or reported) on import. A carriage return in its text, which
    the canonical text makes a line feed (or drops before one), is said in `said`."""
    raw = canon.raw
    if not 0 <= start < end <= len(raw):
        raise FormatError(
            Words(
                QT_TR_NOOP(
                    "{where}: span [{start}, {end}) is empty, reversed or outside the text (0 "
                    "to {raw_count})"
                ),
                where=where,
                start=start,
                end=end,
                raw_count=len(raw),
            )
        )
    if not label.strip():
        raise FormatError(Words(QT_TR_NOOP("{where}: a span has an empty label"), where=where))
    if said is not None and ("\r" in raw[start:end] or "\r" in (surface or "")):
        said.append(Words(CARRIAGE_RETURN, where=where, label=label))
    first, last = canon.offset(start), canon.offset(end)
    text = canon.text
    at_offsets = text[first:last]
    if surface is None or CanonicalText.of(surface).text == at_offsets:
        surface = at_offsets
    before, after = context_around(text, first, last)
    return ForeignSpan(key, label, first, last, surface, before, after, note, annotator,
                       where=where)  # fmt: skip


def counted_in_utf16(raw: str, ends: list[int]) -> bool:
    """Whether offsets can only be UTF-16 units: some end lies past the text in code
    points but not in UTF-16 units. (Without a recorded surface text nothing else can
    tell; tools that fixed the counting write code points, as Python does.)"""
    if not has_astral(raw):
        return False
    units = len(raw.encode("utf-16-le")) // 2
    return any(len(raw) < end <= units for end in ends)


def recorded_in_utf16(raw: str, start: int, end: int, surface: str) -> tuple[int, int] | None:
    """Code-point offsets of a span whose recorded text is found when its offsets are
    read as UTF-16 units (and not as code points); None otherwise."""
    if not has_astral(raw) or raw[start:end] == surface:
        return None
    first, last = from_utf16(raw, start, end)
    return (first, last) if raw[first:last] == surface else None


def on_text(span: ForeignSpan, text: str, unit: str) -> ForeignSpan:
    """A span of a table without texts, on the text of the document it was matched to:
    its offsets in code points, and its text the document's at them when it gave none."""
    if unit == "code" and span.text:
        return span  # nothing to convert or fill: no copy
    start, end = to_code_points(text, span.start, span.end, unit)
    surface = span.text or (text[start:end] if 0 <= start < end <= len(text) else "")
    return replace(span, start=start, end=end, text=surface)


def to_code_points(text: str, start: int, end: int, unit: str) -> tuple[int, int]:
    """Offsets counted in `unit` ("code" points, "utf16" units, UTF-8 "bytes") as code
    points of `text`; a position inside a character rounds down to it."""
    if unit == "utf16":
        return from_utf16(text, start, end)
    if unit == "bytes":
        starts = _byte_starts(text)  # the character holding byte `at` is the last start <= at
        return bisect_right(starts, start) - 1, bisect_right(starts, end) - 1
    return start, end


@functools.lru_cache(maxsize=4)
def _byte_starts(text: str) -> list[int]:
    """The UTF-8 byte offset of each character of `text`, and its length in bytes: built
    once a document, not once a span."""
    return list(accumulate((len(ch.encode("utf-8")) for ch in text), initial=0))
