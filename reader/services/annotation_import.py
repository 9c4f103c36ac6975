"""Importing another file's annotations into an annotation file, in one transaction:
its documents matched or added, its spans placed (each one moved, widened or refused
listed), its links, entities and statuses taken, and a report of all of it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy.orm import Session

from reader.core.annotations import AnnotationRecord, utc_now
from reader.core.articles import ArticleDraft
from reader.core.entities import EntityDef
from reader.core.errors import KnownError, SpanError
from reader.core.review import (
    AnnotationSet,
    DocumentMatch,
    ForeignDocument,
    ForeignLink,
    ForeignSpan,
    MatchedBy,
    MyDocument,
    TheirSpan,
    Unmatched,
    links_between,
    match_documents,
    place_match,
)
from reader.core.text import context_around
from reader.core.words import QT_TR_NOOP, Words, first_of, joined, plural
from reader.formats.spans import on_text
from reader.services.exchange import (
    Incoming,
    UnknownLabelsError,
    check_mapping,
    full_mapping,
    unknown_labels,
)
from reader.storage import entities, progress, repository
from reader.storage.db import AnnotationFile
from reader.storage.importer import document_row


@dataclass
class AnnotationImportReport:
    source: str
    format: str
    annotators: list[str] = field(default_factory=list)
    documents_added: int = 0
    documents_matched: int = 0
    spans_added: int = 0
    spans_present: int = 0  # already in the file
    spans_merged: int = 0  # the same span twice in the imported file (or mapped together)
    spans_moved: int = 0  # placed elsewhere than their offsets said
    moved: list[Words] = field(default_factory=list)  # each of them: where from, where to
    extended: list[Words] = field(default_factory=list)  # widened to whole letters
    left_out: Counter[str] = field(default_factory=Counter)  # by label, mapped to nothing
    problems: list[Words] = field(default_factory=list)  # not matched, not placed
    warnings: list[Words] = field(default_factory=list)  # what the reader did not take
    links_added: int = 0
    links_left_out: list[Words] = field(default_factory=list)  # each with why
    entities_added: int = 0  # made in the file for the spans that name them
    mentions_linked: int = 0
    statuses_taken: int = 0  # workflow statuses newer than the file's own

    @property
    def not_as_given(self) -> list[Words]:
        """Every span not taken exactly as the file gave it: not placed, moved, widened."""
        return [*self.problems, *self.moved, *self.extended]

    def left_out_said(self) -> list[Words]:
        """Each label mapped to nothing, with how many spans it had."""
        other = QT_TR_NOOP("left out: {count} spans labelled {label} (mapped to nothing)")
        one = "left out: {count} span labelled {label} (mapped to nothing)"
        return [plural(one, other, n, label=label) for label, n in self.left_out.items()]

    def summary(self) -> Words:
        parts = [
            plural("{count} annotation added", QT_TR_NOOP("{count} annotations added"),
                   self.spans_added),
            plural("{count} already present", QT_TR_NOOP("{count} already present"),
                   self.spans_present),
            plural("{count} new document", QT_TR_NOOP("{count} new documents"),
                   self.documents_added),
            plural("{count} document matched", QT_TR_NOOP("{count} documents matched"),
                   self.documents_matched),
        ]  # fmt: skip
        parts += [plural(one, other, n) for one, other, n in self._also() if n]
        if not self.annotators:  # nothing of anyone's was in it
            return Words(QT_TR_NOOP("{source} ({format}): {parts}"), source=self.source,
                         format=self.format, parts=joined(parts))  # fmt: skip
        return Words(
            QT_TR_NOOP("{source} ({format}, as {who}): {parts}"),
            source=self.source,
            format=self.format,
            who=", ".join(self.annotators),
            parts=joined(parts),
        )

    def _also(self) -> list[tuple[str, str, int]]:
        """The clauses said only when their count is not 0: (one, other, count)."""
        return [
            ("{count} duplicate span within the file merged",
             QT_TR_NOOP("{count} duplicate spans within the file merged"), self.spans_merged),
            ("{count} re-anchored", QT_TR_NOOP("{count} re-anchored"), self.spans_moved),
            ("{count} extended to whole letters", QT_TR_NOOP("{count} extended to whole letters"),
             len(self.extended)),
            ("{count} left out by label mapping", QT_TR_NOOP("{count} left out by label mapping"),
             sum(self.left_out.values())),
            ("{count} could not be placed", QT_TR_NOOP("{count} could not be placed"),
             len(self.problems)),
            ("{count} link added", QT_TR_NOOP("{count} links added"), self.links_added),
            ("{count} link left out", QT_TR_NOOP("{count} links left out"),
             len(self.links_left_out)),
            ("{count} span linked to an entity", QT_TR_NOOP("{count} spans linked to entities"),
             self.mentions_linked),
            ("{count} new entity", QT_TR_NOOP("{count} new entities"), self.entities_added),
            ("{count} article status taken", QT_TR_NOOP("{count} article statuses taken"),
             self.statuses_taken),
        ]  # fmt: skip


def _relabelled(
    aset: AnnotationSet,
    mapping: Mapping[str, str],
    annotator: str | None,
    report: AnnotationImportReport,
) -> dict[ForeignSpan, ForeignSpan]:
    """Each span the mapping keeps, and what it becomes (its label mapped, its annotator
    the name chosen)."""
    spans = {}
    for span in aset.spans:
        label = mapping.get(span.label, span.label)
        if not label:
            report.left_out[span.label] += 1
            continue
        if span in spans:  # listed twice, alike in every field
            report.spans_merged += 1
            continue
        who = annotator or span.annotator
        unchanged = label == span.label and who == span.annotator  # the usual case: no copy
        spans[span] = span if unchanged else replace(span, label=label, annotator=who)
    return spans


def _as_draft(doc: ForeignDocument, source: str) -> ArticleDraft:
    return ArticleDraft(
        text=doc.text or "", origin=doc.origin or source, title=doc.title, source=doc.source,
        date=doc.date, url=doc.url, header_lines=doc.header_lines,
    )  # fmt: skip


MOVED = QT_TR_NOOP(
    "{where}: {label} «{text}» [{start}, {end}) is not at its offsets; stored at "
    "[{new_start}, {new_end}), found by its {anchor}"
)
EXTENDED = QT_TR_NOOP(
    "{where}: {label} «{text}» [{start}, {end}) split a letter from its marks; stored as "
    "[{new_start}, {new_end})"
)


class _Import:
    """One import, inside one session (one transaction)."""

    def __init__(self, session: Session, report: AnnotationImportReport) -> None:
        self.session = session
        self.report = report
        self.texts: dict[int, str] = {}
        self.titles: dict[int, str] = {}  # of my documents that spans are placed on
        self.unit = "code"  # what the offsets of the file count

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

    def place(
        self, matches: list[DocumentMatch], per_doc: dict[int, list[ForeignSpan]]
    ) -> list[TheirSpan]:
        placed_all: list[TheirSpan] = []
        for match in matches:
            self.titles[match.mine.id] = match.mine.title
            text, spans = self.text(match.mine.id), per_doc[match.theirs.key]
            if match.theirs.text is None:  # a table: offsets and texts taken on my text
                spans = [on_text(s, text, self.unit) for s in spans]
            placed, lost = place_match(match, spans, text)
            placed_all += placed
            unplaced = QT_TR_NOOP("«{title}»: {label} «{text}» [{start}, {end}): {reason}")
            self.report.problems += [
                Words(unplaced, title=u.document_title, label=u.span.label, text=u.span.text,
                      start=str(u.span.start), end=str(u.span.end), reason=u.reason)
                for u in lost
            ]  # fmt: skip
        return placed_all

    def store(self, placed: list[TheirSpan]) -> dict[ForeignSpan, int]:
        """Add the placed spans not in the file yet; the id each placed span has in the
        file now (new or already there), for the links between them."""
        present = repository.span_ids(self.session, sorted({p.document_id for p in placed}))
        now = utc_now()
        records: list[AnnotationRecord] = []
        new_keys: list[tuple[repository.SpanKey, ForeignSpan]] = []
        stored: dict[ForeignSpan, int] = {}
        seen: set[repository.SpanKey] = set()  # this import's own spans, to tell copies within it
        for p in placed:
            key = (p.document_id, p.annotator, p.label, p.start, p.end)
            if key in seen:  # a second copy within the file (or two labels mapped to one)
                self.report.spans_merged += 1
                continue
            seen.add(key)
            if key in present:
                stored[p.source] = present[key]
                self.report.spans_present += 1
                continue
            new_keys.append((key, p.source))
            text = self.text(p.document_id)
            before, after = context_around(text, p.start, p.end)
            src = p.source
            records.append(AnnotationRecord(
                0, p.document_id, p.label, p.start, p.end, text[p.start:p.end], before, after,
                p.note, p.annotator, src.created or now, src.updated or src.created or now,
                src.origin_annotator, src.origin_file, src.origin_at,
            ))  # fmt: skip
            self._said_if_changed(p)
            if len(records) == repository.INSERT_CHUNK:  # a chunk at a time: memory stays flat
                self._insert(records, new_keys, present, stored)
        self._insert(records, new_keys, present, stored)
        for p in placed:  # a merged copy takes the id of the first
            stored.setdefault(p.source, present[(p.document_id, p.annotator, p.label,
                                                 p.start, p.end)])  # fmt: skip
        return stored

    def _insert(
        self, records: list[AnnotationRecord], keys: list[tuple[repository.SpanKey, ForeignSpan]],
        present: dict[repository.SpanKey, int], stored: dict[ForeignSpan, int],
    ) -> None:  # fmt: skip
        """Insert the records gathered so far, note their ids, and start the next chunk."""
        ids = repository.insert_annotations(self.session, records)
        for (key, source), new_id in zip(keys, ids, strict=True):
            present[key] = stored[source] = new_id
        self.report.spans_added += len(records)
        records.clear()
        keys.clear()

    def _said_if_changed(self, p: TheirSpan) -> None:
        """A span stored elsewhere than its offsets, or wider, is listed: from, to, why."""
        src = p.source
        title = self.titles.get(p.document_id, "")
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
        kinds = {t.name for t in repository.list_link_types(self.session)}
        for link in links:
            claim = stored.get(link.claim)
            target = stored.get(link.target) if link.target is not None else None
            why = self._unlinkable(link, kinds, claim, target)
            if why is None:
                assert claim is not None
                try:  # its checks come before its one write: a refusal writes nothing
                    repository.add_link(self.session, link.type, claim, target,
                                        link.annotator or link.claim.annotator)  # fmt: skip
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
    kept = _relabelled(aset, mapping, annotator, report)
    links = [
        replace(k, annotator=annotator or k.annotator) for k in links_between(aset.links, kept)
    ]
    mapped_out = QT_TR_NOOP("{type} link of «{claim}»: a span of it was left out by the mapping")
    report.links_left_out += [
        Words(mapped_out, type=k.type, claim=k.claim.text)
        for k in aset.links
        if k.claim not in kept or (k.target is not None and k.target not in kept)
    ]
    relabelled = replace(aset, spans=tuple(kept.values()))
    report.annotators = relabelled.annotators
    per_doc = relabelled.spans_by_document()
    counts = {key: len(v) for key, v in per_doc.items()}
    with file.session() as session:
        for person in aset.people if annotator is None else ():
            repository.annotator_id(session, person.name, person.created)
        work = _Import(session, report)
        work.unit = aset.offset_unit
        matches = work.documents(aset.documents, counts)
        stored = work.store(work.place(matches, per_doc))
        work.store_links(links, stored)
        work.store_entities(aset.entities, stored)
        marks = [replace(m, annotator=annotator or m.annotator) for m in aset.statuses]
        here = {m.theirs.key: m.mine.id for m in matches}
        report.statuses_taken = progress.add_marks(session, marks, here)
        if strict and report.not_as_given:  # raised in the transaction: nothing is kept
            raise NotAsGivenError(incoming.path, report.not_as_given)
    return report


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


class NotAsGivenError(KnownError):
    """--strict: a file some of whose spans would not be stored as it gives them."""

    def __init__(self, path: Path, found: list[Words]) -> None:
        refused = QT_TR_NOOP(
            "{path}: refused whole (strict): {count} spans would not be stored as the file "
            "gives them:\n{found}"
        )
        one = ("{path}: refused whole (strict): {count} span would not be stored as the file "
               "gives it:\n{found}")  # fmt: skip
        super().__init__(plural(one, refused, len(found), path=path, found=first_of(found)))
