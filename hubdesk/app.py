"""The program assembled once: database → services, for the window and the
command line alike (the window is only one client of :class:`Core`).

Nothing heavy is imported at module level: the window paints first and the
data layer (SQLAlchemy, Alembic) loads after, on a worker thread.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from datetime import date, datetime, tzinfo

    from sqlalchemy.orm import Session

    from hubdesk.db import Database
    from hubdesk.domain.clock import Clock
    from hubdesk.services.audit import Actor
    from hubdesk.services.backups import BackupFile, RestoreResult
    from hubdesk.services.billing import IssueResult
    from hubdesk.services.overview import HubOverview
    from hubdesk.services.progress import Progress

T = TypeVar("T")


class Core:
    """An open hub: its database, who is signed in, and the use cases.

    The window never holds a session: each user action is one call of
    :meth:`write` (one transaction) or :meth:`read`, with a service function.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.actor: Actor | None = None
        #: this PC's choice of backups folder ("" = $HUBDESK_BACKUPS, else
        #: ``backups`` beside the database); see :mod:`hubdesk.services.backups`
        self.backups_choice = ""

    # -- time

    @property
    def clock(self) -> Clock:
        """The clock every service call tells the time by (fixed in tests)."""
        return self.db.clock

    def now(self) -> datetime:
        """The current instant, in UTC, from the hub's clock."""
        return self.db.clock.now()

    def today(self, zone: tzinfo) -> date:
        """Today's date on the wall clocks of ``zone`` (the hub's), from the hub's clock."""
        from hubdesk.domain.clock import local_today

        return local_today(self.db.clock, zone)

    def hub_today(self) -> date:
        """Today's date on the hub's wall clocks (one read for the hub's zone)."""
        from hubdesk.services.hub import hub_zone

        return self.today(self.read(hub_zone))

    # -- staff

    def needs_first_manager(self) -> bool:
        from hubdesk.services import staff

        return self.read(staff.needs_first_manager)

    def create_first_manager(self, username: str, display_name: str, password: str) -> Actor:
        from hubdesk.services import staff

        self.write(lambda s: staff.create_first_manager(s, username, display_name, password))
        return self.sign_in(username, password)

    def sign_in(self, username: str, password: str) -> Actor:
        from hubdesk.services import staff

        self.actor = staff.sign_in(self.db, username, password)
        return self.actor

    def lock(self) -> None:
        self.actor = None

    def require_actor(self) -> Actor:
        if self.actor is None:
            from hubdesk.domain.errors import HubdeskError

            raise HubdeskError("Sign in first")
        return self.actor

    # -- one user action = one transaction

    def write(self, action: Callable[[Session], T]) -> T:
        with self.db.write() as session:
            return action(session)

    def read(self, query: Callable[[Session], T]) -> T:
        with self.db.read() as session:
            return query(session)

    @classmethod
    def open(
        cls,
        target: str | os.PathLike[str] | None = None,
        *,
        create: bool = True,
        clock: Clock | None = None,
    ) -> Core:
        """Open the hub at ``target``; every service call tells the time by
        ``clock`` (default: ``$HUBDESK_NOW`` when set, else the computer's)."""
        from hubdesk.db import Database
        from hubdesk.domain.models import HubSettings
        from hubdesk.services import booked_days, hub

        db = Database.open(target, create=create, clock=clock)
        with db.read() as session:
            has_settings = session.get(HubSettings, 1) is not None
            stale = booked_days.is_stale(session)
        if not has_settings or stale:
            with db.write() as session:
                hub.ensure_defaults(session)
                booked_days.bring_up_to_date(session)
        return cls(db)

    # -- backups (SQLite; a PostgreSQL hub is backed up by its server)

    @property
    def backups_folder(self) -> Path | None:
        """Where this hub's backups go; None on PostgreSQL."""
        from hubdesk.services.backups import backups_folder

        if self.db.path is None:
            return None
        return backups_folder(self.db.path, self.backups_choice)

    def last_backup(self) -> BackupFile | None:
        from hubdesk.services.backups import last_backup

        folder = self.backups_folder
        if folder is None or self.db.path is None:
            return None
        return last_backup(self.db.path, folder)

    def back_up(self, *, only_if_due: bool = False) -> BackupFile | None:
        """A verified backup now (by the hub's clock) into the backups folder,
        and the old ones pruned; with ``only_if_due``, only when the hub's
        today has none yet. None on PostgreSQL or when none was due."""
        from hubdesk.services.backups import automatic_backup
        from hubdesk.services.hub import hub_zone

        folder = self.backups_folder
        if folder is None or self.db.path is None:
            return None
        zone = self.read(hub_zone)
        return automatic_backup(self.db.path, folder, self.now(), zone, only_if_due=only_if_due)

    def restore(self, source: Path, actor: Actor) -> RestoreResult:
        """Replace the hub's database by the backup ``source`` (see
        :func:`hubdesk.services.backups.restore`) and open it again: this
        core's connections are closed for it, whoever was signed in is signed
        out. A manager's (checked in the database); refused on PostgreSQL."""
        from hubdesk.services.backups import require_restorer, restore, restore_on_server_refused

        folder = self.backups_folder
        if folder is None or self.db.path is None:
            raise restore_on_server_refused()
        self.read(lambda s: require_restorer(s, actor))
        from hubdesk.db import verify_hubdesk_file

        verify_hubdesk_file(source.expanduser().absolute())  # before closing anything
        url, clock, path = self.db.url, self.db.clock, self.db.path
        now = self.now()
        self.db.close()
        try:
            result = restore(path, source, folder, now)
        except BaseException:
            self.db = Core.open(url, create=False, clock=clock).db  # as it was
            raise
        self.db = Core.open(url, create=False, clock=clock).db
        self.actor = None  # the restored hub has its own staff
        return result

    def warm_up(self) -> Core:
        """Do the slow first-time work (member search index) off the GUI
        thread, before anyone has signed in; returns self."""
        from hubdesk.services import directory

        self.read(lambda s: directory.search_members(s, "", limit=1))
        return self

    def issue_invoices(
        self,
        actor: Actor,
        invoice_ids: Sequence[int],
        *,
        today: date | None = None,
        progress: Progress | None = None,
        each_chunk: Callable[[list[tuple[int, bytes]]], None] | None = None,
    ) -> IssueResult:
        """Issue drafts (numbers, dates, frozen details: one transaction),
        then draw their PDFs on every core and store them as they come.
        Stopping while the PDFs are drawn leaves the invoices issued; a PDF
        not stored yet is drawn again, byte for byte the same, when asked.
        ``each_chunk`` is handed each stored chunk of (invoice id, PDF), to
        write files while the workers draw the next."""
        from hubdesk.reports.invoice_batch import InvoiceDrawer
        from hubdesk.services import billing
        from hubdesk.services.progress import QUIET

        report = progress or QUIET
        total = len(set(invoice_ids))

        class _FirstHalf:
            def advance(self, done: int, _total: int) -> None:
                report.advance(done, 2 * total)

            def cancelled(self) -> bool:
                return report.cancelled()

        # the workers start while the numbers are given
        with InvoiceDrawer(self.db, total) as drawer:
            result = self.write(
                lambda s: billing.issue(s, actor, invoice_ids, today=today, progress=_FirstHalf())
            )
            done = 0
            for chunk in drawer.draw(result.invoice_ids):

                def store(session: Session, drawn: list[tuple[int, bytes]] = chunk) -> int:
                    return billing.store_pdfs(session, drawn)

                self.write(store)
                if each_chunk is not None:
                    each_chunk(chunk)
                done += len(chunk)
                report.advance(total + done, 2 * total)
                if report.cancelled():
                    break
        return result

    def repair_documents(self, progress: Progress | None = None) -> tuple[int, int]:
        """Draw and store the PDF of every issued invoice and credit note
        that has none (the program was stopped between the numbers and the
        PDFs), from the snapshot it was issued with, so byte for byte the
        document it was issued as. The month's run, ``hubdesk check`` and the
        Billing page call it; how many invoices and credit notes it restored."""
        from hubdesk.reports.invoice_batch import InvoiceDrawer
        from hubdesk.reports.invoices import credit_note_pdf
        from hubdesk.services import billing
        from hubdesk.services.progress import QUIET

        report = progress or QUIET
        invoice_ids = self.read(billing.without_pdf)
        note_ids = self.read(billing.credit_notes_without_pdf)
        total = len(invoice_ids) + len(note_ids)
        invoices = notes = done = 0
        if invoice_ids:
            with InvoiceDrawer(self.db, len(invoice_ids)) as drawer:
                for chunk in drawer.draw(invoice_ids):

                    def store(session: Session, drawn: list[tuple[int, bytes]] = chunk) -> int:
                        return billing.store_pdfs(session, drawn)

                    invoices += self.write(store)
                    done += len(chunk)
                    report.advance(done, total)
                    if report.cancelled():
                        return invoices, notes
        for note_id in note_ids:

            def draw(session: Session, found: int = note_id) -> list[tuple[int, bytes]]:
                return [(found, credit_note_pdf(session, found, use_stored=False))]

            drawn = self.read(draw)

            def keep(session: Session, made: list[tuple[int, bytes]] = drawn) -> int:
                return billing.store_credit_note_pdfs(session, made)

            notes += self.write(keep)
            done += 1
            report.advance(done, total)
        return invoices, notes

    def sheet_pdf(
        self,
        kind: str,
        first: date,
        last: date | None = None,
        *,
        space_ids: Sequence[int] | None = None,
    ) -> bytes:
        """One of the hub's printed sheets as a PDF, read in one transaction:
        ``"day"`` (the day sheet of ``first``), ``"rooms"`` (the door sheets
        of ``first`` to ``last``, of the rooms ``space_ids`` or all) or
        ``"occupancy"`` (the occupancy of ``first`` to ``last``). The desk
        prints and saves these, ``hubdesk sheet`` writes them; a period the
        sheet does not allow is refused with a ``ValidationError``."""
        draw = SHEETS[kind]
        return self.read(lambda s: draw(s, first, last or first, space_ids))

    @property
    def description(self) -> str:
        return self.db.description

    def overview(self) -> HubOverview:
        from hubdesk.services.overview import hub_overview

        with self.db.read() as session:
            return hub_overview(session)

    def close(self) -> None:
        self.db.close()


