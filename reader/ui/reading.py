"""What the reader has in front of them: the article open in the window, its annotations,
and the one selected. This is the small hub the panels and controllers share: they read
its state and talk through its signals, never through the window. The window connects
the requests (open an article, reveal a place) to the panel that can fulfil them.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QObject, Signal

from reader.core.annotations import AnnotationRecord, DocumentText
from reader.core.links import LinkRecord
from reader.core.span_index import IndexedSpan
from reader.core.text import embed_rtl
from reader.ui.i18n import tr
from reader.ui.models import AnnotationTableModel


class Reading(QObject):
    document_shown = Signal()  # `document` and `annotations` hold another article (or none)
    selection_changed = Signal(int, bool)  # annotation id (0: none), scroll it into view
    span_upserted = Signal(object)  # AnnotationRecord added or changed on the open article
    span_removed = Signal(int)  # annotation id gone from the open article
    counts_changed = Signal()  # the open article's annotations were added or removed
    links_changed = Signal()  # the open article's links were added or removed
    # Requests the window routes: show this article; select this text range.
    open_requested = Signal(int)  # document id
    range_requested = Signal(int, int)  # [start, end) code points on the open article
    place_requested = Signal(int)  # put the caret at this code point and show it
    message = Signal(str, int)  # a line for the status bar, shown for so many ms

    def __init__(self) -> None:
        super().__init__()
        self.document: DocumentText | None = None
        self.annotations = AnnotationTableModel()
        self.links: list[LinkRecord] = []  # of the open article, in the order made
        self.selected_id = 0

    # ---------------------------------------------------------------- the open article

    @property
    def document_id(self) -> int | None:
        return self.document.id if self.document else None

    def show(
        self,
        document: DocumentText | None,
        spans: list[IndexedSpan],
        links: list[LinkRecord] | None = None,
    ) -> None:
        """Another article is open (read from the file by the window)."""
        self.document = document
        self.selected_id = 0
        self.annotations.reset(spans)
        self.links = list(links or [])
        self.document_shown.emit()

    def open(self, document_id: int) -> None:
        """Ask for an article to be shown, unless it is the open one."""
        if document_id != self.document_id:
            self.open_requested.emit(document_id)

    def select_range(self, start: int, end: int) -> None:
        self.range_requested.emit(start, end)

    def show_hit(self, document_id: int, start: int, end: int) -> None:
        """A search hit: its article open, its exact characters selected, ready to tag."""
        self.open(document_id)
        if self.document_id == document_id:
            self.select_range(start, end)
            self.say(
                tr("Found at [{start}, {end}): press 1, 2 or 3 to tag it.").format(
                    start=str(start), end=str(end)
                ),
                5000,
            )

    def reveal(self, offset: int) -> None:
        self.place_requested.emit(offset)

    def say(self, text: str, ms: int = 4000) -> None:
        self.message.emit(text, ms)

    # ---------------------------------------------------------------- the selection

    def has(self, annotation_id: int) -> bool:
        return self.annotations.row_of(annotation_id) >= 0

    def record(self, annotation_id: int) -> AnnotationRecord | None:
        row = self.annotations.row_of(annotation_id) if annotation_id else -1
        return self.annotations.record_at(row) if row >= 0 else None

    def selected_record(self) -> AnnotationRecord | None:
        return self.record(self.selected_id)

    def select(self, annotation_id: int, reveal: bool = False) -> None:
        """Select an annotation of the open article (0, or one not on it: none)."""
        self.selected_id = annotation_id if self.has(annotation_id) else 0
        self.selection_changed.emit(self.selected_id, reveal)
        record = self.selected_record()
        if record is not None:
            note = f" — {embed_rtl(record.note)}" if record.note else ""
            self.say(
                f"{record.label} {embed_rtl(f'«{record.text}»')} "
                f"[{record.start}, {record.end}){note}",
                6000,
            )

    # ---------------------------------------------------------------- links

    def links_of(self, span_id: int) -> list[LinkRecord]:
        """The links from or to a span of the open article."""
        return [k for k in self.links if span_id in (k.claim_id, k.target_id)]

    def links_added(self, records: list[LinkRecord]) -> None:
        here = [k for k in records if k.document_id == self.document_id]
        if here:
            self.links += here
            self.links_changed.emit()

    def links_removed(self, records: list[LinkRecord]) -> None:
        gone = {k.id for k in records}
        kept = [k for k in self.links if k.id not in gone]
        if len(kept) != len(self.links):
            self.links = kept
            self.links_changed.emit()

    def label_counts(self) -> Counter[str]:
        return self.annotations.label_counts()

    # ---------------------------------------------------------------- committed edits

    def _here(self, record: AnnotationRecord) -> bool:
        """Whether the record is on the open article. Undo may reach back into another
        article: that one is opened instead (fresh from the file, edit included)."""
        if record.document_id == self.document_id:
            return True
        self.open_requested.emit(record.document_id)
        return False

    def added(self, record: AnnotationRecord) -> None:
        if self._here(record):
            self.annotations.insert(record)
            self.span_upserted.emit(record)
            self.counts_changed.emit()

    def removed(self, record: AnnotationRecord) -> None:
        if self._here(record):
            self.annotations.remove(record.id)
            self.span_removed.emit(record.id)
            if self.selected_id == record.id:
                self.select(0)
            self.counts_changed.emit()

    def changed(self, _before: AnnotationRecord, after: AnnotationRecord) -> None:
        if self._here(after):
            self.annotations.replace(after)
            self.span_upserted.emit(after)
            if self.selected_id == after.id:
                self.selection_changed.emit(after.id, False)
            self.counts_changed.emit()

    def many_added(self, records: list[AnnotationRecord]) -> None:
        here = [r for r in records if r.document_id == self.document_id]
        for record in here:
            self.span_upserted.emit(record)
        if here:
            self.annotations.add_many(here)
            self.counts_changed.emit()

    def many_removed(self, records: list[AnnotationRecord]) -> None:
        here = [r for r in records if r.document_id == self.document_id]
        for record in here:
            self.span_removed.emit(record.id)
        if here:
            self.annotations.remove_many({r.id for r in here})
            if self.selected_id in {r.id for r in here}:
                self.select(0)
            self.counts_changed.emit()
