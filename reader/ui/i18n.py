"""The interface language: English (the source strings) or Arabic, from Preferences or
the system locale. Done with Qt's own tools: every user-visible string goes through
`tr()` / `QCoreApplication.translate`, `resources/i18n/qari_ar.ts` holds the Arabic
(edited with Qt Linguist or by hand), and the compiled `qari_ar.qm` ships beside it
(`scripts/translations.py` updates and compiles both). Qt's own `qtbase_ar.qm`, shipped
with PySide6, words the standard buttons and dialogs. In Arabic the whole layout is
mirrored, and numbers and dates follow the Arabic locale."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from reader import paths

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
