"""Plain annotation objects shared by storage, formats and ui."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Protocol

from reader.core.errors import SpanError
from reader.core.text import context_around
from reader.core.words import QT_TR_NOOP, Words


def utc_now() -> str:
    """ISO 8601 UTC timestamp with milliseconds, e.g. 2026-11-21T05:39:09.123Z."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class SpanLike(Protocol):
    """Anything with a span's offsets and label: mine, a colleague's, a drawn one."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...


@dataclass(frozen=True, slots=True)
class SpanDraft:
    """A span ready to be stored: offsets checked, surface text and context taken."""

    document_id: int
    label: str
    start: int
    end: int
    text: str
    context_before: str
    context_after: str
    note: str = ""


def draft_span(
    document_id: int, doc_text: str, start: int, end: int, label: str, note: str = ""
) -> SpanDraft:
    """Check [start, end) against the document and capture what re-anchoring needs."""
    if not 0 <= start < end <= len(doc_text):
        raise SpanError(
            Words(
                QT_TR_NOOP(
                    "span [{start}, {end}) is not a non-empty range inside the document (0 to "
                    "{doc_text_count})"
                ),
                start=start,
                end=end,
                doc_text_count=len(doc_text),
            )
        )
    before, after = context_around(doc_text, start, end)
    return SpanDraft(document_id, label, start, end, doc_text[start:end], before, after, note)


@dataclass(frozen=True, slots=True)
class AnnotationRecord:
    id: int
    document_id: int
    label: str
    start: int
    end: int
    text: str
    context_before: str
    context_after: str
    note: str
    annotator: str
    created: str
    updated: str
    origin_annotator: str = ""  # set when the span was accepted from a colleague's file
    origin_file: str = ""
    origin_at: str = ""  # when it was accepted (UTC, ISO 8601)
    entity_id: int | None = None  # the entity an ACTOR or PLACE span names

    def with_changes(self, **changes: object) -> AnnotationRecord:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What lists show of a document; its text is loaded only when it is opened."""

    id: int
    sha256: str
    title: str
    source: str
    date: str
    annotation_count: int


@dataclass(frozen=True, slots=True)
class DocumentText:
    id: int
    sha256: str
    title: str
    source: str
    date: str
    url: str
    header_lines: int
    text: str


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One annotation with its document and annotator resolved, as the CSV carries it."""

    document_id: str  # SHA-256 of the canonical text
    title: str
    label: str
    start: int
    end: int
    text: str
    context_before: str
    context_after: str
    note: str
    annotator: str
    created: str
    updated: str
    # Set when the span was accepted from a colleague's file in a review.
    accepted_from: str = ""
    accepted_from_file: str = ""
    accepted_at: str = ""
    entity_id: int | None = None  # the entity the span names, and its preferred name
    entity: str = ""
    status: str = ""  # the annotator's status of the document (`core.progress.Status`)
