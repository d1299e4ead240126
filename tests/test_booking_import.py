"""Importing bookings from a CSV file: local hub times stored as the right UTC
instants across the clock change, every rule of a booking made at the desk,
all or nothing; from the service, the command line and the File menu. Real
database files, no mocks."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hubdesk.app import Core
from hubdesk.db import Database
from hubdesk.domain.enums import SpaceKind, StaffRole
from hubdesk.domain.models import AuditEntry, Booking, StaffUser
from hubdesk.services import directory
from hubdesk.services.audit import SYSTEM, Actor
from hubdesk.services.bookings import BookingRequest, bookings_of, create_booking
from hubdesk.services.csv_import import ImportFailed, ImportResult, import_csv
from hubdesk.services.directory import MemberInput, OrganisationInput, SpaceInput
from hubdesk.services.hub import ensure_defaults, hub_zone
from tests.helpers import T0, open_window, sign_in

MANAGER = Actor("Maarten", 1, StaffRole.MANAGER)
RECEPTION = Actor("Anna", 2, StaffRole.RECEPTION)
BOM = "\ufeff"
TRICKY = "Bürger & Söhne <NGO>"
HEADER = "space;date;start;end;title;people;member_email;organisation;customer;notes\n"


def build_hub(session: Session, *, with_staff: bool = True) -> dict[str, int]:
    """Two meeting rooms (Mesdag keeps 15 minutes free after a booking), an
    inactive room, an organisation with a member, an individual member; and
    the staff of :data:`MANAGER` and :data:`RECEPTION`."""
    ensure_defaults(session)
    for actor in (MANAGER, RECEPTION) if with_staff else ():
        session.add(
            StaffUser(
                id=actor.staff_user_id,
                username=actor.name.lower(),
                display_name=actor.name,
                password_hash="-",
                role=actor.role,
                created_at=T0,
            )
        )
    session.flush()

    def space(name: str, capacity: int, **values: object) -> int:
        data = SpaceInput(
            name=name,
            kind=SpaceKind.MEETING_ROOM.value,
            capacity=capacity,
            price_hour="45",
            **values,  # type: ignore[arg-type]
        )
        return directory.create_space(session, SYSTEM, data).id

    ids = {
        "mesdag": space("Room Mesdag", 8, buffer_minutes=15),
        "escher": space("Room Escher", 4),
        "attic": space("Zolder", 20, active=False),
    }
    org = directory.create_organisation(
        session, SYSTEM, OrganisationInput(name="Stichting Noordzee", kind="ngo")
    )
    ids["org"] = org.id
    ids["jan"] = directory.create_member(
        session,
        SYSTEM,
        MemberInput(
            first_name="Jan",
            last_name="Jansen",
            email="jan@noordzee.example",
            badge_code="HB000001",
            organisation_id=org.id,
        ),
    ).id
    ids["ingrid"] = directory.create_member(
        session,
        SYSTEM,
        MemberInput(first_name="Ingrid", last_name="Ødegaard", email="ingrid@mail.example"),
    ).id
    return ids


@pytest.fixture
def hub(db: Database) -> dict[str, int]:
    with db.write() as session:
        return build_hub(session)


def write(tmp_path: Path, text: str, name: str = "bookings.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def run(db: Database, path: Path, actor: Actor = MANAGER) -> ImportResult:
    with db.write() as session:
        return import_csv(session, actor, "bookings", path)


def failure(db: Database, path: Path, actor: Actor = MANAGER) -> ImportFailed:
    with pytest.raises(ImportFailed) as raised, db.write() as session:
        import_csv(session, actor, "bookings", path)
    return raised.value


def booking_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Booking)) or 0)


def local(db: Database, year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    with db.read() as session:
        tz = hub_zone(session)
    return datetime(year, month, day, hour, minute, tzinfo=tz)


GOOD = (
    HEADER
    + "Room Mesdag;2027-01-11;09:00;10:30;Board meeting;6;jan@noordzee.example;;;\n"
    + "room mesdag;12-7-2027;9:00;10:30;Summer board;;;Stichting Noordzee;;Lunch for 6\n"
    + f"Room Escher;2027-07-12;14:00;15:00;Intake;2;;;{TRICKY};\n"
    + "Room Escher;2027-07-12;15:00;16:00;Follow-up;;HB000001;;;\n"
)


def test_a_good_file_books_every_row_at_the_right_instants(
    db: Database, hub: dict[str, int], tmp_path: Path
) -> None:
    result = run(db, write(tmp_path, GOOD))
    assert (result.created, result.unchanged) == (4, 0)
    assert result.summary == "Imported 4 bookings: 4 new, 0 unchanged."
    with db.read() as session:
        mesdag = bookings_of(session, space_id=hub["mesdag"])
        escher = bookings_of(session, space_id=hub["escher"])
        audit = session.execute(
            select(AuditEntry.entity, AuditEntry.actor).where(AuditEntry.action == "import")
        ).one()
    # winter: 09:00 in The Hague is 08:00 UTC; summer: 07:00 UTC
    winter, summer = mesdag
    assert (winter.start_at, winter.end_at) == (
        datetime(2027, 1, 11, 8, 0, tzinfo=UTC),
        datetime(2027, 1, 11, 9, 30, tzinfo=UTC),
    )
    assert (summer.start_at, summer.end_at) == (
        datetime(2027, 7, 12, 7, 0, tzinfo=UTC),
        datetime(2027, 7, 12, 8, 30, tzinfo=UTC),
    )
    assert (winter.title, winter.people, winter.member_id) == ("Board meeting", 6, hub["jan"])
    assert winter.organisation_id == hub["org"]  # the member's organisation pays
    assert (summer.people, summer.member_id, summer.organisation_id) == (1, None, hub["org"])
    assert summer.notes == "Lunch for 6"
    intake, follow_up = escher
    assert intake.customer_name == TRICKY and intake.booker == TRICKY
    assert follow_up.member_id == hub["jan"]  # found by badge code
    assert tuple(audit) == ("bookings", "Maarten")

    # the same file again adds nothing twice
    again = run(db, write(tmp_path, GOOD, "again.csv"))
    assert (again.created, again.unchanged) == (0, 4)
    assert booking_count(db) == 4


def test_an_overlapping_row_and_an_unknown_space_store_nothing(
    db: Database, hub: dict[str, int], tmp_path: Path
) -> None:
    with db.write() as session:
        existing = create_booking(
            session,
            BookingRequest(
                hub["mesdag"],
                local(db, 2027, 1, 11, 10),
                local(db, 2027, 1, 11, 11),
                title="Strategy day",
                customer_name="Gemeente Den Haag",
            ),
            MANAGER,
        )
    text = (
        HEADER
        + "Room Escher;2027-01-11;09:00;10:00;Fine;;;Stichting Noordzee;;\n"
        + "Room Mesdag;2027-01-11;10:30;11:30;Clash;;;Stichting Noordzee;;\n"
        + "Room Escher;2027-01-12;09:00;10:00;Fine too;;;Stichting Noordzee;;\n"
        + "Room Rembrandt;2027-01-11;09:00;10:00;Nowhere;;;Stichting Noordzee;;\n"
    )
    error = failure(db, write(tmp_path, text))
    assert [(p.line, p.column) for p in error.problems] == [(3, ""), (5, "space")]
    clash, unknown = error.problems
    assert "Room Mesdag is already booked then" in clash.reason
    assert f"#{existing.id} “Strategy day, Gemeente Den Haag” 2027-01-11 10:00" in clash.reason
    assert "Room Rembrandt" in unknown.reason
    assert "line 3" in str(error) and "line 5" in str(error)
    assert "Nothing was imported: 2 rows have problems" in str(error)
    assert booking_count(db) == 1  # only the booking that was there


def test_a_row_overlapping_an_earlier_row_of_the_file_is_refused(
    db: Database, hub: dict[str, int], tmp_path: Path
) -> None:
    # Mesdag keeps 15 minutes free after a booking: 10:10 is inside line 2's buffer
    text = (
        HEADER
        + "Room Mesdag;2027-07-05;09:00;10:00;First;;jan@noordzee.example;;;\n"
        + "Room Mesdag;2027-07-05;10:10;11:00;Second;;ingrid@mail.example;;;\n"
        + "Room Mesdag;2027-07-05;10:15;11:00;Would fit;;ingrid@mail.example;;;\n"
    )
    error = failure(db, write(tmp_path, text))
    assert [p.line for p in error.problems] == [3]
    assert "line 2 of this file, 2027-07-05 09:00 to 10:00" in error.problems[0].reason
    assert booking_count(db) == 0
    # without the second row the file imports (10:15 is just after the buffer)
    fixed = text.replace("Room Mesdag;2027-07-05;10:10;11:00;Second;;ingrid@mail.example;;;\n", "")
    assert run(db, write(tmp_path, fixed, "fixed.csv")).created == 2


def test_every_rule_of_the_desk_is_a_row_problem(
    db: Database, hub: dict[str, int], tmp_path: Path
) -> None:
    text = (
        HEADER
        + "Room Escher;2027-01-11;11:00;10:00;Backwards;;;Stichting Noordzee;;\n"  # 2
        + "Room Escher;2027-01-11;09:00;10:00;Crowded;5;;Stichting Noordzee;;\n"  # 3
        + "Zolder;2027-01-11;09:00;10:00;Closed room;;;Stichting Noordzee;;\n"  # 4
        + "Room Escher;2027-01-11;06:00;07:00;Too early;;;Stichting Noordzee;;\n"  # 5
        + "Room Escher;2027-01-16;10:00;11:00;Saturday;;;Stichting Noordzee;;\n"  # 6
        + "Room Escher;2027-01-11;12:00;13:00;Nobody;;;;;\n"  # 7
        + "Room Escher;2027-01-11;12:00;13:00;Stranger;;nobody@mail.example;;;\n"  # 8
        + "Room Escher;2027-01-11;12:00;13:00;Unknown org;;;Stichting Zuidzee;;\n"  # 9
        + "Room Escher;31-2-2027;12:00;13:00;No such day;;;Stichting Noordzee;;\n"  # 10
        + "Room Escher;2027-01-11;half tien;13:00;Words;;;Stichting Noordzee;;\n"  # 11
        + "Room Escher;2027-01-11;12:00;25:00;Late;;;Stichting Noordzee;;\n"  # 12
        + "Room Escher;2027-01-11;12:00;13:00;Fine;;;Stichting Noordzee;;\n"  # 13
    )
    error = failure(db, write(tmp_path, text))
    assert [(p.line, p.column) for p in error.problems] == [
        (2, "end"),
        (3, "people"),
        (4, "space"),
        (5, "start"),
        (6, "start"),
        (7, ""),
        (8, "member_email"),
        (9, "organisation"),
        (10, "date"),
        (11, "start"),
        (12, "end"),
    ]
    reasons = {p.line: p.reason for p in error.problems}
    assert reasons[2] == "The end must be after the start"
    assert reasons[3] == "Room Escher holds at most 4 people"
    assert reasons[4] == "Zolder is not in use"
    assert reasons[5] == "The hub opens at 08:00"
    assert reasons[6].startswith("The hub is closed on Saturday")
    assert "member_email, organisation or customer" in reasons[7]
    assert "nobody@mail.example" in reasons[8]
    assert booking_count(db) == 0


def test_outside_hours_and_the_past_are_for_managers(
    db: Database, hub: dict[str, int], tmp_path: Path
) -> None:
    late = (
        "space,date,start,end,organisation,outside_hours\n"
        "Room Escher,2027-01-11,19:00,21:00,Stichting Noordzee,yes\n"
    )
    error = failure(db, write(tmp_path, late, "late.csv"), RECEPTION)
    assert [(p.line, p.column) for p in error.problems] == [(2, "start")]
    assert "Only a manager" in error.problems[0].reason
    past = (
        "space,date,start,end,organisation\nRoom Escher,2026-03-02,10:00,11:00,Stichting Noordzee\n"
    )
    error = failure(db, write(tmp_path, past, "past.csv"), RECEPTION)
    assert error.problems[0].reason == "That time has already passed"
    assert booking_count(db) == 0
    # the manager imports both: history from an earlier system, an evening event
    assert run(db, write(tmp_path, late, "late.csv")).created == 1
    assert run(db, write(tmp_path, past, "past.csv")).created == 1
    with db.read() as session:
        found = bookings_of(session, space_id=hub["escher"])
    assert [b.start_at for b in found] == [
        datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
        datetime(2027, 1, 11, 18, 0, tzinfo=UTC),
    ]


def test_dutch_excel_file_with_byte_order_mark_and_semicolons(
    db: Database, hub: dict[str, int], tmp_path: Path
) -> None:
    text = (
        f"{BOM}Ruimte;Datum;Van;Tot;Onderwerp;Aantal personen;Lid;Opmerkingen\r\n"
        "Room Mesdag;11-1-2027;9.00;10.30;Bestuursvergadering;6;HB000001;"
        '"Koffie; thee\r\nen broodjes"\r\n'
        "Room Mesdag;5-7-2027;09:00:00;10:30:00;Zomeroverleg;3;JAN@noordzee.example;\r\n"
    )
    result = run(db, write(tmp_path, text, "boekingen.csv"))
    assert result.created == 2
    with db.read() as session:
        found = bookings_of(session, space_id=hub["mesdag"])
    assert [(b.start_at.hour, b.end_at.hour, b.end_at.minute) for b in found] == [
        (8, 9, 30),
        (7, 8, 30),
    ]
    assert found[0].title == "Bestuursvergadering"
    assert found[0].notes == "Koffie; thee\nen broodjes"
    assert {b.member_id for b in found} == {hub["jan"]}


def test_a_header_without_the_required_columns(
    db: Database, hub: dict[str, int], tmp_path: Path
) -> None:
    error = failure(db, write(tmp_path, "space;date;title\nRoom Mesdag;2027-01-11;x\n"))
    assert "missing required columns start, end" in str(error)


# ---------------------------------------------------------------- command line


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hubdesk", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ},
    )


def test_the_command_line_imports_bookings_all_or_nothing(tmp_path: Path) -> None:
    path = tmp_path / "hub.sqlite"
    database = Database.open(path)
    with database.write() as session:
        build_hub(session)
    database.close()

    good = write(tmp_path, GOOD)
    result = run_cli("import", "bookings", str(good), "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Imported 4 bookings: 4 new, 0 unchanged."

    bad = write(
        tmp_path,
        HEADER
        + "Room Escher;2027-02-01;09:00;10:00;Fine;;;Stichting Noordzee;;\n"
        + "Room Mesdag;2027-01-11;09:30;10:00;Clash;;;Stichting Noordzee;;\n",
        "bad.csv",
    )
    result = run_cli("import", "bookings", str(bad), "--db", str(path))
    assert result.returncode == 1
    assert "Nothing was imported" in result.stderr
    assert "line 3" in result.stderr and "Room Mesdag is already booked then" in result.stderr

    usage = run_cli("import", "booking", str(bad), "--db", str(path))
    assert usage.returncode == 2
    assert "invalid choice" in usage.stderr

    database = Database.open(path)
    try:
        assert booking_count(database) == 4
    finally:
        database.close()


# ------------------------------------------------------------------- the window


def test_import_bookings_from_the_file_menu(qtbot: QtBot, tmp_path: Path) -> None:
    from hubdesk.services import staff

    core = Core.open(tmp_path / "hub.sqlite")
    try:
        core.write(lambda s: build_hub(s, with_staff=False))
        core.write(lambda s: staff.create_first_manager(s, "maria", "Maria", "correct horse"))
        core.write(
            lambda s: staff.add_staff(
                s, SYSTEM, "anna", "Anna", "reception pw", StaffRole.RECEPTION
            )
        )
        window = open_window(qtbot, core, tmp_path)
        file_menu = window.menuBar().actions()[0].menu()
        texts = [action.text() for action in file_menu.actions()]
        assert "Import bookings…" in texts
        assert texts.index("Import bookings…") == texts.index("Import spaces…") + 1
        action = next(a for a in file_menu.actions() if a.text() == "Import bookings…")
        assert not action.isEnabled()  # before signing in

        sign_in(qtbot, window, "anna", "reception pw")
        assert action.isEnabled()  # reception imports bookings (spaces they cannot)

        bad = write(
            tmp_path,
            HEADER + "Room Escher;2027-01-11;11:00;10:00;Backwards;;;Stichting Noordzee;;\n",
            "bad.csv",
        )
        assert not window.import_file("bookings", str(bad))
        assert "line 2, end: The end must be after the start" in window.last_import_message
        assert booking_count(core.db) == 0

        with qtbot.waitSignal(window.data_changed, timeout=2000) as changed:
            assert window.import_file("bookings", str(write(tmp_path, GOOD)))
        assert "booking" in changed.args[0]
        assert window.last_import_message == "Imported 4 bookings: 4 new, 0 unchanged."
        assert booking_count(core.db) == 4
        window.close()
    finally:
        core.close()
