"""Reviewing a colleague's annotations against one's own (DESIGN.md, "Reviewing others' work").

Three steps, all plain Python:
1. `match_documents`: each of their documents is matched to one of mine by SHA-256 of the
   canonical text, failing that by its text apart from spacing, failing that (a CSV
   export carries no text) by a title that only one of my documents has; the rest are
   listed as not matched, with the reason.
2. `place_spans`: their spans on a matched document are re-anchored on my copy of its text
   (`anchoring`); the ones that cannot be placed are listed with the reason.
3. `compare`: my spans and theirs on one document, classed as same span, other label,
   other boundary, only mine, only theirs.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Generic, TypeVar

from reader.core.anchoring import Anchor, Anchorer, NotPlaced, Placed
from reader.core.annotations import SpanLike
from reader.core.entities import EntityDef
from reader.core.folding import SpacingMap, collapse_whitespace, without_spaces
from reader.core.foreign import ForeignDocument, ForeignLink, ForeignSpan, links_between
from reader.core.labels import LabelDef
from reader.core.links import LinkTypeDef
from reader.core.progress import StatusMark
from reader.core.segments import whole_graphemes
from reader.core.span_batches import BATCH, HeldBatch, SpanBatch, SpanStream, StreamEnd
from reader.core.text import text_sha256
from reader.core.words import QT_TR_NOOP, Words

# ---------------------------------------------------------------- what a source file holds


@dataclass(frozen=True, slots=True)
class AnnotatorInfo:
    name: str
    created: str


@dataclass(frozen=True, slots=True)
class AnnotationSet:
    """Everything read from another file (a colleague's annotation file or an interchange
    format), already checked; or everything of one's own file, to be written out.

    `labels` and `people` are filled only by formats that carry them (the app's own
    files); `warnings` says what a reader met and did not take (relations, discontinuous
    spans read as their cover, and so on)."""

    source: str  # the file's path, for messages
    documents: tuple[ForeignDocument, ...]
    spans: tuple[ForeignSpan, ...]
    labels: tuple[LabelDef, ...] = ()
    people: tuple[AnnotatorInfo, ...] = ()
    warnings: tuple[Words, ...] = ()
    links: tuple[ForeignLink, ...] = ()
    link_types: tuple[LinkTypeDef, ...] = ()
    entities: tuple[EntityDef, ...] = ()  # the registry, for formats that carry it
    statuses: tuple[StatusMark, ...] = ()  # the annotators' statuses, where carried
    # What its offsets count ("code" points, "utf16" units or UTF-8 "bytes"): a table
    # without the texts has them converted on the matched document's text.
    offset_unit: str = "code"
    # A file read a run at a time (`span_batches`): `spans` and `links` are then empty,
    # and an import reads them from here.
    stream: SpanStream | None = None

    @property
    def annotators(self) -> list[str]:
        if self.stream is not None:
            return self.stream.annotators
        return sorted({span.annotator for span in self.spans})

    @property
    def span_count(self) -> int:
        return self.stream.span_count if self.stream is not None else len(self.spans)

    def label_counts(self) -> Counter[str]:
        """Every label with its number of spans."""
        if self.stream is not None:
            return self.stream.labels
        return Counter(span.label for span in self.spans)

    def batches(self) -> Iterator[SpanBatch]:
        """The spans a run at a time, a document after another in text order."""
        if self.stream is not None:
            yield from self.stream.batches()
            return
        ends = {k.claim for k in self.links} | {k.target for k in self.links if k.target}
        for spans in self.spans_by_document().values():
            for at in range(0, len(spans), BATCH):
                yield HeldBatch(spans[at : at + BATCH], ends)

    def end(self) -> StreamEnd:
        """The links, entities and late warnings, once the batches have been read."""
        if self.stream is not None:
            return self.stream.finish()
        return StreamEnd(self.links, self.entities)

    def document_counts(self) -> dict[int, int]:
        """Spans a document, by key."""
        if self.stream is not None:
            return self.stream.document_counts
        return Counter(span.document for span in self.spans)

    def by_annotator(self, name: str) -> AnnotationSet:
        spans = tuple(s for s in self.spans if s.annotator == name)
        kept = {s: s for s in spans}
        marks = tuple(m for m in self.statuses if m.annotator == name)
        return replace(self, spans=spans, links=tuple(links_between(self.links, kept)),
                       statuses=marks)  # fmt: skip

    def spans_by_document(self) -> dict[int, list[ForeignSpan]]:
        """Each document's spans in text order (an empty list for a document without)."""
        found: dict[int, list[ForeignSpan]] = {doc.key: [] for doc in self.documents}
        for span in sorted(self.spans, key=text_order):
            found.setdefault(span.document, []).append(span)
        return found


