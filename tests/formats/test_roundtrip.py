"""Export then import, every format, on the founding articles: overlapping, nested and
diacritic-adjacent spans come back as they were where the format can hold them, and each
loss is the stated one, reported by the writer."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.annotations import draft_span
from reader.core.articles import iter_drafts
from reader.formats.common import WriteReport
from reader.formats.registry import BY_NAME, FORMATS
from reader.services.annotation_files import default_labels
from reader.services.annotation_import import import_annotations
from reader.services.exchange import export_annotations, read_annotations
from reader.services.import_report import AnnotationImportReport
from reader.storage import repository
from reader.storage.db import AnnotationFile
from reader.storage.importer import import_articles
from tests.conftest import ARTICLE_A, ARTICLE_B

SENTENCE = "واصل الجيش العربي السوري تقدمه في أحياء مدينة دير الزور"
MULTILINE_NOTE = "first line\nsecond\tline"

# (article, anchor phrase, word inside it, label, note): offsets are found inside the
# anchor so that the same word elsewhere (the headline) is not taken.
TAGS = [
    ("A", SENTENCE, SENTENCE, "CLAIM", MULTILINE_NOTE),
    ("A", SENTENCE, "الجيش العربي السوري", "ACTOR", "nested in the claim"),
    ("A", SENTENCE, "مدينة دير الزور", "PLACE", ""),
    ("A", SENTENCE, "دير الزور", "PLACE", "nested in a place"),
    ("A", SENTENCE, "السوري تقدمه", "ACTOR", "crosses the first actor's end"),
    ("A", "ووفقاً", "ووفقاً", "CLAIM", "ends in tanween"),
    ("A", "أيضاً", "أيضاً", "PLACE", ""),
    ("B", "رايان ديلون", "رايان ديلون", "ACTOR", "«quoted» note"),
    ("B", "مدينة البوكمال", "البوكمال", "PLACE", ""),
]
Key = tuple[str, str, int, int]  # document sha, label, start, end


def corpus_file(path: Path) -> AnnotationFile:
    file = AnnotationFile.open(path, default_labels())
    import_articles(file, iter_drafts([ARTICLE_A, ARTICLE_B]))
    return file


@pytest.fixture
def tagged(tmp_path: Path) -> AnnotationFile:
    file = corpus_file(tmp_path / "mine.qari.sqlite")
    with file.session() as s:
        docs = {name: repository.get_document(s, d.id)
                for name, d in zip("AB", repository.list_documents(s), strict=True)}  # fmt: skip
        for article, anchor, word, label, note in TAGS:
            doc = docs[article]
            assert doc is not None
            start = doc.text.index(anchor) + anchor.index(word)
            draft = draft_span(doc.id, doc.text, start, start + len(word), label, note)
            repository.add_annotation(s, draft, "layla")
    yield file
    file.close()


def spans_of(file: AnnotationFile, annotator: str) -> dict[Key, str]:
    with file.session() as s:
        shas = {d.id: d.sha256 for d in repository.list_documents(s)}
        return {(shas[r.document_id], r.label, r.start, r.end): r.note
                for r in repository.annotations_by(s, annotator)}  # fmt: skip


def out_path(tmp_path: Path, name: str) -> Path:
    fmt = BY_NAME[name]
    # brat, doccano and CoNLL name no annotator: the file (folder) name is taken
    return tmp_path / ("layla" if fmt.folder else f"layla{fmt.pattern[1:]}")


def round_trip(
    tagged: AnnotationFile, tmp_path: Path, name: str
) -> tuple[WriteReport, AnnotationImportReport, dict[Key, str]]:
    out = out_path(tmp_path, name)
    written = export_annotations(tagged, BY_NAME[name], out)
    theirs = corpus_file(tmp_path / f"theirs-{name}.qari.sqlite")
    try:
        incoming = read_annotations(out)
        assert incoming is not None and incoming.format == name  # detected, not told
        report = import_annotations(theirs, incoming)
        return written, report, spans_of(theirs, "layla")
    finally:
        theirs.close()


@pytest.mark.parametrize("name", ["csv", "qari-jsonl", "label-studio"])
def test_formats_that_hold_everything_give_back_the_same_spans_and_notes(
    tagged: AnnotationFile, tmp_path: Path, name: str
) -> None:
    written, report, got = round_trip(tagged, tmp_path, name)
    assert got == spans_of(tagged, "layla")
    assert list(map(str, written.losses)) == [] and report.problems == []
    assert (report.documents_added, report.spans_added, report.spans_moved) == (0, 9, 0)


def test_brat_keeps_spans_and_flattens_multiline_notes(
    tagged: AnnotationFile, tmp_path: Path
) -> None:
    written, report, got = round_trip(tagged, tmp_path, "brat")
    expected = spans_of(tagged, "layla")
    flattened = {k: v.replace("\n", " ").replace("\t", " ") for k, v in expected.items()}
    assert got == flattened
    assert len(written.losses) == 1 and "line breaks" in str(written.losses[0])
    assert report.spans_added == 9 and report.warnings == []


def test_doccano_keeps_spans_and_reports_the_notes_it_drops(
    tagged: AnnotationFile, tmp_path: Path
) -> None:
    written, _, got = round_trip(tagged, tmp_path, "doccano")
    assert got == dict.fromkeys(spans_of(tagged, "layla"), "")
    noted = sum(1 for note in spans_of(tagged, "layla").values() if note)
    dropped = f"{noted} notes not written: doccano has no notes on spans"
    assert list(map(str, written.losses)) == [dropped]


def test_conll_keeps_the_spans_iob_can_hold_and_names_each_one_left_out(
    tagged: AnnotationFile, tmp_path: Path
) -> None:
    written, report, got = round_trip(tagged, tmp_path, "conll")
    mine = spans_of(tagged, "layla")
    # IOB holds no overlaps: of the nested and crossing spans in the sentence, the claim
    # (earliest, then longest) is kept; the diacritic-adjacent words and article B's
    # spans stand alone and are all kept.
    left_out = {k for k in mine if k[1:] != ("CLAIM",) and _inside_sentence(tagged, k)}
    assert set(got) == set(mine) - left_out
    assert all(note == "" for note in got.values())
    overlap_losses = [loss for loss in written.losses if "IOB cannot hold both" in str(loss)]
    assert len(overlap_losses) == len(left_out) == 4
    # the CoNLL text is tokens joined by spaces; it is matched to the article apart from
    # spacing and every span lands on the exact characters it had
    assert report.documents_added == 0 and report.documents_matched == 2
    assert report.problems == []


def _inside_sentence(file: AnnotationFile, key: Key) -> bool:
    with file.session() as s:
        doc = next(d for d in repository.list_documents(s) if d.sha256 == key[0])
        text = repository.get_document(s, doc.id).text  # type: ignore[union-attr]
    start = text.find(SENTENCE)
    return start <= key[2] and key[3] <= start + len(SENTENCE) and key[3] - key[2] < len(SENTENCE)


def test_qari_jsonl_restores_a_whole_file_into_an_empty_one(
    tagged: AnnotationFile, tmp_path: Path
) -> None:
    first = tmp_path / "backup.jsonl"
    export_annotations(tagged, BY_NAME["qari-jsonl"], first)
    empty = AnnotationFile.open(tmp_path / "restored.qari.sqlite", default_labels())
    try:
        incoming = read_annotations(first)
        assert incoming is not None
        report = import_annotations(empty, incoming)
        assert report.documents_added == 2
        second = tmp_path / "again.jsonl"
        export_annotations(empty, BY_NAME["qari-jsonl"], second)
    finally:
        empty.close()
    # documents with their metadata, annotators, timestamps, notes: byte for byte
    assert second.read_bytes() == first.read_bytes()


def test_importing_the_same_file_twice_adds_nothing_the_second_time(
    tagged: AnnotationFile, tmp_path: Path
) -> None:
    out = tmp_path / "layla.json"
    export_annotations(tagged, BY_NAME["label-studio"], out)
    theirs = corpus_file(tmp_path / "theirs.qari.sqlite")
    try:
        incoming = read_annotations(out)
        assert incoming is not None
        import_annotations(theirs, incoming)
        again = import_annotations(theirs, incoming)
    finally:
        theirs.close()
    assert (again.spans_added, again.spans_present) == (0, 9)


def test_every_format_is_in_the_round_trips() -> None:
    tested = {"csv", "qari-jsonl", "label-studio", "brat", "doccano", "conll"}
    assert {f.name for f in FORMATS if f.readable and f.writable} == tested
    # the one read only, from other tools' tables: tests/formats/test_span_tables.py
    assert {f.name for f in FORMATS if not f.writable} == {"span-csv"}
    # the one written only for people: tests/formats/test_links_roundtrip.py
    assert {f.name for f in FORMATS if not f.readable} == {"claims-csv"}
