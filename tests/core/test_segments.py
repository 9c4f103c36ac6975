from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.segments import (
    PLAIN_PUNCTUATION,
    Edge,
    ceil_grapheme,
    floor_grapheme,
    grapheme_bounds,
    is_word_char,
    move_edge,
    risky_offsets,
    snap_to_graphemes,
    snap_to_words,
    word_bounds,
)


def snapped(text: str, start: int, end: int) -> str | None:
    span = snap_to_words(text, start, end)
    return None if span is None else text[span[0] : span[1]]


def sel(text: str, part: str, lo: int = 0, hi: int = 0) -> tuple[int, int]:
    """Offsets of `part` in `text`, widened by lo and narrowed at the end by hi."""
    i = text.index(part)
    return i + lo, i + len(part) - hi


def test_partial_word_snaps_to_whole_word() -> None:
    text = "واصل الجيش العربي السوري تقدمه"
    assert snapped(text, *sel(text, "الجيش", 2, 1)) == "الجيش"
    assert snapped(text, *sel(text, "العربي السوري", 3, 2)) == "العربي السوري"


def test_surrounding_spaces_and_punctuation_dropped() -> None:
    text = "حاول «التحالف الدولي» بقيادة واشنطن، ثم."
    assert snapped(text, *sel(text, " «التحالف الدولي» ")) == "التحالف الدولي"
    assert snapped(text, *sel(text, "واشنطن، ")) == "واشنطن"


def test_selection_of_only_punctuation_or_space_is_nothing() -> None:
    text = "قال: «نعم» ."
    assert snapped(text, *sel(text, ": «")) is None
    assert snapped(text, 0, 0) is None


def test_harakat_stay_with_their_letter() -> None:
    text = "وفقاً للنشطاء إنَّ المدينةَ"
    # End falls between the nun and its shadda+fatha: the marks come along.
    start, end = sel(text, "إنَّ", 0, 2)
    assert text[start:end] == "إن"
    assert snapped(text, start, end) == "إنَّ"
    assert snapped(text, *sel(text, "وفقاً", 0, 1)) == "وفقاً"
    assert snapped(text, *sel(text, "المدينةَ", 0, 1)) == "المدينةَ"


def test_proclitics_before_the_article_keep_a_deliberate_boundary() -> None:
    text = "اشتباكات وبالجيش وللتحالف فالمدينة"
    # Starting right after و+ب, before ال, keeps «الجيش»; inside the stem snaps to the word.
    assert snapped(text, *sel(text, "الجيش")) == "الجيش"
    assert snapped(text, *sel(text, "المدينة")) == "المدينة"  # after ف
    assert snapped(text, *sel(text, "لجيش")) == "وبالجيش"
    assert snapped(text, *sel(text, "جيش")) == "وبالجيش"  # the article stays with its noun


def test_a_drag_missing_one_letter_never_cuts_a_name() -> None:
    # ب, و, ل and ي can be clitics or part of the stem: a drag that misses the first or
    # last letter of a name must still give the whole word (seen in a real session).
    text = "الجيش العربي السوري في بغداد وواشنطن ولبنان"
    assert snapped(text, *sel(text, "العربي السوري", 0, 1)) == "العربي السوري"
    assert snapped(text, *sel(text, "بغداد", 1)) == "بغداد"
    assert snapped(text, *sel(text, "وواشنطن", 1)) == "وواشنطن"
    assert snapped(text, *sel(text, "ولبنان", 1)) == "ولبنان"


def test_pronoun_suffixes_stay_with_their_word() -> None:
    text = "عن مستقبله في سورية"
    assert snapped(text, *sel(text, "مستقبل")) == "مستقبله"


def test_digits_and_tatweel_are_part_of_words() -> None:
    text = "في الـ23 من الشهر"
    assert snapped(text, *sel(text, "الـ23", 1, 1)) == "الـ23"


def test_snap_to_graphemes_only_trims_whitespace() -> None:
    text = "قال: «نعم»"
    start, end = snap_to_graphemes(text, 3, len(text)) or (0, 0)
    assert text[start:end] == ": «نعم»"


def test_grapheme_bounds_keep_marks_and_emoji_modifiers() -> None:
    text = "بَّ👍🏽x"
    assert grapheme_bounds(text, 1) == (0, 3)
    assert grapheme_bounds(text, 4) == (3, 5)
    assert floor_grapheme(text, 2) == 0
    assert ceil_grapheme(text, 2) == 3


def test_word_bounds() -> None:
    text = "قال ديلون."
    assert word_bounds(text, 5) == (4, 9)
    assert word_bounds(text, 9) == (4, 9)  # caret just after the word
    assert word_bounds(" . ", 1) is None


def test_move_edge_by_grapheme_never_splits_or_empties() -> None:
    text = "إنَّ المدينةَ"
    start, end = text.index("المدينةَ"), len(text)
    assert move_edge(text, start, end, Edge.END, -1) == (start, end - 2)  # ةَ goes whole
    assert move_edge(text, start, end, Edge.START, -1) == (start - 1, end)
    assert move_edge(text, start, end, Edge.START, -2) == (start - 4, end)  # نَّ whole
    one = (0, 1)
    assert move_edge("اب", *one, Edge.END, -1) == one  # would be empty: unchanged
    assert move_edge("اب", *one, Edge.START, -5) == one  # at the text edge


# Letters carry their harakat, as in real text (a haraka with no letter before it is a
# cluster of its own with a space, where grapheme safety rightly wins over trimming).
LETTER = st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآ"))
ARABIC = st.tuples(LETTER, st.sampled_from(["", "\u064e", "\u0651\u064e", "\u064b"])).map("".join)
PIECES = st.one_of(ARABIC, st.sampled_from([" ", "،", "«", "»", ".", "\n", "ـ", "7"]))


@given(st.lists(PIECES, min_size=1, max_size=40).map("".join), st.data())
def test_snapped_spans_are_trimmed_and_grapheme_safe(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(0, len(text)))
    span = snap_to_words(text, start, end)
    if span is None:
        lo, hi = sorted((start, end))
        assert not any(is_word_char(ch) for ch in text[lo:hi])
        return
    a, b = span
    assert 0 <= a < b <= len(text)
    assert floor_grapheme(text, a) == a and ceil_grapheme(text, b) == b
    assert is_word_char(text[a]) and unicodedata.category(text[a])[0] != "M"
    assert is_word_char(text[b - 1])


@pytest.mark.parametrize("steps", [-3, -1, 1, 3])
def test_move_edge_lands_on_grapheme_boundaries(steps: int) -> None:
    text = "قالَ المتحدثُ إنَّ"
    for edge in Edge:
        a, b = move_edge(text, 5, 13, edge, steps)
        assert floor_grapheme(text, a) == a and ceil_grapheme(text, b) == b
        assert a < b


@given(st.text(st.sampled_from(f"بالكتُ ً a1٣.\u200c\u200d\u0301👍🏽\n{PLAIN_PUNCTUATION}")))
def test_a_cut_outside_the_risky_offsets_never_splits_a_letter(text: str) -> None:
    """An import asks the segmenter only at the offsets `risky_offsets` names: every other
    offset must already fall between whole letters (with their marks)."""
    risky = risky_offsets(text)
    safe = [p for p in range(len(text) + 1) if p not in risky]
    whole = [(floor_grapheme(text, p), ceil_grapheme(text, p)) for p in safe]
    assert whole == [(p, p) for p in safe]


def test_the_punctuation_left_out_of_the_search_is_plain() -> None:
    assert all(unicodedata.category(ch)[0] in "PZ" for ch in PLAIN_PUNCTUATION)
