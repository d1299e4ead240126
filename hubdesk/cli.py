"""``hubdesk`` on the command line. The verbs and their exit codes are a
stable contract: 0 done/ok, 1 a problem (message on stderr), 2 a usage error.

Without a verb it opens the desk application.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from hubdesk import __version__

EXIT_OK = 0
EXIT_PROBLEM = 1


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

    check = verbs.add_parser("check", help="check integrity and schema version")
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

    close_day = verbs.add_parser(
        "close-day",
        help="check out everyone still in after closing time (for a scheduled task)",
    )
    _db_option(close_day)

    backup = verbs.add_parser("backup", help="write a verified online backup of the database")
    backup.add_argument("--out", required=True, type=Path, metavar="FILE")
    _db_option(backup)
    return parser


def _fail(message: str) -> int:
    print(f"hubdesk: {message}", file=sys.stderr)
    return EXIT_PROBLEM


def _demo(args: argparse.Namespace) -> int:
    import hubdesk.services.demo as demo
    from hubdesk.app import Core

    core = Core.open(args.db)
    try:
        with core.db.write() as session:
            if not demo.database_is_empty(session):
                if not args.force:
                    return _fail(
                        f"{core.description} already holds a hub; "
                        "use --force to replace its data with the demo"
                    )
                demo.clear_hub_data(session)
            summary = demo.load_demo(session, demo.DemoSize(args.size), today=date.today())
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
    print("ok")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from hubdesk.app import Core
    from hubdesk.services import csv_import
    from hubdesk.services.audit import Actor

    core = Core.open(args.db)
    actor = Actor("command line import")
    try:
        result = core.write(lambda s: csv_import.import_csv(s, actor, args.kind, args.file))
    finally:
        core.close()
    print(result.summary)
    return EXIT_OK


def _letter(args: argparse.Namespace) -> int:
    from hubdesk.app import Core
    from hubdesk.reports.letters import indexation_letter

    core = Core.open(args.db)
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


def _close_day(args: argparse.Namespace) -> int:
    from hubdesk.app import Core
    from hubdesk.services import frontdesk

    core = Core.open(args.db)
    try:
        closed = core.write(lambda s: frontdesk.close_day(s))
    finally:
        core.close()
    print(f"{closed} checked out at closing time.")
    return EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    from hubdesk import db

    result = db.backup(args.db, args.out)
    print(f"Backup written to {result.path} ({result.size_bytes / 1_048_576:.1f} MiB), verified.")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(arguments)
    if args.verb is None:
        from hubdesk.app import run_gui

        return run_gui(args.db, [sys.argv[0], *arguments])
    handlers = {
        "demo": _demo,
        "check": _check,
        "import": _import,
        "letter": _letter,
        "close-day": _close_day,
        "backup": _backup,
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
