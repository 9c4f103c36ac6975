"""Gazetteers: lists of names to seed the suggestions (`core.suggestions`).

A UTF-8 text file, one name a line: `name<TAB>label`, or `name<TAB>label<TAB>entity` to
say which entity the name belongs to (its preferred name; made if the file has none of
that label). Blank lines and lines starting with `#` are skipped. Every wrong line is
named (up to `MAX_PROBLEMS`, then a count), so a list is mended in one pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reader.core.errors import FormatError
from reader.core.words import QT_TR_NOOP, Words, joined, line_of
from reader.formats.common import iter_lines, read_text

MAX_PROBLEMS = 20


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    name: str
    label: str
    entity: str = ""  # the preferred name of the entity it belongs to


@dataclass
class Gazetteer:
    entries: list[GazetteerEntry] = field(default_factory=list)
    problems: list[Words] = field(default_factory=list)


def read_gazetteer(path: Path, labels: set[str]) -> Gazetteer:
    """The entries of a gazetteer; a file with no entry at all is refused."""
    text = read_text(path).replace("\r\n", "\n").replace("\r", "\n")
    found = Gazetteer()
    wrong = 0
    for number, line in enumerate(iter_lines(text), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        entry = _entry(line, labels)
        if isinstance(entry, GazetteerEntry):
            found.entries.append(entry)
            continue
        wrong += 1
        if wrong <= MAX_PROBLEMS:
            where = line_of(path, number)
            found.problems.append(Words(QT_TR_NOOP("{where}: {problem}"), where=where,
                                        problem=entry))  # fmt: skip
    if wrong > MAX_PROBLEMS:
        found.problems.append(
            Words(QT_TR_NOOP("and {count} more wrong lines"), count=wrong - MAX_PROBLEMS)
        )
    if not found.entries:
        why = joined(found.problems) if found.problems else Words(QT_TR_NOOP("it is empty"))
        raise FormatError(
            Words(QT_TR_NOOP("{path}: no names to import: {why}"), path=path, why=why)
        )
    return found


def _entry(line: str, labels: set[str]) -> GazetteerEntry | Words:
    """The entry a line holds, or what is wrong with it."""
    cells = [c.strip() for c in line.split("\t")]
    if len(cells) not in (2, 3) or not cells[0]:
        return Words(QT_TR_NOOP("expected name<TAB>label or name<TAB>label<TAB>entity"))
    if cells[1] not in labels:
        return Words(
            QT_TR_NOOP("label {label!r} is not in this annotation file's scheme"),
            label=cells[1],
        )
    return GazetteerEntry(cells[0], cells[1], cells[2] if len(cells) == 3 else "")
