"""Agreement measures on fixtures small enough to work out by hand (the working is in the
comments). Text "aa bb cc dd": 11 characters, 8 of them not whitespace."""

from __future__ import annotations

import random
from collections import Counter

import numpy as np
import pytest

from reader.core.agreement import (
    DocumentSpans,
    among,
    character_labels,
    fleiss_kappa,
    pairwise,
)
from reader.core.continuum import unitizing

TEXT = "aa bb cc dd"
A1 = (0, 2, "ACTOR")  # aa
P2 = (3, 5, "PLACE")  # bb
C3 = (6, 8, "CLAIM")  # cc
P4 = (9, 11, "PLACE")  # dd


def doc(*annotators: set[tuple[int, int, str]]) -> DocumentSpans:
    return DocumentSpans(TEXT, tuple(frozenset(s) for s in annotators))


def test_identical_annotations_score_one_on_every_measure() -> None:
    spans = {A1, P2, C3}
    result = pairwise([doc(spans, spans)])
    for measures in [result.overall, *result.labels.values()]:
        for scores in (measures.exact, measures.overlap):
            assert (scores.precision, scores.recall, scores.f1) == (1.0, 1.0, 1.0)
        assert measures.kappa == pytest.approx(1.0)
        assert measures.alpha == pytest.approx(1.0)
        assert measures.unitizing_alpha == pytest.approx(1.0)
    assert result.characters == 8


def test_disjoint_annotations() -> None:
    result = pairwise([doc({A1}, {P4})])
    overall = result.overall
    assert (overall.exact.tp, overall.exact.fp, overall.exact.fn) == (0, 1, 1)
    assert (overall.exact.precision, overall.exact.recall, overall.exact.f1) == (0, 0, 0)
    actor = result.labels["ACTOR"]
    # Nothing of the colleague's is ACTOR: precision is not defined, and so neither is F1.
    assert (actor.exact.precision, actor.exact.recall, actor.exact.f1) == (None, 0.0, None)
    # Characters: aa (ACTOR, O) x2, bb and cc (O, O) x4, dd (O, PLACE) x2.
    # po = 4/8; pe = (6/8)(6/8) = 36/64; kappa = (1/2 - 36/64) / (1 - 36/64) = -1/7.
    assert overall.kappa == pytest.approx(-1 / 7)
    # 16 values: ACTOR 2, PLACE 2, O 12. Four disagreeing units, 2 each in o_ck: 8.
    # alpha = 1 - (16 - 1) * 8 / (16^2 - (2^2 + 2^2 + 12^2)) = 1 - 120/104.
    assert overall.alpha == pytest.approx(1 - 120 / 104)
    # ACTOR against not-ACTOR: po = 6/8, pe = (6/8)(8/8): kappa 0.
    assert actor.kappa == pytest.approx(0.0)
    # values ACTOR 2, not 14; two disagreeing units: alpha = 1 - 15 * 4 / (256 - 4 - 196).
    assert actor.alpha == pytest.approx(1 - 60 / 56)
    # Unitizing, ACTOR, L = 11, m = 2: the one unit (length 2) lies in the other's gap:
    # Do = 2 * 2^2 / (2 * 1 * 11^2). Gaps: 9 (mine after aa), 11 (theirs, all).
    # De = 2/L * [0 + 2^2 * ((9-2+1) + (11-2+1))] / (2*11*(2*11-1) - 2*1) = 2*72 / (11*460).
    assert actor.unitizing_alpha == pytest.approx(1 - (8 / 242) / (144 / 5060))


def test_boundary_only_disagreement() -> None:
    wide = (0, 5, "ACTOR")  # "aa bb"
    result = pairwise([doc({wide}, {A1})])
    exact, overlap = result.overall.exact, result.overall.overlap
    assert (exact.tp, exact.fp, exact.fn, exact.f1) == (0, 1, 1, 0.0)
    assert (overlap.tp, overlap.fp, overlap.fn) == (1, 0, 0)
    assert (overlap.precision, overlap.recall, overlap.f1) == (1.0, 1.0, 1.0)
    # aa (A, A) x2, bb (A, O) x2, cc dd (O, O) x4: po = 6/8, pe = (4*2 + 4*6)/64 = 1/2.
    assert result.overall.kappa == pytest.approx(0.5)


def test_label_only_disagreement() -> None:
    result = pairwise([doc({A1}, {(0, 2, "PLACE")})])
    assert result.overall.exact.f1 == 0.0
    assert result.overall.overlap.f1 == 0.0
    # aa (ACTOR, PLACE) x2, rest (O, O) x6: po = 6/8, pe = 36/64: kappa = 3/7.
    assert result.overall.kappa == pytest.approx(3 / 7)


def test_overlap_has_no_one_to_one_matching() -> None:
    # Two of mine inside one of theirs: both of mine are found, and theirs finds one.
    result = pairwise([doc({(0, 2, "CLAIM"), (3, 5, "CLAIM")}, {(0, 5, "CLAIM")})])
    overlap = result.labels["CLAIM"].overlap
    assert (overlap.tp, overlap.fn, overlap.fp) == (2, 0, 0)
    assert (overlap.recall, overlap.precision) == (1.0, 1.0)


