"""Booking a space. The database refuses overlaps; this module validates the
input, computes ``blocked_until`` from the space's buffer, and turns a refusal
into a :class:`BookingConflict` that names the bookings in the way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import exc, select
from sqlalchemy.orm import Session

from hubdesk.db import is_deadlock, translate
from hubdesk.domain.enums import BookingStatus
from hubdesk.domain.errors import BookingConflict, ConflictingBooking, ValidationError
from hubdesk.domain.i18n import _
from hubdesk.domain.models import MAX_BOOKING_DAYS, Booking, Space
from hubdesk.domain.types import utc
from hubdesk.services.audit import Actor, record
from hubdesk.services.clock import now_utc


@dataclass(frozen=True)
class BookingRequest:
    space_id: int
    start_at: datetime
    end_at: datetime
    title: str = ""
    people: int = 1
    member_id: int | None = None
    organisation_id: int | None = None
    customer_name: str = ""
    notes: str = ""


def conflicts_for(
    session: Session,
    space_id: int,
    start_at: datetime,
    blocked_until: datetime,
    *,
    exclude: int | None = None,
) -> list[ConflictingBooking]:
    """Active bookings of the space whose blocked time meets [start, blocked_until)."""
    query = (
        select(Booking)
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
    return [
        ConflictingBooking(
            b.id,
            b.title,
            b.start_at.isoformat(timespec="minutes"),
            b.end_at.isoformat(timespec="minutes"),
        )
        for b in session.scalars(query)
    ]


def insert_guarded(session: Session, make: Callable[[], Booking]) -> Booking | None:
    """Insert a booking inside a savepoint; None when the database's overlap
    guard refuses it (the session stays usable).

    On PostgreSQL two desks inserting overlapping bookings at the same instant
    can each wait for the other inside the exclusion check; the server breaks
    that deadlock by failing one of them. That one retries its insert, which
    then waits for the other to finish and gets a plain conflict (or succeeds
    if the other rolled back)."""
    for attempt in range(3):
        booking = make()
        try:
            with session.begin_nested():
                session.add(booking)
                session.flush()
            return booking
        except exc.DBAPIError as error:
            if isinstance(translate(error), BookingConflict):
                return None
            if is_deadlock(error) and attempt < 2:
                continue
            raise
    raise AssertionError("unreachable")


def create_booking(session: Session, request: BookingRequest, actor: Actor) -> Booking:
    """Store one booking, or raise ValidationError / BookingConflict (nothing stored)."""
    if request.start_at.tzinfo is None or request.end_at.tzinfo is None:
        raise ValidationError("start_at", _("Start and end need a time zone"))
    start, end = utc(request.start_at), utc(request.end_at)
    if end <= start:
        raise ValidationError("end_at", _("The end must be after the start"))
    if end - start > timedelta(days=MAX_BOOKING_DAYS):
        raise ValidationError(
            "end_at", _("A booking lasts at most {days} days").format(days=MAX_BOOKING_DAYS)
        )
    space = session.get(Space, request.space_id)
    if space is None:
        raise ValidationError("space_id", _("That space does not exist"))
    if not space.active:
        raise ValidationError("space_id", _("{space} is not in use").format(space=space.name))
    if request.people < 0:
        raise ValidationError("people", _("The number of people cannot be negative"))
    if space.capacity and request.people > space.capacity:
        raise ValidationError(
            "people",
            _("{space} holds at most {capacity} people").format(
                space=space.name, capacity=space.capacity
            ),
        )
    blocked_until = end + timedelta(minutes=space.buffer_minutes)
    values = {
        "space_id": space.id,
        "member_id": request.member_id,
        "organisation_id": request.organisation_id,
        "customer_name": request.customer_name,
        "title": request.title,
        "people": request.people,
        "start_at": start,
        "end_at": end,
        "blocked_until": blocked_until,
        "status": BookingStatus.CONFIRMED,
        "created_at": now_utc(),
    }
    booking = insert_guarded(session, lambda: Booking(**values))
    if booking is None:
        raise BookingConflict(space.name, conflicts_for(session, space.id, start, blocked_until))
    record(session, actor, "create", "booking", booking.id, {"space": (None, space.name)})
    return booking
