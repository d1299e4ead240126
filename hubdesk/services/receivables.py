"""What has been paid and credited on an invoice, as correlated subqueries the
invoice lists, the member's card and the direct-debit batch build on (one
definition: a credit note counts by its size, whichever sign it is stored
with)."""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import func, select

from hubdesk.domain.models import CreditNote, Invoice, Payment


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
