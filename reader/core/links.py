"""Attribution links: who said a claim, with which words, about where (DESIGN.md, "Links
and entities").

A link joins a CLAIM span to one target: its source (an ACTOR span, or no span at all
for an unnamed source such as «مصادر»), its cue (the reporting verb, a CUE span) or a
PLACE it is about. Link types live in the label scheme beside the labels; one claim may
have several links of a type, and one span may be the target of many claims.

When the reader starts a link, `candidates` offers the spans it most likely means, the
nearest first, measured from the claim and from the reporting words around it: in
«أعلن المتحدث باسم التحالف رايان ديلون أن ...» the speaker follows the verb.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from reader.core.annotations import SpanLike
from reader.core.errors import LabelSchemeError
from reader.core.labels import LabelDef
from reader.core.normalise import NormalisedText, normalise
from reader.core.words import QT_TR_NOOP, Words

_NAME = re.compile(r"^[A-Z][A-Z0-9_-]{0,31}$")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")

UNNAMED = QT_TR_NOOP("unnamed source")
# The attribution roles of the default scheme: the claims table and its CSV are made of
# them (a scheme may name more link types; those travel in every format all the same).
CLAIM, SOURCE, CUE, ABOUT = "CLAIM", "SOURCE", "CUE", "ABOUT"
CUE_LABEL = "CUE"  # the label of reporting words


@dataclass(frozen=True, slots=True)
class LinkTypeDef:
    """A kind of link: from a span of `claim_label` to one of `target_label`. `unnamed`
    lets a link have no target span (a source the text does not name)."""

    name: str
    colour: str
    shortcut: str
    claim_label: str
    target_label: str
    unnamed: bool = False
    description: str = ""


DEFAULT_LINK_TYPES = (
    LinkTypeDef(SOURCE, "#D55E00", "1", CLAIM, "ACTOR", True,
                QT_TR_NOOP("Who the claim is attributed to (or an unnamed source)")),
    LinkTypeDef(CUE, "#009E73", "2", CLAIM, CUE_LABEL, False,
                QT_TR_NOOP("The reporting words: قال، ذكرت، أعلن، وفقاً لـ")),
    LinkTypeDef(ABOUT, "#0072B2", "3", CLAIM, "PLACE", False,
                QT_TR_NOOP("A place the claim is about")),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class LinkRecord:
    """A stored link. `target_id` is None for an unnamed source."""

    id: int
    document_id: int
    type: str
    claim_id: int
    target_id: int | None
    annotator: str
    created: str
    updated: str

    @property
    def key(self) -> tuple[str, int, int | None]:
        """What makes two links the same link (one per claim, type and target)."""
        return (self.type, self.claim_id, self.target_id)


def parse_link_types(data: Any, labels: Sequence[LabelDef], origin: str) -> list[LinkTypeDef]:
    """The scheme's `links` list, checked against its labels; none when it has no list."""
    items = data.get("links", []) if isinstance(data, dict) else []
    if not isinstance(items, list):
        raise LabelSchemeError(Words(QT_TR_NOOP("{origin}: 'links' must be a list"), origin=origin))
    names = {label.name for label in labels}
    found = [_link_type(item, names, Words(QT_TR_NOOP("{origin}: link type {number}"),
                                           origin=origin, number=i))
             for i, item in enumerate(items, 1)]  # fmt: skip
    repeats = (
        (QT_TR_NOOP("{origin}: link type names repeat"), [t.name for t in found]),
        (
            QT_TR_NOOP("{origin}: link type shortcuts repeat"),
            [t.shortcut for t in found if t.shortcut],
        ),
    )
    for repeat, values in repeats:
        if len(set(values)) != len(values):
            raise LabelSchemeError(Words(repeat, origin=origin))
    return found


def _link_type(item: Any, labels: set[str], where: Words) -> LinkTypeDef:
    if not isinstance(item, dict):
        raise LabelSchemeError(Words(QT_TR_NOOP("{where}: expected an object"), where=where))
    name, colour, shortcut = item.get("name"), item.get("colour"), item.get("shortcut", "")
    if not isinstance(name, str) or not _NAME.match(name):
        bad = QT_TR_NOOP("{where}: name must be 1-32 capitals, digits, _ or -")
        raise LabelSchemeError(Words(bad, where=where))
    if not isinstance(colour, str) or not _COLOUR.match(colour):
        bad = QT_TR_NOOP("{where} ({name}): colour must look like #RRGGBB")
        raise LabelSchemeError(Words(bad, where=where, name=name))
    if not isinstance(shortcut, str) or not (shortcut == "" or shortcut.isdigit()):
        bad = QT_TR_NOOP("{where} ({name}): shortcut must be a digit")
        raise LabelSchemeError(Words(bad, where=where, name=name))
    ends = (item.get("from"), item.get("to"))
    for end in ends:
        if end not in labels:
            unknown = QT_TR_NOOP("{where} ({name}): {end!r} is not a label of the scheme")
            raise LabelSchemeError(Words(unknown, where=where, name=name, end=str(end)))
    unnamed, description = bool(item.get("unnamed", False)), str(item.get("description", ""))
    return LinkTypeDef(
        name, colour.upper(), shortcut, str(ends[0]), str(ends[1]), unnamed, description
    )


