"""One booking insert with the SQLite overlap guard on a 1,000,000-booking history.

Target: <= 2 ms per insert. The guard is the trigger ``bookings_no_overlap_insert``
of migration 0001, whose scan is bounded to bookings starting at most 32 days
before the new one.

Setup (cached in ``bench/.cache/overlap-1m.sqlite``; made once, ~1-2 min): a fresh
hub via ``Database.open`` (the real migrations, checks and triggers), 300 spaces,
then ~1M non-overlapping bookings over 10 years (per space ~3,333 bookings of 1-3 h
on working days, 07:00-17:20 UTC; evenings stay free), loaded with the stdlib
sqlite3 module in one ``executemany`` transaction with the triggers active.

Measured on a fresh copy of the cache, app settings (WAL, ``synchronous=FULL``,
``foreign_keys=ON``), each insert its own ``BEGIN IMMEDIATE`` ... ``COMMIT``:

a. raw INSERT of a non-conflicting booking, in the middle of history and at its end;
b. raw INSERT that conflicts (must fail with ``booking_overlap``), then ROLLBACK;
c. the same through ``services.bookings.create_booking`` inside ``Database.write()``
   (ORM path: space lookup, flush in a savepoint, audit entry; a conflict also runs
   the query naming the bookings in the way);
d. (a) and (b) again with the trigger's lower bound
   ``b.start_at >= datetime(NEW.start_at, '-32 days')`` removed (unbounded scan).

Run: ``.venv/bin/python bench/overlap_guard.py [-n 500]``. Prints p50/p95 and
the target; never fails on timings.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))

from hubdesk.db import Database  # noqa: E402
from hubdesk.domain.enums import SpaceKind  # noqa: E402
from hubdesk.domain.errors import BookingConflict  # noqa: E402
from hubdesk.domain.models import Space  # noqa: E402
from hubdesk.services import hub  # noqa: E402
from hubdesk.services.audit import SYSTEM  # noqa: E402
from hubdesk.services.bookings import BookingRequest, create_booking  # noqa: E402

CACHE = BENCH / ".cache"
HISTORY_DB = CACHE / "overlap-1m.sqlite"
HISTORY_META = CACHE / "overlap-1m.json"
WORK_DB = CACHE / "overlap-work.sqlite"

#: Bump when the generated history changes, so an old cache is rebuilt.
HISTORY_VERSION = 1
SPACES = 300
BOOKINGS = 1_000_000
FIRST_DAY = date(2016, 1, 1)
LAST_DAY = date(2025, 12, 31)
SEED = 20261122
TARGET_MS = 2.0
WARM_UP = 10

BOUND = "AND b.start_at >= datetime(NEW.start_at, '-32 days')"
INSERT_SQL = (
    "INSERT INTO bookings (space_id, customer_name, title, people, start_at, end_at,"
    " blocked_until, status, price, billable, notes, created_at)"
    " VALUES (?, '', ?, 1, ?, ?, ?, 'confirmed', 0, 0, '', ?)"
)
CREATED_AT = "2015-12-01 09:00:00"


def buffer_minutes(space_index: int) -> int:
    """0, 5, 10 or 15 minutes kept free after each booking (the blocked_until)."""
    return (space_index % 4) * 5


def instant(day: date, minute_of_day: int) -> str:
    return f"{day.isoformat()} {minute_of_day // 60:02d}:{minute_of_day % 60:02d}:00"


def working_days(first: date, last: date) -> list[date]:
    days, day = [], first
    while day <= last:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def _remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()


def connect(path: Path) -> sqlite3.Connection:
    """A raw connection set up like the app's (transactions by hand)."""
    connection = sqlite3.connect(path, isolation_level=None, timeout=5.0)
    connection.execute("PRAGMA busy_timeout = 5000")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA synchronous = FULL")
    mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal", mode
    return connection


# ------------------------------------------------------------------ the history


