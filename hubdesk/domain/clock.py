"""The one clock of an open hub.

Every instant and every "today" the desk works with comes from the clock the
hub was opened with: the real one in the program, a fixed one in tests and
scenarios (so a test never depends on the day it runs). Services read it from
their session (:func:`hubdesk.services.clock.now_utc`), never from
``datetime.now()`` or ``date.today()``.
"""

from __future__ import annotations

import os
import threading
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol

#: The key of a session's ``info`` that holds its database's clock.
CLOCK_KEY = "hubdesk_clock"


class Clock(Protocol):
    """Tells the current instant: aware, in UTC, whole seconds (as stored)."""

    def now(self) -> datetime: ...


def whole_seconds_utc(instant: datetime) -> datetime:
    if instant.tzinfo is None:
        raise ValueError("a clock's instant must be aware")
    return instant.astimezone(UTC).replace(microsecond=0)


class SystemClock:
    """The computer's clock."""

    def now(self) -> datetime:
        return datetime.now(UTC).replace(microsecond=0)

    def __repr__(self) -> str:
        return "SystemClock()"


class FixedClock:
    """A clock that stands still at an instant until it is set or advanced;
    safe to share between threads."""

    def __init__(self, instant: datetime) -> None:
        self._lock = threading.Lock()
        self._instant = whole_seconds_utc(instant)

    def now(self) -> datetime:
        with self._lock:
            return self._instant

    def set(self, instant: datetime) -> None:
        with self._lock:
            self._instant = whole_seconds_utc(instant)

    def advance(self, delta: timedelta) -> datetime:
        with self._lock:
            self._instant = whole_seconds_utc(self._instant + delta)
            return self._instant

    def __repr__(self) -> str:
        return f"FixedClock({self._instant.isoformat()})"


SYSTEM_CLOCK: Clock = SystemClock()

#: An ISO 8601 instant with its UTC offset (``2026-12-07T10:00:00+01:00``):
#: the whole program then stands still at it (training, rehearsing a month's
#: run, scenarios); unset, it tells the computer's time.
#: The zone of a hub that has not chosen one (and what the window shows
#: before the hub is open).
DEFAULT_TIME_ZONE = "Europe/Amsterdam"

ENV_NOW = "HUBDESK_NOW"


def configured_clock() -> Clock:
    """The clock the program runs on: fixed at ``$HUBDESK_NOW`` when that is
    set, else the computer's. Raises ValueError for a value that is not an
    instant with an offset."""
    raw = os.environ.get(ENV_NOW, "").strip()
    if not raw:
        return SYSTEM_CLOCK
    try:
        instant = datetime.fromisoformat(raw)
    except ValueError:
        instant = None
    if instant is None or instant.tzinfo is None:
        raise ValueError(
            f"{ENV_NOW}={raw!r} is not an instant with its UTC offset, "
            "such as 2026-12-07T10:00:00+01:00"
        )
    return FixedClock(instant)


def local_today(clock: Clock, zone: tzinfo) -> date:
    """The date on the hub's wall clocks (``zone``) at the clock's instant."""
    return clock.now().astimezone(zone).date()
