"""The day sheet of a busy day on the large hub, from the database to PDF bytes.

Target (the sheets brief): ``day_sheet()`` + ``day_sheet_pdf()`` ``<= 300 ms``.

Run from the repository root (nothing is asserted; the script prints medians
next to the target and exits 0)::

    /work/venv/bin/python bench/day_sheet.py [--db bench/.cache/large-hub.sqlite] [-n 15]

The hub is opened read-only (an SQLite ``mode=ro`` URI), so the cached large
hub is never changed. The day is the Monday of the week of the front desk's
last expected guest (the demo's "this week"), or ``--day``. In-process, after
one uncounted warm-up (imports, fonts, babel, SQLAlchemy's statement cache),
``-n`` times: ``day_sheet`` in a fresh session (the read), then
``day_sheet_pdf`` (the PDF). The table shows median/min/max of each and of
both together.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from hubdesk.domain.models import Visit  # noqa: E402
from hubdesk.domain.sheets import DaySheet  # noqa: E402
from hubdesk.reports.day_sheet import day_sheet_pdf  # noqa: E402
from hubdesk.services.hub import hub_zone  # noqa: E402
from hubdesk.services.sheets import day_sheet  # noqa: E402

TARGET_MS = 300.0


def _busy_monday(session: Session) -> date:
    last = session.scalar(select(func.max(Visit.expected_at)))
    day = last.astimezone(hub_zone(session)).date() if last else date.today()
    return day - timedelta(days=day.weekday())


def _row(name: str, values: list[float], target: str = "") -> str:
    ms = [v * 1000 for v in values]
    return f"| {name} | {statistics.median(ms):.0f} | {min(ms):.0f} | {max(ms):.0f} | {target} |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--db", default=str(ROOT / "bench" / ".cache" / "large-hub.sqlite"), help="a hub database"
    )
    parser.add_argument("--day", type=date.fromisoformat, help="the day (default: a busy Monday)")
    parser.add_argument("-n", type=int, default=15, help="timed runs")
    args = parser.parse_args()
    source = Path(args.db).resolve()
    if not source.exists():
        print(f"no hub at {source}: pass --db (bench/startup.py makes the large hub)")
        return 0
    engine = create_engine(f"sqlite:///file:{source}?mode=ro&uri=true")
    with Session(engine) as session:
        day = args.day or _busy_monday(session)
        now = datetime.combine(day, datetime.min.time(), hub_zone(session)).replace(hour=7)

    def read() -> DaySheet:
        with Session(engine) as session, session.begin():
            return day_sheet(session, day, now=now)

    sheet = read()  # the warm-up
    pdf = day_sheet_pdf(sheet)
    reads: list[float] = []
    draws: list[float] = []
    for _ in range(args.n):
        began = time.perf_counter()
        sheet = read()
        read_done = time.perf_counter()
        pdf = day_sheet_pdf(sheet)
        reads.append(read_done - began)
        draws.append(time.perf_counter() - read_done)
    engine.dispose()

    from io import BytesIO

    from pypdf import PdfReader

    s = sheet
    pages = len(PdfReader(BytesIO(pdf)).pages)
    print(
        f"{source.name}, {day:%A %Y-%m-%d}: {len(s.rooms)} rooms, {len(s.bookings)} room "
        f"bookings, {len(s.offices)} offices, {len(s.flex)} flex desks, "
        f"{len(s.guests)} guests, {len(s.events)} events; "
        f"{pages} pages, {len(pdf) / 1024:.0f} KiB"
    )
    print()
    print("| step | median ms | min | max | target |")
    print("|---|---|---|---|---|")
    print(_row("day_sheet (read)", reads))
    print(_row("day_sheet_pdf (PDF)", draws))
    totals = [a + b for a, b in zip(reads, draws, strict=True)]
    print(_row("read + PDF", totals, f"<= {TARGET_MS:g} ms"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
