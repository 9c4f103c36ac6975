"""Label Studio JSON export, text spans (https://labelstud.io/guide/task_format).

A list of tasks; each has `data.text` (or the only string in `data`) and `annotations`,
one per annotator, whose `result` items of type `labels` are spans:
`value.start`, `value.end` (code points), `value.text`, `value.labels` (one span per
label). A per-region TextArea result with the same `id` is the span's note. The
annotator is `completed_by` (an object's email, or a user number with the export's
`created_username`). A `relation` result is a link: `from_id` the claim's region,
`to_id` its source's (cue's, place's), `labels` the link type (`direction` "left" turns
it round). Cancelled annotations, predictions and other result types are reported, not
imported. Label Studio until a 2022 fix counted UTF-16 units; a span
whose recorded text is found only when its offsets are read that way is converted
(reported).

Written back with the same shapes, so Label Studio imports it with this labelling config:
`<View><Labels name="label" toName="text">…<Label value="ACTOR"/>…</Labels>
<Relations><Relation value="SOURCE"/><Relation value="CUE"/><Relation value="ABOUT"/>
</Relations><Text name="text" value="$text"/>
<TextArea name="note" toName="text" perRegion="true"/></View>`. A relation joins two
regions, so an unnamed source is not written (reported).
"""

from __future__ import annotations

import json
import re
from collections import Counter
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
    read_text,
)
from reader.formats.jsonlines import field, is_int, loads
from reader.formats.spans import recorded_in_utf16, span_on

NAME = "label-studio"
_USERNAME = re.compile(r"^(.*?)(?:, \d+)?$")
# The fields of a task that are read, and those that are Label Studio's bookkeeping
# (ids, counts, times, who touched it: nothing of the text or its labels); any other
# field (drafts, meta, the data's other fields) is said, with how many tasks hold it.
_TASK_READ = frozenset({
    "data", "annotations", "completions", "predictions", "id", "created_at", "updated_at",
    "inner_id", "project", "total_annotations", "cancelled_annotations", "total_predictions",
    "comment_count", "unresolved_comment_count", "last_comment_updated_at", "updated_by",
    "file_upload", "comment_authors", "is_labeled", "overlap", "annotators", "completed_at",
    "storage_filename", "annotations_ids", "predictions_model_versions", "avg_lead_time",
    "draft_exists", "agreement", "annotations_results", "predictions_results",
    "predictions_score",
})  # fmt: skip
_DATA_READ = frozenset({"title", "sha256"})  # and the text's own field
_MIN_BOOKKEEPING = frozenset({"id", "annotator", "annotation_id", "created_at", "updated_at",
                              "lead_time"})  # fmt: skip
# What is counted and said, not imported: (English for one, the template for others).
_PREDICTIONS = (
    "{count} prediction (a model's suggestion)",
    QT_TR_NOOP("{count} predictions (model suggestions)"),
)
_CANCELLED = ("{count} cancelled annotation", QT_TR_NOOP("{count} cancelled annotations"))
_RESULTS = ("{count} result of type {kind!r}", QT_TR_NOOP("{count} results of type {kind!r}"))
_STRAY_RELATIONS = (
    "{count} relation not between two text regions",
    QT_TR_NOOP("{count} relations not between two text regions"),
)
_UNLABELLED_RELATIONS = (
    "{count} relation without a label",
    QT_TR_NOOP("{count} relations without a label"),
)


def _tasks(path: Path) -> list[Any]:
    data = loads(read_text(path), str(path))
    if isinstance(data, dict) and "data" in data:
        return [data]
    if not isinstance(data, list):
        raise FormatError(
            Words(QT_TR_NOOP("{path}: expected a list of Label Studio tasks"), path=path)
        )
    return data


