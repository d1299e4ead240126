"""An issued invoice (or credit note) never changes, as data: its PDF and its
e-invoice are made from the snapshot taken with its number, whatever happens
to the hub's or the customer's details later; a PDF lost to a killed run is
made again, byte for byte, by the next run, ``hubdesk check`` or the Billing
page; nothing is numbered without the hub's own details; and two desks
issuing one month are told apart honestly."""

from __future__ import annotations

import io
import multiprocessing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from pypdf import PdfReader
from sqlalchemy import func, select, update

from hubdesk.db import Database
from hubdesk.domain.enums import InvoiceStatus
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.models import (
    CreditNote,
    HubSettings,
    Invoice,
    InvoiceLine,
    NumberSequence,
    Organisation,
    VatCategory,
)
from hubdesk.reports.invoices import credit_note_pdf, invoice_pdf
from hubdesk.reports.ubl import credit_note_ubl, invoice_ubl
from hubdesk.services import billing
from hubdesk.services.audit import SYSTEM
from tests.helpers import T0, complete_hub_details
from tests.test_billing import SEPTEMBER, TODAY, billing_hub, lease_from_17_september


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _issue_september(db: Database) -> tuple[int, int]:
    """Stichting Noordzee's September invoice issued with its PDF, and a
    credit note of its service charge; their ids."""
    hub = billing_hub(db)
    lease_from_17_september(db, hub)
    with db.write() as s:
        organisation = s.get(Organisation, hub.noordzee)
        assert organisation is not None
        organisation.kvk, organisation.email = "41150390", "finance@noordzee.example"
        drafts = billing.run_month(s, SYSTEM, SEPTEMBER, today=TODAY).drafts
        issued = billing.issue(s, SYSTEM, drafts, today=TODAY, render=invoice_pdf)
        (invoice_id,) = issued.invoice_ids
        service = s.scalars(
            select(InvoiceLine.id).where(
                InvoiceLine.invoice_id == invoice_id, InvoiceLine.vat_category_code == "high"
            )
        ).one()
        note_id = billing.credit(
            s,
            SYSTEM,
            invoice_id,
            "Service charge waived",
            line_ids=[service],
            today=TODAY,
            render=credit_note_pdf,
        )
    return invoice_id, note_id


def _change_everything(db: Database, organisation_name: str = "Stichting Noordzee") -> None:
    """What happens after issue: the organisation signs a mandate and moves,
    the hub moves and changes bank, a VAT category gets another text."""
    with db.write() as s:
        organisation = s.scalars(
            select(Organisation).where(Organisation.name == organisation_name)
        ).one()
        organisation.iban, organisation.bic = "NL02ABNA0123456789", "ABNANL2A"
        organisation.sepa_mandate_id = "WP-202612-00001"
        organisation.sepa_mandate_signed_on = date(2026, 12, 1)
        organisation.billing_address, organisation.city = "Nieuwe Haven 9", "Rotterdam"
        organisation.kvk, organisation.email = "99999999", "new@noordzee.example"
        settings = s.get(HubSettings, 1)
        assert settings is not None
        settings.name = "Impact Hub Rotterdam"
        settings.address, settings.postcode, settings.city = "Coolsingel 1", "3011 AD", "Rotterdam"
        settings.iban, settings.bic = "NL20INGB0001234567", "INGBNL2A"
        settings.vat_id, settings.kvk = "NL001234567B01", "12345678"
        for category in s.scalars(select(VatCategory)):
            category.invoice_text = "Changed text"


