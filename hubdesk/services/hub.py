"""The hub's own settings and the defaults of a new database."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hubdesk.domain.models import HubSettings, VatCategory

DEFAULT_TIME_ZONE = "Europe/Amsterdam"

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
