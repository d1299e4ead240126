"""The floor for bench/startup.py: the least a PySide6 program does to paint a
main window. QApplication, an empty QMainWindow with a QLabel as its central
widget, shown; prints ``painted`` on the first Paint event of the central
widget (seen by an event filter), then quits."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            print("painted", flush=True)
            QTimer.singleShot(0, self._app.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    label = QLabel("bare")
    window.setCentralWidget(label)
    watcher = FirstPaint(app)
    label.installEventFilter(watcher)
    window.resize(1100, 720)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
