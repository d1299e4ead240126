"""``hubdesk sheet``: the day sheet and the room door sheets as PDF files from
the command line; its usage errors (exit 2) and problems (exit 1), which
leave no file behind."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from hubdesk.cli import main
from hubdesk.db import Database
from hubdesk.domain.enums import SpaceKind
from hubdesk.domain.models import Booking
from hubdesk.services.hub import ensure_defaults
from tests.helpers import T0, TEST_NOW, ZONE, add_space

MONDAY = date(2026, 11, 23)


@pytest.fixture
def hub(tmp_path: Path) -> str:
    """A hub with two rooms and a booking in each on MONDAY."""
    path = tmp_path / "hub.sqlite"
    database = Database.open(path)
    with database.write() as session:
        ensure_defaults(session, "Hub on the command line")
        for name, hour in (("Room Mesdag", 9), ("Atrium", 14)):
            kind = SpaceKind.EVENT_SPACE if name == "Atrium" else SpaceKind.MEETING_ROOM
            room = add_space(session, name, kind)
            start = datetime.combine(MONDAY, time(hour), ZONE)
            session.add(
                Booking(
                    space_id=room.id,
                    title=f"Meeting in {name}",
                    customer_name="Bürger & Söhne <NGO>",
                    start_at=start,
                    end_at=start + timedelta(hours=2),
                    blocked_until=start + timedelta(hours=2),
                    created_at=T0,
                )
            )
    database.close()
    return str(path)


def _text(path: Path) -> tuple[int, str]:
    reader = PdfReader(BytesIO(path.read_bytes()))
    return len(reader.pages), " ".join(
        " ".join((page.extract_text() or "").split()) for page in reader.pages
    )


def test_the_day_sheet_is_written(
    hub: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "day.pdf"
    assert main(["sheet", "day", "--date", "2026-11-23", "--out", str(out), "--db", hub]) == 0
    assert capsys.readouterr().out.strip() == f"Day sheet of 2026-11-23 written to {out}"
    count, text = _text(out)
    assert count == 1
    assert "Monday 23 November 2026" in text and "Hub on the command line" in text
    assert "Meeting in Room Mesdag" in text and "Bürger & Söhne <NGO>" in text
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_door_sheets_of_a_day_and_of_a_week(
    hub: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "rooms.pdf"
    assert main(["sheet", "rooms", "--date", "2026-11-23", "--out", str(out), "--db", hub]) == 0
    assert "Room door sheets of 2026-11-23 written to" in capsys.readouterr().out
    count, text = _text(out)
    assert count == 2 and "Meeting in Atrium" in text
    week = ["sheet", "rooms", "--date", "2026-11-23", "--to", "2026-11-29"]
    assert main([*week, "--out", str(out), "--db", hub]) == 0
    assert "of 2026-11-23 to 2026-11-29 written" in capsys.readouterr().out
    count, text = _text(out)
    assert count >= 2 and "23\u201329 November 2026" in text and "Sunday 29 November 2026" in text


def test_without_a_date_it_is_today_in_the_hub(hub: str, tmp_path: Path) -> None:
    out = tmp_path / "today.pdf"
    assert main(["sheet", "day", "--out", str(out), "--db", hub]) == 0
    today = TEST_NOW.date()
    assert f"{today:%A} {today.day} {today:%B %Y}" in _text(out)[1]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["day", "--date", "2026-02-30"], "not a date (YYYY-MM-DD): '2026-02-30'"),
        (["day", "--date", "23-11-2026"], "not a date"),
        (["day", "--date", "2026-11-23", "--to", "2026-11-24"], "--to is not allowed"),
        (["rooms", "--date", "2026-11-23", "--to", "2026-12-24"], "at most 31 days at a time"),
        (["rooms", "--date", "2026-11-23", "--to", "2026-11-22"], "--to is before --date"),
        (["rooms", "--to", "1999-01-01"], "The last day cannot be before the first day"),
        (["weekly", "--date", "2026-11-23"], "invalid choice"),
    ],
)
def test_usage_errors_exit_2_and_write_nothing(
    hub: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    out = tmp_path / "sheet.pdf"
    try:
        code = main(["sheet", *arguments, "--out", str(out), "--db", hub])
    except SystemExit as stop:
        code = int(stop.code or 0)
    assert code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_an_unwritable_file_exits_1_and_leaves_what_was_there(
    hub: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no such folder" / "day.pdf"
    assert main(["sheet", "day", "--date", "2026-11-23", "--out", str(missing), "--db", hub]) == 1
    assert f"cannot write {missing}" in capsys.readouterr().err
    assert not missing.parent.exists()
    # a folder where the file should go: refused, the folder as it was
    folder = tmp_path / "taken.pdf"
    folder.mkdir()
    (folder / "inside").write_text("kept")
    assert main(["sheet", "rooms", "--out", str(folder), "--db", hub]) == 1
    assert "cannot write" in capsys.readouterr().err
    assert [p.name for p in folder.iterdir()] == ["inside"]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_the_occupancy_sheet_of_a_week(
    hub: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "occupancy.pdf"
    week = ["sheet", "occupancy", "--date", "2026-11-23", "--to", "2026-11-29"]
    assert main([*week, "--out", str(out), "--db", hub]) == 0
    assert "Occupancy sheet of 2026-11-23 to 2026-11-29 written to" in capsys.readouterr().out
    _, text = _text(out)
    assert "Room Mesdag" in text and "Atrium" in text
