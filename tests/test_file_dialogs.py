"""No file dialog of the desk releases SQLite's locks on the hub's database.

SQLite's locks are POSIX locks, held per process: any ``close()`` of any
descriptor on the database's files inside the process drops them all. Qt's
file dialog (its file system model asks the icon provider for a file's type,
and the default provider sniffs the content) did that for every file of the
folder it shows; the print dialog's "print to file" field does the same
through its completer. Another process could then delete the WAL under the
running desk, and what the desk wrote next was lost.

Each test opens one of the desk's file dialogs on the database's own folder,
waits until the dialog has listed that folder, closes it, and checks with
``/proc/locks`` that the desk still holds its locks; then a second process
writes and checkpoints, and the desk's writes, earlier and later, must all be
on disk when a fresh process reads the file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QFileDialog,
    QFileSystemModel,
    QLineEdit,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from hubdesk.app import Core
from hubdesk.domain.enums import OrganisationKind
from hubdesk.domain.models import Organisation
from hubdesk.ui import ics_file
from hubdesk.ui.pages.settings import SettingsPage
from hubdesk.ui.pages.today import VisitorLogDialog
from tests.helpers import T0, open_page, open_window, sign_in

pytestmark = [
    pytest.mark.skipif(
        not Path("/proc/locks").is_file(), reason="reads the process's locks from /proc/locks"
    ),
    # a completer's list of file names, under the offscreen platform
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise|grabbing)"),
]


def held_locks(database: Path) -> list[str]:
    """This process's POSIX locks on the database's files, as /proc/locks
    lists them (``stat`` only: opening a file would release the locks)."""
    inodes = set()
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            inodes.add(os.stat(f"{database}{suffix}").st_ino)
    found = []
    with open("/proc/locks", encoding="ascii") as listing:
        for line in listing:
            fields = line.split()
            if "POSIX" not in fields or "->" in fields:
                continue
            at = fields.index("POSIX")
            pid, inode = fields[at + 3], fields[at + 4].rsplit(":", 1)[-1]
            if pid == str(os.getpid()) and int(inode) in inodes:
                found.append(line.strip())
    return found


def _wait_listed(qtbot: QtBot, model: QFileSystemModel, folder: Path, show: Callable[[], Any]):
    """Call ``show()`` (which points the dialog at ``folder``) and wait until
    ``model`` has listed the folder: every file's type has been asked for."""
    with qtbot.waitSignal(
        model.directoryLoaded, timeout=5000, check_params_cb=lambda path: Path(path) == folder
    ):
        show()


def answer_in(qtbot: QtBot, folder: Path, seen: list[tuple[str, list[str]]]) -> None:
    """When the next modal file dialog opens: go to ``folder``, wait until it
    is listed, note the locks held then, and cancel the dialog."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, answer)
            return
        try:
            model = dialog.findChild(QFileSystemModel)
            _wait_listed(qtbot, model, folder, lambda: dialog.setDirectory(str(folder)))
            qtbot.wait(50)  # what the listing's updates set off
            seen.append((dialog.windowTitle(), held_locks(folder / "hub.sqlite")))
        finally:
            dialog.reject()

    QTimer.singleShot(0, answer)


def add_organisation(core: Core, name: str) -> None:
    core.write(lambda s: s.add(Organisation(name=name, kind=OrganisationKind.NGO, created_at=T0)))


def another_desk_writes(database: Path) -> None:
    """A second process writes, checkpoints the WAL into the file and closes."""
    script = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=5)\n"
        "c.execute('CREATE TABLE IF NOT EXISTS other_desk (x)')\n"
        "c.execute(\"INSERT INTO other_desk VALUES ('written elsewhere')\")\n"
        "c.execute('PRAGMA wal_checkpoint(TRUNCATE)')\n"
        "c.close()\n"
    )
    subprocess.run([sys.executable, "-c", script, str(database)], check=True, timeout=30)


def on_disk(database: Path) -> tuple[list[str], list[str]]:
    """What a fresh process reads from the file: organisations, other desk."""
    script = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(f'file:{sys.argv[1]}?mode=ro', uri=True)\n"
        "print('|'.join(r[0] for r in c.execute('SELECT name FROM organisations ORDER BY id')))\n"
        "print('|'.join(r[0] for r in c.execute('SELECT x FROM other_desk')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(database)],
        check=True,
        timeout=30,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    return out[0].split("|"), out[1].split("|")


# ------------------------------------------------------------ the desk's dialogs


def _sheet_saved_as_pdf(qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    window = open_window(qtbot, core, tmp_path)
    sign_in(qtbot, window, "anna", "reception pw")
    qtbot.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    window.sheet_dialog.save_sheet()


def _bookings_exported(qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    window = open_window(qtbot, core, tmp_path)
    assert ics_file.ask_path(window, "Stichting Noordzee") is None


def _visitor_log_exported(qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    core.sign_in("anna", "reception pw")
    dialog = VisitorLogDialog(core, T0.date())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._on_export_button_clicked()


def _file_imported(qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    window = open_window(qtbot, core, tmp_path)
    sign_in(qtbot, window, "maria", "correct horse")
    assert not window.import_file("members")


def _logo_chosen(qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    page = open_page(qtbot, core, SettingsPage, "maria")
    page.hub_tab.choose_logo.click()


FILE_DIALOGS = {
    "sheet saved as PDF": _sheet_saved_as_pdf,
    "bookings exported": _bookings_exported,
    "visitor log exported": _visitor_log_exported,
    "file imported": _file_imported,
    "logo chosen": _logo_chosen,
}


@pytest.fixture
def desk(core: Core) -> Path:
    """The hub's file, open in this process with writes of the desk on it."""
    add_organisation(core, "Written before")
    path = core.db.path
    assert path is not None
    assert held_locks(path), "an open SQLite database holds POSIX locks"
    return path


