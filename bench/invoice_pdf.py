"""One invoice as PDF: hubdesk's ``invoice_pdf`` against a bare ReportLab script.

Target (the billing issue): one PDF ``<= 1.5x`` a bare ReportLab script drawing
the same page.

- hubdesk: ``hubdesk.reports.invoices.invoice_pdf`` in a fresh read session per
  PDF (as the program makes one): it reads the invoice, its lines, the hub and
  the VAT categories from SQLite, formats with babel, sums the VAT with
  ``hubdesk.domain.vat.totals`` and lays the page out;
- bare: the same content (strings written out beforehand, as a script with the
  figures typed in would have them) drawn with the same platypus layout, the
  same DejaVu fonts and the same "page n of N" canvas, no database and no
  hubdesk code.

Both run in this process, alternately, after one uncounted warm-up each (font
loading and imports are not timed). Two invoices: a typical one (8 lines, two
VAT rates and an exempt line, one page) and a long one (200 lines, 5 pages).

Run from the repository root (nothing is asserted; the script prints medians
next to the target and exits 0)::

    /work/venv/bin/python bench/invoice_pdf.py [-n 30]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RATIO_TARGET = 1.5
FONTS = ROOT / "resources" / "fonts"

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
LONG = [
    (f"Meeting room booking number {n:03d}", 1000 + 250 * (n % 4), 4500, "high", 2100)
    for n in range(1, 201)
]


# -- hubdesk --------------------------------------------------------------------------


def make_hub(folder: Path) -> tuple[Any, dict[str, int]]:
    from hubdesk.db import Database
    from hubdesk.domain.enums import InvoiceStatus, Language, OrganisationKind
    from hubdesk.domain.models import HubSettings, Invoice, InvoiceLine, Organisation
    from hubdesk.domain.money import Money
    from hubdesk.domain.vat import line_amount
    from hubdesk.services.hub import ensure_defaults

    database = Database.open(folder / "hub.sqlite")
    ids: dict[str, int] = {}
    with database.write() as session:
        ensure_defaults(session, "Impact Hub Den Haag")
        session.flush()
        hub = session.get(HubSettings, 1)
        assert hub is not None
        hub.address, hub.postcode, hub.city = "Spui 1", "2511 BL", "Den Haag"
        hub.email, hub.phone = "desk@hub.example", "+31 70 123 4567"
        hub.kvk, hub.vat_id = "12345678", "NL123456782B01"
        hub.iban, hub.bic = "NL91ABNA0417164300", "ABNANL2A"
        org = Organisation(
            name="Stichting Noordzee",
            kind=OrganisationKind.NGO,
            created_at=datetime(2026, 1, 1, tzinfo=UTC),
        )
        session.add(org)
        session.flush()
        for key, number, lines in (
            ("typical", "2026-00042", TYPICAL),
            ("long", "2026-00043", LONG),
        ):
            invoice = Invoice(
                number=number,
                status=InvoiceStatus.ISSUED,
                organisation_id=org.id,
                period_start=date(2026, 3, 1),
                period_end=date(2026, 3, 31),
                issue_date=date(2026, 3, 2),
                due_date=date(2026, 3, 16),
                billing_name=org.name,
                billing_address="Lange Voorhout 9\nTweede verdieping",
                billing_postcode="2514 EA",
                billing_city="Den Haag",
                language=Language.EN,
                created_at=datetime(2026, 3, 1, tzinfo=UTC),
                issued_at=datetime(2026, 3, 2, tzinfo=UTC),
            )
            for position, (text, quantity, price, code, rate) in enumerate(lines, start=1):
                invoice.lines.append(
                    InvoiceLine(
                        position=position,
                        description=text,
                        quantity_milli=quantity,
                        unit_price=Money(price),
                        amount=line_amount(quantity, Money(price)),
                        vat_category_code=code,
                        vat_rate_bp=rate,
                    )
                )
            session.add(invoice)
            session.flush()
            ids[key] = invoice.id
    return database, ids


def hubdesk_pdf(database: Any, invoice_id: int) -> bytes:
    from hubdesk.reports.invoices import invoice_pdf

    with database.read() as session:
        return invoice_pdf(session, invoice_id, use_stored=False)


# -- bare ReportLab -------------------------------------------------------------------


def _euros(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"{sign}€{whole:,}.{rest:02d}"


def bare_content(lines: list[tuple[str, int, int, str, int]]) -> dict[str, Any]:
    """The page's strings, as a script with the figures typed in has them."""
    rows = []
    groups: dict[tuple[str, int], int] = {}
    for text, quantity, price, code, rate in lines:
        amount = (quantity * price + 500) // 1000
        groups[(code, rate)] = groups.get((code, rate), 0) + amount
        label = "exempt" if code == "exempt" else f"{rate // 100}%"
        qty = f"{quantity / 1000:g}"
        rows.append([text, qty, _euros(price), label, _euros(amount)])
    by_rate = []
    net = vat = 0
    for (code, rate), total in sorted(groups.items(), key=lambda g: (-g[0][1], g[0][0])):
        tax = (total * rate + 5000) // 10000
        net, vat = net + total, vat + tax
        by_rate.append(
            ["exempt" if code == "exempt" else f"{rate // 100}%", _euros(total), _euros(tax)]
        )
    return {
        "rows": rows,
        "by_rate": by_rate,
        "net": net,
        "vat": vat,
        "exempt": "exempt" in {c for c, _ in groups},
    }


