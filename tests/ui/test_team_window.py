"""The window on a team database (a real PostgreSQL server the tests start): the same
window, the title says which database and who, a tag is on the server once shown as
saved, File ▸ Open Team Database… asks for host, database and user and for a password
only when the server wants one, and Save a Copy As writes a file of one's own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from reader.core.annotations import DocumentInfo, draft_span
from reader.core.articles import iter_drafts
from reader.services.annotation_files import open_annotation_file
from reader.settings import Settings
from reader.storage import repository
from reader.storage.db import AnnotationFile
from reader.storage.importer import import_articles
from reader.ui import team_dialogs
from reader.ui.main_window import MainWindow
from tests.conftest import ARTICLE_A, ARTICLE_B
from tests.pg_server import PASSWORD, PgServer
from tests.ui.conftest import (
    Dialogs,
    covered,
    find,
    rows,
    select_by_keyboard,
    table_records,
)


@pytest.fixture
def team(team_url: str) -> str:
    """A team database holding the two founding articles."""
    file = open_annotation_file(team_url)
    import_articles(file, iter_drafts([ARTICLE_A, ARTICLE_B]))
    file.close()
    return team_url


def _show(qtbot: Any, file: AnnotationFile) -> MainWindow:
    settings = Settings.load()
    settings.annotator = "Layla"
    window = MainWindow(file, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.article.setFocus()
    return window


def _omar_tags_a_place(team: str) -> tuple[DocumentInfo, int]:
    """A colleague, Omar, tags «دير الزور» as PLACE in the first article (ARTICLE_A), in a
    process of his own as far as the window can tell; the article, and where it starts."""
    colleague = open_annotation_file(team)
    with colleague.session() as s:
        doc = repository.list_documents(s)[0]
        text = repository.get_document(s, doc.id).text  # type: ignore[union-attr]
        there = text.index("دير الزور")
        repository.add_annotation(s, draft_span(doc.id, text, there, there + 9, "PLACE"), "Omar")
    colleague.close()
    return doc, there


def _on_server(url: str) -> list[tuple[Any, ...]]:
    """The annotations as the server holds them, read with psycopg alone (not our code)."""
    with psycopg.connect(url, password=PASSWORD) as con:
        return con.execute(
            'SELECT p.name, l.name, a.start, a."end", a.text FROM annotation a JOIN label l ON '
            "l.id = a.label_id JOIN annotator p ON p.id = a.annotator_id ORDER BY a.id"
        ).fetchall()


def test_a_tag_in_the_window_is_on_the_server_when_shown_saved(
    qtbot: Any, team: str, dialogs: Dialogs
) -> None:
    window = _show(qtbot, open_annotation_file(team))
    database = team.rsplit("/", 1)[1]
    assert window.windowTitle().endswith(f"{database} @ 127.0.0.1 (qari)")
    assert window.documents.model.rowCount() == 2
    start, end = find(window, "البوكمال")
    select_by_keyboard(window, start, end)
    QTest.keyClick(window.article, Qt.Key.Key_2)
    assert "All changes saved" in window.save_status.text()
    # Tagged under the login name (the settings' "Layla" is for files): the database's
    # row security knows its members by it.
    assert _on_server(team) == [("qari", "PLACE", start, end, "البوكمال")]
    QTest.keyClick(window.article, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _on_server(team) == []
    assert window.settings.last_file == team  # no password in it: there is none to keep


def test_open_team_database_asks_where_then_for_the_password_it_needs(
    qtbot: Any, team: str, dialogs: Dialogs, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _show(qtbot, open_annotation_file(db, seed_corpus=True))
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    host, port_db = team.removeprefix("postgresql://qari@").split(":")
    port, database = port_db.split("/")
    asked: list[str] = []

    def fill_in(dialog: QDialog) -> int:
        assert isinstance(dialog, team_dialogs.TeamDatabaseDialog)
        dialog.host.setText(host)
        dialog.port.setValue(int(port))
        dialog.database.setText("")
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Open).isEnabled()
        dialog.database.setText(database)
        dialog.user.setText("qari")
        return QDialog.DialogCode.Accepted.value

    def answer(_parent: Any, where: str, problem: str) -> str | None:
        asked.append(problem)
        return "wrong" if len(asked) == 1 else PASSWORD

    monkeypatch.setattr(team_dialogs.TeamDatabaseDialog, "exec", fill_in)
    monkeypatch.setattr(team_dialogs, "ask_password", answer)
    window.actions_["file.open_team"].trigger()
    assert len(asked) == 2 and "password authentication failed" in asked[1]
    assert window.session.file.is_team
    assert window.documents.model.rowCount() == 2
    assert window.windowTitle().endswith(f"{database} @ {host} (qari)")
    assert PASSWORD not in window.settings.last_file


def test_save_a_copy_of_a_team_database_writes_a_file_of_ones_own(
    qtbot: Any, team: str, dialogs: Dialogs, tmp_path: Path
) -> None:
    window = _show(qtbot, open_annotation_file(team))
    start, end = find(window, "دير الزور")
    select_by_keyboard(window, start, end)
    QTest.keyClick(window.article, Qt.Key.Key_2)
    dialogs.save_path = str(tmp_path / "plane.qari.sqlite")
    window.actions_["file.save_copy"].trigger()
    assert rows(
        tmp_path / "plane.qari.sqlite", 'SELECT a.start, a."end", a.text FROM annotation a'
    ) == [(start, end, "دير الزور")]
    assert window.session.file.is_team  # the copy is made; work goes on in the team


def test_cancelling_the_password_keeps_the_file_open(
    qtbot: Any, team: str, dialogs: Dialogs, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _show(qtbot, open_annotation_file(db, seed_corpus=True))
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    monkeypatch.setattr(team_dialogs, "ask_password", lambda *a: None)
    assert not window.session.switch_to(team)
    assert window.session.file.path == db.resolve()


def test_the_dialog_starts_from_the_team_database_used_last(qtbot: Any) -> None:
    dialog = team_dialogs.TeamDatabaseDialog(None, "postgresql://amina@db.example.org:6543/news")
    qtbot.addWidget(dialog)
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text()) == (
        "db.example.org",
        6543,
        "news",
    )
    assert dialog.url() == "postgresql://amina@db.example.org:6543/news"


@pytest.fixture
def own_server() -> Iterator[PgServer]:
    """A server of this test's own, to stop and start again."""
    server = PgServer(durable=True)  # a commit survives the server stopping at once
    server.start()
    yield server
    server.stop()


