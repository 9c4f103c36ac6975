"""Links travel with their spans: the app's own JSONL writes every link and reads it
back identical, and importing it into another file links the same spans there."""

from __future__ import annotations

import json
from pathlib import Path

from reader.core.annotations import draft_span
from reader.core.foreign import ForeignLink
from reader.formats import brat, doccano, label_studio, qari_jsonl
from reader.services.annotation_files import open_annotation_file
from reader.services.annotation_import import import_annotations
from reader.services.exchange import Incoming, read_annotations
from reader.storage import annotation_sets, attribution, repository
from reader.storage.db import AnnotationFile
from tests.review_files import CLAIM, OTHER_CLAIM, SANA, linked


def linked_file(path: Path) -> AnnotationFile:
    """The first founding article with a claim linked to its source, cue and place, and
    a second claim with an unnamed source."""
    spans = [("CLAIM", CLAIM, 0), ("ACTOR", SANA, 0), ("CUE", "ذكرت", 0),
             ("PLACE", "مدينة دير الزور", 0), ("CLAIM", OTHER_CLAIM, 0)]  # fmt: skip
    links = [("SOURCE", CLAIM, SANA), ("CUE", CLAIM, "ذكرت"),
             ("ABOUT", CLAIM, "مدينة دير الزور"), ("SOURCE", OTHER_CLAIM, None)]  # fmt: skip
    return open_annotation_file(linked(path, "Layla", spans, links))


def layla_jsonl(tmp_path: Path) -> tuple[AnnotationFile, AnnotationFile, Incoming]:
    """Layla's linked file, her JSONL export read for import, and a new file of mine."""
    theirs = linked_file(tmp_path / "layla.qari.sqlite")
    with theirs.session() as s:
        qari_jsonl.write(annotation_sets.annotation_set(s, "layla"), tmp_path / "layla.jsonl")
    mine = open_annotation_file(tmp_path / "mine.qari.sqlite", seed_corpus=True)
    incoming = read_annotations(tmp_path / "layla.jsonl")
    assert incoming is not None
    return theirs, mine, incoming


def described(file: AnnotationFile) -> list[tuple[str, str, str | None, str]]:
    with file.session() as s:
        aset = annotation_sets.annotation_set(s, "x")
    return sorted((k.type, k.claim.text, k.target.text if k.target else None, k.annotator)
                  for k in aset.links)  # fmt: skip


def test_the_jsonl_carries_every_link_and_its_scheme_both_ways(tmp_path: Path) -> None:
    file = linked_file(tmp_path / "mine.qari.sqlite")
    with file.session() as s:
        aset = annotation_sets.annotation_set(s, "mine")
    out = tmp_path / "mine.jsonl"
    qari_jsonl.write(aset, out)
    back = qari_jsonl.read(out)

    def ends(links: tuple[ForeignLink, ...]) -> list[tuple[object, ...]]:
        return [(k.type, k.claim.start, k.claim.end, k.claim.label,
                 k.target and (k.target.start, k.target.end, k.target.label), k.annotator,
                 k.created, k.updated) for k in links]  # fmt: skip

    assert ends(back.links) == ends(aset.links) and len(back.links) == 4
    assert back.link_types == aset.link_types and [t.name for t in back.link_types] == [
        "SOURCE", "CUE", "ABOUT"
    ]  # fmt: skip
    qari_jsonl.write(back, tmp_path / "again.jsonl")
    assert (tmp_path / "again.jsonl").read_bytes() == out.read_bytes()


def test_importing_a_linked_file_links_the_same_spans_in_mine(tmp_path: Path) -> None:
    theirs, mine, incoming = layla_jsonl(tmp_path)
    report = import_annotations(mine, incoming)
    assert report.links_added == 4 and report.links_left_out == []
    assert described(mine) == described(theirs)
    again = import_annotations(mine, incoming)  # a second import adds nothing
    assert again.links_added == 0 and described(mine) == described(theirs)
    assert all("already has this" in str(why) for why in again.links_left_out)


