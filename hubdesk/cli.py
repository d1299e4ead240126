"""``hubdesk`` on the command line. The verbs and their exit codes are a
stable contract: 0 done/ok, 1 a problem (message on stderr), 2 a usage error.

Without a verb it opens the desk application.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from hubdesk import __version__

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hubdesk.app import Core
    from hubdesk.services.billing import Month

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


def _iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _db_option(parser: argparse.ArgumentParser, *, verb: bool = True) -> None:
    # On a verb the default is SUPPRESS so `hubdesk --db X check` keeps X.
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=argparse.SUPPRESS if verb else None,
        help="database file or SQLAlchemy URL (default: $HUBDESK_DB, else the user's data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hubdesk", description="The front desk of an impact and coworking hub."
    )
    parser.add_argument("--version", action="version", version=f"hubdesk {__version__}")
    _db_option(parser, verb=False)
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")

    demo = verbs.add_parser("demo", help="load a demo hub into an empty database")
    demo.add_argument("--size", choices=("small", "large"), default="small")
    demo.add_argument("--force", action="store_true", help="replace the hub data that is there")
    _db_option(demo)

    check = verbs.add_parser(
        "check",
        help="check integrity and schema version; restore the PDFs of issued invoices "
        "that lack one",
    )
    _db_option(check)

    importer = verbs.add_parser(
        "import",
        help="import organisations, members, spaces, bookings, plans, memberships or leases "
        "from a CSV file (all or nothing)",
    )
    importer.add_argument(
        "kind",
        choices=(
            "organisations",
            "members",
            "spaces",
            "bookings",
            "plans",
            "memberships",
            "leases",
        ),
    )
    importer.add_argument("file", type=Path, metavar="FILE.csv")
    _db_option(importer)

    letter = verbs.add_parser("letter", help="write a letter to a tenant as a PDF file")
    letter.add_argument("letter_kind", choices=("indexation",), metavar="indexation")
    letter.add_argument("--lease", required=True, type=int, metavar="ID")
    letter.add_argument(
        "--effective",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the indexation taking effect on this day (default: the lease's latest)",
    )
    letter.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    _db_option(letter)

    run = verbs.add_parser(
        "invoice-run",
        help="draft the invoices of a month (again: adds only what is missing), "
        "and with --issue number them",
    )
    run.add_argument("--month", required=True, metavar="YYYY-MM")
    run.add_argument("--issue", action="store_true", help="issue the month's drafts")
    run.add_argument(
        "--pdf-dir", type=Path, metavar="DIR", help="write the month's invoices as PDF files"
    )
    run.add_argument("--json", action="store_true", help="print the outcome as JSON")
    _db_option(run)

    close_day = verbs.add_parser(
        "close-day",
        help="check out everyone still in after closing time (for a scheduled task)",
    )
    _db_option(close_day)

    sheet = verbs.add_parser(
        "sheet",
        help="print a sheet as a PDF file: the day sheet for reception, the room door sheets, "
        "or the occupancy of a period",
    )
    sheet.add_argument("sheet_kind", choices=tuple(SHEETS), metavar="|".join(SHEETS))
    sheet.add_argument(
        "--date",
        type=_iso_day,
        metavar="YYYY-MM-DD",
        help="the (first) day (default: today in the hub's time zone)",
    )
    sheet.add_argument(
        "--to",
        type=_iso_day,
        metavar="YYYY-MM-DD",
        help="rooms, occupancy: the last day (default: --date); door sheets cover at most a month",
    )
    sheet.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    sheet.set_defaults(refuse=sheet.error)  # usage errors found after parsing
    _db_option(sheet)

    backup = verbs.add_parser("backup", help="write a verified online backup of the database")
    backup.add_argument("--out", required=True, type=Path, metavar="FILE")
    _db_option(backup)

    restore = verbs.add_parser(
        "restore",
        help="replace the database by a backup, after keeping a verified copy of it in the "
        "backups folder (refused while a desk or another program has it open)",
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument(
        "--backups",
        type=Path,
        metavar="DIR",
        help="the backups folder, where the copy is kept "
        "(default: $HUBDESK_BACKUPS, else 'backups' beside the database)",
    )
    _db_option(restore)
    return parser


def _fail(message: str) -> int:
    print(f"hubdesk: {message}", file=sys.stderr)
    return EXIT_PROBLEM


def _demo(args: argparse.Namespace) -> int:
    import hubdesk.services.demo as demo
    from hubdesk.app import Core

    core = Core.open(args.db)  # demo (and the desk's first start) may make a new hub
    try:
        with core.db.write() as session:
            if not demo.database_is_empty(session):
                if not args.force:
                    return _fail(
                        f"{core.description} already holds a hub; "
                        "use --force to replace its data with the demo"
                    )
                demo.clear_hub_data(session)
            now = core.now()
            summary = demo.load_demo(
                session, demo.DemoSize(args.size), today=core.hub_today(), now=now
            )
    finally:
        core.close()
    print(
        f"Demo hub loaded into {core.description}: {summary.organisations} organisations, "
        f"{summary.members} members, {summary.spaces} spaces, {summary.bookings} bookings."
    )
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from hubdesk import db

    problems = db.check(args.db)
    if problems:
        for problem in problems:
            print(problem)
        return EXIT_PROBLEM
    _restore_documents(args.db)
    print("ok")
    return EXIT_OK


def _restore_documents(target: str | None, core: Core | None = None) -> None:
    """Store the PDFs that issued invoices and credit notes lack, drawn from
    their snapshots (the run that issued them was stopped halfway)."""
    from hubdesk.app import Core
    from hubdesk.db import Database

    opened = core or Core(Database.open(target, create=False))
    try:
        invoices, notes = opened.repair_documents()
    finally:
        if core is None:
            opened.close()
    if invoices or notes:
        print(
            f"Restored the PDFs of {invoices} issued invoices and {notes} credit notes "
            "from what they were issued with."
        )


def _import(args: argparse.Namespace) -> int:
    from hubdesk.app import Core
    from hubdesk.services import csv_import
    from hubdesk.services.audit import Actor

    core = Core.open(args.db, create=False)
    actor = Actor.system("command line import")
    try:
        result = core.write(lambda s: csv_import.import_csv(s, actor, args.kind, args.file))
    finally:
        core.close()
    print(result.summary)
    return EXIT_OK


def _letter(args: argparse.Namespace) -> int:
    from hubdesk.app import Core
    from hubdesk.reports.letters import indexation_letter

    core = Core.open(args.db, create=False)
    try:
        pdf = core.read(lambda s: indexation_letter(s, args.lease, args.effective))
    finally:
        core.close()
    try:
        args.out.write_bytes(pdf)
    except OSError as error:
        return _fail(f"cannot write {args.out}: {error.strerror or error}")
    print(f"Indexation letter for lease #{args.lease} written to {args.out}.")
    return EXIT_OK


def _invoice_run(args: argparse.Namespace) -> int:
    import json

    from hubdesk.app import Core
    from hubdesk.services import billing
    from hubdesk.services.audit import Actor

    month = billing.Month.parse(args.month)
    actor = Actor.system("command line invoice run")
    core = Core.open(args.db, create=False)
    try:
        result = core.write(lambda s: billing.run_month(s, actor, month))
        _restore_documents(args.db, core)
        issued: tuple[str, ...] = ()
        folder = _PdfFolder(core, args.pdf_dir) if args.pdf_dir else None
        if args.issue and result.drafts:
            # the issued PDFs are written as the workers draw them
            issued = core.issue_invoices(actor, result.drafts, each_chunk=folder).numbers
        written = folder.write_month(month) if folder is not None else []
    finally:
        core.close()
    if args.json:
        print(
            json.dumps(
                {
                    "month": result.month,
                    "drafts": len(result.drafts),
                    "drafts_made": result.drafts_made,
                    "lines_added": result.lines_added,
                    "lines_changed": result.lines_changed,
                    "lines_removed": result.lines_removed,
                    "issued": list(issued),
                    "pdf_files": [str(p) for p in written],
                    "notes": result.skipped,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    print(result.summary)
    for note in result.skipped:
        print(f"note: {note}")
    if issued:
        print(f"Issued {len(issued)} invoices: {issued[0]} to {issued[-1]}.")
    if written:
        print(f"{len(written)} PDF files written to {args.pdf_dir}.")
    return EXIT_OK


class _PdfFolder:
    """Invoice PDFs written to a folder, named by number and customer, each
    whole or not at all."""

    def __init__(self, core: Core, folder: Path) -> None:
        self.core = core
        self.folder = folder
        self.written: dict[int, Path] = {}
        self.writers = ThreadPoolExecutor(max_workers=4, thread_name_prefix="pdf-file")
        self.pending: list[Future[None]] = []
        folder.mkdir(parents=True, exist_ok=True)

    def _name(self, number: str | None, invoice_id: int, customer: str) -> Path:
        from hubdesk.services.export_files import safe_file_name

        name = f"{number or f'draft-{invoice_id}'} {customer}.pdf"
        return self.folder / safe_file_name(name, fallback="invoice.pdf")

    def __call__(self, chunk: list[tuple[int, bytes]]) -> None:
        """Write a chunk of (invoice id, PDF) just drawn."""
        from sqlalchemy import select

        from hubdesk.domain.models import Invoice
        from hubdesk.services.export_files import write_atomically

        ids = [invoice_id for invoice_id, _data in chunk]
        names = {
            invoice_id: self._name(number, invoice_id, customer)
            for invoice_id, number, customer in self.core.read(
                lambda s: s.execute(
                    select(Invoice.id, Invoice.number, Invoice.billing_name).where(
                        Invoice.id.in_(ids)
                    )
                ).all()
            )
        }
        # written (and synced) on threads of their own while the next chunk is drawn
        for invoice_id, data in chunk:
            self.pending.append(self.writers.submit(write_atomically, names[invoice_id], data))
            self.written[invoice_id] = names[invoice_id]

    def write_month(self, month: Month) -> list[Path]:
        """The rest of the month's invoices: an issued one as it was issued,
        a draft as a preview. Every file of the month, in the end."""
        from hubdesk.reports.invoices import invoice_pdf
        from hubdesk.services import billing
        from hubdesk.services.export_files import write_atomically

        def read(session: Session) -> list[tuple[int, Path, bytes]]:
            found = []
            for invoice in billing.list_invoices(session, month=month.key):
                if invoice.id in self.written:
                    continue
                data = billing.stored_pdf(session, invoice.id) or invoice_pdf(session, invoice.id)
                name = self._name(invoice.number or None, invoice.id, invoice.customer)
                found.append((invoice.id, name, data))
            return found

        for invoice_id, target, data in self.core.read(read):
            self.pending.append(self.writers.submit(write_atomically, target, data))
            self.written[invoice_id] = target
        self.writers.shutdown()
        for done in self.pending:
            done.result()  # an OSError of any file is raised here
        return list(self.written.values())


def _close_day(args: argparse.Namespace) -> int:
    from hubdesk.app import Core
    from hubdesk.services import frontdesk

    core = Core.open(args.db, create=False)
    try:
        closed = core.write(lambda s: frontdesk.close_day(s))
    finally:
        core.close()
    print(f"{closed} checked out at closing time.")
    return EXIT_OK


#: The sheets ``hubdesk sheet`` writes (made by ``Core.sheet_pdf``), and
#: whether each covers a period (--to); named here so parsing the arguments
#: does not load the data layer.
SHEETS = {"day": False, "rooms": True, "occupancy": True}


def _sheet_usage(args: argparse.Namespace) -> None:
    """Refuse (exit 2) what the parser alone cannot see: --to on a one-day
    sheet, or before --date. How long a period may be, the sheet says."""
    if args.to is None:
        return
    if not SHEETS[args.sheet_kind]:
        args.refuse(f"--to is not allowed: the {args.sheet_kind} sheet is of one day")
    if args.date is not None and args.to < args.date:
        args.refuse("--to is before --date")


def _sheet(args: argparse.Namespace) -> int:
    from hubdesk.app import Core
    from hubdesk.domain.errors import ValidationError
    from hubdesk.services.export_files import write_atomically

    core = Core.open(args.db, create=False)
    try:
        first = args.date or core.hub_today()
        last = args.to or first
        pdf = core.sheet_pdf(args.sheet_kind, first, last)
    except ValidationError as refused:
        print(f"hubdesk: sheet: {refused.message}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        core.close()
    try:
        write_atomically(args.out, pdf)
    except OSError as error:
        return _fail(f"cannot write {args.out}: {error.strerror or error}")
    days = first.isoformat() if last == first else f"{first.isoformat()} to {last.isoformat()}"
    name = {"day": "Day sheet", "rooms": "Room door sheets", "occupancy": "Occupancy sheet"}[
        args.sheet_kind
    ]
    print(f"{name} of {days} written to {args.out}")
    return EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    from hubdesk import db

    result = db.backup(args.db, args.out)
    print(f"Backup written to {result.path} ({result.size_bytes / 1_048_576:.1f} MiB), verified.")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from hubdesk.app import Core
    from hubdesk.db import sqlite_path
    from hubdesk.domain.clock import configured_clock
    from hubdesk.location import resolve_target
    from hubdesk.services import backups

    path = sqlite_path(resolve_target(args.db))
    if path is None:
        return _fail(
            "a PostgreSQL hub is restored from the server's backups (pg_restore), not by hubdesk"
        )
    clock = configured_clock()
    folder = backups.backups_folder(path, args.backups)
    result = backups.restore(path, args.file, folder, clock.now())
    Core.open(path, create=False, clock=clock).close()  # brings an older schema up to date
    if result.kept is not None:
        print(f"The database as it was is kept in {result.kept}.")
    print(f"{path} restored from {result.restored_from}.")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(arguments)
    if args.verb == "sheet":
        _sheet_usage(args)
    from hubdesk.domain.clock import configured_clock

    try:
        configured_clock()
    except ValueError as error:
        return _fail(str(error))
    if args.verb is None:
        from hubdesk.app import run_gui

        return run_gui(args.db, [sys.argv[0], *arguments])
    handlers = {
        "demo": _demo,
        "check": _check,
        "import": _import,
        "letter": _letter,
        "invoice-run": _invoice_run,
        "close-day": _close_day,
        "sheet": _sheet,
        "backup": _backup,
        "restore": _restore,
    }
    from hubdesk.domain.errors import HubdeskError

    try:
        return handlers[args.verb](args)
    except HubdeskError as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        return _fail("interrupted; nothing was changed by the unfinished step")


if __name__ == "__main__":
    sys.exit(main())
