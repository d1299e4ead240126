"""Recurring bookings: a rule, its dates, and booking all of them at once.

The rule is expanded with ``dateutil.rrule`` in the hub's local time and each
occurrence then converted to UTC, so a series at 09:00 stays at 09:00 local
across the clock changes. Every occurrence is checked in the one transaction
that books them; the caller learns each date that cannot be booked and why,
and chooses to book the others or none (:class:`SeriesConflicts`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from dateutil import rrule
from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import BookingStatus
from hubdesk.domain.errors import ConflictingBooking, HubdeskError, ValidationError
from hubdesk.domain.i18n import _
from hubdesk.domain.models import Booking, BookingSeries
from hubdesk.domain.types import utc
from hubdesk.domain.wall_clock import AmbiguousTime, NonexistentTime
from hubdesk.services.audit import Actor, record
from hubdesk.services.bookings import (
    BookingNotFound,
    BookingRequest,
    CancellationTerms,
    cancel_booking,
    check_request,
    store_checked,
)
from hubdesk.services.clock import now_utc

#: At most this many occurrences in one series (five years of weekly meetings).
MAX_OCCURRENCES = 260
_WEEKDAYS = (rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU)
_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class Frequency(StrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"


@dataclass(frozen=True)
class Recurrence:
    """Weekly (every ``interval`` weeks on ``weekdays``, 0 = Monday) or
    monthly (the ``nth`` weekday of the first occurrence's weekday, -1 = the
    last), until a date or ``count`` times (exactly one of the two)."""

    frequency: Frequency = Frequency.WEEKLY
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    nth: int | None = None
    until: date | None = None
    count: int | None = None

    def validate(self, first: date) -> None:
        if not 1 <= self.interval <= 52:
            raise ValidationError("interval", _("Repeat every 1 to 52 weeks or months"))
        if (self.until is None) == (self.count is None):
            raise ValidationError("until", _("Give an end date or a number of times"))
        if self.count is not None and not 1 <= self.count <= MAX_OCCURRENCES:
            raise ValidationError("count", _("From 1 to {n} times").format(n=MAX_OCCURRENCES))
        if self.until is not None and self.until < first:
            raise ValidationError("until", _("The series must end after its first date"))
        if any(not 0 <= day <= 6 for day in self.weekdays):
            raise ValidationError("weekdays", _("Choose weekdays from Monday to Sunday"))
        if self.frequency == Frequency.MONTHLY and self.nth not in (1, 2, 3, 4, -1):
            raise ValidationError("nth", _("Choose the first to fourth or the last weekday"))

    def _weekdays(self, first: date) -> tuple[int, ...]:
        return tuple(sorted(set(self.weekdays))) or (first.weekday(),)

    def rrule_text(self, first: date) -> str:
        """The rule as RFC 5545 RRULE text."""
        parts = [f"FREQ={self.frequency.value.upper()}", f"INTERVAL={self.interval}"]
        if self.frequency == Frequency.WEEKLY:
            parts.append("BYDAY=" + ",".join(_CODES[d] for d in self._weekdays(first)))
        else:
            parts.append(f"BYDAY={self.nth}{_CODES[first.weekday()]}")
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        if self.until is not None:
            parts.append(f"UNTIL={self.until:%Y%m%d}T235959")
        return ";".join(parts)


def occurrences(
    recurrence: Recurrence, start_local: datetime, end_local: datetime
) -> list[tuple[datetime, datetime]]:
    """Start and end of every occurrence, aware, in the zone of ``start_local``
    (the hub's): the same wall-clock times on each date, whatever the offset."""
    tz = start_local.tzinfo
    if tz is None:
        raise ValidationError("start_at", _("Start and end need a time zone"))
    first = start_local.date()
    recurrence.validate(first)
    naive_start = start_local.replace(tzinfo=None)
    length = end_local.replace(tzinfo=None) - naive_start
    if recurrence.frequency == Frequency.WEEKLY:
        rule = rrule.rrule(
            rrule.WEEKLY,
            dtstart=naive_start,
            interval=recurrence.interval,
            byweekday=[_WEEKDAYS[d] for d in recurrence._weekdays(first)],
            count=recurrence.count,
            until=_until(recurrence),
            cache=False,
        )
    else:
        rule = rrule.rrule(
            rrule.MONTHLY,
            dtstart=naive_start,
            interval=recurrence.interval,
            byweekday=_WEEKDAYS[first.weekday()](recurrence.nth),
            count=recurrence.count,
            until=_until(recurrence),
            cache=False,
        )
    found: list[tuple[datetime, datetime]] = []
    for moment in rule:
        if len(found) >= MAX_OCCURRENCES:
            raise ValidationError(
                "until", _("A series has at most {n} dates").format(n=MAX_OCCURRENCES)
            )
        found.append((moment.replace(tzinfo=tz), (moment + length).replace(tzinfo=tz)))
    if not found:
        raise ValidationError("weekdays", _("That rule gives no dates"))
    return found


def _until(recurrence: Recurrence) -> datetime | None:
    if recurrence.until is None:
        return None
    return datetime.combine(recurrence.until, datetime.max.time()).replace(microsecond=0)


@dataclass(frozen=True)
class SeriesDate:
    """One occurrence that cannot be booked, and why. ``start_at`` and
    ``end_at`` are instants, except for a time the clocks skip or show twice
    that night: then the wall-clock times themselves, in the hub's zone."""

    start_at: datetime
    end_at: datetime
    reason: str
    conflicts: tuple[ConflictingBooking, ...] = ()


class SeriesConflicts(HubdeskError):
    """Some dates of a series cannot be booked; nothing was stored."""

    def __init__(self, dates: tuple[SeriesDate, ...], bookable: int, tz: ZoneInfo) -> None:
        self.dates = dates
        self.bookable = bookable
        listed = "; ".join(f"{d.start_at.astimezone(tz):%Y-%m-%d %H:%M}: {d.reason}" for d in dates)
        super().__init__(
            _("{n} dates cannot be booked: {dates}").format(n=len(dates), dates=listed)
        )


@dataclass(frozen=True)
class SeriesResult:
    series_id: int
    booking_ids: tuple[int, ...]
    skipped: tuple[SeriesDate, ...]


def create_series(
    session: Session,
    request: BookingRequest,
    recurrence: Recurrence,
    actor: Actor,
    *,
    skip_conflicts: bool = False,
) -> SeriesResult:
    """Book every date of the series in this transaction.

    The request's times are the first occurrence. Dates that are taken, or
    refused (the hub closed, passed), raise :class:`SeriesConflicts` listing
    each of them, unless ``skip_conflicts``: then the others are booked and the
    skipped ones returned. A series none of whose dates is free is refused."""
    checked = check_request(session, request, actor)
    tz = checked.hub.tz
    dates = occurrences(recurrence, checked.start.astimezone(tz), checked.end.astimezone(tz))
    series = BookingSeries(
        rrule=(
            f"DTSTART;TZID={tz.key}:{dates[0][0]:%Y%m%dT%H%M%S}\n"
            f"RRULE:{recurrence.rrule_text(dates[0][0].date())}"
        ),
        created_at=now_utc(session),
    )
    session.add(series)
    session.flush()
    booked: list[int] = []
    skipped: list[SeriesDate] = []
    first_local = checked.start.astimezone(tz).replace(tzinfo=None, fold=0)
    for start, end in dates:
        # Each date is its wall-clock times afresh: a date whose time does not
        # exist or occurs twice is reported with the others, never shifted.
        # The first date keeps the choice the request made for it.
        first = start.replace(tzinfo=None) == first_local
        occurrence = replace(
            request,
            start_at=start,
            end_at=end,
            start_fold=request.start_fold if first else None,
            end_fold=request.end_fold if first else None,
        )
        try:
            one = check_request(session, occurrence, actor)
        except (NonexistentTime, AmbiguousTime) as refused:
            # no one instant names this date's time: keep the wall-clock time
            skipped.append(SeriesDate(start, end, refused.message))
            continue
        except ValidationError as refused:
            skipped.append(SeriesDate(utc(start), utc(end), refused.message))
            continue
        try:
            booking = store_checked(session, one, actor, series.id)
        except HubdeskError as taken:
            conflicts = tuple(getattr(taken, "conflicts", ()))
            reason = (
                _("already booked: {what}").format(
                    what=conflicts[0].title or f"#{conflicts[0].booking_id}"
                )
                if conflicts
                else str(taken)
            )
            skipped.append(SeriesDate(utc(start), utc(end), reason, conflicts))
            continue
        booked.append(booking.id)
    if skipped and (not skip_conflicts or not booked):
        raise SeriesConflicts(tuple(skipped), len(booked), tz)
    record(
        session,
        actor,
        "create",
        "booking_series",
        series.id,
        {"rule": (None, series.rrule), "bookings": (None, len(booked))},
    )
    return SeriesResult(series.id, tuple(booked), tuple(skipped))


def cancel_following(
    session: Session, booking_id: int, actor: Actor, reason: str = ""
) -> list[CancellationTerms]:
    """Cancel this occurrence and every later active one of its series."""
    booking = session.get(Booking, booking_id)
    if booking is None:
        raise BookingNotFound()
    if booking.series_id is None:
        return [cancel_booking(session, booking_id, actor, reason)]
    later = session.scalars(
        select(Booking.id)
        .where(
            Booking.series_id == booking.series_id,
            Booking.start_at >= booking.start_at,
            Booking.status != BookingStatus.CANCELLED,
        )
        .order_by(Booking.start_at)
    ).all()
    return [cancel_booking(session, one, actor, reason) for one in later]


def series_dates(session: Session, series_id: int) -> list[tuple[int, datetime, BookingStatus]]:
    """(booking id, start, status) of every occurrence, in time order."""
    query = (
        select(Booking.id, Booking.start_at, Booking.status)
        .where(Booking.series_id == series_id)
        .order_by(Booking.start_at)
    )
    return [(id_, start, status) for id_, start, status in session.execute(query)]
