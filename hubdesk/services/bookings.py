"""Booking spaces: create, change, move, cancel, price, and read back.

The database refuses overlaps (triggers on SQLite, an exclusion constraint on
PostgreSQL); this module validates the input first, prices the booking against
the holder's allowance, computes ``blocked_until`` from the space's buffer, and
turns a refusal into a :class:`BookingConflict` that names the bookings in the
way. Every change leaves a :class:`BookingStatusChange` row and an audit entry.

Rules a caller should know:

* Times are aware datetimes; they are stored in UTC and judged (opening hours,
  months, prices) in the hub's time zone.
* Reception cannot book or move into the past (a quarter of an hour of grace,
  so "now" still works) nor outside opening hours; a manager can, the latter
  only by asking for it (``override_hours``).
* ``space_id=None`` books the flex pool: the first free flex desk.
* Cancelling inside the hub's free-cancellation window keeps the booking's
  charge (``late_cancellation``); earlier it is free.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import Table, bindparam, exc, insert, select
from sqlalchemy.orm import Session, aliased

from hubdesk.db import is_deadlock, translate
from hubdesk.domain import wall_clock
from hubdesk.domain.enums import BookingStatus, SpaceKind
from hubdesk.domain.errors import (
    BookingConflict,
    ConflictingBooking,
    HubdeskError,
    ValidationError,
)
from hubdesk.domain.i18n import N_, _
from hubdesk.domain.models import (
    MAX_BOOKING_DAYS,
    Booking,
    BookingStatusChange,
    Member,
    Organisation,
    Space,
)
from hubdesk.domain.money import Money
from hubdesk.domain.pricing import Rates, charge, flex_units, list_price
from hubdesk.services import booked_days
from hubdesk.services.allowances import FLEX_KINDS, ROOM_KINDS, Allowance, Holder, allowance
from hubdesk.services.audit import Actor, record
from hubdesk.services.clock import now_utc
from hubdesk.services.hub import HubRules, hours_of, hub_rules, hub_zone

#: Kinds of space that are booked by the hour or day (offices and dedicated
#: desks are let through leases and memberships instead).
BOOKABLE_KINDS = (
    SpaceKind.MEETING_ROOM,
    SpaceKind.EVENT_SPACE,
    SpaceKind.FLEX_DESK,
)
#: Where a flex desk's morning ends and its afternoon begins.
HALF_DAY_SPLIT = time(13)
#: How far into the past reception may still start a booking ("now").
PAST_GRACE = timedelta(minutes=15)
WEEKDAY_NAMES = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)


class BookingNotFound(HubdeskError):
    def __init__(self) -> None:
        super().__init__(_("That booking no longer exists"))


class BookingClosed(HubdeskError):
    """A cancelled or past booking cannot be changed (by this actor)."""


@dataclass(frozen=True)
class BookingRequest:
    #: None books the flex pool (any free flex desk).
    space_id: int | None
    start_at: datetime
    end_at: datetime
    title: str = ""
    people: int = 1
    member_id: int | None = None
    organisation_id: int | None = None
    customer_name: str = ""
    notes: str = ""
    #: A manager may book outside opening hours when asking for it.
    override_hours: bool = False
    #: Which of a wall-clock time that occurs twice (the night the clocks go
    #: back) the start or end is: 0 the first (summer time), 1 the second
    #: (winter time); None when not asked, which refuses such a time.
    start_fold: int | None = None
    end_fold: int | None = None


@dataclass(frozen=True)
class Quote:
    """What a booking would cost, before it is saved."""

    list_price: Money
    covered_minutes: int
    charge: Money
    #: The holder's allowance in the booking's month (None: no holder).
    allowance: Allowance | None
    #: "room", "flex" or "" (no allowance applies to this space).
    unit: str
    #: Bookings in the way of this one (a save would be refused); checked for
    #: one space, not for the flex pool (which takes any free desk).
    conflicts: tuple[ConflictingBooking, ...] = ()

    @property
    def billable(self) -> bool:
        return self.charge.cents > 0


@dataclass(frozen=True)
class BookingRecord:
    id: int
    space_id: int
    space_name: str
    space_kind: SpaceKind
    start_at: datetime
    end_at: datetime
    blocked_until: datetime
    title: str
    people: int
    member_id: int | None
    member_name: str
    organisation_id: int | None
    organisation_name: str
    customer_name: str
    notes: str
    status: BookingStatus
    series_id: int | None
    price: Money
    billable: bool
    late_cancellation: bool

    @property
    def booker(self) -> str:
        """Who the booking is for, as reception says it."""
        return booker_text(self.member_name, self.organisation_name, self.customer_name)

    @property
    def cancelled(self) -> bool:
        return self.status == BookingStatus.CANCELLED

    def request(self, **changes: Any) -> BookingRequest:
        """The request that would make this booking again, with ``changes``."""
        values: dict[str, Any] = {
            "space_id": self.space_id,
            "start_at": self.start_at,
            "end_at": self.end_at,
            "title": self.title,
            "people": self.people,
            "member_id": self.member_id,
            "organisation_id": self.organisation_id,
            "customer_name": self.customer_name,
            "notes": self.notes,
        }
        values.update(changes)
        return BookingRequest(**values)


def booker_text(member_name: str, organisation_name: str, customer_name: str) -> str:
    """'Jan Visser (Stichting Noordzee)', or whichever of the three there is."""
    if member_name and organisation_name:
        return f"{member_name} ({organisation_name})"
    return member_name or organisation_name or customer_name


@dataclass(frozen=True)
class StatusEntry:
    at: datetime
    status: str
    detail: str


@dataclass(frozen=True)
class CancellationTerms:
    late: bool
    charge: Money
    #: Until when cancelling is free.
    free_until: datetime


def rates_of(space: Space) -> Rates:
    return Rates(space.price_hour, space.price_half_day, space.price_day)


def local_text(instant: datetime, tz: ZoneInfo) -> str:
    return instant.astimezone(tz).strftime("%Y-%m-%d %H:%M")


# ------------------------------------------------------------------- validation


@dataclass(frozen=True)
class _Checked:
    request: BookingRequest
    start: datetime
    end: datetime
    spaces: tuple[_Space, ...]
    booker: _Booker
    hub: HubRules

    @property
    def holder(self) -> Holder:
        return self.booker.holder


def check_request(
    session: Session,
    request: BookingRequest,
    actor: Actor,
    *,
    current: Booking | None = None,
) -> _Checked:
    """Validate a request (new, or a change of ``current``); ValidationError
    names the field."""
    start = wall_clock.checked(request.start_at, request.start_fold, field="start_at")
    end = wall_clock.checked(request.end_at, request.end_fold, field="end_at")
    if end <= start:
        raise ValidationError("end_at", _("The end must be after the start"))
    if end - start > timedelta(days=MAX_BOOKING_DAYS):
        raise ValidationError(
            "end_at", _("A booking lasts at most {days} days").format(days=MAX_BOOKING_DAYS)
        )
    if not actor.is_manager:
        now = now_utc(session)
        start_moved = current is None or start != current.start_at
        end_moved = current is None or end != current.end_at
        if start_moved and start < now - PAST_GRACE:
            raise ValidationError("start_at", _("That time has already passed"))
        if end_moved and end <= now:
            raise ValidationError("end_at", _("That time has already passed"))
    spaces = _spaces_for(session, request)
    if request.people < 1:
        raise ValidationError("people", _("At least one person"))
    for space in spaces[:1]:
        if space.capacity and request.people > space.capacity:
            raise ValidationError(
                "people",
                _("{space} holds at most {capacity} people").format(
                    space=space.name, capacity=space.capacity
                ),
            )
    if len(request.title) > 200:
        raise ValidationError("title", _("At most 200 characters"))
    if len(request.customer_name) > 200:
        raise ValidationError("customer_name", _("At most 200 characters"))
    booker = _booker(session, request)
    hub = hub_rules(session)
    if request.override_hours and not actor.is_manager:
        raise ValidationError("start_at", _("Only a manager can book outside opening hours"))
    if not request.override_hours:
        _check_hours(hub, start, end)
    return _Checked(request, start, end, spaces, booker, hub)


@dataclass(frozen=True, slots=True)
class _Space:
    """What booking needs of a space (read as plain columns, not an ORM object)."""

    id: int
    name: str
    kind: SpaceKind
    capacity: int
    buffer_minutes: int
    active: bool
    rates: Rates


@cache
def _space_query() -> Any:
    return select(
        Space.id,
        Space.name,
        Space.kind,
        Space.capacity,
        Space.buffer_minutes,
        Space.active,
        Space.price_hour,
        Space.price_half_day,
        Space.price_day,
    )


def _space(row: Any) -> _Space:
    id_, name, kind, capacity, buffer, active, hour, half_day, day = row
    return _Space(id_, name, kind, capacity, buffer, active, Rates(hour, half_day, day))


@cache
def _one_space_query() -> Any:
    return _space_query().where(Space.id == bindparam("id"))


@cache
def _flex_pool_query() -> Any:
    return (
        _space_query()
        .where(Space.kind == SpaceKind.FLEX_DESK, Space.active.is_(True))
        .order_by(Space.floor, Space.name)
    )


def _spaces_for(session: Session, request: BookingRequest) -> tuple[_Space, ...]:
    if request.space_id is None:
        desks = tuple(_space(row) for row in session.execute(_flex_pool_query()))
        if not desks:
            raise ValidationError("space_id", _("The hub has no flex desks in use"))
        return desks
    row = session.execute(_one_space_query(), {"id": request.space_id}).one_or_none()
    if row is None:
        raise ValidationError("space_id", _("That space does not exist"))
    space = _space(row)
    if not space.active:
        raise ValidationError("space_id", _("{space} is not in use").format(space=space.name))
    if space.kind not in BOOKABLE_KINDS:
        raise ValidationError(
            "space_id",
            _("{space} is let, not booked: offices and dedicated desks have leases").format(
                space=space.name
            ),
        )
    return (space,)


@dataclass(frozen=True)
class _Booker:
    holder: Holder
    member_name: str = ""
    organisation_name: str = ""


@cache
def _member_query() -> Any:
    """A member's name, archived flag and organisation, in one statement."""
    return (
        select(
            Member.first_name,
            Member.last_name,
            Member.archived,
            Member.organisation_id,
            Organisation.name,
        )
        .outerjoin(Organisation, Organisation.id == Member.organisation_id)
        .where(Member.id == bindparam("id"))
    )


