"""The hub's occupancy over a period: how much its spaces were booked against
the time the hub was open, per space, kind, floor and bucket, the meeting
rooms' busiest hours, the private offices let, and the flex desk pool per day.

The records are :mod:`hubdesk.domain.occupancy`. What is counted (the choices
a reader of the numbers must know):

* **Bookable spaces** are meeting rooms, event spaces and flex desks (and
  dedicated desks when ``kinds`` asks for them: they are let through
  memberships that name no desk, so they have no bookings to count and would
  only show 0 %). A space in use counts; a space taken out of use counts only
  if it still had bookings in the period (then its open time is the whole
  period's: the database does not know since when it is out of use).
* **Booked time** is the time of confirmed bookings (cancelled ones, late or
  not, are not counted) inside the period, or the bucket; a booking across a
  bucket's edge is split between the buckets.
* **Open time** is the hub's opening hours of each local day (closed days 0)
  as real elapsed time (a day of a clock change gains or loses its hour when
  the hub is open at that hour), times the number of spaces. A rate above
  100 % means bookings outside opening hours (a manager may make them).
* **Kinds and floors** sum the bookable spaces only. **Private offices** are
  let, not booked: they are reported per office in ``offices`` from their
  leases (any status but draft, so ended leases count for their dates), with
  the days of the period a lease ran; leases that overlap (an ended one and a
  later one) never count a day twice.
* **Busiest hours**: meeting rooms only, booked and open seconds per local
  weekday and wall-clock hour over the whole period.
* **The flex pool** per day: the desks in the pool, the desks with a booking
  that day, and the people who came in to work at a flex desk without one
  (see :class:`~hubdesk.domain.occupancy.FlexDayUse`).

Every number is summed in the database: the bookings from the booked time
per space and local day that :mod:`hubdesk.services.booked_days` keeps with
them (per space, and per day and kind), the check-ins day by day, the leases
in two small statements. Python only loops over the period's days (opening
hours) and over the result rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    String,
    and_,
    case,
    cast,
    distinct,
    func,
    literal,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from hubdesk.domain.enums import BookingStatus, LeaseStatus, SpaceKind
from hubdesk.domain.models import (
    BOOKED_HOURS,
    MAX_BOOKING_DAYS,
    WALK_IN,
    Booking,
    CheckIn,
    HubSettings,
    Lease,
    LeaseOffice,
    Organisation,
    Space,
    booked_days,
)
from hubdesk.domain.occupancy import (
    FlexDayUse,
    GroupUsage,
    HourUsage,
    OccupancyReport,
    OfficeUsage,
    PeriodUsage,
    SpaceUsage,
)
from hubdesk.domain.periods import Bucket, Grain, buckets, local_midnight
from hubdesk.services.hub import hub_zone, opening_hours_on
from hubdesk.services.periods import (
    EPOCH_DAY,
    check_period,
    day_buckets,
    day_number,
    instant,
    integer_rows,
)

#: The kinds a report covers when the caller does not say.
DEFAULT_KINDS = (
    SpaceKind.MEETING_ROOM,
    SpaceKind.EVENT_SPACE,
    SpaceKind.FLEX_DESK,
    SpaceKind.PRIVATE_OFFICE,
)
#: Kinds counted by their bookings, in the order the report lists them.
BOOKED_KINDS = (
    SpaceKind.MEETING_ROOM,
    SpaceKind.EVENT_SPACE,
    SpaceKind.FLEX_DESK,
    SpaceKind.DEDICATED_DESK,
)
_DAY = 86_400
_HOUR = 3_600


def occupancy_report(
    session: Session,
    first: date,
    last: date,
    grain: Grain = Grain.MONTH,
    *,
    kinds: Sequence[SpaceKind] | None = None,
) -> OccupancyReport:
    """The occupancy from ``first`` to ``last`` (the hub's local days, both
    included), the series cut into days, weeks or months.

    ``kinds`` chooses what the report covers (default :data:`DEFAULT_KINDS`):
    the bookable kinds among them fill ``spaces``, ``kinds``, ``floors`` and
    ``series``; meeting rooms the busiest hours; flex desks the pool per day;
    private offices ``offices``. Raises :class:`ValidationError` for a period
    that ends before it starts or is longer than
    :data:`~hubdesk.domain.periods.MAX_REPORT_DAYS` days (as every report:
    :func:`~hubdesk.services.periods.check_period`).

    A year of the large hub (300 spaces, ~100,000 bookings and ~180,000
    check-ins a year) takes ~0.2 s on a shared 2-core machine (see
    bench/occupancy_report.py): run it off the GUI thread.
    """
    check_period(first, last)
    wanted = set(DEFAULT_KINDS if kinds is None else kinds)
    booked_kinds = tuple(kind for kind in BOOKED_KINDS if kind in wanted)
    zone = hub_zone(session)
    days = [first + timedelta(days=n) for n in range(_days(first, last))]
    hours = [opening_hours_on(session, day) for day in days]
    day_open = [_open_seconds(day, span, zone) for day, span in zip(days, hours, strict=True)]
    found = buckets(first, last, grain, zone)

    booked = _booked(session, first, last, found, booked_kinds, zone) if booked_kinds else _Booked()
    spaces = _spaces(session, booked_kinds, booked, sum(day_open))
    kind_rows = _groups(spaces, lambda s: s.kind.value, sum(day_open))
    floor_rows = _groups(spaces, lambda s: str(s.floor), sum(day_open))
    floor_rows = tuple(sorted(floor_rows, key=lambda g: int(g.key)))
    series = _series(found, spaces, booked, day_open, first)
    rooms = sum(1 for s in spaces if s.kind == SpaceKind.MEETING_ROOM)
    heat = (
        _hours_used(days, hours, zone, rooms, booked.hours)
        if SpaceKind.MEETING_ROOM in booked_kinds
        else ()
    )
    flex: tuple[FlexDayUse, ...] = ()
    if SpaceKind.FLEX_DESK in booked_kinds:
        desks = sum(1 for s in spaces if s.kind == SpaceKind.FLEX_DESK)
        walk_ins = _walk_ins(session, days, zone)
        flex = tuple(
            FlexDayUse(day, desks, booked.flex.get(n, 0), walk_ins[n]) for n, day in enumerate(days)
        )
    offices = _offices(session, first, last) if SpaceKind.PRIVATE_OFFICE in wanted else ()
    return OccupancyReport(
        hub_name=session.execute(select(HubSettings.name)).scalar() or "",
        first=first,
        last=last,
        grain=grain,
        spaces=spaces,
        kinds=kind_rows,
        floors=floor_rows,
        series=series,
        hours=heat,
        offices=offices,
        flex=flex,
    )


def _days(first: date, last: date) -> int:
    return (last - first).days + 1


# ------------------------------------------------------------------ opening hours


def _open_seconds(day: date, span: tuple[time, time] | None, zone: ZoneInfo) -> int:
    """Seconds the hub is open on ``day`` (real time: a clock change inside
    the opening hours adds or removes its hour)."""
    if span is None:
        return 0
    opens, closes = (datetime.combine(day, moment, zone) for moment in span)
    return max(0, int((closes.astimezone(UTC) - opens.astimezone(UTC)).total_seconds()))


def _hours_open(day: date, span: tuple[time, time], zone: ZoneInfo) -> Sequence[tuple[int, int]]:
    """(wall-clock hour, seconds open in it) on an open day."""
    opens, closes = (datetime.combine(day, moment, zone).astimezone(UTC) for moment in span)
    if opens.astimezone(zone).utcoffset() == closes.astimezone(zone).utcoffset():
        # no clock change while open (nearly every day): wall-clock arithmetic
        return _wall_hours(span)
    found = []
    for hour in range(24):
        lo = datetime.combine(day, time(hour), zone).astimezone(UTC)
        following = (
            datetime.combine(day, time(hour + 1), zone)
            if hour < 23
            else local_midnight(day + timedelta(days=1), zone)
        )
        hi = following.astimezone(UTC)
        seconds = int((min(hi, closes) - max(lo, opens)).total_seconds())
        if seconds > 0:
            found.append((hour, seconds))
    return found


@lru_cache(maxsize=64)
def _wall_hours(span: tuple[time, time]) -> tuple[tuple[int, int], ...]:
    def seconds(moment: time) -> int:
        return moment.hour * _HOUR + moment.minute * 60 + moment.second

    opens, closes = (seconds(moment) for moment in span)
    inside = ((h, min(closes, (h + 1) * _HOUR) - max(opens, h * _HOUR)) for h in range(24))
    return tuple((hour, open_) for hour, open_ in inside if open_ > 0)


# --------------------------------------------------------------------- bookings


@dataclass
class _Booked:
    """The bookings' sums, by key."""

    #: space id -> (bookings, seconds)
    spaces: dict[int, tuple[int, int]] = field(default_factory=dict)
    #: (bucket, kind value) -> seconds
    series: dict[tuple[int, str], int] = field(default_factory=dict)
    #: (weekday, hour) -> seconds, meeting rooms
    hours: dict[tuple[int, int], int] = field(default_factory=dict)
    #: day's position in the period -> flex desks with a booking
    flex: dict[int, int] = field(default_factory=dict)


