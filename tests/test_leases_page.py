"""The Leases page: the overview, the notice calendar, vacant offices and the
lease dialog, on a real SQLite hub."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from hubdesk.app import Core
from hubdesk.domain.clock import FixedClock
from hubdesk.domain.enums import LeaseStatus, SpaceKind
from hubdesk.domain.money import Money
from hubdesk.services import leases
from hubdesk.services.audit import SYSTEM
from hubdesk.services.leases import LeaseInput
from hubdesk.ui import format as fmt
from hubdesk.ui.dialogs.lease import LeaseDialog
from hubdesk.ui.pages.leases import LeasesPage
from tests.helpers import add_organisation, add_space, open_page, open_window, sign_in

TODAY = date(2026, 1, 15)

# the completer's popup under the offscreen platform
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)


@pytest.fixture
def clock() -> FixedClock:
    """The hub's clock: 10:00 on TODAY."""
    return FixedClock(datetime.combine(TODAY, time(10), ZoneInfo("Europe/Amsterdam")))


def _hub(core: Core) -> dict[str, int]:
    with core.db.write() as session:
        return {
            "zee": add_space(session, "Office Zee", SpaceKind.PRIVATE_OFFICE).id,
            "duin": add_space(session, "Office Duin", SpaceKind.PRIVATE_OFFICE).id,
            "noordzee": add_organisation(session, "Stichting Noordzee").id,
            "pier": add_organisation(session, "Pier Labs").id,
        }


def _active(core: Core, org: int, offices: list[int], start: date, end: date | None) -> int:
    data = LeaseInput(
        organisation_id=org,
        office_ids=offices,
        start_date=start,
        end_date=end,
        rent=Money(95_000),
        service_charge=Money(12_500),
        deposit=Money(190_000),
    )
    with core.db.write() as session:
        lease = leases.create_lease(session, SYSTEM, data)
        leases.activate_lease(session, SYSTEM, lease.id)
        return lease.id


def _column(model: Any, column: int) -> list[str]:
    return [model.text(model.record(row), column) for row in range(model.rowCount())]


def _fill(qtbot: QtBot, dialog: LeaseDialog, organisation: str, office: str) -> None:
    edit = dialog.organisation.lineEdit()
    assert edit is not None
    qtbot.keyClicks(edit, organisation)
    completer = dialog.organisation.completer()
    assert completer is not None
    completer.popup().hide()  # as choosing the suggestion would
    dialog.check_office(office)
    dialog.end.setDate(QDate(2026, 12, 31))
    qtbot.keyClick(dialog.open_ended, Qt.Key.Key_Space)
    assert dialog.end.isEnabled()
    qtbot.keyClicks(dialog.rent, "850")
    qtbot.keyClicks(dialog.service_charge, "120")
    qtbot.keyClicks(dialog.deposit, "2550")


def test_create_and_activate_a_lease_through_the_dialog(qtbot: QtBot, core: Core) -> None:
    _hub(core)
    page = open_page(qtbot, core, LeasesPage, "maria")
    assert page.can_add()
    dialog = page.open_new()
    assert dialog is not None
    _fill(qtbot, dialog, "Pier Labs", "Office Zee")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == LeaseDialog.DialogCode.Accepted
    assert dialog.saved is not None
    assert page.selected() is not None
    assert page.selected().status is LeaseStatus.DRAFT
    assert page.activate_button.isEnabled()
    qtbot.mouseClick(page.activate_button, Qt.MouseButton.LeftButton)

    row = page.model.record(page.model.row_of(dialog.saved.id))
    assert row.status is LeaseStatus.ACTIVE
    assert row.organisation_name == "Pier Labs"
    assert row.office_names == ("Office Zee",)
    col = page.model.Col
    assert page.model.text(row, col.RENT) == fmt.money(Money(85_000))
    # a fixed term to 31 December with three months' notice: 30 September
    assert page.model.text(row, col.LAST_NOTICE) == fmt.day(date(2026, 9, 30))
    assert page.model.text(row, col.DEPOSIT) == fmt.money(Money(0))  # not received yet


