"""The monthly invoice run: gather what a month owes, make drafts, issue them
with numbers; credit notes and payments.

Rules a caller should know:

* :func:`run_month` gathers, per customer (an organisation, or a member on
  their own), everything billable in the month: rent and service charge of
  leases, membership fees, billable bookings (meeting-room hours and flex
  days beyond the allowance, bookings of non-members, late cancellations),
  visits beyond the allowance, day passes invoiced to an organisation, and
  one-off charges. Periods that start or end inside the month are prorated
  by day, both ends included (a plan change on the 11th gives two lines).
* Every line has a ``source_key`` ("lease:12:2026-03:rent",
  "booking:4711", ...) that the database keeps unique over all invoices: a
  source is never billed twice. Running a month again adds what was missing
  to its drafts (or to a new draft when that customer's invoice was issued),
  brings draft lines up to date and removes draft lines whose source is no
  longer billable (a booking cancelled in time); hand-added lines stay.
* :func:`issue` gives drafts their numbers from one gapless sequence per year
  (the format in Settings, e.g. ``2026-00042``), their issue and due dates
  and their frozen billing details and snapshot of all the documents show
  (:mod:`hubdesk.domain.documents`), all in the caller's one transaction: a
  refused, cancelled or crashed issue leaves no number used and nothing
  issued. Nothing is issued while the hub's own invoice details are missing.
  Issued invoices are never changed; a credit note corrects one.
* Money is integer cents; VAT per invoice per rate, rounded half-up
  (:mod:`hubdesk.domain.vat`). A customer with a VAT id of another EU
  country is invoiced with reverse charge on lines whose VAT category says so.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import CursorResult, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, defer

from hubdesk.domain.enums import (
    BookingStatus,
    InvoiceStatus,
    Language,
    LeaseStatus,
    PaymentMethod,
    SpaceKind,
)
from hubdesk.domain.errors import HubdeskError, ValidationError
from hubdesk.domain.i18n import _
from hubdesk.domain.models import (
    Booking,
    CheckIn,
    CreditNote,
    CreditNoteLine,
    DayPass,
    HubSettings,
    Invoice,
    InvoiceLine,
    Member,
    NumberSequence,
    OneOffCharge,
    Organisation,
    Payment,
    Space,
    VatCategory,
)
from hubdesk.domain.money import Money, as_cents
from hubdesk.domain.snapshots import hub_details, live_credit_note_snapshot, live_invoice_snapshots
from hubdesk.domain.vat import TaxedAmount, line_amount, totals
from hubdesk.services import receivables, validation
from hubdesk.services.audit import Actor, record
from hubdesk.services.clock import now_utc
from hubdesk.services.frontdesk import day_pass_price
from hubdesk.services.hub import hub_zone
from hubdesk.services.leases import LeaseRecord, list_leases, rent_on
from hubdesk.services.plans import list_memberships, list_plans
from hubdesk.services.progress import QUIET, Cancelled, Progress
from hubdesk.services.receivables import UNPAID_STATES
from hubdesk.services.receivables import PaymentState as PaymentState
from hubdesk.services.staff import require_manager

#: EU member states (ISO 3166 alpha-2; Greece as EL in VAT ids, GR in addresses).
EU_COUNTRIES = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "EL",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    ]
)
HOME_COUNTRY = "NL"
REVERSE_CODE = "reverse"
INVOICE_SEQUENCE = "invoice"
CREDIT_SEQUENCE = "credit_note"


class Product(StrEnum):
    """What a line sells (the bookkeeping export books each on its account)."""

    RENT = "rent"
    SERVICE_CHARGE = "service_charge"
    MEMBERSHIP = "membership"
    MEETING_ROOM = "meeting_room"
    FLEX = "flex"
    DAY_PASS = "day_pass"
    LATE_CANCELLATION = "late_cancellation"
    OTHER = "other"


class InvoiceNotFound(HubdeskError):
    def __init__(self, invoice_id: int) -> None:
        super().__init__(_("Invoice #{id} does not exist").format(id=invoice_id))


class IssuingElsewhere(HubdeskError):
    """Drafts given to :func:`issue` were issued by another desk since they
    were listed (two desks issuing the same month at once): nothing is
    issued here, and the caller should read the month again."""

    def __init__(self, month: str, numbers: Sequence[str]) -> None:
        self.month = month
        self.numbers = tuple(numbers)
        super().__init__(
            _(
                "Another desk is issuing this month ({month}): {count} of these invoices "
                "were issued there meanwhile ({numbers}). Nothing was issued here; "
                "look at the month again."
            ).format(month=month or "?", count=len(numbers), numbers=_span(numbers))
        )


def _span(numbers: Sequence[str]) -> str:
    ordered = sorted(numbers)
    return ordered[0] if len(ordered) == 1 else f"{ordered[0]}..{ordered[-1]}"


def _require_hub_details(session: Session) -> None:
    """Refuse to number a document while the hub's own invoice details
    (name, address, VAT id or KvK number, IBAN) are missing."""
    missing = hub_details(session).missing()
    if missing:
        raise ValidationError(
            "hub",
            _(
                "Nothing was issued: the hub's own invoice details are missing: {missing}. "
                "Fill them in under Settings first."
            ).format(missing=", ".join(missing)),
        )


# ------------------------------------------------------------------- wording

_LABELS: dict[Language, dict[str, str]] = {
    Language.EN: {
        "rent": "Rent {offices}",
        "service": "Service charge {offices}",
        "membership": "Membership {plan}",
        "seats": "{n} seats",
        "booking": "{space}, {day} {start}\u2013{end}",
        "late": "late cancellation",
        "visit": "Flex desk day, {name}, {day}",
        "day_pass": "Day pass, {name}, {day}",
        "days": "{first} to {last} ({days} of {month_days} days)",
    },
    Language.NL: {
        "rent": "Huur {offices}",
        "service": "Servicekosten {offices}",
        "membership": "Lidmaatschap {plan}",
        "seats": "{n} plekken",
        "booking": "{space}, {day} {start}\u2013{end}",
        "late": "late annulering",
        "visit": "Flexplekdag, {name}, {day}",
        "day_pass": "Dagpas, {name}, {day}",
        "days": "{first} t/m {last} ({days} van {month_days} dagen)",
    },
}
_MONTHS = {
    Language.EN: [
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    ],
    Language.NL: [
        "jan",
        "feb",
        "mrt",
        "apr",
        "mei",
        "jun",
        "jul",
        "aug",
        "sep",
        "okt",
        "nov",
        "dec",
    ],
}


def _day_text(day: date, language: Language) -> str:
    return f"{day.day} {_MONTHS[language][day.month - 1]} {day.year}"


# --------------------------------------------------------------------- months


@dataclass(frozen=True)
class Month:
    first: date

    @classmethod
    def parse(cls, text: str) -> Month:
        """'2026-09' -> September 2026 (ValidationError at 'month' else)."""
        try:
            year, month = (int(part) for part in text.strip().split("-"))
            return cls(date(year, month, 1))
        except ValueError:
            raise ValidationError(
                "month", _("“{text}” is not a month: write it as YYYY-MM").format(text=text)
            ) from None

    @property
    def last(self) -> date:
        return self.first.replace(day=self.days)

    @property
    def days(self) -> int:
        return calendar.monthrange(self.first.year, self.first.month)[1]

    @property
    def key(self) -> str:
        return f"{self.first:%Y-%m}"


def prorate(monthly: Money, first: date, last: date, month: Month) -> Money:
    """The part of a monthly amount for ``first``..``last`` (both included)
    inside ``month``: days over the month's days, rounded half-up."""
    days = (last - first).days + 1
    if days >= month.days:
        return monthly
    return monthly.times(Decimal(days) / Decimal(month.days))


