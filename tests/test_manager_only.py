"""Every manager-only service refuses reception, and reads the role again
from the database: a manager made reception at another desk after signing
in is refused at once. Nothing is stored by a refused call."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.db import Database
from hubdesk.domain.enums import PaymentMethod, SpaceKind, StaffRole
from hubdesk.domain.models import Base, Invoice, InvoiceLine, StaffUser, VatCategory
from hubdesk.domain.money import Money
from hubdesk.services import billing, directory, leases, plans, sepa, settings, staff
from hubdesk.services.audit import SYSTEM, Actor
from hubdesk.services.csv_import import import_csv
from hubdesk.services.directory import OrganisationInput, SpaceInput
from hubdesk.services.hub import ensure_defaults
from hubdesk.services.staff import PermissionDenied
from tests.helpers import T0

MARIA_PW, ANNA_PW = "correct horse 1", "reception pw 1"
MONTH = billing.Month(date(2026, 11, 1))
CREDITOR_ID = "NL98ZZZ999999999999"


def _hub(db: Database, tmp_path: Path) -> dict[str, Any]:
    """A manager (maria) and reception (anna), an organisation with a plan
    and a draft lease of an office, a meeting room and a draft invoice with
    a line: one of everything a manager-only service changes."""
    with db.write() as session:
        ensure_defaults(session)
        staff.create_first_manager(session, "maria", "Maria Jansen", MARIA_PW)
    maria = staff.sign_in(db, "maria", MARIA_PW, now=T0)
    with db.write() as session:
        anna_id = staff.add_staff(
            session, maria, "anna", "Anna Bakker", ANNA_PW, StaffRole.RECEPTION
        ).id
        org = directory.create_organisation(
            session, SYSTEM, OrganisationInput(name="Stichting Noordzee", kind="ngo")
        ).id
        office = directory.create_space(
            session, SYSTEM, SpaceInput(name="Office 2.01", kind=SpaceKind.PRIVATE_OFFICE.value)
        ).id
        room = directory.create_space(
            session,
            SYSTEM,
            SpaceInput(name="Room Mesdag", kind=SpaceKind.MEETING_ROOM.value, price_hour="45"),
        ).id
        vat = session.scalars(select(VatCategory.id).order_by(VatCategory.id)).first()
        plan = plans.create_plan(
            session, SYSTEM, plans.PlanInput("Flex 10", "flex", "195", "high")
        ).id
        membership = plans.create_membership(
            session, SYSTEM, plans.MembershipInput(plan, date(2026, 1, 1), organisation_id=org)
        ).id
        lease = leases.create_lease(
            session,
            SYSTEM,
            leases.LeaseInput(org, [office], date(2027, 1, 1), rent="950"),
        ).id
        billing.add_one_off_charge(
            session,
            SYSTEM,
            billing.OneOffInput(date(2026, 11, 10), "Coffee", "12.50", vat, organisation_id=org),
        )
        billing.run_month(session, SYSTEM, MONTH)
        invoice = session.scalars(select(Invoice.id).order_by(Invoice.id)).first()
        line = session.scalars(
            select(InvoiceLine.id).where(InvoiceLine.invoice_id == invoice)
        ).first()
    assert invoice is not None and line is not None
    spaces_csv = tmp_path / "spaces.csv"
    spaces_csv.write_text("name;kind\nRoom Escher;meeting_room\n", encoding="utf-8")
    return {
        "maria": maria,
        "anna": staff.sign_in(db, "anna", ANNA_PW, now=T0),
        "anna_id": anna_id,
        "org": org,
        "office": office,
        "room": room,
        "vat": vat,
        "plan": plan,
        "membership": membership,
        "lease": lease,
        "invoice": invoice,
        "line": line,
        "spaces_csv": spaces_csv,
    }


def manager_only(ids: dict[str, Any]) -> dict[str, Callable[[Session, Actor], object]]:
    """Each manager-only service, called as a manager would call it."""
    org, room, vat, plan, lease = ids["org"], ids["room"], ids["vat"], ids["plan"], ids["lease"]
    invoice, membership = ids["invoice"], ids["membership"]
    lease_data = leases.LeaseInput(org, [ids["office"]], date(2027, 2, 1), rent="990")
    plan_data = plans.PlanInput("Flex 12", "flex", "210", "high")
    space_data = SpaceInput(name="Room Escher", kind=SpaceKind.MEETING_ROOM.value)
    on = date(2026, 12, 31)
    return {
        "billing.run_month": lambda s, a: billing.run_month(s, a, billing.Month(date(2026, 12, 1))),
        "billing.add_line": lambda s, a: billing.add_line(
            s, a, invoice, billing.LineInput("Extra", "1", "10", vat)
        ),
        "billing.remove_line": lambda s, a: billing.remove_line(s, a, ids["line"]),
        "billing.delete_draft": lambda s, a: billing.delete_draft(s, a, invoice),
        "billing.issue": lambda s, a: billing.issue(s, a, [invoice]),
        "billing.credit": lambda s, a: billing.credit(s, a, invoice, "wrong"),
        "billing.record_payment": lambda s, a: billing.record_payment(
            s, a, invoice, on, "12.50", PaymentMethod.BANK_TRANSFER
        ),
        "billing.add_one_off_charge": lambda s, a: billing.add_one_off_charge(
            s, a, billing.OneOffInput(on, "Tea", "3", vat, organisation_id=org)
        ),
        "sepa.direct_debit_batch": lambda s, a: sepa.direct_debit_batch(
            s, [invoice], on, creditor_id=CREDITOR_ID, actor=a
        ),
        "leases.create_lease": lambda s, a: leases.create_lease(s, a, lease_data),
        "leases.update_draft": lambda s, a: leases.update_draft(s, a, lease, lease_data),
        "leases.activate_lease": lambda s, a: leases.activate_lease(s, a, lease),
        "leases.give_notice": lambda s, a: leases.give_notice(s, a, lease, on, "tenant"),
        "leases.end_lease": lambda s, a: leases.end_lease(s, a, lease, ended_on=on),
        "leases.delete_draft": lambda s, a: leases.delete_draft(s, a, lease),
        "leases.renew_lease": lambda s, a: leases.renew_lease(s, a, lease),
        "leases.record_deposit_received": lambda s, a: leases.record_deposit_received(
            s, a, lease, on
        ),
        "leases.record_deposit_returned": lambda s, a: leases.record_deposit_returned(
            s, a, lease, on, Money(0)
        ),
        "leases.index_lease": lambda s, a: leases.index_lease(s, a, lease, index_figure="3.1"),
        "plans.create_plan": lambda s, a: plans.create_plan(s, a, plan_data),
        "plans.update_plan": lambda s, a: plans.update_plan(s, a, plan, plan_data),
        "plans.deactivate_plan": lambda s, a: plans.deactivate_plan(s, a, plan),
        "plans.reactivate_plan": lambda s, a: plans.reactivate_plan(s, a, plan),
        "plans.delete_plan": lambda s, a: plans.delete_plan(s, a, plan),
        "plans.create_membership": lambda s, a: plans.create_membership(
            s, a, plans.MembershipInput(plan, on, organisation_id=org)
        ),
        "plans.end_membership": lambda s, a: plans.end_membership(s, a, membership, on),
        "plans.change_plan": lambda s, a: plans.change_plan(s, a, membership, plan, on, seats=2),
        "plans.update_membership": lambda s, a: plans.update_membership(
            s, a, membership, seats=2, price_override=None
        ),
        "directory.create_space": lambda s, a: directory.create_space(s, a, space_data),
        "directory.update_space": lambda s, a: directory.update_space(s, a, room, space_data),
        "directory.archive_space": lambda s, a: directory.archive_space(s, a, room),
        "directory.restore_space": lambda s, a: directory.restore_space(s, a, room),
        "directory.delete_space": lambda s, a: directory.delete_space(s, a, room),
        "settings.update_settings": lambda s, a: settings.update_settings(
            s, a, settings.HubSettingsInput(name="Taken over")
        ),
        "settings.set_logo": lambda s, a: settings.set_logo(s, a, b"\x89PNG\r\n\x1a\n"),
        "settings.clear_logo": lambda s, a: settings.clear_logo(s, a),
        "settings.save_vat_category": lambda s, a: settings.save_vat_category(
            s, a, settings.VatCategoryInput("zero", "Zero", "0")
        ),
        "settings.set_vat_category_active": lambda s, a: settings.set_vat_category_active(
            s, a, vat, False
        ),
        "staff.add_staff": lambda s, a: staff.add_staff(
            s, a, "carl", "Carl", "long-enough-1", StaffRole.MANAGER
        ),
        "staff.set_active": lambda s, a: staff.set_active(s, a, ids["anna_id"], False),
        "staff.set_role": lambda s, a: staff.set_role(s, a, ids["anna_id"], StaffRole.MANAGER),
        "staff.reset_password": lambda s, a: staff.reset_password(
            s, a, ids["anna_id"], "taken-over-123"
        ),
        "csv_import.spaces": lambda s, a: import_csv(s, a, "spaces", ids["spaces_csv"]),
    }


def everything(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: what a refused call must leave as it was."""
    with db.read() as session:
        return {
            table.name: sorted((tuple(row) for row in session.execute(select(table))), key=repr)
            for table in Base.metadata.sorted_tables
        }


