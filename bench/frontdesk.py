"""The front desk on the large hub (5,000 members, years of check-ins):
search per keystroke and check-in.

Targets (the front desk brief):

- search per keystroke: ``<= 5 ms``;
- check-in: ``<= 10 ms``.

Run from the repository root (nothing is asserted; the script prints p50/p95
next to the targets and exits 0)::

    .venv/bin/python bench/frontdesk.py [--db FILE] [-n 300]

Without ``--db`` it uses the cached large hub of bench/startup.py and works on
a fresh copy of it (check-ins are written), so the cache never changes.

Measured, each on its own:

- ``search (service)``: :func:`frontdesk.find` in a read transaction, as the
  page calls it for each key: the prefixes of 3 to 7 letters of random
  members' last names, organisation names and badge codes;
- ``search (page)``: the Front desk page's whole reaction to one key typed
  into its field (the service, the table's new rows), offscreen;
- ``check-in (service)``: :func:`frontdesk.check_in_or_out` inside an open
  write transaction: the member, the open visit, the visit's terms (plans,
  allowance used this month, visits today, flex reservations), the insert
  guarded by the one-open-visit index and the member's card;
- ``check-in (+ commit)``: one whole desk action, ``core.write(...)``:
  ``BEGIN IMMEDIATE`` ... ``COMMIT`` with ``synchronous=FULL``.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from sqlalchemy import func, select  # noqa: E402

from hubdesk.app import Core  # noqa: E402
from hubdesk.domain.models import CheckIn, Member, Organisation  # noqa: E402
from hubdesk.services import frontdesk  # noqa: E402
from hubdesk.services.audit import Actor  # noqa: E402
from hubdesk.services.clock import now_utc  # noqa: E402

SEARCH_TARGET_MS = 5.0
CHECK_IN_TARGET_MS = 10.0
DESK = Actor.system("Bench desk")


def _ms(values: list[float]) -> tuple[str, str]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"{statistics.median(ordered) * 1000:.2f}", f"{p95 * 1000:.2f}"


def _texts(core: Core, rng: random.Random, n: int) -> list[str]:
    """What reception types: 3-7 letters of a last name, of an organisation,
    or a whole badge code (a scanner)."""
    with core.db.read() as s:
        names = list(s.scalars(select(Member.last_name).where(Member.archived.is_(False))))
        organisations = list(s.scalars(select(Organisation.name)))
        badges = list(s.scalars(select(Member.badge_code).where(Member.badge_code.is_not(None))))
    texts = []
    for _ in range(n):
        draw = rng.random()
        if draw < 0.6:
            source = rng.choice(names)
        elif draw < 0.85:
            source = rng.choice(organisations)
        else:
            texts.append(rng.choice(badges) or "HB0")
            continue
        texts.append(source[: rng.randint(3, 7)])
    return texts


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
            members = int(s.scalar(select(func.count()).select_from(Member)) or 0)
            visits = int(s.scalar(select(func.count()).select_from(CheckIn)) or 0)
            ids = list(s.scalars(select(Member.id).where(Member.archived.is_(False))))
        print(f"{members:,} members, {visits:,} check-ins")
        # everybody out first, so each timed call is a check-in
        core.write(lambda s: frontdesk.close_day(s, now_utc().replace(year=now_utc().year + 1)))

        # -- search, as the service sees it
        texts = _texts(core, rng, args.n + 10)
        searches: list[float] = []
        hits: list[int] = []
        for text in texts:
            began = time.perf_counter()
            found = core.read(lambda s, t=text: frontdesk.find(s, t))
            searches.append(time.perf_counter() - began)
            hits.append(len(found))
        searches = searches[10:]

        # -- search, as the page reacts to a key
        from PySide6.QtWidgets import QApplication

        from hubdesk.ui.pages.frontdesk import FrontDeskPage

        app = QApplication(sys.argv[:1])
        core.actor = DESK
        page = FrontDeskPage(core)
        page.resize(1000, 700)
        page.show()
        app.processEvents()
        keys: list[float] = []
        for text in texts:
            began = time.perf_counter()
            page.search.setText(text)
            keys.append(time.perf_counter() - began)
        keys = keys[10:]
        page.preview.stop()
        page.close()

        # -- check-in
        service: list[float] = []
        whole: list[float] = []
        chosen = rng.sample(ids, min(len(ids), args.n + 10))
        for member_id in chosen:
            timed: dict[str, float] = {}

            def action(session, member_id=member_id, timed=timed):  # type: ignore[no-untyped-def]
                began = time.perf_counter()
                result = frontdesk.check_in_or_out(session, DESK, member_id)
                timed["service"] = time.perf_counter() - began
                return result

            began = time.perf_counter()
            core.write(action)
            whole.append(time.perf_counter() - began)
            service.append(timed["service"])
        service, whole = service[10:], whole[10:]
    finally:
        core.close()
        shutil.rmtree(work, ignore_errors=True)

    print(f"search texts: {len(texts)}, median {statistics.median(hits):g} matches shown\n")
    print("| case | n | p50 ms | p95 ms | target |")
    print("|---|---|---|---|---|")
    for name, values, target in (
        ("search (service)", searches, f"<= {SEARCH_TARGET_MS:g} ms"),
        ("search (page, one key)", keys, f"<= {SEARCH_TARGET_MS:g} ms"),
        ("check-in (service)", service, f"<= {CHECK_IN_TARGET_MS:g} ms"),
        ("check-in (+ commit)", whole, ""),
    ):
        p50, p95 = _ms(values)
        print(f"| {name} | {len(values)} | {p50} | {p95} | {target} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
