"""Files written by earlier versions open, are upgraded in place after a backup, and keep
everything the user had."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from reader.core.annotations import draft_span
from reader.services.annotation_files import default_labels
from reader.storage import attribution, repository, schema, search
from reader.storage.db import AnnotationFile

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_schema_1_file_is_upgraded_with_a_backup_and_keeps_its_spans(tmp_path: Path) -> None:
    path = tmp_path / "old.qari.sqlite"
    shutil.copy(FIXTURES / "schema_v1.qari.sqlite", path)
    original = path.read_bytes()

    file = AnnotationFile.open(path, default_labels())
    with file.session() as s:
        docs = repository.list_documents(s)
        spans = repository.list_annotations(s, docs[0].id)
    file.close()

    assert len(docs) == 2
    assert [(a.start, a.end, a.text, a.label, a.annotator, a.note) for a in spans] == [
        (65, 73, "البوكمال", "PLACE", "Layla", "v1 note")
    ]
    assert (spans[0].origin_annotator, spans[0].origin_file) == ("", "")
    con = sqlite3.connect(path)
    version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
    con.close()
    assert version == str(schema.SCHEMA_VERSION)
    backups = list(tmp_path.glob("old.qari.sqlite.v1.*.bak"))
    assert len(backups) == 1 and backups[0].read_bytes() == original


def test_upgraded_file_records_origin_of_an_accepted_span(tmp_path: Path) -> None:
    path = tmp_path / "old.qari.sqlite"
    shutil.copy(FIXTURES / "schema_v1.qari.sqlite", path)
    file = AnnotationFile.open(path, default_labels())
    with file.session() as s:
        doc = repository.get_document(s, repository.list_documents(s)[0].id)
        assert doc is not None
        draft = draft_span(doc.id, doc.text, 0, 4, "ACTOR")
        added = repository.add_annotation(s, draft, "Me", "Layla", "layla.qari.sqlite")
    with file.session() as s:
        stored = repository.get_annotation(s, added.id)
    file.close()
    assert stored is not None
    assert (stored.origin_annotator, stored.origin_file) == ("Layla", "layla.qari.sqlite")


def test_schema_2_file_gets_its_search_index_and_keeps_origins_and_notes(tmp_path: Path) -> None:
    """A real file written by the version-2 app (commit 3b24abc..a420a9c~1)."""
    path = tmp_path / "v2.qari.sqlite"
    shutil.copy(FIXTURES / "schema_v2.qari.sqlite", path)
    original = path.read_bytes()

    file = AnnotationFile.open(path, default_labels())
    with file.session() as s:
        docs = repository.list_documents(s)
        spans = repository.list_annotations(s, docs[0].id)
        found = search.search(s, "البوكمال", limit=10)
    file.close()

    assert [(a.text, a.label, a.note, a.origin_annotator, a.origin_file) for a in spans] == [
        ("الجيش", "ACTOR", "v2 note", "Omar", "omar.qari.sqlite"),
        ("البوكمال", "PLACE", "", "", ""),
    ]
    assert found.documents and found.documents[0].hits[0].text == "البوكمال"
    [backup] = tmp_path.glob("v2.qari.sqlite.v2.*.bak")
    assert backup.read_bytes() == original


def test_every_past_schema_version_has_a_fixture_and_a_step() -> None:
    from reader.storage.engine import MIGRATIONS

    past = range(1, schema.SCHEMA_VERSION)
    assert sorted(MIGRATIONS) == list(past)
    assert all((FIXTURES / f"schema_v{v}.qari.sqlite").is_file() for v in past)


def test_schema_3_file_learns_when_its_accepted_spans_were_accepted(tmp_path: Path) -> None:
    """A real file written by the version-3 app: an accepted span gets the best time the
    file knew (its last change); the user's own spans have none."""
    path = tmp_path / "v3.qari.sqlite"
    shutil.copy(FIXTURES / "schema_v3.qari.sqlite", path)
    before = sqlite3.connect(path)
    accepted_at = before.execute(
        "SELECT updated_at FROM annotation WHERE origin_annotator = 'Omar'"
    ).fetchone()[0]
    before.close()

    file = AnnotationFile.open(path, default_labels())
    with file.session() as s:
        spans = repository.list_annotations(s, repository.list_documents(s)[0].id)
    file.close()

    assert [(a.text, a.note, a.origin_annotator, a.origin_at) for a in spans] == [
        ("الجيش", "", "Omar", accepted_at),
        ("البوكمال", "v3 note", "", ""),
    ]
    assert len(list(tmp_path.glob("v3.qari.sqlite.v3.*.bak"))) == 1


def test_schema_4_file_gains_links_and_the_cue_label_and_keeps_its_spans(tmp_path: Path) -> None:
    """A real file written by the version-4 app (before links): it gets the link types
    and the CUE label, keeps its spans, and a claim in it can then be linked."""
    path = tmp_path / "v4.qari.sqlite"
    shutil.copy(FIXTURES / "schema_v4.qari.sqlite", path)
    original = path.read_bytes()

    file = AnnotationFile.open(path, default_labels())
    with file.session() as s:
        added = repository.list_labels(s)[-1]
        labels = [(label.name, label.shortcut) for label in repository.list_labels(s)]
        types = [(t.name, t.claim_label, t.target_label) for t in attribution.list_link_types(s)]
        spans = repository.list_annotations(s, repository.list_documents(s)[0].id)
        by_label = {a.label: a for a in spans}
        link = attribution.add_link(s, "SOURCE", by_label["CLAIM"].id, by_label["ACTOR"].id, "Me")
    with file.session() as s:
        stored = attribution.list_links(s, link.document_id)
    file.close()

    assert labels == [("ACTOR", "1"), ("PLACE", "2"), ("CLAIM", "3"), ("CUE", "4")]
    assert added == default_labels()[-1]  # the step's CUE is the bundled scheme's
    assert types == [("SOURCE", "CLAIM", "ACTOR"), ("CUE", "CLAIM", "CUE"),
                     ("ABOUT", "CLAIM", "PLACE")]  # fmt: skip
    assert sorted((a.label, a.text, a.note) for a in spans) == [
        ("ACTOR", "الجيش", "v4 note"), ("CLAIM", "تعرضت ظهر أمس لعاصفة غبارية", ""),
        ("PLACE", "البوكمال", ""),
    ]  # fmt: skip
    assert stored == [link]
    [backup] = tmp_path.glob("v4.qari.sqlite.v4.*.bak")
    assert backup.read_bytes() == original


def test_a_schema_7_file_counts_its_articles_as_indexed_and_keeps_its_spans(
    tmp_path: Path,
) -> None:
    """A real file written by the version-7 app (its index built with its articles)."""
    path = tmp_path / "v7.qari.sqlite"
    shutil.copy(FIXTURES / "schema_v7.qari.sqlite", path)
    file = AnnotationFile.open(path, default_labels())
    with file.session() as s:
        docs = repository.list_documents(s)
        spans = repository.list_annotations(s, docs[0].id)
        found = search.search(s, "البوكمال", limit=10)
        unindexed = search.unindexed_count(s.connection())
    file.close()
    assert len(docs) == 2 and unindexed == 0 and found.unindexed == 0
    assert [(a.label, a.text, a.annotator) for a in spans] == [("PLACE", "البوكمال", "Omar")]
    assert found.documents and found.documents[0].hits[0].text == "البوكمال"
    assert len(list(tmp_path.glob("v7.qari.sqlite.v7.*.bak"))) == 1
