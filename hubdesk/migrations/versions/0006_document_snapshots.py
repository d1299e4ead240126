"""issued documents keep a frozen snapshot of what they show

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08

* invoices.snapshot, credit_notes.snapshot: everything the document shows
  (hub, customer, lines, VAT treatment, totals, dates, language) as JSON,
  taken when it is issued; its PDF and e-invoice are made from it alone
  (:mod:`hubdesk.domain.documents`).
* Documents issued before this revision get theirs here, from what the
  database holds now: their own frozen billing copy, lines and totals, and
  the hub's, organisation's and VAT categories' rows as they are at the
  upgrade (the best there is; from now on those changes no longer reach them).
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from hubdesk.domain.documents import (
    HubDetails,
    credit_note_snapshot,
    customer_details,
    invoice_snapshot,
)

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _rows(connection: sa.Connection, sql: str, **params: Any) -> list[Any]:
    return [row._mapping for row in connection.execute(sa.text(sql), params)]


def upgrade() -> None:
    op.add_column("invoices", sa.Column("snapshot", sa.JSON(none_as_null=True)))
    op.add_column("credit_notes", sa.Column("snapshot", sa.JSON(none_as_null=True)))
    connection = op.get_bind()
    hubs = _rows(connection, "SELECT * FROM hub_settings WHERE id = 1")
    hub = HubDetails.from_row(hubs[0] if hubs else None)
    categories = _rows(connection, "SELECT * FROM vat_categories")
    organisations = {r["id"]: r for r in _rows(connection, "SELECT * FROM organisations")}
    members = {r["id"]: r for r in _rows(connection, "SELECT id, email FROM members")}
    invoices = sa.table("invoices", sa.column("id"), sa.column("snapshot", sa.JSON()))
    notes = sa.table("credit_notes", sa.column("id"), sa.column("snapshot", sa.JSON()))
    issued = {}
    for invoice in _rows(
        connection,
        "SELECT id, number, status, organisation_id, member_id, period_start, period_end,"
        " issue_date, due_date, billing_name, billing_address, billing_postcode,"
        " billing_city, billing_country, billing_vat_id, language, net_total, vat_total,"
        " gross_total, created_at FROM invoices WHERE status = 'issued' ORDER BY id",
    ):
        lines = _rows(
            connection, "SELECT * FROM invoice_lines WHERE invoice_id = :id", id=invoice["id"]
        )
        snapshot = invoice_snapshot(
            invoice,
            lines,
            hub=hub,
            customer=customer_details(
                invoice,
                organisations.get(invoice["organisation_id"]),
                members.get(invoice["member_id"]),
            ),
            categories=categories,
        )
        issued[invoice["id"]] = (snapshot, {line["id"]: line["product"] for line in lines})
        connection.execute(
            sa.update(invoices)
            .where(invoices.c.id == invoice["id"])
            .values(snapshot=snapshot.to_json())
        )
    for note in _rows(connection, "SELECT * FROM credit_notes ORDER BY id"):
        if note["invoice_id"] not in issued:
            continue
        corrected, products = issued[note["invoice_id"]]
        lines = _rows(
            connection,
            "SELECT * FROM credit_note_lines WHERE credit_note_id = :id",
            id=note["id"],
        )
        snapshot = credit_note_snapshot(
            note,
            lines,
            invoice=corrected,
            hub=hub,
            products=products,
            categories=categories,
        )
        connection.execute(
            sa.update(notes).where(notes.c.id == note["id"]).values(snapshot=snapshot.to_json())
        )


def downgrade() -> None:
    with op.batch_alter_table("credit_notes") as batch:
        batch.drop_column("snapshot")
    with op.batch_alter_table("invoices") as batch:
        batch.drop_column("snapshot")
