"""Staff accounts on real databases: the first manager, roles enforced at the
service, validation, argon2 hashes, sign-in with its failure counter and
throttling, the last-manager rule and the audit trail."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from hubdesk.db import Database
from hubdesk.domain.enums import StaffRole
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.models import AuditEntry, StaffUser
from hubdesk.services import staff
from hubdesk.services.audit import SYSTEM, Actor
from hubdesk.services.staff import (
    SIGN_IN_FAILED_MESSAGE,
    LastManager,
    PermissionDenied,
    SignInFailed,
    SignInThrottled,
    StaffRecord,
    add_staff,
    change_own_password,
    create_first_manager,
    list_staff,
    needs_first_manager,
    require_manager,
    reset_password,
    set_active,
    set_role,
    sign_in,
)
from tests.helpers import T0

S = timedelta(seconds=1)
ANNA_PW = "harbour-lights-7"
BERT_PW = "reception-desk-42"


def _first(db: Database) -> Actor:
    with db.write() as session:
        create_first_manager(session, "anna", "Anna de Vries", ANNA_PW)
    return sign_in(db, "anna", ANNA_PW, now=T0)


def _add(
    db: Database,
    actor: Actor,
    username: str = "bert",
    role: StaffRole = StaffRole.RECEPTION,
    password: str = BERT_PW,
) -> StaffRecord:
    with db.write() as session:
        return add_staff(session, actor, username, username.title(), password, role)


def _user(db: Database, username: str) -> StaffUser:
    with db.read() as session:
        user = session.scalars(select(StaffUser).where(StaffUser.username == username)).one()
        session.expunge(user)
        return user


def _audit(db: Database) -> list[AuditEntry]:
    with db.read() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        session.expunge_all()
        return entries


# ------------------------------------------------------------------- first manager


def test_first_manager_only_once(db: Database) -> None:
    with db.read() as session:
        assert needs_first_manager(session)
    with db.write() as session:
        first = create_first_manager(session, "anna", "  Anna de Vries ", ANNA_PW)
    assert first == StaffRecord(first.id, "anna", "Anna de Vries", StaffRole.MANAGER, True)
    with db.read() as session:
        assert not needs_first_manager(session)

    with pytest.raises(PermissionDenied), db.write() as session:
        create_first_manager(session, "mallory", "Mallory", "sneaky-password")
    with db.read() as session:
        assert list_staff(session) == [first]

    (entry,) = _audit(db)
    assert (entry.action, entry.entity, entry.entity_id) == ("create", "staff_user", str(first.id))
    assert entry.staff_user_id == first.id
    assert entry.actor == "Anna de Vries"
    assert entry.changes["role"] == [None, "manager"]


def test_records_are_frozen_plain_rows(db: Database) -> None:
    _first(db)
    with db.read() as session:
        (row,) = list_staff(session)
    assert type(row) is StaffRecord
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.active = False  # type: ignore[misc]


# --------------------------------------------------------------------- permissions


def test_require_manager(db: Database) -> None:
    manager = _first(db)
    bert = _add(db, manager)
    with db.read() as session:
        require_manager(session, SYSTEM, "add staff members")
        require_manager(session, manager, "add staff members")
        with pytest.raises(PermissionDenied, match="Only a manager may add staff members"):
            require_manager(
                session, Actor("Bert", bert.id, StaffRole.RECEPTION), "add staff members"
            )
        # the database decides, not the role an actor carries
        for claimed in (
            Actor("Bert", bert.id, StaffRole.MANAGER),
            Actor("?", 999, StaffRole.MANAGER),
        ):
            with pytest.raises(PermissionDenied):
                require_manager(session, claimed, "add staff members")


def test_an_actor_has_no_default_role() -> None:
    with pytest.raises(TypeError):
        Actor("Someone")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Actor("Someone", 3)  # type: ignore[call-arg]
    assert SYSTEM.is_manager and SYSTEM.staff_user_id is None
    assert Actor.system("command line") == Actor("command line", None, StaffRole.MANAGER)


def test_reception_is_refused_and_nothing_is_stored(db: Database) -> None:
    manager = _first(db)
    bert = _add(db, manager)
    reception = sign_in(db, "bert", BERT_PW, now=T0)
    assert reception == Actor("Bert", bert.id, StaffRole.RECEPTION)
    anna_id = manager.staff_user_id
    assert anna_id is not None
    audit_before = len(_audit(db))

    attempts: list[Callable[[Session], object]] = [
        lambda s: add_staff(s, reception, "carl", "Carl", "long-enough-1", StaffRole.MANAGER),
        lambda s: set_role(s, reception, bert.id, StaffRole.MANAGER),
        lambda s: set_active(s, reception, anna_id, False),
        lambda s: reset_password(s, reception, anna_id, "taken-over-123"),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied, match="Only a manager may"), db.write() as session:
            attempt(session)

    with db.read() as session:
        assert [(r.username, r.role, r.active) for r in list_staff(session)] == [
            ("anna", StaffRole.MANAGER, True),
            ("bert", StaffRole.RECEPTION, True),
        ]
    assert len(_audit(db)) == audit_before
    sign_in(db, "anna", ANNA_PW, now=T0)  # password unchanged


def test_demoted_manager_loses_rights_at_once(db: Database) -> None:
    anna = _first(db)
    carl = _add(db, anna, "carl", StaffRole.MANAGER)
    carl_actor = sign_in(db, "carl", "reception-desk-42", now=T0)
    with db.write() as session:
        set_role(session, anna, carl.id, StaffRole.RECEPTION)
    # carl's signed-in Actor still says manager; the service checks the database.
    with pytest.raises(PermissionDenied), db.write() as session:
        add_staff(session, carl_actor, "dora", "Dora", "long-enough-1", StaffRole.MANAGER)
    with db.read() as session:
        assert len(list_staff(session)) == 2


# ---------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("username", "display_name", "password", "field", "message"),
    [
        ("", "Bert", BERT_PW, "username", "Enter a user name"),
        ("   ", "Bert", BERT_PW, "username", "Enter a user name"),
        ("bo", "Bert", BERT_PW, "username", "3 to 50 characters"),
        ("b" * 51, "Bert", BERT_PW, "username", "3 to 50 characters"),
        ("Bert", "Bert", BERT_PW, "username", "lowercase letters, digits and . - _"),
        ("bert smit", "Bert", BERT_PW, "username", "lowercase letters, digits and . - _"),
        ("bért", "Bert", BERT_PW, "username", "lowercase letters, digits and . - _"),
        ("anna", "Bert", BERT_PW, "username", "already taken"),
        ("bert", "", BERT_PW, "display_name", "Enter the name to show"),
        ("bert", "   ", BERT_PW, "display_name", "Enter the name to show"),
        ("bert", "B" * 101, BERT_PW, "display_name", "at most 100 characters"),
        ("bert", "Bert", "short", "password", "at least 8 characters"),
        ("bert.smit", "Bert", "bert.smit", "password", "must not be the user name"),
        ("bert.smit", "Bert", "BERT.SMIT", "password", "must not be the user name"),
    ],
)
def test_add_staff_validation(
    db: Database, username: str, display_name: str, password: str, field: str, message: str
) -> None:
    manager = _first(db)
    with pytest.raises(ValidationError) as raised, db.write() as session:
        add_staff(session, manager, username, display_name, password, StaffRole.RECEPTION)
    assert raised.value.field == field
    assert message in raised.value.message
    with db.read() as session:
        assert [r.username for r in list_staff(session)] == ["anna"]


def test_valid_usernames(db: Database) -> None:
    manager = _first(db)
    for name in ("bob", "j.de-vries_2", "x" * 50):
        assert _add(db, manager, name).username == name


def test_username_unique_ignoring_case(db: Database) -> None:
    manager = _first(db)
    with db.write() as session:  # a row from before the lowercase rule
        session.execute(update(StaffUser).values(username="Anna"))
    with pytest.raises(ValidationError, match="already taken") as raised, db.write() as session:
        add_staff(session, manager, "anna", "Another Anna", "long-enough-1", StaffRole.RECEPTION)
    assert raised.value.field == "username"


def test_password_is_stored_as_argon2_hash(db: Database) -> None:
    manager = _first(db)
    _add(db, manager)
    for name, password in (("anna", ANNA_PW), ("bert", BERT_PW)):
        stored = _user(db, name).password_hash
        assert stored.startswith("$argon2")
        assert password not in stored
        assert PasswordHasher().verify(stored, password)


# ------------------------------------------------------------------------- sign in


def test_sign_in_success_and_one_message_for_every_failure(db: Database) -> None:
    manager = _first(db)
    assert manager.name == "Anna de Vries"
    assert manager.role is StaffRole.MANAGER
    assert manager.staff_user_id == _user(db, "anna").id
    assert sign_in(db, "  ANNA ", ANNA_PW, now=T0) == manager  # name typed loosely

    messages = []
    for username, password in (("anna", "wrong-password"), ("nobody", ANNA_PW), ("", "")):
        with pytest.raises(SignInFailed) as raised:
            sign_in(db, username, password, now=T0)
        messages.append(str(raised.value))
    assert messages == [SIGN_IN_FAILED_MESSAGE] * 3
    assert SIGN_IN_FAILED_MESSAGE == "Wrong user name or password"


def test_failures_are_counted_and_throttled(any_db: Database) -> None:
    db = any_db
    _first(db)
    for second in range(3):
        with pytest.raises(SignInFailed):
            sign_in(db, "anna", "wrong-password", now=T0 + second * S)
    # stored although sign_in raised
    user = _user(db, "anna")
    assert user.failed_attempts == 3
    assert user.last_failed_at == T0 + 2 * S

    # 3 failures: the next attempt waits 2 ** 0 = 1 s, even with the right password
    with pytest.raises(SignInThrottled) as raised:
        sign_in(db, "anna", ANNA_PW, now=T0 + 2 * S)
    assert raised.value.retry_after_seconds == 1
    assert str(raised.value) == "Too many failed attempts; try again in 1 s"
    assert _user(db, "anna").failed_attempts == 3  # a throttled attempt does not count

    with pytest.raises(SignInFailed):
        sign_in(db, "anna", "wrong-password", now=T0 + 3 * S)
    assert _user(db, "anna").failed_attempts == 4
    # 4 failures: 2 s after the last one
    with pytest.raises(SignInThrottled) as raised:
        sign_in(db, "anna", ANNA_PW, now=T0 + 4 * S)
    assert raised.value.retry_after_seconds == 1
    with pytest.raises(SignInThrottled) as raised:
        sign_in(db, "anna", ANNA_PW, now=T0 + 3 * S)
    assert raised.value.retry_after_seconds == 2

    actor = sign_in(db, "anna", ANNA_PW, now=T0 + 5 * S)
    assert actor.name == "Anna de Vries"
    user = _user(db, "anna")
    assert (user.failed_attempts, user.last_failed_at) == (0, None)


def test_throttle_delay_is_capped(any_db: Database) -> None:
    db = any_db
    _first(db)
    with db.write() as session:
        session.execute(update(StaffUser).values(failed_attempts=40, last_failed_at=T0))
    with pytest.raises(SignInThrottled) as raised:
        sign_in(db, "anna", ANNA_PW, now=T0 + 10 * S)
    assert raised.value.retry_after_seconds == 290
    assert sign_in(db, "anna", ANNA_PW, now=T0 + 300 * S).name == "Anna de Vries"


def test_unknown_user_changes_nothing(db: Database) -> None:
    _first(db)
    for _ in range(5):
        with pytest.raises(SignInFailed):
            sign_in(db, "nobody", "whatever-it-is", now=T0)
    assert _user(db, "anna").failed_attempts == 0


def test_disabled_user_cannot_sign_in(db: Database) -> None:
    manager = _first(db)
    bert = _add(db, manager)
    with db.write() as session:
        assert not set_active(session, manager, bert.id, False).active
    with pytest.raises(SignInFailed, match=SIGN_IN_FAILED_MESSAGE):
        sign_in(db, "bert", BERT_PW, now=T0)
    with db.write() as session:
        assert set_active(session, manager, bert.id, True).active
    assert sign_in(db, "bert", BERT_PW, now=T0).staff_user_id == bert.id


def test_sign_in_rehashes_old_parameters(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    # the program's own parameters, not the tests' cheap ones
    monkeypatch.setattr(staff, "_hasher", PasswordHasher())
    _first(db)
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash(ANNA_PW)
    with db.write() as session:
        session.execute(update(StaffUser).values(password_hash=weak))
    sign_in(db, "anna", ANNA_PW, now=T0)
    stored = _user(db, "anna").password_hash
    assert stored != weak
    assert not PasswordHasher().check_needs_rehash(stored)
    assert sign_in(db, "anna", ANNA_PW, now=T0).name == "Anna de Vries"


# ---------------------------------------------------------------- roles, passwords


def test_last_manager_cannot_demote_or_disable_self(db: Database) -> None:
    anna = _first(db)
    assert anna.staff_user_id is not None
    anna_id = anna.staff_user_id
    for actor in (anna, SYSTEM):
        with pytest.raises(LastManager, match="last active manager"), db.write() as session:
            set_role(session, actor, anna_id, StaffRole.RECEPTION)
        with pytest.raises(LastManager, match="last active manager"), db.write() as session:
            set_active(session, actor, anna_id, False)
    assert issubclass(LastManager, PermissionDenied)

    # A disabled manager does not count.
    carl = _add(db, anna, "carl", StaffRole.MANAGER)
    with db.write() as session:
        set_active(session, anna, carl.id, False)
    with pytest.raises(LastManager), db.write() as session:
        set_role(session, anna, anna_id, StaffRole.RECEPTION)

    # With a second active manager, anna may step down.
    with db.write() as session:
        set_active(session, anna, carl.id, True)
    with db.write() as session:
        assert set_role(session, anna, anna_id, StaffRole.RECEPTION).role is StaffRole.RECEPTION
    carl_actor = sign_in(db, "carl", BERT_PW, now=T0)
    with pytest.raises(LastManager), db.write() as session:
        set_active(session, carl_actor, carl.id, False)
    with db.read() as session:
        assert [(r.username, r.role, r.active) for r in list_staff(session)] == [
            ("anna", StaffRole.RECEPTION, True),
            ("carl", StaffRole.MANAGER, True),
        ]


def test_reset_password_clears_the_counter(db: Database) -> None:
    manager = _first(db)
    bert = _add(db, manager)
    for _ in range(6):
        with pytest.raises((SignInFailed, SignInThrottled)):
            sign_in(db, "bert", "guessing-123", now=T0)
    with pytest.raises(ValidationError) as raised, db.write() as session:
        reset_password(session, manager, bert.id, "short")
    assert raised.value.field == "password"
    with db.write() as session:
        reset_password(session, manager, bert.id, "fresh-start-2026")
    assert sign_in(db, "bert", "fresh-start-2026", now=T0).staff_user_id == bert.id
    with pytest.raises(SignInFailed):
        sign_in(db, "bert", BERT_PW, now=T0 + 10 * S)


def test_change_own_password(db: Database) -> None:
    manager = _first(db)
    _add(db, manager)
    bert = sign_in(db, "bert", BERT_PW, now=T0)
    cases = [
        ("not-my-password", "new-password-1", "old_password"),
        (BERT_PW, "short", "new_password"),
        (BERT_PW, "bert", "new_password"),
        (BERT_PW, BERT_PW, "new_password"),
    ]
    for old, new, field in cases:
        with pytest.raises(ValidationError) as raised, db.write() as session:
            change_own_password(session, bert, old, new)
        assert raised.value.field == field
    with pytest.raises(PermissionDenied), db.write() as session:
        change_own_password(session, SYSTEM, BERT_PW, "new-password-1")

    with db.write() as session:
        change_own_password(session, bert, BERT_PW, "new-password-1")
    assert sign_in(db, "bert", "new-password-1", now=T0) == bert
    with pytest.raises(SignInFailed):
        sign_in(db, "bert", BERT_PW, now=T0)


def test_unknown_staff_id(db: Database) -> None:
    manager = _first(db)
    with pytest.raises(ValidationError) as raised, db.write() as session:
        set_role(session, manager, 999, StaffRole.MANAGER)
    assert raised.value.field == "staff_id"


# --------------------------------------------------------------------------- audit


def test_every_change_is_audited_without_passwords(db: Database) -> None:
    anna = _first(db)
    bert = _add(db, anna)
    with db.write() as session:
        set_role(session, anna, bert.id, StaffRole.MANAGER)
    with db.write() as session:
        set_role(session, anna, bert.id, StaffRole.MANAGER)  # no change: no entry
    with db.write() as session:
        set_active(session, anna, bert.id, False)
    with db.write() as session:
        set_active(session, anna, bert.id, True)
    with db.write() as session:
        reset_password(session, anna, bert.id, "temporary-pass-9")
    bert_actor = sign_in(db, "bert", "temporary-pass-9", now=T0)
    with db.write() as session:
        change_own_password(session, bert_actor, "temporary-pass-9", "my-own-secret-1")

    entries = _audit(db)
    assert [(e.action, e.entity_id, e.staff_user_id) for e in entries] == [
        ("create", str(anna.staff_user_id), anna.staff_user_id),
        ("create", str(bert.id), anna.staff_user_id),
        ("role", str(bert.id), anna.staff_user_id),
        ("disable", str(bert.id), anna.staff_user_id),
        ("enable", str(bert.id), anna.staff_user_id),
        ("password_reset", str(bert.id), anna.staff_user_id),
        ("password_change", str(bert.id), bert.id),
    ]
    assert all(e.entity == "staff_user" for e in entries)
    assert entries[2].changes == {"role": ["reception", "manager"]}
    assert entries[3].changes == {"active": [True, False]}
    for entry in (entries[0], entries[1], entries[5], entries[6]):
        assert entry.changes["password"] == ["***", "***"]

    dumped = json.dumps([e.changes for e in entries])
    for secret in (ANNA_PW, BERT_PW, "temporary-pass-9", "my-own-secret-1", "$argon2"):
        assert secret not in dumped
    with db.read() as session:
        hashes = session.scalars(select(StaffUser.password_hash)).all()
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == len(entries)
    assert not any(h in dumped for h in hashes)
