"""The billing exports: the SEPA direct-debit batch for the bank, the UBL
e-invoice per invoice, and the bookkeeper's journal CSV. Real rows in a real
SQLite file; the XML is read back and checked against its schema or the
Peppol rules, the CSV parsed back and added up."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
import sepaxml
import xmlschema
from sqlalchemy.orm import Session

from hubdesk.db import Database
from hubdesk.domain.enums import InvoiceStatus, OrganisationKind, PaymentMethod
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.models import (
    CreditNote,
    CreditNoteLine,
    HubSettings,
    Invoice,
    InvoiceLine,
    Member,
    Organisation,
    Payment,
)
from hubdesk.domain.money import Money
from hubdesk.domain.vat import TaxedAmount, line_amount, totals
from hubdesk.reports.ubl import credit_note_ubl, invoice_ubl
from hubdesk.services.audit import SYSTEM
from hubdesk.services.bookkeeping import COLUMNS, journal_csv, write_journal
from hubdesk.services.hub import ensure_defaults
from hubdesk.services.sepa import direct_debit_batch

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
CREDITOR_ID = "NL57ZZZ999999999999"
COLLECT_ON = date(2026, 4, 10)
PAIN = "{urn:iso:std:iso:20022:tech:xsd:pain.008.001.02}"


# ---------------------------------------------------------------- builders


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "hub.sqlite")
    with db.write() as session:
        ensure_defaults(session, "Impact Hub Den Haag")
        session.flush()
        hub = session.get(HubSettings, 1)
        assert hub is not None
        hub.address, hub.postcode, hub.city = "Spui 1", "2511 BL", "Den Haag"
        hub.country, hub.email = "NL", "billing@hub.example"
        hub.kvk, hub.vat_id = "12345678", "NL123456782B01"
        hub.iban, hub.bic = "NL91ABNA0417164300", "ABNANL2A"
    yield db
    db.engine.dispose()


def organisation(
    session: Session,
    name: str,
    *,
    iban: str = "NL20INGB0001234567",
    mandate: str = "MANDATE-1",
    signed_on: date | None = date(2025, 12, 1),
    address: str = "Lange Voorhout 9",
    country: str = "NL",
    vat_id: str = "",
    kvk: str = "",
) -> Organisation:
    org = Organisation(
        name=name,
        kind=OrganisationKind.NGO,
        created_at=T0,
        iban=iban,
        bic="INGBNL2A" if iban.startswith("NL") else "",
        sepa_mandate_id=mandate,
        sepa_mandate_signed_on=signed_on,
        billing_address=address,
        postcode="2514 EA" if country == "NL" else "1000",
        city="Den Haag" if country == "NL" else "Brussel",
        country=country,
        vat_id=vat_id,
        kvk=kvk,
        email="finance@example.org",
    )
    session.add(org)
    session.flush()
    return org


#: (description, quantity in thousandths, unit price in cents, VAT code, rate, product)
Line = tuple[str, int, int, str, int, str]

RENT_AND_ROOM: tuple[Line, ...] = (
    ("Office 2.14, March 2026", 1000, 120_000, "exempt", 0, "rent"),
    ("Service charge, March 2026", 1000, 15_000, "high", 2100, "service_charge"),
    ("Meeting room Mesdag, 2.5 h", 2500, 4_500, "high", 2100, "meeting_room"),
    ("Coffee for 8", 8000, 333, "low", 900, "other"),
)

_numbers = iter(range(1, 10_000))


def invoice(
    session: Session,
    customer: Organisation | Member,
    lines: Sequence[Line] = RENT_AND_ROOM,
    *,
    issued_on: date = date(2026, 3, 31),
    status: InvoiceStatus = InvoiceStatus.ISSUED,
    vat_id: str | None = None,
) -> Invoice:
    """An invoice as the invoice run leaves it: lines, totals from the
    domain's VAT arithmetic, a frozen copy of the billing details."""
    is_org = isinstance(customer, Organisation)
    inv = Invoice(
        number=f"2026-{next(_numbers):05d}" if status == InvoiceStatus.ISSUED else None,
        status=status,
        organisation_id=customer.id if is_org else None,
        member_id=None if is_org else customer.id,
        period_start=date(2026, 3, 1),
        period_end=date(2026, 3, 31),
        issue_date=issued_on if status == InvoiceStatus.ISSUED else None,
        due_date=date(2026, 4, 14) if status == InvoiceStatus.ISSUED else None,
        billing_name=customer.name if is_org else customer.full_name,
        billing_address=customer.billing_address,
        billing_postcode=customer.postcode,
        billing_city=customer.city,
        billing_country=customer.country,
        billing_vat_id=(customer.vat_id if is_org else "") if vat_id is None else vat_id,
        created_at=T0,
    )
    for position, (text, qty, price, code, rate, product) in enumerate(lines, start=1):
        inv.lines.append(
            InvoiceLine(
                position=position,
                description=text,
                quantity_milli=qty,
                unit_price=Money(price),
                amount=line_amount(qty, Money(price)),
                vat_category_code=code,
                vat_rate_bp=rate,
                product=product,
            )
        )
    sums = totals(TaxedAmount(li.vat_category_code, li.vat_rate_bp, li.amount) for li in inv.lines)
    inv.net_total, inv.vat_total, inv.gross_total = sums.net, sums.vat, sums.gross
    session.add(inv)
    session.flush()
    return inv