def test_a_link_whose_span_is_mapped_out_is_left_out_and_said(tmp_path: Path) -> None:
    _, mine, incoming = layla_jsonl(tmp_path)
    report = import_annotations(mine, incoming, mapping={"CUE": ""})
    assert report.links_added == 3
    [why] = report.links_left_out
    assert "CUE link of «" in str(why) and "left out by the mapping" in str(why)
    assert "3 links added; 1 link left out" in str(report.summary())


def ends_of(links: tuple[ForeignLink, ...]) -> list[tuple[object, ...]]:
    """A link by the text and offsets of its ends (document keys differ by format)."""
    return sorted(
        (k.type, k.claim.start, k.claim.end, k.claim.text,
         k.target and (k.target.start, k.target.end, k.target.text))
        for k in links
    )  # fmt: skip


def test_brat_writes_each_link_as_an_r_line_and_reads_every_one_back(tmp_path: Path) -> None:
    file = linked_file(tmp_path / "mine.qari.sqlite")
    with file.session() as s:
        aset = annotation_sets.annotation_set(s, "mine")
    out = tmp_path / "brat"
    brat.write(aset, out)
    [ann] = [p for p in out.glob("*.ann") if "R1\t" in p.read_text("utf-8")]
    lines = ann.read_text("utf-8").splitlines()
    assert sum(line.startswith("R") for line in lines) == 3  # SOURCE, CUE, ABOUT
    assert any(line.startswith("A1\tUnnamed T") and line.endswith(" SOURCE") for line in lines)
    conf = (out / "annotation.conf").read_text("utf-8")
    assert "SOURCE\tArg1:CLAIM, Arg2:ACTOR" in conf and "Unnamed\tArg:CLAIM, Value:SOURCE" in conf
    back = brat.read(out)
    assert ends_of(back.links) == ends_of(aset.links) and len(back.links) == 4
    assert back.warnings == ()  # nothing counted as not imported


def test_label_studio_and_doccano_carry_named_links_and_count_unnamed_sources(
    tmp_path: Path,
) -> None:
    file = linked_file(tmp_path / "mine.qari.sqlite")
    with file.session() as s:
        aset = annotation_sets.annotation_set(s, "mine")
    named = [k for k in aset.links if k.target is not None]
    for fmt, out in ((label_studio, tmp_path / "ls.json"), (doccano, tmp_path / "layla.jsonl")):
        written = fmt.write(aset, out)
        assert any("1 unnamed source not written" in str(loss) for loss in written.losses)
        back = fmt.read(out)
        assert ends_of(back.links) == ends_of(tuple(named)), fmt.NAME
        assert len(back.links) == 3
    tasks = json.loads((tmp_path / "ls.json").read_text("utf-8"))
    relations = [r for t in tasks for a in t["annotations"] for r in a["result"]
                 if r["type"] == "relation"]  # fmt: skip
    assert sorted(r["labels"][0] for r in relations) == ["ABOUT", "CUE", "SOURCE"]
    line = json.loads((tmp_path / "layla.jsonl").read_text("utf-8").splitlines()[0])
    assert {"entities", "relations"} <= set(line) and "label" not in line


def test_label_studio_relations_pointing_left_are_turned_round(tmp_path: Path) -> None:
    text = "قال ديلون إن الهجوم وشيك"
    claim, source = {"start": 13, "end": 24}, {"start": 4, "end": 9}
    result = [
        {"id": "c", "type": "labels", "value": {**claim, "labels": ["CLAIM"]}},
        {"id": "s", "type": "labels", "value": {**source, "labels": ["ACTOR"]}},
        {"from_id": "s", "to_id": "c", "type": "relation", "direction": "left",
         "labels": ["SOURCE"]},
    ]  # fmt: skip
    path = tmp_path / "t.json"
    path.write_text(json.dumps([{"data": {"text": text}, "annotations": [{"result": result}]}]))
    [link] = label_studio.read(path).links
    assert (link.type, link.claim.text, link.target and link.target.text) == (
        "SOURCE", "الهجوم وشيك", "ديلون"
    )  # fmt: skip


