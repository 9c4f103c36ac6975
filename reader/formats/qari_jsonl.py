"""The whole annotation file as JSON Lines, for backup and diffing: nothing is lost.

The first line says what the file is: `{"format": "qari-annotations", "version": 1}`.
Then one record a line, in a fixed order with fixed keys (so two exports diff line by
line): labels (`"type": "label"`), annotators, documents (with their full text and
metadata) and annotations (by document SHA-256, label and annotator name, with offsets,
surface text, context, note, timestamps, where a reviewed span came from and the entity it
names). Entities (`"type": "entity"`, schema 6 files) come before the annotations naming
them; each annotator's status of a document (`"type": "status"`, schema 7) after the
documents.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reader.core.entities import EntityDef
from reader.core.errors import FormatError, LabelSchemeError
from reader.core.foreign import ForeignDocument, ForeignLink, ForeignSpan
from reader.core.labels import parse_scheme
from reader.core.links import parse_link_types, scheme_entry
from reader.core.progress import Status, StatusMark
from reader.core.review import AnnotationSet, AnnotatorInfo
from reader.core.text import canonicalize, text_sha256
from reader.core.words import QT_TR_NOOP, Where, Words, line_of
from reader.formats.common import Faults, UnreadFields, WriteReport, atomic_file, check_spans
from reader.formats.jsonlines import field, is_int, records

NAME = "qari-jsonl"
FORMAT = "qari-annotations"
VERSION = 1
_DOCUMENT_TEXT = ("title", "source", "date", "url", "origin", "added_at")
_SPAN_TEXT = ("text", "context_before", "context_after", "note", "created", "updated",
              "origin_annotator", "origin_file", "origin_at")  # fmt: skip


_RECORD_FIELDS = {  # what each type of record holds, as `_lines` writes it
    "label": {"name", "colour", "shortcut", "style", "description"},
    "link_type": {"name", "colour", "shortcut", "from", "to", "unnamed", "description"},
    "annotator": {"name", "created"},
    "document": {"sha256", "title", "source", "date", "url", "origin", "header_lines",
                 "added_at", "text"},
    "status": {"document", "annotator", "status", "updated"},
    "entity": {"id", "label", "name", "aliases", "note", "external_id"},
    "annotation": {"id", "document", "label", "annotator", "start", "end", "entity",
                   *_SPAN_TEXT},
    "link": {"link_type", "claim", "target", "annotator", "created", "updated"},
}  # fmt: skip
_READ = {kind: frozenset({"type", *names}) for kind, names in _RECORD_FIELDS.items()}


def is_qari_header(value: object) -> bool:
    return isinstance(value, dict) and value.get("format") == FORMAT


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.labels: list[dict[str, Any]] = []
        self.people: list[AnnotatorInfo] = []
        self.documents: dict[str, ForeignDocument] = {}
        self.written_sha: dict[str, ForeignDocument] = {}  # as the file names them
        self.spans: list[ForeignSpan] = []
        self.warnings: list[Words] = []
        self.link_types: list[dict[str, Any]] = []
        self.by_id: dict[int, ForeignSpan] = {}  # annotations by their `id`
        self.links: list[ForeignLink] = []
        self.entities: dict[int, EntityDef] = {}  # by the id the file gives them
        self.statuses: list[StatusMark] = []
        self.unread = UnreadFields(path)
        self.faults = Faults(path)

    def header(self, obj: Any, where: Where) -> None:
        if not is_qari_header(obj):
            wrong = QT_TR_NOOP(
                '{where}: not a Qari JSONL file (its first line must be {{"format": "{FORMAT}", '
                "...}})"
            )
            raise FormatError(Words(wrong, where=where, FORMAT=FORMAT))
        self.unread.check(obj, frozenset({"format", "version"}), "header.")
        version = obj.get("version")
        if not is_int(version) or version < 1:
            raise FormatError(
                Words(QT_TR_NOOP("{where}: 'version' must be a positive integer"), where=where)
            )
        if version > VERSION:
            raise FormatError(
                Words(
                    QT_TR_NOOP(
                        "{where}: written by a newer Qari (format version {version}; this one "
                        "reads up to {VERSION}); update Qari to read it"
                    ),
                    where=where,
                    version=version,
                    VERSION=VERSION,
                )
            )

    def record(self, obj: Any, where: Where) -> None:
        if not isinstance(obj, dict):
            raise FormatError(Words(QT_TR_NOOP("{where}: expected a JSON object"), where=where))
        kind = obj.get("type")
        if isinstance(kind, str) and kind in _READ:
            self.unread.check(obj, _READ[kind], f"{kind}.")
        if kind == "label":
            self.labels.append(obj)
        elif kind == "annotator":
            name = field(obj, "name", str, where)
            self.people.append(AnnotatorInfo(name, str(obj.get("created") or "")))
        elif kind == "document":
            self.document(obj, where)
        elif kind == "annotation":
            self.annotation(obj, where)
        elif kind == "link_type":
            self.link_types.append(obj)
        elif kind == "link":
            self.link(obj, where)
        elif kind == "entity":
            self.entity(obj, where)
        elif kind == "status":
            self.status(obj, where)
        else:
            unknown = QT_TR_NOOP("{where}: a record of type {kind!r} is not known; skipped")
            self.warnings.append(Words(unknown, where=where, kind=kind))

    def document(self, obj: dict[str, Any], where: Where) -> None:
        text = canonicalize(field(obj, "text", str, where))
        sha = text_sha256(text)
        if obj.get("sha256") != sha:
            wrong_sha = QT_TR_NOOP("{where}: its sha256 is not that of its text; recomputed")
            self.warnings.append(Words(wrong_sha, where=where))
        if sha in self.documents:
            raise FormatError(
                Words(QT_TR_NOOP("{where}: the same document text appears twice"), where=where)
            )
        extra = {k: str(obj.get(k) or "") for k in _DOCUMENT_TEXT}
        header_lines = obj.get("header_lines", 0)
        if not is_int(header_lines) or header_lines < 0:
            raise FormatError(
                Words(QT_TR_NOOP("{where}: 'header_lines' must be a whole number"), where=where)
            )
        doc = self.documents[sha] = ForeignDocument(
            len(self.documents), sha, extra["title"], text, extra["source"], extra["date"],
            extra["url"], extra["origin"], header_lines, extra["added_at"],
        )  # fmt: skip
        self.written_sha[str(obj.get("sha256"))] = doc

    def annotation(self, obj: dict[str, Any], where: Where) -> None:
        doc = self.written_sha.get(str(obj.get("document")))
        if doc is None or doc.text is None:
            raise FormatError(
                Words(
                    QT_TR_NOOP("{where}: 'document' names no document listed before it"),
                    where=where,
                )
            )
        start, end = field(obj, "start", int, where), field(obj, "end", int, where)
        if not 0 <= start < end <= len(doc.text):
            raise FormatError(
                Words(
                    QT_TR_NOOP("{where}: span [{start}, {end}) is not inside its document"),
                    where=where,
                    start=start,
                    end=end,
                )
            )
        label, annotator = field(obj, "label", str, where), field(obj, "annotator", str, where)
        values = {k: obj.get(k) or "" for k in _SPAN_TEXT}
        if not all(isinstance(v, str) for v in values.values()):
            raise FormatError(
                Words(
                    QT_TR_NOOP("{where}: {listed} must be strings"),
                    where=where,
                    listed=", ".join(_SPAN_TEXT),
                )
            )
        values["text"] = values["text"] or doc.text[start:end]  # surface text left out
        entity = obj.get("entity")
        if entity is not None and not (is_int(entity) and entity in self.entities):
            stray = QT_TR_NOOP("{where}: 'entity' names no entity listed before it")
            raise FormatError(Words(stray, where=where))
        span = ForeignSpan(doc.key, label, start, end, annotator=annotator, entity=entity,
                           where=where, **values)  # fmt: skip
        self.spans.append(span)
        if is_int(obj.get("id")):
            self.by_id[obj["id"]] = span
        check_spans(len(self.spans), str(self.path))

    def entity(self, obj: dict[str, Any], where: Where) -> None:
        entity_id = field(obj, "id", int, where)
        aliases = obj.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise FormatError(
                Words(QT_TR_NOOP("{where}: 'aliases' must be a list of strings"), where=where)
            )
        self.entities[entity_id] = EntityDef(
            entity_id, field(obj, "label", str, where), field(obj, "name", str, where),
            tuple(aliases), str(obj.get("note") or ""), str(obj.get("external_id") or ""),
        )  # fmt: skip

    def link(self, obj: dict[str, Any], where: Where) -> None:
        kind = field(obj, "link_type", str, where)
        claim, target = obj.get("claim"), obj.get("target")
        if claim not in self.by_id or (target is not None and target not in self.by_id):
            stray = QT_TR_NOOP("{where}: a link names an annotation id not listed before it")
            raise FormatError(Words(stray, where=where))
        times = {k: str(obj.get(k) or "") for k in ("annotator", "created", "updated")}
        end = None if target is None else self.by_id[target]
        self.links.append(ForeignLink(kind, self.by_id[claim], end, **times))

    def status(self, obj: dict[str, Any], where: Where) -> None:
        doc = self.written_sha.get(str(obj.get("document")))
        status = Status.parse(str(obj.get("status") or ""))
        if doc is None or status is None:
            wrong = QT_TR_NOOP("{where}: a status must name a document listed before it and "
                               "one of todo, in_progress, done, adjudicated")  # fmt: skip
            raise FormatError(Words(wrong, where=where))
        self.statuses.append(StatusMark(doc.key, field(obj, "annotator", str, where), status,
                                        str(obj.get("updated") or "")))  # fmt: skip

    def result(self) -> AnnotationSet:
        scheme = {"labels": self.labels, "links": self.link_types}
        try:
            labels = parse_scheme(scheme, str(self.path)) if self.labels else []
            link_types = parse_link_types(scheme, labels, str(self.path)) if labels else []
        except LabelSchemeError as err:
            raise FormatError(err.words or str(err)) from None
        return AnnotationSet(
            str(self.path), tuple(self.documents.values()), tuple(self.spans), tuple(labels),
            tuple(self.people), (*self.warnings, *self.unread.warnings()), tuple(self.links),
            tuple(link_types),
            tuple(self.entities.values()), tuple(self.statuses),
        )  # fmt: skip


def read(path: Path) -> AnnotationSet:
    path = Path(path)
    reader = _Reader(path)
    seen_header = False
    for number, obj in records(path):
        where = line_of(path, number)
        if not seen_header:
            reader.header(obj, where)
            seen_header = True
        else:
            with reader.faults.each():  # each bad record named, not only the first
                reader.record(obj, where)
    reader.faults.check()
    if not seen_header:
        raise FormatError(Words(QT_TR_NOOP("{path}: empty; not a Qari JSONL file"), path=path))
    return reader.result()


def _lines(aset: AnnotationSet) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [{"format": FORMAT, "version": VERSION}]
    out += [
        {"type": "label", "name": x.name, "colour": x.colour, "shortcut": x.shortcut,
         "style": x.style.value, "description": x.description}
        for x in aset.labels
    ]  # fmt: skip
    out += [{"type": "link_type", **scheme_entry(t)} for t in aset.link_types]
    out += [{"type": "annotator", "name": p.name, "created": p.created} for p in aset.people]
    sha = {}
    for doc in aset.documents:
        sha[doc.key] = doc.sha256
        out.append(
            {"type": "document", "sha256": doc.sha256, "title": doc.title,
             "source": doc.source, "date": doc.date, "url": doc.url, "origin": doc.origin,
             "header_lines": doc.header_lines, "added_at": doc.added_at, "text": doc.text}
        )  # fmt: skip
    out += [
        {"type": "status", "document": sha[m.document], "annotator": m.annotator,
         "status": m.status.value, "updated": m.updated_at}
        for m in aset.statuses if m.document in sha
    ]  # fmt: skip
    out += [
        {"type": "entity", "id": e.id, "label": e.label, "name": e.name,
         "aliases": list(e.aliases), "note": e.note, "external_id": e.external_id}
        for e in aset.entities
    ]  # fmt: skip
    order = {doc.key: n for n, doc in enumerate(aset.documents)}
    ids: dict[ForeignSpan, int] = {}
    for s in sorted(aset.spans, key=lambda s: (order[s.document], s.start, s.end, s.label,
                                                  s.annotator)):  # fmt: skip
        ids[s] = len(ids)
        out.append(
            {"type": "annotation", "id": ids[s], "document": sha[s.document], "label": s.label,
             "annotator": s.annotator, "start": s.start, "end": s.end,
             **{k: getattr(s, k) for k in _SPAN_TEXT},
             **({"entity": s.entity} if s.entity is not None else {})}
        )  # fmt: skip
    out += [
        {"type": "link", "link_type": k.type, "claim": ids[k.claim],
         "target": None if k.target is None else ids[k.target], "annotator": k.annotator,
         "created": k.created, "updated": k.updated}
        for k in aset.links
    ]  # fmt: skip
    return out


def write(aset: AnnotationSet, out: Path) -> WriteReport:
    out = Path(out)
    with atomic_file(out) as fh:
        for line in _lines(aset):
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    return WriteReport(out, len(aset.documents), len(aset.spans))