def pay(session: Session, inv: Invoice, cents: int, method: PaymentMethod) -> None:
    session.add(
        Payment(
            invoice_id=inv.id,
            paid_on=date(2026, 4, 2),
            amount=Money(cents),
            method=method,
            recorded_at=T0,
        )
    )
    session.flush()


def credit(
    session: Session, inv: Invoice, *positions: int, number: str = "C2026-00001"
) -> CreditNote:
    """A credit note taking back the invoice's lines at these positions
    (amounts stored as positive sizes, like the invoice's)."""
    taken = [li for li in inv.lines if li.position in positions]
    sums = totals(TaxedAmount(li.vat_category_code, li.vat_rate_bp, li.amount) for li in taken)
    note = CreditNote(
        number=number,
        invoice_id=inv.id,
        issue_date=date(2026, 3, 31),
        reason="Room booked twice",
        net_total=sums.net,
        vat_total=sums.vat,
        gross_total=sums.gross,
        issued_at=T0,
    )
    for position, li in enumerate(taken, start=1):
        note.lines.append(
            CreditNoteLine(
                invoice_line_id=li.id,
                position=position,
                description=li.description,
                quantity_milli=li.quantity_milli,
                unit_price=li.unit_price,
                amount=li.amount,
                vat_category_code=li.vat_category_code,
                vat_rate_bp=li.vat_rate_bp,
            )
        )
    session.add(note)
    session.flush()
    return note


# -------------------------------------------------------------------- SEPA


def _pain(data: bytes) -> ET.Element:
    return ET.fromstring(data)


def _transactions(root: ET.Element) -> dict[str, tuple[str, Decimal]]:
    """end-to-end id -> (sequence type, amount)."""
    found: dict[str, tuple[str, Decimal]] = {}
    for block in root.iter(f"{PAIN}PmtInf"):
        seq = block.findtext(f"{PAIN}PmtTpInf/{PAIN}SeqTp")
        assert seq is not None
        for tx in block.iter(f"{PAIN}DrctDbtTxInf"):
            e2e = tx.findtext(f"{PAIN}PmtId/{PAIN}EndToEndId")
            amount = tx.findtext(f"{PAIN}InstdAmt")
            assert e2e is not None and amount is not None
            found[e2e] = (seq, Decimal(amount))
    return found


