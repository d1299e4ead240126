"""Adding and changing an organisation, and what the directory dialogs share.

A dialog calls one service in one ``core.write`` when OK is pressed. A
:class:`ValidationError` is shown under its field and the dialog stays open
(nothing was stored: the transaction rolled back); any other
:class:`HubdeskError` is shown in a message box. The dialog is opened with
``open()`` (window-modal, not blocking), so the caller connects ``accepted``
and reads :attr:`DirectoryDialog.saved`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import Language, OrganisationKind
from hubdesk.domain.errors import HubdeskError, ValidationError
from hubdesk.services import directory
from hubdesk.services.directory import OrganisationInput, OrganisationRecord
from hubdesk.services.validation import country_names
from hubdesk.ui import format as fmt
from hubdesk.ui.forms import FieldErrors

# ----------------------------------------------------------------- shared helpers


def kind_labels(owner: Any) -> dict[OrganisationKind, str]:
    """The kinds of organisation in the user's language, in the order they are offered."""
    return {
        OrganisationKind.NGO: QCoreApplication.translate("organisations", "NGO"),
        OrganisationKind.STARTUP: QCoreApplication.translate("organisations", "Startup"),
        OrganisationKind.KNOWLEDGE: QCoreApplication.translate(
            "organisations", "Knowledge institution"
        ),
        OrganisationKind.GOVERNMENT: QCoreApplication.translate("organisations", "Government"),
        OrganisationKind.COMPANY: QCoreApplication.translate("organisations", "Company"),
        OrganisationKind.INDIVIDUAL: QCoreApplication.translate("organisations", "Individual"),
    }


def language_labels(owner: Any) -> dict[Language, str]:
    return {
        Language.EN: QCoreApplication.translate("organisations", "English"),
        Language.NL: QCoreApplication.translate("organisations", "Dutch"),
    }


#: Gives a message box's text room to read (Qt makes them narrow).
MESSAGE_WIDTH = "QLabel#qt_msgbox_label { min-width: 400px; }"


