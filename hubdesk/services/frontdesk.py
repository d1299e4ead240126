"""The front desk: members checking in and out, guests, day passes, who is in.

Rules a caller should know:

* A member is checked in once at a time: a partial unique index refuses a
  second open check-in, also when two desks check the same badge in at once.
* Whether a visit is billable is decided when the member checks in, and
  stored (``CheckIn.billable`` for the invoice run, ``CheckIn.flex_units``
  for the allowance). The member's *holder* is their organisation, or the
  member when they have none (as for bookings, :mod:`allowances`):

  1. a live private-office or dedicated-desk plan: the member has a desk;
  2. a second visit on one day: the first one already counted;
  3. a flex-desk reservation that day: the booking counts;
  4. no live plan: billable (sell a day pass, or bill a flex day);
  5. unlimited flex days: free, counted as a whole day;
  6. else a whole day (two half days) of the holder's flex days this month if
     that much is left, or billable.

* Whoever is still in when the hub closes is checked out at closing time,
  marked automatic (:func:`close_day`; the app calls it every minute and at
  start, ``hubdesk close-day`` from a scheduled task). Guests who arrived and
  did not leave are closed the same way.
* A day pass is a check-in too (``day_pass_id``); sold to a member who is
  already in, it covers that visit instead of a second one.
* Check-ins and guests are their own log (no audit entry each: a front desk
  makes hundreds a day); day-pass sales, which are money, are audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, bindparam, case, exc, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from hubdesk.domain import wall_clock
from hubdesk.domain.enums import (
    BookingStatus,
    PaymentMethod,
    PlanKind,
    SpaceKind,
)
from hubdesk.domain.errors import HubdeskError, ValidationError
from hubdesk.domain.i18n import _
from hubdesk.domain.models import (
    MAX_BOOKING_DAYS,
    Booking,
    CheckIn,
    DayPass,
    Invoice,
    Member,
    Membership,
    Organisation,
    Plan,
    Space,
    Visit,
)
from hubdesk.domain.money import Money
from hubdesk.services import receivables, validation
from hubdesk.services.allowances import FLEX_KINDS, Holder, included, used
from hubdesk.services.audit import Actor, record
from hubdesk.services.bookings import BookingRecord, booker_text, bookings_between
from hubdesk.services.clock import now_utc
from hubdesk.services.directory import fold, rank_members
from hubdesk.services.hub import hub_zone, opening_hours_on

#: Enter checks the top match in only from this many characters on (or an
#: exact badge code): one stray key must not check somebody in.
MIN_SEARCH_CHARS = 3
#: Plans that come with a desk of one's own.
DESK_PLANS = (PlanKind.PRIVATE_OFFICE, PlanKind.DEDICATED_DESK)
#: Spaces people work at (for "occupancy now").
DESK_KINDS = (SpaceKind.FLEX_DESK, SpaceKind.DEDICATED_DESK, SpaceKind.PRIVATE_OFFICE)
ROOM_KINDS = (SpaceKind.MEETING_ROOM, SpaceKind.EVENT_SPACE)
#: How far back "arrivals" on the Today page look.
RECENT = timedelta(hours=1)
#: Guests still marked in are closed when they arrived at most this long ago.
GUEST_CLOSE_LOOKBACK = timedelta(days=31)
#: Day passes can be paid at the desk with these, or invoiced.
DESK_PAYMENTS = (PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.PIN)


class NotFound(HubdeskError):
    pass


class Terms(StrEnum):
    """Why a visit is (not) billable; see the module's rules."""

    DESK = "desk"
    AGAIN = "again"
    RESERVED = "reserved"
    NO_PLAN = "no_plan"
    UNLIMITED = "unlimited"
    FLEX_DAY = "flex_day"
    ALLOWANCE_USED = "allowance_used"
    DAY_PASS = "day_pass"

    @property
    def billable(self) -> bool:
        return self in (Terms.NO_PLAN, Terms.ALLOWANCE_USED)

    def describe(self) -> str:
        return {
            Terms.DESK: _("Has a desk: not billed"),
            Terms.AGAIN: _("Already here today: not billed again"),
            Terms.RESERVED: _("Flex desk reserved today: not billed again"),
            Terms.NO_PLAN: _("No plan: billable (or sell a day pass)"),
            Terms.UNLIMITED: _("Unlimited flex days: not billed"),
            Terms.FLEX_DAY: _("Uses a flex day of the plan: not billed"),
            Terms.ALLOWANCE_USED: _("No flex days left this month: billable"),
            Terms.DAY_PASS: _("Day pass"),
        }[self]


# ----------------------------------------------------------------------- records


@dataclass(frozen=True)
class Match:
    """A member the search found, with whether they are in now."""

    member_id: int
    name: str
    organisation_name: str
    badge_code: str
    in_since: datetime | None
    #: The search text is this member's badge code exactly (a scanner).
    badge_matched: bool

    @property
    def is_in(self) -> bool:
        return self.in_since is not None


@dataclass(frozen=True)
class BookingLine:
    start_at: datetime
    end_at: datetime
    space_name: str
    title: str
    booker: str
    people: int


