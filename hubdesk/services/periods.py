"""The SQL that counts time in the reports' periods, on both engines.

The periods and their buckets are :mod:`hubdesk.domain.periods`. The numbers
themselves are computed in SQL. Instants are stored as
``timestamptz`` on PostgreSQL and as ``'YYYY-MM-DD HH:MM:SS'`` UTC text on
SQLite; :func:`epoch` gives one expression for both (seconds since 1970), so
a report can cut a booking at its buckets and sum its seconds in the
database. :func:`bucket_table` hands the buckets to a query as a
common table expression to join on (the rows bound as one JSON parameter, see
:func:`rows_table`); :func:`bucket_days` does the same with their first and
last local days, for what holds over a span of days (memberships, leases).
What is dated by the day (an invoice, a day pass) is summed per day in SQL
and the days go to their bucket by :func:`day_buckets`. :func:`check_period`
refuses a period a report cannot cover. :func:`integer_rows` hands any rows
of integers (epoch seconds, say) the same way, and :func:`instant` turns
epoch seconds back into the stored form of an instant.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    Date,
    Integer,
    Text,
    bindparam,
    column,
    literal_column,
    select,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnClause
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import TypeDecorator

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.i18n import _
from hubdesk.domain.periods import MAX_REPORT_DAYS, Bucket
from hubdesk.domain.types import UTCDateTime, to_sqlite_text, utc


def check_period(first: date, last: date) -> None:
    """Refuse a report's period that ends before it starts (field ``last``)
    or is longer than :data:`MAX_REPORT_DAYS` (field ``first``)."""
    if last < first:
        raise ValidationError("last", _("The period ends before it starts"))
    if (last - first).days + 1 > MAX_REPORT_DAYS:
        raise ValidationError(
            "first",
            _("A report covers at most {days} days; choose a later start").format(
                days=MAX_REPORT_DAYS
            ),
        )


class _JsonRows(TypeDecorator[Sequence[Sequence[Any]]]):
    """Rows of integers, days and instants bound as one JSON array of arrays:
    days as 'YYYY-MM-DD', instants in UTC as the engine stores them."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Sequence[Sequence[Any]] | None, dialect: Dialect) -> Any:
        if value is None:
            return None

        def item(field: Any) -> Any:
            if isinstance(field, datetime):
                return to_sqlite_text(field) if dialect.name == "sqlite" else utc(field).isoformat()
            if isinstance(field, date):
                return field.isoformat()
            return field

        return json.dumps([[item(field) for field in row] for row in value])


class _json_elements(FunctionElement[Any]):
    """The elements of a JSON array, one row each, in a column ``value``."""

    inherit_cache = True


