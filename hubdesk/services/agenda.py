"""What the calendar shows for a run of days, read in one transaction.

The calendar page asks once per load: the hub's zone and opening hours, the
rooms it draws as columns, their bookings in those days, and the flex desks'
occupancy per half day. Days are the hub's local calendar days.

It must be quick (a day of 50 rooms is built and painted in 50 ms), so it
reads plain columns instead of ORM objects: one query for the spaces and one
for the bookings of the rooms shown and of the flex desks together. The
results are the bookings service's own records (:class:`BookingRecord`,
:class:`BookableSpace`, :class:`FlexDay`), equal to what
:func:`~hubdesk.services.bookings.bookings_between`,
:func:`~hubdesk.services.bookings.bookable_spaces` and
:func:`~hubdesk.services.bookings.flex_occupancy` give (a test holds them to it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import BookingStatus, SpaceKind
from hubdesk.domain.models import (
    MAX_BOOKING_DAYS,
    Booking,
    HubSettings,
    Space,
)
from hubdesk.domain.pricing import Rates
from hubdesk.services.bookings import (
    BookableSpace,
    BookingRecord,
    FlexDay,
    count_flex,
    record_query,
    to_record,
)
from hubdesk.services.hub import hub_zone, opening_hours_on

#: The spaces the calendar draws as columns (flex desks are counted, not drawn).
CALENDAR_KINDS = (SpaceKind.MEETING_ROOM, SpaceKind.EVENT_SPACE)


@dataclass(frozen=True)
class DayHours:
    day: date
    #: Opening and closing time; None when the hub is closed that day.
    hours: tuple[time, time] | None


@dataclass(frozen=True)
class Agenda:
    zone: ZoneInfo
    days: tuple[DayHours, ...]
    #: The earliest opening and latest closing of the week's open days (for a
    #: closed day's rows); None when the hub is never open.
    usual_hours: tuple[time, time] | None
    #: Every room the calendar can show, by kind, floor and name.
    rooms: tuple[BookableSpace, ...]
    #: Active bookings of the shown rooms meeting the days, in time order.
    bookings: tuple[BookingRecord, ...]
    flex: tuple[FlexDay, ...]


def week_of(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def agenda(
    session: Session,
    first: date,
    days: int,
    *,
    space_ids: Sequence[int] | None = None,
) -> Agenda:
    """The calendar's data for ``days`` local days from ``first``; bookings
    only of ``space_ids`` when given (the week view of one room), else of
    every room."""
    # held while reading: the session's identity map keeps a row only while
    # something refers to it, and each helper below asks for the settings
    settings = session.get(HubSettings, 1)
    zone = hub_zone(session)
    shown = tuple(first + timedelta(days=n) for n in range(days))
    hours = tuple(DayHours(day, opening_hours_on(session, day)) for day in shown)
    monday = week_of(first)
    week = [opening_hours_on(session, monday + timedelta(days=n)) for n in range(7)]
    del settings
    open_days = [span for span in week if span is not None]
    usual = (
        (min(span[0] for span in open_days), max(span[1] for span in open_days))
        if open_days
        else None
    )
    rooms, desks = _spaces(session)
    wanted = {room.id for room in rooms} if space_ids is None else set(space_ids)
    start = datetime.combine(first, time(0), zone)
    end = datetime.combine(first + timedelta(days=days), time(0), zone)
    found = _bookings(session, start, end, [*wanted, *desks]) if wanted or desks else []
    records = tuple(record for record in found if record.space_id in wanted)
    flex = count_flex(
        [record for record in found if record.space_kind == SpaceKind.FLEX_DESK],
        len(desks),
        shown,
        zone,
    )
    return Agenda(zone, hours, usual, rooms, records, flex)


def _spaces(session: Session) -> tuple[tuple[BookableSpace, ...], list[int]]:
    """The active rooms (by kind, floor, name) and the active flex desks' ids."""
    query = select(
        Space.id,
        Space.name,
        Space.kind,
        Space.floor,
        Space.capacity,
        Space.amenities,
        Space.buffer_minutes,
        Space.price_hour,
        Space.price_half_day,
        Space.price_day,
    ).where(Space.active.is_(True), Space.kind.in_([*CALENDAR_KINDS, SpaceKind.FLEX_DESK]))
    rooms: list[BookableSpace] = []
    desks: list[int] = []
    for row in session.execute(query):
        if row.kind == SpaceKind.FLEX_DESK:
            desks.append(row.id)
            continue
        rooms.append(
            BookableSpace(
                row.id,
                row.name,
                row.kind,
                row.floor,
                row.capacity,
                tuple(row.amenities or ()),
                row.buffer_minutes,
                Rates(row.price_hour, row.price_half_day, row.price_day),
            )
        )
    order = {kind: index for index, kind in enumerate(CALENDAR_KINDS)}
    rooms.sort(key=lambda s: (order[s.kind], s.floor, s.name))
    return tuple(rooms), desks


def _bookings(
    session: Session, start: datetime, end: datetime, space_ids: Sequence[int]
) -> list[BookingRecord]:
    """Active bookings of ``space_ids`` that meet [start, end), in time order
    (what ``bookings_between`` gives, read as plain columns)."""
    values = {
        "space_ids": list(space_ids),
        "start": start,
        "end": end,
        "earliest": start - timedelta(days=MAX_BOOKING_DAYS + 1),
    }
    return [to_record(row) for row in session.execute(_bookings_query(), values)]


@cache
def _bookings_query() -> Any:
    """The bookings service's record columns, with bound parameters, built once."""
    return (
        record_query()
        .where(
            Booking.space_id.in_(bindparam("space_ids", expanding=True)),
            Booking.start_at < bindparam("end", type_=Booking.start_at.type),
            Booking.end_at > bindparam("start", type_=Booking.end_at.type),
            Booking.start_at >= bindparam("earliest", type_=Booking.start_at.type),
            Booking.status != BookingStatus.CANCELLED,
        )
        .order_by(Booking.start_at, Booking.space_id)
    )
