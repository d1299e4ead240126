"""Plans (the price list the manager keeps) and memberships (who is on which
plan, from when to when).

Every change is the manager's (:class:`PermissionDenied` otherwise), runs in
the caller's ``with db.write()`` transaction, is validated before anything is
written (a :class:`ValidationError` names the field) and adds an audit entry.
Results are frozen records, never live ORM objects.

Plans:

* Every amount is 0 or more; the name is unique (case ignored); the VAT
  category must exist and be active (a plan may keep the inactive category
  it already has).
* ``kind_prices`` is the plan's price for a kind of organisation (an NGO or
  start-up rate); it is how the hub gives a standing discount. A discount for
  one holder is a membership's price override, which needs a reason.
* A plan that any membership refers to (ended ones included: invoices were
  made from them) is never deleted, only made inactive; an inactive plan
  takes no new memberships. An unused plan may be deleted.

Memberships:

* The holder is an organisation (its people share its allowances, see
  :mod:`hubdesk.services.allowances`) or an individual member who belongs to
  no organisation; never both, never neither, never an archived one for a
  new membership.
* ``end_date`` is the last day included; None runs on. One holder is never
  twice on the same plan on the same day.
* :func:`change_plan` ends the membership on the day before ``on`` and starts
  the new one on ``on``, in one transaction: every day is covered exactly
  once, and billing prorates both parts. The new membership keeps the seats
  (unless given) and the planned end date; a price override is not carried
  over (it was agreed for the old plan).

What a membership costs a month (:func:`price_of`, :func:`monthly_price`):

1. the price override, when there is one: it is the whole monthly amount of
   the membership, whatever the seats;
2. else the plan's price for the holder's kind of organisation (an individual
   member counts as :attr:`OrganisationKind.INDIVIDUAL`), else the plan's
   price; times the seats for plans a person uses (community, flex,
   dedicated desk: :data:`PER_SEAT_KINDS`), once per membership for the
   private-office and virtual-office plans (the organisation's fee; the
   office rent itself comes from its lease). Zero seats on a per-seat plan
   cost nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import OrganisationKind, PlanKind
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.i18n import _
from hubdesk.domain.models import Member, Membership, Organisation, Plan, VatCategory
from hubdesk.domain.money import Money
from hubdesk.services import validation as v
from hubdesk.services.audit import Actor, record
from hubdesk.services.directory import (
    ORGANISATION_KIND_ALIASES,
    NotFound,
    StillInUse,
    fold,
    vat_category_id,
)
from hubdesk.services.staff import require_manager

#: Plans priced per seat (per person using them); the others once per membership.
PER_SEAT_KINDS = frozenset({PlanKind.COMMUNITY, PlanKind.FLEX, PlanKind.DEDICATED_DESK})

PLAN_NAME_MAX = 100
ROOM_MINUTES_MAX = 100_000
FLEX_DAYS_MAX = 31
SEATS_MAX = 10_000
REASON_MAX = 1000

PLAN_KIND_ALIASES: dict[str, PlanKind] = {
    "flex desk": PlanKind.FLEX,
    "flexplek": PlanKind.FLEX,
    "dedicated": PlanKind.DEDICATED_DESK,
    "vaste werkplek": PlanKind.DEDICATED_DESK,
    "office": PlanKind.PRIVATE_OFFICE,
    "kantoor": PlanKind.PRIVATE_OFFICE,
    "virtual": PlanKind.VIRTUAL_OFFICE,
    "virtueel kantoor": PlanKind.VIRTUAL_OFFICE,
}

# ------------------------------------------------------------------------ records


@dataclass(frozen=True)
class PlanRecord:
    id: int
    name: str
    kind: PlanKind
    price_month: Money
    vat_category_id: int | None
    #: "" when the plan has no VAT category.
    vat_category_code: str
    included_room_minutes: int
    #: None = unlimited flex days.
    included_flex_days: int | None
    #: The plan's price for some kinds of organisation, in :class:`OrganisationKind` order.
    kind_prices: tuple[tuple[OrganisationKind, Money], ...]
    active: bool
    #: Memberships (ended ones included) on this plan.
    membership_count: int = 0

    @property
    def per_seat(self) -> bool:
        return self.kind in PER_SEAT_KINDS

    def price_for(self, kind: OrganisationKind | None) -> Money:
        """The plan's monthly price (one seat) for a holder of this kind."""
        for found, price in self.kind_prices:
            if found is kind:
                return price
        return self.price_month


