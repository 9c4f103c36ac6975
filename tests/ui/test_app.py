from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStatusBar, QWidget

from reader.formats.csv_format import read_csv
from reader.services.annotation_files import open_annotation_file
from reader.settings import Settings
from reader.storage import repository
from reader.ui import icons
from reader.ui.document_model import DocumentListModel
from reader.ui.main_window import MainWindow
from reader.ui.models import AnnotationTableModel
from tests.conftest import REPO
from tests.ui.conftest import (
    Dialogs,
    find,
    rows,
    select_by_keyboard,
    table_records,
    wait_for_export,
    wait_for_import,
)


def test_export_csv_from_the_menu_parses_back(
    window: MainWindow, db: Path, dialogs: Dialogs, tmp_path: Path, qtbot: Any
) -> None:
    for needle, key in (("الجيش العربي السوري", Qt.Key.Key_1), ("البوكمال", Qt.Key.Key_2)):
        select_by_keyboard(window, *find(window, needle))
        QTest.keyClick(window.article, key)
    dialogs.save_path = str(tmp_path / "out.csv")
    window.actions_["file.export"].trigger()
    wait_for_export(qtbot, window)
    assert dialogs.said("2 annotations written")
    exported = read_csv(tmp_path / "out.csv")
    with window.session.file.session() as s:
        assert exported == list(repository.iter_export_rows(s))
    assert [(r.label, r.text) for r in exported] == [  # in text order
        ("PLACE", "البوكمال"),
        ("ACTOR", "الجيش العربي السوري"),
    ]
    assert exported[0].document_id == window.reading.document.sha256  # type: ignore[union-attr]
    with (tmp_path / "out.csv").open(encoding="utf-8-sig") as fh:
        assert len(list(csv.reader(fh))) == 3


def test_import_from_the_menu_names_refused_files(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path, qtbot: Any
) -> None:
    good = tmp_path / "new.txt"
    good.write_text("عنوان جديد\nالكاتب\nنص المقال", encoding="utf-8")
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9".encode("latin-1"))
    dialogs.open_paths = [str(bad), str(good)]
    shown = window.reading.document.id  # type: ignore[union-attr]
    window.actions_["file.import"].trigger()
    wait_for_import(qtbot, window)
    assert dialogs.said("1 added, 0 already present, 1 refused", f"{bad}: not valid UTF-8")
    last = window.documents.model.rowCount() - 1
    assert window.documents.model.document_at(last).title == "عنوان جديد"
    assert window.reading.document is not None and window.reading.document.id == shown


