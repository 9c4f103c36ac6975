"""Reviewing colleagues' files beside one's own: `controller` (colleagues, the snapshot of
differences, decisions as undo steps, agreement in the background), `models` (the
difference list and the agreement figures) and `panel` (the Review pane). What a
decision means is `core.decisions`; reading and aligning their files is
`services.reviewing`."""

from __future__ import annotations

from reader.ui.review.controller import ReviewController
from reader.ui.review.panel import ReviewPanel

__all__ = ["ReviewController", "ReviewPanel"]
