"""Automatic backups of an SQLite hub: where they go, when one is due, which
are kept, and restoring one.

A backup is a file ``<database stem>-<UTC instant>.sqlite`` (for example
``hubdesk-20261207T090000Z.sqlite``) in the backups folder, by default
``backups`` beside the database. It is written through SQLite's backup API to
a hidden file first, checked (integrity, a schema this hubdesk knows), and only
then renamed to its name, so every file with such a name is a verified backup:
the last backup's time is read from the folder, not stored anywhere. The
instant is the hub's clock's (never the computer's), in the name as UTC.

Kept: the newest backup of each of the last 14 days that have one, and the
newest of each of the last 12 months that have one; other files with a
backup's name are deleted. Files with other names (such as the copy kept
before a restore, ``<stem>-before-restore-<instant>.sqlite``) are never
touched.

Qt-free: the desk runs these on a worker thread, the command line directly.
PostgreSQL hubs are backed up by the server (``pg_dump``), not here.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path

from sqlalchemy.orm import Session

from hubdesk.db import replace_database, sqlite_backup, verify_hubdesk_file
from hubdesk.domain.errors import DatabaseMissing, DatabaseProblem
from hubdesk.domain.i18n import _
from hubdesk.services.audit import Actor
from hubdesk.services.staff import require_manager

#: The backups folder when none is chosen on this PC (``--backups`` or the
#: Settings page): this variable, else ``backups`` beside the database.
ENV_BACKUPS = "HUBDESK_BACKUPS"
KEEP_DAYS = 14
KEEP_MONTHS = 12
_STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    #: when it was taken, by the hub's clock (UTC)
    taken_at: datetime


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    #: the verified copy of the database as it was before (None if there was none)
    kept: Path | None
    revision: str


def backups_folder(database: Path, chosen: str | os.PathLike[str] | None = None) -> Path:
    """The folder backups of ``database`` go to: ``chosen`` (this PC's
    choice), else ``$HUBDESK_BACKUPS``, else ``backups`` beside the database."""
    value = str(chosen or "") or os.environ.get(ENV_BACKUPS, "")
    if value:
        return Path(value).expanduser().absolute()
    return database.parent / "backups"


def backup_name(database: Path, at: datetime) -> str:
    return f"{database.stem}-{at.astimezone(UTC).strftime(_STAMP)}.sqlite"


def _pattern(database: Path) -> re.Pattern[str]:
    return re.compile(re.escape(database.stem) + r"-(\d{8}T\d{6}Z)\.sqlite")


def list_backups(database: Path, folder: Path) -> list[BackupFile]:
    """The backups of ``database`` in ``folder``, oldest first (by the instant
    in their names; the files are not opened)."""
    pattern = _pattern(database)
    found: list[BackupFile] = []
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for entry in os.scandir(folder):
            match = pattern.fullmatch(entry.name)
            if match is None or not entry.is_file():
                continue
            try:
                taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
            except ValueError:
                continue
            found.append(BackupFile(Path(entry.path), taken))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name))


def last_backup(database: Path, folder: Path) -> BackupFile | None:
    found = list_backups(database, folder)
    return found[-1] if found else None


def backup_due(database: Path, folder: Path, now: datetime, zone: tzinfo) -> bool:
    """True when there is no backup yet of the hub's day of ``now``."""
    today = now.astimezone(zone).date()
    return all(b.taken_at.astimezone(zone).date() != today for b in list_backups(database, folder))


def write_backup(database: Path, folder: Path, now: datetime) -> BackupFile:
    """A verified backup of ``database`` taken at ``now`` (the hub's clock),
    under its backup name in ``folder``: whole and checked, or not there."""
    if not database.is_file():
        raise DatabaseMissing(_("There is no database at {path}.").format(path=database))
    target = folder / backup_name(database, now)
    partial = folder / f".{target.name}.partial"
    try:
        sqlite_backup(database, partial)
        verify_hubdesk_file(partial)
        os.replace(partial, target)
    except OSError as error:
        raise DatabaseProblem(
            _("The backup could not be written to {folder}: {error}").format(
                folder=folder, error=error.strerror or error
            )
        ) from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return BackupFile(target, now.astimezone(UTC))


def to_keep(backups: list[BackupFile], zone: tzinfo) -> set[Path]:
    """The newest backup of each of the last ``KEEP_DAYS`` days that have one
    and of each of the last ``KEEP_MONTHS`` months that have one (days and
    months on the hub's wall clocks)."""
    newest_of_day: dict[date, BackupFile] = {}
    newest_of_month: dict[tuple[int, int], BackupFile] = {}
    for found in sorted(backups, key=lambda b: b.taken_at):
        day = found.taken_at.astimezone(zone).date()
        newest_of_day[day] = found
        newest_of_month[(day.year, day.month)] = found
    days = sorted(newest_of_day)[-KEEP_DAYS:]
    months = sorted(newest_of_month)[-KEEP_MONTHS:]
    return {newest_of_day[d].path for d in days} | {newest_of_month[m].path for m in months}


def prune(database: Path, folder: Path, zone: tzinfo) -> list[Path]:
    """Delete the backups not kept (see :func:`to_keep`); returns them."""
    backups = list_backups(database, folder)
    keep = to_keep(backups, zone)
    removed = []
    for found in backups:
        if found.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                found.path.unlink()
            removed.append(found.path)
    return removed


def automatic_backup(
    database: Path, folder: Path, now: datetime, zone: tzinfo, *, only_if_due: bool = False
) -> BackupFile | None:
    """The backup the desk makes at its first start of a day (``only_if_due``:
    None when today has one) and when it closes; old ones are pruned after."""
    if only_if_due and not backup_due(database, folder, now, zone):
        return None
    made = write_backup(database, folder, now)
    prune(database, folder, zone)
    return made


def require_restorer(session: Session, actor: Actor) -> None:
    """Restoring replaces all of the hub's data: a manager's, and the account
    must still be an active manager in the database (not only in the window)."""
    require_manager(session, actor, _("restore a backup"))


def restore_on_server_refused() -> DatabaseProblem:
    return DatabaseProblem(
        _(
            "A PostgreSQL hub is restored from the database server's backups "
            "(pg_dump, pg_restore), not by hubdesk."
        )
    )


def restore(database: Path, source: Path, folder: Path, now: datetime) -> RestoreResult:
    """Replace ``database`` by the hubdesk database in ``source``. ``source``
    is checked first (integrity, a schema this hubdesk knows); then, while no
    one else has the database open, a verified copy of it is kept in
    ``folder`` and the backup is copied in through the backup API. Nothing is
    changed when any step before the copy-in is refused. The caller must have
    closed its own connections, and opens the database again after (an older
    schema is brought up to date then)."""
    source = source.expanduser().absolute()
    if not source.is_file():
        raise DatabaseMissing(_("There is no backup file at {path}.").format(path=source))
    if database.exists() and source.resolve() == database.resolve():
        raise DatabaseProblem(_("That file is the database itself; choose a backup."))
    revision = verify_hubdesk_file(source)
    if not database.exists():
        # nothing to keep: the backup becomes the database (verified on the way)
        sqlite_backup(source, database)
        return RestoreResult(source, None, revision)
    stamp = now.astimezone(UTC).strftime(_STAMP)
    keep = folder / f"{database.stem}-before-restore-{stamp}.sqlite"
    replace_database(database, source, keep)
    return RestoreResult(source, keep, revision)