def history_rows(space_ids: list[int], days: list[date]) -> Iterator[tuple[object, ...]]:
    """Chronological, non-overlapping bookings: every working day one booking in the
    morning per space, on some days a second one in the afternoon, so that space i
    gets exactly its share of BOOKINGS."""
    rng = random.Random(SEED)
    per_space, extra = divmod(BOOKINGS, len(space_ids))
    second_days: list[set[int]] = []
    for index in range(len(space_ids)):
        wanted = per_space + (1 if index < extra else 0)
        second_days.append(set(rng.sample(range(len(days)), wanted - len(days))))
    for day_index, day in enumerate(days):
        for index, space_id in enumerate(space_ids):
            buffer = buffer_minutes(index)
            # morning: start 07:00-09:00, 1-3 h (ends by 12:00, blocked by 12:15)
            start = 7 * 60 + 30 * rng.randrange(5)
            end = start + 60 * rng.randrange(1, 4)
            yield (
                space_id,
                "history",
                instant(day, start),
                instant(day, end),
                instant(day, end + buffer),
                CREATED_AT,
            )
            if day_index in second_days[index]:
                # afternoon: start 13:00-14:00, 1-3 h (ends by 17:00, blocked by 17:15)
                start = 13 * 60 + 30 * rng.randrange(3)
                end = start + 60 * rng.randrange(1, 4)
                yield (
                    space_id,
                    "history",
                    instant(day, start),
                    instant(day, end),
                    instant(day, end + buffer),
                    CREATED_AT,
                )


def build_history() -> dict[str, object]:
    partial = CACHE / "overlap-1m.partial.sqlite"
    _remove_db(partial)
    started = time.perf_counter()
    database = Database.open(partial)
    try:
        with database.write() as session:
            hub.ensure_defaults(session, "Overlap bench hub")
            session.add_all(
                Space(
                    name=f"Room {index + 1:03d}",
                    kind=SpaceKind.MEETING_ROOM,
                    capacity=8,
                    buffer_minutes=buffer_minutes(index),
                )
                for index in range(SPACES)
            )
    finally:
        database.close()
    schema_s = time.perf_counter() - started

    connection = connect(partial)
    space_ids = [row[0] for row in connection.execute("SELECT id FROM spaces ORDER BY id")]
    triggers = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
    }
    assert "bookings_no_overlap_insert" in triggers, triggers
    days = working_days(FIRST_DAY, LAST_DAY)
    # big page cache for the load only (1 GiB); the measurements use the default
    connection.execute("PRAGMA cache_size = -1048576")
    started = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(INSERT_SQL, history_rows(space_ids, days))
    connection.execute("COMMIT")
    load_s = time.perf_counter() - started
    rows = connection.execute("SELECT count(*) FROM bookings").fetchone()[0]
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    _remove_db(HISTORY_DB)
    partial.rename(HISTORY_DB)
    _remove_db(partial)
    meta = {
        "version": HISTORY_VERSION,
        "rows": rows,
        "spaces": len(space_ids),
        "working_days": len(days),
        "schema_s": round(schema_s, 3),
        "load_s": round(load_s, 3),
        "load_with_triggers": True,
    }
    HISTORY_META.write_text(json.dumps(meta, indent=2) + "\n")
    return meta


def ensure_history() -> tuple[dict[str, object], bool]:
    CACHE.mkdir(exist_ok=True)
    if HISTORY_DB.is_file() and HISTORY_META.is_file():
        meta = json.loads(HISTORY_META.read_text())
        if meta.get("version") == HISTORY_VERSION:
            return meta, True
    return build_history(), False


# ------------------------------------------------------------------- measuring


@dataclass
class Series:
    label: str
    statement_ms: list[float]
    total_ms: list[float]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


@dataclass(frozen=True)
class Slot:
    space_id: int
    buffer: int
    start: datetime
    end: datetime

    def texts(self) -> tuple[str, str, str]:
        fmt = "%Y-%m-%d %H:%M:%S"
        blocked = self.end + timedelta(minutes=self.buffer)
        return self.start.strftime(fmt), self.end.strftime(fmt), blocked.strftime(fmt)


