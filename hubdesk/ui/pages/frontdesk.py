"""The Front desk: one search field that always has the keyboard. Three
letters of a name, an organisation or a badge code show who is meant; Enter
checks the top match (or the one picked with the arrow keys) in, or out when
they are in. A badge scanner that types its code and Enter does the same
without a click. The member's card says what matters at a glance; today's
guests are below, one double-click from arriving."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.clock import DEFAULT_TIME_ZONE
from hubdesk.domain.errors import HubdeskError
from hubdesk.services import frontdesk
from hubdesk.services.frontdesk import CheckInResult, Match, MemberStatus, VisitRecord
from hubdesk.services.hub import hub_zone
from hubdesk.ui import format as fmt
from hubdesk.ui.calendar_view import DASH
from hubdesk.ui.dialogs.frontdesk import DayPassDialog, GuestDialog
from hubdesk.ui.pages.base import Page
from hubdesk.ui.table_model import RecordTableModel, record_table

GREY = QColor("#6b7280")
GREEN = QColor("#15803d")


def _hm(moment: datetime | None, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%H:%M") if moment is not None else ""


class _Row:
    """A match keyed by member id (the table model keeps rows by ``id``)."""

    __slots__ = ("id", "match")

    def __init__(self, match: Match) -> None:
        self.id = match.member_id
        self.match = match


class MatchTableModel(RecordTableModel[_Row]):
    class Col(IntEnum):
        NAME = 0
        ORGANISATION = 1
        BADGE = 2
        STATUS = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo(DEFAULT_TIME_ZONE)

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Organisation"), self.tr("Badge"), self.tr("Status")]

    def text(self, found: _Row, column: int) -> str:
        match = found.match
        if column == self.Col.NAME:
            return match.name
        if column == self.Col.ORGANISATION:
            return match.organisation_name
        if column == self.Col.BADGE:
            return match.badge_code
        if match.in_since is not None:
            return self.tr("In since {0}").format(_hm(match.in_since, self.zone))
        return self.tr("Out")

    def foreground(self, found: _Row, column: int) -> QColor | None:
        if column == self.Col.STATUS:
            return GREEN if found.match.is_in else GREY
        return None


class GuestTableModel(RecordTableModel[VisitRecord]):
    class Col(IntEnum):
        EXPECTED = 0
        GUEST = 1
        ORGANISATION = 2
        HOST = 3
        STATUS = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo(DEFAULT_TIME_ZONE)

    def headers(self) -> list[str]:
        return [
            self.tr("Expected"),
            self.tr("Guest"),
            self.tr("Organisation"),
            self.tr("Host"),
            self.tr("Status"),
        ]

    def text(self, found: VisitRecord, column: int) -> str:
        if column == self.Col.EXPECTED:
            return _hm(found.expected_at, self.zone)
        if column == self.Col.GUEST:
            return found.guest_name
        if column == self.Col.ORGANISATION:
            return found.guest_organisation
        if column == self.Col.HOST:
            return found.host_name
        if found.left_at is not None:
            return self.tr("Left {0}").format(_hm(found.left_at, self.zone))
        if found.arrived_at is not None:
            return self.tr("Here since {0}").format(_hm(found.arrived_at, self.zone))
        return self.tr("Expected")

    def foreground(self, found: VisitRecord, column: int) -> QColor | None:
        if found.left_at is not None:
            return GREY
        if column == self.Col.STATUS and found.is_in:
            return GREEN
        return None


class MemberCard(QFrame):
    """The member who was just checked in or out (or picked in the list)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.setMinimumWidth(300)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        self.name = QLabel()
        self.name.setObjectName("cardName")
        self.name.setWordWrap(True)
        self.organisation = QLabel()
        self.organisation.setObjectName("statCaption")
        self.presence = QLabel()
        self.presence.setObjectName("cardPresence")
        self.plans = QLabel()
        self.plans.setWordWrap(True)
        self.flex = QLabel()
        self.terms = QLabel()
        self.terms.setWordWrap(True)
        self.terms.setObjectName("cardTerms")
        self.bookings = QLabel()
        self.bookings.setWordWrap(True)
        self.bookings.setTextFormat(Qt.TextFormat.PlainText)
        self.invoices = QLabel()
        self.invoices.setWordWrap(True)
        self.invoices.setObjectName("cardWarning")
        for label in (
            self.name,
            self.organisation,
            self.presence,
            self.terms,
            self.plans,
            self.flex,
            self.bookings,
            self.invoices,
        ):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addStretch(1)
        self.empty = QLabel(self.tr("Check someone in and their card shows here."))
        self.empty.setObjectName("subtitle")
        self.empty.setWordWrap(True)
        layout.insertWidget(0, self.empty)
        self.show_status(None, None, ZoneInfo(DEFAULT_TIME_ZONE))

    def show_status(
        self, status: MemberStatus | None, result: CheckInResult | None, zone: ZoneInfo
    ) -> None:
        labels = (
            self.name,
            self.organisation,
            self.presence,
            self.terms,
            self.plans,
            self.flex,
            self.bookings,
            self.invoices,
        )
        self.empty.setVisible(status is None)
        for label in labels:
            label.setVisible(status is not None)
        if status is None:
            return
        self.name.setText(status.name)
        self.organisation.setText(status.organisation_name or self.tr("Individual member"))
        self.organisation.setVisible(True)
        if result is not None and not result.checked_in:
            self.presence.setText(self.tr("Checked out at {0}").format(_hm(result.at, zone)))
        elif status.in_since is not None:
            self.presence.setText(self.tr("Checked in at {0}").format(_hm(status.in_since, zone)))
        else:
            self.presence.setText(self.tr("Not in"))
        self.terms.setText(status.terms.describe())
        self.terms.setProperty("billable", status.billable)
        self.terms.style().unpolish(self.terms)
        self.terms.style().polish(self.terms)
        self.plans.setText(
            self.tr("Plan: {0}").format(", ".join(status.plans))
            if status.plans
            else self.tr("No plan")
        )
        if status.has_desk:
            self.flex.setText(self.tr("Own desk"))
        elif status.flex_days_left is None:
            self.flex.setText(self.tr("Flex days: unlimited"))
        else:
            self.flex.setText(
                self.tr("Flex days left this month: {0}").format(
                    f"{status.flex_days_left:g}".replace(".", ",")
                    if fmt.locale_name().startswith("nl")
                    else f"{status.flex_days_left:g}"
                )
            )
        if status.bookings_today:
            lines = [
                f"{_hm(b.start_at, zone)}{DASH}{_hm(b.end_at, zone)} {b.space_name}"
                + (f" · {b.title}" if b.title else "")
                for b in status.bookings_today
            ]
            self.bookings.setText(self.tr("Today:") + "\n" + "\n".join(lines))
        else:
            self.bookings.setText(self.tr("No bookings today"))
        if status.unpaid_invoices:
            text = self.tr("{0} unpaid invoice(s), {1} open").format(
                status.unpaid_invoices, fmt.money(status.unpaid_total)
            )
            if status.overdue_invoices:
                text += " · " + self.tr("{0} overdue").format(status.overdue_invoices)
            self.invoices.setText("⚠ " + text)
        self.invoices.setVisible(bool(status.unpaid_invoices))


