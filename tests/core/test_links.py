"""Attribution links in core: the scheme's link types are checked, and the spans offered
as a claim's source or cue are the ones a reader of Arabic news would pick first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader import paths
from reader.core.errors import LabelSchemeError
from reader.core.labels import load_scheme
from reader.core.links import (
    DEFAULT_LINK_TYPES,
    Candidate,
    candidates,
    cue_words,
    parse_link_types,
    scheme_entry,
)
from reader.core.span_index import IndexedSpan

SOURCE, CUE, ABOUT = DEFAULT_LINK_TYPES
TEXT = (
    "أعلن المتحدث باسم التحالف رايان ديلون أن الجيش تقدم نحو البوكمال. "
    "ووفقاً للنشطاء فإن المدينة محاصرة، وقال مسؤول في دمشق إن الوضع هادئ."
)


def at(needle: str, label: str, span_id: int, occurrence: int = 0) -> IndexedSpan:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(needle, start + 1)
    return IndexedSpan(span_id, start, start + len(needle), label)


def test_the_bundled_scheme_carries_the_default_link_types() -> None:
    path = paths.resource("label_schemes/default.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    found = parse_link_types(data, load_scheme(path), str(path))
    assert tuple(found) == DEFAULT_LINK_TYPES
    assert [scheme_entry(t) for t in found] == data["links"]  # and writes back the same
    assert (SOURCE.claim_label, SOURCE.target_label, SOURCE.unnamed) == ("CLAIM", "ACTOR", True)
    assert (CUE.target_label, ABOUT.target_label) == ("CUE", "PLACE")


@pytest.mark.parametrize(
    ("links", "problem"),
    [
        ([{"name": "SOURCE", "colour": "#000000", "from": "CLAIM", "to": "PERSON"}],
         "'PERSON' is not a label of the scheme"),
        ([{"name": "source", "colour": "#000000", "from": "CLAIM", "to": "ACTOR"}],
         "name must be 1-32 capitals"),
        ([{"name": "A", "colour": "#000000", "from": "CLAIM", "to": "ACTOR", "shortcut": "1"},
          {"name": "B", "colour": "#000000", "from": "CLAIM", "to": "ACTOR", "shortcut": "1"}],
         "link type shortcuts repeat"),
        ("SOURCE", "'links' must be a list"),
    ],
)  # fmt: skip
def test_a_wrong_link_type_is_refused_saying_where(links: object, problem: str) -> None:
    labels = load_scheme(paths.resource("label_schemes/default.json"))
    with pytest.raises(LabelSchemeError) as caught:
        parse_link_types({"labels": [], "links": links}, labels, "mine.json")
    assert str(caught.value).startswith("mine.json") and problem in str(caught.value)


def test_reporting_words_are_found_however_they_are_spelt_without_their_conjunction() -> None:
    found = [TEXT[a:b] for a, b in cue_words(TEXT, 0, len(TEXT))]
    assert found == ["أعلن", "وفقاً", "قال"]  # «ووفقاً» and «وقال»: the و is not the cue


def test_the_source_offered_first_is_the_actor_by_the_reporting_verb() -> None:
    claim = at("إن الوضع هادئ", "CLAIM", 1)
    spokesman = at("رايان ديلون", "ACTOR", 2)
    army = at("الجيش", "ACTOR", 3)
    official = at("مسؤول في دمشق", "ACTOR", 4)
    damascus = at("دمشق", "PLACE", 5)
    offered = candidates(TEXT, claim, [spokesman, army, official, damascus], SOURCE)
    assert [c.span_id for c in offered] == [4, 3, 2]  # nearest first; no PLACE
    # a claim far from its verb: the actor right after «أعلن» beats one nearer the claim
    first = at("الجيش تقدم نحو البوكمال", "CLAIM", 6)
    offered = candidates(TEXT, first, [spokesman, official], SOURCE)
    assert offered[0].span_id == 2


def test_a_linked_actor_is_not_offered_again_and_the_claim_never_itself() -> None:
    claim = at("إن الوضع هادئ", "CLAIM", 1)
    official = at("مسؤول في دمشق", "ACTOR", 4)
    assert candidates(TEXT, claim, [official, claim], SOURCE, taken=[4]) == []


def test_untagged_reporting_words_beside_the_claim_are_offered_as_cues_too() -> None:
    claim = at("إن الوضع هادئ", "CLAIM", 1)
    tagged = at("أعلن", "CUE", 7)
    offered = candidates(TEXT, claim, [tagged], CUE)
    words = [(c.span_id, TEXT[c.start : c.end]) for c in offered]
    assert words[0] == (0, "قال")  # the nearest, not tagged yet
    assert (7, "أعلن") in words and (0, "أعلن") not in words  # a tagged one comes once
    assert all(isinstance(c, Candidate) for c in offered)


def test_the_scheme_file_is_what_the_app_ships(tmp_path: Path) -> None:
    """The CUE label the cue links point to is in the bundled scheme, with its key."""
    labels = load_scheme(paths.resource("label_schemes/default.json"))
    assert [(label.name, label.shortcut) for label in labels] == [
        ("ACTOR", "1"), ("PLACE", "2"), ("CLAIM", "3"), ("CUE", "4")
    ]  # fmt: skip
