"""A report's table, once, for the screen, the CSV file and the printed page.

The reports' numbers come from the services as records; the Reports page
turns each into a :class:`ReportTable`: columns with a kind (text, count,
money, a rate, hours) and rows of raw values. :class:`ReportTableModel` shows
it (formatted in the desk's language, sorted by the raw value, a rate as a
heat colour where the table asks for it), :func:`table_csv` writes the raw
values (amounts with a decimal point, rates as percentages, hours with one
decimal) and :func:`table_texts` gives the formatted texts for the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from hubdesk.domain.money import Money
from hubdesk.reports.tables import HEAT_DARK, heat_rgb
from hubdesk.services.export_files import csv_cell
from hubdesk.ui import format as fmt

_ROOT = QModelIndex()
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
#: The role a proxy sorts by: the raw value (None sorts first).
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class Kind(StrEnum):
    TEXT = "text"
    COUNT = "count"
    MONEY = "money"
    #: A share from 0 to 1, or None where there is nothing to share (closed).
    RATE = "rate"
    #: Seconds, shown as hours.
    HOURS = "hours"


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind = Kind.TEXT
    #: Its share of the printed page's width (text columns get more).
    width: float = 1.0


@dataclass(frozen=True)
class ReportTable:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    #: Colour the rate cells by their height (the busiest hours).
    heat: bool = False

    def numbers(self) -> list[bool]:
        return [column.kind is not Kind.TEXT for column in self.columns]


def _decimal(value: float, places: int) -> str:
    from babel.numbers import format_decimal

    return format_decimal(
        round(value, places), format="#,##0." + "0" * places, locale=fmt.locale_name()
    )


def cell_text(kind: Kind, value: Any) -> str:
    """A value as the desk shows and prints it."""
    if value is None:
        return "" if kind is Kind.TEXT else "\u2013"  # en dash
    if kind is Kind.COUNT:
        return fmt.number(int(value))
    if kind is Kind.MONEY:
        return fmt.money(value)
    if kind is Kind.RATE:
        return _decimal(float(value) * 100, 1) + " %"
    if kind is Kind.HOURS:
        return _decimal(int(value) / 3600, 1)
    return str(value)


def csv_value(kind: Kind, value: Any) -> str:
    """A value as the CSV file holds it: a number a spreadsheet reads
    (decimal point, no thousands separator), or text made safe."""
    if value is None:
        return ""
    if kind is Kind.COUNT:
        return str(int(value))
    if kind is Kind.MONEY:
        assert isinstance(value, Money)
        return f"{value.euros:.2f}"
    if kind is Kind.RATE:
        return f"{Decimal(str(float(value) * 100)).quantize(Decimal('0.1'))}"
    if kind is Kind.HOURS:
        return f"{Decimal(int(value)) / 3600:.1f}"
    return csv_cell(str(value))


def table_csv(table: ReportTable) -> bytes:
    """The table as CSV the way Dutch spreadsheets open it (``;`` between
    cells, UTF-8 with a byte order mark), headers first."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([csv_cell(column.title) for column in table.columns])
    for row in table.rows:
        pairs = zip(table.columns, row, strict=True)
        writer.writerow([csv_value(column.kind, value) for column, value in pairs])
    return out.getvalue().encode("utf-8-sig")


def table_texts(table: ReportTable) -> list[tuple[str, ...]]:
    """The rows as the printed page shows them."""
    kinds = [column.kind for column in table.columns]
    return [
        tuple(cell_text(kind, value) for kind, value in zip(kinds, row, strict=True))
        for row in table.rows
    ]


def heat_colour(rate: float) -> QColor:
    """White at 0 %, the hub's deep teal at 100 % (as printed)."""
    return QColor(*heat_rgb(rate))


class ReportTableModel(QAbstractTableModel):
    """A :class:`ReportTable` in a view; sort through a proxy on
    :data:`SORT_ROLE`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = ReportTable("", (), ())
        self._texts: list[tuple[str, ...]] = []

    def set_table(self, table: ReportTable) -> None:
        self.beginResetModel()
        self.table = table
        self._texts = table_texts(table)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.table.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.table.columns):
            return None
        column = self.table.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind is not Kind.TEXT:
            return RIGHT
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.table.rows):
            return None
        column = self.table.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column.kind is not Kind.TEXT else None
        value = self.table.rows[index.row()][index.column()]
        if role == SORT_ROLE:
            if isinstance(value, Money):
                return value.cents
            return value if value is not None else -1
        if self.table.heat and column.kind is Kind.RATE and value is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return heat_colour(float(value))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("white") if float(value) >= HEAT_DARK else QColor("black")
        return None
