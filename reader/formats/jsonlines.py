"""Reading JSON Lines and JSON safely: one record at a time with its line number, deep
nesting and bad JSON reported by line, never a crash."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reader.core.errors import FormatError
from reader.core.words import QT_TR_NOOP, Where, Words, line_of
from reader.formats.common import MAX_JSON_CONTAINERS, CanonicalText, iter_lines, read_text


def records(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value) for every non-blank line; the objects and lists of
    the whole file are held to MAX_JSON_CONTAINERS before each line is parsed."""
    yield from _lines(path, CanonicalText.of(read_text(path)).text)


def _lines(path: Path, text: str) -> Iterator[tuple[int, Any]]:
    containers = 0
    for number, line in enumerate(iter_lines(text), 1):
        if line.strip():
            containers += _containers(line)
            _check_containers(containers, str(path))
            yield number, loads(line, line_of(path, number))


def records_or_json(path: Path, warnings: list[Words]) -> Iterator[tuple[Where, Any]]:
    """(where, value) for each record of a JSON Lines file, or of a JSON file given in
    its place (a pretty-printed array of the same records, or one record), which is said
    once in `warnings` rather than as an error a line."""
    text = CanonicalText.of(read_text(path)).text
    if not is_whole_json(text):
        yield from ((line_of(path, n), value) for n, value in _lines(path, text))
        return
    said = QT_TR_NOOP("{path}: JSON, not JSON Lines (one record a line); read as JSON")
    warnings.append(Words(said, path=path))
    whole = loads(text, str(path))
    for i, value in enumerate(whole if isinstance(whole, list) else [whole], 1):
        yield Words(QT_TR_NOOP("{path}, item {i}"), path=path, i=i), value


def is_whole_json(text: str) -> bool:
    """True when `text` is one JSON value laid over several lines (its first line is not
    JSON on its own but the whole is), as a .json file given for a .jsonl one is."""
    first = next((line for line in iter_lines(text) if line.strip()), "")
    if not first.lstrip().startswith(("[", "{")) or _parses(first):
        return False
    return _parses(text)


def _parses(text: str) -> bool:
    if _containers(text) > MAX_JSON_CONTAINERS:
        return False
    try:
        json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return False
    return True


def _containers(text: str) -> int:
    """An upper bound on the JSON objects and lists in `text`, counted before parsing
    (brackets inside strings count too)."""
    return text.count("{") + text.count("[")


def _check_containers(count: int, where: Where) -> None:
    if count > MAX_JSON_CONTAINERS:
        raise FormatError(
            Words(
                QT_TR_NOOP(
                    "{where}: more than {MAX_JSON_CONTAINERS:,} JSON objects and lists in one "
                    "file; split it to import it"
                ),
                where=where,
                MAX_JSON_CONTAINERS=MAX_JSON_CONTAINERS,
            )
        )


def loads(text: str, where: Where) -> Any:
    _check_containers(_containers(text), where)
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise FormatError(
            Words(QT_TR_NOOP("{where}: not valid JSON ({msg})"), where=where, msg=err.msg)
        ) from None
    except RecursionError:
        raise FormatError(
            Words(QT_TR_NOOP("{where}: JSON nested too deeply"), where=where)
        ) from None


def first_record(path: Path, limit: int = 1 << 20) -> Any:
    """The first non-blank line's JSON value, or None; for telling formats apart."""
    try:
        with path.open("rb") as fh:
            head = fh.read(limit)
    except OSError:
        return None
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff")
    for line in text.splitlines():
        if line.strip():
            try:
                return json.loads(line)
            except (json.JSONDecodeError, RecursionError):
                return _first_of_whole(path) if line.lstrip()[:1] in "[{" else None
    return None


def _first_of_whole(path: Path) -> Any:
    """The first record of a JSON file given as JSON Lines, or None."""
    try:
        text = CanonicalText.of(read_text(path)).text
    except FormatError:
        return None
    if not is_whole_json(text):
        return None
    whole = json.loads(text)
    return (whole[0] if whole else None) if isinstance(whole, list) else whole


_KIND_NAMES = {int: "an integer", str: "a string", list: "a list", dict: "an object"}


def field(obj: dict[str, Any], name: str, kind: type, where: Where) -> Any:
    """obj[name], which must be of `kind` (a JSON true is not an integer here)."""
    value = obj.get(name)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise FormatError(
            Words(
                QT_TR_NOOP("{where}: '{name}' must be {kind}"),
                where=where,
                name=name,
                kind=_KIND_NAMES.get(kind, kind.__name__),
            )
        )
    return value


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
