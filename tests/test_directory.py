"""The directory (organisations, members, spaces) and its field validators:
validation, create/update/archive/delete rules, the audit trail, manager-only
spaces, unicode round trips and member search; on real database files."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hubdesk.db import Database
from hubdesk.domain.enums import Language, OrganisationKind, SpaceKind, StaffRole
from hubdesk.domain.errors import HubdeskError, ValidationError
from hubdesk.domain.models import (
    AuditEntry,
    Member,
    Organisation,
    Space,
    StaffUser,
    VatCategory,
)
from hubdesk.domain.money import Money
from hubdesk.services import validation as v
from hubdesk.services.audit import SYSTEM, Actor
from hubdesk.services.bookings import BookingRequest, create_booking
from hubdesk.services.directory import (
    MemberInput,
    MemberRecord,
    NotFound,
    OrganisationInput,
    PermissionDenied,
    SpaceInput,
    StillInUse,
    archive_member,
    archive_organisation,
    archive_space,
    create_member,
    create_organisation,
    create_space,
    delete_member,
    delete_organisation,
    delete_space,
    fold,
    get_member,
    get_organisation,
    list_members,
    list_organisations,
    list_spaces,
    restore_member,
    restore_organisation,
    restore_space,
    search_members,
    update_member,
    update_organisation,
    update_space,
)
from hubdesk.services.hub import ensure_defaults
from tests.helpers import T0, add_lease

RECEPTION = Actor("Anna", 2, StaffRole.RECEPTION)
MANAGER = Actor("Maarten", 1, StaffRole.MANAGER)
TRICKY = "<b>Bürger & Søn</b> مؤسسة"


def add_staff(database: Database) -> Database:
    """The hub's defaults and the two staff accounts the actors stand for
    (audit entries refer to the staff user)."""
    with database.write() as s:
        ensure_defaults(s)
        for actor in (MANAGER, RECEPTION):
            s.add(
                StaffUser(
                    id=actor.staff_user_id,
                    username=actor.name.lower(),
                    display_name=actor.name,
                    password_hash="-",
                    role=actor.role,
                    created_at=T0,
                )
            )
    return database


@pytest.fixture
def db(db: Database) -> Database:
    return add_staff(db)


@pytest.fixture
def any_db(any_db: Database) -> Database:
    return add_staff(any_db)


@dataclass(frozen=True)
class Entry:
    action: str
    actor: str
    changes: dict[str, Any]


def _audit(session: Session, entity: str, entity_id: int) -> list[Entry]:
    query = (
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.id)
    )
    return [Entry(e.action, e.actor, dict(e.changes)) for e in session.scalars(query)]


def _count(session: Session, model: type[object]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


# ============================================================== validators


class TestTextValidators:
    def test_required_text_trims_and_keeps_markup_and_scripts(self) -> None:
        assert v.required_text(f"  {TRICKY} \n", field="name", max_length=200) == TRICKY

    @pytest.mark.parametrize("value", ["", "   ", None, "\t\n"])
    def test_required_text_refuses_empty(self, value: str | None) -> None:
        with pytest.raises(ValidationError) as caught:
            v.required_text(value, field="name", max_length=10, label="The name")
        assert caught.value.field == "name"
        assert "required" in caught.value.message

    def test_max_length(self) -> None:
        assert v.required_text("x" * 10, field="n", max_length=10) == "x" * 10
        with pytest.raises(ValidationError, match="at most 10 characters"):
            v.required_text("x" * 11, field="n", max_length=10)

    def test_single_line(self) -> None:
        with pytest.raises(ValidationError, match="one line"):
            v.required_text("Anna\nMaria", field="n", max_length=50, single_line=True)
        assert v.optional_text("a\nb", field="n") == "a\nb"


class TestEmail:
    @pytest.mark.parametrize(
        ("given", "expected"),
        [
            ("anna@example.org", "anna@example.org"),
            (
                "  Anna.de.Vries@Stichting-Noordzee.EXAMPLE ",
                "Anna.de.Vries@stichting-noordzee.example",
            ),
            ("o'brien+hub@mail.example", "o'brien+hub@mail.example"),
            ("jürgen@bürger.de", "jürgen@bürger.de"),
            ("", ""),
            ("   ", ""),
        ],
    )
    def test_good(self, given: str, expected: str) -> None:
        assert v.email(given) == expected

    @pytest.mark.parametrize(
        ("given", "reason"),
        [
            ("anna.example.org", "the @ is missing"),
            ("anna@@example.org", "more than one @"),
            ("anna@", "after @ is missing"),
            ("@example.org", "before @ is missing"),
            ("anna@example", "needs a dot"),
            ("anna @example.org", "space"),
            ("anna..b@example.org", "misplaced dot"),
            (".anna@example.org", "misplaced dot"),
            ("anna@exa_mple.org", "not a valid domain"),
            ("anna@-example.org", "not a valid domain"),
            ("anna@example.c0m", "top-level domain"),
            ("Anna <anna@example.org>", "without a name"),
        ],
    )
    def test_bad(self, given: str, reason: str) -> None:
        with pytest.raises(ValidationError) as caught:
            v.email(given, field="contact_email")
        assert caught.value.field == "contact_email"
        assert caught.value.message.startswith("Not a valid e-mail address")
        assert reason in caught.value.message

    def test_required(self) -> None:
        with pytest.raises(ValidationError, match="required"):
            v.email("", required=True)


class TestPhone:
    @pytest.mark.parametrize(
        ("given", "expected"),
        [
            ("+31 70 555 0142", "+31 70 555 0142"),
            ("070-5550142", "070-5550142"),
            ("(070)  555   0142", "(070) 555 0142"),
            ("123456", "123456"),
            ("", ""),
        ],
    )
    def test_good(self, given: str, expected: str) -> None:
        assert v.phone(given) == expected

    @pytest.mark.parametrize(
        ("given", "reason"),
        [
            ("12345", "too few digits"),
            ("1" * 21, "too many digits"),
            ("070 555 01 42 ext. 3", "use only digits"),
            ("31+70 5550142", "only stand at the start"),
            ("phone me", "use only digits"),
        ],
    )
    def test_bad(self, given: str, reason: str) -> None:
        with pytest.raises(ValidationError, match=reason):
            v.phone(given)


class TestTaxAndBank:
    @pytest.mark.parametrize(
        ("given", "expected"),
        [
            ("NL000099998B57", "NL000099998B57"),
            ("nl 0000.99998.b57", "NL000099998B57"),
            ("BE 0403.170.701", "BE0403170701"),
            ("DE136695976", "DE136695976"),
            ("GR094259216", "EL094259216"),
            ("", ""),
        ],
    )
    def test_vat_good(self, given: str, expected: str) -> None:
        assert v.vat_id(given) == expected

    @pytest.mark.parametrize(
        ("given", "reason"),
        [
            ("NL123456789B01", "check digits do not match"),
            ("XX123456789", "code of an EU country"),
            ("US123456789", "code of an EU country"),
            ("NL12", "wrong number of characters|layout"),
        ],
    )
    def test_vat_bad(self, given: str, reason: str) -> None:
        with pytest.raises(ValidationError, match=f"Not a valid VAT number: .*({reason})"):
            v.vat_id(given)

    def test_kvk(self) -> None:
        assert v.kvk(" 6930 1234 ") == "69301234"
        assert v.kvk("69.30.12.34") == "69301234"
        assert v.kvk("") == ""
        with pytest.raises(ValidationError, match="8 digits"):
            v.kvk("1234567")
        with pytest.raises(ValidationError, match="digits only"):
            v.kvk("KVK12345")

    @pytest.mark.parametrize(
        ("given", "expected"),
        [
            ("NL91 ABNA 0417 1643 00", "NL91ABNA0417164300"),
            ("nl91abna0417164300", "NL91ABNA0417164300"),
            ("DE89 3704 0044 0532 0130 00", "DE89370400440532013000"),
            ("BE71-0961-2345-6769", "BE71096123456769"),
            ("", ""),
        ],
    )
    def test_iban_good(self, given: str, expected: str) -> None:
        assert v.iban(given) == expected

    @pytest.mark.parametrize(
        ("given", "reason"),
        [
            ("NL92ABNA0417164300", "the check digits do not match"),
            ("NL91ABNA04171643", "wrong number of characters"),
            ("XX91ABNA0417164300", "country code"),
            ("NL91 ABNA 0417 1643 0!", "layout"),
        ],
    )
    def test_iban_bad(self, given: str, reason: str) -> None:
        with pytest.raises(ValidationError) as caught:
            v.iban(given)
        assert caught.value.field == "iban"
        assert caught.value.message.startswith("Not a valid IBAN: ")
        assert reason in caught.value.message

    def test_iban_message_for_check_digits(self) -> None:
        with pytest.raises(ValidationError) as caught:
            v.iban("NL92ABNA0417164300")
        assert caught.value.message == "Not a valid IBAN: the check digits do not match"

    @pytest.mark.parametrize(
        ("given", "expected"),
        [("ingbnl2a", "INGBNL2A"), ("GENODEM1GLS", "GENODEM1GLS"), (" RABO NL 2U ", "RABONL2U")],
    )
    def test_bic_good(self, given: str, expected: str) -> None:
        assert v.bic(given) == expected

    @pytest.mark.parametrize(
        ("given", "reason"), [("INGB", "8 or 11"), ("INGBXX2A", "country code"), ("INGBNL2@", "")]
    )
    def test_bic_bad(self, given: str, reason: str) -> None:
        with pytest.raises(ValidationError, match=f"Not a valid BIC: .*{reason}"):
            v.bic(given)


class TestCountryAndChoices:
    @pytest.mark.parametrize(
        ("given", "expected"),
        [
            ("nl", "NL"),
            (" de ", "DE"),
            ("Netherlands", "NL"),
            ("Duitsland", "DE"),
            ("belgië", "BE"),
            ("", "NL"),
        ],
    )
    def test_country_good(self, given: str, expected: str) -> None:
        assert v.country(given) == expected

    @pytest.mark.parametrize("given", ["XX", "EU", "ZZ", "Narnia", "NLD"])
    def test_country_bad(self, given: str) -> None:
        with pytest.raises(ValidationError, match="is not a country"):
            v.country(given)

    def test_country_required(self) -> None:
        with pytest.raises(ValidationError, match="required"):
            v.country("", default=None)

    def test_country_names_are_iso(self) -> None:
        names = v.country_names()
        assert names["NL"] == "Netherlands"
        assert "EU" not in names and "001" not in names
        assert all(len(code) == 2 and code.isupper() for code in names)

    def test_choice(self) -> None:
        assert v.choice("Private office", SpaceKind, field="kind") is SpaceKind.PRIVATE_OFFICE
        assert v.choice("MEETING_ROOM", SpaceKind, field="kind") is SpaceKind.MEETING_ROOM
        assert v.language("Nederlands") is Language.NL
        assert v.language("") is Language.EN
        with pytest.raises(ValidationError, match="is not one of: private_office"):
            v.choice("broom cupboard", SpaceKind, field="kind")

    def test_boolean_and_date(self) -> None:
        assert v.boolean("Ja", field="a") is True
        assert v.boolean("nee", field="a") is False
        assert v.boolean("", field="a", default=True) is True
        with pytest.raises(ValidationError, match="yes or no"):
            v.boolean("maybe", field="a")
        assert v.optional_date("2026-03-01", field="d") == date(2026, 3, 1)
        assert v.optional_date("1-3-2026", field="d") == date(2026, 3, 1)
        assert v.optional_date("", field="d") is None
        with pytest.raises(ValidationError, match="not a date in the calendar"):
            v.optional_date("31-2-2026", field="d")
        with pytest.raises(ValidationError, match="not a date"):
            v.optional_date("March 1st", field="d")

    def test_website(self) -> None:
        assert v.website("www.example.org") == "https://www.example.org"
        assert v.website("http://example.org/x?y=1") == "http://example.org/x?y=1"
        with pytest.raises(ValidationError, match="web address"):
            v.website("not a site")


class TestNumbers:
    @pytest.mark.parametrize(
        ("given", "cents"),
        [("12.50", 1250), ("1.234,56", 123456), ("€ 45", 4500), ("0", 0), ("1,234.50", 123450)],
    )
    def test_money_good(self, given: str, cents: int) -> None:
        assert v.money(given, field="price") == Money(cents)

    def test_money_empty_and_required(self) -> None:
        assert v.money("", field="price") is None
        with pytest.raises(ValidationError, match="required"):
            v.money(" ", field="price", required=True)

    @pytest.mark.parametrize(
        ("given", "reason"),
        [
            ("12.505", "at most two decimals"),
            ("twelve", "is not an amount"),
            ("-5", "cannot be negative"),
            ("1.23.4", "is not an amount"),
        ],
    )
    def test_money_bad(self, given: str, reason: str) -> None:
        with pytest.raises(ValidationError, match=reason) as caught:
            v.money(given, field="price_hour")
        assert caught.value.field == "price_hour"

    def test_money_negative_when_allowed(self) -> None:
        assert v.money("-5", field="x", allow_negative=True) == Money(-500)

    def test_non_negative_int(self) -> None:
        assert v.non_negative_int(" 12 ", field="capacity") == 12
        assert v.non_negative_int("", field="capacity", default=1) == 1
        assert v.non_negative_int(0, field="capacity") == 0
        with pytest.raises(ValidationError, match="cannot be negative"):
            v.non_negative_int("-1", field="capacity")
        with pytest.raises(ValidationError, match="not a whole number"):
            v.non_negative_int("2.5", field="capacity")
        with pytest.raises(ValidationError, match="at most 240"):
            v.non_negative_int("241", field="buffer", maximum=240)

    def test_area(self) -> None:
        assert v.area_dm2("12.5") == 1250
        assert v.area_dm2("12,5 m²") == 1250
        assert v.area_dm2("") == 0
        assert v.area_text(1250) == "12.5"
        assert v.area_text(1200) == "12"
        assert v.area_text(1205) == "12.05"
        with pytest.raises(ValidationError, match="not an area"):
            v.area_dm2("big")
        with pytest.raises(ValidationError, match="negative"):
            v.area_dm2("-3")

    def test_text_list(self) -> None:
        assert v.text_list("screen, whiteboard| Screen ;phone", field="a") == (
            "screen",
            "whiteboard",
            "phone",
        )
        assert v.text_list(["a", " ", "b"], field="a") == ("a", "b")


def test_fold() -> None:
    assert fold("Ødegaard") == "odegaard"
    assert fold("Nguyễn") == "nguyen"
    assert fold("Groß") == "gross"
    assert fold("Yılmaz") == "yilmaz"  # noqa: RUF001
    assert fold("مؤسسة") == "مؤسسة"
    assert fold("Ελένη") == "ελενη"


# ============================================================== organisations


def _org(name: str = "Stichting Noordzee", **extra: str) -> OrganisationInput:
    values: dict[str, str] = {"kind": "ngo", **extra}
    return OrganisationInput(name=name, **values)


class TestOrganisations:
    def test_create_normalises_and_audits(self, db: Database) -> None:
        with db.write() as s:
            created = create_organisation(
                s,
                RECEPTION,
                _org(
                    "  Stichting Noordzee ",
                    email="Info@Noordzee.EXAMPLE",
                    vat_id="nl 0000.99998.b57",
                    iban="nl91 abna 0417 1643 00",
                    bic="abnanl2a",
                    kvk="6930 1234",
                    country="netherlands",
                    language="nl",
                ),
            )
        assert created.name == "Stichting Noordzee"
        assert created.email == "Info@noordzee.example"
        assert created.vat_id == "NL000099998B57"
        assert created.iban == "NL91ABNA0417164300"
        assert created.bic == "ABNANL2A"
        assert created.kvk == "69301234"
        assert created.country == "NL"
        assert created.language is Language.NL
        assert created.kind is OrganisationKind.NGO
        with db.read() as s:
            assert get_organisation(s, created.id) == created
            entries = _audit(s, "organisation", created.id)
        assert [e.action for e in entries] == ["create"]
        assert entries[0].actor == "Anna"
        assert entries[0].changes["name"] == [None, "Stichting Noordzee"]
        assert entries[0].changes["kind"] == [None, "ngo"]

    def test_invalid_input_stores_nothing(self, db: Database) -> None:
        with pytest.raises(ValidationError) as caught, db.write() as s:
            create_organisation(s, SYSTEM, _org(iban="NL92ABNA0417164300"))
        assert caught.value.field == "iban"
        with db.read() as s:
            assert _count(s, Organisation) == 0
            assert _count(s, AuditEntry) == 0

    @pytest.mark.parametrize(
        ("extra", "field"),
        [
            ({"name": ""}, "name"),
            ({"kind": "charity shop"}, "kind"),
            ({"email": "info@"}, "email"),
            ({"vat_id": "NL123456789B01"}, "vat_id"),
            ({"country": "Atlantis"}, "country"),
            ({"sepa_mandate_id": "WP-1"}, "iban"),
        ],
    )
    def test_field_errors_name_the_field(
        self, db: Database, extra: dict[str, str], field: str
    ) -> None:
        data = {"name": "Stichting Noordzee", "kind": "ngo", **extra}
        with pytest.raises(ValidationError) as caught, db.write() as s:
            create_organisation(s, SYSTEM, OrganisationInput(**data))
        assert caught.value.field == field

    def test_name_unique_case_insensitive(self, db: Database) -> None:
        with db.write() as s:
            create_organisation(s, SYSTEM, _org("Bürger & Söhne"))
        with pytest.raises(ValidationError, match="already an organisation"), db.write() as s:
            create_organisation(s, SYSTEM, _org("BÜRGER & SÖHNE"))

    def test_update_audits_old_and_new_of_changed_fields_only(self, db: Database) -> None:
        with db.write() as s:
            org = create_organisation(s, SYSTEM, _org(city="Den Haag", phone="070 555 0142"))
        with db.write() as s:
            data = OrganisationInput.from_record(get_organisation(s, org.id))
            updated = update_organisation(
                s, RECEPTION, org.id, dataclasses.replace(data, city="Delft", kind="startup")
            )
        assert updated.city == "Delft"
        assert updated.kind is OrganisationKind.STARTUP
        with db.read() as s:
            entries = _audit(s, "organisation", org.id)
        assert [e.action for e in entries] == ["create", "update"]
        assert entries[1].changes == {"city": ["Den Haag", "Delft"], "kind": ["ngo", "startup"]}

    def test_update_without_changes_writes_no_audit(self, db: Database) -> None:
        with db.write() as s:
            org = create_organisation(s, SYSTEM, _org())
        with db.write() as s:
            again = update_organisation(s, SYSTEM, org.id, OrganisationInput.from_record(org))
        assert again == org
        with db.read() as s:
            assert len(_audit(s, "organisation", org.id)) == 1

    def test_archive_restore(self, db: Database) -> None:
        with db.write() as s:
            org = create_organisation(s, SYSTEM, _org())
            create_organisation(s, SYSTEM, _org("Kustlab BV", kind="startup"))
        with db.write() as s:
            assert archive_organisation(s, RECEPTION, org.id).archived
        with db.read() as s:
            assert [o.name for o in list_organisations(s)] == ["Kustlab BV"]
            assert len(list_organisations(s, include_archived=True)) == 2
            assert [o.name for o in list_organisations(s, kind=OrganisationKind.STARTUP)] == [
                "Kustlab BV"
            ]
        with db.write() as s:
            assert not restore_organisation(s, RECEPTION, org.id).archived
        with db.read() as s:
            actions = [e.action for e in _audit(s, "organisation", org.id)]
            assert actions == ["create", "archive", "restore"]
            assert len(list_organisations(s)) == 2

    def test_delete_when_unused(self, db: Database) -> None:
        with db.write() as s:
            org = create_organisation(s, SYSTEM, _org())
        with db.write() as s:
            delete_organisation(s, RECEPTION, org.id)
        with db.read() as s:
            assert _count(s, Organisation) == 0
            entries = _audit(s, "organisation", org.id)
            assert entries[-1].action == "delete"
            assert entries[-1].changes["name"] == ["Stichting Noordzee", None]
        with pytest.raises(NotFound), db.write() as s:
            delete_organisation(s, SYSTEM, org.id)

    def test_delete_refused_with_a_member(self, db: Database) -> None:
        with db.write() as s:
            org = create_organisation(s, SYSTEM, _org())
            create_member(s, SYSTEM, MemberInput("Jan", "Jansen", organisation_id=org.id))
        with pytest.raises(StillInUse) as caught, db.write() as s:
            delete_organisation(s, SYSTEM, org.id)
        assert "1 member refers to it" in str(caught.value)
        assert "Archive it instead" in str(caught.value)
        assert isinstance(caught.value, HubdeskError)
        with db.read() as s:
            assert _count(s, Organisation) == 1

    def test_delete_refused_with_a_lease(self, db: Database) -> None:
        with db.write() as s:
            org = create_organisation(s, SYSTEM, _org())
            office = create_space(s, SYSTEM, SpaceInput("Office 1.01", "private_office"))
            add_lease(
                s,
                s.get(Organisation, org.id),  # type: ignore[arg-type]
                s.get(Space, office.id),  # type: ignore[arg-type]
                date(2026, 1, 1),
                None,
            )
        with pytest.raises(StillInUse, match="1 lease refers") as caught, db.write() as s:
            delete_organisation(s, SYSTEM, org.id)
        assert caught.value.references == {"leases": 1}
        with pytest.raises(StillInUse, match="1 lease refers"), db.write() as s:
            delete_space(s, SYSTEM, office.id)


# ================================================================== members


class TestMembers:
    def test_tricky_name_round_trips(self, any_db: Database) -> None:
        with any_db.write() as s:
            org = create_organisation(s, SYSTEM, _org(TRICKY))
            member = create_member(
                s,
                RECEPTION,
                MemberInput(TRICKY, TRICKY, notes=TRICKY, organisation_id=org.id),
            )
        with any_db.read() as s:
            again = get_member(s, member.id)
            stored = s.get(Member, member.id)
            assert stored is not None
            assert (stored.first_name, stored.last_name, stored.notes) == (TRICKY, TRICKY, TRICKY)
        assert again.first_name == again.last_name == again.notes == TRICKY
        assert again.organisation_name == TRICKY
        assert again == member

    def test_individual_and_organisation_member(self, db: Database) -> None:
        with db.write() as s:
            org = create_organisation(s, SYSTEM, _org())
            staff = create_member(s, SYSTEM, MemberInput("Jan", "Jansen", organisation_id=org.id))
            solo = create_member(s, SYSTEM, MemberInput("Eva", "Bakker"))
        assert staff.organisation_name == "Stichting Noordzee"
        assert staff.organisation_kind is OrganisationKind.NGO
        assert solo.organisation_id is None and solo.organisation_name == ""
        assert solo.full_name == "Eva Bakker"

    @pytest.mark.parametrize("field", ["first_name", "last_name"])
    def test_names_required(self, db: Database, field: str) -> None:
        data: dict[str, Any] = {"first_name": "Jan", "last_name": "Jansen", field: "  "}
        with pytest.raises(ValidationError) as caught, db.write() as s:
            create_member(s, SYSTEM, MemberInput(**data))
        assert caught.value.field == field

    def test_email_unique_case_insensitive(self, db: Database) -> None:
        with db.write() as s:
            create_member(s, SYSTEM, MemberInput("Jan", "Jansen", email="jan@noordzee.example"))
            other = create_member(s, SYSTEM, MemberInput("Jan", "Smit"))
        with pytest.raises(ValidationError) as caught, db.write() as s:
            create_member(s, SYSTEM, MemberInput("J", "J", email="JAN@Noordzee.example"))
        assert caught.value.field == "email"
        assert "Jan Jansen already has" in caught.value.message
        with pytest.raises(ValidationError, match="already has"), db.write() as s:
            update_member(
                s, SYSTEM, other.id, MemberInput("Jan", "Smit", email="Jan@noordzee.example")
            )
        with db.write() as s:  # empty addresses never clash
            create_member(s, SYSTEM, MemberInput("Eva", "Smit"))

    def test_badge_unique(self, db: Database) -> None:
        with db.write() as s:
            create_member(s, SYSTEM, MemberInput("Jan", "Jansen", badge_code="HB000123"))
        with pytest.raises(ValidationError) as caught, db.write() as s:
            create_member(s, SYSTEM, MemberInput("Eva", "Smit", badge_code="hb000123"))
        assert caught.value.field == "badge_code"
        assert "belongs to Jan Jansen" in caught.value.message

    def test_archived_organisation_refused_for_new_people(self, db: Database) -> None:
        with db.write() as s:
            org = create_organisation(s, SYSTEM, _org())
            archive_organisation(s, SYSTEM, org.id)
        with pytest.raises(ValidationError, match="is archived") as caught, db.write() as s:
            create_member(s, SYSTEM, MemberInput("Jan", "Jansen", organisation_id=org.id))
        assert caught.value.field == "organisation"

    def test_update_archive_restore_delete_audit(self, db: Database) -> None:
        with db.write() as s:
            member = create_member(s, SYSTEM, MemberInput("Jan", "Jansen", phone="0612345678"))
        with db.write() as s:
            update_member(
                s, RECEPTION, member.id, MemberInput("Jan", "de Vries", phone="0612345678")
            )
            archive_member(s, RECEPTION, member.id)
            restore_member(s, RECEPTION, member.id)
            delete_member(s, RECEPTION, member.id)
        with db.read() as s:
            entries = _audit(s, "member", member.id)
            assert _count(s, Member) == 0
        assert [e.action for e in entries] == ["create", "update", "archive", "restore", "delete"]
        assert entries[1].changes == {"last_name": ["Jansen", "de Vries"]}
        assert entries[4].changes["last_name"] == ["de Vries", None]

    def test_delete_refused_with_a_booking(self, db: Database) -> None:
        with db.write() as s:
            member = create_member(s, SYSTEM, MemberInput("Jan", "Jansen"))
            room = create_space(s, SYSTEM, SpaceInput("Room Mesdag", "meeting_room", capacity=8))
            start = datetime(2026, 3, 2, 9, tzinfo=UTC)
            request = BookingRequest(
                room.id, start, start + timedelta(hours=1), member_id=member.id
            )
            create_booking(s, request, SYSTEM)
        with pytest.raises(StillInUse, match="1 booking refers to it") as caught, db.write() as s:
            delete_member(s, SYSTEM, member.id)
        assert "Archive them instead" in str(caught.value)
        with pytest.raises(StillInUse, match="Make it inactive instead"), db.write() as s:
            delete_space(s, SYSTEM, room.id)

    def test_list_members(self, db: Database) -> None:
        with db.write() as s:
            ngo = create_organisation(s, SYSTEM, _org())
            startup = create_organisation(s, SYSTEM, _org("Kelpio", kind="startup"))
            create_member(s, SYSTEM, MemberInput("Jan", "Visser", organisation_id=ngo.id))
            create_member(s, SYSTEM, MemberInput("Ingrid", "Ødegaard", organisation_id=startup.id))
            gone = create_member(s, SYSTEM, MemberInput("Eva", "Bakker"))
            archive_member(s, SYSTEM, gone.id)
        with db.read() as s:
            assert [m.last_name for m in list_members(s)] == ["Ødegaard", "Visser"]
            every = list_members(s, include_archived=True)
            assert [m.last_name for m in every] == ["Bakker", "Ødegaard", "Visser"]
            ngo_people = list_members(s, organisation_kind=OrganisationKind.NGO)
            assert [m.first_name for m in ngo_people] == ["Jan"]
            solo = list_members(
                s, include_archived=True, organisation_kind=OrganisationKind.INDIVIDUAL
            )
            assert [m.first_name for m in solo] == ["Eva"]
            counts = {o.name: o.member_count for o in list_organisations(s)}
            assert counts == {"Kelpio": 1, "Stichting Noordzee": 1}


# =================================================================== search


@pytest.fixture
def people(db: Database) -> Database:
    with db.write() as s:
        noordzee = create_organisation(s, SYSTEM, _org("Stichting Noordzee"))
        kelp = create_organisation(s, SYSTEM, _org("Kelpio B.V.", kind="startup"))
        for first, last, email, badge, org in [
            ("Ingrid", "Ødegaard", "ingrid@kelpio.example", "HB000001", kelp.id),
            ("Linh", "Nguyễn", "linh@mail.example", "HB000002", None),
            ("Jan", "Bakker", "jan.bakker@noordzee.example", "HB000003", noordzee.id),
            ("Sanne", "Bakker", "sanne@noordzee.example", "HB000004", noordzee.id),
            ("Emre", "Yılmaz", "emre@kelpio.example", "HB000005", kelp.id),  # noqa: RUF001
        ]:
            create_member(s, SYSTEM, MemberInput(first, last, email, "", badge, org))
    return db


def _names(found: Sequence[MemberRecord]) -> list[str]:
    return [m.full_name for m in found]


class TestSearch:
    def test_by_three_letters_of_last_name(self, people: Database) -> None:
        with people.read() as s:
            assert _names(search_members(s, "bak")) == ["Jan Bakker", "Sanne Bakker"]
            assert _names(search_members(s, "AKK")) == ["Jan Bakker", "Sanne Bakker"]

    def test_by_email_organisation_and_badge(self, people: Database) -> None:
        with people.read() as s:
            assert _names(search_members(s, "linh@mail")) == ["Linh Nguyễn"]
            assert _names(search_members(s, "kelpio")) == ["Ingrid Ødegaard", "Emre Yılmaz"]  # noqa: RUF001
            assert _names(search_members(s, "noordzee")) == ["Jan Bakker", "Sanne Bakker"]
            assert _names(search_members(s, "hb000003")) == ["Jan Bakker"]

    def test_accents_and_case_ignored(self, people: Database) -> None:
        with people.read() as s:
            assert _names(search_members(s, "odeg")) == ["Ingrid Ødegaard"]
            assert _names(search_members(s, "ØDEG")) == ["Ingrid Ødegaard"]
            assert _names(search_members(s, "nguyen")) == ["Linh Nguyễn"]
            assert _names(search_members(s, "yilmaz")) == ["Emre Yılmaz"]  # noqa: RUF001

    def test_every_word_must_match(self, people: Database) -> None:
        with people.read() as s:
            assert _names(search_members(s, "jan bakker")) == ["Jan Bakker"]
            assert _names(search_members(s, "sanne noordzee")) == ["Sanne Bakker"]
            assert search_members(s, "sanne kelpio") == []
            assert search_members(s, "zzzz") == []

    def test_empty_text_and_limit(self, people: Database) -> None:
        with people.read() as s:
            assert len(search_members(s, "")) == 5
            assert _names(search_members(s, "", limit=2)) == ["Jan Bakker", "Sanne Bakker"]
            assert search_members(s, "a", limit=0) == []

    def test_archived_left_out_unless_asked(self, people: Database) -> None:
        with people.write() as s:
            jan = search_members(s, "jan bakker")[0]
            archive_member(s, SYSTEM, jan.id)
        with people.read() as s:
            assert _names(search_members(s, "bakker")) == ["Sanne Bakker"]
            found = search_members(s, "bakker", include_archived=True)
            assert _names(found) == ["Jan Bakker", "Sanne Bakker"]
            assert found[0].archived

    def test_sees_changes_at_once(self, people: Database) -> None:
        with people.read() as s:
            assert _names(search_members(s, "bakker")) == ["Jan Bakker", "Sanne Bakker"]
        with people.write() as s:
            jan = search_members(s, "jan bakker")[0]
            update_member(s, SYSTEM, jan.id, MemberInput("Jan", "Mulder", "jan@zeewind.example"))
            org = get_organisation(s, jan.organisation_id or 0)
            renamed = dataclasses.replace(
                OrganisationInput.from_record(org), name="Stichting Zeewind"
            )
            update_organisation(s, SYSTEM, org.id, renamed)
        with people.read() as s:
            assert _names(search_members(s, "bakker")) == ["Sanne Bakker"]
            assert _names(search_members(s, "mulder")) == ["Jan Mulder"]
            assert _names(search_members(s, "zeewind")) == ["Sanne Bakker", "Jan Mulder"]
            assert search_members(s, "noordzee")[0].organisation_name == "Stichting Zeewind"

    def test_uncommitted_changes_seen_inside_and_gone_after_rollback(
        self, people: Database
    ) -> None:
        with people.read() as s:
            assert search_members(s, "wouters") == []
        with pytest.raises(RuntimeError), people.write() as s:
            create_member(s, SYSTEM, MemberInput("Koen", "Wouters"))
            assert _names(search_members(s, "wouters")) == ["Koen Wouters"]
            raise RuntimeError("cancel")
        with people.read() as s:
            assert search_members(s, "wouters") == []
        # Another member is committed (same ids as the rolled-back one).
        with people.write() as s:
            create_member(s, SYSTEM, MemberInput("Floor", "Kramer"))
        with people.read() as s:
            assert search_members(s, "wouters") == []
            assert _names(search_members(s, "kramer")) == ["Floor Kramer"]


def test_search_on_both_engines(any_db: Database) -> None:
    with any_db.write() as s:
        org = create_organisation(s, SYSTEM, _org("Bürger & Söhne <NGO>"))
        create_member(
            s, SYSTEM, MemberInput("Ingrid", "Ødegaard", "i@b.example", "", "HB9", org.id)
        )
        create_member(s, SYSTEM, MemberInput("Jan", TRICKY))
    with any_db.read() as s:
        assert _names(search_members(s, "ødeg")) == ["Ingrid Ødegaard"]
        assert _names(search_members(s, "burger")) == [f"Jan {TRICKY}", "Ingrid Ødegaard"]
        assert _names(search_members(s, "söhne")) == ["Ingrid Ødegaard"]
        assert _names(search_members(s, "hb9")) == ["Ingrid Ødegaard"]
        assert _names(search_members(s, "مؤسسة")) == [f"Jan {TRICKY}"]
        assert _names(search_members(s, "<b>")) == [f"Jan {TRICKY}"]


# =================================================================== spaces


def _room(name: str = "Room Mesdag", **extra: object) -> SpaceInput:
    values: dict[str, object] = {
        "kind": "meeting_room",
        "capacity": "8",
        "area_m2": "24,5",
        "price_hour": "45,00",
        "price_day": "€ 250",
        "vat_category": "high",
        "amenities": "screen, whiteboard",
        "buffer_minutes": "15",
        **extra,
    }
    return SpaceInput(name, **values)  # type: ignore[arg-type]


class TestSpaces:
    def test_create_normalises(self, db: Database) -> None:
        with db.write() as s:
            ensure_defaults(s)
            room = create_space(s, MANAGER, _room())
        assert room.kind is SpaceKind.MEETING_ROOM
        assert room.capacity == 8
        assert room.area_dm2 == 2450 and room.area_m2_text == "24.5"
        assert room.price_hour == Money(4500)
        assert room.price_day == Money(25000)
        assert room.price_month is None
        assert room.vat_category_code == "high"
        assert room.amenities == ("screen", "whiteboard")
        assert room.buffer_minutes == 15
        assert room.active
        with db.read() as s:
            entries = _audit(s, "space", room.id)
            assert entries[0].changes["price_hour"] == [None, 4500]
            assert entries[0].changes["amenities"] == [None, ["screen", "whiteboard"]]
            assert SpaceInput.from_record(room) == dataclasses.replace(
                _room(),
                capacity=8,
                area_m2="24.5",
                price_hour="45.00",
                price_day="250.00",
                amenities=("screen", "whiteboard"),
                buffer_minutes=15,
                floor=0,
            )

    @pytest.mark.parametrize(
        ("extra", "field", "reason"),
        [
            ({"capacity": "-1"}, "capacity", "negative"),
            ({"buffer_minutes": "241"}, "buffer_minutes", "at most 240"),
            ({"buffer_minutes": "-5"}, "buffer_minutes", "negative"),
            ({"price_hour": "-4"}, "price_hour", "negative"),
            ({"price_day": "lots"}, "price_day", "not an amount"),
            ({"area_m2": "big"}, "area_m2", "not an area"),
            ({"vat_category": "super"}, "vat_category", "no VAT category “super”"),
            ({"kind": "broom cupboard"}, "kind", "not one of"),
            ({"floor": "1.5"}, "floor", "whole number"),
        ],
    )
    def test_bad_input(self, db: Database, extra: dict[str, str], field: str, reason: str) -> None:
        with pytest.raises(ValidationError, match=reason) as caught, db.write() as s:
            ensure_defaults(s)
            create_space(s, MANAGER, _room(**extra))
        assert caught.value.field == field

    def test_inactive_vat_category_only_where_already_used(self, db: Database) -> None:
        with db.write() as s:
            room = create_space(s, MANAGER, _room(vat_category="LOW"))
            assert room.vat_category_code == "low"
            low = s.scalars(select(VatCategory).where(VatCategory.code == "low")).one()
            low.active = False
        with db.write() as s:
            update_space(s, MANAGER, room.id, _room(capacity="9", vat_category="low"))
        with pytest.raises(ValidationError, match="no longer used"), db.write() as s:
            create_space(s, MANAGER, _room("Room Escher", vat_category="low"))

    def test_name_unique(self, db: Database) -> None:
        with db.write() as s:
            ensure_defaults(s)
            create_space(s, MANAGER, _room("Room Israëls"))
        with pytest.raises(ValidationError, match="already a space"), db.write() as s:
            create_space(s, MANAGER, _room("ROOM ISRAËLS"))

    def test_reception_may_not_change_spaces(self, db: Database) -> None:
        with db.write() as s:
            ensure_defaults(s)
            room = create_space(s, MANAGER, _room())
        actions: list[Callable[[Session], object]] = [
            lambda s: create_space(s, RECEPTION, _room("Room Escher")),
            lambda s: update_space(s, RECEPTION, room.id, _room(capacity="20")),
            lambda s: archive_space(s, RECEPTION, room.id),
            lambda s: delete_space(s, RECEPTION, room.id),
        ]
        for action in actions:
            with pytest.raises(PermissionDenied, match="Only a manager may"), db.write() as s:
                action(s)
        with db.read() as s:
            assert [(r.name, r.capacity, r.active) for r in list_spaces(s)] == [
                ("Room Mesdag", 8, True)
            ]
            assert [e.action for e in s.scalars(select(AuditEntry))] == ["create"]

    def test_update_archive_restore_delete(self, db: Database) -> None:
        with db.write() as s:
            ensure_defaults(s)
            room = create_space(s, MANAGER, _room())
            desk = create_space(s, MANAGER, SpaceInput("Flex 1.01", "flex desk", price_day="27,50"))
        with db.write() as s:
            changed = update_space(s, MANAGER, room.id, _room(capacity="10", amenities=["screen"]))
            assert changed.capacity == 10 and changed.amenities == ("screen",)
            archive_space(s, MANAGER, desk.id)
        with db.read() as s:
            assert [r.name for r in list_spaces(s)] == ["Room Mesdag"]
            every = list_spaces(s, include_inactive=True)
            assert [r.name for r in every] == ["Flex 1.01", "Room Mesdag"]
            assert [r.name for r in list_spaces(s, kind=SpaceKind.FLEX_DESK)] == []
            update = _audit(s, "space", room.id)[1]
            assert update.changes == {
                "capacity": [8, 10],
                "amenities": [["screen", "whiteboard"], ["screen"]],
            }
        with db.write() as s:
            assert restore_space(s, MANAGER, desk.id).active
            delete_space(s, MANAGER, desk.id)
        with db.read() as s:
            assert [r.name for r in list_spaces(s, include_inactive=True)] == ["Room Mesdag"]
            actions = [e.action for e in _audit(s, "space", desk.id)]
            assert actions == ["create", "archive", "restore", "delete"]
