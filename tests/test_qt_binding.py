"""The Qt binding itself must not leak: PySide6 6.12.0 under Python 3.11
dropped a reference to None on every call of a void method, so a desk that
ran for a while aborted with "deallocating None"."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(20_000):
        label.setText("x")
        QCoreApplication.processEvents()
    assert sys.getrefcount(None) - before > -100
