"""The day sheet and the room door sheets: what the service reads (a
hand-made day, and the demo hub), and the PDFs read back with pypdf: every
booking's title and booker is printed, hostile names never break a page, a
room with many bookings still fits, a door sheet a room."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.db import Database
from hubdesk.domain.enums import BookingStatus, Language, LeaseStatus, SpaceKind
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.models import (
    Booking,
    Event,
    HubSettings,
    Member,
    Registration,
    Space,
    Visit,
)
from hubdesk.domain.sheets import (
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
from hubdesk.reports.day_sheet import day_sheet_pdf, room_sheets_pdf
from hubdesk.services.demo import DemoSize, load_demo
from hubdesk.services.hub import ensure_defaults
from hubdesk.services.sheets import day_sheet, room_sheets
from tests.helpers import T0, ZONE, add_lease, add_organisation, add_space

#: A Monday; the demo hub is loaded with it as today.
MONDAY = date(2026, 11, 23)
NOW = datetime.combine(MONDAY, time(7, 45), ZONE)
HOSTILE = ("Bürger & Söhne <NGO>", "مؤسسة", "Žižek", "<b>Acme & Co")


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(0), ZONE) + timedelta(hours=hour, minutes=minute)


def pages(pdf: bytes) -> list[str]:
    """Each page's text with its white space made single spaces."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(BytesIO(pdf)).pages]


def printed(text: str) -> str:
    """``text`` as pypdf reads it back: ReportLab draws right-to-left
    scripts in stored order without shaping (no bidi library), so such a run
    comes back reversed."""
    text = " ".join(text.split())
    return text[::-1] if re.search("[\u0590-\u08ff]", text) else text


def assert_every_booking_printed(sheet: DaySheet, pdf: bytes) -> None:
    text = " ".join(pages(pdf))
    for booking in sheet.bookings:
        assert printed(booking.title) in text, booking
        assert printed(booking.booker) in text, booking


# --------------------------------------------------------------- the demo hub


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = Database.open(tmp_path_factory.mktemp("demo") / "hub.sqlite")
    with database.write() as session:
        load_demo(session, DemoSize.SMALL, today=MONDAY)
    yield database
    database.close()


def test_the_demo_day_is_one_page_listing_every_booking(demo: Database) -> None:
    with demo.read() as session:
        sheet = day_sheet(session, MONDAY, now=NOW)
    assert len(sheet.rooms) >= 10 and len(sheet.bookings) >= 30
    assert len(sheet.offices) == 40 and sheet.flex and sheet.guests
    pdf = day_sheet_pdf(sheet)
    text = pages(pdf)
    assert len(text) == 1
    assert_every_booking_printed(sheet, pdf)
    page = text[0]
    assert "Monday 23 November 2026" in page and "Open 08:00\u201318:00" in page
    assert "Printed 23 Nov 2026 07:45" in page
    for room in sheet.rooms:
        assert room.name in page
    for office in sheet.offices:
        for organisation in office.organisations:
            assert printed(organisation) in page
    for guest in sheet.guests:
        assert printed(guest.guest_name) in page and printed(guest.host) in page
    for flex in sheet.flex:
        # the desks by what tells them apart: 'Flex 2.12' is '2.12'
        assert printed(flex.booker) in page and f" · {flex.desk.split()[-1]} · " in page


def test_demo_door_sheets_are_a_page_a_room(demo: Database) -> None:
    with demo.read() as session:
        sheets = room_sheets(session, MONDAY, now=NOW)
        rooms = session.query(Space).filter(
            Space.kind.in_([SpaceKind.MEETING_ROOM, SpaceKind.EVENT_SPACE]),
            Space.active.is_(True),
        )
        assert {s.room.space_id for s in sheets} == {room.id for room in rooms}
    text = pages(room_sheets_pdf(sheets))
    assert len(text) == len(sheets)
    for page, sheet in zip(text, sheets, strict=True):
        assert sheet.room.name in page
        assert "Monday 23 November 2026" in page
        for booking in sheet.bookings:
            assert printed(booking.title) in page and printed(booking.booker) in page


def test_a_week_of_door_sheets_has_a_heading_a_day(demo: Database) -> None:
    sunday = MONDAY + timedelta(days=6)
    with demo.read() as session:
        (sheet,) = room_sheets(session, MONDAY, sunday, [_room_id(session, "Room Spinoza")])
    assert sheet.days == tuple(MONDAY + timedelta(days=n) for n in range(7))
    assert sheet.hours[5] is None and sheet.hours[0] == (time(8), time(18))
    text = " ".join(pages(room_sheets_pdf([sheet])))
    assert "23\u201329 November 2026" in text
    for n in range(5):
        assert (MONDAY + timedelta(days=n)).strftime("%A %-d November 2026") in text
    assert "Saturday 28 November 2026 · closed" in text
    for booking in sheet.bookings:
        assert printed(booking.title) in text


