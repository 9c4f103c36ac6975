"""Make the README screenshots with the app itself: tag a few spans of the first founding
article in a scratch annotation file, then run `reader --screenshot`; for the review
screenshot, two colleagues' files with other readings are opened with `--review`.

Usage: python scripts/readme_screenshot.py OUT.png [REVIEW.png [ARABIC.png [LINKS.png]]]

ARABIC.png is the review screenshot again with the Arabic interface; LINKS.png shows a
claim's source, cue and place linked, with the claim selected and the Claims table open.
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
from reader.storage import attribution, repository

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


# More spans for the links screenshot, and (link type, claim, target) between them.
STORM = "أن مدينة دير الزور تعرضت ظهر أمس لعاصفة غبارية"
DEFENCES = "حالياً نرى عملية تعزيز للدفاعات في كل من القائم والبوكمال"
LINKED = [("CUE", "ذكرت", 0), ("CLAIM", DEFENCES, 0), ("ACTOR", "ريان ديلون", 0),
          ("CUE", "قال", 1), ("PLACE", "القائم", 0)]  # fmt: skip
LINKS = [
    ("SOURCE", STORM, "وكالة «سانا» للأنباء"),
    ("CUE", STORM, "ذكرت"),
    ("SOURCE", DEFENCES, "ريان ديلون"),
    ("CUE", DEFENCES, "قال"),
    ("ABOUT", DEFENCES, "القائم"),
]


def _link(db: Path) -> int:
    """Tag LINKED and make LINKS in `db`; the id of the claim to show."""
    _make(db, "Layla", LINKED)
    file = open_annotation_file(db)
    with file.session() as s:
        doc = repository.get_document(s, repository.list_documents(s)[0].id)
        assert doc is not None
        ids = {a.text: a.id for a in repository.list_annotations(s, doc.id)}
        for kind, claim, target in LINKS:
            attribution.add_link(s, kind, ids[claim], ids[target] if target else None, "Layla")
    file.close()
    return ids[LINKS[-1][1]]


def links_shot(db: Path, out: Path) -> int:
    """The window with a linked claim selected and the Claims table open, grabbed."""
    from PySide6.QtWidgets import QApplication

    from reader.settings import Settings
    from reader.ui import i18n, theme
    from reader.ui.main_window import MainWindow

    claim = _link(db)
    app = QApplication(sys.argv[:1])
    i18n.install(app, "en")
    theme.apply_theme(app, "light")
    settings = Settings.load()
    settings.annotator = "Layla"
    window = MainWindow(open_annotation_file(db), settings)
    window.resize(1366, 768)
    window.show()
    for _ in range(10):  # the first screen and the article, read after the first paint
        app.processEvents()
    window.open_claims()
    window.claims_panel.scope.setCurrentIndex(1)
    window.reading.select(claim, reveal=True)
    for _ in range(5):
        app.processEvents()
    ok = window.grab().save(str(out))
    window.close()
    return 0 if ok else 2


def main(
    out: Path,
    review_out: Path | None = None,
    arabic_out: Path | None = None,
    links_out: Path | None = None,
) -> int:
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
        status = subprocess.call(
            [*base, *reviews, *arabic, "--screenshot", str(arabic_out)], env=env
        )
        if links_out is None or status:
            return status
        return subprocess.call([sys.executable, __file__, "--links", str(db), str(links_out)],
                               env=env)  # fmt: skip


if __name__ == "__main__":
    if sys.argv[1:2] == ["--links"]:  # a process of its own: one application each
        sys.exit(links_shot(Path(sys.argv[2]), Path(sys.argv[3])))
    args = [Path(a) for a in sys.argv[1:]] or [Path("docs/screenshot.png")]
    sys.exit(main(*args[:4]))
