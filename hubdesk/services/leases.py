"""Leases of private offices: lifecycle, notice, indexation, and the read side
of the leases page.

A lease goes draft → active → notice given → ended (active → ended directly
when a fixed term runs out, or by agreement); a renewal is a new lease with
``predecessor_id`` that starts the day after its predecessor ends. Only a
manager changes leases (:class:`PermissionDenied` otherwise). Every change
adds an audit entry; a refusal (:class:`ValidationError` naming the field,
:class:`LeaseConflict` naming the office) stores nothing.

The database refuses two live (active or notice given) leases of one office
whose periods overlap; this module turns that refusal into a
:class:`LeaseConflict` that names the office.

Notice (the rules chosen, Dutch office practice):

* An open-ended lease is ended by notice against the end of a calendar month:
  notice given on any day of month M with a notice period of N months ends the
  lease on the last day of month M + N (N whole calendar months in between).
  So the last day to give notice for an end on the last day of month E is the
  last day of month E - N.
* A fixed-term lease ends on its end date if notice is given on or before its
  last notice day: the notice period of N months must fit between the notice
  day and the end date, i.e. the last notice day is (end date + 1 day) - N
  months - 1 day (30 April with 3 months: 31 January; 31 May 2028: 29 February
  2028). Notice given later runs as for an open-ended lease and moves the end
  date to the end of month M + N (the lease runs on until then).
* Month arithmetic is :class:`dateutil.relativedelta.relativedelta` (31st of a
  month minus a month is the last day of the shorter month; 29 February plus a
  year is 28 February).

Indexation: on each anniversary of the start (start + k years, k ≥ 1; a lease
starting 29 February has its anniversary on 28 February in common years) the
rent in force is raised once and stored as a :class:`RentChange` on that day:
by ``indexation_bp`` (new = old * (10000 + bp) / 10000), or, for an
index-linked lease, by index figures the manager enters (new = old * index_new
/ index_old). Each year is rounded half-up to the cent once and the next year
starts from that rounded rent. An index-linked lease keeps its base index as a
rent change on its start date (the rent at the start, with the base figure);
its presence is what makes a lease index-linked.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import exc, func, select
from sqlalchemy.orm import Session

from hubdesk.db import translate
from hubdesk.domain.enums import LIVE_LEASE_STATUSES, LeaseStatus, SpaceKind
from hubdesk.domain.errors import HubdeskError, LeaseConflict, ValidationError
from hubdesk.domain.i18n import _
from hubdesk.domain.models import (
    Lease,
    LeaseOffice,
    Organisation,
    RentChange,
    Space,
    VatCategory,
)
from hubdesk.domain.money import Money, round_half_up
from hubdesk.services import validation as v
from hubdesk.services.audit import Actor, record
from hubdesk.services.staff import require_manager

#: Reason texts of rent changes written by this module (stored, not shown raw).
REASON_BASE = "base index"
REASON_INDEXATION = "indexation"
#: The longest notice period accepted, in months.
MAX_NOTICE_MONTHS = 24
#: Highest yearly indexation percentage accepted, in basis points (25 %).
MAX_INDEXATION_BP = 2500
_FAR = date.max


class LeaseNotFound(HubdeskError):
    def __init__(self, lease_id: int) -> None:
        super().__init__(_("That lease no longer exists (#{id})").format(id=lease_id))


# ------------------------------------------------------------------ date rules


def end_of_month(day: date) -> date:
    """The last day of ``day``'s calendar month."""
    last: date = day + relativedelta(day=31)
    return last


def anniversary(start: date, years: int) -> date:
    """The ``years``-th anniversary of ``start`` (29 February → 28 February
    in a common year)."""
    found: date = start + relativedelta(years=years)
    return found


def notice_end(given_on: date, notice_months: int) -> date:
    """The end a notice given on ``given_on`` leads to under the
    calendar-month rule: the last day of the month ``notice_months`` after
    the month of ``given_on``."""
    return end_of_month(given_on + relativedelta(months=notice_months))


def last_notice_day_for_end(end: date, notice_months: int) -> date:
    """The last day on which notice of ``notice_months`` months still ends a
    lease on ``end``: the period must fit between the two days."""
    period_start: date = end + timedelta(days=1) - relativedelta(months=notice_months)
    return period_start - timedelta(days=1)


@dataclass(frozen=True)
class NoticeTerms:
    """When notice must be given at the latest, and the end it leads to."""

    last_day: date
    ends_on: date


def notice_terms(
    start: date, end: date | None, notice_months: int, today: date
) -> NoticeTerms | None:
    """The next notice deadline from ``today`` on: for a fixed-term lease its
    last notice day and end date (None once that day has passed: notice then
    moves the end, see :func:`notice_effect`); for an open-ended lease the end
    of this month and the end it leads to (never before the start)."""
    if end is not None:
        last = last_notice_day_for_end(end, notice_months)
        if today > last:
            return None
        return NoticeTerms(last, end)
    last = end_of_month(today)
    ends = notice_end(today, notice_months)
    while ends < start:
        last = end_of_month(last + timedelta(days=1))
        ends = notice_end(last, notice_months)
    return NoticeTerms(last, ends)


