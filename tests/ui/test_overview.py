"""The Overview pane and the article status, driven as a user would: the pane shows the
figures `reader stats` prints, a click on a bar lists what it counted and opens it, the
filters narrow it, charts save as PNG and SVG; Ctrl+D marks an article done."""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolTip

from reader import cli
from reader.core.progress import Status
from reader.settings import Settings
from reader.storage import reads
from reader.ui.document_model import DocumentListModel
from reader.ui.main_window import MainWindow
from reader.ui.overview.charts import Chart
from reader.ui.overview.figures import TITLES
from tests.overview_file import FIGURES, OMAR, SABAH, make_overview_file
from tests.ui.conftest import find, select_by_keyboard

MainWindowFactory = Callable[..., MainWindow]


@pytest.fixture
def omar(make_window: MainWindowFactory, tmp_path: Path) -> MainWindow:
    path = tmp_path / "overview.qari.sqlite"
    make_overview_file(path).close()
    settings = Settings.load()
    settings.annotator = OMAR
    return make_window(path, settings)


def open_overview(window: MainWindow, qtbot: Any) -> None:
    window.actions_["view.overview"].trigger()
    panel = window.overview_panel
    qtbot.waitUntil(lambda: panel.found is not None and all(c.isVisible() for c in panel.charts))


def chart(window: MainWindow, title: str) -> Chart:
    return window.overview_panel.charts[TITLES.index(title)]


def bars(c: Chart) -> list[tuple[str, int]]:
    return [(b.name, b.total) for b in c.data.bars]


def stats(path: Path, *extra: str) -> Any:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(["stats", "--db", str(path), "--json", *extra]) == 0
    return json.loads(out.getvalue())


def test_the_pane_shows_the_figures_reader_stats_prints(omar: MainWindow, qtbot: Any) -> None:
    open_overview(omar, qtbot)
    printed = stats(omar.session.file.path)
    assert bars(chart(omar, "Spans by label")) == FIGURES["by_label"]
    assert bars(chart(omar, "Spans by label")) == [
        (r["label"], r["spans"]) for r in printed["label"]
    ]
    assert bars(chart(omar, "Spans by annotator")) == [
        (r["annotator"], r["spans"]) for r in printed["annotator"]
    ]
    assert bars(chart(omar, "Articles by outlet")) == [
        (r["outlet"], r["articles"]) for r in printed["outlet"]
    ]
    assert bars(chart(omar, "Most frequent actors")) == FIGURES["top_actors"]
    assert bars(chart(omar, "Most frequent actors")) == [
        (r["name"], r["spans"]) for r in printed["top_actor"]
    ]
    assert bars(chart(omar, "Most frequent places")) == FIGURES["top_places"]
    assert bars(chart(omar, "Spans per day")) == [("2017-11-03", 6), ("2017-11-04", 4)]
    progress = {
        b.name: [s.value for s in b.segments] for b in chart(omar, "Annotator progress").data.bars
    }
    assert progress == {"Layla": [2, 1, 1], "Omar": [1, 2, 1]}  # to do, in progress, done
    summary = omar.overview_panel.summary.text()
    assert ">4</a> articles, 10 spans" in summary
    assert "1 to do" in summary and "2 in progress" in summary and "1 done" in summary


def click_bar(qtbot: Any, c: Chart, index: int = 0) -> None:
    c.repaint()  # where each bar is drawn is known once painted
    qtbot.waitUntil(lambda: bool(c.placed))
    centre = c.placed[index].rect.center().toPoint()
    QTest.mouseClick(c, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)


def test_a_click_on_a_bar_lists_what_it_counted_and_enter_opens_it(
    omar: MainWindow, qtbot: Any
) -> None:
    open_overview(omar, qtbot)
    click_bar(qtbot, chart(omar, "Most frequent places"))
    model = omar.overview_panel.matches
    listed = [model.item(r, 2).text() for r in range(model.rowCount())]
    assert listed == ["البوكمال", "البوكمال", "البُوكمال"]
    assert "3 listed" in omar.overview_panel.match_caption.text()
    view = omar.overview_panel.match_view
    view.setFocus()
    view.selectRow(2)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert omar.reading.document_id == 3
    selected = omar.reading.selected_record()
    assert selected is not None and (selected.label, selected.text) == ("PLACE", "البُوكمال")


def test_the_keyboard_walks_a_chart_and_enter_picks_a_bar(omar: MainWindow, qtbot: Any) -> None:
    open_overview(omar, qtbot)
    labels = chart(omar, "Spans by label")
    labels.repaint()
    labels.setFocus()
    qtbot.waitUntil(labels.hasFocus)
    QTest.keyClick(labels, Qt.Key.Key_Down)
    assert QToolTip.text() == "\u200ePLACE\u200e: 3 spans"  # worded when it is shown
    QTest.keyClick(labels, Qt.Key.Key_Return)
    model = omar.overview_panel.matches
    assert {model.item(r, 1).text() for r in range(model.rowCount())} == {"PLACE"}
    assert model.rowCount() == 3


