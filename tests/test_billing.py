"""The invoice run, to the cent: hand-computed months, re-runs that bill
nothing twice, issuing with gapless numbers, credit notes and payments."""

from __future__ import annotations

import multiprocessing
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event, func, select

from hubdesk.db import Database
from hubdesk.domain.enums import InvoiceStatus, OrganisationKind, PaymentMethod, SpaceKind
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.models import (
    DayPass,
    Invoice,
    InvoiceLine,
    NumberSequence,
    OneOffCharge,
    Organisation,
)
from hubdesk.domain.money import Money
from hubdesk.services import billing, leases, plans
from hubdesk.services.audit import SYSTEM
from hubdesk.services.billing import Month, PaymentState
from hubdesk.services.leases import LeaseInput
from hubdesk.services.plans import MembershipInput, PlanInput
from hubdesk.services.progress import Cancelled
from tests.helpers import T0, add_space, complete_hub_details

SEPTEMBER = Month(date(2026, 9, 1))  # 30 days
OCTOBER = Month(date(2026, 10, 1))  # 31 days
TODAY = date(2026, 11, 2)


@dataclass
class Hub:
    noordzee: int
    kustlab: int
    office: int
    exempt: int
    high: int


def _organisation(session: Any, name: str, **extra: Any) -> int:
    values: dict[str, Any] = {
        "name": name,
        "kind": OrganisationKind.NGO,
        "billing_address": "Laan van Meerdervoort 1",
        "postcode": "2517 AA",
        "city": "Den Haag",
        "created_at": T0,
    }
    values.update(extra)
    organisation = Organisation(**values)
    session.add(organisation)
    session.flush()
    return organisation.id


def billing_hub(db: Database) -> Hub:
    with db.write() as s:
        complete_hub_details(s)
        office = add_space(s, "Office 1.06", SpaceKind.PRIVATE_OFFICE, capacity=4).id
        noordzee = _organisation(s, "Stichting Noordzee")
        kustlab = _organisation(
            s,
            "Kustlab Vlaanderen BV",
            kind=OrganisationKind.STARTUP,
            country="BE",
            vat_id="BE0123456749",
            city="Antwerpen",
        )
        from hubdesk.domain.models import VatCategory

        codes = dict(s.execute(select(VatCategory.code, VatCategory.id)).all())
        return Hub(noordzee, kustlab, office, codes["exempt"], codes["high"])


def lease_from_17_september(db: Database, hub: Hub) -> int:
    data = LeaseInput(
        organisation_id=hub.noordzee,
        office_ids=[hub.office],
        start_date=date(2026, 9, 17),
        rent=Money(90_000),
        service_charge=Money(15_000),
        rent_vat_category_id=hub.exempt,
        service_vat_category_id=hub.high,
        deposit=Money(270_000),
    )
    with db.write() as s:
        lease = leases.create_lease(s, SYSTEM, data)
        leases.activate_lease(s, SYSTEM, lease.id)
        return lease.id


def _run(db: Database, month: Month) -> billing.RunResult:
    with db.write() as s:
        return billing.run_month(s, SYSTEM, month, today=TODAY)


