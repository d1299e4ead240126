"""Leases of private offices: lifecycle and refusals, notice deadlines,
indexation to the cent, renewal, and the leases page's read side."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from hubdesk.db import Database
from hubdesk.domain.enums import LeaseStatus, SpaceKind, StaffRole
from hubdesk.domain.errors import LeaseConflict, ValidationError
from hubdesk.domain.models import AuditEntry, Lease, RentChange
from hubdesk.domain.money import Money
from hubdesk.services import leases
from hubdesk.services.audit import SYSTEM, Actor
from hubdesk.services.leases import LeaseInput, notice_effect, notice_terms, rent_on
from hubdesk.services.staff import PermissionDenied
from tests.helpers import add_organisation, add_space


def _hub(database: Database) -> dict[str, int]:
    """Three offices, a meeting room and two organisations."""
    with database.write() as session:
        ids = {
            "zee": add_space(session, "Office Zee", SpaceKind.PRIVATE_OFFICE).id,
            "duin": add_space(session, "Office Duin", SpaceKind.PRIVATE_OFFICE).id,
            "bos": add_space(session, "Office Bos", SpaceKind.PRIVATE_OFFICE).id,
            "room": add_space(session, "Room Mesdag").id,
            "noordzee": add_organisation(session, "Stichting Noordzee").id,
            "pier": add_organisation(session, "Pier Labs").id,
        }
    return ids


def _input(
    org: int, offices: list[int], start: date, end: date | None, **extra: object
) -> LeaseInput:
    values: dict[str, object] = {
        "organisation_id": org,
        "office_ids": offices,
        "start_date": start,
        "end_date": end,
        "rent": Money(95_000),
        "service_charge": Money(12_500),
        "deposit": Money(190_000),
    }
    values.update(extra)
    return LeaseInput(**values)  # type: ignore[arg-type]


def _active(
    database: Database, org: int, offices: list[int], start: date, end: date | None, **extra: object
) -> int:
    with database.write() as session:
        lease = leases.create_lease(session, SYSTEM, _input(org, offices, start, end, **extra))
        leases.activate_lease(session, SYSTEM, lease.id)
        return lease.id


# ------------------------------------------------------------------ lifecycle


def test_lifecycle_draft_active_notice_ended(db: Database) -> None:
    hub = _hub(db)
    with db.write() as session:
        draft = leases.create_lease(
            session,
            SYSTEM,
            _input(hub["noordzee"], [hub["zee"], hub["duin"]], date(2026, 1, 1), None),
        )
    assert draft.status is LeaseStatus.DRAFT
    assert draft.office_names == ("Office Duin", "Office Zee")
    with db.write() as session:
        active = leases.activate_lease(session, SYSTEM, draft.id)
    assert active.status is LeaseStatus.ACTIVE
    with db.write() as session:
        noticed = leases.give_notice(session, SYSTEM, draft.id, date(2026, 3, 17), "tenant")
    # notice in March, three months: the end of June
    assert noticed.status is LeaseStatus.NOTICE_GIVEN
    assert noticed.end_date == date(2026, 6, 30)
    assert (noticed.notice_given_on, noticed.notice_given_by) == (date(2026, 3, 17), "tenant")
    with db.write() as session:
        ended = leases.end_lease(session, SYSTEM, draft.id)
    assert ended.status is LeaseStatus.ENDED and ended.end_date == date(2026, 6, 30)
    with db.read() as session:
        actions = session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.entity == "lease", AuditEntry.entity_id == str(draft.id))
            .order_by(AuditEntry.id)
        ).all()
    assert actions == ["create", "activate", "notice", "end"]


def test_ending_by_agreement_comes_before_the_notice_period(db: Database) -> None:
    """Hub and tenant may agree on an earlier end than notice allows; never
    before the agreement, never after a fixed term's end."""
    hub = _hub(db)
    open_ended = _active(db, hub["noordzee"], [hub["zee"]], date(2026, 1, 1), None)
    fixed = _active(db, hub["pier"], [hub["duin"]], date(2026, 1, 1), date(2026, 12, 31))
    for lease_id, ends_on, field in (
        (open_ended, date(2026, 3, 16), "end_date"),  # before the agreement
        (open_ended, None, "end_date"),
        (fixed, date(2027, 1, 31), "end_date"),  # after the term: a renewal
    ):
        with pytest.raises(ValidationError) as refused, db.write() as session:
            leases.give_notice(
                session,
                SYSTEM,
                lease_id,
                date(2026, 3, 17),
                "both parties",
                ends_on=ends_on,
                by_agreement=True,
            )
        assert refused.value.field == field
    with db.read() as session:
        assert leases.get_lease(session, open_ended).status is LeaseStatus.ACTIVE
    with db.write() as session:
        agreed = leases.give_notice(
            session,
            SYSTEM,
            open_ended,
            date(2026, 3, 17),
            "both parties",
            ends_on=date(2026, 3, 31),
            by_agreement=True,
        )
    # three months' notice would run to the end of June
    assert agreed.status is LeaseStatus.NOTICE_GIVEN and agreed.end_date == date(2026, 3, 31)
    with db.write() as session:
        ended = leases.end_lease(session, SYSTEM, open_ended)
    assert ended.status is LeaseStatus.ENDED and ended.end_date == date(2026, 3, 31)
    with db.read() as session:
        changes = session.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.entity == "lease",
                AuditEntry.entity_id == str(open_ended),
                AuditEntry.action == "notice",
            )
        ).one()
    assert "by_agreement" in changes


