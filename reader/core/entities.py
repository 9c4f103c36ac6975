"""One actor, many spellings: entities and the Arabic-aware matching of their names.

An entity is one actor or place across the corpus (DESIGN.md, "Links and entities"). Its
mentions are spelt many ways: «ريان ديلون» and «رايان ديلون», «البوكمال» and
«للبوكمال», «دير الزور» and «ديرالزور». Two names are compared through ever looser keys,
and the first key they share is the reason given to the user, who confirms every merge:

1. the same text;
2. the same after search folding (alef forms, ya and alef maqsura, ta marbuta, harakat,
   tatweel: `normalise`);
3. the same after the article ال is dropped from each word, or when one is the other with
   proclitics before it: و or ف, then ب ل or ك («للبوكمال» is ل + «البوكمال»);
4. the same letters once spaces are dropped;
5. the same consonant skeleton: long vowels ا و ي dropped inside each word;
6. a small edit distance between the clitic-stripped names (1 for short names, 2 from 8
   letters on), when both start with the same letter;
7. one name's words are all in the other, in order («ديلون» in «رايان ديلون», «الجيش» in
   «الجيش العربي السوري»), the shorter having at least four letters.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

from reader.core.errors import SpanError
from reader.core.normalise import normalise
from reader.core.words import QT_TR_NOOP, Words

ENTITY_LABELS = ("ACTOR", "PLACE")  # the labels whose spans may point to an entity

_CONJUNCTIONS = "وف"
_PREPOSITIONS = "بلك"
_ARTICLE = "ال"
_LONG_VOWELS = frozenset("اوي")
_MIN_STEM = 2  # a clitic is stripped only if this many letters stay
MIN_PART = 4  # letters a name needs to be found as part of another


class Reason(IntEnum):
    """Why two names may be one entity, closest first."""

    SAME = 0
    SPELLING = 1
    CLITICS = 2
    SPACING = 3
    SKELETON = 4
    EDITS = 5
    PART = 6


REASON_WORDS = {
    Reason.SAME: QT_TR_NOOP("the same name"),
    Reason.SPELLING: QT_TR_NOOP("the same name spelt another way (alef, ya, ta marbuta, harakat)"),
    Reason.CLITICS: QT_TR_NOOP("the same name with و، ف، ب، ل، ك or ال before it"),
    Reason.SPACING: QT_TR_NOOP("the same letters, spaced differently"),
    Reason.SKELETON: QT_TR_NOOP("the same consonants, long vowels differ"),
    Reason.EDITS: QT_TR_NOOP("one letter differs"),
    Reason.PART: QT_TR_NOOP("one name is part of the other"),
}


@dataclass(frozen=True, slots=True)
class Match:
    reason: Reason
    edits: int = 0  # letters that differ, for Reason.EDITS

    def words(self) -> Words:
        if self.reason is Reason.EDITS and self.edits > 1:  # at most two (`edit_limit`)
            return Words(QT_TR_NOOP("two letters differ"))
        return Words(REASON_WORDS[self.reason])


@dataclass(frozen=True, slots=True)
class NameKeys:
    """The keys one name is compared by, from the closest to the loosest."""

    text: str
    folded: str
    bare: str  # folded, the article ال dropped from each word
    stems: frozenset[str]  # folded forms of the name without a proclitic on its first word
    joined: str  # folded without spaces
    skeleton: str  # bare without spaces and without medial long vowels

    @classmethod
    @lru_cache(maxsize=65536)
    def of(cls, name: str) -> NameKeys:
        folded = " ".join(normalise(name).split())
        words = folded.split()
        bare = _bare(words)
        stems = {" ".join([s, *words[1:]]) for s in proclitic_stems(words[0])} if words else set()
        skeleton = "".join(_consonants(w) for w in bare.split())
        return cls(name, folded, bare, frozenset(stems), folded.replace(" ", ""), skeleton)

    @property
    def lookups(self) -> tuple[str, ...]:
        """Every key a name is filed under and looked up by."""
        keys = {f"f:{self.folded}", f"b:{self.bare}", f"j:{self.joined}", f"s:{self.skeleton}"}
        keys |= {f"f:{stem}" for stem in self.stems}
        keys |= {f"w:{word}" for word in self.bare.split() if len(word) >= MIN_PART - 1}
        return tuple(keys)


def _bare(words: list[str]) -> str:
    return " ".join(
        w[len(_ARTICLE) :] if w.startswith(_ARTICLE) and len(w) - 2 >= _MIN_STEM else w
        for w in words
    )


def proclitic_stems(word: str) -> set[str]:
    """`word` without each proclitic sequence it may start with: و or ف, then ب ل or ك
    («لل» is ل before the article, its alef dropped). Only the other names say whether
    the letters were clitics: «لبنان» is no ل + «بنان» unless «بنان» is a name."""
    stems: set[str] = set()
    rest = [word, word[1:]] if word[:1] in _CONJUNCTIONS else [word]
    for part in rest:
        if part is not word and len(part) >= _MIN_STEM + 1:
            stems.add(part)
        if part[:2] == "لل" and len(part) - 2 >= _MIN_STEM:
            stems.add(_ARTICLE + part[2:])
        elif part[:1] in _PREPOSITIONS and len(part) - 1 >= _MIN_STEM + 1:
            stems.add(part[1:])
    return stems


def _consonants(word: str) -> str:
    """The word without its medial long vowels: «رايان» and «ريان» are both «رن»."""
    if len(word) <= 2:
        return word
    return word[0] + "".join(ch for ch in word[1:-1] if ch not in _LONG_VOWELS) + word[-1]


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of `a` and `b`, or `limit + 1` once it is known to exceed
    `limit` (names are short; the band keeps it cheap)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def edit_limit(joined: str) -> int:
    """How many letters may differ: none below 4 letters (too many short words are one
    letter apart), one up to 7, two from 8."""
    return 0 if len(joined) < 4 else 1 if len(joined) < 8 else 2


def compare(a: str | NameKeys, b: str | NameKeys) -> Match | None:
    """Why `a` and `b` may name one entity, or None."""
    ka = a if isinstance(a, NameKeys) else NameKeys.of(a)
    kb = b if isinstance(b, NameKeys) else NameKeys.of(b)
    if not ka.folded or not kb.folded:
        return None
    if ka.text == kb.text:
        return Match(Reason.SAME)
    if ka.folded == kb.folded:
        return Match(Reason.SPELLING)
    if ka.bare == kb.bare or ka.folded in kb.stems or kb.folded in ka.stems:
        return Match(Reason.CLITICS)
    if ka.joined == kb.joined or ka.bare.replace(" ", "") == kb.bare.replace(" ", ""):
        return Match(Reason.SPACING)
    if ka.skeleton == kb.skeleton and len(ka.skeleton) >= 3:  # two letters say nothing
        return Match(Reason.SKELETON)
    return _edits(ka.bare.replace(" ", ""), kb.bare.replace(" ", "")) or _part(ka, kb)


def _part(ka: NameKeys, kb: NameKeys) -> Match | None:
    first, second = sorted((ka, kb), key=lambda k: len(k.bare.split()))
    short, long = first.bare.split(), second.bare.split()
    if len(short) == len(long) or len(first.joined) < MIN_PART:
        return None
    words = iter(long)
    return Match(Reason.PART) if all(w in words for w in short) else None  # in order


def _edits(a: str, b: str) -> Match | None:
    limit = min(edit_limit(a), edit_limit(b))
    if not limit or a[0] != b[0]:
        return None
    distance = edit_distance(a, b, limit)
    return Match(Reason.EDITS, distance) if distance <= limit else None


def preferred_name(text: str) -> str:
    """A new entity's name from the span that names it: spaces tidied, and و ف ب ل ك
    dropped where the article follows them («للبوكمال» is «البوكمال»); other leading
    letters may be the name's own («لبنان»)."""
    words = " ".join(text.split()).split(" ")
    stems = [s for s in proclitic_stems(words[0]) if s.startswith(_ARTICLE)]
    return " ".join([max(stems, key=len) if stems else words[0], *words[1:]])


