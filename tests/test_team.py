"""A team database on a real PostgreSQL server (started by the tests): opened wherever a
file is, made and upgraded once under a lock, a file pushed in and pulled back out
whole, searched through its own index, refused clearly when it is not ours."""

from __future__ import annotations

import filecmp
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import psycopg
import pytest

from reader.core.annotations import AnnotationRecord, draft_span
from reader.core.articles import iter_drafts
from reader.core.errors import (
    AnnotationFileError,
    NewerSchemaError,
    NotYoursError,
    PasswordNeededError,
)
from reader.formats.registry import by_name
from reader.services import team
from reader.services.annotation_files import default_labels
from reader.services.exchange import export_annotations
from reader.storage import reads, repository, schema, search
from reader.storage.db import AnnotationFile
from reader.storage.importer import import_articles
from reader.storage.server import open_server
from tests.conftest import ARTICLE_A, CORPUS, REPO
from tests.formula_cells import assert_export_as_written_row_by_row, tag_formula_notes
from tests.overview_file import fill
from tests.pg_server import PASSWORD, PgServer
from tests.test_cli import reader


def _database(url: str) -> str:
    return url.rsplit("/", 1)[1]


def _export_all(file: AnnotationFile, folder: Path) -> list[Path]:
    folder.mkdir()
    written = []
    for name, suffix in (("qari-jsonl", "jsonl"), ("csv", "csv")):
        out = folder / f"all.{suffix}"
        export_annotations(file, by_name(name), out)
        written.append(out)
    return written


def test_push_then_pull_gives_back_a_file_whose_exports_are_identical(
    tmp_path: Path, team_url: str
) -> None:
    mine = fill(AnnotationFile.open(tmp_path / "mine.qari.sqlite", default_labels()))
    before = _export_all(mine, tmp_path / "before")
    mine.close()
    original = (tmp_path / "mine.qari.sqlite").read_bytes()

    first = team.push(tmp_path / "mine.qari.sqlite", team_url)
    again = team.push(tmp_path / "mine.qari.sqlite", team_url)
    assert (first.spans_added, first.documents_added) == (10, 4)
    assert (again.spans_added, again.spans_present, again.documents_added) == (0, 10, 0)
    assert (tmp_path / "mine.qari.sqlite").read_bytes() == original  # pushing changes nothing

    team.pull(team_url, tmp_path / "back.qari.sqlite")
    back = AnnotationFile.open(tmp_path / "back.qari.sqlite")
    after = _export_all(back, tmp_path / "after")
    back.close()
    assert [filecmp.cmp(a, b, shallow=False) for a, b in zip(before, after, strict=True)] == [
        True,
        True,
    ]
    assert not list(tmp_path.glob("*.partial*"))


def test_pull_refuses_a_file_that_exists_and_leaves_it_alone(
    tmp_path: Path, team_url: str
) -> None:
    target = tmp_path / "there.qari.sqlite"
    target.write_bytes(b"mine")
    with pytest.raises(AnnotationFileError, match="already exists; pull writes a new file"):
        team.pull(team_url, target)
    assert target.read_bytes() == b"mine"


def test_a_database_of_something_else_is_refused_untouched(pg_server: PgServer) -> None:
    url = pg_server.new_database()
    with pg_server.admin(_database(url)) as con:
        con.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(AnnotationFileError, match="is a database of something else"):
        open_server(url, default_labels(), password="qari-test-password")
    with pg_server.admin(_database(url)) as con:
        tables = con.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
    assert tables == [("invoices",)]


def test_a_newer_team_database_is_refused(team_url: str, pg_server: PgServer) -> None:
    open_server(team_url, default_labels()).close()
    with pg_server.admin(_database(team_url)) as con:
        con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(NewerSchemaError, match="newer version of Qari"):
        open_server(team_url, default_labels())


def test_two_clients_upgrading_at_once_upgrade_it_once(team_url: str, pg_server: PgServer) -> None:
    open_server(team_url, default_labels()).close()
    with pg_server.admin(_database(team_url)) as con:  # back to schema 6
        con.execute("DROP TABLE document_status")
        con.execute("UPDATE meta SET value = '6' WHERE key = 'schema_version'")
    errors: list[BaseException] = []
    opened: list[AnnotationFile] = []

    def client() -> None:
        try:
            opened.append(open_server(team_url, default_labels()))
        except BaseException as err:
            errors.append(err)

    clients = [threading.Thread(target=client) for _ in range(4)]
    for t in clients:
        t.start()
    for t in clients:
        t.join()
    assert errors == []
    for file in opened:
        assert reads.statuses(file.reader, "Omar", []) == {}  # the table is there
        file.close()
    with pg_server.admin(_database(team_url)) as con:
        version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    assert version == (str(schema.SCHEMA_VERSION),)


