"""The printed occupancy sheet of a period: an :class:`OccupancyReport` as a
PDF through :func:`hubdesk.reports.tables.table_document` (A4 portrait).

Sections, in order: every bookable space (kind, floor, bookings, booked and
open hours, the rate), the kinds, the floors, the kinds per day, week or
month (the report's grain), the private offices (tenants, days let, and
"vacant" for an office not let on the period's last day), and the flex desk
pool per day. Labels are in the desk user's language (``_``); numbers and
dates are written the way ``language`` writes them ("12.5" / "12,5").
"""

from __future__ import annotations

import functools
from datetime import date

from hubdesk.domain.enums import Language, SpaceKind
from hubdesk.domain.i18n import N_, _
from hubdesk.domain.occupancy import GroupUsage, OccupancyReport
from hubdesk.domain.periods import Grain, is_whole
from hubdesk.reports.pdf_base import document_locale
from hubdesk.reports.tables import Column, TableSection, table_document

_DASH = "\u2013"

KIND_NAMES = {
    SpaceKind.MEETING_ROOM: N_("Meeting room"),
    SpaceKind.EVENT_SPACE: N_("Event space"),
    SpaceKind.FLEX_DESK: N_("Flex desk"),
    SpaceKind.DEDICATED_DESK: N_("Dedicated desk"),
    SpaceKind.PRIVATE_OFFICE: N_("Private office"),
}
_GRAIN_HEADINGS = {
    Grain.DAY: N_("Per day"),
    Grain.WEEK: N_("Per week"),
    Grain.MONTH: N_("Per month"),
}


def occupancy_sheet_pdf(
    report: OccupancyReport, *, language: Language | str = Language.EN
) -> bytes:
    """The occupancy sheet of ``report`` as PDF bytes (the same report and
    language give the same bytes)."""
    words = _Numbers(document_locale(language))
    title = (
        _("Occupancy of {hub}").format(hub=report.hub_name) if report.hub_name else _("Occupancy")
    )
    subtitle = _("{first} to {last} ({days} days)").format(
        first=words.day(report.first), last=words.day(report.last), days=report.days
    )
    usage = (
        Column(_("Booked h"), 1.1, "right"),
        Column(_("Open h"), 1.1, "right"),
        Column(_("Rate"), 0.9, "right"),
    )
    sections = [
        TableSection(
            _("Spaces"),
            (
                Column(_("Space"), 4.0),
                Column(_("Kind"), 1.8),
                Column(_("Floor"), 0.7, "right"),
                Column(_("Bookings"), 1.1, "right"),
                *usage,
            ),
            tuple(
                (
                    space.name
                    if space.active
                    else _("{name} (out of use)").format(name=space.name),
                    _(KIND_NAMES[space.kind]),
                    str(space.floor),
                    words.count(space.bookings),
                    words.hours(space.booked_seconds),
                    words.hours(space.open_seconds),
                    words.rate(space.rate),
                )
                for space in report.spaces
            ),
            note=_(
                "Booked: confirmed bookings inside the period. Open: the opening hours of "
                "every day of the period. Dedicated desks are let with a membership, not "
                "booked, so they are not counted."
            ),
            empty=_("No bookable spaces in this report."),
        ),
        _groups(_("Kinds"), _("Kind"), report.kinds, words, kinds=True),
        _groups(_("Floors"), _("Floor"), report.floors, words, kinds=False),
    ]
    if report.series:
        sections.append(_series(report, words))
    if report.offices:
        sections.append(
            TableSection(
                _("Private offices"),
                (
                    Column(_("Office"), 2.2),
                    Column(_("Floor"), 0.7, "right"),
                    Column(_("Tenants"), 4.2),
                    Column(_("Days let"), 1.4, "right"),
                    Column(_("Rate"), 0.9, "right"),
                    Column(_("On the last day"), 1.5),
                ),
                tuple(
                    (
                        office.name,
                        str(office.floor),
                        "\n".join(office.organisations) or _DASH,
                        f"{words.count(office.let_days)} / {words.count(office.days)}",
                        words.rate(office.rate),
                        _("let") if office.let_on_last_day else _("vacant"),
                    )
                    for office in report.offices
                ),
                note=_("Days let: days of the period on which a lease (not a draft) ran."),
            )
        )
    if report.flex:
        sections.append(
            TableSection(
                _("Flex desks per day"),
                (
                    Column(_("Day"), 2.2),
                    Column(_("Desks"), 1.0, "right"),
                    Column(_("Reserved"), 1.2, "right"),
                    Column(_("Walk-ins"), 1.2, "right"),
                    Column(_("Reserved share"), 1.4, "right"),
                ),
                tuple(
                    (
                        words.weekday(day.day),
                        words.count(day.desks),
                        words.count(day.reserved),
                        words.count(day.checked_in),
                        words.rate(day.rate),
                    )
                    for day in report.flex
                ),
                note=_(
                    "Reserved: desks with a booking that day. Walk-ins: people who came to "
                    "work at a flex desk without one (a flex day, billed, or a day pass)."
                ),
            )
        )
    return table_document(title, subtitle, sections, author=report.hub_name)