def text_order(span: SpanLike) -> tuple[int, int, str]:
    """Sort key: by start, the longer of two spans first, then by label."""
    return span.start, -span.end, span.label


# ---------------------------------------------------------------- matching documents


class MatchedBy(StrEnum):
    SHA256 = "same text (SHA-256)"
    WHITESPACE = "same text apart from spacing"
    TITLE = "same title (the file carries no text)"


@dataclass(frozen=True, slots=True)
class MyDocument:
    id: int
    sha256: str
    title: str
    names: tuple[str, ...] = ()  # what else a table may call it: its file's name, its id


@dataclass(frozen=True, slots=True)
class Unmatched:
    document: ForeignDocument
    reason: Words
    span_count: int


@dataclass(frozen=True, slots=True)
class DocumentMatch:
    mine: MyDocument
    theirs: ForeignDocument
    matched_by: MatchedBy


def match_documents(
    mine: Sequence[MyDocument],
    theirs: Sequence[ForeignDocument],
    my_text: Callable[[int], str],
    span_counts: dict[int, int],
) -> tuple[list[DocumentMatch], list[Unmatched]]:
    """Match their documents to mine. `my_text(id)` is called only when SHA-256 fails."""
    by_sha = {doc.sha256: doc for doc in mine}
    matches: list[DocumentMatch] = []
    unmatched: list[ForeignDocument] = []
    for doc in theirs:
        if doc.sha256 in by_sha:
            matches.append(DocumentMatch(by_sha[doc.sha256], doc, MatchedBy.SHA256))
        else:
            unmatched.append(doc)
    taken = {m.mine.id for m in matches}
    rest = [doc for doc in mine if doc.id not in taken]
    if any(doc.text is not None for doc in unmatched) and rest:
        by_collapsed = {text_sha256(without_spaces(my_text(d.id))): d for d in rest}
    else:
        by_collapsed = {}
    titles: dict[str, list[MyDocument]] = defaultdict(list)
    for candidate in rest:
        titles[collapse_whitespace(candidate.title)].append(candidate)
    names: dict[str, list[MyDocument]] = defaultdict(list)  # looked for when no title is
    for candidate in rest:
        for name in candidate.names:
            names[name].append(candidate)
    refused: list[Unmatched] = []
    for doc in unmatched:
        found, how, reason = _second_chance(doc, by_collapsed, titles, taken)
        if found is None and doc.text is None and names.get(doc.title):
            found, how, reason = _second_chance(doc, {}, names, taken)
        if found is None:
            refused.append(Unmatched(doc, reason, span_counts.get(doc.key, 0)))
        else:
            taken.add(found.id)
            matches.append(DocumentMatch(found, doc, how))
    return matches, refused


def _second_chance(
    doc: ForeignDocument,
    by_collapsed: dict[str, MyDocument],
    titles: dict[str, list[MyDocument]],
    taken: set[int],
) -> tuple[MyDocument | None, MatchedBy, Words]:
    """The document of mine `doc` is, how it was found, and why not when it was not."""
    if doc.text is not None:
        found = by_collapsed.get(text_sha256(without_spaces(doc.text)))
        if found is not None and found.id not in taken:
            return found, MatchedBy.WHITESPACE, Words("")
        return None, MatchedBy.SHA256, Words(QT_TR_NOOP("no document in your file has this text"))
    same_title = [d for d in titles.get(collapse_whitespace(doc.title), []) if d.id not in taken]
    if len(same_title) == 1:
        return same_title[0], MatchedBy.TITLE, Words("")
    if same_title:
        several = QT_TR_NOOP("{count} of your documents have this title")
        return None, MatchedBy.TITLE, Words(several, count=len(same_title))
    unknown = QT_TR_NOOP("no document in your file has this SHA-256, title, file name or id")
    return None, MatchedBy.TITLE, Words(unknown)


# ---------------------------------------------------------------- placing their spans


@dataclass(frozen=True, slots=True)
class TheirSpan:
    """A colleague's span placed on my copy of the document."""

    document_id: int
    start: int
    end: int
    label: str
    annotator: str
    note: str
    anchor: Anchor
    source: ForeignSpan
    cut: tuple[int, int] | None = None  # where it was placed before it took whole letters

    @property
    def moved(self) -> bool:
        """Placed elsewhere than its offsets said (found by its text)."""
        return self.anchor in (Anchor.SURFACE, Anchor.FOLDED, Anchor.SPELLING)


