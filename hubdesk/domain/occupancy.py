"""How much the hub's spaces were used over a period: the records of the
occupancy report.

:func:`hubdesk.services.occupancy.occupancy_report` computes them (in SQL) and
the occupancy sheet (:mod:`hubdesk.reports.occupancy_sheet`) and the desk's
report page show them; they are plain frozen values, with no database behind
them.

Times are whole seconds. ``booked_seconds`` is the time of confirmed bookings
inside the span a record covers; ``open_seconds`` is the time the hub was open
in that span (its opening hours, per local day, as real elapsed time: a day
of a clock change counts the hour it gains or loses), times the number of
spaces the record covers. A ``rate`` is booked / open, ``None`` when nothing
was open; it can pass 1.0 when a manager booked outside opening hours.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hubdesk.domain.enums import SpaceKind
from hubdesk.domain.periods import Grain


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


class _BookedShare:
    """The share of the open time that was booked (``rate``); None when
    nothing was open."""

    booked_seconds: int
    open_seconds: int

    @property
    def rate(self) -> float | None:
        return _rate(self.booked_seconds, self.open_seconds)


@dataclass(frozen=True)
class SpaceUsage(_BookedShare):
    """One bookable space over the whole period."""

    space_id: int
    name: str
    kind: SpaceKind
    floor: int
    capacity: int
    #: Confirmed bookings that meet the period (one crossing its edge counts).
    bookings: int
    booked_seconds: int
    open_seconds: int
    #: False for a space taken out of use that still had bookings in the period.
    active: bool = True


@dataclass(frozen=True)
class GroupUsage(_BookedShare):
    """The bookable spaces of one kind, or of one floor, over the period."""

    #: The :class:`SpaceKind` value for a kind, ``str(floor)`` for a floor.
    key: str
    spaces: int
    booked_seconds: int
    open_seconds: int


@dataclass(frozen=True)
class PeriodUsage(_BookedShare):
    """One bucket (day, week or month, cut to the period) for one kind of
    space: a point of the chart's series."""

    #: The bucket's position in the period, from 0.
    n: int
    first: date
    last: date
    kind: SpaceKind
    booked_seconds: int
    open_seconds: int


@dataclass(frozen=True)
class HourUsage(_BookedShare):
    """The meeting rooms in one local hour of one weekday, summed over the
    period (the busiest-hours heat map)."""

    #: 0 = Monday ... 6 = Sunday.
    weekday: int
    #: Local wall-clock hour, 0-23 (the hour repeated when the clocks go back
    #: counts twice as long).
    hour: int
    booked_seconds: int
    open_seconds: int


@dataclass(frozen=True)
class OfficeUsage:
    """A private office over the period, from its leases (any status but draft)."""

    space_id: int
    name: str
    floor: int
    #: The organisations that leased it in the period, by lease start.
    organisations: tuple[str, ...]
    #: Days of the period on which a lease ran (start and end days included).
    let_days: int
    #: Days in the period.
    days: int
    #: A lease ran on the period's last day; False: the office was vacant then.
    let_on_last_day: bool

    @property
    def rate(self) -> float | None:
        return _rate(self.let_days, self.days)


@dataclass(frozen=True)
class FlexDayUse:
    """The flex desk pool on one local day."""

    day: date
    #: Flex desks in the pool (the report's flex desks).
    desks: int
    #: Desks with a confirmed booking that day (morning, afternoon or both).
    reserved: int
    #: People who came in to work at a flex desk without a reservation: a
    #: check-in that used a flex day, was billed (no plan, or no flex days
    #: left) or came with a day pass; each person once a day. Members with a
    #: desk of their own, second visits and visits on a reservation are not
    #: counted (those are in ``reserved``).
    checked_in: int

    @property
    def rate(self) -> float | None:
        """The share of the pool reserved that day."""
        return _rate(self.reserved, self.desks)


@dataclass(frozen=True)
class OccupancyReport:
    """The hub's occupancy from ``first`` to ``last`` (local days, both included).

    ``spaces``, ``kinds``, ``floors``, ``series`` and ``hours`` cover the
    bookable spaces (meeting rooms, event spaces, flex desks by default);
    private offices are let, not booked, and are only in ``offices``.
    """

    hub_name: str
    first: date
    last: date
    grain: Grain
    #: By kind (meeting rooms, event spaces, flex desks, dedicated desks),
    #: floor and name.
    spaces: tuple[SpaceUsage, ...]
    #: One per kind that has spaces in the report, in the order of ``spaces``.
    kinds: tuple[GroupUsage, ...]
    #: One per floor that has spaces in the report, lowest first.
    floors: tuple[GroupUsage, ...]
    #: Per kind (in the order of ``kinds``), every bucket of the period in order.
    series: tuple[PeriodUsage, ...]
    #: Meeting rooms per (weekday, hour) that was open or booked, in order.
    hours: tuple[HourUsage, ...]
    #: By floor and name.
    offices: tuple[OfficeUsage, ...]
    #: One per day of the period (empty when the report leaves flex desks out).
    flex: tuple[FlexDayUse, ...]

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1
