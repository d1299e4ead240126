"""The occupancy report on a hand-made week, on SQLite and PostgreSQL: every
number is worked out by hand in the comments next to it.

The week is Monday 2 to Sunday 8 March 2026 (Europe/Amsterdam, no clock
change). Opening hours: Monday to Friday 08:00-18:00 (10 h), Saturday
10:00-14:00 (4 h), Sunday closed; so one space is open
5 x 10 h + 4 h = 54 h = 194,400 s in the week.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from hubdesk.db import Database
from hubdesk.domain.enums import BookingStatus, LeaseStatus, PaymentMethod, SpaceKind
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.models import Booking, CheckIn, DayPass, HubSettings, Member, Space
from hubdesk.domain.money import Money
from hubdesk.domain.occupancy import (
    GroupUsage,
    OccupancyReport,
    OfficeUsage,
    PeriodUsage,
    SpaceUsage,
)
from hubdesk.domain.periods import MAX_REPORT_DAYS, Grain
from hubdesk.reports.occupancy_sheet import occupancy_sheet_pdf
from hubdesk.reports.tables import Column, TableSection, heat_rgb, table_document
from hubdesk.services import booked_days
from hubdesk.services.hub import ensure_defaults
from hubdesk.services.occupancy import occupancy_report
from tests.helpers import T0, ZONE, add_lease, add_organisation, add_space

MONDAY = date(2026, 3, 2)
SUNDAY = MONDAY + timedelta(days=6)
HOURS = {
    "mon": ["08:00", "18:00"],
    "tue": ["08:00", "18:00"],
    "wed": ["08:00", "18:00"],
    "thu": ["08:00", "18:00"],
    "fri": ["08:00", "18:00"],
    "sat": ["10:00", "14:00"],
    "sun": None,
}
H = 3600
#: One space open for the week: 5 x 10 h + 4 h.
WEEK_OPEN = 54 * H


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), ZONE)


def on(weekday: int, hour: int, minute: int = 0) -> datetime:
    """A local time in the week (0 = Monday)."""
    return at(MONDAY + timedelta(days=weekday), hour, minute)


def book(
    session: Session,
    space: Space,
    start: datetime,
    end: datetime,
    status: BookingStatus = BookingStatus.CONFIRMED,
) -> None:
    """A booking as stored, and counted in the booked days as the booking
    service counts it (the service's checks on hours and the past are not
    what this test is about; the database's overlap guard still is)."""
    booking = Booking(
        space_id=space.id,
        customer_name="Test",
        start_at=start,
        end_at=end,
        blocked_until=end,
        status=status,
        created_at=T0,
        cancelled_at=T0 if status == BookingStatus.CANCELLED else None,
    )
    session.add(booking)
    session.flush()
    if status != BookingStatus.CANCELLED:
        booked_days.add(session, space.id, start, end, ZONE)


def set_hours(session: Session, hours: dict[str, list[str] | None], name: str = "Hub") -> None:
    ensure_defaults(session, name)
    session.flush()
    settings = session.get(HubSettings, 1)
    assert settings is not None
    settings.opening_hours = hours
    settings.time_zone = "Europe/Amsterdam"


def space(
    session: Session, name: str, kind: SpaceKind, floor: int, *, active: bool = True
) -> Space:
    found = add_space(session, name, kind, capacity=6)
    found.floor = floor
    found.active = active
    session.flush()
    return found


@dataclass
class Week:
    db: Database
    ids: dict[str, int]


@pytest.fixture
def week(any_db: Database) -> Iterator[Week]:
    with any_db.write() as s:
        set_hours(s, HOURS, "Impact Hub Den Haag")
        room_a = space(s, "Room A", SpaceKind.MEETING_ROOM, 0)
        room_b = space(s, "Room B", SpaceKind.MEETING_ROOM, 1)
        # out of use now, but booked on Tuesday: counted, open all week
        old = space(s, "Room Old", SpaceKind.MEETING_ROOM, 0, active=False)
        # out of use and not booked: left out
        space(s, "Room Gone", SpaceKind.MEETING_ROOM, 3, active=False)
        hall = space(s, "Hall", SpaceKind.EVENT_SPACE, 0)
        desk = space(s, "Desk 1", SpaceKind.FLEX_DESK, 1)
        office_1 = space(s, "Office 1", SpaceKind.PRIVATE_OFFICE, 2)
        office_2 = space(s, "Office 2", SpaceKind.PRIVATE_OFFICE, 2)
        office_3 = space(s, "Office 3", SpaceKind.PRIVATE_OFFICE, 3)

        # Room A: Monday 09:00-11:00 (2 h) and 13:30-14:15 (45 min), Wednesday
        # 08:00-18:00 (10 h): 12.75 h = 45,900 s in 3 bookings.
        book(s, room_a, on(0, 9), on(0, 11))
        book(s, room_a, on(0, 13, 30), on(0, 14, 15))
        book(s, room_a, on(2, 8), on(2, 18))
        # not counted: cancelled, and before and after the week
        book(s, room_a, on(3, 10), on(3, 12), BookingStatus.CANCELLED)
        book(s, room_a, on(-3, 9), on(-3, 10))
        book(s, room_a, on(7, 9), on(7, 10))
        # Room B: Tuesday 16:00-17:30 (1.5 h), Saturday 10:00-14:00 (4 h):
        # 5.5 h = 19,800 s in 2 bookings.
        book(s, room_b, on(1, 16), on(1, 17, 30))
        book(s, room_b, on(5, 10), on(5, 14))
        # Room Old: Tuesday 09:00-10:00 (1 h).
        book(s, old, on(1, 9), on(1, 10))
        # Hall, booked by a manager at night: Sunday 1 March 23:00 to Monday
        # 01:00 (1 h in the week, on Monday) and Friday 22:00 to Saturday
        # 01:00 (2 h on Friday, 1 h on Saturday): 4 h = 14,400 s, 2 bookings.
        book(s, hall, on(-1, 23), on(0, 1))
        book(s, hall, on(4, 22), on(5, 1))
        # Desk 1: Monday morning and afternoon (5 h + 5 h), Friday morning
        # (5 h): 15 h = 54,000 s in 3 bookings.
        book(s, desk, on(0, 8), on(0, 13))
        book(s, desk, on(0, 13), on(0, 18))
        book(s, desk, on(4, 8), on(4, 13))

        # Check-ins. Monday: Ann uses a flex day (counted) and comes back
        # (a second visit: not counted); Bob has a desk of his own (not
        # counted). Tuesday: a day pass (counted). Wednesday: Cas has no
        # plan and is billed (counted). Next Monday: outside the week.
        ann, bob, cas = (
            Member(first_name=name, last_name="Test", created_at=T0)
            for name in ("Ann", "Bob", "Cas")
        )
        s.add_all([ann, bob, cas])
        s.flush()
        day_pass = DayPass(
            valid_on=on(1, 9).date(),
            name="Day Guest",
            price=Money(2500),
            paid_with=PaymentMethod.CASH,
            sold_at=on(1, 9),
        )
        s.add(day_pass)
        s.flush()
        for member, day_pass_id, start, units, billable in (
            (ann.id, None, on(0, 9), 2, False),
            (ann.id, None, on(0, 15), 0, False),
            (bob.id, None, on(0, 9), 0, False),
            (None, day_pass.id, on(1, 9), 0, False),
            (cas.id, None, on(2, 11), 0, True),
            (ann.id, None, on(7, 9), 2, False),
        ):
            s.add(
                CheckIn(
                    member_id=member,
                    day_pass_id=day_pass_id,
                    in_at=start,
                    out_at=start + timedelta(hours=2),
                    flex_units=units,
                    billable=billable,
                )
            )

        # Leases. Office 1: "Bürger & Söhne <NGO>" from Wednesday, open-ended
        # (Wednesday to Sunday: 5 of 7 days, let on Sunday).
        add_lease(s, add_organisation(s, "Bürger & Söhne <NGO>"), office_1, on(2, 0).date(), None)
        # Office 2: an ended lease until Tuesday (2 days) and a new one from
        # Friday (3 days): 5 days, two tenants in order, let on Sunday.
        add_lease(
            s,
            add_organisation(s, "مؤسسة"),
            office_2,
            date(2026, 1, 1),
            on(1, 0).date(),
            LeaseStatus.ENDED,
        )
        add_lease(s, add_organisation(s, "Acme"), office_2, on(4, 0).date(), None)
        # Office 3: two ended leases that overlap (February to Wednesday and
        # Tuesday to Thursday): Monday to Thursday, 4 days (not 3 + 3), and a
        # draft from Saturday (not counted): vacant on Sunday.
        add_lease(
            s,
            add_organisation(s, "First Tenant"),
            office_3,
            date(2026, 2, 1),
            on(2, 0).date(),
            LeaseStatus.ENDED,
        )
        add_lease(
            s,
            add_organisation(s, "Second Tenant"),
            office_3,
            on(1, 0).date(),
            on(3, 0).date(),
            LeaseStatus.ENDED,
        )
        add_lease(
            s,
            add_organisation(s, "Maybe Later"),
            office_3,
            on(5, 0).date(),
            None,
            LeaseStatus.DRAFT,
        )
        ids = {
            "room_a": room_a.id,
            "room_b": room_b.id,
            "old": old.id,
            "hall": hall.id,
            "desk": desk.id,
        }
    yield Week(any_db, ids)


def report(
    db: Database, first: date = MONDAY, last: date = SUNDAY, **kw: object
) -> OccupancyReport:
    with db.read() as s:
        return occupancy_report(s, first, last, **kw)  # type: ignore[arg-type]


def test_every_space_kind_and_floor_of_the_week(week: Week) -> None:
    found = report(week.db, grain=Grain.DAY)
    assert (found.hub_name, found.first, found.last, found.grain) == (
        "Impact Hub Den Haag",
        MONDAY,
        SUNDAY,
        Grain.DAY,
    )
    # by kind (meeting rooms, event spaces, flex desks), floor, name; the
    # room out of use without bookings is left out
    rows = [
        (s.name, s.kind, s.floor, s.bookings, s.booked_seconds, s.open_seconds, s.active)
        for s in found.spaces
    ]
    assert rows == [
        ("Room A", SpaceKind.MEETING_ROOM, 0, 3, 45_900, WEEK_OPEN, True),
        ("Room Old", SpaceKind.MEETING_ROOM, 0, 1, 3_600, WEEK_OPEN, False),
        ("Room B", SpaceKind.MEETING_ROOM, 1, 2, 19_800, WEEK_OPEN, True),
        ("Hall", SpaceKind.EVENT_SPACE, 0, 2, 14_400, WEEK_OPEN, True),
        ("Desk 1", SpaceKind.FLEX_DESK, 1, 3, 54_000, WEEK_OPEN, True),
    ]
    # 45,900 / 194,400
    assert found.spaces[0].rate == pytest.approx(0.2361, abs=1e-4)
    kinds = [(g.key, g.spaces, g.booked_seconds, g.open_seconds) for g in found.kinds]
    assert kinds == [
        # 45,900 + 3,600 + 19,800; three rooms open 54 h each
        ("meeting_room", 3, 69_300, 3 * WEEK_OPEN),
        ("event_space", 1, 14_400, WEEK_OPEN),
        ("flex_desk", 1, 54_000, WEEK_OPEN),
    ]
    floors = [(g.key, g.spaces, g.booked_seconds, g.open_seconds) for g in found.floors]
    assert floors == [
        # Room A, Room Old, Hall: 45,900 + 3,600 + 14,400
        ("0", 3, 63_900, 3 * WEEK_OPEN),
        # Room B, Desk 1: 19,800 + 54,000
        ("1", 2, 73_800, 2 * WEEK_OPEN),
    ]


def test_the_series_per_day_week_and_month(week: Week) -> None:
    days = report(week.db, grain=Grain.DAY).series
    by_kind: dict[SpaceKind, list[tuple[int, int]]] = {}
    for point in days:
        by_kind.setdefault(point.kind, []).append((point.booked_seconds, point.open_seconds))
    assert [p.first for p in days[:7]] == [MONDAY + timedelta(days=n) for n in range(7)]
    assert [p.n for p in days[:7]] == list(range(7))
    # three rooms: 10 h each on weekdays, 4 h on Saturday, closed on Sunday
    weekday, saturday = 3 * 10 * H, 3 * 4 * H
    assert by_kind[SpaceKind.MEETING_ROOM] == [
        (9_900, weekday),  # Monday: Room A 2 h + 45 min
        (9_000, weekday),  # Tuesday: Room B 1.5 h, Room Old 1 h
        (36_000, weekday),  # Wednesday: Room A 10 h
        (0, weekday),  # Thursday: the cancelled booking does not count
        (0, weekday),
        (14_400, saturday),  # Saturday: Room B 4 h
        (0, 0),
    ]
    assert by_kind[SpaceKind.EVENT_SPACE] == [
        (3_600, 10 * H),  # the hour after midnight of the booking from Sunday
        (0, 10 * H),
        (0, 10 * H),
        (0, 10 * H),
        (7_200, 10 * H),  # Friday 22:00-24:00
        (3_600, 4 * H),  # Saturday 00:00-01:00
        (0, 0),
    ]
    assert by_kind[SpaceKind.FLEX_DESK] == [
        (36_000, 10 * H),
        (0, 10 * H),
        (0, 10 * H),
        (0, 10 * H),
        (18_000, 10 * H),
        (0, 4 * H),
        (0, 0),
    ]
    for grain in (Grain.WEEK, Grain.MONTH):
        whole = report(week.db, grain=grain).series
        assert [
            (p.kind, p.n, p.first, p.last, p.booked_seconds, p.open_seconds) for p in whole
        ] == [
            (SpaceKind.MEETING_ROOM, 0, MONDAY, SUNDAY, 69_300, 3 * WEEK_OPEN),
            (SpaceKind.EVENT_SPACE, 0, MONDAY, SUNDAY, 14_400, WEEK_OPEN),
            (SpaceKind.FLEX_DESK, 0, MONDAY, SUNDAY, 54_000, WEEK_OPEN),
        ]


def test_bucket_counts_of_a_longer_period(week: Week) -> None:
    first, last = date(2026, 1, 15), date(2026, 3, 10)
    for grain, count in ((Grain.DAY, 55), (Grain.WEEK, 9), (Grain.MONTH, 3)):
        found = report(week.db, first, last, grain=grain)
        rooms = [p for p in found.series if p.kind == SpaceKind.MEETING_ROOM]
        assert len(rooms) == count
        assert (rooms[0].first, rooms[-1].last) == (first, last)
        # the week's bookings, and Room A's hours on the Friday before and
        # the Monday after
        assert sum(p.booked_seconds for p in rooms) == 69_300 + 2 * 3_600
        assert sum(p.open_seconds for p in rooms) == found.kinds[0].open_seconds
    months = report(week.db, first, last, grain=Grain.MONTH)
    assert [(p.first, p.last) for p in months.series[:3]] == [
        (first, date(2026, 1, 31)),
        (date(2026, 2, 1), date(2026, 2, 28)),
        (date(2026, 3, 1), last),
    ]
    # on the sheet, a month the period cuts short is written as its days
    _pages, text = pdf_text(occupancy_sheet_pdf(months))
    dash = "\u2013"
    assert f"15 Jan 2026 {dash} 31 Jan 2026" in text and f"1 Mar 2026 {dash} 10 Mar 2026" in text


def test_the_meeting_rooms_busiest_hours(week: Week) -> None:
    found = report(week.db)
    cells = {(c.weekday, c.hour): (c.booked_seconds, c.open_seconds) for c in found.hours}
    # open: 3 rooms x 1 h in every hour the hub is open, only those
    assert len(cells) == 5 * 10 + 4
    booked = {key: seconds for key, (seconds, _open) in cells.items() if seconds}
    assert booked == {
        (0, 9): H,  # Monday, Room A 09:00-11:00
        (0, 10): H,
        (0, 13): 1_800,  # Room A 13:30-14:15
        (0, 14): 900,
        (1, 9): H,  # Tuesday, Room Old 09:00-10:00
        (1, 16): H,  # Room B 16:00-17:30
        (1, 17): 1_800,
        **{(2, hour): H for hour in range(8, 18)},  # Wednesday, Room A all day
        **{(5, hour): H for hour in range(10, 14)},  # Saturday, Room B
    }
    assert {open_ for _b, open_ in cells.values()} == {3 * H}
    assert cells[(2, 8)] == (H, 3 * H)


def test_the_flex_pool_per_day(week: Week) -> None:
    flex = report(week.db).flex
    assert [(d.day, d.desks, d.reserved, d.checked_in) for d in flex] == [
        (MONDAY, 1, 1, 1),  # the desk twice (one desk); Ann (not Bob, not her second visit)
        (MONDAY + timedelta(days=1), 1, 0, 1),  # the day pass
        (MONDAY + timedelta(days=2), 1, 0, 1),  # Cas, billed
        (MONDAY + timedelta(days=3), 1, 0, 0),
        (MONDAY + timedelta(days=4), 1, 1, 0),
        (MONDAY + timedelta(days=5), 1, 0, 0),
        (SUNDAY, 1, 0, 0),
    ]
    assert flex[0].rate == 1.0 and flex[1].rate == 0.0


def test_the_walk_ins_are_read_from_their_index(db: Database) -> None:
    """The walk-ins' condition is written as the index's own text: SQLite
    only reads a partial index for a query whose condition is the same."""
    statements: list[tuple[str, object]] = []

    def seen(_conn: object, _cursor: object, statement: str, params: object, *_: object) -> None:
        if "check_ins" in statement:
            statements.append((statement, params))

    with db.write() as s:
        set_hours(s, HOURS)
    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        report(db, kinds=[SpaceKind.FLEX_DESK])
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert len(statements) == 1
    statement, params = statements[0]
    with db.engine.connect() as connection:
        plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params).all()  # type: ignore[arg-type]
    assert any("ix_check_ins_walk_ins" in str(row) for row in plan), plan


