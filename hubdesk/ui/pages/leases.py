"""Leases: who rents which office, what ends or must be decided soon, and
which offices are free from when.

Manager and reception see the page; only a manager creates a lease or moves
it along its lifecycle (the buttons are disabled for reception, and the
service refuses anyway). The overview lists the live leases
(``leases.lease_overview``) and the drafts; the notice calendar
(``leases.notice_calendar``) looks 3, 6 or 12 months ahead; the vacant
offices come from ``leases.vacant_offices``. After a change the page emits
``data_changed({"lease"})``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QItemSelection, QModelIndex, QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import LeaseStatus
from hubdesk.domain.errors import HubdeskError
from hubdesk.domain.money import Money
from hubdesk.services import leases
from hubdesk.services.leases import CalendarEntry, DueIndexation, LeaseRecord
from hubdesk.ui import format as fmt
from hubdesk.ui.dialogs.lease import (
    DepositDialog,
    IndexDialog,
    LeaseDialog,
    NoticeDialog,
    RenewDialog,
)
from hubdesk.ui.pages.base import Page
from hubdesk.ui.table_model import Record, RecordTableModel

#: Deadlines this close (or closer) are shown in red.
CLOSE_DAYS = 30
RED = QColor("#c0392b")
GREY = QColor("#8a96a3")
R = TypeVar("R", bound=Record)


@dataclass(frozen=True)
class LeaseRow:
    """A row of the overview: a live lease, or a draft."""

    id: int
    organisation_name: str
    office_names: tuple[str, ...]
    status: LeaseStatus
    rent: Money
    service_charge: Money
    end_date: date | None
    last_notice_day: date | None
    deposit_held: Money


@dataclass(frozen=True)
class CalendarRow:
    id: int
    entry: CalendarEntry


@dataclass(frozen=True)
class VacantRow:
    id: int
    name: str
    floor: int
    free_from: date
    free_until: date | None


_formatted: dict[tuple[str, object], str] = {}


def _money(amount: Money) -> str:
    """fmt.money, remembered: a hub's rents and charges repeat, and babel
    takes a fifth of a millisecond per amount."""
    key = (fmt.locale_name(), amount)
    found = _formatted.get(key)
    if found is None:
        if len(_formatted) > 20_000:
            _formatted.clear()
        found = _formatted[key] = fmt.money(amount)
    return found


def _day(value: date | None) -> str:
    """fmt.day, remembered (the same few month ends come back)."""
    if value is None:
        return ""
    key = (fmt.locale_name(), value)
    found = _formatted.get(key)
    if found is None:
        if len(_formatted) > 20_000:
            _formatted.clear()
        found = _formatted[key] = fmt.day(value)
    return found


class _CachedModel(RecordTableModel[R]):
    """Each row's texts made once, when the rows are set (babel formats money
    and dates slowly, and a view asks for each cell many times)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # the page sets the hub's today with the rows
        self.today = date.min
        self._texts: dict[int, tuple[str, ...]] = {}

    def _rows_set(self) -> None:
        columns = range(len(self.Col))
        self._texts = {
            found.id: tuple(self.cell(found, column) for column in columns) for found in self._rows
        }

    def text(self, found: R, column: int) -> str:
        return self._texts[found.id][column]

    def cell(self, found: R, column: int) -> str:
        raise NotImplementedError

    def fit(self, view: QTableView) -> None:
        """Columns as wide as their header and texts (without asking every
        cell through the view, as ``resizeColumnsToContents`` would)."""
        view.ensurePolished()  # the style sheet's fonts
        view.horizontalHeader().ensurePolished()
        cells = view.fontMetrics()
        heads = view.horizontalHeader().fontMetrics()
        headers = self.headers()
        for column in range(len(self.Col)):
            widest = max(
                (cells.horizontalAdvance(texts[column]) for texts in self._texts.values()),
                default=0,
            )
            width = max(widest + 20, heads.horizontalAdvance(headers[column]) + 28)
            view.setColumnWidth(column, min(width, 360))


def _close(day: date | None, today: date) -> bool:
    return day is not None and today <= day <= today + timedelta(days=CLOSE_DAYS)


