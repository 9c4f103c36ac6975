"""How the time an article takes to index grows from 10,000 to 100,000 articles with
bare sqlite3 and FTS5 alone (nothing of the app's): the same folded text, the same
trigram table, 300 articles a transaction, under a few FTS5 settings. Run alone, not
by `make bench`: `python -m benchmarks.fts_growth` (about ten minutes)."""

from __future__ import annotations

import json
import sqlite3
import time

from benchmarks.bare import fold
from benchmarks.corpus import remove_file, write_jsonl
from benchmarks.run import OUT

SIZES = (10_000, 100_000)
SETTINGS = ((16, 0), (4, 0), (64, 0), (16, 64 * 1024))  # (automerge, cache KiB; 0: default)
STEP = 300  # articles a transaction


def index_seconds(texts: list[str], automerge: int, cache_kib: int) -> float:
    path = OUT / "fts-growth.sqlite"
    remove_file(path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    if cache_kib:
        con.execute(f"PRAGMA cache_size=-{cache_kib}")
    con.execute("CREATE VIRTUAL TABLE f USING fts5(body, tokenize='trigram')")
    con.execute(f"INSERT INTO f(f, rank) VALUES ('automerge', {automerge})")
    started = time.perf_counter()
    for first in range(0, len(texts), STEP):
        with con:
            con.executemany("INSERT INTO f(rowid, body) VALUES (?, ?)",
                            enumerate(texts[first : first + STEP], first + 1))  # fmt: skip
    seconds = time.perf_counter() - started
    con.close()
    remove_file(path)
    return seconds


def main() -> None:
    OUT.mkdir(exist_ok=True)
    texts = {}
    for count in SIZES:
        with write_jsonl(OUT / f"articles-{count}.jsonl", count).open(encoding="utf-8") as fh:
            texts[count] = [fold(json.loads(line)["text"]) for line in fh]
    for automerge, cache_kib in SETTINGS:
        per = [index_seconds(texts[n], automerge, cache_kib) / n * 1000 for n in SIZES]
        cache = f"{cache_kib // 1024} MiB" if cache_kib else "default"
        print(f"automerge {automerge:>2}, page cache {cache:>7}: "
              f"{per[0]:.3f} -> {per[1]:.3f} ms an article ({per[1] / per[0] - 1:+.0%})",
              flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