class FrontDeskPage(Page):
    key = "frontdesk"

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(core, parent)
        self.zone = ZoneInfo(DEFAULT_TIME_ZONE)
        self.dialog: Any = None
        self.last_result: CheckInResult | None = None
        self.card_member: int | None = None
        self._searched = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)

        top = QHBoxLayout()
        heading = QLabel(self.tr("Front desk"))
        heading.setObjectName("pageTitle")
        top.addWidget(heading, 1)
        self.guest_button = QPushButton(self.tr("Register guest…"))
        self.guest_button.setToolTip(self.tr("A guest for the member picked (Ctrl+G)"))
        self.day_pass_button = QPushButton(self.tr("Day pass…"))
        self.day_pass_button.setToolTip(self.tr("Sell a day pass (Ctrl+D)"))
        for button in (self.guest_button, self.day_pass_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            top.addWidget(button)
        layout.addLayout(top)

        self.search = QLineEdit()
        self.search.setObjectName("deskSearch")
        self.search.setPlaceholderText(
            self.tr("Name, organisation or badge code — Enter checks in or out")
        )
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.message = QLabel()
        self.message.setObjectName("deskMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        middle = QHBoxLayout()
        middle.setSpacing(16)
        left = QVBoxLayout()
        self.model = MatchTableModel(self)
        self.view = record_table(self.model)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, mode in (
            (MatchTableModel.Col.NAME, QHeaderView.ResizeMode.Stretch),
            (MatchTableModel.Col.ORGANISATION, QHeaderView.ResizeMode.Stretch),
            (MatchTableModel.Col.BADGE, QHeaderView.ResizeMode.ResizeToContents),
            (MatchTableModel.Col.STATUS, QHeaderView.ResizeMode.ResizeToContents),
        ):
            header.setSectionResizeMode(column, mode)
        left.addWidget(self.view)
        middle.addLayout(left, 3)
        self.card = MemberCard()
        middle.addWidget(self.card, 2)
        layout.addLayout(middle, 3)

        guests_bar = QHBoxLayout()
        caption = QLabel(self.tr("Guests today"))
        caption.setObjectName("panelHeading")
        guests_bar.addWidget(caption, 1)
        self.arrived_button = QPushButton(self.tr("Arrived"))
        self.left_button = QPushButton(self.tr("Left"))
        for button in (self.arrived_button, self.left_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            guests_bar.addWidget(button)
        layout.addLayout(guests_bar)
        self.guest_model = GuestTableModel(self)
        self.guest_view = record_table(self.guest_model)
        self.guest_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.guest_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.guest_view, 2)
        self.no_guests = QLabel(self.tr("No guests expected today."))
        self.no_guests.setObjectName("subtitle")
        layout.addWidget(self.no_guests)

        # the card follows the top match once typing pauses
        self.preview = QTimer(self)
        self.preview.setSingleShot(True)
        self.preview.setInterval(250)
        self.preview.timeout.connect(self._on_preview_timeout)
        QShortcut(QKeySequence("Ctrl+G"), self, self.open_guest)
        QShortcut(QKeySequence("Ctrl+D"), self, self.open_day_pass)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.search.installEventFilter(self)
        self.view.clicked.connect(self._on_view_clicked)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.guest_view.doubleClicked.connect(self._on_guest_view_double_clicked)
        self.guest_view.selectionModel().selectionChanged.connect(self._on_guest_selection_changed)
        self.guest_button.clicked.connect(self.open_guest)
        self.day_pass_button.clicked.connect(self.open_day_pass)
        self.arrived_button.clicked.connect(self._on_arrived_button_clicked)
        self.left_button.clicked.connect(self._on_left_button_clicked)
        self._update_guest_buttons()

    # -- Page

    def title(self) -> str:
        return self.tr("Front desk")

    def search_field(self) -> QLineEdit:
        return self.search

    def concerns(self) -> set[str]:
        return {"check_in", "visit", "day_pass", "member", "organisation", "booking"}

    def now(self) -> datetime:
        now: datetime = self.core.now()
        return now

    def print_sheet(self) -> bool:
        """Ctrl+P: today's day sheet."""
        self.print_hub_sheet("day", self.core.today(self.zone))
        return True

    def reload(self) -> None:
        now = self.now()

        def read(s: Any) -> tuple[Any, ...]:
            zone = hub_zone(s)
            return zone, frontdesk.guests_on(s, now.astimezone(zone).date())

        self.zone, guests = self.core.read(read)
        self.model.zone = self.guest_model.zone = self.zone
        selected = self.selected_guest()
        self.guest_model.set_rows(guests)
        self.no_guests.setVisible(not guests)
        if selected is not None:
            row = self.guest_model.row_of(selected.id)
            if row is not None:
                self.guest_view.selectRow(row)
        self._search(self.search.text())
        if self.card_member is not None:
            self._show_card(self.card_member)
        self._update_guest_buttons()

    # -- search and check in

    def _search(self, text: str) -> None:
        self._searched = text
        if not text.strip():
            self.model.set_rows([])
            return
        matches = self.core.read(lambda s: frontdesk.find(s, text))
        self.model.set_rows(_Row(m) for m in matches)
        if matches:
            self.view.selectRow(0)

    def _on_search_text_changed(self, text: str) -> None:
        self.message.clear()
        self._search(text)
        if self.model.rowCount():
            self.preview.start()

    def _on_preview_timeout(self) -> None:
        match = self.selected_match()
        if match is not None and self.search.text().strip():
            self._show_card(match.member_id)

    def selected_match(self) -> Match | None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            return self.model.record(rows[0].row()).match
        return self.model.record(0).match if self.model.rowCount() else None

    def _on_search_return_pressed(self) -> None:
        self.act()

    def act(self) -> CheckInResult | None:
        """Enter: check the picked match in or out."""
        text = self.search.text()
        if text != self._searched:
            self._search(text)  # what the scanner typed last, exactly
        match = self.selected_match()
        if match is None:
            if text.strip():
                self._say(self.tr("Nobody matches “{0}”.").format(text.strip()), error=True)
            return None
        if not frontdesk.may_act_on(text, match):
            self._say(
                self.tr("Type at least three letters (or scan a badge) to check someone in."),
                error=True,
            )
            return None
        return self.toggle(match.member_id)

    def toggle(self, member_id: int) -> CheckInResult | None:
        actor = self.core.require_actor()
        now = self.now()
        try:
            result: CheckInResult = self.core.write(
                lambda s: frontdesk.check_in_or_out(s, actor, member_id, now)
            )
        except HubdeskError as error:
            self._say(str(error), error=True)
            return None
        self.last_result = result
        self.card_member = member_id
        status = result.status
        if result.checked_in:
            text = self.tr("{0} checked in at {1}.").format(status.name, _hm(result.at, self.zone))
        else:
            text = self.tr("{0} checked out at {1}.").format(status.name, _hm(result.at, self.zone))
        self.search.clear()
        self._say(text)
        self.card.show_status(status, result, self.zone)
        self.notify(text)
        self.data_changed.emit({"check_in"})
        self.search.setFocus()
        return result

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _show_card(self, member_id: int) -> None:
        now = self.now()
        try:
            status = self.core.read(lambda s: frontdesk.member_status(s, member_id, now))
        except HubdeskError:
            self.card_member = None
            self.card.show_status(None, None, self.zone)
            return
        self.card_member = member_id
        result = self.last_result if (
            self.last_result is not None and self.last_result.status.member_id == member_id
            and status.in_since is None
        ) else None  # fmt: skip
        self.card.show_status(status, result, self.zone)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search field move through the matches."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                rows = self.view.selectionModel().selectedRows()
                current = rows[0].row() if rows else -1
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.model.rowCount() - 1, current + step))
                self.view.selectRow(row)
                self._show_card(self.model.record(row).id)
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    def _on_view_clicked(self, index: QModelIndex) -> None:
        self._show_card(self.model.record(index.row()).id)
        self.search.setFocus()

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        self.toggle(self.model.record(index.row()).id)

    # -- guests and day passes

    def _picked_member(self) -> tuple[int, str, str] | None:
        match = self.selected_match()
        if match is not None and self.search.text().strip():
            return match.member_id, match.name, match.organisation_name
        if self.card_member is not None and self.last_result is not None:
            status = self.last_result.status
            return status.member_id, status.name, status.organisation_name
        return None

    def open_guest(self) -> GuestDialog:
        dialog = GuestDialog(self.core, self.now(), self.zone, self._picked_member(), self)
        dialog.accepted.connect(lambda: self._guest_saved(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _guest_saved(self, dialog: GuestDialog) -> None:
        saved = dialog.saved
        if saved is None:
            return
        self.data_changed.emit({"visit"})
        self.reload()
        row = self.guest_model.row_of(saved.id)
        if row is not None:
            self.guest_view.selectRow(row)
        self._say(
            self.tr("Guest {0} registered for {1}.").format(saved.guest_name, saved.host_name)
        )
        self.search.setFocus()

    def open_day_pass(self) -> DayPassDialog:
        picked = self._picked_member()
        dialog = DayPassDialog(self.core, picked if self.search.text().strip() else None, self)
        dialog.accepted.connect(lambda: self._day_pass_sold(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _day_pass_sold(self, dialog: DayPassDialog) -> None:
        saved = dialog.saved
        if saved is None:
            return
        self.search.clear()
        self.data_changed.emit({"day_pass", "check_in"})
        self._say(
            self.tr("Day pass sold to {0} ({1}); checked in.").format(
                saved.name, fmt.money(saved.price)
            )
        )
        self.search.setFocus()

    def selected_guest(self) -> VisitRecord | None:
        rows = self.guest_view.selectionModel().selectedRows()
        return self.guest_model.record(rows[0].row()) if rows else None

    def _update_guest_buttons(self) -> None:
        guest = self.selected_guest()
        self.arrived_button.setEnabled(guest is not None and guest.arrived_at is None)
        self.left_button.setEnabled(guest is not None and guest.is_in)

    def _on_guest_selection_changed(self, *_args: Any) -> None:
        self._update_guest_buttons()

    def guest_arrived(self, visit_id: int) -> bool:
        return self._guest_change(visit_id, frontdesk.guest_arrived, self.tr("{0} arrived."))

    def guest_left(self, visit_id: int) -> bool:
        return self._guest_change(visit_id, frontdesk.guest_left, self.tr("{0} left."))

    def _guest_change(self, visit_id: int, change: Any, done: str) -> bool:
        actor = self.core.require_actor()
        now = self.now()
        try:
            visit: VisitRecord = self.core.write(lambda s: change(s, actor, visit_id, now))
        except HubdeskError as error:
            self._say(str(error), error=True)
            return False
        self._say(
            done.format(visit.guest_name) + " " + self.tr("Host: {0}.").format(visit.host_name)
        )
        self.data_changed.emit({"visit"})
        self.reload()
        self.search.setFocus()
        return True

    def _on_guest_view_double_clicked(self, index: QModelIndex) -> None:
        guest = self.guest_model.record(index.row())
        if guest.arrived_at is None:
            self.guest_arrived(guest.id)
        elif guest.is_in:
            self.guest_left(guest.id)

    def _on_arrived_button_clicked(self) -> None:
        guest = self.selected_guest()
        if guest is not None:
            self.guest_arrived(guest.id)

    def _on_left_button_clicked(self) -> None:
        guest = self.selected_guest()
        if guest is not None:
            self.guest_left(guest.id)