@dataclass(frozen=True)
class MembershipRecord:
    id: int
    organisation_id: int | None
    member_id: int | None
    #: The organisation's name, or the member's full name.
    holder_name: str
    #: The organisation's kind; INDIVIDUAL for a member.
    holder_kind: OrganisationKind
    plan_id: int
    plan_name: str
    plan_kind: PlanKind
    start_date: date
    end_date: date | None
    seats: int
    price_override: Money | None
    override_reason: str
    #: What it costs a month (see the module's description).
    monthly_price: Money

    def live_on(self, day: date) -> bool:
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)


# ------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class PlanInput:
    """What the plan form gives, before validation."""

    name: str
    kind: str | PlanKind
    price_month: str | Money
    #: A VAT category code ("high", ...).
    vat_category: str
    included_room_minutes: str | int = 0
    #: None or "" = unlimited.
    included_flex_days: str | int | None = 0
    #: Organisation kind ("ngo") -> price ("195.00"); an empty price is dropped.
    kind_prices: Mapping[str, str | Money] = field(default_factory=dict)


@dataclass(frozen=True)
class MembershipInput:
    plan_id: int
    start_date: date | str
    organisation_id: int | None = None
    member_id: int | None = None
    end_date: date | str | None = None
    seats: str | int = 1
    #: The whole monthly amount agreed with this holder; "" for none.
    price_override: str | Money | None = None
    override_reason: str = ""


# ---------------------------------------------------------------------- helpers


class PlanNotFound(NotFound):
    def __init__(self, plan_id: int) -> None:
        super().__init__(_("That plan no longer exists (#{id})").format(id=plan_id))


class MembershipNotFound(NotFound):
    def __init__(self, membership_id: int) -> None:
        super().__init__(_("That membership no longer exists (#{id})").format(id=membership_id))


def price_of(
    plan: PlanRecord,
    *,
    seats: int,
    holder_kind: OrganisationKind | None,
    price_override: Money | None = None,
) -> Money:
    """What a membership on ``plan`` costs a month (see the module's description)."""
    if price_override is not None:
        return price_override
    unit = plan.price_for(holder_kind)
    return unit * seats if plan.per_seat else unit


def _plan_record(plan: Plan, vat_code: str | None, count: int) -> PlanRecord:
    order = {k: i for i, k in enumerate(OrganisationKind)}
    prices = sorted(
        ((OrganisationKind(k), Money(int(c))) for k, c in (plan.kind_prices or {}).items()),
        key=lambda pair: order[pair[0]],
    )
    return PlanRecord(
        id=plan.id,
        name=plan.name,
        kind=plan.kind,
        price_month=plan.price_month,
        vat_category_id=plan.vat_category_id,
        vat_category_code=vat_code or "",
        included_room_minutes=plan.included_room_minutes,
        included_flex_days=plan.included_flex_days,
        kind_prices=tuple(prices),
        active=plan.active,
        membership_count=count,
    )


_USE_COUNT = (
    select(Membership.plan_id, func.count().label("n")).group_by(Membership.plan_id).subquery()
)
_PLAN_QUERY = (
    select(Plan, VatCategory.code, func.coalesce(_USE_COUNT.c.n, 0))
    .outerjoin(VatCategory, VatCategory.id == Plan.vat_category_id)
    .outerjoin(_USE_COUNT, _USE_COUNT.c.plan_id == Plan.id)
)


