"""Opening the hub off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class CoreLoader(QObject):
    """Runs the (slow) loader once on a plain thread; reports on the GUI thread."""

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, loader: Callable[[], Any], preload: Callable[[], object]) -> None:
        super().__init__()
        self._loader = loader
        self._preload = preload
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="hubdesk-open", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            core = self._loader()
            self._preload()  # import the pages' modules here, not at sign-in
        except Exception as error:  # shown to the user, never swallowed
            from hubdesk.domain.errors import HubdeskError

            if isinstance(error, HubdeskError):
                self.failed.emit(str(error))
            else:
                self.failed.emit(f"{type(error).__name__}: {error}")
            return
        self.loaded.emit(core)
