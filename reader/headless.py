"""The headless commands behind `reader import`, `reader export`, `reader agree`,
`reader search`, `reader entities`, `reader stats`, `reader push` and `reader pull` (the
parser is `cli`). Kept apart
so that opening the window never imports what only these need (the formats, SQLAlchemy)."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from reader import paths
from reader.core.articles import iter_drafts
from reader.core.entities import EntityRow, MergeSuggestion, merge_suggestions
from reader.core.errors import EmptyFileError, KnownError, PasswordNeededError
from reader.core.normalise import context_line
from reader.core.overview import Breakdown, Overview, Scope, as_json, day_of, rows_by
from reader.core.progress import Status
from reader.core.words import grouped
from reader.formats.registry import for_output
from reader.formats.span_csv import parse_columns
from reader.services import team
from reader.services.annotation_files import discard_new_file, open_annotation_file
from reader.services.annotation_import import import_annotations
from reader.services.exchange import (
    Incoming,
    TableOptions,
    UnknownLabelsError,
    check_mapping,
    export_annotations,
    parse_mapping,
    read_annotations,
    unknown_labels,
)
from reader.services.gazetteer import import_gazetteer
from reader.services.import_report import AnnotationImportReport, NotAsGivenError
from reader.services.reviewing import compare_files, parse_source, texts_for
from reader.storage import reads, repository, search
from reader.storage.db import AnnotationFile
from reader.storage.importer import ImportReport, import_articles, index_behind
from reader.storage.overview import overview

EXIT_OK, EXIT_REFUSED, EXIT_ERROR = 0, 1, 2  # done; something refused; could not run
Done = TypeVar("Done")


def with_password(work: Callable[[str | None], Done]) -> Done:
    """Run `work` (given no password: libpq looks in ~/.pgpass and PGPASSWORD); when a
    team database wants one and a person is at the terminal, ask and run it again."""
    try:
        return work(None)
    except PasswordNeededError:
        if not sys.stdin.isatty():
            raise
        return work(getpass.getpass("Password for the team database: "))


def _open(db: Path | str | None) -> AnnotationFile:
    return with_password(lambda password: open_annotation_file(db, password=password))


def _print_report(report: ImportReport) -> None:
    for message in report.problems:
        print(f"refused: {message}", file=sys.stderr)
    print(report.summary())


def _read_all(
    paths: list[Path], format_name: str | None, table: TableOptions
) -> tuple[list[Path], list[Incoming]]:
    """Every PATH read before anything is written: articles, and annotation files."""
    articles: list[Path] = []
    incoming: list[Incoming] = []
    for path in paths:
        got = None if format_name == "articles" else read_annotations(path, format_name, table)
        if got is None:
            articles.append(path)
        else:
            incoming.append(got)
    return articles, incoming


def _print_annotation_report(report: AnnotationImportReport) -> None:
    """What was not taken, each kind of thing said once with how many more like it."""
    for message in grouped(report.warnings):
        print(f"warning: {message}", file=sys.stderr)
    for message in grouped(report.problems):
        print(f"not placed: {message}", file=sys.stderr)
    for message in report.moved:  # each one: they differ in where they were and went
        print(f"moved: {message}", file=sys.stderr)
    for message in report.extended:
        print(f"extended: {message}", file=sys.stderr)
    for message in report.left_out_said():
        print(message, file=sys.stderr)
    for message in grouped(report.links_left_out):
        print(f"link left out: {message}", file=sys.stderr)
    print(report.summary())


def cmd_import(args: argparse.Namespace) -> int:
    mapping = parse_mapping(args.map)
    table = TableOptions(parse_columns(args.columns or ""), args.offsets)
    articles, incoming = _read_all(args.paths, args.format, table)
    db = args.db or paths.default_annotation_file()
    created = isinstance(db, Path) and not db.exists()
    file = _open(db)
    try:
        with file.session() as session:
            scheme = [label.name for label in repository.list_labels(session)]
        check_mapping(mapping, scheme)
        for item in incoming:  # refuse before anything is written
            unknown = unknown_labels(item.annotations, scheme, mapping)
            if unknown:
                raise UnknownLabelsError(str(item.path), unknown, scheme)
        refused = False
        if articles:
            report = import_articles(file, iter_drafts(articles))
            _print_report(report)
            refused = bool(report.problems)
        for item in incoming:
            done = import_annotations(file, item, mapping, getattr(args, "annotator", None),
                                      strict=args.strict)  # fmt: skip
            _print_annotation_report(done)
            refused = refused or bool(done.not_as_given)
        _index_or_say(file, args.wait_index)
    finally:
        empty = created and reads.count_documents(file.reader) == 0
        file.close()
        if empty and isinstance(db, Path):  # a refused or empty import leaves no new file
            discard_new_file(db)
            print(f"{db}: nothing imported, so not created", file=sys.stderr)
    return EXIT_REFUSED if refused else EXIT_OK


INDEX_AT_ONCE_CHARS = 1_000_000  # about a third of a second to index: not worth a word


def _index_or_say(file: AnnotationFile, wait: bool) -> None:
    """Build the index of a small import, or with --wait-index; else say it waits."""
    with file.session() as session:
        waiting = search.unindexed_count(session.connection())
        chars = search.unindexed_chars(session.connection())
    if wait or (waiting and chars <= INDEX_AT_ONCE_CHARS):
        _build_index(file)
    elif waiting:
        waits = f"{_counted(waiting, 'articles')} {_is(waiting, 'wait')}"
        print(f"{waits} for the search index: the window builds it whenever the file is "
              "open, or `reader index` now; a search meanwhile reads them one by one",
              file=sys.stderr)  # fmt: skip


def _build_index(file: AnnotationFile) -> int:
    """Index what waits, saying how far it is on a terminal."""
    live = sys.stderr.isatty()

    def said(done: int, total: int) -> None:
        print(f"\rindexing for search: {done:,} of {total:,} articles", end="", file=sys.stderr)

    indexed = index_behind(file, progress=said if live else None)
    if live and indexed:
        print(file=sys.stderr)
    return indexed


def cmd_index(args: argparse.Namespace) -> int:
    file = _open(existing(args.db))
    try:
        indexed = _build_index(file)
    finally:
        file.close()
    said = f"{_counted(indexed, 'articles')} indexed for search"
    print(said if indexed else "the search index is complete")
    return EXIT_OK


def existing(db: Path | str | None) -> Path | str:
    """The annotation file a reading command works on: given, or the default; one that
    does not exist is refused (a mistyped name must not become a new, empty file). A
    team database's URL is given as it is."""
    if paths.is_team_url(db):
        return str(db)
    path = Path(db) if db else paths.default_annotation_file()
    if not path.is_file():
        raise KnownError(f"{path}: no such annotation file (reader import --db FILE creates one)")
    return path


