"""The review of colleagues' files over the open annotation file.

A colleague's file (read as untrusted input, never written) is read and laid over my
documents in the background; the differences with the colleague being reviewed are a
snapshot taken then (or on refresh), each with a status. A decision is one undoable
step: its meaning is `core.decisions`, its edit runs through the editor like any other
edit, and an accepted span records whom and which file it came from. Agreement figures
are computed in the background after each change. The controller is given the file
session, the editor and the reading hub; it never touches the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QInputDialog, QWidget

from reader.core import agreement
from reader.core.annotations import AnnotationRecord
from reader.core.decisions import (
    DECIDED,
    AddSpan,
    Decision,
    DeleteSpan,
    Edit,
    ReplaceSpan,
    Status,
    edit_for,
)
from reader.core.entity_agreement import EntityAgreement, entity_agreement, linked_spans
from reader.core.errors import KnownError
from reader.core.link_agreement import LinkAgreement, link_agreement
from reader.core.link_review import LinkDifference, LinkDiffKind, MyLink, compare_links, my_links
from reader.core.progress import compared
from reader.core.review import Alignment, AnnotationSet, Difference, DiffKind, TheirSpan, compare
from reader.settings import Settings
from reader.storage import reads
from reader.storage.db import AnnotationFile
from reader.ui import dialogs
from reader.ui.commands import AddAnnotation, DeleteAnnotation, EditAnnotation
from reader.ui.editor import Editor
from reader.ui.errors import show_error
from reader.ui.i18n import number, said, tr
from reader.ui.overlays import Overlay
from reader.ui.reading import Reading
from reader.ui.review.link_decisions import LinkDecider
from reader.ui.review.models import Colleague, ReviewItem
from reader.ui.session import FileSession
from reader.ui.tasks import Task, TaskProgress, run_task

# Okabe-Ito colours the label scheme does not use: one per colleague, in order.
COLLEAGUE_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#7F3C8D", "#5E5E5E")
MySpans = dict[int, list[AnnotationRecord]]
Figures = tuple[
    agreement.Agreement | None,
    agreement.GroupAgreement | None,
    LinkAgreement | None,
    EntityAgreement | None,
]


class MarkDecision(QUndoCommand):
    """The status half of a decision (the edit half is an ordinary store command)."""

    def __init__(self, review: ReviewController, item: ReviewItem, status: Status) -> None:
        super().__init__(
            tr("Mark {kind} as {status}").format(kind=tr(item.kind.value), status=tr(status.value))
        )
        self.review, self.item, self.status = review, item, status
        self.before = item.status
        self._set(status)

    def _set(self, status: Status) -> None:
        self.item.status = status
        self.review.item_changed(self.item)

    def redo(self) -> None:
        self._set(self.status)

    def undo(self) -> None:
        self._set(self.before)


class ReviewController(QObject):
    changed = Signal()  # colleagues or differences changed: redraw everything
    opened = Signal(object)  # a Colleague was added to the review
    item_status_changed = Signal(object)  # ReviewItem
    # Agreement | None, GroupAgreement | None, LinkAgreement | None, EntityAgreement | None
    figures_changed = Signal(object, object, object, object)
    overlays_changed = Signal(object)  # list[Overlay] for the open article
    progress_changed = Signal(str)  # the colleague's status of the article beside mine

    def __init__(
        self,
        session: FileSession,
        editor: Editor,
        reading: Reading,
        settings: Settings,
        owner: QWidget,
    ) -> None:
        """`owner` is the widget the review's dialogs belong to (the window)."""
        super().__init__(owner)
        self.session, self.editor, self.reading = session, editor, reading
        self.settings = settings
        self.owner = owner
        self.colleagues: list[Colleague] = []
        self.active = 0
        self.items: list[ReviewItem] = []
        self.texts: dict[int, str] = {}
        self.current: ReviewItem | None = None
        self.links = LinkDecider(editor, lambda: self.me, self.text)
        self.all_articles = False  # figures over every matched article, or the open one
        self._waiting: list[Path] = []  # files to add, one at a time, in the order given
        self._reading: Task | None = None
        self._figures: Task | None = None
        self._figures_again = False
        self._figures_timer = QTimer(self, singleShot=True, interval=0)
        self._figures_timer.timeout.connect(self._compute_figures)
        session.opened.connect(self.close_review)  # a review lays colleagues over one file
        session.store.saved.connect(self.schedule_figures)
        session.store.statuses_changed.connect(lambda _ids: self.show_progress())
        reading.document_shown.connect(self._document_shown)

    @property
    def me(self) -> str:
        return self.editor.annotator  # on a team database, the login name

    @property
    def colleague(self) -> Colleague | None:
        return self.colleagues[self.active] if self.colleagues else None

    @property
    def busy(self) -> bool:
        """A colleague's file is being read, or figures computed or about to be."""
        working = (self._reading, self._figures)
        pending = bool(self._waiting) or self._figures_timer.isActive()
        return pending or any(t is not None and t.running for t in working)

    # ---------------------------------------------------------------- adding a colleague

    def open_file(self, path: Path) -> None:
        """Add a colleague's file to the review, in the background (`opened` follows;
        a refusal is said in a dialog). Files given together are added in order."""
        self._waiting.append(Path(path))
        if self._reading is None or not self._reading.running:
            self._read_next()

    def _read_next(self) -> None:
        self._reading = None
        if not self._waiting:
            return
        path = self._waiting.pop(0)
        mine = self.session.file.path
        if mine is not None and path.resolve() == mine.resolve():
            why = tr("{path} is the annotation file you have open.").format(path=path)
            show_error(self.owner, tr("Cannot review"), why)
            self._read_next()
            return
        from reader.services.reviewing import read_colleague_file  # the formats: on first use

        self._start(
            lambda _task: read_colleague_file(path),
            tr("Reading {name}…").format(name=path.name),
            lambda theirs: self._choose_annotator(path, theirs),
        )

    def open_team_colleague(self) -> None:
        """Review a colleague's spans in the open team database: pick a colleague instead
        of a file (`opened` follows, as for a file)."""
        file = self.session.file
        if not file.is_team:
            return
        from reader.services.team import read_team  # psycopg: loaded with the database
        from reader.storage.server import ServerFile

        assert isinstance(file, ServerFile)
        where, me = Path(file.display_name), file.user
        self._start(
            lambda _task: read_team(file.location, file.password),
            tr("Reading {name}…").format(name=file.display_name),
            lambda theirs: self._choose_annotator(where, theirs, exclude=me),
        )

    def _start(self, work: Callable[[Task], Any], words: str, then: Callable[[Any], None]) -> None:
        """One step of adding a colleague, in the background; `then` takes its result
        unless the reader pressed Cancel (then the next file waiting is read)."""
        task = self.session.track(run_task(work, "review"))
        TaskProgress(task, self.owner, tr("Review"), words, lambda *_: words, show_after_ms=500)
        task.done.connect(lambda result: self._read_next() if task.cancelled() else then(result))
        task.failed.connect(self._refused)
        self._reading = task

    def _refused(self, err: Exception) -> None:
        if not isinstance(err, KnownError):
            raise err  # a bug: the excepthook shows it
        dialogs.report_failure(self.owner, tr("Cannot review this file"), err)
        self._read_next()

    def _choose_annotator(
        self, path: Path, theirs: AnnotationSet, exclude: str | None = None
    ) -> None:
        names = [n for n in theirs.annotators if n != exclude]  # not oneself, on a team
        name: str | None = names[0] if len(names) == 1 else None
        if not names:
            show_error(
                self.owner,
                tr("Nothing to review"),
                tr("{source} has no spans.").format(source=theirs.source),
            )
        elif len(names) > 1:
            chosen, ok = QInputDialog.getItem(
                self.owner, tr("Review whose spans?"),
                tr("{source} holds spans by:").format(source=theirs.source), names, 0, False,
            )  # fmt: skip
            name = str(chosen) if ok else None
        if name is None:
            self._read_next()
            return
        from reader.services.reviewing import align_with_mine

        file, spans, chosen_name = self.session.file, theirs.by_annotator(name), name
        self._start(
            lambda _task: align_with_mine(file, spans, self._text_loader(file)),
            tr("Matching {name} to your articles…").format(name=path.name),
            lambda alignment: self._add(path, chosen_name, alignment, spans),
        )

    def _add(self, path: Path, name: str, alignment: Alignment, theirs: AnnotationSet) -> None:
        from reader.services.reviewing import links_on_mine

        colour = COLLEAGUE_COLOURS[len(self.colleagues) % len(COLLEAGUE_COLOURS)]
        mine = {m.theirs.key: m.mine.id for m in alignment.matches}
        marks = {mine[m.document]: m.status for m in theirs.statuses if m.document in mine}
        colleague = Colleague(name, path, alignment, colour, links_on_mine(theirs, alignment),
                              {e.id: e for e in theirs.entities}, marks)  # fmt: skip
        self.colleagues.append(colleague)
        self.active = len(self.colleagues) - 1
        self.refresh()
        self.opened.emit(colleague)
        self._read_next()

    def close_review(self) -> None:
        self.colleagues.clear()
        self.texts.clear()  # document ids belong to the file that was open
        self._waiting.clear()
        self._reading = None
        self.items = []
        self.current = None
        self.changed.emit()
        self.overlays_changed.emit([])

    def set_active(self, index: int) -> None:
        if 0 <= index < len(self.colleagues) and index != self.active:
            self.active = index
            self.refresh()

    # ---------------------------------------------------------------- the snapshot

    def _text_loader(self, file: AnnotationFile) -> Callable[[int], str]:
        """My document texts, cached (by any thread: a dict write is atomic)."""
        from reader.services.reviewing import my_text

        def load(document_id: int) -> str:
            if document_id not in self.texts:
                self.texts[document_id] = my_text(file, document_id)
            return self.texts[document_id]

        return load

    def text(self, document_id: int) -> str:
        return self._text_loader(self.session.file)(document_id)

    def refresh(self) -> None:
        """Take the differences with the active colleague afresh from the files."""
        colleague = self.colleague
        self.items = []
        self.current = None
        if colleague is not None:
            mine = my_spans(self.session.file, self.me)
            links = self._my_links(mine)
            titles = {m.mine.id: m.mine.title for m in colleague.alignment.matches}
            for doc_id, theirs in colleague.alignment.spans.items():
                diffs: list[Difference[AnnotationRecord, TheirSpan] | LinkDifference] = [
                    *compare(mine.get(doc_id, []), theirs),
                    *compare_links(links.get(doc_id, []), colleague.placed.get(doc_id, [])),
                ]
                for diff in diffs:
                    same = diff.kind in (DiffKind.SAME, LinkDiffKind.SAME)
                    status = Status.AGREED if same else Status.OPEN
                    self.items.append(ReviewItem(diff, doc_id, titles[doc_id], status))
            order = {m.mine.id: i for i, m in enumerate(colleague.alignment.matches)}
            self.items.sort(key=lambda it: (order[it.document_id], it.diff.position))
        self.changed.emit()
        self.update_overlays()
        self.schedule_figures()
        self.show_progress()

    def _my_links(self, mine: MySpans) -> dict[int, list[MyLink]]:
        """My links by document, between my spans."""
        from reader.storage import attribution  # SQLAlchemy: not before the first screen

        spans = {r.id: r for records in mine.values() for r in records}
        with self.session.file.session() as session:
            records = attribution.links_by(session, self.me)
        return {doc: my_links(found, spans) for doc, found in records.items()}

    def item_changed(self, item: ReviewItem) -> None:
        self.item_status_changed.emit(item)
        self.update_overlays()

    def _document_shown(self) -> None:
        self.update_overlays()
        self.schedule_figures()
        self.show_progress()

    def show_progress(self) -> None:
        """Say where the colleague and I each stand with the open article."""
        colleague, doc = self.colleague, self.reading.document_id
        theirs = colleague.status(doc) if colleague and doc is not None else None
        if colleague is None or doc is None or theirs is None:
            self.progress_changed.emit("")
            return
        mine = reads.statuses(self.session.file.reader, self.me, [doc])[doc]
        self.progress_changed.emit(said(compared(colleague.annotator, theirs, mine)))

    # ---------------------------------------------------------------- the article overlay

    def overlays(self, document_id: int) -> list[Overlay]:
        found: list[Overlay] = []
        current = self.current.diff.theirs if self.current else None
        labels = {label.name: label.colour for label in self.session.labels}
        for lane, colleague in enumerate(self.colleagues):
            for span in colleague.alignment.spans.get(document_id, []):
                note = f" — {span.note}" if span.note else ""
                tip = f"{colleague.annotator}: {span.label} «{span.source.text}»{note}"
                found.append(
                    Overlay(span.start, span.end, labels.get(span.label, "#999999"),
                            colleague.colour, lane, tip, span is current)
                )  # fmt: skip
        return found

    def update_overlays(self) -> None:
        doc_id = self.reading.document_id
        self.overlays_changed.emit(self.overlays(doc_id) if doc_id is not None else [])

    # ---------------------------------------------------------------- decisions

    def decide(self, items: list[ReviewItem], decision: Decision) -> int:
        """Apply one decision to `items` as one undo step; returns how many were applied."""
        todo = [it for it in items if it.status is Status.OPEN]
        if not todo:
            return 0
        stack = self.session.undo_stack
        what = f"{tr(decision.value)}: " + (
            tr(todo[0].kind.value)
            if len(todo) == 1
            else tr("{count} differences").format(count=number(len(todo)))
        )
        stack.beginMacro(what)
        done = 0
        try:
            for item in todo:
                if not self._decide_one(item, decision):
                    break
                done += 1
        finally:
            stack.endMacro()
        return done

    def _decide_one(self, item: ReviewItem, decision: Decision) -> bool:
        colleague = self.colleague
        assert colleague is not None
        store, me = self.session.store, self.me
        if isinstance(item.diff, LinkDifference):
            if not self.links.decide(item.diff, decision, colleague.path.name):
                return False
            self.session.undo_stack.push(MarkDecision(self, item, DECIDED[decision]))
            return True
        edit = edit_for(
            item.diff, decision, self.text(item.document_id), me, colleague.path.name,
            lambda draft: store.find_same(draft, me) is not None,
        )  # fmt: skip
        if edit is not None and self.editor.run(self._command(edit)) is None:
            return False
        self.session.undo_stack.push(MarkDecision(self, item, DECIDED[decision]))
        return True

    def _command(self, edit: Edit) -> Callable[[], QUndoCommand]:
        """What makes the undoable command for `edit` (the editor runs it)."""
        store, on_error = self.session.store, self.editor.undo_failed
        title = tr(edit.title)  # marked for translation where the decision is made
        if isinstance(edit, AddSpan):
            return lambda: AddAnnotation(store, on_error, edit.draft, edit.annotator, edit.origin,
                                         title)  # fmt: skip
        if isinstance(edit, ReplaceSpan):
            return lambda: EditAnnotation(store, on_error, edit.before, edit.after, title)
        assert isinstance(edit, DeleteSpan)
        return lambda: DeleteAnnotation(store, on_error, edit.record, title)

    # ---------------------------------------------------------------- navigation

    def step(self, items: list[ReviewItem], delta: int) -> ReviewItem | None:
        """The next (or previous) open difference after the current one, in list order."""
        open_items = [it for it in items if it.status is Status.OPEN]
        if not open_items:
            return None
        if self.current in items:
            at = items.index(self.current)
            ahead = (
                items[at + 1 :] + items[:at] if delta > 0 else items[:at][::-1] + items[at:][::-1]
            )
            ahead = [it for it in ahead if it.status is Status.OPEN]
            return ahead[0] if ahead else None
        return open_items[0] if delta > 0 else open_items[-1]

    def show(self, item: ReviewItem) -> None:
        """Show a difference: its article, my span selected (or its place)."""
        self.current = item
        self.reading.open(item.document_id)
        mine = (
            item.diff.mine.claim
            if isinstance(item.diff, LinkDifference) and item.diff.mine
            else item.diff.mine
        )
        if isinstance(mine, AnnotationRecord) and self.reading.has(mine.id):
            self.reading.select(mine.id, reveal=True)
        else:
            self.reading.select(0)
            self.reading.reveal(item.start)
        self.update_overlays()

    # ---------------------------------------------------------------- agreement

    def set_all_articles(self, on: bool) -> None:
        self.all_articles = on
        self.schedule_figures()

    def schedule_figures(self) -> None:
        if self.colleagues:
            self._figures_timer.start()

    def _compute_figures(self) -> None:
        """Me against the active colleague (and everyone, with two or more), in the
        background; one computation at a time, the latest wish last."""
        if self._figures is not None and self._figures.running:
            self._figures_again = True
            return
        colleague = self.colleague
        if colleague is None:
            return
        file, me, colleagues = self.session.file, self.me, list(self.colleagues)
        scope = None if self.all_articles else self.reading.document_id
        labels = [label.name for label in self.session.labels]
        text = self._text_loader(file)

        def work(_task: Task) -> Figures:
            mine = my_spans(file, me)
            return (
                pairwise_figures(mine, colleague, scope, text, labels),
                group_figures(mine, colleagues, text),
                link_figures(file, me, colleague, scope),
                entity_figures(file, mine, colleague, scope),
            )

        self._figures = self.session.track(run_task(work, "agreement"))
        self._figures.done.connect(self._figures_done)
        self._figures.failed.connect(self._figures_failed)

    def _figures_done(self, figures: Figures) -> None:
        if self.colleagues:
            self.figures_changed.emit(*figures)
        self._figures_settled()

    def _figures_failed(self, err: Exception) -> None:
        why = dialogs.explain(err, self.session.file)
        self.reading.say(tr("Agreement figures could not be computed: {why}").format(why=why), 8000)
        self._figures_settled()

    def _figures_settled(self) -> None:
        if self._figures_again:
            self._figures_again = False
            self._compute_figures()


