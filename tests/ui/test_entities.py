"""One actor, many spellings, through the real window: a span is linked to an entity by
key, a known name links as it is tagged, two entities merge in the Entities pane, and
suggestions are accepted and rejected by key; every step is on disk and undoes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from reader.ui.main_window import MainWindow
from tests.ui.conftest import find, move_caret, rows, select_by_keyboard

ARMY = "الجيش العربي السوري"
MENTIONS = ("SELECT a.text, e.name FROM annotation a JOIN entity e ON e.id = a.entity_id "
            "ORDER BY a.start")  # fmt: skip
ALIASES = "SELECT e.name, s.name FROM entity_alias s JOIN entity e ON e.id = s.entity_id"
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def tag(window: MainWindow, needle: str, key: Qt.Key, occurrence: int = 0) -> int:
    select_by_keyboard(window, *find(window, needle, occurrence))
    QTest.keyClick(window.article, key)
    return window.reading.selected_id


def offered(window: MainWindow) -> list[str]:
    box = window.entity_box.list
    return [box.item(i).text() for i in range(box.count())]


def test_a_span_becomes_an_entity_and_another_spelling_is_offered_and_linked_by_key(
    window: MainWindow, db: Path
) -> None:
    tag(window, ARMY, Qt.Key.Key_1)
    QTest.keyClick(window.article, Qt.Key.Key_N, CTRL | SHIFT)  # a new entity of it
    assert rows(db, MENTIONS) == [(ARMY, ARMY)]

    tag(window, "الجيش", Qt.Key.Key_1, occurrence=4)  # «بين الجيش وتنظيم داعش»
    assert offered(window)[0].startswith(ARMY) and "part of" in offered(window)[0]
    QTest.keyClick(window.article, Qt.Key.Key_E, CTRL)
    assert rows(db, MENTIONS) == [(ARMY, ARMY), ("الجيش", ARMY)]
    assert rows(db, ALIASES) == [(ARMY, "الجيش")]  # the spelling is learnt
    assert "is «" in window.entity_box.title.text() or ARMY in window.entity_box.title.text()

    QTest.keyClick(window.article, Qt.Key.Key_Z, CTRL)  # the link and the alias go
    assert rows(db, MENTIONS) == [(ARMY, ARMY)] and rows(db, ALIASES) == []
    assert len(rows(db)) == 2  # the span stays tagged
    QTest.keyClick(window.article, Qt.Key.Key_Z, CTRL | SHIFT)
    assert rows(db, MENTIONS) == [(ARMY, ARMY), ("الجيش", ARMY)]


def test_a_known_name_is_linked_as_it_is_tagged_unless_turned_off(
    window: MainWindow, db: Path
) -> None:
    tag(window, "دير الزور", Qt.Key.Key_2)
    QTest.keyClick(window.article, Qt.Key.Key_N, CTRL | SHIFT)
    tag(window, "دير الزور", Qt.Key.Key_2, occurrence=1)
    assert rows(db, MENTIONS) == [("دير الزور", "دير الزور")] * 2
    QTest.keyClick(window.article, Qt.Key.Key_Z, CTRL)  # one undo: the tag and its link
    assert len(rows(db)) == 1

    window.actions_["entity.auto"].trigger()  # off
    assert not window.settings.link_known_names
    tag(window, "دير الزور", Qt.Key.Key_2, occurrence=2)
    assert rows(db, MENTIONS) == [("دير الزور", "دير الزور")]


def test_two_entities_merge_in_the_entities_pane_and_undo_splits_them_again(
    window: MainWindow, db: Path, qtbot: Any
) -> None:
    window.actions_["entity.auto"].trigger()  # two entities of one name, on purpose
    for occurrence in (0, 1):
        tag(window, "البوكمال", Qt.Key.Key_2, occurrence)
        QTest.keyClick(window.article, Qt.Key.Key_N, CTRL | SHIFT)
    assert rows(db, "SELECT count(*) FROM entity") == [(2,)]

    QTest.keyClick(window.article, Qt.Key.Key_Y, CTRL | SHIFT)  # View ▸ Entities
    panel = window.entities_panel
    qtbot.waitUntil(panel.isVisible)
    panel.actions_["find"].trigger()
    pair = panel.duplicates.item(0)
    assert "the same name" in pair.text()
    panel.duplicates.itemActivated.emit(pair)
    assert len(panel.chosen()) == 2 and panel.actions_["merge"].isEnabled()
    panel.actions_["merge"].trigger()

    assert rows(db, "SELECT count(*) FROM entity") == [(1,)]
    assert rows(db, MENTIONS) == [("البوكمال", "البوكمال")] * 2
    assert panel.model.rowCount() == 1 and panel.model.item(0, 3).text() == "2"
    QTest.keyClick(window.article, Qt.Key.Key_Z, CTRL)
    assert rows(db, "SELECT count(*) FROM entity") == [(2,)]
    assert len({e for _, e in rows(db, "SELECT a.id, a.entity_id FROM annotation a")}) == 2
    assert panel.model.rowCount() == 2


def test_suggestions_are_stepped_through_accepted_and_rejected_by_key(
    window: MainWindow, db: Path
) -> None:
    tag(window, "البوكمال", Qt.Key.Key_2)
    QTest.keyClick(window.article, Qt.Key.Key_F6)  # stepping shows them, checked in the menu
    assert window.actions_["suggestion.show"].isChecked() and window.settings.show_suggestions
    QTest.keyClick(window.article, Qt.Key.Key_U, CTRL | SHIFT)  # hidden again
    assert window.article.suggestion_marks == []
    QTest.keyClick(window.article, Qt.Key.Key_U, CTRL | SHIFT)  # and shown
    move_caret(window, 0)
    marks = window.article.suggestion_marks
    assert marks and all(m.tip.startswith("Suggested: PLACE") for m in marks)

    QTest.keyClick(window.article, Qt.Key.Key_F6)
    first = window.suggestions.current
    assert first is not None and (first.start, first.text) == (find(window, "البوكمال", 1)[0],
                                                              "البوكمال")  # fmt: skip
    QTest.keyClick(window.article, Qt.Key.Key_Return, CTRL)  # accepted: an ordinary tag
    assert [(r[1], r[2]) for r in rows(db)] == [("PLACE", 65), ("PLACE", first.start)]
    second = window.suggestions.current
    assert second is not None and second.start > first.start  # on to the next
    QTest.keyClick(window.article, Qt.Key.Key_Z, CTRL)
    assert len(rows(db)) == 1

    window.suggestions.current = second
    QTest.keyClick(window.article, Qt.Key.Key_Backspace, CTRL)  # turned down for good
    assert rows(db, 'SELECT label, start, "end" FROM rejected_suggestion') == [
        ("PLACE", second.start, second.end)
    ]
    window.show_document(window.reading.document_id)  # shown again: not offered again
    starts = [s.start for s in window.suggestions.on_article()]
    assert second.start not in starts and first.start in starts

    tag(window, "دير الزور", Qt.Key.Key_2)  # learnt at once: its other mentions offered
    offered = [(s.text, s.label) for s in window.suggestions.on_article()]
    assert offered.count(("دير الزور", "PLACE")) >= 5


def test_review_shows_how_often_we_link_the_same_spans_to_the_same_entity(
    make_window: Any, db: Path, tmp_path: Path, dialogs: Any, qtbot: Any
) -> None:
    from tests.review_files import with_entities
    from tests.ui.conftest import review

    mentions = [("ACTOR", ARMY, 0, ARMY), ("PLACE", "البوكمال", 0, "البوكمال")]
    with_entities(db, "Me", mentions)
    colleague = with_entities(tmp_path / "omar.qari.sqlite", "Omar",
                              [("ACTOR", ARMY, 0, "الجيش"), mentions[1]])  # fmt: skip
    window = make_window(db)
    window.settings.annotator = "Me"
    review(qtbot, window, dialogs, colleague)
    window.review_panel.scope.setCurrentIndex(1)  # every matched article
    line = window.review_panel.entity_line
    qtbot.waitUntil(lambda: line.text() != "", timeout=10000)
    assert line.text() == "Entities: 1 of 2 spans name the same (0.50)"


def test_a_gazetteer_seeds_the_suggestions_and_its_wrong_lines_are_named(
    window: MainWindow, tmp_path: Path, dialogs: Any, db: Path
) -> None:
    names = tmp_path / "names.txt"
    names.write_text("البوكمال\tPLACE\tالبوكمال\nالجيش\tACTOR\nالجيش\tSOLDIER\n", encoding="utf-8")
    dialogs.open_paths = [str(names)]
    window.actions_["suggestion.gazetteer"].trigger()
    assert dialogs.said("2 new names to suggest; 1 entities made", "line 3", "SOLDIER")
    window.actions_["suggestion.show"].trigger()
    offered = {(s.text, s.label, s.entity_id is not None) for s in window.suggestions.on_article()}
    assert {("البوكمال", "PLACE", True), ("الجيش", "ACTOR", False)} <= offered
    assert rows(db, "SELECT name, label FROM entity") == [("البوكمال", "PLACE")]


def test_suggestions_left_on_are_learnt_after_the_first_paint_and_shown(
    make_window: Any, db: Path, qtbot: Any
) -> None:
    from reader.settings import Settings
    from tests.review_files import with_entities

    with_entities(db, "Layla", [("PLACE", "البوكمال", 0, "البوكمال")])
    settings = Settings(annotator="Layla", show_suggestions=True)
    window = make_window(db, settings)
    qtbot.waitUntil(lambda: window.article.suggestion_marks != [], timeout=5000)
    assert window.actions_["suggestion.show"].isChecked()
    assert {m.tip.split(" ")[1] for m in window.article.suggestion_marks} == {"PLACE"}
