"""Checks before Qt starts, for failures Qt would only report as an abort.

Since Qt 6.5 the X11 platform plugin needs system libraries (libxcb-cursor0 and friends)
that a minimal Linux install may lack; Qt then dies with "could not load the Qt platform
plugin". We try the same libraries first and name the missing one. No Qt import here.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import sys
from pathlib import Path

XCB_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 "
    "libxkbcommon-x11-0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0"
)


def _uses_xcb() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    return (
        sys.platform.startswith("linux")
        and bool(os.environ.get("DISPLAY"))
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def _xcb_support_library() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "lib" / "libQt6XcbQpa.so.6"
    return path if path.exists() else None


def display_problem() -> str | None:
    """A message for the user when Qt cannot open an X11 window here, else None."""
    if not _uses_xcb():
        return None
    try:
        support = _xcb_support_library()
        if support is not None:
            ctypes.CDLL(str(support))
        ctypes.CDLL("libxcb-cursor.so.0")
    except OSError as err:
        return (
            "Qari cannot open a window: Qt's X11 support needs a system library that is "
            f"missing ({err}).\nOn Debian or Ubuntu install them with:\n"
            f"  sudo apt install {XCB_PACKAGES}\n"
            "The headless commands (reader import, reader export) work without them."
        )
    return None