def cmd_export(args: argparse.Namespace) -> int:
    if args.csv is not None:
        if args.out is not None or args.format not in (None, "csv"):
            raise KnownError("--csv OUT is short for --format csv OUT; give one of them")
        args.out, args.format = args.csv, "csv"
    if args.out is None:
        raise KnownError("say where to write: reader export --db FILE [--format NAME] OUT")
    fmt = for_output(args.out, args.format)
    file = _open(existing(args.db))
    try:
        annotator = getattr(args, "annotator", None)
        report = export_annotations(file, fmt, args.out, annotator, bom=not args.no_bom)
    finally:
        file.close()
    for loss in report.losses:
        print(f"left out: {loss}", file=sys.stderr)
    print(report.summary())
    return EXIT_OK


def _figure(value: object) -> str:
    return "-" if value is None else f"{value:.3f}"


def _print_scores(name: str, m: dict[str, Any]) -> None:
    e, o = m["exact"], m["overlap"]
    cells = [e["precision"], e["recall"], e["f1"], o["precision"], o["recall"], o["f1"]]
    cells += [m["kappa"], m["alpha"], m["unitizing_alpha"]]
    print(f"  {name:<10}" + "".join(f"{_figure(c):>10}" for c in cells))


def _print_pair(report: dict[str, Any]) -> None:
    print(
        f"{report['other']} ({report['other_annotator']}) against "
        f"{report['reference']} ({report['reference_annotator']}): "
        f"{report['documents_compared']} documents, {report['characters']} characters"
    )
    header = ["exact P", "R", "F1", "overlap P", "R", "F1", "kappa", "alpha", "alpha_U"]
    print(f"  {'':<10}" + "".join(f"{h:>10}" for h in header))
    for name, measures in report["labels"].items():
        _print_scores(name, measures)
    _print_scores("overall", report["overall"])
    links = report["links"]
    if links["exact"]["tp"] + links["exact"]["fp"] + links["exact"]["fn"]:
        row = [links["exact"][k] for k in ("precision", "recall", "f1")]
        row += [links["overlap"][k] for k in ("precision", "recall", "f1")]
        print(f"  {'links':<10}" + "".join(f"{_figure(c):>10}" for c in row))
    entities = report["entities"]
    if entities["spans"]:
        print(f"  entities: {entities['same']} of {entities['spans']} spans both tagged link "
              f"the same entity ({_figure(entities['share'])}); {entities['different']} "
              f"another, {entities['one_side']} linked by one only")  # fmt: skip
    for item in report["not_matched"]:
        print(f"  not matched: {item['title']!r} ({item['spans']} spans): {item['reason']}")
    for item in report["not_placed"]:
        print(
            f"  not placed: {item['label']} [{item['start']}, {item['end']}) in "
            f"{item['document']!r}: {item['reason']}"
        )


