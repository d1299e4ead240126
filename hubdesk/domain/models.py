"""The hub's data model (SQLAlchemy 2, typed).

Conventions: money columns end in ``_cents``-free names but hold
:class:`Money` (integer cents); VAT rates are basis points (``rate_bp``);
instants are aware UTC datetimes (``*_at``); calendar days are ``date``
(``*_on``, ``start_date``/``end_date``). The no-overlap rules for bookings
and leases and the append-only audit log live in the database itself (see
``hubdesk/migrations``); these classes only describe the columns.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy import (
    false as sa_false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from hubdesk.domain.clock import DEFAULT_TIME_ZONE
from hubdesk.domain.enums import (
    BookingStatus,
    InvoiceStatus,
    Language,
    LeaseStatus,
    OrganisationKind,
    PaymentMethod,
    PlanKind,
    SpaceKind,
    StaffRole,
)
from hubdesk.domain.money import Money
from hubdesk.domain.types import MoneyType, UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Longest booking the hub accepts. The overlap guard only scans bookings that
#: start within this span before a new one, so it does not grow with history.
MAX_BOOKING_DAYS = 31


def str_enum(enum_cls: type[StrEnum], length: int = 32) -> Enum:
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: dict[Any, Any] = {  # noqa: RUF012
        datetime: UTCDateTime(),
        Money: MoneyType(),
        date: Date(),
    }


class HubSettings(Base):
    """The one row of the hub's own details (id is always 1)."""

    __tablename__ = "hub_settings"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="NL")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    vat_id: Mapped[str] = mapped_column(String(20), default="")
    kvk: Mapped[str] = mapped_column(String(20), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")
    #: The hub's SEPA creditor identifier (NL..ZZZ...), for direct debits.
    sepa_creditor_id: Mapped[str] = mapped_column(String(35), default="", server_default=text("''"))
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    time_zone: Mapped[str] = mapped_column(String(64), default=DEFAULT_TIME_ZONE)
    #: {"mon": ["08:00", "18:00"], ..., "sun": null}
    opening_hours: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    invoice_number_format: Mapped[str] = mapped_column(String(50), default="{year}-{seq:05d}")
    credit_note_number_format: Mapped[str] = mapped_column(String(50), default="C{year}-{seq:05d}")
    payment_term_days: Mapped[int] = mapped_column(Integer, default=14)
    cancellation_free_hours: Mapped[int] = mapped_column(Integer, default=24)
    language: Mapped[Language] = mapped_column(str_enum(Language, 2), default=Language.EN)
    #: The time zone whose local days ``booked_days`` holds; None (or another
    #: zone than ``time_zone``) means the table must be built again.
    booked_days_zone: Mapped[str | None] = mapped_column(String(64))


class VatCategory(Base):
    """A VAT treatment configured by the manager (rates are configuration, not code)."""

    __tablename__ = "vat_categories"
    __table_args__ = (CheckConstraint("rate_bp >= 0 AND rate_bp <= 10000", name="rate_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    rate_bp: Mapped[int] = mapped_column(Integer)
    exempt: Mapped[bool] = mapped_column(Boolean, default=False)
    #: EU B2B customers with a foreign VAT id are invoiced without VAT.
    reverse_charge_eu_b2b: Mapped[bool] = mapped_column(Boolean, default=False)
    invoice_text: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Organisation(Base):
    __tablename__ = "organisations"
    __table_args__ = (Index("ix_organisations_name", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[OrganisationKind] = mapped_column(str_enum(OrganisationKind))
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    vat_id: Mapped[str] = mapped_column(String(20), default="")
    kvk: Mapped[str] = mapped_column(String(20), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")
    sepa_mandate_id: Mapped[str] = mapped_column(String(35), default="")
    sepa_mandate_signed_on: Mapped[date | None] = mapped_column(Date)
    billing_address: Mapped[str] = mapped_column(Text, default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="NL")
    language: Mapped[Language] = mapped_column(str_enum(Language, 2), default=Language.EN)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]

    members: Mapped[list[Member]] = relationship(back_populates="organisation")


class Member(Base):
    """A person: staff of a member organisation, or an individual member."""

    __tablename__ = "members"
    __table_args__ = (
        Index("ix_members_last_name", "last_name"),
        Index("ix_members_email", "email"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    badge_code: Mapped[str | None] = mapped_column(String(64), unique=True)
    billing_address: Mapped[str] = mapped_column(Text, default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="NL")
    language: Mapped[Language] = mapped_column(str_enum(Language, 2), default=Language.EN)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]

    organisation: Mapped[Organisation | None] = relationship(back_populates="members")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Space(Base):
    __tablename__ = "spaces"
    __table_args__ = (
        CheckConstraint("capacity >= 0", name="capacity_not_negative"),
        CheckConstraint("buffer_minutes >= 0 AND buffer_minutes <= 240", name="buffer_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[SpaceKind] = mapped_column(str_enum(SpaceKind), index=True)
    floor: Mapped[int] = mapped_column(Integer, default=0)
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    #: Floor area in whole square decimetres (100 = 1 m²), exact like money.
    area_dm2: Mapped[int] = mapped_column(Integer, default=0)
    price_hour: Mapped[Money | None]
    price_half_day: Mapped[Money | None]
    price_day: Mapped[Money | None]
    price_month: Mapped[Money | None]
    vat_category_id: Mapped[int | None] = mapped_column(ForeignKey("vat_categories.id"))
    amenities: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: Cleaning/changeover time kept free after each booking of this space.
    buffer_minutes: Mapped[int] = mapped_column(Integer, default=0)
    plan_x: Mapped[int | None] = mapped_column(Integer)
    plan_y: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Plan(Base):
    __tablename__ = "plans"
    __table_args__ = (
        CheckConstraint("included_room_minutes >= 0", name="room_minutes_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[PlanKind] = mapped_column(str_enum(PlanKind))
    price_month: Mapped[Money]
    vat_category_id: Mapped[int | None] = mapped_column(ForeignKey("vat_categories.id"))
    included_room_minutes: Mapped[int] = mapped_column(Integer, default=0)
    #: None = unlimited flex days.
    included_flex_days: Mapped[int | None] = mapped_column(Integer)
    #: Price per organisation kind, e.g. {"ngo": 19500} in cents.
    kind_prices: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Membership(Base):
    """An organisation (or an individual member) on a plan for a period."""

    __tablename__ = "memberships"
    __table_args__ = (
        CheckConstraint("(organisation_id IS NULL) <> (member_id IS NULL)", name="one_holder"),
        CheckConstraint("seats >= 0", name="seats_not_negative"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="RESTRICT"), index=True
    )
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="RESTRICT"), index=True)
    start_date: Mapped[date]
    end_date: Mapped[date | None]
    seats: Mapped[int] = mapped_column(Integer, default=1)
    price_override: Mapped[Money | None]
    override_reason: Mapped[str] = mapped_column(Text, default="")


class Lease(Base):
    """A lease of one or more private offices (see :class:`LeaseOffice`)."""

    __tablename__ = "leases"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),
        CheckConstraint("rent >= 0 AND service_charge >= 0 AND deposit >= 0", name="amounts"),
        CheckConstraint("notice_months >= 0", name="notice_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[LeaseStatus] = mapped_column(str_enum(LeaseStatus), default=LeaseStatus.DRAFT)
    start_date: Mapped[date]
    end_date: Mapped[date | None]
    notice_months: Mapped[int] = mapped_column(Integer, default=3)
    rent: Mapped[Money]
    service_charge: Mapped[Money] = mapped_column(default=Money(0))
    rent_vat_category_id: Mapped[int | None] = mapped_column(ForeignKey("vat_categories.id"))
    service_vat_category_id: Mapped[int | None] = mapped_column(ForeignKey("vat_categories.id"))
    deposit: Mapped[Money] = mapped_column(default=Money(0))
    deposit_received_on: Mapped[date | None]
    deposit_returned_on: Mapped[date | None]
    deposit_returned: Mapped[Money | None]
    #: Yearly indexation in basis points (300 = 3 %), applied on the anniversary.
    indexation_bp: Mapped[int] = mapped_column(Integer, default=0)
    notice_given_on: Mapped[date | None]
    notice_given_by: Mapped[str] = mapped_column(String(100), default="")
    predecessor_id: Mapped[int | None] = mapped_column(ForeignKey("leases.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    offices: Mapped[list[LeaseOffice]] = relationship(
        back_populates="lease", cascade="all, delete-orphan"
    )


class LeaseOffice(Base):
    __tablename__ = "lease_offices"

    lease_id: Mapped[int] = mapped_column(
        ForeignKey("leases.id", ondelete="CASCADE"), primary_key=True
    )
    space_id: Mapped[int] = mapped_column(
        ForeignKey("spaces.id", ondelete="RESTRICT"), primary_key=True, index=True
    )

    lease: Mapped[Lease] = relationship(back_populates="offices")


class RentChange(Base):
    """Rent from a date on (indexation or renegotiation), with the index used."""

    __tablename__ = "rent_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    lease_id: Mapped[int] = mapped_column(ForeignKey("leases.id", ondelete="CASCADE"), index=True)
    effective_on: Mapped[date]
    rent: Mapped[Money]
    index_figure: Mapped[str] = mapped_column(String(20), default="")
    reason: Mapped[str] = mapped_column(Text, default="")


class BookingSeries(Base):
    """A recurring series; its occurrences are ordinary bookings."""

    __tablename__ = "booking_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: RFC 5545 RRULE text, expanded in the hub's time zone.
    rrule: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]


class Booking(Base):
    """A space taken for a time. Active (not cancelled) bookings of one space
    never overlap, ``blocked_until`` (end + the space's buffer) included: the
    database refuses it (SQLite triggers, PostgreSQL exclusion constraint)."""

    __tablename__ = "bookings"
    __table_args__ = (
        CheckConstraint("end_at > start_at", name="end_after_start"),
        CheckConstraint("blocked_until >= end_at", name="blocked_after_end"),
        CheckConstraint("people >= 0", name="people_not_negative"),
        Index("ix_bookings_space_start", "space_id", "start_at"),
        Index("ix_bookings_start", "start_at"),
        Index("ix_bookings_member_start", "member_id", "start_at"),
        Index("ix_bookings_organisation_start", "organisation_id", "start_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    space_id: Mapped[int] = mapped_column(ForeignKey("spaces.id", ondelete="RESTRICT"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="RESTRICT"))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT")
    )
    customer_name: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    people: Mapped[int] = mapped_column(Integer, default=1)
    start_at: Mapped[datetime]
    end_at: Mapped[datetime]
    blocked_until: Mapped[datetime]
    status: Mapped[BookingStatus] = mapped_column(
        str_enum(BookingStatus), default=BookingStatus.CONFIRMED
    )
    series_id: Mapped[int | None] = mapped_column(ForeignKey("booking_series.id"), index=True)
    price: Mapped[Money] = mapped_column(default=Money(0))
    billable: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    cancelled_at: Mapped[datetime | None]
    #: Cancelled inside the free-cancellation window: still charged, and still
    #: counted against the holder's allowance.
    late_cancellation: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=sa_false()
    )


#: The columns of ``booked_days`` holding the seconds booked in each
#: wall-clock hour of the day (``h02`` counts twice over on the night the
#: clocks go back).
BOOKED_HOURS = tuple(f"h{hour:02d}" for hour in range(24))

#: Confirmed bookings summed per space and local day of the hub, kept up to
#: date by :mod:`hubdesk.services.booked_days` whenever a booking is made,
#: moved or cancelled, so that reports over a year sum days, not bookings.
#: ``bookings`` counts the bookings that start that day; a day with nothing
#: booked has no row.
booked_days = Table(
    "booked_days",
    Base.metadata,
    Column("day", Date, primary_key=True),
    Column("space_id", ForeignKey("spaces.id", ondelete="CASCADE"), primary_key=True),
    Column("seconds", BigInteger, nullable=False),
    Column("bookings", Integer, nullable=False),
    *(Column(name, Integer, nullable=False) for name in BOOKED_HOURS),
    sqlite_with_rowid=False,
)


class BookingStatusChange(Base):
    __tablename__ = "booking_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(
        ForeignKey("bookings.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), index=True)


class DayPass(Base):
    __tablename__ = "day_passes"
    __table_args__ = (CheckConstraint("price >= 0", name="price_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    valid_on: Mapped[date] = mapped_column(Date, index=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(200), default="")
    organisation_name: Mapped[str] = mapped_column(String(200), default="")
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    price: Mapped[Money]
    vat_category_id: Mapped[int | None] = mapped_column(ForeignKey("vat_categories.id"))
    paid_with: Mapped[PaymentMethod] = mapped_column(str_enum(PaymentMethod))
    invoice_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id"), index=True
    )
    sold_at: Mapped[datetime]


#: A visit on flex terms without a reservation (a flex day used, billed, or
#: a day pass): a walk-in at the flex desks, as the occupancy report counts
#: them. The same text is the condition of the index that finds them.
WALK_IN = "flex_units > 0 OR billable OR day_pass_id IS NOT NULL"


class CheckIn(Base):
    """A member (or a day-pass holder) in the building from ``in_at`` to ``out_at``."""

    __tablename__ = "check_ins"
    __table_args__ = (
        CheckConstraint("out_at IS NULL OR out_at >= in_at", name="out_after_in"),
        CheckConstraint("(member_id IS NOT NULL) OR (day_pass_id IS NOT NULL)", name="who"),
        CheckConstraint("flex_units IN (0, 1, 2)", name="flex_units_half_days"),
        Index("ix_check_ins_in_at", "in_at"),
        Index("ix_check_ins_member_in", "member_id", "in_at"),
        # Who is in now: the few open check-ins, whatever the history's size.
        Index(
            "ix_check_ins_open",
            "in_at",
            sqlite_where=text("out_at IS NULL"),
            postgresql_where=text("out_at IS NULL"),
        ),
        # A member is checked in once at a time, also when two desks try at once.
        Index(
            "uq_check_ins_member_open",
            "member_id",
            unique=True,
            sqlite_where=text("out_at IS NULL AND member_id IS NOT NULL"),
            postgresql_where=text("out_at IS NULL AND member_id IS NOT NULL"),
        ),
        # The walk-ins of a day, read from the index alone (a third of all visits).
        Index(
            "ix_check_ins_walk_ins",
            "in_at",
            "member_id",
            "day_pass_id",
            sqlite_where=text(WALK_IN),
            postgresql_where=text(WALK_IN),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="RESTRICT"))
    day_pass_id: Mapped[int | None] = mapped_column(ForeignKey("day_passes.id"), index=True)
    in_at: Mapped[datetime]
    out_at: Mapped[datetime | None]
    automatic_out: Mapped[bool] = mapped_column(Boolean, default=False)
    billable: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Half days of the holder's flex allowance this visit used (2: a whole
    #: day; 0: a desk plan, a flex reservation that day, or a second visit).
    flex_units: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))


class Visit(Base):
    """A guest of a member: expected, arrived, left."""

    __tablename__ = "visits"
    __table_args__ = (
        Index("ix_visits_expected_at", "expected_at"),
        Index("ix_visits_arrived_at", "arrived_at"),
        CheckConstraint("left_at IS NULL OR left_at >= arrived_at", name="left_after_arrival"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    host_member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="RESTRICT"), index=True
    )
    guest_name: Mapped[str] = mapped_column(String(200))
    guest_organisation: Mapped[str] = mapped_column(String(200), default="")
    expected_at: Mapped[datetime | None]
    arrived_at: Mapped[datetime | None]
    left_at: Mapped[datetime | None]


class Event(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("bookings.id"), index=True)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    capacity: Mapped[int | None] = mapped_column(Integer)
    price: Mapped[Money] = mapped_column(default=Money(0))


class Registration(Base):
    __tablename__ = "registrations"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(200), default="")
    registered_at: Mapped[datetime]
    attended: Mapped[bool] = mapped_column(Boolean, default=False)


class NumberSequence(Base):
    """Gapless counters (invoice, credit note): the row is updated in the same
    transaction that issues the document, so a rollback leaves no gap."""

    __tablename__ = "number_sequences"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Invoice(Base):
    """Draft until issued; once issued its number, lines and PDF never change
    (a credit note corrects it). The billing details are a frozen copy."""

    __tablename__ = "invoices"
    __table_args__ = (
        CheckConstraint("(organisation_id IS NULL) <> (member_id IS NULL)", name="one_customer"),
        CheckConstraint(
            "(status = 'draft' AND number IS NULL) OR (status = 'issued' AND number IS NOT NULL)",
            name="number_when_issued",
        ),
        Index("ix_invoices_run_month", "run_month"),
        # The revenue report (issued invoices by issue date, their totals) and
        # what is unpaid (by due date) read this index, not the rows: a row
        # holds its PDF, so reading thousands of rows reads megabytes.
        Index(
            "ix_invoices_status_issue_date",
            "status",
            "issue_date",
            "due_date",
            "net_total",
            "vat_total",
            "gross_total",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(40), unique=True)
    status: Mapped[InvoiceStatus] = mapped_column(
        str_enum(InvoiceStatus), default=InvoiceStatus.DRAFT
    )
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    #: 'YYYY-MM' of the invoice run that made it ('' for a manual invoice).
    run_month: Mapped[str] = mapped_column(String(7), default="")
    period_start: Mapped[date]
    period_end: Mapped[date]
    issue_date: Mapped[date | None]
    due_date: Mapped[date | None]
    billing_name: Mapped[str] = mapped_column(String(200))
    billing_address: Mapped[str] = mapped_column(Text, default="")
    billing_postcode: Mapped[str] = mapped_column(String(20), default="")
    billing_city: Mapped[str] = mapped_column(String(100), default="")
    billing_country: Mapped[str] = mapped_column(String(2), default="NL")
    billing_vat_id: Mapped[str] = mapped_column(String(20), default="")
    language: Mapped[Language] = mapped_column(str_enum(Language, 2), default=Language.EN)
    net_total: Mapped[Money] = mapped_column(default=Money(0))
    vat_total: Mapped[Money] = mapped_column(default=Money(0))
    gross_total: Mapped[Money] = mapped_column(default=Money(0))
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    #: Everything the issued invoice shows, frozen at issue
    #: (:class:`hubdesk.domain.documents.DocumentSnapshot` as JSON); None for a draft.
    snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), deferred=True)
    created_at: Mapped[datetime]
    issued_at: Mapped[datetime | None]

    lines: Mapped[list[InvoiceLine]] = relationship(
        back_populates="invoice", cascade="all, delete-orphan", order_by="InvoiceLine.position"
    )


class InvoiceLine(Base):
    __tablename__ = "invoice_lines"
    __table_args__ = (
        #: A source (lease-month, membership-month, booking, ...) is billed once.
        UniqueConstraint("source_key", name="uq_invoice_lines_source_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoices.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text)
    #: Quantity in thousandths (1500 = 1.5 hours).
    quantity_milli: Mapped[int] = mapped_column(Integer, default=1000)
    unit_price: Mapped[Money]
    amount: Mapped[Money]
    vat_category_code: Mapped[str] = mapped_column(String(20))
    vat_rate_bp: Mapped[int] = mapped_column(Integer)
    product: Mapped[str] = mapped_column(String(30), default="other")
    #: e.g. 'lease:12:2026-03'; NULL for hand-added lines.
    source_key: Mapped[str | None] = mapped_column(String(100))

    invoice: Mapped[Invoice] = relationship(back_populates="lines")


class CreditNote(Base):
    __tablename__ = "credit_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoices.id", ondelete="RESTRICT"), index=True
    )
    issue_date: Mapped[date]
    reason: Mapped[str] = mapped_column(Text, default="")
    net_total: Mapped[Money]
    vat_total: Mapped[Money]
    gross_total: Mapped[Money]
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    #: Everything the credit note shows, frozen when it is issued (as JSON).
    snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), deferred=True)
    issued_at: Mapped[datetime]

    lines: Mapped[list[CreditNoteLine]] = relationship(
        cascade="all, delete-orphan", order_by="CreditNoteLine.position"
    )


class CreditNoteLine(Base):
    __tablename__ = "credit_note_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    credit_note_id: Mapped[int] = mapped_column(
        ForeignKey("credit_notes.id", ondelete="CASCADE"), index=True
    )
    invoice_line_id: Mapped[int | None] = mapped_column(ForeignKey("invoice_lines.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text)
    quantity_milli: Mapped[int] = mapped_column(Integer, default=1000)
    unit_price: Mapped[Money]
    amount: Mapped[Money]
    vat_category_code: Mapped[str] = mapped_column(String(20))
    vat_rate_bp: Mapped[int] = mapped_column(Integer)


class Payment(Base):
    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoices.id", ondelete="RESTRICT"), index=True
    )
    paid_on: Mapped[date]
    amount: Mapped[Money]
    method: Mapped[PaymentMethod] = mapped_column(str_enum(PaymentMethod))
    reference: Mapped[str] = mapped_column(String(140), default="")
    recorded_at: Mapped[datetime]


class OneOffCharge(Base):
    """A charge the manager adds for the next invoice run (printing, catering...)."""

    __tablename__ = "one_off_charges"
    __table_args__ = (
        CheckConstraint("(organisation_id IS NULL) <> (member_id IS NULL)", name="one_customer"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    charge_on: Mapped[date]
    description: Mapped[str] = mapped_column(Text)
    quantity_milli: Mapped[int] = mapped_column(Integer, default=1000)
    unit_price: Mapped[Money]
    vat_category_id: Mapped[int] = mapped_column(ForeignKey("vat_categories.id"))


class StaffUser(Base):
    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[StaffRole] = mapped_column(str_enum(StaffRole))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]


class AuditEntry(Base):
    """Who changed what, when. Append-only: the database refuses UPDATE and DELETE."""

    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entries_at", "at"),
        Index("ix_audit_entries_entity", "entity", "entity_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), index=True)
    #: Name shown even after the staff account is gone.
    actor: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str] = mapped_column(String(50), default="")
    #: {"field": [old, new], ...}
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
