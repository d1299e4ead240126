"""Export bookings (.ics): what a calendar program reads back (wall-clock
times in Europe/Amsterdam on both sides of the clock change, stable UIDs,
names in any script), files written whole or not at all, and the export
from the members and spaces pages on a real database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from hubdesk.app import Core
from hubdesk.domain.enums import SpaceKind
from hubdesk.domain.models import HubSettings
from hubdesk.services import directory
from hubdesk.services.audit import SYSTEM
from hubdesk.services.bookings import BookingRequest, cancel_booking, create_booking
from hubdesk.services.calendar_export import export_ics
from hubdesk.services.directory import MemberInput, OrganisationInput, SpaceInput
from hubdesk.services.export_files import safe_file_name, write_atomically
from hubdesk.services.hub import hub_zone
from hubdesk.ui import ics_file
from tests.helpers import TEST_NOW, open_window, sign_in

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

HUB = "Impact Hub Den Haag"
ARABIC = "مؤسسة الأمل"
TRICKY = "Bürger & Söhne <NGO>"


def at(session: Session, year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=hub_zone(session))


def fill(session: Session) -> dict[str, int]:
    """Room Mesdag; a member of an Arabic-named foundation with a winter and
    a summer booking at 09:00-10:30, a cancelled one, and an outside
    customer's booking of the same room."""
    settings = session.get(HubSettings, 1)
    assert settings is not None
    settings.name = HUB
    room = directory.create_space(
        session,
        SYSTEM,
        SpaceInput(name="Room Mesdag", kind=SpaceKind.MEETING_ROOM.value, capacity=8),
    )
    office = directory.create_space(
        session, SYSTEM, SpaceInput(name="Office 1.01", kind=SpaceKind.PRIVATE_OFFICE.value)
    )
    org = directory.create_organisation(session, SYSTEM, OrganisationInput(name=ARABIC, kind="ngo"))
    member = directory.create_member(
        session,
        SYSTEM,
        MemberInput(first_name="Yara", last_name="Haddad", organisation_id=org.id),
    )

    def book(start: datetime, end: datetime, title: str, **who: object) -> int:
        request = BookingRequest(room.id, start, end, title=title, **who)  # type: ignore[arg-type]
        return create_booking(session, request, SYSTEM).id

    ids = {
        "room": room.id,
        "office": office.id,
        "member": member.id,
        "winter": book(
            at(session, 2027, 1, 11, 9),
            at(session, 2027, 1, 11, 10, 30),
            f"{TRICKY} kick-off",
            member_id=member.id,
        ),
        "summer": book(
            at(session, 2027, 7, 12, 9),
            at(session, 2027, 7, 12, 10, 30),
            "Zomeroverleg",
            member_id=member.id,
        ),
        "cancelled": book(
            at(session, 2027, 3, 1, 9),
            at(session, 2027, 3, 1, 10, 30),
            "Called off",
            member_id=member.id,
        ),
        "customer": book(
            at(session, 2027, 2, 1, 14),
            at(session, 2027, 2, 1, 15),
            "",
            customer_name=TRICKY,
        ),
    }
    cancel_booking(session, ids["cancelled"], SYSTEM)
    return ids


@pytest.fixture
def hub(core: Core) -> dict[str, int]:
    return core.write(fill)


def events(data: bytes) -> tuple[Calendar, list[object]]:
    calendar = Calendar.from_ical(data)
    return calendar, list(calendar.walk("VEVENT"))


def test_a_member_s_bookings_read_back_at_their_wall_clock_times(
    core: Core, hub: dict[str, int]
) -> None:
    data = core.read(lambda s: export_ics(s, member_id=hub["member"]))
    calendar, found = events(data)
    assert str(calendar["X-WR-CALNAME"]) == f"Yara Haddad ({HUB})"
    zones = calendar.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["Europe/Amsterdam"]
    assert len(found) == 3  # not the customer's
    by_uid = {str(e["UID"]): e for e in found}  # type: ignore[index]
    assert set(by_uid) == {
        f"booking-{hub['winter']}@hubdesk",
        f"booking-{hub['summer']}@hubdesk",
        f"booking-{hub['cancelled']}@hubdesk",
    }
    # a cancelled booking is marked so, for calendars that imported it before
    assert str(by_uid[f"booking-{hub['cancelled']}@hubdesk"]["STATUS"]) == "CANCELLED"  # type: ignore[index]
    winter = by_uid[f"booking-{hub['winter']}@hubdesk"]
    summer = by_uid[f"booking-{hub['summer']}@hubdesk"]
    for event in (winter, summer):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")  # type: ignore[attr-defined]
        assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"  # type: ignore[index]
        assert event["DTEND"].params["TZID"] == "Europe/Amsterdam"  # type: ignore[index]
        assert (start.hour, start.minute, end.hour, end.minute) == (9, 0, 10, 30)
        assert str(event["LOCATION"]) == f"Room Mesdag, {HUB}"  # type: ignore[index]
        assert str(event["STATUS"]) == "CONFIRMED"  # type: ignore[index]
    # the same wall-clock hours are different instants in winter and in summer
    assert winter.decoded("DTSTART").astimezone(UTC) == datetime(2027, 1, 11, 8, 0, tzinfo=UTC)  # type: ignore[attr-defined]
    assert summer.decoded("DTSTART").astimezone(UTC) == datetime(2027, 7, 12, 7, 0, tzinfo=UTC)  # type: ignore[attr-defined]
    assert str(winter["SUMMARY"]) == f"{TRICKY} kick-off"  # type: ignore[index]
    assert str(summer["SUMMARY"]) == "Zomeroverleg"  # type: ignore[index]
    assert str(winter["DESCRIPTION"]) == f"Yara Haddad ({ARABIC})"  # type: ignore[index]


