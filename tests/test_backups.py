"""Automatic backups (hubdesk.services.backups, Core.back_up) and restore
(``hubdesk restore``, Core.restore): real files, the hub's fixed clock."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hubdesk.app import Core
from hubdesk.db import Database, check
from hubdesk.domain.clock import FixedClock
from hubdesk.domain.enums import StaffRole
from hubdesk.domain.errors import DatabaseForeign, DatabaseInUse
from hubdesk.domain.models import Space
from hubdesk.services import backups
from hubdesk.services.audit import SYSTEM
from tests.helpers import TEST_NOW, ZONE, add_space, held_open_elsewhere


def _touch(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"")
    return path


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _space_names(path: Path) -> list[str]:
    database = Database.open(path, create=False)
    try:
        with database.read() as session:
            return sorted(session.scalars(select(Space.name)))
    finally:
        database.close()


# ---------------------------------------------------------------- retention


def test_retention_keeps_14_days_and_12_months_and_nothing_else(tmp_path: Path) -> None:
    database = tmp_path / "hub.sqlite"
    folder = tmp_path / "backups"
    made: list[datetime] = []
    day = datetime(2025, 6, 1, 7, 0, tzinfo=UTC)
    while day <= datetime(2026, 12, 7, 7, 0, tzinfo=UTC):
        if day.day % 3 or day.month == 12:  # gaps: not every day has a backup
            for hour in (7, 16):  # a start and a close each day
                made.append(day.replace(hour=hour))
        day += timedelta(days=1)
    # 23:30 UTC on 30 November is 1 December 00:30 in Amsterdam: December's
    made.append(datetime(2026, 11, 30, 23, 30, tzinfo=UTC))
    for instant in made:
        _touch(folder, backups.backup_name(database, instant))
    others = [
        _touch(folder, "hub-before-restore-20250101T000000Z.sqlite"),
        _touch(folder, "other-20250101T000000Z.sqlite"),
        _touch(folder, "notes.txt"),
        _touch(folder, ".hub-20250101T000000Z.sqlite.partial"),
    ]

    removed = backups.prune(database, folder, ZONE)

    kept = {b.taken_at for b in backups.list_backups(database, folder)}
    local_days = sorted({m.astimezone(ZONE).date() for m in made})
    last_14 = local_days[-14:]
    newest_of = {d: max(m for m in made if m.astimezone(ZONE).date() == d) for d in local_days}
    months = sorted({(d.year, d.month) for d in local_days})[-12:]
    newest_of_month = {
        ym: max(m for m in made if (m.astimezone(ZONE).year, m.astimezone(ZONE).month) == ym)
        for ym in months
    }
    assert kept == {newest_of[d] for d in last_14} | set(newest_of_month.values())
    # 14 days (20 Nov to 7 Dec; the 21st, 24th, 27th and 30th have none), 12 months
    # whose newest of November and of December are among the 14 days
    assert len(kept) == 14 + 10
    assert min(d for d in kept if d.month in (11, 12)) == datetime(2026, 11, 20, 16, 0, tzinfo=UTC)
    assert min(kept) == datetime(2026, 1, 31, 16, 0, tzinfo=UTC)
    assert datetime(2026, 11, 30, 23, 30, tzinfo=UTC) not in kept  # older that day (Dec 1)
    assert len(removed) == len(made) - len(kept)
    assert all(p.exists() for p in others)


def test_backup_names_carry_the_instant_and_other_files_are_not_backups(tmp_path: Path) -> None:
    database = tmp_path / "hub.sqlite"
    assert backups.backup_name(database, TEST_NOW) == "hub-20261207T090000Z.sqlite"
    _touch(tmp_path / "b", "hub-20261207T090000Z.sqlite")
    _touch(tmp_path / "b", "hub-2026-12-07.sqlite")
    _touch(tmp_path / "b", "hubx-20261208T090000Z.sqlite")
    found = backups.list_backups(database, tmp_path / "b")
    assert [b.taken_at for b in found] == [TEST_NOW.astimezone(UTC)]


def test_the_folder_is_beside_the_database_unless_chosen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "data" / "hub.sqlite"
    monkeypatch.delenv(backups.ENV_BACKUPS, raising=False)
    assert backups.backups_folder(database) == tmp_path / "data" / "backups"
    monkeypatch.setenv(backups.ENV_BACKUPS, str(tmp_path / "env"))
    assert backups.backups_folder(database) == tmp_path / "env"
    assert backups.backups_folder(database, tmp_path / "mine") == tmp_path / "mine"


# ------------------------------------------------------------- backing up


def test_a_backup_is_verified_named_by_the_hubs_clock_and_due_once_a_day(
    core: Core, clock: FixedClock
) -> None:
    assert core.db.path is not None
    folder = core.db.path.parent / "backups"
    assert core.backups_folder == folder
    assert core.last_backup() is None

    made = core.back_up(only_if_due=True)

    assert made is not None and made.path == folder / "hub-20261207T090000Z.sqlite"
    assert check(made.path) == []
    assert core.last_backup() == made
    assert sorted(p.name for p in folder.iterdir()) == [made.path.name]  # no temporary files
    clock.advance(timedelta(hours=8))  # 18:00 the same day: not due again
    assert core.back_up(only_if_due=True) is None
    closing = core.back_up()  # at close: always
    assert closing is not None and closing.taken_at == clock.now()
    clock.set(datetime(2026, 12, 8, 0, 30, tzinfo=ZONE))  # just after midnight in the hub
    next_day = core.back_up(only_if_due=True)
    assert next_day is not None and next_day.path.name == "hub-20261207T233000Z.sqlite"
    assert core.last_backup() == next_day


def test_a_backup_that_cannot_be_written_leaves_nothing(core: Core, tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    core.backups_choice = str(blocked)
    with pytest.raises(Exception, match="not-a-folder"):
        core.back_up()
    assert blocked.read_text(encoding="utf-8") == "a file where the folder should be"


# ------------------------------------------------------------------ restore


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hubdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def hub_with_backup(core: Core, clock: FixedClock) -> tuple[Path, Path]:
    """The core's hub with room Mesdag backed up, then room Escher added."""
    core.write(lambda s: add_space(s, "Room Mesdag"))
    made = core.back_up()
    assert made is not None
    clock.advance(timedelta(hours=2))
    core.write(lambda s: add_space(s, "Room Escher"))
    assert core.db.path is not None
    path = core.db.path
    core.close()
    return path, made.path


