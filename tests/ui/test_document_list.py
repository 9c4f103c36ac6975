"""The articles list on a large file: rows fetched as they are shown, sorting and
filtering by the columns a reader uses, counts that follow tagging."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.core.annotations import draft_span
from reader.core.articles import ArticleDraft
from reader.core.text import text_sha256
from reader.services.annotation_files import open_annotation_file
from reader.storage import repository
from reader.storage.importer import document_row
from reader.ui.document_model import DocumentListModel
from reader.ui.main_window import MainWindow

MANY = 3000
OUTLETS = ("الوطن", "الحياة", "النهار")


def _large_file(path: Path) -> None:
    file = open_annotation_file(path)
    rows = []
    for i in range(MANY):
        text = f"خبر {i:05d}\nمراسل\nنص المقال رقم {i}."
        draft = ArticleDraft(text, f"gen/{i}", title=f"خبر {i:05d}", source=OUTLETS[i % 3],
                             date=f"2017-{1 + i % 12:02d}-{1 + i % 28:02d}")  # fmt: skip
        rows.append(document_row(draft, text_sha256(text), "2026-11-21T00:00:00.000Z"))
    with file.session() as s:
        ids = repository.add_documents(s, rows)
        for doc_id in ids[:10]:  # the first ten get 1..10 tags
            text = repository.get_document(s, doc_id).text  # type: ignore[union-attr]
            for k in range(doc_id - ids[0] + 1):
                draft = draft_span(doc_id, text, k, k + 1, "ACTOR")
                repository.add_annotation(s, draft, "Layla")
    file.close()


@pytest.fixture
def large(make_window: Callable[..., MainWindow], db: Path) -> MainWindow:
    """The window on a file of MANY articles, the first ten tagged 1 to 10 times."""
    _large_file(db)
    return make_window(db)


def _titles(model: DocumentListModel, rows: range) -> list[str]:
    return [model.document_at(r).title for r in rows]


def test_a_large_list_opens_with_only_the_rows_in_view_fetched(
    large: MainWindow, qtbot: Any
) -> None:
    window = large
    model = window.documents.model
    assert model.rowCount() == MANY  # an existing file: no founding corpus added
    assert model.fetched_rows() <= 2 * DocumentListModel.PAGE
    assert window.documents.count_label.text() == f"{MANY:,} articles"
    window.documents.view.scrollToBottom()
    QTest.qWait(20)
    last = model.rowCount() - 1
    assert model.document_at(last).title == f"خبر {MANY - 1:05d}"
    assert model.fetched_rows() <= 4 * DocumentListModel.PAGE


def test_sorting_by_header_and_filtering_by_text_and_untagged(
    large: MainWindow, qtbot: Any
) -> None:
    window = large
    model, view = window.documents.model, window.documents.view
    header = view.horizontalHeader()
    assert header.isSectionHidden(DocumentListModel.OUTLET)  # until shown from the header
    assert not header.isSectionHidden(DocumentListModel.TAGS)
    view.sortByColumn(DocumentListModel.TAGS, Qt.SortOrder.DescendingOrder)
    assert [model.document_at(r).annotation_count for r in range(3)] == [10, 9, 8]
    view.sortByColumn(DocumentListModel.HEADLINE, Qt.SortOrder.DescendingOrder)
    assert _titles(model, range(2)) == [f"خبر {MANY - 1:05d}", f"خبر {MANY - 2:05d}"]
    view.sortByColumn(DocumentListModel.DATE, Qt.SortOrder.AscendingOrder)
    assert model.document_at(0).date == "2017-01-01"

    window.documents.filter_field.setText("النهار")
    qtbot.waitUntil(lambda: model.rowCount() == MANY // 3)
    assert {model.document_at(r).source for r in range(model.rowCount())} == {"النهار"}
    assert window.documents.count_label.text() == f"{MANY // 3:,} of {MANY:,} articles"
    window.documents.filter_field.clear()
    window.documents.untagged.setChecked(True)
    qtbot.waitUntil(lambda: model.rowCount() == MANY - 10)
    assert all(model.document_at(r).annotation_count == 0 for r in range(50))


def test_tagging_updates_the_count_in_the_list(window: MainWindow, qtbot: Any) -> None:
    row = window.documents.view.currentIndex().row()
    before = window.documents.model.document_at(row).annotation_count
    window.article.setFocus()
    QTest.keyClick(window.article, Qt.Key.Key_1)
    assert window.documents.model.document_at(row).annotation_count == before + 1
    index = window.documents.model.index(row, DocumentListModel.TAGS)
    assert index.data() == before + 1


def _shown(model: DocumentListModel, row: int, column: int = DocumentListModel.HEADLINE) -> Any:
    """What the list paints in that cell (what Qt reads from the model)."""
    return model.index(row, column).data()


def test_rows_shown_after_scrolling_and_sorting_are_the_right_ones(
    large: MainWindow, qtbot: Any
) -> None:
    window = large
    model, view = window.documents.model, window.documents.view
    qtbot.waitUntil(lambda: _shown(model, 0) == "خبر 00000")
    for row in range(0, MANY, 40):  # down the whole list, a screenful at a time
        view.scrollTo(model.index(row, 0))
        view.viewport().repaint()
    view.scrollToBottom()
    view.viewport().repaint()
    last = MANY - 1
    assert _shown(model, last) == f"خبر {last:05d}"
    held = sum(model.index(r, 0).data() is not None for r in range(MANY))
    assert held <= DocumentListModel.KEPT < MANY  # not every row passed on the way
    view.scrollToTop()
    qtbot.waitUntil(lambda: _shown(model, 0) == "خبر 00000")
    view.sortByColumn(DocumentListModel.TAGS, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: _shown(model, 0, DocumentListModel.TAGS) == 10)
    assert [_shown(model, r) for r in range(3)] == ["خبر 00009", "خبر 00008", "خبر 00007"]
    tip = model.index(0, DocumentListModel.TAGS).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == ["خبر 00009", "الوطن", "2017-10-10", "10 annotations",
                               "Your status: In progress"]  # fmt: skip


def test_typing_a_headline_in_the_list_finds_it_though_never_shown(
    large: MainWindow, qtbot: Any
) -> None:
    window = large
    model, view = window.documents.model, window.documents.view
    view.setFocus()
    for letter in "خبر 02345":  # type-to-find, as in any Qt list (keyClicks is ASCII only)
        press = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, letter
        )
        QApplication.sendEvent(view, press)
    qtbot.waitUntil(lambda: view.currentIndex().row() == 2345)
    assert model.document_at(2345).title == "خبر 02345"
    qtbot.waitUntil(lambda: window.reading.document_id == model.ids[2345])
    qtbot.waitUntil(lambda: _shown(model, 2345) == "خبر 02345")  # scrolled to, painted


def _resident_mib() -> float:
    statm = Path("/proc/self/statm")
    if not statm.exists():
        pytest.skip("resident memory is read from Linux's /proc")
    return int(statm.read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def test_scrolling_the_list_again_and_again_keeps_memory_steady(large: MainWindow) -> None:
    view = large.documents.view

    def down_and_up() -> None:
        for row in (*range(0, MANY, 30), *range(MANY - 1, 0, -30)):
            view.scrollTo(large.documents.model.index(row, 0))
            view.viewport().repaint()

    down_and_up()  # every row fetched once, and held once
    before = _resident_mib()
    for _ in range(4):
        down_and_up()
    assert _resident_mib() - before < 6  # the rows let go of are freed
