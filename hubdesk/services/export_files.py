"""Writing an export to a file the user named: a safe file name made from a
record's name, and a write that leaves either the whole new file or the old
one (never half a file), even when the disk fills or the program stops; and
the text cells of a CSV file made safe to open in a spreadsheet.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

#: Characters no file name may hold on Windows, macOS or Linux, and controls.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
#: Names Windows keeps for devices, whatever the extension.
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt") for n in range(1, 10)}
#: Bytes of a file name most file systems allow (ext4, NTFS in UTF-16 allows more).
NAME_MAX_BYTES = 255
#: A CSV cell starting with one of these is read as a formula by spreadsheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """``text`` as a spreadsheet shows it, never run as a formula: a cell
    starting with ``= + - @``, a tab or a carriage return gets a leading
    ``'`` (CSV injection). Use it for text cells only; an amount such as
    ``-12.50`` in an amount column is written as it is."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_bytes(rows: Iterable[Sequence[str]]) -> bytes:
    """Rows of text as CSV the way Dutch spreadsheets open it: ``;`` between
    cells, UTF-8 with a byte order mark, every cell made safe
    (:func:`csv_cell`)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for row in rows:
        writer.writerow([csv_cell(cell) for cell in row])
    return out.getvalue().encode("utf-8-sig")


def safe_file_name(name: str, fallback: str = "export") -> str:
    """``name`` as a file name every system accepts: forbidden characters
    become ``_``, spaces are tidied, no leading or trailing dot, not a
    device name, at most 255 bytes in UTF-8 (the extension kept). Letters of
    any script stay as they are: "Bürger & Söhne <NGO>.ics" becomes
    "Bürger & Söhne _NGO_.ics"."""
    text = unicodedata.normalize("NFC", name)
    text = _FORBIDDEN.sub("_", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    if not text or text.strip("_ ") == "":
        text = fallback
    stem, dot, suffix = text.rpartition(".")
    if not dot or not stem or len(suffix) > 10:
        stem, suffix = text, ""
    if stem.split(".")[0].casefold() in _RESERVED:
        stem = "_" + stem
    tail = f".{suffix}" if suffix else ""
    room = NAME_MAX_BYTES - len(tail.encode())
    while len(stem.encode()) > room:
        stem = stem[:-1]
    return stem.rstrip(" .") + tail


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same
    folder, synced and then renamed over ``path``. Raises OSError (the
    temporary file removed, ``path`` as it was) when it cannot be done."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name[:40]}.", suffix=".part", dir=target.parent
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
