"""Plain words for what the disk or SQLite refused. Each message names the file, says
that nothing was saved, and says what the user can do; `can_retry` tells the window
whether trying the same edit again may work (a lock released, space freed).

Works on sqlite3 errors and on SQLAlchemy's wrappers of them (`.orig`), by SQLite's
primary result code, so the words do not depend on the driver's message text. No Qt.
"""

from __future__ import annotations

import sqlite3

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


def describe(err: BaseException, path: str, timeout_s: float) -> str | None:
    """The user's words for a storage failure of the file at `path`; None when `err`
    is not one SQLite reported by a known code."""
    code = primary_code(err)
    detail = sqlite_error(err)
    if code == FULL:
        return (
            f"The disk holding {path} is full, so the change could not be written. Nothing "
            "was saved. Free some space on that disk, then try again."
        )
    if code in (BUSY, LOCKED):
        return (
            f"{path} is being changed by another program (perhaps another Qari window), "
            f"which did not finish within {timeout_s:g} seconds. Nothing was saved. Try "
            "again once it has finished."
        )
    if code == READONLY:
        return (
            f"{path} cannot be written: the file, its folder or its disk is read-only. "
            "Nothing was saved. Save a copy somewhere you can write to (File ▸ Save a Copy "
            "As…), or change the file's permissions."
        )
    if code == IOERR:
        return (
            f"The disk reported an error while writing {path} ({detail}). Nothing was "
            "saved. Check that the disk is still connected, then try again."
        )
    if code == CANTOPEN:
        return (
            f"{path} cannot be opened any more: it may have been moved or deleted, or its "
            f"folder or disk is no longer available ({detail})."
        )
    if code in (CORRUPT, NOTADB):
        return (
            f"{path} is damaged ({detail}). Restore it from a backup: File ▸ Restore From Backup…"
        )
    return None


_BRIEF = {
    FULL: "the disk is full",
    BUSY: "another program is writing to the file",
    LOCKED: "another program is writing to the file",
    READONLY: "the file cannot be written",
    IOERR: "the disk reported an error",
    CANTOPEN: "the file can no longer be opened",
    CORRUPT: "the file is damaged",
    NOTADB: "the file is damaged",
}


def brief(err: BaseException) -> str | None:
    """A few words for a status bar, or None when `err` is not a known SQLite failure."""
    code = primary_code(err)
    return _BRIEF.get(code) if code is not None else None


def can_retry(err: BaseException) -> bool:
    """Whether the same edit may succeed if tried again without changing anything in
    the app (another program lets go of the file, the user frees disk space)."""
    return primary_code(err) in _RETRYABLE
