"""The main window: what the hub holds, the database in use, the hub's time."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

SPACE_KIND_LABELS = {
    "private_office": "Private offices",
    "dedicated_desk": "Dedicated desks",
    "flex_desk": "Flex desks",
    "meeting_room": "Meeting rooms",
    "event_space": "Event spaces",
}


class StatCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        layout = QVBoxLayout(self)
        self.value = QLabel("…")
        self.value.setObjectName("statValue")
        self.caption = QLabel(title)
        self.caption.setObjectName("statCaption")
        self.detail = QLabel("")
        self.detail.setObjectName("statDetail")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)


class MainWindow(QMainWindow):
    """Built before the data layer is imported, so it paints at once.

    (``PySide6.QtCore.Qt`` is not imported here: its first import costs ~40 ms
    of start-up time.)
    """

    first_painted = Signal()

    def __init__(self, db_description: str, settings: QSettings) -> None:
        super().__init__()
        self.core: Any = None
        self._settings = settings
        self._zone = ZoneInfo("Europe/Amsterdam")
        self._painted = False
        self.setWindowTitle(self.tr("hubdesk"))
        self.setMinimumSize(900, 600)

        central = QWidget()
        central.setObjectName("overview")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(32, 28, 32, 28)
        self.hub_name = QLabel(self.tr("Opening the hub…"))
        self.hub_name.setObjectName("hubName")
        self.subtitle = QLabel(db_description)
        self.subtitle.setObjectName("subtitle")
        layout.addWidget(self.hub_name)
        layout.addWidget(self.subtitle)

        grid = QGridLayout()
        grid.setSpacing(16)
        self.organisations = StatCard(self.tr("Member organisations"))
        self.members = StatCard(self.tr("Members"))
        grid.addWidget(self.organisations, 0, 0)
        grid.addWidget(self.members, 0, 1)
        self.space_cards: dict[str, StatCard] = {}
        for index, (kind, label) in enumerate(SPACE_KIND_LABELS.items()):
            card = StatCard(self.tr(label))
            self.space_cards[kind] = card
            grid.addWidget(card, 1 + index // 3, index % 3)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.setCentralWidget(central)
        central.installEventFilter(self)

        self.db_label = QLabel(self.tr("Database: {0}").format(db_description))
        self.clock_label = QLabel()
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.clock_label)
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._on_clock_timeout)
        self._clock.start(15_000)
        self._on_clock_timeout()

        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)

    # -- first paint: the data layer loads only after this
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        return super().eventFilter(watched, event)

    def set_core(self, core: Any) -> None:
        self.core = core
        self.reload()

    def reload(self) -> None:
        if self.core is None:
            return
        overview = self.core.overview()
        self._zone = ZoneInfo(overview.time_zone)
        self.hub_name.setText(overview.hub_name)
        self.setWindowTitle(self.tr("{0} — hubdesk").format(overview.hub_name))
        self.organisations.value.setText(f"{overview.organisations:,}")
        self.members.value.setText(f"{overview.members:,}")
        counts = {count.kind.value: count for count in overview.spaces}
        for kind, card in self.space_cards.items():
            count = counts.get(kind)
            card.value.setText(f"{count.spaces:,}" if count else "0")
            card.detail.setText(
                self.tr("{0} places").format(f"{count.capacity:,}") if count else ""
            )
        self._on_clock_timeout()

    def show_open_failed(self, message: str) -> None:
        self.hub_name.setText(self.tr("The database could not be opened"))
        self.subtitle.setText(message)

    def _on_clock_timeout(self) -> None:
        now = datetime.now(UTC).astimezone(self._zone)
        self.clock_label.setText(self.tr("Hub time {0}").format(now.strftime("%a %d %b %H:%M")))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