# -------------------------------------------------------------------- sources


@dataclass(frozen=True)
class Customer:
    organisation_id: int | None = None
    member_id: int | None = None


@dataclass(frozen=True)
class Source:
    """One thing a month owes, before it is a line on an invoice."""

    customer: Customer
    key: str
    product: Product
    description: str
    quantity_milli: int
    unit_price: Money
    vat_category_id: int | None
    #: Orders the lines on the invoice.
    sort: tuple[Any, ...]

    @property
    def amount(self) -> Money:
        return line_amount(self.quantity_milli, self.unit_price)


@dataclass(frozen=True)
class _CustomerFacts:
    name: str
    language: Language
    country: str
    vat_id: str
    address: str
    postcode: str
    city: str
    archived: bool


@dataclass(frozen=True)
class _Vat:
    code: str
    rate_bp: int
    reverse_charge_eu_b2b: bool
    exempt: bool
    active: bool


def _customers(session: Session) -> dict[Customer, _CustomerFacts]:
    found: dict[Customer, _CustomerFacts] = {}
    for org in session.execute(
        select(
            Organisation.id,
            Organisation.name,
            Organisation.language,
            Organisation.country,
            Organisation.vat_id,
            Organisation.billing_address,
            Organisation.postcode,
            Organisation.city,
            Organisation.archived,
        )
    ):
        id_, name, language, country, vat_id, address, postcode, city, archived = org
        found[Customer(organisation_id=id_)] = _CustomerFacts(
            name, language, country, vat_id, address, postcode, city, archived
        )
    for person in session.execute(
        select(
            Member.id,
            Member.first_name,
            Member.last_name,
            Member.language,
            Member.country,
            Member.billing_address,
            Member.postcode,
            Member.city,
            Member.archived,
        )
    ):
        id_, first, last, language, country, address, postcode, city, archived = person
        found[Customer(member_id=id_)] = _CustomerFacts(
            f"{first} {last}".strip(), language, country, "", address, postcode, city, archived
        )
    return found


def _vat_categories(session: Session) -> dict[int, _Vat]:
    return {
        id_: _Vat(code, rate, reverse, exempt, active)
        for id_, code, rate, reverse, exempt, active in session.execute(
            select(
                VatCategory.id,
                VatCategory.code,
                VatCategory.rate_bp,
                VatCategory.reverse_charge_eu_b2b,
                VatCategory.exempt,
                VatCategory.active,
            )
        )
    }


def _overlap(start: date, end: date | None, month: Month) -> tuple[date, date] | None:
    first = max(start, month.first)
    last = min(end or month.last, month.last)
    return (first, last) if first <= last else None


def _period_text(first: date, last: date, month: Month, language: Language) -> str:
    if first == month.first and last == month.last:
        return f"{_MONTHS[language][month.first.month - 1]} {month.first.year}"
    return _LABELS[language]["days"].format(
        first=_day_text(first, language),
        last=_day_text(last, language),
        days=(last - first).days + 1,
        month_days=month.days,
    )


def _lease_sources(
    leases: Sequence[LeaseRecord],
    month: Month,
    language_of: Callable[[Customer], Language],
) -> list[Source]:
    found: list[Source] = []
    for lease in leases:
        if lease.status is LeaseStatus.DRAFT:
            continue
        span = _overlap(lease.start_date, lease.end_date, month)
        if span is None:
            continue
        customer = Customer(organisation_id=lease.organisation_id)
        language = language_of(customer)
        offices = ", ".join(lease.office_names)
        # the rent changes inside the month split it (an anniversary on the 17th)
        cuts = sorted(
            {span[0]}
            | {s.effective_on for s in lease.rent_steps if span[0] < s.effective_on <= span[1]}
        )
        for number, first in enumerate(cuts):
            last = cuts[number + 1] - timedelta(days=1) if number + 1 < len(cuts) else span[1]
            suffix = "" if len(cuts) == 1 else f":{first:%d}"
            period = _period_text(first, last, month, language)
            rent = prorate(rent_on(lease, first), first, last, month)
            label = _LABELS[language]
            found.append(
                Source(
                    customer,
                    f"lease:{lease.id}:{month.key}:rent{suffix}",
                    Product.RENT,
                    f"{label['rent'].format(offices=offices)}, {period}",
                    1000,
                    rent,
                    lease.rent_vat_category_id,
                    (0, first, lease.id, 0),
                )
            )
            if lease.service_charge.cents and number == 0:
                service = prorate(lease.service_charge, span[0], span[1], month)
                whole = _period_text(span[0], span[1], month, language)
                found.append(
                    Source(
                        customer,
                        f"lease:{lease.id}:{month.key}:service",
                        Product.SERVICE_CHARGE,
                        f"{label['service'].format(offices=offices)}, {whole}",
                        1000,
                        service,
                        lease.service_vat_category_id,
                        (0, first, lease.id, 1),
                    )
                )
    return found


def _membership_sources(
    session: Session, month: Month, language_of: Callable[[Customer], Language]
) -> list[Source]:
    plan_vat = {p.id: p.vat_category_id for p in list_plans(session, include_inactive=True)}
    found: list[Source] = []
    for membership in list_memberships(session):
        span = _overlap(membership.start_date, membership.end_date, month)
        if span is None or not membership.monthly_price.cents:
            continue
        customer = Customer(membership.organisation_id, membership.member_id)
        language = language_of(customer)
        label = _LABELS[language]
        plan = membership.plan_name
        if membership.seats > 1:
            plan = f"{plan} ({label['seats'].format(n=membership.seats)})"
        found.append(
            Source(
                customer,
                f"membership:{membership.id}:{month.key}",
                Product.MEMBERSHIP,
                f"{label['membership'].format(plan=plan)}, "
                f"{_period_text(span[0], span[1], month, language)}",
                1000,
                prorate(membership.monthly_price, span[0], span[1], month),
                plan_vat.get(membership.plan_id),
                (1, span[0], membership.id),
            )
        )
    return found


def _month_instants(session: Session, month: Month) -> tuple[datetime, datetime]:
    tz = hub_zone(session)
    following = month.last + timedelta(days=1)
    return (
        datetime(month.first.year, month.first.month, 1, tzinfo=tz),
        datetime(following.year, following.month, 1, tzinfo=tz),
    )


