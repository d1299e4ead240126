"""The hub's one clock: services, the window and the command line tell the
time by it, so a test (or a rehearsal of a month's end) can stop it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from hubdesk.cli import main
from hubdesk.db import Database
from hubdesk.domain.clock import ENV_NOW, FixedClock, configured_clock
from hubdesk.domain.models import AuditEntry
from hubdesk.services import directory
from hubdesk.services.audit import SYSTEM
from hubdesk.services.clock import now_utc, today
from hubdesk.services.directory import OrganisationInput
from tests.helpers import TEST_NOW, ZONE


def test_a_fixed_clock_stands_still_until_moved() -> None:
    clock = FixedClock(datetime(2026, 3, 29, 3, 30, 15, 999, tzinfo=ZONE))
    assert clock.now() == datetime(2026, 3, 29, 1, 30, 15, tzinfo=UTC)
    assert clock.now() == clock.now()
    assert clock.advance(timedelta(hours=23)) == datetime(2026, 3, 30, 0, 30, 15, tzinfo=UTC)
    with pytest.raises(ValueError):
        FixedClock(datetime(2026, 1, 1))  # no zone: not an instant


def test_sessions_tell_the_time_by_their_database_clock(db: Database, clock: FixedClock) -> None:
    clock.set(datetime(2027, 1, 31, 23, 30, tzinfo=ZONE))
    with db.write() as session:
        assert now_utc(session) == datetime(2027, 1, 31, 22, 30, tzinfo=UTC)
        assert today(session, ZONE) == date(2027, 1, 31)
        directory.create_organisation(session, SYSTEM, OrganisationInput(name="Stichting Klok"))
    with db.read() as session:
        stamps = session.scalars(select(AuditEntry.at)).all()
    assert stamps and {s.replace(tzinfo=UTC) for s in stamps} == {clock.now()}


def test_hubdesk_now_stops_the_program_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_NOW, "2026-10-25T02:30:00+01:00")
    assert configured_clock().now() == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    monkeypatch.setenv(ENV_NOW, "2026-10-25 02:30")
    with pytest.raises(ValueError, match="UTC offset"):
        configured_clock()


def test_the_command_line_refuses_a_clock_it_cannot_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_NOW, "yesterday")
    assert main(["check", "--db", str(tmp_path / "hub.sqlite")]) == 1
    assert "HUBDESK_NOW" in capsys.readouterr().err
    assert not (tmp_path / "hub.sqlite").exists()


def test_the_tests_run_at_test_now(db: Database) -> None:
    with db.read() as session:
        assert now_utc(session) == TEST_NOW.astimezone(UTC)
