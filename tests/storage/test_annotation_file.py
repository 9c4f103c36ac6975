from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from reader.core.annotations import SpanDraft, draft_span
from reader.core.articles import iter_drafts
from reader.core.errors import AnnotationFileError, NewerSchemaError, SpanError
from reader.storage import repository, schema
from reader.storage.db import AnnotationFile
from reader.storage.importer import import_articles
from tests.conftest import ARTICLE_A, ARTICLE_B, NewStore, reopen


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def file_with_corpus(new_store: NewStore) -> AnnotationFile:
    """A store on each engine holding the two founding articles."""
    file = new_store()
    import_articles(file, iter_drafts([ARTICLE_A, ARTICLE_B]))
    return file


def first_doc(file: AnnotationFile) -> tuple[int, str]:
    with file.session() as s:
        info = repository.list_documents(s)[0]
        doc = repository.get_document(s, info.id)
    assert doc is not None
    return doc.id, doc.text


def test_new_file_has_scheme_version_and_durable_pragmas(tmp_path: Path, labels) -> None:
    path = tmp_path / "new.qari.sqlite"
    file = AnnotationFile.open(path, labels)
    with file.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    file.close()
    con = sqlite3.connect(path)
    meta = dict(con.execute("SELECT key, value FROM meta"))
    con.close()
    assert meta["app"] == schema.APP_MARK
    assert meta["schema_version"] == str(schema.SCHEMA_VERSION)


def test_annotations_survive_reopening(tmp_path: Path, file_with_corpus: AnnotationFile) -> None:
    doc_id, text = first_doc(file_with_corpus)
    start = text.index("البوكمال")
    draft = draft_span(doc_id, text, start, start + len("البوكمال"), "PLACE", note="مدينة")
    with file_with_corpus.session() as s:
        added = repository.add_annotation(s, draft, "Layla")
    file_with_corpus.close()
    reopened = reopen(file_with_corpus)
    with reopened.session() as s:
        (record,) = repository.list_annotations(s, doc_id)
    reopened.close()
    assert record == added
    assert (record.start, record.end, record.text) == (start, start + 8, "البوكمال")
    assert record.context_before == text[start - 40 : start]
    assert record.context_after == text[start + 8 : start + 48]


def test_delete_restore_and_write(file_with_corpus: AnnotationFile) -> None:
    doc_id, text = first_doc(file_with_corpus)
    draft = draft_span(doc_id, text, 0, 3, "ACTOR")
    with file_with_corpus.session() as s:
        record = repository.add_annotation(s, draft, "Layla")
        repository.delete_annotation(s, record.id)
        assert repository.list_annotations(s, doc_id) == []
        repository.restore_annotation(s, record)
        assert repository.list_annotations(s, doc_id) == [record]
        changed = record.with_changes(label="CLAIM", note="n", updated="2026-01-01T00:00:00.000Z")
        repository.write_annotation(s, changed)
        assert repository.get_annotation(s, record.id) == changed
        assert repository.find_same_span(s, draft, "Layla") is None  # label changed


def test_database_rejects_bad_spans(file_with_corpus: AnnotationFile) -> None:
    doc_id, text = first_doc(file_with_corpus)
    with pytest.raises(SpanError):
        draft_span(doc_id, text, 5, 5, "ACTOR")
    with pytest.raises(SpanError):
        draft_span(doc_id, text, 0, len(text) + 1, "ACTOR")
    reversed_span = SpanDraft(doc_id, "ACTOR", 9, 4, "", "", "")
    with pytest.raises(IntegrityError), file_with_corpus.session() as s:
        repository.add_annotation(s, reversed_span, "Layla")
    unknown_label = draft_span(doc_id, text, 0, 3, "PERSON")
    with pytest.raises(SpanError, match="scheme"), file_with_corpus.session() as s:
        repository.add_annotation(s, unknown_label, "Layla")
    no_document = SpanDraft(999, "ACTOR", 0, 1, "x", "", "")
    with pytest.raises(IntegrityError), file_with_corpus.session() as s:  # foreign keys on
        repository.add_annotation(s, no_document, "Layla")


def test_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.qari.sqlite"
    path.write_text("hello", encoding="utf-8")
    before = sha(path)
    with pytest.raises(AnnotationFileError, match="not a SQLite database"):
        AnnotationFile.open(path)
    assert sha(path) == before


def test_foreign_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = sha(path)
    with pytest.raises(AnnotationFileError, match="not a Qari annotation file"):
        AnnotationFile.open(path)
    assert sha(path) == before


def test_newer_schema_is_refused_untouched(tmp_path: Path, labels) -> None:
    path = tmp_path / "future.qari.sqlite"
    AnnotationFile.open(path, labels).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = sha(path)
    with pytest.raises(NewerSchemaError, match="newer version of Qari"):
        AnnotationFile.open(path)
    assert sha(path) == before


def test_import_reports_duplicates_and_refusals(tmp_path: Path, new_store: NewStore) -> None:
    file = new_store()
    first = import_articles(file, iter_drafts([ARTICLE_A]))
    assert len(first.added) == 1
    copy = tmp_path / "copy.txt"
    copy.write_bytes(b"\xef\xbb\xbf" + ARTICLE_A.read_bytes().replace(b"\n", b"\r\n"))
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x80abc")
    with file.session() as s:
        before = repository.list_documents(s)
    report = import_articles(file, iter_drafts([copy, bad, ARTICLE_B, ARTICLE_B]))
    assert report.added == [str(ARTICLE_B)]
    assert len(report.duplicates) == 2
    assert str(report.duplicates[0]).startswith(f"{copy}: already in the annotation file")
    assert list(map(str, report.refused)) == [f"{bad}: not valid UTF-8 (bad byte 0x80 at byte 0)"]
    with file.session() as s:
        after = repository.list_documents(s)
    assert after[: len(before)] == before
    assert len(after) == 2
    file.close()