@dataclass(frozen=True)
class MemberStatus:
    """What reception sees at a glance when a member comes in."""

    member_id: int
    name: str
    organisation_name: str
    badge_code: str
    archived: bool
    plans: tuple[str, ...]
    has_desk: bool
    #: Flex days the holder has left this month (halves possible); None: unlimited.
    flex_days_left: float | None
    has_plan: bool
    bookings_today: tuple[BookingLine, ...]
    unpaid_invoices: int
    unpaid_total: Money
    overdue_invoices: int
    in_since: datetime | None
    #: The terms this visit has (or would have, when not in).
    terms: Terms

    @property
    def billable(self) -> bool:
        return self.terms.billable


@dataclass(frozen=True)
class CheckInResult:
    checked_in: bool  # False: checked out
    check_in_id: int
    at: datetime
    status: MemberStatus


@dataclass(frozen=True)
class GuestInput:
    host_member_id: int | None
    guest_name: str
    guest_organisation: str = ""
    #: None: a walk-in, arriving now.
    expected_at: datetime | None = None


@dataclass(frozen=True)
class VisitRecord:
    id: int
    guest_name: str
    guest_organisation: str
    host_member_id: int
    host_name: str
    host_organisation: str
    expected_at: datetime | None
    arrived_at: datetime | None
    left_at: datetime | None

    @property
    def is_in(self) -> bool:
        return self.arrived_at is not None and self.left_at is None


@dataclass(frozen=True)
class DayPassInput:
    name: str
    email: str = ""
    organisation_name: str = ""
    member_id: int | None = None
    paid_with: PaymentMethod | str = PaymentMethod.PIN
    #: Invoiced to this organisation instead of paid at the desk.
    invoice_organisation_id: int | None = None
    #: None: the flex desks' day price.
    price: Money | str | None = None


@dataclass(frozen=True)
class DayPassRecord:
    id: int
    valid_on: date
    name: str
    email: str
    organisation_name: str
    member_id: int | None
    price: Money
    paid_with: PaymentMethod
    invoice_organisation_id: int | None
    invoice_organisation_name: str
    sold_at: datetime
    check_in_id: int | None


class PresentKind(StrEnum):
    MEMBER = "member"
    DAY_PASS = "day_pass"
    GUEST = "guest"


@dataclass(frozen=True)
class Present:
    """Someone in the building (now, or in a day's visitor log)."""

    kind: PresentKind
    name: str
    organisation_name: str
    in_at: datetime
    out_at: datetime | None
    automatic_out: bool
    #: The host of a guest.
    host_name: str
    billable: bool
    member_id: int | None


@dataclass(frozen=True)
class TodaySummary:
    now: datetime
    present: tuple[Present, ...]
    desk_capacity: int
    rooms: int
    rooms_in_use: int
    room_bookings: tuple[BookingLine, ...]
    guests: tuple[VisitRecord, ...]
    day_passes: tuple[DayPassRecord, ...]
    arrivals: tuple[Present, ...]
    checked_in_today: int

    @property
    def people_in(self) -> int:
        """Members and day-pass holders in now (guests are counted apart)."""
        return sum(1 for p in self.present if p.kind is not PresentKind.GUEST)

    @property
    def guests_in(self) -> int:
        return sum(1 for p in self.present if p.kind is PresentKind.GUEST)

    @property
    def expected_guests(self) -> tuple[VisitRecord, ...]:
        return tuple(g for g in self.guests if g.arrived_at is None)


# ------------------------------------------------------------------------- days


def _day_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    return (
        datetime.combine(day, time(0), tz),
        datetime.combine(day + timedelta(days=1), time(0), tz),
    )


def local_day(instant: datetime, tz: ZoneInfo) -> date:
    return instant.astimezone(tz).date()


def closing_instant(session: Session, day: date) -> datetime:
    """When the hub closes on ``day``; the next midnight on a closed day."""
    tz = hub_zone(session)
    hours = opening_hours_on(session, day)
    if hours is None:
        return _day_bounds(day, tz)[1]
    return datetime.combine(day, hours[1], tz)


def _now(session: Session, now: datetime | None) -> datetime:
    if now is None:
        return now_utc(session)
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    return now.replace(microsecond=0)


# ----------------------------------------------------------------------- search


def find(session: Session, text: str, *, limit: int = 8) -> list[Match]:
    """Members (not archived) whose name, organisation, e-mail or badge code
    holds every word of ``text``, case and accents ignored; an exact badge
    code first, then names starting with the text, then the rest."""
    ranked = rank_members(session, text, limit=limit)
    if not ranked:
        return []
    wanted = fold(" ".join(text.split()))
    ids = [m.id for m in ranked]
    open_since = dict(
        session.execute(
            select(CheckIn.member_id, CheckIn.in_at).where(
                CheckIn.out_at.is_(None), CheckIn.member_id.in_(ids)
            )
        ).all()
    )
    return [
        Match(
            member_id=m.id,
            name=m.full_name,
            organisation_name=m.organisation_name,
            badge_code=m.badge_code,
            in_since=open_since.get(m.id),
            badge_matched=bool(m.badge_code) and fold(m.badge_code) == wanted,
        )
        for m in ranked
    ]


