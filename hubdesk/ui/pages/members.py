"""Members: the people of the hub, found as you type, with their details.

The list can hold thousands of people, so it is loaded in chunks
(``canFetchMore``/``fetchMore``): a search or a reload reads the first
:data:`CHUNK` matches through :func:`directory.search_members` (an in-memory
index of the directory service) and scrolling reads more. Sorting is done by
the model itself: the service's order is the Name column ascending; any other
order first reads every match, then sorts them in Python (no proxy model: a
proxy's C++ sort would call back into Python for each comparison).

What :class:`DirectoryPage` holds is shared with the organisations page: the
title, search field, status and kind filters, buttons, table and detail panel,
and the archive/delete flows (delete offers to archive when the service
refuses with :class:`StillInUse`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import OrganisationKind
from hubdesk.domain.errors import HubdeskError
from hubdesk.services import directory
from hubdesk.services.directory import MemberRecord, StillInUse, fold
from hubdesk.services.validation import country_names
from hubdesk.ui import format as fmt
from hubdesk.ui import ics_file
from hubdesk.ui.dialogs.member import MemberDialog
from hubdesk.ui.dialogs.membership import MembershipsSection
from hubdesk.ui.dialogs.organisation import (
    MESSAGE_WIDTH,
    kind_labels,
    language_labels,
    message_box,
)
from hubdesk.ui.pages.base import Page
from hubdesk.ui.table_model import RecordTableModel

_ROOT = QModelIndex()
#: The id of the row's record (selection is kept by id across reloads).
ID_ROLE = Qt.ItemDataRole.UserRole
#: What a QSortFilterProxyModel sorts by (plain ints and strings only).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
GREY = QColor("#8a96a3")
#: Rows read at a time; the first chunk is what a reload or a keystroke costs.
CHUNK = 200
#: "Every match" for the service's ``limit``.
ALL = 10_000_000
#: Milliseconds of quiet typing before the search runs.
SEARCH_DELAY_MS = 150


def _last(value: str) -> tuple[bool, str]:
    """Sort key part that puts empty values after the others."""
    return (not value, fold(value))


# ------------------------------------------------------------------ the model


class MemberTableModel(RecordTableModel[MemberRecord]):
    """Members, one frozen :class:`MemberRecord` per row.

    Filled either at once (:meth:`set_rows`) or from a fetch function
    (:meth:`set_source`, ``fetch(limit)`` gives the first ``limit`` matches in
    the service's order), in which case rows are read :data:`CHUNK` at a time
    as the view scrolls.
    """

    class Col(IntEnum):
        NAME = 0
        ORGANISATION = 1
        EMAIL = 2
        PHONE = 3
        BADGE = 4

    def __init__(self, parent: Any = None, chunk: int = CHUNK) -> None:
        super().__init__(parent)
        self.chunk = chunk
        self._fetch: Callable[[int], Sequence[MemberRecord]] | None = None
        self._more = False
        self._sort_column = self.Col.NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._individual = self.tr("Individual member")

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("Badge"),
        )

    # -- rows

    def set_rows(self, rows: Iterable[MemberRecord]) -> None:
        self.beginResetModel()
        self._fetch = None
        self._more = False
        self._rows = self._sorted(list(rows))
        self.endResetModel()

    def set_source(self, fetch: Callable[[int], Sequence[MemberRecord]]) -> None:
        """Read the first chunk of ``fetch``; all of it when the table is
        sorted other than by the service's order."""
        if self._service_order():
            found = list(fetch(self.chunk + 1))
            more = len(found) > self.chunk
            rows = found[: self.chunk]
        else:
            rows, more = self._sorted(list(fetch(ALL))), False
        self.beginResetModel()
        self._fetch = fetch
        self._rows = rows
        self._more = more
        self.endResetModel()

    def fetch_all(self) -> None:
        if self._more and self._fetch is not None:
            rows = self._sorted(list(self._fetch(ALL)))
            self.beginResetModel()
            self._rows = rows
            self._more = False
            self.endResetModel()

    def has_more(self) -> bool:
        return self._more

    # -- Qt's table interface

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        if parent.isValid() or not self._more or self._fetch is None:
            return
        count = len(self._rows)
        found = list(self._fetch(count + self.chunk + 1))
        more = len(found) > count + self.chunk
        found = found[: count + self.chunk]
        if [r.id for r in found[:count]] != [r.id for r in self._rows]:
            # the data changed since the first chunk: start again
            self.beginResetModel()
            self._rows, self._more = found, more
            self.endResetModel()
            return
        added = found[count:]
        self._more = more
        if added:
            self.beginInsertRows(_ROOT, count, count + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()

    def foreground(self, found: MemberRecord, column: int) -> QColor | None:
        if found.archived or (column == self.Col.ORGANISATION and not found.organisation_name):
            return GREY
        return None

    def role_data(self, found: MemberRecord, column: int, role: int) -> Any:
        return found.id if role == ID_ROLE else None

    def text(self, found: MemberRecord, column: int) -> str:
        col = self.Col
        if column == col.NAME:
            return found.full_name
        if column == col.ORGANISATION:
            return found.organisation_name or self._individual
        if column == col.EMAIL:
            return found.email
        if column == col.PHONE:
            return found.phone
        return found.badge_code

    # -- sorting

    def _service_order(self) -> bool:
        return (
            self._sort_column == self.Col.NAME and self._sort_order == Qt.SortOrder.AscendingOrder
        )

    @staticmethod
    def _name_key(found: MemberRecord) -> tuple[str, str, int]:
        return (fold(found.last_name), fold(found.first_name), found.id)

    def _key(self, column: int) -> Callable[[MemberRecord], Any]:
        name = self._name_key
        col = self.Col
        if column == col.ORGANISATION:
            return lambda r: (_last(r.organisation_name), name(r))
        if column == col.EMAIL:
            return lambda r: (_last(r.email), name(r))
        if column == col.PHONE:
            return lambda r: (_last(r.phone), name(r))
        if column == col.BADGE:
            return lambda r: (_last(r.badge_code), name(r))
        return name

    def _sorted(self, rows: list[MemberRecord]) -> list[MemberRecord]:
        if self._service_order():
            return rows  # as the service gives them (they may be a prefix)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=self._key(self._sort_column), reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.Col):
            column, order = self.Col.NAME, Qt.SortOrder.AscendingOrder
        if (column, order) == (self._sort_column, self._sort_order):
            return
        self._sort_column, self._sort_order = self.Col(column), order
        rows = self._rows
        if self._more and self._fetch is not None:
            rows, self._more = list(self._fetch(ALL)), False
        elif self._service_order():
            rows = sorted(rows, key=self._name_key)
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self.endResetModel()


# ------------------------------------------------------------ shared page parts


def value_label() -> QLabel:
    """A value in a detail panel: plain text (a name like ``<b>Acme`` is shown
    as typed), wrapped, selectable for copying."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def heading_label() -> QLabel:
    """The name at the top of a detail panel: a larger, bold value label."""
    label = value_label()
    font = QFont(label.font())
    font.setPointSizeF(max(font.pointSizeF(), 11) * 1.3)
    font.setBold(True)
    label.setFont(font)
    label.setStyleSheet("color: #12324a;")
    return label


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("subtitle")
    label.setWordWrap(True)
    return label


class DetailForm(QFormLayout):
    """Label: value rows of a detail panel; a row with no value is hidden."""

    def __init__(self) -> None:
        super().__init__()
        self.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setHorizontalSpacing(14)
        self.setVerticalSpacing(6)
        self.values: dict[str, QLabel] = {}

    def add(self, key: str, text: str) -> QLabel:
        caption = QLabel(text)
        caption.setObjectName("statDetail")
        value = value_label()
        self.addRow(caption, value)
        self.values[key] = value
        return value

    def set(self, key: str, text: str) -> None:
        value = self.values[key]
        value.setText(text)
        self.setRowVisible(value, bool(text.strip()))


def address_text(address: str, postcode: str, city: str, country: str) -> str:
    """An address block: street lines, postcode and city, the country by name
    when it is not the hub's own (NL)."""
    lines = [line for line in address.splitlines() if line.strip()]
    place = "  ".join(part for part in (postcode.strip(), city.strip()) if part)
    if place:
        lines.append(place)
    if country and country != "NL" and lines:
        lines.append(country_names(fmt.locale_name()[:2]).get(country, country))
    return "\n".join(lines)


def stretch_columns(table: QTableView, columns: Iterable[int]) -> None:
    """These columns share the width the others leave (no horizontal scroll
    bar); the others keep the width they are given and can be resized. No
    column is measured against its contents (5,000 rows)."""
    header = table.horizontalHeader()
    for column in columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


class DirectoryPage(Page):
    """A list page of the directory: title, search, filters, buttons, a table
    with a detail panel beside it.

    A subclass builds :attr:`table`'s model and the detail panel, and says
    how to name, archive, restore, delete and edit a record of its kind.
    After a change it calls :meth:`changed`, which reloads the page and emits
    ``data_changed`` once (the page does not reload a second time when the
    window passes the signal back).
    """

    #: "member" / "organisation": what ``data_changed`` names after a change.
    entity = ""

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(core, parent)
        self._own_change = False
        self._stale = True
        self.prompt: QMessageBox | None = None
        self.prompt_accept: QPushButton | None = None
        self.last_warning: QMessageBox | None = None
        self.dialog: Any = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        header = QHBoxLayout()
        self.title_label = QLabel(self.title())
        self.title_label.setObjectName("pageTitle")
        self.count_label = muted()
        self.count_label.setWordWrap(False)
        self.count_label.setStyleSheet("margin: 0;")
        header.addWidget(self.title_label)
        header.addSpacing(12)
        header.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        layout.addLayout(header)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.setMaximumWidth(420)
        self.status = QComboBox()
        self.status.addItem(self.tr("Active"), "active")
        self.status.addItem(self.tr("Archived"), "archived")
        self.status.addItem(self.tr("Active and archived"), "all")
        self.status.setToolTip(self.tr("Show active or archived records"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind, label in kind_labels(self).items():
            self.kind.addItem(label, kind.value)
        self.kind.setToolTip(self.tr("Kind of organisation"))
        for combo in (self.status, self.kind):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumWidth(120)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Add (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Change it (Enter or double-click in the list)"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(
            self.tr("Delete a record entered by mistake (one with no history)")
        )
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.kind)
        bar.addStretch(0)
        bar.addWidget(self.add_button)
        layout.addLayout(bar)
        #: Edit, Archive/Restore, Delete of the selected record; the detail
        #: panel of a subclass places it under the record's name.
        self.record_actions = QWidget()
        actions = QHBoxLayout(self.record_actions)
        actions.setContentsMargins(0, 2, 0, 2)
        actions.setSpacing(6)
        for button in (self.add_button, self.edit_button, self.archive_button, self.delete_button):
            button.setAutoDefault(False)
        for button in (self.edit_button, self.archive_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        rows = self.table.verticalHeader()
        rows.hide()
        # one fixed row height: the view never measures 5,000 rows
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        columns = self.table.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.detail = QFrame()
        self.detail.setObjectName("panel")
        self.detail_layout = QVBoxLayout(self.detail)
        self.detail_layout.setContentsMargins(18, 14, 18, 14)
        self.detail_layout.setSpacing(8)
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_scroll.setWidget(self.detail)
        self.detail_scroll.setMinimumWidth(280)
        self.detail_scroll.setMinimumHeight(180)
        self.detail_scroll.setStyleSheet("QScrollArea { background: transparent; }")
        self.detail.setAutoFillBackground(True)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.side_by_side: bool | None = None
        self._arrange(False)
        layout.addWidget(self.splitter, 1)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.archive_button.clicked.connect(self._on_archive_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.table.activated.connect(self._on_table_activated)
        self.status.currentIndexChanged.connect(self._on_filter_changed)
        self.kind.currentIndexChanged.connect(self._on_filter_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._on_delete_button_clicked)
        self._update_buttons()

    #: From this width of the page on, the details stand beside the table;
    #: below it, under the table (so the table keeps room for its columns).
    SIDE_BY_SIDE_FROM = 1240

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width() >= self.SIDE_BY_SIDE_FROM)

    def _arrange(self, side_by_side: bool) -> None:
        if side_by_side == self.side_by_side:
            return
        self.side_by_side = side_by_side
        if side_by_side:
            self.splitter.setOrientation(Qt.Orientation.Horizontal)
            self.splitter.setSizes([900, 360])
        else:
            self.splitter.setOrientation(Qt.Orientation.Vertical)
            self.splitter.setSizes([400, 260])
        self.arrange_detail(side_by_side)

    def arrange_detail(self, side_by_side: bool) -> None:
        """The detail panel's own layout for a tall (beside) or wide (under) place."""

    # -- what a subclass provides

    def selected(self) -> Any:
        """The record of the selected row, or None."""
        raise NotImplementedError

    def select_id(self, record_id: int) -> bool:
        raise NotImplementedError

    def record_name(self, found: Any) -> str:
        raise NotImplementedError

    def open_dialog(self, found: Any) -> Any:
        raise NotImplementedError

    def archive(self, actor: Any, found: Any) -> Callable[[Any], Any]:
        raise NotImplementedError

    def restore(self, actor: Any, found: Any) -> Callable[[Any], Any]:
        raise NotImplementedError

    def delete(self, actor: Any, found: Any) -> Callable[[Any], Any]:
        raise NotImplementedError

    def show_detail(self, found: Any) -> None:
        raise NotImplementedError

    # -- Page

    def search_field(self) -> QLineEdit:
        return self.search

    def reload(self) -> None:
        """Read the list again; a hidden page only notes that it must, and
        reads when it is shown (sign-in and every change reload all pages)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if self.core is not None:
            self.load()

    def load(self) -> None:
        """Read what the page lists (the page is shown)."""
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def can_add(self) -> bool:
        return self.core is not None and self.core.actor is not None

    def add_new(self) -> None:
        self._show_dialog(None)

    def on_data_changed(self, entities: set[str]) -> None:
        if not self._own_change:
            super().on_data_changed(entities)

    def changed(self, select: int | None = None, entity: str = "") -> None:
        """After a write: reload (selecting ``select``), then tell the others
        that ``entity`` (default: what the page lists) changed."""
        self.reload()
        if select is not None:
            self.select_id(select)
        self._own_change = True
        try:
            self.data_changed.emit({entity or self.entity})
        finally:
            self._own_change = False

    def filter_status(self) -> str:
        return str(self.status.currentData())

    def filter_kind(self) -> OrganisationKind | None:
        found = self.kind.currentData()
        return None if found is None else OrganisationKind(found)

    # -- selection and buttons

    def selection_changed(self) -> None:
        self.show_detail(self.selected())
        self._update_buttons()

    def _update_buttons(self) -> None:
        found = self.selected()
        writable = self.can_add()
        self.add_button.setEnabled(writable)
        for button in (self.edit_button, self.archive_button, self.delete_button):
            button.setEnabled(writable and found is not None)
        self.record_actions.setVisible(found is not None)
        archived = found is not None and found.archived
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))
        self.archive_button.setToolTip(
            self.tr("Show it in the lists again")
            if archived
            else self.tr("Hide it from the lists; its history is kept")
        )

    def _on_filter_changed(self) -> None:
        self.reload()

    def _on_search_return_pressed(self) -> None:
        self.reload()
        if self.table.model() is not None and self.table.model().rowCount() > 0:
            self.table.setFocus()
            if self.selected() is None:
                self.table.selectRow(0)

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._on_edit_button_clicked()

    def _on_add_button_clicked(self) -> None:
        self.add_new()

    def _on_edit_button_clicked(self) -> None:
        found = self.selected()
        if found is not None and self.can_add():
            self._show_dialog(found)

    def _show_dialog(self, found: Any) -> None:
        if not self.can_add():
            return
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = self.open_dialog(found)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()

    def _on_dialog_accepted(self) -> None:
        saved = self.dialog.saved if self.dialog is not None else None
        self.changed(select=saved.id if saved is not None else None)

    # -- archive, restore, delete

    def warn(self, title: str, error: HubdeskError) -> None:
        if self.last_warning is not None:
            self.last_warning.deleteLater()
        self.last_warning = message_box(self, title, str(error))

    def _write(self, action: Callable[[Any], Any]) -> bool:
        try:
            self.core.write(action)
        except HubdeskError as error:
            self.warn(self.tr("Not done"), error)
            return False
        return True

    def _on_archive_button_clicked(self) -> None:
        found = self.selected()
        if found is None or not self.can_add():
            return
        actor = self.core.require_actor()
        call = self.restore(actor, found) if found.archived else self.archive(actor, found)
        if self._write(call):
            self.changed(select=found.id)
            name = getattr(found, "name", None) or getattr(found, "full_name", "")
            self.notify(
                self.tr("{0} is active again.").format(name)
                if found.archived
                else self.tr("{0} is archived; choose “Archived” to see or restore it.").format(
                    name
                )
            )

    def _ask(
        self,
        title: str,
        text: str,
        accept: str,
        on_accept: Callable[[], None],
        icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    ) -> None:
        """A window-modal question (not blocking); ``on_accept`` runs when
        ``accept`` is clicked. The box is :attr:`prompt`, its button
        :attr:`prompt_accept`."""
        if self.prompt is not None:
            self.prompt.deleteLater()  # one question at a time is kept
        box = QMessageBox(icon, title, text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setStyleSheet(MESSAGE_WIDTH)
        button = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def clicked(which: Any) -> None:
            if which is button:
                on_accept()

        box.buttonClicked.connect(clicked)
        self.prompt, self.prompt_accept = box, button
        box.open()

    def _on_delete_button_clicked(self) -> None:
        found = self.selected()
        if found is None or not self.can_add():
            return
        name = self.record_name(found)
        self._ask(
            self.tr("Delete"),
            self.tr(
                "Delete “{0}” for good?\n\nOnly a record entered by mistake, with no "
                "history, can be deleted. To stop showing it, archive it."
            ).format(name),
            self.tr("Delete"),
            lambda: self._delete(found),
        )

    def _delete(self, found: Any) -> None:
        actor = self.core.require_actor()
        try:
            self.core.write(self.delete(actor, found))
        except StillInUse as error:
            if found.archived:
                self.warn(self.tr("Not deleted"), error)
                return
            self._ask(
                self.tr("Not deleted"),
                str(error),
                self.tr("Archive instead"),
                lambda: self._archive_instead(found),
                QMessageBox.Icon.Warning,
            )
            return
        except HubdeskError as error:
            self.warn(self.tr("Not deleted"), error)
            return
        self.changed()

    def _archive_instead(self, found: Any) -> None:
        actor = self.core.require_actor()
        if self._write(self.archive(actor, found)):
            self.changed(select=found.id)


# ------------------------------------------------------------------- the page


class MemberDetail(QWidget):
    """Who the selected member is: organisation, contact and address;
    ``actions`` (the page's buttons) go under the name."""

    def __init__(self, actions: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.name = heading_label()
        self.state = muted()
        self.empty = muted(self.tr("Choose a member to see their details."))
        self.form = DetailForm()
        self.form.add("organisation", self.tr("Organisation"))
        self.form.add("email", self.tr("E-mail"))
        self.form.add("phone", self.tr("Phone"))
        self.form.add("badge", self.tr("Badge"))
        self.form.add("address", self.tr("Address"))
        self.form.add("language", self.tr("Language"))
        self.form.add("since", self.tr("Member since"))
        self.form.add("notes", self.tr("Notes"))
        self.body = QWidget()
        self.body.setLayout(self.form)
        self.form.setContentsMargins(0, 6, 0, 0)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.empty)
        layout.addWidget(self.name)
        layout.addWidget(self.state)
        layout.addWidget(actions)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.kinds = kind_labels(self)
        self.languages = language_labels(self)
        self.show_member(None)

    def show_member(self, found: MemberRecord | None) -> None:
        self.empty.setVisible(found is None)
        for widget in (self.name, self.state, self.body):
            widget.setVisible(found is not None)
        if found is None:
            return
        self.name.setText(found.full_name)
        self.state.setText(self.tr("Archived") if found.archived else "")
        self.state.setVisible(found.archived)
        if found.organisation_name:
            kind = self.kinds.get(found.organisation_kind) if found.organisation_kind else None
            organisation = f"{found.organisation_name}\n{kind}" if kind else found.organisation_name
        else:
            organisation = self.tr("Individual member")
        self.form.set("organisation", organisation)
        self.form.set("email", found.email)
        self.form.set("phone", found.phone)
        self.form.set("badge", found.badge_code)
        self.form.set(
            "address",
            address_text(found.billing_address, found.postcode, found.city, found.country),
        )
        self.form.set("language", self.languages.get(found.language, str(found.language)))
        self.form.set("since", fmt.day(found.created_at.date()))
        self.form.set("notes", found.notes)


class MembersPage(DirectoryPage):
    key = "members"
    entity = "member"

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(core, parent)
        self.search.setPlaceholderText(self.tr("Search name, e-mail, organisation or badge"))
        self.model = MemberTableModel(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            MemberTableModel.Col.NAME, Qt.SortOrder.AscendingOrder
        )
        col = MemberTableModel.Col
        stretch_columns(self.table, (col.NAME, col.ORGANISATION, col.EMAIL))
        self.table.setColumnWidth(col.PHONE, 150)
        self.table.setColumnWidth(col.BADGE, 100)
        self.member_detail = MemberDetail(self.record_actions)
        self.detail_layout.addWidget(self.member_detail)
        self.export_button = QPushButton(self.tr("Export bookings (.ics)…"))
        self.export_button.setAutoDefault(False)
        self.export_button.setToolTip(
            self.tr("Save the member's bookings as a calendar file for Outlook, Google or Apple")
        )
        self.export_button.hide()
        detail_layout = self.member_detail.layout()
        assert isinstance(detail_layout, QVBoxLayout)
        detail_layout.insertWidget(
            detail_layout.indexOf(self.record_actions) + 1,
            self.export_button,
            0,
            Qt.AlignmentFlag.AlignLeft,
        )
        self.export_button.clicked.connect(self._on_export_button_clicked)
        # an individual member's own memberships (a member of an organisation
        # shares its memberships: they are shown on the organisation)
        self.memberships = MembershipsSection(core)
        self.memberships.hide()
        detail_layout.addWidget(self.memberships, 1)
        self.memberships.changed.connect(self._on_memberships_changed)
        self._selected_id: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.model.modelReset.connect(self._on_model_model_reset)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

    def title(self) -> str:
        return self.tr("Members")

    def concerns(self) -> set[str]:
        return {"member", "organisation"}

    # -- loading

    def fetcher(self) -> Callable[[int], list[MemberRecord]]:
        """``fetch(limit)``: the first ``limit`` members that match the search
        text and filters, in the service's order. The service filters by
        text and active/all; "archived only" and the kind of organisation are
        applied here, over every match."""
        text = self.search.text()
        status = self.filter_status()
        kind = self.filter_kind()
        include_archived = status != "active"
        read = self.core.read

        def search(limit: int) -> list[MemberRecord]:
            found: list[MemberRecord] = read(
                lambda s: directory.search_members(
                    s, text, include_archived=include_archived, limit=limit
                )
            )
            return found

        if status != "archived" and kind is None:
            return search

        kinds = {kind, None} if kind is OrganisationKind.INDIVIDUAL else {kind} if kind else set()

        def keep(found: MemberRecord) -> bool:
            if status == "archived" and not found.archived:
                return False
            return not kinds or found.organisation_kind in kinds

        def filtered(limit: int) -> list[MemberRecord]:
            return [r for r in search(ALL) if keep(r)][:limit]

        return filtered

    def load(self) -> None:
        self._timer.stop()
        self.model.set_source(self.fetcher())
        self._update_count()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if self.model.has_more():
            text = self.tr("first {0} shown; scroll for more").format(fmt.number(count))
        elif count == 1:
            text = self.tr("1 member")
        else:
            text = self.tr("{0} members").format(fmt.number(count))
        self.count_label.setText(text)

    def _on_search_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.reload()

    # -- selection

    def selected(self) -> MemberRecord | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return self.model.record(rows[0].row()) if rows else None

    def select_id(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row is None and self.model.has_more():
            self.model.fetch_all()
            row = self.model.row_of(record_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _on_model_model_reset(self) -> None:
        wanted = self._selected_id
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is not None:
            self.table.selectRow(row)
        else:
            self.selection_changed()
        self._update_count()

    def _on_table_selection_changed(self) -> None:
        found = self.selected()
        if found is not None:
            self._selected_id = found.id
        self.selection_changed()

    def show_detail(self, found: MemberRecord | None) -> None:
        self.member_detail.show_member(found)
        self.export_button.setVisible(found is not None)
        individual = found is not None and found.organisation_id is None
        self.memberships.setVisible(individual)
        member_id = found.id if found is not None and individual else None
        self.memberships.show_holder(None, member_id, found.full_name if found else "")

    def _on_memberships_changed(self) -> None:
        self.data_changed.emit({"membership"})

    # -- Export bookings (.ics)…

    def export_bookings(self, path: str | Path | None = None) -> Path | None:
        """The selected member's bookings as a calendar file at ``path``
        (asked for when None); returns the file written, None if nothing was."""
        found = self.selected()
        if found is None:
            return None
        target = Path(path) if path is not None else ics_file.ask_path(self, found.full_name)
        if target is None:
            return None
        try:
            count = ics_file.write_calendar(self.core, target, member_id=found.id)
        except HubdeskError as error:
            self.warn(self.tr("Not exported"), error)
            return None
        self.notify(ics_file.confirmation(found.full_name, target, count))
        return target

    def _on_export_button_clicked(self) -> None:
        self.export_bookings()

    # -- writes

    def record_name(self, found: MemberRecord) -> str:
        return found.full_name

    def open_dialog(self, found: MemberRecord | None) -> MemberDialog:
        return MemberDialog(self.core, found, self)

    def archive(self, actor: Any, found: MemberRecord) -> Callable[[Any], Any]:
        return lambda s: directory.archive_member(s, actor, found.id)

    def restore(self, actor: Any, found: MemberRecord) -> Callable[[Any], Any]:
        return lambda s: directory.restore_member(s, actor, found.id)

    def delete(self, actor: Any, found: MemberRecord) -> Callable[[Any], Any]:
        return lambda s: directory.delete_member(s, actor, found.id)
