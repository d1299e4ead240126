"""The calendar grid: columns of bookable time by the hours of a day.

One view serves both calendars: the rooms of one day (day view) and the days
of one room (week view); a :class:`Column` is a room on a day either way. The
page reads the bookings once per load and hands them over with
:meth:`CalendarView.set_data`; nothing here touches the database.

Speed: a hub of 50 rooms draws some 300 bookings a day, so everything is
painted by one widget (:class:`CalendarGrid`) with QPainter; each booking's
rectangle is computed when the data or the width changes, its text is elided
once per width with cached font metrics, and a paint draws only the columns
and blocks in the exposed rectangle. The header row (room names) and the time
column are two small painted strips in the scroll area's margins, so they
stay put while the grid scrolls.

Times are wall-clock minutes from the local midnight of a column's day, in
the hub's zone: a booking at 09:00 is drawn at 09:00 on the days the clock
changes too.

What the user does with the mouse or keyboard comes out as requests (the
page calls the services): ``create_requested(space_id, start, end)`` after a
drag over free time, a double click or Enter on a free cell;
``move_requested(booking_id, start, end, space_id)`` after dragging a block
(or its bottom edge); ``edit_requested(booking_id)`` on a double click or
Enter on a block. Times are aware datetimes in the hub's zone. Escape during a
drag cancels it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QToolTip, QWidget

from hubdesk.domain.clock import DEFAULT_TIME_ZONE, SYSTEM_CLOCK, Clock
from hubdesk.services.bookings import BookingRecord

QUARTER = 15
#: Height of a quarter of an hour, in pixels (an hour is four of them).
QUARTER_PX = 12.0
PX_PER_MINUTE = QUARTER_PX / QUARTER
RULER_WIDTH = 58
HEADER_HEIGHT = 46
MIN_COLUMN_WIDTH = 118
NARROW_COLUMN_WIDTH = 44
#: Pixels above a block's bottom edge where a press resizes instead of moves.
EDGE = 5
PAD = 5.0

# calm colours that match resources/style.qss (navy #12324a, teal #0b6e69)
BACKGROUND = QColor("#ffffff")
CLOSED = QColor("#eef1f4")
HOUR_LINE = QColor("#d5dce3")
QUARTER_LINE = QColor("#f0f3f6")
COLUMN_LINE = QColor("#d5dce3")
TEXT = QColor("#1f2933")
MUTED = QColor("#52606d")
INCLUDED_FILL = QColor("#dcefed")
INCLUDED_EDGE = QColor("#0b6e69")
BILLABLE_FILL = QColor("#fcefd4")
BILLABLE_EDGE = QColor("#a35f00")
BUFFER_HATCH = QColor("#b4bec8")
NOW = QColor("#b3261e")
BAND_FILL = QColor(11, 110, 105, 60)
BAND_EDGE = QColor("#0b6e69")
GHOST_FILL = QColor(18, 50, 74, 40)
GHOST_EDGE = QColor("#12324a")
CURSOR = QColor("#12324a")
HEADER_BACKGROUND = QColor("#e9edf1")
TODAY = QColor("#0b6e69")

EURO_MARK = "€"
DASH = "\u2013"  # en dash
SERIES_MARK = "\u21bb"  # ↻


@dataclass(frozen=True)
class Column:
    """A room on a day: what one column of the grid shows."""

    space_id: int
    day: date
    title: str
    detail: str = ""
    #: Opening and closing time that day; None when the hub is closed.
    hours: tuple[time, time] | None = None
    buffer_minutes: int = 0
    narrow: bool = False
    tooltip: str = ""

    def open_minutes(self) -> tuple[int, int] | None:
        if self.hours is None:
            return None
        opens, closes = self.hours
        return opens.hour * 60 + opens.minute, closes.hour * 60 + closes.minute


@dataclass(eq=False, slots=True)
class Block:
    """A booking's part in one column (a booking over midnight has two)."""

    booking: BookingRecord
    column: int
    #: Wall-clock minutes from the column day's midnight (clipped to the day).
    start: int
    end: int
    buffer_end: int
    starts_before: bool
    ends_after: bool
    #: Where it is drawn, in the grid's coordinates (set by the layout).
    rect: QRectF = None  # type: ignore[assignment]
    buffer_rect: QRectF | None = None
    #: Elided lines (bold first) for the width they were elided at.
    lines: tuple[str, ...] = ()
    lines_width: float = -1.0