def may_act_on(text: str, match: Match) -> bool:
    """Whether Enter may check ``match`` in or out for the typed ``text``."""
    return match.badge_matched or len(text.strip()) >= MIN_SEARCH_CHARS


# ------------------------------------------------------------------ the terms


@dataclass(frozen=True)
class _Member:
    id: int
    name: str
    organisation_id: int | None
    organisation_name: str
    badge_code: str
    archived: bool

    @property
    def holder(self) -> Holder:
        if self.organisation_id is not None:
            return Holder(organisation_id=self.organisation_id)
        return Holder(member_id=self.id)


def _member(session: Session, member_id: int | None) -> _Member:
    if member_id is None:
        raise ValidationError("member", _("Choose a member"))
    row = session.execute(
        select(
            Member.id,
            Member.first_name,
            Member.last_name,
            Member.organisation_id,
            Organisation.name,
            Member.badge_code,
            Member.archived,
        )
        .outerjoin(Organisation, Organisation.id == Member.organisation_id)
        .where(Member.id == member_id)
    ).one_or_none()
    if row is None:
        raise NotFound(_("That member no longer exists"))
    id_, first, last, org_id, org_name, badge, archived = row
    return _Member(id_, f"{first} {last}".strip(), org_id, org_name or "", badge or "", archived)


def _plans(session: Session, holder: Holder, day: date) -> list[tuple[str, PlanKind]]:
    who = (
        Membership.organisation_id == holder.organisation_id
        if holder.organisation_id is not None
        else Membership.member_id == holder.member_id
    )
    return [
        (name, kind)
        for name, kind in session.execute(
            select(Plan.name, Plan.kind)
            .select_from(Membership)
            .join(Plan, Plan.id == Membership.plan_id)
            .where(
                who,
                Membership.start_date <= day,
                or_(Membership.end_date.is_(None), Membership.end_date >= day),
            )
            .order_by(Plan.name)
        )
    ]


def _visited_before(
    session: Session, member_id: int, start: datetime, before: datetime, *, skip: int | None
) -> bool:
    query = select(CheckIn.id).where(
        CheckIn.member_id == member_id, CheckIn.in_at >= start, CheckIn.in_at <= before
    )
    if skip is not None:
        query = query.where(CheckIn.id != skip)
    return session.execute(query.limit(1)).first() is not None


def _reserved_flex(session: Session, member_id: int, start: datetime, end: datetime) -> bool:
    query = (
        select(Booking.id)
        .join(Space, Space.id == Booking.space_id)
        .where(
            Booking.member_id == member_id,
            Booking.start_at >= start,
            Booking.start_at < end,
            Booking.status != BookingStatus.CANCELLED,
            Space.kind.in_(FLEX_KINDS),
        )
        .limit(1)
    )
    return session.execute(query).first() is not None


def _terms(
    session: Session, member: _Member, at: datetime, *, current: int | None = None
) -> tuple[Terms, int, float | None, list[tuple[str, PlanKind]]]:
    """(terms, flex half days it uses, flex days the holder has left now, live
    plans) of a visit starting ``at`` (``current``: the member's open
    check-in, if any)."""
    tz = hub_zone(session)
    day = local_day(at, tz)
    start, end = _day_bounds(day, tz)
    plans = _plans(session, member.holder, day)
    if any(kind in DESK_PLANS for _name, kind in plans):
        return Terms.DESK, 0, None, plans  # a desk of one's own: no flex days to count
    has_plan, _minutes, units = included(session, member.holder, day)
    left: float | None = None
    if units is not None:
        left = max(0, units - used(session, member.holder, day, tz)[1]) / 2
    if _visited_before(session, member.id, start, at, skip=current):
        return Terms.AGAIN, 0, left, plans
    if _reserved_flex(session, member.id, start, end):
        return Terms.RESERVED, 0, left, plans
    if not has_plan:
        return Terms.NO_PLAN, 0, left, plans
    if units is None:
        return Terms.UNLIMITED, 2, None, plans
    assert left is not None
    if left >= 1:
        return Terms.FLEX_DAY, 2, left, plans
    return Terms.ALLOWANCE_USED, 0, left, plans


def _unpaid(session: Session, member: _Member, today: date) -> tuple[int, Money, int]:
    """(open invoices, what is open on them, how many are past due) of the
    member's holder."""
    who = (
        Invoice.organisation_id == member.organisation_id
        if member.organisation_id is not None
        else Invoice.member_id == member.id
    )
    state = receivables.state(today)
    count, total, overdue = session.execute(
        select(
            func.count(),
            func.sum(receivables.open_amount()),
            func.sum(case((state == receivables.PaymentState.OVERDUE.value, 1), else_=0)),
        ).where(who, state.in_([s.value for s in receivables.UNPAID_STATES]))
    ).one()
    return int(count), Money(int(total or 0)), int(overdue or 0)


def _bookings_today(session: Session, member_id: int, day: date) -> tuple[BookingLine, ...]:
    start, end = _day_bounds(day, hub_zone(session))
    return tuple(_line(b) for b in bookings_between(session, start, end, member_id=member_id))