def my_spans(file: AnnotationFile, me: str) -> MySpans:
    """My annotations by document, read from the file (any thread)."""
    from reader.storage import repository

    with file.session() as session:
        records = repository.annotations_by(session, me)
    spans: MySpans = {}
    for record in records:
        spans.setdefault(record.document_id, []).append(record)
    return spans


def pairwise_figures(
    mine: MySpans,
    colleague: Colleague,
    document_id: int | None,
    text: Callable[[int], str],
    labels: list[str],
) -> agreement.Agreement:
    """Me against a colleague, on one article or on every matched article."""
    ids = [m.mine.id for m in colleague.alignment.matches]
    if document_id is not None:
        ids = [i for i in ids if i == document_id]
    docs = agreement.documents_of(ids, text, mine, colleague.alignment.spans)
    return agreement.pairwise(docs, labels)


def link_figures(
    file: AnnotationFile, me: str, colleague: Colleague, document_id: int | None
) -> LinkAgreement:
    """My links against the colleague's, on one article or on every matched article."""
    ids = [m.mine.id for m in colleague.alignment.matches]
    if document_id is not None:
        ids = [i for i in ids if i == document_id]
    from reader.storage import attribution  # SQLAlchemy: not before the first screen

    with file.session() as session:
        mine = attribution.link_ends(session, me)
    return link_agreement(ids, mine, colleague.links)


