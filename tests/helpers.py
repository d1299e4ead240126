"""Small builders for tests: real rows in a real database, no mocks; and the
window and pages opened offscreen as a test drives them.

The Qt side is imported inside the functions that need it, so a test of the
services alone does not load the window.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from hubdesk.domain.enums import LeaseStatus, OrganisationKind, SpaceKind
from hubdesk.domain.models import Lease, LeaseOffice, Organisation, Space
from hubdesk.domain.money import Money

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from pytestqt.qtbot import QtBot

    from hubdesk.app import Core
    from hubdesk.ui.main_window import MainWindow

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ZONE = ZoneInfo("Europe/Amsterdam")
#: Where the tests' clock stands (tests/conftest.py): a Monday morning in the hub.
#: No test reads the computer's clock; a test that needs another moment sets
#: the ``clock`` fixture.
TEST_NOW = datetime(2026, 12, 7, 10, 0, tzinfo=ZONE)
#: The passwords of the staff of the ``core`` fixture (tests/conftest.py).
PASSWORDS = {"maria": "correct horse", "anna": "reception pw"}


def next_monday(weeks: int = 1) -> date:
    """A Monday at least ``weeks`` weeks ahead."""
    today = TEST_NOW.date()
    return today + timedelta(days=7 - today.weekday()) + timedelta(weeks=weeks)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), ZONE)


def add_space(
    session: Session,
    name: str = "Room Mesdag",
    kind: SpaceKind = SpaceKind.MEETING_ROOM,
    *,
    capacity: int = 8,
    buffer_minutes: int = 0,
) -> Space:
    space = Space(
        name=name,
        kind=kind,
        capacity=capacity,
        buffer_minutes=buffer_minutes,
        price_hour=Money(4500),
    )
    session.add(space)
    session.flush()
    return space


def add_organisation(session: Session, name: str = "Stichting Noordzee") -> Organisation:
    organisation = Organisation(name=name, kind=OrganisationKind.NGO, created_at=T0)
    session.add(organisation)
    session.flush()
    return organisation


def add_lease(
    session: Session,
    organisation: Organisation,
    office: Space,
    start: date,
    end: date | None,
    status: LeaseStatus = LeaseStatus.ACTIVE,
) -> Lease:
    lease = Lease(
        organisation_id=organisation.id,
        status=status,
        start_date=start,
        end_date=end,
        rent=Money(95_000),
    )
    session.add(lease)
    session.flush()
    session.add(LeaseOffice(lease_id=lease.id, space_id=office.id))
    session.flush()
    return lease


# ------------------------------------------------------------ window and pages


def settings_file(tmp_path: Path) -> QSettings:
    """The window's per-PC settings, in a file of the test's own."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def open_window(
    qtbot: QtBot, core: Core, tmp_path: Path, window_class: type[MainWindow] | None = None
) -> MainWindow:
    """The main window (or ``window_class``) painted, with ``core`` handed to
    it: it shows the sign-in form."""
    if window_class is None:
        from hubdesk.ui.main_window import MainWindow

        window_class = MainWindow
    window = window_class(core.description, settings_file(tmp_path))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    window.set_core(core)
    return window


def sign_in(qtbot: QtBot, window: MainWindow, username: str, password: str) -> None:
    """Type into the window's sign-in form and press Enter."""
    from PySide6.QtCore import Qt

    view = window.sign_in_view
    if username:  # "" keeps the remembered user name
        view.username.clear()
        qtbot.keyClicks(view.username, username)
    qtbot.keyClicks(view.password, password)
    qtbot.keyClick(view.password, Qt.Key.Key_Return)


def open_page(
    qtbot: QtBot,
    core: Core,
    page_class: type,
    user: str = "anna",
    size: tuple[int, int] = (1000, 700),
) -> Any:
    """A page on its own, shown and loaded for ``user`` (of the ``core`` fixture)."""
    core.sign_in(user, PASSWORDS[user])
    page = page_class(core)
    qtbot.addWidget(page)
    page.resize(*size)
    page.reload()
    page.show()
    qtbot.waitExposed(page)
    return page


def complete_hub_details(session: Session) -> None:
    """The hub's own invoice details (address, VAT id, KvK, IBAN), without
    which nothing is issued; the settings row is made when missing."""
    from hubdesk.domain.models import HubSettings
    from hubdesk.services.hub import ensure_defaults

    ensure_defaults(session)
    session.flush()
    settings = session.get(HubSettings, 1)
    assert settings is not None
    settings.address, settings.postcode, settings.city = ("Werkplaatskade 7", "2516 KX", "Den Haag")
    settings.vat_id, settings.kvk = "NL858813994B01", "84700087"
    settings.iban, settings.bic = "NL91ABNA0417164300", "ABNANL2A"
    session.flush()


_HOLD_OPEN = (
    "import sys, time\n"
    "from hubdesk.db import Database\n"
    "db = Database.open(sys.argv[1], create=False)\n"
    "with db.read() as s: s.connection()\n"
    "print('open', flush=True)\n"
    "time.sleep(120)\n"
)


@contextmanager
def held_open_elsewhere(path: Path) -> Iterator[None]:
    """Another process (another desk) has the database at ``path`` open
    until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_OPEN, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        yield
    finally:
        holder.kill()
        holder.wait()
