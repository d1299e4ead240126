"""Opening the hub's database safely: engine, sessions, migrations, check, backup.

One :class:`Database` per program. Each user action opens its own session
through :meth:`Database.write` (one transaction, ``BEGIN IMMEDIATE`` on SQLite so
a read-then-write waits for the lock instead of failing half-way) or
:meth:`Database.read`. Errors from the database's own guards come out as the
typed errors of :mod:`hubdesk.domain.errors`.

Opening refuses, with a message and without changing anything, a file that is
not an SQLite database, damaged, read-only, locked by another program for
longer than the busy timeout, or written by a newer hubdesk. Alembic is only
imported when the stored schema revision is behind.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Engine, create_engine, event, exc, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from hubdesk.domain.clock import CLOCK_KEY, SYSTEM_CLOCK, Clock, configured_clock
from hubdesk.domain.errors import (
    AuditTampering,
    BookingConflict,
    DatabaseCorrupt,
    DatabaseEmpty,
    DatabaseForeign,
    DatabaseInUse,
    DatabaseLocked,
    DatabaseMissing,
    DatabaseProblem,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseUnreachable,
    HubdeskError,
    LeaseConflict,
)
from hubdesk.domain.i18n import _
from hubdesk.location import describe, resolve_target, sqlite_file
from hubdesk.migrations import HEAD, REVISIONS

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_S = 5.0
ENV_BUSY_TIMEOUT = "HUBDESK_BUSY_TIMEOUT"

#: Objects the migrations install and ``check`` expects to find.
SQLITE_GUARD_TRIGGERS = frozenset(
    {
        "bookings_no_overlap_insert",
        "bookings_no_overlap_update",
        "lease_offices_no_overlap_insert",
        "lease_offices_no_overlap_update",
        "leases_no_overlap_update",
        "audit_entries_no_update",
        "audit_entries_no_delete",
    }
)
POSTGRES_GUARD_TRIGGERS = frozenset(
    {"lease_offices_no_overlap", "leases_no_overlap", "audit_entries_append_only"}
)


def sqlite_path(url: str) -> Path | None:
    path = sqlite_file(url)
    if path is not None and str(path) in ("", ":memory:"):
        raise DatabaseProblem(_("hubdesk needs a database file, not an in-memory database"))
    return path


def _busy_timeout() -> float:
    raw = os.environ.get(ENV_BUSY_TIMEOUT)
    try:
        return float(raw) if raw else DEFAULT_BUSY_TIMEOUT_S
    except ValueError:
        return DEFAULT_BUSY_TIMEOUT_S


# --------------------------------------------------------------------------- errors


def translate(error: BaseException, where: str = "") -> HubdeskError | None:
    """The typed error for a DBAPI/SQLAlchemy error, or None if it is not one we know."""
    orig = getattr(error, "orig", error)
    message = str(orig)
    lowered = message.lower()
    constraint = getattr(getattr(orig, "diag", None), "constraint_name", None)
    if "booking_overlap" in message or constraint == "bookings_no_overlap":
        return BookingConflict(_("That space"))
    if "lease_overlap" in message:
        return LeaseConflict(_("That office"))
    if "audit_append_only" in message:
        return AuditTampering()
    if "database is locked" in lowered or "database table is locked" in lowered:
        return DatabaseLocked(
            _(
                "The database{where} is locked by another program and stayed locked longer "
                "than {seconds} s. Close the other program (or wait) and try again."
            ).format(where=where, seconds=f"{_busy_timeout():g}")
        )
    if "readonly database" in lowered or "read-only" in lowered:
        return DatabaseReadOnly(
            _(
                "The database{where} is read-only; hubdesk needs to write to it. "
                "Check the permissions of the file and its folder."
            ).format(where=where)
        )
    if "file is not a database" in lowered or "malformed" in lowered:
        return DatabaseCorrupt(
            _(
                "The database{where} is damaged or is not a database file. "
                "Restore it from a backup (hubdesk check tells what is wrong)."
            ).format(where=where)
        )
    return None


def is_deadlock(error: BaseException) -> bool:
    """PostgreSQL broke a deadlock (40P01) or a serialization conflict (40001)
    by failing this statement; the caller may retry it."""
    orig = getattr(error, "orig", error)
    return getattr(orig, "sqlstate", None) in {"40P01", "40001"}


# ------------------------------------------------------------------------- engines


def _sqlite_engine(path: Path, busy_timeout_s: float) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": busy_timeout_s, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Take over transaction control from the sqlite3 module (SQLAlchemy's
        # documented recipe), then set what is per-connection.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get("hubdesk_read"):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _postgres_engine(url: str) -> Engine:
    return create_engine(url, pool_pre_ping=True)


# ------------------------------------------------------------------------ Database


@dataclass(frozen=True)
class OpenReport:
    created: bool
    migrated_from: str | None
    pre_migration_backup: Path | None


class Database:
    """The open database. Create with :meth:`open`."""

    def __init__(
        self, url: str, engine: Engine, report: OpenReport, clock: Clock = SYSTEM_CLOCK
    ) -> None:
        self.url = url
        self.engine = engine
        self.report = report
        self.is_sqlite = engine.dialect.name == "sqlite"
        self.path = sqlite_path(url)
        self.use_clock(clock)

    @property
    def description(self) -> str:
        return describe(self.url)

    @classmethod
    def open(
        cls,
        target: str | os.PathLike[str] | None = None,
        *,
        create: bool = True,
        busy_timeout_s: float | None = None,
        clock: Clock | None = None,
    ) -> Database:
        """Open (and migrate) the hub's database; its sessions tell the time
        by ``clock`` (default :func:`~hubdesk.domain.clock.configured_clock`)."""
        url = resolve_target(target)
        timeout = _busy_timeout() if busy_timeout_s is None else busy_timeout_s
        path = sqlite_path(url)
        if path is not None:
            database = cls._open_sqlite(url, path, create=create, busy_timeout_s=timeout)
        else:
            database = cls._open_postgres(url)
        chosen = clock if clock is not None else configured_clock()
        if chosen is not SYSTEM_CLOCK:
            database.use_clock(chosen)
        return database

    def use_clock(self, clock: Clock) -> None:
        """Tell the time by ``clock`` from the next session on."""
        #: Where every session of this database reads the time from.
        self.clock = clock
        info = {CLOCK_KEY: clock}
        self._writer = sessionmaker(self.engine, expire_on_commit=False, info=info)
        self._reader = sessionmaker(
            self.engine.execution_options(hubdesk_read=True), expire_on_commit=False, info=info
        )

    # -- SQLite

    @classmethod
    def _open_sqlite(cls, url: str, path: Path, *, create: bool, busy_timeout_s: float) -> Database:
        where = f" {path}"
        created = not path.exists()
        if path.exists() and not path.is_file():
            raise DatabaseUnreachable(
                _("{path} is a folder, not a database file.").format(path=path)
            )
        if not created:
            _refuse_empty(path)
        if not path.exists():
            if not create:
                raise DatabaseMissing(_("There is no database at {path}.").format(path=path))
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise DatabaseUnreachable(
                    _("Cannot create the folder for the database {path}: {error}.").format(
                        path=path, error=error.strerror
                    )
                ) from error
        else:
            _check_sqlite_header(path)
            if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
                raise DatabaseReadOnly(
                    _(
                        "The database{where} is read-only; hubdesk needs to write to it. "
                        "Check the permissions of the file and its folder."
                    ).format(where=where)
                )
        engine = _sqlite_engine(path, busy_timeout_s)
        try:
            with engine.connect() as connection:
                # The first statement opens a BEGIN IMMEDIATE transaction: it waits
                # for the write lock (and finds a read-only file) before anything
                # is changed; rolled back at once.
                revision = _stored_revision(connection, path)
                connection.rollback()
                _refuse_unknown(revision, where)
                raw = connection.connection.driver_connection
                assert raw is not None
                mode = raw.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise DatabaseUnreachable(
                        _(
                            "The database{where} cannot use write-ahead logging ({mode}); "
                            "is it on a network share? Several desks need PostgreSQL."
                        ).format(where=where, mode=mode)
                    )
            backup_path: Path | None = None
            if revision != HEAD:
                if revision is not None:
                    backup_path = path.with_name(f"{path.stem}.before-{HEAD}{path.suffix}")
                    sqlite_backup(path, backup_path)
                _migrate(engine)
        except HubdeskError:
            engine.dispose()
            if created and path.exists() and path.stat().st_size == 0:
                _remove_sqlite_files(path)
            raise
        except exc.DBAPIError as error:
            engine.dispose()
            if created:
                _remove_sqlite_files(path)
            problem = translate(error, where)
            if problem is not None:
                raise problem from error
            raise DatabaseUnreachable(
                _("Cannot open the database{where}: {error}").format(where=where, error=error.orig)
            ) from error
        except sqlite3.Error as error:
            engine.dispose()
            problem = translate(error, where)
            if problem is not None:
                raise problem from error
            raise DatabaseUnreachable(
                _("Cannot open the database{where}: {error}").format(where=where, error=error)
            ) from error
        report = OpenReport(
            created=created,
            migrated_from=revision if revision != HEAD else None,
            pre_migration_backup=backup_path,
        )
        return cls(url, engine, report)

    # -- PostgreSQL

    @classmethod
    def _open_postgres(cls, url: str) -> Database:
        where = f" {describe(url)}"
        try:
            engine = _postgres_engine(url)
            with engine.connect() as connection:
                revision = _stored_revision(connection, None)
            _refuse_unknown(revision, where)
            if revision != HEAD:
                _migrate(engine)
        except exc.DBAPIError as error:
            problem = translate(error, where)
            if problem is not None:
                raise problem from error
            raise DatabaseUnreachable(
                _("Cannot reach the database{where}: {error}").format(
                    where=where, error=str(error.orig).strip()
                )
            ) from error
        except exc.ArgumentError as error:
            raise DatabaseUnreachable(
                _("Not a database address: {url}").format(url=describe(url))
            ) from error
        report = OpenReport(
            created=revision is None, migrated_from=revision, pre_migration_backup=None
        )
        return cls(url, engine, report)

    # -- sessions

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction for one user action: committed at the end of the
        block, rolled back (nothing written) if anything in it raises."""
        session = self._writer()
        try:
            with session.begin():
                yield session
        except exc.DBAPIError as error:
            problem = translate(error)
            if problem is not None:
                raise problem from error
            raise
        finally:
            session.close()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot (plain ``BEGIN`` on SQLite: never waits for writers)."""
        session = self._reader()
        try:
            with session.begin():
                yield session
                session.rollback()
        except exc.DBAPIError as error:
            problem = translate(error)
            if problem is not None:
                raise problem from error
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


# ---------------------------------------------------------------------- internals


def read_only(
    path: Path,
    *,
    timeout: float = 5.0,
    isolation_level: Literal["DEFERRED", "EXCLUSIVE", "IMMEDIATE"] | None = "DEFERRED",
) -> sqlite3.Connection:
    """A read-only SQLite connection to ``path`` (``timeout`` and
    ``isolation_level`` as for :func:`sqlite3.connect`), through a proper
    file URI: a name with ``#``, ``?`` or ``%`` in it, pasted into
    ``file:...``, names another file."""
    return sqlite3.connect(
        f"{path.absolute().as_uri()}?mode=ro",
        uri=True,
        timeout=timeout,
        isolation_level=isolation_level,
    )


def _check_sqlite_header(path: Path) -> None:
    """Refuse a file that is not an SQLite database (an empty file passes).

    The file is read through SQLite, never with ``open()``: SQLite's locks
    are POSIX locks, and closing any descriptor of the file in this process
    would drop every lock that this process holds on it (a desk backing up
    the hub it has open). SQLite's own connections share those locks.
    Only what SQLite can tell of the file is refused here; a lock or a
    read-only folder is left to the connection that follows."""
    if not os.access(path, os.R_OK):
        raise DatabaseReadOnly(_("hubdesk may not read the database {path}.").format(path=path))
    try:
        connection = read_only(path, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        connection.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as error:
        if error.sqlite_errorcode not in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
            return
        raise DatabaseCorrupt(
            _(
                "{path} is not a hubdesk database: it is not an SQLite file, or it is damaged. "
                "Nothing was changed."
            ).format(path=path)
        ) from error
    finally:
        connection.close()


def _refuse_empty(path: Path) -> None:
    """A zero-byte file is not a new hub: somebody meant another file, or a
    copy went wrong. (A size from ``stat``: the file is not opened.)"""
    try:
        empty = path.stat().st_size == 0
    except OSError:
        return  # the checks that follow say what is wrong
    if empty:
        raise DatabaseEmpty(
            _(
                "{path} is an empty file: not a hubdesk database. Nothing was changed; "
                "give the hub's database file, or remove the empty file to start a new hub."
            ).format(path=path)
        )


def _stored_revision(connection: Any, path: Path | None) -> str | None:
    tables = set(inspect(connection).get_table_names())
    if "alembic_version" not in tables:
        if tables:
            raise DatabaseForeign(
                _(
                    "{database} holds tables but is not a hubdesk database. Nothing was changed."
                ).format(database=path or _("This database"))
            )
        return None
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) != 1:
        raise DatabaseCorrupt(_("The database's schema version record is damaged."))
    return str(rows[0])


def _refuse_unknown(revision: str | None, where: str) -> None:
    if revision is not None and revision not in REVISIONS:
        from hubdesk import __version__

        raise DatabaseTooNew(
            _(
                "The database{where} was written by a newer hubdesk (schema {revision}); "
                "this is hubdesk {version}, which knows schemas up to {head}. "
                "Update hubdesk to open it. Nothing was changed."
            ).format(where=where, revision=revision, version=__version__, head=HEAD)
        )


def _migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Two desks starting at once: the second waits and finds the work done.
            connection.execute(text("SELECT pg_advisory_xact_lock(7431001)"))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()


# ------------------------------------------------------------------ check / backup


def check(target: str | os.PathLike[str] | None) -> list[str]:
    """Problems found in the database (empty list = ok). Changes nothing."""
    url = resolve_target(target)
    path = sqlite_path(url)
    if path is None:
        return _check_postgres(url)
    if not path.is_file():
        return [f"There is no database at {path}."]
    try:
        _refuse_empty(path)
        _check_sqlite_header(path)
    except DatabaseProblem as problem:
        return [str(problem)]
    problems: list[str] = []
    try:
        connection = read_only(path, timeout=_busy_timeout(), isolation_level=None)
    except sqlite3.Error as error:
        return [f"Cannot open {path}: {error}"]
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.extend(f"integrity: {line}" for line in integrity[:20])
        for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid} refers to a missing {parent} row")
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            problems.append("no schema version: this is not a hubdesk database")
        else:
            problems.extend(
                _revision_problems(
                    [r[0] for r in connection.execute("SELECT version_num FROM alembic_version")]
                )
            )
            triggers = {
                r[0]
                for r in connection.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
            }
            for missing in sorted(SQLITE_GUARD_TRIGGERS - triggers):
                problems.append(f"the database guard {missing} is missing")
    except sqlite3.Error as error:
        found = translate(error, f" {path}")
        problems.append(str(found) if found else f"{path}: {error}")
    finally:
        connection.close()
    return problems


def _revision_problems(revisions: list[str]) -> list[str]:
    if len(revisions) != 1:
        return ["the schema version record is damaged"]
    revision = revisions[0]
    if revision not in REVISIONS:
        return [f"schema {revision} was written by a newer hubdesk (this one knows up to {HEAD})"]
    if revision != HEAD:
        return [f"schema {revision} is older than {HEAD}; open it once with hubdesk to upgrade"]
    return []


def _check_postgres(url: str) -> list[str]:
    try:
        engine = _postgres_engine(url)
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            if "alembic_version" not in tables:
                return ["no schema version: this is not a hubdesk database"]
            problems = _revision_problems(
                [
                    str(v)
                    for v in connection.execute(
                        text("SELECT version_num FROM alembic_version")
                    ).scalars()
                ]
            )
            triggers = set(
                connection.execute(
                    text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
                ).scalars()
            )
            for missing in sorted(POSTGRES_GUARD_TRIGGERS - triggers):
                problems.append(f"the database guard {missing} is missing")
            exclusion = connection.execute(
                text("SELECT 1 FROM pg_constraint WHERE conname = 'bookings_no_overlap'")
            ).first()
            if exclusion is None:
                problems.append("the database guard bookings_no_overlap is missing")
        engine.dispose()
        return problems
    except exc.DBAPIError as error:
        return [f"Cannot reach {describe(url)}: {str(error.orig).strip()}"]


class _GaveUp(Exception):
    pass


def copy_pages(src: sqlite3.Connection, dst: sqlite3.Connection, where: str = "") -> None:
    """``src.backup(dst)``, but giving up after the busy timeout: the backup
    API does not use the source's busy handler, and Python's ``backup`` retries
    a locked source for ever. Raises :class:`DatabaseLocked` (the message of
    every other verb) when the lock outlasts the timeout."""
    import time

    deadline = time.monotonic() + _busy_timeout()

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise _GaveUp

    try:
        src.backup(dst, pages=-1, progress=progress, sleep=0.05)
    except _GaveUp:
        locked = translate(sqlite3.OperationalError("database is locked"), where)
        assert locked is not None
        raise locked from None


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int


def sqlite_backup(source: Path, out: Path) -> BackupResult:
    """Online copy through SQLite's backup API (safe while others write), written
    to a temporary file beside ``out``, verified, then moved into place."""
    out = out.expanduser().absolute()
    if out.resolve() == source.resolve():
        raise DatabaseProblem(_("The backup cannot overwrite the database itself."))
    try:
        src = read_only(source, timeout=_busy_timeout())
    except sqlite3.Error as error:
        raise DatabaseUnreachable(_("Backup failed: {error}").format(error=error)) from error
    try:
        return _write_verified(src, out, f" {source}")
    finally:
        src.close()


def _write_verified(src: sqlite3.Connection, out: Path, where: str) -> BackupResult:
    """The database of ``src`` copied to ``out`` whole or not at all: into a
    temporary file beside it, integrity-checked, then renamed into place."""
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(
        prefix=".hubdesk-backup-", suffix=".sqlite", dir=out.parent
    )
    os.close(handle)
    temp = Path(temp_name)
    try:
        dst = sqlite3.connect(temp)
        try:
            copy_pages(src, dst, where)
            dst.execute("PRAGMA journal_mode = DELETE")
            src_tables = sorted(r[0] for r in src.execute("SELECT name FROM sqlite_master"))
        finally:
            dst.close()
        verify = read_only(temp)
        try:
            integrity = [r[0] for r in verify.execute("PRAGMA integrity_check")]
            dst_tables = sorted(r[0] for r in verify.execute("SELECT name FROM sqlite_master"))
        finally:
            verify.close()
        if integrity != ["ok"]:
            raise DatabaseCorrupt(
                _("The backup copy failed its integrity check: {problems}").format(
                    problems="; ".join(integrity[:5])
                )
            )
        if dst_tables != src_tables:
            raise DatabaseCorrupt(
                _("The backup copy does not hold the same tables as the database.")
            )
        os.replace(temp, out)
    except sqlite3.Error as error:
        known = translate(error, where)
        raise (
            known or DatabaseUnreachable(_("Backup failed: {error}").format(error=error))
        ) from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return BackupResult(out, out.stat().st_size)


def verify_hubdesk_file(path: Path) -> str:
    """The schema revision of the hubdesk database in ``path`` (read only),
    after its integrity check; raises a :class:`DatabaseProblem` saying why
    it is not one this hubdesk can open."""
    where = f" {path}"
    if not path.is_file():
        raise DatabaseMissing(_("There is no file at {path}.").format(path=path))
    _refuse_empty(path)
    _check_sqlite_header(path)
    try:
        connection = read_only(path, timeout=_busy_timeout(), isolation_level=None)
        try:
            integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
            revisions = (
                [r[0] for r in connection.execute("SELECT version_num FROM alembic_version")]
                if "alembic_version" in tables
                else []
            )
        finally:
            connection.close()
    except sqlite3.Error as error:
        known = translate(error, where)
        raise (
            known
            or DatabaseUnreachable(_("Cannot read {path}: {error}.").format(path=path, error=error))
        ) from error
    if integrity != ["ok"]:
        raise DatabaseCorrupt(
            _("{path} failed its integrity check: {problems}. Nothing was changed.").format(
                path=path, problems="; ".join(integrity[:5])
            )
        )
    if "alembic_version" not in tables:
        raise DatabaseForeign(
            _("{database} is not a hubdesk database. Nothing was changed.").format(database=path)
        )
    if len(revisions) != 1:
        raise DatabaseCorrupt(_("The database's schema version record is damaged."))
    _refuse_unknown(str(revisions[0]), where)
    return str(revisions[0])


def _alone(path: Path, timeout_s: float) -> sqlite3.Connection:
    """A connection that holds ``path`` exclusively until it is closed: no other
    connection, of this process or another, has the database open. In WAL mode
    every open connection keeps a shared lock, so an exclusive lock that cannot
    be had within ``timeout_s`` means somebody else has it open."""
    connection = sqlite3.connect(path, timeout=timeout_s, isolation_level=None)
    try:
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
        connection.execute("COMMIT")
    except sqlite3.Error as error:
        connection.close()
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            raise DatabaseInUse(
                _(
                    "The database {path} is open in another desk or program. Close hubdesk "
                    "on every other computer (and wait for scheduled tasks) before restoring. "
                    "Nothing was changed."
                ).format(path=path)
            ) from error
        known = translate(error, f" {path}")
        raise (
            known
            or DatabaseUnreachable(
                _("Cannot open the database{where}: {error}").format(where=f" {path}", error=error)
            )
        ) from error
    return connection


def replace_database(live: Path, source: Path, keep: Path, *, timeout_s: float = 0.5) -> None:
    """Replace the hub's database ``live`` by the (verified) database in
    ``source``, through the backup API, while no one else has it open:
    first a verified copy of ``live`` goes to ``keep``. Refused with
    :class:`DatabaseInUse` when another connection has it open; nothing is
    changed then, nor when the copy to ``keep`` fails."""
    _refuse_empty(live)  # (a stat: the live file is never opened but by SQLite)
    connection = _alone(live, timeout_s)
    try:
        _write_verified(connection, keep, f" {live}")
        try:
            src = read_only(source, timeout=_busy_timeout())
            try:
                copy_pages(src, connection, f" {source}")
            finally:
                src.close()
            integrity = [r[0] for r in connection.execute("PRAGMA integrity_check")]
        except sqlite3.Error as error:
            known = translate(error, f" {live}")
            raise (
                known or DatabaseUnreachable(_("Restore failed: {error}").format(error=error))
            ) from error
        if integrity != ["ok"]:
            raise DatabaseCorrupt(
                _(
                    "The restored database failed its integrity check: {problems}. The copy "
                    "of the database as it was is in {keep}."
                ).format(problems="; ".join(integrity[:5]), keep=keep)
            )
    finally:
        connection.close()


def backup(target: str | os.PathLike[str] | None, out: Path) -> BackupResult:
    url = resolve_target(target)
    path = sqlite_path(url)
    if path is None:
        raise DatabaseProblem(
            _("hubdesk backup copies SQLite databases; back up PostgreSQL with pg_dump.")
        )
    if not path.is_file():
        raise DatabaseMissing(_("There is no database at {path}.").format(path=path))
    _refuse_empty(path)
    _check_sqlite_header(path)
    return sqlite_backup(path, out)