def test_when_the_server_goes_away_an_edit_is_not_shown_saved_and_nothing_is_lost(
    qtbot: Any, own_server: PgServer, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    url = own_server.new_database()
    file = open_annotation_file(url)
    import_articles(file, iter_drafts([ARTICLE_A]))
    window = _show(qtbot, file)
    first = find(window, "البوكمال")
    select_by_keyboard(window, *first)
    QTest.keyClick(window.article, Qt.Key.Key_2)
    assert "All changes saved" in window.save_status.text()

    own_server.pause()  # the network drops
    second = find(window, "دير الزور")
    select_by_keyboard(window, *second)
    QTest.keyClick(window.article, Qt.Key.Key_2)
    assert "NOT saved: the team database could not be reached" in window.save_status.text()
    assert dialogs.said("could not be reached, so the change was not saved")
    assert dialogs.offered[-1] == ("retry",)  # Try Again, for when the network is back
    assert [r.start for r in table_records(window)] == [first[0]]  # shown as the server holds

    own_server.resume()  # back: the next edit goes through on a fresh connection
    select_by_keyboard(window, *second)
    QTest.keyClick(window.article, Qt.Key.Key_2)
    assert "All changes saved" in window.save_status.text()
    assert [row[2] for row in _on_server(url)] == [first[0], second[0]]


def test_a_span_a_colleague_changed_meanwhile_is_not_overwritten(
    qtbot: Any, team: str, dialogs: Dialogs
) -> None:
    window = _show(qtbot, open_annotation_file(team))
    start, end = find(window, "البوكمال")
    select_by_keyboard(window, start, end)
    QTest.keyClick(window.article, Qt.Key.Key_2)  # PLACE, selected
    mine = window.reading.selected_record()
    assert mine is not None
    colleague = open_annotation_file(team)
    with colleague.session() as s:  # a curator makes it a CLAIM first
        theirs = mine.with_changes(label="CLAIM", updated="2030-01-01T00:00:00.000Z")
        repository.write_annotation(s, theirs, seen=mine.updated)
    colleague.close()

    QTest.keyClick(window.article, Qt.Key.Key_1)  # relabel as ACTOR
    assert dialogs.said("this span was changed elsewhere meanwhile")
    assert "NOT saved" in window.save_status.text()
    assert [(r.label, r.start) for r in table_records(window)] == [("CLAIM", start)]
    assert _on_server(team)[0][1] == "CLAIM"


def test_a_colleagues_tag_appears_without_a_restart(
    qtbot: Any, team: str, dialogs: Dialogs
) -> None:
    window = _show(qtbot, open_annotation_file(team))
    window.actions_["view.everyone"].setChecked(True)  # colleagues' spans too
    start, end = find(window, "البوكمال")
    select_by_keyboard(window, start, end)
    QTest.keyClick(window.article, Qt.Key.Key_2)  # my own tag: no news to me
    document = window.reading.document
    assert document is not None
    colleague = open_annotation_file(team)
    there = document.text.index("دير الزور")
    with colleague.session() as s:
        draft = draft_span(document.id, document.text, there, there + 9, "PLACE")
        repository.add_annotation(s, draft, "Omar")
    colleague.close()
    qtbot.waitUntil(lambda: len(table_records(window)) == 2, timeout=5000)
    assert sorted(r.annotator for r in table_records(window)) == ["Omar", "qari"]
    assert window.reading.selected_id == table_records(window)[0].id  # my choice is kept
    assert "colleague's changes" in window.statusBar().currentMessage()


def test_on_a_team_database_i_see_my_spans_and_on_request_everyones(
    qtbot: Any, team: str, dialogs: Dialogs
) -> None:
    doc, there = _omar_tags_a_place(team)
    window = _show(qtbot, open_annotation_file(team))
    window.documents.choose(doc.id)
    everyone = window.actions_["view.everyone"]
    assert not everyone.isChecked()  # a team database opens on one's own spans
    assert table_records(window) == []
    start, end = find(window, "البوكمال")
    select_by_keyboard(window, start, end)
    QTest.keyClick(window.article, Qt.Key.Key_2)
    assert [r.annotator for r in table_records(window)] == ["qari"]
    everyone.trigger()
    assert sorted(r.annotator for r in table_records(window)) == ["Omar", "qari"]
    assert len(covered(window, there, there + 9)) == 1  # their span drawn too
    everyone.trigger()
    assert [r.annotator for r in table_records(window)] == ["qari"]


def test_review_a_colleague_on_the_team_database_instead_of_a_file(
    qtbot: Any, team: str, dialogs: Dialogs
) -> None:
    _omar_tags_a_place(team)
    window = _show(qtbot, open_annotation_file(team))
    assert window.actions_["file.review_team"].isEnabled()
    window.actions_["file.review_team"].trigger()  # Omar is the only colleague: no question
    qtbot.waitUntil(lambda: bool(window.review.colleagues) and not window.review.busy,
                    timeout=10000)  # fmt: skip
    assert [c.annotator for c in window.review.colleagues] == ["Omar"]
    assert [it.kind.name for it in window.review_panel.shown_items()] == ["ONLY_THEIRS"]
    QTest.keyClick(
        window.article, Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    assert dialogs.messages == []
    with psycopg.connect(team, password=PASSWORD) as con:
        accepted = con.execute(
            "SELECT p.name, a.text, a.origin_annotator FROM annotation a JOIN annotator p ON "
            "p.id = a.annotator_id WHERE p.name = 'qari'"
        ).fetchall()
    assert accepted == [("qari", "دير الزور", "Omar")]
