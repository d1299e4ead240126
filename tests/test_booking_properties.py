"""Random sequences of create, move and cancel: the service accepts exactly
what a simple model says is free, and the stored bookings never overlap, the
spaces' buffers included."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from hubdesk.db import Database
from hubdesk.domain.enums import BookingStatus
from hubdesk.domain.errors import BookingConflict
from hubdesk.domain.models import Booking, BookingStatusChange
from hubdesk.services.audit import SYSTEM
from hubdesk.services.bookings import (
    BookingRequest,
    cancel_booking,
    create_booking,
    move_booking,
)
from hubdesk.services.hub import ensure_defaults
from tests.helpers import add_space

TZ = ZoneInfo("Europe/Amsterdam")
DAY = date(2027, 3, 1)
#: Buffers of the three rooms, in minutes.
BUFFERS = (0, 15, 30)
SLOT = timedelta(minutes=15)

slot = st.integers(min_value=0, max_value=8 * 4 - 1)  # quarter hours from 08:00
length = st.integers(min_value=1, max_value=12)  # 15 min to 3 h
operation = st.one_of(
    st.tuples(st.just("create"), st.integers(0, 2), slot, length),
    st.tuples(st.just("move"), st.integers(0, 30), st.integers(0, 2), slot, length),
    st.tuples(st.just("cancel"), st.integers(0, 30)),
)


def _instant(quarter: int) -> datetime:
    return datetime.combine(DAY, time(8), TZ) + quarter * SLOT


@pytest.fixture
def rooms(any_db: Database) -> list[int]:
    with any_db.write() as s:
        ensure_defaults(s)
        return [
            add_space(s, f"Room {n}", buffer_minutes=buffer).id for n, buffer in enumerate(BUFFERS)
        ]


def _free(
    model: dict[int, tuple[int, int, int]], room: int, start: int, end: int, skip: int = 0
) -> bool:
    """Whether [start, end) (in quarters) plus the room's buffer is free."""
    buffer = BUFFERS[room] // 15
    return all(
        not (start < other_end + buffer and other_start < end + buffer)
        for booking_id, (other_room, other_start, other_end) in model.items()
        if other_room == room and booking_id != skip
    )


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(operation, min_size=1, max_size=25))
def test_random_create_move_cancel_never_overlaps(
    any_db: Database, rooms: list[int], operations: list[tuple[object, ...]]
) -> None:
    with any_db.write() as s:
        s.execute(delete(BookingStatusChange))
        s.execute(delete(Booking))
    model: dict[int, tuple[int, int, int]] = {}  # id -> (room index, start, end) in quarters
    made: list[int] = []
    for op in operations:
        if op[0] == "create":
            _, room, start, size = op
            assert isinstance(room, int) and isinstance(start, int) and isinstance(size, int)
            end = min(start + size, 40)
            expected = _free(model, room, start, end)
            request = BookingRequest(
                rooms[room], _instant(start), _instant(end), customer_name="Acme"
            )
            try:
                with any_db.write() as s:
                    booking_id = create_booking(s, request, SYSTEM).id
            except BookingConflict:
                assert not expected
            else:
                assert expected
                model[booking_id] = (room, start, end)
                made.append(booking_id)
        elif op[0] == "move" and made:
            _, pick, room, start, size = op
            assert isinstance(pick, int) and isinstance(room, int)
            assert isinstance(start, int) and isinstance(size, int)
            booking_id = made[pick % len(made)]
            if booking_id not in model:
                continue
            end = min(start + size, 40)
            expected = _free(model, room, start, end, skip=booking_id)
            try:
                with any_db.write() as s:
                    move_booking(
                        s,
                        booking_id,
                        SYSTEM,
                        start_at=_instant(start),
                        end_at=_instant(end),
                        space_id=rooms[room],
                    )
            except BookingConflict:
                assert not expected
            else:
                assert expected
                model[booking_id] = (room, start, end)
        elif op[0] == "cancel" and made:
            _, pick = op
            assert isinstance(pick, int)
            booking_id = made[pick % len(made)]
            if booking_id in model:
                with any_db.write() as s:
                    cancel_booking(s, booking_id, SYSTEM)
                del model[booking_id]
        _assert_no_overlap(any_db, rooms, model)


def _assert_no_overlap(
    db: Database, rooms: list[int], model: dict[int, tuple[int, int, int]]
) -> None:
    with db.read() as s:
        rows = s.execute(
            select(
                Booking.id,
                Booking.space_id,
                Booking.start_at,
                Booking.end_at,
                Booking.blocked_until,
            )
            .where(Booking.status != BookingStatus.CANCELLED)
            .order_by(Booking.space_id, Booking.start_at)
        ).all()
    assert {row.id for row in rows} == set(model)
    for row in rows:
        room, start, end = model[row.id]
        assert (row.space_id, row.start_at, row.end_at) == (
            rooms[room],
            _instant(start),
            _instant(end),
        )
        assert row.blocked_until == row.end_at + timedelta(minutes=BUFFERS[room])
    for before, after in itertools.pairwise(rows):
        if before.space_id == after.space_id:
            assert after.start_at >= before.blocked_until
