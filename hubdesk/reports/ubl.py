"""An issued invoice (or credit note) as a UBL 2.1 e-invoice, following
Peppol BIS Billing 3.0 and the Dutch NLCIUS rules, for customers who want
their invoices as data (the government, larger organisations, bookkeeping
packages that read UBL).

Built with the standard library's ElementTree; the output is UTF-8 and the
same bytes every time for the same invoice. What a caller must know:

- Only issued documents: a draft has no number yet.
- Everything comes from the document's snapshot, frozen when it was issued
  (:mod:`hubdesk.domain.documents`: number, dates, the hub's and the
  customer's details, the mandate, lines, VAT treatment, totals), never from
  the live organisation or settings; the VAT per rate is recomputed with
  :func:`hubdesk.domain.vat.totals` and must equal the stored totals, or the
  document is refused (it would not match the PDF the customer has).
- VAT categories: a rate above 0 is S (standard, with its percentage); a
  VAT-exempt category (rent) is E, and a 0 % line of a category marked for
  EU reverse charge is AE ("btw verlegd", the customer's VAT id required);
  both carry the category's invoice text as the exemption reason. Any other
  0 % line is Z.
- NLCIUS asks for the hub's KvK number (scheme 0106), its VAT id and full
  addresses of both parties; a document that lacks them is refused with one
  message listing what to fix.
- Payment means: 59 (SEPA direct debit, with the mandate and the customer's
  account) when the organisation had a mandate when the invoice was issued,
  30 (credit transfer to the hub's IBAN) otherwise. PayableAmount is the invoice's gross total;
  payments made since are not deducted.
- Quantities: meeting-room lines are hours (unit HUR), everything else is
  "one" (C62).
- Credit note amounts are written as positive sizes (the type code 381
  says it is a credit), whatever sign they are stored with.
"""

from __future__ import annotations

import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.domain.documents import (
    CustomerDetails,
    DocumentLine,
    DocumentSnapshot,
    HubDetails,
)
from hubdesk.domain.enums import InvoiceStatus
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.i18n import _
from hubdesk.domain.models import Invoice
from hubdesk.domain.money import Money
from hubdesk.domain.snapshots import credit_note_document, invoice_document
from hubdesk.domain.vat import TaxedAmount, Totals, totals

NS_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
NS_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
NS_CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
NS_CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"

CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
CURRENCY = "EUR"
#: Electronic address schemes (EAS) of the parties: NL KvK, NL VAT, BE
#: enterprise number, BE VAT, DE VAT, FR VAT; e-mail when none fits.
SCHEME_NL_KVK = "0106"
_VAT_SCHEMES = {"NL": "9944", "BE": "9925", "DE": "9930", "FR": "9957"}
SCHEME_EMAIL = "EM"
#: Products billed by the hour.
_HOURLY_PRODUCTS = frozenset({"meeting_room"})
#: The exemption reason code of the reverse charge (CEF VATEX list).
VATEX_REVERSE_CHARGE = "VATEX-EU-AE"

#: ElementTree's prefixes are global (sepaxml registers its own default
#: namespace too): they are set again under this lock for every document.
_PREFIXES = threading.Lock()


# ------------------------------------------------------------------ records


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    street: str
    street_2: str
    postcode: str
    city: str
    country: str
    vat_id: str
    kvk: str
    email: str


@dataclass(frozen=True, slots=True)
class Document:
    """What the XML says, read once from the database."""

    credit_note: bool
    number: str
    issue_date: date
    due_date: date | None
    period_start: date
    period_end: date
    corrects: tuple[str, date | None] | None
    supplier: Party
    customer: Party
    hub_iban: str
    hub_bic: str
    mandate_id: str
    customer_iban: str
    net_total: Money
    vat_total: Money
    gross_total: Money
    lines: tuple[DocumentLine, ...]
    categories: dict[str, VatTreatment]
    note: str


@dataclass(frozen=True, slots=True)
class VatTreatment:
    exempt: bool
    reverse_charge: bool
    invoice_text: str


# ---------------------------------------------------------------- reading


