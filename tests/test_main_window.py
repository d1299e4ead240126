"""The main window on a real database, driven offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hubdesk.app import Core
from hubdesk.domain.enums import SpaceKind
from hubdesk.domain.models import HubSettings
from tests.helpers import add_organisation, add_space, open_window, sign_in


def test_sign_in_then_today(qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    def fill(session: object) -> None:
        settings = session.get(HubSettings, 1)  # type: ignore[attr-defined]
        settings.name = "Bürger & Söhne <Hub>"
        add_organisation(session, "Stichting Zee")  # type: ignore[arg-type]
        add_space(session, "Room A", SpaceKind.MEETING_ROOM, capacity=6)  # type: ignore[arg-type]
        add_space(session, "Room B", SpaceKind.MEETING_ROOM, capacity=10)  # type: ignore[arg-type]
        add_space(session, "Office 1.01", SpaceKind.PRIVATE_OFFICE, capacity=4)  # type: ignore[arg-type]

    core.write(fill)
    window = open_window(qtbot, core, tmp_path)
    assert window.stack.currentWidget() is window.sign_in_view
    assert window.windowTitle().startswith("Bürger & Söhne <Hub>")
    sign_in(qtbot, window, "maria", "wrong password")
    assert "Wrong user name or password" in window.sign_in_view.message.text()
    assert window.stack.currentWidget() is window.sign_in_view
    sign_in(qtbot, window, "maria", "correct horse")
    assert window.stack.currentWidget() is window.workspace
    assert "Maria Jansen" in window.staff_label.text()
    today = window.pages[0]
    assert window.current_page() is today and today.key == "today"
    assert today.rooms_card.detail.text() == "of 2; free now: 2"
    assert today.in_card.detail.text() == "0% of 4 desk places"
    assert today.timer.isActive()
    assert str(tmp_path / "hub.sqlite") in window.db_label.text()
    assert "Hub time" in window.clock_label.text()
    # Ctrl+L locks: back to the sign-in form, password cleared, no actor
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.sign_in_view
    assert core.actor is None
    assert window.sign_in_view.password.text() == ""


def test_first_start_creates_the_first_manager(qtbot: QtBot, tmp_path: Path) -> None:
    core = Core.open(tmp_path / "new.sqlite")
    window = open_window(qtbot, core, tmp_path)
    view = window.sign_in_view
    assert view.first_start
    qtbot.keyClicks(view.username, "maria")
    qtbot.keyClicks(view.display_name, "Maria Jansen")
    qtbot.keyClicks(view.password, "short")
    qtbot.keyClicks(view.repeat, "short")
    qtbot.mouseClick(view.button, Qt.MouseButton.LeftButton)
    assert "at least 8" in view.errors.message("password")
    qtbot.keyClicks(view.password, "x")  # correcting the value takes the message away
    assert view.errors.message("password") == ""
    view.password.clear()
    view.repeat.clear()
    qtbot.keyClicks(view.password, "a long password")
    qtbot.keyClicks(view.repeat, "a long passwort")
    qtbot.mouseClick(view.button, Qt.MouseButton.LeftButton)
    assert view.errors.message("repeat") == "The two passwords differ"
    view.repeat.clear()
    qtbot.keyClicks(view.repeat, "a long password")
    qtbot.mouseClick(view.button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.workspace
    assert core.actor is not None and core.actor.is_manager
    assert not core.needs_first_manager()
    core.close()


def test_geometry_and_last_page_are_remembered(qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    window = open_window(qtbot, core, tmp_path)
    sign_in(qtbot, window, "anna", "reception pw")
    last = window.pages[-1]
    window.show_page(last.key)
    window.resize(900, 640)  # the offscreen screen is narrow; the default is 1180 x 760
    size = window.size()
    window.close()
    again = open_window(qtbot, core, tmp_path)
    assert again.size() == size
    assert again.sign_in_view.username.text() == "anna"
    sign_in(qtbot, again, "", "reception pw")
    assert again.current_page().key == last.key


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


def test_every_page_by_keyboard(qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    window = open_window(qtbot, core, tmp_path)
    sign_in(qtbot, window, "maria", "correct horse")
    keys = [page.key for page in window.pages]
    assert keys[:3] == ["today", "frontdesk", "calendar"] and "settings" in keys
    assert keys[10:] == ["reports"]  # Ctrl+R
    for number, page in enumerate(window.pages, start=1):
        key = Qt.Key(Qt.Key.Key_0 + number % 10) if number <= 10 else Qt.Key.Key_R
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() is page
        assert window.nav.currentItem().text() == page.title()
        field = page.search_field()
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        if field is not None:
            assert field.hasFocus()
        qtbot.keyClick(window, Qt.Key.Key_F5)  # reload never fails


def test_ctrl_n_adds_on_the_current_page(qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QDialog

    window = open_window(qtbot, core, tmp_path)
    sign_in(qtbot, window, "maria", "correct horse")
    window.show_page("organisations")
    opened: list[QDialog] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            opened.append(dialog)
            dialog.reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(200, close_dialog)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(opened), timeout=3000)


def test_import_from_the_file_menu_all_or_nothing(qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    window = open_window(qtbot, core, tmp_path)
    sign_in(qtbot, window, "maria", "correct horse")
    bad = tmp_path / "leden.csv"
    bad.write_text(
        "voornaam;achternaam;e-mail\nEva;Ødegaard;eva@example.org\nJan;Smit;jan@@example\n",
        encoding="utf-8",
    )
    assert not window.import_file("members", str(bad))
    assert "line 3" in window.last_import_message
    good = tmp_path / "leden-goed.csv"
    good.write_text("voornaam;achternaam;e-mail\nEva;Ødegaard;eva@example.org\n", encoding="utf-8")
    assert window.import_file("members", str(good))
    assert "1 new" in window.last_import_message
    from hubdesk.services import directory

    found = core.read(lambda s: directory.search_members(s, "odeg"))
    assert [m.last_name for m in found] == ["Ødegaard"]
