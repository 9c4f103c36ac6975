"""Corpus search: Arabic spellings find each other, hits point at the original characters,
and the index follows every way a document enters the file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from reader.core.articles import ArticleDraft, iter_drafts
from reader.core.labels import LabelDef
from reader.storage import search
from reader.storage.db import AnnotationFile
from reader.storage.importer import import_articles, index_behind
from tests.conftest import ARTICLE_A, ARTICLE_B, NewStore
from tests.storage.test_migrations import FIXTURES


@pytest.fixture
def file(new_store: NewStore) -> AnnotationFile:
    """A new store on each engine."""
    return new_store()


def _add(file: AnnotationFile, *texts: str, indexed: bool = True) -> None:
    """Import `texts`; with `indexed`, build their search index as the window would."""
    drafts = [ArticleDraft(t, f"article {i}", title=t.split()[0]) for i, t in enumerate(texts)]
    report = import_articles(file, drafts)
    assert len(report.added) == len(texts)
    if indexed:
        index_behind(file)


def _unindexed(file: AnnotationFile) -> int:
    with file.session() as s:
        return search.unindexed_count(s.connection())


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


def test_a_search_before_the_index_is_built_still_finds_every_article(
    file: AnnotationFile,
) -> None:
    _add(file, "البوكمال في الشرق", "لا شيء هنا", "عاد إلى البوكمال")
    _add(file, "وصل البوكمال مساء", "البوكمال والبوكمال", indexed=False)
    result = _found(file, "البوكمال")
    unindexed = 0 if file.is_team else 2  # a team server indexes with the import
    assert result.unindexed == unindexed and _unindexed(file) == unindexed
    titles = [d.title for d in result.documents]
    assert sorted(titles) == sorted(["البوكمال", "عاد", "وصل", "البوكمال"])
    if unindexed:  # the indexed ones, ranked, then the rest in the order they came
        assert titles[2:] == ["وصل", "البوكمال"]
    index_behind(file)
    after = _found(file, "البوكمال")
    assert after.unindexed == 0 and sorted(d.title for d in after.documents) == sorted(titles)


def test_an_index_build_stopped_part_way_goes_on_where_it_stopped(
    tmp_path: Path, labels: list[LabelDef]
) -> None:
    file = AnnotationFile.open(tmp_path / "f.qari.sqlite", labels)
    texts = [f"خبر {i} " + "عن البوكمال " * 150 for i in range(6)]  # ~1,800 characters each
    _add(file, *texts, indexed=False)
    steps: list[int] = []
    index_behind(file, progress=lambda done, total: steps.append(done),
                 stop=lambda: len(steps) == 2, step_chars=3_000)  # fmt: skip
    assert steps == [2, 4]  # two articles a step, stopped after the second step
    file.close()
    file = AnnotationFile.open(tmp_path / "f.qari.sqlite", labels)  # as after a restart
    assert _unindexed(file) == 2
    assert index_behind(file) == 2 and _unindexed(file) == 0
    result = _found(file, "البوكمال", limit=10)
    assert result.unindexed == 0
    assert len(result.documents) == 6 and all(len(d.hits) == 150 for d in result.documents)
    file.close()


def test_two_builders_of_one_file_index_each_article_once(
    tmp_path: Path, labels: list[LabelDef], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = AnnotationFile.open(tmp_path / "f.qari.sqlite", labels)
    second = AnnotationFile.open(tmp_path / "f.qari.sqlite", labels)
    _add(first, *[f"خبر {i} عن البوكمال" for i in range(4)], indexed=False)
    with second.session() as b:
        read_before = search._read_mark(b.connection())
    with first.session() as a:
        assert search.index_next(a.connection(), chars=1) == 1
    # The second builder read the mark before the first moved it: it must not index
    # the same article again.
    with second.session() as b, monkeypatch.context() as m:
        m.setattr(search, "_read_mark", lambda _conn: read_before)
        assert search.index_next(b.connection(), chars=1) == 0
    assert index_behind(second) == 3
    found = _found(first, "البوكمال")
    assert len(found.documents) == 4 and all(len(d.hits) == 1 for d in found.documents)
    first.close()
    second.close()


@pytest.mark.parametrize(
    "mark",
    [
        "DELETE FROM meta WHERE key = 'search_indexed_through'",
        "UPDATE meta SET value = 'x' WHERE key = 'search_indexed_through'",
    ],
)
def test_a_mark_lost_by_hand_indexes_everything_again(
    tmp_path: Path, labels: list[LabelDef], mark: str
) -> None:
    path = tmp_path / "f.qari.sqlite"
    file = AnnotationFile.open(path, labels)
    _add(file, "البوكمال في الشرق", "عاد إلى البوكمال")
    file.close()
    con = sqlite3.connect(path)
    con.execute(mark)
    con.commit()
    con.close()
    file = AnnotationFile.open(path, labels)
    assert _unindexed(file) == 2
    assert index_behind(file) == 2 and _unindexed(file) == 0
    found = _found(file, "البوكمال")
    assert sorted(d.title for d in found.documents) == ["البوكمال", "عاد"]
    assert found.unindexed == 0 and all(len(d.hits) == 1 for d in found.documents)
    file.close()
