"""The frozen snapshot of an issued invoice or credit note: everything its PDF
and its e-invoice (UBL) show, taken in the transaction that gives it its
number and never changed afterwards.

An issued document is data, not a rule: the hub's details (name, address,
VAT id, KvK, IBAN, BIC, logo), the customer's (billing name and address, VAT
id, KvK, e-mail, bank account and SEPA mandate), the lines, the VAT
treatment of each category on it (exempt, reverse charge and their texts),
the totals per rate, the dates and the language are copied into
``invoices.snapshot`` / ``credit_notes.snapshot`` as JSON. The PDF and the
UBL are pure functions of a :class:`DocumentSnapshot`, so either can be made
again byte for byte, and a later change of the organisation, the hub or a
VAT category never reaches an issued document.

The builders here take rows as mappings of column name to value (a
SQLAlchemy row's ``._mapping``), as the live code and the migration that
gave older databases their snapshots both read them; values may come typed
(``Money``, ``date``) or raw (cents, ISO text).
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from hubdesk.domain.enums import Language
from hubdesk.domain.i18n import _
from hubdesk.domain.money import Money, as_cents
from hubdesk.domain.vat import TaxedAmount, Totals, totals

#: The snapshot's layout; a reader refuses a layout it does not know.
SNAPSHOT_VERSION = 1
#: The code of the default reverse-charge category, whose invoice text is
#: printed for a reverse-charge group of a category without a text of its own.
REVERSE_CHARGE_CODE = "reverse"

Row = Mapping[Any, Any]


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _money(value: Any) -> Money:
    if isinstance(value, Money):
        return value
    return Money(as_cents(value or 0))


def _language(value: Any) -> Language:
    try:
        return Language(_text(value) or Language.EN.value)
    except ValueError:
        return Language.EN


@dataclass(frozen=True)
class HubDetails:
    """The hub as a document shows it (the seller)."""

    name: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "NL"
    email: str = ""
    phone: str = ""
    vat_id: str = ""
    kvk: str = ""
    iban: str = ""
    bic: str = ""
    logo_png: bytes | None = None

    @classmethod
    def from_row(cls, row: Row | None) -> HubDetails:
        if row is None:
            return cls()
        logo = row.get("logo_png")
        return cls(
            name=_text(row.get("name")).strip(),
            address=_text(row.get("address")),
            postcode=_text(row.get("postcode")),
            city=_text(row.get("city")),
            country=_text(row.get("country")) or "NL",
            email=_text(row.get("email")),
            phone=_text(row.get("phone")),
            vat_id=_text(row.get("vat_id")),
            kvk=_text(row.get("kvk")),
            iban=_text(row.get("iban")),
            bic=_text(row.get("bic")),
            logo_png=bytes(logo) if logo else None,
        )

    def missing(self) -> list[str]:
        """What an invoice needs of the hub's own details and is not there
        (translated names of the fields); empty when it can be issued."""
        found = []
        if not self.name.strip():
            found.append(_("the hub's name"))
        if not (self.address.strip() and self.postcode.strip() and self.city.strip()):
            found.append(_("the hub's address (street, postcode and city)"))
        if not (self.vat_id.strip() or self.kvk.strip()):
            found.append(_("the hub's VAT id or KvK number"))
        if not self.iban.strip():
            found.append(_("the hub's IBAN"))
        return found

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "address": self.address,
            "postcode": self.postcode,
            "city": self.city,
            "country": self.country,
            "email": self.email,
            "phone": self.phone,
            "vat_id": self.vat_id,
            "kvk": self.kvk,
            "iban": self.iban,
            "bic": self.bic,
            "logo_png": base64.b64encode(self.logo_png).decode("ascii") if self.logo_png else None,
        }

    @classmethod
    def from_json(cls, data: Row) -> HubDetails:
        logo = data.get("logo_png")
        return cls(
            **{key: _text(data.get(key)) for key in _HUB_TEXT},
            logo_png=base64.b64decode(logo) if logo else None,
        )


_HUB_TEXT = (
    "name",
    "address",
    "postcode",
    "city",
    "country",
    "email",
    "phone",
    "vat_id",
    "kvk",
    "iban",
    "bic",
)


@dataclass(frozen=True)
class CustomerDetails:
    """The customer (the buyer) as the document names them: the billing copy
    of the invoice, and what the e-invoice and the payment need."""

    name: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "NL"
    vat_id: str = ""
    kvk: str = ""
    email: str = ""
    iban: str = ""
    mandate_id: str = ""
    mandate_signed_on: date | None = None

    @property
    def has_mandate(self) -> bool:
        """A SEPA direct-debit mandate the hub may collect under: an id, the
        day it was signed and the account to debit."""
        return bool(
            self.mandate_id.strip() and self.mandate_signed_on is not None and self.iban.strip()
        )

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {key: getattr(self, key) for key in _CUSTOMER_TEXT}
        signed = self.mandate_signed_on
        data["mandate_signed_on"] = signed.isoformat() if signed else None
        return data

    @classmethod
    def from_json(cls, data: Row) -> CustomerDetails:
        return cls(
            **{key: _text(data.get(key)) for key in _CUSTOMER_TEXT},
            mandate_signed_on=_day(data.get("mandate_signed_on")),
        )


_CUSTOMER_TEXT = (
    "name",
    "address",
    "postcode",
    "city",
    "country",
    "vat_id",
    "kvk",
    "email",
    "iban",
    "mandate_id",
)


@dataclass(frozen=True)
class DocumentLine:
    position: int
    description: str
    quantity_milli: int
    unit_price: Money
    amount: Money
    vat_category_code: str
    vat_rate_bp: int
    #: What the line sells (hubdesk.services.billing.Product's value).
    product: str = "other"

    def to_json(self) -> dict[str, Any]:
        return {
            "position": self.position,
            "description": self.description,
            "quantity_milli": self.quantity_milli,
            "unit_price": self.unit_price.cents,
            "amount": self.amount.cents,
            "vat_category_code": self.vat_category_code,
            "vat_rate_bp": self.vat_rate_bp,
            "product": self.product,
        }

    @classmethod
    def from_json(cls, data: Row) -> DocumentLine:
        return cls(
            position=int(data["position"]),
            description=_text(data.get("description")),
            quantity_milli=int(data["quantity_milli"]),
            unit_price=_money(data["unit_price"]),
            amount=_money(data["amount"]),
            vat_category_code=_text(data.get("vat_category_code")),
            vat_rate_bp=int(data["vat_rate_bp"]),
            product=_text(data.get("product")) or "other",
        )


@dataclass(frozen=True)
class VatRule:
    """A VAT category's treatment as it was when the document was issued."""

    rate_bp: int
    exempt: bool
    reverse_charge_eu_b2b: bool
    invoice_text: str

    def to_json(self) -> dict[str, Any]:
        return {
            "rate_bp": self.rate_bp,
            "exempt": self.exempt,
            "reverse_charge_eu_b2b": self.reverse_charge_eu_b2b,
            "invoice_text": self.invoice_text,
        }

    @classmethod
    def from_json(cls, data: Row) -> VatRule:
        return cls(
            int(data.get("rate_bp") or 0),
            bool(data.get("exempt")),
            bool(data.get("reverse_charge_eu_b2b")),
            _text(data.get("invoice_text")),
        )


