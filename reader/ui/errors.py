"""Known errors become plain messages; anything else reaches the excepthook, which logs
it and shows it once (per kind and place) with the log's path and a copyable report,
instead of failing silently."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QMessageBox, QWidget

from reader import APP_NAME, paths
from reader.ui.i18n import tr

log = logging.getLogger("reader")


def setup_logging() -> None:
    target = paths.log_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(target, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    log.warning("%s: %s", title, message)
    QMessageBox.warning(parent, f"{APP_NAME} — {title}", message)


# Errors already shown, by kind and the line that raised: one failing in every paint
# would otherwise open a dialog per frame. Each is still logged every time.
_shown: set[tuple[str, str]] = set()


def _where(tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)
    return f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    report = "".join(traceback.format_exception(kind, value, tb))
    log.error("unexpected error\n%s", report)
    key = (kind.__name__, _where(tb))
    if key in _shown:
        return
    _shown.add(key)
    box = QMessageBox(
        QMessageBox.Icon.Critical, tr("{APP_NAME} — unexpected error").format(APP_NAME=APP_NAME), ""
    )
    box.setText(
        tr(
            "Something went wrong that Qari did not expect. Your saved annotations are "
            "safe.\n\n{name}: {value}\n\nThe details are in the log: {log_file}"
        ).format(name=kind.__name__, value=value, log_file=paths.log_file())
    )
    box.setDetailedText(report)
    box.exec()


def install_excepthook() -> None:
    """Route unexpected errors to the dialog; a hook freshly installed has shown none."""
    _shown.clear()
    sys.excepthook = _excepthook
