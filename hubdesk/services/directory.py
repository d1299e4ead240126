"""The hub's directory: organisations, members (people) and spaces.

Use cases for the UI, the command line and the CSV import. Every function that
changes something takes the open session of the caller's ``with db.write()``
block (one transaction), validates the input with
:mod:`hubdesk.services.validation`, and adds an audit entry holding the old and
new value of each field that changed. Results are frozen records, never live
ORM objects.

* Organisations and members may be changed by any staff member; spaces only by
  a manager (:class:`PermissionDenied` otherwise, nothing stored).
* Archiving hides a record from the default lists and searches but keeps its
  history; deleting is only possible while nothing refers to the record
  (members, memberships, leases, bookings, invoices, ...), else
  :class:`StillInUse` says to archive it instead. Spaces are "archived" by
  making them inactive.
* Organisation names and space names are unique (case ignored); a member's
  e-mail address (case ignored) and badge code are unique among members.

Member search (:func:`search_members`) runs over an in-memory index of folded
text (case and accents ignored), kept per database and rebuilt when the data
changes; see there.
"""

from __future__ import annotations

import threading
import time
import unicodedata
import weakref
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, func, or_, select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import Language, OrganisationKind, SpaceKind
from hubdesk.domain.errors import HubdeskError, ValidationError
from hubdesk.domain.i18n import N_, _
from hubdesk.domain.models import (
    AuditEntry,
    Base,
    Member,
    Organisation,
    Space,
    VatCategory,
)
from hubdesk.domain.money import Money
from hubdesk.services import validation as v
from hubdesk.services.audit import Actor, record
from hubdesk.services.clock import now_utc
from hubdesk.services.staff import PermissionDenied as PermissionDenied  # re-exported
from hubdesk.services.staff import require_manager

# --------------------------------------------------------------------------- errors


class NotFound(HubdeskError):
    """The record does not exist (any more)."""


class StillInUse(HubdeskError):
    """A record that others refer to cannot be deleted; archive it instead."""

    def __init__(self, what: str, name: str, references: dict[str, int], instead: str) -> None:
        self.references = dict(references)
        listed = _and_list([_count_text(n, table) for table, n in references.items()])
        if sum(references.values()) == 1:
            template = _(
                "{what} “{name}” cannot be deleted: {listed} refers to it. "
                "{instead} instead; that keeps its history."
            )
        else:
            template = _(
                "{what} “{name}” cannot be deleted: {listed} refer to it. "
                "{instead} instead; that keeps its history."
            )
        super().__init__(template.format(what=what, name=name, listed=listed, instead=instead))


# ------------------------------------------------------------------------ limits

NAME_MAX = 200
PERSON_NAME_MAX = 100
SPACE_NAME_MAX = 100
BADGE_MAX = 64
POSTCODE_MAX = 20
CITY_MAX = 100
ADDRESS_MAX = 1000
NOTES_MAX = 10_000
MANDATE_ID_MAX = 35
FLOOR_RANGE = (-10, 200)
CAPACITY_MAX = 10_000
BUFFER_MAX = 240

ORGANISATION_KIND_ALIASES: dict[str, OrganisationKind] = {
    "stichting": OrganisationKind.NGO,
    "ngo": OrganisationKind.NGO,
    "foundation": OrganisationKind.NGO,
    "non profit": OrganisationKind.NGO,
    "nonprofit": OrganisationKind.NGO,
    "start up": OrganisationKind.STARTUP,
    "knowledge": OrganisationKind.KNOWLEDGE,
    "kennisinstelling": OrganisationKind.KNOWLEDGE,
    "university": OrganisationKind.KNOWLEDGE,
    "universiteit": OrganisationKind.KNOWLEDGE,
    "overheid": OrganisationKind.GOVERNMENT,
    "gemeente": OrganisationKind.GOVERNMENT,
    "bedrijf": OrganisationKind.COMPANY,
    "onderneming": OrganisationKind.COMPANY,
    "business": OrganisationKind.COMPANY,
    "bv": OrganisationKind.COMPANY,
    "zzp": OrganisationKind.INDIVIDUAL,
    "zzp er": OrganisationKind.INDIVIDUAL,
    "zzper": OrganisationKind.INDIVIDUAL,
    "freelancer": OrganisationKind.INDIVIDUAL,
    "particulier": OrganisationKind.INDIVIDUAL,
    "eenmanszaak": OrganisationKind.INDIVIDUAL,
}

SPACE_KIND_ALIASES: dict[str, SpaceKind] = {
    "office": SpaceKind.PRIVATE_OFFICE,
    "kantoor": SpaceKind.PRIVATE_OFFICE,
    "kantoorruimte": SpaceKind.PRIVATE_OFFICE,
    "vaste werkplek": SpaceKind.DEDICATED_DESK,
    "dedicated": SpaceKind.DEDICATED_DESK,
    "flex": SpaceKind.FLEX_DESK,
    "flexplek": SpaceKind.FLEX_DESK,
    "flexwerkplek": SpaceKind.FLEX_DESK,
    "meeting": SpaceKind.MEETING_ROOM,
    "vergaderruimte": SpaceKind.MEETING_ROOM,
    "vergaderzaal": SpaceKind.MEETING_ROOM,
    "event": SpaceKind.EVENT_SPACE,
    "evenementenruimte": SpaceKind.EVENT_SPACE,
    "zaal": SpaceKind.EVENT_SPACE,
}

# ------------------------------------------------------------------------ records


@dataclass(frozen=True)
class OrganisationRecord:
    id: int
    name: str
    kind: OrganisationKind
    email: str
    phone: str
    website: str
    vat_id: str
    kvk: str
    iban: str
    bic: str
    sepa_mandate_id: str
    sepa_mandate_signed_on: date | None
    billing_address: str
    postcode: str
    city: str
    country: str
    language: Language
    notes: str
    archived: bool
    created_at: datetime
    #: People of this organisation who are not archived.
    member_count: int = 0