def test_illegal_transitions_refused_and_nothing_stored(db: Database) -> None:
    hub = _hub(db)
    with db.write() as session:
        draft = leases.create_lease(
            session, SYSTEM, _input(hub["noordzee"], [hub["zee"]], date(2026, 1, 1), None)
        )
    with pytest.raises(ValidationError) as refused, db.write() as session:
        leases.give_notice(session, SYSTEM, draft.id, date(2026, 2, 1), "tenant")
    assert refused.value.field == "status"
    with pytest.raises(ValidationError), db.write() as session:
        leases.end_lease(session, SYSTEM, draft.id, ended_on=date(2026, 2, 1))
    lease_id = _active(db, hub["pier"], [hub["duin"]], date(2026, 1, 1), date(2026, 12, 31))
    with pytest.raises(ValidationError) as again, db.write() as session:
        leases.activate_lease(session, SYSTEM, lease_id)
    assert again.value.field == "status"
    with db.write() as session:
        leases.end_lease(session, SYSTEM, lease_id)
    for action in (
        lambda s: leases.give_notice(s, SYSTEM, lease_id, date(2026, 3, 1), "tenant"),
        lambda s: leases.activate_lease(s, SYSTEM, lease_id),
        lambda s: leases.index_lease(s, SYSTEM, lease_id),
    ):
        with pytest.raises(ValidationError), db.write() as session:
            action(session)
    with db.read() as session:
        assert session.get(Lease, draft.id).status is LeaseStatus.DRAFT  # type: ignore[union-attr]
        assert session.get(Lease, lease_id).status is LeaseStatus.ENDED  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"end_date": date(2025, 12, 31)}, "end_date"),
        ({"rent": Money(-1)}, "rent"),
        ({"service_charge": "-12,50"}, "service_charge"),
        ({"deposit": Money(-100)}, "deposit"),
        ({"notice_months": -1}, "notice_months"),
        ({"base_index": "honderd"}, "base_index"),
    ],
    ids=["end-before-start", "rent", "service", "deposit", "notice", "index"],
)
def test_refusals_at_the_field(db: Database, changes: dict[str, object], field: str) -> None:
    hub = _hub(db)
    values = dict(changes)
    end = values.pop("end_date", None)
    with pytest.raises(ValidationError) as refused, db.write() as session:
        leases.create_lease(
            session,
            SYSTEM,
            _input(hub["noordzee"], [hub["zee"]], date(2026, 1, 1), end, **values),  # type: ignore[arg-type]
        )
    assert refused.value.field == field
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Lease)) == 0