def _lines(db: Database, organisation_id: int, month: Month) -> list[tuple[str, Money, str, int]]:
    with db.read() as s:
        rows = s.execute(
            select(
                InvoiceLine.description,
                InvoiceLine.amount,
                InvoiceLine.vat_category_code,
                InvoiceLine.vat_rate_bp,
            )
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(Invoice.organisation_id == organisation_id, Invoice.run_month == month.key)
            .order_by(Invoice.id, InvoiceLine.position)
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def _invoice(db: Database, organisation_id: int, month: Month) -> Invoice:
    with db.read() as s:
        found = s.scalars(
            select(Invoice).where(
                Invoice.organisation_id == organisation_id, Invoice.run_month == month.key
            )
        ).one()
        s.expunge(found)
        return found


# ------------------------------------------------------------ hand computations


def test_a_lease_from_the_17th_of_a_30_day_month(db: Database) -> None:
    """14 of 30 days: rent 900.00 -> 420.00 (exempt), service charge 150.00
    -> 70.00 + 21 % = 14.70; total 504.70."""
    hub = billing_hub(db)
    lease_from_17_september(db, hub)
    result = _run(db, SEPTEMBER)
    assert result.drafts_made == 1 and result.lines_added == 2
    assert _lines(db, hub.noordzee, SEPTEMBER) == [
        (
            "Rent Office 1.06, 17 Sep 2026 to 30 Sep 2026 (14 of 30 days)",
            Money(42_000),
            "exempt",
            0,
        ),
        (
            "Service charge Office 1.06, 17 Sep 2026 to 30 Sep 2026 (14 of 30 days)",
            Money(7_000),
            "high",
            2100,
        ),
    ]
    invoice = _invoice(db, hub.noordzee, SEPTEMBER)
    assert (invoice.net_total, invoice.vat_total, invoice.gross_total) == (
        Money(49_000),
        Money(1_470),
        Money(50_470),
    )
    # October: the whole month
    _run(db, OCTOBER)
    assert [amount for _d, amount, _c, _r in _lines(db, hub.noordzee, OCTOBER)] == [
        Money(90_000),
        Money(15_000),
    ]


def test_a_plan_change_on_the_11th_gives_two_prorated_lines(db: Database) -> None:
    """October has 31 days: 10 days of 100.00 = 32.26 (32.258...), 21 days of
    200.00 = 135.48 (135.483...)."""
    hub = billing_hub(db)
    with db.write() as s:
        small = plans.create_plan(
            s, SYSTEM, PlanInput("Flex 4", "flex", "100.00", "high", included_flex_days=4)
        ).id
        large = plans.create_plan(
            s, SYSTEM, PlanInput("Flex 8", "flex", "200.00", "high", included_flex_days=8)
        ).id
        first = plans.create_membership(
            s,
            SYSTEM,
            MembershipInput(
                plan_id=small, start_date=date(2026, 1, 1), organisation_id=hub.noordzee
            ),
        )
        plans.change_plan(s, SYSTEM, first.id, large, date(2026, 10, 11))
    _run(db, OCTOBER)
    lines = _lines(db, hub.noordzee, OCTOBER)
    assert [(d, a) for d, a, _c, _r in lines] == [
        ("Membership Flex 4, 1 Oct 2026 to 10 Oct 2026 (10 of 31 days)", Money(3_226)),
        ("Membership Flex 8, 11 Oct 2026 to 31 Oct 2026 (21 of 31 days)", Money(13_548)),
    ]
    invoice = _invoice(db, hub.noordzee, OCTOBER)
    assert invoice.vat_total == Money(3_523)  # 21 % of 167.74 = 35.2254


def test_reverse_charge_for_an_eu_business_customer(db: Database) -> None:
    hub = billing_hub(db)
    with db.write() as s:
        plan = plans.create_plan(
            s, SYSTEM, PlanInput("Virtual", "virtual_office", "80.00", "high")
        ).id
        plans.create_membership(
            s,
            SYSTEM,
            MembershipInput(plan_id=plan, start_date=date(2026, 1, 1), organisation_id=hub.kustlab),
        )
    _run(db, OCTOBER)
    assert _lines(db, hub.kustlab, OCTOBER) == [
        ("Membership Virtual, Oct 2026", Money(8_000), "reverse", 0)
    ]
    assert _invoice(db, hub.kustlab, OCTOBER).gross_total == Money(8_000)


def test_a_future_month_is_refused(db: Database) -> None:
    billing_hub(db)
    with pytest.raises(ValidationError) as refused, db.write() as s:
        billing.run_month(s, SYSTEM, Month(date(2026, 12, 1)), today=TODAY)
    assert refused.value.field == "month"


# ---------------------------------------------------------------------- re-runs


def test_running_a_month_again_bills_nothing_twice_and_adds_what_was_missing(
    db: Database,
) -> None:
    hub = billing_hub(db)
    lease_from_17_september(db, hub)
    _run(db, SEPTEMBER)
    again = _run(db, SEPTEMBER)
    assert (again.drafts_made, again.lines_added, again.lines_changed, again.lines_removed) == (
        0,
        0,
        0,
        0,
    )
    with db.write() as s:
        s.add(
            DayPass(
                valid_on=date(2026, 9, 22),
                name="Kim Jansen",
                price=Money(2_750),
                vat_category_id=hub.high,
                paid_with=PaymentMethod.INVOICE,
                invoice_organisation_id=hub.noordzee,
                sold_at=T0,
            )
        )
    third = _run(db, SEPTEMBER)
    assert third.lines_added == 1 and third.drafts_made == 0
    assert [d for d, _a, _c, _r in _lines(db, hub.noordzee, SEPTEMBER)][-1] == (
        "Day pass, Kim Jansen, 22 Sep 2026"
    )
    # issued: a new source goes on a new draft, the issued invoice stays as it was
    invoice_id = _invoice(db, hub.noordzee, SEPTEMBER).id
    with db.write() as s:
        billing.issue(s, SYSTEM, [invoice_id], today=TODAY)
        s.add(
            OneOffCharge(
                organisation_id=hub.noordzee,
                charge_on=date(2026, 9, 30),
                description="Extra keys",
                unit_price=Money(1_500),
                vat_category_id=hub.high,
            )
        )
    fourth = _run(db, SEPTEMBER)
    assert fourth.drafts_made == 1 and fourth.lines_added == 1
    with db.read() as s:
        keys = s.scalars(select(InvoiceLine.source_key)).all()
    assert len(keys) == len(set(keys)) == 4


def test_a_draft_follows_its_sources(db: Database) -> None:
    """A changed source changes its draft line; a gone one leaves the draft;
    a line added by hand stays."""
    hub = billing_hub(db)
    lease_id = lease_from_17_september(db, hub)
    _run(db, SEPTEMBER)
    invoice = _invoice(db, hub.noordzee, SEPTEMBER)
    with db.write() as s:
        billing.add_line(
            s,
            SYSTEM,
            invoice.id,
            billing.LineInput("Coffee for the opening", "2", "12.50", hub.high),
        )
        from hubdesk.domain.models import Lease

        s.get(Lease, lease_id).service_charge = Money(0)  # type: ignore[union-attr]
    result = _run(db, SEPTEMBER)
    assert result.lines_removed == 1
    assert [a for _d, a, _c, _r in _lines(db, hub.noordzee, SEPTEMBER)] == [
        Money(42_000),
        Money(2_500),
    ]


# ---------------------------------------------------------------------- issuing


def test_issuing_numbers_without_gaps_and_refuses_with_a_list(db: Database) -> None:
    hub = billing_hub(db)
    lease_from_17_september(db, hub)
    with db.write() as s:
        plan = plans.create_plan(s, SYSTEM, PlanInput("Community", "community", "25.00", "high")).id
        homeless = _organisation(s, "Zonder Adres", billing_address="", city="")
        for org in (hub.kustlab, homeless):
            plans.create_membership(
                s,
                SYSTEM,
                MembershipInput(plan_id=plan, start_date=date(2026, 1, 1), organisation_id=org),
            )
    drafts = _run(db, SEPTEMBER).drafts
    assert len(drafts) == 3
    with pytest.raises(ValidationError) as refused, db.write() as s:
        billing.issue(s, SYSTEM, drafts, today=TODAY)
    assert "Zonder Adres: no billing address" in str(refused.value)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(NumberSequence)) == 0
        assert set(s.scalars(select(Invoice.status))) == {InvoiceStatus.DRAFT}
    ready = [d for d in drafts if _invoice_org(db, d) != homeless]
    with db.write() as s:
        issued = billing.issue(s, SYSTEM, ready, today=TODAY)
    assert issued.numbers == ("2026-00001", "2026-00002")
    with db.read() as s:
        invoice = s.get(Invoice, issued.invoice_ids[0])
        assert invoice is not None
        assert (invoice.issue_date, invoice.due_date) == (TODAY, TODAY + timedelta(days=14))
    with pytest.raises(ValidationError), db.write() as s:
        billing.add_line(
            s, SYSTEM, issued.invoice_ids[0], billing.LineInput("x", "1", "1", hub.high)
        )


