"""The settings page on a real database, driven offscreen with qtbot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTime
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from hubdesk.app import Core
from hubdesk.domain.enums import StaffRole
from hubdesk.services import settings as hub_settings
from hubdesk.services import staff
from hubdesk.ui.pages.settings import (
    AddStaffDialog,
    AuditModel,
    SettingsPage,
    StaffModel,
    VatCategoryDialog,
    VatCategoryModel,
)
from tests.helpers import open_page

# The offscreen platform cannot pass size hints to a window system and says so
# whenever a shown window's minimum size changes (an error message appearing).
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def manager_page(qtbot: QtBot, core: Core) -> SettingsPage:
    return open_page(qtbot, core, SettingsPage, "maria", size=(1000, 720))


@pytest.fixture
def reception_page(qtbot: QtBot, core: Core) -> SettingsPage:
    return open_page(qtbot, core, SettingsPage, "anna", size=(1000, 720))


def stored(core: Core) -> hub_settings.HubSettingsRecord:
    return core.read(hub_settings.get_settings)


def png_bytes() -> bytes:
    image = QImage(120, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("#0b6e69"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def retype(qtbot: QtBot, field: object, text: str) -> None:
    field.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)


# ---------------------------------------------------------------------------- hub


def test_manager_edits_the_hub_name_and_saves(
    qtbot: QtBot, core: Core, manager_page: SettingsPage
) -> None:
    page = manager_page
    assert page.key == "settings"
    assert page.title() == "Settings"
    assert page.hub_tab.name.isEnabled()
    assert not page.hub_tab.note.isVisibleTo(page)
    assert page.staff_tab.add_button.isVisibleTo(page.staff_tab)
    assert page.vat_tab.new_button.isVisibleTo(page.vat_tab)
    retype(qtbot, page.hub_tab.name, "Impact Hub Den Haag")
    retype(qtbot, page.hub_tab.iban, "nl91 abna 0417 1643 00")
    assert page.has_unsaved_changes()
    with qtbot.waitSignal(page.data_changed, timeout=2000) as changed:
        qtbot.mouseClick(page.hub_tab.save_button, Qt.MouseButton.LeftButton)
    assert changed.args == [{"settings"}]
    found = stored(core)
    assert found.name == "Impact Hub Den Haag"
    assert found.iban == "NL91ABNA0417164300"
    assert page.hub_tab.iban.text() == "NL91ABNA0417164300"  # shown as stored
    assert not page.has_unsaved_changes()
    entry = page.audit_tab.model.record(0)
    assert (entry.action, entry.entity, entry.actor) == ("update", "hub_settings", "Maria Jansen")


def test_ctrl_s_saves_only_while_the_hub_form_is_shown(
    qtbot: QtBot, core: Core, manager_page: SettingsPage
) -> None:
    page = manager_page
    page.activateWindow()
    qtbot.waitActive(page)
    retype(qtbot, page.hub_tab.name, "Hub by keyboard")
    page.tabs.setCurrentWidget(page.audit_tab)
    page.audit_tab.filter.setFocus()
    with qtbot.assertNotEmitted(page.data_changed, wait=100):
        qtbot.keyClick(page.audit_tab.filter, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(core).name != "Hub by keyboard"
    page.tabs.setCurrentWidget(page.hub_tab)
    page.hub_tab.name.setFocus()
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        qtbot.keyClick(page.hub_tab.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(core).name == "Hub by keyboard"


def test_a_bad_iban_is_shown_under_the_field_and_nothing_is_stored(
    qtbot: QtBot, core: Core, manager_page: SettingsPage
) -> None:
    page = manager_page
    before = stored(core)
    retype(qtbot, page.hub_tab.name, "Renamed")
    retype(qtbot, page.hub_tab.iban, "NL91ABNA0417164301")
    with qtbot.assertNotEmitted(page.data_changed):
        qtbot.mouseClick(page.hub_tab.save_button, Qt.MouseButton.LeftButton)
    assert "check digits do not match" in page.errors.message("iban")
    assert page.errors.message("name") == ""
    assert page.hub_tab.iban.property("invalid") is True
    assert stored(core) == before
    assert page.tabs.currentWidget() is page.hub_tab
    # fixed, the message goes and the settings are stored
    retype(qtbot, page.hub_tab.iban, "NL91ABNA0417164300")
    assert page.save()
    assert page.errors.message("iban") == ""
    assert stored(core).name == "Renamed"


def test_bad_number_format_and_payment_term_are_shown_under_their_fields(
    qtbot: QtBot, core: Core, manager_page: SettingsPage
) -> None:
    page = manager_page
    retype(qtbot, page.hub_tab.credit_note_number_format, "{year}-{seq:05d}")
    assert not page.save()
    assert "format of their own" in page.errors.message("credit_note_number_format")
    retype(qtbot, page.hub_tab.credit_note_number_format, "CN{year}{seq:04d}")
    assert page.hub_tab.credit_note_example.text().endswith("0042")
    retype(qtbot, page.hub_tab.payment_term_days, "400")
    assert not page.save()
    assert "at most 365" in page.errors.message("payment_term_days")
    assert stored(core).payment_term_days == 14


def test_opening_hours_are_saved_and_checked(
    qtbot: QtBot, core: Core, manager_page: SettingsPage
) -> None:
    page = manager_page
    hours = page.hours_tab
    page.tabs.setCurrentWidget(hours)
    assert not hours.open_boxes["sat"].isChecked()
    hours.open_boxes["sat"].setChecked(True)
    hours.opens["sat"].setTime(QTime(10, 0))
    hours.closes["sat"].setTime(QTime(14, 30))
    hours.opens["mon"].setTime(QTime(18, 0))
    hours.closes["mon"].setTime(QTime(9, 0))
    page.tabs.setCurrentWidget(page.audit_tab)
    assert not page.save()
    assert page.tabs.currentWidget() is hours  # shown where the problem is
    assert "open before it closes" in page.errors.message("hours_mon")
    hours.closes["mon"].setTime(QTime(20, 0))
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        qtbot.mouseClick(hours.save_button, Qt.MouseButton.LeftButton)
    found = stored(core)
    assert found.hours("mon") == ("18:00", "20:00")
    assert found.hours("sat") == ("10:00", "14:30")
    assert found.hours("sun") is None


def test_logo_is_stored_shown_and_checked(
    qtbot: QtBot, core: Core, manager_page: SettingsPage, tmp_path: Path
) -> None:
    page = manager_page
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes())
    with qtbot.waitSignal(page.data_changed, timeout=2000) as changed:
        assert page.set_logo_file(logo)
    assert changed.args == [{"settings"}]
    assert stored(core).logo == logo.read_bytes()
    assert page.hub_tab.logo_preview.pixmap() is not None
    assert not page.hub_tab.logo_preview.pixmap().isNull()
    assert page.hub_tab.remove_logo.isVisibleTo(page)
    bad = tmp_path / "logo.gif"
    bad.write_bytes(b"GIF89a" + b"\x00" * 30)
    assert not page.set_logo_file(bad)
    assert "PNG or JPEG" in page.errors.message("logo")
    big = tmp_path / "big.png"
    big.write_bytes(png_bytes() + b"\x00" * hub_settings.LOGO_MAX_BYTES)
    assert not page.set_logo_file(big)
    assert "too large" in page.errors.message("logo")
    assert not page.set_logo_file(tmp_path / "missing.png")
    assert "cannot be read" in page.errors.message("logo")
    assert stored(core).logo == logo.read_bytes()
    assert page.remove_logo()
    assert stored(core).logo is None
    assert page.hub_tab.logo_preview.text() == "No logo"


def test_unsaved_edits_survive_a_logo_change(
    qtbot: QtBot, core: Core, manager_page: SettingsPage
) -> None:
    page = manager_page
    retype(qtbot, page.hub_tab.city, "Den Haag")
    assert page.set_logo(png_bytes())
    page.on_data_changed({"settings"})  # what the window passes back
    assert page.hub_tab.city.text() == "Den Haag"
    assert page.save()
    assert stored(core).city == "Den Haag"


# ---------------------------------------------------------------------- reception


def test_reception_sees_the_form_read_only(
    qtbot: QtBot, core: Core, reception_page: SettingsPage
) -> None:
    page = reception_page
    hub = page.hub_tab
    assert hub.name.text() == stored(core).name
    for field in (hub.name, hub.address, hub.iban, hub.country, hub.time_zone, hub.choose_logo):
        assert not field.isEnabled()
    assert not hub.save_button.isVisibleTo(page)
    assert hub.note.isVisibleTo(page)
    assert "Only a manager" in hub.note.text()
    assert not page.save_action.isEnabled()
    assert not page.hours_tab.open_boxes["mon"].isEnabled()
    assert not page.hours_tab.opens["mon"].isEnabled()
    assert not page.hours_tab.save_button.isVisibleTo(page.hours_tab)
    # VAT categories: the list, no buttons
    assert page.vat_tab.model.rowCount() == 4
    assert not page.vat_tab.new_button.isVisibleTo(page.vat_tab)
    assert page.vat_tab.note.isVisibleTo(page.vat_tab)
    assert page.vat_tab.open_new() is None
    # Staff: only "Change my password"
    assert not page.staff_tab.view.isVisibleTo(page.staff_tab)
    assert not page.staff_tab.add_button.isVisibleTo(page.staff_tab)
    assert page.staff_tab.open_add() is None
    assert page.staff_tab.own_password_button.isVisibleTo(page.staff_tab)
    assert page.staff_tab.model.rowCount() == 0
    assert not page.can_add()
    # and the service refuses even if the form were used
    hub.name.setText("Taken over")
    with qtbot.assertNotEmitted(page.data_changed):
        assert not page.save()
    assert page.last_warning is not None
    assert "Only a manager" in page.last_warning.text()
    page.last_warning.close()
    assert stored(core).name != "Taken over"


def test_reception_changes_their_own_password(
    qtbot: QtBot, core: Core, reception_page: SettingsPage
) -> None:
    page = reception_page
    page.tabs.setCurrentWidget(page.staff_tab)
    qtbot.mouseClick(page.staff_tab.own_password_button, Qt.MouseButton.LeftButton)
    dialog = page.staff_tab.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.old_password, "wrong one")  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.new_password, "a new desk password")  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.repeat, "a new desk password")  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.message("old_password") == "The current password is wrong"
    retype(qtbot, dialog.old_password, "reception pw")  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert core.sign_in("anna", "a new desk password").name == "Anna de Vries"


# -------------------------------------------------------------------------- staff


def test_manager_adds_a_staff_member_through_the_dialog(
    qtbot: QtBot, core: Core, manager_page: SettingsPage
) -> None:
    page = manager_page
    page.tabs.setCurrentWidget(page.staff_tab)
    assert page.can_add()
    assert page.staff_tab.model.rowCount() == 2
    qtbot.mouseClick(page.staff_tab.add_button, Qt.MouseButton.LeftButton)
    dialog = page.staff_tab.dialog
    assert isinstance(dialog, AddStaffDialog)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.username, "bram")
    qtbot.keyClicks(dialog.display_name, "Bram Bakker")
    dialog.role.setCurrentIndex(dialog.role.findData("manager"))
    qtbot.keyClicks(dialog.password, "bram's password")
    qtbot.keyClicks(dialog.repeat, "bram's passwort")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("repeat") == "The two passwords differ"
    retype(qtbot, dialog.repeat, "bram's password")
    retype(qtbot, dialog.username, "anna")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "already taken" in dialog.errors.message("username")
    retype(qtbot, dialog.username, "bram")
    with qtbot.waitSignal(page.data_changed, timeout=2000) as changed:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert changed.args == [{"staff_user"}]
    assert not dialog.isVisible()
    found = {s.username: s for s in core.read(staff.list_staff)}
    assert found["bram"].display_name == "Bram Bakker"
    assert found["bram"].role is StaffRole.MANAGER
    assert page.staff_tab.model.rowCount() == 3
    assert page.staff_tab.selected() == found["bram"]
    assert core.sign_in("bram", "bram's password").is_manager


def test_manager_disables_promotes_and_resets_a_password(
    qtbot: QtBot, core: Core, manager_page: SettingsPage
) -> None:
    page = manager_page
    tab = page.staff_tab
    page.tabs.setCurrentWidget(tab)
    anna = next(s for s in core.read(staff.list_staff) if s.username == "anna")
    tab.select(anna.id)
    assert tab.active_button.text() == "Disable"
    assert tab.role_button.text() == "Make manager"
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    assert tab.selected() is not None and not tab.selected().active  # type: ignore[union-attr]
    assert tab.active_button.text() == "Enable"
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.role_button, Qt.MouseButton.LeftButton)
    assert tab.selected().role is StaffRole.MANAGER  # type: ignore[union-attr]
    assert tab.role_button.text() == "Make reception"
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.password, "short")  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.repeat, "short")  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "at least 8" in dialog.errors.message("password")
    retype(qtbot, dialog.password, "anna's new password")  # type: ignore[attr-defined]
    retype(qtbot, dialog.repeat, "anna's new password")  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert core.sign_in("anna", "anna's new password").is_manager
    actions = [e.action for e in page.audit_tab.model.rows()[:4]]
    assert actions == ["password_reset", "role", "enable", "disable"]


def test_the_last_manager_cannot_be_disabled(
    qtbot: QtBot, core: Core, manager_page: SettingsPage
) -> None:
    tab = manager_page.staff_tab
    maria = next(s for s in core.read(staff.list_staff) if s.username == "maria")
    tab.select(maria.id)
    with qtbot.assertNotEmitted(manager_page.data_changed):
        qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    assert tab.last_warning is not None
    assert "last active manager" in tab.last_warning.text()
    tab.last_warning.close()
    assert next(s for s in core.read(staff.list_staff) if s.username == "maria").active


# ---------------------------------------------------------------- VAT categories


def test_manager_adds_changes_and_stops_a_vat_category(
    qtbot: QtBot, core: Core, manager_page: SettingsPage
) -> None:
    page = manager_page
    tab = page.vat_tab
    page.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, VatCategoryDialog)
    qtbot.keyClicks(dialog.code, "Catering")
    qtbot.keyClicks(dialog.name, "Catering")
    qtbot.keyClicks(dialog.rate, "9")
    dialog.exempt.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "exempt category has a rate of 0" in dialog.errors.message("rate")
    dialog.exempt.setChecked(False)
    with qtbot.waitSignal(page.data_changed, timeout=2000) as changed:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert changed.args == [{"vat_category"}]
    created = tab.selected()
    assert created is not None
    assert (created.code, created.rate_bp) == ("catering", 900)

    dialog = tab.open_edit()
    assert dialog is not None
    assert dialog.code.text() == "catering"
    retype(qtbot, dialog.rate, "5,5")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    changed_category = tab.selected()
    assert changed_category is not None and changed_category.rate_bp == 550
    row = next(r for r, c in enumerate(tab.model.rows()) if c.code == "catering")
    assert tab.model.index(row, VatCategoryModel.Col.RATE).data() == "5.5%"

    assert tab.active_button.text() == "Stop offering"
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    found = {c.code: c for c in core.read(hub_settings.list_vat_categories)}
    assert not found["catering"].active
    assert tab.active_button.text() == "Offer again"


# ---------------------------------------------------------------------- audit log


def test_the_audit_tab_shows_and_filters_entries(
    qtbot: QtBot, core: Core, manager_page: SettingsPage
) -> None:
    page = manager_page
    retype(qtbot, page.hub_tab.name, "Hub Den Haag")
    assert page.save()
    page.tabs.setCurrentWidget(page.audit_tab)
    tab = page.audit_tab
    assert page.search_field() is tab.filter
    model = tab.model
    assert model.rowCount() == 3  # maria, anna, the settings change
    newest = model.index(0, AuditModel.Col.CHANGES).data()
    assert "name: Our hub → Hub Den Haag" in newest
    assert model.index(0, AuditModel.Col.RECORD).data() == "Hub settings"
    assert model.index(0, AuditModel.Col.ACTION).data() == "Changed"
    assert model.index(0, AuditModel.Col.WHO).data() == "Maria Jansen"
    assert model.index(0, AuditModel.Col.WHEN).data()  # hub local time
    assert model.index(2, AuditModel.Col.RECORD).data().startswith("Staff member #")

    qtbot.keyClicks(tab.filter, "anna")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=2000)
    assert "anna" in model.index(0, AuditModel.Col.CHANGES).data()
    tab.filter.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=2000)
    tab.entity.setCurrentIndex(tab.entity.findData("hub_settings"))
    assert model.rowCount() == 1
    assert tab.entity.currentText() == "Hub settings"
    assert tab.status.text() == "1 entry found"

    # a change on another page adds to the log, and the tab follows
    core.write(lambda s: staff.set_role(s, core.actor, 2, StaffRole.MANAGER))
    tab.entity.setCurrentIndex(0)
    page.on_data_changed({"member"})
    assert model.rowCount() == 4


def test_every_table_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, core: Core, manager_page: SettingsPage
) -> None:
    page = manager_page
    for model in (page.vat_tab.model, page.staff_tab.model, page.audit_tab.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    for model_class in (VatCategoryModel, StaffModel, AuditModel):
        qtmodeltester.check(model_class())  # type: ignore[attr-defined]
