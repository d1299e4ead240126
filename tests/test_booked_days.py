"""The booked time per space and local day stays equal to the bookings: through
every way the booking services change them, when the hub's time zone
changes, when a database is opened whose days were never counted, and when
two desks book the same room on the same day at once (PostgreSQL)."""

from __future__ import annotations

import dataclasses
import threading
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from hubdesk.app import Core
from hubdesk.db import Database
from hubdesk.domain.enums import BookingStatus, SpaceKind
from hubdesk.domain.errors import BookingConflict
from hubdesk.domain.models import BOOKED_HOURS, Booking, HubSettings, booked_days
from hubdesk.services import booked_days as days
from hubdesk.services.audit import SYSTEM
from hubdesk.services.bookings import (
    BookingRequest,
    cancel_booking,
    create_booking,
    move_booking,
    update_booking,
)
from hubdesk.services.hub import ensure_defaults
from hubdesk.services.series import Recurrence, cancel_following, create_series
from hubdesk.services.settings import HubSettingsInput, get_settings, update_settings
from tests.helpers import add_space, at, next_monday

ZONE = "Europe/Amsterdam"


def stored(session: Session) -> list[tuple[Any, ...]]:
    return sorted(tuple(row) for row in session.execute(select(booked_days)))


def counted_again(session: Session, zone: str = ZONE) -> list[tuple[Any, ...]]:
    """The table as :func:`booked_days.rebuild` counts it from the bookings."""
    days.rebuild(session, zone)
    return stored(session)


def day_row(session: Session, day: date, space_id: int) -> dict[str, int] | None:
    found = session.execute(
        select(booked_days).where(booked_days.c.day == day, booked_days.c.space_id == space_id)
    ).first()
    return None if found is None else dict(found._mapping)


def hours(row: dict[str, Any] | None) -> dict[int, int]:
    assert row is not None
    return {h: row[name] for h, name in enumerate(BOOKED_HOURS) if row[name]}


def request(space_id: int, start: datetime, end: datetime, title: str = "Board") -> BookingRequest:
    return BookingRequest(space_id, start, end, title=title, customer_name="Acme")


def test_the_booking_services_keep_the_days(any_db: Database) -> None:
    with any_db.write() as s:
        ensure_defaults(s)
        room = add_space(s, "Room Mesdag").id
        other = add_space(s, "Room Escher").id
    monday = next_monday()
    tuesday = monday + timedelta(days=1)

    with any_db.write() as s:
        first = create_booking(s, request(room, at(monday, 9), at(monday, 11, 30)), SYSTEM).id
        second = create_booking(s, request(room, at(monday, 13), at(monday, 14)), SYSTEM).id
    with any_db.write() as s:
        row = day_row(s, monday, room)
        assert row is not None and (row["seconds"], row["bookings"]) == (12_600, 2)
        assert hours(row) == {9: 3_600, 10: 3_600, 11: 1_800, 13: 3_600}
        assert stored(s) == counted_again(s)

    # moved to another room and day; a change of title alone counts nothing again
    with any_db.write() as s:
        move_booking(
            s, first, SYSTEM, start_at=at(tuesday, 10), end_at=at(tuesday, 12), space_id=other
        )
        update_booking(s, second, request(room, at(monday, 13), at(monday, 14), "Renamed"), SYSTEM)
    with any_db.write() as s:
        row = day_row(s, monday, room)
        assert row is not None and (row["seconds"], row["bookings"]) == (3_600, 1)
        moved = day_row(s, tuesday, other)
        assert moved is not None and hours(moved) == {10: 3_600, 11: 3_600}
        assert stored(s) == counted_again(s)

    # cancelled: the day it leaves empty has no row
    with any_db.write() as s:
        cancel_booking(s, second, SYSTEM)
    with any_db.write() as s:
        assert day_row(s, monday, room) is None
        assert stored(s) == counted_again(s)

    # a series, then its later dates cancelled
    with any_db.write() as s:
        made = create_series(
            s,
            request(room, at(monday, 15), at(monday, 16, 15)),
            Recurrence(until=monday + timedelta(weeks=3)),
            SYSTEM,
        )
    assert len(made.booking_ids) == 4
    with any_db.write() as s:
        assert [day_row(s, monday + timedelta(weeks=n), room) is not None for n in range(4)] == [
            True
        ] * 4
        cancel_following(s, made.booking_ids[1], SYSTEM)
    with any_db.write() as s:
        assert [day_row(s, monday + timedelta(weeks=n), room) is not None for n in range(4)] == [
            True,
            False,
            False,
            False,
        ]
        assert stored(s) == counted_again(s)


