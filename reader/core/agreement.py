"""Inter-annotator agreement over spans (README, "Agreement measures", defines each exactly).

Input is plain: per document its text and, per annotator, a set of (start, end, label).
The first annotator is the reference. Measures:

- exact and overlap precision, recall and F1 per label and micro-averaged (GATE's strict
  and lenient span scores);
- Cohen's kappa and Krippendorff's nominal alpha over a labelling of every non-whitespace
  character (per label: that labelling read as L against not-L);
- Krippendorff's unitizing alpha (1995), character-based, per label and over labels;
- with three or more annotators, Fleiss' kappa, nominal alpha and unitizing alpha over all.

Counts are integers to the end; a measure whose denominator is zero is None ("not
defined"), never a made-up 0 or 1.
"""

from __future__ import annotations

import heapq
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from reader.core.annotations import SpanLike
from reader.core.continuum import Continuum, Disagreement, Matches

Span = tuple[int, int, str]  # start, end, label
Labelling = tuple[str | None, ...]  # one label (or None: outside) per annotator

_WHITESPACE = re.compile(r"\s")  # the same characters as str.isspace()


@dataclass(frozen=True, slots=True)
class DocumentSpans:
    """One document: its text and each annotator's spans on it (the reference first)."""

    text: str
    spans: tuple[frozenset[Span], ...]


def documents_of(
    document_ids: Iterable[int],
    text: Callable[[int], str],
    *annotators: Mapping[int, Iterable[SpanLike]],
) -> list[DocumentSpans]:
    """The input of every measure here, built one way for the review pane and `reader
    agree` alike: per document, its text and each annotator's spans on it (the
    reference first; a document an annotator has no entry for counts as no spans)."""
    return [
        DocumentSpans(
            text(doc_id),
            tuple(
                frozenset((s.start, s.end, s.label) for s in spans.get(doc_id, ()))
                for spans in annotators
            ),
        )
        for doc_id in document_ids
    ]


# ---------------------------------------------------------------- span scores


@dataclass(frozen=True, slots=True)
class SpanScores:
    """Precision over the other annotator's spans, recall over the reference's."""

    tp: int
    fp: int
    fn: int
    found_other: int  # the other's spans that found a reference span (= tp for exact)

    @property
    def precision(self) -> float | None:
        total = self.found_other + self.fp
        return self.found_other / total if total else None

    @property
    def recall(self) -> float | None:
        total = self.tp + self.fn
        return self.tp / total if total else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: SpanScores) -> SpanScores:
        return SpanScores(
            self.tp + other.tp,
            self.fp + other.fp,
            self.fn + other.fn,
            self.found_other + other.found_other,
        )

    def as_dict(self) -> dict[str, float | int | None]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


NO_SPANS = SpanScores(0, 0, 0, 0)


# ---------------------------------------------------------------- character labelling


def character_labels(doc: DocumentSpans) -> Counter[Labelling]:
    """How many non-whitespace characters got each combination of labels.

    Per annotator a character takes the label of the covering span that starts first
    (ties: the longer first, then the label name), else None (outside)."""
    names = sorted({label for spans in doc.spans for _, _, label in spans})
    if (len(names) + 1) ** len(doc.spans) * 2 <= 256:
        return _painted(doc.text, doc.spans, names)
    ordered = [sorted((s for s in spans if s[0] < s[1]), key=lambda s: (s[0], s[0] - s[1], s[2]))
               for spans in doc.spans]  # fmt: skip
    return _swept(doc.text, ordered)


