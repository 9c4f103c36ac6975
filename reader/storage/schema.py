"""Schema versions of the annotation file.

The version lives in the `meta` table (portable across dialects). Upgrades are ordered
steps (`engine.MIGRATIONS`), one transaction each, after a backup copy; a file written by
a newer app is refused untouched. No SQLAlchemy here: opening a current file needs none.

- 1: the first release.
- 2: an annotation records whom it came from when it was accepted in a review
  (`origin_annotator`, `origin_file`; empty for the user's own spans).
- 3: a search index over the documents (`storage.search`; FTS5 on SQLite).
- 4: when an accepted span was accepted (`origin_at`; for spans accepted before, the time
  they were last changed, the best the file knew).
- 5: attribution links (`link_type`, `link`) and the CUE label the cue links point to;
  the default link types are added where the file has the labels they join.
- 6: the entity registry (`entity`, `entity_alias`, the span's `entity_id`), gazetteer
  names and rejected suggestions.
- 7: each annotator's workflow status of each article (`document_status`).
- 8: the search index is built behind an import (`meta.search_indexed_through`: the
  documents up to that id are indexed; the rest are being indexed). An older app would
  not know to index them, so it must not open such a file.
"""

from __future__ import annotations

APP_MARK = "qari-reader annotation file"
SCHEMA_VERSION = 8

REQUIRED_TABLES = frozenset({"meta", "document", "label", "annotator", "annotation"})
