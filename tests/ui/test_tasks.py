"""Work off the GUI thread: the one helper (run_task) and what uses it as a user meets
it: an export with a progress bar and Cancel, a colleague's file read while the window
goes on working."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from reader.core.errors import KnownError
from reader.storage import repository
from reader.ui.main_window import MainWindow
from reader.ui.tasks import Task, TaskProgress, run_task
from tests.review_files import make_file
from tests.ui.conftest import Dialogs, find, rows, select_by_keyboard, wait_for_export


def test_a_task_reports_its_result_on_the_gui_thread(qtbot: Any) -> None:
    gui = threading.current_thread()
    seen: dict[str, object] = {}

    def work(task: Task) -> int:
        seen["worker"] = threading.current_thread()
        task.set_total(3)
        return 42

    task = run_task(work, "test")
    task.done.connect(lambda result: seen.update(result=result, on=threading.current_thread()))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42 and seen["on"] is gui and seen["worker"] is not gui
    assert not task.running


def test_a_failure_arrives_as_the_exception(qtbot: Any) -> None:
    def work(_task: Task) -> None:
        raise KnownError("the disk is full")

    task = run_task(work, "test")
    with qtbot.waitSignal(task.failed) as failed:
        pass
    assert str(failed.args[0]) == "the disk is full"


def test_cancel_is_asked_between_steps_and_abandon_drops_the_outcome(qtbot: Any) -> None:
    started, steps = threading.Event(), []

    def work(task: Task) -> str:
        started.set()
        while not task.cancelled():
            steps.append(1)
            threading.Event().wait(0.001)
        return "stopped"

    outcomes: list[object] = []
    task = run_task(work, "test")
    task.done.connect(outcomes.append)
    started.wait(5)
    task.abandon()  # cancels and waits: the work is over when it returns
    assert not task.running and steps
    QTest.qWait(50)
    assert outcomes == []  # what it was for is gone: nothing is delivered


def test_a_progress_dialog_follows_the_task_and_cancel_stops_it(qtbot: Any) -> None:
    gate = threading.Event()

    def work(task: Task) -> int:
        task.set_total(10)
        gate.wait(5)
        return 0 if task.cancelled() else 10

    task = run_task(work, "test")
    dialog = TaskProgress(task, None, "Test", "Starting…", lambda d, t: f"{d} of {t}")
    qtbot.waitUntil(lambda: dialog.maximum() == 10)
    assert dialog.labelText() == "0 of 10"
    [cancel] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel"]
    cancel.click()
    assert task.cancelled()
    gate.set()
    with qtbot.waitSignal(task.done) as done:
        pass
    assert done.args == [0]


# ---------------------------------------------------------------- export


def test_a_long_export_shows_progress_and_cancel_writes_nothing(
    window: MainWindow,
    dialogs: Dialogs,
    tmp_path: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for needle, key in (("الجيش العربي السوري", Qt.Key.Key_1), ("البوكمال", Qt.Key.Key_2)):
        select_by_keyboard(window, *find(window, needle))
        QTest.keyClick(window.article, key)
    reached, gate = threading.Event(), threading.Event()
    export_rows = repository.iter_export_cells

    def slow(*args: Any) -> Any:  # stands in for a million rows: the first thousand wait
        for n, row in enumerate(export_rows(*args)):
            if n == 1:
                reached.set()
                gate.wait(10)
            yield row

    monkeypatch.setattr(repository, "iter_export_cells", slow)
    out = tmp_path / "out.csv"
    dialogs.save_path = str(out)
    window.actions_["file.export"].trigger()
    qtbot.waitUntil(reached.is_set, timeout=5000)
    [progress] = window.findChildren(TaskProgress)
    qtbot.waitUntil(lambda: progress.maximum() == 2, timeout=5000)  # two annotations
    assert progress.isVisible()
    window.activateWindow()  # the reader clicks back into the text and goes on working
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    select_by_keyboard(window, *find(window, "دير الزور"))
    QTest.keyClick(window.article, Qt.Key.Key_2)
    assert len(rows(window.session.file.path)) == 3
    [cancel] = [b for b in progress.findChildren(QPushButton) if b.text() == "Cancel"]
    cancel.click()
    gate.set()
    wait_for_export(qtbot, window)
    assert dialogs.said("Export cancelled; nothing was written")
    assert list(tmp_path.glob("*.csv")) == [] and list(tmp_path.glob(".out.csv*")) == []


# ---------------------------------------------------------------- a colleague's file


def test_a_colleagues_file_is_read_while_the_window_goes_on(
    make_window: Callable[..., MainWindow],
    db: Path,
    tmp_path: Path,
    dialogs: Dialogs,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reader.services import reviewing

    colleague = make_file(tmp_path / "layla.qari.sqlite", "Layla", [("البوكمال", "ACTOR")])
    window = make_window(db)
    reached, gate = threading.Event(), threading.Event()
    read = reviewing.read_colleague_file

    def slow_read(path: Path) -> Any:
        reached.set()
        gate.wait(10)
        return read(path)

    monkeypatch.setattr(reviewing, "read_colleague_file", slow_read)
    dialogs.open_paths = [str(colleague)]
    window.actions_["file.review"].trigger()
    qtbot.waitUntil(reached.is_set, timeout=5000)
    assert window.review.busy and not window.review_dock.isVisible()
    select_by_keyboard(window, *find(window, "دير الزور"))
    QTest.keyClick(window.article, Qt.Key.Key_2)  # tagging goes on meanwhile
    assert [r[1] for r in rows(db)] == ["PLACE"]
    gate.set()
    qtbot.waitUntil(lambda: not window.review.busy, timeout=10000)
    assert window.review_dock.isVisible()
    assert window.review.colleague is not None and window.review.colleague.annotator == "Layla"


def test_cancel_while_a_colleagues_file_is_read_opens_no_review(
    make_window: Callable[..., MainWindow],
    db: Path,
    tmp_path: Path,
    dialogs: Dialogs,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reader.services import reviewing

    colleague = make_file(tmp_path / "layla.qari.sqlite", "Layla", [("البوكمال", "ACTOR")])
    window = make_window(db)
    gate = threading.Event()
    read = reviewing.read_colleague_file
    monkeypatch.setattr(reviewing, "read_colleague_file", lambda p: gate.wait(10) and read(p))
    dialogs.open_paths = [str(colleague)]
    window.actions_["file.review"].trigger()
    [progress] = window.findChildren(TaskProgress)
    qtbot.waitUntil(progress.isVisible, timeout=3000)  # shown once it takes half a second
    assert "Reading layla.qari.sqlite" in progress.labelText()
    [cancel] = [b for b in progress.findChildren(QPushButton) if b.text() == "Cancel"]
    cancel.click()
    gate.set()
    qtbot.waitUntil(lambda: not window.review.busy, timeout=10000)
    assert window.review.colleagues == [] and not window.review_dock.isVisible()
    assert dialogs.messages == []