def _split_address(text: str) -> tuple[str, str]:
    lines = [line.strip() for line in text.replace("\r", "\n").split("\n") if line.strip()]
    return (lines[0] if lines else "", ", ".join(lines[1:]))


def _party(details: HubDetails | CustomerDetails) -> Party:
    street, street_2 = _split_address(details.address)
    return Party(
        name=details.name.strip(),
        street=street,
        street_2=street_2,
        postcode=details.postcode.strip(),
        city=details.city.strip(),
        country=(details.country or "NL").upper(),
        vat_id=re.sub(r"\s", "", details.vat_id).upper(),
        kvk=re.sub(r"\s", "", details.kvk),
        email=details.email.strip(),
    )


def document(snapshot: DocumentSnapshot) -> Document:
    """What the XML says, from the document's snapshot alone."""
    hub, customer = snapshot.hub, snapshot.customer
    categories = {
        code: VatTreatment(rule.exempt, rule.reverse_charge_eu_b2b, rule.invoice_text.strip())
        for code, rule in snapshot.vat_rules.items()
    }
    mandate = customer_iban = ""
    if not snapshot.credit_note and customer.has_mandate:
        mandate = customer.mandate_id.strip()
        customer_iban = re.sub(r"\s", "", customer.iban).upper()
    number = snapshot.number or ""
    if not snapshot.credit_note:
        lines = snapshot.lines
        return Document(
            credit_note=False,
            number=number,
            issue_date=snapshot.issue_date,
            due_date=snapshot.due_date,
            period_start=snapshot.period_start,
            period_end=snapshot.period_end,
            corrects=None,
            supplier=_party(hub),
            customer=_party(customer),
            hub_iban=re.sub(r"\s", "", hub.iban).upper(),
            hub_bic=re.sub(r"\s", "", hub.bic).upper(),
            mandate_id=mandate,
            customer_iban=customer_iban,
            net_total=snapshot.net_total,
            vat_total=snapshot.vat_total,
            gross_total=snapshot.gross_total,
            lines=lines,
            categories=categories,
            note="",
        )
    sign = -1 if snapshot.gross_total.cents < 0 else 1
    # a credit note's XML states positive quantities and prices, its amounts
    # with the sign of the whole
    lines = tuple(
        replace(
            li,
            quantity_milli=abs(li.quantity_milli),
            unit_price=Money(abs(li.unit_price.cents)),
            amount=li.amount * sign,
        )
        for li in snapshot.lines
    )
    return Document(
        credit_note=True,
        number=number,
        issue_date=snapshot.issue_date,
        due_date=None,
        period_start=snapshot.period_start,
        period_end=snapshot.period_end,
        corrects=snapshot.corrects,
        supplier=_party(hub),
        customer=_party(customer),
        hub_iban=re.sub(r"\s", "", hub.iban).upper(),
        hub_bic=re.sub(r"\s", "", hub.bic).upper(),
        mandate_id="",
        customer_iban="",
        net_total=snapshot.net_total * sign,
        vat_total=snapshot.vat_total * sign,
        gross_total=snapshot.gross_total * sign,
        lines=lines,
        categories=categories,
        note=snapshot.reason.strip(),
    )


# ---------------------------------------------------------------- checking


def _tax_category(doc: Document, code: str, rate_bp: int) -> tuple[str, str, str]:
    """(UNCL5305 category, exemption reason code, exemption reason text)."""
    treatment = doc.categories.get(code, VatTreatment(False, False, ""))
    if rate_bp > 0:
        return "S", "", ""
    if treatment.exempt:
        return "E", "", treatment.invoice_text or "Vrijgesteld van btw / VAT exempt"
    if treatment.reverse_charge:
        reason = treatment.invoice_text or "Btw verlegd / VAT reverse charge"
        return "AE", VATEX_REVERSE_CHARGE, reason
    return "Z", "", ""


