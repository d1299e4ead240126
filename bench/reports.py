"""The revenue and members-activity reports for a year of the large hub.

Target (the reports brief): each report for a year in a few hundred ms
(``<= 300 ms``): revenue by month, activity by day and by month.

Run from the repository root (nothing is asserted; the script prints medians
next to the target and exits 0)::

    /work/venv/bin/python bench/reports.py [--db bench/.cache/large-hub.sqlite]
        [-n 15] [--months 36] [--pdfs] [--plans]

The large hub of bench/startup.py (1,000 organisations, 5,000 members, ten
years of check-ins, guests, day passes, memberships and leases) holds no
invoices. The script copies it once (``VACUUM INTO`` from a read-only
connection: the source is never changed) to ``bench/.cache/reports-hub.sqlite``
and bills the copy's last ``--months`` whole months through the billing
service, as the manager would: each month run and issued on the 2nd of the
month after (about 1,000-1,300 invoices a month). Then, drawn with a fixed
seed, 89 % of the invoices are paid in full 3-40 days after issue, 4 % in
part, the rest not at all, and about one in a hundred has one line credited
(``billing.credit``) 1-60 days after issue. The copy is remade when the
source, these settings or the month change.

``--pdfs`` works on a second copy (``reports-hub-pdfs.sqlite``, about 2.4 GB)
whose issued invoices also hold a stored PDF of 45,000 bytes, as a hub's
invoices do (bench/invoice_run.py: 57 MiB for 1,313 PDFs): the invoice rows
then spread over many more pages, which is what a scan of the invoices
costs in a real hub.

Timed (``-n`` times each, after one uncounted run, each in a read transaction
of its own, as the desk calls them): ``revenue_report`` for the last twelve
billed months by month (and what is open and overdue today), and
``activity_report`` for the same months by day and by month. ``--plans``
prints SQLite's plan for every statement the reports run.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import event, insert, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from hubdesk.app import Core  # noqa: E402
from hubdesk.domain.enums import InvoiceStatus, PaymentMethod  # noqa: E402
from hubdesk.domain.models import Invoice, InvoiceLine, Payment  # noqa: E402
from hubdesk.domain.money import Money  # noqa: E402
from hubdesk.domain.periods import Grain  # noqa: E402
from hubdesk.services import billing  # noqa: E402
from hubdesk.services.activity import activity_report  # noqa: E402
from hubdesk.services.audit import Actor  # noqa: E402
from hubdesk.services.clock import now_utc  # noqa: E402
from hubdesk.services.revenue import revenue_report  # noqa: E402

TARGET_MS = 300.0
CACHE = ROOT / "bench" / ".cache"
#: Bump when the billing of the copy changes, so the cache is remade.
FILL_VERSION = 1
#: What a stored invoice PDF weighs (bench/invoice_run.py: 57 MiB / 1,313).
PDF_BYTES = 45_000
MANAGER = Actor.system("Bench manager")


def _month_after(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1)


def _months(last: date, count: int) -> list[date]:
    """The first days of ``count`` months up to and including ``last``'s."""
    found = [last.replace(day=1)]
    while len(found) < count:
        found.append((found[-1] - timedelta(days=1)).replace(day=1))
    return found[::-1]


def _fresh(path: Path, stamp: str) -> bool:
    marker = path.with_suffix(".source")
    return path.is_file() and marker.is_file() and marker.read_text().strip() == stamp


