"""What accept theirs, keep mine and take both do to my file, for every class of
difference: the rule of core.decisions, checked without Qt or a database."""

from __future__ import annotations

import pytest

from reader.core.anchoring import Anchor
from reader.core.annotations import AnnotationRecord, SpanDraft
from reader.core.decisions import AddSpan, Decision, DeleteSpan, ReplaceSpan, edit_for
from reader.core.foreign import ForeignSpan
from reader.core.review import DiffKind, TheirSpan, compare

TEXT = "واصل الجيش العربي السوري تقدمه في أحياء مدينة دير الزور، في موازاة عملية البوكمال."


def _at(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def mine(needle: str, label: str, note: str = "") -> AnnotationRecord:
    start, end = _at(needle)
    return AnnotationRecord(7, 1, label, start, end, needle, "", "", note, "Me",
                            "2026-12-01T00:00:00.000Z", "2026-12-01T00:00:00.000Z")  # fmt: skip


def theirs(needle: str, label: str) -> TheirSpan:
    start, end = _at(needle)
    source = ForeignSpan(0, label, start, end, needle, "", "", "", "Layla")
    return TheirSpan(1, start, end, label, "Layla", "", Anchor.OFFSETS, source)


def decide(
    my_spans: list[AnnotationRecord],
    their_spans: list[TheirSpan],
    decision: Decision,
    already: bool = False,
) -> object:
    [diff] = compare(my_spans, their_spans)
    return edit_for(diff, decision, TEXT, "Me", "layla.qari.sqlite", lambda _d: already)


def test_accept_theirs_on_another_label_relabels_mine_and_records_the_origin() -> None:
    edit = decide([mine("البوكمال", "PLACE", "a note")], [theirs("البوكمال", "ACTOR")],
                  Decision.ACCEPT)  # fmt: skip
    assert isinstance(edit, ReplaceSpan)
    assert edit.before.label == "PLACE"
    after = edit.after
    assert (after.id, after.label, after.text, after.note) == (7, "ACTOR", "البوكمال", "a note")
    assert (after.origin_annotator, after.origin_file) == ("Layla", "layla.qari.sqlite")
    assert after.updated > edit.before.updated


def test_accept_theirs_on_another_boundary_takes_their_offsets_and_context() -> None:
    edit = decide([mine("دير الزور", "PLACE")], [theirs("دير", "PLACE")], Decision.ACCEPT)
    assert isinstance(edit, ReplaceSpan)
    start, end = _at("دير")
    assert (edit.after.start, edit.after.end, edit.after.text) == (start, end, "دير")
    assert edit.after.context_before.endswith("أحياء مدينة ")
    assert edit.after.context_after.startswith(" الزور")


def test_accept_theirs_where_only_they_have_a_span_adds_it_as_mine() -> None:
    edit = decide([], [theirs("الجيش العربي السوري", "ACTOR")], Decision.ACCEPT)
    assert isinstance(edit, AddSpan)
    assert edit.annotator == "Me" and edit.origin == ("Layla", "layla.qari.sqlite")
    assert isinstance(edit.draft, SpanDraft)
    assert (edit.draft.label, edit.draft.text) == ("ACTOR", "الجيش العربي السوري")


def test_accept_theirs_where_only_i_have_a_span_deletes_mine() -> None:
    record = mine("البوكمال", "PLACE")
    edit = decide([record], [], Decision.ACCEPT)
    assert edit == DeleteSpan(record, "Accept theirs: delete mine")


@pytest.mark.parametrize("kind", list(DiffKind))
def test_keep_mine_never_edits(kind: DiffKind) -> None:
    pairs = {
        DiffKind.SAME: ([mine("البوكمال", "PLACE")], [theirs("البوكمال", "PLACE")]),
        DiffKind.OTHER_LABEL: ([mine("البوكمال", "PLACE")], [theirs("البوكمال", "ACTOR")]),
        DiffKind.OTHER_BOUNDARY: ([mine("دير الزور", "PLACE")], [theirs("دير", "PLACE")]),
        DiffKind.ONLY_MINE: ([mine("البوكمال", "PLACE")], []),
        DiffKind.ONLY_THEIRS: ([], [theirs("البوكمال", "PLACE")]),
    }
    my_spans, their_spans = pairs[kind]
    [diff] = compare(my_spans, their_spans)
    assert diff.kind is kind
    assert decide(my_spans, their_spans, Decision.KEEP) is None


def test_take_both_adds_theirs_beside_mine_and_leaves_mine() -> None:
    edit = decide([mine("دير الزور", "PLACE")], [theirs("دير", "PLACE")], Decision.BOTH)
    assert isinstance(edit, AddSpan) and edit.title == "Take both"
    assert edit.draft.text == "دير"


def test_take_both_where_only_i_have_a_span_changes_nothing() -> None:
    assert decide([mine("البوكمال", "PLACE")], [], Decision.BOTH) is None


def test_a_span_i_already_have_is_not_added_again() -> None:
    assert decide([], [theirs("البوكمال", "PLACE")], Decision.ACCEPT, already=True) is None
    other = decide([mine("دير الزور", "PLACE")], [theirs("دير", "PLACE")], Decision.BOTH,
                   already=True)  # fmt: skip
    assert other is None
