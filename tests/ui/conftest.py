"""A real MainWindow on a fresh annotation file holding the founding corpus; dialogs are
replaced by recorders so nothing blocks."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from reader.core.annotations import AnnotationRecord
from reader.services.annotation_files import open_annotation_file
from reader.settings import Settings
from reader.ui import dialogs as ui_dialogs
from reader.ui import i18n
from reader.ui.main_window import MainWindow


@pytest.fixture(autouse=True, scope="session")
def english(qapp: QApplication) -> None:
    """The interface as the app sets it up for an English user (its locale's numbers)."""
    i18n.install(qapp, "en")


class Dialogs:
    """What the app said to the user, and the answers the test gives back."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.save_path = ""
        self.save_filter = ""  # the file type chosen in a save dialog
        self.open_paths: list[str] = []
        self.text_answer: tuple[str, bool] = ("", False)
        self.item_answer = ""
        # After a failed edit: the remedies offered, the answers to give (then Cancel),
        # and something to do while the dialog is up (release a lock, free space).
        self.offered: list[tuple[str, ...]] = []
        self.failure_answers: list[str] = []
        self.while_asked: Callable[[], None] | None = None

    def said(self, *parts: str) -> bool:
        return any(all(p in m for p in parts) for m in self.messages)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    d = Dialogs()

    def record(*args: Any, **_kw: Any) -> QMessageBox.StandardButton:
        d.messages.append(" ".join(str(a) for a in args[1:]))
        return QMessageBox.StandardButton.Ok

    def box_exec(box: QMessageBox) -> int:
        d.messages.append(" ".join([box.text(), box.informativeText(), box.detailedText()]))
        return 0

    for name in ("warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (d.save_path, d.save_filter)),
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (d.open_paths, ""))
    )
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        staticmethod(lambda *a, **k: d.open_paths[0] if d.open_paths else ""),
    )
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (d.open_paths[0] if d.open_paths else "", "")),
    )

    def after_failure(_parent: Any, title: str, message: str, choices: tuple[str, ...]) -> str:
        d.messages.append(f"{title} {message}")
        d.offered.append(choices)
        if d.while_asked is not None:
            d.while_asked()
        return d.failure_answers.pop(0) if d.failure_answers else ui_dialogs.CANCEL

    monkeypatch.setattr(ui_dialogs, "ask_after_failure", after_failure)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    monkeypatch.setattr(
        QInputDialog, "getItem", staticmethod(lambda *a, **k: (d.item_answer, bool(d.item_answer)))
    )
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: d.text_answer))
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: d.text_answer)
    )
    return d


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "mine.qari.sqlite"


@pytest.fixture
def make_window(qtbot: Any, db: Path, dialogs: Dialogs) -> Callable[..., MainWindow]:
    def make(path: Path | None = None, settings: Settings | None = None) -> MainWindow:
        settings = settings or Settings.load()
        settings.annotator = settings.annotator or "Layla"
        window = MainWindow(open_annotation_file(path or db, seed_corpus=True), settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)  # shortcuts need it
        window.article.setFocus()
        return window

    return make


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()


def rows(db: Path, sql: str = "") -> list[tuple[Any, ...]]:
    """Annotations as they are on disk, read with plain sqlite3 (not our code)."""
    con = sqlite3.connect(db)
    try:
        return con.execute(
            sql
            or 'SELECT a.id, l.name, a.start, a."end", a.text, a.note FROM annotation a '
            "JOIN label l ON l.id = a.label_id ORDER BY a.id"
        ).fetchall()
    finally:
        con.close()


def select_by_keyboard(window: MainWindow, start: int, end: int) -> None:
    """Put the caret at `start` and extend with Shift+Left, as a reader of right-to-left
    text does (Left moves forward in an RTL paragraph)."""
    view = window.article
    cursor = view.textCursor()
    cursor.setPosition(view.to_position(start))
    view.setTextCursor(cursor)
    while view.caret_offset() < end:
        QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection_range() == (start, end)


def find(window: MainWindow, needle: str, occurrence: int = 0) -> tuple[int, int]:
    assert window.reading.document is not None
    pos = -1
    for _ in range(occurrence + 1):
        pos = window.reading.document.text.index(needle, pos + 1)
    return pos, pos + len(needle)


def painted(window: MainWindow) -> list[tuple[int, int, QColor, bool]]:
    """What the highlighter laid out: (start, end) in Qt positions, background colour,
    underlined — read back from the text layout of every block."""
    found = []
    block = window.article.document().begin()
    while block.isValid():
        for fr in block.layout().formats():
            fmt = fr.format
            if fmt.background().style() != Qt.BrushStyle.NoBrush or fmt.fontUnderline():
                start = block.position() + fr.start
                found.append(
                    (start, start + fr.length, fmt.background().color(), fmt.fontUnderline())
                )
        block = block.next()
    return found


def table_records(window: MainWindow) -> list[AnnotationRecord]:
    """Every row of the annotations table, as the table shows it (fetched by page)."""
    model = window.reading.annotations
    return [model.record_at(row) for row in range(model.rowCount())]


def covered(window: MainWindow, start: int, end: int) -> list[tuple[str, bool]]:
    """Formats painted over the code-point range [start, end): (#AARRGGBB, underlined)."""
    a, b = window.article.to_position(start), window.article.to_position(end)
    return [(argb(c), u) for s, e, c, u in painted(window) if s < b and e > a]


def argb(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexArgb)


def move_caret(window: MainWindow, offset: int) -> None:
    cursor = window.article.textCursor()
    cursor.setPosition(window.article.to_position(offset))
    window.article.setTextCursor(cursor)
    window.article.moveCursor(QTextCursor.MoveOperation.NoMove)


def marker(i: int) -> str:
    """A word only article `i` of `article_folder` holds."""
    return f"رمز{i:03d}"


def article_folder(tmp_path: Path, count: int) -> Path:
    """A folder of `count` articles, each with its own `marker` and البوكمال."""
    folder = tmp_path / "incoming"
    folder.mkdir()
    for i in range(count):
        text = f"خبر رقم {i}\nمراسلنا\nنص المقال {marker(i)} عن البوكمال."
        (folder / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def wait_for_import(qtbot: Any, window: MainWindow) -> None:
    """Articles import in a worker thread; wait until its summary has been shown."""
    qtbot.waitUntil(lambda: not window.importer.running, timeout=20000)


def wait_for_export(qtbot: Any, window: MainWindow) -> None:
    """Annotations export in a worker thread; wait until it has reported."""
    qtbot.waitUntil(lambda: window.exporter is None or not window.exporter.running, timeout=20000)


def review(qtbot: Any, window: MainWindow, dialogs: Dialogs, colleague: Path) -> None:
    """Open `colleague`'s file for review as a user does (File ▸ Review Annotation
    File…) and wait until it is read and aligned in the background."""
    dialogs.open_paths = [str(colleague)]
    window.actions_["file.review"].trigger()
    qtbot.waitUntil(lambda: not window.review.busy, timeout=10000)
