"""The database's own guarantees, on SQLite and on PostgreSQL: no overlapping
bookings or live leases (through the model and by raw SQL), an append-only
audit log, exact money and UTC instants."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text, update

from hubdesk.db import Database
from hubdesk.domain.enums import BookingStatus, LeaseStatus, SpaceKind
from hubdesk.domain.errors import AuditTampering, BookingConflict, LeaseConflict
from hubdesk.domain.models import AuditEntry, Booking, Lease, Space
from hubdesk.domain.money import Money
from hubdesk.domain.types import to_sqlite_text
from hubdesk.services.audit import SYSTEM, record
from hubdesk.services.bookings import BookingRequest, create_booking
from tests.helpers import T0, add_lease, add_organisation, add_space

H = timedelta(hours=1)


def _booking(space: Space, start: datetime, end: datetime, **extra: object) -> Booking:
    values: dict[str, object] = {
        "space_id": space.id,
        "title": "Team meeting",
        "start_at": start,
        "end_at": end,
        "blocked_until": end + timedelta(minutes=space.buffer_minutes),
        "created_at": T0,
    }
    values.update(extra)
    return Booking(**values)


def _instant(database: Database, value: datetime) -> str:
    if database.is_sqlite:
        return to_sqlite_text(value)
    return value.isoformat()


def _raw_insert(database: Database, space_id: int, start: datetime, end: datetime) -> None:
    with database.write() as session:
        session.execute(
            text(
                "INSERT INTO bookings (space_id, customer_name, title, people, start_at, end_at,"
                " blocked_until, status, price, billable, notes, created_at)"
                " VALUES (:space, '', 'raw', 1, :start, :end, :end, 'confirmed', 0, false, '',"
                " :start)"
            ),
            {
                "space": space_id,
                "start": _instant(database, start),
                "end": _instant(database, end),
            },
        )


@pytest.fixture
def room(any_db: Database) -> int:
    with any_db.write() as session:
        space = add_space(session, buffer_minutes=0)
        session.add(_booking(space, T0, T0 + 2 * H))
        return space.id


@pytest.mark.parametrize(
    ("start_offset", "end_offset"),
    [(0, 2), (1, 3), (-1, 1), (-1, 4), (0.5, 1.5)],
    ids=["same", "tail", "head", "around", "inside"],
)
def test_overlap_refused_through_the_model(
    any_db: Database, room: int, start_offset: float, end_offset: float
) -> None:
    with pytest.raises(BookingConflict), any_db.write() as session:
        space = session.get(Space, room)
        assert space is not None
        session.add(_booking(space, T0 + start_offset * H, T0 + end_offset * H))
    with any_db.read() as session:
        assert session.scalar(select(text("count(*)")).select_from(Booking)) == 1


def test_overlap_refused_by_raw_insert(any_db: Database, room: int) -> None:
    with pytest.raises(BookingConflict):
        _raw_insert(any_db, room, T0 + H, T0 + 3 * H)
    _raw_insert(any_db, room, T0 + 2 * H, T0 + 3 * H)  # touching is not overlapping
    with any_db.read() as session:
        assert len(session.scalars(select(Booking)).all()) == 2


def test_move_into_overlap_refused_and_nothing_moved(any_db: Database, room: int) -> None:
    with any_db.write() as session:
        space = session.get(Space, room)
        assert space is not None
        later = _booking(space, T0 + 4 * H, T0 + 5 * H)
        session.add(later)
    with pytest.raises(BookingConflict), any_db.write() as session:
        session.execute(
            update(Booking)
            .where(Booking.id == later.id)
            .values(start_at=T0 + H, end_at=T0 + 5 * H, blocked_until=T0 + 5 * H)
        )
    with any_db.read() as session:
        moved = session.get(Booking, later.id)
        assert moved is not None
        assert moved.start_at == T0 + 4 * H


def test_cancelled_bookings_do_not_block(any_db: Database, room: int) -> None:
    with any_db.write() as session:
        session.execute(update(Booking).values(status=BookingStatus.CANCELLED))
    _raw_insert(any_db, room, T0, T0 + 2 * H)
    with pytest.raises(BookingConflict), any_db.write() as session:
        session.execute(update(Booking).values(status=BookingStatus.CONFIRMED))


def test_buffer_blocks_the_next_booking(any_db: Database) -> None:
    with any_db.write() as session:
        space = add_space(session, "Grote Zaal", SpaceKind.EVENT_SPACE, buffer_minutes=30)
        session.add(_booking(space, T0, T0 + 2 * H))
    with pytest.raises(BookingConflict), any_db.write() as session:
        session.add(_booking(space, T0 + 2 * H + timedelta(minutes=15), T0 + 4 * H))
    with any_db.write() as session:
        session.add(_booking(space, T0 + 2 * H + timedelta(minutes=30), T0 + 4 * H))


def test_other_space_same_time_is_fine(any_db: Database, room: int) -> None:
    with any_db.write() as session:
        other = add_space(session, "Room Escher")
        session.add(_booking(other, T0, T0 + 2 * H))


def test_service_names_the_conflicting_booking(any_db: Database, room: int) -> None:
    request = BookingRequest(
        space_id=room, start_at=T0 + H, end_at=T0 + 3 * H, title="Board", customer_name="Acme"
    )
    with pytest.raises(BookingConflict) as caught, any_db.write() as session:
        create_booking(session, request, SYSTEM)
    assert "Room Mesdag" in str(caught.value)
    assert [c.title for c in caught.value.conflicts] == ["Team meeting"]
    with any_db.read() as session:
        assert session.scalars(select(AuditEntry)).all() == []


def test_overlong_booking_refused_by_the_database(any_db: Database, room: int) -> None:
    """The bounded overlap scan relies on bookings never spanning more than 32 days."""
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), any_db.write() as session:
        space = session.get(Space, room)
        assert space is not None
        session.add(_booking(space, T0 + 100 * H, T0 + 100 * H + timedelta(days=40)))


def test_second_live_lease_of_an_office_refused(any_db: Database) -> None:
    with any_db.write() as session:
        office = add_space(session, "Office 2.04", SpaceKind.PRIVATE_OFFICE)
        tenant = add_organisation(session)
        rival = add_organisation(session, "Startup B.V.")
        add_lease(session, tenant, office, date(2026, 1, 1), date(2026, 12, 31))
    with pytest.raises(LeaseConflict), any_db.write() as session:
        add_lease(session, rival, office, date(2026, 6, 1), None)
    # A draft may overlap; making it live may not.
    with any_db.write() as session:
        draft = add_lease(session, rival, office, date(2026, 6, 1), None, LeaseStatus.DRAFT)
    with pytest.raises(LeaseConflict), any_db.write() as session:
        session.execute(update(Lease).where(Lease.id == draft.id).values(status=LeaseStatus.ACTIVE))
    # Starting after the first one ends is fine.
    with any_db.write() as session:
        session.execute(
            update(Lease)
            .where(Lease.id == draft.id)
            .values(status=LeaseStatus.ACTIVE, start_date=date(2027, 1, 1))
        )
    with any_db.read() as session:
        statuses = session.scalars(select(Lease.status).order_by(Lease.id)).all()
    assert statuses == [LeaseStatus.ACTIVE, LeaseStatus.ACTIVE]


def test_extending_a_lease_into_the_next_refused(any_db: Database) -> None:
    with any_db.write() as session:
        office = add_space(session, "Office 3.01", SpaceKind.PRIVATE_OFFICE)
        first = add_lease(
            session, add_organisation(session), office, date(2026, 1, 1), date(2026, 6, 30)
        )
        add_lease(session, add_organisation(session, "B"), office, date(2026, 7, 1), None)
    with pytest.raises(LeaseConflict), any_db.write() as session:
        session.execute(update(Lease).where(Lease.id == first.id).values(end_date=date(2026, 7, 1)))


def test_audit_entries_cannot_be_changed_or_deleted(any_db: Database) -> None:
    with any_db.write() as session:
        record(session, SYSTEM, "create", "organisation", 1, {"name": (None, "A")})
    with pytest.raises(AuditTampering), any_db.write() as session:
        session.execute(text("UPDATE audit_entries SET actor = 'someone else'"))
    with pytest.raises(AuditTampering), any_db.write() as session:
        session.execute(text("DELETE FROM audit_entries"))
    with pytest.raises(AuditTampering), any_db.write() as session:
        entry = session.scalars(select(AuditEntry)).one()
        entry.action = "delete"
    with any_db.read() as session:
        entry = session.scalars(select(AuditEntry)).one()
        assert (entry.actor, entry.action) == ("system", "create")


@pytest.mark.parametrize("cents", [0, 1, -1, 10, 99_999_999_999, 2**53 + 1, -(2**62)])
def test_money_round_trips_exactly(any_db: Database, cents: int) -> None:
    with any_db.write() as session:
        space = add_space(session)
        space.price_month = Money(cents)
    with any_db.read() as session:
        stored = session.get(Space, space.id)
        assert stored is not None
        assert stored.price_month == Money(cents)
        raw = session.execute(text("SELECT price_month FROM spaces")).scalar_one()
        assert raw == cents and isinstance(raw, int)


def test_money_column_refuses_floats(any_db: Database) -> None:
    with pytest.raises(Exception, match="never a float"), any_db.write() as session:
        space = add_space(session)
        space.price_day = 12.5  # type: ignore[assignment]
        session.flush()


def test_instants_are_stored_in_utc(any_db: Database) -> None:
    amsterdam = ZoneInfo("Europe/Amsterdam")
    summer = datetime(2026, 7, 1, 9, 0, tzinfo=amsterdam)
    with any_db.write() as session:
        space = add_space(session)
        session.add(_booking(space, summer, summer + H))
    with any_db.read() as session:
        booking = session.scalars(select(Booking)).one()
        assert booking.start_at == summer
        assert booking.start_at.utcoffset() == timedelta(0)
        assert booking.start_at.hour == 7
        raw = session.execute(text("SELECT start_at FROM bookings")).scalar_one()
    if any_db.is_sqlite:
        assert raw == "2026-07-01 07:00:00"
    else:
        assert raw.astimezone(UTC).hour == 7


def test_naive_instants_refused(any_db: Database) -> None:
    with pytest.raises(Exception, match="time zone"), any_db.write() as session:
        space = add_space(session)
        session.add(_booking(space, datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 10)))
        session.flush()


def test_sqlite_refuses_instants_in_another_text_form(db: Database) -> None:
    """The triggers compare text, so only the canonical UTC form may be stored."""
    from sqlalchemy.exc import IntegrityError

    with db.write() as session:
        space_id = add_space(session).id
    with pytest.raises(IntegrityError), db.write() as session:
        session.execute(
            text(
                "INSERT INTO bookings (space_id, customer_name, title, people, start_at, end_at,"
                " blocked_until, status, price, billable, notes, created_at) VALUES"
                " (:s, '', 'x', 1, '2026-03-02T09:00:00+01:00', '2026-03-02 10:00:00',"
                " '2026-03-02 10:00:00', 'confirmed', 0, 0, '', '2026-03-02 10:00:00')"
            ),
            {"s": space_id},
        )
