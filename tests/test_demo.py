"""The demo hub: counts, believable values, exact unicode round trips,
determinism, clearing and reloading, valid IBANs, a calendar of bookings that
keeps the hub's rules and prices; on real database files."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from hubdesk.db import Database
from hubdesk.domain.enums import (
    LIVE_LEASE_STATUSES,
    BookingStatus,
    LeaseStatus,
    OrganisationKind,
    PaymentMethod,
    PlanKind,
    SpaceKind,
    StaffRole,
)
from hubdesk.domain.models import (
    AuditEntry,
    Booking,
    BookingSeries,
    BookingStatusChange,
    CheckIn,
    DayPass,
    HubSettings,
    Lease,
    LeaseOffice,
    Member,
    Membership,
    Organisation,
    Plan,
    RentChange,
    Space,
    StaffUser,
    VatCategory,
    Visit,
)
from hubdesk.domain.money import Money
from hubdesk.domain.pricing import Rates, charge, flex_units, list_price
from hubdesk.services.demo import (
    DatabaseNotEmpty,
    DemoSize,
    DemoSummary,
    clear_hub_data,
    database_is_empty,
    load_demo,
)

TODAY = date(2026, 11, 23)
END_OF_TODAY = datetime(2026, 11, 24, tzinfo=UTC)
HUB_ZONE = ZoneInfo("Europe/Amsterdam")
START_OF_TODAY = datetime.combine(TODAY, clock(0), tzinfo=HUB_ZONE)
#: The moment of today the demo is loaded at (``load_demo``'s default).
NOW = datetime.combine(TODAY, clock(11), tzinfo=HUB_ZONE)


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A database file with the small demo loaded, once for the module: the
    tests that take it only read (those that write load their own)."""
    database = Database.open(tmp_path_factory.mktemp("hub") / "hub.sqlite")
    load(database)
    yield database
    database.close()


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "empty.sqlite")
    yield database
    database.close()


def load(
    db: Database,
    size: DemoSize = DemoSize.SMALL,
    seed: int = 2026,
    booking_months: int | None = None,
    now: datetime | None = None,
) -> DemoSummary:
    with db.write() as session:
        return load_demo(
            session, size, today=TODAY, seed=seed, booking_months=booking_months, now=now
        )


