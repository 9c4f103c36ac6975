"""Suggestions (pre-annotation), offline: spans proposed from what the user already knows.

A string-matching recommender, as INCEpTION's is, but Arabic-aware. It learns from three
sources: the strings the user has tagged (the label chosen most often for a string wins),
the registry's entity names and aliases, and gazetteer names. An article is matched word
by word on its search form (alef forms, ya, ta marbuta, harakat and tatweel folded), the
longest phrase first; a word may carry proclitics («للبوكمال», «والجيش»), and the
suggested span is then the whole word, as a selection snapped to words would be.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from reader.core.entities import EntityDef, NameKeys, proclitic_stems
from reader.core.normalise import NormalisedText

_WORD = re.compile(r"\w+")
MAX_WORDS = 8  # a longer name is not a name
_LOOSE_DROPS = frozenset("اوىي")
_CLITIC_LETTERS = frozenset("وفبلك")  # a word starting otherwise is known as it is, or not


@dataclass(frozen=True, slots=True)
class Suggestion:
    start: int  # code points into the original text, half-open
    end: int
    label: str
    text: str
    entity_id: int | None = None  # the entity the name belongs to, when one does


@dataclass(frozen=True, slots=True)
class _Known:
    label: str
    entity_id: int | None


@dataclass(slots=True)
class _Node:
    known: _Known | None = None
    next: dict[str, _Node] = field(default_factory=dict)


class Recommender:
    """Everything the suggestions draw on, folded and indexed; a tag made or undone
    afterwards is learnt on its own (`learn`), without reading everything again."""

    def __init__(
        self,
        tagged: Iterable[tuple[str, str, int]],
        entities: Iterable[EntityDef] = (),
        labels: Collection[str] | None = None,
    ) -> None:
        """`tagged`: (surface text, label, count) of tagged spans and gazetteer names;
        `labels`: the labels to suggest (all, if None)."""
        self.labels = labels
        self._votes: dict[str, Counter[str]] = defaultdict(Counter)
        self._owner: dict[tuple[str, str], int] = {}
        self._trie: dict[str, _Node] = {}  # word by word; a phrase ends where `known` is
        self._loose: dict[str, _Node] = {}  # the same by loose words (`_loose`)
        self._loosely: dict[str, dict[str, _Known]] = {}  # loose phrase -> exact ones
        self._count = 0
        for text, label, count in tagged:
            if labels is None or label in labels:
                self._votes[_key(text)][label] += count
        for entity in entities:
            for name in entity.names:
                self._votes[_key(name)][entity.label] += 1
                self._owner.setdefault((_key(name), entity.label), entity.id)
        for key in self._votes:
            self._place(key)

    def learn(self, text: str, label: str, count: int = 1) -> None:
        """A span of `text` tagged `label` (`count` -1: a tag deleted or undone)."""
        if self.labels is not None and label not in self.labels:
            return
        key = _key(text)
        self._votes[key][label] += count
        self._place(key)

    def _place(self, key: str) -> None:
        """Put the phrase `key` in the trie with the label voted most (or take it out)."""
        words = key.split(" ")
        if not key or len(words) > MAX_WORDS:
            return
        counts = +self._votes[key]  # only positive votes
        node = self._trie.setdefault(words[0], _Node())
        for word in words[1:]:
            node = node.next.setdefault(word, _Node())
        self._count += bool(counts) - (node.known is not None)
        node.known = None
        if counts:
            label = max(sorted(counts), key=counts.__getitem__)  # ties: by name, stably
            node.known = _Known(label, self._owner.get((key, label)))
        self._place_loosely(key, words, node.known)

    def _place_loosely(self, key: str, words: list[str], known: _Known | None) -> None:
        """File the phrase under its loose words too: «سوريا» is found as «سورية» was
        tagged, «ريان» as «رايان». Where two phrases meet, the one tagged most wins."""
        loose = [_loose(w) for w in words]
        phrase = " ".join(loose)
        exact = self._loosely.setdefault(phrase, {})
        exact.pop(key, None)
        if known is not None:
            exact[key] = known
        node = self._loose.setdefault(loose[0], _Node())
        for word in loose[1:]:
            node = node.next.setdefault(word, _Node())
        best = max(exact, key=lambda k: (self._votes[k].total(), k), default=None)
        node.known = exact[best] if best is not None else None

    def __len__(self) -> int:
        return self._count

    def suggest(
        self,
        text: str,
        taken: Iterable[tuple[int, int, str]] | Taken = (),
        rejected: Collection[tuple[str, int, int]] = (),
        window: tuple[int, int] | None = None,
    ) -> list[Suggestion]:
        """Spans of `text` (or of its `window` [start, end), a paragraph) to propose, in
        text order. None where a span of `taken` (start, end, label: what is tagged) has
        the same range or overlaps with the same label, and none the user turned down
        (`rejected`: label, start, end)."""
        first, last = window or (0, len(text))
        norm = NormalisedText.of(text[first:last])
        words = _WORD.findall(norm.normalised)  # in C; the positions only for hits
        places = list(_WORD.finditer(norm.normalised))
        busy = taken if isinstance(taken, Taken) else Taken(taken)
        found: list[Suggestion] = []
        trie, loose, i = self._trie, self._loose, 0
        while i < len(words):
            word = words[i]
            maybe = word in trie or word[0] in _CLITIC_LETTERS or _loose(word) in loose
            hit = self._match(words, i) if maybe else None
            if hit is None:
                i += 1
                continue
            length, known = hit
            start, end = norm.original_span(places[i].start(), places[i + length - 1].end())
            start, end, label = start + first, end + first, known.label
            if (label, start, end) not in rejected and not busy.blocks(label, start, end):
                found.append(Suggestion(start, end, label, text[start:end], known.entity_id))
            i += length
        return found

    def _match(self, words: list[str], i: int) -> tuple[int, _Known] | None:
        """The longest known phrase starting at word `i` (its first word bare or with
        proclitics), as (words, what is known of it); spelt as known, or else loosely."""
        for first in _forms(words[i]):
            found = _walk(self._trie.get(first), words, i, lambda w: w)
            if found is not None:
                return found
        for first in _forms(words[i]):
            found = _walk(self._loose.get(_loose(first)), words, i, _loose)
            if found is not None:
                return found
        return None


def _walk(
    node: _Node | None, words: list[str], i: int, form: Callable[[str], str]
) -> tuple[int, _Known] | None:
    """From `node` (word `i` matched), the longest phrase the trie knows, as (words,
    what is known of it); `form` turns a word into the trie's form of it."""
    best: tuple[int, _Known] | None = None
    j = i + 1
    while node is not None:
        if node.known is not None:
            best = (j - i, node.known)
        node = node.next.get(form(words[j])) if j < len(words) else None
        j += 1
    return best


