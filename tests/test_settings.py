"""The hub's settings, VAT categories and the audit log on real databases:
every validation, manager-only changes, audit entries with old and new values,
and filtering the audit log."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hubdesk.db import Database
from hubdesk.domain.enums import Language, StaffRole
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.models import AuditEntry, HubSettings, VatCategory
from hubdesk.services import hub, staff
from hubdesk.services.audit import SYSTEM, Actor
from hubdesk.services.settings import (
    LOGO_MAX_BYTES,
    PNG_MAGIC,
    AuditRecord,
    HubSettingsInput,
    HubSettingsRecord,
    NotFound,
    VatCategoryInput,
    audit_actors,
    audit_entities,
    clear_logo,
    get_settings,
    list_audit,
    list_vat_categories,
    percent_text,
    rate_bp,
    save_vat_category,
    set_logo,
    set_vat_category_active,
    update_settings,
    value_text,
)
from hubdesk.services.staff import PermissionDenied
from tests.helpers import T0

PNG = PNG_MAGIC + b"\x00\x00\x00\rIHDR" + b"\x00" * 40
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 40
CLOSED_WEEKEND = (("08:00", "18:00"),) * 5 + (None, None)


@pytest.fixture
def hub_db(db: Database) -> Database:
    with db.write() as session:
        hub.ensure_defaults(session, "Impact Hub Den Haag")
    return db


@pytest.fixture
def manager(hub_db: Database) -> Actor:
    with hub_db.write() as session:
        maria = staff.create_first_manager(session, "maria", "Maria Jansen", "correct horse")
    return Actor(maria.display_name, maria.id, maria.role)


@pytest.fixture
def reception(hub_db: Database, manager: Actor) -> Actor:
    with hub_db.write() as session:
        anna = staff.add_staff(
            session, manager, "anna", "Anna de Vries", "reception pw", StaffRole.RECEPTION
        )
    return Actor(anna.display_name, anna.id, anna.role)


def _settings(db: Database) -> HubSettingsRecord:
    with db.read() as session:
        return get_settings(session)


def _audit_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def _form(db: Database, **changes: Any) -> HubSettingsInput:
    return dataclasses.replace(HubSettingsInput.from_record(_settings(db)), **changes)


def _update(db: Database, actor: Actor, **changes: Any) -> HubSettingsRecord:
    data = _form(db, **changes)
    with db.write() as session:
        return update_settings(session, actor, data)


# ----------------------------------------------------------------------- settings


def test_defaults_of_a_new_hub(hub_db: Database) -> None:
    found = _settings(hub_db)
    assert found.name == "Impact Hub Den Haag"
    assert found.country == "NL"
    assert found.time_zone == "Europe/Amsterdam"
    assert found.opening_hours == CLOSED_WEEKEND
    assert found.hours("mon") == ("08:00", "18:00")
    assert found.hours("sun") is None
    assert found.invoice_number_format == "{year}-{seq:05d}"
    assert found.credit_note_number_format == "C{year}-{seq:05d}"
    assert (found.payment_term_days, found.cancellation_free_hours) == (14, 24)
    assert found.language is Language.EN
    assert found.logo is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.name = "Other"  # type: ignore[misc]


def test_manager_stores_every_field_normalised(any_db: Database) -> None:
    with any_db.write() as session:
        hub.ensure_defaults(session)
    data = HubSettingsInput(
        name="  Bürger & Söhne <Hub>  ",
        address="Koningin Julianaplein 10\n2595 AA",
        postcode="2595 AA",
        city="Den Haag",
        country="Netherlands",
        email="Desk@Example.ORG",
        phone="+31  70 123 4567",
        vat_id="nl 1234 56 782 B01",
        kvk="4117 9409",
        iban="nl91 abna 0417 1643 00",
        bic="abnanl2a",
        time_zone="europe/amsterdam",
        opening_hours=(("8:00", "18.30"),) * 4 + (("08:00", "17:00"), ("10:00", "14:00"), None),
        invoice_number_format=" INV-{year}-{seq:04d} ",
        credit_note_number_format="CN-{year}-{seq:04d}",
        payment_term_days="30",
        cancellation_free_hours="48",
        language="Nederlands",
    )
    with any_db.write() as session:
        stored = update_settings(session, SYSTEM, data)
    assert stored == _settings(any_db)
    assert stored.name == "Bürger & Söhne <Hub>"
    assert stored.country == "NL"
    assert stored.email == "Desk@example.org"
    assert stored.phone == "+31 70 123 4567"
    assert stored.vat_id == "NL123456782B01"
    assert stored.kvk == "41179409"
    assert stored.iban == "NL91ABNA0417164300"
    assert stored.bic == "ABNANL2A"
    assert stored.time_zone == "Europe/Amsterdam"
    assert stored.hours("mon") == ("08:00", "18:30")
    assert stored.hours("sat") == ("10:00", "14:00")
    assert stored.hours("sun") is None
    assert stored.invoice_number_format == "INV-{year}-{seq:04d}"
    assert (stored.payment_term_days, stored.cancellation_free_hours) == (30, 48)
    assert stored.language is Language.NL
    with any_db.read() as session:
        row = session.get(HubSettings, 1)
        assert row is not None
        assert row.opening_hours["sun"] is None
        assert row.opening_hours["mon"] == ["08:00", "18:30"]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": "   "}, "name", "is required"),
        ({"name": "Hub\nTwo"}, "name", "one line"),
        ({"name": "x" * 201}, "name", "too long"),
        ({"postcode": "x" * 21}, "postcode", "too long"),
        ({"country": "Atlantis"}, "country", "not a country"),
        ({"country": ""}, "country", "country is required"),
        ({"email": "desk@hub"}, "email", "needs a dot"),
        ({"phone": "call us"}, "phone", "Not a valid phone number"),
        ({"vat_id": "NL123456789B02"}, "vat_id", "Not a valid VAT number"),
        ({"kvk": "1234"}, "kvk", "8 digits"),
        ({"iban": "NL91ABNA0417164301"}, "iban", "check digits"),
        ({"bic": "ABNA"}, "bic", "8 or 11"),
        ({"time_zone": "Mars/Olympus_Mons"}, "time_zone", "not a time zone"),
        ({"time_zone": ""}, "time_zone", "time zone is required"),
        (
            {"opening_hours": (("18:00", "08:00"), *CLOSED_WEEKEND[1:])},
            "hours_mon",
            "open before it closes",
        ),
        (
            {"opening_hours": (*CLOSED_WEEKEND[:2], ("09:00", "09:00"), *CLOSED_WEEKEND[3:])},
            "hours_wed",
            "open before it closes",
        ),
        (
            {"opening_hours": (*CLOSED_WEEKEND[:5], ("25:00", "26:00"), None)},
            "hours_sat",
            "not a time of day",
        ),
        (
            {"opening_hours": (*CLOSED_WEEKEND[:6], ("noon", "18:00"))},
            "hours_sun",
            "not a time",
        ),
        ({"opening_hours": CLOSED_WEEKEND[:5]}, "opening_hours", "seven weekdays"),
        ({"invoice_number_format": "{year}-"}, "invoice_number_format", "must contain"),
        ({"invoice_number_format": ""}, "invoice_number_format", "is required"),
        ({"invoice_number_format": "{{seq}}"}, "invoice_number_format", "same number"),
        ({"invoice_number_format": "{month}-{seq}"}, "invoice_number_format", "{month}"),
        ({"invoice_number_format": "{seq:s}"}, "invoice_number_format", "cannot be used"),
        ({"invoice_number_format": "{seq"}, "invoice_number_format", "cannot be used"),
        ({"invoice_number_format": "{year}-{seq:040d}"}, "invoice_number_format", "at most 40"),
        ({"invoice_number_format": "{seq}" + "x" * 50}, "invoice_number_format", "too long"),
        ({"credit_note_number_format": "{year}"}, "credit_note_number_format", "must contain"),
        (
            {"credit_note_number_format": "{year}-{seq:05d}"},
            "credit_note_number_format",
            "format of their own",
        ),
        (
            {"credit_note_number_format": "{year}-{seq:03d}"},
            "credit_note_number_format",
            "number of an invoice",
        ),
        ({"payment_term_days": "366"}, "payment_term_days", "at most 365"),
        ({"payment_term_days": "-1"}, "payment_term_days", "cannot be negative"),
        ({"payment_term_days": "two weeks"}, "payment_term_days", "not a whole number"),
        ({"cancellation_free_hours": "721"}, "cancellation_free_hours", "at most 720"),
        ({"language": "fr"}, "language", "not one of"),
    ],
)
def test_each_field_is_validated_and_nothing_is_stored(
    hub_db: Database, changes: dict[str, Any], field: str, message: str
) -> None:
    manager = SYSTEM  # acts as a manager without a (slow) password hash per case
    before = _settings(hub_db)
    audit_before = _audit_count(hub_db)
    data = _form(hub_db, **{"name": "Renamed hub", **changes})
    with pytest.raises(ValidationError) as raised, hub_db.write() as session:
        update_settings(session, manager, data)
    assert raised.value.field == field
    assert message in raised.value.message
    assert _settings(hub_db) == before
    assert _audit_count(hub_db) == audit_before


def test_zero_payment_term_and_free_cancellation_are_allowed(
    hub_db: Database, manager: Actor
) -> None:
    stored = _update(hub_db, manager, payment_term_days="0", cancellation_free_hours="0")
    assert (stored.payment_term_days, stored.cancellation_free_hours) == (0, 0)
    stored = _update(hub_db, manager, payment_term_days="365", cancellation_free_hours="720")
    assert (stored.payment_term_days, stored.cancellation_free_hours) == (365, 720)


def test_reception_is_refused_and_nothing_is_stored(
    hub_db: Database, manager: Actor, reception: Actor
) -> None:
    before = _settings(hub_db)
    audit_before = _audit_count(hub_db)
    data = _form(hub_db, name="Taken over")
    attempts = [
        lambda s: update_settings(s, reception, data),
        lambda s: set_logo(s, reception, PNG),
        lambda s: clear_logo(s, reception),
        lambda s: save_vat_category(s, reception, VatCategoryInput("food", "Food", "9")),
        lambda s: set_vat_category_active(s, reception, 1, False),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied, match="Only a manager may"), hub_db.write() as s:
            attempt(s)
    assert _settings(hub_db) == before
    assert _audit_count(hub_db) == audit_before
    with hub_db.read() as session:
        assert [c.code for c in list_vat_categories(session)] == [
            "high",
            "low",
            "exempt",
            "reverse",
        ]


def test_a_manager_demoted_at_another_desk_is_refused(
    hub_db: Database, manager: Actor, reception: Actor
) -> None:
    with hub_db.write() as session:
        staff.set_role(session, SYSTEM, reception.staff_user_id or 0, StaffRole.MANAGER)
    promoted = Actor(reception.name, reception.staff_user_id, StaffRole.MANAGER)
    _update(hub_db, promoted, name="Changed by Anna")
    with hub_db.write() as session:
        staff.set_role(session, manager, reception.staff_user_id or 0, StaffRole.RECEPTION)
    with pytest.raises(PermissionDenied):
        _update(hub_db, promoted, name="Changed again")
    assert _settings(hub_db).name == "Changed by Anna"


def test_a_change_writes_one_audit_entry_with_old_and_new(hub_db: Database, manager: Actor) -> None:
    hours = (("09:00", "17:00"), *CLOSED_WEEKEND[1:5], ("10:00", "14:00"), None)
    _update(hub_db, manager, name="Hub Den Haag", iban="NL91ABNA0417164300", opening_hours=hours)
    with hub_db.read() as session:
        (entry,) = list_audit(session, entity="hub_settings")
    assert isinstance(entry, AuditRecord)
    assert (entry.action, entry.entity, entry.entity_id) == ("update", "hub_settings", "1")
    assert (entry.actor, entry.staff_user_id) == ("Maria Jansen", manager.staff_user_id)
    changes = {c.field: (c.old, c.new) for c in entry.changes}
    assert changes == {
        "name": ("Impact Hub Den Haag", "Hub Den Haag"),
        "iban": ("", "NL91ABNA0417164300"),
        "opening_hours.mon": (["08:00", "18:00"], ["09:00", "17:00"]),
        "opening_hours.sat": (None, ["10:00", "14:00"]),
    }
    assert "name: Impact Hub Den Haag → Hub Den Haag" in entry.changes_text
    assert "opening_hours.sat: — → 10:00\u201314:00" in entry.changes_text

    # saving the same form again changes nothing and writes nothing
    count = _audit_count(hub_db)
    _update(hub_db, manager)
    assert _audit_count(hub_db) == count


def test_logo_png_and_jpeg_up_to_one_megabyte(hub_db: Database, manager: Actor) -> None:
    with hub_db.write() as session:
        assert set_logo(session, manager, PNG).logo == PNG
    with hub_db.write() as session:
        assert set_logo(session, manager, JPEG).logo == JPEG
    big = PNG + b"\x00" * (LOGO_MAX_BYTES - len(PNG))
    with hub_db.write() as session:
        assert set_logo(session, manager, big).logo == big
    for data, message in [
        (big + b"\x00", "too large"),
        (b"GIF89a" + b"\x00" * 20, "PNG or JPEG"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "PNG or JPEG"),
        (b"", "empty"),
    ]:
        with pytest.raises(ValidationError, match=message) as raised, hub_db.write() as session:
            set_logo(session, manager, data)
        assert raised.value.field == "logo"
    assert _settings(hub_db).logo == big
    with hub_db.write() as session:
        assert clear_logo(session, manager).logo is None
    count = _audit_count(hub_db)
    with hub_db.write() as session:
        clear_logo(session, manager)  # nothing to clear: no entry
    assert _audit_count(hub_db) == count
    with hub_db.read() as session:
        logos = list_audit(session, entity="hub_settings")
    assert [e.action for e in logos] == ["logo"] * 4
    assert logos[0].changes[0].old == f"<{LOGO_MAX_BYTES} bytes>"
    assert logos[0].changes[0].new is None
    assert logos[-1].changes[0].old is None


# ------------------------------------------------------------------ VAT categories


def test_rates_in_percent_text() -> None:
    assert rate_bp("21") == 2100
    assert rate_bp("9") == 900
    assert rate_bp("0") == 0
    assert rate_bp("5,5") == 550
    assert rate_bp(" 5.5 % ") == 550
    assert rate_bp("12.75") == 1275
    assert rate_bp("100") == 10_000
    for bad in ("", "abc", "5.555", "-9", "101", "1.000,5"):
        with pytest.raises(ValidationError) as raised:
            rate_bp(bad)
        assert raised.value.field == "rate"
    assert [percent_text(bp) for bp in (2100, 900, 0, 550, 1275)] == [
        "21",
        "9",
        "0",
        "5.5",
        "12.75",
    ]


def test_create_and_change_a_vat_category(hub_db: Database, manager: Actor) -> None:
    with hub_db.write() as session:
        created = save_vat_category(
            session,
            manager,
            VatCategoryInput(" Catering-Low ", " Catering ", "9", invoice_text="Catering at 9 %"),
        )
    assert (created.code, created.name, created.rate_bp, created.active) == (
        "catering-low",
        "Catering",
        900,
        True,
    )
    changed_input = dataclasses.replace(
        VatCategoryInput.from_record(created), rate="5,5", name="Food"
    )
    with hub_db.write() as session:
        changed = save_vat_category(session, manager, changed_input)
    assert (changed.id, changed.rate_bp, changed.name, changed.rate_text) == (
        created.id,
        550,
        "Food",
        "5.5",
    )
    with hub_db.write() as session:
        disabled = set_vat_category_active(session, manager, created.id, False)
    assert not disabled.active
    with hub_db.read() as session:
        active_codes = [c.code for c in list_vat_categories(session, include_inactive=False)]
        assert "catering-low" not in active_codes
        assert list_vat_categories(session)[-1].code == "catering-low"  # inactive last
        entries = list_audit(session, entity="vat_category")
    assert [e.action for e in entries] == ["disable", "update", "create"]
    update = {c.field: (c.old, c.new) for c in entries[1].changes}
    assert update == {"name": ("Catering", "Food"), "rate_bp": (900, 550)}
    assert {c.field: c.new for c in entries[2].changes}["code"] == "catering-low"
    assert entries[0].changes_text == "active: yes → no"


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (VatCategoryInput("", "Food", "9"), "code", "short code"),
        (VatCategoryInput("food 9", "Food", "9"), "code", "lowercase letters"),
        (VatCategoryInput("café", "Food", "9"), "code", "lowercase letters"),
        (VatCategoryInput("x" * 21, "Food", "9"), "code", "at most 20"),
        (VatCategoryInput("HIGH", "Another high", "21"), "code", "already used"),
        (VatCategoryInput("food", "  ", "9"), "name", "is required"),
        (VatCategoryInput("food", "Food", "nine"), "rate", "not a rate"),
        (VatCategoryInput("food", "Food", "9", exempt=True), "rate", "exempt category"),
        (VatCategoryInput("food", "Food", "9", invoice_text="x" * 501), "invoice_text", "long"),
    ],
)
def test_vat_category_validation(
    hub_db: Database, data: VatCategoryInput, field: str, message: str
) -> None:
    manager = SYSTEM
    count = _audit_count(hub_db)
    with pytest.raises(ValidationError) as raised, hub_db.write() as session:
        save_vat_category(session, manager, data)
    assert (raised.value.field, message in raised.value.message) == (field, True)
    assert _audit_count(hub_db) == count
    with hub_db.read() as session:
        assert session.scalar(select(func.count()).select_from(VatCategory)) == 4


def test_a_category_keeps_its_own_code_and_unknown_ids_are_refused(
    hub_db: Database, manager: Actor
) -> None:
    with hub_db.read() as session:
        high = next(c for c in list_vat_categories(session) if c.code == "high")
    same = dataclasses.replace(VatCategoryInput.from_record(high), code="HIGH")
    count = _audit_count(hub_db)
    with hub_db.write() as session:
        assert save_vat_category(session, manager, same) == high
    assert _audit_count(hub_db) == count  # nothing changed, nothing audited
    exempt = VatCategoryInput("rent", "Rent", "0", exempt=True)
    with hub_db.write() as session:
        assert save_vat_category(session, manager, exempt).exempt
    with pytest.raises(NotFound), hub_db.write() as session:
        save_vat_category(session, manager, dataclasses.replace(exempt, id=999, code="x"))
    with pytest.raises(NotFound), hub_db.write() as session:
        set_vat_category_active(session, manager, 999, False)


# ---------------------------------------------------------------------- audit log


def _entry(
    session: Session, minutes: int, actor: str, entity: str, changes: dict[str, Any]
) -> None:
    session.add(
        AuditEntry(
            at=T0 + timedelta(minutes=minutes),
            actor=actor,
            action="update",
            entity=entity,
            entity_id="7",
            changes=changes,
        )
    )


@pytest.fixture
def audited(any_db: Database) -> Database:
    with any_db.write() as session:
        _entry(session, 0, "Maria Jansen", "organisation", {"name": [None, "Stichting Zee"]})
        _entry(session, 10, "Anna de Vries", "member", {"email": ["a@x.nl", "b@x.nl"]})
        _entry(session, 20, "Maria Jansen", "hub_settings", {"name": ["Hub", "Bürger & Söhne"]})
        _entry(session, 30, "Anna de Vries", "organisation", {"city": ["Delft", "Den Haag"]})
    return any_db


def test_audit_is_newest_first_and_filtered(audited: Database) -> None:
    with audited.read() as session:

        def cities(**filters: Any) -> list[int]:
            return [int((e.at - T0).total_seconds() // 60) for e in list_audit(session, **filters)]

        assert cities() == [30, 20, 10, 0]
        assert cities(entity="organisation") == [30, 0]
        assert cities(actor="Anna de Vries") == [30, 10]
        assert cities(text="anna") == [30, 10]  # who, case ignored
        assert cities(text="den haag") == [30]  # in the changes
        assert cities(text="Söhne") == [20]  # non-ASCII in the JSON
        assert cities(text="hub_settings") == [20]  # which record
        assert cities(text="100%") == []  # % is not a wildcard
        assert cities(since=T0 + timedelta(minutes=10)) == [30, 20, 10]
        assert cities(until=T0 + timedelta(minutes=10)) == [0]
        assert cities(
            since=T0 + timedelta(minutes=5), until=T0 + timedelta(minutes=25), text="maria"
        ) == [20]
        assert cities(limit=2) == [30, 20]
        assert audit_entities(session) == ["hub_settings", "member", "organisation"]
        assert audit_actors(session) == ["Anna de Vries", "Maria Jansen"]
        (newest,) = list_audit(session, limit=1)
    assert newest.changes_text == "city: Delft → Den Haag"
    assert newest.at.utcoffset() == timedelta(0)


def test_value_text() -> None:
    assert value_text(None) == "—"
    assert value_text(True) == "yes"
    assert value_text(["08:00", "18:00"]) == "08:00\u201318:00"
    assert value_text("a\nb") == "a b"
    assert value_text("x" * 100).endswith("…")
    assert len(value_text("x" * 100)) == 60
    assert value_text({"a": 1}) == '{"a": 1}'
    assert value_text(2100) == "2100"
