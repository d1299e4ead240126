"""Invoices and credit notes as PDF: read back with pypdf, the figures on the
page are the figures in the database."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session

from hubdesk.db import Database
from hubdesk.domain.enums import InvoiceStatus, Language, OrganisationKind
from hubdesk.domain.errors import HubdeskError
from hubdesk.domain.models import (
    CreditNote,
    CreditNoteLine,
    HubSettings,
    Invoice,
    InvoiceLine,
    Organisation,
)
from hubdesk.domain.money import Money
from hubdesk.domain.vat import TaxedAmount, line_amount, totals
from hubdesk.reports.invoices import (
    credit_note_pdf,
    format_date,
    format_money,
    format_quantity,
    format_rate,
    invoice_pdf,
)
from hubdesk.services.hub import ensure_defaults

ISSUED = date(2026, 3, 2)
DUE = date(2026, 3, 16)
EXEMPT_TEXT = "Vrijgesteld van btw (art. 11 lid 1 sub b Wet OB) / VAT exempt"
REVERSE_TEXT = "Btw verlegd / VAT reverse charge"

#: (description, quantity in thousandths, unit price in cents, VAT category, rate)
TYPICAL = [
    ("Rent office Zee, March 2026", 1000, 123_456, "exempt", 0),
    ("Service charge office Zee, March 2026", 1000, 12_500, "high", 2100),
    ("Meeting room Mesdag, 4 March 09:00-10:30", 1500, 4500, "high", 2100),
    ("Meeting room Mesdag, 11 March 14:00-14:15", 250, 4500, "high", 2100),
    ("Flex desk day passes", 3000, 2250, "high", 2100),
    ("Lunch for 12, 18 March", 12000, 1295, "low", 900),
    ("Printing (pages)", 125_000, 7, "high", 2100),
    ("Locker, March 2026", 1000, 1500, "high", 2100),
]


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "hub.sqlite")
    with database.write() as session:
        ensure_defaults(session, "Impact Hub Den Haag")
        session.flush()
        hub = session.get(HubSettings, 1)
        assert hub is not None
        hub.address, hub.postcode, hub.city = "Spui 1", "2511 BL", "Den Haag"
        hub.email, hub.phone = "desk@hub.example", "+31 70 123 4567"
        hub.kvk, hub.vat_id = "12345678", "NL123456782B01"
        hub.iban, hub.bic = "NL91ABNA0417164300", "ABNANL2A"
    yield database
    database.close()


def add_invoice(
    session: Session,
    lines: list[tuple[str, int, int, str, int]],
    *,
    name: str = "Stichting Noordzee",
    language: Language = Language.EN,
    number: str | None = "2026-00042",
    country: str = "NL",
    vat_id: str = "",
) -> Invoice:
    org = Organisation(
        name=name,
        kind=OrganisationKind.NGO,
        language=language,
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    session.add(org)
    session.flush()
    issued = number is not None
    invoice = Invoice(
        number=number,
        status=InvoiceStatus.ISSUED if issued else InvoiceStatus.DRAFT,
        organisation_id=org.id,
        run_month="2026-03",
        period_start=date(2026, 3, 1),
        period_end=date(2026, 3, 31),
        issue_date=ISSUED if issued else None,
        due_date=DUE if issued else None,
        billing_name=name,
        billing_address="Lange Voorhout 9\nTweede verdieping",
        billing_postcode="2514 EA",
        billing_city="Den Haag",
        billing_country=country,
        billing_vat_id=vat_id,
        language=language,
        created_at=datetime(2026, 3, 1, 6, 0, tzinfo=UTC),
        issued_at=datetime(2026, 3, 2, 9, 0, tzinfo=UTC) if issued else None,
    )
    for position, (description, quantity, price, code, rate) in enumerate(lines, start=1):
        invoice.lines.append(
            InvoiceLine(
                position=position,
                description=description,
                quantity_milli=quantity,
                unit_price=Money(price),
                amount=line_amount(quantity, Money(price)),
                vat_category_code=code,
                vat_rate_bp=rate,
            )
        )
    summed = totals(
        TaxedAmount(li.vat_category_code, li.vat_rate_bp, li.amount) for li in invoice.lines
    )
    invoice.net_total, invoice.vat_total, invoice.gross_total = summed.net, summed.vat, summed.gross
    session.add(invoice)
    session.flush()
    return invoice


def pages(pdf: bytes) -> list[str]:
    """Each page's text, whitespace (no-break spaces too) folded to one space."""
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def text(pdf: bytes) -> str:
    return " ".join(pages(pdf))


