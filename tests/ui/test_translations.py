"""The Arabic interface: every string the user sees can be translated, the catalogue
translates every one of them faithfully, and the app in Arabic is mirrored, worded and
numbered in Arabic."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolBar,
    QWidget,
)

from reader.ui import i18n
from reader.ui.main_window import MainWindow
from reader.ui.preferences import PreferencesDialog
from tests.review_files import make_file
from tests.ui.conftest import Dialogs, review

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "i18n" / "qari_ar.ts"
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402

KEY_NAMES_ONLY = {"Enter / Shift+Enter"}  # the same in every language


def messages(ts: Path) -> dict[str, ET.Element]:
    return {m.findtext("source") or "": m for m in ET.parse(ts).iter("message")}


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w*(?:![rs])?(?::[^{}]*)?\}", text))


def test_every_string_of_the_code_is_in_the_catalogue_and_nothing_stale(tmp_path: Path) -> None:
    fresh = tmp_path / "qari_ar.ts"
    translations.update(fresh)  # what lupdate finds in the code today
    in_code, shipped = set(messages(fresh)), set(messages(CATALOGUE))
    assert in_code - shipped == set(), "run scripts/translations.py update, then translate"
    assert shipped - in_code == set(), "strings no longer in the code"
    assert len(in_code) > 300


ARABIC_FORMS = (0, 1, 2, 3, 11, 100)  # a count of each of Arabic's six plural forms


def test_every_message_is_translated_keeping_placeholders_and_access_keys() -> None:
    for source, message in messages(CATALOGUE).items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        if message.get("numerus") == "yes":
            check_plural_forms(source, [f.text or "" for f in translation.iter("numerusform")])
            continue
        text = translation.text or ""
        assert text.strip(), source
        assert placeholders(text) == placeholders(source), source
        assert ("&" in text) == ("&" in source.replace("&amp;", "")), source
        words = re.sub(r"\{[^{}]*\}", "", source)
        if source not in KEY_NAMES_ONLY and re.search("[A-Za-z]{3}", words):
            assert re.search("[\u0600-\u06ff]", text), f"not Arabic: {source!r}"


def check_plural_forms(source: str, forms: list[str]) -> None:
    """Six Arabic forms, each Arabic and keeping the fields; the count itself may be left
    out where the words say it (zero, one, two: "توسيمان" is "2 annotations")."""
    assert len(forms) == len(ARABIC_FORMS) and all(f.strip() for f in forms), source
    wanted = [p for p in placeholders(source) if p != "{count}"]
    for n, form in zip(ARABIC_FORMS, forms, strict=True):
        assert [p for p in placeholders(form) if p != "{count}"] == wanted, (source, n)
        assert ("{count}" in form) or n < 3, (source, n)
        assert re.search("[\u0600-\u06ff]", form), (source, n)


def test_a_count_is_said_in_the_plural_form_its_number_asks_for(arabic: None) -> None:
    from reader.core.words import plural

    def added(n: int) -> str:
        return i18n.said(plural("{count} annotation added", "{count} annotations added", n))

    assert [added(n) for n in (0, 1, 2, 3, 11, 100)] == [
        "لم يُضف أي توسيم", "أُضيف توسيم واحد", "أُضيف توسيمان", "أُضيفت ٣ توسيمات",
        "أُضيف ١١ توسيمًا", "أُضيف ١٠٠ توسيم",
    ]  # fmt: skip
    from reader.ui.overview.figures import spans_tip

    assert spans_tip("البوكمال", 2).endswith(": مقطعان")  # the dual, in a chart's tooltip
    i18n.install(QApplication.instance(), "en")  # type: ignore[arg-type]
    assert [added(n) for n in (1, 2)] == ["1 annotation added", "2 annotations added"]
    assert spans_tip("Omar", 1).endswith(": 1 span")
    assert str(plural("{count} annotation added", "{count} annotations added", 1)) == (
        "1 annotation added"
    )


def test_the_shipped_qm_holds_every_translation_of_the_catalogue() -> None:
    """The .qm the app loads says what the .ts says (compared by meaning, not bytes:
    lrelease versions differ in layout)."""
    shipped = QTranslator()
    assert shipped.load(i18n.catalogue("ar"))
    assert Path(i18n.catalogue("ar")) == CATALOGUE.with_suffix(".qm")
    for source, message in messages(CATALOGUE).items():
        if message.get("numerus") == "yes":
            forms = [f.text for f in message.iter("numerusform")]
            said = [shipped.translate("", source, None, n) for n in ARABIC_FORMS]
            assert said == forms, "run scripts/translations.py compile"
            continue
        wanted = message.findtext("translation")
        assert shipped.translate("", source) == wanted, "run scripts/translations.py compile"


# ---------------------------------------------------------------- what the user sees

MARK = re.compile(r"⟦[^⟦⟧]*⟧")


class Marking(QTranslator):
    """Wraps every string that goes through Qt's translation in ⟦ ⟧: what is left
    unwrapped on screen was never translatable."""

    def translate(self, context: str, source: str, disambiguation: Any = None, n: int = -1) -> str:
        return f"⟦{source}⟧" if source else source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[None]:
    translator = Marking()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every string a user can see on `root` and its children: texts,
    tooltips, placeholders, combo items, table headers, menus and their actions."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        where = f"{type(w).__name__} {w.objectName()}"
        yield where, w.toolTip()
        if isinstance(w, QLabel | QAbstractButton):
            yield where, w.text()
        if isinstance(w, QLineEdit):
            yield where, w.placeholderText()
        if isinstance(w, QDockWidget | QToolBar | QMenu):
            yield where, w.windowTitle() if not isinstance(w, QMenu) else w.title()
        if isinstance(w, QComboBox):
            yield from ((where, w.itemText(i)) for i in range(w.count()))
        if isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            for column in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(column, Qt.Orientation.Horizontal, role)
                    yield f"{where} header", str(value or "")
        for action in w.actions():
            yield f"action of {where}", action.text()
            yield f"action of {where}", action.toolTip()


def untranslatable(texts: Iterator[tuple[str, str]], data: Callable[[str], str]) -> set[str]:
    """Texts with words left once translatable parts and the user's data are removed."""
    left = set()
    for where, text in texts:
        rest = data(MARK.sub("", MARK.sub("", text)))
        if re.search(r"[A-Za-z]{2,}", rest):
            left.add(f"{where}: {text!r}")
    return left


