"""The sales journal of a period as a CSV file for the bookkeeper.

One block of rows per issued invoice and per credit note dated in the period
(by issue date), each block balancing to zero:

- the receivable, account 1300, the document's gross total;
- one revenue row per revenue account and VAT code of its lines;
- one VAT row per VAT code with VAT (account 1500 for the 21 % code
  ``high``, 1510 for the 9 % code ``low``).

Amounts are signed, the style of the general-journal imports of Dutch
bookkeeping packages (Exact Online, Twinfield, Snelstart) with one amount
column: debit positive, credit negative. On every row ``gross = net + vat``,
and ``gross`` is the amount posted to the row's account; the ``net``,
``vat`` and ``gross`` columns each sum to zero per document. So an invoice
debits the receivable and credits revenue and VAT; a credit note is the same
with every sign turned (its receivable row is negative).

Revenue accounts per :attr:`InvoiceLine.product` (:data:`REVENUE_ACCOUNTS`):
rent 8000, service_charge 8010, membership 8100, meeting_room 8200,
late_cancellation 8200, flex 8210, day_pass 8300, anything else 8900. A
credit-note line takes the product of the invoice line it corrects (8900
when it names none).

The file: a header row, ``;`` between cells, UTF-8 with a byte order mark
(Excel then reads the accents), dates as ``2026-03-31``, amounts with a dot
decimal and no thousands separator (``-1234.50``). Text cells that a
spreadsheet would run as a formula get a leading ``'``
(:func:`~hubdesk.services.export_files.csv_cell`); amounts are written as
they are. VAT is taken per rate from :func:`hubdesk.domain.vat.totals`, as on
the invoice; a document whose stored totals differ from its lines is refused.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hubdesk.domain.enums import InvoiceStatus
from hubdesk.domain.errors import HubdeskError, ValidationError
from hubdesk.domain.i18n import _
from hubdesk.domain.models import CreditNote, Invoice, InvoiceLine
from hubdesk.domain.money import Money
from hubdesk.domain.vat import TaxedAmount, totals
from hubdesk.services.export_files import csv_cell, write_atomically

#: Revenue account per product of an invoice line.
REVENUE_ACCOUNTS: dict[str, str] = {
    "rent": "8000",
    "service_charge": "8010",
    "membership": "8100",
    "meeting_room": "8200",
    "late_cancellation": "8200",
    "flex": "8210",
    "day_pass": "8300",
    "other": "8900",
}
#: Revenue account of a product not in :data:`REVENUE_ACCOUNTS`.
OTHER_REVENUE_ACCOUNT = "8900"
#: Debtors (accounts receivable).
RECEIVABLE_ACCOUNT = "1300"
#: VAT payable per VAT code; a code not listed books on the high account
#: when its rate is 21 % or more, else on the low one.
VAT_ACCOUNTS: dict[str, str] = {"high": "1500", "low": "1510"}
HIGH_RATE_BP = 2100

COLUMNS = (
    "date",
    "number",
    "customer",
    "account",
    "description",
    "vat_code",
    "net",
    "vat",
    "gross",
)


@dataclass(frozen=True, slots=True)
class JournalRow:
    """One posting; ``gross`` (= net + vat) is what the account is debited
    (positive) or credited (negative)."""

    day: date
    number: str
    customer: str
    account: str
    description: str
    vat_code: str
    net: Money
    vat: Money

    @property
    def gross(self) -> Money:
        return self.net + self.vat


@dataclass(frozen=True, slots=True)
class _Line:
    product: str
    description: str
    vat_category_code: str
    vat_rate_bp: int
    amount: Money


def revenue_account(product: str) -> str:
    return REVENUE_ACCOUNTS.get(product, OTHER_REVENUE_ACCOUNT)


def vat_account(code: str, rate_bp: int) -> str:
    if code in VAT_ACCOUNTS:
        return VAT_ACCOUNTS[code]
    return VAT_ACCOUNTS["high"] if rate_bp >= HIGH_RATE_BP else VAT_ACCOUNTS["low"]


def _percent(rate_bp: int) -> str:
    whole, rest = divmod(rate_bp, 100)
    return f"{whole}%" if not rest else f"{whole}.{rest:02d}".rstrip("0") + "%"


def _descriptions(lines: Iterable[_Line]) -> str:
    seen = list(dict.fromkeys(" ".join(li.description.split()) for li in lines))
    text = "; ".join(d for d in seen if d)
    return text if len(text) <= 200 else text[:199] + "…"


def _block(
    day: date,
    number: str,
    customer: str,
    label: str,
    lines: Sequence[_Line],
    sign: int,
    stored: tuple[Money, Money, Money],
) -> list[JournalRow]:
    """The rows of one document; ``sign`` is 1 for an invoice, -1 for a
    credit note (the lines are given as positive sizes)."""
    sums = totals(TaxedAmount(li.vat_category_code, li.vat_rate_bp, li.amount) for li in lines)
    if (sums.net, sums.vat, sums.gross) != stored:
        raise HubdeskError(
            _(
                "Cannot write the journal: the totals stored on {number} do not match its lines"
            ).format(number=number)
        )
    rows = [
        JournalRow(
            day, number, customer, RECEIVABLE_ACCOUNT, label, "", sums.net * sign, sums.vat * sign
        )
    ]
    groups: dict[tuple[str, str], list[_Line]] = {}
    for line in lines:
        groups.setdefault((revenue_account(line.product), line.vat_category_code), []).append(line)
    for (account, code), grouped in sorted(groups.items()):
        net = Money(sum(li.amount.cents for li in grouped))
        rows.append(
            JournalRow(
                day, number, customer, account, _descriptions(grouped), code, net * -sign, Money(0)
            )
        )
    for rate in sums.by_rate:
        if rate.vat.cents == 0:
            continue
        rows.append(
            JournalRow(
                day,
                number,
                customer,
                vat_account(rate.vat_category_code, rate.vat_rate_bp),
                _("VAT {rate} on {net}").format(
                    rate=_percent(rate.vat_rate_bp), net=_amount(rate.net)
                ),
                rate.vat_category_code,
                Money(0),
                rate.vat * -sign,
            )
        )
    return rows


def journal_rows(session: Session, first_day: date, last_day: date) -> tuple[JournalRow, ...]:
    """The journal of the issued invoices and the credit notes dated from
    ``first_day`` to ``last_day`` (both included), in date and number order."""
    if last_day < first_day:
        raise ValidationError(
            "last_day",
            _("The period ends before it starts: {first} to {last}").format(
                first=first_day.isoformat(), last=last_day.isoformat()
            ),
        )
    documents: list[tuple[date, str, list[JournalRow]]] = []
    invoices = session.scalars(
        select(Invoice)
        .where(
            Invoice.status == InvoiceStatus.ISSUED,
            Invoice.issue_date >= first_day,
            Invoice.issue_date <= last_day,
        )
        .options(selectinload(Invoice.lines))
    ).all()
    for invoice in invoices:
        assert invoice.issue_date is not None and invoice.number is not None
        lines = [
            _Line(li.product, li.description, li.vat_category_code, li.vat_rate_bp, li.amount)
            for li in invoice.lines
        ]
        label = _("Invoice {number}").format(number=invoice.number)
        stored = (invoice.net_total, invoice.vat_total, invoice.gross_total)
        rows = _block(
            invoice.issue_date, invoice.number, invoice.billing_name, label, lines, 1, stored
        )
        documents.append((invoice.issue_date, invoice.number, rows))
    notes = session.scalars(
        select(CreditNote)
        .where(CreditNote.issue_date >= first_day, CreditNote.issue_date <= last_day)
        .options(selectinload(CreditNote.lines))
    ).all()
    corrected = {
        invoice.id: invoice
        for invoice in session.scalars(
            select(Invoice).where(Invoice.id.in_({note.invoice_id for note in notes}))
        )
    }
    wanted = select(InvoiceLine.id, InvoiceLine.product).where(
        InvoiceLine.invoice_id.in_(list(corrected))
    )
    products = {line_id: product for line_id, product in session.execute(wanted)}
    for note in notes:
        invoice = corrected[note.invoice_id]
        # stored as positive sizes or as negative amounts: read as sizes
        size = -1 if note.gross_total.cents < 0 else 1
        lines = [
            _Line(
                products.get(li.invoice_line_id or 0, "other"),
                li.description,
                li.vat_category_code,
                li.vat_rate_bp,
                li.amount * size,
            )
            for li in note.lines
        ]
        label = _("Credit note {number} on invoice {invoice}").format(
            number=note.number, invoice=invoice.number or ""
        )
        stored = (note.net_total * size, note.vat_total * size, note.gross_total * size)
        rows = _block(note.issue_date, note.number, invoice.billing_name, label, lines, -1, stored)
        documents.append((note.issue_date, note.number, rows))
    documents.sort(key=lambda doc: (doc[0], doc[1]))
    return tuple(row for _day, _number, rows in documents for row in rows)


def _amount(money: Money) -> str:
    sign = "-" if money.cents < 0 else ""
    whole, cents = divmod(abs(money.cents), 100)
    return f"{sign}{whole}.{cents:02d}"


def journal_csv(session: Session, first_day: date, last_day: date) -> str:
    """The journal of the period as CSV text (``;``-separated, header row;
    see the module's description). :func:`write_journal` writes it to a file
    with the byte order mark Excel needs."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in journal_rows(session, first_day, last_day):
        writer.writerow(
            [
                row.day.isoformat(),
                csv_cell(row.number),
                csv_cell(row.customer),
                row.account,
                csv_cell(row.description),
                csv_cell(row.vat_code),
                _amount(row.net),
                _amount(row.vat),
                _amount(row.gross),
            ]
        )
    return out.getvalue()


def write_journal(session: Session, first_day: date, last_day: date, path: Path) -> Path:
    """Write the period's journal to ``path`` (UTF-8 with a byte order mark),
    all of it or nothing; the path written."""
    target = Path(path)
    write_atomically(target, journal_csv(session, first_day, last_day).encode("utf-8-sig"))
    return target
