"""Printed reports made of tables: a title, a subtitle, then sections, each a
heading and a table (and an optional note), on A4 pages numbered "Page n of N".

:func:`table_document` is what every in-app report prints through (the
occupancy sheet, revenue, members): the caller turns its numbers into text
cells, this module lays them out. What it promises:

* Every column has a share of the page's width and an alignment; a cell too
  long for its column wraps onto more lines (it never runs into the next
  column or off the page), and a single word too long for a column is broken.
* A table longer than a page goes on over the next ones, its header row
  repeated at the top of each; a section's heading is kept with the start of
  its table.
* All text is the caller's plain text: it is escaped here before it goes into
  ReportLab's paragraph markup, so ``<b>Acme & Co`` prints as typed.
* DejaVu Sans is embedded (any name prints); the labels this module adds
  ("Page n of N") are in the desk user's language (:mod:`hubdesk.domain.i18n`).
* The same input gives the same bytes (no creation date, no random id).

ReportLab is imported inside the function: it is slow to import and only
needed when a document is made.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal
from xml.sax.saxutils import escape

from hubdesk.domain.i18n import _
from hubdesk.reports.pdf_base import FONT, FONT_BOLD, build_pdf, logo, register_fonts

Align = Literal["left", "right", "center"]

#: Font size of table cells, in points.
CELL_SIZE = 8.0
#: Cell padding left and right, in points.
_PAD = 3.0


#: A heat map's cell at 0 % is white, at 100 % the hub's deep teal.
_HEAT_LOW, _HEAT_HIGH = (255, 255, 255), (18, 110, 130)
#: From this share on, a heat map's cell is dark enough for white text.
HEAT_DARK = 0.55


def heat_rgb(share: float) -> tuple[int, int, int]:
    """The colour of a heat map's cell (red, green, blue) for a share from 0
    to 1 (kept inside that range): the screen and the paper use the same."""
    share = max(0.0, min(1.0, share))
    r, g, b = (
        round(low + (high - low) * share) for low, high in zip(_HEAT_LOW, _HEAT_HIGH, strict=True)
    )
    return r, g, b


@dataclass(frozen=True)
class Column:
    """A table column: its header, its share of the table's width (the
    shares of a table's columns are relative to each other: 3, 1, 1 gives the
    first column three fifths) and how its cells are aligned."""

    title: str
    width_share: float = 1.0
    align: Align = "left"


@dataclass(frozen=True)
class TableSection:
    """A heading and a table. Every row has one text per column. ``note`` is
    printed under the table in small type; ``empty`` instead of the table's
    rows when there are none (the header is still printed). With
    ``total_row`` the last row is printed bold, under a rule."""

    heading: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str = ""
    empty: str = ""
    total_row: bool = False
    #: A heat map: per row, per column, a share from 0 to 1 that colours the
    #: cell (:func:`heat_rgb`), or None for a cell left as it is. Empty: none.
    heat: tuple[tuple[float | None, ...], ...] = ()


def table_document(
    title: str,
    subtitle: str,
    sections: Sequence[TableSection],
    *,
    landscape: bool = False,
    author: str = "",
    image: bytes | None = None,
    footer: str | None = None,
) -> bytes:
    """The PDF (A4, portrait or landscape) of ``title``, ``subtitle`` and the
    sections in order. ``author`` goes into the document's properties (the
    hub's name, say). ``image`` (a PNG: a report's chart) goes under the
    subtitle, fitted to the page's width and a third of its height.
    ``footer`` is the line at the foot of every page, beside its number
    (default: the title and the subtitle). Raises
    ValueError for a row whose length is not its section's number of
    columns."""
    for section in sections:
        for row in section.rows:
            if len(row) != len(section.columns):
                raise ValueError(
                    f"{section.heading!r}: a row of {len(row)} cells for "
                    f"{len(section.columns)} columns"
                )
        if section.heat and [len(row) for row in section.heat] != [
            len(row) for row in section.rows
        ]:
            raise ValueError(f"{section.heading!r}: the heat map is not the shape of the rows")
    if footer is None:
        footer = " · ".join(part for part in (title, subtitle) if part)
    return _render(title, subtitle, sections, landscape, author, image, footer)


def _render(
    title: str,
    subtitle: str,
    sections: Sequence[TableSection],
    landscape: bool,
    author: str,
    image: bytes | None,
    footer: str,
) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as turned
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import (
        CondPageBreak,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    register_fonts()
    grey = colors.HexColor("#666666")
    rule = colors.HexColor("#c8c8c8")
    shade = colors.HexColor("#eeeeee")
    stripe = colors.HexColor("#f7f7f7")

    page_width, page_height = turned(A4) if landscape else A4
    margin = 15 * mm
    width = page_width - 2 * margin

    title_style = ParagraphStyle("title", fontName=FONT_BOLD, fontSize=16, leading=20)
    subtitle_style = ParagraphStyle(
        "subtitle", fontName=FONT, fontSize=10, leading=13, textColor=grey, spaceAfter=4 * mm
    )
    heading_style = ParagraphStyle(
        "heading",
        fontName=FONT_BOLD,
        fontSize=11,
        leading=14,
        spaceBefore=5 * mm,
        spaceAfter=2 * mm,
    )
    note_style = ParagraphStyle(
        "note", fontName=FONT, fontSize=7.5, leading=9.5, textColor=grey, spaceBefore=1.5 * mm
    )
    alignment = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER}
    cell_styles = {
        (align, bold): ParagraphStyle(
            f"cell-{align}-{bold}",
            fontName=FONT_BOLD if bold else FONT,
            fontSize=CELL_SIZE,
            leading=CELL_SIZE * 1.25,
            alignment=alignment[align],
            wordWrap=None,
        )
        for align in alignment
        for bold in (False, True)
    }

    def cell(text: str, column_width: float, align: Align, bold: bool) -> Any:
        """Plain text when it fits on one line (quick to lay out); else a
        paragraph that wraps (escaped: the text is not markup)."""
        font = FONT_BOLD if bold else FONT
        if "\n" not in text and stringWidth(text, font, CELL_SIZE) <= column_width - 2 * _PAD:
            return text
        lines = "<br/>".join(escape(line) for line in text.splitlines()) or "&nbsp;"
        return Paragraph(lines, cell_styles[(align, bold)])

    story: list[Any] = [
        Paragraph(escape(title), title_style),
        Paragraph(escape(subtitle), subtitle_style) if subtitle else Spacer(1, 4 * mm),
    ]
    if image is not None:
        story.append(logo(image, width, (page_height - 2 * margin) / 3))
    for section in sections:
        shares = [max(column.width_share, 0.01) for column in section.columns]
        widths = [width * share / sum(shares) for share in shares]
        header = [
            cell(column.title, w, column.align, True)
            for column, w in zip(section.columns, widths, strict=True)
        ]
        data: list[list[Any]] = [header]
        last = len(section.rows) - 1
        for index, row in enumerate(section.rows):
            bold = section.total_row and index == last
            data.append(
                [
                    cell(text, w, column.align, bold)
                    for text, column, w in zip(row, section.columns, widths, strict=True)
                ]
            )
        style: list[Any] = [
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, CELL_SIZE),
            ("FONT", (0, 1), (-1, -1), FONT, CELL_SIZE),
            ("LEADING", (0, 0), (-1, -1), CELL_SIZE * 1.25),
            ("BACKGROUND", (0, 0), (-1, 0), shade),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        for number, column in enumerate(section.columns):
            style.append(("ALIGN", (number, 0), (number, -1), column.align.upper()))
        if section.rows:
            style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, stripe]))
            style.append(("LINEBELOW", (0, -1), (-1, -1), 0.3, rule))
        if section.rows and section.total_row:
            style += [
                ("FONT", (0, -1), (-1, -1), FONT_BOLD, CELL_SIZE),
                ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
            ]
        for row_number, heat_row in enumerate(section.heat, start=1):
            for column_number, share in enumerate(heat_row):
                if share is not None:
                    place = (column_number, row_number)
                    red, green, blue = (part / 255 for part in heat_rgb(share))
                    style.append(("BACKGROUND", place, place, colors.Color(red, green, blue)))
                    if share >= HEAT_DARK:
                        style.append(("TEXTCOLOR", place, place, colors.white))
        table = Table(data, colWidths=widths, repeatRows=1, style=TableStyle(style), hAlign="LEFT")
        # a heading starts a new page rather than stand alone at the bottom
        # of one: it needs room for itself and the first rows of its table
        story.append(CondPageBreak(30 * mm))
        story.append(Paragraph(escape(section.heading), heading_style))
        story.append(table)
        if not section.rows and section.empty:
            story.append(Paragraph(escape(section.empty), note_style))
        if section.note:
            story.append(Paragraph(escape(section.note), note_style))

    def fitted(canvas: Any, text: str, room: float, size: float) -> None:
        while size > 5 and stringWidth(text, FONT, size) > room:
            size -= 0.25
        canvas.setFont(FONT, size)

    def decorate(canvas: Any, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(rule)
        canvas.setLineWidth(0.5)
        canvas.line(margin, 11 * mm, page_width - margin, 11 * mm)
        canvas.setFillColor(grey)
        page_text = _("Page {page} of {pages}").format(page=page, pages=pages)
        canvas.setFont(FONT, 7.5)
        canvas.drawRightString(page_width - margin, 7.5 * mm, page_text)
        room = width - stringWidth(page_text, FONT, 7.5) - 6 * mm
        fitted(canvas, footer, room, 7.5)
        canvas.drawString(margin, 7.5 * mm, footer)
        canvas.restoreState()

    return build_pdf(
        story,
        pagesize=(page_width, page_height),
        body=(margin, 15 * mm, width, page_height - margin - 15 * mm),
        decorate=decorate,
        title=title,
        author=author,
        subject=subtitle,
    )
