"""The desk's automatic backups (first start of a day, closing), the
Settings → Backups tab, and File → Restore from backup…, on the fixed clock."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from hubdesk.app import Core
from hubdesk.domain.clock import FixedClock
from hubdesk.domain.models import Space
from hubdesk.services import backups
from hubdesk.ui import format as fmt
from hubdesk.ui import options
from hubdesk.ui.main_window import MainWindow
from tests.helpers import ZONE, add_space, settings_file, sign_in


def _desk(qtbot: QtBot, core: Core, tmp_path: Path) -> MainWindow:
    """The window as the program opens it: with automatic backups."""
    window = MainWindow(core.description, settings_file(tmp_path), automatic_backups=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    window.set_core(core)
    _settle(qtbot, window)
    return window


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    job = window.backup_job
    if job is not None:
        qtbot.waitUntil(lambda: job.runner.isFinished(), timeout=20_000)
        qtbot.wait(10)  # the finished signal is delivered


def _names(core: Core) -> list[str]:
    assert core.db.path is not None
    folder = core.db.path.parent / "backups"
    return [b.path.name for b in backups.list_backups(core.db.path, folder)]


def _spaces(core: Core) -> int:
    return int(core.read(lambda s: s.scalar(select(func.count()).select_from(Space))))


def test_the_first_start_of_a_day_and_closing_back_the_hub_up(
    qtbot: QtBot, core: Core, clock: FixedClock, tmp_path: Path
) -> None:
    window = _desk(qtbot, core, tmp_path)
    assert _names(core) == ["hub-20261207T090000Z.sqlite"]  # 10:00 in the hub
    clock.advance(timedelta(hours=8))
    window.close()
    assert not window.isVisible()
    # the close's backup is the newest of the day: the morning's is pruned
    assert _names(core) == ["hub-20261207T170000Z.sqlite"]

    clock.advance(timedelta(minutes=30))  # started again the same day: none due
    again = _desk(qtbot, core, tmp_path)
    assert _names(core) == ["hub-20261207T170000Z.sqlite"]
    again.automatic_backups = False  # this test is about the start
    again.close()

    clock.set(datetime(2026, 12, 8, 8, 45, tzinfo=ZONE))  # the next morning
    third = _desk(qtbot, core, tmp_path)
    assert _names(core) == ["hub-20261207T170000Z.sqlite", "hub-20261208T074500Z.sqlite"]
    assert "backed up" in third.statusBar().currentMessage()
    third.automatic_backups = False
    third.close()


def test_a_failed_backup_at_close_is_shown_and_the_desk_still_closes(
    qtbot: QtBot, core: Core, tmp_path: Path
) -> None:
    blocked = tmp_path / "no-folder"
    blocked.write_text("a file", encoding="utf-8")
    settings = settings_file(tmp_path)
    options.BACKUPS_FOLDER.set(settings, str(blocked))
    settings.sync()
    window = _desk(qtbot, core, tmp_path)
    assert window.backup_message is not None  # the start's backup failed too: shown
    start_message = window.backup_message
    start_message.done(0)
    core.write(lambda s: add_space(s, "Room Mesdag"))
    seen: list[str] = []

    def read_the_message() -> None:
        box = window.backup_message
        if box is not None and box is not start_message and box.isVisible():
            seen.append(box.text() + " " + box.informativeText())
            box.done(0)
        else:
            QTimer.singleShot(50, read_the_message)

    QTimer.singleShot(50, read_the_message)
    window.close()
    assert not window.isVisible()
    assert seen and "could not be backed up" in seen[0] and "no-folder" in seen[0]
    assert _spaces(core) == 1  # nothing lost


def test_settings_shows_the_folder_and_the_last_backup_and_backs_up_now(
    qtbot: QtBot, core: Core, clock: FixedClock, tmp_path: Path
) -> None:
    from tests.helpers import open_window

    window = open_window(qtbot, core, tmp_path)
    sign_in(qtbot, window, "maria", "correct horse")
    window.show_page("settings")
    page = window.current_page()
    tab = page.backups_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.folder.text() == str(tmp_path / "backups")
    assert tab.last.text() == "none yet"

    clock.advance(timedelta(hours=3, minutes=15))  # 13:15 in the hub
    qtbot.mouseClick(tab.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.job.runner.isFinished(), timeout=20_000)
    qtbot.waitUntil(lambda: tab.last.text() != "none yet", timeout=5000)
    assert tab.last.text() == fmt.moment(clock.now(), "Europe/Amsterdam")
    assert "13:15" in tab.last.text() or "1:15" in tab.last.text()
    assert "hub-20261207T121500Z.sqlite" in tab.status.text()

    elsewhere = tmp_path / "usb"
    assert tab.choose_folder(str(elsewhere))
    assert tab.folder.text() == str(elsewhere)
    assert tab.last.text() == "none yet"  # nothing there yet
    assert options.BACKUPS_FOLDER.get(window._settings) == str(elsewhere)
    assert not tab.choose_folder(str(tmp_path))  # the database's own folder
    assert core.backups_folder == elsewhere
    window.close()


def test_restore_from_the_file_menu_as_manager(
    qtbot: QtBot, core: Core, clock: FixedClock, tmp_path: Path
) -> None:
    from tests.helpers import open_window

    core.write(lambda s: add_space(s, "Room Mesdag"))
    made = core.back_up()
    assert made is not None
    clock.advance(timedelta(hours=1))
    core.write(lambda s: add_space(s, "Room Escher"))
    window = open_window(qtbot, core, tmp_path)
    sign_in(qtbot, window, "anna", "reception pw")
    assert not window.restore_action.isEnabled()
    assert window.restore_from_backup(made.path, confirmed=True) is None
    window.lock()
    sign_in(qtbot, window, "maria", "correct horse")
    assert window.restore_action.isEnabled()

    job = window.restore_from_backup(made.path, confirmed=True)
    qtbot.waitUntil(lambda: job.runner.isFinished(), timeout=20_000)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sign_in_view, timeout=5000)

    assert _spaces(core) == 1
    assert "restored" in window.statusBar().currentMessage()
    assert core.db.path is not None
    kept = core.db.path.parent / "backups" / "hub-before-restore-20261207T100000Z.sqlite"
    assert kept.is_file()
    sign_in(qtbot, window, "maria", "correct horse")
    assert window.stack.currentWidget() is window.workspace
    window.close()


def test_restore_in_the_window_refused_while_another_process_has_it_open(
    qtbot: QtBot, core: Core, tmp_path: Path
) -> None:
    from tests.helpers import held_open_elsewhere, open_window

    made = core.back_up()
    assert made is not None and core.db.path is not None
    core.write(lambda s: add_space(s, "Room Escher"))
    with held_open_elsewhere(core.db.path):
        window = open_window(qtbot, core, tmp_path)
        sign_in(qtbot, window, "maria", "correct horse")
        job = window.restore_from_backup(made.path, confirmed=True)
        qtbot.waitUntil(lambda: job.runner.isFinished(), timeout=20_000)
        qtbot.waitUntil(lambda: window.backup_message is not None, timeout=5000)
    assert "open in another desk or program" in window.backup_message.text()
    assert _spaces(core) == 1  # as it was
    assert window.stack.currentWidget() is window.workspace  # still signed in
    window.close()


@pytest.mark.pg
def test_the_restore_item_on_postgresql_points_to_the_server(
    qtbot: QtBot, pg_server: str, clock: FixedClock, tmp_path: Path
) -> None:
    from tests.conftest import _fresh_pg_database
    from tests.helpers import open_window

    core = Core.open(_fresh_pg_database(pg_server), clock=clock)
    try:
        from hubdesk.services import staff

        core.write(lambda s: staff.create_first_manager(s, "maria", "Maria", "correct horse"))
        window = open_window(qtbot, core, tmp_path)
        sign_in(qtbot, window, "maria", "correct horse")
        assert "pg_dump" in window.restore_action.text()
        assert not window.restore_action.isEnabled()
        assert window.restore_from_backup(tmp_path / "x.sqlite", confirmed=True) is None
        window.show_page("settings")
        tab = window.current_page().backups_tab
        assert "pg_dump" in tab.about.text() and not tab.back_up_button.isVisibleTo(tab)
        window.close()
    finally:
        core.close()


def test_the_program_refuses_an_empty_file_at_start(tmp_path: Path) -> None:
    path = tmp_path / "hub.sqlite"
    path.touch()
    result = subprocess.run(
        [sys.executable, "-m", "hubdesk", "--db", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "HUBDESK_STARTUP_PROBE": "1",
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        },
    )
    assert result.returncode == 1
    assert "empty file: not a hubdesk database" in result.stdout
    assert path.stat().st_size == 0
    assert not (tmp_path / "backups").exists() and not Path(f"{path}-wal").exists()
