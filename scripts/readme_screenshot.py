"""Make the README screenshot with the app itself: tag a few spans of the first founding
article in a scratch annotation file, then run `reader --screenshot`.

Usage: python scripts/readme_screenshot.py OUT.png
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from reader import paths
from reader.annotation_files import open_annotation_file
from reader.core.annotations import draft_span
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


def main(out: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QARI_DATA_DIR=f"{tmp}/data", QARI_CONFIG_DIR=f"{tmp}/config")
        os.environ.update(env)
        db = Path(tmp) / "demo.qari.sqlite"
        paths.init(Path(env["QARI_DATA_DIR"]), Path(env["QARI_CONFIG_DIR"]))
        file = open_annotation_file(db, seed_corpus=True)
        with file.session() as s:
            doc = repository.get_document(s, repository.list_documents(s)[0].id)
            assert doc is not None
            for label, needle, nth in SPANS:
                start = _find(doc.text, needle, nth)
                draft = draft_span(doc.id, doc.text, start, start + len(needle), label)
                repository.add_annotation(s, draft, "Layla")
        file.close()
        cmd = [sys.executable, "-m", "reader", "--db", str(db), "--screenshot", str(out)]
        return subprocess.call(cmd, env=env)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.png")))
