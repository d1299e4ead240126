"""The printed sheets' contents: the day sheet posted at reception and the
sheets on the room doors, read in one transaction.

:func:`day_sheet` gives one day of the hub: its rooms and their bookings
(the rooms x hours grid), who rents which office, the flex desks reserved,
the guests expected and the events. :func:`room_sheets` gives, per meeting
room and event space, its bookings over one or more days. Both read plain
columns (no ORM objects) in a handful of queries, whatever the hub's size:
the settings, the spaces, the bookings of the days (rooms and flex desks in
one query), and for the day sheet the leases in force, the guests and the
events with their registrations counted in the database.

The records are those of :mod:`hubdesk.domain.sheets`, which
:mod:`hubdesk.reports.day_sheet` prints. Instants in them are in the hub's
zone; days are its local calendar days.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import Session, aliased

from hubdesk.domain.enums import BookingStatus, Language, LeaseStatus, SpaceKind
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.i18n import _
from hubdesk.domain.models import (
    MAX_BOOKING_DAYS,
    Booking,
    Event,
    HubSettings,
    Lease,
    LeaseOffice,
    Member,
    Organisation,
    Registration,
    Space,
    Visit,
)
from hubdesk.domain.sheets import (
    MAX_ROOM_SHEET_DAYS,
    DayPart,
    DaySheet,
    RoomSheet,
    SheetBooking,
    SheetEvent,
    SheetFlex,
    SheetGuest,
    SheetOffice,
    SheetRoom,
)
from hubdesk.services.bookings import HALF_DAY_SPLIT, booker_text
from hubdesk.services.clock import now_utc
from hubdesk.services.hub import hub_zone, opening_hours_on

#: The spaces the sheets draw: meeting rooms first, then event spaces.
ROOM_KINDS = (SpaceKind.MEETING_ROOM, SpaceKind.EVENT_SPACE)
#: Leases that had the office on a day: live ones, and ended ones for the
#: days they ran (a past day's sheet shows who rented the office then).
_LEASE_STATUSES = (LeaseStatus.ACTIVE, LeaseStatus.NOTICE_GIVEN, LeaseStatus.ENDED)


def day_sheet(session: Session, day: date, *, now: datetime | None = None) -> DaySheet:
    """The day sheet of ``day`` (any day, past or future). ``now`` is the
    printed-at moment (default: the clock's)."""
    zone = hub_zone(session)
    hub_name, language = _hub(session)
    hours = opening_hours_on(session, day)
    start, end = _bounds(day, day, zone)
    rooms, offices = _spaces(session, (*ROOM_KINDS, SpaceKind.PRIVATE_OFFICE))
    found = _bookings(session, start, end, (*ROOM_KINDS, SpaceKind.FLEX_DESK), None)
    bookings: list[SheetBooking] = []
    flex: list[SheetFlex] = []
    for row in found:
        if row.kind == SpaceKind.FLEX_DESK:
            flex.append(_flex(row, day, zone))
        else:
            bookings.append(_booking(row, zone))
    booked = {booking.space_id for booking in bookings}
    tenants = _tenants(session, day)
    return DaySheet(
        hub_name=hub_name,
        language=language,
        day=day,
        opens=hours[0] if hours else None,
        closes=hours[1] if hours else None,
        rooms=tuple(room for room, active in rooms if active or room.space_id in booked),
        bookings=tuple(bookings),
        offices=tuple(
            SheetOffice(
                office.space_id, office.name, office.floor, tenants.get(office.space_id, ())
            )
            for office, active in offices
            if active or office.space_id in tenants
        ),
        flex=tuple(sorted(flex, key=lambda f: (f.booker.casefold(), f.start, f.desk))),
        guests=_guests(session, start, end, zone),
        events=_events(session, start, end, zone),
        printed_at=_printed(session, now, zone),
    )


def room_sheets(
    session: Session,
    first: date,
    last: date | None = None,
    space_ids: Sequence[int] | None = None,
    *,
    now: datetime | None = None,
) -> tuple[RoomSheet, ...]:
    """The door sheets of ``first`` to ``last`` (both included; None: the
    one day), one per active meeting room and event space, or per room of
    ``space_ids`` (in the hub's room order). At most
    :data:`MAX_ROOM_SHEET_DAYS` days.

    Raises :class:`ValidationError` at ``last`` for a period that ends
    before it starts or is too long, and at ``space_ids`` for an id that is
    not a meeting room or event space of the hub."""
    last = first if last is None else last
    if last < first:
        raise ValidationError("last", _("The last day cannot be before the first day"))
    count = (last - first).days + 1
    if count > MAX_ROOM_SHEET_DAYS:
        raise ValidationError(
            "last",
            _("Room sheets cover at most {days} days at a time").format(days=MAX_ROOM_SHEET_DAYS),
        )
    zone = hub_zone(session)
    hub_name, language = _hub(session)
    days = tuple(first + timedelta(days=n) for n in range(count))
    hours = tuple(opening_hours_on(session, d) for d in days)
    rooms = _spaces(session, ROOM_KINDS)[0]
    if space_ids is None:
        chosen = [room for room, active in rooms if active]
    else:
        by_id = {room.space_id: room for room, _active in rooms}
        unknown = [str(space_id) for space_id in dict.fromkeys(space_ids) if space_id not in by_id]
        if unknown:
            raise ValidationError(
                "space_ids",
                _("Not a meeting room or event space of the hub: {ids}").format(
                    ids=", ".join(unknown)
                ),
            )
        wanted = set(space_ids)
        chosen = [room for room, _active in rooms if room.space_id in wanted]
    start, end = _bounds(first, last, zone)
    per_room: dict[int, list[SheetBooking]] = defaultdict(list)
    if chosen:
        ids = [room.space_id for room in chosen]
        for row in _bookings(session, start, end, ROOM_KINDS, ids):
            per_room[row.space_id].append(_booking(row, zone))
    printed = _printed(session, now, zone)
    return tuple(
        RoomSheet(
            hub_name=hub_name,
            language=language,
            room=room,
            days=days,
            hours=hours,
            bookings=tuple(per_room.get(room.space_id, ())),
            printed_at=printed,
        )
        for room in chosen
    )


# ------------------------------------------------------------------- reading


def _bounds(first: date, last: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """Local midnight before ``first`` and after ``last``."""
    return (
        datetime.combine(first, time(0), zone),
        datetime.combine(last + timedelta(days=1), time(0), zone),
    )


def _printed(session: Session, now: datetime | None, zone: ZoneInfo) -> datetime:
    at = now_utc(session) if now is None else now
    if at.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    return at.replace(microsecond=0).astimezone(zone)


def _hub(session: Session) -> tuple[str, Language]:
    found = session.execute(
        select(HubSettings.name, HubSettings.language).where(HubSettings.id == 1)
    ).one_or_none()
    if found is None:
        return "", Language.EN
    return found.name or "", found.language or Language.EN


def _spaces(
    session: Session, kinds: Sequence[SpaceKind]
) -> tuple[list[tuple[SheetRoom, bool]], list[tuple[SheetOffice, bool]]]:
    """Rooms (by kind, floor and name) and private offices (by floor and
    name) of ``kinds``, each with its active flag."""
    rows = session.execute(
        select(Space.id, Space.name, Space.kind, Space.floor, Space.capacity, Space.active)
        .where(Space.kind.in_(list(kinds)))
        .order_by(Space.floor, Space.name, Space.id)
    )
    rooms: list[tuple[SheetRoom, bool]] = []
    offices: list[tuple[SheetOffice, bool]] = []
    for space_id, name, kind, floor, capacity, active in rows:
        if kind == SpaceKind.PRIVATE_OFFICE:
            offices.append((SheetOffice(space_id, name, floor, ()), bool(active)))
        else:
            rooms.append((SheetRoom(space_id, name, kind, floor, capacity), bool(active)))
    order = {kind: index for index, kind in enumerate(ROOM_KINDS)}
    rooms.sort(key=lambda pair: order[pair[0].kind])  # stable: floor and name kept
    return rooms, offices


@cache
def _bookings_query(by_space: bool) -> Any:
    """The few columns the sheets print of the active bookings meeting
    [start, end) of spaces of some kinds (and, ``by_space``, some ids);
    built once, with bound parameters."""
    organisation = aliased(Organisation)
    query = (
        select(
            Booking.id,
            Booking.space_id,
            Space.name.label("space_name"),
            Space.kind,
            Booking.start_at,
            Booking.end_at,
            Booking.title,
            Booking.people,
            Member.first_name,
            Member.last_name,
            organisation.name.label("organisation_name"),
            Booking.customer_name,
            Booking.series_id,
        )
        .join(Space, Space.id == Booking.space_id)
        .outerjoin(Member, Member.id == Booking.member_id)
        .outerjoin(organisation, organisation.id == Booking.organisation_id)
        .where(
            Space.kind.in_(bindparam("kinds", expanding=True)),
            Booking.start_at < bindparam("end", type_=Booking.start_at.type),
            Booking.end_at > bindparam("start", type_=Booking.end_at.type),
            # no booking is longer, so the start index bounds the scan
            Booking.start_at >= bindparam("earliest", type_=Booking.start_at.type),
            Booking.status != BookingStatus.CANCELLED,
        )
        .order_by(Booking.start_at, Booking.space_id, Booking.id)
    )
    if by_space:
        query = query.where(Booking.space_id.in_(bindparam("space_ids", expanding=True)))
    return query


def _bookings(
    session: Session,
    start: datetime,
    end: datetime,
    kinds: Sequence[SpaceKind],
    space_ids: Sequence[int] | None,
) -> list[Any]:
    values: dict[str, Any] = {
        "kinds": [kind.value for kind in kinds],
        "start": start,
        "end": end,
        "earliest": start - timedelta(days=MAX_BOOKING_DAYS + 1),
    }
    if space_ids is not None:
        values["space_ids"] = list(space_ids)
    return list(session.execute(_bookings_query(space_ids is not None), values))


def _booker(row: Any) -> str:
    member = f"{row.first_name or ''} {row.last_name or ''}".strip()
    return booker_text(member, row.organisation_name or "", row.customer_name or "")


def _booking(row: Any, zone: ZoneInfo) -> SheetBooking:
    return SheetBooking(
        booking_id=row.id,
        space_id=row.space_id,
        start=row.start_at.astimezone(zone),
        end=row.end_at.astimezone(zone),
        title=row.title or "",
        booker=_booker(row),
        people=row.people,
        series=row.series_id is not None,
    )


def _flex(row: Any, day: date, zone: ZoneInfo) -> SheetFlex:
    start, end = row.start_at.astimezone(zone), row.end_at.astimezone(zone)
    split = datetime.combine(day, HALF_DAY_SPLIT, zone)
    if start < split < end:
        part = DayPart.DAY
    elif end <= split:
        part = DayPart.MORNING
    else:
        part = DayPart.AFTERNOON
    return SheetFlex(_booker(row), row.space_name, start, end, part)


def _tenants(session: Session, day: date) -> dict[int, tuple[str, ...]]:
    """Per office, the organisations whose lease has it on ``day``."""
    rows = session.execute(
        select(LeaseOffice.space_id, Organisation.name)
        .join(Lease, Lease.id == LeaseOffice.lease_id)
        .join(Organisation, Organisation.id == Lease.organisation_id)
        .where(
            Lease.status.in_(list(_LEASE_STATUSES)),
            Lease.start_date <= day,
            or_(Lease.end_date.is_(None), Lease.end_date >= day),
        )
        .order_by(LeaseOffice.space_id, Lease.start_date, Organisation.name)
    )
    found: dict[int, list[str]] = defaultdict(list)
    for space_id, name in rows:
        if name not in found[space_id]:
            found[space_id].append(name)
    return {space_id: tuple(names) for space_id, names in found.items()}


def _guests(
    session: Session, start: datetime, end: datetime, zone: ZoneInfo
) -> tuple[SheetGuest, ...]:
    host = aliased(Member)
    rows = session.execute(
        select(
            Visit.expected_at,
            Visit.guest_name,
            Visit.guest_organisation,
            host.first_name,
            host.last_name,
            Organisation.name,
            Visit.arrived_at,
        )
        .join(host, host.id == Visit.host_member_id)
        .outerjoin(Organisation, Organisation.id == host.organisation_id)
        .where(Visit.expected_at >= start, Visit.expected_at < end)
        .order_by(Visit.expected_at, Visit.guest_name, Visit.id)
    )
    return tuple(
        SheetGuest(
            expected_at=(expected or start).astimezone(zone),
            guest_name=name,
            guest_organisation=organisation or "",
            host=f"{first or ''} {last or ''}".strip(),
            host_organisation=host_organisation or "",
            arrived_at=arrived.astimezone(zone) if arrived is not None else None,
        )
        for expected, name, organisation, first, last, host_organisation, arrived in rows
    )


def _events(
    session: Session, start: datetime, end: datetime, zone: ZoneInfo
) -> tuple[SheetEvent, ...]:
    """Events meeting [start, end), their registrations counted in SQL."""
    registered = (
        select(func.count())
        .where(Registration.event_id == Event.id)
        .correlate(Event)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Event.starts_at,
            Event.ends_at,
            Event.title,
            Space.name,
            registered,
            Event.capacity,
        )
        .outerjoin(Booking, Booking.id == Event.booking_id)
        .outerjoin(Space, Space.id == Booking.space_id)
        .where(Event.starts_at < end, Event.ends_at > start)
        .order_by(Event.starts_at, Event.title, Event.id)
    )
    return tuple(
        SheetEvent(
            start=starts.astimezone(zone),
            end=ends.astimezone(zone),
            title=title,
            room=room or "",
            registered=int(count),
            capacity=capacity,
        )
        for starts, ends, title, room, count, capacity in rows
    )
