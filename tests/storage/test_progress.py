"""The workflow status: set, taken back, read for many articles, carried from other files;
and a file of the previous schema gains it."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.core.progress import Status, StatusMark, compared
from reader.services.annotation_files import default_labels
from reader.storage import progress, reads, repository
from reader.storage.db import AnnotationFile
from tests.conftest import NewStore
from tests.overview_file import LAYLA, OMAR, fill
from tests.storage.test_migrations import FIXTURES


def test_a_status_is_kept_until_taken_back_then_read_from_the_tags(new_store: NewStore) -> None:
    file = fill(new_store())
    docs = [1, 2, 3, 4]
    assert reads.statuses(file.reader, OMAR, docs) == {
        1: Status.DONE,
        2: Status.IN_PROGRESS,
        3: Status.IN_PROGRESS,
        4: Status.TODO,
    }
    with file.session() as s:
        progress.set_status(s, {3: Status.ADJUDICATED, 4: Status.DONE}, OMAR)
    assert reads.statuses(file.reader, OMAR, [3, 4]) == {3: Status.ADJUDICATED, 4: Status.DONE}
    with file.session() as s:
        progress.set_status(s, {3: None, 4: None}, OMAR)
    assert reads.statuses(file.reader, OMAR, [3, 4]) == {3: Status.IN_PROGRESS, 4: Status.TODO}
    assert reads.statuses(file.reader, LAYLA, [2]) == {2: Status.DONE}
    file.close()


def test_marks_from_another_file_are_taken_when_newer(new_store: NewStore) -> None:
    file = fill(new_store())
    with file.session() as s:
        before = {(m.document, m.annotator): m for m in progress.marks(s)}
        old = StatusMark(1, OMAR, Status.TODO, "2000-01-01T00:00:00Z")
        new = StatusMark(2, OMAR, Status.ADJUDICATED, "2999-01-01T00:00:00Z")
        stray = StatusMark(99, OMAR, Status.DONE, "2999-01-01T00:00:00Z")
        assert progress.add_marks(s, [old, new, stray], {1: 1, 2: 2}) == 1
    with file.session() as s:
        after = {(m.document, m.annotator): m for m in progress.marks(s)}
    file.close()
    assert after[(1, OMAR)] == before[(1, OMAR)]
    assert after[(2, OMAR)] == new


def test_two_statuses_side_by_side_in_words() -> None:
    assert str(compared("Omar", Status.DONE, Status.TODO)) == (
        "Omar marked it done; you have not started"
    )
    assert Status.parse("In progress") is Status.IN_PROGRESS
    assert Status.parse("to do") is Status.TODO
    assert Status.parse("finished") is None


def test_a_schema_6_file_gains_statuses_and_keeps_its_spans(tmp_path: Path) -> None:
    """A real file written by the version-6 app (before statuses)."""
    path = tmp_path / "v6.qari.sqlite"
    shutil.copy(FIXTURES / "schema_v6.qari.sqlite", path)
    file = AnnotationFile.open(path, default_labels())
    with file.session() as s:
        doc = repository.list_documents(s)[0].id
        spans = repository.list_annotations(s, doc)
    assert reads.statuses(file.reader, "Omar", [doc]) == {doc: Status.IN_PROGRESS}
    with file.session() as s:
        progress.set_status(s, {doc: Status.DONE}, "Omar")
    assert reads.statuses(file.reader, "Omar", [doc]) == {doc: Status.DONE}
    file.close()
    assert sorted((a.label, a.text, a.entity_id is not None) for a in spans) == [
        ("ACTOR", "التحالف", False),
        ("PLACE", "البوكمال", True),
    ]
    assert len(list(tmp_path.glob("v6.qari.sqlite.v6.*.bak"))) == 1
