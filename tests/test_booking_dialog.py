"""The booking dialog on a real database, driven offscreen with qtbot: real
widgets, real services, no mocks.

"Now" is the real clock: reception books on Mondays a week or more ahead, so
the past and the free-cancellation window never get in the way."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hubdesk.app import Core
from hubdesk.domain.enums import BookingStatus, PlanKind, SpaceKind
from hubdesk.domain.models import Booking, Membership, Plan
from hubdesk.domain.money import Money
from hubdesk.services import directory
from hubdesk.services.audit import SYSTEM
from hubdesk.services.bookings import BookingRequest, create_booking, get_booking
from hubdesk.services.directory import MemberInput, OrganisationInput, SpaceInput
from hubdesk.services.series import Frequency, Recurrence, create_series
from hubdesk.ui import format as fmt
from hubdesk.ui.dialogs.booking import BookingDialog, month_name
from tests.helpers import ZONE, at, next_monday

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)


@dataclass
class Hub:
    mesdag: int
    pier: int
    zaal: int
    desks: list[int]
    organisation: int
    eva: int
    jan: int


def make_hub(core: Core) -> Hub:
    """Two meeting rooms, an event space, three flex desks; an organisation
    on a plan of 8 meeting-room hours and 10 flex days a month, with Eva
    Ødegaard; Jan Smit on his own."""

    def space(name: str, kind: SpaceKind, **values: object) -> int:
        data = SpaceInput(name=name, kind=kind.value, **values)  # type: ignore[arg-type]
        return int(core.write(lambda s: directory.create_space(s, SYSTEM, data)).id)

    mesdag = space(
        "Room Mesdag", SpaceKind.MEETING_ROOM, capacity=8, price_hour="45", buffer_minutes=15
    )
    pier = space("Room Pier", SpaceKind.MEETING_ROOM, capacity=20, price_hour="85")
    zaal = space("Grote Zaal", SpaceKind.EVENT_SPACE, capacity=150, price_day="1050")
    desks = [
        space(f"Flex 1.0{n}", SpaceKind.FLEX_DESK, price_day="32.50", price_half_day="20")
        for n in (1, 2, 3)
    ]
    organisation = core.write(
        lambda s: directory.create_organisation(
            s, SYSTEM, OrganisationInput(name="Stichting Noordzee", kind="ngo")
        )
    ).id
    eva = core.write(
        lambda s: directory.create_member(
            s,
            SYSTEM,
            MemberInput(first_name="Eva", last_name="Ødegaard", organisation_id=organisation),
        )
    ).id
    jan = core.write(
        lambda s: directory.create_member(
            s, SYSTEM, MemberInput(first_name="Jan", last_name="Smit")
        )
    ).id

    def plan(session: object) -> None:
        found = Plan(
            name="Flex 10",
            kind=PlanKind.FLEX,
            price_month=Money(19500),
            included_room_minutes=8 * 60,
            included_flex_days=10,
        )
        session.add(found)  # type: ignore[attr-defined]
        session.flush()  # type: ignore[attr-defined]
        session.add(  # type: ignore[attr-defined]
            Membership(
                organisation_id=organisation,
                plan_id=found.id,
                start_date=date(2020, 1, 1),
                seats=1,
            )
        )

    core.write(plan)
    return Hub(mesdag, pier, zaal, desks, organisation, eva, jan)


@pytest.fixture
def hub(core: Core) -> Hub:
    return make_hub(core)


def open_dialog(qtbot: QtBot, core: Core, **arguments: object) -> BookingDialog:
    dialog = BookingDialog(core, **arguments)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # focus (what is being typed in) needs an active window
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def pick_member(qtbot: QtBot, dialog: BookingDialog, typed: str) -> None:
    """Type part of a name into the booker field and take the first match
    from the list, as reception does."""
    dialog.as_member.setChecked(True)
    dialog.member.setFocus()
    qtbot.keyClicks(dialog.member, typed)
    popup = dialog.member_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog._member_id is not None


def set_time(edit: object, hour: int, minute: int = 0) -> None:
    edit.setTime(QTime(hour, minute))  # type: ignore[attr-defined]


def stored(core: Core) -> list[Booking]:
    def read(session: object) -> list[Booking]:
        rows = session.scalars(select(Booking).order_by(Booking.start_at))  # type: ignore[attr-defined]
        found = list(rows)
        for row in found:
            session.expunge(row)  # type: ignore[attr-defined]
        return found

    found: list[Booking] = core.read(read)
    return found


# ------------------------------------------------------------------ field errors


def test_field_errors_land_at_their_fields(qtbot: QtBot, core: Core, hub: Hub) -> None:
    core.sign_in("anna", "reception pw")
    monday = next_monday()
    dialog = open_dialog(qtbot, core, space_id=hub.pier, start=at(monday, 10), end=at(monday, 11))
    assert not dialog.override_hours.isVisibleTo(dialog)  # reception: no override
    assert dialog.focusWidget() is dialog.member  # space and time given: the booker first
    pick_member(qtbot, dialog, "odeg")
    qtbot.keyClicks(dialog.title_edit, "Board meeting")

    # the end before the start
    set_time(dialog.end, 9)
    assert not dialog.save()
    assert dialog.errors.message("end_at") == "The end must be after the start"
    assert not dialog.errors.message("start_at")
    set_time(dialog.end, 11)
    assert not dialog.errors.message("end_at")  # corrected: the message goes

    # more people than the room holds: 12 fit Room Pier, not Room Mesdag
    dialog.people.setValue(12)
    dialog.space.setCurrentIndex(dialog.space.findData(hub.mesdag))
    assert dialog.people.value() == 12  # never cut down silently
    assert not dialog.save()
    assert dialog.errors.message("people") == "Room Mesdag holds at most 8 people"
    assert dialog.focusWidget() is dialog.people
    dialog.people.setValue(6)

    # outside opening hours: said at the start time while the form is filled
    # in (the live price check), not only when saving
    set_time(dialog.start, 7)
    qtbot.waitUntil(lambda: dialog.errors.message("start_at") == "The hub opens at 08:00")
    assert dialog.quote is None
    assert not dialog.save()
    assert dialog.errors.message("start_at") == "The hub opens at 08:00"
    assert stored(core) == []

    set_time(dialog.start, 9)
    set_time(dialog.end, 10, 30)
    with qtbot.waitSignal(dialog.saved) as saved:
        assert dialog.save()
    (booking,) = stored(core)
    assert saved.args == [[booking.id]]
    assert booking.space_id == hub.mesdag and booking.people == 6
    assert booking.member_id == hub.eva and booking.organisation_id == hub.organisation
    assert booking.title == "Board meeting"
    assert booking.start_at.astimezone(ZONE) == at(monday, 9)
    assert booking.end_at.astimezone(ZONE) == at(monday, 10, 30)


def test_a_field_being_typed_in_is_not_nagged(qtbot: QtBot, core: Core, hub: Hub) -> None:
    core.sign_in("anna", "reception pw")
    monday = next_monday()
    dialog = open_dialog(qtbot, core, space_id=hub.pier, start=at(monday, 10), end=at(monday, 11))
    # nothing chosen yet: the list price, and no message under the booker
    qtbot.waitUntil(lambda: dialog.quote is not None)
    assert fmt.money(Money(8500)) in dialog.price.text()
    assert not dialog.errors.message("booker")
    # a name that matches nobody: no message while the field has the focus ...
    dialog.member.setFocus()
    qtbot.keyClicks(dialog.member, "zzzz")
    assert dialog.member.hasFocus()
    dialog.update_price()
    assert not dialog.errors.message("booker")
    # ... but once the user moves on
    dialog.title_edit.setFocus()
    qtbot.waitUntil(lambda: bool(dialog.errors.message("booker")))
    assert "No member “zzzz”" in dialog.errors.message("booker")


def test_enter_saves_and_escape_closes(qtbot: QtBot, core: Core, hub: Hub) -> None:
    core.sign_in("anna", "reception pw")
    monday = next_monday()
    dialog = open_dialog(qtbot, core, space_id=hub.pier, start=at(monday, 14), end=at(monday, 15))
    dialog.as_customer.setChecked(True)
    qtbot.keyClicks(dialog.customer, "Gemeente Den Haag")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.customer, Qt.Key.Key_Return)
    (booking,) = stored(core)
    assert booking.customer_name == "Gemeente Den Haag" and booking.billable

    other = open_dialog(qtbot, core, space_id=hub.pier, start=at(monday, 16), end=at(monday, 17))
    with qtbot.waitSignal(other.rejected):
        qtbot.keyClick(other.member, Qt.Key.Key_Escape)
    assert len(stored(core)) == 1


# ------------------------------------------------------------------ price


def test_price_line_shows_what_the_plan_has_left(qtbot: QtBot, core: Core, hub: Hub) -> None:
    actor = core.sign_in("anna", "reception pw")
    monday = next_monday()
    # 4 h 30 of the organisation's 8 h are used that month already
    earlier = BookingRequest(hub.pier, at(monday, 8), at(monday, 12, 30), member_id=hub.eva)
    core.write(lambda s: create_booking(s, earlier, actor))

    dialog = open_dialog(qtbot, core, space_id=hub.mesdag, start=at(monday, 13), end=at(monday, 18))
    pick_member(qtbot, dialog, "odeg")
    assert dialog.member_note.text() == "Stichting Noordzee"
    month = month_name(monday)
    qtbot.waitUntil(
        lambda: "3 h 30 of 8 h meeting-room hours left in " + month in dialog.price.text()
    )
    text = dialog.price.text()
    # 5 h at € 45: € 225; 3 h 30 covered, 1 h 30 charged
    assert fmt.money(Money(22500)) in text
    assert f"3 h 30 covered · {fmt.money(Money(6750))} billable beyond the allowance" in text
    assert dialog.quote is not None and dialog.quote.charge == Money(6750)

    # a shorter meeting fits the allowance
    set_time(dialog.end, 15)
    qtbot.waitUntil(lambda: "nothing to pay" in dialog.price.text())
    assert dialog.quote is not None and dialog.quote.charge == Money(0)

    # a flex desk counts flex days; the quick choices use the opening hours
    dialog.space.setCurrentIndex(dialog.space.findData(-1))  # the flex pool
    assert dialog.whole_day.isVisible() and dialog.afternoon.isVisible()
    qtbot.mouseClick(dialog.afternoon, Qt.MouseButton.LeftButton)
    assert (dialog.start.time(), dialog.end.time()) == (QTime(13, 0), QTime(18, 0))
    qtbot.waitUntil(lambda: "10 of 10 flex days left in " + month in dialog.price.text())
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    desk = stored(core)[-1]
    assert desk.space_id in hub.desks and not desk.billable


# ------------------------------------------------------------------ series


def test_weekly_series_lists_the_taken_date_and_books_the_others(
    qtbot: QtBot, core: Core, hub: Hub
) -> None:
    actor = core.sign_in("anna", "reception pw")
    monday = next_monday()
    taken = monday + timedelta(weeks=2)
    other = BookingRequest(
        hub.mesdag, at(taken, 10, 30), at(taken, 11, 30), title="Sprint review", member_id=hub.jan
    )
    in_the_way = core.write(lambda s: create_booking(s, other, actor))

    dialog = open_dialog(qtbot, core, space_id=hub.mesdag, start=at(monday, 10), end=at(monday, 11))
    pick_member(qtbot, dialog, "odeg")
    qtbot.keyClicks(dialog.title_edit, "Team meeting")
    assert not dialog.repeat_box.isVisible()  # collapsed until asked for
    qtbot.mouseClick(dialog.repeat_toggle, Qt.MouseButton.LeftButton)
    assert dialog.repeat_box.isVisible()
    dialog.frequency.setCurrentIndex(dialog.frequency.findData("weekly"))
    assert [box.isChecked() for box in dialog.weekday_boxes] == [True] + [False] * 6
    dialog.ends_after.setChecked(True)
    dialog.count.setValue(5)

    assert not dialog.save()
    conflicts = dialog.conflicts_dialog
    assert conflicts is not None and conflicts.isVisible()
    assert [b.id for b in stored(core)] == [in_the_way.id]  # nothing stored yet
    (line,) = conflicts.texts  # exactly the one taken date
    assert line.startswith(f"{fmt_day(taken)}, 10:00\u201311:00")
    assert "Sprint review, Jan Smit" in line
    assert conflicts.book_others is not None
    assert conflicts.book_others.text() == "Book the other 4 dates"

    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(conflicts.book_others, Qt.MouseButton.LeftButton)
    booked = [b for b in stored(core) if b.id != in_the_way.id]
    assert [b.start_at.astimezone(ZONE).date() for b in booked] == [
        monday + timedelta(weeks=n) for n in (0, 1, 3, 4)
    ]
    assert len({b.series_id for b in booked}) == 1 and booked[0].series_id is not None
    assert sorted(saved.args[0]) == sorted(b.id for b in booked)
    message = dialog.last_message
    assert message is not None
    assert "4 dates booked." in message.text() and fmt_day(taken) in message.text()


def test_book_none_stores_nothing(qtbot: QtBot, core: Core, hub: Hub) -> None:
    actor = core.sign_in("maria", "correct horse")
    monday = next_monday()
    taken = monday + timedelta(weeks=1)
    other = BookingRequest(hub.pier, at(taken, 9), at(taken, 12), customer_name="Acme & Co")
    core.write(lambda s: create_booking(s, other, actor))
    dialog = open_dialog(qtbot, core, space_id=hub.pier, start=at(monday, 10), end=at(monday, 11))
    dialog.as_customer.setChecked(True)
    qtbot.keyClicks(dialog.customer, "Gemeente Den Haag")
    dialog.repeat_toggle.setChecked(True)
    dialog.frequency.setCurrentIndex(dialog.frequency.findData("weekly"))
    dialog.ends_after.setChecked(True)
    dialog.count.setValue(3)
    assert not dialog.save()
    conflicts = dialog.conflicts_dialog
    assert conflicts is not None
    (line,) = conflicts.texts
    assert line.startswith(fmt_day(taken)) and "Acme & Co" in line
    with qtbot.waitSignal(conflicts.rejected):
        qtbot.mouseClick(conflicts.book_none, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert len(stored(core)) == 1


def fmt_day(day: date) -> str:
    from hubdesk.ui.dialogs.booking import local_day

    return local_day(day)


def test_cancelling_this_and_all_following_dates(qtbot: QtBot, core: Core, hub: Hub) -> None:
    actor = core.sign_in("anna", "reception pw")
    monday = next_monday()
    request = BookingRequest(
        hub.mesdag, at(monday, 10), at(monday, 11), title="Yoga", member_id=hub.eva
    )
    rule = Recurrence(Frequency.WEEKLY, count=4)
    series = core.write(lambda s: create_series(s, request, rule, actor))
    first, second, *later = series.booking_ids

    dialog = open_dialog(qtbot, core, booking_id=second)
    assert dialog.title_edit.text() == "Yoga" and dialog.focusWidget() is dialog.title_edit
    assert not dialog.repeat_toggle.isVisible()
    assert "booked" in dialog.history_label.text()
    box = dialog.ask_cancel()
    assert box is not None
    assert "Cancelling is free until" in box.text()
    buttons = {button.text(): button for button in box.buttons()}
    assert set(buttons) == {"Only this date", "This and all following", "Keep the booking"}
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(buttons["This and all following"], Qt.MouseButton.LeftButton)
    assert sorted(saved.args[0]) == sorted([second, *later])
    status = {b.id: b.status for b in stored(core)}
    assert status[first] == BookingStatus.CONFIRMED
    assert all(status[n] == BookingStatus.CANCELLED for n in (second, *later))


def test_changing_into_booked_time_is_refused_and_nothing_changes(
    qtbot: QtBot, core: Core, hub: Hub
) -> None:
    actor = core.sign_in("anna", "reception pw")
    monday = next_monday()
    ours = core.write(
        lambda s: create_booking(
            s, BookingRequest(hub.pier, at(monday, 9), at(monday, 10), member_id=hub.jan), actor
        )
    )
    theirs = core.write(
        lambda s: create_booking(
            s,
            BookingRequest(
                hub.pier, at(monday, 11), at(monday, 12), title="Pitch", member_id=hub.eva
            ),
            actor,
        )
    )
    dialog = open_dialog(qtbot, core, booking_id=ours.id)
    set_time(dialog.start, 10, 30)  # the end follows: 11:30
    assert dialog.end.time() == QTime(11, 30)
    found = dialog.update_price()  # the live line warns before saving
    assert found is not None and [c.booking_id for c in found.conflicts] == [theirs.id]
    assert dialog.price.text().startswith(f"Taken then: #{theirs.id} “Pitch, Eva Ødegaard")
    assert not dialog.save()
    warning = dialog.last_warning
    assert isinstance(warning, QMessageBox)
    assert f"#{theirs.id} “Pitch, Eva Ødegaard" in warning.text()  # names what is in the way
    assert dialog.isVisible()
    assert core.read(lambda s: get_booking(s, ours.id)).start_at == ours.start_at


def test_tab_leaves_the_time_fields(qtbot: QtBot, core: Core, hub: Hub) -> None:
    core.sign_in("anna", "reception pw")
    monday = next_monday()
    dialog = open_dialog(qtbot, core, space_id=hub.pier, start=at(monday, 14), end=at(monday, 15))
    dialog.start.setFocus()
    qtbot.waitUntil(dialog.start.hasFocus)
    seen = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen[0] is dialog.end
    assert dialog.start not in seen[1:] and dialog.end not in seen[1:]


def test_more_people_than_seats_is_said_not_changed(qtbot: QtBot, core: Core, hub: Hub) -> None:
    core.sign_in("anna", "reception pw")
    monday = next_monday()
    dialog = open_dialog(qtbot, core, space_id=hub.pier, start=at(monday, 14), end=at(monday, 15))
    dialog.people.selectAll()
    qtbot.keyClicks(dialog.people, "40")
    assert dialog.people.value() == 40


def test_who_books_stays_said_after_the_price_check(qtbot: QtBot, core: Core, hub: Hub) -> None:
    core.sign_in("anna", "reception pw")
    monday = next_monday()
    dialog = open_dialog(qtbot, core, space_id=hub.pier, start=at(monday, 14), end=at(monday, 15))
    assert not dialog.save()
    assert dialog.errors.message("booker")
    dialog.update_price()  # what the timer runs after a change
    assert dialog.errors.message("booker")
    assert stored(core) == []


# ------------------------------------------------------------------ clock changes


def test_a_time_the_clocks_skip_is_refused_and_one_they_repeat_is_asked(
    qtbot: QtBot, core: Core, hub: Hub
) -> None:
    """29 March 2026, 02:30 does not exist in Amsterdam: refused at the start
    time. 25 October, 02:30 occurs twice: the dialog asks which, and books
    02:30 CEST to 03:30 CET as two hours only when summer time is chosen."""
    core.sign_in("maria", "correct horse")  # a manager: the night and the past are hers
    spring, autumn = date(2026, 3, 29), date(2026, 10, 25)
    dialog = open_dialog(
        qtbot, core, space_id=hub.mesdag, start=at(spring, 1), end=at(spring, 1, 30)
    )
    dialog.override_hours.setChecked(True)
    dialog.as_customer.setChecked(True)
    qtbot.keyClicks(dialog.customer, "Nachtwacht BV")
    set_time(dialog.start, 2, 30)  # the end follows: 03:00
    assert not dialog.start_fold.isVisibleTo(dialog)
    assert not dialog.save()
    assert dialog.errors.message("start_at") == (
        "02:30 does not exist on 2026-03-29: the clocks go forward that night; choose another time"
    )
    assert stored(core) == []

    dialog.date.setDate(QDate(autumn.year, autumn.month, autumn.day))
    set_time(dialog.end, 3, 30)
    assert dialog.start_fold.isVisibleTo(dialog)  # 02:30 occurs twice: asked
    assert not dialog.end_fold.isVisibleTo(dialog)  # 03:30 does not
    assert dialog.start_fold.first.text() == "summer time (CEST)"
    assert dialog.start_fold.second.text() == "winter time (CET)"
    assert not dialog.start_fold.first.isChecked() and not dialog.start_fold.second.isChecked()
    assert not dialog.save()  # not answered: refused, not guessed
    assert "occurs twice on 2026-10-25" in dialog.errors.message("start_at")
    assert stored(core) == []

    dialog.start_fold.first.click()
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    (booking,) = stored(core)
    assert booking.start_at == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert booking.end_at - booking.start_at == timedelta(minutes=120)

    # the stored booking opens with its own answer; winter time makes it one hour
    again = open_dialog(qtbot, core, booking_id=booking.id)
    assert again.start_fold.isVisibleTo(again) and again.start_fold.first.isChecked()
    again.override_hours.setChecked(True)
    again.start_fold.second.click()
    with qtbot.waitSignal(again.saved):
        assert again.save()
    (changed,) = stored(core)
    assert changed.start_at == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert changed.end_at - changed.start_at == timedelta(minutes=60)
