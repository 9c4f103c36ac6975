"""An unexpected error is logged with its traceback and shown once, in a dialog that
names the log and carries the full report; the same error again is logged, not shown."""

from __future__ import annotations

import logging
import sys
from typing import Any

from reader import paths
from reader.ui import errors
from reader.ui.main_window import MainWindow
from tests.ui.conftest import Dialogs


def _fail_in_a_slot() -> None:
    raise RuntimeError("the slot broke")


def _raise_through_hook() -> None:
    try:
        _fail_in_a_slot()
    except RuntimeError:
        sys.excepthook(*sys.exc_info())


def test_unexpected_error_is_logged_and_shown_once(
    window: MainWindow, dialogs: Dialogs, monkeypatch: Any
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    errors.install_excepthook()
    errors.setup_logging()
    try:
        _raise_through_hook()
        _raise_through_hook()
    finally:
        for handler in logging.getLogger().handlers[:]:
            if isinstance(handler, logging.FileHandler):
                handler.close()
                logging.getLogger().removeHandler(handler)

    assert len(dialogs.messages) == 1
    [shown] = dialogs.messages
    assert "RuntimeError: the slot broke" in shown
    assert str(paths.log_file()) in shown
    assert "Traceback" in shown and "_fail_in_a_slot" in shown  # the copyable report
    logged = paths.log_file().read_text(encoding="utf-8")
    assert logged.count("RuntimeError: the slot broke") == 2
