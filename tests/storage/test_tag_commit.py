"""One tag, one statement: the label and the annotator are found by name inside it, so
a tag by someone new, a label the scheme lacks, and a unit of work rolled back after
adding someone all come out as a user expects."""

from __future__ import annotations

import pytest

from reader import paths
from reader.core.annotations import draft_span
from reader.core.errors import SpanError
from reader.services.annotation_files import bundled_articles
from reader.storage import repository
from reader.storage.db import AnnotationFile
from reader.storage.importer import import_articles
from tests.conftest import NewStore


@pytest.fixture
def file(new_store: NewStore) -> AnnotationFile:
    """A store on each engine holding the founding corpus."""
    opened = new_store()
    import_articles(opened, bundled_articles(paths.corpus_dir()))
    return opened


def _tag(file: AnnotationFile, start: int, label: str, who: str) -> None:
    with file.session() as s:
        doc = repository.get_document(s, repository.list_documents(s)[0].id)
        assert doc is not None
        repository.add_annotation(s, draft_span(doc.id, doc.text, start, start + 4, label), who)


def _tags(file: AnnotationFile) -> list[tuple[str, str, int]]:
    return file.reader.execute(
        "SELECT p.name, l.name, a.start FROM annotation a JOIN annotator p ON p.id = "
        "a.annotator_id JOIN label l ON l.id = a.label_id ORDER BY a.start"
    ).fetchall()


def test_each_tag_is_stored_under_its_label_and_annotator(file: AnnotationFile) -> None:
    _tag(file, 0, "PLACE", "Layla")  # Layla is new to the file
    _tag(file, 10, "ACTOR", "Layla")  # and known now
    _tag(file, 20, "CLAIM", "Omar")
    assert _tags(file) == [("Layla", "PLACE", 0), ("Layla", "ACTOR", 10), ("Omar", "CLAIM", 20)]


def test_a_label_the_scheme_lacks_is_refused_and_nothing_stored(file: AnnotationFile) -> None:
    with pytest.raises(SpanError, match="label 'EVENT' is not in this annotation file's scheme"):
        _tag(file, 0, "EVENT", "Layla")
    assert _tags(file) == []


def test_someone_added_in_work_rolled_back_is_added_again(file: AnnotationFile) -> None:
    # Omar's first tag, then the unit of work fails
    with pytest.raises(SpanError), file.session() as s:
        doc = repository.get_document(s, repository.list_documents(s)[0].id)
        assert doc is not None
        repository.add_annotation(s, draft_span(doc.id, doc.text, 0, 4, "PLACE"), "Omar")
        raise SpanError("something later in the same unit of work failed")
    assert _tags(file) == []
    _tag(file, 30, "PLACE", "Omar")  # Omar is not taken as known: he was rolled back
    assert _tags(file) == [("Omar", "PLACE", 30)]