def test_sepa_batch_validates_against_the_pain_008_schema(database: Database) -> None:
    with database.write() as session:
        org = organisation(session, "Bürger & Söhne <NGO>")
        first = invoice(session, org)
        second = invoice(session, org, RENT_AND_ROOM[1:2])
        ids = [first.id, second.id]
    with database.read() as session:
        data = direct_debit_batch(session, ids, COLLECT_ON, creditor_id=CREDITOR_ID, actor=SYSTEM)
    xsd = Path(sepaxml.__file__).parent / "schemas" / "pain.008.001.02.xsd"
    xmlschema.XMLSchema(str(xsd)).validate(data.decode("utf-8"))
    root = _pain(data)
    header = root.find(f"{PAIN}CstmrDrctDbtInitn/{PAIN}GrpHdr")
    assert header is not None
    assert header.findtext(f"{PAIN}NbOfTxs") == "2"
    block = root.find(f".//{PAIN}PmtInf")
    assert block is not None
    assert block.findtext(f"{PAIN}CdtrAcct/{PAIN}Id/{PAIN}IBAN") == "NL91ABNA0417164300"
    assert (
        block.findtext(f"{PAIN}CdtrSchmeId/{PAIN}Id/{PAIN}PrvtId/{PAIN}Othr/{PAIN}Id")
        == CREDITOR_ID
    )
    assert block.findtext(f"{PAIN}ReqdColltnDt") == "2026-04-10"
    tx = root.find(f".//{PAIN}DrctDbtTxInf")
    assert tx is not None
    assert tx.findtext(f"{PAIN}Dbtr/{PAIN}Nm") == "Burger + Sohne NGO"
    assert tx.findtext(f".//{PAIN}MndtId") == "MANDATE-1"
    assert tx.findtext(f".//{PAIN}DtOfSgntr") == "2025-12-01"
    assert tx.findtext(f"{PAIN}DbtrAcct/{PAIN}Id/{PAIN}IBAN") == "NL20INGB0001234567"
    assert tx.findtext(f"{PAIN}RmtInf/{PAIN}Ustrd") == tx.findtext(f"{PAIN}PmtId/{PAIN}EndToEndId")


def test_sepa_first_collection_is_frst_and_later_ones_rcur(database: Database) -> None:
    with database.write() as session:
        new = organisation(session, "Pier Labs", mandate="PIER-7")
        known = organisation(session, "Stichting Noordzee")
        earlier = invoice(session, known, issued_on=date(2026, 2, 28))
        pay(session, earlier, earlier.gross_total.cents, PaymentMethod.DIRECT_DEBIT)
        # a bank transfer does not make a mandate used
        other = invoice(session, new, issued_on=date(2026, 2, 28))
        pay(session, other, other.gross_total.cents, PaymentMethod.BANK_TRANSFER)
        a, b = invoice(session, new), invoice(session, known)
        numbers = {a.id: a.number, b.id: b.number}
        ids = [a.id, b.id]
    with database.read() as session:
        found = _transactions(
            _pain(
                direct_debit_batch(session, ids, COLLECT_ON, creditor_id=CREDITOR_ID, actor=SYSTEM)
            )
        )
    assert found[numbers[ids[0]]][0] == "FRST"
    assert found[numbers[ids[1]]][0] == "RCUR"


def test_sepa_collects_the_open_amounts_and_leaves_out_paid_invoices(database: Database) -> None:
    with database.write() as session:
        org = organisation(session, "Stichting Noordzee")
        part_paid = invoice(session, org)
        pay(session, part_paid, 10_000, PaymentMethod.BANK_TRANSFER)
        credited = invoice(session, org)
        credit(session, credited, 3)
        paid = invoice(session, org)
        pay(session, paid, paid.gross_total.cents, PaymentMethod.BANK_TRANSFER)
        # the credit note: 2.5 h at 45.00 = 112.50 net + 23.63 VAT (half-up) = 136.13
        expected = {
            part_paid.number: part_paid.gross_total.cents - 10_000,
            credited.number: credited.gross_total.cents - 13_613,
        }
        ids = [part_paid.id, credited.id, paid.id]
        paid_number = paid.number
    with database.read() as session:
        found = _transactions(
            _pain(
                direct_debit_batch(session, ids, COLLECT_ON, creditor_id=CREDITOR_ID, actor=SYSTEM)
            )
        )
    assert paid_number not in found
    assert {number: int(amount * 100) for number, (_, amount) in found.items()} == expected


