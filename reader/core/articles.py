"""Reading articles to import: `.txt` files, folders of them, and JSONL files.

A `.txt` article is its canonical text; line 1 is the headline and line 2 the byline. A
JSONL file holds one JSON object a line with `text` and optional `title`, `source`,
`date`, `url`. Each source yields drafts or per-item errors, so one bad file never stops
the rest of an import.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reader.core.errors import ArticleError
from reader.core.text import canonical_text, canonicalize
from reader.core.words import QT_TR_NOOP, Words, failed

MAX_ARTICLE_BYTES = 64 * 1024 * 1024
UTF8_BOM = b"\xef\xbb\xbf"
READ_CHUNK = 1 << 20
_JSONL_FIELDS = ("title", "source", "date", "url")


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    """An article read from outside, not yet in an annotation file."""

    text: str
    origin: str
    title: str = ""
    source: str = ""
    date: str = ""
    url: str = ""
    # Lines at the top of `text` that are headline and byline (drawn as a header).
    header_lines: int = 0


def headline_of(text: str) -> str:
    return text.split("\n", 1)[0].strip()


HEADER_LINE_CHARS = 300  # longer than this, a first line is body text, not a headline


def header_lines_of(text: str) -> int:
    """Headline and byline of a text another tool carried without saying which lines
    they are: the first two lines of a text of three or more, when both are short, as
    an article file's are (line 1 the headline, line 2 the byline); else none."""
    lines = text.split("\n", 3)
    if len(lines) < 3 or any(len(line) > HEADER_LINE_CHARS for line in lines[:2]):
        return 0
    return 2 if lines[0].strip() else 0


def draft_from_txt(data: bytes, origin: str, source: str = "") -> ArticleDraft:
    text = canonical_text(data, origin)
    if not text.strip():
        raise ArticleError(origin, Words(QT_TR_NOOP("the article is empty")))
    header = 2 if "\n" in text else 1
    return ArticleDraft(
        text=text, origin=origin, title=headline_of(text), source=source, header_lines=header
    )


def read_txt(path: Path, source: str = "") -> ArticleDraft:
    return draft_from_txt(_read_bytes(path), str(path), source)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            limit = f"{MAX_ARTICLE_BYTES:,}"
            raise ArticleError(
                str(path),
                Words(
                    QT_TR_NOOP("too large ({size:,} bytes; limit {limit})"), size=size, limit=limit
                ),
            )
        return path.read_bytes()
    except OSError as err:
        raise ArticleError(str(path), failed(QT_TR_NOOP("cannot read ({strerror})"), err)) from None


def _draft_from_json(obj: object, origin: str) -> ArticleDraft:
    if not isinstance(obj, dict):
        raise ArticleError(origin, Words(QT_TR_NOOP("expected a JSON object")))
    text = obj.get("text")
    if not isinstance(text, str):
        raise ArticleError(origin, Words(QT_TR_NOOP("missing the 'text' field (a string)")))
    text = canonicalize(text)
    if not text.strip():
        raise ArticleError(origin, Words(QT_TR_NOOP("the article text is empty")))
    fields: dict[str, str] = {}
    for key in _JSONL_FIELDS:
        value = obj.get(key, "")
        if value is None:
            value = ""
        if not isinstance(value, str | int | float):
            raise ArticleError(origin, Words(QT_TR_NOOP("field '{key}' must be a string"), key=key))
        fields[key] = str(value).strip()
    return ArticleDraft(
        text, origin, fields["title"], fields["source"], fields["date"], fields["url"]
    )