def folded(value: str) -> str:
    return " ".join(value.split())


def test_invoice_shows_the_numbers_of_the_database(database: Database) -> None:
    with database.write() as session:
        invoice_id = add_invoice(session, TYPICAL).id
    with database.read() as session:
        invoice = session.get(Invoice, invoice_id)
        assert invoice is not None
        pdf = invoice_pdf(session, invoice_id)
        printed = text(pdf)
        en = Language.EN
        assert pdf.startswith(b"%PDF") and b"DejaVuSans" in pdf
        assert "Invoice 2026-00042" in printed
        assert format_date(ISSUED, en) in printed and "2 March 2026" in printed
        assert format_date(DUE, en) in printed and "16 March 2026" in printed
        assert "1 March 2026 \u2013 31 March 2026" in printed
        for line in invoice.lines:
            assert line.description in printed, line.description
            assert folded(format_money(line.amount, en)) in printed
        # quantities without trailing zeros
        for quantity in ("1.5", "0.25", "125"):
            assert quantity in printed
        assert format_quantity(1500, en) == "1.5" and format_quantity(250, en) == "0.25"
        summed = totals(
            TaxedAmount(li.vat_category_code, li.vat_rate_bp, li.amount) for li in invoice.lines
        )
        assert (summed.net, summed.vat, summed.gross) == (
            invoice.net_total,
            invoice.vat_total,
            invoice.gross_total,
        )
        for group in summed.by_rate:
            assert folded(format_money(group.net, en)) in printed
            assert folded(format_money(group.vat, en)) in printed
        assert f"Total excl. VAT {folded(format_money(invoice.net_total, en))}" in printed
        assert f"Total incl. VAT {folded(format_money(invoice.gross_total, en))}" in printed
        # the hub's details and the payment instruction
        for expected in ("Impact Hub Den Haag", "12345678", "NL123456782B01", "NL91ABNA0417164300"):
            assert expected in printed, expected
        assert "Stichting Noordzee" in printed and "Lange Voorhout 9" in printed
        assert "Page 1 of 1" in printed
        assert len(pages(pdf)) == 1


def test_exempt_rent_and_service_charge_list_both_rates(database: Database) -> None:
    with database.write() as session:
        invoice_id = add_invoice(session, TYPICAL[:2]).id
    with database.read() as session:
        printed = text(invoice_pdf(session, invoice_id))
    en = Language.EN
    # 21 % of 125.00 is 26.25; the exempt rent carries no VAT
    assert f"{format_rate(2100, en)} {folded(format_money(Money(12_500), en))} " in printed
    assert folded(format_money(Money(2625), en)) in printed
    assert (
        f"exempt {folded(format_money(Money(123_456), en))} {folded(format_money(Money(0), en))}"
        in printed
    )
    assert EXEMPT_TEXT in printed
    assert REVERSE_TEXT not in printed
    assert f"Total incl. VAT {folded(format_money(Money(123_456 + 12_500 + 2625), en))}" in printed