def test_sepa_refuses_a_batch_listing_everything_to_fix(database: Database) -> None:
    with database.write() as session:
        good = organisation(session, "Stichting Noordzee")
        no_iban = organisation(session, "Stichting Duin", iban="")
        bad_iban = organisation(session, "Bad Bank BV", iban="NL20INGB0001234568")
        undated = organisation(session, "Pier Labs", signed_on=None)
        no_mandate = organisation(session, "Zee & Co", mandate="", signed_on=None)
        no_address = organisation(session, "Nowhere NGO", address="")
        person = Member(first_name="Ada", last_name="Lovelace", created_at=T0)
        session.add(person)
        session.flush()
        ids = [
            invoice(session, org).id
            for org in (good, no_iban, bad_iban, undated, no_mandate, no_address)
        ]
        ids.append(invoice(session, person).id)
        ids.append(invoice(session, good, status=InvoiceStatus.DRAFT).id)
    with database.read() as session, pytest.raises(ValidationError) as refused:
        direct_debit_batch(
            session, ids, COLLECT_ON, creditor_id="NL98ZZZ999999999999", actor=SYSTEM
        )
    message = refused.value.message
    assert message.startswith("Cannot collect: ")
    for expected in (
        "Stichting Duin has no IBAN",
        "Bad Bank BV's IBAN NL20INGB0001234568: Not a valid IBAN: the check digits do not match",
        "Pier Labs's mandate has no date",
        "Zee & Co has no direct-debit mandate",
        "Nowhere NGO has no billing address",
        "who has no mandate",
        "is not issued",
        "Not a valid SEPA creditor identifier: NL98ZZZ999999999999",
    ):
        assert expected in message
    assert "Stichting Noordzee" not in message


def test_sepa_refuses_when_everything_is_paid(database: Database) -> None:
    with database.write() as session:
        org = organisation(session, "Stichting Noordzee")
        paid = invoice(session, org)
        pay(session, paid, paid.gross_total.cents, PaymentMethod.DIRECT_DEBIT)
        ids = [paid.id]
    with database.read() as session, pytest.raises(ValidationError, match="paid or credited"):
        direct_debit_batch(session, ids, COLLECT_ON, creditor_id=CREDITOR_ID, actor=SYSTEM)


def test_sepa_refuses_without_the_hubs_bank_details(database: Database) -> None:
    with database.write() as session:
        hub = session.get(HubSettings, 1)
        assert hub is not None
        hub.iban, hub.bic = "", ""
        ids = [invoice(session, organisation(session, "Stichting Noordzee")).id]
    with database.read() as session, pytest.raises(ValidationError) as refused:
        direct_debit_batch(session, ids, COLLECT_ON, creditor_id=CREDITOR_ID, actor=SYSTEM)
    assert "the hub has no IBAN" in refused.value.message
    assert "the hub has no BIC" in refused.value.message


# --------------------------------------------------------------------- UBL

UBL_NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cn": "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}

