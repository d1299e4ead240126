"""Today, the home page: who is in now, how full the hub is, today's room
bookings, the guests expected, the day passes sold, who came in lately.

Everything comes from one read of ``frontdesk.today_summary`` per reload. The
page refreshes by itself: every :data:`REFRESH_MS` while it is shown and at
once when it is shown (a tick first checks out whoever is still in after
closing, through ``frontdesk.close_day``, when someone is signed in), and on
a change of what it shows (:meth:`TodayPage.concerns`) while shown. A tick
that finds nothing new but the time does not build the lists again. "Now" is
read through :meth:`TodayPage.now` alone, so a test can fix it.

The visitor log of any day (:class:`VisitorLogDialog`) opens from the page,
with Ctrl+Shift+L, and exports to CSV.
"""

from __future__ import annotations

import dataclasses
import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import IntEnum
from pathlib import Path
from typing import Any, ClassVar, NamedTuple, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QHideEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.clock import DEFAULT_TIME_ZONE
from hubdesk.domain.errors import HubdeskError
from hubdesk.services import frontdesk
from hubdesk.services.export_files import csv_bytes, safe_file_name, write_atomically
from hubdesk.services.frontdesk import (
    BookingLine,
    DayPassRecord,
    Present,
    PresentKind,
    TodaySummary,
    VisitRecord,
)
from hubdesk.services.hub import hub_zone
from hubdesk.ui import files
from hubdesk.ui import format as fmt
from hubdesk.ui.forms import warn
from hubdesk.ui.pages.base import Page
from hubdesk.ui.table_model import Record, RecordTableModel, record_table

#: How often the shown page reads again by itself.
REFRESH_MS = 30_000
#: What the front desk changes that this page shows.
CONCERNS = frozenset(
    {"check_in", "visit", "day_pass", "booking", "member", "organisation", "space"}
)
#: What a tick that checked people out at closing tells the other pages.
CLOSED = frozenset({"check_in", "visit"})
GREY = QColor("#8a96a3")
#: A column of names is measured up to this width (longer ones are cut off,
#: whole in their tooltip).
MAX_TEXT_WIDTH = 220
#: How many of a column's longest texts are measured for its width.
MEASURED = 12
DASH = "\u2013"
R = TypeVar("R", bound=Record)


def _long_day(day: date) -> str:
    """ "Monday 23 November 2026" / "maandag 23 november 2026"."""
    from babel.dates import format_date

    return format_date(day, "EEEE d MMMM y", locale=fmt.locale_name())


_times: dict[tuple[datetime, ZoneInfo], str] = {}


def _hhmm(instant: datetime | None, zone: ZoneInfo) -> str:
    """The wall-clock time in the hub's zone, remembered: a day's hundreds of
    check-ins share a few hundred minutes, and converting is slow."""
    if instant is None:
        return ""
    key = (instant, zone)
    found = _times.get(key)
    if found is None:
        if len(_times) > 20_000:
            _times.clear()
        found = _times[key] = f"{instant.astimezone(zone):%H:%M}"
    return found


def _count(value: int) -> str:
    """fmt.number, without babel below a thousand (no grouping there)."""
    return str(value) if -1000 < value < 1000 else fmt.number(value)


# ------------------------------------------------------------------- rows


class PersonRow(NamedTuple):
    """Someone in the building (or in the log); ``id`` is the row's place.
    (A named tuple: hundreds are made per reload, and a frozen dataclass is
    ten times slower to make.)"""

    id: int
    person: Present


class BookingRow(NamedTuple):
    id: int
    line: BookingLine


# ----------------------------------------------------------------- models