def _invoice_org(db: Database, invoice_id: int) -> int | None:
    with db.read() as s:
        return s.scalar(select(Invoice.organisation_id).where(Invoice.id == invoice_id))


class _StopAfter:
    def __init__(self, steps: int) -> None:
        self.steps = steps
        self.seen = 0

    def advance(self, done: int, total: int) -> None:
        self.seen += 1  # one more invoice numbered

    def cancelled(self) -> bool:
        return self.seen >= self.steps


def test_a_cancelled_issue_uses_no_number(db: Database) -> None:
    hub = billing_hub(db)
    lease_from_17_september(db, hub)
    with db.write() as s:
        plan = plans.create_plan(s, SYSTEM, PlanInput("Community", "community", "25.00", "high")).id
        plans.create_membership(
            s,
            SYSTEM,
            MembershipInput(plan_id=plan, start_date=date(2026, 1, 1), organisation_id=hub.kustlab),
        )
    drafts = _run(db, SEPTEMBER).drafts
    with pytest.raises(Cancelled), db.write() as s:
        billing.issue(s, SYSTEM, drafts, today=TODAY, progress=_StopAfter(1))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(NumberSequence)) == 0
        assert s.scalar(select(func.count()).where(Invoice.number.is_not(None))) == 0
    with db.write() as s:
        assert billing.issue(s, SYSTEM, drafts, today=TODAY).numbers[0] == "2026-00001"