def _booking_sources(
    session: Session,
    month: Month,
    language_of: Callable[[Customer], Language],
    skipped: list[str],
) -> list[Source]:
    start, end = _month_instants(session, month)
    tz = hub_zone(session)
    rows = session.execute(
        select(
            Booking.id,
            Booking.organisation_id,
            Booking.member_id,
            Booking.customer_name,
            Booking.start_at,
            Booking.end_at,
            Booking.title,
            Booking.price,
            Booking.late_cancellation,
            Space.name,
            Space.kind,
            Space.vat_category_id,
        )
        .join(Space, Space.id == Booking.space_id)
        .where(
            Booking.start_at >= start,
            Booking.start_at < end,
            Booking.billable.is_(True),
            Booking.price > Money(0),
            (Booking.status != BookingStatus.CANCELLED) | Booking.late_cancellation.is_(True),
        )
        .order_by(Booking.start_at, Booking.id)
    ).all()
    found: list[Source] = []
    outsiders = 0
    for id_, org, member, outsider, begin, finish, title, price, late, space, kind, vat in rows:
        if org is None and member is None:
            outsiders += 1
            continue
        customer = Customer(org, None if org is not None else member)
        language = language_of(customer)
        local_start, local_end = begin.astimezone(tz), finish.astimezone(tz)
        text = _LABELS[language]["booking"].format(
            space=space,
            day=_day_text(local_start.date(), language),
            start=f"{local_start:%H:%M}",
            end=f"{local_end:%H:%M}",
        )
        if title:
            text += f" ({title})"
        if late:
            text += f", {_LABELS[language]['late']}"
        product = (
            Product.LATE_CANCELLATION
            if late
            else Product.FLEX
            if kind is SpaceKind.FLEX_DESK
            else Product.MEETING_ROOM
        )
        found.append(
            Source(customer, f"booking:{id_}", product, text, 1000, price, vat, (2, begin, id_))
        )
        del outsider
    if outsiders:
        skipped.append(
            _(
                "{n} billable bookings of outside customers are not on an invoice: "
                "add the customer as an organisation and book under it"
            ).format(n=outsiders)
        )
    return found


def _visit_sources(
    session: Session, month: Month, language_of: Callable[[Customer], Language]
) -> list[Source]:
    start, end = _month_instants(session, month)
    tz = hub_zone(session)
    price, vat = day_pass_price(session)
    found: list[Source] = []
    for id_, member_id, org_id, first, last, in_at in session.execute(
        select(
            CheckIn.id,
            CheckIn.member_id,
            Member.organisation_id,
            Member.first_name,
            Member.last_name,
            CheckIn.in_at,
        )
        .join(Member, Member.id == CheckIn.member_id)
        .where(
            CheckIn.in_at >= start,
            CheckIn.in_at < end,
            CheckIn.billable.is_(True),
            CheckIn.day_pass_id.is_(None),
        )
        .order_by(CheckIn.in_at, CheckIn.id)
    ):
        customer = Customer(org_id, None if org_id is not None else member_id)
        language = language_of(customer)
        text = _LABELS[language]["visit"].format(
            name=f"{first} {last}".strip(), day=_day_text(in_at.astimezone(tz).date(), language)
        )
        found.append(
            Source(customer, f"check_in:{id_}", Product.FLEX, text, 1000, price, vat, (3, in_at))
        )
    return found


def _day_pass_sources(
    session: Session, month: Month, language_of: Callable[[Customer], Language]
) -> list[Source]:
    found: list[Source] = []
    for id_, org_id, name, valid_on, price, vat in session.execute(
        select(
            DayPass.id,
            DayPass.invoice_organisation_id,
            DayPass.name,
            DayPass.valid_on,
            DayPass.price,
            DayPass.vat_category_id,
        )
        .where(
            DayPass.paid_with == PaymentMethod.INVOICE,
            DayPass.invoice_organisation_id.is_not(None),
            DayPass.valid_on >= month.first,
            DayPass.valid_on <= month.last,
        )
        .order_by(DayPass.valid_on, DayPass.id)
    ):
        customer = Customer(organisation_id=org_id)
        language = language_of(customer)
        text = _LABELS[language]["day_pass"].format(name=name, day=_day_text(valid_on, language))
        found.append(
            Source(
                customer, f"day_pass:{id_}", Product.DAY_PASS, text, 1000, price, vat, (4, valid_on)
            )
        )
    return found


def _one_off_sources(session: Session, month: Month) -> list[Source]:
    return [
        Source(
            Customer(org_id, member_id),
            f"one_off:{id_}",
            Product.OTHER,
            description,
            quantity,
            price,
            vat,
            (5, on, id_),
        )
        for id_, org_id, member_id, on, description, quantity, price, vat in session.execute(
            select(
                OneOffCharge.id,
                OneOffCharge.organisation_id,
                OneOffCharge.member_id,
                OneOffCharge.charge_on,
                OneOffCharge.description,
                OneOffCharge.quantity_milli,
                OneOffCharge.unit_price,
                OneOffCharge.vat_category_id,
            ).where(OneOffCharge.charge_on >= month.first, OneOffCharge.charge_on <= month.last)
        )
    ]


def gather(session: Session, month: Month, skipped: list[str] | None = None) -> list[Source]:
    """Everything billable in ``month``, in invoice order per customer."""
    notes = skipped if skipped is not None else []
    facts = _customers(session)

    def language_of(customer: Customer) -> Language:
        found = facts.get(customer)
        return found.language if found is not None else Language.EN

    live = [
        lease
        for lease in list_leases(
            session, [LeaseStatus.ACTIVE, LeaseStatus.NOTICE_GIVEN, LeaseStatus.ENDED]
        )
    ]
    sources = (
        _lease_sources(live, month, language_of)
        + _membership_sources(session, month, language_of)
        + _booking_sources(session, month, language_of, notes)
        + _visit_sources(session, month, language_of)
        + _day_pass_sources(session, month, language_of)
        + _one_off_sources(session, month)
    )
    sources.sort(key=lambda s: s.sort)
    return sources


# ---------------------------------------------------------------------- the run


@dataclass
class RunResult:
    month: str
    drafts: list[int] = field(default_factory=list)
    drafts_made: int = 0
    lines_added: int = 0
    lines_changed: int = 0
    lines_removed: int = 0
    #: Things the run could not bill, for the manager to fix.
    skipped: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        return _(
            "{month}: {drafts} draft invoices ({made} new); {added} lines added, "
            "{changed} changed, {removed} removed."
        ).format(
            month=self.month,
            drafts=len(self.drafts),
            made=self.drafts_made,
            added=self.lines_added,
            changed=self.lines_changed,
            removed=self.lines_removed,
        )


def _check_month(month: Month, today: date) -> None:
    if month.first > today.replace(day=1):
        raise ValidationError(
            "month",
            _("{month} is in the future: a month is invoiced from its first day on").format(
                month=month.key
            ),
        )


