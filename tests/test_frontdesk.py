"""The front desk service: check-ins and what they cost, closing time,
guests, day passes, the Today numbers, on real databases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import exc, func, select

from hubdesk.db import Database
from hubdesk.domain.enums import InvoiceStatus, PaymentMethod, SpaceKind
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.models import CheckIn, DayPass, Invoice, Member, Payment, Visit
from hubdesk.domain.money import Money
from hubdesk.services import bookings, directory, frontdesk, plans
from hubdesk.services.audit import SYSTEM
from hubdesk.services.bookings import BookingRequest
from hubdesk.services.directory import MemberInput
from hubdesk.services.frontdesk import DayPassInput, GuestInput, Terms
from hubdesk.services.hub import ensure_defaults
from hubdesk.services.plans import MembershipInput, PlanInput
from tests.helpers import ZONE, add_organisation, add_space, at

#: A Monday in a month with five full weeks of weekdays from it.
MONDAY = date(2027, 3, 1)


@dataclass
class Hub:
    noordzee: int
    pier: int
    ingrid: int  # Noordzee, on a flex plan of 2 days a month, 1 seat
    jan: int  # Noordzee too: shares the two days
    linh: int  # on her own, no plan
    sanne: int  # Pier Labs: dedicated desk
    omar: int  # on his own, unlimited flex
    room: int
    flex: int
    flex2: int


def _member(session: object, first: str, last: str, org: int | None, badge: str) -> int:
    data = MemberInput(
        first_name=first,
        last_name=last,
        email=f"{first.lower()}@example.org",
        badge_code=badge,
        organisation_id=org,
    )
    return directory.create_member(session, SYSTEM, data).id  # type: ignore[arg-type]


def _plan(session: object, name: str, kind: str, flex_days: int | None) -> int:
    data = PlanInput(
        name=name,
        kind=kind,
        price_month="100.00",
        vat_category="high",
        included_flex_days=flex_days,
    )
    return plans.create_plan(session, SYSTEM, data).id  # type: ignore[arg-type]


def front_desk_hub(db: Database) -> Hub:
    with db.write() as s:
        ensure_defaults(s)
        room = add_space(s, "Room Mesdag").id
        flex = add_space(s, "Flex 1", SpaceKind.FLEX_DESK, capacity=1)
        flex.price_day = Money(2750)
        flex2 = add_space(s, "Flex 2", SpaceKind.FLEX_DESK, capacity=1)
        flex2.price_day = Money(3000)
        add_space(s, "Desk 1", SpaceKind.DEDICATED_DESK, capacity=1)
        noordzee = add_organisation(s, "Stichting Noordzee").id
        pier = add_organisation(s, "Pier Labs").id
        hub = Hub(
            noordzee=noordzee,
            pier=pier,
            ingrid=_member(s, "Ingrid", "Ødegaard", noordzee, "HB000101"),
            jan=_member(s, "Jan", "Visser", noordzee, "HB000102"),
            linh=_member(s, "Linh", "Nguyễn", None, "HB000103"),
            sanne=_member(s, "Sanne", "Bakker", pier, "HB000104"),
            omar=_member(s, "Omar", "Haddad", None, "HB000105"),
            room=room,
            flex=flex.id,
            flex2=flex2.id,
        )
        two_days = _plan(s, "Flex 2", "flex", 2)
        desk = _plan(s, "Dedicated", "dedicated_desk", 0)
        unlimited = _plan(s, "Flex unlimited", "flex", None)
        start = MONDAY - timedelta(days=60)
        for data in (
            MembershipInput(plan_id=two_days, start_date=start, organisation_id=noordzee),
            MembershipInput(plan_id=desk, start_date=start, organisation_id=pier),
            MembershipInput(plan_id=unlimited, start_date=start, member_id=hub.omar),
        ):
            plans.create_membership(s, SYSTEM, data)
    return hub


def _in(db: Database, member: int, when: datetime) -> frontdesk.CheckInResult:
    with db.write() as s:
        return frontdesk.check_in(s, SYSTEM, member, when)


def _out(db: Database, member: int, when: datetime) -> frontdesk.CheckInResult:
    with db.write() as s:
        return frontdesk.check_out(s, SYSTEM, member, when)


def _check_ins(db: Database) -> list[tuple[int | None, bool, int, bool]]:
    with db.read() as s:
        rows = s.execute(
            select(
                CheckIn.member_id, CheckIn.billable, CheckIn.flex_units, CheckIn.automatic_out
            ).order_by(CheckIn.id)
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


# ------------------------------------------------------------------- check in


def test_in_then_out_then_refusals_store_nothing_twice(db: Database) -> None:
    hub = front_desk_hub(db)
    first = _in(db, hub.sanne, at(MONDAY, 9, 5))
    assert first.checked_in and first.status.in_since == at(MONDAY, 9, 5)
    with pytest.raises(ValidationError) as twice, db.write() as s:
        frontdesk.check_in(s, SYSTEM, hub.sanne, at(MONDAY, 9, 30))
    assert twice.value.field == "member"
    assert "already checked in (since 09:05)" in str(twice.value)
    assert len(_check_ins(db)) == 1
    out = _out(db, hub.sanne, at(MONDAY, 17, 0))
    assert not out.checked_in and out.status.in_since is None
    with pytest.raises(ValidationError), db.write() as s:
        frontdesk.check_out(s, SYSTEM, hub.sanne, at(MONDAY, 17, 5))
    # Enter at the desk toggles
    with db.write() as s:
        again = frontdesk.check_in_or_out(s, SYSTEM, hub.sanne, at(MONDAY, 17, 30))
        assert again.checked_in
        gone = frontdesk.check_in_or_out(s, SYSTEM, hub.sanne, at(MONDAY, 17, 45))
        assert not gone.checked_in
    assert len(_check_ins(db)) == 2


def test_an_archived_member_is_not_checked_in(db: Database) -> None:
    hub = front_desk_hub(db)
    with db.write() as s:
        directory.archive_member(s, SYSTEM, hub.linh)
    with pytest.raises(ValidationError) as refused, db.write() as s:
        frontdesk.check_in(s, SYSTEM, hub.linh, at(MONDAY, 9))
    assert refused.value.field == "member" and "archived" in str(refused.value)
    assert _check_ins(db) == []


def test_the_database_refuses_a_second_open_check_in(any_db: Database) -> None:
    """Two desks checking one badge in at the same moment: the partial unique
    index lets one open check-in per member through (SQLite and PostgreSQL)."""
    with any_db.write() as s:
        member = Member(
            first_name="Jan",
            last_name="Visser",
            email="jan@example.org",
            created_at=at(MONDAY, 8),
        )
        s.add(member)
        s.flush()
        member_id = member.id
        s.add(CheckIn(member_id=member_id, in_at=at(MONDAY, 9)))
    with pytest.raises(exc.IntegrityError), any_db.write() as s:
        s.add(CheckIn(member_id=member_id, in_at=at(MONDAY, 9)))
        s.flush()
    with any_db.write() as s:  # closed ones do not count
        s.execute(CheckIn.__table__.update().values(out_at=at(MONDAY, 12)))
        s.add(CheckIn(member_id=member_id, in_at=at(MONDAY, 13)))
    with any_db.read() as s:
        assert s.scalar(select(func.count()).select_from(CheckIn)) == 2


# ---------------------------------------------------------------------- terms


def test_desk_plans_are_never_billable_and_use_no_flex_days(db: Database) -> None:
    hub = front_desk_hub(db)
    for week in range(3):
        day = MONDAY + timedelta(days=7 * week)
        result = _in(db, hub.sanne, at(day, 9))
        assert result.status.terms is Terms.DESK and not result.status.billable
        assert result.status.has_desk
        _out(db, hub.sanne, at(day, 17))
    assert {(b, u) for _m, b, u, _a in _check_ins(db)} == {(False, 0)}


def test_no_plan_is_billable(db: Database) -> None:
    hub = front_desk_hub(db)
    result = _in(db, hub.linh, at(MONDAY, 9))
    assert result.status.terms is Terms.NO_PLAN and result.status.billable
    assert not result.status.has_plan
    assert _check_ins(db) == [(hub.linh, True, 0, False)]


def test_flex_days_are_shared_then_billable(db: Database) -> None:
    """Two days a month for Noordzee: Ingrid's Monday and Jan's Tuesday use
    them, Ingrid's Wednesday is billed; her second visit that Monday and her
    flex reservation on Thursday are not counted again."""
    hub = front_desk_hub(db)
    monday = _in(db, hub.ingrid, at(MONDAY, 9))
    assert monday.status.terms is Terms.FLEX_DAY
    assert monday.status.flex_days_left == 1
    _out(db, hub.ingrid, at(MONDAY, 12))
    again = _in(db, hub.ingrid, at(MONDAY, 14))
    assert again.status.terms is Terms.AGAIN and not again.status.billable
    _out(db, hub.ingrid, at(MONDAY, 17))
    tuesday = MONDAY + timedelta(days=1)
    assert _in(db, hub.jan, at(tuesday, 9)).status.flex_days_left == 0
    _out(db, hub.jan, at(tuesday, 17))
    wednesday = MONDAY + timedelta(days=2)
    billed = _in(db, hub.ingrid, at(wednesday, 9))
    assert billed.status.terms is Terms.ALLOWANCE_USED and billed.status.billable
    _out(db, hub.ingrid, at(wednesday, 17))
    thursday = MONDAY + timedelta(days=3)
    with db.write() as s:
        booked = bookings.create_booking(
            s,
            BookingRequest(
                space_id=hub.flex,
                start_at=at(thursday, 8),
                end_at=at(thursday, 18),
                member_id=hub.ingrid,
                organisation_id=hub.noordzee,
            ),
            SYSTEM,
        )
    assert booked.billable  # the month's flex days went on visits
    reserved = _in(db, hub.ingrid, at(thursday, 9))
    assert reserved.status.terms is Terms.RESERVED and not reserved.status.billable
    assert [(m, b, u) for m, b, u, _a in _check_ins(db)] == [
        (hub.ingrid, False, 2),
        (hub.ingrid, False, 0),
        (hub.jan, False, 2),
        (hub.ingrid, True, 0),
        (hub.ingrid, False, 0),
    ]
    # a new month, new days
    april = _in(db, hub.jan, at(date(2027, 4, 1), 9))
    assert april.status.terms is Terms.FLEX_DAY


def test_unlimited_flex_counts_but_never_bills(db: Database) -> None:
    hub = front_desk_hub(db)
    for n in range(4):
        day = MONDAY + timedelta(days=n)
        result = _in(db, hub.omar, at(day, 9))
        assert result.status.terms is Terms.UNLIMITED and result.status.flex_days_left is None
        _out(db, hub.omar, at(day, 17))
    assert {(b, u) for _m, b, u, _a in _check_ins(db)} == {(False, 2)}


def test_the_card_shows_todays_bookings(db: Database) -> None:
    hub = front_desk_hub(db)
    with db.write() as s:
        bookings.create_booking(
            s,
            BookingRequest(
                space_id=hub.room,
                start_at=at(MONDAY, 14),
                end_at=at(MONDAY, 15),
                title="Board meeting",
                member_id=hub.sanne,
                organisation_id=hub.pier,
            ),
            SYSTEM,
        )
    with db.read() as s:
        status = frontdesk.member_status(s, hub.sanne, at(MONDAY, 9))
    assert [(b.space_name, b.title) for b in status.bookings_today] == [
        ("Room Mesdag", "Board meeting")
    ]
    assert status.plans == ("Dedicated",)
    assert status.unpaid_invoices == 0 and status.unpaid_total == Money(0)


def test_the_card_counts_what_the_holder_owes(db: Database) -> None:
    hub = front_desk_hub(db)
    monday = MONDAY

    def invoice(s: Any, gross: int, due: date | None, *, draft: bool = False) -> Invoice:
        found = Invoice(
            number=None if draft else f"2026-{gross:05d}",
            status=InvoiceStatus.DRAFT if draft else InvoiceStatus.ISSUED,
            organisation_id=hub.pier,
            period_start=monday,
            period_end=monday,
            issue_date=None if draft else monday - timedelta(days=30),
            due_date=due,
            billing_name="Pier Labs",
            gross_total=Money(gross),
            created_at=at(monday, 8),
        )
        s.add(found)
        s.flush()
        return found

    def pay(s: Any, found: Invoice, cents: int) -> None:
        s.add(
            Payment(
                invoice_id=found.id,
                paid_on=monday,
                amount=Money(cents),
                method=PaymentMethod.BANK_TRANSFER,
                recorded_at=at(monday, 8),
            )
        )

    with db.write() as s:
        late = invoice(s, 12_100, monday - timedelta(days=1))
        pay(s, late, 2_100)  # 100.00 still open, past due
        invoice(s, 5_000, monday + timedelta(days=14))  # open, not due yet
        pay(s, invoice(s, 7_000, monday - timedelta(days=5)), 7_000)  # paid
        invoice(s, 9_900, None, draft=True)  # not issued: owes nothing yet
    with db.read() as s:
        status = frontdesk.member_status(s, hub.sanne, at(monday, 9))
    assert (status.unpaid_invoices, status.unpaid_total, status.overdue_invoices) == (
        2,
        Money(15_000),
        1,
    )


# ----------------------------------------------------------------------- search


def test_search_finds_by_name_accents_badge_and_organisation(db: Database) -> None:
    hub = front_desk_hub(db)
    with db.read() as s:
        assert [m.member_id for m in frontdesk.find(s, "ode")] == [hub.ingrid]
        assert [m.member_id for m in frontdesk.find(s, "nguyen")] == [hub.linh]
        by_org = frontdesk.find(s, "noordz")
        assert {m.member_id for m in by_org} == {hub.ingrid, hub.jan}
        badge = frontdesk.find(s, "hb000104")
        assert badge[0].member_id == hub.sanne and badge[0].badge_matched
        assert frontdesk.may_act_on("HB000104", badge[0])
        # two letters are not enough for Enter, unless they are a badge code
        assert not frontdesk.may_act_on("ja", frontdesk.find(s, "ja")[0])
    _in(db, hub.jan, at(MONDAY, 9))
    with db.read() as s:
        jan = frontdesk.find(s, "visser")[0]
    assert jan.is_in and jan.in_since == at(MONDAY, 9)


# ------------------------------------------------------------------ closing time


def test_everyone_still_in_is_checked_out_at_closing(db: Database) -> None:
    hub = front_desk_hub(db)
    _in(db, hub.sanne, at(MONDAY, 9))
    _in(db, hub.omar, at(MONDAY, 10))
    _out(db, hub.omar, at(MONDAY, 16))
    with db.write() as s:
        guest = frontdesk.register_guest(
            s, SYSTEM, GuestInput(hub.sanne, "Eva de Wit", "Gemeente"), at(MONDAY, 11)
        )
    with db.write() as s:
        assert frontdesk.close_day(s, at(MONDAY, 17, 59)) == 0
    with db.write() as s:
        assert frontdesk.close_day(s, at(MONDAY, 18, 5)) == 2
    with db.read() as s:
        sanne = s.execute(
            select(CheckIn.out_at, CheckIn.automatic_out).where(CheckIn.member_id == hub.sanne)
        ).one()
        omar = s.execute(
            select(CheckIn.out_at, CheckIn.automatic_out).where(CheckIn.member_id == hub.omar)
        ).one()
        left = frontdesk.get_visit(s, guest.id).left_at
    assert tuple(sanne) == (at(MONDAY, 18), True)
    assert tuple(omar) == (at(MONDAY, 16), False)
    assert left == at(MONDAY, 18)
    with db.write() as s:
        assert frontdesk.close_day(s, at(MONDAY, 18, 6)) == 0


def test_a_forgotten_day_is_closed_at_its_own_closing_time(db: Database) -> None:
    """Saturday is closed: a visit that day ends at midnight; Friday's at 18:00."""
    hub = front_desk_hub(db)
    friday = MONDAY + timedelta(days=4)
    saturday = friday + timedelta(days=1)
    _in(db, hub.sanne, at(friday, 9))
    _in(db, hub.omar, at(saturday, 10))
    with db.write() as s:
        assert frontdesk.close_day(s, at(friday + timedelta(days=3), 8)) == 2
    with db.read() as s:
        ends = dict(s.execute(select(CheckIn.member_id, CheckIn.out_at)).all())
    assert ends[hub.sanne] == at(friday, 18)
    assert ends[hub.omar] == datetime.combine(saturday + timedelta(days=1), at(MONDAY, 0).timetz())


