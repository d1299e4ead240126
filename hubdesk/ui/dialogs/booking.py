"""Booking a space, or changing and cancelling a booking.

:class:`BookingDialog` is opened by the calendar (after a drag, a double
click, Ctrl+N) and by the free-room finder, prefilled with a space and a time;
with ``booking_id`` it changes that booking. It is window-modal and does not
block: open it with ``open()`` (``exec()`` works too) and connect
``saved(ids)``, emitted with the ids of the bookings created, changed or
cancelled just before the dialog accepts.

While the form is filled in, the price is asked from the service
(:func:`~hubdesk.services.bookings.quote`) 150 ms after the last change: the
list price, what the booker's plan has left this month and what will be
charged. A value the service refuses is shown at its field, but not while that
field is being typed in and not for a field the user has not reached yet (an
empty booker is priced as an outside customer meanwhile). Save shows every
refusal at its field.

A repeating booking is stored with :func:`~hubdesk.services.series.create_series`;
when some of its dates are taken, :class:`SeriesConflictsDialog` lists each of
them and offers to book the others or none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain import wall_clock
from hubdesk.domain.enums import BookingStatus, SpaceKind
from hubdesk.domain.errors import HubdeskError, ValidationError
from hubdesk.services import clock, directory
from hubdesk.services.bookings import (
    HALF_DAY_SPLIT,
    BookableSpace,
    BookingRecord,
    BookingRequest,
    Quote,
    StatusEntry,
    bookable_spaces,
    cancel_booking,
    cancellation_terms,
    create_booking,
    get_booking,
    quote,
    status_history,
    update_booking,
)
from hubdesk.services.directory import MemberRecord, OrganisationRecord
from hubdesk.services.hub import hub_zone, opening_hours_on
from hubdesk.services.series import (
    Frequency,
    Recurrence,
    SeriesConflicts,
    SeriesResult,
    cancel_following,
    create_series,
    series_dates,
)
from hubdesk.ui import format as fmt
from hubdesk.ui.calendar_view import DASH
from hubdesk.ui.dialogs.member import OrganisationCombo
from hubdesk.ui.dialogs.organisation import MESSAGE_WIDTH, text_box
from hubdesk.ui.fold_choice import FoldChoice
from hubdesk.ui.forms import FieldErrors, warn
from hubdesk.ui.space_dialog import kind_labels

QUARTER = 15
#: Quiet time after the last change before the price is asked again.
QUOTE_DELAY_MS = 150
#: The space combo's data for "the flex pool (any free desk)".
FLEX_POOL = -1
#: Priced as this outside customer while no booker is chosen yet.
PLACEHOLDER_CUSTOMER = "…"
#: Fields whose values the price depends on (the series' fields are checked
#: only when saving).
QUOTED_FIELDS = ("space_id", "start_at", "end_at", "people", "booker", "title", "customer_name")
SERIES_FIELDS = ("interval", "until", "count", "weekdays", "nth")


def next_quarter(moment: datetime) -> datetime:
    """The first quarter of an hour after ``moment`` (itself if it is one)."""
    base = moment.replace(second=0, microsecond=0)
    extra = (-base.minute) % QUARTER
    if extra == 0 and (moment.second or moment.microsecond):
        extra = QUARTER
    return base + timedelta(minutes=extra)


def duration_text(minutes: int) -> str:
    """3 h 30, 8 h, 45 min."""
    hours, rest = divmod(max(minutes, 0), 60)
    if hours and rest:
        return QCoreApplication.translate("booking", "{0} h {1}").format(hours, f"{rest:02d}")
    if hours:
        return QCoreApplication.translate("booking", "{0} h").format(hours)
    return QCoreApplication.translate("booking", "{0} min").format(rest)


def days_text(half_days: int) -> str:
    """Half days as days: 7, 3½."""
    whole, half = divmod(max(half_days, 0), 2)
    if half:
        return f"{whole}½" if whole else "½"
    return str(whole)


def month_name(day: date) -> str:
    from babel.dates import format_date

    return format_date(day, "LLLL", locale=fmt.locale_name())


def local_day(day: date) -> str:
    """Mon 21 Dec 2026 (the language's short weekday and month)."""
    from babel.dates import format_date

    return format_date(day, "EEE d MMM y", locale=fmt.locale_name())


def span_text(start: datetime, end: datetime, zone: ZoneInfo) -> str:
    """Mon 21 Dec 2026, 10:00-11:00 (an en dash) in the hub's zone."""
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    first = local_day(local_start.date())
    if local_end.date() != local_start.date():
        last = local_day(local_end.date())
        return f"{first} {local_start:%H:%M} {DASH} {last} {local_end:%H:%M}"
    return f"{first}, {local_start:%H:%M}{DASH}{local_end:%H:%M}"


def price_text(found: Quote) -> str:
    """The price line: list price, what the plan has left, what is charged."""
    price = fmt.money(found.list_price)
    allowance = found.allowance
    if found.list_price.cents == 0 and not found.billable:
        return QCoreApplication.translate("booking", "No charge")
    if allowance is None or not found.unit:
        return QCoreApplication.translate("booking", "List price {0}: {1} will be charged").format(
            price, fmt.money(found.charge)
        )
    month = month_name(allowance.month)
    if not allowance.has_plan:
        left = QCoreApplication.translate("booking", "No plan in {0}").format(month)
    elif found.unit == "room":
        left = QCoreApplication.translate(
            "booking", "{0} of {1} meeting-room hours left in {2}"
        ).format(
            duration_text(allowance.room_minutes_left), duration_text(allowance.room_minutes), month
        )
    elif allowance.flex_units is None:
        left = QCoreApplication.translate("booking", "Unlimited flex days in {0}").format(month)
    else:
        left = QCoreApplication.translate("booking", "{0} of {1} flex days left in {2}").format(
            days_text(allowance.flex_units_left or 0), days_text(allowance.flex_units), month
        )
    first = QCoreApplication.translate("booking", "List price {0}").format(price) + "\n" + left
    if not found.billable:
        second = QCoreApplication.translate("booking", "Covered by the allowance: nothing to pay")
    elif found.covered_minutes and found.unit == "room":
        second = QCoreApplication.translate(
            "booking", "{0} covered · {1} billable beyond the allowance"
        ).format(duration_text(found.covered_minutes), fmt.money(found.charge))
    else:
        second = QCoreApplication.translate("booking", "{0} billable beyond the allowance").format(
            fmt.money(found.charge)
        )
    return f"{first}\n{second}"


def framed(widget: QWidget) -> QFrame:
    """``widget`` in a thin frame that turns red when its field is refused:
    combo, spin and time boxes keep their own look (a style sheet on them
    breaks their arrows)."""
    frame = QFrame()
    frame.setObjectName("fieldFrame")
    layout = QHBoxLayout(frame)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    frame.setFocusProxy(widget)
    frame.setSizePolicy(widget.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Fixed)
    return frame


class QuarterTimeEdit(QTimeEdit):
    """A time field that steps by a quarter of an hour in its minutes (the
    arrow keys and the mouse wheel) and by an hour in its hours; any time can
    still be typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.setCurrentSection(QTimeEdit.Section.MinuteSection)

    def stepBy(self, steps: int) -> None:
        if self.currentSection() != QTimeEdit.Section.MinuteSection:
            super().stepBy(steps)
            return
        now = self.time()
        minutes = now.hour() * 60 + now.minute()
        if minutes % QUARTER and steps:
            minutes = (minutes // QUARTER + (1 if steps > 0 else 0)) * QUARTER
            steps -= 1 if steps > 0 else -1
        minutes = min(max(minutes + steps * QUARTER, 0), 24 * 60 - QUARTER)
        self.setTime(QTime(minutes // 60, minutes % 60))
        self.setCurrentSection(QTimeEdit.Section.MinuteSection)

    def stepEnabled(self) -> QTimeEdit.StepEnabledFlag:
        return QTimeEdit.StepEnabledFlag.StepUpEnabled | QTimeEdit.StepEnabledFlag.StepDownEnabled

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves the field for the next one of the form (hours and
        minutes are reached by typing or the arrow keys). Walked by hand: the
        spin box's own line edit in the focus chain otherwise sends Tab back
        and forth between the two time fields."""
        widget: QWidget | None = self
        while True:
            assert widget is not None
            widget = widget.nextInFocusChain() if next else widget.previousInFocusChain()
            if widget is None or widget is self:
                return False
            if (
                widget.window() is self.window()
                and not self.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                target = widget
                outer = target.parent()
                while isinstance(outer, QAbstractSpinBox | QComboBox):
                    target, outer = outer, outer.parent()  # an inner line edit: its field
                target.setFocus(
                    Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
                )
                return True


class LiveErrors(FieldErrors):
    """Field messages; :meth:`show_quietly` puts one under its field without
    taking the focus or resizing the window (for the live price check)."""

    def __init__(self) -> None:
        super().__init__()
        self.widgets: dict[str, tuple[QWidget, QLabel]] = {}

    def add(self, field: str, widget: QWidget) -> QLabel:
        label = super().add(field, widget)
        self.widgets[field] = (widget, label)
        return label

    def show_quietly(self, error: ValidationError) -> bool:
        found = self.widgets.get(error.field)
        if found is None:
            return False
        widget, label = found
        label.setText(error.message)
        label.show()
        widget.setProperty("invalid", True)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        return True


@dataclass(frozen=True)
class _Context:
    zone: ZoneInfo
    spaces: list[BookableSpace]
    #: Opening hours per weekday (0 = Monday).
    hours: dict[int, tuple[time, time] | None]
    organisations: list[OrganisationRecord]
    record: BookingRecord | None
    history: list[StatusEntry]


def _context(session: Any, booking_id: int | None) -> _Context:
    zone = hub_zone(session)
    today = clock.today(session, zone)
    hours = {
        (today + timedelta(days=n)).weekday(): opening_hours_on(session, today + timedelta(days=n))
        for n in range(7)
    }
    record = get_booking(session, booking_id) if booking_id is not None else None
    history = status_history(session, booking_id) if booking_id is not None else []
    return _Context(
        zone,
        bookable_spaces(session),
        hours,
        directory.list_organisations(session),
        record,
        history,
    )


class BookingDialog(QDialog):
    """Book a space (prefilled from the arguments) or change ``booking_id``.
    ``flex_pool`` preselects "any free flex desk"."""

    saved = Signal(object)

    def __init__(
        self,
        core: Any,
        parent: QWidget | None = None,
        *,
        booking_id: int | None = None,
        space_id: int | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        flex_pool: bool = False,
    ) -> None:
        super().__init__(parent)
        self.core = core
        self.actor = core.require_actor()
        self.booking_id = booking_id
        context = core.read(lambda s: _context(s, booking_id))
        self.zone: ZoneInfo = context.zone
        self.record: BookingRecord | None = context.record
        self.history = context.history
        self._hours = context.hours
        self._spaces = {space.id: space for space in context.spaces}
        self.quote: Quote | None = None
        self.series_result: SeriesResult | None = None
        self.saved_ids: list[int] = []
        self.last_warning: QMessageBox | None = None
        self.last_question: QMessageBox | None = None
        self.last_message: QMessageBox | None = None
        self.conflicts_dialog: SeriesConflictsDialog | None = None
        self._member_id: int | None = None
        self._member_hits: list[MemberRecord] = []
        self._end_days = 0
        self._last_start: QTime | None = None
        self._touched: set[str] = set()
        self._weekdays_touched = False
        self._loading = True
        self.errors = LiveErrors()
        editing = self.record is not None
        self.setWindowTitle(self.tr("Change booking") if editing else self.tr("New booking"))

        # -- fields
        self.space = QComboBox()
        self.space.setEditable(True)
        self.space.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.space.setMaxVisibleItems(18)
        completer = QCompleter(self.space.model(), self.space)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.space.setCompleter(completer)
        edit = self.space.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("Type to search rooms and desks"))
        self._fill_spaces(context.spaces)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        self.start = QuarterTimeEdit()
        self.end = QuarterTimeEdit()
        self.start_fold = FoldChoice()
        self.end_fold = FoldChoice()
        self.next_day = QLabel()
        self.next_day.setObjectName("statDetail")
        self.whole_day = QPushButton(self.tr("Whole day"))
        self.morning = QPushButton(self.tr("Morning"))
        self.afternoon = QPushButton(self.tr("Afternoon"))
        for button in (self.whole_day, self.morning, self.afternoon):
            button.setAutoDefault(False)
        self.override_hours = QCheckBox(self.tr("Outside opening hours"))
        self.override_hours.setToolTip(self.tr("Managers may book before opening or after closing"))
        self.override_hours.setVisible(bool(self.actor.is_manager))

        self.as_member = QRadioButton(self.tr("&Member"))
        self.as_organisation = QRadioButton(self.tr("&Organisation"))
        self.as_customer = QRadioButton(self.tr("O&utside customer"))
        self.booker_kind = QButtonGroup(self)
        for number, kind in enumerate((self.as_member, self.as_organisation, self.as_customer)):
            self.booker_kind.addButton(kind, number)
        self.member = QLineEdit()
        self.member.setPlaceholderText(self.tr("Type a member's name"))
        self.member.setClearButtonEnabled(True)
        self._member_model = QStandardItemModel(self)
        self.member_completer = QCompleter(self._member_model, self)
        self.member_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.member_completer.setWidget(self.member)
        self.member_completer.setMaxVisibleItems(12)
        self.organisation = OrganisationCombo()
        self.organisation.set_organisations(context.organisations, None)
        self.organisation.setCurrentIndex(-1)
        self.customer = QLineEdit()
        self.customer.setPlaceholderText(self.tr("The customer's name, as it goes on the invoice"))
        self.booker = QStackedWidget()
        for widget in (self.member, self.organisation, self.customer):
            self.booker.addWidget(widget)
        self.member_note = QLabel()
        self.member_note.setObjectName("statDetail")
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Board meeting"))
        self.people = QSpinBox()
        self.people.setRange(1, 999)
        self.capacity = QLabel()
        self.capacity.setObjectName("statDetail")
        self.notes = text_box(2)

        # -- repeat
        self.repeat_toggle = QToolButton()
        self.repeat_toggle.setText(self.tr("&Repeat…"))
        self.repeat_toggle.setCheckable(True)
        self.repeat_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.repeat_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.repeat_toggle.setAutoRaise(True)
        self.repeat_box = QWidget()
        self.frequency = QComboBox()
        self.frequency.addItem(self.tr("Does not repeat"), "none")
        self.frequency.addItem(self.tr("Every week"), "weekly")
        self.frequency.addItem(self.tr("Every few weeks"), "weeks")
        self.frequency.addItem(self.tr("Every month"), "monthly")
        self.interval = QSpinBox()
        self.interval.setRange(2, 52)
        self.interval.setPrefix(self.tr("every "))
        self.interval.setSuffix(self.tr(" weeks"))
        self.weekdays = QFrame()
        self.weekdays.setObjectName("fieldFrame")
        weekday_row = QHBoxLayout(self.weekdays)
        weekday_row.setContentsMargins(0, 0, 0, 0)
        self.weekday_boxes: list[QCheckBox] = []
        for name in (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ):
            box = QCheckBox(name)
            self.weekday_boxes.append(box)
            weekday_row.addWidget(box)
        weekday_row.addStretch(1)
        self.nth = QComboBox()
        for value, text in (
            (1, self.tr("first")),
            (2, self.tr("second")),
            (3, self.tr("third")),
            (4, self.tr("fourth")),
            (-1, self.tr("last")),
        ):
            self.nth.addItem(text, value)
        self.nth_weekday = QLabel()
        self.ends_on = QRadioButton(self.tr("Until"))
        self.ends_after = QRadioButton(self.tr("After"))
        self.ends_on.setChecked(True)
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("d MMM yyyy")
        self.until.setMinimumWidth(self.until.sizeHint().width() + 24)
        self.count = QSpinBox()
        self.count.setRange(1, 260)
        self.count.setValue(10)
        self.count.setSuffix(self.tr(" times"))

        self.price = QLabel()
        self.price.setObjectName("priceLine")
        self.price.setWordWrap(False)
        self.price.setStyleSheet("color: #12324a; background: #eef5f4; padding: 6px 8px;")
        self.price.setTextFormat(Qt.TextFormat.PlainText)
        self.history_label = QLabel()
        self.history_label.setObjectName("statDetail")
        self.history_label.setWordWrap(True)

        self._build_layout(editing)
        self._prefill(space_id, start, end, flex_pool)
        self._connect()
        self._loading = False
        self._update_for_space()
        self._update_repeat()
        self._chain_tabs()
        self._first_field(space_id is not None or flex_pool).setFocus()
        self._quote_timer = QTimer(self)
        self._quote_timer.setSingleShot(True)
        self._quote_timer.setInterval(QUOTE_DELAY_MS)
        self._quote_timer.timeout.connect(self._on_quote_timer_timeout)
        self.update_price()

    # ------------------------------------------------------------------ layout

    def _build_layout(self, editing: bool) -> None:
        outer = QVBoxLayout(self)
        # the window grows when a message or the price needs another line
        outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        outer.setContentsMargins(20, 16, 20, 14)
        outer.setSpacing(10)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(1, 420)
        self._grid = grid
        self._row = 0
        self._row_for(
            self.tr("&Space"), self.space, self._field_box(framed(self.space), "space_id")
        )
        self._row_for(self.tr("&Date"), self.date, self.date)
        times = QWidget()
        times_layout = QVBoxLayout(times)
        times_layout.setContentsMargins(0, 0, 0, 0)
        times_layout.setSpacing(2)
        line = QHBoxLayout()
        line.setSpacing(6)
        start, end = framed(self.start), framed(self.end)
        line.addWidget(start)
        line.addWidget(QLabel(DASH))
        line.addWidget(end)
        line.addWidget(self.next_day)
        line.addStretch(1)
        times_layout.addLayout(line)
        times_layout.addWidget(self.start_fold)
        times_layout.addWidget(self.end_fold)
        self.quick_times = QWidget()
        quick = QHBoxLayout(self.quick_times)
        quick.setContentsMargins(0, 2, 0, 2)
        quick.setSpacing(6)
        for button in (self.whole_day, self.morning, self.afternoon):
            quick.addWidget(button)
        quick.addStretch(1)
        times_layout.addWidget(self.quick_times)
        times_layout.addWidget(self.errors.add("start_at", start))
        times_layout.addWidget(self.errors.add("end_at", end))
        times_layout.addWidget(self.override_hours)
        self._row_for(self.tr("&Time"), self.start, times)
        kinds = QHBoxLayout()
        kinds.setSpacing(14)
        for kind in (self.as_member, self.as_organisation, self.as_customer):
            kinds.addWidget(kind)
        kinds.addStretch(1)
        booker = QWidget()
        booker_layout = QVBoxLayout(booker)
        booker_layout.setContentsMargins(0, 0, 0, 0)
        booker_layout.setSpacing(4)
        booker_layout.addLayout(kinds)
        booker_frame = framed(self.booker)
        booker_layout.addWidget(booker_frame)
        booker_layout.addWidget(self.member_note)
        booker_layout.addWidget(self.errors.add("booker", booker_frame))
        booker_layout.addWidget(self.errors.add("customer_name", self.customer))
        self._row_for(self.tr("&Booked by"), self.member, booker)
        self._row_for(self.tr("T&itle"), self.title_edit, self._field_box(self.title_edit, "title"))
        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.setSpacing(2)
        people_line = QHBoxLayout()
        people_frame = framed(self.people)
        people_line.addWidget(people_frame)
        people_line.addWidget(self.capacity)
        people_line.addStretch(1)
        people_layout.addLayout(people_line)
        people_layout.addWidget(self.errors.add("people", people_frame))
        self._row_for(self.tr("&People"), self.people, people)
        self._row_for(self.tr("&Notes"), self.notes, self.notes)
        outer.addLayout(grid)

        repeat = QGridLayout(self.repeat_box)
        repeat.setContentsMargins(18, 0, 0, 0)
        repeat.setHorizontalSpacing(10)
        repeat.setVerticalSpacing(6)
        rule = QHBoxLayout()
        interval, nth = framed(self.interval), framed(self.nth)
        rule.addWidget(self.frequency)
        rule.addWidget(interval)
        rule.addWidget(nth)
        rule.addWidget(self.nth_weekday)
        rule.addStretch(1)
        repeat.addLayout(rule, 0, 0, 1, 2)
        repeat.addWidget(self.weekdays, 1, 0, 1, 2)
        for field, widget in (
            ("interval", interval),
            ("nth", nth),
            ("weekdays", self.weekdays),
        ):
            repeat.addWidget(self.errors.add(field, widget), repeat.rowCount(), 0, 1, 2)
        ends = QHBoxLayout()
        ends.addWidget(self.ends_on)
        until = framed(self.until)
        ends.addWidget(until)
        ends.addSpacing(16)
        ends.addWidget(self.ends_after)
        count = framed(self.count)
        ends.addWidget(count)
        ends.addStretch(1)
        self.ends = QWidget()
        self.ends.setLayout(ends)
        ends.setContentsMargins(0, 0, 0, 0)
        row = repeat.rowCount()
        repeat.addWidget(self.ends, row, 0, 1, 2)
        repeat.addWidget(self.errors.add("until", until), row + 1, 0, 1, 2)
        repeat.addWidget(self.errors.add("count", count), row + 2, 0, 1, 2)
        self.repeat_box.hide()
        outer.addWidget(self.repeat_toggle)
        outer.addWidget(self.repeat_box)
        self.repeat_toggle.setVisible(not editing)  # a booking does not become a series
        outer.addWidget(self.price)
        if editing:
            outer.addWidget(self.history_label)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save") if editing else self.tr("Book"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setAutoDefault(False)
        self.cancel_booking_button: QPushButton | None = None
        if editing:
            self.cancel_booking_button = self.buttons.addButton(
                self.tr("Cancel booking…"), QDialogButtonBox.ButtonRole.ResetRole
            )
            self.cancel_booking_button.setAutoDefault(False)
            record = self.record
            if record is not None and not self.actor.is_manager:
                # reception cannot cancel what has taken place: not offered
                past = record.end_at <= self.core.now()
                self.cancel_booking_button.setEnabled(not past)
                if past:
                    self.cancel_booking_button.setToolTip(
                        self.tr("This booking has taken place; a manager can still cancel it")
                    )
        outer.addWidget(self.buttons)

    def _field_box(self, widget: QWidget, field: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self.errors.add(field, widget))
        return box

    def _row_for(self, text: str, buddy: QWidget, box: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setMinimumHeight(self.space.sizeHint().height())
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        self._grid.addWidget(label, self._row, 0, top)
        self._grid.addWidget(box, self._row, 1)
        self._row += 1

    def _chain_tabs(self) -> None:
        chain: list[QWidget] = [
            self.space,
            self.date,
            self.start,
            self.end,
            self.whole_day,
            self.morning,
            self.afternoon,
            self.override_hours,
            self.as_member,
            self.as_organisation,
            self.as_customer,
            self.member,
            self.organisation,
            self.customer,
            self.title_edit,
            self.people,
            self.notes,
            self.repeat_toggle,
            self.frequency,
            self.interval,
            self.nth,
            *self.weekday_boxes,
            self.ends_on,
            self.until,
            self.ends_after,
            self.count,
            self.save_button,
            self.close_button,
        ]
        if self.cancel_booking_button is not None:
            chain.append(self.cancel_booking_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _first_field(self, space_given: bool) -> QWidget:
        if self.record is not None:
            return self.title_edit
        if space_given:
            return self.booker.currentWidget() or self.member
        return self.space

    # ------------------------------------------------------------------ filling

    def _fill_spaces(self, spaces: Sequence[BookableSpace]) -> None:
        kinds = kind_labels()
        previous: SpaceKind | None = None
        for space in spaces:
            if space.kind != previous and previous is not None:
                self.space.insertSeparator(self.space.count())
            if space.kind == SpaceKind.FLEX_DESK and previous != SpaceKind.FLEX_DESK:
                self.space.addItem(self.tr("Flex pool (any free desk)"), FLEX_POOL)
                self.space.setItemData(
                    self.space.count() - 1,
                    self.tr("The first free flex desk"),
                    Qt.ItemDataRole.ToolTipRole,
                )
            previous = space.kind
            self.space.addItem(space.name, space.id)
            tip = kinds.get(space.kind, "")
            if space.capacity:
                tip = self.tr("{0}, {1} people").format(tip, space.capacity)
            self.space.setItemData(self.space.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)

    def _prefill(
        self,
        space_id: int | None,
        start: datetime | None,
        end: datetime | None,
        flex_pool: bool,
    ) -> None:
        record = self.record
        if record is not None:
            space_id, start, end = record.space_id, record.start_at, record.end_at
            self._touched.update(QUOTED_FIELDS)
        if space_id is not None or flex_pool:
            self._touched.add("space_id")
        if start is not None:
            self._touched.update(("start_at", "end_at"))
        if record is not None and self.space.findData(record.space_id) < 0:
            self.space.addItem(
                self.tr("{0} (not in use)").format(record.space_name), record.space_id
            )
        if flex_pool:
            self.space.setCurrentIndex(self.space.findData(FLEX_POOL))
        elif space_id is not None:
            self.space.setCurrentIndex(self.space.findData(space_id))
        else:
            self.space.setCurrentIndex(-1)
        if start is None:
            start = next_quarter(self.core.now().astimezone(self.zone))
        local_start = start.astimezone(self.zone)
        local_end = (end or start + timedelta(hours=1)).astimezone(self.zone)
        self._end_days = (local_end.date() - local_start.date()).days
        if local_end.time() == time(0) and self._end_days == 1:
            self._end_days = 0  # until midnight: shown as 00:00 the same day
        self.date.setDate(QDate(local_start.year, local_start.month, local_start.day))
        self.start.setTime(QTime(local_start.hour, local_start.minute))
        self.end.setTime(QTime(local_end.hour, local_end.minute))
        self._last_start = self.start.time()
        self._update_next_day()
        if start is not None and not wall_clock.is_wall_clock(start.tzinfo):
            # given as instants (a stored booking, the free-rooms slot): each
            # names its own summer or winter time, if its time occurs twice
            self._ask_folds(
                wall_clock.fold_of(start, self.zone),
                wall_clock.fold_of(end, self.zone) if end is not None else None,
            )
        else:
            self._ask_folds()
        self.as_member.setChecked(True)
        if record is not None:
            self.title_edit.setText(record.title)
            self.people.setMaximum(max(999, record.people))
            self.people.setValue(record.people)
            self.notes.setPlainText(record.notes)
            if record.member_id is not None:
                self._member_id = record.member_id
                self.member.setText(record.member_name)
                self.member_note.setText(record.organisation_name)
            elif record.organisation_id is not None:
                self.as_organisation.setChecked(True)
                self.organisation.select_id(record.organisation_id)
            else:
                self.as_customer.setChecked(True)
                self.customer.setText(record.customer_name)
            self._show_history()
        self._on_booker_kind_changed()
        self._default_repeat()

    def _show_history(self) -> None:
        names = {
            BookingStatus.CONFIRMED.value: self.tr("booked"),
            BookingStatus.CANCELLED.value: self.tr("cancelled"),
            "changed": self.tr("changed"),
        }
        lines = []
        for entry in self.history:
            when = fmt.moment(entry.at, self.zone.key)
            text = f"{when} {names.get(str(entry.status), str(entry.status))}"
            if entry.detail:
                text += f": {entry.detail}"
            lines.append(text)
        shown = lines[-3:]
        if len(lines) > 3:
            shown.insert(0, self.tr("… {0} earlier").format(len(lines) - 3))
        self.history_label.setText("\n".join(shown))
        self.history_label.setToolTip("\n".join(lines))

    def _default_repeat(self) -> None:
        day = self.day()
        if not self._weekdays_touched:
            for number, box in enumerate(self.weekday_boxes):
                box.blockSignals(True)
                box.setChecked(number == day.weekday())
                box.blockSignals(False)
        nth = (day.day - 1) // 7 + 1
        self.nth.setCurrentIndex(max(self.nth.findData(-1 if nth == 5 else nth), 0))
        from babel.dates import format_date

        weekday = format_date(day, "EEEE", locale=fmt.locale_name())
        self.nth_weekday.setText(self.tr("{0} of the month").format(weekday))
        until = day + timedelta(weeks=12)
        self.until.setMinimumDate(QDate(day.year, day.month, day.day))
        if "until" not in self._touched or self.until.date() < self.until.minimumDate():
            self.until.setDate(QDate(until.year, until.month, until.day))

    # ------------------------------------------------------------------ signals

    def _connect(self) -> None:
        self.space.currentIndexChanged.connect(self._on_space_current_index_changed)
        self.space.currentTextChanged.connect(self._on_space_current_text_changed)
        self.date.dateChanged.connect(self._on_date_date_changed)
        self.start.timeChanged.connect(self._on_start_time_changed)
        self.end.timeChanged.connect(self._on_end_time_changed)
        self.whole_day.clicked.connect(self._on_whole_day_clicked)
        self.morning.clicked.connect(self._on_morning_clicked)
        self.afternoon.clicked.connect(self._on_afternoon_clicked)
        self.override_hours.toggled.connect(lambda _on: self._changed("start_at", "end_at"))
        self.start_fold.chosen.connect(lambda: self._changed("start_at"))
        self.end_fold.chosen.connect(lambda: self._changed("end_at"))
        self.booker_kind.idToggled.connect(self._on_booker_kind_id_toggled)
        self.member.textEdited.connect(self._on_member_text_edited)
        self.member_completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._on_member_completer_activated
        )
        self.organisation.currentIndexChanged.connect(lambda _i: self._changed("booker"))
        self.organisation.currentTextChanged.connect(lambda _t: self._changed("booker"))
        self.customer.textChanged.connect(lambda _t: self._changed("booker", "customer_name"))
        self.title_edit.textChanged.connect(lambda _t: self._changed("title"))
        self.people.valueChanged.connect(lambda _v: self._changed("people"))
        self.repeat_toggle.toggled.connect(self._on_repeat_toggle_toggled)
        self.frequency.currentIndexChanged.connect(self._on_frequency_current_index_changed)
        self.interval.valueChanged.connect(lambda _v: self.errors.clear_field("interval"))
        self.nth.currentIndexChanged.connect(lambda _v: self.errors.clear_field("nth"))
        for box in self.weekday_boxes:
            box.toggled.connect(self._on_weekday_toggled)
        self.until.dateChanged.connect(self._on_until_date_changed)
        self.count.valueChanged.connect(lambda _v: self.errors.clear_field("count"))
        self.ends_on.toggled.connect(self._on_ends_toggled)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.close_button.clicked.connect(self.reject)
        if self.cancel_booking_button is not None:
            self.cancel_booking_button.clicked.connect(self._on_cancel_booking_button_clicked)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)

    def _ask_folds(self, start_fold: int | None = None, end_fold: int | None = None) -> None:
        """Show the summer/winter time choice under a time that occurs twice."""
        start_at, end_at = self.times()
        self.start_fold.ask(start_at, start_fold)
        self.end_fold.ask(end_at, end_fold)

    def _changed(self, *fields: str) -> None:
        if self._loading:
            return
        if "start_at" in fields or "end_at" in fields:
            self._ask_folds()
        for field in fields:
            self._touched.add(field)
            self.errors.clear_field(field)
        self.refresh_price()

    def _on_space_current_index_changed(self, _index: int) -> None:
        self._update_for_space()
        self._changed("space_id", "people")

    def _on_space_current_text_changed(self, _text: str) -> None:
        if not self._loading:
            self.errors.clear_field("space_id")
            self.refresh_price()

    def _on_date_date_changed(self, _date: QDate) -> None:
        self._update_flex_buttons()
        self._default_repeat()
        self._changed("start_at", "end_at")

    def _on_start_time_changed(self, new: QTime) -> None:
        """The end moves with the start: the booking keeps its length."""
        old, self._last_start = self._last_start, new
        if old is not None and not self._loading:
            shift = old.secsTo(new)
            end = self.end.time().addSecs(shift)
            if self._end_days == 0 and end > new:
                self.end.blockSignals(True)
                self.end.setTime(end)
                self.end.blockSignals(False)
        self._changed("start_at", "end_at")

    def _on_end_time_changed(self, _new: QTime) -> None:
        self._changed("end_at")

    def _set_times(self, start: time, end: time) -> None:
        self._end_days = 0
        self.start.blockSignals(True)
        self.start.setTime(QTime(start.hour, start.minute))
        self.start.blockSignals(False)
        self._last_start = self.start.time()
        self.end.setTime(QTime(end.hour, end.minute))
        self._update_next_day()
        self._changed("start_at", "end_at")

    def _day_hours(self) -> tuple[time, time] | None:
        hours: tuple[time, time] | None = self._hours.get(self.day().weekday())
        return hours

    def _on_whole_day_clicked(self) -> None:
        hours = self._day_hours()
        if hours is not None:
            self._set_times(*hours)

    def _on_morning_clicked(self) -> None:
        hours = self._day_hours()
        if hours is not None:
            self._set_times(hours[0], min(HALF_DAY_SPLIT, hours[1]))

    def _on_afternoon_clicked(self) -> None:
        hours = self._day_hours()
        if hours is not None:
            self._set_times(max(HALF_DAY_SPLIT, hours[0]), hours[1])

    def _on_booker_kind_id_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._on_booker_kind_changed()
            self._changed("booker")

    def _on_booker_kind_changed(self) -> None:
        widget = (
            self.member
            if self.as_member.isChecked()
            else self.organisation
            if self.as_organisation.isChecked()
            else self.customer
        )
        self.booker.setCurrentWidget(widget)
        self.booker.setFocusProxy(widget)
        self.member_note.setVisible(widget is self.member and bool(self.member_note.text()))
        self.errors.clear_field("booker")
        self.errors.clear_field("customer_name")

    def _on_member_text_edited(self, text: str) -> None:
        self._member_id = None
        self.member_note.clear()
        self.member_note.hide()
        self._search_members(text)
        self._changed("booker")

    def _search_members(self, text: str) -> None:
        self._member_model.clear()
        self._member_hits = []
        if len(text.strip()) < 2:
            self._hide_member_popup()
            return
        hits: list[MemberRecord] = self.core.read(
            lambda s: directory.search_members(s, text, limit=12)
        )
        self._member_hits = hits
        for found in hits:
            label = found.full_name
            if found.organisation_name:
                label = f"{label} — {found.organisation_name}"
            item = QStandardItem(label)
            item.setData(found.id, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self._member_model.appendRow(item)
        if hits:
            self.member_completer.setCompletionPrefix("")
            self.member_completer.complete()
        else:
            self._hide_member_popup()

    def _hide_member_popup(self) -> None:
        popup = self.member_completer.popup()
        if popup is not None:
            popup.hide()

    def _on_member_completer_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        member_id = index.data(Qt.ItemDataRole.UserRole)
        found = next((m for m in self._member_hits if m.id == member_id), None)
        if found is not None:
            self.choose_member(found)

    def choose_member(self, found: MemberRecord) -> None:
        """Take ``found`` as the booker (what picking them from the list does)."""
        self.as_member.setChecked(True)
        self._member_id = found.id
        self.member.setText(found.full_name)
        self.member_note.setText(found.organisation_name)
        self.member_note.setVisible(bool(found.organisation_name))
        self._changed("booker")

    def _on_repeat_toggle_toggled(self, checked: bool) -> None:
        self.repeat_box.setVisible(checked)
        self.repeat_toggle.setArrowType(
            Qt.ArrowType.DownArrow if checked else Qt.ArrowType.RightArrow
        )
        if checked and self.frequency.currentData() == "none":
            self.frequency.setCurrentIndex(1)
        self._update_repeat()
        self.adjustSize()

    def _on_frequency_current_index_changed(self, _index: int) -> None:
        for field in SERIES_FIELDS:
            self.errors.clear_field(field)
        self._update_repeat()

    def _on_weekday_toggled(self, _checked: bool) -> None:
        self._weekdays_touched = True
        self.errors.clear_field("weekdays")

    def _on_until_date_changed(self, _date: QDate) -> None:
        if not self._loading:
            self._touched.add("until")
        self.errors.clear_field("until")

    def _on_ends_toggled(self, _checked: bool) -> None:
        self.until.setEnabled(self.ends_on.isChecked())
        self.count.setEnabled(self.ends_after.isChecked())
        self.errors.clear_field("until")
        self.errors.clear_field("count")

    def _on_app_focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        """Leaving a field: now is the time to say what is wrong with it."""
        if old is not None and self.isAncestorOf(old) and not self._loading:
            self.refresh_price()

    # ------------------------------------------------------------------ state

    def _update_for_space(self) -> None:
        space = self._chosen_space()
        data = self.space.currentData()
        flex = data == FLEX_POOL or (space is not None and space.kind == SpaceKind.FLEX_DESK)
        capacity = 1 if data == FLEX_POOL else (space.capacity if space is not None else 0)
        # never capped at the capacity: a spin box would silently turn 20
        # into 2; the form says "holds at most 14 people" instead
        self.people.setMaximum(999)
        if capacity:
            self.capacity.setText(self.tr("of {0}").format(capacity))
        else:
            self.capacity.clear()
        self.quick_times.setVisible(flex)
        self._update_flex_buttons()

    def _update_flex_buttons(self) -> None:
        open_day = self._day_hours() is not None
        for button in (self.whole_day, self.morning, self.afternoon):
            button.setEnabled(open_day)

    def _update_next_day(self) -> None:
        if not self._end_days:
            self.next_day.setText("")
            return
        end_day = self.day() + timedelta(days=self._end_days)
        self.next_day.setText(self.tr("ends on {0}").format(fmt.day(end_day)))

    def _update_repeat(self) -> None:
        kind = self.frequency.currentData()
        repeating = kind != "none"
        self.interval.setVisible(kind == "weeks")
        self.weekdays.setVisible(kind in ("weekly", "weeks"))
        self.nth.setVisible(kind == "monthly")
        self.nth_weekday.setVisible(kind == "monthly")
        self.ends.setVisible(repeating)
        self._on_ends_toggled(True)
        self.save_button.setText(
            self.tr("Save")
            if self.record is not None
            else self.tr("Book the series")
            if repeating and self.repeat_box.isVisible()
            else self.tr("Book")
        )

    def _chosen_space(self) -> BookableSpace | None:
        data = self.space.currentData()
        return self._spaces.get(int(data)) if isinstance(data, int) else None

    def day(self) -> date:
        qdate = self.date.date()
        return date(qdate.year(), qdate.month(), qdate.day())

    # ------------------------------------------------------------------ values

    def _space_id(self) -> int | None:
        """The chosen space's id, None for the flex pool."""
        text = self.space.currentText().strip()
        index = self.space.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        if index < 0:
            if not text:
                raise ValidationError("space_id", self.tr("Choose a room or desk"))
            raise ValidationError(
                "space_id",
                self.tr("There is no space “{0}”: choose one from the list").format(text),
            )
        data = self.space.itemData(index)
        return None if data == FLEX_POOL else int(data)

    def times(self) -> tuple[datetime, datetime]:
        day = self.day()
        start, end = self.start.time(), self.end.time()
        start_at = datetime.combine(day, time(start.hour(), start.minute()), self.zone)
        end_day = day + timedelta(days=self._end_days)
        end_at = datetime.combine(end_day, time(end.hour(), end.minute()), self.zone)
        if end == QTime(0, 0) and self._end_days == 0 and start != QTime(0, 0):
            end_at += timedelta(days=1)  # "until midnight"
        return start_at, end_at

    def request(self, *, live: bool = False) -> BookingRequest:
        """The form as a request; ValidationError names a field the form
        itself cannot make sense of. ``live``: a booker not chosen yet is
        priced as an outside customer."""
        space_id = self._space_id()
        start_at, end_at = self.times()
        member_id = organisation_id = None
        customer = ""
        if self.as_member.isChecked():
            member_id = self._member_id
            if member_id is None:
                member_id = self._member_from_text(live)
        elif self.as_organisation.isChecked():
            try:
                organisation_id = self.organisation.chosen_id()
            except ValidationError as error:
                raise ValidationError("booker", error.message) from None
        else:
            customer = self.customer.text()
        if live and member_id is None and organisation_id is None and not customer.strip():
            if "booker" in self._touched and not self._editing("booker"):
                raise ValidationError(
                    "booker",
                    self.tr("Choose a member or an organisation, or type the customer's name"),
                )
            customer = PLACEHOLDER_CUSTOMER
        return BookingRequest(
            space_id=space_id,
            start_at=start_at,
            end_at=end_at,
            title=self.title_edit.text(),
            people=self.people.value(),
            member_id=member_id,
            organisation_id=organisation_id,
            customer_name=customer,
            notes=self.notes.toPlainText(),
            override_hours=self.override_hours.isVisible() and self.override_hours.isChecked(),
            start_fold=self.start_fold.fold(),
            end_fold=self.end_fold.fold(),
        )

    def _member_from_text(self, live: bool) -> int | None:
        text = self.member.text().strip()
        if not text:
            return None
        hits: list[MemberRecord] = self.core.read(
            lambda s: directory.search_members(s, text, limit=2)
        )
        if len(hits) == 1:
            return hits[0].id
        if live and self._editing("booker"):
            return None
        raise ValidationError(
            "booker",
            self.tr("No member “{0}”: choose one from the list").format(text)
            if not hits
            else self.tr("Several members match “{0}”: choose one from the list").format(text),
        )

    def recurrence(self) -> Recurrence | None:
        """The series rule, or None for a single booking."""
        kind = self.frequency.currentData()
        if self.record is not None or not self.repeat_toggle.isChecked() or kind == "none":
            return None
        weekdays = tuple(n for n, box in enumerate(self.weekday_boxes) if box.isChecked())
        if kind in ("weekly", "weeks") and not weekdays:
            raise ValidationError("weekdays", self.tr("Choose at least one weekday"))
        until = count = None
        if self.ends_on.isChecked():
            qdate = self.until.date()
            until = date(qdate.year(), qdate.month(), qdate.day())
        else:
            count = self.count.value()
        if kind == "monthly":
            return Recurrence(Frequency.MONTHLY, 1, (), int(self.nth.currentData()), until, count)
        interval = self.interval.value() if kind == "weeks" else 1
        return Recurrence(Frequency.WEEKLY, interval, weekdays, None, until, count)

    # ------------------------------------------------------------------ the price

    def refresh_price(self) -> None:
        """Ask for the price again, 150 ms after the last change."""
        timer = getattr(self, "_quote_timer", None)
        if timer is not None and not self._loading:
            timer.start()

    def _editing(self, field: str) -> bool:
        found = self.errors.widgets.get(field)
        focus = QApplication.focusWidget()
        if found is None or focus is None:
            return False
        widget = found[0]
        return focus is widget or widget.isAncestorOf(focus)

    def _on_quote_timer_timeout(self) -> None:
        self.update_price()

    def update_price(self) -> Quote | None:
        """The live price check, now (what the timer runs)."""
        self._quote_timer.stop()
        try:
            request = self.request(live=True)
            actor = self.actor
            booking_id = self.booking_id
            found: Quote = self.core.read(lambda s: quote(s, request, actor, booking_id=booking_id))
        except ValidationError as error:
            self.quote = None
            if error.field in self._touched and not self._editing(error.field):
                self.errors.show_quietly(error)
                self.price.setText(self.tr("No price yet: see the message above"))
            else:
                self.price.setText(error.message)
            return None
        except HubdeskError as error:
            self.quote = None
            self.price.setText(str(error))
            return None
        placeholder = request.customer_name == PLACEHOLDER_CUSTOMER
        for field in QUOTED_FIELDS:
            if placeholder and field in ("booker", "customer_name"):
                continue  # priced without a booker: "who books?" still stands
            self.errors.clear_field(field)
        self.quote = found
        if request.customer_name == PLACEHOLDER_CUSTOMER:
            text = self.tr("List price {0}").format(fmt.money(found.list_price))
            text += "\n" + self.tr("Choose who books it to see what their plan covers")
        else:
            text = price_text(found)
        if found.conflicts:
            taken = "; ".join(
                self.tr("#{0} “{1}” {2} to {3}").format(
                    c.booking_id, c.title, c.start_text, c.end_text
                )
                for c in found.conflicts
            )
            text = self.tr("Taken then: {0}").format(taken) + "\n" + text
        self.price.setText(text)
        return found

    # ------------------------------------------------------------------ saving

    def _warn(self, error: HubdeskError | str) -> QMessageBox:
        if self.last_warning is not None:
            self.last_warning.deleteLater()
        self.last_warning = warn(self, error)
        return self.last_warning

    def _show_error(self, error: ValidationError) -> None:
        if not self.errors.show(error):
            self._warn(error)

    def _on_save_button_clicked(self) -> None:
        self.save()

    def save(self) -> bool:
        """Store the form; True when saved (the dialog then accepts). A series
        with taken dates opens :attr:`conflicts_dialog` and returns False."""
        self._quote_timer.stop()
        self.errors.clear()
        self._touched.update(QUOTED_FIELDS)  # from now on, say what is wrong anywhere
        actor = self.actor
        try:
            request = self.request()
            rule = self.recurrence()
            if self.record is not None:
                booking_id = self.record.id
                changed: BookingRecord = self.core.write(
                    lambda s: update_booking(s, booking_id, request, actor)
                )
                ids = [changed.id]
            elif rule is not None:
                try:
                    result: SeriesResult = self.core.write(
                        lambda s: create_series(s, request, rule, actor)
                    )
                except SeriesConflicts as conflicts:
                    self._offer_series(request, rule, conflicts)
                    return False
                self.series_result = result
                ids = list(result.booking_ids)
            else:
                created: BookingRecord = self.core.write(
                    lambda s: create_booking(s, request, actor)
                )
                ids = [created.id]
        except ValidationError as error:
            self._show_error(error)
            return False
        except HubdeskError as error:
            self._warn(error)
            return False
        self._done(ids)
        return True

    def _done(self, ids: list[int]) -> None:
        self.saved_ids = ids
        self.saved.emit(ids)
        self.accept()

    def _offer_series(
        self, request: BookingRequest, rule: Recurrence, conflicts: SeriesConflicts
    ) -> None:
        dialog = SeriesConflictsDialog(conflicts, self.zone, self)
        self.conflicts_dialog = dialog

        def book_others() -> None:
            self.book_series_skipping(request, rule)

        dialog.accepted.connect(book_others)
        dialog.rejected.connect(self.save_button.setFocus)
        dialog.open()

    def book_series_skipping(self, request: BookingRequest, rule: Recurrence) -> bool:
        """Book the dates that are free, then say which were skipped."""
        actor = self.actor
        try:
            result: SeriesResult = self.core.write(
                lambda s: create_series(s, request, rule, actor, skip_conflicts=True)
            )
        except SeriesConflicts as conflicts:  # nothing free any more
            self._warn(conflicts)
            return False
        except ValidationError as error:
            self._show_error(error)
            return False
        except HubdeskError as error:
            self._warn(error)
            return False
        self.series_result = result
        lines = [
            self.tr("{0} dates booked.").format(len(result.booking_ids))
            if len(result.booking_ids) != 1
            else self.tr("1 date booked.")
        ]
        if result.skipped:
            lines.append(self.tr("Not booked:"))
            lines.extend(
                f"• {span_text(skipped.start_at, skipped.end_at, self.zone)}: {skipped.reason}"
                for skipped in result.skipped
            )
        parent = self.parentWidget() or self
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Series booked"),
            "\n".join(lines),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message = box
        self._done(list(result.booking_ids))
        return True

    # ------------------------------------------------------------------ cancelling

    def _on_cancel_booking_button_clicked(self) -> None:
        self.ask_cancel()

    def ask_cancel(self) -> QMessageBox | None:
        """The confirmation, with the cancellation terms; for a date of a
        series: only this date, or this and all following."""
        record = self.record
        if record is None:
            return None
        booking_id = record.id
        try:
            terms = self.core.read(lambda s: cancellation_terms(s, booking_id))
        except HubdeskError as error:
            self._warn(error)
            return None
        when = span_text(record.start_at, record.end_at, self.zone)
        if terms.late and terms.charge.cents:
            condition = self.tr("Late cancellation: {0} will be charged.").format(
                fmt.money(terms.charge)
            )
        elif terms.late:
            condition = self.tr("Too late to cancel free of charge, but nothing was charged.")
        else:
            condition = self.tr("Cancelling is free until {0}.").format(
                fmt.moment(terms.free_until, self.zone.key)
            )
        text = f"{record.space_name}, {when}\n{record.title or record.booker}\n\n{condition}"
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel booking"), text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setStyleSheet(MESSAGE_WIDTH)
        following: QAbstractButton | None = None
        if record.series_id is not None:
            only = box.addButton(self.tr("Only this date"), QMessageBox.ButtonRole.AcceptRole)
            following = box.addButton(
                self.tr("This and all following"), QMessageBox.ButtonRole.AcceptRole
            )
        else:
            only = box.addButton(self.tr("Cancel the booking"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep the booking"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def clicked(button: QAbstractButton) -> None:
            if button is only:
                self.cancel(following=False)
            elif following is not None and button is following:
                self.cancel(following=True)

        box.buttonClicked.connect(clicked)
        box.open()
        self.last_question = box
        return box

    def cancel(self, *, following: bool = False) -> bool:
        """Cancel this booking (and, ``following``, the later dates of its series)."""
        record = self.record
        if record is None:
            return False
        actor = self.actor
        booking_id, series_id, start = record.id, record.series_id, record.start_at

        def run(session: Any) -> list[int]:
            if following and series_id is not None:
                ids = [
                    found
                    for found, begins, status in series_dates(session, series_id)
                    if begins >= start and status != BookingStatus.CANCELLED
                ]
                cancel_following(session, booking_id, actor)
                return ids
            cancel_booking(session, booking_id, actor)
            return [booking_id]

        try:
            ids: list[int] = self.core.write(run)
        except HubdeskError as error:
            self._warn(error)
            return False
        self._done(ids)
        return True


class SeriesConflictsDialog(QDialog):
    """Each date of a series that cannot be booked, and why; accepted means
    "book the other dates", rejected "book none"."""

    def __init__(self, conflicts: SeriesConflicts, zone: ZoneInfo, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Some dates cannot be booked"))
        self.setMinimumWidth(640)
        total = len(conflicts.dates) + conflicts.bookable
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        heading = QLabel(
            self.tr("{0} of the {1} dates cannot be booked:").format(len(conflicts.dates), total)
        )
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600; color: #12324a;")
        layout.addWidget(heading)
        self.dates = QListWidget()
        self.dates.setAlternatingRowColors(True)
        self.dates.setWordWrap(True)
        self.dates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for found in conflicts.dates:
            text = f"{span_text(found.start_at, found.end_at, zone)} — {found.reason}"
            for other in found.conflicts[1:]:
                text += f"; {other.title} {other.start_text}{DASH}{other.end_text}"
            self.dates.addItem(text)
        self.dates.setMinimumHeight(min(40 + 26 * len(conflicts.dates), 260))
        layout.addWidget(self.dates)
        buttons = QDialogButtonBox()
        self.book_others: QPushButton | None = None
        if conflicts.bookable:
            question = QLabel(
                self.tr("Book the other {0} dates, or none of them?").format(conflicts.bookable)
                if conflicts.bookable != 1
                else self.tr("Book the other date, or none?")
            )
            layout.addWidget(question)
            self.book_others = buttons.addButton(
                self.tr("Book the other {0} dates").format(conflicts.bookable)
                if conflicts.bookable != 1
                else self.tr("Book the other date"),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.book_others.setDefault(True)
        else:
            layout.addWidget(QLabel(self.tr("None of the dates is free.")))
        self.book_none = buttons.addButton(
            self.tr("Book none"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.book_none.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.texts = [self.dates.item(n).text() for n in range(self.dates.count())]
