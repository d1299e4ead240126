"""The files the user picks: where the desk saves what it makes (a letter,
an invoice, an export, a PDF) and which file it reads (an import, a logo).

Every file dialog of the desk is made here, because of a fact that bites:
SQLite's locks are POSIX locks, held per process, and any ``close()`` of any
descriptor on the database's files inside the process drops all of them.
Another desk (or ``hubdesk backup``) may then take the database for unused
and delete its WAL under the running desk, and what the desk writes next is
lost. Qt's file dialog asks its icon provider for the type and icon of every
file it lists, and Qt's own provider reads each file's first bytes to tell
its type: showing the database's folder was enough. So here:

- every dialog is Qt's own (a platform's dialog reads files as it likes) and
  tells files apart by their names only (:class:`NameOnlyIconProvider`);
  :func:`name_only` does the same for a file system model made elsewhere
  (the print dialog's "print to file" field);
- exports start in the documents folder, never in the database's folder
  (the user may still go there: that is safe now);
- the database's own files cannot be picked: saving over them or reading
  them would damage the open hub.

The window tells this module which database is open
(:func:`set_database`). Writing is whole or not at all (:func:`save_file`).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QMimeDatabase, QStandardPaths
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFileSystemModel,
    QMessageBox,
    QStyle,
    QWidget,
)

from hubdesk.domain.errors import HubdeskError
from hubdesk.services.export_files import safe_file_name, write_atomically

# the files SQLite keeps beside a database
_COMPANIONS = ("", "-wal", "-shm", "-journal")

_database: Path | None = None


def set_database(path: Path | None) -> None:
    """The SQLite file this desk has open (None: none, or a server)."""
    global _database
    _database = None if path is None else Path(path).absolute()


def is_database_file(path: str | Path) -> bool:
    """Whether ``path`` is the open database or one of SQLite's files
    beside it (compared by name and by ``stat``: never opened)."""
    if _database is None or not str(path):
        return False
    chosen = Path(path).absolute()
    for suffix in _COMPANIONS:
        own = Path(f"{_database}{suffix}")
        if chosen == own:
            return True
        try:
            if os.path.samefile(chosen, own):
                return True
        except OSError:
            continue
    return False


def export_folder() -> Path:
    """Where the desk's files are saved and read unless the user goes
    elsewhere: the documents folder (the home folder when there is none or
    when the hub's database lives in it)."""
    home = Path.home()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for folder in (Path(documents) if documents else None, home):
        if (
            folder is not None
            and folder.is_dir()
            and (_database is None or folder != _database.parent)
        ):
            return folder
    return home


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names told by a file's kind and name, never by its
    content: Qt's own provider opens every file it is asked about."""

    def __init__(self) -> None:
        super().__init__()
        style = QApplication.style()
        self._folder = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self._file = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self._drive = style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)
        self._mime = QMimeDatabase()

    def icon(self, what: object) -> QIcon:
        if isinstance(what, QFileInfo):
            if what.isRoot():
                return self._drive
            if what.isDir():
                return self._folder
            name = self._mime.mimeTypeForFile(what, QMimeDatabase.MatchMode.MatchExtension)
            return QIcon.fromTheme(name.iconName(), self._file)
        if what == QAbstractFileIconProvider.IconType.Folder:
            return self._folder
        if what in (
            QAbstractFileIconProvider.IconType.Computer,
            QAbstractFileIconProvider.IconType.Drive,
        ):
            return self._drive
        return self._file

    def type(self, info: QFileInfo) -> str:
        if info.isFile():
            # by the name only; Qt's default reads the first bytes
            mime = self._mime.mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension)
            return mime.comment() or mime.name()
        return super().type(info)  # a folder, drive or link: told without reading


_provider: NameOnlyIconProvider | None = None


def icon_provider() -> NameOnlyIconProvider:
    """The one provider of the desk's file dialogs (it must outlive them)."""
    global _provider
    if _provider is None:
        _provider = NameOnlyIconProvider()
    return _provider


