"""The Today page on the large hub: opening it, and its refresh.

Target (the Today page brief): a refresh (``TodayPage.reload``, one read of
``frontdesk.today_summary``, and a repaint of its lists) ``<= 50 ms``.

Run from the repository root (offscreen; nothing is asserted, the script prints
medians next to the target and exits 0)::

    /work/venv/bin/python bench/today_page.py [--db bench/.cache/large-hub.sqlite] [-n 15]

The large hub (1,000 organisations, 5,000 members) holds no day at the front
desk; the script copies it into a temporary folder (``VACUUM INTO``; the cache
is never changed) and gives the copy a busy weekday: ~800 check-ins today
(most still in), 50 guests (half arrived) and 15 day passes, the page's clock
set to 15:00 on that day.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from painted import Painted, line, ms  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

REFRESH_TARGET_MS = 50.0
#: The page's size in the main window at its default size (1180 x 760).
PAGE_SIZE = (970, 700)
CHECK_INS, GUESTS, DAY_PASSES = 800, 50, 15


def copy_of(source: Path, folder: Path) -> Path:
    target = folder / "today-hub.sqlite"
    with sqlite3.connect(source) as connection:
        connection.execute("VACUUM INTO ?", (str(target),))
    connection.close()
    return target


def busy_day(core: object, day: date, now: datetime) -> None:
    """~800 check-ins on ``day`` (a fifth of them gone again), guests and day
    passes, through the front desk service."""
    from sqlalchemy import select

    from hubdesk.domain.models import Member
    from hubdesk.services import frontdesk
    from hubdesk.services.audit import SYSTEM
    from hubdesk.services.frontdesk import DayPassInput, GuestInput
    from hubdesk.services.hub import hub_zone

    rng = random.Random(2026)

    def fill(s: object) -> None:
        zone = hub_zone(s)  # type: ignore[arg-type]
        opening = datetime.combine(day, clock_time(8), zone)
        span = int((now - opening).total_seconds() // 60)
        members = list(
            s.execute(select(Member.id).where(Member.archived.is_(False))).scalars()  # type: ignore[attr-defined]
        )
        people = rng.sample(members, CHECK_INS + GUESTS)
        for member in people[:CHECK_INS]:
            arrived = opening + timedelta(minutes=rng.randrange(span))
            frontdesk.check_in(s, SYSTEM, member, arrived)  # type: ignore[arg-type]
            if rng.random() < 0.2:
                left = arrived + timedelta(minutes=rng.randrange(30, 240))
                if left < now:
                    frontdesk.check_out(s, SYSTEM, member, left)  # type: ignore[arg-type]
        for number, host in enumerate(people[CHECK_INS:]):
            expected = opening + timedelta(minutes=rng.randrange(span + 180))
            visit = frontdesk.register_guest(
                s,  # type: ignore[arg-type]
                SYSTEM,
                GuestInput(host, f"Guest {number + 1}", "Visiting B.V.", expected_at=expected),
                opening,
            )
            if number % 2 == 0 and expected < now:
                frontdesk.guest_arrived(s, SYSTEM, visit.id, expected)  # type: ignore[arg-type]
        for number in range(DAY_PASSES):
            sold = opening + timedelta(minutes=rng.randrange(span))
            frontdesk.sell_day_pass(
                s,  # type: ignore[arg-type]
                SYSTEM,
                DayPassInput(name=f"Day guest {number + 1}", organisation_name="Freelance"),
                sold,
            )

    core.write(fill)  # type: ignore[attr-defined]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--db", default=str(ROOT / "bench" / ".cache" / "large-hub.sqlite"), help="the large hub"
    )
    parser.add_argument("-n", type=int, default=15, help="openings and refreshes to time")
    args = parser.parse_args()
    source = Path(args.db)
    if not source.exists():
        print(f"no hub at {source}: pass --db")
        return 0

    app = QApplication(sys.argv[:1])
    style = ROOT / "resources" / "style.qss"
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))

    from sqlalchemy import select

    from hubdesk.app import Core
    from hubdesk.domain.models import Member
    from hubdesk.services import frontdesk
    from hubdesk.services.audit import SYSTEM
    from hubdesk.services.hub import hub_zone
    from hubdesk.ui.pages.today import TodayPage

    with tempfile.TemporaryDirectory(prefix="hubdesk-today-") as folder:
        started = time.perf_counter()
        path = copy_of(source, Path(folder))
        core = Core.open(path, create=False)
        zone = core.read(hub_zone)
        day = date.today()
        while day.weekday() >= 5:
            day += timedelta(days=1)
        now = datetime.combine(day, clock_time(15), zone)
        if core.read(lambda s: frontdesk.today_summary(s, now).checked_in_today) == 0:
            busy_day(core, day, now)
        prepared = time.perf_counter() - started
        TodayPage.now = lambda self: now  # type: ignore[method-assign]
        core.actor = SYSTEM  # signed in, as at the desk
        summary = core.read(lambda s: frontdesk.today_summary(s, now))
        print(
            f"hub: copy of {source} ({prepared:.1f} s to copy and fill); page {PAGE_SIZE}\n"
            f"day {day}, now 15:00: {summary.people_in} in, {summary.guests_in} guests in, "
            f"{summary.checked_in_today} check-ins today, {len(summary.room_bookings)} room "
            f"bookings, {len(summary.guests)} guests, {len(summary.day_passes)} day passes"
        )
        print(f"python {sys.version.split()[0]}, offscreen, medians\n")

        def open_page() -> tuple[TodayPage, dict[str, float]]:
            started = time.perf_counter()
            page = TodayPage(core)
            page.resize(*PAGE_SIZE)
            built = time.perf_counter()
            page.reload()
            reloaded = time.perf_counter()
            watcher = Painted()
            viewports = [section.view.viewport() for section in page.sections()]
            for viewport in viewports:
                viewport.installEventFilter(watcher)
            page.timer.blockSignals(True)  # no tick while timing
            page.show()  # (reads again: the page is shown)
            deadline = time.perf_counter() + 5
            while len(watcher.seen) < len(viewports) and time.perf_counter() < deadline:
                app.processEvents()
            painted = time.perf_counter()
            for viewport in viewports:
                viewport.removeEventFilter(watcher)
            return page, {
                "build": ms(built - started),
                "reload": ms(reloaded - built),
                "show and paint": ms(painted - reloaded),
                "total": ms(painted - started),
            }

        def close(page: TodayPage) -> None:
            page.close()
            page.deleteLater()
            app.processEvents()

        first_page, first = open_page()
        close(first_page)
        runs = []
        for _ in range(args.n):
            page, times = open_page()
            runs.append(times)
            close(page)
        median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        print("open the Today page (build + reload + show and first paint)")
        print(line(f"median of {args.n}", median["total"], None))
        for step in ("build", "reload", "show and paint"):
            print(line(f"  {step}", median[step], None))
        print(line("first in the process (imports included)", first["total"], None))

        page, _ = open_page()
        views = [section.view.viewport() for section in page.sections()]

        def refresh() -> tuple[float, float]:
            started = time.perf_counter()
            page.reload()
            reloaded = time.perf_counter()
            for viewport in views:
                viewport.repaint()
            return ms(reloaded - started), ms(time.perf_counter() - started)

        # a tick that finds nothing new (what most ticks find)
        quiet = [refresh() for _ in range(args.n * 2)]
        # a refresh after a check-in or out at the desk (not timed): the read
        # comes after a write, and every list is built again
        members = core.read(
            lambda s: list(
                s.execute(select(Member.id).where(Member.archived.is_(False)).limit(4000)).scalars()
            )
        )
        rng = random.Random(7)
        changed = []
        for _ in range(args.n * 2):
            member = rng.choice(members)
            core.write(lambda s, m=member: frontdesk.check_in_or_out(s, SYSTEM, m, now))
            changed.append(refresh())
        read_only = []
        for _ in range(args.n * 2):
            started = time.perf_counter()
            core.read(lambda s: frontdesk.today_summary(s, now))
            read_only.append(ms(time.perf_counter() - started))
        closing = []
        for _ in range(args.n * 2):
            started = time.perf_counter()
            core.write(lambda s: frontdesk.close_day(s, now))
            closing.append(ms(time.perf_counter() - started))
        for title, runs in (
            ("refresh, nothing new (reload + repaint of the five lists)", quiet),
            ("refresh after a check-in or out (reload + repaint)", changed),
        ):
            print(f"\n{title}")
            total = statistics.median(t for _r, t in runs)
            print(line(f"median of {len(runs)}", total, REFRESH_TARGET_MS))
            print(line("  reload", statistics.median(r for r, _t in runs), None))
        print()
        print(line("today_summary alone (a read, warm)", statistics.median(read_only), None))
        print(
            line("a tick's close_day (a write; nobody to close)", statistics.median(closing), None)
        )
        close(page)
        core.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
