"""The command line contract: verbs, messages and exit codes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from hubdesk import __version__
from hubdesk.cli import main
from hubdesk.db import Database
from hubdesk.domain.models import Booking, CheckIn, Member
from tests.helpers import T0, add_space


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-m", "hubdesk", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"hubdesk {__version__}"


def test_check_ok(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "hub.sqlite"
    Database.open(path).close()
    assert main(["check", "--db", str(path)]) == 0
    assert capsys.readouterr().out.strip() == "ok"
    # the global option works too, and so does $HUBDESK_DB
    assert main(["--db", str(path), "check"]) == 0
    result = run_cli("check", env={"HUBDESK_DB": str(path)})
    assert (result.returncode, result.stdout.strip()) == (0, "ok")


def test_check_reports_problems_and_changes_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite"
    result = run_cli("check", "--db", str(missing))
    assert result.returncode == 1
    assert "no database" in result.stdout
    assert not missing.exists()

    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database at all" * 100)
    result = run_cli("check", "--db", str(garbage))
    assert result.returncode == 1 and "not an SQLite file" in result.stdout

    newer = tmp_path / "newer.sqlite"
    Database.open(newer).close()
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    result = run_cli("check", "--db", str(newer))
    assert result.returncode == 1 and "newer hubdesk" in result.stdout


def test_check_finds_a_removed_guard_and_broken_references(tmp_path: Path) -> None:
    path = tmp_path / "hub.sqlite"
    Database.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TRIGGER bookings_no_overlap_insert")
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("INSERT INTO lease_offices (lease_id, space_id) VALUES (41, 42)")
    connection.close()
    result = run_cli("check", "--db", str(path))
    assert result.returncode == 1
    assert "bookings_no_overlap_insert is missing" in result.stdout
    assert "lease_offices row" in result.stdout


def test_backup_is_a_verified_copy(tmp_path: Path) -> None:
    path = tmp_path / "hub.sqlite"
    database = Database.open(path)
    with database.write() as session:
        space = add_space(session)
        session.add(
            Booking(
                space_id=space.id,
                title="Intake",
                start_at=T0,
                end_at=T0.replace(hour=10),
                blocked_until=T0.replace(hour=10),
                created_at=T0,
            )
        )
    # a writer holds the database open while the backup runs
    with database.read() as session:
        out = tmp_path / "backups" / "hub-2026-03-02.sqlite"
        result = run_cli("backup", "--out", str(out), "--db", str(path))
        assert result.returncode == 0, result.stderr
        assert "verified" in result.stdout
        session.execute(select(func.count()).select_from(Booking))
    database.close()
    copy = Database.open(out)
    with copy.read() as session:
        assert session.scalar(select(func.count()).select_from(Booking)) == 1
    copy.close()
    assert run_cli("check", "--db", str(out)).returncode == 0
    assert not list((tmp_path / "backups").glob(".hubdesk-backup-*"))


def test_backup_problems(tmp_path: Path) -> None:
    result = run_cli(
        "backup", "--out", str(tmp_path / "b.sqlite"), "--db", str(tmp_path / "x.sqlite")
    )
    assert result.returncode == 1 and "no database" in result.stderr
    path = tmp_path / "hub.sqlite"
    Database.open(path).close()
    result = run_cli("backup", "--out", str(path), "--db", str(path))
    assert result.returncode == 1 and "cannot overwrite the database itself" in result.stderr


def test_usage_error_exit_code() -> None:
    assert run_cli("frobnicate").returncode == 2
    assert run_cli("backup").returncode == 2


def test_demo_loads_and_refuses_a_hub_with_data(tmp_path: Path) -> None:
    path = tmp_path / "hub.sqlite"
    first = run_cli("demo", "--db", str(path))
    assert first.returncode == 0, first.stderr
    assert "110 organisations" in first.stdout and "600 members" in first.stdout
    before = path.read_bytes()
    again = run_cli("demo", "--db", str(path))
    assert again.returncode == 1
    assert "already holds a hub" in again.stderr and "--force" in again.stderr
    assert path.read_bytes() == before
    forced = run_cli("demo", "--force", "--db", str(path))
    assert forced.returncode == 0, forced.stderr
    assert run_cli("check", "--db", str(path)).stdout.strip() == "ok"


def test_close_day_checks_out_who_is_still_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A visit from a past day, still open, is closed at that day's closing
    time (the default hours: 18:00 on weekdays)."""
    path = tmp_path / "hub.sqlite"
    database = Database.open(path)
    monday = datetime(2026, 3, 2, 9, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    with database.write() as session:
        member = Member(
            first_name="Jan", last_name="Visser", email="jan@example.org", created_at=T0
        )
        session.add(member)
        session.flush()
        session.add(CheckIn(member_id=member.id, in_at=monday))
    database.close()
    assert main(["close-day", "--db", str(path)]) == 0
    assert capsys.readouterr().out.strip() == "1 checked out at closing time."
    database = Database.open(path)
    with database.read() as session:
        out_at, automatic = session.execute(select(CheckIn.out_at, CheckIn.automatic_out)).one()
    database.close()
    assert (out_at, automatic) == (monday.replace(hour=18), True)


def test_invoice_run_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Draft, issue and write the PDFs of a month; a second run adds nothing."""
    import json

    from tests.test_billing import billing_hub, lease_from_17_september

    path = tmp_path / "hub.sqlite"
    database = Database.open(path)
    lease_from_17_september(database, billing_hub(database))
    database.close()
    folder = tmp_path / "invoices"
    args = ["invoice-run", "--month", "2026-09", "--db", str(path), "--json"]
    assert main([*args, "--issue", "--pdf-dir", str(folder)]) == 0
    outcome = json.loads(capsys.readouterr().out)
    assert (outcome["drafts"], outcome["lines_added"]) == (1, 2)
    assert outcome["issued"] == ["2026-00001"]
    (pdf,) = folder.iterdir()
    assert pdf.name.startswith("2026-00001") and pdf.read_bytes().startswith(b"%PDF")
    assert main(args) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["drafts"], again["lines_added"], again["issued"]) == (0, 0, [])
    assert main(["invoice-run", "--month", "2099-01", "--db", str(path)]) == 1
    assert "in the future" in capsys.readouterr().err


def test_import_all_or_nothing_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "hub.sqlite"
    Database.open(path).close()  # import never makes a new hub
    good = tmp_path / "organisaties.csv"
    good.write_bytes(
        "\ufeffnaam;soort;e-mail\nStichting Duinrand;ngo;info@duinrand.example\n"
        "Bürger & Söhne <NGO>;company;\n".encode()
    )
    result = run_cli("import", "organisations", str(good), "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "Imported 2 organisations: 2 new" in result.stdout
    again = run_cli("import", "organisations", str(good), "--db", str(path))
    assert "0 new, 0 updated, 2 unchanged" in again.stdout

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "name,kind,email\nA,ngo,a@a.example\nB,ngo,b@b.example\nC,ngo,not-an-email\n",
        encoding="utf-8",
    )
    result = run_cli("import", "organisations", str(bad), "--db", str(path))
    assert result.returncode == 1
    assert "Nothing was imported" in result.stderr
    assert "line 4" in result.stderr and "email" in result.stderr
    database = Database.open(path)
    with database.read() as session:
        from hubdesk.domain.models import Organisation

        names = sorted(session.scalars(select(Organisation.name)))
    database.close()
    assert names == ["Bürger & Söhne <NGO>", "Stichting Duinrand"]


def test_readme_documents_the_import_columns() -> None:
    from hubdesk.services.csv_import import columns_markdown

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert columns_markdown().strip() in readme


def test_every_package_ships() -> None:
    """`pip install .` (not editable) installs only the packages pyproject lists."""
    import tomllib

    root = Path(__file__).parents[1]
    listed = set(
        tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(root).parts)
        for init in (root / "hubdesk").rglob("__init__.py")
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
