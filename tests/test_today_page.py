"""The Today page: its counts and lists against the database, refreshing by
itself, closing time, and the visitor log, on a real SQLite hub."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from hubdesk.app import Core
from hubdesk.domain.clock import FixedClock
from hubdesk.domain.enums import SpaceKind
from hubdesk.domain.models import CheckIn, DayPass, Visit
from hubdesk.domain.money import Money
from hubdesk.services import bookings, directory, frontdesk
from hubdesk.services.audit import SYSTEM
from hubdesk.services.bookings import BookingRequest
from hubdesk.services.directory import MemberInput
from hubdesk.services.frontdesk import DayPassInput, GuestInput
from hubdesk.ui.pages.today import DASH, TodayPage, VisitorLogDialog
from tests.helpers import add_organisation, add_space, at, open_page

#: A Monday (open 08:00-18:00).
MONDAY = date(2027, 3, 1)
NOW = at(MONDAY, 11)


@dataclass
class Hub:
    sanne: int  # Pier Labs
    jan: int  # Stichting Noordzee
    ingrid: int  # Stichting Noordzee
    omar: int  # no organisation
    room: int
    studio: int


@pytest.fixture
def clock() -> FixedClock:
    """The hub's clock, at NOW; a test moves it."""
    return FixedClock(NOW)


def _member(session: Any, first: str, last: str, org: int | None) -> int:
    data = MemberInput(first_name=first, last_name=last, email=f"{first.lower()}@example.org",
                       organisation_id=org)  # fmt: skip
    return directory.create_member(session, SYSTEM, data).id


def _hub(core: Core) -> Hub:
    with core.db.write() as s:
        room = add_space(s, "Room Mesdag").id
        studio = add_space(s, "Studio", capacity=20).id
        flex = add_space(s, "Flex 1", SpaceKind.FLEX_DESK, capacity=6)
        flex.price_day = Money(2750)
        add_space(s, "Desk 1", SpaceKind.DEDICATED_DESK, capacity=2)
        pier = add_organisation(s, "Pier Labs").id
        noordzee = add_organisation(s, "Stichting Noordzee").id
        return Hub(
            sanne=_member(s, "Sanne", "Bakker", pier),
            jan=_member(s, "Jan", "Visser", noordzee),
            ingrid=_member(s, "Ingrid", "Ødegaard", noordzee),
            omar=_member(s, "Omar", "Haddad", None),
            room=room,
            studio=studio,
        )


def _book(s: Any, space: int, start: datetime, end: datetime, title: str, member: int) -> None:
    request = BookingRequest(space_id=space, start_at=start, end_at=end, title=title,
                             member_id=member)  # fmt: skip
    bookings.create_booking(s, request, SYSTEM)


def _day(core: Core, hub: Hub) -> None:
    """Monday until 11:00: four in (one left again), a guest in and one
    expected, a day pass, three room bookings (one over, one on, one later)."""
    with core.db.write() as s:
        frontdesk.check_in(s, SYSTEM, hub.sanne, at(MONDAY, 8, 30))
        frontdesk.check_in(s, SYSTEM, hub.ingrid, at(MONDAY, 9))
        frontdesk.check_out(s, SYSTEM, hub.ingrid, at(MONDAY, 9, 45))
        frontdesk.check_in(s, SYSTEM, hub.jan, at(MONDAY, 10, 30))
        frontdesk.check_in(s, SYSTEM, hub.omar, at(MONDAY, 10, 45))
        frontdesk.register_guest(s, SYSTEM, GuestInput(hub.jan, "Piet Smit", "Gemeente Utrecht"),
                                 at(MONDAY, 10, 40))  # fmt: skip
        frontdesk.register_guest(
            s, SYSTEM, GuestInput(hub.sanne, "Eva de Wit", expected_at=at(MONDAY, 15)), NOW
        )
        frontdesk.sell_day_pass(s, SYSTEM, DayPassInput(name="Kofi Mensah"), at(MONDAY, 10, 50))
        _book(s, hub.studio, at(MONDAY, 14), at(MONDAY, 15), "Later", hub.jan)
        _book(s, hub.room, at(MONDAY, 8), at(MONDAY, 9), "Early", hub.sanne)
        _book(s, hub.room, at(MONDAY, 10), at(MONDAY, 12), "Planning", hub.sanne)


def _column(model: Any, column: int) -> list[str]:
    return [model.text(model.record(row), column) for row in range(model.rowCount())]


