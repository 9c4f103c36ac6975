"""Opening annotation files the way the app and the CLI both do: the bundled label
scheme for new files, and optionally the founding corpus in a new file. No Qt."""

from __future__ import annotations

from pathlib import Path

from reader import paths
from reader.core.corpus import bundled_articles
from reader.core.labels import LabelDef, load_scheme, read_scheme
from reader.core.links import LinkTypeDef, parse_link_types
from reader.storage.db import AnnotationFile

SCHEME = "label_schemes/default.json"


def default_labels() -> list[LabelDef]:
    return load_scheme(paths.resource(SCHEME))


def default_link_types() -> tuple[LinkTypeDef, ...]:
    """The link types of the bundled scheme (SOURCE, CUE, ABOUT)."""
    path = paths.resource(SCHEME)
    return tuple(parse_link_types(read_scheme(path), default_labels(), str(path)))


def open_annotation_file(
    db: Path | str | None, seed_corpus: bool = False, password: str | None = None
) -> AnnotationFile:
    """Open (or create) an annotation file, or a team database by its URL (made on
    first use: empty, the team brings its own articles); a new file can start with
    the founding corpus. `password`: for a team database, when libpq finds none."""
    if isinstance(db, str) and paths.is_team_url(db):
        from reader.storage.server import open_server  # psycopg: a team database only

        return open_server(db, default_labels(), default_link_types(), password)
    path = Path(db) if db else paths.default_annotation_file()
    is_new = not path.exists()
    file = AnnotationFile.open(path, default_labels(), default_link_types())
    if is_new and seed_corpus:
        from reader.storage.importer import import_articles  # SQLAlchemy: a new file only

        import_articles(file, bundled_articles(paths.corpus_dir()))
    return file


def discard_new_file(path: Path) -> None:
    """Remove an annotation file this command created and left empty, with SQLite's
    side files (closed first: nothing of the user's is in it)."""
    for side in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{side}").unlink(missing_ok=True)
