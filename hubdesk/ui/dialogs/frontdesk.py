"""The front desk's small forms: a guest for a member, a day pass; and the
member field they share (type a name, pick from the list)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTime
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import PaymentMethod
from hubdesk.domain.errors import ValidationError
from hubdesk.services import directory, frontdesk
from hubdesk.services.directory import MemberRecord
from hubdesk.services.frontdesk import DayPassInput, DayPassRecord, GuestInput, VisitRecord
from hubdesk.ui.dialogs.member import OrganisationCombo
from hubdesk.ui.dialogs.organisation import DirectoryDialog


class MemberField(QWidget):
    """A member chosen by typing part of a name (or organisation, badge) and
    picking from the list that opens; ``chosen_id`` is None until then."""

    def __init__(self, core: Any, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.note = QLabel()
        self.note.setObjectName("statDetail")
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.note)
        self.setFocusProxy(self.edit)
        self._model = QStandardItemModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.edit)
        self.completer.setMaxVisibleItems(10)
        self._hits: list[MemberRecord] = []
        self.chosen_id: int | None = None
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._on_completer_activated
        )

    def choose(self, member_id: int, name: str, organisation: str) -> None:
        self.chosen_id = member_id
        self.edit.setText(name)
        self.note.setText(organisation)
        self.note.setVisible(bool(organisation))

    def _on_edit_text_edited(self, text: str) -> None:
        self.chosen_id = None
        self.note.hide()
        self._model.clear()
        self._hits = []
        popup = self.completer.popup()
        if len(text.strip()) < 2:
            if popup is not None:
                popup.hide()
            return
        self._hits = self.core.read(lambda s: directory.search_members(s, text, limit=10))
        for found in self._hits:
            label = found.full_name
            if found.organisation_name:
                label = f"{label} — {found.organisation_name}"
            item = QStandardItem(label)
            item.setData(found.id, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self._model.appendRow(item)
        if self._hits:
            self.completer.setCompletionPrefix("")
            self.completer.complete()
        elif popup is not None:
            popup.hide()

    def _on_completer_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        member_id = index.data(Qt.ItemDataRole.UserRole)
        found = next((m for m in self._hits if m.id == member_id), None)
        if found is not None:
            self.choose(found.id, found.full_name, found.organisation_name)


def _rounded_up(moment: datetime, minutes: int = 15) -> datetime:
    extra = (-moment.minute) % minutes
    return (moment + timedelta(minutes=extra)).replace(second=0, microsecond=0)


class GuestDialog(DirectoryDialog):
    """A guest of a member: expected later today, or here now."""

    def __init__(
        self,
        core: Any,
        now: datetime,
        zone: ZoneInfo,
        host: tuple[int, str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Register a guest"), self.tr("Register"), parent)
        self.setMinimumWidth(460)
        self.core = core
        self.now = now
        self.zone = zone
        self.saved: VisitRecord | None = None
        self.left_heading.setText(self.tr("Guest"))
        self.right_heading.hide()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("Optional"))
        self.host = MemberField(core, self.tr("Type the host's name"))
        if host is not None:
            self.host.choose(*host)
        self.here_now = QCheckBox(self.tr("Here now"))
        self.expected = QTimeEdit()
        self.expected.setDisplayFormat("HH:mm")
        local = _rounded_up(now.astimezone(zone) + timedelta(minutes=30))
        self.expected.setTime(QTime(local.hour, local.minute))
        for wide in (self.name, self.organisation, self.host):
            wide.setMinimumWidth(280)
        self.add_row(self.left, self.tr("Name"), "guest_name", self.name)
        self.add_row(self.left, self.tr("Organisation"), "guest_organisation", self.organisation)
        self.add_row(self.left, self.tr("Host"), "host", self.host)
        self.add_row(self.left, self.tr("Expected at"), "expected_at", self.expected, self.here_now)
        self.here_now.toggled.connect(self._on_here_now_toggled)
        self.finish()

    def tab_order(self) -> Sequence[QWidget]:
        return (self.name, self.organisation, self.host.edit, self.expected, self.here_now)

    def _on_here_now_toggled(self, checked: bool) -> None:
        self.expected.setEnabled(not checked)

    def values(self) -> GuestInput:
        expected: datetime | None = None
        if not self.here_now.isChecked():
            chosen = self.expected.time()
            day = self.now.astimezone(self.zone).date()
            expected = datetime.combine(day, time(chosen.hour(), chosen.minute()), self.zone)
        if self.host.chosen_id is None and self.host.edit.text().strip():
            raise ValidationError("host", self.tr("Choose the host from the list"))
        return GuestInput(
            host_member_id=self.host.chosen_id,
            guest_name=self.name.text(),
            guest_organisation=self.organisation.text(),
            expected_at=expected,
        )

    def submit(self) -> None:
        data = self.values()
        actor = self.core.require_actor()
        self.saved = self.core.write(lambda s: frontdesk.register_guest(s, actor, data))


class DayPassDialog(DirectoryDialog):
    """A day pass: who, and paid at the desk or invoiced to an organisation."""

    def __init__(
        self,
        core: Any,
        member: tuple[int, str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Sell a day pass"), self.tr("Sell"), parent)
        self.setMinimumWidth(480)
        self.core = core
        self.saved: DayPassRecord | None = None
        self.left_heading.setText(self.tr("Day pass for today"))
        self.right_heading.hide()
        price, organisations = core.read(
            lambda s: (frontdesk.day_pass_price(s)[0], directory.list_organisations(s))
        )
        self.default_price = price
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("Optional, for the receipt"))
        self.organisation_name = QLineEdit()
        self.organisation_name.setPlaceholderText(self.tr("Optional"))
        self.member = MemberField(core, self.tr("Optional: the member it is for"))
        if member is not None:
            self.member.choose(*member)
            self.name.setText(member[1])
            self.organisation_name.setText(member[2])
        self.price = QLineEdit(format(price.euros, ".2f"))
        self.paid_with = QButtonGroup(self)
        payments = QWidget()
        row = QHBoxLayout(payments)
        row.setContentsMargins(0, 0, 0, 0)
        self.method_buttons: dict[PaymentMethod, QRadioButton] = {}
        for method, label in (
            (PaymentMethod.PIN, self.tr("&PIN")),
            (PaymentMethod.CARD, self.tr("C&ard")),
            (PaymentMethod.CASH, self.tr("Ca&sh")),
            (PaymentMethod.INVOICE, self.tr("&Invoice")),
        ):
            button = QRadioButton(label)
            self.method_buttons[method] = button
            self.paid_with.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.method_buttons[PaymentMethod.PIN].setChecked(True)
        self.invoice_to = OrganisationCombo()
        self.invoice_to.individual = ""
        self.invoice_to.set_organisations(organisations, None)
        self.invoice_to.setCurrentIndex(0)
        self.invoice_to.setEditText("")
        self.invoice_to.setEnabled(False)
        self.add_row(self.left, self.tr("Name"), "name", self.name)
        self.add_row(self.left, self.tr("E-mail"), "email", self.email)
        self.add_row(
            self.left, self.tr("Organisation"), "organisation_name", self.organisation_name
        )
        self.add_row(self.left, self.tr("Member"), "member", self.member)
        self.add_row(self.left, self.tr("Price"), "price", self.price)
        self.add_row(self.left, self.tr("Paid with"), "paid_with", payments)
        self.add_row(self.left, self.tr("Invoice to"), "invoice_organisation", self.invoice_to)
        self.method_buttons[PaymentMethod.INVOICE].toggled.connect(self._on_invoice_toggled)
        self.finish()

    def tab_order(self) -> Sequence[QWidget]:
        return (
            self.name,
            self.email,
            self.organisation_name,
            self.member.edit,
            self.price,
            *self.method_buttons.values(),
            self.invoice_to,
        )

    def method(self) -> PaymentMethod:
        for method, button in self.method_buttons.items():
            if button.isChecked():
                return method
        return PaymentMethod.PIN

    def _on_invoice_toggled(self, checked: bool) -> None:
        self.invoice_to.setEnabled(checked)

    def values(self) -> DayPassInput:
        method = self.method()
        invoice_to = self.invoice_to.chosen_id() if method is PaymentMethod.INVOICE else None
        if self.member.chosen_id is None and self.member.edit.text().strip():
            raise ValidationError("member", self.tr("Choose the member from the list, or clear it"))
        return DayPassInput(
            name=self.name.text(),
            email=self.email.text(),
            organisation_name=self.organisation_name.text(),
            member_id=self.member.chosen_id,
            paid_with=method,
            invoice_organisation_id=invoice_to,
            price=self.price.text(),
        )

    def submit(self) -> None:
        data = self.values()
        actor = self.core.require_actor()
        self.saved = self.core.write(lambda s: frontdesk.sell_day_pass(s, actor, data))
