"""Plans: the hub's price list. Managers add, change, deactivate and (when
no membership ever used it) delete plans; reception only looks."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.errors import HubdeskError
from hubdesk.services import plans
from hubdesk.services.plans import PlanRecord
from hubdesk.ui import format as fmt
from hubdesk.ui.dialogs.organisation import kind_labels
from hubdesk.ui.dialogs.plan import PlanDialog, hours_text, plan_kind_labels
from hubdesk.ui.pages.base import Page
from hubdesk.ui.table_model import RecordTableModel, record_table

GREY = QColor("#7a8691")


class PlanTableModel(RecordTableModel[PlanRecord]):
    """Plans, one :class:`PlanRecord` per row."""

    class Col(IntEnum):
        NAME = 0
        KIND = 1
        PRICE = 2
        OTHER_PRICES = 3
        VAT = 4
        ROOM_HOURS = 5
        FLEX_DAYS = 6
        MEMBERSHIPS = 7
        STATE = 8

    NUMBER_COLUMNS = frozenset({Col.PRICE, Col.ROOM_HOURS, Col.FLEX_DAYS, Col.MEMBERSHIPS})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kinds = plan_kind_labels()
        self._organisation_kinds = kind_labels(self)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("A month"),
            self.tr("Other prices"),
            self.tr("VAT"),
            self.tr("Room hours"),
            self.tr("Flex days"),
            self.tr("Memberships"),
            self.tr("Status"),
        )

    def text(self, found: PlanRecord, column: int) -> str:
        col = self.Col
        if column == col.NAME:
            return found.name
        if column == col.KIND:
            return self._kinds.get(found.kind, str(found.kind))
        if column == col.PRICE:
            price = fmt.money(found.price_month)
            return self.tr("{0} per seat").format(price) if found.per_seat else price
        if column == col.OTHER_PRICES:
            return ", ".join(
                f"{self._organisation_kinds.get(kind, str(kind))} {fmt.money(price)}"
                for kind, price in found.kind_prices
            )
        if column == col.VAT:
            return found.vat_category_code
        if column == col.ROOM_HOURS:
            return hours_text(found.included_room_minutes)
        if column == col.FLEX_DAYS:
            if found.included_flex_days is None:
                return self.tr("unlimited")
            return fmt.number(found.included_flex_days)
        if column == col.MEMBERSHIPS:
            return fmt.number(found.membership_count)
        return self.tr("Active") if found.active else self.tr("Inactive")

    def foreground(self, found: PlanRecord, column: int) -> QColor | None:
        return None if found.active else GREY


class PlansPage(Page):
    key = "plans"

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(core, parent)
        self.is_manager = False
        self.dialog: PlanDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        heading = QLabel(self.tr("Plans"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.show_inactive = QCheckBox(self.tr("Show inactive plans"))
        self.count_label = QLabel()
        self.add_button = QPushButton(self.tr("New plan…"))
        self.edit_button = QPushButton(self.tr("Change…"))
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.reactivate_button = QPushButton(self.tr("Reactivate"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        bar.addWidget(self.show_inactive)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        for button in (
            self.add_button,
            self.edit_button,
            self.deactivate_button,
            self.reactivate_button,
            self.delete_button,
        ):
            button.setAutoDefault(False)
            bar.addWidget(button)
        layout.addLayout(bar)

        self.model = PlanTableModel(self)
        self.table = record_table(self.model)
        header = self.table.horizontalHeader()
        col = PlanTableModel.Col
        for column, width in (
            (col.NAME, 140),
            (col.KIND, 115),
            (col.PRICE, 145),
            (col.OTHER_PRICES, 150),
            (col.VAT, 50),
            (col.ROOM_HOURS, 90),
            (col.FLEX_DAYS, 75),
            (col.MEMBERSHIPS, 100),
        ):
            # never narrower than the header's own text (Dutch is longer)
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        layout.addWidget(self.table, 1)

        self.show_inactive.toggled.connect(self._on_show_inactive_toggled)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.deactivate_button.clicked.connect(self._on_deactivate_button_clicked)
        self.reactivate_button.clicked.connect(self._on_reactivate_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.table.doubleClicked.connect(self._on_edit_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Plans")

    def concerns(self) -> set[str]:
        return {"plan", "membership"}

    def can_add(self) -> bool:
        return self.is_manager

    def add_new(self) -> None:
        self._on_add_button_clicked()

    # -- loading

    def reload(self) -> None:
        actor = self.core.actor
        self.is_manager = actor is not None and actor.is_manager
        selected = self.selected()
        include = self.show_inactive.isChecked()
        rows = self.core.read(lambda s: plans.list_plans(s, include_inactive=include))
        self.model.set_rows(rows)
        if selected is not None:
            self.select(selected.id)
        count = len(rows)
        self.count_label.setText(
            self.tr("1 plan") if count == 1 else self.tr("{0} plans").format(fmt.number(count))
        )
        self._update_buttons()

    def _on_show_inactive_toggled(self) -> None:
        self.reload()

    def selected(self) -> PlanRecord | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return self.model.record(rows[0].row()) if rows else None

    def select(self, plan_id: int) -> None:
        row = self.model.row_of(plan_id)
        if row is not None:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        found = self.selected()
        manager = self.is_manager
        self.add_button.setEnabled(manager)
        self.edit_button.setEnabled(manager and found is not None)
        self.deactivate_button.setEnabled(manager and found is not None and found.active)
        self.reactivate_button.setEnabled(manager and found is not None and not found.active)
        self.delete_button.setEnabled(manager and found is not None and found.membership_count == 0)
        self.deactivate_button.setVisible(found is None or found.active)
        self.reactivate_button.setVisible(found is not None and not found.active)

    # -- changes

    def _changed(self, plan_id: int | None) -> None:
        self.reload()
        if plan_id is not None:
            self.select(plan_id)
        self.data_changed.emit({"plan"})

    def _open(self, dialog: PlanDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.accepted.connect(self._on_dialog_accepted)
        dialog.open()

    def _on_dialog_accepted(self) -> None:
        saved = self.dialog.saved if self.dialog is not None else None
        self._changed(saved.id if saved is not None else None)
        self.notify(self.tr("Saved."))

    def _on_add_button_clicked(self) -> None:
        if self.is_manager:
            self._open(PlanDialog(self.core, None, self))

    def _on_edit_button_clicked(self) -> None:
        found = self.selected()
        if found is not None and self.is_manager:
            self._open(PlanDialog(self.core, found, self))

    def _set_active(self, active: bool) -> None:
        found = self.selected()
        if found is None or not self.is_manager:
            return
        actor = self.core.require_actor()
        plan_id = found.id
        change = plans.reactivate_plan if active else plans.deactivate_plan
        try:
            self.core.write(lambda s: change(s, actor, plan_id))
        except HubdeskError as error:
            self._warn(error)
            return
        if not active and not self.show_inactive.isChecked():
            self.show_inactive.setChecked(True)
        self._changed(plan_id)

    def _on_deactivate_button_clicked(self) -> None:
        self._set_active(False)

    def _on_reactivate_button_clicked(self) -> None:
        self._set_active(True)

    def _on_delete_button_clicked(self) -> None:
        found = self.selected()
        if found is None or not self.is_manager:
            return
        plan_id = found.id
        self.ask(
            self.tr("Delete plan"),
            self.tr("Delete the plan “{0}”? It was never used.").format(found.name),
            self.tr("Delete"),
            lambda: self._delete(plan_id),
        )

    def _delete(self, plan_id: int) -> None:
        actor = self.core.require_actor()
        try:
            self.core.write(lambda s: plans.delete_plan(s, actor, plan_id))
        except HubdeskError as error:
            self._warn(error)
            return
        self._changed(None)
