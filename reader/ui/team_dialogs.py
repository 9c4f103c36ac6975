"""File ▸ Open Team Database…: where the team's PostgreSQL server is, and the password
when the server wants one (asked each time, kept in memory only, never in the settings:
libpq's ~/.pgpass and PGPASSWORD are looked in first)."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader import APP_NAME, paths
from reader.core.errors import PasswordNeededError
from reader.ui.i18n import tr

DEFAULT_PORT = 5432
Opened = TypeVar("Opened")


class TeamDatabaseDialog(QDialog):
    """Host, port, database and user of a team database, as a postgresql:// URL."""

    def __init__(self, parent: QWidget | None, last: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("{APP_NAME} — Open Team Database").format(APP_NAME=APP_NAME))
        self.host = QLineEdit("localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.user = QLineEdit(getpass.getuser())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        for field, tip in (
            (self.host, tr("The server's name or address, as your administrator gave it")),
            (self.database, tr("The team's database on that server")),
            (self.user, tr("Your user name on the server (your tags are kept under the "
                           "annotator name, as in a file)")),
        ):  # fmt: skip
            field.setToolTip(tip)
            field.textChanged.connect(self._check)
        self._fill(last)
        form = QFormLayout()
        form.addRow(tr("Host:"), self.host)
        form.addRow(tr("Port:"), self.port)
        form.addRow(tr("Database:"), self.database)
        form.addRow(tr("User:"), self.user)
        note = QLabel(tr("The password is asked for when the server wants one and is never "
                         "saved; ~/.pgpass and PGPASSWORD are used when set."))  # fmt: skip
        note.setWordWrap(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 60)
        self._check()

    def _fill(self, last: str) -> None:
        """Start from the team database used last, if any."""
        if not paths.is_team_url(last):
            return
        from sqlalchemy.engine import make_url

        try:
            url = make_url(last)
        except Exception:  # a hand-edited setting: start blank
            return
        self.host.setText(url.host or "localhost")
        self.port.setValue(url.port or DEFAULT_PORT)
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")

    def _check(self) -> None:
        ready = all(f.text().strip() for f in (self.host, self.database, self.user))
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(ready)

    def url(self) -> str:
        from sqlalchemy.engine import URL

        return URL.create(
            "postgresql", username=self.user.text().strip(), host=self.host.text().strip(),
            port=self.port.value(), database=self.database.text().strip(),
        ).render_as_string(hide_password=False)  # fmt: skip


def choose_team_database(parent: QWidget | None, last: str = "") -> str | None:
    dialog = TeamDatabaseDialog(parent, last)
    return dialog.url() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_password(parent: QWidget | None, where: str, problem: str) -> str | None:
    """The password, typed hidden; None if the user cancels."""
    text, ok = QInputDialog.getText(
        parent,
        tr("{APP_NAME} — Password").format(APP_NAME=APP_NAME),
        tr("{where} asks for a password.\n{problem}\n\nPassword:").format(
            where=where, problem=problem
        ),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def with_password(
    parent: QWidget | None, location: Path | str, work: Callable[[str | None], Opened]
) -> Opened | None:
    """Run `work` with no password (libpq looks for one), then, while the team database
    refuses, ask for one and run it again; None when the user cancels."""
    password: str | None = None
    while True:
        try:
            return work(password)
        except PasswordNeededError as err:
            password = ask_password(parent, str(location), err.problem)
            if password is None:
                return None
