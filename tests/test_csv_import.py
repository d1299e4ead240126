"""CSV import of organisations, members and spaces: encodings, separators,
headers (English and Dutch), all-or-nothing with line-numbered problems, and
re-imports that update instead of duplicating; on real database files."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hubdesk.db import Database
from hubdesk.domain.enums import Language, OrganisationKind, SpaceKind, StaffRole
from hubdesk.domain.models import AuditEntry, Member, Organisation, Space, StaffUser
from hubdesk.domain.money import Money
from hubdesk.services.audit import SYSTEM, Actor
from hubdesk.services.csv_import import (
    COLUMNS,
    ImportFailed,
    ImportResult,
    Problem,
    columns_markdown,
    import_csv,
)
from hubdesk.services.directory import (
    PermissionDenied,
    list_members,
    list_organisations,
    list_spaces,
)
from hubdesk.services.hub import ensure_defaults
from tests.helpers import T0

RECEPTION = Actor("Anna", 2, StaffRole.RECEPTION)
MANAGER = Actor("Maarten", 1, StaffRole.MANAGER)
BOM = "\ufeff"
TRICKY = "<b>Bürger & Søn</b> مؤسسة"

ORGANISATIONS = (
    f"{BOM}name;kind;email;vat_id;iban;city;country;billing_address\n"
    "Stichting Noordzee;ngo;info@noordzee.example;;NL91 ABNA 0417 1643 00;Den Haag;NL;"
    "Zeestraat 1\n"
    f"{TRICKY};NGO;hallo@buerger.example;DE136695976;;Berlin;Duitsland;\n"
    'Kelpio B.V.;startup;hello@kelpio.example;NL000099998B57;;Delft;;"Kade 3;\n2611 AB"\n'
    "Gemeente Den Haag, team Innovatie;overheid;;;;Den Haag;NL;\n"
)


def add_staff(database: Database) -> Database:
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


def write(tmp_path: Path, text: str, name: str = "import.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def run(database: Database, kind: str, path: Path, actor: Actor = RECEPTION) -> ImportResult:
    with database.write() as s:
        return import_csv(s, actor, kind, path)  # type: ignore[arg-type]


def failure(database: Database, kind: str, path: Path, actor: Actor = RECEPTION) -> ImportFailed:
    with pytest.raises(ImportFailed) as caught:
        run(database, kind, path, actor)
    return caught.value


def count(session: Session, model: type[object]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def stored(database: Database) -> dict[str, int]:
    with database.read() as s:
        return {
            "organisations": count(s, Organisation),
            "members": count(s, Member),
            "spaces": count(s, Space),
            "audit": count(s, AuditEntry),
        }


# ============================================================ organisations


class TestOrganisations:
    def test_good_file_with_bom_and_semicolons(self, db: Database, tmp_path: Path) -> None:
        result = run(db, "organisations", write(tmp_path, ORGANISATIONS))
        assert (result.created, result.updated, result.unchanged) == (4, 0, 0)
        assert result.summary == "Imported 4 organisations: 4 new, 0 updated, 0 unchanged."
        with db.read() as s:
            found = {o.name: o for o in list_organisations(s)}
        assert set(found) == {
            "Stichting Noordzee",
            TRICKY,
            "Kelpio B.V.",
            "Gemeente Den Haag, team Innovatie",
        }
        noordzee = found["Stichting Noordzee"]
        assert noordzee.iban == "NL91ABNA0417164300"
        assert noordzee.billing_address == "Zeestraat 1"
        assert found[TRICKY].kind is OrganisationKind.NGO
        assert found[TRICKY].country == "DE"
        assert found["Kelpio B.V."].billing_address == "Kade 3;\n2611 AB"
        assert found["Kelpio B.V."].country == "NL"
        assert found["Gemeente Den Haag, team Innovatie"].kind is OrganisationKind.GOVERNMENT
        with db.read() as s:
            entries = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
            assert [e.action for e in entries] == ["create"] * 4 + ["import"]
            assert entries[-1].changes["created"] == [None, 4]

    def test_same_file_twice_duplicates_nothing(self, any_db: Database, tmp_path: Path) -> None:
        path = write(tmp_path, ORGANISATIONS)
        run(any_db, "organisations", path)
        again = run(any_db, "organisations", path)
        assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
        assert stored(any_db)["organisations"] == 4

    def test_changed_values_update_and_empty_cells_keep(self, db: Database, tmp_path: Path) -> None:
        run(db, "organisations", write(tmp_path, ORGANISATIONS))
        changed = (
            "Name,Kind,City,E-mail\n"
            "STICHTING NOORDZEE,ngo,Scheveningen,\n"  # name matched case-insensitively
            "Kelpio B.V.,startup,Delft,hello@kelpio.example\n"
        )
        result = run(db, "organisations", write(tmp_path, changed, "changed.csv"))
        assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
        with db.read() as s:
            noordzee = next(o for o in list_organisations(s) if o.name == "Stichting Noordzee")
            update = s.scalars(
                select(AuditEntry).where(
                    AuditEntry.action == "update", AuditEntry.entity_id == str(noordzee.id)
                )
            ).one()
            assert update.changes == {"city": ["Den Haag", "Scheveningen"]}
        assert noordzee.city == "Scheveningen"
        assert noordzee.email == "info@noordzee.example"  # empty cell: kept

    def test_bad_email_on_line_4_imports_nothing(self, any_db: Database, tmp_path: Path) -> None:
        text = (
            "name;kind;email\n"
            "Stichting Noordzee;ngo;info@noordzee.example\n"
            "Kelpio;startup;hello@kelpio.example\n"
            "Duinwacht;ngo;info@duinwacht\n"
            "Zeewind;ngo;zeewind@example.org\n"
        )
        error = failure(any_db, "organisations", write(tmp_path, text))
        assert error.problems == (
            Problem(
                4,
                "email",
                "Not a valid e-mail address: the domain “duinwacht” needs a dot, as in example.org",
            ),
        )
        assert "Nothing was imported: 1 row has a problem" in str(error)
        assert "line 4, email: Not a valid e-mail address" in str(error)
        assert stored(any_db)["organisations"] == 0
        assert stored(any_db)["audit"] == 0

    def test_nothing_stored_even_if_the_caller_commits(
        self, any_db: Database, tmp_path: Path
    ) -> None:
        path = write(tmp_path, "name;kind\nGood;ngo\nBad;charity shop\n")
        with any_db.write() as s:
            with pytest.raises(ImportFailed):
                import_csv(s, RECEPTION, "organisations", path)
            s.add(Organisation(name="Added by hand", kind=OrganisationKind.NGO, created_at=T0))
        with any_db.read() as s:
            assert [o.name for o in list_organisations(s)] == ["Added by hand"]

    def test_every_bad_row_listed(self, db: Database, tmp_path: Path) -> None:
        text = (
            "name;kind;iban;vat_id;kvk\n"
            "A;ngo;NL92ABNA0417164300;;\n"
            ";ngo;;;\n"
            "C;charity;;NL123456789B01;123\n"
            "D;ngo;;;\n"
        )
        error = failure(db, "organisations", write(tmp_path, text))
        assert [(p.line, p.column) for p in error.problems] == [
            (2, "iban"),
            (3, "name"),
            (4, "kind"),
            (4, "vat_id"),
            (4, "kvk"),
        ]
        assert error.problems[0].reason == "Not a valid IBAN: the check digits do not match"
        assert error.problems[1].reason == "a value is required"
        assert "3 rows have problems" in str(error)

    def test_duplicate_names_in_one_file(self, db: Database, tmp_path: Path) -> None:
        text = "name,kind\nKelpio,startup\nStichting X,ngo\nKELPIO ,startup\n"
        error = failure(db, "organisations", write(tmp_path, text))
        assert error.problems == (Problem(4, "", "the same organisation as on line 2"),)

    def test_dutch_headers(self, db: Database, tmp_path: Path) -> None:
        text = (
            "Naam;Soort;E-mailadres;Telefoon;BTW-nummer;KvK-nummer;Plaats;Land;Taal\n"
            "Stichting Duinwacht;stichting;info@duinwacht.example;070 555 0100;"
            "NL000099998B57;6930 1234;Den Haag;Nederland;Nederlands\n"
        )
        assert run(db, "organisations", write(tmp_path, text)).created == 1
        with db.read() as s:
            (org,) = list_organisations(s)
        assert (org.name, org.kind, org.email, org.phone) == (
            "Stichting Duinwacht",
            OrganisationKind.NGO,
            "info@duinwacht.example",
            "070 555 0100",
        )
        assert (org.vat_id, org.kvk, org.city, org.country, org.language) == (
            "NL000099998B57",
            "69301234",
            "Den Haag",
            "NL",
            Language.NL,
        )

    def test_quoted_multiline_cells_keep_line_numbers(self, db: Database, tmp_path: Path) -> None:
        text = (
            "name,kind,billing_address\n"
            '"Noordzee, Stichting",ngo,"Zeestraat 1\n2586 AB\nDen Haag"\n'
            "Kelpio,startup,\n"
            "Zeewind,nope,\n"
        )
        error = failure(db, "organisations", write(tmp_path, text))
        assert [(p.line, p.column) for p in error.problems] == [(6, "kind")]


# ============================================================ the file itself


class TestFiles:
    def test_non_utf8_refused(self, db: Database, tmp_path: Path) -> None:
        text = "name;kind\nStichting Noordzee;ngo\nBürger & Söhne;ngo\n"
        error = failure(db, "organisations", write(tmp_path, text, encoding="cp1252"))
        message = str(error)
        assert "not a UTF-8 text file" in message
        assert "line 3" in message
        assert "Save it as UTF-8" in message
        assert stored(db)["organisations"] == 0

    @pytest.mark.parametrize("text", ["", BOM, "  \n\n", ";;;\n"])
    def test_empty_file(self, db: Database, tmp_path: Path, text: str) -> None:
        assert "is empty" in str(failure(db, "organisations", write(tmp_path, text)))

    def test_header_only(self, db: Database, tmp_path: Path) -> None:
        error = failure(db, "organisations", write(tmp_path, "name;kind\n"))
        assert "has a header but no rows" in str(error)

    def test_no_header(self, db: Database, tmp_path: Path) -> None:
        error = failure(
            db, "organisations", write(tmp_path, "Stichting Noordzee;ngo\nKelpio;startup\n")
        )
        assert "has no header line" in str(error)
        assert "name;kind" in str(error)

    def test_unknown_and_missing_columns_in_one_message(self, db: Database, tmp_path: Path) -> None:
        text = "Voornaam;Leeftijd;Schoenmaat\nJan;40;44\n"
        message = str(failure(db, "members", write(tmp_path, text)))
        assert "unknown columns “Leeftijd”, “Schoenmaat”" in message
        assert "missing required column last_name" in message
        assert "The columns are: first_name, last_name, email" in message

    def test_column_given_twice(self, db: Database, tmp_path: Path) -> None:
        text = "name;kind;email;e-mail\nA;ngo;a@b.example;a@b.example\n"
        assert "columns given twice: email" in str(
            failure(db, "organisations", write(tmp_path, text))
        )

    def test_too_many_values(self, db: Database, tmp_path: Path) -> None:
        text = "name;kind\nA;ngo;surprise\nB;ngo;;\n"  # trailing empty cells are fine
        error = failure(db, "organisations", write(tmp_path, text))
        assert error.problems == (Problem(2, "", "has 3 values but the header names 2 columns"),)

    def test_windows_line_ends_and_trailing_separators(self, db: Database, tmp_path: Path) -> None:
        text = f"{BOM}name;kind;city;;\r\nA;ngo;Delft;;\r\nB;ngo;Leiden;;\r\nC;nope;;;\r\n"
        error = failure(db, "organisations", write(tmp_path, text))
        assert [(p.line, p.column) for p in error.problems] == [(4, "kind")]
        fixed = text.replace("nope", "startup")
        assert run(db, "organisations", write(tmp_path, fixed, "fixed.csv")).created == 3

    def test_blank_lines_skipped(self, db: Database, tmp_path: Path) -> None:
        text = "\nname;kind\n\nA;ngo\n;\nB;ngo\n\n"
        assert run(db, "organisations", write(tmp_path, text)).created == 2

    def test_columns_markdown(self) -> None:
        text = columns_markdown()
        assert text.startswith("## Importing from CSV")
        for kind, columns in COLUMNS.items():
            assert f"### {kind.capitalize()}" in text
            for column in columns:
                assert f"| `{column.name}` |" in text
        assert "`voornaam`" in text and "`e-mail`" in text


# ================================================================== members


@pytest.fixture
def with_organisations(db: Database, tmp_path: Path) -> Database:
    run(db, "organisations", write(tmp_path, ORGANISATIONS, "organisations.csv"))
    return db


MEMBERS = (
    f"{BOM}first_name;last_name;email;organisation;badge_code;phone\n"
    "Jan;Jansen;jan@noordzee.example;stichting noordzee;HB000001;+31 6 1234 5678\n"
    f"Ingrid;Ødegaard;;{TRICKY};HB000002;\n"
    "Linh;Nguyễn;linh@mail.example;;;\n"
)


class TestMembers:
    def test_import_and_reimport(self, with_organisations: Database, tmp_path: Path) -> None:
        db = with_organisations
        path = write(tmp_path, MEMBERS)
        assert run(db, "members", path).summary == (
            "Imported 3 members: 3 new, 0 updated, 0 unchanged."
        )
        again = run(db, "members", path)
        assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
        with db.read() as s:
            people = {m.last_name: m for m in list_members(s)}
        assert len(people) == 3
        assert people["Jansen"].organisation_name == "Stichting Noordzee"
        assert people["Ødegaard"].organisation_name == TRICKY
        assert people["Nguyễn"].organisation_id is None
        assert people["Jansen"].phone == "+31 6 1234 5678"

    def test_matching_on_email_and_on_name(
        self, with_organisations: Database, tmp_path: Path
    ) -> None:
        db = with_organisations
        run(db, "members", write(tmp_path, MEMBERS))
        changes = (
            "Voornaam,Achternaam,E-mail,Organisatie,Telefoon\n"
            "Jan,Jansen-de Vries,JAN@noordzee.example,,\n"  # e-mail match: name changes
            f'Ingrid,Ødegaard,ingrid@buerger.example,"{TRICKY}",\n'  # name match, gets e-mail
            "Linh,Nguyễn,,,070 555 0199\n"  # name match (no organisation)
            "Eva,Bakker,,,\n"  # new
        )
        result = run(db, "members", write(tmp_path, changes, "changes.csv"))
        assert (result.created, result.updated, result.unchanged) == (1, 3, 0)
        with db.read() as s:
            people = {m.first_name: m for m in list_members(s)}
        assert len(people) == 4
        assert people["Jan"].last_name == "Jansen-de Vries"
        assert people["Jan"].email == "jan@noordzee.example"  # matched, kept as stored
        assert people["Jan"].organisation_name == "Stichting Noordzee"  # empty cell: kept
        assert people["Ingrid"].email == "ingrid@buerger.example"
        assert people["Linh"].email == "linh@mail.example"
        assert people["Linh"].phone == "070 555 0199"

    def test_unknown_organisation_is_a_row_error(
        self, with_organisations: Database, tmp_path: Path
    ) -> None:
        text = (
            "first_name;last_name;organisation\nJan;Jansen;Stichting Noordzee\nEva;Bakker;Nope BV\n"
        )
        error = failure(with_organisations, "members", write(tmp_path, text))
        assert error.problems == (
            Problem(
                3,
                "organisation",
                "there is no organisation “Nope BV” (import or add it first)",
            ),
        )
        assert stored(with_organisations)["members"] == 0

    def test_uniqueness_problems(self, with_organisations: Database, tmp_path: Path) -> None:
        text = (
            "first_name;last_name;email;badge_code\n"
            "Jan;Jansen;jan@x.example;HB1\n"
            "Eva;Bakker;eva@x.example;hb1\n"
            "Jan;Smit;JAN@x.example;\n"
        )
        error = failure(with_organisations, "members", write(tmp_path, text))
        assert [(p.line, p.column) for p in error.problems] == [(3, "badge_code"), (4, "")]
        assert error.problems[0].reason == "Badge hb1 belongs to Jan Jansen"
        assert error.problems[1].reason == "the same member as on line 2"


# =================================================================== spaces

SPACES = (
    "name;kind;floor;capacity;area_m2;price_hour;price_day;vat_category;amenities;"
    "buffer_minutes;active\n"
    "Room Mesdag;meeting room;1;8;24,5;45,00;250;high;screen|whiteboard;15;ja\n"
    "Office 1.01;kantoor;1;4;18;;;exempt;;;\n"
    "Flex 2.01;flexplek;2;1;4;;27,50;high;monitor;;nee\n"
)


class TestSpaces:
    def test_reception_refused_nothing_stored(self, db: Database, tmp_path: Path) -> None:
        with pytest.raises(PermissionDenied, match="Only a manager may import spaces"):
            run(db, "spaces", write(tmp_path, SPACES), RECEPTION)
        assert stored(db)["spaces"] == 0

    def test_manager_imports(self, db: Database, tmp_path: Path) -> None:
        path = write(tmp_path, SPACES)
        assert run(db, "spaces", path, MANAGER).created == 3
        again = run(db, "spaces", path, SYSTEM)
        assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
        with db.read() as s:
            spaces = {r.name: r for r in list_spaces(s, include_inactive=True)}
        room = spaces["Room Mesdag"]
        assert room.kind is SpaceKind.MEETING_ROOM
        assert (room.floor, room.capacity, room.area_dm2, room.buffer_minutes) == (1, 8, 2450, 15)
        assert (room.price_hour, room.price_day) == (Money(4500), Money(25000))
        assert room.amenities == ("screen", "whiteboard")
        assert room.vat_category_code == "high"
        assert spaces["Office 1.01"].kind is SpaceKind.PRIVATE_OFFICE
        assert spaces["Office 1.01"].vat_category_code == "exempt"
        assert not spaces["Flex 2.01"].active
        assert spaces["Flex 2.01"].price_day == Money(2750)

    def test_bad_space_rows(self, db: Database, tmp_path: Path) -> None:
        text = "naam;soort;capaciteit;buffer;btw\nA;meeting_room;-1;300;high\nB;desk;;;super\n"
        error = failure(db, "spaces", write(tmp_path, text), MANAGER)
        assert [(p.line, p.column) for p in error.problems] == [
            (2, "capacity"),
            (2, "buffer_minutes"),
            (3, "kind"),
        ]
        text = "naam;soort;btw\nB;meeting room;super\n"
        error = failure(db, "spaces", write(tmp_path, text, "b.csv"), MANAGER)
        assert error.problems[0].column == "vat_category"
        assert "no VAT category “super”" in error.problems[0].reason