def test_belgian_business_customer_gets_reverse_charge(database: Database) -> None:
    lines = [
        ("Coworking membership, March 2026", 1000, 35_000, "high", 0),
        ("Meeting room, 3 hours", 3000, 4500, "reverse", 0),
    ]
    with database.write() as session:
        invoice_id = add_invoice(
            session, lines, name="Atelier Bruxelles SRL", country="BE", vat_id="BE0477472701"
        ).id
    with database.read() as session:
        printed = text(invoice_pdf(session, invoice_id))
    en = Language.EN
    assert REVERSE_TEXT in printed
    assert "Customer VAT id: BE0477472701" in printed
    assert "Belgium" in printed
    assert f"Total excl. VAT {folded(format_money(Money(48_500), en))}" in printed
    assert f"VAT {folded(format_money(Money(0), en))}" in printed
    assert f"Total incl. VAT {folded(format_money(Money(48_500), en))}" in printed
    assert "21%" not in printed


def test_dutch_customer_at_zero_percent_high_is_not_reverse_charge(database: Database) -> None:
    """The "high" category allows reverse charge only for a foreign EU VAT id."""
    lines = [("Coworking membership", 1000, 35_000, "high", 0)]
    with database.write() as session:
        invoice_id = add_invoice(session, lines, vat_id="NL859357355B01").id
    with database.read() as session:
        printed = text(invoice_pdf(session, invoice_id))
    assert REVERSE_TEXT not in printed and "reverse charge" not in printed


def test_two_hundred_lines_paginate_with_header_and_page_numbers(database: Database) -> None:
    lines = [
        (f"Meeting room booking number {n:03d}", 1000 + 250 * (n % 4), 4500, "high", 2100)
        for n in range(1, 201)
    ]
    with database.write() as session:
        invoice = add_invoice(session, lines)
        invoice_id, gross = invoice.id, invoice.gross_total
    with database.read() as session:
        pdf = invoice_pdf(session, invoice_id)
    texts = pages(pdf)
    count = len(texts)
    assert count >= 4
    for number, page in enumerate(texts, start=1):
        assert f"Page {number} of {count}" in page
        assert "Description Qty Unit price VAT Amount" in page
        assert "KvK 12345678" in page and "VAT id NL123456782B01" in page
    printed = " ".join(texts)
    for n in range(1, 201):
        assert f"Meeting room booking number {n:03d}" in printed
    assert f"Total incl. VAT {folded(format_money(gross, Language.EN))}" in texts[-1]


ODD_NAMES = ["Bürger & Söhne <NGO>", "مؤسسة الأمل", "Žižek", "Ødegaard", "<b>Acme & Co"]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_odd_names_print_as_typed(database: Database, name: str) -> None:
    lines = [(f"Desk for {name}", 1000, 25_000, "high", 2100)]
    with database.write() as session:
        invoice_id = add_invoice(session, lines, name=name).id
    with database.read() as session:
        printed = text(invoice_pdf(session, invoice_id))
    if name.isascii() or not any("\u0600" <= c <= "\u06ff" for c in name):
        assert name in printed
        assert f"Desk for {name}" in printed
    else:
        # ReportLab draws the letters in stored order without shaping them
        # (no bidi library); pypdf reads that run back reversed
        assert name[::-1] in printed


def test_markup_and_long_descriptions_do_not_break_the_pdf(database: Database) -> None:
    long = " ".join(["Coworking services for the whole team"] * 8)[:300]
    lines = [
        ('<para>Room "A" & <b>bold</b> </i> <font name=x>', 1000, 100, "high", 2100),
        (long, 1000, 200, "high", 2100),
        ("x" * 300, 1000, 300, "high", 2100),
        ("Two\nlines", 1000, 400, "high", 2100),
    ]
    with database.write() as session:
        invoice_id = add_invoice(session, lines).id
    with database.read() as session:
        pdf = invoice_pdf(session, invoice_id)
    printed = text(pdf)
    assert '<para>Room "A" & <b>bold</b> </i> <font name=x>' in printed
    assert long.split()[-2] in printed
    assert "x" * 40 in printed
    assert "Two lines" in printed
    assert len(pages(pdf)) == 1