def count(session: Session, model: type[Any]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def iban_is_valid(iban: str) -> bool:
    """ISO 13616: move the first four characters to the end, letters to 10..35,
    and the number modulo 97 is 1."""
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}", iban):
        return False
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table as stored, ordered by primary key (the audit
    entries without their time, which is the clock's)."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        result: dict[str, list[tuple[Any, ...]]] = {}
        for table in tables:
            info = list(connection.execute(f'PRAGMA table_info("{table}")'))
            columns = [c[1] for c in info if not (table == "audit_entries" and c[1] == "at")]
            keys = [c[1] for c in sorted(info, key=lambda c: c[5]) if c[5]] or ["rowid"]
            select_list = ", ".join(f'"{c}"' for c in columns)
            order = ", ".join(f'"{k}"' for k in keys)
            result[table] = list(
                connection.execute(f'SELECT {select_list} FROM "{table}" ORDER BY {order}')
            )
        return result
    finally:
        connection.close()


# ------------------------------------------------------------------------ counts


def test_small_demo_counts(hub: Database) -> None:
    with hub.read() as s:
        assert count(s, Organisation) == 110
        assert count(s, Member) == 600
        kinds = Counter(s.scalars(select(Space.kind)))
        assert kinds[SpaceKind.PRIVATE_OFFICE] == 40
        assert kinds[SpaceKind.FLEX_DESK] == 80
        assert kinds[SpaceKind.MEETING_ROOM] == 10
        assert kinds[SpaceKind.EVENT_SPACE] == 2
        assert kinds[SpaceKind.DEDICATED_DESK] > 0
        org_kinds = Counter(s.scalars(select(Organisation.kind)))
        assert set(org_kinds) == set(OrganisationKind)
        assert org_kinds[OrganisationKind.INDIVIDUAL] < 10
        assert {p.kind for p in s.scalars(select(Plan))} == set(PlanKind)
        individuals = s.scalar(
            select(func.count()).select_from(Member).where(Member.organisation_id.is_(None))
        )
        assert individuals is not None and 0 < individuals < 120
        archived_orgs = s.scalar(
            select(func.count()).select_from(Organisation).where(Organisation.archived)
        )
        archived_members = s.scalar(select(func.count()).select_from(Member).where(Member.archived))
        assert archived_orgs is not None and 0 < archived_orgs < 10
        assert archived_members is not None and 0 < archived_members < 60
        assert count(s, Membership) > 110
        entries = list(s.scalars(select(AuditEntry)))
        assert [(e.action, e.entity, e.changes) for e in entries] == [
            ("demo", "hub", {"size": [None, "small"]})
        ]


def test_summary_matches_the_rows(empty: Database) -> None:
    summary = load(empty)
    with empty.read() as s:
        assert summary == DemoSummary(
            organisations=count(s, Organisation),
            members=count(s, Member),
            spaces=count(s, Space),
            plans=count(s, Plan),
            memberships=count(s, Membership),
            leases=count(s, Lease),
            bookings=count(s, Booking),
            check_ins=count(s, CheckIn),
        )
    assert (summary.organisations, summary.members, summary.spaces) == (110, 600, 140)
    assert summary.bookings > 5000
    assert summary.check_ins > 20_000


def test_hub_settings(hub: Database) -> None:
    with hub.read() as s:
        settings = s.get(HubSettings, 1)
        assert settings is not None
        assert settings.name and settings.name != "Our hub"
        assert settings.city == "Den Haag"
        assert re.fullmatch(r"[1-9][0-9]{3} [A-Z]{2}", settings.postcode)
        assert settings.address
        assert settings.time_zone == "Europe/Amsterdam"
        assert re.fullmatch(r"NL[0-9]{9}B[0-9]{2}", settings.vat_id)
        assert re.fullmatch(r"[0-9]{8}", settings.kvk)
        assert settings.iban.startswith("NL") and iban_is_valid(settings.iban)
        assert re.fullmatch(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", settings.bic)
        assert {c.code for c in s.scalars(select(VatCategory))} >= {"high", "exempt"}


# ------------------------------------------------------------------ believable


def test_spaces_are_believable(hub: Database) -> None:
    with hub.read() as s:
        spaces = list(s.scalars(select(Space)))
        assert len({space.name for space in spaces}) == len(spaces)
        for space in spaces:
            if space.kind is SpaceKind.PRIVATE_OFFICE:
                assert re.fullmatch(r"Office [1-4]\.[0-9]{2}", space.name)
                assert 1 <= space.floor <= 4
                assert 2 <= space.capacity <= 12
                assert space.area_dm2 > 0
                assert space.price_month is not None
                assert Money.of(350) <= space.price_month <= Money.of(2400)
            elif space.kind is SpaceKind.FLEX_DESK:
                assert space.price_day is not None and space.price_day > Money(0)
                assert space.capacity == 1
            elif space.kind is SpaceKind.MEETING_ROOM:
                assert space.name.startswith("Room ")
                assert 4 <= space.capacity <= 20
                assert space.buffer_minutes in (0, 15)
                assert space.price_hour and space.price_half_day and space.price_day
                assert space.price_hour < space.price_half_day < space.price_day
                assert space.amenities
                assert set(space.amenities) <= {
                    "screen",
                    "phone",
                    "whiteboard",
                    "video",
                    "flipchart",
                    "accessible",
                }
            elif space.kind is SpaceKind.EVENT_SPACE:
                assert 60 <= space.capacity <= 150
                assert space.buffer_minutes >= 30
                assert space.price_day is not None
        room_amenities = {
            a for sp in spaces if sp.kind is SpaceKind.MEETING_ROOM for a in sp.amenities
        }
        assert {"screen", "whiteboard", "video"} <= room_amenities


def test_every_office_let_one_falls_vacant_next_month(hub: Database) -> None:
    with hub.read() as s:
        offices = list(s.scalars(select(Space).where(Space.kind == SpaceKind.PRIVATE_OFFICE)))
        live = s.execute(
            select(LeaseOffice.space_id, Lease)
            .join(Lease)
            .where(Lease.status.in_(LIVE_LEASE_STATUSES))
        ).all()
        high = s.scalar(select(VatCategory.id).where(VatCategory.code == "high"))
        exempt = s.scalar(select(VatCategory.id).where(VatCategory.code == "exempt"))
        all_leases = list(s.scalars(select(Lease)))
        organisations = {o.id: o for o in s.scalars(select(Organisation))}
        per_office = Counter(space_id for space_id, _ in live)
        assert len(per_office) == len(offices)
        assert set(per_office.values()) == {1}
        month_end = date(TODAY.year + TODAY.month // 12, TODAY.month % 12 + 1, 1) - timedelta(
            days=1
        )
        under_notice = [lease for _, lease in live if lease.status is LeaseStatus.NOTICE_GIVEN]
        assert [lease.end_date for lease in under_notice].count(month_end) == 1
        assert 2 <= len(under_notice) <= 5
        for lease in under_notice:
            assert lease.notice_given_on is not None and lease.notice_given_on <= TODAY
            assert lease.notice_given_by == "tenant"
            assert lease.end_date is not None and lease.end_date >= TODAY
        for _, lease in live:
            assert lease.status in LIVE_LEASE_STATUSES
            assert Money.of(350) <= lease.rent <= Money.of(2400)
            assert lease.service_charge > Money(0)
            assert lease.deposit > Money(0)
            assert lease.notice_months == 3
            assert lease.rent_vat_category_id == exempt
            assert lease.service_vat_category_id == high
            assert lease.start_date < TODAY
            assert lease.end_date is None or lease.end_date > TODAY
            assert not organisations[lease.organisation_id].archived
        for lease in all_leases:
            assert lease.end_date is None or lease.end_date >= lease.start_date
            if lease.status is LeaseStatus.ENDED:
                assert lease.end_date is not None and lease.end_date < TODAY


def test_memberships_start_in_the_past(hub: Database) -> None:
    with hub.read() as s:
        memberships = list(s.scalars(select(Membership)))
        org_ids = set(s.scalars(select(Organisation.id)))
        assert all(m.start_date < TODAY for m in memberships)
        assert any(m.end_date is not None and m.end_date < TODAY for m in memberships)
        holders = {m.organisation_id for m in memberships if m.organisation_id is not None}
        assert holders == org_ids
        assert any(m.member_id is not None for m in memberships)
        assert all(m.seats >= 1 for m in memberships)


def test_people_have_unique_emails_and_badges(hub: Database) -> None:
    with hub.read() as s:
        members = list(s.scalars(select(Member)))
        emails = [m.email for m in members]
        badges = [m.badge_code for m in members]
        assert len(set(emails)) == len(emails)
        assert all(re.fullmatch(r"[a-z0-9.]+@[a-z0-9.-]+\.example", e) for e in emails)
        assert len(set(badges)) == len(badges)
        assert all(b is not None and re.fullmatch(r"HB[0-9]{6}", b) for b in badges)
        last_names = Counter(m.last_name for m in members)
        assert len(last_names) > 100  # multicultural, not ten Jansens


def test_foreign_organisations_have_eu_vat_ids(hub: Database) -> None:
    with hub.read() as s:
        foreign = list(s.scalars(select(Organisation).where(Organisation.country != "NL")))
        dutch_vat = list(
            s.scalars(select(Organisation.vat_id).where(Organisation.vat_id.like("NL%")))
        )
        kvks = [k for k in s.scalars(select(Organisation.kvk)) if k]
        countries = {o.country for o in foreign}
        assert {"BE", "DE"} <= countries
        for org in foreign:
            if org.country == "BE":
                assert re.fullmatch(r"BE0[0-9]{9}", org.vat_id)
                assert int(org.vat_id[2:10]) % 97 + int(org.vat_id[10:]) == 97
            if org.country == "DE":
                assert re.fullmatch(r"DE[0-9]{9}", org.vat_id)
        assert dutch_vat and all(re.fullmatch(r"NL[0-9]{9}B01", v) for v in dutch_vat)
        assert kvks and all(re.fullmatch(r"[0-9]{8}", k) for k in kvks)
        assert len(set(kvks)) == len(kvks)


def test_every_iban_passes_mod_97(hub: Database) -> None:
    with hub.read() as s:
        ibans = [i for i in s.scalars(select(Organisation.iban)) if i]
        settings = s.get(HubSettings, 1)
        assert settings is not None
        ibans.append(settings.iban)
    assert len(ibans) > 50
    lengths = {"NL": 18, "BE": 16, "DE": 22}
    for iban in ibans:
        assert iban_is_valid(iban), iban
        assert len(iban) == lengths[iban[:2]], iban
    assert {i[:2] for i in ibans} >= {"NL", "BE", "DE"}


def test_checker_refuses_a_wrong_iban() -> None:
    assert iban_is_valid("NL91ABNA0417164300")
    assert not iban_is_valid("NL92ABNA0417164300")
    assert not iban_is_valid("NL91ABNA0417164301")


def test_timestamps_come_from_today(hub: Database) -> None:
    with hub.read() as s:
        instants = [
            *s.scalars(select(Organisation.created_at)),
            *s.scalars(select(Member.created_at)),
        ]
        organisations = {o.id: o for o in s.scalars(select(Organisation))}
        members = list(s.scalars(select(Member)))
        assert all(i.tzinfo is not None and i < END_OF_TODAY for i in instants)
        assert min(instants) > datetime(2020, 1, 1, tzinfo=UTC)
        for member in members:
            if member.organisation_id is not None:
                assert (
                    member.created_at.date()
                    >= organisations[member.organisation_id].created_at.date()
                )


# ------------------------------------------------------------------- bookings


def local(instant: datetime) -> datetime:
    return instant.astimezone(HUB_ZONE)


def test_no_two_active_bookings_of_a_space_overlap(hub: Database) -> None:
    """Buffers included: no booking starts before every earlier one of its
    space (by start) is out, blocked time and all."""
    overlapping = text(
        """
        SELECT count(*) FROM (
            SELECT start_at, max(blocked_until) OVER (
                PARTITION BY space_id ORDER BY start_at, id
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS busy_until
            FROM bookings WHERE status <> 'cancelled') AS b
        WHERE b.busy_until > b.start_at
        """
    )
    with hub.read() as s:
        assert s.scalar(overlapping) == 0
        # The buffers are there to be kept: somewhere one booking follows
        # another as soon as the room's buffer allows.
        tight = s.scalar(
            text(
                """
                SELECT count(*) FROM bookings AS a JOIN bookings AS b
                  ON b.space_id = a.space_id AND b.start_at = a.blocked_until
                JOIN spaces ON spaces.id = a.space_id
                WHERE spaces.buffer_minutes > 0
                  AND a.status <> 'cancelled' AND b.status <> 'cancelled'
                """
            )
        )
        assert tight and tight > 10


def test_bookings_keep_opening_hours_weekdays_and_capacity(hub: Database) -> None:
    with hub.read() as s:
        settings = s.get(HubSettings, 1)
        assert settings is not None and settings.time_zone == "Europe/Amsterdam"
        hours = settings.opening_hours
        rows = s.execute(select(Booking, Space.capacity, Space.buffer_minutes).join(Space)).all()
        s.expunge_all()  # keep the rows readable after the snapshot
    assert len(rows) > 5000
    names = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    for booking, capacity, buffer in rows:
        start, end = local(booking.start_at), local(booking.end_at)
        opening_hours = hours[names[start.weekday()]]
        assert opening_hours is not None, booking.id  # none at weekends
        opening, closing = (clock.fromisoformat(t) for t in opening_hours)
        assert start.date() == end.date(), booking.id  # none across midnight
        assert opening <= start.time() and end.time() <= closing, booking.id
        assert booking.blocked_until == booking.end_at + timedelta(minutes=buffer)
        assert 1 <= booking.people <= capacity, booking.id
        assert timedelta(minutes=30) <= booking.end_at - booking.start_at, booking.id
        assert start.minute % 15 == 0 and end.minute % 15 == 0, booking.id


def test_the_calendar_spans_the_year_around_today(hub: Database) -> None:
    with hub.read() as s:
        starts = [local(t) for t in s.scalars(select(Booking.start_at))]
        s.expunge_all()  # keep the rows readable after the snapshot
    first, last = min(starts), max(starts)
    assert date(2026, 1, 1) <= first.date() <= date(2026, 1, 9)
    assert TODAY + timedelta(days=45) <= last.date() <= TODAY + timedelta(days=61)
    ahead = [t for t in starts if t.date() >= TODAY]
    assert len(ahead) > 200
    # Nearer days are fuller than later ones: people book days or weeks ahead.
    next_week = sum(t.date() < TODAY + timedelta(days=7) for t in ahead)
    in_six_weeks = sum(
        TODAY + timedelta(days=42) <= t.date() < TODAY + timedelta(days=49) for t in ahead
    )
    assert next_week > 2 * in_six_weeks > 0


def test_busy_mornings_quiet_fridays(hub: Database) -> None:
    with hub.read() as s:
        rows = s.execute(
            select(Booking.start_at, Space.kind)
            .join(Space)
            .where(Booking.status == BookingStatus.CONFIRMED)
        ).all()
        s.expunge_all()  # keep the rows readable after the snapshot
    starts = [(local(t), kind) for t, kind in rows]
    weekdays = Counter(t.weekday() for t, _ in starts)
    assert weekdays[0] > 1.3 * weekdays[4] > 0
    assert weekdays[5] == weekdays[6] == 0
    rooms = [t for t, kind in starts if kind is SpaceKind.MEETING_ROOM]
    mornings = sum(t.hour < 12 for t in rooms)
    assert mornings > len(rooms) - mornings
    assert sum(t.hour < 12 for t, _ in starts) > sum(t.hour >= 12 for t, _ in starts)
    kinds = Counter(kind for _, kind in starts)
    assert (
        kinds[SpaceKind.MEETING_ROOM]
        > kinds[SpaceKind.FLEX_DESK]
        > kinds[SpaceKind.EVENT_SPACE]
        > 50
    )


def test_who_booked(hub: Database) -> None:
    with hub.read() as s:
        bookings = list(s.scalars(select(Booking)))
        members = {m.id: m for m in s.scalars(select(Member))}
        individual_holders = set(
            s.scalars(select(Membership.member_id).where(Membership.member_id.is_not(None)))
        )
        kinds = {space.id: space.kind for space in s.scalars(select(Space))}
        s.expunge_all()  # keep the rows readable after the snapshot
    outside = [b for b in bookings if b.customer_name]
    assert len(outside) > 100
    assert all(b.member_id is None and b.organisation_id is None for b in outside)
    assert all(kinds[b.space_id] is not SpaceKind.FLEX_DESK for b in outside)
    for booking in bookings:
        if booking.customer_name:
            continue
        assert booking.member_id is not None, booking.id
        member = members[booking.member_id]
        # A member books for their organisation, or on their own membership.
        assert member.organisation_id == booking.organisation_id, booking.id
        if booking.organisation_id is None:
            assert member.id in individual_holders
        assert member.created_at < booking.created_at, booking.id
    assert sum(b.organisation_id is not None for b in bookings) > len(bookings) // 2
    assert any(b.organisation_id is None and b.member_id is not None for b in bookings)
    titles = Counter(b.title for b in bookings)
    assert len(titles) > 60
    assert {"Team meeting", "Teamoverleg", "Board meeting", "Intake"} <= set(titles)
    assert any(t.startswith(("Masterclass", "Workshop")) for t in titles)


def test_bookings_are_made_before_they_start_and_before_today(hub: Database) -> None:
    with hub.read() as s:
        bookings = list(s.scalars(select(Booking)))
        s.expunge_all()  # keep the rows readable after the snapshot
    for booking in bookings:
        assert booking.created_at < booking.start_at, booking.id
        assert booking.created_at < START_OF_TODAY, booking.id
    # Booked on an earlier day: mostly a few days ahead, sometimes weeks.
    leads = [(local(b.start_at).date() - local(b.created_at).date()).days for b in bookings]
    assert min(leads) >= 1
    assert sorted(leads)[len(leads) // 2] <= 10
    assert max(leads) > 30


def test_series_keep_their_local_time_across_the_clock_change(hub: Database) -> None:
    with hub.read() as s:
        series = {x.id: x for x in s.scalars(select(BookingSeries))}
        occurrences: dict[int, list[Booking]] = {}
        for booking in s.scalars(
            select(Booking).where(Booking.series_id.is_not(None)).order_by(Booking.start_at)
        ):
            assert booking.series_id is not None
            occurrences.setdefault(booking.series_id, []).append(booking)
        s.expunge_all()  # keep the rows readable after the snapshot
    assert len(series) >= 5
    assert set(occurrences) == set(series)
    weekly = {x.rrule.split(";")[1] for x in series.values()}
    assert weekly == {"INTERVAL=1", "INTERVAL=2"}
    across_a_change = 0
    for id_, bookings in occurrences.items():
        starts = [local(b.start_at) for b in bookings]
        assert len({(t.weekday(), t.time()) for t in starts}) == 1, id_
        assert len({b.end_at - b.start_at for b in bookings}) == 1, id_
        assert len({(b.organisation_id, b.space_id, b.title) for b in bookings}) == 1, id_
        assert all(b.created_at == series[id_].created_at for b in bookings), id_
        # The stored rule, expanded on wall-clock time, gives exactly these.
        first = starts[0].replace(tzinfo=None)
        expanded = list(rrulestr(series[id_].rrule, dtstart=first))
        assert expanded == [t.replace(tzinfo=None) for t in starts], id_
        offsets = {t.utcoffset() for t in starts}
        if len(offsets) == 2:
            across_a_change += 1
            utc_hours = {b.start_at.hour for b in bookings}
            assert len(utc_hours) == 2, id_  # one hour apart in UTC, same hour at the hub
    assert across_a_change >= 2


def test_cancelled_bookings_are_free_and_have_their_history(hub: Database) -> None:
    with hub.read() as s:
        bookings = {b.id: b for b in s.scalars(select(Booking))}
        changes: dict[int, list[BookingStatusChange]] = {}
        for change in s.scalars(select(BookingStatusChange).order_by(BookingStatusChange.id)):
            changes.setdefault(change.booking_id, []).append(change)
        s.expunge_all()  # keep the rows readable after the snapshot
    assert set(changes) == set(bookings)
    cancelled = [b for b in bookings.values() if b.status is BookingStatus.CANCELLED]
    assert 20 < len(cancelled) < len(bookings) // 20
    for booking in bookings.values():
        history = changes[booking.id]
        assert history[0].status == "confirmed", booking.id
        assert history[0].at == booking.created_at, booking.id
        if booking.status is BookingStatus.CONFIRMED:
            assert len(history) == 1 and booking.cancelled_at is None, booking.id
            continue
        assert [c.status for c in history] == ["confirmed", "cancelled"], booking.id
        assert booking.cancelled_at is not None
        assert history[1].at == booking.cancelled_at
        assert history[1].detail, booking.id
        assert booking.price == Money(0) and not booking.billable, booking.id
        assert booking.created_at < booking.cancelled_at, booking.id
        assert booking.cancelled_at < booking.start_at - timedelta(hours=24), booking.id
        assert booking.cancelled_at < START_OF_TODAY, booking.id
    # The hub is closed on public holidays: those meetings of a series are called off.
    easter_monday = [
        b
        for b in cancelled
        if local(b.start_at).date() == date(2026, 4, 6) and b.series_id is not None
    ]
    assert easter_monday
    assert all(changes[b.id][1].detail.startswith("Public holiday") for b in easter_monday)


def test_prices_follow_the_rates_and_allowances(hub: Database) -> None:
    """Recompute every price from the rule, with hubdesk.domain.pricing: the
    holder's allowance (from the memberships live on the booking's day) is
    used by its bookings of the month in the order they were made."""
    with hub.read() as s:
        spaces = {space.id: space for space in s.scalars(select(Space))}
        plans = {plan.id: plan for plan in s.scalars(select(Plan))}
        memberships: dict[tuple[str, int], list[Membership]] = {}
        for m in s.scalars(select(Membership)):
            key = (
                ("organisation", m.organisation_id)
                if m.organisation_id
                else ("member", m.member_id)
            )
            memberships.setdefault(key, []).append(m)  # type: ignore[arg-type]
        bookings = list(s.scalars(select(Booking).order_by(Booking.created_at, Booking.id)))
        s.expunge_all()  # keep the rows readable after the snapshot
    used: dict[tuple[Any, ...], list[int]] = {}
    seen = Counter[str]()
    for booking in bookings:
        space = spaces[booking.space_id]
        rates = Rates(space.price_hour, space.price_half_day, space.price_day)
        start, end = local(booking.start_at), local(booking.end_at)
        full = list_price(rates, start, end)
        if booking.status is BookingStatus.CANCELLED:
            assert booking.price == Money(0) and not booking.billable
            continue
        holder: tuple[str, int] | None = None
        if booking.organisation_id is not None:
            holder = ("organisation", booking.organisation_id)
        elif booking.member_id is not None:
            holder = ("member", booking.member_id)
        if holder is None or space.kind is SpaceKind.EVENT_SPACE:
            expected = full
            seen["list"] += 1
        else:
            day = start.date()
            live = [
                m
                for m in memberships.get(holder, [])
                if m.start_date <= day and (m.end_date is None or m.end_date >= day)
            ]
            usage = used.setdefault((holder, start.year, start.month), [0, 0])
            minutes = int((end - start).total_seconds() // 60)
            if space.kind is SpaceKind.MEETING_ROOM:
                allowance = sum(plans[m.plan_id].included_room_minutes * m.seats for m in live)
                covered = min(max(0, allowance - usage[0]), minutes)
                usage[0] += minutes
                expected = charge(rates, start, end, covered)
                if 0 < covered < minutes:
                    seen["partly covered"] += 1
                elif covered == minutes:
                    seen["covered"] += 1
            else:
                assert space.kind is SpaceKind.FLEX_DESK
                days = [plans[m.plan_id].included_flex_days for m in live]
                units = flex_units(minutes)
                free = None in days or usage[1] + units <= sum(
                    d * m.seats * 2 for d, m in zip(days, live, strict=True) if d is not None
                )
                usage[1] += units
                expected = Money(0) if free else full
                seen["free desk" if free else "paid desk"] += 1
        assert booking.price == expected, booking.id
        assert booking.billable == (expected > Money(0)), booking.id
        if booking.customer_name:
            assert booking.billable, booking.id
    assert seen["list"] > 500 and seen["covered"] > 500 and seen["partly covered"] > 20
    assert seen["free desk"] > 500
    assert (
        sum(1 for b in bookings if b.billable and spaces[b.space_id].kind is SpaceKind.MEETING_ROOM)
        > 500
    )


# ----------------------------------------------------------------- front desk


#: Whose allowance a visit uses: ("organisation", id) or ("member", id).
Holder = tuple[str, int | None]


def hub_hours(s: Session) -> dict[int, tuple[clock, clock] | None]:
    """Opening and closing time per weekday (0 = Monday), None when closed."""
    settings = s.get(HubSettings, 1)
    assert settings is not None
    names = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    found: dict[int, tuple[clock, clock] | None] = {}
    for weekday, name in enumerate(names):
        value = settings.opening_hours.get(name)
        found[weekday] = (
            (clock.fromisoformat(value[0]), clock.fromisoformat(value[1])) if value else None
        )
    return found


def test_check_ins_busy_mondays_quiet_fridays_none_when_closed(hub: Database) -> None:
    from hubdesk.services.demo_bookings import closed_days

    with hub.read() as s:
        arrivals = list(s.scalars(select(CheckIn.in_at).where(CheckIn.member_id.is_not(None))))
        hours = hub_hours(s)
    per_day = Counter(local(at).date() for at in arrivals)
    holidays = closed_days(min(per_day), TODAY)
    assert all(hours[day.weekday()] is not None for day in per_day)
    assert not set(per_day) & holidays
    # A year back, though the small hub's bookings go back ten months.
    assert min(per_day) <= TODAY - timedelta(days=360)
    counts: dict[int, list[int]] = {}
    for day, number in per_day.items():
        if day != TODAY:
            counts.setdefault(day.weekday(), []).append(number)
    mean = {weekday: sum(found) / len(found) for weekday, found in counts.items()}
    assert set(mean) == {0, 1, 2, 3, 4}
    assert mean[0] > max(mean[1], mean[2], mean[3])
    assert min(mean[1], mean[2], mean[3]) > mean[4]
    assert 90 < mean[2] < 150  # about 120 people on an ordinary day


def test_check_ins_never_overlap_and_close_by_closing_time(hub: Database) -> None:
    with hub.read() as s:
        hours = hub_hours(s)
        members = {
            id_: (created_at, archived)
            for id_, created_at, archived in s.execute(
                select(Member.id, Member.created_at, Member.archived)
            )
        }
        rows = s.execute(
            select(
                CheckIn.id,
                CheckIn.member_id,
                CheckIn.day_pass_id,
                CheckIn.in_at,
                CheckIn.out_at,
                CheckIn.automatic_out,
            ).order_by(CheckIn.member_id, CheckIn.in_at)
        ).all()
    assert len(rows) > 20_000
    last_out: dict[int, datetime | None] = {}
    automatic = 0
    for id_, member_id, day_pass_id, in_at, out_at, auto in rows:
        assert (member_id is None) != (day_pass_id is None), id_
        start = local(in_at)
        opening_hours = hours[start.weekday()]
        assert opening_hours is not None, id_
        opening, closing = opening_hours
        assert opening <= start.time(), id_
        assert in_at.microsecond == 0 and in_at.tzinfo is not None, id_
        if member_id is not None:
            created_at, archived = members[member_id]
            assert not archived and created_at.date() < start.date(), id_
            if member_id in last_out:
                previous = last_out[member_id]
                # One visit a day: the one before has ended before this one began.
                assert previous is not None and previous.date() < start.date(), id_
            last_out[member_id] = None if out_at is None else local(out_at)
        if in_at < START_OF_TODAY:
            assert out_at is not None and out_at >= in_at, id_
        if out_at is None:
            assert not auto, id_
            continue
        end = local(out_at)
        assert end.date() == start.date() and end >= start, id_
        if auto:
            automatic += 1
            assert end.time() == closing, id_
        else:
            assert end.time() < closing, id_
    assert 0.015 < automatic / len(rows) < 0.05


def test_today_people_are_in_and_nobody_arrived_after_now(hub: Database) -> None:
    with hub.read() as s:
        today = s.execute(
            select(CheckIn.member_id, CheckIn.in_at, CheckIn.out_at).where(
                CheckIn.in_at >= START_OF_TODAY
            )
        ).all()
        still_open = s.scalar(
            select(func.count()).select_from(CheckIn).where(CheckIn.out_at.is_(None))
        )
    assert today and all(in_at < NOW for _, in_at, _ in today)
    inside = [row for row in today if row.out_at is None]
    left = [row for row in today if row.out_at is not None]
    assert len(inside) > 50  # Monday morning
    assert still_open == len(inside)  # nobody left open from an earlier day
    assert left and all(row.out_at is not None and row.out_at <= NOW for row in left)
    assert len(left) < len(inside)


def test_check_ins_bill_and_use_flex_days_by_the_rule(hub: Database) -> None:
    """Recompute billable and flex_units of every member's check-in from the
    rule: the holder's desk plan, the member's flex reservation that day, no
    membership, unlimited flex, or what is left of the month's flex days
    after reservations and earlier visits."""
    with hub.read() as s:
        plans = {plan.id: plan for plan in s.scalars(select(Plan))}
        memberships: dict[Holder, list[Membership]] = {}
        for m in s.scalars(select(Membership)):
            key = (
                ("organisation", m.organisation_id)
                if m.organisation_id
                else ("member", m.member_id)
            )
            memberships.setdefault(key, []).append(m)
        organisation_of: dict[int, int | None] = {
            id_: organisation_id
            for id_, organisation_id in s.execute(select(Member.id, Member.organisation_id))
        }
        reservations = s.execute(
            select(
                Booking.member_id,
                Booking.organisation_id,
                Booking.start_at,
                Booking.end_at,
                Booking.status,
                Booking.late_cancellation,
            )
            .join(Space)
            .where(Space.kind == SpaceKind.FLEX_DESK)
        ).all()
        check_ins = s.execute(
            select(
                CheckIn.id,
                CheckIn.member_id,
                CheckIn.in_at,
                CheckIn.billable,
                CheckIn.flex_units,
            )
            .where(CheckIn.member_id.is_not(None))
            .order_by(CheckIn.in_at, CheckIn.id)
        ).all()
        passes = s.execute(
            select(CheckIn.billable, CheckIn.flex_units).where(CheckIn.day_pass_id.is_not(None))
        ).all()
        s.expunge_all()
    reserved: set[tuple[int, date]] = set()
    reserved_units = Counter[tuple[Holder, int, int]]()
    for member_id, organisation_id, start_at, end_at, status, late in reservations:
        day = local(start_at).date()
        if status is not BookingStatus.CANCELLED and member_id is not None:
            reserved.add((member_id, day))
        if status is BookingStatus.CANCELLED and not late:
            continue
        holder: Holder = (
            ("organisation", organisation_id)
            if organisation_id is not None
            else ("member", member_id)
        )
        units = flex_units(int((end_at - start_at).total_seconds() // 60))
        reserved_units[(holder, day.year, day.month)] += units
    used = Counter[tuple[Holder, int, int]]()
    allowance_of: dict[tuple[Holder, int, int], int] = {}
    seen = Counter[str]()
    for id_, member_id, in_at, billable, units in check_ins:
        assert member_id is not None
        organisation_id = organisation_of[member_id]
        holder = (
            ("organisation", organisation_id)
            if organisation_id is not None
            else ("member", member_id)
        )
        day = local(in_at).date()
        live = [
            m
            for m in memberships.get(holder, [])
            if m.start_date <= day and (m.end_date is None or m.end_date >= day)
        ]
        kinds = {plans[m.plan_id].kind for m in live}
        days = [plans[m.plan_id].included_flex_days for m in live]
        month = (holder, day.year, day.month)
        if kinds & {PlanKind.PRIVATE_OFFICE, PlanKind.DEDICATED_DESK}:
            expected, why = (False, 0), "desk plan"
        elif (member_id, day) in reserved:
            expected, why = (False, 0), "reserved a flex desk"
        elif not live:
            expected, why = (True, 0), "no membership"
        elif None in days:
            expected, why = (False, 2), "unlimited"
        else:
            allowance = sum(
                d * m.seats * 2 for d, m in zip(days, live, strict=True) if d is not None
            )
            allowance_of[month] = max(allowance_of.get(month, 0), allowance)
            if allowance - reserved_units[month] - used[month] >= 2:
                expected, why = (False, 2), "within the allowance"
                used[month] += 2
            else:
                expected, why = (True, 0), "beyond the allowance"
        assert (billable, units) == expected, (id_, why)
        seen[why] += 1
    # A flex holder's visits never use more than its allowance of a month.
    for holder_month, allowance in allowance_of.items():
        assert used[holder_month] <= allowance, holder_month
    assert seen["desk plan"] > 1000 and seen["unlimited"] > 1000
    assert seen["within the allowance"] > 500 and seen["beyond the allowance"] > 50
    assert seen["reserved a flex desk"] > 100 and seen["no membership"] > 10
    assert passes and all(units == 0 and not billable for billable, units in passes)


def test_guests_come_while_their_host_is_in(hub: Database) -> None:
    with hub.read() as s:
        hours = hub_hours(s)
        stays: dict[tuple[int | None, date], tuple[datetime, datetime | None]] = {}
        for member_id, in_at, out_at in s.execute(
            select(CheckIn.member_id, CheckIn.in_at, CheckIn.out_at).where(
                CheckIn.member_id.is_not(None)
            )
        ):
            stays[(member_id, local(in_at).date())] = (in_at, out_at)
        visits = list(s.scalars(select(Visit)))
        s.expunge_all()
    assert len(visits) > 1000
    no_shows = 0
    for visit in visits:
        assert visit.expected_at is not None, visit.id
        expected = local(visit.expected_at)
        opening_hours = hours[expected.weekday()]
        assert opening_hours is not None, visit.id
        assert opening_hours[0] <= expected.time() <= opening_hours[1], visit.id
        assert visit.guest_name.strip(), visit.id
        if visit.arrived_at is None:
            assert visit.left_at is None, visit.id
            if visit.expected_at < START_OF_TODAY:
                no_shows += 1
            continue
        # The host was checked in that day, before the guest came.
        host = stays.get((visit.host_member_id, expected.date()))
        assert host is not None, visit.id
        assert host[0] <= visit.arrived_at, visit.id
        assert abs(visit.arrived_at - visit.expected_at) <= timedelta(minutes=20) or (
            visit.arrived_at == host[0]
        ), visit.id
        assert local(visit.arrived_at).date() == expected.date(), visit.id
        if visit.left_at is not None:
            assert visit.left_at >= visit.arrived_at, visit.id
            assert visit.left_at <= NOW or visit.expected_at < START_OF_TODAY, visit.id
        else:
            assert visit.expected_at >= START_OF_TODAY, visit.id
    assert 0.02 < no_shows / len(visits) < 0.1
    assert sum(1 for v in visits if v.guest_organisation) > len(visits) // 4
    today = [v for v in visits if v.expected_at is not None and v.expected_at >= START_OF_TODAY]
    later = [
        v
        for v in today
        if v.expected_at is not None and v.expected_at > NOW + timedelta(minutes=20)
    ]
    assert later and all(v.arrived_at is None for v in later)
    assert any(v.arrived_at is not None for v in today)
    assert all(v.arrived_at is None or v.arrived_at < NOW for v in today)


def test_day_passes_each_have_one_check_in_at_the_flex_day_price(hub: Database) -> None:
    with hub.read() as s:
        desks = s.execute(
            select(Space.price_day, Space.id, Space.vat_category_id).where(
                Space.kind == SpaceKind.FLEX_DESK, Space.active
            )
        ).all()
        price, _, vat = min(desks, key=lambda d: (d[0], d[1]))
        passes = list(s.scalars(select(DayPass)))
        check_ins = s.execute(
            select(CheckIn.day_pass_id, CheckIn.member_id, CheckIn.in_at).where(
                CheckIn.day_pass_id.is_not(None)
            )
        ).all()
        archived = set(s.scalars(select(Organisation.id).where(Organisation.archived)))
        s.expunge_all()
    assert len(passes) > 300
    by_pass: dict[int | None, list[datetime]] = {}
    for day_pass_id, member_id, in_at in check_ins:
        assert member_id is None
        by_pass.setdefault(day_pass_id, []).append(in_at)
    assert set(by_pass) == {p.id for p in passes}
    paid = Counter[PaymentMethod]()
    for day_pass in passes:
        (in_at,) = by_pass[day_pass.id]
        assert local(in_at).date() == day_pass.valid_on, day_pass.id
        assert day_pass.sold_at <= in_at and day_pass.sold_at.date() == in_at.date()
        assert day_pass.price == price and day_pass.vat_category_id == vat, day_pass.id
        assert day_pass.name.strip() and day_pass.member_id is None, day_pass.id
        paid[day_pass.paid_with] += 1
        if day_pass.paid_with is PaymentMethod.INVOICE:
            assert day_pass.invoice_organisation_id is not None, day_pass.id
            assert day_pass.invoice_organisation_id not in archived, day_pass.id
        else:
            assert day_pass.invoice_organisation_id is None, day_pass.id
    assert set(paid) == {
        PaymentMethod.CASH,
        PaymentMethod.CARD,
        PaymentMethod.PIN,
        PaymentMethod.INVOICE,
    }
    assert 0.08 < paid[PaymentMethod.INVOICE] / len(passes) < 0.25
    assert sum(1 for p in passes if p.email) > len(passes) // 2


def test_now_decides_who_is_in(empty: Database) -> None:
    """Loaded later in the day: more have come, none after that moment."""
    later = datetime.combine(TODAY, clock(15, 30), tzinfo=HUB_ZONE)
    load(empty, now=later)
    with empty.read() as s:
        today = s.execute(
            select(CheckIn.in_at, CheckIn.out_at).where(CheckIn.in_at >= START_OF_TODAY)
        ).all()
    assert any(in_at > NOW for in_at, _ in today)
    assert all(in_at < later for in_at, _ in today)
    assert all(out_at is None or out_at <= later for _, out_at in today)
    assert sum(1 for _, out_at in today if out_at is not None) > 10
    assert sum(1 for _, out_at in today if out_at is None) > 50


# -------------------------------------------------------------------- unicode


def test_special_names_round_trip_unchanged(hub: Database) -> None:
    with hub.read() as s:
        last_names = set(s.scalars(select(Member.last_name)))
        org_names = set(s.scalars(select(Organisation.name)))
        odegaard = s.scalars(select(Member).where(Member.last_name == "Ødegaard")).first()
        nguyen = s.scalars(select(Member).where(Member.last_name == "Nguyễn")).first()
        assert "Ødegaard" in last_names
        assert "Nguyễn" in last_names
        assert "مؤسسة الأمل" in org_names
        assert "Bürger & Söhne <NGO>" in org_names
        assert odegaard is not None and odegaard.email.split("@")[0].endswith("odegaard")
        assert nguyen is not None and nguyen.email.split("@")[0].endswith("nguyen")
    # As stored, byte for byte (NFC, no escaping of & or <>).
    assert hub.path is not None
    raw = sqlite3.connect(hub.path)
    try:
        stored = {r[0] for r in raw.execute("SELECT name FROM organisations")}
        stored_last = {r[0] for r in raw.execute("SELECT last_name FROM members")}
    finally:
        raw.close()
    assert "\u0645\u0624\u0633\u0633\u0629 \u0627\u0644\u0623\u0645\u0644" in stored
    assert "B\u00fcrger & S\u00f6hne <NGO>" in stored
    assert {"\u00d8degaard", "Nguy\u1ec5n"} <= stored_last


# --------------------------------------------------------------- determinism


def test_same_seed_and_day_give_identical_rows(tmp_path: Path) -> None:
    paths = [tmp_path / "one.sqlite", tmp_path / "two.sqlite"]
    for path in paths:
        database = Database.open(path)
        try:
            load(database)
        finally:
            database.close()
    first, second = (dump(path) for path in paths)
    assert first.keys() == second.keys()
    for table in first:
        assert first[table] == second[table], table
    assert len(first["members"]) == 600
    assert len(first["audit_entries"]) == 1
    assert len(first["bookings"]) > 5000
    assert len(first["booking_status_changes"]) > len(first["bookings"])
    assert len(first["check_ins"]) > 20_000
    assert len(first["visits"]) > 1000
    assert len(first["day_passes"]) > 300


def test_another_seed_gives_another_hub(tmp_path: Path) -> None:
    summaries = []
    names = []
    for seed in (1, 2):
        database = Database.open(tmp_path / f"seed{seed}.sqlite")
        try:
            summaries.append(load(database, seed=seed))
            with database.read() as s:
                names.append(list(s.scalars(select(Member.last_name).order_by(Member.id))))
        finally:
            database.close()
    assert summaries[0].members == summaries[1].members == 600
    assert names[0] != names[1]


# -------------------------------------------------------------- empty / clear


def test_empty_then_loaded_then_cleared_then_loaded_again(empty: Database) -> None:
    with empty.read() as s:
        assert database_is_empty(s)
    load(empty)
    with empty.read() as s:
        assert not database_is_empty(s)
    with pytest.raises(DatabaseNotEmpty), empty.write() as s:
        load_demo(s, today=TODAY)

    with empty.write() as s:
        s.add(
            StaffUser(
                username="manager",
                display_name="Manager",
                password_hash="not-a-real-hash",
                role=StaffRole.MANAGER,
                created_at=datetime(2026, 1, 1, tzinfo=UTC),
            )
        )
    with empty.write() as s:
        clear_hub_data(s)
        assert database_is_empty(s)
    with empty.read() as s:
        assert database_is_empty(s)
        for model in (Organisation, Member, Space, Plan, Membership, Lease, LeaseOffice):
            assert count(s, model) == 0, model
        assert count(s, AuditEntry) == 1  # append-only: kept
        assert count(s, StaffUser) == 1  # staff accounts are kept
        settings = s.get(HubSettings, 1)
        assert settings is not None and settings.name == "Our hub"
        assert {c.code for c in s.scalars(select(VatCategory))} == {
            "high",
            "low",
            "exempt",
            "reverse",
        }

    summary = load(empty)
    assert (summary.organisations, summary.members) == (110, 600)
    with empty.read() as s:
        assert count(s, Organisation) == 110
        assert count(s, AuditEntry) == 2
        settings = s.get(HubSettings, 1)
        assert settings is not None and settings.name != "Our hub"


def test_clear_and_load_in_one_transaction(empty: Database) -> None:
    """What ``hubdesk demo --force`` does."""
    load(empty)
    with empty.write() as s:
        assert not database_is_empty(s)
        clear_hub_data(s)
        summary = load_demo(s, DemoSize.SMALL, today=TODAY, seed=7)
    assert summary.organisations == 110
    with empty.read() as s:
        assert count(s, Organisation) == 110
        assert count(s, Space) == 140


def test_load_and_clear_on_both_engines(any_db: Database) -> None:
    """Bulk inserts with RETURNING, the lease triggers and the delete order on
    SQLite and on PostgreSQL (skipped without a server)."""
    load(any_db)
    with any_db.write() as s:
        clear_hub_data(s)
    summary = load(any_db)
    with any_db.read() as s:
        assert count(s, Member) == summary.members == 600
        assert count(s, Lease) == summary.leases
        assert count(s, Booking) == summary.bookings > 5000
    # Ids came from the database's own counters, so the next ordinary insert works.
    with any_db.write() as s:
        s.add(
            Organisation(name="After the demo", kind=OrganisationKind.NGO, created_at=END_OF_TODAY)
        )
    with any_db.read() as s:
        assert count(s, Organisation) == 111


# ---------------------------------------------------------------------- large


@pytest.mark.slow
def test_large_demo(empty: Database) -> None:
    summary = load(empty, DemoSize.LARGE, booking_months=2)
    assert (summary.organisations, summary.members, summary.spaces) == (1000, 5000, 300)
    with empty.read() as s:
        assert count(s, Organisation) == 1000
        assert count(s, Member) == 5000
        assert count(s, Space) == 300
        kinds = Counter(s.scalars(select(Space.kind)))
        assert kinds[SpaceKind.PRIVATE_OFFICE] == 100
        assert kinds[SpaceKind.MEETING_ROOM] == 40
        assert kinds[SpaceKind.DEDICATED_DESK] == 10
        assert kinds[SpaceKind.FLEX_DESK] >= 140
        assert kinds[SpaceKind.EVENT_SPACE] >= 2
        let = s.scalar(
            select(func.count(func.distinct(LeaseOffice.space_id)))
            .join(Lease)
            .where(Lease.status.in_(LIVE_LEASE_STATUSES))
        )
        assert let == 100  # every office let; one falls vacant next month
        assert count(s, Membership) > 1000
        assert len(set(s.scalars(select(Member.email)))) == 5000
        # Two months of history here; ``hubdesk demo --size large`` makes ten years.
        assert count(s, Booking) == summary.bookings > 20_000
        first = s.scalar(select(func.min(Booking.start_at)))
        assert first is not None and first.date() >= date(2026, 9, 1)
        # The front desk goes back a year however short the calendar: some
        # 800 people on an ordinary day once the hub has filled up.
        assert count(s, CheckIn) == summary.check_ins > 150_000


def test_past_anniversaries_are_indexed(hub: Database) -> None:
    from hubdesk.services.leases import due_indexations, indexed_rent

    with hub.read() as s:
        assert due_indexations(s, TODAY) == []
        leases = {lease.id: lease for lease in s.scalars(select(Lease))}
        changes = list(s.scalars(select(RentChange).order_by(RentChange.effective_on)))
        assert changes
        previous: dict[int, Money] = {}
        for change in changes:
            lease = leases[change.lease_id]
            assert lease.indexation_bp > 0
            assert change.effective_on.month == lease.start_date.month
            assert change.effective_on <= TODAY
            old = previous.get(lease.id, lease.rent)
            assert change.rent == indexed_rent(old, bp=lease.indexation_bp)
            previous[lease.id] = change.rent