def _day_sheet(session: Session, day: date, _last: date, _spaces: Sequence[int] | None) -> bytes:
    from hubdesk.reports.day_sheet import day_sheet_pdf
    from hubdesk.services.sheets import day_sheet

    return day_sheet_pdf(day_sheet(session, day))


def _room_sheets(
    session: Session, first: date, last: date, space_ids: Sequence[int] | None
) -> bytes:
    from hubdesk.reports.day_sheet import room_sheets_pdf
    from hubdesk.services.sheets import room_sheets

    return room_sheets_pdf(room_sheets(session, first, last, space_ids))


def _occupancy_sheet(
    session: Session, first: date, last: date, _spaces: Sequence[int] | None
) -> bytes:
    from hubdesk.reports.occupancy_sheet import occupancy_sheet_pdf
    from hubdesk.services.occupancy import occupancy_report

    return occupancy_sheet_pdf(occupancy_report(session, first, last))


#: The sheets :meth:`Core.sheet_pdf` makes, by kind.
SHEETS: dict[str, Callable[[Session, date, date, Sequence[int] | None], bytes]] = {
    "day": _day_sheet,
    "rooms": _room_sheets,
    "occupancy": _occupancy_sheet,
}


def run_gui(target: str | os.PathLike[str] | None, argv: list[str]) -> int:
    from hubdesk.location import describe, resolve_target
    from hubdesk.ui.gui import run

    url = resolve_target(target)
    return run(lambda: Core.open(url).warm_up(), describe(url), argv)