def test_same_rows_give_the_same_bytes(database: Database) -> None:
    with database.write() as session:
        invoice_id = add_invoice(session, TYPICAL).id
        other_id = add_invoice(session, TYPICAL[:2], name="Žižek", number="2026-00099").id
    with database.read() as session:
        first = invoice_pdf(session, invoice_id)
        invoice_pdf(session, other_id)  # another document in between
        second = invoice_pdf(session, invoice_id)
    assert first == second
    # the creation date is the invoice's date, not the moment of printing
    assert b"D:20260302000000+00'00'" in first
    assert PdfReader(io.BytesIO(first)).metadata.title == "Invoice 2026-00042"  # type: ignore[union-attr]


def test_stored_pdf_of_an_issued_invoice_is_returned_unchanged(database: Database) -> None:
    with database.write() as session:
        invoice = add_invoice(session, TYPICAL)
        invoice_id = invoice.id
        invoice.pdf = invoice_pdf(session, invoice_id)
        stored = invoice.pdf
        hub = session.get(HubSettings, 1)
        assert hub is not None
        hub.address = "Nieuwe straat 5"
    with database.read() as session:
        assert invoice_pdf(session, invoice_id) == stored
        assert invoice_pdf(session, invoice_id, use_stored=False) != stored
        assert "Nieuwe straat 5" in text(invoice_pdf(session, invoice_id, use_stored=False))


def test_dutch_and_english_labels(database: Database) -> None:
    with database.write() as session:
        dutch = add_invoice(session, TYPICAL, language=Language.NL).id
        english = add_invoice(session, TYPICAL, name="Pier Labs", number="2026-00043").id
    with database.read() as session:
        nl = text(invoice_pdf(session, dutch))
        en = text(invoice_pdf(session, english))
        invoice = session.get(Invoice, dutch)
        assert invoice is not None
        gross = invoice.gross_total
    for expected in (
        "Factuur 2026-00042",
        "Factuurdatum",
        "2 maart 2026",
        "Vervaldatum 16 maart 2026",
        "Omschrijving Aantal Prijs Btw Bedrag",
        "Totaal incl. btw",
        folded(format_money(gross, Language.NL)),
        "1,5",
        "0,25",
        "vrijgesteld",
        "Pagina 1 van 1",
        "Btw-id NL123456782B01",
    ):
        assert expected in nl, expected
    assert "€ 1.234,56" in nl and "Invoice" not in nl and "Page" not in nl
    for expected in ("Invoice 2026-00043", "Invoice date", "Due date 16 March 2026", "€1,234.56"):
        assert expected in en, expected
    assert "Factuur" not in en


def test_draft_previews_without_a_number(database: Database) -> None:
    with database.write() as session:
        invoice_id = add_invoice(session, TYPICAL, number=None, language=Language.NL).id
    with database.read() as session:
        printed = text(invoice_pdf(session, invoice_id))
    assert "Factuur CONCEPT" in printed
    assert "Concept ter controle" in printed
    # dated the day it was made, due after the hub's payment term (14 days)
    assert "1 maart 2026" in printed and "15 maart 2026" in printed