def message_box(
    parent: QWidget,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> QMessageBox:
    """A window-modal message that does not block (the desk and the tests go
    on). Plain text: a name such as ``<b>Acme & Co`` is shown as typed."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStyleSheet(MESSAGE_WIDTH)
    box.open()
    return box


def country_combo() -> QComboBox:
    """Countries by name in the user's language; the data is the ISO code.
    Typing the first letters of a name selects it."""
    combo = QComboBox()
    language = fmt.locale_name()[:2]
    for code, name in sorted(country_names(language).items(), key=lambda i: i[1].casefold()):
        combo.addItem(name, code)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    combo.setMaxVisibleItems(16)
    return combo


def set_combo_data(combo: QComboBox, value: str) -> None:
    """Select the item whose data is ``value``; a value the list lacks (an
    old country code) is added, so editing never changes it unasked."""
    index = combo.findData(value)
    if index < 0:
        combo.addItem(value, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def language_combo(owner: Any) -> QComboBox:
    combo = QComboBox()
    for language, label in language_labels(owner).items():
        combo.addItem(label, language.value)
    return combo


def text_box(lines: int) -> QPlainTextEdit:
    """A multi-line field where Tab moves on (it is a form, not an editor)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 16
    edit.setFixedHeight(height)
    return edit


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionHeading")
    label.setStyleSheet("font-weight: 600; color: #12324a;")
    return label


# ---------------------------------------------------------------------- the base


class DirectoryDialog(QDialog):
    """A hand-written form dialog of two columns of fields and notes below.

    Subclasses put their fields in :attr:`left` and :attr:`right` with
    :meth:`add_row`, list them in tab order in :meth:`tab_order`, and do the
    service call in :meth:`submit`, setting :attr:`saved`.
    """

    def __init__(self, title: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(780)
        self.saved: Any = None
        self.last_warning: QMessageBox | None = None
        self.errors = FieldErrors()
        self.field_labels: dict[str, QLabel] = {}
        self._grid_rows: dict[int, int] = {}
        probe = QLineEdit()  # no parent: polished by the application's style sheet
        probe.ensurePolished()
        self._line_height = probe.sizeHint().height()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 14)
        outer.setSpacing(10)
        columns = QHBoxLayout()
        columns.setSpacing(28)
        self.left_heading = heading("")
        self.right_heading = heading("")
        self.left = self._grid()
        self.right = self._grid()
        for caption, grid in ((self.left_heading, self.left), (self.right_heading, self.right)):
            column = QVBoxLayout()
            column.setSpacing(8)
            column.addWidget(caption)
            column.addLayout(grid)
            column.addStretch(1)
            columns.addLayout(column, 1)
        outer.addLayout(columns)
        self.bottom = self._grid()
        outer.addLayout(self.bottom)
        outer.addSpacing(4)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(action)
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    @staticmethod
    def _grid() -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        return grid

    def add_row(
        self, grid: QGridLayout, text: str, field: str, widget: QWidget, *extra: QWidget
    ) -> None:
        """A labelled field with its error message under it (hidden until
        needed). The label stays level with the field's first line however
        tall the field or its message is."""
        row = self._grid_rows.get(id(grid), 0)
        self._grid_rows[id(grid)] = row + 1
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        for item in extra:
            layout.addWidget(item)
        layout.addWidget(self.errors.add(field, widget))
        label = QLabel(text)
        label.setBuddy(widget)
        label.setMinimumHeight(self._line_height)
        self.field_labels[field] = label
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(box, row, 1)

    def tab_order(self) -> Sequence[QWidget]:
        raise NotImplementedError

    def finish(self) -> None:
        """Call at the end of the subclass's constructor: tab order, first field."""
        chain = [*self.tab_order(), self.ok_button, self.cancel_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        chain[0].setFocus()
        # the notes below line up with the left column's fields
        left = [
            label.sizeHint().width()
            for label in self.field_labels.values()
            if self.left.indexOf(label) >= 0
        ]
        self.bottom.setColumnMinimumWidth(0, max(left, default=0))
        for widget in chain:
            if isinstance(widget, QLineEdit):
                widget.setCursorPosition(0)
        self.resize(self.sizeHint())

    def submit(self) -> None:
        raise NotImplementedError

    def warn(self, error: HubdeskError) -> None:
        if self.last_warning is not None:
            self.last_warning.deleteLater()
        self.last_warning = message_box(self, self.tr("Not saved"), str(error))

    def _on_buttons_accepted(self) -> None:
        self.errors.clear()
        try:
            self.submit()
        except ValidationError as error:
            if not self.errors.show(error):
                self.warn(error)
            return
        except HubdeskError as error:
            self.warn(error)
            return
        self.accept()


# ----------------------------------------------------------------- organisation


class OrganisationDialog(DirectoryDialog):
    """Add an organisation (``found`` None) or change one. The SEPA mandate
    is not on this form; editing keeps it as it is."""

    def __init__(
        self, core: Any, found: OrganisationRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("New organisation")
            if found is None
            else self.tr("Change organisation “{0}”").format(found.name),
            self.tr("Add") if found is None else self.tr("Save"),
            parent,
        )
        self.core = core
        self.found = found
        self.saved: OrganisationRecord | None = None
        self.left_heading.setText(self.tr("Organisation"))
        self.right_heading.setText(self.tr("Billing"))

        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind, label in kind_labels(self).items():
            self.kind.addItem(label, kind.value)
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("e.g. info@example.org"))
        self.phone = QLineEdit()
        self.website = QLineEdit()
        self.website.setPlaceholderText(self.tr("e.g. www.example.org"))
        self.language = language_combo(self)
        self.language.setToolTip(self.tr("The language of its invoices and e-mails"))
        self.vat_id = QLineEdit()
        self.vat_id.setPlaceholderText(self.tr("e.g. NL123456782B01"))
        self.kvk = QLineEdit()
        self.kvk.setPlaceholderText(self.tr("8 digits"))
        self.iban = QLineEdit()
        self.iban.setPlaceholderText(self.tr("e.g. NL91 ABNA 0417 1643 00"))
        self.bic = QLineEdit()
        self.bic.setPlaceholderText(self.tr("e.g. ABNANL2A"))
        self.billing_address = text_box(2)
        self.postcode = QLineEdit()
        self.city = QLineEdit()
        self.country = country_combo()
        self.notes = text_box(3)

        self.add_row(self.left, self.tr("Name"), "name", self.name)
        self.add_row(self.left, self.tr("Kind"), "kind", self.kind)
        self.add_row(self.left, self.tr("E-mail"), "email", self.email)
        self.add_row(self.left, self.tr("Phone"), "phone", self.phone)
        self.add_row(self.left, self.tr("Website"), "website", self.website)
        self.add_row(self.left, self.tr("Language"), "language", self.language)
        self.add_row(self.right, self.tr("VAT number"), "vat_id", self.vat_id)
        self.add_row(self.right, self.tr("KvK number"), "kvk", self.kvk)
        self.add_row(self.right, self.tr("IBAN"), "iban", self.iban)
        self.add_row(self.right, self.tr("BIC"), "bic", self.bic)
        self.add_row(self.right, self.tr("Address"), "billing_address", self.billing_address)
        self.add_row(self.right, self.tr("Postcode"), "postcode", self.postcode)
        self.add_row(self.right, self.tr("City"), "city", self.city)
        self.add_row(self.right, self.tr("Country"), "country", self.country)
        self.add_row(self.bottom, self.tr("Notes"), "notes", self.notes)

        self.load(
            OrganisationInput(name="") if found is None else OrganisationInput.from_record(found)
        )
        self.finish()

    def load(self, data: OrganisationInput) -> None:
        self.name.setText(data.name)
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.website.setText(data.website)
        self.language.setCurrentIndex(max(self.language.findData(data.language), 0))
        self.vat_id.setText(data.vat_id)
        self.kvk.setText(data.kvk)
        self.iban.setText(data.iban)
        self.bic.setText(data.bic)
        self.billing_address.setPlainText(data.billing_address)
        self.postcode.setText(data.postcode)
        self.city.setText(data.city)
        set_combo_data(self.country, data.country)
        self.notes.setPlainText(data.notes)

    def tab_order(self) -> Sequence[QWidget]:
        return (
            self.name,
            self.kind,
            self.email,
            self.phone,
            self.website,
            self.language,
            self.vat_id,
            self.kvk,
            self.iban,
            self.bic,
            self.billing_address,
            self.postcode,
            self.city,
            self.country,
            self.notes,
        )

    def values(self) -> OrganisationInput:
        base = (
            OrganisationInput(name="")
            if self.found is None
            else OrganisationInput.from_record(self.found)
        )
        return dataclasses.replace(
            base,
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            email=self.email.text(),
            phone=self.phone.text(),
            website=self.website.text(),
            vat_id=self.vat_id.text(),
            kvk=self.kvk.text(),
            iban=self.iban.text(),
            bic=self.bic.text(),
            billing_address=self.billing_address.toPlainText(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            country=str(self.country.currentData() or ""),
            language=str(self.language.currentData()),
            notes=self.notes.toPlainText(),
        )

    def submit(self) -> None:
        actor = self.core.require_actor()
        data = self.values()
        if self.found is None:
            self.saved = self.core.write(lambda s: directory.create_organisation(s, actor, data))
        else:
            organisation_id = self.found.id
            self.saved = self.core.write(
                lambda s: directory.update_organisation(s, actor, organisation_id, data)
            )