# ------------------------------------------------------------------------ guests


def test_guests_need_a_name_and_a_host(db: Database) -> None:
    hub = front_desk_hub(db)
    for data, field in (
        (GuestInput(None, "Eva de Wit"), "host"),
        (GuestInput(hub.sanne, "  "), "guest_name"),
        (GuestInput(hub.sanne, "Eva", expected_at=at(MONDAY, 9)), "expected_at"),
    ):
        with pytest.raises(ValidationError) as refused, db.write() as s:
            frontdesk.register_guest(s, SYSTEM, data, at(MONDAY + timedelta(days=1), 10))
        assert refused.value.field == field
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Visit)) == 0


def test_an_expected_guest_arrives_and_leaves(db: Database) -> None:
    hub = front_desk_hub(db)
    with db.write() as s:
        eva = frontdesk.register_guest(
            s,
            SYSTEM,
            GuestInput(hub.sanne, "Eva de Wit", "Gemeente Den Haag", at(MONDAY, 14)),
            at(MONDAY, 9),
        )
        walk_in = frontdesk.register_guest(
            s, SYSTEM, GuestInput(hub.jan, "Piet Smit"), at(MONDAY, 10)
        )
    assert eva.arrived_at is None and eva.host_name == "Sanne Bakker"
    assert walk_in.arrived_at == at(MONDAY, 10) and walk_in.is_in
    with db.write() as s:
        arrived = frontdesk.guest_arrived(s, SYSTEM, eva.id, at(MONDAY, 13, 55))
    assert arrived.is_in
    with pytest.raises(ValidationError), db.write() as s:
        frontdesk.guest_arrived(s, SYSTEM, eva.id, at(MONDAY, 14))
    with db.write() as s:
        gone = frontdesk.guest_left(s, SYSTEM, eva.id, at(MONDAY, 15))
    assert not gone.is_in and gone.left_at == at(MONDAY, 15)
    with db.read() as s:
        listed = frontdesk.guests_on(s, MONDAY)
    assert [g.guest_name for g in listed] == ["Piet Smit", "Eva de Wit"]


