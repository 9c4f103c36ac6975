"""Spans laid end to end as numpy arrays give the same matches and unitizing terms
wherever they sit: far along a continuum of more than 2**31 characters (where squares no
longer fit 63 bits and Python ints take over) as at its start."""

from __future__ import annotations

from reader.core.continuum import Continuum, _merged, _observed

REF = frozenset({(0, 4, "ACTOR"), (2, 9, "ACTOR"), (12, 15, "PLACE"), (20, 30, "ACTOR")})
OTHER = frozenset({(0, 4, "ACTOR"), (5, 7, "ACTOR"), (13, 14, "PLACE"), (31, 33, "ACTOR")})
FAR = 2**31 + 7


def continuum(before: int) -> Continuum:
    """One document of 40 characters after one of `before` characters with no spans."""
    return Continuum([before, 40], [(frozenset(), frozenset()), (REF, OTHER)])


def test_matches_and_unitizing_terms_are_the_same_far_along_a_long_continuum() -> None:
    near, far = continuum(10), continuum(FAR)
    assert far._starts.dtype == object and near._starts.dtype != object
    for label in ("ACTOR", "PLACE"):
        assert near.exact(label) == far.exact(label)
        assert near.overlap(label) == far.overlap(label)
        units = [_merged(c._of(label, who, False)) for c in (near, far) for who in (0, 1)]
        assert _observed(units[0], units[1]) == _observed(units[2], units[3])
        assert [(s - 10).tolist() for s in units[0]] == [(s - FAR).tolist() for s in units[2]]
    assert near.exact("ACTOR").ref_found == 1  # (0, 4)
    assert (near.overlap("ACTOR").ref_found, near.overlap("ACTOR").other_found) == (2, 2)
    assert far.unitizing("ACTOR") is not None
