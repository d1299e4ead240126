"""An invoice's arithmetic: line amounts, and totals per VAT rate.

VAT is computed per invoice per rate, on the sum of the lines at that rate,
and rounded half-up to the cent (not per line): the totals on an invoice then
add up exactly, and match what the Belastingdienst expects. Exempt and
reverse-charge lines are their own groups at 0 %, so their invoice texts can
be printed beside them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from hubdesk.domain.money import Money, round_half_up, vat_cents


def line_amount(quantity_milli: int, unit_price: Money) -> Money:
    """``quantity_milli`` thousandths times the unit price, rounded half-up
    to the cent (1.5 hours at € 45.00: 67.50)."""
    return Money(round_half_up(Decimal(quantity_milli) * Decimal(unit_price.cents) / 1000))


@dataclass(frozen=True)
class TaxedAmount:
    """A line as the totals see it."""

    vat_category_code: str
    vat_rate_bp: int
    amount: Money


@dataclass(frozen=True)
class RateTotal:
    vat_category_code: str
    vat_rate_bp: int
    net: Money
    vat: Money

    @property
    def gross(self) -> Money:
        return self.net + self.vat


@dataclass(frozen=True)
class Totals:
    by_rate: tuple[RateTotal, ...]
    net: Money
    vat: Money

    @property
    def gross(self) -> Money:
        return self.net + self.vat


def totals(lines: Iterable[TaxedAmount]) -> Totals:
    """Net and VAT per (category, rate), in order of the highest rate first
    (then by category code), and the invoice's totals."""
    groups: dict[tuple[str, int], int] = {}
    for line in lines:
        key = (line.vat_category_code, line.vat_rate_bp)
        groups[key] = groups.get(key, 0) + line.amount.cents
    by_rate = tuple(
        RateTotal(code, rate, Money(net), Money(vat_cents(net, rate)))
        for (code, rate), net in sorted(groups.items(), key=lambda item: (-item[0][1], item[0][0]))
    )
    return Totals(
        by_rate,
        Money(sum(r.net.cents for r in by_rate)),
        Money(sum(r.vat.cents for r in by_rate)),
    )
