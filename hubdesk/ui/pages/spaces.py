"""Spaces: the offices, desks and rooms of the hub, their prices and amenities.

Everyone sees the list; only a manager may add, change, deactivate or delete
a space. The page disables those buttons for reception, and the service
(:mod:`hubdesk.services.directory`) refuses anyway. Every change is one
``core.write`` call; after it the page emits ``data_changed({"space"})``.

All spaces, inactive ones included, are read at once (a hub has a few
hundred); search, kind and "show inactive" filter in the proxy model, so
typing filters at once without a query.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from enum import IntEnum
from pathlib import Path
from typing import Any, ClassVar

from babel.numbers import format_decimal
from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import SpaceKind
from hubdesk.domain.errors import HubdeskError
from hubdesk.domain.money import Money
from hubdesk.services import directory
from hubdesk.services.bookings import BOOKABLE_KINDS
from hubdesk.services.directory import SpaceRecord, StillInUse, fold
from hubdesk.ui import format as fmt
from hubdesk.ui import ics_file
from hubdesk.ui.pages.base import Page
from hubdesk.ui.space_dialog import SpaceDialog, amenity_text, kind_labels
from hubdesk.ui.table_model import RIGHT, RecordTableModel

#: What the proxy sorts by: plain ints and folded strings.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: A price column's amount in cents, or None when the space has no such price.
MONEY_ROLE = Qt.ItemDataRole.UserRole + 2
GREY = QColor("#8a96a3")


# ----------------------------------------------------------------------- the model


class SpaceTableModel(RecordTableModel[SpaceRecord]):
    """The spaces as the service lists them, one frozen record per row."""

    class Col(IntEnum):
        NAME = 0
        KIND = 1
        FLOOR = 2
        CAPACITY = 3
        AREA = 4
        PRICE_HOUR = 5
        PRICE_HALF_DAY = 6
        PRICE_DAY = 7
        PRICE_MONTH = 8
        VAT = 9
        AMENITIES = 10
        BUFFER = 11
        STATUS = 12

    PRICE_COLUMNS: ClassVar[dict[int, str]] = {
        Col.PRICE_HOUR: "price_hour",
        Col.PRICE_HALF_DAY: "price_half_day",
        Col.PRICE_DAY: "price_day",
        Col.PRICE_MONTH: "price_month",
    }
    NUMBER_COLUMNS = frozenset({Col.FLOOR, Col.CAPACITY, Col.AREA, Col.BUFFER, *PRICE_COLUMNS})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search_texts: list[str] = []
        self._kinds = kind_labels()

    def _rows_set(self) -> None:
        self._search_texts = [self._search_text(found) for found in self._rows]

    def search_text(self, row: int) -> str:
        """The folded name and amenities (as stored and as shown) of a row."""
        return self._search_texts[row]

    @staticmethod
    def _search_text(found: SpaceRecord) -> str:
        words = [found.name, *found.amenities, *(amenity_text(a) for a in found.amenities)]
        return fold(" ".join(words))

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Floor"),
            self.tr("Capacity"),
            self.tr("m²"),
            self.tr("Hour"),
            self.tr("Half day"),
            self.tr("Day"),
            self.tr("Month"),
            self.tr("VAT"),
            self.tr("Amenities"),
            self.tr("Buffer"),
            self.tr("Status"),
        )

    def foreground(self, found: SpaceRecord, column: int) -> QColor | None:
        return None if found.active else GREY

    def tooltip(self, found: SpaceRecord, column: int) -> str | None:
        if column in (self.Col.NAME, self.Col.AMENITIES):
            return self.text(found, column) or None
        return None

    def role_data(self, found: SpaceRecord, column: int, role: int) -> Any:
        if role == SORT_ROLE:
            return self.sort_key(found, column)
        if role == MONEY_ROLE:
            amount = self.price(found, column)
            return None if amount is None else amount.cents
        return None

    # -- cells

    def price(self, found: SpaceRecord, column: int) -> Money | None:
        name = self.PRICE_COLUMNS.get(column)
        if name is None:
            return None
        amount: Money | None = getattr(found, name)
        return amount

    def text(self, found: SpaceRecord, column: int) -> str:
        col = self.Col
        if column == col.NAME:
            return found.name
        if column == col.KIND:
            return self._kinds[found.kind]
        if column == col.FLOOR:
            return fmt.number(found.floor)
        if column == col.CAPACITY:
            return fmt.number(found.capacity)
        if column == col.AREA:
            return area(found.area_dm2)
        if column in self.PRICE_COLUMNS:
            return fmt.money(self.price(found, column))
        if column == col.VAT:
            return found.vat_category_code
        if column == col.AMENITIES:
            return ", ".join(amenity_text(a) for a in found.amenities)
        if column == col.BUFFER:
            return self.tr("{0} min").format(found.buffer_minutes) if found.buffer_minutes else ""
        return self.tr("Active") if found.active else self.tr("Inactive")

    def sort_key(self, found: SpaceRecord, column: int) -> int | str:
        col = self.Col
        if column == col.NAME:
            return fold(found.name)
        if column == col.KIND:
            return list(SpaceKind).index(found.kind)
        if column == col.FLOOR:
            return found.floor
        if column == col.CAPACITY:
            return found.capacity
        if column == col.AREA:
            return found.area_dm2
        if column in self.PRICE_COLUMNS:
            amount = self.price(found, column)
            return -1 if amount is None else amount.cents
        if column == col.BUFFER:
            return found.buffer_minutes
        if column == col.STATUS:
            return 0 if found.active else 1
        return self.text(found, column).casefold()


def area(dm2: int) -> str:
    """Square decimetres as the chosen language writes square metres ('' for none)."""
    if not dm2:
        return ""
    # always two decimals, so a column of areas lines up (46.10 next to 19.19)
    return format_decimal(Decimal(dm2) / 100, format="#,##0.00", locale=fmt.locale_name())


class SpaceFilterProxy(QSortFilterProxyModel):
    """Search words (each in the name or an amenity, case and accents
    ignored), one kind, and whether inactive spaces show."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._kind: SpaceKind | None = None
        self._show_inactive = False
        self.setSortRole(SORT_ROLE)

    def source(self) -> SpaceTableModel:
        model = self.sourceModel()
        assert isinstance(model, SpaceTableModel)
        return model

    def set_search(self, text: str) -> None:
        self._change(lambda: setattr(self, "_words", tuple(fold(text).split())))

    def set_kind(self, kind: SpaceKind | None) -> None:
        self._change(lambda: setattr(self, "_kind", kind))

    def set_show_inactive(self, show: bool) -> None:
        self._change(lambda: setattr(self, "_show_inactive", show))

    def _change(self, apply: Any) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            apply()
            self.invalidateRowsFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.source()
        found = model.record(source_row)
        if not self._show_inactive and not found.active:
            return False
        if self._kind is not None and found.kind != self._kind:
            return False
        text = model.search_text(source_row)
        return all(word in text for word in self._words)