def _after_the_dialog(core: Core, database: Path) -> None:
    another_desk_writes(database)
    add_organisation(core, "Written after")
    organisations, elsewhere = on_disk(database)
    assert organisations == ["Written before", "Written after"]
    assert elsewhere == ["written elsewhere"]


@pytest.mark.parametrize("open_dialog", FILE_DIALOGS.values(), ids=FILE_DIALOGS.keys())
def test_a_file_dialog_on_the_database_s_folder_keeps_its_locks(
    qtbot: QtBot, core: Core, desk: Path, tmp_path: Path, open_dialog: Callable[..., None]
) -> None:
    seen: list[tuple[str, list[str]]] = []
    answer_in(qtbot, desk.parent, seen)
    open_dialog(qtbot, core, tmp_path / "ui")
    assert len(seen) == 1, "the dialog was shown once"
    title, locks = seen[0]
    assert locks, f"the dialog {title!r} released the database's locks"
    assert held_locks(desk)
    _after_the_dialog(core, desk)


def _print_dialog(qtbot: QtBot, core: Core, tmp_path: Path) -> QPrintDialog:
    window = open_window(qtbot, core, tmp_path)
    sign_in(qtbot, window, "anna", "reception pw")
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.current_page().last_print_dialog
    assert isinstance(dialog, QPrintDialog) and dialog.isVisible()
    return dialog


def test_typing_a_file_in_the_database_s_folder_to_print_to_keeps_the_locks(
    qtbot: QtBot, core: Core, desk: Path, tmp_path: Path
) -> None:
    dialog = _print_dialog(qtbot, core, tmp_path / "ui")
    field = dialog.findChild(QLineEdit, "filename")
    completer = field.completer()
    assert isinstance(completer, QCompleter)
    model = completer.model()
    assert isinstance(model, QFileSystemModel)

    def typed() -> None:
        # what typing the folder into the field makes the completer do
        field.setText(f"{desk.parent}/")
        completer.setCompletionPrefix(f"{desk.parent}/")
        completer.complete()

    typed()
    files = len(list(desk.parent.glob("hub.sqlite*")))
    # rows appear once their types have been asked for
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(desk.parent))) >= files, timeout=5000)
    qtbot.wait(50)
    assert held_locks(desk), "completing a file name released the database's locks"
    dialog.reject()
    _after_the_dialog(core, desk)


def test_browsing_for_the_file_to_print_to_keeps_the_locks(
    qtbot: QtBot, core: Core, desk: Path, tmp_path: Path
) -> None:
    dialog = _print_dialog(qtbot, core, tmp_path / "ui")
    seen: list[tuple[str, list[str]]] = []
    answer_in(qtbot, desk.parent, seen)
    dialog.findChild(QToolButton, "fileBrowser").click()
    assert len(seen) == 1 and seen[0][1], "browsing released the database's locks"
    dialog.reject()
    _after_the_dialog(core, desk)