def _line(booking: BookingRecord) -> BookingLine:
    return BookingLine(
        booking.start_at,
        booking.end_at,
        booking.space_name,
        booking.title,
        booking.booker,
        booking.people,
    )


@dataclass(frozen=True)
class _OpenVisit:
    id: int
    in_at: datetime
    day_pass_id: int | None
    billable: bool
    flex_units: int


def _open_check_in(session: Session, member_id: int) -> _OpenVisit | None:
    row = session.execute(
        select(CheckIn.id, CheckIn.in_at, CheckIn.day_pass_id, CheckIn.billable, CheckIn.flex_units)
        .where(CheckIn.member_id == member_id, CheckIn.out_at.is_(None))
        .limit(1)
    ).one_or_none()
    return None if row is None else _OpenVisit(*row)


def _recalled_terms(session: Session, member: _Member, visit: _OpenVisit) -> Terms:
    """The terms a stored visit was given: its columns say whether it is
    billable and what it used; the reason for "neither" is looked up again
    as of its arrival."""
    if visit.day_pass_id is not None:
        return Terms.DAY_PASS
    if visit.flex_units:
        units = included(session, member.holder, local_day(visit.in_at, hub_zone(session)))[2]
        return Terms.UNLIMITED if units is None else Terms.FLEX_DAY
    if visit.billable:
        return (
            Terms.ALLOWANCE_USED
            if _plans(session, member.holder, local_day(visit.in_at, hub_zone(session)))
            else (Terms.NO_PLAN)
        )
    then = _terms(session, member, visit.in_at, current=visit.id)[0]
    return then if then in (Terms.DESK, Terms.AGAIN, Terms.RESERVED) else Terms.DESK


_Assessment = tuple[Terms, int, float | None, list[tuple[str, PlanKind]]]


def _status(
    session: Session,
    member: _Member,
    now: datetime,
    visit: _OpenVisit | None,
    known: _Assessment | None = None,
) -> MemberStatus:
    """The card; ``known``: the visit's terms as just decided (else they
    are looked up)."""
    tz = hub_zone(session)
    day = local_day(now, tz)
    if known is not None:
        terms, _units, left, plans = known
    else:
        terms, _units, left, plans = _terms(
            session, member, now, current=visit.id if visit else None
        )
        if visit is not None:
            terms = _recalled_terms(session, member, visit)
    unpaid, unpaid_total, overdue = _unpaid(session, member, day)
    return MemberStatus(
        member_id=member.id,
        name=member.name,
        organisation_name=member.organisation_name,
        badge_code=member.badge_code,
        archived=member.archived,
        plans=tuple(name for name, _kind in plans),
        has_desk=any(kind in DESK_PLANS for _name, kind in plans),
        flex_days_left=left,
        has_plan=bool(plans),
        bookings_today=_bookings_today(session, member.id, day),
        unpaid_invoices=unpaid,
        unpaid_total=unpaid_total,
        overdue_invoices=overdue,
        in_since=visit.in_at if visit else None,
        terms=terms,
    )


def member_status(session: Session, member_id: int, now: datetime | None = None) -> MemberStatus:
    """The member's card: plans, flex days left, today's bookings, unpaid
    invoices, and whether a visit now is (or was, when in) billable."""
    at = _now(session, now)
    member = _member(session, member_id)
    return _status(session, member, at, _open_check_in(session, member.id))


# ------------------------------------------------------------- check in and out


def _already_in(member: _Member, since: datetime, tz: ZoneInfo) -> ValidationError:
    return ValidationError(
        "member",
        _("{name} is already checked in (since {time})").format(
            name=member.name, time=since.astimezone(tz).strftime("%H:%M")
        ),
    )


def check_in(
    session: Session, actor: Actor, member_id: int | None, now: datetime | None = None
) -> CheckInResult:
    """Check a member in. Refused (nothing stored) for an archived member or
    one who is in already."""
    del actor  # any staff member; check-ins are their own log
    member = _member(session, member_id)
    return _check_in(session, member, _open_check_in(session, member.id), _now(session, now))


def check_out(
    session: Session, actor: Actor, member_id: int | None, now: datetime | None = None
) -> CheckInResult:
    """Check a member out (refused when they are not in)."""
    del actor
    member = _member(session, member_id)
    return _check_out(session, member, _open_check_in(session, member.id), _now(session, now))


def check_in_or_out(
    session: Session, actor: Actor, member_id: int | None, now: datetime | None = None
) -> CheckInResult:
    """What Enter at the front desk does: in when out, out when in."""
    del actor
    member = _member(session, member_id)
    current = _open_check_in(session, member.id)
    if current is not None:
        return _check_out(session, member, current, _now(session, now))
    return _check_in(session, member, None, _now(session, now))