def _room_id(session: Session, name: str) -> int:
    found = session.scalar(select(Space.id).where(Space.name == name))
    assert found is not None
    return found


# --------------------------------------------------------------- a hand-made day


def _book(
    session: Session,
    space: Space,
    start: datetime,
    end: datetime,
    title: str,
    **extra: object,
) -> Booking:
    booking = Booking(
        space_id=space.id,
        title=title,
        start_at=start,
        end_at=end,
        blocked_until=end,
        created_at=T0,
        **extra,
    )
    session.add(booking)
    session.flush()
    return booking


@pytest.fixture
def day_hub(any_db: Database) -> Database:
    """Two rooms, an event space, a closed-down room that still has a
    booking, one that has none; offices let, vacant and let until the day;
    flex desks, guests and events, around MONDAY."""
    db = any_db
    with db.write() as session:
        ensure_defaults(session, "Hub <Test> & Co")
        noordzee = add_organisation(session, "Stichting Noordzee")
        burger = add_organisation(session, HOSTILE[0])
        jan = Member(
            first_name="Jan", last_name="Visser", organisation_id=noordzee.id, created_at=T0
        )
        zoe = Member(first_name="Zoë", last_name="Žižek", created_at=T0)
        session.add_all([jan, zoe])
        session.flush()
        mesdag = add_space(session, "Room Mesdag")
        escher = add_space(session, "Room Escher")
        atrium = add_space(session, "Atrium", SpaceKind.EVENT_SPACE, capacity=120)
        old = add_space(session, "Old room")
        gone = add_space(session, "Gone room")
        old.active = gone.active = False
        flex_a = add_space(session, "Flex 1", SpaceKind.FLEX_DESK)
        flex_b = add_space(session, "Flex 2", SpaceKind.FLEX_DESK)
        let, vacant, until = (
            add_space(session, name, SpaceKind.PRIVATE_OFFICE)
            for name in ("Office 1", "Office 2", "Office 3")
        )
        add_lease(session, noordzee, let, MONDAY - timedelta(days=400), None)
        add_lease(session, burger, until, MONDAY - timedelta(days=90), MONDAY, LeaseStatus.ENDED)
        add_lease(session, burger, vacant, MONDAY + timedelta(days=1), None)
        add_lease(session, noordzee, vacant, MONDAY - timedelta(days=9), None, LeaseStatus.DRAFT)

        _book(
            session,
            mesdag,
            at(MONDAY, 9),
            at(MONDAY, 10, 30),
            "Board meeting",
            member_id=jan.id,
            organisation_id=noordzee.id,
            people=6,
        )
        _book(
            session,
            mesdag,
            at(MONDAY, 11),
            at(MONDAY, 12),
            "Cancelled one",
            customer_name="Nobody",
            status=BookingStatus.CANCELLED,
        )
        _book(
            session,
            escher,
            at(MONDAY, 14),
            at(MONDAY, 14, 30),
            HOSTILE[3],
            customer_name=HOSTILE[1],
            people=3,
        )
        _book(session, atrium, at(MONDAY, -4), at(MONDAY, 10), "Night of the hub", member_id=zoe.id)
        _book(session, atrium, at(MONDAY, 25), at(MONDAY, 27), "Tomorrow", customer_name="Later")
        _book(
            session,
            old,
            at(MONDAY, 13),
            at(MONDAY, 15),
            "In the old room",
            customer_name="Old friends",
        )
        _book(session, flex_a, at(MONDAY, 8), at(MONDAY, 13), "", member_id=zoe.id)
        _book(
            session,
            flex_b,
            at(MONDAY, 8),
            at(MONDAY, 18),
            "",
            member_id=jan.id,
            organisation_id=noordzee.id,
        )
        _book(session, flex_a, at(MONDAY, 13), at(MONDAY, 16), "", customer_name="Walk-in")

        session.add_all(
            [
                Visit(
                    host_member_id=jan.id,
                    guest_name=HOSTILE[2],
                    guest_organisation=HOSTILE[0],
                    expected_at=at(MONDAY, 10),
                    arrived_at=at(MONDAY, 10, 5),
                ),
                Visit(host_member_id=zoe.id, guest_name="Anna Bakker", expected_at=at(MONDAY, 15)),
                Visit(
                    host_member_id=zoe.id,
                    guest_name="Yesterday's guest",
                    expected_at=at(MONDAY, -9),
                ),
            ]
        )
        talk = Event(
            title="Impact talk",
            starts_at=at(MONDAY, 17),
            ends_at=at(MONDAY, 19),
            capacity=40,
            booking_id=_book(
                session,
                atrium,
                at(MONDAY, 16, 30),
                at(MONDAY, 19),
                "Impact talk set-up",
                customer_name="Hub",
            ).id,
        )
        open_day = Event(title="Open day", starts_at=at(MONDAY, 10), ends_at=at(MONDAY, 16))
        elsewhere = Event(
            title="Next week", starts_at=at(MONDAY, 24 * 7), ends_at=at(MONDAY, 24 * 7 + 2)
        )
        session.add_all([talk, open_day, elsewhere])
        session.flush()
        session.add_all(
            [Registration(event_id=talk.id, name=f"Guest {n}", registered_at=T0) for n in range(3)]
            + [Registration(event_id=elsewhere.id, name="Someone", registered_at=T0)]
        )
    return db


