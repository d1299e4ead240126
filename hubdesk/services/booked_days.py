"""Booked time per space and local day (the ``booked_days`` table), kept equal
to the confirmed bookings.

A year's occupancy report reads some 45,000 rows of this table instead of
cutting 100,000 bookings at local days and hours every time. The table is
derived data: every write of a booking goes through
:mod:`hubdesk.services.bookings`, which adds a new booking's time
(:func:`add`) and takes a moved or cancelled one's out and puts it back
(:func:`changing`), in the same transaction as the booking itself. Adding and
taking away (rather than counting a day again from its bookings) lets two
desks on PostgreSQL book the same room on the same day at once: each only
adds its own booking, under the row's lock.

The whole table is built again from the bookings (:func:`rebuild`) when the
hub's time zone changes, when hubdesk opens a database whose table was built
in another zone or never (``HubSettings.booked_days_zone``, see
:func:`is_stale`), and after the demo's bulk insert.

How a booking is cut: into *cells* (a cell is a local day, or the part of
it before or after a clock change), each with the instant its wall clock
counts from, so a local hour is plain arithmetic on seconds. One booking is
cut in Python as it is stored (a day or two: about 0.2 ms, where building a
statement for it would take more than the rest of the booking). All of them
are cut by one statement per year of days: a booking joins the cell its start
falls in through the index on ``bookings.start_at``; the rare booking that
runs on past its first cell (over midnight, or through a clock change) is
joined again with the later cells it meets; one that started before the
first cell (at most ``MAX_BOOKING_DAYS`` earlier) is joined with the cells it
reaches into. Both use the same cells, and the tests hold them equal (over
midnight, through both clock changes, for a month).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    BigInteger,
    Integer,
    and_,
    bindparam,
    case,
    cast,
    delete,
    func,
    literal,
    literal_column,
    null,
    select,
    union_all,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from hubdesk.domain.enums import BookingStatus
from hubdesk.domain.models import (
    BOOKED_HOURS,
    MAX_BOOKING_DAYS,
    Booking,
    HubSettings,
    booked_days,
)
from hubdesk.domain.periods import local_midnight
from hubdesk.services.periods import EPOCH_DAY, date_of, epoch, instant, integer_rows

_DAY = 86_400
_HOUR = 3_600
#: Days of bookings one statement of :func:`rebuild` cuts.
_REBUILD_DAYS = 366

_SUMS = ("seconds", "bookings", *BOOKED_HOURS)


# ------------------------------------------------------------------ upkeep


def add(
    session: Session, space_id: int, start_at: datetime, end_at: datetime, zone: ZoneInfo
) -> None:
    """Count a confirmed booking that was just stored."""
    _apply(session, space_id, start_at, end_at, zone, 1)


@contextmanager
def changing(session: Session, booking: Booking, zone: ZoneInfo) -> Iterator[None]:
    """Around a change of a booking (its times, space or status): its time
    as it was is taken out before, and as it is (flushed) counted after; a
    cancelled booking's time is not counted."""
    if booking.status != BookingStatus.CANCELLED:
        _apply(session, booking.space_id, booking.start_at, booking.end_at, zone, -1)
    yield
    session.flush()
    if booking.status != BookingStatus.CANCELLED:
        _apply(session, booking.space_id, booking.start_at, booking.end_at, zone, 1)


def is_stale(session: Session) -> bool:
    """Whether the table was built in another time zone than the hub's, or
    never (a database from before the table, or written around it)."""
    row = session.execute(select(HubSettings.time_zone, HubSettings.booked_days_zone)).first()
    return row is not None and row.time_zone != row.booked_days_zone


def bring_up_to_date(session: Session) -> bool:
    """Build the table again if :func:`is_stale`; True if it did. The
    settings row is locked first (PostgreSQL), so two desks opening the same
    database at once build it once."""
    row = session.execute(
        select(HubSettings.time_zone, HubSettings.booked_days_zone).with_for_update()
    ).first()
    if row is None or row.time_zone == row.booked_days_zone:
        return False
    rebuild(session, row.time_zone)
    return True


