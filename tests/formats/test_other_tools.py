"""Files as doccano, Label Studio and brat write them (hand-made after their published
formats and example data): every shape they write is read, and what is not carried is
said once, counted, with the first few places."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from reader.core.review import AnnotationSet
from reader.formats import brat, conll, doccano, label_studio, qari_jsonl
from reader.formats.registry import detect
from tests.test_cli import reader

TEXT = "قال الجيش إن البوكمال محاصرة."  # الجيش [4, 9), البوكمال [13, 21), the claim [13, 28)


def said(aset: AnnotationSet) -> str:
    return "\n".join(map(str, aset.warnings))


def spans(aset: AnnotationSet) -> list[tuple[str, str, str]]:
    return [(s.label, s.text, s.annotator) for s in aset.spans]


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def stored(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as con:
        return con.execute(sql).fetchall()


# ---------------------------------------------------------------- doccano


RELATION_LINE = {
    "id": 1, "text": TEXT,
    "entities": [{"id": 1, "label": "ACTOR", "start_offset": 4, "end_offset": 9},
                 {"id": 2, "label": "CLAIM", "start_offset": 13, "end_offset": 28}],
    "relations": [{"id": 1, "from_id": 2, "to_id": 1, "type": "SOURCE"}],
}  # fmt: skip


def test_doccano_relations_are_links_and_cats_comments_and_meta_are_said(tmp_path: Path) -> None:
    line = RELATION_LINE | {"cats": [{"id": 1, "label": "news"}], "Comments": ["good"],
                            "meta": {"source": "wire"}}  # fmt: skip
    path = write_jsonl(tmp_path / "omar.jsonl", [line, line | {"id": 2, "cats": []}])
    db = tmp_path / "new.qari.sqlite"
    done = reader("import", "--db", str(db), str(path))
    assert done.returncode == 0, done.stderr
    assert "1 link added" in done.stdout
    for name, count in (("cats", "1 record holds it"), ("Comments", "2 records hold it"),
                        ("meta", "2 records hold it")):  # fmt: skip
        assert f"the field {name!r} is not imported ({count})" in done.stderr
    assert "'id'" not in done.stderr  # doccano's own line number: nothing to carry
    assert stored(db, "SELECT count(*) FROM link") == [(1,)]


def test_doccano_entities_as_lists_are_read_like_objects(tmp_path: Path) -> None:
    lists = write_jsonl(tmp_path / "lists.jsonl", [{"text": TEXT, "entities": [
        [4, 9, "ACTOR"], [13, 21, "PLACE"]]}])  # fmt: skip
    assert spans(doccano.read(lists)) == [
        ("ACTOR", "الجيش", "lists"),
        ("PLACE", "البوكمال", "lists"),
    ]
    wrong = write_jsonl(tmp_path / "wrong.jsonl", [{"text": TEXT, "entities": [[4, "ACTOR"]]}])
    with pytest.raises(Exception, match=r'entity 1: expected an object or \[start, end, "LABEL"\]'):
        doccano.read(wrong)


def test_a_missing_text_is_named_as_missing(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "notext.jsonl", [{"label": [[0, 1, "ACTOR"]]}])
    with pytest.raises(Exception, match="line 1: no 'text' field"):
        doccano.read(path)


def test_a_pretty_printed_json_array_given_as_jsonl_is_said_once_and_read(tmp_path: Path) -> None:
    path = tmp_path / "pretty.jsonl"
    path.write_text(json.dumps([RELATION_LINE, RELATION_LINE | {"text": TEXT + " ثانٍ"}],
                               ensure_ascii=False, indent=2), "utf-8")  # fmt: skip
    assert detect(path) is not None and detect(path).name == "doccano"  # type: ignore[union-attr]
    done = reader("import", "--db", str(tmp_path / "f.qari.sqlite"), str(path))
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("JSON, not JSON Lines") == 1 and "not valid JSON" not in done.stderr
    assert "4 annotations added" in done.stdout and "2 links added" in done.stdout


def test_articles_as_a_json_array_in_a_jsonl_file_are_read_or_refused_once(tmp_path: Path) -> None:
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps([{"text": "خبر أول", "title": "أ"}, {"text": "خبر ثان"}],
                                   ensure_ascii=False, indent=1), "utf-8")  # fmt: skip
    done = reader("import", "--db", str(tmp_path / "a.qari.sqlite"), str(articles))
    assert done.returncode == 0 and "2 added" in done.stdout, done.stderr
    broken = tmp_path / "broken.jsonl"
    broken.write_text('[\n {"text": "خبر",\n', "utf-8")
    refused = reader("import", "--db", str(tmp_path / "b.qari.sqlite"), str(broken))
    assert refused.returncode == 1
    assert refused.stderr.count("refused:") == 1
    assert "not JSON Lines (one article a line), nor one JSON value" in refused.stderr


# ---------------------------------------------------------------- Label Studio


def region(rid: str, start: int, end: int, label: str) -> dict[str, Any]:
    value = {"start": start, "end": end, "text": TEXT[start:end], "labels": [label]}
    return {"id": rid, "type": "labels", "from_name": "label", "to_name": "text", "value": value}


def test_label_studio_predictions_are_counted_beside_annotations(tmp_path: Path) -> None:
    task = {"id": 1, "data": {"text": TEXT},
            "annotations": [{"completed_by": "omar@example.org",
                             "result": [region("a", 4, 9, "ACTOR")]}],
            "predictions": [{"model_version": "m1", "result": [region("p", 13, 21, "PLACE")]},
                            {"model_version": "m2", "result": []}]}  # fmt: skip
    path = tmp_path / "export.json"
    path.write_text(json.dumps([task], ensure_ascii=False), "utf-8")
    aset = label_studio.read(path)
    assert spans(aset) == [("ACTOR", "الجيش", "omar@example.org")]  # the e-mail names him
    assert "2 predictions (model suggestions) not imported" in said(aset)


def test_label_studio_json_min_is_read_with_its_annotator(tmp_path: Path) -> None:
    task = {"id": 3, "text": TEXT, "label": [
        {"start": 4, "end": 9, "text": "الجيش", "labels": ["ACTOR"]},
        {"start": 13, "end": 21, "text": "البوكمال", "labels": ["PLACE"]}],
        "annotator": "layla@example.org", "annotation_id": 5, "lead_time": 3.2,
        "created_at": "2024-01-01T00:00:00Z", "updated_at": "2024-01-01T00:00:00Z"}  # fmt: skip
    path = tmp_path / "min.json"
    path.write_text(json.dumps([task], ensure_ascii=False), "utf-8")
    aset = label_studio.read(path)
    assert spans(aset) == [("ACTOR", "الجيش", "layla@example.org"),
                           ("PLACE", "البوكمال", "layla@example.org")]  # fmt: skip
    assert said(aset) == ""


# ---------------------------------------------------------------- every key of every format


EXTRA = {"zz_unknown": 1, "review_state": "ok"}  # fields no format defines


def unread_names(aset: AnnotationSet) -> set[str]:
    return {str(w.params["name"]) for w in aset.warnings if "the field" in w.template}


def test_doccano_names_each_unknown_field(tmp_path: Path) -> None:
    plain = write_jsonl(tmp_path / "plain.jsonl", [RELATION_LINE])
    assert unread_names(doccano.read(plain)) == set()
    extra = write_jsonl(tmp_path / "extra.jsonl", [RELATION_LINE | EXTRA])
    assert unread_names(doccano.read(extra)) == set(EXTRA)


def test_label_studio_names_each_unknown_field_of_a_task_and_of_its_data(tmp_path: Path) -> None:
    task = {"id": 1, "data": {"text": TEXT}, "inner_id": 1, "total_annotations": 1,
            "annotations": [{"completed_by": 1,
                             "result": [region("a", 4, 9, "ACTOR")]}]}  # fmt: skip
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps([task], ensure_ascii=False), "utf-8")
    assert unread_names(label_studio.read(plain)) == set()  # bookkeeping needs no word
    with_extra = task | EXTRA | {"data": {"text": TEXT, "url": "https://example.org/1"},
                                 "drafts": [{"result": []}], "meta": {"k": 1}}  # fmt: skip
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps([with_extra], ensure_ascii=False), "utf-8")
    assert unread_names(label_studio.read(extra)) == {*EXTRA, "data.url", "drafts", "meta"}


def test_qari_jsonl_names_each_unknown_field_of_each_record(tmp_path: Path) -> None:
    db = tmp_path / "f.qari.sqlite"
    made = reader(
        "import", "--db", str(db), str(write_jsonl(tmp_path / "o.jsonl", [RELATION_LINE]))
    )
    assert made.returncode == 0, made.stderr
    plain = tmp_path / "plain.jsonl"
    assert reader("export", "--db", str(db), "--format", "qari-jsonl", str(plain)).returncode == 0
    assert unread_names(qari_jsonl.read(plain)) == set()
    lines = [json.loads(line) for line in plain.read_text("utf-8").splitlines()]
    kinds = {str(line.get("type", "header")) for line in lines}
    assert {"header", "label", "link_type", "document", "annotation", "link"} <= kinds
    extra = write_jsonl(tmp_path / "extra.jsonl", [line | EXTRA for line in lines])
    assert unread_names(qari_jsonl.read(extra)) == {f"{k}.{e}" for k in kinds for e in EXTRA}


def test_conll_says_the_columns_between_token_and_tag(tmp_path: Path) -> None:
    plain = tmp_path / "plain.conll"
    plain.write_text("قال O\nالجيش B-ACTOR\n", "utf-8")
    assert said(conll.read(plain)) == ""
    tagged = tmp_path / "pos.conll"
    tagged.write_text("قال VERB B-VP O\nالجيش NOUN B-NP B-ACTOR\n\nإن PART O O\n", "utf-8")
    aset = conll.read(tagged)
    assert [s.text for s in aset.spans] == ["الجيش"]
    assert "3 lines have columns between their token and their tag" in said(aset)


def test_brat_says_each_kind_of_line_it_does_not_keep(tmp_path: Path) -> None:
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, "utf-8")
    (folder / "a.ann").write_text(
        "T1\tACTOR 4 9\tالجيش\nE1\tAttack:T1\nX1\twhat is this\n", "utf-8"
    )
    warnings = said(brat.read(folder))
    assert "1 event not imported" in warnings
    assert "line 3: not a brat annotation line" in warnings


# ---------------------------------------------------------------- what an import says


def test_spans_listed_twice_in_a_file_are_merged_and_said_so(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "twice.jsonl", [{"text": TEXT, "label": [
        [4, 9, "PER"], [4, 9, "ORG"], [13, 21, "PLACE"], [13, 21, "PLACE"]]}])  # fmt: skip
    db = tmp_path / "brand-new.qari.sqlite"
    done = reader("import", "--db", str(db), str(path), "--map", "PER=ACTOR", "--map", "ORG=ACTOR")
    assert done.returncode == 0, done.stderr
    assert "2 annotations added; 0 already present" in done.stdout
    assert "2 duplicate spans within the file merged" in done.stdout
    again = reader("import", "--db", str(db), str(path), "--map", "PER=ACTOR", "--map", "ORG=ACTOR")
    assert "0 annotations added; 2 already present" in again.stdout
    assert "2 duplicate spans within the file merged" in again.stdout


def test_repeated_warnings_are_said_once_with_a_count_and_the_first_places(tmp_path: Path) -> None:
    folder = tmp_path / "lemmas"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, "utf-8")
    notes = "".join(f"#{i}\tLemma T1\tجيش\n" for i in range(1, 248))
    (folder / "a.ann").write_text("T1\tACTOR 4 9\tالجيش\n" + notes, "utf-8")
    done = reader("import", "--db", str(tmp_path / "l.qari.sqlite"), str(folder))
    assert done.returncode == 0, done.stderr
    lemma = [line for line in done.stderr.splitlines() if "'Lemma'" in line]
    assert len(lemma) == 1
    assert "line 2: a comment of type 'Lemma'; skipped (and 246 more like it:" in lemma[0]
    assert "a.ann, line 3; " in lemma[0] and "a.ann, line 5…)" in lemma[0]


def test_a_refused_import_creates_no_file_and_leaves_an_existing_one_alone(tmp_path: Path) -> None:
    unknown = write_jsonl(tmp_path / "unknown.jsonl", [{"text": TEXT, "label": [[4, 9, "PER"]]}])
    db = tmp_path / "never.qari.sqlite"
    done = reader("import", "--db", str(db), str(unknown))
    assert done.returncode == 1 and "labels not in your scheme" in done.stderr
    assert not db.exists() and list(tmp_path.glob("never*")) == []
    assert "nothing imported, so not created" in done.stderr
    kept = tmp_path / "kept.qari.sqlite"
    known = write_jsonl(tmp_path / "ok.jsonl", [{"text": TEXT, "label": [[4, 9, "ACTOR"]]}])
    assert reader("import", "--db", str(kept), str(known)).returncode == 0
    before = kept.read_bytes()
    assert reader("import", "--db", str(kept), str(unknown)).returncode == 1
    assert kept.exists() and kept.read_bytes() == before