def test_the_counts_match_the_database(qtbot: QtBot, core: Core, clock: FixedClock) -> None:
    hub = _hub(core)
    _day(core, hub)
    page = open_page(qtbot, core, TodayPage)
    start, end = at(MONDAY, 0), at(MONDAY + timedelta(days=1), 0)
    with core.db.read() as s:
        open_now = s.scalar(
            select(func.count()).select_from(CheckIn).where(CheckIn.out_at.is_(None))
        )
        today = s.scalar(select(func.count()).select_from(CheckIn)
                         .where(CheckIn.in_at >= start, CheckIn.in_at < end))  # fmt: skip
        expected = s.scalar(
            select(func.count()).select_from(Visit).where(Visit.arrived_at.is_(None))
        )
        passes = s.scalar(
            select(func.count()).select_from(DayPass).where(DayPass.valid_on == MONDAY)
        )
    assert (open_now, today, expected, passes) == (4, 5, 1, 1)
    assert page.in_card.value.text() == str(open_now)
    assert page.in_card.detail.text() == "50% of 8 desk places"
    assert page.rooms_card.value.text() == "1"
    assert page.rooms_card.detail.text() == "of 2; free now: 1"
    assert page.visits_card.value.text() == str(today)
    assert page.guests_card.value.text() == str(expected)
    assert page.guests_card.detail.text() == "Guests in now: 1"
    assert page.passes_card.value.text() == str(passes)
    assert page.updated.text() == "Updated 11:00"
    assert "Monday 1 March 2027" in page.day_label.text()


def test_the_lists_in_their_order(qtbot: QtBot, core: Core, clock: FixedClock) -> None:
    hub = _hub(core)
    _day(core, hub)
    page = open_page(qtbot, core, TodayPage)
    who = page.who.model
    # by organisation (Gemeente Utrecht, Pier Labs, Stichting Noordzee), then
    # those without one
    assert _column(who, who.Col.NAME) == [
        "Piet Smit", "Sanne Bakker", "Jan Visser", "Kofi Mensah", "Omar Haddad"
    ]  # fmt: skip
    assert _column(who, who.Col.SINCE) == ["10:40", "08:30", "10:30", "10:50", "10:45"]
    assert _column(who, who.Col.NOTE) == ["Guest of Jan Visser", "", "", "Day pass", ""]
    assert "5 people, 3 organisations" in page.who.caption.text()
    rooms = page.bookings.model
    assert _column(rooms, rooms.Col.TITLE) == ["Early", "Planning", "Later"]
    spans = [f"08:00{DASH}09:00", f"10:00{DASH}12:00", f"14:00{DASH}15:00"]
    assert _column(rooms, rooms.Col.TIME) == spans
    # the one over greyed, the one on now bold, the later one plain
    font = Qt.ItemDataRole.FontRole
    assert [rooms.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
            for row in range(3)] == [True, False, False]  # fmt: skip
    assert rooms.index(1, 0).data(font).bold()
    assert rooms.index(0, 0).data(font) is None and rooms.index(2, 0).data(font) is None
    guests = page.guests.model
    assert _column(guests, guests.Col.GUEST) == ["Piet Smit · Gemeente Utrecht", "Eva de Wit"]
    assert _column(guests, guests.Col.STATUS) == ["arrived 10:40", "expected"]
    arrivals = page.arrivals.model
    assert _column(arrivals, arrivals.Col.NAME) == [
        "Kofi Mensah", "Omar Haddad", "Piet Smit", "Jan Visser"
    ]  # fmt: skip
    passes = page.day_passes.model
    assert _column(passes, passes.Col.NAME) == ["Kofi Mensah"]
    assert not any(section.is_empty for section in page.sections())


def test_an_empty_day_says_so(qtbot: QtBot, core: Core, clock: FixedClock) -> None:
    _hub(core)
    page = open_page(qtbot, core, TodayPage)
    assert all(section.is_empty for section in page.sections())
    assert page.who.empty.text() == "Nobody is in yet."
    assert page.in_card.value.text() == "0"


def test_a_check_in_shows_without_a_click(qtbot: QtBot, core: Core, clock: FixedClock) -> None:
    hub = _hub(core)
    page = open_page(qtbot, core, TodayPage)
    assert page.timer.isActive() and page.timer.interval() == 30_000
    assert page.who.is_empty
    core.write(lambda s: frontdesk.check_in(s, SYSTEM, hub.omar, at(MONDAY, 10, 59)))
    page.timer.setInterval(20)
    qtbot.waitUntil(lambda: page.who.model.rowCount() == 1, timeout=3000)
    assert _column(page.who.model, 0) == ["Omar Haddad"]
    assert page.in_card.value.text() == "1"
    page.hide()
    assert not page.timer.isActive()
    page.show()
    assert page.timer.isActive()


def test_a_change_elsewhere_reloads_the_shown_page(
    qtbot: QtBot, core: Core, clock: FixedClock
) -> None:
    hub = _hub(core)
    page = open_page(qtbot, core, TodayPage)
    core.write(lambda s: frontdesk.check_in(s, SYSTEM, hub.jan, at(MONDAY, 10)))
    page.on_data_changed({"check_in"})
    assert _column(page.who.model, 0) == ["Jan Visser"]
    before = page.reload_count
    page.on_data_changed({"invoice"})
    assert page.reload_count == before


