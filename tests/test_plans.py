"""Plans and memberships: the price list's rules and refusals, the monthly
price of a membership, changing plan mid-month without gap or overlap, and
the audit trail; on real database files."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hubdesk.db import Database
from hubdesk.domain.enums import OrganisationKind, PlanKind, StaffRole
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.models import AuditEntry, Member, Membership, Organisation, Plan, VatCategory
from hubdesk.domain.money import Money
from hubdesk.services.audit import Actor
from hubdesk.services.directory import StillInUse
from hubdesk.services.hub import ensure_defaults
from hubdesk.services.plans import (
    MembershipInput,
    PlanInput,
    change_plan,
    create_membership,
    create_plan,
    deactivate_plan,
    delete_plan,
    end_membership,
    get_plan,
    list_memberships,
    list_plans,
    memberships_on,
    monthly_price,
    reactivate_plan,
    update_membership,
    update_plan,
)
from hubdesk.services.staff import PermissionDenied
from tests.helpers import T0

MANAGER = Actor.system("Maarten")
RECEPTION = Actor("Anna", None, StaffRole.RECEPTION)
JAN_1 = date(2026, 1, 1)


@pytest.fixture
def db(db: Database) -> Database:
    with db.write() as s:
        ensure_defaults(s)
    return db


@pytest.fixture
def any_db(any_db: Database) -> Database:
    with any_db.write() as s:
        ensure_defaults(s)
    return any_db


def flex(name: str = "Flex 8 days", **changes: Any) -> PlanInput:
    values: dict[str, Any] = {
        "name": name,
        "kind": "flex",
        "price_month": "165.00",
        "vat_category": "high",
        "included_room_minutes": 120,
        "included_flex_days": 8,
        "kind_prices": {"ngo": "140.00"},
    }
    values.update(changes)
    return PlanInput(**values)


def add_plan(database: Database, data: PlanInput | None = None) -> int:
    with database.write() as s:
        return create_plan(s, MANAGER, data or flex()).id


def add_org(
    database: Database,
    name: str = "Stichting Noordzee",
    kind: OrganisationKind = OrganisationKind.NGO,
    *,
    archived: bool = False,
) -> int:
    with database.write() as s:
        org = Organisation(name=name, kind=kind, created_at=T0, archived=archived)
        s.add(org)
        s.flush()
        return org.id


def add_person(database: Database, organisation_id: int | None = None) -> int:
    with database.write() as s:
        member = Member(
            first_name="Ødegaard",
            last_name="Nguyễn",
            organisation_id=organisation_id,
            created_at=T0,
        )
        s.add(member)
        s.flush()
        return member.id


def count(database: Database, model: type[object]) -> int:
    with database.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def audit(session: Session, entity: str, entity_id: int) -> list[tuple[str, dict[str, Any]]]:
    query = (
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.id)
    )
    return [(e.action, dict(e.changes)) for e in session.scalars(query)]


def refused(database: Database, action: Callable[[Session], object], field: str) -> str:
    """``action`` raises a ValidationError at ``field`` and writes nothing."""
    tables = (Plan, Membership, AuditEntry)
    before = [count(database, t) for t in tables]
    with pytest.raises(ValidationError) as caught, database.write() as s:
        action(s)
    assert caught.value.field == field, caught.value.message
    assert [count(database, t) for t in tables] == before
    return caught.value.message


# ================================================================== plans


class TestPlans:
    def test_create_and_read_back(self, db: Database) -> None:
        plan_id = add_plan(db, flex(included_flex_days=""))
        with db.read() as s:
            plan = get_plan(s, plan_id)
            assert plan.kind is PlanKind.FLEX
            assert plan.price_month == Money(16500)
            assert plan.vat_category_code == "high"
            assert plan.included_room_minutes == 120
            assert plan.included_flex_days is None  # unlimited
            assert plan.kind_prices == ((OrganisationKind.NGO, Money(14000)),)
            assert plan.active
            assert [p.id for p in list_plans(s)] == [plan_id]
            stored = s.get(Plan, plan_id)
            assert stored is not None and stored.kind_prices == {"ngo": 14000}

    @pytest.mark.parametrize(
        ("changes", "field"),
        [
            ({"price_month": "-1.00"}, "price_month"),
            ({"price_month": ""}, "price_month"),
            ({"kind_prices": {"ngo": "-5"}}, "kind_prices"),
            ({"kind_prices": {"charity shop": "5"}}, "kind_prices"),
            ({"included_room_minutes": -30}, "included_room_minutes"),
            ({"included_flex_days": -1}, "included_flex_days"),
            ({"name": "  "}, "name"),
            ({"kind": "hot desk"}, "kind"),
            ({"vat_category": ""}, "vat_category"),
            ({"vat_category": "luxury"}, "vat_category"),
        ],
    )
    def test_refusals_store_nothing(
        self, db: Database, changes: dict[str, Any], field: str
    ) -> None:
        refused(db, lambda s: create_plan(s, MANAGER, flex(**changes)), field)

    def test_name_is_unique_case_ignored(self, db: Database) -> None:
        add_plan(db, flex("Flex 8 days"))
        message = refused(db, lambda s: create_plan(s, MANAGER, flex("FLEX 8 DAYS")), "name")
        assert "Flex 8 days" in message
        other = add_plan(db, flex("Flex unlimited", included_flex_days=None))
        refused(db, lambda s: update_plan(s, MANAGER, other, flex("flex 8 days")), "name")

    def test_inactive_vat_category_refused_for_a_new_plan_kept_by_an_old_one(
        self, db: Database
    ) -> None:
        plan_id = add_plan(db, flex(vat_category="low"))
        with db.write() as s:
            low = s.scalars(select(VatCategory).where(VatCategory.code == "low")).one()
            low.active = False
        refused(
            db, lambda s: create_plan(s, MANAGER, flex("Other", vat_category="low")), "vat_category"
        )
        with db.write() as s:
            kept = update_plan(s, MANAGER, plan_id, flex(price_month="170", vat_category="low"))
        assert kept.price_month == Money(17000)
        assert kept.vat_category_code == "low"

    def test_only_a_manager_changes_the_price_list(self, db: Database) -> None:
        plan_id = add_plan(db)
        for action in (
            lambda s: create_plan(s, RECEPTION, flex("Cheap")),
            lambda s: update_plan(s, RECEPTION, plan_id, flex(price_month="1")),
            lambda s: deactivate_plan(s, RECEPTION, plan_id),
            lambda s: delete_plan(s, RECEPTION, plan_id),
        ):
            with pytest.raises(PermissionDenied), db.write() as s:
                action(s)
        with db.read() as s:
            assert get_plan(s, plan_id).price_month == Money(16500)

    def test_update_deactivate_reactivate_and_the_audit_trail(self, db: Database) -> None:
        plan_id = add_plan(db)
        with db.write() as s:
            update_plan(s, MANAGER, plan_id, flex(price_month="175.50", kind_prices={}))
            update_plan(s, MANAGER, plan_id, flex(price_month="175.50", kind_prices={}))  # same
            off = deactivate_plan(s, MANAGER, plan_id)
            assert not off.active
            assert list_plans(s) == []
            assert [p.id for p in list_plans(s, include_inactive=True)] == [plan_id]
            assert reactivate_plan(s, MANAGER, plan_id).active
        with db.read() as s:
            entries = audit(s, "plan", plan_id)
        assert [a for a, _ in entries] == ["create", "update", "deactivate", "reactivate"]
        assert entries[0][1]["price_month"] == [None, 16500]
        assert entries[1][1] == {
            "price_month": [16500, 17550],
            "kind_prices": [{"ngo": 14000}, {}],
        }
        assert entries[2][1] == {"active": [True, False]}

    def test_a_plan_in_use_is_never_deleted_an_unused_one_may_be(self, db: Database) -> None:
        used = add_plan(db)
        unused = add_plan(db, flex("Community", kind="community", price_month="25"))
        org = add_org(db)
        with db.write() as s:
            create_membership(s, MANAGER, MembershipInput(used, JAN_1, organisation_id=org))
        with pytest.raises(StillInUse), db.write() as s:
            delete_plan(s, MANAGER, used)
        with db.write() as s:
            delete_plan(s, MANAGER, unused)
        with db.read() as s:
            assert [p.id for p in list_plans(s, include_inactive=True)] == [used]
            assert [a for a, _ in audit(s, "plan", unused)] == ["create", "delete"]


# ============================================================ monthly price


class TestMonthlyPrice:
    def test_kind_price_per_seat_then_plan_price_then_override(self, db: Database) -> None:
        plan_id = add_plan(db)  # flex: 165.00, NGO 140.00, per seat
        ngo = add_org(db, "Stichting Noordzee", OrganisationKind.NGO)
        company = add_org(db, "Bürger & Söhne <GmbH>", OrganisationKind.COMPANY)
        person = add_person(db)
        with db.write() as s:
            a = create_membership(
                s,
                MANAGER,
                MembershipInput(
                    plan_id, JAN_1, organisation_id=ngo, seats=3, end_date=date(2026, 12, 31)
                ),
            )
            b = create_membership(
                s, MANAGER, MembershipInput(plan_id, JAN_1, organisation_id=company, seats=2)
            )
            c = create_membership(s, MANAGER, MembershipInput(plan_id, JAN_1, member_id=person))
            d = create_membership(
                s,
                MANAGER,
                MembershipInput(
                    plan_id,
                    date(2027, 1, 1),
                    organisation_id=ngo,
                    seats=3,
                    price_override="300",
                    override_reason="Founding member",
                ),
            )
        assert a.monthly_price == Money(3 * 14000)
        assert b.monthly_price == Money(2 * 16500)
        assert c.monthly_price == Money(16500)
        assert d.monthly_price == Money(30000)  # the whole amount, not per seat
        with db.read() as s:
            assert [monthly_price(s, m.id) for m in (a, b, c, d)] == [
                Money(42000),
                Money(33000),
                Money(16500),
                Money(30000),
            ]

    def test_an_office_plan_is_priced_once_per_organisation(self, db: Database) -> None:
        office = add_plan(
            db,
            flex("Private office", kind="private_office", price_month="35", kind_prices={}),
        )
        org = add_org(db, "Startup BV", OrganisationKind.STARTUP)
        with db.write() as s:
            made = create_membership(
                s, MANAGER, MembershipInput(office, JAN_1, organisation_id=org, seats=6)
            )
        assert made.monthly_price == Money(3500)

    def test_a_plan_price_change_reaches_the_membership(self, db: Database) -> None:
        plan_id = add_plan(db)
        org = add_org(db, "Gemeente", OrganisationKind.GOVERNMENT)
        with db.write() as s:
            made = create_membership(
                s, MANAGER, MembershipInput(plan_id, JAN_1, organisation_id=org)
            )
            update_plan(s, MANAGER, plan_id, flex(kind_prices={"government": "150"}))
            assert monthly_price(s, made.id) == Money(15000)


# ============================================================== memberships


class TestMembershipRefusals:
    def test_end_before_start(self, db: Database) -> None:
        plan_id, org = add_plan(db), add_org(db)
        data = MembershipInput(plan_id, "2026-03-10", organisation_id=org, end_date="9-3-2026")
        refused(db, lambda s: create_membership(s, MANAGER, data), "end_date")

    def test_seats_below_zero(self, db: Database) -> None:
        plan_id, org = add_plan(db), add_org(db)
        data = MembershipInput(plan_id, JAN_1, organisation_id=org, seats=-1)
        refused(db, lambda s: create_membership(s, MANAGER, data), "seats")

    def test_zero_seats_allowed(self, db: Database) -> None:
        plan_id, org = add_plan(db), add_org(db)
        with db.write() as s:
            made = create_membership(
                s, MANAGER, MembershipInput(plan_id, JAN_1, organisation_id=org, seats=0)
            )
        assert made.seats == 0 and made.monthly_price == Money(0)

    def test_negative_override_and_override_without_reason(self, db: Database) -> None:
        plan_id, org = add_plan(db), add_org(db)
        negative = MembershipInput(
            plan_id, JAN_1, organisation_id=org, price_override="-10", override_reason="x"
        )
        refused(db, lambda s: create_membership(s, MANAGER, negative), "price_override")
        silent = MembershipInput(
            plan_id, JAN_1, organisation_id=org, price_override="10", override_reason=" "
        )
        refused(db, lambda s: create_membership(s, MANAGER, silent), "override_reason")

    def test_unknown_and_inactive_plan(self, db: Database) -> None:
        plan_id, org = add_plan(db), add_org(db)
        refused(
            db,
            lambda s: create_membership(
                s, MANAGER, MembershipInput(9999, JAN_1, organisation_id=org)
            ),
            "plan_id",
        )
        with db.write() as s:
            deactivate_plan(s, MANAGER, plan_id)
        message = refused(
            db,
            lambda s: create_membership(
                s, MANAGER, MembershipInput(plan_id, JAN_1, organisation_id=org)
            ),
            "plan_id",
        )
        assert "Flex 8 days" in message

    def test_both_or_neither_holder(self, db: Database) -> None:
        plan_id, org, person = add_plan(db), add_org(db), add_person(db)
        both = MembershipInput(plan_id, JAN_1, organisation_id=org, member_id=person)
        refused(db, lambda s: create_membership(s, MANAGER, both), "organisation_id")
        refused(
            db,
            lambda s: create_membership(s, MANAGER, MembershipInput(plan_id, JAN_1)),
            "organisation_id",
        )

    def test_archived_holder_and_member_of_an_organisation(self, db: Database) -> None:
        plan_id = add_plan(db)
        gone = add_org(db, "Old Org", archived=True)
        refused(
            db,
            lambda s: create_membership(
                s, MANAGER, MembershipInput(plan_id, JAN_1, organisation_id=gone)
            ),
            "organisation_id",
        )
        staff_of_org = add_person(db, add_org(db))
        refused(
            db,
            lambda s: create_membership(
                s, MANAGER, MembershipInput(plan_id, JAN_1, member_id=staff_of_org)
            ),
            "member_id",
        )

    def test_overlap_on_the_same_plan_refused_other_plan_or_after_the_end_fine(
        self, db: Database
    ) -> None:
        plan_id, org = add_plan(db), add_org(db)
        other = add_plan(db, flex("Community", kind="community", price_month="25"))
        with db.write() as s:
            create_membership(
                s,
                MANAGER,
                MembershipInput(plan_id, JAN_1, organisation_id=org, end_date=date(2026, 6, 30)),
            )
        refused(
            db,
            lambda s: create_membership(
                s, MANAGER, MembershipInput(plan_id, date(2026, 6, 30), organisation_id=org)
            ),
            "start_date",
        )
        with db.write() as s:
            create_membership(
                s, MANAGER, MembershipInput(plan_id, date(2026, 7, 1), organisation_id=org)
            )
            create_membership(s, MANAGER, MembershipInput(other, JAN_1, organisation_id=org))
        with db.read() as s:
            assert len(list_memberships(s, organisation_id=org)) == 3

    def test_reception_may_not_change_memberships(self, db: Database) -> None:
        plan_id, org = add_plan(db), add_org(db)
        with pytest.raises(PermissionDenied), db.write() as s:
            create_membership(s, RECEPTION, MembershipInput(plan_id, JAN_1, organisation_id=org))
        assert count(db, Membership) == 0


class TestEndAndChange:
    def test_end_membership(self, db: Database) -> None:
        plan_id, org = add_plan(db), add_org(db)
        with db.write() as s:
            made = create_membership(
                s, MANAGER, MembershipInput(plan_id, JAN_1, organisation_id=org)
            )
        refused(db, lambda s: end_membership(s, MANAGER, made.id, date(2025, 12, 31)), "on")
        with db.write() as s:
            ended = end_membership(s, MANAGER, made.id, date(2026, 4, 30))
            assert ended.end_date == date(2026, 4, 30)
            assert [m.id for m in memberships_on(s, date(2026, 4, 30))] == [made.id]
            assert memberships_on(s, date(2026, 5, 1)) == []
            assert audit(s, "membership", made.id)[-1] == (
                "end",
                {"end_date": [None, "2026-04-30"]},
            )

    def test_plan_change_on_the_11th_covers_every_day_exactly_once(self, any_db: Database) -> None:
        db = any_db
        old_plan = add_plan(db)
        new_plan = add_plan(
            db, flex("Dedicated desk", kind="dedicated_desk", price_month="375", kind_prices={})
        )
        org = add_org(db)
        with db.write() as s:
            first = create_membership(
                s,
                MANAGER,
                MembershipInput(
                    old_plan, JAN_1, organisation_id=org, seats=2, end_date=date(2026, 12, 31)
                ),
            )
        with db.write() as s:
            second = change_plan(s, MANAGER, first.id, new_plan, date(2026, 3, 11))
        assert second.start_date == date(2026, 3, 11)
        assert second.end_date == date(2026, 12, 31)  # the planned end is kept
        assert second.seats == 2
        assert second.monthly_price == Money(2 * 37500)
        with db.read() as s:
            mine = list_memberships(s, organisation_id=org)
            assert [(m.plan_id, m.start_date, m.end_date) for m in mine] == [
                (old_plan, JAN_1, date(2026, 3, 10)),
                (new_plan, date(2026, 3, 11), date(2026, 12, 31)),
            ]
            days = calendar.monthrange(2026, 3)[1]
            for number in range(1, days + 1):
                day = date(2026, 3, number)
                live = [m for m in memberships_on(s, day) if m.organisation_id == org]
                assert len(live) == 1, day
                assert live[0].plan_id == (old_plan if number < 11 else new_plan), day
            assert audit(s, "membership", first.id)[-1] == (
                "end",
                {"end_date": ["2026-12-31", "2026-03-10"], "replaced_by": [None, second.id]},
            )
            created = audit(s, "membership", second.id)
            assert [a for a, _ in created] == ["create"]
            assert created[0][1]["replaces"] == [None, first.id]
            assert created[0][1]["plan_id"] == [None, new_plan]

    def test_plan_change_refusals_store_nothing(self, db: Database) -> None:
        old_plan, org = add_plan(db), add_org(db)
        new_plan = add_plan(db, flex("Community", kind="community", price_month="25"))
        with db.write() as s:
            made = create_membership(
                s,
                MANAGER,
                MembershipInput(
                    old_plan, date(2026, 3, 1), organisation_id=org, end_date=date(2026, 5, 31)
                ),
            )
        refused(db, lambda s: change_plan(s, MANAGER, made.id, new_plan, date(2026, 3, 1)), "on")
        refused(db, lambda s: change_plan(s, MANAGER, made.id, new_plan, date(2026, 6, 1)), "on")
        refused(
            db,
            lambda s: change_plan(s, MANAGER, made.id, old_plan, date(2026, 4, 1)),
            "new_plan_id",
        )
        refused(
            db,
            lambda s: change_plan(s, MANAGER, made.id, new_plan, date(2026, 4, 1), seats=-2),
            "seats",
        )
        with db.write() as s:
            create_membership(
                s, MANAGER, MembershipInput(new_plan, date(2026, 5, 1), organisation_id=org)
            )
        refused(db, lambda s: change_plan(s, MANAGER, made.id, new_plan, date(2026, 4, 1)), "on")
        with db.read() as s:
            first = list_memberships(s, organisation_id=org)[0]
        assert (first.plan_id, first.end_date) == (old_plan, date(2026, 5, 31))

    def test_an_individual_member_changes_plan(self, db: Database) -> None:
        community = add_plan(
            db,
            flex("Community", kind="community", price_month="25", kind_prices={"individual": "20"}),
        )
        flex_plan = add_plan(db)
        person = add_person(db)
        with db.write() as s:
            made = create_membership(
                s, MANAGER, MembershipInput(community, JAN_1, member_id=person)
            )
            assert made.monthly_price == Money(2000)
            assert made.holder_name == "Ødegaard Nguyễn"
            moved = change_plan(s, MANAGER, made.id, flex_plan, date(2026, 2, 15))
        assert moved.member_id == person and moved.organisation_id is None
        with db.read() as s:
            assert [m.end_date for m in list_memberships(s, member_id=person)] == [
                date(2026, 2, 14),
                None,
            ]
            assert {
                m.plan_id for m in memberships_on(s, date(2026, 2, 14) + timedelta(days=1))
            } == {flex_plan}

    def test_seats_change_from_a_date_on_the_same_plan(self, db: Database) -> None:
        plan_id, org = add_plan(db), add_org(db, "Acme", OrganisationKind.COMPANY)
        with db.write() as s:
            made = create_membership(
                s, MANAGER, MembershipInput(plan_id, JAN_1, organisation_id=org, seats=2)
            )
            more = change_plan(s, MANAGER, made.id, plan_id, date(2026, 4, 1), seats=5)
        assert (more.plan_id, more.seats, more.monthly_price) == (plan_id, 5, Money(5 * 16500))
        with db.read() as s:
            assert [(m.seats, m.end_date) for m in list_memberships(s, organisation_id=org)] == [
                (2, date(2026, 3, 31)),
                (5, None),
            ]


class TestUpdateMembership:
    def test_override_with_reason_then_back_to_the_plan_price(self, db: Database) -> None:
        plan_id, org = add_plan(db), add_org(db)
        with db.write() as s:
            made = create_membership(
                s, MANAGER, MembershipInput(plan_id, JAN_1, organisation_id=org)
            )
        refused(
            db,
            lambda s: update_membership(s, MANAGER, made.id, seats=1, price_override="99"),
            "override_reason",
        )
        refused(
            db,
            lambda s: update_membership(s, MANAGER, made.id, seats=-1, price_override=None),
            "seats",
        )
        with db.write() as s:
            deal = update_membership(
                s, MANAGER, made.id, seats=2, price_override="99", override_reason="Pilot year"
            )
            assert (deal.monthly_price, deal.override_reason) == (Money(9900), "Pilot year")
            back = update_membership(s, MANAGER, made.id, seats=2, price_override="")
            assert (back.monthly_price, back.override_reason) == (Money(2 * 14000), "")
            entries = audit(s, "membership", made.id)
        assert [a for a, _ in entries] == ["create", "update", "update"]
        assert entries[1][1] == {
            "seats": [1, 2],
            "price_override": [None, 9900],
            "override_reason": ["", "Pilot year"],
        }
        assert entries[2][1] == {
            "price_override": [9900, None],
            "override_reason": ["Pilot year", ""],
        }
