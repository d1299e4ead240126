"""Find a free room (F2): "is a room free at 3 for six people with a screen?"

The dialog opens on "now, for an hour" and lists the rooms free then as any
input changes, best fit first (the order of
:func:`hubdesk.services.availability.find_free_spaces`). Each change is one
read: the finder's own query, with the slot's price in its answer; what the
dialog needs besides (the rooms' amenities and capacities, to say why nothing
is free, and the day's opening hours) is read once per dialog or per day.

Enter or a double-click books the chosen room: the booking dialog opens
prefilled with the room and the time. After it saved, :attr:`booked` carries
the ids of the bookings it made and the finder closes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from enum import IntEnum
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain import wall_clock
from hubdesk.domain.errors import ValidationError
from hubdesk.services.availability import (
    ROOM_KINDS,
    FreeSpace,
    amenities_of_rooms,
    find_free_spaces,
)
from hubdesk.services.bookings import bookable_spaces
from hubdesk.services.directory import CAPACITY_MAX
from hubdesk.services.hub import hub_zone, opening_hours_on
from hubdesk.ui import format as fmt
from hubdesk.ui.fold_choice import FoldChoice
from hubdesk.ui.forms import warn
from hubdesk.ui.space_dialog import STANDARD_AMENITIES, amenity_text
from hubdesk.ui.table_model import RecordTableModel

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
GREY = QColor("#8a96a3")
#: The finder's steps: a quarter of an hour.
QUARTER = 15
#: Check boxes of amenities on one line.
NEEDS_PER_ROW = 5


def quarter_floor(moment: datetime) -> datetime:
    """``moment`` rounded down to the quarter hour (12:07 -> 12:00)."""
    return moment.replace(minute=moment.minute - moment.minute % QUARTER, second=0, microsecond=0)


# ---------------------------------------------------------------------- the model


class FreeRoomModel(RecordTableModel[FreeSpace]):
    """The free rooms, one :class:`FreeSpace` per row, in the finder's order."""

    class Col(IntEnum):
        NAME = 0
        FLOOR = 1
        SEATS = 2
        AMENITIES = 3
        PRICE = 4

    NUMBER_COLUMNS = frozenset({Col.FLOOR, Col.SEATS, Col.PRICE})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Room"),
            self.tr("Floor"),
            self.tr("Seats"),
            self.tr("Amenities"),
            self.tr("Price"),
        )

    def header_tooltip(self, column: int) -> str | None:
        if column == self.Col.PRICE:
            return self.tr("The list price of the room for this time, before any allowance")
        return None

    def foreground(self, found: FreeSpace, column: int) -> QColor | None:
        return GREY if column == self.Col.PRICE and not found.price.cents else None

    def tooltip(self, found: FreeSpace, column: int) -> str | None:
        if column in (self.Col.NAME, self.Col.AMENITIES):
            return self.text(found, column) or None
        return None

    def text(self, found: FreeSpace, column: int) -> str:
        if column == self.Col.NAME:
            return found.name
        if column == self.Col.FLOOR:
            return fmt.number(found.floor)
        if column == self.Col.SEATS:
            return fmt.number(found.capacity) if found.capacity else ""
        if column == self.Col.AMENITIES:
            return ", ".join(amenity_text(a) for a in found.amenities)
        return fmt.money(found.price) if found.price.cents else "\u2013"


# ----------------------------------------------------------------------- fields