def _line_vat(
    source_vat: int | None, customer: _CustomerFacts | None, vats: dict[int, _Vat]
) -> tuple[str, int]:
    """The line's VAT code and rate: the category's (the standard rate, the
    highest one, when the source names none), or reverse charge for an EU
    business customer abroad where the category says so."""
    vat = vats.get(source_vat) if source_vat is not None else None
    if vat is None:
        vat = _standard(vats)
    if vat is None:
        return "", 0
    if (
        vat.reverse_charge_eu_b2b
        and customer is not None
        and customer.vat_id
        and customer.country.upper() != HOME_COUNTRY
        and customer.country.upper() in EU_COUNTRIES
    ):
        return REVERSE_CODE, 0
    return vat.code, vat.rate_bp


def _standard(vats: dict[int, _Vat]) -> _Vat | None:
    """The standard rate: the highest active rate (21 % in the Netherlands)."""
    rated = [v for v in vats.values() if v.active and not v.exempt and v.rate_bp > 0]
    return max(rated, key=lambda v: (v.rate_bp, v.code), default=None)


def run_month(
    session: Session,
    actor: Actor,
    month: Month,
    *,
    today: date | None = None,
    progress: Progress = QUIET,
) -> RunResult:
    """Draft invoices for ``month`` (see the module's rules). Raises
    :class:`Cancelled` when ``progress`` says so: the caller's transaction
    then rolls back and nothing is changed."""
    require_manager(session, actor, _("run invoices"))
    day = today or now_utc(session).astimezone(hub_zone(session)).date()
    _check_month(month, day)
    result = RunResult(month.key)
    sources = gather(session, month, result.skipped)
    facts = _customers(session)
    vats = _vat_categories(session)
    by_customer: dict[Customer, list[Source]] = defaultdict(list)
    for source in sources:
        by_customer[source.customer].append(source)
    wanted = {s.key: s for s in sources}

    # what is billed already: lines of this month's invoices, and sources
    # anywhere (a key is unique over every invoice)
    existing = session.execute(
        select(
            InvoiceLine.id,
            InvoiceLine.invoice_id,
            InvoiceLine.source_key,
            InvoiceLine.description,
            InvoiceLine.quantity_milli,
            InvoiceLine.unit_price,
            InvoiceLine.vat_category_code,
            InvoiceLine.vat_rate_bp,
            Invoice.status,
        )
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(Invoice.run_month == month.key)
    ).all()
    billed = {row.source_key for row in existing if row.source_key}
    drafts = {
        Customer(org, member): id_
        for id_, org, member in session.execute(
            select(Invoice.id, Invoice.organisation_id, Invoice.member_id).where(
                Invoice.run_month == month.key, Invoice.status == InvoiceStatus.DRAFT
            )
        )
    }

    # draft lines whose source went away, or changed
    touched: set[int] = set()
    for row in existing:
        if row.status is not InvoiceStatus.DRAFT or not row.source_key:
            continue
        now_owed = wanted.get(row.source_key)
        if now_owed is None or drafts.get(now_owed.customer) != row.invoice_id:
            session.execute(delete(InvoiceLine).where(InvoiceLine.id == row.id))
            result.lines_removed += 1
            touched.add(row.invoice_id)
            continue
        code, rate = _line_vat(now_owed.vat_category_id, facts.get(now_owed.customer), vats)
        current = (now_owed.description, now_owed.quantity_milli, now_owed.unit_price, code, rate)
        stored = (
            row.description,
            row.quantity_milli,
            row.unit_price,
            row.vat_category_code,
            row.vat_rate_bp,
        )
        if current != stored:
            session.execute(
                update(InvoiceLine)
                .where(InvoiceLine.id == row.id)
                .values(
                    description=now_owed.description,
                    quantity_milli=now_owed.quantity_milli,
                    unit_price=now_owed.unit_price,
                    amount=now_owed.amount,
                    vat_category_code=code,
                    vat_rate_bp=rate,
                )
            )
            result.lines_changed += 1
            touched.add(row.invoice_id)

    # anything billed under another month's run stays there
    keys = [k for k in wanted if k not in billed]
    elsewhere: set[str] = set()
    for chunk in range(0, len(keys), 500):
        elsewhere.update(
            session.scalars(
                select(InvoiceLine.source_key).where(
                    InvoiceLine.source_key.in_(keys[chunk : chunk + 500])
                )
            )
        )

    # what each customer still owes, and the drafts it goes on (new ones
    # made in one statement)
    owed: list[tuple[Customer, _CustomerFacts, list[Source]]] = []
    customers = list(by_customer.items())
    for done, (customer, items) in enumerate(customers):
        if progress.cancelled():
            raise Cancelled()
        progress.advance(done, len(customers))
        missing = [s for s in items if s.key not in billed and s.key not in elsewhere]
        if not missing:
            continue
        known = facts.get(customer)
        if known is None:
            result.skipped.append(_("A customer no longer exists; its lines were left out"))
            continue
        owed.append((customer, known, missing))
    new = [(c, known) for c, known, _missing in owed if c not in drafts]
    drafts.update(_new_drafts(session, new, month, now_utc(session)))
    result.drafts_made = len(new)
    last_position = dict(
        session.execute(
            select(InvoiceLine.invoice_id, func.max(InvoiceLine.position))
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(Invoice.run_month == month.key, Invoice.status == InvoiceStatus.DRAFT)
            .group_by(InvoiceLine.invoice_id)
        ).all()
    )
    rows = []
    for customer, known, missing in owed:
        invoice_id = drafts[customer]
        position = int(last_position.get(invoice_id) or 0)
        for source in missing:
            position += 1
            code, rate = _line_vat(source.vat_category_id, known, vats)
            rows.append(
                {
                    "invoice_id": invoice_id,
                    "position": position,
                    "description": source.description,
                    "quantity_milli": source.quantity_milli,
                    "unit_price": source.unit_price,
                    "amount": source.amount,
                    "vat_category_code": code,
                    "vat_rate_bp": rate,
                    "product": source.product.value,
                    "source_key": source.key,
                }
            )
        touched.add(invoice_id)
    if rows:
        session.execute(insert(InvoiceLine), rows)
    result.lines_added = len(rows)
    progress.advance(len(customers), len(customers))

    # the touched drafts' totals; those left without lines go
    _refresh_drafts(session, touched)
    empty = [
        invoice_id
        for invoice_id in touched
        if not session.scalar(
            select(func.count())
            .select_from(InvoiceLine)
            .where(InvoiceLine.invoice_id == invoice_id)
        )
    ]
    if empty:
        session.execute(delete(Invoice).where(Invoice.id.in_(empty)))
    result.drafts = sorted(
        session.scalars(
            select(Invoice.id).where(
                Invoice.run_month == month.key, Invoice.status == InvoiceStatus.DRAFT
            )
        )
    )
    record(
        session,
        actor,
        "run",
        "invoice_run",
        month.key,
        {
            "lines_added": (None, result.lines_added),
            "lines_changed": (None, result.lines_changed),
            "lines_removed": (None, result.lines_removed),
        },
    )
    return result


