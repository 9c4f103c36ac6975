"""Small dialogs and the flows around them (choose, run, report)."""

from __future__ import annotations

import getpass
import logging
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader import APP_NAME, __version__, paths
from reader.core.annotations import AnnotationRecord
from reader.core.errors import FileGoneError, KnownError, ReadOnlyFileError
from reader.core.text import in_writing_order
from reader.storage import faults, reads
from reader.storage.db import AnnotationFile
from reader.ui import folders
from reader.ui.errors import show_error
from reader.ui.i18n import QT_TR_NOOP, said, tr

if TYPE_CHECKING:
    from reader.services.exchange import Incoming

log = logging.getLogger(__name__)

FILE_FILTER = QT_TR_NOOP("Qari annotation files (*.qari.sqlite *.sqlite *.db);;All files (*)")


# What the user can do after an edit failed (`ask_after_failure`).
RETRY, COPY, CANCEL = "retry", "copy", "cancel"


def explain(err: BaseException, file: AnnotationFile | None = None) -> str:
    """Plain words for a failure: known errors say themselves; what SQLite refused on
    `file` is worded by its cause (`faults`); other database and OS errors get their
    underlying reason."""
    if isinstance(err, KnownError):
        return said(err)
    if unreachable(err, file):
        assert file is not None
        return tr(
            "The team database {name} could not be reached, so the change was not saved "
            "({detail}). Nothing saved before is lost; try again when the connection is back."
        ).format(name=file.display_name, detail=str(getattr(err, "orig", None) or err).strip())
    if file is not None:
        words = faults.describe(err, file.display_name, file.lock_timeout_s)
        if words:
            return said(words)
    if type(err).__module__.startswith("sqlalchemy."):  # (loaded on the first write)
        return tr("The annotation file refused the change: {value}").format(
            value=getattr(err, "orig", None) or err
        )
    if isinstance(err, reads.READ_ERRORS):  # the window's own reads
        return tr("The annotation file could not be read: {err}").format(err=err)
    if isinstance(err, OSError):
        return f"{err.filename or tr('File')}: {err.strerror or err}"
    return f"{type(err).__name__}: {err}"


def unreachable(err: BaseException, file: AnnotationFile | None) -> bool:
    """Whether `err` is a team database's server gone (the network, a restart)."""
    if file is None or not file.is_team:
        return False
    import psycopg  # loaded with the team database

    return isinstance(err, reads.ServerReadError) or isinstance(
        getattr(err, "orig", None), psycopg.OperationalError
    )


def report_failure(
    parent: QWidget | None, title: str, err: BaseException, file: AnnotationFile | None = None
) -> None:
    show_error(parent, title, explain(err, file))


def brief(err: BaseException, file: AnnotationFile) -> str:
    """A line for the status bar: the cause in a few words, never SQL or a traceback."""
    if isinstance(err, FileGoneError):
        return tr("the file was moved or deleted while open")
    if isinstance(err, ReadOnlyFileError):
        return tr("the file is open read-only")
    if unreachable(err, file):
        return tr("the team database could not be reached")
    known = faults.brief(err)
    words = tr(known) if known else explain(err, file).splitlines()[0]
    return words if len(words) <= 100 else words[:99] + "…"


def remedies(err: BaseException, file: AnnotationFile | None = None) -> tuple[str, ...]:
    """What may help after `err` stopped an edit: a copy elsewhere when the file can no
    longer be written, trying again when the cause may pass (a lock, a full disk, the
    team database's server out of reach)."""
    if isinstance(err, (FileGoneError, ReadOnlyFileError)):
        return (COPY,)
    if unreachable(err, file):
        return (RETRY,)
    return (RETRY,) if faults.can_retry(err) else ()


def ask_after_failure(
    parent: QWidget | None, title: str, message: str, choices: tuple[str, ...]
) -> str:
    """Say why an edit failed and offer `choices`; the one taken (CANCEL if none)."""
    log.warning("%s: %s", title, message)
    box = QMessageBox(QMessageBox.Icon.Warning, f"{APP_NAME} — {title}", message, parent=parent)
    offered: dict[object, str] = {}
    if RETRY in choices:
        offered[box.addButton(tr("Try Again"), QMessageBox.ButtonRole.AcceptRole)] = RETRY
    if COPY in choices:
        offered[box.addButton(tr("Save a Copy As…"), QMessageBox.ButtonRole.AcceptRole)] = COPY
    box.addButton(QMessageBox.StandardButton.Cancel if offered else QMessageBox.StandardButton.Ok)
    box.exec()
    return offered.get(box.clickedButton(), CANCEL)


def choose_copy_path(parent: QWidget, file: AnnotationFile) -> Path | None:
    stem = file.path.name.removesuffix(".qari.sqlite") if file.path else "annotations"
    folder = file.path.parent if file.path and not file.read_only else paths.data_dir()
    name, _ = QFileDialog.getSaveFileName(
        parent,
        tr("Save a copy of the annotation file"),
        str(folder / f"{stem} copy.qari.sqlite"),
        tr(FILE_FILTER),
    )
    return Path(name) if name else None


def choose_new_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        tr("New annotation file"),
        str(paths.data_dir() / "new.qari.sqlite"),
        tr(FILE_FILTER),
    )
    if not name:
        return None
    path = Path(name)
    if path.exists() and path.stat().st_size > 0:
        show_error(
            parent,
            tr("File exists"),
            tr(
                "{path} already exists. Use File ▸ Open to open it; a new file never "
                "overwrites an existing one."
            ).format(path=path),
        )
        return None
    return path


def choose_existing_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, tr("Open annotation file"), str(paths.data_dir()), tr(FILE_FILTER)
    )
    return Path(name) if name else None


