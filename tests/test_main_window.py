"""The main window on a real database, driven offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from hubdesk.app import Core
from hubdesk.domain.enums import SpaceKind
from hubdesk.domain.models import HubSettings
from hubdesk.ui.main_window import MainWindow
from tests.helpers import add_organisation, add_space


def test_main_window_shows_what_the_hub_holds(qtbot: QtBot, tmp_path: Path) -> None:
    core = Core.open(tmp_path / "hub.sqlite")
    with core.db.write() as session:
        settings = session.get(HubSettings, 1)
        assert settings is not None
        settings.name = "Bürger & Söhne <Hub>"
        add_organisation(session, "Stichting Zee")
        add_space(session, "Room A", SpaceKind.MEETING_ROOM, capacity=6)
        add_space(session, "Room B", SpaceKind.MEETING_ROOM, capacity=10)
        add_space(session, "Office 1.01", SpaceKind.PRIVATE_OFFICE, capacity=4)
    window = MainWindow(
        core.description, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    window.set_core(core)
    assert window.hub_name.text() == "Bürger & Söhne <Hub>"
    assert window.organisations.value.text() == "1"
    assert window.space_cards["meeting_room"].value.text() == "2"
    assert window.space_cards["meeting_room"].detail.text() == "16 places"
    assert window.space_cards["private_office"].value.text() == "1"
    assert str(tmp_path / "hub.sqlite") in window.db_label.text()
    assert "Hub time" in window.clock_label.text()
    window.close()
    core.close()


def test_geometry_is_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow("x", settings)
    qtbot.addWidget(window)
    window.show()
    window.resize(900, 640)  # the offscreen screen is narrow; the default is 1100 x 720
    window.move(40, 30)
    size = window.size()
    window.close()
    assert settings.contains("main_window/geometry")
    again = MainWindow("x", settings)
    qtbot.addWidget(again)
    assert again.size() == size


def _start(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "HUBDESK_STARTUP_PROBE": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    return subprocess.run(
        [sys.executable, "-m", "hubdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_the_program_paints_then_opens_the_database(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    result = _start(["--db", str(path)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["painted", "ready"]
    assert path.is_file()


def test_the_program_refuses_a_bad_database_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "bad.sqlite"
    path.write_bytes(b"PK\x03\x04 a zip file, not a database")
    result = _start(["--db", str(path)], tmp_path)
    assert result.returncode == 1
    assert "painted" in result.stdout
    assert "not an SQLite file" in result.stdout
    assert path.read_bytes() == b"PK\x03\x04 a zip file, not a database"
