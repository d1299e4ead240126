"""Booking rooms and flex desks through the service: validation at the field,
prices against allowances, moves, cancellation policy, the flex pool."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from hubdesk.db import Database
from hubdesk.domain.enums import BookingStatus, PlanKind, SpaceKind, StaffRole
from hubdesk.domain.errors import BookingConflict, ValidationError
from hubdesk.domain.models import Booking, BookingStatusChange, Member, Membership, Plan, Space
from hubdesk.domain.money import Money
from hubdesk.domain.pricing import Rates, charge, list_price
from hubdesk.services.audit import SYSTEM, Actor
from hubdesk.services.bookings import (
    BookingClosed,
    BookingRequest,
    bookings_between,
    cancel_booking,
    cancellation_terms,
    create_booking,
    flex_occupancy,
    move_booking,
    quote,
    status_history,
    update_booking,
)
from hubdesk.services.hub import ensure_defaults
from tests.helpers import T0, TEST_NOW, add_organisation, add_space

TZ = ZoneInfo("Europe/Amsterdam")
RECEPTION = Actor("Desk", None, StaffRole.RECEPTION)
H = timedelta(hours=1)


def next_monday(weeks: int = 1) -> date:
    today = TEST_NOW.date()
    return today + timedelta(days=7 - today.weekday() + 7 * (weeks - 1))


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), TZ)


@dataclass
class Hub:
    db: Database
    room: int
    small_room: int
    org: int
    member: int
    desks: list[int]


@pytest.fixture
def hub(db: Database) -> Iterator[Hub]:
    with db.write() as s:
        ensure_defaults(s)
        room = add_space(s, "Room Mesdag", capacity=8, buffer_minutes=15)
        room.price_half_day = Money(15000)
        room.price_day = Money(25000)
        small = add_space(s, "Room Escher", capacity=4)
        org = add_organisation(s)
        member = Member(
            organisation_id=org.id, first_name="Sanne", last_name="de Vries", created_at=T0
        )
        s.add(member)
        desks = [add_space(s, f"Flex {n}", SpaceKind.FLEX_DESK, capacity=1) for n in (1, 2)]
        for desk in desks:
            desk.price_hour = None
            desk.price_half_day = Money(1500)
            desk.price_day = Money(2500)
        s.flush()
        ids = Hub(db, room.id, small.id, org.id, member.id, [d.id for d in desks])
    yield ids


def _count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Booking)) or 0)


def _request(hub: Hub, start: datetime, end: datetime, **extra: object) -> BookingRequest:
    values: dict[str, object] = {
        "space_id": hub.room,
        "start_at": start,
        "end_at": end,
        "title": "Board",
        "member_id": hub.member,
    }
    values.update(extra)
    return BookingRequest(**values)  # type: ignore[arg-type]


def _plan(db: Database, org: int, *, room_minutes: int = 0, flex_days: int | None = 0) -> None:
    with db.write() as s:
        plan = Plan(
            name=f"Plan {room_minutes} {flex_days}",
            kind=PlanKind.FLEX,
            price_month=Money(16500),
            included_room_minutes=room_minutes,
            included_flex_days=flex_days,
        )
        s.add(plan)
        s.flush()
        s.add(
            Membership(organisation_id=org, plan_id=plan.id, start_date=date(2020, 1, 1), seats=1)
        )


# ------------------------------------------------------------------ refusals


@pytest.mark.parametrize(
    ("field", "change"),
    [
        ("end_at", {"end_at": "start"}),
        ("end_at", {"end_at": "before"}),
        ("people", {"people": 9}),
        ("people", {"people": 0}),
        ("start_at", {"start_at": "early"}),
        ("end_at", {"end_at": "late"}),
        ("start_at", {"start_at": "saturday"}),
        ("booker", {"member_id": None}),
        ("start_at", {"start_at": "past"}),
    ],
)
def test_bad_requests_are_refused_at_their_field(
    hub: Hub, field: str, change: dict[str, object]
) -> None:
    day = next_monday()
    start, end = at(day, 10), at(day, 11)
    key, how = next(iter(change.items()))
    values: dict[str, object] = {}
    if key == "end_at":
        values["end_at"] = {"start": start, "before": at(day, 9), "late": at(day, 18, 30)}[str(how)]
    elif key == "start_at":
        values["start_at"] = {
            "early": at(day, 7),
            "saturday": at(day - timedelta(days=2), 10),
            "past": TEST_NOW - timedelta(days=1),
        }[str(how)]
        if how == "saturday":
            values["end_at"] = at(day - timedelta(days=2), 11)
    else:
        values[key] = how
    request = _request(hub, start, end, **values)
    with pytest.raises(ValidationError) as caught, hub.db.write() as s:
        create_booking(s, request, RECEPTION)
    assert caught.value.field == field
    assert _count(hub.db) == 0


def test_inactive_space_and_offices_are_refused(hub: Hub) -> None:
    day = next_monday()
    with hub.db.write() as s:
        office = add_space(s, "Office 1.01", SpaceKind.PRIVATE_OFFICE)
        s.get(Space, hub.small_room).active = False  # type: ignore[union-attr]
        office_id = office.id
    for space_id, words in ((hub.small_room, "not in use"), (office_id, "let, not booked")):
        with pytest.raises(ValidationError, match=words) as caught, hub.db.write() as s:
            create_booking(s, _request(hub, at(day, 10), at(day, 11), space_id=space_id), SYSTEM)
        assert caught.value.field == "space_id"
    assert _count(hub.db) == 0


def test_a_manager_may_book_outside_opening_hours_when_asking(hub: Hub) -> None:
    day = next_monday()
    request = _request(hub, at(day, 19), at(day, 21))
    with pytest.raises(ValidationError, match="closes at 18:00"), hub.db.write() as s:
        create_booking(s, request, SYSTEM)
    with pytest.raises(ValidationError, match="Only a manager"), hub.db.write() as s:
        create_booking(s, _request(hub, at(day, 19), at(day, 21), override_hours=True), RECEPTION)
    with hub.db.write() as s:
        made = create_booking(
            s, _request(hub, at(day, 19), at(day, 21), override_hours=True), SYSTEM
        )
    assert made.start_at == at(day, 19)


def test_now_is_still_bookable_for_reception(hub: Hub) -> None:
    """The finder prefills "now" rounded down to the quarter hour."""
    now = TEST_NOW.replace(second=0, microsecond=0)
    start = now.replace(minute=now.minute - now.minute % 15)
    request = _request(hub, start, start + H, override_hours=True)
    with hub.db.write() as s:
        create_booking(s, request, SYSTEM)
    assert _count(hub.db) == 1


# ------------------------------------------------------------------ prices


def test_price_from_hour_half_day_and_day_rates(hub: Hub) -> None:
    day = next_monday()
    rates = Rates(Money(4500), Money(15000), Money(25000))
    assert list_price(rates, at(day, 9), at(day, 10, 30)) == Money(6750)
    assert list_price(rates, at(day, 9), at(day, 11)) == Money(9000)  # 2 h hourly
    assert list_price(rates, at(day, 8), at(day, 13)) == Money(15000)  # 5 h: half day
    assert list_price(rates, at(day, 9), at(day, 15)) == Money(25000)  # 6 h: the day rate
    assert list_price(rates, at(day, 9), at(day, 17)) == Money(25000)  # day
    assert list_price(Rates(), at(day, 9), at(day, 17)) == Money(0)
    two_days = list_price(rates, at(day, 9), at(day + timedelta(days=1), 17))
    assert two_days == Money(50000)
    with hub.db.read() as s:
        shown = quote(
            s,
            _request(hub, at(day, 9), at(day, 10, 30), member_id=None, customer_name="Gemeente"),
            RECEPTION,
        )
    assert shown.list_price == shown.charge == Money(6750)
    assert shown.allowance is None and shown.billable


def test_room_hours_beyond_the_allowance_are_billable(hub: Hub) -> None:
    _plan(hub.db, hub.org, room_minutes=120)
    day = next_monday()
    with hub.db.write() as s:
        first = create_booking(s, _request(hub, at(day, 9), at(day, 10, 30)), RECEPTION)
    assert first.price == Money(0) and not first.billable
    with hub.db.read() as s:
        preview = quote(s, _request(hub, at(day, 14), at(day, 15, 30)), RECEPTION)
    assert preview.allowance is not None
    assert preview.allowance.room_minutes_left == 30
    assert preview.covered_minutes == 30
    assert preview.charge == Money(4500)  # the uncovered hour
    with hub.db.write() as s:
        second = create_booking(s, _request(hub, at(day, 14), at(day, 15, 30)), RECEPTION)
    assert second.price == Money(4500) and second.billable
    # next month starts afresh
    later = day.replace(day=1) + timedelta(days=40)
    later -= timedelta(days=later.weekday())
    with hub.db.read() as s:
        fresh = quote(s, _request(hub, at(later, 9), at(later, 10)), RECEPTION)
    assert fresh.allowance is not None and fresh.allowance.room_minutes_left == 120
    assert fresh.charge == Money(0)


def test_allowance_is_shared_by_the_organisation(hub: Hub) -> None:
    _plan(hub.db, hub.org, room_minutes=60)
    day = next_monday()
    with hub.db.write() as s:
        colleague = Member(organisation_id=hub.org, first_name="Ali", last_name="B", created_at=T0)
        s.add(colleague)
        s.flush()
        create_booking(s, _request(hub, at(day, 9), at(day, 10)), RECEPTION)
        made = create_booking(
            s, _request(hub, at(day, 11), at(day, 12), member_id=colleague.id), RECEPTION
        )
    assert made.organisation_id == hub.org
    assert made.billable and made.price == Money(4500)


# ------------------------------------------------------------------ flex desks


def test_flex_pool_fills_then_refuses(hub: Hub) -> None:
    _plan(hub.db, hub.org, flex_days=1)
    day = next_monday()
    start, end = at(day, 8), at(day, 18)
    with hub.db.write() as s:
        first = create_booking(s, _request(hub, start, end, space_id=None), RECEPTION)
        second = create_booking(
            s,
            _request(hub, start, end, space_id=None, customer_name="Walk-in", member_id=None),
            RECEPTION,
        )
    assert {first.space_id, second.space_id} == set(hub.desks)
    assert first.price == Money(0)  # the plan's flex day
    assert second.price == Money(2500) and second.billable
    with pytest.raises(BookingConflict, match="flex pool"), hub.db.write() as s:
        create_booking(s, _request(hub, start, end, space_id=None), RECEPTION)
    with hub.db.read() as s:
        days = flex_occupancy(s, day, 2)
    assert days[0].desks == 2 and days[0].morning == 2 and days[0].afternoon == 2
    assert days[0].full and not days[1].full


def test_flex_days_beyond_the_plan_are_billable(hub: Hub) -> None:
    _plan(hub.db, hub.org, flex_days=1)
    day = next_monday()
    with hub.db.write() as s:
        morning = create_booking(
            s, _request(hub, at(day, 8), at(day, 13), space_id=hub.desks[0]), RECEPTION
        )
        afternoon = create_booking(
            s, _request(hub, at(day, 13), at(day, 18), space_id=hub.desks[0]), RECEPTION
        )
        other_desk = create_booking(
            s, _request(hub, at(day, 13), at(day, 17), space_id=hub.desks[1]), RECEPTION
        )
    # two half days make the plan's one flex day; the third half day is billed
    assert morning.price == afternoon.price == Money(0)
    assert other_desk.price == Money(1500) and other_desk.billable
    with hub.db.read() as s:
        long_day = quote(
            s,
            _request(
                hub,
                at(day + timedelta(days=1), 8),
                at(day + timedelta(days=1), 14),
                space_id=hub.desks[0],
            ),
            RECEPTION,
        )
    assert long_day.list_price == Money(2500)  # six hours: the day rate


# ------------------------------------------------------------------ move and cancel


def test_move_into_a_booked_slot_is_refused_and_nothing_moves(hub: Hub) -> None:
    day = next_monday()
    with hub.db.write() as s:
        fixed = create_booking(s, _request(hub, at(day, 9), at(day, 10), title="Intake"), RECEPTION)
        mover = create_booking(s, _request(hub, at(day, 13), at(day, 14)), RECEPTION)
    with pytest.raises(BookingConflict) as caught, hub.db.write() as s:
        # 10:00 is inside Intake's 15-minute buffer
        move_booking(s, mover.id, RECEPTION, start_at=at(day, 10), end_at=at(day, 11))
    assert [c.booking_id for c in caught.value.conflicts] == [fixed.id]
    assert "Intake" in str(caught.value)
    with hub.db.read() as s:
        assert s.get(Booking, mover.id).start_at == at(day, 13)  # type: ignore[union-attr]
    with hub.db.write() as s:
        moved = move_booking(
            s,
            mover.id,
            RECEPTION,
            start_at=at(day, 10, 15),
            end_at=at(day, 11, 30),
            space_id=hub.small_room,
        )
    assert (moved.space_id, moved.start_at) == (hub.small_room, at(day, 10, 15))
    assert moved.blocked_until == moved.end_at  # Escher has no buffer
    with hub.db.read() as s:
        history = status_history(s, mover.id)
    assert [e.status for e in history] == ["confirmed", "changed"]
    assert "Room Mesdag" in history[1].detail and "Room Escher" in history[1].detail


def test_update_changes_title_and_people(hub: Hub) -> None:
    day = next_monday()
    with hub.db.write() as s:
        made = create_booking(s, _request(hub, at(day, 9), at(day, 10)), RECEPTION)
    with hub.db.write() as s:
        changed = update_booking(
            s, made.id, made.request(title="Sprint review", people=6), RECEPTION
        )
    assert (changed.title, changed.people) == ("Sprint review", 6)
    with pytest.raises(ValidationError) as caught, hub.db.write() as s:
        update_booking(s, made.id, made.request(people=20), RECEPTION)
    assert caught.value.field == "people"


def test_cancel_early_is_free_and_late_is_charged(hub: Hub) -> None:
    day = next_monday(3)
    now = TEST_NOW
    soon = (now + timedelta(hours=2)).replace(minute=0, second=0, microsecond=0)
    with hub.db.write() as s:
        early = create_booking(
            s,
            _request(hub, at(day, 9), at(day, 10), member_id=None, customer_name="X"),
            RECEPTION,
        )
        late = create_booking(
            s,
            _request(hub, soon, soon + H, member_id=None, customer_name="Y", override_hours=True),
            SYSTEM,
        )
    with hub.db.read() as s:
        terms = cancellation_terms(s, late.id)
    assert terms.late and terms.charge == Money(4500)
    with hub.db.write() as s:
        assert not cancel_booking(s, early.id, RECEPTION).late
        assert cancel_booking(s, late.id, RECEPTION, "client ill").late
    with hub.db.read() as s:
        free, charged = s.get(Booking, early.id), s.get(Booking, late.id)
        assert free is not None and charged is not None
        assert (free.status, free.price, free.billable) == (
            BookingStatus.CANCELLED,
            Money(0),
            False,
        )
        assert (charged.price, charged.billable, charged.late_cancellation) == (
            Money(4500),
            True,
            True,
        )
        details = s.scalars(
            select(BookingStatusChange.detail).where(BookingStatusChange.booking_id == late.id)
        ).all()
    assert any("client ill" in d and "late" in d for d in details)
    with pytest.raises(BookingClosed), hub.db.write() as s:
        cancel_booking(s, early.id, RECEPTION)
    # the cancelled slot is free again
    with hub.db.write() as s:
        create_booking(s, _request(hub, at(day, 9), at(day, 10)), RECEPTION)


def test_a_late_cancellation_keeps_using_the_allowance(hub: Hub) -> None:
    _plan(hub.db, hub.org, room_minutes=60)
    soon = (TEST_NOW + timedelta(hours=3)).replace(minute=0, second=0, microsecond=0)
    with hub.db.write() as s:
        made = create_booking(s, _request(hub, soon, soon + H, override_hours=True), SYSTEM)
        cancel_booking(s, made.id, SYSTEM)
    with hub.db.read() as s:
        again = quote(s, _request(hub, soon + 2 * H, soon + 3 * H, override_hours=True), SYSTEM)
    assert again.allowance is not None and again.allowance.room_minutes_left == 0


def test_day_listing_is_in_time_order_and_skips_cancelled(hub: Hub) -> None:
    day = next_monday()
    with hub.db.write() as s:
        b = create_booking(s, _request(hub, at(day, 11), at(day, 12)), RECEPTION)
        create_booking(
            s, _request(hub, at(day, 9), at(day, 10), space_id=hub.small_room), RECEPTION
        )
        gone = create_booking(s, _request(hub, at(day, 14), at(day, 15)), RECEPTION)
        cancel_booking(s, gone.id, RECEPTION)
    with hub.db.read() as s:
        found = bookings_between(s, at(day, 0), at(day + timedelta(days=1), 0))
    assert [r.start_at for r in found] == [at(day, 9), at(day, 11)]
    assert found[1].id == b.id and found[1].booker == "Sanne de Vries (Stichting Noordzee)"


def test_charge_prices_only_the_uncovered_minutes() -> None:
    rates = Rates(Money(4500), Money(15000), None)
    day = date(2026, 3, 2)
    assert charge(rates, at(day, 9), at(day, 14), 0) == Money(15000)  # half day
    assert charge(rates, at(day, 9), at(day, 15), 0) == Money(27000)  # no day rate
    assert charge(rates, at(day, 9), at(day, 14), 120) == Money(13500)  # three hours
    assert charge(rates, at(day, 9), at(day, 11), 60) == Money(4500)
    assert charge(rates, at(day, 9), at(day, 14), 300) == Money(0)
    only_halves = Rates(None, Money(15000), None)
    assert list_price(only_halves, at(day, 9), at(day, 15)) == Money(30000)