def test_the_sqlite_header_check_keeps_the_locks(core: Core, desk: Path, tmp_path: Path) -> None:
    """A backup of the open hub, from inside the desk, checks the file first."""
    from hubdesk import db

    db.backup(desk, tmp_path / "backup.sqlite")
    assert held_locks(desk), "the backup released the database's locks"
    assert sqlite3.connect(tmp_path / "backup.sqlite").execute(
        "SELECT count(*) FROM organisations"
    ).fetchone() == (1,)
    _after_the_dialog(core, desk)


# ------------------------------------------------- one way to make a file dialog

UI = Path(__file__).resolve().parents[1] / "hubdesk" / "ui"


def test_every_file_dialog_is_made_by_the_files_module() -> None:
    """A dialog made elsewhere would list folders with Qt's own provider."""
    made_elsewhere = {
        str(source.relative_to(UI))
        for source in UI.rglob("*.py")
        for name in ("QFileDialog", "QFileSystemModel", "QFileIconProvider", "QPrintDialog(")
        if name in source.read_text(encoding="utf-8")
        and source.name not in {"files.py", "printing.py"}
    }
    assert not made_elsewhere


def test_exports_and_imports_start_in_the_documents_folder(
    qtbot: QtBot, core: Core, desk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not in the folder the desk was started from, which is often the
    database's, and never in the database's folder."""
    home = tmp_path / "home"
    documents = home / "Documents"
    documents.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(desk.parent)
    window = open_window(qtbot, core, tmp_path / "ui")
    sign_in(qtbot, window, "maria", "correct horse")
    folders: list[Path] = []

    def note() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, note)
            return
        folders.append(Path(dialog.directory().absolutePath()))
        dialog.reject()

    QTimer.singleShot(0, note)
    window.import_file("members")
    QTimer.singleShot(0, note)
    window.open_sheets("day").save_sheet()
    assert folders == [documents, documents]

    # a hub kept in the documents folder: exports go to the home folder
    from hubdesk.ui import files

    monkeypatch.setattr(files, "_database", documents / "hub.sqlite")
    assert files.export_folder() == home


def test_the_database_s_own_files_cannot_be_picked(
    qtbot: QtBot, core: Core, desk: Path, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from hubdesk.domain.errors import HubdeskError
    from hubdesk.ui import files
    from hubdesk.ui.files import FileDialog

    window = open_window(qtbot, core, tmp_path / "ui")
    before = desk.stat().st_size
    dialog = FileDialog(window, "Save", "All files (*)", saving=True, suggested=desk)
    qtbot.addWidget(dialog)
    model = dialog.findChild(QFileSystemModel)
    _wait_listed(qtbot, model, desk.parent, dialog.show)
    dialog.accept()  # Save, with hub.sqlite chosen
    assert dialog.isVisible() and dialog.result() != QFileDialog.DialogCode.Accepted
    assert isinstance(dialog.last_box, QMessageBox)
    assert "hub.sqlite is a file of the hub's database" in dialog.last_box.text()
    dialog.last_box.close()
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    for typed in ("hub.sqlite-wal", "hub.sqlite-journal", str(desk), "export.pdf"):
        name.selectAll()
        qtbot.keyClicks(name, typed)
        assert dialog.selectedFiles() == [str(desk.parent / Path(typed).name)]
        if typed != "export.pdf":
            dialog.accept()
            assert dialog.isVisible(), typed
            dialog.last_box.close()
    dialog.accept()  # any other file is taken
    assert not dialog.isVisible() and dialog.result() == QFileDialog.DialogCode.Accepted

    with pytest.raises(HubdeskError, match="file of the hub's database"):
        files.save_file(window, b"x", title="", name="", fallback="", file_filter="", path=desk)

    printing = _print_dialog(qtbot, core, tmp_path / "ui2")
    printing.file_field.setText(str(desk))
    printing.accept()
    assert printing.isVisible() and isinstance(printing.last_box, QMessageBox)
    printing.reject()
    assert desk.stat().st_size == before
    _after_the_dialog(core, desk)