def bare_pdf(content: dict[str, Any]) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        KeepTogether,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONTS / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold")

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self.pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self.pages, start=1):
                self.__dict__.update(state)
                self.setFont("DejaVuSans", 7.5)
                self.drawRightString(190 * mm, 12 * mm, f"Page {number} of {len(self.pages)}")
                self.drawString(
                    20 * mm, 12 * mm, "Impact Hub Den Haag  ·  Spui 1  ·  2511 BL Den Haag"
                )
                self.drawString(
                    20 * mm,
                    8.5 * mm,
                    "KvK 12345678  ·  VAT id NL123456782B01  ·  IBAN NL91ABNA0417164300  ·  "
                    "BIC ABNANL2A",
                )
                self.line(20 * mm, 16 * mm, 190 * mm, 16 * mm)
                super().showPage()
            super().save()

    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=9.5, leading=13)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5)
    title = ParagraphStyle(
        "title", parent=body, fontName="DejaVuSans-Bold", fontSize=17, leading=22
    )
    plain = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    story: list[Any] = [
        Table(
            [
                [
                    "",
                    Paragraph(
                        "<b>Impact Hub Den Haag</b><br/>Spui 1<br/>2511 BL Den Haag<br/>"
                        "desk@hub.example<br/>+31 70 123 4567",
                        ParagraphStyle("hub", parent=small, alignment=TA_RIGHT),
                    ),
                ]
            ],
            colWidths=[85 * mm, 85 * mm],
            style=plain,
        ),
        Spacer(1, 12 * mm),
    ]
    meta = Table(
        [
            [Paragraph(a, small), Paragraph(b, small)]
            for a, b in (
                ("Invoice number", "2026-00042"),
                ("Invoice date", "2 March 2026"),
                ("Period / date of supply", "1 March 2026 \u2013 31 March 2026"),
                ("Due date", "16 March 2026"),
            )
        ],
        colWidths=[38 * mm, 52 * mm],
        style=plain,
    )
    story.append(
        Table(
            [
                [
                    Paragraph(
                        "<b>Stichting Noordzee</b><br/>Lange Voorhout 9<br/>Tweede verdieping<br/>"
                        "2514 EA Den Haag",
                        body,
                    ),
                    meta,
                ]
            ],
            colWidths=[80 * mm, 90 * mm],
            style=plain,
        )
    )
    story += [Spacer(1, 10 * mm), Paragraph("Invoice 2026-00042", title), Spacer(1, 4 * mm)]
    data: list[list[Any]] = [["Description", "Qty", "Unit price", "VAT", "Amount"]]
    data += [[Paragraph(r[0], cell), *r[1:]] for r in content["rows"]]
    story.append(
        Table(
            data,
            colWidths=[83 * mm, 15 * mm, 25 * mm, 21 * mm, 26 * mm],
            repeatRows=1,
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, 0), "DejaVuSans-Bold", 8.5),
                    ("FONT", (0, 1), (-1, -1), "DejaVuSans", 8.5),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f0f0f0")),
                    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                ]
            ),
        )
    )
    net, vat = content["net"], content["vat"]
    totals = [
        ["VAT rate", "Net", "VAT"],
        *content["by_rate"],
        ["Total excl. VAT", "", _euros(net)],
        ["VAT", "", _euros(vat)],
        ["Total incl. VAT", "", _euros(net + vat)],
    ]
    closing: list[Any] = [
        Table(
            totals,
            colWidths=[36 * mm, 27 * mm, 27 * mm],
            hAlign="RIGHT",
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), "DejaVuSans", 8.5),
                    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                    ("FONT", (0, -1), (-1, -1), "DejaVuSans-Bold", 10),
                ]
            ),
        ),
        Spacer(1, 5 * mm),
    ]
    if content["exempt"]:
        closing.append(
            Paragraph("Vrijgesteld van btw (art. 11 lid 1 sub b Wet OB) / VAT exempt", small)
        )
    closing.append(
        Paragraph(
            f"Please transfer {_euros(net + vat)} by 16 March 2026 to IBAN NL91ABNA0417164300 "
            "in the name of Impact Hub Den Haag, quoting invoice number 2026-00042.",
            body,
        )
    )
    story.append(KeepTogether(closing))
    buffer = io.BytesIO()
    width, height = A4
    frame = Frame(20 * mm, 20 * mm, width - 40 * mm, height - 40 * mm, 0, 0, 0, 0)
    document = BaseDocTemplate(
        buffer, pagesize=A4, pageTemplates=[PageTemplate("page", frames=[frame])], invariant=1
    )
    document.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()


# -- timing ---------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=30, help="runs of each (default 30)")
    runs = parser.parse_args().n

    with tempfile.TemporaryDirectory() as folder:
        database, ids = make_hub(Path(folder))
        print(f"invoice PDF, median of {runs} runs each (in-process, alternating)")
        for key, lines in (("typical", TYPICAL), ("long", LONG)):
            content = bare_content(lines)
            pages = [hubdesk_pdf(database, ids[key]), bare_pdf(content)]  # warm-up
            ours: list[float] = []
            bare: list[float] = []
            for _ in range(runs):
                started = time.perf_counter()
                hubdesk_pdf(database, ids[key])
                ours.append(time.perf_counter() - started)
                started = time.perf_counter()
                bare_pdf(content)
                bare.append(time.perf_counter() - started)
            mine, floor = statistics.median(ours), statistics.median(bare)
            ratio = mine / floor
            from pypdf import PdfReader

            count = len(PdfReader(io.BytesIO(pages[0])).pages)
            verdict = f"<= {RATIO_TARGET:g}x  " + ("ok" if ratio <= RATIO_TARGET else "OVER")
            print(
                f"  {key:<8} {len(lines):>3} lines, {count} page(s): "
                f"hubdesk {mine * 1000:7.2f} ms   bare {floor * 1000:7.2f} ms   "
                f"ratio {ratio:4.2f}x   {verdict}"
            )
        database.close()


if __name__ == "__main__":
    main()
