"""The calendar page on a real database, driven offscreen with qtbot: the
mouse drags over the painted grid, the booking dialog opens, the services
store, and the grid shows what is stored."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from hubdesk.app import Core
from hubdesk.domain.enums import SpaceKind
from hubdesk.services import directory
from hubdesk.services.audit import SYSTEM
from hubdesk.services.bookings import (
    BookingRecord,
    BookingRequest,
    create_booking,
    get_booking,
)
from hubdesk.services.directory import MemberInput, SpaceInput
from hubdesk.ui.calendar_view import CalendarGrid
from hubdesk.ui.pages.calendar import CalendarPage, FlexOccupancyModel
from tests.helpers import TEST_NOW, at, next_monday

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)


@pytest.fixture
def rooms(core: Core) -> dict[str, int]:
    def space(name: str, kind: SpaceKind, **values: object) -> int:
        data = SpaceInput(name=name, kind=kind.value, **values)  # type: ignore[arg-type]
        return int(core.write(lambda s: directory.create_space(s, SYSTEM, data)).id)

    found = {
        "mesdag": space(
            "Room Mesdag", SpaceKind.MEETING_ROOM, capacity=8, price_hour="45", buffer_minutes=15
        ),
        "pier": space("Room Pier", SpaceKind.MEETING_ROOM, capacity=20, price_hour="85"),
        "zaal": space("Grote Zaal", SpaceKind.EVENT_SPACE, capacity=150, price_day="1050"),
    }
    for n in range(1, 5):
        space(f"Flex 1.0{n}", SpaceKind.FLEX_DESK, price_day="32.50")
    core.write(
        lambda s: directory.create_member(
            s, SYSTEM, MemberInput(first_name="Eva", last_name="Ødegaard")
        )
    )
    return found


def open_page(qtbot: QtBot, core: Core, day: date) -> CalendarPage:
    core.sign_in("anna", "reception pw")
    page = CalendarPage(core)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()  # shortcuts need an active window
    qtbot.waitUntil(page.isActiveWindow)
    page.show_day(day)
    return page


def column_of(page: CalendarPage, space_id: int, day: date | None = None) -> int:
    for number, column in enumerate(page.view.columns):
        if column.space_id == space_id and (day is None or column.day == day):
            return number
    raise AssertionError("no such column")


def point(page: CalendarPage, space_id: int, hour: int, minute: int = 0) -> QPoint:
    """Where (hour:minute) of the room's column is on the grid, scrolled into view."""
    grid = page.view.grid
    found = grid.point_at(column_of(page, space_id), hour * 60 + minute + 2)
    page.view.ensureVisible(found.x(), found.y(), 10, 60)
    return found


def drag(qtbot: QtBot, grid: CalendarGrid, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    qtbot.mouseMove(grid, middle)
    qtbot.mouseMove(grid, end)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=end)


def book(
    core: Core, space_id: int, start: datetime, end: datetime, **values: object
) -> BookingRecord:
    actor = core.require_actor()
    request = BookingRequest(space_id, start, end, **values)  # type: ignore[arg-type]
    found: BookingRecord = core.write(lambda s: create_booking(s, request, actor))
    return found


def stored(core: Core, booking_id: int) -> BookingRecord:
    found: BookingRecord = core.read(lambda s: get_booking(s, booking_id))
    return found


def shown(page: CalendarPage, booking_id: int) -> list[tuple[int, int, int]]:
    """(column, start, end) of the booking's blocks on the grid."""
    return [(b.column, b.start, b.end) for b in page.view.blocks if b.booking.id == booking_id]


# ------------------------------------------------------------------ create


def test_drag_over_free_time_books_it(qtbot: QtBot, core: Core, rooms: dict[str, int]) -> None:
    monday = next_monday()
    page = open_page(qtbot, core, monday)
    assert [c.title for c in page.view.columns] == ["Room Mesdag", "Room Pier", "Grote Zaal"]
    grid = page.view.grid
    drag(qtbot, grid, point(page, rooms["pier"], 14), point(page, rooms["pier"], 15, 15))
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.space.currentData() == rooms["pier"]
    assert dialog.times() == (at(monday, 14), at(monday, 15, 30))
    assert grid.band is None  # the rubber band goes when the mouse is released

    dialog.member.setFocus()
    qtbot.keyClicks(dialog.member, "odeg")
    popup = dialog.member_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.title_edit, "Funding pitch")
    saved: list[list[int]] = []
    dialog.saved.connect(saved.append)
    with qtbot.waitSignal(page.data_changed) as changed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert changed.args == [{"booking"}]
    qtbot.waitUntil(lambda: page.dialog is None)  # closed, and let go
    ((booking_id,),) = saved
    booking = stored(core, booking_id)
    assert (booking.title, booking.member_name) == ("Funding pitch", "Eva Ødegaard")
    assert booking.space_id == rooms["pier"]
    assert (booking.start_at, booking.end_at) == (at(monday, 14), at(monday, 15, 30))
    assert shown(page, booking_id) == [(column_of(page, rooms["pier"]), 14 * 60, 15 * 60 + 30)]