# -------------------------------------------------------------------- day passes


def test_a_day_pass_needs_a_name_and_someone_to_pay(db: Database) -> None:
    hub = front_desk_hub(db)
    for data, field in (
        (DayPassInput(name=""), "name"),
        (DayPassInput(name="Kim", paid_with=PaymentMethod.INVOICE), "invoice_organisation"),
        (DayPassInput(name="Kim", paid_with="direct_debit"), "paid_with"),
        (DayPassInput(name="Kim", price="-5"), "price"),
        (DayPassInput(name="Kim", email="kim@"), "email"),
    ):
        with pytest.raises(ValidationError) as refused, db.write() as s:
            frontdesk.sell_day_pass(s, SYSTEM, data, at(MONDAY, 9))
        assert refused.value.field == field
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(DayPass)) == 0
        assert s.scalar(select(func.count()).select_from(CheckIn)) == 0
    del hub


def test_a_day_pass_checks_its_holder_in_at_the_flex_day_price(db: Database) -> None:
    hub = front_desk_hub(db)
    with db.write() as s:
        sold = frontdesk.sell_day_pass(
            s,
            SYSTEM,
            DayPassInput(name="Kim Jansen", email="kim@example.org", paid_with="pin"),
            at(MONDAY, 10),
        )
        invoiced = frontdesk.sell_day_pass(
            s,
            SYSTEM,
            DayPassInput(
                name="Bram Kok",
                paid_with=PaymentMethod.INVOICE,
                invoice_organisation_id=hub.pier,
                price="20,00",
            ),
            at(MONDAY, 10, 30),
        )
    assert sold.price == Money(2750) and sold.valid_on == MONDAY
    assert sold.check_in_id is not None
    assert invoiced.price == Money(2000) and invoiced.invoice_organisation_name == "Pier Labs"
    with db.read() as s:
        summary = frontdesk.today_summary(s, at(MONDAY, 11))
    assert [p.name for p in summary.present] == ["Bram Kok", "Kim Jansen"]
    assert {p.kind for p in summary.present} == {frontdesk.PresentKind.DAY_PASS}
    assert len(summary.day_passes) == 2
    with db.write() as s:
        frontdesk.check_out_day_pass(s, SYSTEM, sold.id, at(MONDAY, 16))
    with db.read() as s:
        assert frontdesk.today_summary(s, at(MONDAY, 16, 1)).people_in == 1


