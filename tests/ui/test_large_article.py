"""A long article: highlights are laid out for what is in view and follow the scroll,
and changing one annotation redraws only its paragraph."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from reader.core.annotations import draft_span
from reader.core.articles import ArticleDraft
from reader.core.text import text_sha256
from reader.services.annotation_files import open_annotation_file
from reader.storage import repository
from reader.storage.importer import document_row
from reader.ui.article_view import LAZY_BLOCKS, ArticleView
from reader.ui.main_window import MainWindow
from tests.ui.conftest import covered

PARAGRAPHS = LAZY_BLOCKS * 3


def _long_file(path: Path) -> None:
    text = "\n".join(["عنوان طويل", "| أرشيف"] + [f"الفقرة {i} عن البوكمال والجيش" for i in
                                                     range(PARAGRAPHS)])  # fmt: skip
    file = open_annotation_file(path)
    with file.session() as s:
        [doc_id] = repository.add_documents(
            s, [document_row(ArticleDraft(text, "long", title="عنوان طويل", header_lines=2),
                             text_sha256(text), "2026-11-21T00:00:00.000Z")]
        )  # fmt: skip
        for needle in ("الفقرة 0 ", f"الفقرة {PARAGRAPHS - 1} "):
            at = text.index(needle) + len(needle)
            repository.add_annotation(s, draft_span(doc_id, text, at, at + 2 + 6, "PLACE"), "L")
    file.close()


@pytest.fixture
def long_window(make_window: Any, db: Path) -> MainWindow:
    _long_file(db)
    return make_window(db)


def _last_span(window: MainWindow) -> tuple[int, int]:
    span = max(window.reading.annotations.spans, key=lambda s: s.start)
    return span.start, span.end


def test_highlights_are_laid_out_as_they_scroll_into_view(long_window: MainWindow) -> None:
    window = long_window
    first = min(window.reading.annotations.spans, key=lambda s: s.start)
    assert covered(window, first.start, first.end)  # in view: highlighted
    assert covered(window, *_last_span(window)) == []  # far below: not yet
    window.article.verticalScrollBar().setValue(window.article.verticalScrollBar().maximum())
    assert covered(window, *_last_span(window))


def test_changing_one_annotation_relays_only_its_paragraph(
    long_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = long_window
    laid: list[int] = []
    real = ArticleView.block_formats
    monkeypatch.setattr(
        ArticleView,
        "block_formats",
        lambda self, n, length: (laid.append(n), real(self, n, length))[1],
    )
    first = min(window.reading.annotations.spans, key=lambda s: s.start)
    window.reading.select(first.id)
    QTest.keyClick(window.article, Qt.Key.Key_3)  # relabel as CLAIM
    assert laid and set(laid) == {window.article.index.block_of(first.start)}
