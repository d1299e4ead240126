"""What has been paid and credited on an invoice, and so its payment state,
in SQL: the invoice lists, the member's card, the direct-debit batch and the
revenue report build on these (one definition: a credit note counts by its
size, whichever sign it is stored with).

An invoice's state (:func:`state`):

* ``draft`` until issued;
* ``credited`` when credit notes took back at least its gross total;
* ``paid`` when payments and credit notes together cover it;
* ``overdue`` when not, and its due date has passed (it is due *on* the due
  date, overdue the day after);
* ``open`` otherwise.

What is still to be paid (:func:`open_amount`) is the gross total less
payments less credit notes; it is above zero exactly for open and overdue
invoices (payments are never negative).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import Integer, and_, case, func, literal, select, type_coerce

from hubdesk.domain.enums import InvoiceStatus
from hubdesk.domain.models import CreditNote, Invoice, Payment


class PaymentState(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    OVERDUE = "overdue"
    PAID = "paid"
    CREDITED = "credited"


#: The states in which something is still to be paid.
UNPAID_STATES = (PaymentState.OPEN, PaymentState.OVERDUE)


@cache
def paid() -> Any:
    """The sum of an invoice's payments (0 without any)."""
    return (
        select(func.coalesce(func.sum(Payment.amount), 0))
        .where(Payment.invoice_id == Invoice.id)
        .scalar_subquery()
    )


@cache
def credited() -> Any:
    """The sum of an invoice's credit notes, by their size (0 without any)."""
    return (
        select(func.coalesce(func.sum(func.abs(CreditNote.gross_total)), 0))
        .where(CreditNote.invoice_id == Invoice.id)
        .scalar_subquery()
    )


def _cents(value: Any) -> Any:
    return type_coerce(value, Integer())


def open_amount(*, gross: Any = None, paid_sum: Any = None, credited_sum: Any = None) -> Any:
    """Integer cents still to be paid on an invoice (zero or less once paid or
    credited in full; only open and overdue invoices owe anything).

    The arguments default to the invoice's columns and :func:`paid`/
    :func:`credited`; a query that selected those once (a CTE) passes its
    columns instead, so the sums are not computed again."""
    gross = Invoice.gross_total if gross is None else gross
    paid_sum = paid() if paid_sum is None else paid_sum
    credited_sum = credited() if credited_sum is None else credited_sum
    return _cents(gross) - _cents(paid_sum) - _cents(credited_sum)


def state(
    today: date,
    *,
    status: Any = None,
    gross: Any = None,
    due: Any = None,
    paid_sum: Any = None,
    credited_sum: Any = None,
) -> Any:
    """An invoice's :class:`PaymentState` value as a SQL expression, ``today``
    deciding what is overdue (see the module's rules). The other arguments
    default to the invoice's columns and sums, as for :func:`open_amount`."""
    status = Invoice.status if status is None else status
    gross = _cents(Invoice.gross_total if gross is None else gross)
    due = Invoice.due_date if due is None else due
    paid_sum = _cents(paid() if paid_sum is None else paid_sum)
    credited_sum = _cents(credited() if credited_sum is None else credited_sum)
    return case(
        (status == InvoiceStatus.DRAFT, literal(PaymentState.DRAFT.value)),
        (
            and_(credited_sum > 0, credited_sum >= gross),
            literal(PaymentState.CREDITED.value),
        ),
        (paid_sum + credited_sum >= gross, literal(PaymentState.PAID.value)),
        (due < today, literal(PaymentState.OVERDUE.value)),
        else_=literal(PaymentState.OPEN.value),
    )
