"""Moving work between one's own annotation file and the team's database.

`push` copies a file's documents, labels, links, entities, statuses and annotations into
a team database; `pull` writes a team database into a new, self-contained file (to work
on a plane). Both go through the one import (`annotation_import`): a document is known
by its SHA-256 and a span by its document, annotator, label and offsets, so pushing or
pulling twice adds nothing twice, and each says what it added, found present and
refused. The file pushed is checked as in a review (`storage.foreign`), then read whole
from a private copy.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.errors import AnnotationFileError
from reader.core.review import AnnotationSet
from reader.core.words import QT_TR_NOOP, Words
from reader.services.annotation_import import import_annotations
from reader.services.exchange import Incoming
from reader.services.import_report import AnnotationImportReport
from reader.storage import annotation_sets
from reader.storage.db import AnnotationFile
from reader.storage.foreign import checked_copy
from reader.storage.server import locate, open_server


def push(source: Path, url: str, password: str | None = None) -> AnnotationImportReport:
    """Copy the annotation file `source` into the team database `url` (made, with the
    file's label scheme, if the database is empty), in one transaction."""
    aset = _read_whole(Path(source))
    team = open_server(url, list(aset.labels), aset.link_types, password)
    try:
        return import_annotations(team, Incoming(Path(source), "qari", aset))
    finally:
        team.close()


def pull(url: str, target: Path, password: str | None = None) -> AnnotationImportReport:
    """Write the team database `url` into the new annotation file `target`, whole or
    not at all (written beside it, then renamed); an existing `target` is refused."""
    target = Path(target).expanduser().resolve()
    if target.exists():
        raise AnnotationFileError(
            str(target),
            Words(QT_TR_NOOP("already exists; pull writes a new file, give a path that does "
                             "not exist yet")),
        )  # fmt: skip
    return _write_new(read_team(url, password), target, locate(url).display)


def read_team(url: str, password: str | None = None) -> AnnotationSet:
    """Everything in the team database `url` (to pull it, or to compare its annotators)."""
    team = open_server(url, None, (), password)
    try:
        with team.session() as session:
            return annotation_sets.annotation_set(session, locate(url).display)
    finally:
        team.close()


def _write_new(aset: AnnotationSet, target: Path, source: str) -> AnnotationImportReport:
    partial = target.with_name(target.name + ".partial")
    for side in ("", "-wal", "-shm", "-journal"):
        Path(f"{partial}{side}").unlink(missing_ok=True)  # a pull stopped before
    file = AnnotationFile.open(partial, list(aset.labels), aset.link_types)
    try:
        report = import_annotations(file, Incoming(Path(source), "qari", aset))
    except BaseException:
        file.close()
        for side in ("", "-wal", "-shm", "-journal"):
            Path(f"{partial}{side}").unlink(missing_ok=True)
        raise
    file.close()  # checkpoints the WAL into the file: it stands alone
    partial.replace(target)
    return report


def _read_whole(source: Path) -> AnnotationSet:
    """Everything the annotation file `source` holds, times and scheme included (a
    review reads less), from a checked private copy (upgraded there if it is older)."""
    with checked_copy(source) as copy:
        own = AnnotationFile.open(copy)
        try:
            with own.session() as session:
                return annotation_sets.annotation_set(session, str(source))
        finally:
            own.close()
