"""Importing annotations from other tools' files into an annotation file, and exporting
one in their formats, as the window and the CLI both do. No Qt.

An import reads the file first (`read_annotations`), so that unknown labels can be mapped
before anything is written (a brat file: its labels and other lines, its spans read again
a run at a time during the import); then `annotation_import.import_annotations` adds, in one
transaction,
the documents the file has that mine lacks (matched by SHA-256, then by text apart from
spacing) and its spans, placed on my text as in review: offsets where they fit, else
re-anchored by their text, else reported. A span already in the file (same document,
annotator, label and offsets) is not added twice, so importing a file again is harmless.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from reader.core.errors import CancelledError, EmptyFileError, KnownError
from reader.core.review import (
    AnnotationSet,
)
from reader.core.words import QT_TR_NOOP, Words, plural
from reader.formats import span_csv
from reader.formats.common import LINK_NOT_WRITTEN, LINKS_NOT_WRITTEN, WriteReport, is_blank
from reader.formats.csv_format import COLUMNS, FORMULA_TRIGGERS, write_table
from reader.formats.registry import CSV_HAS_NO_LINKS, Format, by_name, detect
from reader.storage import annotation_sets, attribution, repository
from reader.storage.db import AnnotationFile
from reader.storage.foreign import read_foreign_file
from reader.storage.sqlite_files import is_sqlite_file

SQLITE_SUFFIXES = {".sqlite", ".sqlite3", ".db"}
# Labels other tools use for what this app calls ACTOR, PLACE and CLAIM: offered as the
# mapping, never applied without the user's word.
SUGGESTED = {
    "PER": "ACTOR", "PERSON": "ACTOR", "ORG": "ACTOR", "ORGANIZATION": "ACTOR",
    "ORGANISATION": "ACTOR", "NORP": "ACTOR", "ACT": "ACTOR",
    "LOC": "PLACE", "LOCATION": "PLACE", "GPE": "PLACE", "FAC": "PLACE", "CITY": "PLACE",
    "COUNTRY": "PLACE",
    "QUOTE": "CLAIM", "STATEMENT": "CLAIM", "ASSERTION": "CLAIM",
}  # fmt: skip


class UnknownLabelsError(KnownError):
    """Labels of the file that the user's scheme lacks and no mapping covers."""

    def __init__(self, source: str, unknown: Counter[str], scheme: list[str]) -> None:
        self.unknown = unknown
        listed = ", ".join(f"{name} ({spans(n)})" for name, n in unknown.most_common())
        hints = [f"--map {name}={suggest(name, scheme) or '…'}" for name in unknown]
        super().__init__(
            f"{source}: labels not in your scheme ({', '.join(scheme)}): {listed}. Map "
            f"them, for example {' '.join(hints)}, or leave them out with --map NAME="
        )


def spans(n: int) -> str:
    return f"{n} span" if n == 1 else f"{n} spans"


def suggest(label: str, scheme: list[str]) -> str | None:
    """A label of the scheme the user would likely map `label` to."""
    for name in scheme:
        if name.casefold() == label.casefold():
            return name
    guess = SUGGESTED.get(label.upper())
    return guess if guess in scheme else None


def parse_mapping(items: Iterable[str]) -> dict[str, str]:
    """`THEIRS=MINE` pairs; `THEIRS=` leaves those spans out."""
    mapping: dict[str, str] = {}
    for item in items:
        theirs, sep, mine = item.partition("=")
        if not sep or not theirs.strip():
            raise KnownError(
                Words(
                    QT_TR_NOOP("--map {item!r}: expected THEIRS=MINE, for example PER=ACTOR"),
                    item=item,
                )
            )
        mapping[theirs.strip()] = mine.strip()
    return mapping


def check_mapping(mapping: Mapping[str, str], scheme: list[str]) -> None:
    """Every mapping must lead to a label of the scheme (or to nothing)."""
    for theirs, mine in mapping.items():
        if mine and mine not in scheme:
            raise KnownError(
                Words(
                    QT_TR_NOOP(
                        "--map {theirs}={mine}: {mine2} is not a label of your scheme ({listed})"
                    ),
                    theirs=theirs,
                    mine=mine,
                    mine2=mine,
                    listed=", ".join(scheme),
                )
            )


def full_mapping(
    aset: AnnotationSet, scheme: list[str], mapping: Mapping[str, str]
) -> dict[str, str]:
    """The user's mapping, plus labels that differ from the scheme's only in case
    (`Actor` is ACTOR)."""
    full = dict(mapping)
    folded = {name.casefold(): name for name in scheme}
    for label in set(aset.label_counts()) - set(scheme) - set(full):
        if label.casefold() in folded:
            full[label] = folded[label.casefold()]
    return full