class QuarterTimeEdit(QTimeEdit):
    """A time as HH:mm whose minutes step by a quarter of an hour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumWidth(90)

    def stepBy(self, steps: int) -> None:
        if self.currentSection() != QTimeEdit.Section.MinuteSection:
            super().stepBy(steps)
            return
        current = self.time()
        minutes = current.hour() * 60 + current.minute()
        if steps > 0:
            minutes = minutes - minutes % QUARTER + steps * QUARTER
        else:
            minutes = minutes - (minutes % QUARTER or QUARTER) + (steps + 1) * QUARTER
        minutes = max(0, min(minutes, 23 * 60 + 45))
        self.setTime(QTime(minutes // 60, minutes % 60))
        self.setCurrentSection(QTimeEdit.Section.MinuteSection)


def _py_time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _py_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


# ------------------------------------------------------------------- the dialog


class FreeRoomDialog(QDialog):
    """Which rooms are free for a time, people and needs; books the chosen one.

    ``booked`` is emitted with the ids of the bookings made through it (the
    window passes that on as ``data_changed({"booking"})``).
    """

    booked = Signal(object)

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.booking_dialog: Any = None
        self.last_warning: QMessageBox | None = None
        self.setWindowTitle(self.tr("Find a free room"))
        self.setMinimumSize(760, 520)
        #: The slot of the last search, None while the input is invalid.
        self.slot: tuple[datetime, datetime] | None = None
        self._hours: dict[date, tuple[time, time] | None] = {}
        self._keeping_duration = False
        zone, rooms, amenities = core.read(
            lambda s: (hub_zone(s), bookable_spaces(s, ROOM_KINDS), amenities_of_rooms(s))
        )
        self._tz: ZoneInfo = zone
        #: (capacity, folded amenities) of every room in use: why nothing is free
        self._rooms = [(r.capacity, {a.casefold() for a in r.amenities}) for r in rooms]

        now = quarter_floor(core.now().astimezone(self._tz))
        self.start_fold = FoldChoice()
        self.end_fold = FoldChoice()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setDate(QDate(now.year, now.month, now.day))
        self.start = QuarterTimeEdit()
        self.start.setTime(QTime(now.hour, now.minute))
        self.end = QuarterTimeEdit()
        end = now + timedelta(hours=1)
        self.end.setTime(QTime(end.hour, end.minute) if end.date() == now.date() else QTime(23, 59))
        self.people = QSpinBox()
        self.people.setRange(1, CAPACITY_MAX)
        self.people.setValue(1)
        self.people.setAlignment(_RIGHT)
        self.people.setMinimumWidth(80)
        self.people.setAccelerated(True)
        for edit in (self.day, self.start, self.end, self.people):
            edit.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.needs: dict[str, QCheckBox] = {}
        for amenity in _ordered(amenities):
            box = QCheckBox(amenity_text(amenity))
            box.setProperty("amenity", amenity)
            self.needs[amenity] = box

        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.hours_note = QLabel()
        self.hours_note.setObjectName("statDetail")
        self.hours_note.setWordWrap(True)

        self.model = FreeRoomModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        col = FreeRoomModel.Col
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(col.AMENITIES, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(col.NAME, 200)
        self.table.setColumnWidth(col.FLOOR, 60)
        self.table.setColumnWidth(col.SEATS, 60)
        self.table.setColumnWidth(col.PRICE, 100)

        self.empty = QLabel()
        self.empty.setObjectName("noFreeRoom")
        self.empty.setStyleSheet("color: #12324a; font-weight: 600;")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.count = QLabel()
        self.count.setObjectName("statDetail")
        self.hint = QLabel(self.tr("↓ goes to the list · Enter books the chosen room · Esc closes"))
        self.hint.setObjectName("statDetail")
        self.book_button = QPushButton(self.tr("Book…"))
        self.book_button.setDefault(True)
        self.book_button.setToolTip(self.tr("Book the chosen room for this time (Enter)"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self._build_layout()

        self.day.dateChanged.connect(self._on_day_date_changed)
        self.start.timeChanged.connect(self._on_start_time_changed)
        self.end.timeChanged.connect(self._on_end_time_changed)
        self.start_fold.chosen.connect(self.update_results)
        self.end_fold.chosen.connect(self.update_results)
        self.people.valueChanged.connect(self._on_people_value_changed)
        for box in self.needs.values():
            box.toggled.connect(self._on_need_toggled)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.book_button.clicked.connect(self._on_book_button_clicked)
        self.close_button.clicked.connect(self.reject)
        for widget in self.fields():
            widget.installEventFilter(self)
        self.table.installEventFilter(self)
        self._last_field: QWidget = self.start
        self._duration = self._span()
        self.update_results()
        self.start.setFocus()
        self.start.setCurrentSection(QTimeEdit.Section.HourSection)

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        for column, (text, widget) in enumerate(
            (
                (self.tr("&Date"), self.day),
                (self.tr("&From"), self.start),
                (self.tr("&To"), self.end),
                (self.tr("&People"), self.people),
            )
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            caption.setObjectName("statDetail")
            grid.addWidget(caption, 0, column)
            grid.addWidget(widget, 1, column)
        grid.setColumnStretch(4, 1)
        grid.addWidget(self.message, 2, 0, 1, 5)
        self.grid = grid
        layout.addLayout(grid)
        layout.addWidget(self.start_fold)
        layout.addWidget(self.end_fold)
        layout.addWidget(self.hours_note)
        if self.needs:
            needs = QGridLayout()
            needs.setHorizontalSpacing(18)
            needs.setVerticalSpacing(4)
            caption = QLabel(self.tr("Needs"))
            caption.setObjectName("statDetail")
            needs.addWidget(caption, 0, 0)
            for number, box in enumerate(self.needs.values()):
                needs.addWidget(box, number // NEEDS_PER_ROW, 1 + number % NEEDS_PER_ROW)
            needs.setColumnStretch(NEEDS_PER_ROW + 1, 1)
            layout.addLayout(needs)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.count)
        buttons.addSpacing(12)
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        order = [*self.fields(), self.table, self.book_button, self.close_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def fields(self) -> list[QWidget]:
        """The inputs, in tab order; Down in any of them goes to the list."""
        return [self.day, self.start, self.end, self.people, *self.needs.values()]

    # -- what is asked

    def chosen_needs(self) -> list[str]:
        return [amenity for amenity, box in self.needs.items() if box.isChecked()]

    def _span(self) -> timedelta:
        day = _py_date(self.day.date())
        start = datetime.combine(day, _py_time(self.start.time()))
        end = datetime.combine(day, _py_time(self.end.time()))
        return end - start

    def requested(self) -> tuple[datetime, datetime]:
        """The slot in the hub's zone, as the fields say it."""
        day = _py_date(self.day.date())
        return (
            datetime.combine(day, _py_time(self.start.time()), self._tz),
            datetime.combine(day, _py_time(self.end.time()), self._tz),
        )

    # -- the search

    def update_results(self) -> None:
        """Search again with what the fields say (one read)."""
        start, end = self.requested()
        self.start_fold.ask(start)  # a time that occurs twice: summer or winter time?
        self.end_fold.ask(end)
        folds = self.start_fold.fold(), self.end_fold.fold()
        people, needs = self.people.value(), self.chosen_needs()
        selected = self.selected()
        try:
            found: list[FreeSpace] = self.core.read(
                lambda s: find_free_spaces(
                    s,
                    start,
                    end,
                    people=people,
                    needs=needs,
                    start_fold=folds[0],
                    end_fold=folds[1],
                )
            )
        except ValidationError as error:
            self.slot = None
            self._show_invalid(error)
            self.model.set_rows([])
            self.empty.hide()
            self.count.clear()
            self._update_buttons()
            return
        # the instants (UTC): the booking dialog opened from here keeps the answer
        self.slot = (
            wall_clock.checked(start, folds[0], field="start_at"),
            wall_clock.checked(end, folds[1], field="end_at"),
        )
        self._show_invalid(None)
        self.model.set_rows(found)
        if found:
            row = self.model.row_of(selected.id) if selected is not None else None
            self.table.selectRow(row if row is not None else 0)
        self.empty.setText(self._nothing_free_text(people, needs) if not found else "")
        self.empty.setVisible(not found)
        if len(found) == 1:
            self.count.setText(self.tr("1 room is free"))
        else:
            self.count.setText(
                self.tr("{0} rooms are free").format(fmt.number(len(found))) if found else ""
            )
        self._update_hours_note(start, end)
        self._update_buttons()

    def _show_invalid(self, error: ValidationError | None) -> None:
        """The message under the field it is about (spin boxes keep their
        platform frame: the style sheet's red frame would break their arrows)."""
        if error is None:
            self.message.clear()
            self.message.hide()
            return
        columns = {"start_at": 1, "end_at": 2, "people": 3}
        column = columns.get(error.field, 0)
        self.grid.removeWidget(self.message)
        self.grid.addWidget(self.message, 2, column, 1, 5 - column)
        self.message.setText(error.message)
        self.message.show()
        self.hours_note.hide()

    def _nothing_free_text(self, people: int, needs: Sequence[str]) -> str:
        """Why the list is empty: no room of the hub is that large or has
        those needs (at any time), or every one that has is taken then."""
        who = (
            self.tr("1 person") if people == 1 else self.tr("{0} people").format(fmt.number(people))
        )
        wanted = {n.casefold() for n in needs}
        phrases = self.need_phrases()
        what = _listing([phrases.get(n.casefold(), amenity_text(n)) for n in needs])
        if not any(not cap or cap >= people for cap, _ in self._rooms):
            return self.tr("No room of the hub seats {0}.").format(who)
        if not any(wanted <= offered for _, offered in self._rooms):
            return self.tr("No room of the hub has {0}.").format(what)
        if not any(
            (not cap or cap >= people) and wanted <= offered for cap, offered in self._rooms
        ):
            return self.tr("No room of the hub seats {0} with {1}.").format(who, what)
        if needs:
            return self.tr("No room is free then for {0} with {1}; try another time.").format(
                who, what
            )
        return self.tr("No room is free then for {0}; try another time.").format(who)

    def need_phrases(self) -> dict[str, str]:
        """The standard amenities as a sentence names them ("with a screen")."""
        return {
            "screen": self.tr("a screen"),
            "phone": self.tr("a phone"),
            "whiteboard": self.tr("a whiteboard"),
            "video": self.tr("video calls"),
            "coffee": self.tr("coffee"),
            "accessible": self.tr("step-free access"),
        }

    def _update_hours_note(self, start: datetime, end: datetime) -> None:
        day = start.date()
        if day not in self._hours:
            self._hours[day] = self.core.read(lambda s: opening_hours_on(s, day))
        hours = self._hours[day]
        if hours is None:
            text = self.tr("The hub is closed on {0}; only a manager can book then.").format(
                fmt.day(day)
            )
        elif start.time() < hours[0] or end.time() > hours[1]:
            text = self.tr(
                "Outside opening hours, {0} to {1}: only a manager can book then."
            ).format(hours[0].strftime("%H:%M"), hours[1].strftime("%H:%M"))
        else:
            text = ""
        self.hours_note.setText(text)
        self.hours_note.setVisible(bool(text))

    # -- selection and booking

    def selected(self) -> FreeSpace | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.book_button.setEnabled(self.slot is not None and self.selected() is not None)

    def book(self) -> Any:
        """Open the booking dialog for the chosen room and the slot; returns it
        (None when there is nothing to book)."""
        found = self.selected()
        if found is None or self.slot is None:
            return None
        try:
            from hubdesk.ui.dialogs.booking import BookingDialog
        except ImportError:
            self.last_warning = warn(
                self, self.tr("Booking from the finder is not available in this version.")
            )
            return None
        start, end = self.slot
        dialog = BookingDialog(self.core, self, space_id=found.id, start=start, end=end)
        people = getattr(dialog, "people", None)
        if isinstance(people, QSpinBox):
            people.setValue(self.people.value())
        dialog.saved.connect(self._on_booking_dialog_saved)
        if self.booking_dialog is not None:
            self.booking_dialog.deleteLater()
        self.booking_dialog = dialog
        dialog.open()
        return dialog

    def _on_booking_dialog_saved(self, booking_ids: object) -> None:
        ids = list(booking_ids) if isinstance(booking_ids, list | tuple) else [booking_ids]
        self.booked.emit(ids)
        self.accept()

    # -- slots

    def _on_day_date_changed(self, _date: QDate) -> None:
        self.update_results()

    def _on_start_time_changed(self, value: QTime) -> None:
        """The end moves with the start, keeping the length asked for."""
        if self._duration > timedelta(0) and not self._keeping_duration:
            day = _py_date(self.day.date())
            end = datetime.combine(day, _py_time(value)) + self._duration
            if end.date() == day:
                self._keeping_duration = True
                try:
                    self.end.setTime(QTime(end.hour, end.minute))
                finally:
                    self._keeping_duration = False
        self.update_results()

    def _on_end_time_changed(self, _value: QTime) -> None:
        if self._keeping_duration:
            return
        self._duration = self._span()
        self.update_results()

    def _on_people_value_changed(self, _value: int) -> None:
        self.update_results()

    def _on_need_toggled(self, _checked: bool) -> None:
        self.update_results()

    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self.book()

    def _on_table_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _on_book_button_clicked(self) -> None:
        self.book()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in a field goes to the list; Up on its first row goes back to
        the field; Enter on the list books."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.table:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.book()
                return True
            current = self.table.currentIndex()
            if key == Qt.Key.Key_Up and (not current.isValid() or current.row() == 0):
                self._last_field.setFocus()
                return True
        elif (
            key == Qt.Key.Key_Down
            and isinstance(watched, QWidget)
            and not event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self._last_field = watched
            if self.model.rowCount():
                self.table.setFocus()
                if self.selected() is None:
                    self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)


def _ordered(amenities: Iterable[str]) -> list[str]:
    """The standard amenities first, in the space form's order, then the rest."""
    found = list(amenities)
    standard = {a: i for i, a in enumerate(STANDARD_AMENITIES)}
    return sorted(found, key=lambda a: (standard.get(a.casefold(), len(standard)), a.casefold()))


def _listing(words: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    from PySide6.QtCore import QCoreApplication

    if len(words) <= 1:
        return "".join(words)
    return QCoreApplication.translate("FreeRoomDialog", "{0} and {1}").format(
        ", ".join(words[:-1]), words[-1]
    )
