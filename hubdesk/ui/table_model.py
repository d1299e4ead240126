"""What the hub's tables have in common: frozen records, one per row.

A subclass names its columns in a nested ``Col`` (an ``IntEnum``), gives
their header texts in :meth:`RecordTableModel.headers` and what a cell shows
in :meth:`RecordTableModel.text`. The header texts are translated by the
subclass's own ``self.tr`` calls: Qt's lupdate takes the class a ``tr()``
call is written in as the string's context, so they must not move here.

Columns in ``NUMBER_COLUMNS`` are right-aligned, header and cells. Colours and
tooltips come from :meth:`~RecordTableModel.foreground` and
:meth:`~RecordTableModel.tooltip`; any other role (ids, sort keys, amounts)
from :meth:`~RecordTableModel.role_data`. None of them is asked about a row
that is not there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

_ROOT = QModelIndex()
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# the roles as plain ints: a view asks data() for a dozen roles per cell painted,
# and comparing ints is cheaper than looking up the enum members each time
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)


class Record(Protocol):
    """A row's record: a service's frozen row with the id it is kept by."""

    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=Record)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of ``R``, in the order they were set; a flat table (no children)."""

    class Col(IntEnum):
        pass

    #: Columns whose header and cells are right-aligned.
    NUMBER_COLUMNS: ClassVar[frozenset[int]] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._headers: tuple[str, ...] | None = None

    # -- rows

    def set_rows(self, rows: Iterable[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._rows_set()
        self.endResetModel()

    def _rows_set(self) -> None:
        """Called inside the reset of :meth:`set_rows`, once ``_rows`` holds
        the new rows: a subclass rebuilds what it keeps per row here."""

    def rows(self) -> list[R]:
        return list(self._rows)

    def record(self, row: int) -> R:
        return self._rows[row]

    def row_of(self, record_id: int) -> int | None:
        for row, found in enumerate(self._rows):
            if found.id == record_id:
                return row
        return None

    # -- Qt's table interface

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.Col)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.Col):
            return None
        if role == _DISPLAY:
            if self._headers is None:
                self._headers = tuple(self.headers())
            return self._headers[section]
        if role == _ALIGNMENT:
            return RIGHT if section in self.NUMBER_COLUMNS else None
        if role == _TOOLTIP:
            return self.header_tooltip(section)
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        found = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return self.text(found, column)
        if role == _ALIGNMENT:
            return RIGHT if column in self.NUMBER_COLUMNS else None
        if role == _FOREGROUND:
            return self.foreground(found, column)
        if role == _TOOLTIP:
            return self.tooltip(found, column)
        return self.role_data(found, column, role)

    # -- what a subclass says

    def headers(self) -> Sequence[str]:
        """The columns' header texts, in ``Col`` order, each through ``self.tr``
        (asked once, when the view first shows them)."""
        raise NotImplementedError

    def header_tooltip(self, column: int) -> str | None:
        return None

    def text(self, found: R, column: int) -> str:
        raise NotImplementedError

    def foreground(self, found: R, column: int) -> QColor | None:
        return None

    def tooltip(self, found: R, column: int) -> str | None:
        return None

    def role_data(self, found: R, column: int, role: int) -> Any:
        """Any role not named above (a subclass's own, such as a sort role)."""
        return None


def record_table(model: RecordTableModel[Any]) -> QTableView:
    """A read-only list of records: whole rows selected one at a time, no
    grid, alternating rows of one fixed height, headers aligned left."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table