def unknown_labels(
    aset: AnnotationSet, scheme: list[str], mapping: Mapping[str, str]
) -> Counter[str]:
    """Labels of `aset` neither in the scheme nor mapped, with their span counts."""
    full = full_mapping(aset, scheme, mapping)
    return Counter({label: n for label, n in aset.label_counts().items()
                    if label not in scheme and label not in full})  # fmt: skip


# ---------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class Incoming:
    """A file read and checked, not yet written anywhere."""

    path: Path
    format: str
    annotations: AnnotationSet


@dataclass(frozen=True, slots=True)
class TableOptions:
    """How to read a span table from another tool: which column is which, what its
    offsets count."""

    columns: Mapping[str, str] = field(default_factory=dict)  # field: column name
    offsets: str = "code"  # "code" points, "utf16" units or UTF-8 "bytes"


def read_annotations(
    path: Path, format_name: str | None = None, table: TableOptions | None = None
) -> Incoming | None:
    """Any annotation file: a Qari annotation file (read as untrusted input) or one of
    the interchange formats, detected or named. None when `path` holds articles."""
    path = Path(path)
    own = path.suffix.lower() in SQLITE_SUFFIXES or (path.is_file() and is_sqlite_file(path))
    if format_name is None and own:
        return Incoming(path, "qari", read_foreign_file(path))
    fmt: Format | None = by_name(format_name) if format_name else detect(path)
    if fmt is None:
        return None
    if not path.exists():
        raise KnownError(Words(QT_TR_NOOP("{path}: no such file or folder"), path=path))
    if path.is_file() and is_blank(path):
        raise EmptyFileError(path)
    if fmt.name == span_csv.NAME:
        table = table or TableOptions()
        aset = span_csv.read(path, table.columns, table.offsets)
    else:
        aset = (fmt.stream or fmt.read)(path)
    if not aset.documents:
        raise EmptyFileError(path, QT_TR_NOOP("no documents in it"))
    return Incoming(path, fmt.name, aset)


# ---------------------------------------------------------------- exporting

CARRY_ENTITIES = ("qari-jsonl", "brat")  # and the CSV, written apart


class ExportProgress(Protocol):
    """What a long export reports to, and asks whether to stop (the window's task)."""

    def set_total(self, total: int) -> None: ...

    def advance(self, done: int) -> None: ...

    def cancelled(self) -> bool: ...


def export_annotations(
    file: AnnotationFile,
    fmt: Format,
    out: Path,
    annotator: str | None = None,
    bom: bool = True,
    progress: ExportProgress | None = None,
) -> WriteReport:
    """Write the file (or one annotator's part) in `fmt`; what the format cannot hold is
    in the report's losses. A format that holds one annotator refuses a file of several
    unless `annotator` says whose. CSV streams from the database (`bom`: Excel's
    byte-order mark). `progress` hears how far it is; when it asks to stop, CancelledError is
    raised and nothing is written (every format writes atomically)."""
    out = Path(out)
    with file.session() as session:
        total = repository.count_annotations(session, annotator)
        if progress is not None:
            progress.set_total(total)
        if fmt.name == "csv":
            rows = repository.iter_export_cells(session, FORMULA_TRIGGERS, annotator)
            written = write_table(COLUMNS, rows, out, bom, lambda done: _check(progress, done))
            report = WriteReport(out, spans=written)
            links = attribution.count_links(session, annotator)
            if links:
                report.losses.append(
                    plural(LINK_NOT_WRITTEN, LINKS_NOT_WRITTEN, links, why=CSV_HAS_NO_LINKS)
                )
            return report
        aset = annotation_sets.annotation_set(session, file.display_name, annotator)
        # A link to a span of someone else is not in one annotator's part of the file.
        elsewhere = attribution.count_links(session, annotator) - len(aset.links)
    _check(progress, len(aset.spans))
    report = fmt.write(aset, out)
    linked = sum(s.entity is not None for s in aset.spans)
    if linked and fmt.name not in CARRY_ENTITIES:
        no_entities = QT_TR_NOOP("{count} links from spans to entities not written: {format} "
                                 "has no place for them")  # fmt: skip
        one = "{count} link from a span to an entity not written: {format} has no place for it"
        report.losses.append(plural(one, no_entities, linked, format=fmt.name))
    if elsewhere > 0:
        apart = QT_TR_NOOP("{count} links to spans of other annotators not written")
        one = "{count} link to a span of another annotator not written"
        report.losses.append(plural(one, apart, elsewhere))
    return report


def _check(progress: ExportProgress | None, done: int) -> None:
    if progress is not None:
        if progress.cancelled():
            raise CancelledError(Words(QT_TR_NOOP("Export cancelled; nothing was written")))
        progress.advance(done)


def annotators_in(file: AnnotationFile) -> list[str]:
    """Everyone with an annotation in the file."""
    with file.session() as session:
        return repository.annotators_with_annotations(session)
