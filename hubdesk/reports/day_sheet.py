"""The day sheet posted at reception, and the sheets on the room doors, as PDF
documents (ReportLab, DejaVu Sans embedded).

:func:`day_sheet_pdf` prints a :class:`~hubdesk.domain.sheets.DaySheet` on A4
landscape: a header (hub, weekday and date, opening hours, when it was
printed), the rooms x hours grid, then in narrow columns the bookings that
did not fit their box, the events, the expected guests, the flex desks and
the offices with their tenants. A normal day of a hub of ten rooms is one
page; more rooms or a longer day add pages, and the grid repeats its hours
on each. A booking's box shows what fits of its time, title, booker and
people, shortened with an ellipsis, never more; a booking whose box cannot
show its time, title and booker whole gets a number, and the numbered list
after the grid prints it in full. So every booking's title and booker is on
the sheet, however many a room has.

:func:`room_sheets_pdf` prints :class:`~hubdesk.domain.sheets.RoomSheet`
records on A4 portrait, one room per page: the room's name in large type,
the day or the days, and the bookings (time, title, booker) in large type,
a heading per day when there are several. A room whose bookings do not fit
one page continues on the next, its name repeated.

The documents are written in the sheet's language (the hub's), with the
labels in :data:`TEXTS` (as the invoices and letters do). Text is drawn as
plain strings (no markup to break) or escaped before it goes into paragraph
markup. The output is deterministic: the same records give the same bytes,
and the PDF's creation date is the (first) day of the sheet.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from xml.sax.saxutils import escape

from hubdesk.domain.enums import Language, SpaceKind
from hubdesk.domain.sheets import (
    DayPart,
    DaySheet,
    RoomSheet,
    SheetBooking,
    SheetFlex,
    SheetRoom,
)
from hubdesk.reports.fitted_text import (
    Run,
    clip_lines,
    colour,
    draw_fitted,
    draw_runs,
    ellipsize,
    fitted_size,
    plain,
    runs_width,
    text_width,
    wrap_runs,
)
from hubdesk.reports.pdf_base import (
    FONT,
    FONT_BOLD,
    build_pdf,
    document_language,
    document_locale,
    register_fonts,
)

#: Where a flex desk's morning ends (as the bookings service splits days).
_HALF_DAY = time(13)

#: The sheets' texts per language. {placeholders} are filled with plain text.
TEXTS: dict[Language, dict[str, str]] = {
    Language.EN: {
        "day_sheet": "Day sheet",
        "open": "Open {opens}\u2013{closes}",
        "closed": "Closed",
        "closed_note": "The hub is closed on this day.",
        "printed": "Printed {moment}",
        "page": "Page {page} of {pages}",
        "people": "{count} ppl",
        "floor": "floor {floor}",
        "event_space": "event space",
        "no_rooms": "No meeting rooms or event spaces.",
        "in_full": "Bookings in full",
        "events": "Events",
        "registered": "{count} registered",
        "registered_of": "{count} of {capacity} registered",
        "guests": "Expected guests",
        "guest_of": "for {host}",
        "arrived": "arrived {time}",
        "flex": "Flex desks",
        "morning": "morning",
        "afternoon": "afternoon",
        "whole_day": "all day",
        "offices": "Offices",
        "vacant": "vacant",
        "none": "None.",
        "door_sheet": "Room sheet",
        "continued": "{period} (continued)",
        "no_bookings": "No bookings.",
        "closed_day": "closed",
    },
    Language.NL: {
        "day_sheet": "Dagoverzicht",
        "open": "Open {opens}\u2013{closes}",
        "closed": "Gesloten",
        "closed_note": "De hub is op deze dag gesloten.",
        "printed": "Afgedrukt {moment}",
        "page": "Pagina {page} van {pages}",
        "people": "{count} pers.",
        "floor": "verdieping {floor}",
        "event_space": "evenementenruimte",
        "no_rooms": "Geen vergaderruimtes of evenementenruimtes.",
        "in_full": "Boekingen voluit",
        "events": "Evenementen",
        "registered": "{count} aangemeld",
        "registered_of": "{count} van {capacity} aangemeld",
        "guests": "Verwachte gasten",
        "guest_of": "voor {host}",
        "arrived": "binnen {time}",
        "flex": "Flexplekken",
        "morning": "ochtend",
        "afternoon": "middag",
        "whole_day": "hele dag",
        "offices": "Kantoren",
        "vacant": "leeg",
        "none": "Geen.",
        "door_sheet": "Ruimteoverzicht",
        "continued": "{period} (vervolg)",
        "no_bookings": "Geen boekingen.",
        "closed_day": "gesloten",
    },
}

#: Points per millimetre.
MM = 72 / 25.4

_INK = "#1a1a1a"
_GREY = "#5f5f5f"
_LIGHT = "#9a9a9a"
_RULE = "#bdbdbd"
_HOUR_LINE = "#cfcfcf"
_HALF_LINE = "#ececec"
_OUTSIDE = "#f1f1f1"
_NUMBER = "#12386b"
_CLOSED = "#b00020"
#: Box fill and border per kind of room.
_BOX = {
    SpaceKind.MEETING_ROOM: ("#dce6f2", "#6f8fb8"),
    SpaceKind.EVENT_SPACE: ("#f4e6d2", "#b98d57"),
}


def long_date(day: date, language: Language) -> str:
    """'Monday 23 November 2026' / 'Maandag 23 november 2026'."""
    from babel.dates import format_date

    text = format_date(day, "EEEE d MMMM y", locale=document_locale(language))
    return text[:1].upper() + text[1:]


def _short_date(day: date, language: Language) -> str:
    from babel.dates import format_date

    return str(format_date(day, "d MMM", locale=document_locale(language)))


def days_text(first: date, last: date, language: Language) -> str:
    """'23-29 November 2026', '30 November - 6 December 2026', '28 December
    2026 - 3 January 2027' (with an en dash)."""
    from babel.dates import format_date

    locale = document_locale(language)
    if (first.year, first.month) == (last.year, last.month):
        start = str(first.day)
    elif first.year == last.year:
        start = format_date(first, "d MMMM", locale=locale)
    else:
        start = format_date(first, "d MMMM y", locale=locale)
    end = format_date(last, "d MMMM y", locale=locale)
    return f"{start}\u2013{end}" if start.isdigit() else f"{start} \u2013 {end}"


