"""The sheets the hub prints (File → Sheets…, Ctrl+Shift+P): the day sheet,
the room door sheets and the occupancy sheet of a period, each printed through
the print dialog or saved as a PDF.

The sheets are made by the core (``core.sheet_pdf``), the same function the
command line's ``hubdesk sheet`` uses; a refusal (a period that is too long,
say) is shown at the date it is about.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.errors import HubdeskError, ValidationError
from hubdesk.ui.calendar_view import DASH
from hubdesk.ui.forms import FieldErrors

#: The sheets, in the order the dialog offers them.
SHEETS = ("day", "rooms", "occupancy")


def sheet_title(kind: str, first: date, last: date | None = None) -> str:
    """The sheet's name and dates, as the print queue and the file show it."""
    name = {
        "day": QCoreApplication.translate("SheetDialog", "Day sheet"),
        "rooms": QCoreApplication.translate("SheetDialog", "Room door sheets"),
        "occupancy": QCoreApplication.translate("SheetDialog", "Occupancy sheet"),
    }[kind]
    if last is None or last == first:
        return f"{name} {first.isoformat()}"
    return f"{name} {first.isoformat()} {DASH} {last.isoformat()}"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class SheetDialog(QDialog):
    """Pick a sheet and its dates, then *Print…* or *Save as PDF…*.

    ``host`` is the page the dialog was opened from: it prints and saves
    (:meth:`~hubdesk.ui.pages.base.Page.print_made`,
    :meth:`~hubdesk.ui.pages.base.Page.save_made`) and says what was done in
    the window's status bar."""

    def __init__(
        self, core: Any, host: Any, today: date, sheet: str = "day", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.core = core
        self.host = host
        self.setWindowTitle(self.tr("Print a sheet"))
        self.setMinimumWidth(420)
        self.sheet = QComboBox()
        for key in SHEETS:
            self.sheet.addItem(sheet_title(key, today).rsplit(" ", 1)[0], key)
        self.first = QDateEdit(_qdate(today))
        self.last = QDateEdit(_qdate(today))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy")
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setObjectName("hint")
        self.errors = FieldErrors()
        form = QFormLayout()
        form.addRow(self.tr("&Sheet"), self.sheet)
        form.addRow(self.tr("&From"), self.first)
        form.addRow("", self.errors.add("first", self.first))
        self.last_label = QLabel(self.tr("&To"))
        self.last_label.setBuddy(self.last)
        form.addRow(self.last_label, self.last)
        form.addRow("", self.errors.add("last", self.last))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Save as P&DF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save_sheet)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.about)
        layout.addWidget(buttons)
        self.sheet.currentIndexChanged.connect(self._on_sheet_current_index_changed)
        self.first.dateChanged.connect(self._on_first_date_changed)
        self.last.dateChanged.connect(lambda _: self.errors.clear_field("last"))
        if sheet == "occupancy":  # this month
            self.first.setDate(_qdate(today.replace(day=1)))
        self.sheet.setCurrentIndex(SHEETS.index(sheet))
        self._on_sheet_current_index_changed()

    def kind(self) -> str:
        return str(self.sheet.currentData())

    def period(self) -> tuple[date, date]:
        first = _pydate(self.first.date())
        if self.kind() == "day":
            return first, first
        return first, _pydate(self.last.date())

    def _on_sheet_current_index_changed(self, *_: Any) -> None:
        kind = self.kind()
        self.errors.clear()
        ranged = kind != "day"
        self.last.setVisible(ranged)
        self.last_label.setVisible(ranged)
        self.about.setText(
            {
                "day": self.tr(
                    "Rooms by the hour, offices and their tenants, flex desks, guests and "
                    "events of one day, on one landscape page."
                ),
                "rooms": self.tr(
                    "One page per meeting room with its bookings in large type, to hang by "
                    "the door. Up to a month."
                ),
                "occupancy": self.tr(
                    "Per space, the hours booked against the hours open; offices let and "
                    "vacant; the flex desks in use per day."
                ),
            }[kind]
        )
        if self.isVisible():  # the "To" row comes and goes
            self.adjustSize()
        if kind == "occupancy":
            first = _pydate(self.first.date())
            if self.last.date() <= self.first.date():
                following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
                self.last.setDate(_qdate(following - timedelta(days=1)))

    def _on_first_date_changed(self, value: QDate) -> None:
        self.errors.clear_field("first")
        if self.last.date() < value:
            self.last.setDate(value)

    def _made(self) -> bytes | None:
        """The sheet's PDF; None when the sheet refuses the dates (shown at
        the date it is about, else in a message). The rules are the
        sheet's own, as for ``hubdesk sheet``."""
        self.errors.clear()
        first, last = self.period()
        try:
            data: bytes = self.core.sheet_pdf(self.kind(), first, last)
        except HubdeskError as error:
            if not (isinstance(error, ValidationError) and self.errors.show(error)):
                self.host._warn(error)
            return None
        return data

    def title(self) -> str:
        return sheet_title(self.kind(), *self.period())

    def print_sheet(self) -> None:
        data = self._made()
        if data is None:
            return
        self.host.print_made(lambda: data, self.title())
        self.accept()

    def save_sheet(self, path: str | None = None) -> None:
        """Save the sheet as a PDF, where the user picks (or to ``path``)."""
        data = self._made()
        if data is None:
            return
        saved = self.host.save_made(
            lambda: data,
            title=self.tr("Save the sheet as PDF"),
            name=self.title() + ".pdf",
            fallback="sheet.pdf",
            file_filter=self.tr("PDF documents (*.pdf)"),
            done=self.tr("Sheet saved to {0}."),
            path=path,
        )
        if saved is not None:
            self.accept()
