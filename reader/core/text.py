"""Canonical document text and the offset contract (DESIGN.md, "Text and offsets").

Offsets everywhere in the app are Unicode code points into the canonical text, half-open.
Qt counts UTF-16 code units; `Utf16Map` converts between the two and is the only place
that knows about surrogate pairs.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from dataclasses import dataclass

from reader.core.errors import ArticleError
from reader.core.words import QT_TR_NOOP, Words

BOM = "\ufeff"


def canonical_text(data: bytes, origin: str = "<bytes>") -> str:
    """Decode strict UTF-8, drop one leading BOM, turn CRLF and CR into LF. Nothing else."""
    try:
        text = data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as err:
        raise ArticleError(
            origin,
            Words(
                QT_TR_NOOP("not valid UTF-8 (bad byte 0x{data:02x} at byte {start})"),
                data=data[err.start],
                start=err.start,
            ),
        ) from None
    return canonicalize(text)


def canonicalize(text: str) -> str:
    """Apply the canonical rules to text that is already decoded."""
    if text.startswith(BOM):
        text = text[1:]
    if "\r" not in text:  # most texts: no copy made
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def text_sha256(text: str) -> str:
    """The document's identity across annotation files: SHA-256 of its UTF-8 canonical text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def line_starts(text: str) -> list[int]:
    """Code-point offset of the first character of every line (Qt: every block)."""
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


LRM = "\u200e"


def embed_rtl(text: str) -> str:
    """An Arabic phrase for an English (left-to-right) message: a trailing LEFT-TO-RIGHT
    MARK keeps the numbers and brackets after it in place. Isolates (FSI…PDI) would be
    the textbook choice, but Qt's plain-text painting (QStatusBar) then lays out the
    whole line right to left; measured in tests/ui/test_app.py."""
    return f"{text}{LRM}"


_ARABIC_RUN = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]+")


def in_writing_order(text: str) -> str:
    """An English line that lists Arabic letters or words (أ إ آ match ا): a LEFT-TO-RIGHT
    MARK after each Arabic run keeps them in the order written, instead of one run
    reversed across the spaces between them."""
    return _ARABIC_RUN.sub(lambda m: m.group() + LRM, text)


def context_around(text: str, start: int, end: int, width: int = 40) -> tuple[str, str]:
    """Up to `width` code points before `start` and after `end`, for re-anchoring."""
    return text[max(0, start - width) : start], text[end : end + width]


@dataclass(frozen=True, slots=True)
class Utf16Map:
    """Converts code-point offsets to UTF-16 offsets and back for one text.

    `astral` lists the code-point offsets of characters outside the Basic Multilingual
    Plane (each takes two UTF-16 units) and `astral16` their UTF-16 positions. Most texts
    have none, so conversion is the identity at the cost of one bisect on an empty tuple.
    """

    astral: tuple[int, ...]
    astral16: tuple[int, ...]
    length: int

    @classmethod
    def of(cls, text: str) -> Utf16Map:
        # Encoding is C-fast; astral characters are the ones that take four bytes.
        if len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text):
            return cls((), (), len(text))
        astral = tuple(i for i, ch in enumerate(text) if ord(ch) > 0xFFFF)
        return cls(astral, tuple(a + k for k, a in enumerate(astral)), len(text))

    @property
    def utf16_length(self) -> int:
        return self.length + len(self.astral)

    def to_utf16(self, offset: int) -> int:
        """UTF-16 position of code-point `offset`."""
        return offset + bisect_left(self.astral, offset)

    def from_utf16(self, position: int) -> int:
        """Code-point offset of UTF-16 `position`. A position between the two halves of a
        surrogate pair rounds down to the character that owns it."""
        before = bisect_left(self.astral16, position - 1)
        if before < len(self.astral16) and self.astral16[before] == position - 1:
            return self.astral[before]
        return position - before
