"""Reading a colleague's annotation file: untrusted input (DESIGN.md, "The annotation file").

The file is never written, and nothing in it runs:
- it is copied into a private temporary folder first (with its WAL, if one lies beside
  it), so SQLite's read-only open, which may still create -shm or -wal files, touches only
  the copy; a file that changes while it is read cannot change what was read;
- the copy is opened read-only with `query_only`, `trusted_schema=OFF` and an authorizer
  that allows only SELECT, reading the known tables and a handful of built-in
  functions: a view, trigger, generated column or unknown table cannot run or be read;
- the schema is checked before any data is read: the tables must be tables, with the
  columns this app wrote, none of them computed;
- every value is checked for its type and range (text as strict UTF-8, offsets inside
  their document, start before end), with size limits, and a bad file is refused with a
  message that says what is wrong and where.

Plain `sqlite3` is used on purpose: this reads the SQLite file format, not a database the
app owns, and the authorizer and limits are the sqlite3 module's.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from reader.core.entities import EntityDef
from reader.core.errors import AnnotationFileError
from reader.core.foreign import ForeignDocument, ForeignLink, ForeignSpan
from reader.core.progress import Status, StatusMark
from reader.core.review import AnnotationSet
from reader.core.text import canonicalize, text_sha256
from reader.core.words import QT_TR_NOOP, Where, Words, failed, joined
from reader.storage import schema
from reader.storage.sqlite_files import check_sqlite_header

MAX_FILE_BYTES = 4 * 1024**3
MAX_VALUE_BYTES = 256 * 1024**2  # one document's text, or any other single value
MAX_DOCUMENTS = 1_000_000
MAX_SPANS = 10_000_000
SHOWN_PROBLEMS = 5

# table -> the columns read from it (all must exist, none computed)
COLUMNS: dict[str, tuple[str, ...]] = {
    "meta": ("key", "value"),
    "document": ("id", "sha256", "title", "text"),
    "label": ("id", "name"),
    "annotator": ("id", "name"),
    "annotation": (
        "id", "document_id", "label_id", "annotator_id", "start", "end",
        "text", "context_before", "context_after", "note",
    ),
}  # fmt: skip
# Read when the file has them (schema 5 and later): the links between its spans.
LINK_COLUMNS: dict[str, tuple[str, ...]] = {
    "link_type": ("id", "name"),
    "link": ("id", "type_id", "claim_id", "target_id", "annotator_id"),
}
# Read when the file has them (schema 6 and later): the entity registry, and which entity
# each span names.
ENTITY_COLUMNS: dict[str, tuple[str, ...]] = {
    "entity": ("id", "label", "name"),
    "entity_alias": ("id", "entity_id", "name"),
    "annotation": ("entity_id",),
}
# Read when the file has it (schema 7 and later): each annotator's status of an article.
STATUS_COLUMNS: dict[str, tuple[str, ...]] = {
    "document_status": ("document_id", "annotator_id", "status", "updated_at"),
}
_OPTIONAL = (LINK_COLUMNS, ENTITY_COLUMNS, STATUS_COLUMNS)
_READABLE = (COLUMNS.keys() | LINK_COLUMNS.keys() | ENTITY_COLUMNS.keys()
             | STATUS_COLUMNS.keys())  # fmt: skip
_FUNCTIONS = frozenset({"count", "length", "typeof"})
_PRAGMAS = frozenset({"table_xinfo"})


def _authorize(action: int, arg1: str | None, arg2: str | None, *_: object) -> int:
    """Allow plain SELECTs of the known tables and nothing else."""
    if action == sqlite3.SQLITE_SELECT:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_READ and (arg1 in _READABLE or arg1 == "sqlite_master"):
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_FUNCTION and arg2 in _FUNCTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and arg1 in _PRAGMAS:
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


_ROW_NAMES = {
    "label": QT_TR_NOOP("label {id}"),
    "annotator": QT_TR_NOOP("annotator {id}"),
    "link_type": QT_TR_NOOP("link type {id}"),
}


class _Problems:
    """Problems found in the file: it is refused with the first few, and how many more."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.found: list[Words] = []

    def add(self, where: Where, problem: Words) -> None:
        self.found.append(Words(QT_TR_NOOP("{where}: {problem}"), where=where, problem=problem))

    def raise_if_any(self) -> None:
        if not self.found:
            return
        shown = self.found[:SHOWN_PROBLEMS]
        more = len(self.found) - SHOWN_PROBLEMS
        if more > 0:
            shown.append(Words(QT_TR_NOOP("and {more} more"), more=more))
        raise AnnotationFileError(
            str(self.path),
            Words(QT_TR_NOOP("cannot be reviewed: {shown}"), shown=joined(shown)),
        )