def test_offices_from_their_leases(week: Week) -> None:
    offices = report(week.db).offices
    rows = [
        (o.name, o.floor, o.organisations, o.let_days, o.days, o.let_on_last_day) for o in offices
    ]
    assert rows == [
        ("Office 1", 2, ("Bürger & Söhne <NGO>",), 5, 7, True),
        ("Office 2", 2, ("مؤسسة", "Acme"), 5, 7, True),
        ("Office 3", 3, ("First Tenant", "Second Tenant"), 4, 7, False),
    ]
    assert offices[0].rate == pytest.approx(5 / 7)


def test_kinds_choose_the_sections(week: Week) -> None:
    rooms = report(week.db, kinds=[SpaceKind.MEETING_ROOM])
    assert [s.name for s in rooms.spaces] == ["Room A", "Room Old", "Room B"]
    assert [g.key for g in rooms.kinds] == ["meeting_room"]
    assert [(g.key, g.booked_seconds) for g in rooms.floors] == [("0", 49_500), ("1", 19_800)]
    assert rooms.hours and not rooms.flex and not rooms.offices
    offices = report(week.db, kinds=[SpaceKind.PRIVATE_OFFICE])
    assert not offices.spaces and not offices.series and not offices.hours and not offices.flex
    assert len(offices.offices) == 3
    desks = report(week.db, kinds=[SpaceKind.DEDICATED_DESK, SpaceKind.FLEX_DESK])
    assert [s.name for s in desks.spaces] == ["Desk 1"]
    assert not desks.hours and len(desks.flex) == 7


