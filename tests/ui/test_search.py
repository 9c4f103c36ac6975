"""Find in the article (Ctrl+F) and search across articles (Ctrl+Shift+F), as a reader
uses them: spellings folded, the exact characters selected, a digit tags the hit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from reader.core.normalise import NormalisedText, search_form
from reader.ui.main_window import MainWindow
from tests.ui.conftest import rows


def _press(widget: Any, key: Qt.Key, modifiers: Any = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifiers)


def test_find_selects_each_spelling_and_a_digit_tags_the_hit(window: MainWindow, db: Any) -> None:
    text = window.reading.document.text  # type: ignore[union-attr]
    expected = NormalisedText.of(text).find(search_form("سوريه"))
    assert len(expected) >= 2
    _press(window.article, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.article_pane.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    bar.field.setText("سوريه")  # as typed without the dots of ة
    assert bar.count.text() == f"1 of {len(expected)}"
    assert window.article.selection_range() == expected[0]
    assert text[slice(*expected[0])] == "سورية"
    _press(bar.field, Qt.Key.Key_Return)
    assert window.article.selection_range() == expected[1]
    _press(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.article.selection_range() == expected[0]
    _press(bar.field, Qt.Key.Key_1)  # typed into the field: no tag
    assert bar.field.text() == "سوريه1" and rows(db) == []
    bar.field.setText("سوريه")
    _press(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.article.hasFocus()
    _press(window.article, Qt.Key.Key_2)
    [(_id, label, start, end, surface, _note)] = rows(db)
    assert (label, (start, end), surface) == ("PLACE", expected[0], "سورية")


def test_find_says_when_nothing_matches(window: MainWindow) -> None:
    window.actions_["edit.find"].trigger()
    window.article_pane.find_bar.field.setText("طوكيو")
    assert window.article_pane.find_bar.count.text() == "No hits"
    assert window.article.extraSelections() == []


def test_corpus_search_opens_the_article_at_the_exact_characters(
    window: MainWindow, qtbot: Any
) -> None:
    window.documents.view.selectRow(1)
    second = window.reading.document.id  # type: ignore[union-attr]
    _press(
        window.article,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    panel = window.search_panel
    assert window.search_dock.isVisible() and panel.field.hasFocus()
    panel.field.setText("التحالف الدولي")
    _press(panel.field, Qt.Key.Key_Return)
    assert "hits in" in panel.status.text()
    first_doc = panel.results.item(0)
    assert first_doc is not None and first_doc.rowCount() >= 1
    doc_id, start, end = first_doc.child(0).data(Qt.ItemDataRole.UserRole)
    assert window.reading.document is not None and window.reading.document.id == doc_id
    assert window.reading.document.text[start:end] == "التحالف الدولي"
    assert window.article.selection_range() == (start, end)
    # Choosing a hit in another article switches to it.
    window.documents.view.selectRow(0 if doc_id == second else 1)
    panel.tree.activated.emit(first_doc.child(0).index())
    assert window.reading.document.id == doc_id


def test_corpus_search_reports_no_hits(window: MainWindow, qtbot: Any) -> None:
    window.open_search()
    window.search_panel.field.setText("طوكيو")
    qtbot.waitUntil(lambda: "No article holds" in window.search_panel.status.text())
    assert window.search_panel.results.rowCount() == 0