def _booked(
    session: Session,
    first: date,
    last: date,
    found: Sequence[Bucket],
    kinds: Sequence[SpaceKind],
    zone: ZoneInfo,
) -> _Booked:
    """The bookings' sums from the days kept in ``booked_days``: per space;
    per day and kind (the series and the flex pool); the meeting rooms' per
    day and hour (their busiest hours by weekday). A booking that started
    before the period and runs into it counts among its space's bookings."""
    t = booked_days.c
    in_period = and_(t.day >= first, t.day <= last)
    kind = cast(Space.kind, String(32))
    wanted = [k.value for k in kinds]
    booked = _Booked()
    per_space = (
        select(t.space_id, func.sum(t.bookings), func.sum(t.seconds))
        .join(Space, Space.id == t.space_id)
        .where(in_period, kind.in_(wanted))
        .group_by(t.space_id)
    )
    for space_id, count, seconds in session.execute(per_space):
        booked.spaces[space_id] = (int(count), int(seconds))
    start = local_midnight(first, zone)
    running_in = (
        select(Booking.space_id, func.count())
        .join(Space, Space.id == Booking.space_id)
        .where(
            Booking.status != BookingStatus.CANCELLED,
            Booking.start_at >= start - timedelta(days=MAX_BOOKING_DAYS + 1),
            Booking.start_at < start,
            Booking.end_at > start,
            kind.in_(wanted),
        )
        .group_by(Booking.space_id)
    )
    for space_id, count in session.execute(running_in):
        count_, seconds = booked.spaces.get(space_id, (0, 0))
        booked.spaces[space_id] = (count_ + int(count), seconds)

    per_day = (
        select(t.day, kind, func.sum(t.seconds), func.count())
        .join(Space, Space.id == t.space_id)
        .where(in_period, kind.in_(wanted))
        .group_by(t.day, kind)
    )
    bucket_of = day_buckets(found)
    for day, kind_value, seconds, spaces in session.execute(per_day):
        key = (bucket_of[day], kind_value)
        booked.series[key] = booked.series.get(key, 0) + int(seconds)
        if kind_value == SpaceKind.FLEX_DESK.value:
            booked.flex[(day - first).days] = int(spaces)
    if SpaceKind.MEETING_ROOM in kinds:
        # apart: summing the hours of every kind's days would double the time
        rooms = select(Space.id).where(Space.kind == SpaceKind.MEETING_ROOM)
        per_hour = (
            select(t.day, *(func.sum(t[name]) for name in BOOKED_HOURS))
            .where(in_period, t.space_id.in_(rooms.scalar_subquery()))
            .group_by(t.day)
        )
        for day, *hours in session.execute(per_hour):
            for hour, used in enumerate(hours):
                if used:
                    key = (day.weekday(), hour)
                    booked.hours[key] = booked.hours.get(key, 0) + int(used)
    return booked