def _check_in(
    session: Session, member: _Member, current: _OpenVisit | None, at: datetime
) -> CheckInResult:
    tz = hub_zone(session)
    if member.archived:
        raise ValidationError(
            "member",
            _("{name} is archived: restore the member first to check them in").format(
                name=member.name
            ),
        )
    if current is not None:
        raise _already_in(member, current.in_at, tz)
    terms, units, left, plans = _terms(session, member, at)
    row = CheckIn(
        member_id=member.id,
        in_at=at,
        out_at=None,
        automatic_out=False,
        billable=terms.billable,
        flex_units=units,
    )
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except exc.IntegrityError:
        # another desk checked the same member in a moment ago
        current = _open_check_in(session, member.id)
        raise _already_in(member, current.in_at if current else at, tz) from None
    visit = _OpenVisit(row.id, at, None, row.billable, row.flex_units)
    after = None if left is None else max(0.0, left - units / 2)
    status = _status(session, member, at, visit, (terms, units, after, plans))
    return CheckInResult(True, row.id, at, status)


def _check_out(
    session: Session, member: _Member, current: _OpenVisit | None, at: datetime
) -> CheckInResult:
    if current is None:
        raise ValidationError("member", _("{name} is not checked in").format(name=member.name))
    session.execute(
        update(CheckIn)
        .where(CheckIn.id == current.id, CheckIn.out_at.is_(None))
        .values(out_at=max(at, current.in_at), automatic_out=False)
    )
    return CheckInResult(False, current.id, at, _status(session, member, at, None))


def _due_closings(
    session: Session, at: datetime
) -> tuple[list[tuple[int, datetime]], list[tuple[int, datetime]]]:
    """(check-ins, guest visits) still open after their day's closing time,
    each with the instant it closes at."""
    tz = hub_zone(session)
    closing: dict[date, datetime] = {}

    def closes(start: datetime) -> datetime | None:
        day = local_day(start, tz)
        if day not in closing:
            closing[day] = closing_instant(session, day)
        return max(start, closing[day]) if closing[day] <= at else None

    visits = []
    for check_in_id, in_at in session.execute(
        select(CheckIn.id, CheckIn.in_at).where(CheckIn.out_at.is_(None)).order_by(CheckIn.in_at)
    ):
        out = closes(in_at)
        if out is not None:
            visits.append((check_in_id, out))
    guests = []
    for visit_id, arrived_at in session.execute(
        select(Visit.id, Visit.arrived_at).where(
            Visit.arrived_at >= at - GUEST_CLOSE_LOOKBACK,
            Visit.arrived_at <= at,
            Visit.left_at.is_(None),
        )
    ):
        assert arrived_at is not None  # the query asks for arrived guests
        out = closes(arrived_at)
        if out is not None:
            guests.append((visit_id, out))
    return visits, guests


def closings_due(session: Session, now: datetime | None = None) -> int:
    """How many :func:`close_day` would close now (a read: the desk asks this
    every minute and writes only when there is something to close)."""
    visits, guests = _due_closings(session, _now(session, now))
    return len(visits) + len(guests)


def close_day(session: Session, now: datetime | None = None) -> int:
    """Check out everyone still in after closing time (at closing time, marked
    automatic), and the guests still in; returns how many were closed."""
    visits, guests = _due_closings(session, _now(session, now))
    for check_in_id, out in visits:
        session.execute(
            update(CheckIn)
            .where(CheckIn.id == check_in_id, CheckIn.out_at.is_(None))
            .values(out_at=out, automatic_out=True)
        )
    for visit_id, out in guests:
        session.execute(
            update(Visit).where(Visit.id == visit_id, Visit.left_at.is_(None)).values(left_at=out)
        )
    return len(visits) + len(guests)


# ----------------------------------------------------------------------- guests


@cache
def _visit_query() -> Any:
    host = aliased(Member)
    return (
        select(
            Visit.id,
            Visit.guest_name,
            Visit.guest_organisation,
            Visit.host_member_id,
            host.first_name,
            host.last_name,
            Organisation.name,
            Visit.expected_at,
            Visit.arrived_at,
            Visit.left_at,
        )
        .join(host, host.id == Visit.host_member_id)
        .outerjoin(Organisation, Organisation.id == host.organisation_id)
    )


def _visit_record(row: Any) -> VisitRecord:
    id_, name, org, host_id, first, last, host_org, expected, arrived, left = row
    return VisitRecord(
        id_, name, org, host_id, f"{first} {last}".strip(), host_org or "", expected, arrived, left
    )


def get_visit(session: Session, visit_id: int) -> VisitRecord:
    row = session.execute(_visit_query().where(Visit.id == visit_id)).one_or_none()
    if row is None:
        raise NotFound(_("That guest is no longer registered"))
    return _visit_record(row)


