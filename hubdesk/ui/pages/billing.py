"""Billing: the month's invoice run, the drafts to check and issue, what is
open and overdue; an invoice's lines, credit notes and payments."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import InvoiceStatus
from hubdesk.domain.errors import HubdeskError
from hubdesk.domain.money import Money
from hubdesk.services import billing
from hubdesk.services.billing import InvoiceRecord, LineRecord, Month, PaymentState
from hubdesk.services.progress import Cancelled
from hubdesk.ui import format as fmt
from hubdesk.ui.dialogs.billing import (
    CreditDialog,
    DirectDebitDialog,
    LineDialog,
    OneOffDialog,
    PaymentDialog,
)
from hubdesk.ui.dialogs.lease import pydate
from hubdesk.ui.pages.base import Page
from hubdesk.ui.table_model import RecordTableModel, record_table
from hubdesk.ui.worker import Job

RED = QColor("#b3261e")
GREY = QColor("#6b7280")
GREEN = QColor("#15803d")


def _quantity(milli: int) -> str:
    text = f"{milli / 1000:.3f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if fmt.locale_name().startswith("nl") else text


class InvoiceTableModel(RecordTableModel[InvoiceRecord]):
    class Col(IntEnum):
        NUMBER = 0
        CUSTOMER = 1
        STATE = 2
        NET = 3
        VAT = 4
        GROSS = 5
        OPEN = 6
        DUE = 7

    NUMBER_COLUMNS = frozenset({Col.NET, Col.VAT, Col.GROSS, Col.OPEN})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # the page sets the hub's today with the rows
        self.today = date.min

    def headers(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Customer"),
            self.tr("Status"),
            self.tr("Net"),
            self.tr("VAT"),
            self.tr("Total"),
            self.tr("Open"),
            self.tr("Due"),
        ]

    def state_text(self, found: InvoiceRecord) -> str:
        state = found.state
        if state is PaymentState.OVERDUE:
            return self.tr("Overdue {0} days").format(found.days_overdue(self.today))
        return {
            PaymentState.DRAFT: self.tr("Draft"),
            PaymentState.OPEN: self.tr("Open"),
            PaymentState.PAID: self.tr("Paid"),
            PaymentState.CREDITED: self.tr("Credited"),
        }[state]

    def text(self, found: InvoiceRecord, column: int) -> str:
        col = self.Col(column)
        if col is self.Col.NUMBER:
            return found.number or "—"
        if col is self.Col.CUSTOMER:
            return found.customer
        if col is self.Col.STATE:
            return self.state_text(found)
        if col is self.Col.NET:
            return fmt.money(found.net_total)
        if col is self.Col.VAT:
            return fmt.money(found.vat_total)
        if col is self.Col.GROSS:
            return fmt.money(found.gross_total)
        if col is self.Col.OPEN:
            return fmt.money(found.open_amount) if found.status is InvoiceStatus.ISSUED else ""
        return fmt.day(found.due_date)

    def foreground(self, found: InvoiceRecord, column: int) -> QColor | None:
        if column == self.Col.STATE:
            return {
                PaymentState.OVERDUE: RED,
                PaymentState.PAID: GREEN,
                PaymentState.DRAFT: GREY,
            }.get(found.state)
        return None


class LineTableModel(RecordTableModel[LineRecord]):
    class Col(IntEnum):
        DESCRIPTION = 0
        QUANTITY = 1
        PRICE = 2
        VAT = 3
        AMOUNT = 4

    NUMBER_COLUMNS = frozenset({Col.QUANTITY, Col.PRICE, Col.AMOUNT})

    def headers(self) -> list[str]:
        return [
            self.tr("Description"),
            self.tr("Quantity"),
            self.tr("Unit price"),
            self.tr("VAT"),
            self.tr("Amount"),
        ]

    def text(self, found: LineRecord, column: int) -> str:
        col = self.Col(column)
        if col is self.Col.DESCRIPTION:
            return found.description + (" " + self.tr("(credited)") if found.credited else "")
        if col is self.Col.QUANTITY:
            return _quantity(found.quantity_milli)
        if col is self.Col.PRICE:
            return fmt.money(found.unit_price)
        if col is self.Col.VAT:
            rate = f"{found.vat_rate_bp / 100:g} %"
            return f"{found.vat_category_code} {rate}".strip()
        return fmt.money(found.amount)

    def foreground(self, found: LineRecord, column: int) -> QColor | None:
        return GREY if found.credited else None


class BillingPage(Page):
    key = "billing"

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(core, parent)
        self.is_manager = False
        self.dialog: Any = None
        self.job: Job | None = None
        # whether the page has looked for issued documents without a PDF
        self.restore_looked = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)

        top = QHBoxLayout()
        heading = QLabel(self.tr("Billing"))
        heading.setObjectName("pageTitle")
        top.addWidget(heading, 1)
        self.month = QComboBox()
        self.show_only = QComboBox()
        for label, states in (
            (self.tr("All invoices"), None),
            (self.tr("Drafts"), [PaymentState.DRAFT]),
            (self.tr("Open and overdue"), [PaymentState.OPEN, PaymentState.OVERDUE]),
            (self.tr("Overdue, any month"), [PaymentState.OVERDUE]),
        ):
            self.show_only.addItem(label, states)
        top.addWidget(self.month)
        top.addWidget(self.show_only)
        layout.addLayout(top)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.run_button = QPushButton()
        self.issue_button = QPushButton(self.tr("Issue drafts…"))
        self.totals = QLabel()
        self.totals.setObjectName("subtitle")
        self.one_off_button = QPushButton(self.tr("One-off charge…"))
        self.one_off_button.setToolTip(
            self.tr("A charge the run of its month puts on the customer's invoice")
        )
        self.one_off_button.setAutoDefault(False)
        bar.addWidget(self.run_button)
        bar.addWidget(self.issue_button)
        bar.addWidget(self.one_off_button)
        bar.addWidget(self.totals, 1)
        layout.addLayout(bar)

        self.model = InvoiceTableModel(self)
        self.view = record_table(self.model)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(InvoiceTableModel.Col.CUSTOMER, QHeaderView.ResizeMode.Stretch)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 6, 0, 0)
        invoice_bar = QHBoxLayout()
        invoice_bar.setSpacing(8)
        self.invoice_title = QLabel()
        self.invoice_title.setObjectName("panelHeading")
        invoice_bar.addWidget(self.invoice_title, 1)
        self.line_button = QPushButton(self.tr("Add line…"))
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.payment_button = QPushButton(self.tr("Record payment…"))
        self.credit_button = QPushButton(self.tr("Credit note…"))
        self.pdf_button = QPushButton(self.tr("PDF…"))
        self.export_button = QPushButton(self.tr("Export"))
        exports = QMenu(self.export_button)
        self.journal_action = exports.addAction(
            self.tr("Bookkeeping journal of the invoices issued this month (CSV)…")
        )
        self.ubl_action = exports.addAction(self.tr("E-invoice of this invoice (UBL XML)…"))
        self.sepa_action = exports.addAction(self.tr("Direct debit batch of the month (SEPA)…"))
        self.export_button.setMenu(exports)
        bar.addWidget(self.export_button)
        for button in (
            self.run_button,
            self.issue_button,
            self.line_button,
            self.remove_button,
            self.payment_button,
            self.credit_button,
            self.pdf_button,
        ):
            button.setAutoDefault(False)
        for button in (
            self.line_button,
            self.remove_button,
            self.payment_button,
            self.credit_button,
            self.pdf_button,
        ):
            invoice_bar.addWidget(button)
        lower_layout.addLayout(invoice_bar)
        self.change = QLabel()
        self.change.setObjectName("subtitle")
        self.change.setWordWrap(True)
        lower_layout.addWidget(self.change)
        self.lines_model = LineTableModel(self)
        self.lines_view = record_table(self.lines_model)
        lines_header = self.lines_view.horizontalHeader()
        lines_header.setStretchLastSection(False)
        lines_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lines_header.setSectionResizeMode(
            LineTableModel.Col.DESCRIPTION, QHeaderView.ResizeMode.Stretch
        )
        lower_layout.addWidget(self.lines_view)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.month.currentIndexChanged.connect(self._on_month_current_index_changed)
        self.show_only.currentIndexChanged.connect(self._on_month_current_index_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.lines_view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.run_button.clicked.connect(self.run)
        self.one_off_button.clicked.connect(self.open_one_off)
        self.issue_button.clicked.connect(self.ask_issue)
        self.line_button.clicked.connect(self.open_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.payment_button.clicked.connect(self.open_payment)
        self.credit_button.clicked.connect(self.open_credit)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.journal_action.triggered.connect(self._on_journal_action_triggered)
        self.ubl_action.triggered.connect(self._on_ubl_action_triggered)
        self.sepa_action.triggered.connect(self._on_sepa_action_triggered)
        self._fill_months()
        self._update_buttons()

    # -- Page

    def title(self) -> str:
        return self.tr("Billing")

    def concerns(self) -> set[str]:
        return {"invoice", "organisation", "member"}

    def today(self) -> date:
        """Today on the hub's wall clocks, from the hub's clock."""
        today: date = self.core.hub_today()
        return today

    def _fill_months(self) -> None:
        self.month.blockSignals(True)
        self.month.clear()
        for month in billing.months_to_run(self.today()):
            self.month.addItem(month.key, month.key)
        self.month.blockSignals(False)
        self._name_run_button()

    def chosen_month(self) -> Month:
        return Month.parse(str(self.month.currentData()))

    def _name_run_button(self) -> None:
        if self.month.count():
            self.run_button.setText(
                self.tr("Run invoices for {0}").format(self.month.currentText())
            )

    def reload(self) -> None:
        actor = self.core.actor
        self.is_manager = actor is not None and actor.is_manager
        today = self.today()
        self.model.today = today
        states = self.show_only.currentData()
        month = None if states == [PaymentState.OVERDUE] else self.chosen_month().key
        selected = self.selected()
        found = self.core.read(
            lambda s: billing.list_invoices(s, month=month, states=states, today=today)
        )
        self.model.set_rows(found)
        drafts = [f for f in found if f.status is InvoiceStatus.DRAFT]
        issued = [f for f in found if f.status is InvoiceStatus.ISSUED]
        self.totals.setText(
            self.tr("{0} drafts ({1}), {2} issued ({3}), {4} open").format(
                len(drafts),
                fmt.money(sum((f.gross_total for f in drafts), start=Money(0))),
                len(issued),
                fmt.money(sum((f.gross_total for f in issued), start=Money(0))),
                fmt.money(sum((f.open_amount for f in issued), start=Money(0))),
            )
        )
        if selected is not None:
            row = self.model.row_of(selected.id)
            if row is not None:
                self.view.selectRow(row)
        self._show_lines()
        self._update_buttons()
        if not self.restore_looked and self.job is None:
            self.restore_looked = True
            self.restore_documents()

    def restore_documents(self, *, wait: bool = False) -> Job | None:
        """Draw again, off the GUI thread, the PDFs that issued invoices and
        credit notes lack (a run stopped between the numbers and the PDFs),
        from what they were issued with; once, when the page first opens."""
        missing = self.core.read(
            lambda s: bool(billing.without_pdf(s) or billing.credit_notes_without_pdf(s))
        )
        if not missing or self.job is not None:
            return None

        def work(progress: Any) -> tuple[int, int]:
            restored: tuple[int, int] = self.core.repair_documents(progress)
            return restored

        return self._start(self.tr("Restoring invoice PDFs"), work, self._restored, wait)

    def _restored(self, restored: tuple[int, int]) -> None:
        invoices, notes = restored
        self.notify(
            self.tr(
                "Restored the PDFs of {0} issued invoices and {1} credit notes "
                "from what they were issued with."
            ).format(invoices, notes)
        )

    # -- selection

    def selected(self) -> InvoiceRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select(self, invoice_id: int) -> None:
        row = self.model.row_of(invoice_id)
        if row is not None:
            self.view.selectRow(row)

    def selected_line(self) -> LineRecord | None:
        rows = self.lines_view.selectionModel().selectedRows()
        return self.lines_model.record(rows[0].row()) if rows else None

    def _show_lines(self) -> None:
        found = self.selected()
        if found is None:
            self.lines_model.set_rows([])
            self.change.clear()
            self.invoice_title.setText(self.tr("Pick an invoice to see its lines"))
            return
        self.invoice_title.setText(f"{found.number or self.tr('Draft')} · {found.customer}")
        invoice_id = found.id
        lines, change = self.core.read(
            lambda s: (
                billing.invoice_lines(s, invoice_id),
                billing.change_since_last_month(s, invoice_id),
            )
        )
        self.lines_model.set_rows(lines)
        self.change.setText(self.change_text(change))

    def change_text(self, change: billing.MonthChange | None) -> str:
        """What changed since the customer's invoices of the month before."""
        if change is None:
            return ""
        if not change.previous_numbers:
            return self.tr("No invoice the month before.")
        difference = change.difference
        sign = "+" if difference.cents > 0 else ""
        parts = [
            self.tr("Month before ({0}): {1}; now {2} ({3})").format(
                ", ".join(n or self.tr("draft") for n in change.previous_numbers),
                fmt.money(change.previous_gross),
                fmt.money(change.gross),
                sign + fmt.money(difference),
            )
        ]
        if change.added:
            parts.append(self.tr("New: {0}").format("; ".join(change.added)))
        if change.gone:
            parts.append(self.tr("Gone: {0}").format("; ".join(change.gone)))
        return " · ".join(parts)

    def _update_buttons(self) -> None:
        found = self.selected()
        manager = self.is_manager
        draft = found is not None and found.status is InvoiceStatus.DRAFT
        issued = found is not None and found.status is InvoiceStatus.ISSUED
        line = self.selected_line()
        has_drafts = any(r.status is InvoiceStatus.DRAFT for r in self.model.rows())
        self.run_button.setEnabled(manager)
        self.one_off_button.setEnabled(manager)
        self.issue_button.setEnabled(manager and has_drafts)
        self.line_button.setEnabled(manager and draft)
        self.remove_button.setEnabled(manager and draft and line is not None)
        self.payment_button.setEnabled(
            manager and issued and found is not None and found.open_amount.cents > 0
        )
        self.credit_button.setEnabled(manager and issued)
        self.pdf_button.setEnabled(found is not None)
        self.ubl_action.setEnabled(issued)
        self.sepa_action.setEnabled(manager)

    def _on_view_selection_changed(self, *_args: Any) -> None:
        sender = self.sender()
        if sender is self.view.selectionModel():
            self._show_lines()
        self._update_buttons()

    def _on_month_current_index_changed(self, _index: int) -> None:
        self._name_run_button()
        self.reload()

    # -- the run

    def run(self, *, wait: bool = False) -> Job | None:
        """Run the chosen month off the GUI thread, with a progress dialog
        that can stop it (nothing is changed then)."""
        if not self.is_manager or self.job is not None:
            return None
        actor = self.core.require_actor()
        month = self.chosen_month()
        today = self.today()

        def work(progress: Any) -> billing.RunResult:
            result: billing.RunResult = self.core.write(
                lambda s: billing.run_month(s, actor, month, today=today, progress=progress)
            )
            # PDFs an earlier issue did not get to store
            self.core.repair_documents()
            return result

        return self._start(
            self.tr("Running invoices for {0}").format(month.key), work, self._run_done, wait
        )

    def _start(
        self, title: str, work: Callable[[Any], Any], done: Callable[[Any], None], wait: bool
    ) -> Job:
        """``work(progress)`` on a thread; when it went well the page reads
        again, tells the others, and ``done(result)`` reports it. Stopped, it
        says so; refused, it shows why (nothing was changed either way)."""

        def finished(result: Any, error: Any) -> None:
            self.job = None
            if isinstance(error, Cancelled):
                self.notify(str(error))
                return
            if isinstance(error, HubdeskError):
                self._warn(error)
                return
            if error is not None:
                raise error
            self.reload()
            self.data_changed.emit({"invoice"})
            done(result)

        job = Job(self, title, work)
        job.finished.connect(finished)
        self.job = job.start()
        if wait:
            job.wait()
        return job

    def _run_done(self, result: billing.RunResult) -> None:
        text = result.summary
        if result.skipped:
            text += "\n\n" + "\n".join(f"• {note}" for note in result.skipped)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Invoice run"), text, parent=self)
        box.open()
        self.last_message = box

    def ask_issue(self) -> QMessageBox | None:
        drafts = [r for r in self.model.rows() if r.status is InvoiceStatus.DRAFT]
        if not drafts or not self.is_manager:
            return None
        total = sum((r.gross_total for r in drafts), start=Money(0))
        ids = [r.id for r in drafts]
        return self.ask(
            self.tr("Issue invoices"),
            self.tr(
                "Issue {0} draft invoices ({1} in all)? They get their numbers now and "
                "can no longer be changed, only credited."
            ).format(len(drafts), fmt.money(total)),
            self.tr("Issue"),
            lambda: self.issue(ids),
        )

    def issue(self, invoice_ids: list[int], *, wait: bool = False) -> Job | None:
        if self.job is not None:
            return None
        actor = self.core.require_actor()
        today = self.today()

        def work(progress: Any) -> billing.IssueResult:
            result: billing.IssueResult = self.core.issue_invoices(
                actor, invoice_ids, today=today, progress=progress
            )
            return result

        return self._start(self.tr("Issuing invoices"), work, self._issue_done, wait)

    def _issue_done(self, result: billing.IssueResult) -> None:
        numbers = result.numbers
        self.notify(
            self.tr("Issued {0} invoices: {1} to {2}.").format(
                len(numbers), numbers[0], numbers[-1]
            )
        )

    # -- one invoice

    def _open(self, dialog: Any) -> Any:
        invoice_id = dialog.invoice.id
        dialog.accepted.connect(lambda: self._changed(invoice_id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_one_off(self) -> OneOffDialog | None:
        if not self.is_manager:
            return None
        dialog = OneOffDialog(self.core, self.today(), self)
        dialog.accepted.connect(lambda: self._one_off_added(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _one_off_added(self, dialog: OneOffDialog) -> None:
        if dialog.saved is not None:
            month = pydate(dialog.charge_on.date()).strftime("%Y-%m")
            self.notify(
                self.tr("Charge added: the run of {0} puts it on the invoice.").format(month)
            )

    def open_line(self) -> LineDialog | None:
        found = self.selected()
        if found is None or found.status is not InvoiceStatus.DRAFT or not self.is_manager:
            return None
        dialog: LineDialog = self._open(LineDialog(self.core, found, self))
        return dialog

    def remove_line(self) -> bool:
        line = self.selected_line()
        found = self.selected()
        if line is None or found is None:
            return False
        actor = self.core.require_actor()
        try:
            self.core.write(lambda s: billing.remove_line(s, actor, line.id))
        except HubdeskError as error:
            self._warn(error)
            return False
        self._changed(found.id)
        return True

    def open_payment(self) -> PaymentDialog | None:
        found = self.selected()
        if found is None or found.status is not InvoiceStatus.ISSUED or not self.is_manager:
            return None
        dialog: PaymentDialog = self._open(PaymentDialog(self.core, found, self.today(), self))
        return dialog

    def open_credit(self) -> CreditDialog | None:
        found = self.selected()
        if found is None or found.status is not InvoiceStatus.ISSUED or not self.is_manager:
            return None
        dialog: CreditDialog = self._open(CreditDialog(self.core, found, self))
        return dialog

    def _changed(self, invoice_id: int) -> None:
        self.reload()
        self.select(invoice_id)
        self.data_changed.emit({"invoice"})

    def _on_pdf_button_clicked(self) -> None:
        self.write_pdf()

    def _invoice_pdf(self, invoice_id: int) -> bytes:
        """An invoice's PDF: as issued, or a draft's preview."""
        render = _invoice_renderer()
        data: bytes = self.core.read(
            lambda s: billing.stored_pdf(s, invoice_id) or render(s, invoice_id)
        )
        return data

    def print_sheet(self) -> bool:
        """Ctrl+P: the selected invoice (the sheets when none is selected)."""
        found = self.selected()
        if found is None:
            return False
        invoice_id = found.id
        self.print_made(
            lambda: self._invoice_pdf(invoice_id),
            f"{found.number or self.tr('Draft')} {found.customer}",
        )
        return True

    def write_pdf(self, path: str | Path | None = None) -> Path | None:
        """The selected invoice as a PDF file: as issued, or a draft's preview."""
        found = self.selected()
        if found is None:
            return None
        invoice_id = found.id
        return self.save_made(
            lambda: self._invoice_pdf(invoice_id),
            title=self.tr("Save invoice"),
            name=f"{found.number or self.tr('Draft')} {found.customer}.pdf",
            fallback="invoice.pdf",
            file_filter=self.tr("PDF files (*.pdf)"),
            done=self.tr("Invoice written to {0}."),
            path=path,
        )

    # -- exports

    def _on_journal_action_triggered(self) -> None:
        self.write_journal()

    def _on_ubl_action_triggered(self) -> None:
        self.write_ubl()

    def _on_sepa_action_triggered(self) -> None:
        self.open_direct_debit()

    def open_direct_debit(self) -> DirectDebitDialog | None:
        """The month's direct-debit batch for the bank (organisations with a
        mandate); a manager's job."""
        if not self.is_manager:
            return None
        dialog = DirectDebitDialog(self.core, self.chosen_month().key, self.today(), self)
        dialog.accepted.connect(lambda: self._direct_debit_saved(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _direct_debit_saved(self, dialog: DirectDebitDialog) -> None:
        if dialog.saved is not None:
            self.notify(self.tr("Direct debit batch written to {0}.").format(dialog.path))

    def write_journal(self, path: str | Path | None = None) -> Path | None:
        """The chosen month's sales journal for the bookkeeper (CSV)."""
        from hubdesk.services.bookkeeping import journal_csv

        month = self.chosen_month()
        return self.save_made(
            lambda: self.core.read(lambda s: journal_csv(s, month.first, month.last)).encode(
                "utf-8-sig"
            ),
            title=self.tr("Bookkeeping journal"),
            name=self.tr("Journal {0}.csv").format(month.key),
            fallback="journal.csv",
            file_filter=self.tr("CSV files (*.csv)"),
            done=self.tr("Journal written to {0}."),
            path=path,
        )

    def write_ubl(self, path: str | Path | None = None) -> Path | None:
        """The selected issued invoice as an e-invoice (UBL 2.1, Peppol BIS 3)."""
        from hubdesk.reports.ubl import invoice_ubl

        found = self.selected()
        if found is None or found.status is not InvoiceStatus.ISSUED:
            return None
        invoice_id = found.id
        return self.save_made(
            lambda: self.core.read(lambda s: invoice_ubl(s, invoice_id)),
            title=self.tr("E-invoice"),
            name=f"{found.number} {found.customer}.xml",
            fallback="invoice.xml",
            file_filter=self.tr("XML files (*.xml)"),
            done=self.tr("E-invoice written to {0}."),
            path=path,
        )


def _invoice_renderer() -> Any:
    from hubdesk.reports.invoices import invoice_pdf

    return invoice_pdf
