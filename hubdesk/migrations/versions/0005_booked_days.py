"""booked time per space and local day; indexes for the reports

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

* booked_days: the confirmed bookings summed per space and local day of the
  hub (seconds, bookings that start that day, seconds per wall-clock hour),
  so that a report over a year sums days rather than cutting every booking.
* invoices: an index of the issued ones by issue date with their totals,
  which the revenue report and the unpaid totals read instead of the rows
  (a row holds its PDF).
* check_ins: an index of the walk-ins (visits on flex terms without a
  reservation), which the occupancy report counts per day.
* hub_settings.booked_days_zone: the time zone the table was built in. It is
  left empty here: the table is filled from the bookings when hubdesk opens
  the database next (the same code that keeps it up to date afterwards).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WALK_IN = sa.text("flex_units > 0 OR billable OR day_pass_id IS NOT NULL")


def upgrade() -> None:
    op.create_table(
        "booked_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("space_id", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.BigInteger(), nullable=False),
        sa.Column("bookings", sa.Integer(), nullable=False),
        *(sa.Column(f"h{hour:02d}", sa.Integer(), nullable=False) for hour in range(24)),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["spaces.id"],
            name=op.f("fk_booked_days_space_id_spaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("day", "space_id", name=op.f("pk_booked_days")),
        sqlite_with_rowid=False,
    )
    op.add_column("hub_settings", sa.Column("booked_days_zone", sa.String(length=64)))
    op.create_index(
        "ix_invoices_status_issue_date",
        "invoices",
        ["status", "issue_date", "due_date", "net_total", "vat_total", "gross_total"],
    )
    op.create_index(
        "ix_check_ins_walk_ins",
        "check_ins",
        ["in_at", "member_id", "day_pass_id"],
        sqlite_where=WALK_IN,
        postgresql_where=WALK_IN,
    )


def downgrade() -> None:
    op.drop_index("ix_check_ins_walk_ins", table_name="check_ins")
    op.drop_index("ix_invoices_status_issue_date", table_name="invoices")
    with op.batch_alter_table("hub_settings") as batch:
        batch.drop_column("booked_days_zone")
    op.drop_table("booked_days")
