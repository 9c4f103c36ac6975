from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core import articles
from reader.core.articles import ArticleDraft, iter_drafts, read_jsonl
from reader.core.corpus import bundled_articles
from reader.core.errors import ArticleError
from tests.conftest import ARTICLE_A, CORPUS


def drafts(items: list[ArticleDraft | ArticleError]) -> list[ArticleDraft]:
    return [i for i in items if isinstance(i, ArticleDraft)]


def errors(items: list[ArticleDraft | ArticleError]) -> list[str]:
    return [str(i) for i in items if isinstance(i, ArticleError)]


def test_txt_article_headline_and_header_lines() -> None:
    (draft,) = drafts(list(iter_drafts([ARTICLE_A])))
    assert draft.title.startswith("بعد خسارة السباق الأول مع الجيش")
    assert draft.header_lines == 2
    assert draft.text == ARTICLE_A.read_text(encoding="utf-8")


def test_bad_txt_files_are_named(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xd8")
    (tmp_path / "empty.txt").write_bytes(b"\xef\xbb\xbf \r\n")
    (tmp_path / "good.txt").write_text("عنوان\nالكاتب\nنص", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    items = list(iter_drafts([tmp_path]))
    assert [d.title for d in drafts(items)] == ["عنوان"]
    assert errors(items) == [
        f"{tmp_path / 'bad.txt'}: not valid UTF-8 (bad byte 0xd8 at byte 0)",
        f"{tmp_path / 'empty.txt'}: the article is empty",
    ]


def test_jsonl_articles_and_per_line_errors(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    lines = [
        json.dumps({"text": "نص أول", "title": "عنوان", "source": "الوطن", "date": "2017-10-29"}),
        "",
        "{not json",
        json.dumps({"title": "بلا نص"}),
        json.dumps({"text": "  "}),
        json.dumps(["text"]),
        json.dumps({"text": "نص\r\nثان", "url": "https://example.org/a", "date": None}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_jsonl(path))
    good = drafts(items)
    assert [(d.text, d.title, d.source, d.date) for d in good] == [
        ("نص أول", "عنوان", "الوطن", "2017-10-29"),
        ("نص\nثان", "", "", ""),
    ]
    assert good[0].header_lines == 0
    assert errors(items) == [
        f"{path}, line 3: not valid JSON (Expecting property name enclosed in double quotes)",
        f"{path}, line 4: missing the 'text' field (a string)",
        f"{path}, line 5: the article text is empty",
        f"{path}, line 6: expected a JSON object",
    ]


def test_unknown_paths_are_reported(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    items = list(iter_drafts([tmp_path / "x.pdf", tmp_path / "missing.jsonl"]))
    assert errors(items)[0].endswith("not an article file (expected .txt, .jsonl or a folder)")
    assert "missing.jsonl: cannot read" in errors(items)[1]


def test_bundled_corpus_carries_outlets() -> None:
    items = bundled_articles(CORPUS)
    assert not errors(items)
    assert [d.source for d in drafts(items)] == [
        "Al-Watan (الوطن), Syria, with agencies",
        "Al-Sabah Al-Jadeed (الصباح الجديد), Iraq",
    ]


JSON_NAME_ERROR = "Expecting property name enclosed in double quotes"


def test_jsonl_is_read_in_chunks_with_the_same_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large JSONL streams; CRLF split across reads still ends one line, not two."""
    path = tmp_path / "crlf.jsonl"
    rows = [json.dumps({"text": f"نص رقم {i}"}, ensure_ascii=False) for i in range(40)]
    rows[17] = "{broken"
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(rows).encode() + b"\r\n")
    whole = list(read_jsonl(path))
    for size in (1, 2, 3, 7, 64):
        monkeypatch.setattr(articles, "READ_CHUNK", size)
        chunked = list(read_jsonl(path))
        assert [d.text for d in drafts(chunked)] == [d.text for d in drafts(whole)]
        assert errors(chunked) == errors(whole)
        assert errors(whole) == [f"{path}, line 18: not valid JSON ({JSON_NAME_ERROR})"]
    assert len(drafts(whole)) == 39