def _booker(session: Session, request: BookingRequest) -> _Booker:
    organisation_id = request.organisation_id
    member_name = organisation_name = ""
    if request.member_id is not None:
        member = session.execute(_member_query(), {"id": request.member_id}).one_or_none()
        if member is None:
            raise ValidationError("booker", _("That member does not exist"))
        first, last, archived, member_org, member_org_name = member
        member_name = f"{first} {last}".strip()
        if archived:
            raise ValidationError("booker", _("{name} is archived").format(name=member_name))
        if organisation_id is None and member_org is not None:
            organisation_id, organisation_name = member_org, member_org_name
    if organisation_id is not None and not organisation_name:
        organisation = session.get(Organisation, organisation_id)
        if organisation is None:
            raise ValidationError("booker", _("That organisation does not exist"))
        if organisation.archived and request.member_id is None:
            raise ValidationError("booker", _("{name} is archived").format(name=organisation.name))
        organisation_name = organisation.name
    if organisation_id is None and request.member_id is None and not request.customer_name.strip():
        raise ValidationError(
            "booker", _("Choose a member or an organisation, or type the customer's name")
        )
    holder = Holder(organisation_id, None if organisation_id is not None else request.member_id)
    return _Booker(holder, member_name, organisation_name)


def _check_hours(hub: HubRules, start: datetime, end: datetime) -> None:
    local_start, local_end = start.astimezone(hub.tz), end.astimezone(hub.tz)
    hours = hours_of(hub.opening_hours, local_start.date())
    if hours is None:
        raise ValidationError(
            "start_at",
            _("The hub is closed on {weekday} {day}").format(
                weekday=_(WEEKDAY_NAMES[local_start.weekday()]), day=local_start.date().isoformat()
            ),
        )
    opens, closes = hours
    if local_start.time() < opens:
        raise ValidationError(
            "start_at", _("The hub opens at {time}").format(time=opens.strftime("%H:%M"))
        )
    last = datetime.combine(local_start.date(), closes, hub.tz)
    if local_end > last:
        raise ValidationError(
            "end_at", _("The hub closes at {time}").format(time=closes.strftime("%H:%M"))
        )