def _problems(doc: Document) -> list[str]:
    problems: list[str] = []
    hub, customer = doc.supplier, doc.customer
    if not hub.name:
        problems.append(_("the hub has no name"))
    if not (hub.street and hub.postcode and hub.city):
        problems.append(_("the hub's address (street, postcode and city) is incomplete"))
    if not hub.vat_id:
        problems.append(_("the hub has no VAT number"))
    if hub.country == "NL" and not hub.kvk:
        problems.append(_("the hub has no KvK number"))
    if not (doc.hub_iban or doc.mandate_id):
        problems.append(_("the hub has no IBAN to be paid on"))
    if not customer.name:
        problems.append(_("the customer has no name"))
    if not customer.street:
        problems.append(_("{name} has no billing address").format(name=customer.name))
    if not (customer.postcode and customer.city):
        problems.append(_("{name}'s postcode or city is missing").format(name=customer.name))
    if not _endpoint(customer):
        problems.append(
            _("{name} has no KvK number, VAT number or e-mail address").format(name=customer.name)
        )
    if not doc.lines:
        problems.append(_("{number} has no lines").format(number=doc.number))
    categories = {
        _tax_category(doc, line.vat_category_code, line.vat_rate_bp)[0] for line in doc.lines
    }
    if "AE" in categories and not customer.vat_id:
        problems.append(
            _("{name} has no VAT number, which a reverse-charge invoice must show").format(
                name=customer.name
            )
        )
    for line in doc.lines:
        if line.vat_category_code not in doc.categories:
            problems.append(
                _("line {position} has an unknown VAT category {code}").format(
                    position=line.position, code=line.vat_category_code
                )
            )
    sums = _totals(doc)
    if (sums.net, sums.vat, sums.gross) != (doc.net_total, doc.vat_total, doc.gross_total):
        problems.append(
            _("{number}'s stored totals do not match its lines").format(number=doc.number)
        )
    return problems


def _totals(doc: Document) -> Totals:
    return totals(TaxedAmount(li.vat_category_code, li.vat_rate_bp, li.amount) for li in doc.lines)


def _endpoint(party: Party) -> tuple[str, str] | None:
    """The party's Peppol electronic address (scheme, id)."""
    if party.country == "NL" and party.kvk:
        return SCHEME_NL_KVK, party.kvk
    scheme = _VAT_SCHEMES.get(party.vat_id[:2])
    if party.vat_id and scheme:
        return scheme, party.vat_id
    if party.email:
        return SCHEME_EMAIL, party.email
    return None


# ----------------------------------------------------------------- writing


def _amount(money: Money) -> str:
    sign = "-" if money.cents < 0 else ""
    whole, cents = divmod(abs(money.cents), 100)
    return f"{sign}{whole}.{cents:02d}"


def _quantity(milli: int) -> str:
    text = f"{Decimal(milli) / 1000:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _percent(rate_bp: int) -> str:
    return _quantity(rate_bp * 10)


def _cbc(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{NS_CBC}}}{tag}", attributes)
    element.text = text
    return element


def _cac(parent: ET.Element, name: str) -> ET.Element:
    return ET.SubElement(parent, f"{{{NS_CAC}}}{name}")


def _money(parent: ET.Element, name: str, money: Money) -> None:
    _cbc(parent, name, _amount(money), currencyID=CURRENCY)


def _write_party(parent: ET.Element, role: str, party: Party) -> None:
    node = _cac(_cac(parent, role), "Party")
    endpoint = _endpoint(party)
    if endpoint is not None:
        _cbc(node, "EndpointID", endpoint[1], schemeID=endpoint[0])
    _cbc(_cac(node, "PartyName"), "Name", party.name)
    address = _cac(node, "PostalAddress")
    _cbc(address, "StreetName", party.street)
    if party.street_2:
        _cbc(address, "AdditionalStreetName", party.street_2)
    _cbc(address, "CityName", party.city)
    _cbc(address, "PostalZone", party.postcode)
    _cbc(_cac(address, "Country"), "IdentificationCode", party.country)
    if party.vat_id:
        scheme = _cac(node, "PartyTaxScheme")
        _cbc(scheme, "CompanyID", party.vat_id)
        _cbc(_cac(scheme, "TaxScheme"), "ID", "VAT")
    legal = _cac(node, "PartyLegalEntity")
    _cbc(legal, "RegistrationName", party.name)
    if party.kvk and party.country == "NL":
        _cbc(legal, "CompanyID", party.kvk, schemeID=SCHEME_NL_KVK)
    if party.email:
        _cbc(_cac(node, "Contact"), "ElectronicMail", party.email)