def test_the_day_sheet_reads_the_day(day_hub: Database) -> None:
    with day_hub.read() as session:
        sheet = day_sheet(session, MONDAY, now=NOW)
    assert (sheet.day, sheet.opens, sheet.closes, sheet.closed) == (
        MONDAY,
        time(8),
        time(18),
        False,
    )
    assert sheet.language is Language.EN and sheet.printed_at == NOW
    # meeting rooms (by floor and name), then event spaces; the closed-down
    # room with a booking that day is shown, the one without is not
    assert [room.name for room in sheet.rooms] == [
        "Old room",
        "Room Escher",
        "Room Mesdag",
        "Atrium",
    ]
    assert [(b.title, b.booker, b.people) for b in sheet.bookings] == [
        ("Night of the hub", "Zoë Žižek", 1),
        ("Board meeting", "Jan Visser (Stichting Noordzee)", 6),
        ("In the old room", "Old friends", 1),
        (HOSTILE[3], HOSTILE[1], 3),
        ("Impact talk set-up", "Hub", 1),
    ]
    night = sheet.bookings[0]
    assert night.start == at(MONDAY, -4) and night.start.tzinfo is not None
    assert [(o.name, o.organisations) for o in sheet.offices] == [
        ("Office 1", ("Stichting Noordzee",)),
        ("Office 2", ()),
        ("Office 3", (HOSTILE[0],)),
    ]
    assert [(f.booker, f.desk, f.part) for f in sheet.flex] == [
        ("Jan Visser (Stichting Noordzee)", "Flex 2", DayPart.DAY),
        ("Walk-in", "Flex 1", DayPart.AFTERNOON),
        ("Zoë Žižek", "Flex 1", DayPart.MORNING),
    ]
    assert [(g.guest_name, g.host, g.host_organisation, g.arrived_at) for g in sheet.guests] == [
        (HOSTILE[2], "Jan Visser", "Stichting Noordzee", at(MONDAY, 10, 5)),
        ("Anna Bakker", "Zoë Žižek", "", None),
    ]
    assert [(e.title, e.room, e.registered, e.capacity) for e in sheet.events] == [
        ("Open day", "", 0, None),
        ("Impact talk", "Atrium", 3, 40),
    ]


def test_the_hand_made_day_prints_every_name(day_hub: Database) -> None:
    with day_hub.read() as session:
        sheet = day_sheet(session, MONDAY, now=NOW)
    pdf = day_sheet_pdf(sheet)
    (page,) = pages(pdf)
    assert_every_booking_printed(sheet, pdf)
    # the offices by what tells them apart ('Office 1' is '1')
    for name in ("Offices (2/3)", "1 Stichting Noordzee", "2 vacant", "Open day", "Impact talk"):
        assert name in page
    assert "3 of 40 registered" in page
    for name in (HOSTILE[0], HOSTILE[2], "Anna Bakker", "arrived 10:05", "Walk-in", "afternoon"):
        assert printed(name) in page
    # the booking from the night before says when it began
    assert "22 Nov 20:00\u201310:00" in page


def test_the_sheet_is_the_same_bytes_dated_its_day(day_hub: Database) -> None:
    with day_hub.read() as session:
        sheet = day_sheet(session, MONDAY, now=NOW)
        rooms = room_sheets(session, MONDAY, now=NOW)
    pdf = day_sheet_pdf(sheet)
    assert pdf == day_sheet_pdf(sheet)
    assert b"D:20261123000000" in pdf
    assert room_sheets_pdf(rooms) == room_sheets_pdf(rooms)


