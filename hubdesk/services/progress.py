"""Progress of long work, without Qt: a service reports ``advance(done,
total)`` and asks ``cancelled()`` between steps; the desk shows a progress
dialog for it, the command line nothing."""

from __future__ import annotations

from typing import Protocol

from hubdesk.domain.errors import HubdeskError
from hubdesk.domain.i18n import _


class Progress(Protocol):
    def advance(self, done: int, total: int) -> None: ...

    def cancelled(self) -> bool: ...


class Cancelled(HubdeskError):
    """The user stopped the work; its transaction is rolled back."""

    def __init__(self) -> None:
        super().__init__(_("Stopped: nothing was changed"))


class Quiet:
    """No progress shown, never cancelled."""

    def advance(self, done: int, total: int) -> None:
        pass

    def cancelled(self) -> bool:
        return False


QUIET = Quiet()