@dataclass(frozen=True)
class MemberRecord:
    id: int
    first_name: str
    last_name: str
    email: str
    phone: str
    badge_code: str
    organisation_id: int | None
    #: "" for an individual member.
    organisation_name: str
    organisation_kind: OrganisationKind | None
    billing_address: str
    postcode: str
    city: str
    country: str
    language: Language
    notes: str
    archived: bool
    created_at: datetime

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class SpaceRecord:
    id: int
    name: str
    kind: SpaceKind
    floor: int
    capacity: int
    area_dm2: int
    price_hour: Money | None
    price_half_day: Money | None
    price_day: Money | None
    price_month: Money | None
    vat_category_id: int | None
    #: "" when the space has no VAT category.
    vat_category_code: str
    amenities: tuple[str, ...]
    buffer_minutes: int
    active: bool
    plan_x: int | None
    plan_y: int | None

    @property
    def area_m2_text(self) -> str:
        return v.area_text(self.area_dm2)


# ------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class OrganisationInput:
    """What the organisation form (or a CSV row) gives, before validation."""

    name: str
    kind: str = OrganisationKind.COMPANY.value
    email: str = ""
    phone: str = ""
    website: str = ""
    vat_id: str = ""
    kvk: str = ""
    iban: str = ""
    bic: str = ""
    sepa_mandate_id: str = ""
    sepa_mandate_signed_on: date | str | None = None
    billing_address: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "NL"
    language: str = Language.EN.value
    notes: str = ""

    @classmethod
    def from_record(cls, record: OrganisationRecord) -> OrganisationInput:
        """The form filled in with a stored organisation (to edit it)."""
        return cls(
            name=record.name,
            kind=record.kind.value,
            email=record.email,
            phone=record.phone,
            website=record.website,
            vat_id=record.vat_id,
            kvk=record.kvk,
            iban=record.iban,
            bic=record.bic,
            sepa_mandate_id=record.sepa_mandate_id,
            sepa_mandate_signed_on=record.sepa_mandate_signed_on,
            billing_address=record.billing_address,
            postcode=record.postcode,
            city=record.city,
            country=record.country,
            language=record.language.value,
            notes=record.notes,
        )


@dataclass(frozen=True)
class MemberInput:
    first_name: str
    last_name: str
    email: str = ""
    phone: str = ""
    badge_code: str = ""
    #: None: an individual member.
    organisation_id: int | None = None
    billing_address: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "NL"
    language: str = Language.EN.value
    notes: str = ""

    @classmethod
    def from_record(cls, record: MemberRecord) -> MemberInput:
        """The form filled in with a stored member (to edit them)."""
        return cls(
            first_name=record.first_name,
            last_name=record.last_name,
            email=record.email,
            phone=record.phone,
            badge_code=record.badge_code,
            organisation_id=record.organisation_id,
            billing_address=record.billing_address,
            postcode=record.postcode,
            city=record.city,
            country=record.country,
            language=record.language.value,
            notes=record.notes,
        )


def money_text(amount: Money | None) -> str:
    """An amount as a form shows it for editing: '1234.50' ('' for None)."""
    if amount is None:
        return ""
    sign = "-" if amount.cents < 0 else ""
    whole, cents = divmod(abs(amount.cents), 100)
    return f"{sign}{whole}.{cents:02d}"


@dataclass(frozen=True)
class SpaceInput:
    name: str
    kind: str
    floor: str | int = 0
    capacity: str | int = 1
    #: Square metres as typed: "12.5", "12,5".
    area_m2: str = ""
    price_hour: str = ""
    price_half_day: str = ""
    price_day: str = ""
    price_month: str = ""
    #: A VAT category code ("high", "exempt", ...); "" for none.
    vat_category: str = ""
    amenities: Sequence[str] | str = field(default_factory=tuple)
    buffer_minutes: str | int = 0
    active: bool = True

    @classmethod
    def from_record(cls, record: SpaceRecord) -> SpaceInput:
        """The form filled in with a stored space (to edit it)."""
        return cls(
            name=record.name,
            kind=record.kind.value,
            floor=record.floor,
            capacity=record.capacity,
            area_m2=v.area_text(record.area_dm2) if record.area_dm2 else "",
            price_hour=money_text(record.price_hour),
            price_half_day=money_text(record.price_half_day),
            price_day=money_text(record.price_day),
            price_month=money_text(record.price_month),
            vat_category=record.vat_category_code,
            amenities=record.amenities,
            buffer_minutes=record.buffer_minutes,
            active=record.active,
        )


# ---------------------------------------------------------------------- helpers


