"""What the hub holds, in numbers, for the main window's overview."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hubdesk.domain.clock import DEFAULT_TIME_ZONE
from hubdesk.domain.enums import SpaceKind
from hubdesk.domain.models import HubSettings, Member, Organisation, Space


@dataclass(frozen=True)
class SpaceCount:
    kind: SpaceKind
    spaces: int
    capacity: int


@dataclass(frozen=True)
class HubOverview:
    hub_name: str
    time_zone: str
    organisations: int
    members: int
    spaces: tuple[SpaceCount, ...]


def hub_overview(session: Session) -> HubOverview:
    settings = session.get(HubSettings, 1)
    organisations = session.scalar(
        select(func.count()).select_from(Organisation).where(Organisation.archived.is_(False))
    )
    members = session.scalar(
        select(func.count()).select_from(Member).where(Member.archived.is_(False))
    )
    rows = session.execute(
        select(Space.kind, func.count(), func.coalesce(func.sum(Space.capacity), 0))
        .where(Space.active.is_(True))
        .group_by(Space.kind)
    ).all()
    by_kind = {kind: SpaceCount(kind, int(n), int(cap)) for kind, n, cap in rows}
    return HubOverview(
        hub_name=settings.name if settings else "",
        time_zone=settings.time_zone if settings else DEFAULT_TIME_ZONE,
        organisations=int(organisations or 0),
        members=int(members or 0),
        spaces=tuple(by_kind[k] for k in SpaceKind if k in by_kind),
    )