@dataclass(frozen=True, slots=True)
class Unplaced:
    span: ForeignSpan
    document_title: str
    reason: Words


def place_spans(
    spans: Iterable[ForeignSpan],
    doc_id: int,
    text: str,
    title: str = "",
    spacing: SpacingMap | None = None,
    anchorer: Anchorer | None = None,
) -> tuple[list[TheirSpan], list[Unplaced]]:
    """Place the spans of one document on my copy of its `text`. `spacing` moves their
    offsets onto mine first when the two copies differ only in whitespace; `anchorer`, one
    already made on `text`, keeps its folded copies from one run of spans to the next."""
    anchorer = anchorer or Anchorer(text)
    placed: list[TheirSpan] = []
    lost: list[Unplaced] = []
    for span in spans:
        where: Placed | NotPlaced | None = _by_spacing(span, text, spacing) if spacing else None
        if where is None:
            start, end = span.start, span.end
            if spacing and (moved := spacing.span(start, end)):
                start, end = moved
            where = anchorer.place(start, end, span.text, span.context_before, span.context_after)
        if isinstance(where, NotPlaced):
            lost.append(Unplaced(span, title, where.reason))
            continue
        start, end = whole_graphemes(text, where.start, where.end)  # a letter keeps its marks
        cut = None if (start, end) == (where.start, where.end) else (where.start, where.end)
        placed.append(TheirSpan(doc_id, start, end, span.label, span.annotator, span.note,
                                where.anchor, span, cut))  # fmt: skip
    return placed, lost


def _by_spacing(span: ForeignSpan, text: str, spacing: SpacingMap) -> Placed | None:
    """The span moved through `spacing`, when its letters there are its surface text's."""
    moved = spacing.span(span.start, span.end)
    if moved is None:
        return None
    start, end = moved
    if text[start:end] == span.text:
        return Placed(start, end, Anchor.OFFSETS)
    if without_spaces(text[start:end]) == without_spaces(span.text):
        return Placed(start, end, Anchor.SPACING)
    return None


@dataclass
class Alignment:
    """Their file laid over mine: per document of mine, their placed spans."""

    source: str
    matches: list[DocumentMatch] = field(default_factory=list)
    spans: dict[int, list[TheirSpan]] = field(default_factory=dict)
    unmatched: list[Unmatched] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)

    def moved(self) -> int:
        """How many spans were placed somewhere other than their stored offsets."""
        return sum(s.anchor is not Anchor.OFFSETS for spans in self.spans.values() for s in spans)


def place_match(
    match: DocumentMatch, spans: Iterable[ForeignSpan], text: str
) -> tuple[list[TheirSpan], list[Unplaced]]:
    """Place one matched document's spans on my `text`; a copy that differs only in
    spacing has its spans moved letter for letter."""
    spacing = None
    if match.matched_by is MatchedBy.WHITESPACE and match.theirs.text is not None:
        spacing = SpacingMap.of(match.theirs.text, text)
    return place_spans(spans, match.mine.id, text, match.mine.title, spacing)


def align(
    theirs: AnnotationSet, mine: Sequence[MyDocument], my_text: Callable[[int], str]
) -> Alignment:
    """Match documents and place every span of `theirs` on my documents."""
    per_doc = theirs.spans_by_document()
    counts = {key: len(spans) for key, spans in per_doc.items()}
    matches, unmatched = match_documents(mine, theirs.documents, my_text, counts)
    result = Alignment(theirs.source, matches, {}, unmatched, [])
    for match in matches:
        placed, lost = place_match(match, per_doc[match.theirs.key], my_text(match.mine.id))
        result.spans[match.mine.id] = placed
        result.unplaced.extend(lost)
    return result


# ---------------------------------------------------------------- comparing


M = TypeVar("M", bound=SpanLike)
T = TypeVar("T", bound=SpanLike)


class DiffKind(StrEnum):
    SAME = QT_TR_NOOP("same span")
    OTHER_LABEL = QT_TR_NOOP("other label")
    OTHER_BOUNDARY = QT_TR_NOOP("other boundary")
    ONLY_MINE = QT_TR_NOOP("only mine")
    ONLY_THEIRS = QT_TR_NOOP("only theirs")


