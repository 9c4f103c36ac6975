"""Qari: an Arabic-first reader and span annotator. No Qt is imported here."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Qari"
APP_ID = "qari-reader"
