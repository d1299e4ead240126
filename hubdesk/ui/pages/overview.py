"""The overview: what the hub holds, at a glance."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from hubdesk.ui.format import number
from hubdesk.ui.pages.base import Page


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


class OverviewPage(Page):
    key = "overview"

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(core, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.organisations = StatCard(self.tr("Member organisations"))
        self.members = StatCard(self.tr("Members"))
        grid.addWidget(self.organisations, 0, 0)
        grid.addWidget(self.members, 0, 1)
        labels = {
            "private_office": self.tr("Private offices"),
            "dedicated_desk": self.tr("Dedicated desks"),
            "flex_desk": self.tr("Flex desks"),
            "meeting_room": self.tr("Meeting rooms"),
            "event_space": self.tr("Event spaces"),
        }
        self.space_cards: dict[str, StatCard] = {}
        for index, (kind, label) in enumerate(labels.items()):
            card = StatCard(label)
            self.space_cards[kind] = card
            grid.addWidget(card, 1 + index // 3, index % 3)
        layout.addLayout(grid)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Overview")

    def concerns(self) -> set[str]:
        return {"organisation", "member", "space", "settings"}

    def reload(self) -> None:
        overview = self.core.overview()
        self.organisations.value.setText(number(overview.organisations))
        self.members.value.setText(number(overview.members))
        counts = {count.kind.value: count for count in overview.spaces}
        for kind, card in self.space_cards.items():
            count = counts.get(kind)
            card.value.setText(number(count.spaces) if count else "0")
            card.detail.setText(
                self.tr("{0} places").format(number(count.capacity)) if count else ""
            )
