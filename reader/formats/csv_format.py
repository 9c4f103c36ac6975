"""CSV export of annotations (and reading it back): RFC 4180, UTF-8, optional BOM.

A cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a CR, or
their full-width forms) gets a leading apostrophe. Reading reverses exactly that, so the
export round-trips; apostrophes already leading such a cell are escaped the same way.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from operator import attrgetter
from pathlib import Path

from reader.core.annotations import ExportRow
from reader.core.entities import EntityDef
from reader.core.errors import ExportError
from reader.core.foreign import ForeignDocument, ForeignSpan
from reader.core.progress import Status, StatusMark
from reader.core.review import AnnotationSet
from reader.core.words import QT_TR_NOOP, Words, failed, line_of
from reader.formats.common import MAX_SPANS, Faults, as_saved_by_user

COLUMNS: tuple[str, ...] = (
    "document_id",
    "title",
    "label",
    "start",
    "end",
    "text",
    "context_before",
    "context_after",
    "note",
    "annotator",
    "created",
    "updated",
    "accepted_from",
    "accepted_from_file",
    "accepted_at",
    "entity_id",
    "entity",
    "status",
)
# Exports written before the status column, the entity columns, and the accepted_* ones:
# they read back with those empty.
COLUMNS_BEFORE_STATUS = COLUMNS[:-1]
COLUMNS_BEFORE_ENTITY = COLUMNS[:-3]
COLUMNS_BEFORE_ORIGIN = COLUMNS[:-6]
READABLE_HEADERS = (COLUMNS, COLUMNS_BEFORE_STATUS, COLUMNS_BEFORE_ENTITY, COLUMNS_BEFORE_ORIGIN)
SHA256 = re.compile(r"[0-9a-f]{64}")
FORMULA_TRIGGERS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


def neutralise(cell: str) -> str:
    """Make a cell inert in spreadsheets without losing information."""
    return "'" + cell if cell.lstrip("'")[:1] in FORMULA_TRIGGERS else cell


def restore(cell: str) -> str:
    """Undo `neutralise`."""
    if cell.startswith("'") and cell.lstrip("'")[:1] in FORMULA_TRIGGERS:
        return cell[1:]
    return cell


_FIELDS = attrgetter(*COLUMNS)
_RISKY_START = FORMULA_TRIGGERS | {"'"}  # a cell needs `neutralise` only if it starts so


def _cells(row: ExportRow) -> list[str | int]:
    # The hot loop of a 100,000-row export: one attribute fetch, one test per cell.
    return [neutralise(v) if type(v) is str and v[:1] in _RISKY_START else v for v in _FIELDS(row)]


def write_csv(
    rows: Iterable[ExportRow],
    out: Path,
    bom: bool = True,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write rows to `out` atomically (a temporary file renamed into place), so a failed
    export never leaves half a file where a good one was. Returns the row count."""
    return write_table(COLUMNS, map(_cells, rows), out, bom, progress)


def safe_cells(values: Iterable[str | int]) -> list[str | int]:
    """A row's cells, each that a spreadsheet would run as a formula neutralised."""
    return [neutralise(v) if type(v) is str and v[:1] in _RISKY_START else v for v in values]


def write_table(
    columns: tuple[str, ...],
    rows: Iterable[Sequence[object]],
    out: Path,
    bom: bool = True,
    progress: Callable[[int], None] | None = None,
) -> int:
    """`columns` and then `rows` (cells already made safe) as CSV at `out`, atomically."""
    out = Path(out)
    count = 0
    try:
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}-", suffix=".tmp")
    except OSError as err:
        raise ExportError(
            failed(QT_TR_NOOP("{out}: cannot write there ({strerror})"), err, out=out)
        ) from None
    try:
        # The byte-order mark by hand: "utf-8-sig" encodes each row in Python, "utf-8" in C.
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write("\ufeff" if bom else "")
            writer = csv.writer(fh, lineterminator="\r\n")
            writer.writerow(columns)
            rows = iter(rows)
            # A thousand rows a call: the csv module's loop, not ours, walks the rows.
            while chunk := list(islice(rows, 1000)):
                writer.writerows(chunk)
                count += len(chunk)
                if progress and len(chunk) == 1000:
                    progress(count)
            if progress:  # the last word before the file takes its place (a cancel may raise)
                progress(count)
        as_saved_by_user(Path(tmp))
        Path(tmp).replace(out)
    except BaseException as err:  # a failure or a cancel: no half file is left behind
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        if isinstance(err, OSError):
            raise ExportError(
                failed(QT_TR_NOOP("{out}: export failed ({strerror})"), err, out=out)
            ) from None
        raise
    return count


