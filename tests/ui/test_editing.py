from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from sqlalchemy.exc import OperationalError

from reader.core.annotations import AnnotationRecord, draft_span
from reader.storage import repository
from reader.ui.main_window import MainWindow
from tests.ui.conftest import Dialogs, find, move_caret, rows, select_by_keyboard

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def tag(window: MainWindow, needle: str, key: Qt.Key, occurrence: int = 0) -> tuple[int, int]:
    span = find(window, needle, occurrence)
    select_by_keyboard(window, *span)
    QTest.keyClick(window.article, key)
    return span


def test_delete_key_then_undo_restores_the_same_annotation(window: MainWindow, db: Path) -> None:
    tag(window, "الجيش العربي السوري", Qt.Key.Key_1)
    saved = rows(db)
    QTest.keyClick(window.article, Qt.Key.Key_Delete)
    assert rows(db) == []
    assert window.reading.annotations.rowCount() == 0
    QTest.keyClick(window.article, Qt.Key.Key_Z, CTRL)
    assert rows(db) == saved
    assert window.reading.annotations.rowCount() == 1


def test_digit_on_a_selected_annotation_changes_its_label(window: MainWindow, db: Path) -> None:
    tag(window, "البوكمال", Qt.Key.Key_1)
    assert window.reading.selected_id  # the new annotation is selected
    QTest.keyClick(window.article, Qt.Key.Key_2)
    assert [(r[1], r[4]) for r in rows(db)] == [("PLACE", "البوكمال")]
    QTest.keyClick(window.article, Qt.Key.Key_Z, CTRL)
    assert [(r[1], r[4]) for r in rows(db)] == [("ACTOR", "البوكمال")]
    assert window.reading.annotations.record_at(0).label == "ACTOR"


def test_word_at_caret_is_tagged_without_a_selection(window: MainWindow, db: Path) -> None:
    start, end = find(window, "واشنطن")
    move_caret(window, start + 2)
    QTest.keyClick(window.article, Qt.Key.Key_1)
    assert [(r[1], r[2], r[3]) for r in rows(db)] == [("ACTOR", start, end)]


def test_note_typed_in_the_table_is_committed_and_undoable(
    window: MainWindow, db: Path, qtbot
) -> None:
    tag(window, "دير الزور", Qt.Key.Key_2)
    index = window.annotations.filtered.index(0, 2)
    window.annotations.view.setCurrentIndex(index)
    window.annotations.view.edit(index)
    editor = window.annotations.view.findChild(QLineEdit)
    editor.selectAll()
    editor.insert("محافظة")  # QTest.keyClicks takes ASCII only; an input method inserts
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(db)[0][5] == "محافظة")  # Qt commits on Return, queued
    assert window.annotations.filtered.index(0, 2).data() == "محافظة"
    window.actions_["edit.undo"].trigger()
    assert rows(db)[0][5] == ""


def test_note_dialog(window: MainWindow, db: Path, dialogs: Dialogs) -> None:
    tag(window, "دير الزور", Qt.Key.Key_2)
    dialogs.text_answer = ("  تحقق من المصدر  ", True)
    QTest.keyClick(window.article, Qt.Key.Key_F2)
    assert rows(db)[0][5] == "تحقق من المصدر"


def test_boundaries_move_by_whole_graphemes(window: MainWindow, db: Path) -> None:
    start, end = tag(window, "ووفقاً للنشطاء", Qt.Key.Key_3)
    assert rows(db)[0][4] == "ووفقاً للنشطاء"
    QTest.keyClick(window.article, Qt.Key.Key_Right, ALT)  # end one letter earlier
    QTest.keyClick(window.article, Qt.Key.Key_Right, ALT)
    assert rows(db)[0][2:5] == (start, end - 2, "ووفقاً للنشط")
    for _ in range(4):  # start one letter later: و و ف ق
        QTest.keyClick(window.article, Qt.Key.Key_Left, ALT | SHIFT)
    assert rows(db)[0][4] == "اً للنشط"
    QTest.keyClick(window.article, Qt.Key.Key_Left, ALT | SHIFT)
    assert rows(db)[0][4] == " للنشط"  # alef and its tanwin fath moved as one grapheme
    record = window.reading.annotations.record_at(0)
    assert record.context_before.endswith("ووفقاً")
    window.actions_["edit.undo"].trigger()  # consecutive nudges undo as one step
    assert rows(db)[0][4] == "ووفقاً للنشطاء"


def test_undo_reaches_back_into_another_article(window: MainWindow, db: Path) -> None:
    tag(window, "البوكمال", Qt.Key.Key_2)
    first_doc = window.reading.document.id if window.reading.document else None
    QTest.keyClick(window.article, Qt.Key.Key_PageDown, CTRL)
    assert window.reading.document is not None and window.reading.document.id != first_doc
    window.actions_["edit.undo"].trigger()
    assert rows(db) == []
    assert window.reading.document.id == first_doc  # the window shows where the undo happened
    assert window.documents.model.document_at(0).annotation_count == 0


def test_failed_commit_is_reported_and_not_shown_as_saved(
    window: MainWindow, db: Path, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_a: object, **_k: object) -> AnnotationRecord:
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(repository, "add_annotation", disk_full)
    tag(window, "البوكمال", Qt.Key.Key_2)
    assert rows(db) == []
    assert window.reading.annotations.rowCount() == 0
    assert window.article.index.spans == {}
    assert dialogs.said("database or disk is full")
    assert "NOT saved" in window.save_status.text()
    assert window.session.undo_stack.count() == 0
    monkeypatch.undo()
    tag(window, "البوكمال", Qt.Key.Key_2)  # the edit can be retried
    assert len(rows(db)) == 1
    assert "All changes saved" in window.save_status.text()


def test_same_span_twice_is_not_duplicated(window: MainWindow, db: Path) -> None:
    tag(window, "البوكمال", Qt.Key.Key_2)
    window.article_pane.deselect()
    tag(window, "البوكمال", Qt.Key.Key_2)
    assert len(rows(db)) == 1
    assert "Already tagged" in window.statusBar().currentMessage()


def test_label_filter_and_status_counts(window: MainWindow) -> None:
    doc = window.reading.document
    assert doc is not None
    with window.session.file.session() as s:
        for label, needle in (("ACTOR", "الجيش"), ("PLACE", "البوكمال"), ("PLACE", "دير الزور")):
            a, b = find(window, needle)
            repository.add_annotation(s, draft_span(doc.id, doc.text, a, b, label), "Layla")
    window.show_document(doc.id)
    assert "ACTOR 1" in window.annotations.counts.text()
    assert "PLACE 2" in window.annotations.counts.text()
    window.annotations.label_filter.setCurrentIndex(
        window.annotations.label_filter.findData("PLACE")
    )
    assert window.annotations.filtered.rowCount() == 2
    assert {window.annotations.filtered.index(r, 0).data() for r in range(2)} == {"PLACE"}
    window.annotations.label_filter.setCurrentIndex(0)
    assert window.annotations.filtered.rowCount() == 3