def _remove(path: Path) -> None:
    path.with_suffix(".source").unlink(missing_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _copy(source: Path, target: Path) -> None:
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        reader.execute("VACUUM INTO ?", (str(target),))
    finally:
        reader.close()


def ensure_billed_hub(source: Path, months: int, today: date) -> tuple[Path, str]:
    """The billed copy of ``source`` (made if missing or stale), and how."""
    target = CACHE / "reports-hub.sqlite"
    last = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    info = source.stat()
    stamp = (
        f"{source.resolve()} {info.st_size} {int(info.st_mtime)} "
        f"months={months} last={last} v{FILL_VERSION}"
    )
    if _fresh(target, stamp):
        return target, "cached"
    CACHE.mkdir(exist_ok=True)
    _remove(target)
    began = time.perf_counter()
    _copy(source, target)
    copied = time.perf_counter() - began
    core = Core.open(target)
    try:
        for first in _months(last, months):
            issue_on = _month_after(first) + timedelta(days=1)
            month = billing.Month(first)

            def bill(s: Session, month: billing.Month = month, issue_on: date = issue_on) -> int:
                run = billing.run_month(s, MANAGER, month, today=issue_on)
                if run.drafts:
                    billing.issue(s, MANAGER, run.drafts, today=issue_on)
                return len(run.drafts)

            made = core.write(bill)
            print(f"  {month.key}: {made:,} invoices issued on {issue_on}", flush=True)
        rng = random.Random(2026)
        core.write(lambda s: _pay_and_credit(s, rng, today))
    finally:
        core.close()
    target.with_suffix(".source").write_text(stamp + "\n")
    made_in = time.perf_counter() - began
    return target, f"made in {made_in:.0f} s ({copied:.0f} s of it the copy)"


def ensure_pdf_hub(billed: Path) -> tuple[Path, str]:
    """A copy of the billed hub whose issued invoices hold a PDF's bytes."""
    target = CACHE / "reports-hub-pdfs.sqlite"
    info = billed.stat()
    stamp = f"{billed} {info.st_size} {int(info.st_mtime)} pdf={PDF_BYTES} v{FILL_VERSION}"
    if _fresh(target, stamp):
        return target, "cached"
    _remove(target)
    began = time.perf_counter()
    _copy(billed, target)
    with sqlite3.connect(target) as connection:
        connection.execute(
            "UPDATE invoices SET pdf = randomblob(?) WHERE status = 'issued'", (PDF_BYTES,)
        )
    connection.close()
    target.with_suffix(".source").write_text(stamp + "\n")
    return target, f"made in {time.perf_counter() - began:.0f} s"


def _pay_and_credit(session: Session, rng: random.Random, today: date) -> None:
    """Payments (most in full, some in part, some none) and a credit note on
    about one invoice in a hundred."""
    invoices = session.execute(
        select(Invoice.id, Invoice.issue_date, Invoice.gross_total)
        .where(Invoice.status == InvoiceStatus.ISSUED)
        .order_by(Invoice.id)
    ).all()
    payments = []
    now = now_utc()
    for invoice_id, issued, gross in invoices:
        draw = rng.random()
        paid_on = issued + timedelta(days=rng.randint(3, 40))
        if draw < 0.07 or paid_on > today or gross.cents <= 0:
            continue
        amount = gross if draw >= 0.11 else Money(gross.cents // rng.choice((2, 3, 4)))
        payments.append(
            {
                "invoice_id": invoice_id,
                "paid_on": paid_on,
                "amount": amount,
                "method": rng.choice((PaymentMethod.BANK_TRANSFER, PaymentMethod.DIRECT_DEBIT)),
                "reference": "",
                "recorded_at": now,
            }
        )
    session.execute(insert(Payment), payments)
    credited = [row for row in invoices if rng.random() < 0.01]
    for invoice_id, issued, _gross in credited:
        lines = session.scalars(
            select(InvoiceLine.id).where(InvoiceLine.invoice_id == invoice_id)
        ).all()
        billing.credit(
            session,
            MANAGER,
            invoice_id,
            "Charged in error",
            line_ids=[rng.choice(lines)],
            today=min(today, issued + timedelta(days=rng.randint(1, 60))),
        )
    print(f"  {len(payments):,} payments, {len(credited):,} credit notes", flush=True)


def _timed(core: Core, call: Callable[[Session], Any], n: int) -> tuple[float, float, Any]:
    """(first run, median of the ``n`` runs after it) in ms, and the result."""
    times = []
    result: Any = None
    for _round in range(n + 1):
        began = time.perf_counter()
        result = core.read(call)
        times.append(time.perf_counter() - began)
    return times[0] * 1000, statistics.median(times[1:]) * 1000, result


def _plans(core: Core, call: Callable[[Session], Any]) -> None:
    """SQLite's plan of every statement ``call`` runs."""
    seen: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append((statement, params))

    event.listen(core.db.engine, "before_cursor_execute", keep)
    try:
        core.read(call)
    finally:
        event.remove(core.db.engine, "before_cursor_execute", keep)
    with core.db.engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        for statement, params in seen:
            first_line = " ".join(statement.split())[:90]
            print(f"  {first_line} ...")
            for row in raw.execute("EXPLAIN QUERY PLAN " + statement, params):
                print(f"      {row[3]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--db", default=str(CACHE / "large-hub.sqlite"), help="the large hub (read only)"
    )
    parser.add_argument("--months", type=int, default=36, help="months to bill in the copy")
    parser.add_argument("-n", type=int, default=15, help="timed runs per report")
    parser.add_argument("--pdfs", action="store_true", help="invoices with stored PDFs")
    parser.add_argument("--plans", action="store_true", help="print SQLite's query plans")
    args = parser.parse_args()
    source = Path(args.db)
    if not source.exists():
        print(f"no hub at {source}: pass --db (bench/startup.py makes it)")
        return 0
    today = date.today()
    path, how = ensure_billed_hub(source, args.months, today)
    if args.pdfs:
        path, how = ensure_pdf_hub(path)
    print(f"hub: {path} ({how}), from {source}")
    last = today.replace(day=1) - timedelta(days=1)
    first = _month_after(date(last.year - 1, last.month, 1))
    cases: tuple[tuple[str, Callable[[Session], Any]], ...] = (
        ("revenue by month", lambda s: revenue_report(s, first, last, Grain.MONTH, as_of=today)),
        ("activity by day", lambda s: activity_report(s, first, last, Grain.DAY)),
        ("activity by month", lambda s: activity_report(s, first, last, Grain.MONTH)),
    )
    core = Core.open(path, create=False)
    try:
        timed = [(name, *_timed(core, call, args.n)) for name, call in cases]
        if args.plans:
            for name, call in cases:
                print(f"\nplans, {name}:")
                _plans(core, call)
    finally:
        core.close()

    print(f"\nperiod {first} to {last}; median of {args.n} runs after a first one\n")
    print("| report | first ms | median ms | target |")
    print("|---|---|---|---|")
    for name, first_ms, median, _result in timed:
        verdict = "ok" if median <= TARGET_MS else "OVER"
        print(f"| {name} | {first_ms:.0f} | **{median:.0f}** | <= {TARGET_MS:g} ms {verdict} |")
    revenue, by_day = timed[0][3], timed[1][3]
    print(
        f"\nrevenue: {revenue.totals.invoices:,} invoices and {revenue.totals.credit_notes} "
        f"credit notes, net {revenue.totals.net}, gross {revenue.totals.gross}; unpaid today "
        f"{revenue.open_count:,} ({revenue.open_total}), of which overdue "
        f"{revenue.overdue_count:,} ({revenue.overdue_total})"
    )
    rows = by_day.rows
    print(
        f"activity: {sum(r.check_ins for r in rows):,} check-ins, "
        f"{sum(r.guests for r in rows):,} guests, {sum(r.day_passes for r in rows):,} day "
        f"passes; on {rows[-1].last}: {rows[-1].active_members:,} active members of "
        f"{rows[-1].active_organisations:,} organisations"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
