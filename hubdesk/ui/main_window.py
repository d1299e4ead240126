"""The main window: opening → sign-in → the pages the hub works in.

The window is built and painted before the data layer is imported (see
``gui.py``); pages, babel and the services load after the database is open.
``PySide6.QtCore.Qt`` is not imported at module level here: its first import
costs ~40 ms of start-up.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.clock import DEFAULT_TIME_ZONE, configured_clock
from hubdesk.ui import options

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo


def _zone(name: str) -> ZoneInfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


class MainWindow(QMainWindow):
    first_painted = Signal()
    #: names of the entities a service call changed ("member", "space", ...)
    data_changed = Signal(object)

    def __init__(
        self, db_description: str, settings: QSettings, *, automatic_backups: bool = False
    ) -> None:
        """``automatic_backups``: back the hub up at the first start of a day
        and when the window closes (the program turns it on; a window in a
        test only when the test is about it)."""
        super().__init__()
        self.core: Any = None
        self._settings = settings
        self.automatic_backups = automatic_backups
        self.backup_job: Any = None
        self.backup_message: Any = None
        self._shown_before_restore: QWidget | None = None
        self._closing_backed_up = False
        self._zone: ZoneInfo | None = None  # known after the first paint
        self._painted = False
        self._pending_shortcuts: list[tuple[QAction, str]] = []
        self.pages: list[Any] = []
        self.sign_in_view: Any = None
        self.workspace: QWidget | None = None
        self.free_room_dialog: Any = None
        self.sheet_dialog: Any = None
        self.setWindowTitle(self.tr("hubdesk"))
        self.setMinimumSize(900, 600)

        self.stack = QStackedWidget()
        opening = QWidget()
        opening.setObjectName("opening")
        layout = QVBoxLayout(opening)
        layout.setContentsMargins(32, 28, 32, 28)
        self.hub_name = QLabel(self.tr("Opening the hub…"))
        self.hub_name.setObjectName("hubName")
        self.subtitle = QLabel(db_description)
        self.subtitle.setObjectName("subtitle")
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.hub_name)
        layout.addWidget(self.subtitle)
        layout.addStretch(1)
        self.stack.addWidget(opening)
        self.setCentralWidget(self.stack)
        opening.installEventFilter(self)

        self.db_label = QLabel(self.tr("Database: {0}").format(db_description))
        self.staff_label = QLabel()
        self.clock_label = QLabel()
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.staff_label)
        self.statusBar().addPermanentWidget(self.clock_label)
        self._closing_checked = -1
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._on_clock_timeout)
        self._clock.start(15_000)

        geometry = settings.value(options.GEOMETRY.key)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)

    # -- menus and keys

    def _action(self, text: str, keys: str, slot: Any) -> QAction:
        action = QAction(text, self)
        if keys:
            if self._painted:
                action.setShortcut(QKeySequence(keys))
            else:
                self._pending_shortcuts.append((action, keys))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _install_shortcuts(self) -> None:
        """Shortcuts are set after the first paint: the first setShortcut makes
        PySide build Qt's key enums, ~60 ms of start-up."""
        for action, keys in self._pending_shortcuts:
            action.setShortcut(QKeySequence(keys))
        self._pending_shortcuts.clear()

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_actions: list[QAction] = []
        for kind, text in (
            ("organisations", self.tr("Import organisations…")),
            ("members", self.tr("Import members…")),
            ("spaces", self.tr("Import spaces…")),
            ("bookings", self.tr("Import bookings…")),
            ("plans", self.tr("Import plans…")),
            ("memberships", self.tr("Import memberships…")),
            ("leases", self.tr("Import leases…")),
        ):
            action = self._action(text, "", lambda _=False, k=kind: self.import_file(k))
            menu.addAction(action)
            self.import_actions.append(action)
        menu.addSeparator()
        self.print_action = self._action(self.tr("&Print…"), "Ctrl+P", self.print_page)
        self.sheets_action = self._action(
            self.tr("Print a &sheet…"), "Ctrl+Shift+P", lambda: self.open_sheets()
        )
        menu.addAction(self.print_action)
        menu.addAction(self.sheets_action)
        menu.addSeparator()
        self.restore_action = self._action(
            self.tr("&Restore from backup…"), "", lambda: self.restore_from_backup()
        )
        menu.addAction(self.restore_action)
        menu.addSeparator()
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock)
        menu.addAction(self.lock_action)
        menu.addAction(self._action(self.tr("&Quit"), "Ctrl+Q", self.close))
        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.find_action = self._action(self.tr("Find"), "Ctrl+F", self.focus_search)
        self.new_action = self._action(self.tr("New"), "Ctrl+N", self.add_new)
        self.reload_action = self._action(self.tr("Reload"), "F5", self.reload_page)
        self.free_room_action = self._action(
            self.tr("Find a free room…"), "F2", self.find_free_room
        )
        for action in (self.find_action, self.new_action, self.reload_action):
            self.go_menu.addAction(action)
        self.go_menu.addAction(self.free_room_action)
        self.go_menu.addSeparator()
        view = self.menuBar().addMenu(self.tr("&View"))
        language = view.addMenu(self.tr("Language"))
        current = options.LANGUAGE.get(self._settings)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        for code, text in (
            ("", self.tr("As the system")),
            ("en", "English"),
            ("nl", "Nederlands"),
        ):
            action = language.addAction(text)
            action.setCheckable(True)
            action.setChecked(code == current)
            self.language_group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self._on_language_chosen(c))
        self._set_workspace_enabled(False)

    def _set_workspace_enabled(self, enabled: bool) -> None:
        for action in (*self.import_actions, self.print_action, self.sheets_action):
            action.setEnabled(enabled)
        self.lock_action.setEnabled(enabled)
        self._update_restore_action()
        for action in self.go_menu.actions():  # Find, New, Reload, the finder, the pages
            action.setEnabled(enabled)

    def _on_language_chosen(self, code: str) -> None:
        options.LANGUAGE.set(self._settings, code)
        self.statusBar().showMessage(
            self.tr("The language changes when hubdesk starts again."), 10_000
        )

    # -- first paint: the data layer loads only after this

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self._on_first_paint)
        return super().eventFilter(watched, event)

    def _on_first_paint(self) -> None:
        """Menus, shortcuts and the clock come just after the first paint: the
        first QAction, key sequence and zone cost start-up time."""
        self.first_painted.emit()
        self._build_menus()
        self._install_shortcuts()
        self._on_clock_timeout()

    # -- opening and signing in

    def set_core(self, core: Any) -> None:
        from hubdesk.ui import files
        from hubdesk.ui.sign_in import SignInView

        self.core = core
        files.set_database(core.db.path)  # its files are never picked in a dialog
        core.backups_choice = options.BACKUPS_FOLDER.get(self._settings)
        if self.automatic_backups:
            self._start_backup()
        overview = core.overview()
        self._zone = _zone(overview.time_zone)
        self._set_hub_name(overview.hub_name)
        self.sign_in_view = SignInView(core, options.LAST_USERNAME.get(self._settings))
        self.sign_in_view.signed_in.connect(self._on_sign_in_view_signed_in)
        self.stack.addWidget(self.sign_in_view)
        self.stack.setCurrentWidget(self.sign_in_view)
        self.sign_in_view.focus_first_field()
        self._on_clock_timeout()

    # -- backups (services/backups.py): at the first start of a day, at close

    def _update_restore_action(self) -> None:
        """File → Restore from backup…: a manager's, on an SQLite hub; a
        PostgreSQL hub is restored from the server's own backups."""
        action = getattr(self, "restore_action", None)
        if action is None:
            return
        core = self.core
        on_server = core is not None and not core.db.is_sqlite
        if on_server:
            action.setText(self.tr("Restore: use the database server's backups (pg_dump)"))
        else:
            action.setText(self.tr("&Restore from backup…"))
        actor = core.actor if core is not None else None
        action.setEnabled(bool(actor is not None and actor.is_manager and not on_server))

    def _start_backup(self) -> None:
        """The first start of a day backs the hub up, off the GUI thread and
        without a dialog; a failure is shown, the desk goes on."""
        from hubdesk.ui.worker import Job

        core = self.core
        if core is None or not core.db.is_sqlite:
            return
        self.backup_job = Job(
            self,
            self.tr("Backing up the hub…"),
            lambda _progress: core.back_up(only_if_due=True),
            show_progress=False,
        )
        self.backup_job.finished.connect(self._on_backup_job_finished)
        self.backup_job.start()

    def _on_backup_job_finished(self, made: Any, error: BaseException | None) -> None:
        if error is not None:
            self._show_backup_failed(error)
        elif made is not None:
            self.statusBar().showMessage(
                self.tr("The hub was backed up to {0}.").format(made.path), 10_000
            )
        self.data_changed.emit({"backup"})

    def _show_backup_failed(self, error: BaseException) -> Any:
        from PySide6.QtWidgets import QMessageBox

        from hubdesk.domain.errors import HubdeskError

        text = str(error) if isinstance(error, (HubdeskError, OSError)) else repr(error)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The backup failed"),
            self.tr("The hub's data could not be backed up; nothing was lost."),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setInformativeText(text[:600])
        box.open()
        self.backup_message = box
        return box

    def _back_up_at_close(self) -> None:
        """A backup when the desk closes: a short progress after half a
        second; a failure is shown (the window closes when it is read) and
        never keeps the desk from closing."""
        from PySide6.QtCore import QEventLoop

        from hubdesk.ui.worker import Job

        core = self.core
        if core is None or not core.db.is_sqlite:
            return
        if self.backup_job is not None:
            self.backup_job.wait()
        loop = QEventLoop(self)
        job = Job(self, self.tr("Backing up the hub before closing…"), lambda _p: core.back_up())
        outcome: dict[str, Any] = {}

        def finished(_made: Any, error: BaseException | None) -> None:
            outcome["error"] = error
            loop.quit()

        job.finished.connect(finished)
        self.backup_job = job.without_stop().start()
        if "error" not in outcome:
            loop.exec()
        error = outcome.get("error")
        if error is not None:
            box = self._show_backup_failed(error)
            box.finished.connect(loop.quit)
            loop.exec()

    def _on_backups_folder_chosen(self, folder: str) -> None:
        options.BACKUPS_FOLDER.set(self._settings, folder)

    # -- File → Restore from backup…

    def restore_from_backup(
        self, path: str | Path | None = None, *, confirmed: bool = False
    ) -> Any:
        """Replace the hub's database by a backup (a manager's; refused while
        another desk has the database open). Asks for the file and for a
        confirmation unless given; returns the job that restores (None when
        nothing is done). Afterwards the desk shows the sign-in form."""
        from PySide6.QtWidgets import QMessageBox

        from hubdesk.domain.errors import HubdeskError
        from hubdesk.ui import files
        from hubdesk.ui.forms import warn
        from hubdesk.ui.worker import Job

        core = self.core
        if core is None or core.actor is None or not core.actor.is_manager:
            return None
        if not core.db.is_sqlite:
            self.backup_message = warn(
                self,
                self.tr(
                    "This hub's database is on a PostgreSQL server: restore it from the "
                    "server's backups (pg_dump / pg_restore)."
                ),
            )
            return None
        folder = core.backups_folder
        if path is None:
            start = folder if folder is not None and folder.is_dir() else None
            if start is not None and core.db.path is not None and start == core.db.path.parent:
                start = None  # never a file dialog on the database's own folder
            path = files.ask_open_path(
                self,
                title=self.tr("Restore from backup"),
                file_filter=self.tr("hubdesk backups (*.sqlite);;All files (*)"),
                folder=start,
            )
            if path is None:
                return None
        chosen = Path(path)
        actor = core.actor
        from hubdesk.db import verify_hubdesk_file

        try:
            verify_hubdesk_file(chosen.expanduser().absolute())
        except HubdeskError as error:
            self.backup_message = warn(self, error)
            return None
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Restore from backup"),
                self.tr(
                    "Replace all of the hub's data by the backup {0}? What was entered since "
                    "that backup is no longer in the desk; a copy of the database as it is "
                    "now is kept in {1}."
                ).format(chosen.name, folder),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        # nothing reads the database while it is replaced: the clock stops and
        # the pages (and their timers) are hidden behind the opening view
        if self.backup_job is not None:
            self.backup_job.wait()
        self._clock.stop()
        self._shown_before_restore = self.stack.currentWidget()
        self._set_workspace_enabled(False)
        self.stack.setCurrentIndex(0)
        job = Job(self, self.tr("Restoring the backup…"), lambda _p: core.restore(chosen, actor))
        job.finished.connect(self._on_restore_job_finished)
        self.backup_job = job.without_stop().start()
        return job

    def _on_restore_job_finished(self, result: Any, error: BaseException | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        from hubdesk.domain.errors import HubdeskError
        from hubdesk.ui.forms import warn

        self._clock.start(15_000)
        if self.core.actor is None:
            self.lock()  # the restored hub has its own staff: sign in again
        elif self._shown_before_restore is not None:  # refused: the desk as it was
            self.stack.setCurrentWidget(self._shown_before_restore)
            self._set_workspace_enabled(True)
            self.import_actions[2].setEnabled(bool(self.core.actor.is_manager))
        if error is not None:
            shown = error if isinstance(error, HubdeskError) else str(error)
            self.backup_message = warn(self, shown)
            return
        overview = self.core.overview()
        self._zone = _zone(overview.time_zone)
        self._set_hub_name(overview.hub_name)
        message = self.tr("The hub's data was restored from {0}.").format(result.restored_from)
        if result.kept is not None:
            message += " " + self.tr("The database as it was is kept in {0}.").format(result.kept)
        self.statusBar().showMessage(message, 30_000)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Restored"),
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.open()
        self.backup_message = box
        self.data_changed.emit({"backup"})

    def _set_hub_name(self, name: str) -> None:
        self.hub_name.setText(name)
        self.setWindowTitle(self.tr("{0} — hubdesk").format(name))

    def show_open_failed(self, message: str) -> None:
        self.hub_name.setText(self.tr("The database could not be opened"))
        self.subtitle.setText(message)

    def _on_sign_in_view_signed_in(self, actor: Any) -> None:
        options.LAST_USERNAME.set(self._settings, self.sign_in_view.username.text().strip())
        self.staff_label.setText(self.tr("Signed in: {0}").format(actor.name))
        # read first: building the pages may select the first one
        last_page = options.LAST_PAGE.get(self._settings)
        if self.workspace is None:
            self._build_workspace()
        else:
            for page in self.pages:
                page.reload()
        assert self.workspace is not None
        self.stack.setCurrentWidget(self.workspace)
        self._set_workspace_enabled(True)
        self.import_actions[2].setEnabled(bool(actor.is_manager))  # spaces: managers only
        self.close_day()  # the days the desk was closed since
        self.show_page(last_page)

    def lock(self) -> None:
        """Ctrl+L: back to the sign-in form; the pages stay but are hidden."""
        if self.core is None or self.sign_in_view is None:
            return
        self.core.lock()
        self.staff_label.clear()
        self._set_workspace_enabled(False)
        self.sign_in_view.reset()
        self.stack.setCurrentWidget(self.sign_in_view)

    # -- the workspace

    def page_classes(self) -> list[type]:
        from hubdesk.ui.pages.billing import BillingPage
        from hubdesk.ui.pages.calendar import CalendarPage
        from hubdesk.ui.pages.frontdesk import FrontDeskPage
        from hubdesk.ui.pages.leases import LeasesPage
        from hubdesk.ui.pages.members import MembersPage
        from hubdesk.ui.pages.organisations import OrganisationsPage
        from hubdesk.ui.pages.plans import PlansPage
        from hubdesk.ui.pages.reports import ReportsPage
        from hubdesk.ui.pages.settings import SettingsPage
        from hubdesk.ui.pages.spaces import SpacesPage
        from hubdesk.ui.pages.today import TodayPage

        return [
            TodayPage,
            FrontDeskPage,
            CalendarPage,
            MembersPage,
            OrganisationsPage,
            SpacesPage,
            LeasesPage,
            PlansPage,
            BillingPage,
            SettingsPage,
            ReportsPage,
        ]

    def _build_workspace(self) -> None:
        workspace = QWidget()
        from PySide6.QtWidgets import QHBoxLayout, QListWidget

        layout = QHBoxLayout(workspace)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        side = QWidget()
        side.setObjectName("navPanel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 12, 0, 12)
        self.nav_title = QLabel(self.hub_name.text())
        self.nav_title.setObjectName("navTitle")
        self.nav_title.setWordWrap(True)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        side_layout.addWidget(self.nav_title)
        side_layout.addWidget(self.nav, 1)
        side.setFixedWidth(210)
        self.page_stack = QStackedWidget()
        layout.addWidget(side)
        layout.addWidget(self.page_stack, 1)
        for number, page_class in enumerate(self.page_classes(), start=1):
            page = page_class(self.core)
            self.pages.append(page)
            self.page_stack.addWidget(page)
            self.nav.addItem(page.title())
            page.data_changed.connect(self.data_changed.emit)
            if hasattr(page, "backups_folder_chosen"):
                page.backups_folder_chosen.connect(self._on_backups_folder_chosen)
            self.data_changed.connect(page.on_data_changed)
            keys = ""
            if number <= 10:  # Ctrl+1 ... Ctrl+9, then Ctrl+0
                keys = f"Ctrl+{number % 10}"
            elif page.key == "reports":
                keys = "Ctrl+R"
            action = self._action(page.title(), keys, lambda _=False, p=page: self.show_page(p.key))
            self.go_menu.addAction(action)
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.data_changed.connect(self._on_data_changed)
        self.workspace = workspace
        self.stack.addWidget(workspace)
        for page in self.pages:
            page.reload()

    def current_page(self) -> Any:
        if not self.pages:
            return None
        return self.pages[self.page_stack.currentIndex()]

    def show_page(self, key: str) -> None:
        for index, page in enumerate(self.pages):
            if page.key == key:
                self.nav.setCurrentRow(index)
                return
        if self.pages:
            self.nav.setCurrentRow(0)

    def _on_nav_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.page_stack.setCurrentIndex(row)
            options.LAST_PAGE.set(self._settings, self.pages[row].key)
            field = self.pages[row].focus_widget()
            if field is not None:
                field.setFocus()

    def _on_data_changed(self, entities: set[str]) -> None:
        if "settings" in entities and self.core is not None:
            overview = self.core.overview()
            self._zone = _zone(overview.time_zone)
            self._set_hub_name(overview.hub_name)
            self.nav_title.setText(overview.hub_name)
            self._on_clock_timeout()

    def focus_search(self) -> None:
        page = self.current_page()
        field = page.search_field() if page is not None else None
        if field is not None:
            field.setFocus()
            field.selectAll()

    def add_new(self) -> None:
        page = self.current_page()
        if page is not None and page.can_add():
            page.add_new()

    def reload_page(self) -> None:
        page = self.current_page()
        if page is not None:
            page.reload()

    # -- File → Print (Ctrl+P), Print a sheet (Ctrl+Shift+P)

    def print_page(self) -> None:
        """Ctrl+P: print the sheet or report of the page shown; a page with
        nothing of its own offers the sheets."""
        page = self.current_page()
        if page is None or self.core is None or self.core.actor is None:
            return
        if not page.print_sheet():
            self.open_sheets(page.sheet)

    def open_sheets(self, sheet: str = "day") -> Any:
        """The sheets dialog, for today's date; returns it (None before
        signing in)."""
        page = self.current_page()
        if page is None or self.core is None or self.core.actor is None:
            return None
        from hubdesk.ui.dialogs.sheets import SheetDialog

        if self.sheet_dialog is not None:
            self.sheet_dialog.deleteLater()
        today = self.core.today(self._zone)
        self.sheet_dialog = SheetDialog(self.core, page, today, sheet, self)
        self.sheet_dialog.open()
        return self.sheet_dialog

    # -- Go → Find a free room (F2)

    def find_free_room(self) -> Any:
        """The free-room finder, on top of whatever page is shown; returns it
        (None before signing in)."""
        if self.core is None or self.core.actor is None:
            return None
        from hubdesk.ui.dialogs.free_rooms import FreeRoomDialog

        if self.free_room_dialog is not None:
            self.free_room_dialog.deleteLater()
        self.free_room_dialog = FreeRoomDialog(self.core, self)
        self.free_room_dialog.booked.connect(self._on_free_room_dialog_booked)
        self.free_room_dialog.open()
        return self.free_room_dialog

    def _on_free_room_dialog_booked(self, booking_ids: list[int]) -> None:
        from hubdesk.domain.errors import HubdeskError
        from hubdesk.services.bookings import get_booking
        from hubdesk.ui import format as formats

        self.data_changed.emit({"booking"})
        if not booking_ids:
            return
        try:
            found = self.core.read(lambda s: get_booking(s, int(booking_ids[0])))
        except HubdeskError:
            return
        zone = str(self._zone) if self._zone is not None else DEFAULT_TIME_ZONE
        self.statusBar().showMessage(
            self.tr("Booked {0}, {1} to {2}").format(
                found.space_name,
                formats.moment(found.start_at, zone),
                found.end_at.astimezone(self._zone).strftime("%H:%M"),
            ),
            15_000,
        )

    # -- File → Import

    def import_file(self, kind: str, path: str | None = None) -> bool:
        """Import a CSV file (all rows or none); True when it was imported."""
        from PySide6.QtWidgets import QMessageBox

        from hubdesk.domain.errors import HubdeskError
        from hubdesk.services import csv_import

        if self.core is None or self.core.actor is None:
            return False
        if path is None:
            titles = {
                "organisations": self.tr("Import organisations"),
                "members": self.tr("Import members"),
                "spaces": self.tr("Import spaces"),
                "bookings": self.tr("Import bookings"),
                "plans": self.tr("Import plans"),
                "memberships": self.tr("Import memberships"),
                "leases": self.tr("Import leases"),
            }
            from hubdesk.ui import files

            chosen = files.ask_open_path(
                self, title=titles[kind], file_filter=self.tr("CSV files (*.csv *.txt)")
            )
            if chosen is None:
                return False
            path = str(chosen)
        actor = self.core.actor
        try:
            result = self.core.write(
                lambda s: csv_import.import_csv(s, actor, kind, Path(path))  # type: ignore[arg-type]
            )
        except HubdeskError as error:
            self.last_import_message = str(error)
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Nothing was imported"))
            box.setText(self.tr("The file has problems; nothing was imported."))
            box.setDetailedText(str(error))
            box.setInformativeText(str(error)[:600])
            box.open()
            return False
        self.last_import_message = result.summary
        self.data_changed.emit({kind.rstrip("s"), "organisation", "member", "space"})
        self.statusBar().showMessage(result.summary, 15_000)
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Imported"), result.summary, parent=self
        )
        box.open()
        return True

    # -- clock, closing

    def _on_clock_timeout(self) -> None:
        if self._zone is None:
            self._zone = _zone(DEFAULT_TIME_ZONE)
        from hubdesk.ui import format as formats

        clock = self.core.clock if self.core is not None else configured_clock()
        now = clock.now().astimezone(self._zone)
        self.clock_label.setText(self.tr("Hub time {0}").format(formats.clock(now)))
        if now.minute != self._closing_checked:
            self._closing_checked = now.minute
            self.close_day()

    def close_day(self, now: datetime | None = None) -> int:
        """Check out whoever is still in after closing time (asked once a
        minute while someone is signed in; a write only when there is
        something to close)."""
        core = self.core
        if core is None or core.actor is None:
            return 0
        from hubdesk.domain.errors import HubdeskError
        from hubdesk.services import frontdesk

        try:
            if not core.read(lambda s: frontdesk.closings_due(s, now)):
                return 0
            closed: int = core.write(lambda s: frontdesk.close_day(s, now))
        except HubdeskError:
            return 0  # a locked or unreachable database: the next minute tries again
        if closed:
            self.data_changed.emit({"check_in", "visit"})
        return closed

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue(options.GEOMETRY.key, self.saveGeometry())
        for page in self.pages:  # a report being read ends first (it is short)
            job = getattr(page, "job", None)
            if job is not None:
                job.wait()
        if self.automatic_backups and not self._closing_backed_up:
            self._closing_backed_up = True
            self._back_up_at_close()
        elif self.backup_job is not None:
            self.backup_job.wait()
        super().closeEvent(event)
