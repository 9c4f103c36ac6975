"""The headless commands, run as a user would: `python -m reader ...` in a subprocess."""

from __future__ import annotations

import csv
import json
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


def _agree_files(tmp_path: Path) -> tuple[Path, Path]:
    from tests.review_files import make_file

    mine = make_file(
        tmp_path / "mine.qari.sqlite",
        "Me",
        [("الجيش", "ACTOR"), ("البوكمال", "PLACE"), ("دير الزور", "PLACE")],
    )
    # Same ACTOR; البوكمال with another label; only «دير» of «دير الزور».
    theirs = make_file(
        tmp_path / "layla.qari.sqlite",
        "Layla",
        [("الجيش", "ACTOR"), ("البوكمال", "ACTOR"), ("دير", "PLACE")],
    )
    return mine, theirs


def test_agree_prints_json_per_pair(tmp_path: Path) -> None:
    import json

    mine, theirs = _agree_files(tmp_path)
    done = reader("agree", str(mine), str(theirs), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    exact = report["overall"]["exact"]
    assert (exact["tp"], exact["fp"], exact["fn"]) == (1, 2, 2)
    assert exact["precision"] == exact["recall"] == exact["f1"] == 1 / 3
    place = report["labels"]["PLACE"]
    assert (place["overlap"]["recall"], place["overlap"]["precision"]) == (0.5, 1.0)
    assert set(place) >= {"exact", "overlap", "kappa", "alpha"}
    assert report["documents_compared"] == 2
    assert report["not_matched"] == [] and report["not_placed"] == []


def test_agree_reads_csv_exports_and_three_files(tmp_path: Path) -> None:
    import json

    mine, theirs = _agree_files(tmp_path)
    exported = tmp_path / "layla.csv"
    assert reader("export", "--db", str(theirs), "--csv", str(exported)).returncode == 0

    from_csv = json.loads(reader("agree", str(mine), str(exported), "--json").stdout)
    from_file = json.loads(reader("agree", str(mine), str(theirs), "--json").stdout)
    # The CSV holds only the annotated document, so one document is compared, not two;
    # the spans, and so the span scores, are the same.
    assert from_csv["overall"]["exact"] == from_file["overall"]["exact"]
    assert from_csv["documents_compared"] == 1

    reference_csv = reader("agree", str(exported), str(mine), "--db", str(mine), "--json")
    assert reference_csv.returncode == 0, reference_csv.stderr
    assert json.loads(reference_csv.stdout)["overall"]["exact"]["tp"] == 1

    lines = reader("agree", str(mine), str(theirs), str(mine), "--json").stdout.splitlines()
    assert len(lines) == 3
    group = json.loads(lines[2])
    assert group["annotators"] == ["Me", "Layla", "Me"]
    assert set(group["overall"]) == {"fleiss_kappa", "alpha", "unitizing_alpha"}

    table = reader("agree", str(mine), str(theirs))
    assert "overall" in table.stdout and "0.333" in table.stdout


def test_agree_refuses_a_bad_file_with_its_name(tmp_path: Path) -> None:
    mine, _ = _agree_files(tmp_path)
    bad = tmp_path / "bad.qari.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    done = reader("agree", str(mine), str(bad))
    assert done.returncode == 2
    assert str(bad) in done.stderr and "damaged" in done.stderr


def test_search_prints_hits_at_original_offsets_for_scripts(tmp_path: Path) -> None:
    db = tmp_path / "cli.qari.sqlite"
    reader("import", "--db", str(db), str(CORPUS))
    done = reader("search", "--db", str(db), "--json", "سوريه الديمقراطيه")
    assert done.returncode == 0, done.stderr
    hits = [json.loads(line) for line in done.stdout.splitlines()]
    texts = {p.read_text(encoding="utf-8") for p in (ARTICLE_A, ARTICLE_B)}
    assert hits
    for hit in hits:
        text = next(t for t in texts if len(t) >= hit["end"] and hit["title"] in t)
        assert text[hit["start"] : hit["end"]] == hit["text"] == "سورية الديمقراطية"
        assert text[: hit["start"]].endswith(hit["before"])

    plain = reader("search", "--db", str(db), "البوكمال", "--limit", "1")
    assert plain.returncode == 0
    assert "more articles match" in plain.stdout and "【البوكمال】" in plain.stdout


def test_search_says_when_nothing_is_found_or_the_file_is_missing(tmp_path: Path) -> None:
    db = tmp_path / "cli.qari.sqlite"
    reader("import", "--db", str(db), str(ARTICLE_A))
    none = reader("search", "--db", str(db), "طوكيو")
    assert none.returncode == 1 and "0 hits in 0 articles" in none.stdout
    missing = reader("search", "--db", str(tmp_path / "nope.sqlite"), "x")
    assert missing.returncode == 2 and "no such annotation file" in missing.stderr
    assert not (tmp_path / "nope.sqlite").exists()


def test_reading_commands_refuse_a_missing_file_and_create_nothing(tmp_path: Path) -> None:
    typo = tmp_path / "mine.qari.sqlit"  # a mistyped name
    out = tmp_path / "out.csv"
    for args in (("export", "--db", str(typo), str(out)), ("search", "--db", str(typo), "الجيش"),
                 ("stats", "--db", str(typo))):  # fmt: skip
        done = reader(*args, "--data-dir", str(tmp_path / "data"))
        assert done.returncode == 2, done.stdout
        assert f"{typo}: no such annotation file" in done.stderr
    assert not typo.exists() and not out.exists()
    assert "must exist" in reader("export", "--help").stdout
    assert "created if missing" in reader("import", "--help").stdout


def test_entities_lists_the_registry_and_the_likely_duplicates(tmp_path: Path) -> None:
    from tests.review_files import ARMY, with_entities

    db = with_entities(tmp_path / "e.qari.sqlite", "Layla", [
        ("ACTOR", ARMY, 0, ARMY), ("ACTOR", "الجيش", 1, ARMY), ("PLACE", "البوكمال", 0, "البوكمال"),
    ])  # fmt: skip
    gazetteer = tmp_path / "names.txt"
    gazetteer.write_text("للبوكمال\tPLACE\tللبوكمال\nداعش\tACTOR\nno tab here\n", encoding="utf-8")
    listed = reader("entities", "--db", str(db), "--gazetteer", str(gazetteer), "--json")
    assert listed.returncode == 0, listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(r["name"], r["mentions"], r["articles"]) for r in rows] == [
        (ARMY, 2, 1),
        ("البوكمال", 1, 1),
        ("للبوكمال", 0, 0),
    ]
    assert f"{gazetteer}, line 3: expected name<TAB>label" in listed.stderr
    suggested = reader("entities", "--db", str(db), "--suggest")
    assert "البوكمال  <>" in suggested.stdout and "و، ف، ب، ل، ك or ال" in suggested.stdout
    assert "1 likely duplicates" in suggested.stdout
    missing = reader("entities", "--db", str(tmp_path / "nope.qari.sqlite"))
    assert missing.returncode == 2 and "no such annotation file" in missing.stderr