def test_a_dutch_hub_gets_a_dutch_sheet(day_hub: Database) -> None:
    with day_hub.write() as session:
        session.get(HubSettings, 1).language = Language.NL  # type: ignore[union-attr]
    with day_hub.read() as session:
        sheet = day_sheet(session, MONDAY, now=NOW)
        rooms = room_sheets(session, MONDAY, MONDAY + timedelta(days=6), now=NOW)
    (page,) = pages(day_sheet_pdf(sheet))
    assert "Maandag 23 november 2026" in page and "Dagoverzicht" in page and "Kantoren" in page
    assert "Monday 23 November 2026" in " ".join(pages(day_sheet_pdf(sheet, language=Language.EN)))
    door = " ".join(pages(room_sheets_pdf(rooms)))
    assert "zaterdag 28 november 2026 · gesloten".capitalize() in door


def test_a_closed_day_says_so(day_hub: Database) -> None:
    sunday = MONDAY - timedelta(days=1)
    with day_hub.read() as session:
        sheet = day_sheet(session, sunday, now=NOW)
    assert sheet.closed and sheet.opens is None and sheet.closes is None
    # the booking that began on Sunday night is there, in a grid that shows it
    assert [b.title for b in sheet.bookings] == ["Night of the hub"]
    (page,) = pages(day_sheet_pdf(sheet))
    assert "The hub is closed on this day." in page and "Night of the hub" in page
    with day_hub.read() as session:
        quiet = day_sheet(session, sunday - timedelta(days=7), now=NOW)
    assert quiet.closed and not quiet.bookings
    (page,) = pages(day_sheet_pdf(quiet))
    assert "The hub is closed on this day." in page and "Offices (2/3)" in page


def test_far_days_are_just_days(day_hub: Database) -> None:
    with day_hub.read() as session:
        for day in (date(1970, 1, 1), date(2099, 12, 31), MONDAY + timedelta(days=365 * 20)):
            sheet = day_sheet(session, day)
            assert not sheet.bookings and not sheet.guests
            assert pages(day_sheet_pdf(sheet))
            assert len(room_sheets(session, day, day + timedelta(days=30))) == 3


def test_room_sheets_refuse_unknown_rooms_and_long_periods(day_hub: Database) -> None:
    with day_hub.read() as session:
        office = _room_id(session, "Office 1")
        mesdag = _room_id(session, "Room Mesdag")
        for wrong in ([999_999], [mesdag, office]):
            with pytest.raises(ValidationError) as refused:
                room_sheets(session, MONDAY, space_ids=wrong)
            assert refused.value.field == "space_ids"
        for last in (MONDAY - timedelta(days=1), MONDAY + timedelta(days=31)):
            with pytest.raises(ValidationError) as refused:
                room_sheets(session, MONDAY, last)
            assert refused.value.field == "last"
        assert len(room_sheets(session, MONDAY, MONDAY + timedelta(days=30))) == 3
        # a closed-down room on request, and the rooms in the hub's order
        chosen = room_sheets(session, MONDAY, space_ids=[mesdag, _room_id(session, "Old room")])
    assert [sheet.room.name for sheet in chosen] == ["Old room", "Room Mesdag"]


# ----------------------------------------------------- many bookings in a room


