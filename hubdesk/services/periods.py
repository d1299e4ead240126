"""Periods the reports count over, and the SQL that counts time on both engines.

A report covers whole local days, ``first`` to ``last`` included, cut into
buckets of a day, a week (Monday to Sunday) or a calendar month. Each bucket
knows its local days and its bounds as UTC instants (local midnights, so a
day of a clock change is 23 or 25 hours long).

The numbers themselves are computed in SQL. Instants are stored as
``timestamptz`` on PostgreSQL and as ``'YYYY-MM-DD HH:MM:SS'`` UTC text on
SQLite; :func:`epoch`, :func:`later` and :func:`earlier` give one expression
for both, so a report can clip a booking to a bucket and sum its seconds in
the database. :func:`bucket_table` hands the buckets to a query as a
common table expression over ``VALUES`` to join on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, column, values
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from hubdesk.domain.types import UTCDateTime

#: The longest period a report covers (a few years, with leap days).
MAX_REPORT_DAYS = 3 * 366 + 1


class Grain(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class Bucket:
    """One day, week or month of a report, cut to the report's period."""

    #: Position in the report, from 0.
    n: int
    first: date
    last: date
    #: Local midnight at the start of ``first`` and after ``last``, in UTC.
    start: datetime
    end: datetime

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def bucket_start(day: date, grain: Grain) -> date:
    """The first day of the day, week or month ``day`` falls in."""
    if grain is Grain.WEEK:
        return day - timedelta(days=day.weekday())
    if grain is Grain.MONTH:
        return day.replace(day=1)
    return day


def _next_start(day: date, grain: Grain) -> date:
    if grain is Grain.WEEK:
        return day + timedelta(days=7)
    if grain is Grain.MONTH:
        return (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return day + timedelta(days=1)


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), zone)


def buckets(first: date, last: date, grain: Grain, zone: ZoneInfo) -> list[Bucket]:
    """The buckets covering ``first`` to ``last`` (both included); the first
    and the last bucket are cut to the period."""
    if last < first:
        raise ValueError("a period ends on or after its first day")
    found: list[Bucket] = []
    start = bucket_start(first, grain)
    while start <= last:
        following = _next_start(start, grain)
        lo, hi = max(start, first), min(following - timedelta(days=1), last)
        found.append(
            Bucket(
                len(found),
                lo,
                hi,
                local_midnight(lo, zone),
                local_midnight(hi + timedelta(days=1), zone),
            )
        )
        start = following
    return found


def bucket_table(found: Sequence[Bucket], name: str = "buckets") -> Any:
    """The buckets as a common table expression with columns ``n``,
    ``start_at`` and ``end_at`` (instants of the same type as the stored
    ones). SQLite cannot name the columns of a bare ``VALUES`` in ``FROM``,
    so it is a CTE."""
    return (
        values(
            column("n", Integer),
            column("start_at", UTCDateTime()),
            column("end_at", UTCDateTime()),
            name=name,
        )
        .data([(b.n, b.start, b.end) for b in found])
        .cte(name)
    )


# ---------------------------------------------------------------- SQL on instants


class epoch(FunctionElement[int]):
    """Seconds since 1970-01-01 UTC of a stored instant, as an integer."""

    type = Integer()
    inherit_cache = True


@compiles(epoch, "sqlite")
def _epoch_sqlite(element: epoch, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(strftime('%s', {compiler.process(element.clauses, **kw)}) AS INTEGER)"


@compiles(epoch)
def _epoch_default(element: epoch, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(EXTRACT(EPOCH FROM {compiler.process(element.clauses, **kw)}) AS BIGINT)"


class later(FunctionElement[datetime]):
    """The later of two instants (stored text compares in time order on SQLite)."""

    type = UTCDateTime()
    inherit_cache = True


@compiles(later, "sqlite")
def _later_sqlite(element: later, compiler: SQLCompiler, **kw: Any) -> str:
    return f"max({compiler.process(element.clauses, **kw)})"


@compiles(later)
def _later_default(element: later, compiler: SQLCompiler, **kw: Any) -> str:
    return f"GREATEST({compiler.process(element.clauses, **kw)})"


class earlier(FunctionElement[datetime]):
    """The earlier of two instants."""

    type = UTCDateTime()
    inherit_cache = True


@compiles(earlier, "sqlite")
def _earlier_sqlite(element: earlier, compiler: SQLCompiler, **kw: Any) -> str:
    return f"min({compiler.process(element.clauses, **kw)})"


@compiles(earlier)
def _earlier_default(element: earlier, compiler: SQLCompiler, **kw: Any) -> str:
    return f"LEAST({compiler.process(element.clauses, **kw)})"


def seconds_inside(start: Any, end: Any, lo: Any, hi: Any) -> Any:
    """Seconds of ``start`` to ``end`` that fall inside ``lo`` to ``hi`` (callers
    join only rows that overlap, so the result is never negative)."""
    return epoch(earlier(end, hi)) - epoch(later(start, lo))