def _and_list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return _("{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


_TABLE_WORDS: dict[str, tuple[str, str]] = {
    "members": (N_("member"), N_("members")),
    "memberships": (N_("membership"), N_("memberships")),
    "leases": (N_("lease"), N_("leases")),
    "lease_offices": (N_("lease"), N_("leases")),
    "bookings": (N_("booking"), N_("bookings")),
    "invoices": (N_("invoice"), N_("invoices")),
    "one_off_charges": (N_("one-off charge"), N_("one-off charges")),
    "day_passes": (N_("day pass"), N_("day passes")),
    "check_ins": (N_("check-in"), N_("check-ins")),
    "visits": (N_("visit"), N_("visits")),
    "registrations": (N_("event registration"), N_("event registrations")),
}


def _count_text(count: int, table: str) -> str:
    one, many = _TABLE_WORDS.get(table, (table.replace("_", " "), table.replace("_", " ")))
    return f"{count} {_(one if count == 1 else many)}"


def _references(session: Session, model: type[Base], row_id: int) -> dict[str, int]:
    """How many rows of each other table refer to the row (every foreign key
    in the schema that points at ``model``'s table)."""
    target = model.__table__
    found: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is not target or table is target:
                continue
            count = session.scalar(
                select(func.count()).select_from(table).where(fk.parent == row_id)
            )
            if count:
                key = "leases" if table.name == "lease_offices" else table.name
                found[key] = found.get(key, 0) + int(count)
    return found


def _apply(obj: Base, values: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Set the changed values on ``obj``; the changes as {field: (old, new)}."""
    changes: dict[str, tuple[Any, Any]] = {}
    for name, new in values.items():
        old = getattr(obj, name)
        if isinstance(old, list) and isinstance(new, tuple):
            same = tuple(old) == new
            new = list(new)
        else:
            same = old == new
        if not same:
            changes[name] = (old, new)
            setattr(obj, name, new)
    return changes


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str | list | tuple) and len(value) == 0)


def _created(values: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    return {
        k: (None, list(x) if isinstance(x, tuple) else x)
        for k, x in values.items()
        if not _blank(x)
    }


def _deleted(obj: Base, names: Sequence[str]) -> dict[str, tuple[Any, Any]]:
    return {n: (getattr(obj, n), None) for n in names if not _blank(getattr(obj, n))}


_GONE: dict[str, str] = {
    "organisation": N_("That organisation no longer exists (#{id})"),
    "member": N_("That member no longer exists (#{id})"),
    "space": N_("That space no longer exists (#{id})"),
}


def _get(session: Session, model: type[Any], row_id: int, what: str) -> Any:
    found = session.get(model, row_id)
    if found is None:
        template = _GONE.get(what, "That {what} no longer exists (#{id})")
        raise NotFound(_(template).format(what=what, id=row_id))
    return found


def _delete_unreferenced(
    session: Session,
    actor: Actor,
    row: Any,
    entity: str,
    fields: Sequence[str],
    still_in_use: Callable[[dict[str, int]], StillInUse],
) -> None:
    """Delete ``row`` when nothing refers to it (audited with what it held);
    otherwise raise the :class:`StillInUse` that ``still_in_use`` makes."""
    references = _references(session, type(row), row.id)
    if references:
        raise still_in_use(references)
    row_id = row.id
    changes = _deleted(row, fields)
    session.delete(row)
    session.flush()
    record(session, actor, "delete", entity, row_id, changes)


# ------------------------------------------------------------------ organisations

_ORG_FIELDS = (
    "name",
    "kind",
    "email",
    "phone",
    "website",
    "vat_id",
    "kvk",
    "iban",
    "bic",
    "sepa_mandate_id",
    "sepa_mandate_signed_on",
    "billing_address",
    "postcode",
    "city",
    "country",
    "language",
    "notes",
)


def organisation_values(data: OrganisationInput) -> dict[str, Any]:
    """The validated, normalised column values of an organisation form (the
    checks that need no database); raises ValidationError."""
    mandate = v.one_line(
        data.sepa_mandate_id,
        field="sepa_mandate_id",
        max_length=MANDATE_ID_MAX,
        label=_("The mandate reference"),
    )
    values: dict[str, Any] = {
        "name": v.required_text(
            data.name, field="name", max_length=NAME_MAX, label=_("The name"), single_line=True
        ),
        "kind": v.choice(
            data.kind,
            OrganisationKind,
            field="kind",
            aliases=ORGANISATION_KIND_ALIASES,
            label=_("The kind"),
        ),
        "email": v.email(data.email),
        "phone": v.phone(data.phone),
        "website": v.website(data.website),
        "vat_id": v.vat_id(data.vat_id),
        "kvk": v.kvk(data.kvk),
        "iban": v.iban(data.iban),
        "bic": v.bic(data.bic),
        "sepa_mandate_id": mandate,
        "sepa_mandate_signed_on": v.optional_date(
            data.sepa_mandate_signed_on, field="sepa_mandate_signed_on"
        ),
        "billing_address": v.optional_text(
            data.billing_address, field="billing_address", max_length=ADDRESS_MAX
        ),
        "postcode": v.one_line(data.postcode, field="postcode", max_length=POSTCODE_MAX),
        "city": v.one_line(data.city, field="city", max_length=CITY_MAX),
        "country": v.country(data.country),
        "language": v.language(data.language),
        "notes": v.optional_text(data.notes, field="notes", max_length=NOTES_MAX),
    }
    if mandate and not values["iban"]:
        raise ValidationError("iban", _("A SEPA direct-debit mandate needs the IBAN it is for"))
    return values


def _check_organisation_name(session: Session, name: str, exclude: int | None) -> None:
    """No other organisation (archived ones included) has this name, case
    ignored. SQL narrows down for ASCII names; the comparison is Python's
    (SQLite's lower() folds ASCII only)."""
    query = select(Organisation.id, Organisation.name, Organisation.archived)
    if name.isascii():
        query = query.where(func.lower(Organisation.name) == name.lower())
    if exclude is not None:
        query = query.where(Organisation.id != exclude)
    folded = name.casefold()
    for _id, other, archived in session.execute(query):
        if other.casefold() == folded:
            if archived:
                message = _("There is already an organisation “{name}” (archived)")
            else:
                message = _("There is already an organisation “{name}”")
            raise ValidationError("name", message.format(name=other))


def _org_record(org: Organisation, member_count: int) -> OrganisationRecord:
    return OrganisationRecord(
        id=org.id,
        name=org.name,
        kind=org.kind,
        email=org.email,
        phone=org.phone,
        website=org.website,
        vat_id=org.vat_id,
        kvk=org.kvk,
        iban=org.iban,
        bic=org.bic,
        sepa_mandate_id=org.sepa_mandate_id,
        sepa_mandate_signed_on=org.sepa_mandate_signed_on,
        billing_address=org.billing_address,
        postcode=org.postcode,
        city=org.city,
        country=org.country,
        language=org.language,
        notes=org.notes,
        archived=org.archived,
        created_at=org.created_at,
        member_count=member_count,
    )


def _active_member_count(session: Session, organisation_id: int) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(Member)
            .where(Member.organisation_id == organisation_id, Member.archived.is_(False))
        )
        or 0
    )


def get_organisation(session: Session, organisation_id: int) -> OrganisationRecord:
    org = _get(session, Organisation, organisation_id, "organisation")
    return _org_record(org, _active_member_count(session, org.id))


def create_organisation(
    session: Session, actor: Actor, data: OrganisationInput
) -> OrganisationRecord:
    values = organisation_values(data)
    _check_organisation_name(session, values["name"], None)
    org = Organisation(**values, archived=False, created_at=now_utc(session))
    session.add(org)
    session.flush()
    record(session, actor, "create", "organisation", org.id, _created(values))
    return _org_record(org, 0)


def update_organisation(
    session: Session, actor: Actor, organisation_id: int, data: OrganisationInput
) -> OrganisationRecord:
    org = _get(session, Organisation, organisation_id, "organisation")
    values = organisation_values(data)
    if values["name"] != org.name:
        _check_organisation_name(session, values["name"], org.id)
    changes = _apply(org, values)
    if changes:
        session.flush()
        record(session, actor, "update", "organisation", org.id, changes)
    return _org_record(org, _active_member_count(session, org.id))


def _set_archived(
    session: Session, actor: Actor, model: type[Any], row_id: int, what: str, archived: bool
) -> Any:
    obj = _get(session, model, row_id, what)
    if obj.archived != archived:
        obj.archived = archived
        session.flush()
        action = "archive" if archived else "restore"
        record(session, actor, action, what, obj.id, {"archived": (not archived, archived)})
    return obj


def archive_organisation(
    session: Session, actor: Actor, organisation_id: int
) -> OrganisationRecord:
    """Hide the organisation from the default lists; its people, leases and
    invoices stay as they are."""
    org = _set_archived(session, actor, Organisation, organisation_id, "organisation", True)
    return _org_record(org, _active_member_count(session, org.id))


def restore_organisation(
    session: Session, actor: Actor, organisation_id: int
) -> OrganisationRecord:
    org = _set_archived(session, actor, Organisation, organisation_id, "organisation", False)
    return _org_record(org, _active_member_count(session, org.id))


def delete_organisation(session: Session, actor: Actor, organisation_id: int) -> None:
    """Delete an organisation nothing refers to (a mistake just made);
    otherwise :class:`StillInUse`."""
    org = _get(session, Organisation, organisation_id, "organisation")
    _delete_unreferenced(
        session,
        actor,
        org,
        "organisation",
        _ORG_FIELDS,
        lambda refs: StillInUse(_("The organisation"), org.name, refs, _("Archive it")),
    )


def list_organisations(
    session: Session,
    *,
    include_archived: bool = False,
    kind: OrganisationKind | None = None,
) -> list[OrganisationRecord]:
    """Organisations by name, each with its number of active members."""
    counts = (
        select(Member.organisation_id, func.count().label("n"))
        .where(Member.archived.is_(False), Member.organisation_id.is_not(None))
        .group_by(Member.organisation_id)
        .subquery()
    )
    query = select(Organisation, func.coalesce(counts.c.n, 0)).outerjoin(
        counts, counts.c.organisation_id == Organisation.id
    )
    if not include_archived:
        query = query.where(Organisation.archived.is_(False))
    if kind is not None:
        query = query.where(Organisation.kind == kind)
    rows = session.execute(query).all()
    found = [_org_record(org, int(n)) for org, n in rows]
    found.sort(key=lambda r: (fold(r.name), r.id))
    return found


# ------------------------------------------------------------------------- members

_MEMBER_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "badge_code",
    "organisation_id",
    "billing_address",
    "postcode",
    "city",
    "country",
    "language",
    "notes",
)


