"""the front desk: flex days used by visits, open check-ins, guests' arrivals

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

* check_ins.flex_units: the half days of the holder's flex allowance a visit
  used, so the month's use counts visits as well as flex reservations.
* A partial index of the open check-ins (who is in now stays quick however
  long the history), and a unique one per member: a member is checked in
  once at a time, also when two desks check the same badge in at once.
* visits: an index on the arrival (the visitor log of a day), and a guest
  cannot leave before arriving.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = sa.text("out_at IS NULL")
MEMBER_OPEN = sa.text("out_at IS NULL AND member_id IS NOT NULL")


def upgrade() -> None:
    with op.batch_alter_table("check_ins") as batch:
        batch.add_column(
            sa.Column("flex_units", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
        batch.create_check_constraint("flex_units_half_days", "flex_units IN (0, 1, 2)")
    op.create_index(
        "ix_check_ins_open", "check_ins", ["in_at"], sqlite_where=OPEN, postgresql_where=OPEN
    )
    op.create_index(
        "uq_check_ins_member_open",
        "check_ins",
        ["member_id"],
        unique=True,
        sqlite_where=MEMBER_OPEN,
        postgresql_where=MEMBER_OPEN,
    )
    op.create_index("ix_visits_arrived_at", "visits", ["arrived_at"])
    with op.batch_alter_table("visits") as batch:
        batch.create_check_constraint(
            "left_after_arrival", "left_at IS NULL OR left_at >= arrived_at"
        )


def downgrade() -> None:
    with op.batch_alter_table("visits") as batch:
        batch.drop_constraint("ck_visits_left_after_arrival", type_="check")
    op.drop_index("ix_visits_arrived_at", table_name="visits")
    op.drop_index("uq_check_ins_member_open", table_name="check_ins")
    op.drop_index("ix_check_ins_open", table_name="check_ins")
    with op.batch_alter_table("check_ins") as batch:
        batch.drop_constraint("ck_check_ins_flex_units_half_days", type_="check")
        batch.drop_column("flex_units")
