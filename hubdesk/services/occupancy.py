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

Every number is summed in the database (one statement for the bookings, one
for the check-ins, two small ones for the leases); Python only loops over the
period's days (opening hours) and over the result rows.

How the bookings are cut: the period's local days are handed to the query as
*cells* (a cell is a local day, or the part of it before or after a clock
change), each with its day, its bucket and the instant its wall clock counts
from. A booking joins the cell its start falls in through the index on
``bookings.start_at`` (no scan of earlier history), and its local hour is
plain arithmetic on seconds. The rare booking that runs on past its first
cell (over midnight, or through a clock change) is joined again with the
later cells it meets; one that started before the period (at most
``MAX_BOOKING_DAYS`` earlier) is joined with the cells it reaches into.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    BigInteger,
    Integer,
    String,
    and_,
    case,
    cast,
    distinct,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from hubdesk.domain.enums import BookingStatus, LeaseStatus, SpaceKind
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.i18n import _
from hubdesk.domain.models import (
    MAX_BOOKING_DAYS,
    Booking,
    CheckIn,
    HubSettings,
    Lease,
    LeaseOffice,
    Organisation,
    Space,
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
from hubdesk.domain.periods import MAX_REPORT_DAYS, Bucket, Grain, buckets, local_midnight
from hubdesk.services.bookings import hub_zone, opening_hours_on
from hubdesk.services.periods import epoch, instant, integer_rows

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
_EPOCH_DAY = date(1970, 1, 1)


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
    private offices ``offices``. Raises :class:`ValidationError` (field
    ``"last"``) for a period that ends before it starts or is longer than
    :data:`~hubdesk.domain.periods.MAX_REPORT_DAYS` days.

    A year of the large hub (300 spaces, ~100,000 bookings and ~180,000
    check-ins a year) takes ~0.4-0.6 s on a shared 2-core machine (see
    bench/occupancy_report.py): run it off the GUI thread.
    """
    _check_period(first, last)
    wanted = set(DEFAULT_KINDS if kinds is None else kinds)
    booked_kinds = tuple(kind for kind in BOOKED_KINDS if kind in wanted)
    zone = hub_zone(session)
    days = [first + timedelta(days=n) for n in range(_days(first, last))]
    hours = [opening_hours_on(session, day) for day in days]
    day_open = [_open_seconds(day, span, zone) for day, span in zip(days, hours, strict=True)]
    found = buckets(first, last, grain, zone)
    cells = _cells(first, found, zone)

    booked = _booked(session, cells, booked_kinds, first, zone) if booked_kinds else _Booked()
    spaces = _spaces(session, booked_kinds, booked, sum(day_open))
    kind_rows = _groups(spaces, booked.kinds, lambda s: s.kind.value, sum(day_open))
    floor_rows = _groups(spaces, booked.floors, lambda s: str(s.floor), sum(day_open))
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


def _check_period(first: date, last: date) -> None:
    if last < first:
        raise ValidationError("last", _("The period must end on or after its first day"))
    if _days(first, last) > MAX_REPORT_DAYS:
        raise ValidationError(
            "last", _("A report covers at most {days} days").format(days=MAX_REPORT_DAYS)
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
    if _offset(opens, zone) == _offset(closes, zone):
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


# ------------------------------------------------------------------------ cells


@dataclass(frozen=True)
class _Cell:
    #: The local day's position in the period, from 0.
    day: int
    #: Its bucket's position.
    bucket: int
    #: Epoch seconds from which the cell's wall clock counts: its local
    #: midnight as if its offset had held all day (wall seconds = epoch - base).
    base: int
    start: datetime
    end: datetime


def _offset(instant: datetime, zone: ZoneInfo) -> int:
    found = instant.astimezone(zone).utcoffset()
    assert found is not None
    return int(found.total_seconds())


def _change(start: datetime, end: datetime, zone: ZoneInfo) -> datetime:
    """The instant the zone's offset changes between ``start`` and ``end``
    (to the second), knowing that it changes once there."""
    before = _offset(start, zone)
    lo, hi = start, end
    while hi - lo > timedelta(seconds=1):
        middle = lo + (hi - lo) / 2
        middle = middle.replace(microsecond=0)
        if _offset(middle, zone) == before:
            lo = middle
        else:
            hi = middle
    return hi


def _cells(first: date, found: Sequence[Bucket], zone: ZoneInfo) -> list[_Cell]:
    """The period's local days, each cut where the zone's offset changes."""
    cells: list[_Cell] = []
    for bucket in found:
        day = bucket.first
        while day <= bucket.last:
            start = local_midnight(day, zone).astimezone(UTC)
            end = local_midnight(day + timedelta(days=1), zone).astimezone(UTC)
            index = (day - first).days
            naive_midnight = (day - _EPOCH_DAY).days * _DAY
            edges = [start]
            if _offset(start, zone) != _offset(end - timedelta(seconds=1), zone):
                edges.append(_change(start, end - timedelta(seconds=1), zone))
            edges.append(end)
            for lo, hi in pairwise(edges):
                base = naive_midnight - _offset(lo, zone)
                cells.append(_Cell(index, bucket.n, base, lo, hi))
            day += timedelta(days=1)
    return cells


def _cell_table(cells: Sequence[_Cell]) -> Any:
    """The cells as a common table expression: day, bucket, base, and their
    bounds as epoch seconds (for the arithmetic) and as stored instants (to
    find bookings through the index). One JSON parameter: the statement's
    text is the same for every period, so it is compiled once."""
    rows = integer_rows(
        "cell_rows",
        ("d", "n", "base", "lo", "hi"),
        [
            (c.day, c.bucket, c.base, int(c.start.timestamp()), int(c.end.timestamp()))
            for c in cells
        ],
    )
    r = rows.c
    return select(
        r.d,
        r.n,
        r.base,
        r.lo,
        r.hi,
        instant(r.lo).label("start_at"),
        instant(r.hi).label("end_at"),
    ).cte("cells")


# --------------------------------------------------------------------- bookings


@dataclass
class _Booked:
    """What the bookings statement gives, by key."""

    #: space id -> (bookings, seconds)
    spaces: dict[int, tuple[int, int]] = field(default_factory=dict)
    #: kind value -> seconds
    kinds: dict[str, int] = field(default_factory=dict)
    #: str(floor) -> seconds
    floors: dict[str, int] = field(default_factory=dict)
    #: (bucket, kind value) -> seconds
    series: dict[tuple[int, str], int] = field(default_factory=dict)
    #: (weekday, hour) -> seconds, meeting rooms
    hours: dict[tuple[int, int], int] = field(default_factory=dict)
    #: day -> flex desks with a booking
    flex: dict[int, int] = field(default_factory=dict)


def _pieces(cells: Any, period_start: datetime) -> Any:
    """A function that gives, each time it is called, a new subquery of every
    confirmed booking cut at the cells' edges: one row per (booking, cell) it
    meets: the space's id, the cell's day ``d`` and bucket ``n``, the piece's
    start and end in wall-clock seconds of its day (``wall``, ``wall_end``)
    and ``starts`` (1 for a booking's first piece in the period).

    The bookings are read once, in the order of the index on ``start_at``
    (one cell after the other; rows of a day lie together in the table), as
    a few integers each; the spaces' kinds are looked up after the sums, not
    for every booking."""
    c = cells.c
    ends_later = Booking.end_at > c.end_at
    # The cell each booking of the period starts in; what runs on past the
    # cell (rare: over midnight, or through a clock change) is kept as
    # epoch seconds from the cell's end (``spill_from``) to ``spill_to``.
    in_start_cell = (
        select(
            Booking.space_id,
            c.d,
            c.n,
            (epoch(Booking.start_at) - c.base).label("wall"),
            (case((ends_later, c.hi), else_=epoch(Booking.end_at)) - c.base).label("wall_end"),
            literal(1, Integer).label("starts"),
            case((ends_later, c.hi), else_=null()).label("spill_from"),
            case((ends_later, epoch(Booking.end_at)), else_=null()).label("spill_to"),
        )
        .select_from(cells)
        .join(Booking, and_(Booking.start_at >= c.start_at, Booking.start_at < c.end_at))
        .where(Booking.status != BookingStatus.CANCELLED)
    )
    # Bookings that started before the period and reach into it: read first
    # (MATERIALIZED keeps the planner from reading them again for every
    # cell), then cut at every cell they meet.
    before = (
        select(
            Booking.space_id,
            Booking.start_at,
            Booking.end_at,
            epoch(Booking.start_at).label("lo"),
            epoch(Booking.end_at).label("hi"),
        )
        .where(
            Booking.status != BookingStatus.CANCELLED,
            Booking.start_at >= period_start - timedelta(days=MAX_BOOKING_DAYS + 1),
            Booking.start_at < period_start,
            Booking.end_at > period_start,
        )
        .cte("before_period")
        .prefix_with("MATERIALIZED")
    )
    b = before.c
    reaching_in = (
        select(
            b.space_id,
            c.d,
            c.n,
            (case((b.lo > c.lo, b.lo), else_=c.lo) - c.base).label("wall"),
            (case((b.hi < c.hi, b.hi), else_=c.hi) - c.base).label("wall_end"),
            case((c.lo == int(period_start.timestamp()), 1), else_=0).label("starts"),
            cast(null(), BigInteger).label("spill_from"),
            cast(null(), BigInteger).label("spill_to"),
        )
        .select_from(before)
        .join(cells, and_(c.start_at < b.end_at, c.end_at > b.start_at))
    )
    first = union_all(in_start_cell, reaching_in).cte("first_pieces").prefix_with("MATERIALIZED")
    f = first.c
    following = cells.alias("following")
    g = following.c
    running_on = (
        select(
            f.space_id,
            g.d,
            g.n,
            (g.lo - g.base).label("wall"),
            (case((f.spill_to < g.hi, f.spill_to), else_=g.hi) - g.base).label("wall_end"),
            literal(0, Integer).label("starts"),
        )
        .select_from(first)
        .join(following, and_(g.lo >= f.spill_from, g.lo < f.spill_to))
        .where(f.spill_to.is_not(None))
        .cte("running_on")
    )
    names = ("space_id", "d", "n", "wall", "wall_end", "starts")

    def pieces() -> Any:
        return union_all(
            select(*(f[name] for name in names)),
            select(*(running_on.c[name] for name in names)),
        ).subquery()

    return pieces


def _booked(
    session: Session,
    cells: Sequence[_Cell],
    kinds: Sequence[SpaceKind],
    first: date,
    zone: ZoneInfo,
) -> _Booked:
    """The bookings' sums, in one statement: per space, kind and floor; per
    bucket and kind; flex desks booked per day; per weekday and hour for the
    meeting rooms.

    SQLite groups by sorting, so the pieces (about 100,000 in a year of the
    large hub) are sorted twice: by (space, day), from which every sum but
    the hours comes, and the meeting rooms' by (weekday, wall-clock span)."""
    table = _cell_table(cells)
    pieces = _pieces(table, local_midnight(first, zone))
    wanted = [kind.value for kind in kinds]
    kind = cast(Space.kind, String(32))

    p = pieces().c
    by_day = (
        select(
            p.space_id,
            p.d,
            p.n,
            func.sum(p.wall_end - p.wall).label("seconds"),
            func.sum(p.starts).label("bookings"),
        )
        .group_by(p.space_id, p.d, p.n)
        .cte("by_day")
        .prefix_with("MATERIALIZED")
    )
    sd = by_day.c
    by_kind = (
        select(
            kind.label("kind"),
            sd.d,
            sd.n,
            func.sum(sd.seconds).label("seconds"),
            func.count().label("spaces"),
        )
        .join(Space, Space.id == sd.space_id)
        .where(kind.in_(wanted))
        .group_by(kind, sd.d, sd.n)
        .cte("by_kind")
    )
    kd = by_kind.c
    per_space = (
        select(
            sd.space_id,
            kind.label("kind"),
            Space.floor,
            func.sum(sd.seconds).label("seconds"),
            func.sum(sd.bookings).label("bookings"),
        )
        .join(Space, Space.id == sd.space_id)
        .where(kind.in_(wanted))
        .group_by(sd.space_id, kind, Space.floor)
        .cte("per_space")
    )
    ps = per_space.c
    sections = [
        select(*_row("space", ps.space_id, None, None, ps.seconds, ps.bookings)),
        select(*_row("kind", None, ps.kind, None, func.sum(ps.seconds), 0)).group_by(ps.kind),
        select(*_row("floor", ps.floor, None, None, func.sum(ps.seconds), 0)).group_by(ps.floor),
        select(*_row("series", kd.n, kd.kind, None, func.sum(kd.seconds), 0)).group_by(
            kd.n, kd.kind
        ),
        select(*_row("flex", kd.d, None, None, 0, kd.spaces)).where(
            kd.kind == SpaceKind.FLEX_DESK.value
        ),
    ]
    if SpaceKind.MEETING_ROOM in kinds:
        sections.append(_hours_section(pieces(), first.weekday()))
    found = _Booked()
    for section, a, b, c, total, count in session.execute(union_all(*sections)):
        total = int(total or 0)
        if section == "space":
            found.spaces[a] = (int(count), total)
        elif section == "kind":
            found.kinds[b] = total
        elif section == "floor":
            found.floors[str(a)] = total
        elif section == "series":
            found.series[(a, b)] = total
        elif section == "hour":
            found.hours[(a, c)] = total
        else:
            found.flex[a] = int(count)
    return found


def _hours_section(pieces: Any, first_weekday: int) -> Any:
    """The meeting rooms' booked seconds per (weekday, wall-clock hour): their
    pieces with the same weekday and span are counted together, then cut into
    hours. The weekday is the day's position in the period plus the first
    day's weekday, modulo 7."""
    r = pieces.c
    rooms = select(Space.id).where(Space.kind == SpaceKind.MEETING_ROOM)
    weekday = (r.d + first_weekday) % 7
    spans = (
        select(weekday.label("w"), r.wall, r.wall_end, func.count().label("k"))
        .where(r.space_id.in_(rooms.scalar_subquery()))
        .group_by(weekday, r.wall, r.wall_end)
        .cte("spans")
    )
    sp = spans.c
    hours = integer_rows("day_hours", ("h",), [(h,) for h in range(24)])
    lo, hi = hours.c.h * _HOUR, hours.c.h * _HOUR + _HOUR
    inside = case((sp.wall_end < hi, sp.wall_end), else_=hi) - case(
        (sp.wall > lo, sp.wall), else_=lo
    )
    return (
        select(*_row("hour", sp.w, None, hours.c.h, func.sum(inside * sp.k), 0))
        .select_from(spans)
        .join(hours, and_(lo < sp.wall_end, hi > sp.wall))
        .group_by(sp.w, hours.c.h)
    )


def _row(section: str, a: Any, b: Any, c: Any, total: Any, count: Any) -> list[Any]:
    """A row of the bookings statement: its section's name, up to three keys
    (two numbers and a text) and the sums; every section has these columns."""

    def typed(value: Any, kind: Any) -> Any:
        if value is None:
            return cast(null(), kind)
        if isinstance(value, str | int):
            return cast(literal(value), kind)
        return cast(value, kind)

    return [
        literal(section, String(8)).label("section"),
        typed(a, Integer).label("a"),
        typed(b, String(32)).label("b"),
        typed(c, Integer).label("c"),
        typed(total, BigInteger).label("seconds"),
        typed(count, Integer).label("count"),
    ]


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


def _groups(
    spaces: Sequence[SpaceUsage],
    booked: dict[str, int],
    key: Any,
    open_seconds: int,
) -> tuple[GroupUsage, ...]:
    counts: dict[str, int] = {}
    for space in spaces:
        counts[key(space)] = counts.get(key(space), 0) + 1
    return tuple(
        GroupUsage(name, count, booked.get(name, 0), count * open_seconds)
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
            or_(
                CheckIn.flex_units > 0,
                CheckIn.billable.is_(True),
                CheckIn.day_pass_id.is_not(None),
            ),
        )
        .correlate(bounds)
        .scalar_subquery()
    )
    found = {day: count for day, count in session.execute(select(bounds.c.d, people))}
    return [int(found.get(n) or 0) for n in range(len(days))]


# ----------------------------------------------------------------------- offices


class _day_number(FunctionElement[int]):
    """Days since 1970-01-01 of a stored date, as an integer."""

    type = Integer()
    inherit_cache = True


@compiles(_day_number, "sqlite")
def _day_number_sqlite(element: _day_number, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(julianday({compiler.process(element.clauses, **kw)}) - 2440587.5 AS INTEGER)"


@compiles(_day_number)
def _day_number_default(element: _day_number, compiler: SQLCompiler, **kw: Any) -> str:
    return f"(({compiler.process(element.clauses, **kw)}) - DATE '1970-01-01')"


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
            _day_number(lo).label("lo"),
            _day_number(hi).label("hi"),
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
    last_day = (last - _EPOCH_DAY).days
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
