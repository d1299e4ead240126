"""Long work off the GUI thread, with a progress dialog that can stop it.

The service takes a Qt-free :class:`hubdesk.services.progress.Progress`; here
it is an object the worker thread reports to through a signal, and whose
``cancelled()`` reads a flag the dialog's Cancel button sets. The dialog only
shows when the work lasts over half a second. The result (or the error) comes
back to the GUI thread through ``finished``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

# The dialog appears when the work is not done after this long.
SHOW_AFTER_MS = 500


class _Progress(QObject):
    advanced = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self._stop = threading.Event()

    def advance(self, done: int, total: int) -> None:
        self.advanced.emit(done, total)

    def cancelled(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        self._stop.set()


class _Thread(QThread):
    def __init__(self, work: Callable[[Any], Any], progress: _Progress) -> None:
        super().__init__()
        self.work = work
        self.progress = progress
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work(self.progress)
        except BaseException as error:  # handed to the GUI thread, never lost
            self.error = error


class Job(QObject):
    """``work(progress)`` on a thread of its own; ``finished(result, error)``
    on the GUI thread when it ends (``error`` None when it went well)."""

    finished = Signal(object, object)

    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[Any], Any],
        *,
        show_progress: bool = True,
    ) -> None:
        """``show_progress=False``: work the desk need not wait for (the
        backup at start) runs without a dialog."""
        super().__init__(parent)
        self.progress = _Progress()
        stop = QCoreApplication.translate("Job", "Stop")
        self.dialog = QProgressDialog(title, stop, 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS if show_progress else 2**31 - 1)
        if not show_progress:
            self.dialog.reset()
            self.dialog.hide()
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.progress.cancel)
        self.progress.advanced.connect(self._on_progress_advanced)
        self.runner = _Thread(work, self.progress)
        self.runner.finished.connect(self._on_thread_finished)

    def without_stop(self) -> Job:
        """No Stop button, for work that cannot stop half-way (a backup, a
        restore); returns self."""
        self.dialog.setCancelButton(None)
        return self

    def start(self) -> Job:
        self.runner.start()
        return self

    def wait(self, milliseconds: int = 60_000) -> bool:
        """Block until the work is done (tests and closing the window)."""
        return self.runner.wait(milliseconds)

    def _on_progress_advanced(self, done: int, total: int) -> None:
        if total and self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _on_thread_finished(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.finished.emit(self.runner.result, self.runner.error)