def test_uids_are_stable_and_a_space_export_has_every_booker(
    core: Core, hub: dict[str, int]
) -> None:
    first = core.read(lambda s: export_ics(s, space_id=hub["room"]))
    again = core.read(lambda s: export_ics(s, space_id=hub["room"]))
    uids = [str(e["UID"]) for e in events(first)[1]]  # type: ignore[index]
    assert uids == [str(e["UID"]) for e in events(again)[1]]  # type: ignore[index]
    assert len(set(uids)) == len(uids) == 4  # the cancelled one marked so
    customer = next(
        e
        for e in events(first)[1]
        if str(e["UID"]) == f"booking-{hub['customer']}@hubdesk"  # type: ignore[index]
    )
    # no title: the room names the event; the customer's name is kept as typed
    assert str(customer["SUMMARY"]) == "Room Mesdag"  # type: ignore[index]
    assert str(customer["DESCRIPTION"]) == TRICKY  # type: ignore[index]


# ------------------------------------------------------------------- the file


def test_safe_file_names() -> None:
    assert safe_file_name(f"{TRICKY} bookings.ics") == "Bürger & Söhne _NGO_ bookings.ics"
    assert safe_file_name(f"{ARABIC} bookings.ics") == f"{ARABIC} bookings.ics"
    assert safe_file_name('a/b\\c:d*e?f"g|h\tbookings.ics') == "a_b_c_d_e_f_g_h_bookings.ics"
    assert safe_file_name("  ..hidden. ") == "hidden"
    assert safe_file_name("CON.ics") == "_CON.ics"
    assert safe_file_name("<>", fallback="bookings.ics") == "bookings.ics"
    long = safe_file_name("ß" * 300 + ".ics")
    assert long.endswith(".ics") and len(long.encode()) <= 255
    # decomposed accents (as macOS writes them) become one letter each
    assert safe_file_name("Mu\u0308ller.ics") == "Müller.ics"


def test_a_file_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    target = tmp_path / "calendar.ics"
    write_atomically(target, b"first")
    write_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calendar.ics"]
    # a folder where the file should go: refused, the folder and its content untouched
    blocked = tmp_path / "taken.ics"
    blocked.mkdir()
    (blocked / "inside.txt").write_text("keep")
    with pytest.raises(OSError):
        write_atomically(blocked, b"data")
    assert (blocked / "inside.txt").read_text() == "keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calendar.ics", "taken.ics"]
    with pytest.raises(OSError):
        write_atomically(tmp_path / "missing" / "x.ics", b"data")


def test_the_default_file_is_named_for_the_record_in_the_documents_folder() -> None:
    path = ics_file.default_path(TRICKY)
    assert path.name == "Bürger & Söhne _NGO_ bookings.ics"
    assert ics_file.default_path(ARABIC).name == f"{ARABIC} bookings.ics"
    assert path.parent.name  # a real folder, not the current directory


# ----------------------------------------------------------------- the pages


def test_export_from_the_members_page(
    qtbot: QtBot, core: Core, hub: dict[str, int], tmp_path: Path
) -> None:
    window = open_window(qtbot, core, tmp_path)
    sign_in(qtbot, window, "anna", "reception pw")
    window.show_page("members")
    page = window.current_page()
    assert not page.export_button.isVisible()  # nobody chosen yet
    assert page.select_id(hub["member"])
    assert page.export_button.isVisible() and page.export_button.isEnabled()
    target = tmp_path / "Yara Haddad bookings.ics"
    assert page.export_bookings(target) == target
    calendar, found = events(target.read_bytes())
    assert len(found) == 3  # two bookings and a cancelled one
    assert str(calendar["X-WR-CALNAME"]).startswith("Yara Haddad")
    assert window.statusBar().currentMessage() == (
        "Exported 3 bookings of Yara Haddad to Yara Haddad bookings.ics."
    )
    assert not [p.name for p in tmp_path.iterdir() if p.suffix == ".part"]

    # a folder that is not there: a clear message, no file
    missing = tmp_path / "no such folder" / "x.ics"
    assert page.export_bookings(missing) is None
    assert page.last_warning is not None
    assert "could not be written" in page.last_warning.text()
    assert "Nothing was saved" in page.last_warning.text()
    assert not missing.parent.exists()


def test_export_from_the_spaces_page(
    qtbot: QtBot, core: Core, hub: dict[str, int], tmp_path: Path
) -> None:
    window = open_window(qtbot, core, tmp_path)
    sign_in(qtbot, window, "anna", "reception pw")
    window.show_page("spaces")
    page = window.current_page()
    assert page.select(hub["office"])
    assert not page.export_button.isEnabled()  # let, not booked
    assert page.export_bookings(tmp_path / "office.ics") is None
    assert page.select(hub["room"])
    assert page.export_button.isEnabled()
    target = page.export_bookings(str(tmp_path / "mesdag.ics"))
    assert target == tmp_path / "mesdag.ics"
    assert len(events(target.read_bytes())[1]) == 4
    assert "Exported 4 bookings of Room Mesdag" in window.statusBar().currentMessage()
    # exporting again replaces the file with the bookings as they are now
    start = TEST_NOW + timedelta(days=30)
    core.write(
        lambda s: create_booking(
            s,
            BookingRequest(
                hub["room"],
                at(s, start.year, start.month, start.day, 23),
                at(s, start.year, start.month, start.day, 23, 30),
                customer_name=ARABIC,
                override_hours=True,
            ),
            SYSTEM,
        )
    )
    page.export_bookings(target)
    assert len(events(target.read_bytes())[1]) == 5
