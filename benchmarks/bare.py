"""What the bare baselines share, written with the standard library alone and nothing of
the app's: the search folding of DESIGN.md as one str.translate table, the article
JSONL read into document rows, and highlight ranges cut at paragraphs. Used by `run`,
`startup` and `bench_team`."""

from __future__ import annotations

import bisect
import hashlib
import json
import re
from collections.abc import Iterable, Iterator

# What `core.normalise` does, written out: letters folded, marks and invisible
# characters dropped, every whitespace a space, runs of spaces one, Latin lower case.
LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
DROPPED = [*range(0x610, 0x61B), *range(0x64B, 0x660), 0x670, *range(0x6D6, 0x6DD),
           *range(0x6DF, 0x6E5), 0x6E7, 0x6E8, *range(0x6EA, 0x6EE), 0x640, 0x61C,
           *range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A),
           0xFEFF]  # fmt: skip
SPACES = [0x9, 0xA, 0xB, 0xC, 0xD, 0x1C, 0x1D, 0x1E, 0x1F, 0x85, 0xA0, 0x1680,
          *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000]  # fmt: skip
FOLD = str.maketrans(
    {**LETTERS, **{chr(c): chr(c).lower() for c in range(ord("A"), ord("Z") + 1)},
     **dict.fromkeys(map(chr, DROPPED)), **dict.fromkeys(map(chr, SPACES), " ")}
)  # fmt: skip
_SPACE_RUN = re.compile("  +")


def fold(text: str) -> str:
    return _SPACE_RUN.sub(" ", text.translate(FOLD))


def document_rows(lines: Iterable[str], now: str) -> Iterator[tuple[object, ...]]:
    """(sha256, title, source, date, url, origin, header_lines, char_count, added_at,
    text) of each JSONL line, as the document table holds them."""
    for line in lines:
        obj = json.loads(line)
        text = obj["text"]
        sha = hashlib.sha256(text.encode()).hexdigest()
        yield (sha, obj["title"], obj["source"], obj["date"], obj["url"], "", 0, len(text),
               now, text)  # fmt: skip


def paragraph_ranges(
    text: str, spans: Iterable[tuple[int, int, int]]
) -> list[list[tuple[int, int, int]]]:
    """Each paragraph's (start, length, label id) of the spans (start, end, label id) in
    it, cut at its ends, in the UTF-16 units Qt counts (the benchmark's text is all in
    the Basic Multilingual Plane, where they are code points)."""
    assert not text or max(text) <= "\uffff"
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    ranges: list[list[tuple[int, int, int]]] = [[] for _ in starts]
    for start, end, label in spans:
        first = bisect.bisect_right(starts, start) - 1
        for number in range(first, bisect.bisect_left(starts, end)):
            lo = max(start, starts[number])
            hi = min(end, starts[number + 1] - 1 if number + 1 < len(starts) else len(text))
            if hi > lo:
                ranges[number].append((lo - starts[number], hi - lo, label))
    return ranges



def hits(text: str, phrase: str, context: int = 40) -> list[tuple[int, int, str, str]]:
    """Every occurrence of the folded `phrase` in `text` as (start, end, before, after) in
    the original text: the text folded a character at a time, each kept character
    remembering where it came from."""
    folded: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        kept = FOLD.get(ord(ch), ch)
        if kept is None or (kept == " " and folded and folded[-1] == " "):
            continue
        folded.append(kept)
        origin.append(i)
    joined = "".join(folded)
    found = []
    at = joined.find(phrase)
    while at >= 0:
        start, end = origin[at], origin[at + len(phrase) - 1] + 1
        found.append((start, end, text[max(0, start - context) : start], text[end : end + context]))
        at = joined.find(phrase, at + 1)
    return found