class _TimedModel(RecordTableModel[R]):
    """Rows shown against a moment in the hub's zone; each row's texts are
    made once, when the rows are set (a view asks for each cell many times)."""

    #: Columns of times and numbers: never narrowed below their texts.
    FIXED_COLUMNS: ClassVar[frozenset[int]] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo(DEFAULT_TIME_ZONE)
        # the moment comes with the rows (show); none are shown before
        self.now = datetime.fromtimestamp(0, UTC)
        self._texts: list[tuple[str, ...]] = []

    def show(self, rows: Sequence[R], zone: ZoneInfo, now: datetime) -> None:
        self.zone, self.now = zone, now
        self.set_rows(rows)

    def _rows_set(self) -> None:
        columns = range(len(self.Col))
        self._texts = [tuple(self.cell(found, c) for c in columns) for found in self._rows]

    def text(self, found: R, column: int) -> str:
        return self._texts[found.id][column]

    def cell(self, found: R, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, found: R, column: int) -> str | None:
        return self.text(found, column) or None  # cut off in a narrow column

    def fit(self, view: QTableView) -> None:
        """Each column's width for its header and texts (measured once per
        reload); :meth:`share` fits them into the view's width."""
        view.ensurePolished()
        cells = view.fontMetrics()
        heads = view.horizontalHeader().fontMetrics()
        headers = self.headers()
        self.widths = []
        for column in range(len(self.Col)):
            # the longest texts are the widest, give or take a few letters
            longest = heapq.nlargest(MEASURED, (t[column] for t in self._texts), key=len)
            widest = max((cells.horizontalAdvance(text) for text in longest), default=0)
            self.widths.append(
                max(min(widest, MAX_TEXT_WIDTH) + 16, heads.horizontalAdvance(headers[column]) + 24)
            )
        self.share(view)

    def share(self, view: QTableView) -> None:
        """The measured widths, or, when they do not fit, the columns of
        times and numbers as measured and the others sharing what is left."""
        widths = getattr(self, "widths", None)
        if not widths:
            return
        # the scroll bar a long list is about to get takes its width too
        available = view.width() - 2 * view.frameWidth()
        rows = len(self._rows) * view.verticalHeader().defaultSectionSize()
        if rows > view.height() - view.horizontalHeader().height() - 2 * view.frameWidth():
            available -= view.verticalScrollBar().sizeHint().width()
        if sum(widths) > available:
            fixed = sum(widths[c] for c in self.FIXED_COLUMNS)
            flexible = [c for c in range(len(widths)) if c not in self.FIXED_COLUMNS]
            wanted = sum(widths[c] for c in flexible) or 1
            room = max(available - fixed, 48 * len(flexible))
            widths = [
                width if c in self.FIXED_COLUMNS else max(48, room * width // wanted)
                for c, width in enumerate(widths)
            ]
        for column, width in enumerate(widths):
            view.setColumnWidth(column, width)


class _IndexedModel(_TimedModel[R]):
    """Rows kept by the database's id (not by their place): texts looked up
    through the row's place."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._place: dict[int, int] = {}

    def _rows_set(self) -> None:
        super()._rows_set()
        self._place = {found.id: row for row, found in enumerate(self._rows)}

    def text(self, found: R, column: int) -> str:
        return self._texts[self._place[found.id]][column]


def _mark(person: Present) -> str:
    """ "Guest of …" or "Day pass" (one context for the lists that say it)."""
    if person.kind is PresentKind.GUEST:
        if person.host_name:
            return QCoreApplication.translate("TodayPage", "Guest of {0}").format(person.host_name)
        return QCoreApplication.translate("TodayPage", "Guest")
    if person.kind is PresentKind.DAY_PASS:
        return QCoreApplication.translate("TodayPage", "Day pass")
    return ""


class WhoIsInModel(_TimedModel[PersonRow]):
    """Who is in now, by organisation; an organisation's name is written out
    on its first row and greyed on the rows after it."""

    class Col(IntEnum):
        NAME = 0
        ORGANISATION = 1
        SINCE = 2
        NOTE = 3

    FIXED_COLUMNS = frozenset({Col.SINCE})

    def headers(self) -> Sequence[str]:
        return (self.tr("Name"), self.tr("Organisation"), self.tr("Since"), self.tr("Note"))

    def cell(self, found: PersonRow, column: int) -> str:
        person = found.person
        if column == self.Col.NAME:
            return person.name
        if column == self.Col.ORGANISATION:
            return person.organisation_name
        if column == self.Col.SINCE:
            return _hhmm(person.in_at, self.zone)
        return _mark(person)

    def foreground(self, found: PersonRow, column: int) -> QColor | None:
        if column == self.Col.ORGANISATION and found.id > 0:
            before = self._rows[found.id - 1].person.organisation_name
            if before == found.person.organisation_name:
                return GREY
        if column == self.Col.NOTE:
            return GREY
        return None


class RoomBookingModel(_TimedModel[BookingRow]):
    """Today's room bookings by time: those over greyed, those on now bold."""

    class Col(IntEnum):
        TIME = 0
        ROOM = 1
        TITLE = 2
        BOOKER = 3
        PEOPLE = 4

    NUMBER_COLUMNS = frozenset({Col.PEOPLE})
    FIXED_COLUMNS = frozenset({Col.TIME, Col.PEOPLE})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bold = QFont()
        self.bold.setBold(True)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Time"),
            self.tr("Room"),
            self.tr("Title"),
            self.tr("Booked by"),
            self.tr("People"),
        )

    def cell(self, found: BookingRow, column: int) -> str:
        line = found.line
        if column == self.Col.TIME:
            return f"{_hhmm(line.start_at, self.zone)}{DASH}{_hhmm(line.end_at, self.zone)}"
        if column == self.Col.ROOM:
            return line.space_name
        if column == self.Col.TITLE:
            return line.title
        if column == self.Col.BOOKER:
            return line.booker
        return _count(line.people) if line.people else ""

    def is_over(self, found: BookingRow) -> bool:
        return found.line.end_at <= self.now

    def is_on(self, found: BookingRow) -> bool:
        return found.line.start_at <= self.now < found.line.end_at

    def foreground(self, found: BookingRow, column: int) -> QColor | None:
        return GREY if self.is_over(found) else None

    def role_data(self, found: BookingRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and self.is_on(found):
            return self.bold
        return None


def _with(name: str, organisation: str) -> str:
    return f"{name} · {organisation}" if organisation else name


class GuestModel(_IndexedModel[VisitRecord]):
    """Today's guests by expected time (a guest's organisation after the
    name); those who came are greyed and say so."""

    class Col(IntEnum):
        EXPECTED = 0
        GUEST = 1
        HOST = 2
        STATUS = 3

    FIXED_COLUMNS = frozenset({Col.EXPECTED})

    def headers(self) -> Sequence[str]:
        return (self.tr("Expected"), self.tr("Guest"), self.tr("Host"), self.tr("Status"))

    def cell(self, found: VisitRecord, column: int) -> str:
        if column == self.Col.EXPECTED:
            return _hhmm(found.expected_at, self.zone)
        if column == self.Col.GUEST:
            return _with(found.guest_name, found.guest_organisation)
        if column == self.Col.HOST:
            return found.host_name
        if found.left_at is not None:
            return self.tr("left {0}").format(_hhmm(found.left_at, self.zone))
        if found.arrived_at is not None:
            return self.tr("arrived {0}").format(_hhmm(found.arrived_at, self.zone))
        return self.tr("expected")

    def foreground(self, found: VisitRecord, column: int) -> QColor | None:
        return GREY if found.arrived_at is not None else None


class ArrivalModel(_TimedModel[PersonRow]):
    """Who came in during the last hour, newest first; a guest or a
    day-pass holder says so after the organisation."""

    class Col(IntEnum):
        TIME = 0
        NAME = 1
        ORGANISATION = 2

    FIXED_COLUMNS = frozenset({Col.TIME})

    def headers(self) -> Sequence[str]:
        return (self.tr("In"), self.tr("Name"), self.tr("Organisation"))

    def cell(self, found: PersonRow, column: int) -> str:
        person = found.person
        if column == self.Col.TIME:
            return _hhmm(person.in_at, self.zone)
        if column == self.Col.NAME:
            return person.name
        mark = _mark(person)
        if not mark:
            return person.organisation_name
        if not person.organisation_name:
            return mark
        return f"{person.organisation_name} ({mark})"


class DayPassModel(_IndexedModel[DayPassRecord]):
    """The day passes sold today, in the order they were sold (the holder's
    organisation after the name)."""

    class Col(IntEnum):
        SOLD = 0
        NAME = 1
        PRICE = 2

    NUMBER_COLUMNS = frozenset({Col.PRICE})
    FIXED_COLUMNS = frozenset({Col.SOLD, Col.PRICE})

    def headers(self) -> Sequence[str]:
        return (self.tr("Sold"), self.tr("Name"), self.tr("Price"))

    def cell(self, found: DayPassRecord, column: int) -> str:
        if column == self.Col.SOLD:
            return _hhmm(found.sold_at, self.zone)
        if column == self.Col.NAME:
            return _with(found.name, found.organisation_name)
        return fmt.money(found.price)

    def tooltip(self, found: DayPassRecord, column: int) -> str | None:
        if column == self.Col.PRICE:
            if found.invoice_organisation_name:
                return self.tr("Invoiced to {0}").format(found.invoice_organisation_name)
            return self.tr("Paid at the desk ({0})").format(found.paid_with.value)
        return super().tooltip(found, column)


class VisitorLogModel(_TimedModel[PersonRow]):
    """A day's visitors by arrival: in, out (automatic at closing marked),
    name, kind, organisation, host."""

    class Col(IntEnum):
        IN = 0
        OUT = 1
        NAME = 2
        KIND = 3
        ORGANISATION = 4
        HOST = 5

    FIXED_COLUMNS = frozenset({Col.IN, Col.OUT})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("In"),
            self.tr("Out"),
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Organisation"),
            self.tr("Host"),
        )

    def kind_text(self, kind: PresentKind) -> str:
        return {
            PresentKind.MEMBER: self.tr("Member"),
            PresentKind.DAY_PASS: self.tr("Day pass"),
            PresentKind.GUEST: self.tr("Guest"),
        }[kind]

    def out_text(self, person: Present) -> str:
        if person.out_at is None:
            return self.tr("still in")
        out = _hhmm(person.out_at, self.zone)
        return self.tr("{0} (automatic)").format(out) if person.automatic_out else out

    def cell(self, found: PersonRow, column: int) -> str:
        person = found.person
        if column == self.Col.IN:
            return _hhmm(person.in_at, self.zone)
        if column == self.Col.OUT:
            return self.out_text(person)
        if column == self.Col.NAME:
            return person.name
        if column == self.Col.KIND:
            return self.kind_text(person.kind)
        if column == self.Col.ORGANISATION:
            return person.organisation_name
        return person.host_name

    def foreground(self, found: PersonRow, column: int) -> QColor | None:
        if column == self.Col.OUT and found.person.automatic_out:
            return GREY
        return None