def _tax_category_element(
    parent: ET.Element, name: str, category: str, rate_bp: int, reason: tuple[str, str] | None
) -> None:
    node = _cac(parent, name)
    _cbc(node, "ID", category)
    _cbc(node, "Percent", _percent(rate_bp))
    if reason is not None:
        code, text = reason
        if code:
            _cbc(node, "TaxExemptionReasonCode", code)
        if text:
            _cbc(node, "TaxExemptionReason", text)
    _cbc(_cac(node, "TaxScheme"), "ID", "VAT")


def _xml(doc: Document) -> bytes:
    kind = "CreditNote" if doc.credit_note else "Invoice"
    namespace = NS_CREDIT_NOTE if doc.credit_note else NS_INVOICE
    root = ET.Element(f"{{{namespace}}}{kind}")
    _cbc(root, "CustomizationID", CUSTOMIZATION_ID)
    _cbc(root, "ProfileID", PROFILE_ID)
    _cbc(root, "ID", doc.number)
    _cbc(root, "IssueDate", doc.issue_date.isoformat())
    if doc.due_date is not None and not doc.credit_note:
        _cbc(root, "DueDate", doc.due_date.isoformat())
    _cbc(root, "CreditNoteTypeCode" if doc.credit_note else "InvoiceTypeCode", _type_code(doc))
    if doc.note:
        _cbc(root, "Note", doc.note)
    _cbc(root, "DocumentCurrencyCode", CURRENCY)
    _cbc(root, "BuyerReference", doc.corrects[0] if doc.corrects else doc.number)
    period = _cac(root, "InvoicePeriod")
    _cbc(period, "StartDate", doc.period_start.isoformat())
    _cbc(period, "EndDate", doc.period_end.isoformat())
    if doc.corrects is not None:
        reference = _cac(_cac(root, "BillingReference"), "InvoiceDocumentReference")
        _cbc(reference, "ID", doc.corrects[0])
        if doc.corrects[1] is not None:
            _cbc(reference, "IssueDate", doc.corrects[1].isoformat())
    _write_party(root, "AccountingSupplierParty", doc.supplier)
    _write_party(root, "AccountingCustomerParty", doc.customer)
    _payment_means(root, doc)
    sums = _totals(doc)
    tax_total = _cac(root, "TaxTotal")
    _money(tax_total, "TaxAmount", sums.vat)
    for group in sums.by_rate:
        subtotal = _cac(tax_total, "TaxSubtotal")
        _money(subtotal, "TaxableAmount", group.net)
        _money(subtotal, "TaxAmount", group.vat)
        category, code, text = _tax_category(doc, group.vat_category_code, group.vat_rate_bp)
        reason = (code, text) if category in ("E", "AE") else None
        _tax_category_element(subtotal, "TaxCategory", category, group.vat_rate_bp, reason)
    monetary = _cac(root, "LegalMonetaryTotal")
    _money(monetary, "LineExtensionAmount", sums.net)
    _money(monetary, "TaxExclusiveAmount", sums.net)
    _money(monetary, "TaxInclusiveAmount", sums.gross)
    _money(monetary, "PayableAmount", sums.gross)
    for line in doc.lines:
        _line(root, doc, line)
    ET.indent(root)
    with _PREFIXES:
        ET.register_namespace("", namespace)
        ET.register_namespace("cac", NS_CAC)
        ET.register_namespace("cbc", NS_CBC)
        data: bytes = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    return data


def _type_code(doc: Document) -> str:
    return "381" if doc.credit_note else "380"


