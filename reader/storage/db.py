"""Opening annotation files: the checks, the read connection, sessions.

Every repository call runs in a short session that commits before returning, so what the
window shows as saved is on disk. SQLite runs in WAL mode with synchronous=FULL: a commit
returns only after the WAL is fsynced, so a crash or power loss cannot take back a commit.

Opening an existing file of the current schema takes only the standard library's
sqlite3: the file is checked read-only and the window reads through `reader` (`reads`).
SQLAlchemy, which every write goes through (`engine`, `repository`), costs about 220 ms
to import, so it loads on the first session, or earlier in the background once the
window is shown (`preload`), and never delays the first screen.
"""

from __future__ import annotations

import importlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from reader.core.errors import (
    AnnotationFileError,
    FileGoneError,
    NewerSchemaError,
    ReadOnlyFileError,
)
from reader.core.labels import LabelDef
from reader.core.links import DEFAULT_LINK_TYPES, LinkTypeDef
from reader.core.words import QT_TR_NOOP, Words
from reader.storage import schema
from reader.storage.reads import Connection as ReadConnection
from reader.storage.sqlite_files import (
    check_sqlite_header,
    file_uri,
    read_only_reason,
    write_copy,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

LOCK_TIMEOUT_S = 5.0  # how long a read or write waits for another program's lock
# What a write needs, loaded by `preload`.
_WRITE_SIDE = ("reader.storage.engine", "reader.storage.repository")


class AnnotationFile:
    """One open annotation file. Cheap to pass around; sessions are made per unit of work."""

    is_team = False  # a team database on a server (`server.ServerFile`)
    user = ""  # on a team database, the login name: its annotators are its members

    def __init__(
        self, path: Path | None, engine: Engine | None = None, read_only: str = ""
    ) -> None:
        self.path = path
        self.read_only = read_only  # why the file cannot be written; "" when it can
        self.lock_timeout_s = LOCK_TIMEOUT_S
        self._engine = engine
        self._sessions: sessionmaker[Session] | None = None
        self._annotators: set[str] = set()  # names known to be in the file, as committed
        self._reader: sqlite3.Connection | None = None
        self._lock = threading.Lock()  # the importer's thread may make the first session
        self._identity = _identity(path) if path else None

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else ":memory:"

    @property
    def location(self) -> str:
        """What the settings remember the file by ("" in memory)."""
        return str(self.path) if self.path else ""

    @classmethod
    def open(
        cls,
        path: Path,
        labels: list[LabelDef] | None = None,
        link_types: tuple[LinkTypeDef, ...] = DEFAULT_LINK_TYPES,
    ) -> AnnotationFile:
        """Open `path`, creating a new annotation file (seeded with `labels` and the
        `link_types` that join them) if it does not exist. Raises AnnotationFileError for
        anything that is not ours or is broken."""
        path = Path(path).expanduser().resolve()
        if path.is_dir():
            raise AnnotationFileError(
                str(path), Words(QT_TR_NOOP("is a folder, not an annotation file"))
            )
        if path.exists() and path.stat().st_size == 0:  # only a new path becomes a new file
            raise AnnotationFileError(
                str(path),
                Words(
                    QT_TR_NOOP(
                        "is an empty file, not an annotation file; give a path that does not "
                        "exist yet to create one"
                    )
                ),
            )
        if not path.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise AnnotationFileError(
                    str(path), Words(QT_TR_NOOP("cannot create folder ({err})"), err=err)
                ) from None
            file = cls(path)
            file._build(lambda sa: sa.create(file.engine, labels or [], link_types))
            file._identity = _identity(path)
            return file
        check_sqlite_header(path)
        meta, tables = _read_meta(path)
        version = checked_version(str(path), meta)
        missing = schema.REQUIRED_TABLES - tables
        if missing:
            raise AnnotationFileError(
                str(path),
                Words(QT_TR_NOOP("is damaged: missing tables {missing}"), missing=sorted(missing)),
            )
        read_only = read_only_reason(path)
        if read_only and version < schema.SCHEMA_VERSION:
            raise AnnotationFileError(
                str(path),
                Words(
                    QT_TR_NOOP(
                        "needs upgrading for this version of Qari, but {read_only}; copy it to "
                        "a folder you can write to and open the copy"
                    ),
                    read_only=read_only,
                ),
            )
        file = cls(path, read_only=read_only)
        if version < schema.SCHEMA_VERSION:
            file._build(lambda sa: sa.upgrade(file.engine, path, version))
        return file

    @classmethod
    def in_memory(cls, labels: list[LabelDef]) -> AnnotationFile:
        from sqlalchemy.pool import StaticPool

        from reader.storage import engine as sa

        engine = sa.make_engine(
            "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
        file = cls(None, engine)
        sa.create(engine, labels)
        return file

    def _build(self, step: Callable[[ModuleType], None]) -> None:
        """Create or upgrade the file with the SQLAlchemy side (`engine` module)."""
        from sqlalchemy.exc import DatabaseError, OperationalError

        from reader.storage import engine as sa

        try:
            step(sa)
        except (OperationalError, DatabaseError) as err:
            self.close()
            raise AnnotationFileError(
                self.display_name, Words(QT_TR_NOOP("cannot be used ({orig})"), orig=err.orig)
            ) from None
        except Exception:
            self.close()
            raise

    @property
    def engine(self) -> Engine:
        with self._lock:
            if self._engine is None:
                from reader.storage import engine as sa

                self._engine = sa.make_file_engine(self._connect)
            return self._engine

    def _connect(self) -> sqlite3.Connection:
        """A write connection: never creates a file (one deleted meanwhile is an error),
        read-only when the file is."""
        assert self.path is not None
        mode = "ro" if self.read_only else ("rw" if self._identity else "rwc")
        return sqlite3.connect(
            file_uri(self.path, mode),
            uri=True,
            timeout=self.lock_timeout_s,
            check_same_thread=False,  # the pool hands each thread its own connection
        )

    @property
    def reader(self) -> ReadConnection:
        """The window's read connection (`reads`)."""
        return self._file_reader()

    def _file_reader(self) -> sqlite3.Connection:
        """A plain connection for the window's reads (`reads`), on the thread that opened
        the window. It never writes (query_only) and holds no transaction between reads,
        so each read sees every commit, this process's or another's."""
        if self._reader is None:
            if self.path is None:  # in memory: the one connection the engine holds
                driver = self.engine.raw_connection().driver_connection
                assert isinstance(driver, sqlite3.Connection)
                self._reader = driver
            else:  # mode=rw: a file deleted meanwhile is an error, not a new empty file
                self._reader = sqlite3.connect(
                    file_uri(self.path, "ro" if self.read_only else "rw"),
                    uri=True,
                    timeout=self.lock_timeout_s,
                )
                self._reader.execute("PRAGMA query_only=ON")
        return self._reader

    def checkpoint(self) -> None:
        """Copy committed pages from the WAL into the file itself. SQLite does this every
        ~4 MB of WAL; doing it when the user pauses keeps the file complete on its own,
        so one copied or moved by hand while open still holds every edit."""
        if self._engine is None or self.read_only or not self.is_in_place():
            return  # nothing written yet, or nothing SQLite would write
        with self._engine.connect() as con:
            con.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")

    def is_in_place(self) -> bool:
        """Whether the path still leads to the file that was opened."""
        return (
            self.path is None or self._identity is None or (_identity(self.path) == self._identity)
        )

    def check_in_place(self) -> None:
        """Raise FileGoneError if the path no longer leads to the file that was opened:
        SQLite would go on writing to the old file, deleted or elsewhere, and the user's
        edits would be lost with it."""
        if not self.is_in_place():
            raise FileGoneError(
                str(self.path),
                Words(
                    QT_TR_NOOP(
                        "was moved, renamed, deleted or replaced by another program while "
                        "open, so nothing more can be saved to it. Nothing is lost yet: File ▸ "
                        "Save a Copy As… writes everything it held, with your saved edits, to "
                        "a new file"
                    )
                ),
            )

    def save_copy(self, target: Path) -> None:
        """Write everything the open file holds to `target` with SQLite's backup API;
        works even when the file was deleted meanwhile (the open connection still reads
        it). The copy is whole or absent."""
        target = Path(target).expanduser().resolve()
        if self.path is not None and target == self.path.resolve():
            raise AnnotationFileError(
                str(target), Words(QT_TR_NOOP("is the open file itself; choose another"))
            )
        partial = target.with_name(target.name + ".partial")
        try:
            write_copy(self._file_reader(), partial)
            partial.replace(target)
        except (sqlite3.Error, OSError) as err:
            partial.unlink(missing_ok=True)
            raise AnnotationFileError(
                str(target), Words(QT_TR_NOOP("could not be written ({err})"), err=err)
            ) from None

    def close(self) -> None:
        if self._reader is not None and self.path is not None:
            self._reader.close()
        self._reader = None
        if self._engine is not None:
            self._engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises."""
        if self.read_only:
            raise ReadOnlyFileError(
                self.display_name,
                Words(
                    QT_TR_NOOP(
                        "is open read-only ({read_only}), so nothing can be changed in it. "
                        "File ▸ Save a Copy As… makes a copy you can annotate"
                    ),
                    read_only=self.read_only,
                ),
            )
        self.check_in_place()
        if self._sessions is None:
            from reader.storage import engine as sa

            self._sessions = sa.sessions(self.engine)
        with self._sessions.begin() as session:
            session.info["annotators"] = self._annotators  # known to be in the file
            yield session
            self.check_in_place()  # raising here rolls back: never commit to a lost file
        # Only once committed: a name added in a unit of work rolled back is not there.
        self._annotators |= session.info.get("new_annotators", set())


def preload() -> threading.Thread:
    """Load what writes need (SQLAlchemy, the repository) in the background, so the
    first edit does not wait for it; a write that comes first waits on the import."""
    thread = threading.Thread(target=_load_write_side, name="qari-preload", daemon=True)
    thread.start()
    return thread


def _load_write_side() -> None:
    for name in _WRITE_SIDE:
        importlib.import_module(name)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _read_meta(path: Path) -> tuple[dict[str, str], set[str]]:
    """The `meta` table and the table names of an existing file, read through a read-only
    URI: nothing may write to a file before we know it is ours (even the WAL pragma
    rewrites the header)."""
    try:
        con = sqlite3.connect(file_uri(path, "ro"), uri=True)
    except sqlite3.Error as err:
        raise AnnotationFileError(
            str(path), Words(QT_TR_NOOP("cannot be read ({err})"), err=err)
        ) from None
    try:
        tables = {name for (name,) in con.execute("SELECT name FROM sqlite_master")}
        if "meta" not in tables:
            raise AnnotationFileError(
                str(path), Words(QT_TR_NOOP("is a SQLite file but not a Qari annotation file"))
            )
        return dict(con.execute("SELECT key, value FROM meta").fetchall()), tables
    except sqlite3.Error as err:
        raise AnnotationFileError(
            str(path), Words(QT_TR_NOOP("cannot be read ({err})"), err=err)
        ) from None
    finally:
        con.close()


def checked_version(path: str, meta: dict[str, str]) -> int:
    """The schema version of a file (or team database) whose `meta` table is `meta`, if
    this app can open it."""
    if meta.get("app") != schema.APP_MARK:
        raise AnnotationFileError(
            path, Words(QT_TR_NOOP("is a SQLite file but not a Qari annotation file"))
        )
    try:
        version = int(meta.get("schema_version", ""))
    except ValueError:
        raise AnnotationFileError(path, Words(QT_TR_NOOP("has no valid schema version"))) from None
    if version > schema.SCHEMA_VERSION:
        raise NewerSchemaError(
            path,
            Words(
                QT_TR_NOOP(
                    "was written by a newer version of Qari (file schema {version}, this app "
                    "reads up to {SCHEMA_VERSION}); it was not opened or changed"
                ),
                version=version,
                SCHEMA_VERSION=schema.SCHEMA_VERSION,
            ),
        )
    if version < 1:
        raise AnnotationFileError(
            path,
            Words(QT_TR_NOOP("has an impossible schema version {version}"), version=version),
        )
    return version