def _spaces(
    session: Session, kinds: Sequence[SpaceKind], booked: _Booked, open_seconds: int
) -> tuple[SpaceUsage, ...]:
    """The spaces of ``kinds`` in use, and those out of use that had bookings."""
    if not kinds:
        return ()
    query = select(
        Space.id, Space.name, Space.kind, Space.floor, Space.capacity, Space.active
    ).where(
        Space.kind.in_(list(kinds)),
        or_(Space.active.is_(True), Space.id.in_(list(booked.spaces))),
    )
    order = {kind: index for index, kind in enumerate(BOOKED_KINDS)}
    rows = sorted(session.execute(query), key=lambda r: (order[r.kind], r.floor, r.name, r.id))
    return tuple(
        SpaceUsage(
            space_id=r.id,
            name=r.name,
            kind=r.kind,
            floor=r.floor,
            capacity=r.capacity,
            bookings=booked.spaces.get(r.id, (0, 0))[0],
            booked_seconds=booked.spaces.get(r.id, (0, 0))[1],
            open_seconds=open_seconds,
            active=r.active,
        )
        for r in rows
    )


def _groups(spaces: Sequence[SpaceUsage], key: Any, open_seconds: int) -> tuple[GroupUsage, ...]:
    counts: dict[str, int] = {}
    booked: dict[str, int] = {}
    for space in spaces:
        counts[key(space)] = counts.get(key(space), 0) + 1
        booked[key(space)] = booked.get(key(space), 0) + space.booked_seconds
    return tuple(
        GroupUsage(name, count, booked[name], count * open_seconds)
        for name, count in counts.items()
    )


