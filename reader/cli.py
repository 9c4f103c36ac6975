"""Command line: `reader` opens the window; `reader import`, `reader export` and
`reader agree` work headless for scripts. Qt is imported only when the window is wanted."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from reader import APP_NAME, __version__, paths
from reader.annotation_files import open_annotation_file
from reader.core.articles import iter_drafts
from reader.core.errors import KnownError
from reader.core.normalise import context_line
from reader.exchange import (
    AnnotationImportReport,
    Incoming,
    UnknownLabelsError,
    check_mapping,
    export_annotations,
    import_annotations,
    parse_mapping,
    read_annotations,
    unknown_labels,
)
from reader.formats.registry import NAMES, for_output
from reader.reviewing import compare_files, parse_source, texts_for
from reader.storage import repository, search
from reader.storage.importer import ImportReport, import_articles

EXIT_OK, EXIT_REFUSED, EXIT_ERROR = 0, 1, 2


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--db",
        type=Path,
        default=default,
        metavar="FILE",
        help="annotation file to use (created if missing; default: "
        f"{paths.DEFAULT_FILE_NAME} in the user data folder)",
    )
    parser.add_argument("--data-dir", type=Path, default=default, help=argparse.SUPPRESS)
    parser.add_argument("--config-dir", type=Path, default=default, help=argparse.SUPPRESS)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description=f"{APP_NAME}: read Arabic news and tag ACTOR, PLACE and CLAIM spans.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _common(parser, suppress=False)
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help="render the window offscreen to PNG and exit (for docs and checks)",
    )
    parser.add_argument(
        "--annotator", help="set the annotator name recorded with your annotations (kept)"
    )
    parser.add_argument(
        "--review",
        type=Path,
        action="append",
        metavar="FILE",
        help="open a colleague's annotation file or CSV export for review (repeatable)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = sub.add_parser(
        "import",
        help="add articles, or annotations from other tools' files, to an annotation file",
        description="Add articles (.txt files, folders of them, JSONL) or annotation files "
        f"({', '.join(NAMES)}; a Qari annotation file too). The format is detected from "
        "each PATH unless given. Documents already in the file are matched by SHA-256 "
        "(or by their text apart from spacing); spans already there are not added twice.",
    )
    _common(imp, suppress=True)
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    imp.add_argument(
        "--format", choices=(*NAMES, "articles"), help="read every PATH as this format"
    )
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="THEIRS=MINE",
        help="map a label of the file to one of yours (PER=ACTOR); THEIRS= leaves it out",
    )
    imp.add_argument(
        "--annotator",
        default=argparse.SUPPRESS,
        metavar="NAME",
        help="record the spans under NAME (default: the name the file gives; brat, "
        "doccano and CoNLL files give none and are named after the file)",
    )

    exp = sub.add_parser(
        "export",
        help="write annotations to CSV or another tool's format",
        description="Write the annotation file's annotations to OUT. What a format cannot "
        "hold (notes in doccano, overlapping spans in IOB) is listed on stderr.",
    )
    _common(exp, suppress=True)
    exp.add_argument("out", nargs="?", type=Path, metavar="OUT", help="file (folder for brat)")
    exp.add_argument(
        "--format",
        choices=NAMES,
        help="format to write (default: from OUT's suffix, .csv .json or .conll)",
    )
    exp.add_argument("--csv", type=Path, metavar="OUT", help="same as --format csv OUT")
    exp.add_argument(
        "--annotator",
        default=argparse.SUPPRESS,
        metavar="NAME",
        help="only NAME's annotations (needed for brat, doccano and CoNLL when several "
        "people annotated the file)",
    )
    exp.add_argument(
        "--no-bom",
        action="store_true",
        help="omit the UTF-8 byte order mark in CSV (Excel needs it to show Arabic)",
    )

    agree = sub.add_parser(
        "agree",
        help="agreement between annotation files (the first is the reference)",
        description="Agreement of each FILE with the first (the reference): exact and "
        "overlap precision, recall and F1, Cohen's kappa, Krippendorff's alpha (nominal and "
        "unitizing), per label and overall; with three or more files also Fleiss' kappa and "
        "both alphas over all. FILE is a Qari annotation file or CSV export; FILE#NAME picks "
        "one annotator of a file that holds several. Nothing is written.",
    )
    _common(agree, suppress=True)
    agree.add_argument("files", nargs="+", metavar="FILE")
    agree.add_argument(
        "--json",
        action="store_true",
        help="one JSON object per line: one per pair, then one over all files (3 or more)",
    )
    find = sub.add_parser(
        "search",
        help="search the articles, Arabic spellings folded together",
        description="Find QUERY in the annotation file's articles. أ إ آ ٱ match ا, ى "
        "matches ي, ة matches ه, harakat and tatweel are ignored, and a word is found inside "
        "longer words (الجيش finds والجيش). Offsets are code points into the original text, "
        "half-open. Nothing is written.",
    )
    _common(find, suppress=True)
    find.add_argument("query", metavar="QUERY")
    find.add_argument(
        "--limit", type=int, default=20, metavar="N", help="the N best articles (default 20)"
    )
    find.add_argument(
        "--json",
        action="store_true",
        help="one JSON object per hit: document id, sha256, title, start, end, text, before, after",
    )
    return parser


def _print_report(report: ImportReport) -> None:
    for message in report.problems:
        print(f"refused: {message}", file=sys.stderr)
    print(report.summary())


def _read_all(paths: list[Path], format_name: str | None) -> tuple[list[Path], list[Incoming]]:
    """Every PATH read before anything is written: articles, and annotation files."""
    articles: list[Path] = []
    incoming: list[Incoming] = []
    for path in paths:
        got = None if format_name == "articles" else read_annotations(path, format_name)
        if got is None:
            articles.append(path)
        else:
            incoming.append(got)
    return articles, incoming


def _print_annotation_report(report: AnnotationImportReport) -> None:
    for message in report.warnings:
        print(f"warning: {message}", file=sys.stderr)
    for message in report.problems:
        print(f"not placed: {message}", file=sys.stderr)
    for label, n in report.left_out.items():
        print(f"left out: {n} spans labelled {label} (mapped to nothing)", file=sys.stderr)
    print(report.summary())


def cmd_import(args: argparse.Namespace) -> int:
    mapping = parse_mapping(args.map)
    articles, incoming = _read_all(args.paths, args.format)
    file = open_annotation_file(args.db)
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
            done = import_annotations(file, item, mapping, getattr(args, "annotator", None))
            _print_annotation_report(done)
            refused = refused or bool(done.problems)
    finally:
        file.close()
    return EXIT_REFUSED if refused else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    if args.csv is not None:
        if args.out is not None or args.format not in (None, "csv"):
            raise KnownError("--csv OUT is short for --format csv OUT; give one of them")
        args.out, args.format = args.csv, "csv"
    if args.out is None:
        raise KnownError("say where to write: reader export --db FILE [--format NAME] OUT")
    fmt = for_output(args.out, args.format)
    file = open_annotation_file(args.db)
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
    path = Path(args.db) if args.db else paths.default_annotation_file()
    if not path.is_file():
        raise KnownError(f"{path}: no such annotation file")
    if args.limit < 1:
        raise KnownError("--limit must be 1 or more")
    file = open_annotation_file(path)
    try:
        with file.session() as session:
            result = search.search(session, args.query, limit=args.limit)
            shas = repository.document_shas(session, [d.document_id for d in result.documents])
    finally:
        file.close()
    for doc in result.documents:
        if not args.json:
            print(f"{doc.title}  (document {doc.document_id}, {len(doc.hits)} hits)")
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
        print(f"{result.hit_count} hits in {len(result.documents)} articles{more}")
    return EXIT_OK if result.documents else EXIT_REFUSED


COMMANDS = {"import": cmd_import, "export": cmd_export, "agree": cmd_agree, "search": cmd_search}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths.init(args.data_dir, args.config_dir)
    if args.command is None:
        from reader.ui.app import run_gui  # Qt only when the window is wanted

        return run_gui(args)
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:  # `reader search ... | head`: the reader of our output left
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except UnknownLabelsError as err:
        print(f"refused: {err}", file=sys.stderr)
        return EXIT_REFUSED
    except KnownError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_ERROR
