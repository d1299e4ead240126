"""The spaces page and the space dialog on a real database, driven offscreen
with qtbot: real widgets, real services, no mocks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from hubdesk.app import Core
from hubdesk.domain.enums import SpaceKind
from hubdesk.domain.models import AuditEntry, Space
from hubdesk.domain.money import Money
from hubdesk.services import directory
from hubdesk.services.audit import SYSTEM
from hubdesk.services.directory import SpaceInput, SpaceRecord
from hubdesk.ui.main_window import MainWindow
from hubdesk.ui.pages.spaces import SpaceFilterProxy, SpacesPage, SpaceTableModel
from hubdesk.ui.space_dialog import SpaceDialog
from tests.helpers import add_lease, add_organisation, open_page, open_window, sign_in

# The offscreen platform cannot pass size hints to a window system and says so
# whenever a shown window's minimum size changes (an error message appearing).
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

Col = SpaceTableModel.Col


def add(core: Core, name: str, kind: SpaceKind, **values: object) -> SpaceRecord:
    data = SpaceInput(name=name, kind=kind.value, **values)  # type: ignore[arg-type]
    found: SpaceRecord = core.write(lambda s: directory.create_space(s, SYSTEM, data))
    return found


@pytest.fixture
def hub(core: Core) -> dict[str, SpaceRecord]:
    """A few spaces of every kind, one of them inactive."""
    return {
        "office": add(
            core,
            "Office 1.01",
            SpaceKind.PRIVATE_OFFICE,
            floor=1,
            capacity=4,
            area_m2="19.5",
            price_month="950",
            vat_category="exempt",
            amenities=("window", "lockable"),
        ),
        "desk": add(core, "Desk 2.01", SpaceKind.DEDICATED_DESK, floor=2, price_month="325"),
        "flex": add(core, "Flex 1.01", SpaceKind.FLEX_DESK, floor=1, price_day="32.50"),
        "mesdag": add(
            core,
            "Room Mesdag",
            SpaceKind.MEETING_ROOM,
            floor=2,
            capacity=8,
            price_hour="45",
            price_day="300",
            vat_category="high",
            amenities=("screen", "whiteboard"),
            buffer_minutes=15,
        ),
        "pier": add(
            core,
            "Room Pier",
            SpaceKind.MEETING_ROOM,
            floor=4,
            capacity=20,
            price_hour="85",
            vat_category="high",
            amenities=("video", "Ijsmachine"),
        ),
        "zaal": add(
            core,
            "Grote Zaal",
            SpaceKind.EVENT_SPACE,
            capacity=150,
            price_day="1050",
            amenities=("stage", "accessible"),
        ),
        "old": add(core, "Room Oud", SpaceKind.MEETING_ROOM, price_hour="30", active=False),
    }


@pytest.fixture
def manager_page(qtbot: QtBot, core: Core, hub: dict[str, SpaceRecord]) -> SpacesPage:
    return open_page(qtbot, core, SpacesPage, "maria", size=(1100, 700))


@pytest.fixture
def reception_page(qtbot: QtBot, core: Core, hub: dict[str, SpaceRecord]) -> SpacesPage:
    return open_page(qtbot, core, SpacesPage, "anna", size=(1100, 700))


def names(page: SpacesPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, Col.NAME).data() for row in range(proxy.rowCount())]


def stored(core: Core) -> dict[str, SpaceRecord]:
    spaces = core.read(lambda s: directory.list_spaces(s, include_inactive=True))
    return {found.name: found for found in spaces}


def counts(core: Core) -> tuple[int, int]:
    """(spaces, audit entries): both unchanged means nothing was written."""
    return core.read(
        lambda s: (
            s.scalar(select(func.count()).select_from(Space)),
            s.scalar(select(func.count()).select_from(AuditEntry)),
        )
    )


def select_space(page: SpacesPage, name: str) -> None:
    found = next(r for r in page.model.rows() if r.name == name)
    assert page.select(found.id)
    assert page.selected() == found


def retype(qtbot: QtBot, field: object, text: str) -> None:
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)


def double_click(qtbot: QtBot, page: SpacesPage, pos: QPoint) -> None:
    """As a mouse does it: a click, then the double click (an item view
    opens only the row the first click pressed)."""
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def button(box: QMessageBox, text: str) -> QPushButton:
    found = next(b for b in box.buttons() if b.text() == text)
    assert isinstance(found, QPushButton)
    return found


# ------------------------------------------------------------------------ the list


def test_the_list_shows_active_spaces_with_formatted_prices(manager_page: SpacesPage) -> None:
    page = manager_page
    assert page.key == "spaces"
    assert page.title() == "Spaces"
    assert page.search_field() is page.search
    # the service's order: offices first, then by kind and name; inactive hidden
    assert names(page) == [
        "Office 1.01",
        "Desk 2.01",
        "Flex 1.01",
        "Room Mesdag",
        "Room Pier",
        "Grote Zaal",
    ]
    assert page.count.text() == "6 of 7 spaces shown"
    model = page.model
    row = model.row_of(next(r.id for r in model.rows() if r.name == "Room Mesdag"))
    assert row is not None

    def cell(column: Col) -> str:
        return str(model.index(row, column).data())

    assert cell(Col.KIND) == "Meeting room"
    assert cell(Col.FLOOR) == "2"
    assert cell(Col.CAPACITY) == "8"
    assert cell(Col.PRICE_HOUR) == "€45.00"
    assert cell(Col.PRICE_DAY) == "€300.00"
    assert cell(Col.PRICE_HALF_DAY) == ""
    assert model.index(row, Col.PRICE_HALF_DAY).data(Qt.ItemDataRole.UserRole + 2) is None
    assert cell(Col.VAT) == "high"
    assert cell(Col.AMENITIES) == "Screen, Whiteboard"
    assert cell(Col.BUFFER) == "15 min"
    office = model.row_of(next(r.id for r in model.rows() if r.name == "Office 1.01"))
    assert model.index(office, Col.AREA).data() == "19.50"
    assert model.index(office, Col.PRICE_MONTH).data() == "€950.00"
    assert page.view.isColumnHidden(Col.STATUS)


def test_kind_filter_search_and_show_inactive(manager_page: SpacesPage) -> None:
    page = manager_page
    page.kind.setCurrentIndex(page.kind.findData(SpaceKind.MEETING_ROOM.value))
    assert page.kind.currentText() == "Meeting room"
    assert names(page) == ["Room Mesdag", "Room Pier"]
    assert all(
        page.proxy.index(r, Col.KIND).data() == "Meeting room" for r in range(page.proxy.rowCount())
    )
    page.show_inactive.setChecked(True)
    assert names(page) == ["Room Mesdag", "Room Oud", "Room Pier"]
    assert not page.view.isColumnHidden(Col.STATUS)
    oud = page.proxy.index(1, Col.STATUS)
    assert oud.data() == "Inactive"
    assert oud.data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed out
    # search: every word, in the name or an amenity, case and accents ignored
    page.kind.setCurrentIndex(0)
    page.search.setText("WHITEBOARD")
    assert names(page) == ["Room Mesdag"]
    page.search.setText("room ijsmachine")
    assert names(page) == ["Room Pier"]
    page.search.setText("accessible")
    assert names(page) == ["Grote Zaal"]
    page.search.setText("Video calls")  # an amenity as the table shows it
    assert names(page) == ["Room Pier"]
    page.search.setText("office")
    page.kind.setCurrentIndex(page.kind.findData(SpaceKind.EVENT_SPACE.value))
    assert names(page) == []
    assert page.count.text() == "0 of 7 spaces shown"
    page.search.clear()
    page.kind.setCurrentIndex(0)
    assert len(names(page)) == 7
    assert page.count.text() == "7 spaces"


def test_columns_sort_by_value_not_by_text(qtbot: QtBot, manager_page: SpacesPage) -> None:
    page = manager_page
    page.view.sortByColumn(Col.PRICE_HOUR, Qt.SortOrder.DescendingOrder)
    assert names(page)[:2] == ["Room Pier", "Room Mesdag"]  # €85 before €45
    page.view.sortByColumn(Col.CAPACITY, Qt.SortOrder.DescendingOrder)
    assert names(page)[:3] == ["Grote Zaal", "Room Pier", "Room Mesdag"]  # 150, 20, 8
    page.view.sortByColumn(Col.PRICE_DAY, Qt.SortOrder.AscendingOrder)
    assert names(page)[-3:] == ["Flex 1.01", "Room Mesdag", "Grote Zaal"]  # 32.50, 300, 1050


def test_the_models_pass_the_model_tester(qtmodeltester: object, manager_page: SpacesPage) -> None:
    page = manager_page
    assert page.model.rowCount() == 7
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    page.search.setText("room")
    qtmodeltester.check(page.proxy)  # type: ignore[attr-defined]
    qtmodeltester.check(SpaceTableModel())  # type: ignore[attr-defined]
    empty = SpaceFilterProxy()
    empty.setSourceModel(SpaceTableModel(empty))
    qtmodeltester.check(empty)  # type: ignore[attr-defined]


# ---------------------------------------------------------------------- the dialog


def test_manager_adds_a_meeting_room_through_the_dialog(
    qtbot: QtBot, core: Core, manager_page: SpacesPage
) -> None:
    page = manager_page
    assert page.can_add()
    assert page.add_button.isEnabled()
    page.kind.setCurrentIndex(page.kind.findData(SpaceKind.MEETING_ROOM.value))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SpaceDialog)
    assert dialog.isVisible()
    assert dialog.windowTitle() == "New space"
    assert dialog.kind.currentData() == SpaceKind.MEETING_ROOM.value  # as filtered
    assert dialog.vat_category.currentData() == "high"  # the first one offered
    qtbot.keyClicks(dialog.name, "Room Bosbes")
    retype(qtbot, dialog.floor, "3")
    retype(qtbot, dialog.capacity, "12")
    qtbot.keyClicks(dialog.area, "38,5 m²")
    qtbot.keyClicks(dialog.prices["price_hour"], "45")
    assert dialog.price_hints["price_hour"].text() == "€45.00"
    qtbot.keyClicks(dialog.prices["price_half_day"], "160,50")
    assert dialog.price_hints["price_half_day"].text() == "€160.50"
    qtbot.keyClicks(dialog.prices["price_day"], "1.250,00")
    assert dialog.price_hints["price_day"].text() == "€1,250.00"
    dialog.set_amenity_checked("screen")
    dialog.set_amenity_checked("whiteboard")
    qtbot.keyClicks(dialog.other_amenities, "flipchart, Screen, plants")
    retype(qtbot, dialog.buffer, "15")
    before = counts(core)
    with qtbot.waitSignal(page.data_changed, timeout=2000) as changed:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert changed.args == [{"space"}]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert counts(core) == (before[0] + 1, before[1] + 1)  # one space, one audit entry

    room = stored(core)["Room Bosbes"]
    assert room.kind is SpaceKind.MEETING_ROOM
    assert (room.floor, room.capacity, room.area_dm2, room.buffer_minutes) == (3, 12, 3850, 15)
    assert room.price_hour == Money(4500)
    assert room.price_half_day == Money(16050)
    assert room.price_day == Money(125000)
    assert room.price_month is None
    assert room.vat_category_code == "high"
    assert room.amenities == ("screen", "whiteboard", "flipchart", "plants")
    assert room.active
    assert dialog.saved == room
    # in the list, selected
    assert "Room Bosbes" in names(page)
    assert page.selected() == room


def test_ctrl_n_in_the_main_window_opens_the_dialog(
    qtbot: QtBot, core: Core, hub: dict[str, SpaceRecord], tmp_path: Path
) -> None:
    class Window(MainWindow):
        def page_classes(self) -> list[type]:
            return [*super().page_classes(), SpacesPage]

    window = open_window(qtbot, core, tmp_path, Window)
    sign_in(qtbot, window, "maria", "correct horse")
    window.show_page("spaces")
    page = window.current_page()
    assert isinstance(page, SpacesPage)
    assert len(names(page)) == 6
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(page.dialog, SpaceDialog)
    assert page.dialog.isVisible()
    page.dialog.reject()


def test_a_negative_price_is_shown_at_its_field_and_nothing_is_stored(
    qtbot: QtBot, core: Core, manager_page: SpacesPage
) -> None:
    page = manager_page
    dialog = page.open_add()
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Room Negatief")
    qtbot.keyClicks(dialog.prices["price_hour"], "-5")
    assert dialog.price_hints["price_hour"].text() == "-€5.00"  # what was read, as a hint
    before = counts(core)
    with qtbot.assertNotEmitted(page.data_changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("price_hour") == "The price per hour cannot be negative"
    assert dialog.prices["price_hour"].property("invalid") is True
    assert dialog.errors.message("name") == ""
    assert dialog.isVisible()
    assert counts(core) == before
    assert "Room Negatief" not in stored(core)

    # more decimals than cents: under its own field
    retype(qtbot, dialog.prices["price_hour"], "45")
    qtbot.keyClicks(dialog.prices["price_day"], "12.345")
    assert dialog.price_hints["price_day"].text() == "not an amount"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("price_hour") == ""
    assert "two decimals" in dialog.errors.message("price_day")
    assert counts(core) == before

    # fixed, it is stored
    retype(qtbot, dialog.prices["price_day"], "12.35")
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert stored(core)["Room Negatief"].price_day == Money(1235)


def test_bad_capacity_area_and_name_are_refused_at_their_fields(
    qtbot: QtBot, core: Core, manager_page: SpacesPage
) -> None:
    page = manager_page
    dialog = page.open_add()
    assert dialog is not None
    # the capacity box holds the service's limits: a sign or an extra digit is refused
    retype(qtbot, dialog.capacity, "-3")
    assert dialog.capacity.value() == 3
    retype(qtbot, dialog.capacity, "100000")
    assert dialog.capacity.value() == directory.CAPACITY_MAX == 10_000
    retype(qtbot, dialog.buffer, "300")
    assert dialog.buffer.value() == 30

    before = counts(core)
    qtbot.keyClicks(dialog.name, "room mesdag")  # taken, case ignored
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("name") == "There is already a space called “Room Mesdag”"
    retype(qtbot, dialog.name, "Room Nieuw")
    qtbot.keyClicks(dialog.area, "groot")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("name") == ""
    assert "is not an area" in dialog.errors.message("area_m2")
    assert dialog.isVisible()
    assert counts(core) == before


def test_double_click_and_enter_edit_the_space(
    qtbot: QtBot, core: Core, manager_page: SpacesPage
) -> None:
    page = manager_page
    select_space(page, "Room Mesdag")
    index = page.view.currentIndex()
    rect = page.view.visualRect(page.proxy.index(index.row(), Col.NAME))
    double_click(qtbot, page, rect.center())
    dialog = page.dialog
    assert isinstance(dialog, SpaceDialog)
    assert dialog.windowTitle() == "Change space"
    assert dialog.name.text() == "Room Mesdag"
    assert dialog.kind.currentData() == SpaceKind.MEETING_ROOM.value
    assert (dialog.floor.value(), dialog.capacity.value(), dialog.buffer.value()) == (2, 8, 15)
    assert dialog.prices["price_hour"].text() == "45.00"
    assert dialog.prices["price_half_day"].text() == ""
    assert dialog.vat_category.currentData() == "high"
    assert dialog.checked_amenities() == ["screen", "whiteboard"]
    retype(qtbot, dialog.capacity, "10")
    retype(qtbot, dialog.prices["price_hour"], "47,50")
    dialog.set_amenity_checked("screen", False)
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    mesdag = stored(core)["Room Mesdag"]
    assert (mesdag.capacity, mesdag.price_hour, mesdag.amenities) == (
        10,
        Money(4750),
        ("whiteboard",),
    )
    assert page.selected() == mesdag

    # an amenity of the hub's own stays a check box of that space
    select_space(page, "Room Pier")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog.name.text() == "Room Pier"
    assert dialog.checked_amenities() == ["video", "Ijsmachine"]
    dialog.reject()


def test_deactivate_and_activate(qtbot: QtBot, core: Core, manager_page: SpacesPage) -> None:
    page = manager_page
    select_space(page, "Room Pier")
    assert page.active_button.text() == "Deactivate"
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert not stored(core)["Room Pier"].active
    assert "Room Pier" not in names(page)
    page.show_inactive.setChecked(True)
    select_space(page, "Room Pier")
    assert page.active_button.text() == "Activate"
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert stored(core)["Room Pier"].active
    assert page.selected() == stored(core)["Room Pier"]


def test_delete_a_space_without_history(qtbot: QtBot, core: Core, manager_page: SpacesPage) -> None:
    page = manager_page
    select_space(page, "Flex 1.01")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    question = page.last_question
    assert question is not None
    assert "Delete “Flex 1.01”?" in question.text()
    # cancelled: nothing happens
    qtbot.mouseClick(button(question, "Cancel"), Qt.MouseButton.LeftButton)
    assert "Flex 1.01" in stored(core)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        qtbot.mouseClick(button(page.last_question, "Delete"), Qt.MouseButton.LeftButton)
    assert "Flex 1.01" not in stored(core)
    assert "Flex 1.01" not in names(page)


def test_delete_of_a_space_in_use_offers_to_deactivate_it(
    qtbot: QtBot, core: Core, manager_page: SpacesPage, hub: dict[str, SpaceRecord]
) -> None:
    def lease(session: object) -> None:
        office = session.get(Space, hub["office"].id)  # type: ignore[attr-defined]
        organisation = add_organisation(session)  # type: ignore[arg-type]
        add_lease(session, organisation, office, date(2026, 1, 1), None)  # type: ignore[arg-type]

    core.write(lease)
    page = manager_page
    select_space(page, "Office 1.01")
    before = counts(core)
    with qtbot.assertNotEmitted(page.data_changed):
        assert not page.delete(hub["office"].id)
    assert counts(core) == before
    question = page.last_question
    assert question is not None
    assert "cannot be deleted: 1 lease refers to it" in question.text()
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        qtbot.mouseClick(button(question, "Deactivate"), Qt.MouseButton.LeftButton)
    office = stored(core)["Office 1.01"]
    assert not office.active
    assert "Office 1.01" not in names(page)


# ----------------------------------------------------------------------- reception


def test_reception_sees_the_list_but_may_not_change_it(
    qtbot: QtBot, core: Core, reception_page: SpacesPage, hub: dict[str, SpaceRecord]
) -> None:
    page = reception_page
    assert len(names(page)) == 6
    assert not page.can_add()
    select_space(page, "Room Mesdag")
    for change in page.change_buttons():
        assert not change.isEnabled()
        assert change.toolTip() == "Only a manager may change spaces"
    assert page.note.isVisible()
    assert page.open_add() is None
    index = page.view.currentIndex()
    rect = page.view.visualRect(page.proxy.index(index.row(), Col.NAME))
    double_click(qtbot, page, rect.center())
    assert page.dialog is None

    # and the service refuses whatever the window would let through
    actor = core.require_actor()
    assert not actor.is_manager
    before = counts(core)
    mesdag = hub["mesdag"]
    attempts = (
        lambda s: directory.create_space(
            s, actor, SpaceInput(name="Room Stiekem", kind="meeting_room")
        ),
        lambda s: directory.update_space(s, actor, mesdag.id, SpaceInput.from_record(mesdag)),
        lambda s: directory.archive_space(s, actor, mesdag.id),
        lambda s: directory.delete_space(s, actor, mesdag.id),
    )
    for attempt in attempts:
        with pytest.raises(directory.PermissionDenied, match="Only a manager may"):
            core.write(attempt)
    assert counts(core) == before
    # a manager signing in on the same page gets the buttons
    core.sign_in("maria", "correct horse")
    page.reload()
    assert page.can_add()
    assert page.edit_button.isEnabled()
    assert not page.note.isVisible()