def a_room(db: Database) -> int:
    with db.write() as s:
        ensure_defaults(s)
        return add_space(s, "Room Mesdag").id


def test_a_refused_move_leaves_the_days_as_they_were(any_db: Database) -> None:
    room = a_room(any_db)
    monday = next_monday()
    with any_db.write() as s:
        first = create_booking(s, request(room, at(monday, 9), at(monday, 10)), SYSTEM).id
        create_booking(s, request(room, at(monday, 11), at(monday, 12)), SYSTEM)
        before = stored(s)
    with any_db.write() as s:
        # refused inside the transaction, which goes on
        with pytest.raises(BookingConflict):
            move_booking(s, first, SYSTEM, start_at=at(monday, 11), end_at=at(monday, 12))
        assert stored(s) == before
    with any_db.write() as s:
        assert stored(s) == before == counted_again(s)


def _change_zone(db: Database, zone: str) -> None:
    with db.read() as s:
        form = HubSettingsInput.from_record(get_settings(s))
    with db.write() as s:
        update_settings(s, SYSTEM, dataclasses.replace(form, time_zone=zone))


def test_a_new_time_zone_counts_the_days_again(db: Database) -> None:
    room = a_room(db)
    monday = next_monday()
    with db.write() as s:
        # 08:30-10:00 in The Hague: 06:30-08:00 or 07:30-09:00 in UTC
        create_booking(s, request(room, at(monday, 8, 30), at(monday, 10)), SYSTEM)
    _change_zone(db, "UTC")
    with db.read() as s:
        assert s.scalar(select(HubSettings.booked_days_zone)) == "UTC"
        row = day_row(s, monday, room)
        offset = at(monday, 8).utcoffset()
        assert offset is not None
        start = 8 - int(offset.total_seconds()) // 3600
        assert hours(row) == {start: 1_800, start + 1: 3_600}


def test_opening_a_database_counts_days_never_counted(tmp_path: Path) -> None:
    path = tmp_path / "hub.sqlite"
    database = Database.open(path)
    with database.write() as s:
        ensure_defaults(s)
        room = add_space(s, "Room Mesdag").id
    monday = next_monday()
    with database.write() as s:
        create_booking(s, request(room, at(monday, 9), at(monday, 10)), SYSTEM)
        expected = stored(s)
        # as a database from before the table: empty, and no zone noted
        s.execute(delete(booked_days))
        s.execute(update(HubSettings).values(booked_days_zone=None))
    database.close()
    core = Core.open(path)
    try:
        with core.db.read() as s:
            assert stored(s) == expected and expected
            assert s.scalar(select(HubSettings.booked_days_zone)) == ZONE
            assert not days.is_stale(s)
    finally:
        core.db.close()


def test_two_desks_book_one_room_on_one_day_at_once(pg_server: str) -> None:
    """Desk A's booking is not committed yet when desk B books the same room
    later that day: B waits for A's row of the day, then adds to it."""
    from tests.conftest import _fresh_pg_database

    database = Database.open(_fresh_pg_database(pg_server))
    room = a_room(database)
    monday = next_monday()
    outcome: dict[str, object] = {}
    a_has_booked = threading.Event()
    b_started = threading.Event()

    def desk_b() -> None:
        a_has_booked.wait(timeout=30)
        b_started.set()
        try:
            with database.write() as s:
                create_booking(s, request(room, at(monday, 14), at(monday, 15)), SYSTEM)
            outcome["b"] = "booked"
        except Exception as error:  # the failure this test is about
            outcome["b"] = error

    thread = threading.Thread(target=desk_b)
    thread.start()
    with database.write() as s:
        create_booking(s, request(room, at(monday, 9), at(monday, 10)), SYSTEM)
        a_has_booked.set()
        b_started.wait(timeout=30)
        threading.Event().wait(0.5)  # B is now waiting for A's row
    thread.join(timeout=60)
    assert outcome["b"] == "booked", outcome
    with database.write() as s:
        row = day_row(s, monday, room)
        assert row is not None and (row["seconds"], row["bookings"]) == (7_200, 2)
        assert stored(s) == counted_again(s)
    database.close()


