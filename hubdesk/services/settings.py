"""The hub's own settings, its VAT categories, and reading the audit log.

Use cases for the settings page and the command line. Functions that change
something take the open session of the caller's write block (one transaction),
refuse a reception user with :class:`~hubdesk.services.staff.PermissionDenied`
(the acting account must still be an active manager in the database), validate
the whole input before touching a row, and add one audit entry holding the old
and new value of each field that changed (nothing changed: no entry). So a
:class:`~hubdesk.domain.errors.ValidationError` or a refusal leaves nothing
written. Results are frozen records, never live ORM objects.

Input records hold text as a form gives it (``"14"``, ``"5,5"``, ``"nl"``);
:meth:`HubSettingsInput.from_record` gives the text of what is stored, which
is what a form shows first.
"""

from __future__ import annotations

import json
import re
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from sqlalchemy import Text, cast, func, or_, select
from sqlalchemy.orm import Session

from hubdesk.domain.clock import DEFAULT_TIME_ZONE
from hubdesk.domain.enums import Language
from hubdesk.domain.errors import HubdeskError, ValidationError
from hubdesk.domain.i18n import _
from hubdesk.domain.models import AuditEntry, HubSettings, VatCategory
from hubdesk.domain.types import utc
from hubdesk.services import booked_days, hub
from hubdesk.services import validation as v
from hubdesk.services.audit import Actor, record
from hubdesk.services.staff import require_manager

# ------------------------------------------------------------------------ limits

NAME_MAX = 200
ADDRESS_MAX = 1000
POSTCODE_MAX = 20
CITY_MAX = 100
NUMBER_FORMAT_MAX = 50
#: An invoice or credit note number fits the 40 characters of its column.
NUMBER_MAX = 40
PAYMENT_TERM_MAX = 365
CANCELLATION_HOURS_MAX = 720
LOGO_MAX_BYTES = 1024 * 1024
VAT_CODE_MAX = 20
VAT_NAME_MAX = 100
VAT_TEXT_MAX = 500

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

EN_DASH = "\u2013"

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"

_SETTINGS = "hub_settings"
_VAT = "vat_category"
_TIME_RE = re.compile(r"^(\d{1,2})[:.](\d{2})$")
_SLUG_RE = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
_RATE_RE = re.compile(r"^(\d{1,3})(?:[.,](\d{1,2}))?$")


class NotFound(HubdeskError):
    """The record does not exist (any more)."""


# ----------------------------------------------------------------------- records

#: Opening hours of one weekday: ("08:00", "18:00"), or None when closed.
DayHours = tuple[str, str] | None


def _hours_of(stored: dict[str, Any] | None) -> tuple[DayHours, ...]:
    found: list[DayHours] = []
    for day in WEEKDAYS:
        value = (stored or {}).get(day)
        if isinstance(value, list | tuple) and len(value) == 2:
            found.append((str(value[0]), str(value[1])))
        else:
            found.append(None)
    return tuple(found)


DEFAULT_HOURS: tuple[DayHours, ...] = _hours_of(dict(hub.DEFAULT_OPENING_HOURS))


@dataclass(frozen=True)
class HubSettingsRecord:
    name: str
    address: str
    postcode: str
    city: str
    country: str
    email: str
    phone: str
    vat_id: str
    kvk: str
    iban: str
    bic: str
    sepa_creditor_id: str
    #: PNG or JPEG bytes, or None.
    logo: bytes | None
    time_zone: str
    #: One entry per weekday, in :data:`WEEKDAYS` order.
    opening_hours: tuple[DayHours, ...]
    invoice_number_format: str
    credit_note_number_format: str
    payment_term_days: int
    cancellation_free_hours: int
    language: Language

    def hours(self, day: str) -> DayHours:
        """The hours of ``day`` ("mon" … "sun")."""
        return self.opening_hours[WEEKDAYS.index(day)]