@dataclass(frozen=True)
class DocumentSnapshot:
    """All an invoice or a credit note shows. A credit note's lines and
    totals are stored as credited (negative amounts); ``number`` is None only
    for a draft's preview."""

    credit_note: bool
    number: str | None
    issue_date: date
    due_date: date | None
    period_start: date
    period_end: date
    language: Language
    hub: HubDetails
    customer: CustomerDetails
    lines: tuple[DocumentLine, ...]
    vat_rules: dict[str, VatRule] = field(default_factory=dict)
    net_total: Money = field(default_factory=lambda: Money(0))
    vat_total: Money = field(default_factory=lambda: Money(0))
    gross_total: Money = field(default_factory=lambda: Money(0))
    #: The invoice a credit note corrects: its number and issue date.
    corrects: tuple[str, date | None] | None = None
    reason: str = ""

    def totals(self) -> Totals:
        """The VAT per rate and the totals, from the lines."""
        return totals(
            TaxedAmount(li.vat_category_code, li.vat_rate_bp, li.amount) for li in self.lines
        )

    def to_json(self) -> dict[str, Any]:
        sums = self.totals()
        return {
            "version": SNAPSHOT_VERSION,
            "kind": "credit_note" if self.credit_note else "invoice",
            "number": self.number,
            "issue_date": self.issue_date.isoformat(),
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "period_start": self.period_start.isoformat(),
            "period_end": self.period_end.isoformat(),
            "language": self.language.value,
            "corrects": (
                {
                    "number": self.corrects[0],
                    "issue_date": self.corrects[1].isoformat() if self.corrects[1] else None,
                }
                if self.corrects is not None
                else None
            ),
            "reason": self.reason,
            "hub": self.hub.to_json(),
            "customer": self.customer.to_json(),
            "lines": [line.to_json() for line in self.lines],
            "vat_rules": {code: rule.to_json() for code, rule in sorted(self.vat_rules.items())},
            "totals": {
                "net": self.net_total.cents,
                "vat": self.vat_total.cents,
                "gross": self.gross_total.cents,
                "by_rate": [
                    {
                        "vat_category_code": group.vat_category_code,
                        "vat_rate_bp": group.vat_rate_bp,
                        "net": group.net.cents,
                        "vat": group.vat.cents,
                    }
                    for group in sums.by_rate
                ],
            },
        }

    @classmethod
    def from_json(cls, data: Row) -> DocumentSnapshot:
        if data.get("version") != SNAPSHOT_VERSION:
            raise ValueError(f"unknown document snapshot version {data.get('version')!r}")
        corrects = data.get("corrects")
        sums = data.get("totals") or {}
        issue_date = _day(data["issue_date"])
        period_start, period_end = _day(data["period_start"]), _day(data["period_end"])
        assert issue_date is not None and period_start is not None and period_end is not None
        return cls(
            credit_note=data.get("kind") == "credit_note",
            number=data.get("number"),
            issue_date=issue_date,
            due_date=_day(data.get("due_date")),
            period_start=period_start,
            period_end=period_end,
            language=_language(data.get("language")),
            hub=HubDetails.from_json(data.get("hub") or {}),
            customer=CustomerDetails.from_json(data.get("customer") or {}),
            lines=tuple(DocumentLine.from_json(line) for line in data.get("lines") or ()),
            vat_rules={
                code: VatRule.from_json(rule)
                for code, rule in (data.get("vat_rules") or {}).items()
            },
            net_total=_money(sums.get("net")),
            vat_total=_money(sums.get("vat")),
            gross_total=_money(sums.get("gross")),
            corrects=(
                (_text(corrects.get("number")), _day(corrects.get("issue_date")))
                if corrects
                else None
            ),
            reason=_text(data.get("reason")),
        )


