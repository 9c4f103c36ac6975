"""Tag all occurrences: a preview with context, sensible preselection, and one undo step
for the whole batch, in this article or across articles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from reader.core.normalise import NormalisedText, search_form
from reader.ui.main_window import MainWindow
from reader.ui.tag_all import ALL_ARTICLES, TagAllDialog
from tests.ui.conftest import find, rows, select_by_keyboard

Choose = Callable[[TagAllDialog], None]


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> list[Choose]:
    """What the test does in the dialog before pressing OK (nothing: the defaults)."""
    steps: list[Choose] = []

    def exec_(dialog: TagAllDialog) -> int:
        refused: list[bool] = []
        dialog.rejected.connect(lambda: refused.append(True))
        for step in steps:
            step(dialog)
        return QDialog.DialogCode.Rejected if refused else QDialog.DialogCode.Accepted

    monkeypatch.setattr(TagAllDialog, "exec", exec_)
    return steps


def _tag(window: MainWindow, needle: str, key: Qt.Key) -> None:
    start, end = find(window, needle)
    select_by_keyboard(window, start, end)
    QTest.keyClick(window.article, key)


def _spans(db: Path, label: str) -> list[tuple[int, int, str]]:
    return [(s, e, t) for _id, name, s, e, t, _n in rows(db) if name == label]


def test_tag_all_in_the_article_is_one_undo_step(
    window: MainWindow, db: Path, answer: list[Choose]
) -> None:
    text = window.reading.document.text  # type: ignore[union-attr]
    _tag(window, "البوكمال", Qt.Key.Key_2)
    everywhere = NormalisedText.of(text).find(search_form("البوكمال"))
    shown: list[TagAllDialog] = []
    answer.append(shown.append)
    steps = window.session.undo_stack.count()
    window.actions_["annotation.tag_all"].trigger()
    [dialog] = shown
    assert len(dialog.found) == len(everywhere) - 1
    chosen = dialog.chosen()
    assert chosen and all(o.whole_words for o in chosen)
    assert any(o.hit.before.endswith("و") for o in chosen)  # «والبوكمال» keeps its و out

    placed = _spans(db, "PLACE")
    assert len(placed) == 1 + len(chosen)
    assert all(text[s:e] == t and t == "البوكمال" for s, e, t in placed)
    assert window.session.undo_stack.count() == steps + 1
    assert window.reading.annotations.rowCount() == len(placed)

    window.session.undo_stack.undo()
    assert len(_spans(db, "PLACE")) == 1
    assert window.reading.annotations.rowCount() == 1
    window.session.undo_stack.redo()
    assert sorted(_spans(db, "PLACE")) == sorted(placed)
    assert window.reading.annotations.rowCount() == len(placed)


def test_occurrences_inside_longer_words_start_unchecked(
    window: MainWindow, db: Path, answer: list[Choose]
) -> None:
    _tag(window, "سورية", Qt.Key.Key_2)
    shown: list[TagAllDialog] = []
    answer.append(shown.append)
    window.actions_["annotation.tag_all"].trigger()
    [dialog] = shown
    inside = [o for o in dialog.found if not o.whole_words]
    assert inside and all(o.hit.before.endswith("ال") for o in inside)  # «السورية»
    assert not set(dialog.chosen()) & set(inside)
    assert "inside longer words" in dialog.summary.text()


def test_tag_all_across_articles_updates_counts_without_leaving_the_article(
    window: MainWindow, db: Path, answer: list[Choose]
) -> None:
    _tag(window, "التحالف الدولي", Qt.Key.Key_1)
    shown_id = window.reading.document.id  # type: ignore[union-attr]
    answer.append(lambda d: d.scope.setCurrentIndex(ALL_ARTICLES))
    window.actions_["annotation.tag_all"].trigger()
    actors = rows(db, "SELECT document_id, text FROM annotation")
    other = [d for d, _t in actors if d != shown_id]
    assert other and all(t == "التحالف الدولي" for _d, t in actors)
    assert window.reading.document.id == shown_id  # type: ignore[union-attr]
    row = window.documents.model.row_of(other[0])
    assert window.documents.model.document_at(row).annotation_count == len(other)
    window.session.undo_stack.undo()
    assert window.documents.model.document_at(row).annotation_count == 0
    assert len(rows(db)) == 1


def test_a_tagged_occurrence_is_shown_but_not_offered(
    window: MainWindow, db: Path, answer: list[Choose]
) -> None:
    first, second = find(window, "البوكمال", 0), find(window, "البوكمال", 1)
    select_by_keyboard(window, *second)
    QTest.keyClick(window.article, Qt.Key.Key_2)
    select_by_keyboard(window, *first)
    QTest.keyClick(window.article, Qt.Key.Key_2)
    shown: list[TagAllDialog] = []
    answer.append(shown.append)
    answer.append(lambda d: d.reject())
    window.actions_["annotation.tag_all"].trigger()
    [dialog] = shown
    [tagged] = [o for o in dialog.found if o.tagged]
    assert (tagged.hit.start, tagged.hit.end) == second
    assert tagged not in dialog.chosen()
    assert len(rows(db)) == 2  # cancelled: nothing more tagged