def data_remover(window: MainWindow) -> Callable[[str], str]:
    """What is the user's, not ours: label names, annotator and file names, the article's
    outlet, key names, measure symbols and file patterns."""
    keys = {s.toString() for a in window.findChildren(type(window.actions_["file.new"]))
            for s in a.shortcuts()}  # fmt: skip
    words = {"ACTOR", "PLACE", "CLAIM", "CUE", "Layla", "Me", "anonymous", "Qari", "Fleiss", "SHA",
             "Al-Watan", "Syria", "with agencies", "Esc", "Enter", "Shift", "Ctrl", "Alt", "F",
             "PgUp", "PgDown", "Del", "Delete", "Escape", "Left", "Right",
             "English"}  # a language is named in itself  # fmt: skip
    names = sorted({*keys, *words, window.session.file.display_name}, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(n) for n in names if n))
    markup = re.compile(r"<[^>]+>|&\w+;|#[0-9A-Fa-f]{6}|\b[0-9a-f]{8,}…?|\*?\.[a-z]+\b|\S+\.sqlite")
    return lambda text: markup.sub("", pattern.sub("", text))


def test_every_string_the_window_shows_is_translatable(
    make_window: Callable[..., MainWindow],
    db: Path,
    tmp_path: Path,
    dialogs: Dialogs,
    qtbot: Any,
    marking: None,
) -> None:
    make_file(db, "Me", [("الجيش", "ACTOR")])
    colleague = make_file(tmp_path / "layla.qari.sqlite", "Layla", [("الجيش", "PLACE")])
    window = make_window(db)
    review(qtbot, window, dialogs, colleague)
    remove_data = data_remover(window)
    left = untranslatable(shown_texts(window), remove_data)
    left |= untranslatable(shown_texts(PreferencesDialog(window, window.settings)), remove_data)
    left |= untranslatable(iter([("status bar", window.statusBar().currentMessage())]),
                           remove_data)  # fmt: skip
    assert left == set()


def test_the_marking_check_finds_a_string_left_out(window: MainWindow, marking: None) -> None:
    """The check above can fail: a label set without tr() is caught."""
    QLabel("Untranslated words", window.annotations)
    left = untranslatable(shown_texts(window), data_remover(window))
    assert any("Untranslated words" in found for found in left)


# ---------------------------------------------------------------- the app in Arabic


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    assert i18n.install(qapp, "ar")
    yield
    i18n.install(qapp, "en")


def test_in_arabic_the_window_is_mirrored_worded_and_numbered_in_arabic(
    make_window: Callable[..., MainWindow], arabic: None
) -> None:
    window = make_window()
    assert window.reading.document is not None  # the first article opens, as in English
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:2] == ["&ملف", "&تحرير"]
    assert window.actions_["file.import"].toolTip().startswith("أضف مقالات")
    assert QLocale().language() == QLocale.Language.Arabic
    count = window.documents.count_label.text()
    assert re.search("[\u0660-\u0669]", count) or re.search("[0-9]", count) is None
    # Qt's own words come from its Arabic catalogue too.
    box_text = window.article.createStandardContextMenu().actions()[0].text()
    assert re.search("[\u0600-\u06ff]", box_text)


