"""The Front desk page, driven as reception drives it: by keyboard (and a
badge scanner, which types its code and Enter), on a real SQLite hub."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from hubdesk.app import Core
from hubdesk.domain.enums import SpaceKind
from hubdesk.domain.models import CheckIn, DayPass, Visit
from hubdesk.domain.money import Money
from hubdesk.services import directory, frontdesk, plans
from hubdesk.services.audit import SYSTEM
from hubdesk.services.directory import MemberInput
from hubdesk.services.frontdesk import GuestInput, Terms
from hubdesk.services.hub import ensure_defaults
from hubdesk.services.plans import MembershipInput, PlanInput
from hubdesk.ui.dialogs.frontdesk import DayPassDialog, GuestDialog
from hubdesk.ui.pages.frontdesk import FrontDeskPage
from tests.helpers import (
    TEST_NOW,
    ZONE,
    add_organisation,
    add_space,
    open_page,
    open_window,
    sign_in,
)

# the member field's completer popup under the offscreen platform
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)


def _hub(core: Core) -> dict[str, int]:
    def fill(s: Any) -> dict[str, int]:
        ensure_defaults(s)
        flex = add_space(s, "Flex 1", SpaceKind.FLEX_DESK, capacity=1)
        flex.price_day = Money(2750)
        noordzee = add_organisation(s, "Stichting Noordzee").id
        desk = plans.create_plan(
            s,
            SYSTEM,
            PlanInput(
                name="Dedicated", kind="dedicated_desk", price_month="300", vat_category="high"
            ),
        ).id
        plans.create_membership(
            s,
            SYSTEM,
            MembershipInput(
                plan_id=desk,
                start_date=TEST_NOW.date() - timedelta(days=40),
                organisation_id=noordzee,
            ),
        )
        ids = {"noordzee": noordzee}
        for key, first, last, org, badge in (
            ("jan", "Jan", "Visser", noordzee, "HB000102"),
            ("janneke", "Janneke", "Vos", None, "HB000110"),
            ("sanne", "Sanne", "Bakker", noordzee, "HB000104"),
        ):
            ids[key] = directory.create_member(
                s,
                SYSTEM,
                MemberInput(
                    first_name=first,
                    last_name=last,
                    email=f"{key}@example.org",
                    badge_code=badge,
                    organisation_id=org,
                ),
            ).id
        return ids

    result: dict[str, int] = core.write(fill)
    return result


def _open_in(core: Core) -> list[tuple[int | None, bool]]:
    with core.db.read() as s:
        return [
            (m, b)
            for m, b in s.execute(
                select(CheckIn.member_id, CheckIn.billable)
                .where(CheckIn.out_at.is_(None))
                .order_by(CheckIn.id)
            )
        ]


class Actions:
    """Counts what reception does: each key typed, each click."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def type(self, widget: QWidget, text: str) -> None:
        self.qtbot.keyClicks(widget, text)
        self.count += len(text)

    def key(self, widget: QWidget, key: Qt.Key) -> None:
        self.qtbot.keyClick(widget, key)
        self.count += 1

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
        self.count += 1


def test_three_letters_and_enter_check_the_right_member_in(
    qtbot: QtBot, core: Core, tmp_path: Path
) -> None:
    """From the main window: Ctrl+2, then 'vis' + Enter, nothing else."""
    hub = _hub(core)
    window = open_window(qtbot, core, tmp_path)
    sign_in(qtbot, window, "anna", "reception pw")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, FrontDeskPage)
    focused = window.focusWidget()
    assert focused is page.search
    actions = Actions(qtbot)
    actions.type(focused, "vis")
    assert [page.model.record(r).match.name for r in range(page.model.rowCount())] == ["Jan Visser"]
    actions.key(focused, Qt.Key.Key_Return)
    assert actions.count == 4
    assert _open_in(core) == [(hub["jan"], False)]
    assert page.search.text() == "" and page.search.hasFocus()
    assert "Jan Visser checked in" in page.message.text()
    card = page.card
    assert card.name.text() == "Jan Visser"
    assert card.terms.text() == Terms.DESK.describe()
    assert card.plans.text().endswith("Dedicated")
    # the same again checks him out
    actions.type(page.search, "vis")
    actions.key(page.search, Qt.Key.Key_Return)
    assert _open_in(core) == []
    assert "checked out" in page.message.text()


