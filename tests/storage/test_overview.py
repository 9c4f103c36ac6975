"""The overview's figures on a file made by hand (`tests.overview_file`), whose counts are
worked out there; and the articles or spans behind a figure."""

from __future__ import annotations

import pytest

from reader.core.overview import NO_SOURCE, Overview, Scope
from reader.core.progress import Status
from reader.storage.db import AnnotationFile
from reader.storage.overview import matches, overview
from tests.conftest import NewStore
from tests.overview_file import FIGURES, LAYLA, OMAR, SABAH, WATAN, fill


@pytest.fixture
def file(new_store: NewStore) -> AnnotationFile:
    """The overview file on each engine."""
    return fill(new_store())


def figures(o: Overview) -> dict[str, object]:
    return {
        "articles": o.articles,
        "spans": o.spans,
        "by_label": [(c.name, c.count) for c in o.by_label],
        "by_annotator": [(c.name, c.count) for c in o.by_annotator],
        "by_outlet": [(t.key, t.articles, t.spans) for t in o.by_outlet],
        "days": [(t.key, t.articles, t.spans) for t in o.days],
        "top_actors": [(c.name, c.count) for c in o.top["ACTOR"]],
        "top_places": [(c.name, c.count) for c in o.top["PLACE"]],
        "claims": [(c.source, c.outlet, c.count) for c in o.claims],
        "progress": {p.annotator: tuple(p.counts[s] for s in Status) for p in o.progress},
    }


def test_the_whole_file_counts_as_worked_out_by_hand(file: AnnotationFile) -> None:
    assert figures(overview(file.reader, Scope(status_of=OMAR))) == FIGURES


def test_my_status_counts_are_those_of_the_name_asked_for(file: AnnotationFile) -> None:
    mine = overview(file.reader, Scope(status_of=OMAR)).by_status
    hers = overview(file.reader, Scope(status_of=LAYLA)).by_status
    nobody = overview(file.reader, Scope(status_of="Sami")).by_status
    assert [c.count for c in mine] == [1, 2, 1, 0]
    assert [c.count for c in hers] == [2, 1, 1, 0]
    assert [c.count for c in nobody] == [4, 0, 0, 0]


def test_an_outlet_a_day_an_annotator_or_a_status_narrows_every_figure(
    file: AnnotationFile,
) -> None:
    sabah = overview(file.reader, Scope(outlet=SABAH))
    assert (sabah.articles, sabah.spans) == (2, 4)
    assert [(c.name, c.count) for c in sabah.by_label] == [("ACTOR", 2), ("PLACE", 2)]
    day = overview(file.reader, Scope(date_from="2017-11-04", date_to="2017-11-04"))
    assert (day.articles, day.spans) == (2, 4)
    since = overview(file.reader, Scope(date_from="2017-11-01"))
    assert since.articles == 3  # the article with no date is not "since" any day
    layla = overview(file.reader, Scope(annotator=LAYLA))
    assert (layla.articles, layla.spans) == (4, 1)
    assert [(c.name, c.count) for c in layla.top["ACTOR"]] == [("الجيش", 1)]
    assert [p.annotator for p in layla.progress] == [LAYLA]  # her progress only, not Omar's
    done = overview(file.reader, Scope(status=Status.DONE, status_of=OMAR))
    assert (done.articles, done.spans) == (1, 6)
    hers = overview(file.reader, Scope(status=Status.TODO, status_of=LAYLA))
    assert [t.key for t in hers.by_outlet] == [SABAH, WATAN]  # articles 3 and 4


def test_a_clicked_figure_opens_the_spans_or_articles_it_counted(file: AnnotationFile) -> None:
    o = overview(file.reader, Scope(status_of=OMAR))
    bukamal = o.top["PLACE"][0]
    assert [m.text for m in matches(file.reader, bukamal.pick)] == ["البوكمال"] * 2 + ["البُوكمال"]
    army = o.top["ACTOR"][0]
    assert [m.text for m in matches(file.reader, army.pick)] == ["الجيش", "الجيش السوري"]
    bare = next(c for c in o.top["ACTOR"] if c.name == "الجيش")
    assert [(m.text, m.annotator) for m in matches(file.reader, bare.pick)] == [("الجيش", LAYLA)]
    no_source = next(c for c in o.claims if c.source == NO_SOURCE)
    assert [m.text for m in matches(file.reader, no_source.pick)] == ["دير الزور آمنة"]
    watan = next(t for t in o.by_outlet if t.key == WATAN)
    found = matches(file.reader, watan.pick)
    assert [(m.title, m.annotation_id) for m in found] == [
        ("headline 1", None),
        ("headline 4", None),
    ]
    undated = o.days[0]
    assert [m.title for m in matches(file.reader, undated.pick)] == ["headline 4"]
    layla = next(c for c in o.by_annotator if c.name == LAYLA)
    assert [m.annotator for m in matches(file.reader, layla.pick)] == [LAYLA]
    done = o.by_status[2]
    assert [m.title for m in matches(file.reader, done.pick)] == ["headline 1"]
    assert len(matches(file.reader, o.by_label[0].pick)) == o.by_label[0].count
