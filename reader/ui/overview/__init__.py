"""The Overview pane: the corpus at a glance, in charts that open what they count."""

from __future__ import annotations

from reader.ui.overview.panel import OverviewPanel, OverviewSource

__all__ = ["OverviewPanel", "OverviewSource"]
