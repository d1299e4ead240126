"""Settings: the hub's details and opening hours, VAT categories, staff
accounts and the audit log, one tab each.

Every change goes through :mod:`hubdesk.services.settings` or
:mod:`hubdesk.services.staff` in one ``core.write`` call; the services refuse
a reception user, the page only hides what reception may not use. After a
change the page emits ``data_changed`` ({"settings"} for the hub's details,
so the window updates the hub's name and clock) and reloads its audit log.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from enum import IntEnum
from pathlib import Path
from typing import Any

from babel.numbers import format_decimal
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.clock import DEFAULT_TIME_ZONE
from hubdesk.domain.enums import StaffRole
from hubdesk.domain.errors import HubdeskError, ValidationError
from hubdesk.services import settings as hub_settings
from hubdesk.services import staff
from hubdesk.services.settings import (
    WEEKDAYS,
    AuditRecord,
    DayHours,
    HubSettingsInput,
    HubSettingsRecord,
    VatCategoryInput,
    VatCategoryRecord,
)
from hubdesk.services.staff import StaffRecord
from hubdesk.services.validation import country_names
from hubdesk.ui import files
from hubdesk.ui import format as fmt
from hubdesk.ui.forms import FieldErrors, warn
from hubdesk.ui.pages.base import Page
from hubdesk.ui.table_model import R, RecordTableModel

#: Role a QSortFilterProxyModel sorts by (plain ints and strings only).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
AUDIT_LIMIT = 500
GREY = QColor("#8a96a3")


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("subtitle")
    label.setWordWrap(True)
    return label


def _heading(text: str) -> QLabel:
    """A panel's heading (bold; QLabel#panelHeading in the stylesheet may colour it)."""
    label = QLabel(text)
    label.setObjectName("panelHeading")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _hint(text: str = "", wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName("statDetail")
    label.setWordWrap(wrap)
    return label


def _with_error(
    errors: FieldErrors,
    field: str,
    widget: QWidget,
    *extra: QWidget,
    shown: QWidget | None = None,
) -> QWidget:
    """The input (or ``shown``, a box holding it) with its error message under
    it, hidden until needed, so a form row takes no room for an error that is
    not there."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(shown or widget)
    for item in extra:
        layout.addWidget(item)
    layout.addWidget(errors.add(field, widget))
    return box


def _number_field(unit: str) -> tuple[QLineEdit, QWidget]:
    """A short field for a whole number with its unit after it ("14 days")."""
    edit = QLineEdit()
    edit.setMinimumWidth(64)
    edit.setMaximumWidth(90)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    layout.addWidget(edit)
    layout.addWidget(QLabel(unit))
    layout.addStretch(1)
    return edit, box


def _table(model: QAbstractTableModel) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView()
    view.setModel(proxy)
    proxy.setParent(view)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    # the service's order until a header is clicked
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    return view, proxy


# ------------------------------------------------------------------ table models


class SortedTableModel(RecordTableModel[R]):
    """A settings table, sorted by its proxy (:func:`_table`) on ``SORT_ROLE``:
    a cell's text, case folded, unless :meth:`sort_key` says otherwise."""

    def role_data(self, found: R, column: int, role: int) -> Any:
        return self.sort_key(found, column) if role == SORT_ROLE else None

    def sort_key(self, found: R, column: int) -> int | str:
        return self.text(found, column).casefold()


class VatCategoryModel(SortedTableModel[VatCategoryRecord]):
    class Col(IntEnum):
        CODE = 0
        NAME = 1
        RATE = 2
        EXEMPT = 3
        REVERSE_CHARGE = 4
        INVOICE_TEXT = 5
        STATUS = 6

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Rate"),
            self.tr("Exempt"),
            self.tr("EU reverse charge"),
            self.tr("Text on invoices"),
            self.tr("Status"),
        )

    def text(self, found: VatCategoryRecord, column: int) -> str:
        col = self.Col
        if column == col.CODE:
            return found.code
        if column == col.NAME:
            return found.name
        if column == col.RATE:
            return percent(found.rate_bp)
        if column == col.EXEMPT:
            return self.tr("Yes") if found.exempt else ""
        if column == col.REVERSE_CHARGE:
            return self.tr("Yes") if found.reverse_charge_eu_b2b else ""
        if column == col.INVOICE_TEXT:
            return found.invoice_text.replace("\n", " ")
        return self.tr("Active") if found.active else self.tr("Not offered")

    def sort_key(self, found: VatCategoryRecord, column: int) -> int | str:
        if column == self.Col.RATE:
            return found.rate_bp
        return super().sort_key(found, column)

    def tooltip(self, found: VatCategoryRecord, column: int) -> str | None:
        if column == self.Col.INVOICE_TEXT and found.invoice_text:
            return found.invoice_text
        return None

    def foreground(self, found: VatCategoryRecord, column: int) -> QColor | None:
        return None if found.active else GREY


class StaffModel(SortedTableModel[StaffRecord]):
    class Col(IntEnum):
        NAME = 0
        USERNAME = 1
        ROLE = 2
        STATUS = 3

    def headers(self) -> Sequence[str]:
        return (self.tr("Name"), self.tr("User name"), self.tr("Role"), self.tr("Status"))

    def text(self, found: StaffRecord, column: int) -> str:
        col = self.Col
        if column == col.NAME:
            return found.display_name
        if column == col.USERNAME:
            return found.username
        if column == col.ROLE:
            return role_text(found.role)
        return self.tr("Active") if found.active else self.tr("Disabled")

    def foreground(self, found: StaffRecord, column: int) -> QColor | None:
        return None if found.active else GREY


class AuditModel(SortedTableModel[AuditRecord]):
    class Col(IntEnum):
        WHEN = 0
        WHO = 1
        ACTION = 2
        RECORD = 3
        CHANGES = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = DEFAULT_TIME_ZONE

    def set_entries(self, rows: Iterable[AuditRecord], zone: str) -> None:
        self.zone = zone
        self.set_rows(rows)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("When"),
            self.tr("Who"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Changes"),
        )

    def text(self, found: AuditRecord, column: int) -> str:
        col = self.Col
        if column == col.WHEN:
            return fmt.moment(found.at, self.zone)
        if column == col.WHO:
            return found.actor or self.tr("system")
        if column == col.ACTION:
            return action_text(found.action)
        if column == col.RECORD:
            return record_text(found)
        return self.changes_text(found, "; ")

    def changes_text(self, found: AuditRecord, separator: str) -> str:
        return separator.join(
            f"{c.field}: {self.value(c.old)} → {self.value(c.new)}" for c in found.changes
        )

    def value(self, value: Any) -> str:
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        return hub_settings.value_text(value)

    def sort_key(self, found: AuditRecord, column: int) -> int | str:
        if column == self.Col.WHEN:
            return found.id
        return super().sort_key(found, column)

    def tooltip(self, found: AuditRecord, column: int) -> str | None:
        if column == self.Col.CHANGES and found.changes:
            return self.changes_text(found, "\n")
        return None


