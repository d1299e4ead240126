"""late cancellations and per-holder booking lookups

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

* bookings.late_cancellation: a booking cancelled inside the hub's free
  cancellation window stays charged and keeps counting against the holder's
  allowance.
* The single-column indexes on bookings.member_id and organisation_id become
  (holder, start_at) indexes: allowances sum one holder's bookings of a month
  and calendar exports list one member's bookings by time.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "bookings",
        sa.Column("late_cancellation", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.drop_index("ix_bookings_member_id", table_name="bookings")
    op.drop_index("ix_bookings_organisation_id", table_name="bookings")
    op.create_index("ix_bookings_member_start", "bookings", ["member_id", "start_at"])
    op.create_index("ix_bookings_organisation_start", "bookings", ["organisation_id", "start_at"])


def downgrade() -> None:
    op.drop_index("ix_bookings_organisation_start", table_name="bookings")
    op.drop_index("ix_bookings_member_start", table_name="bookings")
    op.create_index("ix_bookings_organisation_id", "bookings", ["organisation_id"])
    op.create_index("ix_bookings_member_id", "bookings", ["member_id"])
    op.drop_column("bookings", "late_cancellation")