def test_whole_file_figures_add_documents_up() -> None:
    a = doc({A1, P2}, {A1})
    b = DocumentSpans("xx yy", (frozenset({(0, 2, "ACTOR")}), frozenset({(0, 2, "ACTOR")})))
    whole = pairwise([a, b]).overall.exact
    assert (whole.tp, whole.fp, whole.fn) == (2, 0, 1)
    assert whole.recall == pytest.approx(2 / 3)


def test_character_labelling_takes_the_span_that_starts_first() -> None:
    # A CLAIM over "aa bb" and an ACTOR on "bb": bb belongs to the CLAIM (starts first);
    # an ACTOR and a PLACE on the same "cc": the longer, then the label name, decides.
    spans = frozenset({(0, 5, "CLAIM"), (3, 5, "ACTOR"), (6, 8, "PLACE"), (6, 8, "ACTOR")})
    counts = character_labels(DocumentSpans(TEXT, (spans,)))
    assert counts == Counter({("CLAIM",): 4, ("ACTOR",): 2, (None,): 2})


def _labels_char_by_char(doc: DocumentSpans) -> Counter[tuple[str | None, ...]]:
    """The character labelling worked out the slow, obvious way, one character at a time."""
    counts: Counter[tuple[str | None, ...]] = Counter()
    for i, ch in enumerate(doc.text):
        if ch.isspace():
            continue
        labels = []
        for spans in doc.spans:
            covering = [s for s in spans if s[0] <= i < s[1]]
            first = min(covering, key=lambda s: (s[0], s[0] - s[1], s[2]), default=None)
            labels.append(first[2] if first else None)
        counts[tuple(labels)] += 1
    return counts


@pytest.mark.parametrize(("annotators", "labels"), [(1, 3), (2, 4), (3, 4), (4, 5), (2, 20)])
def test_character_labelling_matches_a_character_by_character_count(
    annotators: int, labels: int
) -> None:
    # Arabic, spaces of every kind str.isspace knows, spans nested, overlapping, empty or
    # running past the end; few labels and annotators, and more than a byte can code.
    rng = random.Random(annotators * 100 + labels)
    alphabet = ("كلمة السوري، \t\n\r\x0b\x0c\x1c\x85\xa0\u1680\u2000\u200a\u2028\u202f"
                "\u205f\u3000\u200b")
    names = [f"L{i}" for i in range(labels)]
    for _ in range(40):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
        spans = tuple(
            frozenset((s, s + rng.randint(0, 30), rng.choice(names))
                      for s in (rng.randint(0, len(text) + 5) for _ in range(rng.randint(0, 12))))
            for _ in range(annotators)
        )  # fmt: skip
        document = DocumentSpans(text, spans)
        assert character_labels(document) == _labels_char_by_char(document), (text, spans)


def ints(*values: int) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def test_unitizing_alpha_matches_krippendorffs_worked_example() -> None:
    # The example used by DKPro Statistics' tests: L = 10, one coder marks [1, 9), the
    # other [2, 3), [4, 5), [6, 7). Do = 0.9100, De = 0.5351, alpha = -0.7003.
    d = unitizing([(ints(1), ints(9)), (ints(2, 4, 6), ints(3, 5, 7))], 10)
    assert d is not None
    assert d.observed == pytest.approx(0.91, abs=1e-4)
    assert d.expected == pytest.approx(0.5351, abs=1e-4)
    assert 1 - d.observed / d.expected == pytest.approx(-0.7003, abs=1e-4)


def test_fleiss_kappa_by_hand() -> None:
    # Two characters, three annotators: (A, A, A) and (A, A, O).
    # P1 = 1, P2 = (2^2 + 1 - 3) / 6 = 1/3; mean 2/3. Pooled: A 5/6, O 1/6: Pe = 26/36.
    counts = Counter({("A", "A", "A"): 1, ("A", "A", None): 1})
    assert fleiss_kappa(counts) == pytest.approx((2 / 3 - 26 / 36) / (1 - 26 / 36))


def test_three_annotators_in_full_agreement() -> None:
    spans = {A1, P2, C3}
    result = among([doc(spans, spans, spans)])
    assert result.overall.fleiss_kappa == pytest.approx(1.0)
    assert result.overall.alpha == pytest.approx(1.0)
    assert result.overall.unitizing_alpha == pytest.approx(1.0)
    assert result.labels["PLACE"].fleiss_kappa == pytest.approx(1.0)


def test_measures_without_data_are_not_defined() -> None:
    result = pairwise([doc(set(), set())], labels=["ACTOR"])
    actor = result.labels["ACTOR"]
    assert actor.exact.f1 is None and actor.kappa is None and actor.alpha is None
    assert actor.unitizing_alpha is None
    assert result.as_dict()["labels"]["ACTOR"]["exact"]["precision"] is None