def test_an_empty_invoice_is_not_issued(db: Database) -> None:
    hub = billing_hub(db)
    with db.write() as s:
        empty = Invoice(
            organisation_id=hub.noordzee,
            period_start=date(2026, 9, 1),
            period_end=date(2026, 9, 30),
            billing_name="Stichting Noordzee",
            created_at=T0,
        )
        s.add(empty)
        s.flush()
        empty_id = empty.id
    with pytest.raises(ValidationError) as refused, db.write() as s:
        billing.issue(s, SYSTEM, [empty_id], today=TODAY)
    assert "no lines" in str(refused.value)


# --------------------------------------------------------- credit notes, payments


def test_credit_one_line_then_pay_the_rest(db: Database) -> None:
    hub = billing_hub(db)
    lease_from_17_september(db, hub)
    _run(db, SEPTEMBER)
    invoice = _invoice(db, hub.noordzee, SEPTEMBER)
    with db.write() as s:
        billing.issue(s, SYSTEM, [invoice.id], today=TODAY)
        service_line = s.scalars(
            select(InvoiceLine.id).where(
                InvoiceLine.invoice_id == invoice.id, InvoiceLine.vat_category_code == "high"
            )
        ).one()
        note_id = billing.credit(
            s, SYSTEM, invoice.id, "Service charge waived", line_ids=[service_line], today=TODAY
        )
    with db.read() as s:
        from hubdesk.domain.models import CreditNote

        note = s.get(CreditNote, note_id)
        assert note is not None
        assert note.number == "C2026-00001"
        assert (note.net_total, note.vat_total, note.gross_total) == (
            Money(-7_000),
            Money(-1_470),
            Money(-8_470),
        )
    with pytest.raises(ValidationError), db.write() as s:
        billing.credit(s, SYSTEM, invoice.id, "again", line_ids=[service_line], today=TODAY)
    with db.read() as s:
        (found,) = billing.list_invoices(s, month=SEPTEMBER.key, today=TODAY)
    assert found.state is PaymentState.OPEN and found.open_amount == Money(42_000)
    with db.write() as s:
        billing.record_payment(s, SYSTEM, invoice.id, TODAY, "200,00", "bank_transfer", "part")
    with db.read() as s:
        (found,) = billing.list_invoices(s, today=TODAY + timedelta(days=30))
        late = billing.overdue(s, TODAY + timedelta(days=30))
    assert found.state is PaymentState.OVERDUE and found.open_amount == Money(22_000)
    assert late == [(found, 16)]
    with db.write() as s:
        billing.record_payment(s, SYSTEM, invoice.id, TODAY, "220.00", "bank_transfer")
    with db.read() as s:
        (found,) = billing.list_invoices(s, today=TODAY + timedelta(days=30))
    assert found.state is PaymentState.PAID
    # the list leaves the stored PDFs where they are
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        with db.read() as s:
            billing.list_invoices(s, today=TODAY)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert any("FROM invoices" in statement for statement in statements)
    assert not any("invoices.pdf" in statement for statement in statements)


# ---------------------------------------------------------- two desks issuing


def _drafts(session: Any, count: int) -> list[int]:
    """``count`` drafts of one line each, for organisations of their own."""
    ids = []
    for n in range(count):
        name = f"Organisation {n:02d}"
        invoice = Invoice(
            organisation_id=_organisation(session, name),
            period_start=date(2026, 9, 1),
            period_end=date(2026, 9, 30),
            billing_name=name,
            created_at=T0,
        )
        session.add(invoice)
        session.flush()
        session.add(
            InvoiceLine(
                invoice_id=invoice.id,
                position=1,
                description="Membership",
                unit_price=Money(1_000),
                amount=Money(1_000),
                vat_category_code="high",
                vat_rate_bp=2100,
            )
        )
        ids.append(invoice.id)
    return ids