def test_an_issued_invoice_shows_what_it_was_issued_with(db: Database) -> None:
    invoice_id, note_id = _issue_september(db)
    with db.read() as s:
        ubl = invoice_ubl(s, invoice_id)
        note_ubl = credit_note_ubl(s, note_id)
        stored = billing.stored_pdf(s, invoice_id)
        note_pdf = credit_note_pdf(s, note_id)
    assert stored is not None
    assert b'<cbc:PaymentMeansCode name="Credit transfer">30</cbc:PaymentMeansCode>' in ubl
    _change_everything(db)
    with db.read() as s:
        assert invoice_ubl(s, invoice_id) == ubl
        assert credit_note_ubl(s, note_id) == note_ubl
        # drawn again from the snapshot alone: the same bytes as issued
        assert invoice_pdf(s, invoice_id, use_stored=False) == stored
        assert credit_note_pdf(s, note_id, use_stored=False) == note_pdf
        snapshot = s.scalar(select(Invoice.snapshot).where(Invoice.id == invoice_id))
    text = _text(stored)
    assert "Werkplaatskade 7" in text and "NL91ABNA0417164300" in text
    assert "Rotterdam" not in text and "Coolsingel" not in text
    assert snapshot is not None and snapshot["number"] == "2026-00001"
    assert snapshot["hub"]["iban"] == "NL91ABNA0417164300"
    assert snapshot["customer"]["kvk"] == "41150390"
    assert snapshot["totals"]["gross"] == 50_470


def test_nothing_is_issued_without_the_hub_s_own_details(db: Database) -> None:
    hub = billing_hub(db)
    lease_from_17_september(db, hub)
    with db.write() as s:
        settings = s.get(HubSettings, 1)
        assert settings is not None
        settings.address = settings.postcode = settings.city = ""
        settings.vat_id = settings.kvk = settings.iban = ""
        drafts = billing.run_month(s, SYSTEM, SEPTEMBER, today=TODAY).drafts
    with pytest.raises(ValidationError) as refused, db.write() as s:
        billing.issue(s, SYSTEM, drafts, today=TODAY)
    message = refused.value.message
    assert refused.value.field == "hub"
    for missing in ("address", "VAT id or KvK number", "IBAN"):
        assert missing in message
    assert "name" not in message.split("missing:")[1]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(NumberSequence)) == 0
        assert set(s.scalars(select(Invoice.status))) == {InvoiceStatus.DRAFT}
    # a KvK number is enough without a VAT id
    with db.write() as s:
        complete_hub_details(s)
        settings = s.get(HubSettings, 1)
        assert settings is not None
        settings.vat_id = ""
    with db.write() as s:
        (invoice_id,) = billing.issue(s, SYSTEM, drafts, today=TODAY).invoice_ids
    # a credit note is refused the same way
    with db.write() as s:
        settings = s.get(HubSettings, 1)
        assert settings is not None
        settings.iban = ""
    with pytest.raises(ValidationError, match="IBAN"), db.write() as s:
        billing.credit(s, SYSTEM, invoice_id, "wrong", today=TODAY)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(CreditNote)) == 0


def test_a_new_hub_issues_nothing_as_our_hub(tmp_path: Path) -> None:
    """A hub nobody has set up: the run drafts, issuing refuses, in Dutch too."""
    from hubdesk.app import Core
    from hubdesk.domain.i18n import set_language
    from hubdesk.domain.models import HubSettings

    core = Core.open(tmp_path / "hub.sqlite")
    try:
        hub = billing_hub(core.db)
        lease_from_17_september(core.db, hub)
        with core.db.write() as s:
            s.execute(
                update(HubSettings).values(address="", postcode="", city="", vat_id="", iban="")
            )
        drafts = core.write(lambda s: billing.run_month(s, SYSTEM, SEPTEMBER, today=TODAY)).drafts
        set_language("nl")
        try:
            with pytest.raises(ValidationError) as refused:
                core.write(lambda s: billing.issue(s, SYSTEM, drafts, today=TODAY))
        finally:
            set_language("en")
        assert "Er is niets uitgereikt" in refused.value.message
        assert "IBAN" in refused.value.message
        assert core.read(lambda s: s.scalar(select(func.count(Invoice.number)))) == 0
    finally:
        core.close()


# ----------------------------------------------------------- older databases