def test_a_click_or_escape_books_nothing(qtbot: QtBot, core: Core, rooms: dict[str, int]) -> None:
    page = open_page(qtbot, core, next_monday())
    grid = page.view.grid
    start = point(page, rooms["mesdag"], 10)
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=start)
    assert page.dialog is None
    # the click selects the quarter under it, for the keyboard
    assert (grid.cursor_column, grid.cursor_minute) == (column_of(page, rooms["mesdag"]), 600)

    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(grid, point(page, rooms["mesdag"], 11))
    assert grid.band is not None
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    assert grid.band is None
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=point(page, rooms["mesdag"], 11))
    assert page.dialog is None


def test_the_band_stops_at_the_next_booking(
    qtbot: QtBot, core: Core, rooms: dict[str, int]
) -> None:
    monday = next_monday()
    core.sign_in("anna", "reception pw")
    book(core, rooms["mesdag"], at(monday, 12), at(monday, 13), customer_name="Acme")
    page = open_page(qtbot, core, monday)
    grid = page.view.grid
    drag(qtbot, grid, point(page, rooms["mesdag"], 10), point(page, rooms["mesdag"], 14))
    dialog = page.dialog
    assert dialog is not None
    # Room Mesdag needs 15 minutes after a booking: the new one ends at 11:45
    assert dialog.times() == (at(monday, 10), at(monday, 11, 45))


def test_keyboard_and_double_click_on_free_time(
    qtbot: QtBot, core: Core, rooms: dict[str, int]
) -> None:
    monday = next_monday()
    page = open_page(qtbot, core, monday)
    grid = page.view.grid
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=point(page, rooms["zaal"], 9, 30))
    dialog = page.dialog
    assert dialog is not None
    assert dialog.space.currentData() == rooms["zaal"]
    assert dialog.times() == (at(monday, 9, 30), at(monday, 10, 30))
    dialog.reject()

    grid.setFocus()
    grid.cursor_column, grid.cursor_minute = column_of(page, rooms["pier"]), 16 * 60
    grid.anchor_minute = grid.cursor_minute
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.space.currentData() == rooms["pier"]
    assert dialog.times() == (at(monday, 16), at(monday, 16, 45))


# ------------------------------------------------------------------ move


def test_moving_onto_another_booking_is_refused(
    qtbot: QtBot, core: Core, rooms: dict[str, int]
) -> None:
    monday = next_monday()
    core.sign_in("anna", "reception pw")
    ours = book(
        core,
        rooms["mesdag"],
        at(monday, 10),
        at(monday, 11),
        title="Stand-up",
        customer_name="Acme",
    )
    theirs = book(
        core,
        rooms["pier"],
        at(monday, 10),
        at(monday, 12),
        title="Board meeting",
        customer_name="Gemeente",
    )
    page = open_page(qtbot, core, monday)
    before = shown(page, ours.id)
    rect = page.view.grid.blocks_of(ours.id)[0].rect

    drag(
        qtbot,
        page.view.grid,
        point(page, rooms["mesdag"], 10, 20),
        point(page, rooms["pier"], 10, 50),
    )
    warning = page.last_warning
    assert isinstance(warning, QMessageBox) and warning.isVisible()
    assert f"#{theirs.id} “Board meeting, Gemeente”" in warning.text()
    assert stored(core, ours.id) == ours  # nothing moved
    assert stored(core, theirs.id) == theirs
    assert shown(page, ours.id) == before  # the block is back where it was
    assert page.view.grid.blocks_of(ours.id)[0].rect == rect
    assert page.view.grid.ghost is None
    warning.close()

    # to a free time of the other room: moved
    drag(
        qtbot,
        page.view.grid,
        point(page, rooms["mesdag"], 10, 20),
        point(page, rooms["pier"], 13, 20),
    )
    moved = stored(core, ours.id)
    assert moved.space_id == rooms["pier"]
    assert (moved.start_at, moved.end_at) == (at(monday, 13), at(monday, 14))
    assert shown(page, ours.id) == [(column_of(page, rooms["pier"]), 13 * 60, 14 * 60)]


