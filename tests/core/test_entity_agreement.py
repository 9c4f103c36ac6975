"""Entity-link agreement: matched spans linked to the same entity, names mapped across."""

from __future__ import annotations

from reader.core.entities import EntityDef
from reader.core.entity_agreement import entity_agreement, linked_spans, same_entity

ARMY = EntityDef(1, "ACTOR", "الجيش العربي السوري", ("الجيش",))
THEIR_ARMY = EntityDef(7, "ACTOR", "الجيش")  # their own id; one of my army's names
CITY = EntityDef(2, "PLACE", "البوكمال")
OTHER_CITY = EntityDef(8, "PLACE", "دير الزور")


def test_entities_of_two_files_are_one_when_they_share_a_name_spelling_folded() -> None:
    assert same_entity(ARMY, THEIR_ARMY)
    assert same_entity(EntityDef(3, "PLACE", "سورية"), EntityDef(9, "PLACE", "سوريه"))
    assert not same_entity(CITY, OTHER_CITY)


def test_the_share_counts_matched_spans_either_side_linked() -> None:
    mine = linked_spans(
        [(1, 0, 5, "ACTOR", 1), (1, 10, 18, "PLACE", 2), (1, 20, 25, "ACTOR", 1),
         (1, 30, 35, "ACTOR", None), (1, 40, 45, "PLACE", 2)],
        [ARMY, CITY],
    )  # fmt: skip
    theirs = linked_spans(
        [(1, 0, 5, "ACTOR", 7), (1, 10, 18, "PLACE", 8), (1, 20, 25, "ACTOR", None),
         (1, 30, 35, "ACTOR", None), (1, 50, 55, "PLACE", 8)],
        [THEIR_ARMY, OTHER_CITY],
    )  # fmt: skip
    result = entity_agreement(mine, theirs)
    assert (result.spans, result.same, result.different, result.one_side) == (3, 1, 1, 1)
    assert result.share == 1 / 3
    assert entity_agreement({}, {}).share is None
