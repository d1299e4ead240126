"""The Billing page: a month's run off the GUI thread, drafts, issuing, a
payment and a credit note, on a real SQLite hub."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from hubdesk.app import Core
from hubdesk.domain.clock import FixedClock
from hubdesk.domain.enums import InvoiceStatus
from hubdesk.domain.money import Money
from hubdesk.services import billing
from hubdesk.services.billing import PaymentState
from hubdesk.ui.pages.billing import BillingPage
from tests.helpers import open_page
from tests.test_billing import TODAY, billing_hub, lease_from_17_september


@pytest.fixture
def clock() -> FixedClock:
    """The hub's clock: 10:00 on TODAY."""
    return FixedClock(datetime.combine(TODAY, time(10), ZoneInfo("Europe/Amsterdam")))


def _page(qtbot: QtBot, core: Core, user: str = "maria") -> BillingPage:
    page: BillingPage = open_page(qtbot, core, BillingPage, user)
    page.month.setCurrentIndex(page.month.findData("2026-09"))
    return page


def _finish(qtbot: QtBot, page: BillingPage) -> None:
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)


def _hub_details(core: Core, organisation_id: int) -> None:
    """What an e-invoice needs of the hub and the customer."""
    from hubdesk.domain.models import HubSettings, Organisation

    with core.db.write() as s:
        settings = s.get(HubSettings, 1)
        assert settings is not None
        settings.address, settings.postcode, settings.city = (
            "Werkplaatskade 7",
            "2516 KX",
            "Den Haag",
        )
        settings.vat_id, settings.kvk = "NL858813994B01", "84700087"
        settings.iban, settings.bic = "NL91ABNA0417164300", "ABNANL2A"
        organisation = s.get(Organisation, organisation_id)
        assert organisation is not None
        organisation.email = "finance@noordzee.example"


