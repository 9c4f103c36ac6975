"""Make the README screenshots with the app itself: tag a few spans of the first founding
article in a scratch annotation file, then run `reader --screenshot`; for the review
screenshot, two colleagues' files with other readings are opened with `--review`.

Usage: python scripts/readme_screenshot.py OUT.png [REVIEW.png [ARABIC.png]]

ARABIC.png is the review screenshot again with the Arabic interface.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from reader import paths
from reader.core.annotations import draft_span
from reader.services.annotation_files import open_annotation_file
from reader.storage import repository

# (label, exact text, which occurrence) on article 000: nested and overlapping on purpose.
SPANS = [
    ("ACTOR", "الجيش العربي السوري", 0),
    ("PLACE", "مدينة دير الزور", 0),
    ("PLACE", "دير الزور", 1),
    ("PLACE", "البوكمال", 1),
    ("PLACE", "الحدود السورية العراقية", 0),
    ("ACTOR", "«التحالف الدولي»", 0),
    ("ACTOR", "وكالة «سانا» للأنباء", 0),
    ("CLAIM", "أن مدينة دير الزور تعرضت ظهر أمس لعاصفة غبارية", 0),
    ("PLACE", "مدينة دير الزور", 2),
]


def _find(text: str, needle: str, occurrence: int) -> int:
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(needle, pos + 1)
    return pos


# Colleagues' readings of the same article: some agree, some differ in label or boundary.
COLLEAGUES = {
    "Omar": [
        ("ACTOR", "الجيش العربي السوري", 0),
        ("PLACE", "دير الزور", 0),
        ("PLACE", "البوكمال", 1),
        ("ACTOR", "«التحالف الدولي»", 0),
        ("CLAIM", "أن مدينة دير الزور تعرضت ظهر أمس لعاصفة غبارية", 0),
    ],
    "Huda": [
        ("ACTOR", "الجيش", 1),
        ("PLACE", "مدينة دير الزور", 0),
        ("PLACE", "الحدود السورية العراقية", 0),
        ("PLACE", "«التحالف الدولي»", 0),
        ("ACTOR", "وكالة «سانا»", 0),
    ],
}


def _make(db: Path, annotator: str, spans: list[tuple[str, str, int]]) -> None:
    file = open_annotation_file(db, seed_corpus=True)
    with file.session() as s:
        doc = repository.get_document(s, repository.list_documents(s)[0].id)
        assert doc is not None
        for label, needle, nth in spans:
            start = _find(doc.text, needle, nth)
            draft = draft_span(doc.id, doc.text, start, start + len(needle), label)
            repository.add_annotation(s, draft, annotator)
    file.close()


def main(out: Path, review_out: Path | None = None, arabic_out: Path | None = None) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QARI_DATA_DIR=f"{tmp}/data", QARI_CONFIG_DIR=f"{tmp}/config")
        os.environ.update(env)
        db = Path(tmp) / "demo.qari.sqlite"
        paths.init(Path(env["QARI_DATA_DIR"]), Path(env["QARI_CONFIG_DIR"]))
        _make(db, "Layla", SPANS)
        base = [sys.executable, "-m", "reader", "--db", str(db), "--annotator", "Layla",
                "--theme", "light"]  # fmt: skip
        status = subprocess.call([*base, "--language", "en", "--screenshot", str(out)], env=env)
        if review_out is None or status:
            return status
        reviews = []
        for name, spans in COLLEAGUES.items():
            path = Path(tmp) / f"{name.lower()}.qari.sqlite"
            _make(path, name, spans)
            reviews += ["--review", str(path)]
        status = subprocess.call(
            [*base, *reviews, "--language", "en", "--screenshot", str(review_out)], env=env
        )
        if arabic_out is None or status:
            return status
        arabic = ["--language", "ar", "--window-size", "1366x768"]
        return subprocess.call([*base, *reviews, *arabic, "--screenshot", str(arabic_out)], env=env)


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]] or [Path("docs/screenshot.png")]
    sys.exit(main(*args[:3]))