def test_credit_note_names_the_invoice_and_shows_negative_amounts(database: Database) -> None:
    with database.write() as session:
        invoice = add_invoice(session, TYPICAL[:3])
        note = CreditNote(
            number="C2026-00003",
            invoice_id=invoice.id,
            issue_date=date(2026, 3, 20),
            reason="Meeting room <Mesdag> was double-booked & unusable",
            net_total=Money(-6750),
            vat_total=Money(-1418),
            gross_total=Money(-8168),
            issued_at=datetime(2026, 3, 20, 10, 0, tzinfo=UTC),
        )
        booked = invoice.lines[2]
        note.lines.append(
            CreditNoteLine(
                invoice_line_id=booked.id,
                position=1,
                description=booked.description,
                quantity_milli=booked.quantity_milli,
                unit_price=-booked.unit_price,
                amount=-booked.amount,
                vat_category_code=booked.vat_category_code,
                vat_rate_bp=booked.vat_rate_bp,
            )
        )
        session.add(note)
        session.flush()
        note_id = note.id
    with database.read() as session:
        pdf = credit_note_pdf(session, note_id)
        again = credit_note_pdf(session, note_id)
    printed = text(pdf)
    en = Language.EN
    assert pdf == again
    assert "Credit note C2026-00003" in printed
    assert "Corrects invoice 2026-00042" in printed
    assert "corrects invoice 2026-00042 of 2 March 2026" in printed
    assert "Meeting room <Mesdag> was double-booked & unusable" in printed
    assert folded(format_money(Money(-6750), en)) == "-€67.50"
    assert "-€67.50" in printed and "-€14.18" in printed
    assert "Total incl. VAT -€81.68" in printed
    assert "Stichting Noordzee" in printed


def test_credit_note_stored_with_positive_amounts_prints_them_negative(
    database: Database,
) -> None:
    with database.write() as session:
        invoice = add_invoice(session, TYPICAL[:2], language=Language.NL)
        note = CreditNote(
            number="C2026-00004",
            invoice_id=invoice.id,
            issue_date=date(2026, 3, 20),
            net_total=Money(12_500),
            vat_total=Money(2625),
            gross_total=Money(15_125),
            issued_at=datetime(2026, 3, 20, 10, 0, tzinfo=UTC),
        )
        note.lines.append(
            CreditNoteLine(
                position=1,
                description="Servicekosten maart",
                quantity_milli=1000,
                unit_price=Money(12_500),
                amount=Money(12_500),
                vat_category_code="high",
                vat_rate_bp=2100,
            )
        )
        session.add(note)
        session.flush()
        note_id = note.id
    with database.read() as session:
        printed = text(credit_note_pdf(session, note_id))
    assert "Creditnota C2026-00004" in printed
    assert "Totaal incl. btw € -151,25" in printed
    assert re.search(r"€ -125,00", printed)


@pytest.mark.parametrize("language", [Language.EN, Language.NL])
def test_money_is_written_as_babel_writes_it(language: Language) -> None:
    from babel.numbers import format_currency

    locale = {Language.EN: "en_GB", Language.NL: "nl_NL"}[language]
    for cents in (0, 5, -5, 99, 100, 123_456, -123_456, 100_000_000, -123_456_789_01):
        expected = format_currency(Money(cents).euros, "EUR", locale=locale)
        assert format_money(Money(cents), language) == expected, cents
    assert folded(format_money(Money(123_456), Language.NL)) == "€ 1.234,56"
    assert format_money(Money(123_456), Language.EN) == "€1,234.56"


def test_unknown_invoice_is_refused(database: Database) -> None:
    with database.read() as session, pytest.raises(HubdeskError):
        invoice_pdf(session, 999)
    with database.read() as session, pytest.raises(HubdeskError):
        credit_note_pdf(session, 999)


def test_logo_is_drawn_and_pages_render(database: Database, tmp_path: Path) -> None:
    from tests.test_letters import _tiny_png

    with database.write() as session:
        hub = session.get(HubSettings, 1)
        assert hub is not None
        hub.logo_png = _tiny_png()
        invoice_id = add_invoice(session, TYPICAL).id
    with database.read() as session:
        pdf = invoice_pdf(session, invoice_id)
    assert b"/Subtype /Image" in pdf
    if shutil.which("pdftoppm"):
        (tmp_path / "invoice.pdf").write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "40", "-singlefile", "invoice.pdf", "invoice"],
            cwd=tmp_path,
            check=True,
        )
        assert (tmp_path / "invoice.png").stat().st_size > 1000
