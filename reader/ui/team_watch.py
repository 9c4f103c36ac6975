"""Others' changes on a team database, shown without a restart: the window listens on
the database's channel (PostgreSQL LISTEN/NOTIFY, `storage.server`) through a socket
notifier, gathers what it hears for a moment, then says which documents changed. A
connection the network dropped is listened on again a few seconds later."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from reader.storage.db import AnnotationFile
from reader.storage.reads import ServerReadError

if TYPE_CHECKING:
    from reader.storage.server import ServerFile

GATHER_MS = 300  # notices heard within this long come as one change
RETRY_MS = 5000  # after the connection dropped, listen again this much later


class TeamWatch(QObject):
    """Says (`changed`: the ids of documents whose spans or links others changed) when
    something changed on the open team database; a file is not watched."""

    changed = Signal(object)  # set[int]: documents whose spans, links or status changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._file: ServerFile | None = None
        self._notifier: QSocketNotifier | None = None
        self._heard: set[int] = set()
        self._gather = QTimer(self, singleShot=True, interval=GATHER_MS)
        self._gather.timeout.connect(self._tell)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self._listen)

    def watch(self, file: AnnotationFile) -> None:
        """Listen on `file` if it is a team database (and stop listening on the last)."""
        self._stop()
        self._file = None
        if file.is_team:
            from reader.storage.server import ServerFile  # psycopg: loaded with the file

            assert isinstance(file, ServerFile)
            self._file = file
        self._listen()

    def _listen(self) -> None:
        if self._file is None:
            return
        try:
            socket = self._file.listen()
        except ServerReadError:
            self._retry.start()
            return
        self._notifier = QSocketNotifier(socket, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        assert self._file is not None
        try:
            heard = self._file.changes()
        except ServerReadError:  # the server went away: try again later
            self._stop_notifier()
            self._retry.start()
            return
        self._heard |= {document for _table, document in heard}
        if heard:
            self._gather.start()

    def _tell(self) -> None:
        heard, self._heard = self._heard, set()
        self.changed.emit(heard)

    def _stop_notifier(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None

    def _stop(self) -> None:
        self._stop_notifier()
        self._retry.stop()
        self._gather.stop()
        self._heard.clear()
