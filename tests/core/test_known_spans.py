"""The spans already in a document as an import meets them a run at a time: whether each
is there, met for the first time once, then as a copy within the file, whatever the order
of the spans the file gives or the annotation file hands over."""

from __future__ import annotations

import numpy as np

from reader.core.known_spans import NOT_KEYED, KnownSpans

ACTOR, PLACE = 1 << 20 | 1, 1 << 20 | 2  # annotator 1, labels 1 and 2


def ints(*values: int) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def test_each_span_is_met_once_then_as_a_copy_whatever_the_order() -> None:
    known = KnownSpans([(PLACE, "90,20"), (ACTOR, "50,10,30")])
    found, first, again = known.meet(ints(ACTOR, PLACE, ACTOR, ACTOR, NOT_KEYED, PLACE),
                                     ints(30, 20, 30, 40, 30, 90))  # fmt: skip
    assert found.tolist() == [True, True, True, False, False, True]
    assert (first, again) == (3, 1)  # ACTOR 30 twice: the second is a copy
    found, first, again = known.meet(ints(ACTOR, PLACE), ints(30, 55))
    assert found.tolist() == [True, False] and (first, again) == (0, 1)
    assert known.meet_one(ACTOR, 10) is True and known.meet_one(ACTOR, 10) is False
    assert known.has(PLACE, 20) and not known.has(PLACE, 21) and not known.has(PLACE, 100)
    assert not known.has(1 << 20 | 3, 20)  # a label with no span in the document


def test_a_document_without_spans_knows_none() -> None:
    known = KnownSpans([])
    found, first, again = known.meet(ints(ACTOR), ints(10))
    assert found.tolist() == [False] and (first, again) == (0, 0)
    assert not known.has(ACTOR, 10)
