"""Matching an entity's names: the spellings of one actor or place meet, others do not."""

from __future__ import annotations

import pytest

from reader.core.entities import (
    EntityDef,
    Match,
    NameIndex,
    Reason,
    compare,
    edit_distance,
    merge_suggestions,
    preferred_name,
)


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        ("ريان ديلون", "رايان ديلون", Reason.SKELETON),
        ("البوكمال", "للبوكمال", Reason.CLITICS),
        ("البوكمال", "والبوكمال", Reason.CLITICS),
        ("البوكمال", "بالبوكمال", Reason.CLITICS),
        ("ديلون", "لديلون", Reason.CLITICS),
        ("العراق", "عراق", Reason.CLITICS),
        ("دير الزور", "ديرالزور", Reason.SPACING),
        ("أمريكا", "امريكا", Reason.SPELLING),
        ("سوريَة", "سورية", Reason.SPELLING),
        ("سورية", "سوريه", Reason.SPELLING),
        ("واشنطن", "واشنطون", Reason.SKELETON),
        ("سورية", "سوريا", Reason.EDITS),
        ("ديلون", "ديلون", Reason.SAME),
        ("ديلون", "رايان ديلون", Reason.PART),
        ("الجيش", "الجيش العربي السوري", Reason.PART),
        ("الجيش السوري", "الجيش العربي السوري", Reason.PART),
        ("سانا", "وكالة سانا للأنباء", Reason.PART),
    ],
)
def test_spellings_of_one_name_match_with_their_reason(a: str, b: str, reason: Reason) -> None:
    assert compare(a, b) == compare(b, a)
    match = compare(a, b)
    assert match is not None and match.reason is reason


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("دير الزور", "البوكمال"),
        ("داعش", "الدولة"),
        ("لبنان", "البنان"),  # «لبنان» is no ل + «بنان»
        ("الموصل", "الوصل"),
        ("قال", "قالت"),  # too short for a letter to differ
        ("جيش", "الجيش العربي السوري"),  # too short to be found as a part
        ("", "داعش"),
    ],
)
def test_different_names_do_not_match(a: str, b: str) -> None:
    assert compare(a, b) is None


def test_a_reason_is_said_in_words_with_its_count() -> None:
    assert str(Match(Reason.EDITS, 1).words()) == "one letter differs"
    assert str(Match(Reason.EDITS, 2).words()) == "two letters differ"
    assert "consonants" in str(Match(Reason.SKELETON).words())


def test_edit_distance_stops_past_its_limit() -> None:
    assert edit_distance("سورية", "سوريا", 2) == 1
    assert edit_distance("kitten", "sitting", 3) == 3
    assert edit_distance("kitten", "sitting", 1) == 2  # over the limit: limit + 1


REGISTRY = [
    EntityDef(1, "ACTOR", "ريان ديلون", ("ديلون",)),
    EntityDef(2, "PLACE", "البوكمال"),
    EntityDef(3, "PLACE", "دير الزور"),
    EntityDef(4, "ACTOR", "داعش", ("تنظيم داعش",)),
    EntityDef(5, "ACTOR", "البوكمال"),  # an actor of the same name: another type
]


def test_candidates_are_ranked_closest_first_one_row_per_entity() -> None:
    index = NameIndex(REGISTRY)
    found = index.candidates("رايان ديلون")
    assert [(c.entity.id, c.name, c.match.reason) for c in found] == [
        (1, "ريان ديلون", Reason.SKELETON)
    ]
    places = index.candidates("للبوكمال", "PLACE")
    assert [(c.entity.id, c.match.reason) for c in places] == [(2, Reason.CLITICS)]
    both = index.candidates("والبوكمال")
    assert {c.entity.id for c in both} == {2, 5}


def test_an_alias_finds_its_entity_and_nothing_finds_a_stranger() -> None:
    index = NameIndex(REGISTRY)
    assert [c.entity.id for c in index.candidates("لديلون")] == [1]
    assert index.candidates("الدولة") == []
    part = index.candidates("تنظيم")  # a word of «تنظيم داعش»
    assert [(c.entity.id, c.name, c.match.reason) for c in part] == [(4, "تنظيم داعش", Reason.PART)]
    assert index.candidates("  ") == []


def test_merge_suggestions_pair_entities_of_one_type_once() -> None:
    registry = [*REGISTRY, EntityDef(6, "ACTOR", "رايان ديلون"), EntityDef(7, "PLACE", "ديرالزور")]
    pairs = [(m.keep.id, m.other.id, m.match.reason) for m in merge_suggestions(registry)]
    assert pairs == [(3, 7, Reason.SPACING), (1, 6, Reason.SKELETON)]


def test_a_new_entity_is_named_without_the_clitics_before_its_article() -> None:
    assert preferred_name("للبوكمال") == "البوكمال"
    assert preferred_name("والجيش  العربي") == "الجيش العربي"
    assert preferred_name("لبنان") == "لبنان"
    assert preferred_name("رايان ديلون") == "رايان ديلون"