def test_the_filters_narrow_every_figure(omar: MainWindow, qtbot: Any) -> None:
    open_overview(omar, qtbot)
    panel = omar.overview_panel
    panel.outlet.setCurrentIndex(panel.outlet.findData(SABAH))
    assert bars(chart(omar, "Spans by label")) == [("ACTOR", 2), ("PLACE", 2)]
    assert bars(chart(omar, "Spans by label")) == [
        (r["label"], r["spans"]) for r in stats(omar.session.file.path, "--outlet", SABAH)["label"]
    ]
    panel.reset_filters()
    panel.status.setCurrentIndex(panel.status.findData(Status.DONE))
    assert panel.found is not None and (panel.found.articles, panel.found.spans) == (1, 6)
    panel.reset_filters()
    assert panel.found is not None and panel.found.articles == 4


def test_a_chart_saves_as_png_and_svg_with_its_arabic_names(
    omar: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    open_overview(omar, qtbot)
    places = chart(omar, "Most frequent places")
    assert omar.overview_panel.save_chart(places, "PNG", tmp_path / "places.png")
    assert omar.overview_panel.save_chart(places, "SVG", tmp_path / "places.svg")
    image = QImage(str(tmp_path / "places.png"))
    assert not image.isNull() and image.width() >= 640
    svg = (tmp_path / "places.svg").read_text(encoding="utf-8")
    assert "Most frequent places" in svg and "البوكمال" in svg


def test_ctrl_d_marks_the_article_done_and_undo_takes_it_back(omar: MainWindow, qtbot: Any) -> None:
    documents = omar.documents
    omar.documents.choose(2)
    qtbot.waitUntil(lambda: omar.reading.document_id == 2)
    row = documents.model.row_of(2)
    status = documents.model.index(row, DocumentListModel.STATUS)
    assert status.data(Qt.ItemDataRole.AccessibleTextRole) == "In progress"
    omar.article.setFocus()
    QTest.keyClick(omar.article, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert status.data(Qt.ItemDataRole.AccessibleTextRole) == "Done"
    reader = omar.session.file.reader
    assert reads.statuses(reader, OMAR, [2]) == {2: Status.DONE}
    documents.status_filter.setCurrentIndex(documents.status_filter.findData(Status.DONE))
    shown = [documents.model.document_at(r).id for r in range(documents.model.rowCount())]
    assert shown == [1, 2]
    assert documents.count_label.text() == "2 of 4 articles"
    documents.status_filter.setCurrentIndex(0)
    omar.actions_["edit.undo"].trigger()
    assert reads.statuses(reader, OMAR, [2]) == {2: Status.IN_PROGRESS}
    status = documents.model.index(documents.model.row_of(2), DocumentListModel.STATUS)
    qtbot.waitUntil(  # once the list, filtered anew, is shown
        lambda: status.data(Qt.ItemDataRole.AccessibleTextRole) == "In progress"
    )


def test_a_first_tag_turns_to_do_into_in_progress_in_the_list(omar: MainWindow, qtbot: Any) -> None:
    documents = omar.documents
    documents.choose(4)
    qtbot.waitUntil(lambda: omar.reading.document_id == 4)
    status = documents.model.index(documents.model.row_of(4), DocumentListModel.STATUS)
    assert status.data(Qt.ItemDataRole.AccessibleTextRole) == "To do"
    omar.article.setFocus()
    select_by_keyboard(omar, *find(omar, "دير الزور"))
    QTest.keyClick(omar.article, Qt.Key.Key_2)
    assert status.data(Qt.ItemDataRole.AccessibleTextRole) == "In progress"
    omar.actions_["edit.undo"].trigger()
    assert status.data(Qt.ItemDataRole.AccessibleTextRole) == "To do"


def test_the_overview_follows_edits_while_open(omar: MainWindow, qtbot: Any) -> None:
    open_overview(omar, qtbot)
    omar.documents.choose(4)
    qtbot.waitUntil(lambda: omar.reading.document_id == 4)
    select_by_keyboard(omar, *find(omar, "دير الزور"))
    QTest.keyClick(omar.article, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: omar.overview_panel.found is not None
                    and omar.overview_panel.found.spans == 11, timeout=3000)  # fmt: skip
    assert bars(chart(omar, "Most frequent places")) == [("البوكمال", 3), ("دير الزور", 1)]


def test_an_overview_left_open_is_open_again_at_the_next_start(
    omar: MainWindow, make_window: MainWindowFactory, qtbot: Any
) -> None:
    # The pane is built when first shown, by its action or by the layout restored.
    open_overview(omar, qtbot)
    path = omar.session.file.path
    omar.close()  # keeps the layout
    again = make_window(path, Settings.load())
    qtbot.waitUntil(lambda: again.overview_dock.isVisible(), timeout=3000)
    assert again.overview_dock.built  # by being shown, not by being asked for
    panel = again.overview_panel
    qtbot.waitUntil(lambda: panel.found is not None, timeout=3000)
    assert (panel.found.articles, panel.found.spans) == (FIGURES["articles"], FIGURES["spans"])
