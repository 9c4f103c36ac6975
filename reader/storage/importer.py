"""Adding articles to an annotation file: duplicates skipped by SHA-256, every refusal
named, batches committed as they go so a later failure never undoes earlier work."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from reader.core.annotations import utc_now
from reader.core.articles import ArticleDraft
from reader.core.errors import ArticleError
from reader.core.text import text_sha256
from reader.core.words import QT_TR_NOOP, Words
from reader.storage import repository, search
from reader.storage.db import AnnotationFile

BATCH = 500


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    duplicates: list[Words] = field(default_factory=list)
    refused: list[Words | str] = field(default_factory=list)
    cancelled: bool = False  # stopped by the user; whole batches before it are kept

    @property
    def problems(self) -> list[Words | str]:
        """Every message about an article that was not added."""
        return [*self.duplicates, *self.refused]

    def summary(self) -> Words:
        return Words(
            QT_TR_NOOP("{added} added, {present} already present, {refused} refused"),
            added=len(self.added),
            present=len(self.duplicates),
            refused=len(self.refused),
        )


def index_behind(
    file: AnnotationFile,
    progress: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
    step_chars: int = search.STEP_CHARS,
) -> int:
    """Bring the search index up to the file's articles, a small transaction a step
    (a tag meanwhile waits for one step at most); how many were indexed. Stopped, it
    leaves whole steps: the next build goes on from there."""
    with file.session() as session:
        total = search.unindexed_count(session.connection())
    done = 0
    while done < total and not (stop is not None and stop()):
        with file.session() as session:
            step = search.index_next(session.connection(), step_chars)
        if not step:
            break  # another window of the file finished it
        done += step
        if progress:
            progress(done, total)
    return done


def document_row(draft: ArticleDraft, sha: str, now: str) -> dict[str, object]:
    return {
        "sha256": sha,
        "title": draft.title,
        "source": draft.source,
        "date": draft.date,
        "url": draft.url,
        "origin": draft.origin,
        "header_lines": draft.header_lines,
        "char_count": len(draft.text),
        "added_at": now,
        "text": draft.text,
    }


def import_articles(
    file: AnnotationFile,
    items: Iterable[ArticleDraft | ArticleError],
    progress: Callable[[int], None] | None = None,
    stop: Callable[[], bool] | None = None,
    batch_size: int = BATCH,
) -> ImportReport:
    """Add `items`, one transaction a batch. When `stop()` turns true the batch being
    gathered is dropped: what was added is whole batches, and nothing after them."""
    report = ImportReport()
    batch: list[ArticleDraft] = []
    for seen, item in enumerate(items, start=1):
        if stop is not None and stop():
            report.cancelled = True
            return report
        if isinstance(item, ArticleError):
            report.refused.append(item.words or str(item))
        else:
            batch.append(item)
        if len(batch) >= batch_size:
            _commit_batch(file, batch, report)
            batch = []
        if progress:
            progress(seen)
    _commit_batch(file, batch, report)
    return report


def _commit_batch(file: AnnotationFile, batch: list[ArticleDraft], report: ImportReport) -> None:
    if not batch:
        return
    now = utc_now()
    shas = [text_sha256(d.text) for d in batch]
    rows: list[dict[str, object]] = []
    with file.session() as session:
        existing = repository.document_ids_by_sha(session, list(set(shas)))
        for draft, sha in zip(batch, shas, strict=True):
            if sha in existing:
                doc_id, title = existing[sha]
                same = QT_TR_NOOP(
                    "{origin}: already in the annotation file (same text as «{title}»)"
                )
                numbered = Words(QT_TR_NOOP("document {id}"), id=str(doc_id))
                report.duplicates.append(Words(same, origin=draft.origin, title=title or numbered))
                continue
            existing[sha] = (0, draft.title or draft.origin)
            rows.append(document_row(draft, sha, now))
        repository.add_documents(session, rows)
    report.added.extend(str(r["origin"]) for r in rows)
