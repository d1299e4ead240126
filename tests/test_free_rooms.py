"""Find a free room: the finder's answer on a real database (best fit first,
buffers, cancellations, needs, inactive rooms) and the F2 dialog driven with
qtbot, from the prefilled "now, one hour" to Enter opening the booking dialog."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from pytestqt.qtbot import QtBot

from hubdesk.app import Core
from hubdesk.db import Database
from hubdesk.domain.enums import SpaceKind
from hubdesk.services import directory
from hubdesk.services.audit import SYSTEM
from hubdesk.services.availability import amenities_of_rooms, find_free_spaces
from hubdesk.services.bookings import BookingRequest, cancel_booking, create_booking
from hubdesk.services.directory import SpaceInput
from hubdesk.services.hub import ensure_defaults, hub_zone
from hubdesk.ui.dialogs.free_rooms import FreeRoomDialog, FreeRoomModel, quarter_floor
from tests.helpers import TEST_NOW, open_window, sign_in

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def add_room(session: object, name: str, capacity: int, *amenities: str, **values: object) -> int:
    data = SpaceInput(
        name=name,
        kind=str(values.pop("kind", SpaceKind.MEETING_ROOM.value)),
        capacity=capacity,
        price_hour="40",
        amenities=amenities,
        **values,  # type: ignore[arg-type]
    )
    return directory.create_space(session, SYSTEM, data).id  # type: ignore[arg-type]


def book(
    session: object, space_id: int, start: datetime, end: datetime, title: str = "Meeting"
) -> int:
    request = BookingRequest(
        space_id, start, end, title=title, customer_name="Gemeente Den Haag", override_hours=True
    )
    return create_booking(session, request, SYSTEM).id  # type: ignore[arg-type]


# ------------------------------------------------------------------ the service


@pytest.fixture
def rooms(db: Database) -> dict[str, int]:
    with db.write() as session:
        ensure_defaults(session)
        return {
            "small": add_room(session, "Room Spinoza", 4, "screen"),
            "rich": add_room(session, "Room Archipel", 6, "screen", "whiteboard", "video"),
            "plain": add_room(session, "Room Mesdag", 6, "Screen"),
            "large": add_room(session, "Room Pier", 12, "screen", "phone"),
            "buffered": add_room(session, "Room Malieveld", 8, "screen", buffer_minutes=30),
            "closed": add_room(session, "Zolder", 30, "screen", active=False),
            "office": add_room(session, "Office 1.01", 8, "screen", kind="private_office"),
            "hall": add_room(session, "Grote Zaal", 150, "stage", kind="event_space"),
        }


def slot(db: Database, hour: int, minute: int = 0, hours: float = 1) -> tuple[datetime, datetime]:
    with db.read() as session:
        tz = hub_zone(session)
    start = datetime(2027, 3, 1, hour, minute, tzinfo=tz)  # a Monday
    return start, start + timedelta(hours=hours)


def names(db: Database, start: datetime, end: datetime, **query: object) -> list[str]:
    with db.read() as session:
        return [f.name for f in find_free_spaces(session, start, end, **query)]  # type: ignore[arg-type]


def test_best_fit_first(db: Database, rooms: dict[str, int]) -> None:
    start, end = slot(db, 10)
    # seats 5 with a screen: the six-seaters first, the one with nothing extra
    # before the one with a whiteboard and video; the small room cannot
    assert names(db, start, end, people=5, needs=["screen"]) == [
        "Room Mesdag",
        "Room Archipel",
        "Room Malieveld",
        "Room Pier",
    ]
    assert names(db, start, end, people=2)[:2] == ["Room Spinoza", "Room Mesdag"]
    with db.read() as session:
        found = find_free_spaces(session, start, end, people=5)
    assert found[0].price.cents == 4000  # the list price of one hour


def test_a_booking_or_its_buffer_in_the_slot_hides_the_room(
    db: Database, rooms: dict[str, int]
) -> None:
    start, end = slot(db, 10)
    with db.write() as session:
        # Mesdag is booked across the slot's start
        book(session, rooms["plain"], start - timedelta(minutes=30), start + timedelta(minutes=15))
        # Malieveld's meeting ends at 9:45, but its 30 minutes of tidying run to 10:15
        book(session, rooms["buffered"], start - timedelta(hours=1), start - timedelta(minutes=15))
        # Pier is booked from 11:00, right after the slot: free
        book(session, rooms["large"], end, end + timedelta(hours=1))
    found = names(db, start, end, needs=["screen"])
    assert "Room Mesdag" not in found and "Room Malieveld" not in found
    assert "Room Pier" in found and "Room Archipel" in found
    # the slot's own buffer: Malieveld from 11:30 is free until 11:00 + 30 minutes
    later_start, later_end = slot(db, 12)
    with db.write() as session:
        book(
            session,
            rooms["buffered"],
            later_end + timedelta(minutes=20),
            later_end + timedelta(hours=1),
        )
    assert "Room Malieveld" not in names(db, later_start, later_end)
    assert "Room Malieveld" in names(db, later_start, later_end - timedelta(minutes=15))


def test_a_cancelled_booking_does_not_block(db: Database, rooms: dict[str, int]) -> None:
    start, end = slot(db, 14)
    with db.write() as session:
        booking_id = book(session, rooms["small"], start, end)
    assert "Room Spinoza" not in names(db, start, end)
    with db.write() as session:
        cancel_booking(session, booking_id, SYSTEM)
    assert "Room Spinoza" in names(db, start, end)


def test_needs_filter_and_inactive_rooms_and_other_kinds(
    db: Database, rooms: dict[str, int]
) -> None:
    start, end = slot(db, 9)
    assert names(db, start, end, needs=["Video", "whiteboard"]) == ["Room Archipel"]
    assert names(db, start, end, needs=["phone"]) == ["Room Pier"]
    assert names(db, start, end, needs=["sauna"]) == []
    everything = names(db, start, end)
    assert "Zolder" not in everything  # not in use
    assert "Office 1.01" not in everything  # let, not booked
    assert "Grote Zaal" in everything  # event spaces are rooms too
    with db.read() as session:
        offered = amenities_of_rooms(session)
    assert "stage" in offered and "video" in offered
    assert names(db, start, end, people=100) == ["Grote Zaal"]


# ------------------------------------------------------------------ the dialog


def now_slot(core: Core) -> tuple[datetime, datetime]:
    tz = core.read(hub_zone)
    start = quarter_floor(TEST_NOW.astimezone(tz))
    return start, start + timedelta(hours=1)


def shown(dialog: FreeRoomDialog) -> list[str]:
    return [found.name for found in dialog.model.rows()]


@pytest.fixture
def two_rooms(core: Core) -> dict[str, int]:
    """Two rooms with a screen; Room Mesdag is booked right now."""
    ids = core.write(
        lambda s: {
            "mesdag": add_room(s, "Room Mesdag", 6, "screen"),
            "spinoza": add_room(s, "Room Spinoza", 4, "screen", "accessible"),
        }
    )
    start, _ = now_slot(core)
    core.write(
        lambda s: book(s, ids["mesdag"], start - timedelta(minutes=15), start + timedelta(hours=2))
    )
    return ids


def test_f2_opens_the_finder_on_now_for_an_hour(
    qtbot: QtBot, core: Core, two_rooms: dict[str, int], tmp_path: Path
) -> None:
    window = open_window(qtbot, core, tmp_path)
    sign_in(qtbot, window, "anna", "reception pw")
    assert window.stack.currentWidget() is window.workspace
    window.show_page("members")
    before, _ = now_slot(core)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    after, _ = now_slot(core)
    dialog = window.free_room_dialog
    assert isinstance(dialog, FreeRoomDialog) and dialog.isVisible()
    start, end = dialog.requested()
    assert start in (before, after)  # the quarter may turn between the two reads
    assert end == start + timedelta(hours=1) or (end.hour, end.minute) == (23, 59)
    assert dialog.slot == (start, end)
    assert dialog.focusWidget() is dialog.start  # type the time straight away
    assert window.current_page().key == "members"  # on top of the page, not instead
    # Room Mesdag is booked now: only Room Spinoza is free
    assert shown(dialog) == ["Room Spinoza"]
    assert dialog.selected() is not None and dialog.selected().id == two_rooms["spinoza"]
    assert dialog.count.text() == "1 room is free"
    # five people do not fit in Room Spinoza (4 seats)
    dialog.people.setValue(5)
    assert shown(dialog) == []
    assert dialog.empty.isVisible()
    assert dialog.empty.text() == "No room is free then for 5 people; try another time."
    assert not dialog.book_button.isEnabled()
    dialog.people.setValue(4)
    assert shown(dialog) == ["Room Spinoza"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_list_follows_every_field(qtbot: QtBot, core: Core, two_rooms: dict[str, int]) -> None:
    dialog = FreeRoomDialog(core)
    qtbot.addWidget(dialog)
    dialog.show()
    tomorrow = dialog.day.date().addDays(1)
    dialog.day.setDate(tomorrow)
    dialog.start.setTime(QTime(10, 0))
    dialog.end.setTime(QTime(11, 30))
    assert shown(dialog) == ["Room Spinoza", "Room Mesdag"]  # best fit for one person
    assert [box.text() for box in dialog.needs.values()] == ["Screen", "Accessible"]
    dialog.needs["accessible"].setChecked(True)
    assert shown(dialog) == ["Room Spinoza"]
    dialog.people.setValue(6)
    assert dialog.empty.text() == "No room of the hub seats 6 people with step-free access."
    dialog.needs["accessible"].setChecked(False)
    assert shown(dialog) == ["Room Mesdag"]
    dialog.people.setValue(7)
    assert dialog.empty.text() == "No room of the hub seats 7 people."
    # Room Mesdag seats five, but is taken then
    start, end = dialog.requested()
    core.write(lambda s: book(s, two_rooms["mesdag"], start, end))
    dialog.needs["screen"].setChecked(True)
    dialog.people.setValue(5)
    assert dialog.empty.text() == (
        "No room is free then for 5 people with a screen; try another time."
    )
    dialog.needs["screen"].setChecked(False)
    dialog.people.setValue(1)
    assert shown(dialog) == ["Room Spinoza"]
    # moving the start keeps the length asked for
    dialog.start.setTime(QTime(14, 0))
    assert dialog.end.time() == QTime(15, 30)
    # an end before the start: a message at the field, no list
    dialog.end.setTime(QTime(13, 0))
    assert dialog.slot is None
    assert dialog.message.isVisible()
    assert dialog.message.text() == "The end must be after the start"
    assert shown(dialog) == []
    assert not dialog.empty.isVisible()
    assert not dialog.book_button.isEnabled()
    dialog.end.setTime(QTime(15, 0))
    assert not dialog.message.isVisible()
    assert dialog.slot is not None and shown(dialog) == ["Room Spinoza", "Room Mesdag"]
    # minutes step by a quarter of an hour
    dialog.start.setCurrentSection(dialog.start.Section.MinuteSection)
    dialog.start.stepBy(1)
    assert dialog.start.time() == QTime(14, 15)
    dialog.start.setTime(QTime(14, 5))
    dialog.start.setCurrentSection(dialog.start.Section.MinuteSection)
    dialog.start.stepBy(-1)
    assert dialog.start.time() == QTime(14, 0)


def test_a_closed_day_is_pointed_out(qtbot: QtBot, core: Core, two_rooms: dict[str, int]) -> None:
    dialog = FreeRoomDialog(core)
    qtbot.addWidget(dialog)
    dialog.show()
    day = dialog.day.date()
    sunday = day.addDays(7 - day.dayOfWeek())
    dialog.day.setDate(sunday)
    dialog.start.setTime(QTime(10, 0))
    dialog.end.setTime(QTime(11, 0))
    assert dialog.hours_note.isVisible()
    assert "closed" in dialog.hours_note.text()
    dialog.day.setDate(sunday.addDays(1))
    assert not dialog.hours_note.isVisible()
    dialog.start.setTime(QTime(17, 30))
    assert "Outside opening hours, 08:00 to 18:00" in dialog.hours_note.text()


def test_down_goes_to_the_list_and_up_comes_back(
    qtbot: QtBot, core: Core, two_rooms: dict[str, int]
) -> None:
    dialog = FreeRoomDialog(core)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.day.setDate(dialog.day.date().addDays(7))
    dialog.start.setTime(QTime(10, 0))
    dialog.end.setTime(QTime(11, 0))
    assert shown(dialog) == ["Room Spinoza", "Room Mesdag"]
    dialog.people.setFocus()
    qtbot.keyClick(dialog.people, Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.table
    assert dialog.people.value() == 1  # Down went to the list; it did not step
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.selected() is not None and dialog.selected().name == "Room Mesdag"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    assert dialog.focusWidget() is dialog.table
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)  # on the first row: back to the field
    assert dialog.focusWidget() is dialog.people
    box = dialog.needs["screen"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.table
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_down_goes_to_the_list_and_enter_opens_the_booking_dialog(
    qtbot: QtBot, core: Core, two_rooms: dict[str, int], tmp_path: Path
) -> None:
    booking = pytest.importorskip("hubdesk.ui.dialogs.booking")
    window = open_window(qtbot, core, tmp_path)
    sign_in(qtbot, window, "anna", "reception pw")
    assert window.stack.currentWidget() is window.workspace
    dialog = window.find_free_room()
    monday = QDate.currentDate().addDays(8 - QDate.currentDate().dayOfWeek() + 7)
    dialog.day.setDate(monday)
    dialog.start.setTime(QTime(10, 0))
    dialog.end.setTime(QTime(11, 0))
    dialog.people.setValue(5)
    assert shown(dialog) == ["Room Mesdag"]
    dialog.people.setFocus()
    qtbot.keyClick(dialog.people, Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.table
    assert dialog.people.value() == 5  # Down moved to the list, it did not step
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    opened = dialog.booking_dialog
    assert isinstance(opened, booking.BookingDialog)
    assert opened.isVisible()

    # what the booking dialog does after saving: the window hears of it
    start, end = dialog.slot
    booking_id = core.write(lambda s: book(s, two_rooms["mesdag"], start, end, "Intake"))
    with qtbot.waitSignal(window.data_changed, timeout=2000) as changed:
        opened.saved.emit([booking_id])
    assert changed.args[0] == {"booking"}
    assert not dialog.isVisible()
    assert "Booked Room Mesdag" in window.statusBar().currentMessage()


def test_double_click_books_too(qtbot: QtBot, core: Core, two_rooms: dict[str, int]) -> None:
    booking = pytest.importorskip("hubdesk.ui.dialogs.booking")
    core.sign_in("anna", "reception pw")
    dialog = FreeRoomDialog(core)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.day.setDate(dialog.day.date().addDays(14))
    dialog.start.setTime(QTime(10, 0))
    dialog.end.setTime(QTime(11, 0))
    index = dialog.model.index(1, 0)
    rect = dialog.table.visualRect(index)
    # as a mouse does it: a click, then the double click on the row it pressed
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected() is not None and dialog.selected().name == "Room Mesdag"
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert isinstance(dialog.booking_dialog, booking.BookingDialog)


def test_the_model(qtmodeltester: object, db: Database, rooms: dict[str, int]) -> None:
    start, end = slot(db, 10)
    model = FreeRoomModel()
    with db.read() as session:
        model.set_rows(find_free_spaces(session, start, end, people=3))
    assert model.rowCount() == 6
    assert model.data(model.index(0, FreeRoomModel.Col.NAME)) == "Room Spinoza"
    assert model.data(model.index(0, FreeRoomModel.Col.PRICE)) == "€40.00"
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_time_the_clocks_skip_or_repeat_is_refused_or_asked(
    qtbot: QtBot, core: Core, two_rooms: dict[str, int]
) -> None:
    """31 October 2027, 02:30 occurs twice: the finder asks which and books
    the one chosen; 28 March 2027, 02:30 does not exist: said at the field."""
    core.sign_in("maria", "correct horse")
    dialog = FreeRoomDialog(core)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.day.setDate(QDate(2027, 10, 31))
    dialog.start.setTime(QTime(2, 30))
    dialog.end.setTime(QTime(3, 30))
    assert dialog.start_fold.isVisibleTo(dialog) and not dialog.end_fold.isVisibleTo(dialog)
    assert dialog.slot is None and shown(dialog) == []  # not answered: no guess
    assert "occurs twice on 2027-10-31" in dialog.message.text()
    dialog.start_fold.second.click()  # winter time: 02:30 CET, one hour
    assert dialog.slot == (
        datetime(2027, 10, 31, 1, 30, tzinfo=UTC),
        datetime(2027, 10, 31, 2, 30, tzinfo=UTC),
    )
    assert sorted(shown(dialog)) == ["Room Mesdag", "Room Spinoza"]
    opened = dialog.book()
    assert opened.start_fold.isVisibleTo(opened) and opened.start_fold.second.isChecked()
    assert opened.request().start_fold == 1

    dialog.day.setDate(QDate(2027, 3, 28))
    assert not dialog.start_fold.isVisibleTo(dialog)
    assert dialog.slot is None and shown(dialog) == []
    assert dialog.message.text().startswith("02:30 does not exist on 2027-03-28")
