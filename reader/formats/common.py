"""What every interchange format shares: reading a file safely, the canonical text with
its offsets, documents, and writing atomically (a failed export never leaves half a file
where a good one was)."""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import tempfile
import threading
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from reader.core.articles import header_lines_of
from reader.core.errors import FormatError
from reader.core.foreign import ForeignDocument
from reader.core.review import AnnotationSet
from reader.core.text import BOM, Utf16Map, canonicalize, text_sha256
from reader.core.words import QT_TR_NOOP, Where, Words, failed, first_of, joined, plural

MAX_INPUT_BYTES = 512 * 1024 * 1024  # one file of any format; beyond it, refused unread
# What one file may hold, so that memory stays bounded for any input: a span read costs
# about 150 bytes, a parsed JSON object or list about 100, a CoNLL token about 180. A
# 50 MB file of nothing but tiny spans stays under 600 MB this way (tests/test_hostile).
MAX_SPANS = 1_000_000
MAX_JSON_CONTAINERS = 2_000_000
MAX_TOKENS = 2_000_000
TITLE_CHARS = 120


def read_bytes(path: Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise FormatError(
                Words(
                    QT_TR_NOOP("{path}: too large ({size:,} bytes; the limit is {limit:,})"),
                    path=path,
                    size=size,
                    limit=limit,
                )
            )
        return path.read_bytes()
    except OSError as err:
        raise FormatError(
            failed(QT_TR_NOOP("{path}: cannot read ({strerror})"), err, path=path)
        ) from None


def is_blank(path: Path) -> bool:
    """Whether a file holds nothing but whitespace (and a BOM), read until it does not."""
    try:
        with path.open("rb") as fh:
            chunk = fh.read(1 << 16).removeprefix(BOM.encode())
            while chunk:
                if chunk.strip():
                    return False
                chunk = fh.read(1 << 16)
    except OSError:
        return False  # said by the reader, with the reason
    return True


def decode(data: bytes, path: Path) -> str:
    """Strict UTF-8 with one leading BOM dropped; line ends are left as they are."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise FormatError(
            Words(
                QT_TR_NOOP("{path}: not valid UTF-8 (bad byte 0x{data:02x} at byte {start})"),
                path=path,
                data=data[err.start],
                start=err.start,
            )
        ) from None
    return text[1:] if text.startswith(BOM) else text


def read_text(path: Path) -> str:
    return decode(read_bytes(path), path)


def iter_lines(text: str) -> Iterator[str]:
    """The lines of a canonical (LF-only) text one at a time: a 50 MB file of short lines
    never becomes millions of strings at once, as `split` would make it."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield text[start:end]
        start = end + 1
    yield text[start:]


def check_spans(count: int, where: Where) -> None:
    if count > MAX_SPANS:
        raise FormatError(
            Words(
                QT_TR_NOOP(
                    "{where}: more than {MAX_SPANS:,} spans in one file; split it to import it"
                ),
                where=where,
                MAX_SPANS=MAX_SPANS,
            )
        )


class Faults:
    """The broken records of one file, all of them, so that a user mends the file in one
    pass: each record is read `with faults.each():`, and `check()` at the end refuses the
    file naming the first 20 and how many more."""

    LIMIT = 10_000  # past this, a file is not worth reading on

    def __init__(self, path: Path) -> None:
        self.path = path
        self.found: list[Words] = []

    @contextlib.contextmanager
    def each(self) -> Iterator[None]:
        try:
            yield
        except FormatError as err:
            self.add(err.words or Words("{error}", error=str(err)))

    def add(self, problem: Words) -> None:
        self.found.append(problem)
        if len(self.found) >= self.LIMIT:
            self.check()

    def check(self) -> None:
        if len(self.found) == 1:
            raise FormatError(self.found[0])
        if self.found:
            many = QT_TR_NOOP("{path}: {count} problems; nothing was imported:\n{found}")
            raise FormatError(
                plural(many, many, len(self.found), path=self.path, found=first_of(self.found))
            )


_EMPTY: tuple[object, ...] = (None, "", [], {})  # a field holding nothing loses nothing


class UnreadFields:
    """The fields of a file's records that nothing here reads, counted by name and said
    once each, so that nothing is dropped without a word."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.counts: Counter[str] = Counter()

    def check(self, record: dict[str, object], read: frozenset[str], within: str = "") -> None:
        """Count the fields of `record` not in `read` (`within`: the field it is in)."""
        self.counts.update(f"{within}{name}" for name, value in record.items()
                           if name not in read and value not in _EMPTY)  # fmt: skip

    def warnings(self) -> list[Words]:
        one = "{path}: the field {name!r} is not imported ({count} record holds it)"
        other = QT_TR_NOOP("{path}: the field {name!r} is not imported ({count} records hold it)")
        return [plural(one, other, n, path=self.path, name=name) for name, n in self.counts.items()]


@dataclass(frozen=True, slots=True)
class CanonicalText:
    """A text as a tool stored it (`raw`, maybe with CRLF) and its canonical form, with
    the offset conversion between them: each CRLF becomes one LF, so every offset after
    it moves back by one."""

    raw: str
    text: str
    crlf: tuple[int, ...]  # raw offsets of the CR of each CRLF

    @classmethod
    def of(cls, raw: str) -> CanonicalText:
        raw = raw[1:] if raw.startswith(BOM) else raw
        if "\r" not in raw:
            return cls(raw, raw, ())
        crlf = []
        at = raw.find("\r\n")
        while at != -1:
            crlf.append(at)
            at = raw.find("\r\n", at + 2)
        return cls(raw, canonicalize(raw), tuple(crlf))

    def offset(self, raw_offset: int) -> int:
        return raw_offset - bisect_left(self.crlf, raw_offset)


def from_utf16(text: str, start: int, end: int) -> tuple[int, int]:
    """Code-point offsets of a span that a JavaScript tool counted in UTF-16 units."""
    units = _utf16_map(text)
    return units.from_utf16(start), units.from_utf16(end)


@functools.lru_cache(maxsize=4)
def _utf16_map(text: str) -> Utf16Map:
    """One map a text: the spans of a document are converted one by one, and building it
    scans the whole text."""
    return Utf16Map.of(text)


def has_astral(text: str) -> bool:
    """Whether the text has characters outside the Basic Multilingual Plane (emoji, some
    CJK), the only ones on which code points and UTF-16 units disagree."""
    return max(text, default="\0") >= "\U00010000"


def headline(text: str) -> str:
    """A title for a document a format gives none: its first non-blank line, shortened."""
    for line in text.split("\n"):
        if line.strip():
            line = line.strip()
            return line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1] + "…"
    return ""


def short_title(doc: ForeignDocument, width: int = 40) -> str:
    """A document's title for a message: short, or its SHA-256 prefix when it has none."""
    title = doc.title or doc.sha256[:12]
    return title if len(title) <= width else title[: width - 1] + "…"


def document(key: int, text: str, title: str = "", article: bool = True) -> ForeignDocument:
    """A document a format carried as bare text. An `article` (not a token list such as
    CoNLL's) keeps its headline and byline drawn as such (`header_lines_of`)."""
    header = header_lines_of(text) if article else 0
    return ForeignDocument(
        key, text_sha256(text), title or headline(text), text, header_lines=header
    )


@dataclass
class WriteReport:
    """What a writer wrote, and what the format could not hold (each loss named)."""

    out: Path
    documents: int = 0
    spans: int = 0
    losses: list[Words] = field(default_factory=list)

    def summary(self) -> Words:
        parts = [
            Words(
                QT_TR_NOOP("{annotations} ({documents}) written to {out}"),
                annotations=plural(
                    "{count} annotation", QT_TR_NOOP("{count} annotations"), self.spans
                ),
                documents=plural(
                    "{count} document", QT_TR_NOOP("{count} documents"), self.documents
                ),
                out=str(self.out),
            )
            if self.documents
            else plural(
                "{count} annotation written to {out}",
                QT_TR_NOOP("{count} annotations written to {out}"),
                self.spans,
                out=str(self.out),
            )
        ]
        if self.losses:
            parts.append(
                plural(
                    "{count} thing the format cannot hold was left out",
                    QT_TR_NOOP("{count} things the format cannot hold were left out"),
                    len(self.losses),
                )
            )
        return joined(parts)


def require_one_annotator(aset: AnnotationSet, out: Path, what: str) -> None:
    """Formats without annotators hold one person's spans: writing several people's into
    one would lose who tagged what."""
    people = aset.annotators
    if len(people) > 1:
        raise FormatError(
            Words(
                QT_TR_NOOP(
                    "{out}: {what} holds one annotator's spans and this file has "
                    "{people_count} ({listed}); choose one (--annotator)"
                ),
                out=out,
                what=what,
                people_count=len(people),
                listed=", ".join(people),
            )
        )


def unwritten_notes(aset: AnnotationSet, why: Words) -> list[Words]:
    """The loss to report when a format has no place for notes."""
    notes = sum(1 for span in aset.spans if span.note)
    if not notes:
        return []
    return [Words(QT_TR_NOOP("{notes} notes not written: {why}"), notes=notes, why=why)]


_UMASK_LOCK = threading.Lock()


def _umask() -> int:
    """The process's umask (read by setting it back at once: Python has no getter)."""
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def as_saved_by_user(path: Path, folder: bool = False) -> None:
    """Give a file made as a private temporary (mode 600, or 700 for a folder) the mode
    any file the user saves gets: 666 or 777 less their umask."""
    path.chmod((0o777 if folder else 0o666) & ~_umask())


def _cannot_write(out: Path, err: OSError) -> FormatError:
    return FormatError(failed(QT_TR_NOOP("{out}: cannot write there ({strerror})"), err, out=out))


@contextlib.contextmanager
def atomic_file(out: Path, encoding: str = "utf-8", newline: str = "\n") -> Iterator[IO[str]]:
    """A text file that appears at `out` only once it is completely written."""
    try:
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}-", suffix=".tmp")
    except OSError as err:
        raise _cannot_write(out, err) from None
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as fh:
            yield fh
        as_saved_by_user(Path(tmp))
        Path(tmp).replace(out)
    except OSError as err:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise FormatError(
            failed(QT_TR_NOOP("{out}: export failed ({strerror})"), err, out=out)
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise


@contextlib.contextmanager
def atomic_folder(out: Path) -> Iterator[Path]:
    """A new folder that appears at `out` only once all its files are written. An
    existing folder is used only when empty: an export never mixes with other files."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise FormatError(
            Words(
                QT_TR_NOOP("{out}: exists and is not an empty folder; choose a new folder"), out=out
            )
        )
    try:
        tmp = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}-"))
    except OSError as err:
        raise _cannot_write(out, err) from None
    try:
        yield tmp
        as_saved_by_user(tmp, folder=True)
        if out.exists():
            out.rmdir()
        tmp.replace(out)
    except OSError as err:
        shutil.rmtree(tmp, ignore_errors=True)
        raise FormatError(
            failed(QT_TR_NOOP("{out}: export failed ({strerror})"), err, out=out)
        ) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def unwritten_links(aset: AnnotationSet, why: Words) -> list[Words]:
    """The loss to report when a format has no place for links."""
    if not aset.links:
        return []
    return [plural(LINK_NOT_WRITTEN, LINKS_NOT_WRITTEN, len(aset.links), why=why)]


LINK_NOT_WRITTEN = "{count} link not written: {why}"
LINKS_NOT_WRITTEN = QT_TR_NOOP("{count} links not written: {why}")