def member_values(data: MemberInput) -> dict[str, Any]:
    """The validated, normalised column values of a member form (the checks
    that need no database); raises ValidationError."""
    badge = v.one_line(
        data.badge_code, field="badge_code", max_length=BADGE_MAX, label=_("The badge")
    )
    return {
        "first_name": v.required_text(
            data.first_name,
            field="first_name",
            max_length=PERSON_NAME_MAX,
            label=_("The first name"),
            single_line=True,
        ),
        "last_name": v.required_text(
            data.last_name,
            field="last_name",
            max_length=PERSON_NAME_MAX,
            label=_("The last name"),
            single_line=True,
        ),
        "email": v.email(data.email),
        "phone": v.phone(data.phone),
        "badge_code": badge or None,
        "organisation_id": data.organisation_id,
        "billing_address": v.optional_text(
            data.billing_address, field="billing_address", max_length=ADDRESS_MAX
        ),
        "postcode": v.one_line(data.postcode, field="postcode", max_length=POSTCODE_MAX),
        "city": v.one_line(data.city, field="city", max_length=CITY_MAX),
        "country": v.country(data.country),
        "language": v.language(data.language),
        "notes": v.optional_text(data.notes, field="notes", max_length=NOTES_MAX),
    }


def _member_label(row: Any) -> str:
    return f"{row.first_name} {row.last_name}".strip()