def same_name(entity: EntityDef, spans: Iterable[tuple[int, str]]) -> list[int]:
    """The spans (id, text) whose text is one of `entity`'s names, spelling folded:
    what a confirmed name links at once."""
    names = {NameKeys.of(n).folded for n in entity.names}
    return [span_id for span_id, text in spans if NameKeys.of(text).folded in names]


@dataclass(frozen=True, slots=True)
class EntityDef:
    """An entity of the registry: one actor or place and every name it goes by."""

    id: int
    label: str  # ACTOR or PLACE
    name: str  # the preferred name
    aliases: tuple[str, ...] = ()
    note: str = ""
    external_id: str = ""  # typed by the user, e.g. a Wikidata QID; nothing is fetched

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *(a for a in self.aliases if a != self.name))


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entity a name may belong to, and why."""

    entity: EntityDef
    name: str  # the entity's name that matched
    match: Match

    @property
    def rank(self) -> tuple[int, int, str]:
        return (*_closeness(self.match), self.entity.name)


class NameIndex:
    """The registry's names, looked up by each key: candidates for a new mention in
    microseconds, however many names there are (edit distance only within one first
    letter and a near length)."""

    def __init__(self, entities: Iterable[EntityDef]) -> None:
        self.entities = {e.id: e for e in entities}
        self._by_key: dict[str, set[tuple[int, str]]] = defaultdict(set)
        self._by_start: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
        for entity in self.entities.values():
            for name in entity.names:
                keys = NameKeys.of(name)
                for key in keys.lookups:
                    self._by_key[key].add((entity.id, name))
                if stem := keys.bare.replace(" ", ""):
                    self._by_start[stem[0]].append((stem, entity.id, name))

    def candidates(self, text: str, label: str | None = None, limit: int = 8) -> list[Candidate]:
        """The entities `text` may name (of `label`, if given), closest first, one row
        per entity with its closest name."""
        keys = NameKeys.of(text)
        stem = keys.bare.replace(" ", "")
        if not stem:
            return []
        pairs = set().union(*(self._by_key.get(key, set()) for key in keys.lookups))
        pairs |= {
            (entity_id, name)
            for other, entity_id, name in self._by_start.get(stem[0], ())
            if abs(len(other) - len(stem)) <= 2
        }
        best: dict[int, Candidate] = {}
        for entity_id, name in pairs:
            entity = self.entities[entity_id]
            if label and entity.label != label:
                continue
            match = compare(keys, NameKeys.of(name))
            if match is None:
                continue
            found = Candidate(entity, name, match)
            if entity_id not in best or found.rank < best[entity_id].rank:
                best[entity_id] = found
        return sorted(best.values(), key=lambda c: c.rank)[:limit]


@dataclass(frozen=True, slots=True)
class MergeSuggestion:
    """Two entities that may be one, and why: `reader entities --suggest`."""

    keep: EntityDef
    other: EntityDef
    names: tuple[str, str]  # the two names that matched: keep's, other's
    match: Match


def merge_suggestions(entities: Iterable[EntityDef]) -> list[MergeSuggestion]:
    """Pairs of entities of one label whose names match, closest first; each pair once,
    the entity with the lower id kept."""
    index = NameIndex(entities)
    found: dict[tuple[int, int], MergeSuggestion] = {}
    for entity in index.entities.values():
        for name in entity.names:
            for c in index.candidates(name, entity.label, limit=50):
                if c.entity.id == entity.id:
                    continue
                ends = sorted(((entity, name), (c.entity, c.name)), key=lambda e: e[0].id)
                pair = (ends[0][0].id, ends[1][0].id)
                if pair not in found or _closeness(c.match) < _closeness(found[pair].match):
                    names = (ends[0][1], ends[1][1])
                    found[pair] = MergeSuggestion(ends[0][0], ends[1][0], names, c.match)
    return sorted(found.values(), key=lambda m: (*_closeness(m.match), m.keep.id))


def _closeness(match: Match) -> tuple[int, int]:
    return match.reason, match.edits


@dataclass(frozen=True, slots=True)
class EntityRow:
    """An entity as the entities panel lists it: how often and where it is named."""

    entity: EntityDef
    mentions: int
    documents: int
    outlets: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Mention:
    """One span that names an entity, in its article."""

    annotation_id: int
    document_id: int
    title: str
    outlet: str
    start: int
    end: int
    text: str
    before: str
    after: str
    annotator: str


# ---------------------------------------------------------------- changes to the registry

Mentions = tuple[tuple[int, int | None, int | None], ...]  # (span, entity before, after)


@dataclass(frozen=True, slots=True)
class RegistryChange:
    """One undoable change of the registry: entities as they were and are to be (None:
    absent) and spans pointed at other entities. A new entity has a negative id until it
    is stored; its mentions use that id too."""

    entities: tuple[tuple[EntityDef | None, EntityDef | None], ...] = ()
    mentions: Mentions = ()

    def reversed(self) -> RegistryChange:
        return RegistryChange(
            tuple((after, before) for before, after in self.entities),
            tuple((span, after, before) for span, before, after in self.mentions),
        )

    @property
    def spans(self) -> list[int]:
        return [span for span, _, _ in self.mentions]


def with_name(entity: EntityDef, name: str) -> EntityDef:
    """`entity` knowing `name` too (as an alias, unless it is one of its names)."""
    if name in entity.names or not name.strip():
        return entity
    return EntityDef(entity.id, entity.label, entity.name, (*entity.aliases, name),
                     entity.note, entity.external_id)  # fmt: skip


def merged(keep: EntityDef, other: EntityDef) -> EntityDef:
    """`keep` with `other`'s names as aliases, and its note and external id where `keep`
    has none."""
    aliases = tuple(a for a in dict.fromkeys((*keep.aliases, *other.names)) if a != keep.name)
    return EntityDef(keep.id, keep.label, keep.name, aliases, keep.note or other.note,
                     keep.external_id or other.external_id)  # fmt: skip


def merge_change(keep: EntityDef, other: EntityDef, moved: list[int]) -> RegistryChange:
    """`other` made one with `keep`: its mentions (`moved`) and names go over, it goes."""
    if keep.label != other.label or keep.id == other.id:
        raise SpanError(Words(QT_TR_NOOP("only two entities of one label can be merged")))
    return RegistryChange(
        ((keep, merged(keep, other)), (other, None)),
        tuple((span, other.id, keep.id) for span in moved),
    )


def split_change(source: EntityDef, name: str, spans: list[int]) -> RegistryChange:
    """Some of `source`'s mentions (`spans`) moved to a new entity called `name`."""
    new = EntityDef(-1, source.label, name)
    return RegistryChange(((None, new),), tuple((span, source.id, -1) for span in spans))


def link_change(
    spans: dict[int, int | None], entity: EntityDef, before: EntityDef | None, name: str = ""
) -> RegistryChange:
    """Spans (id -> entity they named) pointed at `entity`, which learns `name` (the span's
    text) as an alias; `before` is None when `entity` is new (a negative id)."""
    after = with_name(entity, name)
    changed = () if before is not None and after == before else ((before, after),)
    return RegistryChange(changed, tuple((s, was, entity.id) for s, was in spans.items()))