@dataclass(frozen=True)
class HubSettingsInput:
    """The settings form as typed. The logo is set apart (:func:`set_logo`)."""

    name: str
    address: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "NL"
    email: str = ""
    phone: str = ""
    vat_id: str = ""
    kvk: str = ""
    iban: str = ""
    bic: str = ""
    sepa_creditor_id: str = ""
    time_zone: str = DEFAULT_TIME_ZONE
    #: Seven entries in :data:`WEEKDAYS` order: (opens, closes) as "HH:MM", or None.
    opening_hours: tuple[DayHours, ...] = DEFAULT_HOURS
    invoice_number_format: str = "{year}-{seq:05d}"
    credit_note_number_format: str = "C{year}-{seq:05d}"
    payment_term_days: str = "14"
    cancellation_free_hours: str = "24"
    language: str = "en"

    @classmethod
    def from_record(cls, found: HubSettingsRecord) -> HubSettingsInput:
        return cls(
            name=found.name,
            address=found.address,
            postcode=found.postcode,
            city=found.city,
            country=found.country,
            email=found.email,
            phone=found.phone,
            vat_id=found.vat_id,
            kvk=found.kvk,
            iban=found.iban,
            bic=found.bic,
            sepa_creditor_id=found.sepa_creditor_id,
            time_zone=found.time_zone,
            opening_hours=found.opening_hours,
            invoice_number_format=found.invoice_number_format,
            credit_note_number_format=found.credit_note_number_format,
            payment_term_days=str(found.payment_term_days),
            cancellation_free_hours=str(found.cancellation_free_hours),
            language=found.language.value,
        )


@dataclass(frozen=True)
class VatCategoryRecord:
    id: int
    code: str
    name: str
    rate_bp: int
    exempt: bool
    reverse_charge_eu_b2b: bool
    invoice_text: str
    active: bool

    @property
    def rate_text(self) -> str:
        """The rate as a form shows it: "21", "5.5"."""
        return percent_text(self.rate_bp)


@dataclass(frozen=True)
class VatCategoryInput:
    """A new category (``id`` None) or the changed one. ``rate`` is percent text."""

    code: str
    name: str
    rate: str
    exempt: bool = False
    reverse_charge_eu_b2b: bool = False
    invoice_text: str = ""
    id: int | None = None

    @classmethod
    def from_record(cls, found: VatCategoryRecord) -> VatCategoryInput:
        return cls(
            code=found.code,
            name=found.name,
            rate=found.rate_text,
            exempt=found.exempt,
            reverse_charge_eu_b2b=found.reverse_charge_eu_b2b,
            invoice_text=found.invoice_text,
            id=found.id,
        )


@dataclass(frozen=True)
class AuditChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class AuditRecord:
    id: int
    #: Aware, UTC.
    at: datetime
    staff_user_id: int | None
    actor: str
    action: str
    entity: str
    entity_id: str
    changes: tuple[AuditChange, ...]

    @property
    def changes_text(self) -> str:
        """ "field: old → new" for each change, joined by "; "."""
        return "; ".join(
            f"{c.field}: {value_text(c.old)} → {value_text(c.new)}" for c in self.changes
        )


def value_text(value: Any, limit: int = 60) -> str:
    """An audited value as one short line: None "—", hours "08:00 to 18:00"
    with an en dash between."""
    if value is None:
        text = "—"
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    elif (
        isinstance(value, list | tuple)
        and len(value) == 2
        and all(isinstance(part, str) for part in value)
    ):
        text = f"{value[0]}{EN_DASH}{value[1]}"
    elif isinstance(value, dict | list | tuple):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------------- settings


def _creditor_id(value: str) -> str:
    """The SEPA creditor identifier, checked (empty: none yet)."""
    from hubdesk.services.sepa import creditor_identifier

    if not (value or "").strip():
        return ""
    try:
        return creditor_identifier(value)
    except ValidationError as error:
        raise ValidationError("sepa_creditor_id", str(error)) from error


def _settings_record(row: HubSettings) -> HubSettingsRecord:
    return HubSettingsRecord(
        name=row.name,
        address=row.address,
        postcode=row.postcode,
        city=row.city,
        country=row.country,
        email=row.email,
        phone=row.phone,
        vat_id=row.vat_id,
        kvk=row.kvk,
        iban=row.iban,
        bic=row.bic,
        sepa_creditor_id=row.sepa_creditor_id,
        logo=row.logo_png,
        time_zone=row.time_zone,
        opening_hours=_hours_of(row.opening_hours),
        invoice_number_format=row.invoice_number_format,
        credit_note_number_format=row.credit_note_number_format,
        payment_term_days=row.payment_term_days,
        cancellation_free_hours=row.cancellation_free_hours,
        language=Language(row.language),
    )


