"""The revenue report to the cent, on SQLite and PostgreSQL: invoices issued
through the billing service in two months, a draft, a credit note in the
month after its invoice, payments, and what is open and overdue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event, select

from hubdesk.db import Database
from hubdesk.domain.enums import OrganisationKind
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.models import (
    CreditNote,
    CreditNoteLine,
    Invoice,
    InvoiceLine,
    Organisation,
)
from hubdesk.domain.money import Money
from hubdesk.domain.periods import MAX_REPORT_DAYS, Grain
from hubdesk.services import billing
from hubdesk.services.audit import SYSTEM
from hubdesk.services.revenue import revenue_report
from tests.helpers import T0, complete_hub_details

JANUARY, FEBRUARY = date(2026, 1, 1), date(2026, 2, 28)
#: Invoices are due 14 days after issue (the default payment term).
AS_OF = date(2026, 2, 15)

# (product, description, quantity in thousandths, unit price in cents, VAT code, rate)
Line = tuple[str, str, int, int, str, int]
RENT: Line = ("rent", "Rent office 1.06", 1000, 90_000, "exempt", 0)
MEMBERSHIP_NGO: Line = ("membership", "Membership Resident", 1000, 25_000, "high", 2100)
MEMBERSHIP_STARTUP: Line = ("membership", "Membership Flex", 1000, 19_500, "high", 2100)


@dataclass
class Books:
    noordzee: int
    kustlab: int
    december: int
    first: int
    second: int
    third: int
    draft: int
    room_line: int


def _organisation(session: Any, name: str, kind: OrganisationKind) -> int:
    organisation = Organisation(
        name=name,
        kind=kind,
        billing_address="Laan van Meerdervoort 1",
        postcode="2517 AA",
        city="Den Haag",
        created_at=T0,
    )
    session.add(organisation)
    session.flush()
    return organisation.id


def _draft(session: Any, organisation_id: int, month: date, lines: list[Line]) -> int:
    invoice = Invoice(
        organisation_id=organisation_id,
        period_start=month,
        period_end=month + timedelta(days=27),
        billing_name="customer",
        created_at=T0,
    )
    session.add(invoice)
    session.flush()
    for position, (product, text, milli, price, code, rate) in enumerate(lines, start=1):
        session.add(
            InvoiceLine(
                invoice_id=invoice.id,
                position=position,
                description=text,
                quantity_milli=milli,
                unit_price=Money(price),
                amount=Money(price * milli // 1000),
                vat_category_code=code,
                vat_rate_bp=rate,
                product=product,
            )
        )
    session.flush()
    return invoice.id


def _books(db: Database) -> Books:
    """
    December (outside the report), issued 15 Dec 2025, paid in full:
      membership 195.00 + 21 % 40.95                     gross 235.95
    First, Noordzee, issued 5 Jan (due 19 Jan):
      rent 900.00 (exempt), membership 250.00, meeting room 3 h x 45.00 = 135.00
      net 1,285.00; VAT 21 % of 385.00 = 80.85;           gross 1,365.85
    Second, Kustlab, issued 20 Jan (due 3 Feb), paid in full:
      membership 195.00, two day passes x 25.00 = 50.00
      net 245.00; VAT 21 % of 245.00 = 51.45;             gross 296.45
    Third, Noordzee, issued 3 Feb (due 17 Feb), unpaid:
      rent 900.00, membership 250.00, meeting room 2 h x 45.00 = 90.00
      net 1,240.00; VAT 21 % of 340.00 = 71.40;           gross 1,311.40
    A draft for Kustlab in February (membership 195.00): never counted.
    On 10 Feb a credit note takes back the first invoice's meeting room
    line: net -135.00, VAT -28.35, gross -163.35; on 25 Jan 500.00 of the
    first invoice is paid.
    """
    with db.write() as s:
        complete_hub_details(s)
        noordzee = _organisation(s, "Stichting Noordzee", OrganisationKind.NGO)
        kustlab = _organisation(s, "Kustlab", OrganisationKind.STARTUP)
        december = _draft(s, kustlab, date(2025, 11, 1), [MEMBERSHIP_STARTUP])
        first = _draft(
            s,
            noordzee,
            date(2025, 12, 1),
            [
                RENT,
                MEMBERSHIP_NGO,
                ("meeting_room", "Room Mesdag 3 h", 3000, 4500, "high", 2100),
            ],
        )
        second = _draft(
            s,
            kustlab,
            date(2025, 12, 1),
            [MEMBERSHIP_STARTUP, ("day_pass", "Day passes", 2000, 2500, "high", 2100)],
        )
        third = _draft(
            s,
            noordzee,
            date(2026, 1, 1),
            [RENT, MEMBERSHIP_NGO, ("meeting_room", "Room Mesdag 2 h", 2000, 4500, "high", 2100)],
        )
        draft = _draft(s, kustlab, date(2026, 2, 1), [MEMBERSHIP_STARTUP])
        for invoice_id, day in (
            (december, date(2025, 12, 15)),
            (first, date(2026, 1, 5)),
            (second, date(2026, 1, 20)),
            (third, date(2026, 2, 3)),
        ):
            billing.issue(s, SYSTEM, [invoice_id], today=day)
        room_line = s.scalars(
            select(InvoiceLine.id).where(
                InvoiceLine.invoice_id == first, InvoiceLine.product == "meeting_room"
            )
        ).one()
        billing.credit(
            s, SYSTEM, first, "Room not used", line_ids=[room_line], today=date(2026, 2, 10)
        )
        billing.record_payment(s, SYSTEM, december, date(2025, 12, 20), "235.95", "bank_transfer")
        billing.record_payment(s, SYSTEM, first, date(2026, 1, 25), "500,00", "bank_transfer")
        billing.record_payment(s, SYSTEM, second, date(2026, 1, 30), "296.45", "direct_debit")
    return Books(noordzee, kustlab, december, first, second, third, draft, room_line)


def test_revenue_by_month_to_the_cent(any_db: Database) -> None:
    books = _books(any_db)
    with any_db.read() as s:
        report = revenue_report(s, JANUARY, FEBRUARY, Grain.MONTH, as_of=AS_OF)

    # the products sold in the period, in the billing's order
    assert report.products == ("rent", "membership", "meeting_room", "day_pass")
    january, february = report.rows
    assert (january.n, january.first, january.last) == (0, JANUARY, date(2026, 1, 31))
    assert (february.n, february.first, february.last) == (1, date(2026, 2, 1), FEBRUARY)

    # January: the first and second invoices
    assert january.invoices == 2 and january.credit_notes == 0
    assert january.by_product == {
        "rent": Money(90_000),
        "membership": Money(44_500),  # 250.00 + 195.00
        "meeting_room": Money(13_500),
        "day_pass": Money(5_000),
    }
    assert january.net == Money(153_000)  # 1,285.00 + 245.00
    assert january.vat == Money(13_230)  # 80.85 + 51.45
    assert january.gross == Money(166_230)  # 1,365.85 + 296.45
    assert january.credited == Money(0)

    # February: the third invoice less the credit note (the draft not at all)
    assert february.invoices == 1 and february.credit_notes == 1
    assert february.by_product == {
        "rent": Money(90_000),
        "membership": Money(25_000),
        "meeting_room": Money(-4_500),  # 90.00 - 135.00 credited
        "day_pass": Money(0),
    }
    assert february.net == Money(110_500)  # 1,240.00 - 135.00
    assert february.vat == Money(4_305)  # 71.40 - 28.35
    assert february.gross == Money(114_805)  # 1,311.40 - 163.35
    assert february.credited == Money(16_335)

    totals = report.totals
    assert (totals.n, totals.first, totals.last) == (-1, JANUARY, FEBRUARY)
    assert totals.invoices == 3 and totals.credit_notes == 1
    assert totals.by_product == {
        "rent": Money(180_000),
        "membership": Money(69_500),
        "meeting_room": Money(9_000),  # 135.00 + 90.00 - 135.00
        "day_pass": Money(5_000),
    }
    assert (totals.net, totals.vat, totals.gross) == (
        Money(263_500),
        Money(17_535),
        Money(281_035),
    )
    for row in (*report.rows, totals):
        assert sum(m.cents for m in row.by_product.values()) == row.net.cents
        assert row.net + row.vat == row.gross

    # unpaid on 15 Feb: the first (1,365.85 - 500.00 paid - 163.35 credited =
    # 702.50, due 19 Jan: overdue) and the third (1,311.40, due 17 Feb: open);
    # December and the second are paid, the draft is no debt
    assert report.as_of == AS_OF
    assert (report.open_count, report.open_total) == (2, Money(201_390))
    assert (report.overdue_count, report.overdue_total) == (1, Money(70_250))

    # the invoice list judges the same invoices the same way
    with any_db.read() as s:
        unpaid = billing.list_invoices(
            s,
            states=[billing.PaymentState.OPEN, billing.PaymentState.OVERDUE],
            today=AS_OF,
        )
    assert sum(r.open_amount.cents for r in unpaid) == report.open_total.cents
    assert {r.id: r.state for r in unpaid} == {
        books.first: billing.PaymentState.OVERDUE,
        books.third: billing.PaymentState.OPEN,
    }


def test_overdue_moves_with_the_day_it_is_judged_on(any_db: Database) -> None:
    _books(any_db)
    with any_db.read() as s:
        on_due_day = revenue_report(s, JANUARY, FEBRUARY, as_of=date(2026, 2, 17))
        day_after = revenue_report(s, JANUARY, FEBRUARY, as_of=date(2026, 2, 18))
    # the third invoice is due on 17 Feb, overdue from the 18th
    assert (on_due_day.overdue_count, on_due_day.overdue_total) == (1, Money(70_250))
    assert (day_after.overdue_count, day_after.overdue_total) == (2, Money(201_390))
    assert day_after.open_total == on_due_day.open_total


def test_days_and_weeks_add_up_to_the_months(any_db: Database) -> None:
    _books(any_db)
    with any_db.read() as s:
        months = revenue_report(s, JANUARY, FEBRUARY, Grain.MONTH, as_of=AS_OF)
        weeks = revenue_report(s, JANUARY, FEBRUARY, Grain.WEEK, as_of=AS_OF)
        days = revenue_report(s, JANUARY, FEBRUARY, Grain.DAY, as_of=AS_OF)
    assert len(days.rows) == 59
    assert weeks.totals == months.totals == days.totals
    by_day = {row.first: row for row in days.rows if row.invoices or row.credit_notes}
    assert sorted(by_day) == [
        date(2026, 1, 5),
        date(2026, 1, 20),
        date(2026, 2, 3),
        date(2026, 2, 10),
    ]
    assert by_day[date(2026, 2, 10)].gross == Money(-16_335)
    # the week of 9 to 15 Feb holds the credit note alone
    (credit_week,) = [w for w in weeks.rows if w.first == date(2026, 2, 9)]
    assert credit_week.by_product["meeting_room"] == Money(-13_500)
    assert credit_week.invoices == 0


def test_a_credit_line_naming_no_invoice_line_counts_as_other(any_db: Database) -> None:
    books = _books(any_db)
    with any_db.write() as s:
        note = CreditNote(
            number="C2026-00099",
            invoice_id=books.third,
            issue_date=date(2026, 2, 20),
            reason="Goodwill",
            net_total=Money(-1_000),
            vat_total=Money(-210),
            gross_total=Money(-1_210),
            issued_at=T0,
        )
        s.add(note)
        s.flush()
        s.add(
            CreditNoteLine(
                credit_note_id=note.id,
                invoice_line_id=None,
                description="Goodwill",
                unit_price=Money(-1_000),
                amount=Money(-1_000),
                vat_category_code="high",
                vat_rate_bp=2100,
            )
        )
    with any_db.read() as s:
        report = revenue_report(s, JANUARY, FEBRUARY, as_of=AS_OF)
    assert report.products == ("rent", "membership", "meeting_room", "day_pass", "other")
    assert report.rows[0].by_product["other"] == Money(0)
    assert report.rows[1].by_product["other"] == Money(-1_000)
    assert report.rows[1].net == Money(109_500)  # 1,105.00 - 10.00
    assert report.rows[1].credit_notes == 2
    # the third invoice now owes 1,311.40 - 12.10
    assert report.open_total == Money(201_390 - 1_210)


def test_nothing_invoiced_gives_empty_rows(any_db: Database) -> None:
    with any_db.write() as s:
        complete_hub_details(s)
    with any_db.read() as s:
        report = revenue_report(s, JANUARY, FEBRUARY, as_of=AS_OF)
    assert report.products == ()
    assert [r.invoices for r in report.rows] == [0, 0]
    assert report.totals.gross == Money(0) and report.totals.by_product == {}
    assert (report.open_count, report.open_total, report.overdue_count) == (0, Money(0), 0)


def test_the_period_is_checked(db: Database) -> None:
    with db.read() as s:
        with pytest.raises(ValidationError) as backwards:
            revenue_report(s, FEBRUARY, JANUARY)
        with pytest.raises(ValidationError) as too_long:
            revenue_report(s, JANUARY, JANUARY + timedelta(days=MAX_REPORT_DAYS))
        longest = revenue_report(s, JANUARY, JANUARY + timedelta(days=MAX_REPORT_DAYS - 1))
    assert backwards.value.field == "last"
    assert too_long.value.field == "first"
    assert longest.rows[-1].last == JANUARY + timedelta(days=MAX_REPORT_DAYS - 1)


def test_the_invoices_are_read_from_their_index(db: Database) -> None:
    """An invoice's row holds its PDF: the report reads the issued invoices'
    dates and totals from an index, never row by row."""
    _books(db)
    statements: list[tuple[str, Any]] = []

    def seen(_conn: object, _cursor: object, statement: str, params: Any, *_: object) -> None:
        if "FROM invoices" in statement:
            statements.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        with db.read() as s:
            revenue_report(s, JANUARY, FEBRUARY, as_of=AS_OF)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert statements
    with db.engine.connect() as connection:
        for statement, params in statements:
            plan = [
                str(row[-1])
                for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params)
            ]
            invoices = [step for step in plan if " invoices " in f"{step} "]
            assert invoices, plan
            assert all("ix_invoices_status_issue_date" in step for step in invoices), plan