def read_foreign_file(path: Path) -> AnnotationSet:
    """Everything in a colleague's annotation file, checked. Raises AnnotationFileError."""
    path = Path(path)
    try:
        _check_file(path)
        with _private_copy(path) as copy, closing(_connect(copy)) as conn:
            _check_schema(conn, path)
            return _read(conn, path)
    except sqlite3.DataError as err:  # SQLITE_TOOBIG: a value beyond MAX_VALUE_BYTES
        raise AnnotationFileError(
            str(path),
            Words(
                QT_TR_NOOP("holds a value larger than {value} MiB; refused ({err})"),
                value=MAX_VALUE_BYTES // 1024**2,
                err=err,
            ),
        ) from None
    except sqlite3.DatabaseError as err:
        raise AnnotationFileError(
            str(path), Words(QT_TR_NOOP("is damaged or not readable ({err})"), err=err)
        ) from None
    except UnicodeDecodeError as err:  # values are located where read; this is the schema
        raise AnnotationFileError(
            str(path),
            Words(
                QT_TR_NOOP("is damaged: its table definitions are not valid UTF-8 ({reason})"),
                reason=err.reason,
            ),
        ) from None
    except OSError as err:
        raise AnnotationFileError(
            str(path),
            failed(QT_TR_NOOP("cannot be read ({strerror})"), err),
        ) from None


@contextmanager
def checked_copy(path: Path) -> Iterator[Path]:
    """A private copy of the annotation file `path`, checked as a review checks it
    (`read_foreign_file`: refused with the reasons when unsound) and stripped of any
    triggers and views, for the app's own code to open (`services.team.push` reads it
    whole): nothing of the file runs, and the original is never opened for writing."""
    read_foreign_file(path)
    with _private_copy(path) as copy:
        with closing(sqlite3.connect(copy)) as conn:
            extras = conn.execute(
                "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')"
            ).fetchall()
            for kind, name in extras:
                conn.execute(f'DROP {kind.upper()} "{name.replace(chr(34), chr(34) * 2)}"')
            conn.commit()
        yield copy


def _check_file(path: Path) -> None:
    if not path.is_file():
        raise AnnotationFileError(str(path), Words(QT_TR_NOOP("is not a file")))
    check_sqlite_header(path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise AnnotationFileError(
            str(path),
            Words(
                QT_TR_NOOP("is {value:.1f} GiB; a review reads files up to 4 GiB"),
                value=size / 1024**3,
            ),
        )


@contextmanager
def _private_copy(path: Path) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="qari-review-") as folder:
        copy = Path(folder) / "colleague.sqlite"
        shutil.copyfile(path, copy)
        wal = path.with_name(path.name + "-wal")
        if wal.is_file():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        yield copy


