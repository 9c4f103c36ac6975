"""A team's annotation database on a PostgreSQL server: the same tables, the same code.

`reader --db postgresql://user@host/dbname` opens one wherever a file is accepted. The
database is made (tables, search index, labels) the first time an empty database is
opened, and upgraded like a file; both under an advisory lock, in one transaction
(PostgreSQL's DDL is transactional), so two clients never make or upgrade it at once.

Writes go through SQLAlchemy (psycopg 3) as on SQLite; the window's reads (`reads`,
`overview`) go through `ServerReader`, a psycopg connection with sqlite3's `execute`.
The password is libpq's business (`~/.pgpass`, `PGPASSWORD`, a service file) or given by
the caller, who asks the user when `PasswordNeededError` says so; it is never kept in a
URL the settings remember.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import Any

import psycopg
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session

from reader.core.errors import NOT_YOURS, AnnotationFileError, NotYoursError, PasswordNeededError
from reader.core.labels import LabelDef
from reader.core.links import DEFAULT_LINK_TYPES, LinkTypeDef
from reader.core.words import QT_TR_NOOP, Words
from reader.storage import engine as sa
from reader.storage import schema
from reader.storage.db import AnnotationFile, checked_version
from reader.storage.reads import ServerReadError

# The channel on which a team database says what changed (`_ensure_notices`).
CHANNEL = "qari_changes"
# The advisory lock taken to make or upgrade the tables: "Qari" in ASCII.
SCHEMA_LOCK = 0x51617269
CONNECT_TIMEOUT_S = 10
# libpq's words when the server wants a password it did not get, or refused the one given.
_PASSWORD_PROBLEMS = ("no password supplied", "password authentication failed")


@dataclass(frozen=True, slots=True)
class ServerLocation:
    """Where a team database is, without its password."""

    url: str  # postgresql://user@host:port/dbname, as the settings keep it
    database: str
    host: str
    user: str

    @property
    def display(self) -> str:
        return f"{self.database} @ {self.host} ({self.user})"


def locate(url: str) -> ServerLocation:
    """The location `url` names; a password in it is dropped (never remembered)."""
    parsed = _parsed(url)
    bare = parsed.set(drivername="postgresql", password=None)
    return ServerLocation(
        bare.render_as_string(hide_password=False),
        parsed.database or "",
        parsed.host or "localhost",
        parsed.username or "",
    )


def _parsed(url: str) -> URL:
    try:
        parsed = make_url(url.strip())
    except ArgumentError as err:
        raise AnnotationFileError(
            url, Words(QT_TR_NOOP("is not a database URL ({err})"), err=err)
        ) from None
    if not parsed.database:
        raise AnnotationFileError(
            url, Words(QT_TR_NOOP("names no database; write postgresql://user@host/dbname"))
        )
    return parsed


class ServerReader:
    """The window's reads on a team database: `execute(sql, params)` with sqlite3's `?`
    marks, on a psycopg connection that autocommits (each read sees every commit) and
    never writes. A connection the network or a server restart broke is made again
    (`reconnect`) for the next read; a failed read raises `ServerReadError`."""

    def __init__(
        self,
        connection: psycopg.Connection[Any],
        reconnect: Callable[[], psycopg.Connection[Any]] | None = None,
    ) -> None:
        self._connection = connection
        self._reconnect = reconnect
        self._translated: dict[str, str] = {}

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> psycopg.Cursor[Any]:
        query = self._translated.get(sql)
        if query is None:
            # The reads write no literal "?" or "%": every mark is a parameter.
            query = self._translated[sql] = sql.replace("%", "%%").replace("?", "%s")
        if self._connection.broken and self._reconnect is not None:
            self._connection.close()
            self._connection = self._reconnect()
        try:
            return self._connection.execute(query, list(parameters))
        except psycopg.Error as err:
            raise ServerReadError(str(err).strip()) from err

    def close(self) -> None:
        self._connection.close()


class ServerFile(AnnotationFile):
    """An annotation file that is a team database on a PostgreSQL server."""

    is_team = True

    def __init__(
        self, where: ServerLocation, engine: Engine, password: str | None, own_pids: set[int],
        login: str,
    ) -> None:  # fmt: skip
        super().__init__(None, engine)
        self.server = where
        self.user = login  # as the server knows them (libpq may take the system's name)
        self.password = password  # as given by the user: kept in memory only
        self._server_reader: ServerReader | None = None
        self._listener: psycopg.Connection[Any] | None = None
        # The server processes of this file's own writes: their notices are not news.
        self._own_pids = own_pids

    @property
    def display_name(self) -> str:
        return self.server.display

    @property
    def location(self) -> str:
        return self.server.url

    @property
    def reader(self) -> ServerReader:
        if self._server_reader is None:
            connect = partial(_connect_reader, self.server.url, self.password, self.display_name)
            self._server_reader = ServerReader(connect(), connect)
        return self._server_reader

    def checkpoint(self) -> None:
        """Nothing to do: the server keeps its own files."""

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work; a write the database's row security refuses (another
        annotator's rows) says so in words (NotYoursError)."""
        try:
            with super().session() as session:
                yield session
        except DBAPIError as err:
            if isinstance(err.orig, psycopg.errors.InsufficientPrivilege) and (
                "row-level security" in str(err.orig)
            ):
                raise NotYoursError(Words(NOT_YOURS)) from None
            raise

    def listen(self) -> int:
        """Start hearing of others' changes (`changes`); the socket to watch for them."""
        if self._listener is None or self._listener.closed or self._listener.broken:
            self._listener = _connect_reader(self.server.url, self.password, self.display_name)
            self._listener.execute(f"LISTEN {CHANNEL}")
        return self._listener.fileno()

    def changes(self) -> set[tuple[str, int]]:
        """What others changed since last asked, as (table, document id): their
        notices, without those of this file's own writes. Raises ServerReadError when
        the connection is lost (`listen` again once the server is back)."""
        if self._listener is None:
            return set()
        if self._listener.broken or self._listener.closed:  # its socket stays readable
            raise ServerReadError(f"{self.display_name}: the connection was lost")
        try:
            heard = list(self._listener.notifies(timeout=0))
        except psycopg.Error as err:
            raise ServerReadError(str(err).strip()) from err
        found = set()
        for notice in heard:
            table, _, doc = notice.payload.partition(":")
            if notice.pid not in self._own_pids and doc.isdigit():
                found.add((table, int(doc)))
        return found

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        if self._server_reader is not None:
            self._server_reader.close()
            self._server_reader = None
        super().close()


