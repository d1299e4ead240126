"""Importing organisations, members, spaces, bookings, plans, memberships and
leases from a CSV file.

The file: UTF-8 (with or without the byte-order mark Excel writes), values
separated by ``;`` (Dutch Excel) or ``,`` (the separator is taken from the
header line), a header line naming the columns. Header names ignore case,
spaces, ``_`` and ``-`` ("First name", "first_name" and "FIRST-NAME" are one
column), and Dutch names are accepted too. The columns of each kind are
defined once, in :data:`COLUMNS`; :func:`columns_markdown` makes the README
section from it.

All or nothing: a file with any bad row imports nothing and raises
:class:`ImportFailed`, whose ``problems`` name every bad cell by line number
(as an editor shows it), column and reason. A good file is imported in the
caller's transaction and :class:`ImportResult` counts what happened.

Importing the same file again adds nothing: organisations are matched on name,
spaces on name (case ignored), members on e-mail address, or on first name,
last name and organisation when the row has no e-mail address. A matched
record is updated where the file's values differ; an empty cell leaves the
stored value as it is (clear a value in the desk application itself), and
the matching value itself is kept as stored (a file in capitals renames
nothing).

Bookings are different: each row is a new booking, made through
:func:`hubdesk.services.bookings.create_booking` with the importing actor, so
every rule of a booking made at the desk holds (a free space, its capacity,
opening hours, no past times for reception). Dates and times in the file are
the hub's local time. A row identical to a stored booking (same space, times,
booker, title, people and notes) counts as unchanged, so a file imported
again adds nothing twice; any other overlap, with a stored booking or with an
earlier row of the file, is that row's problem.

Plans, memberships and leases are for managers, and each row goes through
the service the desk's forms use (:mod:`hubdesk.services.plans`,
:mod:`hubdesk.services.leases`), so the same rules hold. Plans are matched on
name and updated like organisations. A membership row whose holder already
has the plan from the same start date, and a lease row naming the same
organisation, start date and offices as a stored lease, count as unchanged;
any other row is new (a lease is activated unless its status says draft), and
an overlap with a stored membership or live lease, or with an earlier row of
the file, is that row's problem.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, ClassVar, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.domain import wall_clock
from hubdesk.domain.enums import (
    BookingStatus,
    LeaseStatus,
    OrganisationKind,
    PlanKind,
    SpaceKind,
)
from hubdesk.domain.errors import BookingConflict, HubdeskError, LeaseConflict, ValidationError
from hubdesk.domain.i18n import N_, _
from hubdesk.domain.models import (
    Booking,
    Lease,
    LeaseOffice,
    Member,
    Membership,
    Organisation,
    Plan,
    Space,
)
from hubdesk.domain.money import Money
from hubdesk.domain.types import utc
from hubdesk.services import bookings as b
from hubdesk.services import directory as d
from hubdesk.services import leases as ls
from hubdesk.services import plans as p
from hubdesk.services import validation as v
from hubdesk.services.audit import Actor, record
from hubdesk.services.hub import hub_zone
from hubdesk.services.leases import MAX_NOTICE_MONTHS
from hubdesk.services.plans import (
    FLEX_DAYS_MAX,
    PLAN_KIND_ALIASES,
    PLAN_NAME_MAX,
    REASON_MAX,
    SEATS_MAX,
)
from hubdesk.services.staff import require_manager

Kind = Literal["organisations", "members", "spaces", "bookings", "plans", "memberships", "leases"]
KINDS: tuple[Kind, ...] = (
    "organisations",
    "members",
    "spaces",
    "bookings",
    "plans",
    "memberships",
    "leases",
)

#: Problems listed in the message of :class:`ImportFailed` (all are in ``problems``).
MESSAGE_PROBLEMS = 20

#: The kinds as the messages name them (translated when shown).
_KIND_WORDS: dict[str, str] = {
    "organisations": N_("organisations"),
    "members": N_("members"),
    "spaces": N_("spaces"),
    "bookings": N_("bookings"),
    "plans": N_("plans"),
    "memberships": N_("memberships"),
    "leases": N_("leases"),
}


# ---------------------------------------------------------------------- results


@dataclass(frozen=True)
class Problem:
    """One bad cell (or row, when ``column`` is empty): ``line`` is the line
    number in the file, counting from 1 at the header."""

    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        where = _("line {line}").format(line=self.line) if self.line else _("the file")
        return (
            f"{where}, {self.column}: {self.reason}" if self.column else f"{where}: {self.reason}"
        )


class ImportFailed(HubdeskError):
    """Nothing was imported; ``problems`` says why (every bad row)."""

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        self.problems = tuple(problems)
        text = message
        if self.problems:
            shown = "\n".join(f"  {p}" for p in self.problems[:MESSAGE_PROBLEMS])
            more = len(self.problems) - MESSAGE_PROBLEMS
            text += (
                "\n"
                + shown
                + ("\n  " + _("… and {count} more").format(count=more) if more > 0 else "")
            )
        super().__init__(text)


@dataclass(frozen=True)
class ImportResult:
    kind: Kind
    created: int
    updated: int
    unchanged: int

    @property
    def rows(self) -> int:
        return self.created + self.updated + self.unchanged

    @property
    def summary(self) -> str:
        """'Imported 3 organisations: 2 new, 1 updated, 0 unchanged.'"""
        noun = self.kind if self.rows != 1 else self.kind[:-1]
        if self.kind == "bookings":  # a booking is never updated by an import
            return f"Imported {self.rows} {noun}: {self.created} new, {self.unchanged} unchanged."
        return (
            f"Imported {self.rows} {noun}: {self.created} new, {self.updated} updated, "
            f"{self.unchanged} unchanged."
        )


# ---------------------------------------------------------------------- columns


@dataclass(frozen=True)
class Column:
    """One column of an import file.

    ``name`` is the documented (English) header; ``aliases`` are other headers
    accepted for it; ``field`` is the field of the directory's input it fills;
    ``validate`` checks a non-empty cell and returns the normalised value
    (raising ValidationError); ``description`` is for the README."""

    name: str
    required: bool
    validate: Callable[[str], object]
    description: str
    aliases: tuple[str, ...] = ()
    field: str = ""

    @property
    def input_field(self) -> str:
        return self.field or self.name


def _text(limit: int, *, single_line: bool = True) -> Callable[[str], object]:
    def check(value: str) -> object:
        return v.optional_text(value, field="", max_length=limit, single_line=single_line)

    return check


def _kinds(enum_cls: type[Any], aliases: Mapping[str, Any]) -> Callable[[str], object]:
    def check(value: str) -> object:
        return v.choice(value, enum_cls, field="", aliases=aliases, label=_("The kind"))

    return check


def _money(value: str) -> object:
    return v.money(value, field="")


def _values(enum_cls: type[Any]) -> str:
    return ", ".join(f"`{m.value}`" for m in enum_cls)


_ADDRESS_COLUMNS: tuple[Column, ...] = (
    Column(
        "billing_address",
        False,
        _text(d.ADDRESS_MAX, single_line=False),
        "Street and number (the invoice address).",
        ("address", "adres", "factuuradres", "straat", "street"),
    ),
    Column(
        "postcode",
        False,
        _text(d.POSTCODE_MAX),
        "Postcode.",
        ("postal code", "zip", "zip code", "post code"),
    ),
    Column("city", False, _text(d.CITY_MAX), "Town or city.", ("plaats", "woonplaats", "stad")),
    Column(
        "country",
        False,
        lambda s: v.country(s),
        "Two-letter ISO code (`NL`, `BE`, `DE`) or the English or Dutch name; default `NL`.",
        ("land",),
    ),
    Column(
        "language",
        False,
        lambda s: v.language(s),
        "Language of invoices and letters: `en` or `nl` (also English/Dutch); default `en`.",
        ("taal",),
    ),
    Column(
        "notes",
        False,
        _text(d.NOTES_MAX, single_line=False),
        "Free text.",
        ("notities", "opmerkingen", "remarks"),
    ),
)

_EMAIL_ALIASES = ("e-mail", "email address", "e-mail address", "emailadres", "e-mailadres", "mail")
_PHONE_ALIASES = ("telephone", "telefoon", "telefoonnummer", "tel", "phone number", "mobiel")

ORGANISATION_COLUMNS: tuple[Column, ...] = (
    Column(
        "name",
        True,
        _text(d.NAME_MAX),
        "Name of the organisation (unique, case ignored); the key for matching.",
        ("naam", "organisation", "organisatie", "organization", "organisation name"),
    ),
    Column(
        "kind",
        True,
        _kinds(OrganisationKind, d.ORGANISATION_KIND_ALIASES),
        f"One of {_values(OrganisationKind)} (Dutch words such as stichting, overheid, "
        "bedrijf, zzp are understood).",
        ("soort", "type", "kind of organisation"),
    ),
    Column(
        "email", False, lambda s: v.email(s), "General or invoice e-mail address.", _EMAIL_ALIASES
    ),
    Column("phone", False, lambda s: v.phone(s), "Phone number.", _PHONE_ALIASES),
    Column(
        "website", False, lambda s: v.website(s), "Web address.", ("site", "web", "url", "webadres")
    ),
    Column(
        "vat_id",
        False,
        lambda s: v.vat_id(s),
        "EU VAT number, e.g. `NL123456782B01` (check digits are verified).",
        ("vat", "vat number", "vat id", "btw", "btw nummer", "btw id", "btw-nummer"),
    ),
    Column(
        "kvk",
        False,
        lambda s: v.kvk(s),
        "Dutch Chamber of Commerce number: 8 digits.",
        ("kvk nummer", "kvk-nummer", "coc", "chamber of commerce", "kvknummer"),
    ),
    Column(
        "iban",
        False,
        lambda s: v.iban(s),
        "Bank account (IBAN; check digits are verified).",
        ("rekeningnummer", "bank account", "iban nummer"),
    ),
    Column(
        "bic", False, lambda s: v.bic(s), "BIC of the bank, e.g. `INGBNL2A`.", ("swift", "bic code")
    ),
    Column(
        "sepa_mandate_id",
        False,
        _text(d.MANDATE_ID_MAX),
        "Reference of the SEPA direct-debit mandate (needs an IBAN).",
        ("mandate", "mandate id", "mandaat", "machtigingskenmerk", "mandaatkenmerk"),
    ),
    Column(
        "sepa_mandate_signed_on",
        False,
        lambda s: v.optional_date(s, field=""),
        "Date the mandate was signed: `2026-03-01` or `1-3-2026`.",
        (
            "mandate signed on",
            "mandate date",
            "mandaat getekend op",
            "mandaatdatum",
            "machtiging datum",
        ),
    ),
    *_ADDRESS_COLUMNS,
)

MEMBER_COLUMNS: tuple[Column, ...] = (
    Column(
        "first_name",
        True,
        _text(d.PERSON_NAME_MAX),
        "First name.",
        ("first", "given name", "voornaam", "roepnaam"),
    ),
    Column(
        "last_name",
        True,
        _text(d.PERSON_NAME_MAX),
        "Last name, with prefixes such as “van der”.",
        ("last", "surname", "family name", "achternaam", "familienaam"),
    ),
    Column(
        "email",
        False,
        lambda s: v.email(s),
        "E-mail address (unique among members, case ignored); the key for matching.",
        _EMAIL_ALIASES,
    ),
    Column("phone", False, lambda s: v.phone(s), "Phone number.", _PHONE_ALIASES),
    Column(
        "badge_code",
        False,
        _text(d.BADGE_MAX),
        "Code of the access badge (unique).",
        ("badge", "badge code", "pas", "pasnummer", "toegangspas", "badgenummer"),
    ),
    Column(
        "organisation",
        False,
        _text(d.NAME_MAX),
        "Name of the member's organisation, which must already exist; empty for an "
        "individual member.",
        ("organisatie", "organization", "company", "bedrijf", "organisation name"),
        field="organisation_id",
    ),
    *_ADDRESS_COLUMNS,
)

SPACE_COLUMNS: tuple[Column, ...] = (
    Column(
        "name",
        True,
        _text(d.SPACE_NAME_MAX),
        "Name (unique, case ignored); the key for matching.",
        ("naam", "space", "ruimte"),
    ),
    Column(
        "kind",
        True,
        _kinds(SpaceKind, d.SPACE_KIND_ALIASES),
        f"One of {_values(SpaceKind)} (also kantoor, flexplek, vergaderruimte, ...).",
        ("soort", "type"),
    ),
    Column(
        "floor",
        False,
        lambda s: v.integer(s, field="", minimum=d.FLOOR_RANGE[0], maximum=d.FLOOR_RANGE[1]),
        "Floor number (0 = ground floor, -1 = basement); default 0.",
        ("verdieping", "etage"),
    ),
    Column(
        "capacity",
        False,
        lambda s: v.non_negative_int(s, field="", maximum=d.CAPACITY_MAX),
        "Number of people; default 1.",
        ("capaciteit", "personen", "plaatsen", "seats"),
    ),
    Column(
        "area_m2",
        False,
        lambda s: v.area_dm2(s, field=""),
        "Floor area in m², e.g. `12.5` or `12,5`.",
        ("area", "m2", "m²", "oppervlakte", "oppervlakte m2", "area m²"),
    ),
    Column(
        "price_hour",
        False,
        _money,
        "Price per hour in euros, e.g. `45.00` or `45,00`.",
        ("hour price", "prijs per uur", "uurprijs", "uurtarief"),
    ),
    Column(
        "price_half_day",
        False,
        _money,
        "Price per half day (dagdeel).",
        ("half day price", "prijs per dagdeel", "dagdeelprijs", "prijs halve dag"),
    ),
    Column(
        "price_day",
        False,
        _money,
        "Price per day.",
        ("day price", "prijs per dag", "dagprijs", "dagtarief"),
    ),
    Column(
        "price_month",
        False,
        _money,
        "Price per month (offices, dedicated desks).",
        ("month price", "prijs per maand", "maandprijs", "huur"),
    ),
    Column(
        "vat_category",
        False,
        _text(20),
        "Code of a VAT category set up in the hub (`high`, `low`, `exempt`, `reverse`).",
        ("vat", "btw", "btw categorie", "btw-categorie", "vat category code"),
    ),
    Column(
        "amenities",
        False,
        lambda s: v.text_list(s, field=""),
        "Amenities separated by `,` or `|` (quote the cell when the file uses `,`), "
        "e.g. `screen|whiteboard`.",
        ("voorzieningen", "faciliteiten", "features"),
    ),
    Column(
        "buffer_minutes",
        False,
        lambda s: v.non_negative_int(s, field="", maximum=d.BUFFER_MAX),
        "Minutes kept free after each booking for changeover, 0 to 240; default 0.",
        ("buffer", "buffer minuten", "omlooptijd"),
    ),
    Column(
        "active",
        False,
        lambda s: v.boolean(s, field=""),
        "`yes` or `no` (also ja/nee, 1/0); default yes.",
        ("actief", "in use", "in gebruik"),
    ),
)

_TIME_RE = re.compile(r"^(?P<h>\d{1,2})[:.](?P<m>\d{2})(?::00)?$")


def clock_time(value: str) -> time:
    """A wall-clock time as 09:30, 9:30 or 9.30 (a spreadsheet's 9:30:00 too)."""
    found = _TIME_RE.match(value.strip())
    if found is None:
        raise ValidationError(
            "", _("“{text}” is not a time: write it as 09:30").format(text=value.strip())
        )
    hour, minute = int(found["h"]), int(found["m"])
    if hour > 23 or minute > 59:
        raise ValidationError("", _("“{text}” is not a time of the day").format(text=value.strip()))
    return time(hour, minute)


BOOKING_COLUMNS: tuple[Column, ...] = (
    Column(
        "space",
        True,
        _text(d.SPACE_NAME_MAX),
        "Name of the meeting room, event space or flex desk, as in the spaces table "
        "(case ignored).",
        ("room", "ruimte", "zaal", "space name", "vergaderruimte", "locatie", "location"),
    ),
    Column(
        "date",
        True,
        lambda s: v.optional_date(s, field=""),
        "Day of the booking: `2026-03-01` or `1-3-2026`.",
        ("datum", "day", "dag"),
    ),
    Column(
        "start",
        True,
        clock_time,
        "Start time, `09:00` (or `9.00`), the hub's local time.",
        ("from", "begin", "van", "start time", "begintijd", "starttijd", "vanaf"),
    ),
    Column(
        "end",
        True,
        clock_time,
        "End time on the same day, `10:30`, the hub's local time.",
        ("to", "until", "tot", "end time", "eindtijd"),
    ),
    Column(
        "title",
        False,
        _text(200),
        "What the booking is for, e.g. “Board meeting”.",
        ("subject", "titel", "onderwerp", "omschrijving"),
    ),
    Column(
        "people",
        False,
        lambda s: v.integer(s, field="", minimum=1, maximum=d.CAPACITY_MAX),
        "Number of people (at most the space's capacity); default 1.",
        ("persons", "personen", "aantal", "aantal personen", "attendees", "deelnemers"),
    ),
    Column(
        "member_email",
        False,
        _text(d.NAME_MAX),
        "E-mail address or badge code of the member who books. One of `member_email`, "
        "`organisation` and `customer` is required.",
        (
            "member",
            "member e-mail",
            "email",
            "e-mail",
            "lid",
            "badge",
            "badge code",
            "pasnummer",
            "e-mail lid",
        ),
    ),
    Column(
        "organisation",
        False,
        _text(d.NAME_MAX),
        "Name of the organisation that books (or the member's organisation), which must "
        "already exist.",
        ("organisatie", "organization", "company", "bedrijf", "organisation name"),
    ),
    Column(
        "customer",
        False,
        _text(200),
        "Name of an outside customer who is not a member.",
        ("customer name", "klant", "klantnaam", "guest", "gast", "extern"),
    ),
    Column(
        "notes",
        False,
        lambda s: str(_text(d.NOTES_MAX, single_line=False)(s)).replace("\r\n", "\n"),
        "Free text (catering, set-up).",
        ("notities", "opmerkingen", "remarks"),
    ),
    Column(
        "outside_hours",
        False,
        lambda s: v.boolean(s, field=""),
        "`yes` books outside the hub's opening hours (managers only); default `no`: a "
        "booking outside opening hours is refused, as at the desk.",
        ("outside opening hours", "buiten openingstijden", "override hours", "override"),
    ),
)

# ------------------------------------------------ plans, memberships and leases


def _hours_as_minutes(value: str) -> object:
    """Meeting-room hours ('10', '2,5') as whole minutes."""
    try:
        hours = Decimal(value.strip().replace(",", "."))
    except InvalidOperation:
        hours = Decimal(-1)
    minutes = hours * 60
    if not hours.is_finite() or hours < 0 or minutes != minutes.to_integral_value():
        raise ValidationError(
            "", _("“{text}” is not a number of hours, e.g. 10 or 2,5").format(text=value.strip())
        )
    return int(minutes)


_UNLIMITED = ("unlimited", "onbeperkt", "onbeperkt aantal", "∞", "no limit")


def _flex_days(value: str) -> object:
    if value.strip().casefold() in _UNLIMITED:
        return ""  # the plan service's "unlimited"
    return v.non_negative_int(value, field="", maximum=FLEX_DAYS_MAX)


def _percentage_bp(value: str) -> object:
    """'3', '2,5' or '2.5 %' as basis points."""
    text = value.strip().rstrip("%").strip().replace(",", ".")
    try:
        bp = Decimal(text) * 100
    except InvalidOperation:
        bp = Decimal(-1)
    if not bp.is_finite() or bp < 0 or bp != bp.to_integral_value():
        raise ValidationError(
            "", _("“{text}” is not a percentage, e.g. 3 or 2,5").format(text=value.strip())
        )
    return int(bp)


def _lease_status(value: str) -> object:
    status = v.choice(
        value,
        LeaseStatus,
        field="",
        aliases={"concept": LeaseStatus.DRAFT, "actief": LeaseStatus.ACTIVE},
        label=_("The status"),
    )
    if status not in (LeaseStatus.DRAFT, LeaseStatus.ACTIVE):
        raise ValidationError("", _("a lease is imported as draft or active"))
    return status


def _office_names(value: str) -> object:
    names = [name.strip() for name in value.split("|") if name.strip()]
    if not names:
        raise ValidationError("", _("name at least one office"))
    return names


_ORGANISATION_REFERENCE = ("organisatie", "organization", "company", "bedrijf", "organisation name")
_START_ALIASES = ("start date", "startdatum", "begin", "begindatum", "ingangsdatum", "van", "from")
_END_ALIASES = ("end date", "einddatum", "eind", "einde", "tot", "until", "to")

PLAN_COLUMNS: tuple[Column, ...] = (
    Column(
        "name",
        True,
        _text(PLAN_NAME_MAX),
        "Name of the plan (unique, case ignored); the key for matching.",
        ("naam", "plan", "abonnement", "plan name"),
    ),
    Column(
        "kind",
        True,
        lambda s: v.choice(s, PlanKind, field="", aliases=PLAN_KIND_ALIASES, label=_("The kind")),
        f"One of {_values(PlanKind)} (also flexplek, vaste werkplek, kantoor, virtueel kantoor).",
        ("soort", "type"),
    ),
    Column(
        "price",
        True,
        _money,
        "Price per month (per seat for community, flex and dedicated-desk plans), "
        "excluding VAT, e.g. `250.00` or `250,00`.",
        ("price month", "price per month", "prijs", "prijs per maand", "maandprijs"),
        field="price_month",
    ),
    Column(
        "vat_category",
        True,
        _text(20),
        "Code of a VAT category set up in the hub (`high`, `low`, `exempt`, `reverse`).",
        ("vat", "btw", "btw categorie", "btw-categorie", "vat category code"),
    ),
    Column(
        "room_hours",
        False,
        _hours_as_minutes,
        "Meeting-room hours included per month, e.g. `10` or `2,5`; default 0.",
        ("meeting room hours", "room hours included", "vergaderuren", "uren vergaderruimte"),
        field="included_room_minutes",
    ),
    Column(
        "flex_days",
        False,
        _flex_days,
        "Flex days included per month, or `unlimited` (`onbeperkt`); default 0.",
        ("flex days included", "flexdagen", "dagen flex"),
        field="included_flex_days",
    ),
    Column(
        "ngo_price",
        False,
        _money,
        "The plan's price for NGOs (stichtingen, verenigingen), when it differs.",
        ("ngo", "price ngo", "ngo prijs", "prijs ngo", "prijs stichting", "stichtingsprijs"),
        field="kind_prices",
    ),
)

MEMBERSHIP_COLUMNS: tuple[Column, ...] = (
    Column(
        "organisation",
        False,
        _text(d.NAME_MAX),
        "Name of the organisation that holds the membership, which must already exist. "
        "Give either `organisation` or `member_email`.",
        _ORGANISATION_REFERENCE,
        field="organisation_id",
    ),
    Column(
        "member_email",
        False,
        _text(d.NAME_MAX),
        "E-mail address of the individual member (belonging to no organisation) who "
        "holds the membership.",
        ("member", "member e-mail", "email", "e-mail", "lid", "e-mail lid"),
        field="member_id",
    ),
    Column(
        "plan",
        True,
        _text(PLAN_NAME_MAX),
        "Name of the plan (case ignored), which must exist and be offered.",
        ("abonnement", "plan name", "naam abonnement"),
        field="plan_id",
    ),
    Column(
        "start",
        True,
        lambda s: v.optional_date(s, field=""),
        "First day: `2026-03-01` or `1-3-2026`.",
        _START_ALIASES,
        field="start_date",
    ),
    Column(
        "end",
        False,
        lambda s: v.optional_date(s, field=""),
        "Last day included; empty runs on.",
        _END_ALIASES,
        field="end_date",
    ),
    Column(
        "seats",
        False,
        lambda s: v.non_negative_int(s, field="", maximum=SEATS_MAX),
        "Number of seats (people) for per-seat plans; default 1.",
        ("plaatsen", "werkplekken", "aantal", "personen"),
    ),
    Column(
        "price_override",
        False,
        _money,
        "The whole monthly amount agreed with this holder instead of the plan's price "
        "(needs a `reason`).",
        ("agreed price", "price", "afgesproken prijs", "prijsafspraak", "eigen prijs"),
    ),
    Column(
        "reason",
        False,
        _text(REASON_MAX),
        "Why the holder pays a price of its own.",
        ("override reason", "reden", "toelichting"),
        field="override_reason",
    ),
)

LEASE_COLUMNS: tuple[Column, ...] = (
    Column(
        "organisation",
        True,
        _text(d.NAME_MAX),
        "Name of the tenant organisation, which must already exist.",
        ("tenant", "huurder", *_ORGANISATION_REFERENCE),
        field="organisation_id",
    ),
    Column(
        "offices",
        True,
        _office_names,
        "Names of the private offices let, separated by `|`, e.g. `Office 1.04|Office 1.05`.",
        ("office", "kantoor", "kantoren", "ruimte", "ruimtes", "spaces"),
        field="office_ids",
    ),
    Column(
        "start",
        True,
        lambda s: v.optional_date(s, field=""),
        "First day of the lease: `2026-03-01` or `1-3-2026`.",
        _START_ALIASES,
        field="start_date",
    ),
    Column(
        "end",
        False,
        lambda s: v.optional_date(s, field=""),
        "Last day of a fixed term; empty for an open-ended lease.",
        _END_ALIASES,
        field="end_date",
    ),
    Column(
        "notice_months",
        False,
        lambda s: v.non_negative_int(s, field="", maximum=MAX_NOTICE_MONTHS),
        "Notice period in months; default 3.",
        ("notice", "notice period", "opzegtermijn", "opzegtermijn maanden"),
    ),
    Column(
        "rent",
        True,
        _money,
        "Rent per month, excluding VAT, e.g. `950.00` or `950,00`.",
        ("rent per month", "huur", "huur per maand", "maandhuur"),
    ),
    Column(
        "service_charge",
        False,
        _money,
        "Service charge per month; default 0.",
        ("service charges", "servicekosten", "service"),
    ),
    Column(
        "deposit",
        False,
        _money,
        "Deposit agreed; default 0.",
        ("borg", "waarborgsom", "borgsom"),
    ),
    Column(
        "indexation",
        False,
        _percentage_bp,
        "Yearly indexation in percent, e.g. `3` or `2,5`; default 0.",
        ("indexation %", "indexation percentage", "indexering", "indexatie", "index %"),
        field="indexation_bp",
    ),
    Column(
        "status",
        False,
        _lease_status,
        "`draft` (`concept`) or `active` (`actief`); default `active`.",
        ("state",),
    ),
)


COLUMNS: dict[Kind, tuple[Column, ...]] = {
    "organisations": ORGANISATION_COLUMNS,
    "members": MEMBER_COLUMNS,
    "spaces": SPACE_COLUMNS,
    "bookings": BOOKING_COLUMNS,
    "plans": PLAN_COLUMNS,
    "memberships": MEMBERSHIP_COLUMNS,
    "leases": LEASE_COLUMNS,
}

#: What the README says about a kind before its table of columns.
_KIND_NOTES: dict[Kind, str] = {
    "bookings": (
        "Each row is a new booking, checked as one made at the desk: the space must be "
        "free (its changeover buffer included, and not taken by an earlier row of the "
        "file), in use and large enough, and the times inside the hub's opening hours "
        "unless `outside_hours` says `yes` (managers only). Dates and times are the "
        "hub's local time (Europe/Amsterdam unless set otherwise), also across the "
        "change to and from summer time. A manager may import bookings in the past "
        "(history from an earlier system); reception only from now on. A row identical "
        "to a stored booking (same space, times, booker, title, people and notes) is "
        "counted as unchanged. Import the spaces, organisations and members first."
    ),
    "plans": (
        "Managers only. A plan is matched on its name (case ignored): a plan already "
        "there is updated where the file differs, an empty cell keeps the stored value. "
        "The rules of the plan form hold (a unique name, amounts of 0 or more, an active "
        "VAT category)."
    ),
    "memberships": (
        "Managers only. Each row gives one organisation or one individual member "
        "(who belongs to no organisation) a plan from a start date, checked as in the "
        "membership form: the plan must be offered, the end may not be before the start, "
        "a holder is never twice on one plan on the same day, and a price override needs "
        "a reason. A row whose holder already has the plan from the same start date "
        "counts as unchanged (change memberships in the desk application). Import the "
        "plans, organisations and members first."
    ),
    "leases": (
        "Managers only. Each row is a lease of one or more private offices, checked as "
        "in the lease form: an office is never let twice in overlapping periods (also "
        "not by two rows of the file), the end may not be before the start. A lease is "
        "made `active` unless `status` says `draft`. A row naming the same organisation, "
        "start date and offices as a stored lease counts as unchanged. Import the "
        "organisations and spaces first."
    ),
}


def _header_key(text: str) -> str:
    """'E-mail', 'e_mail ', 'E MAIL' -> 'e mail'."""
    return re.sub(r"[\s_\-]+", " ", text.replace("\ufeff", "")).strip().casefold()


def _column_lookup(columns: Sequence[Column]) -> dict[str, Column]:
    found: dict[str, Column] = {}
    for column in columns:
        for name in (column.name, *column.aliases):
            found.setdefault(_header_key(name), column)
    return found


def columns_markdown() -> str:
    """The README section describing the import files, from :data:`COLUMNS`."""
    parts = [
        "## Importing from CSV",
        "",
        "Organisations, members, spaces, bookings, plans, memberships and leases can be "
        "imported from a CSV file: "
        "UTF-8 (Excel: "
        "*CSV UTF-8*), values separated by `;` or `,`, the first line naming the columns. "
        "Column names ignore case, spaces, `_` and `-`; the Dutch names in the tables work "
        "too. A file with any bad row imports nothing and lists every problem by line "
        "number. Importing a file again adds nothing twice: organisations and spaces are "
        "matched on name, members on e-mail address (or on first name, last name and "
        "organisation when there is none); a matched record is updated where the file "
        "differs, and an empty cell leaves the stored value as it is. Import the "
        "organisations before their members; importing spaces is for managers. "
        "Bookings (`hubdesk import bookings FILE.csv`, or *File → Import bookings…*) "
        "come after them, as they name spaces, members and organisations. Plans, "
        "memberships and leases (`hubdesk import plans|memberships|leases FILE.csv`) "
        "are for managers; memberships name plans, organisations and members, leases "
        "name organisations and offices.",
    ]
    for kind, columns in COLUMNS.items():
        parts += ["", f"### {kind.capitalize()}", ""]
        if kind in _KIND_NOTES:
            parts += [_KIND_NOTES[kind], ""]
        parts += [
            "| Column | Required | Also accepted | What |",
            "| --- | --- | --- | --- |",
        ]
        for column in columns:
            aliases = ", ".join(f"`{a}`" for a in column.aliases) or "—"
            required = "yes" if column.required else ""
            what = column.description.replace("|", r"\|")
            parts.append(f"| `{column.name}` | {required} | {aliases} | {what} |")
    return "\n".join(parts) + "\n"


# ------------------------------------------------------------------ reading files


@dataclass(frozen=True)
class _Row:
    line: int
    #: Column name -> trimmed cell text (columns of the file only).
    cells: dict[str, str]


def _decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ImportFailed(
            _(
                "{name} is not a UTF-8 text file (the first bad byte is on line {line}). "
                "Save it as UTF-8 (in Excel: Save as, “CSV UTF-8”) and import it again. "
                "Nothing was imported."
            ).format(name=name, line=line)
        ) from error


def _delimiter(header: str) -> str:
    """The separator of the header line: the most frequent of ; , and tab
    outside quotes."""
    outside = re.sub(r'"[^"]*"', "", header)
    counts = {sep: outside.count(sep) for sep in (";", ",", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ";"


def _read(path: Path, kind: Kind) -> tuple[list[Column], list[_Row]]:
    """The file's columns and its non-empty rows; ImportFailed for a problem
    with the file as a whole."""
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ImportFailed(
            _("Cannot read {path}: {error}").format(path=path, error=error.strerror or error)
        ) from error
    text = _decode(raw, name)
    if not text.strip():
        raise ImportFailed(_("{name} is empty. Nothing was imported.").format(name=name))
    if "\x00" in text:
        raise ImportFailed(
            _("{name} is not a text file (it contains NUL bytes). Nothing was imported.").format(
                name=name
            )
        )
    lines = text.splitlines()
    header_line = next(line for line in lines if line.strip())
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=_delimiter(header_line), strict=True
    )
    records: list[tuple[int, list[str]]] = []
    last = 0
    try:
        for cells in reader:
            records.append((last + 1, cells))
            last = reader.line_num
    except csv.Error as error:
        raise ImportFailed(
            _(
                "{name} cannot be read as CSV near line {line}: {error}. Nothing was imported."
            ).format(name=name, line=reader.line_num, error=error)
        ) from error
    records = [(line, cells) for line, cells in records if any(c.strip() for c in cells)]
    if not records:
        raise ImportFailed(_("{name} is empty. Nothing was imported.").format(name=name))
    header_at, header = records[0]
    while header and not header[-1].strip():
        header = header[:-1]  # spreadsheets may end the header with empty cells
    columns = _header(name, kind, header, header_at)
    rows: list[_Row] = []
    problems: list[Problem] = []
    width = len(columns)
    for line, cells in records[1:]:
        extra = [c for c in cells[width:] if c.strip()]
        if extra:
            problems.append(
                Problem(
                    line,
                    "",
                    _("has {count} values but the header names {width} columns").format(
                        count=len(cells), width=width
                    ),
                )
            )
            continue
        padded = [*cells[:width], *[""] * (width - len(cells))]
        rows.append(
            _Row(line, {c.name: cell.strip() for c, cell in zip(columns, padded, strict=True)})
        )
    if problems:
        raise _failed(problems)
    return columns, rows


def _header(name: str, kind: Kind, header: list[str], line: int) -> list[Column]:
    known = COLUMNS[kind]
    lookup = _column_lookup(known)
    names = [cell.strip() for cell in header]
    found = [lookup.get(_header_key(cell)) for cell in names]
    documented = ", ".join(c.name for c in known)
    if not any(found):
        raise ImportFailed(
            _(
                "{name} has no header line: line {line} must name the columns of the "
                "{kind}, e.g. {example}. The columns are: {columns}. Nothing was imported."
            ).format(
                name=name,
                line=line,
                kind=_(_KIND_WORDS[kind]),
                example=";".join(c.name for c in known if c.required),
                columns=documented,
            )
        )
    messages: list[str] = []
    unknown = [
        cell or _("(column {number} has no name)").format(number=i + 1)
        for i, (cell, c) in enumerate(zip(names, found, strict=True))
        if c is None
    ]
    if unknown:
        listed = ", ".join(f"“{u}”" for u in unknown)
        if len(unknown) > 1:
            messages.append(_("unknown columns {columns}").format(columns=listed))
        else:
            messages.append(_("unknown column {columns}").format(columns=listed))
    columns = [c for c in found if c is not None]
    seen: set[str] = set()
    twice = []
    for column in columns:
        if column.name in seen:
            twice.append(column.name)
        seen.add(column.name)
    if twice:
        messages.append(_("columns given twice: {columns}").format(columns=", ".join(twice)))
    missing = [c.name for c in known if c.required and c.name not in seen]
    if missing:
        if len(missing) > 1:
            template = _("missing required columns {columns}")
        else:
            template = _("missing required column {columns}")
        messages.append(template.format(columns=", ".join(missing)))
    if messages:
        raise ImportFailed(
            _(
                "The header of {name} (line {line}) does not fit {kind}: {problems}. "
                "The columns are: {columns}. Nothing was imported."
            ).format(
                name=name,
                line=line,
                kind=_(_KIND_WORDS[kind]),
                problems="; ".join(messages),
                columns=documented,
            )
        )
    return [c for c in found if c is not None]


def _failed(problems: Sequence[Problem]) -> ImportFailed:
    lines = len({p.line for p in problems})
    if lines == 1:
        template = _(
            "Nothing was imported: {count} row has a problem. Correct the file and import it again."
        )
    else:
        template = _(
            "Nothing was imported: {count} rows have problems. "
            "Correct the file and import it again."
        )
    return ImportFailed(
        template.format(count=lines),
        sorted(problems, key=lambda p: p.line),
    )


# ------------------------------------------------------------------------ import


def _check_cells(row: _Row, columns: Sequence[Column]) -> tuple[dict[str, Any], list[Problem]]:
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    for column in columns:
        cell = row.cells[column.name]
        if not cell:
            if column.required:
                problems.append(Problem(row.line, column.name, _("a value is required")))
            continue
        try:
            values[column.name] = column.validate(cell)
        except ValidationError as error:
            problems.append(Problem(row.line, column.name, error.message))
    return values, problems


def _fold_key(*parts: object) -> tuple[str, ...]:
    return tuple(d.fold(re.sub(r"\s+", " ", str(p or "")).strip()) for p in parts)


class _Importer:
    def __init__(self, session: Session, actor: Actor, kind: Kind, columns: list[Column]) -> None:
        self.session = session
        self.actor = actor
        self.kind = kind
        self.columns = columns
        self.field_to_column = {c.input_field: c.name for c in columns}
        self.created = self.updated = self.unchanged = 0
        self.problems: list[Problem] = []
        self.seen: dict[tuple[str, ...], int] = {}
        self.loaded: list[Organisation] = []

    def problem(self, line: int, field: str, reason: str) -> None:
        self.problems.append(Problem(line, self.field_to_column.get(field, field), reason))

    def duplicate(self, key: tuple[str, ...], line: int, what: str) -> bool:
        first = self.seen.get(key)
        if first is not None:
            templates = {
                "organisation": _("the same organisation as on line {line}"),
                "member": _("the same member as on line {line}"),
                "space": _("the same space as on line {line}"),
            }
            self.problems.append(Problem(line, "", templates[what].format(line=first)))
            return True
        self.seen[key] = line
        return False

    def changes(self, row: _Row, present: set[str]) -> dict[str, Any]:
        """Input field -> cell text for the non-empty cells."""
        return {
            c.input_field: row.cells[c.name]
            for c in self.columns
            if c.name in present and row.cells[c.name]
        }

    # -- organisations

    def organisations(self, rows: list[_Row]) -> None:
        existing: dict[tuple[str, ...], list[int]] = {}
        for id_, name in self.session.execute(select(Organisation.id, Organisation.name)):
            existing.setdefault(_fold_key(name), []).append(id_)
        for row in rows:
            values, problems = _check_cells(row, self.columns)
            if problems:
                self.problems += problems
                continue
            key = _fold_key(values["name"])
            if self.duplicate(key, row.line, "organisation"):
                continue
            changes = self.changes(row, set(row.cells))
            matches = existing.get(key, [])
            try:
                if not matches:
                    data = d.OrganisationInput(**{"name": "", **changes})
                    created = d.create_organisation(self.session, self.actor, data)
                    existing[key] = [created.id]
                    self.created += 1
                else:
                    before = d.get_organisation(self.session, matches[0])
                    changes.pop("name")  # the key: matched with case ignored, never renames
                    data = dataclasses.replace(d.OrganisationInput.from_record(before), **changes)
                    after = d.update_organisation(self.session, self.actor, before.id, data)
                    self.count_update(before, after)
            except ValidationError as error:
                self.problem(row.line, error.field, error.message)

    def count_update(self, before: object, after: object) -> None:
        if before == after:
            self.unchanged += 1
        else:
            self.updated += 1

    # -- members

    def members(self, rows: list[_Row]) -> None:
        organisations: dict[tuple[str, ...], list[tuple[int, str, bool]]] = {}
        # Held here, the organisations stay in the session's identity map, so
        # the checks and records of each member do not query them again.
        self.loaded = list(self.session.scalars(select(Organisation)))
        for org in self.loaded:
            organisations.setdefault(_fold_key(org.name), []).append(
                (org.id, org.name, org.archived)
            )
        by_email: dict[str, list[int]] = {}
        by_name: dict[tuple[str, ...], list[tuple[int, str]]] = {}
        query2 = select(
            Member.id, Member.email, Member.first_name, Member.last_name, Member.organisation_id
        )
        for id_, email, first, last, stored_org in self.session.execute(query2):
            if email:
                by_email.setdefault(email.lower(), []).append(id_)
            by_name.setdefault((*_fold_key(first, last), str(stored_org)), []).append((id_, email))

        for row in rows:
            values, problems = _check_cells(row, self.columns)
            org_id: int | None = None
            org_name = values.get("organisation", "")
            if org_name:
                found = organisations.get(_fold_key(org_name), [])
                if not found:
                    problems.append(
                        Problem(
                            row.line,
                            "organisation",
                            _("there is no organisation “{name}” (import or add it first)").format(
                                name=org_name
                            ),
                        )
                    )
                elif len(found) > 1:
                    problems.append(
                        Problem(
                            row.line,
                            "organisation",
                            _("more than one organisation is called “{name}”").format(
                                name=org_name
                            ),
                        )
                    )
                else:
                    org_id = found[0][0]
            if problems:
                self.problems += problems
                continue
            email = str(values.get("email", ""))
            name_key = (*_fold_key(values["first_name"], values["last_name"]), str(org_id))
            key = ("email", email.lower()) if email else ("name", *name_key)
            if self.duplicate(key, row.line, "member"):
                continue
            changes = self.changes(row, set(row.cells) - {"organisation"})
            if org_id is not None:
                changes["organisation_id"] = org_id
            matches = by_email.get(email.lower(), []) if email else []
            if not matches:
                # No e-mail in the row, or a person not yet known by it: the
                # same name in the same organisation, stored without e-mail.
                same_name = by_name.get(name_key, [])
                matches = [id_ for id_, stored in same_name if not email or not stored]
                if len(matches) > 1:
                    self.problems.append(
                        Problem(
                            row.line,
                            "email",
                            _(
                                "more than one member has this name in this organisation; "
                                "give the e-mail address to tell them apart"
                            ),
                        )
                    )
                    continue
            try:
                if not matches:
                    data = d.MemberInput(**{"first_name": "", "last_name": "", **changes})
                    created = d.create_member(self.session, self.actor, data)
                    if created.email:
                        by_email.setdefault(created.email.lower(), []).append(created.id)
                    by_name.setdefault(name_key, []).append((created.id, created.email))
                    self.created += 1
                else:
                    before = d.get_member(self.session, matches[0])
                    if email.lower() == before.email.lower():
                        changes.pop("email", None)  # matched with case ignored: keep it
                    data = dataclasses.replace(d.MemberInput.from_record(before), **changes)
                    after = d.update_member(self.session, self.actor, before.id, data)
                    self.count_update(before, after)
            except ValidationError as error:
                self.problem(row.line, error.field, error.message)

    # -- spaces

    def spaces(self, rows: list[_Row]) -> None:
        existing: dict[tuple[str, ...], int] = {
            _fold_key(name): id_ for id_, name in self.session.execute(select(Space.id, Space.name))
        }
        for row in rows:
            values, problems = _check_cells(row, self.columns)
            if problems:
                self.problems += problems
                continue
            key = _fold_key(values["name"])
            if self.duplicate(key, row.line, "space"):
                continue
            changes: dict[str, Any] = self.changes(row, set(row.cells))
            if "active" in changes:
                changes["active"] = values["active"]
            match = existing.get(key)
            try:
                if match is None:
                    data = d.SpaceInput(**{"name": "", "kind": "", **changes})
                    created = d.create_space(self.session, self.actor, data)
                    existing[key] = created.id
                    self.created += 1
                else:
                    before = d.get_space(self.session, match)
                    changes.pop("name")  # the key: matched with case ignored, never renames
                    data = dataclasses.replace(d.SpaceInput.from_record(before), **changes)
                    after = d.update_space(self.session, self.actor, before.id, data)
                    self.count_update(before, after)
            except ValidationError as error:
                self.problem(row.line, error.field, error.message)

    # -- bookings

    #: The booking service's field names -> the file's columns.
    BOOKING_FIELDS: ClassVar[dict[str, str]] = {
        "space_id": "space",
        "start_at": "start",
        "end_at": "end",
        "people": "people",
        "title": "title",
        "customer_name": "customer",
        "notes": "notes",
    }

    def bookings(self, rows: list[_Row]) -> None:
        tz = hub_zone(self.session)
        spaces: dict[tuple[str, ...], int] = {
            _fold_key(name): id_ for id_, name in self.session.execute(select(Space.id, Space.name))
        }
        organisations: dict[tuple[str, ...], list[int]] = {}
        for id_, name in self.session.execute(select(Organisation.id, Organisation.name)):
            organisations.setdefault(_fold_key(name), []).append(id_)
        by_email: dict[str, int] = {}
        by_badge: dict[str, int] = {}
        for id_, email, badge in self.session.execute(
            select(Member.id, Member.email, Member.badge_code)
        ):
            if email:
                by_email[email.lower()] = id_
            if badge:
                by_badge[badge.lower()] = id_
        #: booking id -> the line of this file that made it
        made: dict[int, int] = {}
        for row in rows:
            values, problems = _check_cells(row, self.columns)
            space_id = self._lookup_space(row, values, spaces, problems)
            member_id = self._lookup_member(row, values, by_email, by_badge, problems)
            organisation_id = self._lookup_organisation(row, values, organisations, problems)
            customer = str(values.get("customer", ""))
            if not problems and member_id is None and organisation_id is None and not customer:
                problems.append(
                    Problem(
                        row.line,
                        "",
                        _("say who books: give member_email, organisation or customer"),
                    )
                )
            if problems:
                self.problems += problems
                continue
            assert space_id is not None
            day: date = values["date"]
            request = b.BookingRequest(
                space_id=space_id,
                start_at=datetime.combine(day, values["start"], tz),
                end_at=datetime.combine(day, values["end"], tz),
                title=str(values.get("title", "")),
                people=int(values.get("people", 1)),
                member_id=member_id,
                organisation_id=organisation_id,
                customer_name=customer,
                notes=str(values.get("notes", "")),
                override_hours=bool(values.get("outside_hours", False)),
            )
            try:
                # a time the clocks skip or show twice is refused, never shifted
                wall_clock.checked(request.start_at, field="start_at")
                wall_clock.checked(request.end_at, field="end_at")
            except ValidationError as error:
                self.problems.append(
                    Problem(row.line, self._booking_column(error, row), error.message)
                )
                continue
            if self._already_stored(request):
                self.unchanged += 1
                continue
            try:
                booking = b.create_booking(self.session, request, self.actor)
            except ValidationError as error:
                self.problems.append(
                    Problem(row.line, self._booking_column(error, row), error.message)
                )
                continue
            except BookingConflict as conflict:
                self.problems.append(Problem(row.line, "", _conflict_text(conflict, made)))
                continue
            made[booking.id] = row.line
            self.created += 1

    def _lookup_space(
        self,
        row: _Row,
        values: dict[str, Any],
        spaces: dict[tuple[str, ...], int],
        problems: list[Problem],
    ) -> int | None:
        name = values.get("space")
        if not name:
            return None
        found = spaces.get(_fold_key(name))
        if found is None:
            problems.append(
                Problem(row.line, "space", _("there is no space “{name}”").format(name=name))
            )
        return found

    def _lookup_member(
        self,
        row: _Row,
        values: dict[str, Any],
        by_email: dict[str, int],
        by_badge: dict[str, int],
        problems: list[Problem],
    ) -> int | None:
        key = str(values.get("member_email", "")).lower()
        if not key:
            return None
        found = by_email.get(key) if "@" in key else by_badge.get(key)
        if found is None:
            found = by_badge.get(key) if "@" in key else by_email.get(key)
        if found is None:
            problems.append(
                Problem(
                    row.line,
                    "member_email",
                    _("there is no member with the e-mail address or badge “{text}”").format(
                        text=values["member_email"]
                    ),
                )
            )
        return found

    def _lookup_organisation(
        self,
        row: _Row,
        values: dict[str, Any],
        organisations: dict[tuple[str, ...], list[int]],
        problems: list[Problem],
    ) -> int | None:
        name = values.get("organisation")
        if not name:
            return None
        found = organisations.get(_fold_key(name), [])
        if len(found) == 1:
            return found[0]
        template = (
            _("there is no organisation “{name}” (import or add it first)")
            if not found
            else _("more than one organisation is called “{name}”")
        )
        problems.append(Problem(row.line, "organisation", template.format(name=name)))
        return None

    def _booking_column(self, error: ValidationError, row: _Row) -> str:
        if error.field == "booker":
            given = [c for c in ("member_email", "organisation", "customer") if row.cells.get(c)]
            return given[0] if given else ""
        return self.BOOKING_FIELDS.get(error.field, "")

    def _already_stored(self, request: b.BookingRequest) -> bool:
        """An active booking the row describes exactly (a file imported again)."""
        query = select(Booking).where(
            Booking.space_id == request.space_id,
            Booking.start_at == utc(request.start_at),
            Booking.end_at == utc(request.end_at),
            Booking.status != BookingStatus.CANCELLED,
        )
        for stored in self.session.scalars(query):
            if (
                stored.member_id == request.member_id
                and (
                    request.organisation_id is None
                    or stored.organisation_id == request.organisation_id
                )
                and stored.customer_name == request.customer_name.strip()
                and stored.title == request.title.strip()
                and stored.people == request.people
                and stored.notes == request.notes
            ):
                return True
        return False


def _conflict_text(conflict: BookingConflict, made: Mapping[int, int]) -> str:
    """The conflict's message, naming a booking made by an earlier row of the
    file by its line (its id goes away with the failed import)."""
    if not any(c.booking_id in made for c in conflict.conflicts):
        return str(conflict)
    names = "; ".join(
        _("line {line} of this file, {start} to {end}").format(
            line=made[c.booking_id], start=c.start_text, end=c.end_text
        )
        if c.booking_id in made
        else _("#{id} “{title}” {start} to {end}").format(
            id=c.booking_id, title=c.title, start=c.start_text, end=c.end_text
        )
        for c in conflict.conflicts
    )
    return _("{space} is already booked then: {bookings}").format(
        space=conflict.space_name, bookings=names
    )


# ------------------------------------------- importing plans, memberships, leases


def _names(session: Session, query: Any) -> dict[tuple[str, ...], list[int]]:
    found: dict[tuple[str, ...], list[int]] = {}
    for id_, name in session.execute(query):
        found.setdefault(_fold_key(name), []).append(id_)
    return found


def _one(
    found: dict[tuple[str, ...], list[int]],
    row: _Row,
    column: str,
    name: str,
    missing: str,
    several: str,
    problems: list[Problem],
) -> int | None:
    """The one id called ``name``, else a problem at ``column``."""
    ids = found.get(_fold_key(name), [])
    if len(ids) == 1:
        return ids[0]
    problems.append(Problem(row.line, column, (several if ids else missing).format(name=name)))
    return None


def _import_plans(importer: _Importer, rows: list[_Row]) -> None:
    session = importer.session
    existing = _names(session, select(Plan.id, Plan.name))
    for row in rows:
        values, problems = _check_cells(row, importer.columns)
        if problems:
            importer.problems += problems
            continue
        key = _fold_key(values["name"])
        if importer.duplicate(key, row.line, "plan"):
            continue
        ids = existing.get(key, [])
        before = p.get_plan(session, ids[0]) if ids else None
        kind_prices: dict[str, str | Money] = (
            {kind.value: price for kind, price in before.kind_prices} if before else {}
        )
        if "ngo_price" in values:
            kind_prices[OrganisationKind.NGO.value] = values["ngo_price"]
        data = p.PlanInput(
            name=before.name if before else values["name"],
            kind=values["kind"],
            price_month=values["price"],
            vat_category=values["vat_category"],
            included_room_minutes=values.get(
                "room_hours", before.included_room_minutes if before else 0
            ),
            included_flex_days=values.get(
                "flex_days",
                (before.included_flex_days if before.included_flex_days is not None else "")
                if before
                else 0,
            ),
            kind_prices=kind_prices,
        )
        try:
            if before is None:
                created = p.create_plan(session, importer.actor, data)
                existing[key] = [created.id]
                importer.created += 1
            else:
                after = p.update_plan(session, importer.actor, before.id, data)
                importer.count_update(before, after)
        except ValidationError as error:
            importer.problem(row.line, error.field, error.message)


def _import_memberships(importer: _Importer, rows: list[_Row]) -> None:
    session = importer.session
    plans = _names(session, select(Plan.id, Plan.name))
    organisations = _names(session, select(Organisation.id, Organisation.name))
    by_email: dict[str, int] = {
        email.lower(): id_
        for id_, email in session.execute(select(Member.id, Member.email))
        if email
    }
    for row in rows:
        values, problems = _check_cells(row, importer.columns)
        plan_id = organisation_id = member_id = None
        if "plan" in values:
            plan_id = _one(
                plans,
                row,
                "plan",
                values["plan"],
                _("there is no plan “{name}” (import or add it first)"),
                _("more than one plan is called “{name}”"),
                problems,
            )
        if "organisation" in values:
            organisation_id = _one(
                organisations,
                row,
                "organisation",
                values["organisation"],
                _("there is no organisation “{name}” (import or add it first)"),
                _("more than one organisation is called “{name}”"),
                problems,
            )
        email = str(values.get("member_email", ""))
        if email:
            member_id = by_email.get(email.lower())
            if member_id is None:
                problems.append(
                    Problem(
                        row.line,
                        "member_email",
                        _("there is no member with the e-mail address “{text}”").format(text=email),
                    )
                )
        if not problems and organisation_id is None and member_id is None:
            problems.append(
                Problem(row.line, "", _("say who holds it: give organisation or member_email"))
            )
        if problems:
            importer.problems += problems
            continue
        assert plan_id is not None
        holder = (
            Membership.organisation_id == organisation_id
            if organisation_id is not None
            else Membership.member_id == member_id
        )
        stored = session.scalar(
            select(Membership.id).where(
                holder,
                Membership.plan_id == plan_id,
                Membership.start_date == values["start"],
            )
        )
        if stored is not None:  # the same membership, imported before
            importer.unchanged += 1
            continue
        data = p.MembershipInput(
            plan_id=plan_id,
            start_date=values["start"],
            organisation_id=organisation_id,
            member_id=member_id,
            end_date=values.get("end"),
            seats=values.get("seats", 1),
            price_override=values.get("price_override"),
            override_reason=str(values.get("reason", "")),
        )
        try:
            p.create_membership(session, importer.actor, data)
            importer.created += 1
        except ValidationError as error:
            importer.problem(row.line, error.field, error.message)


def _import_leases(importer: _Importer, rows: list[_Row]) -> None:
    session = importer.session
    organisations = _names(session, select(Organisation.id, Organisation.name))
    offices = _names(session, select(Space.id, Space.name))
    stored: set[tuple[int, date, frozenset[int]]] = set()
    lease_offices: dict[int, set[int]] = {}
    for lease_id, space_id in session.execute(select(LeaseOffice.lease_id, LeaseOffice.space_id)):
        lease_offices.setdefault(lease_id, set()).add(space_id)
    for lease_id, org_id, start in session.execute(
        select(Lease.id, Lease.organisation_id, Lease.start_date)
    ):
        stored.add((org_id, start, frozenset(lease_offices.get(lease_id, set()))))
    #: office ids -> the line of this file that let them (for conflict messages)
    for row in rows:
        values, problems = _check_cells(row, importer.columns)
        organisation_id = None
        if "organisation" in values:
            organisation_id = _one(
                organisations,
                row,
                "organisation",
                values["organisation"],
                _("there is no organisation “{name}” (import or add it first)"),
                _("more than one organisation is called “{name}”"),
                problems,
            )
        office_ids: list[int] = []
        for name in values.get("offices", []):
            found = _one(
                offices,
                row,
                "offices",
                name,
                _("there is no office “{name}”"),
                _("more than one space is called “{name}”"),
                problems,
            )
            if found is not None:
                office_ids.append(found)
        if problems:
            importer.problems += problems
            continue
        assert organisation_id is not None
        key = (organisation_id, values["start"], frozenset(office_ids))
        if key in stored:  # the same lease, imported (or entered) before
            importer.unchanged += 1
            continue
        data = ls.LeaseInput(
            organisation_id=organisation_id,
            office_ids=office_ids,
            start_date=values["start"],
            end_date=values.get("end"),
            notice_months=values.get("notice_months", 3),
            rent=values["rent"],
            service_charge=values.get("service_charge") or Money(0),
            deposit=values.get("deposit") or Money(0),
            indexation_bp=values.get("indexation", 0),
        )
        try:
            lease = ls.create_lease(session, importer.actor, data)
            if values.get("status", LeaseStatus.ACTIVE) == LeaseStatus.ACTIVE:
                ls.activate_lease(session, importer.actor, lease.id)
        except ValidationError as error:
            importer.problem(row.line, error.field, error.message)
            continue
        except LeaseConflict as conflict:
            importer.problems.append(Problem(row.line, "offices", str(conflict)))
            continue
        stored.add(key)
        importer.created += 1


def import_csv(session: Session, actor: Actor, kind: Kind, path: Path) -> ImportResult:
    """Import ``path`` into the caller's transaction: every row or none.
    Raises :class:`ImportFailed` (nothing stored) for a bad file or any bad
    row, and ``PermissionDenied`` when a non-manager imports spaces. Bookings
    are made as ``actor`` makes them at the desk: reception cannot import
    past bookings nor book outside opening hours."""
    if kind not in COLUMNS:
        raise ValueError(f"unknown import kind {kind!r}")
    if kind == "spaces":
        require_manager(session, actor, _("import spaces"))
    elif kind in ("plans", "memberships", "leases"):
        require_manager(session, actor, _("import {kind}").format(kind=_(_KIND_WORDS[kind])))
    columns, rows = _read(Path(path), kind)
    if not rows:
        raise ImportFailed(
            _("{name} has a header but no rows. Nothing was imported.").format(name=Path(path).name)
        )
    importer = _Importer(session, actor, kind, columns)
    with session.begin_nested():  # a savepoint: a bad row undoes the rows before it
        steps: dict[Kind, Callable[[list[_Row]], None]] = {
            "organisations": importer.organisations,
            "members": importer.members,
            "spaces": importer.spaces,
            "bookings": importer.bookings,
            "plans": lambda rows: _import_plans(importer, rows),
            "memberships": lambda rows: _import_memberships(importer, rows),
            "leases": lambda rows: _import_leases(importer, rows),
        }
        steps[kind](rows)
        if importer.problems:
            raise _failed(importer.problems)
        result = ImportResult(kind, importer.created, importer.updated, importer.unchanged)
        record(
            session,
            actor,
            "import",
            kind,
            "",
            {
                "file": (None, Path(path).name),
                "created": (None, result.created),
                "updated": (None, result.updated),
                "unchanged": (None, result.unchanged),
            },
        )
    return result
