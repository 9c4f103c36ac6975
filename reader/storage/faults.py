"""Plain words for what the disk or SQLite refused. Each message names the file, says
that nothing was saved, and says what the user can do; `can_retry` tells the window
whether trying the same edit again may work (a lock released, space freed).

Works on sqlite3 errors and on SQLAlchemy's wrappers of them (`.orig`), by SQLite's
primary result code, so the words do not depend on the driver's message text. No Qt.
"""

from __future__ import annotations

import sqlite3

from reader.core.words import QT_TR_NOOP, Words

# SQLite primary result codes (https://sqlite.org/rescode.html).
BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
_RETRYABLE = {BUSY, LOCKED, IOERR, FULL}


def sqlite_error(err: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error behind `err`, if any (SQLAlchemy keeps it as `.orig`)."""
    if isinstance(err, sqlite3.Error):
        return err
    orig = getattr(err, "orig", None)
    return orig if isinstance(orig, sqlite3.Error) else None


def primary_code(err: BaseException) -> int | None:
    cause = sqlite_error(err)
    code = getattr(cause, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def describe(err: BaseException, path: str, timeout_s: float) -> Words | None:
    """The user's words for a storage failure of the file at `path`; None when `err`
    is not one SQLite reported by a known code."""
    code = primary_code(err)
    detail = sqlite_error(err)
    template = _DESCRIBED.get(code) if code is not None else None
    if template is None:
        return None
    return Words(template, path=path, timeout=f"{timeout_s:g}", detail=detail)


_DESCRIBED = {
    FULL: QT_TR_NOOP(
        "The disk holding {path} is full, so the change could not be written. Nothing was "
        "saved. Free some space on that disk, then try again."
    ),
    BUSY: QT_TR_NOOP(
        "{path} is being changed by another program (perhaps another Qari window), which "
        "did not finish within {timeout} seconds. Nothing was saved. Try again once it has "
        "finished."
    ),
    READONLY: QT_TR_NOOP(
        "{path} cannot be written: the file, its folder or its disk is read-only. Nothing "
        "was saved. Save a copy somewhere you can write to (File ▸ Save a Copy As…), or "
        "change the file's permissions."
    ),
    IOERR: QT_TR_NOOP(
        "The disk reported an error while writing {path} ({detail}). Nothing was saved. "
        "Check that the disk is still connected, then try again."
    ),
    CANTOPEN: QT_TR_NOOP(
        "{path} cannot be opened any more: it may have been moved or deleted, or its "
        "folder or disk is no longer available ({detail})."
    ),
    CORRUPT: QT_TR_NOOP(
        "{path} is damaged ({detail}). Restore it from a backup: File ▸ Restore From Backup…"
    ),
}
_DESCRIBED[LOCKED] = _DESCRIBED[BUSY]
_DESCRIBED[NOTADB] = _DESCRIBED[CORRUPT]


_BRIEF = {
    FULL: QT_TR_NOOP("the disk is full"),
    BUSY: QT_TR_NOOP("another program is writing to the file"),
    LOCKED: QT_TR_NOOP("another program is writing to the file"),
    READONLY: QT_TR_NOOP("the file cannot be written"),
    IOERR: QT_TR_NOOP("the disk reported an error"),
    CANTOPEN: QT_TR_NOOP("the file can no longer be opened"),
    CORRUPT: QT_TR_NOOP("the file is damaged"),
    NOTADB: QT_TR_NOOP("the file is damaged"),
}


def brief(err: BaseException) -> str | None:
    """A few words for a status bar, or None when `err` is not a known SQLite failure."""
    code = primary_code(err)
    return _BRIEF.get(code) if code is not None else None


def can_retry(err: BaseException) -> bool:
    """Whether the same edit may succeed if tried again without changing anything in
    the app (another program lets go of the file, the user frees disk space)."""
    return primary_code(err) in _RETRYABLE
