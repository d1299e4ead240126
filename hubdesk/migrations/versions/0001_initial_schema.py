"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22

Besides the tables this revision installs the guarantees the database itself
keeps, on both engines:

* bookings: two active (not cancelled) bookings of one space never overlap,
  the space's buffer included (``blocked_until``). SQLite: BEFORE INSERT/UPDATE
  triggers whose scan is bounded to bookings starting at most 32 days earlier
  (a booking spans at most that, ``ck_bookings_span``), so the guard does not
  grow with history. PostgreSQL: an exclusion constraint (btree_gist).
* leases: an office never has two live (active or notice given) leases whose
  periods overlap; triggers on both engines (a lease spans several offices,
  which an exclusion constraint cannot see), on PostgreSQL serialised by a
  lock on the office row.
* audit_entries: append-only; UPDATE and DELETE are refused.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import hubdesk.domain.types

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _booking_span_check() -> sa.CheckConstraint:
    if _is_sqlite():
        text = "julianday(blocked_until) - julianday(start_at) <= 32"
    else:
        text = "blocked_until - start_at <= interval '32 days'"
    return sa.CheckConstraint(text, name=op.f("ck_bookings_span"))


def _canonical_instant_checks(table: str, *columns: str) -> list[sa.CheckConstraint]:
    """SQLite keeps instants as UTC text; only the one sortable form is accepted."""
    if not _is_sqlite():
        return []
    return [
        sa.CheckConstraint(f"datetime({c}) IS {c}", name=op.f(f"ck_{table}_{c}_utc_text"))
        for c in columns
    ]


SQLITE_GUARDS = [
    """
    CREATE TRIGGER bookings_no_overlap_insert BEFORE INSERT ON bookings
    WHEN NEW.status <> 'cancelled'
    BEGIN
        SELECT RAISE(ABORT, 'booking_overlap') WHERE EXISTS (
            SELECT 1 FROM bookings AS b
            WHERE b.space_id = NEW.space_id
              AND b.start_at >= datetime(NEW.start_at, '-32 days')
              AND b.start_at < NEW.blocked_until
              AND NEW.start_at < b.blocked_until
              AND b.status <> 'cancelled');
    END
    """,
    """
    CREATE TRIGGER bookings_no_overlap_update
    BEFORE UPDATE OF space_id, start_at, end_at, blocked_until, status ON bookings
    WHEN NEW.status <> 'cancelled'
    BEGIN
        SELECT RAISE(ABORT, 'booking_overlap') WHERE EXISTS (
            SELECT 1 FROM bookings AS b
            WHERE b.space_id = NEW.space_id
              AND b.id <> NEW.id
              AND b.start_at >= datetime(NEW.start_at, '-32 days')
              AND b.start_at < NEW.blocked_until
              AND NEW.start_at < b.blocked_until
              AND b.status <> 'cancelled');
    END
    """,
    """
    CREATE TRIGGER lease_offices_no_overlap_insert BEFORE INSERT ON lease_offices
    BEGIN
        SELECT RAISE(ABORT, 'lease_overlap') WHERE EXISTS (
            SELECT 1
            FROM leases AS mine, lease_offices AS lo
            JOIN leases AS other ON other.id = lo.lease_id
            WHERE mine.id = NEW.lease_id
              AND mine.status IN ('active', 'notice_given')
              AND lo.space_id = NEW.space_id
              AND lo.lease_id <> NEW.lease_id
              AND other.status IN ('active', 'notice_given')
              AND other.start_date <= COALESCE(mine.end_date, '9999-12-31')
              AND mine.start_date <= COALESCE(other.end_date, '9999-12-31'));
    END
    """,
    """
    CREATE TRIGGER lease_offices_no_overlap_update
    BEFORE UPDATE ON lease_offices
    BEGIN
        SELECT RAISE(ABORT, 'lease_overlap') WHERE EXISTS (
            SELECT 1
            FROM leases AS mine, lease_offices AS lo
            JOIN leases AS other ON other.id = lo.lease_id
            WHERE mine.id = NEW.lease_id
              AND mine.status IN ('active', 'notice_given')
              AND lo.space_id = NEW.space_id
              AND lo.lease_id <> NEW.lease_id
              AND other.status IN ('active', 'notice_given')
              AND other.start_date <= COALESCE(mine.end_date, '9999-12-31')
              AND mine.start_date <= COALESCE(other.end_date, '9999-12-31'));
    END
    """,
    """
    CREATE TRIGGER leases_no_overlap_update
    BEFORE UPDATE OF status, start_date, end_date ON leases
    WHEN NEW.status IN ('active', 'notice_given')
    BEGIN
        SELECT RAISE(ABORT, 'lease_overlap') WHERE EXISTS (
            SELECT 1
            FROM lease_offices AS mine
            JOIN lease_offices AS lo ON lo.space_id = mine.space_id AND lo.lease_id <> NEW.id
            JOIN leases AS other ON other.id = lo.lease_id
            WHERE mine.lease_id = NEW.id
              AND other.status IN ('active', 'notice_given')
              AND other.start_date <= COALESCE(NEW.end_date, '9999-12-31')
              AND NEW.start_date <= COALESCE(other.end_date, '9999-12-31'));
    END
    """,
    """
    CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
    BEGIN
        SELECT RAISE(ABORT, 'audit_append_only');
    END
    """,
    """
    CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
    BEGIN
        SELECT RAISE(ABORT, 'audit_append_only');
    END
    """,
]

