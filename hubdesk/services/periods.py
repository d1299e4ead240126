"""The SQL that counts time in the reports' periods, on both engines.

The periods and their buckets are :mod:`hubdesk.domain.periods`. The numbers
themselves are computed in SQL. Instants are stored as
``timestamptz`` on PostgreSQL and as ``'YYYY-MM-DD HH:MM:SS'`` UTC text on
SQLite; :func:`epoch`, :func:`later` and :func:`earlier` give one expression
for both, so a report can clip a booking to a bucket and sum its seconds in
the database. :func:`bucket_table` hands the buckets to a query as a
common table expression over ``VALUES`` to join on; :func:`integer_rows`
hands any rows of integers (epoch seconds, say) as one JSON parameter, so a
statement is compiled once whatever the rows, and :func:`instant` turns epoch
seconds back into the stored form of an instant.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Integer,
    String,
    bindparam,
    cast,
    column,
    func,
    literal_column,
    select,
    values,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from hubdesk.domain.periods import Bucket
from hubdesk.domain.types import UTCDateTime


def bucket_table(found: Sequence[Bucket], name: str = "buckets") -> Any:
    """The buckets as a common table expression with columns ``n``,
    ``start_at`` and ``end_at`` (instants of the same type as the stored
    ones). SQLite cannot name the columns of a bare ``VALUES`` in ``FROM``,
    so it is a CTE."""
    return (
        values(
            column("n", Integer),
            column("start_at", UTCDateTime()),
            column("end_at", UTCDateTime()),
            name=name,
        )
        .data([(b.n, b.start, b.end) for b in found])
        .cte(name)
    )


# ---------------------------------------------------------------- SQL on instants


class epoch(FunctionElement[int]):
    """Seconds since 1970-01-01 UTC of a stored instant, as an integer."""

    type = Integer()
    inherit_cache = True


@compiles(epoch, "sqlite")
def _epoch_sqlite(element: epoch, compiler: SQLCompiler, **kw: Any) -> str:
    # unixepoch() (SQLite 3.38+) is several times quicker than strftime('%s')
    # (a report computes it for every booking of a year); julianday() on
    # older versions, rounded to the exact second.
    instant = compiler.process(element.clauses, **kw)
    if (compiler.dialect.server_version_info or (0,)) >= (3, 38, 0):
        return f"unixepoch({instant})"
    return f"CAST(round((julianday({instant}) - 2440587.5) * 86400) AS INTEGER)"


@compiles(epoch)
def _epoch_default(element: epoch, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(EXTRACT(EPOCH FROM {compiler.process(element.clauses, **kw)}) AS BIGINT)"


class later(FunctionElement[datetime]):
    """The later of two instants (stored text compares in time order on SQLite)."""

    type = UTCDateTime()
    inherit_cache = True


@compiles(later, "sqlite")
def _later_sqlite(element: later, compiler: SQLCompiler, **kw: Any) -> str:
    return f"max({compiler.process(element.clauses, **kw)})"


@compiles(later)
def _later_default(element: later, compiler: SQLCompiler, **kw: Any) -> str:
    return f"GREATEST({compiler.process(element.clauses, **kw)})"


class earlier(FunctionElement[datetime]):
    """The earlier of two instants."""

    type = UTCDateTime()
    inherit_cache = True


@compiles(earlier, "sqlite")
def _earlier_sqlite(element: earlier, compiler: SQLCompiler, **kw: Any) -> str:
    return f"min({compiler.process(element.clauses, **kw)})"


@compiles(earlier)
def _earlier_default(element: earlier, compiler: SQLCompiler, **kw: Any) -> str:
    return f"LEAST({compiler.process(element.clauses, **kw)})"


def seconds_inside(start: Any, end: Any, lo: Any, hi: Any) -> Any:
    """Seconds of ``start`` to ``end`` that fall inside ``lo`` to ``hi`` (callers
    join only rows that overlap, so the result is never negative)."""
    return epoch(earlier(end, hi)) - epoch(later(start, lo))


class instant(FunctionElement[datetime]):
    """The instant of an integer of seconds since 1970-01-01 UTC, in the stored
    form (comparable with stored instants, and through their indexes)."""

    type = UTCDateTime()
    inherit_cache = True


@compiles(instant, "sqlite")
def _instant_sqlite(element: instant, compiler: SQLCompiler, **kw: Any) -> str:
    return f"datetime({compiler.process(element.clauses, **kw)}, 'unixepoch')"


@compiles(instant)
def _instant_default(element: instant, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_timestamp({compiler.process(element.clauses, **kw)})"


def integer_rows(
    dialect: str, name: str, columns: Sequence[str], rows: Sequence[Sequence[int]]
) -> Any:
    """Rows of integers as a common table expression ``name`` with
    ``columns``, handed to the database as one JSON parameter.

    Unlike a ``VALUES`` list (:func:`bucket_table`), the statement's text does
    not grow with the rows: SQLAlchemy compiles it once and caches it, where a
    ``VALUES`` list of a year of days is compiled again on every call (about
    50 ms per statement here). ``dialect`` is the engine's dialect name
    (``session.get_bind().dialect.name``): SQLite reads the parameter with
    ``json_each``, PostgreSQL with ``json_array_elements``."""
    data = bindparam(f"{name}_rows", json.dumps([list(row) for row in rows]), type_=String())
    if dialect == "sqlite":
        each = func.json_each(data).table_valued("value").alias(f"{name}_json")
        picked = [
            cast(func.json_extract(each.c.value, f"$[{index}]"), BigInteger).label(column_name)
            for index, column_name in enumerate(columns)
        ]
    else:
        each = (
            func.json_array_elements(cast(data, JSON)).table_valued("value").alias(f"{name}_json")
        )
        picked = [
            cast(each.c.value.op("->>")(literal_column(str(index))), BigInteger).label(column_name)
            for index, column_name in enumerate(columns)
        ]
    return select(*picked).select_from(each).cte(name)
