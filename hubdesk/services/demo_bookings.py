"""The demo hub's calendar: meeting rooms, event spaces and flex desks booked
the way a busy hub books them, priced the way the app prices them.

What it looks like: bookings on working days inside the opening hours (none at
weekends or on the Dutch public holidays the hub is closed), busier mornings
than afternoons, quiet Fridays and summers; 30 minutes to 3 hours in the rooms,
half-day and full-day events in the event spaces, flex desks for a day
(opening to closing) or half a day (to or from 13:00). Members book for their
organisation (or for themselves, on an individual membership), outsiders under
their own name. Weekly and fortnightly team meetings are :class:`BookingSeries`
expanded from their RRULE in the hub's zone, so they keep their wall-clock time
across the clock changes. Bookings are made days before they start (never
after, never after today): the future thins out the way a real calendar does.
A few are cancelled more than 24 hours ahead, free of charge.

What a caller must know:

* :meth:`Calendar.series` comes first; insert its rows and pass their ids to
  :meth:`Calendar.use_series_ids` before asking for :meth:`Calendar.months`.
* ``months()`` yields the bookings month by month (the local calendar month of
  their start); insert each month's rows in the order given, after the earlier
  months'. Prices are computed per holder in creation order, ``created_at``
  then id, as the app does; ids follow insertion order on a fresh table, so the
  rows come in the order the ties were broken in.
* No booking crosses midnight, so its price depends only on the space, its
  length and the minutes an allowance covers: each combination is priced once
  with :mod:`hubdesk.domain.pricing` (with the booking's own local times) and
  the result reused.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.easter import easter
from dateutil.rrule import rrulestr
from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import BookingStatus, Language, PlanKind, SpaceKind
from hubdesk.domain.models import HubSettings, Member, Membership, Organisation, Plan, Space
from hubdesk.domain.money import Money
from hubdesk.domain.pricing import Rates, charge, flex_units

Row = dict[str, Any]


def _weighted(*pairs: tuple[int, int]) -> tuple[list[int], list[int]]:
    """(values, cumulative weights) for ``Random.choices``."""
    return [value for value, _ in pairs], list(accumulate(weight for _, weight in pairs))


#: Days after today the calendar reaches.
FUTURE_DAYS = 61
#: Where the morning ends and the afternoon begins (local): flex desks are
#: taken for a day or for the half before or after it, events fit around it.
MIDDAY = 13 * 60
NOON = 12 * 60

_DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: How busy a weekday is (Monday .. Sunday): quiet Fridays.
_WEEKDAY_LEVEL = (1.0, 0.95, 0.85, 0.85, 0.5, 0.0, 0.0)
_FLEX_WEEKDAY_LEVEL = (0.95, 1.0, 0.9, 0.95, 0.6, 0.0, 0.0)
#: How busy a month is: summer holidays, the weeks around Christmas.
_MONTH_LEVEL = (0.85, 0.95, 1.0, 0.95, 0.9, 1.0, 0.7, 0.5, 1.05, 1.0, 1.05, 0.8)
#: Chance that a room is booked from a free half hour on, morning and afternoon.
_ROOM_MORNING = 0.5
_ROOM_AFTERNOON = 0.27
#: How long (minutes, weight) a talk for two or three, a team meeting and a
#: session for many take.
_TALK_MINUTES = _weighted((30, 3), (45, 3), (60, 4), (90, 1))
_TEAM_MINUTES = _weighted((30, 1), (45, 2), (60, 5), (90, 4), (120, 3), (180, 1))
_MANY_MINUTES = _weighted((90, 2), (120, 3), (150, 2), (180, 3), (240, 1))
#: Chance that a series starts in a free lane (Monday .. Thursday mornings),
#: afternoons a third of that; none on Fridays.
_LANE_START = (0.16, 0.12, 0.06, 0.08)
_CANCELLED = 0.015

# fmt: off
#: (English, Dutch) titles: short talks for two or three, team meetings, sessions for many.
_TALKS = (
    ("Intake", "Intakegesprek"), ("Job interview", "Sollicitatiegesprek"),
    ("Coaching session", "Coachgesprek"), ("1:1", "1-op-1"),
    ("Introductory meeting", "Kennismakingsgesprek"), ("Press interview", "Interview met de pers"),
    ("Performance review", "Functioneringsgesprek"), ("Mediation", "Mediationgesprek"),
)
_TEAM = (
    ("Team meeting", "Teamoverleg"), ("Sprint review", "Sprintreview"),
    ("Sprint planning", "Sprintplanning"), ("Retrospective", "Retrospective"),
    ("Project meeting", "Projectoverleg"), ("Client meeting", "Klantgesprek"),
    ("Partner meeting", "Partneroverleg"), ("Strategy session", "Strategiesessie"),
    ("Brainstorm", "Brainstormsessie"), ("Funding call", "Subsidieoverleg"),
    ("Budget review", "Begrotingsoverleg"), ("Design review", "Ontwerpreview"),
    ("Management team", "MT-overleg"), ("Meeting with the municipality", "Overleg met de gemeente"),
    ("Research interviews", "Onderzoeksinterviews"), ("Peer review", "Intervisie"),
    ("Donor meeting", "Overleg met het fonds"), ("Stand-up", "Stand-up"),
)
_MANY = (
    ("Board meeting", "Bestuursvergadering"), ("Workshop", "Workshop"), ("Training", "Training"),
    ("Masterclass", "Masterclass"), ("Focus group", "Focusgroep"),
    ("Advisory board", "Adviesraad"), ("Quarterly review", "Kwartaaloverleg"),
    ("Onboarding new colleagues", "Onboarding nieuwe collega's"),
)
_ROOM_DAY = (("Team day", "Heidag"), ("Training day", "Trainingsdag"), ("Away day", "Teamdag"))
_SERIES = (
    ("Team meeting", "Teamoverleg"), ("Weekly team meeting", "Wekelijks teamoverleg"),
    ("Management team", "MT-overleg"), ("Sprint review", "Sprintreview"),
    ("Staff meeting", "Werkoverleg"), ("Project team", "Projectteam"),
)
_TOPICS = (
    ("Impact Measurement", "Impactmeting"), ("Theory of Change", "Theory of Change"),
    ("Fundraising", "Fondsenwerving"), ("Peace and Justice", "Vrede en Recht"),
    ("Open Data", "Open Data"), ("Circular Economy", "Circulaire Economie"),
    ("Climate Adaptation", "Klimaatadaptatie"), ("Social Entrepreneurship", "Sociaal Ondernemen"),
    ("Digital Rights", "Digitale Rechten"), ("Inclusive Hiring", "Inclusief Werven"),
    ("Storytelling", "Storytelling"), ("Energy Transition", "Energietransitie"),
)
#: Event formats: (English, Dutch, takes a topic).
_FULL_EVENTS = (
    ("Conference: {t}", "Congres {t}", True), ("Symposium {t}", "Symposium {t}", True),
    ("Hackathon {t}", "Hackathon {t}", True), ("Training day {t}", "Trainingsdag {t}", True),
    ("Team day", "Heidag", False), ("Knowledge day {t}", "Kennisdag {t}", True),
    ("Demo Day", "Demodag", False), ("Volunteers' day", "Vrijwilligersdag", False),
)
_HALF_EVENTS = (
    ("Workshop {t}", "Workshop {t}", True), ("Masterclass {t}", "Masterclass {t}", True),
    ("Lecture: {t}", "Lezing {t}", True), ("Film screening and debate", "Film en debat", False),
    ("Book launch", "Boekpresentatie", False), ("Annual members' meeting",
     "Algemene ledenvergadering", False), ("Neighbourhood meeting", "Buurtbijeenkomst", False),
    ("Inspiration session {t}", "Inspiratiesessie {t}", True),
)
_NOTES = (
    "Coffee and tea, please.", "Lunch for the group (vegetarian).",
    "Needs the beamer and a clicker.", "Guests will be collected at reception.",
    "Koffie en thee graag.",
    "Lunch om 12:30 voor de hele groep.", "Please set up in U-shape.",
    "One guest uses a wheelchair.", "Video call with partners abroad.",
)
_AWAY = (
    "Team away.", "Moved to another day.", "Not needed this week.",
    "Vervalt deze week.", "Too few people this week.",
)
_CHANGED_PLANS = (
    "Plans changed.", "Moved online.", "Postponed.", "Gaat niet door.", "Booked the wrong day.",
)
HOLIDAY_REASON = "Public holiday: the hub is closed."
# fmt: on


# ------------------------------------------------------------------ hub snapshot


@dataclass(frozen=True, slots=True)
class _Space:
    id: int
    kind: SpaceKind
    capacity: int
    buffer: int
    rates: Rates
    #: How much more (or less) this one is asked for than the others.
    popularity: float


@dataclass(frozen=True, slots=True)
class _Person:
    id: int
    created_at: datetime
    archived: bool


@dataclass(frozen=True, slots=True)
class _Allowance:
    start: date
    end: date | None
    room_minutes: int
    #: Half days; None is unlimited.
    flex_units: int | None
    plan_kind: PlanKind


@dataclass(eq=False, slots=True)
class _Holder:
    """Whose allowance a booking uses: an organisation, or a member on an
    individual membership."""

    organisation_id: int | None
    language: Language
    people: list[_Person]
    allowances: list[_Allowance] = field(default_factory=list)

    def live(self, first: date, last: date) -> list[_Allowance]:
        """The memberships live on some day from ``first`` to ``last``."""
        return [a for a in self.allowances if a.start <= last and (a.end is None or a.end >= first)]

    def allowance_on(self, day: date) -> tuple[int, int | None]:
        """(room minutes, flex half days or None for unlimited) of the month, as
        given by the memberships live on ``day``."""
        room, flex, unlimited = 0, 0, False
        for a in self.allowances:
            if a.start <= day and (a.end is None or a.end >= day):
                room += a.room_minutes
                if a.flex_units is None:
                    unlimited = True
                else:
                    flex += a.flex_units
        return room, None if unlimited else flex

    def member_until(self, day: date) -> date | None:
        """The last day of the unbroken run of memberships live on ``day``
        (None: open-ended); the day before ``day`` when none is live."""
        last = day - timedelta(days=1)
        while True:
            live = [a for a in self.allowances if a.start <= last + timedelta(days=1)]
            live = [a for a in live if a.end is None or a.end > last]
            if not live:
                return last
            ends = [a.end for a in live]
            if None in ends:
                return None
            last = max(e for e in ends if e is not None)


@dataclass(frozen=True)
class Hub:
    """What the calendar needs to know of the hub, read from the database."""

    zone: ZoneInfo
    #: weekday (0 = Monday) -> (opening, closing) in local minutes, or None.
    hours: tuple[tuple[int, int] | None, ...]
    rooms: list[_Space]
    event_spaces: list[_Space]
    flex_desks: list[_Space]
    holders: list[_Holder]

    @classmethod
    def read(cls, session: Session, rng: random.Random) -> Hub:
        settings = session.get(HubSettings, 1)
        assert settings is not None
        hours = tuple(_hours(settings.opening_hours.get(name)) for name in _DAY_NAMES)
        spaces: dict[SpaceKind, list[_Space]] = {kind: [] for kind in SpaceKind}
        for space in session.scalars(select(Space).where(Space.active).order_by(Space.id)):
            rates = Rates(space.price_hour, space.price_half_day, space.price_day)
            spaces[space.kind].append(
                _Space(
                    space.id,
                    space.kind,
                    space.capacity,
                    space.buffer_minutes,
                    rates,
                    rng.uniform(0.75, 1.2),
                )
            )
        return cls(
            ZoneInfo(settings.time_zone),
            hours,
            spaces[SpaceKind.MEETING_ROOM],
            spaces[SpaceKind.EVENT_SPACE],
            spaces[SpaceKind.FLEX_DESK],
            _holders(session),
        )


def _hours(value: Any) -> tuple[int, int] | None:
    if not value:
        return None
    opening, closing = (int(t[:2]) * 60 + int(t[3:5]) for t in value)
    return (opening, closing) if closing > opening else None


def _holders(session: Session) -> list[_Holder]:
    organisations: dict[int, _Holder] = {
        id_: _Holder(id_, language, [])
        for id_, language in session.execute(
            select(Organisation.id, Organisation.language).order_by(Organisation.id)
        )
    }
    people: dict[int, tuple[_Person, Language]] = {}
    query = select(
        Member.id, Member.organisation_id, Member.created_at, Member.archived, Member.language
    ).order_by(Member.id)
    for id_, organisation_id, created_at, archived, language in session.execute(query):
        person = _Person(id_, created_at, archived)
        people[id_] = (person, language)
        if organisation_id is not None:
            organisations[organisation_id].people.append(person)
    individuals: dict[int, _Holder] = {}
    memberships = (
        select(Membership, Plan.included_room_minutes, Plan.included_flex_days, Plan.kind)
        .join(Plan)
        .order_by(Membership.id)
    )
    for membership, minutes, days, kind in session.execute(memberships):
        if membership.organisation_id is not None:
            holder = organisations[membership.organisation_id]
        else:
            member_id = membership.member_id
            assert member_id is not None
            if member_id not in individuals:
                person, language = people[member_id]
                individuals[member_id] = _Holder(None, language, [person])
            holder = individuals[member_id]
        holder.allowances.append(
            _Allowance(
                membership.start_date,
                membership.end_date,
                minutes * membership.seats,
                None if days is None else days * membership.seats * 2,
                kind,
            )
        )
    return [h for h in (*organisations.values(), *individuals.values()) if h.allowances]


def closed_days(first: date, last: date) -> set[date]:
    """Public holidays the hub is closed on: New Year's Day, Easter Monday,
    King's Day, Ascension Day, Whit Monday, Christmas and Boxing Day."""
    closed: set[date] = set()
    for year in range(first.year, last.year + 1):
        easter_sunday: date = easter(year)
        kings_day = date(year, 4, 27)
        if kings_day.weekday() == 6:
            kings_day = date(year, 4, 26)
        closed |= {
            date(year, 1, 1),
            easter_sunday + timedelta(days=1),
            kings_day,
            easter_sunday + timedelta(days=39),
            easter_sunday + timedelta(days=50),
            date(year, 12, 25),
            date(year, 12, 26),
        }
    return closed


