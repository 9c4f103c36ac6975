"""Matching documents, re-anchoring spans and classing differences, without Qt or SQL."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.anchoring import Anchor, Anchorer, NotPlaced, Placed
from reader.core.foreign import ForeignDocument, ForeignSpan
from reader.core.review import AnnotationSet, DiffKind, MatchedBy, MyDocument, align, compare
from reader.core.text import text_sha256

TEXT = "قال الرئيس إن الجيش دخل دير الزور، وقال الجيش إنه باق."


def test_span_at_its_offsets_stays_there() -> None:
    start = TEXT.index("دير الزور")
    where = Anchorer(TEXT).place(start, start + 9, "دير الزور")
    assert where == Placed(start, start + 9, Anchor.OFFSETS)


def test_span_on_a_copy_with_other_whitespace_is_found_by_its_surface_text() -> None:
    copy = "  " + TEXT.replace(" إن ", "  إن ")
    start = TEXT.index("دير الزور")
    where = Anchorer(copy).place(start, start + 9, "دير الزور")
    assert isinstance(where, Placed) and copy[where.start : where.end] == "دير الزور"
    assert where.anchor is Anchor.SURFACE


def test_context_decides_between_repeated_words() -> None:
    second = TEXT.index("الجيش", TEXT.index("الجيش") + 1)
    before, after = TEXT[second - 20 : second], TEXT[second + 5 : second + 25]
    shifted = "عاجل: " + TEXT
    where = Anchorer(shifted).place(second, second + 5, "الجيش", before, after)
    assert isinstance(where, Placed)
    assert where.start == second + len("عاجل: ")


def test_vocalised_copy_places_span_with_its_harakat() -> None:
    vocalised = TEXT.replace("الرئيس", "الرَّئِيسُ")
    start = TEXT.index("الرئيس")
    where = Anchorer(vocalised).place(start, start + 6, "الرئيس")
    assert isinstance(where, Placed) and where.anchor is Anchor.FOLDED
    assert vocalised[where.start : where.end] == "الرَّئِيسُ"


def test_span_of_a_bare_copy_placed_on_a_vocalised_one_and_back() -> None:
    vocalised = TEXT.replace("الرئيس", "الرَّئِيسُ")
    start = vocalised.index("الرَّئِيسُ")
    where = Anchorer(TEXT).place(start, start + 10, "الرَّئِيسُ")
    assert isinstance(where, Placed) and TEXT[where.start : where.end] == "الرئيس"


def test_missing_or_ambiguous_text_is_not_placed_with_a_reason() -> None:
    missing = Anchorer(TEXT).place(0, 5, "بغداد")
    assert isinstance(missing, NotPlaced) and "بغداد" in str(missing.reason)
    twice = "الجيش و الجيش"
    tie = Anchorer(twice).place(4, 9, "الجيش")  # as far from one as from the other
    assert isinstance(tie, NotPlaced) and "2 times" in str(tie.reason)


def foreign(key: int, text: str | None, title: str = "t") -> ForeignDocument:
    return ForeignDocument(key, text_sha256(text or title), title, text)


def test_documents_match_by_sha_then_whitespace_then_title() -> None:
    mine = {1: TEXT, 2: "نص ثان", 3: "نص ثالث"}
    my_docs = [
        MyDocument(1, text_sha256(TEXT), "one"),
        MyDocument(2, text_sha256(mine[2]), "two"),
        MyDocument(3, text_sha256(mine[3]), "three"),
    ]
    theirs = AnnotationSet(
        "colleague.qari.sqlite",
        (
            foreign(10, TEXT),
            foreign(11, "نص   ثان\n"),
            ForeignDocument(12, "0" * 64, "three", None),
            foreign(13, "غير موجود"),
        ),
        (ForeignSpan(13, "PLACE", 0, 3, "غير", "", "", "", "Layla"),),
    )
    result = align(theirs, my_docs, mine.__getitem__)
    how = {m.mine.id: m.matched_by for m in result.matches}
    assert how == {1: MatchedBy.SHA256, 2: MatchedBy.WHITESPACE, 3: MatchedBy.TITLE}
    assert [(u.document.key, u.span_count) for u in result.unmatched] == [(13, 1)]
    assert "no document in your file has this text" in str(result.unmatched[0].reason)


@dataclass(frozen=True)
class S:
    start: int
    end: int
    label: str


def test_differences_are_classed() -> None:
    mine = [S(0, 5, "ACTOR"), S(10, 15, "PLACE"), S(20, 30, "CLAIM"), S(40, 45, "ACTOR")]
    theirs = [S(0, 5, "ACTOR"), S(10, 15, "ACTOR"), S(22, 30, "CLAIM"), S(50, 55, "PLACE")]
    kinds = [(d.kind, d.mine, d.theirs) for d in compare(mine, theirs)]
    assert kinds == [
        (DiffKind.SAME, mine[0], theirs[0]),
        (DiffKind.OTHER_LABEL, mine[1], theirs[1]),
        (DiffKind.OTHER_BOUNDARY, mine[2], theirs[2]),
        (DiffKind.ONLY_MINE, mine[3], None),
        (DiffKind.ONLY_THEIRS, None, theirs[3]),
    ]


def test_boundary_pairs_prefer_the_largest_overlap() -> None:
    mine = [S(0, 10, "CLAIM")]
    theirs = [S(8, 20, "CLAIM"), S(1, 9, "CLAIM")]
    diffs = compare(mine, theirs)
    paired = [d for d in diffs if d.kind is DiffKind.OTHER_BOUNDARY]
    assert [d.theirs for d in paired] == [theirs[1]]
    assert [d.theirs for d in diffs if d.kind is DiffKind.ONLY_THEIRS] == [theirs[0]]
