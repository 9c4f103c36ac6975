"""A dock whose body is built the first time it is shown: a room a user may never open
(the Overview and its charts) costs nothing at start, its modules loaded only then."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDockWidget, QWidget

Body = TypeVar("Body", bound=QWidget)


class LazyDock(QDockWidget, Generic[Body]):
    def __init__(self, title: str, parent: QWidget, build: Callable[[], Body]) -> None:
        super().__init__(title, parent)
        self._build = build
        self._body: Body | None = None
        self.setWidget(QWidget())  # holds the place, and the dock's restored size

    @property
    def built(self) -> bool:
        return self._body is not None

    def body(self) -> Body:
        """The room's widget, built now if it was not yet."""
        if self._body is None:
            self._body = self._build()
            self.setWidget(self._body)
        return self._body

    def showEvent(self, event: QShowEvent) -> None:
        self.body()  # shown by its action, or by a layout restored from the last session
        super().showEvent(event)
