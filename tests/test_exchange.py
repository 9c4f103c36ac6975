"""Importing other tools' files into an annotation file, and exporting from it, as a user
does it: from the command line (in a subprocess) and through reader.services.exchange."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from reader.core.annotations import AnnotationRecord, draft_span
from reader.core.articles import iter_drafts
from reader.core.errors import KnownError
from reader.services.annotation_files import default_labels
from reader.services.annotation_import import import_annotations
from reader.services.exchange import read_annotations
from reader.services.import_report import AnnotationImportReport
from reader.services.reviewing import read_colleague_file
from reader.storage import repository
from reader.storage.db import AnnotationFile
from reader.storage.importer import import_articles
from tests.conftest import ARTICLE_A, CORPUS
from tests.formula_cells import assert_export_as_written_row_by_row, tag_formula_notes
from tests.review_files import digest, make_file
from tests.test_cli import reader

TEXT_A = ARTICLE_A.read_text(encoding="utf-8")
SENTENCE = "أعلن المتحدث الرسمي"  # not in article A: a new document


def ls_task(text: str, regions: list[tuple[int, int, str, str]], who: str = "layla") -> dict:
    result = [
        {"id": f"r{i}", "type": "labels", "from_name": "label", "to_name": "text",
         "value": {"start": s, "end": e, "text": t, "labels": [label]}}
        for i, (s, e, t, label) in enumerate(regions)
    ]  # fmt: skip
    return {
        "data": {"text": text},
        "annotations": [{"completed_by": {"email": who}, "result": result}],
    }


def at(word: str) -> tuple[int, int, str]:
    start = TEXT_A.index(word)
    return start, start + len(word), word


def ls_file(tmp_path: Path, tasks: list[dict], name: str = "export.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return path


def count(db: Path, table: str = "annotation") -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "mine.qari.sqlite"
    done = reader("import", "--db", str(path), str(CORPUS))
    assert done.returncode == 0, done.stderr
    return path


def test_unknown_labels_are_refused_with_a_mapping_offered_and_nothing_written(
    tmp_path: Path, db: Path
) -> None:
    path = ls_file(tmp_path, [ls_task(TEXT_A, [(*at("البوكمال"), "GPE"), (*at("الجيش"), "PER")])])
    before = digest(db)
    done = reader("import", "--db", str(db), str(path))
    assert done.returncode == 1
    assert "GPE (1 span), PER (1 span)" in done.stderr
    assert "--map GPE=PLACE --map PER=ACTOR" in done.stderr
    assert digest(db) == before


def test_mapped_labels_land_under_the_files_annotator_and_a_second_import_adds_nothing(
    tmp_path: Path, db: Path
) -> None:
    path = ls_file(tmp_path, [ls_task(TEXT_A, [(*at("البوكمال"), "GPE"), (*at("الجيش"), "MISC")])])
    args = ("import", "--db", str(db), str(path), "--map", "GPE=PLACE", "--map", "MISC=")
    done = reader(*args)
    assert done.returncode == 0, done.stderr
    assert "as layla" in done.stdout and "1 annotation added" in done.stdout
    assert "left out: 1 span labelled MISC (mapped to nothing)" in done.stderr
    con = sqlite3.connect(db)
    row = con.execute(
        "SELECT l.name, a.text, p.name FROM annotation a JOIN label l ON l.id = a.label_id "
        "JOIN annotator p ON p.id = a.annotator_id"
    ).fetchall()
    con.close()
    assert row == [("PLACE", "البوكمال", "layla")]
    again = reader(*args)
    assert "0 annotations added; 1 already present" in again.stdout
    assert count(db) == 1


def test_a_name_given_on_the_command_line_replaces_the_files(tmp_path: Path, db: Path) -> None:
    conll = tmp_path / "export.conll"
    conll.write_text("قال O\nديلون B-ACTOR\n", encoding="utf-8")
    done = reader("import", "--db", str(db), str(conll), "--annotator", "Huda")
    assert done.returncode == 0, done.stderr
    assert "as Huda" in done.stdout
    assert count(db, "document") == 3  # a text not in the file is added as a document


def import_into(db: Path, path: Path) -> tuple[AnnotationImportReport, list[AnnotationRecord]]:
    """Import `path` into the annotation file `db`; the report and layla's annotations."""
    mine = AnnotationFile.open(db, default_labels())
    try:
        incoming = read_annotations(path)
        assert incoming is not None
        report = import_annotations(mine, incoming)
        with mine.session() as s:
            return report, repository.annotations_by(s, "layla")
    finally:
        mine.close()


def test_labels_differing_only_in_case_need_no_mapping(tmp_path: Path) -> None:
    path = ls_file(tmp_path, [ls_task(SENTENCE, [(0, 4, "أعلن", "Claim")])])
    report, (record,) = import_into(tmp_path / "m.qari.sqlite", path)
    assert report.documents_added == 1 and record.label == "CLAIM"


def test_spans_whose_text_moved_are_re_anchored_and_lost_ones_reported(
    tmp_path: Path, db: Path
) -> None:
    start, end, word = at("البوكمال")
    tasks = [ls_task(TEXT_A, [(start + 7, end + 7, word, "PLACE"), (0, 3, "غير موجود", "ACTOR")])]
    report, (record,) = import_into(db, ls_file(tmp_path, tasks))
    assert (record.start, record.end, record.text) == (start, end, word)
    assert report.spans_moved == 1 and len(report.problems) == 1
    problem = str(report.problems[0])
    assert "«غير موجود»" in problem and "is not in this document" in problem


