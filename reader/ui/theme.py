"""Fonts and label colours. The article font ships with the app (Amiri, OFL, from the
fontpkg-amiri package), so Arabic shapes correctly on a machine with no Arabic fonts."""

from __future__ import annotations

import logging

import fontpkg_amiri
from PySide6.QtGui import QColor, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

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


def is_dark() -> bool:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Base).lightness() < 128


def tint(colour: str, strength: float) -> QColor:
    """A translucent wash of `colour`, readable over light and dark backgrounds."""
    c = QColor(colour)
    c.setAlphaF(min(1.0, strength * (1.35 if is_dark() else 1.0)))
    return c
