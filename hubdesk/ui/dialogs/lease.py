"""A lease of one or more private offices, new or a draft being changed; and
the small forms of a lease's lifecycle (give notice, renew, deposit, index)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from hubdesk.domain.enums import SpaceKind
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.money import Money
from hubdesk.services import directory, leases, settings
from hubdesk.services.leases import LeaseInput, LeaseRecord
from hubdesk.ui import format as fmt
from hubdesk.ui.dialogs.member import OrganisationCombo
from hubdesk.ui.dialogs.organisation import DirectoryDialog, text_box


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class LeaseDialog(DirectoryDialog):
    """A lease's organisation, offices, term, rent and deposit, saved as a
    draft: a new one, or ``existing`` (a draft) changed."""

    def __init__(
        self,
        core: Any,
        today: date,
        parent: QWidget | None = None,
        existing: LeaseRecord | None = None,
    ) -> None:
        super().__init__(
            self.tr("Draft lease: {0}").format(existing.organisation_name)
            if existing is not None
            else self.tr("New lease"),
            self.tr("Save draft"),
            parent,
        )
        self.core = core
        self.existing = existing
        self.saved: LeaseRecord | None = None
        self.left_heading.setText(self.tr("Tenant and term"))
        self.right_heading.setText(self.tr("Rent and deposit"))

        self.organisation = OrganisationCombo()
        self.organisation.individual = ""
        self.offices = QListWidget()
        self.offices.setMinimumHeight(110)
        self.start = date_edit(today)
        self.open_ended = QCheckBox(self.tr("Open-ended"))
        self.open_ended.setChecked(True)
        self.end = date_edit(today)
        self.end.setEnabled(False)
        self.notice_months = QSpinBox()
        self.notice_months.setRange(0, leases.MAX_NOTICE_MONTHS)
        self.notice_months.setValue(3)
        self.notice_months.setSuffix(self.tr(" months"))
        self.rent = QLineEdit()
        self.rent.setPlaceholderText(self.tr("per month, e.g. 850.00"))
        self.service_charge = QLineEdit()
        self.service_charge.setPlaceholderText(self.tr("per month, e.g. 120.00"))
        self.rent_vat = QComboBox()
        self.service_vat = QComboBox()
        self.deposit = QLineEdit()
        self.index_linked = QCheckBox(self.tr("Index-linked"))
        self.indexation = QDoubleSpinBox()
        self.indexation.setRange(0, leases.MAX_INDEXATION_BP / 100)
        self.indexation.setDecimals(2)
        self.indexation.setSuffix(" %")
        self.base_index = QLineEdit()
        self.base_index.setPlaceholderText(self.tr("Index figure at the start, e.g. 118.3"))
        self.base_index.setEnabled(False)
        self.notes = text_box(2)

        self.add_row(self.left, self.tr("Organisation"), "organisation", self.organisation)
        self.add_row(self.left, self.tr("Offices"), "offices", self.offices)
        self.add_row(self.left, self.tr("Start"), "start_date", self.start)
        self.add_row(self.left, self.tr("End"), "end_date", self.end, self.open_ended)
        self.add_row(self.left, self.tr("Notice period"), "notice_months", self.notice_months)
        self.add_row(self.right, self.tr("Monthly rent"), "rent", self.rent)
        self.add_row(self.right, self.tr("Rent VAT"), "rent_vat_category", self.rent_vat)
        self.add_row(self.right, self.tr("Service charge"), "service_charge", self.service_charge)
        self.add_row(
            self.right, self.tr("Service charge VAT"), "service_vat_category", self.service_vat
        )
        self.add_row(self.right, self.tr("Deposit"), "deposit", self.deposit)
        self.add_row(self.right, self.tr("Yearly indexation"), "indexation", self.indexation)
        self.add_row(
            self.right, self.tr("Base index"), "base_index", self.base_index, self.index_linked
        )
        self.add_row(self.bottom, self.tr("Notes"), "notes", self.notes)

        organisations, spaces, categories = core.read(
            lambda s: (
                directory.list_organisations(s),
                directory.list_spaces(s),
                settings.list_vat_categories(s, include_inactive=False),
            )
        )
        self.organisation.set_organisations(
            organisations,
            (existing.organisation_id, existing.organisation_name) if existing else None,
        )
        self.organisation.setCurrentIndex(0)
        self.organisation.setEditText("")
        for space in spaces:
            if space.kind is SpaceKind.PRIVATE_OFFICE and space.active:
                item = QListWidgetItem(space.name)
                item.setData(Qt.ItemDataRole.UserRole, space.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.offices.addItem(item)
        for combo in (self.rent_vat, self.service_vat):
            combo.addItem(self.tr("— none —"), None)
            for category in categories:
                combo.addItem(f"{category.code}: {category.name}", category.id)

        self.open_ended.toggled.connect(self._on_open_ended_toggled)
        self.index_linked.toggled.connect(self._on_index_linked_toggled)
        if existing is not None:
            self._fill(existing)
        self.finish()

    def _fill(self, lease: LeaseRecord) -> None:
        self.organisation.select_id(lease.organisation_id)
        for row in range(self.offices.count()):
            item = self.offices.item(row)
            if int(item.data(Qt.ItemDataRole.UserRole)) in lease.office_ids:
                item.setCheckState(Qt.CheckState.Checked)
        self.start.setDate(qdate(lease.start_date))
        self.open_ended.setChecked(lease.end_date is None)
        if lease.end_date is not None:
            self.end.setDate(qdate(lease.end_date))
        self.notice_months.setValue(lease.notice_months)
        self.rent.setText(format(lease.rent.euros, ".2f"))
        self.service_charge.setText(format(lease.service_charge.euros, ".2f"))
        for combo, category in (
            (self.rent_vat, lease.rent_vat_category_id),
            (self.service_vat, lease.service_vat_category_id),
        ):
            combo.setCurrentIndex(max(0, combo.findData(category)))
        self.deposit.setText(format(lease.deposit.euros, ".2f"))
        self.indexation.setValue(lease.indexation_bp / 100)
        self.index_linked.setChecked(lease.index_linked)
        self.base_index.setText(lease.base_index)
        self.notes.setPlainText(lease.notes)

    def tab_order(self) -> Sequence[QWidget]:
        return (
            self.organisation,
            self.offices,
            self.start,
            self.end,
            self.open_ended,
            self.notice_months,
            self.rent,
            self.rent_vat,
            self.service_charge,
            self.service_vat,
            self.deposit,
            self.indexation,
            self.base_index,
            self.index_linked,
            self.notes,
        )

    def _on_open_ended_toggled(self, checked: bool) -> None:
        self.end.setEnabled(not checked)

    def _on_index_linked_toggled(self, checked: bool) -> None:
        self.base_index.setEnabled(checked)
        self.indexation.setEnabled(not checked)

    def check_office(self, name: str) -> None:
        for row in range(self.offices.count()):
            item = self.offices.item(row)
            if item.text() == name:
                item.setCheckState(Qt.CheckState.Checked)

    def office_ids(self) -> list[int]:
        chosen = []
        for row in range(self.offices.count()):
            item = self.offices.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return chosen

    def values(self) -> LeaseInput:
        organisation_id = self.organisation.chosen_id()
        if organisation_id is None:
            raise ValidationError("organisation", self.tr("Choose an organisation"))
        try:
            bp = int(Decimal(str(self.indexation.value())) * 100)
        except InvalidOperation:  # pragma: no cover - a spin box holds a number
            bp = 0
        return LeaseInput(
            organisation_id=organisation_id,
            office_ids=self.office_ids(),
            start_date=pydate(self.start.date()),
            end_date=None if self.open_ended.isChecked() else pydate(self.end.date()),
            notice_months=self.notice_months.value(),
            rent=self.rent.text(),
            service_charge=self.service_charge.text(),
            rent_vat_category_id=self.rent_vat.currentData(),
            service_vat_category_id=self.service_vat.currentData(),
            deposit=self.deposit.text(),
            indexation_bp=0 if self.index_linked.isChecked() else bp,
            base_index=self.base_index.text() if self.index_linked.isChecked() else "",
            notes=self.notes.toPlainText(),
        )

    def submit(self) -> None:
        data = self.values()
        actor = self.core.require_actor()
        if self.existing is not None:
            lease_id = self.existing.id
            self.saved = self.core.write(lambda s: leases.update_draft(s, actor, lease_id, data))
        else:
            self.saved = self.core.write(lambda s: leases.create_lease(s, actor, data))


class NoticeDialog(DirectoryDialog):
    """Notice given on a lease: the day, by whom, and the end it leads to."""

    def __init__(
        self, core: Any, found: LeaseRecord, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Give notice: {0}").format(found.organisation_name),
            self.tr("Give notice"),
            parent,
        )
        self.setMinimumWidth(420)
        self.core = core
        self.found = found
        self.saved: LeaseRecord | None = None
        self.left_heading.setText(", ".join(found.office_names))
        self.right_heading.hide()
        self.given_on = date_edit(today)
        self.given_by = QLineEdit()
        self.given_by.setPlaceholderText(self.tr("Who gave notice"))
        self.effect = QLabel()
        self.agreed = QCheckBox(self.tr("By agreement"))
        self.agreed.setToolTip(
            self.tr("Hub and tenant agreed on the end: it may come before the notice period")
        )
        # an agreed end is mostly the end of a month: this one's by default
        self.agreed_end = date_edit(
            (today.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        )
        self.agreed_end.setEnabled(False)
        self.add_row(self.left, self.tr("Given on"), "notice_given_on", self.given_on)
        self.add_row(self.left, self.tr("By"), "notice_given_by", self.given_by)
        self.add_row(self.left, self.tr("Ends on"), "ends_on", self.effect)
        self.add_row(self.left, self.tr("Agreed end"), "end_date", self.agreed_end, self.agreed)
        self.given_on.dateChanged.connect(self._on_given_on_date_changed)
        self.agreed.toggled.connect(self._on_agreed_toggled)
        self.agreed_end.dateChanged.connect(self._on_agreed_end_date_changed)
        self._on_given_on_date_changed(self.given_on.date())
        self.finish()

    def tab_order(self) -> Sequence[QWidget]:
        return (self.given_on, self.given_by, self.agreed_end, self.agreed)

    def _show_effect(self) -> None:
        if self.agreed.isChecked():
            self.effect.setText(fmt.day(pydate(self.agreed_end.date())))
            return
        found = self.found
        ends = leases.notice_effect(
            found.start_date, found.end_date, found.notice_months, pydate(self.given_on.date())
        )
        self.effect.setText(fmt.day(ends))

    def _on_given_on_date_changed(self, _value: QDate) -> None:
        self._show_effect()

    def _on_agreed_toggled(self, checked: bool) -> None:
        self.agreed_end.setEnabled(checked)
        self._show_effect()

    def _on_agreed_end_date_changed(self, _value: QDate) -> None:
        self._show_effect()

    def submit(self) -> None:
        actor = self.core.require_actor()
        lease_id = self.found.id
        given_on = pydate(self.given_on.date())
        by = self.given_by.text().strip()
        agreed = self.agreed.isChecked()
        ends_on = pydate(self.agreed_end.date()) if agreed else None
        self.saved = self.core.write(
            lambda s: leases.give_notice(
                s, actor, lease_id, given_on, by, ends_on=ends_on, by_agreement=agreed
            )
        )


class _LeaseAction(DirectoryDialog):
    """A small form about one lease (one column of fields)."""

    def __init__(self, core: Any, found: LeaseRecord, title: str, action: str, parent: Any) -> None:
        super().__init__(title.format(found.organisation_name), action, parent)
        self.setMinimumWidth(440)
        self.core = core
        self.found = found
        self.saved: LeaseRecord | None = None
        self.left_heading.setText(", ".join(found.office_names))
        self.right_heading.hide()


class DepositDialog(_LeaseAction):
    """The deposit received (a day) or returned (a day and the amount paid back)."""

    def __init__(
        self, core: Any, found: LeaseRecord, today: date, parent: QWidget | None = None
    ) -> None:
        self.returning = found.deposit_received_on is not None
        super().__init__(
            core,
            found,
            self.tr("Deposit returned: {0}")
            if self.returning
            else self.tr("Deposit received: {0}"),
            self.tr("Record"),
            parent,
        )
        self.on = date_edit(today)
        self.amount = QLineEdit(format(found.deposit.euros, ".2f"))
        field = "deposit_returned_on" if self.returning else "deposit_received_on"
        self.add_row(self.left, self.tr("On"), field, self.on)
        deposit = QLabel(fmt.money(found.deposit))
        self.add_row(self.left, self.tr("Deposit"), "deposit", deposit)
        if self.returning:
            self.add_row(self.left, self.tr("Amount returned"), "deposit_returned", self.amount)
        self.finish()

    def tab_order(self) -> Sequence[QWidget]:
        return (self.on, self.amount) if self.returning else (self.on,)

    def submit(self) -> None:
        actor = self.core.require_actor()
        lease_id = self.found.id
        on = pydate(self.on.date())
        if self.returning:
            amount = self.amount.text()
            self.saved = self.core.write(
                lambda s: leases.record_deposit_returned(s, actor, lease_id, on, amount)
            )
        else:
            self.saved = self.core.write(
                lambda s: leases.record_deposit_received(s, actor, lease_id, on)
            )


class RenewDialog(_LeaseAction):
    """A successor lease from the day after this one ends (active at once)."""

    def __init__(
        self, core: Any, found: LeaseRecord, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(core, found, self.tr("Renew: {0}"), self.tr("Renew"), parent)
        assert found.end_date is not None
        start = found.end_date + timedelta(days=1)
        self.starts = QLabel(fmt.day(start))
        self.open_ended = QCheckBox(self.tr("Open-ended"))
        self.end = date_edit(start.replace(year=start.year + 1) - timedelta(days=1))
        self.notice_months = QSpinBox()
        self.notice_months.setRange(0, leases.MAX_NOTICE_MONTHS)
        self.notice_months.setValue(found.notice_months)
        self.notice_months.setSuffix(self.tr(" months"))
        self.rent = QLineEdit(format(leases.rent_on(found, found.end_date).euros, ".2f"))
        self.index_figure = QLineEdit()
        self.index_figure.setPlaceholderText(self.tr("Index figure, e.g. 118.3"))
        self.add_row(self.left, self.tr("Starts on"), "start_date", self.starts)
        self.add_row(self.left, self.tr("End"), "end_date", self.end, self.open_ended)
        self.add_row(self.left, self.tr("Notice period"), "notice_months", self.notice_months)
        self.add_row(self.left, self.tr("Monthly rent"), "rent", self.rent)
        if found.index_linked:
            self.add_row(self.left, self.tr("Base index"), "index_figure", self.index_figure)
        self.open_ended.toggled.connect(self._on_open_ended_toggled)
        self.finish()

    def tab_order(self) -> Sequence[QWidget]:
        chain: list[QWidget] = [self.end, self.open_ended, self.notice_months, self.rent]
        if self.found.index_linked:
            chain.append(self.index_figure)
        return chain

    def _on_open_ended_toggled(self, checked: bool) -> None:
        self.end.setEnabled(not checked)

    def submit(self) -> None:
        actor = self.core.require_actor()
        lease_id = self.found.id
        end = None if self.open_ended.isChecked() else pydate(self.end.date())
        try:
            rent = Money.of(self.rent.text().strip())
        except ValueError as error:
            raise ValidationError("rent", self.tr("Enter the monthly rent, e.g. 850.00")) from error
        months = self.notice_months.value()
        figure = self.index_figure.text().strip()
        self.saved = self.core.write(
            lambda s: leases.renew_lease(
                s,
                actor,
                lease_id,
                end_date=end,
                rent=rent,
                notice_months=months,
                index_figure=figure,
            )
        )


class IndexDialog(_LeaseAction):
    """The due yearly indexation of an index-linked lease: the new index figure."""

    def __init__(
        self, core: Any, found: LeaseRecord, due: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(core, found, self.tr("Index: {0}"), self.tr("Index"), parent)
        self.due = QLabel(fmt.day(due))
        self.base = QLabel(found.base_index)
        self.index_figure = QLineEdit()
        self.index_figure.setPlaceholderText(self.tr("Index figure, e.g. 118.3"))
        self.add_row(self.left, self.tr("Anniversary"), "anniversary", self.due)
        self.add_row(self.left, self.tr("Base index"), "base_index", self.base)
        self.add_row(self.left, self.tr("New index figure"), "index_figure", self.index_figure)
        self.finish()

    def tab_order(self) -> Sequence[QWidget]:
        return (self.index_figure,)

    def submit(self) -> None:
        actor = self.core.require_actor()
        lease_id = self.found.id
        figure = self.index_figure.text()
        self.saved = self.core.write(
            lambda s: leases.index_lease(s, actor, lease_id, index_figure=figure)
        )