def notice_effect(start: date, end: date | None, notice_months: int, given_on: date) -> date:
    """The day a lease ends when notice is given on ``given_on`` (see the
    module's rules)."""
    if end is not None and given_on <= last_notice_day_for_end(end, notice_months):
        return end
    return max(notice_end(given_on, notice_months), end or date.min)


# ----------------------------------------------------------------- records


@dataclass(frozen=True)
class RentStep:
    """The rent from ``effective_on`` on."""

    effective_on: date
    rent: Money
    index_figure: str
    reason: str


@dataclass(frozen=True)
class LeaseRecord:
    id: int
    organisation_id: int
    organisation_name: str
    office_ids: tuple[int, ...]
    office_names: tuple[str, ...]
    status: LeaseStatus
    start_date: date
    end_date: date | None
    notice_months: int
    rent: Money
    service_charge: Money
    rent_vat_category_id: int | None
    service_vat_category_id: int | None
    deposit: Money
    deposit_received_on: date | None
    deposit_returned_on: date | None
    deposit_returned: Money | None
    indexation_bp: int
    notice_given_on: date | None
    notice_given_by: str
    predecessor_id: int | None
    notes: str
    #: Rent changes in date order (a base index, if any, first).
    rent_steps: tuple[RentStep, ...] = field(default=())

    @property
    def live(self) -> bool:
        return self.status in LIVE_LEASE_STATUSES

    @property
    def base_index(self) -> str:
        """The base index figure of an index-linked lease ('' otherwise)."""
        for step in self.rent_steps:
            if step.effective_on == self.start_date and step.index_figure:
                return step.index_figure
        return ""

    @property
    def index_linked(self) -> bool:
        return bool(self.base_index)

    @property
    def deposit_held(self) -> Money:
        if self.deposit_received_on is None or self.deposit_returned_on is not None:
            return Money(0)
        return self.deposit


def rent_on(lease: LeaseRecord, day: date) -> Money:
    """The monthly rent in force on ``day``: the latest rent change on or
    before it, else the rent the lease started with."""
    rent = lease.rent
    for step in lease.rent_steps:
        if step.effective_on <= day:
            rent = step.rent
    return rent


@dataclass(frozen=True)
class LeaseInput:
    """What a lease form holds. Amounts as Money (or text as typed)."""

    organisation_id: int
    office_ids: Sequence[int]
    start_date: date
    end_date: date | None = None
    notice_months: int = 3
    rent: Money | str = ""
    service_charge: Money | str = ""
    rent_vat_category_id: int | None = None
    service_vat_category_id: int | None = None
    deposit: Money | str = ""
    #: Yearly indexation in basis points (ignored when ``base_index`` is set).
    indexation_bp: int = 0
    #: An index figure at the start (e.g. CBS CPI '118.3'): index-linked lease.
    base_index: str = ""
    notes: str = ""


# ------------------------------------------------------------------ internals


def _record_of(lease: Lease, session: Session) -> LeaseRecord:
    org_name = session.execute(
        select(Organisation.name).where(Organisation.id == lease.organisation_id)
    ).scalar_one()
    offices = session.execute(
        select(Space.id, Space.name)
        .join(LeaseOffice, LeaseOffice.space_id == Space.id)
        .where(LeaseOffice.lease_id == lease.id)
        .order_by(Space.name)
    ).all()
    steps = _steps_of(session, [lease.id]).get(lease.id, ())
    return _make_record(lease, org_name, tuple(offices), steps)


def _make_record(
    lease: Lease, org_name: str, offices: Sequence[Any], steps: Sequence[RentStep]
) -> LeaseRecord:
    return LeaseRecord(
        id=lease.id,
        organisation_id=lease.organisation_id,
        organisation_name=org_name,
        office_ids=tuple(o[0] for o in offices),
        office_names=tuple(o[1] for o in offices),
        status=lease.status,
        start_date=lease.start_date,
        end_date=lease.end_date,
        notice_months=lease.notice_months,
        rent=lease.rent,
        service_charge=lease.service_charge,
        rent_vat_category_id=lease.rent_vat_category_id,
        service_vat_category_id=lease.service_vat_category_id,
        deposit=lease.deposit,
        deposit_received_on=lease.deposit_received_on,
        deposit_returned_on=lease.deposit_returned_on,
        deposit_returned=lease.deposit_returned,
        indexation_bp=lease.indexation_bp,
        notice_given_on=lease.notice_given_on,
        notice_given_by=lease.notice_given_by,
        predecessor_id=lease.predecessor_id,
        notes=lease.notes,
        rent_steps=tuple(steps),
    )