def _from_min(task: dict[str, Any]) -> dict[str, Any]:
    """A task of the JSON-MIN export (the data's fields at the top, each region list under
    its control's name, one annotator) in the shape of the full export."""
    regions = {k: v for k, v in task.items() if _is_region_list(v)}
    data = {k: v for k, v in task.items() if k not in regions and k not in _MIN_BOOKKEEPING}
    result = [{"id": f"{name}-{i}", "type": "labels", "value": region}
              for name, found in regions.items() for i, region in enumerate(found, 1)]  # fmt: skip
    annotation = {"completed_by": task.get("annotator"), "result": result}
    return {"id": task.get("id"), "data": data, "annotations": [annotation] if result else []}


def _is_region_list(value: object) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(r, dict) and "start" in r and "end" in r for r in value)
    )


def _text_key(data: dict[str, Any]) -> str:
    """The field of `data` that holds the text: "text", or its only string."""
    if isinstance(data.get("text"), str):
        return "text"
    strings = [k for k, v in data.items() if isinstance(v, str)]
    return strings[0] if len(strings) == 1 else "text"


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
    if isinstance(who, str) and who.strip():  # an e-mail, as some exports write it
        return who.strip()
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
        self.skipped: Counter[tuple[tuple[str, str], str]] = Counter()  # by what, kind
        self.links: list[ForeignLink] = []  # (what, its type) to count
        self.utf16 = 0
        self.unread = UnreadFields(path)
        self.said: list[Words] = []  # spans whose text the canonical text changed
        self.faults = Faults(path)

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
        if "data" not in task and "annotations" not in task:
            task = _from_min(task)
        self.unread.check(task, _TASK_READ)
        data = field(task, "data", dict, where)
        self.unread.check(data, _DATA_READ | {_text_key(data)}, "data.")
        canon = CanonicalText.of(_task_text(data, where))
        title = data.get("title") if isinstance(data.get("title"), str) else ""
        key = len(self.documents)
        self.documents.append(document(key, canon.text, title))
        annotations = task.get("annotations", task.get("completions")) or []
        if not isinstance(annotations, list):
            raise FormatError(
                Words(QT_TR_NOOP("{where}: 'annotations' must be a list"), where=where)
            )
        predictions = task.get("predictions")
        if isinstance(predictions, list) and predictions:
            self.skipped[_PREDICTIONS, ""] += len(predictions)
        for i, annotation in enumerate(annotations, 1):
            at = Words(QT_TR_NOOP("{where}, annotation {i}"), where=where, i=i)
            self.annotation(annotation, canon, key, at)

    def annotation(self, annotation: Any, canon: CanonicalText, key: int, where: Where) -> None:
        if not isinstance(annotation, dict):
            raise FormatError(Words(QT_TR_NOOP("{where}: expected an object"), where=where))
        if annotation.get("was_cancelled"):
            self.skipped[_CANCELLED, ""] += 1
            return
        name = _annotator(annotation)
        results = annotation.get("result") or []
        if not isinstance(results, list):
            raise FormatError(Words(QT_TR_NOOP("{where}: 'result' must be a list"), where=where))
        notes = self._notes(results)
        regions: dict[str, ForeignSpan] = {}
        relations = []
        for j, result in enumerate(results, 1):
            if not isinstance(result, dict):
                raise FormatError(
                    Words(QT_TR_NOOP("{where}, result {j}: expected an object"), where=where, j=j)
                )
            kind = result.get("type")
            at = Words(QT_TR_NOOP("{where}, result {j}"), where=where, j=j)
            if kind == "labels":
                note = notes.get(str(result.get("id")), "")
                with self.faults.each():  # each bad region named, not only the first
                    regions[str(result.get("id"))] = self.region(result, canon, key, name, note, at)
            elif kind == "relation":
                relations.append((result, at))
            elif kind != "textarea" or str(result.get("id")) not in notes:
                self.skipped[_RESULTS, str(kind)] += 1
        for result, at in relations:
            self.relation(result, regions, name, at)

    def relation(
        self, result: dict[str, Any], regions: dict[str, ForeignSpan], name: str, where: Where
    ) -> None:
        """A link between two regions of the same annotation, for each of its labels."""
        ends = [regions.get(str(result.get(k))) for k in ("from_id", "to_id")]
        if result.get("direction") == "left":
            ends.reverse()
        labels = result.get("labels") or []
        claim, target = ends
        if claim is None or target is None or not all(isinstance(x, str) for x in labels):
            self.skipped[_STRAY_RELATIONS, ""] += 1
            return
        if not labels:
            self.skipped[_UNLABELLED_RELATIONS, ""] += 1
        self.links += [ForeignLink(label, claim, target, name) for label in labels]

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
    ) -> ForeignSpan:
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
        made = [span_on(canon, key, label, start, end, name, where, note, surface, self.said)
                for label in labels]  # fmt: skip
        self.spans += made
        check_spans(len(self.spans), str(self.path))
        return made[0]  # a relation from the region starts at its first label's span

    def warnings(self) -> tuple[Words, ...]:
        not_imported = QT_TR_NOOP("{path}: {what} not imported")
        out = [
            Words(not_imported, path=self.path, what=plural(*what, n, kind=kind))
            for (what, kind), n in self.skipped.items()
        ]
        out += self.unread.warnings() + self.said
        if self.utf16:
            utf16 = QT_TR_NOOP(
                "{path}: {count} spans had offsets counted in UTF-16 units (an older Label "
                "Studio); converted to characters"
            )
            one = ("{path}: {count} span had offsets counted in UTF-16 units (an older Label "
                   "Studio); converted to characters")  # fmt: skip
            out.append(plural(one, utf16, self.utf16, path=self.path))
        return tuple(out)