def _series(
    found: Sequence[Bucket],
    spaces: Sequence[SpaceUsage],
    booked: _Booked,
    day_open: Sequence[int],
    first: date,
) -> tuple[PeriodUsage, ...]:
    counts: dict[SpaceKind, int] = {}
    for space in spaces:
        counts[space.kind] = counts.get(space.kind, 0) + 1
    series = []
    for kind, count in counts.items():
        for bucket in found:
            lo = (bucket.first - first).days
            opened = sum(day_open[lo : lo + bucket.days])
            series.append(
                PeriodUsage(
                    bucket.n,
                    bucket.first,
                    bucket.last,
                    kind,
                    booked.series.get((bucket.n, kind.value), 0),
                    opened * count,
                )
            )
    return tuple(series)


def _hours_used(
    days: Sequence[date],
    hours: Sequence[tuple[time, time] | None],
    zone: ZoneInfo,
    rooms: int,
    booked: dict[tuple[int, int], int],
) -> tuple[HourUsage, ...]:
    opened: dict[tuple[int, int], int] = defaultdict(int)
    for day, span in zip(days, hours, strict=True):
        if span is not None and rooms:
            for hour, seconds in _hours_open(day, span, zone):
                opened[(day.weekday(), hour)] += seconds * rooms
    keys = sorted(set(opened) | set(booked))
    return tuple(HourUsage(w, h, booked.get((w, h), 0), opened.get((w, h), 0)) for w, h in keys)


# --------------------------------------------------------------------- check-ins