def test_a_field_error_shows_at_the_field(qtbot: QtBot, core: Core) -> None:
    _hub(core)
    page = open_page(qtbot, core, LeasesPage, "maria")
    dialog = page.open_new()
    assert dialog is not None
    _fill(qtbot, dialog, "Pier Labs", "Office Zee")
    dialog.rent.clear()
    qtbot.keyClicks(dialog.rent, "lots")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.message("rent")
    dialog.rent.clear()
    qtbot.keyClicks(dialog.rent, "850")
    dialog.organisation.setEditText("Nobody B.V.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Nobody B.V." in dialog.errors.message("organisation")
    assert core.read(lambda s: leases.list_leases(s)) == []


def test_notice_needs_who_gave_it(qtbot: QtBot, core: Core) -> None:
    hub = _hub(core)
    lease_id = _active(core, hub["noordzee"], [hub["duin"]], date(2025, 7, 1), None)
    page = open_page(qtbot, core, LeasesPage, "maria")
    page.select(lease_id)
    dialog = page.open_notice()
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.message("notice_given_by")
    assert core.read(lambda s: leases.get_lease(s, lease_id)).status is LeaseStatus.ACTIVE


def test_the_notice_calendar_looks_3_then_12_months_ahead(qtbot: QtBot, core: Core) -> None:
    hub = _hub(core)
    # last notice day 31 March 2026: within three months
    _active(core, hub["noordzee"], [hub["zee"]], date(2025, 7, 1), date(2026, 6, 30))
    # last notice day 31 December 2026: within twelve months only
    _active(core, hub["pier"], [hub["duin"]], date(2025, 4, 1), date(2027, 3, 31))
    page = open_page(qtbot, core, LeasesPage)
    col = page.calendar_model.Col
    assert _column(page.calendar_model, col.ORGANISATION) == ["Stichting Noordzee"]
    assert _column(page.calendar_model, col.DAY) == [fmt.day(date(2026, 3, 31))]

    page.horizon.setCurrentIndex(page.horizon.findData(12))
    assert _column(page.calendar_model, col.ORGANISATION) == [
        "Stichting Noordzee",
        "Stichting Noordzee",
        "Pier Labs",
    ]
    assert _column(page.calendar_model, col.DAY) == [
        fmt.day(date(2026, 3, 31)),
        fmt.day(date(2026, 6, 30)),
        fmt.day(date(2026, 12, 31)),
    ]


def test_vacant_offices_with_the_day_they_are_free(qtbot: QtBot, core: Core) -> None:
    hub = _hub(core)
    _active(core, hub["noordzee"], [hub["duin"]], date(2025, 7, 1), date(2026, 6, 30))
    page = open_page(qtbot, core, LeasesPage)
    col = page.vacant_model.Col
    assert _column(page.vacant_model, col.OFFICE) == ["Office Zee", "Office Duin"]
    assert _column(page.vacant_model, col.FREE_FROM) == [
        page.vacant_model.tr("now"),
        fmt.day(date(2026, 7, 1)),
    ]


def test_an_overlapping_lease_is_refused_and_stays_a_draft(qtbot: QtBot, core: Core) -> None:
    hub = _hub(core)
    _active(core, hub["noordzee"], [hub["duin"]], date(2025, 7, 1), date(2026, 6, 30))
    page = open_page(qtbot, core, LeasesPage, "maria")
    dialog = page.open_new()
    assert dialog is not None
    _fill(qtbot, dialog, "Pier Labs", "Office Duin")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    draft_id = dialog.saved.id
    qtbot.mouseClick(page.activate_button, Qt.MouseButton.LeftButton)
    assert page.last_warning is not None
    assert "Office Duin" in page.last_warning.text()
    found = core.read(lambda s: leases.get_lease(s, draft_id))
    assert found.status is LeaseStatus.DRAFT
    live = core.read(lambda s: leases.lease_overview(s, TODAY))
    assert [r.organisation_name for r in live] == ["Stichting Noordzee"]


def test_reception_sees_but_cannot_change(qtbot: QtBot, core: Core) -> None:
    hub = _hub(core)
    _active(core, hub["noordzee"], [hub["duin"]], date(2025, 7, 1), date(2026, 6, 30))
    page = open_page(qtbot, core, LeasesPage, "anna")
    assert page.model.rowCount() == 1
    page.view.selectRow(0)
    assert not page.can_add()
    assert page.open_new() is None
    assert not any(button.isEnabled() for button in page.change_buttons())
    assert page.note.isVisibleTo(page)


def test_give_notice_shows_the_end_it_leads_to(qtbot: QtBot, core: Core) -> None:
    hub = _hub(core)
    lease_id = _active(core, hub["noordzee"], [hub["duin"]], date(2025, 7, 1), None)
    page = open_page(qtbot, core, LeasesPage, "maria")
    page.select(lease_id)
    dialog = page.open_notice()
    assert dialog is not None
    assert dialog.effect.text() == fmt.day(date(2026, 4, 30))
    qtbot.keyClicks(dialog.given_by, "the tenant")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    row = page.model.record(page.model.row_of(lease_id))
    assert row.status is LeaseStatus.NOTICE_GIVEN
    assert row.end_date == date(2026, 4, 30)


def test_notice_by_agreement_ends_before_the_notice_period(qtbot: QtBot, core: Core) -> None:
    hub = _hub(core)
    lease_id = _active(core, hub["noordzee"], [hub["duin"]], date(2025, 7, 1), None)
    page = open_page(qtbot, core, LeasesPage, "maria")
    page.select(lease_id)
    dialog = page.open_notice()
    assert dialog is not None
    assert not dialog.agreed_end.isEnabled()
    qtbot.keyClicks(dialog.given_by, "both parties")
    qtbot.mouseClick(dialog.agreed, Qt.MouseButton.LeftButton)
    assert dialog.agreed_end.isEnabled()
    dialog.agreed_end.setDate(QDate(2026, 1, 31))
    assert dialog.effect.text() == fmt.day(date(2026, 1, 31))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    row = page.model.record(page.model.row_of(lease_id))
    assert row.status is LeaseStatus.NOTICE_GIVEN
    assert row.end_date == date(2026, 1, 31)  # not the end of April


def test_edit_a_draft_by_double_click(qtbot: QtBot, core: Core) -> None:
    hub = _hub(core)
    data = LeaseInput(
        organisation_id=hub["pier"],
        office_ids=[hub["zee"]],
        start_date=date(2026, 2, 1),
        rent=Money(85_000),
        service_charge=Money(12_000),
        deposit=Money(255_000),
        indexation_bp=300,
        notes="Keys at reception",
    )
    with core.db.write() as session:
        draft_id = leases.create_lease(session, SYSTEM, data).id
    page = open_page(qtbot, core, LeasesPage, "maria")
    page.select(draft_id)
    assert page.edit_button.isEnabled()
    view = page.view
    rect = view.visualRect(page.model.index(page.model.row_of(draft_id), 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.dialog
    assert isinstance(dialog, LeaseDialog) and dialog.isVisible()
    # the stored terms are in the form
    assert dialog.organisation.currentText() == "Pier Labs"
    assert dialog.office_ids() == [hub["zee"]]
    assert dialog.rent.text() == "850.00"
    assert dialog.indexation.value() == 3.0
    assert dialog.open_ended.isChecked()
    assert dialog.notes.toPlainText() == "Keys at reception"
    dialog.rent.clear()
    qtbot.keyClicks(dialog.rent, "875")
    dialog.check_office("Office Duin")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = core.read(lambda s: leases.get_lease(s, draft_id))
    assert stored.status is LeaseStatus.DRAFT
    assert stored.rent == Money(87_500)
    assert set(stored.office_ids) == {hub["zee"], hub["duin"]}
    assert stored.notes == "Keys at reception"
    # a live lease does not open in the form
    with core.db.write() as session:
        leases.activate_lease(session, SYSTEM, draft_id)
    page.reload()
    page.select(draft_id)
    assert not page.edit_button.isEnabled()
    assert page.open_edit() is None


def test_models_pass_the_model_tester(qtbot: QtBot, core: Core, qtmodeltester: Any) -> None:
    hub = _hub(core)
    _active(core, hub["noordzee"], [hub["duin"]], date(2025, 7, 1), date(2026, 6, 30))
    page = open_page(qtbot, core, LeasesPage, "maria")
    for model in (page.model, page.calendar_model, page.vacant_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_deposit_received_then_returned(qtbot: QtBot, core: Core) -> None:
    hub = _hub(core)
    lease_id = _active(core, hub["noordzee"], [hub["duin"]], date(2025, 7, 1), date(2026, 6, 30))
    page = open_page(qtbot, core, LeasesPage, "maria")
    page.select(lease_id)
    received = page.open_deposit()
    assert received is not None and not received.returning
    qtbot.mouseClick(received.ok_button, Qt.MouseButton.LeftButton)
    row = page.model.record(page.model.row_of(lease_id))
    assert row.deposit_held == Money(190_000)

    returned = page.open_deposit()
    assert returned is not None and returned.returning
    returned.amount.clear()
    qtbot.keyClicks(returned.amount, "5000")  # more than the deposit
    qtbot.mouseClick(returned.ok_button, Qt.MouseButton.LeftButton)
    assert returned.errors.message("deposit_returned")
    returned.amount.clear()
    qtbot.keyClicks(returned.amount, "1800")
    qtbot.mouseClick(returned.ok_button, Qt.MouseButton.LeftButton)
    assert not returned.isVisible()
    found = core.read(lambda s: leases.get_lease(s, lease_id))
    assert found.deposit_returned == Money(180_000)


def test_renew_a_fixed_term_lease(qtbot: QtBot, core: Core) -> None:
    hub = _hub(core)
    lease_id = _active(core, hub["noordzee"], [hub["duin"]], date(2025, 7, 1), date(2026, 6, 30))
    page = open_page(qtbot, core, LeasesPage, "maria")
    page.select(lease_id)
    assert page.renew_button.isEnabled()
    dialog = page.open_renew()
    assert dialog is not None
    assert dialog.starts.text() == fmt.day(date(2026, 7, 1))
    dialog.end.setDate(QDate(2027, 6, 30))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    successor = core.read(lambda s: leases.get_lease(s, dialog.saved.id))
    assert successor.predecessor_id == lease_id
    assert successor.start_date == date(2026, 7, 1)
    assert successor.status is LeaseStatus.ACTIVE
    # the office is free only after the successor ends
    vacant = page.vacant_model
    duin = _column(vacant, vacant.Col.OFFICE).index("Office Duin")
    assert _column(vacant, vacant.Col.FREE_FROM)[duin] == fmt.day(date(2027, 7, 1))


def test_index_now_when_due(qtbot: QtBot, core: Core) -> None:
    hub = _hub(core)
    data = LeaseInput(
        organisation_id=hub["pier"],
        office_ids=[hub["zee"]],
        start_date=date(2025, 1, 1),
        rent=Money(100_000),
        indexation_bp=300,
    )
    with core.db.write() as session:
        lease_id = leases.create_lease(session, SYSTEM, data).id
        leases.activate_lease(session, SYSTEM, lease_id)
    page = open_page(qtbot, core, LeasesPage, "maria")
    page.select(lease_id)
    assert page.index_button.isEnabled()
    qtbot.mouseClick(page.index_button, Qt.MouseButton.LeftButton)
    box = page.last_question
    assert box is not None
    assert fmt.money(Money(103_000)) in box.text()
    box.buttons()[0].click()
    row = page.model.record(page.model.row_of(lease_id))
    assert row.rent == Money(103_000)
    assert not page.index_button.isEnabled()


def test_ctrl_n_in_the_main_window_opens_a_new_lease(
    qtbot: QtBot, core: Core, tmp_path: Path
) -> None:
    _hub(core)
    window = open_window(qtbot, core, tmp_path)
    sign_in(qtbot, window, "maria", "correct horse")
    window.show_page("leases")
    page = window.current_page()
    assert isinstance(page, LeasesPage)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(page.dialog, LeaseDialog)
    assert page.dialog.isVisible()
    page.dialog.reject()


def test_an_index_linked_lease_with_vat(qtbot: QtBot, core: Core) -> None:
    _hub(core)
    page = open_page(qtbot, core, LeasesPage, "maria")
    dialog = page.open_new()
    assert dialog is not None
    _fill(qtbot, dialog, "Stichting Noordzee", "Office Duin")
    qtbot.keyClick(dialog.index_linked, Qt.Key.Key_Space)
    assert dialog.base_index.isEnabled() and not dialog.indexation.isEnabled()
    qtbot.keyClicks(dialog.base_index, "118.3")
    if dialog.rent_vat.count() > 1:
        dialog.rent_vat.setCurrentIndex(1)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    assert dialog.saved.index_linked
    assert dialog.saved.base_index == "118.3"
    assert dialog.saved.rent_vat_category_id == dialog.rent_vat.itemData(
        dialog.rent_vat.currentIndex()
    )


def test_the_indexation_letter_from_the_page(qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    from pypdf import PdfReader

    hub = _hub(core)
    data = LeaseInput(
        organisation_id=hub["pier"],
        office_ids=[hub["zee"]],
        start_date=date(2025, 1, 1),
        rent=Money(100_000),
        indexation_bp=300,
    )
    with core.db.write() as session:
        lease_id = leases.create_lease(session, SYSTEM, data).id
        leases.activate_lease(session, SYSTEM, lease_id)
    page = open_page(qtbot, core, LeasesPage, "anna")  # reception may print it
    page.select(lease_id)
    assert page.letter_button.isEnabled()
    assert page.write_letter(tmp_path / "none.pdf") is None  # nothing indexed yet
    assert page.last_warning is not None and "indexation" in page.last_warning.text()
    assert not (tmp_path / "none.pdf").exists()
    with core.db.write() as session:
        leases.index_lease(session, SYSTEM, lease_id)
    target = page.write_letter(tmp_path / "letter.pdf")
    assert target == tmp_path / "letter.pdf"
    text = "".join(page_.extract_text() for page_ in PdfReader(target).pages)
    assert "Pier Labs" in text and "Office Zee" in text
