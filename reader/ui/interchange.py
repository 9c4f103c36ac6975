"""File ▸ Import and File ▸ Export for every interchange format: the dialog that shows
what an annotation file holds and asks for the annotator's name and a mapping of unknown
labels, and the export flow (format by file type, one annotator where a format holds
one). The work itself is reader.services.exchange's."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from reader import APP_NAME
from reader.core.errors import CancelledError, KnownError
from reader.core.review import AnnotationSet
from reader.core.words import Words, grouped, listed, plural
from reader.formats.common import WriteReport
from reader.formats.registry import BY_NAME, FORMATS, Format, for_output
from reader.services.annotation_import import import_annotations
from reader.services.exchange import (
    Incoming,
    annotators_in,
    export_annotations,
    suggest,
    unknown_labels,
)
from reader.services.import_report import AnnotationImportReport
from reader.storage import repository
from reader.storage.db import AnnotationFile
from reader.ui import folders
from reader.ui.errors import show_error
from reader.ui.i18n import QT_TR_NOOP, counted, number, said, tr
from reader.ui.tasks import Task, TaskProgress, run_task

LEAVE_OUT = QT_TR_NOOP("Leave these spans out")


def _holds(aset: AnnotationSet) -> Words:
    return listed([
        plural("{count} document", QT_TR_NOOP("{count} documents"), len(aset.documents)),
        plural("{count} span", QT_TR_NOOP("{count} spans"), aset.span_count),
    ])  # fmt: skip


class ImportAnnotationsDialog(QDialog):
    """What the file holds, whose name its spans get, and where its unknown labels go."""

    def __init__(self, parent: QWidget | None, incoming: Incoming, scheme: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("{APP_NAME} — Import annotations").format(APP_NAME=APP_NAME))
        aset = incoming.annotations
        fmt = BY_NAME[incoming.format].title if incoming.format in BY_NAME else tr("Qari file")
        form = QFormLayout()
        form.addRow(tr("File:"), QLabel(str(incoming.path)))
        form.addRow(tr("Format:"), QLabel(fmt))
        form.addRow(
            tr("Holds:"),
            QLabel(said(_holds(aset))),
        )
        self.annotator = QLineEdit(aset.annotators[0] if aset.annotators else incoming.path.stem)
        self.annotator.setToolTip(tr("The name your file records with these spans"))
        if len(aset.annotators) > 1:
            form.addRow(tr("Annotators:"), QLabel(", ".join(aset.annotators)))
            self.annotator.setEnabled(False)
        else:
            form.addRow(tr("Record as:"), self.annotator)
        if aset.warnings:
            kinds = grouped(list(aset.warnings))
            note = QLabel(said(plural("{count} thing in the file will not be imported",
                                      QT_TR_NOOP("{count} things in the file will not be "
                                                 "imported"), len(kinds))))  # fmt: skip
            note.setToolTip("\n".join(said(w) for w in kinds[:20]))
            form.addRow(tr("Note:"), note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.choices: dict[str, QComboBox] = {}
        unknown = unknown_labels(aset, scheme, {})
        if unknown:
            layout.addWidget(self._mapping_box(unknown, scheme))
        self.strict = QCheckBox(tr("Refuse the whole file if a span cannot be stored as given"))
        self.strict.setToolTip(tr("A span whose text is not at its offsets, or that splits a "
                                  "letter from its marks, is otherwise moved or widened and "
                                  "listed in the summary"))  # fmt: skip
        layout.addWidget(self.strict)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)  # fmt: skip
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _mapping_box(self, unknown: Counter[str], scheme: list[str]) -> QGroupBox:
        box = QGroupBox(tr("Labels not in your scheme: map each to one of yours"))
        form = QFormLayout(box)
        for label, count in unknown.most_common():
            combo = QComboBox()
            combo.addItems([*scheme, tr(LEAVE_OUT)])
            guess = suggest(label, scheme)
            combo.setCurrentText(guess or tr(LEAVE_OUT))
            combo.setObjectName(f"map:{label}")
            self.choices[label] = combo
            said_count = counted(
                "{label} ({count} span) →",
                QT_TR_NOOP("{label} ({count} spans) →"),
                count,
                label=label,
            )
            form.addRow(said_count, combo)
        return box

    def mapping(self) -> dict[str, str]:
        return {
            label: "" if combo.currentText() == tr(LEAVE_OUT) else combo.currentText()
            for label, combo in self.choices.items()
        }

    def annotator_name(self) -> str | None:
        name = self.annotator.text().strip()
        return name if self.annotator.isEnabled() and name else None


def import_annotation_file(
    parent: QWidget | None, file: AnnotationFile, incoming: Incoming
) -> AnnotationImportReport | None:
    """Ask, then import; None when the user cancels or the import fails (said plainly)."""
    with file.session() as session:
        scheme = [label.name for label in repository.list_labels(session)]
    dialog = ImportAnnotationsDialog(parent, incoming, scheme)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = import_annotations(file, incoming, dialog.mapping(), dialog.annotator_name(),
                                    strict=dialog.strict.isChecked())  # fmt: skip
    except (KnownError, SQLAlchemyError, OSError) as err:
        QGuiApplication.restoreOverrideCursor()
        named = said(err) if str(incoming.path) in str(err) else f"{incoming.path}: {said(err)}"
        show_error(parent, tr("Import failed"), named)
        return None
    QGuiApplication.restoreOverrideCursor()
    _show_import_report(parent, report)
    return report


def _show_import_report(parent: QWidget | None, report: AnnotationImportReport) -> None:
    details = [
        *(tr("not placed: {p}").format(p=p) for p in grouped(report.problems)),
        *(tr("moved: {p}").format(p=p) for p in report.moved),
        *(tr("extended: {p}").format(p=p) for p in report.extended),
        *(said(w) for w in report.left_out_said()),
        *(tr("not imported: {w}").format(w=w) for w in grouped(report.warnings)),
        *(tr("link left out: {w}").format(w=w) for w in grouped(report.links_left_out)),
    ]
    box = QMessageBox(
        QMessageBox.Icon.Warning if report.not_as_given else QMessageBox.Icon.Information,
        tr("{APP_NAME} — Import").format(APP_NAME=APP_NAME),
        tr("Import finished. {summary}.").format(summary=report.summary()),
        parent=parent,
    )
    if details:
        box.setInformativeText("\n".join(details[:6]))
        box.setDetailedText("\n".join(details))
    box.exec()


# ---------------------------------------------------------------- export


def _chosen_format(name: str, chosen_filter: str) -> Format:
    for fmt in FORMATS:
        if fmt.dialog_filter == chosen_filter:
            return fmt
    try:
        return for_output(Path(name), None)
    except KnownError:
        return BY_NAME["csv"]


def _whose(parent: QWidget, file: AnnotationFile, fmt: Format) -> tuple[bool, str | None]:
    """(go on, annotator) — a format that holds one annotator asks whose spans to write."""
    people = annotators_in(file)
    if fmt.annotators or len(people) <= 1:
        return True, None
    name, ok = QInputDialog.getItem(
        parent, tr("{APP_NAME} — Export").format(APP_NAME=APP_NAME),
        tr(
"{title} holds one annotator's spans. Whose should be written?"
).format(title=fmt.title), people, 0, False,
    )  # fmt: skip
    return ok, name if ok else None


class AnnotationExporter(QObject):
    """File ▸ Export: asks where, in which format and whose spans, then writes in the
    background behind a progress dialog with Cancel, and says what the format lost."""

    def __init__(self, owner: QWidget) -> None:
        """`owner` is the widget the dialogs belong to (the window)."""
        super().__init__(owner)
        self.owner = owner
        self.task: Task | None = None

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def start(self, file: AnnotationFile, bom: bool) -> Task | None:
        """Ask, then export; the task (for the file's session to track), or None."""
        if self.running:
            show_error(
                self.owner, tr("Export"), tr("An export is running; wait for it or cancel it.")
            )
            return None
        chosen = _ask_target(self.owner, file)
        if chosen is None:
            return None
        fmt, out, annotator = chosen
        self.task = task = run_task(
            lambda t: export_annotations(file, fmt, out, annotator, bom=bom, progress=t),
            "export",
        )
        TaskProgress(
            task, self.owner, tr("Exporting"), tr("Exporting to {name}…").format(name=out.name),
            lambda done, total: tr("Exporting annotation {done} of {total}…").format(
                done=number(done), total=number(total)
            ),
            cancelling=tr("Cancelling: nothing will be written…"),
        )  # fmt: skip
        task.done.connect(lambda report: _show_export_report(self.owner, fmt, report))
        task.failed.connect(self._failed)
        return task

    def _failed(self, err: Exception) -> None:
        if isinstance(err, CancelledError):
            QMessageBox.information(
                self.owner, tr("{APP_NAME} — Export").format(APP_NAME=APP_NAME), said(err)
            )
        elif isinstance(err, (KnownError, SQLAlchemyError, OSError)):
            show_error(self.owner, tr("Export failed"), said(err))
        else:
            raise err  # a bug: the excepthook shows it


def _ask_target(parent: QWidget, file: AnnotationFile) -> tuple[Format, Path, str | None] | None:
    """Where, in which format and whose spans: None when the user cancels."""
    filters = [fmt.dialog_filter for fmt in FORMATS if fmt.writable]
    name, chosen = QFileDialog.getSaveFileName(
        parent, tr("Export annotations"),
        str(Path(folders.start_folder() or Path.home()) / "annotations.csv"), ";;".join(filters),
        filters[0],
    )  # fmt: skip
    if not name:
        return None
    fmt = _chosen_format(name, chosen)
    go_on, annotator = _whose(parent, file, fmt)
    return (fmt, Path(name), annotator) if go_on else None


def _show_export_report(parent: QWidget, fmt: Format, report: WriteReport) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning if report.losses else QMessageBox.Icon.Information,
        tr("{APP_NAME} — Export").format(APP_NAME=APP_NAME), f"{said(report.summary())}.",
        parent=parent,
    )  # fmt: skip
    if report.losses:
        losses = [said(loss) for loss in report.losses]
        box.setInformativeText(
            tr("{title} cannot hold everything:\n").format(title=fmt.title) + "\n".join(losses[:6])
        )
        box.setDetailedText("\n".join(losses))
    box.exec()
