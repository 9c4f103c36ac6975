"""Reviewing a colleague's file in the window, driven by keys and actions as a user would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from reader.core.decisions import Status
from reader.core.review import DiffKind
from reader.settings import Settings
from reader.ui.main_window import MainWindow
from tests.review_files import digest, make_file
from tests.ui.conftest import Dialogs, review, rows, table_records

MINE = [("الجيش", "ACTOR"), ("البوكمال", "PLACE"), ("دير الزور", "PLACE")]
LAYLA = [("الجيش", "ACTOR"), ("البوكمال", "ACTOR"), ("دير", "PLACE"), ("سورية", "PLACE")]

ORIGIN_ROWS = (
    "SELECT l.name, a.text, a.origin_annotator, a.origin_file FROM annotation a "
    "JOIN label l ON l.id = a.label_id ORDER BY a.start, l.name"
)


@pytest.fixture
def reviewing(
    make_window: Callable[..., MainWindow],
    db: Path,
    tmp_path: Path,
    dialogs: Dialogs,
    qtbot: Any,
) -> tuple[MainWindow, Path]:
    colleague = mine_and_laylas(db, tmp_path)
    settings = Settings.load()
    settings.annotator = "Me"
    window = make_window(db, settings)
    review(qtbot, window, dialogs, colleague)
    return window, colleague


def mine_and_laylas(db: Path, tmp_path: Path) -> Path:
    """My file (MINE) at `db` and Layla's (LAYLA) beside it, whose path is returned."""
    make_file(db, "Me", MINE)
    return make_file(tmp_path / "layla.qari.sqlite", "Layla", LAYLA)


def settled(qtbot: Any, window: MainWindow) -> None:
    """Colleagues' files are read, and agreement computed, in the background."""
    qtbot.waitUntil(lambda: not window.review.busy, timeout=10000)


