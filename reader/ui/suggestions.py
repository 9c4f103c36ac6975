"""Suggestions (pre-annotation) on the open article: dashed outlines of the spans the user
would likely tag, from `core.suggestions`, stepped through by keyboard.

F6 and Shift+F6 go to the next and previous suggestion; Ctrl+Enter tags it as suggested
(an ordinary undoable edit, linked to the entity the name belongs to) and Ctrl+Backspace
turns it down for good (also undoable); both go on to the next. Only the paragraphs in
view are matched, as they scroll in, so a suggestion appears with the article however
long it is; stepping matches the paragraphs it passes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal

from reader.core.annotations import AnnotationRecord, draft_span
from reader.core.suggestions import Recommender, Suggestion, Taken
from reader.core.text import line_starts
from reader.settings import Settings
from reader.storage import reads
from reader.ui.article_view import ArticleView
from reader.ui.commands import AddAnnotation, RejectSuggestion, quote
from reader.ui.editor import Editor
from reader.ui.i18n import tr
from reader.ui.overlays import Overlay
from reader.ui.reading import Reading


class _Starts(NamedTuple):
    starts: list[int]  # of the article's spans, in text order
    longest: int  # the longest span's length


class Suggestions(QObject):
    turned_on = Signal()  # stepping showed them: the menu's check should say so

    def __init__(
        self, editor: Editor, reading: Reading, view: ArticleView, settings: Settings
    ) -> None:
        super().__init__(editor)
        self.editor, self.reading, self.view, self.settings = editor, reading, view, settings
        self._recommender: Recommender | None = None
        self._paragraphs: list[int] = []  # start offsets of the open article's paragraphs
        self._found: dict[int, list[Suggestion]] = {}  # by paragraph number
        self._taken: _Starts | None = None  # of the open article's spans
        self._rejected: set[tuple[str, int, int]] = set()
        self.current: Suggestion | None = None
        # Learning reads every tag of the file: never before the first screen is painted.
        self._painted = False
        reading.document_shown.connect(self._document_shown)
        reading.counts_changed.connect(self._spans_changed)
        reading.span_upserted.connect(lambda _record: self._spans_changed())
        view.verticalScrollBar().valueChanged.connect(self._mark_visible)
        store = editor.session.store
        store.registry_changed.connect(self.relearn)
        store.annotation_added.connect(lambda r: self._learn([r], 1))
        store.annotation_removed.connect(lambda r: self._learn([r], -1))
        store.many_added.connect(lambda records: self._learn(records, 1))
        store.many_removed.connect(lambda records: self._learn(records, -1))
        store.annotation_changed.connect(self._changed)

    @property
    def on(self) -> bool:
        return self.settings.show_suggestions

    def after_first_paint(self) -> None:
        self._painted = True
        self.rematch()

    def set_on(self, on: bool) -> None:
        self.settings.show_suggestions = on
        self._painted = True  # asked for: the window is up
        self.current = None
        self.rematch()
        if on and not len(self.recommender):
            self.reading.say(tr("Nothing to suggest yet: tag some names, or import a gazetteer."))

    # ---------------------------------------------------------------- what is known

    @property
    def recommender(self) -> Recommender:
        if self._recommender is None:
            reader = self.editor.session.file.reader
            labels = [label.name for label in self.editor.session.labels]
            self._recommender = Recommender(
                reads.tagged_names(reader), reads.list_entities(reader), labels
            )
        return self._recommender

    def relearn(self) -> None:
        """Learn again from the file (after edits, a gazetteer, another file)."""
        self._recommender = None
        self.rematch()

    def _learn(self, records: list[AnnotationRecord], count: int) -> None:
        """Tags made (1) or deleted (-1): learnt at once, nothing read again."""
        if self._recommender is not None:
            for record in records:
                self._recommender.learn(record.text, record.label, count)

    def _changed(self, before: AnnotationRecord, after: AnnotationRecord) -> None:
        if (before.text, before.label) != (after.text, after.label):
            self._learn([before], -1)
            self._learn([after], 1)

    def _document_shown(self) -> None:
        document = self.reading.document
        self._paragraphs = line_starts(document.text) if document else []
        self.current = None
        self.rematch()

    def _spans_changed(self) -> None:
        self.rematch()

    def rematch(self) -> None:
        """Match again what is in view (an article shown, spans changed, a rejection)."""
        self._found.clear()
        self._taken = None
        document = self.reading.document
        self._rejected = (
            reads.rejected_suggestions(self.editor.session.file.reader, document.id)
            if document and self.on
            else set()
        )
        self._mark_visible()

    # ---------------------------------------------------------------- matching

    def in_paragraph(self, number: int) -> list[Suggestion]:
        found = self._found.get(number)
        document = self.reading.document
        if found is None and document is not None:
            end = (
                self._paragraphs[number + 1]
                if number + 1 < len(self._paragraphs)
                else len(document.text)
            )
            window = (self._paragraphs[number], end)
            taken = self._taken_near(*window)
            found = self.recommender.suggest(document.text, taken, self._rejected, window)
            self._found[number] = found
        return found or []

    def _taken_near(self, start: int, end: int) -> Taken:
        """The tagged spans that may touch [start, end): those starting before `end` and
        no further before `start` than the longest span is long. A 1 MB article's 10,000
        spans are not all gone through for each paragraph."""
        spans = self.reading.annotations.spans  # in text order
        if self._taken is None:
            longest = max((s.end - s.start for s in spans), default=0)
            self._taken = _Starts([s.start for s in spans], longest)
        first = bisect_left(self._taken.starts, start - self._taken.longest)
        last = bisect_left(self._taken.starts, end)
        return Taken((s.start, s.end, s.label) for s in spans[first:last])

    def on_article(self) -> list[Suggestion]:
        """Every suggestion on the open article (each paragraph matched, if not yet)."""
        return [s for n in range(len(self._paragraphs)) for s in self.in_paragraph(n)]

    def _paragraph_of(self, offset: int) -> int:
        return max(0, bisect_right(self._paragraphs, offset) - 1)

    def _mark_visible(self) -> None:
        if not self.on or not self._painted or self.reading.document is None:
            self.view.set_suggestions([])
            return
        start, end = self.view.visible_range()
        shown = [
            s
            for n in range(self._paragraph_of(start), self._paragraph_of(end) + 1)
            for s in self.in_paragraph(n)
        ]
        self.view.set_suggestions([self._overlay(s) for s in shown])

    def _overlay(self, s: Suggestion) -> Overlay:
        colour = next((x.colour for x in self.editor.session.labels if x.name == s.label), "#999")
        tip = tr("Suggested: {label} {quote}. Ctrl+Enter tags it, Ctrl+Backspace turns it "
                 "down, F6 goes to the next.")  # fmt: skip
        tip = tip.format(label=s.label, quote=quote(s.text))
        return Overlay(s.start, s.end, colour, colour, 0, tip, current=s == self.current)

    # ---------------------------------------------------------------- stepping

    def step(self, direction: int) -> None:
        """Go to the next (1) or previous (-1) suggestion from the current one, or from the
        caret; around the end of the article once."""
        document = self.reading.document
        if document is None:
            return
        if not self.on:  # stepping shows them, and the menu's check says so
            self.turned_on.emit()
            if not self.on:
                self.set_on(True)
        here = self.current.start if self.current else self.view.caret_offset()
        found = self._next(here, direction)
        self.current = found
        if found is None:
            self.reading.say(tr("No suggestions on this article."))
        else:
            self.view.reveal(found.start)
            self.reading.say(
                tr("Suggested: {label} {quote} (Ctrl+Enter tags it, Ctrl+Backspace turns it "
                   "down)").format(label=found.label, quote=quote(found.text)), 8000
            )  # fmt: skip
        self._mark_visible()

    def _next(self, offset: int, direction: int) -> Suggestion | None:
        """The first suggestion past `offset` in `direction`, paragraph by paragraph,
        coming round to the paragraph of `offset` last."""
        count = len(self._paragraphs)
        first = self._paragraph_of(offset)
        for k in range(count + 1):
            found = self.in_paragraph((first + direction * k) % count)
            if k in (0, count):  # where we started: past the offset first, before it last
                ahead = k == 0
                found = [s for s in found if ((s.start - offset) * direction > 0) == ahead]
            if found:
                return found[0] if direction > 0 else found[-1]
        return None

    def accept(self) -> None:
        found, document = self._current(), self.reading.document
        if found is None or document is None:
            return
        draft = draft_span(document.id, document.text, found.start, found.end, found.label)
        store, ed = self.editor.session.store, self.editor
        text = tr("Accept suggestion {quote} as {label}").format(
            quote=quote(found.text), label=found.label
        )
        entity = found.entity_id
        if ed.run(lambda: AddAnnotation(store, ed.undo_failed, draft, ed.annotator, text=text,
                                        entity_id=entity)):  # fmt: skip
            self.step(1)

    def reject(self) -> None:
        found, document = self._current(), self.reading.document
        if found is None or document is None:
            return
        store, ed = self.editor.session.store, self.editor
        text = tr("Reject suggestion {quote}").format(quote=quote(found.text))
        span = (found.label, found.start, found.end)
        if ed.run(lambda: RejectSuggestion(store, ed.undo_failed, document.id, span, text)):
            self.rematch()
            self.step(1)

    def _current(self) -> Suggestion | None:
        if self.current is None:
            self.reading.say(tr("No suggestion chosen: F6 goes to the next one."))
        return self.current