def test_claims_csv_has_a_row_per_attribution_from_the_command_line(tmp_path: Path) -> None:
    import csv
    import subprocess
    import sys

    linked_file(tmp_path / "mine.qari.sqlite").close()
    out = tmp_path / "claims.csv"
    done = subprocess.run(
        [sys.executable, "-m", "reader", "export", "--db", str(tmp_path / "mine.qari.sqlite"),
         "--format", "claims-csv", str(out)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_claim = {row["claim_text"]: row for row in rows}
    assert len(rows) == 2 and set(by_claim) == {CLAIM, "فقد تقدم الجيش أمس"}
    first = by_claim[CLAIM]
    assert (first["source_kind"], first["source_text"], first["cue_text"], first["places"]) == (
        "named", "وكالة «سانا» للأنباء", "ذكرت", "مدينة دير الزور"
    )  # fmt: skip
    assert first["outlet"] and len(first["sha256"]) == 64 and first["annotator"] == "Layla"
    assert (by_claim["فقد تقدم الجيش أمس"]["source_kind"],
            by_claim["فقد تقدم الجيش أمس"]["source_text"]) == ("unnamed", "")  # fmt: skip


def test_formats_without_links_say_how_many_they_left_out(tmp_path: Path) -> None:
    from reader.formats.registry import BY_NAME
    from reader.services.exchange import export_annotations

    file = linked_file(tmp_path / "mine.qari.sqlite")
    span_csv = export_annotations(file, BY_NAME["csv"], tmp_path / "spans.csv")
    expected = "4 links not written: the span CSV has a row a span; a claims CSV has the links"
    assert [str(loss) for loss in span_csv.losses] == [expected]
    iob = export_annotations(file, BY_NAME["conll"], tmp_path / "x.conll")
    said = [str(loss) for loss in iob.losses]
    assert "4 links not written: IOB tags tokens, not links" in said
    assert "1 CUE span (a reporting word) not written: IOB tags entities" in said
    assert "CUE" not in (tmp_path / "x.conll").read_text("utf-8")


def test_hand_made_peer_files_with_relations_import_and_export_with_every_link(
    tmp_path: Path,
) -> None:
    """A brat folder with R lines, a Label Studio export with relations and a doccano file
    with relations, as those tools write them: imported into an empty file, exported
    again, every link is there, between the same characters."""
    from reader.formats.registry import BY_NAME
    from reader.services.exchange import export_annotations

    text = "أعلن المتحدث رايان ديلون أن الجيش تقدم نحو البوكمال.\n"
    claim, source, cue, place = (25, 52), (13, 24), (0, 4), (44, 52)
    (tmp_path / "brat").mkdir()
    (tmp_path / "brat" / "a.txt").write_text(text, "utf-8")
    (tmp_path / "brat" / "a.ann").write_text(
        f"T1\tCLAIM {claim[0]} {claim[1]}\t{text[claim[0] : claim[1]]}\n"
        f"T2\tACTOR {source[0]} {source[1]}\t{text[source[0] : source[1]]}\n"
        f"T3\tCUE {cue[0]} {cue[1]}\t{text[cue[0] : cue[1]]}\n"
        f"T4\tPLACE {place[0]} {place[1]}\t{text[place[0] : place[1]]}\n"
        "R1\tSOURCE Arg1:T1 Arg2:T2\nR2\tCUE Arg1:T1 Arg2:T3\nR3\tABOUT Arg1:T1 Arg2:T4\n",
        "utf-8",
    )
    regions = {"c": (claim, "CLAIM"), "s": (source, "ACTOR"), "q": (cue, "CUE"),
               "p": (place, "PLACE")}  # fmt: skip
    result: list[dict[str, object]] = [
        {"id": k, "type": "labels", "from_name": "label", "to_name": "text",
         "value": {"start": a, "end": b, "text": text[a:b], "labels": [label]}}
        for k, ((a, b), label) in regions.items()
    ]  # fmt: skip
    kinds = (("SOURCE", "s", 2), ("CUE", "q", 3), ("ABOUT", "p", 4))  # type, region, entity
    result += [{"type": "relation", "from_id": "c", "to_id": t, "direction": "right",
                "labels": [kind]} for kind, t, _ in kinds]  # fmt: skip
    (tmp_path / "ls.json").write_text(
        json.dumps([{"data": {"text": text}, "annotations": [{"result": result}]}]), "utf-8"
    )
    entities = [{"id": n, "label": label, "start_offset": a, "end_offset": b}
                for n, ((a, b), label) in enumerate(regions.values(), 1)]  # fmt: skip
    relations = [{"id": n, "from_id": 1, "to_id": t, "type": kind}
                 for n, (kind, _, t) in enumerate(kinds, 1)]  # fmt: skip
    (tmp_path / "omar.jsonl").write_text(
        json.dumps({"text": text, "entities": entities, "relations": relations}) + "\n", "utf-8"
    )
    expected = sorted((kind, claim, target) for kind, target in
                      (("SOURCE", source), ("CUE", cue), ("ABOUT", place)))  # fmt: skip
    for name, path in (("brat", tmp_path / "brat"), ("label-studio", tmp_path / "ls.json"),
                       ("doccano", tmp_path / "omar.jsonl")):  # fmt: skip
        file = open_annotation_file(tmp_path / f"{name}.qari.sqlite")
        incoming = read_annotations(path)
        assert incoming is not None and incoming.format == name
        report = import_annotations(file, incoming)
        assert report.links_added == 3 and report.links_left_out == [], name
        out = tmp_path / f"again-{name}"
        export_annotations(file, BY_NAME[name], out)
        back = BY_NAME[name].read(out)
        found = sorted(
            (k.type, (k.claim.start, k.claim.end), k.target and (k.target.start, k.target.end))
            for k in back.links
        )
        assert found == expected, name


def test_a_link_to_another_annotators_span_is_counted_not_lost(tmp_path: Path) -> None:
    """My claim linked to a source Omar tagged: one-annotator and Label Studio exports
    cannot hold it and say so; the JSONL keeps it."""
    from reader.formats.registry import BY_NAME
    from reader.services.exchange import export_annotations

    file = open_annotation_file(tmp_path / "mine.qari.sqlite", seed_corpus=True)
    with file.session() as s:
        doc = repository.get_document(s, repository.list_documents(s)[0].id)
        assert doc is not None
        ids = []
        for label, needle, who in (("CLAIM", CLAIM, "Layla"),
                                   ("ACTOR", "وكالة «سانا» للأنباء", "Omar")):  # fmt: skip
            start = doc.text.index(needle)
            draft = draft_span(doc.id, doc.text, start, start + len(needle), label)
            ids.append(repository.add_annotation(s, draft, who).id)
        attribution.add_link(s, "SOURCE", ids[0], ids[1], "Layla")
    brat_out = export_annotations(file, BY_NAME["brat"], tmp_path / "b", annotator="Layla")
    assert "1 link to a span of another annotator not written" in map(str, brat_out.losses)
    ls_out = export_annotations(file, BY_NAME["label-studio"], tmp_path / "ls.json")
    assert any("between two annotators' spans not written" in str(x) for x in ls_out.losses)
    export_annotations(file, BY_NAME["qari-jsonl"], tmp_path / "all.jsonl")
    assert len(qari_jsonl.read(tmp_path / "all.jsonl").links) == 1
