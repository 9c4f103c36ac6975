"""Make the README's Overview screenshot: a scratch file of 40 short articles in five
outlets over two weeks, built from sentences about the founding articles' events, tagged
by three annotators (some spans linked to their source, one entity, some statuses),
then the window with the Overview open, rendered offscreen.

Usage: python scripts/overview_screenshot.py OUT.png [--language ar] [--theme dark]
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
from pathlib import Path

from reader import paths
from reader.core.annotations import draft_span
from reader.core.articles import ArticleDraft
from reader.core.entities import EntityDef
from reader.core.progress import Status
from reader.services.annotation_files import open_annotation_file
from reader.storage import attribution, entities, progress, repository
from reader.storage.importer import import_articles

OUTLETS = ("الوطن", "الصباح الجديد", "سانا", "العربية", "BBC Arabic")
SENTENCES = (
    "قال الجيش السوري إن البوكمال تحت الحصار.",
    "أعلن ديلون أن التحالف يتقدم نحو دير الزور.",
    "ذكرت وكالة سانا أن الرقة هادئة.",
    "قال مسؤول إن داعش انسحب من الميادين.",
    "أكد التحالف الدولي أن الموصل آمنة.",
)
NAMES = {"الجيش السوري": "ACTOR", "ديلون": "ACTOR", "التحالف": "ACTOR", "سانا": "ACTOR",
         "داعش": "ACTOR", "مسؤول": "ACTOR", "البوكمال": "PLACE", "دير الزور": "PLACE",
         "الرقة": "PLACE", "الميادين": "PLACE", "الموصل": "PLACE"}  # fmt: skip
CLAIMS = {"البوكمال تحت الحصار": "الجيش السوري", "التحالف يتقدم نحو دير الزور": "ديلون",
          "الرقة هادئة": "سانا", "داعش انسحب من الميادين": "مسؤول",
          "الموصل آمنة": "التحالف"}  # fmt: skip
ANNOTATORS = ("Me", "Omar", "Layla")


def make_file(path: Path) -> None:
    rng = random.Random(4)
    file = open_annotation_file(path)
    drafts = []
    for i in range(40):
        text = f"خبر رقم {i}\n" + " ".join(rng.sample(SENTENCES, 3))
        date = f"2017-11-{1 + i % 14:02d}"
        drafts.append(ArticleDraft(text, f"a{i}.txt", f"خبر رقم {i}", rng.choice(OUTLETS), date,
                                   header_lines=1))  # fmt: skip
    import_articles(file, drafts)
    with file.session() as s:
        army = entities.add_entity(s, EntityDef(0, "ACTOR", "الجيش العربي السوري"))
        for doc in repository.list_documents(s)[:34]:
            found = repository.get_document(s, doc.id)
            assert found is not None
            for who in ANNOTATORS[: 1 + doc.id % 3]:
                _tag(s, rng, doc.id, found.text, who, army.id)
    file.close()


def _tag(s: object, rng: random.Random, doc: int, text: str, who: str, army: int) -> None:
    ids: dict[str, int] = {}
    for name, label in NAMES.items():
        if name in text and rng.random() < 0.8:
            start = text.index(name)
            draft = draft_span(doc, text, start, start + len(name), label)
            ids[name] = repository.add_annotation(s, draft, who).id  # type: ignore[arg-type]
            if name == "الجيش السوري":
                entities.set_mentions(s, {ids[name]: army})  # type: ignore[arg-type]
    for claim, source in CLAIMS.items():
        if claim in text:
            start = text.index(claim)
            draft = draft_span(doc, text, start, start + len(claim), "CLAIM")
            made = repository.add_annotation(s, draft, who).id  # type: ignore[arg-type]
            if source in ids and rng.random() < 0.8:
                attribution.add_link(s, "SOURCE", made, ids[source], who)  # type: ignore[arg-type]
    if rng.random() < 0.5:
        status = rng.choice([Status.DONE, Status.DONE, Status.ADJUDICATED])
        progress.set_status(s, {doc: status}, who)  # type: ignore[arg-type]


def shoot(db: Path, out: Path, language: str, theme: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader.settings import Settings
    from reader.ui import i18n
    from reader.ui import theme as themes
    from reader.ui.main_window import MainWindow

    app = QApplication(["qari"])
    i18n.install(app, language)
    themes.apply_theme(app, theme)
    window = MainWindow(open_annotation_file(db), Settings(annotator="Me", language=language))
    window.resize(1500, 950)
    window.show()

    def grab() -> None:
        window.grab().save(str(out))
        app.quit()

    def overview() -> None:
        window.actions_["view.overview"].trigger()
        places = window.overview_panel.charts[4]
        first = places.data.bars[0].segments[0]
        window.overview_panel.show_matches(first.pick, first.tip)
        QTimer.singleShot(500, grab)

    QTimer.singleShot(300, overview)
    app.exec()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="en", choices=("en", "ar"))
    parser.add_argument("--theme", default="light", choices=("light", "dark"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp())
    paths.init(scratch / "data", scratch / "config")  # the user's own settings untouched
    make_file(scratch / "overview.qari.sqlite")
    shoot(scratch / "overview.qari.sqlite", args.out.resolve(), args.language, args.theme)


if __name__ == "__main__":
    main()
