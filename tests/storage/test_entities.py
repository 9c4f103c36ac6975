"""The entity registry in the annotation file: spans name entities, merges and splits
move them, and every step can be taken back exactly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.core.annotations import AnnotationRecord, draft_span
from reader.core.entities import (
    EntityDef,
    RegistryChange,
    link_change,
    merge_change,
    same_name,
    split_change,
)
from reader.core.errors import SpanError
from reader.core.text import text_sha256
from reader.services.annotation_files import default_labels
from reader.storage import attribution, entities, reads, repository
from reader.storage.db import AnnotationFile
from tests.conftest import NewStore

TEXT = "قال رايان ديلون إن قوات ريان ديلون تتقدم نحو البوكمال، وقال ديلون إن للبوكمال أهمية."
FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture
def file(new_store: NewStore) -> AnnotationFile:
    """A new store on each engine, holding TEXT."""
    found = new_store()
    with found.session() as s:
        repository.add_documents(s, [{"sha256": text_sha256(TEXT), "title": "t", "source": "S",
                                      "char_count": len(TEXT), "added_at": "now",
                                      "text": TEXT}])  # fmt: skip
    return found


def tag(file: AnnotationFile, needle: str, label: str, nth: int = 0) -> AnnotationRecord:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    with file.session() as s:
        doc = repository.list_documents(s)[0]
        draft = draft_span(doc.id, TEXT, start, start + len(needle), label)
        return repository.add_annotation(s, draft, "Me")


def new_entity(file: AnnotationFile, label: str, name: str, *aliases: str) -> EntityDef:
    with file.session() as s:
        return entities.add_entity(s, EntityDef(0, label, name, aliases))


def link(file: AnnotationFile, span: AnnotationRecord, entity: EntityDef | None) -> None:
    with file.session() as s:
        entities.set_mentions(s, {span.id: entity.id if entity else None})


def test_a_span_names_an_entity_and_the_panel_counts_it(file: AnnotationFile) -> None:
    first, second = tag(file, "رايان ديلون", "ACTOR"), tag(file, "ريان ديلون", "ACTOR")
    dillon = new_entity(file, "ACTOR", "ريان ديلون", "رايان ديلون", "ديلون")
    link(file, first, dillon)
    link(file, second, dillon)
    with file.session() as s:
        stored = repository.get_annotation(s, first.id)
    [row] = reads.entity_rows(file.reader)
    assert stored is not None and stored.entity_id == dillon.id
    assert (row.entity, row.mentions, row.documents, row.outlets) == (dillon, 2, 1, ("S",))
    assert [m.text for m in reads.mentions(file.reader, dillon.id)] == [
        "رايان ديلون", "ريان ديلون"
    ]  # fmt: skip


def test_a_span_cannot_name_an_entity_of_another_label(file: AnnotationFile) -> None:
    place = tag(file, "البوكمال", "PLACE")
    dillon = new_entity(file, "ACTOR", "ريان ديلون")
    with pytest.raises(SpanError, match="other label"):
        link(file, place, dillon)
    with pytest.raises(SpanError, match="ACTOR or a PLACE"):
        new_entity(file, "CLAIM", "قال")
    with pytest.raises(SpanError, match="needs a name"):
        new_entity(file, "PLACE", "  ")


def test_deleting_an_entity_unlinks_its_spans_and_a_relabel_keeps_the_file_whole(
    file: AnnotationFile,
) -> None:
    span = tag(file, "البوكمال", "PLACE")
    city = new_entity(file, "PLACE", "البوكمال")
    link(file, span, city)
    with file.session() as s:
        entities.delete_entity(s, city.id)
    with file.session() as s:
        stored = repository.get_annotation(s, span.id)
    assert stored is not None and stored.entity_id is None


def apply(file: AnnotationFile, change: RegistryChange) -> RegistryChange:
    with file.session() as s:
        return entities.apply_change(s, change)


def test_merge_moves_mentions_and_names_and_its_reverse_puts_all_back(
    file: AnnotationFile,
) -> None:
    a, b = tag(file, "رايان ديلون", "ACTOR"), tag(file, "ريان ديلون", "ACTOR")
    keep = new_entity(file, "ACTOR", "رايان ديلون")
    other = new_entity(file, "ACTOR", "ريان ديلون", "ديلون")
    link(file, a, keep)
    link(file, b, other)
    moved = [m.annotation_id for m in reads.mentions(file.reader, other.id)]
    done = apply(file, merge_change(keep, other, moved))
    [row] = reads.entity_rows(file.reader)
    assert row.mentions == 2 and row.entity.aliases == ("ريان ديلون", "ديلون")
    apply(file, done.reversed())
    assert reads.list_entities(file.reader) == [keep, other]
    assert [m.annotation_id for m in reads.mentions(file.reader, other.id)] == [b.id]
    apply(file, done)  # redo: the same ids again
    assert [e.id for e in reads.list_entities(file.reader)] == [keep.id]


def test_merge_refuses_two_labels(file: AnnotationFile) -> None:
    actor = new_entity(file, "ACTOR", "البوكمال")
    place = new_entity(file, "PLACE", "البوكمال")
    span = tag(file, "البوكمال", "PLACE")
    link(file, span, place)
    with pytest.raises(SpanError, match="one label"):
        merge_change(actor, place, [span.id])
    with pytest.raises(SpanError, match="other label"):  # the file checks it too
        apply(file, RegistryChange(((place, None),), ((span.id, place.id, actor.id),)))
    assert reads.list_entities(file.reader) == [actor, place]  # nothing half done


def test_split_moves_chosen_mentions_to_a_new_entity_and_back(file: AnnotationFile) -> None:
    a, b = tag(file, "البوكمال", "PLACE"), tag(file, "للبوكمال", "PLACE")
    city = new_entity(file, "PLACE", "البوكمال")
    link(file, a, city)
    link(file, b, city)
    done = apply(file, split_change(city, "للبوكمال", [b.id]))
    [(_, made)] = done.entities
    assert made is not None and made.id > city.id
    assert [m.annotation_id for m in reads.mentions(file.reader, made.id)] == [b.id]
    assert [m.annotation_id for m in reads.mentions(file.reader, city.id)] == [a.id]
    apply(file, done.reversed())
    assert [m.annotation_id for m in reads.mentions(file.reader, city.id)] == [a.id, b.id]
    assert reads.list_entities(file.reader) == [city]


def test_linking_a_span_teaches_its_entity_the_name(file: AnnotationFile) -> None:
    span = tag(file, "ريان ديلون", "ACTOR")
    dillon = new_entity(file, "ACTOR", "رايان ديلون")
    done = apply(file, link_change({span.id: None}, dillon, dillon, span.text))
    assert reads.list_entities(file.reader)[0].aliases == ("ريان ديلون",)
    apply(file, done.reversed())
    assert reads.list_entities(file.reader) == [dillon]
    fresh = apply(file, link_change({span.id: None}, EntityDef(-1, "ACTOR", span.text), None))
    [(_, made)] = fresh.entities
    assert made is not None and [m.text for m in reads.mentions(file.reader, made.id)] == [
        span.text
    ]


def test_claims_by_an_actor_are_those_it_is_the_source_of(file: AnnotationFile) -> None:
    speaker = tag(file, "رايان ديلون", "ACTOR")
    claim = tag(file, "قوات ريان ديلون تتقدم نحو البوكمال", "CLAIM")
    other = tag(file, "للبوكمال أهمية", "CLAIM")
    dillon = new_entity(file, "ACTOR", "رايان ديلون")
    link(file, speaker, dillon)
    with file.session() as s:
        attribution.add_link(s, "SOURCE", claim.id, speaker.id, "Me")
        attribution.add_link(s, "SOURCE", other.id, None, "Me")
    rows = reads.claim_rows(file.reader, "CLAIM", source_entity=dillon.id)
    assert [r.claim_id for r in rows] == [claim.id]


def test_unlinked_spans_of_an_alias_are_found(file: AnnotationFile) -> None:
    a = tag(file, "ديلون", "ACTOR", nth=2)
    b = tag(file, "رايان ديلون", "ACTOR")
    tag(file, "البوكمال", "PLACE")
    dillon = new_entity(file, "ACTOR", "رايان ديلون", "ديلون")
    link(file, b, dillon)
    unlinked = reads.unlinked_spans(file.reader, a.document_id, "ACTOR")
    assert unlinked == [(a.id, "ديلون")]
    assert same_name(dillon, unlinked) == [a.id]


def test_gazetteer_and_rejections_are_kept_once(file: AnnotationFile) -> None:
    with file.session() as s:
        assert entities.add_gazetteer(s, [("البوكمال", "PLACE"), ("البوكمال", "PLACE")]) == 1
        assert entities.add_gazetteer(s, [("البوكمال", "PLACE"), ("ديلون", "ACTOR")]) == 1
        doc = repository.list_documents(s)[0].id
        entities.reject_suggestion(s, doc, "PLACE", 1, 5)
        entities.reject_suggestion(s, doc, "PLACE", 1, 5)
    assert reads.rejected_suggestions(file.reader, doc) == {("PLACE", 1, 5)}
    assert ("ديلون", "ACTOR", 1) in reads.tagged_names(file.reader)
    with file.session() as s:
        entities.reject_suggestion(s, doc, "PLACE", 1, 5, rejected=False)
    assert reads.rejected_suggestions(file.reader, doc) == set()


def test_schema_5_file_gains_the_registry_and_keeps_its_spans_and_links(tmp_path: Path) -> None:
    """A real file written by the version-5 app (before entities)."""
    path = tmp_path / "v5.qari.sqlite"
    shutil.copy(FIXTURES / "schema_v5.qari.sqlite", path)
    original = path.read_bytes()
    file = AnnotationFile.open(path, default_labels())
    with file.session() as s:
        doc = repository.list_documents(s)[0].id
        spans = repository.list_annotations(s, doc)
        links = attribution.list_links(s, doc)
        actor = next(a for a in spans if a.label == "ACTOR")
        dillon = entities.add_entity(s, EntityDef(0, "ACTOR", actor.text))
        entities.set_mentions(s, {actor.id: dillon.id})
    rows = reads.entity_rows(file.reader)
    file.close()
    assert sorted((a.label, a.text, a.note) for a in spans) == [
        ("ACTOR", "رايان ديلون", "v5 note"),
        ("CLAIM", "أن قوات التحالف تعد هجوما على مدينة البوكمال", ""),
        ("CUE", "أعلن", ""), ("PLACE", "البوكمال", ""),
    ]  # fmt: skip
    assert [k.type for k in links] == ["SOURCE", "CUE", "ABOUT"]
    assert [(r.entity.name, r.mentions) for r in rows] == [("رايان ديلون", 1)]
    [backup] = tmp_path.glob("v5.qari.sqlite.v5.*.bak")
    assert backup.read_bytes() == original
