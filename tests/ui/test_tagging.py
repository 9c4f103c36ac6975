from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from reader.core.annotations import draft_span
from reader.storage import repository
from reader.ui.main_window import MainWindow
from reader.ui.theme import tint
from tests.ui.conftest import argb, covered, find, painted, rows, select_by_keyboard


def test_select_press_2_then_undo_and_redo(window: MainWindow, db: Path) -> None:
    start, end = find(window, "البوكمال")
    select_by_keyboard(window, start, end)
    QTest.keyClick(window.article, Qt.Key.Key_2)

    saved = rows(db)
    assert [(r[1], r[2], r[3], r[4]) for r in saved] == [("PLACE", start, end, "البوكمال")]
    assert window.reading.annotations.rowCount() == 1
    assert "All changes saved" in window.save_status.text()
    assert window.reading.selected_id == saved[0][0]

    QTest.keyClick(window.article, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(db) == []
    assert window.reading.annotations.rowCount() == 0
    assert covered(window, start, end) == []

    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(window.article, Qt.Key.Key_Z, redo)
    assert rows(db) == saved  # the same annotation, same id, back in the file


def test_partial_selection_snaps_to_the_word(window: MainWindow, db: Path) -> None:
    start, end = find(window, "«التحالف الدولي»")
    select_by_keyboard(window, start, end - 3)  # from the guillemet into the last word
    QTest.keyClick(window.article, Qt.Key.Key_1)
    assert [(r[1], r[4]) for r in rows(db)] == [("ACTOR", "التحالف الدولي")]


def test_arabic_indic_digit_tags_under_an_arabic_layout(window: MainWindow, db: Path) -> None:
    start, end = find(window, "دير الزور")
    select_by_keyboard(window, start, end)
    # The 3 key on an Arabic layout: key code and text are the Arabic-Indic digit ٣.
    QTest.sendKeyEvent(
        QTest.KeyAction.Click, window.article, Qt.Key(0x0663), "٣", Qt.KeyboardModifier.NoModifier
    )
    assert [(r[1], r[2], r[3]) for r in rows(db)] == [("CLAIM", start, end)]


def test_new_window_draws_the_highlight_on_the_same_characters(
    make_window, db: Path, qtbot
) -> None:
    first = make_window()
    start, end = find(first, "الحدود السورية العراقية")
    select_by_keyboard(first, start, end)
    QTest.keyClick(first.article, Qt.Key.Key_2)
    first.close()

    second = make_window()
    assert (
        second.reading.document is not None
        and second.reading.document.text.index("الحدود") == start
    )
    colours = covered(second, start, end)
    place = argb(tint("#56B4E9", 0.42))
    assert colours and all(c == place for c, _ in colours)
    a, b = second.article.to_position(start), second.article.to_position(end)
    painted_span = [(s, e) for s, e, _c, _u in painted(second)]
    assert min(s for s, _ in painted_span) == a and max(e for _, e in painted_span) == b
    assert covered(second, end, end + 1) == []  # nothing spills past the span


def test_character_outside_bmp_before_the_span(window: MainWindow, db: Path) -> None:
    text = "😀 قال المتحدث رايان ديلون إن «التحالف» يتقدم\nسطر 𝔸 ثان فيه دير الزور"
    with window.session.file.session() as s:
        repository.add_documents(
            s,
            [{"sha256": "e" * 64, "title": "emoji", "char_count": len(text),
              "added_at": "2026-11-21T00:00:00Z", "text": text, "header_lines": 0}],
        )  # fmt: skip
    window.actions_["view.refresh"].trigger()  # what a user does to see it
    window.documents.view.selectRow(window.documents.model.row_of(3))
    assert window.reading.document is not None and window.reading.document.text == text
    start = text.index("ديلون")
    # Qt counts the emoji as two units: the view's position is one past the code point.
    assert window.article.to_position(start) == start + 1
    select_by_keyboard(window, start, start + 5)
    QTest.keyClick(window.article, Qt.Key.Key_1)
    second = text.index("دير الزور")
    select_by_keyboard(window, second, second + 9)
    QTest.keyClick(window.article, Qt.Key.Key_2)
    assert [(r[1], r[2], r[3], r[4]) for r in rows(db)] == [
        ("ACTOR", start, start + 5, "ديلون"),
        ("PLACE", second, second + 9, "دير الزور"),
    ]
    assert covered(window, second, second + 9)


def test_overlapping_spans_stay_visible(window: MainWindow, db: Path) -> None:
    doc = window.reading.document
    assert doc is not None
    claim = find(window, "أن مدينة دير الزور تعرضت ظهر أمس لعاصفة غبارية")
    place = find(window, "مدينة دير الزور", 2)
    inner = (place[1] - len("دير الزور"), place[1])
    assert claim[0] < place[0] < inner[0] < inner[1] == place[1] < claim[1]
    for label, (a, b) in (("CLAIM", claim), ("PLACE", place), ("PLACE", inner)):
        select_by_keyboard(window, a, b)
        QTest.keyClick(window.article, getattr(Qt.Key, f"Key_{'3' if label == 'CLAIM' else '2'}"))
    assert len(rows(db)) == 3
    place_tint, claim_tint = argb(tint("#56B4E9", 0.42)), argb(tint("#CC79A7", 0.16))
    # Places inside the claim: place background and the claim's underline, both; the
    # place nested in the other place is a deeper tint, so both stay distinguishable.
    nested_tint = argb(tint("#56B4E9", 0.62))
    assert set(covered(window, place[0], inner[0] - 1)) == {(place_tint, True)}
    assert set(covered(window, inner[0], inner[1])) == {(nested_tint, True)}
    # Claim-only text: the claim's tint and underline.
    assert set(covered(window, claim[0], place[0])) == {(claim_tint, True)}
    # Clicking inside the nested place selects the innermost span, then cycles outward.
    ids = window.article.annotations_at(inner[0] + 1)
    assert [
        window.reading.annotations.record_at(window.reading.annotations.row_of(i)).text for i in ids
    ] == [
        "دير الزور",
        "مدينة دير الزور",
        "أن مدينة دير الزور تعرضت ظهر أمس لعاصفة غبارية",
    ]


def test_click_on_highlight_selects_its_row_and_row_reveals_highlight(
    window: MainWindow, qtbot
) -> None:
    doc = window.reading.document
    assert doc is not None
    with window.session.file.session() as s:
        a, b = find(window, "وكالة «سانا» للأنباء")
        repository.add_annotation(s, draft_span(doc.id, doc.text, a, b, "ACTOR"), "Layla")
        c, d = find(window, "دير الزور", 3)
        far = repository.add_annotation(s, draft_span(doc.id, doc.text, c, d, "PLACE"), "Sami")
    window.show_document(doc.id)
    view = window.article
    rect = view.cursorRect(view.textCursor())
    cursor = view.textCursor()
    cursor.setPosition(view.to_position(a + 3))
    view.ensureCursorVisible()
    rect = view.cursorRect(cursor)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    row = window.annotations.view.currentIndex()
    assert row.isValid() and row.siblingAtColumn(1).data() == "وكالة «سانا» للأنباء"
    assert len(view.extraSelections()) == 1

    proxy_row = window.annotations.filtered.mapFromSource(
        window.reading.annotations.index(window.reading.annotations.row_of(far.id), 0)
    )
    window.annotations.view.setCurrentIndex(proxy_row)
    assert window.reading.selected_id == far.id
    selection = view.extraSelections()[0]
    assert (selection.cursor.selectionStart(), selection.cursor.selectionEnd()) == (
        view.to_position(c),
        view.to_position(d),
    )
    assert view.cursorRect().intersects(view.viewport().rect())  # scrolled into view


def test_clicking_again_steps_out_and_marks_only_that_row(window: MainWindow) -> None:
    place = find(window, "مدينة دير الزور")
    inner = (place[1] - len("دير الزور"), place[1])
    for a, b in (place, inner):
        select_by_keyboard(window, a, b)
        QTest.keyClick(window.article, Qt.Key.Key_2)
    window.article_pane.deselect()
    view = window.article
    cursor = view.textCursor()
    cursor.setPosition(view.to_position(inner[0] + 2))
    point = view.cursorRect(cursor).center()
    texts = []
    for _ in range(2):  # the inner place, then the place around it
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        marked = window.annotations.view.selectionModel().selectedRows()
        assert len(marked) == 1
        texts.append(marked[0].siblingAtColumn(1).data())
    assert texts == ["دير الزور", "مدينة دير الزور"]
