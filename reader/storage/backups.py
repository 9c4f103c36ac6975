"""Rotating backups of an annotation file, taken with SQLite's online backup API.

Each annotation file has its own folder of backups under the user's data folder (named
after the file and a hash of its full path, so two `annotations.qari.sqlite` in different
folders never share one). A backup is taken when the app opens a file, unless one of
its backups already holds the same (nothing changed since, or it was just restored from
it) or, in the window, the newest is less than `EVERY` old; the newest `KEEP` are kept.
It is copied in steps, so closing the window stops it at once (nothing half-written is
left; the next open takes it again). The backup API copies
a consistent snapshot page by page, WAL included, while the file stays open, which a
plain file copy cannot promise.

Restoring first backs up the file as it is, so a restore can itself be undone, then
copies the chosen backup over it with the same API: SQLite writes the pages, so the
file's journal stays consistent. Plain `sqlite3`, no SQLAlchemy, no Qt.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reader.core.errors import AnnotationFileError
from reader.core.words import QT_TR_NOOP, Words
from reader.storage.sqlite_files import StoppedError, file_uri, write_copy

KEEP = 7
# A file opened often is not copied whole each time: the window takes a backup at most
# this often (a 190 MB file takes about a second to copy). Restoring always takes one.
EVERY = timedelta(minutes=30)
STEP = 1024  # pages a step of the copy: about 4 MB, some 20 ms
SUFFIX = ".qari.sqlite"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(\d{8}T\d{12}Z)" + re.escape(SUFFIX) + "$")


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken: datetime  # UTC
    annotations: int
    articles: int


def folder_for(path: Path, root: Path) -> Path:
    """The backup folder of the annotation file at `path`, under `root`."""
    path = Path(path).resolve()
    digest = hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:10]
    return root / f"{path.name}-{digest}"


def rescue_path(path: Path, root: Path) -> Path:
    """Where to copy a file that was moved or deleted while open (not a rotated backup)."""
    stamp = datetime.now(UTC).strftime(_STAMP)
    return folder_for(path, root) / f"rescued-{stamp}{SUFFIX}"


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(file_uri(path, "ro"), uri=True)


def _fingerprint(con: sqlite3.Connection) -> tuple[object, ...]:
    """What changes whenever the user's work does: counts, and the newest edit."""
    return tuple(
        con.execute(
            "SELECT (SELECT count(*) FROM annotation), (SELECT max(id) FROM annotation), "
            "(SELECT max(updated_at) FROM annotation), (SELECT count(*) FROM document), "
            "(SELECT max(id) FROM document), (SELECT count(*) FROM label)"
        ).fetchone()
    )


def _counts(path: Path) -> tuple[int, int]:
    con = _read_only(path)
    try:
        row = con.execute(
            "SELECT (SELECT count(*) FROM annotation), (SELECT count(*) FROM document)"
        ).fetchone()
        return int(row[0]), int(row[1])
    finally:
        con.close()


def list_backups(path: Path, root: Path) -> list[Backup]:
    """The backups of `path`, newest first; unreadable ones are left out."""
    folder = folder_for(path, root)
    found = []
    for candidate in folder.glob(f"*{SUFFIX}"):
        match = _NAME.match(candidate.name)
        if not match:
            continue
        try:
            annotations, articles = _counts(candidate)
        except sqlite3.Error:
            continue
        taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
        found.append(Backup(candidate, taken, annotations, articles))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def take(
    path: Path, root: Path, keep: int = KEEP, force: bool = False,
    every: timedelta = timedelta(0), should_stop: Callable[[], bool] | None = None,
) -> Path | None:  # fmt: skip
    """Back up `path` unless a backup already holds the same, or (`every`) the newest is
    younger than that; `force` takes one regardless. Keep the newest `keep`. The copy
    goes `STEP` pages at a time, and stops, leaving nothing, when `should_stop()` says
    so (a window closing does not wait for it; the next open takes it again). The new
    backup's path, or None when none was needed or it was stopped."""
    folder = folder_for(path, root)
    source = _read_only(path)
    try:
        if not force and _needless(source, list_backups(path, root), every):
            return None
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / (datetime.now(UTC).strftime(_STAMP) + SUFFIX)
        partial = target.with_name(target.name + ".partial")
        try:
            write_copy(source, partial, STEP, should_stop)
        except StoppedError:
            partial.unlink(missing_ok=True)
            return None
        partial.replace(target)  # a backup is whole or absent
    except (sqlite3.Error, OSError) as err:
        raise AnnotationFileError(
            str(path), Words(QT_TR_NOOP("could not be backed up ({err})"), err=err)
        ) from None
    finally:
        source.close()
    _rotate(path, root, keep)
    return target


def _needless(source: sqlite3.Connection, kept: list[Backup], every: timedelta) -> bool:
    """Whether no backup is needed now: the newest is younger than `every`, or one holds
    what the file holds."""
    if kept and datetime.now(UTC) - kept[0].taken < every:
        return True
    return _already_kept(source, kept)


def _already_kept(source: sqlite3.Connection, kept: list[Backup]) -> bool:
    """Whether a backup already holds what the file holds (the file is unchanged since
    then, or was just restored from it)."""
    now = _fingerprint(source)
    for backup in kept:
        con = _read_only(backup.path)
        try:
            if _fingerprint(con) == now:
                return True
        finally:
            con.close()
    return False


def _rotate(path: Path, root: Path, keep: int) -> None:
    for old in list_backups(path, root)[keep:]:
        old.path.unlink(missing_ok=True)


def restore(backup: Path, path: Path, root: Path) -> Path | None:
    """Replace the contents of `path` with `backup`, after backing `path` up as it is
    (returned, so the user can go back). The file must not be open elsewhere in this
    process; another process's open connection makes this fail with the file unchanged."""
    check = _read_only(backup)
    try:
        if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise AnnotationFileError(
                str(backup), Words(QT_TR_NOOP("is damaged; nothing was restored"))
            )
    except sqlite3.Error as err:
        raise AnnotationFileError(
            str(backup), Words(QT_TR_NOOP("cannot be read ({err})"), err=err)
        ) from None
    finally:
        check.close()
    before = take(path, root, force=True)
    try:
        source = _read_only(backup)
        dest = sqlite3.connect(path, timeout=5.0)
        try:
            source.backup(dest)
        finally:
            dest.close()
            source.close()
    except sqlite3.Error as err:
        raise AnnotationFileError(
            str(path), Words(QT_TR_NOOP("could not be restored ({err})"), err=err)
        ) from None
    return before
