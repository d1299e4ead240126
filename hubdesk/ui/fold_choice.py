"""The summer/winter time question under a time field: shown only for a
wall-clock time that occurs twice (the night the clocks go back)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QWidget

from hubdesk.domain import wall_clock


class FoldChoice(QWidget):
    """Which of a time that occurs twice (the night the clocks go back) is
    meant: shown only for such a time, and nothing chosen until the user
    chooses, so the service refuses the time rather than guess."""

    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("statDetail")
        self.first = QRadioButton()
        self.second = QRadioButton()
        self.group = QButtonGroup(self)
        self.group.addButton(self.first, 0)
        self.group.addButton(self.second, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.label)
        layout.addWidget(self.first)
        layout.addWidget(self.second)
        layout.addStretch(1)
        self._local: datetime | None = None
        self.group.idToggled.connect(self._on_group_id_toggled)
        self.hide()

    def _on_group_id_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.chosen.emit()

    def ask(self, local: datetime | None, fold: int | None = None) -> None:
        """Ask about ``local`` (aware, the hub's zone) if it occurs twice;
        ``fold`` preselects an answer (a stored booking's own)."""
        if local is None or not wall_clock.ambiguous(local):
            self._local = None
            self._clear()
            self.hide()
            return
        naive = local.replace(tzinfo=None, fold=0)
        if naive != self._local:
            self._local = naive
            self._clear()
        first, second = wall_clock.zone_names(local)
        self.label.setText(self.tr("{0} occurs twice:").format(f"{local:%H:%M}"))
        self.first.setText(self.tr("summer time ({0})").format(first))
        self.second.setText(self.tr("winter time ({0})").format(second))
        if fold is not None:
            button = self.group.button(fold)
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)
        self.show()

    def _clear(self) -> None:
        self.group.setExclusive(False)
        for button in (self.first, self.second):
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
        self.group.setExclusive(True)

    def fold(self) -> int | None:
        """0 (the first), 1 (the second), or None: not asked, or not answered."""
        if self._local is None:
            return None
        found = self.group.checkedId()
        return found if found >= 0 else None
