"""Printing the hub's PDF documents through Qt's print dialog.

Every sheet and report is drawn once, by ReportLab, as a PDF: the same bytes
are saved with *Save as PDF…*, written by ``hubdesk sheet`` and printed here.
Printing renders each PDF page (QtPdf) at 300 dpi and paints it on the
printer's page, keeping its proportions; the
paper's orientation follows the document's first page. The user picks the
printer, the copies and the page range in the dialog; "Print to file (PDF)"
is always one of the printers.

The dialog does not block: :func:`print_pdf` opens it window-modal and
prints when it is accepted, so the window keeps painting (and tests can
answer the dialog).

Qt's dialog has a field for the file to print to, which completes what is
typed from a file system model, and a button that opens a file dialog of
its own: the model is made to tell files by name only and the button opens
the desk's file dialog (:mod:`hubdesk.ui.files` says why a file dialog must
never read the files it lists). The database's own files are refused as the
file to print to.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileSystemModel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from hubdesk.services.export_files import safe_file_name
from hubdesk.ui import files

#: Pages go to the printer as images of this resolution: sharp print, and
#: about 35 MB of memory for one A4 page at a time.
PRINT_DPI = 300


class PrintFailed(Exception):
    """The document could not be read or the printer refused to start."""


def _document(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() is not QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PrintFailed(
            QCoreApplication.translate("printing", "The document could not be read for printing.")
        )
    return document, buffer  # the buffer must live as long as the document


def render_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint the pages of ``pdf`` (those in the printer's page range, all by
    default) on ``printer``; returns how many pages were printed."""
    document, _buffer = _document(pdf)
    count = document.pageCount()
    first, last = 1, count
    if printer.printRange() is QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
    size = document.pagePointSize(first - 1)
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape
        if size.width() > size.height()
        else QPageLayout.Orientation.Portrait
    )
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(
            QCoreApplication.translate("printing", "The printer could not be started.")
        )
    printed = 0
    try:
        target = printer.pageRect(QPrinter.Unit.DevicePixel)
        for page in range(first - 1, last):
            if printed:
                printer.newPage()
            points = document.pagePointSize(page)
            # fit the page in the printable area, keeping its proportions
            fit = min(target.width() / points.width(), target.height() / points.height())
            width, height = points.width() * fit, points.height() * fit
            pixels = QSize(
                round(points.width() / 72 * PRINT_DPI), round(points.height() / 72 * PRINT_DPI)
            )
            image = document.render(page, pixels)
            painter.drawImage(QRectF(target.x(), target.y(), width, height), image)
            printed += 1
    finally:
        painter.end()
    return printed


#: The PDF files this module named (a name the user typed is kept).
_named_here: set[str] = set()


def print_pdf(
    parent: QWidget,
    make: Callable[[], bytes],
    title: str,
    *,
    printer: QPrinter | None = None,
    done: Callable[[int], Any] | None = None,
    failed: Callable[[str], Any] | None = None,
) -> QPrintDialog:
    """Ask for a printer, then print the document ``make()`` gives.

    ``printer`` keeps the user's choices from one print to the next; the
    caller must keep it alive while the dialog is open (without one the
    dialog uses a printer of its own). The document is made only once the
    dialog is accepted. ``done(pages)``
    runs after printing; ``failed(message)`` when the document could not be
    made or printed (a refusal of the service that makes it, too). Returns
    the dialog, already open."""
    from hubdesk.domain.errors import HubdeskError

    dialog = PrintDialog(printer, parent)
    chosen = dialog.printer()
    chosen.setDocName(title)
    named = chosen.outputFileName()
    if chosen.outputFormat() is QPrinter.OutputFormat.PdfFormat and (
        not named or named in _named_here
    ):
        # printing to a PDF file (no printer here, or chosen before): named
        # for this document, unless the user named the file
        named = str(files.export_folder() / safe_file_name(f"{title}.pdf"))
        _named_here.add(named)
        chosen.setOutputFileName(named)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Print {0}").format(title))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, False)

    def accepted() -> None:
        target = dialog.printer()
        if target.outputFormat() is QPrinter.OutputFormat.PdfFormat and files.is_database_file(
            target.outputFileName()
        ):
            if failed is not None:
                failed(files.refusal(target.outputFileName()))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = render_pdf(make(), dialog.printer())
        except (HubdeskError, PrintFailed) as error:
            if failed is not None:
                failed(str(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        if done is not None:
            done(pages)

    dialog.accepted.connect(accepted)
    QDialog.open(dialog)  # PySide's QPrintDialog.open wants a receiver
    return dialog


class PrintDialog(QPrintDialog):
    """Qt's print dialog, whose file to print to is chosen without reading
    any file, and is never one of the database's."""

    def __init__(self, printer: QPrinter | None, parent: QWidget | None) -> None:
        if printer is None:
            super().__init__(parent)
        else:
            super().__init__(printer, parent)
        self.last_box: QMessageBox | None = None
        # before the dialog is shown (and its model lists a folder)
        for model in self.findChildren(QFileSystemModel):
            files.name_only(model)
        self.file_field = self.findChild(QLineEdit, "filename")
        browse = self.findChild(QAbstractButton, "fileBrowser")
        if browse is not None and self.file_field is not None:
            browse.clicked.disconnect()  # Qt's own file dialog
            browse.clicked.connect(self._on_browse_clicked)

    def _on_browse_clicked(self) -> None:
        assert self.file_field is not None
        typed = self.file_field.text().strip()
        suggested = Path(typed) if typed else files.export_folder()
        if suggested.is_dir():
            name = self.printer().docName() or "print"
            suggested /= safe_file_name(f"{name}.pdf", fallback="print.pdf")
        chosen = files.ask_save_path(
            self,
            title=QCoreApplication.translate("printing", "Print to file"),
            suggested=suggested,
            file_filter=QCoreApplication.translate("printing", "PDF documents (*.pdf)"),
            confirm_overwrite=False,  # the print dialog asks when it is accepted
        )
        if chosen is not None:
            self.file_field.setText(str(chosen))

    def accept(self) -> None:
        field = self.file_field
        if field is not None and field.isEnabled() and files.is_database_file(field.text()):
            self.last_box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.windowTitle(),
                files.refusal(field.text()),
                parent=self,
            )
            self.last_box.open()
            return
        super().accept()
