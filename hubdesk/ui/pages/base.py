"""What every page of the main window offers the window."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractButton, QDialog, QLineEdit, QMessageBox, QWidget

from hubdesk.domain.errors import HubdeskError
from hubdesk.ui.files import save_file
from hubdesk.ui.forms import warn


class Page(QWidget):
    """A page of the main window.

    ``key`` is stable (QSettings remembers the last page by it); ``title`` is
    shown in the navigation. After a change through a service the page emits
    ``data_changed`` with the names of the entities it changed
    ("organisation", "member", ...); the window passes that on to every page,
    and a page reloads when :meth:`concerns` meets it.
    """

    key = ""
    #: The sheet Ctrl+P offers when the page has nothing of its own to print.
    sheet = "day"
    data_changed = Signal(object)

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        #: The last message and question shown (tests read and answer them).
        self.last_warning: QMessageBox | None = None
        self.last_question: QMessageBox | None = None
        #: The last print dialog opened (tests answer it).
        self.last_print_dialog: QDialog | None = None
        self._printer: Any = None

    def title(self) -> str:
        raise NotImplementedError

    def search_field(self) -> QLineEdit | None:
        """The field Ctrl+F focuses, if the page has one."""
        return None

    def focus_widget(self) -> QWidget | None:
        """What gets the keyboard when the page is shown (its search field by
        default), so the page's keys work without a click first."""
        return self.search_field()

    def add_new(self) -> None:
        """Ctrl+N: add a record of what this page lists (nothing by default)."""

    def can_add(self) -> bool:
        return False

    def reload(self) -> None:
        """F5 and data changes: read again what the page shows."""

    def print_sheet(self) -> bool:
        """Ctrl+P: print what the page shows (its sheet or report) and return
        True; False when the page has nothing of its own to print (the window
        then offers the sheets)."""
        return False

    def concerns(self) -> set[str]:
        return set()

    def notify(self, text: str) -> None:
        """A short confirmation in the window's status bar ("Saved.")."""
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(text, 8000)

    def on_data_changed(self, entities: set[str]) -> None:
        if entities & self.concerns():
            self.reload()

    # -- messages, questions, files

    def _warn(self, error: HubdeskError | str) -> QMessageBox:
        """Say what went wrong (a refusal's message, as the service wrote it)."""
        self.last_warning = warn(self, error)
        return self.last_warning

    def ask(self, title: str, text: str, action: str, then: Callable[[], Any]) -> QMessageBox:
        """A question that does not block; ``then()`` runs when ``action`` is
        clicked (Cancel is the default and Esc)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)

        def clicked(button: QAbstractButton) -> None:
            if button is yes:
                then()

        box.buttonClicked.connect(clicked)
        box.open()
        self.last_question = box
        return box

    def save_made(
        self,
        make: Callable[[], bytes],
        *,
        title: str,
        name: str,
        fallback: str,
        file_filter: str,
        done: str,
        path: str | Path | None = None,
    ) -> Path | None:
        """Make a file's bytes (a letter, an invoice, an export), ask where to
        save them unless ``path`` is given, write them whole, and say so with
        ``done`` ("… written to {0}."). A refusal or a failed write is shown
        and nothing is written; None then, and when the user cancels."""
        try:
            target = save_file(
                self,
                make(),
                title=title,
                name=name,
                fallback=fallback,
                file_filter=file_filter,
                path=path,
            )
        except HubdeskError as error:
            self._warn(error)
            return None
        if target is not None:
            self.notify(done.format(target))
        return target

    def printer(self) -> Any:
        """The page's printer: the printer, paper and copies chosen stay
        chosen for the next print from this page."""
        if self._printer is None:
            from PySide6.QtPrintSupport import QPrinter

            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        return self._printer

    def print_made(self, make: Callable[[], bytes], title: str) -> QDialog:
        """Ask for a printer and print the PDF ``make()`` gives (made once
        the dialog is accepted); a refusal is shown, nothing is printed."""
        from hubdesk.ui.printing import print_pdf

        def done(pages: int) -> None:
            self.notify(self.tr("{0}: {1} page(s) sent to the printer.").format(title, pages))

        self.last_print_dialog = print_pdf(
            self, make, title, printer=self.printer(), done=done, failed=self._warn
        )
        return self.last_print_dialog

    def print_hub_sheet(
        self,
        kind: str,
        first: date,
        last: date | None = None,
        space_ids: Sequence[int] | None = None,
    ) -> QDialog:
        """Print one of the hub's sheets ("day", "rooms", "occupancy")."""
        from hubdesk.ui.dialogs.sheets import sheet_title

        return self.print_made(
            lambda: bytes(self.core.sheet_pdf(kind, first, last, space_ids=space_ids)),
            sheet_title(kind, first, last),
        )