def rebuild(session: Session, zone_name: str) -> None:
    """Count every confirmed booking again, in the local days of
    ``zone_name``, and note that zone as the table's."""
    zone = ZoneInfo(zone_name)
    session.execute(delete(booked_days))
    confirmed = Booking.status != BookingStatus.CANCELLED
    lo, hi = session.execute(
        select(func.min(Booking.start_at), func.max(Booking.end_at)).where(confirmed)
    ).one()
    if lo is not None:
        first, last = lo.astimezone(zone).date(), _last_day(hi, zone)
        while first <= last:
            through = min(last, first + timedelta(days=_REBUILD_DAYS - 1))
            cells = _cell_table(_cells(first, through, zone))
            pieces = _pieces(cells, local_midnight(first, zone))
            session.execute(booked_days.insert().from_select(_COLUMNS, _sums(pieces)))
            first = through + timedelta(days=1)
    session.execute(update(HubSettings).values(booked_days_zone=zone_name))


def _apply(
    session: Session,
    space_id: int,
    start_at: datetime,
    end_at: datetime,
    zone: ZoneInfo,
    sign: int,
) -> None:
    """Add one booking's time (``sign`` 1) to its days' rows, or take it
    away (-1). Cut here, in the same cells as the statement that counts all
    bookings (:func:`rebuild`): one booking has a day or two, and building
    that statement would take longer than the booking itself."""
    first, last = start_at.astimezone(zone).date(), _last_day(end_at, zone)
    start, end = int(start_at.timestamp()), int(end_at.timestamp())
    rows: dict[int, dict[str, Any]] = {}
    for cell in _cells(first, last, zone):
        lo, hi = max(start, int(cell.start.timestamp())), min(end, int(cell.end.timestamp()))
        if lo >= hi:
            continue
        row = rows.setdefault(
            cell.day,
            {"day": EPOCH_DAY + timedelta(days=cell.day), "space_id": space_id}
            | dict.fromkeys(_SUMS, 0),
        )
        row["seconds"] += sign * (hi - lo)
        if lo == start:
            row["bookings"] += sign
        wall, wall_end = lo - cell.base, hi - cell.base
        for hour in range(wall // _HOUR, (wall_end - 1) // _HOUR + 1):
            inside = min(wall_end, (hour + 1) * _HOUR) - max(wall, hour * _HOUR)
            row[BOOKED_HOURS[hour]] += sign * inside
    if not rows:
        return
    session.execute(_upsert(session.get_bind().dialect.name), list(rows.values()))
    if sign > 0:
        return
    # a day whose last booking left it has no row
    session.execute(_empty_days(), {"space_id": space_id, "first": first, "last": last})


@cache
def _empty_days() -> Any:
    t = booked_days.c
    return delete(booked_days).where(
        t.space_id == bindparam("space_id"),
        t.day >= bindparam("first"),
        t.day <= bindparam("last"),
        t.seconds == 0,
        t.bookings == 0,
    )


@cache
def _upsert(dialect: str) -> Any:
    """Rows of ``booked_days`` added to those already there."""
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(booked_days)
    return statement.on_conflict_do_update(
        index_elements=[booked_days.c.day, booked_days.c.space_id],
        set_={name: booked_days.c[name] + statement.excluded[name] for name in _SUMS},
    )


def _last_day(end: datetime, zone: ZoneInfo) -> date:
    """The local day of a booking's last moment (an end at midnight is the
    day before's)."""
    return (end - timedelta(microseconds=1)).astimezone(zone).date()


# ------------------------------------------------------------------- cells


@dataclass(frozen=True)
class _Cell:
    #: The local day, as days since 1970-01-01.
    day: int
    #: Epoch seconds from which the cell's wall clock counts: its local
    #: midnight as if its offset had held all day (wall seconds = epoch - base).
    base: int
    start: datetime
    end: datetime


def _offset(moment: datetime, zone: ZoneInfo) -> int:
    found = moment.astimezone(zone).utcoffset()
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


def _cells(first: date, last: date, zone: ZoneInfo) -> list[_Cell]:
    """The local days from ``first`` to ``last``, each cut where the zone's
    offset changes."""
    cells: list[_Cell] = []
    day = first
    while day <= last:
        start = local_midnight(day, zone).astimezone(UTC)
        end = local_midnight(day + timedelta(days=1), zone).astimezone(UTC)
        number = (day - EPOCH_DAY).days
        edges = [start]
        if _offset(start, zone) != _offset(end - timedelta(seconds=1), zone):
            edges.append(_change(start, end - timedelta(seconds=1), zone))
        edges.append(end)
        for lo, hi in pairwise(edges):
            cells.append(_Cell(number, number * _DAY - _offset(lo, zone), lo, hi))
        day += timedelta(days=1)
    return cells


def _cell_table(cells: Sequence[_Cell]) -> Any:
    """The cells as a common table expression: day, base, and their bounds as
    epoch seconds (for the arithmetic) and as stored instants (to find
    bookings through the index). One JSON parameter: the statement's text is
    the same for any days, so it is compiled once."""
    rows = integer_rows(
        "cell_rows",
        ("d", "base", "lo", "hi"),
        [(c.day, c.base, int(c.start.timestamp()), int(c.end.timestamp())) for c in cells],
    )
    r = rows.c
    return select(
        r.d,
        r.base,
        r.lo,
        r.hi,
        instant(r.lo).label("start_at"),
        instant(r.hi).label("end_at"),
    ).cte("cells")


# ------------------------------------------------------------------ pieces


def _pieces(cells: Any, period_start: datetime) -> Any:
    """Every confirmed booking cut at the cells' edges: one row per (booking,
    cell) it meets, with the space's id, the cell's day ``d``, the piece's
    start and end in wall-clock seconds of its day (``wall``, ``wall_end``)
    and ``starts`` (1 for the piece where the booking starts)."""
    c = cells.c
    ends_later = Booking.end_at > c.end_at
    # The cell each booking starts in; what runs on past the cell (rare: over
    # midnight, or through a clock change) is kept as epoch seconds from the
    # cell's end (``spill_from``) to ``spill_to``.
    in_start_cell = (
        select(
            Booking.space_id,
            c.d,
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
    first = union_all(in_start_cell, _reaching_in(cells, period_start))
    first_pieces = first.cte("first_pieces").prefix_with("MATERIALIZED")
    f = first_pieces.c
    following = cells.alias("following")
    g = following.c
    running_on = (
        select(
            f.space_id,
            g.d,
            (g.lo - g.base).label("wall"),
            (case((f.spill_to < g.hi, f.spill_to), else_=g.hi) - g.base).label("wall_end"),
            literal(0, Integer).label("starts"),
        )
        .select_from(first_pieces)
        .join(following, and_(g.lo >= f.spill_from, g.lo < f.spill_to))
        .where(f.spill_to.is_not(None))
    )
    names = ("space_id", "d", "wall", "wall_end", "starts")
    return union_all(select(*(f[name] for name in names)), running_on).subquery("pieces")


def _reaching_in(cells: Any, period_start: datetime) -> Any:
    """The pieces of the bookings that started before the first cell and
    reach into it (as :func:`_pieces` gives them)."""
    c = cells.c
    # Bookings that started before the first cell and reach into it: read
    # first (MATERIALIZED keeps the planner from reading them again for every
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
    return (
        select(
            b.space_id,
            c.d,
            (case((b.lo > c.lo, b.lo), else_=c.lo) - c.base).label("wall"),
            (case((b.hi < c.hi, b.hi), else_=c.hi) - c.base).label("wall_end"),
            literal(0, Integer).label("starts"),
            cast(null(), BigInteger).label("spill_from"),
            cast(null(), BigInteger).label("spill_to"),
        )
        .select_from(before)
        .join(cells, and_(c.start_at < b.end_at, c.end_at > b.start_at))
    )


_COLUMNS = ("day", "space_id", *_SUMS)


def _sums(pieces: Any) -> Any:
    """The rows of ``booked_days`` from the pieces."""
    p = pieces.c

    def hour(h: int) -> Any:
        # as literals: bound, its 150 constants would be bound on every run
        lo: Any = literal_column(str(h * _HOUR))
        hi: Any = literal_column(str((h + 1) * _HOUR))
        end = case((p.wall_end < hi, p.wall_end), else_=hi)
        start = case((p.wall > lo, p.wall), else_=lo)
        return func.sum(case((and_(p.wall < hi, p.wall_end > lo), end - start), else_=0))

    return (
        select(
            date_of(p.d),
            p.space_id,
            func.sum(p.wall_end - p.wall),
            func.sum(p.starts),
            *(hour(h) for h in range(24)),
        )
        .where(p.wall_end > p.wall)
        .group_by(p.d, p.space_id)
    )
