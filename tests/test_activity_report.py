"""The members-activity report, on SQLite and PostgreSQL: check-ins (one
member twice a day, a day-pass visitor, one just after local midnight),
guests, day passes, and who is active on each bucket's last day through
memberships that start and end mid-period, a lease without membership, a
draft lease, an archived organisation and a member's own membership."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from hubdesk.db import Database
from hubdesk.domain.enums import LeaseStatus, OrganisationKind, PaymentMethod, PlanKind, SpaceKind
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.models import (
    CheckIn,
    DayPass,
    Member,
    Membership,
    Organisation,
    Plan,
    Visit,
)
from hubdesk.domain.money import Money
from hubdesk.domain.periods import MAX_REPORT_DAYS, Grain
from hubdesk.services.activity import activity_report
from hubdesk.services.hub import ensure_defaults
from tests.helpers import T0, add_lease, add_space, at

NGO, STARTUP, COMPANY, INDIVIDUAL = (
    OrganisationKind.NGO,
    OrganisationKind.STARTUP,
    OrganisationKind.COMPANY,
    OrganisationKind.INDIVIDUAL,
)
MONDAY, SUNDAY = date(2026, 3, 2), date(2026, 3, 8)


def _day(n: int) -> date:
    """2 March 2026 (a Monday) plus ``n`` days."""
    return MONDAY + timedelta(days=n)


@dataclass
class People:
    anna: int
    bram: int
    cor: int
    dirk: int
    eva: int


def _hub(db: Database) -> People:
    """
    Organisations (and their members):
      Noordzee (NGO): membership from 1 Jan, open; and a second one 4-5 Mar
        that overlaps it (still one organisation). Anna, Bram, Hanna; Hanna
        also holds a membership of her own from 1 Mar (still one member).
      Kustlab (startup): membership 1 Feb to 4 Mar. Cor.
      Pier (company): no membership, a lease from 5 Mar. Dirk, Eva.
      Gemeente (government): a draft lease from 1 Mar: never active. Fay.
      Oud (NGO, archived today): membership 1 Jan to 2 Mar. Ids (archived).
      Gijs, no organisation: his own membership 3 to 6 Mar.
    """
    with db.write() as s:
        ensure_defaults(s)
        plan = Plan(name="Resident", kind=PlanKind.FLEX, price_month=Money(25_000))
        s.add(plan)
        s.flush()

        def organisation(name: str, kind: OrganisationKind, archived: bool = False) -> int:
            found = Organisation(name=name, kind=kind, archived=archived, created_at=T0)
            s.add(found)
            s.flush()
            return found.id

        def member(first: str, organisation_id: int | None, archived: bool = False) -> int:
            found = Member(
                first_name=first,
                last_name="Test",
                organisation_id=organisation_id,
                archived=archived,
                created_at=T0,
            )
            s.add(found)
            s.flush()
            return found.id

        def membership(start: date, end: date | None, **holder: Any) -> None:
            s.add(Membership(plan_id=plan.id, start_date=start, end_date=end, **holder))
            s.flush()

        noordzee = organisation("Noordzee", NGO)
        kustlab = organisation("Kustlab", STARTUP)
        pier = organisation("Pier", COMPANY)
        gemeente = organisation("Gemeente", OrganisationKind.GOVERNMENT)
        oud = organisation("Oud", NGO, archived=True)
        anna, bram, hanna = (member(n, noordzee) for n in ("Anna", "Bram", "Hanna"))
        cor = member("Cor", kustlab)
        dirk, eva = member("Dirk", pier), member("Eva", pier)
        member("Fay", gemeente)
        member("Ids", oud, archived=True)
        gijs = member("Gijs", None)

        membership(date(2026, 1, 1), None, organisation_id=noordzee)
        membership(_day(2), _day(3), organisation_id=noordzee)
        membership(date(2026, 3, 1), None, member_id=hanna)
        membership(date(2026, 2, 1), _day(2), organisation_id=kustlab)
        membership(date(2026, 1, 1), _day(0), organisation_id=oud)
        membership(_day(1), _day(4), member_id=gijs)
        office = add_space(s, "Office 1.06", SpaceKind.PRIVATE_OFFICE)
        add_lease(s, s.get(Organisation, pier), office, _day(3), None)  # type: ignore[arg-type]
        other_office = add_space(s, "Office 1.07", SpaceKind.PRIVATE_OFFICE)
        add_lease(
            s,
            s.get(Organisation, gemeente),  # type: ignore[arg-type]
            other_office,
            date(2026, 3, 1),
            None,
            LeaseStatus.DRAFT,
        )

        def visit(member_id: int | None, start: datetime, hours: float = 3, **extra: Any) -> None:
            s.add(
                CheckIn(
                    member_id=member_id,
                    in_at=start,
                    out_at=start + timedelta(hours=hours),
                    **extra,
                )
            )
            s.flush()

        def day_pass(day: date) -> int:
            sold = DayPass(
                valid_on=day,
                name="Day guest",
                price=Money(2_500),
                paid_with=PaymentMethod.CARD,
                sold_at=at(day, 9),
            )
            s.add(sold)
            s.flush()
            return sold.id

        def guest(host: int, arrived: datetime | None, expected: datetime) -> None:
            s.add(
                Visit(
                    host_member_id=host,
                    guest_name="Guest",
                    expected_at=expected,
                    arrived_at=arrived,
                    left_at=None,
                )
            )

        # check-ins (local times, Europe/Amsterdam)
        visit(bram, at(date(2026, 2, 27), 9))  # February
        visit(anna, at(_day(0), 9))  # Mon: Anna twice, and Bram
        visit(anna, at(_day(0), 13), hours=4)
        visit(bram, at(_day(0), 10))
        visit(cor, at(_day(1), 9, 30))  # Tue: Cor, and a day-pass visitor
        visit(None, at(_day(1), 10), day_pass_id=day_pass(_day(1)))
        visit(dirk, at(_day(3), 8, 30))  # Thu: Dirk, and Anna late in the evening
        visit(anna, at(_day(3), 23, 30), hours=0.25)
        visit(eva, at(_day(4), 0, 30))  # Fri 00:30 local (Thu 23:30 UTC)
        visit(cor, at(_day(7), 9))  # the Monday after
        day_pass(_day(4))  # a day pass nobody checked in with
        day_pass(_day(7))
        # guests: two arrived on Monday, one expected never came; one on Thursday
        guest(anna, at(_day(0), 10, 15), at(_day(0), 10))
        guest(bram, at(_day(0), 14), at(_day(0), 14))
        guest(bram, None, at(_day(0), 15))
        guest(dirk, at(_day(3), 11), at(_day(3), 11))
        guest(cor, at(_day(7), 11), at(_day(7), 11))
        return People(anna, bram, cor, dirk, eva)


def test_a_week_by_day(any_db: Database) -> None:
    _hub(any_db)
    with any_db.read() as s:
        report = activity_report(s, MONDAY, SUNDAY, Grain.DAY)
    # Gemeente (government) only has a draft lease: not a kind that occurs
    assert report.kinds == (NGO, STARTUP, COMPANY, INDIVIDUAL)
    assert [r.first for r in report.rows] == [_day(n) for n in range(7)]
    assert [r.check_ins for r in report.rows] == [3, 2, 0, 2, 1, 0, 0]
    # Anna's two visits on Monday are one person; the day-pass visitor is none
    assert [r.people_in for r in report.rows] == [2, 1, 0, 2, 1, 0, 0]
    assert [r.guests for r in report.rows] == [2, 0, 0, 1, 0, 0, 0]
    assert [r.day_passes for r in report.rows] == [0, 1, 0, 0, 1, 0, 0]

    # Mon: Noordzee, Kustlab and (archived) Oud, whose membership ends today
    # Tue-Wed: Noordzee and Kustlab (to Wed 4 Mar); Thu on: Noordzee and Pier
    assert [r.active_organisations for r in report.rows] == [3, 2, 2, 2, 2, 2, 2]
    assert [r.organisations_by_kind for r in report.rows] == [
        {NGO: 2, STARTUP: 1, COMPANY: 0, INDIVIDUAL: 0},
        {NGO: 1, STARTUP: 1, COMPANY: 0, INDIVIDUAL: 0},
        {NGO: 1, STARTUP: 1, COMPANY: 0, INDIVIDUAL: 0},
        {NGO: 1, STARTUP: 0, COMPANY: 1, INDIVIDUAL: 0},
        {NGO: 1, STARTUP: 0, COMPANY: 1, INDIVIDUAL: 0},
        {NGO: 1, STARTUP: 0, COMPANY: 1, INDIVIDUAL: 0},
        {NGO: 1, STARTUP: 0, COMPANY: 1, INDIVIDUAL: 0},
    ]
    # members: Noordzee's three (Hanna once) + Cor to Wed + Ids on Mon +
    # Gijs Tue-Fri + Dirk and Eva from Thu (the lease)
    assert [r.active_members for r in report.rows] == [5, 5, 5, 6, 6, 5, 5]
    assert [r.members_by_kind for r in report.rows] == [
        {NGO: 4, STARTUP: 1, COMPANY: 0, INDIVIDUAL: 0},  # Anna, Bram, Hanna, Ids; Cor
        {NGO: 3, STARTUP: 1, COMPANY: 0, INDIVIDUAL: 1},  # ...; Cor; Gijs
        {NGO: 3, STARTUP: 1, COMPANY: 0, INDIVIDUAL: 1},
        {NGO: 3, STARTUP: 0, COMPANY: 2, INDIVIDUAL: 1},  # ...; Dirk, Eva; Gijs
        {NGO: 3, STARTUP: 0, COMPANY: 2, INDIVIDUAL: 1},
        {NGO: 3, STARTUP: 0, COMPANY: 2, INDIVIDUAL: 0},
        {NGO: 3, STARTUP: 0, COMPANY: 2, INDIVIDUAL: 0},
    ]
    for row in report.rows:
        assert sum(row.members_by_kind.values()) == row.active_members
        assert sum(row.organisations_by_kind.values()) == row.active_organisations


def test_the_same_week_as_one_bucket(any_db: Database) -> None:
    _hub(any_db)
    with any_db.read() as s:
        report = activity_report(s, MONDAY, SUNDAY, Grain.WEEK)
    (week,) = report.rows
    # 3 + 2 + 2 + 1 check-ins by Anna, Bram, Cor, Dirk, Eva (and a day pass)
    assert (week.check_ins, week.people_in, week.guests, week.day_passes) == (8, 5, 3, 2)
    # judged on Sunday: Noordzee and Pier, their five people
    assert (week.active_organisations, week.active_members) == (2, 5)
    assert report.kinds == (NGO, COMPANY)
    assert week.members_by_kind == {NGO: 3, COMPANY: 2}


def test_months_are_judged_on_their_last_day(any_db: Database) -> None:
    _hub(any_db)
    with any_db.read() as s:
        report = activity_report(s, date(2026, 2, 1), date(2026, 3, 31), Grain.MONTH)
    february, march = report.rows
    assert (february.check_ins, february.people_in, february.guests) == (1, 1, 0)
    # March: the week's 8 and Cor on the 9th; the day passes of the 3rd, 6th, 9th
    assert (march.check_ins, march.people_in, march.guests, march.day_passes) == (9, 5, 4, 3)
    # 28 Feb: Noordzee, Kustlab and Oud with Anna, Bram, Hanna, Cor and Ids
    assert february.organisations_by_kind == {NGO: 2, STARTUP: 1, COMPANY: 0}
    assert february.members_by_kind == {NGO: 4, STARTUP: 1, COMPANY: 0}
    # 31 Mar: Noordzee and Pier (Kustlab, Oud and Gijs have ended)
    assert march.organisations_by_kind == {NGO: 1, STARTUP: 0, COMPANY: 1}
    assert march.members_by_kind == {NGO: 3, STARTUP: 0, COMPANY: 2}


def test_a_quiet_hub_gives_zero_rows(any_db: Database) -> None:
    with any_db.write() as s:
        ensure_defaults(s)
    with any_db.read() as s:
        report = activity_report(s, MONDAY, SUNDAY)
    assert report.kinds == ()
    assert len(report.rows) == 7
    assert all(
        (r.check_ins, r.people_in, r.guests, r.day_passes, r.active_members) == (0, 0, 0, 0, 0)
        and r.members_by_kind == {}
        for r in report.rows
    )


def test_the_period_is_checked(db: Database) -> None:
    with db.read() as s:
        with pytest.raises(ValidationError) as backwards:
            activity_report(s, SUNDAY, MONDAY)
        with pytest.raises(ValidationError) as too_long:
            activity_report(s, MONDAY, MONDAY + timedelta(days=MAX_REPORT_DAYS))
    assert backwards.value.field == "last"
    assert too_long.value.field == "first"
