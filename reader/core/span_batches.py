"""A file's spans a run at a time. An import tells a span already present from its few
plain fields (document, label, offsets, text, annotator) and builds the whole span, with
its context and note, only when it needs it; a reader that streams its file (brat) hands
its spans over this way and never holds them all. A set read whole is cut into the same
runs, so there is one import, whatever the file."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence, Set
from dataclasses import dataclass
from typing import Protocol

from reader.core.entities import EntityDef
from reader.core.foreign import ForeignLink, ForeignSpan
from reader.core.words import Words

BATCH = 5000  # spans a run: what an import holds at once


class SpanBatch(Protocol):
    """A run of one document's spans, as columns (an import checks a whole column at
    once), and the whole span of any row on demand."""

    @property
    def document(self) -> int:
        """The ForeignDocument.key of the document they are on."""
        ...

    @property
    def labels(self) -> Sequence[str]: ...

    @property
    def starts(self) -> Sequence[int]: ...

    @property
    def ends(self) -> Sequence[int]: ...

    @property
    def texts(self) -> Sequence[str]: ...

    @property
    def annotators(self) -> Sequence[str]: ...

    @property
    def wanted(self) -> Sequence[int]:
        """The rows whose span a link or an entity of the file names: their ids in the
        annotation file are needed once the runs are read."""
        ...

    def span(self, index: int) -> ForeignSpan:
        """The whole span of row `index` (the same value each time it is asked)."""
        ...


@dataclass(frozen=True, slots=True)
class StreamEnd:
    """What a streamed file tells only once all its spans have been read."""

    links: tuple[ForeignLink, ...] = ()
    entities: tuple[EntityDef, ...] = ()
    warnings: tuple[Words, ...] = ()


class SpanStream(Protocol):
    """A file whose spans are read from it a run at a time, when asked; what an import
    must check before it writes anything (labels, counts) is known up front."""

    @property
    def span_count(self) -> int: ...

    @property
    def labels(self) -> Counter[str]:
        """Every label of the file with its number of spans."""
        ...

    @property
    def annotators(self) -> list[str]: ...

    @property
    def document_counts(self) -> dict[int, int]:
        """Spans a document, by ForeignDocument.key."""
        ...

    def batches(self) -> Iterator[SpanBatch]:
        """The spans, a run at a time; raises FormatError at the end, naming every broken
        record, when the file has any (an import then keeps nothing)."""
        ...

    def finish(self) -> StreamEnd:
        """Links, entities and late warnings, once `batches` has been read through."""
        ...


class HeldBatch:
    """A run of one document's spans already in memory."""

    def __init__(self, spans: Sequence[ForeignSpan], ends: Set[ForeignSpan]) -> None:
        self._spans = spans
        self.document = spans[0].document
        self.labels = [s.label for s in spans]
        self.starts = [s.start for s in spans]
        self.ends = [s.end for s in spans]
        self.texts = [s.text for s in spans]
        self.annotators = [s.annotator for s in spans]
        self.wanted = [i for i, s in enumerate(spans) if s.entity is not None or s in ends]

    def span(self, index: int) -> ForeignSpan:
        return self._spans[index]
