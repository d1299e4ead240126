"""Recurring bookings: local wall-clock times across DST, every conflicting
date reported, book the rest or none, cancel this and the following."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from hubdesk.db import Database
from hubdesk.domain.enums import BookingStatus
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.models import Booking, BookingSeries
from hubdesk.services.audit import SYSTEM
from hubdesk.services.bookings import BookingRequest, create_booking
from hubdesk.services.hub import ensure_defaults
from hubdesk.services.series import (
    Frequency,
    Recurrence,
    SeriesConflicts,
    cancel_following,
    create_series,
    occurrences,
    series_dates,
)
from tests.helpers import add_space

TZ = ZoneInfo("Europe/Amsterdam")


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), TZ)


@pytest.fixture
def room(any_db: Database) -> int:
    with any_db.write() as s:
        ensure_defaults(s)
        return add_space(s, "Room Mesdag", buffer_minutes=15).id


def _request(room: int, start: datetime, minutes: int = 60) -> BookingRequest:
    return BookingRequest(
        room, start, start + timedelta(minutes=minutes), title="Team", customer_name="Acme"
    )


def _count(db: Database, **where: object) -> int:
    query = select(func.count()).select_from(Booking)
    for key, value in where.items():
        query = query.where(getattr(Booking, key) == value)
    with db.read() as s:
        return int(s.scalar(query) or 0)


def test_weekly_nine_o_clock_stays_nine_local_across_both_clock_changes(
    any_db: Database, room: int
) -> None:
    """February to November 2027: CET, CEST from 28 March, CET from 31 October."""
    first = local(date(2027, 2, 1), 9)
    with any_db.write() as s:
        result = create_series(
            s, _request(room, first), Recurrence(until=date(2027, 11, 29)), SYSTEM
        )
    assert not result.skipped
    with any_db.read() as s:
        starts = [start for _id, start, _status in series_dates(s, result.series_id)]
        stored_rule = s.get(BookingSeries, result.series_id).rrule  # type: ignore[union-attr]
    assert len(starts) == 44
    assert {start.astimezone(TZ).time() for start in starts} == {time(9)}
    assert {start.astimezone(TZ).weekday() for start in starts} == {0}
    utc_hours = [start.astimezone(UTC).hour for start in starts]
    assert utc_hours[0] == 8 and 7 in utc_hours and utc_hours[-1] == 8
    summer = next(s for s in starts if s.astimezone(TZ).date() == date(2027, 7, 5))
    assert summer.astimezone(UTC).hour == 7
    assert "TZID=Europe/Amsterdam" in stored_rule and "FREQ=WEEKLY" in stored_rule


def test_series_with_conflicts_reports_exactly_those_dates(any_db: Database, room: int) -> None:
    first = local(date(2027, 3, 1), 10)
    taken = [date(2027, 3, 15), date(2027, 4, 5)]
    with any_db.write() as s:
        for day in taken:
            create_booking(
                s,
                BookingRequest(room, local(day, 10, 30), local(day, 11), customer_name="Other"),
                SYSTEM,
            )
        # buffer: a booking ending 09:50 blocks until 10:05, so 10:00 is taken too
        create_booking(
            s,
            BookingRequest(
                room,
                local(date(2027, 3, 22), 9),
                local(date(2027, 3, 22), 9, 50),
                customer_name="X",
            ),
            SYSTEM,
        )
    recurrence = Recurrence(count=8)
    with pytest.raises(SeriesConflicts) as caught, any_db.write() as s:
        create_series(s, _request(room, first), recurrence, SYSTEM)
    reported = [d.start_at.astimezone(TZ).date() for d in caught.value.dates]
    assert reported == [date(2027, 3, 15), date(2027, 3, 22), date(2027, 4, 5)]
    assert caught.value.bookable == 5
    assert all(d.conflicts for d in caught.value.dates)
    assert _count(any_db) == 3  # nothing of the series stored
    with any_db.read() as s:
        assert s.scalar(select(func.count()).select_from(BookingSeries)) == 0
    with any_db.write() as s:
        result = create_series(s, _request(room, first), recurrence, SYSTEM, skip_conflicts=True)
    assert len(result.booking_ids) == 5
    assert [d.start_at.astimezone(TZ).date() for d in result.skipped] == reported
    assert _count(any_db) == 8


def test_closed_days_are_reported_not_booked(any_db: Database, room: int) -> None:
    first = local(date(2027, 3, 5), 10)  # a Friday
    recurrence = Recurrence(weekdays=(4, 5), count=4)  # Fridays and Saturdays
    with pytest.raises(SeriesConflicts) as caught, any_db.write() as s:
        create_series(s, _request(room, first), recurrence, SYSTEM)
    assert [d.start_at.astimezone(TZ).weekday() for d in caught.value.dates] == [5, 5]
    assert all("closed" in d.reason for d in caught.value.dates)


def test_a_series_with_no_free_date_is_refused_even_when_skipping(
    any_db: Database, room: int
) -> None:
    first = local(date(2027, 3, 1), 10)
    with any_db.write() as s:
        create_booking(s, _request(room, first), SYSTEM)
    with pytest.raises(SeriesConflicts), any_db.write() as s:
        create_series(s, _request(room, first), Recurrence(count=1), SYSTEM, skip_conflicts=True)


def test_monthly_on_the_second_tuesday_and_every_two_weeks() -> None:
    first = local(date(2027, 1, 12), 14)  # the second Tuesday of January
    dates = occurrences(
        Recurrence(Frequency.MONTHLY, nth=2, count=4), first, first + timedelta(hours=1)
    )
    assert [s.date() for s, _ in dates] == [
        date(2027, 1, 12),
        date(2027, 2, 9),
        date(2027, 3, 9),
        date(2027, 4, 13),
    ]
    last = occurrences(
        Recurrence(Frequency.MONTHLY, nth=-1, count=2), first, first + timedelta(hours=1)
    )
    assert [s.date() for s, _ in last] == [date(2027, 1, 26), date(2027, 2, 23)]
    fortnight = occurrences(
        Recurrence(interval=2, weekdays=(0, 3), count=4),
        local(date(2027, 1, 4), 9),
        local(date(2027, 1, 4), 10),
    )
    assert [s.date() for s, _ in fortnight] == [
        date(2027, 1, 4),
        date(2027, 1, 7),
        date(2027, 1, 18),
        date(2027, 1, 21),
    ]


@pytest.mark.parametrize(
    ("recurrence", "field"),
    [
        (Recurrence(), "until"),
        (Recurrence(count=3, until=date(2027, 5, 1)), "until"),
        (Recurrence(count=0), "count"),
        (Recurrence(count=10_000), "count"),
        (Recurrence(interval=0, count=2), "interval"),
        (Recurrence(until=date(2026, 1, 1)), "until"),
        (Recurrence(Frequency.MONTHLY, nth=5, count=2), "nth"),
        (Recurrence(until=date(2040, 1, 1)), "until"),
    ],
)
def test_bad_rules_are_refused_at_their_field(recurrence: Recurrence, field: str) -> None:
    first = local(date(2027, 1, 4), 9)
    with pytest.raises(ValidationError) as caught:
        occurrences(recurrence, first, first + timedelta(hours=1))
    assert caught.value.field == field


def test_cancel_this_and_all_following(any_db: Database, room: int) -> None:
    first = local(date(2027, 3, 1), 10)
    with any_db.write() as s:
        result = create_series(s, _request(room, first), Recurrence(count=6), SYSTEM)
    third = result.booking_ids[2]
    with any_db.write() as s:
        cancelled = cancel_following(s, third, SYSTEM)
    assert len(cancelled) == 4
    with any_db.read() as s:
        statuses = [status for _id, _start, status in series_dates(s, result.series_id)]
    assert statuses == [BookingStatus.CONFIRMED] * 2 + [BookingStatus.CANCELLED] * 4
