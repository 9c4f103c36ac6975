"""Label Studio JSON export, text spans (https://labelstud.io/guide/task_format).

A list of tasks; each has `data.text` (or the only string in `data`) and `annotations`,
one per annotator, whose `result` items of type `labels` are spans:
`value.start`, `value.end` (code points), `value.text`, `value.labels` (one span per
label). A per-region TextArea result with the same `id` is the span's note. The
annotator is `completed_by` (an object's email, or a user number with the export's
`created_username`). CancelledError annotations, predictions and other result types are
reported, not imported. Label Studio until a 2022 fix counted UTF-16 units; a span
whose recorded text is found only when its offsets are read that way is converted
(reported).

Written back with the same shapes, so Label Studio imports it with this labelling config:
`<View><Labels name="label" toName="text">…<Label value="ACTOR"/>…</Labels>
<Text name="text" value="$text"/><TextArea name="note" toName="text" perRegion="true"/>
</View>`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from reader.core.errors import FormatError
from reader.core.review import AnnotationSet, ForeignDocument, ForeignSpan
from reader.core.words import QT_TR_NOOP, Where, Words
from reader.formats.common import (
    CanonicalText,
    WriteReport,
    atomic_file,
    check_spans,
    document,
    read_text,
)
from reader.formats.jsonlines import field, is_int, loads
from reader.formats.spans import recorded_in_utf16, span_on

NAME = "label-studio"
_USERNAME = re.compile(r"^(.*?)(?:, \d+)?$")


def _tasks(path: Path) -> list[Any]:
    data = loads(read_text(path), str(path))
    if isinstance(data, dict) and "data" in data:
        return [data]
    if not isinstance(data, list):
        raise FormatError(
            Words(QT_TR_NOOP("{path}: expected a list of Label Studio tasks"), path=path)
        )
    return data


def _task_text(data: dict[str, Any], where: Where) -> str:
    text = data.get("text")
    if isinstance(text, str):
        return text
    strings = [v for v in data.values() if isinstance(v, str)]
    if len(strings) == 1:
        return strings[0]
    raise FormatError(
        Words(
            QT_TR_NOOP("{where}: 'data' has no 'text' (and not just one string to take)"),
            where=where,
        )
    )


def _annotator(annotation: dict[str, Any]) -> str:
    who = annotation.get("completed_by")
    if isinstance(who, dict):
        for key in ("email", "username"):
            value = who.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
        names = " ".join(str(who.get(k) or "") for k in ("first_name", "last_name")).strip()
        if names:
            return names
        who = who.get("id")
    username = annotation.get("created_username")
    if isinstance(username, str) and username.strip():
        match = _USERNAME.match(username.strip())
        return match.group(1) if match else username.strip()
    return f"Label Studio user {who}" if is_int(who) else "Label Studio"


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.documents: list[ForeignDocument] = []
        self.spans: list[ForeignSpan] = []
        self.skipped: Counter[tuple[str, str]] = Counter()  # (what, its type) to count
        self.utf16 = 0

    def task(self, number: int, task: Any) -> None:
        if not isinstance(task, dict):
            raise FormatError(
                Words(
                    QT_TR_NOOP("{path}, task {number}: expected an object"),
                    path=self.path,
                    number=number,
                )
            )
        where = Words(QT_TR_NOOP("{path}, task {id}"), path=self.path, id=task.get("id", number))
        data = field(task, "data", dict, where)
        canon = CanonicalText.of(_task_text(data, where))
        title = data.get("title") if isinstance(data.get("title"), str) else ""
        key = len(self.documents)
        self.documents.append(document(key, canon.text, title))
        annotations = task.get("annotations", task.get("completions")) or []
        if not isinstance(annotations, list):
            raise FormatError(
                Words(QT_TR_NOOP("{where}: 'annotations' must be a list"), where=where)
            )
        if task.get("predictions") and not annotations:
            self.skipped[QT_TR_NOOP("{count} predictions (model suggestions)"), ""] += 1
        for i, annotation in enumerate(annotations, 1):
            at = Words(QT_TR_NOOP("{where}, annotation {i}"), where=where, i=i)
            self.annotation(annotation, canon, key, at)

    def annotation(self, annotation: Any, canon: CanonicalText, key: int, where: Where) -> None:
        if not isinstance(annotation, dict):
            raise FormatError(Words(QT_TR_NOOP("{where}: expected an object"), where=where))
        if annotation.get("was_cancelled"):
            self.skipped[QT_TR_NOOP("{count} cancelled annotations"), ""] += 1
            return
        name = _annotator(annotation)
        results = annotation.get("result") or []
        if not isinstance(results, list):
            raise FormatError(Words(QT_TR_NOOP("{where}: 'result' must be a list"), where=where))
        notes = self._notes(results)
        for j, result in enumerate(results, 1):
            if not isinstance(result, dict):
                raise FormatError(
                    Words(QT_TR_NOOP("{where}, result {j}: expected an object"), where=where, j=j)
                )
            kind = result.get("type")
            if kind == "labels":
                note = notes.get(str(result.get("id")), "")
                at = Words(QT_TR_NOOP("{where}, result {j}"), where=where, j=j)
                self.region(result, canon, key, name, note, at)
            elif kind != "textarea" or str(result.get("id")) not in notes:
                self.skipped[QT_TR_NOOP("{count} results of type {kind!r}"), str(kind)] += 1

    @staticmethod
    def _notes(results: list[Any]) -> dict[str, str]:
        notes: dict[str, str] = {}
        for r in results:
            if isinstance(r, dict) and r.get("type") == "textarea" and "id" in r:
                value = r.get("value")
                lines = value.get("text") if isinstance(value, dict) else None
                if isinstance(lines, list) and all(isinstance(x, str) for x in lines):
                    notes[str(r["id"])] = "\n".join(lines)
        return notes

    def region(
        self,
        result: dict[str, Any],
        canon: CanonicalText,
        key: int,
        name: str,
        note: str,
        where: Where,
    ) -> None:
        value = field(result, "value", dict, where)
        start, end = field(value, "start", int, where), field(value, "end", int, where)
        labels = field(value, "labels", list, where)
        if not labels or not all(isinstance(x, str) for x in labels):
            raise FormatError(
                Words(QT_TR_NOOP("{where}: 'labels' must be a list of label names"), where=where)
            )
        surface = value.get("text") if isinstance(value.get("text"), str) else None
        if surface is not None and (moved := recorded_in_utf16(canon.raw, start, end, surface)):
            start, end = moved
            self.utf16 += 1
        for label in labels:
            self.spans.append(span_on(canon, key, label, start, end, name, where, note, surface))
        check_spans(len(self.spans), str(self.path))

    def warnings(self) -> tuple[Words, ...]:
        not_imported = QT_TR_NOOP("{path}: {what} not imported")
        out = [
            Words(not_imported, path=self.path, what=Words(what, count=n, kind=kind))
            for (what, kind), n in self.skipped.items()
        ]
        if self.utf16:
            utf16 = QT_TR_NOOP(
                "{path}: {count} spans had offsets counted in UTF-16 units (an older Label "
                "Studio); converted to characters"
            )
            out.append(Words(utf16, path=self.path, count=self.utf16))
        return tuple(out)


def read(path: Path) -> AnnotationSet:
    path = Path(path)
    reader = _Reader(path)
    for number, task in enumerate(_tasks(path), 1):
        reader.task(number, task)
    return AnnotationSet(
        str(path), tuple(reader.documents), tuple(reader.spans), warnings=reader.warnings()
    )


def _results(spans: list[ForeignSpan], doc_text: str, task: int) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    for j, span in enumerate(spans, 1):
        region = f"q{task}-{j}"
        results.append({
            "id": region, "from_name": "label", "to_name": "text", "type": "labels",
            "origin": "manual",
            "value": {"start": span.start, "end": span.end,
                      "text": doc_text[span.start:span.end], "labels": [span.label]},
        })  # fmt: skip
        if span.note:
            results.append({
                "id": region, "from_name": "note", "to_name": "text", "type": "textarea",
                "origin": "manual", "value": {"text": [span.note]},
            })  # fmt: skip
    return results


def write(aset: AnnotationSet, out: Path) -> WriteReport:
    out = Path(out)
    report = WriteReport(out, len(aset.documents), len(aset.spans))
    users = {name: n for n, name in enumerate(aset.annotators, 1)}
    per_doc = aset.spans_by_document()
    tasks = []
    count = 0
    for n, doc in enumerate(aset.documents, 1):
        text = doc.text or ""
        by_annotator: dict[str, list[ForeignSpan]] = {}
        for span in per_doc[doc.key]:
            by_annotator.setdefault(span.annotator, []).append(span)
        annotations = []
        for name, spans in sorted(by_annotator.items()):
            count += 1
            annotations.append(
                {"id": count, "completed_by": users[name], "created_username": name,
                 "result": _results(spans, text, n), "was_cancelled": False,
                 "ground_truth": False}
            )  # fmt: skip
        data = {"text": text, "title": doc.title, "sha256": doc.sha256}
        tasks.append({"id": n, "data": data, "annotations": annotations})
    with atomic_file(out) as fh:
        json.dump(tasks, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return report
