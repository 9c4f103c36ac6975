"""Opening annotation files: engine, SQLite PRAGMAs, schema check, sessions.

Every repository call runs in a short session that commits before returning, so what the
window shows as saved is on disk. SQLite runs in WAL mode with synchronous=FULL: a commit
returns only after the WAL is fsynced, so a crash or power loss cannot take back a commit.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, StaticPool

from reader.core.annotations import utc_now
from reader.core.errors import AnnotationFileError, NewerSchemaError
from reader.core.labels import LabelDef
from reader.storage import schema, search
from reader.storage.models import Base, Label, Meta

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _make_engine(url: str, **kwargs: Any) -> Engine:
    engine = create_engine(url, **kwargs)
    event.listen(engine, "connect", _on_connect)
    return engine


class AnnotationFile:
    """One open annotation file. Cheap to pass around; sessions are made per unit of work."""

    def __init__(self, engine: Engine, path: Path | None) -> None:
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else ":memory:"

    @classmethod
    def open(cls, path: Path, labels: list[LabelDef] | None = None) -> AnnotationFile:
        """Open `path`, creating a new annotation file (seeded with `labels`) if it does
        not exist. Raises AnnotationFileError for anything that is not ours or is broken."""
        path = Path(path).expanduser().resolve()
        if path.is_dir():
            raise AnnotationFileError(str(path), "is a folder, not an annotation file")
        existed = path.exists() and path.stat().st_size > 0
        version = schema.SCHEMA_VERSION
        if existed:
            # Nothing may write to a file before we know it is ours (even the WAL
            # pragma rewrites the header), so it is first read through a read-only URI.
            check_sqlite_header(path)
            version = _checked_version(path, _read_meta(path))
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise AnnotationFileError(str(path), f"cannot create folder ({err})") from None
        engine = _make_engine(f"sqlite:///{path}")
        file = cls(engine, path)
        try:
            if existed:
                file._upgrade_and_verify(version)
            else:
                file._create(labels or [])
        except (OperationalError, DatabaseError) as err:
            engine.dispose()
            raise AnnotationFileError(str(path), f"cannot be used ({err.orig})") from None
        except Exception:
            engine.dispose()
            raise
        return file

    @classmethod
    def in_memory(cls, labels: list[LabelDef]) -> AnnotationFile:
        engine = _make_engine(
            "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
        file = cls(engine, None)
        file._create(labels)
        return file

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises."""
        with self._sessions.begin() as session:
            yield session

    def _create(self, labels: list[LabelDef]) -> None:
        with self.engine.begin() as conn:
            Base.metadata.create_all(conn)
            search.create_index(conn)
        now = utc_now()
        with self.session() as s:
            s.add_all(
                [
                    Meta(key="app", value=schema.APP_MARK),
                    Meta(key="schema_version", value=str(schema.SCHEMA_VERSION)),
                    Meta(key="created_at", value=now),
                ]
            )
            s.add_all(
                Label(
                    name=label.name,
                    colour=label.colour,
                    shortcut=label.shortcut,
                    style=label.style.value,
                    description=label.description,
                    position=i,
                )
                for i, label in enumerate(labels)
            )

    def _upgrade_and_verify(self, version: int) -> None:
        if version < schema.SCHEMA_VERSION:
            self._upgrade(version)
        with self.engine.connect() as conn:
            missing = schema.missing_tables(conn)
        if missing:
            raise AnnotationFileError(
                self.display_name, f"is damaged: missing tables {sorted(missing)}"
            )

    def _upgrade(self, version: int) -> None:
        assert self.path is not None
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        backup = self.path.with_name(f"{self.path.name}.v{version}.{stamp}.bak")
        shutil.copy2(self.path, backup)
        while version < schema.SCHEMA_VERSION:
            step = schema.MIGRATIONS[version]
            with self.engine.begin() as conn:
                step(conn)
                version += 1
                conn.execute(
                    Meta.__table__.update()
                    .where(Meta.key == "schema_version")
                    .values(value=str(version))
                )


def is_sqlite_file(path: Path) -> bool:
    """Whether `path` starts with the SQLite header; AnnotationFileError if unreadable."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError as err:
        raise AnnotationFileError(str(path), f"cannot be read ({err.strerror or err})") from None


def check_sqlite_header(path: Path) -> None:
    if not is_sqlite_file(path):
        raise AnnotationFileError(str(path), "is not an annotation file (not a SQLite database)")


def _read_meta(path: Path) -> dict[str, str]:
    """The `meta` table of an existing file, read without any chance of writing to it."""
    engine = create_engine(f"sqlite:///{path.as_uri()}?mode=ro&uri=true", poolclass=NullPool)
    try:
        with engine.connect() as conn:
            if "meta" in schema.missing_tables(conn):
                raise AnnotationFileError(
                    str(path), "is a SQLite file but not a Qari annotation file"
                )
            return {key: value for key, value in conn.execute(select(Meta.key, Meta.value))}
    except (OperationalError, DatabaseError) as err:
        raise AnnotationFileError(str(path), f"cannot be read ({err.orig})") from None
    finally:
        engine.dispose()


def _checked_version(path: Path, meta: dict[str, str]) -> int:
    if meta.get("app") != schema.APP_MARK:
        raise AnnotationFileError(str(path), "is a SQLite file but not a Qari annotation file")
    try:
        version = int(meta.get("schema_version", ""))
    except ValueError:
        raise AnnotationFileError(str(path), "has no valid schema version") from None
    if version > schema.SCHEMA_VERSION:
        raise NewerSchemaError(
            str(path),
            f"was written by a newer version of Qari (file schema {version}, this app "
            f"reads up to {schema.SCHEMA_VERSION}); it was not opened or changed",
        )
    if version < 1:
        raise AnnotationFileError(str(path), f"has an impossible schema version {version}")
    return version