class MoneyDelegate(QStyledItemDelegate):
    """Prices right-aligned, and a grey dash where the space has no such
    price (so "free" and "not offered" never look alike)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.displayAlignment = RIGHT
        if index.data(MONEY_ROLE) is None:
            option.text = "\u2013"  # en dash
            option.palette.setColor(QPalette.ColorRole.Text, GREY)


# ------------------------------------------------------------------------ the page


class SpacesPage(Page):
    sheet = "occupancy"
    key = "spaces"

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(core, parent)
        self.is_manager = False
        self.dialog: SpaceDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        heading = QLabel(self.tr("Spaces"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name or amenity…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind, label in kind_labels().items():
            self.kind.addItem(label, kind.value)
        self.show_inactive = QCheckBox(self.tr("Show inactive"))
        bar.addWidget(self.search, 2)
        bar.addWidget(self.kind)
        bar.addWidget(self.show_inactive)
        bar.addStretch(1)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for button in self.change_buttons():
            bar.addWidget(button)
        layout.addLayout(bar)

        self.note = QLabel(self.tr("Only a manager may change spaces."))
        self.note.setObjectName("subtitle")
        self.note.hide()
        layout.addWidget(self.note)

        self.model = SpaceTableModel(self)
        self.proxy = SpaceFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(28)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the service's order (kind, then name) until a header is clicked
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.money_delegate = MoneyDelegate(self.view)
        for column in SpaceTableModel.PRICE_COLUMNS:
            self.view.setItemDelegateForColumn(column, self.money_delegate)
        layout.addWidget(self.view, 1)
        self.count = QLabel()
        self.count.setObjectName("statDetail")
        self.export_button = QPushButton(self.tr("Export bookings (.ics)…"))
        self.export_button.setAutoDefault(False)
        footer = QHBoxLayout()
        footer.addWidget(self.count, 1)
        footer.addWidget(self.export_button)
        layout.addLayout(footer)

        self.search.textChanged.connect(self._on_search_text_changed)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.show_inactive.toggled.connect(self._on_show_inactive_toggled)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.view.installEventFilter(self)
        self.view.setColumnHidden(SpaceTableModel.Col.STATUS, True)
        self._update_buttons()

    def change_buttons(self) -> tuple[QPushButton, ...]:
        return (self.add_button, self.edit_button, self.active_button, self.delete_button)

    # -- Page

    def title(self) -> str:
        return self.tr("Spaces")

    def concerns(self) -> set[str]:
        return {"space", "vat_category"}

    def search_field(self) -> QLineEdit | None:
        return self.search

    def can_add(self) -> bool:
        return self.is_manager

    def add_new(self) -> None:
        self.open_add()

    def reload(self) -> None:
        actor = self.core.actor
        self.is_manager = actor is not None and actor.is_manager
        selected = self.selected()
        spaces = self.core.read(lambda s: directory.list_spaces(s, include_inactive=True))
        self.model.set_rows(spaces)
        self._fit_columns()
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()
        self._update_count()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents and header text, so name, kind,
        floor, capacity and the prices fit the default window. Qt would also
        keep room for the sort arrow in every header (a whole column over the
        table); only what the arrow needs beside the text is kept. Long names
        and amenities are cut; their tooltip has them whole."""
        header = self.view.horizontalHeader()
        extra = header.sizeHint().height() - 14 if header.isSortIndicatorShown() else 0
        limits = {SpaceTableModel.Col.NAME: 180, SpaceTableModel.Col.AMENITIES: 240}
        for column in SpaceTableModel.Col:
            width = max(
                self.view.sizeHintForColumn(column) + 6,
                header.sectionSizeHint(column) - extra,
            )
            header.resizeSection(column, min(width, limits.get(column, width)))

    # -- selection

    def selected(self) -> SpaceRecord | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row())

    def select(self, space_id: int) -> bool:
        row = self.model.row_of(space_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out
            return False
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        found = self.selected()
        manager = self.is_manager
        self.add_button.setEnabled(manager)
        for button in (self.edit_button, self.active_button, self.delete_button):
            button.setEnabled(manager and found is not None)
        self.active_button.setText(
            self.tr("Activate") if found is not None and not found.active else self.tr("Deactivate")
        )
        if manager:
            self.add_button.setToolTip(self.tr("Add a space (Ctrl+N)"))
            self.edit_button.setToolTip(self.tr("Change the selected space (Enter)"))
            self.active_button.setToolTip(
                self.tr("An inactive space can no longer be booked; its history stays")
            )
            self.delete_button.setToolTip(self.tr("Delete a space that was never used"))
        else:
            for button in self.change_buttons():
                button.setToolTip(self.tr("Only a manager may change spaces"))
        self.note.setVisible(not manager)
        bookable = found is not None and found.kind in BOOKABLE_KINDS
        self.export_button.setEnabled(bookable)
        self.export_button.setToolTip(
            self.tr("Save the bookings of the selected room as a calendar file")
            if bookable
            else self.tr("Choose a meeting room, event space or flex desk to export its bookings")
        )

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("1 space") if total == 1 else self.tr("{0} spaces").format(total)
        else:
            text = self.tr("{0} of {1} spaces shown").format(shown, total)
        self.count.setText(text)

    # -- dialogs

    def open_add(self) -> SpaceDialog | None:
        """The form for a new space, of the kind the list is filtered on."""
        return self._open(None)

    def open_edit(self) -> SpaceDialog | None:
        found = self.selected()
        if found is None:
            return None
        space_id = found.id
        try:  # what is stored now, not what the list read a while ago
            found = self.core.read(lambda s: directory.get_space(s, space_id))
        except HubdeskError as error:
            self._warn(error)
            self.reload()
            return None
        return self._open(found)

    def _open(self, found: SpaceRecord | None) -> SpaceDialog | None:
        if not self.is_manager:
            return None
        value = self.kind.currentData()
        kind = SpaceKind(value) if value else None
        self.dialog = SpaceDialog(self.core, found, self, kind=kind)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()
        return self.dialog

    def _on_dialog_accepted(self) -> None:
        saved = self.dialog.saved if self.dialog is not None else None
        self._changed(saved.id if saved is not None else None)

    def _changed(self, space_id: int | None) -> None:
        self.reload()
        if space_id is not None:
            self.select(space_id)
        self.data_changed.emit({"space"})

    # -- changes

    def set_active(self, space_id: int, active: bool) -> bool:
        actor = self.core.require_actor()
        change = directory.restore_space if active else directory.archive_space
        try:
            self.core.write(lambda s: change(s, actor, space_id))
        except HubdeskError as error:
            self._warn(error)
            return False
        self._changed(space_id)
        return True

    def delete(self, space_id: int) -> bool:
        """Delete a space nothing refers to; otherwise offer to deactivate it."""
        actor = self.core.require_actor()
        try:
            self.core.write(lambda s: directory.delete_space(s, actor, space_id))
        except StillInUse as error:
            self.ask(
                self.tr("Space in use"),
                str(error),
                self.tr("Deactivate"),
                lambda: self.set_active(space_id, False),
            )
            return False
        except HubdeskError as error:
            self._warn(error)
            return False
        self._changed(None)
        return True

    # -- Export bookings (.ics)…

    def export_bookings(self, path: str | Path | None = None) -> Path | None:
        """The selected space's bookings as a calendar file at ``path``
        (asked for when None); returns the file written, None if nothing was."""
        found = self.selected()
        if found is None or found.kind not in BOOKABLE_KINDS:
            return None
        target = Path(path) if path is not None else ics_file.ask_path(self, found.name)
        if target is None:
            return None
        try:
            count = ics_file.write_calendar(self.core, target, space_id=found.id)
        except HubdeskError as error:
            self._warn(error)
            return None
        self.notify(ics_file.confirmation(found.name, target, count))
        return target

    # -- slots

    def _on_export_button_clicked(self) -> None:
        self.export_bookings()

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)

    def _on_kind_current_index_changed(self, _index: int) -> None:
        value = self.kind.currentData()
        self.proxy.set_kind(SpaceKind(value) if value else None)

    def _on_show_inactive_toggled(self, checked: bool) -> None:
        self.proxy.set_show_inactive(checked)
        # every row says "Active" otherwise
        self.view.setColumnHidden(SpaceTableModel.Col.STATUS, not checked)

    def _on_add_button_clicked(self) -> None:
        self.open_add()

    def _on_edit_button_clicked(self) -> None:
        self.open_edit()

    def _on_view_double_clicked(self, _index: QModelIndex) -> None:
        self.open_edit()

    def _on_view_selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        self._update_buttons()

    def _on_active_button_clicked(self) -> None:
        found = self.selected()
        if found is not None:
            self.set_active(found.id, not found.active)

    def _on_delete_button_clicked(self) -> None:
        found = self.selected()
        if found is None:
            return
        self.ask(
            self.tr("Delete space"),
            self.tr("Delete “{0}”? This cannot be undone.").format(found.name),
            self.tr("Delete"),
            lambda: self.delete(found.id),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter or Return on the list opens the selected space."""
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.selected() is not None
        ):
            self.open_edit()
            return True
        return super().eventFilter(watched, event)
