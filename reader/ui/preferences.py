"""The user's settings in use. Edit ▸ Preferences gathers what is set once (annotator
name, language, theme, text size, snapping, the CSV mark, the folder dialogs open in):
`PreferencesDialog` collects the values, `Preferences` applies them at once and saves
them at once. `FocusMode` hides what is around the text and brings it back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
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
from reader.ui import actions, dialogs, folders, icons, theme
from reader.ui.i18n import tr

if TYPE_CHECKING:
    from reader.ui.article_pane import ArticlePane

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


class Preferences(QObject):
    """The settings in use: edited in the dialog or one at a time (a menu toggle, the
    annotator name), applied at once and saved at once, so a crash or kill keeps them."""

    message = Signal(str, int)  # for the status bar: text, milliseconds

    def __init__(
        self,
        settings: Settings,
        registry: dict[str, QAction],
        article_pane: ArticlePane,
        owner: QWidget,
    ) -> None:
        super().__init__(owner)
        self.settings = settings
        self.registry = registry
        self.article_pane = article_pane
        self.owner = owner  # the dialogs' parent

    def edit(self) -> None:
        dialog = PreferencesDialog(self.owner, self.settings)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            self.apply(dialog.chosen(self.settings))

    def apply(self, changes: dict[str, object]) -> None:
        """Take the changed preferences into use (the language at the next start)."""
        for name, value in changes.items():
            setattr(self.settings, name, value)
        self.registry["annotation.snap"].setChecked(self.settings.snap_to_words)
        self.registry["file.bom"].setChecked(self.settings.export_bom)
        folders.open_in(self.settings.default_folder)
        if "font_size" in changes:
            self.article_pane.zoom_to(self.settings.font_size)
        if "theme" in changes:
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            theme.apply_theme(app, self.settings.theme)
            self.restyle()
        if "language" in changes:
            self.message.emit(tr("A new language is used from the next start of Qari."), 10000)
        self.save()

    def restyle(self) -> None:
        """Icons and highlights drawn again in the colours of the theme now in use."""
        icons.forget()
        actions.refresh_icons(self.registry)
        self.article_pane.view.restyle()

    def ask_annotator(self) -> None:
        name = dialogs.ask_annotator(self.owner, self.settings.annotator)
        if name:
            self.set("annotator", name)

    def set(self, preference: str, value: object) -> None:
        setattr(self.settings, preference, value)
        self.save()

    def save(self) -> None:
        try:
            self.settings.save()
        except OSError as err:
            why = dialogs.explain(err)
            self.message.emit(tr("Preferences not saved: {why}").format(why=why), 8000)


class FocusMode:
    """Only the text (and its label bar): hide what is around it, then bring back what
    was shown before."""

    def __init__(self, around: Callable[[], Sequence[QWidget]]) -> None:
        self.around = around
        self.hidden: list[QWidget] = []

    def set(self, on: bool) -> None:
        if on:
            self.hidden = [part for part in self.around() if part.isVisible()]
            for part in self.hidden:
                part.hide()
        else:
            for part in self.hidden:
                part.show()
            self.hidden = []
