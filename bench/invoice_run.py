"""The monthly invoice run on the large hub (1,000 organisations): drafting
the month, issuing every draft with its PDF, and writing the PDF files.

Target (the billing brief): run, issue and write all PDFs ``<= 15 s`` on
this 2-core machine.

Run from the repository root (nothing is asserted; the script prints the
figures next to the target and exits 0)::

    .venv/bin/python bench/invoice_run.py [--db FILE] [--month YYYY-MM]

Without ``--db`` it uses the cached large hub of bench/startup.py and works on
a fresh copy of it, so the cache never changes. The month defaults to last
month. Measured:

- the whole job as the manager runs it, ``hubdesk invoice-run --month M
  --issue --pdf-dir DIR`` (a process of its own, its start included):
  every source gathered and drafted, the drafts numbered in one transaction,
  the PDFs drawn on every core from the committed rows
  (:mod:`hubdesk.reports.invoice_batch`), stored, and written to the folder
  as they come;
- the same month drafted again (nothing to add).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from hubdesk.app import Core  # noqa: E402
from hubdesk.services import billing  # noqa: E402
from hubdesk.services.audit import Actor  # noqa: E402

TARGET_S = 15.0
MANAGER = Actor.system("Bench manager")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a hub database (default: the large demo hub)")
    parser.add_argument("--month", help="YYYY-MM (default: last month)")
    args = parser.parse_args()
    if args.db is None:
        from startup import LARGE_HUB, ensure_large_hub

        print(f"hub: {ensure_large_hub()}")
        source = LARGE_HUB
    else:
        source = args.db
    last_month = (date.today().replace(day=1) - timedelta(days=1)).replace(day=1)
    month = billing.Month.parse(args.month) if args.month else billing.Month(last_month)
    work = Path(tempfile.mkdtemp(prefix="hubdesk-bench-"))
    copy = work / "hub.sqlite"
    shutil.copyfile(source, copy)
    # the copy's gigabyte on its way to the disk would slow every sync of the run
    os.sync()
    folder = work / "pdf"
    folder.mkdir()
    try:
        # the database migrated first, as an earlier start of the program did
        Core.open(copy).close()
        # the whole job, as the manager runs it from a scheduled task
        began = time.perf_counter()
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "hubdesk",
                "invoice-run",
                "--month",
                month.key,
                "--issue",
                "--pdf-dir",
                str(folder),
                "--json",
                "--db",
                str(copy),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        whole = time.perf_counter() - began
        assert done.returncode == 0, done.stderr
        outcome = json.loads(done.stdout)

        core = Core.open(copy)
        try:
            began = time.perf_counter()
            again = core.write(lambda s: billing.run_month(s, MANAGER, month))
            rerun = time.perf_counter() - began
        finally:
            core.close()
        files = list(folder.iterdir())
        size = sum(f.stat().st_size for f in files)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    issued = outcome["issued"]
    print(
        f"month {month.key}: {outcome['drafts_made']:,} invoices, "
        f"{outcome['lines_added']:,} lines; issued {issued[0]} to {issued[-1]}; "
        f"{len(files):,} PDF files, {size / 1_048_576:.1f} MiB\n"
    )
    print("| step | seconds |")
    print("|---|---|")
    print(f"| hubdesk invoice-run --issue --pdf-dir (target <= {TARGET_S:g} s) | **{whole:.2f}** |")
    print(f"| run the month again ({again.lines_added} lines added) | {rerun:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
