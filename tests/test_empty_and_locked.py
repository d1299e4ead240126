"""Honest refusals of the data layer: a zero-byte file is never made into a
new hub (only the desk's first start and ``demo`` create one, and only where
no file is), and ``hubdesk backup`` gives up on a lock after the busy timeout."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from hubdesk.cli import main
from hubdesk.db import Database
from hubdesk.domain.errors import DatabaseEmpty

#: Every verb that opens the hub's database, with the arguments it needs.
VERBS: dict[str, list[str]] = {
    "close-day": ["close-day"],
    "import": ["import", "members", "members.csv"],
    "sheet": ["sheet", "day", "--out", "day.pdf"],
    "backup": ["backup", "--out", "copy.sqlite"],
    "check": ["check"],
    "invoice-run": ["invoice-run", "--month", "2026-11"],
    "letter": ["letter", "indexation", "--lease", "1", "--out", "letter.pdf"],
}


def _files(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in folder.rglob("*")}


def _argv(verb: str, tmp_path: Path, database: Path) -> list[str]:
    args = [
        str(tmp_path / a) if a.endswith((".csv", ".pdf", ".sqlite")) else a for a in VERBS[verb]
    ]
    return [*args, "--db", str(database)]


def test_opening_an_empty_file_is_refused_and_leaves_it_as_it_was(tmp_path: Path) -> None:
    empty = tmp_path / "hub.sqlite"
    empty.touch()
    with pytest.raises(DatabaseEmpty, match="empty file: not a hubdesk database"):
        Database.open(empty)
    assert _files(tmp_path) == {"hub.sqlite": 0}


@pytest.mark.parametrize("verb", [*VERBS, "demo"])
def test_no_verb_makes_an_empty_file_into_a_hub(
    verb: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "hub.sqlite"
    empty.touch()
    argv = ["demo", "--db", str(empty)] if verb == "demo" else _argv(verb, tmp_path, empty)
    code = main(argv)
    out = capsys.readouterr()
    assert code == 1, out
    assert "empty file: not a hubdesk database" in out.err + out.out
    assert _files(tmp_path) == {"hub.sqlite": 0}


@pytest.mark.parametrize("verb", list(VERBS))
def test_no_verb_but_demo_creates_a_missing_database(
    verb: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "hub.sqlite"
    code = main(_argv(verb, tmp_path, missing))
    out = capsys.readouterr()
    assert code == 1, out
    assert "There is no database at" in out.err + out.out
    assert _files(tmp_path) == {}


def test_demo_creates_a_hub_where_there_is_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new" / "hub.sqlite"
    assert main(["demo", "--db", str(path)]) == 0, capsys.readouterr()
    assert path.stat().st_size > 0


def test_backup_gives_up_on_an_exclusive_lock_after_the_busy_timeout(tmp_path: Path) -> None:
    import os

    path = tmp_path / "hub.sqlite"
    Database.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("DELETE FROM alembic_version WHERE 0")
        out = tmp_path / "backups" / "copy.sqlite"
        try:
            result = subprocess.run(
                [sys.executable, "-m", "hubdesk", "backup", "--out", str(out), "--db", str(path)],
                capture_output=True,
                text=True,
                timeout=60,
                env={**os.environ, "HUBDESK_BUSY_TIMEOUT": "0.5"},
            )
        except subprocess.TimeoutExpired:
            pytest.fail("hubdesk backup waited on the lock for a minute")
    finally:
        holder.close()
    assert result.returncode == 1
    assert "is locked by another program and stayed locked longer than 0.5 s" in result.stderr
    assert not out.parent.exists() or list(out.parent.iterdir()) == []