@lru_cache(maxsize=65536)
def _loose(word: str) -> str:
    """A word's loose form: its long vowels and final ه dropped after the first letter
    (a word of four letters or more; a shorter one is as it is). «سوريا», «سوريه» and
    «سورية» are all «سر»; «رايان» and «ريان» are «رن»."""
    if len(word) < 4:
        return word
    return word[0] + "".join(ch for ch in word[1:] if ch not in _LOOSE_DROPS).rstrip("ه")


def _key(text: str) -> str:
    return " ".join(_WORD.findall(NameKeys.of(text).folded))


@lru_cache(maxsize=65536)
def _forms(word: str) -> tuple[str, ...]:
    """The word itself, then without its proclitics (the least stripped first)."""
    return (word, *sorted(proclitic_stems(word), key=len, reverse=True))


class Taken:
    """The tagged spans, for "does a suggestion collide with one?" in O(log n); made
    once for an article's many paragraphs."""

    def __init__(self, spans: Iterable[tuple[int, int, str]]) -> None:
        spans = list(spans)
        self.ranges = {(s, e) for s, e, _ in spans}
        by_label: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for s, e, label in spans:
            by_label[label].append((s, e))
        self.starts: dict[str, list[int]] = {}
        self.reach: dict[str, list[int]] = {}  # the furthest end among spans so far
        for label, ranges in by_label.items():
            ranges.sort()
            self.starts[label] = [s for s, _ in ranges]
            self.reach[label] = list(accumulate((e for _, e in ranges), max))

    def blocks(self, label: str, start: int, end: int) -> bool:
        if (start, end) in self.ranges:
            return True
        i = bisect_left(self.starts.get(label, []), end)  # spans starting before `end`
        return i > 0 and self.reach[label][i - 1] > start