def open_server(
    url: str,
    labels: list[LabelDef] | None = None,
    link_types: tuple[LinkTypeDef, ...] = DEFAULT_LINK_TYPES,
    password: str | None = None,
) -> ServerFile:
    """Open the team database `url`, making its tables (seeded with `labels`) if it is
    empty, upgrading them if older. Raises AnnotationFileError (PasswordNeededError when
    a password is wanted) for anything that cannot be used."""
    where = locate(url)
    parsed = _parsed(url)
    given = password if password is not None else parsed.password
    engine = create_engine(
        parsed.set(drivername="postgresql+psycopg", password=None),
        pool_pre_ping=True,  # a connection the network dropped is replaced, not used
        connect_args=_connect_args(given),
    )
    own_pids: set[int] = set()  # each write connection's server process, as it is made
    event.listen(engine, "connect", lambda dbapi, _record: own_pids.add(dbapi.info.backend_pid))
    try:
        with engine.begin() as conn:
            _prepare(conn, where, labels or [], link_types)
            login = str(conn.scalar(text("SELECT session_user")))
    except DBAPIError as err:
        engine.dispose()
        raise _connection_error(where, err.orig) from None
    except Exception:
        engine.dispose()
        raise
    return ServerFile(where, engine, given, own_pids, login)


def _connect_args(password: str | None) -> dict[str, object]:
    args: dict[str, object] = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "qari"}
    if password is not None:
        args["password"] = password
    return args


def _connect_reader(url: str, password: str | None, name: str) -> psycopg.Connection[Any]:
    try:
        return psycopg.connect(
            url, autocommit=True, options="-c default_transaction_read_only=on",
            **_connect_args(password),  # type: ignore[arg-type]
        )  # fmt: skip
    except psycopg.Error as err:
        raise ServerReadError(f"{name}: {str(err).strip()}") from err


def _prepare(
    conn: Connection, where: ServerLocation, labels: list[LabelDef],
    link_types: tuple[LinkTypeDef, ...],
) -> None:  # fmt: skip
    """Make or upgrade the tables, holding the schema lock until the transaction ends."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
    _as_owner(conn)
    tables = set(inspect(conn).get_table_names())
    if not tables:
        sa.create_in(conn, labels, link_types)
        _ensure_notices(conn)
        _ensure_roles(conn, True)
        return
    meta = (
        {key: value for key, value in conn.execute(text("SELECT key, value FROM meta"))}
        if "meta" in tables else {}
    )  # fmt: skip
    if meta.get("app") != schema.APP_MARK:
        raise AnnotationFileError(
            where.display,
            Words(QT_TR_NOOP("is a database of something else (it has tables but no Qari "
                             "ones); give an empty database or a Qari team database")),
        )  # fmt: skip
    version = checked_version(where.display, meta)
    missing = schema.REQUIRED_TABLES - tables
    if missing:
        raise AnnotationFileError(
            where.display,
            Words(QT_TR_NOOP("is damaged: missing tables {missing}"), missing=sorted(missing)),
        )
    upgraded = version < schema.SCHEMA_VERSION
    while version < schema.SCHEMA_VERSION:
        version = sa.upgrade_step(conn, version)
    _ensure_notices(conn)
    _ensure_roles(conn, upgraded)


# The tables whose changes the windows on a team database hear of (`ServerFile.changes`).
NOTICE_TABLES = ("document", "annotation", "link", "document_status")
_NOTICE_FUNCTION = f"""
CREATE OR REPLACE FUNCTION qari_notice() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed record;
BEGIN
    IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
    IF TG_TABLE_NAME = 'document' THEN
        PERFORM pg_notify('{CHANNEL}', 'document:' || changed.id);
    ELSE
        PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ':' || changed.document_id);
    END IF;
    RETURN NULL;
