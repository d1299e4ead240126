"""Importing organisations, members, spaces and bookings from a CSV file.

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
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, ClassVar, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import BookingStatus, OrganisationKind, SpaceKind
from hubdesk.domain.errors import BookingConflict, HubdeskError, ValidationError
from hubdesk.domain.i18n import N_, _
from hubdesk.domain.models import Booking, Member, Organisation, Space
from hubdesk.domain.types import utc
from hubdesk.services import bookings as b
from hubdesk.services import directory as d
from hubdesk.services import validation as v
from hubdesk.services.audit import Actor, record
from hubdesk.services.staff import require_manager

Kind = Literal["organisations", "members", "spaces", "bookings"]
KINDS: tuple[Kind, ...] = ("organisations", "members", "spaces", "bookings")

#: Problems listed in the message of :class:`ImportFailed` (all are in ``problems``).
MESSAGE_PROBLEMS = 20

#: The kinds as the messages name them (translated when shown).
_KIND_WORDS: dict[str, str] = {
    "organisations": N_("organisations"),
    "members": N_("members"),
    "spaces": N_("spaces"),
    "bookings": N_("bookings"),
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

COLUMNS: dict[Kind, tuple[Column, ...]] = {
    "organisations": ORGANISATION_COLUMNS,
    "members": MEMBER_COLUMNS,
    "spaces": SPACE_COLUMNS,
    "bookings": BOOKING_COLUMNS,
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
        "Organisations, members, spaces and bookings can be imported from a CSV file: "
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
        "come last, as they name spaces, members and organisations.",
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
        tz = b.hub_zone(self.session)
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


def import_csv(session: Session, actor: Actor, kind: Kind, path: Path) -> ImportResult:
    """Import ``path`` into the caller's transaction: every row or none.
    Raises :class:`ImportFailed` (nothing stored) for a bad file or any bad
    row, and ``PermissionDenied`` when a non-manager imports spaces. Bookings
    are made as ``actor`` makes them at the desk: reception cannot import
    past bookings nor book outside opening hours."""
    if kind not in COLUMNS:
        raise ValueError(f"unknown import kind {kind!r}")
    if kind == "spaces":
        require_manager(actor, _("import spaces"))
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