def test_dragging_the_lower_edge_changes_the_end(
    qtbot: QtBot, core: Core, rooms: dict[str, int]
) -> None:
    monday = next_monday()
    core.sign_in("anna", "reception pw")
    ours = book(core, rooms["pier"], at(monday, 9), at(monday, 10), customer_name="Acme")
    page = open_page(qtbot, core, monday)
    block = page.view.grid.blocks_of(ours.id)[0]
    edge = QPoint(int(block.rect.center().x()), int(block.rect.bottom()) - 2)
    drag(qtbot, page.view.grid, edge, point(page, rooms["pier"], 11, 30))
    changed = stored(core, ours.id)
    assert (changed.start_at, changed.end_at) == (at(monday, 9), at(monday, 11, 30))
    assert shown(page, ours.id) == [(column_of(page, rooms["pier"]), 9 * 60, 11 * 60 + 30)]


def test_escape_cancels_a_move(qtbot: QtBot, core: Core, rooms: dict[str, int]) -> None:
    monday = next_monday()
    core.sign_in("anna", "reception pw")
    ours = book(core, rooms["pier"], at(monday, 9), at(monday, 10), customer_name="Acme")
    page = open_page(qtbot, core, monday)
    grid = page.view.grid
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=point(page, rooms["pier"], 9, 20))
    qtbot.mouseMove(grid, point(page, rooms["pier"], 12))
    assert grid.ghost is not None
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    assert grid.ghost is None
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=point(page, rooms["pier"], 12))
    assert stored(core, ours.id) == ours


# ------------------------------------------------------------------ edit


def test_double_click_opens_the_booking_to_edit(
    qtbot: QtBot, core: Core, rooms: dict[str, int]
) -> None:
    monday = next_monday()
    core.sign_in("anna", "reception pw")
    ours = book(
        core, rooms["zaal"], at(monday, 13), at(monday, 17), title="Launch", customer_name="Acme"
    )
    page = open_page(qtbot, core, monday)
    qtbot.mouseDClick(page.view.grid, Qt.MouseButton.LeftButton, pos=point(page, rooms["zaal"], 14))
    dialog = page.dialog
    assert dialog is not None and dialog.booking_id == ours.id
    assert dialog.title_edit.text() == "Launch"
    assert dialog.customer.text() == "Acme" and dialog.as_customer.isChecked()
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Product launch")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert stored(core, ours.id).title == "Product launch"
    (block,) = page.view.grid.blocks_of(ours.id)
    assert block.booking.title == "Product launch"


def test_tooltip_and_marks(qtbot: QtBot, core: Core, rooms: dict[str, int]) -> None:
    monday = next_monday()
    core.sign_in("anna", "reception pw")
    ours = book(
        core,
        rooms["pier"],
        at(monday, 10),
        at(monday, 11),
        title="Pitch",
        customer_name="Acme",
        people=6,
    )
    page = open_page(qtbot, core, monday)
    text = page.tooltip(page.view.grid.blocks_of(ours.id)[0].booking)
    assert "10:00\u201311:00 · Room Pier" in text
    assert "Pitch" in text and "Acme" in text and "6 people" in text
    assert "billable" in text


# ------------------------------------------------------------------ week, flex


def test_week_view_of_one_room(qtbot: QtBot, core: Core, rooms: dict[str, int]) -> None:
    monday = next_monday()
    core.sign_in("anna", "reception pw")
    tuesday = monday + timedelta(days=1)
    ours = book(core, rooms["pier"], at(tuesday, 10), at(tuesday, 11), customer_name="Acme")
    book(core, rooms["mesdag"], at(tuesday, 10), at(tuesday, 11), customer_name="Other")
    page = open_page(qtbot, core, tuesday)
    qtbot.keyClick(page, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.mode == "week")  # a mnemonic clicks the button animated
    page.space.setCurrentIndex(page.space.findData(rooms["pier"]))
    days = [c.day for c in page.view.columns]
    assert days == [monday + timedelta(days=n) for n in range(7)]
    assert [c.narrow for c in page.view.columns] == [False] * 5 + [True, True]  # closed
    assert shown(page, ours.id) == [(1, 600, 660)]
    assert len(page.view.blocks) == 1  # only Room Pier's

    # dragged to Thursday, same time
    grid = page.view.grid
    start = grid.point_at(1, 10 * 60 + 20)
    end = grid.point_at(3, 10 * 60 + 20)
    drag(qtbot, grid, start, end)
    moved = stored(core, ours.id)
    thursday = monday + timedelta(days=3)
    assert (moved.start_at, moved.end_at) == (at(thursday, 10), at(thursday, 11))

    qtbot.keyClick(page, Qt.Key.Key_PageDown)
    assert page.view.columns[0].day == monday + timedelta(weeks=1)
    page.set_mode("day")
    assert page.day == tuesday + timedelta(weeks=1)
    assert page.space.currentData() == rooms["pier"]  # remembered for the next week view