def test_restore_from_the_command_line_keeps_a_copy_and_replaces(
    hub_with_backup: tuple[Path, Path],
) -> None:
    path, backup = hub_with_backup

    result = _run("restore", str(backup), "--db", str(path))

    assert result.returncode == 0, result.stderr
    assert _space_names(path) == ["Room Mesdag"]
    kept = path.parent / "backups" / "hub-before-restore-20261207T090000Z.sqlite"
    assert f"kept in {kept}" in result.stdout
    assert _space_names(kept) == ["Room Escher", "Room Mesdag"]
    assert check(kept) == [] and check(path) == []
    assert not backups.list_backups(path, path.parent / "backups")[-1].path.name.startswith(".")


def test_restore_is_refused_while_another_process_has_the_database_open(
    hub_with_backup: tuple[Path, Path],
) -> None:
    path, backup = hub_with_backup
    before = _files(path.parent / "backups")
    with held_open_elsewhere(path):
        result = _run("restore", str(backup), "--db", str(path))
    assert result.returncode == 1
    assert "is open in another desk or program" in result.stderr
    assert _space_names(path) == ["Room Escher", "Room Mesdag"]
    assert _files(path.parent / "backups") == before  # no copy kept, nothing half-written


@pytest.mark.parametrize(
    ("kind", "said"),
    [
        ("text", "not an SQLite file"),
        ("empty", "empty file: not a hubdesk database"),
        ("foreign", "is not a hubdesk database"),
        ("damaged", "(integrity check|damaged)"),
    ],
)
def test_restore_of_a_file_that_is_no_hubdesk_database_changes_nothing(
    kind: str, said: str, hub_with_backup: tuple[Path, Path], tmp_path: Path
) -> None:
    path, backup = hub_with_backup
    bad = tmp_path / "elsewhere" / "bad.sqlite"
    bad.parent.mkdir()
    if kind == "text":
        bad.write_text("naam;email\nA;a@example.org\n", encoding="utf-8")
    elif kind == "empty":
        bad.touch()
    elif kind == "foreign":
        other = sqlite3.connect(bad)
        other.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        other.commit()
        other.close()
    else:
        data = bytearray(backup.read_bytes())
        data[4096:8192] = b"\xff" * 4096  # a page of the backup overwritten
        bad.write_bytes(bytes(data))
    database_before = path.read_bytes()
    backups_before = _files(path.parent / "backups")
    bad_before = bad.read_bytes()

    result = _run("restore", str(bad), "--db", str(path))

    assert result.returncode == 1
    assert re.search(said, result.stderr), result.stderr
    assert path.read_bytes() == database_before
    assert _files(path.parent / "backups") == backups_before
    assert bad.read_bytes() == bad_before
    assert sorted(p.name for p in path.parent.iterdir()) == ["backups", "elsewhere", "hub.sqlite"]


