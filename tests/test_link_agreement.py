"""Agreement on links, worked out by hand: `reader agree` reports a link F1 (type and both
ends the same) and a looser one (ends overlapping), under `links` in --json."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reader.core.link_agreement import link_agreement
from tests.review_files import ARMY, CLAIM, OTHER_CLAIM, SANA, linked


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
