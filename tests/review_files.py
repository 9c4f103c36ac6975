"""Annotation files made for review tests: the founding articles and spans by words."""

from __future__ import annotations

import hashlib
from pathlib import Path

from reader.core.annotations import draft_span
from reader.core.articles import iter_drafts
from reader.services.annotation_files import default_labels, open_annotation_file
from reader.storage import attribution, repository
from reader.storage.db import AnnotationFile
from reader.storage.importer import import_articles
from tests.conftest import ARTICLE_A, ARTICLE_B

# (word as it appears in article A, label); each is tagged at its first occurrence
Tag = tuple[str, str]


def make_file(path: Path, annotator: str, tags: list[Tag]) -> Path:
    file = AnnotationFile.open(path, default_labels())
    import_articles(file, iter_drafts([ARTICLE_A, ARTICLE_B]))
    with file.session() as s:
        doc = repository.get_document(s, repository.list_documents(s)[0].id)
        assert doc is not None
        for word, label in tags:
            start = doc.text.index(word)
            draft = draft_span(doc.id, doc.text, start, start + len(word), label)
            repository.add_annotation(s, draft, annotator)
    file.close()
    return path


def digest(path: Path) -> str:
    """The file's bytes, with any WAL beside it, so that any write shows."""
    h = hashlib.sha256(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        h.update(wal.read_bytes())
    return h.hexdigest()


# Linked files: spans and links on the first founding article (the app's own corpus).
CLAIM, OTHER_CLAIM = "أن مدينة دير الزور تعرضت ظهر أمس لعاصفة غبارية", "فقد تقدم الجيش أمس"
SANA, ARMY = "وكالة «سانا» للأنباء", "الجيش العربي السوري"


def linked(path: Path, who: str, spans: list[tuple[str, str, int]],
           links: list[tuple[str, str, str | None]]) -> Path:  # fmt: skip
    """A file of `who` with `spans` (label, text, occurrence) on the first founding
    article and `links` (type, claim text, target text or None) between them."""
    file = open_annotation_file(path, seed_corpus=True)
    with file.session() as s:
        doc = repository.get_document(s, repository.list_documents(s)[0].id)
        assert doc is not None
        ids = {}
        for label, needle, occurrence in spans:
            start = -1
            for _ in range(occurrence + 1):
                start = doc.text.index(needle, start + 1)
            draft = draft_span(doc.id, doc.text, start, start + len(needle), label)
            ids[needle] = repository.add_annotation(s, draft, who).id
        for kind, claim, target in links:
            attribution.add_link(s, kind, ids[claim], ids[target] if target else None, who)
    file.close()
    return path


def with_entities(path: Path, who: str, mentions: list[tuple[str, str, int, str]]) -> Path:
    """A file of `who` whose spans (label, text, occurrence on the first founding article)
    name entities (by preferred name, made on first use)."""
    from reader.core.entities import EntityDef
    from reader.storage import entities

    file = open_annotation_file(path, seed_corpus=True)
    with file.session() as s:
        doc = repository.get_document(s, repository.list_documents(s)[0].id)
        assert doc is not None
        made: dict[str, int] = {}
        for label, needle, occurrence, name in mentions:
            start = -1
            for _ in range(occurrence + 1):
                start = doc.text.index(needle, start + 1)
            draft = draft_span(doc.id, doc.text, start, start + len(needle), label)
            span = repository.add_annotation(s, draft, who)
            if name not in made:
                made[name] = entities.add_entity(s, EntityDef(0, label, name)).id
            entities.set_mentions(s, {span.id: made[name]})
    file.close()
    return path
