"""The workflow status travels with the annotations: the JSONL keeps each mark and an
import takes the newer ones; the CSV has a status column an analyst can filter on, and
a review of the CSV knows who marked what."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from reader.core.errors import FormatError
from reader.core.progress import Status
from reader.formats import csv_format, qari_jsonl
from reader.formats.registry import by_name
from reader.services.annotation_files import open_annotation_file
from reader.services.annotation_import import import_annotations
from reader.services.exchange import export_annotations, read_annotations
from reader.storage import annotation_sets, progress, reads
from tests.overview_file import LAYLA, OMAR, make_overview_file


def test_the_jsonl_keeps_every_mark_and_an_import_takes_them(tmp_path: Path) -> None:
    theirs = make_overview_file(tmp_path / "theirs.qari.sqlite")
    with theirs.session() as s:
        aset = annotation_sets.annotation_set(s, "theirs")
    out = tmp_path / "theirs.jsonl"
    qari_jsonl.write(aset, out)
    back = qari_jsonl.read(out)
    assert [(m.annotator, m.status) for m in back.statuses] == [
        (OMAR, Status.DONE),
        (LAYLA, Status.DONE),
    ]
    qari_jsonl.write(back, tmp_path / "again.jsonl")
    assert (tmp_path / "again.jsonl").read_bytes() == out.read_bytes()

    mine = open_annotation_file(tmp_path / "mine.qari.sqlite")
    incoming = read_annotations(out)
    assert incoming is not None
    report = import_annotations(mine, incoming)
    assert report.statuses_taken == 2
    assert "2 article statuses taken" in str(report.summary())
    docs = [d for (d,) in mine.reader.execute("SELECT id FROM document ORDER BY id")]
    assert reads.statuses(mine.reader, OMAR, docs) == dict(
        zip(docs, [Status.DONE, Status.IN_PROGRESS, Status.IN_PROGRESS, Status.TODO], strict=True)
    )
    assert reads.statuses(mine.reader, LAYLA, docs)[docs[1]] is Status.DONE
    assert import_annotations(mine, incoming).statuses_taken == 0  # nothing twice
    theirs.close()
    mine.close()


def test_a_status_that_names_no_document_is_refused_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"format": "qari-annotations", "version": 1}\n'
                   '{"type": "status", "document": "abc", "annotator": "Omar", "status": "done"}\n',
                   encoding="utf-8")  # fmt: skip
    with pytest.raises(FormatError) as refused:
        qari_jsonl.read(bad)
    assert f"{bad}, line 2: a status must name a document listed before it" in str(refused.value)


def test_the_csv_says_each_annotators_status_and_a_review_reads_it(tmp_path: Path) -> None:
    theirs = make_overview_file(tmp_path / "theirs.qari.sqlite")
    out = tmp_path / "theirs.csv"
    export_annotations(theirs, by_name("csv"), out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_title = {(r["title"], r["annotator"]): r["status"] for r in rows}
    assert by_title == {
        ("headline 1", OMAR): "done",
        ("headline 1", LAYLA): "in_progress",
        ("headline 2", OMAR): "in_progress",
        ("headline 3", OMAR): "in_progress",
    }
    back = csv_format.read_annotation_set(out)
    assert {(m.annotator, m.status) for m in back.statuses} == {
        (OMAR, Status.DONE),
        (LAYLA, Status.IN_PROGRESS),
        (OMAR, Status.IN_PROGRESS),
    }
    with theirs.session() as s:
        progress.set_status(s, {1: Status.ADJUDICATED}, OMAR)
    export_annotations(theirs, by_name("csv"), out, OMAR)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        assert {r["status"] for r in csv.DictReader(fh) if r["title"] == "headline 1"} == {
            "adjudicated"
        }
    theirs.close()