def _check_member(session: Session, values: dict[str, Any], current: Member | None) -> None:
    """Uniqueness of e-mail and badge among members (case ignored); the
    organisation exists (and is not archived, unless the member already
    belonged to it)."""
    address: str = values["email"]
    badge: str = values["badge_code"] or ""
    new_address = bool(address) and (current is None or address.lower() != current.email.lower())
    new_badge = bool(badge) and (
        current is None or badge.lower() != (current.badge_code or "").lower()
    )
    if new_address or new_badge:
        # One scan for both (lower() cannot use the indexes).
        conditions = []
        if new_address:
            conditions.append(func.lower(Member.email) == address.lower())
        if new_badge:
            conditions.append(func.lower(Member.badge_code) == badge.lower())
        query = select(Member.first_name, Member.last_name, Member.email, Member.badge_code).where(
            or_(*conditions)
        )
        if current is not None:
            query = query.where(Member.id != current.id)
        for clash in session.execute(query.limit(2)):
            if new_address and clash.email.lower() == address.lower():
                raise ValidationError(
                    "email",
                    _("{member} already has the e-mail address {address}").format(
                        member=_member_label(clash), address=address
                    ),
                )
            raise ValidationError(
                "badge_code",
                _("Badge {badge} belongs to {member}").format(
                    badge=badge, member=_member_label(clash)
                ),
            )
    organisation_id: int | None = values["organisation_id"]
    if organisation_id is not None and (
        current is None or current.organisation_id != organisation_id
    ):
        org = session.get(Organisation, organisation_id)
        if org is None:
            raise ValidationError("organisation", _("That organisation no longer exists"))
        if org.archived:
            raise ValidationError(
                "organisation",
                _("“{name}” is archived; restore it before adding people").format(name=org.name),
            )


_MEMBER_COLUMNS = tuple(Member.__table__.columns)


_MEMBER_QUERY = select(
    *_MEMBER_COLUMNS, Organisation.name.label("org_name"), Organisation.kind
).outerjoin(Organisation, Organisation.id == Member.organisation_id)


def _member_record(row: Any) -> MemberRecord:
    return MemberRecord(
        id=row.id,
        first_name=row.first_name,
        last_name=row.last_name,
        email=row.email,
        phone=row.phone,
        badge_code=row.badge_code or "",
        organisation_id=row.organisation_id,
        organisation_name=row.org_name or "",
        organisation_kind=row.kind,
        billing_address=row.billing_address,
        postcode=row.postcode,
        city=row.city,
        country=row.country,
        language=row.language,
        notes=row.notes,
        archived=row.archived,
        created_at=row.created_at,
    )


def _member_record_of(session: Session, member: Member) -> MemberRecord:
    """The record of a member at hand (no query when its organisation is in
    the session already)."""
    org = (
        session.get(Organisation, member.organisation_id)
        if member.organisation_id is not None
        else None
    )
    return MemberRecord(
        id=member.id,
        first_name=member.first_name,
        last_name=member.last_name,
        email=member.email,
        phone=member.phone,
        badge_code=member.badge_code or "",
        organisation_id=member.organisation_id,
        organisation_name=org.name if org is not None else "",
        organisation_kind=org.kind if org is not None else None,
        billing_address=member.billing_address,
        postcode=member.postcode,
        city=member.city,
        country=member.country,
        language=member.language,
        notes=member.notes,
        archived=member.archived,
        created_at=member.created_at,
    )


def get_member(session: Session, member_id: int) -> MemberRecord:
    session.flush()
    row = session.execute(_MEMBER_QUERY.where(Member.id == member_id)).first()
    if row is None:
        raise NotFound(_("That member no longer exists (#{id})").format(id=member_id))
    return _member_record(row)


def create_member(session: Session, actor: Actor, data: MemberInput) -> MemberRecord:
    values = member_values(data)
    _check_member(session, values, None)
    member = Member(**values, archived=False, created_at=now_utc(session))
    session.add(member)
    session.flush()
    record(session, actor, "create", "member", member.id, _created(values))
    return _member_record_of(session, member)


def update_member(
    session: Session, actor: Actor, member_id: int, data: MemberInput
) -> MemberRecord:
    member = _get(session, Member, member_id, "member")
    values = member_values(data)
    _check_member(session, values, member)
    changes = _apply(member, values)
    if changes:
        session.flush()
        record(session, actor, "update", "member", member.id, changes)
    return _member_record_of(session, member)


def archive_member(session: Session, actor: Actor, member_id: int) -> MemberRecord:
    member = _set_archived(session, actor, Member, member_id, "member", True)
    return _member_record_of(session, member)


def restore_member(session: Session, actor: Actor, member_id: int) -> MemberRecord:
    member = _set_archived(session, actor, Member, member_id, "member", False)
    return _member_record_of(session, member)


def delete_member(session: Session, actor: Actor, member_id: int) -> None:
    """Delete a member nothing refers to; otherwise :class:`StillInUse`."""
    member = _get(session, Member, member_id, "member")
    _delete_unreferenced(
        session,
        actor,
        member,
        "member",
        _MEMBER_FIELDS,
        lambda refs: StillInUse(_("The member"), member.full_name, refs, _("Archive them")),
    )


def list_members(
    session: Session,
    *,
    include_archived: bool = False,
    organisation_kind: OrganisationKind | None = None,
    organisation_id: int | None = None,
) -> list[MemberRecord]:
    """Members by last name, first name. ``organisation_kind`` keeps the people
    of organisations of that kind (INDIVIDUAL also keeps members without an
    organisation)."""
    query = _MEMBER_QUERY
    if not include_archived:
        query = query.where(Member.archived.is_(False))
    if organisation_kind is OrganisationKind.INDIVIDUAL:
        query = query.where(
            (Organisation.kind == organisation_kind) | Member.organisation_id.is_(None)
        )
    elif organisation_kind is not None:
        query = query.where(Organisation.kind == organisation_kind)
    if organisation_id is not None:
        query = query.where(Member.organisation_id == organisation_id)
    found = [_member_record(row) for row in session.execute(query)]
    found.sort(key=lambda r: (fold(r.last_name), fold(r.first_name), r.id))
    return found


