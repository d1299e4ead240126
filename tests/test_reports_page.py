"""The Reports page: occupancy, revenue and members over a period, each a
chart above a table, exported to CSV, saved as PDF and printed; on a real
SQLite hub."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hubdesk.app import Core
from hubdesk.domain.models import Member
from hubdesk.domain.periods import Grain
from hubdesk.services.audit import SYSTEM
from hubdesk.services.bookings import BookingRequest, create_booking
from hubdesk.services.occupancy import occupancy_report
from hubdesk.ui.pages.reports import ReportsPage, preset_period
from tests.helpers import T0, add_organisation, add_space, at, next_monday, open_page, open_window
from tests.helpers import sign_in as sign_in_window
from tests.test_printing import answer, print_to

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def _hub(core: Core) -> date:
    """Two rooms; on a Monday ahead Mesdag is booked 10-12 and Escher 14-15."""
    monday = next_monday()

    def fill(s: Any) -> None:
        mesdag = add_space(s, "Room Mesdag").id
        escher = add_space(s, "Room Escher <klein>", capacity=4).id
        org = add_organisation(s, "Bürger & Söhne")
        member = Member(organisation_id=org.id, first_name="Sanne", last_name="Vos", created_at=T0)
        s.add(member)
        s.flush()
        for space, start, end in ((mesdag, 10, 12), (escher, 14, 15)):
            request = BookingRequest(
                space_id=space,
                start_at=at(monday, start),
                end_at=at(monday, end),
                title="Board",
                member_id=member.id,
            )
            create_booking(s, request, SYSTEM)

    core.write(fill)
    return monday


def _read(qtbot: QtBot, page: ReportsPage) -> None:
    """Wait for the report being read on its thread."""
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)


def _week(qtbot: QtBot, core: Core, monday: date) -> ReportsPage:
    page: ReportsPage = open_page(qtbot, core, ReportsPage, "maria", size=(1200, 800))
    page.set_grain(Grain.DAY)
    page.set_period(monday, monday + timedelta(days=6))
    _read(qtbot, page)
    return page


def _texts(page: ReportsPage) -> list[list[str]]:
    model = page.proxy
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_presets_end_today_or_cover_whole_months_and_years() -> None:
    today = date(2026, 11, 22)
    assert preset_period("this_month", today) == (date(2026, 11, 1), today)
    assert preset_period("last_month", today) == (date(2026, 10, 1), date(2026, 10, 31))
    assert preset_period("this_year", today) == (date(2026, 1, 1), today)
    assert preset_period("last_year", today) == (date(2025, 1, 1), date(2025, 12, 31))
    assert preset_period("last_12_months", today) == (date(2025, 12, 1), today)
    assert preset_period("last_month", date(2026, 1, 5)) == (date(2025, 12, 1), date(2025, 12, 31))


def test_occupancy_per_space_equals_the_service(
    qtbot: QtBot, core: Core, tmp_path: Path, qtmodeltester: Any
) -> None:
    monday = _hub(core)
    page = _week(qtbot, core, monday)
    assert page.report() == "occupancy"
    report = core.read(lambda s: occupancy_report(s, monday, monday + timedelta(days=6), Grain.DAY))
    rows = {row[0]: row for row in _texts(page)}
    mesdag = next(s for s in report.spaces if s.name == "Room Mesdag")
    assert mesdag.booked_seconds == 2 * 3600
    assert rows["Room Mesdag"][3:5] == ["1", "2.0"]
    assert rows["Room Escher <klein>"][4] == "1.0"
    assert rows["Room Mesdag"][6].endswith("%")
    qtmodeltester.check(page.model)

    # sorted by the hours booked, not by their text
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert _texts(page)[0][0] == "Room Mesdag"

    # every table of the report can be shown
    for index in range(page.view_choice.count()):
        page.view_choice.setCurrentIndex(index)
        assert page.shown_table().title
    page.view_choice.setCurrentIndex(0)

    written = page.export_csv(tmp_path / "occupancy.csv")
    assert written is not None
    lines = written.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Space;Kind;Floor;Bookings;Hours booked;Hours open;Occupancy"
    assert any(line.startswith("Room Mesdag;Meeting room;0;1;2.0;") for line in lines)

    saved = page.save_pdf(tmp_path / "occupancy.pdf")
    assert saved is not None
    text = "".join(p.extract_text() for p in PdfReader(saved).pages)
    assert "Occupancy per space" in text and "Room Escher <klein>" in text
    assert "Offices let and vacant" in text


def test_a_period_ending_before_it_starts_says_so(qtbot: QtBot, core: Core) -> None:
    monday = _hub(core)
    page = _week(qtbot, core, monday)
    page.set_period(monday, monday - timedelta(days=3))
    _read(qtbot, page)
    assert page.error.isVisible() and page.error.text()


def test_revenue_and_members_reports(qtbot: QtBot, core: Core) -> None:
    monday = _hub(core)
    page = _week(qtbot, core, monday)
    page.show_report("revenue")
    _read(qtbot, page)
    assert page.report() == "revenue"
    texts = _texts(page)
    assert texts[-1][0] == "Total"
    assert page.summary.text().startswith("Unpaid on")
    page.show_report("members")
    _read(qtbot, page)
    assert len(_texts(page)) == 7  # a row per day
    assert page.shown_table().columns[1].title == "Check-ins"


def test_ctrl_r_opens_the_reports_and_ctrl_p_prints_the_report(
    qtbot: QtBot, core: Core, tmp_path: Path
) -> None:
    _hub(core)
    window = open_window(qtbot, core, tmp_path)
    sign_in_window(qtbot, window, "maria", "correct horse")
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(lambda: page.shown is not None and not page.busy())
    print_to(page, tmp_path / "report.pdf")
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    printed = answer(page.last_print_dialog, tmp_path / "report.pdf")
    assert len(printed.pages) >= 1
    box = printed.pages[0].mediabox
    assert box.width > box.height


def test_a_choice_made_while_a_report_is_read_is_read_after_it(qtbot: QtBot, core: Core) -> None:
    monday = _hub(core)
    page = _week(qtbot, core, monday)
    page.show_report("members")  # starts reading the week by day
    page.set_grain(Grain.MONTH)  # chosen while that is read
    _read(qtbot, page)
    assert page.report_data.grain is Grain.MONTH
    months = {monday.month, (monday + timedelta(days=6)).month}
    assert len(_texts(page)) == len(months)  # a row a month, not a row a day


def test_no_report_for_a_refused_period_nothing_to_export(
    qtbot: QtBot, core: Core, tmp_path: Path
) -> None:
    monday = _hub(core)
    page = _week(qtbot, core, monday)
    assert page.csv_button.isEnabled()
    page.set_period(monday, monday - timedelta(days=3))
    _read(qtbot, page)
    assert page.shown is None and page.proxy.rowCount() == 0
    assert not page.csv_button.isEnabled() and not page.print_button.isEnabled()
    assert page.export_csv(tmp_path / "old.csv") is None
    assert not (tmp_path / "old.csv").exists()
    page.set_period(monday, monday)
    _read(qtbot, page)
    assert page.csv_button.isEnabled() and page.proxy.rowCount() > 0


def test_weeks_are_written_as_their_days(qtbot: QtBot, core: Core) -> None:
    """A week the period cuts short reads as the days it has, not as a dip."""
    _hub(core)
    page: ReportsPage = open_page(qtbot, core, ReportsPage, "maria", size=(1200, 800))
    page.set_grain(Grain.WEEK)
    page.set_period(date(2026, 1, 1), date(2026, 1, 14))  # a Thursday to a Wednesday
    _read(qtbot, page)
    page.view_choice.setCurrentIndex(3)  # over time
    dash = "\u2013"
    # CLDR may set the dash between (thin) spaces: Babel 2.19 does
    assert [re.sub(r"\s*\u2013\s*", dash, row[0]) for row in _texts(page)] == [
        f"1{dash}4 Jan 2026",
        f"5{dash}11 Jan 2026",
        f"12{dash}14 Jan 2026",
    ]
