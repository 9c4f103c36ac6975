"""SQLite files as files: telling one from other files, the URI that opens one in a mode,
whether it can be written, and a whole copy of one. Plain `sqlite3`; shared by opening
(`db`), backups and colleagues' files (`foreign`)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from reader.core.errors import AnnotationFileError
from reader.core.words import QT_TR_NOOP, Words, failed

SQLITE_MAGIC = b"SQLite format 3\x00"


def read_only_reason(path: Path) -> str:
    """Why the annotation file at `path` cannot be written, or "" if it can. WAL needs
    its folder too, for the -wal and -shm files beside it."""
    if not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(path.parent, os.W_OK):
        return "its folder is read-only"
    return ""


def file_uri(path: Path, mode: str) -> str:
    """The SQLite URI opening `path` in `mode` (ro, rw, rwc)."""
    uri = f"{path.absolute().as_uri()}?mode={mode}"  # a URI names no relative path
    # SQLite cannot make the -shm file it reads a WAL-mode file with in a folder it cannot
    # write; with no -wal file there is nothing it would miss.
    wal = Path(f"{path}-wal")
    if mode == "ro" and not os.access(path.parent, os.W_OK) and not wal.exists():
        uri += "&immutable=1"
    return uri


def is_sqlite_file(path: Path) -> bool:
    """Whether `path` starts with the SQLite header; AnnotationFileError if unreadable."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError as err:
        raise AnnotationFileError(
            str(path),
            failed(QT_TR_NOOP("cannot be read ({strerror})"), err),
        ) from None


def check_sqlite_header(path: Path) -> None:
    if not is_sqlite_file(path):
        raise AnnotationFileError(
            str(path), Words(QT_TR_NOOP("is not an annotation file (not a SQLite database)"))
        )


class StoppedError(Exception):
    """A copy stopped on request before it was whole."""


def write_copy(
    source: sqlite3.Connection, target: Path, pages: int = -1,
    should_stop: Callable[[], bool] | None = None,
) -> None:  # fmt: skip
    """Copy the database behind `source` into a new single file at `target`, `pages` at
    a time (-1: all at once); raises StoppedError when `should_stop()` says so between
    steps (the caller removes the part written)."""

    def step(_status: int, _remaining: int, _total: int) -> None:
        if should_stop is not None and should_stop():
            raise StoppedError

    target.unlink(missing_ok=True)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest, pages=pages, progress=step)
        # One file, not a WAL pair: a backup must be usable on its own.
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