def test_the_best_match_is_on_top_and_arrows_pick_another(qtbot: QtBot, core: Core) -> None:
    hub = _hub(core)
    page = open_page(qtbot, core, FrontDeskPage)
    qtbot.keyClicks(page.search, "jan")
    names = [page.model.record(r).match.name for r in range(page.model.rowCount())]
    assert names[:2] == ["Jan Visser", "Janneke Vos"]
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.selected_match().name == "Janneke Vos"
    assert page.card.name.text() == "Janneke Vos"
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    # Janneke has no plan: her visit is billable, and the card says so
    assert _open_in(core) == [(hub["janneke"], True)]
    assert page.card.terms.text() == Terms.NO_PLAN.describe()


def test_a_badge_scan_checks_in_and_out(qtbot: QtBot, core: Core) -> None:
    hub = _hub(core)
    page = open_page(qtbot, core, FrontDeskPage)
    qtbot.keyClicks(page.search, "HB000104")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert _open_in(core) == [(hub["sanne"], False)]
    qtbot.keyClicks(page.search, "HB000104\r")
    assert _open_in(core) == []


def test_too_few_letters_or_no_match_checks_nobody_in(qtbot: QtBot, core: Core) -> None:
    _hub(core)
    page = open_page(qtbot, core, FrontDeskPage)
    qtbot.keyClicks(page.search, "ja")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert "three letters" in page.message.text()
    page.search.clear()
    qtbot.keyClicks(page.search, "zzz")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert "Nobody matches" in page.message.text()
    assert _open_in(core) == []


def test_an_archived_member_gets_a_message_not_a_check_in(qtbot: QtBot, core: Core) -> None:
    hub = _hub(core)
    core.write(lambda s: directory.archive_member(s, SYSTEM, hub["janneke"]))
    page = open_page(qtbot, core, FrontDeskPage)
    qtbot.keyClicks(page.search, "janneke")
    assert page.model.rowCount() == 0  # archived members are not offered
    assert page.toggle(hub["janneke"]) is None
    assert "archived" in page.message.text()
    assert page.message.property("error") is True
    assert _open_in(core) == []


def _expect(core: Core, host: int, name: str) -> int:
    """A guest expected in half an hour, or earlier today close to midnight
    (today's list shows today's guests)."""
    now = TEST_NOW
    midnight = datetime.combine(now.astimezone(ZONE).date() + timedelta(days=1), time(0), ZONE)
    expected = min(now + timedelta(minutes=30), midnight - timedelta(hours=1))
    visit: frontdesk.VisitRecord = core.write(
        lambda s: frontdesk.register_guest(s, SYSTEM, GuestInput(host, name, "Gemeente", expected))
    )
    return visit.id


def _row_centre(view: Any, row: int) -> QPoint:
    return view.visualRect(view.model().index(row, 1)).center()


def test_an_expected_guest_arrives_in_two_actions(qtbot: QtBot, core: Core) -> None:
    hub = _hub(core)
    eva = _expect(core, hub["sanne"], "Eva de Wit")
    page = open_page(qtbot, core, FrontDeskPage)
    assert page.guest_model.rowCount() == 1 and not page.arrived_button.isEnabled()
    actions = Actions(qtbot)
    actions.click(page.guest_view.viewport(), _row_centre(page.guest_view, 0))
    assert page.arrived_button.isEnabled()
    actions.click(page.arrived_button)
    assert actions.count == 2
    visit = core.read(lambda s: frontdesk.get_visit(s, eva))
    assert visit.is_in
    assert "Eva de Wit arrived" in page.message.text() and "Sanne Bakker" in page.message.text()
    assert page.left_button.isEnabled() and page.focusWidget() is page.search
    # a double-click on a guest who is in: left
    view = page.guest_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_row_centre(view, 0))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_row_centre(view, 0))
    assert core.read(lambda s: frontdesk.get_visit(s, eva)).left_at is not None


