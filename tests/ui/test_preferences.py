"""Edit ▸ Preferences gathers the settings a user makes once; they apply at once (the
language at the next start) and survive a restart."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from reader.settings import Settings
from reader.ui import icons, theme
from reader.ui.document_model import DocumentListModel
from reader.ui.main_window import MainWindow
from reader.ui.preferences import PreferencesDialog


@pytest.fixture(autouse=True)
def light_again() -> Iterator[None]:
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app, "light")  # the next test starts as the others do
    icons.forget()


def answer_preferences(fill: Callable[[PreferencesDialog], None], button: str = "ok") -> None:
    """When the dialog is up, fill it in and press OK (or Cancel), as a user would."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        fill(dialog)
        box = dialog.findChild(QDialogButtonBox)
        which = QDialogButtonBox.StandardButton.Ok if button == "ok" else (
            QDialogButtonBox.StandardButton.Cancel
        )  # fmt: skip
        box.button(which).click()

    QTimer.singleShot(0, act)


def icon_lightness(window: MainWindow, icon: QIcon | None = None) -> float:
    """The mean lightness of an icon's strokes (the toolbar's Open icon unless told)."""
    image = (icon or window.actions_["file.open"].icon()).pixmap(16, 16).toImage()
    strokes = [image.pixelColor(x, y) for x in range(16) for y in range(16)]
    strokes = [c for c in strokes if c.alpha() > 128]
    return sum(c.lightness() for c in strokes) / len(strokes)


def test_preferences_apply_at_once_and_survive_a_restart(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not theme.is_dark()

    def fill(d: PreferencesDialog) -> None:
        d.annotator.setText("Huda")
        d.theme.setCurrentIndex(d.theme.findData("dark"))
        d.font_size.setValue(21)
        d.snap.setChecked(False)
        d.folder.setText(str(tmp_path))

    answer_preferences(fill)
    window.actions_["edit.preferences"].trigger()

    assert theme.is_dark()
    assert window.article.font().pointSizeF() == 21
    assert not window.actions_["annotation.snap"].isChecked()
    saved = Settings.load()
    assert (saved.annotator, saved.theme, saved.font_size, saved.snap_to_words) == (
        "Huda", "dark", 21.0, False
    )  # fmt: skip
    assert saved.default_folder == str(tmp_path)
    opened_in: list[str] = []

    def record(_parent: Any, _title: str, folder: str, *_a: Any, **_k: Any) -> tuple[list, str]:
        opened_in.append(folder)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(record))
    window.actions_["file.import"].trigger()
    assert opened_in == [str(tmp_path)]


def test_the_articles_list_draws_its_icons_in_the_new_theme(window: MainWindow, qtbot: Any) -> None:
    headline = window.documents.model.index(0, DocumentListModel.HEADLINE)
    qtbot.waitUntil(lambda: headline.data(Qt.ItemDataRole.DecorationRole) is not None)
    dark_strokes = icon_lightness(window, headline.data(Qt.ItemDataRole.DecorationRole))
    answer_preferences(lambda d: d.theme.setCurrentIndex(d.theme.findData("dark")))
    window.actions_["edit.preferences"].trigger()
    qtbot.waitUntil(  # light strokes on the dark list, once it is painted again
        lambda: (
            icon_lightness(window, headline.data(Qt.ItemDataRole.DecorationRole))
            > dark_strokes + 60
        )
    )


def test_cancel_changes_nothing(window: MainWindow) -> None:
    before = Settings.load()
    answer_preferences(lambda d: d.theme.setCurrentIndex(d.theme.findData("dark")), "cancel")
    window.actions_["edit.preferences"].trigger()
    assert not theme.is_dark()
    assert Settings.load() == before


def test_a_new_language_is_kept_and_said_to_come_with_the_next_start(window: MainWindow) -> None:
    answer_preferences(lambda d: d.language.setCurrentIndex(d.language.findData("ar")))
    window.actions_["edit.preferences"].trigger()
    assert Settings.load().language == "ar"
    assert "next start" in window.statusBar().currentMessage()


def test_dark_theme_redraws_the_icons_for_a_dark_background(
    make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = make_window()
    assert icon_lightness(window) < 100  # dark strokes on a light theme
    answer_preferences(lambda d: d.theme.setCurrentIndex(d.theme.findData("dark")))
    window.actions_["edit.preferences"].trigger()
    assert icon_lightness(window) > 150  # drawn anew in the dark theme's text colour
    qtbot.waitUntil(lambda: window.article.palette().base().color().lightness() < 80)