def _old_database(url: str) -> None:
    """A hub at schema 0005 with an issued invoice and a credit note, written
    as hubdesk 0005 wrote them."""
    from alembic import command
    from alembic.config import Config

    from hubdesk import migrations
    from hubdesk.services.hub import DEFAULT_VAT_CATEGORIES

    engine = sa.create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")

        def insert(model: Any, **values: Any) -> int:
            table = model.__table__
            row = connection.execute(sa.insert(table).values(**values).returning(table.c.id))
            return int(row.scalar_one())

        insert(
            HubSettings,
            id=1,
            name="Impact Hub Den Haag",
            address="Werkplaatskade 7",
            postcode="2516 KX",
            city="Den Haag",
            country="NL",
            email="",
            phone="",
            vat_id="NL858813994B01",
            kvk="84700087",
            iban="NL91ABNA0417164300",
            bic="ABNANL2A",
            sepa_creditor_id="",
            time_zone="Europe/Amsterdam",
            opening_hours={},
            invoice_number_format="{year}-{seq:05d}",
            credit_note_number_format="C{year}-{seq:05d}",
            payment_term_days=14,
            cancellation_free_hours=24,
            language="en",
        )
        for code, name, rate, exempt, reverse, text in DEFAULT_VAT_CATEGORIES:
            insert(
                VatCategory,
                code=code,
                name=name,
                rate_bp=rate,
                exempt=exempt,
                reverse_charge_eu_b2b=reverse,
                invoice_text=text,
                active=True,
            )
        from hubdesk.domain.enums import OrganisationKind
        from hubdesk.domain.money import Money

        org = insert(
            Organisation,
            name="Stichting Noordzee",
            kind=OrganisationKind.NGO,
            email="finance@noordzee.example",
            phone="",
            website="",
            vat_id="",
            kvk="41150390",
            iban="NL02ABNA0123456789",
            bic="",
            sepa_mandate_id="WP-202601-00042",
            sepa_mandate_signed_on=date(2026, 1, 5),
            billing_address="Laan van Meerdervoort 1",
            postcode="2517 AA",
            city="Den Haag",
            country="NL",
            language="nl",
            notes="",
            archived=False,
            created_at=T0,
        )
        invoice = insert(
            Invoice,
            number="2026-00001",
            status="issued",
            organisation_id=org,
            run_month="2026-09",
            period_start=date(2026, 9, 1),
            period_end=date(2026, 9, 30),
            issue_date=date(2026, 10, 2),
            due_date=date(2026, 10, 16),
            billing_name="Stichting Noordzee",
            billing_address="Laan van Meerdervoort 1",
            billing_postcode="2517 AA",
            billing_city="Den Haag",
            billing_country="NL",
            billing_vat_id="",
            language="nl",
            net_total=Money(10_000),
            vat_total=Money(2_100),
            gross_total=Money(12_100),
            created_at=T0,
            issued_at=T0,
        )
        line = insert(
            InvoiceLine,
            invoice_id=invoice,
            position=1,
            description="Lidmaatschap Community, sep 2026",
            quantity_milli=1000,
            unit_price=Money(10_000),
            amount=Money(10_000),
            vat_category_code="high",
            vat_rate_bp=2100,
            product="membership",
            source_key="membership:1:2026-09",
        )
        from hubdesk.domain.models import CreditNoteLine

        note = insert(
            CreditNote,
            number="C2026-00001",
            invoice_id=invoice,
            issue_date=date(2026, 10, 9),
            reason="Lid gestopt",
            net_total=Money(-10_000),
            vat_total=Money(-2_100),
            gross_total=Money(-12_100),
            issued_at=T0,
        )
        insert(
            CreditNoteLine,
            credit_note_id=note,
            invoice_line_id=line,
            position=1,
            description="Lidmaatschap Community, sep 2026",
            quantity_milli=1000,
            unit_price=Money(-10_000),
            amount=Money(-10_000),
            vat_category_code="high",
            vat_rate_bp=2100,
        )
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def old_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'old.sqlite'}"
    from tests.conftest import _fresh_pg_database

    return _fresh_pg_database(request.getfixturevalue("pg_server"))