def test_a_day_pass_for_a_member_who_is_in_covers_that_visit(db: Database) -> None:
    """Linh has no plan; her visit was billable. The day pass she buys makes
    it not billable instead of adding a second visit."""
    hub = front_desk_hub(db)
    _in(db, hub.linh, at(MONDAY, 9))
    with db.write() as s:
        frontdesk.sell_day_pass(
            s, SYSTEM, DayPassInput(name="Linh Nguyễn", member_id=hub.linh), at(MONDAY, 9, 5)
        )
    with db.read() as s:
        rows = s.execute(select(CheckIn.billable, CheckIn.day_pass_id)).all()
        status = frontdesk.member_status(s, hub.linh, at(MONDAY, 10))
    assert len(rows) == 1 and rows[0][0] is False and rows[0][1] is not None
    assert status.terms is Terms.DAY_PASS


# ------------------------------------------------------------------------- today


def test_today_counts_match_the_database(db: Database) -> None:
    hub = front_desk_hub(db)
    now = at(MONDAY, 11)
    _in(db, hub.sanne, at(MONDAY, 8, 30))
    _in(db, hub.ingrid, at(MONDAY, 9))
    _out(db, hub.ingrid, at(MONDAY, 10))
    _in(db, hub.jan, at(MONDAY, 10, 30))
    _in(db, hub.omar, at(MONDAY, 10, 45))
    with db.write() as s:
        frontdesk.register_guest(s, SYSTEM, GuestInput(hub.jan, "Piet Smit"), at(MONDAY, 10, 40))
        frontdesk.register_guest(
            s, SYSTEM, GuestInput(hub.sanne, "Eva de Wit", expected_at=at(MONDAY, 15)), now
        )
        bookings.create_booking(
            s,
            BookingRequest(
                space_id=hub.room,
                start_at=at(MONDAY, 10),
                end_at=at(MONDAY, 12),
                title="Planning",
                member_id=hub.sanne,
                organisation_id=hub.pier,
            ),
            SYSTEM,
        )
        bookings.create_booking(
            s,
            BookingRequest(
                space_id=hub.room,
                start_at=at(MONDAY, 14),
                end_at=at(MONDAY, 15),
                title="Later",
                member_id=hub.jan,
                organisation_id=hub.noordzee,
            ),
            SYSTEM,
        )
    with db.read() as s:
        summary = frontdesk.today_summary(s, now)
        open_now = s.scalar(
            select(func.count()).select_from(CheckIn).where(CheckIn.out_at.is_(None))
        )
    assert summary.people_in == open_now == 3
    assert summary.guests_in == 1
    # by organisation: Pier Labs, Stichting Noordzee (Jan and his guest's
    # organisation-less entry), then people without one
    assert [p.name for p in summary.present] == ["Sanne Bakker", "Jan Visser", "Omar Haddad",
                                                "Piet Smit"]  # fmt: skip
    assert summary.checked_in_today == 4
    assert [p.name for p in summary.arrivals] == ["Omar Haddad", "Piet Smit", "Jan Visser"]
    assert (summary.rooms, summary.rooms_in_use) == (1, 1)
    assert [b.title for b in summary.room_bookings] == ["Planning", "Later"]
    assert [g.guest_name for g in summary.expected_guests] == ["Eva de Wit"]
    assert summary.desk_capacity == 3  # two flex desks, one dedicated desk
    with db.read() as s:
        log = frontdesk.visitor_log(s, MONDAY)
    assert [p.name for p in log] == [
        "Sanne Bakker",
        "Ingrid Ødegaard",
        "Jan Visser",
        "Piet Smit",
        "Omar Haddad",
    ]
    assert log[1].out_at == at(MONDAY, 10)
    assert MONDAY.weekday() == 0 and ZONE.key == "Europe/Amsterdam"
