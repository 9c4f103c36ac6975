"""Entity-link agreement: of the spans two annotators both tagged (same offsets, same
label) and at least one of them linked to an entity, the share linked to the same entity.

Two files number their entities each in its own way, so a colleague's entity is mapped to
the reference's by name: they are the same when they share a name (preferred or alias,
spelling folded as search folds it). A span only one of them linked counts against
agreement, as a different entity does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from reader.core.entities import EntityDef, NameKeys

SpanKey = tuple[int, int, int, str]  # document, start, end, label
Linked = Mapping[SpanKey, EntityDef | None]  # a side's spans and the entity each names


@dataclass(frozen=True, slots=True)
class EntityAgreement:
    spans: int  # both tagged it, and at least one linked it
    same: int  # ... to the same entity
    different: int  # ... to entities of other names
    one_side: int  # ... only one of them linked it

    @property
    def share(self) -> float | None:
        return self.same / self.spans if self.spans else None

    def as_dict(self) -> dict[str, object]:
        return {"spans": self.spans, "same": self.same, "different": self.different,
                "one_side": self.one_side, "share": self.share}  # fmt: skip


def same_entity(a: EntityDef, b: EntityDef) -> bool:
    """Whether two files' entities are one: they share a name, spelling folded."""
    return bool({NameKeys.of(n).folded for n in a.names} & {NameKeys.of(n).folded for n in b.names})


def entity_agreement(ref: Linked, other: Linked) -> EntityAgreement:
    same = different = one_side = 0
    for key in ref.keys() & other.keys():
        a, b = ref[key], other[key]
        if a is None and b is None:
            continue
        if a is None or b is None:
            one_side += 1
        elif same_entity(a, b):
            same += 1
        else:
            different += 1
    return EntityAgreement(same + different + one_side, same, different, one_side)


def linked_spans(
    spans: Iterable[tuple[int, int, int, str, int | None]], entities: Iterable[EntityDef]
) -> dict[SpanKey, EntityDef | None]:
    """(document, start, end, label, entity id) rows as a side of the comparison."""
    by_id = {e.id: e for e in entities}
    return {
        (doc, start, end, label): by_id.get(entity) if entity is not None else None
        for doc, start, end, label, entity in spans
    }
