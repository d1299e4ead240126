"""Members' activity: who came in per day, week or month, and how many
members and organisations the hub had.

What the numbers mean (the rules a caller should know):

* ``check_ins``: check-ins whose arrival (``in_at``) falls in the bucket's
  local days, day-pass visits included; a member who comes in twice on a day
  counts twice. ``people_in``: the distinct members among them (a day-pass
  holder who is no member is in ``check_ins`` and ``day_passes``, not here).
* ``guests``: guests who arrived in the bucket (expected ones who never came
  do not count). ``day_passes``: day passes valid on a day of the bucket.
* Active, judged on the bucket's last day only (a membership that ends on
  the 10th does not make its holder active in that month's row):

  - an organisation is active when it holds a membership, or a lease that is
    not a draft (active, notice given or ended: an ended lease counted for
    the days it ran), whose start date is on or before that day and whose end
    date, if any, on or after it;
  - a member is active when they hold such a membership themselves, or
    belong to an active organisation (through its membership or its lease);
    counted once either way. ``members_by_kind`` sorts them by their
    organisation's kind, members without one under
    :attr:`OrganisationKind.INDIVIDUAL`.

  Only the dates of memberships and leases decide: the archived flags say
  how things are today, not how they were, so archived members and
  organisations count for the days they held something. The hub keeps no
  date on which a person joined or left their organisation, so a member
  counts for every day their (present) organisation was active, also before
  the person was added (``created_at`` is when the row was entered, often an
  import, not when they joined).

  Every member of an active organisation counts, whatever the number of
  seats on its membership.

Everything is counted in the database, in three statements: check-ins and
guests joined with the buckets' instants (local midnights in the hub's
zone), day passes per day, and the active organisations and members on a
timeline of the memberships' and leases' date spans read at the buckets'
last days (see :func:`_active`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import String, and_, case, column, func, literal, select, true, union_all
from sqlalchemy.orm import Session

from hubdesk.domain.enums import LeaseStatus, OrganisationKind
from hubdesk.domain.models import CheckIn, DayPass, Lease, Member, Membership, Organisation, Visit
from hubdesk.domain.periods import Grain, buckets
from hubdesk.services.hub import hub_zone
from hubdesk.services.periods import (
    bucket_days,
    bucket_table,
    check_period,
    day_buckets,
    rows_table,
)


@dataclass(frozen=True)
class ActivityRow:
    """One bucket (see the module's rules for what each number counts)."""

    n: int
    first: date
    last: date
    check_ins: int
    people_in: int
    guests: int
    day_passes: int
    #: On the bucket's last day.
    active_members: int
    active_organisations: int
    #: Of ``active_organisations``; every kind of the report, zero included.
    organisations_by_kind: dict[OrganisationKind, int]
    #: Of ``active_members``, by their organisation's kind; every kind of the
    #: report, zero included.
    members_by_kind: dict[OrganisationKind, int]


@dataclass(frozen=True)
class ActivityReport:
    first: date
    last: date
    grain: Grain
    rows: tuple[ActivityRow, ...]
    #: The kinds that occur among active organisations and members, in
    #: :class:`OrganisationKind` order.
    kinds: tuple[OrganisationKind, ...]


def activity_report(
    session: Session, first: date, last: date, grain: Grain = Grain.DAY
) -> ActivityReport:
    """Check-ins, guests, day passes and the active members and organisations
    from ``first`` to ``last`` (both included) per ``grain``. Raises
    :class:`ValidationError` (``first``/``last``) for a period that ends
    before it starts or is too long."""
    check_period(first, last)
    zone = hub_zone(session)
    found = buckets(first, last, grain, zone)
    instants = bucket_table(found)
    days = bucket_days(found)
    counts: dict[int, dict[str, int]] = {b.n: defaultdict(int) for b in found}

    # check-ins and guests in one statement: the buckets are bound once
    arrivals = union_all(
        select(
            instants.c.n,
            literal("check_ins").label("what"),
            func.count().label("count"),
            func.count(CheckIn.member_id.distinct()).label("people"),
        )
        .select_from(instants)
        .join(
            CheckIn, and_(CheckIn.in_at >= instants.c.start_at, CheckIn.in_at < instants.c.end_at)
        )
        .group_by(instants.c.n),
        select(instants.c.n, literal("guests"), func.count(), literal(0))
        .select_from(instants)
        .join(
            Visit,
            and_(Visit.arrived_at >= instants.c.start_at, Visit.arrived_at < instants.c.end_at),
        )
        .group_by(instants.c.n),
    )
    for n, what, count, people in session.execute(arrivals):
        counts[n][what] = int(count)
        if what == "check_ins":
            counts[n]["people_in"] = int(people)

    bucket_of = day_buckets(found)
    passes = (
        select(DayPass.valid_on, func.count())
        .where(DayPass.valid_on >= first, DayPass.valid_on <= last)
        .group_by(DayPass.valid_on)
    )
    for valid_on, sold in session.execute(passes):
        counts[bucket_of[valid_on]]["day_passes"] += int(sold)

    organisations, members = _active(session, days)
    kinds = tuple(
        k
        for k in OrganisationKind
        if any(k in found_kinds for found_kinds in (*organisations.values(), *members.values()))
    )
    rows = tuple(
        ActivityRow(
            n=b.n,
            first=b.first,
            last=b.last,
            check_ins=counts[b.n]["check_ins"],
            people_in=counts[b.n]["people_in"],
            guests=counts[b.n]["guests"],
            day_passes=counts[b.n]["day_passes"],
            active_members=sum(members[b.n].values()),
            active_organisations=sum(organisations[b.n].values()),
            organisations_by_kind={k: organisations[b.n].get(k, 0) for k in kinds},
            members_by_kind={k: members[b.n].get(k, 0) for k in kinds},
        )
        for b in found
    )
    return ActivityReport(first=first, last=last, grain=grain, rows=rows, kinds=kinds)


#: The end of an open-ended membership or lease, for comparing dates.
_OPEN_END = date(9999, 12, 31)
#: Within a day on the timeline: what starts, then the count, then what ends.
_STARTS, _COUNT, _ENDS = 0, 1, 2
_ORGANISATIONS, _MEMBERS = "o", "m"


def _later(a: Any, b: Any) -> Any:
    return case((a >= b, a), else_=b)


def _earlier(a: Any, b: Any) -> Any:
    return case((a <= b, a), else_=b)


def _islands(spans: Any, key: str, name: str) -> Any:
    """``spans`` (columns ``key``, ``kind``, ``start_on``, ``end_on`` and any
    others, which must not vary within a ``key``) merged per ``key`` into
    islands that do not overlap: a span starts a new island when it starts
    after every earlier span of its ``key`` has ended."""
    order = (spans.c.start_on, spans.c.end_on)
    ended = func.max(spans.c.end_on).over(
        partition_by=spans.c[key], order_by=order, rows=(None, -1)
    )
    others = [c for c in spans.c if c.name not in ("start_on", "end_on")]
    flagged = select(
        *spans.c, case((spans.c.start_on <= ended, 0), else_=1).label("new_island")
    ).cte(f"{name}_flagged")
    island = (
        func.sum(flagged.c.new_island)
        .over(
            partition_by=flagged.c[key],
            order_by=(flagged.c.start_on, flagged.c.end_on),
            rows=(None, 0),
        )
        .label("island")
    )
    numbered = select(*flagged.c, island).cte(f"{name}_numbered")
    kept = [numbered.c[c.name] for c in others]
    return (
        select(
            *kept,
            func.min(numbered.c.start_on).label("start_on"),
            func.max(numbered.c.end_on).label("end_on"),
        )
        .group_by(*kept, numbered.c.island)
        .cte(name)
    )


def _active(
    session: Session, days: Any
) -> tuple[dict[int, dict[OrganisationKind, int]], dict[int, dict[OrganisationKind, int]]]:
    """Active organisations and members per bucket and kind, on the buckets'
    last days (``days``: :func:`bucket_days`), in one statement.

    Each organisation's memberships and leases are merged into islands of
    days that do not overlap, and so are each member's own memberships.
    Then, on one timeline per count and kind, every island adds at its start
    and takes away after its end: an organisation's island counts 1
    organisation and its people as members; a member's own island counts 1
    member, less where it overlaps an island of the member's organisation
    (counted with the organisation already). A marker per bucket reads the
    running sum on the bucket's last day. So the work grows with the number
    of memberships and leases plus the buckets, not with their product or
    with the number of people."""
    organisation_spans = union_all(
        select(
            Membership.organisation_id.label("organisation_id"),
            Membership.start_date.label("start_on"),
            func.coalesce(Membership.end_date, _OPEN_END).label("end_on"),
        ).where(Membership.organisation_id.is_not(None)),
        select(
            Lease.organisation_id, Lease.start_date, func.coalesce(Lease.end_date, _OPEN_END)
        ).where(Lease.status != LeaseStatus.DRAFT),
    ).subquery("organisation_spans")
    staff = (
        select(Member.organisation_id, func.count().label("people"))
        .where(Member.organisation_id.is_not(None))
        .group_by(Member.organisation_id)
        .subquery("staff")
    )
    organisations = _islands(
        select(
            organisation_spans.c.organisation_id,
            Organisation.kind.label("kind"),
            func.coalesce(staff.c.people, 0).label("people"),
            organisation_spans.c.start_on,
            organisation_spans.c.end_on,
        )
        .select_from(organisation_spans)
        .join(Organisation, Organisation.id == organisation_spans.c.organisation_id)
        .outerjoin(staff, staff.c.organisation_id == organisation_spans.c.organisation_id)
        .cte("organisation_holdings"),
        "organisation_id",
        "organisation_islands",
    )
    own = _islands(
        select(
            Member.id.label("member_id"),
            Member.organisation_id.label("organisation_id"),
            func.coalesce(Organisation.kind, literal(OrganisationKind.INDIVIDUAL.value)).label(
                "kind"
            ),
            Membership.start_date.label("start_on"),
            func.coalesce(Membership.end_date, _OPEN_END).label("end_on"),
        )
        .select_from(Membership)
        .join(Member, Member.id == Membership.member_id)
        .outerjoin(Organisation, Organisation.id == Member.organisation_id)
        .cte("own_holdings"),
        "member_id",
        "own_islands",
    )
    overlaps = (
        select(
            own.c.kind,
            _later(own.c.start_on, organisations.c.start_on).label("start_on"),
            _earlier(own.c.end_on, organisations.c.end_on).label("end_on"),
        )
        .select_from(own)
        .join(
            organisations,
            and_(
                organisations.c.organisation_id == own.c.organisation_id,
                organisations.c.start_on <= own.c.end_on,
                own.c.start_on <= organisations.c.end_on,
            ),
        )
        .cte("overlaps")
    )
    kinds = rows_table("kinds", [column("kind", String())], [(k.value,) for k in OrganisationKind])
    counts = rows_table("counts", [column("what", String())], [(_ORGANISATIONS,), (_MEMBERS,)])

    def changes(what: str, islands: Any, delta: Any) -> list[Any]:
        """``delta`` from an island's first day, ``-delta`` after its last."""
        return [
            select(
                literal(what).label("what"),
                islands.c.kind.label("kind"),
                islands.c.start_on.label("day_on"),
                literal(_STARTS).label("step"),
                delta.label("delta"),
                literal(-1).label("n"),
            ),
            select(
                literal(what), islands.c.kind, islands.c.end_on, literal(_ENDS), -delta, literal(-1)
            ).where(islands.c.end_on < _OPEN_END),
        ]

    timeline = union_all(
        *changes(_ORGANISATIONS, organisations, literal(1)),
        *changes(_MEMBERS, organisations, organisations.c.people),
        *changes(_MEMBERS, own, literal(1)),
        *changes(_MEMBERS, overlaps, literal(-1)),
        select(counts.c.what, kinds.c.kind, days.c.last_on, literal(_COUNT), literal(0), days.c.n)
        .select_from(days)
        .join(kinds, true())
        .join(counts, true()),
    ).subquery("timeline")
    running = select(
        timeline.c.what,
        timeline.c.n,
        timeline.c.kind,
        timeline.c.step,
        func.sum(timeline.c.delta)
        .over(
            partition_by=(timeline.c.what, timeline.c.kind),
            order_by=(timeline.c.day_on, timeline.c.step),
            rows=(None, 0),
        )
        .label("holding"),
    ).subquery("running")
    found: dict[str, dict[int, dict[OrganisationKind, int]]] = {
        _ORGANISATIONS: defaultdict(dict),
        _MEMBERS: defaultdict(dict),
    }
    for what, n, kind, holding in session.execute(
        select(running.c.what, running.c.n, running.c.kind, running.c.holding).where(
            running.c.step == _COUNT, running.c.holding > 0
        )
    ):
        found[what][int(n)][OrganisationKind(kind)] = int(holding)
    return found[_ORGANISATIONS], found[_MEMBERS]