def _settings_row(session: Session) -> HubSettings:
    row = session.get(HubSettings, 1)
    if row is None:
        hub.ensure_defaults(session)
        session.flush()
        row = session.get(HubSettings, 1)
    assert row is not None
    return row


def get_settings(session: Session) -> HubSettingsRecord:
    """The hub's settings (a new database gets its defaults on the first write;
    read-only, the defaults are shown without storing them)."""
    row = session.get(HubSettings, 1)
    if row is None:
        return _settings_record(
            HubSettings(
                id=1,
                name="Our hub",
                address="",
                postcode="",
                city="",
                country="NL",
                email="",
                phone="",
                vat_id="",
                kvk="",
                iban="",
                bic="",
                sepa_creditor_id="",
                logo_png=None,
                time_zone=DEFAULT_TIME_ZONE,
                opening_hours=dict(hub.DEFAULT_OPENING_HOURS),
                invoice_number_format="{year}-{seq:05d}",
                credit_note_number_format="C{year}-{seq:05d}",
                payment_term_days=14,
                cancellation_free_hours=24,
                language=Language.EN,
            )
        )
    return _settings_record(row)


@cache
def time_zone_names() -> tuple[str, ...]:
    """Every IANA zone name zoneinfo knows here, sorted."""
    return tuple(sorted(zoneinfo.available_timezones()))


@cache
def _zones_by_lower() -> dict[str, str]:
    return {name.lower(): name for name in time_zone_names()}


def time_zone(value: str, *, field: str = "time_zone") -> str:
    """An IANA time zone name such as Europe/Amsterdam (case ignored)."""
    text = value.strip().replace(" ", "_")
    if not text:
        raise ValidationError(field, _("A time zone is required, such as Europe/Amsterdam"))
    found = _zones_by_lower().get(text.lower())
    if found is None:
        raise ValidationError(
            field,
            _("“{text}” is not a time zone: use a name such as Europe/Amsterdam").format(
                text=value.strip()
            ),
        )
    return found


def _clock(value: str, field: str, what: str) -> str:
    text = value.strip()
    if not text:
        if what == "opening":
            raise ValidationError(field, _("Enter the opening time, like 08:30"))
        raise ValidationError(field, _("Enter the closing time, like 08:30"))
    found = _TIME_RE.match(text)
    if found is None:
        raise ValidationError(
            field, _("“{text}” is not a time: write it like 08:30").format(text=text)
        )
    hours, minutes = int(found[1]), int(found[2])
    if hours > 23 or minutes > 59:
        raise ValidationError(
            field, _("“{text}” is not a time of day (00:00 to 23:59)").format(text=text)
        )
    return f"{hours:02d}:{minutes:02d}"


def opening_hours(days: Sequence[DayHours]) -> dict[str, list[str] | None]:
    """Seven days of ("HH:MM", "HH:MM") or None (closed), as stored. Errors
    name the field ``hours_<day>`` (``hours_mon`` …)."""
    if len(days) != len(WEEKDAYS):
        raise ValidationError("opening_hours", _("Give the opening hours of all seven weekdays"))
    result: dict[str, list[str] | None] = {}
    for day, hours in zip(WEEKDAYS, days, strict=True):
        field = f"hours_{day}"
        if hours is None:
            result[day] = None
            continue
        opens = _clock(hours[0], field, "opening")
        closes = _clock(hours[1], field, "closing")
        if opens >= closes:
            raise ValidationError(
                field,
                _("The hub must open before it closes ({opens} is not before {closes})").format(
                    opens=opens, closes=closes
                ),
            )
        result[day] = [opens, closes]
    return result


def _render(fmt: str, year: int, seq: int) -> str:
    return fmt.format(year=year, seq=seq)


