from __future__ import annotations

import pytest

from reader.core.errors import LabelSchemeError
from reader.core.labels import LabelDef, LabelStyle, parse_scheme
from reader.core.span_index import IndexedSpan, SpanIndex


def test_default_scheme(labels: list[LabelDef]) -> None:
    assert [(lab.name, lab.shortcut, lab.style) for lab in labels] == [
        ("ACTOR", "1", LabelStyle.BACKGROUND),
        ("PLACE", "2", LabelStyle.BACKGROUND),
        ("CLAIM", "3", LabelStyle.UNDERLINE),
    ]


@pytest.mark.parametrize(
    ("labels", "message"),
    [
        ([{"name": "actor", "colour": "#112233"}], "name must be"),
        ([{"name": "A", "colour": "red"}], "colour must look like"),
        ([{"name": "A", "colour": "#112233", "shortcut": "x"}], "shortcut must be a digit"),
        ([{"name": "A", "colour": "#112233", "style": "blink"}], "style must be"),
        ([{"name": "A", "colour": "#112233"}, {"name": "A", "colour": "#112233"}], "repeat"),
        ([], "no labels"),
    ],
)
def test_bad_schemes_are_explained(labels: list[object], message: str) -> None:
    with pytest.raises(LabelSchemeError, match=message):
        parse_scheme({"labels": labels}, "scheme.json")


def test_span_index_blocks_segments_and_covering() -> None:
    # Three blocks: [0, 9), [10, 19), [20, 30)
    index = SpanIndex([0, 10, 20], 30)
    claim = IndexedSpan(1, 2, 15, "CLAIM")
    actor = IndexedSpan(2, 4, 6, "ACTOR")
    assert index.add(claim) == range(2)
    index.add(actor)
    segments = index.segments(0)
    assert [(s.start, s.end, [x.id for x in s.spans]) for s in segments] == [
        (2, 4, [1]),
        (4, 6, [2, 1]),  # innermost first
        (6, 9, [1]),  # the block ends before its line feed
    ]
    assert [s.id for s in index.covering(5)] == [2, 1]
    assert index.covering(16) == []
    assert index.remove(1) == range(2)
    assert index.segments(1) == []