def test_the_period_is_checked(db: Database) -> None:
    with db.read() as s:
        with pytest.raises(ValidationError) as error:
            occupancy_report(s, SUNDAY, MONDAY)
        assert error.value.field == "last"
        with pytest.raises(ValidationError) as error:
            occupancy_report(s, MONDAY, MONDAY + timedelta(days=MAX_REPORT_DAYS))
        assert error.value.field == "first"
        # the longest period is fine, and one day is
        assert occupancy_report(s, MONDAY, MONDAY + timedelta(days=MAX_REPORT_DAYS - 1)).days == (
            MAX_REPORT_DAYS
        )
        assert occupancy_report(s, MONDAY, MONDAY).days == 1


def test_weeks_of_a_clock_change(any_db: Database) -> None:
    """Open on Sundays 01:00-05:00 only. On 26 October 2025 the clocks go
    back at 03:00 (to 02:00): that Sunday is open 5 h, and its hour 2 lasts
    two hours. On 29 March 2026 they go forward at 02:00 (to 03:00): open
    3 h, and there is no hour 2. A room is booked for the whole opening."""
    hours = dict.fromkeys(("mon", "tue", "wed", "thu", "fri", "sat"))
    hours["sun"] = ["01:00", "05:00"]
    with any_db.write() as s:
        set_hours(s, hours)  # type: ignore[arg-type]
        room = space(s, "Room A", SpaceKind.MEETING_ROOM, 0)
        for sunday in (date(2025, 10, 26), date(2026, 3, 29)):
            book(s, room, at(sunday, 1), at(sunday, 5))
    autumn = report(any_db, date(2025, 10, 20), date(2025, 10, 26), grain=Grain.DAY)
    assert (autumn.spaces[0].booked_seconds, autumn.spaces[0].open_seconds) == (5 * H, 5 * H)
    sunday = autumn.series[6]
    assert (sunday.first, sunday.booked_seconds, sunday.open_seconds) == (
        date(2025, 10, 26),
        5 * H,
        5 * H,
    )
    assert {(c.hour, c.booked_seconds, c.open_seconds) for c in autumn.hours} == {
        (1, H, H),
        (2, 2 * H, 2 * H),
        (3, H, H),
        (4, H, H),
    }
    spring = report(any_db, date(2026, 3, 23), date(2026, 3, 29), grain=Grain.WEEK)
    assert (spring.series[0].booked_seconds, spring.series[0].open_seconds) == (3 * H, 3 * H)
    assert {(c.hour, c.booked_seconds, c.open_seconds) for c in spring.hours} == {
        (1, H, H),
        (3, H, H),
        (4, H, H),
    }


