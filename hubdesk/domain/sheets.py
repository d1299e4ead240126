"""What the printed sheets of the hub show: the day sheet posted at reception
and the sheets on the room doors.

Plain frozen records, no SQL: :mod:`hubdesk.services.sheets` reads them from
the database and :mod:`hubdesk.reports.day_sheet` prints them, so the PDF
code never sees a session. Instants are aware datetimes in the hub's zone
(as they are printed); days are the hub's local calendar days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from hubdesk.domain.enums import Language, SpaceKind

#: The most days one run of room door sheets covers (a month).
MAX_ROOM_SHEET_DAYS = 31


class DayPart(StrEnum):
    """Which part of the day a flex desk is taken (split at 13:00)."""

    MORNING = "morning"
    AFTERNOON = "afternoon"
    DAY = "day"


@dataclass(frozen=True)
class SheetRoom:
    """A meeting room or event space: a row of the day sheet's grid, or a
    room door sheet."""

    space_id: int
    name: str
    kind: SpaceKind
    floor: int
    capacity: int


@dataclass(frozen=True)
class SheetBooking:
    """A booking of a room, as the sheets print it. ``start`` and ``end`` are
    the whole booking (it may begin before the sheet's day or end after it)."""

    booking_id: int
    space_id: int
    start: datetime
    end: datetime
    title: str
    #: Who it is for, as reception says it: 'Jan Visser (Stichting Noordzee)'.
    booker: str
    people: int
    #: One of a recurring series.
    series: bool


@dataclass(frozen=True)
class SheetOffice:
    """A private office and who rents it on the sheet's day: the
    organisations of the leases in force that day (none: vacant; two only
    when an ended lease and a new one meet on the day)."""

    space_id: int
    name: str
    floor: int
    organisations: tuple[str, ...]

    @property
    def vacant(self) -> bool:
        return not self.organisations


@dataclass(frozen=True)
class SheetFlex:
    """A flex desk reserved on the sheet's day."""

    booker: str
    desk: str
    start: datetime
    end: datetime
    part: DayPart


@dataclass(frozen=True)
class SheetGuest:
    """A guest expected on the sheet's day, with the member they visit."""

    expected_at: datetime
    guest_name: str
    guest_organisation: str
    host: str
    host_organisation: str
    #: When the guest came in (None: not yet, when the sheet was made).
    arrived_at: datetime | None


@dataclass(frozen=True)
class SheetEvent:
    """A community event meeting the sheet's day."""

    start: datetime
    end: datetime
    title: str
    #: The room of the event's booking ('' when it has none).
    room: str
    registered: int
    #: None: no limit.
    capacity: int | None


@dataclass(frozen=True)
class DaySheet:
    """Everything on the day sheet of one day."""

    hub_name: str
    #: The language the hub's documents are written in (its setting).
    language: Language
    day: date
    #: Opening and closing time that day; both None when the hub is closed.
    opens: time | None
    closes: time | None
    #: Active meeting rooms and event spaces (and an inactive one that still
    #: has bookings that day), event spaces after meeting rooms, by floor
    #: and name.
    rooms: tuple[SheetRoom, ...]
    #: Active bookings of those rooms meeting the day, by start and room.
    bookings: tuple[SheetBooking, ...]
    #: Private offices by floor and name.
    offices: tuple[SheetOffice, ...]
    #: Flex desk reservations, by booker, start and desk.
    flex: tuple[SheetFlex, ...]
    #: Guests expected that day, by expected time.
    guests: tuple[SheetGuest, ...]
    events: tuple[SheetEvent, ...]
    #: When the sheet was made (in the hub's zone); None leaves it off the page.
    printed_at: datetime | None = None

    @property
    def closed(self) -> bool:
        return self.opens is None or self.closes is None


@dataclass(frozen=True)
class RoomSheet:
    """The door sheet of one room for one or more days."""

    hub_name: str
    language: Language
    room: SheetRoom
    days: tuple[date, ...]
    #: Opening hours per day of ``days`` (None: closed that day).
    hours: tuple[tuple[time, time] | None, ...]
    #: The room's active bookings meeting any of ``days``, by start.
    bookings: tuple[SheetBooking, ...]
    printed_at: datetime | None = None
