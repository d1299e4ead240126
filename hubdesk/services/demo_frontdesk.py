"""The demo hub's front desk: members checking in and out, their guests, and
day passes sold at the desk, from a year (or the booking history, when that is
longer) before today up to a moment of today.

What it looks like: people come on the days the hub is open (not at weekends,
not on the public holidays it is closed), busy Mondays and quiet Fridays,
fewer in the summer and around Christmas. Most arrive between 08:00 and 10:30,
stay two to nine hours and leave before closing; about one visit in thirty is
never checked out and is closed at closing time (``automatic_out``). Tenants
and dedicated-desk holders come most days, flex members often, community
members now and then; a member with a flex-desk reservation nearly always
comes. Nobody comes before the day after they joined, and archived members are
left out. Today, those who arrived before ``now`` are in, except a few early
leavers; nobody has arrived after ``now``.

Whether a visit is billable, and how many half days of the holder's flex
allowance it uses (``flex_units``), follows the front desk's rule: a desk
plan or a flex reservation that day makes it free and uses nothing; no live
membership makes it billable; an unlimited flex plan makes it free and uses a
whole day; otherwise it is free and uses a whole day while the month still has
two half days left after the holder's flex reservations (active ones and late
cancellations) and earlier visits of the month, and billable when not.

What a caller must know:

* :meth:`FrontDesk.months` yields each month's rows; insert the day passes
  first and pass their ids to :meth:`FrontDeskMonth.use_pass_ids`, then the
  check-ins (in the order given: by arrival) and the visits.
* Everything is read from the database once (members, memberships, flex
  reservations, the flex desks' day price) and computed in Python: no query
  per row. Times are whole seconds of the hub's wall clock turned into UTC
  with the offset of the day's noon; the clock changes at night on Sundays,
  when the hub is closed, so a day's offset holds for its opening hours.
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import BookingStatus, PaymentMethod, PlanKind, SpaceKind
from hubdesk.domain.models import Booking, HubSettings, Member, Organisation, Space
from hubdesk.domain.money import Money
from hubdesk.domain.pricing import HALF_DAY_MINUTES
from hubdesk.services.demo_bookings import (
    _DAY_NAMES,
    _MONTH_LEVEL,
    _Holder,
    _holders,
    _hours,
    closed_days,
)

Row = dict[str, Any]
#: ("o", organisation id) or ("m", member id): whose allowance a visit uses.
HolderKey = tuple[str, int]

#: How busy a weekday is at the front desk (Monday .. Sunday): busy Mondays,
#: quiet Fridays.
_WEEKDAY_LEVEL = (1.2, 1.05, 1.1, 1.0, 0.6, 0.0, 0.0)
#: How often a member comes, by the holder's plan (the most present one of the
#: plans live that month), before the member's own habit.
_PLAN_PRESENCE = {
    PlanKind.PRIVATE_OFFICE: 1.0,
    PlanKind.DEDICATED_DESK: 1.0,
    PlanKind.FLEX: 0.35,
    PlanKind.VIRTUAL_OFFICE: 0.05,
    PlanKind.COMMUNITY: 0.1,
}
_UNLIMITED_FLEX_PRESENCE = 0.55
_NO_PLAN_PRESENCE = 0.04
#: A member's chance to come on a day they reserved a flex desk; the highest
#: chance of anybody else.
_BOOKED_CHANCE = 0.9
_MOST = 0.9
_AUTOMATIC_OUT = 0.03
_NO_SHOW = 0.05
_DESK_PLANS = (PlanKind.PRIVATE_OFFICE, PlanKind.DEDICATED_DESK)
#: How day passes are paid (weights): the rest of the 100 on an invoice.
_PAYMENTS = (PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.PIN, PaymentMethod.INVOICE)
_PAYMENT_WEIGHTS = (15, 35, 35, 15)

#: Rows fetched at a time when reading the flex reservations.
_BATCH = 10_000
HOUR = 3600
MINUTE = 60


@dataclass(frozen=True)
class Names:
    """Where guests' and day-pass buyers' names come from: the demo's pools
    of (first names, last names, weight), organisations guests come from,
    personal e-mail domains, and how a name becomes the local part of an
    address."""

    groups: Sequence[tuple[Sequence[str], Sequence[str], int]]
    organisations: Sequence[str]
    domains: Sequence[str]
    fold: Callable[[str], str]


@dataclass(slots=True)
class _Person:
    id: int
    holder: _Holder | None
    key: HolderKey
    #: The first day they may come: the day after they joined.
    since: date
    #: How often they come compared with others on the same plan.
    habit: float
    #: Chance of coming on a day of level 1.0 (set per month).
    chance: float = 0.0


@dataclass(slots=True)
class _Stay:
    """One visit of a day, in seconds after local midnight."""

    arrive: int
    leave: int | None
    automatic: bool
    person: _Person | None = None


@dataclass
class FrontDeskMonth:
    """One month's rows. Until :meth:`use_pass_ids` is called, the
    ``day_pass_id`` of a day-pass check-in is the index of its pass in
    ``day_passes``."""

    day_passes: list[Row] = field(default_factory=list)
    check_ins: list[Row] = field(default_factory=list)
    visits: list[Row] = field(default_factory=list)

    def use_pass_ids(self, ids: Sequence[int]) -> None:
        """The ids the database gave ``day_passes``, in their order."""
        for row in self.check_ins:
            index = row["day_pass_id"]
            if index is not None:
                row["day_pass_id"] = ids[index]


class FrontDesk:
    """Check-ins, guests and day passes from the first of the month ``months``
    months before ``today`` up to ``now`` (an instant of ``today``; 11:00
    local time when None)."""

    def __init__(
        self,
        session: Session,
        rng: random.Random,
        *,
        today: date,
        now: datetime | None,
        months: int,
        check_ins_per_day: float,
        guests_per_day: float,
        passes_per_day: float,
        names: Names,
    ) -> None:
        settings = session.get(HubSettings, 1)
        assert settings is not None
        self.rng = rng
        self.zone = ZoneInfo(settings.time_zone)
        self.hours = tuple(_hours(settings.opening_hours.get(name)) for name in _DAY_NAMES)
        self.today = today
        first = today.replace(day=1)
        for _ in range(months):
            first = (first - timedelta(days=1)).replace(day=1)
        self.first = first
        self.closed = closed_days(first, today)
        if now is None:
            now = datetime.combine(today, time(11), tzinfo=self.zone)
        if now.tzinfo is None:
            raise ValueError("now must be an aware datetime")
        #: ``now`` in seconds after today's local midnight.
        self.now = int((now - self._midnight(today)).total_seconds())
        self.per_day = check_ins_per_day
        self.guests_per_day = guests_per_day
        self.passes_per_day = passes_per_day
        self.names = names
        self.name_weights = [group[2] for group in names.groups]
        self.people = self._people(session)
        self.booked: dict[date, set[int]] = {}
        self.booked_units: dict[tuple[HolderKey, date], int] = {}
        self._read_flex_bookings(session)
        self.pass_price, self.pass_vat = self._day_price(session)
        orgs = session.execute(
            select(Organisation.created_at, Organisation.id, Organisation.name)
            .where(Organisation.archived.is_(False))
            .order_by(Organisation.created_at, Organisation.id)
        ).all()
        self.org_since = [created_at.date() for created_at, _, _ in orgs]
        self.orgs = [(id_, name) for _, id_, name in orgs]
        self.pool: list[_Person] = []

    # -- reading the hub

    def _people(self, session: Session) -> list[_Person]:
        holders: dict[HolderKey, _Holder] = {}
        for holder in _holders(session):
            if holder.organisation_id is not None:
                holders[("o", holder.organisation_id)] = holder
            else:
                holders[("m", holder.people[0].id)] = holder
        rng = self.rng
        people: list[_Person] = []
        query = (
            select(Member.id, Member.organisation_id, Member.created_at)
            .where(Member.archived.is_(False))
            .order_by(Member.id)
        )
        for id_, organisation_id, created_at in session.execute(query):
            key = ("o", organisation_id) if organisation_id is not None else ("m", id_)
            since = created_at.astimezone(self.zone).date() + timedelta(days=1)
            habit = rng.uniform(0.4, 1.6)
            people.append(_Person(id_, holders.get(key), key, since, habit))
        return people

    def _read_flex_bookings(self, session: Session) -> None:
        """Who reserved a flex desk on which day, and each holder's half days
        of flex reservations per month (active ones and late cancellations)."""
        start = self._midnight(self.first)
        following = (self.today.replace(day=28) + timedelta(days=4)).replace(day=1)
        query = (
            select(
                Booking.member_id,
                Booking.organisation_id,
                Booking.start_at,
                Booking.end_at,
                Booking.status,
                Booking.late_cancellation,
            )
            .join(Space, Space.id == Booking.space_id)
            .where(
                Space.kind == SpaceKind.FLEX_DESK,
                Booking.start_at >= start,
                Booking.start_at < self._midnight(following),
            )
            .order_by(Booking.id)
        )
        zone = self.zone
        # Streamed: the large hub has over half a million of them.
        found = session.execute(query.execution_options(yield_per=_BATCH))
        for member_id, organisation_id, start_at, end_at, status, late in found:
            day = start_at.astimezone(zone).date()
            active = status is not BookingStatus.CANCELLED
            if active and member_id is not None:
                self.booked.setdefault(day, set()).add(member_id)
            if not (active or late):
                continue
            key: HolderKey
            if organisation_id is not None:
                key = ("o", organisation_id)
            elif member_id is not None:
                key = ("m", member_id)
            else:
                continue
            minutes = (end_at - start_at).total_seconds() // 60
            month = (key, day.replace(day=1))
            units = 1 if minutes <= HALF_DAY_MINUTES else 2
            self.booked_units[month] = self.booked_units.get(month, 0) + units

    def _day_price(self, session: Session) -> tuple[Money | None, int | None]:
        """The day price and VAT category of the cheapest active flex desk."""
        desks = session.execute(
            select(Space.price_day, Space.id, Space.vat_category_id).where(
                Space.kind == SpaceKind.FLEX_DESK, Space.active, Space.price_day.is_not(None)
            )
        ).all()
        if not desks:
            return None, None
        price, _, vat = min(desks, key=lambda d: (d[0], d[1]))
        return price, vat

    # -- time

    def _midnight(self, day: date) -> datetime:
        """UTC of local midnight, with the offset the day has at noon."""
        noon = datetime.combine(day, time(12), tzinfo=self.zone).astimezone(UTC)
        return noon - timedelta(hours=12)

    # -- months

    def months(self) -> Iterator[FrontDeskMonth]:
        month = self.first
        while month <= self.today:
            following = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
            last = min(following - timedelta(days=1), self.today)
            self._calibrate(month, last)
            rows = FrontDeskMonth()
            #: Half days of the holders' allowances visits used so far this month.
            used: dict[HolderKey, int] = {}
            day = month
            while day <= last:
                self._day(day, used, rows)
                day += timedelta(days=1)
            rows.check_ins.sort(key=lambda row: row["in_at"])
            rows.visits.sort(key=lambda row: row["expected_at"])
            yield rows
            month = following

    def _open(self, day: date) -> tuple[int, int] | None:
        hours = self.hours[day.weekday()]
        if hours is None or day in self.closed:
            return None
        return hours[0] * MINUTE, hours[1] * MINUTE

    def _level(self, day: date) -> float:
        level = _WEEKDAY_LEVEL[day.weekday()] * _MONTH_LEVEL[day.month - 1]
        if (day.month, day.day) >= (12, 24) or (day.month, day.day) <= (1, 2):
            level *= 0.3
        return level

    def _calibrate(self, first: date, last: date) -> None:
        """Each person's chance this month, so that an ordinary day brings
        about ``per_day`` people (those with a flex reservation included)."""
        middle = first + (last - first) // 2
        self.pool = [p for p in self.people if p.since <= last]
        open_days = 0
        reserved = 0
        day = first
        while day <= last:
            if self._open(day) is not None:
                open_days += 1
                reserved += len(self.booked.get(day, ()))
            day += timedelta(days=1)
        target = self.per_day - _BOOKED_CHANCE * reserved / max(open_days, 1)
        target = max(target, self.per_day / 4)
        weights = [_presence(p.holder, middle) * p.habit for p in self.pool]
        total = sum(w for p, w in zip(self.pool, weights, strict=True) if p.since <= middle)
        factor = target / total if total else 0.0
        for person, weight in zip(self.pool, weights, strict=True):
            person.chance = factor * weight

    def _day(self, day: date, used: dict[HolderKey, int], rows: FrontDeskMonth) -> None:
        hours = self._open(day)
        if hours is None:
            return
        rng = self.rng
        random_ = rng.random
        level = self._level(day)
        today = day == self.today
        booked = self.booked.get(day, set())
        midnight = self._midnight(day)

        stays: list[_Stay] = []
        for person in self.pool:
            if person.since > day:
                continue
            chance = _BOOKED_CHANCE if person.id in booked else min(_MOST, person.chance * level)
            if random_() < chance:
                stay = self._stay(hours, today)
                if stay is not None:
                    stay.person = person
                    stays.append(stay)
        stays.sort(key=lambda s: s.arrive)

        terms: dict[HolderKey, tuple[bool, bool, int | None]] = {}
        month = day.replace(day=1)
        for stay in stays:
            assert stay.person is not None
            billable, units = self._charge(stay.person, day, month, booked, used, terms)
            rows.check_ins.append(
                self._check_in(midnight, stay, stay.person.id, None, billable=billable, units=units)
            )

        passes = _count(rng, self.passes_per_day * level)
        if self.pass_price is not None:
            for _ in range(passes):
                stay = self._stay(hours, today)
                if stay is not None:
                    index = len(rows.day_passes)
                    rows.day_passes.append(self._day_pass(day, midnight, hours, stay))
                    rows.check_ins.append(
                        self._check_in(midnight, stay, None, index, billable=False, units=0)
                    )

        if stays:
            for _ in range(_count(rng, self.guests_per_day * level)):
                visit = self._guest(rng.choice(stays), midnight, hours, today)
                if visit is not None:
                    rows.visits.append(visit)

    def _stay(self, hours: tuple[int, int], today: bool) -> _Stay | None:
        """When someone comes and goes; None when, today, they have not come yet."""
        rng = self.rng
        opening, closing = hours
        latest = max(opening, closing - 2 * HOUR)
        if rng.random() < 0.78:
            arrive = int(rng.triangular(8 * HOUR, 10.5 * HOUR, 9 * HOUR))
        else:
            arrive = int(rng.uniform(10.5 * HOUR, latest))
        arrive = min(max(arrive, opening), latest)
        leave = arrive + int(rng.triangular(2 * HOUR, 9 * HOUR, 7.5 * HOUR))
        leave = min(leave, closing - rng.randint(MINUTE, 20 * MINUTE))
        leave = min(max(leave, arrive + MINUTE), closing)
        automatic = rng.random() < _AUTOMATIC_OUT
        if automatic:
            leave = closing
        if today:
            if arrive >= self.now:
                return None
            if leave > self.now:
                return _Stay(arrive, None, False)
        return _Stay(arrive, leave, automatic)

    def _charge(
        self,
        person: _Person,
        day: date,
        month: date,
        booked: set[int],
        used: dict[HolderKey, int],
        terms: dict[HolderKey, tuple[bool, bool, int | None]],
    ) -> tuple[bool, int]:
        """(billable, flex half days used) of a member's visit."""
        key = person.key
        found = terms.get(key)
        if found is None:
            found = terms[key] = _terms(person.holder, day)
        desk, live, flex = found
        if desk or person.id in booked:
            return False, 0
        if not live:
            return True, 0
        if flex is None:
            return False, 2
        so_far = used.get(key, 0)
        if flex - self.booked_units.get((key, month), 0) - so_far >= 2:
            used[key] = so_far + 2
            return False, 2
        return True, 0

    def _check_in(
        self,
        midnight: datetime,
        stay: _Stay,
        member_id: int | None,
        day_pass: int | None,
        *,
        billable: bool,
        units: int,
    ) -> Row:
        return {
            "member_id": member_id,
            "day_pass_id": day_pass,
            "in_at": midnight + timedelta(seconds=stay.arrive),
            "out_at": None if stay.leave is None else midnight + timedelta(seconds=stay.leave),
            "automatic_out": stay.automatic,
            "billable": billable,
            "flex_units": units,
        }

    # -- day passes and guests

    def _name(self) -> tuple[str, str]:
        rng = self.rng
        group = rng.choices(self.names.groups, self.name_weights)[0]
        return rng.choice(group[0]), rng.choice(group[1])

    def _day_pass(self, day: date, midnight: datetime, hours: tuple[int, int], stay: _Stay) -> Row:
        rng, names = self.rng, self.names
        first, last = self._name()
        email = ""
        if rng.random() < 0.8:
            local = f"{names.fold(first) or 'guest'}.{names.fold(last) or 'hub'}"
            email = f"{local}@{rng.choice(names.domains)}"
        organisation = rng.choice(names.organisations) if rng.random() < 0.25 else ""
        paid_with = rng.choices(_PAYMENTS, _PAYMENT_WEIGHTS)[0]
        invoiced: int | None = None
        if paid_with is PaymentMethod.INVOICE:
            known = bisect.bisect_left(self.org_since, day)
            if known:
                invoiced, organisation = self.orgs[rng.randrange(known)]
            else:
                paid_with = PaymentMethod.PIN
        sold = max(stay.arrive - rng.randint(20, 240), min(hours[0], stay.arrive))
        return {
            "valid_on": day,
            "name": f"{first} {last}",
            "email": email,
            "organisation_name": organisation,
            "member_id": None,
            "price": self.pass_price,
            "vat_category_id": self.pass_vat,
            "paid_with": paid_with,
            "invoice_organisation_id": invoiced,
            "sold_at": midnight + timedelta(seconds=sold),
        }

    def _guest(
        self, host: _Stay, midnight: datetime, hours: tuple[int, int], today: bool
    ) -> Row | None:
        """A guest expected while the host is in; None when that does not fit."""
        rng = self.rng
        closing = hours[1]
        assert host.person is not None
        until = host.leave if host.leave is not None else closing
        low, high = host.arrive + 10 * MINUTE, min(until, closing - 30 * MINUTE) - 45 * MINUTE
        if high < low:
            return None
        expected = -(-rng.randint(low, high) // (15 * MINUTE)) * 15 * MINUTE
        arrived: int | None = max(host.arrive, expected + rng.randint(-20 * MINUTE, 20 * MINUTE))
        assert arrived is not None
        left: int | None = min(closing, arrived + rng.randint(30 * MINUTE, 120 * MINUTE))
        if rng.random() < _NO_SHOW:
            arrived = left = None
        if today:
            if arrived is not None and arrived >= self.now:
                arrived = left = None
            elif left is not None and left > self.now:
                left = None
        first, last = self._name()
        organisation = rng.choice(self.names.organisations) if rng.random() < 0.45 else ""
        return {
            "host_member_id": host.person.id,
            "guest_name": f"{first} {last}",
            "guest_organisation": organisation,
            "expected_at": midnight + timedelta(seconds=expected),
            "arrived_at": None if arrived is None else midnight + timedelta(seconds=arrived),
            "left_at": None if left is None else midnight + timedelta(seconds=left),
        }


def _presence(holder: _Holder | None, day: date) -> float:
    """How often the holder's people come, by the plans live on ``day``."""
    best = _NO_PLAN_PRESENCE
    if holder is None:
        return best
    for a in holder.allowances:
        if a.start <= day and (a.end is None or a.end >= day):
            if a.plan_kind is PlanKind.FLEX and a.flex_units is None:
                best = max(best, _UNLIMITED_FLEX_PRESENCE)
            else:
                best = max(best, _PLAN_PRESENCE.get(a.plan_kind, _NO_PLAN_PRESENCE))
    return best


def _terms(holder: _Holder | None, day: date) -> tuple[bool, bool, int | None]:
    """(a desk plan is live, any plan is live, flex half days a month or None
    for unlimited) of the holder on ``day``."""
    if holder is None:
        return False, False, 0
    desk = live = unlimited = False
    flex = 0
    for a in holder.allowances:
        if a.start <= day and (a.end is None or a.end >= day):
            live = True
            desk = desk or a.plan_kind in _DESK_PLANS
            if a.flex_units is None:
                unlimited = True
            else:
                flex += a.flex_units
    return desk, live, None if unlimited else flex


def _count(rng: random.Random, mean: float) -> int:
    """A number around ``mean`` (a third either way)."""
    return int(mean * rng.uniform(0.67, 1.33) + rng.random())
