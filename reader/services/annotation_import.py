"""Importing another file's annotations into an annotation file, in one transaction:
its documents matched or added, its spans placed (each one moved, widened or refused
listed), its links, entities and statuses taken, and a report of all of it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import repeat
from pathlib import Path

import numpy as np
import numpy.typing as npt
from sqlalchemy.orm import Session

from reader.core.anchoring import Anchorer
from reader.core.annotations import utc_now
from reader.core.articles import ArticleDraft
from reader.core.entities import EntityDef
from reader.core.errors import KnownError, SpanError
from reader.core.folding import SpacingMap
from reader.core.foreign import ForeignDocument, ForeignLink, ForeignSpan
from reader.core.known_spans import NOT_KEYED, Ints, KnownSpans
from reader.core.review import (
    DocumentMatch,
    MatchedBy,
    MyDocument,
    TheirSpan,
    Unmatched,
    match_documents,
    place_spans,
)
from reader.core.segments import risky_offsets, whole_graphemes
from reader.core.span_batches import SpanBatch
from reader.core.text import context_around
from reader.core.words import QT_TR_NOOP, Words, plural
from reader.formats.spans import on_text
from reader.services.exchange import (
    Incoming,
    UnknownLabelsError,
    check_mapping,
    full_mapping,
    unknown_labels,
)
from reader.services.import_report import (
    EXTENDED,
    MOVED,
    AnnotationImportReport,
    NotAsGivenError,
)
from reader.storage import attribution, entities, progress, repository, span_keys
from reader.storage.db import AnnotationFile
from reader.storage.importer import document_row


def _as_draft(doc: ForeignDocument, source: str) -> ArticleDraft:
    return ArticleDraft(
        text=doc.text or "", origin=doc.origin or source, title=doc.title, source=doc.source,
        date=doc.date, url=doc.url, header_lines=doc.header_lines,
    )  # fmt: skip


PENDING = 0  # the id of a span about to be inserted (ids start at 1)


class _Placing:
    """One of my documents while an import places spans on it: its text, the spans in it
    when the import began to read it (`KnownSpans`) and those the import added."""

    def __init__(self, match: DocumentMatch, text: str, known: KnownSpans) -> None:
        self.match, self.text, self.size = match, text, len(text) + 1
        # Spans whose file carries this very text can be checked at their offsets.
        self.exact = match.matched_by is MatchedBy.SHA256 and match.theirs.text is not None
        self.risky = _risky(text) if self.exact else None  # where a cut may split a letter
        self.anchorer = Anchorer(text)  # its folded copies made once, for every run
        theirs = match.theirs.text
        spaced = match.matched_by is MatchedBy.WHITESPACE and theirs is not None
        self.spacing = SpacingMap.of(theirs, text) if spaced and theirs is not None else None
        self.known = known
        self.added: dict[int, int] = {}  # key: id, PENDING until it is inserted

    def key(self, who: int, label: int, start: int, end: int) -> int:
        return ((who << 20 | label) * self.size + start) * self.size + end

    def has(self, key: int) -> bool:
        """Whether the span of this key is in the document, added or known."""
        return key in self.added or self.known.has(*divmod(key, self.size * self.size))


def _risky(text: str) -> npt.NDArray[np.bool_]:
    """True at each offset of `text` (its end included) where a cut may split a letter."""
    risky = np.zeros(len(text) + 2, dtype=bool)
    risky[list(risky_offsets(text))] = True
    return risky


class _Import:
    """One import, inside one session (one transaction), a run of spans at a time."""

    def __init__(
        self, session: Session, report: AnnotationImportReport, mapping: Mapping[str, str],
        annotator: str | None,
    ) -> None:  # fmt: skip
        self.session, self.report = session, report
        self.mapping, self.annotator = mapping, annotator
        self.texts: dict[int, str] = {}
        self.unit = "code"  # what the offsets of the file count
        self.labels = span_keys.label_ids(session)
        self.people = span_keys.annotator_ids(session)
        self.before = span_keys.last_annotation_id(session)
        self.matches: dict[int, DocumentMatch] = {}  # by their document's key
        self.docs: dict[int, _Placing] = {}  # by their document's key, while needed
        self.opened: set[int] = set()  # my documents opened so far (several of theirs may
        # be one of mine)
        self.stored: dict[ForeignSpan, int] = {}  # the id of each span a link or entity names
        self.who: set[str] = set()
        self.now = utc_now()  # when the spans that carry no time of their own were added
        self.rows: list[span_keys.AnnotationRow] = []  # to insert at the next flush
        self.wanted_rows: list[tuple[_Placing, int, ForeignSpan]] = []  # their ids wanted
        self.copies: list[tuple[_Placing, int, ForeignSpan]] = []  # of a span this run adds

    def text(self, doc_id: int) -> str:
        if doc_id not in self.texts:
            doc = repository.get_document(self.session, doc_id)
            self.texts[doc_id] = doc.text if doc else ""
        return self.texts[doc_id]

    def documents(
        self, theirs: tuple[ForeignDocument, ...], counts: dict[int, int]
    ) -> list[DocumentMatch]:
        origins = repository.document_origins(self.session)
        mine = [
            MyDocument(d.id, d.sha256, d.title, _names(d.id, origins.get(d.id, "")))
            for d in repository.list_documents(self.session)
        ]
        matches, unmatched = match_documents(mine, theirs, self.text, counts)
        self.report.documents_matched = len(matches)
        unmatched = self._not_empty(unmatched)
        new = {u.document.sha256: u.document for u in unmatched if u.document.text is not None}
        now = utc_now()
        rows = [
            document_row(_as_draft(d, self.report.source), sha, d.added_at or now)
            for sha, d in new.items()
        ]
        repository.add_documents(self.session, rows)
        ids = repository.document_ids_by_sha(self.session, list(new))
        for u in unmatched:
            if u.document.text is None:
                not_matched = QT_TR_NOOP("«{title}» ({count} spans): {reason}")
                one = "«{title}» ({count} span): {reason}"
                said = plural(one, not_matched, u.span_count, title=u.document.title,
                              reason=u.reason)  # fmt: skip
                self.report.problems.append(said)
                continue
            doc_id, title = ids[u.document.sha256]
            matches.append(
                DocumentMatch(
                    MyDocument(doc_id, u.document.sha256, title), u.document, MatchedBy.SHA256
                )
            )
        self.report.documents_added = len(rows)
        return matches

    def _not_empty(self, unmatched: list[Unmatched]) -> list[Unmatched]:
        """An empty document is never added: said, with its spans, as not placed."""
        empty = QT_TR_NOOP("document {number} of the file is empty; not added")
        for u in unmatched:
            if u.document.text is not None and not u.document.text.strip():
                self.report.problems.append(Words(empty, number=u.document.key + 1))
        return [u for u in unmatched if u.document.text is None or u.document.text.strip()]

    def take(self, batch: SpanBatch) -> None:
        """Count the spans of a run already in the file, add the new ones that sit at
        their offsets, and place the rest as review does."""
        self._open(batch)
        labels = list(map(self.mapping.get, batch.labels, batch.labels))
        whos = [self.annotator] * len(labels) if self.annotator else batch.annotators
        if all(labels):
            self.who.update(set(whos))
        else:  # a label mapped to nothing
            self.report.left_out.update(x for x, mine in zip(batch.labels, labels, strict=True)
                                        if not mine)  # fmt: skip
            self.who.update(who for who, mine in zip(whos, labels, strict=True) if mine)
        doc = self.docs.get(batch.document)
        if doc is None:  # not matched: said with its span count
            return
        parts, spans, widened = self._keys(doc, batch, labels, whos)
        known, first, again = doc.known.meet(parts, spans)
        parts[widened[~known[widened]]] = NOT_KEYED  # new: placed in full, to be said
        self.report.spans_present += first
        self.report.spans_merged += again
        wanted = set(batch.wanted)
        part_of, span_of, square = parts.tolist(), spans.tolist(), doc.size * doc.size
        for i in np.flatnonzero((parts != NOT_KEYED) & ~known).tolist():
            key = part_of[i] * square + span_of[i]
            if key not in doc.added:
                self._add(doc, key, batch.span(i), labels[i], whos[i], i in wanted)
            elif i in wanted:  # a copy of one this import adds: its id once inserted
                self.copies.append((doc, key, batch.span(i)))
            else:
                self._count(doc, key)
        named = [i for i in wanted if known[i]]  # by a link or an entity: their ids
        ids = self._ids(doc, [part_of[i] * square + span_of[i] for i in named])
        self.stored.update(zip([batch.span(i) for i in named], ids, strict=True))
        rest = [i for i in np.flatnonzero(parts == NOT_KEYED).tolist() if labels[i]]
        if rest:
            self._place(doc, batch, rest)
        self._flush(doc)

    def _keys(
        self, doc: _Placing, batch: SpanBatch, labels: list[str], whos: Sequence[str]
    ) -> tuple[Ints, Ints, Ints]:
        """The part and packed offsets of each span that sits where its row says (its
        text there), NOT_KEYED for any other (to be placed in full, or left out); and the
        rows whose span splits a letter from its marks, keyed as widened to whole letters
        (as a first import of them stored them)."""
        unkeyed = np.full(len(labels), NOT_KEYED, dtype=np.int64)
        if doc.risky is None:  # not this very text: every span placed in full
            return unkeyed, unkeyed, unkeyed[:0]
        try:
            starts = np.array(batch.starts, dtype=np.int64)
            ends = np.array(batch.ends, dtype=np.int64)
        except OverflowError:  # an offset past any text: placed in full, which refuses it
            return unkeyed, unkeyed, unkeyed[:0]
        text, size = doc.text, doc.size
        parts = np.array(self._parts(labels, whos), dtype=np.int64)
        same = [text[s:e] == t for s, e, t in zip(batch.starts, batch.ends, batch.texts,
                                                  strict=True)]  # fmt: skip
        sits = (parts != NOT_KEYED) & (starts >= 0) & (starts < ends) & (ends < size)
        sits &= np.array(same, dtype=bool)
        parts[~sits] = NOT_KEYED
        risky = np.clip(starts, 0, size), np.clip(ends, 0, size)
        widened = []
        for i in np.flatnonzero(sits & (doc.risky[risky[0]] | doc.risky[risky[1]])).tolist():
            whole = whole_graphemes(text, batch.starts[i], batch.ends[i])
            if whole != (batch.starts[i], batch.ends[i]):
                starts[i], ends[i] = whole
                widened.append(i)
        return parts, starts * size + ends, np.array(widened, dtype=np.int64)

    def _parts(self, labels: list[str], whos: Sequence[str]) -> list[int]:
        """The part (annotator id << 20 | label id) of each row; NOT_KEYED for a row whose
        label is mapped to nothing. Only someone with a span kept is added to the file."""
        people = set(whos)
        if len(people) == 1:  # the usual run: one annotator, so a label says it all
            [who] = people
            kept = [x for x in set(labels) if x]
            by_label = {x: self._person(who) << 20 | self.labels[x] for x in kept}
            return list(map(by_label.get, labels, repeat(NOT_KEYED)))
        pairs = {(w, x) for w, x in zip(whos, labels, strict=True) if x}
        part_of = {(w, x): self._person(w) << 20 | self.labels[x] for w, x in pairs}
        return [part_of.get((w, x), NOT_KEYED) for w, x in zip(whos, labels, strict=True)]

    def _count(self, doc: _Placing, key: int) -> None:
        """Count a span found in the file as already present (the first time this import
        meets it) or as a copy within the file."""
        first = key not in doc.added and doc.known.meet_one(*divmod(key, doc.size * doc.size))
        if first:
            self.report.spans_present += 1
        else:
            self.report.spans_merged += 1

    def _ids(self, doc: _Placing, keys: list[int]) -> list[int]:
        """The id of the span of each key, in the document already or added by now."""
        square, doc_id = doc.size * doc.size, doc.match.mine.id
        asked: dict[int, list[int]] = {}  # by part: packed offsets
        for part, span in (divmod(k, square) for k in keys if k not in doc.added):
            asked.setdefault(part, []).append(span)
        found = {part * square + span: id_ for part, spans in asked.items()
                 for span, id_ in span_keys.ids_at(self.session, doc_id, doc.size, part,
                                                   spans).items()}  # fmt: skip
        return [doc.added[k] if k in doc.added else found[k] for k in keys]

    def _open(self, batch: SpanBatch) -> None:
        """Load the spans already in the document of a run (a few documents at a time)."""
        key = batch.document
        if key in self.docs or key not in self.matches:
            return
        if len(self.docs) > 64:
            self.docs.clear()
        match = self.matches[key]
        text = self.text(match.mine.id)
        size, doc_id = len(text) + 1, match.mine.id
        known = KnownSpans(span_keys.spans_on(self.session, doc_id, size, self.before))
        doc = self.docs[key] = _Placing(match, text, known)
        if doc_id in self.opened:  # opened before: it may hold spans this import added
            square = size * size
            doc.added = {part * square + span: id_
                         for part, span, id_ in span_keys.added_on(self.session, doc_id, size,
                                                                   self.before)}  # fmt: skip
        self.opened.add(doc_id)

    def _place(self, doc: _Placing, batch: SpanBatch, rows: list[int]) -> None:
        """Place the spans of these rows as review does, and store them."""
        spans = [batch.span(i) for i in rows]
        wanted_rows = set(batch.wanted)
        wanted = {span for i, span in zip(rows, spans, strict=True) if i in wanted_rows}
        if doc.match.theirs.text is None:  # a table: offsets and texts taken on my text
            spans = [on_text(s, doc.text, self.unit) for s in spans]
        placed, lost = place_spans(spans, doc.match.mine.id, doc.text, doc.match.mine.title,
                                   doc.spacing, doc.anchorer)  # fmt: skip
        unplaced = QT_TR_NOOP("«{title}»: {label} «{text}» [{start}, {end}): {reason}")
        self.report.problems += [
            Words(unplaced, title=u.document_title, label=u.span.label, text=u.span.text,
                  start=str(u.span.start), end=str(u.span.end), reason=u.reason)
            for u in lost
        ]  # fmt: skip
        self._store(doc, placed, wanted)

    def _store(self, doc: _Placing, placed: list[TheirSpan], wanted: set[ForeignSpan]) -> None:
        """Add the placed spans not in the file yet; note the id of each one wanted."""
        for p in placed:
            src = p.source
            label, who = self.mapping.get(p.label, p.label), self.annotator or p.annotator
            key = doc.key(self._person(who), self.labels[label], p.start, p.end)
            if not doc.has(key):
                self._add(doc, key, replace(src, start=p.start, end=p.end), label, who,
                          src in wanted, src)  # fmt: skip
                self._said_if_changed(p, doc.match.mine.title)
            elif src in wanted:
                self.copies.append((doc, key, src))
            else:
                self._count(doc, key)

    def _add(
        self, doc: _Placing, key: int, span: ForeignSpan, label: str, who: str, wanted: bool,
        source: ForeignSpan | None = None,
    ) -> None:  # fmt: skip
        """A span to insert at the next flush: as a row, its text and context taken from
        my copy."""
        doc.added[key] = PENDING
        now, text, start, end = self.now, doc.text, span.start, span.end
        before, after = context_around(text, start, end)
        self.rows.append(span_keys.AnnotationRow(
            doc.match.mine.id, self.labels[label], self._person(who), start, end, text[start:end],
            before, after, span.note, span.created or now, span.updated or span.created or now,
            span.origin_annotator, span.origin_file, span.origin_at,
        ))  # fmt: skip
        if wanted:
            self.wanted_rows.append((doc, key, source or span))

    def _flush(self, doc: _Placing) -> None:
        """Insert the rows gathered (a run's, all on `doc`); note each one's id, and the
        ids the links want."""
        for _doc_id, who, label, start, end, id_ in span_keys.add_rows(self.session, self.rows):
            doc.added[doc.key(who, label, start, end)] = id_
        self.report.spans_added += len(self.rows)
        self.rows.clear()
        for placing, key, src in self.wanted_rows:
            self.stored[src] = placing.added[key]
        for placing, key, src in self.copies:  # a copy of a span a link or entity names
            self._count(placing, key)
            self.stored[src] = self._ids(placing, [key])[0]
        self.wanted_rows.clear()
        self.copies.clear()

    def _person(self, name: str) -> int:
        if name not in self.people:
            self.people[name] = repository.annotator_id(self.session, name)
        return self.people[name]

    def _said_if_changed(self, p: TheirSpan, title: str) -> None:
        """A span stored elsewhere than its offsets, or wider, is listed: from, to, why."""
        src = p.source
        fields = {
            "where": src.where or Words(QT_TR_NOOP("«{title}»"), title=title),
            "label": src.label, "text": src.text, "start": str(src.start), "end": str(src.end),
            "new_start": str(p.start), "new_end": str(p.end),
        }  # fmt: skip
        if p.moved:
            self.report.spans_moved += 1
            self.report.moved.append(Words(MOVED, anchor=Words(p.anchor.value), **fields))
        elif p.cut:
            self.report.extended.append(Words(EXTENDED, **fields))

    def store_links(self, links: list[ForeignLink], stored: dict[ForeignSpan, int]) -> None:
        """Add the links whose spans are in the file; say why of each one left out."""
        kinds = {t.name for t in attribution.list_link_types(self.session)}
        for link in links:
            claim = stored.get(link.claim)
            target = stored.get(link.target) if link.target is not None else None
            why = self._unlinkable(link, kinds, claim, target)
            if why is None and attribution.has_link(self.session, link.type, claim or 0, target):
                self.report.links_present += 1
                continue
            if why is None:
                assert claim is not None
                try:  # its checks come before its one write: a refusal writes nothing
                    attribution.add_link(self.session, link.type, claim, target,
                                        link.annotator or link.claim.annotator,
                                        (link.created, link.updated))  # fmt: skip
                    self.report.links_added += 1
                except SpanError as err:
                    why = err.words or Words(str(err))
            if why is not None:
                self.report.links_left_out.append(
                    Words(QT_TR_NOOP("{type} link of «{claim}»: {why}"), type=link.type,
                          claim=link.claim.text, why=why)
                )  # fmt: skip

    def store_entities(
        self, registry: tuple[EntityDef, ...], stored: dict[ForeignSpan, int]
    ) -> None:
        """Point the stored spans that name an entity of their file at the same entity
        here: one of this file with that label and name, or a new one. A span already
        linked here keeps its entity."""
        theirs = {e.id: e for e in registry}
        mine = {(e.label, e.name): e for e in entities.list_entities(self.session)}
        unlinked = set(entities.unlinked(self.session, list(stored.values())))
        pointed: dict[int, int | None] = {}
        for span, span_id in stored.items():
            entity = theirs.get(span.entity) if span.entity is not None else None
            if entity is None or entity.label != span.label or span_id not in unlinked:
                continue
            here = mine.get((entity.label, entity.name))
            if here is None:
                here = mine[(entity.label, entity.name)] = entities.add_entity(
                    self.session, replace(entity, id=0)
                )
                self.report.entities_added += 1
            pointed[span_id] = here.id
        entities.set_mentions(self.session, pointed)
        self.report.mentions_linked += len(pointed)

    @staticmethod
    def _unlinkable(
        link: ForeignLink, kinds: set[str], claim: int | None, target: int | None
    ) -> Words | None:
        if link.type not in kinds:
            return Words(QT_TR_NOOP("your scheme has no {type} links"), type=link.type)
        if claim is None or (link.target is not None and target is None):
            return Words(QT_TR_NOOP("one of its spans was not imported"))
        return None


def import_annotations(
    file: AnnotationFile,
    incoming: Incoming,
    mapping: Mapping[str, str] | None = None,
    annotator: str | None = None,
    strict: bool = False,
) -> AnnotationImportReport:
    """Add a file's documents and spans to `file`, in one transaction. Raises
    UnknownLabelsError, before writing anything, when a label is neither in the scheme nor
    mapped; `strict`: raises NotAsGivenError, writing nothing, when a span would not be
    stored exactly as the file gives it."""
    aset = incoming.annotations
    mapping = _checked_mapping(file, incoming, mapping or {}, annotator)
    report = AnnotationImportReport(
        str(incoming.path), incoming.format, warnings=list(aset.warnings)
    )
    with file.session() as session:
        for person in aset.people if annotator is None else ():
            repository.annotator_id(session, person.name, person.created)
        work = _Import(session, report, mapping, annotator)
        work.unit = aset.offset_unit
        matches = work.documents(aset.documents, aset.document_counts())
        work.matches = {m.theirs.key: m for m in matches}
        for batch in aset.batches():
            work.take(batch)
        report.annotators = sorted(work.who)
        end = aset.end()
        report.warnings += end.warnings
        work.store_links(_links(end.links, mapping, annotator, report), work.stored)
        work.store_entities(end.entities, work.stored)
        marks = [replace(m, annotator=annotator or m.annotator) for m in aset.statuses]
        here = {m.theirs.key: m.mine.id for m in matches}
        report.statuses_taken = progress.add_marks(session, marks, here)
        if strict and report.not_as_given:  # raised in the transaction: nothing is kept
            raise NotAsGivenError(incoming.path, report.not_as_given)
    return report


def _links(
    links: tuple[ForeignLink, ...], mapping: Mapping[str, str], annotator: str | None,
    report: AnnotationImportReport,
) -> list[ForeignLink]:  # fmt: skip
    """The links to store, recorded as `annotator` when one is chosen; those with a span
    the mapping left out are said to be left out."""
    mapped_out = QT_TR_NOOP("{type} link of «{claim}»: a span of it was left out by the mapping")
    kept = []
    for k in links:
        ends = (k.claim, k.target) if k.target is not None else (k.claim,)
        if any(not mapping.get(end.label, end.label) for end in ends):
            report.links_left_out.append(Words(mapped_out, type=k.type, claim=k.claim.text))
        else:
            kept.append(replace(k, annotator=annotator or k.annotator))
    return kept


def _checked_mapping(
    file: AnnotationFile, incoming: Incoming, mapping: Mapping[str, str], annotator: str | None
) -> dict[str, str]:
    """The whole label mapping, once it leaves no label of the file unknown and a name for
    the annotator would not merge several; refused before anything is written."""
    aset = incoming.annotations
    with file.session() as session:
        scheme = [label.name for label in repository.list_labels(session)]
    check_mapping(mapping, scheme)
    full = full_mapping(aset, scheme, mapping)
    unknown = unknown_labels(aset, scheme, full)
    if unknown:
        raise UnknownLabelsError(str(incoming.path), unknown, scheme)
    if annotator and len(aset.annotators) > 1:
        raise KnownError(
            Words(
                QT_TR_NOOP(
                    "{path}: holds spans by {annotators_count} annotators ({listed}); one name "
                    "for all would merge them"
                ),
                path=incoming.path,
                annotators_count=len(aset.annotators),
                listed=", ".join(aset.annotators),
            )
        )
    return full


def _names(doc_id: int, origin: str) -> tuple[str, ...]:
    """What else a span table may call a document: the name of the file it was imported
    from, without its extension (article-a for article-a.txt), and its id."""
    stem = Path(origin).stem if origin.lower().endswith(".txt") else ""
    return (stem, str(doc_id)) if stem else (str(doc_id),)
