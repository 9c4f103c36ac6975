"""The spans of many documents laid end to end, per label and annotator, as numpy arrays:
the agreement measures that count spans (exact and overlap matches, Krippendorff's
unitizing alpha) take 100,000 spans in a few vector steps, not a Python loop a span.

Offsets are int64 while every square the measures take fits in 63 bits (documents of
under 2**31 characters in all), Python ints (an object array) past that: exact either way.
numpy is imported by the functions that use it, so that the review pane, which loads
at start, does not bring it in before a measure is asked for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy.typing as npt

    Ints = npt.NDArray[Any]  # int64, or Python ints past 2**31

Span = tuple[int, int, str]
Units = tuple["Ints", "Ints"]  # starts and ends, sorted, of one annotator's units


@dataclass(frozen=True, slots=True)
class Disagreement:
    observed: float
    expected: float


@dataclass(frozen=True, slots=True)
class Matches:
    """Exact or overlap matches of the second annotator's spans against the reference's:
    reference spans found, their spans that found one, and the two totals."""

    ref_found: int
    other_found: int
    ref: int
    other: int


class Continuum:
    """Every span of `annotations` (per document, per annotator, its spans) at its place
    on two continua: the texts laid end to end (`length` in all, for unitizing, as
    Krippendorff lays out documents) and documents kept apart (each given room for its
    longest span, so that no span reaches into the next document's)."""

    def __init__(self, lengths: Sequence[int], annotations: Sequence[Sequence[frozenset[Span]]]):
        import numpy as np

        self.annotators = len(annotations[0]) if annotations else 0
        self.length = sum(lengths)
        starts: list[int] = []
        ends: list[int] = []
        names: list[str] = []
        whos: list[int] = []
        text_at: list[int] = []  # each span's document's offset, texts end to end
        room_at: list[int] = []  # and documents kept apart
        text_offset = room_offset = 0
        for length, per_annotator in zip(lengths, annotations, strict=True):
            reach = length
            for who, spans in enumerate(per_annotator):
                if not spans:
                    continue
                first, last, labels = zip(*spans, strict=True)
                starts += first
                ends += last
                names += labels
                whos += [who] * len(spans)
                reach = max(reach, *last)
            count = len(starts) - len(text_at)
            text_at += [text_offset] * count
            room_at += [room_offset] * count
            text_offset += length
            room_offset += reach + 1
        self.labels = list(dict.fromkeys(names))  # as met: the sums over labels add alike
        code = {name: i for i, name in enumerate(self.labels)}
        wide = max(room_offset, self.length) >= 2**31  # a square past 63 bits
        kind: Any = object if wide else np.int64
        self._starts = np.array(starts, dtype=kind)
        self._ends = np.array(ends, dtype=kind)
        self._text_at = np.array(text_at, dtype=kind)
        self._room_at = np.array(room_at, dtype=kind)
        self._label = np.array([code[name] for name in names], dtype=np.int64)
        self._who = np.array(whos, dtype=np.int64)
        self._room = room_offset
        self._sorted: dict[tuple[str, int, bool], Units] = {}

    def _of(self, label: str, who: int, apart: bool) -> Units:
        """One annotator's spans of one label, sorted by start then end."""
        import numpy as np

        if (label, who, apart) not in self._sorted:
            code = self.labels.index(label) if label in self.labels else -1
            pick = (self._label == code) & (self._who == who)
            at = (self._room_at if apart else self._text_at)[pick]
            starts, ends = self._starts[pick] + at, self._ends[pick] + at
            order = np.lexsort((ends, starts))
            self._sorted[label, who, apart] = starts[order], ends[order]
        return self._sorted[label, who, apart]

    # ------------------------------------------------------------ span matches

    def exact(self, label: str) -> Matches:
        """Spans of the label that both annotators have, start and end alike."""
        import numpy as np

        (rs, re_), (os_, oe) = self._of(label, 0, True), self._of(label, 1, True)
        room = self._room + 1
        shared = np.intersect1d(rs * room + re_, os_ * room + oe, assume_unique=True)
        return Matches(len(shared), len(shared), len(rs), len(os_))

    def overlap(self, label: str) -> Matches:
        """Spans of the label that share a character with some span of the other."""
        ref, other = self._of(label, 0, True), self._of(label, 1, True)
        return Matches(_found(ref, other), _found(other, ref), len(ref[0]), len(other[0]))

    # ------------------------------------------------------------ unitizing

    def unitizing(self, label: str) -> Disagreement | None:
        """Krippendorff's (1995) observed and expected disagreement for one label, over
        the texts end to end; each annotator's overlapping spans merged into units."""
        units = [_merged(self._of(label, who, False)) for who in range(self.annotators)]
        return unitizing(units, self.length)


def _found(spans: Units, among: Units) -> int:
    """How many of `spans` share at least one character with some span of `among`
    (sorted by start; its running furthest end says whether any reaches a span)."""
    import numpy as np

    starts, ends = spans
    among_starts, among_ends = among
    if not len(among_starts) or not len(starts):
        return 0
    reach = np.maximum.accumulate(among_ends)
    before = np.searchsorted(among_starts, ends, side="left")  # among[:before] start earlier
    hit = (before > 0) & (reach[np.maximum(before - 1, 0)] > starts)
    return int(np.count_nonzero(hit))


def _merged(spans: Units) -> Units:
    """One annotator's units of one label: overlapping (not touching) spans become one."""
    import numpy as np

    starts, ends = spans
    if not len(starts):
        return spans
    reach = np.maximum.accumulate(ends)  # a unit's end: the furthest of its spans
    first = np.flatnonzero(np.concatenate(([True], (starts[1:] >= reach[:-1]).astype(bool))))
    last = np.concatenate((first[1:] - 1, [len(starts) - 1]))
    return starts[first], reach[last]


def unitizing(units: Sequence[Units], length: int) -> Disagreement | None:
    """Krippendorff's (1995) observed and expected disagreement for one label, each
    annotator's units disjoint and sorted, on a continuum of `length` characters."""
    import numpy as np

    m = len(units)
    sizes = [ends - starts for starts, ends in units]
    n_units = sum(len(s) for s in sizes)
    if not n_units or length < 2:
        return None
    observed_sum = sum(_observed(a, b) for a, b in combinations(units, 2))
    observed = 2 * observed_sum / (m * (m - 1) * length * length)
    gaps = np.sort(np.concatenate([_gaps(u, length) for u in units]))
    suffix = np.concatenate((np.cumsum(gaps[::-1])[::-1], [0])).tolist()  # sum(gaps[i:])
    distinct, counts = np.unique(np.concatenate(sizes), return_counts=True)
    fits_from = np.searchsorted(gaps, distinct, side="left").tolist()
    numerator = denominator_sizes = 0
    for size, count, i in zip(distinct.tolist(), counts.tolist(), fits_from, strict=True):
        fits = len(gaps) - i  # gaps at least as long as this unit: its terms depend on its size
        numerator += count * (n_units - 1) * size * (size - 1) * (2 * size - 1) // 3
        numerator += count * size * size * (suffix[i] - (size - 1) * fits)
        denominator_sizes += count * size * (size - 1)
    denominator = m * length * (m * length - 1) - denominator_sizes
    if denominator <= 0:
        return None
    return Disagreement(observed, 2 * numerator / (length * denominator))


def _gaps(units: Units, length: int) -> Ints:
    """The stretches no unit of the annotator covers, each one's length."""
    import numpy as np

    starts, ends = units
    gaps = np.concatenate((starts, [length])) - np.concatenate(([0], ends))
    return gaps[gaps > 0]


def _observed(first: Units, second: Units) -> int:
    """Sum of squared distances between two annotators' units of one label: overlapping
    units count (start difference)^2 + (end difference)^2, a unit inside the other's gap
    counts its length squared."""
    import numpy as np

    (starts, ends), (other_starts, other_ends) = first, second
    low = np.searchsorted(other_ends, starts, side="right")  # the first unit ending after
    high = np.searchsorted(other_starts, ends, side="left")  # past the last starting before
    pairs = np.maximum(high - low, 0)
    mine = np.repeat(np.arange(len(starts)), pairs)
    steps = np.arange(len(mine)) - np.repeat(np.cumsum(pairs) - pairs, pairs)
    theirs = np.repeat(low, pairs) + steps
    total = _sum_of_squares(starts[mine] - other_starts[theirs])
    total += _sum_of_squares(ends[mine] - other_ends[theirs])
    total += _sum_of_squares((ends - starts)[pairs == 0])
    covered = np.zeros(len(other_starts) + 1, dtype=np.int64)
    np.add.at(covered, low[pairs > 0], 1)
    np.add.at(covered, high[pairs > 0], -1)
    alone = np.cumsum(covered)[:-1] == 0
    return total + _sum_of_squares((other_ends - other_starts)[alone])


def _sum_of_squares(values: Ints) -> int:
    """Exactly: each square fits 63 bits (or is a Python int); the sum is taken in Python."""
    return sum((values * values).tolist())