def percent(rate_bp: int) -> str:
    """Basis points as the chosen language writes a rate: "21%", "5,5%"."""
    text = format_decimal(Decimal(rate_bp) / 100, format="#,##0.##", locale=fmt.locale_name())
    return f"{text}%"


def role_text(role: StaffRole) -> str:
    text: str = (
        QCoreApplication.translate("SettingsPage", "Manager")
        if role is StaffRole.MANAGER
        else QCoreApplication.translate("SettingsPage", "Reception")
    )
    return text


def entity_labels() -> dict[str, str]:
    """Names of the kinds of record, for the audit log (context "SettingsPage")."""
    return {
        "hub_settings": QCoreApplication.translate("SettingsPage", "Hub settings"),
        "vat_category": QCoreApplication.translate("SettingsPage", "VAT category"),
        "staff_user": QCoreApplication.translate("SettingsPage", "Staff member"),
        "organisation": QCoreApplication.translate("SettingsPage", "Organisation"),
        "member": QCoreApplication.translate("SettingsPage", "Member"),
        "space": QCoreApplication.translate("SettingsPage", "Space"),
        "plan": QCoreApplication.translate("SettingsPage", "Plan"),
        "membership": QCoreApplication.translate("SettingsPage", "Membership"),
        "lease": QCoreApplication.translate("SettingsPage", "Lease"),
        "booking": QCoreApplication.translate("SettingsPage", "Booking"),
        "check_in": QCoreApplication.translate("SettingsPage", "Check-in"),
        "visit": QCoreApplication.translate("SettingsPage", "Visit"),
        "day_pass": QCoreApplication.translate("SettingsPage", "Day pass"),
        "event": QCoreApplication.translate("SettingsPage", "Event"),
        "invoice": QCoreApplication.translate("SettingsPage", "Invoice"),
        "credit_note": QCoreApplication.translate("SettingsPage", "Credit note"),
        "payment": QCoreApplication.translate("SettingsPage", "Payment"),
        "hub": QCoreApplication.translate("SettingsPage", "Hub"),
    }


def entity_text(entity: str) -> str:
    return entity_labels().get(entity) or entity.replace("_", " ").capitalize()


def record_text(found: AuditRecord) -> str:
    label = entity_text(found.entity)
    if not found.entity_id or found.entity == "hub_settings":
        return label
    return f"{label} #{found.entity_id}"


def action_text(action: str) -> str:
    labels = {
        "create": QCoreApplication.translate("SettingsPage", "Added"),
        "update": QCoreApplication.translate("SettingsPage", "Changed"),
        "delete": QCoreApplication.translate("SettingsPage", "Deleted"),
        "enable": QCoreApplication.translate("SettingsPage", "Enabled"),
        "disable": QCoreApplication.translate("SettingsPage", "Disabled"),
        "archive": QCoreApplication.translate("SettingsPage", "Archived"),
        "unarchive": QCoreApplication.translate("SettingsPage", "Restored"),
        "role": QCoreApplication.translate("SettingsPage", "Role changed"),
        "password_reset": QCoreApplication.translate("SettingsPage", "Password reset"),
        "password_change": QCoreApplication.translate("SettingsPage", "Own password changed"),
        "logo": QCoreApplication.translate("SettingsPage", "Logo changed"),
        "import": QCoreApplication.translate("SettingsPage", "Imported"),
        "demo": QCoreApplication.translate("SettingsPage", "Demo hub loaded"),
    }
    return labels.get(action) or action.replace("_", " ").capitalize()


# ---------------------------------------------------------------------- dialogs


class FormDialog(QDialog):
    """A small form whose OK button calls :meth:`submit`; a ValidationError
    stays in the dialog under its field, anything else in a warning."""

    def __init__(self, title: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(10)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addSpacing(8)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(action)
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("FormDialog", "Cancel")
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.last_warning: QMessageBox | None = None
        self._inputs: list[QWidget] = []

    def add_row(self, label: str, field: str, widget: QWidget, *extra: QWidget) -> None:
        self.form.addRow(label, _with_error(self.errors, field, widget, *extra))
        self._inputs.append(widget)

    def showEvent(self, event: QShowEvent) -> None:
        """Typing starts in the first field; Tab goes down the form, then to the buttons."""
        super().showEvent(event)
        chain = [*self._inputs, *self.buttons.buttons()]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        if self._inputs:
            self._inputs[0].setFocus()

    def submit(self) -> None:
        raise NotImplementedError

    def _on_buttons_accepted(self) -> None:
        self.errors.clear()
        try:
            self.submit()
        except ValidationError as error:
            if not self.errors.show(error):
                self.last_warning = warn(self, error)
            return
        except HubdeskError as error:
            self.last_warning = warn(self, error)
            return
        self.accept()


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class AddStaffDialog(FormDialog):
    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add staff member"), self.tr("Add"), parent)
        self.core = core
        self.added: StaffRecord | None = None
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("e.g. anna"))
        self.display_name = QLineEdit()
        self.role = QComboBox()
        self.role.addItem(self.tr("Reception"), StaffRole.RECEPTION.value)
        self.role.addItem(self.tr("Manager"), StaffRole.MANAGER.value)
        self.password = _password_field()
        self.repeat = _password_field()
        self.add_row(self.tr("User name"), "username", self.username)
        self.add_row(self.tr("Name to show"), "display_name", self.display_name)
        self.add_row(self.tr("Role"), "role", self.role)
        self.add_row(self.tr("Password"), "password", self.password)
        self.add_row(self.tr("Repeat password"), "repeat", self.repeat)

    def submit(self) -> None:
        if self.password.text() != self.repeat.text():
            raise ValidationError("repeat", self.tr("The two passwords differ"))
        actor = self.core.require_actor()
        username, name, password = (
            self.username.text(),
            self.display_name.text(),
            self.password.text(),
        )
        role = StaffRole(self.role.currentData())
        self.added = self.core.write(
            lambda s: staff.add_staff(s, actor, username, name, password, role)
        )


class ResetPasswordDialog(FormDialog):
    def __init__(self, core: Any, member: StaffRecord, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Reset the password of {0}").format(member.display_name),
            self.tr("Set password"),
            parent,
        )
        self.core = core
        self.member = member
        self.password = _password_field()
        self.repeat = _password_field()
        self.add_row(self.tr("New password"), "password", self.password)
        self.add_row(self.tr("Repeat password"), "repeat", self.repeat)

    def submit(self) -> None:
        if self.password.text() != self.repeat.text():
            raise ValidationError("repeat", self.tr("The two passwords differ"))
        actor = self.core.require_actor()
        staff_id, password = self.member.id, self.password.text()
        self.core.write(lambda s: staff.reset_password(s, actor, staff_id, password))