def get_plan(session: Session, plan_id: int) -> PlanRecord:
    session.flush()
    row = session.execute(_PLAN_QUERY.where(Plan.id == plan_id)).first()
    if row is None:
        raise PlanNotFound(plan_id)
    return _plan_record(row[0], row[1], int(row[2]))


def list_plans(session: Session, *, include_inactive: bool = False) -> list[PlanRecord]:
    """Plans in :class:`PlanKind` order (community first), then by price and name."""
    query = _PLAN_QUERY
    if not include_inactive:
        query = query.where(Plan.active.is_(True))
    order = {k: i for i, k in enumerate(PlanKind)}
    found = [_plan_record(p, code, int(n)) for p, code, n in session.execute(query)]
    found.sort(key=lambda r: (order[r.kind], r.price_month, fold(r.name), r.id))
    return found


def _kind_prices(prices: Mapping[str, str | Money]) -> dict[str, int]:
    result: dict[str, int] = {}
    for key, raw in prices.items():
        kind = v.choice(
            key,
            OrganisationKind,
            field="kind_prices",
            aliases=ORGANISATION_KIND_ALIASES,
            label=_("The kind of organisation"),
        )
        price = v.money(raw, field="kind_prices", label=_("The price for {kind}").format(kind=kind))
        if price is not None:
            result[kind.value] = price.cents
    return result


def plan_values(data: PlanInput) -> dict[str, Any]:
    """The validated values of a plan form, except the VAT category."""
    price = v.money(
        data.price_month, field="price_month", required=True, label=_("The monthly price")
    )
    flex = data.included_flex_days
    flex_days: int | None = None
    if not (flex is None or (isinstance(flex, str) and not flex.strip())):
        flex_days = v.non_negative_int(
            flex, field="included_flex_days", maximum=FLEX_DAYS_MAX, label=_("The flex days")
        )
    return {
        "name": v.required_text(
            data.name,
            field="name",
            max_length=PLAN_NAME_MAX,
            label=_("The name"),
            single_line=True,
        ),
        "kind": v.choice(
            data.kind, PlanKind, field="kind", aliases=PLAN_KIND_ALIASES, label=_("The kind")
        ),
        "price_month": price,
        "included_room_minutes": v.non_negative_int(
            data.included_room_minutes,
            field="included_room_minutes",
            maximum=ROOM_MINUTES_MAX,
            label=_("The meeting-room minutes"),
        ),
        "included_flex_days": flex_days,
        "kind_prices": _kind_prices(data.kind_prices),
    }


def _vat_category_id(session: Session, code: str, current: int | None) -> int:
    """The active VAT category with this code (case ignored); the plan's
    current one is kept even when inactive. A plan must have one."""
    code = (code or "").strip()
    if not code:
        raise ValidationError("vat_category", _("A plan needs a VAT category"))
    found = vat_category_id(session, code, current)
    assert found is not None
    return found


def _check_plan_name(session: Session, name: str, exclude: int | None) -> None:
    query = select(Plan.id, Plan.name)
    if exclude is not None:
        query = query.where(Plan.id != exclude)
    folded = name.casefold()
    for _id, other in session.execute(query):
        if other.casefold() == folded:
            raise ValidationError(
                "name", _("There is already a plan called “{name}”").format(name=other)
            )


