"""Memberships: a holder (an organisation, or a member without one) on a
plan from a day on. Adding one, changing its plan from a day on, ending it,
and the list of them in an organisation's or member's details."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.errors import HubdeskError
from hubdesk.domain.money import Money
from hubdesk.services import billing, plans
from hubdesk.services.billing import InvoiceRecord, PaymentState
from hubdesk.services.plans import SEATS_MAX, MembershipInput, MembershipRecord, PlanRecord
from hubdesk.ui import format as fmt
from hubdesk.ui.dialogs.organisation import DirectoryDialog
from hubdesk.ui.forms import warn
from hubdesk.ui.table_model import RecordTableModel, record_table

GREY = QColor("#7a8691")


def first_of_next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def chosen_day(edit: QDateEdit) -> date:
    found = edit.date()
    return date(found.year(), found.month(), found.day())


def plan_combo(choices: Sequence[PlanRecord], current: int | None = None) -> QComboBox:
    combo = QComboBox()
    for plan in choices:
        combo.addItem(f"{plan.name} — {fmt.money(plan.price_month)}", plan.id)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
    return combo


class MembershipDialog(DirectoryDialog):
    """Start a membership for an organisation or for a member."""

    def __init__(
        self,
        core: Any,
        parent: QWidget | None = None,
        *,
        organisation_id: int | None = None,
        member_id: int | None = None,
        holder_name: str = "",
        today: date | None = None,
    ) -> None:
        super().__init__(
            self.tr("New membership for “{0}”").format(holder_name),
            self.tr("Add"),
            parent,
        )
        self.setMinimumWidth(640)
        self.core = core
        self.organisation_id = organisation_id
        self.member_id = member_id
        self.saved: MembershipRecord | None = None
        self.left_heading.setText(self.tr("Membership"))
        self.right_heading.setText(self.tr("Agreed price"))
        start = first_of_next_month(today or core.hub_today())
        self.plan = plan_combo(core.read(plans.list_plans))
        self.start = date_edit(start)
        self.has_end = QCheckBox(self.tr("Ends"))
        self.end = date_edit(start)
        self.end.setEnabled(False)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.seats = QSpinBox()
        self.seats.setRange(0, SEATS_MAX)
        self.seats.setValue(1)
        self.price_override = QLineEdit()
        self.price_override.setPlaceholderText(self.tr("Empty: the plan's price"))
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText(self.tr("Why this price was agreed"))

        self.add_row(self.left, self.tr("Plan"), "plan_id", self.plan)
        self.add_row(self.left, self.tr("Start"), "start_date", self.start)
        end_row = QWidget()
        end_layout = QHBoxLayout(end_row)
        end_layout.setContentsMargins(0, 0, 0, 0)
        end_layout.addWidget(self.has_end)
        end_layout.addWidget(self.end, 1)
        self.add_row(self.left, self.tr("Last day"), "end_date", end_row)
        self.add_row(self.left, self.tr("Seats"), "seats", self.seats)
        self.add_row(self.right, self.tr("Price a month"), "price_override", self.price_override)
        self.add_row(self.right, self.tr("Reason"), "override_reason", self.override_reason)
        self.finish()

    def tab_order(self) -> Sequence[QWidget]:
        return (
            self.plan,
            self.start,
            self.has_end,
            self.end,
            self.seats,
            self.price_override,
            self.override_reason,
        )

    def values(self) -> MembershipInput:
        plan_id = self.plan.currentData()
        return MembershipInput(
            plan_id=int(plan_id) if plan_id is not None else 0,
            start_date=chosen_day(self.start),
            organisation_id=self.organisation_id,
            member_id=self.member_id,
            end_date=chosen_day(self.end) if self.has_end.isChecked() else None,
            seats=self.seats.value(),
            price_override=self.price_override.text(),
            override_reason=self.override_reason.text(),
        )

    def submit(self) -> None:
        data = self.values()
        actor = self.core.require_actor()
        self.saved = self.core.write(lambda s: plans.create_membership(s, actor, data))


class ChangePlanDialog(DirectoryDialog):
    """Move a membership to another plan (or other seats) from a day on."""

    def __init__(
        self,
        core: Any,
        found: MembershipRecord,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(
            self.tr("Change the plan of “{0}”").format(found.holder_name),
            self.tr("Change plan"),
            parent,
        )
        self.setMinimumWidth(520)
        self.core = core
        self.found = found
        self.saved: MembershipRecord | None = None
        self.left_heading.setText(self.tr("Now on “{0}”").format(found.plan_name))
        self.plan = plan_combo(core.read(plans.list_plans), found.plan_id)
        self.on = date_edit(first_of_next_month(today or core.hub_today()))
        self.seats = QSpinBox()
        self.seats.setRange(0, SEATS_MAX)
        self.seats.setValue(found.seats)
        self.add_row(self.left, self.tr("New plan"), "new_plan_id", self.plan)
        self.add_row(self.left, self.tr("From"), "on", self.on)
        self.add_row(self.left, self.tr("Seats"), "seats", self.seats)
        self.finish()

    def tab_order(self) -> Sequence[QWidget]:
        return (self.plan, self.on, self.seats)

    def submit(self) -> None:
        actor = self.core.require_actor()
        membership_id = self.found.id
        plan_id = int(self.plan.currentData() or 0)
        on = chosen_day(self.on)
        seats = self.seats.value()
        self.saved = self.core.write(
            lambda s: plans.change_plan(s, actor, membership_id, plan_id, on, seats)
        )


class EndMembershipDialog(DirectoryDialog):
    """Set a membership's last day."""

    def __init__(
        self,
        core: Any,
        found: MembershipRecord,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(
            self.tr("End the membership of “{0}”").format(found.holder_name),
            self.tr("End membership"),
            parent,
        )
        self.setMinimumWidth(520)
        self.core = core
        self.found = found
        self.saved: MembershipRecord | None = None
        self.left_heading.setText(found.plan_name)
        last = first_of_next_month(today or core.hub_today()) - timedelta(days=1)
        self.on = date_edit(found.end_date or max(last, found.start_date))
        self.add_row(self.left, self.tr("Last day"), "on", self.on)
        self.finish()

    def tab_order(self) -> Sequence[QWidget]:
        return (self.on,)

    def submit(self) -> None:
        actor = self.core.require_actor()
        membership_id = self.found.id
        on = chosen_day(self.on)
        self.saved = self.core.write(lambda s: plans.end_membership(s, actor, membership_id, on))


class MembershipTableModel(RecordTableModel[MembershipRecord]):
    """A holder's memberships, one :class:`MembershipRecord` per row."""

    class Col(IntEnum):
        PLAN = 0
        START = 1
        END = 2
        SEATS = 3
        PRICE = 4

    NUMBER_COLUMNS = frozenset({Col.SEATS, Col.PRICE})

    def __init__(self, parent: Any = None, today: date | None = None) -> None:
        super().__init__(parent)
        # the section sets the hub's today with the rows
        self.today = today or date.min

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Plan"),
            self.tr("Start"),
            self.tr("Last day"),
            self.tr("Seats"),
            self.tr("A month"),
        )

    def text(self, found: MembershipRecord, column: int) -> str:
        col = self.Col
        if column == col.PLAN:
            return found.plan_name
        if column == col.START:
            return fmt.day(found.start_date)
        if column == col.END:
            return fmt.day(found.end_date)
        if column == col.SEATS:
            return fmt.number(found.seats)
        return fmt.money(found.monthly_price)

    def foreground(self, found: MembershipRecord, column: int) -> QColor | None:
        if found.end_date is not None and found.end_date < self.today:
            return GREY
        return None

    def tooltip(self, found: MembershipRecord, column: int) -> str | None:
        if column == self.Col.PRICE and found.price_override is not None:
            return self.tr("Agreed price: {0}").format(found.override_reason)
        return None


