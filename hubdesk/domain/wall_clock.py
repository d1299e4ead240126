"""Wall-clock times that a user or a file gives, turned into instants.

Once a year a local hour does not exist (Europe/Amsterdam: 02:00 to 03:00 on the
last Sunday of March) and once a year one occurs twice (02:00 to 03:00 on the
last Sunday of October, first in summer time, then in winter time).
``zoneinfo`` maps both silently (by ``fold``): 02:30 in the gap becomes 03:30,
and 02:30 in the overlap becomes the summer-time one. The desk must refuse the
first and ask about the second, so every place that turns a wall-clock time of
the hub into an instant goes through :func:`instant` (a date and a time) or
:func:`checked` (an aware ``datetime`` in the hub's zone).

``fold`` follows Python: 0 is the first of the two (summer time), 1 the second
(winter time); None says the caller did not choose, which is refused when it
matters.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, tzinfo
from zoneinfo import ZoneInfo

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.i18n import _


class NonexistentTime(ValidationError):
    """The clock skips this time on that date (the change to summer time)."""

    def __init__(self, field: str, local: datetime) -> None:
        self.local = local.replace(tzinfo=None, fold=0)
        super().__init__(
            field,
            _(
                "{time} does not exist on {date}: the clocks go forward that night;"
                " choose another time"
            ).format(time=f"{local:%H:%M}", date=f"{local:%Y-%m-%d}"),
        )


class AmbiguousTime(ValidationError):
    """The clock shows this time twice on that date (the change to winter
    time); ``names`` are the zone's names for the first and the second one
    (e.g. "CEST", "CET")."""

    def __init__(self, field: str, local: datetime, names: tuple[str, str]) -> None:
        self.local = local.replace(tzinfo=None, fold=0)
        self.names = names
        super().__init__(
            field,
            _(
                "{time} occurs twice on {date}: the clocks go back that night;"
                " say which one, summer time ({first}) or winter time ({second})"
            ).format(
                time=f"{local:%H:%M}", date=f"{local:%Y-%m-%d}", first=names[0], second=names[1]
            ),
        )


def is_wall_clock(zone: tzinfo | None) -> bool:
    """A zone with clock changes (a ``ZoneInfo`` other than UTC); a fixed
    offset already names one instant."""
    return isinstance(zone, ZoneInfo) and zone.key not in ("UTC", "Etc/UTC")


def nonexistent(local: datetime) -> bool:
    """True when the wall-clock ``local`` (aware, a ``ZoneInfo``) is skipped."""
    naive = local.replace(tzinfo=None, fold=0)
    for fold in (0, 1):
        back = local.replace(fold=fold).astimezone(UTC).astimezone(local.tzinfo)
        if back.replace(tzinfo=None, fold=0) == naive:
            return False
    return True


def ambiguous(local: datetime) -> bool:
    """True when the wall-clock ``local`` (aware, a ``ZoneInfo``) occurs twice."""
    return (
        not nonexistent(local)
        and local.replace(fold=0).utcoffset() != local.replace(fold=1).utcoffset()
    )


def zone_names(local: datetime) -> tuple[str, str]:
    """The zone's names for the first and the second ``local`` of an overlap."""
    return (local.replace(fold=0).tzname() or "", local.replace(fold=1).tzname() or "")


def checked(moment: datetime, fold: int | None = None, *, field: str = "start_at") -> datetime:
    """The instant (UTC, whole seconds) of ``moment``.

    A ``moment`` in a zone with clock changes is read as a wall-clock time:
    one that does not exist raises :class:`NonexistentTime`; one that occurs
    twice raises :class:`AmbiguousTime` unless ``fold`` says which (0 the
    first, 1 the second). An instant in UTC or a fixed offset is taken as it
    is. A naive ``moment`` is refused (ValidationError at ``field``)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValidationError(field, _("Start and end need a time zone"))
    if fold not in (None, 0, 1):
        raise ValueError("fold is 0 (the first), 1 (the second) or None")
    if is_wall_clock(moment.tzinfo):
        if nonexistent(moment):
            raise NonexistentTime(field, moment)
        if ambiguous(moment):
            if fold is None:
                raise AmbiguousTime(field, moment, zone_names(moment))
            moment = moment.replace(fold=fold)
        else:
            moment = moment.replace(fold=0)
    return moment.astimezone(UTC).replace(microsecond=0)


def instant(
    day: date, at: time, zone: ZoneInfo, fold: int | None = None, *, field: str = "start_at"
) -> datetime:
    """The instant (UTC) of the wall-clock ``at`` on ``day`` in ``zone``; see
    :func:`checked` for what is refused."""
    return checked(datetime.combine(day, at.replace(tzinfo=None), zone), fold, field=field)


def fold_of(moment: datetime, zone: ZoneInfo) -> int | None:
    """The fold an instant has in ``zone`` when its wall-clock time occurs
    twice (0 the first, 1 the second), else None: what a form that shows a
    stored instant passes back to say "this one"."""
    local = moment.astimezone(zone)
    return local.fold if ambiguous(local) else None
