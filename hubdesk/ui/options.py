"""Per-PC preferences (QSettings), each declared once with its type and default."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T")


class Option(Generic[T]):
    """A QSettings key with its type (that of the default) and default.
    (A plain class: importing dataclasses costs start-up time.)"""

    __slots__ = ("default", "key")

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    def get(self, settings: QSettings) -> T:
        value = settings.value(self.key, self.default)
        if value is None:
            return self.default
        kind = type(self.default)
        if kind is bool and isinstance(value, str):
            return value.lower() == "true"  # type: ignore[return-value]
        try:
            return kind(value)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return self.default

    def set(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)


GEOMETRY = Option[bytes]("main_window/geometry", b"")
LAST_PAGE = Option[str]("main_window/last_page", "today")
#: "" = follow the system locale; else "en" or "nl"
LANGUAGE = Option[str]("ui/language", "")
LAST_USERNAME = Option[str]("sign_in/last_username", "")
#: "" = $HUBDESK_BACKUPS, else the folder "backups" beside the database
BACKUPS_FOLDER = Option[str]("backups/folder", "")