def _print_group(report: dict[str, Any]) -> None:
    print(f"All {len(report['all'])} files: {report['documents_compared']} documents")
    print(f"  {'':<10}{'Fleiss':>10}{'alpha':>10}{'alpha_U':>10}")
    rows = [*report["labels"].items(), ("overall", report["overall"])]
    for name, m in rows:
        cells = (m["fleiss_kappa"], m["alpha"], m["unitizing_alpha"])
        print(f"  {name:<10}" + "".join(f"{_figure(c):>10}" for c in cells))


def cmd_agree(args: argparse.Namespace) -> int:
    if len(args.files) < 2:
        print("error: agree needs at least two files", file=sys.stderr)
        return EXIT_ERROR
    sources = [parse_source(arg) for arg in args.files]
    if paths.is_team_url(args.db):
        raise KnownError("--db for agree names the file holding a CSV reference's texts; "
                         "give a team database as URL#NAME among the files instead")
    fallback = Path(args.db) if args.db else paths.default_annotation_file()
    reports = compare_files(sources, texts_for(sources[0], fallback))
    for report in reports:
        if args.json:
            print(json.dumps(report, ensure_ascii=False))
        elif "all" in report:
            _print_group(report)
        else:
            _print_pair(report)
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise KnownError("--limit must be 1 or more")
    file = _open(existing(args.db))
    try:
        with file.session() as session:
            result = search.search(session, args.query, limit=args.limit)
            shas = repository.document_shas(session, [d.document_id for d in result.documents])
    finally:
        file.close()
    if result.unindexed:
        not_yet = f"{_counted(result.unindexed, 'articles')} {_is(result.unindexed, 'are')}"
        print(f"{not_yet} not in the search index yet and were read one by one (reader index "
              "builds it)", file=sys.stderr)  # fmt: skip
    for doc in result.documents:
        if not args.json:
            print(f"{doc.title}  (document {doc.document_id}, {_counted(len(doc.hits), 'hits')})")
        for hit in doc.hits:
            if args.json:
                row = {"document": doc.document_id, "sha256": shas[doc.document_id],
                       "title": doc.title, "start": hit.start, "end": hit.end,
                       "text": hit.text, "before": hit.before, "after": hit.after}  # fmt: skip
                print(json.dumps(row, ensure_ascii=False))
            else:
                print(f"  [{hit.start}, {hit.end})  {context_line(hit)}")
    if not args.json:
        more = " (more articles match; raise --limit)" if result.more else ""
        articles = _counted(len(result.documents), "articles")
        print(f"{_counted(result.hit_count, 'hits')} in {articles}{more}")
    return EXIT_OK if result.documents else EXIT_REFUSED


def cmd_entities(args: argparse.Namespace) -> int:
    file = _open(existing(args.db))
    try:
        if args.gazetteer is not None:
            added = import_gazetteer(file, args.gazetteer)
            for problem in added.problems:
                print(f"skipped: {problem}", file=sys.stderr)
            print(f"gazetteer: {added.names_added} names, {added.entities_added} entities, "
                  f"{added.aliases_added} aliases added", file=sys.stderr)  # fmt: skip
        rows = reads.entity_rows(file.reader)
    finally:
        file.close()
    if args.suggest:
        _print_merges(merge_suggestions(r.entity for r in rows), args.json)
    else:
        _print_entities(rows, args.json)
    return EXIT_OK


def _print_entities(rows: list[EntityRow], as_json: bool) -> None:
    for r in rows:
        e = r.entity
        if as_json:
            row = {"id": e.id, "label": e.label, "name": e.name, "aliases": list(e.aliases),
                   "mentions": r.mentions, "articles": r.documents, "outlets": list(r.outlets),
                   "external_id": e.external_id, "note": e.note}  # fmt: skip
            print(json.dumps(row, ensure_ascii=False))
        else:
            also = f"  (also {', '.join(e.aliases)})" if e.aliases else ""
            where = f"; {', '.join(r.outlets)}" if r.outlets else ""
            print(f"{e.id:>5}  {e.label:<6} {e.name}{also}: {r.mentions} mentions in "
                  f"{r.documents} articles{where}")  # fmt: skip
    if not as_json:
        print(f"{len(rows)} entities")


def _print_merges(found: list[MergeSuggestion], as_json: bool) -> None:
    for m in found:
        if as_json:
            row = {"keep": m.keep.id, "keep_name": m.keep.name, "other": m.other.id,
                   "other_name": m.other.name, "label": m.keep.label,
                   "reason": m.match.reason.name.lower(), "why": str(m.match.words())}  # fmt: skip
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(f"{m.keep.id:>5} {m.keep.name}  <>  {m.other.id:>5} {m.other.name}: "
                  f"{m.match.words()}")  # fmt: skip
    if not as_json:
        print(f"{len(found)} likely duplicates")