def test_rooms_of_every_kind_and_nothing_booked(db: Database) -> None:
    with db.write() as s:
        ensure_defaults(s)
        add_space(s, "Desk 1", SpaceKind.FLEX_DESK)
        assert counted_again(s) == []
        assert s.scalar(select(HubSettings.booked_days_zone)) == ZONE


def _stored_booking(session: Session, space_id: int, start: datetime, end: datetime) -> Booking:
    """A booking as stored (times the desk would refuse: at night, for days),
    counted as the booking service counts it."""
    booking = Booking(
        space_id=space_id,
        customer_name="Night owls",
        start_at=start,
        end_at=end,
        blocked_until=end,
        status=BookingStatus.CONFIRMED,
        created_at=start,
    )
    session.add(booking)
    session.flush()
    days.add(session, space_id, start, end, ZoneInfo(ZONE))
    return booking


def test_one_booking_is_cut_as_all_of_them_are(any_db: Database) -> None:
    """A booking's time is cut into days and hours by itself when it is
    stored, and with all others when the table is counted again: over
    midnight, through both clock changes, ending at midnight, for a month."""
    zone = ZoneInfo(ZONE)

    def local(day: date, hour: int, minute: int = 0, *, fold: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), zone).replace(fold=fold)

    spring, autumn = date(2026, 3, 29), date(2026, 10, 25)
    with any_db.write() as s:
        ensure_defaults(s)
        room = add_space(s, "Room Mesdag").id
        hall = add_space(s, "Zaal", SpaceKind.EVENT_SPACE).id
        _stored_booking(s, room, local(spring, 0, 30), local(spring, 4))
        # 01:30 summer time to 03:30 winter time: 02:xx twice
        _stored_booking(s, room, local(autumn, 1, 30), local(autumn, 3, 30))
        _stored_booking(s, room, local(date(2026, 5, 4), 22), local(date(2026, 5, 5), 2))
        _stored_booking(s, room, local(date(2026, 5, 6), 20), local(date(2026, 5, 7), 0))
        month = _stored_booking(s, hall, local(date(2026, 10, 10), 9), local(date(2026, 11, 9), 17))
    with any_db.write() as s:
        row = day_row(s, autumn, room)
        assert row is not None and row["seconds"] == 3 * 3_600
        assert hours(row) == {1: 1_800, 2: 7_200, 3: 1_800}
        row = day_row(s, spring, room)
        assert row is not None and row["seconds"] == int(2.5 * 3_600)
        assert hours(row) == {0: 1_800, 1: 3_600, 3: 3_600}  # the clock skips 02:00-03:00
        assert day_row(s, date(2026, 5, 7), room) is None  # ended at midnight
        assert hours(day_row(s, date(2026, 5, 5), room)) == {0: 3_600, 1: 3_600}
        hall_days = s.execute(
            select(booked_days.c.day, booked_days.c.seconds, booked_days.c.bookings).where(
                booked_days.c.space_id == hall
            )
        ).all()
        assert len(hall_days) == 31 and sum(b for _d, _s, b in hall_days) == 1
        assert stored(s) == counted_again(s)
    # taken out again (through the desk's change), it leaves nothing behind
    with any_db.write() as s:
        found = s.get(Booking, month.id)
        assert found is not None
        with days.changing(s, found, zone):
            found.status = BookingStatus.CANCELLED
            found.cancelled_at = found.start_at
    with any_db.write() as s:
        assert not s.execute(select(booked_days).where(booked_days.c.space_id == hall)).all()
        assert stored(s) == counted_again(s)
