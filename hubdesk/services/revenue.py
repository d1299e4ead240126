"""Revenue: what the hub invoiced per day, week or month, by product, and
what is unpaid now.

Rules a caller should know:

* Invoiced means issued: an issued invoice counts in the bucket of its issue
  date, with its net, VAT and gross totals; drafts never count.
* A credit note is subtracted in the bucket of its own issue date (not its
  invoice's), by its size (as :mod:`receivables` counts it), each line under
  the product of the invoice line it credits (``other`` for a credit line
  that names no invoice line).
* ``by_product`` is net (without VAT), from the lines; its values add up to
  ``net``. Every row holds every product of the report (zero where nothing
  was sold), so a table can show the same columns in every row.
* What is unpaid (``open_*``) and past due (``overdue_*``) is the state of
  every issued invoice now, whenever it was issued: its gross total less all
  payments and credit notes recorded, past due when its due date is before
  ``as_of`` (:func:`receivables.state`, the same definition the invoice list
  uses). It does not depend on the report's period.

Everything is summed in the database, per day: one query for the
documents' totals, one for the lines by product, one for what is unpaid; the
days' sums are then added up per bucket.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import CompoundSelect, and_, func, literal, select, union_all
from sqlalchemy.orm import Session

from hubdesk.domain.enums import InvoiceStatus
from hubdesk.domain.models import CreditNote, CreditNoteLine, Invoice, InvoiceLine
from hubdesk.domain.money import Money, as_cents
from hubdesk.domain.periods import Grain, buckets
from hubdesk.services import receivables
from hubdesk.services.billing import Product
from hubdesk.services.clock import now_utc
from hubdesk.services.hub import hub_zone
from hubdesk.services.periods import check_period, day_buckets
from hubdesk.services.receivables import PaymentState


@dataclass(frozen=True)
class RevenueRow:
    """One bucket (or, with ``n`` -1, the whole period)."""

    n: int
    first: date
    last: date
    #: Net invoiced per product key (:class:`Product` values), credit notes
    #: subtracted; every product of the report, zero included.
    by_product: dict[str, Money]
    #: Issued invoices less credit notes issued in the bucket.
    net: Money
    vat: Money
    gross: Money
    #: Issued invoices dated in the bucket.
    invoices: int
    #: Credit notes dated in the bucket.
    credit_notes: int
    #: What those credit notes took back, gross, by size (0 or more).
    credited: Money


@dataclass(frozen=True)
class RevenueReport:
    first: date
    last: date
    grain: Grain
    #: The product keys that occur in the period, in :class:`Product` order
    #: (keys the hub does not know, if any, after those, alphabetically).
    products: tuple[str, ...]
    rows: tuple[RevenueRow, ...]
    #: The whole period (``n`` -1).
    totals: RevenueRow
    #: The day ``overdue_*`` is judged on.
    as_of: date
    #: Unpaid now on issued invoices (of any period): amount and invoices.
    open_total: Money
    open_count: int
    #: Of that, past due on ``as_of``.
    overdue_total: Money
    overdue_count: int


@dataclass
class _Tally:
    """A bucket's sums in cents while the days are added up."""

    invoices: int = 0
    credit_notes: int = 0
    net: int = 0
    vat: int = 0
    gross: int = 0
    credited: int = 0


def _product_order(keys: set[str]) -> tuple[str, ...]:
    known = [p.value for p in Product if p.value in keys]
    return (*known, *sorted(keys - set(known)))


