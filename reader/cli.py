"""Command line: `reader` opens the window; `reader import` and `reader export` work
headless for scripts. Qt is imported only when the window is wanted."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader import APP_NAME, __version__, paths
from reader.annotation_files import open_annotation_file
from reader.core.articles import iter_drafts
from reader.core.errors import KnownError
from reader.formats.csv_format import write_csv
from reader.storage import repository
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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = sub.add_parser(
        "import", help="add .txt articles, folders of them, or JSONL files to an annotation file"
    )
    _common(imp, suppress=True)
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    exp = sub.add_parser("export", help="write every annotation to CSV")
    _common(exp, suppress=True)
    exp.add_argument("--csv", type=Path, required=True, metavar="OUT", help="CSV file to write")
    exp.add_argument(
        "--no-bom",
        action="store_true",
        help="omit the UTF-8 byte order mark (Excel needs it to show Arabic)",
    )
    return parser


def _print_report(report: ImportReport) -> None:
    for message in report.problems:
        print(f"refused: {message}", file=sys.stderr)
    print(report.summary())


def cmd_import(args: argparse.Namespace) -> int:
    file = open_annotation_file(args.db)
    try:
        report = import_articles(file, iter_drafts(args.paths))
    finally:
        file.close()
    _print_report(report)
    return EXIT_REFUSED if report.problems else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    file = open_annotation_file(args.db)
    try:
        with file.session() as session:
            count = write_csv(repository.iter_export_rows(session), args.csv, bom=not args.no_bom)
    finally:
        file.close()
    print(f"{count} annotations written to {args.csv}")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths.init(args.data_dir, args.config_dir)
    if args.command is None:
        from reader.ui.app import run_gui  # Qt only when the window is wanted

        return run_gui(args)
    try:
        return cmd_import(args) if args.command == "import" else cmd_export(args)
    except KnownError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_ERROR