@dataclass(frozen=True, slots=True)
class Difference(Generic[M, T]):
    kind: DiffKind
    mine: M | None
    theirs: T | None

    @property
    def position(self) -> tuple[int, int]:
        spans = [s for s in (self.mine, self.theirs) if s is not None]
        return min(s.start for s in spans), -max(s.end for s in spans)


def _pair(
    mine: list[M], theirs: list[T], key: Callable[[SpanLike], object]
) -> tuple[list[tuple[M, T]], list[M], list[T]]:
    """Pair spans with equal keys one to one, in text order."""
    pool: dict[object, list[T]] = defaultdict(list)
    for t in theirs:
        pool[key(t)].append(t)
    pairs: list[tuple[M, T]] = []
    rest: list[M] = []
    for m in mine:
        candidates = pool.get(key(m))
        if candidates:
            pairs.append((m, candidates.pop(0)))
        else:
            rest.append(m)
    used = {id(t) for _, t in pairs}
    return pairs, rest, [t for t in theirs if id(t) not in used]


def _overlap(a: SpanLike, b: SpanLike) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def _pair_by_overlap(mine: list[M], theirs: list[T]) -> tuple[list[tuple[M, T]], list[M], list[T]]:
    """Same label, overlapping, different boundaries: the largest overlaps are paired first."""
    options = sorted(
        (
            (-_overlap(m, t), m.start, t.start, i, j)
            for i, m in enumerate(mine)
            for j, t in enumerate(theirs)
            if m.label == t.label and _overlap(m, t) > 0
        ),
    )
    used_m: set[int] = set()
    used_t: set[int] = set()
    pairs: list[tuple[M, T]] = []
    for *_, i, j in options:
        if i not in used_m and j not in used_t:
            used_m.add(i)
            used_t.add(j)
            pairs.append((mine[i], theirs[j]))
    rest_m = [m for i, m in enumerate(mine) if i not in used_m]
    return pairs, rest_m, [t for j, t in enumerate(theirs) if j not in used_t]


def compare(mine: Sequence[M], theirs: Sequence[T]) -> list[Difference[M, T]]:
    """Class every span of one document, mine and theirs, in text order.

    Pairs are made one to one, in this order: same start, end and label (same span); same
    start and end (other label); same label and overlapping, largest overlap first (other
    boundary). Whatever is left is only mine or only theirs."""
    by_pos = sorted(mine, key=text_order)
    their_pos = sorted(theirs, key=text_order)
    same, rest_m, rest_t = _pair(by_pos, their_pos, lambda s: (s.start, s.end, s.label))
    relabel, rest_m, rest_t = _pair(rest_m, rest_t, lambda s: (s.start, s.end))
    bounds, rest_m, rest_t = _by_overlap_in_windows(rest_m, rest_t)
    diffs: list[Difference[M, T]] = []
    diffs += [Difference(DiffKind.SAME, m, t) for m, t in same]
    diffs += [Difference(DiffKind.OTHER_LABEL, m, t) for m, t in relabel]
    diffs += [Difference(DiffKind.OTHER_BOUNDARY, m, t) for m, t in bounds]
    diffs += [Difference(DiffKind.ONLY_MINE, m, None) for m in rest_m]
    diffs += [Difference(DiffKind.ONLY_THEIRS, None, t) for t in rest_t]
    diffs.sort(key=lambda d: d.position)
    return diffs


def _by_overlap_in_windows(
    mine: list[M], theirs: list[T]
) -> tuple[list[tuple[M, T]], list[M], list[T]]:
    """`_pair_by_overlap` within each cluster of mutually overlapping spans, so a long
    document costs the sum of its clusters' squares, not the square of its span count."""
    events = sorted(
        [(s.start, s.end, 0, i) for i, s in enumerate(mine)]
        + [(s.start, s.end, 1, j) for j, s in enumerate(theirs)]
    )
    pairs: list[tuple[M, T]] = []
    rest_m: list[M] = []
    rest_t: list[T] = []
    cluster_m: list[M] = []
    cluster_t: list[T] = []
    reach = -1

    def flush() -> None:
        p, rm, rt = _pair_by_overlap(cluster_m, cluster_t)
        pairs.extend(p)
        rest_m.extend(rm)
        rest_t.extend(rt)
        cluster_m.clear()
        cluster_t.clear()

    for start, end, side, index in events:
        if start >= reach:
            flush()
        reach = max(reach, end)
        if side == 0:
            cluster_m.append(mine[index])
        else:
            cluster_t.append(theirs[index])
    flush()
    return pairs, rest_m, rest_t