def _steps_of(session: Session, lease_ids: Iterable[int] | None) -> dict[int, tuple[RentStep, ...]]:
    """Rent changes per lease, in date order (all leases when ``lease_ids`` is None)."""
    query = select(
        RentChange.lease_id,
        RentChange.effective_on,
        RentChange.rent,
        RentChange.index_figure,
        RentChange.reason,
    ).order_by(RentChange.lease_id, RentChange.effective_on, RentChange.id)
    if lease_ids is not None:
        query = query.where(RentChange.lease_id.in_(list(lease_ids)))
    found: dict[int, list[RentStep]] = defaultdict(list)
    for lease_id, on, rent, figure, reason in session.execute(query):
        found[lease_id].append(RentStep(on, rent, figure, reason))
    return {k: tuple(v) for k, v in found.items()}


def _lease(session: Session, lease_id: int) -> Lease:
    lease = session.get(Lease, lease_id)
    if lease is None:
        raise LeaseNotFound(lease_id)
    return lease


def _amount(value: Money | str, field_name: str, label: str) -> Money:
    found = v.money(value, field=field_name, label=label)
    return found if found is not None else Money(0)


def parse_index(text: str, field_name: str = "index_figure") -> Decimal:
    """An index figure as typed ('118.3' or '118,3'); positive."""
    cleaned = text.strip().replace(",", ".")
    try:
        figure = Decimal(cleaned)
    except InvalidOperation:
        figure = Decimal(0)
    if not cleaned or not figure.is_finite() or figure <= 0 or len(cleaned) > 20:
        raise ValidationError(
            field_name, _("“{text}” is not an index figure: write it like 118.3").format(text=text)
        )
    return figure


def _check_vat(session: Session, category_id: int | None, field_name: str) -> None:
    if category_id is None:
        return
    category = session.get(VatCategory, category_id)
    if category is None or not category.active:
        raise ValidationError(field_name, _("That VAT category does not exist or is not in use"))


def _check_offices(session: Session, office_ids: Sequence[int]) -> list[tuple[int, str]]:
    ids = list(dict.fromkeys(office_ids))
    if not ids:
        return []
    rows = {
        row[0]: row
        for row in session.execute(
            select(Space.id, Space.name, Space.kind, Space.active).where(Space.id.in_(ids))
        )
    }
    offices = []
    for office_id in ids:
        row = rows.get(office_id)
        if row is None:
            raise ValidationError("offices", _("That space does not exist"))
        _id, name, kind, active = row
        if kind != SpaceKind.PRIVATE_OFFICE:
            raise ValidationError(
                "offices", _("{space} is not a private office").format(space=name)
            )
        if not active:
            raise ValidationError("offices", _("{space} is not in use").format(space=name))
        offices.append((office_id, name))
    return offices