def name_only(model: QFileSystemModel) -> None:
    """Make a file system model made elsewhere (a completer's) tell files
    by their names only; call it before the model has listed anything."""
    model.setIconProvider(icon_provider())


class FileDialog(QFileDialog):
    """Qt's own file dialog, telling files by their names only, that will
    not take one of the database's files."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        file_filter: str,
        *,
        saving: bool,
        suggested: Path | None = None,
        folder: Path | None = None,
    ) -> None:
        # the provider is in place before the dialog lists a folder
        super().__init__(parent)
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.setIconProvider(icon_provider())
        self.setWindowTitle(title)
        self.setNameFilter(file_filter)
        self.setAcceptMode(
            QFileDialog.AcceptMode.AcceptSave if saving else QFileDialog.AcceptMode.AcceptOpen
        )
        self.setFileMode(
            QFileDialog.FileMode.AnyFile if saving else QFileDialog.FileMode.ExistingFile
        )
        # never the folder Qt remembers from the last dialog: it may be the
        # database's (safe now, but not where exports belong)
        if folder is None:
            folder = suggested.parent if suggested is not None else export_folder()
        self.setDirectory(str(folder if folder.is_dir() else export_folder()))
        if suggested is not None:
            self.selectFile(suggested.name)
        self.last_box: QMessageBox | None = None

    def accept(self) -> None:
        chosen = self.selectedFiles()
        if chosen and is_database_file(chosen[0]):
            self.last_box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.windowTitle(),
                refusal(chosen[0]),
                parent=self,
            )
            self.last_box.open()
            return
        super().accept()


def refusal(path: str | Path) -> str:
    """Why a file of the database cannot be picked."""
    return QCoreApplication.translate(
        "files", "{0} is a file of the hub's database; choose another file."
    ).format(Path(path).name)


def _chosen(dialog: FileDialog) -> Path | None:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return None
        files = dialog.selectedFiles()
        return Path(files[0]) if files and files[0] else None
    finally:
        dialog.deleteLater()


def ask_save_path(
    parent: QWidget | None,
    *,
    title: str,
    suggested: str | Path,
    file_filter: str,
    confirm_overwrite: bool = True,
) -> Path | None:
    """Ask where to save (``suggested``: a file name, put in the export
    folder, or a whole path); None when the user cancels."""
    target = Path(suggested)
    if not target.is_absolute():
        target = export_folder() / target
    dialog = FileDialog(parent, title, file_filter, saving=True, suggested=target)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
    return _chosen(dialog)


def ask_open_path(
    parent: QWidget | None, *, title: str, file_filter: str, folder: Path | None = None
) -> Path | None:
    """Ask which file to read (starting in ``folder``, or the export folder);
    None when the user cancels."""
    return _chosen(FileDialog(parent, title, file_filter, saving=False, folder=folder))


def ask_folder(parent: QWidget | None, *, title: str, folder: Path | None = None) -> Path | None:
    """Ask for a folder (starting in ``folder``, or the export folder); None
    when the user cancels."""
    dialog = FileDialog(parent, title, "", saving=False, folder=folder)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _chosen(dialog)


def save_file(
    parent: QWidget,
    data: bytes,
    *,
    title: str,
    name: str,
    fallback: str,
    file_filter: str,
    path: str | Path | None = None,
) -> Path | None:
    """Ask where to save ``data`` (``name`` suggested, made safe for any file
    system) unless ``path`` is given, and write it. None when the user
    cancels; :class:`HubdeskError` when the file cannot be written (nothing
    is left half-written) or is one of the database's."""
    if path is None:
        chosen = ask_save_path(
            parent,
            title=title,
            suggested=safe_file_name(name, fallback=fallback),
            file_filter=file_filter,
        )
        if chosen is None:
            return None
        path = chosen
    target = Path(path)
    if is_database_file(target):
        raise HubdeskError(refusal(target))
    try:
        write_atomically(target, data)
    except OSError as error:
        raise HubdeskError(
            QCoreApplication.translate("files", "The file could not be written to {0}: {1}").format(
                target, error.strerror or error
            )
        ) from error
    return target
