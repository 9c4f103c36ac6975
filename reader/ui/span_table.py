"""Reading a span table from another tool in the window: which column is which, and what
its offsets count, asked once with what could be recognised already chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from reader import APP_NAME
from reader.formats import span_csv
from reader.services.exchange import TableOptions
from reader.ui.i18n import QT_TR_NOOP, tr

FIELD_NAMES = {
    "doc": QT_TR_NOOP("Document (file name, title, id or SHA-256):"),
    "start": QT_TR_NOOP("Start offset:"),
    "end": QT_TR_NOOP("End offset:"),
    "label": QT_TR_NOOP("Label:"),
    "text": QT_TR_NOOP("Span text:"),
    "annotator": QT_TR_NOOP("Annotator:"),
    "note": QT_TR_NOOP("Note:"),
}
UNITS = {
    "code": QT_TR_NOOP("characters (code points; Python tools)"),
    "utf16": QT_TR_NOOP("UTF-16 units (JavaScript tools)"),
    "bytes": QT_TR_NOOP("UTF-8 bytes"),
}


class SpanTableDialog(QDialog):
    """A combo a field: the table's columns, the recognised one chosen; the four every
    span needs must be set before Import is enabled."""

    def __init__(self, parent: QWidget | None, path: Path, header: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("{APP_NAME} — Span table").format(APP_NAME=APP_NAME))
        self.header = header
        known = span_csv.columns_of(header)
        form = QFormLayout()
        form.addRow(tr("File:"), QLabel(str(path)))
        self.combos: dict[str, QComboBox] = {}
        for field, words in FIELD_NAMES.items():
            combo = QComboBox()
            combo.setObjectName(f"column:{field}")
            combo.addItem(tr("(none)") if field not in span_csv.REQUIRED else tr("(choose)"), -1)
            for i, name in enumerate(header):
                combo.addItem(name, i)
            combo.setCurrentIndex(combo.findData(known.get(field, -1)))
            combo.currentIndexChanged.connect(self._check)
            self.combos[field] = combo
            form.addRow(tr(words), combo)
        self.unit = QComboBox()
        self.unit.setObjectName("offsets")
        for unit, words in UNITS.items():
            self.unit.addItem(tr(words), unit)
        self.unit.setToolTip(
            tr("Arabic text counted in bytes gives offsets about twice as large as in "
               "characters; UTF-16 units differ from characters only after an emoji")
        )  # fmt: skip
        form.addRow(tr("Offsets count:"), self.unit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)  # fmt: skip
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Read"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Which column of the table holds what?")))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        ready = all(self.combos[f].currentData() != -1 for f in span_csv.REQUIRED)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def options(self) -> TableOptions:
        chosen = {field: combo.currentData() for field, combo in self.combos.items()}
        columns = {field: self.header[i] for field, i in chosen.items() if i != -1}
        return TableOptions(columns, str(self.unit.currentData()))


def ask_table_options(parent: QWidget | None, path: Path) -> TableOptions | None:
    """The columns and offsets of the span table at `path`; None when the user cancels."""
    dialog = SpanTableDialog(parent, path, span_csv.header_of(path))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.options()
