"""Which spaces are free: the "find a free room" question reception answers
on the phone all day.

A space is free for [start, end) when no active booking's blocked time
(its end plus the space's buffer) meets [start, end + the space's buffer):
the same rule the database's overlap guard applies, so a space listed here
can be booked for that time (unless someone else books it first).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.domain import wall_clock
from hubdesk.domain.enums import BookingStatus, SpaceKind
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.i18n import _
from hubdesk.domain.models import MAX_BOOKING_DAYS, Booking, Space
from hubdesk.domain.money import Money
from hubdesk.domain.pricing import list_price
from hubdesk.services.bookings import rates_of
from hubdesk.services.hub import hub_zone

ROOM_KINDS = (SpaceKind.MEETING_ROOM, SpaceKind.EVENT_SPACE)
#: The longest buffer a space may have (``ck_spaces_buffer_range``).
MAX_BUFFER = timedelta(minutes=240)


@dataclass(frozen=True)
class FreeSpace:
    id: int
    name: str
    kind: SpaceKind
    floor: int
    capacity: int
    amenities: tuple[str, ...]
    price: Money


def find_free_spaces(
    session: Session,
    start_at: datetime,
    end_at: datetime,
    *,
    people: int = 1,
    needs: Iterable[str] = (),
    kinds: Sequence[SpaceKind] = ROOM_KINDS,
    start_fold: int | None = None,
    end_fold: int | None = None,
) -> list[FreeSpace]:
    """Active spaces of ``kinds`` that seat ``people``, offer every one of
    ``needs`` and are free for [start, end); best fit first: the smallest room
    that seats everyone, then the fewest amenities nobody asked for, then the
    cheapest, then by name. Wall-clock times the clocks skip, or show twice
    without ``start_fold``/``end_fold``, are refused (see ``wall_clock``)."""
    start = wall_clock.checked(start_at, start_fold, field="start_at")
    end = wall_clock.checked(end_at, end_fold, field="end_at")
    if end <= start:
        raise ValidationError("end_at", _("The end must be after the start"))
    if people < 1:
        raise ValidationError("people", _("At least one person"))
    wanted = {need.strip().casefold() for need in needs if need.strip()}
    candidates = [
        space
        for space in session.scalars(
            select(Space).where(Space.active.is_(True), Space.kind.in_(list(kinds)))
        )
        if (not space.capacity or space.capacity >= people)
        and wanted <= {a.casefold() for a in space.amenities or ()}
    ]
    if not candidates:
        return []
    busy_query = select(Booking.space_id, Booking.start_at).where(
        Booking.space_id.in_([space.id for space in candidates]),
        Booking.status != BookingStatus.CANCELLED,
        Booking.start_at >= start - timedelta(days=MAX_BOOKING_DAYS + 1),
        Booking.start_at < end + MAX_BUFFER,
        Booking.blocked_until > start,
    )
    buffers = {space.id: timedelta(minutes=space.buffer_minutes) for space in candidates}
    busy = {
        space_id
        for space_id, begins in session.execute(busy_query)
        if begins < end + buffers[space_id]
    }
    tz = hub_zone(session)
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    free = [
        FreeSpace(
            space.id,
            space.name,
            space.kind,
            space.floor,
            space.capacity,
            tuple(space.amenities or ()),
            list_price(rates_of(space), local_start, local_end),
        )
        for space in candidates
        if space.id not in busy
    ]
    free.sort(
        key=lambda s: (
            s.capacity or 10**6,
            len({a.casefold() for a in s.amenities} - wanted),
            s.price,
            s.name.casefold(),
        )
    )
    return free


def amenities_of_rooms(session: Session, kinds: Sequence[SpaceKind] = ROOM_KINDS) -> list[str]:
    """Every amenity the active rooms offer, for the finder's check boxes."""
    found: set[str] = set()
    for amenities in session.scalars(
        select(Space.amenities).where(Space.active.is_(True), Space.kind.in_(list(kinds)))
    ):
        found.update(amenities or ())
    return sorted(found, key=str.casefold)