def test_run_check_issue_pay_and_credit(qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    hub = billing_hub(core.db)
    lease_from_17_september(core.db, hub)
    _hub_details(core, hub.noordzee)
    page = _page(qtbot, core)
    assert page.run_button.text() == "Run invoices for 2026-09"
    page.run()
    _finish(qtbot, page)
    assert [r.customer for r in page.model.rows()] == ["Stichting Noordzee"]
    assert page.model.rows()[0].state is PaymentState.DRAFT
    page.view.selectRow(0)
    assert [line.amount for line in page.lines_model.rows()] == [Money(42_000), Money(7_000)]
    assert page.change.text() == "No invoice the month before."
    assert page.line_button.isEnabled() and not page.payment_button.isEnabled()
    # running again adds nothing
    page.run()
    _finish(qtbot, page)
    assert "0 lines added" in page.last_message.text()

    draft = page.model.rows()[0]
    preview = page.write_pdf(tmp_path / "draft.pdf")
    assert preview is not None and preview.read_bytes().startswith(b"%PDF")

    page.issue([draft.id])
    _finish(qtbot, page)
    issued = page.model.rows()[0]
    assert issued.status is InvoiceStatus.ISSUED and issued.number == "2026-00001"
    written = page.write_pdf(tmp_path / "issued.pdf")
    assert written is not None
    text = "".join(p.extract_text() for p in PdfReader(written).pages)
    assert "2026-00001" in text

    page.view.selectRow(0)
    ubl = page.write_ubl(tmp_path / "invoice.xml")
    assert ubl is not None, page.last_warning.text() if page.last_warning else ""
    assert b"<cbc:ID>2026-00001</cbc:ID>" in ubl.read_bytes()
    dialog = page.open_payment()
    assert dialog is not None and dialog.amount.text() == "504.70"
    dialog.amount.setText("100.00")
    dialog.ok_button.click()
    assert page.model.rows()[0].open_amount == Money(40_470)

    credit = page.open_credit()
    assert credit is not None
    credit.reason.setPlainText("Moved in a day late")
    credit.ok_button.click()
    assert not credit.isVisible()
    row = page.model.rows()[0]
    assert row.credited == Money(50_470) and row.state is PaymentState.CREDITED
    lines = core.read(lambda s: billing.invoice_lines(s, row.id))
    assert all(line.credited for line in lines)
    # the bookkeeper's journal goes by the month an invoice was issued in
    page.month.setCurrentIndex(page.month.findData("2026-11"))
    journal = page.write_journal(tmp_path / "journal.csv")
    assert journal is not None
    text = journal.read_text(encoding="utf-8-sig")
    assert "2026-00001" in text and "C2026-00001" in text


def test_reception_sees_but_does_not_bill(qtbot: QtBot, core: Core) -> None:
    hub = billing_hub(core.db)
    lease_from_17_september(core.db, hub)
    page = _page(qtbot, core, "anna")
    assert not page.run_button.isEnabled()
    assert page.run() is None
    assert core.read(lambda s: billing.list_invoices(s)) == []


def test_a_refused_issue_lists_what_to_fix(qtbot: QtBot, core: Core) -> None:
    from hubdesk.domain.models import Organisation

    hub = billing_hub(core.db)
    lease_from_17_september(core.db, hub)
    with core.db.write() as s:
        organisation = s.get(Organisation, hub.noordzee)
        assert organisation is not None
        organisation.billing_address = ""
    page = _page(qtbot, core)
    page.run()
    _finish(qtbot, page)
    page.issue([r.id for r in page.model.rows()])
    _finish(qtbot, page)
    assert page.last_warning is not None
    assert "no billing address" in page.last_warning.text()
    assert page.model.rows()[0].status is InvoiceStatus.DRAFT


def test_the_organisation_shows_what_it_has_not_paid(
    qtbot: QtBot, core: Core, clock: FixedClock
) -> None:
    from hubdesk.services.audit import SYSTEM
    from hubdesk.ui.pages.organisations import OrganisationsPage

    hub = billing_hub(core.db)
    lease_from_17_september(core.db, hub)

    def issue(s: object) -> None:
        month = billing.Month.parse("2026-09")
        drafts = billing.run_month(s, SYSTEM, month, today=TODAY).drafts  # type: ignore[arg-type]
        billing.issue(s, SYSTEM, drafts, today=TODAY)  # type: ignore[arg-type]

    core.write(issue)
    clock.advance(timedelta(days=21))
    page = open_page(qtbot, core, OrganisationsPage, "anna")
    assert page.select_id(hub.noordzee)
    label = page.memberships.open_invoices
    assert label.isVisibleTo(page)
    # due 14 days after 2 November: overdue three weeks later
    assert label.text() == "Open invoices: 1 (€504.70) · 1 overdue"
    assert "2026-00001" in label.toolTip()
    page.select_id(hub.kustlab)
    assert not label.isVisibleTo(page)


def test_a_direct_debit_batch_for_the_bank(qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    from datetime import date

    from hubdesk.domain.models import HubSettings, Organisation
    from hubdesk.services.audit import SYSTEM

    hub = billing_hub(core.db)
    lease_from_17_september(core.db, hub)
    _hub_details(core, hub.noordzee)
    with core.db.write() as s:
        organisation = s.get(Organisation, hub.noordzee)
        assert organisation is not None
        organisation.iban, organisation.bic = "NL02ABNA0123456789", "ABNANL2A"
        organisation.sepa_mandate_id = "WP-202601-00042"
        organisation.sepa_mandate_signed_on = date(2026, 1, 5)

    def issue(s: object) -> None:
        month = billing.Month.parse("2026-09")
        drafts = billing.run_month(s, SYSTEM, month, today=TODAY).drafts  # type: ignore[arg-type]
        billing.issue(s, SYSTEM, drafts, today=TODAY)  # type: ignore[arg-type]

    core.write(issue)
    page = _page(qtbot, core)
    dialog = page.open_direct_debit()
    assert dialog is not None
    assert dialog.summary.text() == "1 invoices, €504.70 in all (1 first collections)"
    dialog.path = tmp_path / "sepa.xml"
    dialog.ok_button.click()
    # no creditor id yet: refused, nothing written
    assert dialog.isVisible() and not (tmp_path / "sepa.xml").exists()
    with core.db.write() as s:
        settings = s.get(HubSettings, 1)
        assert settings is not None
        settings.sepa_creditor_id = "NL57ZZZ999999999999"
    dialog.ok_button.click()
    assert not dialog.isVisible()
    xml = (tmp_path / "sepa.xml").read_bytes()
    assert b"pain.008.001.02" in xml and b"2026-00001" in xml and b"<SeqTp>FRST</SeqTp>" in xml


def test_a_one_off_charge_goes_on_the_month_s_invoice(qtbot: QtBot, core: Core) -> None:
    from PySide6.QtCore import QDate

    hub = billing_hub(core.db)
    lease_from_17_september(core.db, hub)
    page = _page(qtbot, core)
    dialog = page.open_one_off()
    assert dialog is not None
    dialog.charge_on.setDate(QDate(2026, 9, 25))
    dialog.description.setText("Catering for the launch")
    dialog.quantity.setText("2")
    dialog.unit_price.setText("-12.50")
    dialog.ok_button.click()
    # a negative price, and nobody to charge: refused at their fields
    assert dialog.isVisible()
    assert dialog.errors.message("unit_price") or dialog.errors.message("customer")
    dialog.organisation.setEditText("Stichting Noordzee")
    dialog.unit_price.setText("12.50")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    page.run()
    _finish(qtbot, page)
    page.view.selectRow(0)
    assert [(line.description, line.amount) for line in page.lines_model.rows()][-1] == (
        "Catering for the launch",
        Money(2_500),
    )
