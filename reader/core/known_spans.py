"""The spans already in one document, as an import checks a run of thousands of spans
against them at once. A span is told by its part (annotator id << 20 | label id) and its
packed offsets (start * size + end, size being more than any offset); per part, the packed
offsets are kept sorted in a numpy array, with whether this import has met each one. A
re-import of 680,000 spans asks this of every one: a dict of Python ints took longer than
reading the file's lines (every lookup a cache miss); a sorted array answers a run in a
few vector steps."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

Ints = npt.NDArray[np.int64]
Flags = npt.NDArray[np.bool_]
NOT_KEYED = -1  # the part of a span that is not to be looked up


class KnownSpans:
    """The (part, packed offsets) of the annotations in a document when the import began,
    and which of them the import has met."""

    def __init__(self, parts: Iterable[tuple[int, str]]) -> None:
        """`parts`: each part with its packed offsets joined by commas, in any order."""
        self._spans = {part: np.sort(np.fromstring(joined, dtype=np.int64, sep=","))
                       for part, joined in parts}  # fmt: skip
        self._met = {part: np.zeros(len(spans), dtype=bool) for part, spans in self._spans.items()}

    def meet(self, parts: Ints, spans: Ints) -> tuple[Flags, int, int]:
        """Whether each (part, span) is in the document (never one NOT_KEYED); how many
        spans this import meets for the first time, and how many it had met before (copies
        within its file). All are met from now on."""
        found = np.zeros(len(spans), dtype=bool)
        first = again = 0
        for part in np.unique(parts[parts != NOT_KEYED]).tolist():  # annotators x labels
            if part not in self._spans:
                continue
            rows = np.flatnonzero(parts == part)
            rows = rows[np.argsort(spans[rows], kind="stable")]  # sorted asks search faster
            at, hit = self._find(part, spans[rows])
            found[rows[hit]] = True
            distinct = at[np.diff(at, prepend=-1) != 0]  # `at` is sorted too
            met = self._met[part]
            fresh = distinct[~met[distinct]]
            met[fresh] = True
            first += len(fresh)
            again += len(at) - len(fresh)
        return found, first, again

    def meet_one(self, part: int, span: int) -> bool:
        """Meet one span in the document: whether this is the import's first meeting."""
        at, hit = self._find(part, np.array([span], dtype=np.int64))
        assert hit[0], "meet_one is asked of a span in the document"
        met = self._met[part]
        first = not met[at[0]]
        met[at[0]] = True
        return bool(first)

    def has(self, part: int, span: int) -> bool:
        return bool(self._find(part, np.array([span], dtype=np.int64))[1][0])

    def _find(self, part: int, asked: Ints) -> tuple[Ints, Flags]:
        """Where the asked spans of a part are (those found), and which were found."""
        spans = self._spans.get(part)
        if spans is None or not len(spans):
            return np.zeros(0, dtype=np.int64), np.zeros(len(asked), dtype=bool)
        at = np.minimum(np.searchsorted(spans, asked), len(spans) - 1)
        hit = spans[at] == asked
        return at[hit], hit
