"""Saving what the desk makes (a letter, an invoice, an export) to a file the
user picks: in the documents folder by default, written whole or not at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from hubdesk.domain.errors import HubdeskError
from hubdesk.services.export_files import safe_file_name, write_atomically


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
    is left half-written)."""
    if path is None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = (Path(folder) if folder else Path.home()) / safe_file_name(
            name, fallback=fallback
        )
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
        if not chosen:
            return None
        path = chosen
    target = Path(path)
    try:
        write_atomically(target, data)
    except OSError as error:
        raise HubdeskError(
            QCoreApplication.translate("files", "The file could not be written to {0}: {1}").format(
                target, error.strerror or error
            )
        ) from error
    return target