def _hm(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def clock(moment: datetime, day: date, language: Language) -> str:
    """'09:30' on ``day``; '24:00' for the midnight that ends it; with the
    date on another day ('22 Nov 18:00')."""
    if moment.date() == day:
        return _hm(moment.time())
    if moment.date() == day + timedelta(days=1) and moment.time() == time(0):
        return "24:00"
    return f"{_short_date(moment.date(), language)} {_hm(moment.time())}"


def time_span(start: datetime, end: datetime, day: date, language: Language) -> str:
    return f"{clock(start, day, language)}\u2013{clock(end, day, language)}"


def _printed(moment: datetime | None, language: Language) -> str:
    if moment is None:
        return ""
    from babel.dates import format_date

    day = format_date(moment.date(), "d MMM y", locale=document_locale(language))
    return TEXTS[language]["printed"].format(moment=f"{day} {_hm(moment.time())}")


# ------------------------------------------------------------------ the grid

#: Text in the grid's boxes and in the lists is drawn narrowed to this share
#: of its width, as timetables do: more of a name fits a short booking.
NARROW = 0.9
#: Box text: the time line, the title and booker, line height, padding.
_TIME_SIZE = 5.4
_TEXT_SIZE = 5.8
_BOX_LEADING = 6.1
_BOX_PAD = 1.2
#: Lines a booking's box holds (its time, then title and booker).
_BOX_LINES = 4
_BOX_INSET = 0.5
_NUMBER_SIZE = 5.8
_ROW_HEIGHT = 2 * _BOX_INSET + 2 * _BOX_PAD + _BOX_LINES * _BOX_LEADING + 0.6
_GRID_HEADER = 11.0


@dataclass(frozen=True)
class _Box:
    x0: float
    x1: float
    kind: SpaceKind
    #: The first line (number, time) in the time size, then the text lines.
    lines: tuple[tuple[Run, ...], ...]
    #: The number drawn upright, in a box too narrow for it across ('' none).
    upright: str
    #: Drawn cut at the grid's start or end (the booking goes on).
    cut_start: bool
    cut_end: bool


@dataclass(frozen=True)
class _GridRow:
    room: SheetRoom
    label: tuple[tuple[float, tuple[Run, ...]], ...]
    boxes: tuple[_Box, ...]


@dataclass(frozen=True)
class _Geometry:
    label_width: float
    hours_width: float
    first_hour: int
    last_hour: int
    #: Opening and closing as hours from midnight (None: closed).
    opens: float | None
    closes: float | None
    row_height: float = _ROW_HEIGHT
    header_height: float = _GRID_HEADER

    @property
    def hour_width(self) -> float:
        return self.hours_width / max(1, self.last_hour - self.first_hour)

    def x_of(self, hours: float) -> float:
        return self.label_width + (hours - self.first_hour) * self.hour_width


def _hours_of(moment: datetime, day: date) -> float:
    """Hours from ``day``'s midnight to ``moment``, clipped to the day."""
    if moment.date() < day:
        return 0.0
    if moment.date() > day:
        return 24.0
    return moment.hour + moment.minute / 60 + moment.second / 3600


def _opening(sheet: DaySheet) -> tuple[float, float] | None:
    if sheet.opens is None or sheet.closes is None:
        return None
    closes = sheet.closes.hour + sheet.closes.minute / 60
    return sheet.opens.hour + sheet.opens.minute / 60, closes or 24.0


def _hour_range(sheet: DaySheet) -> tuple[int, int]:
    """Whole hours from opening (or the first booking) to closing (or the
    last booking's end); 08-18 for a closed day without bookings. A booking
    going on from the day before or into the next stretches the hours only
    as far as an hour of it."""
    lows: list[float] = []
    highs: list[float] = []
    opening = _opening(sheet)
    if opening is not None:
        lows.append(opening[0])
        highs.append(opening[1])
    rooms = {room.space_id for room in sheet.rooms}
    for booking in sheet.bookings:
        if booking.space_id not in rooms:
            continue
        # a booking from the day before, or into the next, shows an hour of
        # itself at least, not the whole night
        start, end = _hours_of(booking.start, sheet.day), _hours_of(booking.end, sheet.day)
        lows.append(start if booking.start.date() == sheet.day else max(0.0, end - 1))
        ends_today = booking.end <= datetime.combine(
            sheet.day + timedelta(days=1), time(0), booking.end.tzinfo
        )
        highs.append(end if ends_today else min(24.0, start + 1))
    if not lows:
        return 8, 18
    first = max(0, math.floor(min(lows)))
    last = min(24, math.ceil(max(highs)))
    return first, max(last, first + 1)


def _box_lines(
    booking: SheetBooking,
    width: float,
    number: int | None,
    words: dict[str, str],
    day: date,
    language: Language,
) -> tuple[tuple[tuple[Run, ...], ...], bool]:
    """The lines a booking's box of ``width`` shows, and whether they show
    its time, title and booker whole. A ``number`` (the booking is listed in
    full after the grid) leads the first line."""
    inner = width - 2 * _BOX_PAD
    if inner <= 0:
        return (), False
    span = time_span(booking.start, booking.end, day, language)
    people = words["people"].format(count=booking.people)
    flow: list[Run] = [(booking.title, FONT_BOLD, _INK)]
    if booking.booker:
        flow += [(" ", FONT, _INK), (booking.booker, FONT, _INK)]
    text = wrap_runs(flow, _TEXT_SIZE, inner, NARROW, break_words=False)
    lead: list[Run] = [(f"{number}", FONT_BOLD, _NUMBER), (" ", FONT, _GREY)] if number else []
    first: tuple[Run, ...] = ()
    for candidate in (f"{span} \u00b7 {people}", span, clock(booking.start, day, language)):
        line = (*lead, (candidate, FONT, _GREY))
        if runs_width(line, _TIME_SIZE, NARROW) <= inner:
            first = line
            break
    if not first and lead and runs_width(lead[:1], _TIME_SIZE, NARROW) <= inner:
        first = tuple(lead[:1])
    whole_time = bool(first) and plain(first).removeprefix(plain(lead)) in (
        span,
        f"{span} \u00b7 {people}",
    )
    # whole: every line shown, and no word cut short to fit the box
    shown = " ".join(plain(line) for line in text)
    whole_text = shown == " ".join(f"{booking.title} {booking.booker}".split())
    complete = whole_time and whole_text and 1 + len(text) <= _BOX_LINES
    if inner < 3 * text_width("M", FONT_BOLD, _TEXT_SIZE) * NARROW:
        text = []  # too narrow for words: the number (and time) only
    return (first, *clip_lines(text, _BOX_LINES - 1, _TEXT_SIZE, inner, NARROW)), complete


def _room_label(
    room: SheetRoom, width: float, words: dict[str, str]
) -> tuple[tuple[float, tuple[Run, ...]], ...]:
    name = wrap_runs([(room.name, FONT_BOLD, _INK)], 7, width, NARROW, break_words=False)
    lines = [(7.0, line) for line in clip_lines(name, 2, 7, width, NARROW)]
    facts = [words["floor"].format(floor=room.floor), words["people"].format(count=room.capacity)]
    if room.kind == SpaceKind.EVENT_SPACE:
        facts.insert(0, words["event_space"])
    # the facts wrap onto a second line when the name leaves room for one
    detail = wrap_runs([(" \u00b7 ".join(facts), FONT, _GREY)], 5.4, width, NARROW)
    lines.extend((5.4, line) for line in clip_lines(detail, 3 - len(lines), 5.4, width, NARROW))
    return tuple(lines)


def _grid_rows(
    sheet: DaySheet, geometry: _Geometry, language: Language
) -> tuple[tuple[_GridRow, ...], list[SheetBooking]]:
    """The grid's rows with their boxes, and the bookings whose boxes cannot
    show them whole, numbered in the sheet's order (by start, then room)."""
    words = TEXTS[language]
    kinds = {room.space_id: room.kind for room in sheet.rooms}
    boxes: dict[int, list[_Box]] = {room.space_id: [] for room in sheet.rooms}
    listed: list[SheetBooking] = []
    for booking in sheet.bookings:
        if booking.space_id not in boxes:  # a room not on the sheet: listed all the same
            listed.append(booking)
            continue
        begins, ends = _hours_of(booking.start, sheet.day), _hours_of(booking.end, sheet.day)
        x0 = geometry.x_of(max(begins, geometry.first_hour))
        x1 = geometry.x_of(min(ends, geometry.last_hour))
        width = x1 - x0 - 2 * _BOX_INSET
        lines, complete = _box_lines(booking, width, None, words, sheet.day, language)
        if not complete:
            listed.append(booking)
            lines, _ = _box_lines(booking, width, len(listed), words, sheet.day, language)
        upright = str(len(listed)) if not complete and not any(lines) else ""
        boxes[booking.space_id].append(
            _Box(
                x0,
                x1,
                kinds[booking.space_id],
                lines,
                upright,
                begins < geometry.first_hour,
                ends > geometry.last_hour,
            )
        )
    rows = tuple(
        _GridRow(
            room,
            _room_label(room, geometry.label_width - 5, words),
            tuple(boxes[room.space_id]),
        )
        for room in sheet.rooms
    )
    return rows, listed


def _draw_grid(canvas: Any, rows: Sequence[_GridRow], g: _Geometry) -> None:
    body_top = len(rows) * g.row_height
    right = g.label_width + g.hours_width
    canvas.saveState()
    canvas.setFillColor(colour(_OUTSIDE))  # hours outside opening time, shaded
    if g.opens is None or g.closes is None:
        canvas.rect(g.label_width, 0, g.hours_width, body_top, stroke=0, fill=1)
    else:
        if g.opens > g.first_hour:
            x = g.x_of(g.opens)
            canvas.rect(g.label_width, 0, x - g.label_width, body_top, stroke=0, fill=1)
        if g.closes < g.last_hour:
            x = g.x_of(g.closes)
            canvas.rect(x, 0, right - x, body_top, stroke=0, fill=1)
    canvas.setLineWidth(0.3)
    step = 1 if g.hour_width >= 22 else (2 if g.hour_width >= 11 else 3)
    for hour in range(g.first_hour, g.last_hour + 1):
        x = g.x_of(hour)
        if hour < g.last_hour and g.hour_width >= 16:
            canvas.setStrokeColor(colour(_HALF_LINE))
            canvas.line(x + g.hour_width / 2, 0, x + g.hour_width / 2, body_top)
        labelled = (hour - g.first_hour) % step == 0
        canvas.setStrokeColor(colour(_HOUR_LINE))
        canvas.line(x, 0, x, body_top + (3 if labelled else 0))
        if labelled and hour < g.last_hour:
            draw_runs(canvas, x + 1.5, body_top + 3, [(f"{hour:02d}:00", FONT_BOLD, _GREY)], 6.5)
    canvas.setLineWidth(0.4)
    canvas.setStrokeColor(colour(_RULE))
    canvas.line(0, body_top, right, body_top)
    for index, row in enumerate(rows):
        y = body_top - (index + 1) * g.row_height
        canvas.setStrokeColor(colour(_RULE))
        canvas.line(0, y, right, y)
        label_y = y + g.row_height - 8.5
        for size, line in row.label:
            draw_runs(canvas, 2, label_y, line, size, NARROW)
            label_y -= size + 1.6
        for box in row.boxes:
            _draw_box(canvas, box, y, g.row_height)
    canvas.restoreState()


def _draw_box(canvas: Any, box: _Box, row_y: float, row_height: float) -> None:
    fill, border = _BOX.get(box.kind, _BOX[SpaceKind.MEETING_ROOM])
    x = box.x0 + _BOX_INSET
    width = max(box.x1 - box.x0 - 2 * _BOX_INSET, 0.6)
    y = row_y + _BOX_INSET
    height = row_height - 2 * _BOX_INSET
    canvas.setFillColor(colour(fill))
    canvas.setStrokeColor(colour(border))
    canvas.setLineWidth(0.5)
    canvas.rect(x, y, width, height, stroke=1, fill=1)
    if box.cut_start or box.cut_end:  # a heavy edge where the booking goes on
        canvas.setLineWidth(1.6)
        if box.cut_start:
            canvas.line(x, y, x, y + height)
        if box.cut_end:
            canvas.line(x + width, y, x + width, y + height)
    if box.upright:
        # the number turned a quarter, as large as the box's width allows
        size = min(_NUMBER_SIZE, (width - 0.6) / 0.8)
        length = text_width(box.upright, FONT_BOLD, size)
        if size >= 3 and length <= height - 2 * _BOX_PAD:
            canvas.saveState()
            canvas.translate(x + width / 2 + size * 0.36, y + height - _BOX_PAD - length)
            canvas.rotate(90)
            draw_runs(canvas, 0, 0, [(box.upright, FONT_BOLD, _NUMBER)], size)
            canvas.restoreState()
        return
    baseline = y + height - _BOX_PAD - _TEXT_SIZE * 0.8
    for index, line in enumerate(box.lines):
        draw_runs(
            canvas, x + _BOX_PAD, baseline, line, _TIME_SIZE if index == 0 else _TEXT_SIZE, NARROW
        )
        baseline -= _BOX_LEADING


# -------------------------------------------------------- lists in columns

_LIST_SIZE = 6.0
_LIST_LEADING = 7.0
_LIST_COLUMNS = 6


@dataclass(frozen=True)
class _ListLine:
    #: Drawn at the column's left edge (a time, a number); may be empty.
    prefix: tuple[Run, ...]
    indent: float
    runs: tuple[Run, ...]


@dataclass(frozen=True)
class _Block:
    """Lines kept together in a column (an entry; a heading with its first
    entry); a ``spacer`` block is left out at the top of a column."""

    lines: tuple[_ListLine, ...]
    spacer: bool = False


def _entry(
    prefix: str, prefix_width: float, runs: Sequence[Run], width: float
) -> tuple[_ListLine, ...]:
    """An entry: ``prefix`` (bold) in a column of its own, the runs wrapped
    beside it."""
    indent = prefix_width if prefix else 0.0
    wrapped = wrap_runs(runs, _LIST_SIZE, width - indent, NARROW) or [()]
    return tuple(
        _ListLine(((prefix, FONT_BOLD, _NUMBER),) if prefix and index == 0 else (), indent, line)
        for index, line in enumerate(wrapped)
    )


def _section(
    title: str, entries: Sequence[tuple[_ListLine, ...]], none: str, width: float
) -> list[_Block]:
    """A heading and its entries as blocks: a blank line before the heading
    (left out at the top of a column), the heading kept with its first entry."""
    heading = _ListLine(
        (), 0.0, ((ellipsize(title, FONT_BOLD, _LIST_SIZE, width, NARROW), FONT_BOLD, _INK),)
    )
    if not entries:
        entries = [(_ListLine((), 0.0, ((none, FONT, _GREY),)),)]
    blocks = [_Block((_ListLine((), 0.0, ()),), spacer=True), _Block((heading, *entries[0]))]
    blocks += [_Block(entry) for entry in entries[1:]]
    return blocks


def _fill(blocks: Sequence[_Block], rows: int) -> list[list[_Block]]:
    """Blocks into columns of ``rows`` lines, in order; a spacer at the top
    of a column takes no line."""
    columns: list[list[_Block]] = [[]]
    used = 0
    for block in blocks:
        if block.spacer and used == 0:
            continue
        if used + len(block.lines) > rows and used > 0:
            columns.append([])
            used = 0
            if block.spacer:
                continue
        columns[-1].append(block)
        used += len(block.lines)
    return columns


def _balanced_rows(blocks: Sequence[_Block], columns: int) -> int:
    """The fewest lines per column that set ``blocks`` in ``columns`` columns."""
    lines = sum(len(block.lines) for block in blocks if not block.spacer)
    rows = max(math.ceil(lines / columns), max((len(b.lines) for b in blocks), default=1))
    while len(_fill(blocks, rows)) > columns:
        rows += 1
    return rows


def _take(blocks: Sequence[_Block], columns: int, rows: int) -> tuple[list[_Block], list[_Block]]:
    """The blocks that fit ``columns`` columns of ``rows`` lines, and the
    rest; a block taller than a column is cut between its lines."""
    pieces: list[_Block] = []
    for block in blocks:
        if len(block.lines) > rows:
            pieces += [
                _Block(block.lines[start : start + rows])
                for start in range(0, len(block.lines), rows)
            ]
        else:
            pieces.append(block)
    filled = _fill(pieces, rows)
    head = [block for column in filled[:columns] for block in column]
    rest = [block for column in filled[columns:] for block in column]
    return head, rest


def _draw_columns(
    canvas: Any, blocks: Sequence[_Block], columns: int, gap: float, width: float, height: float
) -> None:
    rows = _balanced_rows(blocks, columns)
    column_width = (width - gap * (columns - 1)) / columns
    for index, column in enumerate(_fill(blocks, rows)):
        x = index * (column_width + gap)
        y = height - _LIST_SIZE
        for block in column:
            for line in block.lines:
                if line.prefix:
                    draw_runs(canvas, x, y, line.prefix, _LIST_SIZE, NARROW)
                draw_runs(canvas, x + line.indent, y, line.runs, _LIST_SIZE, NARROW)
                y -= _LIST_LEADING


@functools.cache
def _flowable_classes() -> tuple[type, type, type]:
    """The grid, the columns and the page marker as ReportLab flowables
    (defined on first use: ReportLab is slow to import)."""
    from reportlab.platypus import Flowable

    class Grid(Flowable):  # type: ignore[misc]
        """Rooms as rows, hours as columns; splits between rows, every part
        with the hours on top."""

        def __init__(self, rows: Sequence[_GridRow], geometry: _Geometry) -> None:
            super().__init__()
            self.rows = tuple(rows)
            self.geometry = geometry

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            g = self.geometry
            self.width = g.label_width + g.hours_width
            self.height = g.header_height + len(self.rows) * g.row_height
            return self.width, self.height

        def split(self, available_width: float, available_height: float) -> list[Any]:
            g = self.geometry
            fit = int((available_height - g.header_height + 0.01) // g.row_height)
            if fit < 1 or fit >= len(self.rows):
                return []
            return [Grid(self.rows[:fit], g), Grid(self.rows[fit:], g)]

        def draw(self) -> None:
            _draw_grid(self.canv, self.rows, self.geometry)

    class Columns(Flowable):  # type: ignore[misc]
        """Blocks of lines in balanced columns; splits between blocks."""

        def __init__(self, blocks: Sequence[_Block], columns: int, gap: float) -> None:
            super().__init__()
            self.blocks = tuple(blocks)
            self.columns = columns
            self.gap = gap

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.width = available_width
            self.height = _balanced_rows(self.blocks, self.columns) * _LIST_LEADING
            return self.width, self.height

        def split(self, available_width: float, available_height: float) -> list[Any]:
            rows = int((available_height + 0.01) // _LIST_LEADING)
            if rows < 4:
                return []
            head, rest = _take(self.blocks, self.columns, rows)
            if not head:
                return []
            if not rest:  # fits once a block taller than a column is cut
                cut = Columns(head, self.columns, self.gap)
                return [cut] if len(head) != len(self.blocks) else []
            return [Columns(head, self.columns, self.gap), Columns(rest, self.columns, self.gap)]

        def draw(self) -> None:
            _draw_columns(self.canv, self.blocks, self.columns, self.gap, self.width, self.height)

    class Marker(Flowable):  # type: ignore[misc]
        """Takes no room; calls ``on_draw`` when placed on a page (to tell the
        page decorations what the page shows)."""

        def __init__(self, on_draw: Callable[[], None]) -> None:
            super().__init__()
            self.on_draw = on_draw

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            self.on_draw()

    return Grid, Columns, Marker


# ---------------------------------------------------------------- the canvas


# ----------------------------------------------------------------- day sheet


def day_sheet_pdf(sheet: DaySheet, *, language: Language | None = None) -> bytes:
    """The day sheet as PDF bytes (A4 landscape), in ``language`` (default:
    the sheet's, which is the hub's)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import Spacer

    register_fonts()
    language = document_language(language or sheet.language)
    words = TEXTS[language]
    Grid, Columns, _Marker = _flowable_classes()
    page_width, page_height = landscape(A4)
    margin = 7 * MM
    header = 11.5 * MM
    width = page_width - 2 * margin
    first_hour, last_hour = _hour_range(sheet)
    opening = _opening(sheet)
    label_width = 27 * MM
    geometry = _Geometry(
        label_width=label_width,
        hours_width=width - label_width,
        first_hour=first_hour,
        last_hour=last_hour,
        opens=opening[0] if opening else None,
        closes=opening[1] if opening else None,
    )
    rows, listed = _grid_rows(sheet, geometry, language)
    gap = 3.5 * MM
    column_width = (width - gap * (_LIST_COLUMNS - 1)) / _LIST_COLUMNS

    story: list[Any] = []
    body_height = page_height - 2 * margin - header
    free = body_height - 0.5 * MM  # the height left under the grid's last part
    if rows and (not sheet.closed or listed or any(row.boxes for row in rows)):
        story.append(Grid(rows, geometry))
        per_page = max(1, int((body_height - geometry.header_height) // geometry.row_height))
        on_last = len(rows) - per_page * ((len(rows) - 1) // per_page)
        free -= geometry.header_height + on_last * geometry.row_height
    elif not rows:
        line = _ListLine((), 0.0, ((words["no_rooms"], FONT, _GREY),))
        story.append(Columns([_Block((line,))], _LIST_COLUMNS, gap))
        free -= _LIST_LEADING
    story.append(Spacer(1, 0.5 * MM))
    # one office a line, or run on per floor when that fits under the grid
    # (when running them on is what keeps the sheet on that page)
    lines = max(1, int(free // _LIST_LEADING))
    lists = _lists(sheet, listed, words, language, column_width)
    blocks = lists + _offices(sheet, words, column_width, compact=False)
    if _take(blocks, _LIST_COLUMNS, lines)[1]:
        compact = lists + _offices(sheet, words, column_width, compact=True)
        if not _take(compact, _LIST_COLUMNS, lines)[1]:
            blocks = compact
    story.append(Columns(blocks, _LIST_COLUMNS, gap))

    hours_text = (
        words["open"].format(opens=_hm(sheet.opens), closes=_hm(sheet.closes))
        if sheet.opens is not None and sheet.closes is not None
        else words["closed_note"]
    )
    printed = _printed(sheet.printed_at, language)
    date_text = long_date(sheet.day, language)

    def decorate(canvas: Any, page: int, pages: int) -> None:
        top = page_height - margin
        right = page_width - margin
        side = 60 * MM
        canvas.saveState()
        draw_fitted(canvas, margin, top - 9, sheet.hub_name, FONT_BOLD, 9.5, width - side, _GREY)
        used = draw_fitted(canvas, margin, top - 24, date_text, FONT_BOLD, 14, width - side, _INK)
        draw_fitted(
            canvas,
            margin + used + 4 * MM,
            top - 24,
            hours_text,
            FONT_BOLD if sheet.closed else FONT,
            11,
            width - side - used - 4 * MM,
            _CLOSED if sheet.closed else _INK,
        )
        draw_fitted(
            canvas, right, top - 8, words["day_sheet"], FONT_BOLD, 8, side, _GREY, right=True
        )
        if printed:
            draw_fitted(canvas, right, top - 17, printed, FONT, 7, side, _GREY, right=True)
        page_text = words["page"].format(page=page, pages=pages)
        draw_fitted(canvas, right, top - 25, page_text, FONT, 7, side, _GREY, right=True)
        canvas.setStrokeColor(colour(_RULE))
        canvas.setLineWidth(0.6)
        canvas.line(margin, top - header + 3, right, top - header + 3)
        canvas.restoreState()

    return build_pdf(
        story,
        pagesize=(page_width, page_height),
        body=(margin, margin, width, page_height - 2 * margin - header),
        decorate=decorate,
        title=f"{words['day_sheet']} {date_text}",
        author=sheet.hub_name,
        subject=sheet.hub_name,
        stamp=sheet.day,
    )


def _short_names(names: Sequence[str]) -> list[str]:
    """Names without the words they all start with ('Office 1.01' and
    'Office 1.02' as '1.01' and '1.02'), when there are several."""
    if len(names) < 2:
        return list(names)
    common = names[0]
    for name in names[1:]:
        while not name.startswith(common):
            common = common[:-1]
    cut = common.rfind(" ") + 1
    if cut <= 0 or any(not name[cut:].strip() for name in names):
        return list(names)
    return [name[cut:] for name in names]


def _lists(
    sheet: DaySheet,
    listed: Sequence[SheetBooking],
    words: dict[str, str],
    language: Language,
    width: float,
) -> list[_Block]:
    """The sections after the grid but the offices, as blocks for the columns."""
    day = sheet.day
    dot = " \u00b7 "
    blocks: list[_Block] = []
    # names without the words they share ('Room Spinoza' as 'Spinoza')
    rooms = dict(
        zip(
            [room.space_id for room in sheet.rooms],
            _short_names([room.name for room in sheet.rooms]),
            strict=True,
        )
    )
    desks = dict(
        zip(
            sorted({f.desk for f in sheet.flex}),
            _short_names(sorted({f.desk for f in sheet.flex})),
            strict=True,
        )
    )
    entries: list[tuple[_ListLine, ...]] = []

    def narrow_width(text: str) -> float:
        return text_width(text, FONT_BOLD, _LIST_SIZE) * NARROW

    if listed:
        number_width = narrow_width(f"{len(listed)}  ")
        for number, booking in enumerate(listed, start=1):
            runs: list[Run] = [
                (time_span(booking.start, booking.end, day, language), FONT, _INK),
                (dot + rooms.get(booking.space_id, ""), FONT, _GREY),
                (dot, FONT, _GREY),
                (booking.title or "\u2014", FONT_BOLD, _INK),
            ]
            if booking.booker:
                runs.append((dot + booking.booker, FONT, _INK))
            runs.append((dot + words["people"].format(count=booking.people), FONT, _GREY))
            entries.append(_entry(str(number), number_width, runs, width))
        blocks += _section(f"{words['in_full']} ({len(listed)})", entries, words["none"], width)

    entries = []
    for event in sheet.events:
        count = (
            words["registered_of"].format(count=event.registered, capacity=event.capacity)
            if event.capacity is not None
            else words["registered"].format(count=event.registered)
        )
        runs = [
            (time_span(event.start, event.end, day, language) + " ", FONT, _INK),
            (event.title, FONT_BOLD, _INK),
        ]
        if event.room:
            runs.append((dot + event.room, FONT, _INK))
        runs.append((dot + count, FONT, _GREY))
        entries.append(_entry("", 0, runs, width))
    blocks += _section(f"{words['events']} ({len(sheet.events)})", entries, words["none"], width)

    entries = []
    time_width = narrow_width("00:00  ")
    for guest in sheet.guests:
        runs = [(guest.guest_name, FONT_BOLD, _INK)]
        if guest.guest_organisation:
            runs.append((f" ({guest.guest_organisation})", FONT, _INK))
        runs.append((" " + words["guest_of"].format(host=guest.host), FONT, _GREY))
        if guest.arrived_at is not None:
            arrived = words["arrived"].format(time=clock(guest.arrived_at, day, language))
            runs.append((dot + arrived, FONT, _GREY))
        prefix = clock(guest.expected_at, day, language)
        entries.append(_entry(prefix, max(time_width, narrow_width(prefix + "  ")), runs, width))
    blocks += _section(f"{words['guests']} ({len(sheet.guests)})", entries, words["none"], width)

    entries = []
    for flex in sheet.flex:
        runs = [
            (flex.booker or "\u2014", FONT_BOLD, _INK),
            (dot + desks[flex.desk], FONT, _INK),
            (dot + _part(flex, sheet, words, language), FONT, _GREY),
        ]
        entries.append(_entry("", 0, runs, width))
    blocks += _section(f"{words['flex']} ({len(sheet.flex)})", entries, words["none"], width)

    return blocks


def _offices(
    sheet: DaySheet, words: dict[str, str], width: float, *, compact: bool
) -> list[_Block]:
    """The offices and their tenants as blocks for the columns: one a line,
    or (``compact``) run on per floor."""
    entries = []
    names = _short_names([office.name for office in sheet.offices])
    floors: dict[int, list[Run]] = {}
    name_width = max(
        (text_width(n + "  ", FONT_BOLD, _LIST_SIZE) * NARROW for n in names), default=0
    )
    for office, name in zip(sheet.offices, names, strict=True):
        tenants: Run = (
            (words["vacant"], FONT, _LIGHT)
            if office.vacant
            else (" / ".join(office.organisations), FONT, _INK)
        )
        if not compact and name_width <= width * 0.3:
            entries.append(_entry(name, name_width, [tenants], width))
        elif not compact:
            entries.append(_entry("", 0, [(name + " ", FONT_BOLD, _NUMBER), tenants], width))
        else:
            runs = floors.setdefault(office.floor, [])
            if runs:
                runs.append(("  ", FONT, _INK))
            # the name kept with the first word of its tenant
            runs += [(name.replace(" ", "\u00a0") + "\u00a0", FONT_BOLD, _NUMBER), tenants]
    entries += [_entry("", 0, runs, width) for runs in floors.values()]
    let = sum(1 for office in sheet.offices if not office.vacant)
    title = f"{words['offices']} ({let}/{len(sheet.offices)})"
    return _section(title, entries, words["none"], width)


def _part(flex: SheetFlex, sheet: DaySheet, words: dict[str, str], language: Language) -> str:
    """'morning', 'afternoon', 'all day', with the times when they are not
    the usual half or whole day of the sheet's opening hours."""
    names = {DayPart.MORNING: "morning", DayPart.AFTERNOON: "afternoon", DayPart.DAY: "whole_day"}
    text = words[names[flex.part]]
    start, end = flex.start.timetz().replace(tzinfo=None), flex.end.timetz().replace(tzinfo=None)
    usual = {
        DayPart.MORNING: (sheet.opens, _HALF_DAY),
        DayPart.AFTERNOON: (_HALF_DAY, sheet.closes),
        DayPart.DAY: (sheet.opens, sheet.closes),
    }[flex.part]
    same_day = flex.start.date() == flex.end.date() == sheet.day
    if not same_day or (start, end) != usual:
        text += " " + time_span(flex.start, flex.end, sheet.day, language)
    return text


# --------------------------------------------------------------- door sheets


def _meets(booking: SheetBooking, day: date) -> bool:
    """True when ``booking`` takes some of ``day`` (in the booking's zone)."""
    zone = booking.start.tzinfo
    start = datetime.combine(day, time(0), zone)
    return booking.start < start + timedelta(days=1) and booking.end > start


def room_sheets_pdf(
    sheets: Sequence[RoomSheet],
    hub_name: str | None = None,
    *,
    language: Language | None = None,
) -> bytes:
    """The door sheets as PDF bytes (A4 portrait), each room from a new page,
    in ``language`` (default: the first sheet's). ``hub_name`` (default: the
    sheets') is printed at the foot of every page. No sheets give one page
    that says there are no rooms."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        CondPageBreak,
        PageBreak,
        Paragraph,
        Table,
        TableStyle,
    )

    register_fonts()
    first_sheet = sheets[0] if sheets else None
    language = document_language(language or (first_sheet.language if first_sheet else Language.EN))
    words = TEXTS[language]
    hub = hub_name if hub_name is not None else (first_sheet.hub_name if first_sheet else "")
    _Grid, _Columns, Marker = _flowable_classes()
    page_width, page_height = A4
    margin = 15 * MM
    header = 32 * MM
    footer = 8 * MM
    width = page_width - 2 * margin
    several = any(len(sheet.days) > 1 for sheet in sheets)
    # one day: the largest type; a week: a little smaller, so a day fits a page
    big = 16.0 if several else 20.0
    small = 12.0 if several else 14.0
    time_width = text_width("00:00\u201300:00", FONT_BOLD, big) + 6 * MM

    heading = ParagraphStyle(
        "day",
        fontName=FONT_BOLD,
        fontSize=17,
        leading=21,
        spaceBefore=10,
        spaceAfter=4,
        keepWithNext=1,
    )
    closed_style = ParagraphStyle("closed", parent=heading, textColor=_CLOSED)
    time_style = ParagraphStyle("time", fontName=FONT_BOLD, fontSize=big, leading=big * 1.22)
    title_style = ParagraphStyle("title", fontName=FONT_BOLD, fontSize=big, leading=big * 1.22)
    booker_style = ParagraphStyle(
        "booker", fontName=FONT, fontSize=small, leading=small * 1.3, textColor="#333333"
    )
    empty_style = ParagraphStyle(
        "empty", fontName=FONT, fontSize=small, leading=small * 1.4, textColor=_GREY
    )

    # the sheet each page shows: set by a marker at the start of each room
    current = [0]
    page_sheets: list[int] = []

    def on_page_end(_canvas: Any, _document: Any) -> None:
        page_sheets.append(current[0])

    story: list[Any] = []
    for index, sheet in enumerate(sheets):
        if index:
            story.append(PageBreak())
        story.append(Marker(functools.partial(current.__setitem__, 0, index)))
        for day, hours in zip(sheet.days, _padded(sheet.hours, len(sheet.days)), strict=True):
            day_bookings = [booking for booking in sheet.bookings if _meets(booking, day)]
            if len(sheet.days) > 1:
                label = long_date(day, language)
                if hours is None:
                    label += f" \u00b7 {words['closed_day']}"
                story.append(CondPageBreak(45 * MM))
                story.append(Paragraph(escape(label), heading))
            elif hours is None:
                story.append(Paragraph(escape(words["closed"]), closed_style))
            if not day_bookings:
                story.append(Paragraph(escape(words["no_bookings"]), empty_style))
                continue
            row_style = TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.5, _RULE),
                ]
            )
            for booking in day_bookings:
                # the number of people kept on the line of the booker's last word
                people = words["people"].format(count=booking.people).replace(" ", "\u00a0")
                who = escape(
                    f"{booking.booker}\u00a0\u00b7\u00a0{people}" if booking.booker else people
                )
                # a table a booking: a page ends between bookings, not in one
                story.append(
                    Table(
                        [
                            [
                                Paragraph(
                                    escape(time_span(booking.start, booking.end, day, language)),
                                    time_style,
                                ),
                                [
                                    Paragraph(escape(booking.title or "\u2014"), title_style),
                                    Paragraph(who, booker_style),
                                ],
                            ]
                        ],
                        colWidths=[time_width, width - time_width],
                        style=row_style,
                    )
                )
    if not sheets:
        story.append(Paragraph(escape(words["no_rooms"]), empty_style))

    def period(sheet: RoomSheet) -> str:
        if len(sheet.days) == 1:
            return long_date(sheet.days[0], language)
        return days_text(sheet.days[0], sheet.days[-1], language)

    printed = _printed(first_sheet.printed_at if first_sheet else None, language)

    def decorate(canvas: Any, page: int, pages: int) -> None:
        top = page_height - margin
        right = page_width - margin
        canvas.saveState()
        page_text = ""
        if sheets:
            index = page_sheets[page - 1] if page - 1 < len(page_sheets) else len(sheets) - 1
            sheet = sheets[index]
            seen = page_sheets[: page - 1].count(index) + 1
            count = page_sheets.count(index)
            name = sheet.room.name
            size = fitted_size(name, FONT_BOLD, 34, width, 20)
            draw_fitted(canvas, margin, top - size * 0.9, name, FONT_BOLD, size, width, _INK)
            line = period(sheet)
            if seen > 1:
                line = words["continued"].format(period=line)
            if count > 1:
                page_text = words["page"].format(page=seen, pages=count)
            side = text_width(page_text, FONT, 10) + 4 * MM if page_text else 0.0
            draw_fitted(canvas, margin, top - size - 20, line, FONT_BOLD, 15, width - side, _INK)
            if page_text:
                draw_fitted(
                    canvas, right, top - size - 20, page_text, FONT, 10, side, _GREY, right=True
                )
            facts = [
                words["floor"].format(floor=sheet.room.floor),
                words["people"].format(count=sheet.room.capacity),
            ]
            if sheet.room.kind == SpaceKind.EVENT_SPACE:
                facts.insert(0, words["event_space"])
            draw_fitted(
                canvas, margin, top - size - 35, " \u00b7 ".join(facts), FONT, 10, width, _GREY
            )
            canvas.setStrokeColor(colour(_INK))
            canvas.setLineWidth(1.2)
            canvas.line(margin, top - header + 5, right, top - header + 5)
        foot = " \u00b7 ".join(part for part in (hub, printed) if part)
        draw_fitted(canvas, margin, margin - 2, foot, FONT, 8, width, _GREY)
        canvas.restoreState()

    stamp = first_sheet.days[0] if first_sheet and first_sheet.days else date(2000, 1, 1)
    return build_pdf(
        story,
        pagesize=A4,
        body=(margin, margin + footer, width, page_height - 2 * margin - header - footer),
        decorate=decorate,
        title=f"{words['door_sheet']} {hub}".strip(),
        author=hub,
        subject=words["door_sheet"],
        stamp=stamp,
        on_page_end=on_page_end,
    )


def _padded(
    hours: Sequence[tuple[time, time] | None], count: int
) -> list[tuple[time, time] | None]:
    return [hours[n] if n < len(hours) else None for n in range(count)]