def test_one_name_for_a_file_of_several_annotators_is_refused(tmp_path: Path, db: Path) -> None:
    tasks = [ls_task(TEXT_A, [(*at("البوكمال"), "PLACE")], "a"),
             ls_task(TEXT_A, [(*at("الجيش"), "ACTOR")], "b")]  # fmt: skip
    mine = AnnotationFile.open(db, default_labels())
    try:
        incoming = read_annotations(ls_file(tmp_path, tasks))
        assert incoming is not None
        with pytest.raises(KnownError, match="one name for all would merge them"):
            import_annotations(mine, incoming, annotator="x")
        with pytest.raises(KnownError, match="NOWHERE is not a label of your scheme"):
            import_annotations(mine, incoming, mapping={"PLACE": "NOWHERE"})
    finally:
        mine.close()
    assert count(db) == 0


def test_export_in_each_format_from_the_command_line(tmp_path: Path) -> None:
    db = make_file(tmp_path / "m.qari.sqlite", "layla", [("البوكمال", "PLACE")])
    make_more = AnnotationFile.open(db, default_labels())
    with make_more.session() as s:
        doc = repository.get_document(s, repository.list_documents(s)[0].id)
        assert doc is not None
        start = doc.text.index("الجيش")
        repository.add_annotation(
            s, draft_span(doc.id, doc.text, start, start + 5, "ACTOR"), "omar"
        )
    make_more.close()

    one = reader("export", "--db", str(db), "--format", "brat", str(tmp_path / "b"))
    assert one.returncode == 2 and "choose one (--annotator)" in one.stderr
    brat = reader("export", "--db", str(db), "--format", "brat", "--annotator", "layla",
                  str(tmp_path / "b"))  # fmt: skip
    assert brat.returncode == 0, brat.stderr
    anns = sorted((tmp_path / "b").glob("*.ann"))
    assert [a.read_text(encoding="utf-8").split("\t")[1] for a in anns[:1]] == [
        f"PLACE {TEXT_A.index('البوكمال')} {TEXT_A.index('البوكمال') + 8}"
    ]
    ls = reader("export", "--db", str(db), str(tmp_path / "all.json"))  # format from suffix
    assert ls.returncode == 0 and "2 annotations (2 documents)" in ls.stdout
    names = {a["created_username"] for t in json.loads((tmp_path / "all.json").read_text())
             for a in t["annotations"]}  # fmt: skip
    assert names == {"layla", "omar"}
    unknown = reader("export", "--db", str(db), str(tmp_path / "x.dat"))
    assert unknown.returncode == 2 and "say which format to write with --format" in unknown.stderr


def test_review_and_agreement_accept_other_formats(tmp_path: Path) -> None:
    mine = make_file(tmp_path / "m.qari.sqlite", "me", [("البوكمال", "PLACE"), ("الجيش", "ACTOR")])
    theirs = tmp_path / "huda.jsonl"
    start, end, _ = at("البوكمال")
    theirs.write_text(json.dumps({"text": TEXT_A, "label": [[start, end, "PLACE"]]}), "utf-8")
    assert read_colleague_file(theirs).annotators == ["huda"]
    done = reader("agree", str(mine), str(theirs), "--json")
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout.splitlines()[0])
    assert figures["other_annotator"] == "huda"
    assert figures["overall"]["exact"]["tp"] == 1 and figures["overall"]["exact"]["fp"] == 0
    assert figures["overall"]["exact"]["fn"] == 1


def test_a_file_no_format_reads_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# nothing", encoding="utf-8")
    with pytest.raises(KnownError, match="not an annotation file this app reads"):
        read_colleague_file(path)


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_exports_get_the_mode_any_saved_file_gets(tmp_path: Path, umask: int) -> None:
    import os

    from reader.formats.registry import by_name
    from reader.services.exchange import export_annotations

    file = AnnotationFile.open(make_file(tmp_path / "m.qari.sqlite", "Me", [("الجيش", "ACTOR")]))
    old = os.umask(umask)
    try:
        for name, out in (("csv", "a.csv"), ("qari-jsonl", "a.jsonl"), ("brat", "brat-out")):
            export_annotations(file, by_name(name), tmp_path / out)
    finally:
        os.umask(old)
        file.close()
    assert (tmp_path / "a.csv").stat().st_mode & 0o777 == 0o666 & ~umask
    assert (tmp_path / "a.jsonl").stat().st_mode & 0o777 == 0o666 & ~umask
    assert (tmp_path / "brat-out").stat().st_mode & 0o777 == 0o777 & ~umask


def test_an_article_from_doccano_keeps_its_headline_and_byline(tmp_path: Path) -> None:
    from reader.services.exchange import read_annotations
    from reader.storage import reads

    text = ARTICLE_A.read_text("utf-8")
    path = tmp_path / "doccano.jsonl"
    record = {"text": text, "label": [[0, 5, "ACTOR"]]}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    file = AnnotationFile.open(tmp_path / "m.qari.sqlite", default_labels())
    incoming = read_annotations(path)
    assert incoming is not None
    import_annotations(file, incoming, annotator="Huda")
    [doc_id] = reads.document_ids(file.reader, reads.DocumentQuery())
    doc = reads.get_document(file.reader, doc_id)
    assert doc is not None and doc.header_lines == 2  # drawn as headline and byline
    assert text.startswith(doc.title.rstrip("…"))
    file.close()


def test_csv_export_makes_formula_cells_inert_as_written_row_by_row(tmp_path: Path) -> None:
    file = AnnotationFile.open(tmp_path / "f.qari.sqlite", default_labels())
    import_articles(file, iter_drafts([ARTICLE_A]))
    tag_formula_notes(file)
    assert_export_as_written_row_by_row(file, tmp_path)
    file.close()
