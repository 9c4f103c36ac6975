from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.errors import LabelSchemeError
from reader.core.labels import LabelDef, LabelStyle, parse_scheme
from reader.core.span_index import IndexedSpan, SpanIndex


def test_default_scheme(labels: list[LabelDef]) -> None:
    assert [(lab.name, lab.shortcut, lab.style) for lab in labels] == [
        ("ACTOR", "1", LabelStyle.BACKGROUND),
        ("PLACE", "2", LabelStyle.BACKGROUND),
        ("CLAIM", "3", LabelStyle.UNDERLINE),
        ("CUE", "4", LabelStyle.DOTTED),
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


def _touching(block_starts: list[int], block: int, spans: list[IndexedSpan]) -> set[int]:
    """By definition: a span touches the blocks of its first and last characters and all
    between (an empty span, the block it sits in)."""

    def block_of(offset: int) -> int:
        return max(b for b, start in enumerate(block_starts) if start <= offset)

    return {s.id for s in spans if block_of(s.start) <= block <= block_of(max(s.start, s.end - 1))}


@given(
    st.lists(st.integers(1, 59), unique=True).map(lambda cuts: [0, *sorted(cuts)]),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 40)), max_size=30),
    st.sets(st.integers(1, 30)),
)
def test_blocks_find_exactly_the_spans_that_touch_them(
    block_starts: list[int], bounds: list[tuple[int, int]], removed: set[int]
) -> None:
    spans = [IndexedSpan(i, s, min(60, s + n), "ACTOR") for i, (s, n) in enumerate(bounds, 1)]
    opened, edited = SpanIndex(block_starts, 60), SpanIndex(block_starts, 60)
    opened.add_many(sorted(spans, key=lambda s: s.start))  # a document being opened
    for span in spans:  # tagging one at a time, then removing some
        edited.add(span)
    for span_id in removed:
        edited.remove(span_id)
    kept = [s for s in spans if s.id not in removed]
    for block in range(len(block_starts)):
        assert {s.id for s in opened.in_block(block)} == _touching(block_starts, block, spans)
        assert {s.id for s in edited.in_block(block)} == _touching(block_starts, block, kept)
    for offset in range(60):
        inside = {s.id for s in kept if s.start <= offset < s.end}
        assert {s.id for s in edited.covering(offset)} == inside