class LeaseTableModel(_CachedModel[LeaseRow]):
    class Col(IntEnum):
        ORGANISATION = 0
        OFFICES = 1
        STATUS = 2
        RENT = 3
        SERVICE = 4
        END = 5
        LAST_NOTICE = 6
        DEPOSIT = 7

    NUMBER_COLUMNS = frozenset({Col.RENT, Col.SERVICE, Col.DEPOSIT})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Organisation"),
            self.tr("Offices"),
            self.tr("Status"),
            self.tr("Rent"),
            self.tr("Service charge"),
            self.tr("End"),
            self.tr("Last notice day"),
            self.tr("Deposit held"),
        )

    def status_text(self, status: LeaseStatus) -> str:
        return {
            LeaseStatus.DRAFT: self.tr("Draft"),
            LeaseStatus.ACTIVE: self.tr("Active"),
            LeaseStatus.NOTICE_GIVEN: self.tr("Notice given"),
            LeaseStatus.ENDED: self.tr("Ended"),
        }.get(status, str(status))

    def cell(self, found: LeaseRow, column: int) -> str:
        col = self.Col
        if column == col.ORGANISATION:
            return found.organisation_name
        if column == col.OFFICES:
            return ", ".join(found.office_names)
        if column == col.STATUS:
            return self.status_text(found.status)
        if column == col.RENT:
            return _money(found.rent)
        if column == col.SERVICE:
            return _money(found.service_charge)
        if column == col.END:
            return _day(found.end_date) if found.end_date else self.tr("open-ended")
        if column == col.LAST_NOTICE:
            return _day(found.last_notice_day)
        return _money(found.deposit_held)

    def tooltip(self, found: LeaseRow, column: int) -> str | None:
        if column in (self.Col.ORGANISATION, self.Col.OFFICES):
            return self.text(found, column)  # cut off in a narrow window
        return None

    def foreground(self, found: LeaseRow, column: int) -> QColor | None:
        if found.status is LeaseStatus.DRAFT:
            return GREY
        # an open-ended lease always has a next notice day: only a fixed
        # term's deadline (after which the lease ends or runs on) is a decision
        if (
            column == self.Col.LAST_NOTICE
            and found.end_date is not None
            and _close(found.last_notice_day, self.today)
        ):
            return RED
        return None


class CalendarTableModel(_CachedModel[CalendarRow]):
    class Col(IntEnum):
        DAY = 0
        WHAT = 1
        ORGANISATION = 2
        OFFICES = 3

    def headers(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("What"), self.tr("Organisation"), self.tr("Offices"))

    def cell(self, found: CalendarRow, column: int) -> str:
        entry = found.entry
        if column == self.Col.DAY:
            return _day(entry.day)
        if column == self.Col.WHAT:
            if entry.kind == "notice_deadline":
                return self.tr("Last day to give notice")
            return self.tr("Ends, renewed") if entry.renewed else self.tr("Ends")
        if column == self.Col.ORGANISATION:
            return entry.organisation_name
        return ", ".join(entry.office_names)

    def foreground(self, found: CalendarRow, column: int) -> QColor | None:
        return RED if _close(found.entry.day, self.today) else None


class VacantTableModel(_CachedModel[VacantRow]):
    class Col(IntEnum):
        OFFICE = 0
        FLOOR = 1
        FREE_FROM = 2
        FREE_UNTIL = 3

    NUMBER_COLUMNS = frozenset({Col.FLOOR})

    def headers(self) -> Sequence[str]:
        return (self.tr("Office"), self.tr("Floor"), self.tr("Free from"), self.tr("Free until"))

    def cell(self, found: VacantRow, column: int) -> str:
        if column == self.Col.OFFICE:
            return found.name
        if column == self.Col.FLOOR:
            return fmt.number(found.floor)
        if column == self.Col.FREE_FROM:
            return self.tr("now") if found.free_from <= self.today else _day(found.free_from)
        return _day(found.free_until)


