"""Semantic icon names -> qtawesome specs, in one table (themes change one place)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import qtawesome
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from qtawesome.iconic_font import IconicFont

FONT = "mdi6"  # every icon below is one of Material Design Icons 6

_ICONS: dict[str, str] = {
    "file.new": "mdi6.file-plus-outline",
    "file.open": "mdi6.folder-open-outline",
    "file.open_team": "mdi6.database-outline",
    "file.import": "mdi6.file-import-outline",
    "file.restore": "mdi6.backup-restore",
    "file.save_copy": "mdi6.content-save-move-outline",
    "file.export": "mdi6.file-export-outline",
    "file.quit": "mdi6.exit-to-app",
    "edit.undo": "mdi6.undo",
    "edit.redo": "mdi6.redo",
    "edit.copy": "mdi6.content-copy",
    "annotation.delete": "mdi6.delete-outline",
    "annotation.note": "mdi6.note-edit-outline",
    "annotation.expand": "mdi6.arrow-expand-horizontal",
    "annotation.shrink": "mdi6.arrow-collapse-horizontal",
    "annotator": "mdi6.account-edit-outline",
    "view.zoom_in": "mdi6.magnify-plus-outline",
    "view.zoom_out": "mdi6.magnify-minus-outline",
    "view.zoom_reset": "mdi6.magnify",
    "view.refresh": "mdi6.refresh",
    "view.focus": "mdi6.book-open-variant",
    "view.everyone": "mdi6.account-multiple-outline",
    "view.claims": "mdi6.format-quote-open",
    "preferences": "mdi6.cog-outline",
    "help.about": "mdi6.information-outline",
    "help.keys": "mdi6.keyboard-outline",
    "label.ACTOR": "mdi6.account-outline",
    "label.PLACE": "mdi6.map-marker-outline",
    "label.CLAIM": "mdi6.comment-quote-outline",
    "label.other": "mdi6.tag-outline",
    "document": "mdi6.file-document-outline",
    "filter": "mdi6.filter-outline",
    "find": "mdi6.text-search",
    "search": "mdi6.file-search-outline",
    "tag_all": "mdi6.tag-multiple-outline",
    "saved": "mdi6.content-save-check-outline",
    "error": "mdi6.alert-circle-outline",
    "warning": "mdi6.alert-outline",
    "close": "mdi6.close",
    "review": "mdi6.file-compare",
    "review.previous": "mdi6.chevron-up",
    "review.next": "mdi6.chevron-down",
    "review.accept": "mdi6.check-bold",
    "review.keep": "mdi6.account-check-outline",
    "review.both": "mdi6.set-merge",
    "entity": "mdi6.card-account-details-outline",
    "entity.link": "mdi6.link-variant",
    "entity.unlink": "mdi6.link-variant-off",
    "entity.new": "mdi6.plus-box-outline",
    "entity.merge": "mdi6.call-merge",
    "entity.split": "mdi6.call-split",
    "entity.edit": "mdi6.pencil-outline",
    "suggestion": "mdi6.lightbulb-on-outline",
    "suggestion.accept": "mdi6.check-circle-outline",
    "suggestion.reject": "mdi6.close-circle-outline",
    "suggestion.next": "mdi6.skip-next",
    "suggestion.previous": "mdi6.skip-previous",
    "gazetteer": "mdi6.book-alphabet",
    "status.todo": "mdi6.circle-outline",
    "status.in_progress": "mdi6.circle-half-full",
    "status.done": "mdi6.check-circle-outline",
    "status.adjudicated": "mdi6.gavel",
    "view.overview": "mdi6.chart-bar",
    "chart.save": "mdi6.image-outline",
}


@cache
def _font() -> IconicFont:
    """qtawesome's icon font holding only the one font our icons are drawn from:
    `qtawesome.icon` loads all twelve it ships, 10 MiB and 40 ms more at start."""
    fonts = Path(qtawesome.__file__).parent / "fonts"
    ttf = next(fonts.glob("materialdesignicons6-webfont-[0-9]*.ttf"))
    charmap = next(fonts.glob("materialdesignicons6-webfont-charmap-*.json"))
    return IconicFont((FONT, ttf.name, charmap.name))


@cache
def icon(name: str, colour: str | None = None) -> QIcon:
    spec = _ICONS.get(name) or _ICONS["label.other"]
    found: QIcon = _font().icon(spec, color=colour) if colour else _font().icon(spec)
    return found


_MODES = (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active, QIcon.Mode.Selected)
_SIZES = (16, 24, 32)  # a list's small icons, at 1x and 2x


@cache
def row_icon(name: str) -> QIcon:
    """`icon(name)` drawn once into pixmaps, for rows painted by the thousand (the
    articles list): a qtawesome icon paints its glyph in Python at every paint, a
    quarter of the time a page of 100,000 articles took to scroll."""
    drawn = icon(name)
    fixed = QIcon()
    for size in _SIZES:
        for mode in _MODES:
            fixed.addPixmap(drawn.pixmap(size, size, mode), mode)
    return fixed


def forget() -> None:
    """Drop the icons drawn so far: the theme changed, and with it their colour."""
    icon.cache_clear()
    row_icon.cache_clear()
    _font().icon_cache.clear()


def label_icon(name: str, colour: str) -> QIcon:
    return icon(f"label.{name}" if f"label.{name}" in _ICONS else "label.other", colour)


@cache
def swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(colour).darker(130))
    painter.drawRoundedRect(0, 0, size - 1, size - 1, 3, 3)
    painter.end()
    return QIcon(pixmap)
