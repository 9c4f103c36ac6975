"""User preferences: a typed object with defaults declared once, kept as JSON (no Qt).

Window geometry and splitter state are not preferences; reader.ui.state keeps them apart.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from reader import paths

log = logging.getLogger(__name__)

MIN_FONT_SIZE, MAX_FONT_SIZE = 8.0, 48.0
LANGUAGES = ("", "en", "ar")  # "": the system's
THEMES = ("system", "light", "dark")


@dataclass
class Settings:
    annotator: str = ""
    font_size: float = 17.0
    snap_to_words: bool = True
    link_known_names: bool = True  # a new span with an entity's confirmed name is linked
    show_suggestions: bool = False
    export_bom: bool = True
    language: str = ""  # one of LANGUAGES
    theme: str = "system"  # one of THEMES
    default_folder: str = ""  # where import, export and review dialogs open ("": last used)
    last_file: str = ""
    # annotation file path -> SHA-256 of the document last shown in it
    last_documents: dict[str, str] = field(default_factory=dict)
    # annotation file path -> where that document was read to (code point at the top)
    last_positions: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or paths.settings_file()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as err:
            log.warning("settings %s unreadable (%s); using defaults", path, err)
            return cls()
        return cls._from_dict(raw if isinstance(raw, dict) else {})

    @classmethod
    def _from_dict(cls, raw: dict[str, Any]) -> Settings:
        settings = cls()
        for f in fields(cls):
            value = raw.get(f.name)
            default = getattr(settings, f.name)
            if isinstance(default, bool):
                ok = isinstance(value, bool)
            elif isinstance(default, float):
                ok = isinstance(value, int | float) and not isinstance(value, bool)
            else:
                ok = isinstance(value, type(default))
            if ok and isinstance(default, float) and isinstance(value, int | float):
                setattr(settings, f.name, float(value))
            elif ok:
                setattr(settings, f.name, value)
        settings.font_size = min(MAX_FONT_SIZE, max(MIN_FONT_SIZE, settings.font_size))
        if settings.language not in LANGUAGES:
            settings.language = ""
        if settings.theme not in THEMES:
            settings.theme = "system"
        settings.last_documents = {
            str(k): str(v) for k, v in settings.last_documents.items() if isinstance(v, str)
        }
        settings.last_positions = {
            str(k): v
            for k, v in settings.last_positions.items()
            if isinstance(v, int) and not isinstance(v, bool) and v >= 0
        }
        return settings

    def save(self, path: Path | None = None) -> None:
        """Write atomically: a crash mid-save leaves the previous settings intact."""
        path = path or paths.settings_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(asdict(self), fh, ensure_ascii=False, indent=2)
            Path(tmp).replace(path)
        except OSError:
            with contextlib.suppress(OSError):
                Path(tmp).unlink()
            raise
