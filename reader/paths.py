"""Every path the app uses, in one place, overridable for tests (no Qt).

User folders come from platformdirs; `init()` or the QARI_DATA_DIR / QARI_CONFIG_DIR
environment variables redirect them (tests, portable installs). Bundled resources and the
founding corpus are found beside the package in a checkout, or under
<prefix>/share/qari-reader after a regular install.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePosixPath

import platformdirs

from reader import APP_ID

_data_dir: Path | None = None
_config_dir: Path | None = None

DEFAULT_FILE_NAME = "annotations.qari.sqlite"
# How a team database on a PostgreSQL server is named where a file is accepted.
TEAM_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_team_url(location: object) -> bool:
    """Whether `location` names a team database (postgresql://...) rather than a file."""
    return isinstance(location, str) and location.strip().lower().startswith(TEAM_SCHEMES)


def init(data_dir: Path | None = None, config_dir: Path | None = None) -> None:
    """Redirect the user folders (None restores the platform defaults)."""
    global _data_dir, _config_dir
    # Absolute now: a folder given as `--data-dir data` names one place for the whole run.
    _data_dir = Path(data_dir).absolute() if data_dir else None
    _config_dir = Path(config_dir).absolute() if config_dir else None


def data_dir() -> Path:
    env = os.environ.get("QARI_DATA_DIR")
    return _data_dir or (Path(env) if env else Path(platformdirs.user_data_dir(APP_ID, False)))


def config_dir() -> Path:
    env = os.environ.get("QARI_CONFIG_DIR")
    return _config_dir or (Path(env) if env else Path(platformdirs.user_config_dir(APP_ID, False)))


def default_annotation_file() -> Path:
    return data_dir() / DEFAULT_FILE_NAME


def backup_dir() -> Path:
    return data_dir() / "backups"


def log_file() -> Path:
    return data_dir() / "qari.log"


def settings_file() -> Path:
    return config_dir() / "settings.json"


def window_state_file() -> Path:
    return config_dir() / "window-state.ini"


def _bundle_root() -> Path:
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "resources").is_dir() and (checkout / "corpus").is_dir():
        return checkout
    return Path(sys.prefix) / "share" / APP_ID


def resource(relative: str) -> Path:
    """A bundled resource by relative POSIX path; absolute paths and '..' are refused."""
    rel = PurePosixPath(relative)
    if rel.is_absolute() or ".." in rel.parts:
        raise ValueError(f"resource path must be relative and inside resources/: {relative!r}")
    return _bundle_root() / "resources" / rel


def corpus_dir() -> Path:
    return _bundle_root() / "corpus"
