"""Starting the desk application: paint the window first, then open the data
layer on a worker thread and hand the open core to the window.

``HUBDESK_STARTUP_PROBE=1`` makes the program print ``painted`` when the main
window has painted for the first time and ``ready`` when the hub's data is
shown, then quit; ``bench/startup.py`` measures with it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from hubdesk.resource_files import resource
from hubdesk.ui.main_window import MainWindow

PROBE = os.environ.get("HUBDESK_STARTUP_PROBE") == "1"


def _probe(word: str) -> None:
    print(word, flush=True)


def run(loader: Callable[[], Any], db_description: str, argv: list[str]) -> int:
    QApplication.setApplicationName("hubdesk")
    QApplication.setOrganizationName("hubdesk")
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    style = resource("style.qss")
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))

    settings = QSettings()
    from hubdesk.ui import i18n, options

    i18n.install(app, i18n.choose(options.LANGUAGE.get(settings)))
    window = MainWindow(db_description, settings, automatic_backups=True)
    exit_code = {"code": 0}

    def on_loaded(core: Any) -> None:
        window.set_core(core)
        if PROBE:

            def report_ready() -> None:
                _probe("ready")
                app.quit()

            QTimer.singleShot(0, report_ready)

    def on_failed(message: str) -> None:
        exit_code["code"] = 1
        window.show_open_failed(message)
        if PROBE:
            _probe("failed " + message)
            app.quit()
            return
        from PySide6.QtWidgets import QMessageBox

        title = QCoreApplication.translate("hubdesk", "hubdesk cannot open the database")
        QMessageBox.critical(window, title, message)
        app.quit()

    loaders: list[Any] = []  # kept alive while it runs

    def on_first_paint() -> None:
        if PROBE:
            _probe("painted")
        # the loader (a QObject subclass: costly to define) comes after the paint
        from hubdesk.ui.loader import CoreLoader

        core_loader = CoreLoader(loader, window.page_classes)
        # emitted on the loader thread, delivered on the GUI thread (queued)
        core_loader.loaded.connect(on_loaded)
        core_loader.failed.connect(on_failed)
        loaders.append(core_loader)
        core_loader.start()
        # the SVG icon loads Qt's image plugins: after the first paint
        app.setWindowIcon(QIcon(str(resource("icons", "hubdesk.svg"))))

    window.first_painted.connect(on_first_paint)
    window.show()
    code = app.exec()
    if window.backup_job is not None:  # a backup is never cut off
        window.backup_job.wait()
    if window.core is not None:
        window.core.close()
    return exit_code["code"] or code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run(lambda: None, "", sys.argv))
