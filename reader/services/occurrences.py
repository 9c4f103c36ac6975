"""Tag all occurrences: the other places an annotation's text appears, in its article or
in every article, found the way search finds them (Arabic spellings folded). No Qt.

Each occurrence says whether it stands as whole words (a selection snapped to words
would keep it exactly: «الجيش» in «والجيش» does, «جيش» in «الجيش» does not) and whether
it already carries the label, so a dialog can preselect the sensible ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.annotations import AnnotationRecord, SpanDraft
from reader.core.normalise import SearchHit, hits_in, search_form
from reader.core.segments import snap_to_words
from reader.storage import repository, search
from reader.storage.db import AnnotationFile

MAX_DOCUMENTS = 2000  # "all articles" looks at the best this many


@dataclass(frozen=True, slots=True)
class Occurrence:
    document_id: int
    title: str
    hit: SearchHit
    whole_words: bool
    tagged: bool  # this annotator already has a span with this label exactly here

    def draft(self, label: str) -> SpanDraft:
        h = self.hit
        return SpanDraft(self.document_id, label, h.start, h.end, h.text, h.before, h.after)


@dataclass(frozen=True, slots=True)
class Occurrences:
    items: tuple[Occurrence, ...]
    truncated: bool  # more articles hold the text than were looked at


def find_occurrences(
    file: AnnotationFile, record: AnnotationRecord, annotator: str, everywhere: bool
) -> Occurrences:
    """Where `record`'s text appears, other than `record` itself; `tagged` tells whether
    `annotator` already has that span with `record`'s label."""
    wanted = search_form(record.text)
    with file.session() as s:
        if everywhere:
            result = search.search(s, record.text, limit=MAX_DOCUMENTS)
            found = [(d.document_id, d.title, d.hits) for d in result.documents]
            truncated = result.more
        else:
            doc = repository.get_document(s, record.document_id)
            found = [(doc.id, doc.title, hits_in(doc.text, wanted))] if doc else []
            truncated = False
        keys = repository.span_keys(s, [doc_id for doc_id, _, _ in found])
    items = []
    for doc_id, title, hits in found:
        for hit in hits:
            if (doc_id, hit.start, hit.end) == (record.document_id, record.start, record.end):
                continue
            tagged = (doc_id, annotator, record.label, hit.start, hit.end) in keys
            items.append(Occurrence(doc_id, title, hit, _whole_words(hit), tagged))
    return Occurrences(tuple(items), truncated)


def _whole_words(hit: SearchHit) -> bool:
    """Whether snapping the hit to words leaves it as it is (judged on its context)."""
    local = hit.before + hit.text + hit.after
    start = len(hit.before)
    return snap_to_words(local, start, start + len(hit.text)) == (start, start + len(hit.text))