def _payment_means(root: ET.Element, doc: Document) -> None:
    means = _cac(root, "PaymentMeans")
    if doc.mandate_id:
        _cbc(means, "PaymentMeansCode", "59", name="SEPA direct debit")
    else:
        _cbc(means, "PaymentMeansCode", "30", name="Credit transfer")
    _cbc(means, "PaymentID", doc.number)
    if doc.hub_iban:
        account = _cac(means, "PayeeFinancialAccount")
        _cbc(account, "ID", doc.hub_iban)
        _cbc(account, "Name", doc.supplier.name)
        if doc.hub_bic:
            _cbc(_cac(account, "FinancialInstitutionBranch"), "ID", doc.hub_bic)
    if doc.mandate_id:
        mandate = _cac(means, "PaymentMandate")
        _cbc(mandate, "ID", doc.mandate_id)
        _cbc(_cac(mandate, "PayerFinancialAccount"), "ID", doc.customer_iban)


def _line(root: ET.Element, doc: Document, line: DocumentLine) -> None:
    kind = "CreditNoteLine" if doc.credit_note else "InvoiceLine"
    node = _cac(root, kind)
    _cbc(node, "ID", str(line.position))
    unit = "HUR" if line.product in _HOURLY_PRODUCTS else "C62"
    quantity = "CreditedQuantity" if doc.credit_note else "InvoicedQuantity"
    _cbc(node, quantity, _quantity(line.quantity_milli), unitCode=unit)
    _money(node, "LineExtensionAmount", line.amount)
    item = _cac(node, "Item")
    _cbc(item, "Name", " ".join(line.description.split())[:200] or "-")
    category, _code, _text = _tax_category(doc, line.vat_category_code, line.vat_rate_bp)
    _tax_category_element(item, "ClassifiedTaxCategory", category, line.vat_rate_bp, None)
    _money(_cac(node, "Price"), "PriceAmount", line.unit_price)


def _refuse(doc_label: str, problems: Sequence[str]) -> ValidationError:
    return ValidationError(
        "invoice",
        _("Cannot make the e-invoice {number}: {problems}").format(
            number=doc_label, problems="; ".join(problems)
        ),
    )


# ------------------------------------------------------------------ public


def document_ubl(snapshot: DocumentSnapshot) -> bytes:
    """The UBL of an issued document, from its snapshot alone (the same
    snapshot gives the same bytes); :class:`ValidationError` listing every
    problem when it lacks what the rules require."""
    doc = document(snapshot)
    problems = _problems(doc)
    if problems:
        raise _refuse(doc.number, problems)
    return _xml(doc)


def invoice_ubl(session: Session, invoice_id: int) -> bytes:
    """The issued invoice as a UBL 2.1 Invoice (Peppol BIS Billing 3.0,
    NLCIUS), UTF-8, from the snapshot it was issued with.
    :class:`ValidationError` listing every problem if the invoice does not
    exist, is a draft, or lacks what the rules require."""
    found = session.execute(
        select(Invoice.status, Invoice.number, Invoice.issue_date).where(Invoice.id == invoice_id)
    ).first()
    if found is None:
        raise ValidationError("invoice", _("Invoice #{id} does not exist").format(id=invoice_id))
    if found.status != InvoiceStatus.ISSUED or found.number is None:
        raise ValidationError(
            "invoice",
            _(
                "Cannot make the e-invoice of draft #{id}: only an issued invoice has a number"
            ).format(id=invoice_id),
        )
    if found.issue_date is None:
        raise _refuse(found.number, [_("it has no issue date")])
    snapshot = invoice_document(session, invoice_id)
    assert snapshot is not None
    return document_ubl(snapshot)


def credit_note_ubl(session: Session, credit_note_id: int) -> bytes:
    """The credit note as a UBL 2.1 CreditNote (type 381) naming the invoice
    it corrects; otherwise as :func:`invoice_ubl`."""
    snapshot = credit_note_document(session, credit_note_id)
    if snapshot is None:
        raise ValidationError(
            "invoice", _("Credit note #{id} does not exist").format(id=credit_note_id)
        )
    return document_ubl(snapshot)
