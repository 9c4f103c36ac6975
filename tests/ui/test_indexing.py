"""Imported articles are read and tagged at once; their search index is built behind
them, shown in the status bar, stopped by closing the file and resumed by the next open."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import Connection

from reader.core.articles import ArticleDraft
from reader.storage import search
from reader.storage.importer import import_articles
from reader.ui.indexing import IndexingStatus
from reader.ui.main_window import MainWindow
from tests.ui.conftest import (
    Dialogs,
    article_folder,
    find,
    rows,
    select_by_keyboard,
    wait_for_import,
)

TOTAL = 12


def _one_article_a_step(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Index one article a step, and hold the build after its first step until the
    returned event is set."""
    real = search.index_next
    go_on = threading.Event()
    steps = 0

    def step(conn: Connection, chars: int = search.STEP_CHARS) -> int:
        nonlocal steps
        steps += 1
        if steps > 1:
            go_on.wait(10)
        return real(conn, 1)

    monkeypatch.setattr(search, "index_next", step)
    return go_on


def _unindexed(db: Path) -> int:
    [(through,)] = rows(db, "SELECT value FROM meta WHERE key = 'search_indexed_through'")
    [(count,)] = rows(db, f"SELECT count(*) FROM document WHERE id > {int(through)}")
    return int(count)


def _wait_indexed(qtbot: Any, window: MainWindow, db: Path) -> None:
    qtbot.waitUntil(lambda: _unindexed(db) == 0, timeout=10000)
    qtbot.waitUntil(lambda: not window.session.indexing.running, timeout=10000)


def _import_held(
    window: MainWindow,
    dialogs: Dialogs,
    tmp_path: Path,
    qtbot: Any,
    db: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> threading.Event:
    """File > Import Folder of TOTAL articles once the founding two are indexed, the
    build behind them held after its first article; the event lets it go on."""
    _wait_indexed(qtbot, window, db)
    go_on = _one_article_a_step(monkeypatch)
    dialogs.open_paths = [str(article_folder(tmp_path, TOTAL))]
    window.actions_["file.import_folder"].trigger()
    wait_for_import(qtbot, window)
    qtbot.waitUntil(_status(window).isVisible, timeout=5000)
    return go_on


def _status(window: MainWindow) -> IndexingStatus:
    return window.statusBar().findChild(IndexingStatus)


def _search(window: MainWindow, query: str) -> str:
    window.search_panel.field.setText(query)
    window.search_panel.run()
    return window.search_panel.status.text()


def test_imported_articles_are_tagged_at_once_while_their_index_is_built(
    window: MainWindow,
    dialogs: Dialogs,
    tmp_path: Path,
    qtbot: Any,
    db: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    go_on = _import_held(window, dialogs, tmp_path, qtbot, db, monkeypatch)
    status = _status(window)
    assert status.label.text() == f"Indexing for search: 1 of {TOTAL}"
    # Read and tag an article the index has not reached.
    window.documents.view.selectRow(2 + TOTAL - 1)
    assert window.reading.document is not None and "رمز011" in window.reading.document.text
    start, end = find(window, "البوكمال")
    window.activateWindow()  # from the import's summary
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.article.setFocus()
    select_by_keyboard(window, start, end)
    QTest.keyClick(window.article, Qt.Key.Key_2)
    assert [(label, text) for _, label, _, _, text, _ in rows(db)] == [("PLACE", "البوكمال")]
    # A search meanwhile finds it too, and says how.
    assert _search(window, "رمز011").startswith("1 hit in 1 article\n")
    assert f"{TOTAL - 1} articles are still being indexed" in window.search_panel.status.text()
    assert _unindexed(db) == TOTAL - 1
    go_on.set()
    _wait_indexed(qtbot, window, db)
    assert not status.isVisible()
    assert _search(window, "رمز011") == "1 hit in 1 article"


def test_closing_stops_the_index_and_the_next_open_goes_on(
    make_window: Callable[..., MainWindow],
    dialogs: Dialogs,
    tmp_path: Path,
    qtbot: Any,
    db: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    go_on = _import_held(window, dialogs, tmp_path, qtbot, db, monkeypatch)
    go_on.set()  # the step under way ends; closing stops the build before the next ends
    window.close()
    assert not window.session.indexing.running
    assert 0 < _unindexed(db) < TOTAL
    monkeypatch.undo()
    again = make_window()
    _wait_indexed(qtbot, again, db)
    assert _search(again, "البوكمال").endswith(f" hits in {2 + TOTAL} articles")


def test_articles_added_while_the_index_is_built_are_indexed_after_it(
    window: MainWindow,
    dialogs: Dialogs,
    tmp_path: Path,
    qtbot: Any,
    db: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    go_on = _import_held(window, dialogs, tmp_path, qtbot, db, monkeypatch)
    # More articles arrive meanwhile (as an annotation file's documents do): the build
    # under way counted without them; another follows it.
    more = ArticleDraft("مقال آخر عن البوكمال", "later.txt", title="مقال آخر")
    import_articles(window.session.file, [more])
    window.session.build_index()
    go_on.set()
    _wait_indexed(qtbot, window, db)
    assert _search(window, "البوكمال").endswith(f" hits in {2 + TOTAL + 1} articles")
