"""the hub's SEPA creditor identifier

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

* hub_settings.sepa_creditor_id: what the hub's bank gave it to collect
  direct debits under (NL..ZZZ...); empty until the manager enters it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "hub_settings",
        sa.Column(
            "sepa_creditor_id", sa.String(length=35), nullable=False, server_default=sa.text("''")
        ),
    )


def downgrade() -> None:
    with op.batch_alter_table("hub_settings") as batch:
        batch.drop_column("sepa_creditor_id")