def key(window: MainWindow, k: Qt.Key, mods: Any = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(window.article, k, mods)


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_step_to_a_difference_accept_theirs_and_undo(reviewing, db: Path) -> None:
    window, colleague = reviewing
    before = digest(colleague)
    assert window.review_dock.isVisible()
    kinds = [it.kind for it in window.review_panel.shown_items()]
    assert kinds == [DiffKind.OTHER_LABEL, DiffKind.ONLY_THEIRS, DiffKind.OTHER_BOUNDARY]

    assert window.review.current is not None  # the first difference is shown on opening
    assert window.review.current.kind is DiffKind.OTHER_LABEL
    key(window, Qt.Key.Key_F8)
    item = window.review.current
    assert item is not None and item.kind is DiffKind.ONLY_THEIRS
    assert window.article.caret_offset() == item.start  # the article shows it

    key(window, Qt.Key.Key_A, CTRL_SHIFT)
    assert item.status is Status.ACCEPTED
    assert ("PLACE", "سورية", "Layla", "layla.qari.sqlite") in rows(db, ORIGIN_ROWS)

    window.actions_["edit.undo"].trigger()
    assert item.status is Status.OPEN
    assert all(text != "سورية" for _, text, *_ in rows(db, ORIGIN_ROWS))
    assert digest(colleague) == before


def test_accept_theirs_relabels_and_reshapes_my_spans(reviewing, db: Path) -> None:
    window, _ = reviewing
    # First shown: other label, my PLACE البوكمال against their ACTOR.
    key(window, Qt.Key.Key_A, CTRL_SHIFT)
    key(window, Qt.Key.Key_F8)  # «سورية», only theirs: left open
    key(window, Qt.Key.Key_F8)
    assert window.review.current is not None
    assert window.review.current.kind is DiffKind.OTHER_BOUNDARY
    key(window, Qt.Key.Key_A, CTRL_SHIFT)
    on_disk = rows(db, ORIGIN_ROWS)
    assert ("ACTOR", "البوكمال", "Layla", "layla.qari.sqlite") in on_disk
    assert ("PLACE", "دير", "Layla", "layla.qari.sqlite") in on_disk
    assert all(text != "دير الزور" for _, text, *_ in on_disk)
    # The window shows what the file holds.
    shown = {(r.label, r.text) for r in table_records(window)}
    assert {("ACTOR", "البوكمال"), ("PLACE", "دير")} <= shown


def test_keep_mine_and_take_both(reviewing, db: Path) -> None:
    window, _ = reviewing
    before = rows(db, ORIGIN_ROWS)
    key(window, Qt.Key.Key_K, CTRL_SHIFT)  # keep my PLACE البوكمال: the file is unchanged
    assert rows(db, ORIGIN_ROWS) == before
    key(window, Qt.Key.Key_F8)  # «سورية», only theirs: left open
    key(window, Qt.Key.Key_F8)
    key(window, Qt.Key.Key_B, CTRL_SHIFT)  # take both boundaries of دير الزور
    after = rows(db, ORIGIN_ROWS)
    assert ("PLACE", "دير الزور", "", "") in after
    assert ("PLACE", "دير", "Layla", "layla.qari.sqlite") in after
    statuses = [it.status for it in window.review_panel.shown_items()]
    assert statuses == [Status.KEPT, Status.OPEN, Status.BOTH]


def test_one_class_at_once_is_one_undo_step(reviewing, db: Path) -> None:
    window, _ = reviewing
    panel = window.review_panel
    panel.kind_box.setCurrentIndex(panel.kind_box.findData(DiffKind.ONLY_THEIRS.value))
    from reader.core.decisions import Decision

    panel.decide_all(Decision.ACCEPT)
    assert ("PLACE", "سورية", "Layla", "layla.qari.sqlite") in rows(db, ORIGIN_ROWS)
    window.actions_["edit.undo"].trigger()
    assert all(text != "سورية" for _, text, *_ in rows(db, ORIGIN_ROWS))


def test_agreement_figures_follow_decisions(reviewing, qtbot: Any) -> None:
    window, _ = reviewing
    panel = window.review_panel
    panel.scope.setCurrentIndex(1)  # all matched articles

    def overall_exact_f1() -> str:
        model = panel.figure_model
        return model.text(model.rowCount() - 1, 0) if model.rowCount() else ""

    # mine 3 spans, theirs 4, 1 exact match: P 1/4, R 1/3, F1 2/7.
    qtbot.waitUntil(lambda: overall_exact_f1() == "0.29", timeout=5000)
    assert panel.figure_model.headerData(panel.figure_model.rowCount() - 1,
                                         Qt.Orientation.Vertical, 0) == "Overall"  # fmt: skip
    for _ in range(3):
        key(window, Qt.Key.Key_A, CTRL_SHIFT)
        key(window, Qt.Key.Key_F8)
    # Figures are recomputed once the edits settle (a timer), so wait for them.
    qtbot.waitUntil(lambda: overall_exact_f1() == "1.00", timeout=5000)


def test_colleagues_spans_are_outlined_on_their_words(reviewing) -> None:
    window, _ = reviewing
    view = window.article
    text = window.reading.document.text if window.reading.document else ""
    overlay = next(o for o in view.overlays if text[o.start : o.end] == "سورية")
    rects = view.overlay_rects(overlay)
    assert rects
    from PySide6.QtGui import QTextCursor

    for offset in (overlay.start, overlay.end):
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.to_position(offset))
        caret = view.cursorRect(cursor).center()
        assert any(r.adjusted(-2, 0, 2, 0).contains(caret) for r in rects)


def test_three_annotators_show_a_key_and_group_figures(
    reviewing, tmp_path: Path, dialogs: Dialogs, qtbot: Any
) -> None:
    window, _ = reviewing
    omar = make_file(tmp_path / "omar.qari.sqlite", "Omar", MINE)
    dialogs.open_paths = [str(omar)]
    window.review_panel.add_button.click()
    settled(qtbot, window)
    panel = window.review_panel
    assert "Layla" in panel.key.text() and "Omar" in panel.key.text()
    assert panel.colleague_box.count() == 2
    assert panel.group.text().startswith("All 3 annotators")
    lanes = {o.lane for o in window.article.overlays}
    assert lanes == {0, 1}


