"""Reading colleagues' files for review and agreement, as the window and the CLI both do.

A colleague's file is this app's annotation file (read as untrusted input, see
storage.foreign) or a file in any interchange format (see formats.registry). Agreement
compares files on the documents they share: every file is laid over one set of document
texts (the reference file's, or, when the reference is a CSV export and carries no text,
the user's annotation file's). No Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader import paths
from reader.core import agreement
from reader.core.entities import EntityDef
from reader.core.entity_agreement import SpanKey, entity_agreement, linked_spans
from reader.core.errors import KnownError
from reader.core.foreign import ForeignSpan
from reader.core.link_agreement import link_agreement
from reader.core.link_review import PlacedLink, ends_by_document, placed_links
from reader.core.review import Alignment, AnnotationSet, MyDocument, align
from reader.core.words import QT_TR_NOOP, Words
from reader.services.exchange import read_annotations
from reader.storage import repository
from reader.storage.db import AnnotationFile
from reader.storage.foreign import read_foreign_file


def read_colleague_file(path: Path) -> AnnotationSet:
    """A Qari annotation file, or a file in any interchange format (CSV export, Qari
    JSONL, brat, doccano, Label Studio, CoNLL), checked; raises a KnownError naming the
    file."""
    path = Path(path)
    if not path.exists():
        raise KnownError(Words(QT_TR_NOOP("{path}: no such file or folder"), path=path))
    incoming = read_annotations(path)
    if incoming is None:
        raise KnownError(
            Words(
                QT_TR_NOOP(
                    "{path}: not an annotation file this app reads (a Qari annotation file, "
                    "CSV export or JSONL, a brat folder, doccano JSONL, Label Studio JSON, "
                    "CoNLL)"
                ),
                path=path,
            )
        )
    return incoming.annotations


def one_annotator(theirs: AnnotationSet, name: str | None = None) -> tuple[AnnotationSet, str]:
    """The spans of one annotator of the file: `name`, or the only one there is."""
    names = theirs.annotators
    if name is not None:
        if name not in names:
            raise KnownError(
                Words(
                    QT_TR_NOOP("{source}: no annotator named {name!r} (has: {names})"),
                    source=theirs.source,
                    name=name,
                    names=names,
                )
            )
        return theirs.by_annotator(name), name
    if len(names) > 1:
        raise KnownError(
            Words(
                QT_TR_NOOP(
                    "{source}: holds spans by {names_count} annotators ({listed}); choose one "
                    "with FILE#NAME"
                ),
                source=theirs.source,
                names_count=len(names),
                listed=", ".join(names),
            )
        )
    return theirs, names[0] if names else "(nobody)"


# ---------------------------------------------------------------- agreement between files


@dataclass(frozen=True, slots=True)
class Source:
    """One file in an agreement run, restricted to one annotator."""

    path: str
    annotator: str
    spans: AnnotationSet


def parse_source(arg: str) -> Source:
    """`FILE` or `FILE#ANNOTATOR` (a path that exists as written is always a path); or a
    team database's `URL#ANNOTATOR`."""
    path, name = arg, None
    if not Path(arg).exists() and "#" in arg:
        path, name = arg.rsplit("#", 1)
    if paths.is_team_url(path):
        from reader.services.team import read_team  # psycopg: a team database only

        theirs, annotator = one_annotator(read_team(path), name)
        return Source(path, annotator, theirs)
    theirs, annotator = one_annotator(read_colleague_file(Path(path)), name)
    return Source(path, annotator, theirs)


@dataclass(frozen=True, slots=True)
class Texts:
    """The document texts every file is laid over."""

    documents: list[MyDocument]
    text: dict[int, str]

    @classmethod
    def of(cls, source: AnnotationSet) -> Texts:
        docs = [d for d in source.documents if d.text is not None]
        return cls(
            [MyDocument(d.key, d.sha256, d.title) for d in docs],
            {d.key: d.text for d in docs if d.text is not None},
        )


def texts_for(reference: Source, fallback: Path | None) -> Texts:
    """The reference's own texts; for a CSV reference, the texts of `fallback`."""
    if any(d.text is not None for d in reference.spans.documents):
        return Texts.of(reference.spans)
    if fallback is None or not fallback.exists():
        raise KnownError(
            Words(
                QT_TR_NOOP(
                    "{path}: a CSV export carries no document text; give the annotation file "
                    "holding the documents with --db"
                ),
                path=reference.path,
            )
        )
    return Texts.of(read_foreign_file(fallback))


