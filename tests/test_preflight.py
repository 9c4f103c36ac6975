"""The X11 pre-flight check names a missing system library instead of letting Qt abort."""

from __future__ import annotations

import ctypes

import pytest

from reader.ui import preflight


def test_missing_xcb_library_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")

    def cdll(name: str) -> None:
        if "xcb-cursor" in name:
            raise OSError("libxcb-cursor.so.0: cannot open shared object file")

    monkeypatch.setattr(ctypes, "CDLL", cdll)
    message = preflight.display_problem()
    assert message is not None
    assert "libxcb-cursor.so.0: cannot open shared object file" in message
    assert "sudo apt install libxcb-cursor0" in message


def test_no_check_offscreen_or_on_wayland(monkeypatch: pytest.MonkeyPatch) -> None:
    def cdll(name: str) -> None:
        raise OSError("should not be loaded")

    monkeypatch.setattr(ctypes, "CDLL", cdll)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert preflight.display_problem() is None
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert preflight.display_problem() is None


def test_annotator_is_asked_once_and_kept_at_once() -> None:
    from reader.settings import Settings
    from reader.ui.app import ensure_annotator

    asked: list[str] = []

    def ask(_parent: None, _current: str) -> str:
        asked.append("asked")
        return "Layla"

    ensure_annotator(Settings.load(), None, ask)
    assert Settings.load().annotator == "Layla"  # on disk before anything else happens
    ensure_annotator(Settings.load(), None, ask)
    assert asked == ["asked"]
    ensure_annotator(Settings.load(), " Sami ", ask)
    assert Settings.load().annotator == "Sami"
