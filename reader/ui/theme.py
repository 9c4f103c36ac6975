"""Fonts, the light or dark theme, and label colours. The article font ships with the app
(Amiri, OFL, from the fontpkg-amiri package), so Arabic shapes correctly on a machine with
no Arabic fonts.

A theme is asked of the platform first (Qt's colour scheme: Windows, macOS and desktops
with a settings portal follow it); where the platform gives no such palette (plain X11,
offscreen), Qt's Fusion style gets a light or dark palette of ours."""

from __future__ import annotations

import logging

import fontpkg_amiri
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

log = logging.getLogger(__name__)

ARTICLE_FAMILY = "Amiri"
_loaded: list[str] = []


def load_fonts() -> str:
    """Register the bundled Naskh faces once; returns the family name to use."""
    if _loaded:
        return _loaded[0]
    for face in sorted((fontpkg_amiri.ROOT / "files").glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(face)) < 0:
            log.warning("could not load font %s", face)
    _loaded.append(ARTICLE_FAMILY)
    return ARTICLE_FAMILY


# Fusion's dark palette, as Qt Creator's and KDE's Breeze Dark choose their roles.
_DARK = {
    QPalette.ColorRole.Window: "#2B2B2B", QPalette.ColorRole.WindowText: "#E6E6E6",
    QPalette.ColorRole.Base: "#1F1F1F", QPalette.ColorRole.AlternateBase: "#282828",
    QPalette.ColorRole.Text: "#E6E6E6", QPalette.ColorRole.Button: "#333333",
    QPalette.ColorRole.ButtonText: "#E6E6E6", QPalette.ColorRole.ToolTipBase: "#3A3A3A",
    QPalette.ColorRole.ToolTipText: "#E6E6E6", QPalette.ColorRole.Highlight: "#2F6FB3",
    QPalette.ColorRole.HighlightedText: "#FFFFFF", QPalette.ColorRole.Link: "#6CB4F0",
    QPalette.ColorRole.PlaceholderText: "#9A9A9A", QPalette.ColorRole.BrightText: "#FF6B6B",
    QPalette.ColorRole.Light: "#444444", QPalette.ColorRole.Midlight: "#3A3A3A",
    QPalette.ColorRole.Mid: "#2A2A2A", QPalette.ColorRole.Dark: "#1A1A1A",
    QPalette.ColorRole.Shadow: "#000000",
}  # fmt: skip
_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def apply_theme(app: QApplication, choice: str) -> None:
    """ "light", "dark" or "system" (what the desktop says; light where it says nothing)."""
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+
        hints.setColorScheme(_SCHEMES.get(choice, Qt.ColorScheme.Unknown))
    wanted_dark = choice == "dark" or (
        choice == "system" and hints.colorScheme() == Qt.ColorScheme.Dark
    )
    if wanted_dark != is_dark():  # the platform did not follow
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette() if wanted_dark else app.style().standardPalette())


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#7A7A7A")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):  # fmt: skip
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def is_dark() -> bool:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Base).lightness() < 128


# Over a dark base a wash must stay dark enough for light text: two thirds of the light
# theme's strength keeps every label at WCAG AA (4.5:1) up to the deepest nesting drawn
# (tests/ui/test_palette.py).
DARK_STRENGTH = 0.66


def tint(colour: str, strength: float) -> QColor:
    """A translucent wash of `colour` under the theme's own text colour."""
    c = QColor(colour)
    c.setAlphaF(min(1.0, strength * (DARK_STRENGTH if is_dark() else 1.0)))
    return c


def solid(colour: str, strength: float) -> QColor:
    """A strong wash of `colour`, for black text in either theme (the selection)."""
    c = QColor(colour)
    c.setAlphaF(strength)
    return c
