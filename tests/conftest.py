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
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from hubdesk.app import Core
from hubdesk.db import Database
from hubdesk.domain.enums import StaffRole
from hubdesk.services import staff
from hubdesk.services.audit import SYSTEM


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


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A new, migrated SQLite database file."""
    database = Database.open(tmp_path / "hub.sqlite")
    yield database
    database.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """The same test on a new SQLite file and on a new PostgreSQL database."""
    if request.param == "sqlite":
        database = Database.open(tmp_path / "hub.sqlite")
    else:
        database = Database.open(_fresh_pg_database(request.getfixturevalue("pg_server")))
    yield database
    database.close()


@pytest.fixture
def core(tmp_path: Path) -> Iterator[Core]:
    """A core on a new SQLite file with a first manager, maria ("correct
    horse"), and a reception user, anna ("reception pw"); nobody signed in."""
    core = Core.open(tmp_path / "hub.sqlite")
    core.write(lambda s: staff.create_first_manager(s, "maria", "Maria Jansen", "correct horse"))
    core.write(
        lambda s: staff.add_staff(
            s, SYSTEM, "anna", "Anna de Vries", "reception pw", StaffRole.RECEPTION
        )
    )
    yield core
    core.close()