#: What Peppol BIS Billing 3.0 (and NLCIUS for a Dutch seller) requires of an invoice.
REQUIRED_INVOICE_ELEMENTS = (
    "cbc:CustomizationID",
    "cbc:ProfileID",
    "cbc:ID",
    "cbc:IssueDate",
    "cbc:DueDate",
    "cbc:InvoiceTypeCode",
    "cbc:DocumentCurrencyCode",
    "cbc:BuyerReference",
    "cac:InvoicePeriod/cbc:StartDate",
    "cac:InvoicePeriod/cbc:EndDate",
    "cac:AccountingSupplierParty/cac:Party/cbc:EndpointID",
    "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name",
    "cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:StreetName",
    "cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:CityName",
    "cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:PostalZone",
    "cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cac:Country/cbc:IdentificationCode",
    "cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID",
    "cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cbc:ID",
    "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName",
    "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID",
    "cac:AccountingCustomerParty/cac:Party/cbc:EndpointID",
    "cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:StreetName",
    "cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:CityName",
    "cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:PostalZone",
    "cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cac:Country/cbc:IdentificationCode",
    "cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName",
    "cac:PaymentMeans/cbc:PaymentMeansCode",
    "cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID",
    "cac:TaxTotal/cbc:TaxAmount",
    "cac:TaxTotal/cac:TaxSubtotal/cbc:TaxableAmount",
    "cac:TaxTotal/cac:TaxSubtotal/cbc:TaxAmount",
    "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID",
    "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Percent",
    "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cac:TaxScheme/cbc:ID",
    "cac:LegalMonetaryTotal/cbc:LineExtensionAmount",
    "cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount",
    "cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount",
    "cac:LegalMonetaryTotal/cbc:PayableAmount",
    "cac:InvoiceLine/cbc:ID",
    "cac:InvoiceLine/cbc:InvoicedQuantity",
    "cac:InvoiceLine/cbc:LineExtensionAmount",
    "cac:InvoiceLine/cac:Item/cbc:Name",
    "cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory/cbc:ID",
    "cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory/cac:TaxScheme/cbc:ID",
    "cac:InvoiceLine/cac:Price/cbc:PriceAmount",
)


def _ubl(data: bytes) -> ET.Element:
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    return ET.fromstring(data)


def _text(root: ET.Element, path: str) -> str:
    found = root.findtext(path, namespaces=UBL_NS)
    assert found is not None, path
    return found


def _cents(text: str) -> int:
    return int(Decimal(text) * 100)


def _subtotals(root: ET.Element) -> list[tuple[str, str, int, int, str]]:
    """(category, percent, taxable cents, tax cents, exemption reason) per subtotal."""
    return [
        (
            _text(sub, "cac:TaxCategory/cbc:ID"),
            _text(sub, "cac:TaxCategory/cbc:Percent"),
            _cents(_text(sub, "cbc:TaxableAmount")),
            _cents(_text(sub, "cbc:TaxAmount")),
            sub.findtext("cac:TaxCategory/cbc:TaxExemptionReason", "", UBL_NS),
        )
        for sub in root.findall("cac:TaxTotal/cac:TaxSubtotal", UBL_NS)
    ]


def test_ubl_invoice_has_the_required_peppol_elements(database: Database) -> None:
    with database.write() as session:
        org = organisation(session, "Stichting Noordzee", kvk="87654321")
        inv_id = invoice(session, org).id
    with database.read() as session:
        data = invoice_ubl(session, inv_id)
        again = invoice_ubl(session, inv_id)
    assert data == again  # the same bytes every time
    root = _ubl(data)
    assert root.tag == "{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice"
    missing = [path for path in REQUIRED_INVOICE_ELEMENTS if root.find(path, UBL_NS) is None]
    assert missing == []
    assert _text(root, "cbc:CustomizationID") == (
        "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
    )
    assert _text(root, "cbc:ProfileID") == "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
    assert _text(root, "cbc:InvoiceTypeCode") == "380"
    assert _text(root, "cbc:DocumentCurrencyCode") == "EUR"
    supplier = root.find("cac:AccountingSupplierParty/cac:Party", UBL_NS)
    assert supplier is not None
    kvk = supplier.find("cac:PartyLegalEntity/cbc:CompanyID", UBL_NS)
    assert kvk is not None and kvk.text == "12345678" and kvk.get("schemeID") == "0106"
    assert _text(supplier, "cac:PartyTaxScheme/cbc:CompanyID") == "NL123456782B01"
    endpoint = root.find("cac:AccountingCustomerParty/cac:Party/cbc:EndpointID", UBL_NS)
    assert endpoint is not None and endpoint.get("schemeID") == "0106"
    # a mandate: paid by SEPA direct debit, into the hub's account
    assert _text(root, "cac:PaymentMeans/cbc:PaymentMeansCode") == "59"
    assert _text(root, "cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID") == "NL91ABNA0417164300"
    assert _text(root, "cac:PaymentMeans/cac:PaymentMandate/cbc:ID") == "MANDATE-1"
    units = [
        q.get("unitCode") for q in root.iterfind("cac:InvoiceLine/cbc:InvoicedQuantity", UBL_NS)
    ]
    assert units == ["C62", "C62", "HUR", "C62"]


