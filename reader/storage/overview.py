"""The overview's figures, counted by the database (GROUP BY) in plain SQL on the
window's read connection, like `reads`: counts by label, annotator, outlet, day and status,
the most frequent actors and places, claims by source and outlet, annotator progress,
and the articles or spans behind any one figure (`matches`)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from reader.core.links import CLAIM, SOURCE
from reader.core.normalise import search_form
from reader.core.overview import (
    NO_SOURCE,
    UNNAMED_SOURCE,
    Count,
    Match,
    NameCount,
    Overview,
    Pick,
    Progress,
    Scope,
    SourceCount,
    Tally,
    commonest,
    top_names,
)
from reader.core.progress import Status
from reader.storage.reads import STATUS_SQL, Connection, dialect

NAMED_LABELS = ("ACTOR", "PLACE")  # the labels whose most frequent names are charted
# An article's day: the date's first ten characters when they read YYYY-MM-DD, else "".
_DAY_SQL = {
    "sqlite": "CASE WHEN trim(d.date) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' "
    "THEN substr(trim(d.date), 1, 10) ELSE '' END",
    "postgresql": "CASE WHEN trim(d.date) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' "
    "THEN substr(trim(d.date), 1, 10) ELSE '' END",
}
_SPANS = (
    "FROM annotation a JOIN document d ON d.id = a.document_id "
    "JOIN annotator p ON p.id = a.annotator_id JOIN label l ON l.id = a.label_id "
)
SourceKey = tuple[int | None, str]


@dataclass(frozen=True, slots=True)
class Where:
    """A scope as SQL: conditions on the article `d`, and on the span `a` (with its
    annotator `p`), with their parameters."""

    documents: str
    document_params: tuple[object, ...]
    spans: str
    span_params: tuple[object, ...]

    def both(self) -> tuple[str, tuple[object, ...]]:
        return f"{self.documents} AND {self.spans}", self.document_params + self.span_params


def where(scope: Scope, day: str) -> Where:
    """`scope` as SQL; `day` is the SQL of an article's day (`_DAY_SQL`)."""
    docs, doc_params = ["1 = 1"], []
    if scope.outlet is not None:
        docs.append("d.source = ?")
        doc_params.append(scope.outlet)
    if scope.date_from:
        docs.append(f"{day} >= ?")
        doc_params.append(scope.date_from)
    if scope.undated:
        docs.append(f"{day} = ''")
    if scope.date_to:
        docs.append(f"{day} BETWEEN '0' AND ?")  # articles with no date fall out
        doc_params.append(scope.date_to)
    if scope.status is not None:
        who = "(SELECT id FROM annotator WHERE name = ?)"
        docs.append(STATUS_SQL.format(d="d.id", who=who) + " = ?")
        doc_params += [scope.status_of, scope.status_of, scope.status.value]
    spans, span_params = ("p.name = ?", (scope.annotator,)) if scope.annotator else ("1 = 1", ())
    return Where(" AND ".join(docs), tuple(doc_params), spans, span_params)


def overview(con: Connection, scope: Scope) -> Overview:
    """Every figure of the overview pane for `scope`."""
    day = _DAY_SQL[dialect(con)]
    w = where(scope, day)
    found = Overview(scope)
    found.articles = con.execute(
        f"SELECT count(*) FROM document d WHERE {w.documents}", w.document_params
    ).fetchone()[0]
    labels = _grouped(con, w, "l.name", "min(l.position), l.name")
    found.by_label = [Count(name, n, Pick(scope, spans=True, label=name)) for name, n in labels]
    found.spans = sum(c.count for c in found.by_label)
    found.by_annotator = [
        Count(name, n, Pick(replace(scope, annotator=name), spans=True))
        for name, n in _grouped(con, w, "p.name", "count(*) DESC, p.name")
    ]
    found.by_outlet = _tallies(con, scope, w, "d.source", "count(*) DESC, key")
    found.days = _tallies(con, scope, w, day, "key")
    found.top = {label: _top(con, scope, w, label) for label in NAMED_LABELS}
    found.claims = _claims(con, scope, w)
    found.progress = [
        p for p in progress(con, w) if p.annotator == scope.annotator or not scope.annotator
    ]
    found.by_status = _statuses(found, scope)
    return found


def _grouped(con: Connection, w: Where, key: str, order: str) -> list[tuple[str, int]]:
    sql, params = w.both()
    return con.execute(
        f"SELECT {key}, count(*) {_SPANS} WHERE {sql} GROUP BY {key} ORDER BY {order}", params
    ).fetchall()