def _scope(args: argparse.Namespace) -> Scope:
    for day in (args.date_from, args.date_to):
        if day and not day_of(day):
            raise KnownError(f"{day!r} is not a day like 2017-11-04")
    status_of = args.of or args.annotator or ""
    if args.status and not status_of:
        raise KnownError("--status needs whose status it is: --of NAME (or --annotator NAME)")
    return Scope(outlet=args.outlet, date_from=args.date_from or "", date_to=args.date_to or "",
                 annotator=args.annotator or "", status_of=status_of,
                 status=Status(args.status) if args.status else None)  # fmt: skip


def cmd_stats(args: argparse.Namespace) -> int:
    scope = _scope(args)
    file = _open(existing(args.db))
    try:
        found = overview(file.reader, scope)
    finally:
        file.close()
    if args.by:
        rows = rows_by(found, Breakdown(args.by))
        for row in rows:
            print(json.dumps(row, ensure_ascii=False) if args.json else _row_line(row))
        if not rows:  # said apart from the rows, so a script reading them sees none
            print(f"no {args.by} to count: {_NOTHING[Breakdown(args.by)]}", file=sys.stderr)
    elif args.json:
        print(json.dumps(as_json(found), ensure_ascii=False, indent=1))
    else:
        _print_overview(found)
    return EXIT_OK


_NOTHING = {
    Breakdown.LABEL: "no spans in the scope",
    Breakdown.ANNOTATOR: "no spans in the scope",
    Breakdown.OUTLET: "no articles in the scope",
    Breakdown.DAY: "no articles in the scope",
    Breakdown.STATUS: "nobody has tagged or marked an article in the scope",
}


def _row_line(row: dict[str, object]) -> str:
    key, *figures = row.items()
    return "  ".join([f"{key[1] or f'(no {key[0]})'}:", *(_counted(v, k) for k, v in figures)])


def _counted(n: object, name: str) -> str:
    """`n name`, the noun singular for one: "1 article", "3 spans", "2 in progress"."""
    noun = name.replace("_", " ")
    return f"{n} {noun[:-1] if n == 1 and noun in _PLURALS else noun}"


_PLURALS = frozenset({"articles", "spans", "claims", "hits"})


def _is(n: object, verb: str) -> str:
    """The verb that follows `n` things: 'are' or 'is', 'wait' or 'waits'."""
    return verb if n != 1 else "is" if verb == "are" else verb + "s"


def _print_overview(found: Overview) -> None:
    print(f"{_counted(found.articles, 'articles')}, {_counted(found.spans, 'spans')}")
    for by in Breakdown:
        print(f"\nby {by.value}:")
        rows = rows_by(found, by)
        for row in rows:
            print("  " + _row_line(row))
        if not rows:
            print(f"  (none: {_NOTHING[by]})")
    for label, names in found.top.items():
        print(f"\nmost frequent {label}:")
        for c in names:
            print(f"  {c.name}: {c.count}")
        if not names:
            print(f"  (none: no {label} spans in the scope)")
    print("\nclaims by source and outlet:")
    for claim in found.claims:
        print(f"  {claim.source} / {claim.outlet or '(no outlet)'}: {claim.count}")
    if not found.claims:
        print("  (none: no CLAIM spans in the scope)")


def _team_url(text: str) -> str:
    if not paths.is_team_url(text):
        raise KnownError(f"{text}: not a team database URL (postgresql://user@host/dbname)")
    return text


def cmd_push(args: argparse.Namespace) -> int:
    url = _team_url(args.url)
    report = with_password(lambda password: team.push(args.file, url, password))
    _print_annotation_report(report)
    return EXIT_REFUSED if report.not_as_given else EXIT_OK


def cmd_pull(args: argparse.Namespace) -> int:
    url = _team_url(args.url)
    report = with_password(lambda password: team.pull(url, args.file, password))
    _print_annotation_report(report)
    print(f"written: {args.file}", file=sys.stderr)
    return EXIT_REFUSED if report.not_as_given else EXIT_OK


COMMANDS = {"import": cmd_import, "export": cmd_export, "agree": cmd_agree, "search": cmd_search,
            "entities": cmd_entities, "stats": cmd_stats, "push": cmd_push,
            "pull": cmd_pull, "index": cmd_index}  # fmt: skip


def run(args: argparse.Namespace) -> int:
    """Run the command `args` names; a label the file does not know refuses it."""
    try:
        return COMMANDS[args.command](args)
    except (UnknownLabelsError, EmptyFileError, NotAsGivenError) as err:
        print(f"refused: {err}", file=sys.stderr)
        return EXIT_REFUSED
