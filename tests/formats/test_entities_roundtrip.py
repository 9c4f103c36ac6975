"""The entity registry travels with the spans: the JSONL keeps it whole, brat keeps each
span's entity as a normalisation, the CSV names it in two columns, and the formats that
cannot carry it say how many links they left out."""

from __future__ import annotations

import csv
from pathlib import Path

from reader.core.entities import EntityDef
from reader.formats import brat, csv_format, qari_jsonl
from reader.formats.registry import by_name
from reader.services.annotation_files import open_annotation_file
from reader.services.annotation_import import import_annotations
from reader.services.exchange import export_annotations, read_annotations
from reader.storage import annotation_sets, entities, reads
from reader.storage.db import AnnotationFile
from tests.review_files import ARMY, with_entities

MENTIONS = [
    ("ACTOR", ARMY, 0, ARMY),
    ("ACTOR", "الجيش", 1, ARMY),
    ("PLACE", "دير الزور", 0, "دير الزور"),
    ("PLACE", "البوكمال", 0, "البوكمال"),
]


def layla(tmp_path: Path) -> AnnotationFile:
    file = open_annotation_file(with_entities(tmp_path / "layla.qari.sqlite", "Layla", MENTIONS))
    with file.session() as s:  # one entity with more than a name
        [army] = [e for e in entities.list_entities(s) if e.name == ARMY]
        entities.write_entity(s, EntityDef(army.id, "ACTOR", ARMY, ("الجيش السوري",),
                                           "the state's army", "Q000"))  # fmt: skip
    return file


def named(file: AnnotationFile) -> list[tuple[str, str]]:
    """(span text, entity name) of every span that names one, in text order."""
    rows = file.reader.execute(
        "SELECT a.text, e.name FROM annotation a JOIN entity e ON e.id = a.entity_id "
        "ORDER BY a.start"
    )
    return rows.fetchall()


def test_the_jsonl_keeps_the_registry_and_an_import_links_the_same_spans(tmp_path: Path) -> None:
    theirs = layla(tmp_path)
    with theirs.session() as s:
        aset = annotation_sets.annotation_set(s, "layla")
    out = tmp_path / "layla.jsonl"
    qari_jsonl.write(aset, out)
    back = qari_jsonl.read(out)
    assert back.entities == aset.entities and len(back.entities) == 3
    assert [s.entity for s in back.spans] == [s.entity for s in aset.spans]
    qari_jsonl.write(back, tmp_path / "again.jsonl")
    assert (tmp_path / "again.jsonl").read_bytes() == out.read_bytes()

    mine = open_annotation_file(tmp_path / "mine.qari.sqlite", seed_corpus=True)
    incoming = read_annotations(out)
    assert incoming is not None
    report = import_annotations(mine, incoming)
    assert (report.mentions_linked, report.entities_added) == (4, 3)
    assert "4 spans linked to entities; 3 new entities" in str(report.summary())
    assert named(mine) == named(theirs)
    army = next(e for e in reads.list_entities(mine.reader) if e.name == ARMY)
    assert (army.aliases, army.note, army.external_id) == (("الجيش السوري",), "the state's army",
                                                          "Q000")  # fmt: skip
    again = import_annotations(mine, incoming)  # nothing twice
    assert (again.mentions_linked, again.entities_added) == (0, 0)
    assert len(reads.list_entities(mine.reader)) == 3


def test_brat_writes_a_normalisation_per_named_span_and_reads_the_entities_back(
    tmp_path: Path,
) -> None:
    theirs = layla(tmp_path)
    report = export_annotations(theirs, by_name("brat"), tmp_path / "brat")
    [ann] = [p for p in (tmp_path / "brat").glob("*.ann") if "\nN1\t" in p.read_text("utf-8")]
    norms = [line for line in ann.read_text("utf-8").splitlines() if line.startswith("N")]
    assert len(norms) == 4 and norms[0].split("\t")[1].startswith("Reference T")
    assert any(line.endswith(f"\t{ARMY}") for line in norms)
    assert any("aliases, notes or external id" in str(w) for w in report.losses)
    back = brat.read(tmp_path / "brat")
    by_id = {e.id: e.name for e in back.entities}
    assert sorted((s.text, by_id[s.entity]) for s in back.spans if s.entity) == sorted(
        [(ARMY, ARMY), ("الجيش", ARMY), ("دير الزور", "دير الزور"), ("البوكمال", "البوكمال")]
    )
    assert back.warnings == ()  # the normalisations are read, not counted as left out


def test_the_csv_names_each_spans_entity_and_reads_it_back(tmp_path: Path) -> None:
    theirs = layla(tmp_path)
    out = tmp_path / "layla.csv"
    export_annotations(theirs, by_name("csv"), out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted((r["text"], r["entity"]) for r in rows if r["entity"]) == sorted(
        [(ARMY, ARMY), ("الجيش", ARMY), ("دير الزور", "دير الزور"), ("البوكمال", "البوكمال")]
    )
    assert all(r["entity_id"].isdigit() for r in rows if r["entity"])
    back = csv_format.read_annotation_set(out)
    assert {e.name for e in back.entities} == {ARMY, "دير الزور", "البوكمال"}


def test_formats_without_entities_count_the_links_they_leave_out(tmp_path: Path) -> None:
    theirs = layla(tmp_path)
    for name, out in (("doccano", "d.jsonl"), ("label-studio", "ls.json"), ("conll", "c.conll")):
        report = export_annotations(theirs, by_name(name), tmp_path / out)
        assert any("4 links from spans to entities not written" in str(w) for w in report.losses)
