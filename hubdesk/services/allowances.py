"""Meeting-room hours and flex days a plan includes, and how much of them a
holder has used in a month.

The holder of an allowance is an organisation (its members share it) or, for
a member without an organisation, that member's own membership. A plan's
allowance is per seat: a membership of three seats on a plan with four room
hours includes twelve. Flex use is counted in half days (see
:func:`hubdesk.domain.pricing.flex_units`); a plan with ``included_flex_days``
of None makes flex use unlimited.

Usage counts active bookings and late cancellations (those stay charged and
keep their allowance), in the hub's local calendar month of their start; flex
use also counts the half days visits used (``CheckIn.flex_units``: a member
who walks in without a flex reservation uses a day of the holder's flex days).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Date, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import BookingStatus, SpaceKind
from hubdesk.domain.models import Booking, CheckIn, Member, Membership, Plan, Space
from hubdesk.domain.pricing import HALF_DAY_MINUTES

#: Space kinds whose use counts against an allowance, and in which unit.
ROOM_KINDS = (SpaceKind.MEETING_ROOM,)
FLEX_KINDS = (SpaceKind.FLEX_DESK,)


@dataclass(frozen=True, slots=True)
class Holder:
    """Whose allowance a booking draws on: an organisation or a lone member."""

    organisation_id: int | None = None
    member_id: int | None = None

    @property
    def known(self) -> bool:
        return self.organisation_id is not None or self.member_id is not None


@dataclass(frozen=True, slots=True)
class Allowance:
    """A holder's allowance and use in one month (``month`` is its first day)."""

    month: date
    has_plan: bool
    room_minutes: int
    room_minutes_used: int
    #: In half days; None = unlimited.
    flex_units: int | None
    flex_units_used: int

    @property
    def room_minutes_left(self) -> int:
        return max(0, self.room_minutes - self.room_minutes_used)

    @property
    def flex_units_left(self) -> int | None:
        if self.flex_units is None:
            return None
        return max(0, self.flex_units - self.flex_units_used)


def month_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The instants where the local month of ``day`` starts and ends."""
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return (
        datetime.combine(first, time(0), tz),
        datetime.combine(following, time(0), tz),
    )


@cache
def _included_query(by_organisation: bool) -> Any:
    """Live memberships' room minutes, flex days and seats, built once."""
    holder = (
        Membership.organisation_id == bindparam("holder")
        if by_organisation
        else Membership.member_id == bindparam("holder")
    )
    return (
        select(Plan.included_room_minutes, Plan.included_flex_days, Membership.seats)
        .join(Plan, Plan.id == Membership.plan_id)
        .where(
            holder,
            Membership.start_date <= bindparam("day", type_=Date),
            or_(
                Membership.end_date.is_(None),
                Membership.end_date >= bindparam("day", type_=Date),
            ),
        )
    )


@cache
def _used_query(by_organisation: bool) -> Any:
    """A holder's counted bookings of rooms and flex desks in a period, built once."""
    holder: ColumnElement[bool] = (
        Booking.organisation_id == bindparam("holder")
        if by_organisation
        else and_(Booking.member_id == bindparam("holder"), Booking.organisation_id.is_(None))
    )
    return (
        select(Booking.id, Space.kind, Booking.start_at, Booking.end_at)
        .join(Space, Space.id == Booking.space_id)
        .where(
            holder,
            Booking.start_at >= bindparam("start", type_=Booking.start_at.type),
            Booking.start_at < bindparam("end", type_=Booking.start_at.type),
            Space.kind.in_((*ROOM_KINDS, *FLEX_KINDS)),
            or_(Booking.status != BookingStatus.CANCELLED, Booking.late_cancellation.is_(True)),
        )
    )


@cache
def _visits_query(by_organisation: bool) -> Any:
    """The half days of flex allowance a holder's visits (check-ins) used in a
    period, built once."""
    who: ColumnElement[bool] = (
        CheckIn.member_id.in_(
            select(Member.id).where(Member.organisation_id == bindparam("holder"))
        )
        if by_organisation
        else CheckIn.member_id == bindparam("holder")
    )
    return select(func.coalesce(func.sum(CheckIn.flex_units), 0)).where(
        who,
        CheckIn.in_at >= bindparam("start", type_=CheckIn.in_at.type),
        CheckIn.in_at < bindparam("end", type_=CheckIn.in_at.type),
    )


def _holder_values(holder: Holder) -> tuple[bool, int | None]:
    if holder.organisation_id is not None:
        return True, holder.organisation_id
    return False, holder.member_id


def included(session: Session, holder: Holder, day: date) -> tuple[bool, int, int | None]:
    """(has a live plan, room minutes, flex half days or None) on ``day``."""
    if not holder.known:
        return False, 0, 0
    by_organisation, holder_id = _holder_values(holder)
    rows = session.execute(
        _included_query(by_organisation), {"holder": holder_id, "day": day}
    ).all()
    minutes = sum(room * seats for room, _flex, seats in rows)
    flex: int | None = 0
    for _room, days, seats in rows:
        if days is None:
            flex = None
            break
        flex = (flex or 0) + days * seats * 2
    return bool(rows), minutes, flex


def used(
    session: Session,
    holder: Holder,
    day: date,
    tz: ZoneInfo,
    *,
    exclude: int | None = None,
) -> tuple[int, int]:
    """(room minutes, flex half days) the holder used in the month of ``day``:
    bookings, and visits without a flex reservation (see
    :mod:`hubdesk.services.frontdesk`); ``exclude`` leaves one booking out
    (the one being changed)."""
    if not holder.known:
        return 0, 0
    by_organisation, holder_id = _holder_values(holder)
    start, end = month_bounds(day, tz)
    values = {"holder": holder_id, "start": start, "end": end}
    found = session.execute(_used_query(by_organisation), values)
    room = 0
    flex = int(session.execute(_visits_query(by_organisation), values).scalar_one())
    for booking_id, kind, begin, finish in found:
        if booking_id == exclude:
            continue
        minutes = int((finish - begin).total_seconds() // 60)
        if kind in ROOM_KINDS:
            room += minutes
        else:
            flex += 1 if minutes <= HALF_DAY_MINUTES else 2
    return room, flex


def allowance(
    session: Session, holder: Holder, day: date, tz: ZoneInfo, *, exclude: int | None = None
) -> Allowance:
    has_plan, room, flex = included(session, holder, day)
    room_used, flex_used = used(session, holder, day, tz, exclude=exclude)
    return Allowance(day.replace(day=1), has_plan, room, room_used, flex, flex_used)
