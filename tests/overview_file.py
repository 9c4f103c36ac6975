"""A small annotation file made by hand for the overview's tests, whose figures are
worked out here (see `FIGURES`): three articles of two outlets on two days and one with
no date, two annotators, entities, a claim with a named source and one without."""

from __future__ import annotations

from pathlib import Path

from reader.core.annotations import draft_span
from reader.core.articles import ArticleDraft
from reader.core.entities import EntityDef
from reader.core.progress import Status
from reader.services.annotation_files import default_labels
from reader.storage import attribution, entities, progress, repository
from reader.storage.db import AnnotationFile
from reader.storage.importer import import_articles

WATAN, SABAH = "الوطن", "الصباح الجديد"
ARTICLES = (
    # text, outlet, date
    ("قال الجيش إن البوكمال سقطت. وقال الجيش السوري إن دير الزور آمنة.", WATAN, "2017-11-03"),
    ("أعلن ديلون أن التحالف يتقدم نحو البوكمال.", SABAH, "2017-11-04"),
    ("قالت سانا إن البُوكمال مهمة.", SABAH, "2017-11-04T09:00"),
    ("خبر بلا تاريخ عن دير الزور.", WATAN, ""),
)
OMAR, LAYLA = "Omar", "Layla"


def _tag(s: object, doc: int, text: str, needle: str, label: str, who: str, nth: int = 0) -> int:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    draft = draft_span(doc, text, start, start + len(needle), label)
    return repository.add_annotation(s, draft, who).id  # type: ignore[arg-type]


def make_overview_file(path: Path) -> AnnotationFile:
    """The file, open (see `fill`)."""
    return fill(AnnotationFile.open(path, default_labels()))


def fill(file: AnnotationFile) -> AnnotationFile:
    """Fill a new, empty store: Omar tags articles 1-3, Layla article 1; Omar marks 1
    done and Layla marks 2 done (she tagged nothing there)."""
    drafts = [ArticleDraft(t, f"a{i}.txt", f"headline {i}", o, d)
              for i, (t, o, d) in enumerate(ARTICLES, 1)]  # fmt: skip
    import_articles(file, drafts)
    with file.session() as s:
        docs = [d.id for d in repository.list_documents(s)]
        t = [a[0] for a in ARTICLES]
        army = entities.add_entity(s, EntityDef(0, "ACTOR", "الجيش العربي السوري"))
        a1 = _tag(s, docs[0], t[0], "الجيش", "ACTOR", OMAR)
        a2 = _tag(s, docs[0], t[0], "الجيش السوري", "ACTOR", OMAR)
        entities.set_mentions(s, {a1: army.id, a2: army.id})
        claim1 = _tag(s, docs[0], t[0], "البوكمال سقطت", "CLAIM", OMAR)
        attribution.add_link(s, "SOURCE", claim1, a1, OMAR)
        _tag(s, docs[0], t[0], "دير الزور آمنة", "CLAIM", OMAR)  # no source
        _tag(s, docs[0], t[0], "البوكمال", "PLACE", OMAR)
        _tag(s, docs[0], t[0], "الجيش", "ACTOR", LAYLA)
        _tag(s, docs[1], t[1], "ديلون", "ACTOR", OMAR)
        _tag(s, docs[1], t[1], "البوكمال", "PLACE", OMAR)
        _tag(s, docs[2], t[2], "سانا", "ACTOR", OMAR)
        _tag(s, docs[2], t[2], "البُوكمال", "PLACE", OMAR)  # folds to the same name
        progress.set_status(s, {docs[0]: Status.DONE}, OMAR)
        progress.set_status(s, {docs[1]: Status.DONE}, LAYLA)
    return file


# What the overview of the whole file shows, worked out from the tags above.
FIGURES = {
    "articles": 4,
    "spans": 10,
    "by_label": [("ACTOR", 5), ("PLACE", 3), ("CLAIM", 2)],
    "by_annotator": [(OMAR, 9), (LAYLA, 1)],
    # outlet: articles, spans
    "by_outlet": [(SABAH, 2, 4), (WATAN, 2, 6)],
    "days": [("", 1, 0), ("2017-11-03", 1, 6), ("2017-11-04", 2, 4)],
    # the army entity (Omar's two mentions) first; Layla's «الجيش» is not linked to it,
    # so it counts as a name of its own; ties go by name
    "top_actors": [("الجيش العربي السوري", 2), ("الجيش", 1), ("ديلون", 1), ("سانا", 1)],
    "top_places": [("البوكمال", 3)],
    "claims": [("(no source)", WATAN, 1), ("الجيش العربي السوري", WATAN, 1)],
    # annotator: to do, in progress, done, adjudicated
    "progress": {LAYLA: (2, 1, 1, 0), OMAR: (1, 2, 1, 0)},
}
