"""Importing a gazetteer into an annotation file, for the window and the command line:
names to suggest, and names that belong to entities (made when missing). No Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reader.core.entities import ENTITY_LABELS, EntityDef, with_name
from reader.core.words import Words
from reader.formats.gazetteer import read_gazetteer
from reader.storage import entities, repository
from reader.storage.db import AnnotationFile


@dataclass
class GazetteerReport:
    names_added: int = 0
    entities_added: int = 0
    aliases_added: int = 0
    problems: list[Words] = field(default_factory=list)


def import_gazetteer(file: AnnotationFile, path: Path) -> GazetteerReport:
    """Add a gazetteer's names to the file, in one transaction: all or nothing."""
    with file.session() as s:
        labels = {label.name for label in repository.list_labels(s)}
        gazetteer = read_gazetteer(path, labels)
        report = GazetteerReport(problems=gazetteer.problems)
        pairs = [(e.name, e.label) for e in gazetteer.entries]
        report.names_added = entities.add_gazetteer(s, pairs)
        known = {(e.label, e.name): e for e in entities.list_entities(s)}
        for entry in gazetteer.entries:
            if not entry.entity or entry.label not in ENTITY_LABELS:
                continue
            entity = known.get((entry.label, entry.entity))
            if entity is None:
                entity = entities.add_entity(s, EntityDef(0, entry.label, entry.entity))
                report.entities_added += 1
            taught = with_name(entity, entry.name)
            if taught != entity:
                entity = entities.write_entity(s, taught)
                report.aliases_added += 1
            known[(entry.label, entry.entity)] = entity
    return report