def _values(session: Session, data: LeaseInput) -> dict[str, Any]:
    if session.get(Organisation, data.organisation_id) is None:
        raise ValidationError("organisation", _("That organisation does not exist"))
    if data.end_date is not None and data.end_date < data.start_date:
        raise ValidationError("end_date", _("The end cannot be before the start"))
    if not 0 <= data.notice_months <= MAX_NOTICE_MONTHS:
        raise ValidationError(
            "notice_months",
            _("The notice period is 0 to {max} months").format(max=MAX_NOTICE_MONTHS),
        )
    if not 0 <= data.indexation_bp <= MAX_INDEXATION_BP:
        raise ValidationError(
            "indexation",
            _("The yearly indexation is 0 to {max} %").format(max=MAX_INDEXATION_BP // 100),
        )
    if data.base_index.strip():
        parse_index(data.base_index, "base_index")
    _check_vat(session, data.rent_vat_category_id, "rent_vat_category")
    _check_vat(session, data.service_vat_category_id, "service_vat_category")
    return {
        "organisation_id": data.organisation_id,
        "start_date": data.start_date,
        "end_date": data.end_date,
        "notice_months": data.notice_months,
        "rent": _amount(data.rent, "rent", _("The rent")),
        "service_charge": _amount(data.service_charge, "service_charge", _("The service charge")),
        "rent_vat_category_id": data.rent_vat_category_id,
        "service_vat_category_id": data.service_vat_category_id,
        "deposit": _amount(data.deposit, "deposit", _("The deposit")),
        "indexation_bp": 0 if data.base_index.strip() else data.indexation_bp,
        "notes": data.notes.strip(),
    }


def _conflicting_office(
    session: Session, office_ids: Sequence[int], start: date, end: date | None, exclude: int | None
) -> str:
    """The name of one of ``office_ids`` that a live lease (other than
    ``exclude``) holds between ``start`` and ``end``."""
    query = (
        select(Space.name)
        .join(LeaseOffice, LeaseOffice.space_id == Space.id)
        .join(Lease, Lease.id == LeaseOffice.lease_id)
        .where(
            Space.id.in_(list(office_ids)),
            Lease.status.in_(list(LIVE_LEASE_STATUSES)),
            Lease.start_date <= (end or _FAR),
            _coalesce_far(Lease.end_date) >= start,
        )
        .order_by(Space.name)
        .limit(1)
    )
    if exclude is not None:
        query = query.where(Lease.id != exclude)
    return session.execute(query).scalar_one_or_none() or _("That office")


def _coalesce_far(column: Any) -> Any:
    return func.coalesce(column, _FAR)


def _guarded(
    session: Session,
    apply: Callable[[], None],
    *,
    office_ids: Sequence[int],
    start: date,
    end: date | None,
    lease_id: int | None,
) -> None:
    """Make a change that may let an office twice (``apply``) inside a
    savepoint and flush it; the database's overlap guard becomes a
    LeaseConflict naming the office (the period and offices are given, as the
    refused change is undone)."""
    try:
        with session.begin_nested():
            apply()
            session.flush()
    except exc.DBAPIError as error:
        if not isinstance(translate(error), LeaseConflict):
            raise
        raise LeaseConflict(
            _conflicting_office(session, office_ids, start, end, lease_id)
        ) from None


def _refuse_status(message: str) -> ValidationError:
    """A transition the lease's status does not allow."""
    return ValidationError("status", message)


# ------------------------------------------------------------------ writing


def _set_base_index(session: Session, lease: Lease, text: str) -> tuple[str, str]:
    """Keep the lease's base index (a rent change on its start date) equal
    to ``text`` ('' makes it a percentage lease); (old, new) figures."""
    session.flush()
    old = session.scalars(
        select(RentChange).where(RentChange.lease_id == lease.id, RentChange.reason == REASON_BASE)
    ).all()
    old_figure = old[0].index_figure if old else ""
    for step in old:
        session.delete(step)
    new_figure = str(parse_index(text, "base_index")) if text.strip() else ""
    if new_figure:
        session.add(
            RentChange(
                lease_id=lease.id,
                effective_on=lease.start_date,
                rent=lease.rent,
                index_figure=new_figure,
                reason=REASON_BASE,
            )
        )
    session.flush()
    return old_figure, new_figure


def get_lease(session: Session, lease_id: int) -> LeaseRecord:
    return _record_of(_lease(session, lease_id), session)


def create_lease(session: Session, actor: Actor, data: LeaseInput) -> LeaseRecord:
    """A new draft lease (offices may still be empty)."""
    require_manager(session, actor, _("manage leases"))
    values = _values(session, data)
    offices = _check_offices(session, data.office_ids)
    lease = Lease(status=LeaseStatus.DRAFT, notice_given_by="", **values)
    lease.offices = [LeaseOffice(space_id=office_id) for office_id, _name in offices]
    session.add(lease)
    _old, base = _set_base_index(session, lease, data.base_index)
    changes = {k: (None, value) for k, value in values.items() if value not in (None, "")}
    changes["offices"] = (None, [name for _id, name in offices])
    if base:
        changes["base_index"] = (None, base)
    record(session, actor, "create", "lease", lease.id, changes)
    return _record_of(lease, session)


def update_draft(session: Session, actor: Actor, lease_id: int, data: LeaseInput) -> LeaseRecord:
    """Change a draft lease's terms and offices (a live lease's terms are
    changed by notice, indexation or renewal)."""
    require_manager(session, actor, _("manage leases"))
    lease = _lease(session, lease_id)
    if lease.status is not LeaseStatus.DRAFT:
        raise _refuse_status(_("Only a draft lease can be changed"))
    values = _values(session, data)
    offices = _check_offices(session, data.office_ids)
    changes: dict[str, tuple[Any, Any]] = {}
    for name, new in values.items():
        old = getattr(lease, name)
        if old != new:
            changes[name] = (old, new)
            setattr(lease, name, new)
    old_ids = sorted(o.space_id for o in lease.offices)
    new_ids = sorted(office_id for office_id, _name in offices)
    if old_ids != new_ids:
        for link in list(lease.offices):
            if link.space_id not in new_ids:
                lease.offices.remove(link)
        for office_id in new_ids:
            if office_id not in old_ids:
                lease.offices.append(LeaseOffice(space_id=office_id))
        changes["offices"] = (old_ids, new_ids)
    old_base, new_base = _set_base_index(session, lease, data.base_index)
    if old_base != new_base:
        changes["base_index"] = (old_base, new_base)
    session.flush()
    if changes:
        record(session, actor, "update", "lease", lease.id, changes)
    return _record_of(lease, session)


def activate_lease(session: Session, actor: Actor, lease_id: int) -> LeaseRecord:
    """draft → active; LeaseConflict (naming the office) when an office is let then."""
    require_manager(session, actor, _("manage leases"))
    lease = _lease(session, lease_id)
    if lease.status is not LeaseStatus.DRAFT:
        raise _refuse_status(_("Only a draft lease can be activated"))
    if not lease.offices:
        raise ValidationError("offices", _("A lease needs at least one office to be activated"))

    def activate() -> None:
        lease.status = LeaseStatus.ACTIVE

    _guarded(
        session,
        activate,
        office_ids=[o.space_id for o in lease.offices],
        start=lease.start_date,
        end=lease.end_date,
        lease_id=lease.id,
    )
    record(session, actor, "activate", "lease", lease.id, {"status": ("draft", "active")})
    return _record_of(lease, session)


def give_notice(
    session: Session,
    actor: Actor,
    lease_id: int,
    given_on: date,
    given_by: str,
    *,
    ends_on: date | None = None,
    by_agreement: bool = False,
) -> LeaseRecord:
    """active → notice given. The lease ends on the end the notice leads to
    (:func:`notice_effect`), or on the later ``ends_on`` if asked for.

    ``by_agreement``: hub and tenant agreed to end the lease on ``ends_on``,
    which then may come before the notice period would allow (not before the
    day of the agreement, nor after a fixed term's end)."""
    require_manager(session, actor, _("manage leases"))
    lease = _lease(session, lease_id)
    if lease.status is not LeaseStatus.ACTIVE:
        raise _refuse_status(_("Notice can only be given on an active lease"))
    by = given_by.strip()
    if not by:
        raise ValidationError("notice_given_by", _("Say who gave notice"))
    if len(by) > 100:
        raise ValidationError("notice_given_by", _("At most 100 characters"))
    if given_on < lease.start_date:
        raise ValidationError("notice_given_on", _("Notice cannot be given before the start"))
    if lease.end_date is not None and given_on > lease.end_date:
        raise ValidationError("notice_given_on", _("Notice cannot be given after the end"))
    earliest = notice_effect(lease.start_date, lease.end_date, lease.notice_months, given_on)
    end = earliest
    if by_agreement:
        if ends_on is None:
            raise ValidationError("end_date", _("Enter the day the lease ends"))
        if ends_on < given_on:
            raise ValidationError(
                "end_date", _("The lease cannot end before the day it was agreed")
            )
        if lease.end_date is not None and ends_on > lease.end_date:
            raise ValidationError(
                "end_date",
                _("The lease already ends on {day}; a later end is a renewal").format(
                    day=lease.end_date.isoformat()
                ),
            )
        end = ends_on
    elif ends_on is not None:
        if ends_on < earliest:
            raise ValidationError(
                "end_date",
                _("With this notice the lease ends on {day} at the earliest").format(
                    day=earliest.isoformat()
                ),
            )
        end = ends_on
    before = (lease.status, lease.end_date)

    def notice() -> None:
        lease.status = LeaseStatus.NOTICE_GIVEN
        lease.notice_given_on = given_on
        lease.notice_given_by = by
        lease.end_date = end

    _guarded(
        session,
        notice,
        office_ids=[o.space_id for o in lease.offices],
        start=lease.start_date,
        end=end,
        lease_id=lease.id,
    )
    record(
        session,
        actor,
        "notice",
        "lease",
        lease.id,
        {
            "status": (before[0], lease.status),
            "end_date": (before[1], end),
            "notice_given_on": (None, given_on),
            "notice_given_by": ("", by),
            **({"by_agreement": (False, True)} if by_agreement else {}),
        },
    )
    return _record_of(lease, session)


def end_lease(
    session: Session, actor: Actor, lease_id: int, *, ended_on: date | None = None
) -> LeaseRecord:
    """active / notice given → ended: on its end date, or (by agreement) on
    ``ended_on``, no later than the end date it had."""
    require_manager(session, actor, _("manage leases"))
    lease = _lease(session, lease_id)
    if lease.status not in LIVE_LEASE_STATUSES:
        raise _refuse_status(_("Only a live lease (active or under notice) can be ended"))
    end = ended_on or lease.end_date
    if end is None:
        raise ValidationError(
            "end_date", _("An open-ended lease needs an end date: give notice first")
        )
    if end < lease.start_date:
        raise ValidationError("end_date", _("The end cannot be before the start"))
    if lease.end_date is not None and end > lease.end_date:
        raise ValidationError(
            "end_date",
            _("The lease already ends on {day}").format(day=lease.end_date.isoformat()),
        )
    before = (lease.status, lease.end_date)
    lease.status = LeaseStatus.ENDED
    lease.end_date = end
    session.flush()
    record(
        session,
        actor,
        "end",
        "lease",
        lease.id,
        {"status": (before[0], lease.status), "end_date": (before[1], end)},
    )
    return _record_of(lease, session)


def delete_draft(session: Session, actor: Actor, lease_id: int) -> None:
    require_manager(session, actor, _("manage leases"))
    lease = _lease(session, lease_id)
    if lease.status is not LeaseStatus.DRAFT:
        raise _refuse_status(_("Only a draft lease can be deleted; end a live lease instead"))
    session.delete(lease)
    session.flush()
    record(session, actor, "delete", "lease", lease_id, {"status": ("draft", None)})


def renew_lease(
    session: Session,
    actor: Actor,
    lease_id: int,
    *,
    end_date: date | None = None,
    rent: Money | None = None,
    notice_months: int | None = None,
    indexation_bp: int | None = None,
    index_figure: str = "",
) -> LeaseRecord:
    """A successor lease, active at once, for the same organisation and
    offices from the day after this lease ends, so the offices stay let
    without a gap. Terms are carried over unless given; the rent defaults to
    the rent in force on the last day; the deposit (amount and whether it was
    received) moves to the successor. ``index_figure`` makes the successor
    index-linked from that base; an index-linked lease's successor starts
    from the last figure used unless another is given."""
    require_manager(session, actor, _("manage leases"))
    lease = _lease(session, lease_id)
    if lease.status not in LIVE_LEASE_STATUSES:
        raise _refuse_status(_("Only a live lease (active or under notice) can be renewed"))
    if lease.end_date is None:
        raise ValidationError(
            "end_date", _("An open-ended lease runs on; it needs an end before it can be renewed")
        )
    if session.execute(select(Lease.id).where(Lease.predecessor_id == lease.id)).first():
        raise ValidationError("status", _("This lease has already been renewed"))
    current = get_lease(session, lease.id)
    start = lease.end_date + timedelta(days=1)
    if not index_figure.strip() and current.index_linked:
        index_figure = [step.index_figure for step in current.rent_steps if step.index_figure][-1]
    data = LeaseInput(
        organisation_id=lease.organisation_id,
        office_ids=current.office_ids,
        start_date=start,
        end_date=end_date,
        notice_months=lease.notice_months if notice_months is None else notice_months,
        rent=rent if rent is not None else rent_on(current, lease.end_date),
        service_charge=lease.service_charge,
        rent_vat_category_id=lease.rent_vat_category_id,
        service_vat_category_id=lease.service_vat_category_id,
        deposit=lease.deposit,
        indexation_bp=lease.indexation_bp if indexation_bp is None else indexation_bp,
        base_index=index_figure,
        notes=lease.notes,
    )
    values = _values(session, data)
    successor = Lease(
        status=LeaseStatus.ACTIVE,
        notice_given_by="",
        predecessor_id=lease.id,
        deposit_received_on=lease.deposit_received_on
        if lease.deposit_returned_on is None
        else None,
        **values,
    )
    successor.offices = [LeaseOffice(space_id=office_id) for office_id in current.office_ids]
    _guarded(
        session,
        lambda: session.add(successor),
        office_ids=current.office_ids,
        start=start,
        end=end_date,
        lease_id=None,
    )
    _set_base_index(session, successor, index_figure)
    record(
        session,
        actor,
        "renew",
        "lease",
        successor.id,
        {
            "predecessor_id": (None, lease.id),
            "start_date": (None, start),
            "end_date": (None, end_date),
            "rent": (None, successor.rent),
        },
    )
    return _record_of(successor, session)


def record_deposit_received(
    session: Session, actor: Actor, lease_id: int, received_on: date
) -> LeaseRecord:
    require_manager(session, actor, _("manage leases"))
    lease = _lease(session, lease_id)
    if lease.deposit_received_on is not None:
        raise ValidationError("deposit_received_on", _("The deposit was already received"))
    lease.deposit_received_on = received_on
    session.flush()
    record(
        session, actor, "update", "lease", lease.id, {"deposit_received_on": (None, received_on)}
    )
    return _record_of(lease, session)


def record_deposit_returned(
    session: Session, actor: Actor, lease_id: int, returned_on: date, amount: Money | str
) -> LeaseRecord:
    """The deposit paid back (``amount`` may be less than the deposit, after
    deductions; never more)."""
    require_manager(session, actor, _("manage leases"))
    lease = _lease(session, lease_id)
    if lease.deposit_received_on is None:
        raise ValidationError("deposit_returned_on", _("The deposit was never received"))
    if lease.deposit_returned_on is not None:
        raise ValidationError("deposit_returned_on", _("The deposit was already returned"))
    if returned_on < lease.deposit_received_on:
        raise ValidationError(
            "deposit_returned_on", _("The deposit cannot be returned before it was received")
        )
    paid = _amount(amount, "deposit_returned", _("The amount returned"))
    if paid > lease.deposit:
        raise ValidationError(
            "deposit_returned", _("More than the deposit ({amount})").format(amount=lease.deposit)
        )
    lease.deposit_returned_on = returned_on
    lease.deposit_returned = paid
    session.flush()
    record(
        session,
        actor,
        "update",
        "lease",
        lease.id,
        {"deposit_returned_on": (None, returned_on), "deposit_returned": (None, paid)},
    )
    return _record_of(lease, session)


# --------------------------------------------------------------- indexation


@dataclass(frozen=True)
class DueIndexation:
    lease_id: int
    organisation_name: str
    office_names: tuple[str, ...]
    anniversary: date
    rent: Money
    #: The new rent for a percentage indexation; None when an index figure is needed.
    new_rent: Money | None
    index_linked: bool


def _indexable(lease: LeaseRecord) -> bool:
    return lease.index_linked or lease.indexation_bp > 0


def next_anniversary(lease: LeaseRecord) -> date:
    """The first anniversary of the lease without a recorded rent change on it."""
    changed = {step.effective_on for step in lease.rent_steps}
    years = 1
    while anniversary(lease.start_date, years) in changed:
        years += 1
    return anniversary(lease.start_date, years)


def _last_index(lease: LeaseRecord, before: date) -> Decimal:
    figure = ""
    for step in lease.rent_steps:
        if step.effective_on < before and step.index_figure:
            figure = step.index_figure
    return parse_index(figure)


def indexed_rent(
    old: Money, *, bp: int = 0, old_index: Decimal | None = None, new_index: Decimal | None = None
) -> Money:
    """One year's indexation, rounded half-up to the cent once."""
    if old_index is not None and new_index is not None:
        return Money(round_half_up(Decimal(old.cents) * new_index / old_index))
    return old.times(Decimal(10000 + bp) / Decimal(10000))


def _due(lease: LeaseRecord, until: date) -> DueIndexation | None:
    if not lease.live or not _indexable(lease):
        return None
    day = next_anniversary(lease)
    if day > until or (lease.end_date is not None and day > lease.end_date):
        return None
    rent = rent_on(lease, day - timedelta(days=1))
    new = None if lease.index_linked else indexed_rent(rent, bp=lease.indexation_bp)
    return DueIndexation(
        lease.id, lease.organisation_name, lease.office_names, day, rent, new, lease.index_linked
    )


def index_lease(
    session: Session, actor: Actor, lease_id: int, *, index_figure: str = ""
) -> LeaseRecord:
    """Record the next due indexation of a live lease (its first anniversary
    without a rent change; call again for each further year). An index-linked
    lease needs the new ``index_figure``."""
    require_manager(session, actor, _("manage leases"))
    lease = _lease(session, lease_id)
    current = _record_of(lease, session)
    if not current.live:
        raise _refuse_status(_("Only a live lease (active or under notice) is indexed"))
    if not _indexable(current):
        raise ValidationError("indexation", _("This lease has no yearly indexation"))
    day = next_anniversary(current)
    if current.end_date is not None and day > current.end_date:
        raise ValidationError("indexation", _("The lease ends before its next anniversary"))
    old = rent_on(current, day - timedelta(days=1))
    figure = ""
    if current.index_linked:
        if not index_figure.strip():
            raise ValidationError("index_figure", _("Enter this year's index figure"))
        new_index = parse_index(index_figure)
        figure = str(new_index)
        new = indexed_rent(old, old_index=_last_index(current, day), new_index=new_index)
    else:
        new = indexed_rent(old, bp=current.indexation_bp)
    session.add(
        RentChange(
            lease_id=lease.id,
            effective_on=day,
            rent=new,
            index_figure=figure,
            reason=REASON_INDEXATION,
        )
    )
    session.flush()
    record(
        session,
        actor,
        "index",
        "lease",
        lease.id,
        {"rent": (old, new), "effective_on": (None, day), "index_figure": (None, figure)},
    )
    return _record_of(lease, session)


def due_indexations(
    session: Session, until: date, *, live: Sequence[LeaseRecord] | None = None
) -> list[DueIndexation]:
    """Live leases whose next anniversary (on or before ``until``) has no
    rent change yet, by anniversary. A lease several years behind shows its
    first missing year. ``live``: the live leases, when the caller has them."""
    found = [_due(lease, until) for lease in _live_leases(session, live)]
    return sorted((d for d in found if d is not None), key=lambda d: (d.anniversary, d.lease_id))


# -------------------------------------------------------------- read side


def _leases(session: Session, statuses: Sequence[LeaseStatus]) -> list[LeaseRecord]:
    """Leases of the given statuses as records, in three queries."""
    rows = session.execute(
        select(Lease, Organisation.name)
        .join(Organisation, Organisation.id == Lease.organisation_id)
        .where(Lease.status.in_(list(statuses)))
        .order_by(Organisation.name, Lease.start_date, Lease.id)
    ).all()
    ids = [lease.id for lease, _name in rows]
    offices: dict[int, list[tuple[int, str]]] = defaultdict(list)
    if ids:
        for lease_id, space_id, name in session.execute(
            select(LeaseOffice.lease_id, Space.id, Space.name)
            .join(Space, Space.id == LeaseOffice.space_id)
            .join(Lease, Lease.id == LeaseOffice.lease_id)
            .where(Lease.status.in_(list(statuses)))
            .order_by(Space.name)
        ):
            offices[lease_id].append((space_id, name))
    steps: dict[int, tuple[RentStep, ...]] = {}
    if ids:
        steps = _steps_of(session, ids if len(ids) <= 500 else None)
    return [
        _make_record(lease, name, offices.get(lease.id, []), steps.get(lease.id, ()))
        for lease, name in rows
    ]


def _live_leases(
    session: Session, known: Sequence[LeaseRecord] | None = None
) -> Sequence[LeaseRecord]:
    return known if known is not None else _leases(session, LIVE_LEASE_STATUSES)


def live_leases(session: Session) -> list[LeaseRecord]:
    """The active leases and those under notice, by organisation and start
    (to hand to the overview, the calendar and the indexations due at once)."""
    return _leases(session, LIVE_LEASE_STATUSES)


def list_leases(
    session: Session, statuses: Sequence[LeaseStatus] = tuple(LeaseStatus)
) -> list[LeaseRecord]:
    """Leases of the given statuses, by organisation and start."""
    return _leases(session, statuses)


@dataclass(frozen=True)
class LeaseOverviewRow:
    lease_id: int
    organisation_name: str
    office_names: tuple[str, ...]
    status: LeaseStatus
    rent: Money
    service_charge: Money
    end_date: date | None
    #: The last day to give notice for the next possible end, and that end
    #: (None: a fixed term whose last notice day has passed, or notice given).
    last_notice_day: date | None
    ends_on_notice: date | None
    deposit_held: Money


def lease_overview(
    session: Session, today: date, *, live: Sequence[LeaseRecord] | None = None
) -> list[LeaseOverviewRow]:
    """Per live lease: organisation, offices, rent in force today, service
    charge, end, notice deadline and deposit held (a renewed lease's deposit is
    held by its successor). Three queries (none with ``live``)."""
    leases = _live_leases(session, live)
    renewed = {lease.predecessor_id for lease in leases if lease.predecessor_id is not None}
    rows = []
    for lease in leases:
        terms = None
        if lease.status is LeaseStatus.ACTIVE:
            terms = notice_terms(lease.start_date, lease.end_date, lease.notice_months, today)
        rows.append(
            LeaseOverviewRow(
                lease.id,
                lease.organisation_name,
                lease.office_names,
                lease.status,
                rent_on(lease, today),
                lease.service_charge,
                lease.end_date,
                terms.last_day if terms else None,
                terms.ends_on if terms else None,
                Money(0) if lease.id in renewed else lease.deposit_held,
            )
        )
    return rows


@dataclass(frozen=True)
class CalendarEntry:
    day: date
    #: "notice_deadline" (last day to give notice) or "end" (the lease ends).
    kind: str
    lease_id: int
    organisation_name: str
    office_names: tuple[str, ...]
    #: True when a successor lease takes over the offices after the end.
    renewed: bool


def notice_calendar(
    session: Session, today: date, months: int, *, live: Sequence[LeaseRecord] | None = None
) -> list[CalendarEntry]:
    """What ends, or must be decided, from ``today`` up to ``months`` months
    ahead, in date order: last notice days of active fixed-term leases, and
    the end dates of live leases. Open-ended leases without notice have no
    deadline and do not appear."""
    horizon = today + relativedelta(months=months)
    leases = _live_leases(session, live)
    renewed = {lease.predecessor_id for lease in leases if lease.predecessor_id is not None}
    entries = []
    for lease in leases:
        if lease.end_date is None:
            continue
        base = (lease.id, lease.organisation_name, lease.office_names, lease.id in renewed)
        if lease.status is LeaseStatus.ACTIVE and lease.id not in renewed:
            last = last_notice_day_for_end(lease.end_date, lease.notice_months)
            if today <= last <= horizon:
                entries.append(CalendarEntry(last, "notice_deadline", *base))
        if today <= lease.end_date <= horizon:
            entries.append(CalendarEntry(lease.end_date, "end", *base))
    order = {"notice_deadline": 0, "end": 1}
    return sorted(entries, key=lambda e: (e.day, order[e.kind], e.organisation_name, e.lease_id))


@dataclass(frozen=True)
class VacantOffice:
    space_id: int
    name: str
    floor: int
    #: The first day without a live lease (today, or the day after the
    #: current lease, and any successor, ends).
    free_from: date
    #: The last free day before the next live lease starts (None: no next lease).
    free_until: date | None


def vacant_offices(session: Session, today: date) -> list[VacantOffice]:
    """Private offices in use that are free today or will be: those with no
    live lease today, and those whose live lease has an end (free from the day
    after it, unless a successor follows without a gap). Offices let
    open-ended are not listed. Two queries; by free_from, then name."""
    offices = session.execute(
        select(Space.id, Space.name, Space.floor).where(
            Space.kind == SpaceKind.PRIVATE_OFFICE, Space.active.is_(True)
        )
    ).all()
    periods: dict[int, list[tuple[date, date]]] = defaultdict(list)
    for space_id, start, end in session.execute(
        select(LeaseOffice.space_id, Lease.start_date, Lease.end_date)
        .join(Lease, Lease.id == LeaseOffice.lease_id)
        .where(
            Lease.status.in_(list(LIVE_LEASE_STATUSES)),
            _coalesce_far(Lease.end_date) >= today,
        )
    ):
        periods[space_id].append((start, end or _FAR))
    found = []
    for space_id, name, floor in offices:
        free = today
        upcoming = sorted(periods.get(space_id, ()))
        for start, end in upcoming:
            if start <= free <= end:
                free = end + timedelta(days=1) if end < _FAR else _FAR
        if free == _FAR:
            continue
        later = [start for start, _end in upcoming if start > free]
        until = min(later) - timedelta(days=1) if later else None
        found.append(VacantOffice(space_id, name, floor, free, until))
    return sorted(found, key=lambda o: (o.free_from, o.name))
