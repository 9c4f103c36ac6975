"""The interface language: English (the source strings) or Arabic, from Preferences or
the system locale. Done with Qt's own tools: every user-visible string goes through
`tr()` / `QCoreApplication.translate`, `resources/i18n/qari_ar.ts` holds the Arabic
(edited with Qt Linguist or by hand), and the compiled `qari_ar.qm` ships beside it
(`scripts/translations.py` updates and compiles both). Qt's own `qtbase_ar.qm`, shipped
with PySide6, words the standard buttons and dialogs. In Arabic the whole layout is
mirrored, and numbers and dates follow the Arabic locale."""

from __future__ import annotations

import re
from string import Formatter

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from reader import paths
from reader.core.errors import KnownError

# QT_TR_NOOP marks a constant where it is declared (lupdate finds it); `tr` it where
# it is shown, once a translator is installed.
from reader.core.words import QT_TR_NOOP as QT_TR_NOOP
from reader.core.words import Words, plural

LANGUAGES = {"en": QLocale.Language.English, "ar": QLocale.Language.Arabic}
_installed: list[QTranslator] = []  # kept alive while installed


def chosen_language(preference: str) -> str:
    """ "en" or "ar": the preference, else the system's language when it is Arabic."""
    if preference in LANGUAGES:
        return preference
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def catalogue(language: str) -> str:
    """Where the compiled translations of the app for `language` are."""
    return str(paths.resource(f"i18n/qari_{language}.qm"))


def install(app: QApplication, language: str) -> bool:
    """Use `language` for the interface from now on (call before any window is built).
    False when its catalogue could not be loaded (English is used then)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = language == "en" or _load(app, catalogue(language))
    if loaded and language != "en":
        qt_own = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _load(app, f"{qt_own}/qtbase_{language}.qm")
    language = language if loaded else "en"
    QLocale.setDefault(_locale(language))
    direction = (
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    app.setLayoutDirection(direction)
    return loaded


def _load(app: QApplication, path: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(path):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def _locale(language: str) -> QLocale:
    """The system's own variant when it speaks `language` (its digits, date order),
    else the language's default one."""
    system = QLocale.system()
    if system.language() == LANGUAGES[language]:
        return system
    return QLocale(LANGUAGES[language])


class Message(str):
    """A translated string whose `format` writes numbers as the locale does, so that a
    count in a message reads ١٢ in Arabic without each caller formatting it."""

    __slots__ = ()

    def format(self, *args: object, **kwargs: object) -> str:
        return str.format(self, *map(_localised, args),
                          **{k: _localised(v) for k, v in kwargs.items()})  # fmt: skip


def _localised(value: object) -> object:
    if isinstance(value, Words | KnownError):
        return said(value)
    if (
        isinstance(value, str)
        and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    ):
        # A path or a Latin name inside an Arabic sentence keeps its own direction (and
        # the sentence its own) between first-strong and pop isolates (Unicode UAX #9).
        return f"\u2068{value}\u2069" if value else value
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    return number(value)


def tr(text: str) -> str:
    """`text` in the interface language. Call it on a literal (or a QT_TR_NOOP-marked
    constant) so that lupdate finds the string; placeholders are `{name}`, filled with
    `format` after translation (numbers in the locale's digits), so a translation may
    move them. Pass an offset as `str` to keep it free of grouping."""
    return Message(QCoreApplication.translate("", text))


def said(message: object) -> str:
    """A message made below the window (`Words`, or an error made of them) in the
    interface language; anything else as `str` gives it."""
    if isinstance(message, KnownError) and message.words is not None:
        message = message.words
    if not isinstance(message, Words):
        return str(message)
    shown = []
    for literal, field, spec, conversion in Formatter().parse(_template(message)):
        shown.append(literal)
        if field is not None:
            shown.append(_field(message.params.get(field, ""), spec or "", conversion))
    return "".join(shown)


def counted(one: str, other: str, count: int, **fields: object) -> str:
    """A message about `count` things in the interface language, in the plural form the
    count asks for (English `one` for 1; Arabic's six forms); mark `other` QT_TR_NOOP."""
    return said(plural(one, other, count, **fields))


def _template(message: Words) -> str:
    """The template in the interface language; for a count, the plural form the
    language has for it (English's own singular when nothing translates it)."""
    if message.one is None:
        return tr(message.template)
    count = message.params.get("count")
    n = count if isinstance(count, int) and not isinstance(count, bool) else -1
    text = QCoreApplication.translate("", message.template, None, n)
    return message.english() if text == message.template else text


def _field(value: object, spec: str, conversion: str | None) -> str:
    """One field as the interface shows it: messages translated, numbers in the locale's
    digits (the English format's places kept), text isolated in a right-to-left line."""
    if isinstance(value, Words | KnownError):
        return said(value)
    if conversion == "r":
        return repr(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        places = re.fullmatch(r",?\.(\d+)f", spec)
        if spec and not places and spec not in (",", "g", ",d"):
            return format(value, spec)  # a code, such as a byte in hex
        return number(value, int(places.group(1)) if places else None)
    return str(_localised(str(value)))


def number(value: float, decimals: int | None = None) -> str:
    """`value` as the interface's locale writes numbers (digits, grouping, decimal
    sign): 1,234 in English, ١٬٢٣٤ in Arabic; `decimals` fixes the places."""
    locale = QLocale()
    if decimals is not None:
        return locale.toString(float(value), "f", decimals)
    if isinstance(value, int):
        return locale.toString(value)
    return locale.toString(float(value), "g", 6)


def lead(text: str) -> str:
    """`text` laid out in the interface's direction even when it starts with a word of
    the other script (an Arabic name in an English tip): a leading LRM or RLM sets the
    paragraph's direction, which Qt otherwise takes from the first letter."""
    mark = "\u200f" if QGuiApplication.isRightToLeft() else "\u200e"
    return mark + text
