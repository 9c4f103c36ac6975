"""Suggestions on the 1 MB article against a registry of 10,000 names (issue: "appear
within one frame of the article being shown"), each beside a bare baseline.

The registry is seeded: 500 names are word runs of the article itself (they occur, often),
9,500 are made-up Arabic names (they mostly do not), as a real registry holds many names
an article never mentions. The baseline folds the text with its own `str.translate` table
(alef forms, ya, ta marbuta, harakat, tatweel: what the app folds), splits it into words
and walks a dict trie of the folded names, longest match first: nothing of ours.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable

from reader.core.entities import EntityDef
from reader.core.suggestions import Recommender

NAMES = 10_000
FROM_TEXT = 500
_ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "\u0640": None}
    | {chr(c): None for c in range(0x064B, 0x0660)}
    | {"\u0670": None}
)
_WORD = re.compile(r"\w+")


def registry(text: str, seed: int = 7) -> list[EntityDef]:
    rng = random.Random(seed)
    words = _WORD.findall(text)
    names: set[str] = set()
    while len(names) < FROM_TEXT:
        at, length = rng.randrange(len(words) - 3), rng.randint(1, 3)
        names.add(" ".join(words[at : at + length]))
    while len(names) < NAMES:
        names.add(" ".join("".join(rng.choices(_ARABIC, k=rng.randint(3, 7)))
                           for _ in range(rng.randint(1, 3))))  # fmt: skip
    labels = ("ACTOR", "PLACE")
    return [EntityDef(i, labels[i % 2], name) for i, name in enumerate(sorted(names), 1)]


def bare_trie(names: list[str]) -> dict[str, dict]:  # type: ignore[type-arg]
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for name in names:
        node = trie
        for word in name.translate(_FOLD).split():
            node = node.setdefault(word, {})
        node[""] = {}  # a name ends here
    return trie


def bare_pass(text: str, trie: dict[str, dict]) -> int:  # type: ignore[type-arg]
    """Matches of the trie's names in `text`, longest first: the baseline's work."""
    words = _WORD.findall(text.translate(_FOLD))
    found = i = 0
    while i < len(words):
        node, j, end = trie, i, 0
        while j < len(words) and words[j] in node:
            node = node[words[j]]
            j += 1
            if "" in node:
                end = j
        if end:
            found += 1
            i = end
        else:
            i += 1
    return found


def best_of(runs: int, *pair: Callable[[], object]) -> list[float]:
    """The best time of each of `pair`'s functions over `runs`, interleaved."""
    best = [float("inf")] * len(pair)
    for _ in range(runs):
        for k, fn in enumerate(pair):
            started = time.perf_counter()
            fn()
            best[k] = min(best[k], time.perf_counter() - started)
    return best


def whole_article(text: str, entities: list[EntityDef], runs: int = 3) -> tuple[float, float]:
    """(ours, bare) seconds to find every suggestion of the whole article."""
    recommender = Recommender([], entities)
    trie = bare_trie([e.name for e in entities])
    ours, bare = best_of(runs, lambda: recommender.suggest(text), lambda: bare_pass(text, trie))
    return ours, bare


def add_registry(file: object, entities: list[EntityDef]) -> None:
    """Put the registry in the bench file (one bulk insert)."""
    from sqlalchemy import insert

    from reader.core.annotations import utc_now
    from reader.storage.models import Entity

    now = utc_now()
    rows = [{"id": e.id, "label": e.label, "name": e.name, "created_at": now, "updated_at": now}
            for e in entities]  # fmt: skip
    with file.session() as s:  # type: ignore[attr-defined]
        s.execute(insert(Entity), rows)


def in_view(
    app: object, window: object, big_id: int, names: list[str], runs: int = 7
) -> tuple[float, float, int]:
    """(ours, bare) seconds from the 1 MB article being shown to its suggestions in view
    being found and handed to the view, and how many. Ours: the window's own path (the
    paragraphs in view matched, their outlines set); bare: the trie pass over the same
    paragraphs' text."""
    suggestions, view = window.suggestions, window.article  # type: ignore[attr-defined]
    suggestions.set_on(True)
    len(suggestions.recommender)  # learnt once per file, not per article shown
    window.show_document(big_id)  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]
    start, end = view.visible_range()
    text = window.reading.document.text  # type: ignore[attr-defined]
    first, last = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    shown = text[first : last if last >= 0 else len(text)]
    trie = bare_trie(names)
    best = best_of(runs, suggestions.rematch, lambda: bare_pass(shown, trie))
    marked = len(view.suggestion_marks)
    suggestions.set_on(False)
    return best[0], best[1], marked