@dataclass
class _Drag:
    kind: str  # "create", "move" or "resize"
    column: int
    press: QPointF
    minute: float
    block: Block | None = None
    active: bool = False


def minutes_of(moment: datetime, day: date, zone: ZoneInfo) -> int:
    """Wall-clock minutes of ``moment`` from the midnight that starts ``day``."""
    local = moment.astimezone(zone).replace(tzinfo=None)
    delta = local - datetime.combine(day, time(0))
    return int(delta.total_seconds() // 60)


def _wall(local: datetime, day: date) -> int:
    """Wall-clock minutes of a local time from ``day``'s midnight."""
    return (local.date() - day).days * 24 * 60 + local.hour * 60 + local.minute


def at_minutes(day: date, minutes: int, zone: ZoneInfo) -> datetime:
    """The aware instant at wall-clock ``minutes`` after ``day``'s midnight."""
    return (datetime.combine(day, time(0)) + timedelta(minutes=minutes)).replace(tzinfo=zone)


def clock_text(minutes: int) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _floor(minutes: float) -> int:
    return int(minutes // QUARTER) * QUARTER


def _snap(minutes: float) -> int:
    return round(minutes / QUARTER) * QUARTER


class CalendarGrid(QWidget):
    """The painted grid inside :class:`CalendarView`."""

    create_requested = Signal(int, object, object)
    move_requested = Signal(int, object, object, int)
    edit_requested = Signal(int)

    def __init__(self, view: CalendarView) -> None:
        super().__init__(view)
        self._view = view
        self.zone = ZoneInfo(DEFAULT_TIME_ZONE)
        #: Where the line of now is read from (the page sets the hub's clock).
        self.clock: Clock = SYSTEM_CLOCK
        self.columns: list[Column] = []
        self.blocks: list[Block] = []
        self._by_column: list[list[Block]] = []
        #: left edge of every column, and the right edge of the last one
        self.edges: list[float] = [0.0]
        self.first_minute = 7 * 60
        self.last_minute = 19 * 60
        self._drag: _Drag | None = None
        self.band: tuple[int, int, int] | None = None
        self.ghost: tuple[int, int, int, Block] | None = None
        self.cursor_column = 0
        self.cursor_minute = 9 * 60
        self.anchor_minute = 9 * 60
        self.today: date | None = None
        self.now_minute = -1
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Bookings by room and hour"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        base = QFont(self.font())
        base.setPointSizeF(9.0)
        self.text_font = base
        self.bold_font = QFont(base)
        self.bold_font.setBold(True)
        self.metrics = QFontMetricsF(self.text_font)
        self.bold_metrics = QFontMetricsF(self.bold_font)
        self.line_height = self.metrics.height()
        self.mark_width = self.bold_metrics.horizontalAdvance(f"{EURO_MARK} {SERIES_MARK}") + 2
        self.hatch = QBrush(BUFFER_HATCH, Qt.BrushStyle.BDiagPattern)
        self.people_text = {1: self.tr("1 person")}

    # -- data

    def set_data(
        self,
        columns: Sequence[Column],
        bookings: Sequence[BookingRecord],
        zone: ZoneInfo,
        usual_hours: tuple[time, time] | None,
    ) -> None:
        self.zone = zone
        self.columns = list(columns)
        index = {(c.space_id, c.day): n for n, c in enumerate(self.columns)}
        blocks: list[Block] = []
        for booking in bookings:
            if booking.cancelled:
                continue
            local_start = booking.start_at.astimezone(zone)
            local_end = booking.end_at.astimezone(zone)
            local_blocked = (
                local_end
                if booking.blocked_until == booking.end_at
                else booking.blocked_until.astimezone(zone)
            )
            day = local_start.date()
            last_day = (local_end - timedelta(microseconds=1)).date()
            while day <= last_day:
                column = index.get((booking.space_id, day))
                if column is not None:
                    start = _wall(local_start, day)
                    end = _wall(local_end, day)
                    blocks.append(
                        Block(
                            booking,
                            column,
                            max(start, 0),
                            min(end, 24 * 60),
                            min(_wall(local_blocked, day), 24 * 60),
                            start < 0,
                            end > 24 * 60,
                        )
                    )
                day += timedelta(days=1)
        self.blocks = blocks
        self._by_column = [[] for _ in self.columns]
        for block in blocks:
            self._by_column[block.column].append(block)
        self._set_minute_range(usual_hours)
        self.cursor_column = min(self.cursor_column, max(len(self.columns) - 1, 0))
        self.band = self.ghost = None
        self._drag = None
        self._update_now()
        self.relayout()

    def _set_minute_range(self, usual_hours: tuple[time, time] | None) -> None:
        """The opening hours ± an hour, widened to every booking shown."""
        spans = [span for c in self.columns if (span := c.open_minutes()) is not None]
        if not spans and usual_hours is not None:
            opens, closes = usual_hours
            spans = [(opens.hour * 60 + opens.minute, closes.hour * 60 + closes.minute)]
        if not spans:
            spans = [(8 * 60, 18 * 60)]
        first = min(s[0] for s in spans) - 60
        last = max(s[1] for s in spans) + 60
        for block in self.blocks:
            first = min(first, block.start)
            last = max(last, block.buffer_end, block.end)
        self.first_minute = max(0, (first // 60) * 60)
        self.last_minute = min(24 * 60, -(-last // 60) * 60)
        self.cursor_minute = min(max(self.cursor_minute, self.first_minute), self.last_minute - 15)
        self.anchor_minute = self.cursor_minute

    def relayout(self) -> None:
        """Column edges for the view's width, then every block's rectangle."""
        available = max(self._view.viewport().width(), 1)
        narrow = sum(1 for c in self.columns if c.narrow)
        wide = len(self.columns) - narrow
        width = (
            max(float(MIN_COLUMN_WIDTH), (available - narrow * NARROW_COLUMN_WIDTH) / wide)
            if wide
            else float(MIN_COLUMN_WIDTH)
        )
        edges = [0.0]
        for column in self.columns:
            edges.append(edges[-1] + (NARROW_COLUMN_WIDTH if column.narrow else width))
        self.edges = edges
        for block in self.blocks:
            self._place(block)
        self._view.header.forget()
        height = self.y_of(self.last_minute)
        self.setFixedSize(max(int(edges[-1]), 1), int(height) + 1)
        self.update()
        self._view.header.update()
        self._view.ruler.update()

    def _place(self, block: Block) -> None:
        left, right = self.edges[block.column], self.edges[block.column + 1]
        top, bottom = self.y_of(block.start), self.y_of(block.end)
        block.rect = QRectF(left + 2, top + 1, max(right - left - 5, 4), max(bottom - top - 2, 4))
        block.buffer_rect = (
            QRectF(left + 2, bottom, right - left - 5, self.y_of(block.buffer_end) - bottom)
            if block.buffer_end > block.end and not block.ends_after
            else None
        )

    # -- geometry

    def y_of(self, minutes: float) -> float:
        return (minutes - self.first_minute) * PX_PER_MINUTE

    def minute_at(self, y: float) -> float:
        return self.first_minute + y / PX_PER_MINUTE

    def column_at(self, x: float) -> int:
        """The column under ``x``; -1 outside the columns."""
        if not self.columns or x < 0 or x >= self.edges[-1]:
            return -1
        return bisect.bisect_right(self.edges, x) - 1

    def block_at(self, point: QPointF) -> Block | None:
        column = self.column_at(point.x())
        if column < 0:
            return None
        for block in self._by_column[column]:
            if block.rect.contains(point):
                return block
        return None

    def blocks_of(self, booking_id: int) -> list[Block]:
        return [block for block in self.blocks if block.booking.id == booking_id]

    def point_at(self, column: int, minutes: float) -> QPoint:
        """The middle of ``column`` at ``minutes`` (for keyboard focus and tests)."""
        x = (self.edges[column] + self.edges[column + 1]) / 2
        return QPoint(int(x), int(self.y_of(minutes)))

    def free_range(self, column: int, minutes: int) -> tuple[int, int]:
        """The free time around ``minutes`` in ``column``: after the blocked
        time (booking and buffer) before it, up to where a booking would leave
        no room for the space's buffer. Empty (start == end) inside a booking
        or its buffer."""
        low, high = self.first_minute, self.last_minute
        buffer = self.columns[column].buffer_minutes
        for block in self._by_column[column]:
            if block.start <= minutes < max(block.buffer_end, block.end):
                return minutes, minutes
            if max(block.buffer_end, block.end) <= minutes:
                low = max(low, block.buffer_end, block.end)
            elif block.start > minutes:
                high = min(high, block.start - buffer)
        return low, max(low, high)

    # -- now

    def _update_now(self) -> None:
        now = self.clock.now().astimezone(self.zone)
        self.today = now.date()
        self.now_minute = now.hour * 60 + now.minute

    def tick(self) -> None:
        old = self.now_minute
        self._update_now()
        if old != self.now_minute:
            for minute in (old, self.now_minute):
                y = int(self.y_of(minute))
                self.update(QRect(0, y - 4, self.width(), 9))

    # -- painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        exposed = QRectF(event.rect())
        painter.fillRect(exposed, BACKGROUND)
        if not self.columns:
            painter.setPen(MUTED)
            painter.drawText(exposed, Qt.AlignmentFlag.AlignCenter, self.tr("No rooms to show"))
            return
        first = max(self.column_at(exposed.left()), 0)
        last = self.column_at(exposed.right())
        last = len(self.columns) - 1 if last < 0 else last
        top = exposed.top()
        bottom = exposed.bottom()
        self._paint_closed(painter, first, last, top, bottom)
        self._paint_lines(painter, exposed, first, last)
        for column in range(first, last + 1):
            for block in self._by_column[column]:
                if block.rect.bottom() < top and (
                    block.buffer_rect is None or block.buffer_rect.bottom() < top
                ):
                    continue
                if block.rect.top() > bottom:
                    continue
                self._paint_block(painter, block)
        self._paint_now(painter, first, last)
        self._paint_overlays(painter)

    def _paint_closed(
        self, painter: QPainter, first: int, last: int, top: float, bottom: float
    ) -> None:
        for n in range(first, last + 1):
            column = self.columns[n]
            left, right = self.edges[n], self.edges[n + 1]
            span = column.open_minutes()
            if span is None:
                painter.fillRect(QRectF(left, top, right - left, bottom - top + 1), CLOSED)
                continue
            opens, closes = self.y_of(span[0]), self.y_of(span[1])
            if opens > top:
                painter.fillRect(QRectF(left, top, right - left, opens - top), CLOSED)
            if closes < bottom:
                painter.fillRect(QRectF(left, closes, right - left, bottom - closes + 1), CLOSED)

    def _paint_lines(self, painter: QPainter, exposed: QRectF, first: int, last: int) -> None:
        start = max(_floor(self.minute_at(exposed.top())), self.first_minute)
        stop = min(self.minute_at(exposed.bottom()) + QUARTER, self.last_minute)
        hours: list[QLineF] = []
        quarters: list[QLineF] = []
        minute = start
        while minute <= stop:
            y = self.y_of(minute) + 0.5
            line = QLineF(exposed.left(), y, exposed.right() + 1, y)
            (hours if minute % 60 == 0 else quarters).append(line)
            minute += QUARTER
        painter.setPen(QPen(QUARTER_LINE, 1))
        painter.drawLines(quarters)
        painter.setPen(QPen(HOUR_LINE, 1))
        painter.drawLines(hours)
        painter.setPen(QPen(COLUMN_LINE, 1))
        painter.drawLines(
            [
                QLineF(
                    self.edges[n + 1] - 0.5,
                    exposed.top(),
                    self.edges[n + 1] - 0.5,
                    exposed.bottom() + 1,
                )
                for n in range(first, last + 1)
            ]
        )

    def _paint_block(self, painter: QPainter, block: Block) -> None:
        booking = block.booking
        if block.buffer_rect is not None:
            painter.fillRect(block.buffer_rect, self.hatch)
        billable = booking.billable
        rect = block.rect
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BILLABLE_FILL if billable else INCLUDED_FILL)
        painter.drawRoundedRect(rect, 3, 3)
        painter.fillRect(
            QRectF(rect.left(), rect.top(), 3, rect.height()),
            BILLABLE_EDGE if billable else INCLUDED_EDGE,
        )
        if block.lines_width != rect.width():
            block.lines = self._lines(block, rect.width())
            block.lines_width = rect.width()
        room = int((rect.height() - 3) // self.line_height)
        if room <= 0:
            return
        x = rect.left() + PAD + 1
        y = rect.top() + 2 + self.bold_metrics.ascent()
        marks = self._marks(booking)
        if marks:
            painter.setFont(self.bold_font)
            painter.setPen(BILLABLE_EDGE if billable else INCLUDED_EDGE)
            painter.drawText(
                QPointF(rect.right() - PAD - self.bold_metrics.horizontalAdvance(marks), y), marks
            )
        painter.setPen(TEXT)
        for number, line in enumerate(block.lines[:room]):
            painter.setFont(self.bold_font if number == 0 else self.text_font)
            painter.drawText(QPointF(x, y), line)
            y += self.line_height

    @staticmethod
    def _marks(booking: BookingRecord) -> str:
        marks = []
        if booking.billable:
            marks.append(EURO_MARK)
        if booking.series_id is not None:
            marks.append(SERIES_MARK)
        return " ".join(marks)

    def _lines(self, block: Block, width: float) -> tuple[str, ...]:
        booking = block.booking
        text_width = width - 2 * PAD - 1
        first_width = text_width - (self.mark_width if self._marks(booking) else 0)
        who = booking.booker
        head = booking.title or who or booking.space_name
        when = f"{clock_text(block.start)}{DASH}{clock_text(block.end)}"
        people = self.people_text.get(booking.people) or self.tr("{0} people").format(
            booking.people
        )
        rest = [who] if booking.title and who else []
        rest.append(f"{when} · {people}")
        elide = Qt.TextElideMode.ElideRight
        return (
            self.bold_metrics.elidedText(head, elide, max(first_width, 0)),
            *(self.metrics.elidedText(line, elide, max(text_width, 0)) for line in rest),
        )

    def _paint_now(self, painter: QPainter, first: int, last: int) -> None:
        if not self.first_minute <= self.now_minute <= self.last_minute:
            return
        y = self.y_of(self.now_minute)
        painter.setPen(QPen(NOW, 2))
        for n in range(first, last + 1):
            if self.columns[n].day == self.today:
                painter.drawLine(QLineF(self.edges[n], y, self.edges[n + 1] - 1, y))

    def _paint_overlays(self, painter: QPainter) -> None:
        painter.setFont(self.bold_font)
        if self.band is not None:
            column, start, end = self.band
            self._paint_range(
                painter, column, start, end, BAND_FILL, BAND_EDGE, Qt.PenStyle.SolidLine
            )
        if self.ghost is not None:
            column, start, end, _block = self.ghost
            self._paint_range(
                painter, column, start, end, GHOST_FILL, GHOST_EDGE, Qt.PenStyle.DashLine
            )
        if self.hasFocus() and self.columns and self._drag is None:
            low = min(self.cursor_minute, self.anchor_minute)
            high = max(self.cursor_minute, self.anchor_minute) + QUARTER
            n = self.cursor_column
            rect = QRectF(
                self.edges[n] + 1,
                self.y_of(low),
                self.edges[n + 1] - self.edges[n] - 3,
                self.y_of(high) - self.y_of(low),
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(CURSOR, 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def _paint_range(
        self,
        painter: QPainter,
        column: int,
        start: int,
        end: int,
        fill: QColor,
        edge: QColor,
        style: Qt.PenStyle,
    ) -> None:
        left, right = self.edges[column], self.edges[column + 1]
        rect = QRectF(
            left + 2, self.y_of(start) + 1, right - left - 5, self.y_of(end) - self.y_of(start) - 2
        )
        painter.setBrush(fill)
        painter.setPen(QPen(edge, 1.5, style))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(edge)
        painter.drawText(
            QPointF(rect.left() + PAD, rect.top() + 2 + self.bold_metrics.ascent()),
            f"{clock_text(start)}{DASH}{clock_text(end)}",
        )

    # -- mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        point = event.position()
        column = self.column_at(point.x())
        if column < 0:
            return
        minute = self.minute_at(point.y())
        block = self.block_at(point)
        if block is None:
            self._drag = _Drag("create", column, point, minute)
            self._set_cursor(column, _floor(minute), extend=False)
        elif not block.ends_after and point.y() >= block.rect.bottom() - EDGE:
            self._drag = _Drag("resize", column, point, minute, block)
        else:
            self._drag = _Drag("move", column, point, minute, block)
            self._set_cursor(column, _floor(minute), extend=False)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        drag = self._drag
        if drag is None:
            self._hover(point)
            return
        if not drag.active:
            if (point - drag.press).manhattanLength() < QApplication.startDragDistance():
                return
            drag.active = True
        minute = self.minute_at(point.y())
        if drag.kind == "create":
            self.band = self._band(drag, minute)
        elif drag.block is not None:
            self.ghost = self._ghost(drag, drag.block, point, minute)
        self.update()
        self._view.ensureVisible(int(point.x()), int(point.y()), 0, 24)

    def _hover(self, point: QPointF) -> None:
        block = self.block_at(point)
        if block is not None and not block.ends_after and point.y() >= block.rect.bottom() - EDGE:
            self.setCursor(Qt.CursorShape.SizeVerCursor)
        elif block is not None:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.unsetCursor()

    def _band(self, drag: _Drag, minute: float) -> tuple[int, int, int] | None:
        pressed = self._clamp(_floor(drag.minute))
        current = self._clamp(_floor(minute))
        low, high = self.free_range(drag.column, pressed)
        start = max(min(pressed, current), low)
        end = min(max(pressed, current) + QUARTER, high)
        return (drag.column, start, end) if end - start >= QUARTER else None

    def _clamp(self, minute: int) -> int:
        return min(max(minute, self.first_minute), self.last_minute - QUARTER)

    def _ghost(
        self, drag: _Drag, block: Block, point: QPointF, minute: float
    ) -> tuple[int, int, int, Block]:
        if drag.kind == "resize":
            end = max(block.start + QUARTER, _snap(minute))
            return block.column, block.start, min(end, 24 * 60), block
        column = self.column_at(point.x())
        if column < 0:
            column = 0 if point.x() < 0 else len(self.columns) - 1
        shift = self._shift(block, minute - drag.minute)
        return column, block.start + shift, block.end + shift, block

    @staticmethod
    def _shift(block: Block, raw: float) -> int:
        """Minutes to move by, so that the new start falls on a quarter."""
        if block.starts_before:
            return _snap(raw)
        return _snap(block.start + raw) - block.start

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        band, ghost = self.band, self.ghost
        self.band = self.ghost = None
        self.update()
        if drag is None or not drag.active or event.button() != Qt.MouseButton.LeftButton:
            return
        if drag.kind == "create" and band is not None:
            column, start, end = band
            self._set_cursor(column, start, extend=False)
            self.cursor_minute = end - QUARTER
            self.request_create(column, start, end)
        elif ghost is not None:
            self._request_move(drag, ghost)

    def _request_move(self, drag: _Drag, ghost: tuple[int, int, int, Block]) -> None:
        column, start, end, block = ghost
        booking = block.booking
        zone = self.zone
        if drag.kind == "resize":
            if end == block.end:
                return
            new_start = booking.start_at.astimezone(zone)
            new_end = at_minutes(self.columns[block.column].day, end, zone)
        else:
            days = (self.columns[column].day - self.columns[block.column].day).days
            shift = timedelta(days=days, minutes=start - block.start)
            if not shift and self.columns[column].space_id == booking.space_id:
                return
            new_start = (booking.start_at.astimezone(zone).replace(tzinfo=None) + shift).replace(
                tzinfo=zone
            )
            new_end = (booking.end_at.astimezone(zone).replace(tzinfo=None) + shift).replace(
                tzinfo=zone
            )
        self.move_requested.emit(booking.id, new_start, new_end, self.columns[column].space_id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._drag = None
        point = event.position()
        block = self.block_at(point)
        if block is not None:
            self.edit_requested.emit(block.booking.id)
            return
        column = self.column_at(point.x())
        if column >= 0:
            self.request_create(column, _floor(self.minute_at(point.y())), None)

    def request_create(self, column: int, start: int, end: int | None) -> bool:
        """Ask for a booking of ``column`` from ``start`` (minutes) to ``end``
        (None: an hour, or up to the next booking)."""
        start = self._clamp(start)
        high = self.free_range(column, start)[1]
        if high - start < QUARTER:
            return False
        if end is None:
            end = min(start + 60, high)
        target = self.columns[column]
        self.create_requested.emit(
            target.space_id,
            at_minutes(target.day, start, self.zone),
            at_minutes(target.day, end, self.zone),
        )
        return True

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.block_at(QPointF(event.pos()))
            if block is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(
                    event.globalPos(), self._view.tooltip(block.booking), self, block.rect.toRect()
                )
            return True
        return super().event(event)

    # -- keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self.cancel_drag()
            return
        if not self.columns:
            super().keyPressEvent(event)
            return
        extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Up:
            self._set_cursor(self.cursor_column, self.cursor_minute - QUARTER, extend)
        elif key == Qt.Key.Key_Down:
            self._set_cursor(self.cursor_column, self.cursor_minute + QUARTER, extend)
        elif key == Qt.Key.Key_Left:
            self._set_cursor(self.cursor_column - 1, self.cursor_minute, False)
        elif key == Qt.Key.Key_Right:
            self._set_cursor(self.cursor_column + 1, self.cursor_minute, False)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate_cursor()
        else:
            super().keyPressEvent(event)

    def cancel_drag(self) -> None:
        self._drag = None
        self.band = self.ghost = None
        self.update()

    def activate_cursor(self) -> None:
        """Enter: open the booking under the cursor, or book the selected time."""
        point = self.point_at(self.cursor_column, self.cursor_minute + QUARTER / 2)
        block = self.block_at(QPointF(point))
        if block is not None:
            self.edit_requested.emit(block.booking.id)
            return
        low = min(self.cursor_minute, self.anchor_minute)
        high = max(self.cursor_minute, self.anchor_minute) + QUARTER
        self.request_create(self.cursor_column, low, None if high - low == QUARTER else high)

    def _set_cursor(self, column: int, minute: int, extend: bool) -> None:
        column = min(max(column, 0), len(self.columns) - 1)
        minute = self._clamp(minute)
        self.cursor_column = column
        self.cursor_minute = minute
        if not extend:
            self.anchor_minute = minute
        self.update()
        point = self.point_at(column, minute)
        self._view.ensureVisible(point.x(), point.y(), 40, 30)

    def focusInEvent(self, event: Any) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        self.update()
        super().focusOutEvent(event)


class _Header(QWidget):
    """The sticky row of column titles above the grid."""

    def __init__(self, view: CalendarView) -> None:
        super().__init__(view)
        self._view = view
        self.title_font = QFont(self.font())
        self.title_font.setPointSizeF(9.5)
        self.title_font.setBold(True)
        self.detail_font = QFont(self.font())
        self.detail_font.setPointSizeF(8.5)
        self.title_metrics = QFontMetricsF(self.title_font)
        self.detail_metrics = QFontMetricsF(self.detail_font)
        self._elided: dict[tuple[int, float], tuple[str, str]] = {}

    def paintEvent(self, event: QPaintEvent) -> None:
        grid = self._view.grid
        painter = QPainter(self)
        painter.fillRect(self.rect(), HEADER_BACKGROUND)
        offset = self._view.horizontalScrollBar().value()
        first = max(grid.column_at(offset), 0)
        last = grid.column_at(offset + self.width())
        last = len(grid.columns) - 1 if last < 0 else last
        painter.setPen(QPen(COLUMN_LINE, 1))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        for n in range(first, min(last + 1, len(grid.columns))):
            column = grid.columns[n]
            left = grid.edges[n] - offset
            width = grid.edges[n + 1] - grid.edges[n]
            painter.setPen(QPen(COLUMN_LINE, 1))
            painter.drawLine(QLineF(left + width - 0.5, 4, left + width - 0.5, self.height() - 4))
            title, detail = self._texts(n, column, width)
            today = column.day == grid.today and len({c.day for c in grid.columns}) > 1
            painter.setFont(self.title_font)
            painter.setPen(TODAY if today else (MUTED if column.hours is None else TEXT))
            painter.drawText(QPointF(left + 6, 6 + self.title_metrics.ascent()), title)
            painter.setFont(self.detail_font)
            painter.setPen(MUTED)
            painter.drawText(
                QPointF(
                    left + 6, 6 + self.title_metrics.height() + self.detail_metrics.ascent() + 1
                ),
                detail,
            )

    def _texts(self, n: int, column: Column, width: float) -> tuple[str, str]:
        """A column's title and detail elided to its width (cached until the
        data or the width changes)."""
        found = self._elided.get((n, width))
        if found is None:
            room = max(width - 10, 0)
            elide = Qt.TextElideMode.ElideRight
            found = (
                self.title_metrics.elidedText(column.title, elide, room),
                self.detail_metrics.elidedText(column.detail, elide, room),
            )
            self._elided[(n, width)] = found
        return found

    def forget(self) -> None:
        self._elided.clear()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            grid = self._view.grid
            column = grid.column_at(event.pos().x() + self._view.horizontalScrollBar().value())
            if column >= 0:
                QToolTip.showText(event.globalPos(), self._view.column_tooltip(column), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class _Ruler(QWidget):
    """The sticky column of hours left of the grid."""

    def __init__(self, view: CalendarView) -> None:
        super().__init__(view)
        self._view = view
        self.hour_font = QFont(self.font())
        self.hour_font.setPointSizeF(9.0)
        self.metrics = QFontMetricsF(self.hour_font)

    def paintEvent(self, event: QPaintEvent) -> None:
        grid = self._view.grid
        painter = QPainter(self)
        painter.fillRect(self.rect(), HEADER_BACKGROUND)
        painter.setFont(self.hour_font)
        offset = self._view.verticalScrollBar().value()
        hour = (grid.first_minute // 60) * 60
        while hour <= grid.last_minute:
            y = grid.y_of(hour) - offset
            if -20 < y < self.height() + 20:
                painter.setPen(QPen(HOUR_LINE, 1))
                painter.drawLine(QLineF(self.width() - 8, y + 0.5, self.width(), y + 0.5))
                painter.setPen(MUTED)
                text = clock_text(hour)
                x = self.width() - 10 - self.metrics.horizontalAdvance(text)
                painter.drawText(QPointF(x, y + self.metrics.ascent() + 2), text)
            hour += 60
        if grid.today in {c.day for c in grid.columns} and (
            grid.first_minute <= grid.now_minute <= grid.last_minute
        ):
            y = grid.y_of(grid.now_minute) - offset
            painter.setPen(QPen(NOW, 2))
            painter.drawLine(QLineF(self.width() - 8, y, self.width(), y))
        painter.setPen(QPen(COLUMN_LINE, 1))
        painter.drawLine(self.width() - 1, 0, self.width() - 1, self.height())


class CalendarView(QScrollArea):
    """The grid in a scroll area, with the room names and the hours kept in
    view while it scrolls. See the module's docstring for the signals."""

    create_requested = Signal(int, object, object)
    move_requested = Signal(int, object, object, int)
    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setWidgetResizable(False)
        self.setViewportMargins(RULER_WIDTH, HEADER_HEIGHT, 0, 0)
        self.header = _Header(self)
        self.ruler = _Ruler(self)
        self.corner = QWidget(self)
        self.corner.setAutoFillBackground(True)
        self.corner.setStyleSheet(f"background: {HEADER_BACKGROUND.name()};")
        self.grid = CalendarGrid(self)
        self.setWidget(self.grid)
        self.setFocusProxy(self.grid)
        self.grid.create_requested.connect(self.create_requested)
        self.grid.move_requested.connect(self.move_requested)
        self.grid.edit_requested.connect(self.edit_requested)
        self.horizontalScrollBar().valueChanged.connect(self._on_horizontal_value_changed)
        self.verticalScrollBar().valueChanged.connect(self._on_vertical_value_changed)
        self._tooltip: Any = None
        self._column_tooltip: Any = None
        self._pending_minute: int | None = None
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._on_clock_timeout)
        self._clock.start(60_000)

    def set_tooltip_maker(self, make: Any) -> None:
        """``make(booking) -> str``: the text of a block's tooltip."""
        self._tooltip = make

    def tooltip(self, booking: BookingRecord) -> str:
        return str(self._tooltip(booking)) if self._tooltip is not None else booking.title

    def set_column_tooltip_maker(self, make: Any) -> None:
        """``make(column) -> str``: a header's tooltip, asked for when shown
        (so that a load does not format 50 of them)."""
        self._column_tooltip = make

    def column_tooltip(self, number: int) -> str:
        column = self.grid.columns[number]
        if self._column_tooltip is not None:
            return str(self._column_tooltip(column))
        return column.tooltip or column.title

    def set_data(
        self,
        columns: Sequence[Column],
        bookings: Sequence[BookingRecord],
        zone: ZoneInfo,
        usual_hours: tuple[time, time] | None = None,
    ) -> None:
        self.header.forget()
        self.grid.set_data(columns, bookings, zone, usual_hours)

    @property
    def blocks(self) -> list[Block]:
        return self.grid.blocks

    @property
    def columns(self) -> list[Column]:
        return self.grid.columns

    def scroll_to_minute(self, minutes: int) -> None:
        """Scroll so that ``minutes`` is at the top (once shown, if hidden)."""
        self._pending_minute = minutes
        if self.isVisible():
            self._scroll_pending()

    def _scroll_pending(self) -> None:
        if self._pending_minute is not None:
            self.verticalScrollBar().setValue(int(self.grid.y_of(self._pending_minute)))
            self._pending_minute = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._scroll_pending)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        port = self.viewport().geometry()
        self.header.setGeometry(port.x(), port.y() - HEADER_HEIGHT, port.width(), HEADER_HEIGHT)
        self.ruler.setGeometry(port.x() - RULER_WIDTH, port.y(), RULER_WIDTH, port.height())
        self.corner.setGeometry(
            port.x() - RULER_WIDTH, port.y() - HEADER_HEIGHT, RULER_WIDTH, HEADER_HEIGHT
        )
        if self.grid.columns:
            self.grid.relayout()

    def _on_horizontal_value_changed(self, _value: int) -> None:
        self.header.update()

    def _on_vertical_value_changed(self, _value: int) -> None:
        self.ruler.update()

    def _on_clock_timeout(self) -> None:
        self.grid.tick()
        self.ruler.update()
