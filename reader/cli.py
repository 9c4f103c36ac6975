"""Command line: `reader` opens the window; `reader import`, `export`, `agree`,
`search`, `index`, `entities`, `stats`, `push` and `pull` work headless for scripts. Qt is
imported only when the window is wanted."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reader import APP_NAME, __version__, paths
from reader.core.errors import KnownError
from reader.formats.names import READABLE, WRITABLE

if TYPE_CHECKING:  # what add_subparsers gives
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]


def _common(parser: argparse.ArgumentParser, suppress: bool, creates: bool = True) -> None:
    """--db and the hidden folder overrides. Only a command that writes (the window,
    import) creates a missing annotation file; one that reads refuses it."""
    default = argparse.SUPPRESS if suppress else None
    missing = "created if missing" if creates else "must exist"
    parser.add_argument(
        "--db",
        type=db_location,
        default=default,
        metavar="FILE|URL",
        help=f"annotation file to use ({missing}; default: "
        f"{paths.DEFAULT_FILE_NAME} in the user data folder), or a team database: "
        "postgresql://user@host/dbname (password from ~/.pgpass or PGPASSWORD, else asked)",
    )
    _folders(parser, default)


def _folders(parser: argparse.ArgumentParser, default: object) -> None:
    """The hidden overrides of the user folders (tests, portable installs)."""
    parser.add_argument("--data-dir", type=Path, default=default, help=argparse.SUPPRESS)
    parser.add_argument("--config-dir", type=Path, default=default, help=argparse.SUPPRESS)


def db_location(text: str) -> Path | str:
    """--db: a team database's URL as it is, anything else a file's path."""
    return text.strip() if paths.is_team_url(text) else Path(text)


def _window_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit() and int(width) >= 200 and int(height) >= 200):
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 800x560")
    return int(width), int(height)


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
        "--window-size",
        type=_window_size,
        default=(1400, 920),
        metavar="WxH",
        help="the window's size for --screenshot (default: 1400x920)",
    )
    parser.add_argument(
        "--annotator", help="set the annotator name recorded with your annotations (kept)"
    )
    parser.add_argument(
        "--language",
        choices=("en", "ar"),
        help="the interface language for this run (Preferences keeps a lasting choice)",
    )
    parser.add_argument(
        "--theme",
        choices=("system", "light", "dark"),
        help="light or dark for this run (Preferences keeps a lasting choice)",
    )
    parser.add_argument(
        "--review",
        type=Path,
        action="append",
        metavar="FILE",
        help="open a colleague's annotation file or CSV export for review (repeatable)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in (_import_command, _export_command, _agree_command, _search_command,
                _index_command, _entities_command, _stats_command, _push_command,
                _pull_command):  # fmt: skip
        add(sub)
    return parser


def _import_command(sub: Commands) -> None:
    imp = sub.add_parser(
        "import",
        help="add articles, or annotations from other tools' files, to an annotation file",
        description="Add articles (.txt files, folders of them, JSONL) or annotation files "
        f"({', '.join(READABLE)}; a Qari annotation file too). The format is detected from "
        "each PATH unless given. Documents already in the file are matched by SHA-256 "
        "(or by their text apart from spacing); spans already there are not added twice.",
    )
    _common(imp, suppress=True)
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    imp.add_argument(
        "--format", choices=(*READABLE, "articles"), help="read every PATH as this format"
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
    imp.add_argument(
        "--columns",
        metavar="FIELD=COLUMN,…",
        help="for a span table from another tool: which column holds each of doc, start, "
        "end, label, text, annotator, note, where its header does not say so plainly "
        "(doc=File,start=Begin)",
    )
    imp.add_argument(
        "--offsets",
        choices=("code", "utf16", "bytes"),
        default="code",
        help="what a span table's offsets count: code points (Python, the default), UTF-16 "
        "units (JavaScript tools) or UTF-8 bytes",
    )
    imp.add_argument(
        "--strict",
        action="store_true",
        help="refuse a whole annotation file if any of its spans cannot be stored exactly as "
        "given (not at its offsets, splitting a letter from its marks, text changed, not "
        "placed); without it each such span is listed and the exit status is 1",
    )
    imp.add_argument(
        "--wait-index",
        action="store_true",
        help="build the new articles' search index before returning (without it the import "
        "returns once the articles are saved, and the window or `reader index` builds it; a "
        "search meanwhile reads them one by one)",
    )


def _export_command(sub: Commands) -> None:
    exp = sub.add_parser(
        "export",
        help="write annotations to CSV or another tool's format",
        description="Write the annotation file's annotations to OUT. What a format cannot "
        "hold (notes in doccano, overlapping spans in IOB) is listed on stderr.",
    )
    _common(exp, suppress=True, creates=False)
    exp.add_argument("out", nargs="?", type=Path, metavar="OUT", help="file (folder for brat)")
    exp.add_argument(
        "--format",
        choices=WRITABLE,
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


def _agree_command(sub: Commands) -> None:
    agree = sub.add_parser(
        "agree",
        help="agreement between annotation files (the first is the reference)",
        description="Agreement of each FILE with the first (the reference): exact and "
        "overlap precision, recall and F1, Cohen's kappa, Krippendorff's alpha (nominal and "
        "unitizing), per label and overall; with three or more files also Fleiss' kappa and "
        "both alphas over all. FILE is a Qari annotation file or CSV export; FILE#NAME picks "
        "one annotator of a file that holds several; a team database is URL#NAME (one of its "
        "annotators). Nothing is written.",
    )
    _common(agree, suppress=True, creates=False)
    agree.add_argument("files", nargs="+", metavar="FILE")
    agree.add_argument(
        "--json",
        action="store_true",
        help="one JSON object per line: one per pair, then one over all files (3 or more)",
    )


def _search_command(sub: Commands) -> None:
    find = sub.add_parser(
        "search",
        help="search the articles, Arabic spellings folded together",
        description="Find QUERY in the annotation file's articles. أ إ آ ٱ match ا, ى "
        "matches ي, ة matches ه, harakat and tatweel are ignored, and a word is found inside "
        "longer words (الجيش finds والجيش). Offsets are code points into the original text, "
        "half-open. Nothing is written.",
    )
    _common(find, suppress=True, creates=False)
    find.add_argument("query", metavar="QUERY")
    find.add_argument(
        "--limit", type=int, default=20, metavar="N", help="the N best articles (default 20)"
    )
    find.add_argument(
        "--json",
        action="store_true",
        help="one JSON object per hit: document id, sha256, title, start, end, text, before, after",
    )


def _index_command(sub: Commands) -> None:
    index = sub.add_parser(
        "index",
        help="finish the search index of articles imported without it",
        description="Index the articles an import left for later (the window does this in the "
        "background whenever the file is open). Resumable: stopped, it goes on next time "
        "from where it stopped.",
    )
    _common(index, suppress=True, creates=False)


def _entities_command(sub: Commands) -> None:
    ent = sub.add_parser(
        "entities",
        help="list the entity registry, or the entities that may be one",
        description="List every entity (actor or place) of the annotation file with its "
        "names, mentions, articles and outlets; with --suggest, the pairs of entities whose "
        "names may be one (spelling folded, clitics, spacing, consonant skeleton, a letter or "
        "two, one name part of the other), with the reason, closest first. --gazetteer FILE "
        "first adds a list of names (name<TAB>label[<TAB>entity] a line, UTF-8).",
    )
    _common(ent, suppress=True, creates=False)
    ent.add_argument("--suggest", action="store_true", help="list candidate merges instead")
    ent.add_argument("--gazetteer", type=Path, metavar="FILE", help="import a gazetteer first")
    ent.add_argument("--json", action="store_true", help="one JSON object per line")


def _stats_command(sub: Commands) -> None:
    stats = sub.add_parser(
        "stats",
        help="print the overview's figures: counts by label, annotator, outlet, day, status",
        description="Print the figures the Overview pane shows: articles and spans, counts by "
        "label, annotator, outlet and day, each annotator's articles by status (to do, in "
        "progress, done, adjudicated), the most frequent actors and places (by entity where "
        "linked, else by folded spelling) and claims by source and outlet. --by prints one "
        "breakdown; the other options narrow every figure.",
    )
    _common(stats, suppress=True, creates=False)
    stats.add_argument("--by", choices=("label", "annotator", "outlet", "day", "status"),
                       help="print only this breakdown, a row a line")  # fmt: skip
    stats.add_argument("--json", action="store_true",
                       help="JSON: one object (or one a row, with --by)")  # fmt: skip
    stats.add_argument("--outlet", help="only the articles of this outlet")
    stats.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD",
                       help="only articles dated on or after this day")  # fmt: skip
    stats.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD",
                       help="only articles dated on or before this day")  # fmt: skip
    stats.add_argument("--annotator", metavar="NAME", help="only this annotator's spans")
    stats.add_argument(
        "--status",
        choices=("todo", "in_progress", "done", "adjudicated"),
        help="only articles with this status (whose: --of, else --annotator)",
    )
    stats.add_argument("--of", metavar="NAME", help="whose status --status means")


def _push_command(sub: Commands) -> None:
    push = sub.add_parser(
        "push",
        help="copy an annotation file into a team database",
        description="Copy FILE's documents, labels, links, entities, statuses and "
        "annotations into the team database URL (made with FILE's labels if it is empty). "
        "A document is known by its SHA-256 and a span by its document, annotator, label and "
        "offsets: pushing twice adds nothing twice. FILE is not changed.",
    )
    push.add_argument("file", type=Path, metavar="FILE")
    push.add_argument("url", metavar="URL", help="postgresql://user@host/dbname")
    _folders(push, argparse.SUPPRESS)


def _pull_command(sub: Commands) -> None:
    pull = sub.add_parser(
        "pull",
        help="write a team database into a new annotation file",
        description="Write everything in the team database URL into FILE, a new, "
        "self-contained annotation file (to work offline; push it back later). FILE must "
        "not exist yet; it is written whole or not at all.",
    )
    pull.add_argument("url", metavar="URL", help="postgresql://user@host/dbname")
    pull.add_argument("file", type=Path, metavar="FILE")
    _folders(pull, argparse.SUPPRESS)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths.init(args.data_dir, args.config_dir)
    if args.command is None:
        from reader.ui.app import run_gui  # Qt only when the window is wanted

        return run_gui(args)
    from reader import headless  # the formats and SQLAlchemy: only for these commands

    try:
        return headless.run(args)
    except BrokenPipeError:  # `reader search ... | head`: the reader of our output left
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return headless.EXIT_OK
    except KnownError as err:
        print(f"error: {err}", file=sys.stderr)
        return headless.EXIT_ERROR
