"""The annotation file under faults: a full disk, a read-only file or folder, the file
deleted, moved or replaced while open, and a lock held past the timeout. Each fault
raises before anything is reported saved, says what happened in plain words, leaves the
file whole, and the same edit succeeds once the cause is gone.

Faults are made real where a test can make them (a 2 MB tmpfs filled up or remounted
read-only, a file deleted, a lock held by another connection) and injected where it
cannot everywhere (SQLite's own page limit gives the same SQLITE_FULL a full disk does).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from reader.core.annotations import AnnotationRecord, draft_span
from reader.core.errors import AnnotationFileError, FileGoneError, ReadOnlyFileError
from reader.services.annotation_files import open_annotation_file
from reader.storage import db, faults, reads, repository, sqlite_files
from reader.storage.db import AnnotationFile
from tests.conftest import REPO, fill_disk, make_read_only


def _tag(file: AnnotationFile, n: int, note: str = "") -> AnnotationRecord:
    with file.session() as s:
        doc = repository.get_document(s, repository.list_documents(s)[0].id)
        assert doc is not None
        room = len(doc.text) - 50
        start, length = n % room, 1 + n // room  # a different span for every n
        draft = draft_span(doc.id, doc.text, start, start + length, "ACTOR", note=note)
        return repository.add_annotation(s, draft, "Layla")


def _ids(path: Path) -> set[int]:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {row[0] for row in con.execute("SELECT id FROM annotation")}
    finally:
        con.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def file(tmp_path: Path) -> AnnotationFile:
    opened = open_annotation_file(tmp_path / "mine.qari.sqlite", seed_corpus=True)
    yield opened
    opened.close()


# ---------------------------------------------------------------- disk full


def _tag_until_full(file: AnnotationFile) -> tuple[list[int], Exception]:
    saved: list[int] = []
    for n in range(10, 5000):
        try:
            saved.append(_tag(file, n, note="ملاحظة " * 40).id)
        except OperationalError as err:
            return saved, err
    raise AssertionError("the disk never filled up")


def test_a_full_disk_refuses_the_edit_in_plain_words_and_a_retry_saves_it(
    small_disk: Path,
) -> None:
    path = small_disk / "mine.qari.sqlite"
    file = open_annotation_file(path, seed_corpus=True)
    before = _tag(file, 0).id
    filler = fill_disk(small_disk)
    saved, err = _tag_until_full(file)
    assert faults.primary_code(err) == faults.FULL
    words = str(faults.describe(err, str(path), file.lock_timeout_s))  # English, as the CLI says
    assert "is full" in words and str(path) in words
    assert "Nothing was saved" in words and faults.can_retry(err)
    assert _ids(path) == {before, *saved}  # whole, and holding every reported edit
    filler.unlink()
    retried = _tag(file, 4999).id  # space freed: the same edit goes through
    assert _ids(path) == {before, *saved, retried}
    file.close()


def test_sqlite_page_limit_gives_the_same_disk_full_handling(file: AnnotationFile) -> None:
    """The injected twin of the tmpfs test, for machines where mounting is not allowed."""
    assert file.path is not None
    file.engine.dispose()  # new connections, each limited to the pages the file has now
    limit = event.listen(
        file.engine, "connect", lambda con, _r: con.execute("PRAGMA max_page_count=1")
    )
    saved, err = _tag_until_full(file)
    assert limit is None and faults.primary_code(err) == faults.FULL
    assert faults.can_retry(err)
    assert set(saved) <= _ids(file.path)
    with file.engine.connect() as con:  # the space comes back
        con.exec_driver_sql("PRAGMA max_page_count=1073741823")
    retried = _tag(file, 1).id
    assert retried in _ids(file.path)


# ---------------------------------------------------------------- read-only


def test_a_read_only_disk_opens_for_reading_and_refuses_edits_untouched(
    small_disk: Path,
) -> None:
    path = small_disk / "mine.qari.sqlite"
    writable = open_annotation_file(path, seed_corpus=True)
    tagged = _tag(writable, 3)
    writable.close()
    make_read_only(small_disk)
    digest = _digest(path)

    file = AnnotationFile.open(path)
    assert file.read_only == "the file is read-only"
    spans = reads.list_spans(file.reader, tagged.document_id)  # reading still works
    assert [s.id for s in spans] == [tagged.id]
    with pytest.raises(ReadOnlyFileError, match=r"read-only .*Save a Copy"):
        _tag(file, 4)
    file.close()
    assert _digest(path) == digest and sorted(p.name for p in small_disk.iterdir()) == [path.name]


def test_an_old_file_on_a_read_only_disk_is_refused_not_upgraded(small_disk: Path) -> None:
    path = small_disk / "old.qari.sqlite"
    shutil.copy(REPO / "tests/fixtures/schema_v1.qari.sqlite", path)
    make_read_only(small_disk)
    with pytest.raises(AnnotationFileError, match=r"needs upgrading.*read-only"):
        AnnotationFile.open(path)


def test_a_file_opened_read_only_cannot_be_written_even_by_raw_sql(file: AnnotationFile) -> None:
    """Injected: the same file opened read-only, as for a read-only folder anywhere."""
    assert file.path is not None
    _tag(file, 1)
    file.close()
    digest = _digest(file.path)
    readonly = AnnotationFile(file.path, read_only="its folder is read-only")
    with pytest.raises(ReadOnlyFileError, match="its folder is read-only"):
        _tag(readonly, 2)
    with pytest.raises(OperationalError) as raised, readonly.engine.begin() as con:
        con.exec_driver_sql("DELETE FROM annotation")
    assert faults.primary_code(raised.value) == faults.READONLY
    readonly.close()
    assert _digest(file.path) == digest


def test_read_only_reason_names_the_file_or_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "x.qari.sqlite"
    path.touch()
    assert sqlite_files.read_only_reason(path) == ""
    monkeypatch.setattr(sqlite_files.os, "access", lambda p, _mode: Path(p) != tmp_path)
    assert sqlite_files.read_only_reason(path) == "its folder is read-only"
    monkeypatch.setattr(sqlite_files.os, "access", lambda p, _mode: Path(p) != path)
    assert sqlite_files.read_only_reason(path) == "the file is read-only"


# ---------------------------------------------------------------- deleted, moved, replaced


def test_a_file_deleted_while_open_takes_no_edit_and_can_be_saved_as_a_copy(
    file: AnnotationFile, tmp_path: Path
) -> None:
    assert file.path is not None
    kept = _tag(file, 1).id
    assert reads.count_documents(file.reader) == 2  # as the window has read before
    file.path.unlink()
    with pytest.raises(FileGoneError, match=r"deleted .*Save a Copy As"):
        _tag(file, 2)
    copy = tmp_path / "rescued.qari.sqlite"
    file.save_copy(copy)
    assert _ids(copy) == {kept}
    rescued = AnnotationFile.open(copy)
    assert _tag(rescued, 2).id in _ids(copy)  # the edit, retried in the copy
    rescued.close()


@pytest.mark.parametrize("how", ["moved", "replaced"])
def test_a_file_moved_or_replaced_while_open_takes_no_edit(
    file: AnnotationFile, tmp_path: Path, how: str
) -> None:
    assert file.path is not None
    kept = _tag(file, 1).id
    assert reads.count_documents(file.reader) == 2  # as the window has read before
    moved = tmp_path / "elsewhere.qari.sqlite"
    file.path.rename(moved)
    if how == "replaced":
        shutil.copy(REPO / "tests/fixtures/schema_v2.qari.sqlite", file.path)
    replacement = _digest(file.path) if how == "replaced" else ""
    with pytest.raises(FileGoneError):
        _tag(file, 2)
    if how == "replaced":
        assert _digest(file.path) == replacement
    # SQLite will not write to a moved file, so edits not yet checkpointed into it would
    # stay in the -wal file left behind; a copy taken through the open file has them all.
    rescued = tmp_path / "rescued.qari.sqlite"
    file.save_copy(rescued)
    assert _ids(rescued) == {kept}


def test_a_file_moved_during_an_edit_rolls_the_edit_back(
    file: AnnotationFile, tmp_path: Path
) -> None:
    assert file.path is not None
    moved = tmp_path / "elsewhere.qari.sqlite"
    assert reads.count_documents(file.reader) == 2
    with pytest.raises(FileGoneError), file.session() as s:
        doc = repository.list_documents(s)[0]
        text = repository.get_document(s, doc.id).text
        repository.add_annotation(s, draft_span(doc.id, text, 0, 3, "PLACE"), "Layla")
        file.path.rename(moved)
    rescued = tmp_path / "rescued.qari.sqlite"
    file.save_copy(rescued)
    assert _ids(rescued) == set()


def test_a_copy_refuses_to_overwrite_the_open_file(file: AnnotationFile) -> None:
    assert file.path is not None
    with pytest.raises(AnnotationFileError, match="open file itself"):
        file.save_copy(file.path)


# ---------------------------------------------------------------- locked


def test_a_lock_held_past_the_timeout_fails_plainly_and_the_retry_saves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db, "LOCK_TIMEOUT_S", 0.2)
    path = tmp_path / "mine.qari.sqlite"
    file = open_annotation_file(path, seed_corpus=True)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program in the middle of writing
    with pytest.raises(OperationalError) as raised:
        _tag(file, 1)
    err = raised.value
    assert faults.primary_code(err) == faults.BUSY and faults.can_retry(err)
    words = str(faults.describe(err, str(path), file.lock_timeout_s))  # English, as the CLI says
    assert "another program" in words and "0.2 seconds" in words
    assert reads.count_documents(file.reader) == 2  # reading goes on meanwhile
    other.execute("ROLLBACK")
    other.close()
    retried = _tag(file, 1).id
    assert _ids(path) == {retried}
    file.close()
