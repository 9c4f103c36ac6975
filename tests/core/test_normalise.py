"""Search normalisation: each spelling rule, and the way back to the original text."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.normalise import NormalisedText, normalise, search_form


@pytest.mark.parametrize(
    ("written", "searched"),
    [
        ("أحمد", "احمد"),
        ("إسرائيل", "اسرائيل"),
        ("آمال", "امال"),
        ("ٱلله", "الله"),
        ("على", "علي"),
        ("مدرسة", "مدرسه"),
        ("مُحَمَّدٌ", "محمد"),  # harakat
        ("رحمٰن", "رحمن"),  # superscript alef
        ("الـــجيش", "الجيش"),  # tatweel
        ("كتاب\u200f", "كتاب"),  # a direction mark
        ("NATO", "nato"),
        ("سوريا \n\t الشرقية", "سوريا الشرقيه"),
    ],
)
def test_each_spelling_rule_folds_the_text_and_the_query_alike(written: str, searched: str) -> None:
    assert normalise(written) == searched
    assert NormalisedText.of(f"قال {written} أمس").find(search_form(searched))


def test_letters_that_are_different_words_stay_apart() -> None:
    # ؤ ئ ء are not alef; ت is not ة (a rule only for ta marbuta).
    assert normalise("مسؤول") != normalise("مسوول")
    assert normalise("بيت") != normalise("بيه")


def test_a_hit_maps_back_to_the_exact_original_characters() -> None:
    text = "قالَ الجيشُ   العربيّ\nفي مدرسةٍ إلى الـمدينة"
    found = NormalisedText.of(text)
    cases = {"الجيش العربي": "الجيشُ   العربيّ", "مدرسه": "مدرسةٍ", "الي": "إلى",
             "المدينه": "الـمدينة"}  # fmt: skip
    for query, original in cases.items():
        [(start, end)] = found.find(search_form(query))
        assert text[start:end] == original


def test_a_hit_keeps_the_harakat_of_its_last_letter() -> None:
    text = "الجيشُ"
    [(start, end)] = NormalisedText.of(text).find("الجيش")
    assert (start, end) == (0, len(text))


def test_astral_characters_count_as_one_offset() -> None:
    text = "𝔸 😀 أمس"
    [(start, end)] = NormalisedText.of(text).find("امس")
    assert text[start:end] == "أمس"
    assert start == 4


def test_hits_are_every_occurrence_in_order_without_overlap() -> None:
    found = NormalisedText.of("ااا ااا")
    assert found.find("اا") == [(0, 2), (4, 6)]


def test_an_empty_query_finds_nothing() -> None:
    assert search_form(" ــ َ ") == ""
    assert NormalisedText.of("نص").find("") == []


_ALPHABET = "اأإآٱىيةهبت \n\u064e\u064b\u0651\u0640\u200fAa"


@given(st.text(alphabet=_ALPHABET, max_size=40), st.data())
def test_every_hit_normalises_to_the_query(text: str, data: st.DataObject) -> None:
    found = NormalisedText.of(text)
    assert found.normalised == normalise(text)
    if not found.normalised:
        return
    start = data.draw(st.integers(0, len(found.normalised) - 1))
    end = data.draw(st.integers(start + 1, len(found.normalised)))
    query = found.normalised[start:end]
    hits = found.find(query)
    assert hits
    for s, e in hits:
        assert normalise(text[s:e]) == query
    assert all(a[1] <= b[0] for a, b in pairwise(hits))