def entity_figures(
    file: AnnotationFile, mine: MySpans, colleague: Colleague, document_id: int | None
) -> EntityAgreement:
    """How often the spans we both tagged name the same entity, theirs mapped by name."""
    from reader.services.reviewing import placed_entities  # loaded with the review
    from reader.storage import entities

    ids = [m.mine.id for m in colleague.alignment.matches]
    ids = [i for i in ids if document_id is None or i == document_id]
    with file.session() as session:
        registry = entities.list_entities(session)
    my_side = linked_spans(
        (
            (r.document_id, r.start, r.end, r.label, r.entity_id)
            for i in ids
            for r in mine.get(i, [])
        ),
        registry,
    )
    their_side = placed_entities(colleague.alignment, colleague.entities.values(), ids)
    return entity_agreement(my_side, their_side)


def group_figures(
    mine: MySpans, colleagues: list[Colleague], text: Callable[[int], str]
) -> agreement.GroupAgreement | None:
    """Me and every colleague at once, on the articles all of them share."""
    if len(colleagues) < 2:
        return None
    shared = set.intersection(*(set(c.alignment.spans) for c in colleagues))
    spans = [c.alignment.spans for c in colleagues]
    return agreement.among(agreement.documents_of(sorted(shared), text, mine, *spans))