def test_the_language_follows_the_system_unless_chosen() -> None:
    system_is_arabic = QLocale.system().language() == QLocale.Language.Arabic
    assert i18n.chosen_language("") == ("ar" if system_is_arabic else "en")
    assert i18n.chosen_language("ar") == "ar"
    assert i18n.chosen_language("en") == "en"


def test_the_catalogue_is_run_the_way_the_readme_says() -> None:
    """scripts/translations.py is the documented way to update the catalogue."""
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py")],
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 2 and "update" in done.stderr


def test_in_arabic_file_dialogs_still_filter_by_pattern(
    arabic: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from reader.ui import dialogs

    filters: list[str] = []

    def record(_parent: Any, _title: str, _folder: str, found: str, *_a: Any) -> Any:
        filters.append(found)
        return ("", "") if len(filters) == 1 else ([], "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(record))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(record))
    dialogs.choose_review_file(QWidget())
    dialogs.choose_articles(QWidget())
    for found in filters:
        assert "*.qari.sqlite *.sqlite" in found and "\u2068" not in found
        assert re.search("[\u0600-\u06ff]", found)  # the words are Arabic


def test_errors_made_below_the_window_are_shown_in_arabic(arabic: None, tmp_path: Path) -> None:
    import sqlite3

    from reader.core.errors import KnownError
    from reader.services.annotation_files import default_labels
    from reader.storage import faults
    from reader.storage.db import AnnotationFile
    from reader.ui import dialogs

    with pytest.raises(KnownError) as caught:
        AnnotationFile.open(tmp_path, default_labels())  # a folder
    err = caught.value
    assert str(err) == f"{tmp_path}: is a folder, not an annotation file"  # the CLI's words
    shown = dialogs.explain(err)
    assert "مجلد وليس ملف توسيم" in shown and str(tmp_path) in shown
    assert "\u2068" + str(tmp_path) + "\u2069" in shown  # the path keeps its direction
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # SQLITE_FULL
    words = faults.describe(full, "mine.qari.sqlite", 5.0)
    assert words is not None and str(words).startswith("The disk holding mine.qari.sqlite")
    assert i18n.said(words).startswith("القرص الذي يحمل")


def test_fields_of_a_message_are_shown_in_the_locale_keeping_codes(arabic: None) -> None:
    from reader.core.words import Words

    size = Words("{path}: too large ({size:,} bytes; the limit is {limit:,})", path="a",
                 size=12345, limit=1000)  # fmt: skip
    assert str(size) == "a: too large (12,345 bytes; the limit is 1,000)"
    assert "١٢٬٣٤٥" in i18n.said(size) and "١٬٠٠٠" in i18n.said(size)
    byte = Words("not valid UTF-8 (bad byte 0x{data:02x} at byte {start})", data=255, start=7)
    assert "0xff" in i18n.said(byte) and "٧" in i18n.said(byte)


def english_left(message: str, *data: str) -> list[str]:
    """English words left in a message once the user's data (`data`: paths, names) and
    the file's own codes ('quoted' keys, formats, encodings) are taken out."""
    for item in sorted(data, key=len, reverse=True):
        message = message.replace(item, "")
    codes = r"'[^']*'|UTF-8|UTF-16|JSON|Label Studio|label-studio|brat|MISC|Qari|0x[0-9a-f]+"
    message = re.sub(codes, "", message)
    return re.findall(r"[A-Za-z]{2,}", message)


def test_where_a_file_is_wrong_and_what_an_import_did_are_said_in_arabic(
    make_window: Callable[..., MainWindow],
    arabic: None,
    dialogs: Dialogs,
    tmp_path: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QDialog

    from reader.ui.interchange import ImportAnnotationsDialog
    from tests.ui.conftest import wait_for_import
    from tests.ui.test_interchange import label_studio_file

    window = make_window()
    broken = tmp_path / "broken.json"
    broken.write_text('[{"data": {"text": "x"}, "annotations": [{"result": 5}]}]', "utf-8")
    dialogs.open_paths = [str(broken)]
    window.actions_["file.import"].trigger()
    where = dialogs.messages[-1]
    assert "المهمة ١، التوسيم ١" in where and english_left(where, str(broken)) == []

    dialogs.open_paths = [str(label_studio_file(window, tmp_path))]
    monkeypatch.setattr(ImportAnnotationsDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    window.actions_["file.import"].trigger()
    summary = dialogs.messages[-1]
    assert "أُضيف توسيمان" in summary and "؛ " in summary  # two: the dual, no number
    assert english_left(summary, str(tmp_path / "colleague.json"), "Label Studio user 1") == []

    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("caf\xe9".encode("latin-1"))
    dialogs.open_paths = [str(latin1)]
    window.actions_["file.import"].trigger()
    wait_for_import(qtbot, window)
    refused = dialogs.messages[-1]
    assert "رُفض ١" in refused and english_left(refused, str(latin1)) == []
