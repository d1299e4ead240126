"""Adding and changing a member (a person, with or without an organisation)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from hubdesk.domain.errors import ValidationError
from hubdesk.services import directory
from hubdesk.services.directory import MemberInput, MemberRecord, OrganisationRecord
from hubdesk.ui.dialogs.organisation import (
    DirectoryDialog,
    country_combo,
    language_combo,
    set_combo_data,
    text_box,
)


class OrganisationCombo(QComboBox):
    """Organisations by name, first "— individual member —" (data None);
    type any part of a name to narrow the list down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.individual = self.tr("— individual member —")
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        edit = self.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("Type to search organisations"))

    def set_organisations(
        self, organisations: Sequence[OrganisationRecord], current: tuple[int, str] | None
    ) -> None:
        """``current`` (id, name) is added when the list lacks it (an archived
        organisation the member still belongs to)."""
        self.clear()
        self.addItem(self.individual, None)
        for organisation in organisations:
            self.addItem(organisation.name, organisation.id)
        if current is not None and self.findData(current[0]) < 0:
            self.addItem(self.tr("{0} (archived)").format(current[1]), current[0])

    def select_id(self, organisation_id: int | None) -> None:
        index = 0 if organisation_id is None else self.findData(organisation_id)
        self.setCurrentIndex(max(index, 0))

    def chosen_id(self) -> int | None:
        """The organisation whose name is in the field (case ignored); raises
        ValidationError when the text names none."""
        text = self.currentText().strip()
        if not text or text == self.individual:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            raise ValidationError(
                "organisation",
                self.tr("There is no organisation “{0}”: choose one from the list").format(text),
            )
        found = self.itemData(index)
        return None if found is None else int(found)


class MemberDialog(DirectoryDialog):
    """Add a member (``found`` None; ``organisation_id`` preselects their
    organisation) or change one."""

    def __init__(
        self,
        core: Any,
        found: MemberRecord | None = None,
        parent: QWidget | None = None,
        *,
        organisation_id: int | None = None,
    ) -> None:
        super().__init__(
            self.tr("New member")
            if found is None
            else self.tr("Change member “{0}”").format(found.full_name),
            self.tr("Add") if found is None else self.tr("Save"),
            parent,
        )
        self.core = core
        self.found = found
        self.saved: MemberRecord | None = None
        self.left_heading.setText(self.tr("Person"))
        self.right_heading.setText(self.tr("Address"))

        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.organisation = OrganisationCombo()
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("e.g. name@example.org"))
        self.phone = QLineEdit()
        self.badge_code = QLineEdit()
        self.badge_code.setPlaceholderText(self.tr("The code on their access badge"))
        self.language = language_combo(self)
        self.language.setToolTip(self.tr("The language of their invoices and e-mails"))
        self.billing_address = text_box(2)
        self.postcode = QLineEdit()
        self.city = QLineEdit()
        self.country = country_combo()
        self.notes = text_box(3)

        self.add_row(self.left, self.tr("First name"), "first_name", self.first_name)
        self.add_row(self.left, self.tr("Last name"), "last_name", self.last_name)
        self.add_row(self.left, self.tr("Organisation"), "organisation", self.organisation)
        self.add_row(self.left, self.tr("E-mail"), "email", self.email)
        self.add_row(self.left, self.tr("Phone"), "phone", self.phone)
        self.add_row(self.left, self.tr("Badge"), "badge_code", self.badge_code)
        self.add_row(self.right, self.tr("Address"), "billing_address", self.billing_address)
        self.add_row(self.right, self.tr("Postcode"), "postcode", self.postcode)
        self.add_row(self.right, self.tr("City"), "city", self.city)
        self.add_row(self.right, self.tr("Country"), "country", self.country)
        self.add_row(self.right, self.tr("Language"), "language", self.language)
        self.add_row(self.bottom, self.tr("Notes"), "notes", self.notes)

        organisations = core.read(directory.list_organisations)
        current = (
            (found.organisation_id, found.organisation_name)
            if found is not None and found.organisation_id is not None
            else None
        )
        self.organisation.set_organisations(organisations, current)
        if found is None:
            self.load(MemberInput(first_name="", last_name="", organisation_id=organisation_id))
        else:
            self.load(MemberInput.from_record(found))
        self.finish()

    def load(self, data: MemberInput) -> None:
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        self.organisation.select_id(data.organisation_id)
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.badge_code.setText(data.badge_code)
        self.language.setCurrentIndex(max(self.language.findData(data.language), 0))
        self.billing_address.setPlainText(data.billing_address)
        self.postcode.setText(data.postcode)
        self.city.setText(data.city)
        set_combo_data(self.country, data.country)
        self.notes.setPlainText(data.notes)

    def tab_order(self) -> Sequence[QWidget]:
        return (
            self.first_name,
            self.last_name,
            self.organisation,
            self.email,
            self.phone,
            self.badge_code,
            self.billing_address,
            self.postcode,
            self.city,
            self.country,
            self.language,
            self.notes,
        )

    def values(self) -> MemberInput:
        base = (
            MemberInput(first_name="", last_name="")
            if self.found is None
            else MemberInput.from_record(self.found)
        )
        return dataclasses.replace(
            base,
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            organisation_id=self.organisation.chosen_id(),
            email=self.email.text(),
            phone=self.phone.text(),
            badge_code=self.badge_code.text(),
            billing_address=self.billing_address.toPlainText(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            country=str(self.country.currentData() or ""),
            language=str(self.language.currentData()),
            notes=self.notes.toPlainText(),
        )

    def submit(self) -> None:
        data = self.values()
        actor = self.core.require_actor()
        if self.found is None:
            self.saved = self.core.write(lambda s: directory.create_member(s, actor, data))
        else:
            member_id = self.found.id
            self.saved = self.core.write(
                lambda s: directory.update_member(s, actor, member_id, data)
            )
