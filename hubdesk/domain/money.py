"""Exact money: integer euro cents, VAT rates in basis points (2100 = 21 %).

Floats never touch an amount. Invoices round half-up to the cent (Python's
``round()`` and the default ``Decimal`` context round half-even), so every
rounding of money goes through :func:`round_half_up`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal(1)


def round_half_up(value: Decimal) -> int:
    """Round an amount in cents (possibly fractional) half-up to whole cents."""
    return int(value.quantize(CENT, rounding=ROUND_HALF_UP))


def as_cents(value: object) -> int:
    """Cents from what a SQL sum gives back: Money (a typed column), an int
    or Decimal (a plain number, e.g. ``coalesce(sum(...), 0)``), or None."""
    if value is None:
        return 0
    if isinstance(value, Money):
        return value.cents
    if isinstance(value, int | Decimal):
        return int(value)
    raise TypeError(f"not an amount of cents: {value!r}")


def vat_cents(net_cents: int, rate_bp: int) -> int:
    """VAT on a net amount at a rate in basis points, rounded half-up."""
    return round_half_up(Decimal(net_cents) * Decimal(rate_bp) / Decimal(10000))


_DOT_DECIMAL = re.compile(r"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
_COMMA_DECIMAL = re.compile(r"^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")


def parse_cents(text: str) -> int:
    """Parse an amount as people type it into cents: '1234.56', '1.234,56',
    '1,234.56', '€ 12,5', '-3'. A lone comma is the decimal separator (Dutch);
    thousands groups must have three digits. ValueError otherwise."""
    cleaned = text.strip().replace("€", "").replace("EUR", "")
    cleaned = cleaned.replace(" ", "").replace("\u00a0", "")
    if _DOT_DECIMAL.match(cleaned) and not (cleaned.count(",") == 1 and "." not in cleaned):
        normal = cleaned.replace(",", "")
    elif _COMMA_DECIMAL.match(cleaned):
        normal = cleaned.replace(".", "").replace(",", ".")
    else:
        raise ValueError(f"not an amount: {text!r}")
    amount = Decimal(normal)
    cents = amount * 100
    if cents != cents.to_integral_value():
        raise ValueError(f"more than two decimals: {text!r}")
    return int(cents)


@dataclass(frozen=True, order=True, slots=True)
class Money:
    """An amount of euros held as integer cents."""

    cents: int

    def __post_init__(self) -> None:
        if isinstance(self.cents, bool) or not isinstance(self.cents, int):
            raise TypeError("Money holds integer cents, never a float")

    @classmethod
    def of(cls, amount: str | int | Decimal) -> Money:
        """Money from euros: ``Money.of("12.50")``; ints are whole euros."""
        if isinstance(amount, int):
            return cls(amount * 100)
        if isinstance(amount, Decimal):
            return cls(round_half_up(amount * 100))
        return cls(parse_cents(amount))

    def __add__(self, other: Money) -> Money:
        return Money(self.cents + other.cents)

    def __sub__(self, other: Money) -> Money:
        return Money(self.cents - other.cents)

    def __neg__(self) -> Money:
        return Money(-self.cents)

    def __mul__(self, factor: int) -> Money:
        if not isinstance(factor, int):
            raise TypeError("multiply Money by an int; use allocate()/prorate for fractions")
        return Money(self.cents * factor)

    def times(self, factor: Decimal) -> Money:
        """Multiply by an exact fraction, rounding half-up to the cent."""
        return Money(round_half_up(Decimal(self.cents) * factor))

    def vat(self, rate_bp: int) -> Money:
        return Money(vat_cents(self.cents, rate_bp))

    @property
    def euros(self) -> Decimal:
        return Decimal(self.cents) / 100

    def __str__(self) -> str:
        sign = "-" if self.cents < 0 else ""
        whole, cents = divmod(abs(self.cents), 100)
        return f"{sign}€ {whole:,}.{cents:02d}"