def test_only_private_offices_and_activation_needs_offices(db: Database) -> None:
    hub = _hub(db)
    with pytest.raises(ValidationError) as refused, db.write() as session:
        leases.create_lease(
            session, SYSTEM, _input(hub["noordzee"], [hub["room"]], date(2026, 1, 1), None)
        )
    assert refused.value.field == "offices"
    assert "Room Mesdag" in refused.value.message
    with db.write() as session:
        empty = leases.create_lease(
            session, SYSTEM, _input(hub["noordzee"], [], date(2026, 1, 1), None)
        )
    with pytest.raises(ValidationError) as no_offices, db.write() as session:
        leases.activate_lease(session, SYSTEM, empty.id)
    assert no_offices.value.field == "offices"


def test_notice_after_the_end_refused(db: Database) -> None:
    hub = _hub(db)
    lease_id = _active(db, hub["noordzee"], [hub["zee"]], date(2026, 1, 1), date(2026, 12, 31))
    with pytest.raises(ValidationError) as refused, db.write() as session:
        leases.give_notice(session, SYSTEM, lease_id, date(2027, 1, 5), "tenant")
    assert refused.value.field == "notice_given_on"
    with pytest.raises(ValidationError) as nobody, db.write() as session:
        leases.give_notice(session, SYSTEM, lease_id, date(2026, 5, 5), "  ")
    assert nobody.value.field == "notice_given_by"


def test_reception_may_not_change_leases(db: Database) -> None:
    hub = _hub(db)
    anna = Actor("Anna", None, StaffRole.RECEPTION)
    with pytest.raises(PermissionDenied), db.write() as session:
        leases.create_lease(
            session, anna, _input(hub["noordzee"], [hub["zee"]], date(2026, 1, 1), None)
        )


def test_overlapping_live_lease_refused_naming_the_office(any_db: Database) -> None:
    hub = _hub(any_db)
    _active(any_db, hub["noordzee"], [hub["duin"]], date(2026, 1, 1), date(2026, 12, 31))
    with any_db.write() as session:
        rival = leases.create_lease(
            session, SYSTEM, _input(hub["pier"], [hub["zee"], hub["duin"]], date(2026, 6, 1), None)
        )
    with pytest.raises(LeaseConflict) as refused, any_db.write() as session:
        leases.activate_lease(session, SYSTEM, rival.id)
    assert refused.value.office_name == "Office Duin"
    assert "Office Duin" in str(refused.value)
    with any_db.read() as session:
        assert session.get(Lease, rival.id).status is LeaseStatus.DRAFT  # type: ignore[union-attr]
    # from the day after the first lease ends, it may start
    with any_db.write() as session:
        leases.update_draft(
            session,
            SYSTEM,
            rival.id,
            _input(hub["pier"], [hub["zee"], hub["duin"]], date(2027, 1, 1), None),
        )
        assert leases.activate_lease(session, SYSTEM, rival.id).status is LeaseStatus.ACTIVE


def test_late_notice_that_runs_into_a_successor_is_a_conflict(any_db: Database) -> None:
    hub = _hub(any_db)
    first = _active(any_db, hub["noordzee"], [hub["bos"]], date(2026, 1, 1), date(2026, 12, 31))
    _active(any_db, hub["pier"], [hub["bos"]], date(2027, 1, 1), None)
    # the last notice day was 30 September; notice on 10 December runs to 31 March
    with pytest.raises(LeaseConflict) as refused, any_db.write() as session:
        leases.give_notice(session, SYSTEM, first, date(2026, 12, 10), "hub")
    assert refused.value.office_name == "Office Bos"


# -------------------------------------------------------------------- notice


@pytest.mark.parametrize(
    ("given_on", "months", "ends"),
    [
        (date(2026, 1, 31), 3, date(2026, 4, 30)),
        (date(2026, 1, 1), 3, date(2026, 4, 30)),
        (date(2026, 2, 1), 3, date(2026, 5, 31)),
        (date(2027, 11, 30), 3, date(2028, 2, 29)),  # into a leap February
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2028, 2, 29), 1, date(2028, 3, 31)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2026, 5, 12), 0, date(2026, 5, 31)),
    ],
)
def test_open_ended_notice_ends_at_a_month_end(given_on: date, months: int, ends: date) -> None:
    assert notice_effect(date(2020, 1, 1), None, months, given_on) == ends