def test_no_password_or_a_wrong_one_asks_for_one(
    team_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    with pytest.raises(PasswordNeededError, match="needs a password"):
        open_server(team_url, default_labels())
    with pytest.raises(PasswordNeededError, match="password authentication failed"):
        open_server(team_url, default_labels(), password="wrong")
    file = open_server(team_url, default_labels(), password="qari-test-password")
    assert [label.name for label in reads.list_labels(file.reader)][:3] == [
        "ACTOR",
        "PLACE",
        "CLAIM",
    ]
    file.close()


def test_a_server_that_is_not_there_is_named_in_the_error() -> None:
    url = "postgresql://nobody@127.0.0.1:1/nothing"
    said = r"nothing @ 127.0.0.1 \(nobody\): cannot be used"
    with pytest.raises(AnnotationFileError, match=said):
        open_server(url, default_labels())


def test_search_on_the_server_uses_its_trigram_index(team_url: str, pg_server: PgServer) -> None:
    file = open_server(team_url, default_labels())
    import_articles(file, [])  # nothing: the index exists from the start
    with file.session() as s:
        repository.add_documents(s, [
            {"sha256": f"{i:064x}", "title": f"t{i}", "char_count": 20, "added_at": "now",
             "text": f"خبر رقم {i} عن {'البوكمال' if i % 50 == 0 else 'دمشق'}"}
            for i in range(2000)
        ])  # fmt: skip
        search.rebuild(s.connection())
        found = search.search(s, "البوكمال", limit=100)
    file.close()
    assert len(found.documents) == 40
    with pg_server.admin(_database(team_url)) as con:
        con.execute("SET enable_seqscan = off")  # 2,000 rows: a scan would be cheaper still
        plan = "\n".join(
            row[0]
            for row in con.execute(
                "EXPLAIN SELECT id FROM document_search WHERE body LIKE '%البوكمال%'"
            )
        )
    assert "ix_document_search_body" in plan


def test_the_command_line_takes_a_team_database_wherever_it_takes_a_file(
    tmp_path: Path, team_url: str
) -> None:
    added = reader("import", "--db", team_url, str(CORPUS))
    assert added.returncode == 0, added.stderr
    assert "2 added" in added.stdout
    found = reader("search", "--db", team_url, "البوكمال")
    assert found.returncode == 0, found.stderr
    assert "hits in 2 articles" in found.stdout
    stats = reader("stats", "--db", team_url, "--by", "outlet")
    assert stats.returncode == 0, stats.stderr
    assert stats.stdout.splitlines() == ["(no outlet):  2 articles  0 spans"]
    pulled = reader("pull", team_url, str(tmp_path / "plane.qari.sqlite"))
    assert pulled.returncode == 0, pulled.stderr
    assert "2 new documents" in pulled.stdout
    out = tmp_path / "from-team.csv"
    exported = reader("export", "--db", str(tmp_path / "plane.qari.sqlite"), str(out))
    assert exported.returncode == 0, exported.stderr
    pushed = reader("push", str(tmp_path / "plane.qari.sqlite"), team_url)
    assert pushed.returncode == 0, pushed.stderr
    assert "0 new documents; 2 documents matched" in pushed.stdout


def test_a_team_database_that_is_not_there_is_refused_by_the_command_line(
    pg_server: PgServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    url = pg_server.url("no_such_database", "qari")
    done = reader("export", "--db", url, "/tmp/never.csv")
    assert done.returncode == 2
    assert "no_such_database @ 127.0.0.1 (qari): cannot be used" in done.stderr
    assert 'database "no_such_database" does not exist' in done.stderr


def test_an_article_imported_into_the_team_reads_back_exactly(team_url: str) -> None:
    file = open_server(team_url, default_labels())
    import_articles(file, iter_drafts([ARTICLE_A]))
    [doc_id] = reads.document_ids(file.reader, reads.DocumentQuery())
    document = reads.get_document(file.reader, doc_id)
    file.close()
    assert document is not None
    assert document.text in ARTICLE_A.read_text(encoding="utf-8").replace("\r\n", "\n")


def test_the_reads_translate_no_literal_marks(team_url: str) -> None:
    file = open_server(team_url, default_labels())
    with pytest.raises(reads.ServerReadError, match="syntax error"):
        file.reader.execute("SELEC 1")
    assert file.reader.execute("SELECT ? || '%'", ["50"]).fetchone() == ("50%",)
    file.close()
    assert psycopg.__version__


def _team(pg_server: PgServer) -> dict[str, AnnotationFile]:
    """The README's setup: a team role owns the database; the administrator is a member of
    it; amina and omar are members of the team (they may connect), omar a curator."""
    with pg_server.admin() as con:
        con.execute("CREATE ROLE newsroom NOLOGIN")
        con.execute("CREATE DATABASE newsroom OWNER newsroom")
        con.execute("REVOKE CONNECT ON DATABASE newsroom FROM PUBLIC")
        con.execute("CREATE ROLE newsroom_curators NOLOGIN")
        for login, roles in (("editor", "newsroom"), ("amina", ""), ("omar", "newsroom_curators")):
            also = f" IN ROLE {roles}" if roles else ""
            con.execute(f"CREATE ROLE {login} LOGIN PASSWORD '{PASSWORD}'{also}")
            con.execute(f"GRANT CONNECT ON DATABASE newsroom TO {login}")
    admin = open_server(pg_server.url("newsroom", "editor"), default_labels())
    import_articles(admin, iter_drafts([ARTICLE_A]))
    return {who: open_server(pg_server.url("newsroom", who), default_labels())
            for who in ("amina", "omar")} | {"editor": admin}  # fmt: skip


def _tag(file: AnnotationFile, start: int, who: str) -> AnnotationRecord:
    with file.session() as s:
        [doc] = repository.list_documents(s)
        text = repository.get_document(s, doc.id).text  # type: ignore[union-attr]
        return repository.add_annotation(s, draft_span(doc.id, text, start, start + 3, "ACTOR"),
                                         who)  # fmt: skip


def test_members_change_only_their_own_rows_and_curators_any(
    pg_server: PgServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    team = _team(pg_server)
    amina, omar = team["amina"], team["omar"]
    mine = _tag(amina, 0, "amina")
    with pytest.raises(NotYoursError, match="only your own spans"):
        _tag(amina, 10, "omar")  # as someone else: refused by the database itself
    theirs = _tag(omar, 20, "omar")
    with pytest.raises(NotYoursError), amina.session() as s:
        repository.write_annotation(s, theirs.with_changes(label="PLACE"), seen=theirs.updated)
    with pytest.raises(NotYoursError), amina.session() as s:
        repository.delete_annotation(s, theirs.id, seen=theirs.updated)
    curated = mine.with_changes(label="PLACE", updated="2030-01-01T00:00:00.000Z")
    with omar.session() as s:  # the curator adjudicates amina's span
        repository.write_annotation(s, curated, seen=mine.updated)
    assert [(r.annotator, r.label) for r in _spans(amina, mine.document_id)] == [
        ("amina", "PLACE"),
        ("omar", "ACTOR"),
    ]
    for file in team.values():
        file.close()
    with pg_server.admin("newsroom") as con:
        found = con.execute("SELECT tableowner FROM pg_tables WHERE schemaname = 'public'")
        owners = {owner for (owner,) in found}
    assert owners == {"newsroom"}  # the team's, not whoever opened it first


def _spans(file: AnnotationFile, doc_id: int) -> list[AnnotationRecord]:
    with file.session() as s:
        return repository.list_annotations(s, doc_id)


def _heard(file: AnnotationFile, wanted: int = 1) -> set[tuple[str, int]]:
    """What `file` hears within two seconds (notices cross a socket: not at once)."""
    import time

    found: set[tuple[str, int]] = set()
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline and len(found) < wanted:
        found |= file.changes()  # type: ignore[attr-defined]
        time.sleep(0.02)
    return found


def test_a_window_hears_what_others_changed_and_not_its_own_writes(team_url: str) -> None:
    mine = open_server(team_url, default_labels())
    import_articles(mine, iter_drafts([ARTICLE_A]))
    mine.listen()
    theirs = open_server(team_url, default_labels())
    with theirs.session() as s:
        [doc] = repository.list_documents(s)
        text = repository.get_document(s, doc.id).text  # type: ignore[union-attr]
        for start in (0, 10, 20):  # three rows, one notice
            repository.add_annotation(s, draft_span(doc.id, text, start, start + 3, "ACTOR"), "O")
    assert _heard(mine, 2) == {("annotation", doc.id)}
    with mine.session() as s:
        repository.add_annotation(s, draft_span(doc.id, text, 40, 44, "PLACE"), "Layla")
    assert _heard(mine) == set()
    import_articles(theirs, iter_drafts([CORPUS / "002_0366d7dbe30f022b.txt"]))
    assert [table for table, _doc in _heard(mine)] == ["document"]
    mine.close()
    theirs.close()


# How long the ten taggers run: the issue asks for a minute (set lower to try it locally).
LOAD_SECONDS = float(os.environ.get("QARI_TEAM_LOAD_SECONDS", "60"))


def _tagger(url: str, name: str, share: int) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "tests.team_tagger", url, name, str(share), str(LOAD_SECONDS)]
    return subprocess.Popen(
        command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


@pytest.mark.timeout(LOAD_SECONDS * 3 + 60)
def test_ten_people_tagging_at_once_lose_nothing(team_url: str) -> None:
    """Ten processes (two of them one person in two windows) tag one team database for a
    minute: every save they were told of is there, every delete gone, no error."""
    file = open_server(team_url, default_labels())
    import_articles(file, iter_drafts([ARTICLE_A, CORPUS / "002_0366d7dbe30f022b.txt"]))
    file.close()
    names = [f"annotator{i}" for i in range(9)] + ["annotator0"]
    taggers = [_tagger(team_url, name, share) for share, name in enumerate(names)]
    saved, deleted, errors = set(), set(), []
    for tagger in taggers:
        out, err = tagger.communicate(timeout=LOAD_SECONDS * 3 + 30)
        for line in out.splitlines():
            said = json.loads(line)
            saved.update([said["saved"]] if "saved" in said else [])
            deleted.update([said["deleted"]] if "deleted" in said else [])
            errors += [said["error"]] if "error" in said else []
        errors += [err.strip()] if tagger.returncode and err.strip() else []
    assert errors == []
    with psycopg.connect(team_url, password=PASSWORD) as con:
        stored = {i for (i,) in con.execute("SELECT id FROM annotation")}
        people = con.execute("SELECT count(*) FROM annotator").fetchone()
    assert saved - deleted <= stored and not (deleted & stored)
    assert stored == saved - deleted  # nothing else appeared either
    assert people == (9,)
    assert len(saved) > 100  # they did work
    print(f"{len(saved)} saves, {len(deleted)} deletes by 10 processes in {LOAD_SECONDS:.0f} s")


def test_agreement_between_two_annotators_of_a_team_database(
    tmp_path: Path, team_url: str
) -> None:
    file = open_server(team_url, default_labels())
    import_articles(file, iter_drafts([ARTICLE_A]))
    for start in (0, 10):
        _tag(file, start, "amina")
    _tag(file, 0, "omar")
    file.close()
    done = reader("agree", f"{team_url}#amina", f"{team_url}#omar", "--json")
    assert done.returncode == 0, done.stderr
    [pair] = [json.loads(line) for line in done.stdout.splitlines()]
    assert pair["overall"]["exact"]["tp"] == 1


def test_csv_export_from_the_server_makes_formula_cells_inert(
    tmp_path: Path, team_url: str
) -> None:
    server = open_server(team_url, default_labels())
    import_articles(server, iter_drafts([ARTICLE_A]))
    tag_formula_notes(server)
    assert_export_as_written_row_by_row(server, tmp_path)
    server.close()


def test_a_long_article_imported_again_into_the_team_finds_every_span(
    tmp_path: Path, team_url: str
) -> None:
    """Offsets past 46,340 make start * size overflow 32 bits: the server packs them in
    64, so a second import finds the spans (and the link) the first one stored."""
    from reader.services.annotation_import import import_annotations
    from reader.services.exchange import read_annotations

    folder = tmp_path / "long"
    folder.mkdir()
    text = "قال الجيش إن البوكمال محاصرة. " * 2000  # 60,000 characters
    (folder / "a.txt").write_text(text, encoding="utf-8")
    last = len(text) - 30  # the last sentence
    lines = [f"T1\tACTOR {last + 4} {last + 9}\tالجيش", f"T2\tCLAIM {last} {last + 3}\tقال",
             "R1\tSOURCE Arg1:T2 Arg2:T1"]  # fmt: skip
    (folder / "a.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    file = open_server(team_url, default_labels())
    first = import_annotations(file, read_annotations(folder))  # type: ignore[arg-type]
    assert (first.spans_added, first.links_added) == (2, 1)
    again = import_annotations(file, read_annotations(folder))  # type: ignore[arg-type]
    file.close()
    assert (again.spans_added, again.spans_present, again.links_present) == (0, 2, 1)
