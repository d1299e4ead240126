"""Booking a room and finding a free one, on the large hub (10 years, ~1M bookings).

Targets (the bookings brief):

- create a booking, conflict check included: ``<= 2 ms``;
- find a free room: ``<= 20 ms``.

Run from the repository root (nothing is asserted; the script prints
p50/p95 next to the targets and exits 0)::

    .venv/bin/python bench/bookings.py [--db FILE] [-n 300]

Without ``--db`` it uses the cached large hub of bench/startup.py
(``hubdesk demo --size large``, remade when the demo changes) and works on a
fresh copy of it, so the cache never grows.

Measured, each on its own:

- ``create (service)``: ``create_booking`` inside an open write transaction:
  validation, the holder's allowance, the price, the guarded insert (the
  database's overlap check), the status row and the audit entry;
- ``create (+ commit)``: one whole desk action, ``core.write(create_booking)``:
  ``BEGIN IMMEDIATE`` ... ``COMMIT`` with ``synchronous=FULL``;
- ``refused conflict``: the same for a slot that is taken, until the
  ``BookingConflict`` naming the booking in the way is raised;
- ``find a free room``: ``find_free_spaces`` in a read transaction, for random
  slots (1-3 h on working days over the whole history and the future), 1-12
  people and 0-2 needs.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from sqlalchemy import func, select  # noqa: E402

from hubdesk.app import Core  # noqa: E402
from hubdesk.domain.enums import BookingStatus, SpaceKind  # noqa: E402
from hubdesk.domain.errors import BookingConflict  # noqa: E402
from hubdesk.domain.models import Booking, Member, Space  # noqa: E402
from hubdesk.services.audit import Actor  # noqa: E402
from hubdesk.services.availability import amenities_of_rooms, find_free_spaces  # noqa: E402
from hubdesk.services.bookings import BookingRequest, create_booking  # noqa: E402

CREATE_TARGET_MS = 2.0
FIND_TARGET_MS = 20.0
TZ = ZoneInfo("Europe/Amsterdam")
DESK = Actor.system("Bench desk")


def _ms(values: list[float]) -> tuple[str, str]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"{statistics.median(ordered) * 1000:.2f}", f"{p95 * 1000:.2f}"


def _weekday(rng: random.Random, first: date, days: int) -> date:
    while True:
        day = first + timedelta(days=rng.randrange(days))
        if day.weekday() < 5:
            return day


def _slot(rng: random.Random, day: date) -> tuple[datetime, datetime]:
    start = datetime(day.year, day.month, day.day, 8, 0, tzinfo=TZ) + timedelta(
        minutes=15 * rng.randrange(0, 32)
    )
    end = start + timedelta(minutes=15 * rng.randrange(2, 9))
    limit = datetime(day.year, day.month, day.day, 18, 0, tzinfo=TZ)
    return start, min(end, limit)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a hub database (default: the large demo hub)")
    parser.add_argument("-n", type=int, default=300, help="timed calls per case")
    args = parser.parse_args()
    if args.db is None:
        from startup import LARGE_HUB, ensure_large_hub

        print(f"hub: {ensure_large_hub()}")
        source = LARGE_HUB
    else:
        source = args.db
    work = Path(tempfile.mkdtemp(prefix="hubdesk-bench-"))
    copy = work / "hub.sqlite"
    shutil.copyfile(source, copy)
    core = Core.open(copy)
    rng = random.Random(2026)
    try:
        with core.db.read() as s:
            bookings = int(s.scalar(select(func.count()).select_from(Booking)) or 0)
            first, last = s.execute(
                select(func.min(Booking.start_at), func.max(Booking.start_at))
            ).one()
            rooms = list(
                s.scalars(
                    select(Space.id).where(
                        Space.kind == SpaceKind.MEETING_ROOM, Space.active.is_(True)
                    )
                )
            )
            members = list(
                s.scalars(select(Member.id).where(Member.archived.is_(False)).limit(2000))
            )
            needs = amenities_of_rooms(s)
        print(f"{bookings:,} bookings from {first:%Y-%m-%d} to {last:%Y-%m-%d}, {len(rooms)} rooms")
        today = datetime.now(TZ).date()
        history_days = max(1, (today - first.date()).days + 60)

        # -- create, in the future (so reception rules hold), slots that are free
        service: list[float] = []
        whole: list[float] = []
        conflicts: list[float] = []
        made: list[BookingRequest] = []
        attempts = 0
        while len(service) < args.n + 10 and attempts < args.n * 20:
            attempts += 1
            day = _weekday(rng, today + timedelta(days=1), 120)
            start, end = _slot(rng, day)
            request = BookingRequest(
                rng.choice(rooms),
                start,
                end,
                title="Bench",
                member_id=rng.choice(members) if members else None,
                customer_name="" if members else "Bench customer",
            )
            timed: dict[str, float] = {}

            def action(session, request=request, timed=timed):  # type: ignore[no-untyped-def]
                began = time.perf_counter()
                create_booking(session, request, DESK)
                timed["service"] = time.perf_counter() - began

            began = time.perf_counter()
            try:
                _write(core, action)
            except BookingConflict:
                continue
            total = time.perf_counter() - began
            service.append(timed["service"])
            whole.append(total)
            made.append(request)
        service, whole = service[10:], whole[10:]
        for request in made[: args.n]:
            began = time.perf_counter()
            try:
                _write(core, lambda s, r=request: create_booking(s, r, DESK))
            except BookingConflict:
                conflicts.append(time.perf_counter() - began)

        # -- find a free room, anywhere in history and the near future
        finds: list[float] = []
        found_counts: list[int] = []
        for _ in range(args.n + 10):
            day = _weekday(rng, first.date(), history_days)
            start, end = _slot(rng, day)
            people = rng.randint(1, 12)
            wanted = rng.sample(needs, rng.randint(0, min(2, len(needs))))
            began = time.perf_counter()
            free = core.read(
                lambda s, a=start, b=end, p=people, w=wanted: find_free_spaces(
                    s, a, b, people=p, needs=w
                )
            )
            finds.append(time.perf_counter() - began)
            found_counts.append(len(free))
        finds = finds[10:]
        with core.db.read() as s:
            active = s.scalar(
                select(func.count())
                .select_from(Booking)
                .where(Booking.status != BookingStatus.CANCELLED)
            )
    finally:
        core.close()
        shutil.rmtree(work, ignore_errors=True)

    print()
    print("| case | n | p50 ms | p95 ms | target |")
    print("|---|---|---|---|---|")
    for name, values, target in (
        ("create (service)", service, f"<= {CREATE_TARGET_MS:g} ms"),
        ("create (+ commit)", whole, ""),
        ("refused conflict (+ rollback)", conflicts, ""),
        ("find a free room", finds, f"<= {FIND_TARGET_MS:g} ms"),
    ):
        p50, p95 = _ms(values)
        print(f"| {name} | {len(values)} | {p50} | {p95} | {target} |")
    print()
    print(
        f"rooms found free per search: median {statistics.median(found_counts):.0f}; "
        f"active bookings after the run: {active:,}"
    )
    return 0


def _write(core: Core, action: Callable[..., object]) -> object:
    with core.db.write() as session:
        return action(session)


if __name__ == "__main__":
    sys.exit(main())