def _new_drafts(
    session: Session,
    customers: Sequence[tuple[Customer, _CustomerFacts]],
    month: Month,
    now: datetime,
) -> dict[Customer, int]:
    """A new draft for each customer, in one statement; their ids."""
    if not customers:
        return {}
    rows = [
        {
            "organisation_id": customer.organisation_id,
            "member_id": customer.member_id,
            "status": InvoiceStatus.DRAFT,
            "run_month": month.key,
            "period_start": month.first,
            "period_end": month.last,
            "billing_name": facts.name,
            "billing_address": facts.address,
            "billing_postcode": facts.postcode,
            "billing_city": facts.city,
            "billing_country": facts.country or HOME_COUNTRY,
            "billing_vat_id": facts.vat_id,
            "language": facts.language,
            "net_total": Money(0),
            "vat_total": Money(0),
            "gross_total": Money(0),
            "created_at": now,
        }
        for customer, facts in customers
    ]
    ids = session.scalars(
        insert(Invoice).returning(Invoice.id, sort_by_parameter_order=True), rows
    ).all()
    return {customer: id_ for (customer, _facts), id_ in zip(customers, ids, strict=True)}


def _refresh_drafts(session: Session, invoice_ids: Iterable[int]) -> None:
    """The totals of these drafts from their lines, VAT per rate (one read,
    one update)."""
    ids = sorted(set(invoice_ids))
    if not ids:
        return
    taxed: dict[int, list[TaxedAmount]] = {i: [] for i in ids}
    for invoice_id, code, rate, amount in session.execute(
        select(
            InvoiceLine.invoice_id,
            InvoiceLine.vat_category_code,
            InvoiceLine.vat_rate_bp,
            func.sum(InvoiceLine.amount),
        )
        .where(InvoiceLine.invoice_id.in_(ids))
        .group_by(InvoiceLine.invoice_id, InvoiceLine.vat_category_code, InvoiceLine.vat_rate_bp)
    ):
        taxed[invoice_id].append(TaxedAmount(code, rate, Money(as_cents(amount))))
    rows = []
    for invoice_id, lines in taxed.items():
        sums = totals(lines)
        rows.append(
            {"b_id": invoice_id, "b_net": sums.net, "b_vat": sums.vat, "b_gross": sums.gross}
        )
    table = cast(Table, Invoice.__table__)
    session.execute(
        update(table)
        .where(
            table.c.id == bindparam("b_id"),
            table.c.status == InvoiceStatus.DRAFT.value,
        )
        .values(
            net_total=bindparam("b_net", type_=table.c.net_total.type),
            vat_total=bindparam("b_vat", type_=table.c.vat_total.type),
            gross_total=bindparam("b_gross", type_=table.c.gross_total.type),
        ),
        rows,
    )


# ----------------------------------------------------------------- draft edits


def _draft(session: Session, invoice_id: int) -> Invoice:
    return _still_draft(session.get(Invoice, invoice_id), invoice_id)


def _still_draft(invoice: Invoice | None, invoice_id: int) -> Invoice:
    """``invoice`` when it is a draft; refused when gone or issued."""
    if invoice is None:
        raise InvoiceNotFound(invoice_id)
    if invoice.status is not InvoiceStatus.DRAFT:
        raise ValidationError(
            "status",
            _("Invoice {number} is issued: correct it with a credit note").format(
                number=invoice.number
            ),
        )
    return invoice


@dataclass(frozen=True)
class LineInput:
    description: str
    quantity: str | Decimal = "1"
    unit_price: str | Money = ""
    vat_category_id: int | None = None
    product: Product = Product.OTHER


def _quantity_milli(value: str | Decimal) -> int:
    """A quantity as typed ('1', '1,5') in thousandths, above 0."""
    try:
        quantity = Decimal(str(value).replace(",", ".").strip() or "1")
    except ArithmeticError:
        raise ValidationError("quantity", _("Enter a quantity, e.g. 1 or 1.5")) from None
    milli = quantity * 1000
    if not milli.is_finite() or milli != milli.to_integral_value() or milli <= 0 or milli > 10**9:
        raise ValidationError(
            "quantity", _("The quantity must be above 0, with at most three decimals")
        )
    return int(milli)


def add_line(session: Session, actor: Actor, invoice_id: int, data: LineInput) -> int:
    """A line added by hand to a draft (audited); returns its id."""
    require_manager(session, actor, _("change invoices"))
    invoice = _draft(session, invoice_id)
    description = validation.required_text(
        data.description, field="description", max_length=500, label=_("Description")
    )
    milli = _quantity_milli(data.quantity)
    quantity = Decimal(milli) / 1000
    price = validation.money(data.unit_price, field="unit_price", required=True, label=_("Price"))
    assert price is not None
    if data.vat_category_id is None:
        raise ValidationError("vat_category", _("Choose a VAT category"))
    vats = _vat_categories(session)
    if data.vat_category_id not in vats:
        raise ValidationError("vat_category", _("That VAT category does not exist"))
    facts = _customers(session).get(Customer(invoice.organisation_id, invoice.member_id))
    code, rate = _line_vat(data.vat_category_id, facts, vats)
    position = session.scalar(
        select(func.coalesce(func.max(InvoiceLine.position), 0)).where(
            InvoiceLine.invoice_id == invoice_id
        )
    )
    line = InvoiceLine(
        invoice_id=invoice_id,
        position=(position or 0) + 1,
        description=description,
        quantity_milli=int(milli),
        unit_price=price,
        amount=line_amount(int(milli), price),
        vat_category_code=code,
        vat_rate_bp=rate,
        product=data.product.value,
        source_key=None,
    )
    session.add(line)
    session.flush()
    _refresh_drafts(session, [invoice_id])
    record(
        session,
        actor,
        "add_line",
        "invoice",
        invoice_id,
        {"line": (None, f"{description}: {quantity} x {price}")},
    )
    return line.id


def remove_line(session: Session, actor: Actor, line_id: int) -> None:
    """Take a line off a draft (audited). A removed sourced line comes back
    when the month is run again, unless its source is no longer billable."""
    require_manager(session, actor, _("change invoices"))
    line = session.get(InvoiceLine, line_id)
    if line is None:
        raise ValidationError("line", _("That line no longer exists"))
    _draft(session, line.invoice_id)
    invoice_id = line.invoice_id
    before = f"{line.description} ({line.amount})"
    session.delete(line)
    session.flush()
    _refresh_drafts(session, [invoice_id])
    record(session, actor, "remove_line", "invoice", invoice_id, {"line": (before, None)})


def delete_draft(session: Session, actor: Actor, invoice_id: int) -> None:
    require_manager(session, actor, _("change invoices"))
    invoice = _draft(session, invoice_id)
    session.delete(invoice)
    session.flush()
    record(session, actor, "delete", "invoice", invoice_id, {"status": ("draft", None)})


# ---------------------------------------------------------------------- issuing


def _reserve_numbers(session: Session, name: str, year: int, count: int) -> int:
    """Take the next ``count`` numbers of a gapless sequence, in the caller's
    transaction (the row is locked on PostgreSQL; SQLite writes one at a
    time); the first of them."""
    dialect = session.get_bind().dialect.name
    values = {"name": name, "year": year, "last_value": 0}
    if dialect == "postgresql":
        session.execute(postgresql.insert(NumberSequence).values(**values).on_conflict_do_nothing())
    else:
        session.execute(sqlite.insert(NumberSequence).values(**values).on_conflict_do_nothing())
    current = session.execute(
        select(NumberSequence.last_value)
        .where(NumberSequence.name == name, NumberSequence.year == year)
        .with_for_update()
    ).scalar_one()
    session.execute(
        update(NumberSequence)
        .where(NumberSequence.name == name, NumberSequence.year == year)
        .values(last_value=current + count)
    )
    return int(current) + 1


