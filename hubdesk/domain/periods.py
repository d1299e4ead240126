"""Periods the reports cover: whole local days, ``first`` to ``last`` included,
cut into buckets of a day, a week (Monday to Sunday) or a calendar month.

Each bucket knows its local days and its bounds as instants (local midnights
in the hub's zone, so a day of a clock change is 23 or 25 hours long). The
SQL that counts time inside buckets is in :mod:`hubdesk.services.periods`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

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


def is_whole(first: date, last: date, grain: Grain) -> bool:
    """Whether ``first`` to ``last`` is a whole day, week or month: a
    bucket the report's period did not cut short."""
    return bucket_start(first, grain) == first and _next_start(first, grain) == last + timedelta(
        days=1
    )


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