def register_guest(
    session: Session, actor: Actor, data: GuestInput, now: datetime | None = None
) -> VisitRecord:
    """An expected guest of a member, or (``expected_at`` None) one who is
    here now."""
    del actor
    at = _now(session, now)
    name = validation.required_text(
        data.guest_name, field="guest_name", max_length=200, label=_("Name"), single_line=True
    )
    organisation = validation.one_line(
        data.guest_organisation, field="guest_organisation", max_length=200, label=_("Organisation")
    )
    if data.host_member_id is None:
        raise ValidationError("host", _("A guest needs a host: choose the member they visit"))
    host = _member(session, data.host_member_id)
    if host.archived:
        raise ValidationError(
            "host", _("{name} is archived and cannot host guests").format(name=host.name)
        )
    expected = data.expected_at
    if expected is not None:
        if expected.tzinfo is None:
            raise ValueError("expected_at must be an aware datetime")
        # a time the clocks skip or show twice is refused, never shifted
        expected = wall_clock.checked(expected, field="expected_at")
        if expected < at - timedelta(hours=12):
            raise ValidationError("expected_at", _("The expected time is in the past"))
    visit = Visit(
        host_member_id=host.id,
        guest_name=name,
        guest_organisation=organisation,
        expected_at=(expected or at).replace(microsecond=0),
        arrived_at=None if expected is not None else at,
        left_at=None,
    )
    session.add(visit)
    session.flush()
    return get_visit(session, visit.id)


def guest_arrived(
    session: Session, actor: Actor, visit_id: int, now: datetime | None = None
) -> VisitRecord:
    del actor
    at = _now(session, now)
    visit = get_visit(session, visit_id)
    if visit.arrived_at is not None:
        raise ValidationError(
            "guest",
            _("{name} arrived already, at {time}").format(
                name=visit.guest_name,
                time=visit.arrived_at.astimezone(hub_zone(session)).strftime("%H:%M"),
            ),
        )
    session.execute(
        update(Visit).where(Visit.id == visit_id, Visit.arrived_at.is_(None)).values(arrived_at=at)
    )
    return get_visit(session, visit_id)


def guest_left(
    session: Session, actor: Actor, visit_id: int, now: datetime | None = None
) -> VisitRecord:
    del actor
    at = _now(session, now)
    visit = get_visit(session, visit_id)
    if visit.arrived_at is None:
        raise ValidationError("guest", _("{name} has not arrived").format(name=visit.guest_name))
    if visit.left_at is not None:
        raise ValidationError("guest", _("{name} left already").format(name=visit.guest_name))
    session.execute(
        update(Visit)
        .where(Visit.id == visit_id, Visit.left_at.is_(None))
        .values(left_at=max(at, visit.arrived_at))
    )
    return get_visit(session, visit_id)


def guests_on(session: Session, day: date) -> list[VisitRecord]:
    """The guests expected or arrived on ``day``, by expected time."""
    start, end = _day_bounds(day, hub_zone(session))
    # every visit has an expected time (a walk-in's is its arrival), so one
    # range of its index finds them: a guest expected late yesterday who
    # arrived today too
    query = _visit_query().where(
        Visit.expected_at >= start - timedelta(days=1),
        Visit.expected_at < end,
        or_(
            Visit.expected_at >= start,
            and_(Visit.arrived_at >= start, Visit.arrived_at < end),
        ),
    )
    rows = [_visit_record(r) for r in session.execute(query)]
    rows.sort(key=lambda v: (v.expected_at or v.arrived_at or start, fold(v.guest_name), v.id))
    return rows


# -------------------------------------------------------------------- day passes


def day_pass_price(session: Session) -> tuple[Money, int | None]:
    """The day price of the flex desks (the lowest an active one has) and its
    VAT category: what a day pass costs unless reception says otherwise."""
    row = session.execute(
        select(Space.price_day, Space.vat_category_id)
        .where(
            Space.kind == SpaceKind.FLEX_DESK,
            Space.active.is_(True),
            Space.price_day.is_not(None),
        )
        .order_by(Space.price_day, Space.id)
        .limit(1)
    ).one_or_none()
    if row is None:
        return Money(0), None
    price, category = row
    return price or Money(0), category


@cache
def _day_pass_query() -> Any:
    return select(
        DayPass.id,
        DayPass.valid_on,
        DayPass.name,
        DayPass.email,
        DayPass.organisation_name,
        DayPass.member_id,
        DayPass.price,
        DayPass.paid_with,
        DayPass.invoice_organisation_id,
        Organisation.name,
        DayPass.sold_at,
        select(func.min(CheckIn.id)).where(CheckIn.day_pass_id == DayPass.id).scalar_subquery(),
    ).outerjoin(Organisation, Organisation.id == DayPass.invoice_organisation_id)


def _day_pass_record(row: Any) -> DayPassRecord:
    (id_, valid_on, name, email, org, member_id, price, paid, invoice_org, invoice_name, sold,
     check_in_id) = row  # fmt: skip
    return DayPassRecord(
        id_, valid_on, name, email, org, member_id, price, paid, invoice_org, invoice_name or "",
        sold, check_in_id,
    )  # fmt: skip