def _next_number(session: Session, name: str, year: int, pattern: str) -> str:
    return pattern.format(year=year, seq=_reserve_numbers(session, name, year, 1))


@dataclass(frozen=True)
class IssueResult:
    numbers: tuple[str, ...]
    invoice_ids: tuple[int, ...]


def _problems(
    invoice: Invoice, facts: _CustomerFacts | None, lines: int, gross: Money
) -> list[str]:
    name = invoice.billing_name or str(invoice.id)
    problems = []
    if lines == 0:
        problems.append(_("{name}: the invoice has no lines").format(name=name))
    if facts is None:
        problems.append(_("{name}: the customer no longer exists").format(name=name))
        return problems
    if not facts.address.strip() or not facts.city.strip():
        problems.append(_("{name}: no billing address").format(name=name))
    if gross < Money(0):
        problems.append(
            _("{name}: the total is negative; use a credit note instead").format(name=name)
        )
    return problems


def issue(
    session: Session,
    actor: Actor,
    invoice_ids: Iterable[int],
    *,
    today: date | None = None,
    render: Callable[[Session, int], bytes] | None = None,
    progress: Progress = QUIET,
) -> IssueResult:
    """Issue drafts: check them all first (every problem listed, nothing
    issued), then give each a number, dates, its frozen billing details, the
    snapshot its PDF and e-invoice are made from and, with ``render``, its
    PDF. One transaction: the caller's. Refused while the hub's own details
    are missing; :class:`IssuingElsewhere` when another desk issued any of
    the drafts since they were listed."""
    require_manager(session, actor, _("issue invoices"))
    _require_hub_details(session)
    settings = session.get(HubSettings, 1)
    pattern = settings.invoice_number_format if settings else "{year}-{seq:05d}"
    term = settings.payment_term_days if settings else 14
    day = today or now_utc(session).astimezone(hub_zone(session)).date()
    ids = sorted(set(invoice_ids))
    facts = _customers(session)
    # locked (PostgreSQL; SQLite's writer holds the whole file), so a desk
    # issuing the same drafts at once waits here and then sees them issued
    stored = {
        invoice.id: invoice
        for invoice in session.scalars(
            select(Invoice).where(Invoice.id.in_(ids)).order_by(Invoice.id).with_for_update()
        )
    }
    taken = [i for i in stored.values() if i.status is not InvoiceStatus.DRAFT]
    if taken:
        raise IssuingElsewhere(taken[0].run_month, [i.number or "" for i in taken])
    taxed: dict[int, list[TaxedAmount]] = defaultdict(list)
    for invoice_id, code, rate, amount in session.execute(
        select(
            InvoiceLine.invoice_id,
            InvoiceLine.vat_category_code,
            InvoiceLine.vat_rate_bp,
            InvoiceLine.amount,
        ).where(InvoiceLine.invoice_id.in_(ids))
    ):
        taxed[invoice_id].append(TaxedAmount(code, rate, amount))
    invoices = []
    problems: list[str] = []
    for invoice_id in ids:
        invoice = _still_draft(stored.get(invoice_id), invoice_id)
        found = facts.get(Customer(invoice.organisation_id, invoice.member_id))
        sums = totals(taxed[invoice_id])
        problems += _problems(invoice, found, len(taxed[invoice_id]), sums.gross)
        invoices.append((invoice, found, sums))
    if problems:
        raise ValidationError(
            "invoices",
            _("Nothing was issued. Fix these first:")
            + "\n"
            + "\n".join(f"\u2022 {p}" for p in problems),
        )
    if not invoices:
        raise ValidationError("invoices", _("There are no draft invoices to issue"))
    now = now_utc(session)
    first = _reserve_numbers(session, INVOICE_SEQUENCE, day.year, len(invoices))
    numbers = []
    rows = []
    for done, (invoice, found, sums) in enumerate(invoices):
        if progress.cancelled():
            raise Cancelled()
        progress.advance(done, len(invoices))
        assert found is not None
        number = pattern.format(year=day.year, seq=first + done)
        numbers.append(number)
        rows.append(
            {
                "id": invoice.id,
                "number": number,
                "status": InvoiceStatus.ISSUED,
                "issue_date": day,
                "due_date": day + timedelta(days=term),
                "issued_at": now,
                "net_total": sums.net,
                "vat_total": sums.vat,
                "gross_total": sums.gross,
                "billing_name": found.name,
                "billing_address": found.address,
                "billing_postcode": found.postcode,
                "billing_city": found.city,
                "billing_country": found.country or HOME_COUNTRY,
                "billing_vat_id": found.vat_id,
                "language": found.language,
            }
        )
    session.execute(update(Invoice), rows)
    # what the documents show, frozen with their numbers
    snapshots = live_invoice_snapshots(session, [i.id for i, _f, _s in invoices])
    session.execute(
        update(Invoice),
        [{"id": i, "snapshot": snapshot.to_json()} for i, snapshot in snapshots.items()],
    )
    if render is not None:
        for invoice, _found, _sums in invoices:
            session.execute(
                update(Invoice)
                .where(Invoice.id == invoice.id)
                .values(pdf=render(session, invoice.id))
            )
    progress.advance(len(invoices), len(invoices))
    span = numbers[0] if len(numbers) == 1 else f"{numbers[0]}..{numbers[-1]}"
    record(
        session,
        actor,
        "issue",
        "invoices",
        span[:50],
        {
            "numbers": (None, span),
            "invoice_ids": (None, [i.id for i, _f, _s in invoices]),
        },
    )
    return IssueResult(tuple(numbers), tuple(i.id for i, _f, _s in invoices))


# --------------------------------------------------------------- credit notes