def test_issuing_a_month_at_once(any_db: Database) -> None:
    """Thirty drafts in one issue: one block of numbers, totals computed,
    one audit entry naming them (SQLite and PostgreSQL)."""
    from hubdesk.domain.models import AuditEntry

    with any_db.write() as s:
        complete_hub_details(s)
        ids = _drafts(s, 30)
    with any_db.write() as s:
        issued = billing.issue(s, SYSTEM, ids, today=TODAY)
    assert issued.numbers == tuple(f"2026-{n:05d}" for n in range(1, 31))
    with any_db.read() as s:
        totals_ = set(s.execute(select(Invoice.net_total, Invoice.vat_total)).all())
        entity_id, changes = s.execute(
            select(AuditEntry.entity_id, AuditEntry.changes).where(AuditEntry.action == "issue")
        ).one()
    assert totals_ == {(Money(1_000), Money(210))}
    assert entity_id == "2026-00001..2026-00030"
    assert changes["invoice_ids"][1] == ids


def _issuer(url: str, invoice_ids: list[int], barrier: Any, results: Any) -> None:
    database = Database.open(url)
    numbers: list[str] = []
    barrier.wait()
    for invoice_id in invoice_ids:
        with database.write() as session:
            numbers += billing.issue(session, SYSTEM, [invoice_id], today=TODAY).numbers
    database.close()
    results.put(numbers)


def test_two_processes_issuing_at_once_give_one_gapless_sequence(any_db: Database) -> None:
    with any_db.write() as s:
        complete_hub_details(s)
        high = s.scalar(select(func.min(InvoiceLine.id)))  # none yet
        assert high is None
        ids = []
        for n in range(30):
            org = _organisation(s, f"Organisation {n:02d}")
            invoice = Invoice(
                organisation_id=org,
                period_start=date(2026, 9, 1),
                period_end=date(2026, 9, 30),
                billing_name=f"Organisation {n:02d}",
                created_at=T0,
                gross_total=Money(1_000),
                net_total=Money(1_000),
            )
            s.add(invoice)
            s.flush()
            s.add(
                InvoiceLine(
                    invoice_id=invoice.id,
                    position=1,
                    description="Membership",
                    unit_price=Money(1_000),
                    amount=Money(1_000),
                    vat_category_code="exempt",
                    vat_rate_bp=0,
                )
            )
            ids.append(invoice.id)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    desks = [
        context.Process(target=_issuer, args=(any_db.url, ids[n::2], barrier, results))
        for n in range(2)
    ]
    for desk in desks:
        desk.start()
    numbers = [number for _ in desks for number in results.get(timeout=240)]
    for desk in desks:
        desk.join(timeout=60)
    assert sorted(numbers) == [f"2026-{n:05d}" for n in range(1, 31)]


def test_meeting_room_hours_beyond_the_allowance(db: Database) -> None:
    """Two room hours a month included; a three-hour booking at € 45.00 an
    hour bills the third hour: 45.00 + 21 %."""
    from hubdesk.services.bookings import BookingRequest, create_booking
    from tests.helpers import at

    hub = billing_hub(db)
    with db.write() as s:
        room = add_space(s, "Room Mesdag").id
        plan = plans.create_plan(
            s,
            SYSTEM,
            PlanInput("Flex 4", "flex", "100.00", "high", included_room_minutes=120),
        ).id
        plans.create_membership(
            s,
            SYSTEM,
            MembershipInput(
                plan_id=plan, start_date=date(2026, 1, 1), organisation_id=hub.noordzee
            ),
        )
        monday = date(2026, 10, 5)
        booking = create_booking(
            s,
            BookingRequest(
                space_id=room,
                start_at=at(monday, 9),
                end_at=at(monday, 12),
                title="Strategy day",
                organisation_id=hub.noordzee,
                customer_name="",
            ),
            SYSTEM,
        )
        assert booking.billable and booking.price == Money(4_500)
    _run(db, OCTOBER)
    assert _lines(db, hub.noordzee, OCTOBER) == [
        ("Membership Flex 4, Oct 2026", Money(10_000), "high", 2100),
        ("Room Mesdag, 5 Oct 2026 09:00\u201312:00 (Strategy day)", Money(4_500), "high", 2100),
    ]
    assert _invoice(db, hub.noordzee, OCTOBER).gross_total == Money(17_545)