def _groups(
    heading: str, key_title: str, groups: tuple[GroupUsage, ...], words: _Numbers, *, kinds: bool
) -> TableSection:
    def name(key: str) -> str:
        return _(KIND_NAMES[SpaceKind(key)]) if kinds else key

    return TableSection(
        heading,
        (
            Column(key_title, 3.0),
            Column(_("Spaces"), 1.0, "right"),
            Column(_("Booked h"), 1.2, "right"),
            Column(_("Open h"), 1.2, "right"),
            Column(_("Rate"), 1.0, "right"),
        ),
        tuple(
            (
                name(group.key),
                words.count(group.spaces),
                words.hours(group.booked_seconds),
                words.hours(group.open_seconds),
                words.rate(group.rate),
            )
            for group in groups
        ),
    )


def _series(report: OccupancyReport, words: _Numbers) -> TableSection:
    """One row per bucket, the rate of every kind side by side."""
    kinds = [SpaceKind(group.key) for group in report.kinds]
    rates: dict[tuple[int, SpaceKind], float | None] = {}
    spans: dict[int, tuple[date, date]] = {}
    for point in report.series:
        rates[(point.n, point.kind)] = point.rate
        spans[point.n] = (point.first, point.last)

    def span(first: date, last: date) -> str:
        if report.grain is Grain.DAY:
            return words.weekday(first)
        if report.grain is Grain.MONTH and is_whole(first, last, report.grain):
            return words.month(first)
        return f"{words.day(first)} {_DASH} {words.day(last)}"

    return TableSection(
        _(_GRAIN_HEADINGS[report.grain]),
        (
            Column(_("Period"), 2.6),
            *(Column(_(KIND_NAMES[kind]), 1.3, "right") for kind in kinds),
        ),
        tuple(
            (span(*spans[n]), *(words.rate(rates.get((n, kind))) for kind in kinds))
            for n in sorted(spans)
        ),
        note=_("The share of the open time booked, per kind of space."),
    )


class _Numbers:
    """Numbers and dates as the locale writes them (babel's symbols, looked
    up once; a sheet writes thousands of numbers)."""

    def __init__(self, locale: str) -> None:
        self.locale = locale
        self.group, self.decimal = _symbols(locale)

    def count(self, value: int) -> str:
        return f"{value:,}".replace(",", self.group)

    def _decimal(self, value: float) -> str:
        text = f"{value:,.1f}"
        return text.replace(",", "\x00").replace(".", self.decimal).replace("\x00", self.group)

    def hours(self, seconds: int) -> str:
        return self._decimal(seconds / 3600)

    def rate(self, value: float | None) -> str:
        return _DASH if value is None else f"{self._decimal(value * 100)}%"

    def day(self, value: date) -> str:
        return _format_date(value, "d MMM y", self.locale)

    def weekday(self, value: date) -> str:
        return _format_date(value, "EEE d MMM y", self.locale)

    def month(self, value: date) -> str:
        return _format_date(value, "LLLL y", self.locale)


@functools.cache
def _symbols(locale: str) -> tuple[str, str]:
    from babel.numbers import get_decimal_symbol, get_group_symbol

    return get_group_symbol(locale), get_decimal_symbol(locale)


@functools.lru_cache(maxsize=4096)
def _format_date(value: date, pattern: str, locale: str) -> str:
    from babel.dates import format_date

    return str(format_date(value, format=pattern, locale=locale))
