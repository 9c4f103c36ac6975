"""Schema versions of the annotation file.

The version lives in the `meta` table (portable across dialects). Upgrades are ordered
steps, one transaction each, after a backup copy; a file written by a newer app is refused
untouched.

- 1: the first release.
- 2: an annotation records whom it came from when it was accepted in a review
  (`origin_annotator`, `origin_file`; empty for the user's own spans).
- 3: a search index over the documents (`storage.search`; FTS5 on SQLite).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, inspect, text

from reader.storage import search

APP_MARK = "qari-reader annotation file"
SCHEMA_VERSION = 3

REQUIRED_TABLES = frozenset({"meta", "document", "label", "annotator", "annotation"})


# version N -> function upgrading a version-N file to N+1, run inside one transaction.
def _add_annotation_origin(conn: Connection) -> None:
    # Plain ALTER TABLE ... ADD COLUMN with a constant default: portable to PostgreSQL.
    for column in ("origin_annotator", "origin_file"):
        conn.execute(text(f"ALTER TABLE annotation ADD COLUMN {column} TEXT NOT NULL DEFAULT ''"))


def _add_search_index(conn: Connection) -> None:
    search.create_index(conn)
    search.rebuild(conn)


MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    1: _add_annotation_origin,
    2: _add_search_index,
}


def missing_tables(conn: Connection) -> set[str]:
    return set(REQUIRED_TABLES) - set(inspect(conn).get_table_names())
