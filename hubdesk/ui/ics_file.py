"""Export bookings (.ics)…: a member's or a space's bookings as a calendar
file for Outlook, Google or Apple, from the members and spaces pages.

The file is written whole or not at all (a temporary file in the same folder,
renamed over the target), so a full disk or a folder without write access
leaves no half calendar behind; the user is told what went wrong.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hubdesk.domain.errors import HubdeskError
from hubdesk.services.export_files import safe_file_name, write_atomically
from hubdesk.ui import files

#: How a VEVENT begins in the bytes (a text value can never start a line).
_EVENT = b"\r\nBEGIN:VEVENT\r\n"


def default_path(name: str) -> Path:
    """'<name> bookings.ics' in the export folder (the user's documents,
    :func:`hubdesk.ui.files.export_folder`), safe for the file system."""
    return files.export_folder() / safe_file_name(
        QCoreApplication.translate("ics_file", "{0} bookings.ics").format(name),
        fallback="bookings.ics",
    )


def ask_path(parent: QWidget, name: str) -> Path | None:
    """The file to write, chosen in the file dialog (None: cancelled)."""
    target = files.ask_save_path(
        parent,
        title=QCoreApplication.translate("ics_file", "Export bookings of {0}").format(name),
        suggested=default_path(name),
        file_filter=QCoreApplication.translate("ics_file", "Calendar files (*.ics)"),
    )
    if target is None:
        return None
    return target if target.suffix else target.with_suffix(".ics")


class ExportFailed(HubdeskError):
    """The calendar file could not be written; nothing was saved."""


def write_calendar(
    core: Any, target: Path, *, member_id: int | None = None, space_id: int | None = None
) -> int:
    """Write the active bookings of a member or a space to ``target``;
    returns how many there are. Raises HubdeskError (``ExportFailed`` when
    the file cannot be written; the old file, if any, is left as it was)."""
    from hubdesk.services.calendar_export import export_ics  # icalendar: ~50 ms to import

    data: bytes = core.read(lambda s: export_ics(s, member_id=member_id, space_id=space_id))
    try:
        write_atomically(target, data)
    except OSError as error:
        raise ExportFailed(
            QCoreApplication.translate(
                "ics_file", "The calendar could not be written to {0}: {1}. Nothing was saved."
            ).format(target, error.strerror or error)
        ) from error
    return data.count(_EVENT)


def confirmation(name: str, target: Path, count: int) -> str:
    """The status bar's line after an export."""
    if count == 1:
        return QCoreApplication.translate("ics_file", "Exported 1 booking of {0} to {1}.").format(
            name, target.name
        )
    return QCoreApplication.translate("ics_file", "Exported {0} bookings of {1} to {2}.").format(
        count, name, target.name
    )