class Slots:
    """Distinct free slots, so no measured insert meets another: evenings (19:00-20:00
    UTC, never booked in the history) in the middle years, and days after the end of
    history; conflicts copy the times of an existing booking."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.rng = random.Random(SEED + 1)
        self.spaces = [
            (row[0], row[1])
            for row in connection.execute("SELECT id, buffer_minutes FROM spaces ORDER BY id")
        ]
        days = working_days(FIRST_DAY, LAST_DAY)
        self.middle_days = days[len(days) * 2 // 5 : len(days) * 3 // 5]
        self.used_middle: set[tuple[int, date]] = set()
        # each "end" series takes its own hour, 04:00, 06:00, ... (a gap for the buffer)
        self.end_hour = 4
        self.end_days = working_days(LAST_DAY + timedelta(days=1), LAST_DAY + timedelta(days=60))
        self.max_id = connection.execute("SELECT max(id) FROM bookings").fetchone()[0]
        self.connection = connection

    def middle(self, count: int) -> list[Slot]:
        slots = []
        while len(slots) < count:
            space_id, buffer = self.rng.choice(self.spaces)
            day = self.rng.choice(self.middle_days)
            if (space_id, day) in self.used_middle:
                continue
            self.used_middle.add((space_id, day))
            start = datetime(day.year, day.month, day.day, 19, tzinfo=UTC)
            slots.append(Slot(space_id, buffer, start, start + timedelta(hours=1)))
        return slots

    def end(self, count: int) -> list[Slot]:
        """Bookings after the last one of their space (history ends LAST_DAY)."""
        hour = self.end_hour
        self.end_hour += 2
        assert self.end_hour <= 22, "too many end series"
        slots = []
        for index in range(count):
            space_id, buffer = self.spaces[index % len(self.spaces)]
            day = self.end_days[index // len(self.spaces)]
            start = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
            slots.append(Slot(space_id, buffer, start, start + timedelta(hours=1)))
        return slots

    def conflicts(self, count: int, *, at_end: bool) -> list[Slot]:
        """Exactly the times of existing bookings: middle third of the ids, or the
        last ~10 working days of history (ids are chronological)."""
        if at_end:
            low, high = self.max_id - SPACES * 13, self.max_id
        else:
            low, high = self.max_id * 2 // 5, self.max_id * 3 // 5
        ids = self.rng.sample(range(low, high + 1), count)
        query = (
            "SELECT b.space_id, s.buffer_minutes, b.start_at, b.end_at FROM bookings b "
            "JOIN spaces s ON s.id = b.space_id WHERE b.id = ?"
        )
        slots = []
        for booking_id in ids:
            space_id, buffer, start, end = self.connection.execute(query, (booking_id,)).fetchone()
            slots.append(
                Slot(
                    space_id,
                    buffer,
                    datetime.fromisoformat(start).replace(tzinfo=UTC),
                    datetime.fromisoformat(end).replace(tzinfo=UTC),
                )
            )
        return slots


def raw_series(
    connection: sqlite3.Connection, label: str, slots: list[Slot], *, conflict: bool
) -> Series:
    statement_ms, total_ms = [], []
    unexpected = 0
    for index, slot in enumerate(slots):
        start, end, blocked = slot.texts()
        params = (slot.space_id, "bench", start, end, blocked, CREATED_AT)
        t0 = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        t1 = time.perf_counter()
        try:
            connection.execute(INSERT_SQL, params)
        except sqlite3.IntegrityError as error:
            t2 = time.perf_counter()
            connection.execute("ROLLBACK")
            if not conflict or "booking_overlap" not in str(error):
                unexpected += 1
        else:
            t2 = time.perf_counter()
            connection.execute("COMMIT")
            if conflict:
                unexpected += 1
        t3 = time.perf_counter()
        if index >= WARM_UP:
            statement_ms.append((t2 - t1) * 1000)
            total_ms.append((t3 - t0) * 1000)
    if unexpected:
        sys.exit(f"overlap bench: {unexpected} inserts of '{label}' did not behave as expected")
    return Series(label, statement_ms, total_ms)


def orm_series(database: Database, label: str, slots: list[Slot], *, conflict: bool) -> Series:
    total_ms = []
    unexpected = 0
    for index, slot in enumerate(slots):
        request = BookingRequest(slot.space_id, slot.start, slot.end, title="bench")
        t0 = time.perf_counter()
        try:
            with database.write() as session:
                create_booking(session, request, SYSTEM)
        except BookingConflict as error:
            if not conflict or not error.conflicts:
                unexpected += 1
        else:
            if conflict:
                unexpected += 1
        t1 = time.perf_counter()
        if index >= WARM_UP:
            total_ms.append((t1 - t0) * 1000)
    if unexpected:
        sys.exit(f"overlap bench: {unexpected} bookings of '{label}' did not behave as expected")
    return Series(label, [], total_ms)


def unbound_the_trigger(connection: sqlite3.Connection) -> None:
    """Re-create bookings_no_overlap_insert from its installed SQL minus the bound."""
    sql = connection.execute(
        "SELECT sql FROM sqlite_master WHERE type='trigger' AND name='bookings_no_overlap_insert'"
    ).fetchone()[0]
    lines = sql.splitlines()
    kept = [line for line in lines if line.strip() != BOUND]
    if len(kept) != len(lines) - 1:
        sys.exit(f"overlap bench: the trigger's bound {BOUND!r} not found in:\n{sql}")
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("DROP TRIGGER bookings_no_overlap_insert")
    connection.execute("\n".join(kept))
    connection.execute("COMMIT")


def query_plan(connection: sqlite3.Connection, bounded: bool) -> str:
    """The plan of the trigger's scan (as the equivalent SELECT)."""
    bound = "AND b.start_at >= datetime(:s, '-32 days')" if bounded else ""
    rows = connection.execute(
        "EXPLAIN QUERY PLAN SELECT 1 FROM bookings AS b WHERE b.space_id = :sp "
        f"{bound} AND b.start_at < :u AND :s < b.blocked_until AND b.status <> 'cancelled'",
        {"sp": 1, "s": "2021-01-04 19:00:00", "u": "2021-01-04 20:00:00"},
    ).fetchall()
    return "; ".join(row[-1] for row in rows)


