"""The plans page, the plan dialog and the memberships in an organisation's
details, on a real database, driven offscreen with qtbot."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from hubdesk.app import Core
from hubdesk.domain.enums import OrganisationKind, PlanKind
from hubdesk.domain.models import Plan
from hubdesk.domain.money import Money
from hubdesk.services import plans
from hubdesk.services.audit import SYSTEM
from hubdesk.services.plans import PlanInput, PlanRecord
from hubdesk.ui.dialogs.membership import (
    ChangePlanDialog,
    MembershipDialog,
    MembershipTableModel,
    first_of_next_month,
)
from hubdesk.ui.dialogs.plan import PlanDialog
from hubdesk.ui.pages.organisations import OrganisationsPage
from hubdesk.ui.pages.plans import PlansPage, PlanTableModel
from tests.helpers import TEST_NOW, add_organisation, open_page

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def add_plan(core: Core, name: str, kind: PlanKind, price: str, **values: object) -> PlanRecord:
    data = PlanInput(name=name, kind=kind, price_month=price, vat_category="high", **values)  # type: ignore[arg-type]
    found: PlanRecord = core.write(lambda s: plans.create_plan(s, SYSTEM, data))
    return found


def plan_count(core: Core) -> int:
    return int(core.read(lambda s: s.scalar(select(func.count()).select_from(Plan))))


def names(page: PlansPage) -> list[str]:
    return [r.name for r in page.model.rows()]


def set_day(edit: object, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))  # type: ignore[attr-defined]


def test_manager_creates_a_plan_with_an_ngo_price(qtbot: QtBot, core: Core) -> None:
    page: PlansPage = open_page(qtbot, core, PlansPage, "maria")
    assert page.can_add() and page.add_button.isEnabled()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, PlanDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Flex 10")
    dialog.kind.setCurrentIndex(dialog.kind.findData(PlanKind.FLEX.value))
    qtbot.keyClicks(dialog.price, "225,00")
    dialog.room_hours.clear()
    qtbot.keyClicks(dialog.room_hours, "2.5")
    dialog.flex_days.clear()
    qtbot.keyClicks(dialog.flex_days, "10")
    qtbot.keyClicks(dialog.kind_prices[OrganisationKind.NGO], "195")
    with qtbot.waitSignal(page.data_changed, timeout=2000) as changed:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert changed.args == [{"plan"}]
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = dialog.saved
    assert saved is not None
    assert saved.kind is PlanKind.FLEX
    assert saved.price_month == Money(22500)
    assert saved.included_room_minutes == 150
    assert saved.included_flex_days == 10
    assert saved.kind_prices == ((OrganisationKind.NGO, Money(19500)),)
    assert names(page) == ["Flex 10"]
    assert page.selected() == saved
    row = page.model.row_of(saved.id)
    assert row is not None
    text = page.model.index(row, PlanTableModel.Col.OTHER_PRICES).data()
    assert text == "NGO €195.00"
    assert page.model.index(row, PlanTableModel.Col.ROOM_HOURS).data() == "2.5"


def test_a_refused_value_is_shown_at_its_field_and_nothing_stored(qtbot: QtBot, core: Core) -> None:
    page: PlansPage = open_page(qtbot, core, PlansPage, "maria")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Community")
    qtbot.keyClicks(dialog.price, "-10")
    before = plan_count(core)
    with qtbot.assertNotEmitted(page.data_changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("price_month") != ""
    assert dialog.price.property("invalid") is True
    assert dialog.isVisible()
    assert plan_count(core) == before

    dialog.price.clear()
    qtbot.keyClicks(dialog.price, "95")
    dialog.room_hours.clear()
    qtbot.keyClicks(dialog.room_hours, "lots")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("price_month") == ""
    assert "hours" in dialog.errors.message("included_room_minutes")
    assert plan_count(core) == before


def test_add_a_membership_from_the_organisation_and_change_its_plan(
    qtbot: QtBot, core: Core, qtmodeltester: object
) -> None:
    flex = add_plan(core, "Flex", PlanKind.FLEX, "200", kind_prices={"ngo": "150"})
    desk = add_plan(core, "Desk", PlanKind.DEDICATED_DESK, "300")
    organisation_id = core.write(lambda s: add_organisation(s, "Stichting Noordzee").id)
    page: OrganisationsPage = open_page(qtbot, core, OrganisationsPage, "maria", (1200, 800))
    assert page.select_id(organisation_id)
    section = page.memberships
    assert section.isVisible()
    assert section.add_button.isEnabled()
    assert not section.change_button.isEnabled()

    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, MembershipDialog)
    dialog.plan.setCurrentIndex(dialog.plan.findData(flex.id))
    start = TEST_NOW.date().replace(day=1)
    set_day(dialog.start, start)
    dialog.seats.setValue(2)
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    rows = section.model.rows()
    assert len(rows) == 1
    # Stichting is an NGO: its rate, times two seats
    kind = rows[0].holder_kind
    each = 15000 if kind is OrganisationKind.NGO else 20000
    assert rows[0].monthly_price == Money(2 * each)
    price = section.model.index(0, MembershipTableModel.Col.PRICE).data()
    assert price == f"€{2 * each // 100}.00"
    assert section.selected() == rows[0]
    assert section.change_button.isEnabled()

    qtbot.mouseClick(section.change_button, Qt.MouseButton.LeftButton)
    change = section.dialog
    assert isinstance(change, ChangePlanDialog)
    on = change.on.date().toPython()
    assert on == first_of_next_month(TEST_NOW.date())  # the default
    change.plan.setCurrentIndex(change.plan.findData(desk.id))
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        qtbot.mouseClick(change.ok_button, Qt.MouseButton.LeftButton)
    found = sorted(section.model.rows(), key=lambda r: r.start_date)
    assert [r.plan_name for r in found] == ["Flex", "Desk"]
    assert found[0].end_date == on - timedelta(days=1)  # no gap, no overlap
    assert found[1].start_date == on and found[1].end_date is None
    assert found[1].seats == 2
    assert found[1].monthly_price == Money(60000)
    qtmodeltester.check(section.model)  # type: ignore[attr-defined]


def test_reception_sees_but_cannot_change(qtbot: QtBot, core: Core) -> None:
    flex = add_plan(core, "Flex", PlanKind.FLEX, "200")
    organisation_id = core.write(lambda s: add_organisation(s, "Acme").id)
    core.write(
        lambda s: plans.create_membership(
            s,
            SYSTEM,
            plans.MembershipInput(
                plan_id=flex.id, start_date=date(2026, 1, 1), organisation_id=organisation_id
            ),
        )
    )
    page: PlansPage = open_page(qtbot, core, PlansPage, "anna")
    assert names(page) == ["Flex"]
    page.select(flex.id)
    assert not page.can_add()
    for button in (
        page.add_button,
        page.edit_button,
        page.deactivate_button,
        page.reactivate_button,
        page.delete_button,
    ):
        assert not button.isEnabled()
    organisations: OrganisationsPage = open_page(qtbot, core, OrganisationsPage, "anna")
    assert organisations.select_id(organisation_id)
    section = organisations.memberships
    assert len(section.model.rows()) == 1
    section.select_id(section.model.rows()[0].id)
    for button in (section.add_button, section.change_button, section.end_button):
        assert not button.isEnabled()


def test_deactivate_and_delete_only_an_unused_plan(qtbot: QtBot, core: Core) -> None:
    used = add_plan(core, "Used", PlanKind.COMMUNITY, "50")
    unused = add_plan(core, "Unused", PlanKind.VIRTUAL_OFFICE, "40")
    organisation_id = core.write(lambda s: add_organisation(s, "Acme").id)
    core.write(
        lambda s: plans.create_membership(
            s,
            SYSTEM,
            plans.MembershipInput(
                plan_id=used.id, start_date=date(2026, 1, 1), organisation_id=organisation_id
            ),
        )
    )
    page: PlansPage = open_page(qtbot, core, PlansPage, "maria")
    page.select(used.id)
    assert not page.delete_button.isEnabled()
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    assert page.show_inactive.isChecked()
    assert page.selected() is not None and not page.selected().active  # type: ignore[union-attr]
    assert page.reactivate_button.isEnabled()
    page.select(unused.id)
    assert page.delete_button.isEnabled()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    box = page.last_question
    assert box is not None
    box.buttons()[0].click()
    assert "Unused" not in names(page)


def test_the_models_pass_the_model_tester(qtmodeltester: object, qtbot: QtBot, core: Core) -> None:
    add_plan(core, "Flex", PlanKind.FLEX, "200", kind_prices={"ngo": "150"})
    add_plan(core, "Office", PlanKind.PRIVATE_OFFICE, "900", included_flex_days="")
    page: PlansPage = open_page(qtbot, core, PlansPage, "maria")
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    qtmodeltester.check(PlanTableModel())  # type: ignore[attr-defined]
    qtmodeltester.check(MembershipTableModel())  # type: ignore[attr-defined]


def test_a_price_override_needs_a_reason_and_a_membership_can_end(qtbot: QtBot, core: Core) -> None:
    add_plan(core, "Community", PlanKind.COMMUNITY, "25")
    organisation_id = core.write(lambda s: add_organisation(s, "Acme").id)
    page: OrganisationsPage = open_page(qtbot, core, OrganisationsPage, "maria", (1200, 800))
    assert page.select_id(organisation_id)
    section = page.memberships
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, MembershipDialog)
    set_day(dialog.start, date(2026, 1, 1))
    qtbot.keyClicks(dialog.price_override, "10")
    with qtbot.assertNotEmitted(page.data_changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("override_reason") != ""
    assert section.model.rows() == []
    qtbot.keyClicks(dialog.override_reason, "Founding member")
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    (row,) = section.model.rows()
    assert row.monthly_price == Money(1000)
    tip = section.model.index(0, MembershipTableModel.Col.PRICE).data(Qt.ItemDataRole.ToolTipRole)
    assert "Founding member" in tip

    qtbot.mouseClick(section.end_button, Qt.MouseButton.LeftButton)
    end = section.dialog
    assert end is not None
    set_day(end.on, date(2026, 3, 31))  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        qtbot.mouseClick(end.ok_button, Qt.MouseButton.LeftButton)
    (row,) = section.model.rows()
    assert row.end_date == date(2026, 3, 31)


def test_an_individual_member_has_memberships_of_their_own(qtbot: QtBot, core: Core) -> None:
    from hubdesk.services import directory
    from hubdesk.ui.pages.members import MembersPage

    add_plan(core, "Flex", PlanKind.FLEX, "200")
    person = core.write(
        lambda s: directory.create_member(
            s, SYSTEM, directory.MemberInput(first_name="Sanne", last_name="de Vries")
        )
    )
    page: MembersPage = open_page(qtbot, core, MembersPage, "maria", (1200, 800))
    assert page.select_id(person.id)
    section = page.memberships
    assert section.isVisible()
    assert section.member_id == person.id and section.organisation_id is None
    assert section.add_button.isEnabled()
