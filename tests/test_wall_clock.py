"""Wall-clock times the clocks skip (29 March 2026, 02:00 to 03:00 in
Amsterdam) or show twice (25 October 2026, 02:00 to 03:00) are refused or asked
about wherever they become instants — never shifted silently."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hubdesk.db import Database
from hubdesk.domain import wall_clock
from hubdesk.domain.enums import SpaceKind
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.models import Booking, Member, Visit
from hubdesk.domain.wall_clock import AmbiguousTime, NonexistentTime
from hubdesk.services import frontdesk
from hubdesk.services.audit import SYSTEM
from hubdesk.services.availability import find_free_spaces
from hubdesk.services.bookings import BookingRequest, create_booking
from hubdesk.services.csv_import import ImportFailed, import_csv
from hubdesk.services.directory import SpaceInput, create_space
from hubdesk.services.hub import ensure_defaults
from hubdesk.services.series import Frequency, Recurrence, SeriesConflicts, create_series
from tests.helpers import T0, ZONE

SPRING = date(2026, 3, 29)  # 02:00 to 03:00 does not exist
AUTUMN = date(2026, 10, 25)  # 02:00 to 03:00 occurs twice: CEST, then CET


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), ZONE)


@pytest.fixture
def room(db: Database) -> int:
    with db.write() as session:
        ensure_defaults(session)
        data = SpaceInput(name="Room Mesdag", kind=SpaceKind.MEETING_ROOM.value, price_hour="45")
        return create_space(session, SYSTEM, data).id


def bookings(db: Database) -> list[tuple[datetime, datetime]]:
    with db.read() as session:
        return [
            (b.start_at, b.end_at) for b in session.scalars(select(Booking).order_by(Booking.id))
        ]


def book(db: Database, room: int, start: datetime, end: datetime, **folds: int | None) -> None:
    request = BookingRequest(
        room, start, end, title="Night shift", customer_name="Acme", override_hours=True, **folds
    )
    with db.write() as session:
        create_booking(session, request, SYSTEM)


# ------------------------------------------------------------------ the domain


def test_the_domain_names_what_is_skipped_and_what_occurs_twice() -> None:
    with pytest.raises(NonexistentTime) as skipped:
        wall_clock.instant(SPRING, time(2, 30), ZONE)
    assert skipped.value.field == "start_at"
    assert "02:30 does not exist on 2026-03-29" in skipped.value.message
    with pytest.raises(AmbiguousTime) as twice:
        wall_clock.instant(AUTUMN, time(2, 30), ZONE, field="end_at")
    assert twice.value.field == "end_at"
    assert twice.value.names == ("CEST", "CET")
    assert wall_clock.instant(AUTUMN, time(2, 30), ZONE, 0) == datetime(
        2026, 10, 25, 0, 30, tzinfo=UTC
    )
    assert wall_clock.instant(AUTUMN, time(2, 30), ZONE, 1) == datetime(
        2026, 10, 25, 1, 30, tzinfo=UTC
    )
    # the hours either side are plain, and an instant in UTC is taken as it is
    assert wall_clock.instant(SPRING, time(3, 0), ZONE) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert wall_clock.instant(AUTUMN, time(3, 0), ZONE) == datetime(2026, 10, 25, 2, 0, tzinfo=UTC)
    moment = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert wall_clock.checked(moment) == moment
    assert wall_clock.fold_of(moment, ZONE) == 0
    assert wall_clock.fold_of(moment + timedelta(hours=1), ZONE) == 1
    assert wall_clock.fold_of(moment + timedelta(hours=2), ZONE) is None


# ------------------------------------------------------------------ bookings


def test_a_booking_from_a_time_the_clocks_skip_is_refused_at_the_field(
    db: Database, room: int
) -> None:
    # before: stored as 03:30 to 04:00, 30 minutes
    with pytest.raises(NonexistentTime) as refused:
        book(db, room, local(SPRING, 2, 30), local(SPRING, 4))
    assert refused.value.field == "start_at"
    with pytest.raises(NonexistentTime) as refused:
        book(db, room, local(SPRING, 1), local(SPRING, 2, 15))
    assert refused.value.field == "end_at"
    assert bookings(db) == []
    book(db, room, local(SPRING, 1, 30), local(SPRING, 3, 30))  # 01:30 CET to 03:30 CEST
    assert bookings(db) == [
        (datetime(2026, 3, 29, 0, 30, tzinfo=UTC), datetime(2026, 3, 29, 1, 30, tzinfo=UTC))
    ]


def test_a_booking_at_a_time_that_occurs_twice_says_which(db: Database, room: int) -> None:
    # before: 02:30 to 03:30 was stored as 02:30 CEST to 03:30 CET, 120 minutes, unasked
    with pytest.raises(AmbiguousTime) as asked:
        book(db, room, local(AUTUMN, 2, 30), local(AUTUMN, 3, 30))
    assert asked.value.field == "start_at"
    assert "summer time (CEST) or winter time (CET)" in asked.value.message
    assert bookings(db) == []
    book(db, room, local(AUTUMN, 2, 30), local(AUTUMN, 3, 30), start_fold=1)  # CET to CET
    book(db, room, local(AUTUMN, 0, 30), local(AUTUMN, 2, 30), end_fold=0)  # ends 02:30 CEST
    (first, second) = bookings(db)
    assert first == (
        datetime(2026, 10, 25, 1, 30, tzinfo=UTC),
        datetime(2026, 10, 25, 2, 30, tzinfo=UTC),
    )
    assert first[1] - first[0] == timedelta(minutes=60)
    assert second[1] - second[0] == timedelta(minutes=120)  # 00:30 CEST to 02:30 CEST


def test_summer_start_and_winter_end_is_two_hours_only_when_asked_for(
    db: Database, room: int
) -> None:
    book(db, room, local(AUTUMN, 2, 30), local(AUTUMN, 3, 30), start_fold=0)
    ((start, end),) = bookings(db)
    assert start == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert end - start == timedelta(minutes=120)


# ------------------------------------------------------------------ series


def test_a_series_reports_the_dates_the_clocks_skip_or_repeat(db: Database, room: int) -> None:
    """Sundays at 02:30 from 15 March: 29 March is skipped, 25 October occurs
    twice; each is reported like a taken date, none is shifted."""
    request = BookingRequest(
        room,
        local(date(2026, 3, 15), 2, 30),
        local(date(2026, 3, 15), 3),
        customer_name="Acme",
        override_hours=True,
    )
    rule = Recurrence(Frequency.WEEKLY, 1, (6,), until=date(2026, 11, 1))
    with pytest.raises(SeriesConflicts) as refused, db.write() as session:
        create_series(session, request, rule, SYSTEM)
    reasons = {d.start_at.astimezone(ZONE).date(): d.reason for d in refused.value.dates}
    assert set(reasons) == {SPRING, AUTUMN}
    assert "does not exist" in reasons[SPRING]
    assert "occurs twice" in reasons[AUTUMN]
    # listed at the time asked for, not at a shifted one
    assert {d.start_at.astimezone(ZONE).time() for d in refused.value.dates} == {time(2, 30)}
    assert "2026-03-29 02:30: 02:30 does not exist" in str(refused.value)
    assert bookings(db) == []
    with db.write() as session:
        result = create_series(session, request, rule, SYSTEM, skip_conflicts=True)
    assert len(result.skipped) == 2
    stored = bookings(db)
    assert len(stored) == len(result.booking_ids)
    assert all(end - start == timedelta(minutes=30) for start, end in stored)
    assert {start.astimezone(ZONE).time() for start, _ in stored} == {time(2, 30)}


# ------------------------------------------------------------------ the CSV file


def test_a_csv_row_at_a_skipped_or_repeated_time_is_a_row_problem(
    db: Database, room: int, tmp_path: Path
) -> None:
    path = tmp_path / "bookings.csv"
    path.write_text(
        "space;date;start;end;title;customer;outside_hours\n"
        "Room Mesdag;2026-03-29;02:30;04:00;Night;Acme;yes\n"
        "Room Mesdag;2026-10-25;02:30;03:30;Night;Acme;yes\n"
        "Room Mesdag;2026-10-25;03:30;04:30;Night;Acme;yes\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportFailed) as failed, db.write() as session:
        import_csv(session, SYSTEM, "bookings", path)
    problems = {(p.line, p.column): p.reason for p in failed.value.problems}
    assert set(problems) == {(2, "start"), (3, "start")}
    assert "does not exist" in problems[2, "start"]
    assert "occurs twice" in problems[3, "start"]
    assert bookings(db) == []


# ------------------------------------------------------------------ free rooms, guests


def test_the_free_rooms_question_refuses_a_skipped_time(db: Database, room: int) -> None:
    with db.read() as session, pytest.raises(NonexistentTime) as refused:
        find_free_spaces(session, local(SPRING, 2, 30), local(SPRING, 4))
    assert refused.value.field == "start_at"
    with db.read() as session, pytest.raises(AmbiguousTime):
        find_free_spaces(session, local(AUTUMN, 1), local(AUTUMN, 2, 30))
    with db.read() as session:
        found = find_free_spaces(session, local(AUTUMN, 1), local(AUTUMN, 2, 30), end_fold=1)
    assert [f.id for f in found] == [room]


def test_a_guest_expected_at_a_skipped_time_is_refused(db: Database, room: int) -> None:
    with db.write() as session:
        host = Member(first_name="Eva", last_name="Ødegaard", created_at=T0)
        session.add(host)
        session.flush()
        host_id = host.id
    data = frontdesk.GuestInput(host_id, "Jan Smit", expected_at=local(SPRING, 2, 30))
    with pytest.raises(ValidationError) as refused, db.write() as session:
        frontdesk.register_guest(session, SYSTEM, data, now=datetime(2026, 3, 28, 12, tzinfo=UTC))
    assert refused.value.field == "expected_at"
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Visit)) == 0
