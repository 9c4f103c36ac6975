"""The headless commands, run as a user would: `python -m reader ...` in a subprocess."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.conftest import ARTICLE_A, ARTICLE_B, CORPUS, REPO


def reader(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )


def test_import_corpus_then_duplicate_and_bad_files(tmp_path: Path) -> None:
    db = tmp_path / "cli.qari.sqlite"
    first = reader("import", "--db", str(db), str(CORPUS))
    assert first.returncode == 0, first.stderr
    assert "2 added, 0 already present, 0 refused" in first.stdout

    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xc3\x28 broken")
    again = reader("import", "--db", str(db), str(ARTICLE_B), str(bad))
    assert again.returncode == 1
    assert f"refused: {ARTICLE_B}: already in the annotation file" in again.stderr
    assert f"refused: {bad}: not valid UTF-8" in again.stderr
    assert "0 added, 1 already present, 1 refused" in again.stdout
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM document").fetchone()[0] == 2
    con.close()


def test_export_writes_csv_with_bom(tmp_path: Path) -> None:
    db = tmp_path / "cli.qari.sqlite"
    reader("import", "--db", str(db), str(ARTICLE_A))
    out = tmp_path / "out.csv"
    done = reader("export", "--db", str(db), "--csv", str(out))
    assert done.returncode == 0, done.stderr
    assert "0 annotations written" in done.stdout
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig") as fh:
        assert next(csv.reader(fh))[:3] == ["document_id", "title", "label"]


def test_a_file_that_is_not_ours_is_an_error_not_a_crash(tmp_path: Path) -> None:
    db = tmp_path / "junk.sqlite"
    db.write_bytes(b"not a database at all")
    done = reader("export", "--db", str(db), "--csv", str(tmp_path / "o.csv"))
    assert done.returncode == 2
    assert done.stderr.strip() == f"error: {db}: is not an annotation file (not a SQLite database)"
    assert "Traceback" not in done.stderr
    assert db.read_bytes() == b"not a database at all"


def test_main_py_help() -> None:
    done = subprocess.run(
        [sys.executable, "main.py", "--help"], capture_output=True, text=True, cwd=REPO
    )
    assert done.returncode == 0
    assert "--db FILE" in done.stdout


def test_screenshot_with_a_bad_file_says_why_and_exits(tmp_path: Path) -> None:
    bad = tmp_path / "bad.qari.sqlite"
    bad.write_bytes(b"junk")
    done = reader(
        "--data-dir", str(tmp_path / "d"), "--config-dir", str(tmp_path / "c"),
        "--db", str(bad), "--screenshot", str(tmp_path / "x.png"),
    )  # fmt: skip
    assert done.returncode == 2
    assert f"error: {bad}: is not an annotation file (not a SQLite database)" in done.stderr
    assert not (tmp_path / "x.png").exists()