def test_bad_colleague_file_is_refused_and_nothing_changes(
    make_window: Callable[..., MainWindow],
    db: Path,
    tmp_path: Path,
    dialogs: Dialogs,
    qtbot: Any,
) -> None:
    make_file(db, "Me", MINE)
    bad = tmp_path / "bad.qari.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(200))
    before_bad = digest(bad)
    window = make_window(db)
    before_mine = rows(db, ORIGIN_ROWS)
    dialogs.open_paths = [str(bad)]
    window.actions_["file.review"].trigger()
    settled(qtbot, window)
    assert dialogs.said("Cannot review this file", str(bad))
    assert not window.review_dock.isVisible()
    assert digest(bad) == before_bad
    assert rows(db, ORIGIN_ROWS) == before_mine
    window.close()


def test_review_models_pass_qt_model_checks(reviewing, qtbot: Any, qtmodeltester) -> None:
    window, _ = reviewing
    panel = window.review_panel
    panel.scope.setCurrentIndex(1)
    qtbot.waitUntil(lambda: panel.figure_model.rowCount() == 5, timeout=5000)  # 4 labels + all
    for model in (panel.model, panel.filtered, panel.figure_model):
        qtmodeltester.check(model)


def test_review_keys_are_in_the_registry_and_the_shortcuts_list(
    reviewing, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.ui import actions
    from reader.ui.dialogs import ShortcutsDialog

    window, _ = reviewing
    shown: list[ShortcutsDialog] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.actions_["help.keys"].trigger()
    [dialog] = shown
    listed = dialog.browser.toPlainText()
    for spec in (*actions.STACK_SPECS, *actions.SPECS):
        if spec.keys:  # every action with keys, by its name and its first key
            assert spec.text.replace("&", "") in listed, spec.name
    keys = {"review.next": "F8", "review.previous": "Shift+F8", "review.accept": "Ctrl+Shift+A",
            "review.keep": "Ctrl+Shift+K", "review.both": "Ctrl+Shift+B"}  # fmt: skip
    rows = [(k, w.split(":")[0]) for k, w in dialog.rows]
    for name, key in keys.items():
        action = window.actions_[name]
        assert action.shortcut().toString() == key
        assert (key, action.text()) in rows
    assert ("1 / ١ / ۱", "Tag as ACTOR") in rows
    assert ("Alt+1 / Alt+١ / Alt+۱", "Link the selected CLAIM to its SOURCE (then a digit or "
            "Enter)") in rows  # fmt: skip


def test_deciding_then_f8_visits_every_open_difference_once(reviewing, db: Path) -> None:
    window, _ = reviewing
    panel = window.review_panel
    visited = []
    for decision in (Qt.Key.Key_A, Qt.Key.Key_K, Qt.Key.Key_B):
        item = window.review.current
        assert item is not None and item.status is Status.OPEN
        visited.append(item.kind)
        key(window, decision, CTRL_SHIFT)
        assert window.review.current is item  # the decided one stays selected
        assert "F8 goes to the next difference" in window.statusBar().currentMessage()
        key(window, Qt.Key.Key_F8)
    assert visited == [DiffKind.OTHER_LABEL, DiffKind.ONLY_THEIRS, DiffKind.OTHER_BOUNDARY]
    assert all(it.status is not Status.OPEN for it in panel.shown_items())
    assert "No open differences left" in window.statusBar().currentMessage()


def test_an_accepted_span_shows_whom_and_when_it_came_from(
    reviewing, db: Path, tmp_path: Path
) -> None:
    import csv

    from reader.formats.registry import by_name
    from reader.services.exchange import export_annotations

    window, _ = reviewing
    key(window, Qt.Key.Key_A, CTRL_SHIFT)  # other label: my PLACE البوكمال becomes ACTOR
    model = window.reading.annotations
    [row] = [r for r in range(model.rowCount()) if model.record_at(r).text == "البوكمال"]
    shown = model.index(row, model.ORIGIN).data()
    assert shown.startswith("Layla · ") and len(shown) > len("Layla · ")
    tip = model.index(row, model.TEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert "Accepted in review from Layla (layla.qari.sqlite) on " in tip
    own = [r for r in range(model.rowCount()) if model.record_at(r).text == "الجيش"]
    assert own and model.index(own[0], model.ORIGIN).data() == ""
    # A later note does not make it look accepted later.
    accepted_at = rows(db, "SELECT origin_at FROM annotation WHERE text = 'البوكمال'")[0][0]
    window.editor.set_note(model.record_at(row).id, "checked")
    assert rows(db, "SELECT origin_at, note FROM annotation WHERE text = 'البوكمال'") == [
        (accepted_at, "checked")
    ]

    out = tmp_path / "out.csv"
    export_annotations(window.session.file, by_name("csv"), out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        cells = {r["text"]: r for r in csv.DictReader(fh)}
    assert (cells["البوكمال"]["accepted_from"], cells["البوكمال"]["accepted_from_file"]) == (
        "Layla", "layla.qari.sqlite"
    )  # fmt: skip
    assert cells["البوكمال"]["accepted_at"] == accepted_at
    assert cells["الجيش"]["accepted_from"] == cells["الجيش"]["accepted_at"] == ""


def test_the_review_says_where_the_colleague_and_i_each_stand_with_the_article(
    make_window: Callable[..., MainWindow],
    db: Path,
    tmp_path: Path,
    dialogs: Dialogs,
    qtbot: Any,
) -> None:
    from reader.core.progress import Status as ArticleStatus
    from reader.services.annotation_files import open_annotation_file
    from reader.storage import progress

    make_file(db, "Me", MINE)
    colleague = make_file(tmp_path / "omar.qari.sqlite", "Omar", LAYLA)
    theirs = open_annotation_file(colleague)
    with theirs.session() as s:
        progress.set_status(s, {1: ArticleStatus.DONE}, "Omar")
    theirs.close()
    settings = Settings.load()
    settings.annotator = "Me"
    window = make_window(db, settings)
    window.documents.choose(1)
    review(qtbot, window, dialogs, colleague)
    line = window.review_panel.progress_line
    assert line.text().endswith("Omar marked it done; you are working on it")
    key(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert line.text().endswith("Omar marked it done; you marked it done")
    window.documents.choose(2)
    qtbot.waitUntil(lambda: window.reading.document_id == 2)
    assert line.text().endswith("Omar has not started; you have not started")


def test_a_pane_shown_before_the_review_widens_to_its_colleague(
    make_window: Callable[..., MainWindow],
    db: Path,
    tmp_path: Path,
    dialogs: Dialogs,
    qtbot: Any,
) -> None:
    """A layout restored from the last session can show the Review pane at start, with
    nobody in it yet: the colleague chosen later is still readable in full, not cut to a
    few letters."""
    colleague = mine_and_laylas(db, tmp_path)
    window = make_window(db)
    window.review_dock.show()  # as a restored layout does, before any review
    qtbot.waitUntil(lambda: window.review_panel.colleague_box.isVisible())
    review(qtbot, window, dialogs, colleague)
    box = window.review_panel.colleague_box
    qtbot.waitUntil(lambda: box.currentText().startswith("Layla"))
    text_width = box.fontMetrics().horizontalAdvance(box.currentText())
    qtbot.waitUntil(lambda: box.width() > text_width, timeout=3000)


def test_a_review_is_busy_until_its_figures_are_shown(reviewing, qtbot: Any) -> None:
    """`reader --screenshot --review` waits while the review is busy: figures scheduled
    but not yet started count, or the picture shows an empty figures table."""
    window, _ = reviewing
    panel = window.review_panel
    assert panel.figure_model.rowCount() > 0  # `reviewing` waited until not busy
    window.review.schedule_figures()
    assert window.review.busy
    qtbot.waitUntil(lambda: not window.review.busy, timeout=10000)
    assert panel.figure_model.rowCount() > 0
