"""Money is exact: integer cents, half-up rounding, no floats."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hubdesk.domain.money import Money, parse_cents, round_half_up, vat_cents


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0.5", 1), ("1.5", 2), ("2.5", 3), ("-0.5", -1), ("-2.5", -3), ("2.4999", 2), ("2.5001", 3)],
)
def test_round_half_up_not_half_even(value: str, expected: int) -> None:
    assert round_half_up(Decimal(value)) == expected


def test_vat_is_rounded_half_up_per_amount() -> None:
    assert vat_cents(50, 2100) == 11  # 10.5 cents -> 11 (half-even would give 10)
    assert vat_cents(150, 900) == 14  # 13.5 -> 14
    assert vat_cents(12_345, 2100) == 2592  # 2592.45
    assert vat_cents(100_000, 0) == 0
    assert vat_cents(-50, 2100) == -11


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("12.50", 1250),
        ("12,50", 1250),
        ("€ 1.234,56", 123_456),
        ("1,234.56", 123_456),
        ("-3", -300),
        ("0,1", 10),
        ("2400", 240_000),
    ],
)
def test_parse_amounts_as_people_type_them(text: str, cents: int) -> None:
    assert parse_cents(text) == cents


@pytest.mark.parametrize("text", ["", "abc", "1.005", "NaN", "Infinity", "12,3,4.5"])
def test_parse_refuses_what_is_not_an_amount(text: str) -> None:
    with pytest.raises(ValueError):
        parse_cents(text)


def test_money_refuses_floats() -> None:
    with pytest.raises(TypeError):
        Money(12.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money(100) * 1.5  # type: ignore[operator]


def test_money_arithmetic_and_text() -> None:
    assert Money.of("0.10") + Money.of("0.20") == Money.of("0.30")
    assert Money.of(2) * 3 == Money(600)
    assert Money(1000).times(Decimal(17) / Decimal(30)) == Money(567)  # 566.67 -> 567
    assert str(Money(123_456)) == "€ 1,234.56"
    assert str(Money(-5)) == "-€ 0.05"


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_text_round_trip(cents: int) -> None:
    money = Money(cents)
    assert Money.of(str(money.euros)) == money


@given(
    st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=50),
    st.sampled_from([0, 900, 2100]),
)
def test_vat_on_the_total_is_within_half_a_cent_per_line(lines: list[int], rate: int) -> None:
    """Per-rate VAT on the summed net differs from the sum of per-line VAT by
    less than half a cent per line: why invoices compute VAT per rate."""
    total_vat = vat_cents(sum(lines), rate)
    per_line = sum(vat_cents(line, rate) for line in lines)
    assert abs(total_vat - per_line) <= len(lines) / 2 + 1
    assert total_vat == round_half_up(Decimal(sum(lines)) * rate / 10000)
