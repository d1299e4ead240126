"""Dates, money and numbers written the way the chosen language writes them (babel)."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal

from hubdesk.domain.money import Money

_locale = "en_GB"


def set_language(language: str) -> None:
    """'nl' or 'en': Dutch writes € 1.234,56 and 22-11-2026."""
    global _locale
    _locale = "nl_NL" if language == "nl" else "en_GB"


def locale_name() -> str:
    return _locale


def number(value: int) -> str:
    return format_decimal(value, locale=_locale)


def money(amount: Money | None) -> str:
    if amount is None:
        return ""
    return format_currency(amount.euros, "EUR", locale=_locale)


def day(value: date | None) -> str:
    return "" if value is None else format_date(value, format="medium", locale=_locale)


def moment(value: datetime | None, zone: str = "Europe/Amsterdam") -> str:
    if value is None:
        return ""
    return format_datetime(value, format="short", tzinfo=_zone(zone), locale=_locale)


def _zone(name: str):  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)