END $$
"""


def _ensure_notices(conn: Connection) -> None:
    """Triggers telling listeners which document changed (`CHANNEL`, "table:document id";
    PostgreSQL sends one of each a transaction, however many rows it touched)."""
    names = text("SELECT tgname FROM pg_trigger WHERE tgname LIKE 'qari_notice_%'")
    have = set(conn.scalars(names))
    wanted = [t for t in NOTICE_TABLES if f"qari_notice_{t}" not in have]
    if not wanted:
        return
    conn.exec_driver_sql(_NOTICE_FUNCTION)
    for table in wanted:
        conn.execute(text(
            f"CREATE TRIGGER qari_notice_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION qari_notice()"
        ))  # fmt: skip


# The tables whose rows belong to an annotator: each member writes only their own.
OWN_ROW_TABLES = ("annotation", "link", "document_status")
_MAY_WRITE = """
CREATE OR REPLACE FUNCTION qari_may_write(row_annotator integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM annotator a WHERE a.id = row_annotator
                   AND a.name = current_user)
        OR EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = current_database() || '_curators'
                   AND pg_has_role(current_user, r.oid, 'MEMBER'))
$$
"""


def _ensure_roles(conn: Connection, changed: bool) -> None:
    """Who may change what, kept by the database itself (row-level security): every
    member reads everything; an annotator adds, changes and deletes only rows of their
    own name (the login name), a member of the role `<database>_curators` any row (to
    accept into a curated set, to adjudicate). The database's owner role (its
    administrator) is not bound. Done by the owner when the tables are made or upgraded,
    or found without their policies; a member's open leaves it be."""
    if not conn.scalar(text("SELECT pg_has_role(current_user, (SELECT datdba FROM pg_database "
                            "WHERE datname = current_database()), 'USAGE')")):
        return  # only the owner may; a member opens what the owner set up
    have = set(conn.scalars(text("SELECT tablename FROM pg_policies WHERE policyname = "
                                 "'qari_read'")))  # fmt: skip
    if not changed and have >= set(OWN_ROW_TABLES):
        return
    conn.exec_driver_sql(_MAY_WRITE)
    for table in OWN_ROW_TABLES:
        if table in have:
            continue
        conn.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        mine = "qari_may_write(annotator_id)"
        for policy in (
            f"qari_read ON {table} FOR SELECT USING (true)",
            f"qari_insert ON {table} FOR INSERT WITH CHECK ({mine})",
            f"qari_update ON {table} FOR UPDATE USING ({mine}) WITH CHECK ({mine})",
            f"qari_delete ON {table} FOR DELETE USING ({mine})",
        ):
            conn.execute(text(f"CREATE POLICY {policy}"))
    # Whoever may connect to the database is a member: the tables are theirs to use.
    conn.execute(text("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                      "TO PUBLIC"))  # fmt: skip
    conn.execute(text("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO PUBLIC"))


def _as_owner(conn: Connection) -> None:
    """Make and upgrade the tables as the database's owner (the team's role) when the
    user is a member of it, so that they belong to the team and not to whoever opened
    the database first: every member may then use them."""
    owner = conn.scalar(text(
        "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
    ))  # fmt: skip
    member = text("SELECT current_user <> :owner AND pg_has_role(:owner, 'MEMBER')")
    if owner and conn.scalar(member, {"owner": owner}):
        conn.execute(text(f'SET LOCAL ROLE "{owner.replace(chr(34), chr(34) * 2)}"'))


def _connection_error(where: ServerLocation, err: BaseException | None) -> AnnotationFileError:
    said = re.sub(r"\s+", " ", str(err)).strip()
    if any(problem in said for problem in _PASSWORD_PROBLEMS):
        return PasswordNeededError(
            where.display, Words(QT_TR_NOOP("needs a password ({err})"), err=said)
        )
    return AnnotationFileError(
        where.display, Words(QT_TR_NOOP("cannot be used ({err})"), err=said)
    )