def read_jsonl(path: Path) -> Iterator[ArticleDraft | ArticleError]:
    """One draft or one error per non-blank line. The file is read a line at a time, so
    a JSONL of 100,000 articles never sits in memory whole; one line is one article and
    is held to the size limit of an article."""
    try:
        fh = path.open("rb")
    except OSError as err:
        yield ArticleError(str(path), failed(QT_TR_NOOP("cannot read ({strerror})"), err))
        return
    seen = False  # a record, to tell an empty file
    with fh:
        for number, raw in enumerate(_lines(fh), start=1):
            origin = f"{path}, line {number}"
            first, seen = not seen, seen or bool(raw.removeprefix(UTF8_BOM).strip())
            if len(raw) > MAX_ARTICLE_BYTES:
                yield ArticleError(origin, f"too large ({len(raw):,} bytes; limit "
                                           f"{MAX_ARTICLE_BYTES:,})")  # fmt: skip
                continue
            try:
                line = canonical_text(raw if number > 1 else raw.removeprefix(UTF8_BOM), origin)
            except ArticleError as err:
                yield err
                continue
            if not line.strip():
                continue
            parsed = _parsed(line, origin)
            if isinstance(parsed, ArticleError) and line.lstrip()[:1] in "[{" and first:
                yield from _whole_json(path, parsed)  # a JSON file given for JSON Lines
                return
            yield parsed
    if not seen:
        yield ArticleError(str(path), Words(QT_TR_NOOP("the file is empty")))


def _whole_json(path: Path, first_error: ArticleError) -> Iterator[ArticleDraft | ArticleError]:
    """The articles of a JSON array (or one object) laid over several lines in a .jsonl
    file; if the whole is not JSON either, one error that says what the file is not."""
    try:
        whole = json.loads(canonical_text(_read_bytes(path), str(path)))
    except ArticleError as err:  # too large to read whole, or not text
        yield err
        return
    except (json.JSONDecodeError, RecursionError):
        neither = QT_TR_NOOP("not JSON Lines (one article a line), nor one JSON value: {error}")
        yield ArticleError(str(path), Words(neither, error=first_error.problem))
        return
    for i, obj in enumerate(whole if isinstance(whole, list) else [whole], 1):
        try:
            yield _draft_from_json(obj, f"{path}, item {i}")
        except ArticleError as err:
            yield err


def _lines(fh: BinaryIO) -> Iterator[bytes]:
    """Lines split at LF, CRLF or a lone CR (the canonical rules), without their ends."""
    pending = b""
    while chunk := fh.read(READ_CHUNK):
        pending += chunk
        held = pending.endswith(b"\r")  # it may be the first half of a CRLF
        parts = _split(pending[:-1] if held else pending)
        pending = parts.pop() + (b"\r" if held else b"")
        yield from parts
    if pending:
        yield from (part for part in _split(pending) if part)


def _split(data: bytes) -> list[bytes]:
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")


def _parsed(line: str, origin: str) -> ArticleDraft | ArticleError:
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as err:
        msg = getattr(err, "msg", "nested too deeply")
        return ArticleError(origin, f"not valid JSON ({msg})")
    try:
        return _draft_from_json(obj, origin)
    except ArticleError as err:
        return err


def count_articles(paths: Iterable[Path]) -> int:
    """How many drafts or errors `iter_drafts` will yield, near enough for a progress bar
    (a JSONL file counts its non-blank lines), without decoding anything."""
    total = 0
    for path in paths:
        if path.is_dir():
            entries = [p for p in path.iterdir() if p.suffix.lower() in {".txt", ".jsonl"}]
            total += count_articles(entries) if entries else 1
        elif path.suffix.lower() == ".jsonl":
            total += _count_lines(path)
        else:
            total += 1
    return total


def _count_lines(path: Path) -> int:
    try:
        with path.open("rb") as fh:
            return max(1, sum(1 for line in fh if line.strip()))
    except OSError:
        return 1


def iter_drafts(paths: Iterable[Path]) -> Iterator[ArticleDraft | ArticleError]:
    """Drafts from files and folders: `.txt` and `.jsonl` files, folders read in name order
    (not recursively). Anything else is reported, not guessed at."""
    for path in paths:
        if path.is_dir():
            entries = sorted(p for p in path.iterdir() if p.suffix.lower() in {".txt", ".jsonl"})
            if not entries:
                yield ArticleError(str(path), "the folder has no .txt or .jsonl files")
            yield from iter_drafts(entries)
        elif path.suffix.lower() == ".jsonl":
            yield from read_jsonl(path)
        elif path.suffix.lower() == ".txt":
            try:
                yield read_txt(path)
            except ArticleError as err:
                yield err
        elif not path.exists():
            yield ArticleError(str(path), "no such file or folder")
        else:
            yield ArticleError(str(path), "not an article file (expected .txt, .jsonl or a folder)")