@pytest.mark.parametrize(
    ("end", "months", "last_day"),
    [
        (date(2026, 12, 31), 3, date(2026, 9, 30)),
        (date(2026, 4, 30), 3, date(2026, 1, 31)),  # not 30 January: 3 whole months
        (date(2028, 5, 31), 3, date(2028, 2, 29)),  # leap year
        (date(2027, 5, 31), 3, date(2027, 2, 28)),
        (date(2026, 11, 30), 3, date(2026, 8, 31)),
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2026, 6, 14), 2, date(2026, 4, 14)),  # mid-month end: same day number
        (date(2026, 6, 30), 0, date(2026, 6, 30)),
    ],
)
def test_fixed_term_last_notice_day(end: date, months: int, last_day: date) -> None:
    terms = notice_terms(date(2025, 1, 1), end, months, date(2025, 1, 1))
    assert terms is not None
    assert (terms.last_day, terms.ends_on) == (last_day, end)
    # on the last day the notice still ends the lease on time; a day later it runs on
    assert notice_effect(date(2025, 1, 1), end, months, last_day) == end
    late = notice_effect(date(2025, 1, 1), end, months, date.fromordinal(last_day.toordinal() + 1))
    assert late > end or months == 0


def test_notice_terms_of_an_open_ended_lease_and_a_passed_deadline() -> None:
    # open-ended: notice this month ends the lease N months after this month
    terms = notice_terms(date(2024, 2, 29), None, 3, date(2026, 11, 5))
    assert terms is not None and (terms.last_day, terms.ends_on) == (
        date(2026, 11, 30),
        date(2027, 2, 28),
    )
    # a fixed term whose last notice day has passed has no deadline left
    assert notice_terms(date(2026, 1, 1), date(2026, 12, 31), 3, date(2026, 10, 1)) is None


def test_notice_with_a_later_end_than_the_earliest(db: Database) -> None:
    hub = _hub(db)
    lease_id = _active(db, hub["noordzee"], [hub["zee"]], date(2026, 1, 1), None)
    with pytest.raises(ValidationError) as early, db.write() as session:
        leases.give_notice(
            session, SYSTEM, lease_id, date(2026, 3, 17), "tenant", ends_on=date(2026, 5, 31)
        )
    assert early.value.field == "end_date" and "2026-06-30" in early.value.message
    with db.write() as session:
        noticed = leases.give_notice(
            session, SYSTEM, lease_id, date(2026, 3, 17), "tenant", ends_on=date(2026, 12, 31)
        )
    assert noticed.end_date == date(2026, 12, 31)


# ---------------------------------------------------------------- indexation


def test_percentage_indexation_compounds_to_the_cent(db: Database) -> None:
    hub = _hub(db)
    lease_id = _active(
        db,
        hub["noordzee"],
        [hub["zee"]],
        date(2024, 2, 29),
        None,
        rent=Money(100_000),
        indexation_bp=250,
    )
    with db.read() as session:
        due = leases.due_indexations(session, date(2026, 12, 31))
    # a lease starting 29 February has its anniversary on 28 February
    assert [(d.lease_id, d.anniversary, d.rent, d.new_rent) for d in due] == [
        (lease_id, date(2025, 2, 28), Money(100_000), Money(102_500))
    ]
    with db.write() as session:
        for _year in range(4):
            lease = leases.index_lease(session, SYSTEM, lease_id)
    # by hand: 1000.00 * 1.025 = 1025.00; 1025.00 * 1.025 = 1050.625 -> 1050.63;
    # 1050.63 * 1.025 = 1076.89575 -> 1076.90; 1076.90 * 1.025 = 1103.8225 -> 1103.82
    # (compounded without yearly rounding, year 3 would be 1076.89)
    steps = [(s.effective_on, s.rent.cents) for s in lease.rent_steps]
    assert steps == [
        (date(2025, 2, 28), 102_500),
        (date(2026, 2, 28), 105_063),
        (date(2027, 2, 28), 107_690),
        (date(2028, 2, 29), 110_382),
    ]
    assert rent_on(lease, date(2024, 2, 29)) == Money(100_000)
    assert rent_on(lease, date(2026, 2, 27)) == Money(102_500)
    assert rent_on(lease, date(2026, 2, 28)) == Money(105_063)
    assert rent_on(lease, date(2030, 1, 1)) == Money(110_382)
    with db.read() as session:
        assert leases.due_indexations(session, date(2028, 12, 31)) == []
        due_later = leases.due_indexations(session, date(2029, 3, 1))
    assert [d.anniversary for d in due_later] == [date(2029, 2, 28)]


