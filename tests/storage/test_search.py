"""Corpus search: Arabic spellings find each other, hits point at the original characters,
and the index follows every way a document enters the file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.core.articles import ArticleDraft, iter_drafts
from reader.core.labels import LabelDef
from reader.storage import search
from reader.storage.db import AnnotationFile
from reader.storage.importer import import_articles
from tests.conftest import ARTICLE_A, ARTICLE_B, NewStore
from tests.storage.test_migrations import FIXTURES


@pytest.fixture
def file(new_store: NewStore) -> AnnotationFile:
    """A new store on each engine."""
    return new_store()


def _add(file: AnnotationFile, *texts: str) -> None:
    drafts = [ArticleDraft(t, f"article {i}", title=t.split()[0]) for i, t in enumerate(texts)]
    report = import_articles(file, drafts)
    assert len(report.added) == len(texts)


def _found(file: AnnotationFile, query: str, limit: int = 20) -> search.SearchResult:
    with file.session() as s:
        return search.search(s, query, limit=limit)


def test_each_spelling_finds_the_others_and_marks_the_original_characters(
    file: AnnotationFile,
) -> None:
    text = "أعلنت المدرسةُ أن إسرائيل دخلت القرى، وقال مسؤولٌ إن الـجيش انسحب."
    _add(file, text)
    for query, original in [
        ("المدرسه", "المدرسةُ"),
        ("اسرائيل", "إسرائيل"),
        ("القري", "القرى"),
        ("الجيش", "الـجيش"),
        ("مَسْؤول", "مسؤولٌ"),
        ("دخلت  القرى", "دخلت القرى"),
    ]:
        [doc] = _found(file, query).documents
        [hit] = doc.hits
        assert text[hit.start : hit.end] == original == hit.text, query
        assert hit.before == text[max(0, hit.start - 40) : hit.start]


def test_a_query_finds_a_word_inside_its_attached_prepositions(file: AnnotationFile) -> None:
    _add(file, "مرّ بالجيش ثم عاد والجيش منهك")
    [doc] = _found(file, "الجيش").documents
    assert [h.text for h in doc.hits] == ["الجيش", "الجيش"]


def test_short_queries_are_answered_by_scanning(file: AnnotationFile) -> None:
    _add(file, "قال إنه في البيت", "لا شيء هنا")
    [doc] = _found(file, "في").documents
    assert [h.text for h in doc.hits] == ["في"]
    assert _found(file, "  ").documents == ()


def test_the_best_documents_come_first_and_more_are_flagged(file: AnnotationFile) -> None:
    _add(file, *[f"خبر رقم {i} عن البوكمال" + " البوكمال" * (i % 3) for i in range(30)])
    result = _found(file, "البوكمال", limit=5)
    assert len(result.documents) == 5 and result.more
    assert all(len(d.hits) == 3 for d in result.documents)  # bm25 ranks the densest first
    assert not _found(file, "بغداد").documents


def test_the_founding_articles_are_searchable_after_import(file: AnnotationFile) -> None:
    import_articles(file, iter_drafts([ARTICLE_A, ARTICLE_B]))
    result = _found(file, "الجيش العربي السوري")
    assert result.documents and all(
        hit.text == "الجيش العربي السوري" for d in result.documents for hit in d.hits
    )


def test_an_upgraded_old_file_gets_an_index_of_its_documents(
    tmp_path: Path, labels: list[LabelDef]
) -> None:
    path = tmp_path / "old.qari.sqlite"
    shutil.copy(FIXTURES / "schema_v1.qari.sqlite", path)
    file = AnnotationFile.open(path, labels)
    result = _found(file, "البوكمال")
    file.close()
    assert len(result.documents) >= 1
