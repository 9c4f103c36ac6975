"""Rotating backups: taken while the file is open, skipped when nothing changed, the
newest few kept, and a restore that brings back exactly what the backup held."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from reader.core.annotations import draft_span
from reader.core.errors import AnnotationFileError
from reader.services.annotation_files import open_annotation_file
from reader.storage import backups, repository
from reader.storage.db import AnnotationFile


def _tag(file: AnnotationFile, start: int, end: int, label: str = "PLACE") -> None:
    with file.session() as s:
        doc = repository.get_document(s, repository.list_documents(s)[0].id)
        assert doc is not None
        repository.add_annotation(s, draft_span(doc.id, doc.text, start, end, label), "Layla")


def _spans(path: Path) -> list[tuple[int, int]]:
    con = sqlite3.connect(path)
    try:
        return con.execute('SELECT start, "end" FROM annotation ORDER BY start').fetchall()
    finally:
        con.close()


@pytest.fixture
def file(tmp_path: Path) -> AnnotationFile:
    opened = open_annotation_file(tmp_path / "mine.qari.sqlite", seed_corpus=True)
    yield opened
    opened.close()


def test_a_backup_of_an_open_file_holds_its_committed_edits(file, tmp_path: Path) -> None:
    _tag(file, 0, 4)
    root = tmp_path / "backups"
    taken = backups.take(file.path, root)

    assert taken is not None and taken.parent == backups.folder_for(file.path, root)
    assert _spans(taken) == [(0, 4)]
    con = sqlite3.connect(taken)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one whole file
    con.close()
    [listed] = backups.list_backups(file.path, root)
    assert (listed.path, listed.annotations, listed.articles) == (taken, 1, 2)


def test_no_new_backup_while_nothing_changed(file, tmp_path: Path) -> None:
    root = tmp_path / "backups"
    assert backups.take(file.path, root) is not None
    assert backups.take(file.path, root) is None
    _tag(file, 0, 4)
    assert backups.take(file.path, root) is not None
    assert len(backups.list_backups(file.path, root)) == 2


def test_backups_in_a_folder_named_relative_to_the_working_folder(
    file, tmp_path: Path, monkeypatch
) -> None:
    # As `reader --data-dir data`: the backups folder is a relative path.
    monkeypatch.chdir(tmp_path)
    _tag(file, 0, 4)
    assert backups.take(file.path, Path("backups")) is not None
    _tag(file, 5, 9)
    assert backups.take(file.path, Path("backups"), every=timedelta(0)) is not None
    assert [b.annotations for b in backups.list_backups(file.path, Path("backups"))] == [2, 1]


def test_a_changed_file_is_backed_up_at_most_every_so_often(file, tmp_path: Path) -> None:
    root = tmp_path / "backups"
    assert backups.take(file.path, root, every=timedelta(minutes=30)) is not None
    _tag(file, 0, 4)
    assert backups.take(file.path, root, every=timedelta(minutes=30)) is None  # too soon
    assert backups.take(file.path, root, every=timedelta(0)) is not None
    assert backups.take(file.path, root, every=timedelta(minutes=30), force=True) is not None


def test_a_backup_stopped_midway_leaves_nothing(file, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(backups, "STEP", 1)  # a page a step: many steps
    root = tmp_path / "backups"
    asked = []

    def stop_at_the_third_step() -> bool:
        asked.append(True)
        return len(asked) >= 3

    assert backups.take(file.path, root, should_stop=stop_at_the_third_step) is None
    assert len(asked) == 3
    assert list(backups.folder_for(file.path, root).iterdir()) == []  # no part of it left
    assert backups.take(file.path, root) is not None  # the next open takes it whole


def test_only_the_newest_are_kept(file, tmp_path: Path) -> None:
    root = tmp_path / "backups"
    for end in range(2, 7):
        _tag(file, 0, end)
        backups.take(file.path, root, keep=3)
    kept = backups.list_backups(file.path, root)
    assert [b.annotations for b in kept] == [5, 4, 3]  # newest first


def test_files_of_the_same_name_in_two_folders_keep_apart(tmp_path: Path) -> None:
    one = tmp_path / "a" / "annotations.qari.sqlite"
    two = tmp_path / "b" / "annotations.qari.sqlite"
    assert backups.folder_for(one, tmp_path) != backups.folder_for(two, tmp_path)


def test_restore_brings_back_the_backup_and_keeps_what_it_replaced(file, tmp_path) -> None:
    root = tmp_path / "backups"
    _tag(file, 0, 4)
    old = backups.take(file.path, root)
    _tag(file, 10, 14, "ACTOR")
    path = file.path
    file.close()

    before = backups.restore(old, path, root)

    assert _spans(path) == [(0, 4)]
    assert before is not None and _spans(before) == [(0, 4), (10, 14)]
    reopened = AnnotationFile.open(path)
    with reopened.session() as s:
        docs = repository.list_documents(s)
        assert [a.start for a in repository.list_annotations(s, docs[0].id)] == [0]
    _tag(reopened, 20, 24)  # and the restored file takes edits
    reopened.close()
    assert _spans(path) == [(0, 4), (20, 24)]


def test_a_damaged_backup_is_refused_and_the_file_left_as_it_was(file, tmp_path) -> None:
    root = tmp_path / "backups"
    _tag(file, 0, 4)
    bad = tmp_path / "bad.qari.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    path = file.path
    file.close()
    with pytest.raises(AnnotationFileError, match=r"bad\.qari\.sqlite"):
        backups.restore(bad, path, root)
    assert _spans(path) == [(0, 4)]
