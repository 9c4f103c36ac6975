"""The founding corpus shipped in corpus/: its manifest names each article's outlet."""

from __future__ import annotations

import json
from pathlib import Path

from reader.core.articles import ArticleDraft, read_txt
from reader.core.errors import ArticleError


def bundled_articles(corpus_dir: Path) -> list[ArticleDraft | ArticleError]:
    manifest = corpus_dir / "manifest.json"
    try:
        entries = json.loads(manifest.read_text(encoding="utf-8"))["articles"]
    except (OSError, ValueError, KeyError, TypeError) as err:
        return [ArticleError(str(manifest), f"cannot read the corpus manifest ({err})")]
    drafts: list[ArticleDraft | ArticleError] = []
    for entry in entries:
        try:
            drafts.append(read_txt(corpus_dir / entry["file"], source=entry.get("outlet", "")))
        except ArticleError as err:
            drafts.append(err)
    return drafts
