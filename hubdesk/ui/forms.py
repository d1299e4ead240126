"""Showing service errors where they belong: a ValidationError next to its
field, anything else in a dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from hubdesk.domain.errors import HubdeskError, ValidationError


class FieldErrors:
    """Maps service field names to (input widget, message label)."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add(self, field: str, widget: QWidget) -> QLabel:
        label = QLabel()
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.hide()
        self._fields[field] = (widget, label)
        # the message goes as soon as the value is being corrected
        changed = getattr(widget, "textChanged", None) or getattr(
            widget, "currentIndexChanged", None
        )
        if changed is not None:
            changed.connect(lambda *_: self.clear_field(field))
        return label

    def clear_field(self, field: str) -> None:
        found = self._fields.get(field)
        if found is None or found[1].isHidden():
            return
        widget, label = found
        label.clear()
        label.setMinimumHeight(0)
        label.hide()
        widget.setProperty("invalid", False)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def clear(self) -> None:
        for field in self._fields:
            self.clear_field(field)

    def show(self, error: ValidationError) -> bool:
        """Put the message under its field; False if the field is not on this form."""
        found = self._fields.get(error.field)
        if found is None:
            return False
        widget, label = found
        label.setText(error.message)
        label.show()
        # form layouts do not ask a wrapped label for its height: give it the
        # height its text needs at the field's width, so no line is cut off
        width = max(label.width(), widget.width(), 200)
        label.setMinimumHeight(label.heightForWidth(width))
        window = widget.window()
        if isinstance(window, QDialog) and window.isVisible():
            window.adjustSize()
        widget.setProperty("invalid", True)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.setFocus()
        return True

    def message(self, field: str) -> str:
        found = self._fields.get(field)
        return found[1].text() if found else ""


def warn(parent: QWidget, error: HubdeskError | str) -> QMessageBox:
    """A warning that does not block (the desk, and the tests, go on); plain
    text, so a name such as ``<b>Acme & Co`` is shown as typed."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("hubdesk", "Not done"),
        str(error),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    return box