def test_agree_reports_how_often_both_link_a_span_to_the_same_entity(tmp_path: Path) -> None:
    from tests.review_files import ARMY, with_entities

    layla = with_entities(tmp_path / "layla.qari.sqlite", "Layla", [
        ("ACTOR", ARMY, 0, ARMY), ("ACTOR", "الجيش", 1, ARMY), ("PLACE", "البوكمال", 0, "البوكمال"),
    ])  # fmt: skip
    omar = with_entities(tmp_path / "omar.qari.sqlite", "Omar", [
        ("ACTOR", ARMY, 0, ARMY), ("ACTOR", "الجيش", 1, "الجيش"),
    ])  # fmt: skip
    from reader.core.annotations import draft_span
    from reader.storage import repository
    from reader.storage.db import AnnotationFile

    file = AnnotationFile.open(omar)  # Omar tags the city too, and links it to nothing
    with file.session() as s:
        doc = repository.get_document(s, repository.list_documents(s)[0].id)
        assert doc is not None
        at = doc.text.index("البوكمال")
        repository.add_annotation(s, draft_span(doc.id, doc.text, at, at + 8, "PLACE"), "Omar")
    file.close()
    done = reader("agree", str(layla), str(omar), "--json")
    assert done.returncode == 0, done.stderr
    entities = json.loads(done.stdout.splitlines()[0])["entities"]
    assert entities == {"spans": 3, "same": 1, "different": 1, "one_side": 1, "share": 1 / 3}
    shown = reader("agree", str(layla), str(omar))
    assert "entities: 1 of 3 spans both tagged link the same entity (0.333)" in shown.stdout


