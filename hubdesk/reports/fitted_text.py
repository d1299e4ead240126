"""Text set into a given width on a ReportLab canvas: measured, wrapped at
spaces, cut with an ellipsis, and optionally narrowed (drawn at a horizontal
scale, as timetables do), so it never runs out of its box.

A line is a sequence of :data:`Run` (text, font, colour) of one size. The
text is drawn as plain strings (``drawString``), so no markup is parsed and
names such as ``Bürger & Söhne <NGO>`` print as typed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

ELLIPSIS = "\u2026"

#: A piece of a line: text, font name, colour.
Run = tuple[str, str, str]

#: White space that may break a line (not the no-break space), and the rest.
_BREAKING = " \t\n\r\f\v"
_TOKENS = re.compile(r"[ \t\n\r\f\v]+|[^ \t\n\r\f\v]+")


@functools.lru_cache(maxsize=16384)
def text_width(text: str, font: str, size: float) -> float:
    """Width in points of ``text`` in ``font`` at ``size`` (not narrowed)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, font, size))


def runs_width(runs: Sequence[Run], size: float, narrow: float = 1.0) -> float:
    return sum(text_width(text, font, size) for text, font, _colour in runs) * narrow


def ellipsize(text: str, font: str, size: float, width: float, narrow: float = 1.0) -> str:
    """``text`` (its white space tidied) on one line of ``width`` points:
    whole, or cut with an ellipsis; '' when not even the ellipsis fits."""
    text = " ".join(text.split())
    if text_width(text, font, size) * narrow <= width:
        return text
    if text_width(ELLIPSIS, font, size) * narrow > width:
        return ""
    low, high = 0, len(text)
    while low < high:  # the longest start that fits with the ellipsis
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + ELLIPSIS, font, size) * narrow <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def with_ellipsis(
    line: Sequence[Run], size: float, width: float, narrow: float = 1.0
) -> tuple[Run, ...]:
    """``line`` shortened from its end until an ellipsis fits after it (a
    line whose text goes on but is not shown)."""
    runs = [[text, font, colour] for text, font, colour in line]
    while runs:
        text, font, _colour = runs[-1]
        text = text.rstrip()
        runs[-1][0] = text
        head = [(r[0], r[1], r[2]) for r in runs]
        if (
            text
            and runs_width(head, size, narrow) + text_width(ELLIPSIS, font, size) * narrow <= width
        ):
            runs[-1][0] = text + ELLIPSIS
            return tuple((r[0], r[1], r[2]) for r in runs)
        if len(text) <= 1:
            runs.pop()
        else:
            runs[-1][0] = text[:-1]
    return ()


def _words(runs: Sequence[Run]) -> list[tuple[Run | None, list[Run]]]:
    """The runs as words, each with the space before it (None at the start
    or where the word follows the last one without a space). A word may be
    made of pieces of several runs ('(' + a bold name): it is kept whole."""
    words: list[tuple[Run | None, list[Run]]] = []
    space: Run | None = None
    glued = False  # the last token was a word: the next piece belongs to it
    for text, font, colour in runs:
        for token in _TOKENS.findall(text):
            if token[0] in _BREAKING:
                if words:
                    space = (" ", font, colour)
                glued = False
            elif glued and space is None:
                words[-1][1].append((token, font, colour))
            else:
                words.append((space, [(token, font, colour)]))
                space, glued = None, True
    return words


def wrap_runs(
    runs: Sequence[Run],
    size: float,
    width: float,
    narrow: float = 1.0,
    *,
    break_words: bool = True,
) -> list[tuple[Run, ...]]:
    """Runs broken into lines of at most ``width`` points at spaces (never
    inside a word, and no-break spaces hold). A word longer than a line is
    broken between its letters, or (``break_words`` False, where the text is
    shown in full elsewhere) cut with an ellipsis on a line of its own.
    Neighbouring pieces of one font and colour are joined, so a line draws
    as few strings."""
    limit = width / narrow
    lines: list[tuple[Run, ...]] = []
    line: list[Run] = []
    used = 0.0

    def finish() -> None:
        nonlocal line, used
        lines.append(_joined(line))
        line, used = [], 0.0

    for space, pieces in _words(runs):
        word = sum(text_width(text, font, size) for text, font, _colour in pieces)
        gap = text_width(" ", space[1], size) if space is not None and line else 0.0
        if line and used + gap + word > limit:
            finish()
            gap = 0.0
        if space is not None and line:
            line.append(space)
            used += gap
        if word <= limit - used:
            line += pieces
            used += word
            continue
        if not break_words:
            if line:
                finish()
            cut = with_ellipsis(pieces, size, limit)
            line += cut
            used = runs_width(cut, size)
            continue
        for text, font, colour in pieces:  # longer than a line: as far as it goes
            for letter in text:
                letter_width = text_width(letter, font, size)
                if line and used + letter_width > limit:
                    finish()
                line.append((letter, font, colour))
                used += letter_width
    if line:
        finish()
    return lines


def clip_lines(
    lines: Sequence[tuple[Run, ...]], rows: int, size: float, width: float, narrow: float = 1.0
) -> list[tuple[Run, ...]]:
    """At most ``rows`` of ``lines``, the last one ending in an ellipsis when
    some were left out."""
    if rows <= 0:
        return []
    shown = list(lines[:rows])
    if len(lines) > rows:
        shown[-1] = with_ellipsis(shown[-1], size, width, narrow)
    return shown


def _joined(line: list[Run]) -> tuple[Run, ...]:
    joined: list[Run] = []
    for text, font, colour in line:
        if joined and joined[-1][1:] == (font, colour):
            joined[-1] = (joined[-1][0] + text, font, colour)
        else:
            joined.append((text, font, colour))
    return tuple(joined)


def plain(line: Sequence[Run]) -> str:
    return "".join(text for text, _font, _colour in line)


@functools.lru_cache(maxsize=128)
def colour(value: str) -> Any:
    """A ReportLab colour for '#rrggbb' (parsing the text each time a colour
    is set costs more than drawing the text)."""
    from reportlab.lib.colors import toColor

    return toColor(value)


def draw_runs(
    canvas: Any, x: float, y: float, runs: Sequence[Run], size: float, narrow: float = 1.0
) -> None:
    """Draw a line of runs from ``x`` on the baseline ``y``, as one text
    object (the font and colour change between runs)."""
    words = canvas.beginText(x, y)
    if narrow != 1.0:
        words.setHorizScale(narrow * 100)
    font = ink = None
    for text, run_font, run_colour in runs:
        if not text:
            continue
        if run_font != font:
            words.setFont(run_font, size)
            font = run_font
        if run_colour != ink:
            words.setFillColor(colour(run_colour))
            ink = run_colour
        words.textOut(text)
    canvas.drawText(words)


def fitted_size(text: str, font: str, size: float, width: float, smallest: float) -> float:
    """The largest size from ``size`` down to ``smallest`` (in half points)
    at which ``text`` fits ``width``; ``smallest`` when none does."""
    while size > smallest and text_width(text, font, size) > width:
        size -= 0.5
    return max(size, smallest)


def draw_fitted(
    canvas: Any,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    width: float,
    colour: str,
    *,
    right: bool = False,
) -> float:
    """``text`` on one line of ``width`` (ellipsized), left-aligned at ``x``
    or right-aligned to it; returns the width drawn."""
    shown = ellipsize(text, font, size, width)
    drawn = text_width(shown, font, size)
    draw_runs(canvas, x - drawn if right else x, y, [(shown, font, colour)], size)
    return drawn
