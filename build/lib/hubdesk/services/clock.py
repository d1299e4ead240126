"""The hub's notion of now and of its time zone."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo


def now_utc() -> datetime:
    """The current instant, aware, in UTC, whole seconds (as stored)."""
    return datetime.now(UTC).replace(microsecond=0)


def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)