def test_core_restore_closes_reopens_and_signs_out(core: Core, clock: FixedClock) -> None:
    core.write(lambda s: add_space(s, "Room Mesdag"))
    made = core.back_up()
    assert made is not None
    core.write(lambda s: add_space(s, "Room Escher"))
    maria = core.sign_in("maria", "correct horse")

    result = core.restore(made.path, maria)

    assert core.actor is None
    assert result.kept is not None and result.kept.is_file()
    assert core.read(lambda s: s.scalar(select(func.count()).select_from(Space))) == 1
    assert core.db.clock is clock


def test_core_restore_refused_while_the_database_is_open_elsewhere(core: Core) -> None:
    made = core.back_up()
    assert made is not None and core.db.path is not None
    maria = core.sign_in("maria", "correct horse")
    other = Database.open(core.db.path, create=False)
    try:
        with other.read() as session:
            session.connection()
        with pytest.raises(DatabaseInUse):
            core.restore(made.path, maria)
        assert core.actor is not None  # still signed in
        # the desk goes on with the database as it was
        assert core.read(lambda s: s.scalar(select(func.count()).select_from(Space))) == 0
    finally:
        other.close()


def test_core_restore_refuses_a_foreign_file_before_closing_anything(
    core: Core, tmp_path: Path
) -> None:
    foreign = tmp_path / "photos.sqlite"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    maria = core.sign_in("maria", "correct horse")
    with pytest.raises(DatabaseForeign):
        core.restore(foreign, maria)
    assert core.actor is not None


@pytest.mark.pg
def test_a_postgresql_hub_is_left_to_the_server(pg_server: str, clock: FixedClock) -> None:
    from tests.conftest import _fresh_pg_database

    core = Core.open(_fresh_pg_database(pg_server), clock=clock)
    try:
        assert core.backups_folder is None
        assert core.back_up() is None and core.last_backup() is None
        with pytest.raises(Exception, match="pg_dump"):
            core.restore(Path("/nonexistent.sqlite"), SYSTEM)
    finally:
        core.close()


def test_restore_from_the_command_line_into_a_missing_database(
    hub_with_backup: tuple[Path, Path], tmp_path: Path
) -> None:
    _path, backup = hub_with_backup
    target = tmp_path / "new-pc" / "hub.sqlite"
    result = _run("restore", str(backup), "--db", str(target))
    assert result.returncode == 0, result.stderr
    assert _space_names(target) == ["Room Mesdag"]


def test_restore_is_a_managers_checked_in_the_database(core: Core) -> None:
    from hubdesk.services import staff
    from hubdesk.services.staff import PermissionDenied

    made = core.back_up()
    assert made is not None
    anna = core.sign_in("anna", "reception pw")
    with pytest.raises(PermissionDenied):
        core.restore(made.path, anna)
    maria = core.sign_in("maria", "correct horse")
    # demoted at another desk since signing in: the window's actor is stale
    core.write(lambda s: staff.add_staff(s, SYSTEM, "kees", "Kees", "kees pw x", StaffRole.MANAGER))
    kees = core.sign_in("kees", "kees pw x")
    assert kees.staff_user_id is not None
    core.write(lambda s: staff.set_role(s, maria, kees.staff_user_id, StaffRole.RECEPTION))
    with pytest.raises(PermissionDenied):
        core.restore(made.path, kees)
    assert core.read(lambda s: s.scalar(select(func.count()).select_from(Space))) == 0
