"""What another annotation file holds, as every reader gives it: its documents, its
spans named by value, and the links between them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from reader.core.words import Where


@dataclass(frozen=True, slots=True)
class ForeignDocument:
    """A document of another annotation file; `text` is None when the file has none (CSV).
    The fields after `text` are what a full-fidelity file carries besides."""

    key: int
    sha256: str
    title: str
    text: str | None
    source: str = ""
    date: str = ""
    url: str = ""
    origin: str = ""
    header_lines: int = 0
    added_at: str = ""


@dataclass(frozen=True, slots=True)
class ForeignSpan:
    document: int  # ForeignDocument.key
    label: str
    start: int
    end: int
    text: str
    context_before: str
    context_after: str
    note: str
    annotator: str
    created: str = ""  # timestamps and origin: only full-fidelity files carry them
    updated: str = ""
    origin_annotator: str = ""
    origin_file: str = ""
    origin_at: str = ""
    entity: int | None = None  # the id, in its set's `entities`, of the entity it names
    # Where the file gave it ("a.jsonl, line 3"), for messages; not part of what it is.
    where: Where = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class ForeignLink:
    """A link of another file (or of one's own, to be written out): its ends are spans
    of the same set, named by value; `target` None is an unnamed source."""

    type: str
    claim: ForeignSpan
    target: ForeignSpan | None
    annotator: str = ""
    created: str = ""
    updated: str = ""


def links_between(
    links: Iterable[ForeignLink], kept: Mapping[ForeignSpan, ForeignSpan]
) -> list[ForeignLink]:
    """The links whose ends are all in `kept` (old span to the span it became), moved
    onto the kept spans."""
    moved = []
    for link in links:
        claim = kept.get(link.claim)
        target = kept.get(link.target) if link.target is not None else None
        if claim is not None and (link.target is None or target is not None):
            moved.append(replace(link, claim=claim, target=target))
    return moved