@compiles(_json_elements, "sqlite")
def _json_elements_sqlite(element: _json_elements, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_each({compiler.process(element.clauses, **kw)})"


@compiles(_json_elements)
def _json_elements_default(element: _json_elements, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_array_elements(CAST({compiler.process(element.clauses, **kw)} AS JSON))"


class _json_field(FunctionElement[Any]):
    """Field ``index`` of a JSON array ``value``, as SQL type ``sql_type`` (a
    cast PostgreSQL needs; SQLite keeps the JSON text or number, which
    compares like the stored values)."""

    inherit_cache = True

    def __init__(self, value: Any, index: int, sql_type: str, type_: Any) -> None:
        super().__init__(value, literal_column(str(index)), literal_column(sql_type))
        self.type = type_


@compiles(_json_field, "sqlite")
def _json_field_sqlite(element: _json_field, compiler: SQLCompiler, **kw: Any) -> str:
    value, index, _sql_type = element.clauses
    return f"json_extract({compiler.process(value, **kw)}, '$[{index.name}]')"


@compiles(_json_field)
def _json_field_default(element: _json_field, compiler: SQLCompiler, **kw: Any) -> str:
    value, index, sql_type = element.clauses
    return f"CAST(({compiler.process(value, **kw)} ->> {index.name}) AS {sql_type.name})"


def _sql_type(type_: Any) -> str:
    if isinstance(type_, UTCDateTime):
        return "TIMESTAMP WITH TIME ZONE"
    if isinstance(type_, Date):
        return "DATE"
    if isinstance(type_, BigInteger):
        return "BIGINT"
    if isinstance(type_, Integer):
        return "INTEGER"
    return "TEXT"


def rows_table(
    name: str, columns: Sequence[ColumnClause[Any]], rows: Iterable[Sequence[Any]]
) -> Any:
    """``rows`` as a common table expression ``name`` with ``columns``
    (integers, days, instants or text), materialised once per statement.

    The rows travel as one bound JSON parameter (``json_each`` on SQLite,
    ``json_array_elements`` on PostgreSQL), so the statement's text does not
    depend on the number of rows: it compiles once and is cached. A
    ``VALUES`` list would compile and bind each row as expressions: about
    25 ms for a year of days, on every run of a report."""
    payload = bindparam(f"{name}_rows", [tuple(row) for row in rows], type_=_JsonRows())
    source = _json_elements(payload).table_valued("value").alias(f"{name}_rows")
    fields = [
        _json_field(source.c.value, place, _sql_type(col.type), col.type).label(col.name)
        for place, col in enumerate(columns)
    ]
    return select(*fields).cte(name).prefix_with("MATERIALIZED")


def bucket_table(found: Sequence[Bucket], name: str = "buckets") -> Any:
    """The buckets as a common table expression with columns ``n``,
    ``start_at`` and ``end_at`` (instants of the same type as the stored
    ones), to join on."""
    return rows_table(
        name,
        [column("n", Integer), column("start_at", UTCDateTime()), column("end_at", UTCDateTime())],
        [(b.n, b.start, b.end) for b in found],
    )


def day_buckets(found: Sequence[Bucket]) -> dict[date, int]:
    """Each day of the buckets with its bucket's ``n``: sums a query grouped
    per day (an issue date, a day pass's day) go to their bucket with it."""
    return {b.first + timedelta(days=offset): b.n for b in found for offset in range(b.days)}


def bucket_days(found: Sequence[Bucket], name: str = "bucket_days") -> Any:
    """The buckets as a common table expression with columns ``n``,
    ``first_on`` and ``last_on`` (local days, both included): join a date
    column with ``BETWEEN first_on AND last_on``, or a period of days with
    ``last_on`` to count what holds on a bucket's last day."""
    return rows_table(
        name,
        [column("n", Integer), column("first_on", Date()), column("last_on", Date())],
        [(b.n, b.first, b.last) for b in found],
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


def integer_rows(name: str, columns: Sequence[str], rows: Iterable[Sequence[int]]) -> Any:
    """Rows of (big) integers, epoch seconds say, as a common table
    expression ``name`` with ``columns`` (:func:`rows_table` for integers)."""
    return rows_table(name, [column(c, BigInteger()) for c in columns], rows)


#: The day that day numbers count from.
EPOCH_DAY = date(1970, 1, 1)


class day_number(FunctionElement[int]):
    """Days since 1970-01-01 of a stored date, as an integer."""

    type = Integer()
    inherit_cache = True


@compiles(day_number, "sqlite")
def day_number_sqlite(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(julianday({compiler.process(element.clauses, **kw)}) - 2440587.5 AS INTEGER)"


@compiles(day_number)
def day_number_default(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    return f"(({compiler.process(element.clauses, **kw)}) - DATE '1970-01-01')"


class date_of(FunctionElement[date]):
    """The date of an integer of days since 1970-01-01."""

    inherit_cache = True


@compiles(date_of, "sqlite")
def date_of_sqlite(element: date_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"date(({compiler.process(element.clauses, **kw)}) * 86400, 'unixepoch')"


@compiles(date_of)
def date_of_default(element: date_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"(DATE '1970-01-01' + CAST({compiler.process(element.clauses, **kw)} AS INTEGER))"