def _walk_ins(session: Session, days: Sequence[date], zone: ZoneInfo) -> list[int]:
    """Per day of the period: the people who came in on flex terms without a
    reservation (a flex day used, billed, or a day pass), each once.

    Counted day by day (a subquery per day, through the index on ``in_at``):
    SQLite would sort every check-in of the period for one GROUP BY."""
    rows = integer_rows(
        "day_rows",
        ("d", "lo", "hi"),
        [
            (
                n,
                int(local_midnight(day, zone).timestamp()),
                int(local_midnight(day + timedelta(days=1), zone).timestamp()),
            )
            for n, day in enumerate(days)
        ],
    )
    bounds = select(
        rows.c.d,
        instant(rows.c.lo).label("start_at"),
        instant(rows.c.hi).label("end_at"),
    ).cte("days")
    person = func.coalesce(CheckIn.member_id, -CheckIn.day_pass_id)
    people = (
        select(func.count(distinct(person)))
        .where(
            CheckIn.in_at >= bounds.c.start_at,
            CheckIn.in_at < bounds.c.end_at,
            # as text, the index's own condition: the database then reads
            # the walk-ins from that index
            text(f"({WALK_IN})"),
        )
        .correlate(bounds)
        .scalar_subquery()
    )
    found = {day: count for day, count in session.execute(select(bounds.c.d, people))}
    return [int(found.get(n) or 0) for n in range(len(days))]


# ----------------------------------------------------------------------- offices


def _offices(session: Session, first: date, last: date) -> tuple[OfficeUsage, ...]:
    """The private offices in use, or let in the period, with their leases'
    days in it."""
    days = _days(first, last)
    meets = and_(
        Lease.status != LeaseStatus.DRAFT,
        Lease.start_date <= last,
        or_(Lease.end_date.is_(None), Lease.end_date >= first),
    )
    lo = case((Lease.start_date > first, Lease.start_date), else_=literal(first))
    hi = case(
        (and_(Lease.end_date.is_not(None), Lease.end_date < last), Lease.end_date),
        else_=literal(last),
    )
    runs = (
        select(
            LeaseOffice.space_id,
            Lease.id.label("lease_id"),
            day_number(lo).label("lo"),
            day_number(hi).label("hi"),
        )
        .join(Lease, Lease.id == LeaseOffice.lease_id)
        .where(meets)
        .cte("runs")
    )
    r = runs.c
    # A day is let when a run covers it: the let days are the runs' days
    # minus what a run shares with an earlier-starting one of the same office
    # (counted by the days not covered by any earlier run).
    other = runs.alias("other")
    covered_before = (
        select(func.max(other.c.hi))
        .where(
            other.c.space_id == r.space_id,
            or_(other.c.lo < r.lo, and_(other.c.lo == r.lo, other.c.lease_id < r.lease_id)),
        )
        .scalar_subquery()
    )
    fresh_lo = case(
        (covered_before.is_(None), r.lo),
        (covered_before + 1 > r.lo, covered_before + 1),
        else_=r.lo,
    )
    fresh = case((r.hi >= fresh_lo, r.hi - fresh_lo + 1), else_=0)
    last_day = (last - EPOCH_DAY).days
    let = (
        select(
            r.space_id,
            func.sum(fresh).label("let_days"),
            func.max(case((r.hi == last_day, 1), else_=0)).label("let_last"),
        )
        .group_by(r.space_id)
        .subquery()
    )
    offices = (
        select(Space.id, Space.name, Space.floor, let.c.let_days, let.c.let_last)
        .outerjoin(let, let.c.space_id == Space.id)
        .where(
            Space.kind == SpaceKind.PRIVATE_OFFICE,
            or_(Space.active.is_(True), let.c.space_id.is_not(None)),
        )
        .order_by(Space.floor, Space.name, Space.id)
    )
    lessees: dict[int, list[str]] = defaultdict(list)
    names = (
        select(LeaseOffice.space_id, Organisation.name)
        .join(Lease, Lease.id == LeaseOffice.lease_id)
        .join(Organisation, Organisation.id == Lease.organisation_id)
        .where(meets)
        .order_by(LeaseOffice.space_id, Lease.start_date, Lease.id)
    )
    for space_id, name in session.execute(names):
        if name not in lessees[space_id]:
            lessees[space_id].append(name)
    return tuple(
        OfficeUsage(
            space_id=space_id,
            name=name,
            floor=floor,
            organisations=tuple(lessees.get(space_id, ())),
            let_days=int(let_days or 0),
            days=days,
            let_on_last_day=bool(let_last),
        )
        for space_id, name, floor, let_days, let_last in session.execute(offices)
    )