def number_format(value: str, *, field: str, label: str) -> str:
    """A document number format such as ``{year}-{seq:05d}``: it uses ``{seq``,
    renders with ``year`` and ``seq`` only, on one line, and the number (for
    sequence 42 and for 99999) has at most :data:`NUMBER_MAX` characters."""
    text = value.strip()
    if not text:
        raise ValidationError(
            field, _("{label} is required, such as {{year}}-{{seq:05d}}").format(label=label)
        )
    if len(text) > NUMBER_FORMAT_MAX:
        raise ValidationError(
            field,
            _("{label} is too long: at most {max} characters ({given})").format(
                label=label, max=NUMBER_FORMAT_MAX, given=len(text)
            ),
        )
    if any(not c.isprintable() for c in text):
        raise ValidationError(
            field, _("{label} must be one line of visible characters").format(label=label)
        )
    if "{seq" not in text:
        raise ValidationError(
            field,
            _(
                "{label} must contain the sequence number {{seq}}, as in {{year}}-{{seq:05d}}"
            ).format(label=label),
        )
    try:
        sample = _render(text, 2026, 42)
        largest = _render(text, 2026, 99999)
    except KeyError as error:
        raise ValidationError(
            field,
            _("{label} uses {{{name}}}: only {{year}} and {{seq}} are known").format(
                label=label, name=error.args[0]
            ),
        ) from error
    except (IndexError, ValueError, TypeError, AttributeError) as error:
        raise ValidationError(
            field,
            _("{label} cannot be used ({error}); write it like {{year}}-{{seq:05d}}").format(
                label=label, error=error
            ),
        ) from error
    if sample == _render(text, 2026, 43):
        raise ValidationError(
            field,
            _("{label} gives every document the same number: it needs {{seq}}").format(label=label),
        )
    if not sample.strip():
        raise ValidationError(field, _("{label} gives an empty number").format(label=label))
    longest = max(len(sample), len(largest))
    if longest > NUMBER_MAX:
        raise ValidationError(
            field,
            _("{label} gives numbers of {longest} characters; at most {max} fit").format(
                label=label, longest=longest, max=NUMBER_MAX
            ),
        )
    return text


def _sample_numbers(fmt: str) -> set[str]:
    return {
        _render(fmt, year, seq)
        for year in (2025, 2026, 2027)
        for seq in (*range(1, 1000), 9_999, 10_000, 99_999, 100_000)
    }


def _refuse_colliding_formats(invoice: str, credit_note: str) -> None:
    if invoice == credit_note:
        raise ValidationError(
            "credit_note_number_format",
            _(
                "Credit notes need a number format of their own (e.g. C{year}-{seq:05d}), "
                "or their numbers would be the same as invoice numbers"
            ),
        )
    same = sorted(_sample_numbers(invoice) & _sample_numbers(credit_note))
    if same:
        raise ValidationError(
            "credit_note_number_format",
            _(
                "A credit note could get the number of an invoice ({number}); "
                "start credit notes with a letter of their own, such as C{{year}}-{{seq:05d}}"
            ).format(number=same[0]),
        )