# -------------------------------------------------------------------------- search

_SPECIAL_FOLDS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ı": "i", "þ": "th", "ð": "d"}  # noqa: RUF001
)


#: Accents are dropped from letters before this code point (Latin, Greek,
#: Cyrillic); marks in other scripts (Arabic hamza, Hebrew points, ...) are kept.
_FIRST_NON_EUROPEAN = "\u0530"


def fold(text: str) -> str:
    """Text for matching and sorting: case and accents ignored
    ('Ødegaard' -> 'odegaard', 'Nguyễn' -> 'nguyen', 'Groß' -> 'gross');
    scripts without case or accents (Arabic, ...) are kept."""
    if text.isascii():
        return text.lower()
    lowered = text.casefold().translate(_SPECIAL_FOLDS)
    kept: list[str] = []
    base = ""
    for c in unicodedata.normalize("NFKD", lowered):
        if not unicodedata.combining(c):
            base = c
        elif base < _FIRST_NON_EUROPEAN:
            continue  # an accent on a Latin, Greek or Cyrillic letter
        kept.append(c)
    return unicodedata.normalize("NFC", "".join(kept))


#: Separates the fields of an index entry, so a search word cannot match
#: across two fields.
_SEP = "\x1f"
#: Even with the index up to date, rebuild after this long (bounds staleness
#: after changes that bypass the services and so write no audit entry).
INDEX_MAX_AGE_S = 120.0


@dataclass(frozen=True)
class _Index:
    """Folded search text of every member, in display order, for one state of
    the data (``signature``)."""

    signature: tuple[Any, ...]
    built_at: float
    #: Entries sorted by (last name, first name, id), folded.
    ids: tuple[int, ...]
    texts: tuple[str, ...]
    active_ids: tuple[int, ...]
    active_texts: tuple[str, ...]
    #: The texts joined by newlines, and where each one starts: one C-speed
    #: ``str.find`` scan finds a word in all of them.
    blob: str = ""
    starts: tuple[int, ...] = ()
    active_blob: str = ""
    active_starts: tuple[int, ...] = ()
    #: Records fetched while the data had this signature (filled as searches
    #: show them), so typing on in the search box does not fetch them again.
    records: dict[int, MemberRecord] = field(default_factory=dict)


_indexes: weakref.WeakKeyDictionary[Any, _Index] = weakref.WeakKeyDictionary()
_indexes_lock = threading.Lock()


_SIGNATURE_QUERY = select(
    select(func.max(AuditEntry.id)).scalar_subquery(),
    select(func.count()).select_from(Member).scalar_subquery(),
    select(func.max(Member.id)).scalar_subquery(),
    select(func.count()).select_from(Organisation).scalar_subquery(),
    select(func.max(Organisation.id)).scalar_subquery(),
)


def _entry_text(first: str, last: str, email: str, badge: str | None, org: str | None) -> str:
    return _SEP.join((fold(f"{first} {last}"), fold(email), fold(badge or ""), fold(org or "")))


_INDEX_ROWS_QUERY = select(
    Member.id,
    Member.first_name,
    Member.last_name,
    Member.email,
    Member.badge_code,
    Member.archived,
    Organisation.name,
).outerjoin(Organisation, Organisation.id == Member.organisation_id)


def _build_index(rows: Sequence[Any], signature: tuple[Any, ...]) -> _Index:
    entries = sorted(
        (
            (fold(last), fold(first), id_, archived, _entry_text(first, last, mail, badge, org))
            for id_, first, last, mail, badge, archived, org in rows
        ),
    )
    texts = tuple(e[4] for e in entries)
    active_texts = tuple(e[4] for e in entries if not e[3])
    blob, starts = _joined(texts)
    active_blob, active_starts = _joined(active_texts)
    return _Index(
        signature=signature,
        built_at=time.monotonic(),
        ids=tuple(e[2] for e in entries),
        texts=texts,
        active_ids=tuple(e[2] for e in entries if not e[3]),
        active_texts=active_texts,
        blob=blob,
        starts=starts,
        active_blob=active_blob,
        active_starts=active_starts,
    )


def _joined(texts: Sequence[str]) -> tuple[str, tuple[int, ...]]:
    starts = []
    offset = 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + 1
    return "\n".join(texts), tuple(starts)


def _containing(blob: str, starts: Sequence[int], word: str) -> list[int]:
    """The positions (in index order) of the texts that contain ``word``."""
    found: list[int] = []
    at = blob.find(word)
    while at >= 0:
        position = bisect_right(starts, at) - 1
        found.append(position)
        # on to the next text: one hit per text is enough
        next_start = starts[position + 1] if position + 1 < len(starts) else len(blob)
        at = blob.find(word, next_start)
    return found


def _matches(index: _Index, words: Sequence[str], include_archived: bool) -> list[int]:
    """Positions of the index entries holding every word (all, without words)."""
    texts, blob, starts = (
        (index.texts, index.blob, index.starts)
        if include_archived
        else (index.active_texts, index.active_blob, index.active_starts)
    )
    if not words:
        return list(range(len(texts)))
    first, rest = words[0], words[1:]
    picked = _containing(blob, starts, first)
    for word in rest:
        picked = [i for i in picked if word in texts[i]]
    return picked


def _committed_index(engine: Engine) -> _Index:
    """The index of what is committed, from a connection of its own (a read
    transaction: never waits for a writer, and a rollback of the caller's
    transaction cannot leave its changes in the cached index)."""
    key = engine.pool
    with engine.connect() as connection:
        connection.execution_options(hubdesk_read=True)  # plain BEGIN on SQLite
        signature = tuple(connection.execute(_SIGNATURE_QUERY).one())
        cached = _indexes.get(key)
        if (
            cached is not None
            and cached.signature == signature
            and time.monotonic() - cached.built_at < INDEX_MAX_AGE_S
        ):
            return cached
        rows = connection.execute(_INDEX_ROWS_QUERY).all()
        connection.rollback()
    built = _build_index(rows, signature)
    with _indexes_lock:
        _indexes[key] = built
    return built