def read(path: Path) -> AnnotationSet:
    path = Path(path)
    reader = _Reader(path)
    for number, task in enumerate(_tasks(path), 1):
        with reader.faults.each():
            reader.task(number, task)
    reader.faults.check()
    return AnnotationSet(
        str(path), tuple(reader.documents), tuple(reader.spans), warnings=reader.warnings(),
        links=tuple(reader.links),
    )  # fmt: skip


def _results(
    spans: list[ForeignSpan], links: list[ForeignLink], doc_text: str, task: int
) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    regions = {span: f"q{task}-{j}" for j, span in enumerate(spans, 1)}
    for span, region in regions.items():
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
    results += [
        {"from_id": regions[k.claim], "to_id": regions[k.target], "type": "relation",
         "direction": "right", "labels": [k.type]}
        for k in links if k.target is not None and k.target in regions
    ]  # fmt: skip
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
            links = [k for k in aset.links if k.claim in spans and k.claim.annotator == name]
            annotations.append(
                {"id": count, "completed_by": users[name], "created_username": name,
                 "result": _results(spans, links, text, n), "was_cancelled": False,
                 "ground_truth": False}
            )  # fmt: skip
        data = {"text": text, "title": doc.title, "sha256": doc.sha256}
        tasks.append({"id": n, "data": data, "annotations": annotations})
    across = sum(1 for k in aset.links
                 if k.target is not None and k.target.annotator != k.claim.annotator)  # fmt: skip
    if across:
        apart = QT_TR_NOOP(
            "{count} links between two annotators' spans not written: a Label Studio "
            "relation joins regions of one annotation"
        )
        one = ("{count} link between two annotators' spans not written: a Label Studio "
               "relation joins regions of one annotation")  # fmt: skip
        report.losses.append(plural(one, apart, across))
    unnamed = sum(1 for k in aset.links if k.target is None)
    if unnamed:
        lost = QT_TR_NOOP(
            "{count} unnamed sources not written: a Label Studio relation joins two regions"
        )
        one = "{count} unnamed source not written: a Label Studio relation joins two regions"
        report.losses.append(plural(one, lost, unnamed))
    with atomic_file(out) as fh:
        json.dump(tasks, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return report