def test_ubl_amounts_equal_the_database_and_add_up(database: Database) -> None:
    with database.write() as session:
        org = organisation(session, "Stichting Noordzee", mandate="", signed_on=None)
        inv = invoice(session, org)
        inv_id = inv.id
        stored = (inv.net_total.cents, inv.vat_total.cents, inv.gross_total.cents)
        line_amounts = [li.amount.cents for li in inv.lines]
    with database.read() as session:
        root = _ubl(invoice_ubl(session, inv_id))
    net, vat, gross = stored
    lines = [
        _cents(_text(line, "cbc:LineExtensionAmount"))
        for line in root.findall("cac:InvoiceLine", UBL_NS)
    ]
    assert lines == line_amounts
    monetary = "cac:LegalMonetaryTotal/cbc:"
    assert _cents(_text(root, monetary + "LineExtensionAmount")) == sum(lines) == net
    assert _cents(_text(root, monetary + "TaxExclusiveAmount")) == net
    assert _cents(_text(root, "cac:TaxTotal/cbc:TaxAmount")) == vat
    assert _cents(_text(root, monetary + "TaxInclusiveAmount")) == net + vat == gross
    assert _cents(_text(root, monetary + "PayableAmount")) == gross
    subtotals = _subtotals(root)
    assert sum(s[2] for s in subtotals) == net
    assert sum(s[3] for s in subtotals) == vat
    for line in root.findall("cac:InvoiceLine", UBL_NS):
        quantity = Decimal(_text(line, "cbc:InvoicedQuantity"))
        price = Decimal(_text(line, "cac:Price/cbc:PriceAmount"))
        assert (quantity * price).quantize(Decimal("0.01")) == Decimal(
            _text(line, "cbc:LineExtensionAmount")
        )
    # no mandate: a credit transfer to the hub's IBAN
    assert _text(root, "cac:PaymentMeans/cbc:PaymentMeansCode") == "30"
    assert root.find("cac:PaymentMeans/cac:PaymentMandate", UBL_NS) is None


def test_ubl_exempt_and_standard_rate_give_two_subtotals(database: Database) -> None:
    with database.write() as session:
        org = organisation(session, "Stichting Noordzee")
        inv_id = invoice(session, org, RENT_AND_ROOM[:3]).id
    with database.read() as session:
        root = _ubl(invoice_ubl(session, inv_id))
    assert _subtotals(root) == [
        ("S", "21", 15_000 + 11_250, 5_513, ""),
        ("E", "0", 120_000, 0, "Vrijgesteld van btw (art. 11 lid 1 sub b Wet OB) / VAT exempt"),
    ]
    categories = [
        _text(line, "cac:Item/cac:ClassifiedTaxCategory/cbc:ID")
        for line in root.findall("cac:InvoiceLine", UBL_NS)
    ]
    assert categories == ["E", "S", "S"]


