"""A real PostgreSQL server for the team-database tests, started by the tests themselves.

The server binaries come from the machine (Debian's `postgresql` package, which the
README's test command installs when it runs as root and they are missing). The cluster
lives in a fresh folder, listens on 127.0.0.1 at a free port and on a socket in that
folder, and is removed when the tests end. PostgreSQL refuses to run as root, so as root
it runs as the `postgres` user (or `nobody`). It is a test server: fsync is off.

If it cannot start, the tests that need it fail and say why; they never skip.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg

ADMIN = "qari_admin"  # the cluster's superuser, trusted on the socket only
PASSWORD = "qari-test-password"  # of the roles the tests make, for TCP logins


def server_binaries() -> Path:
    """The folder holding initdb and pg_ctl."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(map(str, Path("/usr/lib/postgresql").glob("*/bin/pg_ctl")), key=_version)
    if candidates:
        return Path(candidates[-1]).parent
    raise RuntimeError(
        "PostgreSQL server binaries (initdb, pg_ctl) not found; the team-database tests need "
        "them: `make test` installs Debian's postgresql package when run as root, otherwise "
        "install it (apt-get install postgresql) and run the tests again"
    )


def _version(path: str) -> int:
    part = Path(path).parent.parent.name
    return int(part) if part.isdigit() else 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _server_user() -> str | None:
    """Whom the server runs as: ourselves, or a non-root user when we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and no 'postgres' or 'nobody' user to run PostgreSQL as")


class PgServer:
    """One cluster for the whole test run."""

    def __init__(self, durable: bool = False) -> None:
        """`durable`: commits are flushed as on a real server (slower); else fsync off."""
        self.durable = durable
        self.bin = server_binaries()
        self.user = _server_user()
        self.root = Path(tempfile.mkdtemp(prefix="qari-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._count = 0

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        if self.user:
            pw = pwd.getpwnam(self.user)
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
        done = self._run(
            "initdb", "-D", str(self.data), "-U", ADMIN, "-N", "--encoding=UTF8",
            "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256",
        )  # fmt: skip
        self._check(done, "initdb")
        self.resume()

    def _check(self, done: subprocess.CompletedProcess[str], what: str) -> None:
        if done.returncode == 0:
            return
        log = self.root / "server.log"
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        raise RuntimeError(
            f"PostgreSQL test server: {what} failed ({done.returncode}):\n"
            f"{done.stdout}{done.stderr}{tail}"
        )

    def pause(self) -> None:
        """Stop the server at once, as a dropped network or a crash looks to a client."""
        self._check(self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop"),
                    "pg_ctl stop")  # fmt: skip

    def resume(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
        options += "-c max_connections=200"
        if not self.durable:
            options += " -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
        done = self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-w",
            "-t", "60", "-o", options, "start",
        )  # fmt: skip
        self._check(done, "pg_ctl start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def admin(self, dbname: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        """A superuser connection over the socket, autocommitting."""
        return psycopg.connect(
            host=str(self.root), port=self.port, user=ADMIN, dbname=dbname, autocommit=True
        )

    def new_database(self, owner: str = "qari") -> str:
        """A fresh, empty database owned by the role `owner` (made, with PASSWORD, if new);
        its URL over TCP, without the password (the tests give it by PGPASSWORD)."""
        self._count += 1
        name = f"qari_{self._count}"
        with self.admin() as con:
            self.ensure_role(con, owner)
            con.execute(f'CREATE DATABASE {name} OWNER "{owner}" TEMPLATE template0')
        return self.url(name, owner)

    @staticmethod
    def ensure_role(con: psycopg.Connection[tuple[object, ...]], role: str) -> None:
        exists = con.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        if not exists:
            con.execute(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{PASSWORD}'")

    def url(self, dbname: str, user: str) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}"
