"""What the calendar shows for a run of days, read in one transaction.

The calendar page asks once per load: the hub's zone and opening hours, the
rooms it draws as columns, their bookings in those days (one
:func:`~hubdesk.services.bookings.bookings_between` query), and the flex
desks' occupancy per half day. Days are the hub's local calendar days.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from hubdesk.domain.enums import SpaceKind
from hubdesk.services.bookings import (
    BookableSpace,
    BookingRecord,
    FlexDay,
    bookable_spaces,
    bookings_between,
    flex_occupancy,
    hub_zone,
    opening_hours_on,
)

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
    zone = hub_zone(session)
    shown = tuple(first + timedelta(days=n) for n in range(days))
    hours = tuple(DayHours(day, opening_hours_on(session, day)) for day in shown)
    monday = week_of(first)
    week = [opening_hours_on(session, monday + timedelta(days=n)) for n in range(7)]
    open_days = [span for span in week if span is not None]
    usual = (
        (min(span[0] for span in open_days), max(span[1] for span in open_days))
        if open_days
        else None
    )
    rooms = tuple(bookable_spaces(session, CALENDAR_KINDS))
    wanted = [room.id for room in rooms] if space_ids is None else list(space_ids)
    start = datetime.combine(first, time(0), zone)
    end = datetime.combine(first + timedelta(days=days), time(0), zone)
    found = tuple(bookings_between(session, start, end, space_ids=wanted)) if wanted else ()
    flex = tuple(flex_occupancy(session, first, days))
    return Agenda(zone, hours, usual, rooms, found, flex)
