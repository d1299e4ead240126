"""What a booking costs, from a space's hour, half-day and day rates.

The rules, kept here so the booking dialog, the services, the demo and the
invoice run agree to the cent:

* A booking is priced per local calendar day it touches; each day's part costs
  the cheapest of the rates that apply to it: the hour rate pro rata by the
  minute (half-up to the cent), the half-day rate for a part of at most
  five hours, the day rate for any part of a day.
* A rate that is not set does not apply; a space without any rate is free.
* Of a booking partly covered by an allowance, only the uncovered minutes are
  charged, priced the same way (so two uncovered hours cost what a two-hour
  booking costs).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from hubdesk.domain.money import Money, round_half_up

#: A half day: up to five hours (the morning 08:00-13:00 or the afternoon
#: 13:00-18:00 of a hub open ten hours a day).
HALF_DAY_MINUTES = 5 * 60


@dataclass(frozen=True, slots=True)
class Rates:
    hour: Money | None = None
    half_day: Money | None = None
    day: Money | None = None

    @property
    def any(self) -> bool:
        return self.hour is not None or self.half_day is not None or self.day is not None


def price_of_part(rates: Rates, minutes: int) -> Money:
    """The cheapest applicable rate for ``minutes`` within one day."""
    if minutes <= 0 or not rates.any:
        return Money(0)
    candidates: list[int] = []
    if rates.hour is not None:
        candidates.append(round_half_up(Decimal(rates.hour.cents) * minutes / 60))
    if rates.half_day is not None and minutes <= HALF_DAY_MINUTES:
        candidates.append(rates.half_day.cents)
    if rates.day is not None:
        candidates.append(rates.day.cents)
    if not candidates:
        # Only a half-day rate and a part longer than half a day: two halves.
        assert rates.half_day is not None
        candidates.append(rates.half_day.cents * 2)
    return Money(min(candidates))


def day_parts(start_local: datetime, end_local: datetime) -> list[int]:
    """Minutes of [start, end) on each local calendar day it touches."""
    parts: list[int] = []
    cursor = start_local
    while cursor < end_local:
        midnight = (cursor + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
        stop = min(midnight, end_local)
        parts.append(int((stop - cursor).total_seconds() // 60))
        cursor = stop
    return parts


def list_price(rates: Rates, start_local: datetime, end_local: datetime) -> Money:
    """The price of [start, end) given in the hub's local time."""
    total = Money(0)
    for minutes in day_parts(start_local, end_local):
        total = total + price_of_part(rates, minutes)
    return total


def charge(rates: Rates, start_local: datetime, end_local: datetime, covered_minutes: int) -> Money:
    """What is billed when ``covered_minutes`` of the booking fall within an
    allowance: the full price when nothing is covered, nothing when all is,
    otherwise the uncovered minutes priced as one part of a day."""
    total_minutes = int((end_local - start_local).total_seconds() // 60)
    if covered_minutes <= 0:
        return list_price(rates, start_local, end_local)
    if covered_minutes >= total_minutes:
        return Money(0)
    return price_of_part(rates, total_minutes - covered_minutes)


def flex_units(minutes: int) -> int:
    """Flex-desk use in half days: a booking of at most five hours is one
    half day (1), anything longer is a day (2) per day touched."""
    return 1 if minutes <= HALF_DAY_MINUTES else 2
