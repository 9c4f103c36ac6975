"""Where the file dialogs open: Preferences ▸ Default folder, or (when none is set, or it
is gone) the folder Qt remembers from the last dialog."""

from __future__ import annotations

from pathlib import Path

_START_FOLDER = [""]


def open_in(folder: str) -> None:
    """Where the import, export and review dialogs open from now on."""
    _START_FOLDER[0] = folder if folder and Path(folder).is_dir() else ""


def start_folder() -> str:
    return _START_FOLDER[0]