def test_pdfs_drawn_on_every_core_are_stored_and_reproducible(db: Database) -> None:
    """Issuing 45 invoices draws their PDFs in worker processes after the
    numbers are committed; each stored PDF is byte for byte the one the rows
    give."""
    from hubdesk.app import Core
    from hubdesk.reports.invoice_batch import WORKERS_FROM
    from hubdesk.reports.invoices import invoice_pdf

    with db.write() as s:
        complete_hub_details(s)
        ids = []
        for n in range(WORKERS_FROM + 5):
            name = f"Organisation {n:02d}"
            invoice = Invoice(
                organisation_id=_organisation(s, name),
                run_month="2026-09",
                period_start=date(2026, 9, 1),
                period_end=date(2026, 9, 30),
                billing_name=name,
                created_at=T0,
            )
            s.add(invoice)
            s.flush()
            s.add(
                InvoiceLine(
                    invoice_id=invoice.id,
                    position=1,
                    description=f"Membership {n}",
                    unit_price=Money(1_000 + n),
                    amount=Money(1_000 + n),
                    vat_category_code="high",
                    vat_rate_bp=2100,
                )
            )
            ids.append(invoice.id)
    core = Core(db)
    issued = core.issue_invoices(SYSTEM, ids, today=TODAY)
    assert len(issued.numbers) == len(ids)
    with db.read() as s:
        assert billing.without_pdf(s) == []
        for invoice_id in (ids[0], ids[-1]):
            stored = billing.stored_pdf(s, invoice_id)
            assert stored is not None and stored == invoice_pdf(s, invoice_id, use_stored=False)
            assert invoice_pdf(s, invoice_id) == stored


def _slow_issuer(url: str, invoice_ids: list[int], started: Any) -> None:
    """Issues, and stops halfway for good (the test kills it there)."""
    import time

    class Halfway:
        def advance(self, done: int, total: int) -> None:
            if done == 5:
                started.set()
                time.sleep(120)

        def cancelled(self) -> bool:
            return False

    database = Database.open(url)
    with database.write() as session:
        billing.issue(session, SYSTEM, invoice_ids, today=TODAY, progress=Halfway())


def test_a_killed_issue_leaves_no_number_used_and_no_half_invoice(any_db: Database) -> None:
    with any_db.write() as s:
        complete_hub_details(s)
        ids = _drafts(s, 12)
    context = multiprocessing.get_context("spawn")
    started = context.Event()
    desk = context.Process(target=_slow_issuer, args=(any_db.url, ids, started))
    desk.start()
    assert started.wait(120), "the issuing process did not get halfway"
    desk.kill()
    desk.join(timeout=60)
    with any_db.read() as s:
        assert s.scalar(select(func.coalesce(func.max(NumberSequence.last_value), 0))) == 0
        assert set(s.scalars(select(Invoice.status))) == {InvoiceStatus.DRAFT}
        assert s.scalar(select(func.count()).where(Invoice.number.is_not(None))) == 0
    with any_db.write() as s:
        assert billing.issue(s, SYSTEM, ids, today=TODAY).numbers[0] == "2026-00001"


def test_a_draft_says_what_changed_since_the_month_before(db: Database) -> None:
    """September has 14 days of rent; October the whole month, and a new
    membership."""
    hub = billing_hub(db)
    lease_from_17_september(db, hub)
    _run(db, SEPTEMBER)
    with db.write() as s:
        plan = plans.create_plan(s, SYSTEM, PlanInput("Community", "community", "25.00", "high")).id
        plans.create_membership(
            s,
            SYSTEM,
            MembershipInput(
                plan_id=plan, start_date=date(2026, 10, 1), organisation_id=hub.noordzee
            ),
        )
    _run(db, OCTOBER)
    october = _invoice(db, hub.noordzee, OCTOBER)
    with db.read() as s:
        change = billing.change_since_last_month(s, october.id)
        first = billing.change_since_last_month(s, _invoice(db, hub.noordzee, SEPTEMBER).id)
    assert change is not None and first is not None
    assert change.previous_gross == Money(50_470)
    assert change.gross == october.gross_total
    assert change.added == ("Membership Community, Oct 2026",)
    assert change.gone == ()
    assert first.previous_numbers == () and first.previous_gross == Money(0)
