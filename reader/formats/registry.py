"""The interchange formats, one interface: each reads a file (or folder) into an
`AnnotationSet` and writes one out, reporting what it could not hold. Import, export and
review all go through here, so a format added once works everywhere."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reader.core.annotations import ExportRow
from reader.core.errors import FormatError
from reader.core.progress import effective
from reader.core.review import AnnotationSet
from reader.core.words import QT_TR_NOOP, Words
from reader.formats import (
    brat,
    claims_csv,
    conll,
    csv_format,
    doccano,
    label_studio,
    qari_jsonl,
    span_csv,
)
from reader.formats.common import WriteReport, unwritten_links
from reader.formats.jsonlines import first_record


@dataclass(frozen=True, slots=True)
class Format:
    name: str  # as given to --format
    title: str  # as shown in menus
    pattern: str  # file-dialog pattern; "" for a folder
    read: Callable[[Path], AnnotationSet]
    write: Callable[[AnnotationSet, Path], WriteReport]
    annotators: bool  # holds several annotators in one file
    notes: bool
    overlaps: bool
    texts: bool  # carries the documents' text
    readable: bool = True  # False: written for people, not to be imported
    writable: bool = True  # False: read from other tools, never written
    # Reads the file for an import, its spans left in it to be read a run at a time
    # (`span_batches`); formats without one are read whole.
    stream: Callable[[Path], AnnotationSet] | None = None

    @property
    def folder(self) -> bool:
        return not self.pattern

    @property
    def dialog_filter(self) -> str:
        return f"{self.title} ({self.pattern or '*'})"


def _csv_rows(aset: AnnotationSet) -> list[ExportRow]:
    docs = {d.key: d for d in aset.documents}
    marks = {(m.document, m.annotator): m.status for m in aset.statuses}
    return [
        ExportRow(docs[s.document].sha256, docs[s.document].title, s.label, s.start, s.end,
                  s.text, s.context_before, s.context_after, s.note, s.annotator, s.created,
                  s.updated, s.origin_annotator, s.origin_file, s.origin_at,
                  status=effective(marks.get((s.document, s.annotator)), 1).value)
        for s in aset.spans
    ]  # fmt: skip


def _write_csv(aset: AnnotationSet, out: Path) -> WriteReport:
    count = csv_format.write_csv(_csv_rows(aset), out)
    report = WriteReport(out, len({s.document for s in aset.spans}), count)
    report.losses += unwritten_links(aset, CSV_HAS_NO_LINKS)
    return report


def _not_written(aset: AnnotationSet, out: Path) -> WriteReport:
    raise FormatError(Words(QT_TR_NOOP("{out}: span tables are read, not written; export as "
                                       "csv (the Qari CSV) instead"), out=out))  # fmt: skip


CSV_HAS_NO_LINKS = Words(QT_TR_NOOP("the span CSV has a row a span; a claims CSV has the links"))


FORMATS: tuple[Format, ...] = (
    Format("csv", "Qari CSV export", "*.csv", csv_format.read_annotation_set, _write_csv,
           annotators=True, notes=True, overlaps=True, texts=False),
    Format("qari-jsonl", "Qari JSONL (the whole file)", "*.jsonl", qari_jsonl.read,
           qari_jsonl.write, annotators=True, notes=True, overlaps=True, texts=True),
    Format("brat", "brat standoff folder", "", brat.read, brat.write,
           annotators=False, notes=True, overlaps=True, texts=True, stream=brat.open_stream),
    Format("doccano", "doccano JSONL", "*.jsonl", doccano.read, doccano.write,
           annotators=False, notes=False, overlaps=True, texts=True),
    Format("label-studio", "Label Studio JSON", "*.json", label_studio.read,
           label_studio.write, annotators=True, notes=True, overlaps=True, texts=True),
    Format("conll", "CoNLL / IOB", "*.conll", conll.read, conll.write,
           annotators=False, notes=False, overlaps=False, texts=True),
    Format("claims-csv", "Claims CSV (who said what)", "*.csv", claims_csv.read,
           claims_csv.write, annotators=True, notes=False, overlaps=True, texts=False,
           readable=False),
    Format("span-csv", "Span table (CSV from other tools)", "*.csv", span_csv.read,
           _not_written, annotators=True, notes=True, overlaps=True, texts=False,
           writable=False),
)  # fmt: skip
BY_NAME = {f.name: f for f in FORMATS}
NAMES = tuple(BY_NAME)
READABLE = tuple(f.name for f in FORMATS if f.readable)
WRITABLE = tuple(f.name for f in FORMATS if f.writable)
_CONLL_SUFFIXES = {".conll", ".conllu", ".iob", ".iob2", ".bio", ".bioes"}
_IOB_LINE = re.compile(r"^\S+(?:[\t ]+\S+)*[\t ]+(?:O|[BIESLU]-\S+)$")


def by_name(name: str) -> Format:
    try:
        return BY_NAME[name]
    except KeyError:
        raise FormatError(
            Words(
                QT_TR_NOOP("no format named {name!r}; one of: {listed}"),
                name=name,
                listed=", ".join(NAMES),
            )
        ) from None


def _looks_like_conll(path: Path) -> bool:
    """A .txt file whose first lines are tokens with IOB tags (CoNLL-2003 ships as .txt)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(1 << 16).decode("utf-8", errors="replace").lstrip("\ufeff")
    except OSError:
        return False
    lines = [line.strip() for line in head.splitlines() if line.strip()][:20]
    if not lines:
        return False
    if lines[0].startswith(conll.DOCSTART):
        return True
    return sum(bool(_IOB_LINE.match(line)) for line in lines) >= 0.9 * len(lines)


def _jsonl_kind(path: Path) -> Format | None:
    first = first_record(path)
    if qari_jsonl.is_qari_header(first):
        return BY_NAME["qari-jsonl"]
    if isinstance(first, dict) and ("label" in first or "entities" in first):
        return BY_NAME["doccano"]
    return None  # articles, one a line


def detect(path: Path) -> Format | None:
    """The annotation format of a file or folder, or None for articles to import as
    such (.txt files, JSONL of articles, folders of them)."""
    path = Path(path)
    if path.is_dir():
        return BY_NAME["brat"] if next(path.rglob("*.ann"), None) else None
    suffix = path.suffix.lower()
    if suffix == ".ann" or (suffix == ".txt" and path.with_suffix(".ann").exists()):
        return BY_NAME["brat"]
    if suffix in _CONLL_SUFFIXES or (suffix == ".txt" and _looks_like_conll(path)):
        return BY_NAME["conll"]
    if suffix in {".jsonl", ".ndjson"}:
        return _jsonl_kind(path)
    if suffix == ".csv":
        return BY_NAME["csv" if csv_format.is_export(path) else "span-csv"]
    return {".json": BY_NAME["label-studio"]}.get(suffix)


def for_output(out: Path, name: str | None) -> Format:
    """The format to write: the one named, or the one the file's suffix leaves no doubt
    about."""
    if name:
        return by_name(name)
    suffix = Path(out).suffix.lower()
    guess = {".csv": "csv", ".json": "label-studio"}.get(suffix)
    if suffix in _CONLL_SUFFIXES:
        guess = "conll"
    if guess is None:
        raise FormatError(
            Words(
                QT_TR_NOOP("{out}: say which format to write with --format ({listed})"),
                out=out,
                listed=", ".join(NAMES),
            )
        )
    return BY_NAME[guess]
