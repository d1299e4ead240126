"""The indexation letter: a PDF in the tenant's language with the figures."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from hubdesk.db import Database
from hubdesk.domain.enums import Language, SpaceKind
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.models import HubSettings
from hubdesk.domain.money import Money
from hubdesk.reports.letters import format_money, indexation_letter
from hubdesk.services import leases
from hubdesk.services.audit import SYSTEM
from hubdesk.services.leases import LeaseInput
from tests.helpers import add_organisation, add_space

DATED = date(2026, 1, 5)


def _lease(
    database: Database, name: str, *, language: Language = Language.EN, **extra: object
) -> int:
    with database.write() as session:
        if session.get(HubSettings, 1) is None:
            session.add(HubSettings(id=1, name="Impact Hub Den Haag"))
        hub = session.get(HubSettings, 1)
        assert hub is not None
        hub.address, hub.postcode, hub.city = "Spui 1", "2511 BL", "Den Haag"
        hub.kvk, hub.vat_id = "12345678", "NL123456782B01"
        org = add_organisation(session, name)
        org.language = language
        org.billing_address, org.postcode, org.city = "Lange Voorhout 9", "2514 EA", "Den Haag"
        offices = [
            add_space(session, f"Office {name[:20]} {n}", SpaceKind.PRIVATE_OFFICE).id
            for n in ("Zee", "Duin")
        ]
        values: dict[str, object] = {
            "organisation_id": org.id,
            "office_ids": offices,
            "start_date": date(2025, 1, 1),
            "rent": Money(123_456),
            "service_charge": Money(12_500),
            "indexation_bp": 350,
        }
        values.update(extra)
        lease = leases.create_lease(session, SYSTEM, LeaseInput(**values))  # type: ignore[arg-type]
        leases.activate_lease(session, SYSTEM, lease.id)
        return lease.id


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_letter_names_the_figures_and_is_deterministic(db: Database) -> None:
    lease_id = _lease(db, "Pier Labs")
    with db.write() as session:
        leases.index_lease(session, SYSTEM, lease_id)
    with db.read() as session:
        pdf = indexation_letter(session, lease_id, dated=DATED)
        again = indexation_letter(session, lease_id, dated=DATED)
    assert pdf.startswith(b"%PDF") and pdf == again
    text = _text(pdf)
    # 1234.56 * 1.035 = 1277.7696 -> 1277.77
    for expected in (
        "€1,234.56",
        "€1,277.77",
        "1 January 2026",
        "3.5 %",
        "€125.00",
        "Pier Labs",
        "Office Pier Labs Duin",
        "Office Pier Labs Zee",
        "Impact Hub Den Haag",
        "12345678",
        "NL123456782B01",
        "Lange Voorhout 9",
        "5 January 2026",
    ):
        assert expected in text, expected
    assert b"DejaVuSans" in pdf


@pytest.mark.parametrize("name", ["<b>Acme & Co", "مؤسسة الأمل", 'O\'Brien & "Sons" <i>'])
def test_odd_tenant_names_print_literally(db: Database, name: str) -> None:
    lease_id = _lease(db, name)
    with db.write() as session:
        leases.index_lease(session, SYSTEM, lease_id)
    with db.read() as session:
        text = _text(indexation_letter(session, lease_id, dated=DATED))
    if name.isascii():
        assert name in text
    else:
        # ReportLab draws the letters in stored order without shaping them
        # (no bidi library); pypdf reads that run back reversed
        assert name[::-1] in text


def test_dutch_tenant_gets_a_dutch_letter_with_index_figures(db: Database) -> None:
    lease_id = _lease(db, "Stichting Noordzee", language=Language.NL, base_index="100.0")
    with db.write() as session:
        leases.index_lease(session, SYSTEM, lease_id, index_figure="103.1")
    with db.read() as session:
        text = _text(indexation_letter(session, lease_id, date(2026, 1, 1), dated=DATED))
    for expected in (
        "Indexering van uw huur per 1 januari 2026",
        "Geachte heer, mevrouw,",
        "€ 1.234,56",
        "€ 1.272,83",
        "100,0 → 103,1",
        "De servicekosten van € 125,00 per maand blijven gelijk",
        "5 januari 2026",
    ):
        assert expected in text, expected
    assert "Dear" not in text


def test_second_year_letter_starts_from_the_first_years_rent(db: Database) -> None:
    lease_id = _lease(db, "Pier Labs")
    with db.write() as session:
        leases.index_lease(session, SYSTEM, lease_id)
        leases.index_lease(session, SYSTEM, lease_id)
    with db.read() as session:
        latest = _text(indexation_letter(session, lease_id, dated=DATED))
        first = _text(indexation_letter(session, lease_id, date(2026, 1, 1), dated=DATED))
    # 1277.77 * 1.035 = 1322.491... -> 1322.49
    assert "€1,277.77" in latest and "€1,322.49" in latest and "1 January 2027" in latest
    assert "€1,322.49" not in first


def test_no_indexation_recorded_is_refused(db: Database) -> None:
    lease_id = _lease(db, "Pier Labs")
    with db.read() as session, pytest.raises(ValidationError) as refused:
        indexation_letter(session, lease_id)
    assert refused.value.field == "indexation"
    assert "no indexation recorded" in refused.value.message
    with db.write() as session:
        leases.index_lease(session, SYSTEM, lease_id)
    with db.read() as session, pytest.raises(ValidationError):
        indexation_letter(session, lease_id, date(2026, 2, 1))


def test_logo_is_drawn_and_page_renders(db: Database, tmp_path: Path) -> None:
    lease_id = _lease(db, "Pier Labs")
    with db.write() as session:
        leases.index_lease(session, SYSTEM, lease_id)
        hub = session.get(HubSettings, 1)
        assert hub is not None
        hub.logo_png = _tiny_png()
    with db.read() as session:
        pdf = indexation_letter(session, lease_id, dated=DATED)
    assert b"/Subtype /Image" in pdf
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    if shutil.which("pdftoppm"):
        (tmp_path / "letter.pdf").write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "40", "-singlefile", "letter.pdf", "letter"],
            cwd=tmp_path,
            check=True,
        )
        assert (tmp_path / "letter.png").stat().st_size > 1000


def _tiny_png() -> bytes:
    import struct
    import zlib

    width, height = 60, 20
    raw = b"".join(b"\x00" + b"\x20\x60\xa0" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def test_money_formats() -> None:
    assert format_money(Money(123_456_789), Language.NL) == "€\u00a01.234.567,89"
    assert format_money(Money(-5), Language.EN) == "-€0.05"
