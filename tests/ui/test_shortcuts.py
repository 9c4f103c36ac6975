"""Every key the window registers reaches its action: none is bound twice (Qt then
refuses it as "ambiguous" and the key does nothing, as Ctrl+Q did on Linux)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QWidget

from reader.ui import actions
from reader.ui.dialogs import ShortcutsDialog
from reader.ui.main_window import MainWindow
from reader.ui.preferences import PreferencesDialog

Key = QKeySequence.StandardKey


def _bound(window: MainWindow) -> list[tuple[QAction, QKeySequence]]:
    return [(a, k) for a in window.findChildren(QAction) for k in a.shortcuts()]


def test_a_standard_key_listed_again_literally_is_bound_once(qapp: Any) -> None:
    keys = actions.key_sequences((Key.Copy, "Ctrl+C", Key.Quit, "Ctrl+Q"))
    names = [k.toString() for k in keys]
    assert names.count("Ctrl+C") == 1 and names.count("Ctrl+Q") == 1
    assert all(not k.isEmpty() for k in keys)  # a standard key with no binding adds none


def test_no_key_is_bound_twice(window: MainWindow) -> None:
    counts = Counter(k.toString() for _a, k in _bound(window))
    assert [key for key, n in counts.items() if n > 1] == []


def _focused_for(action: QAction, window: MainWindow) -> QWidget:
    """Where the key is pressed: the text, or inside the pane a pane's own key
    belongs to (Copy Rows in the claims table), shown and focused."""
    owner = action.parent()
    if action.shortcutContext() != Qt.ShortcutContext.WidgetWithChildrenShortcut:
        return window.article
    assert isinstance(owner, QWidget) and isinstance(owner.parentWidget(), QDockWidget)
    owner.parentWidget().show()
    owner.setFocus()
    return owner.focusWidget() or owner


# QTest cannot spell a zoom key or an Arabic-Indic digit as ASCII; the key still arrives.
@pytest.mark.qt_log_ignore("keyToAscii Unhandled key code")
def test_every_registered_shortcut_triggers_its_action(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda _dialog: 0)
    monkeypatch.setattr(PreferencesDialog, "exec", lambda _dialog: 0)
    triggered: list[QAction] = []
    bound = _bound(window)
    for action in dict.fromkeys(a for a, _key in bound):
        action.triggered.connect(lambda _=False, a=action: triggered.append(a))
    quit_action = window.actions_["file.quit"]
    pressed = 0
    for action, key in [(a, k) for a, k in bound if a is not quit_action] + [
        (quit_action, quit_action.shortcuts()[0])
    ]:
        if not action.isEnabled():
            continue  # review keys without a review, undo with nothing to undo
        triggered.clear()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        QTest.keySequence(_focused_for(action, window), key)
        assert triggered == [action], f"{key.toString()} did not reach {action.text()}"
        pressed += 1
    assert pressed > 40
    assert not window.isVisible()  # Ctrl+Q (Quit) closed it
