"""Span tables from other tools: a CSV of one span a row, without the article text, such as
an analyst's `doc,start,end,label,text,annotator` or a spreadsheet saved by Excel.

The columns are recognised by name (in any case, with spaces, underscores or hyphens, in
any order; `--columns doc=File,start=Begin` names the others), the separator by its use
(`,` `;` or a tab, as Excel writes them in different locales), a BOM and CRLF or LF line
ends are read. A row's `doc` names a document of the annotation file (or of the same
import) by its file name without extension, its title, its id or its SHA-256; the
documents are matched when the spans are imported. A cell that starts with the apostrophe
the app writes before a formula character is read back as it was. Offsets are code
points, unless the table says they are UTF-16 units or UTF-8 bytes (`--offsets`): they are
converted on the document's text when it is matched.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from pathlib import Path

from reader.core.errors import FormatError
from reader.core.foreign import ForeignDocument, ForeignSpan
from reader.core.review import AnnotationSet
from reader.core.text import canonicalize
from reader.core.words import QT_TR_NOOP, Words, line_of
from reader.formats.common import Faults, check_spans, read_text
from reader.formats.csv_format import SHA256, restore
from reader.formats.spans import CARRIAGE_RETURN

NAME = "span-csv"
OFFSET_UNITS = ("code", "utf16", "bytes")
FIELDS = ("doc", "start", "end", "label", "text", "annotator", "note")
REQUIRED = ("doc", "start", "end", "label")
# The names each field goes by in other tools' tables, compared folded (`_folded`).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "doc": ("doc", "document", "docid", "documentid", "docname", "documentname", "file",
            "filename", "article", "articleid", "sha256", "title"),
    "start": ("start", "startoffset", "begin", "beginoffset", "startchar", "from", "spanstart"),
    "end": ("end", "endoffset", "stop", "endchar", "to", "spanend"),
    "label": ("label", "tag", "type", "entitytype", "entity", "category", "class", "ner"),
    "text": ("text", "surface", "spantext", "mention", "span", "string", "covered"),
    "annotator": ("annotator", "user", "username", "coder", "author", "annotatedby",
                  "completedby"),
    "note": ("note", "notes", "comment", "comments"),
}  # fmt: skip


class ColumnsNotFoundError(FormatError):
    """The header does not say which column holds a field every span needs."""

    def __init__(self, path: Path, header: list[str], missing: list[str]) -> None:
        said = QT_TR_NOOP(
            "{path}: cannot tell which column holds {missing} (its columns: {header}); name "
            "them, for example --columns doc=File,start=Begin"
        )
        super().__init__(
            Words(said, path=path, missing=", ".join(missing), header=", ".join(header))
        )
        self.header = header
        self.missing = missing


def _folded(name: str) -> str:
    return re.sub(r"[\s_\-.]+", "", name.strip().lstrip("\ufeff")).casefold()


def parse_columns(items: str) -> dict[str, str]:
    """`doc=File,start=Begin` as {field: column}; a field the table does not have is refused."""
    columns = {}
    for item in filter(None, (part.strip() for part in items.split(","))):
        field, _, column = item.partition("=")
        if _folded(field) not in FIELDS or not column.strip():
            wrong = QT_TR_NOOP("--columns: {item!r} is not FIELD=COLUMN, FIELD one of {fields}")
            raise FormatError(Words(wrong, item=item, fields=", ".join(FIELDS)))
        columns[_folded(field)] = column.strip()
    return columns


def columns_of(header: list[str], given: Mapping[str, str] | None = None) -> dict[str, int]:
    """{field: index} for the header: the columns `given` by name, the others recognised."""
    folded = [_folded(h) for h in header]
    found: dict[str, int] = {}
    for field, column in (given or {}).items():
        if _folded(column) in folded:
            found[field] = folded.index(_folded(column))
    for field in FIELDS:
        if field in found or field in (given or {}):
            continue
        for name in SYNONYMS[field]:
            if name in folded and folded.index(name) not in found.values():
                found[field] = folded.index(name)
                break
    return found


def delimiter_of(text: str) -> str:
    """The separator the table uses, `,` `;` or a tab: the one that splits its header
    into the most columns (csv.Sniffer is fooled by a cell such as '=, taking the
    apostrophe for a quote)."""
    header = text.split("\n", 1)[0].rstrip("\r")
    widths = {d: len(next(csv.reader([header], delimiter=d), [])) for d in (",", ";", "\t")}
    return max(widths, key=lambda d: widths[d])  # ties: the first, a comma


def header_of(path: Path) -> list[str]:
    """The names in the first row, for a window that asks which column is which (only the
    first line is read: the table itself is read once the columns are known)."""
    try:
        with Path(path).open(encoding="utf-8-sig", errors="replace", newline="") as fh:
            first = fh.readline(1 << 20)
    except OSError:
        return []  # the reading that follows says what is wrong
    return next(csv.reader([first.rstrip("\r\n")], delimiter=delimiter_of(first)), [])


def read(
    path: Path, columns: Mapping[str, str] | None = None, offsets: str = "code"
) -> AnnotationSet:
    path = Path(path)
    text = read_text(path)
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter_of(text))
    header = next(rows, [])
    index = columns_of(header, columns)
    missing = [f for f in REQUIRED if f not in index]
    if missing:
        raise ColumnsNotFoundError(path, header, missing)
    documents: dict[str, ForeignDocument] = {}
    spans: list[ForeignSpan] = []
    faults = Faults(path)
    said: list[Words] = []  # span texts the canonical text changed
    for cells in rows:
        if not any(cell.strip() for cell in cells):
            continue
        with faults.each():  # rows.line_num: the line a row ends on, quoted line breaks too
            cells = [restore(cell) for cell in cells]
            spans.append(_span(path, rows.line_num, cells, index, documents, said))
            check_spans(len(spans), str(path))
    faults.check()
    unread = QT_TR_NOOP("{path}: the column {name!r} is not imported")
    said += [Words(unread, path=path, name=name) for i, name in enumerate(header)
             if i not in index.values() and name.strip()]  # fmt: skip
    return AnnotationSet(str(path), tuple(documents.values()), tuple(spans),
                         warnings=tuple(said), offset_unit=offsets)  # fmt: skip


def _span(
    path: Path, line: int, cells: list[str], index: dict[str, int],
    documents: dict[str, ForeignDocument], said: list[Words],
) -> ForeignSpan:  # fmt: skip
    where = line_of(path, line)
    value = {f: cells[i].strip() if i < len(cells) else "" for f, i in index.items()}
    start, end = _offset(value["start"], "start", where), _offset(value["end"], "end", where)
    if not 0 <= start < end:
        empty = QT_TR_NOOP("{where}: span [{start}, {end}) is empty, reversed or negative")
        raise FormatError(Words(empty, where=where, start=str(start), end=str(end)))
    if not value["doc"] or not value["label"]:
        raise FormatError(Words(QT_TR_NOOP("{where}: no document or no label"), where=where))
    doc = documents.setdefault(value["doc"], _document(len(documents), value["doc"]))
    raw_text = cells[index["text"]] if "text" in index and index["text"] < len(cells) else ""
    if "\r" in raw_text:  # stored with a line feed, as the canonical text has it: said
        said.append(Words(CARRIAGE_RETURN, where=where, label=value["label"]))
    return ForeignSpan(doc.key, value["label"], start, end, canonicalize(raw_text), "", "",
                       value.get("note", ""), value.get("annotator") or path.stem,
                       where=where)  # fmt: skip


def _offset(cell: str, field: str, where: object) -> int:
    if not re.fullmatch(r"-?\d+", cell):
        wrong = QT_TR_NOOP("{where}: {field} {cell!r} is not a whole number")
        raise FormatError(Words(wrong, where=where, field=field, cell=cell))
    return int(cell)


def _document(key: int, name: str) -> ForeignDocument:
    """A document the table names, to be matched to one of the file's when imported."""
    sha = name.lower() if SHA256.fullmatch(name.lower()) else ""
    return ForeignDocument(key, sha, name, None)
