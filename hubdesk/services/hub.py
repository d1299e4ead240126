"""The hub's own settings and the defaults of a new database, and the rules
read from them that the rest judges by: its time zone and opening hours."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hubdesk.domain.clock import DEFAULT_TIME_ZONE
from hubdesk.domain.models import HubSettings, VatCategory

WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

DEFAULT_OPENING_HOURS: dict[str, list[str] | None] = {
    "mon": ["08:00", "18:00"],
    "tue": ["08:00", "18:00"],
    "wed": ["08:00", "18:00"],
    "thu": ["08:00", "18:00"],
    "fri": ["08:00", "18:00"],
    "sat": None,
    "sun": None,
}

#: (code, name, rate in basis points, exempt, reverse charge for EU B2B, invoice text)
DEFAULT_VAT_CATEGORIES: tuple[tuple[str, str, int, bool, bool, str], ...] = (
    ("high", "21 %", 2100, False, True, ""),
    ("low", "9 %", 900, False, False, ""),
    (
        "exempt",
        "Exempt (rent)",
        0,
        True,
        False,
        "Vrijgesteld van btw (art. 11 lid 1 sub b Wet OB) / VAT exempt",
    ),
    ("reverse", "Reverse charge", 0, False, True, "Btw verlegd / VAT reverse charge"),
)


def ensure_defaults(session: Session, hub_name: str = "Our hub") -> bool:
    """Give a database its settings row and VAT categories where they are
    missing; True if it added anything."""
    added = False
    if session.get(HubSettings, 1) is None:
        session.add(HubSettings(id=1, name=hub_name, opening_hours=dict(DEFAULT_OPENING_HOURS)))
        added = True
    if session.scalar(select(func.count()).select_from(VatCategory)) == 0:
        added = True
        for code, name, rate, exempt, reverse, text in DEFAULT_VAT_CATEGORIES:
            session.add(
                VatCategory(
                    code=code,
                    name=name,
                    rate_bp=rate,
                    exempt=exempt,
                    reverse_charge_eu_b2b=reverse,
                    invoice_text=text,
                )
            )
    return added


def settings(session: Session) -> HubSettings:
    found = session.get(HubSettings, 1)
    if found is None:
        ensure_defaults(session)
        session.flush()
        found = session.get(HubSettings, 1)
    assert found is not None
    return found


# ----------------------------------------------------------------- the hub's time


@dataclass(frozen=True)
class HubRules:
    """What bookings and sheets judge by: the hub's zone, opening hours and
    free-cancellation hours."""

    tz: ZoneInfo
    opening_hours: dict[str, Any]
    cancellation_free_hours: int


@cache
def _settings_query() -> Any:
    return select(
        HubSettings.time_zone, HubSettings.opening_hours, HubSettings.cancellation_free_hours
    ).where(HubSettings.id == 1)


def hub_rules(session: Session) -> HubRules:
    """The settings bookings depend on, read once per session (one user
    action); a database without its settings row yet gets the defaults,
    without writing."""
    cached = session.info.get("hubdesk.booking_settings")
    if isinstance(cached, HubRules):
        return cached
    found = session.execute(_settings_query()).one_or_none()
    if found is None:
        hub = HubRules(ZoneInfo(DEFAULT_TIME_ZONE), dict(DEFAULT_OPENING_HOURS), 24)
    else:
        zone, opening_hours, free_hours = found
        hub = HubRules(ZoneInfo(zone), dict(opening_hours or {}), free_hours)
    session.info["hubdesk.booking_settings"] = hub
    return hub


def hub_zone(session: Session) -> ZoneInfo:
    """The hub's time zone (read once per session)."""
    return hub_rules(session).tz


def opening_hours_on(session: Session, day: date) -> tuple[time, time] | None:
    """The hub's opening and closing time on ``day``; None when closed."""
    return hours_of(hub_rules(session).opening_hours, day)


def hours_of(opening_hours: dict[str, Any], day: date) -> tuple[time, time] | None:
    span = opening_hours.get(WEEKDAY_KEYS[day.weekday()])
    if not span:
        return None
    return time.fromisoformat(span[0]), time.fromisoformat(span[1])