def test_font_size_and_layout_are_remembered(make_window) -> None:
    first = make_window()
    first.resize(780, 560)  # inside the offscreen screen, so restoring needs no clamping
    size = first.settings.font_size
    QTest.keyClick(first.article, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(first.article, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert first.article.font().pointSizeF() == size + 2
    first.splitter.setSizes([150, 400, 200])
    first.documents.view.selectRow(1)
    sizes = first.splitter.sizes()
    assert sizes[0] < sizes[2] < sizes[1]
    first.close()

    second = make_window(settings=Settings.load())
    assert second.article.font().pointSizeF() == size + 2
    assert second.splitter.sizes() == sizes
    assert second.documents.view.currentIndex().row() == 1  # the article last read


def test_article_renders_right_to_left_in_the_bundled_font(window: MainWindow) -> None:
    view = window.article
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    option = view.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert view.font().family() == "Amiri"
    # A paragraph that opens with digits and Latin still reads right to left.
    block = view.document().begin()
    assert block.layout().textOption().textDirection() == Qt.LayoutDirection.RightToLeft


def test_annotator_name_is_asked_and_kept(window: MainWindow, dialogs: Dialogs) -> None:
    dialogs.text_answer = ("Sami", True)
    window.actions_["file.annotator"].trigger()
    assert Settings.load().annotator == "Sami"
    select_by_keyboard(window, *find(window, "البوكمال"))
    QTest.keyClick(window.article, Qt.Key.Key_2)
    assert window.reading.annotations.record_at(0).annotator == "Sami"


def test_opening_a_bad_file_keeps_the_current_one(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path, monkeypatch
) -> None:
    junk = tmp_path / "junk.qari.sqlite"
    junk.write_bytes(b"junk")
    from reader.ui import dialogs as dialog_flows

    monkeypatch.setattr(dialog_flows, "choose_existing_file", lambda _parent: junk)
    current = window.session.file
    window.actions_["file.open"].trigger()
    assert dialogs.said("not a SQLite database")
    assert window.session.file is current
    assert junk.read_bytes() == b"junk"


def test_new_file_then_switch_back(
    window: MainWindow, db: Path, tmp_path: Path, dialogs: Dialogs, monkeypatch
) -> None:
    select_by_keyboard(window, *find(window, "البوكمال"))
    QTest.keyClick(window.article, Qt.Key.Key_2)
    dialogs.save_path = str(tmp_path / "second.qari.sqlite")
    window.actions_["file.new"].trigger()
    assert window.session.file.path == tmp_path / "second.qari.sqlite"
    assert window.documents.model.rowCount() == 0
    assert window.session.undo_stack.count() == 0  # undo never reaches into another file
    from reader.ui import dialogs as dialog_flows

    monkeypatch.setattr(dialog_flows, "choose_existing_file", lambda _parent: db)
    window.actions_["file.open"].trigger()
    assert window.documents.model.rowCount() == 2
    assert window.reading.annotations.rowCount() == 1


def test_models_pass_qt_model_checks(window: MainWindow, qtmodeltester) -> None:
    select_by_keyboard(window, *find(window, "البوكمال"))
    QTest.keyClick(window.article, Qt.Key.Key_2)
    assert isinstance(window.reading.annotations, AnnotationTableModel)
    assert isinstance(window.documents.model, DocumentListModel)
    qtmodeltester.check(window.reading.annotations)
    qtmodeltester.check(window.documents.model)
    qtmodeltester.check(window.annotations.filtered)


def test_thousands_of_void_qt_calls_do_not_crash(qtbot) -> None:
    # PySide6 6.12.0 on Python 3.11 drops a reference to None on every Qt method that
    # returns nothing and aborts after some thousands ("none_dealloc"); see pyproject.
    widget = QWidget()
    qtbot.addWidget(widget)
    for i in range(60_000):
        widget.setEnabled(i % 2 == 0)
        widget.setToolTip("")
    assert widget.isEnabled() is False


def test_screenshot_option_renders_the_window(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    env_dirs = ["--data-dir", str(tmp_path / "d"), "--config-dir", str(tmp_path / "c")]
    done = subprocess.run(
        [sys.executable, "-m", "reader", *env_dirs, "--annotator", "T", "--screenshot", str(out)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600
    assert (tmp_path / "d" / "annotations.qari.sqlite").exists()  # default file, seeded
    assert rows(tmp_path / "d" / "annotations.qari.sqlite", "SELECT count(*) FROM document") == [
        (2,)
    ]


def test_status_message_keeps_english_order_around_arabic(window: MainWindow, qtbot) -> None:
    select_by_keyboard(window, *find(window, "الجيش العربي السوري"))
    QTest.keyClick(window.article, Qt.Key.Key_1)
    message = window.statusBar().currentMessage()
    assert message.startswith("ACTOR «الجيش العربي السوري»")

    def left_edge(text: str) -> list[list[int]]:
        bar = QStatusBar()
        qtbot.addWidget(bar)
        bar.resize(420, 30)
        bar.show()
        bar.showMessage(text)
        image = bar.grab().toImage()
        return [[image.pixelColor(x, y).lightness() for y in range(30)] for x in range(40)]

    # The message is drawn as an English line: it begins, at the left, with "ACTOR".
    assert left_edge(message) == left_edge("ACTOR")


def test_no_annotator_name_is_said_and_can_be_set_later(qtbot, db: Path, dialogs: Dialogs) -> None:
    settings = Settings.load()
    settings.annotator = ""  # the first-start question was cancelled
    window = MainWindow(open_annotation_file(db, seed_corpus=True), settings)
    qtbot.addWidget(window)
    window.show()
    assert "recorded as “anonymous”" in window.statusBar().currentMessage()
    # said before the window was shown, it is not drawn over the file's name
    assert window.save_status.isHidden() and window.save_status.text()
    window.statusBar().clearMessage()
    assert window.save_status.isVisible()
    window.reading.select_range(*find(window, "البوكمال"))
    window.editor.tag("PLACE")
    assert "Set Annotator Name" in window.statusBar().currentMessage()
    assert window.reading.annotations.record_at(0).annotator == "anonymous"
    dialogs.text_answer = ("Huda", True)
    window.actions_["file.annotator"].trigger()
    window.reading.select_range(*find(window, "الجيش"))
    window.editor.tag("ACTOR")
    assert {r.annotator for r in table_records(window)} == {"anonymous", "Huda"}
    window.close()


def test_reopening_shows_the_article_where_reading_stopped(make_window, qtbot) -> None:
    first = make_window()
    first.documents.view.selectRow(1)  # the second article, scrolled half-way down
    bar = first.article.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 10)
    bar.setValue(bar.maximum() // 2)
    top = first.article.top_offset()
    assert top > 0
    first.close()

    again = make_window()
    assert again.reading.document is not None and again.reading.document.id == 2
    # The window may come back at another width (lines wrap elsewhere): the line at the
    # top of the view is the one holding where reading stopped.
    view = again.article
    qtbot.waitUntil(lambda: 0 < view.top_offset() <= top, timeout=3000)
    at_top = QTextCursor(view.document())
    at_top.setPosition(view.to_position(top))
    assert 0 <= view.cursorRect(at_top).top() < view.fontMetrics().lineSpacing() * 2
    assert view.caret_offset() == 0  # only the view moved: the caret did not


def test_the_outlet_stays_when_the_heading_narrows(window: MainWindow) -> None:
    heading = window.article_pane.heading
    outlet = window.reading.document.source  # type: ignore[union-attr]
    sha = window.reading.document.sha256[:12]  # type: ignore[union-attr]
    room = heading.fontMetrics().horizontalAdvance
    shown = {}
    for name, width in (("wide", room(heading.SEPARATOR.join(heading.parts)) + 40),
                        ("outlet", room(outlet) + 30),
                        ("narrow", room(outlet) // 2), ("tiny", 40)):  # fmt: skip
        heading.resize(width, heading.height())
        shown[name] = heading.text()
    assert sha in shown["wide"] and outlet in shown["wide"]
    assert shown["outlet"] == outlet  # the id goes first
    for name in ("narrow", "tiny"):  # then the outlet is elided at its end, never its start
        assert sha not in shown[name] and shown[name].endswith("…")
        assert outlet.startswith(shown[name][:-1].rstrip())


def test_every_icon_the_window_names_is_drawn(window: MainWindow) -> None:
    # Drawn from the one icon font loaded: a name from any other would fail here.
    for name in icons._ICONS:
        image = icons.icon(name).pixmap(24, 24).toImage()
        inked = sum(image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24))
        assert inked > 20, name