def _connect(copy: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
    conn.text_factory = bytes  # decoded here, strictly, so bad UTF-8 can be located
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.execute("PRAGMA query_only=ON")
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.set_authorizer(_authorize)
    return conn


def _text(value: object) -> str | None:
    """A stored text value, decoded as strict UTF-8; None when it is not text at all."""
    if isinstance(value, bytes):
        return value.decode("utf-8")
    return None


def _shown(value: object) -> str:
    """A stored value as a message shows it: decoded leniently, cut short, quoted if text."""
    if isinstance(value, bytes):
        value = value[:60].decode("utf-8", errors="replace")
    return repr(value)


def _check_schema(conn: sqlite3.Connection, path: Path) -> None:
    kinds: dict[str | None, str | None] = {}
    for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master"):
        virtual = (_text(sql) or "").lstrip().upper().startswith("CREATE VIRTUAL")
        kinds[_text(name)] = "virtual table" if virtual else _text(kind)
    for table, columns in _needed(kinds).items():
        if kinds.get(table) != "table":
            what = (
                Words(QT_TR_NOOP("is missing"))
                if table not in kinds
                else Words(QT_TR_NOOP("is a {kind}, not a table"), kind=kinds[table])
            )
            raise AnnotationFileError(
                str(path),
                Words(
                    QT_TR_NOOP("is not a Qari annotation file: table {table!r} {what}"),
                    table=table,
                    what=what,
                ),
            )
        info = {_text(row[1]): row[6] for row in conn.execute(f"PRAGMA table_xinfo({table})")}
        missing = [c for c in columns if c not in info]
        computed = [c for c in columns if info.get(c)]
        if missing:
            raise AnnotationFileError(
                str(path),
                Words(
                    QT_TR_NOOP("is not a Qari annotation file: {table!r} lacks columns {missing}"),
                    table=table,
                    missing=missing,
                ),
            )
        if computed:
            raise AnnotationFileError(
                str(path),
                Words(
                    QT_TR_NOOP("has computed columns in {table!r} ({computed}); refused"),
                    table=table,
                    computed=computed,
                ),
            )
    _check_version(conn, path)


def _needed(kinds: dict[str | None, str | None]) -> dict[str, tuple[str, ...]]:
    """The tables to check and their columns: the five every file has, and the links'
    and the registry's where the file has them."""
    needed = dict(COLUMNS)
    for group in _OPTIONAL:
        if all(table in kinds for table in group):
            for table, columns in group.items():
                needed[table] = needed.get(table, ()) + columns
    return needed


def _check_version(conn: sqlite3.Connection, path: Path) -> None:
    meta = {_text(k): _text(v) for k, v in conn.execute("SELECT key, value FROM meta")}
    if meta.get("app") != schema.APP_MARK:
        raise AnnotationFileError(
            str(path), Words(QT_TR_NOOP("is a SQLite file but not a Qari annotation file"))
        )
    version = meta.get("schema_version") or ""
    if not version.isdigit() or not 1 <= int(version) <= schema.SCHEMA_VERSION:
        raise AnnotationFileError(
            str(path),
            Words(
                QT_TR_NOOP(
                    "has schema version {version!r}; this app reviews versions 1 to "
                    "{SCHEMA_VERSION} (a newer Qari wrote it?)"
                ),
                version=version,
                SCHEMA_VERSION=schema.SCHEMA_VERSION,
            ),
        )


def _count(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _names(conn: sqlite3.Connection, table: str, problems: _Problems) -> dict[int, str]:
    names: dict[int, str] = {}
    for row_id, raw in conn.execute(f"SELECT id, name FROM {table}"):
        try:
            name = _text(raw)
        except UnicodeDecodeError:
            name = None
        if not isinstance(row_id, int) or not name:
            where = Words(_ROW_NAMES[table], id=_shown(row_id))
            problems.add(where, Words(QT_TR_NOOP("has no valid name")))
        else:
            names[row_id] = name
    return names


def _read(conn: sqlite3.Connection, path: Path) -> AnnotationSet:
    problems = _Problems(path)
    if _count(conn, "document") > MAX_DOCUMENTS or _count(conn, "annotation") > MAX_SPANS:
        raise AnnotationFileError(
            str(path),
            Words(
                QT_TR_NOOP(
                    "is too large to review (more than {MAX_DOCUMENTS:,} documents or "
                    "{MAX_SPANS:,} annotations)"
                ),
                MAX_DOCUMENTS=MAX_DOCUMENTS,
                MAX_SPANS=MAX_SPANS,
            ),
        )
    documents = _documents(conn, problems)
    labels = _names(conn, "label", problems)
    annotators = _names(conn, "annotator", problems)
    problems.raise_if_any()
    spans = dict(_spans(conn, documents, labels, annotators, problems))
    problems.raise_if_any()
    registry = _entities(conn, spans, problems) if _has(conn, ENTITY_COLUMNS) else {}
    links = list(_links(conn, spans, annotators, problems)) if _has(conn, LINK_COLUMNS) else []
    marks = _marks(conn, documents, annotators) if _has(conn, STATUS_COLUMNS) else []
    problems.raise_if_any()
    return AnnotationSet(
        str(path),
        tuple(ForeignDocument(key, text_sha256(text), title, text)
              for key, (title, text) in documents.items()),
        tuple(spans.values()),
        links=tuple(links),
        entities=tuple(registry.values()),
        statuses=tuple(marks),
    )  # fmt: skip


def _marks(
    conn: sqlite3.Connection, documents: dict[int, tuple[str, str]], annotators: dict[int, str]
) -> list[StatusMark]:
    """The statuses set in the file; one of an unknown article, person or status is
    skipped (a status is a remark on the work, not part of it)."""
    found = []
    rows = conn.execute("SELECT document_id, annotator_id, status, updated_at FROM document_status")
    for doc, who, raw, at in rows:
        status = Status.parse(_text_or_none(raw) or "")
        if doc in documents and who in annotators and status is not None:
            found.append(StatusMark(doc, annotators[who], status, _text_or_none(at) or ""))
    return found


def _has(conn: sqlite3.Connection, group: dict[str, tuple[str, ...]]) -> bool:
    names = {_text(row[0]) for row in conn.execute("SELECT name FROM sqlite_master")}
    return group.keys() <= names


def _entities(
    conn: sqlite3.Connection, spans: dict[int, ForeignSpan], problems: _Problems
) -> dict[int, EntityDef]:
    """The file's entities, each with its aliases, and (in `spans`, in place) the entity
    each span names; one that is not whole is a problem."""
    aliases: dict[int, list[str]] = {}
    for entity_id, raw in conn.execute("SELECT entity_id, name FROM entity_alias ORDER BY id"):
        name = _text_or_none(raw)
        if name:
            aliases.setdefault(entity_id, []).append(name)
    found: dict[int, EntityDef] = {}
    for entity_id, raw_label, raw_name in conn.execute("SELECT id, label, name FROM entity"):
        label, name = _text_or_none(raw_label), _text_or_none(raw_name)
        if not isinstance(entity_id, int) or not label or not name:
            where = Words(QT_TR_NOOP("entity {id}"), id=_shown(entity_id))
            problems.add(where, Words(QT_TR_NOOP("has no valid label or name")))
            continue
        found[entity_id] = EntityDef(entity_id, label, name, tuple(aliases.get(entity_id, ())))
    rows = conn.execute("SELECT id, entity_id FROM annotation WHERE entity_id IS NOT NULL")
    for span_id, entity_id in rows:
        if span_id in spans and entity_id in found:
            spans[span_id] = replace(spans[span_id], entity=entity_id)
    return found


def _text_or_none(value: object) -> str | None:
    try:
        return _text(value)
    except UnicodeDecodeError:
        return None


def _links(
    conn: sqlite3.Connection,
    spans: dict[int, ForeignSpan],
    annotators: dict[int, str],
    problems: _Problems,
) -> Iterator[ForeignLink]:
    """The file's links between its spans; one that names no span of it is a problem."""
    types = _names(conn, "link_type", problems)
    rows = conn.execute("SELECT id, type_id, claim_id, target_id, annotator_id FROM link")
    for link_id, type_id, claim, target, who in rows:
        ok = type_id in types and claim in spans and who in annotators
        if not ok or (target is not None and target not in spans):
            where = Words(QT_TR_NOOP("link {id}"), id=_shown(link_id))
            problems.add(
                where, Words(QT_TR_NOOP("names a span, type or annotator not in the file"))
            )
            continue
        end = spans[target] if target is not None else None
        yield ForeignLink(types[type_id], spans[claim], end, annotators[who])


def _documents(conn: sqlite3.Connection, problems: _Problems) -> dict[int, tuple[str, str]]:
    documents: dict[int, tuple[str, str]] = {}
    for doc_id, raw_title, raw_text in conn.execute("SELECT id, title, text FROM document"):
        where = Words(QT_TR_NOOP("document {id}"), id=_shown(doc_id))
        try:
            title, text = _text(raw_title) or "", _text(raw_text)
        except UnicodeDecodeError as err:
            problems.add(where, _not_utf8(err))
            continue
        if not isinstance(doc_id, int) or text is None:
            problems.add(where, Words(QT_TR_NOOP("has no text")))
            continue
        # The stored SHA-256 is not trusted: identity is recomputed from the text itself.
        documents[doc_id] = (title, canonicalize(text))
    return documents


def _spans(
    conn: sqlite3.Connection,
    documents: dict[int, tuple[str, str]],
    labels: dict[int, str],
    annotators: dict[int, str],
    problems: _Problems,
) -> Iterator[tuple[int, ForeignSpan]]:
    """(id, span) of every annotation that is whole and sound."""
    rows = conn.execute(
        'SELECT id, document_id, label_id, annotator_id, start, "end", text, '
        "context_before, context_after, note FROM annotation ORDER BY document_id, start"
    )
    for row in rows:
        where = Words(QT_TR_NOOP("annotation {id}"), id=_shown(row[0]))
        problem, span = _span(row, documents, labels, annotators)
        if problem:
            problems.add(where, problem)
        elif span is not None:
            yield row[0], span


def _span(
    row: tuple[Any, ...],
    documents: dict[int, tuple[str, str]],
    labels: dict[int, str],
    annotators: dict[int, str],
) -> tuple[Words | None, ForeignSpan | None]:
    _id, doc_id, label_id, annotator_id, start, end, *raw = row
    if doc_id not in documents:
        stray = QT_TR_NOOP("refers to document {id}, which is not in the file")
        return Words(stray, id=_shown(doc_id)), None
    if label_id not in labels or annotator_id not in annotators:
        return Words(QT_TR_NOOP("refers to a label or annotator that is not in the file")), None
    if not isinstance(start, int) or not isinstance(end, int):
        fractional = QT_TR_NOOP("offsets {start}, {end} are not whole numbers")
        return Words(fractional, start=_shown(start), end=_shown(end)), None
    length = len(documents[doc_id][1])
    if start >= end:
        empty = QT_TR_NOOP("span [{start}, {end}) is empty")
        reversed_ = QT_TR_NOOP("span [{start}, {end}) is reversed")
        return Words(empty if start == end else reversed_, start=str(start), end=str(end)), None
    if start < 0 or end > length:
        outside = QT_TR_NOOP("span [{start}, {end}) lies outside its document (0 to {length})")
        return Words(outside, start=str(start), end=str(end), length=str(length)), None
    try:
        text, before, after, note = (_text(v) or "" for v in raw)
    except UnicodeDecodeError as err:
        return _not_utf8(err), None
    span = ForeignSpan(
        doc_id, labels[label_id], start, end, text, before, after, note, annotators[annotator_id]
    )
    return None, span


def _not_utf8(err: UnicodeDecodeError) -> Words:
    return Words(QT_TR_NOOP("is not valid UTF-8 (at byte {byte})"), byte=str(err.start))
