"""Bookings as an iCalendar (.ics) file for Outlook, Google or Apple.

Times are written in the hub's zone with a VTIMEZONE (``TZID=Europe/Amsterdam``),
so a calendar shows 09:00 for a 09:00 meeting in winter and in summer. Each
booking's UID is stable, so importing a newer file updates the events instead
of doubling them; cancelled bookings stay in the file as cancelled events, so
the calendar drops them.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlalchemy.orm import Session

from hubdesk import __version__
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.i18n import _
from hubdesk.domain.models import HubSettings, Member, Space
from hubdesk.services.bookings import BookingRecord, bookings_of
from hubdesk.services.clock import now_utc
from hubdesk.services.hub import hub_zone


def _calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", f"-//hubdesk//hubdesk {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    return calendar


def _event(booking: BookingRecord, hub_name: str, stamp: datetime, tz: ZoneInfo) -> Event:
    event = Event()
    event.add("uid", f"booking-{booking.id}@hubdesk")
    event.add("dtstamp", stamp)
    event.add("dtstart", booking.start_at.astimezone(tz))
    event.add("dtend", booking.end_at.astimezone(tz))
    event.add("summary", booking.title or booking.space_name)
    event.add("location", f"{booking.space_name}, {hub_name}" if hub_name else booking.space_name)
    lines = [line for line in (booking.booker, booking.notes) if line]
    if booking.people > 1:
        lines.append(_("{n} people").format(n=booking.people))
    if lines:
        event.add("description", "\n".join(lines))
    event.add("status", "CANCELLED" if booking.cancelled else "CONFIRMED")
    return event


def export_ics(
    session: Session,
    *,
    member_id: int | None = None,
    space_id: int | None = None,
    since: datetime | None = None,
) -> bytes:
    """The bookings of a member or of a space (from ``since`` on) as the
    bytes of an .ics file; cancelled ones are marked ``STATUS:CANCELLED``, so
    a calendar that imported an earlier file drops them."""
    if (member_id is None) == (space_id is None):
        raise ValueError("export the bookings of one member or of one space")
    if member_id is not None:
        member = session.get(Member, member_id)
        if member is None:
            raise ValidationError("member_id", _("That member does not exist"))
        name = member.full_name
    else:
        space = session.get(Space, space_id)
        if space is None:
            raise ValidationError("space_id", _("That space does not exist"))
        name = space.name
    settings = session.get(HubSettings, 1)
    hub_name = settings.name if settings else ""
    tz = hub_zone(session)
    stamp = now_utc(session)
    calendar = _calendar(f"{name} ({hub_name})" if hub_name else name)
    found = bookings_of(
        session, member_id=member_id, space_id=space_id, since=since, include_cancelled=True
    )
    for booking in found:
        calendar.add_component(_event(booking, hub_name, stamp, tz))
    calendar.add_missing_timezones()
    ical: bytes = calendar.to_ical()
    return ical