def _member_index(session: Session) -> _Index:
    """An index that matches what ``session`` sees. The cached one when the
    signature agrees (latest audit entry, number and highest id of members and
    organisations: every change through the services adds an audit entry);
    else one built from the session itself (e.g. inside a write transaction
    with changes of its own, not yet committed)."""
    signature = tuple(session.execute(_SIGNATURE_QUERY).one())
    bind = session.get_bind()
    if isinstance(bind, Engine):
        cached = _indexes.get(bind.pool)
        fresh = (
            cached is not None
            and cached.signature == signature
            and time.monotonic() - cached.built_at < INDEX_MAX_AGE_S
        )
        if cached is not None and fresh:
            return cached
        committed = _committed_index(bind)
        if committed.signature == signature:
            return committed
    return _build_index(session.execute(_INDEX_ROWS_QUERY).all(), signature)


def search_members(
    session: Session, text: str, *, include_archived: bool = False, limit: int = 200
) -> list[MemberRecord]:
    """Members whose name, e-mail address, badge code or organisation name
    contains every word of ``text`` (case and accents ignored: 'odeg' finds
    Ødegaard, 'nguyen' finds Nguyễn), by last name; at most ``limit``.
    Empty text gives the first ``limit`` members."""
    words = _words(text)
    index = _member_index(session)
    ids = index.ids if include_archived else index.active_ids
    picked = _matches(index, words, include_archived)
    return _records(
        session, index, [ids[i] for i in picked[: max(0, limit)]], words, include_archived
    )


def _words(text: str) -> list[str]:
    return sorted({fold(w) for w in text.split()}, key=len, reverse=True)


def _records(
    session: Session,
    index: _Index,
    chosen: Sequence[int],
    words: Sequence[str],
    include_archived: bool,
) -> list[MemberRecord]:
    """The records of the ``chosen`` member ids, in that order, checked
    against the words once more."""
    known = index.records
    missing = [id_ for id_ in chosen if id_ not in known]
    if missing:
        fetched = {
            row.id: _member_record(row)
            for row in session.execute(_MEMBER_QUERY.where(Member.id.in_(missing)))
        }
        known.update(fetched)
    found: list[MemberRecord] = []
    for id_ in chosen:
        member = known.get(id_)
        if member is None:
            continue  # deleted since the index was built
        # The index may lag behind a change made outside the services: check.
        entry = _entry_text(
            member.first_name,
            member.last_name,
            member.email,
            member.badge_code,
            member.organisation_name,
        )
        if (include_archived or not member.archived) and all(w in entry for w in words):
            found.append(member)
    return found


def rank_members(session: Session, text: str, *, limit: int = 8) -> list[MemberRecord]:
    """The members :func:`search_members` finds (archived ones left out), best
    first for someone at a front desk: a badge code that is the text exactly,
    then names with a word starting with it, then organisations starting with
    it, then the rest; by last name within each; at most ``limit``."""
    words = _words(text)
    if not words:
        return []
    index = _member_index(session)
    wanted = fold(" ".join(text.split()))
    ranked: list[tuple[int, int]] = []
    for position in _matches(index, words, False):
        name, _email, badge, organisation = index.active_texts[position].split(_SEP)
        if badge and badge == wanted:
            rank = 0
        elif name.startswith(wanted) or f" {wanted}" in name:
            rank = 1
        elif organisation.startswith(wanted):
            rank = 2
        else:
            rank = 3
        ranked.append((rank, position))
    ranked.sort()
    chosen = [index.active_ids[position] for _rank, position in ranked[: max(0, limit)]]
    return _records(session, index, chosen, words, False)


# -------------------------------------------------------------------------- spaces

_SPACE_FIELDS = (
    "name",
    "kind",
    "floor",
    "capacity",
    "area_dm2",
    "price_hour",
    "price_half_day",
    "price_day",
    "price_month",
    "vat_category_id",
    "amenities",
    "buffer_minutes",
    "active",
)


def space_values(data: SpaceInput) -> dict[str, Any]:
    """The validated, normalised values of a space form, except the VAT
    category (a code, looked up by :func:`vat_category_id`)."""
    low, high = FLOOR_RANGE

    def price(value: str, name: str, label: str) -> Money | None:
        return v.money(value, field=name, label=label)

    return {
        "name": v.required_text(
            data.name,
            field="name",
            max_length=SPACE_NAME_MAX,
            label=_("The name"),
            single_line=True,
        ),
        "kind": v.choice(
            data.kind, SpaceKind, field="kind", aliases=SPACE_KIND_ALIASES, label=_("The kind")
        ),
        "floor": v.integer(
            data.floor, field="floor", minimum=low, maximum=high, default=0, label=_("The floor")
        ),
        "capacity": v.non_negative_int(
            data.capacity,
            field="capacity",
            maximum=CAPACITY_MAX,
            default=1,
            label=_("The capacity"),
        ),
        "area_dm2": v.area_dm2(data.area_m2, field="area_m2"),
        "price_hour": price(data.price_hour, "price_hour", _("The price per hour")),
        "price_half_day": price(data.price_half_day, "price_half_day", _("The half-day price")),
        "price_day": price(data.price_day, "price_day", _("The day price")),
        "price_month": price(data.price_month, "price_month", _("The monthly price")),
        "amenities": v.text_list(data.amenities, field="amenities", label=_("amenities")),
        "buffer_minutes": v.non_negative_int(
            data.buffer_minutes,
            field="buffer_minutes",
            maximum=BUFFER_MAX,
            default=0,
            label=_("The buffer"),
        ),
        "active": bool(data.active),
    }