# ------------------------------------------------------------------ widgets


class StatCard(QFrame):
    """A number with its caption and a line of detail."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        self.value = QLabel("…")
        self.value.setObjectName("statValue")
        self.caption = QLabel(title)
        self.caption.setObjectName("statCaption")
        self.detail = QLabel("")
        self.detail.setObjectName("statDetail")
        # a narrow window wraps the words rather than cutting them off
        self.caption.setWordWrap(True)
        self.detail.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)


class Section(QWidget):
    """A captioned list, or a short grey line when the list is empty."""

    def __init__(
        self, title: str, model: _TimedModel[Any], empty: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.caption = QLabel(title)
        self.caption.setObjectName("sectionTitle")
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        self.caption.setWordWrap(True)  # three captions share a narrow window
        layout.addWidget(self.caption)
        self.stack = QStackedWidget()
        self.view = record_table(model)
        self.view.setObjectName("todayList")
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.empty = QLabel(empty)
        self.empty.setObjectName("emptyNote")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

    def show_rows(self, rows: Sequence[Any], zone: ZoneInfo, now: datetime, count: str) -> None:
        self.model.show(rows, zone, now)
        self.model.fit(self.view)
        self.caption.setText(f"{self.title}  ·  {count}" if rows else self.title)
        self.stack.setCurrentWidget(self.view if rows else self.empty)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.model.share(self.view)

    @property
    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty


@dataclass(frozen=True)
class _Read:
    summary: TodaySummary
    zone: ZoneInfo


class TodayPage(Page):
    key = "today"

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(core, parent)
        self.summary: TodaySummary | None = None
        self.zone = ZoneInfo(DEFAULT_TIME_ZONE)
        self.reload_count = 0
        self.dialog: VisitorLogDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Today"))
        heading.setObjectName("pageTitle")
        self.day_label = QLabel("")
        self.day_label.setObjectName("statCaption")
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.day_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        self.updated = QLabel("")
        self.updated.setObjectName("statDetail")
        self.updated.setToolTip(self.tr("The page reads again by itself every 30 seconds"))
        top.addWidget(self.updated)
        top.addSpacing(8)
        self.log_button = QPushButton(self.tr("Visitor log…"))
        self.log_button.setAutoDefault(False)
        self.log_button.setToolTip(self.tr("Who came and left on a day (Ctrl+Shift+L)"))
        top.addWidget(self.log_button)
        layout.addLayout(top)

        cards = QHBoxLayout()
        cards.setSpacing(12)
        self.in_card = StatCard(self.tr("In now"))
        self.rooms_card = StatCard(self.tr("Rooms in use"))
        self.visits_card = StatCard(self.tr("Checked in today"))
        self.guests_card = StatCard(self.tr("Guests expected"))
        self.passes_card = StatCard(self.tr("Day passes"))
        for card in self.cards():
            cards.addWidget(card, 1)
        layout.addLayout(cards)

        self.who = Section(self.tr("Who is in"), WhoIsInModel(self), self.tr("Nobody is in yet."))
        self.bookings = Section(
            self.tr("Room bookings today"),
            RoomBookingModel(self),
            self.tr("No rooms are booked today."),
        )
        self.guests = Section(
            self.tr("Expected guests"), GuestModel(self), self.tr("No guests are expected today.")
        )
        self.arrivals = Section(
            self.tr("Arrivals in the last hour"),
            ArrivalModel(self),
            self.tr("Nobody came in during the last hour."),
        )
        self.day_passes = Section(
            self.tr("Day passes sold"), DayPassModel(self), self.tr("No day passes sold today.")
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(14)
        # the bookings have more columns than who is in; the guests more than
        # the arrivals and the day passes
        grid.addWidget(self.who, 0, 0, 1, 9)
        grid.addWidget(self.bookings, 0, 9, 1, 11)
        grid.addWidget(self.guests, 1, 0, 1, 8)
        grid.addWidget(self.arrivals, 1, 8, 1, 6)
        grid.addWidget(self.day_passes, 1, 14, 1, 6)
        for column in range(20):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        layout.addLayout(grid, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.log_button.clicked.connect(self._on_log_button_clicked)
        self.log_key = QShortcut(QKeySequence("Ctrl+Shift+L"), self)
        self.log_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.log_key.activated.connect(self._on_log_button_clicked)

    def title(self) -> str:
        return self.tr("Today")

    def cards(self) -> tuple[StatCard, ...]:
        return (self.in_card, self.rooms_card, self.visits_card, self.guests_card, self.passes_card)

    def sections(self) -> tuple[Section, ...]:
        return (self.who, self.bookings, self.guests, self.arrivals, self.day_passes)

    def focus_widget(self) -> QWidget | None:
        return self.who.view

    def concerns(self) -> set[str]:
        return set(CONCERNS)

    def now(self) -> datetime:
        """The moment the page shows, from the hub's clock."""
        now: datetime = self.core.now()
        return now

    def print_sheet(self) -> bool:
        """Ctrl+P: today's day sheet."""
        self.print_hub_sheet("day", self.now().astimezone(self.zone).date())
        return True

    # -- refreshing

    def on_data_changed(self, entities: set[str]) -> None:
        # a hidden page reads again when it is shown
        if entities & self.concerns() and self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # as a tick: a day left open is closed first
        self.timer.start()
        QTimer.singleShot(0, self._scroll_bookings)  # once the lists have their size

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()

    def _on_timer_timeout(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """What a tick does: whoever is still in after closing is checked out
        (when someone is signed in), then the page reads again."""
        before = self.reload_count
        if self.core.actor is not None:
            now = self.now()
            try:
                # a read first: a write only when there is something to close
                due = self.core.read(lambda s: frontdesk.closings_due(s, now))
                closed = self.core.write(lambda s: frontdesk.close_day(s, now)) if due else 0
            except HubdeskError:
                closed = 0
            if closed:
                # the window passes it on to every page, this one included
                self.data_changed.emit(set(CLOSED))
        if self.reload_count == before:
            self.reload()

    def reload(self) -> None:
        now = self.now()
        found = self.core.read(lambda s: _Read(frontdesk.today_summary(s, now), hub_zone(s)))
        self.reload_count += 1
        before, self.summary = self.summary, found.summary
        if (
            before is not None
            and found.zone == self.zone
            and dataclasses.replace(found.summary, now=before.now) == before
        ):
            # what a tick mostly finds: nothing new but the time
            self._show_time(found.summary.now)
            return
        self.zone = found.zone
        self._show(found.summary)

    def _show_time(self, now: datetime) -> None:
        local = now.astimezone(self.zone)
        self.day_label.setText(_long_day(local.date()))
        self.updated.setText(self.tr("Updated {0}").format(f"{local:%H:%M}"))
        model = self.bookings.model
        model.now = now  # which bookings are over, and on
        if model.rowCount():
            last = model.index(model.rowCount() - 1, model.columnCount() - 1)
            model.dataChanged.emit(model.index(0, 0), last)

    def _show(self, summary: TodaySummary) -> None:
        zone, now = self.zone, summary.now
        self._show_time(now)
        number = _count

        self.in_card.value.setText(number(summary.people_in))
        if summary.desk_capacity:
            percent = round(100 * summary.people_in / summary.desk_capacity)
            self.in_card.detail.setText(
                self.tr("{0}% of {1} desk places").format(percent, number(summary.desk_capacity))
            )
        else:
            self.in_card.detail.setText("")
        self.rooms_card.value.setText(number(summary.rooms_in_use))
        self.rooms_card.detail.setText(
            self.tr("of {0}; free now: {1}").format(
                number(summary.rooms), number(summary.rooms - summary.rooms_in_use)
            )
        )
        self.visits_card.value.setText(number(summary.checked_in_today))
        self.visits_card.detail.setText(
            self.tr("In the last hour: {0}").format(number(len(summary.arrivals)))
        )
        expected = summary.expected_guests
        self.guests_card.value.setText(number(len(expected)))
        self.guests_card.detail.setText(
            self.tr("Guests in now: {0}").format(number(summary.guests_in))
        )
        self.passes_card.value.setText(number(len(summary.day_passes)))
        self.passes_card.detail.setText(self.tr("Sold today"))

        people = [PersonRow(i, p) for i, p in enumerate(summary.present)]
        organisations = len({p.organisation_name for p in summary.present if p.organisation_name})
        self.who.show_rows(
            people,
            zone,
            now,
            self.tr("{0} people, {1} organisations").format(
                number(len(people)), number(organisations)
            ),
        )
        lines = [BookingRow(i, b) for i, b in enumerate(summary.room_bookings)]
        self.bookings.show_rows(lines, zone, now, number(len(lines)))
        self._scroll_bookings()
        self.guests.show_rows(summary.guests, zone, now, number(len(summary.guests)))
        arrivals = [PersonRow(i, p) for i, p in enumerate(summary.arrivals)]
        self.arrivals.show_rows(arrivals, zone, now, number(len(arrivals)))
        self.day_passes.show_rows(summary.day_passes, zone, now, number(len(summary.day_passes)))

    def _scroll_bookings(self) -> None:
        """The past bookings above, out of sight: the list opens at what is
        on now and next."""
        model = self.bookings.model
        assert isinstance(model, RoomBookingModel)
        first = next((row.id for row in model.rows() if not model.is_over(row)), None)
        if first is not None:
            self.bookings.view.scrollTo(
                model.index(first, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )

    # -- the visitor log

    def _on_log_button_clicked(self) -> None:
        self.open_visitor_log()

    def open_visitor_log(self, day: date | None = None) -> VisitorLogDialog:
        if self.dialog is not None:
            self.dialog.deleteLater()
        shown = day or self.now().astimezone(self.zone).date()
        self.dialog = VisitorLogDialog(self.core, shown, self)
        self.dialog.open()
        return self.dialog


# ---------------------------------------------------------- the visitor log


class VisitorLogDialog(QDialog):
    """Who was in on a day and when (``frontdesk.visitor_log``), to export."""

    def __init__(self, core: Any, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.setWindowTitle(self.tr("Visitor log"))
        self.resize(860, 520)
        self.last_box: Any = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        self.date.setDate(QDate(day.year, day.month, day.day))
        top.addWidget(self.date)
        top.addSpacing(12)
        self.count = QLabel("")
        self.count.setObjectName("statDetail")
        top.addWidget(self.count, 1)
        layout.addLayout(top)
        self.model = VisitorLogModel(self)
        self.stack = QStackedWidget()
        self.view = record_table(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.empty = QLabel(self.tr("Nobody came in on this day."))
        self.empty.setObjectName("emptyNote")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            self.tr("Export CSV…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.date.dateChanged.connect(self._on_date_date_changed)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.load()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.model.share(self.view)

    def day(self) -> date:
        shown = self.date.date()
        return date(shown.year(), shown.month(), shown.day())

    def set_day(self, day: date) -> None:
        self.date.setDate(QDate(day.year, day.month, day.day))

    def _on_date_date_changed(self, _value: QDate) -> None:
        self.load()

    def load(self) -> None:
        day = self.day()
        people, zone = self.core.read(lambda s: (frontdesk.visitor_log(s, day), hub_zone(s)))
        rows = [PersonRow(i, p) for i, p in enumerate(people)]
        self.model.show(rows, zone, self.core.now())
        self.model.fit(self.view)
        self.count.setText(self.tr("Visits: {0}").format(fmt.number(len(rows))) if rows else "")
        self.stack.setCurrentWidget(self.view if rows else self.empty)
        self.export_button.setEnabled(bool(rows))

    def csv_rows(self) -> list[list[str]]:
        model, zone = self.model, self.model.zone

        def moment(instant: datetime | None) -> str:
            return "" if instant is None else f"{instant.astimezone(zone):%Y-%m-%d %H:%M}"

        rows = [
            [
                self.tr("In"),
                self.tr("Out"),
                self.tr("Checked out at closing"),
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Organisation"),
                self.tr("Host"),
            ]
        ]
        for found in model.rows():
            person = found.person
            rows.append(
                [
                    moment(person.in_at),
                    moment(person.out_at),
                    self.tr("yes") if person.automatic_out else "",
                    person.name,
                    model.kind_text(person.kind),
                    person.organisation_name,
                    person.host_name,
                ]
            )
        return rows

    def export_to(self, path: Path) -> None:
        """Write the shown day's log to ``path`` (raises OSError)."""
        write_atomically(path, csv_bytes(self.csv_rows()))

    def _on_export_button_clicked(self) -> None:
        name = safe_file_name(self.tr("visitors {0}.csv").format(self.day().isoformat()))
        path = files.ask_save_path(
            self,
            title=self.tr("Export the visitor log"),
            suggested=name,
            file_filter=self.tr("CSV files (*.csv)"),
        )
        if path is None:
            return
        try:
            self.export_to(path)
        except OSError as error:
            self.last_box = warn(
                self, self.tr("The file could not be written: {0}").format(error.strerror or error)
            )
            return
        self.count.setText(self.tr("Exported to {0}").format(path.name))