class MembershipsSection(QWidget):
    """The memberships of one holder with Add…, Change plan… and End…
    (enabled for managers only). Emits ``changed`` after a change."""

    changed = Signal()

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.organisation_id: int | None = None
        self.member_id: int | None = None
        self.holder_name = ""
        self.dialog: DirectoryDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.heading = QLabel(self.tr("Memberships"))
        self.heading.setStyleSheet("font-weight: 600; color: #12324a; margin-top: 8px;")
        self.add_button = QPushButton(self.tr("Add…"))
        self.change_button = QPushButton(self.tr("Change plan…"))
        self.end_button = QPushButton(self.tr("End…"))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.heading, 1, Qt.AlignmentFlag.AlignBottom)
        for button in (self.add_button, self.change_button, self.end_button):
            button.setAutoDefault(False)
            bar.addWidget(button)
        layout.addLayout(bar)
        # what the holder has not paid yet (the billing page has the invoices)
        self.open_invoices = QLabel()
        self.open_invoices.setObjectName("cardWarning")
        self.open_invoices.hide()
        layout.addWidget(self.open_invoices)
        self.none = QLabel(self.tr("No memberships."))
        self.none.setObjectName("muted")
        self.none.setStyleSheet("color: #7a8691;")
        layout.addWidget(self.none)
        self.model = MembershipTableModel(self)
        self.table = record_table(self.model)
        col = MembershipTableModel.Col
        for column, width in (
            (col.PLAN, 140),
            (col.START, 95),
            (col.END, 95),
            (col.SEATS, 50),
        ):
            self.table.setColumnWidth(column, width)
        self.table.setMinimumHeight(110)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.change_button.clicked.connect(self._on_change_button_clicked)
        self.end_button.clicked.connect(self._on_end_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.show_holder(None, None, "")

    def can_change(self) -> bool:
        actor = getattr(self.core, "actor", None)
        return actor is not None and bool(actor.is_manager)

    def show_holder(
        self, organisation_id: int | None, member_id: int | None, holder_name: str
    ) -> None:
        self.organisation_id = organisation_id
        self.member_id = member_id
        self.holder_name = holder_name
        self.reload()

    def reload(self) -> None:
        rows: list[MembershipRecord] = []
        unpaid: list[InvoiceRecord] = []
        if self.organisation_id is not None or self.member_id is not None:
            organisation_id, member_id = self.organisation_id, self.member_id
            rows, unpaid = self.core.read(
                lambda s: (
                    plans.list_memberships(s, organisation_id=organisation_id, member_id=member_id),
                    billing.list_invoices(
                        s,
                        organisation_id=organisation_id,
                        member_id=member_id,
                        states=[PaymentState.OPEN, PaymentState.OVERDUE],
                    ),
                )
            )
        self._show_unpaid(unpaid)
        self.model.today = self.core.hub_today()
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.none.setVisible(not rows)
        self._update_buttons()

    def _show_unpaid(self, unpaid: Sequence[InvoiceRecord]) -> None:
        if not unpaid:
            self.open_invoices.hide()
            return
        total = Money(sum(r.open_amount.cents for r in unpaid))
        text = self.tr("Open invoices: {0} ({1})").format(len(unpaid), fmt.money(total))
        overdue = [r for r in unpaid if r.state is PaymentState.OVERDUE]
        if overdue:
            text += " · " + self.tr("{0} overdue").format(len(overdue))
        self.open_invoices.setText(text)
        self.open_invoices.setToolTip(
            "\n".join(f"{r.number}: {fmt.money(r.open_amount)}" for r in unpaid)
        )
        self.open_invoices.show()

    def selected(self) -> MembershipRecord | None:
        selection = self.table.selectionModel()
        found = selection.selectedRows() if selection is not None else []
        return self.model.record(found[0].row()) if found else None

    def select_id(self, membership_id: int) -> None:
        row = self.model.row_of(membership_id)
        if row is not None:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        manager = self.can_change()
        holder = self.organisation_id is not None or self.member_id is not None
        found = self.selected()
        self.add_button.setEnabled(manager and holder)
        live = found is not None and (found.end_date is None or found.end_date >= self.model.today)
        self.change_button.setEnabled(manager and live)
        self.end_button.setEnabled(manager and found is not None)

    def _open(self, dialog: DirectoryDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.accepted.connect(self._on_dialog_accepted)
        dialog.open()

    def _on_dialog_accepted(self) -> None:
        saved = self.dialog.saved if self.dialog is not None else None
        self.reload()
        if saved is not None:
            self.select_id(saved.id)
        self.changed.emit()

    def _on_add_button_clicked(self) -> None:
        if not self.add_button.isEnabled():
            return
        try:
            dialog = MembershipDialog(
                self.core,
                self,
                organisation_id=self.organisation_id,
                member_id=self.member_id,
                holder_name=self.holder_name,
            )
        except HubdeskError as error:
            warn(self, error)
            return
        self._open(dialog)

    def _on_change_button_clicked(self) -> None:
        found = self.selected()
        if found is not None and self.change_button.isEnabled():
            self._open(ChangePlanDialog(self.core, found, self))

    def _on_end_button_clicked(self) -> None:
        found = self.selected()
        if found is not None and self.end_button.isEnabled():
            self._open(EndMembershipDialog(self.core, found, self))