def test_documents_issued_before_snapshots_get_theirs_on_upgrade(old_url: str, clock: Any) -> None:
    from hubdesk.domain.documents import DocumentSnapshot
    from hubdesk.domain.snapshots import live_credit_note_snapshot, live_invoice_snapshots

    _old_database(old_url)
    database = Database.open(old_url, clock=clock)
    try:
        with database.read() as s:
            invoice_id = s.scalar(select(Invoice.id))
            note_id = s.scalar(select(CreditNote.id))
            assert invoice_id is not None and note_id is not None
            stored = s.scalar(select(Invoice.snapshot).where(Invoice.id == invoice_id))
            stored_note = s.scalar(select(CreditNote.snapshot).where(CreditNote.id == note_id))
            assert stored is not None and stored_note is not None
            # what the upgrade froze is what the rows said then
            live = live_invoice_snapshots(s, [invoice_id])[invoice_id]
            assert DocumentSnapshot.from_json(stored) == live
            assert stored == live.to_json()
            live_note = live_credit_note_snapshot(s, note_id)
            assert live_note is not None and stored_note == live_note.to_json()
            assert stored["customer"]["mandate_id"] == "WP-202601-00042"
            ubl = invoice_ubl(s, invoice_id)
            pdf = invoice_pdf(s, invoice_id)
        assert b">59</cbc:PaymentMeansCode>" in ubl
        assert "Factuur 2026-00001" in _text(pdf)
        with database.write() as s:
            organisation = s.scalars(select(Organisation)).one()
            organisation.sepa_mandate_id = ""
            settings = s.get(HubSettings, 1)
            assert settings is not None
            settings.iban = "NL20INGB0001234567"
        with database.read() as s:
            assert invoice_ubl(s, invoice_id) == ubl
            assert invoice_pdf(s, invoice_id) == pdf
    finally:
        database.close()


# ------------------------------------------------------ two desks, one month


def _month_issuer(url: str, invoice_ids: list[int], barrier: Any, results: Any) -> None:
    database = Database.open(url)
    barrier.wait()
    try:
        with database.write() as session:
            numbers = billing.issue(session, SYSTEM, invoice_ids, today=TODAY).numbers
        results.put(("issued", list(numbers)))
    except Exception as error:
        results.put((type(error).__name__, str(error)))
    finally:
        database.close()


def test_the_loser_of_two_desks_issuing_a_month_is_told_so(any_db: Database) -> None:
    from tests.test_billing import _drafts

    with any_db.write() as s:
        complete_hub_details(s)
        ids = _drafts(s, 20)
        s.execute(update(Invoice).values(run_month="2026-09"))
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    desks = [
        context.Process(target=_month_issuer, args=(any_db.url, ids, barrier, results))
        for _ in range(2)
    ]
    for desk in desks:
        desk.start()
    outcomes = sorted(results.get(timeout=240) for _ in desks)
    for desk in desks:
        desk.join(timeout=60)
    (loser, lost), (winner, numbers) = outcomes
    assert winner == "issued" and numbers == [f"2026-{n:05d}" for n in range(1, 21)]
    assert loser == "IssuingElsewhere", lost
    assert "Another desk is issuing this month (2026-09)" in lost
    with any_db.read() as s:
        assert s.scalar(select(func.max(NumberSequence.last_value))) == 20
        assert sorted(s.scalars(select(Invoice.number))) == numbers


# ------------------------------------------------- PDFs lost to a killed run


def _issue_with_pdfs(core: Any) -> dict[str, bytes]:
    """Two invoices issued the way the desk issues them (PDFs drawn after
    the numbers) and a credit note; every stored PDF by number."""
    from hubdesk.services import plans
    from hubdesk.services.plans import MembershipInput, PlanInput

    hub = billing_hub(core.db)
    lease_from_17_september(core.db, hub)
    with core.db.write() as s:
        plan = plans.create_plan(s, SYSTEM, PlanInput("Community", "community", "25.00", "high")).id
        plans.create_membership(
            s,
            SYSTEM,
            MembershipInput(plan_id=plan, start_date=date(2026, 1, 1), organisation_id=hub.kustlab),
        )
        drafts = billing.run_month(s, SYSTEM, SEPTEMBER, today=TODAY).drafts
    issued = core.issue_invoices(SYSTEM, drafts, today=TODAY)
    with core.db.write() as s:
        billing.credit(s, SYSTEM, issued.invoice_ids[0], "Moved in late", today=TODAY)
    return _stored_pdfs(core.db)