def vat_category_id(session: Session, code: str, current: int | None = None) -> int | None:
    """The id of the VAT category with this code (case ignored; None for no
    code); an inactive category is refused unless the record already has it
    (``current``). Spaces and plans share it."""
    code = code.strip()
    if not code:
        return None
    found = session.execute(
        select(VatCategory.id, VatCategory.code, VatCategory.active).where(
            func.lower(VatCategory.code) == code.lower()
        )
    ).first()
    if found is None:
        codes = ", ".join(
            session.scalars(
                select(VatCategory.code)
                .where(VatCategory.active.is_(True))
                .order_by(VatCategory.code)
            )
        )
        raise ValidationError(
            "vat_category",
            _("There is no VAT category “{code}” (there are: {codes})").format(
                code=code, codes=codes
            ),
        )
    if not found.active and found.id != current:
        raise ValidationError(
            "vat_category",
            _("The VAT category “{code}” is no longer used").format(code=found.code),
        )
    return int(found.id)


def _check_space_name(session: Session, name: str, exclude: int | None) -> None:
    query = select(Space.id, Space.name)
    if name.isascii():
        query = query.where(func.lower(Space.name) == name.lower())
    if exclude is not None:
        query = query.where(Space.id != exclude)
    folded = name.casefold()
    for row in session.execute(query):
        if row.name.casefold() == folded:
            raise ValidationError(
                "name", _("There is already a space called “{name}”").format(name=row.name)
            )


_SPACE_QUERY = select(Space, VatCategory.code).outerjoin(
    VatCategory, VatCategory.id == Space.vat_category_id
)


def _space_record(space: Space, vat_code: str | None) -> SpaceRecord:
    return SpaceRecord(
        id=space.id,
        name=space.name,
        kind=space.kind,
        floor=space.floor,
        capacity=space.capacity,
        area_dm2=space.area_dm2,
        price_hour=space.price_hour,
        price_half_day=space.price_half_day,
        price_day=space.price_day,
        price_month=space.price_month,
        vat_category_id=space.vat_category_id,
        vat_category_code=vat_code or "",
        amenities=tuple(space.amenities or ()),
        buffer_minutes=space.buffer_minutes,
        active=space.active,
        plan_x=space.plan_x,
        plan_y=space.plan_y,
    )


def get_space(session: Session, space_id: int) -> SpaceRecord:
    session.flush()
    row = session.execute(_SPACE_QUERY.where(Space.id == space_id)).first()
    if row is None:
        raise NotFound(_("That space no longer exists (#{id})").format(id=space_id))
    return _space_record(row[0], row[1])


def _all_space_values(
    session: Session, data: SpaceInput, current: Space | None = None
) -> dict[str, Any]:
    values = space_values(data)
    values["vat_category_id"] = vat_category_id(
        session, data.vat_category, current.vat_category_id if current is not None else None
    )
    return values


def create_space(session: Session, actor: Actor, data: SpaceInput) -> SpaceRecord:
    require_manager(session, actor, _("add spaces"))
    values = _all_space_values(session, data)
    _check_space_name(session, values["name"], None)
    values["amenities"] = list(values["amenities"])
    space = Space(**values)
    session.add(space)
    session.flush()
    record(session, actor, "create", "space", space.id, _created(values))
    return get_space(session, space.id)


def update_space(session: Session, actor: Actor, space_id: int, data: SpaceInput) -> SpaceRecord:
    require_manager(session, actor, _("change spaces"))
    space = _get(session, Space, space_id, "space")
    values = _all_space_values(session, data, space)
    if values["name"] != space.name:
        _check_space_name(session, values["name"], space.id)
    changes = _apply(space, values)
    if changes:
        session.flush()
        record(session, actor, "update", "space", space.id, changes)
    return get_space(session, space.id)


def _set_active(session: Session, actor: Actor, space_id: int, active: bool) -> SpaceRecord:
    require_manager(session, actor, _("archive or restore spaces"))
    space = _get(session, Space, space_id, "space")
    if space.active != active:
        space.active = active
        session.flush()
        action = "restore" if active else "archive"
        record(session, actor, action, "space", space.id, {"active": (not active, active)})
    return get_space(session, space.id)


def archive_space(session: Session, actor: Actor, space_id: int) -> SpaceRecord:
    """Make the space inactive: it can no longer be booked; its bookings and
    leases stay as they are."""
    return _set_active(session, actor, space_id, False)


def restore_space(session: Session, actor: Actor, space_id: int) -> SpaceRecord:
    return _set_active(session, actor, space_id, True)


def delete_space(session: Session, actor: Actor, space_id: int) -> None:
    """Delete a space that was never booked nor leased; otherwise
    :class:`StillInUse`."""
    require_manager(session, actor, _("delete spaces"))
    space = _get(session, Space, space_id, "space")
    _delete_unreferenced(
        session,
        actor,
        space,
        "space",
        _SPACE_FIELDS,
        lambda refs: StillInUse(_("The space"), space.name, refs, _("Make it inactive")),
    )


def list_spaces(
    session: Session, *, include_inactive: bool = False, kind: SpaceKind | None = None
) -> list[SpaceRecord]:
    """Spaces by kind (offices first, as :class:`SpaceKind` lists them), then name."""
    query = _SPACE_QUERY
    if not include_inactive:
        query = query.where(Space.active.is_(True))
    if kind is not None:
        query = query.where(Space.kind == kind)
    order = {k: i for i, k in enumerate(SpaceKind)}
    found = [_space_record(space, code) for space, code in session.execute(query)]
    found.sort(key=lambda r: (order[r.kind], fold(r.name), r.id))
    return found
