"""File ▸ Import and File ▸ Export with other tools' formats, through the real window:
the import dialog offers a mapping for unknown labels and a name for the annotator; the
export asks whose spans a one-annotator format should hold and says what it left out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialog, QLabel

from reader.ui.interchange import LEAVE_OUT, ImportAnnotationsDialog
from reader.ui.main_window import MainWindow
from tests.ui.conftest import Dialogs, find, rows, select_by_keyboard, wait_for_export


def label_studio_file(window: MainWindow, tmp_path: Path) -> Path:
    assert window.reading.document is not None
    regions = [(find(window, "البوكمال"), "GPE"), (find(window, "الجيش العربي السوري"), "PER"),
               (find(window, "دير الزور"), "MISC")]  # fmt: skip
    result = [
        {"id": f"r{i}", "type": "labels", "from_name": "label", "to_name": "text",
         "value": {"start": s, "end": e, "labels": [label]}}
        for i, ((s, e), label) in enumerate(regions)
    ]  # fmt: skip
    task = {"data": {"text": window.reading.document.text}, "annotations": [{"result": result}]}
    path = tmp_path / "colleague.json"
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    return path


def test_import_offers_a_mapping_and_a_name_then_shows_the_spans(
    window: MainWindow, db: Path, dialogs: Dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs.open_paths = [str(label_studio_file(window, tmp_path))]
    offered: dict[str, str] = {}

    def answer(dialog: ImportAnnotationsDialog) -> int:
        for combo in dialog.findChildren(QComboBox):
            offered[combo.objectName()] = combo.currentText()
        dialog.annotator.setText("Huda")  # the file names nobody but a user number
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportAnnotationsDialog, "exec", answer)
    window.actions_["file.import"].trigger()

    assert offered == {"map:GPE": "PLACE", "map:PER": "ACTOR", "map:MISC": LEAVE_OUT}
    assert dialogs.said("Import finished", "2 annotations added", "as Huda")
    assert dialogs.said("left out: 1 span labelled MISC (mapped to nothing)")
    on_disk = rows(db, "SELECT l.name, a.text, p.name FROM annotation a JOIN label l ON "
                       "l.id = a.label_id JOIN annotator p ON p.id = a.annotator_id "
                       "ORDER BY l.name")  # fmt: skip
    assert on_disk == [("ACTOR", "الجيش العربي السوري", "Huda"), ("PLACE", "البوكمال", "Huda")]
    shown = [
        window.reading.annotations.index(r, 1).data()
        for r in range(window.reading.annotations.rowCount())
    ]
    assert sorted(shown) == sorted(["الجيش العربي السوري", "البوكمال"])


def test_cancelling_the_import_dialog_writes_nothing(
    window: MainWindow, db: Path, dialogs: Dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs.open_paths = [str(label_studio_file(window, tmp_path))]
    monkeypatch.setattr(ImportAnnotationsDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    window.actions_["file.import"].trigger()
    assert rows(db) == []


def test_a_broken_file_is_named_and_the_window_goes_on(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('[{"data": {"text": "x"}, "annotations": [{"result": 5}]}]', "utf-8")
    dialogs.open_paths = [str(broken)]
    window.actions_["file.import"].trigger()
    assert dialogs.said(str(broken), "'result' must be a list")
    assert window.isVisible()


def test_export_to_brat_asks_whose_spans_and_writes_the_folder(
    window: MainWindow,
    dialogs: Dialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
) -> None:
    dialogs.open_paths = [str(label_studio_file(window, tmp_path))]

    def as_huda(dialog: ImportAnnotationsDialog) -> int:
        dialog.annotator.setText("Huda")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportAnnotationsDialog, "exec", as_huda)
    window.actions_["file.import"].trigger()
    select_by_keyboard(window, *find(window, "دير الزور"))
    QTest.keyClick(window.article, Qt.Key.Key_2)  # Layla's own PLACE: two annotators now

    out = tmp_path / "brat-out"
    dialogs.save_path, dialogs.save_filter = str(out), "brat standoff folder (*)"
    dialogs.item_answer = ""  # the user cancels the question: nothing is written
    window.actions_["file.export"].trigger()
    wait_for_export(qtbot, window)
    assert not out.exists()

    dialogs.item_answer = "Huda"
    window.actions_["file.export"].trigger()
    wait_for_export(qtbot, window)
    assert dialogs.said("2 annotations (2 documents) written to", str(out))
    written = [p.read_text("utf-8") for p in sorted(out.glob("*.ann"))]
    labels = sorted(
        line.split("\t")[1].split()[0] for text in written for line in text.splitlines()
    )
    assert labels == ["ACTOR", "PLACE"]  # Huda's spans; Layla's PLACE is not among them
    assert (out / "annotation.conf").exists()


def test_export_reports_what_the_format_cannot_hold(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path, qtbot: Any
) -> None:
    for needle, key in (("الجيش العربي السوري", Qt.Key.Key_1), ("واصل الجيش", Qt.Key.Key_3)):
        select_by_keyboard(window, *find(window, needle))
        QTest.keyClick(window.article, key)
    dialogs.save_path, dialogs.save_filter = str(tmp_path / "x.conll"), "CoNLL / IOB (*.conll)"
    window.actions_["file.export"].trigger()
    wait_for_export(qtbot, window)
    assert dialogs.said("CoNLL / IOB cannot hold everything", "IOB cannot hold both")


def test_the_import_summary_says_each_kind_of_warning_once_with_a_count(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.reading.document is not None
    text = window.reading.document.text
    start, end = find(window, "البوكمال")
    (tmp_path / "a.txt").write_text(text, "utf-8")
    notes = "".join(f"#{i}\tLemma T1\tبوكمال\n" for i in range(1, 41))
    (tmp_path / "a.ann").write_text(f"T1\tPLACE {start} {end}\tالبوكمال\n{notes}", "utf-8")
    shown: list[str] = []

    def answer(dialog: ImportAnnotationsDialog) -> int:
        shown.extend(label.text() for label in dialog.findChildren(QLabel))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportAnnotationsDialog, "exec", answer)
    dialogs.open_paths = [str(tmp_path / "a.ann")]
    window.actions_["file.import"].trigger()

    assert "1 thing in the file will not be imported" in shown
    summary = next(m for m in dialogs.messages if "Import finished" in m)
    assert "1 annotation added" in summary
    assert summary.count("'Lemma'") == 2  # in the first lines and in the details, once each
    assert "(and 39 more like it: " in summary


def test_a_span_table_asks_which_column_is_which_then_imports(
    window: MainWindow, db: Path, dialogs: Dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.ui.span_table import SpanTableDialog

    document = window.reading.document
    assert document is not None
    start, end = find(window, "البوكمال")
    data = len(document.text[:start].encode()), len(document.text[:end].encode())
    path = tmp_path / "odd.csv"
    row = f"{document.sha256};{data[0]};{data[1]};PLACE"
    path.write_text(f"File;Begin;Finish;Kind\n{row}\n", "utf-8")
    offered: dict[str, str] = {}

    def choose(dialog: SpanTableDialog) -> int:
        offered.update({f: c.currentText() for f, c in dialog.combos.items()})
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        offered["ready"] = str(ok.isEnabled())
        dialog.combos["end"].setCurrentText("Finish")
        dialog.combos["label"].setCurrentText("Kind")
        dialog.unit.setCurrentIndex(dialog.unit.findData("bytes"))
        return QDialog.DialogCode.Accepted if ok.isEnabled() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(SpanTableDialog, "exec", choose)
    monkeypatch.setattr(ImportAnnotationsDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    dialogs.open_paths = [str(path)]
    window.actions_["file.import"].trigger()

    assert offered["doc"] == "File" and offered["start"] == "Begin" and offered["ready"] == "False"
    assert dialogs.said("Import finished", "1 annotation added"), dialogs.messages
    on_disk = rows(db, "SELECT a.start, a.end, a.text FROM annotation a")
    assert on_disk == [(start, end, "البوكمال")]
