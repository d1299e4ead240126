"""Dates, money and numbers written the way the chosen language writes them.

babel is imported on first use, not at start-up (it costs ~50 ms).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from hubdesk.domain.clock import DEFAULT_TIME_ZONE

if TYPE_CHECKING:
    from hubdesk.domain.money import Money

_locale = "en_GB"


def set_language(language: str) -> None:
    """'nl' or 'en': Dutch writes € 1.234,56 and 22-11-2026."""
    global _locale
    _locale = "nl_NL" if language == "nl" else "en_GB"


def locale_name() -> str:
    return _locale


def number(value: int) -> str:
    from babel.numbers import format_decimal

    return format_decimal(value, locale=_locale)


def money(amount: Money | None) -> str:
    if amount is None:
        return ""
    from babel.numbers import format_currency

    return format_currency(amount.euros, "EUR", locale=_locale)


def day(value: date | None) -> str:
    if value is None:
        return ""
    from babel.dates import format_date

    return format_date(value, format="medium", locale=_locale)


def moment(value: datetime | None, zone: str = DEFAULT_TIME_ZONE) -> str:
    if value is None:
        return ""
    from babel.dates import format_datetime

    return format_datetime(value, format="short", tzinfo=_zone(zone), locale=_locale)


def _zone(name: str):  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def clock(value: datetime) -> str:
    """The status bar's clock: 'Sun 22 Nov 15:18' / 'zo 22 nov. 15:18'."""
    from babel.dates import format_datetime

    return format_datetime(value, "EEE d MMM HH:mm", locale=_locale)