def test_index_figure_indexation(db: Database) -> None:
    hub = _hub(db)
    lease_id = _active(
        db,
        hub["pier"],
        [hub["duin"]],
        date(2025, 1, 1),
        None,
        rent=Money(123_456),
        base_index="100.0",
    )
    with db.read() as session:
        due = leases.due_indexations(session, date(2026, 1, 1))
    assert len(due) == 1 and due[0].index_linked and due[0].new_rent is None
    with pytest.raises(ValidationError) as missing, db.write() as session:
        leases.index_lease(session, SYSTEM, lease_id)
    assert missing.value.field == "index_figure"
    with db.write() as session:
        leases.index_lease(session, SYSTEM, lease_id, index_figure="103,1")
        leases.index_lease(session, SYSTEM, lease_id, index_figure="106.9")
        lease = leases.index_lease(session, SYSTEM, lease_id, index_figure="104.2")
    # by hand: 1234.56 * 103.1 / 100 = 1272.83136 -> 1272.83;
    # 1272.83 * 106.9 / 103.1 = 1319.7432... -> 1319.74;
    # 1319.74 * 104.2 / 106.9 = 1286.40699... -> 1286.41 (the index fell)
    assert [s.rent.cents for s in lease.rent_steps] == [123_456, 127_283, 131_974, 128_641]
    assert lease.base_index == "100.0"
    assert rent_on(lease, date(2027, 12, 31)) == Money(131_974)
    with db.read() as session:
        figures = session.scalars(
            select(RentChange.index_figure)
            .where(RentChange.lease_id == lease_id)
            .order_by(RentChange.effective_on)
        ).all()
    assert figures == ["100.0", "103.1", "106.9", "104.2"]
    # a renewal goes on from the last figure and the rent in force
    with db.write() as session:
        leases.give_notice(session, SYSTEM, lease_id, date(2028, 3, 1), "hub")
        successor = leases.renew_lease(session, SYSTEM, lease_id)
    assert successor.start_date == date(2028, 7, 1)
    assert (successor.base_index, successor.rent) == ("104.2", Money(128_641))


# ------------------------------------------------------------------- renewal


def test_renewal_makes_a_successor_and_the_office_stays_let(any_db: Database) -> None:
    hub = _hub(any_db)
    first = _active(
        any_db,
        hub["noordzee"],
        [hub["zee"], hub["bos"]],
        date(2025, 1, 1),
        date(2026, 12, 31),
        rent=Money(100_000),
        indexation_bp=300,
    )
    with any_db.write() as session:
        leases.record_deposit_received(session, SYSTEM, first, date(2024, 12, 20))
        leases.index_lease(session, SYSTEM, first)  # 2026-01-01: 1030.00
        successor = leases.renew_lease(session, SYSTEM, first, end_date=date(2028, 12, 31))
    assert successor.predecessor_id == first
    assert successor.status is LeaseStatus.ACTIVE
    assert successor.start_date == date(2027, 1, 1)
    assert successor.office_names == ("Office Bos", "Office Zee")
    assert successor.rent == Money(103_000)
    assert successor.deposit_held == Money(190_000)
    with any_db.read() as session:
        for day in (date(2026, 12, 31), date(2027, 1, 1)):
            free = {o.name: o.free_from for o in leases.vacant_offices(session, day)}
            # let without a gap: free only after the successor ends
            assert free["Office Zee"] == free["Office Bos"] == date(2029, 1, 1)
            assert free["Office Duin"] == day
        overview = {row.lease_id: row for row in leases.lease_overview(session, date(2026, 6, 1))}
    # the deposit is held once: by the successor
    assert overview[first].deposit_held == Money(0)
    assert overview[successor.id].deposit_held == Money(190_000)
    with pytest.raises(ValidationError), any_db.write() as session:
        leases.renew_lease(session, SYSTEM, first)


