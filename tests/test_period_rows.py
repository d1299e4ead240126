"""The buckets as rows a query joins on, on SQLite and PostgreSQL: the same
instants and days come back, a clock change included, and a year of days
binds as one parameter."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import String, column, select

from hubdesk.db import Database
from hubdesk.domain.periods import Grain, buckets
from hubdesk.services.periods import bucket_days, bucket_table, day_buckets, rows_table
from tests.helpers import ZONE


def test_buckets_come_back_as_they_went_in(any_db: Database) -> None:
    # the week of the clock change of 29 March 2026 (a 23-hour Sunday)
    found = buckets(date(2026, 3, 23), date(2026, 3, 31), Grain.DAY, ZONE)
    instants = bucket_table(found)
    days = bucket_days(found)
    with any_db.read() as s:
        rows = s.execute(
            select(instants.c.n, instants.c.start_at, instants.c.end_at).order_by(instants.c.n)
        ).all()
        spans = s.execute(
            select(days.c.n, days.c.first_on, days.c.last_on).order_by(days.c.n)
        ).all()
    assert [tuple(r) for r in rows] == [(b.n, b.start, b.end) for b in found]
    assert [tuple(r) for r in spans] == [(b.n, b.first, b.last) for b in found]
    sunday = rows[6]
    assert sunday.start_at == datetime(2026, 3, 28, 23, 0, tzinfo=UTC)
    assert (sunday.end_at - sunday.start_at).total_seconds() == 23 * 3600


def test_rows_join_and_compare_like_stored_values(any_db: Database) -> None:
    found = buckets(date(2025, 1, 1), date(2027, 12, 31), Grain.DAY, ZONE)
    days = bucket_days(found)
    names = rows_table("names", [column("name", String())], [("Ødegaard",), ("O'Brien",)])
    with any_db.read() as s:
        bucket = s.scalar(select(days.c.n).where(days.c.last_on == date(2026, 2, 28)).limit(1))
        total = len(s.execute(select(days.c.n)).all())
        text = s.scalars(select(names.c.name).order_by(names.c.name)).all()
    assert total == len(found) == 1095
    assert bucket == day_buckets(found)[date(2026, 2, 28)]
    assert text == ["O'Brien", "Ødegaard"]


def test_each_day_goes_to_its_bucket() -> None:
    found = buckets(date(2026, 1, 28), date(2026, 3, 3), Grain.MONTH, ZONE)
    mapping = day_buckets(found)
    assert len(mapping) == 35
    assert mapping[date(2026, 1, 28)] == 0
    assert mapping[date(2026, 2, 28)] == 1
    assert mapping[date(2026, 3, 3)] == 2
    assert date(2026, 3, 4) not in mapping
