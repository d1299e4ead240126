"""What the hub's PDF documents share: the embedded Unicode font, user text as
paragraph markup, and the hub's logo.

ReportLab's built-in fonts are Latin-1 only, so every document embeds DejaVu
Sans (a subset of the glyphs used), and any name prints. ReportLab is imported
inside the functions: it is slow to import and only needed when a PDF is made.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from hubdesk.domain.enums import Language
from hubdesk.resource_files import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

#: The babel locale of each language a document is printed in.
LOCALES = {Language.EN: "en_GB", Language.NL: "nl_NL"}


def document_language(language: Language | str) -> Language:
    """The language a document is printed in: ``language``, or English for
    a value that is none of them."""
    try:
        found = Language(language)
    except ValueError:
        return Language.EN
    return found if found in LOCALES else Language.EN


def document_locale(language: Language | str) -> str:
    """The babel locale a document in ``language`` is written in."""
    return LOCALES[document_language(language)]


def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold, as one family) with ReportLab,
    once per process."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    known = pdfmetrics.getRegisteredFontNames()
    for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
        if name not in known:
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD)


def paragraph_lines(text: str) -> str:
    """User text as paragraph markup: escaped, its (non-empty) lines kept."""
    return "<br/>".join(escape(line) for line in text.splitlines() if line.strip())


def logo(png: bytes, max_width: float, max_height: float) -> Any:
    """The logo (or any picture: a report's chart) as a flowable scaled to
    fit ``max_width`` x ``max_height`` (points), keeping its proportions,
    aligned left."""
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    width, height = ImageReader(io.BytesIO(png)).getSize()
    scale = min(max_width / width, max_height / height)
    image = Image(io.BytesIO(png), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


@functools.cache
def numbered_canvas() -> type:
    """A canvas that numbers its pages "n of N": it keeps each page until the
    document is saved, then draws the page decorations (``decorate(canvas,
    number, count)``) knowing the count. With ``stamp`` the PDF's creation
    date is that day, so the same document gives the same bytes."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(
            self,
            *args: Any,
            decorate: Callable[[Any, int, int], None],
            stamp: date | None = None,
            **kwargs: Any,
        ) -> None:
            super().__init__(*args, **kwargs)
            self._decorate = decorate
            self._saved_pages: list[dict[str, Any]] = []
            if stamp is not None:
                day = f"D:{stamp:%Y%m%d}000000+00'00'"
                self.setDateFormatter(lambda *_parts: day)

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                self._decorate(self, number, count)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(
    story: list[Any],
    *,
    pagesize: tuple[float, float],
    body: tuple[float, float, float, float],
    decorate: Callable[[Any, int, int], None],
    title: str,
    author: str = "",
    subject: str = "",
    stamp: date | None = None,
    on_page: Callable[[Any, Any], None] | None = None,
    on_page_end: Callable[[Any, Any], None] | None = None,
) -> bytes:
    """The PDF of ``story``: its flowables in the ``body`` rectangle (x, y,
    width, height; no padding, so the margins are exact) of every page,
    each page decorated and numbered (:func:`numbered_canvas`, ``stamp``
    too), ``on_page`` and ``on_page_end`` drawn under and over it, and the
    document's properties. The same story gives the same bytes."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    x, y, width, height = body
    page_width, page_height = pagesize
    frame = Frame(
        x,
        y,
        width,
        height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    hooks: dict[str, Any] = {}
    if on_page is not None:
        hooks["onPage"] = on_page
    if on_page_end is not None:
        hooks["onPageEnd"] = on_page_end
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=x,
        rightMargin=page_width - x - width,
        topMargin=page_height - y - height,
        bottomMargin=y,
        pageTemplates=[PageTemplate("page", frames=[frame], **hooks)],
        title=title,
        author=author,
        subject=subject,
        creator="hubdesk",
        invariant=1,
    )
    document.build(
        story, canvasmaker=functools.partial(numbered_canvas(), decorate=decorate, stamp=stamp)
    )
    return buffer.getvalue()
