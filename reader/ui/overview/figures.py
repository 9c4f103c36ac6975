"""The overview's figures as charts: which bars, in which colours, saying what. Colours
are the labels' own where a chart is by label, else the Okabe-Ito palette, which people
with the common colour blindnesses tell apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import partial

from reader.core.overview import NO_DATE, NO_OUTLET, Count, Overview, Pick, Tally
from reader.core.progress import Status
from reader.core.text import embed_rtl
from reader.ui.i18n import QT_TR_NOOP, counted, lead, number, tr
from reader.ui.overview.charts import Bar, ChartData, Segment

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
             "#999999")  # fmt: skip
STATUS_COLOURS = {Status.TODO: "#999999", Status.IN_PROGRESS: "#E69F00",
                  Status.DONE: "#009E73", Status.ADJUDICATED: "#0072B2"}  # fmt: skip
TOP_SOURCES = 12  # sources in the claims chart
MAX_FILLED_DAYS = 400  # a timeline this long shows the days with no articles too

# Chart titles, in the pane's order (`charts`).
TITLES = (
    QT_TR_NOOP("Spans by label"),
    QT_TR_NOOP("Spans by annotator"),
    QT_TR_NOOP("Articles by outlet"),
    QT_TR_NOOP("Most frequent actors"),
    QT_TR_NOOP("Most frequent places"),
    QT_TR_NOOP("Claims by source and outlet"),
    QT_TR_NOOP("Articles per day"),
    QT_TR_NOOP("Spans per day"),
    QT_TR_NOOP("Annotator progress"),
)


def spans_tip(name: str, count: int) -> str:
    return lead(counted("{name}: {count} span", QT_TR_NOOP("{name}: {count} spans"), count,
                        name=embed_rtl(name)))  # fmt: skip


def articles_tip(name: str, count: int) -> str:
    return lead(counted("{name}: {count} article", QT_TR_NOOP("{name}: {count} articles"), count,
                        name=embed_rtl(name)))  # fmt: skip


def _bars(counts: list[Count], colour: str, colours: dict[str, str] | None = None) -> list[Bar]:
    return [
        Bar(c.name, (Segment(c.count, (colours or {}).get(c.name, colour), c.pick,
                             partial(spans_tip, c.name, c.count)),))
        for c in counts
    ]  # fmt: skip


def charts(found: Overview, label_colours: dict[str, str]) -> list[ChartData]:
    """Every chart of the pane, in the order of `TITLES`."""
    empty = tr("Nothing in this part of the file")
    made = [
        ChartData(tr(TITLES[0]), _bars(found.by_label, OKABE_ITO[0], label_colours)),
        ChartData(tr(TITLES[1]), _bars(found.by_annotator, OKABE_ITO[0])),
        ChartData(tr(TITLES[2]), [_outlet_bar(t) for t in found.by_outlet]),
        ChartData(tr(TITLES[3]), _bars(found.top.get("ACTOR", []),
                                       label_colours.get("ACTOR", OKABE_ITO[0]))),
        ChartData(tr(TITLES[4]), _bars(found.top.get("PLACE", []),
                                       label_colours.get("PLACE", OKABE_ITO[0]))),
        _claims_chart(found),
        ChartData(tr(TITLES[6]), _timeline(found.days, articles=True), vertical=True),
        ChartData(tr(TITLES[7]), _timeline(found.days, articles=False), vertical=True),
        _progress_chart(found),
    ]  # fmt: skip
    for chart in made:
        chart.empty = empty
    return made


def _outlet_bar(t: Tally) -> Bar:
    name = t.key or tr(NO_OUTLET)
    tip = lead(
        tr("{outlet}: {articles} articles, {spans} spans").format(
            outlet=embed_rtl(name), articles=number(t.articles), spans=number(t.spans)
        )
    )
    return Bar(name, (Segment(t.articles, OKABE_ITO[0], t.pick, partial(str, tip)),))


def _claims_chart(found: Overview) -> ChartData:
    """A bar a source, stacked by outlet; the most cited sources only."""
    outlets = sorted({c.outlet for c in found.claims})
    colour = {o: OKABE_ITO[i % len(OKABE_ITO)] for i, o in enumerate(outlets)}
    bars: dict[str, list[Segment]] = {}
    for c in found.claims:
        name = tr(c.source) if c.words else c.source
        if name not in bars and len(bars) == TOP_SOURCES:
            continue
        tip = lead(
            counted(
                "{source} in {outlet}: {count} claim",
                QT_TR_NOOP("{source} in {outlet}: {count} claims"),
                c.count,
                source=embed_rtl(name),
                outlet=embed_rtl(c.outlet or tr(NO_OUTLET)),
            )
        )
        segment = Segment(c.count, colour[c.outlet], c.pick, partial(str, tip))
        bars.setdefault(name, []).append(segment)
    legend = [(o or tr(NO_OUTLET), colour[o]) for o in outlets]
    return ChartData(tr(TITLES[5]), [Bar(n, tuple(s)) for n, s in bars.items()], legend)


def _timeline(days: list[Tally], articles: bool) -> list[Bar]:
    """A bar a day, the days with no articles included (up to a limit); the articles
    with no date are left out (the outlet chart counts them)."""
    dated = {t.key: t for t in days if t.key}
    keys = sorted(dated)
    if keys:
        first, last = date.fromisoformat(keys[0]), date.fromisoformat(keys[-1])
        if (last - first).days < MAX_FILLED_DAYS:
            keys = [(first + timedelta(n)).isoformat() for n in range((last - first).days + 1)]
    bars = []
    for key in keys:
        t = dated.get(key)
        count = (t.articles if articles else t.spans) if t else 0
        tip = partial(articles_tip if articles else spans_tip, key, count)
        pick = t.pick if t else None
        segments = (Segment(count, OKABE_ITO[0 if articles else 1], pick, tip),) if pick else ()
        bars.append(Bar(key, segments))
    return bars


def _progress_chart(found: Overview) -> ChartData:
    """A bar an annotator, stacked by status; a segment opens those articles."""
    bars = []
    for p in found.progress:
        segments = tuple(
            Segment(p.counts[s], STATUS_COLOURS[s],
                    Pick(replace(found.scope, status=s, status_of=p.annotator)),
                    partial(_progress_tip, p.annotator, p.counts[s], s))
            for s in Status if p.counts[s]
        )  # fmt: skip
        bars.append(Bar(p.annotator, segments))
    legend = [(tr(s.words), STATUS_COLOURS[s]) for s in Status]
    return ChartData(tr(TITLES[8]), bars, legend)


def _progress_tip(annotator: str, count: int, status: Status) -> str:
    words = counted("{annotator}: {count} article {status}",
                    QT_TR_NOOP("{annotator}: {count} articles {status}"), count,
                    annotator=embed_rtl(annotator), status=tr(status.words).lower())  # fmt: skip
    return lead(words)


def undated_note(found: Overview) -> str:
    """What the timeline leaves out, or ""."""
    undated = next((t for t in found.days if not t.key), None)
    if undated is None:
        return ""
    return counted("{count} article {no_date} is not on the timeline",
                   QT_TR_NOOP("{count} articles {no_date} are not on the timeline"),
                   undated.articles, no_date=tr(NO_DATE))  # fmt: skip
