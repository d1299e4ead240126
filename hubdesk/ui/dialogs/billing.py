"""The billing page's small forms: a line added to a draft, a payment, a
credit note."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from hubdesk.domain.enums import PaymentMethod
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.money import Money
from hubdesk.services import billing, directory, settings
from hubdesk.services.billing import InvoiceRecord, LineInput, OneOffInput
from hubdesk.services.settings import VatCategoryRecord
from hubdesk.ui import format as fmt
from hubdesk.ui.dialogs.frontdesk import MemberField
from hubdesk.ui.dialogs.lease import date_edit, pydate
from hubdesk.ui.dialogs.member import OrganisationCombo
from hubdesk.ui.dialogs.organisation import DirectoryDialog, text_box


def charge_rows(
    form: DirectoryDialog, categories: Sequence[VatCategoryRecord], width: int
) -> tuple[QLineEdit, QLineEdit, QLineEdit, QComboBox]:
    """The description, quantity, unit price and VAT of a charge, as rows of
    ``form``'s column (a line on a draft and a one-off charge share them)."""

    description = QLineEdit()
    description.setPlaceholderText(
        QCoreApplication.translate("charge_rows", "e.g. Catering for the launch")
    )
    quantity = QLineEdit("1")
    unit_price = QLineEdit()
    unit_price.setPlaceholderText(
        QCoreApplication.translate("charge_rows", "excl. VAT, e.g. 12.50")
    )
    vat = QComboBox()
    for category in categories:
        vat.addItem(f"{category.code}: {category.name}", category.id)
    for wide in (description, quantity, unit_price):
        wide.setMinimumWidth(width)
    for label, field, widget in (
        (QCoreApplication.translate("charge_rows", "Description"), "description", description),
        (QCoreApplication.translate("charge_rows", "Quantity"), "quantity", quantity),
        (QCoreApplication.translate("charge_rows", "Unit price"), "unit_price", unit_price),
        (QCoreApplication.translate("charge_rows", "VAT"), "vat_category", vat),
    ):
        form.add_row(form.left, label, field, widget)
    return description, quantity, unit_price, vat


class _InvoiceForm(DirectoryDialog):
    """A one-column form about one invoice."""

    def __init__(
        self, core: Any, invoice: InvoiceRecord, title: str, action: str, parent: QWidget | None
    ) -> None:
        super().__init__(title, action, parent)
        self.setMinimumWidth(480)
        self.core = core
        self.invoice = invoice
        self.saved: Any = None
        self.left_heading.setText(
            f"{invoice.number or self.tr('Draft')} · {invoice.customer} · "
            f"{fmt.money(invoice.gross_total)}"
        )
        self.right_heading.hide()


class LineDialog(_InvoiceForm):
    """A line added by hand to a draft invoice."""

    def __init__(self, core: Any, invoice: InvoiceRecord, parent: QWidget | None = None) -> None:
        super().__init__(core, invoice, self.tr("Add a line"), self.tr("Add"), parent)
        categories = core.read(lambda s: settings.list_vat_categories(s, include_inactive=False))
        self.description, self.quantity, self.unit_price, self.vat = charge_rows(
            self, categories, 280
        )
        self.finish()

    def tab_order(self) -> Sequence[QWidget]:
        return (self.description, self.quantity, self.unit_price, self.vat)

    def submit(self) -> None:
        data = LineInput(
            self.description.text(),
            self.quantity.text(),
            self.unit_price.text(),
            self.vat.currentData(),
        )
        actor = self.core.require_actor()
        invoice_id = self.invoice.id
        self.saved = self.core.write(lambda s: billing.add_line(s, actor, invoice_id, data))


