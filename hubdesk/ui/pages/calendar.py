"""The calendar: who has which room when, and booking by dragging.

Day view: the rooms (meeting rooms and event spaces) of one day as columns;
week view: the days of one room. Both are :class:`CalendarView`; each load is
one ``core.read`` of :func:`hubdesk.services.agenda.agenda` (one bookings
query). Above the grid, the flex desks reserved per half day
(:class:`FlexOccupancyModel`).

Dragging over free time, a double click or Enter opens the
:class:`BookingDialog`; dragging a block moves it (its bottom edge: resizes)
through :func:`~hubdesk.services.bookings.move_booking`, and a refusal is shown
in a warning while the block stays where it was.

Keys: Alt+Left / Page Up and Alt+Right / Page Down for the previous and next
day (or week), T or Ctrl+T for today, Alt+D / Alt+W for the day and week view;
in the grid the arrow keys move the selected quarter of an hour (Shift:
extend it) and Enter books it or opens the booking there. The view, the day
and the room of the week view are remembered while the program runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.clock import DEFAULT_TIME_ZONE
from hubdesk.domain.errors import HubdeskError
from hubdesk.services.agenda import Agenda, agenda, week_of
from hubdesk.services.bookings import (
    BookableSpace,
    BookingRecord,
    FlexDay,
    get_booking,
    move_booking,
)
from hubdesk.services.hub import opening_hours_on
from hubdesk.ui import format as fmt
from hubdesk.ui.calendar_view import (
    DASH,
    QUARTER,
    CalendarView,
    Column,
    at_minutes,
    minutes_of,
)
from hubdesk.ui.dialogs.booking import BookingDialog, next_quarter, span_text
from hubdesk.ui.forms import warn
from hubdesk.ui.pages.base import Page
from hubdesk.ui.space_dialog import kind_labels

_ROOT = QModelIndex()
#: A day's date (a ``date``) in the flex strip's cells.
DAY_ROLE = Qt.ItemDataRole.UserRole + 1
FULL = QColor("#fbe4e1")
FULL_TEXT = QColor("#8c1d18")
NEARLY_FULL = QColor("#fcefd4")


def short_day(day: date, *, with_month: bool = True) -> str:
    from babel.dates import format_date

    return format_date(day, "EEE d MMM" if with_month else "EEE d", locale=fmt.locale_name())


def long_day(day: date) -> str:
    from babel.dates import format_date

    return format_date(day, "full", locale=fmt.locale_name())


def weekday_name(day: date) -> str:
    from babel.dates import format_date

    return format_date(day, "EEE", locale=fmt.locale_name())


class FlexOccupancyModel(QAbstractTableModel):
    """Flex desks reserved per half day: one row, a column per day shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._days: list[FlexDay] = []
        self._long = True

    def set_days(self, days: Sequence[FlexDay]) -> None:
        self.beginResetModel()
        self._days = list(days)
        self._long = len(self._days) == 1
        self.endResetModel()

    def days(self) -> list[FlexDay]:
        return list(self._days)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() or not self._days else 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._days)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            if section != 0 or not self._days:
                return None
            if self._long:
                return self.tr("Flex desks")
            return self.tr("Flex desks (of {0})").format(self._days[0].desks)
        if 0 <= section < len(self._days):
            return short_day(self._days[section].day, with_month=self._long)
        return None

    def text(self, found: FlexDay) -> str:
        if self._long:
            return self.tr("{0}/{2} morning, {1}/{2} afternoon").format(
                found.morning, found.afternoon, found.desks
            )
        return self.tr("{0} · {1}").format(found.morning, found.afternoon)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or index.row() != 0 or not 0 <= index.column() < len(self._days):
            return None
        found = self._days[index.column()]
        busiest = max(found.morning, found.afternoon)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(found)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(
                "{0}: {1} of {3} flex desks reserved in the morning, {2} in the afternoon"
            ).format(long_day(found.day), found.morning, found.afternoon, found.desks)
        if role == Qt.ItemDataRole.BackgroundRole:
            if found.desks and busiest >= found.desks:
                return FULL
            if found.desks and busiest >= found.desks * 0.9:
                return NEARLY_FULL
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return FULL_TEXT if found.desks and busiest >= found.desks else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == DAY_ROLE:
            return found.day
        return None


