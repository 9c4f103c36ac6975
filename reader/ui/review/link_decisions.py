"""Decisions on link differences, as undoable edits of my file:

| link difference | accept theirs | keep mine | take both |
| --- | --- | --- | --- |
| other link target | my link goes, theirs is made | nothing | theirs is made beside mine |
| only theirs | theirs is made | nothing | theirs is made |
| only mine | my link goes | nothing | nothing |

Their link is made between my spans at the same places: a span of theirs I do not have
is added first (with its origin, as an accepted span), all in the decision's one undo
step."""

from __future__ import annotations

from collections.abc import Callable

from reader.core.annotations import draft_span
from reader.core.decisions import Decision
from reader.core.link_review import LinkDifference, LinkDiffKind, PlacedLink
from reader.core.review import TheirSpan
from reader.ui.commands import AddAnnotation, AddLink, DeleteLinks
from reader.ui.editor import Editor
from reader.ui.i18n import tr


class LinkDecider:
    def __init__(self, editor: Editor, me: Callable[[], str], text: Callable[[int], str]) -> None:
        self.editor, self.me, self.text = editor, me, text

    def decide(self, diff: LinkDifference, decision: Decision, origin_file: str) -> bool:
        """Make the edits `decision` means for `diff`; False when one could not be saved
        (the editor has said why)."""
        if decision is Decision.KEEP:
            return True
        if diff.mine is not None and decision is Decision.ACCEPT and not self._unlink(diff):
            return False
        if diff.theirs is None or diff.kind is LinkDiffKind.SAME:
            return True
        if decision is Decision.BOTH or decision is Decision.ACCEPT:
            return self._link(diff.theirs, origin_file)
        return True

    def _unlink(self, diff: LinkDifference) -> bool:
        assert diff.mine is not None
        store, ed, record = self.editor.session.store, self.editor, diff.mine.record
        text = tr("Accept theirs: remove my {name} link").format(name=record.type)
        return ed.run(lambda: DeleteLinks(store, ed.undo_failed, [record], text)) is not None

    def _link(self, theirs: PlacedLink, origin_file: str) -> bool:
        claim = self._my_span(theirs.claim, origin_file)
        target = self._my_span(theirs.target, origin_file) if theirs.target else None
        if claim is None or (theirs.target is not None and target is None):
            return False
        store, ed = self.editor.session.store, self.editor
        text = tr("Take their {name} link").format(name=theirs.type)
        made = ed.run(lambda: AddLink(store, ed.undo_failed, theirs.type, claim, target,
                                      self.me(), text))  # fmt: skip
        return made is not None

    def _my_span(self, theirs: TheirSpan, origin_file: str) -> int | None:
        """The id of my span where theirs is, added (as accepted from them) if I have none."""
        store, ed, me = self.editor.session.store, self.editor, self.me()
        draft = draft_span(theirs.document_id, self.text(theirs.document_id), theirs.start,
                           theirs.end, theirs.label)  # fmt: skip
        found = store.find_same(draft, me)
        if found is not None:
            return found
        origin = (theirs.annotator, origin_file)
        added = ed.run(lambda: AddAnnotation(store, ed.undo_failed, draft, me, origin,
                                             tr("Accept theirs")))  # fmt: skip
        return added.record.id if added is not None else None
