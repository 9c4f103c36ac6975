"""Window geometry and splitter/toolbar state, kept apart from preferences (an INI file
in the config folder, one group per window class)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from reader import paths


def _store() -> QSettings:
    return QSettings(str(paths.window_state_file()), QSettings.Format.IniFormat)


def save(window: QMainWindow, splitter: QSplitter) -> None:
    store = _store()
    group = type(window).__name__
    store.setValue(f"{group}/geometry", window.saveGeometry())
    store.setValue(f"{group}/state", window.saveState())
    store.setValue(f"{group}/splitter", splitter.saveState())
    store.sync()


def restore(window: QMainWindow) -> bool:
    """Restore geometry and toolbars; False when there was nothing (first start)."""
    store = _store()
    group = type(window).__name__
    geometry = store.value(f"{group}/geometry")
    if not isinstance(geometry, QByteArray):
        return False
    window.restoreGeometry(geometry)
    state = store.value(f"{group}/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    return True


def restore_splitter(window: QMainWindow, splitter: QSplitter) -> None:
    """Call once the window is shown: pane sizes restored before the splitter has its
    final width get redistributed and drift by a few pixels."""
    split = _store().value(f"{type(window).__name__}/splitter")
    if isinstance(split, QByteArray):
        splitter.restoreState(split)


def hidden_columns(window: QMainWindow, default: tuple[int, ...]) -> list[int]:
    """Columns of the articles list the reader hid (Outlet and Date at first)."""
    value = _store().value(f"{type(window).__name__}/hiddenColumns")
    if value is None:
        return list(default)
    items = value if isinstance(value, list) else [value]
    return [int(v) for v in items if str(v).isdigit()]


def save_hidden_columns(window: QMainWindow, columns: list[int]) -> None:
    store = _store()
    # An empty list would read back as None (no value); "none" keeps "hide nothing".
    store.setValue(f"{type(window).__name__}/hiddenColumns", [str(c) for c in columns] or "none")
    store.sync()
