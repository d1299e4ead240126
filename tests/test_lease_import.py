"""Importing plans, memberships and leases from CSV files (all or nothing)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hubdesk.cli import main
from hubdesk.db import Database
from hubdesk.domain.enums import LeaseStatus, OrganisationKind, SpaceKind, StaffRole
from hubdesk.domain.models import Lease, Member, Membership, Plan
from hubdesk.domain.money import Money
from hubdesk.services import leases, plans
from hubdesk.services.audit import Actor
from hubdesk.services.csv_import import ImportFailed, import_csv
from hubdesk.services.hub import ensure_defaults
from hubdesk.services.staff import PermissionDenied
from tests.helpers import T0, add_organisation, add_space

MANAGER = Actor.system("Maarten")
RECEPTION = Actor("Anna", None, StaffRole.RECEPTION)


@pytest.fixture
def hub(db: Database) -> Database:
    with db.write() as session:
        ensure_defaults(session)
        add_organisation(session, "Stichting Noordzee")
        add_organisation(session, "Pier Labs").kind = OrganisationKind.COMPANY
        for name in ("Office 1.04", "Office 1.05", "Office 2.01"):
            add_space(session, name, SpaceKind.PRIVATE_OFFICE)
        session.add(
            Member(first_name="Ada", last_name="de Vries", email="ada@example.org", created_at=T0)
        )
    return db


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


PLANS = (
    "naam;soort;prijs;btw;vergaderuren;flexdagen;prijs ngo\n"
    "Flex 8;flexplek;165,00;high;2,5;8;140,00\n"
    "Flex onbeperkt;flex;245.00;high;4;onbeperkt;\n"
    "Kantoorabonnement;kantoor;50;high;;;\n"
)

MEMBERSHIPS = (
    "organisation,member_email,plan,start,end,seats,price_override,reason\n"
    "Stichting Noordzee,,Flex 8,2026-01-01,,3,,\n"
    ",ada@example.org,flex onbeperkt,1-2-2026,31-12-2026,1,200.00,early bird\n"
)

LEASES = (
    "organisatie;kantoren;start;einde;opzegtermijn;huur;servicekosten;borg;indexering;status\n"
    "Stichting Noordzee;Office 1.04|Office 1.05;2025-01-01;;3;1.850,00;250,00;3700;3,5;\n"
    "Pier Labs;Office 2.01;1-3-2026;28-2-2027;2;950;;;;concept\n"
)


def _import(db: Database, kind: str, path: Path, actor: Actor = MANAGER) -> str:
    with db.write() as session:
        return import_csv(session, actor, kind, path).summary  # type: ignore[arg-type]


def test_plans_memberships_and_leases_import_and_import_again(
    hub: Database, tmp_path: Path
) -> None:
    plans_file = _file(tmp_path, "plans.csv", PLANS)
    members_file = _file(tmp_path, "memberships.csv", MEMBERSHIPS)
    leases_file = _file(tmp_path, "leases.csv", LEASES)
    assert _import(hub, "plans", plans_file) == ("Imported 3 plans: 3 new, 0 updated, 0 unchanged.")
    assert _import(hub, "memberships", members_file).startswith("Imported 2 memberships: 2 new")
    assert _import(hub, "leases", leases_file).startswith("Imported 2 leases: 2 new")
    assert _import(hub, "plans", plans_file).endswith("0 new, 0 updated, 3 unchanged.")
    assert _import(hub, "memberships", members_file).endswith("0 new, 0 updated, 2 unchanged.")
    assert _import(hub, "leases", leases_file).endswith("0 new, 0 updated, 2 unchanged.")

    with hub.read() as session:
        by_name = {p.name: p for p in plans.list_plans(session)}
        flex = by_name["Flex 8"]
        assert (flex.price_month, flex.included_room_minutes, flex.included_flex_days) == (
            Money(16_500),
            150,
            8,
        )
        assert flex.price_for(OrganisationKind.NGO) == Money(14_000)
        assert by_name["Flex onbeperkt"].included_flex_days is None
        members = sorted(
            plans.list_memberships(session), key=lambda m: (m.start_date, m.holder_name)
        )
        assert [(m.holder_name, m.plan_name, m.seats) for m in members] == [
            ("Stichting Noordzee", "Flex 8", 3),
            ("Ada de Vries", "Flex onbeperkt", 1),
        ]
        assert members[0].monthly_price == Money(3 * 14_000)  # the NGO price, per seat
        assert members[1].monthly_price == Money(20_000)
        assert members[1].end_date == date(2026, 12, 31)
        stored = {lease.organisation_name: lease for lease in leases.list_leases(session)}
        noordzee = stored["Stichting Noordzee"]
        assert noordzee.status is LeaseStatus.ACTIVE
        assert sorted(noordzee.office_names) == ["Office 1.04", "Office 1.05"]
        assert (noordzee.rent, noordzee.service_charge, noordzee.deposit) == (
            Money(185_000),
            Money(25_000),
            Money(370_000),
        )
        assert noordzee.indexation_bp == 350
        pier = stored["Pier Labs"]
        assert pier.status is LeaseStatus.DRAFT and pier.end_date == date(2027, 2, 28)
        assert pier.notice_months == 2


def test_plan_update_from_a_file(hub: Database, tmp_path: Path) -> None:
    _import(hub, "plans", _file(tmp_path, "plans.csv", PLANS))
    changed = _file(tmp_path, "new.csv", "name;kind;price;vat\nFLEX 8;flex;175;high\n")
    assert _import(hub, "plans", changed).endswith("0 new, 1 updated, 0 unchanged.")
    with hub.read() as session:
        flex = next(p for p in plans.list_plans(session) if p.name == "Flex 8")
    # the name is kept as stored; the empty-in-file values are kept too
    assert flex.price_month == Money(17_500) and flex.included_flex_days == 8
    assert flex.price_for(OrganisationKind.NGO) == Money(14_000)


def _counts(db: Database) -> tuple[int, int, int]:
    with db.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Plan)) or 0,
            session.scalar(select(func.count()).select_from(Membership)) or 0,
            session.scalar(select(func.count()).select_from(Lease)) or 0,
        )


@pytest.mark.parametrize(
    ("kind", "text", "line", "column", "words"),
    [
        (
            "leases",
            LEASES + "Pier Labs;Office 1.05;2026-06-01;;3;900;;;;active\n",
            4,
            "offices",
            "Office 1.05 already has a live lease",
        ),
        (
            "leases",
            LEASES.replace("1-3-2026;28-2-2027", "1-3-2026;28-2-2025"),
            3,
            "end",
            "before the start",
        ),
        (
            "leases",
            LEASES.replace("Office 2.01", "Office 9.99"),
            3,
            "offices",
            "no office “Office 9.99”",
        ),
        (
            "memberships",
            MEMBERSHIPS.replace("flex onbeperkt", "Flex Gold"),
            3,
            "plan",
            "no plan “Flex Gold”",
        ),
        (
            "memberships",
            MEMBERSHIPS.replace("31-12-2026", "31-12-2025"),
            3,
            "end",
            "before the start",
        ),
        (
            "memberships",
            MEMBERSHIPS.replace("200.00,early bird", "200.00,"),
            3,
            "reason",
            "Say why",
        ),
        ("plans", PLANS.replace("245.00", "-5"), 3, "price", ""),
        ("plans", PLANS.replace(";2,5;", ";2,51;"), 2, "room_hours", "not a number of hours"),
        ("plans", PLANS.replace("high;4", "super;4"), 3, "vat_category", "no VAT category"),
    ],
)
def test_a_bad_row_is_reported_by_line_and_nothing_is_stored(
    hub: Database, tmp_path: Path, kind: str, text: str, line: int, column: str, words: str
) -> None:
    if kind == "memberships":
        _import(hub, "plans", _file(tmp_path, "plans.csv", PLANS))
    before = _counts(hub)
    with pytest.raises(ImportFailed) as failed:
        _import(hub, kind, _file(tmp_path, f"{kind}.csv", text))
    [problem] = failed.value.problems
    assert (problem.line, problem.column) == (line, column), problem
    assert words in problem.reason
    assert "Nothing was imported" in str(failed.value)
    assert _counts(hub) == before


def test_a_lease_overlapping_a_stored_one_and_reception_may_not_import(
    hub: Database, tmp_path: Path
) -> None:
    _import(hub, "leases", _file(tmp_path, "leases.csv", LEASES))
    other = _file(
        tmp_path,
        "more.csv",
        "organisation;offices;start;rent\nPier Labs;office 1.04;2026-06-01;900\n",
    )
    with pytest.raises(ImportFailed) as failed:
        _import(hub, "leases", other)
    assert "line 2, offices: Office 1.04 already has a live lease" in str(failed.value)
    for kind in ("plans", "memberships", "leases"):
        with pytest.raises(PermissionDenied):
            _import(hub, kind, _file(tmp_path, "x.csv", PLANS), RECEPTION)


def test_command_line_imports_and_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hub.sqlite"
    database = Database.open(path)
    with database.write() as session:
        ensure_defaults(session)
        add_organisation(session, "Stichting Noordzee")
        add_organisation(session, "Pier Labs")
        for name in ("Office 1.04", "Office 1.05", "Office 2.01"):
            add_space(session, name, SpaceKind.PRIVATE_OFFICE)
    database.close()
    db = ["--db", str(path)]
    assert main(["import", "plans", str(_file(tmp_path, "p.csv", PLANS)), *db]) == 0
    assert "Imported 3 plans: 3 new" in capsys.readouterr().out
    bad = _file(tmp_path, "l.csv", LEASES.replace("Office 2.01", "Office 9.99"))
    assert main(["import", "leases", str(bad), *db]) == 1
    err = capsys.readouterr().err
    assert "Nothing was imported" in err and "line 3, offices" in err
    good = _file(tmp_path, "good.csv", LEASES)
    assert main(["import", "leases", str(good), *db]) == 0
    assert "Imported 2 leases: 2 new" in capsys.readouterr().out
    with pytest.raises(SystemExit) as usage:
        main(["import", "contracts", str(good), *db])
    assert usage.value.code == 2
    capsys.readouterr()

    # the letter: refused before the indexation, written after it
    out = tmp_path / "letter.pdf"
    assert main(["letter", "indexation", "--lease", "1", "--out", str(out), *db]) == 1
    assert "no indexation recorded" in capsys.readouterr().err and not out.exists()
    database = Database.open(path)
    with database.write() as session:
        leases.index_lease(session, MANAGER, 1)
    database.close()
    assert main(["letter", "indexation", "--lease", "1", "--out", str(out), *db]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["letter", "indexation", "--lease", "99", "--out", str(out), *db]) == 1
    assert "#99" in capsys.readouterr().err


def test_plans_from_the_file_menu(qtbot: object, tmp_path: Path) -> None:
    from hubdesk.app import Core
    from hubdesk.services import staff
    from tests.helpers import open_window, sign_in

    core = Core.open(tmp_path / "menu.sqlite")
    core.write(lambda s: staff.create_first_manager(s, "maria", "Maria Jansen", "correct horse"))
    try:
        window = open_window(qtbot, core, tmp_path)  # type: ignore[arg-type]
        sign_in(qtbot, window, "maria", "correct horse")  # type: ignore[arg-type]
        texts = [action.text() for action in window.import_actions]
        assert {"Import plans…", "Import memberships…", "Import leases…"} <= set(texts)
        assert window.import_file("plans", str(_file(tmp_path, "plans.csv", PLANS)))
        assert "3" in window.last_import_message
        names = core.read(lambda s: sorted(s.scalars(select(Plan.name))))
        assert names == ["Flex 8", "Flex onbeperkt", "Kantoorabonnement"]
    finally:
        core.close()
