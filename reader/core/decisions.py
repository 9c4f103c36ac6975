"""What a review decision means: for one difference between my spans and a colleague's,
which edit of my annotation file *accept theirs*, *keep mine* and *take both* make. Pure:
the window turns the edit into an undoable command, the tests check the rule without Qt.

| difference | accept theirs | keep mine | take both |
| --- | --- | --- | --- |
| other label / other boundary | my span becomes theirs | nothing | their span added |
| only theirs | their span added | nothing | their span added |
| only mine | my span deleted | nothing | nothing |

Their span is added (or mine reshaped) with its origin: their annotator and file name.
Adding a span I already have changes nothing, so it is no edit at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from reader.core.annotations import AnnotationRecord, SpanDraft, draft_span, utc_now
from reader.core.review import Difference, TheirSpan
from reader.core.words import QT_TR_NOOP


class Decision(StrEnum):
    ACCEPT = QT_TR_NOOP("Accept Theirs")
    KEEP = QT_TR_NOOP("Keep Mine")
    BOTH = QT_TR_NOOP("Take Both")


class Status(StrEnum):
    OPEN = QT_TR_NOOP("open")
    ACCEPTED = QT_TR_NOOP("accepted theirs")
    KEPT = QT_TR_NOOP("kept mine")
    BOTH = QT_TR_NOOP("took both")
    AGREED = QT_TR_NOOP("agreed")  # a same-span pair: nothing to decide


DECIDED = {Decision.ACCEPT: Status.ACCEPTED, Decision.KEEP: Status.KEPT, Decision.BOTH: Status.BOTH}


@dataclass(frozen=True, slots=True)
class AddSpan:
    draft: SpanDraft
    annotator: str  # me: the span becomes mine
    origin: tuple[str, str]  # (their annotator, their file name)
    title: str


@dataclass(frozen=True, slots=True)
class ReplaceSpan:
    before: AnnotationRecord
    after: AnnotationRecord
    title: str


@dataclass(frozen=True, slots=True)
class DeleteSpan:
    record: AnnotationRecord
    title: str


Edit = AddSpan | ReplaceSpan | DeleteSpan


def edit_for(
    diff: Difference[AnnotationRecord, TheirSpan],
    decision: Decision,
    text: str,
    me: str,
    origin_file: str,
    already_mine: Callable[[SpanDraft], bool],
) -> Edit | None:
    """The edit `decision` makes of `diff` on the document whose text is `text`, or None
    when it changes nothing in the file. `already_mine(draft)` says whether I already
    have exactly that span."""
    mine, theirs = diff.mine, diff.theirs
    if decision is Decision.KEEP or (theirs is None and decision is Decision.BOTH):
        return None
    if theirs is None:  # accept theirs where they have nothing: delete mine
        assert mine is not None
        return DeleteSpan(mine, QT_TR_NOOP("Accept theirs: delete mine"))
    draft = draft_span(theirs.document_id, text, theirs.start, theirs.end, theirs.label)
    origin = (theirs.annotator, origin_file)
    if decision is Decision.ACCEPT and mine is not None:
        now = utc_now()
        after = mine.with_changes(
            label=draft.label, start=draft.start, end=draft.end, text=draft.text,
            context_before=draft.context_before, context_after=draft.context_after,
            origin_annotator=origin[0], origin_file=origin[1], updated=now, origin_at=now,
        )  # fmt: skip
        return ReplaceSpan(mine, after, QT_TR_NOOP("Accept theirs"))
    if already_mine(draft):
        return None  # taking it again would change nothing
    title = QT_TR_NOOP("Accept theirs") if decision is Decision.ACCEPT else QT_TR_NOOP("Take both")
    return AddSpan(draft, me, origin, title)
