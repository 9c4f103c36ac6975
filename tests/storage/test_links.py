"""Links in the annotation file: checked against the scheme, one of each, and gone with
their spans; an undo puts both back exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.annotations import AnnotationRecord, draft_span
from reader.core.errors import SpanError
from reader.storage import attribution, repository
from reader.storage.db import AnnotationFile
from tests.conftest import NewStore

TEXT = "أعلن المتحدث رايان ديلون أن الجيش تقدم نحو البوكمال."


@pytest.fixture
def file(new_store: NewStore) -> AnnotationFile:
    """A new store on each engine."""
    return new_store()


def tag(file: AnnotationFile, needle: str, label: str) -> AnnotationRecord:
    with file.session() as s:
        [doc] = repository.list_documents(s) or [None]
        if doc is None:
            from reader.core.text import text_sha256

            repository.add_documents(s, [{"sha256": text_sha256(TEXT), "title": "t",
                                          "char_count": len(TEXT), "added_at": "now",
                                          "text": TEXT}])  # fmt: skip
            doc = repository.list_documents(s)[0]
        start = TEXT.index(needle)
        draft = draft_span(doc.id, TEXT, start, start + len(needle), label)
        return repository.add_annotation(s, draft, "Me")


def test_a_claim_links_to_its_source_cue_and_place_and_to_an_unnamed_source(
    file: AnnotationFile,
) -> None:
    claim = tag(file, "الجيش تقدم نحو البوكمال", "CLAIM")
    actor, cue = tag(file, "رايان ديلون", "ACTOR"), tag(file, "أعلن", "CUE")
    place = tag(file, "البوكمال", "PLACE")
    with file.session() as s:
        made = [
            attribution.add_link(s, kind, claim.id, target, "Me")
            for kind, target in (
                ("SOURCE", actor.id),
                ("CUE", cue.id),
                ("ABOUT", place.id),
                ("SOURCE", None),
            )
        ]
    with file.session() as s:
        assert attribution.list_links(s, claim.document_id) == made  # fmt: skip
    assert [(k.type, k.target_id) for k in made] == [
        ("SOURCE", actor.id), ("CUE", cue.id), ("ABOUT", place.id), ("SOURCE", None)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "claim_of", "target_of", "problem"),
    [
        ("SOURCE", "actor", "actor", "SOURCE links start at spans labelled CLAIM"),
        ("SOURCE", "claim", "place", "SOURCE links point to spans labelled ACTOR"),
        ("ABOUT", "claim", None, "ABOUT links need a span labelled PLACE"),
        ("WHO", "claim", "actor", "link type 'WHO' is not in this annotation file's scheme"),
    ],
)
def test_a_link_that_does_not_fit_the_scheme_is_refused(
    file: AnnotationFile, kind: str, claim_of: str, target_of: str | None, problem: str
) -> None:
    spans = {
        "claim": tag(file, "الجيش تقدم نحو البوكمال", "CLAIM"),
        "actor": tag(file, "رايان ديلون", "ACTOR"),
        "place": tag(file, "البوكمال", "PLACE"),
    }
    target = spans[target_of].id if target_of else None
    with pytest.raises(SpanError) as caught, file.session() as s:
        attribution.add_link(s, kind, spans[claim_of].id, target, "Me")
    assert problem in str(caught.value)
    with file.session() as s:
        assert attribution.list_links(s, spans["claim"].document_id) == []


def test_the_same_link_twice_is_refused(file: AnnotationFile) -> None:
    claim, actor = tag(file, "الجيش تقدم", "CLAIM"), tag(file, "رايان ديلون", "ACTOR")
    with file.session() as s:
        attribution.add_link(s, "SOURCE", claim.id, actor.id, "Me")
        attribution.add_link(s, "SOURCE", claim.id, None, "Me")
    for target in (actor.id, None):
        with pytest.raises(SpanError, match="already has this SOURCE link"), file.session() as s:
            attribution.add_link(s, "SOURCE", claim.id, target, "Me")


def test_deleting_a_span_deletes_its_links_and_both_come_back_as_they_were(
    file: AnnotationFile,
) -> None:
    claim, actor = tag(file, "الجيش تقدم", "CLAIM"), tag(file, "رايان ديلون", "ACTOR")
    with file.session() as s:
        link = attribution.add_link(s, "SOURCE", claim.id, actor.id, "Me")
        touching = attribution.links_touching(s, [actor.id])
        repository.delete_annotation(s, actor.id)
    with file.session() as s:
        assert attribution.list_links(s, claim.document_id) == []
        repository.restore_annotation(s, actor)
        attribution.restore_links(s, touching)
    with file.session() as s:
        assert touching == [link] and attribution.list_links(s, claim.document_id) == [link]


def test_a_file_made_with_a_scheme_without_claims_has_no_link_types(tmp_path: Path) -> None:
    """Link types join labels: a new file whose scheme lacks them is made without."""
    from reader.core.labels import LabelDef, LabelStyle

    only_places = [LabelDef("PLACE", "#56B4E9", "1", LabelStyle.BACKGROUND)]
    for labels in ([], only_places):
        file = AnnotationFile.open(tmp_path / f"f{len(labels)}.qari.sqlite", labels)
        with file.session() as s:
            assert attribution.list_link_types(s) == []
        file.close()
