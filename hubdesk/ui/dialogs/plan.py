"""Adding and changing a plan: what it is, what it costs a month (also per
kind of organisation) and what it includes."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from hubdesk.domain.enums import OrganisationKind, PlanKind
from hubdesk.domain.errors import ValidationError
from hubdesk.services import plans
from hubdesk.services import settings as settings_service
from hubdesk.services.plans import PlanInput, PlanRecord
from hubdesk.ui.dialogs.organisation import DirectoryDialog, kind_labels


def plan_kind_labels() -> dict[PlanKind, str]:
    """The kinds of plan in the user's language, in the order they are offered."""
    return {
        PlanKind.COMMUNITY: QCoreApplication.translate("plans", "Community"),
        PlanKind.FLEX: QCoreApplication.translate("plans", "Flex desk"),
        PlanKind.DEDICATED_DESK: QCoreApplication.translate("plans", "Dedicated desk"),
        PlanKind.PRIVATE_OFFICE: QCoreApplication.translate("plans", "Private office"),
        PlanKind.VIRTUAL_OFFICE: QCoreApplication.translate("plans", "Virtual office"),
    }


def hours_text(minutes: int) -> str:
    """Minutes as hours for the form: 600 "10", 90 "1.5"."""
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return str(hours)
    return f"{Decimal(minutes) / 60:.2f}".rstrip("0").rstrip(".")


def money_text(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


class PlanDialog(DirectoryDialog):
    """Add a plan (``found`` None) or change one."""

    def __init__(
        self, core: Any, found: PlanRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("New plan")
            if found is None
            else self.tr("Change plan “{0}”").format(found.name),
            self.tr("Add") if found is None else self.tr("Save"),
            parent,
        )
        self.core = core
        self.found = found
        self.saved: PlanRecord | None = None
        self.left_heading.setText(self.tr("Plan"))
        self.right_heading.setText(self.tr("Price per kind of organisation"))

        self.name = QLineEdit()
        self.kind = QComboBox()
        for plan_kind, plan_label in plan_kind_labels().items():
            self.kind.addItem(plan_label, plan_kind.value)
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("e.g. 250.00"))
        self.vat = QComboBox()
        current_vat = found.vat_category_id if found is not None else None
        for category in core.read(settings_service.list_vat_categories):
            if category.active or category.id == current_vat:
                self.vat.addItem(f"{category.name} ({category.code})", category.code)
        self.room_hours = QLineEdit()
        self.room_hours.setPlaceholderText(self.tr("Hours a month, e.g. 4"))
        self.flex_days = QLineEdit()
        self.flex_days.setPlaceholderText(self.tr("Empty for unlimited"))

        self.add_row(self.left, self.tr("Name"), "name", self.name)
        self.add_row(self.left, self.tr("Kind"), "kind", self.kind)
        self.add_row(self.left, self.tr("Monthly price"), "price_month", self.price)
        self.add_row(self.left, self.tr("VAT category"), "vat_category", self.vat)
        self.add_row(
            self.left, self.tr("Meeting-room hours"), "included_room_minutes", self.room_hours
        )
        self.add_row(self.left, self.tr("Flex days"), "included_flex_days", self.flex_days)

        self.kind_prices: dict[OrganisationKind, QLineEdit] = {}
        first = True
        for organisation_kind, label in kind_labels(self).items():
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("The plan's price"))
            self.kind_prices[organisation_kind] = edit
            # the service names one field for all of them: the message goes under the first
            name = "kind_prices" if first else f"kind_prices.{organisation_kind}"
            self.add_row(self.right, label, name, edit)
            first = False

        if found is not None:
            self.name.setText(found.name)
            self.kind.setCurrentIndex(max(self.kind.findData(found.kind.value), 0))
            self.price.setText(money_text(found.price_month.cents))
            index = self.vat.findData(found.vat_category_code)
            self.vat.setCurrentIndex(max(index, 0))
            self.room_hours.setText(hours_text(found.included_room_minutes))
            flex = found.included_flex_days
            self.flex_days.setText("" if flex is None else str(flex))
            for priced_kind, price in found.kind_prices:
                if priced_kind in self.kind_prices:
                    self.kind_prices[priced_kind].setText(money_text(price.cents))
        else:
            self.room_hours.setText("0")
            self.flex_days.setText("0")
        self.finish()

    def tab_order(self) -> Sequence[QWidget]:
        return (
            self.name,
            self.kind,
            self.price,
            self.vat,
            self.room_hours,
            self.flex_days,
            *self.kind_prices.values(),
        )

    def room_minutes(self) -> str | int:
        """The hours typed, as minutes; raises ValidationError for no number."""
        text = self.room_hours.text().strip().replace(",", ".")
        if not text:
            return 0
        try:
            hours = Decimal(text)
        except InvalidOperation:
            raise ValidationError(
                "included_room_minutes",
                self.tr("Enter the meeting-room hours as a number, like 4 or 1.5"),
            ) from None
        minutes = hours * 60
        if minutes != minutes.to_integral_value():
            raise ValidationError(
                "included_room_minutes", self.tr("Enter the hours in whole minutes")
            )
        return int(minutes)

    def values(self) -> PlanInput:
        return PlanInput(
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            price_month=self.price.text(),
            vat_category=str(self.vat.currentData() or ""),
            included_room_minutes=self.room_minutes(),
            included_flex_days=self.flex_days.text(),
            kind_prices={
                kind.value: edit.text()
                for kind, edit in self.kind_prices.items()
                if edit.text().strip()
            },
        )

    def submit(self) -> None:
        data = self.values()
        actor = self.core.require_actor()
        if self.found is None:
            self.saved = self.core.write(lambda s: plans.create_plan(s, actor, data))
        else:
            plan_id = self.found.id
            self.saved = self.core.write(lambda s: plans.update_plan(s, actor, plan_id, data))
