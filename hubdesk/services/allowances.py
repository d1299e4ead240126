"""Meeting-room hours and flex days a plan includes, and how much of them a
holder has used in a month.

The holder of an allowance is an organisation (its members share it) or, for
a member without an organisation, that member's own membership. A plan's
allowance is per seat: a membership of three seats on a plan with four room
hours includes twelve. Flex use is counted in half days (see
:func:`hubdesk.domain.pricing.flex_units`); a plan with ``included_flex_days``
of None makes flex use unlimited.

Usage counts active bookings and late cancellations (those stay charged and
keep their allowance), in the hub's local calendar month of their start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import BookingStatus, SpaceKind
from hubdesk.domain.models import Booking, Membership, Plan, Space
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


def _holder_clause(holder: Holder) -> ColumnElement[bool]:
    if holder.organisation_id is not None:
        return Booking.organisation_id == holder.organisation_id
    return and_(Booking.member_id == holder.member_id, Booking.organisation_id.is_(None))


def _counts() -> ColumnElement[bool]:
    return or_(Booking.status != BookingStatus.CANCELLED, Booking.late_cancellation.is_(True))


def included(session: Session, holder: Holder, day: date) -> tuple[bool, int, int | None]:
    """(has a live plan, room minutes, flex half days or None) on ``day``."""
    if not holder.known:
        return False, 0, 0
    query = (
        select(Plan.included_room_minutes, Plan.included_flex_days, Membership.seats)
        .join(Plan, Plan.id == Membership.plan_id)
        .where(
            Membership.start_date <= day,
            or_(Membership.end_date.is_(None), Membership.end_date >= day),
        )
    )
    if holder.organisation_id is not None:
        query = query.where(Membership.organisation_id == holder.organisation_id)
    else:
        query = query.where(Membership.member_id == holder.member_id)
    rows = session.execute(query).all()
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
    """(room minutes, flex half days) the holder used in the month of ``day``;
    ``exclude`` leaves one booking out (the one being changed)."""
    if not holder.known:
        return 0, 0
    start, end = month_bounds(day, tz)
    query = (
        select(Space.kind, Booking.start_at, Booking.end_at)
        .join(Space, Space.id == Booking.space_id)
        .where(
            _holder_clause(holder),
            Booking.start_at >= start,
            Booking.start_at < end,
            Space.kind.in_((*ROOM_KINDS, *FLEX_KINDS)),
            _counts(),
        )
    )
    if exclude is not None:
        query = query.where(Booking.id != exclude)
    room = flex = 0
    for kind, begin, finish in session.execute(query):
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