class PaymentDialog(_InvoiceForm):
    """A payment on an issued invoice (the open amount by default)."""

    def __init__(
        self, core: Any, invoice: InvoiceRecord, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(core, invoice, self.tr("Record a payment"), self.tr("Record"), parent)
        self.paid_on = date_edit(today)
        self.amount = QLineEdit(format(invoice.open_amount.euros, ".2f"))
        self.method = QComboBox()
        for method, label in (
            (PaymentMethod.BANK_TRANSFER, self.tr("Bank transfer")),
            (PaymentMethod.DIRECT_DEBIT, self.tr("Direct debit")),
            (PaymentMethod.PIN, self.tr("PIN")),
            (PaymentMethod.CARD, self.tr("Card")),
            (PaymentMethod.CASH, self.tr("Cash")),
        ):
            self.method.addItem(label, method.value)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("e.g. the bank statement's reference"))
        self.add_row(self.left, self.tr("Paid on"), "paid_on", self.paid_on)
        self.add_row(self.left, self.tr("Amount"), "amount", self.amount)
        self.add_row(self.left, self.tr("Method"), "method", self.method)
        self.add_row(self.left, self.tr("Reference"), "reference", self.reference)
        self.finish()

    def tab_order(self) -> Sequence[QWidget]:
        return (self.paid_on, self.amount, self.method, self.reference)

    def submit(self) -> None:
        actor = self.core.require_actor()
        invoice_id = self.invoice.id
        paid_on = pydate(self.paid_on.date())
        amount, method, reference = (
            self.amount.text(),
            self.method.currentData(),
            self.reference.text(),
        )
        self.saved = self.core.write(
            lambda s: billing.record_payment(
                s, actor, invoice_id, paid_on, amount, method, reference
            )
        )


class CreditDialog(_InvoiceForm):
    """A credit note for the lines ticked (all by default) of an issued invoice."""

    def __init__(self, core: Any, invoice: InvoiceRecord, parent: QWidget | None = None) -> None:
        super().__init__(
            core, invoice, self.tr("Credit note"), self.tr("Issue credit note"), parent
        )
        invoice_id = invoice.id
        lines = core.read(lambda s: billing.invoice_lines(s, invoice_id))
        self.lines = QListWidget()
        self.lines.setMinimumWidth(420)
        for line in lines:
            item = QListWidgetItem(f"{line.description} — {fmt.money(line.amount)}")
            item.setData(Qt.ItemDataRole.UserRole, line.id)
            if line.credited:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setText(item.text() + " " + self.tr("(credited)"))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            self.lines.addItem(item)
        self.reason = text_box(2)
        self.note = QLabel(self.tr("A credit note has its own number; the invoice stays as it is."))
        self.note.setObjectName("subtitle")
        self.add_row(self.left, self.tr("Lines"), "lines", self.lines)
        self.add_row(self.left, self.tr("Reason"), "reason", self.reason, self.note)
        self.finish()

    def tab_order(self) -> Sequence[QWidget]:
        return (self.lines, self.reason)

    def chosen_lines(self) -> list[int]:
        chosen = []
        for row in range(self.lines.count()):
            item = self.lines.item(row)
            if item.checkState() == Qt.CheckState.Checked and (
                item.flags() & Qt.ItemFlag.ItemIsEnabled
            ):
                chosen.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return chosen

    def submit(self) -> None:
        chosen = self.chosen_lines()
        if not chosen:
            raise ValidationError("lines", self.tr("Tick the lines to credit"))
        actor = self.core.require_actor()
        invoice_id = self.invoice.id
        reason = self.reason.toPlainText()
        render = _credit_note_renderer()
        self.saved = self.core.write(
            lambda s: billing.credit(s, actor, invoice_id, reason, line_ids=chosen, render=render)
        )


def _credit_note_renderer() -> Any:
    from hubdesk.reports.invoices import credit_note_pdf

    return credit_note_pdf