# ------------------------------------------------------------------------ price


def _quote(
    session: Session, checked: _Checked, space: _Space, *, exclude: int | None = None
) -> Quote:
    tz = checked.hub.tz
    local_start, local_end = checked.start.astimezone(tz), checked.end.astimezone(tz)
    rates = space.rates
    full = list_price(rates, local_start, local_end)
    minutes = int((checked.end - checked.start).total_seconds() // 60)
    if space.kind not in (*ROOM_KINDS, *FLEX_KINDS) or not checked.holder.known:
        return Quote(full, 0, full, None, "")
    left = allowance(session, checked.holder, local_start.date(), tz, exclude=exclude)
    if space.kind in ROOM_KINDS:
        covered = min(minutes, left.room_minutes_left)
        return Quote(full, covered, charge(rates, local_start, local_end, covered), left, "room")
    units_left = left.flex_units_left
    if units_left is None or flex_units(minutes) <= units_left:
        return Quote(full, minutes, Money(0), left, "flex")
    return Quote(full, 0, full, left, "flex")


def quote(
    session: Session, request: BookingRequest, actor: Actor, *, booking_id: int | None = None
) -> Quote:
    """Price a request as it would be saved (ValidationError when it would be
    refused), and name the bookings in its way, for the booking dialog to
    show before saving."""
    current = session.get(Booking, booking_id) if booking_id is not None else None
    checked = check_request(session, request, actor, current=current)
    space = checked.spaces[0]
    found = _quote(session, checked, space, exclude=booking_id)
    if request.space_id is None:
        return found
    blocked = checked.end + timedelta(minutes=space.buffer_minutes)
    in_the_way = conflicts_for(
        session, space.id, checked.start, blocked, exclude=booking_id, tz=checked.hub.tz
    )
    return replace(found, conflicts=tuple(in_the_way))


# ------------------------------------------------------------------- conflicts


def conflicts_for(
    session: Session,
    space_id: int,
    start_at: datetime,
    blocked_until: datetime,
    *,
    exclude: int | None = None,
    tz: ZoneInfo | None = None,
) -> list[ConflictingBooking]:
    """Active bookings of the space whose blocked time meets [start, blocked_until)."""
    zone = tz or hub_zone(session)
    query = (
        record_query()
        .where(
            Booking.space_id == space_id,
            Booking.status != BookingStatus.CANCELLED,
            Booking.start_at >= start_at - timedelta(days=MAX_BOOKING_DAYS + 1),
            Booking.start_at < blocked_until,
            Booking.blocked_until > start_at,
        )
        .order_by(Booking.start_at)
    )
    if exclude is not None:
        query = query.where(Booking.id != exclude)
    found = []
    for row in session.execute(query):
        booking = to_record(row)
        label = ", ".join(part for part in (booking.title, booking.booker) if part)
        found.append(
            ConflictingBooking(
                booking.id,
                label,
                local_text(booking.start_at, zone),
                booking.end_at.astimezone(zone).strftime("%H:%M"),
            )
        )
    return found


def _table(model: type[Any]) -> Table:
    """The model's table, for Core statements (no ORM flush on the hot path)."""
    return cast(Table, model.__table__)


def insert_guarded(session: Session, values: dict[str, Any]) -> int | None:
    """Insert a booking and return its id; None when the database's overlap
    guard refuses it (the session stays usable: on PostgreSQL the insert runs
    in a savepoint).

    On PostgreSQL two desks inserting overlapping bookings at the same instant
    can each wait for the other inside the exclusion check; the server breaks
    that deadlock by failing one of them. That one retries its insert, which
    then waits for the other to finish and gets a plain conflict (or succeeds
    if the other rolled back)."""
    statement = insert(_table(Booking)).returning(_table(Booking).c.id)
    if session.get_bind().dialect.name == "sqlite":
        # SQLite's guard (RAISE(ABORT) in a trigger) undoes only the refused
        # statement; the transaction goes on, so no savepoint is needed.
        try:
            return int(session.execute(statement, values).scalar_one())
        except exc.DBAPIError as error:
            if isinstance(translate(error), BookingConflict):
                return None
            raise
    for attempt in range(3):
        try:
            with session.begin_nested():
                return int(session.execute(statement, values).scalar_one())
        except exc.DBAPIError as error:
            if isinstance(translate(error), BookingConflict):
                return None
            if is_deadlock(error) and attempt < 2:
                continue
            raise
    raise AssertionError("unreachable")


def _status(session: Session, booking_id: int, status: str, actor: Actor, detail: str = "") -> None:
    session.execute(
        insert(_table(BookingStatusChange)),
        {
            "booking_id": booking_id,
            "at": now_utc(session),
            "status": status,
            "detail": detail,
            "staff_user_id": actor.staff_user_id,
        },
    )


# ---------------------------------------------------------------------- create


def _values(session: Session, checked: _Checked, space: _Space, price: Quote) -> dict[str, Any]:
    request = checked.request
    return {
        "space_id": space.id,
        "member_id": request.member_id,
        "organisation_id": checked.holder.organisation_id,
        "customer_name": request.customer_name.strip(),
        "title": request.title.strip(),
        "people": request.people,
        "notes": request.notes,
        "start_at": checked.start,
        "end_at": checked.end,
        "blocked_until": checked.end + timedelta(minutes=space.buffer_minutes),
        "status": BookingStatus.CONFIRMED,
        "price": price.charge,
        "billable": price.billable,
        "created_at": now_utc(session),
    }


def store_checked(
    session: Session, checked: _Checked, actor: Actor, series_id: int | None = None
) -> BookingRecord:
    """Insert a validated request (the first free desk of the pool), or raise
    BookingConflict naming what is in the way."""
    first = checked.spaces[0]
    price = _quote(session, checked, first)
    for space in checked.spaces:
        values = _values(session, checked, space, price)
        values["series_id"] = series_id
        values["late_cancellation"] = False
        booking_id = insert_guarded(session, values)
        if booking_id is not None:
            booked_days.add(session, space.id, checked.start, checked.end, checked.hub.tz)
            _status(session, booking_id, BookingStatus.CONFIRMED, actor)
            record(
                session,
                actor,
                "create",
                "booking",
                booking_id,
                {
                    "space": (None, space.name),
                    "start": (None, local_text(checked.start, checked.hub.tz)),
                    "end": (None, local_text(checked.end, checked.hub.tz)),
                },
            )
            return _new_record(booking_id, space, checked, values)
    if checked.request.space_id is None:
        raise BookingConflict(_("The flex pool"), ())
    blocked = checked.end + timedelta(minutes=first.buffer_minutes)
    raise BookingConflict(
        first.name,
        conflicts_for(session, first.id, checked.start, blocked, tz=checked.hub.tz),
    )


def _new_record(
    booking_id: int, space: _Space, checked: _Checked, values: dict[str, Any]
) -> BookingRecord:
    return BookingRecord(
        id=booking_id,
        space_id=space.id,
        space_name=space.name,
        space_kind=space.kind,
        start_at=values["start_at"],
        end_at=values["end_at"],
        blocked_until=values["blocked_until"],
        title=values["title"],
        people=values["people"],
        member_id=values["member_id"],
        member_name=checked.booker.member_name,
        organisation_id=values["organisation_id"],
        organisation_name=checked.booker.organisation_name,
        customer_name=values["customer_name"],
        notes=values["notes"],
        status=values["status"],
        series_id=values["series_id"],
        price=values["price"],
        billable=values["billable"],
        late_cancellation=False,
    )


def create_booking(session: Session, request: BookingRequest, actor: Actor) -> BookingRecord:
    """Store one booking, or raise ValidationError / BookingConflict (nothing stored)."""
    return store_checked(session, check_request(session, request, actor), actor)


# ---------------------------------------------------------------------- change


def _open_booking(session: Session, booking_id: int, actor: Actor) -> Booking:
    booking = session.get(Booking, booking_id)
    if booking is None:
        raise BookingNotFound()
    if booking.status == BookingStatus.CANCELLED:
        raise BookingClosed(_("This booking is cancelled; book again instead"))
    if not actor.is_manager and booking.end_at <= now_utc(session):
        raise BookingClosed(_("This booking has already taken place"))
    return booking


def update_booking(
    session: Session, booking_id: int, request: BookingRequest, actor: Actor
) -> BookingRecord:
    """Change a booking: times, space, booker, title, people, notes. A move
    into booked time raises BookingConflict and changes nothing."""
    booking = _open_booking(session, booking_id, actor)
    if request.space_id is None:
        request = replace(request, space_id=booking.space_id)
    checked = check_request(session, request, actor, current=booking)
    space = checked.spaces[0]
    price = _quote(session, checked, space, exclude=booking.id)
    values = _values(session, checked, space, price)
    del values["created_at"], values["status"]
    before = {key: getattr(booking, key) for key in values}
    changed = {key: (before[key], value) for key, value in values.items() if before[key] != value}
    if not changed:
        return get_booking(session, booking.id)
    tz = checked.hub.tz
    moved = any(key in changed for key in ("space_id", "start_at", "end_at"))
    try:
        # the booked days change only when the booking moves
        counted = booked_days.changing(session, booking, tz) if moved else nullcontext()
        with session.begin_nested(), counted:
            for key, value in values.items():
                setattr(booking, key, value)
            session.flush()
    except exc.DBAPIError as error:
        if not isinstance(translate(error), BookingConflict):
            raise
        raise BookingConflict(
            space.name,
            conflicts_for(
                session,
                space.id,
                checked.start,
                values["blocked_until"],
                exclude=booking_id,
                tz=tz,
            ),
        ) from None
    detail = ""
    if moved:
        old_space = session.get(Space, before["space_id"])
        detail = _("moved from {old} to {new}").format(
            old=f"{old_space.name if old_space else ''} {local_text(before['start_at'], tz)}",
            new=f"{space.name} {local_text(checked.start, tz)}",
        )
    _status(session, booking.id, "changed", actor, detail)
    record(
        session,
        actor,
        "update",
        "booking",
        booking.id,
        {key: _audit_value(old, tz) for key, old in changed.items()},
    )
    return get_booking(session, booking.id)


def _audit_value(pair: tuple[Any, Any], tz: ZoneInfo) -> tuple[Any, Any]:
    return tuple(local_text(v, tz) if isinstance(v, datetime) else v for v in pair)  # type: ignore[return-value]


def move_booking(
    session: Session,
    booking_id: int,
    actor: Actor,
    *,
    start_at: datetime,
    end_at: datetime,
    space_id: int | None = None,
) -> BookingRecord:
    """Move or resize a booking (the calendar's drag), keeping everything else."""
    current = get_booking(session, booking_id)
    request = current.request(
        start_at=start_at, end_at=end_at, space_id=space_id or current.space_id
    )
    return update_booking(session, booking_id, request, actor)


# ---------------------------------------------------------------------- cancel


def cancellation_terms(session: Session, booking_id: int) -> CancellationTerms:
    """Whether cancelling now is free or charged (and what it would cost)."""
    booking = session.get(Booking, booking_id)
    if booking is None:
        raise BookingNotFound()
    hub = hub_rules(session)
    free_until = booking.start_at - timedelta(hours=hub.cancellation_free_hours)
    late = now_utc(session) > free_until
    return CancellationTerms(late, booking.price if late else Money(0), free_until)


def cancel_booking(
    session: Session, booking_id: int, actor: Actor, reason: str = ""
) -> CancellationTerms:
    """Cancel a booking; inside the free window it stays charged."""
    booking = _open_booking(session, booking_id, actor)
    terms = cancellation_terms(session, booking_id)
    with booked_days.changing(session, booking, hub_zone(session)):
        booking.status = BookingStatus.CANCELLED
        booking.cancelled_at = now_utc(session)
        booking.late_cancellation = terms.late
        if not terms.late:
            booking.price = Money(0)
            booking.billable = False
    detail = reason.strip()
    if terms.late:
        detail = " ".join(
            part
            for part in (_("late: charged {amount}").format(amount=terms.charge), detail)
            if part
        )
    _status(session, booking.id, BookingStatus.CANCELLED, actor, detail)
    record(
        session,
        actor,
        "cancel",
        "booking",
        booking.id,
        {"status": (BookingStatus.CONFIRMED, BookingStatus.CANCELLED)},
    )
    return terms


# ---------------------------------------------------------------------- read


@cache
def record_query() -> Any:
    """The columns of a :class:`BookingRecord`, joined with its space, member
    and organisation; callers add their conditions. Plain columns, not ORM
    objects, and built once: a new alias per call would defeat SQLAlchemy's
    statement cache and cost more than the query."""
    organisation = aliased(Organisation)
    return (
        select(
            Booking.id,
            Booking.space_id,
            Space.name,
            Space.kind,
            Booking.start_at,
            Booking.end_at,
            Booking.blocked_until,
            Booking.title,
            Booking.people,
            Booking.member_id,
            Member.first_name,
            Member.last_name,
            Booking.organisation_id,
            organisation.name,
            Booking.customer_name,
            Booking.notes,
            Booking.status,
            Booking.series_id,
            Booking.price,
            Booking.billable,
            Booking.late_cancellation,
        )
        .join(Space, Space.id == Booking.space_id)
        .outerjoin(Member, Member.id == Booking.member_id)
        .outerjoin(organisation, organisation.id == Booking.organisation_id)
    )


def to_record(row: Any) -> BookingRecord:
    """A row of :func:`record_query` as a record."""
    (
        id_,
        space_id,
        space_name,
        kind,
        start_at,
        end_at,
        blocked_until,
        title,
        people,
        member_id,
        first_name,
        last_name,
        organisation_id,
        organisation_name,
        customer_name,
        notes,
        status,
        series_id,
        price,
        billable,
        late_cancellation,
    ) = row
    return BookingRecord(
        id=id_,
        space_id=space_id,
        space_name=space_name,
        space_kind=kind,
        start_at=start_at,
        end_at=end_at,
        blocked_until=blocked_until,
        title=title,
        people=people,
        member_id=member_id,
        member_name=f"{first_name or ''} {last_name or ''}".strip(),
        organisation_id=organisation_id,
        organisation_name=organisation_name or "",
        customer_name=customer_name,
        notes=notes,
        status=status,
        series_id=series_id,
        price=price,
        billable=billable,
        late_cancellation=late_cancellation,
    )


def get_booking(session: Session, booking_id: int) -> BookingRecord:
    row = session.execute(record_query().where(Booking.id == booking_id)).one_or_none()
    if row is None:
        raise BookingNotFound()
    return to_record(row)


def bookings_between(
    session: Session,
    start: datetime,
    end: datetime,
    *,
    space_ids: Sequence[int] | None = None,
    member_id: int | None = None,
    include_cancelled: bool = False,
) -> list[BookingRecord]:
    """Bookings that meet [start, end), in time order."""
    query = record_query().where(
        Booking.start_at < end,
        Booking.end_at > start,
        Booking.start_at >= start - timedelta(days=MAX_BOOKING_DAYS + 1),
    )
    if space_ids is not None:
        query = query.where(Booking.space_id.in_(list(space_ids)))
    if member_id is not None:
        query = query.where(Booking.member_id == member_id)
    if not include_cancelled:
        query = query.where(Booking.status != BookingStatus.CANCELLED)
    query = query.order_by(Booking.start_at, Booking.space_id)
    return [to_record(row) for row in session.execute(query)]


def bookings_of(
    session: Session,
    *,
    member_id: int | None = None,
    space_id: int | None = None,
    since: datetime | None = None,
    include_cancelled: bool = False,
) -> list[BookingRecord]:
    """A member's or a space's bookings from ``since`` on (active ones only,
    unless ``include_cancelled``), in time order."""
    query = record_query()
    if not include_cancelled:
        query = query.where(Booking.status != BookingStatus.CANCELLED)
    if member_id is not None:
        query = query.where(Booking.member_id == member_id)
    if space_id is not None:
        query = query.where(Booking.space_id == space_id)
    if since is not None:
        query = query.where(Booking.start_at >= since)
    return [to_record(row) for row in session.execute(query.order_by(Booking.start_at))]


def status_history(session: Session, booking_id: int) -> list[StatusEntry]:
    query = (
        select(BookingStatusChange.at, BookingStatusChange.status, BookingStatusChange.detail)
        .where(BookingStatusChange.booking_id == booking_id)
        .order_by(BookingStatusChange.at, BookingStatusChange.id)
    )
    return [StatusEntry(at, status, detail) for at, status, detail in session.execute(query)]


@dataclass(frozen=True)
class BookableSpace:
    id: int
    name: str
    kind: SpaceKind
    floor: int
    capacity: int
    amenities: tuple[str, ...]
    buffer_minutes: int
    rates: Rates


def bookable_spaces(
    session: Session, kinds: Sequence[SpaceKind] = BOOKABLE_KINDS
) -> list[BookableSpace]:
    """Active spaces of the given kinds, by kind, floor and name."""
    query = (
        select(Space)
        .where(Space.active.is_(True), Space.kind.in_(list(kinds)))
        .order_by(Space.kind, Space.floor, Space.name)
    )
    order = {kind: index for index, kind in enumerate(kinds)}
    spaces = sorted(session.scalars(query), key=lambda s: (order[s.kind], s.floor, s.name))
    return [
        BookableSpace(
            s.id,
            s.name,
            s.kind,
            s.floor,
            s.capacity,
            tuple(s.amenities or ()),
            s.buffer_minutes,
            rates_of(s),
        )
        for s in spaces
    ]


@dataclass(frozen=True)
class FlexDay:
    day: date
    desks: int
    #: Desks reserved in the morning and in the afternoon.
    morning: int
    afternoon: int

    @property
    def full(self) -> bool:
        return self.desks > 0 and self.morning >= self.desks and self.afternoon >= self.desks


def flex_occupancy(session: Session, first: date, days: int) -> list[FlexDay]:
    """Per day: flex desks in use, and how many are reserved each half day
    (a half-day boundary at 13:00 local)."""
    tz = hub_zone(session)
    desks = [s.id for s in bookable_spaces(session, (SpaceKind.FLEX_DESK,))]
    start = datetime.combine(first, time(0), tz)
    end = datetime.combine(first + timedelta(days=days), time(0), tz)
    found = bookings_between(session, start, end, space_ids=desks)
    return list(count_flex(found, len(desks), [first + timedelta(days=n) for n in range(days)], tz))


def count_flex(
    bookings: Sequence[BookingRecord], desks: int, days: Sequence[date], zone: ZoneInfo
) -> tuple[FlexDay, ...]:
    """Per day, the flex desks reserved in the morning and in the afternoon."""
    morning: dict[date, set[int]] = {}
    afternoon: dict[date, set[int]] = {}
    for booking in bookings:
        local_start, local_end = booking.start_at.astimezone(zone), booking.end_at.astimezone(zone)
        day = local_start.date()
        noon = datetime.combine(day, HALF_DAY_SPLIT, zone)
        if local_start < noon:
            morning.setdefault(day, set()).add(booking.space_id)
        if local_end > noon:
            afternoon.setdefault(day, set()).add(booking.space_id)
    return tuple(
        FlexDay(day, desks, len(morning.get(day, ())), len(afternoon.get(day, ()))) for day in days
    )
