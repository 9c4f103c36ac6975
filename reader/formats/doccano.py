"""doccano sequence-labelling JSONL (https://doccano.github.io/doccano/).

One JSON object a line: `{"text": "...", "label": [[start, end, "LABEL"], ...]}`, or the
form of newer versions, `{"text": "...", "entities": [{"start_offset": 0,
"end_offset": 5, "label": "LABEL", "id": 7}], "relations": [{"from_id": 7, "to_id": 8,
"type": "SOURCE"}]}`, whose relations are links (the claim is `from_id`). Other keys are
kept by doccano as metadata; a `title` key is read as the title. A file with links is
written in the second form; a relation joins two entities, so an unnamed source is not
written (reported). doccano exports one file per
user, named after them, so the file's name is taken as the annotator's.

Offsets are code points, as doccano's Python backend counts. Older versions counted UTF-16
units in the browser; a line whose spans only fit the text when read as UTF-16 (possible
only with characters outside the Basic Multilingual Plane) is read that way, with a
warning. doccano has no notes on spans: they are not written (reported).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reader.core.errors import FormatError
from reader.core.foreign import ForeignDocument, ForeignLink, ForeignSpan
from reader.core.review import AnnotationSet
from reader.core.words import QT_TR_NOOP, Where, Words, plural
from reader.formats.common import (
    CanonicalText,
    Faults,
    UnreadFields,
    WriteReport,
    atomic_file,
    check_spans,
    document,
    from_utf16,
    require_one_annotator,
    unwritten_notes,
)
from reader.formats.jsonlines import field, is_int, records_or_json
from reader.formats.spans import counted_in_utf16, span_on

NAME = "doccano"
# The fields of a line that are read; "id" (doccano's number for the line) and "sha256"
# (written by Qari, recomputed from the text) are known and need no word. Any other is
# said, with how many lines hold it: cats (classes), Comments, meta and the like.
_READ = frozenset({"text", "label", "entities", "relations", "title", "id", "sha256"})


def _triples(obj: dict[str, Any], where: Where) -> list[tuple[int, int, str, object]]:
    """(start, end, label, entity id or None) of each span of a line."""
    if "label" in obj:
        items = field(obj, "label", list, where)
        triples: list[tuple[int, int, str, object]] = []
        for i, item in enumerate(items, 1):
            if isinstance(item, str):
                classes = QT_TR_NOOP(
                    "{where}: 'label' holds class names, not spans; this is a "
                    "text-classification file"
                )
                raise FormatError(Words(classes, where=where))
            ok = isinstance(item, list) and len(item) == 3
            if not (ok and is_int(item[0]) and is_int(item[1]) and isinstance(item[2], str)):
                raise FormatError(
                    Words(
                        QT_TR_NOOP('{where}: label {i} must be [start, end, "LABEL"]'),
                        where=where,
                        i=i,
                    )
                )
            triples.append((item[0], item[1], item[2], None))
        return triples
    if "entities" in obj:
        return [_entity(item, Words(QT_TR_NOOP("{where}, entity {i}"), where=where, i=i))
                for i, item in enumerate(field(obj, "entities", list, where), 1)]  # fmt: skip
    return []


def _entity(item: object, at: Where) -> tuple[int, int, str, object]:
    """An entity as doccano writes it: an object with offsets and an id, or (in its
    intent-detection and older exports) a [start, end, "LABEL"] list."""
    if isinstance(item, list):
        if len(item) == 3 and is_int(item[0]) and is_int(item[1]) and isinstance(item[2], str):
            return item[0], item[1], item[2], None
        shape = QT_TR_NOOP('{at}: expected an object or [start, end, "LABEL"]')
        raise FormatError(Words(shape, at=at))
    if not isinstance(item, dict):
        raise FormatError(
            Words(QT_TR_NOOP('{at}: expected an object or [start, end, "LABEL"]'), at=at)
        )
    return (field(item, "start_offset", int, at), field(item, "end_offset", int, at),
            field(item, "label", str, at), item.get("id"))  # fmt: skip


class _Reader:
    """One doccano file being read: a line at a time, every broken span noted."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.annotator = path.stem
        self.documents: list[ForeignDocument] = []
        self.spans: list[ForeignSpan] = []
        self.warnings: list[Words] = []
        self.links: list[ForeignLink] = []
        self.unread = UnreadFields(path)
        self.faults = Faults(path)

    def line(self, obj: object, where: Where) -> None:
        if not isinstance(obj, dict):
            raise FormatError(Words(QT_TR_NOOP("{where}: expected a JSON object"), where=where))
        if "text" not in obj:
            raise FormatError(Words(QT_TR_NOOP("{where}: no 'text' field"), where=where))
        self.unread.check(obj, _READ)
        canon = CanonicalText.of(field(obj, "text", str, where))
        triples = _triples(obj, where)
        if counted_in_utf16(canon.raw, [end for _, end, _, _ in triples]):
            utf16 = QT_TR_NOOP(
                "{where}: offsets counted in UTF-16 units (an older doccano); converted to "
                "characters"
            )
            self.warnings.append(Words(utf16, where=where))
            triples = [(*from_utf16(canon.raw, s, e), label, i) for s, e, label, i in triples]
        title = obj.get("title")
        key = len(self.documents)
        self.documents.append(document(key, canon.text, title if isinstance(title, str) else ""))
        check_spans(len(self.spans) + len(triples), str(self.path))
        ids: dict[object, ForeignSpan] = {}
        for start, end, label, entity_id in triples:
            with self.faults.each():  # each bad span named, not only the first
                span = span_on(canon, key, label, start, end, self.annotator, where,
                               said=self.warnings)  # fmt: skip
                self.spans.append(span)
                if entity_id is not None:
                    ids[entity_id] = span
        self.links += _relations(obj, ids, self.annotator, where, self.warnings)


