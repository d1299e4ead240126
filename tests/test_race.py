"""Two front desks booking the same slot at the same moment: exactly one wins,
every other attempt gets a clear conflict, on SQLite and on PostgreSQL."""

from __future__ import annotations

import multiprocessing
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from hubdesk.db import Database
from hubdesk.domain.models import Booking
from tests.helpers import T0, add_space

ATTEMPTS_PER_DESK = 100


def _desk(url: str, space_id: int, barrier: Any, results: Any) -> None:
    from hubdesk.domain.errors import BookingConflict
    from hubdesk.services.audit import Actor
    from hubdesk.services.bookings import BookingRequest, create_booking

    database = Database.open(url)
    booked = conflicts = 0
    messages: set[str] = set()
    request = BookingRequest(
        space_id=space_id, start_at=T0, end_at=T0 + timedelta(hours=1), title="Board meeting"
    )
    barrier.wait()
    for _ in range(ATTEMPTS_PER_DESK):
        try:
            with database.write() as session:
                create_booking(session, request, Actor("desk"))
            booked += 1
        except BookingConflict as conflict:
            conflicts += 1
            messages.add(str(conflict))
    database.close()
    results.put((booked, conflicts, sorted(messages)))


def test_two_desks_race_for_one_slot(any_db: Database) -> None:
    with any_db.write() as session:
        space_id = add_space(session, "Room Vermeer").id
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    desks = [
        context.Process(target=_desk, args=(any_db.url, space_id, barrier, results))
        for _ in range(2)
    ]
    for desk in desks:
        desk.start()
    outcomes = [results.get(timeout=240) for _ in desks]
    for desk in desks:
        desk.join(timeout=60)
        assert desk.exitcode == 0
    assert sum(o[0] for o in outcomes) == 1
    assert sum(o[1] for o in outcomes) == 2 * ATTEMPTS_PER_DESK - 1
    messages = {m for o in outcomes for m in o[2]}
    assert messages and all("Room Vermeer is already booked" in m for m in messages)
    assert all("Board meeting" in m for m in messages)
    with any_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Booking)) == 1
