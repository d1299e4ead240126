"""What the page benchmarks share: a watcher of first paints, and the line
each figure is printed on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject


class Painted(QObject):
    """Counts the watched viewports' paint events."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[int] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen.add(id(watched))
        return False


def ms(seconds: float) -> float:
    return seconds * 1000.0


def line(what: str, median: float, target: float | None) -> str:
    verdict = ""
    if target is not None:
        verdict = f"<= {target:g} ms  " + ("ok" if median <= target else "OVER")
    return f"  {what:<46} {median:8.2f} ms   {verdict}"