def _clean_settings(data: HubSettingsInput) -> dict[str, Any]:
    """Every field of ``data`` checked, in form order; the column values."""
    values: dict[str, Any] = {
        "name": v.required_text(
            data.name,
            field="name",
            max_length=NAME_MAX,
            label=_("The hub's name"),
            single_line=True,
        ),
        "address": v.optional_text(
            data.address, field="address", max_length=ADDRESS_MAX, label=_("The address")
        ),
        "postcode": v.one_line(
            data.postcode, field="postcode", max_length=POSTCODE_MAX, label=_("The postcode")
        ),
        "city": v.one_line(data.city, field="city", max_length=CITY_MAX, label=_("The city")),
        "country": v.country(data.country, field="country", default=None),
        "email": v.email(data.email, field="email"),
        "phone": v.phone(data.phone, field="phone"),
        "vat_id": v.vat_id(data.vat_id, field="vat_id"),
        "kvk": v.kvk(data.kvk, field="kvk"),
        "iban": v.iban(data.iban, field="iban"),
        "bic": v.bic(data.bic, field="bic"),
        "sepa_creditor_id": _creditor_id(data.sepa_creditor_id),
        "time_zone": time_zone(data.time_zone),
        "opening_hours": opening_hours(data.opening_hours),
        "invoice_number_format": number_format(
            data.invoice_number_format,
            field="invoice_number_format",
            label=_("The invoice number format"),
        ),
        "credit_note_number_format": number_format(
            data.credit_note_number_format,
            field="credit_note_number_format",
            label=_("The credit note number format"),
        ),
        "payment_term_days": v.integer(
            data.payment_term_days,
            field="payment_term_days",
            minimum=0,
            maximum=PAYMENT_TERM_MAX,
            label=_("The payment term"),
        ),
        "cancellation_free_hours": v.integer(
            data.cancellation_free_hours,
            field="cancellation_free_hours",
            minimum=0,
            maximum=CANCELLATION_HOURS_MAX,
            label=_("The free cancellation time"),
        ),
        "language": _language(data.language),
    }
    _refuse_colliding_formats(values["invoice_number_format"], values["credit_note_number_format"])
    return values


def _language(value: str) -> Language:
    text = value.strip().lower()
    if text in (Language.EN.value, Language.NL.value):
        return Language(text)
    return v.language(value, field="language")


def update_settings(session: Session, actor: Actor, data: HubSettingsInput) -> HubSettingsRecord:
    """Store the hub's settings (manager only). ValidationError fields are the
    input's field names, ``hours_<day>`` for opening hours."""
    require_manager(session, actor, _("change the hub's settings"))
    values = _clean_settings(data)
    row = _settings_row(session)
    changes: dict[str, tuple[Any, Any]] = {}
    old_hours = _hours_of(row.opening_hours)
    new_hours = _hours_of(values["opening_hours"])
    for day, old, new in zip(WEEKDAYS, old_hours, new_hours, strict=True):
        if old != new:
            changes[f"opening_hours.{day}"] = (
                None if old is None else list(old),
                None if new is None else list(new),
            )
    if old_hours != new_hours:
        row.opening_hours = values["opening_hours"]
    for name, value in values.items():
        if name == "opening_hours":
            continue
        old_value = getattr(row, name)
        if old_value != value:
            changes[name] = (old_value, value)
            setattr(row, name, value)
    if changes:
        record(session, actor, "update", _SETTINGS, row.id, changes)
    session.flush()
    if "time_zone" in changes:
        # the bookings' local days have moved
        booked_days.rebuild(session, row.time_zone)
        session.refresh(row)
    return _settings_record(row)


def logo_kind(data: bytes) -> str | None:
    """ "png" or "jpeg" by the file's first bytes, or None."""
    if data.startswith(PNG_MAGIC):
        return "png"
    if data.startswith(JPEG_MAGIC):
        return "jpeg"
    return None


def set_logo(session: Session, actor: Actor, data: bytes) -> HubSettingsRecord:
    """The hub's logo for invoices (manager only): PNG or JPEG bytes, at most
    :data:`LOGO_MAX_BYTES`. ValidationError field ``logo``."""
    require_manager(session, actor, _("change the hub's logo"))
    if not data:
        raise ValidationError("logo", _("The logo file is empty"))
    if len(data) > LOGO_MAX_BYTES:
        raise ValidationError(
            "logo",
            _("The logo is too large: at most 1 MB ({size:.1f} MB given)").format(
                size=len(data) / (1024 * 1024)
            ),
        )
    if logo_kind(data) is None:
        raise ValidationError("logo", _("The logo must be a PNG or JPEG image"))
    row = _settings_row(session)
    if row.logo_png != data:
        old = row.logo_png
        row.logo_png = bytes(data)
        record(session, actor, "logo", _SETTINGS, row.id, {"logo": (old, row.logo_png)})
    session.flush()
    return _settings_record(row)


def clear_logo(session: Session, actor: Actor) -> HubSettingsRecord:
    """Remove the logo (manager only); nothing happens when there is none."""
    require_manager(session, actor, _("change the hub's logo"))
    row = _settings_row(session)
    if row.logo_png is not None:
        record(session, actor, "logo", _SETTINGS, row.id, {"logo": (row.logo_png, None)})
        row.logo_png = None
    session.flush()
    return _settings_record(row)


