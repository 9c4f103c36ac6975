"""Schema versions of the annotation file.

The version lives in the `meta` table (portable across dialects). Upgrades are ordered
steps, one transaction each, after a backup copy; a file written by a newer app is refused
untouched.

- 1: the first release.
- 2: an annotation records whom it came from when it was accepted in a review
  (`origin_annotator`, `origin_file`; empty for the user's own spans).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, inspect, text

APP_MARK = "qari-reader annotation file"
SCHEMA_VERSION = 2

REQUIRED_TABLES = frozenset({"meta", "document", "label", "annotator", "annotation"})


# version N -> function upgrading a version-N file to N+1, run inside one transaction.
def _add_annotation_origin(conn: Connection) -> None:
    # Plain ALTER TABLE ... ADD COLUMN with a constant default: portable to PostgreSQL.
    for column in ("origin_annotator", "origin_file"):
        conn.execute(text(f"ALTER TABLE annotation ADD COLUMN {column} TEXT NOT NULL DEFAULT ''"))


MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _add_annotation_origin}


def missing_tables(conn: Connection) -> set[str]:
    return set(REQUIRED_TABLES) - set(inspect(conn).get_table_names())
