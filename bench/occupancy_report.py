"""The occupancy report of a year on the large hub, and its printed sheet.

Target (the occupancy brief): ``occupancy_report`` for a year, grain month and
grain day, ``<= 300 ms``.

Run from the repository root (nothing is asserted; the script prints medians
next to the target and exits 0)::

    /work/venv/bin/python bench/occupancy_report.py [--db bench/.cache/large-hub.sqlite] [-n 15]

The database is the large hub the other scripts use (300 spaces, ten years,
~930,000 bookings, 1.25 million check-ins; made by ``bench/startup.py``'s
``ensure_large_hub`` if missing). It is first opened as the app opens it
(``Core.open``), which migrates a hub from before the booked days and counts
them, once; the time that took is printed. Then it is opened read-only
(``mode=ro``). The year is the last whole calendar year with bookings. Each
call is one read session, as a desk action opens it; the first call of each
grain is not counted (it compiles the statements).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from hubdesk.app import Core  # noqa: E402
from hubdesk.domain.models import Booking  # noqa: E402
from hubdesk.domain.periods import Grain  # noqa: E402
from hubdesk.reports.occupancy_sheet import occupancy_sheet_pdf  # noqa: E402
from hubdesk.services.occupancy import occupancy_report  # noqa: E402

REPORT_TARGET_MS = 300.0


def line(what: str, median: float, target: float | None) -> str:
    verdict = ""
    if target is not None:
        verdict = f"<= {target:g} ms  " + ("ok" if median <= target else "OVER")
    return f"  {what:<46} {median:8.1f} ms   {verdict}"


def timed(action: Callable[[], Any], n: int) -> tuple[list[float], Any]:
    """Milliseconds of ``n`` calls after one that is not counted, and the last result."""
    result = action()
    times = []
    for _ in range(n):
        started = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - started) * 1000)
    return times, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="a hub (default: the large hub, made if missing)")
    parser.add_argument("-n", type=int, default=15, help="timed calls per case")
    args = parser.parse_args()
    if args.db:
        source = Path(args.db)
    else:
        sys.path.insert(0, str(ROOT / "bench"))
        from startup import LARGE_HUB, ensure_large_hub

        print(f"hub: {ensure_large_hub()}")
        source = LARGE_HUB
    if not source.exists():
        print(f"no hub at {source}: pass --db")
        return 0
    started = time.perf_counter()
    Core.open(source, create=False).close()
    print(
        f"opened as the app opens it (migrated, booked days counted if needed) in "
        f"{time.perf_counter() - started:.1f} s"
    )
    engine = create_engine(f"sqlite:///file:{source}?mode=ro&uri=true")
    with Session(engine) as session:
        newest = session.scalar(select(func.max(Booking.start_at)))
        bookings = session.scalar(select(func.count()).select_from(Booking))
    year = newest.year - 1 if newest is not None else date.today().year - 1
    first, last = date(year, 1, 1), date(year, 12, 31)
    print(f"hub: {source} (read-only), {bookings:,} bookings; the year {year}")
    print(f"python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.2f}, medians\n")

    def report(grain: Grain) -> Any:
        with Session(engine) as session, session.begin():
            return occupancy_report(session, first, last, grain)

    results = {}
    print(f"occupancy_report({first}, {last}, grain), {args.n} calls each")
    for grain in (Grain.MONTH, Grain.WEEK, Grain.DAY):
        times, results[grain] = timed(lambda g=grain: report(g), args.n)
        target = REPORT_TARGET_MS if grain is not Grain.WEEK else None
        print(line(f"grain {grain.value}", statistics.median(times), target))
        print(f"    min {min(times):.1f}, max {max(times):.1f}")
    found = results[Grain.MONTH]
    print(
        f"\n  {len(found.spaces)} spaces, {len(found.offices)} offices, "
        f"{len(results[Grain.DAY].series)} points a day, {len(found.hours)} hours, "
        f"{len(found.flex)} flex days"
    )

    print("\nthe occupancy sheet (PDF) of the year")
    for grain in (Grain.MONTH, Grain.DAY):
        times, pdf = timed(lambda g=grain: occupancy_sheet_pdf(results[g]), max(3, args.n // 3))
        print(line(f"grain {grain.value}: {len(pdf) // 1024} KiB", statistics.median(times), None))
    print(f"\nload average {os.getloadavg()[0]:.2f} at the end")
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
