"""Label schemes: which labels exist, their colour, keyboard shortcut and drawing style."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from reader.core.errors import LabelSchemeError
from reader.core.words import QT_TR_NOOP, Words

_NAME = re.compile(r"^[A-Z][A-Z0-9_-]{0,31}$")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class LabelStyle(StrEnum):
    """How a label is drawn: entities get a tinted background, claims an underline and a
    lighter tint, so a claim that contains actors and places leaves them visible."""

    BACKGROUND = "background"
    UNDERLINE = "underline"
    DOTTED = "dotted"  # a dotted underline: reporting words (cues), told from claims by it


@dataclass(frozen=True, slots=True)
class LabelDef:
    name: str
    colour: str
    shortcut: str
    style: LabelStyle
    description: str = ""


def parse_scheme(data: Any, origin: str) -> list[LabelDef]:
    """Validate a scheme's JSON shape: {"labels": [{name, colour, shortcut, style, ...}]}."""
    if not isinstance(data, dict) or not isinstance(data.get("labels"), list):
        raise LabelSchemeError(
            Words(QT_TR_NOOP("{origin}: expected an object with a 'labels' list"), origin=origin)
        )
    labels: list[LabelDef] = []
    for i, item in enumerate(data["labels"]):
        where = Words(QT_TR_NOOP("{origin}: label {number}"), origin=origin, number=i + 1)
        if not isinstance(item, dict):
            raise LabelSchemeError(Words(QT_TR_NOOP("{where}: expected an object"), where=where))
        name, colour = item.get("name"), item.get("colour")
        shortcut, style = item.get("shortcut", ""), item.get("style", "background")
        if not isinstance(name, str) or not _NAME.match(name):
            raise LabelSchemeError(
                Words(
                    QT_TR_NOOP("{where}: name must be 1-32 capitals, digits, _ or -"), where=where
                )
            )
        if not isinstance(colour, str) or not _COLOUR.match(colour):
            raise LabelSchemeError(
                Words(
                    QT_TR_NOOP("{where} ({name}): colour must look like #RRGGBB"),
                    where=where,
                    name=name,
                )
            )
        if not isinstance(shortcut, str) or not (shortcut == "" or shortcut.isdigit()):
            raise LabelSchemeError(
                Words(
                    QT_TR_NOOP("{where} ({name}): shortcut must be a digit"), where=where, name=name
                )
            )
        if style not in {s.value for s in LabelStyle}:
            raise LabelSchemeError(
                Words(
                    QT_TR_NOOP("{where} ({name}): style must be background, underline or dotted"),
                    where=where,
                    name=name,
                )
            )
        description = item.get("description", "")
        labels.append(LabelDef(name, colour.upper(), shortcut, LabelStyle(style), str(description)))
    names = [label.name for label in labels]
    if len(set(names)) != len(names):
        raise LabelSchemeError(Words(QT_TR_NOOP("{origin}: label names repeat"), origin=origin))
    keys = [label.shortcut for label in labels if label.shortcut]
    if len(set(keys)) != len(keys):
        raise LabelSchemeError(Words(QT_TR_NOOP("{origin}: shortcuts repeat"), origin=origin))
    if not labels:
        raise LabelSchemeError(
            Words(QT_TR_NOOP("{origin}: the scheme has no labels"), origin=origin)
        )
    return labels


def read_scheme(path: Path) -> Any:
    """A scheme file's JSON, unchecked."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise LabelSchemeError(
            Words(QT_TR_NOOP("{path}: cannot read label scheme ({err})"), path=path, err=err)
        ) from None


def load_scheme(path: Path) -> list[LabelDef]:
    return parse_scheme(read_scheme(path), str(path))