def test_open_ended_lease_is_not_renewed(db: Database) -> None:
    hub = _hub(db)
    lease_id = _active(db, hub["noordzee"], [hub["zee"]], date(2026, 1, 1), None)
    with pytest.raises(ValidationError) as refused, db.write() as session:
        leases.renew_lease(session, SYSTEM, lease_id)
    assert refused.value.field == "end_date"


# ----------------------------------------------------------------- read side


def test_overview_calendar_and_vacancy_of_a_small_hub(db: Database) -> None:
    hub = _hub(db)
    today = date(2026, 6, 10)
    # Noordzee: Office Zee, fixed term to the end of the year, 3 months' notice
    fixed = _active(
        db, hub["noordzee"], [hub["zee"]], date(2025, 1, 1), date(2026, 12, 31), indexation_bp=200
    )
    # Pier: Office Duin open-ended, notice given in May (ends 31 August)
    open_ended = _active(db, hub["pier"], [hub["duin"]], date(2024, 3, 1), None, notice_months=3)
    with db.write() as session:
        leases.give_notice(session, SYSTEM, open_ended, date(2026, 5, 20), "tenant")
        leases.index_lease(session, SYSTEM, fixed)  # 2026-01-01: 950.00 -> 969.00
        leases.record_deposit_received(session, SYSTEM, fixed, date(2024, 12, 1))
        # an ended lease and a draft do not count
        old = leases.create_lease(
            session, SYSTEM, _input(hub["pier"], [hub["bos"]], date(2020, 1, 1), date(2023, 12, 31))
        )
        leases.activate_lease(session, SYSTEM, old.id)
        leases.end_lease(session, SYSTEM, old.id)
        leases.create_lease(
            session, SYSTEM, _input(hub["pier"], [hub["bos"]], date(2026, 9, 1), None)
        )
    with db.read() as session:
        overview = leases.lease_overview(session, today)
        calendar3 = leases.notice_calendar(session, today, 3)
        calendar12 = leases.notice_calendar(session, today, 12)
        vacant = leases.vacant_offices(session, today)
    rows = {row.lease_id: row for row in overview}
    assert set(rows) == {fixed, open_ended}
    zee = rows[fixed]
    assert (zee.organisation_name, zee.office_names) == ("Stichting Noordzee", ("Office Zee",))
    assert (zee.rent, zee.service_charge, zee.end_date) == (
        Money(96_900),
        Money(12_500),
        date(2026, 12, 31),
    )
    assert (zee.last_notice_day, zee.ends_on_notice) == (date(2026, 9, 30), date(2026, 12, 31))
    assert zee.deposit_held == Money(190_000)
    duin = rows[open_ended]
    assert duin.status is LeaseStatus.NOTICE_GIVEN
    assert (duin.end_date, duin.last_notice_day, duin.deposit_held) == (
        date(2026, 8, 31),
        None,
        Money(0),
    )
    assert [(e.day, e.kind, e.lease_id) for e in calendar3] == [
        (date(2026, 8, 31), "end", open_ended)
    ]
    assert [(e.day, e.kind, e.lease_id) for e in calendar12] == [
        (date(2026, 8, 31), "end", open_ended),
        (date(2026, 9, 30), "notice_deadline", fixed),
        (date(2026, 12, 31), "end", fixed),
    ]
    assert [(o.name, o.free_from, o.free_until) for o in vacant] == [
        ("Office Bos", today, None),
        ("Office Duin", date(2026, 9, 1), None),
        ("Office Zee", date(2027, 1, 1), None),
    ]


def test_vacancy_until_the_next_lease(db: Database) -> None:
    hub = _hub(db)
    _active(db, hub["noordzee"], [hub["bos"]], date(2026, 1, 1), date(2026, 6, 30))
    _active(db, hub["pier"], [hub["bos"]], date(2026, 7, 1), date(2026, 9, 30))
    _active(db, hub["pier"], [hub["zee"], hub["duin"]], date(2027, 1, 1), None)
    with db.read() as session:
        vacant = leases.vacant_offices(session, date(2026, 3, 1))
    assert [(o.name, o.free_from, o.free_until) for o in vacant] == [
        ("Office Duin", date(2026, 3, 1), date(2026, 12, 31)),
        ("Office Zee", date(2026, 3, 1), date(2026, 12, 31)),
        ("Office Bos", date(2026, 10, 1), None),
    ]


