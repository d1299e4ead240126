"""Where the database is: ``--db`` (a path or an SQLAlchemy URL), ``$HUBDESK_DB``,
or ``hubdesk.sqlite`` in the user's data folder.

Kept free of SQLAlchemy so the window can name its database before the data
layer has been imported.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import unquote

ENV_DB = "HUBDESK_DB"


def default_database_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("hubdesk", appauthor=False) / "hubdesk.sqlite"


def resolve_target(target: str | os.PathLike[str] | None) -> str:
    """An SQLAlchemy URL for the database to use."""
    if target is None or str(target) == "":
        target = os.environ.get(ENV_DB) or default_database_path()
    value = str(target)
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().absolute())


def sqlite_file(url: str) -> Path | None:
    """The file of an SQLite URL, None for other engines ('' for in-memory)."""
    match = re.match(r"^sqlite(\+\w+)?://(/?)(.*)$", url)
    if match is None:
        return None
    rest = match.group(3).split("?", 1)[0]
    return Path(unquote(rest)) if rest else Path("")


def describe(url: str) -> str:
    """The database for people: a path, or the URL without its password."""
    path = sqlite_file(url)
    if path is not None:
        return str(path)
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)
