"""Staff accounts: the first manager, signing in, roles and passwords.

Plain use cases for the UI and the command line. Every function that changes
something takes the open :class:`~sqlalchemy.orm.Session` of the caller's
``with db.write()`` block and adds an audit entry; :func:`sign_in` alone takes
the :class:`~hubdesk.db.Database` (see there why). Results are
:class:`StaffRecord` rows, never live ORM objects.

Manager-only services call :func:`require_manager`, so a reception user is
refused at the service and not only by a hidden button. The staff services
here also check that the acting account is still an active manager in the
database (a manager demoted at another desk loses the right at once).

Passwords are hashed with argon2-cffi's :class:`~argon2.PasswordHasher` at its
default parameters; neither a password nor a hash is ever written to the audit
log (``"password": ["***", "***"]``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import exc, func, select, text
from sqlalchemy.orm import Session

from hubdesk.db import Database
from hubdesk.domain.enums import StaffRole
from hubdesk.domain.errors import HubdeskError, ValidationError
from hubdesk.domain.i18n import N_, _
from hubdesk.domain.models import StaffUser
from hubdesk.domain.types import utc
from hubdesk.services.audit import Actor, record
from hubdesk.services.clock import now_utc

USERNAME_MIN = 3
USERNAME_MAX = 50
DISPLAY_NAME_MAX = 100
PASSWORD_MIN = 8
#: Longer input is refused before hashing (argon2 would take it, but nobody
#: types this much, and it keeps sign-in cheap to refuse).
PASSWORD_MAX = 1024

#: Failures in a row that are free; from then on each attempt waits.
FREE_FAILURES = 3
MAX_DELAY_S = 300

SIGN_IN_FAILED_MESSAGE = N_("Wrong user name or password")
_USERNAME_RE = re.compile(r"[a-z0-9._-]+")
_ENTITY = "staff_user"
_HIDDEN = ("***", "***")
#: Same lock number space as the migrations' (7431001); serialises first start.
_FIRST_MANAGER_LOCK = 7431002

_hasher = PasswordHasher()
_dummy_hash: str | None = None


# --------------------------------------------------------------------------- errors


class PermissionDenied(HubdeskError):
    """The acting staff member may not do this (e.g. reception adding staff)."""


class LastManager(PermissionDenied):
    """The change would leave the hub without an active manager."""


class SignInFailed(HubdeskError):
    """Wrong user name or password, or a disabled account: one message for all,
    so the desk does not tell which user names exist."""

    def __init__(self) -> None:
        super().__init__(_(SIGN_IN_FAILED_MESSAGE))


class SignInThrottled(HubdeskError):
    """Too many failures in a row: the account waits before the next attempt
    is even checked."""

    def __init__(self, retry_after_seconds: int) -> None:
        self.retry_after_seconds = retry_after_seconds
        super().__init__(
            _("Too many failed attempts; try again in {seconds} s").format(
                seconds=retry_after_seconds
            )
        )


# ---------------------------------------------------------------------- permissions


def require_manager(session: Session, actor: Actor, what: str) -> None:
    """Refuse unless ``actor`` may act as a manager *now*; ``what`` completes
    the message "Only a manager may ..." (e.g. ``"add staff members"``).

    A staff member's role is read again from the database, so one made
    reception (or disabled) at another desk after signing in loses the right
    at once; the system actor (no staff account: the command line, imports,
    the demo) passes when its role is manager. Every manager-only service
    calls this first."""
    message = _("Only a manager may {what}").format(what=what)
    if not actor.is_manager:
        raise PermissionDenied(message)
    if actor.staff_user_id is None:
        return
    row = session.execute(
        select(StaffUser.active, StaffUser.role).where(StaffUser.id == actor.staff_user_id)
    ).one_or_none()
    if row is None or not row.active or row.role is not StaffRole.MANAGER:
        raise PermissionDenied(message)


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class StaffRecord:
    id: int
    username: str
    display_name: str
    role: StaffRole
    active: bool


def _record_of(user: StaffUser) -> StaffRecord:
    return StaffRecord(user.id, user.username, user.display_name, user.role, user.active)


def list_staff(session: Session) -> list[StaffRecord]:
    """All staff accounts, active ones first, by display name."""
    users = session.scalars(
        select(StaffUser).order_by(
            StaffUser.active.desc(), func.lower(StaffUser.display_name), StaffUser.id
        )
    )
    return [_record_of(u) for u in users]


def needs_first_manager(session: Session) -> bool:
    """True on an empty database: nobody can sign in until a manager exists."""
    return session.scalar(select(func.count()).select_from(StaffUser)) == 0


# ------------------------------------------------------------------------ validation


def _clean_username(session: Session, username: str) -> str:
    name = username.strip()
    if not name:
        raise ValidationError("username", _("Enter a user name"))
    if not USERNAME_MIN <= len(name) <= USERNAME_MAX:
        raise ValidationError(
            "username",
            _("A user name has {min} to {max} characters").format(
                min=USERNAME_MIN, max=USERNAME_MAX
            ),
        )
    if not _USERNAME_RE.fullmatch(name):
        raise ValidationError(
            "username", _("A user name uses only lowercase letters, digits and . - _")
        )
    taken = session.scalar(
        select(StaffUser.id).where(func.lower(StaffUser.username) == name.lower())
    )
    if taken is not None:
        raise ValidationError(
            "username", _("The user name {name} is already taken").format(name=name)
        )
    return name


def _clean_display_name(display_name: str) -> str:
    name = display_name.strip()
    if not name:
        raise ValidationError("display_name", _("Enter the name to show"))
    if len(name) > DISPLAY_NAME_MAX:
        raise ValidationError(
            "display_name",
            _("The name to show has at most {count} characters").format(count=DISPLAY_NAME_MAX),
        )
    return name


def _check_password(password: str, username: str, field: str = "password") -> None:
    if len(password) < PASSWORD_MIN:
        raise ValidationError(
            field, _("A password has at least {count} characters").format(count=PASSWORD_MIN)
        )
    if len(password) > PASSWORD_MAX:
        raise ValidationError(
            field, _("A password has at most {count} characters").format(count=PASSWORD_MAX)
        )
    if password.strip().lower() == username.strip().lower():
        raise ValidationError(field, _("The password must not be the user name"))


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _staff_user(session: Session, staff_id: int, *, lock: bool = False) -> StaffUser:
    query = select(StaffUser).where(StaffUser.id == staff_id)
    if lock:
        query = query.with_for_update()
    user = session.scalar(query)
    if user is None:
        raise ValidationError("staff_id", _("That staff member does not exist"))
    return user


def _active_manager_ids(session: Session) -> list[int]:
    """Ids of the active managers, locked on PostgreSQL (FOR UPDATE) so two desks
    cannot each demote one of the last two managers; SQLite's write
    transactions are serial anyway."""
    return list(
        session.scalars(
            select(StaffUser.id)
            .where(StaffUser.active.is_(True), StaffUser.role == StaffRole.MANAGER)
            .order_by(StaffUser.id)
            .with_for_update()
        )
    )


def _refuse_last_manager(session: Session, user: StaffUser, change: str) -> None:
    if user.active and user.role is StaffRole.MANAGER and _active_manager_ids(session) == [user.id]:
        raise LastManager(
            _(
                "{name} is the last active manager and cannot be {change}; "
                "make another staff member a manager first"
            ).format(name=user.display_name, change=change)
        )


def _insert(session: Session, user: StaffUser) -> None:
    session.add(user)
    try:
        session.flush()  # the unique constraint catches a name taken meanwhile
    except exc.IntegrityError as error:
        raise ValidationError(
            "username", _("The user name {name} is already taken").format(name=user.username)
        ) from error


# --------------------------------------------------------------------------- changes


def create_first_manager(
    session: Session, username: str, display_name: str, password: str
) -> StaffRecord:
    """The first account of a new hub, a manager; refused once any staff exists.
    The audit entry names the new manager as the actor."""
    if session.get_bind().dialect.name == "postgresql":
        # Two desks on first start: the second waits here, then finds the manager.
        session.execute(text(f"SELECT pg_advisory_xact_lock({_FIRST_MANAGER_LOCK})"))
    if not needs_first_manager(session):
        raise PermissionDenied(
            _("The first manager already exists; a manager adds further staff members")
        )
    name = _clean_username(session, username)
    shown = _clean_display_name(display_name)
    _check_password(password, name)
    user = StaffUser(
        username=name,
        display_name=shown,
        password_hash=_hasher.hash(password),
        role=StaffRole.MANAGER,
        active=True,
        failed_attempts=0,
        created_at=now_utc(session),
    )
    _insert(session, user)
    _audit_created(session, Actor(user.display_name, user.id, user.role), user)
    return _record_of(user)


def add_staff(
    session: Session,
    actor: Actor,
    username: str,
    display_name: str,
    password: str,
    role: StaffRole,
) -> StaffRecord:
    """A new staff account (manager only). ValidationError names the field:
    ``username``, ``display_name`` or ``password``."""
    require_manager(session, actor, _("add staff members"))
    name = _clean_username(session, username)
    shown = _clean_display_name(display_name)
    _check_password(password, name)
    user = StaffUser(
        username=name,
        display_name=shown,
        password_hash=_hasher.hash(password),
        role=StaffRole(role),
        active=True,
        failed_attempts=0,
        created_at=now_utc(session),
    )
    _insert(session, user)
    _audit_created(session, actor, user)
    return _record_of(user)


def _audit_created(session: Session, actor: Actor, user: StaffUser) -> None:
    record(
        session,
        actor,
        "create",
        _ENTITY,
        user.id,
        {
            "username": (None, user.username),
            "display_name": (None, user.display_name),
            "role": (None, user.role),
            "active": (None, user.active),
            "password": _HIDDEN,
        },
    )


def set_active(session: Session, actor: Actor, staff_id: int, active: bool) -> StaffRecord:
    """Disable (cannot sign in) or enable an account (manager only). The last
    active manager cannot be disabled. Enabling also clears the failed
    sign-in counter."""
    require_manager(session, actor, _("disable or enable staff members"))
    user = _staff_user(session, staff_id, lock=True)
    if user.active == active:
        return _record_of(user)
    if not active:
        _refuse_last_manager(session, user, _("disabled"))
    else:
        user.failed_attempts = 0
        user.last_failed_at = None
    user.active = active
    record(
        session,
        actor,
        "enable" if active else "disable",
        _ENTITY,
        user.id,
        {"active": (not active, active)},
    )
    return _record_of(user)


def set_role(session: Session, actor: Actor, staff_id: int, role: StaffRole) -> StaffRecord:
    """Make an account reception or manager (manager only). The last active
    manager cannot be made reception."""
    require_manager(session, actor, _("change staff roles"))
    role = StaffRole(role)
    user = _staff_user(session, staff_id, lock=True)
    if user.role is role:
        return _record_of(user)
    if role is not StaffRole.MANAGER:
        _refuse_last_manager(
            session, user, _("made reception") if role is StaffRole.RECEPTION else _("made manager")
        )
    old = user.role
    user.role = role
    record(session, actor, "role", _ENTITY, user.id, {"role": (old, role)})
    return _record_of(user)


def reset_password(session: Session, actor: Actor, staff_id: int, new_password: str) -> None:
    """Set another account's password (manager only; field ``password``).
    Also clears the failed sign-in counter, so a locked-out colleague can sign
    in at once."""
    require_manager(session, actor, _("reset passwords"))
    user = _staff_user(session, staff_id, lock=True)
    _check_password(new_password, user.username)
    user.password_hash = _hasher.hash(new_password)
    user.failed_attempts = 0
    user.last_failed_at = None
    record(session, actor, "password_reset", _ENTITY, user.id, {"password": _HIDDEN})


def change_own_password(session: Session, actor: Actor, old: str, new: str) -> None:
    """The signed-in staff member changes their own password. ValidationError
    fields: ``old_password`` (wrong current password), ``new_password``."""
    if actor.staff_user_id is None:
        raise PermissionDenied(_("Only a signed-in staff member may change their own password"))
    user = session.scalar(
        select(StaffUser).where(StaffUser.id == actor.staff_user_id).with_for_update()
    )
    if user is None or not user.active:
        raise PermissionDenied(_("This staff account is disabled or no longer exists"))
    if not _verify(user.password_hash, old):
        raise ValidationError("old_password", _("The current password is wrong"))
    _check_password(new, user.username, "new_password")
    if new == old:
        raise ValidationError(
            "new_password", _("The new password must differ from the current one")
        )
    user.password_hash = _hasher.hash(new)
    record(session, actor, "password_change", _ENTITY, user.id, {"password": _HIDDEN})


# --------------------------------------------------------------------------- sign in


def _retry_after(user: StaffUser, now: datetime) -> int:
    """Seconds the account must still wait before an attempt is checked (0 = none)."""
    failures = user.failed_attempts
    if failures < FREE_FAILURES or user.last_failed_at is None:
        return 0
    delay: int = min(1 << min(failures - FREE_FAILURES, 16), MAX_DELAY_S)  # 2 ** n
    elapsed = max((now - user.last_failed_at).total_seconds(), 0.0)
    return max(math.ceil(delay - elapsed), 0)


def _dummy() -> str:
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher.hash("no such user: equal work for unknown names")
    return _dummy_hash


def _attempt(session: Session, username: str, password: str, now: datetime) -> Actor | HubdeskError:
    """One sign-in attempt inside one transaction. Returns the error instead of
    raising it, so that the caller commits the failure counter first."""
    name = username.strip().lower()
    user = session.scalar(
        select(StaffUser).where(func.lower(StaffUser.username) == name).with_for_update()
    )
    if user is None:
        _verify(_dummy(), password)  # same work as for a real account
        return SignInFailed()
    wait = _retry_after(user, now)
    if wait > 0:
        return SignInThrottled(wait)  # not checked, not counted
    if len(password) > PASSWORD_MAX or not _verify(user.password_hash, password):
        ok = False
    else:
        ok = user.active
    if not ok:
        user.failed_attempts += 1
        user.last_failed_at = now
        return SignInFailed()
    user.failed_attempts = 0
    user.last_failed_at = None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return Actor(user.display_name, user.id, user.role)


def sign_in(db: Database, username: str, password: str, *, now: datetime | None = None) -> Actor:
    """Check a user name and password; the signed-in :class:`Actor` on success.

    Takes the :class:`Database`, not a session, and runs its own write
    transaction: a failed attempt must be remembered although the call raises,
    and an exception inside a caller's ``with db.write()`` block would roll the
    counter back. So the attempt is decided and stored first, the transaction
    committed, and only then :class:`SignInFailed` / :class:`SignInThrottled`
    raised. Do not call it inside another write block (on SQLite it would wait
    for that block's lock).

    * Success resets the failure counter (and rehashes the password if argon2's
      parameters have changed).
    * Unknown user, wrong password and disabled account all raise
      :class:`SignInFailed` with one message; for an existing account the
      counter goes up and ``last_failed_at`` is set to ``now``.
    * After :data:`FREE_FAILURES` failures in a row an account waits
      ``min(2 ** (failures - 3), 300)`` seconds after the last failure; an
      attempt during the wait raises :class:`SignInThrottled` (with
      ``retry_after_seconds``) without checking or counting it.

    ``now`` (aware) overrides the database's clock.
    """
    at = utc(now) if now is not None else db.clock.now()
    with db.write() as session:
        outcome = _attempt(session, username, password, at)
    if isinstance(outcome, HubdeskError):
        raise outcome
    return outcome