def test_stats_prints_the_figures_worked_out_by_hand(tmp_path: Path) -> None:
    from tests.overview_file import FIGURES, OMAR, make_overview_file

    db = tmp_path / "o.qari.sqlite"
    make_overview_file(db).close()
    done = reader("stats", "--db", str(db), "--json")
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    assert (figures["articles"], figures["spans"]) == (FIGURES["articles"], FIGURES["spans"])
    assert [(r["label"], r["spans"]) for r in figures["label"]] == FIGURES["by_label"]
    assert [(r["name"], r["spans"]) for r in figures["top_place"]] == FIGURES["top_places"]
    assert [(r["source"], r["outlet"], r["claims"]) for r in figures["claims"]] == FIGURES["claims"]
    by_day = reader("stats", "--db", str(db), "--by", "day")
    assert by_day.stdout.splitlines() == [
        "(no day):  1 article  0 spans",
        "2017-11-03:  1 article  6 spans",
        "2017-11-04:  2 articles  4 spans",
    ]
    done_by_omar = reader("stats", "--db", str(db), "--by", "status", "--json",
                          "--status", "done", "--of", OMAR)  # fmt: skip
    rows = [json.loads(line) for line in done_by_omar.stdout.splitlines()]
    assert {r["annotator"]: r["done"] for r in rows} == {"Layla": 0, OMAR: 1}
    empty = reader("stats", "--db", str(db), "--by", "label", "--outlet", "No such outlet")
    assert empty.stdout == "" and "no label to count: no spans in the scope" in empty.stderr
    whose = reader("stats", "--db", str(db), "--status", "done")
    assert whose.returncode == 2 and "--of NAME" in whose.stderr
    bad_day = reader("stats", "--db", str(db), "--from", "4 Nov")
    assert bad_day.returncode == 2 and "'4 Nov' is not a day like 2017-11-04" in bad_day.stderr


def test_the_command_line_offers_every_format_and_loads_none_to_start() -> None:
    """The parser's format names are the registry's, though it does not import it (the
    window's start would pay for every reader)."""
    from reader.formats import names, registry

    assert (names.READABLE, names.WRITABLE) == (registry.READABLE, registry.WRITABLE)
    started = subprocess.run(
        [sys.executable, "-c", "import sys, reader.cli; reader.cli.build_parser(); "
         "print('reader.formats.registry' in sys.modules)"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert started.stdout.strip() == "False"


def _articles_jsonl(path: Path, count: int, first: int = 0) -> Path:
    """`count` articles of about 10,000 characters each: more than an import indexes at once."""
    with path.open("w", encoding="utf-8") as fh:
        for i in range(first, first + count):
            text = f"خبر {i}\n" + f"نص المقال رمز{i:04d} عن البوكمال. " * 330
            fh.write(json.dumps({"title": f"خبر {i}", "text": text}, ensure_ascii=False) + "\n")
    return path


def _unindexed(db: Path) -> int:
    con = sqlite3.connect(db)
    [(through,)] = con.execute("SELECT value FROM meta WHERE key = 'search_indexed_through'")
    [(count,)] = con.execute("SELECT count(*) FROM document WHERE id > ?", (int(through),))
    con.close()
    return int(count)


def test_a_big_import_returns_before_its_search_index_and_index_finishes_it(
    tmp_path: Path,
) -> None:
    db = tmp_path / "cli.qari.sqlite"
    small = reader("import", "--db", str(db), str(CORPUS))
    assert small.returncode == 0 and "search index" not in small.stderr  # indexed at once
    assert _unindexed(db) == 0
    big = reader("import", "--db", str(db), str(_articles_jsonl(tmp_path / "a.jsonl", 120)))
    assert big.returncode == 0, big.stderr
    assert "120 articles wait for the search index" in big.stderr
    assert _unindexed(db) == 120
    found = reader("search", "--db", str(db), "رمز0117")
    assert found.returncode == 0 and "200 hits in 1 article" in found.stdout
    assert "120 articles are not in the search index yet" in found.stderr
    built = reader("index", "--db", str(db))
    assert built.returncode == 0 and "120 articles indexed for search" in built.stdout
    assert _unindexed(db) == 0
    again = reader("search", "--db", str(db), "رمز0117")
    assert "200 hits in 1 article" in again.stdout and again.stderr == ""
    waited = reader("import", "--db", str(db), "--wait-index",
                    str(_articles_jsonl(tmp_path / "b.jsonl", 120, first=120)))  # fmt: skip
    assert waited.returncode == 0 and "search index" not in waited.stderr
    assert _unindexed(db) == 0
    assert "the search index is complete" in reader("index", "--db", str(db)).stdout