class ChangeOwnPasswordDialog(FormDialog):
    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change my password"), self.tr("Change password"), parent)
        self.core = core
        self.old_password = _password_field()
        self.new_password = _password_field()
        self.repeat = _password_field()
        self.add_row(self.tr("Current password"), "old_password", self.old_password)
        self.add_row(self.tr("New password"), "new_password", self.new_password)
        self.add_row(self.tr("Repeat new password"), "repeat", self.repeat)

    def submit(self) -> None:
        if self.new_password.text() != self.repeat.text():
            raise ValidationError("repeat", self.tr("The two passwords differ"))
        actor = self.core.require_actor()
        old, new = self.old_password.text(), self.new_password.text()
        self.core.write(lambda s: staff.change_own_password(s, actor, old, new))


class VatCategoryDialog(FormDialog):
    def __init__(
        self, core: Any, found: VatCategoryRecord | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("New VAT category") if found is None else self.tr("Change VAT category"),
            self.tr("Add") if found is None else self.tr("Save"),
            parent,
        )
        self.core = core
        self.found = found
        self.saved: VatCategoryRecord | None = None
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. high, low, catering"))
        self.name = QLineEdit()
        self.rate = QLineEdit()
        self.rate.setPlaceholderText(self.tr("e.g. 21, 9, 0 or 5,5"))
        self.rate.setMaximumWidth(140)
        self.exempt = QCheckBox(self.tr("Exempt from VAT (the rate is 0 %)"))
        self.reverse_charge = QCheckBox(self.tr("Reverse charge for EU business customers"))
        self.invoice_text = QPlainTextEdit()
        self.invoice_text.setPlaceholderText(
            self.tr("Printed on invoices, e.g. Btw verlegd / VAT reverse charge")
        )
        self.invoice_text.setFixedHeight(72)
        self.add_row(self.tr("Code"), "code", self.code)
        self.add_row(self.tr("Name"), "name", self.name)
        self.add_row(self.tr("Rate (%)"), "rate", self.rate)
        self.form.addRow("", self.exempt)
        self.form.addRow("", self.reverse_charge)
        self.add_row(self.tr("Text on invoices"), "invoice_text", self.invoice_text)
        if found is not None:
            data = VatCategoryInput.from_record(found)
            self.code.setText(data.code)
            self.name.setText(data.name)
            self.rate.setText(data.rate.replace(".", "," if fmt.locale_name() == "nl_NL" else "."))
            self.exempt.setChecked(data.exempt)
            self.reverse_charge.setChecked(data.reverse_charge_eu_b2b)
            self.invoice_text.setPlainText(data.invoice_text)
        self.exempt.toggled.connect(self._on_exempt_toggled)

    def _on_exempt_toggled(self, checked: bool) -> None:
        if checked and not self.rate.text().strip():
            self.rate.setText("0")

    def values(self) -> VatCategoryInput:
        return VatCategoryInput(
            code=self.code.text(),
            name=self.name.text(),
            rate=self.rate.text(),
            exempt=self.exempt.isChecked(),
            reverse_charge_eu_b2b=self.reverse_charge.isChecked(),
            invoice_text=self.invoice_text.toPlainText(),
            id=None if self.found is None else self.found.id,
        )

    def submit(self) -> None:
        actor = self.core.require_actor()
        data = self.values()
        self.saved = self.core.write(lambda s: hub_settings.save_vat_category(s, actor, data))


# ---------------------------------------------------------------------- the tabs


