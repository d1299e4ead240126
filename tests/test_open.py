"""Opening a database that hubdesk must not use: a clear message, nothing changed."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from hubdesk import migrations
from hubdesk.db import Database
from hubdesk.domain.errors import (
    DatabaseCorrupt,
    DatabaseForeign,
    DatabaseLocked,
    DatabaseMissing,
    DatabaseTooNew,
)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in the folder with a hash of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    path = tmp_path / "hub.sqlite"
    Database.open(path).close()
    return path


def test_new_database_is_created_migrated_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "folder" / "hub.sqlite"
    database = Database.open(path)
    assert database.report.created
    with database.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
        version = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == migrations.HEAD
    database.close()
    again = Database.open(path)
    assert not again.report.created and again.report.migrated_from is None
    again.close()


def test_missing_database_not_created_when_asked_not_to(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissing):
        Database.open(tmp_path / "nothing.sqlite", create=False)
    assert list(tmp_path.iterdir()) == []


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "hub.sqlite"
    path.write_text("Naam;Email\nA;a@example.org\n", encoding="utf-8")
    before = snapshot(tmp_path)
    with pytest.raises(DatabaseCorrupt, match="not an SQLite file"):
        Database.open(path)
    assert snapshot(tmp_path) == before


def test_damaged_database(existing: Path) -> None:
    data = bytearray(existing.read_bytes())
    # Keep the header, scribble over the schema page.
    data[100:4096] = os.urandom(3996)
    existing.write_bytes(bytes(data))
    before = snapshot(existing.parent)
    with pytest.raises(DatabaseCorrupt, match="damaged"):
        Database.open(existing)
    assert snapshot(existing.parent) == before


def test_foreign_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    before = snapshot(tmp_path)
    with pytest.raises(DatabaseForeign, match="not a hubdesk database"):
        Database.open(path)
    assert snapshot(tmp_path) == before


def test_written_by_a_newer_hubdesk(existing: Path) -> None:
    with sqlite3.connect(existing) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = snapshot(existing.parent)
    with pytest.raises(DatabaseTooNew, match="newer hubdesk") as caught:
        Database.open(existing)
    assert "9999" in str(caught.value)
    assert snapshot(existing.parent) == before


def test_locked_longer_than_the_timeout(existing: Path) -> None:
    holder = sqlite3.connect(existing, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        before = snapshot(existing.parent)
        with pytest.raises(DatabaseLocked, match="locked by another program"):
            Database.open(existing, busy_timeout_s=0.3)
        assert snapshot(existing.parent) == before
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    Database.open(existing).close()


def test_lock_released_within_the_timeout_is_waited_for(existing: Path) -> None:
    holder = sqlite3.connect(existing, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    import threading

    threading.Timer(0.3, lambda: holder.execute("ROLLBACK")).start()
    try:
        Database.open(existing, busy_timeout_s=5).close()
    finally:
        holder.close()


@pytest.fixture
def readonly_copy() -> Iterator[Path]:
    """A database file and folder nobody may write."""
    folder = Path(tempfile.mkdtemp(prefix="hubdesk-ro-"))
    path = folder / "hub.sqlite"
    Database.open(path).close()
    for p in folder.iterdir():
        p.chmod(0o444)
    folder.chmod(0o555)
    try:
        yield path
    finally:
        folder.chmod(0o755)
        for p in folder.iterdir():
            p.chmod(0o644)
            p.unlink()
        folder.rmdir()


def test_read_only_database(readonly_copy: Path) -> None:
    before = snapshot(readonly_copy.parent)
    code = (
        "import sys\n"
        "from hubdesk.db import Database\n"
        "from hubdesk.domain.errors import DatabaseReadOnly\n"
        "try:\n"
        f"    Database.open({str(readonly_copy)!r})\n"
        "except DatabaseReadOnly as e:\n"
        "    print(e); sys.exit(3)\n"
    )
    command = [sys.executable, "-c", code]
    if os.geteuid() == 0:
        # root writes read-only files; without these capabilities it may not
        drop = "-dac_override,-dac_read_search"
        command = ["setpriv", "--bounding-set", drop, "--inh-caps", drop, *command]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=60,
        cwd="/",
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])},
    )
    assert result.returncode == 3, result.stderr
    assert "read-only" in result.stdout
    assert snapshot(readonly_copy.parent) == before


def test_revision_list_matches_the_migration_scripts() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    scripts = ScriptDirectory.from_config(config)
    ordered = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(ordered) == migrations.REVISIONS
    assert scripts.get_current_head() == migrations.HEAD


def test_models_and_migrations_agree(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from hubdesk.domain.models import Base

    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_unreachable_postgresql_server() -> None:
    from hubdesk.domain.errors import DatabaseUnreachable

    url = "postgresql+psycopg://hub@127.0.0.1:1/hubdesk"
    with pytest.raises(DatabaseUnreachable, match="Cannot reach the database"):
        Database.open(url)
    from hubdesk import db

    problems = db.check(url)
    assert len(problems) == 1 and "Cannot reach" in problems[0]
    assert "secret" not in db.describe("postgresql+psycopg://hub:secret@server/hubdesk")


def test_a_folder_name_with_uri_characters_is_read_where_it_is(tmp_path: Path) -> None:
    """``#`` and ``%`` in a folder's name: the check, the backup and the
    restore's verification read that database, not another file."""
    from hubdesk.db import HEAD, check, sqlite_backup, verify_hubdesk_file
    from hubdesk.services.hub import ensure_defaults

    folder = tmp_path / "hub #2 (100%)"
    folder.mkdir()
    path = folder / "hub.sqlite"
    database = Database.open(path)
    with database.write() as session:
        ensure_defaults(session, "Hub Twee")
    database.close()

    assert check(path) == []
    assert verify_hubdesk_file(path) == HEAD
    made = sqlite_backup(path, folder / "backup.sqlite")
    assert check(made.path) == []
    with sqlite3.connect(made.path) as copy:
        assert copy.execute("SELECT name FROM hub_settings").fetchall() == [("Hub Twee",)]
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]  # nothing beside it
