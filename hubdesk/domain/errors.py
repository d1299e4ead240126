"""Typed errors raised by the data layer and the services.

The UI shows ``ValidationError`` next to the named field and every other
``HubdeskError`` in a dialog; the command line prints ``str(error)`` and exits 1.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hubdesk.domain.i18n import _


class HubdeskError(Exception):
    """Base of every error a user may see; ``str()`` is the human message."""


class ValidationError(HubdeskError):
    """Input refused; ``field`` names the form field the message belongs to."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class ConflictingBooking:
    booking_id: int
    title: str
    start_text: str
    end_text: str


class BookingConflict(HubdeskError):
    """Two active bookings of one space would overlap (buffer included)."""

    def __init__(self, space_name: str, conflicts: Sequence[ConflictingBooking] = ()) -> None:
        self.space_name = space_name
        self.conflicts = tuple(conflicts)
        if self.conflicts:
            names = "; ".join(
                _("#{id} “{title}” {start} to {end}").format(
                    id=c.booking_id, title=c.title, start=c.start_text, end=c.end_text
                )
                for c in self.conflicts
            )
            message = _("{space} is already booked then: {bookings}").format(
                space=space_name, bookings=names
            )
        else:
            message = _("{space} is already booked at that time").format(space=space_name)
        super().__init__(message)


class LeaseConflict(HubdeskError):
    """An office would have two live leases at once."""

    def __init__(self, office_name: str) -> None:
        self.office_name = office_name
        super().__init__(
            _("{office} already has a live lease in that period").format(office=office_name)
        )


class AuditTampering(HubdeskError):
    """Someone tried to change or delete an audit entry."""

    def __init__(self) -> None:
        super().__init__(_("The audit log can only be added to; entries are never changed"))


class DatabaseProblem(HubdeskError):
    """The database cannot be opened safely; nothing was changed."""


class DatabaseMissing(DatabaseProblem):
    pass


class DatabaseEmpty(DatabaseProblem):
    """An existing file of zero bytes: refused, never made into a new hub."""


class DatabaseInUse(DatabaseProblem):
    """Another desk or program has the database open (restore needs it alone)."""


class DatabaseCorrupt(DatabaseProblem):
    pass


class DatabaseReadOnly(DatabaseProblem):
    pass


class DatabaseLocked(DatabaseProblem):
    pass


class DatabaseTooNew(DatabaseProblem):
    pass


class DatabaseUnreachable(DatabaseProblem):
    pass


class DatabaseForeign(DatabaseProblem):
    pass


class DatabaseOutdated(DatabaseProblem):
    pass
