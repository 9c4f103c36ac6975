"""Every file a user has is read faithfully or refused precisely: each span moved, widened
or refused is listed and the exit status says so; --strict refuses the whole file; empty
files and an empty file given as --db are named; every bad line is named at once. Each
refusal leaves the input file and the annotation file as they were."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from reader.core.anchoring import Anchor, Anchorer
from tests.conftest import ARTICLE_A
from tests.test_cli import reader

TEXT = "قال الجيش إن البُوكمال محاصرة."  # البُوكمال at [13, 22): its ب carries a damma


def task_file(path: Path, text: str, regions: list[tuple[int, int, str, str]]) -> Path:
    """A Label Studio export of one task, each region with the text its tool recorded."""
    result = [{"id": f"r{i}", "type": "labels", "from_name": "label", "to_name": "text",
               "value": {"start": s, "end": e, "text": surface, "labels": [label]}}
              for i, (s, e, label, surface) in enumerate(regions)]  # fmt: skip
    task = {"id": 1, "data": {"text": text},
            "annotations": [{"completed_by": "omar@example.org", "result": result}]}  # fmt: skip
    path.write_text(json.dumps([task], ensure_ascii=False), "utf-8")
    return path


def spans_in(db: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT start, end, text FROM annotation ORDER BY start").fetchall()


def with_article(tmp_path: Path, text: str = TEXT) -> Path:
    """An annotation file holding the article `text` (the document spans are placed on)."""
    article = tmp_path / "article.txt"
    article.write_text(text, "utf-8")
    db = tmp_path / "mine.qari.sqlite"
    assert reader("import", "--db", str(db), str(article)).returncode == 0
    return db


# ---------------------------------------------------------------- moved, widened, strict


def test_a_span_not_at_its_offsets_is_listed_with_where_it_went(tmp_path: Path) -> None:
    db = with_article(tmp_path)
    wrong = task_file(tmp_path / "wrong.json", TEXT, [(0, 5, "ACTOR", "الجيش")])  # at [4, 9)
    before = wrong.read_bytes()
    done = reader("import", "--db", str(db), str(wrong))
    assert done.returncode == 1, done.stderr
    assert "1 re-anchored" in done.stdout
    assert ("moved: " + f"{wrong}, task 1, annotation 1, result 1: ACTOR «الجيش» [0, 5) is not at "
            "its offsets; stored at [4, 9), found by its surface text") in done.stderr  # fmt: skip
    assert spans_in(db) == [(4, 9, "الجيش")]
    assert wrong.read_bytes() == before


def test_a_span_that_splits_a_letter_from_its_haraka_takes_the_whole_letter(
    tmp_path: Path,
) -> None:
    db = with_article(tmp_path)
    cut = task_file(
        tmp_path / "cut.json", TEXT, [(13, 16, "ACTOR", "الب"), (16, 22, "PLACE", "ُوكمال")]
    )
    done = reader("import", "--db", str(db), str(cut))
    assert done.returncode == 1, done.stderr
    assert "2 extended to whole letters" in done.stdout
    lines = [line for line in done.stderr.splitlines() if line.startswith("extended: ")]
    assert [line.split(": ", 2)[2] for line in lines] == [
        "ACTOR «الب» [13, 16) split a letter from its marks; stored as [13, 17)",
        "PLACE «ُوكمال» [16, 22) split a letter from its marks; stored as [15, 22)",
    ]
    assert spans_in(db) == [(13, 17, "البُ"), (15, 22, "بُوكمال")]


def test_strict_refuses_the_whole_file_and_changes_nothing(tmp_path: Path) -> None:
    db = with_article(tmp_path)
    mixed = task_file(tmp_path / "mixed.json", TEXT,
                      [(4, 9, "ACTOR", "الجيش"), (0, 8, "PLACE", "البُوكمال"),
                       (13, 16, "PLACE", "الب")])  # fmt: skip
    before = db.read_bytes()
    done = reader("import", "--db", str(db), str(mixed), "--strict")
    assert done.returncode == 1
    assert f"refused: {mixed}: refused whole (strict): 2 spans would not be stored" in done.stderr
    assert "is not at its offsets" in done.stderr and "split a letter" in done.stderr
    assert spans_in(db) == [] and db.read_bytes() == before
    kept = reader("import", "--db", str(db), str(mixed))  # without --strict: stored, listed
    assert kept.returncode == 1 and len(spans_in(db)) == 3


def test_a_carriage_return_inside_a_span_is_said(tmp_path: Path) -> None:
    text = "قال الجيش\r\nإن البوكمال"
    path = task_file(tmp_path / "cr.json", text, [(4, 14, "ACTOR", text[4:14])])
    done = reader("import", "--db", str(tmp_path / "cr.qari.sqlite"), str(path))
    assert done.returncode == 0, done.stderr
    assert "holds a carriage return; stored with a line feed" in done.stderr
    assert spans_in(tmp_path / "cr.qari.sqlite") == [(4, 13, "الجيش\nإن ")]


# ---------------------------------------------------------------- vocalised copies


def vocalised(text: str) -> str:
    """The copy a vocalising tool makes: harakat after letters, hamzat wasl written ٱ."""
    marked = re.sub(r"(?<=[\u0628-\u064a])(?![\u064b-\u0652])", "\u064e", text)
    return re.sub(r"(?<![\u0621-\u064a\u064b-\u0652])ا(?=\u064e?ل)", "\u0671", marked)


def test_every_span_is_placed_on_a_vocalised_copy(tmp_path: Path) -> None:
    original = ARTICLE_A.read_text("utf-8")
    words = [(m.start(), m.end()) for m in re.finditer(r"[\w\u064b-\u0652]+", original)]
    chosen = [w for w in words[2::9] if len(original[w[0] : w[1]]) > 3]
    theirs = tmp_path / "theirs.qari.sqlite"
    assert reader("import", "--db", str(theirs), str(ARTICLE_A)).returncode == 0
    tagged = tmp_path / "tags.jsonl"
    tagged.write_text(json.dumps({"text": original, "label": [[s, e, "ACTOR"] for s, e in chosen]},
                                 ensure_ascii=False) + "\n", "utf-8")  # fmt: skip
    assert reader("import", "--db", str(theirs), str(tagged)).returncode == 0
    spans_csv = tmp_path / "spans.csv"
    assert reader("export", "--db", str(theirs), str(spans_csv)).returncode == 0

    head, body = original.split("\n", 1)
    copy = tmp_path / "copy.txt"
    copy.write_text(head + "\n" + vocalised(body), "utf-8")  # the title kept: it matches
    mine = tmp_path / "mine.qari.sqlite"
    assert reader("import", "--db", str(mine), str(copy)).returncode == 0
    done = reader("import", "--db", str(mine), str(spans_csv))
    assert f"{len(chosen)} annotations added" in done.stdout, done.stdout + done.stderr
    assert "could not be placed" not in done.stdout
    moved = [line for line in done.stderr.splitlines() if line.startswith("moved: ")]
    in_body = [span for span in chosen if span[0] > len(head)]  # the title is as it was
    assert len(moved) == len(in_body) and any("search spelling" in m for m in moved)

    def letters(text: str) -> str:
        return re.sub("[\u064b-\u0652]", "", text).replace("\u0671", "ا")

    placed = [letters(text) for _, _, text in spans_in(mine)]
    assert placed == [letters(original[s:e]) for s, e in chosen]  # each on its own word


def test_the_context_chooses_between_an_exact_and_a_vocalised_occurrence() -> None:
    text = "قال الجيش إن البُوكَمَال محاصرة وإن البوكمال أيضا"
    placed = Anchorer(text).place(90, 98, "البوكمال", "قال الجيش إن ", " محاصرة")
    assert (placed.start, placed.end, placed.anchor) == (13, 24, Anchor.FOLDED)  # type: ignore[union-attr]
    other = Anchorer(text).place(90, 98, "البوكمال", "وإن ", " أيضا")
    exact = text.index("البوكمال")
    assert (other.start, other.anchor) == (exact, Anchor.SURFACE)  # type: ignore[union-attr]


# ---------------------------------------------------------------- every error, empty files


def test_every_bad_line_is_named_at_once_up_to_twenty_and_a_count(tmp_path: Path) -> None:
    lines = [{"text": "قال الجيش", "label": [[4, 9, "ACTOR"]]}] + [
        {"text": "قال", "label": [[0, 90 + i, "ACTOR"], [2, 2, "ACTOR"]]} for i in range(12)
    ]
    path = tmp_path / "bad.jsonl"
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    db = with_article(tmp_path)
    before = db.read_bytes()
    done = reader("import", "--db", str(db), str(path))
    assert done.returncode == 2
    assert f"{path}: 24 problems; nothing was imported:" in done.stderr
    named = re.findall(r"line (\d+): span \[(\d+), (\d+)\)", done.stderr)
    assert len(named) == 20 and named[:3] == [("2", "0", "90"), ("2", "2", "2"), ("3", "0", "91")]
    assert "… and 4 more" in done.stderr
    assert db.read_bytes() == before


@pytest.mark.parametrize("name", ["e.conll", "e.jsonl", "e.csv", "e.json", "list.json"])
def test_an_empty_file_is_said_to_be_empty(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("[]\n" if name == "list.json" else "\ufeff\n", "utf-8")
    db = tmp_path / "new.qari.sqlite"
    done = reader("import", "--db", str(db), str(path))
    assert done.returncode == 1, done.stderr
    assert re.search(rf"{re.escape(str(path))}(:| is) (the file is )?empty", done.stderr)
    assert not db.exists()


def test_an_empty_text_beside_an_ann_file_and_an_empty_document_are_never_added(
    tmp_path: Path,
) -> None:
    (tmp_path / "b.txt").write_text("", "utf-8")
    (tmp_path / "b.ann").write_text("T1\tACTOR 0 1\tx\n", "utf-8")
    done = reader("import", "--db", str(tmp_path / "x.qari.sqlite"), str(tmp_path / "b.ann"))
    assert done.returncode == 1 and f"refused: {tmp_path / 'b.txt'} is empty" in done.stderr
    lines = tmp_path / "one-empty.jsonl"
    lines.write_text('{"text": "", "label": []}\n{"text": "قال الجيش", "label": []}\n', "utf-8")
    db = tmp_path / "y.qari.sqlite"
    done = reader("import", "--db", str(db), str(lines))
    assert done.returncode == 1 and "document 1 of the file is empty; not added" in done.stderr
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM document").fetchone() == (1,)


def test_an_empty_file_given_as_db_is_refused_and_left_alone(tmp_path: Path) -> None:
    empty = tmp_path / "empty.qari.sqlite"
    empty.write_bytes(b"")
    done = reader("import", "--db", str(empty), str(ARTICLE_A))
    assert done.returncode == 2
    assert "is an empty file, not an annotation file" in done.stderr
    assert empty.read_bytes() == b""
