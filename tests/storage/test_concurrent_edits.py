"""Two people (two windows, or two members on a team database) editing one span: the
later save is refused with a clear message, not written over the earlier one, on both
engines. The span's updated time is its row version."""

from __future__ import annotations

import pytest

from reader.core.annotations import AnnotationRecord, draft_span
from reader.core.articles import ArticleDraft
from reader.core.errors import ChangedMeanwhileError, SpanError
from reader.storage import repository
from reader.storage.db import AnnotationFile
from reader.storage.importer import import_articles
from tests.conftest import NewStore, reopen

TEXT = "قال المتحدث إن الجيش دخل البوكمال."


def _tagged(file: AnnotationFile) -> AnnotationRecord:
    import_articles(file, [ArticleDraft(TEXT, "a.txt", "t")])
    with file.session() as s:
        [doc] = repository.list_documents(s)
        start = TEXT.index("البوكمال")
        return repository.add_annotation(
            s, draft_span(doc.id, TEXT, start, start + 8, "PLACE"), "Layla"
        )


def _stored(file: AnnotationFile, record: AnnotationRecord) -> AnnotationRecord | None:
    with file.session() as s:
        return repository.get_annotation(s, record.id)


def test_the_later_of_two_edits_of_one_span_is_refused(new_store: NewStore) -> None:
    mine = new_store()
    seen = _tagged(mine)
    theirs = reopen(mine)
    with theirs.session() as s:  # a colleague relabels it first
        first = seen.with_changes(label="ACTOR", updated="2030-01-01T00:00:00.001Z")
        repository.write_annotation(s, first, seen=seen.updated)
    late = seen.with_changes(note="مدينة", updated="2030-01-01T00:00:00.002Z")
    refused = pytest.raises(ChangedMeanwhileError, match="changed elsewhere meanwhile")
    with refused, mine.session() as s:
        repository.write_annotation(s, late, seen=seen.updated)
    assert _stored(mine, seen) == first  # theirs stands, untouched
    theirs.close()


def test_deleting_a_span_changed_meanwhile_is_refused(new_store: NewStore) -> None:
    mine = new_store()
    seen = _tagged(mine)
    theirs = reopen(mine)
    with theirs.session() as s:
        changed = seen.with_changes(note="n", updated="2030-01-01T00:00:00.001Z")
        repository.write_annotation(s, changed, seen=seen.updated)
    with pytest.raises(ChangedMeanwhileError), mine.session() as s:
        repository.delete_annotation(s, seen.id, seen=seen.updated)
    assert _stored(mine, seen) == changed
    theirs.close()


def test_an_edit_of_a_span_deleted_meanwhile_says_it_is_gone(new_store: NewStore) -> None:
    mine = new_store()
    seen = _tagged(mine)
    with mine.session() as s:
        repository.delete_annotation(s, seen.id, seen=seen.updated)
    with pytest.raises(SpanError, match="no longer in the annotation file"), mine.session() as s:
        repository.write_annotation(s, seen.with_changes(note="x"), seen=seen.updated)


def test_an_edit_and_its_undo_go_through_when_nobody_else_touched_it(
    new_store: NewStore,
) -> None:
    mine = new_store()
    seen = _tagged(mine)
    after = seen.with_changes(label="ACTOR", updated="2030-01-01T00:00:00.001Z")
    with mine.session() as s:
        repository.write_annotation(s, after, seen=seen.updated)
    with mine.session() as s:  # undo: the version now is the edit's
        repository.write_annotation(s, seen, seen=after.updated)
    assert _stored(mine, seen) == seen
