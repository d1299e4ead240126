"""Invoices and credit notes as PDF documents (A4, ReportLab, DejaVu Sans embedded).

:func:`document_pdf` draws a document from its snapshot alone
(:class:`hubdesk.domain.documents.DocumentSnapshot`: the hub's and the
customer's details, the lines in ``position`` order, the VAT treatment of
their categories), with the VAT totals per rate from
:func:`hubdesk.domain.vat.totals` (never recomputed here otherwise).
:func:`invoice_pdf` and :func:`credit_note_pdf` give an issued document's
stored PDF, or draw it from the snapshot it was issued with; a draft is
drawn from its rows as they are now, as a preview. A credit note names the
invoice it corrects and shows the credited amounts as negative amounts.

The document's language is the invoice's (English or Dutch), not the desk
user's, so its labels are in the :data:`TEXTS` table below rather than in the
translation catalogue. Text from the database is escaped before it goes into
ReportLab's paragraph markup. The output is deterministic: the same snapshot
gives the same bytes (the PDF's creation date is the document's date), so a
PDF lost before it was stored is made again exactly as it was issued, and
nothing that changes in the hub or the organisation afterwards reaches it.

Layout: a platypus story on A4 with 2 cm margins; the table of lines repeats
its header on every page, and every page carries the hub's registration
details and "Page n of N" in its bottom margin.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.domain.documents import REVERSE_CHARGE_CODE, DocumentSnapshot
from hubdesk.domain.enums import InvoiceStatus, Language
from hubdesk.domain.errors import HubdeskError
from hubdesk.domain.i18n import _
from hubdesk.domain.models import CreditNote, Invoice
from hubdesk.domain.money import Money
from hubdesk.domain.snapshots import credit_note_document, invoice_document
from hubdesk.domain.vat import RateTotal, TaxedAmount, totals
from hubdesk.reports.pdf_base import (
    FONT,
    FONT_BOLD,
    LOCALES,
    build_pdf,
    document_language,
    document_locale,
    logo,
    paragraph_lines,
    register_fonts,
)

#: VAT id prefixes of the EU member states (Greece is EL; XI is Northern
#: Ireland for goods).
EU_VAT_PREFIXES = frozenset(
    {
        *("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU"),
        *("IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI"),
    }
)


#: The documents' texts per language. {placeholders} are filled with escaped text.
TEXTS: dict[Language, dict[str, str]] = {
    Language.EN: {
        "invoice": "Invoice",
        "credit_note": "Credit note",
        "draft": "DRAFT",
        "draft_note": "Draft for review: not an invoice until it is issued with a number.",
        "invoice_number": "Invoice number",
        "credit_note_number": "Credit note number",
        "invoice_date": "Invoice date",
        "credit_note_date": "Credit note date",
        "supply": "Period / date of supply",
        "due": "Due date",
        "corrects": "Corrects invoice",
        "corrects_text": "This credit note corrects invoice {number} of {date}.",
        "reason": "Reason",
        "customer_vat_id": "Customer VAT id",
        "description": "Description",
        "quantity": "Qty",
        "unit_price": "Unit price",
        "vat": "VAT",
        "amount": "Amount",
        "vat_rate": "VAT rate",
        "net": "Net",
        "total_net": "Total excl. VAT",
        "total_vat": "VAT",
        "total_gross": "Total incl. VAT",
        "exempt": "exempt",
        "reverse": "reverse charge",
        "exempt_default": "VAT exempt",
        "reverse_default": "VAT reverse charge",
        "reverse_vat_id": "Customer VAT id: {vat_id}.",
        "pay": (
            "Please transfer {amount} by {due} to IBAN {iban} in the name of {hub}, "
            "quoting invoice number {number}."
        ),
        "pay_draft": "Amount due: {amount}, payable by {due}.",
        "refund": "The amount of {amount} will be set off against your account or refunded.",
        "page": "Page {page} of {pages}",
        "kvk": "KvK",
        "vat_id": "VAT id",
        "iban": "IBAN",
        "bic": "BIC",
    },
    Language.NL: {
        "invoice": "Factuur",
        "credit_note": "Creditnota",
        "draft": "CONCEPT",
        "draft_note": "Concept ter controle: pas een factuur wanneer die met een nummer is "
        "uitgereikt.",
        "invoice_number": "Factuurnummer",
        "credit_note_number": "Creditnotanummer",
        "invoice_date": "Factuurdatum",
        "credit_note_date": "Datum creditnota",
        "supply": "Periode / leverdatum",
        "due": "Vervaldatum",
        "corrects": "Corrigeert factuur",
        "corrects_text": "Deze creditnota corrigeert factuur {number} van {date}.",
        "reason": "Reden",
        "customer_vat_id": "Btw-id klant",
        "description": "Omschrijving",
        "quantity": "Aantal",
        "unit_price": "Prijs",
        "vat": "Btw",
        "amount": "Bedrag",
        "vat_rate": "Btw-tarief",
        "net": "Netto",
        "total_net": "Totaal excl. btw",
        "total_vat": "Btw",
        "total_gross": "Totaal incl. btw",
        "exempt": "vrijgesteld",
        "reverse": "verlegd",
        "exempt_default": "Vrijgesteld van btw",
        "reverse_default": "Btw verlegd",
        "reverse_vat_id": "Btw-id van de afnemer: {vat_id}.",
        "pay": (
            "Wij verzoeken u {amount} vóór {due} over te maken op IBAN {iban} ten name "
            "van {hub}, onder vermelding van factuurnummer {number}."
        ),
        "pay_draft": "Te betalen: {amount}, vóór {due}.",
        "refund": "Het bedrag van {amount} wordt met u verrekend of aan u terugbetaald.",
        "page": "Pagina {page} van {pages}",
        "kvk": "KvK",
        "vat_id": "Btw-id",
        "iban": "IBAN",
        "bic": "BIC",
    },
}


def format_money(amount: Money, language: Language) -> str:
    """'€ 1.234,56' in Dutch, '€1,234.56' in English: what babel's
    ``format_currency`` writes, without calling it for every amount (a long
    invoice has hundreds)."""
    pattern = _money_pattern(document_language(language))
    if pattern is None:
        from babel.numbers import format_currency

        return format_currency(amount.euros, "EUR", locale=document_locale(language))
    template_positive, template_negative, group, decimal = pattern
    whole, cents = divmod(abs(amount.cents), 100)
    digits = f"{whole:,}".replace(",", group) + f"{decimal}{cents:02d}"
    return (template_negative if amount.cents < 0 else template_positive).format(digits)


_PROBE = Decimal("1234567.89")


@functools.cache
def _money_pattern(language: Language) -> tuple[str, str, str, str] | None:
    """How babel writes euros in ``language``, learnt from two sample amounts:
    the positive and negative templates ('€ {}', '€ -{}'), the group and the
    decimal symbol. None when the samples do not show the usual shape."""
    from babel.numbers import format_currency, get_decimal_symbol, get_group_symbol

    locale = LOCALES[language]
    group, decimal = get_group_symbol(locale), get_decimal_symbol(locale)
    digits = f"1{group}234{group}567{decimal}89"
    positive = format_currency(_PROBE, "EUR", locale=locale)
    negative = format_currency(-_PROBE, "EUR", locale=locale)
    if positive.count(digits) != 1 or negative.count(digits) != 1 or "{" in positive + negative:
        return None
    return positive.replace(digits, "{}"), negative.replace(digits, "{}"), group, decimal


@functools.lru_cache(maxsize=1024)
def format_quantity(quantity_milli: int, language: Language) -> str:
    """A quantity in thousandths without trailing zeros: '1', '1,5', '0,25' in
    Dutch; '1', '1.5', '0.25' in English."""
    from babel.numbers import format_decimal

    value = Decimal(quantity_milli).scaleb(-3).normalize()
    return format_decimal(value, format="#,##0.###", locale=document_locale(language))


def format_date(day: date, language: Language) -> str:
    """'5 March 2026' / '5 maart 2026'."""
    from babel.dates import format_date as babel_date

    return babel_date(day, format="long", locale=document_locale(language))


@functools.lru_cache(maxsize=64)
def format_rate(rate_bp: int, language: Language) -> str:
    """A VAT rate in basis points: '21%', '9%'; '5,5%' in Dutch."""
    from babel.numbers import format_decimal

    value = Decimal(rate_bp).scaleb(-2).normalize()
    return format_decimal(value, format="0.##", locale=document_locale(language)) + "%"


def format_period(start: date, end: date, language: Language) -> str:
    """'1 March 2026 \u2013 31 March 2026' (an en dash), or one date when the
    period is one day."""
    if start == end:
        return format_date(start, language)
    return f"{format_date(start, language)} \u2013 {format_date(end, language)}"


def is_foreign_eu_vat_id(vat_id: str, home_country: str) -> bool:
    """True for an EU VAT id of a member state other than ``home_country``
    (ISO code; Greece's VAT prefix is EL)."""
    prefix = vat_id.replace(" ", "").upper()[:2]
    home = "EL" if home_country.upper() == "GR" else home_country.upper()
    return prefix in EU_VAT_PREFIXES and prefix != home


def invoice_pdf(session: Session, invoice_id: int, *, use_stored: bool = True) -> bytes:
    """The invoice ``invoice_id`` as PDF bytes.

    An issued invoice whose PDF is stored gives back those stored bytes;
    otherwise (or with ``use_stored=False``) it is drawn from the snapshot it
    was issued with (:func:`document_pdf`), which gives the same bytes
    whatever changed in the hub or the organisation since. A draft (no
    number yet) renders as a preview marked DRAFT / CONCEPT from its rows as
    they are now, dated its creation day when it has no issue date yet.
    Raises :class:`HubdeskError` for an unknown invoice."""
    found = session.execute(
        select(Invoice.status, Invoice.pdf).where(Invoice.id == invoice_id)
    ).first()
    if found is None:
        raise HubdeskError(_("Invoice #{id} does not exist").format(id=invoice_id))
    if use_stored and found.status == InvoiceStatus.ISSUED and found.pdf:
        return bytes(found.pdf)
    document = invoice_document(session, invoice_id)
    assert document is not None
    return document_pdf(document)


def credit_note_pdf(session: Session, credit_note_id: int, *, use_stored: bool = True) -> bytes:
    """The credit note ``credit_note_id`` as PDF bytes, in the language and
    with the billing details of the invoice it corrects, which it names; a
    stored PDF as it is unless ``use_stored=False``, else drawn from its
    snapshot. Raises :class:`HubdeskError` for an unknown credit note."""
    found = session.execute(select(CreditNote.pdf).where(CreditNote.id == credit_note_id)).first()
    if found is None:
        raise HubdeskError(_("Credit note #{id} does not exist").format(id=credit_note_id))
    if use_stored and found.pdf:
        return bytes(found.pdf)
    document = credit_note_document(session, credit_note_id)
    assert document is not None
    return document_pdf(document)


def document_pdf(document: DocumentSnapshot) -> bytes:
    """The PDF of an invoice or credit note, from its snapshot alone: the
    same snapshot gives the same bytes.

    A credit note's amounts print as negative amounts whichever sign its
    lines are stored with (a credit note whose lines sum to more than zero
    is read as crediting those amounts)."""
    if document.credit_note:
        sign = -1 if sum(li.amount.cents for li in document.lines) > 0 else 1
        if sign < 0:
            document = replace(
                document,
                lines=tuple(
                    replace(li, unit_price=li.unit_price * sign, amount=li.amount * sign)
                    for li in document.lines
                ),
            )
    return _render(document)


# -- VAT treatment of a rate group -------------------------------------------------


def _treatment(facts: DocumentSnapshot, code: str, rate_bp: int) -> str:
    """'exempt', 'reverse' or 'rate' for the lines of ``code`` at ``rate_bp``."""
    category = facts.vat_rules.get(code)
    if category is not None and category.exempt:
        return "exempt"
    if rate_bp == 0 and (
        code == REVERSE_CHARGE_CODE
        or (
            category is not None
            and category.reverse_charge_eu_b2b
            and (
                category.rate_bp == 0
                or is_foreign_eu_vat_id(facts.customer.vat_id, facts.hub.country or "NL")
            )
        )
    ):
        return "reverse"
    return "rate"


def _note(facts: DocumentSnapshot, group: RateTotal, kind: str) -> str:
    """The invoice text printed for an exempt or reverse-charge group (markup)."""
    words = TEXTS[document_language(facts.language)]
    category = facts.vat_rules.get(group.vat_category_code)
    text = category.invoice_text.strip() if category is not None else ""
    if not text and kind == "reverse":
        fallback = facts.vat_rules.get(REVERSE_CHARGE_CODE)
        text = fallback.invoice_text.strip() if fallback is not None else ""
    if not text:
        text = words[f"{kind}_default"]
    markup = escape(text)
    if kind == "reverse" and facts.customer.vat_id.strip():
        markup += "<br/>" + words["reverse_vat_id"].format(vat_id=escape(facts.customer.vat_id))
    return markup


# -- Rendering ----------------------------------------------------------------------


def _render(facts: DocumentSnapshot) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    register_fonts()
    language = document_language(facts.language)
    words = TEXTS[language]
    hub = facts.hub
    customer = facts.customer
    draft = facts.number is None
    grey = colors.HexColor("#666666")
    rule = colors.HexColor("#c8c8c8")
    shade = colors.HexColor("#f0f0f0")

    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11)
    hub_style = ParagraphStyle("hub", parent=small, alignment=TA_RIGHT)
    title = ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=17, leading=22)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5)
    note = ParagraphStyle("note", parent=small, spaceBefore=3)
    warning = ParagraphStyle(
        "warning", parent=body, fontName=FONT_BOLD, textColor=colors.HexColor("#b00020")
    )

    def money(amount: Money) -> str:
        return format_money(amount, language)

    def date_text(day: date) -> str:
        return format_date(day, language)

    kind = "credit_note" if facts.credit_note else "invoice"
    number = facts.number if facts.number is not None else words["draft"]
    heading = f"{words[kind]} {number}"
    story: list[Any] = []

    # The hub: logo on the left, name and contact details on the right.
    hub_lines: list[str] = []
    if hub.name:
        hub_lines.append(f"<b>{escape(hub.name)}</b>")
        if hub.address.strip():
            hub_lines.append(paragraph_lines(hub.address))
        town = " ".join(part for part in (hub.postcode, hub.city) if part.strip())
        if town:
            hub_lines.append(escape(town))
        for contact in (hub.email, hub.phone):
            if contact.strip():
                hub_lines.append(escape(contact))
    picture: Any = ""
    if hub.logo_png:
        picture = logo(hub.logo_png, 60 * mm, 24 * mm)
    story.append(
        Table(
            [[picture, Paragraph("<br/>".join(hub_lines), hub_style)]],
            colWidths=[85 * mm, 85 * mm],
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        )
    )
    story.append(Spacer(1, 12 * mm))

    # The customer on the left, the document's facts on the right.
    address = [f"<b>{escape(customer.name)}</b>"]
    if customer.address.strip():
        address.append(paragraph_lines(customer.address))
    town = " ".join(p for p in (customer.postcode, customer.city) if p.strip())
    if town:
        address.append(escape(town))
    home = hub.country or "NL"
    if customer.country and customer.country.upper() != home.upper():
        address.append(escape(_country_name(customer.country, language)))
    meta: list[tuple[str, str]] = [
        (words[f"{kind}_number"], escape(number)),
        (words[f"{kind}_date"], escape(date_text(facts.issue_date))),
    ]
    if facts.corrects is not None:
        meta.append((words["corrects"], escape(facts.corrects[0])))
    period = format_period(facts.period_start, facts.period_end, language)
    meta.append((words["supply"], escape(period)))
    if facts.due_date is not None:
        meta.append((words["due"], escape(date_text(facts.due_date))))
    if customer.vat_id.strip():
        meta.append((words["customer_vat_id"], escape(customer.vat_id)))
    meta_table = Table(
        [[Paragraph(label, small), Paragraph(value, small)] for label, value in meta],
        colWidths=[38 * mm, 52 * mm],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        ),
    )
    story.append(
        Table(
            [[Paragraph("<br/>".join(address), body), meta_table]],
            colWidths=[80 * mm, 90 * mm],
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        )
    )
    story.append(Spacer(1, 10 * mm))
    story.append(Paragraph(escape(heading), title))
    if draft:
        story.append(Paragraph(escape(words["draft_note"]), warning))
    if facts.corrects is not None:
        corrected_on = facts.corrects[1]
        story.append(
            Paragraph(
                escape(
                    words["corrects_text"].format(
                        number=facts.corrects[0],
                        date=date_text(corrected_on) if corrected_on else "?",
                    )
                ),
                body,
            )
        )
    if facts.reason.strip():
        story.append(Paragraph(f"{escape(words['reason'])}: {paragraph_lines(facts.reason)}", body))
    story.append(Spacer(1, 4 * mm))

    # The lines: the header row repeats on every page.
    def vat_label(code: str, rate_bp: int) -> str:
        treatment = _treatment(facts, code, rate_bp)
        return words[treatment] if treatment != "rate" else format_rate(rate_bp, language)

    vat_cell = ParagraphStyle("vat", parent=cell, alignment=TA_RIGHT)
    labels: dict[tuple[str, int], str] = {}
    cells: dict[tuple[str, int], Any] = {}
    data: list[list[Any]] = [
        [
            words["description"],
            words["quantity"],
            words["unit_price"],
            words["vat"],
            words["amount"],
        ]
    ]
    for line in facts.lines:
        key = (line.vat_category_code, line.vat_rate_bp)
        if key not in labels:
            labels[key] = vat_label(*key)
            # a word ("exempt", "reverse charge") may need two lines
            is_rate = labels[key][:1].isdigit()
            cells[key] = labels[key] if is_rate else Paragraph(escape(labels[key]), vat_cell)
        data.append(
            [
                Paragraph(paragraph_lines(line.description) or "&nbsp;", cell),
                format_quantity(line.quantity_milli, language),
                money(line.unit_price),
                cells[key],
                money(line.amount),
            ]
        )
    lines_table = Table(
        data,
        colWidths=[83 * mm, 15 * mm, 25 * mm, 21 * mm, 26 * mm],
        repeatRows=1,
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
                ("FONT", (0, 1), (-1, -1), FONT, 8.5),
                ("BACKGROUND", (0, 0), (-1, 0), shade),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, rule),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        ),
    )
    story.append(lines_table)
    story.append(Spacer(1, 6 * mm))

    # The totals: per VAT rate, then the document's totals.
    summed = totals(
        [TaxedAmount(li.vat_category_code, li.vat_rate_bp, li.amount) for li in facts.lines]
    )
    totals_rows: list[list[str]] = [[words["vat_rate"], words["net"], words["vat"]]]
    notes: list[str] = []
    for group in summed.by_rate:
        treatment = _treatment(facts, group.vat_category_code, group.vat_rate_bp)
        label = labels.get((group.vat_category_code, group.vat_rate_bp)) or vat_label(
            group.vat_category_code, group.vat_rate_bp
        )
        totals_rows.append([label, money(group.net), money(group.vat)])
        if treatment != "rate":
            text = _note(facts, group, treatment)
            if text not in notes:
                notes.append(text)
    first_total = len(totals_rows)
    totals_rows += [
        [words["total_net"], "", money(summed.net)],
        [words["total_vat"], "", money(summed.vat)],
        [words["total_gross"], "", money(summed.gross)],
    ]
    last = len(totals_rows) - 1
    totals_table = Table(
        totals_rows,
        colWidths=[36 * mm, 27 * mm, 27 * mm],
        hAlign="RIGHT",
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
                ("TEXTCOLOR", (0, 0), (-1, 0), grey),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.3, rule),
                ("LINEABOVE", (0, first_total), (-1, first_total), 0.6, colors.black),
                *(("SPAN", (0, row), (1, row)) for row in range(first_total, last + 1)),
                ("FONT", (0, last), (-1, last), FONT_BOLD, 10),
                ("LINEABOVE", (0, last), (-1, last), 0.6, colors.black),
                ("TOPPADDING", (0, last), (-1, last), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -2), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        ),
    )
    closing: list[Any] = [totals_table, Spacer(1, 5 * mm)]
    closing += [Paragraph(text, note) for text in notes]

    # How the amount is settled.
    amount = escape(money(summed.gross if not facts.credit_note else -summed.gross))
    due = escape(date_text(facts.due_date)) if facts.due_date is not None else ""
    if facts.credit_note:
        settle = words["refund"].format(amount=amount)
    elif draft:
        settle = words["pay_draft"].format(amount=amount, due=due)
    elif hub.iban.strip() and summed.gross.cents > 0:
        settle = words["pay"].format(
            amount=amount,
            due=due,
            iban=escape(hub.iban),
            hub=escape(hub.name),
            number=escape(number),
        )
    else:
        settle = ""
    if settle:
        closing += [Spacer(1, 3 * mm), Paragraph(settle, body)]
    story.append(KeepTogether(closing))

    # Page decorations: the hub's registration details and the page number
    # at the bottom of every page, the document's name at the top of later
    # pages, and the draft mark.
    page_width, page_height = A4
    left, right = 20 * mm, page_width - 20 * mm
    footer_first: list[str] = []
    footer_second: list[str] = []
    if hub.name:
        town = " ".join(part for part in (hub.postcode, hub.city) if part.strip())
        street = ", ".join(li.strip() for li in hub.address.splitlines() if li.strip())
        footer_first = [p for p in (hub.name, street, town) if p.strip()]
        for label, value in (
            (words["kvk"], hub.kvk),
            (words["vat_id"], hub.vat_id),
            (words["iban"], hub.iban),
            (words["bic"], hub.bic),
        ):
            if value.strip():
                footer_second.append(f"{label} {value.strip()}")
    running_title = f"{heading} · {customer.name}"

    def fitted(canvas: Any, text: str, width: float, font: str, size: float) -> None:
        while size > 5 and stringWidth(text, font, size) > width:
            size -= 0.25
        canvas.setFont(font, size)

    def decorate(canvas: Any, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(rule)
        canvas.setLineWidth(0.5)
        canvas.line(left, 16 * mm, right, 16 * mm)
        canvas.setFillColor(grey)
        page_text = words["page"].format(page=page, pages=pages)
        canvas.setFont(FONT, 7.5)
        canvas.drawRightString(right, 12 * mm, page_text)
        room = right - left - stringWidth(page_text, FONT, 7.5) - 6 * mm
        for y, parts in ((12 * mm, footer_first), (8.5 * mm, footer_second)):
            text = "  ·  ".join(parts)
            fitted(canvas, text, room, FONT, 7.5)
            canvas.drawString(left, y, text)
        if page > 1:
            fitted(canvas, running_title, right - left, FONT, 8)
            canvas.drawString(left, page_height - 13 * mm, running_title)
        canvas.restoreState()

    def mark_draft(canvas: Any, _document: Any) -> None:
        if not draft:
            return
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#ececec"))
        canvas.setFont(FONT_BOLD, 80)
        canvas.translate(page_width / 2, page_height / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, -30, words["draft"])
        canvas.restoreState()

    # the margins are exactly 2 cm
    return build_pdf(
        story,
        pagesize=A4,
        body=(left, 20 * mm, right - left, page_height - 40 * mm),
        decorate=decorate,
        title=heading,
        author=hub.name,
        subject=customer.name,
        stamp=facts.issue_date,
        on_page=mark_draft,
    )


def _country_name(code: str, language: Language) -> str:
    """'BE' as 'Belgium' / 'België' (babel), or the code itself when unknown."""
    from babel import Locale

    names = Locale.parse(LOCALES[language]).territories
    return str(names.get(code.upper(), code.upper()))
