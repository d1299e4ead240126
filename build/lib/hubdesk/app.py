"""The program assembled once: database → services, for the window and the
command line alike (the window is only one client of :class:`Core`).

Nothing heavy is imported at module level: the window paints first and the
data layer (SQLAlchemy, Alembic) loads after, on a worker thread.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hubdesk.db import Database
    from hubdesk.services.overview import HubOverview


class Core:
    """An open hub: its database and the use cases that run on it."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    def open(cls, target: str | os.PathLike[str] | None = None, *, create: bool = True) -> Core:
        from hubdesk.db import Database
        from hubdesk.domain.models import HubSettings
        from hubdesk.services import hub

        db = Database.open(target, create=create)
        with db.read() as session:
            has_settings = session.get(HubSettings, 1) is not None
        if not has_settings:
            with db.write() as session:
                hub.ensure_defaults(session)
        return cls(db)

    @property
    def description(self) -> str:
        return self.db.description

    def overview(self) -> HubOverview:
        from hubdesk.services.overview import hub_overview

        with self.db.read() as session:
            return hub_overview(session)

    def close(self) -> None:
        self.db.close()


def run_gui(target: str | os.PathLike[str] | None, argv: list[str]) -> int:
    from hubdesk.location import describe, resolve_target
    from hubdesk.ui.gui import run

    url = resolve_target(target)
    return run(lambda: Core.open(url), describe(url), argv)