# ------------------------------------------------------------------ building


def customer_details(
    invoice: Row, organisation: Row | None = None, member: Row | None = None
) -> CustomerDetails:
    """The customer of ``invoice`` (a row of ``invoices``): its billing copy,
    with the KvK number, e-mail, bank account and mandate of its organisation
    (or the e-mail of its member)."""
    org = organisation or {}
    email = _text(org.get("email")) if organisation is not None else ""
    if organisation is None and member is not None:
        email = _text(member.get("email"))
    return CustomerDetails(
        name=_text(invoice.get("billing_name")),
        address=_text(invoice.get("billing_address")),
        postcode=_text(invoice.get("billing_postcode")),
        city=_text(invoice.get("billing_city")),
        country=_text(invoice.get("billing_country")) or "NL",
        vat_id=_text(invoice.get("billing_vat_id")),
        kvk=_text(org.get("kvk")),
        email=email,
        iban=_text(org.get("iban")),
        mandate_id=_text(org.get("sepa_mandate_id")),
        mandate_signed_on=_day(org.get("sepa_mandate_signed_on")),
    )


def vat_rules(categories: Iterable[Row], codes: Iterable[str]) -> dict[str, VatRule]:
    """The treatment of the VAT categories ``codes`` (and of the default
    reverse-charge category, whose text a reverse-charge group may borrow),
    from rows of ``vat_categories``."""
    wanted = set(codes) | {REVERSE_CHARGE_CODE}
    return {
        _text(row["code"]): VatRule(
            int(row.get("rate_bp") or 0),
            bool(row.get("exempt")),
            bool(row.get("reverse_charge_eu_b2b")),
            _text(row.get("invoice_text")).strip(),
        )
        for row in categories
        if _text(row["code"]) in wanted
    }