def _get_plan(session: Session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise PlanNotFound(plan_id)
    return plan


def _changes(obj: Any, values: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    changes: dict[str, tuple[Any, Any]] = {}
    for name, new in values.items():
        old = getattr(obj, name)
        if old != new:
            changes[name] = (old, new)
            setattr(obj, name, new)
    return changes


# ------------------------------------------------------------------------- plans


def create_plan(session: Session, actor: Actor, data: PlanInput) -> PlanRecord:
    require_manager(session, actor, _("change the price list"))
    values = plan_values(data)
    values["vat_category_id"] = _vat_category_id(session, data.vat_category, None)
    _check_plan_name(session, values["name"], None)
    plan = Plan(**values, active=True)
    session.add(plan)
    session.flush()
    record(
        session,
        actor,
        "create",
        "plan",
        plan.id,
        {k: (None, x) for k, x in values.items() if x is not None and x != {}},
    )
    return get_plan(session, plan.id)


def update_plan(session: Session, actor: Actor, plan_id: int, data: PlanInput) -> PlanRecord:
    """Change a plan; memberships on it follow the new prices from the next
    invoice run (an issued invoice never changes)."""
    require_manager(session, actor, _("change the price list"))
    plan = _get_plan(session, plan_id)
    values = plan_values(data)
    values["vat_category_id"] = _vat_category_id(session, data.vat_category, plan.vat_category_id)
    _check_plan_name(session, values["name"], plan.id)
    changes = _changes(plan, values)
    if changes:
        session.flush()
        record(session, actor, "update", "plan", plan.id, changes)
    return get_plan(session, plan.id)


def _set_active(session: Session, actor: Actor, plan_id: int, active: bool) -> PlanRecord:
    require_manager(session, actor, _("change the price list"))
    plan = _get_plan(session, plan_id)
    if plan.active != active:
        plan.active = active
        session.flush()
        action = "reactivate" if active else "deactivate"
        record(session, actor, action, "plan", plan.id, {"active": (not active, active)})
    return get_plan(session, plan.id)


def deactivate_plan(session: Session, actor: Actor, plan_id: int) -> PlanRecord:
    """Take the plan off the price list: no new memberships on it; the running
    ones go on (end or change them one by one)."""
    return _set_active(session, actor, plan_id, False)


def reactivate_plan(session: Session, actor: Actor, plan_id: int) -> PlanRecord:
    return _set_active(session, actor, plan_id, True)


def delete_plan(session: Session, actor: Actor, plan_id: int) -> None:
    """Delete a plan no membership ever used; otherwise :class:`StillInUse`."""
    require_manager(session, actor, _("change the price list"))
    plan = _get_plan(session, plan_id)
    used = int(
        session.scalar(
            select(func.count()).select_from(Membership).where(Membership.plan_id == plan.id)
        )
        or 0
    )
    if used:
        raise StillInUse(_("The plan"), plan.name, {"memberships": used}, _("Make it inactive"))
    kept = {
        "name": (plan.name, None),
        "kind": (plan.kind, None),
        "price_month": (plan.price_month, None),
    }
    session.delete(plan)
    session.flush()
    record(session, actor, "delete", "plan", plan_id, kept)


# ------------------------------------------------------------------- memberships

_MEMBERSHIP_QUERY = (
    select(
        Membership,
        Plan,
        VatCategory.code,
        Organisation.name,
        Organisation.kind,
        Member.first_name,
        Member.last_name,
    )
    .join(Plan, Plan.id == Membership.plan_id)
    .outerjoin(VatCategory, VatCategory.id == Plan.vat_category_id)
    .outerjoin(Organisation, Organisation.id == Membership.organisation_id)
    .outerjoin(Member, Member.id == Membership.member_id)
)


def _membership_record(row: Any) -> MembershipRecord:
    membership, plan, vat_code, org_name, org_kind, first, last = row
    plan_record = _plan_record(plan, vat_code, 0)
    if membership.organisation_id is not None:
        holder_name, holder_kind = org_name or "", org_kind
    else:
        holder_name = f"{first or ''} {last or ''}".strip()
        holder_kind = OrganisationKind.INDIVIDUAL
    return MembershipRecord(
        id=membership.id,
        organisation_id=membership.organisation_id,
        member_id=membership.member_id,
        holder_name=holder_name,
        holder_kind=holder_kind,
        plan_id=plan.id,
        plan_name=plan.name,
        plan_kind=plan.kind,
        start_date=membership.start_date,
        end_date=membership.end_date,
        seats=membership.seats,
        price_override=membership.price_override,
        override_reason=membership.override_reason,
        monthly_price=price_of(
            plan_record,
            seats=membership.seats,
            holder_kind=holder_kind,
            price_override=membership.price_override,
        ),
    )


def _ordered(session: Session, query: Any) -> list[MembershipRecord]:
    rows = session.execute(query.order_by(Membership.start_date, Membership.id)).all()
    return [_membership_record(row) for row in rows]


def get_membership(session: Session, membership_id: int) -> MembershipRecord:
    session.flush()
    row = session.execute(_MEMBERSHIP_QUERY.where(Membership.id == membership_id)).first()
    if row is None:
        raise MembershipNotFound(membership_id)
    return _membership_record(row)


def monthly_price(session: Session, membership_id: int) -> Money:
    """What the membership costs a month (override, else the price for the
    holder's kind, else the plan's price; per seat where the plan is)."""
    return get_membership(session, membership_id).monthly_price


def list_memberships(
    session: Session, *, organisation_id: int | None = None, member_id: int | None = None
) -> list[MembershipRecord]:
    """One holder's memberships (ended ones included), oldest first; all
    memberships when no holder is given."""
    query = _MEMBERSHIP_QUERY
    if organisation_id is not None:
        query = query.where(Membership.organisation_id == organisation_id)
    if member_id is not None:
        query = query.where(Membership.member_id == member_id)
    return _ordered(session, query)


def memberships_on(session: Session, day: date) -> list[MembershipRecord]:
    """Every membership that runs on ``day``."""
    query = _MEMBERSHIP_QUERY.where(
        Membership.start_date <= day,
        or_(Membership.end_date.is_(None), Membership.end_date >= day),
    )
    return _ordered(session, query)


def _holder(
    session: Session, organisation_id: int | None, member_id: int | None
) -> tuple[int | None, int | None]:
    """Check the holder of a new membership: exactly one, existing, not archived."""
    if (organisation_id is None) == (member_id is None):
        raise ValidationError(
            "organisation_id",
            _("A membership is for an organisation or for an individual member, not both")
            if organisation_id is not None
            else _("Choose the organisation or the member the membership is for"),
        )
    if organisation_id is not None:
        org = session.get(Organisation, organisation_id)
        if org is None:
            raise ValidationError(
                "organisation_id",
                _("That organisation no longer exists (#{id})").format(id=organisation_id),
            )
        if org.archived:
            raise ValidationError(
                "organisation_id",
                _("“{name}” is archived: restore it before giving it a membership").format(
                    name=org.name
                ),
            )
        return organisation_id, None
    assert member_id is not None
    member = session.get(Member, member_id)
    if member is None:
        raise ValidationError(
            "member_id", _("That member no longer exists (#{id})").format(id=member_id)
        )
    if member.archived:
        raise ValidationError(
            "member_id",
            _("{name} is archived: restore them before giving them a membership").format(
                name=member.full_name
            ),
        )
    if member.organisation_id is not None:
        raise ValidationError(
            "member_id",
            _(
                "{name} belongs to an organisation, whose members share its plans: "
                "give the membership to the organisation"
            ).format(name=member.full_name),
        )
    return None, member_id


def _active_plan(session: Session, plan_id: int, field_name: str) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise ValidationError(
            field_name, _("That plan no longer exists (#{id})").format(id=plan_id)
        )
    if not plan.active:
        raise ValidationError(
            field_name,
            _("The plan “{name}” is no longer offered").format(name=plan.name),
        )
    return plan


def _check_dates(start: date, end: date | None, end_field: str = "end_date") -> None:
    if end is not None and end < start:
        raise ValidationError(
            end_field,
            _("The end ({end}) is before the start ({start})").format(
                end=end.isoformat(), start=start.isoformat()
            ),
        )


def _check_no_overlap(
    session: Session,
    *,
    organisation_id: int | None,
    member_id: int | None,
    plan: Plan,
    start: date,
    end: date | None,
    exclude: Sequence[int] = (),
    field_name: str = "start_date",
) -> None:
    """The holder is not on ``plan`` already somewhere in ``start``..``end``."""
    holder = (
        Membership.organisation_id == organisation_id
        if organisation_id is not None
        else Membership.member_id == member_id
    )
    query = select(Membership.start_date, Membership.end_date).where(
        holder,
        Membership.plan_id == plan.id,
        or_(Membership.end_date.is_(None), Membership.end_date >= start),
    )
    if end is not None:
        query = query.where(Membership.start_date <= end)
    if exclude:
        query = query.where(Membership.id.not_in(list(exclude)))
    found = session.execute(query.order_by(Membership.start_date)).first()
    if found is not None:
        other_start, other_end = found
        if other_end is None:
            template = _(
                "This holder is already on “{plan}” from {start} on; "
                "end or change that membership first"
            )
        else:
            template = _(
                "This holder is already on “{plan}” from {start} to {end}; "
                "end or change that membership first"
            )
        raise ValidationError(
            field_name,
            template.format(
                plan=plan.name,
                start=other_start.isoformat(),
                end=other_end.isoformat() if other_end is not None else "",
            ),
        )


def _seats(value: str | int) -> int:
    return v.non_negative_int(value, field="seats", maximum=SEATS_MAX, label=_("The seats"))


def _override(price: str | Money | None, reason: str) -> tuple[Money | None, str]:
    amount = v.money(price, field="price_override", label=_("The agreed price"))
    why = v.optional_text(
        reason, field="override_reason", max_length=REASON_MAX, label=_("The reason")
    )
    if amount is not None and not why:
        raise ValidationError("override_reason", _("Say why this holder pays a price of its own"))
    return amount, why if amount is not None else ""


def _required_date(value: date | str | None, field_name: str, label: str) -> date:
    day = v.optional_date(value, field=field_name, label=label)
    if day is None:
        raise ValidationError(field_name, _("{name} is required").format(name=label))
    return day


def create_membership(session: Session, actor: Actor, data: MembershipInput) -> MembershipRecord:
    require_manager(session, actor, _("change memberships"))
    organisation_id, member_id = _holder(session, data.organisation_id, data.member_id)
    plan = _active_plan(session, data.plan_id, "plan_id")
    start = _required_date(data.start_date, "start_date", _("The start date"))
    end = v.optional_date(data.end_date, field="end_date", label=_("The end date"))
    _check_dates(start, end)
    seats = _seats(data.seats)
    override, reason = _override(data.price_override, data.override_reason)
    _check_no_overlap(
        session,
        organisation_id=organisation_id,
        member_id=member_id,
        plan=plan,
        start=start,
        end=end,
    )
    values: dict[str, Any] = {
        "organisation_id": organisation_id,
        "member_id": member_id,
        "plan_id": plan.id,
        "start_date": start,
        "end_date": end,
        "seats": seats,
        "price_override": override,
        "override_reason": reason,
    }
    membership = Membership(**values)
    session.add(membership)
    session.flush()
    record(
        session,
        actor,
        "create",
        "membership",
        membership.id,
        {k: (None, x) for k, x in values.items() if x is not None and x != ""},
    )
    return get_membership(session, membership.id)


def _get_membership(session: Session, membership_id: int) -> Membership:
    """The membership, its row locked on PostgreSQL until the transaction ends
    (two desks changing one membership at once take turns; SQLite's write
    transaction already does)."""
    membership = session.get(Membership, membership_id, with_for_update=True)
    if membership is None:
        raise MembershipNotFound(membership_id)
    return membership


def end_membership(
    session: Session, actor: Actor, membership_id: int, on: date
) -> MembershipRecord:
    """Make ``on`` the membership's last day (also to move an end already set)."""
    require_manager(session, actor, _("change memberships"))
    membership = _get_membership(session, membership_id)
    _check_dates(membership.start_date, on, "on")
    if membership.end_date is None or on > membership.end_date:
        _check_no_overlap(
            session,
            organisation_id=membership.organisation_id,
            member_id=membership.member_id,
            plan=_get_plan(session, membership.plan_id),
            start=membership.start_date,
            end=on,
            exclude=(membership.id,),
            field_name="on",
        )
    if membership.end_date != on:
        changes = {"end_date": (membership.end_date, on)}
        membership.end_date = on
        session.flush()
        record(session, actor, "end", "membership", membership.id, changes)
    return get_membership(session, membership.id)


def change_plan(
    session: Session,
    actor: Actor,
    membership_id: int,
    new_plan_id: int,
    on: date,
    seats: int | None = None,
) -> MembershipRecord:
    """Move the holder to another plan from ``on``: the membership ends the
    day before, the new one (returned) starts on ``on`` and keeps the planned
    end date and, unless given, the seats. No gap, no overlap. The same plan
    with other ``seats`` changes the seats from ``on`` on."""
    require_manager(session, actor, _("change memberships"))
    current = _get_membership(session, membership_id)
    if on <= current.start_date:
        raise ValidationError(
            "on",
            _("The new plan must start after {start}, the first day of this membership").format(
                start=current.start_date.isoformat()
            ),
        )
    if current.end_date is not None and on > current.end_date:
        raise ValidationError(
            "on",
            _("This membership ended on {end}; start a new membership instead").format(
                end=current.end_date.isoformat()
            ),
        )
    plan = _active_plan(session, new_plan_id, "new_plan_id")
    new_seats = current.seats if seats is None else _seats(seats)
    if plan.id == current.plan_id and new_seats == current.seats:
        raise ValidationError(
            "new_plan_id",
            _("The membership is on “{name}” with these seats already").format(name=plan.name),
        )
    organisation_id, member_id = _holder(session, current.organisation_id, current.member_id)
    end = current.end_date
    _check_no_overlap(
        session,
        organisation_id=organisation_id,
        member_id=member_id,
        plan=plan,
        start=on,
        end=end,
        exclude=(current.id,),
        field_name="on",
    )
    last_day = on - timedelta(days=1)
    current.end_date = last_day
    values: dict[str, Any] = {
        "organisation_id": organisation_id,
        "member_id": member_id,
        "plan_id": plan.id,
        "start_date": on,
        "end_date": end,
        "seats": new_seats,
        "price_override": None,
        "override_reason": "",
    }
    successor = Membership(**values)
    session.add(successor)
    session.flush()
    record(
        session,
        actor,
        "end",
        "membership",
        current.id,
        {"end_date": (end, last_day), "replaced_by": (None, successor.id)},
    )
    created = {k: (None, x) for k, x in values.items() if x is not None and x != ""}
    created["replaces"] = (None, current.id)
    record(session, actor, "create", "membership", successor.id, created)
    return get_membership(session, successor.id)


def update_membership(
    session: Session,
    actor: Actor,
    membership_id: int,
    *,
    seats: str | int,
    price_override: str | Money | None,
    override_reason: str = "",
) -> MembershipRecord:
    """Correct the seats or the agreed price of a membership over its whole
    period (an issued invoice keeps what it billed). To change the seats from
    a date on, use :func:`change_plan` with the same plan."""
    require_manager(session, actor, _("change memberships"))
    membership = _get_membership(session, membership_id)
    values: dict[str, Any] = {"seats": _seats(seats)}
    values["price_override"], values["override_reason"] = _override(price_override, override_reason)
    changes = _changes(membership, values)
    if changes:
        session.flush()
        record(session, actor, "update", "membership", membership.id, changes)
    return get_membership(session, membership.id)
