"""A synthetic Arabic corpus from the founding articles, the same for every run (seeded):
articles of shuffled real sentences, one 1 MB article, and annotations on word bounds.

Generated into bench-out/ (ignored by git), never committed.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from reader.core.annotations import AnnotationRecord, utc_now
from reader.core.articles import ArticleDraft
from reader.core.text import context_around

REPO = Path(__file__).resolve().parent.parent
FOUNDING = sorted((REPO / "corpus").glob("*.txt"))
OUTLETS = ("الوطن", "الحياة", "النهار", "الشرق الأوسط", "القدس العربي", "الأخبار")
LABELS = ("ACTOR", "PLACE", "CLAIM")
SEED = 20261121
BIG_BYTES = 1_000_000
WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\w]+")


def sentences() -> list[str]:
    parts: list[str] = []
    for path in FOUNDING:
        body = path.read_text(encoding="utf-8").split("\n")[2:]
        for paragraph in body:
            parts += [s.strip() for s in re.split(r"(?<=[.!؟])\s+", paragraph) if s.strip()]
    return parts


@dataclass(frozen=True)
class Corpus:
    jsonl: Path  # the articles, one JSON object a line
    big: ArticleDraft  # the 1 MB article


def _article(rng: random.Random, pool: list[str], i: int) -> dict[str, str]:
    headline = rng.choice(pool)[:120]
    paragraphs = [" ".join(rng.sample(pool, rng.randint(2, 4))) for _ in range(rng.randint(3, 7))]
    return {
        "title": headline,
        "source": rng.choice(OUTLETS),
        "date": f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "url": f"https://example.org/article/{i}",
        "text": "\n".join([headline, f"| {rng.choice(OUTLETS)}", *paragraphs]),
    }


def remove_file(path: Path) -> None:
    """An SQLite file of a past run gone, with its WAL and shared-memory files."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def write_jsonl(path: Path, count: int, seed: int = SEED) -> Path:
    rng = random.Random(seed)
    pool = sentences()
    if path.exists() and _count_lines(path) == count:  # same seed, same file
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            fh.write(json.dumps(_article(rng, pool, i), ensure_ascii=False) + "\n")
    return path


def _count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for _ in fh)


def big_article(seed: int = SEED) -> ArticleDraft:
    """About 1 MB of UTF-8 in paragraphs of real sentences."""
    rng = random.Random(seed + 1)
    pool = sentences()
    lines = ["مقال طويل للاختبار: أرشيف الحرب في دير الزور والبوكمال", "| أرشيف"]
    size = sum(len(line.encode()) + 1 for line in lines)
    while size < BIG_BYTES:
        paragraph = " ".join(rng.sample(pool, 4))
        lines.append(paragraph)
        size += len(paragraph.encode()) + 1
    text = "\n".join(lines)
    return ArticleDraft(text, "benchmark/big.txt", title=lines[0], source="أرشيف", header_lines=2)


def spans_on(
    document_id: int, text: str, count: int, rng: random.Random, annotator: str = "bench"
) -> list[AnnotationRecord]:
    """`count` word-bound spans of one to four words; about one in ten is a claim that
    may hold other spans, so highlights nest and overlap as real ones do."""
    words = [(m.start(), m.end()) for m in WORD.finditer(text)]
    now = utc_now()
    chosen: set[tuple[int, int, str]] = set()
    while len(chosen) < min(count, len(words)):
        first = rng.randrange(len(words))
        last = min(len(words) - 1, first + rng.randint(0, 3))
        label = rng.choice(LABELS)
        chosen.add((words[first][0], words[last][1], label))
    records = []
    for start, end, label in sorted(chosen):
        before, after = context_around(text, start, end)
        records.append(
            AnnotationRecord(0, document_id, label, start, end, text[start:end], before, after,
                             "", annotator, now, now)
        )  # fmt: skip
    return records
