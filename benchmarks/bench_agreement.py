"""Agreement over 100,000 spans (budget: under 0.5 s, issue 22). Run: make bench."""

from __future__ import annotations

import random
import time

from reader.core import agreement

LABELS = ("ACTOR", "PLACE", "CLAIM")


def synthetic(documents: int = 1000, spans_each: int = 50) -> list[agreement.DocumentSpans]:
    """Two annotators; the second moves 30% of the first's spans by one character."""
    rng = random.Random(1)
    text = "كلمة " * 400  # 2,000 characters, a fifth of them spaces
    docs = []
    for _ in range(documents):
        first, second = set(), set()
        for _ in range(spans_each):
            start = rng.randrange(0, len(text) - 12)
            span = (start, start + rng.randint(2, 10), rng.choice(LABELS))
            first.add(span)
            second.add(span if rng.random() < 0.7 else (start + 1, span[1], span[2]))
        docs.append(agreement.DocumentSpans(text, (frozenset(first), frozenset(second))))
    return docs


def main() -> None:
    docs = synthetic()
    spans = sum(len(d.spans[0]) + len(d.spans[1]) for d in docs)
    times = []
    for _ in range(3):
        started = time.perf_counter()
        agreement.pairwise(docs)
        times.append(time.perf_counter() - started)
    print(f"agreement, {spans:,} spans in {len(docs):,} documents: best {min(times) * 1000:.0f} ms "
          f"of 3 (budget 500 ms)")  # fmt: skip


if __name__ == "__main__":
    main()
