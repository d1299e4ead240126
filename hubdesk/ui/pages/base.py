"""What every page of the main window offers the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget


class Page(QWidget):
    """A page of the main window.

    ``key`` is stable (QSettings remembers the last page by it); ``title`` is
    shown in the navigation. After a change through a service the page emits
    ``data_changed`` with the names of the entities it changed
    ("organisation", "member", ...); the window passes that on to every page,
    and a page reloads when :meth:`concerns` meets it.
    """

    key = ""
    data_changed = Signal(object)

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core

    def title(self) -> str:
        raise NotImplementedError

    def search_field(self) -> QLineEdit | None:
        """The field Ctrl+F focuses, if the page has one."""
        return None

    def focus_widget(self) -> QWidget | None:
        """What gets the keyboard when the page is shown (its search field by
        default), so the page's keys work without a click first."""
        return self.search_field()

    def add_new(self) -> None:
        """Ctrl+N: add a record of what this page lists (nothing by default)."""

    def can_add(self) -> bool:
        return False

    def reload(self) -> None:
        """F5 and data changes: read again what the page shows."""

    def concerns(self) -> set[str]:
        return set()

    def notify(self, text: str) -> None:
        """A short confirmation in the window's status bar ("Saved.")."""
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(text, 8000)

    def on_data_changed(self, entities: set[str]) -> None:
        if entities & self.concerns():
            self.reload()
