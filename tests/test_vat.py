"""An invoice's arithmetic: line amounts and VAT per rate, to the cent."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from hubdesk.domain.money import Money
from hubdesk.domain.vat import TaxedAmount, line_amount, totals


def test_line_amounts_round_half_up() -> None:
    assert line_amount(1500, Money(4500)) == Money(6750)
    assert line_amount(333, Money(1)) == Money(0)
    assert line_amount(500, Money(1)) == Money(1)  # half a cent rounds up
    assert line_amount(-500, Money(1)) == Money(-1)  # and a credit mirrors it


def test_vat_per_rate_not_per_line() -> None:
    """Three lines of € 0.07 at 21 %: 0.0147 each would round to 0.01 three
    times (0.03); on their sum, 0.0441 rounds to 0.04."""
    lines = [TaxedAmount("high", 2100, Money(7))] * 3 + [
        TaxedAmount("exempt", 0, Money(95_000)),
        TaxedAmount("low", 900, Money(1_050)),
    ]
    result = totals(lines)
    assert [(r.vat_category_code, r.net, r.vat) for r in result.by_rate] == [
        ("high", Money(21), Money(4)),
        ("low", Money(1_050), Money(95)),
        ("exempt", Money(95_000), Money(0)),
    ]
    assert (result.net, result.vat, result.gross) == (Money(96_071), Money(99), Money(96_170))


amounts = st.lists(
    st.tuples(
        st.sampled_from([("high", 2100), ("low", 900), ("exempt", 0), ("reverse", 0)]),
        st.integers(min_value=-500_000, max_value=5_000_000),
    ),
    max_size=40,
)


@given(amounts)
def test_the_totals_per_rate_add_up(lines: list[tuple[tuple[str, int], int]]) -> None:
    result = totals(TaxedAmount(code, rate, Money(cents)) for (code, rate), cents in lines)
    assert result.net == Money(sum(cents for _rate, cents in lines))
    assert result.net == Money(sum(r.net.cents for r in result.by_rate))
    assert result.vat == Money(sum(r.vat.cents for r in result.by_rate))
    assert result.gross == result.net + result.vat
    for rate in result.by_rate:
        exact = rate.net.cents * rate.vat_rate_bp / 10_000
        assert abs(rate.vat.cents - exact) <= 0.5
