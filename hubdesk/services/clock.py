"""The hub's notion of now and of its time zone, read from the clock the
session's database was opened with (see :mod:`hubdesk.domain.clock`)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from hubdesk.domain.clock import CLOCK_KEY, SYSTEM_CLOCK, Clock, local_today


def clock_of(session: Session) -> Clock:
    """The clock of the database this session belongs to (the computer's
    clock for a session made outside :class:`hubdesk.db.Database`)."""
    found = session.info.get(CLOCK_KEY)
    return found if found is not None else SYSTEM_CLOCK


def now_utc(session: Session) -> datetime:
    """The current instant, aware, in UTC, whole seconds (as stored)."""
    return clock_of(session).now()


def today(session: Session, zone: ZoneInfo) -> date:
    """Today's date on the hub's wall clocks."""
    return local_today(clock_of(session), zone)


def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)