def credit(
    session: Session,
    actor: Actor,
    invoice_id: int,
    reason: str,
    *,
    line_ids: Sequence[int] | None = None,
    today: date | None = None,
    render: Callable[[Session, int], bytes] | None = None,
) -> int:
    """A credit note for all lines of an issued invoice, or for ``line_ids``
    (each line credited once at most); its own gapless number. Returns its id."""
    require_manager(session, actor, _("issue credit notes"))
    _require_hub_details(session)
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise InvoiceNotFound(invoice_id)
    if invoice.status is not InvoiceStatus.ISSUED:
        raise ValidationError("status", _("Only an issued invoice can be credited"))
    text = validation.required_text(reason, field="reason", max_length=500, label=_("Reason"))
    credited = set(
        session.scalars(
            select(CreditNoteLine.invoice_line_id)
            .join(CreditNote, CreditNote.id == CreditNoteLine.credit_note_id)
            .where(CreditNote.invoice_id == invoice_id)
        )
    )
    lines = [line for line in invoice.lines if line_ids is None or line.id in set(line_ids)]
    if line_ids is not None and len(lines) != len(set(line_ids)):
        raise ValidationError("lines", _("Some of those lines are not on this invoice"))
    lines = [line for line in lines if line.id not in credited]
    if not lines:
        raise ValidationError("lines", _("Those lines have been credited already"))
    settings = session.get(HubSettings, 1)
    pattern = settings.credit_note_number_format if settings else "C{year}-{seq:05d}"
    day = today or now_utc(session).astimezone(hub_zone(session)).date()
    result = totals(
        TaxedAmount(line.vat_category_code, line.vat_rate_bp, -line.amount) for line in lines
    )
    note = CreditNote(
        number=_next_number(session, CREDIT_SEQUENCE, day.year, pattern),
        invoice_id=invoice_id,
        issue_date=day,
        reason=text,
        net_total=result.net,
        vat_total=result.vat,
        gross_total=result.gross,
        issued_at=now_utc(session),
    )
    session.add(note)
    session.flush()
    for position, line in enumerate(lines, start=1):
        session.add(
            CreditNoteLine(
                credit_note_id=note.id,
                invoice_line_id=line.id,
                position=position,
                description=line.description,
                quantity_milli=line.quantity_milli,
                unit_price=-line.unit_price,
                amount=-line.amount,
                vat_category_code=line.vat_category_code,
                vat_rate_bp=line.vat_rate_bp,
            )
        )
    session.flush()
    snapshot = live_credit_note_snapshot(session, note.id)
    assert snapshot is not None
    note.snapshot = snapshot.to_json()
    session.flush()
    if render is not None:
        note.pdf = render(session, note.id)
        session.flush()
    record(
        session,
        actor,
        "credit",
        "invoice",
        invoice_id,
        {"credit_note": (None, note.number), "gross": (None, result.gross)},
    )
    return note.id


# -------------------------------------------------------------------- payments


@dataclass(frozen=True)
class InvoiceRecord:
    id: int
    number: str
    status: InvoiceStatus
    organisation_id: int | None
    member_id: int | None
    customer: str
    run_month: str
    issue_date: date | None
    due_date: date | None
    net_total: Money
    vat_total: Money
    gross_total: Money
    paid: Money
    credited: Money
    state: PaymentState
    lines: int

    @property
    def open_amount(self) -> Money:
        """What is still to be paid (:func:`receivables.open_amount` of an
        open or overdue invoice; nothing otherwise)."""
        if self.state not in UNPAID_STATES:
            return Money(0)
        return Money(self.gross_total.cents - self.paid.cents - self.credited.cents)

    def days_overdue(self, today: date) -> int:
        if self.state is not PaymentState.OVERDUE or self.due_date is None:
            return 0
        return (today - self.due_date).days


def list_invoices(
    session: Session,
    *,
    month: str | None = None,
    organisation_id: int | None = None,
    member_id: int | None = None,
    states: Sequence[PaymentState] | None = None,
    today: date | None = None,
) -> list[InvoiceRecord]:
    """Invoices (drafts included unless ``states`` leaves them out), by
    number, drafts last. The state is :func:`receivables.state`, filtered in
    the database."""
    day = today or now_utc(session).astimezone(hub_zone(session)).date()
    paid, credited = receivables.paid(), receivables.credited()
    state = receivables.state(day)
    lines = (
        select(func.count())
        .select_from(InvoiceLine)
        .where(InvoiceLine.invoice_id == Invoice.id)
        .scalar_subquery()
    )
    # not the stored PDFs: tens of kilobytes each, thousands in a month
    query = select(Invoice, paid, credited, lines, state).options(defer(Invoice.pdf))
    if month is not None:
        query = query.where(Invoice.run_month == month)
    if organisation_id is not None:
        query = query.where(Invoice.organisation_id == organisation_id)
    if member_id is not None:
        query = query.where(Invoice.member_id == member_id)
    if states is not None:
        query = query.where(state.in_([PaymentState(s).value for s in states]))
    found = []
    for invoice, paid_cents, credited_cents, count, state_value in session.execute(query):
        found.append(
            InvoiceRecord(
                id=invoice.id,
                number=invoice.number or "",
                status=invoice.status,
                organisation_id=invoice.organisation_id,
                member_id=invoice.member_id,
                customer=invoice.billing_name,
                run_month=invoice.run_month,
                issue_date=invoice.issue_date,
                due_date=invoice.due_date,
                net_total=invoice.net_total,
                vat_total=invoice.vat_total,
                gross_total=invoice.gross_total,
                paid=Money(as_cents(paid_cents)),
                credited=Money(as_cents(credited_cents)),
                state=PaymentState(state_value),
                lines=int(count),
            )
        )
    found.sort(key=lambda r: (r.status is InvoiceStatus.DRAFT, r.number, r.customer, r.id))
    return found


def overdue(session: Session, today: date) -> list[tuple[InvoiceRecord, int]]:
    """Overdue invoices with their days overdue, longest first."""
    found = list_invoices(session, states=[PaymentState.OVERDUE], today=today)
    return sorted(((r, r.days_overdue(today)) for r in found), key=lambda x: (-x[1], x[0].number))


def record_payment(
    session: Session,
    actor: Actor,
    invoice_id: int,
    paid_on: date,
    amount: str | Money,
    method: str | PaymentMethod,
    reference: str = "",
) -> int:
    """A payment (or part of one) on an issued invoice."""
    require_manager(session, actor, _("record payments"))
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise InvoiceNotFound(invoice_id)
    if invoice.status is not InvoiceStatus.ISSUED:
        raise ValidationError("status", _("Payments are recorded on issued invoices"))
    money = validation.money(amount, field="amount", required=True, label=_("Amount"))
    assert money is not None
    if money.cents == 0:
        raise ValidationError("amount", _("Enter the amount paid"))
    paid_with = validation.choice(method, PaymentMethod, field="method", label=_("Method"))
    ref = validation.one_line(reference, field="reference", max_length=140, label=_("Reference"))
    payment = Payment(
        invoice_id=invoice_id,
        paid_on=paid_on,
        amount=money,
        method=paid_with,
        reference=ref,
        recorded_at=now_utc(session),
    )
    session.add(payment)
    session.flush()
    record(
        session,
        actor,
        "payment",
        "invoice",
        invoice_id,
        {"amount": (None, money), "method": (None, paid_with), "paid_on": (None, paid_on)},
    )
    return payment.id


def stored_pdf(session: Session, invoice_id: int) -> bytes | None:
    """The PDF an issued invoice was issued with (None for a draft)."""
    return session.scalar(select(Invoice.pdf).where(Invoice.id == invoice_id))


@dataclass(frozen=True)
class LineRecord:
    id: int
    position: int
    description: str
    quantity_milli: int
    unit_price: Money
    amount: Money
    vat_category_code: str
    vat_rate_bp: int
    product: str
    #: None for a line added by hand.
    source_key: str | None
    credited: bool