class HubTab(QWidget):
    """The hub's details. Its fields are read by :meth:`SettingsPage.save`."""

    logo_file_chosen = Signal(str)
    logo_removed = Signal()

    def __init__(self, errors: FieldErrors, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = errors
        #: The year the invoice number examples are shown for (this year).
        self.year = year
        self.has_logo = False
        self._labels: dict[int, list[QLabel]] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        self.scroll_area = scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        body = QWidget()
        body.setObjectName("settingsBody")
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 12, 12, 12)
        layout.setSpacing(12)

        self.note = _note(
            self.tr("Only a manager may change the hub's settings; you can read them here.")
        )
        layout.addWidget(self.note)

        self.name = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(58)
        self.postcode = QLineEdit()
        self.postcode.setMaximumWidth(120)
        self.city = QLineEdit()
        self.country = QComboBox()
        for code, name in sorted(
            country_names(fmt.locale_name()[:2]).items(), key=lambda item: item[1].casefold()
        ):
            self.country.addItem(name, code)
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.vat_id = QLineEdit()
        self.vat_id.setPlaceholderText(self.tr("e.g. NL123456782B01"))
        self.kvk = QLineEdit()
        self.iban = QLineEdit()
        self.bic = QLineEdit()
        self.creditor_id = QLineEdit()
        self.creditor_id.setPlaceholderText(self.tr("For direct debits, e.g. NL69ZZZ123456780000"))
        self.invoice_number_format = QLineEdit()
        self.credit_note_number_format = QLineEdit()
        self.invoice_example = _hint()
        self.credit_note_example = _hint()
        self.payment_term_days, payment_term_box = _number_field(self.tr("days"))
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Nederlands", "nl")
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItems(list(hub_settings.time_zone_names()))
        self.time_zone.setMaxVisibleItems(16)
        completer = QCompleter(list(hub_settings.time_zone_names()), self.time_zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.setCompleter(completer)
        self.cancellation_free_hours, cancellation_box = _number_field(
            self.tr("hours before a booking starts")
        )
        for combo in (self.country, self.time_zone, self.language):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)

        grid = QGridLayout()
        grid.setSpacing(12)
        details, form = self._panel(self.tr("The hub"))
        self._row(form, 0, self.tr("Name"), "name", self.name)
        self._row(form, 0, self.tr("Address"), "address", self.address)
        self._row(form, 0, self.tr("Postcode"), "postcode", self.postcode)
        self._row(form, 0, self.tr("City"), "city", self.city)
        self._row(form, 0, self.tr("Country"), "country", self.country)
        self._row(form, 0, self.tr("E-mail"), "email", self.email)
        self._row(form, 0, self.tr("Phone"), "phone", self.phone)
        grid.addWidget(details, 0, 0)

        business, form = self._panel(self.tr("Registration and bank"))
        self._row(form, 0, self.tr("VAT number"), "vat_id", self.vat_id)
        self._row(form, 0, self.tr("KvK number"), "kvk", self.kvk)
        self._row(form, 0, self.tr("IBAN"), "iban", self.iban)
        self._row(form, 0, self.tr("BIC"), "bic", self.bic)
        self._row(form, 0, self.tr("SEPA creditor id"), "sepa_creditor_id", self.creditor_id)
        grid.addWidget(business, 1, 0)

        invoicing, form = self._panel(self.tr("Invoices"))
        self._row(
            form,
            1,
            self.tr("Invoice numbers"),
            "invoice_number_format",
            self.invoice_number_format,
            self.invoice_example,
        )
        self._row(
            form,
            1,
            self.tr("Credit notes"),
            "credit_note_number_format",
            self.credit_note_number_format,
            self.credit_note_example,
        )
        self._row(
            form,
            1,
            self.tr("Payment term"),
            "payment_term_days",
            self.payment_term_days,
            shown=payment_term_box,
        )
        self._row(form, 1, self.tr("Language"), "language", self.language)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(180, 60)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.choose_logo = QPushButton(self.tr("Choose…"))
        self.remove_logo = QPushButton(self.tr("Remove"))
        self.choose_logo.clicked.connect(self._on_choose_logo_clicked)
        self.remove_logo.clicked.connect(self.logo_removed.emit)
        logo_buttons = QHBoxLayout()
        logo_buttons.setContentsMargins(0, 0, 0, 0)
        logo_buttons.addWidget(self.choose_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addStretch(1)
        logo_box = QWidget()
        logo_layout = QVBoxLayout(logo_box)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.setSpacing(6)
        logo_layout.addWidget(self.logo_preview)
        logo_layout.addLayout(logo_buttons)
        self._row(
            form, 1, self.tr("Logo"), "logo", logo_box, _hint(self.tr("PNG or JPEG, at most 1 MB"))
        )
        grid.addWidget(invoicing, 0, 1)

        desk, form = self._panel(self.tr("Desk"))
        self._row(form, 1, self.tr("Time zone"), "time_zone", self.time_zone)
        self._row(
            form,
            1,
            self.tr("Free cancellation"),
            "cancellation_free_hours",
            self.cancellation_free_hours,
            shown=cancellation_box,
        )
        self.grid = grid
        self.panels = (details, business, invoicing, desk)
        self.columns = 0
        self._reflow(2)
        grid.setRowStretch(2, 1)
        layout.addLayout(grid)
        layout.addStretch(1)

        bar = QHBoxLayout()
        bar.setContentsMargins(2, 8, 12, 0)
        bar.addStretch(1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the hub's settings (Ctrl+S)"))
        bar.addWidget(self.save_button)
        outer.addLayout(bar)

        self.invoice_number_format.textChanged.connect(self._on_number_format_text_changed)
        self.credit_note_number_format.textChanged.connect(self._on_number_format_text_changed)
        self.inputs: tuple[QWidget, ...] = (
            self.name,
            self.address,
            self.postcode,
            self.city,
            self.country,
            self.email,
            self.phone,
            self.vat_id,
            self.kvk,
            self.iban,
            self.bic,
            self.creditor_id,
            self.invoice_number_format,
            self.credit_note_number_format,
            self.payment_term_days,
            self.language,
            self.time_zone,
            self.cancellation_free_hours,
            self.choose_logo,
            self.remove_logo,
        )

    #: Below this width (of the tab) the panels stand in one column.
    TWO_COLUMNS_FROM = 840

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow(2 if event.size().width() >= self.TWO_COLUMNS_FROM else 1)

    def _reflow(self, columns: int) -> None:
        """Two columns of panels, or one on a narrow window; the labels of
        panels above each other get one width, so their fields align."""
        if columns == self.columns:
            return
        self.columns = columns
        for panel in self.panels:
            self.grid.removeWidget(panel)
        details, business, invoicing, desk = self.panels
        if columns == 2:
            places = ((details, 0, 0), (business, 1, 0), (invoicing, 0, 1), (desk, 1, 1))
        else:
            places = ((details, 0, 0), (business, 1, 0), (invoicing, 2, 0), (desk, 3, 0))
        for panel, row, column in places:
            self.grid.addWidget(panel, row, column)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1 if columns == 2 else 0)
        groups = (
            list(self._labels.values())
            if columns == 2
            else [[label for labels in self._labels.values() for label in labels]]
        )
        for labels in groups:
            width = max(label.sizeHint().width() for label in labels)
            for label in labels:
                label.setMinimumWidth(width)

    def _panel(self, title: str) -> tuple[QFrame, QFormLayout]:
        panel = QFrame()
        panel.setObjectName("panel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(_heading(title))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        return panel, form

    def _row(
        self,
        form: QFormLayout,
        column: int,
        text: str,
        field: str,
        widget: QWidget,
        *extra: QWidget,
        shown: QWidget | None = None,
    ) -> None:
        label = QLabel(text)
        self._labels.setdefault(column, []).append(label)
        form.addRow(label, _with_error(self.errors, field, widget, *extra, shown=shown))

    # -- values

    def load(self, found: HubSettingsRecord) -> None:
        self.name.setText(found.name)
        self.address.setPlainText(found.address)
        self.postcode.setText(found.postcode)
        self.city.setText(found.city)
        index = self.country.findData(found.country)
        if index < 0:
            self.country.addItem(found.country, found.country)
            index = self.country.count() - 1
        self.country.setCurrentIndex(index)
        self.email.setText(found.email)
        self.phone.setText(found.phone)
        self.vat_id.setText(found.vat_id)
        self.kvk.setText(found.kvk)
        self.iban.setText(found.iban)
        self.bic.setText(found.bic)
        self.creditor_id.setText(found.sepa_creditor_id)
        self.invoice_number_format.setText(found.invoice_number_format)
        self.credit_note_number_format.setText(found.credit_note_number_format)
        self.payment_term_days.setText(str(found.payment_term_days))
        self.language.setCurrentIndex(max(self.language.findData(found.language.value), 0))
        self.time_zone.setCurrentText(found.time_zone)
        self.cancellation_free_hours.setText(str(found.cancellation_free_hours))
        self.show_logo(found.logo)

    def values(self) -> dict[str, str]:
        return {
            "name": self.name.text(),
            "address": self.address.toPlainText(),
            "postcode": self.postcode.text(),
            "city": self.city.text(),
            "country": str(self.country.currentData() or ""),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "vat_id": self.vat_id.text(),
            "kvk": self.kvk.text(),
            "iban": self.iban.text(),
            "bic": self.bic.text(),
            "sepa_creditor_id": self.creditor_id.text(),
            "time_zone": self.time_zone.currentText(),
            "invoice_number_format": self.invoice_number_format.text(),
            "credit_note_number_format": self.credit_note_number_format.text(),
            "payment_term_days": self.payment_term_days.text(),
            "cancellation_free_hours": self.cancellation_free_hours.text(),
            "language": str(self.language.currentData()),
        }

    def show_logo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.clear()
            self.logo_preview.setText(self.tr("No logo"))
        self.has_logo = bool(data)
        self.remove_logo.setVisible(self.has_logo)

    def set_editable(self, editable: bool) -> None:
        for widget in self.inputs:
            widget.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.choose_logo.setVisible(editable)
        self.remove_logo.setVisible(editable and self.has_logo)
        self.note.setVisible(not editable)

    def _on_number_format_text_changed(self) -> None:
        year = self.year
        for field, label in (
            (self.invoice_number_format, self.invoice_example),
            (self.credit_note_number_format, self.credit_note_example),
        ):
            try:
                example = field.text().strip().format(year=year, seq=42)
            except (KeyError, IndexError, ValueError, TypeError, AttributeError):
                example = ""
            label.setText(self.tr("e.g. {0}").format(example) if example else "")

    def _on_choose_logo_clicked(self) -> None:
        path = files.ask_open_path(
            self,
            title=self.tr("Choose the hub's logo"),
            file_filter=self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if path is not None:
            self.logo_file_chosen.emit(str(path))


class HoursTab(QWidget):
    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = errors
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 12, 12, 12)
        layout.setSpacing(12)
        self.note = _note(
            self.tr("Only a manager may change the opening hours; you can read them here.")
        )
        layout.addWidget(self.note)
        panel = QFrame()
        panel.setObjectName("panel")
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(16, 12, 16, 14)
        panel_layout.addWidget(_heading(self.tr("Opening hours")))
        panel_layout.addWidget(
            _hint(
                self.tr(
                    "Bookings and the occupancy sheets use these hours; "
                    "people still checked in at closing are checked out."
                ),
                wrap=True,
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        names = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )
        self.open_boxes: dict[str, QCheckBox] = {}
        self.opens: dict[str, QTimeEdit] = {}
        self.closes: dict[str, QTimeEdit] = {}
        self._to_labels: dict[str, QLabel] = {}
        self._closed_labels: dict[str, QLabel] = {}
        for row, (day, name) in enumerate(zip(WEEKDAYS, names, strict=True)):
            label = QLabel(name)
            label.setMinimumWidth(110)
            box = QCheckBox(self.tr("Open"))
            opens = self._time_edit()
            closes = self._time_edit()
            to = QLabel(self.tr("to"))
            closed = _hint(self.tr("closed"))
            day_row = QWidget()
            day_layout = QHBoxLayout(day_row)
            day_layout.setContentsMargins(0, 0, 0, 0)
            day_layout.setSpacing(8)
            day_layout.addWidget(opens)
            day_layout.addWidget(to)
            day_layout.addWidget(closes)
            day_layout.addWidget(closed)
            day_layout.addStretch(1)
            grid.addWidget(label, row, 0)
            grid.addWidget(box, row, 1)
            grid.addWidget(_with_error(errors, f"hours_{day}", day_row), row, 2)
            grid.setRowMinimumHeight(row, opens.sizeHint().height())
            box.toggled.connect(lambda checked, d=day: self._on_open_box_toggled(d, checked))
            self.open_boxes[day] = box
            self.opens[day] = opens
            self.closes[day] = closes
            self._to_labels[day] = to
            self._closed_labels[day] = closed
        grid.setColumnStretch(2, 1)
        panel_layout.addLayout(grid)
        panel.setMaximumWidth(620)
        layout.addWidget(panel)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the hub's settings (Ctrl+S)"))
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        holder = QWidget()
        holder.setLayout(buttons)
        holder.setMaximumWidth(620)
        layout.addWidget(holder)
        layout.addStretch(1)

    @staticmethod
    def _time_edit() -> QTimeEdit:
        edit = QTimeEdit()
        edit.setDisplayFormat("HH:mm")
        edit.setMinimumWidth(90)
        return edit

    def load(self, days: Sequence[DayHours]) -> None:
        for day, hours in zip(WEEKDAYS, days, strict=True):
            self.open_boxes[day].setChecked(hours is not None)
            opens, closes = hours if hours is not None else ("08:00", "18:00")
            self.opens[day].setTime(QTime.fromString(opens, "HH:mm"))
            self.closes[day].setTime(QTime.fromString(closes, "HH:mm"))
            self._on_open_box_toggled(day, hours is not None)

    def values(self) -> tuple[DayHours, ...]:
        return tuple(
            (self.opens[d].time().toString("HH:mm"), self.closes[d].time().toString("HH:mm"))
            if self.open_boxes[d].isChecked()
            else None
            for d in WEEKDAYS
        )

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for day in WEEKDAYS:
            self.open_boxes[day].setEnabled(editable)
            self._on_open_box_toggled(day, self.open_boxes[day].isChecked())
        self.save_button.setVisible(editable)
        self.note.setVisible(not editable)

    def _on_open_box_toggled(self, day: str, checked: bool) -> None:
        editable = getattr(self, "_editable", True)
        for widget in (self.opens[day], self.closes[day]):
            widget.setEnabled(checked and editable)
            widget.setVisible(checked)
        self._to_labels[day].setVisible(checked)
        self._closed_labels[day].setVisible(not checked)


class VatTab(QWidget):
    changed = Signal(object)

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.dialog: VatCategoryDialog | None = None
        self.last_warning: QMessageBox | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 12, 2, 2)
        layout.setSpacing(10)
        self.note = _note(self.tr("Only a manager may change VAT categories."))
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New category…"))
        self.edit_button = QPushButton(self.tr("Change…"))
        self.active_button = QPushButton(self.tr("Stop offering"))
        for button in (self.new_button, self.edit_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.model = VatCategoryModel(self)
        self.view, self.proxy = _table(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            VatCategoryModel.Col.INVOICE_TEXT, QHeaderView.ResizeMode.Stretch
        )
        layout.addWidget(self.view, 1)
        layout.addWidget(
            _hint(
                self.tr(
                    "Invoices keep the code and rate they were made with; "
                    "a changed rate applies to what is invoiced from now on."
                ),
                wrap=True,
            )
        )
        self.is_manager = False
        self.new_button.clicked.connect(self.open_new)
        self.edit_button.clicked.connect(self.open_edit)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

    def reload(self, is_manager: bool) -> None:
        self.is_manager = is_manager
        selected = self.selected()
        self.model.set_rows(self.core.read(hub_settings.list_vat_categories))
        if selected is not None:
            self.select(selected.id)
        for button in (self.new_button, self.edit_button, self.active_button):
            button.setVisible(is_manager)
        self.note.setVisible(not is_manager)
        self._update_buttons()

    def selected(self) -> VatCategoryRecord | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        found: VatCategoryRecord = self.model.record(self.proxy.mapToSource(rows[0]).row())
        return found

    def select(self, category_id: int) -> None:
        row = self.model.row_of(category_id)
        if row is not None:
            self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _update_buttons(self) -> None:
        found = self.selected()
        self.edit_button.setEnabled(found is not None)
        self.active_button.setEnabled(found is not None)
        self.active_button.setText(
            self.tr("Offer again")
            if found is not None and not found.active
            else self.tr("Stop offering")
        )

    def open_new(self) -> VatCategoryDialog | None:
        return self._open(None)

    def open_edit(self) -> VatCategoryDialog | None:
        found = self.selected()
        return self._open(found) if found is not None else None

    def _open(self, found: VatCategoryRecord | None) -> VatCategoryDialog | None:
        if not self.is_manager:
            return None
        self.dialog = VatCategoryDialog(self.core, found, self)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()
        return self.dialog

    def _on_dialog_accepted(self) -> None:
        saved = self.dialog.saved if self.dialog is not None else None
        self.reload(self.is_manager)
        if saved is not None:
            self.select(saved.id)
        self.changed.emit({"vat_category"})

    def _on_view_double_clicked(self, _index: QModelIndex) -> None:
        self.open_edit()

    def _on_active_button_clicked(self) -> None:
        found = self.selected()
        if found is None:
            return
        actor = self.core.require_actor()
        try:
            self.core.write(
                lambda s: hub_settings.set_vat_category_active(s, actor, found.id, not found.active)
            )
        except HubdeskError as error:
            self.last_warning = warn(self, error)
            return
        self.reload(self.is_manager)
        self.changed.emit({"vat_category"})


class StaffTab(QWidget):
    changed = Signal(object)

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.dialog: FormDialog | None = None
        self.last_warning: QMessageBox | None = None
        self.is_manager = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 12, 2, 2)
        layout.setSpacing(10)
        self.note = _note(
            self.tr(
                "Only a manager may add staff members, change their roles or reset "
                "their passwords. You can change your own password."
            )
        )
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add staff member…"))
        self.active_button = QPushButton(self.tr("Disable"))
        self.role_button = QPushButton(self.tr("Make manager"))
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.own_password_button = QPushButton(self.tr("Change my password…"))
        self.manager_buttons = (
            self.add_button,
            self.active_button,
            self.role_button,
            self.reset_button,
        )
        for button in self.manager_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.manager_row = QWidget()
        self.manager_row.setLayout(buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.manager_row)
        self.model = StaffModel(self)
        self.view, self.proxy = _table(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        own = QHBoxLayout()
        own.addWidget(self.own_password_button)
        own.addStretch(1)
        layout.addLayout(own)
        self.spacer = QWidget()
        layout.addWidget(self.spacer, 1)
        self.add_button.clicked.connect(self.open_add)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self.role_button.clicked.connect(self._on_role_button_clicked)
        self.reset_button.clicked.connect(self.open_reset_password)
        self.own_password_button.clicked.connect(self.open_change_own_password)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

    def reload(self, is_manager: bool) -> None:
        self.is_manager = is_manager
        selected = self.selected()
        self.model.set_rows(self.core.read(staff.list_staff) if is_manager else [])
        if selected is not None:
            self.select(selected.id)
        self.manager_row.setVisible(is_manager)
        self.view.setVisible(is_manager)
        self.spacer.setVisible(not is_manager)
        self.note.setVisible(not is_manager)
        self.own_password_button.setVisible(
            self.core.actor is not None and self.core.actor.staff_user_id is not None
        )
        self._update_buttons()

    def selected(self) -> StaffRecord | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        found: StaffRecord = self.model.record(self.proxy.mapToSource(rows[0]).row())
        return found

    def select(self, staff_id: int) -> None:
        row = self.model.row_of(staff_id)
        if row is not None:
            self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _update_buttons(self) -> None:
        found = self.selected()
        for button in (self.active_button, self.role_button, self.reset_button):
            button.setEnabled(found is not None)
        self.active_button.setText(
            self.tr("Enable") if found is not None and not found.active else self.tr("Disable")
        )
        self.role_button.setText(
            self.tr("Make reception")
            if found is not None and found.role is StaffRole.MANAGER
            else self.tr("Make manager")
        )

    def _open(self, dialog: FormDialog) -> FormDialog:
        self.dialog = dialog
        dialog.accepted.connect(self._on_dialog_accepted)
        dialog.open()
        return dialog

    def open_add(self) -> FormDialog | None:
        if not self.is_manager:
            return None
        return self._open(AddStaffDialog(self.core, self))

    def open_reset_password(self) -> FormDialog | None:
        found = self.selected()
        if found is None or not self.is_manager:
            return None
        return self._open(ResetPasswordDialog(self.core, found, self))

    def open_change_own_password(self) -> FormDialog:
        return self._open(ChangeOwnPasswordDialog(self.core, self))

    def _on_dialog_accepted(self) -> None:
        self.reload(self.is_manager)
        if isinstance(self.dialog, AddStaffDialog) and self.dialog.added is not None:
            self.select(self.dialog.added.id)
        self.changed.emit({"staff_user"})

    def _change(self, action: Callable[[Any], StaffRecord]) -> None:
        try:
            changed = self.core.write(action)
        except HubdeskError as error:
            self.last_warning = warn(self, error)
            return
        self.reload(self.is_manager)
        self.select(changed.id)
        self.changed.emit({"staff_user"})

    def _on_active_button_clicked(self) -> None:
        found = self.selected()
        if found is None:
            return
        actor = self.core.require_actor()
        self._change(lambda s: staff.set_active(s, actor, found.id, not found.active))

    def _on_role_button_clicked(self) -> None:
        found = self.selected()
        if found is None:
            return
        actor = self.core.require_actor()
        role = StaffRole.RECEPTION if found.role is StaffRole.MANAGER else StaffRole.MANAGER
        self._change(lambda s: staff.set_role(s, actor, found.id, role))


class AuditTab(QWidget):
    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.zone = DEFAULT_TIME_ZONE
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 12, 2, 2)
        layout.setSpacing(10)
        filters = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Search who, what or which change…"))
        self.filter.setClearButtonEnabled(True)
        self.entity = QComboBox()
        self.entity.setMinimumWidth(180)
        self.entity.addItem(self.tr("All records"), "")
        filters.addWidget(self.filter, 1)
        filters.addWidget(self.entity)
        layout.addLayout(filters)
        self.model = AuditModel(self)
        self.view, self.proxy = _table(self.model)
        self.view.sortByColumn(AuditModel.Col.WHEN, Qt.SortOrder.DescendingOrder)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.view, 1)
        self.status = _hint()
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.entity.currentIndexChanged.connect(self._on_entity_current_index_changed)

    def _on_filter_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_entity_current_index_changed(self, _index: int) -> None:
        self.reload()

    def set_zone(self, zone: str) -> None:
        self.zone = zone

    def reload(self) -> None:
        self._timer.stop()
        text = self.filter.text()
        entity = str(self.entity.currentData() or "") or None

        def query(session: Any) -> tuple[list[AuditRecord], list[str]]:
            return (
                hub_settings.list_audit(session, text=text, entity=entity, limit=AUDIT_LIMIT),
                hub_settings.audit_entities(session),
            )

        entries, entities = self.core.read(query)
        self._set_entities(entities)
        self.model.set_entries(entries, self.zone)
        for column in (AuditModel.Col.WHEN, AuditModel.Col.WHO, AuditModel.Col.ACTION):
            self.view.resizeColumnToContents(column)
            self.view.setColumnWidth(column, self.view.columnWidth(column) + 12)
        self.view.setColumnWidth(
            AuditModel.Col.RECORD, max(self.view.sizeHintForColumn(AuditModel.Col.RECORD), 150)
        )
        if len(entries) >= AUDIT_LIMIT:
            self.status.setText(
                self.tr("The newest {0} entries; search to find older ones.").format(AUDIT_LIMIT)
            )
        elif text.strip() or entity:
            self.status.setText(
                self.tr("1 entry found")
                if len(entries) == 1
                else self.tr("{0} entries found").format(fmt.number(len(entries)))
            )
        else:
            self.status.setText(
                self.tr("1 entry")
                if len(entries) == 1
                else self.tr("{0} entries").format(fmt.number(len(entries)))
            )

    def _set_entities(self, entities: Sequence[str]) -> None:
        current = str(self.entity.currentData() or "")
        known = [str(self.entity.itemData(i)) for i in range(1, self.entity.count())]
        wanted = sorted({*entities, *([current] if current else [])}, key=lambda e: entity_text(e))
        if known == wanted:
            return
        self.entity.blockSignals(True)
        while self.entity.count() > 1:
            self.entity.removeItem(1)
        for entity in wanted:
            self.entity.addItem(entity_text(entity), entity)
        self.entity.setCurrentIndex(max(self.entity.findData(current), 0))
        self.entity.blockSignals(False)


class BackupsTab(QWidget):
    """Where this PC puts the hub's backups, when the last one was made, and
    a backup on demand (hubdesk.services.backups). The folder is a per-PC
    choice: ``folder_chosen`` carries it to the window, which keeps it."""

    folder_chosen = Signal(str)

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.zone = DEFAULT_TIME_ZONE
        self.job: Any = None
        self.last_warning: QMessageBox | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 12, 2, 2)
        layout.setSpacing(10)
        layout.addWidget(_heading(self.tr("Automatic backups")))
        self.about = _note(
            self.tr(
                "hubdesk backs up the hub's database on the first start of each day and "
                "when the desk closes. It keeps the newest backup of each of the last 14 "
                "days and of each of the last 12 months. Managers restore one with "
                "File → Restore from backup…"
            )
        )
        layout.addWidget(self.about)
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        self.folder = QLabel()
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.default_button = QPushButton(self.tr("Use the default folder"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        folder_box = QWidget()
        folder_layout = QVBoxLayout(folder_box)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.folder)
        folder_layout.addLayout(buttons)
        form.addRow(self.tr("Folder"), folder_box)
        self.last = QLabel()
        form.addRow(self.tr("Last backup"), self.last)
        layout.addLayout(form)
        now_row = QHBoxLayout()
        self.back_up_button = QPushButton(self.tr("Back up now"))
        self.back_up_button.setObjectName("primary")
        now_row.addWidget(self.back_up_button)
        now_row.addStretch(1)
        layout.addLayout(now_row)
        self.status = _hint(wrap=True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.default_button.clicked.connect(self._on_default_button_clicked)
        self.back_up_button.clicked.connect(self.back_up_now)

    def reload(self, is_manager: bool) -> None:
        folder = self.core.backups_folder
        on_server = folder is None
        for widget in (self.choose_button, self.default_button, self.back_up_button):
            widget.setVisible(not on_server)
        self.choose_button.setEnabled(is_manager)
        self.default_button.setEnabled(is_manager and bool(self.core.backups_choice))
        if on_server:
            self.about.setText(
                self.tr(
                    "This hub's database is on a PostgreSQL server: back it up, and restore "
                    "it, with the server's own tools (pg_dump, pg_restore). hubdesk makes no "
                    "backups of it."
                )
            )
            self.folder.setText("—")
            self.last.setText("—")
            return
        self.folder.setText(str(folder))
        found = self.core.last_backup()
        self.last.setText(
            fmt.moment(found.taken_at, self.zone) if found is not None else self.tr("none yet")
        )

    def set_zone(self, zone: str) -> None:
        self.zone = zone

    def _is_manager(self) -> bool:
        actor = self.core.actor
        return bool(actor is not None and actor.is_manager)

    def choose_folder(self, folder: str | Path) -> bool:
        """Make ``folder`` (a path; "" for the default) this PC's backups
        folder; refused for the database's own folder."""
        path = self.core.db.path
        if folder and path is not None and Path(folder).absolute() == path.parent:
            self.last_warning = warn(
                self,
                self.tr(
                    "Choose a folder other than the database's own: a backup there is "
                    "lost with the database."
                ),
            )
            return False
        self.core.backups_choice = str(folder)
        self.folder_chosen.emit(str(folder))
        self.status.setText("")
        self.reload(self._is_manager())
        return True

    def _on_choose_button_clicked(self) -> None:
        current = self.core.backups_folder
        start = current if current is not None and current.is_dir() else None
        path = self.core.db.path
        if start is not None and path is not None and start == path.parent:
            start = None  # never a file dialog on the database's own folder
        chosen = files.ask_folder(self, title=self.tr("Folder for the hub's backups"), folder=start)
        if chosen is not None:
            self.choose_folder(str(chosen))

    def _on_default_button_clicked(self) -> None:
        self.choose_folder("")

    def back_up_now(self) -> Any:
        """A backup now, off the GUI thread (a progress after half a second);
        returns the job."""
        from hubdesk.ui.worker import Job

        if self.job is not None and self.job.runner.isRunning():
            return self.job
        core = self.core
        self.back_up_button.setEnabled(False)
        self.status.setText(self.tr("Backing up…"))
        self.job = Job(self, self.tr("Backing up the hub…"), lambda _p: core.back_up())
        self.job.finished.connect(self._on_job_finished)
        return self.job.without_stop().start()

    def _on_job_finished(self, made: Any, error: BaseException | None) -> None:
        self.back_up_button.setEnabled(True)
        if error is not None:
            shown = error if isinstance(error, HubdeskError) else str(error)
            self.status.setText(self.tr("The backup failed; nothing was lost."))
            self.last_warning = warn(self, shown)
        else:
            self.status.setText(self.tr("Backed up to {0}.").format(made.path))
        self.reload(self._is_manager())


# ----------------------------------------------------------------------- the page


class SettingsPage(Page):
    key = "settings"
    #: this PC's backups folder was chosen ("" = the default)
    backups_folder_chosen = Signal(str)

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(core, parent)
        self.is_manager = False
        self.zone = DEFAULT_TIME_ZONE
        self.last_warning: QMessageBox | None = None
        self._loaded: HubSettingsInput | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        heading = QLabel(self.tr("Settings"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)

        self.errors = FieldErrors()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.hub_tab = HubTab(self.errors, core.hub_today().year)
        self.hours_tab = HoursTab(self.errors)
        self.vat_tab = VatTab(core)
        self.staff_tab = StaffTab(core)
        self.audit_tab = AuditTab(core)
        self.backups_tab = BackupsTab(core)
        self.tabs.addTab(self.hub_tab, self.tr("Hub"))
        self.tabs.addTab(self.hours_tab, self.tr("Opening hours"))
        self.tabs.addTab(self.vat_tab, self.tr("VAT categories"))
        self.tabs.addTab(self.staff_tab, self.tr("Staff"))
        self.tabs.addTab(self.audit_tab, self.tr("Audit log"))
        self.tabs.addTab(self.backups_tab, self.tr("Backups"))
        self.backups_tab.folder_chosen.connect(self.backups_folder_chosen.emit)
        layout.addWidget(self.tabs, 1)

        self.save_action = QAction(self.tr("Save settings"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self._on_save_action_triggered)
        self.addAction(self.save_action)

        self.hub_tab.save_button.clicked.connect(self.save)
        self.hours_tab.save_button.clicked.connect(self.save)
        self.hub_tab.logo_file_chosen.connect(self.set_logo_file)
        self.hub_tab.logo_removed.connect(self.remove_logo)
        self.vat_tab.changed.connect(self._on_tab_changed)
        self.staff_tab.changed.connect(self._on_tab_changed)

    # -- Page

    def title(self) -> str:
        return self.tr("Settings")

    def concerns(self) -> set[str]:
        return {"settings", "vat_category", "staff_user"}

    def search_field(self) -> QLineEdit | None:
        return self.audit_tab.filter if self.tabs.currentWidget() is self.audit_tab else None

    def can_add(self) -> bool:
        return self.is_manager and self.tabs.currentWidget() in (self.vat_tab, self.staff_tab)

    def add_new(self) -> None:
        if self.tabs.currentWidget() is self.vat_tab:
            self.vat_tab.open_new()
        elif self.tabs.currentWidget() is self.staff_tab:
            self.staff_tab.open_add()

    def on_data_changed(self, entities: set[str]) -> None:
        if entities & self.concerns():
            self.reload()
        elif entities == {"backup"}:
            self.backups_tab.reload(self.is_manager)
        else:  # every change elsewhere adds to the audit log
            self.audit_tab.reload()

    def reload(self) -> None:
        actor = self.core.actor
        self.is_manager = bool(actor is not None and actor.is_manager)
        found: HubSettingsRecord = self.core.read(hub_settings.get_settings)
        self.zone = found.time_zone
        if self._loaded is None or not self.has_unsaved_changes():
            self._load(found)
        else:
            self.hub_tab.show_logo(found.logo)
        self.hub_tab.set_editable(self.is_manager)
        self.hours_tab.set_editable(self.is_manager)
        self.save_action.setEnabled(self.is_manager)
        self.vat_tab.reload(self.is_manager)
        self.staff_tab.reload(self.is_manager)
        self.audit_tab.set_zone(found.time_zone)
        self.audit_tab.reload()
        self.backups_tab.set_zone(found.time_zone)
        self.backups_tab.reload(self.is_manager)

    # -- the hub's settings

    def _load(self, found: HubSettingsRecord) -> None:
        self.errors.clear()
        self.hub_tab.load(found)
        self.hours_tab.load(found.opening_hours)
        self._loaded = self.form_input()

    def form_input(self) -> HubSettingsInput:
        return HubSettingsInput(**self.hub_tab.values(), opening_hours=self.hours_tab.values())

    def has_unsaved_changes(self) -> bool:
        return self._loaded is not None and self.form_input() != self._loaded

    def save(self) -> bool:
        """Store the hub form and the opening hours; True when stored. A
        ValidationError is shown under its field (on the tab it is on)."""
        self.errors.clear()
        actor = self.core.require_actor()
        data = self.form_input()
        try:
            stored = self.core.write(lambda s: hub_settings.update_settings(s, actor, data))
        except ValidationError as error:
            on_hours = error.field.startswith("hours_") or error.field == "opening_hours"
            self.tabs.setCurrentWidget(self.hours_tab if on_hours else self.hub_tab)
            if not self.errors.show(error):
                self.last_warning = warn(self, error)
            field = getattr(self.hub_tab, error.field, None)
            if not on_hours and isinstance(field, QWidget):
                self.hub_tab.scroll_area.ensureWidgetVisible(field, 50, 60)
            return False
        except HubdeskError as error:
            self.last_warning = warn(self, error)
            return False
        self._load(stored)
        self.zone = stored.time_zone
        self.audit_tab.set_zone(stored.time_zone)
        self.audit_tab.reload()
        self.data_changed.emit({"settings"})
        self.notify(self.tr("Settings saved."))
        return True

    def _on_save_action_triggered(self) -> None:
        if self.is_manager and self.tabs.currentWidget() in (self.hub_tab, self.hours_tab):
            self.save()

    def set_logo(self, data: bytes) -> bool:
        self.errors.clear()
        actor = self.core.require_actor()
        try:
            stored = self.core.write(lambda s: hub_settings.set_logo(s, actor, data))
        except ValidationError as error:
            if not self.errors.show(error):
                self.last_warning = warn(self, error)
            return False
        except HubdeskError as error:
            self.last_warning = warn(self, error)
            return False
        self._after_logo(stored)
        return True

    def set_logo_file(self, path: str | Path) -> bool:
        """Read an image file and store it as the logo (a file too large is
        not even read)."""
        self.errors.clear()
        try:
            if Path(path).stat().st_size > hub_settings.LOGO_MAX_BYTES:
                raise ValidationError("logo", self.tr("The logo is too large: at most 1 MB"))
            data = Path(path).read_bytes()
        except OSError as error:
            self.errors.show(
                ValidationError("logo", self.tr("The file cannot be read: {0}").format(error))
            )
            return False
        except ValidationError as error:
            self.errors.show(error)
            return False
        return self.set_logo(data)

    def remove_logo(self) -> bool:
        actor = self.core.require_actor()
        try:
            stored = self.core.write(lambda s: hub_settings.clear_logo(s, actor))
        except HubdeskError as error:
            self.last_warning = warn(self, error)
            return False
        self._after_logo(stored)
        return True

    def _after_logo(self, stored: HubSettingsRecord) -> None:
        self.hub_tab.show_logo(stored.logo)
        self.hub_tab.set_editable(self.is_manager)
        self.audit_tab.reload()
        self.data_changed.emit({"settings"})

    def _on_tab_changed(self, entities: set[str]) -> None:
        self.audit_tab.reload()
        self.data_changed.emit(entities)
