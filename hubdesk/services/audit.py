"""The audit log: every change made through a service adds one entry.

Entries are append-only in the database itself; this module only adds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from hubdesk.domain.enums import StaffRole
from hubdesk.domain.models import AuditEntry
from hubdesk.domain.money import Money
from hubdesk.services.clock import now_utc


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in staff member (``staff_user_id`` and the
    role the account had at sign-in), or the system (imports, demo, the
    command line: no account), which may do what a manager may.

    Nothing has a default: an actor without a role cannot be made by
    accident, and the manager-only services read a staff member's role again
    from the database (:func:`hubdesk.services.staff.require_manager`)."""

    name: str
    staff_user_id: int | None
    role: StaffRole

    @property
    def is_manager(self) -> bool:
        return self.role is StaffRole.MANAGER

    @classmethod
    def system(cls, name: str = "system") -> Actor:
        """The system acting under ``name`` (shown in the audit log), with a
        manager's rights and no staff account."""
        return cls(name, None, StaffRole.MANAGER)


SYSTEM = Actor.system()


def plain(value: Any) -> Any:
    """A JSON-friendly copy of a column value for the audit record."""
    if isinstance(value, Money):
        return value.cents
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object = "",
    changes: dict[str, tuple[Any, Any]] | None = None,
) -> None:
    """Add one entry, at once (a plain INSERT in the caller's transaction)."""
    session.execute(
        insert(cast(Table, AuditEntry.__table__)),
        {
            "at": now_utc(session),
            "staff_user_id": actor.staff_user_id,
            "actor": actor.name,
            "action": action,
            "entity": entity,
            "entity_id": str(entity_id),
            "changes": {k: [plain(old), plain(new)] for k, (old, new) in (changes or {}).items()},
        },
    )
