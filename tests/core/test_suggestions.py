"""Suggestions: spans proposed from tagged strings, entity names and a gazetteer."""

from __future__ import annotations

from reader.core.entities import EntityDef
from reader.core.suggestions import Recommender

TEXT = "واصل الجيش العربي السوري تقدمه في ديرالزور ودير الزور وللبوكمال، والجيش هناك."


def spans(recommender: Recommender, text: str = TEXT, **kwargs: object) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in recommender.suggest(text, **kwargs)]  # type: ignore[arg-type]


def test_the_longest_known_phrase_wins_and_clitics_stay_in_the_span() -> None:
    recommender = Recommender(
        [("الجيش العربي السوري", "ACTOR", 1), ("الجيش", "ACTOR", 1), ("دير الزور", "PLACE", 1)],
        [EntityDef(7, "PLACE", "البوكمال")],
    )
    found = recommender.suggest(TEXT)
    assert [(s.text, s.label, s.entity_id) for s in found] == [
        ("الجيش العربي السوري", "ACTOR", None),
        ("ودير الزور", "PLACE", None),
        ("وللبوكمال", "PLACE", 7),
        ("والجيش", "ACTOR", None),
    ]
    assert all(TEXT[s.start : s.end] == s.text for s in found)


def test_the_label_chosen_most_often_for_a_string_wins() -> None:
    recommender = Recommender([("الجيش", "ACTOR", 3), ("الجيش", "PLACE", 1)])
    assert spans(recommender, "الجيش") == [("الجيش", "ACTOR")]
    recommender = Recommender([("الجيش", "ACTOR", 1), ("الجيش", "PLACE", 2)])
    assert spans(recommender, "الجيش") == [("الجيش", "PLACE")]


def test_spelling_and_harakat_are_folded() -> None:
    recommender = Recommender([("سورية", "PLACE", 1)])
    assert spans(recommender, "في سوريَه اليوم") == [("سوريَه", "PLACE")]


def test_tagged_and_rejected_spans_are_not_offered_again() -> None:
    recommender = Recommender([("الجيش", "ACTOR", 1)])
    text = "الجيش والجيش الجيش"
    tagged = [(0, 5, "ACTOR"), (0, 12, "CLAIM")]  # a claim over the second: still offered
    rejected = {("ACTOR", 13, 18)}
    assert spans(recommender, text, taken=tagged, rejected=rejected) == [("والجيش", "ACTOR")]
    inside_claim = [(0, 18, "CLAIM")]
    assert len(recommender.suggest(text, taken=inside_claim)) == 3
    same_label = [(3, 9, "ACTOR")]  # overlaps the first two
    assert spans(recommender, text, taken=same_label) == [("الجيش", "ACTOR")]


def test_only_the_chosen_labels_are_learnt_and_nothing_is_found_in_nothing() -> None:
    recommender = Recommender([("قال", "CUE", 5), ("الجيش", "ACTOR", 1)], labels=("ACTOR",))
    assert spans(recommender, "قال الجيش") == [("الجيش", "ACTOR")]
    assert Recommender([]).suggest(TEXT) == []
    assert len(recommender) == 1


def test_a_tag_made_or_undone_is_learnt_on_its_own() -> None:
    recommender = Recommender([("الجيش", "ACTOR", 1)])
    recommender.learn("البوكمال", "PLACE")
    assert spans(recommender, "الجيش في البوكمال") == [("الجيش", "ACTOR"), ("البوكمال", "PLACE")]
    recommender.learn("الجيش", "PLACE", 2)  # now chosen more often as a place
    recommender.learn("البوكمال", "PLACE", -1)  # the only tag undone
    assert spans(recommender, "الجيش في البوكمال") == [("الجيش", "PLACE")]
    assert len(recommender) == 1


def test_a_name_is_found_spelt_loosely_when_not_as_tagged() -> None:
    recommender = Recommender([("سورية", "PLACE", 1), ("ريان ديلون", "ACTOR", 1)])
    text = "قال رايان ديلون إن سوريا وسوريه"
    assert spans(recommender, text) == [
        ("رايان ديلون", "ACTOR"),
        ("سوريا", "PLACE"),
        ("وسوريه", "PLACE"),
    ]
    short = Recommender([("قال", "CUE", 1)])  # three letters: only as spelt
    assert spans(short, "قالت قيل قال") == [("قال", "CUE")]