def _dialog(page: FrontDeskPage, opener: Callable[[], Any]) -> Any:
    dialog = opener()
    assert dialog.isVisible()
    return dialog


def test_a_guest_needs_a_host(qtbot: QtBot, core: Core) -> None:
    hub = _hub(core)
    page = open_page(qtbot, core, FrontDeskPage)
    dialog: GuestDialog = _dialog(page, page.open_guest)
    qtbot.keyClicks(dialog.name, "Eva de Wit")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors.message("host")
    qtbot.keyClicks(dialog.host.edit, "Nobody")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "from the list" in dialog.errors.message("host")
    with core.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Visit)) == 0
    # the member picked at the desk is the host already
    dialog.reject()
    qtbot.keyClicks(page.search, "sanne")
    dialog = _dialog(page, page.open_guest)
    assert dialog.host.chosen_id == hub["sanne"]
    qtbot.keyClicks(dialog.name, "Eva de Wit")
    qtbot.keyClick(dialog.here_now, Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [g.guest_name for g in page.guest_model.rows()] == ["Eva de Wit"]
    assert page.guest_model.rows()[0].is_in


def test_sell_a_day_pass(qtbot: QtBot, core: Core) -> None:
    _hub(core)
    page = open_page(qtbot, core, FrontDeskPage)
    dialog: DayPassDialog = _dialog(page, page.open_day_pass)
    assert dialog.price.text() == "27.50"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors.message("name")
    qtbot.keyClicks(dialog.name, "Kim Jansen")
    dialog.method_buttons[frontdesk.PaymentMethod.INVOICE].setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("invoice_organisation")
    dialog.method_buttons[frontdesk.PaymentMethod.CASH].setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "Kim Jansen" in page.message.text()
    with core.db.read() as s:
        sold = s.execute(select(DayPass.name, DayPass.price, DayPass.paid_with)).one()
        visits = s.execute(select(CheckIn.day_pass_id, CheckIn.out_at)).all()
    assert tuple(sold) == ("Kim Jansen", Money(2750), frontdesk.PaymentMethod.CASH)
    assert len(visits) == 1 and visits[0][0] is not None and visits[0][1] is None


def test_models_pass_the_model_tester(qtbot: QtBot, core: Core, qtmodeltester: Any) -> None:
    hub = _hub(core)
    _expect(core, hub["sanne"], "Eva de Wit")
    page = open_page(qtbot, core, FrontDeskPage)
    qtbot.keyClicks(page.search, "jan")
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.guest_model)


def test_whoever_is_still_in_after_closing_is_checked_out(
    qtbot: QtBot, core: Core, tmp_path: Path
) -> None:
    """Yesterday's forgotten visit is closed when the desk signs in; today's at
    closing time by the window's minute check, and the Front desk page hears
    of it."""
    hub = _hub(core)
    last_week = TEST_NOW.date() - timedelta(days=7)
    monday = last_week - timedelta(days=last_week.weekday())
    forgotten = datetime.combine(monday, time(9), ZONE)
    core.write(lambda s: frontdesk.check_in(s, SYSTEM, hub["jan"], forgotten))
    window = open_window(qtbot, core, tmp_path)
    sign_in(qtbot, window, "anna", "reception pw")
    with core.db.read() as s:
        out_at, automatic = s.execute(select(CheckIn.out_at, CheckIn.automatic_out)).one()
    assert (out_at, automatic) == (datetime.combine(monday, time(18), ZONE), True)
    morning = datetime.combine(monday + timedelta(days=1), time(9), ZONE)
    core.write(lambda s: frontdesk.check_in(s, SYSTEM, hub["sanne"], morning))
    assert window.close_day(morning + timedelta(hours=8, minutes=59)) == 0
    with qtbot.waitSignal(window.data_changed):
        assert window.close_day(morning + timedelta(hours=9, minutes=1)) == 1
    assert _open_in(core) == []