def test_deposit_received_and_returned(db: Database) -> None:
    hub = _hub(db)
    lease_id = _active(db, hub["noordzee"], [hub["zee"]], date(2026, 1, 1), date(2026, 12, 31))
    with pytest.raises(ValidationError) as never, db.write() as session:
        leases.record_deposit_returned(session, SYSTEM, lease_id, date(2027, 1, 15), Money(1))
    assert never.value.field == "deposit_returned_on"
    with db.write() as session:
        held = leases.record_deposit_received(session, SYSTEM, lease_id, date(2025, 12, 15))
    assert held.deposit_held == Money(190_000)
    for returned_on, amount, field in (
        (date(2025, 12, 1), Money(100), "deposit_returned_on"),
        (date(2027, 1, 15), Money(190_001), "deposit_returned"),
        (date(2027, 1, 15), "-5", "deposit_returned"),
    ):
        with pytest.raises(ValidationError) as refused, db.write() as session:
            leases.record_deposit_returned(session, SYSTEM, lease_id, returned_on, amount)
        assert refused.value.field == field
    with db.write() as session:
        back = leases.record_deposit_returned(
            session, SYSTEM, lease_id, date(2027, 1, 15), "1.750,00"
        )
    assert (back.deposit_returned, back.deposit_held) == (Money(175_000), Money(0))


def test_a_draft_becomes_index_linked_and_its_base_follows_the_start(db: Database) -> None:
    hub = _hub(db)
    with db.write() as session:
        draft = leases.create_lease(
            session, SYSTEM, _input(hub["noordzee"], [hub["zee"]], date(2026, 1, 1), None)
        )
    assert not draft.index_linked
    with db.write() as session:
        changed = leases.update_draft(
            session,
            SYSTEM,
            draft.id,
            _input(hub["noordzee"], [hub["duin"]], date(2026, 2, 1), None, base_index=" 118,30 "),
        )
    assert changed.office_names == ("Office Duin",)
    assert changed.base_index == "118.30" and changed.index_linked
    assert [(s.effective_on, s.rent) for s in changed.rent_steps] == [
        (date(2026, 2, 1), Money(95_000))
    ]
    with db.read() as session:
        audit = session.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.entity == "lease", AuditEntry.action == "update"
            )
        ).one()
    assert audit["base_index"] == ["", "118.30"]
    assert audit["start_date"] == ["2026-01-01", "2026-02-01"]


def _selects(database: Database, read: Callable[[Session], object]) -> int:
    """How many SELECT statements ``read`` runs."""
    seen: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    with database.read() as session:
        event.listen(database.engine, "before_cursor_execute", count)
        try:
            read(session)
        finally:
            event.remove(database.engine, "before_cursor_execute", count)
    return len(seen)


def test_the_read_side_runs_a_fixed_number_of_queries(db: Database) -> None:
    hub = _hub(db)
    today = date(2026, 6, 10)
    reads: dict[str, Callable[[Session], object]] = {
        "overview": lambda s: leases.lease_overview(s, today),
        "calendar": lambda s: leases.notice_calendar(s, today, 12),
        "vacant": lambda s: leases.vacant_offices(s, today),
        "due": lambda s: leases.due_indexations(s, today),
    }
    _active(db, hub["noordzee"], [hub["zee"]], date(2025, 1, 1), date(2026, 12, 31))
    few = {name: _selects(db, read) for name, read in reads.items()}
    for year in range(2015, 2025):
        _active(
            db,
            hub["pier"],
            [hub["duin"], hub["bos"]],
            date(year, 1, 1),
            date(year, 12, 31),
            indexation_bp=100,
        )
    with db.write() as session:
        current = leases.create_lease(
            session, SYSTEM, _input(hub["pier"], [hub["duin"]], date(2025, 1, 1), None)
        )
        leases.activate_lease(session, SYSTEM, current.id)
    many = {name: _selects(db, read) for name, read in reads.items()}
    assert many == few
    assert min(many.values()) >= 1 and max(many.values()) <= 3
