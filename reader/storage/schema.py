"""Schema versions of the annotation file.

The version lives in the `meta` table (portable across dialects). Upgrades are ordered
steps, one transaction each, after a backup copy; a file written by a newer app is refused
untouched. Version 1 is the first release, so there are no steps yet.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, inspect

APP_MARK = "qari-reader annotation file"
SCHEMA_VERSION = 1

REQUIRED_TABLES = frozenset({"meta", "document", "label", "annotator", "annotation"})

# version N -> function upgrading a version-N file to N+1, run inside one transaction.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {}


def missing_tables(conn: Connection) -> set[str]:
    return set(REQUIRED_TABLES) - set(inspect(conn).get_table_names())