def test_ubl_reverse_charge_for_a_belgian_customer(database: Database) -> None:
    with database.write() as session:
        org = organisation(
            session,
            "Brussels Policy Lab",
            iban="BE68539007547034",
            country="BE",
            vat_id="BE0123456749",
            address="Wetstraat 16",
        )
        lines: tuple[Line, ...] = (
            ("Flex membership, March 2026", 1000, 25_000, "reverse", 0, "flex"),
            ("Meeting room Mesdag, 3 h", 3000, 4_500, "high", 0, "meeting_room"),
        )
        inv_id = invoice(session, org, lines).id
    with database.read() as session:
        root = _ubl(invoice_ubl(session, inv_id))
    customer = root.find("cac:AccountingCustomerParty/cac:Party", UBL_NS)
    assert customer is not None
    assert _text(customer, "cac:PartyTaxScheme/cbc:CompanyID") == "BE0123456749"
    assert _text(customer, "cac:PostalAddress/cac:Country/cbc:IdentificationCode") == "BE"
    endpoint = customer.find("cbc:EndpointID", UBL_NS)
    assert endpoint is not None and (endpoint.get("schemeID"), endpoint.text) == (
        "9925",
        "BE0123456749",
    )
    subtotals = root.findall("cac:TaxTotal/cac:TaxSubtotal", UBL_NS)
    assert {_text(s, "cac:TaxCategory/cbc:ID") for s in subtotals} == {"AE"}
    for sub in subtotals:
        assert _text(sub, "cac:TaxCategory/cbc:Percent") == "0"
        assert _text(sub, "cbc:TaxAmount") == "0.00"
        assert _text(sub, "cac:TaxCategory/cbc:TaxExemptionReasonCode") == "VATEX-EU-AE"
        assert "verlegd" in _text(sub, "cac:TaxCategory/cbc:TaxExemptionReason")
    assert _text(root, "cac:TaxTotal/cbc:TaxAmount") == "0.00"


def test_ubl_credit_note_names_the_invoice_it_corrects(database: Database) -> None:
    with database.write() as session:
        org = organisation(session, "Stichting Noordzee")
        inv = invoice(session, org)
        note_id = credit(session, inv, 3).id
        number = inv.number
    with database.read() as session:
        root = _ubl(credit_note_ubl(session, note_id))
    assert root.tag == "{urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2}CreditNote"
    assert _text(root, "cbc:CreditNoteTypeCode") == "381"
    assert _text(root, "cbc:ID") == "C2026-00001"
    assert _text(root, "cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID") == number
    assert _text(root, "cac:LegalMonetaryTotal/cbc:PayableAmount") == "136.13"
    assert _text(root, "cac:CreditNoteLine/cbc:CreditedQuantity") == "2.5"


def test_ubl_refuses_an_invoice_missing_what_the_rules_require(database: Database) -> None:
    with database.write() as session:
        hub = session.get(HubSettings, 1)
        assert hub is not None
        hub.kvk = ""
        org = organisation(session, "Nowhere NGO", address="")
        inv_id = invoice(session, org).id
        draft_id = invoice(session, org, status=InvoiceStatus.DRAFT).id
        reverse = organisation(session, "Brussels Policy Lab", country="BE", iban="")
        no_vat_id = invoice(session, reverse, (("Desk", 1000, 25_000, "reverse", 0, "flex"),)).id
    with database.read() as session:
        with pytest.raises(ValidationError) as refused:
            invoice_ubl(session, inv_id)
        assert "the hub has no KvK number" in refused.value.message
        assert "Nowhere NGO has no billing address" in refused.value.message
        with pytest.raises(ValidationError, match="only an issued invoice"):
            invoice_ubl(session, draft_id)
        with pytest.raises(ValidationError, match="reverse-charge invoice must show"):
            invoice_ubl(session, no_vat_id)


# ------------------------------------------------------------ bookkeeping