def _busy_sheet(count: int, title: str = "Stand-up of team {n}") -> DaySheet:
    """A hand-made day: one room with ``count`` bookings in a row (in the
    opening hours up to 40, round the clock beyond), a few other rooms with
    hostile names, and full lists."""
    rooms = [
        SheetRoom(1, "Room A", SpaceKind.MEETING_ROOM, 1, 8),
        SheetRoom(2, "A busy room with a rather long name indeed", SpaceKind.MEETING_ROOM, 1, 8),
        SheetRoom(3, HOSTILE[0], SpaceKind.MEETING_ROOM, 2, 8),
        SheetRoom(4, HOSTILE[1], SpaceKind.MEETING_ROOM, 2, 8),
        SheetRoom(9, "Atrium", SpaceKind.EVENT_SPACE, 0, 120),
    ]
    minutes = 600 if count <= 40 else 1440
    step = minutes // count
    first = 8 * 60 if count <= 40 else 0
    bookings = [
        SheetBooking(
            1000 + n,
            2,
            at(MONDAY, 0, first + n * step),
            at(MONDAY, 0, first + (n + 1) * step),
            title.format(n=n + 1),
            f"Person {n + 1} (Organisation {n + 1})",
            3,
            False,
        )
        for n in range(count)
    ]
    long_title = ("A very long title " * 12)[:200]
    bookings += [
        SheetBooking(1, 1, at(MONDAY, 9), at(MONDAY, 11), long_title, HOSTILE[0], 4, False),
        SheetBooking(2, 3, at(MONDAY, 10), at(MONDAY, 10, 30), HOSTILE[2], HOSTILE[1], 12, True),
        SheetBooking(3, 4, at(MONDAY, 13), at(MONDAY, 17), HOSTILE[3], HOSTILE[2], 30, False),
        SheetBooking(
            4, 9, at(MONDAY, -3), at(MONDAY, 12), "Conference, day 2", "Events", 100, False
        ),
    ]
    bookings.sort(key=lambda b: (b.start, b.space_id))
    offices = tuple(
        SheetOffice(
            100 + n,
            f"Office {n // 10 + 1}.{n % 10 + 1:02d}",
            n // 10 + 1,
            (HOSTILE[n % 4],) if n % 7 else (),
        )
        for n in range(40)
    )
    flex = tuple(
        SheetFlex(
            f"Flexer {n} ({HOSTILE[n % 4]})",
            f"Flex 2.{n:02d}",
            at(MONDAY, 8),
            at(MONDAY, 13),
            DayPart.MORNING,
        )
        for n in range(20)
    )
    guests = tuple(
        SheetGuest(
            at(MONDAY, 9, 15 * n),
            f"Guest {n} {HOSTILE[2]}",
            HOSTILE[1],
            f"Host {n}",
            HOSTILE[0],
            None,
        )
        for n in range(10)
    )
    events = (
        SheetEvent(at(MONDAY, 19), at(MONDAY, 21), "Drinks <all welcome> & more", "Atrium", 34, 80),
    )
    return DaySheet(
        "Hub <Test> & Co",
        Language.EN,
        MONDAY,
        time(8),
        time(18),
        tuple(rooms),
        tuple(bookings),
        offices,
        flex,
        guests,
        events,
        NOW,
    )


@pytest.mark.parametrize("count", [40, 100])
def test_a_room_with_many_bookings_still_prints_them_all(count: int) -> None:
    sheet = _busy_sheet(count)
    pdf = day_sheet_pdf(sheet)
    text = pages(pdf)
    assert len(text) <= 3
    assert_every_booking_printed(sheet, pdf)
    joined = " ".join(text)
    for name in HOSTILE:
        assert printed(name) in joined
    assert "Drinks <all welcome> & more" in joined
    # the bookings the grid cannot show whole are numbered 1, 2, 3, ...
    numbers = {int(n) for n in re.findall(r"(?:^| )(\d+) \d\d:\d\d\u2013\d\d:\d\d · ", joined)}
    assert numbers == set(range(1, max(numbers) + 1)) and len(numbers) >= count


def test_a_word_longer_than_any_line_is_printed_whole() -> None:
    word = "Ü" + "x" * 198 + "!"
    sheet = _busy_sheet(3, title=word)
    text = "".join("".join(pages(day_sheet_pdf(sheet))).split())
    assert text.count(word) == 3


def test_door_sheets_go_on_over_pages_with_the_room_named(tmp_path: Path) -> None:
    busy = _busy_sheet(40)
    room = busy.rooms[1]
    sheet = RoomSheet(
        busy.hub_name,
        Language.EN,
        room,
        (MONDAY,),
        ((time(8), time(18)),),
        tuple(b for b in busy.bookings if b.space_id == room.space_id),
        NOW,
    )
    short = RoomSheet(
        busy.hub_name,
        Language.EN,
        busy.rooms[2],
        (MONDAY,),
        ((time(8), time(18)),),
        tuple(b for b in busy.bookings if b.space_id == 3),
        NOW,
    )
    text = pages(room_sheets_pdf([sheet, short]))
    assert 3 <= len(text) <= 12
    *long_pages, last = text
    for number, page in enumerate(long_pages, start=1):
        assert room.name in page
        assert f"Page {number} of {len(long_pages)}" in page
        assert ("(continued)" in page) == (number > 1)
    assert printed(HOSTILE[0]) in last and "Page" not in last
    joined = " ".join(long_pages)
    for booking in sheet.bookings:
        assert booking.title in joined and booking.booker in joined
    assert printed(HOSTILE[2]) in last and printed(HOSTILE[1]) in last


def test_no_rooms_is_a_page_that_says_so() -> None:
    (page,) = pages(room_sheets_pdf([], "Hub"))
    assert "No meeting rooms or event spaces." in page
    empty = DaySheet("Hub", Language.EN, MONDAY, time(8), time(18), (), (), (), (), (), ())
    (page,) = pages(day_sheet_pdf(empty))
    assert "No meeting rooms or event spaces." in page and "Offices (0/0)" in page