# ------------------------------------------------------------------ VAT categories


def _vat_record(row: VatCategory) -> VatCategoryRecord:
    return VatCategoryRecord(
        id=row.id,
        code=row.code,
        name=row.name,
        rate_bp=row.rate_bp,
        exempt=bool(row.exempt),
        reverse_charge_eu_b2b=bool(row.reverse_charge_eu_b2b),
        invoice_text=row.invoice_text,
        active=bool(row.active),
    )


def list_vat_categories(
    session: Session, *, include_inactive: bool = True
) -> list[VatCategoryRecord]:
    """VAT categories, active ones first, highest rate first, then by code."""
    query = select(VatCategory).order_by(
        VatCategory.active.desc(), VatCategory.rate_bp.desc(), VatCategory.code
    )
    if not include_inactive:
        query = query.where(VatCategory.active.is_(True))
    return [_vat_record(row) for row in session.scalars(query)]


def percent_text(rate_bp: int) -> str:
    """Basis points as percent text: 2100 "21", 550 "5.5", 1275 "12.75"."""
    whole, rest = divmod(rate_bp, 100)
    if rest == 0:
        return str(whole)
    return f"{whole}.{rest:02d}".rstrip("0")


def rate_bp(value: str, *, field: str = "rate") -> int:
    """A VAT rate typed as percent ("21", "9", "0", "5,5", "5.5 %") in basis
    points (2100, 900, 0, 550); at most two decimals, 0 to 100 %."""
    text = value.strip().removesuffix("%").strip()
    if not text:
        raise ValidationError(field, _("Enter the rate in percent, like 21 or 5,5"))
    found = _RATE_RE.match(text)
    if found is None:
        raise ValidationError(
            field,
            _("“{text}” is not a rate: give a percentage like 21, 9 or 5,5").format(
                text=value.strip()
            ),
        )
    try:
        points = Decimal(f"{found[1]}.{found[2] or '0'}") * 100
    except InvalidOperation as error:  # pragma: no cover - the pattern keeps it a number
        raise ValidationError(
            field, _("“{text}” is not a rate").format(text=value.strip())
        ) from error
    if points > 10_000:
        raise ValidationError(field, _("A VAT rate is at most 100 %"))
    return int(points)


def _vat_code(session: Session, value: str, current_id: int | None) -> str:
    code = value.strip().lower()
    if not code:
        raise ValidationError("code", _("Enter a short code, like high or low"))
    if len(code) > VAT_CODE_MAX:
        raise ValidationError(
            "code", _("A code has at most {count} characters").format(count=VAT_CODE_MAX)
        )
    if not _SLUG_RE.match(code):
        raise ValidationError(
            "code", _("A code uses lowercase letters and digits, joined by - or _ (like low-9)")
        )
    taken = session.scalar(select(VatCategory.id).where(func.lower(VatCategory.code) == code))
    if taken is not None and taken != current_id:
        raise ValidationError(
            "code", _("The code {code} is already used by another category").format(code=code)
        )
    return code


def _vat_row(session: Session, category_id: int) -> VatCategory:
    row = session.get(VatCategory, category_id)
    if row is None:
        raise NotFound(_("That VAT category does not exist (any more)"))
    return row


