"""Files written by hand to each format's published description, edge cases included
(empty files, CRLF, BOM, unknown line kinds, UTF-16 offsets), and clear errors for
broken ones: the message names the file and the line or record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core.errors import FormatError
from reader.core.review import AnnotationSet
from reader.formats import brat, conll, doccano, label_studio, qari_jsonl
from reader.formats.common import WriteReport
from reader.formats.csv_format import COLUMNS
from reader.formats.registry import detect

ARABIC = "قال ديلون إن التحالف في البوكمال."


def spans(aset: AnnotationSet) -> list[tuple[str, str, str]]:
    """(label, text at the offsets, note) of every span."""
    docs = {d.key: d.text or "" for d in aset.documents}
    return [(s.label, docs[s.document][s.start : s.end], s.note) for s in aset.spans]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


# ---------------------------------------------------------------- brat


def test_brat_reads_spans_notes_and_reports_other_line_kinds(tmp_path: Path) -> None:
    folder = tmp_path / "collection"
    write(folder / "a.txt", ARABIC)
    write(folder / "a.ann",
          "T1\tPER 4 9\tديلون\n"
          "T2\tLOC 24 32\tالبوكمال\n"
          "#1\tAnnotatorNotes T1\tالمتحدث\n"
          "R1\tIn Arg1:T1 Arg2:T2\nE1\tAttack:T1\nA1\tNegated T2\nM1\tSure T1\n"
          "N1\tReference T1 Wiki:1\n"
          "*\tAlias T1 T2\nthis is not brat\n\n")  # fmt: skip
    aset = brat.read(folder)
    assert spans(aset) == [("PER", "ديلون", "المتحدث"), ("LOC", "البوكمال", "")]
    assert aset.annotators == ["collection"]  # brat names no annotator: the folder does
    joined = "\n".join(map(str, aset.warnings))
    assert "line 10: not a brat annotation line" in joined
    assert "2 attributes" in joined  # an A and an M line
    assert "1 event not" in joined and "1 equivalence," in joined  # one, not "1 events"
    # a relation between two spans is a link, carried (and on import kept or said why not)
    [link] = aset.links
    assert (link.type, link.claim.text, link.target and link.target.text) == (
        "In", "ديلون", "البوكمال"
    )  # fmt: skip


def test_brat_crlf_text_offsets_move_onto_the_canonical_text(tmp_path: Path) -> None:
    raw = "سطر أول\r\nقال ديلون\r\n"
    write(tmp_path / "d.txt", "\ufeff" + raw)
    start = raw.index("ديلون")
    write(tmp_path / "d.ann", f"T1\tPER {start} {start + 5}\tديلون\r\n")
    aset = brat.read(tmp_path / "d.ann")
    assert aset.documents[0].text == "سطر أول\nقال ديلون\n"
    assert spans(aset) == [("PER", "ديلون", "")]


def test_brat_discontinuous_span_is_read_as_its_cover_with_a_warning(tmp_path: Path) -> None:
    write(tmp_path / "d.txt", ARABIC)
    write(tmp_path / "d.ann", "T1\tCLAIM 0 3;13 20\tقال التحالف\n")
    aset = brat.read(tmp_path / "d.txt")
    assert spans(aset) == [("CLAIM", ARABIC[0:20], "")]
    assert "discontinuous (2 fragments)" in str(aset.warnings[0])


def test_brat_fragments_split_only_at_a_line_end_are_one_span_without_warning(
    tmp_path: Path,
) -> None:
    write(tmp_path / "d.txt", "قال\nديلون")
    write(tmp_path / "d.ann", "T1\tCLAIM 0 3;4 9\tقال ديلون\n")
    aset = brat.read(tmp_path / "d.txt")
    assert spans(aset) == [("CLAIM", "قال\nديلون", "")] and aset.warnings == ()


def test_brat_empty_ann_is_a_document_without_spans(tmp_path: Path) -> None:
    write(tmp_path / "d.txt", ARABIC)
    write(tmp_path / "d.ann", "")
    aset = brat.read(tmp_path / "d.ann")
    assert len(aset.documents) == 1 and aset.spans == ()


@pytest.mark.parametrize(
    ("ann", "problem"),
    [
        ("T1\tPER 4\tx\n", "line 1: expected 'LABEL START END'"),
        ("T1\tPER 9 4\tx\n", "line 1: T1 [9, 4) is not inside the text"),
        ("T1\tPER 0 999\tx\n", "is not inside the text"),
        ("T1\n", "a T line needs"),
        ("\nT1\tPER a b\tx\n", "line 2:"),
    ],
)
def test_broken_brat_lines_are_refused_by_file_and_line(
    tmp_path: Path, ann: str, problem: str
) -> None:
    write(tmp_path / "d.txt", ARABIC)
    write(tmp_path / "d.ann", ann)
    with pytest.raises(FormatError) as err:
        brat.read(tmp_path / "d.ann")
    assert str(tmp_path / "d.ann") in str(err.value) and problem in str(err.value)


def test_brat_ann_without_its_text_is_refused(tmp_path: Path) -> None:
    write(tmp_path / "c" / "d.ann", "T1\tPER 0 3\tقال\n")
    with pytest.raises(FormatError, match=r"d\.txt is missing"):
        brat.read(tmp_path / "c")


def test_brat_text_that_disagrees_with_offsets_is_kept_for_re_anchoring(
    tmp_path: Path,
) -> None:
    write(tmp_path / "d.txt", ARABIC)
    write(tmp_path / "d.ann", "T1\tLOC 0 3\tالبوكمال\n")
    (span,) = brat.read(tmp_path / "d.ann").spans
    assert (span.start, span.end, span.text) == (0, 3, "البوكمال")


# ---------------------------------------------------------------- doccano


def test_doccano_reads_both_the_label_and_the_entities_forms(tmp_path: Path) -> None:
    lines = [
        {"text": ARABIC, "label": [[4, 9, "PER"], [24, 32, "LOC"]], "title": "عنوان"},
        {"id": 7, "text": "في البوكمال", "entities": [
            {"id": 1, "label": "LOC", "start_offset": 3, "end_offset": 11}], "relations": []},
        {"text": "بلا وسوم"},
    ]  # fmt: skip
    path = write(
        tmp_path / "layla.jsonl",
        "\ufeff" + "\r\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\r\n\r\n",
    )
    aset = doccano.read(path)
    assert spans(aset) == [("PER", "ديلون", ""), ("LOC", "البوكمال", ""), ("LOC", "البوكمال", "")]
    assert [d.title for d in aset.documents] == ["عنوان", "في البوكمال", "بلا وسوم"]
    assert aset.annotators == ["layla"]


def test_doccano_empty_file_is_an_empty_set(tmp_path: Path) -> None:
    assert doccano.read(write(tmp_path / "x.jsonl", "")).documents == ()


def test_doccano_utf16_offsets_of_an_older_version_are_converted(tmp_path: Path) -> None:
    text = "😀😀 ديلون"  # two characters outside the BMP: UTF-16 counts them twice
    path = write(tmp_path / "x.jsonl", json.dumps({"text": text, "label": [[5, 10, "PER"]]}))
    aset = doccano.read(path)
    assert spans(aset) == [("PER", "ديلون", "")]
    assert "UTF-16" in str(aset.warnings[0])


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"text": "abc", "label": ["POSITIVE"]}', "text-classification file"),
        ('{"text": "abc", "label": [[0, 9, "X"]]}', "outside the text"),
        ('{"text": "abc", "label": [[0, "2", "X"]]}', "must be [start, end"),
        ('{"text": 5}', "'text' must be a string"),
        ('{"text": "abc", "entities": [{"start_offset": 0, "label": "X"}]}', "'end_offset'"),
        ("[1, 2]", "expected a JSON object"),
        ('{"text": "abc", "label": [[0, 1, "X"]]', "not valid JSON"),
        ("[" * 100_000, "nested too deeply"),
    ],
)
def test_broken_doccano_lines_are_refused_by_file_and_line(
    tmp_path: Path, line: str, problem: str
) -> None:
    path = write(tmp_path / "x.jsonl", '{"text": "fine"}\n' + line + "\n")
    with pytest.raises(FormatError) as err:
        doccano.read(path)
    assert f"{path}, line 2" in str(err.value) and problem in str(err.value)


# ---------------------------------------------------------------- Label Studio


def _region(rid: str, start: int, end: int, text: str, *labels: str) -> dict[str, object]:
    value = {"start": start, "end": end, "text": text, "labels": list(labels)}
    return {"id": rid, "from_name": "label", "to_name": "text", "type": "labels", "value": value}


def test_label_studio_reads_annotators_notes_and_reports_what_it_skips(tmp_path: Path) -> None:
    tasks = [{
        "id": 1,
        "data": {"text": ARABIC},
        "annotations": [
            {"completed_by": {"id": 3, "email": "layla@example.org"}, "result": [
                _region("a", 4, 9, "ديلون", "PER"),
                {"id": "a", "from_name": "note", "to_name": "text", "type": "textarea",
                 "value": {"text": ["المتحدث", "الرسمي"]}},
                {"id": "c", "type": "choices", "value": {"choices": ["x"]}},
            ]},
            {"completed_by": 7, "created_username": "omar@example.org, 7",
             "result": [_region("b", 24, 32, "البوكمال", "LOC", "GPE")]},
            {"completed_by": 8, "was_cancelled": True, "result": [_region("z", 0, 3, "قال", "X")]},
        ],
    }, {"id": 2, "data": {"body": "نص آخر"}, "annotations": [],
        "predictions": [{"result": [_region("p", 0, 2, "نص", "X")]}]}]  # fmt: skip
    aset = label_studio.read(write(tmp_path / "export.json", json.dumps(tasks)))
    assert spans(aset) == [
        ("PER", "ديلون", "المتحدث\nالرسمي"),
        ("LOC", "البوكمال", ""),
        ("GPE", "البوكمال", ""),
    ]
    assert aset.annotators == ["layla@example.org", "omar@example.org"]
    assert aset.documents[1].text == "نص آخر"  # the only string in data
    joined = "\n".join(map(str, aset.warnings))
    assert "1 cancelled annotation not" in joined and "1 prediction (" in joined
    assert "1 result of type 'choices' not" in joined


def test_label_studio_utf16_offsets_are_converted_when_the_text_says_so(tmp_path: Path) -> None:
    text = "👍 قال ديلون"
    result = [_region("r", 7, 12, "ديلون", "PER")]
    task = {"data": {"text": text}, "annotations": [{"result": result}]}
    aset = label_studio.read(write(tmp_path / "t.json", json.dumps([task])))
    assert spans(aset) == [("PER", "ديلون", "")]
    assert "UTF-16" in str(aset.warnings[0])


def test_label_studio_single_task_object_and_empty_list(tmp_path: Path) -> None:
    result = [_region("r", 0, 3, "قال", "CLAIM")]
    one = {"data": {"text": ARABIC}, "annotations": [{"result": result}]}
    assert len(label_studio.read(write(tmp_path / "one.json", json.dumps(one))).spans) == 1
    assert label_studio.read(write(tmp_path / "none.json", "[]")).documents == ()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("", "not valid JSON"),
        ('"just a string"', "expected a list of Label Studio tasks"),
        ('[{"data": {"a": "x", "b": "y"}}]', "task 1: 'data' has no 'text'"),
        ('[{"data": {"text": "abc"}, "annotations": [{"result": [{"type": "labels", '
         '"value": {"start": 0, "end": 2}}]}]}]', "'labels' must be a list"),
        ('[{"data": {"text": "abc"}, "annotations": [{"result": [{"type": "labels", '
         '"value": {"start": 2, "end": 1, "labels": ["X"]}}]}]}]', "empty, reversed"),
    ],
)  # fmt: skip
def test_broken_label_studio_files_are_refused_by_file_and_task(
    tmp_path: Path, content: str, problem: str
) -> None:
    path = write(tmp_path / "t.json", content)
    with pytest.raises(FormatError) as err:
        label_studio.read(path)
    assert str(path) in str(err.value) and problem in str(err.value)


# ---------------------------------------------------------------- CoNLL


def test_conll_reads_iob2_iob1_and_documents(tmp_path: Path) -> None:
    path = write(tmp_path / "layla.conll",
        "\ufeff-DOCSTART- -X- -X- O\r\n\r\n"
        "قال O\r\nرايان B-PER\r\nديلون I-PER\r\n\r\n"
        "في O\r\nدير I-LOC\r\nالزور I-LOC\r\nالبوكمال B-LOC\r\n\r\n"
        "-DOCSTART-\tO\n\nنص\tO\nآخر\tB-MISC\n")  # fmt: skip
    aset = conll.read(path)
    assert [d.text for d in aset.documents] == ["قال رايان ديلون\nفي دير الزور البوكمال", "نص آخر"]
    # I-LOC after O begins a span (IOB1); B-LOC after I-LOC begins another
    assert spans(aset) == [
        ("PER", "رايان ديلون", ""),
        ("LOC", "دير الزور", ""),
        ("LOC", "البوكمال", ""),
        ("MISC", "آخر", ""),
    ]


def test_conll_bioes_and_four_columns(tmp_path: Path) -> None:
    path = write(tmp_path / "x.txt", "a NN B-NP S-PER\nb NN I-NP B-LOC\nc NN I-NP E-LOC\nd x y O\n")
    assert spans(conll.read(path)) == [("PER", "a", ""), ("LOC", "b c", "")]


def test_conll_empty_file_has_no_documents(tmp_path: Path) -> None:
    assert conll.read(write(tmp_path / "x.conll", "\n\n")).documents == ()


@pytest.mark.parametrize(
    ("content", "problem"),
    [("قال\n", "line 1: expected a token and a tag"), ("قال O\nديلون PER\n", "line 2: tag 'PER'")],
)
def test_broken_conll_is_refused_by_file_and_line(
    tmp_path: Path, content: str, problem: str
) -> None:
    path = write(tmp_path / "x.conll", content)
    with pytest.raises(FormatError) as err:
        conll.read(path)
    assert str(path) in str(err.value) and problem in str(err.value)


# ---------------------------------------------------------------- Qari JSONL


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("", "empty; not a Qari JSONL file"),
        ('{"text": "x"}\n', "line 1: not a Qari JSONL file"),
        ('{"format": "qari-annotations", "version": 9}\n', "written by a newer Qari"),
        ('{"format": "qari-annotations", "version": 1}\n{"type": "annotation", "document": '
         '"abc", "start": 0, "end": 1}\n', "line 2: 'document' names no document"),
        ('{"format": "qari-annotations", "version": 1}\n{"type": "label", "name": "actor", '
         '"colour": "#000000"}\n', "name must be"),
    ],
)  # fmt: skip
def test_broken_qari_jsonl_is_refused(tmp_path: Path, content: str, problem: str) -> None:
    path = write(tmp_path / "x.jsonl", content)
    with pytest.raises(FormatError) as err:
        qari_jsonl.read(path)
    assert str(path) in str(err.value) and problem in str(err.value)


def test_qari_jsonl_skips_unknown_record_types_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path / "x.jsonl",
                 '{"format": "qari-annotations", "version": 1}\n{"type": "future"}\n')  # fmt: skip
    assert "type 'future' is not known" in str(qari_jsonl.read(path).warnings[0])


# ---------------------------------------------------------------- detection


def test_formats_are_detected_from_the_file(tmp_path: Path) -> None:
    brat_dir = tmp_path / "b"
    write(brat_dir / "x.txt", "قال")
    write(brat_dir / "x.ann", "")
    articles = tmp_path / "articles"
    write(articles / "a.txt", ARABIC)
    cases = {
        brat_dir: "brat",
        brat_dir / "x.txt": "brat",
        write(tmp_path / "d.jsonl", '{"text": "x", "label": []}\n'): "doccano",
        write(tmp_path / "q.jsonl", '{"format": "qari-annotations", "version": 1}\n'): "qari-jsonl",
        write(tmp_path / "ls.json", "[]"): "label-studio",
        write(tmp_path / "c.iob", "a O\n"): "conll",
        write(tmp_path / "train.txt", "-DOCSTART- -X- O O\n\nEU B-ORG\n"): "conll",
        write(tmp_path / "e.csv", ",".join(COLUMNS) + "\n"): "csv",
        write(tmp_path / "s.csv", "doc;start;end;label\n"): "span-csv",
    }
    for path, name in cases.items():
        found = detect(path)
        assert found is not None and found.name == name, path
    article_jsonl = write(tmp_path / "a.jsonl", '{"text": "x"}')
    for articles_path in (articles, articles / "a.txt", article_jsonl):
        assert detect(articles_path) is None


def test_qari_jsonl_with_a_wrong_sha_keeps_its_annotations(tmp_path: Path) -> None:
    lines = [
        {"format": "qari-annotations", "version": 1},
        {"type": "document", "sha256": "edited", "text": ARABIC},
        {"type": "annotation", "document": "edited", "label": "ACTOR", "annotator": "a",
         "start": 4, "end": 9},
    ]  # fmt: skip
    path = write(tmp_path / "x.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in lines))
    aset = qari_jsonl.read(path)
    assert spans(aset) == [("ACTOR", "ديلون", "")]
    assert "its sha256 is not that of its text; recomputed" in str(aset.warnings[0])


def test_an_export_counts_in_the_singular_and_the_plural() -> None:
    one = WriteReport(Path("out"), documents=1, spans=1).summary()
    many = WriteReport(Path("out"), documents=2, spans=5).summary()
    assert (str(one), str(many)) == (
        "1 annotation (1 document) written to out",
        "5 annotations (2 documents) written to out",
    )
