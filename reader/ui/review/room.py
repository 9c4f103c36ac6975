"""The Review pane's place in the window, built the first time a review is asked for.

Most starts review nothing, and what a review runs on (aligning, deciding, agreement:
a dozen modules and their dataclasses) was a tenth of the time to the first screen. The
room answers the window's review actions from the start and builds the controller and
its pane, wired to the window, on the first of them (or when a restored layout shows
the pane)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow

from reader.ui import dialogs
from reader.ui.i18n import tr

if TYPE_CHECKING:
    from reader.settings import Settings
    from reader.ui.article_view import ArticleView
    from reader.ui.editor import Editor
    from reader.ui.reading import Reading
    from reader.ui.review.controller import ReviewController
    from reader.ui.review.panel import ReviewPanel
    from reader.ui.session import FileSession

REVIEW_SHARE = 0.33  # of the window's height, when the Review pane opens
DECISIONS = ("accept", "keep", "both")  # `review.<name>` actions, `Decision[NAME]`


class ReviewHost(Protocol):
    """What the room uses of the window it stands in (named here, so the room and the
    window that builds it do not import each other)."""

    @property
    def session(self) -> FileSession: ...
    @property
    def editor(self) -> Editor: ...
    @property
    def reading(self) -> Reading: ...
    @property
    def settings(self) -> Settings: ...
    @property
    def actions_(self) -> dict[str, QAction]: ...
    @property
    def article(self) -> ArticleView: ...
    @property
    def review_dock(self) -> QDockWidget: ...

    def say(self, text: str, ms: int = ...) -> None: ...
    def set_enabled(self, names: tuple[str, ...] | list[str], on: bool) -> None: ...


class ReviewRoom:
    def __init__(self, window: QMainWindow, host: ReviewHost) -> None:
        self.window, self.host = window, host
        self._controller: ReviewController | None = None
        self._panel: ReviewPanel | None = None

    @property
    def built(self) -> bool:
        return self._controller is not None

    @property
    def busy(self) -> bool:
        """A colleague's file is being read, or figures computed (never, unbuilt)."""
        return self._controller is not None and self._controller.busy

    @property
    def controller(self) -> ReviewController:
        if self._controller is None:
            self._build()
        assert self._controller is not None
        return self._controller

    @property
    def panel(self) -> ReviewPanel:
        if self._panel is None:
            self._build()
        assert self._panel is not None
        return self._panel

    def routes(self) -> dict[str, Callable[[], object]]:
        """What the review's actions do (nothing is built until one runs)."""
        return {
            "file.review": self.choose_file,
            "file.review_team": lambda: self.controller.open_team_colleague(),
            "review.previous": lambda: self.panel.step(-1),
            "review.next": lambda: self.panel.step(1),
            **{f"review.{name}": partial(self.decide, name) for name in DECISIONS},
        }

    def choose_file(self) -> None:
        path = dialogs.choose_review_file(self.window)
        if path is not None:
            self.controller.open_file(path)

    def decide(self, name: str) -> None:
        from reader.core.decisions import Decision

        self.panel.decide_current(Decision[name.upper()])

    def _build(self) -> None:
        from reader.ui.review.controller import ReviewController
        from reader.ui.review.panel import ReviewPanel

        w = self.host
        self._controller = review = ReviewController(w.session, w.editor, w.reading,
                                                     w.settings, self.window)  # fmt: skip
        self._panel = panel = ReviewPanel(review, w.actions_)
        review.changed.connect(self._changed)
        review.opened.connect(
            lambda c: w.say(
                tr("Reviewing {name}: F8 goes to the next difference.").format(name=c.name), 8000
            )
        )
        review.overlays_changed.connect(w.article.set_overlays)
        panel.add_button.clicked.connect(self.choose_file)
        panel.close_button.clicked.connect(review.close_review)

    def _changed(self) -> None:
        w, dock = self.window, self.host.review_dock
        active = bool(self.controller.colleagues)
        if active and not dock.isVisible():
            # A third of the height at most: the text keeps the rest.
            w.resizeDocks([dock], [int(w.height() * REVIEW_SHARE)], Qt.Orientation.Vertical)
        dock.setVisible(active)
        self.host.set_enabled([n for n in self.host.actions_ if n.startswith("review.")], active)
        if active:
            self.panel.table.setFocus()