ANNOTATION_PATTERNS = "*.qari.sqlite *.sqlite *.db *.csv *.jsonl *.json *.ann *.conll *.iob *.bio"


def _filter(translated: str) -> str:
    # Plain str.format: the patterns must reach Qt bare, without the direction isolates
    # an Arabic message gives what it quotes (a pattern inside them matches no file).
    return str.format(translated, ANNOTATION_PATTERNS=ANNOTATION_PATTERNS)


def choose_review_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        tr("Review a colleague's annotation file"),
        folders.start_folder(),
        _filter(tr("Annotation files ({ANNOTATION_PATTERNS} *.txt);;All files (*)")),
    )
    return Path(name) if name else None


def choose_articles(parent: QWidget) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        tr("Import articles or annotations"),
        folders.start_folder(),
        _filter(
            tr(
                "Articles and annotation files (*.txt {ANNOTATION_PATTERNS});;Articles (*.txt "
                "*.jsonl);;All files (*)"
            )
        ),
    )
    return [Path(n) for n in names]


def choose_article_folder(parent: QWidget) -> Path | None:
    name = QFileDialog.getExistingDirectory(
        parent, tr("Import a folder of articles, or a brat folder"), folders.start_folder()
    )
    return Path(name) if name else None


def import_into(parent: QWidget, file: AnnotationFile, sources: list[Path]) -> list[Path]:
    """Import the annotation files among `sources`, each shown first for its annotator's
    name and label mapping (interchange.import_annotation_file); return the rest, the
    articles, for the background import."""
    # The formats and the storage they write to load with the first import, not at start.
    from reader.formats.registry import detect
    from reader.services.exchange import read_annotations
    from reader.ui.interchange import import_annotation_file
    from reader.ui.span_table import ask_table_options

    articles: list[Path] = []
    incoming: list[Incoming] = []
    unreadable: list[str] = []
    for path in sources:
        try:
            fmt = detect(path) if path.is_file() else None
            table = ask_table_options(parent, path) if fmt and not fmt.writable else None
            if fmt and not fmt.writable and table is None:
                continue  # the user cancelled this one
            got = read_annotations(path, table=table)
        except KnownError as err:
            unreadable.append(said(err))
            continue
        if got is None:
            articles.append(path)
        else:
            incoming.append(got)
    if unreadable:
        show_error(parent, tr("Cannot import"), "\n\n".join(unreadable))
    for item in incoming:
        import_annotation_file(parent, file, item)
    return articles


def confirm_unlinking(parent: QWidget, what: str, links: int) -> bool:
    """Whether to delete a span that claims are linked to or from: its links go too."""
    answer = QMessageBox.question(
        parent,
        tr("{APP_NAME} — Delete").format(APP_NAME=APP_NAME),
        tr("Delete {what} and its {links} links? Undo (Ctrl+Z) brings both back.").format(
            what=what, links=links
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_annotator(parent: QWidget | None, current: str) -> str | None:
    """The name recorded with annotations; asked once and kept in preferences."""
    suggestion = current or getpass.getuser()
    name, ok = QInputDialog.getText(
        parent,
        tr("{APP_NAME} — Annotator").format(APP_NAME=APP_NAME),
        tr("Your name, as colleagues should see it on your annotations:"),
        text=suggestion,
    )
    name = name.strip()
    return name if ok and name else None


def ask_note(parent: QWidget, record: AnnotationRecord) -> str | None:
    note, ok = QInputDialog.getMultiLineText(
        parent,
        tr("{APP_NAME} — Note").format(APP_NAME=APP_NAME),
        tr("Note on {label} «{text}»:").format(label=record.label, text=record.text),
        record.note,
    )
    return note.strip() if ok else None


# Keys that are not actions of the registry: the mouse, the text, the Find bar.
OTHER_KEYS = (
    (QT_TR_NOOP("Click"),
     QT_TR_NOOP("Select the annotation under the pointer; click again to step through "
                "nested ones.")),
    (QT_TR_NOOP("Shift + arrows"),
     QT_TR_NOOP("Select text with the keyboard (the caret moves right to left).")),
    (QT_TR_NOOP("Enter / Shift+Enter"),
     QT_TR_NOOP("In the Find bar: next / previous hit. Esc returns to the text with the "
                "hit selected, so a digit tags it.")),
    (QT_TR_NOOP("Double-click a note"), QT_TR_NOOP("Edit the note in the annotations table.")),
)  # fmt: skip


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard Shortcuts: every key the window answers to, from the registry."""

    def __init__(self, parent: QWidget | None, rows: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("{APP_NAME} — Keyboard shortcuts").format(APP_NAME=APP_NAME))
        self.rows = [*rows, *((tr(keys), tr(what)) for keys, what in OTHER_KEYS)]
        cells = "".join(
            f"<tr><td><b>{escape(in_writing_order(keys))}</b></td>"
            f"<td>{escape(in_writing_order(what))}</td></tr>"
            for keys, what in self.rows
        )
        self.browser = QTextBrowser()
        self.browser.setHtml(f"<table cellpadding=3>{cells}</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)


def show_shortcuts(parent: QWidget, rows: list[tuple[str, str]]) -> None:
    ShortcutsDialog(parent, rows).exec()


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        tr("About {APP_NAME}").format(APP_NAME=APP_NAME),
        tr(
            "<b>{APP_NAME} {version}</b> — an Arabic-first reader and annotator.<br>Article "
            "font: Amiri (SIL Open Font License 1.1). Icons: Material Design Icons via "
            "QtAwesome."
        ).format(APP_NAME=APP_NAME, version=__version__),
    )
