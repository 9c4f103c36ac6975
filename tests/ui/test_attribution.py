"""Who said what, through the real window: a claim is linked to its source, cue and
place by keyboard and by mouse, the link is on disk before it is shown, drawn as an arc
and listed in the Attribution pane, and undo takes it back (with the span it went with)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from reader.core.decisions import Decision
from reader.ui.main_window import MainWindow
from tests.review_files import CLAIM, SANA
from tests.ui.conftest import find, rows, select_by_keyboard

AGENCY = SANA
LINKS = ("SELECT t.name, c.text, coalesce(a.text, '') FROM link k JOIN link_type t ON "
         "t.id = k.type_id JOIN annotation c ON c.id = k.claim_id LEFT JOIN annotation a ON "
         "a.id = k.target_id ORDER BY k.id")  # fmt: skip


def tag(window: MainWindow, needle: str, key: Qt.Key) -> int:
    select_by_keyboard(window, *find(window, needle))
    QTest.keyClick(window.article, key)
    return window.reading.selected_id


def answer_menu(do: Callable[[QMenu], None]) -> list[list[str]]:
    """Act on the next popup menu when it opens; what it offered is returned (filled in
    when it has opened)."""
    offered: list[list[str]] = []

    def act() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, act)
            return
        offered.append([a.text() for a in menu.actions()])
        do(menu)

    QTimer.singleShot(0, act)
    return offered


def press(key: Qt.Key) -> Callable[[QMenu], None]:
    return lambda menu: QTest.keyClick(menu, key)


def link_by_key(window: MainWindow, qtbot: Any, digit: Qt.Key, choose: Qt.Key) -> list[list[str]]:
    """Alt+digit on the text, then `choose` in the list it opens; back in the window."""
    offered = answer_menu(press(choose))
    QTest.keyClick(window.article, digit, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return offered


def test_alt_1_offers_the_nearest_actors_and_a_digit_links_the_source(
    window: MainWindow, db: Path, qtbot: Any
) -> None:
    tag(window, AGENCY, Qt.Key.Key_1)
    tag(window, "الجيش العربي السوري", Qt.Key.Key_1)
    claim = tag(window, CLAIM, Qt.Key.Key_3)
    offered = link_by_key(window, qtbot, Qt.Key.Key_1, Qt.Key.Key_1)

    assert AGENCY in offered[0][0]  # the agency beside «ذكرت» first, the army after
    assert "الجيش العربي السوري" in offered[0][1] and "unnamed source" in offered[0][-1]
    assert rows(db, LINKS) == [("SOURCE", CLAIM, AGENCY)]
    assert window.reading.selected_id == claim
    shown = [window.attribution_panel.list.item(i).text()
             for i in range(window.attribution_panel.list.count())]  # fmt: skip
    assert len(shown) == 1 and shown[0].startswith("SOURCE") and "سانا" in shown[0]
    assert [(a.text, a.unnamed) for a in window.article.link_arcs] == [("SOURCE", False)]

    QTest.keyClick(window.article, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(db, LINKS) == [] and window.article.link_arcs == []
    QTest.keyClick(window.article, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert rows(db, LINKS) == [("SOURCE", CLAIM, AGENCY)]


def test_the_reporting_verb_is_offered_as_a_cue_and_tagged_with_its_link_in_one_step(
    window: MainWindow, db: Path, qtbot: Any
) -> None:
    tag(window, CLAIM, Qt.Key.Key_3)
    offered = link_by_key(window, qtbot, Qt.Key.Key_2, Qt.Key.Key_Return)  # the first

    assert "ذكرت" in offered[0][0] and "new CUE" in offered[0][0]
    assert rows(db, LINKS) == [("CUE", CLAIM, "ذكرت")]
    assert ("CUE", "ذكرت") in rows(db, "SELECT l.name, a.text FROM annotation a JOIN label l "
                                       "ON l.id = a.label_id")  # fmt: skip
    QTest.keyClick(window.article, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(db, LINKS) == []
    assert rows(db, "SELECT text FROM annotation") == [(CLAIM,)]  # the cue went with it


def test_an_unnamed_source_is_the_zero_of_the_list(
    window: MainWindow, db: Path, qtbot: Any
) -> None:
    tag(window, CLAIM, Qt.Key.Key_3)
    link_by_key(window, qtbot, Qt.Key.Key_1, Qt.Key.Key_0)
    assert rows(db, LINKS) == [("SOURCE", CLAIM, "")]
    assert [(a.text, a.unnamed) for a in window.article.link_arcs] == [("unnamed source", True)]


def test_a_link_needs_a_claim_selected_and_says_so(window: MainWindow, db: Path) -> None:
    tag(window, AGENCY, Qt.Key.Key_1)
    QTest.keyClick(window.article, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert "Select a CLAIM first" in window.statusBar().currentMessage()
    assert rows(db, LINKS) == []


def right_click(window: MainWindow, needle: str) -> None:
    view = window.article
    start, end = find(window, needle)
    rect = view.span_rects(start, end)[0]
    point = rect.center().toPoint()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, view.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(view.viewport(), event)


def test_click_a_claim_then_right_click_its_place_to_link_it(window: MainWindow, db: Path) -> None:
    tag(window, "مدينة دير الزور", Qt.Key.Key_2)
    claim = tag(window, CLAIM, Qt.Key.Key_3)
    window.reading.select(claim)

    def link_about(menu: QMenu) -> None:
        menu.close()
        for action in menu.actions():
            if action.text().startswith("Link as ABOUT of"):
                action.trigger()

    answer_menu(link_about)
    right_click(window, "مدينة دير الزور")  # the place (its first occurrence)
    assert rows(db, LINKS) == [("ABOUT", CLAIM, "مدينة دير الزور")]


def test_deleting_a_linked_span_asks_and_undo_brings_back_both(
    window: MainWindow, db: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    agency = tag(window, AGENCY, Qt.Key.Key_1)
    tag(window, CLAIM, Qt.Key.Key_3)
    link_by_key(window, qtbot, Qt.Key.Key_1, Qt.Key.Key_1)
    asked: list[str] = []

    def say(answer: QMessageBox.StandardButton) -> Any:
        return lambda _p, _t, text, *_a: asked.append(text) or answer

    window.reading.select(agency)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(say(QMessageBox.StandardButton.No)))
    QTest.keyClick(window.article, Qt.Key.Key_Delete)
    assert "1 links" in asked[0] and rows(db, LINKS) == [("SOURCE", CLAIM, AGENCY)]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(say(QMessageBox.StandardButton.Yes)))
    QTest.keyClick(window.article, Qt.Key.Key_Delete)
    assert rows(db, LINKS) == [] and len(rows(db)) == 1
    QTest.keyClick(window.article, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(db, LINKS) == [("SOURCE", CLAIM, AGENCY)] and len(rows(db)) == 2


def test_relabelling_a_claim_drops_the_links_it_no_longer_fits_until_undone(
    window: MainWindow, db: Path, qtbot: Any
) -> None:
    tag(window, AGENCY, Qt.Key.Key_1)
    tag(window, CLAIM, Qt.Key.Key_3)
    link_by_key(window, qtbot, Qt.Key.Key_1, Qt.Key.Key_1)
    QTest.keyClick(window.article, Qt.Key.Key_2)  # the claim is now a PLACE
    assert rows(db, LINKS) == []
    QTest.keyClick(window.article, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(db, LINKS) == [("SOURCE", CLAIM, AGENCY)]


def test_the_claims_table_lists_who_said_what_filters_and_opens_the_claim(
    window: MainWindow, db: Path, qtbot: Any
) -> None:
    tag(window, AGENCY, Qt.Key.Key_1)
    claim = tag(window, CLAIM, Qt.Key.Key_3)
    link_by_key(window, qtbot, Qt.Key.Key_1, Qt.Key.Key_1)
    link_by_key(window, qtbot, Qt.Key.Key_2, Qt.Key.Key_Return)  # «ذكرت», tagged as a cue
    tag(window, "فقد تقدم الجيش أمس", Qt.Key.Key_3)
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(window.article, Qt.Key.Key_L, both)
    panel = window.claims_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    cells = {panel.model.item(r, 0).text(): [panel.model.item(r, c).text() for c in range(7)]
             for r in range(2)}  # fmt: skip
    assert cells[CLAIM][1:3] == [AGENCY, "ذكرت"] and cells[CLAIM][4].startswith("Al-Watan")
    assert cells["فقد تقدم الجيش أمس"][1] == ""  # no source linked yet
    panel.filter.setText("سانا")
    assert panel.filtered.rowCount() == 1 and panel.count.text() == "1 of 2"
    window.reading.select(0)
    panel.view.activated.emit(panel.filtered.index(0, 0))
    assert window.reading.selected_id == claim
    panel.scope.setCurrentIndex(1)  # all articles: the other article has no claims
    assert panel.model.rowCount() == 2
    panel.filter.clear()
    panel.sources.setCurrentIndex(panel.sources.findData("none"))  # claims still to attribute
    assert [panel.model.item(r, 0).text() for r in range(panel.model.rowCount())] == [
        "فقد تقدم الجيش أمس"
    ]  # fmt: skip


def test_the_review_pane_gives_link_agreement_with_a_colleague(
    make_window: Callable[..., MainWindow], db: Path, dialogs: Any, tmp_path: Path, qtbot: Any
) -> None:
    from tests.review_files import ARMY, OTHER_CLAIM, linked
    from tests.ui.conftest import review

    claims = [("CLAIM", CLAIM, 0), ("CLAIM", OTHER_CLAIM, 0)]
    mine = [("SOURCE", CLAIM, SANA), ("CUE", CLAIM, "ذكرت"), ("SOURCE", OTHER_CLAIM, None)]
    linked(db, "Layla", [*claims, ("ACTOR", SANA, 0), ("CUE", "ذكرت", 0)], mine)
    omar = linked(tmp_path / "omar.qari.sqlite", "Omar",
                  [*claims, ("ACTOR", SANA, 0), ("ACTOR", ARMY, 0)],
                  [("SOURCE", CLAIM, SANA), ("SOURCE", CLAIM, ARMY)])  # fmt: skip
    window = make_window(db)
    review(qtbot, window, dialogs, omar)
    figures = window.review_panel.figure_model
    qtbot.waitUntil(lambda: any(name == "Links" for name, _ in figures.rows), timeout=10000)
    row = [name for name, _ in figures.rows].index("Links")
    # exact: one of my three links found (the agency), one of Omar's two extra: P 1/2, R 1/3
    assert figures.text(row, 0) == "0.40" and figures.text(row, 2) == "—"


def test_link_differences_are_reviewed_and_decided_like_spans(
    make_window: Callable[..., MainWindow], db: Path, dialogs: Any, tmp_path: Path, qtbot: Any
) -> None:
    from reader.core.link_review import LinkDiffKind
    from tests.review_files import ARMY, linked
    from tests.ui.conftest import review

    linked(db, "Layla", [("CLAIM", CLAIM, 0), ("ACTOR", SANA, 0)], [("SOURCE", CLAIM, SANA)])
    omar = linked(tmp_path / "omar.qari.sqlite", "Omar",
                  [("CLAIM", CLAIM, 0), ("ACTOR", ARMY, 0), ("CUE", "ذكرت", 0)],
                  [("SOURCE", CLAIM, ARMY), ("CUE", CLAIM, "ذكرت")])  # fmt: skip
    window = make_window(db)
    review(qtbot, window, dialogs, omar)
    items = {it.kind: it for it in window.review.items}
    other, only_theirs = items[LinkDiffKind.OTHER_TARGET], items[LinkDiffKind.ONLY_THEIRS]
    row = window.review_panel.model.row_of(other)
    cells = [window.review_panel.model.index(row, c).data() for c in range(4)]
    assert cells[1] == "other link target" and "SOURCE" in cells[2] and "سانا" in cells[2]
    assert "الجيش العربي السوري" in cells[3]

    assert window.review.decide([other], Decision.ACCEPT) == 1
    # my link to the agency went; Omar's to the army is made, the army added as his
    assert rows(db, LINKS) == [("SOURCE", CLAIM, ARMY)]
    assert ("ACTOR", ARMY, "Omar") in rows(
        db, "SELECT l.name, a.text, a.origin_annotator FROM annotation a JOIN label l "
            "ON l.id = a.label_id"
    )  # fmt: skip
    QTest.keyClick(window.article, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(db, LINKS) == [("SOURCE", CLAIM, SANA)]  # one undo step took all back
    assert other.status.value == "open"

    assert window.review.decide([only_theirs], Decision.BOTH) == 1
    assert rows(db, LINKS) == [("SOURCE", CLAIM, SANA), ("CUE", CLAIM, "ذكرت")]