def _tallies(con: Connection, scope: Scope, w: Where, key: str, order: str) -> list[Tally]:
    """Articles and spans by `key` (an outlet or a day), in `order`."""
    articles = con.execute(
        f"SELECT {key} AS key, count(*) FROM document d WHERE {w.documents} "
        f"GROUP BY key ORDER BY {order}",
        w.document_params,
    ).fetchall()
    # The spans counted by article first: `key` is then worked out once an article,
    # not once a span (a day's CASE ten times fewer).
    spans = dict(con.execute(
        f"SELECT {key}, CAST(sum(n) AS BIGINT) FROM (SELECT a.document_id AS doc, count(*) AS n "
        "FROM annotation a JOIN annotator p ON p.id = a.annotator_id "
        f"JOIN label l ON l.id = a.label_id WHERE {w.spans} GROUP BY a.document_id) s "
        f"JOIN document d ON d.id = s.doc WHERE {w.documents} GROUP BY {key}",
        w.span_params + w.document_params,
    ).fetchall())  # fmt: skip
    return [Tally(k, n, spans.get(k, 0), Pick(_narrowed(scope, key, k))) for k, n in articles]


def _narrowed(scope: Scope, key: str, value: str) -> Scope:
    """`scope` narrowed to one outlet or one day (or the articles with no date)."""
    if key == "d.source":
        return replace(scope, outlet=value)
    return replace(scope, date_from=value, date_to=value) if value else replace(scope, undated=True)


def _top(con: Connection, scope: Scope, w: Where, label: str) -> list[Count]:
    """The most frequent names of `label`: by entity where linked, else by folded text."""
    sql, params = w.both()
    rows = con.execute(
        # min(): one name a group, as both engines take it (a group has one entity or
        # one text)
        f"SELECT a.entity_id, coalesce(min(e.name), min(a.text)), count(*) {_SPANS}"
        "LEFT JOIN entity e ON e.id = a.entity_id "
        f"WHERE {sql} AND l.name = ? GROUP BY a.entity_id, "
        "CASE WHEN a.entity_id IS NULL THEN a.text END",
        (*params, label),
    ).fetchall()
    return [
        Count(top.name, top.count, Pick(scope, spans=True, label=label, entity=top.entity,
                                        folded=None if top.entity else search_form(top.name)))
        for top in top_names(NameCount(*row) for row in rows)
    ]  # fmt: skip


_CLAIM_SOURCES = (
    f"{_SPANS}LEFT JOIN link k ON k.claim_id = a.id "
    "AND k.type_id IN (SELECT id FROM link_type WHERE name = ?) "
    "LEFT JOIN annotation t ON t.id = k.target_id LEFT JOIN entity e ON e.id = t.entity_id "
    "WHERE {where} AND l.name = ?"
)


def _source_key(linked: int, entity: int | None, name: str | None) -> tuple[SourceKey, str]:
    """A claim's source as a key and a name: its entity, its folded text, or none."""
    if entity is not None:
        return (entity, ""), name or ""
    if name is not None:
        return (None, search_form(name)), name
    kind = UNNAMED_SOURCE if linked else NO_SOURCE
    return (None, kind), kind


def _claims(con: Connection, scope: Scope, w: Where) -> list[SourceCount]:
    """Claims by source and outlet, the sources with most claims first. SQLite groups
    by the exact source text; only the distinct texts are folded here."""
    sql, params = w.both()
    rows = con.execute(
        "SELECT d.source, k.id IS NOT NULL, t.entity_id, coalesce(e.name, t.text), count(*) "
        + _CLAIM_SOURCES.format(where=sql) + " GROUP BY 1, 2, 3, 4",
        (SOURCE, *params, CLAIM),
    )  # fmt: skip
    outlets: dict[SourceKey, Counter[str]] = defaultdict(Counter)
    spellings: dict[SourceKey, Counter[str]] = defaultdict(Counter)
    for outlet, linked, entity, text, n in rows:
        key, name = _source_key(linked, entity, text)
        outlets[key][outlet] += n
        spellings[key][name] += n
    totals = Counter({key: sum(c.values()) for key, c in spellings.items()})
    names = {key: commonest(c) for key, c in spellings.items()}
    order = sorted(totals, key=lambda k: (-totals[k], names[k]))
    within = {o: replace(scope, outlet=o) for o in {o for c in outlets.values() for o in c}}
    return [
        SourceCount(names[key], outlet, n,
                    Pick(within[outlet], spans=True, label=CLAIM, source=key),
                    words=key[0] is None and key[1] in (NO_SOURCE, UNNAMED_SOURCE))
        for key in order
        for outlet, n in sorted(outlets[key].items())
    ]  # fmt: skip


