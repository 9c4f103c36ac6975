"""Edit ▸ Preferences: everything the user sets once, in one dialog (annotator name,
language, theme, text size, snapping, the CSV mark and the folder dialogs open in). The
dialog only collects values; the window applies and saves them."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from reader.settings import LANGUAGES, MAX_FONT_SIZE, MIN_FONT_SIZE, THEMES, Settings
from reader.ui import icons
from reader.ui.i18n import tr

# What Preferences edits; the rest of Settings is remembered state, not a preference.
EDITED = ("annotator", "language", "theme", "font_size", "snap_to_words", "export_bom",
          "default_folder")  # fmt: skip


def language_names() -> dict[str, str]:
    # Each language is named in itself, so a user who cannot read the current one finds theirs.
    system = tr("System language")
    return dict(zip(LANGUAGES, (system, "English", "العربية"), strict=True))


def theme_names() -> dict[str, str]:
    names = (
        tr("Follow the system"),
        tr("Light"),
        tr("Dark"),
    )
    return dict(zip(THEMES, names, strict=True))


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        self.setObjectName("preferencesDialog")
        self.annotator = QLineEdit(settings.annotator)
        self.annotator.setToolTip(tr("The name recorded with every annotation you make"))
        self.language = _choice(language_names(), settings.language)
        self.language.setToolTip(tr("The language of menus, dialogs and messages"))
        self.theme = _choice(theme_names(), settings.theme)
        self.font_size = QDoubleSpinBox()
        self.font_size.setRange(MIN_FONT_SIZE, MAX_FONT_SIZE)
        self.font_size.setDecimals(0)
        self.font_size.setSuffix(tr(" pt"))
        self.font_size.setValue(settings.font_size)
        self.font_size.setToolTip(tr("The article's text size (Ctrl++ and Ctrl+- too)"))
        self.snap = QCheckBox(tr("Snap selections to whole words"))
        self.snap.setChecked(settings.snap_to_words)
        self.bom = QCheckBox(tr("CSV exports start with a byte-order mark (for Excel)"))
        self.bom.setChecked(settings.export_bom)
        self.folder = QLineEdit(settings.default_folder)
        self.folder.setPlaceholderText(tr("The folder used last"))
        self.folder.setToolTip(tr("Where the import, export and review dialogs open"))
        self._lay_out()

    def _lay_out(self) -> None:
        browse = QToolButton()
        browse.setIcon(icons.icon("file.open"))
        browse.setToolTip(tr("Choose the folder"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        restart = QLabel(tr("A new language is used from the next start of Qari."))
        restart.setWordWrap(True)
        restart.setEnabled(False)
        form = QFormLayout(self)
        form.addRow(tr("Annotator &name:"), self.annotator)
        form.addRow(tr("&Language:"), self.language)
        form.addRow("", restart)
        form.addRow(tr("&Theme:"), self.theme)
        form.addRow(tr("Text &size:"), self.font_size)
        form.addRow("", self.snap)
        form.addRow("", self.bom)
        folder_label = QLabel(tr("&Default folder:"))
        folder_label.setBuddy(self.folder)  # the row is a layout: its access key needs a buddy
        form.addRow(folder_label, folder_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def _browse(self) -> None:
        title = tr("Default folder")
        chosen = QFileDialog.getExistingDirectory(self, title, self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def chosen(self, settings: Settings) -> dict[str, object]:
        """The preferences that differ from `settings`, by Settings field name."""
        values: dict[str, object] = {
            "annotator": self.annotator.text().strip() or settings.annotator,
            "language": self.language.currentData(),
            "theme": self.theme.currentData(),
            "font_size": float(self.font_size.value()),
            "snap_to_words": self.snap.isChecked(),
            "export_bom": self.bom.isChecked(),
            "default_folder": self.folder.text().strip(),
        }
        assert set(values) == set(EDITED) <= {f.name for f in fields(Settings)}
        return {k: v for k, v in values.items() if getattr(settings, k) != v}


def _choice(names: dict[str, str], current: str) -> QComboBox:
    box = QComboBox()
    for value, name in names.items():
        box.addItem(name, value)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box