# -------------------------------------------------------------------- the calendar


@dataclass(slots=True)
class _Series:
    holder: _Holder
    member_id: int
    room: _Space
    first: date
    start: int
    minutes: int
    interval: int
    count: int
    title: str
    people: int
    created_at: datetime
    id: int = 0

    @property
    def rrule(self) -> str:
        weekday = _DAY_NAMES[self.first.weekday()][:2].upper()
        return f"FREQ=WEEKLY;INTERVAL={self.interval};BYDAY={weekday};COUNT={self.count}"


@dataclass(slots=True)
class _Draft:
    space: _Space
    day: date
    start: int
    end: int
    title: str
    people: int
    holder: _Holder | None
    member_id: int | None
    customer: str
    created_at: datetime
    series: _Series | None = None
    cancelled_at: datetime | None = None
    notes: str = ""


@dataclass
class _Pools:
    """Who may book in a month: holders live in it and their people who
    existed well before it (and, from this month on, have not left)."""

    organisations: list[tuple[_Holder, list[_Person]]]
    cumulative: list[float]
    individuals: list[tuple[_Holder, _Person]]
    flex: list[tuple[_Holder, _Person]]


class Calendar:
    """Bookings from ``months`` months before ``today`` (from the first of
    that month) to :data:`FUTURE_DAYS` after it."""

    def __init__(
        self,
        hub: Hub,
        rng: random.Random,
        *,
        today: date,
        months: int,
        room_level: float,
        flex_per_day: float,
        customers: Sequence[str],
    ) -> None:
        self.hub = hub
        self.rng = rng
        self.today = today
        self.today_start = self._instant(today, 0)
        first = today.replace(day=1)
        for _ in range(months):
            first = (first - timedelta(days=1)).replace(day=1)
        self.first = first
        self.last = today + timedelta(days=FUTURE_DAYS)
        self.closed = closed_days(self.first, self.last)
        self.room_level = room_level
        self.flex_per_day = flex_per_day
        # A few regular outside customers, many occasional ones.
        self.customers = list(customers)
        self.customer_weights = list(
            accumulate(1 / (1 + i) ** 0.8 for i in range(len(self.customers)))
        )
        self.fixed: dict[tuple[int, date], list[_Draft]] = {}
        self.planned: list[_Series] = []
        #: Pools of the months series were planned in, until the month is made.
        self.month_pools: dict[date, _Pools] = {}
        self.prices: dict[tuple[int, int, int], Money] = {}
        #: (space id, start) -> why a cancelled booking was cancelled.
        self.reasons: dict[tuple[int, datetime], str] = {}

    # -- time

    def _instant(self, day: date, minute: int, second: int = 0) -> datetime:
        """UTC of a local wall-clock time on ``day``."""
        local = datetime.combine(day, time(minute // 60, minute % 60, second), tzinfo=self.hub.zone)
        return local.astimezone(UTC)

    def _local(self, day: date, minute: int) -> datetime:
        return datetime.combine(day, time(minute // 60, minute % 60), tzinfo=self.hub.zone)

    def _made(self, start_day: date, lead_days: int) -> datetime:
        """When a booking was made: ``lead_days`` before ``start_day``, at a
        time people book (08:00-22:00 local)."""
        day = start_day - timedelta(days=lead_days)
        random_ = self.rng.random  # randint() costs several times as much, a million times
        return self._instant(day, 8 * 60 + int(random_() * 14 * 60), int(random_() * 60))

    def _cancel(self, draft: _Draft, chance: float, reasons: Sequence[str]) -> None:
        """Cancel it, with ``chance``, more than 24 hours ahead and before today
        (not when it was made too late for that)."""
        rng = self.rng
        if rng.random() >= chance:
            return
        start_at = self._instant(draft.day, draft.start)
        earliest = draft.created_at + timedelta(hours=1)
        latest = min(start_at - timedelta(hours=25), self.today_start - timedelta(hours=1))
        if latest <= earliest:
            return
        # A day in between, at an hour people write e-mails (within the bounds).
        day = earliest + (latest - earliest) * rng.random()
        at = self._instant(
            day.astimezone(self.hub.zone).date(), rng.randint(8 * 60, 21 * 60), rng.randint(0, 59)
        )
        draft.cancelled_at = min(max(at, earliest), latest)
        self.reasons[(draft.space.id, start_at)] = rng.choice(reasons)

    # -- recurring team meetings

    def series(self) -> list[Row]:
        """Plan the recurring meetings; their :class:`BookingSeries` rows."""
        for room in self.hub.rooms:
            for weekday, chance in enumerate(_LANE_START):
                hours = self.hub.hours[weekday]
                if hours is None:
                    continue
                for morning in (True, False):
                    self._lane(room, weekday, morning, chance if morning else chance / 3, hours)
        return [{"rrule": s.rrule, "created_at": s.created_at} for s in self.planned]

    def _lane(
        self,
        room: _Space,
        weekday: int,
        morning: bool,
        chance: float,
        hours: tuple[int, int],
    ) -> None:
        """Series one after another in one room on one weekday, morning or afternoon."""
        rng = self.rng
        day = self.first + timedelta(days=rng.randint(0, 60))
        while True:
            day += timedelta(days=(weekday - day.weekday()) % 7)
            if day > self.last:
                return
            if rng.random() >= chance:
                day += timedelta(weeks=rng.randint(2, 10))
                continue
            if morning:
                start = rng.choice((9 * 60, 9 * 60, 9 * 60, 9 * 60 + 30, 10 * 60))
            else:
                start = rng.choice((13 * 60 + 30, 14 * 60, 15 * 60, 16 * 60))
            minutes = rng.choice((60, 60, 60, 90))
            if start < hours[0] or start + minutes > hours[1]:
                return
            interval = 1 if rng.random() < 0.6 else 2
            count = rng.randint(6, 30) if interval == 1 else rng.randint(4, 16)
            planned = self._plan_series(room, day, start, minutes, interval, count)
            weeks = interval * (planned.count if planned else 1)
            day += timedelta(weeks=weeks + rng.randint(1, 8))

    def _plan_series(
        self, room: _Space, first: date, start: int, minutes: int, interval: int, count: int
    ) -> _Series | None:
        rng = self.rng
        created_day = min(first - timedelta(days=rng.randint(3, 21)), self.today - timedelta(1))
        created_at = self._made(created_day, 0)
        pools = self._month_pools(created_day.replace(day=1))
        teams = [(h, p) for h, p in pools.organisations if len(h.people) >= 3]
        if not teams:
            return None
        holder, people = rng.choice(teams)
        until = holder.member_until(first)
        step = timedelta(weeks=interval)
        end = self.last if until is None else min(self.last, until)
        count = min(count, (end - first) // step + 1)
        if count < 2:
            return None
        person = rng.choice(people)
        created_at = max(created_at, person.created_at + timedelta(hours=1))
        english, dutch = rng.choice(_SERIES)
        title = dutch if holder.language is Language.NL and rng.random() < 0.8 else english
        if interval == 2 and title.startswith("Weekly"):
            title = "Fortnightly" + title.removeprefix("Weekly")
        if interval == 2 and title.startswith("Wekelijks"):
            title = "Tweewekelijks" + title.removeprefix("Wekelijks")
        people_count = rng.randint(3, max(3, min(room.capacity, len(holder.people) + 1)))
        series = _Series(
            holder,
            person.id,
            room,
            first,
            start,
            minutes,
            interval,
            count,
            title,
            min(people_count, room.capacity),
            created_at,
        )
        self.planned.append(series)
        self._occurrences(series)
        return series

    def _occurrences(self, series: _Series) -> None:
        """Expand the RRULE on local wall-clock time, so a 09:00 meeting stays
        09:00 across the clock changes; each occurrence becomes a booking."""
        first_local = datetime.combine(series.first, time(series.start // 60, series.start % 60))
        for local in rrulestr(series.rrule, dtstart=first_local):
            assert isinstance(local, datetime)
            day = local.date()
            draft = _Draft(
                series.room,
                day,
                series.start,
                series.start + series.minutes,
                series.title,
                series.people,
                series.holder,
                series.member_id,
                "",
                series.created_at,
                series,
            )
            if day in self.closed:
                self._cancel(draft, 1.0, (HOLIDAY_REASON,))
            else:
                self._cancel(draft, 0.1 if day.month in (7, 8) else 0.03, _AWAY)
            self.fixed.setdefault((series.room.id, day), []).append(draft)

    def use_series_ids(self, ids: Sequence[int]) -> None:
        """The ids the database gave the rows of :meth:`series`, in their order."""
        for series, id_ in zip(self.planned, ids, strict=True):
            series.id = id_

    # -- who books

    def _month_pools(self, month: date) -> _Pools:
        pools = self.month_pools.get(month)
        if pools is None:
            following = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
            last = min(following - timedelta(days=1), self.last)
            pools = self.month_pools[month] = self._pools(month, last)
        return pools

    def _pools(self, first: date, last: date) -> _Pools:
        cutoff = min(first, self.today) - timedelta(days=2)
        current = last >= self.today
        organisations: list[tuple[_Holder, list[_Person]]] = []
        weights: list[float] = []
        individuals: list[tuple[_Holder, _Person]] = []
        flex: list[tuple[_Holder, _Person]] = []
        for holder in self.hub.holders:
            live = holder.live(first, last)
            if not live:
                continue
            people = [
                p
                for p in holder.people
                if p.created_at.date() <= cutoff and not (current and p.archived)
            ]
            if not people:
                continue
            if holder.organisation_id is not None:
                organisations.append((holder, people))
                tenant = any(a.plan_kind is PlanKind.PRIVATE_OFFICE for a in live)
                weights.append(len(people) * (2.0 if tenant else 1.0))
            else:
                individuals.append((holder, people[0]))
            if any(a.plan_kind is PlanKind.FLEX for a in live):
                flex += [(holder, p) for p in people]
        return _Pools(organisations, list(accumulate(weights)), individuals, flex)

    def _booker(
        self, pools: _Pools, outside: float, individual: float
    ) -> tuple[_Holder | None, _Person | None, str]:
        rng = self.rng
        draw = rng.random()
        if draw < outside or not pools.organisations:
            customer = rng.choices(self.customers, cum_weights=self.customer_weights)[0]
            return None, None, customer
        if draw < outside + individual and pools.individuals:
            holder, person = rng.choice(pools.individuals)
            return holder, person, ""
        holder, people = rng.choices(pools.organisations, cum_weights=pools.cumulative)[0]
        return holder, rng.choice(people), ""

    def _title(self, options: Sequence[tuple[str, str]], holder: _Holder | None) -> str:
        english, dutch = self.rng.choice(options)
        dutchy = holder.language is Language.NL if holder is not None else self.rng.random() < 0.5
        return dutch if dutchy and self.rng.random() < 0.85 else english

    def _draft(
        self,
        space: _Space,
        day: date,
        start: int,
        end: int,
        title: str,
        people: int,
        booker: tuple[_Holder | None, _Person | None, str],
        lead_days: int,
        into: list[_Draft],
    ) -> None:
        """Add the booking unless it would only be made after today."""
        rng = self.rng
        holder, person, customer = booker
        created_at = self._made(day, lead_days)
        if created_at >= self.today_start:
            return
        if person is not None:
            created_at = max(created_at, person.created_at + timedelta(hours=1))
        draft = _Draft(
            space,
            day,
            start,
            end,
            title,
            min(people, space.capacity),
            holder,
            person.id if person is not None else None,
            customer,
            created_at,
        )
        if rng.random() < 0.08:
            draft.notes = rng.choice(_NOTES)
        self._cancel(draft, _CANCELLED, _CHANGED_PLANS)
        into.append(draft)

    # -- a day

    def _room_day(
        self, room: _Space, day: date, hours: tuple[int, int], level: float, pools: _Pools
    ) -> list[_Draft]:
        rng = self.rng
        opening, closing = hours
        fixed = sorted(self.fixed.get((room.id, day), ()), key=lambda d: d.start)
        drafts: list[_Draft] = []
        level *= room.popularity
        if not fixed and room.capacity >= 8 and rng.random() < 0.012 * level:
            start = max(opening, 9 * 60)
            end = min(closing, 17 * 60)
            booker = self._booker(pools, 0.2, 0.0)
            title = self._title(_ROOM_DAY, booker[0])
            people = rng.randint(room.capacity // 2, room.capacity)
            self._draft(room, day, start, end, title, people, booker, _lead(rng, 30), drafts)
            return drafts
        t = opening
        index = 0
        while True:
            due = fixed[index] if index < len(fixed) else None
            if due is not None and due.start < t + 30:
                # A meeting of a series keeps its place; the cursor jumps past it.
                drafts.append(due)
                t = max(t, _quarter(due.end + room.buffer))
                index += 1
                continue
            if t + 30 > closing:
                break
            limit = closing if due is None else min(closing, due.start - room.buffer)
            chance = (_ROOM_MORNING if t < NOON else _ROOM_AFTERNOON) * level
            if rng.random() >= chance:
                t += 30 if t % 30 == 0 else 15
                continue
            ended = self._meeting(room, day, t, limit, pools, drafts)
            t = _quarter(ended + room.buffer) if ended is not None else t + 15
            if rng.random() < 0.25:
                t += 15
        return drafts

    def _meeting(
        self, room: _Space, day: date, start: int, limit: int, pools: _Pools, into: list[_Draft]
    ) -> int | None:
        """A meeting from ``start`` ending by ``limit``; its end, or None if
        none fits."""
        rng = self.rng
        cap = room.capacity
        draw = rng.random()
        options: Sequence[tuple[str, str]]
        if cap >= 6 and draw < 0.2:
            options, lengths, people = _MANY, _MANY_MINUTES, rng.randint(max(4, cap // 2), cap)
        elif draw < 0.48:
            options, lengths, people = _TALKS, _TALK_MINUTES, rng.randint(2, 3)
        else:
            options, lengths, people = _TEAM, _TEAM_MINUTES, rng.randint(3, max(3, min(cap, 8)))
        minutes = rng.choices(lengths[0], cum_weights=lengths[1])[0]
        end = min(start + minutes, limit)
        if end - start < 30:
            return None
        booker = self._booker(pools, 0.12, 0.08)
        title = self._title(options, booker[0])
        self._draft(room, day, start, end, title, people, booker, _lead(rng, 7), into)
        return end

    def _event_day(
        self, space: _Space, day: date, hours: tuple[int, int], level: float, pools: _Pools
    ) -> list[_Draft]:
        rng = self.rng
        opening, closing = hours
        drafts: list[_Draft] = []
        cap = space.capacity
        if rng.random() < 0.07 * level:
            start = max(opening, rng.choice((9 * 60, 9 * 60, 8 * 60 + 30, 9 * 60 + 30)))
            end = min(closing, start + rng.choice((420, 480, 480, 510)))
            title = self._event_title(_FULL_EVENTS, day)
            people = rng.randint(cap * 2 // 5, cap)
            self._event(space, day, start, end, title, people, pools, drafts)
            return drafts
        free_from = opening
        if rng.random() < 0.22 * level:
            kind = rng.random()
            if kind < 0.3:
                start, minutes = opening, 120
                title = rng.choice(("Impact Breakfast", "Ontbijtsessie", "Funders' breakfast"))
            else:
                start = rng.choice((9 * 60, 9 * 60 + 30, 10 * 60))
                minutes = rng.choice((150, 180, 210, 240))
                title = self._event_title(_HALF_EVENTS, day)
            end = min(start + minutes, MIDDAY - space.buffer)
            people = rng.randint(cap // 4, cap * 9 // 10)
            self._event(space, day, start, end, title, people, pools, drafts)
            free_from = _quarter(end + space.buffer)
        if rng.random() < 0.16 * level:
            kind = rng.random()
            if kind < 0.3:
                start, end = closing - 120, closing
                title = rng.choice(("Community drinks", "Netwerkborrel", "Vrijdagmiddagborrel"))
            elif kind < 0.45:
                start, end = max(free_from, NOON), max(free_from, NOON) + 90
                title = self._event_title((("Lunch lecture: {t}", "Lunchlezing {t}", True),), day)
            else:
                start = max(free_from, rng.choice((13 * 60, 13 * 60 + 30, 14 * 60)))
                end = min(closing, start + rng.choice((120, 150, 180, 210, 240)))
                title = self._event_title(_HALF_EVENTS, day)
            if start >= free_from and end - start >= 60:
                people = rng.randint(cap // 4, cap * 9 // 10)
                self._event(space, day, start, end, title, people, pools, drafts)
        return drafts

    def _event_title(self, formats: Sequence[tuple[str, str, bool]], day: date) -> str:
        rng = self.rng
        english, dutch, topical = rng.choice(formats)
        dutchy = rng.random() < 0.45
        topic = rng.choice(_TOPICS)[1 if dutchy else 0] if topical else ""
        return (dutch if dutchy else english).format(t=topic)

    def _event(
        self,
        space: _Space,
        day: date,
        start: int,
        end: int,
        title: str,
        people: int,
        pools: _Pools,
        into: list[_Draft],
    ) -> None:
        booker = self._booker(pools, 0.45, 0.03)
        lead = 14 + _lead(self.rng, 30)
        self._draft(space, day, start, end, title, max(people, 1), booker, lead, into)

    def _flex_day(
        self, day: date, hours: tuple[int, int], level: float, pools: _Pools
    ) -> list[_Draft]:
        rng = self.rng
        desks = self.hub.flex_desks
        if not desks or not pools.flex:
            return []
        opening, closing = hours
        split = min(max(MIDDAY, opening + 30), closing - 30)
        wanted = round(self.flex_per_day * level * rng.uniform(0.75, 1.25))
        mornings = [True] * len(desks)
        afternoons = [True] * len(desks)
        seen: set[int] = set()
        drafts: list[_Draft] = []
        for _ in range(wanted):
            holder, person = rng.choice(pools.flex)
            if person.id in seen:
                continue
            seen.add(person.id)
            draw = rng.random()
            morning, afternoon = draw < 0.82, draw < 0.5 or draw >= 0.82
            first = rng.randrange(len(desks))
            for step in range(len(desks)):
                i = (first + step) % len(desks)
                if (mornings[i] or not morning) and (afternoons[i] or not afternoon):
                    break
            else:
                continue
            mornings[i] = mornings[i] and not morning
            afternoons[i] = afternoons[i] and not afternoon
            start = opening if morning else split
            end = closing if afternoon else split
            dutch = holder.language is Language.NL
            if morning and afternoon:
                title = "Flexplek" if dutch else "Flex desk"
            elif morning:
                title = "Flexplek (ochtend)" if dutch else "Flex desk (morning)"
            else:
                title = "Flexplek (middag)" if dutch else "Flex desk (afternoon)"
            booker = (holder, person, "")
            self._draft(desks[i], day, start, end, title, 1, booker, _lead(rng, 2), drafts)
        return drafts

    # -- months

    def months(self) -> Iterator[list[Row]]:
        """Each month's booking rows, in the order to insert them."""
        month = self.first
        while month <= self.last:
            following = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
            last = min(following - timedelta(days=1), self.last)
            pools = self._month_pools(month)
            del self.month_pools[month]
            drafts: list[_Draft] = []
            day = month
            while day <= last:
                drafts += self._day(day, pools)
                day += timedelta(days=1)
            yield self._rows(drafts)
            month = following
        self.month_pools.clear()

    def _day(self, day: date, pools: _Pools) -> list[_Draft]:
        hours = self.hub.hours[day.weekday()]
        if hours is None or day in self.closed:
            # Closed: only the series' meetings, all of them called off.
            found: list[_Draft] = []
            for room in self.hub.rooms:
                found += self.fixed.get((room.id, day), ())
            return found
        level = _WEEKDAY_LEVEL[day.weekday()] * _MONTH_LEVEL[day.month - 1]
        if (day.month, day.day) >= (12, 24) or (day.month, day.day) <= (1, 2):
            level *= 0.3
        drafts: list[_Draft] = []
        for room in self.hub.rooms:
            drafts += self._room_day(room, day, hours, level * self.room_level, pools)
        for space in self.hub.event_spaces:
            drafts += self._event_day(space, day, hours, level, pools)
        flex_level = _FLEX_WEEKDAY_LEVEL[day.weekday()] * _MONTH_LEVEL[day.month - 1]
        drafts += self._flex_day(day, hours, flex_level, pools)
        return drafts

    # -- prices

    def _rows(self, drafts: list[_Draft]) -> list[Row]:
        prices = self._prices(drafts)
        rows: list[Row] = []
        for draft, price in zip(drafts, prices, strict=True):
            start_at = self._instant(draft.day, draft.start)
            end_at = self._instant(draft.day, draft.end)
            cancelled = draft.cancelled_at is not None
            rows.append(
                {
                    "space_id": draft.space.id,
                    "member_id": draft.member_id,
                    "organisation_id": draft.holder.organisation_id if draft.holder else None,
                    "customer_name": draft.customer,
                    "title": draft.title,
                    "people": draft.people,
                    "start_at": start_at,
                    "end_at": end_at,
                    "blocked_until": end_at + timedelta(minutes=draft.space.buffer),
                    "status": BookingStatus.CANCELLED if cancelled else BookingStatus.CONFIRMED,
                    "series_id": draft.series.id if draft.series is not None else None,
                    "price": price,
                    "billable": price.cents > 0,
                    "notes": draft.notes,
                    "created_at": draft.created_at,
                    "cancelled_at": draft.cancelled_at,
                }
            )
        return rows

    def _prices(self, drafts: list[_Draft]) -> list[Money]:
        """Prices of one month's bookings: each holder's allowance is used by
        its bookings in the order they were made."""
        prices = [Money(0)] * len(drafts)
        used: dict[_Holder, list[int]] = {}
        order = sorted(range(len(drafts)), key=lambda i: (drafts[i].created_at, i))
        for i in order:
            draft = drafts[i]
            if draft.cancelled_at is not None:
                continue
            space, holder = draft.space, draft.holder
            minutes = draft.end - draft.start
            if holder is None or space.kind is SpaceKind.EVENT_SPACE:
                prices[i] = self._price(draft, 0)
                continue
            usage = used.setdefault(holder, [0, 0])
            room, flex = holder.allowance_on(draft.day)
            if space.kind is SpaceKind.MEETING_ROOM:
                covered = min(max(0, room - usage[0]), minutes)
                usage[0] += minutes
                prices[i] = self._price(draft, covered)
            else:
                units = flex_units(minutes)
                free = flex is None or usage[1] + units <= flex
                usage[1] += units
                prices[i] = Money(0) if free else self._price(draft, 0)
        return prices

    def _price(self, draft: _Draft, covered: int) -> Money:
        minutes = draft.end - draft.start
        key = (draft.space.id, minutes, covered)
        price = self.prices.get(key)
        if price is None:
            start = self._local(draft.day, draft.start)
            end = self._local(draft.day, draft.end)
            price = self.prices[key] = charge(draft.space.rates, start, end, covered)
        return price


def _quarter(minute: int) -> int:
    return -(-minute // 15) * 15


def _lead(rng: random.Random, mean_days: float) -> int:
    """Days between making a booking and its day: mostly a few, now and then
    (planned well ahead) a few times as many."""
    if rng.random() < 0.15:
        mean_days *= 4
    return 1 + min(int(rng.expovariate(1 / mean_days)), 120)