def read(path: Path) -> AnnotationSet:
    reader = _Reader(Path(path))
    for where, obj in records_or_json(reader.path, reader.warnings):
        with reader.faults.each():
            reader.line(obj, where)
    reader.faults.check()
    warnings = (*reader.warnings, *reader.unread.warnings())
    return AnnotationSet(str(path), tuple(reader.documents), tuple(reader.spans),
                         warnings=warnings, links=tuple(reader.links))  # fmt: skip


def _relations(
    obj: dict[str, Any], ids: dict[object, ForeignSpan], annotator: str, where: Where,
    warnings: list[Words],
) -> list[ForeignLink]:  # fmt: skip
    """The line's relations between its entities, as links."""
    found = []
    for i, item in enumerate(obj.get("relations") or [], 1):
        ok = isinstance(item, dict) and isinstance(item.get("type"), str)
        claim = ids.get(item.get("from_id")) if ok else None
        target = ids.get(item.get("to_id")) if ok else None
        if claim is None or target is None:
            stray = QT_TR_NOOP("{where}, relation {i}: not between two of its entities; skipped")
            warnings.append(Words(stray, where=where, i=i))
            continue
        found.append(ForeignLink(item["type"], claim, target, annotator))
    return found


def write(aset: AnnotationSet, out: Path) -> WriteReport:
    out = Path(out)
    require_one_annotator(aset, out, "a doccano file")
    report = WriteReport(out, len(aset.documents), len(aset.spans))
    report.losses += unwritten_notes(aset, Words(QT_TR_NOOP("doccano has no notes on spans")))
    per_doc = aset.spans_by_document()
    unnamed = sum(1 for k in aset.links if k.target is None)
    if unnamed:
        lost = QT_TR_NOOP(
            "{count} unnamed sources not written: a doccano relation joins two entities"
        )
        one = "{count} unnamed source not written: a doccano relation joins two entities"
        report.losses.append(plural(one, lost, unnamed))
    with atomic_file(out) as fh:
        for n, doc in enumerate(aset.documents, 1):
            spans = per_doc[doc.key]
            line: dict[str, Any] = {"id": n, "text": doc.text or ""}
            if aset.links:
                line |= _entities(spans, [k for k in aset.links if k.claim.document == doc.key])
            else:
                line["label"] = [[s.start, s.end, s.label] for s in spans]
            line |= {"title": doc.title, "sha256": doc.sha256}
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    return report


def _entities(spans: list[ForeignSpan], links: list[ForeignLink]) -> dict[str, Any]:
    """A document's spans and links in doccano's relation-extraction form."""
    ids = {span: n for n, span in enumerate(spans, 1)}
    named = [(k, k.target) for k in links if k.target is not None]
    return {
        "entities": [{"id": ids[s], "label": s.label, "start_offset": s.start,
                      "end_offset": s.end} for s in spans],
        "relations": [{"id": n, "from_id": ids[k.claim], "to_id": ids[target], "type": k.type}
                      for n, (k, target) in enumerate(named, 1)],
    }  # fmt: skip
