"""The article keeps a readable line: side panes and the Review pane give way first, and
one key (F11) hides everything around the text and brings it back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtTest import QTest

from reader.ui.main_window import MainWindow
from tests.review_files import make_file
from tests.ui.conftest import Dialogs, review

# Plain news prose; 35 of its characters are the narrowest line a reader should get.
PROSE = "قالت الوكالة إن الجيش واصل تقدمه في أحياء المدينة الشرقية"


def line_of_35(window: MainWindow) -> float:
    metrics = QFontMetricsF(window.article.font())
    return metrics.horizontalAdvance(PROSE) / len(PROSE) * 35


def lines_shown(window: MainWindow) -> float:
    return window.article.viewport().height() / QFontMetricsF(window.article.font()).lineSpacing()


def settle_at(qtbot: Any, window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() <= width, timeout=3000)
    QTest.qWait(50)


def test_a_small_window_squeezes_the_side_panes_not_the_text(
    window: MainWindow, qtbot: Any
) -> None:
    settle_at(qtbot, window, 800, 560)
    assert window.width() == 800
    assert window.article.viewport().width() >= line_of_35(window)
    assert window.documents.isVisible() and window.annotations.isVisible()
    # The annotation's text column is whole in view (its start is the right end of
    # Arabic text): the columns after it scroll instead.
    table = window.annotations.view
    header, text = table.horizontalHeader(), window.reading.annotations.TEXT
    right_edge = header.sectionViewportPosition(text) + header.sectionSize(text)
    assert header.sectionViewportPosition(text) >= 0
    assert right_edge <= table.viewport().width()
    # Larger text asks for a wider line: the side panes give it up.
    before = window.documents.width() + window.annotations.width()
    for _ in range(3):
        window.actions_["view.zoom_in"].trigger()
    QTest.qWait(50)
    assert window.article.viewport().width() >= line_of_35(window)
    assert window.documents.width() + window.annotations.width() < before


def test_the_review_pane_fits_a_small_window_and_leaves_lines_to_read(
    make_window: Callable[..., MainWindow], db: Path, tmp_path: Path, dialogs: Dialogs, qtbot: Any
) -> None:
    make_file(db, "Me", [("الجيش", "ACTOR")])
    colleague = make_file(tmp_path / "layla.qari.sqlite", "Layla", [("الجيش", "PLACE")])
    window = make_window(db)
    review(qtbot, window, dialogs, colleague)
    assert window.review_dock.isVisible()
    assert window.minimumSizeHint().width() <= 800  # the window can still be made that small
    settle_at(qtbot, window, 800, 560)
    assert window.width() == 800 and window.height() == 560
    assert window.article.viewport().width() >= line_of_35(window)
    assert lines_shown(window) >= 4
    settle_at(qtbot, window, 1366, 768)
    assert lines_shown(window) >= 8  # the pane opened at a third of the height, not half


def test_f11_hides_everything_around_the_text_and_brings_it_back(
    window: MainWindow, qtbot: Any
) -> None:
    window.actions_["edit.search"].trigger()
    assert window.search_dock.isVisible()
    around = [window.documents, window.annotations, window.tool_bar, window.search_dock]
    text_width = window.article.width()
    QTest.keyClick(window.article, Qt.Key.Key_F11)
    assert not any(part.isVisible() for part in around)
    qtbot.waitUntil(lambda: window.article.width() > text_width, timeout=3000)
    QTest.keyClick(window.article, Qt.Key.Key_F11)
    assert all(part.isVisible() for part in around)
    assert not window.review_dock.isVisible()  # only what was shown comes back