def sell_day_pass(
    session: Session, actor: Actor, data: DayPassInput, now: datetime | None = None
) -> DayPassRecord:
    """Sell a day pass for today; it checks its holder in (or covers the visit
    of a member who is in already)."""
    at = _now(session, now)
    tz = hub_zone(session)
    name = validation.required_text(
        data.name, field="name", max_length=200, label=_("Name"), single_line=True
    )
    email = validation.email(data.email, field="email")
    organisation = validation.one_line(
        data.organisation_name, field="organisation_name", max_length=200, label=_("Organisation")
    )
    method = validation.choice(
        data.paid_with, PaymentMethod, field="paid_with", label=_("Paid with")
    )
    invoice_to: int | None = None
    if method is PaymentMethod.INVOICE:
        if data.invoice_organisation_id is None:
            raise ValidationError("invoice_organisation", _("Choose the organisation to invoice"))
        found = session.execute(
            select(Organisation.id, Organisation.archived).where(
                Organisation.id == data.invoice_organisation_id
            )
        ).one_or_none()
        if found is None or found[1]:
            raise ValidationError(
                "invoice_organisation", _("That organisation cannot be invoiced (archived or gone)")
            )
        invoice_to = found[0]
    elif method not in DESK_PAYMENTS:
        raise ValidationError(
            "paid_with", _("A day pass is paid at the desk (cash, card, pin) or invoiced")
        )
    default_price, category = day_pass_price(session)
    given = validation.money(data.price, field="price", label=_("Price"))
    price = default_price if given is None else given
    member: _Member | None = None
    if data.member_id is not None:
        member = _member(session, data.member_id)
        if member.archived:
            raise ValidationError(
                "member",
                _("{name} is archived: restore the member first").format(name=member.name),
            )
    sold = DayPass(
        valid_on=local_day(at, tz),
        name=name,
        email=email,
        organisation_name=organisation,
        member_id=member.id if member else None,
        price=price,
        vat_category_id=category,
        paid_with=method,
        invoice_organisation_id=invoice_to,
        sold_at=at,
    )
    session.add(sold)
    session.flush()
    current = _open_check_in(session, member.id) if member is not None else None
    if current is not None:
        # the member is in already: the pass covers this visit
        session.execute(
            update(CheckIn)
            .where(CheckIn.id == current.id)
            .values(day_pass_id=sold.id, billable=False, flex_units=0)
        )
    else:
        visit = CheckIn(
            member_id=member.id if member else None,
            day_pass_id=sold.id,
            in_at=at,
            out_at=None,
            automatic_out=False,
            billable=False,
            flex_units=0,
        )
        try:
            with session.begin_nested():
                session.add(visit)
                session.flush()
        except exc.IntegrityError:
            assert member is not None
            raise _already_in(member, at, tz) from None
    record(
        session,
        actor,
        "sell",
        "day_pass",
        sold.id,
        {
            "name": ("", name),
            "price": (None, price),
            "paid_with": (None, method),
            **({"invoice_organisation_id": (None, invoice_to)} if invoice_to else {}),
            **({"member_id": (None, member.id)} if member else {}),
        },
    )
    return get_day_pass(session, sold.id)


def get_day_pass(session: Session, day_pass_id: int) -> DayPassRecord:
    row = session.execute(_day_pass_query().where(DayPass.id == day_pass_id)).one_or_none()
    if row is None:
        raise NotFound(_("That day pass no longer exists"))
    return _day_pass_record(row)


def day_passes_on(session: Session, day: date) -> list[DayPassRecord]:
    query = _day_pass_query().where(DayPass.valid_on == day).order_by(DayPass.sold_at, DayPass.id)
    return [_day_pass_record(r) for r in session.execute(query)]


def check_out_day_pass(
    session: Session, actor: Actor, day_pass_id: int, now: datetime | None = None
) -> None:
    """Check a day-pass holder (not a member) out."""
    del actor
    at = _now(session, now)
    found = session.execute(
        select(CheckIn.id, CheckIn.in_at).where(
            CheckIn.day_pass_id == day_pass_id, CheckIn.out_at.is_(None)
        )
    ).first()
    if found is None:
        raise ValidationError("day_pass", _("This day-pass holder is not checked in"))
    session.execute(update(CheckIn).where(CheckIn.id == found[0]).values(out_at=max(at, found[1])))


# ----------------------------------------------------------- who is (was) in


@cache
def _presence_query() -> Any:
    return (
        select(
            CheckIn.member_id,
            Member.first_name,
            Member.last_name,
            Organisation.name,
            DayPass.name,
            DayPass.organisation_name,
            CheckIn.in_at,
            CheckIn.out_at,
            CheckIn.automatic_out,
            CheckIn.billable,
            CheckIn.day_pass_id,
        )
        .outerjoin(Member, Member.id == CheckIn.member_id)
        .outerjoin(Organisation, Organisation.id == Member.organisation_id)
        .outerjoin(DayPass, DayPass.id == CheckIn.day_pass_id)
    )


def _present(row: Any) -> Present:
    (member_id, first, last, org, pass_name, pass_org, in_at, out_at, automatic, billable,
     day_pass_id) = row  # fmt: skip
    is_member = member_id is not None
    return Present(
        kind=PresentKind.DAY_PASS if day_pass_id is not None else PresentKind.MEMBER,
        name=f"{first} {last}".strip() if is_member else pass_name or "",
        organisation_name=(org or "") if is_member else pass_org or "",
        in_at=in_at,
        out_at=out_at,
        automatic_out=automatic,
        host_name="",
        billable=billable,
        member_id=member_id,
    )


