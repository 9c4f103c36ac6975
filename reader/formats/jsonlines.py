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
    containers = 0
    for number, line in enumerate(iter_lines(CanonicalText.of(read_text(path)).text), 1):
        if line.strip():
            containers += _containers(line)
            _check_containers(containers, str(path))
            yield number, loads(line, line_of(path, number))


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
    for line in head.decode("utf-8", errors="replace").lstrip("\ufeff").splitlines():
        if line.strip():
            try:
                return json.loads(line)
            except (json.JSONDecodeError, RecursionError):
                return None
    return None


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
