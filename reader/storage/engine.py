"""The SQLAlchemy side of an annotation file: the engine with its PRAGMAs, creating a new
file, and the upgrade steps between schema versions.

Loaded on the first write to a file (or in the background once the window is shown,
`db.preload`), never before the first screen: see `db`.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, func, insert, select, text, update
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from reader.core.annotations import utc_now
from reader.core.labels import LabelDef, LabelStyle
from reader.core.links import DEFAULT_LINK_TYPES, LinkTypeDef
from reader.storage import schema, search
from reader.storage.models import (
    Base,
    DocumentStatus,
    Entity,
    EntityAlias,
    GazetteerName,
    Label,
    Link,
    LinkType,
    Meta,
    RejectedSuggestion,
)

# WAL with synchronous=FULL: a commit returns only after the WAL is fsynced. (The lock
# timeout is the connection's own: `db.AnnotationFile.lock_timeout_s`.)
PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
)


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    for pragma in PRAGMAS:
        cur.execute(pragma)
    cur.close()


def make_engine(url: str, **kwargs: Any) -> Engine:
    engine = create_engine(url, **kwargs)
    event.listen(engine, "connect", _on_connect)
    return engine


def make_file_engine(connect: Callable[[], sqlite3.Connection]) -> Engine:
    """An engine whose connections come from `connect` (a URI with its mode), one per
    thread from a queue pool, as SQLAlchemy gives a file URL."""
    return make_engine("sqlite://", creator=connect, poolclass=QueuePool)


def sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def create(
    engine: Engine, labels: list[LabelDef], link_types: tuple[LinkTypeDef, ...] = DEFAULT_LINK_TYPES
) -> None:
    """Make a new annotation file's tables, search index, meta rows and label scheme (the
    link types whose labels it has), in one transaction."""
    with engine.begin() as conn:
        create_in(conn, labels, link_types)


def create_in(
    conn: Connection, labels: list[LabelDef], link_types: tuple[LinkTypeDef, ...]
) -> None:
    """`create` in the caller's transaction (a team database makes it under a lock)."""
    Base.metadata.create_all(conn)
    search.create_index(conn)
    search.start_mark(conn)
    now = utc_now()
    conn.execute(insert(Meta), [
        {"key": "app", "value": schema.APP_MARK},
        {"key": "schema_version", "value": str(schema.SCHEMA_VERSION)},
        {"key": "created_at", "value": now},
    ])  # fmt: skip
    if labels:
        conn.execute(insert(Label), [
            {"name": label.name, "colour": label.colour, "shortcut": label.shortcut,
             "style": label.style.value, "description": label.description, "position": i}
            for i, label in enumerate(labels)
        ])  # fmt: skip
    rows = _link_type_rows(link_types, {label.name for label in labels})
    if rows:  # a scheme without the labels links join has no link types
        conn.execute(insert(LinkType), rows)


def _link_type_rows(
    link_types: tuple[LinkTypeDef, ...], labels: set[str], first: int = 0
) -> list[dict[str, object]]:
    """Rows of the link types that join labels of `labels` (others have nothing to join)."""
    usable = [t for t in link_types if {t.claim_label, t.target_label} <= labels]
    return [
        {"name": t.name, "colour": t.colour, "shortcut": t.shortcut,
         "claim_label": t.claim_label, "target_label": t.target_label, "unnamed": t.unnamed,
         "description": t.description, "position": first + i}
        for i, t in enumerate(usable)
    ]  # fmt: skip


# version N -> function upgrading a version-N file to N+1, run inside one transaction.
def _add_annotation_origin(conn: Connection) -> None:
    # Plain ALTER TABLE ... ADD COLUMN with a constant default: portable to PostgreSQL.
    for column in ("origin_annotator", "origin_file"):
        conn.execute(text(f"ALTER TABLE annotation ADD COLUMN {column} TEXT NOT NULL DEFAULT ''"))


def _add_search_index(conn: Connection) -> None:
    search.create_index(conn)
    search.rebuild(conn)


def _add_origin_time(conn: Connection) -> None:
    conn.execute(text("ALTER TABLE annotation ADD COLUMN origin_at TEXT NOT NULL DEFAULT ''"))
    conn.execute(text("UPDATE annotation SET origin_at = updated_at WHERE origin_annotator <> ''"))


# The label cue links point to, added to files made before links (schema 5).
CUE_LABEL = LabelDef(
    "CUE", "#009E73", "4", LabelStyle.DOTTED,
    "Reporting words that attribute a claim: قال، ذكرت، أعلن، وفقاً لـ",
)  # fmt: skip


def _add_links(conn: Connection) -> None:
    Base.metadata.create_all(conn, tables=[LinkType.__table__, Link.__table__])  # type: ignore[list-item]
    names = set(conn.scalars(select(Label.name)))
    if CUE_LABEL.name not in names:
        keys = set(conn.scalars(select(Label.shortcut)))
        conn.execute(insert(Label).values(
            name=CUE_LABEL.name, colour=CUE_LABEL.colour,
            shortcut=CUE_LABEL.shortcut if CUE_LABEL.shortcut not in keys else "",
            style=CUE_LABEL.style.value, description=CUE_LABEL.description,
            position=(conn.scalar(select(func.max(Label.position))) or 0) + 1,
        ))  # fmt: skip
        names.add(CUE_LABEL.name)
    rows = _link_type_rows(DEFAULT_LINK_TYPES, names)
    if rows:
        conn.execute(insert(LinkType), rows)


def _add_entities(conn: Connection) -> None:
    tables = (Entity, EntityAlias, GazetteerName, RejectedSuggestion)
    Base.metadata.create_all(conn, tables=[t.__table__ for t in tables])  # type: ignore[misc]
    # A NULL default keeps ADD COLUMN with a foreign key legal (SQLite and PostgreSQL).
    conn.execute(text(
        "ALTER TABLE annotation ADD COLUMN entity_id INTEGER "
        "REFERENCES entity(id) ON DELETE SET NULL"
    ))  # fmt: skip
    conn.execute(text("CREATE INDEX ix_annotation_entity_id ON annotation (entity_id)"))


def _add_document_status(conn: Connection) -> None:
    Base.metadata.create_all(conn, tables=[DocumentStatus.__table__])  # type: ignore[list-item]


def _defer_search_index(conn: Connection) -> None:
    search.start_mark(conn)  # everything there was indexed with its documents


MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    1: _add_annotation_origin,
    2: _add_search_index,
    3: _add_origin_time,
    4: _add_links,
    5: _add_entities,
    6: _add_document_status,
    7: _defer_search_index,
}


def upgrade(engine: Engine, path: Path, version: int) -> None:
    """Copy the file aside, then run each step from `version` up, one transaction each."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    shutil.copy2(path, path.with_name(f"{path.name}.v{version}.{stamp}.bak"))
    while version < schema.SCHEMA_VERSION:
        with engine.begin() as conn:
            version = upgrade_step(conn, version)


def upgrade_step(conn: Connection, version: int) -> int:
    """Upgrade from `version` to the next, in the caller's transaction; the new version."""
    MIGRATIONS[version](conn)
    version += 1
    conn.execute(update(Meta).where(Meta.key == "schema_version").values(value=str(version)))
    return version