def _journal(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


def test_journal_of_a_month_balances_per_document(database: Database) -> None:
    with database.write() as session:
        noordzee = organisation(session, "Stichting Noordzee")
        pier = organisation(session, "Pier Labs")
        first = invoice(session, noordzee)
        second = invoice(session, pier, RENT_AND_ROOM[1:3])
        invoice(session, pier, issued_on=date(2026, 4, 1))  # next month: left out
        invoice(session, pier, status=InvoiceStatus.DRAFT)  # a draft is not booked
        numbers = {first.number, second.number}
        stored = {
            first.number: first.gross_total.cents,
            second.number: second.gross_total.cents,
        }
    with database.read() as session:
        rows = _journal(journal_csv(session, date(2026, 3, 1), date(2026, 3, 31)))
    assert {row["number"] for row in rows} == numbers
    for number in numbers:
        block = [row for row in rows if row["number"] == number]
        for column in ("net", "vat", "gross"):
            assert sum(Decimal(row[column]) for row in block) == 0, (number, column)
        for row in block:
            assert Decimal(row["net"]) + Decimal(row["vat"]) == Decimal(row["gross"])
        receivable = [row for row in block if row["account"] == "1300"]
        assert len(receivable) == 1
        assert _cents(receivable[0]["gross"]) == stored[number]
    first_block = {(r["account"], r["vat_code"]): r for r in rows if r["number"] == first.number}
    assert set(first_block) == {
        ("1300", ""),
        ("8000", "exempt"),
        ("8010", "high"),
        ("8200", "high"),
        ("8900", "low"),
        ("1500", "high"),
        ("1510", "low"),
    }
    assert first_block[("8000", "exempt")]["gross"] == "-1200.00"
    # 150.00 + 112.50 at 21 %: 55.13 VAT on the rate's sum, not per line
    assert first_block[("1500", "high")]["vat"] == "-55.13"
    # 8 coffees at 3.33 at 9 %: 2.40
    assert first_block[("1510", "low")]["vat"] == "-2.40"


def test_journal_books_credit_notes_negative(database: Database) -> None:
    with database.write() as session:
        org = organisation(session, "Stichting Noordzee")
        earlier = invoice(session, org, issued_on=date(2026, 2, 27))
        credit(session, earlier, 3)
    with database.read() as session:
        rows = _journal(journal_csv(session, date(2026, 3, 1), date(2026, 3, 31)))
    assert {row["number"] for row in rows} == {"C2026-00001"}
    by_account = {row["account"]: row for row in rows}
    assert by_account["1300"]["gross"] == "-136.13"
    assert by_account["1300"]["description"].startswith("Credit note C2026-00001 on invoice 2026-")
    assert by_account["8200"]["net"] == "112.50"
    assert by_account["1500"]["vat"] == "23.63"
    assert sum(Decimal(row["gross"]) for row in rows) == 0


def test_journal_neutralises_formulas_in_text_cells(database: Database, tmp_path: Path) -> None:
    with database.write() as session:
        org = organisation(session, '=HYPERLINK("x")')
        invoice(session, org, (("@SUM(A1:A9)", 1000, 5_000, "high", 2100, "flex"),))
    target = tmp_path / "journal-2026-03.csv"
    with database.read() as session:
        written = write_journal(session, date(2026, 3, 1), date(2026, 3, 31), target)
    raw = written.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte order mark Excel needs
    rows = _journal(raw.decode("utf-8-sig"))
    assert {row["customer"] for row in rows} == {'\'=HYPERLINK("x")'}
    assert [row["description"] for row in rows if row["account"] == "8210"] == ["'@SUM(A1:A9)"]
    # a negative amount in an amount column stays a number
    assert [row["gross"] for row in rows if row["account"] == "8210"] == ["-50.00"]
    assert list(rows[0]) == list(COLUMNS)


def test_journal_refuses_a_period_ending_before_it_starts(database: Database) -> None:
    with database.read() as session, pytest.raises(ValidationError, match="ends before"):
        journal_csv(session, date(2026, 3, 31), date(2026, 3, 1))
