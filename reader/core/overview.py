"""The corpus at a glance: what the overview pane charts and `reader stats` prints.

The figures are counted in SQL (`storage.overview`); here are their shapes, the part of
the file they cover (`Scope`), what a clicked figure stands for (`Pick`), and the one
step SQL cannot do for Arabic: grouping unlinked names by their folded spelling."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum

from reader.core.normalise import search_form
from reader.core.progress import Status
from reader.core.words import QT_TR_NOOP

TOP = 10  # names in a "most frequent" chart
NO_SOURCE = QT_TR_NOOP("(no source)")  # a claim with no SOURCE link
UNNAMED_SOURCE = QT_TR_NOOP("(unnamed source)")  # a SOURCE link with no span
NO_OUTLET = QT_TR_NOOP("(no outlet)")
NO_DATE = QT_TR_NOOP("(no date)")


class Breakdown(Enum):
    """What `reader stats --by` groups by."""

    LABEL = "label"
    ANNOTATOR = "annotator"
    OUTLET = "outlet"
    DAY = "day"
    STATUS = "status"


@dataclass(frozen=True, slots=True)
class Scope:
    """The part of the file the figures cover. Empty fields do not narrow it. `status`
    is `status_of`'s status (an article has one for each annotator)."""

    outlet: str | None = None  # "" is the articles with no outlet
    date_from: str = ""  # YYYY-MM-DD, inclusive
    date_to: str = ""
    undated: bool = False  # only the articles with no usable date
    annotator: str = ""  # only their spans
    status: Status | None = None
    status_of: str = ""


@dataclass(frozen=True, slots=True)
class Pick:
    """What a clicked figure stands for, inside `scope`: its spans (`spans`, narrowed by
    label, entity, folded name or a claim's source) or else its articles."""

    scope: Scope
    spans: bool = False
    label: str = ""
    entity: int | None = None
    folded: str | None = None  # spans whose folded text is this (and no entity)
    # claims whose SOURCE is this entity (id, "") or unlinked name (None, folded text),
    # or who have none (None, NO_SOURCE) or an unnamed one (None, UNNAMED_SOURCE)
    source: tuple[int | None, str] | None = None


@dataclass(frozen=True, slots=True)
class Count:
    """One bar or row: what it names, how many, and what clicking it opens."""

    name: str  # shown as is (Arabic names, outlets), unless `words` says it is a template
    count: int
    pick: Pick
    words: bool = False  # `name` is an English template to translate (NO_SOURCE, ...)


@dataclass(frozen=True, slots=True)
class Tally:
    """Articles and their spans under one key: an outlet, or a day (YYYY-MM-DD)."""

    key: str  # "" for articles with no outlet, or no usable date
    articles: int
    spans: int
    pick: Pick  # the articles


@dataclass(frozen=True, slots=True)
class Progress:
    """One annotator's articles by status, within the scope."""

    annotator: str
    counts: dict[Status, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class SourceCount:
    """Claims attributed to one source in one outlet."""

    source: str  # its name, shown as is unless `words`
    outlet: str
    count: int
    pick: Pick
    words: bool = False  # `source` is NO_SOURCE or UNNAMED_SOURCE, to translate


@dataclass(slots=True)
class Overview:
    """Every figure of the pane, for one scope."""

    scope: Scope
    articles: int = 0
    spans: int = 0
    by_label: list[Count] = field(default_factory=list)
    by_annotator: list[Count] = field(default_factory=list)
    by_outlet: list[Tally] = field(default_factory=list)
    by_status: list[Count] = field(default_factory=list)  # `status_of`'s articles
    top: dict[str, list[Count]] = field(default_factory=dict)  # ACTOR / PLACE -> names
    claims: list[SourceCount] = field(default_factory=list)
    days: list[Tally] = field(default_factory=list)  # in date order
    progress: list[Progress] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Match:
    """An article or span behind a figure, as the pane lists it."""

    document_id: int
    annotation_id: int | None  # None: the article itself
    title: str
    outlet: str
    date: str
    label: str = ""
    text: str = ""
    annotator: str = ""


@dataclass(frozen=True, slots=True)
class NameCount:
    """A count of spans of one name: an entity's (its id and name) or a surface text's."""

    entity: int | None
    name: str
    count: int


def top_names(rows: Iterable[NameCount], limit: int = TOP) -> list[NameCount]:
    """The most frequent names: an entity counts all its mentions, and unlinked spans
    group by their search spelling (أ إ آ as ا, ى as ي, ة as ه, harakat and spacing
    ignored; shown in their most frequent spelling). Ties go by name."""
    rows = list(rows)  # read twice
    totals: Counter[tuple[int | None, str]] = Counter()
    names: dict[int, str] = {}
    keys = []  # each row's group
    for row in rows:
        if row.entity is not None:
            key: tuple[int | None, str] = (row.entity, "")
            names[row.entity] = row.name
        else:
            key = (None, search_form(row.name))
        totals[key] += row.count
        keys.append(key)
    # Only groups as frequent as the limit-th can be shown: their spellings alone are
    # counted and named (a corpus has tens of thousands of names; ten are shown).
    counts = sorted(totals.values(), reverse=True)
    least = counts[limit - 1] if len(counts) >= limit else 0
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for row, (entity, folded) in zip(rows, keys, strict=True):
        if entity is None and totals[(None, folded)] >= least:
            spellings[folded][row.name] += row.count
    found = [
        NameCount(entity, names[entity] if entity is not None else commonest(spellings[key]), n)
        for (entity, key), n in totals.items()
        if n >= least
    ]
    return sorted(found, key=lambda c: (-c.count, c.name))[:limit]


def commonest(spellings: Counter[str]) -> str:
    return min(spellings, key=lambda s: (-spellings[s], s))


def day_of(date: str) -> str:
    """The day an article's date names (YYYY-MM-DD), or "" when it names none."""
    day = date.strip()[:10]
    digits = day.replace("-", "")
    return day if len(day) == 10 and day[4] == day[7] == "-" and digits.isdigit() else ""


def rows_by(found: Overview, by: Breakdown) -> list[dict[str, object]]:
    """One breakdown's figures as rows (what `reader stats --by` prints)."""
    if by is Breakdown.LABEL:
        return [{"label": c.name, "spans": c.count} for c in found.by_label]
    if by is Breakdown.ANNOTATOR:
        return [{"annotator": c.name, "spans": c.count} for c in found.by_annotator]
    if by is Breakdown.OUTLET:
        return [
            {"outlet": t.key, "articles": t.articles, "spans": t.spans} for t in found.by_outlet
        ]
    if by is Breakdown.DAY:
        return [{"day": t.key, "articles": t.articles, "spans": t.spans} for t in found.days]
    return [{"annotator": p.annotator} | {s.value: p.counts[s] for s in Status}
            for p in found.progress]  # fmt: skip


def as_json(found: Overview) -> dict[str, object]:
    """Every figure, as `reader stats --json` prints it."""
    return {
        "articles": found.articles,
        "spans": found.spans,
        **{by.value: rows_by(found, by) for by in Breakdown},
        **{f"top_{label.lower()}": [{"name": c.name, "spans": c.count,
                                     **({"entity": c.pick.entity} if c.pick.entity else {})}
                                    for c in names]
           for label, names in found.top.items()},
        "claims": [{"source": c.source, "outlet": c.outlet, "claims": c.count}
                   for c in found.claims],
    }  # fmt: skip