def scheme_entry(link_type: LinkTypeDef) -> dict[str, object]:
    """A link type as the scheme's JSON writes it (the inverse of `parse_link_types`)."""
    return {
        "name": link_type.name, "colour": link_type.colour, "shortcut": link_type.shortcut,
        "from": link_type.claim_label, "to": link_type.target_label,
        "unnamed": link_type.unnamed, "description": link_type.description,
    }  # fmt: skip


# ---------------------------------------------------------------- offering targets


class Span(SpanLike, Protocol):
    """A span of the article with its id (an annotation, or what the reader draws)."""

    @property
    def id(self) -> int: ...


# Reporting words of news Arabic, in search form (alef forms, ta marbuta and harakat
# folded): a source is usually next to one of them.
CUE_WORDS = tuple(normalise(w) for w in (
    "قال", "قالت", "يقول", "تقول", "ذكر", "ذكرت", "يذكر", "أعلن", "أعلنت", "يعلن", "أكد",
    "أكدت", "يؤكد", "أفاد", "أفادت", "أضاف", "أضافت", "أوضح", "أوضحت", "صرح", "صرحت",
    "أشار", "أشارت", "نقل", "نقلت", "زعم", "زعمت", "اعتبر", "اعتبرت", "رأى", "نفى", "نفت",
    "كشف", "كشفت", "وفقا", "وفقاً", "بحسب", "حسب", "نقلا", "نقلاً", "بيان", "تصريح",
))  # fmt: skip
_CUE_PATTERN = re.compile(
    r"(?<!\w)[وف]?(" + "|".join(sorted(set(CUE_WORDS), key=len, reverse=True)) + r")(?!\w)"
)


def cue_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Reporting words in text[start:end] (without a leading و or ف), as [start, end)
    offsets of `text`."""
    window = NormalisedText.of(text[start:end])
    found = []
    for match in _CUE_PATTERN.finditer(window.normalised):
        first, last = window.original_span(match.start(1), match.end(1))
        found.append((start + first, start + last))
    return found


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two ranges (0 when they touch or overlap)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A target offered for a link: a span, or a reporting word not yet tagged
    (`span_id` 0, to be tagged as a cue when chosen)."""

    span_id: int
    start: int
    end: int
    distance: int


def candidates(
    text: str,
    claim: Span,
    spans: Iterable[Span],
    link_type: LinkTypeDef,
    taken: Iterable[int] = (),
    reach: int = 400,
) -> list[Candidate]:
    """Spans of the link type's target label, nearest first. A source is measured from
    the claim or from the reporting word nearest it on either side, whichever is nearer
    («أعلن المتحدث ... أن ...»: the speaker follows the verb). For cue links, the
    reporting words around the claim that are not tagged yet come too. `taken` spans
    (already linked) are left out."""
    claim_range = (claim.start, claim.end)
    cues = _cues_beside(text, claim_range, reach)
    is_cue = link_type.target_label == CUE_LABEL
    anchors = [claim_range] if is_cue else [claim_range, *cues]
    skip = {*taken, claim.id}
    found = [
        Candidate(s.id, s.start, s.end, min(_gap((s.start, s.end), a) for a in anchors))
        for s in spans
        if s.label == link_type.target_label and s.id not in skip
    ]
    if is_cue:
        tagged = {(c.start, c.end) for c in found}
        found += [Candidate(0, a, b, _gap((a, b), claim_range))
                  for a, b in cues if (a, b) not in tagged]  # fmt: skip
    return sorted(found, key=lambda c: (c.distance, abs(c.start - claim.start), c.start))


def _cues_beside(text: str, claim: tuple[int, int], reach: int) -> list[tuple[int, int]]:
    """The reporting word nearest before the claim and the one nearest after it."""
    before = cue_words(text, max(0, claim[0] - reach), claim[0])
    after = cue_words(text, claim[1], min(len(text), claim[1] + reach))
    return before[-1:] + after[:1]


# ---------------------------------------------------------------- the claims table


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """A claim with what it is linked to, as the claims table shows it: the texts of its
    sources (an unnamed one as None), cues and places."""

    document_id: int
    title: str
    outlet: str
    date: str
    claim_id: int
    start: int
    end: int
    text: str
    annotator: str
    sources: tuple[str | None, ...] = ()
    cues: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
