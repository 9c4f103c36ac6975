"""A colleague's file is untrusted: every broken or hostile case gets a message that says
what and where, and neither the colleague's file nor the user's own is changed."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.errors import KnownError
from reader.services.reviewing import align_with_mine, read_colleague_file
from reader.storage import foreign
from reader.storage.db import AnnotationFile
from tests.review_files import digest, make_file

TAGS = [("الجيش", "ACTOR"), ("البوكمال", "PLACE"), ("دير الزور", "PLACE")]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return make_file(tmp_path / "layla.qari.sqlite", "Layla", TAGS)


@pytest.fixture
def mine(tmp_path: Path) -> Path:
    return make_file(tmp_path / "mine.qari.sqlite", "Me", TAGS[:1])


def tampered(good: Path, sql: str) -> Path:
    bad = good.with_name("bad.qari.sqlite")
    shutil.copy(good, bad)
    con = sqlite3.connect(bad)
    con.execute("PRAGMA ignore_check_constraints=ON")
    con.executescript(sql)
    con.commit()
    con.close()
    return bad


def truncated(good: Path) -> Path:
    bad = good.with_name("bad.qari.sqlite")
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    return bad


def not_ours(good: Path) -> Path:
    bad = good.with_name("bad.qari.sqlite")
    bad.write_bytes(b"hello " * 20)
    return bad


def foreign_schema(good: Path) -> Path:
    bad = good.with_name("bad.sqlite")
    con = sqlite3.connect(bad)
    con.execute("CREATE TABLE notes (id INTEGER, body TEXT)")
    con.commit()
    con.close()
    return bad


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "truncated": (truncated, "damaged or not readable"),
    "not sqlite": (not_ours, "not a SQLite database"),
    "foreign schema": (foreign_schema, "table 'meta' is missing"),
    "invalid utf-8": (
        lambda g: tampered(g, "UPDATE document SET text = CAST(X'D8A7FF20' AS TEXT) WHERE id = 1"),
        "document 1: is not valid UTF-8 (at byte 2)",
    ),
    "offsets past the end": (
        lambda g: tampered(g, 'UPDATE annotation SET start = 900000, "end" = 900005 WHERE id = 2'),
        "annotation 2: span [900000, 900005) lies outside its document",
    ),
    "zero-length span": (
        lambda g: tampered(g, 'UPDATE annotation SET "end" = start WHERE id = 1'),
        "annotation 1: span",
    ),
    "reversed span": (
        lambda g: tampered(g, 'UPDATE annotation SET start = "end" + 3 WHERE id = 3'),
        "is reversed",
    ),
    "view in place of a table": (
        lambda g: tampered(
            g,
            "ALTER TABLE annotation RENAME TO old; CREATE VIEW annotation AS SELECT * FROM old",
        ),
        "table 'annotation' is a view, not a table",
    ),
    "computed column": (
        lambda g: tampered(
            g,
            "ALTER TABLE label RENAME TO old_label; CREATE TABLE label (id INTEGER PRIMARY KEY,"
            " name TEXT GENERATED ALWAYS AS ('x' || id) VIRTUAL)",
        ),
        "has computed columns in 'label'",
    ),
    "newer schema": (
        lambda g: tampered(g, "UPDATE meta SET value = '99' WHERE key = 'schema_version'"),
        "schema version '99'",
    ),
    "text as a number": (
        lambda g: tampered(g, "UPDATE annotation SET start = 'abc' WHERE id = 1"),
        "offsets 'abc'",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_file_is_refused_and_nothing_changes(case: str, good: Path, mine: Path) -> None:
    make, expected = CASES[case]
    bad = make(good)
    before_bad, before_mine = digest(bad), digest(mine)
    my_file = AnnotationFile.open(mine)
    try:
        with pytest.raises(KnownError) as err:
            align_with_mine(my_file, read_colleague_file(bad))
    finally:
        my_file.close()
    assert str(bad) in str(err.value)
    assert expected in str(err.value)
    assert digest(bad) == before_bad
    assert digest(mine) == before_mine
    assert not list(bad.parent.glob("bad*-shm")) and not list(bad.parent.glob("bad*-wal"))


def test_huge_values_are_refused(good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(foreign, "MAX_VALUE_BYTES", 1000)  # documents are larger
    with pytest.raises(KnownError, match="larger than"):
        read_colleague_file(good)
    monkeypatch.setattr(foreign, "MAX_FILE_BYTES", 100)
    with pytest.raises(KnownError, match="a review reads files up to"):
        read_colleague_file(good)


def test_triggers_in_the_file_never_run(good: Path) -> None:
    bad = tampered(
        good,
        "CREATE TABLE log (x TEXT);"
        "CREATE TRIGGER t AFTER INSERT ON annotation BEGIN INSERT INTO log VALUES ('ran'); END;"
        "CREATE VIEW v AS SELECT * FROM annotation;",
    )
    before = digest(bad)
    theirs = read_colleague_file(bad)
    assert len(theirs.spans) == 3
    assert digest(bad) == before


def test_good_file_reads_everything(good: Path) -> None:
    before = digest(good)
    theirs = read_colleague_file(good)
    assert theirs.annotators == ["Layla"]
    assert sorted(s.text for s in theirs.spans) == sorted(w for w, _ in TAGS)
    assert len(theirs.documents) == 2 and all(d.text for d in theirs.documents)
    assert digest(good) == before


def test_csv_rows_that_contradict_themselves_are_refused(tmp_path: Path) -> None:
    from reader.formats.csv_format import COLUMNS

    bad = tmp_path / "bad.csv"
    row = ["a" * 64, "t", "PLACE", "10", "5", "نص", "", "", "", "Layla", "", ""]
    bad.write_text(",".join(COLUMNS[:12]) + "\n" + ",".join(row) + "\n", encoding="utf-8")
    with pytest.raises(KnownError, match=r"line 2: span \[10, 5\) is empty, reversed"):
        read_colleague_file(bad)
    bad.write_bytes(b"document_id,\xff\xfe\n")
    with pytest.raises(KnownError, match="cannot read"):
        read_colleague_file(bad)