class CalendarPage(Page):
    key = "calendar"

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(core, parent)
        self.zone = ZoneInfo(DEFAULT_TIME_ZONE)
        self.day: date | None = None
        self.mode = "day"
        self.space_id: int | None = None
        self.rooms: list[BookableSpace] = []
        self.data: Agenda | None = None
        self.dialog: BookingDialog | None = None
        self.last_warning: QMessageBox | None = None
        self._scrolled = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(6)
        self.heading = QLabel(self.tr("Calendar"))
        self.heading.setObjectName("pageTitle")
        # on a narrow window the heading gives way (clipped), never the buttons
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.heading.setMinimumWidth(120)
        top.addWidget(self.heading, 1)
        self.day_button = QPushButton(self.tr("&Day"))
        self.week_button = QPushButton(self.tr("&Week"))
        self.modes = QButtonGroup(self)
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.modes.addButton(button)
            top.addWidget(button)
        self.day_button.setChecked(True)
        self.space = QComboBox()
        self.space.setMinimumContentsLength(16)
        self.space.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.space.setToolTip(self.tr("The room whose week is shown"))
        top.addWidget(self.space)
        layout.addLayout(top)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.previous_button = QPushButton("◀")
        self.today_button = QPushButton(self.tr("Today"))
        self.next_button = QPushButton("▶")
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.new_button = QPushButton(self.tr("New booking…"))
        self.new_button.setToolTip(self.tr("Book a room or desk (Ctrl+N)"))
        for widget in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addWidget(self.date_edit)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        for button in (self.previous_button, self.today_button, self.next_button, self.new_button):
            button.setAutoDefault(False)
        layout.addLayout(bar)
        self.flex_model = FlexOccupancyModel(self)
        self.flex = QTableView()
        self.flex.setObjectName("flexStrip")
        self.flex.setModel(self.flex_model)
        self.flex.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.flex.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.flex.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.flex.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.flex.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.flex.horizontalHeader().setHighlightSections(False)
        self.flex.verticalHeader().setHighlightSections(False)
        self.flex.setWordWrap(False)
        self.flex.setToolTip(self.tr("Double-click a day to book a flex desk"))
        layout.addWidget(self.flex)

        self.view = CalendarView()
        self.view.grid.clock = core.clock
        self.view.set_tooltip_maker(self.tooltip)
        self.view.set_column_tooltip_maker(self.column_tooltip)
        layout.addWidget(self.view, 1)
        self.hint = QLabel(
            self.tr(
                "Drag over free time to book it; drag a booking to move it, its lower edge to "
                "change its end; double-click to open. € billable, ↻ part of a series."
            )
        )
        self.hint.setObjectName("statDetail")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.today_button.clicked.connect(self._on_today_button_clicked)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.date_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self.modes.buttonToggled.connect(self._on_modes_button_toggled)
        self.space.currentIndexChanged.connect(self._on_space_current_index_changed)
        self.flex.activated.connect(self._on_flex_activated)
        self.view.create_requested.connect(self._on_view_create_requested)
        self.view.move_requested.connect(self._on_view_move_requested)
        self.view.edit_requested.connect(self._on_view_edit_requested)
        self._shortcuts: list[QShortcut] = []
        for keys, slot in (
            ("Alt+Left", self.go_previous),
            ("PgUp", self.go_previous),
            ("Alt+Right", self.go_next),
            ("PgDown", self.go_next),
            ("T", self.go_today),
            ("Ctrl+T", self.go_today),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)
        self.previous_button.setToolTip(self.tr("Previous day (Alt+Left, Page Up)"))
        self.next_button.setToolTip(self.tr("Next day (Alt+Right, Page Down)"))
        self.today_button.setToolTip(self.tr("Today (T)"))
        self._update_mode_widgets()

    # -- Page

    def title(self) -> str:
        return self.tr("Calendar")

    def focus_widget(self) -> QWidget | None:
        """The grid: the day keys (PageUp/PageDown, T, arrows) work at once."""
        return self.view.grid

    def concerns(self) -> set[str]:
        return {"booking", "space", "settings"}

    def can_add(self) -> bool:
        return self.core.actor is not None

    def add_new(self) -> None:
        self.open_new()

    def reload(self) -> None:
        """Read the shown day (or week) again: one ``core.read``."""
        if self.day is None:
            self.zone = self.core.read(_zone)
            self.day = self.today()
        day = self.day
        if self.mode == "day":
            found = self.core.read(lambda s: agenda(s, day, 1))
        else:
            monday = week_of(day)
            space_ids = [self.space_id] if self.space_id is not None else []
            found = self.core.read(lambda s: agenda(s, monday, 7, space_ids=space_ids))
            known = any(r.id == self.space_id for r in found.rooms)
            if not known and found.rooms:
                self.space_id = found.rooms[0].id
                room = [self.space_id]
                found = self.core.read(lambda s: agenda(s, monday, 7, space_ids=room))
        self.data = found
        self.zone = found.zone
        self.rooms = list(found.rooms)
        self._fill_space_combo()
        self.view.set_data(self.columns(found), found.bookings, found.zone, found.usual_hours)
        self.flex_model.set_days(found.flex if found.flex and found.flex[0].desks else [])
        self._fit_flex()
        self._update_heading()
        if not self._scrolled:
            self._scrolled = True
            self.scroll_to_start()

    # -- what is shown

    def today(self) -> date:
        today: date = self.core.today(self.zone)
        return today

    def print_sheet(self) -> bool:
        """Ctrl+P: the day sheet of the day shown; in the week view the door
        sheet of the room shown, for that week."""
        day = self.day or self.today()
        if self.mode == "day":
            self.print_hub_sheet("day", day)
        else:
            monday = week_of(day)
            rooms = [self.space_id] if self.space_id is not None else None
            self.print_hub_sheet("rooms", monday, monday + timedelta(days=6), space_ids=rooms)
        return True

    def columns(self, found: Agenda) -> list[Column]:
        if self.mode == "day":
            hours = found.days[0].hours
            return [
                Column(
                    room.id,
                    found.days[0].day,
                    room.name,
                    self.tr("{0} people").format(room.capacity) if room.capacity else "",
                    hours,
                    room.buffer_minutes,
                )
                for room in found.rooms
            ]
        room = next((r for r in found.rooms if r.id == self.space_id), None)
        if room is None:
            return []
        columns = []
        for day_hours in found.days:
            closed = day_hours.hours is None
            columns.append(
                Column(
                    room.id,
                    day_hours.day,
                    weekday_name(day_hours.day) if closed else short_day(day_hours.day),
                    str(day_hours.day.day)
                    if closed
                    else f"{day_hours.hours[0]:%H:%M}{DASH}{day_hours.hours[1]:%H:%M}"
                    if day_hours.hours
                    else "",
                    day_hours.hours,
                    room.buffer_minutes,
                    narrow=closed,
                    tooltip=long_day(day_hours.day)
                    + ("" if not closed else " — " + self.tr("the hub is closed")),
                )
            )
        return columns

    def column_tooltip(self, column: Column) -> str:
        """A room's kind, floor, size, buffer and price; a day's date."""
        if column.tooltip or self.mode == "week":
            return column.tooltip or column.title
        room = next((r for r in self.rooms if r.id == column.space_id), None)
        if room is None:
            return column.title
        kinds = kind_labels()
        parts = [kinds.get(room.kind, ""), self.tr("floor {0}").format(room.floor)]
        if room.capacity:
            parts.append(self.tr("{0} people").format(room.capacity))
        if room.buffer_minutes:
            parts.append(self.tr("{0} min to tidy up after a booking").format(room.buffer_minutes))
        if room.rates.hour is not None:
            parts.append(self.tr("{0} an hour").format(fmt.money(room.rates.hour)))
        return f"{room.name}\n" + ", ".join(p for p in parts if p)

    def _fill_space_combo(self) -> None:
        self.space.blockSignals(True)
        self.space.clear()
        for room in self.rooms:
            self.space.addItem(room.name, room.id)
        index = self.space.findData(self.space_id) if self.space_id is not None else -1
        self.space.setCurrentIndex(max(index, 0) if self.rooms else -1)
        self.space.blockSignals(False)

    def _fit_flex(self) -> None:
        shown = self.flex_model.columnCount() > 0
        self.flex.setVisible(shown)
        if shown:
            self.flex.horizontalHeader().setVisible(self.mode == "week")
            self.flex.resizeRowsToContents()
            height = self.flex.rowHeight(0) + 2 * self.flex.frameWidth()
            if self.mode == "week":
                height += self.flex.horizontalHeader().sizeHint().height()
            self.flex.setFixedHeight(height)

    def _update_heading(self) -> None:
        day = self.day or self.today()
        if self.mode == "day":
            text = long_day(day)
            if day == self.today():
                text = self.tr("Today, {0}").format(text)
        else:
            monday = week_of(day)
            sunday = monday + timedelta(days=6)
            first = str(monday.day) if monday.month == sunday.month else fmt.day(monday)
            days = f"{first} {DASH} {fmt.day(sunday)}"
            text = self.tr("Week {0}: {1}").format(monday.isocalendar().week, days)
        self.heading.setText(text)
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)

    def _update_mode_widgets(self) -> None:
        week = self.mode == "week"
        self.space.setVisible(week)
        unit = self.tr("week") if week else self.tr("day")
        self.previous_button.setToolTip(self.tr("Previous {0} (Alt+Left, Page Up)").format(unit))
        self.next_button.setToolTip(self.tr("Next {0} (Alt+Right, Page Down)").format(unit))

    def scroll_to_start(self) -> None:
        """Show the current time on today, else the opening."""
        grid = self.view.grid
        if self.day == self.today() and grid.first_minute <= grid.now_minute <= grid.last_minute:
            self.view.scroll_to_minute(max(grid.now_minute - 60, grid.first_minute))
        else:
            self.view.scroll_to_minute(grid.first_minute + 45)

    def tooltip(self, booking: BookingRecord) -> str:
        lines = [
            f"{span_text(booking.start_at, booking.end_at, self.zone)} · {booking.space_name}",
        ]
        if booking.title:
            lines.append(booking.title)
        if booking.booker:
            lines.append(booking.booker)
        lines.append(
            self.tr("1 person")
            if booking.people == 1
            else self.tr("{0} people").format(booking.people)
        )
        if booking.billable:
            lines.append(self.tr("{0} billable").format(fmt.money(booking.price)))
        elif booking.member_id is not None or booking.organisation_id is not None:
            lines.append(self.tr("Included in the plan"))
        else:
            lines.append(self.tr("No charge"))
        if booking.series_id is not None:
            lines.append(self.tr("Part of a series"))
        if booking.notes:
            lines.append(booking.notes)
        return "\n".join(lines)

    # -- moving through time

    def show_day(self, day: date) -> None:
        self.day = day
        self.reload()

    def go_previous(self) -> None:
        self.show_day((self.day or self.today()) - timedelta(days=7 if self.mode == "week" else 1))

    def go_next(self) -> None:
        self.show_day((self.day or self.today()) + timedelta(days=7 if self.mode == "week" else 1))

    def go_today(self) -> None:
        self.show_day(self.today())
        self.scroll_to_start()

    def set_mode(self, mode: str) -> None:
        """ "day" or "week"."""
        if mode == self.mode:
            return
        self.mode = mode
        (self.week_button if mode == "week" else self.day_button).setChecked(True)
        self._update_mode_widgets()
        self.reload()

    def show_week_of(self, space_id: int) -> None:
        self.space_id = space_id
        if self.mode == "week":
            self.reload()
        else:
            self.set_mode("week")

    # -- booking

    def open_booking(
        self,
        *,
        booking_id: int | None = None,
        space_id: int | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        flex_pool: bool = False,
    ) -> BookingDialog | None:
        try:
            dialog = BookingDialog(
                self.core,
                self,
                booking_id=booking_id,
                space_id=space_id,
                start=start,
                end=end,
                flex_pool=flex_pool,
            )
        except HubdeskError as error:
            self._warn(error)
            self.reload()
            return None
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.reject()
        self.dialog = dialog
        dialog.saved.connect(self._on_dialog_saved)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()
        return dialog

    def open_new(self) -> BookingDialog | None:
        """Ctrl+N: a booking from the next free quarter of an hour today, in
        the room selected in the grid (if any)."""
        start = next_quarter(self.core.now().astimezone(self.zone))
        shown = self.day or self.today()
        if shown != start.date():
            # another day on screen: from its opening (or 09:00 when closed)
            hours = self.core.read(lambda s: opening_hours_on(s, shown))
            opens = hours[0] if hours is not None else time(9)
            start = datetime.combine(shown, opens, self.zone)
        grid = self.view.grid
        space_id = None
        if self.mode == "week":
            space_id = self.space_id
        elif grid.hasFocus() and grid.columns:
            space_id = grid.columns[grid.cursor_column].space_id
        if space_id is not None and self.day == self.today():
            column = next(
                (
                    n
                    for n, c in enumerate(grid.columns)
                    if c.space_id == space_id and c.day == self.day
                ),
                None,
            )
            if column is not None:
                minute = minutes_of(start, start.date(), self.zone)
                while minute < grid.last_minute:
                    low, high = grid.free_range(column, minute)
                    if high - minute >= QUARTER and low <= minute:
                        break
                    minute += QUARTER
                start = at_minutes(start.date(), minute, self.zone)
        return self.open_booking(space_id=space_id, start=start, end=start + timedelta(hours=1))

    def _on_dialog_saved(self, ids: object) -> None:
        self.reload()
        self.data_changed.emit({"booking"})
        found = list(ids) if isinstance(ids, list | tuple) else []
        if len(found) > 1:
            self.notify(self.tr("{0} bookings saved.").format(len(found)))
            return
        try:
            record = self.core.read(lambda s: get_booking(s, int(found[0]))) if found else None
        except HubdeskError:
            record = None
        if record is None:
            self.notify(self.tr("Saved."))
            return
        # name the space: a desk from the flex pool is only known from here
        self.notify(
            self.tr("Saved: {0}, {1}").format(
                record.space_name, span_text(record.start_at, record.end_at, self.zone)
            )
        )

    def _on_dialog_finished(self, _result: int) -> None:
        """A dialog is made for each booking opened: the closed one goes (the
        desk opens hundreds a day)."""
        dialog = self.sender()
        if isinstance(dialog, BookingDialog):
            if dialog is self.dialog:
                self.dialog = None
            dialog.deleteLater()
        self.view.setFocus()

    def reschedule(self, booking_id: int, start: datetime, end: datetime, space_id: int) -> bool:
        """Move or resize a booking; a refusal is shown and nothing moves."""
        actor = self.core.require_actor()
        try:
            moved: BookingRecord = self.core.write(
                lambda s: move_booking(
                    s, booking_id, actor, start_at=start, end_at=end, space_id=space_id
                )
            )
        except HubdeskError as error:
            self._warn(error)
            self.view.grid.update()
            return False
        self.reload()
        self.data_changed.emit({"booking"})
        self.notify(
            self.tr("Moved to {0}, {1}.").format(
                moved.space_name, span_text(moved.start_at, moved.end_at, self.zone)
            )
        )
        return True

    def _warn(self, error: HubdeskError | str) -> QMessageBox:
        if self.last_warning is not None:
            self.last_warning.deleteLater()
        self.last_warning = warn(self, error)
        return self.last_warning

    # -- slots

    def _on_previous_button_clicked(self) -> None:
        self.go_previous()

    def _on_next_button_clicked(self) -> None:
        self.go_next()

    def _on_today_button_clicked(self) -> None:
        self.go_today()

    def _on_new_button_clicked(self) -> None:
        self.open_new()

    def _on_date_edit_date_changed(self, value: QDate) -> None:
        self.show_day(date(value.year(), value.month(), value.day()))

    def _on_modes_button_toggled(self, button: QPushButton, checked: bool) -> None:
        if checked:
            self.set_mode("week" if button is self.week_button else "day")

    def _on_space_current_index_changed(self, _index: int) -> None:
        data = self.space.currentData()
        if data is not None and data != self.space_id:
            self.space_id = int(data)
            self.reload()

    def _on_flex_activated(self, index: QModelIndex) -> None:
        day = index.data(DAY_ROLE)
        if not isinstance(day, date) or self.data is None:
            return
        hours = next((d.hours for d in self.data.days if d.day == day), None)
        if hours is None:
            self._warn(self.tr("The hub is closed on {0}").format(long_day(day)))
            return
        start = datetime.combine(day, hours[0], self.zone)
        end = datetime.combine(day, hours[1], self.zone)
        self.open_booking(start=start, end=end, flex_pool=True)

    def _on_view_create_requested(self, space_id: int, start: datetime, end: datetime) -> None:
        self.open_booking(space_id=space_id, start=start, end=end)

    def _on_view_move_requested(
        self, booking_id: int, start: datetime, end: datetime, space_id: int
    ) -> None:
        self.reschedule(booking_id, start, end, space_id)

    def _on_view_edit_requested(self, booking_id: int) -> None:
        self.open_booking(booking_id=booking_id)


def _zone(session: Any) -> ZoneInfo:
    from hubdesk.services.hub import hub_zone

    return hub_zone(session)