def _stored_pdfs(db: Database) -> dict[str, bytes]:
    with db.read() as s:
        found = dict(s.execute(select(Invoice.number, Invoice.pdf)).all())
        found.update(dict(s.execute(select(CreditNote.number, CreditNote.pdf)).all()))
    return found


def _lose_pdfs(db: Database) -> None:
    """What a kill -9 between the numbers and the PDFs leaves; and the hub's
    details changed since, which the PDFs drawn again must not show."""
    with db.write() as s:
        s.execute(update(Invoice).values(pdf=None))
        s.execute(update(CreditNote).values(pdf=None))
        s.execute(update(HubSettings).values(name="Renamed hub", iban="NL20INGB0001234567"))
    assert set(_stored_pdfs(db).values()) == {None}


def test_the_run_check_and_page_draw_lost_pdfs_again(
    qtbot: Any, core: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from hubdesk.cli import main
    from hubdesk.ui.pages.billing import BillingPage
    from tests.helpers import open_page

    issued = _issue_with_pdfs(core)
    assert sorted(issued) == ["2026-00001", "2026-00002", "C2026-00001"]
    # the credit note was issued without a PDF: the next run draws it
    assert issued["C2026-00001"] is None
    path = core.db.url.removeprefix("sqlite:///")

    assert main(["invoice-run", "--month", "2026-09", "--db", path]) == 0
    assert "Restored the PDFs of 0 issued invoices and 1 credit notes" in capsys.readouterr().out
    originals = _stored_pdfs(core.db)
    assert all(originals.values())
    assert "corrects invoice 2026-00001" in _text(originals["C2026-00001"])

    _lose_pdfs(core.db)
    assert main(["invoice-run", "--month", "2026-09", "--db", path]) == 0
    assert "Restored the PDFs of 2 issued invoices and 1 credit notes" in capsys.readouterr().out
    assert _stored_pdfs(core.db) == originals

    _lose_pdfs(core.db)
    assert main(["check", "--db", path]) == 0
    out = capsys.readouterr().out
    assert "Restored the PDFs of 2 issued invoices and 1 credit notes" in out and "ok" in out
    assert _stored_pdfs(core.db) == originals

    _lose_pdfs(core.db)
    page = open_page(qtbot, core, BillingPage, "anna")
    qtbot.waitUntil(
        lambda: page.job is None and all(_stored_pdfs(core.db).values()), timeout=30_000
    )
    assert _stored_pdfs(core.db) == originals
    assert "Renamed hub" not in _text(originals["2026-00002"])


_RUN = """
import json, os, sys, time
from multiprocessing import resource_tracker
from hubdesk.db import Database
from hubdesk.reports.invoice_batch import InvoiceDrawer

if __name__ == "__main__":
    database = Database.open(sys.argv[1])
    with InvoiceDrawer(database, 100, workers=2) as drawer:
        pool = drawer.pool
        for _ in range(8):
            pool.submit(os.getpid).result()
        while len(pool._processes) < 2:
            time.sleep(0.05)
        tracker = resource_tracker._resource_tracker._pid
        print(json.dumps({"workers": sorted(pool._processes), "tracker": tracker}), flush=True)
        time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_pdf_workers_die_with_a_killed_run(db: Database, tmp_path: Path) -> None:
    import json
    import os
    import signal
    import subprocess
    import sys
    import time

    script = tmp_path / "run.py"
    script.write_text(_RUN)
    run = subprocess.Popen(
        [sys.executable, str(script), db.url],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])},
    )
    started: list[int] = []
    try:
        assert run.stdout is not None
        found = json.loads(run.stdout.readline())
        started = [*found["workers"], *([found["tracker"]] if found["tracker"] else [])]
        assert len(found["workers"]) == 2 and all(_alive(pid) for pid in started)
        os.kill(run.pid, signal.SIGKILL)
        run.wait(timeout=30)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(_alive(pid) for pid in started):
            time.sleep(0.1)
        assert [pid for pid in started if _alive(pid)] == []
    finally:
        run.kill()
        for pid in started:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