def _claims_from(con: Connection, w: Where, source: SourceKey) -> list[int]:
    """The claims in the scope whose source is `source`."""
    sql, params = w.both()
    rows = con.execute(
        "SELECT a.id, k.id IS NOT NULL, t.entity_id, coalesce(e.name, t.text) "
        + _CLAIM_SOURCES.format(where=sql),
        (SOURCE, *params, CLAIM),
    )  # fmt: skip
    return sorted({claim for claim, *rest in rows if _source_key(*rest)[0] == source})


def progress(con: Connection, w: Where) -> list[Progress]:
    """Each annotator's articles in the scope by status: those they marked, those they
    tagged without marking (in progress), and the rest (to do)."""
    total = con.execute(
        f"SELECT count(*) FROM document d WHERE {w.documents}", w.document_params
    ).fetchone()[0]
    counts: dict[str, Counter[Status]] = defaultdict(Counter)
    marked = con.execute(
        "SELECT p.name, s.status, count(*) FROM document_status s "
        "JOIN document d ON d.id = s.document_id JOIN annotator p ON p.id = s.annotator_id "
        f"WHERE {w.documents} GROUP BY p.name, s.status",
        w.document_params,
    )
    for name, status, n in marked:
        counts[name][Status(status)] += n
    tagged = con.execute(
        f"SELECT p.name, count(DISTINCT a.document_id) {_SPANS}"
        f"WHERE {w.documents} AND NOT EXISTS (SELECT 1 FROM document_status s "
        "WHERE s.document_id = a.document_id AND s.annotator_id = a.annotator_id) GROUP BY p.name",
        w.document_params,
    )
    for name, n in tagged:
        counts[name][Status.IN_PROGRESS] += n
    for tally in counts.values():
        tally[Status.TODO] += total - sum(tally.values())
    return [Progress(name, {s: counts[name][s] for s in Status}) for name in sorted(counts)]


def _statuses(found: Overview, scope: Scope) -> list[Count]:
    """`status_of`'s articles by status (all to do for one who has done nothing)."""
    mine = next((p for p in found.progress if p.annotator == scope.status_of), None)
    counts = mine.counts if mine else {s: 0 for s in Status} | {Status.TODO: found.articles}
    return [Count(s.words, counts[s], Pick(replace(scope, status=s)), words=True) for s in Status]


# ---------------------------------------------------------------- behind a figure


def matches(con: Connection, pick: Pick) -> list[Match]:
    """The articles or spans a clicked figure counted, in article then text order."""
    w = where(pick.scope, _DAY_SQL[dialect(con)])
    if not pick.spans:
        rows = con.execute(
            f"SELECT d.id, NULL, d.title, d.source, d.date FROM document d WHERE {w.documents} "
            "ORDER BY d.id",
            w.document_params,
        )
        return [Match(*row) for row in rows]
    sql, params = w.both()
    extra, more = _span_filter(con, pick, w)
    rows = con.execute(
        f"SELECT d.id, a.id, d.title, d.source, d.date, l.name, a.text, p.name {_SPANS}"
        f"WHERE {sql}{extra} ORDER BY d.id, a.start, a.id",
        (*params, *more),
    )
    found = [Match(*row) for row in rows]
    if pick.folded is not None:
        found = [m for m in found if search_form(m.text) == pick.folded]
    return found


def _span_filter(con: Connection, pick: Pick, w: Where) -> tuple[str, tuple[object, ...]]:
    extra: list[str] = []
    params: list[object] = []
    if pick.label:
        extra.append("l.name = ?")
        params.append(pick.label)
    if pick.entity is not None:
        extra.append("a.entity_id = ?")
        params.append(pick.entity)
    elif pick.folded is not None:
        extra.append("a.entity_id IS NULL")
    if pick.source is not None:
        claims = _claims_from(con, w, pick.source)
        extra.append(f"a.id IN ({','.join(str(c) for c in claims) or 'NULL'})")
    return "".join(f" AND {e}" for e in extra), tuple(params)