def _lines(
    rows: Iterable[Row], products: Mapping[Any, str] | None = None
) -> tuple[DocumentLine, ...]:
    found = []
    for row in sorted(rows, key=lambda r: (int(r.get("position") or 0), int(r.get("id") or 0))):
        product = _text(row.get("product"))
        if products is not None:
            product = products.get(row.get("invoice_line_id"), "other")
        found.append(
            DocumentLine(
                position=int(row.get("position") or 0),
                description=_text(row.get("description")),
                quantity_milli=int(row.get("quantity_milli") or 0),
                unit_price=_money(row.get("unit_price")),
                amount=_money(row.get("amount")),
                vat_category_code=_text(row.get("vat_category_code")),
                vat_rate_bp=int(row.get("vat_rate_bp") or 0),
                product=product or "other",
            )
        )
    return tuple(found)


def invoice_snapshot(
    invoice: Row,
    lines: Iterable[Row],
    *,
    hub: HubDetails,
    customer: CustomerDetails,
    categories: Iterable[Row],
    payment_term_days: int = 14,
) -> DocumentSnapshot:
    """The snapshot of an invoice (a row of ``invoices`` and its rows of
    ``invoice_lines``). A draft (no number yet) is dated its creation day and
    due after the payment term, as its preview shows it."""
    found = _lines(lines)
    issue_date = _day(invoice.get("issue_date")) or _day(invoice.get("created_at"))
    assert issue_date is not None
    due = _day(invoice.get("due_date"))
    if due is None:
        due = issue_date + timedelta(days=payment_term_days)
    period_start, period_end = _day(invoice["period_start"]), _day(invoice["period_end"])
    assert period_start is not None and period_end is not None
    return DocumentSnapshot(
        credit_note=False,
        number=invoice.get("number"),
        issue_date=issue_date,
        due_date=due,
        period_start=period_start,
        period_end=period_end,
        language=_language(invoice.get("language")),
        hub=hub,
        customer=customer,
        lines=found,
        vat_rules=vat_rules(categories, (li.vat_category_code for li in found)),
        net_total=_money(invoice.get("net_total")),
        vat_total=_money(invoice.get("vat_total")),
        gross_total=_money(invoice.get("gross_total")),
    )


def credit_note_snapshot(
    note: Row,
    lines: Iterable[Row],
    *,
    invoice: DocumentSnapshot,
    hub: HubDetails,
    products: Mapping[Any, str],
    categories: Iterable[Row],
) -> DocumentSnapshot:
    """The snapshot of a credit note (a row of ``credit_notes`` and its
    lines): the customer, language and period of the invoice it corrects
    (``invoice``, that invoice's snapshot), the hub as it is on the credit
    note's day. ``products`` gives each credited invoice line's product."""
    found = _lines(lines, products)
    issue_date = _day(note["issue_date"])
    assert issue_date is not None
    return DocumentSnapshot(
        credit_note=True,
        number=_text(note.get("number")),
        issue_date=issue_date,
        due_date=None,
        period_start=invoice.period_start,
        period_end=invoice.period_end,
        language=invoice.language,
        hub=hub,
        customer=invoice.customer,
        lines=found,
        vat_rules=vat_rules(categories, (li.vat_category_code for li in found)),
        net_total=_money(note.get("net_total")),
        vat_total=_money(note.get("vat_total")),
        gross_total=_money(note.get("gross_total")),
        corrects=(invoice.number or "", invoice.issue_date),
        reason=_text(note.get("reason")),
    )
