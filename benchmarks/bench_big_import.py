"""Importing a 50 MB brat `.ann`: 680,000 spans on one 1.7 MB article (issue: "Every file a
user has", point 8). Run by `make bench`; alone: `python -m benchmarks.bench_big_import`.

Each run is a child process, so that its peak memory is its own (VmHWM):
- bare: a plain Python loop over the same lines (open, split at tabs and spaces, int),
  nothing of ours;
- again: `read_annotations` + `import_annotations` of the file into an annotation file
  that already holds it (every span already present, or a copy within the file): the
  budget is 3× bare and a peak under 300 MB;
- first: the same import into a new file (every span added; information).
Bare and ours alternate (ABAB); the times exclude interpreter start and module imports,
for both. The file is generated into bench-out/ (seeded) and never committed.
"""

from __future__ import annotations

import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.corpus import LABELS, REPO, WORD, remove_file, sentences

OUT = REPO / "bench-out" / "big-brat"
SPANS = 680_000
TEXT_CHARS = 1_700_000
RUNS = 5
SEED = 20261203


def generate() -> Path:
    """big.txt and big.ann: random spans of one to seven words on word bounds, within a
    paragraph."""
    ann = OUT / "big.ann"
    if ann.exists():
        return ann
    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    pool = sentences()
    paragraphs: list[str] = []
    size = 0
    while size < TEXT_CHARS:
        paragraphs.append(" ".join(rng.sample(pool, 4)))
        size += len(paragraphs[-1]) + 1
    text = "\n".join(paragraphs)
    (OUT / "big.txt").write_text(text, encoding="utf-8")
    words = [(m.start(), m.end()) for m in WORD.finditer(text)]
    with ann.open("w", encoding="utf-8") as fh:
        for n in range(1, SPANS + 1):
            first = rng.randrange(len(words) - 7)
            start, end = words[first][0], words[first + rng.randint(0, 6)][1]
            while "\n" in text[start:end]:  # brat's spans end at a line end
                end = text.rindex("\n", start, end)
            fh.write(f"T{n}\t{rng.choice(LABELS)} {start} {end}\t{text[start:end]}\n")
    return ann


def bare(ann: Path) -> int:
    """The same lines parsed with nothing of ours: every field split out, the offsets made
    numbers, the labels counted."""
    labels: dict[str, int] = {}
    with ann.open(encoding="utf-8") as fh:
        for line in fh:
            if line[0] == "T":
                _ident, body, _text = line.rstrip("\n").split("\t", 2)
                label, start, end = body.split(" ")
                if int(start) < int(end):
                    labels[label] = labels.get(label, 0) + 1
    return sum(labels.values())


def ours(ann: Path, db: Path) -> str:
    from reader.services.annotation_files import open_annotation_file
    from reader.services.annotation_import import import_annotations
    from reader.services.exchange import read_annotations

    started = time.perf_counter()
    incoming = read_annotations(ann)
    assert incoming is not None
    file = open_annotation_file(db)
    report = import_annotations(file, incoming)
    file.close()
    elapsed = time.perf_counter() - started
    return f"{elapsed} {str(report.summary())[-200:]}"


def child(mode: str, ann: Path, db: Path) -> None:
    """Run one measure and print: seconds, peak KiB, what it did."""
    if mode == "bare":
        started = time.perf_counter()
        found = bare(ann)
        said = f"{time.perf_counter() - started} {found} spans"
    else:
        import reader.services.annotation_import  # noqa: F401  (imports outside the time)

        said = ours(ann, db)
    seconds, _, what = said.partition(" ")
    print(seconds, peak_kib(), what)


def peak_kib() -> int:
    """This process's peak resident memory. Not ru_maxrss: that outlives exec, so a child
    of the large benchmark process would report its parent's peak."""
    status = Path("/proc/self/status").read_text(encoding="ascii")
    return int(status.split("VmHWM:", 1)[1].split()[0])


def run(mode: str, ann: Path, db: Path) -> tuple[float, float, str]:
    done = subprocess.run([sys.executable, "-m", "benchmarks.bench_big_import", "child", mode,
                           str(ann), str(db)], cwd=REPO, capture_output=True, text=True,
                          check=True)  # fmt: skip
    seconds, kib, what = done.stdout.strip().split(" ", 2)
    return float(seconds), int(kib) / 1024, what


def measure() -> dict[str, float | str]:
    """Seconds and peak MiB of bare, first and again (medians of the interleaved runs)."""
    ann = generate()
    full = OUT / "imported.qari.sqlite"
    remove_file(full)
    first, first_mib, first_said = run("first", ann, full)
    runs: dict[str, list[tuple[float, float]]] = {"bare": [], "again": []}
    again_said = ""
    for _ in range(RUNS):
        seconds, mib, _ = run("bare", ann, full)
        runs["bare"].append((seconds, mib))
        copy = OUT / "again.qari.sqlite"
        shutil.copy(full, copy)
        seconds, mib, again_said = run("again", ann, copy)
        runs["again"].append((seconds, mib))
    median = {k: statistics.median(s for s, _ in v) for k, v in runs.items()}
    return {"bare_s": median["bare"], "bare_min_s": min(s for s, _ in runs["bare"]),
            "again_s": median["again"], "again_min_s": min(s for s, _ in runs["again"]),
            "again_mib": max(m for _, m in runs["again"]), "first_s": first,
            "first_mib": first_mib, "bare_mib": max(m for _, m in runs["bare"]),
            "first_said": first_said, "again_said": again_said}  # fmt: skip


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "child":
        child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
        return 0
    found = measure()
    for key, value in found.items():
        print(f"{key}: {value:.2f}" if isinstance(value, float) else f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