def save_vat_category(session: Session, actor: Actor, data: VatCategoryInput) -> VatCategoryRecord:
    """Create (``data.id`` None) or change a VAT category (manager only).
    ValidationError fields: ``code``, ``name``, ``rate``, ``invoice_text``. An
    exempt category has rate 0. Invoices keep a copy of code and rate, so a
    changed rate applies to what is invoiced from now on."""
    require_manager(session, actor, _("change VAT categories"))
    row = _vat_row(session, data.id) if data.id is not None else None
    values: dict[str, Any] = {
        "code": _vat_code(session, data.code, data.id),
        "name": v.required_text(
            data.name, field="name", max_length=VAT_NAME_MAX, label=_("The name"), single_line=True
        ),
        "rate_bp": rate_bp(data.rate),
        "exempt": bool(data.exempt),
        "reverse_charge_eu_b2b": bool(data.reverse_charge_eu_b2b),
        "invoice_text": v.optional_text(
            data.invoice_text, field="invoice_text", max_length=VAT_TEXT_MAX, label=_("The text")
        ),
    }
    if values["exempt"] and values["rate_bp"] != 0:
        raise ValidationError("rate", _("An exempt category has a rate of 0 %"))
    if row is None:
        row = VatCategory(active=True, **values)
        session.add(row)
        session.flush()
        created = {name: (None, value) for name, value in values.items()}
        record(session, actor, "create", _VAT, row.id, {**created, "active": (None, True)})
        return _vat_record(row)
    changes: dict[str, tuple[Any, Any]] = {}
    for name, value in values.items():
        old = getattr(row, name)
        if old != value:
            changes[name] = (old, value)
            setattr(row, name, value)
    if changes:
        session.flush()
        record(session, actor, "update", _VAT, row.id, changes)
    return _vat_record(row)


def set_vat_category_active(
    session: Session, actor: Actor, category_id: int, active: bool
) -> VatCategoryRecord:
    """Offer a category again, or stop offering it for new prices (manager
    only). Prices and invoices that use it keep it."""
    require_manager(session, actor, _("change VAT categories"))
    row = _vat_row(session, category_id)
    if row.active != active:
        row.active = active
        record(
            session,
            actor,
            "enable" if active else "disable",
            _VAT,
            row.id,
            {"active": (not active, active)},
        )
        session.flush()
    return _vat_record(row)


# --------------------------------------------------------------------- audit log


def _audit_record(row: AuditEntry) -> AuditRecord:
    changes = tuple(
        AuditChange(
            str(name),
            value[0] if isinstance(value, list) and len(value) == 2 else None,
            value[1] if isinstance(value, list) and len(value) == 2 else value,
        )
        for name, value in (row.changes or {}).items()
    )
    return AuditRecord(
        id=row.id,
        at=row.at,
        staff_user_id=row.staff_user_id,
        actor=row.actor,
        action=row.action,
        entity=row.entity,
        entity_id=row.entity_id,
        changes=changes,
    )


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def list_audit(
    session: Session,
    *,
    text: str = "",
    entity: str | None = None,
    actor: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 500,
) -> list[AuditRecord]:
    """Audit entries, newest first, at most ``limit``.

    ``text`` is found (case ignored) in who, what, which record or the changes;
    ``entity`` ("hub_settings", "staff_user", …) and ``actor`` (the name as
    recorded) must match exactly; ``since`` is included, ``until`` not (aware
    datetimes)."""
    query = select(AuditEntry)
    needle = text.strip()
    if needle:
        pattern = _like(needle)
        changes = cast(AuditEntry.changes, Text)
        options = [
            AuditEntry.actor.ilike(pattern, escape="\\"),
            AuditEntry.action.ilike(pattern, escape="\\"),
            AuditEntry.entity.ilike(pattern, escape="\\"),
            AuditEntry.entity_id.ilike(pattern, escape="\\"),
            changes.ilike(pattern, escape="\\"),
        ]
        stored = json.dumps(needle)[1:-1]  # how JSON writes non-ASCII letters and quotes
        if stored != needle:
            options.append(changes.ilike(_like(stored), escape="\\"))
        query = query.where(or_(*options))
    if entity:
        query = query.where(AuditEntry.entity == entity)
    if actor:
        query = query.where(AuditEntry.actor == actor)
    if since is not None:
        query = query.where(AuditEntry.at >= utc(since))
    if until is not None:
        query = query.where(AuditEntry.at < utc(until))
    query = query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(max(limit, 0))
    return [_audit_record(row) for row in session.scalars(query)]


def audit_entities(session: Session) -> list[str]:
    """The kinds of record the audit log holds entries for, sorted."""
    return sorted(session.scalars(select(AuditEntry.entity).distinct()))


def audit_actors(session: Session) -> list[str]:
    """The names that acted in the audit log, sorted."""
    return sorted(session.scalars(select(AuditEntry.actor).distinct()))
