"""The leases page on the large hub: opening it, and switching the notice
calendar's horizon.

Target (the leases page brief): building the page, its reload (live leases,
drafts, the notice calendar, the vacant offices and the indexations due: five
service calls in one read) and the first paint ``<= 100 ms``.

Run from the repository root (offscreen; nothing is asserted, the script prints
medians next to the target and exits 0)::

    /work/venv/bin/python bench/leases_page.py [--db bench/.cache/large-hub.sqlite] [-n 15]

The database is the large hub the other scripts use (1,000 organisations,
~100 offices, years of lease history); the script only reads it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from painted import Painted, line, ms  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

OPEN_TARGET_MS = 100.0
#: The page's size in the main window at its default size (1180 x 760).
PAGE_SIZE = (970, 700)


def open_page(app: QApplication, core: object) -> tuple[object, dict[str, float]]:
    from hubdesk.ui.pages.leases import LeasesPage

    started = time.perf_counter()
    page = LeasesPage(core)
    page.resize(*PAGE_SIZE)
    built = time.perf_counter()
    page.reload()
    reloaded = time.perf_counter()
    watcher = Painted()
    # the overview and the notice calendar (the vacant offices are painted too)
    viewports = (page.view.viewport(), page.calendar_view.viewport())
    for viewport in viewports:
        viewport.installEventFilter(watcher)
    page.show()
    deadline = time.perf_counter() + 5
    while len(watcher.seen) < len(viewports) and time.perf_counter() < deadline:
        app.processEvents()
    painted = time.perf_counter()
    for viewport in viewports:
        viewport.removeEventFilter(watcher)
    return page, {
        "build": ms(built - started),
        "reload": ms(reloaded - built),
        "paint": ms(painted - reloaded),
        "total": ms(painted - started),
    }


def close(app: QApplication, page: object) -> None:
    page.close()  # type: ignore[attr-defined]
    page.deleteLater()  # type: ignore[attr-defined]
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--db", default=str(ROOT / "bench" / ".cache" / "large-hub.sqlite"), help="the large hub"
    )
    parser.add_argument("-n", type=int, default=15, help="openings to time (after the first)")
    args = parser.parse_args()
    path = Path(args.db)
    if not path.exists():
        print(f"no hub at {path}: pass --db")
        return 0

    app = QApplication(sys.argv[:1])
    style = ROOT / "resources" / "style.qss"
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))

    from hubdesk.app import Core
    from hubdesk.services import leases

    core = Core.open(path, create=False)
    today = date.today()
    every = core.read(lambda s: leases.list_leases(s))
    live = core.read(lambda s: leases.lease_overview(s, today))
    print(f"hub: {path} ({len(every):,} leases, {len(live):,} live); page {PAGE_SIZE}")
    print(f"python {sys.version.split()[0]}, offscreen, medians\n")

    first_page, first = open_page(app, core)
    close(app, first_page)
    runs = []
    for _ in range(args.n):
        page, times = open_page(app, core)
        runs.append(times)
        close(app, page)
    median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    print("open the leases page (build + reload + first paint)")
    print(line(f"median of {args.n}", median["total"], OPEN_TARGET_MS))
    for step in ("build", "reload", "paint"):
        print(line(f"  {step}", median[step], None))
    print(line("first in the process (imports included)", first["total"], None))

    page, _ = open_page(app, core)
    switches = []
    for _ in range(args.n):
        for index in (2, 1, 0):
            started = time.perf_counter()
            page.horizon.setCurrentIndex(index)  # type: ignore[attr-defined]
            page.calendar_view.viewport().repaint()  # type: ignore[attr-defined]
            switches.append(ms(time.perf_counter() - started))
    print("\nnotice calendar: switch 3 / 6 / 12 months, read and repaint")
    print(line(f"median of {len(switches)}", statistics.median(switches), None))
    close(app, page)
    core.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
