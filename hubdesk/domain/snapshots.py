"""Reading documents' snapshots (:mod:`hubdesk.domain.documents`) from the
database: taking one from the live rows (at issue, and for a draft's
preview), and reading back the one an issued document was given.

Billing takes them in the transaction that numbers the documents; the PDF
and UBL writers read them back and never look at the live organisation, hub
or VAT categories for an issued document.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from hubdesk.domain.documents import (
    CustomerDetails,
    DocumentSnapshot,
    HubDetails,
    Row,
    credit_note_snapshot,
    customer_details,
    invoice_snapshot,
)
from hubdesk.domain.models import (
    CreditNote,
    CreditNoteLine,
    HubSettings,
    Invoice,
    InvoiceLine,
    Member,
    Organisation,
    VatCategory,
)


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


def _hub_row(session: Session) -> Row | None:
    found = session.execute(select(_table(HubSettings)).where(HubSettings.id == 1)).first()
    return found._mapping if found is not None else None


def hub_details(session: Session) -> HubDetails:
    """The hub's details as they are now."""
    return HubDetails.from_row(_hub_row(session))


def _categories(session: Session) -> list[Row]:
    return [r._mapping for r in session.execute(select(_table(VatCategory)))]


def live_invoice_snapshots(
    session: Session, invoice_ids: Sequence[int]
) -> dict[int, DocumentSnapshot]:
    """The snapshots of these invoices from their rows and the hub's,
    organisations' and VAT categories' rows as they are now (a few reads
    for any number of invoices). What billing stores at issue."""
    ids = sorted(set(invoice_ids))
    if not ids:
        return {}
    hub_row = _hub_row(session)
    hub = HubDetails.from_row(hub_row)
    term = int(hub_row.get("payment_term_days") or 14) if hub_row is not None else 14
    categories = _categories(session)
    invoices_table = _table(Invoice).c
    columns = [c for c in invoices_table if c.name not in ("pdf", "snapshot")]
    found: dict[int, DocumentSnapshot] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        invoices = [
            r._mapping for r in session.execute(select(*columns).where(Invoice.id.in_(part)))
        ]
        lines: dict[int, list[Row]] = {i: [] for i in part}
        for r in session.execute(
            select(_table(InvoiceLine)).where(InvoiceLine.invoice_id.in_(part))
        ):
            lines[r.invoice_id].append(r._mapping)
        org_ids = {r["organisation_id"] for r in invoices if r["organisation_id"] is not None}
        member_ids = {r["member_id"] for r in invoices if r["member_id"] is not None}
        organisations = {
            r.id: r._mapping
            for r in session.execute(
                select(_table(Organisation)).where(Organisation.id.in_(org_ids))
            )
        }
        members = {
            r.id: r._mapping
            for r in session.execute(
                select(Member.id, Member.email).where(Member.id.in_(member_ids))
            )
        }
        for invoice in invoices:
            customer = customer_details(
                invoice,
                organisations.get(invoice["organisation_id"]),
                members.get(invoice["member_id"]),
            )
            found[invoice["id"]] = invoice_snapshot(
                invoice,
                lines[invoice["id"]],
                hub=hub,
                customer=customer,
                categories=categories,
                payment_term_days=term,
            )
    return found


def _stored(data: Any) -> DocumentSnapshot | None:
    if not data:
        return None
    return DocumentSnapshot.from_json(data)


def invoice_document(session: Session, invoice_id: int) -> DocumentSnapshot | None:
    """What invoice ``invoice_id`` shows: the snapshot it was issued with, or,
    for a draft, its preview from the rows as they are now. None when there
    is no such invoice."""
    status, data = session.execute(
        select(Invoice.status, Invoice.snapshot).where(Invoice.id == invoice_id)
    ).first() or (None, None)
    if status is None:
        return None
    stored = _stored(data)
    if stored is not None:
        return stored
    return live_invoice_snapshots(session, [invoice_id]).get(invoice_id)


def live_credit_note_snapshot(session: Session, credit_note_id: int) -> DocumentSnapshot | None:
    """The snapshot of a credit note from its rows: the customer of the
    invoice it corrects as that invoice was issued, the hub as it is now."""
    note = session.execute(
        select(_table(CreditNote)).where(CreditNote.id == credit_note_id)
    ).first()
    if note is None:
        return None
    invoice = invoice_document(session, note.invoice_id)
    assert invoice is not None
    lines = [
        r._mapping
        for r in session.execute(
            select(_table(CreditNoteLine)).where(CreditNoteLine.credit_note_id == credit_note_id)
        )
    ]
    products = dict(
        session.execute(
            select(InvoiceLine.id, InvoiceLine.product).where(
                InvoiceLine.invoice_id == note.invoice_id
            )
        ).all()
    )
    return credit_note_snapshot(
        note._mapping,
        lines,
        invoice=invoice,
        hub=hub_details(session),
        products=products,
        categories=_categories(session),
    )


def credit_note_document(session: Session, credit_note_id: int) -> DocumentSnapshot | None:
    """What credit note ``credit_note_id`` shows: the snapshot it was issued
    with (taken from its rows for one that has none). None when there is no
    such credit note."""
    found = session.execute(
        select(CreditNote.id, CreditNote.snapshot).where(CreditNote.id == credit_note_id)
    ).first()
    if found is None:
        return None
    return _stored(found.snapshot) or live_credit_note_snapshot(session, credit_note_id)


__all__ = [
    "CustomerDetails",
    "DocumentSnapshot",
    "HubDetails",
    "credit_note_document",
    "hub_details",
    "invoice_document",
    "live_credit_note_snapshot",
    "live_invoice_snapshots",
]
