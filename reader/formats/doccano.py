"""doccano sequence-labelling JSONL (https://doccano.github.io/doccano/).

One JSON object a line: `{"text": "...", "label": [[start, end, "LABEL"], ...]}`, or the
form of newer versions, `{"text": "...", "entities": [{"start_offset": 0,
"end_offset": 5, "label": "LABEL", ...}], "relations": [...]}`. Other keys are kept by
doccano as metadata; a `title` key is read as the title. doccano exports one file per
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
from reader.core.review import AnnotationSet, ForeignDocument, ForeignSpan
from reader.core.words import QT_TR_NOOP, Where, Words, line_of
from reader.formats.common import (
    CanonicalText,
    WriteReport,
    atomic_file,
    check_spans,
    document,
    from_utf16,
    require_one_annotator,
    unwritten_notes,
)
from reader.formats.jsonlines import field, is_int, records
from reader.formats.spans import counted_in_utf16, span_on

NAME = "doccano"


def _triples(obj: dict[str, Any], where: Where) -> list[tuple[int, int, str]]:
    if "label" in obj:
        items = field(obj, "label", list, where)
        triples = []
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
            triples.append((item[0], item[1], item[2]))
        return triples
    if "entities" in obj:
        triples = []
        for i, item in enumerate(field(obj, "entities", list, where), 1):
            at = Words(QT_TR_NOOP("{where}, entity {i}"), where=where, i=i)
            if not isinstance(item, dict):
                raise FormatError(Words(QT_TR_NOOP("{at}: expected an object"), at=at))
            triples.append(
                (field(item, "start_offset", int, at), field(item, "end_offset", int, at),
                 field(item, "label", str, at))
            )  # fmt: skip
        return triples
    return []


def read(path: Path) -> AnnotationSet:
    path = Path(path)
    annotator = path.stem
    documents: list[ForeignDocument] = []
    spans: list[ForeignSpan] = []
    warnings: list[Words] = []
    for number, obj in records(path):
        where = line_of(path, number)
        if not isinstance(obj, dict):
            raise FormatError(Words(QT_TR_NOOP("{where}: expected a JSON object"), where=where))
        canon = CanonicalText.of(field(obj, "text", str, where))
        triples = _triples(obj, where)
        if counted_in_utf16(canon.raw, [end for _, end, _ in triples]):
            utf16 = QT_TR_NOOP(
                "{where}: offsets counted in UTF-16 units (an older doccano); converted to "
                "characters"
            )
            warnings.append(Words(utf16, where=where))
            triples = [(*from_utf16(canon.raw, s, e), label) for s, e, label in triples]
        title = obj.get("title")
        title = title if isinstance(title, str) else ""
        key = len(documents)
        documents.append(document(key, canon.text, title))
        check_spans(len(spans) + len(triples), str(path))
        spans += [span_on(canon, key, label, s, e, annotator, where) for s, e, label in triples]
    return AnnotationSet(str(path), tuple(documents), tuple(spans), warnings=tuple(warnings))


def write(aset: AnnotationSet, out: Path) -> WriteReport:
    out = Path(out)
    require_one_annotator(aset, out, "a doccano file")
    report = WriteReport(out, len(aset.documents), len(aset.spans))
    report.losses += unwritten_notes(aset, Words(QT_TR_NOOP("doccano has no notes on spans")))
    per_doc = aset.spans_by_document()
    with atomic_file(out) as fh:
        for n, doc in enumerate(aset.documents, 1):
            spans = per_doc[doc.key]
            line = {
                "id": n,
                "text": doc.text or "",
                "label": [[s.start, s.end, s.label] for s in spans],
                "title": doc.title,
                "sha256": doc.sha256,
            }
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    return report
