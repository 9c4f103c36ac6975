"""Agreement on links: how far two annotators linked the same claims to the same sources,
cues and places. A link matches when its type is the same and both its ends match:
exactly (same offsets), or, the looser figure, by overlap (each end shares a character
with the other's; an unnamed source matches an unnamed source). Precision is over the
other annotator's links, recall over the reference's, as for spans (`agreement`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from reader.core.agreement import NO_SPANS, SpanScores

# A link on one document: type, claim start and end, target start and end (None, None for
# an unnamed source).
Link = tuple[str, int, int, int | None, int | None]


def _meets(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> bool:
    if a[0] is None or b[0] is None:
        return a[0] is None and b[0] is None
    assert a[1] is not None and b[1] is not None
    return a[0] < b[1] and b[0] < a[1]


def _overlaps(a: Link, b: Link) -> bool:
    return a[0] == b[0] and _meets(a[1:3], b[1:3]) and _meets(a[3:5], b[3:5])


def _exact(ref: set[Link], other: set[Link]) -> SpanScores:
    tp = len(ref & other)
    return SpanScores(tp, len(other) - tp, len(ref) - tp, tp)


def _overlap(ref: set[Link], other: set[Link]) -> SpanScores:
    found_ref = sum(any(_overlaps(r, o) for o in other) for r in ref)
    found_other = sum(any(_overlaps(o, r) for r in ref) for o in other)
    return SpanScores(found_ref, len(other) - found_other, len(ref) - found_ref, found_other)


@dataclass(frozen=True, slots=True)
class LinkAgreement:
    exact: SpanScores
    overlap: SpanScores
    by_type: dict[str, SpanScores]  # exact, per link type

    def as_dict(self) -> dict[str, object]:
        return {
            "exact": self.exact.as_dict(),
            "overlap": self.overlap.as_dict(),
            "types": {name: s.as_dict() for name, s in sorted(self.by_type.items())},
        }


def link_agreement(
    documents: Iterable[int], ref: Mapping[int, set[Link]], other: Mapping[int, set[Link]]
) -> LinkAgreement:
    """Agreement of `other`'s links with `ref`'s over the documents both were compared on."""
    exact, overlap = NO_SPANS, NO_SPANS
    by_type: dict[str, SpanScores] = {}
    for doc in documents:
        a, b = ref.get(doc, set()), other.get(doc, set())
        exact += _exact(a, b)
        overlap += _overlap(a, b)
        for kind in {k[0] for k in a | b}:
            pair = {k for k in a if k[0] == kind}, {k for k in b if k[0] == kind}
            by_type[kind] = by_type.get(kind, NO_SPANS) + _exact(*pair)
    return LinkAgreement(exact, overlap, by_type)
