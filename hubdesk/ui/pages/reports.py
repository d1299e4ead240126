"""The Reports page: occupancy, revenue and members over a period.

One bar for all three reports: the period (a preset or two dates), the
bucket (day, week, month), *Export CSV…*, *Save as PDF…* and *Print…*
(Ctrl+P). Each report shows a chart above a table; the numbers come from the
services, computed in the database, and are read only while the page is
shown (a change elsewhere marks the page stale; it reads again when shown).

The table on screen, the CSV file and the printed pages come from one
:class:`~hubdesk.ui.report_table.ReportTable` per table, so they always agree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import SpaceKind
from hubdesk.domain.errors import HubdeskError, ValidationError
from hubdesk.domain.money import Money
from hubdesk.domain.periods import Grain, is_whole
from hubdesk.ui import charts
from hubdesk.ui import format as fmt
from hubdesk.ui.calendar_view import DASH
from hubdesk.ui.dialogs.organisation import kind_labels as organisation_kind_labels
from hubdesk.ui.pages.base import Page
from hubdesk.ui.report_table import (
    SORT_ROLE,
    Column,
    Kind,
    ReportTable,
    ReportTableModel,
    table_csv,
    table_texts,
)
from hubdesk.ui.space_dialog import kind_labels as space_kind_labels
from hubdesk.ui.worker import Job

REPORTS = ("occupancy", "revenue", "members")
PRESETS = ("this_month", "last_month", "this_year", "last_year", "last_12_months", "custom")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _month_start(day: date, months_back: int = 0) -> date:
    month = day.year * 12 + day.month - 1 - months_back
    return date(month // 12, month % 12 + 1, 1)


def preset_period(preset: str, today: date) -> tuple[date, date]:
    """The dates of a preset period; one that runs on now ends ``today``
    (days still to come would only dilute the rates)."""
    if preset == "this_month":
        return _month_start(today), today
    if preset == "last_month":
        return _month_start(today, 1), _month_start(today) - timedelta(days=1)
    if preset == "this_year":
        return date(today.year, 1, 1), today
    if preset == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if preset == "last_12_months":
        return _month_start(today, 11), today
    raise ValueError(preset)


@dataclass(frozen=True)
class Shown:
    """What a report shows: its chart (drawn by ``draw``) and its tables."""

    title: str
    tables: tuple[ReportTable, ...]
    draw: Callable[[Any], None]
    summary: str = ""


class ReportsPage(Page):
    key = "reports"

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(core, parent)
        self.stale = True
        self.job: Job | None = None
        self._read_again = False
        self.shown: Shown | None = None
        self.report_data: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(8)

        top = QHBoxLayout()
        heading = QLabel(self.tr("Reports"))
        heading.setObjectName("pageTitle")
        top.addWidget(heading)
        top.addSpacing(16)
        self.report_group = QButtonGroup(self)
        self.report_group.setExclusive(True)
        self.report_buttons: dict[str, QPushButton] = {}
        for key, text in zip(
            REPORTS, (self.tr("&Occupancy"), self.tr("Re&venue"), self.tr("&Members")), strict=True
        ):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.report_group.addButton(button)
            self.report_buttons[key] = button
            top.addWidget(button)
        self.report_buttons["occupancy"].setChecked(True)
        top.addStretch(1)
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print the report (Ctrl+P)"))
        for button in (self.csv_button, self.pdf_button, self.print_button):
            button.setAutoDefault(False)
            top.addWidget(button)
        layout.addLayout(top)

        bar = QHBoxLayout()
        self.preset = QComboBox()
        for key, text in zip(
            PRESETS,
            (
                self.tr("This month"),
                self.tr("Last month"),
                self.tr("This year"),
                self.tr("Last year"),
                self.tr("Last 12 months"),
                self.tr("Chosen dates"),
            ),
            strict=True,
        ):
            self.preset.addItem(text, key)
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        self.grain = QComboBox()
        for grain, text in (
            (Grain.DAY, self.tr("By day")),
            (Grain.WEEK, self.tr("By week")),
            (Grain.MONTH, self.tr("By month")),
        ):
            self.grain.addItem(text, grain.value)
        self.view_choice = QComboBox()
        self.view_choice.setToolTip(self.tr("Which table is shown below the chart"))
        period_label = QLabel(self.tr("P&eriod"))
        period_label.setBuddy(self.preset)
        bar.addWidget(period_label)
        bar.addWidget(self.preset)
        bar.addWidget(self.first)
        bar.addWidget(QLabel(DASH))
        bar.addWidget(self.last)
        bar.addSpacing(12)
        bar.addWidget(self.grain)
        bar.addSpacing(12)
        bar.addWidget(self.view_choice)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.hide()
        layout.addWidget(self.error)
        self.summary = QLabel()
        self.summary.setObjectName("statDetail")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.chart = charts.chart_view()
        self.model = ReportTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        self.preset.setCurrentIndex(PRESETS.index("this_year"))
        self.grain.setCurrentIndex(2)
        self._apply_preset()
        self._fill_views()
        self.report_group.buttonToggled.connect(self._on_report_group_button_toggled)
        self.preset.currentIndexChanged.connect(self._on_preset_current_index_changed)
        self.first.dateChanged.connect(self._on_date_changed)
        self.last.dateChanged.connect(self._on_date_changed)
        self.grain.currentIndexChanged.connect(lambda _: self.reload())
        self.view_choice.currentIndexChanged.connect(lambda _: self._show_table())
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.print_button.clicked.connect(self.print_sheet)

    def title(self) -> str:
        return self.tr("Reports")

    def concerns(self) -> set[str]:
        return {"booking", "space", "lease", "invoice", "check_in", "visit", "member"}

    def focus_widget(self) -> QWidget | None:
        return self.preset

    # -- the choices

    def report(self) -> str:
        for key, button in self.report_buttons.items():
            if button.isChecked():
                return key
        return REPORTS[0]

    def show_report(self, key: str) -> None:
        self.report_buttons[key].setChecked(True)

    def period(self) -> tuple[date, date]:
        return _pydate(self.first.date()), _pydate(self.last.date())

    def set_period(self, first: date, last: date) -> None:
        """Show chosen dates (the preset becomes "Chosen dates")."""
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(PRESETS.index("custom"))
        self.preset.blockSignals(False)
        self._set_dates(first, last)
        self.reload()

    def set_grain(self, grain: Grain) -> None:
        self.grain.setCurrentIndex(self.grain.findData(grain.value))

    def today(self) -> date:
        today: date = self.core.today(self.core.read(_zone_of))
        return today

    def _set_dates(self, first: date, last: date) -> None:
        for edit, day in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _apply_preset(self) -> None:
        preset = str(self.preset.currentData())
        if preset != "custom":
            self._set_dates(*preset_period(preset, self.today()))

    def _on_preset_current_index_changed(self, _: int) -> None:
        preset = str(self.preset.currentData())
        if preset != "custom":
            self._set_dates(*preset_period(preset, self.today()))
            self.reload()

    def _on_date_changed(self, _: QDate) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(PRESETS.index("custom"))
        self.preset.blockSignals(False)
        self.reload()

    def _on_report_group_button_toggled(self, button: Any, checked: bool) -> None:
        if checked:
            self._fill_views()
            self.reload()

    def _fill_views(self) -> None:
        views = {
            "occupancy": (
                self.tr("Per space"),
                self.tr("Per kind of space"),
                self.tr("Per floor"),
                self.tr("Over time"),
                self.tr("Busiest hours (meeting rooms)"),
                self.tr("Offices let and vacant"),
                self.tr("Flex desks per day"),
            ),
            "revenue": (self.tr("Invoiced"),),
            "members": (
                self.tr("Activity"),
                self.tr("Organisations by kind"),
                self.tr("Members by kind of organisation"),
            ),
        }[self.report()]
        self.view_choice.blockSignals(True)
        self.view_choice.clear()
        self.view_choice.addItems(list(views))
        self.view_choice.blockSignals(False)
        self.view_choice.setVisible(len(views) > 1)

    # -- reading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def on_data_changed(self, entities: set[str]) -> None:
        if entities & self.concerns():
            self.stale = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        """Read the chosen report again (only while the page is shown), on a
        worker thread: a year's occupancy of a large hub takes about half a
        second, and the page keeps painting meanwhile. A change of choice
        while a report is being read reads again once it is done."""
        if not self.isVisible():
            self.stale = True
            return
        self.stale = False
        if self.job is not None:
            self._read_again = True
            return
        first, last = self.period()
        grain = Grain(str(self.grain.currentData()))
        report = self.report()
        count = _counters()[report]
        self.error.hide()
        job = Job(
            self,
            self.tr("Counting the report…"),
            lambda _progress: self.core.read(lambda s: count(s, first, last, grain)),
        )
        job.finished.connect(lambda data, error: self._on_job_finished(report, data, error))
        self.job = job.start()

    def _on_job_finished(self, report: str, data: Any, error: BaseException | None) -> None:
        assert self.job is not None
        self.job.deleteLater()
        self.job = None
        if self._read_again:
            self._read_again = False
            self.reload()
            return
        if isinstance(error, ValidationError):
            self._show_nothing()
            self.error.setText(error.message)
            self.error.show()
            return
        if isinstance(error, HubdeskError):
            self._show_nothing()
            self._warn(error)
            return
        if error is not None:
            raise error
        show = {"occupancy": self._occupancy, "revenue": self._revenue, "members": self._members}
        self.shown = show[report](data)
        self.report_data = data
        self.summary.setText(self.shown.summary)
        self.summary.setVisible(bool(self.shown.summary))
        self.shown.draw(self.chart)
        self._show_table()
        self._set_outputs_enabled(True)

    def _show_nothing(self) -> None:
        """No report for the choices made: nothing shown, nothing to export
        or print (the last report's numbers must not pass for these)."""
        self.shown = None
        self.report_data = None
        self.model.set_table(ReportTable("", (), ()))
        charts.show_lines(self.chart, "", [], [])
        self.summary.hide()
        self._set_outputs_enabled(False)

    def _set_outputs_enabled(self, enabled: bool) -> None:
        for button in (self.csv_button, self.pdf_button, self.print_button):
            button.setEnabled(enabled)

    def busy(self) -> bool:
        """A report is being read (tests wait for it)."""
        return self.job is not None

    def _show_table(self) -> None:
        if self.shown is None:
            return
        index = max(0, min(self.view_choice.currentIndex(), len(self.shown.tables) - 1))
        self.model.set_table(self.shown.tables[index])
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.table.resizeColumnsToContents()

    def shown_table(self) -> ReportTable:
        return self.model.table

    # -- the reports

    def _bucket_labels(
        self, spans: Sequence[tuple[date, date]], grain: Grain
    ) -> tuple[list[str], list[str]]:
        """Buckets for the table ("Mon 23 Nov 2026", "23 to 29 Nov 2026", "Nov
        2026") and, shorter, by their first days for the chart's axis. A week,
        and a month the period cuts short, are written as their days."""
        from babel.dates import format_date, format_interval

        locale = fmt.locale_name()

        def long(first: date, last: date) -> str:
            if grain is Grain.DAY:
                return format_date(first, "EEE d MMM yyyy", locale=locale)
            if grain is Grain.MONTH and is_whole(first, last, grain):
                return format_date(first, "MMM yyyy", locale=locale)
            return format_interval(first, last, "yMMMd", locale=locale)

        short = {Grain.MONTH: "MMM yyyy", Grain.WEEK: "d MMM", Grain.DAY: "d MMM"}
        return (
            [long(first, last) for first, last in spans],
            [format_date(first, short[grain], locale=locale) for first, _last in spans],
        )

    def _period_text(self, first: date, last: date) -> str:
        return f"{fmt.day(first)} {DASH} {fmt.day(last)}"

    def _occupancy(self, data: Any) -> Shown:
        kinds = space_kind_labels()
        grain = data.grain
        space_cols = (
            Column(self.tr("Space"), Kind.TEXT, 2.4),
            Column(self.tr("Kind"), Kind.TEXT, 1.4),
            Column(self.tr("Floor"), Kind.COUNT, 0.6),
            Column(self.tr("Bookings"), Kind.COUNT, 0.9),
            Column(self.tr("Hours booked"), Kind.HOURS),
            Column(self.tr("Hours open"), Kind.HOURS),
            Column(self.tr("Occupancy"), Kind.RATE),
        )
        spaces = ReportTable(
            self.tr("Occupancy per space"),
            space_cols,
            tuple(
                (
                    s.name,
                    kinds.get(s.kind, str(s.kind)),
                    s.floor,
                    s.bookings,
                    s.booked_seconds,
                    s.open_seconds,
                    s.rate,
                )
                for s in data.spaces
            ),
        )
        group_cols = (
            Column(self.tr("Spaces"), Kind.COUNT, 0.8),
            Column(self.tr("Hours booked"), Kind.HOURS),
            Column(self.tr("Hours open"), Kind.HOURS),
            Column(self.tr("Occupancy"), Kind.RATE),
        )
        per_kind = ReportTable(
            self.tr("Occupancy per kind of space"),
            (Column(self.tr("Kind"), Kind.TEXT, 2.0), *group_cols),
            tuple(
                (
                    _kind_label(kinds, g.key),
                    g.spaces,
                    g.booked_seconds,
                    g.open_seconds,
                    g.rate,
                )
                for g in data.kinds
            ),
        )
        per_floor = ReportTable(
            self.tr("Occupancy per floor"),
            (Column(self.tr("Floor"), Kind.TEXT, 1.0), *group_cols),
            tuple((g.key, g.spaces, g.booked_seconds, g.open_seconds, g.rate) for g in data.floors),
        )
        series_kinds = sorted({p.kind for p in data.series}, key=list(SpaceKind).index)
        buckets: dict[int, Any] = {}
        by_kind: dict[tuple[int, SpaceKind], Any] = {}
        for p in data.series:
            buckets.setdefault(p.n, p)
            by_kind[(p.n, p.kind)] = p
        order = sorted(buckets)
        texts, labels = self._bucket_labels(
            [(buckets[n].first, buckets[n].last) for n in order], grain
        )
        over_time = ReportTable(
            self.tr("Occupancy over time"),
            (
                Column(self.tr("Period"), Kind.TEXT, 1.8),
                *(Column(kinds.get(k, str(k)), Kind.RATE) for k in series_kinds),
            ),
            tuple(
                (
                    text,
                    *((by_kind[(n, k)].rate if (n, k) in by_kind else None) for k in series_kinds),
                )
                for text, n in zip(texts, order, strict=True)
            ),
        )
        hours = sorted({h.hour for h in data.hours})
        cells = {(h.weekday, h.hour): h for h in data.hours}
        weekdays = _weekday_names()
        heat = ReportTable(
            self.tr("Busiest hours of the meeting rooms"),
            (
                Column(self.tr("Day"), Kind.TEXT, 1.0),
                *(Column(f"{hour:02d}", Kind.RATE, 0.7) for hour in hours),
            ),
            tuple(
                (
                    weekdays[weekday],
                    *(
                        cells[(weekday, hour)].rate if (weekday, hour) in cells else None
                        for hour in hours
                    ),
                )
                for weekday in range(7)
                if any((weekday, hour) in cells for hour in hours)
            ),
            heat=True,
        )
        offices = ReportTable(
            self.tr("Offices let and vacant"),
            (
                Column(self.tr("Office"), Kind.TEXT, 1.6),
                Column(self.tr("Floor"), Kind.COUNT, 0.6),
                Column(self.tr("Let to"), Kind.TEXT, 3.0),
                Column(self.tr("Days let"), Kind.COUNT, 0.9),
                Column(self.tr("Days"), Kind.COUNT, 0.8),
                Column(self.tr("Let"), Kind.RATE, 0.9),
                Column(self.tr("At the end"), Kind.TEXT, 1.0),
            ),
            tuple(
                (
                    o.name,
                    o.floor,
                    ", ".join(o.organisations),
                    o.let_days,
                    o.days,
                    o.rate,
                    self.tr("let") if o.let_on_last_day else self.tr("vacant"),
                )
                for o in data.offices
            ),
        )
        flex = ReportTable(
            self.tr("Flex desks per day"),
            (
                Column(self.tr("Day"), Kind.TEXT, 1.4),
                Column(self.tr("Desks"), Kind.COUNT),
                Column(self.tr("Reserved"), Kind.COUNT),
                Column(self.tr("Walk-ins"), Kind.COUNT),
                Column(self.tr("Reserved share"), Kind.RATE),
            ),
            tuple((fmt.day(f.day), f.desks, f.reserved, f.checked_in, f.rate) for f in data.flex),
        )
        series = [
            (
                kinds.get(k, str(k)),
                [
                    (None if (r := by_kind.get((n, k))) is None or r.rate is None else r.rate * 100)
                    for n in order
                ],
            )
            for k in series_kinds
        ]
        title = self.tr("Occupancy, {0}").format(self._period_text(data.first, data.last))

        def draw(view: Any) -> None:
            charts.show_lines(view, title, labels, series, unit=" %", top=100)

        summary = self.tr(
            "Hours booked: confirmed bookings. Hours open: the opening hours of each day. "
            "Dedicated desks are let with a membership, not booked, so they are not counted."
        )
        return Shown(
            title, (spaces, per_kind, per_floor, over_time, heat, offices, flex), draw, summary
        )

    def product_labels(self) -> dict[str, str]:
        return {
            "rent": self.tr("Rent"),
            "service_charge": self.tr("Service charges"),
            "membership": self.tr("Memberships"),
            "meeting_room": self.tr("Meeting rooms"),
            "flex": self.tr("Flex desks"),
            "day_pass": self.tr("Day passes"),
            "late_cancellation": self.tr("Late cancellations"),
            "other": self.tr("Other"),
        }

    def _revenue(self, data: Any) -> Shown:
        names = self.product_labels()
        grain = data.grain
        products = list(data.products)
        columns = (
            Column(self.tr("Period"), Kind.TEXT, 1.3),
            *(Column(names.get(p, p), Kind.MONEY) for p in products),
            Column(self.tr("Net"), Kind.MONEY),
            Column(self.tr("VAT"), Kind.MONEY),
            Column(self.tr("Total"), Kind.MONEY),
            Column(self.tr("Invoices"), Kind.COUNT, 0.8),
        )

        def line(label: str, row: Any) -> tuple[Any, ...]:
            return (
                label,
                *(row.by_product.get(p, Money(0)) for p in products),
                row.net,
                row.vat,
                row.gross,
                row.invoices,
            )

        texts, labels = self._bucket_labels([(r.first, r.last) for r in data.rows], grain)
        rows = [line(text, r) for text, r in zip(texts, data.rows, strict=True)]
        rows.append(line(self.tr("Total"), data.totals))
        table = ReportTable(self.tr("Invoiced per product (net)"), columns, tuple(rows))
        summary = self.tr(
            "Unpaid on {0}: {1} in {2} invoice(s), of which overdue {3} in {4} invoice(s)."
        ).format(
            fmt.day(data.as_of),
            fmt.money(data.open_total),
            fmt.number(data.open_count),
            fmt.money(data.overdue_total),
            fmt.number(data.overdue_count),
        )
        # large amounts in thousands: the axis prints no thousands separator
        biggest = max((abs(r.net.cents) for r in data.rows), default=0)
        divisor, unit = (100_000, self.tr("thousand €")) if biggest >= 1_000_000 else (100, "€")
        series = [
            (names.get(p, p), [r.by_product.get(p, Money(0)).cents / divisor for r in data.rows])
            for p in products
        ]
        title = self.tr("Invoiced, {0}").format(self._period_text(data.first, data.last))

        def draw(view: Any) -> None:
            charts.show_stacked(view, title, labels, series, axis_title=unit)

        return Shown(title, (table,), draw, summary)

    def _members(self, data: Any) -> Shown:
        grain = data.grain
        kinds = organisation_kind_labels(self)
        org_kinds = list(data.kinds)
        texts, labels = self._bucket_labels([(r.first, r.last) for r in data.rows], grain)
        period = Column(self.tr("Period"), Kind.TEXT, 1.8)
        table = ReportTable(
            self.tr("Members and their visits"),
            (
                period,
                Column(self.tr("Check-ins"), Kind.COUNT),
                Column(self.tr("People in"), Kind.COUNT),
                Column(self.tr("Guests"), Kind.COUNT),
                Column(self.tr("Day passes"), Kind.COUNT),
                Column(self.tr("Active members"), Kind.COUNT),
                Column(self.tr("Active organisations"), Kind.COUNT),
            ),
            tuple(
                (
                    text,
                    r.check_ins,
                    r.people_in,
                    r.guests,
                    r.day_passes,
                    r.active_members,
                    r.active_organisations,
                )
                for text, r in zip(texts, data.rows, strict=True)
            ),
        )
        by_kind = [
            ReportTable(
                heading,
                (period, *(Column(kinds.get(k, str(k)), Kind.COUNT) for k in org_kinds)),
                tuple(
                    (text, *(getattr(r, field).get(k, 0) for k in org_kinds))
                    for text, r in zip(texts, data.rows, strict=True)
                ),
            )
            for heading, field in (
                (self.tr("Active organisations, by kind"), "organisations_by_kind"),
                (self.tr("Active members, by kind of organisation"), "members_by_kind"),
            )
        ]
        series = [
            (self.tr("Check-ins"), [float(r.check_ins) for r in data.rows]),
            (self.tr("Active members"), [float(r.active_members) for r in data.rows]),
            (self.tr("Active organisations"), [float(r.active_organisations) for r in data.rows]),
        ]
        title = self.tr("Members, {0}").format(self._period_text(data.first, data.last))

        def draw(view: Any) -> None:
            charts.show_lines(view, title, labels, series)

        return Shown(title, (table, *by_kind), draw)

    # -- out: CSV, PDF, print

    def export_csv(self, path: str | Path | None = None) -> Path | None:
        """The table shown, as a CSV file."""
        if self.shown is None:
            self._warn(self.tr("There is no report to export yet."))
            return None
        table = self.shown_table()
        first, last = self.period()
        return self.save_made(
            lambda: table_csv(table),
            title=self.tr("Export the report"),
            name=f"{table.title} {first.isoformat()} {last.isoformat()}.csv",
            fallback="report.csv",
            file_filter=self.tr("CSV files (*.csv)"),
            done=self.tr("Report written to {0}."),
            path=path,
        )

    def report_pdf(self) -> bytes:
        """The report as printed: its chart, then every table of it."""
        from hubdesk.reports.tables import TableSection, table_document

        if self.shown is None:
            raise HubdeskError(self.tr("There is no report to print yet."))
        sections = [_section(TableSection, table) for table in self.shown.tables]
        return table_document(
            self.shown.title,
            self.shown.summary,
            sections,
            landscape=True,
            image=self.chart_png(),
            footer=self.shown.title,
        )

    def chart_png(self) -> bytes:
        image = self.chart.grab()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(data.data())

    def save_pdf(self, path: str | Path | None = None) -> Path | None:
        if self.shown is None:
            self._warn(self.tr("There is no report to print yet."))
            return None
        title = self.shown.title
        return self.save_made(
            self.report_pdf,
            title=self.tr("Save the report as PDF"),
            name=f"{title}.pdf",
            fallback="report.pdf",
            file_filter=self.tr("PDF documents (*.pdf)"),
            done=self.tr("Report written to {0}."),
            path=path,
        )

    def print_sheet(self) -> bool:
        """Ctrl+P: the report shown (made once the printer is chosen)."""
        title = self.shown.title if self.shown else self.tr("Report")
        self.print_made(self.report_pdf, title)
        return True


def _section(make: Any, table: ReportTable) -> Any:
    from hubdesk.reports.tables import Column as PdfColumn

    heat: tuple[tuple[float | None, ...], ...] = ()
    if table.heat:
        rates = [column.kind is Kind.RATE for column in table.columns]
        heat = tuple(
            tuple(
                float(value) if rate and value is not None else None
                for rate, value in zip(rates, row, strict=True)
            )
            for row in table.rows
        )
    return make(
        table.title,
        tuple(
            PdfColumn(column.title, column.width, "right" if number else "left")
            for column, number in zip(table.columns, table.numbers(), strict=True)
        ),
        tuple(table_texts(table)),
        heat=heat,
    )


def _counters() -> dict[str, Callable[[Any, date, date, Grain], Any]]:
    """The service that counts each report (imported when first asked)."""
    from hubdesk.services.activity import activity_report
    from hubdesk.services.occupancy import occupancy_report
    from hubdesk.services.revenue import revenue_report

    return {"occupancy": occupancy_report, "revenue": revenue_report, "members": activity_report}


def _kind_label(labels: dict[SpaceKind, str], key: str) -> str:
    known = {kind.value: kind for kind in SpaceKind}
    return labels[known[key]] if key in known else key


def _weekday_names() -> list[str]:
    """Monday to Sunday, short, in the desk's language."""
    from babel.dates import format_date

    monday = date(2024, 1, 1)
    return [
        format_date(monday + timedelta(days=n), "EEE", locale=fmt.locale_name()) for n in range(7)
    ]


def _zone_of(session: Any) -> Any:
    from hubdesk.services.hub import hub_zone

    return hub_zone(session)
