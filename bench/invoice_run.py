"""The monthly invoice run on the large hub (1,000 organisations): drafting
the month, issuing every draft with its PDF, and writing the PDF files.

Target (the billing brief): run, issue and write all PDFs ``<= 15 s`` on
this 2-core machine.

Run from the repository root (nothing is asserted; the script prints the
figures next to the target and exits 0)::

    .venv/bin/python bench/invoice_run.py [--db FILE] [--month YYYY-MM]

Without ``--db`` it uses the cached large hub of bench/startup.py and works on
a fresh copy of it, so the cache never changes. The month defaults to last
month. Measured, one after the other, each a desk action of its own:

- ``draft``: :func:`billing.run_month` (gather every source, make the drafts)
  and its commit;
- ``issue + PDFs``: :meth:`Core.issue_invoices` of every draft: the numbers
  in one transaction, then the PDFs drawn on every core from the committed
  rows (:mod:`hubdesk.reports.invoice_batch`) and stored as they come;
- ``write PDF files``: the stored PDFs read back and written to a folder
  (as ``hubdesk invoice-run --pdf-dir`` does);
- ``run again``: the same month drafted again (nothing to add).
"""

from __future__ import annotations

import argparse
import shutil
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
from hubdesk.services.export_files import safe_file_name, write_atomically  # noqa: E402

TARGET_S = 15.0
MANAGER = Actor("Bench manager")


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
    folder = work / "pdf"
    folder.mkdir()
    core = Core.open(copy)
    try:
        began = time.perf_counter()
        result = core.write(lambda s: billing.run_month(s, MANAGER, month))
        drafted = time.perf_counter() - began

        began = time.perf_counter()
        issued = core.issue_invoices(MANAGER, result.drafts)
        issuing = time.perf_counter() - began

        began = time.perf_counter()

        def stored(s: object) -> list[tuple[str, bytes]]:
            found = []
            for invoice in billing.list_invoices(s, month=month.key):  # type: ignore[arg-type]
                data = billing.stored_pdf(s, invoice.id)  # type: ignore[arg-type]
                assert data is not None
                name = safe_file_name(f"{invoice.number} {invoice.customer}.pdf", fallback="x.pdf")
                found.append((name, data))
            return found

        files = core.read(stored)
        for name, data in files:
            write_atomically(folder / name, data)
        writing = time.perf_counter() - began

        began = time.perf_counter()
        again = core.write(lambda s: billing.run_month(s, MANAGER, month))
        rerun = time.perf_counter() - began
        size = sum(len(data) for _name, data in files)
    finally:
        core.close()
        shutil.rmtree(work, ignore_errors=True)

    lines = result.lines_added
    print(
        f"month {month.key}: {len(result.drafts):,} invoices, {lines:,} lines; "
        f"issued {issued.numbers[0]} to {issued.numbers[-1]}; "
        f"{len(files):,} PDF files, {size / 1_048_576:.1f} MiB\n"
    )
    total = drafted + issuing + writing
    print("| step | seconds |")
    print("|---|---|")
    print(f"| draft (run_month + commit) | {drafted:.2f} |")
    print(f"| issue, then draw and store every PDF | {issuing:.2f} |")
    print(f"| write the PDF files | {writing:.2f} |")
    print(f"| **all three** (target <= {TARGET_S:g} s) | **{total:.2f}** |")
    print(f"| run the month again ({again.lines_added} lines added) | {rerun:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