def _guest_present(visit: VisitRecord) -> Present:
    assert visit.arrived_at is not None
    return Present(
        kind=PresentKind.GUEST,
        name=visit.guest_name,
        organisation_name=visit.guest_organisation,
        in_at=visit.arrived_at,
        out_at=visit.left_at,
        automatic_out=False,
        host_name=visit.host_name,
        billable=False,
        member_id=None,
    )


def _by_organisation(people: Sequence[Present]) -> tuple[Present, ...]:
    folded: dict[str, str] = {}

    def folding(text: str) -> str:
        found = folded.get(text)
        if found is None:
            found = folded[text] = fold(text)
        return found

    return tuple(
        sorted(
            people,
            key=lambda p: (
                p.organisation_name == "",
                folding(p.organisation_name),
                folding(p.name),
                p.in_at,
            ),
        )
    )


@cache
def _room_bookings_query() -> Any:
    first = bindparam("first", type_=Booking.start_at.type)
    last = bindparam("last", type_=Booking.start_at.type)
    return (
        select(
            Space.id,
            Booking.start_at,
            Booking.end_at,
            Space.name,
            Booking.title,
            Booking.people,
            Member.first_name,
            Member.last_name,
            Organisation.name,
            Booking.customer_name,
        )
        .join(Space, Space.id == Booking.space_id)
        .outerjoin(Member, Member.id == Booking.member_id)
        .outerjoin(Organisation, Organisation.id == Booking.organisation_id)
        .where(
            Space.kind.in_(ROOM_KINDS),
            Booking.start_at < last,
            Booking.end_at > first,
            Booking.start_at >= bindparam("earliest", type_=Booking.start_at.type),
            Booking.status != BookingStatus.CANCELLED,
        )
        .order_by(Booking.start_at, Space.id)
    )


def _room_bookings(
    session: Session, start: datetime, end: datetime
) -> list[tuple[int, BookingLine]]:
    """The bookings of meeting rooms and event spaces that meet [start, end),
    in time order, with their space's id (the few columns a day's list needs)."""
    return [
        (
            space_id,
            BookingLine(
                begin,
                finish,
                space,
                title,
                booker_text(f"{first or ''} {last or ''}".strip(), org or "", customer),
                people,
            ),
        )
        for space_id, begin, finish, space, title, people, first, last, org, customer in (
            session.execute(
                _room_bookings_query(),
                {
                    "first": start,
                    "last": end,
                    # no booking is longer, so the start index bounds the scan
                    "earliest": start - timedelta(days=MAX_BOOKING_DAYS + 1),
                },
            )
        )
    ]


def today_summary(session: Session, now: datetime | None = None) -> TodaySummary:
    """Everything the Today page shows, read in one go."""
    at = _now(session, now)
    tz = hub_zone(session)
    day = local_day(at, tz)
    start, end = _day_bounds(day, tz)
    inside = [
        _present(r)
        for r in session.execute(
            _presence_query().where(CheckIn.out_at.is_(None), CheckIn.in_at <= at)
        )
    ]
    guests = guests_on(session, day)
    inside += [_guest_present(g) for g in guests if g.is_in]
    spaces = session.execute(select(Space.kind, Space.capacity).where(Space.active.is_(True))).all()
    desk_capacity = sum(capacity for kind, capacity in spaces if kind in DESK_KINDS)
    room_count = sum(1 for kind, _capacity in spaces if kind in ROOM_KINDS)
    bookings = _room_bookings(session, start, end)
    in_use = {space_id for space_id, line in bookings if line.start_at <= at < line.end_at}
    arrivals = [
        _present(r)
        for r in session.execute(
            _presence_query()
            .where(CheckIn.in_at > at - RECENT, CheckIn.in_at <= at)
            .order_by(CheckIn.in_at.desc())
        )
    ]
    arrivals += [
        _guest_present(g)
        for g in guests
        if g.arrived_at is not None and at - RECENT < g.arrived_at <= at
    ]
    arrivals.sort(key=lambda p: p.in_at, reverse=True)
    visits_today = session.execute(
        select(func.count()).select_from(CheckIn).where(CheckIn.in_at >= start, CheckIn.in_at < end)
    ).scalar_one()
    return TodaySummary(
        now=at,
        present=_by_organisation(inside),
        desk_capacity=desk_capacity,
        rooms=room_count,
        rooms_in_use=len(in_use),
        room_bookings=tuple(line for _space_id, line in bookings),
        guests=tuple(guests),
        day_passes=tuple(day_passes_on(session, day)),
        arrivals=tuple(arrivals),
        checked_in_today=int(visits_today),
    )


def visitor_log(session: Session, day: date) -> list[Present]:
    """Who was in the building on ``day``, and when: members, day-pass
    holders and guests, by arrival."""
    start, end = _day_bounds(day, hub_zone(session))
    people = [
        _present(r)
        for r in session.execute(
            _presence_query().where(CheckIn.in_at >= start, CheckIn.in_at < end)
        )
    ]
    people += [_guest_present(g) for g in guests_on(session, day) if g.arrived_at is not None]
    people.sort(key=lambda p: (p.in_at, fold(p.name)))
    return people