def invoice_lines(session: Session, invoice_id: int) -> list[LineRecord]:
    """An invoice's lines in their order, each saying whether a credit note
    took it back."""
    credited = set(
        session.scalars(
            select(CreditNoteLine.invoice_line_id)
            .join(CreditNote, CreditNote.id == CreditNoteLine.credit_note_id)
            .where(CreditNote.invoice_id == invoice_id)
        )
    )
    return [
        LineRecord(
            line.id,
            line.position,
            line.description,
            line.quantity_milli,
            line.unit_price,
            line.amount,
            line.vat_category_code,
            line.vat_rate_bp,
            line.product,
            line.source_key,
            line.id in credited,
        )
        for line in session.scalars(
            select(InvoiceLine)
            .where(InvoiceLine.invoice_id == invoice_id)
            .order_by(InvoiceLine.position, InvoiceLine.id)
        )
    ]


def months_to_run(today: date, count: int = 13) -> list[Month]:
    """This month and the ones before it, newest first (what a run may be for)."""
    months = []
    first = today.replace(day=1)
    for _step in range(count):
        months.append(Month(first))
        first = (first - timedelta(days=1)).replace(day=1)
    return months


def store_pdfs(session: Session, pdfs: Iterable[tuple[int, bytes]]) -> int:
    """Keep the PDFs drawn for issued invoices that have none stored yet (an
    issued invoice's stored PDF never changes); how many were kept."""
    kept = 0
    for invoice_id, data in pdfs:
        result = session.execute(
            update(Invoice)
            .where(
                Invoice.id == invoice_id,
                Invoice.status == InvoiceStatus.ISSUED,
                Invoice.pdf.is_(None),
            )
            .values(pdf=data)
        )
        kept += cast(CursorResult[Any], result).rowcount
    return kept


def without_pdf(session: Session) -> list[int]:
    """Issued invoices whose PDF is not stored yet (drawing stopped halfway)."""
    return list(
        session.scalars(
            select(Invoice.id)
            .where(Invoice.status == InvoiceStatus.ISSUED, Invoice.pdf.is_(None))
            .order_by(Invoice.id)
        )
    )


def credit_notes_without_pdf(session: Session) -> list[int]:
    """Credit notes whose PDF is not stored (issued without one, or the
    program stopped before it was kept)."""
    return list(
        session.scalars(
            select(CreditNote.id).where(CreditNote.pdf.is_(None)).order_by(CreditNote.id)
        )
    )


def store_credit_note_pdfs(session: Session, pdfs: Iterable[tuple[int, bytes]]) -> int:
    """Keep the PDFs drawn for credit notes that have none stored yet (a
    stored one never changes); how many were kept."""
    kept = 0
    for note_id, data in pdfs:
        result = session.execute(
            update(CreditNote)
            .where(CreditNote.id == note_id, CreditNote.pdf.is_(None))
            .values(pdf=data)
        )
        kept += cast(CursorResult[Any], result).rowcount
    return kept


@dataclass(frozen=True)
class MonthChange:
    """A draft next to the same customer's invoices of the month before."""

    previous_numbers: tuple[str, ...]
    previous_gross: Money
    gross: Money
    #: Recurring lines (rent, service charge, memberships) new this month.
    added: tuple[str, ...]
    #: Recurring lines of last month that are not on this one.
    gone: tuple[str, ...]

    @property
    def difference(self) -> Money:
        return self.gross - self.previous_gross


def _recurring(source_key: str | None) -> str | None:
    """A lease's or membership's line without its month ('lease:12:rent'),
    None for what happens once (a booking, a visit, a day pass)."""
    if not source_key:
        return None
    parts = source_key.split(":")
    if parts[0] == "lease" and len(parts) >= 4:
        return f"lease:{parts[1]}:{parts[3]}"
    if parts[0] == "membership" and len(parts) >= 2:
        return f"membership:{parts[1]}"
    return None


def change_since_last_month(session: Session, invoice_id: int) -> MonthChange | None:
    """What changed against the customer's invoices of the month before the
    run's (None for an invoice made by hand, outside a run)."""
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise InvoiceNotFound(invoice_id)
    if not invoice.run_month:
        return None
    first = Month.parse(invoice.run_month).first
    previous = Month((first - timedelta(days=1)).replace(day=1)).key
    who = (
        Invoice.organisation_id == invoice.organisation_id
        if invoice.organisation_id is not None
        else Invoice.member_id == invoice.member_id
    )
    before = session.execute(
        select(Invoice.id, Invoice.number, Invoice.gross_total).where(
            who, Invoice.run_month == previous
        )
    ).all()

    def recurring(ids: Sequence[int]) -> dict[str, str]:
        found: dict[str, str] = {}
        for key, description in session.execute(
            select(InvoiceLine.source_key, InvoiceLine.description).where(
                InvoiceLine.invoice_id.in_(ids)
            )
        ):
            base = _recurring(key)
            if base is not None:
                found[base] = description
        return found

    now = recurring([invoice_id])
    then = recurring([row.id for row in before])
    return MonthChange(
        previous_numbers=tuple(sorted(row.number or "" for row in before)),
        previous_gross=Money(sum(row.gross_total.cents for row in before)),
        gross=invoice.gross_total,
        added=tuple(now[k] for k in sorted(now) if k not in then),
        gone=tuple(then[k] for k in sorted(then) if k not in now),
    )


@dataclass(frozen=True)
class OneOffInput:
    """A charge for the run of its month (printing, catering, a lost key)."""

    charge_on: date
    description: str
    unit_price: str | Money
    vat_category_id: int | None
    quantity: str | Decimal = "1"
    organisation_id: int | None = None
    member_id: int | None = None


def add_one_off_charge(session: Session, actor: Actor, data: OneOffInput) -> int:
    """A one-off charge the run of its month puts on the customer's invoice
    (audited); its id."""
    require_manager(session, actor, _("change invoices"))
    if (data.organisation_id is None) == (data.member_id is None):
        raise ValidationError("customer", _("Choose the organisation or the member to charge"))
    customer = _customers(session).get(Customer(data.organisation_id, data.member_id))
    if customer is None or customer.archived:
        raise ValidationError("customer", _("That customer is archived or gone"))
    description = validation.required_text(
        data.description, field="description", max_length=500, label=_("Description")
    )
    milli = _quantity_milli(data.quantity)
    price = validation.money(data.unit_price, field="unit_price", required=True, label=_("Price"))
    assert price is not None
    if data.vat_category_id is None or data.vat_category_id not in _vat_categories(session):
        raise ValidationError("vat_category", _("Choose a VAT category"))
    charge = OneOffCharge(
        organisation_id=data.organisation_id,
        member_id=data.member_id,
        charge_on=data.charge_on,
        description=description,
        quantity_milli=milli,
        unit_price=price,
        vat_category_id=data.vat_category_id,
    )
    session.add(charge)
    session.flush()
    record(
        session,
        actor,
        "create",
        "one_off_charge",
        charge.id,
        {
            "customer": (None, customer.name),
            "charge_on": (None, data.charge_on),
            "line": (None, f"{description}: {milli / 1000:g} x {price}"),
        },
    )
    return charge.id
