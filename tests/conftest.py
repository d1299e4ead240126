"""Shared fixtures: a fresh SQLite file per test and, for data-layer tests, the
same test again on a real PostgreSQL server; for the window, a core on a
fresh SQLite file with its staff.

PostgreSQL: ``HUBDESK_TEST_PG_URL`` (a server URL whose user may create
databases) is used when set; otherwise a private throwaway cluster is started
on loopback from the installed PostgreSQL binaries (``initdb``/``pg_ctl``, run
as the ``postgres`` user when the tests run as root). Without PostgreSQL the
postgres variants are skipped, unless ``HUBDESK_REQUIRE_PG=1`` (CI) makes that
a failure.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from hubdesk.app import Core
from hubdesk.db import Database
from hubdesk.domain.clock import ENV_NOW, FixedClock, SystemClock
from hubdesk.domain.enums import StaffRole
from hubdesk.services import staff
from hubdesk.services.audit import SYSTEM
from tests.helpers import TEST_NOW

#: ``HUBDESK_TEST_CLOCK_AHEAD=31`` runs the tests with the computer's clock
#: that many days ahead (time-machine: every date, datetime and time.time()
#: read in this process; the monotonic clock, and so Qt's timers and every
#: timeout, stay real). They must pass just the same: a test that passes only
#: on the day it was written is reading the computer's clock somewhere.
CLOCK_AHEAD = "HUBDESK_TEST_CLOCK_AHEAD"


def pytest_configure(config: pytest.Config) -> None:
    ahead = os.environ.get(CLOCK_AHEAD, "").strip()
    if not ahead:
        return
    import time_machine

    traveller = time_machine.travel(datetime.now(UTC) + timedelta(days=int(ahead)), tick=True)
    traveller.start()
    config.add_cleanup(traveller.stop)


def _no_real_clock(_self: SystemClock) -> datetime:
    raise AssertionError(
        "a test read the computer's clock: take the time from the hub's clock "
        "(the clock fixture, Core.clock, services.clock.now_utc(session))"
    )


@pytest.fixture(scope="session", autouse=True)
def _clock_stands_still() -> Iterator[None]:
    """Every test runs at TEST_NOW: the program's own clock (also in the
    command lines a test starts) is fixed there, and the computer's clock
    refuses to be read."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(ENV_NOW, TEST_NOW.isoformat())
        patch.setattr(SystemClock, "now", _no_real_clock)
        yield


@pytest.fixture
def clock() -> FixedClock:
    """The hub's clock in this test (the ``db``, ``any_db`` and ``core``
    fixtures run on it); set or advance it to move time."""
    return FixedClock(TEST_NOW)


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found and "/usr/local/bin" not in found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PrivateCluster:
    def __init__(self) -> None:
        initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
        if not initdb or not pg_ctl:
            raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) not found")
        self.pg_ctl = pg_ctl
        self.root = Path(tempfile.mkdtemp(prefix="hubdesk-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.as_postgres = os.geteuid() == 0
        if self.as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        self._run([initdb, "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8"])
        options = f"-h 127.0.0.1 -p {self.port} -k {self.root} -F -c fsync=off"
        self._run(
            [
                pg_ctl,
                "-D",
                str(self.data),
                "-o",
                options,
                "-l",
                str(self.root / "log"),
                "-w",
                "start",
            ]
        )
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}"

    def _run(self, command: list[str]) -> None:
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def stop(self) -> None:
        try:
            self._run([self.pg_ctl, "-D", str(self.data), "-m", "immediate", "stop"])
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """Base URL (no database name) of a PostgreSQL server for the tests."""
    configured = os.environ.get("HUBDESK_TEST_PG_URL")
    if configured:
        yield configured.rstrip("/")
        return
    try:
        cluster = PrivateCluster()
    except (RuntimeError, subprocess.SubprocessError, OSError) as error:
        if os.environ.get("HUBDESK_REQUIRE_PG") == "1":
            pytest.fail(f"PostgreSQL is required but could not start: {error}")
        pytest.skip(f"no PostgreSQL server: {error}")
    try:
        yield cluster.url
    finally:
        cluster.stop()


def _fresh_pg_database(base_url: str) -> str:
    import psycopg

    name = "hubdesk_" + uuid.uuid4().hex[:12]
    plain = base_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain + "/postgres", autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"{base_url}/{name}"


@pytest.fixture(scope="session", autouse=True)
def _cheap_password_hashes() -> Iterator[None]:
    """argon2 at its lowest cost in tests (a sign-in is milliseconds, not a
    quarter of a second); the program keeps its own parameters."""
    from argon2 import PasswordHasher

    production = staff._hasher
    staff._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    yield
    staff._hasher = production


def _copy_closed_database(template: Path, target: Path) -> Path:
    """A copy of a closed (checkpointed, no -wal) template file: a plain file
    copy is safe only because nothing has the template open."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, target)
    return target


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated, empty hub file per test run (per worker), copied per test."""
    path = tmp_path_factory.mktemp("template") / "migrated.sqlite"
    Database.open(path, clock=FixedClock(TEST_NOW)).close()
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.fixture(scope="session")
def _core_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One hub file with its defaults and the two staff of ``core``."""
    path = tmp_path_factory.mktemp("template") / "core.sqlite"
    template = Core.open(path, clock=FixedClock(TEST_NOW))
    template.write(
        lambda s: staff.create_first_manager(s, "maria", "Maria Jansen", "correct horse")
    )
    template.write(
        lambda s: staff.add_staff(
            s, SYSTEM, "anna", "Anna de Vries", "reception pw", StaffRole.RECEPTION
        )
    )
    template.close()
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.fixture
def db(tmp_path: Path, clock: FixedClock, _migrated_template: Path) -> Iterator[Database]:
    """A new, migrated SQLite database file."""
    path = _copy_closed_database(_migrated_template, tmp_path / "hub.sqlite")
    database = Database.open(path, clock=clock)
    yield database
    database.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def any_db(request: pytest.FixtureRequest, tmp_path: Path, clock: FixedClock) -> Iterator[Database]:
    """The same test on a new SQLite file and on a new PostgreSQL database."""
    if request.param == "sqlite":
        template = request.getfixturevalue("_migrated_template")
        path = _copy_closed_database(template, tmp_path / "hub.sqlite")
        database = Database.open(path, clock=clock)
    else:
        database = Database.open(
            _fresh_pg_database(request.getfixturevalue("pg_server")), clock=clock
        )
    yield database
    database.close()


@pytest.fixture
def core(tmp_path: Path, clock: FixedClock, _core_template: Path) -> Iterator[Core]:
    """A core on a new SQLite file with a first manager, maria ("correct
    horse"), and a reception user, anna ("reception pw"); nobody signed in."""
    path = _copy_closed_database(_core_template, tmp_path / "hub.sqlite")
    core = Core.open(path, clock=clock)
    yield core
    core.close()
