"""Label schemes: which labels exist, their colour, keyboard shortcut and drawing style."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from reader.core.errors import LabelSchemeError

_NAME = re.compile(r"^[A-Z][A-Z0-9_-]{0,31}$")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class LabelStyle(StrEnum):
    """How a label is drawn: entities get a tinted background, claims an underline and a
    lighter tint, so a claim that contains actors and places leaves them visible."""

    BACKGROUND = "background"
    UNDERLINE = "underline"


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
        raise LabelSchemeError(f"{origin}: expected an object with a 'labels' list")
    labels: list[LabelDef] = []
    for i, item in enumerate(data["labels"]):
        where = f"{origin}: label {i + 1}"
        if not isinstance(item, dict):
            raise LabelSchemeError(f"{where}: expected an object")
        name, colour = item.get("name"), item.get("colour")
        shortcut, style = item.get("shortcut", ""), item.get("style", "background")
        if not isinstance(name, str) or not _NAME.match(name):
            raise LabelSchemeError(f"{where}: name must be 1-32 capitals, digits, _ or -")
        if not isinstance(colour, str) or not _COLOUR.match(colour):
            raise LabelSchemeError(f"{where} ({name}): colour must look like #RRGGBB")
        if not isinstance(shortcut, str) or not (shortcut == "" or shortcut.isdigit()):
            raise LabelSchemeError(f"{where} ({name}): shortcut must be a digit")
        if style not in {s.value for s in LabelStyle}:
            raise LabelSchemeError(f"{where} ({name}): style must be background or underline")
        description = item.get("description", "")
        labels.append(LabelDef(name, colour.upper(), shortcut, LabelStyle(style), str(description)))
    names = [label.name for label in labels]
    if len(set(names)) != len(names):
        raise LabelSchemeError(f"{origin}: label names repeat")
    keys = [label.shortcut for label in labels if label.shortcut]
    if len(set(keys)) != len(keys):
        raise LabelSchemeError(f"{origin}: shortcuts repeat")
    if not labels:
        raise LabelSchemeError(f"{origin}: the scheme has no labels")
    return labels


def load_scheme(path: Path) -> list[LabelDef]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise LabelSchemeError(f"{path}: cannot read label scheme ({err})") from None
    return parse_scheme(data, str(path))
