"""Agreement on links, worked out by hand: `reader agree` reports a link F1 (type and both
ends the same) and a looser one (ends overlapping), under `links` in --json."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reader.core.annotations import draft_span
from reader.core.link_agreement import link_agreement
from reader.services.annotation_files import open_annotation_file
from reader.storage import repository

CLAIM, OTHER_CLAIM = "أن مدينة دير الزور تعرضت ظهر أمس لعاصفة غبارية", "فقد تقدم الجيش أمس"
SANA, ARMY = "وكالة «سانا» للأنباء", "الجيش العربي السوري"


def linked(path: Path, who: str, spans: list[tuple[str, str, int]],
           links: list[tuple[str, str, str | None]]) -> Path:  # fmt: skip
    """A file of `who` with `spans` (label, text, occurrence) on the first founding
    article and `links` (type, claim text, target text or None) between them."""
    file = open_annotation_file(path, seed_corpus=True)
    with file.session() as s:
        doc = repository.get_document(s, repository.list_documents(s)[0].id)
        assert doc is not None
        ids = {}
        for label, needle, occurrence in spans:
            start = -1
            for _ in range(occurrence + 1):
                start = doc.text.index(needle, start + 1)
            draft = draft_span(doc.id, doc.text, start, start + len(needle), label)
            ids[needle] = repository.add_annotation(s, draft, who).id
        for kind, claim, target in links:
            repository.add_link(s, kind, ids[claim], ids[target] if target else None, who)
    file.close()
    return path


def test_reader_agree_reports_link_f1_exact_and_by_overlap(tmp_path: Path) -> None:
    claims = [("CLAIM", CLAIM, 0), ("CLAIM", OTHER_CLAIM, 0)]
    mine = linked(tmp_path / "mine.qari.sqlite", "Me",
                  [*claims, ("ACTOR", SANA, 0), ("CUE", "ذكرت", 0),
                   ("PLACE", "مدينة دير الزور", 2)],
                  [("SOURCE", CLAIM, SANA), ("CUE", CLAIM, "ذكرت"),
                   ("ABOUT", CLAIM, "مدينة دير الزور"), ("SOURCE", OTHER_CLAIM, None)])  # fmt: skip
    # the same source and unnamed source; the place a word shorter; no cue; the army too
    theirs = linked(tmp_path / "omar.qari.sqlite", "Omar",
                    [*claims, ("ACTOR", SANA, 0), ("ACTOR", ARMY, 0),
                     ("PLACE", "دير الزور", 5)],
                    [("SOURCE", CLAIM, SANA), ("ABOUT", CLAIM, "دير الزور"),
                     ("SOURCE", CLAIM, ARMY), ("SOURCE", OTHER_CLAIM, None)])  # fmt: skip
    done = subprocess.run([sys.executable, "-m", "reader", "agree", str(mine), str(theirs),
                           "--json"], capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    links = json.loads(done.stdout)["links"]
    # exact: 2 of my 4 found (the source, the unnamed source); 2 of theirs extra
    assert (links["exact"]["tp"], links["exact"]["fp"], links["exact"]["fn"]) == (2, 2, 2)
    assert links["exact"]["f1"] == 0.5
    # overlap: the shorter place counts too; the cue and the army do not
    assert (links["overlap"]["tp"], links["overlap"]["fp"], links["overlap"]["fn"]) == (3, 1, 1)
    assert links["overlap"]["f1"] == 0.75
    assert links["types"]["CUE"]["recall"] == 0.0 and links["types"]["SOURCE"]["tp"] == 2
    printed = subprocess.run([sys.executable, "-m", "reader", "agree", str(mine), str(theirs)],
                             capture_output=True, text=True).stdout  # fmt: skip
    assert "links" in printed and "0.500" in printed.split("links")[1]


def test_an_unnamed_source_matches_only_an_unnamed_source() -> None:
    mine = {1: {("SOURCE", 0, 10, None, None)}}
    named = {1: {("SOURCE", 0, 10, 20, 25)}}
    assert link_agreement([1], mine, named).overlap.tp == 0
    assert link_agreement([1], mine, mine).exact.f1 == 1.0