def is_export(path: Path) -> bool:
    """Whether the file starts with the header of a Qari CSV export (of any version)."""
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as fh:
            return tuple(next(csv.reader(fh), ())) in READABLE_HEADERS
    except (OSError, UnicodeDecodeError, csv.Error):
        return True  # the export's reader says what is wrong with it


def _numbered_rows(path: Path) -> Iterator[tuple[int, ExportRow]]:
    """Rows of an export with the line each ends on. Raises ExportError naming the line."""
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, None)
            columns = tuple(header or ())
            if columns not in READABLE_HEADERS:
                raise ExportError(
                    Words(
                        QT_TR_NOOP("{path}: not a Qari CSV export (unexpected header)"), path=path
                    )
                )
            for record in reader:
                yield reader.line_num, _row(path, reader.line_num, record, columns)
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise ExportError(
            Words(QT_TR_NOOP("{path}: cannot read ({err})"), path=path, err=err)
        ) from None


def _row(path: Path, line: int, record: list[str], columns: tuple[str, ...]) -> ExportRow:
    if len(record) != len(columns):
        raise ExportError(
            Words(
                QT_TR_NOOP("{path}, line {line}: expected {columns_count} cells"),
                path=path,
                line=line,
                columns_count=len(columns),
            )
        )
    values = dict(zip(columns, record, strict=True))
    try:
        start, end = int(values["start"]), int(values["end"])
        entity = values.pop("entity_id", "")
        entity_id = int(entity) if entity else None
    except ValueError:
        raise ExportError(
            Words(
                QT_TR_NOOP("{path}, line {line}: start, end and entity_id must be integers"),
                path=path,
                line=line,
            )
        ) from None
    text_cells = {k: restore(v) for k, v in values.items() if k not in {"start", "end"}}
    return ExportRow(start=start, end=end, entity_id=entity_id, **text_cells)


def read_csv(path: Path) -> list[ExportRow]:
    """Read an export back. Raises ExportError naming the file and line on bad input."""
    return [row for _, row in _numbered_rows(path)]


def _span_problem(row: ExportRow) -> str:
    if not SHA256.fullmatch(row.document_id):
        return "document_id is not a SHA-256"
    if not 0 <= row.start < row.end:
        return f"span [{row.start}, {row.end}) is empty, reversed or negative"
    if len(row.text) != row.end - row.start:
        return (
            f"text has {len(row.text)} characters but the span "
            f"[{row.start}, {row.end}) has {row.end - row.start}"
        )
    if not row.label or not row.annotator:
        return "label and annotator must not be empty"
    return ""


def read_annotation_set(path: Path, max_rows: int = MAX_SPANS) -> AnnotationSet:
    """A colleague's CSV export as an annotation set for review. The export carries no
    document text: documents are known by SHA-256 and title only."""
    keys: dict[str, int] = {}
    titles: dict[str, str] = {}
    spans: list[ForeignSpan] = []
    entities: dict[int, EntityDef] = {}
    marks: dict[tuple[int, str], StatusMark] = {}
    faults = Faults(path)  # every bad row, not only the first
    for line, row in _numbered_rows(path):
        problem = _span_problem(row)
        if problem:
            faults.add(Words(QT_TR_NOOP("{path}, line {line}: {problem}"), path=path,
                             line=line, problem=problem))  # fmt: skip
            continue
        if len(spans) >= max_rows:
            raise ExportError(
                Words(
                    QT_TR_NOOP("{path}: more than {max_rows:,} rows; too large to review"),
                    path=path,
                    max_rows=max_rows,
                )
            )
        key = keys.setdefault(row.document_id, len(keys))
        titles.setdefault(row.document_id, row.title)
        spans.append(
            ForeignSpan(key, row.label, row.start, row.end, row.text, row.context_before,
                        row.context_after, row.note, row.annotator, row.created, row.updated,
                        row.accepted_from, row.accepted_from_file, row.accepted_at,
                        row.entity_id, line_of(path, line))
        )  # fmt: skip
        if row.entity_id is not None:  # the export names each entity it points to
            entities.setdefault(row.entity_id, EntityDef(row.entity_id, row.label, row.entity))
        status = Status.parse(row.status)
        if status is not None:  # a row a span: the same status on each of the article's
            marks[(key, row.annotator)] = StatusMark(key, row.annotator, status)
    faults.check()
    documents = tuple(ForeignDocument(k, sha, titles[sha], None) for sha, k in keys.items())
    return AnnotationSet(str(path), documents, tuple(spans), entities=tuple(entities.values()),
                         statuses=tuple(marks.values()))  # fmt: skip