def _table(model: RecordTableModel[Any]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(28)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class LeasesPage(Page):
    sheet = "occupancy"
    key = "leases"

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(core, parent)
        self.is_manager = False
        self.dialog: Any = None
        self.due: dict[int, DueIndexation] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Leases"))
        heading.setObjectName("pageTitle")
        top.addWidget(heading, 1)
        # the money actions next to the title, the lifecycle on their own row
        # (all nine in one row do not fit the window's default width)
        money_bar = QHBoxLayout()
        money_bar.setSpacing(8)
        top.addLayout(money_bar)
        layout.addLayout(top)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addStretch(1)
        self.new_button = QPushButton(self.tr("New lease…"))
        self.edit_button = QPushButton(self.tr("Edit draft…"))
        self.edit_button.setToolTip(self.tr("Change the draft's terms (or double-click it)"))
        self.activate_button = QPushButton(self.tr("Activate"))
        self.notice_button = QPushButton(self.tr("Give notice…"))
        self.end_button = QPushButton(self.tr("End"))
        self.delete_button = QPushButton(self.tr("Delete draft"))
        self.renew_button = QPushButton(self.tr("Renew…"))
        self.deposit_button = QPushButton(self.tr("Deposit…"))
        self.index_button = QPushButton(self.tr("Index now…"))
        # the letter only reads: reception may print it too
        self.letter_button = QPushButton(self.tr("Indexation letter…"))
        self.letter_button.setToolTip(
            self.tr("A letter (PDF) to the tenant announcing the rent after the last indexation")
        )
        money = (self.deposit_button, self.index_button, self.letter_button)
        for button in (*self.change_buttons(), self.letter_button):
            button.setAutoDefault(False)
            (money_bar if button in money else bar).addWidget(button)
        layout.addLayout(bar)
        self.note = QLabel(self.tr("Only a manager may change leases."))
        self.note.setObjectName("subtitle")
        self.note.hide()
        layout.addWidget(self.note)

        self.model = LeaseTableModel(self)
        self.view = _table(self.model)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSectionResizeMode(
            LeaseTableModel.Col.ORGANISATION, QHeaderView.ResizeMode.Stretch
        )
        layout.addWidget(self.view, 3)

        lower = QHBoxLayout()
        lower.setSpacing(20)
        left = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(_caption(self.tr("Notice and renewal calendar")), 1)
        self.horizon = QComboBox()
        for months in (3, 6, 12):
            self.horizon.addItem(self.tr("Next {0} months").format(months), months)
        top.addWidget(self.horizon)
        left.addLayout(top)
        self.calendar_model = CalendarTableModel(self)
        self.calendar_view = _table(self.calendar_model)
        left.addWidget(self.calendar_view)
        self.calendar_empty = QLabel(self.tr("Nothing ends or must be decided in this period."))
        self.calendar_empty.setObjectName("subtitle")
        left.addWidget(self.calendar_empty)
        right = QVBoxLayout()
        right.addWidget(_caption(self.tr("Vacant offices")))
        self.vacant_model = VacantTableModel(self)
        self.vacant_view = _table(self.vacant_model)
        right.addWidget(self.vacant_view)
        lower.addLayout(left, 1)
        lower.addLayout(right, 1)
        layout.addLayout(lower, 2)

        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.view.activated.connect(self._on_view_activated)
        self.activate_button.clicked.connect(self._on_activate_button_clicked)
        self.notice_button.clicked.connect(self._on_notice_button_clicked)
        self.end_button.clicked.connect(self._on_end_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.renew_button.clicked.connect(self._on_renew_button_clicked)
        self.deposit_button.clicked.connect(self._on_deposit_button_clicked)
        self.index_button.clicked.connect(self._on_index_button_clicked)
        self.letter_button.clicked.connect(self._on_letter_button_clicked)
        self.horizon.currentIndexChanged.connect(self._on_horizon_current_index_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self._update_buttons()

    def change_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.new_button,
            self.edit_button,
            self.activate_button,
            self.notice_button,
            self.end_button,
            self.renew_button,
            self.deposit_button,
            self.index_button,
            self.delete_button,
        )

    # -- Page

    def title(self) -> str:
        return self.tr("Leases")

    def concerns(self) -> set[str]:
        return {"lease", "space", "organisation"}

    def can_add(self) -> bool:
        return self.is_manager

    def add_new(self) -> None:
        self.open_new()

    def today(self) -> date:
        """Today on the hub's wall clocks, from the hub's clock."""
        today: date = self.core.hub_today()
        return today

    def reload(self) -> None:
        actor = self.core.actor
        self.is_manager = actor is not None and actor.is_manager
        today = self.today()
        months = int(self.horizon.currentData())
        selected = self.selected()

        def read(s: Any) -> tuple[Any, ...]:
            live = leases.live_leases(s)
            return (
                leases.lease_overview(s, today, live=live),
                leases.list_leases(s, [LeaseStatus.DRAFT]),
                leases.notice_calendar(s, today, months, live=live),
                leases.vacant_offices(s, today),
                leases.due_indexations(s, today, live=live),
            )

        overview, drafts, calendar, vacant, due = self.core.read(read)
        self.due = {d.lease_id: d for d in due}
        rows = [
            LeaseRow(
                r.lease_id,
                r.organisation_name,
                r.office_names,
                r.status,
                r.rent,
                r.service_charge,
                r.end_date,
                r.last_notice_day,
                r.deposit_held,
            )
            for r in overview
        ]
        rows += [
            LeaseRow(
                d.id,
                d.organisation_name,
                d.office_names,
                d.status,
                d.rent,
                d.service_charge,
                d.end_date,
                None,
                Money(0),
            )
            for d in drafts
        ]
        for model in (self.model, self.calendar_model, self.vacant_model):
            model.today = today
        self.model.set_rows(rows)
        self.calendar_model.set_rows(CalendarRow(n, e) for n, e in enumerate(calendar))
        self.vacant_model.set_rows(
            VacantRow(o.space_id, o.name, o.floor, o.free_from, o.free_until) for o in vacant
        )
        self.model.fit(self.view)
        self.calendar_model.fit(self.calendar_view)
        self.calendar_empty.setVisible(not calendar)
        self.vacant_model.fit(self.vacant_view)
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def reload_calendar(self) -> None:
        today = self.today()
        months = int(self.horizon.currentData())
        calendar = self.core.read(lambda s: leases.notice_calendar(s, today, months))
        self.calendar_model.set_rows(CalendarRow(n, e) for n, e in enumerate(calendar))
        self.calendar_model.fit(self.calendar_view)
        self.calendar_empty.setVisible(not calendar)

    # -- selection

    def selected(self) -> LeaseRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select(self, lease_id: int) -> None:
        row = self.model.row_of(lease_id)
        if row is not None:
            self.view.selectRow(row)

    def _update_buttons(self) -> None:
        found = self.selected()
        status = found.status if found is not None else None
        manager = self.is_manager
        self.note.setVisible(not manager)
        self.new_button.setEnabled(manager)
        self.activate_button.setEnabled(manager and status is LeaseStatus.DRAFT)
        self.edit_button.setEnabled(manager and status is LeaseStatus.DRAFT)
        self.notice_button.setEnabled(manager and status is LeaseStatus.ACTIVE)
        self.end_button.setEnabled(
            manager
            and found is not None
            and status in (LeaseStatus.ACTIVE, LeaseStatus.NOTICE_GIVEN)
            and found.end_date is not None
        )
        self.delete_button.setEnabled(manager and status is LeaseStatus.DRAFT)
        live = status in (LeaseStatus.ACTIVE, LeaseStatus.NOTICE_GIVEN)
        self.renew_button.setEnabled(
            manager and live and found is not None and found.end_date is not None
        )
        self.deposit_button.setEnabled(manager and found is not None)
        self.index_button.setEnabled(manager and found is not None and found.id in self.due)
        self.letter_button.setEnabled(found is not None and status is not LeaseStatus.DRAFT)

    # -- dialogs and changes

    def open_new(self) -> LeaseDialog | None:
        if not self.is_manager:
            return None
        dialog = LeaseDialog(self.core, self.today(), self)
        dialog.accepted.connect(lambda: self._changed(dialog.saved.id if dialog.saved else None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_edit(self) -> LeaseDialog | None:
        """The selected draft in the lease form (a live lease changes only by
        notice, indexation or renewal)."""
        found = self._current()
        if found is None or found.status is not LeaseStatus.DRAFT:
            return None
        dialog = LeaseDialog(self.core, self.today(), self, existing=found)
        dialog.accepted.connect(lambda: self._changed(found.id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_notice(self) -> NoticeDialog | None:
        found = self.selected()
        if not self.is_manager or found is None or found.status is not LeaseStatus.ACTIVE:
            return None
        lease_id = found.id
        try:
            record = self.core.read(lambda s: leases.get_lease(s, lease_id))
        except HubdeskError as error:
            self._warn(error)
            return None
        dialog = NoticeDialog(self.core, record, self.today(), self)
        dialog.accepted.connect(lambda: self._changed(lease_id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _current(self) -> LeaseRecord | None:
        """The selected lease as stored now."""
        found = self.selected()
        if not self.is_manager or found is None:
            return None
        lease_id = found.id
        try:
            record: LeaseRecord = self.core.read(lambda s: leases.get_lease(s, lease_id))
        except HubdeskError as error:
            self._warn(error)
            return None
        return record

    def _open_action(self, dialog: Any) -> Any:
        lease_id = dialog.found.id
        dialog.accepted.connect(
            lambda: self._changed(dialog.saved.id if dialog.saved is not None else lease_id)
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_renew(self) -> RenewDialog | None:
        found = self._current()
        if found is None or not found.live or found.end_date is None:
            return None
        dialog: RenewDialog = self._open_action(RenewDialog(self.core, found, self.today(), self))
        return dialog

    def open_deposit(self) -> DepositDialog | None:
        found = self._current()
        if found is None:
            return None
        if found.deposit_returned_on is not None:
            self._warn(self.tr("The deposit was already returned"))
            return None
        dialog: DepositDialog = self._open_action(
            DepositDialog(self.core, found, self.today(), self)
        )
        return dialog

    def index_now(self) -> IndexDialog | None:
        """The due indexation: at once for a percentage (after a question),
        through a dialog asking the index figure for an index-linked lease."""
        found = self._current()
        due = self.due.get(found.id) if found is not None else None
        if found is None or due is None:
            return None
        if due.index_linked:
            dialog: IndexDialog = self._open_action(
                IndexDialog(self.core, found, due.anniversary, self)
            )
            return dialog
        lease_id = found.id
        self.ask(
            self.tr("Index the rent"),
            self.tr("Raise the rent of {0} from {1} to {2} on {3}?").format(
                found.organisation_name,
                fmt.money(due.rent),
                fmt.money(due.new_rent),
                fmt.day(due.anniversary),
            ),
            self.tr("Index"),
            lambda: self.index(lease_id),
        )
        return None

    def index(self, lease_id: int) -> bool:
        return self._run(lease_id, lambda s, a: leases.index_lease(s, a, lease_id))

    def _run(self, lease_id: int | None, change: Any) -> bool:
        actor = self.core.require_actor()
        try:
            self.core.write(lambda s: change(s, actor))
        except HubdeskError as error:
            self._warn(error)
            return False
        self._changed(lease_id)
        return True

    def activate(self, lease_id: int) -> bool:
        return self._run(lease_id, lambda s, a: leases.activate_lease(s, a, lease_id))

    def end(self, lease_id: int) -> bool:
        return self._run(lease_id, lambda s, a: leases.end_lease(s, a, lease_id))

    def delete_draft(self, lease_id: int) -> bool:
        return self._run(None, lambda s, a: leases.delete_draft(s, a, lease_id))

    def _changed(self, lease_id: int | None) -> None:
        self.reload()
        if lease_id is not None:
            self.select(lease_id)
        self.data_changed.emit({"lease"})

    # -- slots

    def _on_new_button_clicked(self) -> None:
        self.open_new()

    def _on_edit_button_clicked(self) -> None:
        self.open_edit()

    def _on_view_activated(self, _index: QModelIndex) -> None:
        self.open_edit()

    def _on_activate_button_clicked(self) -> None:
        found = self.selected()
        if found is not None:
            self.activate(found.id)

    def _on_notice_button_clicked(self) -> None:
        self.open_notice()

    def _on_end_button_clicked(self) -> None:
        found = self.selected()
        if found is None or found.end_date is None:
            return
        lease_id = found.id
        self.ask(
            self.tr("End lease"),
            self.tr("End the lease of {0} on {1}?").format(
                found.organisation_name, _day(found.end_date)
            ),
            self.tr("End"),
            lambda: self.end(lease_id),
        )

    def _on_delete_button_clicked(self) -> None:
        found = self.selected()
        if found is None:
            return
        lease_id = found.id
        self.ask(
            self.tr("Delete draft"),
            self.tr("Delete the draft lease of {0}?").format(found.organisation_name),
            self.tr("Delete"),
            lambda: self.delete_draft(lease_id),
        )

    def _on_renew_button_clicked(self) -> None:
        self.open_renew()

    def _on_deposit_button_clicked(self) -> None:
        self.open_deposit()

    def _on_index_button_clicked(self) -> None:
        self.index_now()

    def _on_letter_button_clicked(self) -> None:
        self.write_letter()

    def write_letter(self, path: str | Path | None = None) -> Path | None:
        """Write the indexation letter of the selected lease (asks where,
        unless ``path`` is given); the file is written whole or not at all."""
        from hubdesk.reports.letters import indexation_letter

        found = self.selected()
        if found is None:
            return None
        lease_id = found.id
        return self.save_made(
            lambda: self.core.read(lambda s: indexation_letter(s, lease_id)),
            title=self.tr("Indexation letter"),
            name=self.tr("{0} indexation letter.pdf").format(found.organisation_name),
            fallback="letter.pdf",
            file_filter=self.tr("PDF files (*.pdf)"),
            done=self.tr("Letter written to {0}."),
            path=path,
        )

    def _on_horizon_current_index_changed(self, _index: int) -> None:
        self.reload_calendar()

    def _on_view_selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        self._update_buttons()