def revenue_report(
    session: Session,
    first: date,
    last: date,
    grain: Grain = Grain.MONTH,
    *,
    as_of: date | None = None,
) -> RevenueReport:
    """Invoiced revenue from ``first`` to ``last`` (both included) per
    ``grain``, and what is unpaid and overdue on ``as_of`` (default: today in
    the hub's zone). Raises :class:`ValidationError` (``first``/``last``) for a
    period that ends before it starts or is too long."""
    check_period(first, last)
    zone = hub_zone(session)
    today = as_of or now_utc(session).astimezone(zone).date()
    found = buckets(first, last, grain, zone)
    bucket_of = day_buckets(found)

    issued_in = and_(
        Invoice.status == InvoiceStatus.ISSUED,
        Invoice.issue_date >= first,
        Invoice.issue_date <= last,
    )
    noted_in = and_(CreditNote.issue_date >= first, CreditNote.issue_date <= last)

    def size(value: Any) -> Any:
        return func.abs(value)

    # per day, then per bucket here: the buckets' bounds are dates, and a
    # period has at most a few thousand days with documents on them
    documents: CompoundSelect[Any] = union_all(
        select(
            Invoice.issue_date.label("day"),
            func.count().label("invoices"),
            literal(0).label("notes"),
            func.sum(Invoice.net_total),
            func.sum(Invoice.vat_total),
            func.sum(Invoice.gross_total),
        )
        .where(issued_in)
        .group_by(Invoice.issue_date),
        select(
            CreditNote.issue_date,
            literal(0),
            func.count(),
            -func.sum(size(CreditNote.net_total)),
            -func.sum(size(CreditNote.vat_total)),
            -func.sum(size(CreditNote.gross_total)),
        )
        .where(noted_in)
        .group_by(CreditNote.issue_date),
    )
    credited_product = func.coalesce(InvoiceLine.product, Product.OTHER.value)
    products: CompoundSelect[Any] = union_all(
        select(Invoice.issue_date, InvoiceLine.product, func.sum(InvoiceLine.amount))
        .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
        .where(issued_in)
        .group_by(Invoice.issue_date, InvoiceLine.product),
        select(CreditNote.issue_date, credited_product, -func.sum(size(CreditNoteLine.amount)))
        .join(CreditNoteLine, CreditNoteLine.credit_note_id == CreditNote.id)
        .outerjoin(InvoiceLine, InvoiceLine.id == CreditNoteLine.invoice_line_id)
        .where(noted_in)
        .group_by(CreditNote.issue_date, credited_product),
    )

    tallies = {b.n: _Tally() for b in found}
    for day_on, invoices, notes, net, vat, gross in session.execute(documents):
        tally = tallies[bucket_of[day_on]]
        tally.invoices += int(invoices)
        tally.credit_notes += int(notes)
        tally.net += as_cents(net)
        tally.vat += as_cents(vat)
        tally.gross += as_cents(gross)
        if notes:
            tally.credited -= as_cents(gross)
    by_product: dict[int, dict[str, int]] = {b.n: {} for b in found}
    for day_on, product, amount in session.execute(products):
        sums_of = by_product[bucket_of[day_on]]
        sums_of[product] = sums_of.get(product, 0) + as_cents(amount)
    keys = _product_order({k for sums in by_product.values() for k in sums})

    rows = tuple(
        RevenueRow(
            n=b.n,
            first=b.first,
            last=b.last,
            by_product={k: Money(by_product[b.n].get(k, 0)) for k in keys},
            net=Money(tallies[b.n].net),
            vat=Money(tallies[b.n].vat),
            gross=Money(tallies[b.n].gross),
            invoices=tallies[b.n].invoices,
            credit_notes=tallies[b.n].credit_notes,
            credited=Money(tallies[b.n].credited),
        )
        for b in found
    )
    totals = RevenueRow(
        n=-1,
        first=first,
        last=last,
        by_product={k: Money(sum(r.by_product[k].cents for r in rows)) for k in keys},
        net=Money(sum(r.net.cents for r in rows)),
        vat=Money(sum(r.vat.cents for r in rows)),
        gross=Money(sum(r.gross.cents for r in rows)),
        invoices=sum(r.invoices for r in rows),
        credit_notes=sum(r.credit_notes for r in rows),
        credited=Money(sum(r.credited.cents for r in rows)),
    )
    unpaid = _unpaid(session, today)
    open_count, open_cents = unpaid.get(PaymentState.OPEN, (0, 0))
    overdue_count, overdue_cents = unpaid.get(PaymentState.OVERDUE, (0, 0))
    return RevenueReport(
        first=first,
        last=last,
        grain=grain,
        products=keys,
        rows=rows,
        totals=totals,
        as_of=today,
        open_total=Money(open_cents + overdue_cents),
        open_count=open_count + overdue_count,
        overdue_total=Money(overdue_cents),
        overdue_count=overdue_count,
    )


def _unpaid(session: Session, day: date) -> dict[PaymentState, tuple[int, int]]:
    """(invoices, cents still to be paid) per unpaid state of the issued
    invoices on ``day``. The sums per invoice are computed once (a
    materialised CTE), then judged by :func:`receivables.state`."""
    sums = (
        select(
            Invoice.gross_total.label("gross"),
            Invoice.due_date.label("due"),
            Invoice.status.label("status"),
            receivables.paid().label("paid"),
            receivables.credited().label("credited"),
        )
        .where(Invoice.status == InvoiceStatus.ISSUED)
        .cte("invoice_sums")
        .prefix_with("MATERIALIZED")
    )
    state = receivables.state(
        day,
        status=sums.c.status,
        gross=sums.c.gross,
        due=sums.c.due,
        paid_sum=sums.c.paid,
        credited_sum=sums.c.credited,
    ).label("state")
    owed = receivables.open_amount(
        gross=sums.c.gross, paid_sum=sums.c.paid, credited_sum=sums.c.credited
    )
    query = (
        select(state, func.count(), func.sum(owed))
        .select_from(sums)
        .where(state.in_([s.value for s in receivables.UNPAID_STATES]))
        .group_by(state)
    )
    return {
        PaymentState(value): (int(count), as_cents(total))
        for value, count, total in session.execute(query)
    }