def _painted(
    text: str, annotators: tuple[frozenset[Span], ...], names: list[str]
) -> Counter[Labelling]:
    """`character_labels` in C loops: each annotator's labels painted as digits onto a
    byte a character (the first-starting span last, so it shows), the annotators' bytes
    and the whitespace mask joined into one number a character (Horner's rule on whole
    strings: no digit carries, as base ** annotators * 2 <= 256), each code counted."""
    n, base = len(text), len(names) + 1
    digit = {name: bytes([i]) for i, name in enumerate(names, start=1)}
    joined = 0
    for spans in annotators:
        # The order of precedence, as tuples that sort by themselves: the earlier start,
        # then the longer, then the label; the end cut to the text's.
        ordered = sorted([(s, s - e, label, e if e <= n else n) for s, e, label in spans if s < e])
        paint = bytearray(n)
        for start, _, label, end in reversed(ordered):
            if start < end:
                paint[start:end] = digit[label] * (end - start)
        joined = joined * base + int.from_bytes(paint, "big")
    combined = (joined * 2 + int.from_bytes(_whitespace_mask(text), "big")).to_bytes(n, "big")
    m = len(annotators)
    counts: Counter[Labelling] = Counter()
    for code in range(base**m):
        found = combined.count(code * 2)  # an even code: not whitespace
        if found:
            counts[tuple(names[d - 1] if (d := code // base ** (m - 1 - r) % base) else None
                         for r in range(m))] = found  # fmt: skip
    return counts


# Whitespace (str.isspace) a byte a character without a Python loop: the code point's
# three low bytes (UTF-32) each looked up in a table of flags, the flags ANDed.
_LOW = bytes(
    (1 if b in (*range(9, 14), *range(28, 33), 0x85, 0xA0) else 0)  # U+0009-U+00A0
    | (2 if b == 0x80 else 0)  # U+1680
    | (4 if b in (*range(11), 0x28, 0x29, 0x2F, 0x5F) else 0)  # U+2000-U+205F
    | (8 if b == 0 else 0)  # U+3000
    for b in range(256)
)
_MIDDLE = bytes(
    (1 if b == 0 else 0) | (2 if b == 0x16 else 0) | (4 if b == 0x20 else 0)
    | (8 if b == 0x30 else 0)
    for b in range(256)
)
_HIGH = bytes(15 if b == 0 else 0 for b in range(256))
_ONE = bytes(1 if b else 0 for b in range(256))


def _whitespace_mask(text: str) -> bytes:
    """1 for each whitespace character of `text`, else 0."""
    u = text.encode("utf-32-le")
    flags = (int.from_bytes(u[0::4].translate(_LOW), "big")
             & int.from_bytes(u[1::4].translate(_MIDDLE), "big")
             & int.from_bytes(u[2::4].translate(_HIGH), "big"))  # fmt: skip
    return flags.to_bytes(len(text), "big").translate(_ONE)


def _swept(text: str, ordered: list[list[Span]]) -> Counter[Labelling]:
    """`character_labels` a piece of text at a time, for more labels or annotators than
    one byte a character can hold."""
    cuts = sorted(
        {0, len(text)} | {min(p, len(text)) for spans in ordered for s in spans for p in s[:2]}
    )
    next_span = [0] * len(ordered)
    active: list[list[tuple[int, int, str, int]]] = [[] for _ in ordered]
    counts: Counter[Labelling] = Counter()
    for a, b in itertools.pairwise(cuts):
        visible = (b - a) - len(_WHITESPACE.findall(text, a, b))
        if not visible:
            continue
        labels: list[str | None] = []
        for r, spans in enumerate(ordered):
            heap = active[r]
            while next_span[r] < len(spans) and spans[next_span[r]][0] <= a:
                start, end, label = spans[next_span[r]]
                heapq.heappush(heap, (start, start - end, label, end))
                next_span[r] += 1
            while heap and heap[0][3] <= a:
                heapq.heappop(heap)
            labels.append(heap[0][2] if heap else None)
        counts[tuple(labels)] += visible
    return counts


def _binary(counts: Counter[Labelling], label: str) -> Counter[Labelling]:
    out: Counter[Labelling] = Counter()
    for labels, n in counts.items():
        out[tuple(label if x == label else None for x in labels)] += n
    return out


def cohen_kappa(counts: Counter[Labelling]) -> float | None:
    """Two annotators: (po - pe) / (1 - pe) with pe from each annotator's own marginals."""
    total = sum(counts.values())
    if not total:
        return None
    first: Counter[str | None] = Counter()
    second: Counter[str | None] = Counter()
    agree = 0
    for (x, y), n in counts.items():
        first[x] += n
        second[y] += n
        agree += n if x == y else 0
    expected = sum(first[k] * second[k] for k in first) / (total * total)
    if expected == 1:
        return None
    return (agree / total - expected) / (1 - expected)


def krippendorff_alpha(counts: Counter[Labelling]) -> float | None:
    """Nominal alpha, every unit coded by every annotator: 1 - (n - 1) * sum of o_ck over
    c != k divided by the sum of n_c * n_k over c != k (coincidence matrix)."""
    disagreeing = 0.0
    values: Counter[str | None] = Counter()
    for labels, n in counts.items():
        m = len(labels)
        per_value = Counter(labels)
        disagreeing += n * (m * m - sum(c * c for c in per_value.values())) / (m - 1)
        for value, c in per_value.items():
            values[value] += n * c
    pairable = sum(values.values())
    expected = pairable * pairable - sum(c * c for c in values.values())
    if not expected:
        return None
    return 1 - (pairable - 1) * disagreeing / expected


def fleiss_kappa(counts: Counter[Labelling]) -> float | None:
    """Fleiss (1971): mean pairwise agreement per unit against agreement expected from the
    pooled category proportions."""
    units = sum(counts.values())
    if not units:
        return None
    m = len(next(iter(counts)))
    observed = 0.0
    pooled: Counter[str | None] = Counter()
    for labels, n in counts.items():
        per_value = Counter(labels)
        observed += n * (sum(c * c for c in per_value.values()) - m) / (m * (m - 1))
        for value, c in per_value.items():
            pooled[value] += n * c
    expected = sum((c / (units * m)) ** 2 for c in pooled.values())
    if expected == 1:
        return None
    return (observed / units - expected) / (1 - expected)


# ---------------------------------------------------------------- unitizing alpha


def _alpha(d: Disagreement | None) -> float | None:
    if d is None or d.expected == 0:
        return None
    return 1 - d.observed / d.expected


def _unitizing_by_label(continuum: Continuum) -> dict[str, Disagreement | None]:
    """Per label, over the documents laid end to end as one continuum."""
    return {label: continuum.unitizing(label) for label in continuum.labels}


def _continuum(docs: Sequence[DocumentSpans]) -> Continuum:
    return Continuum([len(d.text) for d in docs], [d.spans for d in docs])


def _scores(matches: Matches) -> SpanScores:
    """Precision counts the second annotator's spans, recall the reference's."""
    m = matches
    return SpanScores(m.ref_found, m.other - m.other_found, m.ref - m.ref_found, m.other_found)


def _overall_unitizing(by_label: dict[str, Disagreement | None]) -> float | None:
    known = [d for d in by_label.values() if d is not None]
    expected = sum(d.expected for d in known)
    return 1 - sum(d.observed for d in known) / expected if expected else None


# ---------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class Measures:
    exact: SpanScores
    overlap: SpanScores
    kappa: float | None
    alpha: float | None
    unitizing_alpha: float | None

    def as_dict(self) -> dict[str, object]:
        return {
            "exact": self.exact.as_dict(),
            "overlap": self.overlap.as_dict(),
            "kappa": self.kappa,
            "alpha": self.alpha,
            "unitizing_alpha": self.unitizing_alpha,
        }


@dataclass(frozen=True, slots=True)
class Agreement:
    """Two annotators: overall and per label. `characters` counts the labelled units."""

    overall: Measures
    labels: dict[str, Measures]
    characters: int

    def as_dict(self) -> dict[str, object]:
        return {
            "overall": self.overall.as_dict(),
            "labels": {name: m.as_dict() for name, m in sorted(self.labels.items())},
            "characters": self.characters,
        }


def pairwise(docs: Sequence[DocumentSpans], labels: Iterable[str] = ()) -> Agreement:
    """Agreement of the second annotator with the first (the reference) over `docs`.
    `labels` are reported even when neither annotator used them."""
    characters: Counter[Labelling] = Counter()
    for doc in docs:
        if len(doc.spans) != 2:
            raise ValueError("pairwise agreement needs exactly two annotators per document")
        characters.update(character_labels(doc))
    continuum = _continuum(docs)
    exact = {label: _scores(continuum.exact(label)) for label in continuum.labels}
    overlap = {label: _scores(continuum.overlap(label)) for label in continuum.labels}
    unitizing = _unitizing_by_label(continuum)
    per_label = {
        name: Measures(
            exact.get(name, NO_SPANS),
            overlap.get(name, NO_SPANS),
            cohen_kappa(_binary(characters, name)),
            krippendorff_alpha(_binary(characters, name)),
            _alpha(unitizing.get(name)),
        )
        for name in sorted(set(labels) | exact.keys())
    }
    overall = Measures(
        sum(exact.values(), NO_SPANS),
        sum(overlap.values(), NO_SPANS),
        cohen_kappa(characters),
        krippendorff_alpha(characters),
        _overall_unitizing(unitizing),
    )
    return Agreement(overall, per_label, sum(characters.values()))


@dataclass(frozen=True, slots=True)
class GroupMeasures:
    fleiss_kappa: float | None
    alpha: float | None
    unitizing_alpha: float | None

    def as_dict(self) -> dict[str, float | None]:
        return {
            "fleiss_kappa": self.fleiss_kappa,
            "alpha": self.alpha,
            "unitizing_alpha": self.unitizing_alpha,
        }


@dataclass(frozen=True, slots=True)
class GroupAgreement:
    """Three or more annotators, all at once."""

    overall: GroupMeasures
    labels: dict[str, GroupMeasures]
    annotators: int

    def as_dict(self) -> dict[str, object]:
        return {
            "overall": self.overall.as_dict(),
            "labels": {name: m.as_dict() for name, m in sorted(self.labels.items())},
        }


def among(docs: Sequence[DocumentSpans], labels: Iterable[str] = ()) -> GroupAgreement:
    """Fleiss' kappa, nominal alpha and unitizing alpha over every annotator of `docs`."""
    characters: Counter[Labelling] = Counter()
    for doc in docs:
        characters.update(character_labels(doc))
    unitizing = _unitizing_by_label(_continuum(docs))
    used = {label for doc in docs for spans in doc.spans for *_, label in spans}
    per_label = {
        name: GroupMeasures(
            fleiss_kappa(_binary(characters, name)),
            krippendorff_alpha(_binary(characters, name)),
            _alpha(unitizing.get(name)),
        )
        for name in sorted(set(labels) | used)
    }
    overall = GroupMeasures(
        fleiss_kappa(characters), krippendorff_alpha(characters), _overall_unitizing(unitizing)
    )
    return GroupAgreement(overall, per_label, len(docs[0].spans) if docs else 0)
