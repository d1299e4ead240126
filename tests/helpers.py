"""Small builders for tests: real rows in a real database, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from hubdesk.domain.enums import LeaseStatus, OrganisationKind, SpaceKind
from hubdesk.domain.models import Lease, LeaseOffice, Organisation, Space
from hubdesk.domain.money import Money

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def add_space(
    session: Session,
    name: str = "Room Mesdag",
    kind: SpaceKind = SpaceKind.MEETING_ROOM,
    *,
    capacity: int = 8,
    buffer_minutes: int = 0,
) -> Space:
    space = Space(
        name=name,
        kind=kind,
        capacity=capacity,
        buffer_minutes=buffer_minutes,
        price_hour=Money(4500),
    )
    session.add(space)
    session.flush()
    return space


def add_organisation(session: Session, name: str = "Stichting Noordzee") -> Organisation:
    organisation = Organisation(name=name, kind=OrganisationKind.NGO, created_at=T0)
    session.add(organisation)
    session.flush()
    return organisation


def add_lease(
    session: Session,
    organisation: Organisation,
    office: Space,
    start: date,
    end: date | None,
    status: LeaseStatus = LeaseStatus.ACTIVE,
) -> Lease:
    lease = Lease(
        organisation_id=organisation.id,
        status=status,
        start_date=start,
        end_date=end,
        rent=Money(95_000),
    )
    session.add(lease)
    session.flush()
    session.add(LeaseOffice(lease_id=lease.id, space_id=office.id))
    session.flush()
    return lease
