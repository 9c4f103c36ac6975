"""The most frequent names of a label: what is shown is what naming every group and
sorting them all gives (the import names only the groups that can reach the top), ties
at the cut included."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.normalise import search_form
from reader.core.overview import NameCount, commonest, top_names

SPELLINGS = ("البوكمال", "البُوكمال", "البوكمال ", "الجيش", "دير الزور", "إدلب", "ادلب",
             "قالة", "قاله", "Actor", "actor")  # fmt: skip


def every_group_named(rows: list[NameCount], limit: int) -> list[NameCount]:
    """The plain way: every group totalled and named, all sorted."""
    totals: Counter[tuple[int | None, str]] = Counter()
    spellings: dict[str, Counter[str]] = {}
    names = {}
    for row in rows:
        key = (row.entity, "") if row.entity is not None else (None, search_form(row.name))
        totals[key] += row.count
        if row.entity is None:
            spellings.setdefault(key[1], Counter())[row.name] += row.count
        else:
            names[row.entity] = row.name
    found = [NameCount(e, names[e] if e is not None else commonest(spellings[k]), n)
             for (e, k), n in totals.items()]  # fmt: skip
    return sorted(found, key=lambda c: (-c.count, c.name))[:limit]


ROWS = st.lists(st.tuples(st.sampled_from([None, None, 1, 2, 3]), st.sampled_from(SPELLINGS),
                          st.integers(1, 4)), max_size=40)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(rows=ROWS, limit=st.integers(1, 12))
def test_the_top_names_are_those_of_naming_every_group(
    rows: list[tuple[int | None, str, int]], limit: int
) -> None:
    given_rows = [NameCount(e, name if e is None else f"entity {e}", n) for e, name, n in rows]
    assert top_names(given_rows, limit) == every_group_named(given_rows, limit)


def test_a_tie_at_the_cut_goes_by_name() -> None:
    rows = [NameCount(None, "ب", 2), NameCount(None, "أ", 2), NameCount(None, "ج", 3)]
    assert [c.name for c in top_names(rows, 2)] == ["ج", "أ"]
