from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.errors import ArticleError
from reader.core.text import (
    Utf16Map,
    canonical_text,
    context_around,
    line_starts,
    text_sha256,
)


def test_canonical_text_drops_bom_and_unifies_line_ends() -> None:
    raw = "\ufeffسطر١\r\nسطر٢\rسطر٣\n".encode()
    assert canonical_text(raw) == "سطر١\nسطر٢\nسطر٣\n"


def test_canonical_text_changes_nothing_else() -> None:
    # No Unicode normalisation (decomposed alef+hamza stays decomposed), no trimming.
    text = "  \u0627\u0654 حالياً\t\n\n"
    assert canonical_text(text.encode()) == text


def test_only_a_leading_bom_is_dropped() -> None:
    assert canonical_text("a\ufeffb".encode()) == "a\ufeffb"


def test_invalid_utf8_names_origin_and_byte() -> None:
    with pytest.raises(ArticleError) as err:
        canonical_text("نص".encode() + b"\xff\xfe", origin="x.txt")
    assert "x.txt" in str(err.value)
    assert "0xff" in str(err.value)
    assert "byte 4" in str(err.value)


def test_sha256_is_of_canonical_utf8() -> None:
    a = canonical_text("مرحبا\r\n".encode())
    b = canonical_text("\ufeffمرحبا\n".encode())
    assert text_sha256(a) == text_sha256(b)
    assert len(text_sha256(a)) == 64


def test_utf16_map_with_character_outside_bmp_before_span() -> None:
    text = "😀 قال ديلون"
    m = Utf16Map.of(text)
    start = text.index("ديلون")
    assert start == 6
    assert m.to_utf16(start) == 7  # the emoji takes two UTF-16 units
    assert m.from_utf16(7) == 6
    assert m.utf16_length == len(text.encode("utf-16-le")) // 2


def test_utf16_position_inside_surrogate_pair_rounds_down() -> None:
    m = Utf16Map.of("a😀b")
    assert [m.from_utf16(p) for p in range(5)] == [0, 1, 1, 2, 3]


@given(st.text(alphabet=st.sampled_from("اب\u064e \n😀𝔸a"), max_size=40))
def test_utf16_map_agrees_with_python_encoding(text: str) -> None:
    m = Utf16Map.of(text)
    for i in range(len(text) + 1):
        units = len(text[:i].encode("utf-16-le")) // 2
        assert m.to_utf16(i) == units
        assert m.from_utf16(units) == i


def test_line_starts_and_context() -> None:
    text = "أ\nبب\n\nج"
    assert line_starts(text) == [0, 2, 5, 6]
    assert context_around("0123456789", 4, 6, width=3) == ("123", "678")


def test_arabic_letters_listed_in_english_keep_their_order() -> None:
    from reader.core.text import LRM, in_writing_order

    assert in_writing_order("أ إ آ match ا.") == f"أ{LRM} إ{LRM} آ{LRM} match ا{LRM}."
    assert in_writing_order("no Arabic") == "no Arabic"