POSTGRES_GUARDS = [
    "CREATE EXTENSION IF NOT EXISTS btree_gist",
    """
    ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap
    EXCLUDE USING gist (space_id WITH =, tstzrange(start_at, blocked_until, '[)') WITH &&)
    WHERE (status <> 'cancelled')
    """,
    """
    CREATE FUNCTION hubdesk_lease_overlap(p_lease_id integer) RETURNS void
    LANGUAGE plpgsql AS $$
    DECLARE
        office record;
    BEGIN
        FOR office IN
            SELECT lo.space_id FROM lease_offices lo
            JOIN leases l ON l.id = lo.lease_id
            WHERE lo.lease_id = p_lease_id AND l.status IN ('active', 'notice_given')
            ORDER BY lo.space_id
        LOOP
            -- serialise writers of one office: the second waits, then sees the first
            PERFORM 1 FROM spaces WHERE id = office.space_id FOR UPDATE;
            IF EXISTS (
                SELECT 1
                FROM leases mine, lease_offices lo
                JOIN leases other ON other.id = lo.lease_id
                WHERE mine.id = p_lease_id
                  AND lo.space_id = office.space_id
                  AND lo.lease_id <> p_lease_id
                  AND other.status IN ('active', 'notice_given')
                  AND other.start_date <= COALESCE(mine.end_date, 'infinity'::date)
                  AND mine.start_date <= COALESCE(other.end_date, 'infinity'::date)
            ) THEN
                RAISE EXCEPTION 'lease_overlap' USING ERRCODE = '23P01';
            END IF;
        END LOOP;
    END
    $$
    """,
    """
    CREATE FUNCTION hubdesk_lease_offices_guard() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM hubdesk_lease_overlap(NEW.lease_id);
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE FUNCTION hubdesk_leases_guard() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM hubdesk_lease_overlap(NEW.id);
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE TRIGGER lease_offices_no_overlap AFTER INSERT OR UPDATE ON lease_offices
    FOR EACH ROW EXECUTE FUNCTION hubdesk_lease_offices_guard()
    """,
    """
    CREATE TRIGGER leases_no_overlap AFTER UPDATE OF status, start_date, end_date ON leases
    FOR EACH ROW WHEN (NEW.status IN ('active', 'notice_given'))
    EXECUTE FUNCTION hubdesk_leases_guard()
    """,
    """
    CREATE FUNCTION hubdesk_audit_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'audit_append_only' USING ERRCODE = '23000';
    END
    $$
    """,
    """
    CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION hubdesk_audit_append_only()
    """,
    """
    CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
    FOR EACH STATEMENT EXECUTE FUNCTION hubdesk_audit_append_only()
    """,
]


def upgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    op.create_table(
        "booking_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rrule", sa.Text(), nullable=False),
        sa.Column("created_at", hubdesk.domain.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking_series")),
    )
    op.create_table(
        "hub_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("postcode", sa.String(length=20), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("vat_id", sa.String(length=20), nullable=False),
        sa.Column("kvk", sa.String(length=20), nullable=False),
        sa.Column("iban", sa.String(length=34), nullable=False),
        sa.Column("bic", sa.String(length=11), nullable=False),
        sa.Column("logo_png", sa.LargeBinary(), nullable=True),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("opening_hours", sa.JSON(), nullable=False),
        sa.Column("invoice_number_format", sa.String(length=50), nullable=False),
        sa.Column("credit_note_number_format", sa.String(length=50), nullable=False),
        sa.Column("payment_term_days", sa.Integer(), nullable=False),
        sa.Column("cancellation_free_hours", sa.Integer(), nullable=False),
        sa.Column(
            "language", sa.Enum("en", "nl", name="language", native_enum=False), nullable=False
        ),
        sa.CheckConstraint("id = 1", name=op.f("ck_hub_settings_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_settings")),
    )
    op.create_table(
        "number_sequences",
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", "year", name=op.f("pk_number_sequences")),
    )
    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "ngo",
                "startup",
                "knowledge_institution",
                "government",
                "company",
                "individual",
                name="organisationkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("website", sa.String(length=200), nullable=False),
        sa.Column("vat_id", sa.String(length=20), nullable=False),
        sa.Column("kvk", sa.String(length=20), nullable=False),
        sa.Column("iban", sa.String(length=34), nullable=False),
        sa.Column("bic", sa.String(length=11), nullable=False),
        sa.Column("sepa_mandate_id", sa.String(length=35), nullable=False),
        sa.Column("sepa_mandate_signed_on", sa.Date(), nullable=True),
        sa.Column("billing_address", sa.Text(), nullable=False),
        sa.Column("postcode", sa.String(length=20), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column(
            "language", sa.Enum("en", "nl", name="language", native_enum=False), nullable=False
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", hubdesk.domain.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
    )
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.create_index("ix_organisations_name", ["name"], unique=False)

    op.create_table(
        "staff_users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=50), nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum("reception", "manager", name="staffrole", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("last_failed_at", hubdesk.domain.types.UTCDateTime(), nullable=True),
        sa.Column("created_at", hubdesk.domain.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_users")),
        sa.UniqueConstraint("username", name=op.f("uq_staff_users_username")),
    )
    op.create_table(
        "vat_categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("rate_bp", sa.Integer(), nullable=False),
        sa.Column("exempt", sa.Boolean(), nullable=False),
        sa.Column("reverse_charge_eu_b2b", sa.Boolean(), nullable=False),
        sa.Column("invoice_text", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "rate_bp >= 0 AND rate_bp <= 10000", name=op.f("ck_vat_categories_rate_range")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vat_categories")),
        sa.UniqueConstraint("code", name=op.f("uq_vat_categories_code")),
    )
    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", hubdesk.domain.types.UTCDateTime(), nullable=False),
        sa.Column("staff_user_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("entity", sa.String(length=50), nullable=False),
        sa.Column("entity_id", sa.String(length=50), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_user_id"],
            ["staff_users.id"],
            name=op.f("fk_audit_entries_staff_user_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
    )
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entries_at", ["at"], unique=False)
        batch_op.create_index("ix_audit_entries_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "leases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "active",
                "notice_given",
                "ended",
                name="leasestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("notice_months", sa.Integer(), nullable=False),
        sa.Column("rent", hubdesk.domain.types.MoneyType(), nullable=False),
        sa.Column("service_charge", hubdesk.domain.types.MoneyType(), nullable=False),
        sa.Column("rent_vat_category_id", sa.Integer(), nullable=True),
        sa.Column("service_vat_category_id", sa.Integer(), nullable=True),
        sa.Column("deposit", hubdesk.domain.types.MoneyType(), nullable=False),
        sa.Column("deposit_received_on", sa.Date(), nullable=True),
        sa.Column("deposit_returned_on", sa.Date(), nullable=True),
        sa.Column("deposit_returned", hubdesk.domain.types.MoneyType(), nullable=True),
        sa.Column("indexation_bp", sa.Integer(), nullable=False),
        sa.Column("notice_given_on", sa.Date(), nullable=True),
        sa.Column("notice_given_by", sa.String(length=100), nullable=False),
        sa.Column("predecessor_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date >= start_date", name=op.f("ck_leases_end_after_start")
        ),
        sa.CheckConstraint("notice_months >= 0", name=op.f("ck_leases_notice_not_negative")),
        sa.CheckConstraint(
            "rent >= 0 AND service_charge >= 0 AND deposit >= 0", name=op.f("ck_leases_amounts")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_leases_organisation_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["predecessor_id"], ["leases.id"], name=op.f("fk_leases_predecessor_id_leases")
        ),
        sa.ForeignKeyConstraint(
            ["rent_vat_category_id"],
            ["vat_categories.id"],
            name=op.f("fk_leases_rent_vat_category_id_vat_categories"),
        ),
        sa.ForeignKeyConstraint(
            ["service_vat_category_id"],
            ["vat_categories.id"],
            name=op.f("fk_leases_service_vat_category_id_vat_categories"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leases")),
    )
    with op.batch_alter_table("leases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_leases_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("badge_code", sa.String(length=64), nullable=True),
        sa.Column("billing_address", sa.Text(), nullable=False),
        sa.Column("postcode", sa.String(length=20), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column(
            "language", sa.Enum("en", "nl", name="language", native_enum=False), nullable=False
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", hubdesk.domain.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_members_organisation_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_members")),
        sa.UniqueConstraint("badge_code", name=op.f("uq_members_badge_code")),
    )
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.create_index("ix_members_email", ["email"], unique=False)
        batch_op.create_index("ix_members_last_name", ["last_name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_members_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "community",
                "flex",
                "dedicated_desk",
                "private_office",
                "virtual_office",
                name="plankind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("price_month", hubdesk.domain.types.MoneyType(), nullable=False),
        sa.Column("vat_category_id", sa.Integer(), nullable=True),
        sa.Column("included_room_minutes", sa.Integer(), nullable=False),
        sa.Column("included_flex_days", sa.Integer(), nullable=True),
        sa.Column("kind_prices", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "included_room_minutes >= 0", name=op.f("ck_plans_room_minutes_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["vat_category_id"],
            ["vat_categories.id"],
            name=op.f("fk_plans_vat_category_id_vat_categories"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plans")),
        sa.UniqueConstraint("name", name=op.f("uq_plans_name")),
    )
    op.create_table(
        "spaces",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "private_office",
                "dedicated_desk",
                "flex_desk",
                "meeting_room",
                "event_space",
                name="spacekind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("floor", sa.Integer(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("area_dm2", sa.Integer(), nullable=False),
        sa.Column("price_hour", hubdesk.domain.types.MoneyType(), nullable=True),
        sa.Column("price_half_day", hubdesk.domain.types.MoneyType(), nullable=True),
        sa.Column("price_day", hubdesk.domain.types.MoneyType(), nullable=True),
        sa.Column("price_month", hubdesk.domain.types.MoneyType(), nullable=True),
        sa.Column("vat_category_id", sa.Integer(), nullable=True),
        sa.Column("amenities", sa.JSON(), nullable=False),
        sa.Column("buffer_minutes", sa.Integer(), nullable=False),
        sa.Column("plan_x", sa.Integer(), nullable=True),
        sa.Column("plan_y", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "buffer_minutes >= 0 AND buffer_minutes <= 240", name=op.f("ck_spaces_buffer_range")
        ),
        sa.CheckConstraint("capacity >= 0", name=op.f("ck_spaces_capacity_not_negative")),
        sa.ForeignKeyConstraint(
            ["vat_category_id"],
            ["vat_categories.id"],
            name=op.f("fk_spaces_vat_category_id_vat_categories"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_spaces")),
        sa.UniqueConstraint("name", name=op.f("uq_spaces_name")),
    )
    with op.batch_alter_table("spaces", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_spaces_kind"), ["kind"], unique=False)

    op.create_table(
        "bookings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("space_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("customer_name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.Column("start_at", hubdesk.domain.types.UTCDateTime(), nullable=False),
        sa.Column("end_at", hubdesk.domain.types.UTCDateTime(), nullable=False),
        sa.Column("blocked_until", hubdesk.domain.types.UTCDateTime(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("confirmed", "cancelled", name="bookingstatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("price", hubdesk.domain.types.MoneyType(), nullable=False),
        sa.Column("billable", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", hubdesk.domain.types.UTCDateTime(), nullable=False),
        sa.Column("cancelled_at", hubdesk.domain.types.UTCDateTime(), nullable=True),
        sa.CheckConstraint("blocked_until >= end_at", name=op.f("ck_bookings_blocked_after_end")),
        _booking_span_check(),
        *_canonical_instant_checks("bookings", "start_at", "end_at", "blocked_until"),
        sa.CheckConstraint("end_at > start_at", name=op.f("ck_bookings_end_after_start")),
        sa.CheckConstraint("people >= 0", name=op.f("ck_bookings_people_not_negative")),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_bookings_member_id_members"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_bookings_organisation_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["series_id"], ["booking_series.id"], name=op.f("fk_bookings_series_id_booking_series")
        ),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["spaces.id"],
            name=op.f("fk_bookings_space_id_spaces"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bookings")),
    )
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bookings_member_id"), ["member_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_bookings_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_bookings_series_id"), ["series_id"], unique=False)
        batch_op.create_index("ix_bookings_space_start", ["space_id", "start_at"], unique=False)
        batch_op.create_index("ix_bookings_start", ["start_at"], unique=False)

    op.create_table(
        "day_passes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("valid_on", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("organisation_name", sa.String(length=200), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("price", hubdesk.domain.types.MoneyType(), nullable=False),
        sa.Column("vat_category_id", sa.Integer(), nullable=True),
        sa.Column(
            "paid_with",
            sa.Enum(
                "cash",
                "card",
                "pin",
                "bank_transfer",
                "direct_debit",
                "invoice",
                name="paymentmethod",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("invoice_organisation_id", sa.Integer(), nullable=True),
        sa.Column("sold_at", hubdesk.domain.types.UTCDateTime(), nullable=False),
        sa.CheckConstraint("price >= 0", name=op.f("ck_day_passes_price_not_negative")),
        sa.ForeignKeyConstraint(
            ["invoice_organisation_id"],
            ["organisations.id"],
            name=op.f("fk_day_passes_invoice_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_day_passes_member_id_members")
        ),
        sa.ForeignKeyConstraint(
            ["vat_category_id"],
            ["vat_categories.id"],
            name=op.f("fk_day_passes_vat_category_id_vat_categories"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_passes")),
    )
    with op.batch_alter_table("day_passes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_day_passes_valid_on"), ["valid_on"], unique=False)

    op.create_table(
        "invoices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=True),
        sa.Column(
            "status",
            sa.Enum("draft", "issued", name="invoicestatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("run_month", sa.String(length=7), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("billing_name", sa.String(length=200), nullable=False),
        sa.Column("billing_address", sa.Text(), nullable=False),
        sa.Column("billing_postcode", sa.String(length=20), nullable=False),
        sa.Column("billing_city", sa.String(length=100), nullable=False),
        sa.Column("billing_country", sa.String(length=2), nullable=False),
        sa.Column("billing_vat_id", sa.String(length=20), nullable=False),
        sa.Column(
            "language", sa.Enum("en", "nl", name="language", native_enum=False), nullable=False
        ),
        sa.Column("net_total", hubdesk.domain.types.MoneyType(), nullable=False),
        sa.Column("vat_total", hubdesk.domain.types.MoneyType(), nullable=False),
        sa.Column("gross_total", hubdesk.domain.types.MoneyType(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", hubdesk.domain.types.UTCDateTime(), nullable=False),
        sa.Column("issued_at", hubdesk.domain.types.UTCDateTime(), nullable=True),
        sa.CheckConstraint(
            "(status = 'draft' AND number IS NULL) OR (status = 'issued' AND number IS NOT NULL)",
            name=op.f("ck_invoices_number_when_issued"),
        ),
        sa.CheckConstraint(
            "(organisation_id IS NULL) <> (member_id IS NULL)",
            name=op.f("ck_invoices_one_customer"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_invoices_member_id_members")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_invoices_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoices")),
        sa.UniqueConstraint("number", name=op.f("uq_invoices_number")),
    )
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoices_member_id"), ["member_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_invoices_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index("ix_invoices_run_month", ["run_month"], unique=False)

    op.create_table(
        "lease_offices",
        sa.Column("lease_id", sa.Integer(), nullable=False),
        sa.Column("space_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["lease_id"],
            ["leases.id"],
            name=op.f("fk_lease_offices_lease_id_leases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["spaces.id"],
            name=op.f("fk_lease_offices_space_id_spaces"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("lease_id", "space_id", name=op.f("pk_lease_offices")),
    )
    with op.batch_alter_table("lease_offices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lease_offices_space_id"), ["space_id"], unique=False)

    op.create_table(
        "memberships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("price_override", hubdesk.domain.types.MoneyType(), nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "(organisation_id IS NULL) <> (member_id IS NULL)",
            name=op.f("ck_memberships_one_holder"),
        ),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date >= start_date",
            name=op.f("ck_memberships_end_after_start"),
        ),
        sa.CheckConstraint("seats >= 0", name=op.f("ck_memberships_seats_not_negative")),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_memberships_member_id_members"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_memberships_organisation_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plans.id"],
            name=op.f("fk_memberships_plan_id_plans"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memberships")),
    )
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_memberships_member_id"), ["member_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_memberships_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "one_off_charges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("charge_on", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity_milli", sa.Integer(), nullable=False),
        sa.Column("unit_price", hubdesk.domain.types.MoneyType(), nullable=False),
        sa.Column("vat_category_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(organisation_id IS NULL) <> (member_id IS NULL)",
            name=op.f("ck_one_off_charges_one_customer"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_one_off_charges_member_id_members")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_one_off_charges_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["vat_category_id"],
            ["vat_categories.id"],
            name=op.f("fk_one_off_charges_vat_category_id_vat_categories"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_one_off_charges")),
    )
    op.create_table(
        "rent_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lease_id", sa.Integer(), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("rent", hubdesk.domain.types.MoneyType(), nullable=False),
        sa.Column("index_figure", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["lease_id"],
            ["leases.id"],
            name=op.f("fk_rent_changes_lease_id_leases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rent_changes")),
    )
    with op.batch_alter_table("rent_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rent_changes_lease_id"), ["lease_id"], unique=False)

    op.create_table(
        "visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("host_member_id", sa.Integer(), nullable=False),
        sa.Column("guest_name", sa.String(length=200), nullable=False),
        sa.Column("guest_organisation", sa.String(length=200), nullable=False),
        sa.Column("expected_at", hubdesk.domain.types.UTCDateTime(), nullable=True),
        sa.Column("arrived_at", hubdesk.domain.types.UTCDateTime(), nullable=True),
        sa.Column("left_at", hubdesk.domain.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["host_member_id"],
            ["members.id"],
            name=op.f("fk_visits_host_member_id_members"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visits")),
    )
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index("ix_visits_expected_at", ["expected_at"], unique=False)

    op.create_table(
        "booking_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=False),
        sa.Column("at", hubdesk.domain.types.UTCDateTime(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("staff_user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["booking_id"],
            ["bookings.id"],
            name=op.f("fk_booking_status_changes_booking_id_bookings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_user_id"],
            ["staff_users.id"],
            name=op.f("fk_booking_status_changes_staff_user_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking_status_changes")),
    )
    with op.batch_alter_table("booking_status_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_booking_status_changes_booking_id"), ["booking_id"], unique=False
        )

    op.create_table(
        "check_ins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("day_pass_id", sa.Integer(), nullable=True),
        sa.Column("in_at", hubdesk.domain.types.UTCDateTime(), nullable=False),
        sa.Column("out_at", hubdesk.domain.types.UTCDateTime(), nullable=True),
        sa.Column("automatic_out", sa.Boolean(), nullable=False),
        sa.Column("billable", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "(member_id IS NOT NULL) OR (day_pass_id IS NOT NULL)", name=op.f("ck_check_ins_who")
        ),
        sa.CheckConstraint(
            "out_at IS NULL OR out_at >= in_at", name=op.f("ck_check_ins_out_after_in")
        ),
        sa.ForeignKeyConstraint(
            ["day_pass_id"], ["day_passes.id"], name=op.f("fk_check_ins_day_pass_id_day_passes")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_check_ins_member_id_members"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_ins")),
    )
    with op.batch_alter_table("check_ins", schema=None) as batch_op:
        batch_op.create_index("ix_check_ins_in_at", ["in_at"], unique=False)
        batch_op.create_index("ix_check_ins_member_in", ["member_id", "in_at"], unique=False)

    op.create_table(
        "credit_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("net_total", hubdesk.domain.types.MoneyType(), nullable=False),
        sa.Column("vat_total", hubdesk.domain.types.MoneyType(), nullable=False),
        sa.Column("gross_total", hubdesk.domain.types.MoneyType(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("issued_at", hubdesk.domain.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoices.id"],
            name=op.f("fk_credit_notes_invoice_id_invoices"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_notes")),
        sa.UniqueConstraint("number", name=op.f("uq_credit_notes_number")),
    )
    with op.batch_alter_table("credit_notes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_credit_notes_invoice_id"), ["invoice_id"], unique=False
        )

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=True),
        sa.Column("starts_at", hubdesk.domain.types.UTCDateTime(), nullable=False),
        sa.Column("ends_at", hubdesk.domain.types.UTCDateTime(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("price", hubdesk.domain.types.MoneyType(), nullable=False),
        sa.ForeignKeyConstraint(
            ["booking_id"], ["bookings.id"], name=op.f("fk_events_booking_id_bookings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    op.create_table(
        "invoice_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity_milli", sa.Integer(), nullable=False),
        sa.Column("unit_price", hubdesk.domain.types.MoneyType(), nullable=False),
        sa.Column("amount", hubdesk.domain.types.MoneyType(), nullable=False),
        sa.Column("vat_category_code", sa.String(length=20), nullable=False),
        sa.Column("vat_rate_bp", sa.Integer(), nullable=False),
        sa.Column("product", sa.String(length=30), nullable=False),
        sa.Column("source_key", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoices.id"],
            name=op.f("fk_invoice_lines_invoice_id_invoices"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_lines")),
        sa.UniqueConstraint("source_key", name="uq_invoice_lines_source_key"),
    )
    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_invoice_lines_invoice_id"), ["invoice_id"], unique=False
        )

    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount", hubdesk.domain.types.MoneyType(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "cash",
                "card",
                "pin",
                "bank_transfer",
                "direct_debit",
                "invoice",
                name="paymentmethod",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reference", sa.String(length=140), nullable=False),
        sa.Column("recorded_at", hubdesk.domain.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoices.id"],
            name=op.f("fk_payments_invoice_id_invoices"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
    )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payments_invoice_id"), ["invoice_id"], unique=False)

    op.create_table(
        "credit_note_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("credit_note_id", sa.Integer(), nullable=False),
        sa.Column("invoice_line_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity_milli", sa.Integer(), nullable=False),
        sa.Column("unit_price", hubdesk.domain.types.MoneyType(), nullable=False),
        sa.Column("amount", hubdesk.domain.types.MoneyType(), nullable=False),
        sa.Column("vat_category_code", sa.String(length=20), nullable=False),
        sa.Column("vat_rate_bp", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["credit_note_id"],
            ["credit_notes.id"],
            name=op.f("fk_credit_note_lines_credit_note_id_credit_notes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_line_id"],
            ["invoice_lines.id"],
            name=op.f("fk_credit_note_lines_invoice_line_id_invoice_lines"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_note_lines")),
    )
    with op.batch_alter_table("credit_note_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_credit_note_lines_credit_note_id"), ["credit_note_id"], unique=False
        )

    op.create_table(
        "registrations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("registered_at", hubdesk.domain.types.UTCDateTime(), nullable=False),
        sa.Column("attended", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_registrations_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_registrations_member_id_members")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registrations")),
    )
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_registrations_event_id"), ["event_id"], unique=False)

    # indexes on foreign keys (deleting a parent row must not scan the child table)
    for table, column in (
        ("audit_entries", "staff_user_id"),
        ("booking_status_changes", "staff_user_id"),
        ("check_ins", "day_pass_id"),
        ("credit_note_lines", "invoice_line_id"),
        ("day_passes", "invoice_organisation_id"),
        ("day_passes", "member_id"),
        ("events", "booking_id"),
        ("leases", "predecessor_id"),
        ("memberships", "plan_id"),
        ("one_off_charges", "member_id"),
        ("one_off_charges", "organisation_id"),
        ("registrations", "member_id"),
        ("visits", "host_member_id"),
    ):
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column])
    # ### end Alembic commands ###
    for statement in SQLITE_GUARDS if _is_sqlite() else POSTGRES_GUARDS:
        op.execute(statement)


def downgrade() -> None:
    if _is_sqlite():
        for name in (
            "bookings_no_overlap_insert",
            "bookings_no_overlap_update",
            "lease_offices_no_overlap_insert",
            "lease_offices_no_overlap_update",
            "leases_no_overlap_update",
            "audit_entries_no_update",
            "audit_entries_no_delete",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for fn in (
            "hubdesk_audit_append_only",
            "hubdesk_leases_guard",
            "hubdesk_lease_offices_guard",
        ):
            op.execute(f"DROP FUNCTION IF EXISTS {fn}() CASCADE")
        op.execute("DROP FUNCTION IF EXISTS hubdesk_lease_overlap(integer) CASCADE")
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registrations_event_id"))

    op.drop_table("registrations")
    with op.batch_alter_table("credit_note_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_credit_note_lines_credit_note_id"))

    op.drop_table("credit_note_lines")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payments_invoice_id"))

    op.drop_table("payments")
    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_lines_invoice_id"))

    op.drop_table("invoice_lines")
    op.drop_table("events")
    with op.batch_alter_table("credit_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_credit_notes_invoice_id"))

    op.drop_table("credit_notes")
    with op.batch_alter_table("check_ins", schema=None) as batch_op:
        batch_op.drop_index("ix_check_ins_member_in")
        batch_op.drop_index("ix_check_ins_in_at")

    op.drop_table("check_ins")
    with op.batch_alter_table("booking_status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_booking_status_changes_booking_id"))

    op.drop_table("booking_status_changes")
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index("ix_visits_expected_at")

    op.drop_table("visits")
    with op.batch_alter_table("rent_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rent_changes_lease_id"))

    op.drop_table("rent_changes")
    op.drop_table("one_off_charges")
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_memberships_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_memberships_member_id"))

    op.drop_table("memberships")
    with op.batch_alter_table("lease_offices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lease_offices_space_id"))

    op.drop_table("lease_offices")
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.drop_index("ix_invoices_run_month")
        batch_op.drop_index(batch_op.f("ix_invoices_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_invoices_member_id"))

    op.drop_table("invoices")
    with op.batch_alter_table("day_passes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_day_passes_valid_on"))

    op.drop_table("day_passes")
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.drop_index("ix_bookings_start")
        batch_op.drop_index("ix_bookings_space_start")
        batch_op.drop_index(batch_op.f("ix_bookings_series_id"))
        batch_op.drop_index(batch_op.f("ix_bookings_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_bookings_member_id"))

    op.drop_table("bookings")
    with op.batch_alter_table("spaces", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_spaces_kind"))

    op.drop_table("spaces")
    op.drop_table("plans")
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_members_organisation_id"))
        batch_op.drop_index("ix_members_last_name")
        batch_op.drop_index("ix_members_email")

    op.drop_table("members")
    with op.batch_alter_table("leases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_leases_organisation_id"))

    op.drop_table("leases")
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entries_entity")
        batch_op.drop_index("ix_audit_entries_at")

    op.drop_table("audit_entries")
    op.drop_table("vat_categories")
    op.drop_table("staff_users")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_index("ix_organisations_name")

    op.drop_table("organisations")
    op.drop_table("number_sequences")
    op.drop_table("hub_settings")
    op.drop_table("booking_series")
    # ### end Alembic commands ###