def _problems(alignment: Alignment) -> dict[str, list[dict[str, object]]]:
    return {
        "not_matched": [
            {"title": u.document.title, "sha256": u.document.sha256, "spans": u.span_count,
             "reason": str(u.reason)}
            for u in alignment.unmatched
        ],
        "not_placed": [
            {"document": u.document_title, "label": u.span.label, "start": u.span.start,
             "end": u.span.end, "text": u.span.text, "reason": str(u.reason)}
            for u in alignment.unplaced
        ],
    }  # fmt: skip


def compare_files(sources: Sequence[Source], texts: Texts) -> list[dict[str, object]]:
    """One report per pair (the first file against each other), and with three or more
    files one report over all of them, as plain dicts ready for JSON."""
    alignments = [align(s.spans, texts.documents, texts.text.__getitem__) for s in sources]
    reports = [
        _pair_report(sources[0], source, alignments[0], other, texts)
        for source, other in zip(sources[1:], alignments[1:], strict=True)
    ]
    if len(sources) >= 3:
        shared = [d.id for d in texts.documents if all(d.id in a.spans for a in alignments)]
        group = agreement.among(
            agreement.documents_of(shared, texts.text.__getitem__, *(a.spans for a in alignments))
        )
        reports.append(
            {
                "all": [s.path for s in sources],
                "annotators": [s.annotator for s in sources],
                "documents_compared": len(shared),
                **group.as_dict(),
            }
        )
    return reports


def _pair_report(
    reference: Source, source: Source, mine: Alignment, other: Alignment, texts: Texts
) -> dict[str, object]:
    shared = [d for d in texts.documents if d.id in mine.spans and d.id in other.spans]
    per_doc = agreement.documents_of(
        [d.id for d in shared], texts.text.__getitem__, mine.spans, other.spans
    )
    return {
        "reference": reference.path,
        "reference_annotator": reference.annotator,
        "other": source.path,
        "other_annotator": source.annotator,
        "documents_compared": len(shared),
        **agreement.pairwise(per_doc).as_dict(),
        "links": link_agreement(
            [d.id for d in shared],
            ends_by_document(links_on_mine(reference.spans, mine)),
            ends_by_document(links_on_mine(source.spans, other)),
        ).as_dict(),
        "entities": entity_agreement(
            placed_entities(mine, reference.spans.entities),
            placed_entities(other, source.spans.entities),
        ).as_dict(),
        "documents": [
            {"title": d.title, "sha256": d.sha256, **agreement.pairwise([spans]).as_dict()}
            for d, spans in zip(shared, per_doc, strict=True)
        ],
        **_problems(other),
    }


def placed_entities(
    alignment: Alignment, registry: Iterable[EntityDef], documents: Iterable[int] | None = None
) -> dict[SpanKey, EntityDef | None]:
    """A file's spans where they were placed on my documents (all, or `documents`), with
    the entity of its `registry` each names."""
    wanted = alignment.spans.keys() if documents is None else documents
    rows = (
        (doc, p.start, p.end, p.label, p.source.entity)
        for doc in wanted
        for p in alignment.spans.get(doc, [])
    )
    return linked_spans(rows, registry)


def links_on_mine(theirs: AnnotationSet, alignment: Alignment) -> dict[int, list[PlacedLink]]:
    """A file's links on the documents of mine it was laid over, by where their spans
    were placed; a link with a span that found no place is left out."""
    by_doc: dict[int, list[tuple[str, ForeignSpan, ForeignSpan | None]]] = {}
    for link in theirs.links:
        by_doc.setdefault(link.claim.document, []).append((link.type, link.claim, link.target))
    return {
        m.mine.id: placed
        for m in alignment.matches
        if (
            placed := placed_links(by_doc.get(m.theirs.key, []), alignment.spans.get(m.mine.id, []))
        )
    }


# ---------------------------------------------------------------- reviewing into my file


def my_documents(mine: AnnotationFile) -> list[MyDocument]:
    with mine.session() as session:
        return [MyDocument(d.id, d.sha256, d.title) for d in repository.list_documents(session)]


def my_text(mine: AnnotationFile, document_id: int) -> str:
    with mine.session() as session:
        doc = repository.get_document(session, document_id)
    if doc is None:
        raise KnownError(
            Words(
                QT_TR_NOOP("document {document_id} is no longer in {display_name}"),
                document_id=document_id,
                display_name=mine.display_name,
            )
        )
    return doc.text


def align_with_mine(
    mine: AnnotationFile,
    theirs: AnnotationSet,
    text: Callable[[int], str] | None = None,
) -> Alignment:
    """Lay a colleague's spans over my documents. Reads my file; writes nothing. `text`
    loads a document's text (a caller with a cache passes its own)."""
    load = text or (lambda doc_id: my_text(mine, doc_id))
    return align(theirs, my_documents(mine), load)