class DirectDebitDialog(DirectoryDialog):
    """A direct-debit batch (SEPA) of a month's invoices: the collection day,
    what will be collected, then the file for the bank."""

    def __init__(self, core: Any, month: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Direct debit batch: {0}").format(month), self.tr("Save for the bank…"), parent
        )
        self.setMinimumWidth(480)
        self.core = core
        self.month = month
        self.saved: Any = None
        self.path: Any = None
        self.left_heading.setText(self.tr("Invoices of {0} with a mandate").format(month))
        self.right_heading.hide()
        self.collect_on = date_edit(today + timedelta(days=7))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.add_row(self.left, self.tr("Collect on"), "collection_date", self.collect_on)
        self.add_row(self.left, self.tr("Collects"), "invoices", self.summary)
        self.collect_on.dateChanged.connect(self._on_collect_on_date_changed)
        self._preview()
        self.finish()

    def tab_order(self) -> Sequence[QWidget]:
        return (self.collect_on,)

    def _on_collect_on_date_changed(self, _value: Any) -> None:
        self._preview()

    def _preview(self) -> None:
        from hubdesk.services import sepa

        month, day = self.month, pydate(self.collect_on.date())
        self.errors.clear()
        try:
            found = self.core.read(lambda s: sepa.collections(s, sepa.collectable(s, month), day))
        except ValidationError as error:
            # what stops the batch, listed where the collections would be
            self.summary.setText(str(error))
            return
        total = sum((c.amount for c in found), start=Money(0))
        first = sum(1 for c in found if c.sequence_type == "FRST")
        self.summary.setText(
            self.tr("{0} invoices, {1} in all ({2} first collections)").format(
                len(found), fmt.money(total), first
            )
        )

    def submit(self) -> None:
        from hubdesk.services import sepa
        from hubdesk.ui.files import save_file

        month, day = self.month, pydate(self.collect_on.date())
        actor = self.core.require_actor()

        def batch(s: Any) -> bytes:
            creditor = settings.get_settings(s).sepa_creditor_id
            if not creditor:
                raise ValidationError(
                    "invoices",
                    self.tr("Enter the hub's SEPA creditor id under Settings first"),
                )
            data: bytes = sepa.direct_debit_batch(
                s, sepa.collectable(s, month), day, creditor_id=creditor, actor=actor
            )
            return data

        data = self.core.read(batch)
        self.path = save_file(
            self,
            data,
            title=self.tr("Direct debit batch"),
            name=f"SEPA {month} {day.isoformat()}.xml",
            fallback="sepa.xml",
            file_filter=self.tr("XML files (*.xml)"),
            path=self.path,
        )
        # cancelling the file chooser closes the form with nothing saved
        self.saved = data if self.path is not None else None


class OneOffDialog(DirectoryDialog):
    """A one-off charge (catering, printing, a lost key) that the run of its
    month puts on the customer's invoice."""

    def __init__(self, core: Any, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("One-off charge"), self.tr("Add"), parent)
        self.setMinimumWidth(500)
        self.core = core
        self.saved: Any = None
        self.left_heading.setText(self.tr("Charged with the invoice of its month"))
        self.right_heading.hide()
        organisations, categories = core.read(
            lambda s: (
                directory.list_organisations(s),
                settings.list_vat_categories(s, include_inactive=False),
            )
        )
        self.organisation = OrganisationCombo()
        self.organisation.individual = ""
        self.organisation.set_organisations(organisations, None)
        self.organisation.setCurrentIndex(0)
        self.organisation.setEditText("")
        self.member = MemberField(core, self.tr("Or a member on their own"))
        self.charge_on = date_edit(today)
        for wide in (self.organisation, self.member):
            wide.setMinimumWidth(300)
        self.add_row(self.left, self.tr("Organisation"), "customer", self.organisation)
        self.add_row(self.left, self.tr("Member"), "member", self.member)
        self.add_row(self.left, self.tr("On"), "charge_on", self.charge_on)
        self.description, self.quantity, self.unit_price, self.vat = charge_rows(
            self, categories, 300
        )
        self.finish()

    def tab_order(self) -> Sequence[QWidget]:
        return (
            self.organisation,
            self.member.edit,
            self.charge_on,
            self.description,
            self.quantity,
            self.unit_price,
            self.vat,
        )

    def values(self) -> OneOffInput:
        organisation_id = self.organisation.chosen_id()
        if self.member.chosen_id is None and self.member.edit.text().strip():
            raise ValidationError("member", self.tr("Choose the member from the list, or clear it"))
        return OneOffInput(
            charge_on=pydate(self.charge_on.date()),
            description=self.description.text(),
            unit_price=self.unit_price.text(),
            vat_category_id=self.vat.currentData(),
            quantity=self.quantity.text(),
            organisation_id=organisation_id,
            member_id=self.member.chosen_id,
        )

    def submit(self) -> None:
        data = self.values()
        actor = self.core.require_actor()
        self.saved = self.core.write(lambda s: billing.add_one_off_charge(s, actor, data))
