"""Alembic migrations of the hubdesk schema, applied when a database is opened.

``REVISIONS`` lists every revision in order; ``hubdesk.db`` compares the
database's stored revision with it before importing Alembic at all, so a
database that is up to date opens without paying for Alembic's import, and one
written by a newer hubdesk (a revision not listed here) is refused untouched.
A test keeps this list equal to the scripts in ``versions/``.
"""

REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD = REVISIONS[-1]
