"""Reviewing links: a colleague's links laid over mine, each difference classed, as spans
are in `review`. Two links are the same when their type, claim and target (offsets) are;
the same claim linked by one type to another span is "other target"; the rest is only
mine or only theirs. Pure: the window shows the differences and turns decisions into
edits (`link_edits`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from reader.core.annotations import AnnotationRecord, SpanLike
from reader.core.foreign import ForeignSpan
from reader.core.link_agreement import Link
from reader.core.links import LinkRecord
from reader.core.review import TheirSpan
from reader.core.words import QT_TR_NOOP


def _ends(kind: str, claim: SpanLike, target: SpanLike | None) -> Link:
    """A link by its type and the offsets of its ends (None, None: an unnamed source)."""
    return (kind, claim.start, claim.end, target.start if target else None,
            target.end if target else None)  # fmt: skip


class LinkDiffKind(StrEnum):
    SAME = QT_TR_NOOP("same link")
    OTHER_TARGET = QT_TR_NOOP("other link target")
    ONLY_MINE = QT_TR_NOOP("only my link")
    ONLY_THEIRS = QT_TR_NOOP("only their link")


@dataclass(frozen=True, slots=True)
class MyLink:
    record: LinkRecord
    claim: AnnotationRecord
    target: AnnotationRecord | None

    @property
    def ends(self) -> Link:
        return _ends(self.record.type, self.claim, self.target)


@dataclass(frozen=True, slots=True)
class PlacedLink:
    """A colleague's link whose spans were placed on my copy of the article."""

    type: str
    claim: TheirSpan
    target: TheirSpan | None

    @property
    def ends(self) -> Link:
        return _ends(self.type, self.claim, self.target)


@dataclass(frozen=True, slots=True)
class LinkDifference:
    kind: LinkDiffKind
    mine: MyLink | None
    theirs: PlacedLink | None

    @property
    def position(self) -> tuple[int, int]:
        claim = self.mine.claim if self.mine else self.theirs.claim if self.theirs else None
        return (claim.start, -claim.end) if claim else (0, 0)


def my_links(records: Iterable[LinkRecord], spans: dict[int, AnnotationRecord]) -> list[MyLink]:
    """My links whose spans are in `spans` (by id)."""
    found = []
    for record in records:
        claim = spans.get(record.claim_id)
        target = spans.get(record.target_id) if record.target_id is not None else None
        if claim is not None and (record.target_id is None or target is not None):
            found.append(MyLink(record, claim, target))
    return found


def placed_links(
    links: Iterable[tuple[str, ForeignSpan, ForeignSpan | None]], placed: list[TheirSpan]
) -> list[PlacedLink]:
    """A colleague's links (type, claim, target) on one article, by where their spans
    were placed; a link with a span that found no place is left out."""
    at = {s.source: s for s in placed}
    found = []
    for kind, claim, target in links:
        their_claim = at.get(claim)
        their_target = at.get(target) if target is not None else None
        if their_claim is not None and (target is None or their_target is not None):
            found.append(PlacedLink(kind, their_claim, their_target))
    return found


def compare_links(mine: list[MyLink], theirs: list[PlacedLink]) -> list[LinkDifference]:
    """Class every link of one article, mine and theirs, in text order of their claims."""
    rest_t = list(theirs)
    diffs: list[LinkDifference] = []
    rest_m = []
    for m in mine:
        same = next((t for t in rest_t if t.ends == m.ends), None)
        if same is None:
            rest_m.append(m)
        else:
            rest_t.remove(same)
            diffs.append(LinkDifference(LinkDiffKind.SAME, m, same))
    only_m = []
    for m in rest_m:
        other = next((t for t in rest_t if t.ends[:3] == m.ends[:3]), None)
        if other is None:
            only_m.append(m)
        else:
            rest_t.remove(other)
            diffs.append(LinkDifference(LinkDiffKind.OTHER_TARGET, m, other))
    diffs += [LinkDifference(LinkDiffKind.ONLY_MINE, m, None) for m in only_m]
    diffs += [LinkDifference(LinkDiffKind.ONLY_THEIRS, None, t) for t in rest_t]
    diffs.sort(key=lambda d: d.position)
    return diffs


def ends_by_document(placed: dict[int, list[PlacedLink]]) -> dict[int, set[Link]]:
    """What link agreement compares: each placed link by its type and ends."""
    return {doc: {p.ends for p in links} for doc, links in placed.items()}
