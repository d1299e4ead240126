"""Printing: Ctrl+P prints the sheet of the page shown, through the print
dialog; the sheets dialog prints or saves any sheet. The printer here is Qt's
own PDF printer writing to a file, read back with pypdf."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from pytestqt.qtbot import QtBot

from hubdesk.app import Core
from hubdesk.ui.dialogs.sheets import SheetDialog
from hubdesk.ui.printing import PrintFailed, render_pdf
from tests.helpers import TEST_NOW, open_window, sign_in


def _pages(count: int, *, landscape: bool = False) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as turned
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=turned(A4) if landscape else A4)
    for number in range(1, count + 1):
        canvas.drawString(72, 72, f"Page {number}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _file_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def print_to(page: Any, path: Path) -> None:
    """Choose, as the page's printer, the PDF printer writing to ``path``
    (what the dialog then offers)."""
    printer = page.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))


def answer(dialog: QPrintDialog, path: Path) -> PdfReader:
    """Press Print in the dialog; the printer writes ``path``."""
    assert dialog.isVisible()
    assert dialog.printer().outputFileName() == str(path)
    dialog.accept()
    return PdfReader(path)


def test_every_page_is_printed_in_the_document_s_orientation(qtbot: QtBot, tmp_path: Path) -> None:
    printer = _file_printer(tmp_path / "all.pdf")
    assert render_pdf(_pages(3, landscape=True), printer) == 3
    printed = PdfReader(tmp_path / "all.pdf")
    assert len(printed.pages) == 3
    box = printed.pages[0].mediabox
    assert box.width > box.height


def test_a_page_range_prints_those_pages_only(qtbot: QtBot, tmp_path: Path) -> None:
    printer = _file_printer(tmp_path / "range.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert render_pdf(_pages(4), printer) == 2
    box = PdfReader(tmp_path / "range.pdf").pages[0].mediabox
    assert box.width < box.height


def test_a_damaged_document_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    with pytest.raises(PrintFailed):
        render_pdf(b"%PDF-1.4 nothing", _file_printer(tmp_path / "x.pdf"))
    assert not (tmp_path / "x.pdf").exists()


def test_ctrl_p_on_the_today_page_prints_today_s_day_sheet(
    qtbot: QtBot, core: Core, tmp_path: Path
) -> None:
    window = open_window(qtbot, core, tmp_path)
    sign_in(qtbot, window, "anna", "reception pw")
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    print_to(page, tmp_path / "printed.pdf")
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = page.last_print_dialog
    assert isinstance(dialog, QPrintDialog)
    today = TEST_NOW.date()
    assert dialog.printer().docName() == f"Day sheet {today.isoformat()}"
    printed = answer(dialog, tmp_path / "printed.pdf")
    assert len(printed.pages) == 1
    box = printed.pages[0].mediabox
    assert box.width > box.height  # the day sheet is landscape
    assert "1 page(s) sent to the printer" in window.statusBar().currentMessage()


def test_ctrl_p_where_a_page_has_no_sheet_offers_the_sheets(
    qtbot: QtBot, core: Core, tmp_path: Path
) -> None:
    window = open_window(qtbot, core, tmp_path)
    sign_in(qtbot, window, "maria", "correct horse")
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # members
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.sheet_dialog
    assert isinstance(dialog, SheetDialog) and dialog.isVisible()
    assert dialog.kind() == "day" and not dialog.last.isVisible()

    # door sheets for more than a month: refused at the last day, nothing made
    dialog.sheet.setCurrentIndex(1)
    first, _ = dialog.period()
    dialog.last.setDate(dialog.last.date().addDays(40))
    dialog.save_sheet(str(tmp_path / "rooms.pdf"))
    assert dialog.errors.message("last") == "Room sheets cover at most 31 days at a time"
    assert not (tmp_path / "rooms.pdf").exists()

    # the occupancy sheet of a week, saved
    dialog.sheet.setCurrentIndex(2)
    dialog.last.setDate(dialog.first.date().addDays(6))
    assert dialog.period() == (first, first + timedelta(days=6))
    dialog.save_sheet(str(tmp_path / "occupancy.pdf"))
    text = PdfReader(tmp_path / "occupancy.pdf").pages[0].extract_text()
    assert "Occupancy" in text
    assert not dialog.isVisible()
    assert "Sheet saved to" in window.statusBar().currentMessage()


def test_the_sheets_dialog_prints_through_the_print_dialog(
    qtbot: QtBot, core: Core, tmp_path: Path
) -> None:
    window = open_window(qtbot, core, tmp_path)
    sign_in(qtbot, window, "anna", "reception pw")
    qtbot.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.sheet_dialog
    assert isinstance(dialog, SheetDialog)
    dialog.sheet.setCurrentIndex(1)  # room door sheets of today
    print_to(window.current_page(), tmp_path / "doors.pdf")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    printing = window.current_page().last_print_dialog
    assert isinstance(printing, QPrintDialog)
    answer(printing, tmp_path / "doors.pdf")
    assert (tmp_path / "doors.pdf").read_bytes().startswith(b"%PDF")


def test_without_a_printer_the_dialog_offers_a_pdf_named_for_the_sheet(
    qtbot: QtBot, core: Core, tmp_path: Path
) -> None:
    window = open_window(qtbot, core, tmp_path)
    sign_in(qtbot, window, "anna", "reception pw")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # front desk
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.current_page().last_print_dialog
    printer = dialog.printer()
    if printer.printerName():  # a computer with printers offers its default one
        pytest.skip("a printer is installed")
    today = TEST_NOW.date()
    assert Path(printer.outputFileName()).name == f"Day sheet {today.isoformat()}.pdf"
    dialog.reject()