# ------------------------------------------------------------------------ main


def _timed(what: str, action: Callable[[], object]) -> object:
    started = time.perf_counter()
    print(f"  {what} ...", end="", flush=True, file=sys.stderr)
    result = action()
    print(f" {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=500, help="measured inserts per case")
    args = parser.parse_args()
    count = args.n + WARM_UP
    run_started = time.perf_counter()

    print("overlap bench: preparing (progress on stderr)", file=sys.stderr)
    meta, cached = ensure_history()
    _remove_db(WORK_DB)
    _timed("fresh work copy of the cached history", lambda: shutil.copyfile(HISTORY_DB, WORK_DB))

    connection = connect(WORK_DB)
    slots = Slots(connection)
    plan_bounded = query_plan(connection, bounded=True)
    results: list[tuple[str, str, Series]] = []

    def raw(path: str, case: str, slot_list: list[Slot], conflict: bool) -> None:
        series = _timed(
            f"{path} {case}",
            lambda: raw_series(connection, f"{path} {case}", slot_list, conflict=conflict),
        )
        assert isinstance(series, Series)
        results.append((path, case, series))

    raw("raw", "free, middle", slots.middle(count), False)
    raw("raw", "free, end", slots.end(count), False)
    raw("raw", "conflict, middle", slots.conflicts(count, at_end=False), True)
    raw("raw", "conflict, end", slots.conflicts(count, at_end=True), True)

    orm_cases = [
        ("free, middle", slots.middle(count), False),
        ("free, end", slots.end(count), False),
        ("conflict, middle", slots.conflicts(count, at_end=False), True),
        ("conflict, end", slots.conflicts(count, at_end=True), True),
    ]
    unbounded_cases = [
        ("free, middle", slots.middle(count), False),
        ("free, end", slots.end(count), False),
        ("conflict, middle", slots.conflicts(count, at_end=False), True),
        ("conflict, end", slots.conflicts(count, at_end=True), True),
    ]
    connection.close()

    database = Database.open(WORK_DB, create=False)
    try:
        for case, slot_list, conflict in orm_cases:
            series = _timed(
                f"ORM {case}",
                lambda s=slot_list, c=conflict, k=case: orm_series(
                    database, f"ORM {k}", s, conflict=c
                ),
            )
            assert isinstance(series, Series)
            results.append(("ORM create_booking", case, series))
    finally:
        database.close()

    connection = connect(WORK_DB)
    unbound_the_trigger(connection)
    plan_unbounded = query_plan(connection, bounded=False)
    for case, slot_list, conflict in unbounded_cases:
        raw("raw, unbounded trigger", case, slot_list, conflict)
    rows_now = connection.execute("SELECT count(*) FROM bookings").fetchone()[0]
    connection.close()
    _remove_db(WORK_DB)

    # ---------------------------------------------------------------- report
    load_s, rows = float(str(meta["load_s"])), int(str(meta["rows"]))
    print(
        f"overlap guard bench: {rows:,} bookings over {meta['spaces']} spaces, "
        f"{meta['working_days']} working days {FIRST_DAY}..{LAST_DAY} "
        f"({rows_now:,} after the bench's inserts)"
    )
    print(
        f"machine: nproc={os.cpu_count()}, {platform.machine()}, Python "
        f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}; "
        "WAL, synchronous=FULL, foreign_keys=ON"
    )
    load_rate = load_s / rows * 1e6
    print(
        f"history load: {load_s:.1f} s with the triggers on ({load_rate:.1f} us/row, "
        f"one executemany transaction; schema + 300 spaces {float(str(meta['schema_s'])):.1f} s)"
        + (" [cached from an earlier run]" if cached else "")
    )
    size_mib = HISTORY_DB.stat().st_size / 1_048_576
    print(f"history file: {HISTORY_DB.relative_to(ROOT)}, {size_mib:.0f} MiB")
    print(f"scan plan, bounded:   {plan_bounded}")
    print(f"scan plan, unbounded: {plan_unbounded}")
    print()
    print(
        f"{args.n} inserts per case (after {WARM_UP} warm-up), each BEGIN IMMEDIATE..COMMIT "
        "(conflict: ..ROLLBACK); ms"
    )
    print(
        f"{'path':24}{'case':18}{'INSERT p50':>11}{'p95':>8}"
        f"{'txn p50':>10}{'p95':>8}  target: raw txn <= {TARGET_MS:g} ms"
    )
    for path, case, series in results:
        statement = (
            f"{statistics.median(series.statement_ms):11.3f}"
            f"{percentile(series.statement_ms, 0.95):8.3f}"
            if series.statement_ms
            else f"{'-':>11}{'-':>8}"
        )
        p50 = statistics.median(series.total_ms)
        p95 = percentile(series.total_ms, 0.95)
        if p95 <= TARGET_MS:
            verdict = "meets (p50 and p95)"
        elif p50 <= TARGET_MS:
            verdict = "meets at p50, not p95"
        else:
            verdict = "MISSES"
        if path.startswith("ORM"):
            verdict = f"comparison: {'within' if p50 <= TARGET_MS else 'over'} 2 ms at p50"
        elif "unbounded" in path:
            verdict = "contrast only"
        print(f"{path:24}{case:18}{statement}{p50:10.3f}{p95:8.3f}  {verdict}")
    print()
    print(f"total bench time {time.perf_counter() - run_started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
