"""Builds the QApplication, opens the annotation file and shows the window."""

from __future__ import annotations

import argparse
import linecache
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reader import APP_ID, APP_NAME, __version__, paths
from reader.core.errors import KnownError
from reader.settings import Settings
from reader.storage.db import AnnotationFile
from reader.ui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from reader.ui.main_window import MainWindow


def _screenshot_platform(args: argparse.Namespace) -> None:
    # A screenshot needs no screen: render offscreen unless a platform was chosen.
    if args.screenshot and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def run_gui(args: argparse.Namespace) -> int:
    _screenshot_platform(args)
    window = open_window(args)
    if window is None:
        return 2
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if args.screenshot:
        return _screenshot(app, window, Path(args.screenshot), args.window_size)
    QTimer.singleShot(0, window.article.setFocus)
    return app.exec()


def _settle(app: QApplication, window: MainWindow, limit_s: float = 30.0) -> None:
    """Let background work the picture shows finish: colleagues' files being read for
    review, their agreement figures."""
    deadline = time.monotonic() + limit_s
    app.processEvents()
    while (window.review_room.busy or window.session.busy) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def open_window(args: argparse.Namespace) -> MainWindow | None:
    """Everything from checking the display to the shown window (what the start-up
    benchmark measures); None, after saying why, when there can be no window."""
    from reader.ui.preflight import display_problem

    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return None
    from PySide6.QtWidgets import QApplication

    _feature_check_without_keeping_sources()
    from reader.ui import dialogs, errors
    from reader.ui.main_window import MainWindow

    errors.setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    errors.install_excepthook()

    settings = Settings.load()
    from reader.ui import i18n, theme

    language = i18n.chosen_language(args.language or settings.language)
    if not i18n.install(app, language):
        print(f"warning: no {language} translation at {i18n.catalogue(language)}", file=sys.stderr)
    theme.apply_theme(app, args.theme or settings.theme)
    file = _open_start_file(args, settings)
    if file is None:
        return None
    ensure_annotator(settings, args.annotator, None if args.screenshot else dialogs.ask_annotator)
    window = MainWindow(file, settings)
    window.show()
    for colleague in args.review or []:
        window.review.open_file(colleague)  # in the background, in the order given
    return window


def _feature_check_without_keeping_sources() -> None:
    """PySide6 asks of every module imported after it whether its source names PySide6
    (for the opt-in `__feature__` syntax, which Qari does not use), reading it through
    `linecache`, which keeps every file it read: 17 MiB and 30 ms of our start, most of it
    SQLAlchemy's. Give the same answer from the file's bytes, kept nowhere, and drop what
    it kept so far (no other thread runs yet). A PySide6 that no longer has the check is
    left as it is."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _names_pyside  # type: ignore[attr-defined]
        linecache.clearcache()


def _names_pyside(module: object) -> bool:
    source = getattr(module, "__file__", None)
    if not isinstance(source, str) or not source.endswith(".py"):
        return False  # built in or compiled: PySide6's own check says no to these too
    try:
        return b"PySide6" in Path(source).read_bytes()
    except OSError:
        return False


def ensure_annotator(
    settings: Settings, given: str | None, ask: Callable[[None, str], str | None] | None
) -> None:
    """The annotator name: from --annotator, else kept from before, else asked once.
    A new name is saved at once, so it is kept even if the app is killed later."""
    name = (given or "").strip() or settings.annotator
    if not name and ask is not None:
        name = ask(None, "") or ""
    if name and name != settings.annotator:
        settings.annotator = name
        settings.save()


def _open_start_file(args: argparse.Namespace, settings: Settings) -> AnnotationFile | None:
    """--db, else the last file (or team database) used, else the default file (created
    with the founding corpus). If the chosen one cannot be opened, or its password is not
    given, say why and fall back to the default."""
    from reader.services.annotation_files import open_annotation_file
    from reader.ui.dialogs import report_failure
    from reader.ui.team_dialogs import with_password

    wanted = args.db or _last_file(settings)
    try:
        if args.screenshot:  # headless: no one to answer a password prompt
            return open_annotation_file(wanted, seed_corpus=True)
        return with_password(
            None, wanted or "", lambda password: open_annotation_file(wanted, True, password)
        ) or _default_file()
    except KnownError as err:
        if args.screenshot:  # headless: no one to answer a dialog
            print(f"error: {err}", file=sys.stderr)
            return None
        report_failure(None, tr("Could not open the annotation file"), err)
        if wanted is None or (
            isinstance(wanted, Path)
            and wanted.resolve() == paths.default_annotation_file().resolve()
        ):
            return None
    return _default_file()


def _last_file(settings: Settings) -> Path | str | None:
    """The file (or team database) used last, if it is still there."""
    last = settings.last_file
    if paths.is_team_url(last):
        return last
    return Path(last) if last and Path(last).exists() else None


def _default_file() -> AnnotationFile | None:
    from reader.services.annotation_files import open_annotation_file
    from reader.ui.dialogs import report_failure

    try:
        return open_annotation_file(None, seed_corpus=True)
    except KnownError as err:
        report_failure(None, tr("Could not open the default annotation file"), err)
        return None


def _screenshot(app: QApplication, window: MainWindow, out: Path, size: tuple[int, int]) -> int:
    window.resize(*size)  # offscreen, the picture need not fit a screen
    _settle(app, window)
    window.article.centerCursor()  # the caret's line (e.g. a difference) stays in view
    window.article.setFocus()
    app.processEvents()
    ok = window.grab().save(str(out))
    window.close()
    print(f"screenshot written to {out}" if ok else f"could not write {out}")
    return 0 if ok else 2