def test_closing_time_checks_out_on_a_tick(qtbot: QtBot, core: Core, clock: FixedClock) -> None:
    hub = _hub(core)
    core.write(lambda s: frontdesk.check_in(s, SYSTEM, hub.jan, at(MONDAY, 17, 50)))
    clock.set(at(MONDAY, 17, 55))
    page = open_page(qtbot, core, TodayPage)
    assert _column(page.who.model, 0) == ["Jan Visser"]
    changed: list[object] = []
    page.data_changed.connect(changed.append)
    clock.set(at(MONDAY, 18, 5))
    page.refresh()  # the timer's slot
    assert page.who.is_empty
    assert changed == [{"check_in", "visit"}]
    dialog = page.open_visitor_log()
    log = dialog.model
    assert _column(log, log.Col.OUT) == ["18:00 (automatic)"]
    assert _column(log, log.Col.KIND) == ["Member"]


def test_no_closing_while_locked(qtbot: QtBot, core: Core, clock: FixedClock) -> None:
    hub = _hub(core)
    core.write(lambda s: frontdesk.check_in(s, SYSTEM, hub.jan, at(MONDAY, 17, 50)))
    page = open_page(qtbot, core, TodayPage)
    core.lock()
    clock.set(at(MONDAY, 18, 5))
    page.refresh()
    with core.db.read() as s:
        assert (
            s.scalar(select(func.count()).select_from(CheckIn).where(CheckIn.out_at.is_(None))) == 1
        )


def test_the_visitor_log_of_another_day_exported(
    qtbot: QtBot, core: Core, clock: FixedClock, tmp_path: Path
) -> None:
    hub = _hub(core)
    friday = MONDAY - timedelta(days=3)
    with core.db.write() as s:
        frontdesk.check_in(s, SYSTEM, hub.ingrid, at(friday, 9))
        frontdesk.check_out(s, SYSTEM, hub.ingrid, at(friday, 12, 30))
        frontdesk.register_guest(s, SYSTEM, GuestInput(hub.ingrid, "=HYPERLINK(evil)", "@corp"),
                                 at(friday, 10))  # fmt: skip
        frontdesk.close_day(s, at(friday, 19))
    _day(core, hub)
    page = open_page(qtbot, core, TodayPage)
    dialog = page.open_visitor_log()
    assert isinstance(dialog, VisitorLogDialog)
    assert dialog.day() == MONDAY and dialog.model.rowCount() == 6
    dialog.set_day(friday)
    log = dialog.model
    assert _column(log, log.Col.NAME) == ["Ingrid Ødegaard", "=HYPERLINK(evil)"]
    assert _column(log, log.Col.OUT) == ["12:30", "18:00"]
    assert _column(log, log.Col.HOST) == ["", "Ingrid Ødegaard"]
    dialog.set_day(friday - timedelta(days=1))
    assert dialog.stack.currentWidget() is dialog.empty
    assert not dialog.export_button.isEnabled()
    dialog.set_day(friday)
    target = tmp_path / "visitors.csv"
    dialog.export_to(target)
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert rows[0] == [
        "In",
        "Out",
        "Checked out at closing",
        "Name",
        "Kind",
        "Organisation",
        "Host",
    ]
    assert rows[1] == ["2027-02-26 09:00", "2027-02-26 12:30", "", "Ingrid Ødegaard", "Member",
                       "Stichting Noordzee", ""]  # fmt: skip
    # a cell a spreadsheet would run as a formula is written as text
    assert rows[2][3:6] == ["'=HYPERLINK(evil)", "Guest", "'@corp"]
    assert rows[2][1] == "2027-02-26 18:00"


def test_the_models_pass_the_model_tester(
    qtbot: QtBot, core: Core, clock: FixedClock, qtmodeltester: Any
) -> None:
    hub = _hub(core)
    _day(core, hub)
    page = open_page(qtbot, core, TodayPage)
    for section in page.sections():
        assert section.model.rowCount() > 0
        qtmodeltester.check(section.model)
    dialog = page.open_visitor_log()
    qtmodeltester.check(dialog.model)


def test_a_tick_with_nothing_new_moves_the_time(
    qtbot: QtBot, core: Core, clock: FixedClock
) -> None:
    hub = _hub(core)
    with core.db.write() as s:
        _book(s, hub.room, at(MONDAY, 10), at(MONDAY, 12), "Planning", hub.sanne)
    clock.set(at(MONDAY, 9, 55))
    page = open_page(qtbot, core, TodayPage)
    rooms = page.bookings.model
    font = Qt.ItemDataRole.FontRole
    assert rooms.index(0, 0).data(font) is None
    assert page.rooms_card.value.text() == "0"
    clock.set(at(MONDAY, 10, 5))
    page.refresh()
    assert rooms.index(0, 0).data(font).bold()
    assert page.rooms_card.value.text() == "1"
    assert page.updated.text() == "Updated 10:05"
    # nothing new but the time: the lists are not built again
    clock.set(at(MONDAY, 10, 10))
    who = page.who.model
    with qtbot.assertNotEmitted(rooms.modelReset), qtbot.assertNotEmitted(who.modelReset):
        page.refresh()
    assert page.updated.text() == "Updated 10:10"
    assert rooms.index(0, 0).data(font).bold()
    clock.set(at(MONDAY, 12, 5))
    page.refresh()
    assert rooms.index(0, 0).data(font) is None
    assert rooms.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
