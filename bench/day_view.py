"""The calendar's day view of 50 rooms on a hub with years of bookings.

Target (the calendar brief): building and painting the day view of 50 rooms
``<= 50 ms``: the page's reload (one read of the day's data: rooms, opening
hours, the bookings of every room, the flex desks per half day; then the
grid's columns, blocks and rectangles) plus a synchronous repaint of the page
as shown at the main window's default size.

Run from the repository root (offscreen; nothing is asserted, the script
prints medians next to the target and exits 0)::

    .venv/bin/python bench/day_view.py [-n 15]

The hub is made once in ``bench/.cache/calendar-hub.sqlite``: the real
migrations and triggers (``Database.open``), 50 meeting rooms (0-15 min
buffers), 80 flex desks, 200 organisations with 1,000 members, and bookings
on every working day of 2023-2027, loaded with the stdlib ``sqlite3`` module in
one ``executemany`` transaction with the overlap triggers active: six per
room per day (about 390,000) and 40 flex desks a day. Delete the file to make
it again.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

CACHE = ROOT / "bench" / ".cache"
HUB_DB = CACHE / "calendar-hub.sqlite"
HUB_META = CACHE / "calendar-hub.json"
#: Bump when the generated hub changes, so an old cache is rebuilt.
HUB_VERSION = 1
ROOMS = 50
FLEX_DESKS = 80
ORGANISATIONS = 200
MEMBERS = 1_000
PER_ROOM_PER_DAY = 6
FLEX_PER_DAY = 40
FIRST_DAY = date(2023, 1, 2)
LAST_DAY = date(2027, 12, 31)
#: The days timed: working days in the middle of the history.
MEASURED = tuple(date(2026, 11, 23) + timedelta(days=n) for n in (0, 1, 2, 3, 4, 7, 8, 9))
ZONE = ZoneInfo("Europe/Amsterdam")
SEED = 20261123
TARGET_MS = 50.0
#: The page's size in the main window at its default size (1180 x 760).
PAGE_SIZE = (970, 700)

INSERT_SQL = (
    "INSERT INTO bookings (space_id, member_id, organisation_id, customer_name, title, people,"
    " start_at, end_at, blocked_until, status, price, billable, notes, created_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'confirmed', ?, ?, '', ?)"
)
TITLES = (
    "Board meeting",
    "Team stand-up",
    "Funding pitch",
    "Workshop",
    "Interview",
    "Sprint review",
    "Partner call",
    "Training",
    "",
)
CREATED_AT = "2022-12-01 09:00:00"


def ms(seconds: float) -> float:
    return seconds * 1000.0


def _remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()


def utc_text(day: date, minute_of_day: int) -> str:
    local = datetime.combine(day, datetime.min.time()) + timedelta(minutes=minute_of_day)
    instant = local.replace(tzinfo=ZONE).astimezone(UTC)
    return instant.strftime("%Y-%m-%d %H:%M:%S")


def working_days() -> list[date]:
    days, day = [], FIRST_DAY
    while day <= LAST_DAY:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def booking_rows(
    rooms: list[tuple[int, int]],
    desks: list[int],
    members: list[tuple[int, int | None]],
    days: list[date],
) -> Iterator[tuple[object, ...]]:
    """Six bookings of 30-90 minutes per room per working day between 08:00
    and 18:00 (buffers kept), and 40 flex desks a day (morning, afternoon or
    the whole day); 60 % for members, the rest for outside customers."""
    rng = random.Random(SEED)
    for day in days:
        for space_id, buffer in rooms:
            minute = 8 * 60 + 15 * rng.randrange(3)
            for _ in range(PER_ROOM_PER_DAY):
                length = rng.choice((30, 45, 60, 60, 90))
                if minute + length > 18 * 60:
                    break
                yield row(rng, space_id, day, minute, length, buffer, members)
                minute += length + buffer + 15 * rng.randrange(2)
        for space_id in rng.sample(desks, FLEX_PER_DAY):
            start, length = rng.choice(((8 * 60, 300), (13 * 60, 300), (8 * 60, 600)))
            yield row(rng, space_id, day, start, length, 0, members)


def row(
    rng: random.Random,
    space_id: int,
    day: date,
    minute: int,
    length: int,
    buffer: int,
    members: list[tuple[int, int | None]],
) -> tuple[object, ...]:
    if rng.random() < 0.6:
        member_id, organisation_id = rng.choice(members)
        customer = ""
    else:
        member_id = organisation_id = None
        customer = rng.choice(("Gemeente Den Haag", "Acme & Co", "Žižek Consulting"))
    price = rng.choice((0, 0, 4500, 9000))
    return (
        space_id,
        member_id,
        organisation_id,
        customer,
        rng.choice(TITLES),
        rng.randint(1, 8),
        utc_text(day, minute),
        utc_text(day, minute + length),
        utc_text(day, minute + length + buffer),
        price,
        1 if price else 0,
        CREATED_AT,
    )


def build_hub() -> dict[str, object]:
    from hubdesk.db import Database
    from hubdesk.domain.enums import OrganisationKind, SpaceKind
    from hubdesk.domain.models import Member, Organisation, Space
    from hubdesk.domain.money import Money
    from hubdesk.services import hub

    partial = CACHE / "calendar-hub.partial.sqlite"
    _remove_db(partial)
    started = time.perf_counter()
    database = Database.open(partial)
    created = datetime(2022, 12, 1, tzinfo=UTC)
    try:
        with database.write() as session:
            hub.ensure_defaults(session, "Calendar bench hub")
            session.add_all(
                Space(
                    name=f"Room {index + 1:02d}",
                    kind=SpaceKind.MEETING_ROOM,
                    floor=index // 10,
                    capacity=4 + (index % 5) * 4,
                    buffer_minutes=(index % 4) * 5,
                    price_hour=Money(3000 + 500 * (index % 8)),
                )
                for index in range(ROOMS)
            )
            session.add_all(
                Space(
                    name=f"Flex {index + 1:02d}",
                    kind=SpaceKind.FLEX_DESK,
                    floor=1,
                    capacity=1,
                    price_day=Money(3250),
                )
                for index in range(FLEX_DESKS)
            )
            organisations = [
                Organisation(
                    name=f"Organisation {index + 1:03d}",
                    kind=OrganisationKind.NGO,
                    created_at=created,
                )
                for index in range(ORGANISATIONS)
            ]
            session.add_all(organisations)
            session.flush()
            session.add_all(
                Member(
                    first_name=f"Member{index + 1:04d}",
                    last_name="van der Berg" if index % 3 else "Ødegaard",
                    organisation_id=organisations[index % ORGANISATIONS].id if index % 7 else None,
                    created_at=created,
                )
                for index in range(MEMBERS)
            )
    finally:
        database.close()
    schema_s = time.perf_counter() - started

    connection = sqlite3.connect(partial, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    rooms = list(
        connection.execute(
            "SELECT id, buffer_minutes FROM spaces WHERE kind = 'meeting_room' ORDER BY id"
        )
    )
    desks = [r[0] for r in connection.execute("SELECT id FROM spaces WHERE kind = 'flex_desk'")]
    members = list(connection.execute("SELECT id, organisation_id FROM members ORDER BY id"))
    days = working_days()
    connection.execute("PRAGMA cache_size = -524288")
    started = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(INSERT_SQL, booking_rows(rooms, desks, members, days))
    connection.execute("COMMIT")
    load_s = time.perf_counter() - started
    count = connection.execute("SELECT count(*) FROM bookings").fetchone()[0]
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    _remove_db(HUB_DB)
    partial.rename(HUB_DB)
    meta = {
        "version": HUB_VERSION,
        "bookings": count,
        "rooms": ROOMS,
        "working_days": len(days),
        "schema_s": round(schema_s, 3),
        "load_s": round(load_s, 3),
    }
    HUB_META.write_text(json.dumps(meta, indent=2) + "\n")
    return meta


def ensure_hub() -> tuple[dict[str, object], bool]:
    CACHE.mkdir(exist_ok=True)
    if HUB_DB.is_file() and HUB_META.is_file():
        meta = json.loads(HUB_META.read_text())
        if meta.get("version") == HUB_VERSION:
            return meta, True
    print(f"making the hub in {HUB_DB} ...", flush=True)
    return build_hub(), False


def line(what: str, median: float, target: float | None, extra: str = "") -> str:
    verdict = ""
    if target is not None:
        verdict = "ok" if median <= target else "OVER"
        verdict = f"<= {target:g} ms  {verdict}"
    return f"  {what:<46} {median:8.2f} ms   {verdict:<16} {extra}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=15, help="loads to time per measure")
    args = parser.parse_args()
    meta, cached = ensure_hub()

    app = QApplication(sys.argv[:1])
    style = ROOT / "resources" / "style.qss"
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))

    from hubdesk.app import Core
    from hubdesk.services.agenda import agenda
    from hubdesk.ui.pages.calendar import CalendarPage

    core = Core.open(HUB_DB, create=False)
    print(
        f"hub: {HUB_DB.name} ({meta['bookings']:,} bookings, {meta['rooms']} rooms, "
        f"{meta['working_days']} working days; loaded in {meta['load_s']} s"
        f"{', cached' if cached else ''}); page {PAGE_SIZE}"
    )
    print(f"python {sys.version.split()[0]}, offscreen, medians of {args.n}\n")

    started = time.perf_counter()
    page = CalendarPage(core)
    page.resize(*PAGE_SIZE)
    page.day = MEASURED[0]
    page.reload()
    page.show()
    app.processEvents()
    page.repaint()
    first_ms = ms(time.perf_counter() - started)
    shown = len(page.view.blocks)
    visible = page.view.viewport().size()

    totals, reads, layouts, paints = [], [], [], []
    for n in range(args.n):
        day = MEASURED[n % len(MEASURED)]
        started = time.perf_counter()
        page.show_day(day)  # the page's reload: one read, then columns and blocks
        loaded = time.perf_counter()
        page.repaint()
        painted = time.perf_counter()
        totals.append(ms(painted - started))
        paints.append(ms(painted - loaded))
        # the parts of the reload, on their own
        started = time.perf_counter()
        found = core.read(lambda s, d=day: agenda(s, d, 1))
        read = time.perf_counter()
        page.view.set_data(page.columns(found), found.bookings, found.zone, found.usual_hours)
        laid_out = time.perf_counter()
        reads.append(ms(read - started))
        layouts.append(ms(laid_out - read))
        app.processEvents()

    scrolls = []
    bar = page.view.horizontalScrollBar()
    for n in range(args.n):
        bar.setValue((bar.maximum() * (n % 5)) // 4)
        started = time.perf_counter()
        page.view.viewport().repaint()
        scrolls.append(ms(time.perf_counter() - started))

    viewport = f"{visible.width()}x{visible.height()}"
    print(
        f"day view of {ROOMS} rooms ({shown} bookings on {MEASURED[0]}; grid viewport {viewport})"
    )
    print(
        line("build + paint (reload, then repaint the page)", statistics.median(totals), TARGET_MS)
    )
    print(line("  read: the day's data, one transaction", statistics.median(reads), None))
    print(line("  columns, blocks, rectangles", statistics.median(layouts), None))
    print(line("  repaint of the page", statistics.median(paints), None))
    print(line("repaint of the grid after a horizontal scroll", statistics.median(scrolls), None))
    print(line("first in the process (build the page, show, paint)", first_ms, None))
    page.close()
    core.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