def refused_by_all(db: Database, actor: Actor, calls: dict[str, Callable[..., object]]) -> None:
    before = everything(db)
    let_through = []
    for name, call in calls.items():
        try:
            with db.write() as session:
                call(session, actor)
        except PermissionDenied as refused:
            assert str(refused).startswith("Only a manager may"), name
        except Exception as other:  # any other outcome is the finding
            let_through.append(f"{name}: {type(other).__name__}: {other}")
        else:
            let_through.append(f"{name}: done")
    assert let_through == []
    assert everything(db) == before


def test_reception_is_refused_by_every_manager_only_service(db: Database, tmp_path: Path) -> None:
    ids = _hub(db, tmp_path)
    assert ids["anna"].role is StaffRole.RECEPTION and ids["anna"].staff_user_id is not None
    refused_by_all(db, ids["anna"], manager_only(ids))


def test_a_manager_made_reception_after_signing_in_is_refused(db: Database, tmp_path: Path) -> None:
    """Maria signed in as manager; at another desk her account was made
    reception. The actor she holds still says manager: the database wins."""
    ids = _hub(db, tmp_path)
    maria: Actor = ids["maria"]
    maria_id = maria.staff_user_id
    assert maria_id is not None
    with db.write() as session:
        # a second manager makes maria reception (the last manager cannot be demoted)
        carl = staff.add_staff(session, maria, "carl", "Carl", "long-enough-1", StaffRole.MANAGER)
        staff.set_role(
            session,
            Actor("Carl", carl.id, StaffRole.MANAGER),
            maria_id,
            StaffRole.RECEPTION,
        )
    with db.read() as session:
        stored = session.get(StaffUser, maria_id)
        assert stored is not None and stored.role is StaffRole.RECEPTION
    assert maria.is_manager  # what the desk still holds
    calls = manager_only(ids)
    calls["staff.add_staff"] = lambda s, a: staff.add_staff(
        s, a, "dirk", "Dirk", "long-enough-1", StaffRole.MANAGER
    )
    refused_by_all(db, maria, calls)


def test_a_disabled_manager_is_refused_and_the_system_is_not(db: Database, tmp_path: Path) -> None:
    ids = _hub(db, tmp_path)
    maria: Actor = ids["maria"]
    maria_id = maria.staff_user_id
    assert maria_id is not None
    with db.write() as session:
        carl = staff.add_staff(session, maria, "carl", "Carl", "long-enough-1", StaffRole.MANAGER)
        staff.set_active(session, Actor("Carl", carl.id, StaffRole.MANAGER), maria_id, False)
    with pytest.raises(PermissionDenied), db.write() as session:
        plans.deactivate_plan(session, maria, ids["plan"])
    with db.write() as session:  # the system (command line, imports) acts as a manager
        assert not plans.deactivate_plan(session, SYSTEM, ids["plan"]).active
