"""Column types that keep the data layer's promises on both engines.

* ``UTCDateTime``: an instant. Python side: an aware ``datetime``; any zone is
  accepted and converted to UTC, naive values are refused. Stored on SQLite as
  ``'YYYY-MM-DD HH:MM:SS'`` text in UTC (one sortable form, so the overlap
  triggers can compare text), on PostgreSQL as ``timestamptz``. Whole seconds:
  sub-second parts are dropped on the way in.
* ``MoneyType``: :class:`~hubdesk.domain.money.Money` stored as integer cents.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import BigInteger, DateTime, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

from hubdesk.domain.money import Money

SQLITE_INSTANT_FORMAT = "%Y-%m-%d %H:%M:%S"


def utc(value: datetime) -> datetime:
    """The same instant in UTC, whole seconds; naive datetimes are refused."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("instants must carry a time zone (naive datetime given)")
    return value.astimezone(UTC).replace(microsecond=0)


def to_sqlite_text(value: datetime) -> str:
    return utc(value).strftime(SQLITE_INSTANT_FORMAT)


class UTCDateTime(TypeDecorator[datetime]):
    impl = DateTime
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(19))
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return to_sqlite_text(value)
        return utc(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            # fromisoformat reads 'YYYY-MM-DD HH:MM:SS' several times faster than strptime
            return datetime.fromisoformat(value).replace(tzinfo=UTC)
        assert isinstance(value, datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class MoneyType(TypeDecorator[Money]):
    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Money | int | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, Money):
            return value.cents
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError("money columns take Money or integer cents, never a float")
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> Money | None:
        if value is None:
            return None
        return Money(int(value))