# ------------------------------------------------------------------ the sheet


def pdf_text(pdf: bytes) -> tuple[int, str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_the_sheet_of_the_week(week: Week) -> None:
    found = report(week.db, grain=Grain.DAY)
    pdf = occupancy_sheet_pdf(found)
    assert pdf == occupancy_sheet_pdf(found)  # deterministic
    assert b"DejaVuSans" in pdf
    pages, text = pdf_text(pdf)
    assert "Occupancy of Impact Hub Den Haag" in text
    assert "2 Mar 2026 to 8 Mar 2026 (7 days)" in text
    for name in ("Room A", "Room Old (out of use)", "Room B", "Hall", "Desk 1", "Office 3"):
        assert name in text
    # Room A 45,900 / 194,400 s; Room Old 3,600; Room B 19,800; Hall 14,400;
    # Desk 1 54,000; the kinds (69,300 / 583,200) and floors (63,900 /
    # 583,200; 73,800 / 388,800)
    for rate in ("23.6%", "1.9%", "10.2%", "7.4%", "27.8%", "11.9%", "11.0%", "19.0%"):
        assert rate in text, rate
    assert "12.8" in text and "54.0" in text  # Room A's booked and open hours
    assert "Bürger & Söhne <NGO>" in text
    assert "5 / 7" in text and "71.4%" in text and "vacant" in text
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text


def test_the_sheet_in_dutch_numbers(week: Week) -> None:
    _pages, text = pdf_text(occupancy_sheet_pdf(report(week.db), language="nl"))
    assert "23,6%" in text and "12,8" in text
    assert "2 mrt 2026" in text


LONG_NAME = "Vergaderzaal " + " ".join(["Scheveningen-Noord"] * 7) + " " + "X" * 4
UNBROKEN = "Z" * 90


def test_names_that_could_break_the_layout() -> None:
    """Names with markup characters, Arabic, 150 characters, and one word too
    long for its column: the sheet is made, every name is in it, nothing runs
    off the page (looked at as PNG while writing this test)."""
    assert len(LONG_NAME) == 150
    names = ["Bürger & Söhne <NGO>", "مؤسسة", LONG_NAME, UNBROKEN, "<b>Acme & Co"]
    spaces = tuple(
        SpaceUsage(n, name, SpaceKind.MEETING_ROOM, 1, 8, 3, 3 * H, 10 * H)
        for n, name in enumerate(names)
    )
    offices = tuple(
        OfficeUsage(n, f"Office {n}", 2, (name, "Second & <Tenant>"), 3, 7, n % 2 == 0)
        for n, name in enumerate(names)
    )
    found = OccupancyReport(
        hub_name="Hub <Zuid> & Co",
        first=MONDAY,
        last=SUNDAY,
        grain=Grain.MONTH,
        spaces=spaces,
        kinds=(GroupUsage("meeting_room", 5, 15 * H, 50 * H),),
        floors=(GroupUsage("1", 5, 15 * H, 50 * H),),
        series=(PeriodUsage(0, MONDAY, SUNDAY, SpaceKind.MEETING_ROOM, 15 * H, 50 * H),),
        hours=(),
        offices=offices,
        flex=(),
    )
    pdf = occupancy_sheet_pdf(found)
    _pages, text = pdf_text(pdf)
    flat = " ".join(text.split())
    assert "Occupancy of Hub <Zuid> & Co" in flat
    for name in ("Bürger & Söhne <NGO>", "<b>Acme & Co", "Second & <Tenant>"):
        assert name in flat
    # wrapped over lines, each part is there
    for part in LONG_NAME.split():
        assert part in flat
    assert UNBROKEN[:20] in flat.replace(" ", "")
    assert "30.0%" in flat  # 3 h of 10 h


def test_a_table_document_checks_its_rows_and_says_when_there_are_none() -> None:
    columns = (Column("Name", 3), Column("Amount", 1, "right"))
    with pytest.raises(ValueError):
        table_document("T", "", [TableSection("S", columns, (("only one",),))])
    pdf = table_document(
        "Members",
        "March 2026",
        [
            TableSection("Nobody", columns, (), empty="No members in March."),
            TableSection("Totals", columns, (("A", "1"), ("Total", "1")), total_row=True),
        ],
        landscape=True,
    )
    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    text = page.extract_text()
    assert "No members in March." in text and "Total" in text and "Page 1 of 1" in text


def test_a_heat_map_prints_its_cells_coloured_as_on_screen() -> None:
    from pypdf import PdfReader
    from reportlab.lib.rl_accel import fp_str

    columns = (Column("Hour", 1), Column("Mon", 1, "right"), Column("Tue", 1, "right"))
    rows = (("09:00", "100.0%", "0.0%"), ("10:00", "40.0%", ""))
    with pytest.raises(ValueError):
        table_document("T", "", [TableSection("S", columns, rows, heat=((None, 1.0, 0.0),))])
    heat = ((None, 1.0, 0.0), (None, 0.4, None))
    pdf = table_document("Busiest hours", "", [TableSection("Hours", columns, rows, heat=heat)])
    content = PdfReader(io.BytesIO(pdf)).pages[0].get_contents()
    assert content is not None
    drawn = content.get_data().decode("latin-1")

    def fill(share: float) -> str:
        return fp_str(*(part / 255 for part in heat_rgb(share))) + " rg"

    # the full cell in the hub's teal, the 40 % one lighter
    assert fill(1.0) in drawn and fill(0.4) in drawn
    assert fill(1.0) != fill(0.4)
    plain = table_document("Busiest hours", "", [TableSection("Hours", columns, rows)])
    plain_content = PdfReader(io.BytesIO(plain)).pages[0].get_contents()
    assert plain_content is not None
    assert fill(1.0) not in plain_content.get_data().decode("latin-1")