def test_flex_occupancy_strip(
    qtbot: QtBot, core: Core, rooms: dict[str, int], qtmodeltester: object
) -> None:
    monday = next_monday()
    core.sign_in("anna", "reception pw")
    for _ in range(4):
        book(core, None, at(monday, 8), at(monday, 13), customer_name="Walk-in")  # type: ignore[arg-type]
    book(core, None, at(monday, 13), at(monday, 18), customer_name="Walk-in")  # type: ignore[arg-type]
    page = open_page(qtbot, core, monday)
    model = page.flex_model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    index = model.index(0, 0)
    assert index.data() == "4/4 morning, 1/4 afternoon"
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None  # full: warning colour
    page.set_mode("week")
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.columnCount() == 7
    assert model.index(0, 1).data() == "0 · 0"
    assert model.headerData(0, Qt.Orientation.Vertical) == "Flex desks (of 4)"
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None

    # a day's cell opens the booking dialog on the flex pool for that day
    page.flex.activated.emit(model.index(0, 1))
    dialog = page.dialog
    assert dialog is not None and dialog.space.currentData() == -1
    tuesday = monday + timedelta(days=1)
    assert dialog.times() == (at(tuesday, 8), at(tuesday, 18))
    # saved: the confirmation names the desk the pool gave
    said: list[str] = []
    page.notify = said.append  # type: ignore[method-assign]
    dialog.as_customer.setChecked(True)
    qtbot.keyClicks(dialog.customer, "Walk-in")
    assert dialog.save()
    assert said and said[-1].startswith("Saved: Flex 1.0")


def test_empty_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = FlexOccupancyModel()
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_navigation_keys(qtbot: QtBot, core: Core, rooms: dict[str, int]) -> None:
    monday = next_monday()
    page = open_page(qtbot, core, monday)
    page.view.setFocus()
    qtbot.keyClick(page.view.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.day == monday + timedelta(days=1)
    qtbot.keyClick(page.view.grid, Qt.Key.Key_PageUp)
    qtbot.keyClick(page.view.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.day == monday - timedelta(days=1)
    qtbot.keyClick(page.view.grid, Qt.Key.Key_T)
    assert page.day == TEST_NOW.date()
    page.show_day(monday)
    qtbot.keyClick(page.view.grid, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.day == TEST_NOW.date()


# ------------------------------------------------------------------ the data


def test_agenda_reads_what_the_booking_services_read(core: Core, rooms: dict[str, int]) -> None:
    from hubdesk.domain.enums import SpaceKind as Kind
    from hubdesk.services.agenda import CALENDAR_KINDS, agenda
    from hubdesk.services.bookings import (
        bookable_spaces,
        bookings_between,
        cancel_booking,
        flex_occupancy,
    )

    monday = next_monday()
    actor = core.sign_in("maria", "correct horse")
    (eva,) = core.read(lambda s: directory.search_members(s, "odeg"))
    book(core, rooms["pier"], at(monday, 9), at(monday, 10), title="Pitch", member_id=eva.id)
    book(
        core,
        rooms["zaal"],
        at(monday, 16),
        at(monday + timedelta(days=2), 12),
        customer_name="Expo",
        override_hours=True,
    )
    gone = book(core, rooms["mesdag"], at(monday, 11), at(monday, 12), customer_name="Gone")
    core.write(lambda s: cancel_booking(s, gone.id, actor))
    for hour in (8, 8, 13):
        book(core, None, at(monday, hour), at(monday, hour + 5), customer_name="Walk-in")  # type: ignore[arg-type]
    book(
        core,
        rooms["mesdag"],
        at(monday + timedelta(days=7), 9),
        at(monday + timedelta(days=7), 10),
        customer_name="Later",
    )

    room_ids = list(rooms.values())
    for first, days in ((monday, 1), (monday + timedelta(days=1), 1), (monday, 7)):
        found = core.read(lambda s, f=first, d=days: agenda(s, f, d))
        start, end = at(first, 0), at(first + timedelta(days=days), 0)
        assert list(found.bookings) == core.read(
            lambda s, a=start, b=end: bookings_between(s, a, b, space_ids=room_ids)
        )
        assert list(found.rooms) == core.read(lambda s: bookable_spaces(s, CALENDAR_KINDS))
        assert list(found.flex) == core.read(lambda s, f=first, d=days: flex_occupancy(s, f, d))
    week = core.read(lambda s: agenda(s, monday, 7, space_ids=[rooms["zaal"]]))
    assert {b.space_kind for b in week.bookings} == {Kind.EVENT_SPACE}
    assert week.flex[0].morning == 2 and week.flex[0].afternoon == 1


def test_ctrl_3_gives_the_calendar_the_keyboard(
    qtbot: QtBot, core: Core, rooms: dict[str, int], tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.helpers import open_window, sign_in

    window = open_window(qtbot, core, tmp_path)
    sign_in(qtbot, window, "anna", "reception pw")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert page.key == "calendar"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view.grid)
    shown = page.day
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert window.current_page() is page  # the menu did not take the key
    assert page.day == shown + timedelta(days=1)
