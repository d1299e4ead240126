"""Organisations: the hub's member organisations and their people.

A hub has some hundreds of organisations, so the page reads them all in one
service call and searches and sorts them in a :class:`QSortFilterProxyModel`;
the filters (active/archived, kind) read again through the service.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.services import directory
from hubdesk.services.directory import MemberRecord, OrganisationRecord, fold
from hubdesk.ui import format as fmt
from hubdesk.ui.dialogs.member import MemberDialog
from hubdesk.ui.dialogs.membership import MembershipsSection
from hubdesk.ui.dialogs.organisation import (
    OrganisationDialog,
    kind_labels,
    language_labels,
)
from hubdesk.ui.pages.members import (
    GREY,
    ID_ROLE,
    SORT_ROLE,
    DetailForm,
    DirectoryPage,
    MemberTableModel,
    address_text,
    heading_label,
    muted,
    stretch_columns,
)
from hubdesk.ui.table_model import RecordTableModel

_SEP = "\x1f"


class OrganisationTableModel(RecordTableModel[OrganisationRecord]):
    """Organisations, one frozen :class:`OrganisationRecord` per row."""

    class Col(IntEnum):
        NAME = 0
        KIND = 1
        MEMBERS = 2
        EMAIL = 3
        CITY = 4
        VAT_ID = 5

    NUMBER_COLUMNS = frozenset({Col.MEMBERS})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._search: list[str] = []
        self._kinds = kind_labels(self)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("People"),
            self.tr("E-mail"),
            self.tr("City"),
            self.tr("VAT number"),
        )

    def _rows_set(self) -> None:
        self._search = [
            _SEP.join(fold(part) for part in (r.name, r.email, r.city, r.vat_id, r.kvk))
            for r in self._rows
        ]

    def matches(self, row: int, words: Sequence[str]) -> bool:
        """Every (folded) word occurs in the name, e-mail, city, VAT or KvK number."""
        text = self._search[row]
        return all(word in text for word in words)

    def foreground(self, found: OrganisationRecord, column: int) -> QColor | None:
        return GREY if found.archived else None

    def role_data(self, found: OrganisationRecord, column: int, role: int) -> Any:
        if role == SORT_ROLE:
            if column == self.Col.MEMBERS:
                return found.member_count
            return fold(self.text(found, column))
        if role == ID_ROLE:
            return found.id
        return None

    def text(self, found: OrganisationRecord, column: int) -> str:
        col = self.Col
        if column == col.NAME:
            return found.name
        if column == col.KIND:
            return self._kinds.get(found.kind, str(found.kind))
        if column == col.MEMBERS:
            return fmt.number(found.member_count)
        if column == col.EMAIL:
            return found.email
        if column == col.CITY:
            return found.city
        return found.vat_id


class OrganisationFilter(QSortFilterProxyModel):
    """Search as you type over :meth:`OrganisationTableModel.matches`; sorts
    by ``SORT_ROLE``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        words = sorted({fold(w) for w in text.split()}, key=len, reverse=True)
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if not self._words or not isinstance(model, OrganisationTableModel):
            return True
        return model.matches(source_row, self._words)


class OrganisationDetail(QWidget):
    """The selected organisation: contact, billing details and its people."""

    def __init__(self, actions: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.name = heading_label()
        self.state = muted()
        self.empty = muted(self.tr("Choose an organisation to see its details and people."))
        self.form = DetailForm()
        self.form.setContentsMargins(0, 6, 0, 0)
        self.form.add("kind", self.tr("Kind"))
        self.form.add("email", self.tr("E-mail"))
        self.form.add("phone", self.tr("Phone"))
        self.form.add("website", self.tr("Website"))
        self.form.add("address", self.tr("Address"))
        self.form.add("vat_id", self.tr("VAT number"))
        self.form.add("kvk", self.tr("KvK number"))
        self.form.add("iban", self.tr("IBAN"))
        self.form.add("bic", self.tr("BIC"))
        self.form.add("language", self.tr("Language"))
        self.form.add("since", self.tr("Member since"))
        self.form.add("notes", self.tr("Notes"))
        self.body = QWidget()
        self.body.setLayout(self.form)

        self.people_heading = QLabel()
        self.people_heading.setStyleSheet("font-weight: 600; color: #12324a; margin-top: 8px;")
        self.add_person_button = QPushButton(self.tr("Add person…"))
        self.add_person_button.setAutoDefault(False)
        people_bar = QHBoxLayout()
        people_bar.setContentsMargins(0, 0, 0, 0)
        people_bar.addWidget(self.people_heading, 1, Qt.AlignmentFlag.AlignBottom)
        people_bar.addWidget(self.add_person_button)
        self.people_model = MemberTableModel(self)
        self.people = QTableView()
        self.people.setModel(self.people_model)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.setAlternatingRowColors(True)
        self.people.setShowGrid(False)
        self.people.setWordWrap(False)
        self.people.setTabKeyNavigation(False)
        self.people.verticalHeader().hide()
        self.people.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.people.verticalHeader().setDefaultSectionSize(self.people.fontMetrics().height() + 10)
        self.people.horizontalHeader().setStretchLastSection(True)
        self.people.horizontalHeader().setHighlightSections(False)
        self.people.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        col = MemberTableModel.Col
        self.people.setColumnHidden(col.ORGANISATION, True)
        self.people.setColumnHidden(col.BADGE, True)
        self.people.setColumnHidden(col.PHONE, True)
        self.people.setColumnWidth(col.NAME, 150)
        self.people.setMinimumHeight(160)
        self.no_people = muted(self.tr("No people yet."))

        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.empty)
        layout.addWidget(self.name)
        layout.addWidget(self.state)
        layout.addWidget(actions)
        #: the details and the people: above each other beside the table,
        #: next to each other under it
        self.columns = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.columns.setSpacing(8)
        self.columns.addWidget(self.body, 1)
        people = QVBoxLayout()
        people.setSpacing(6)
        people.addLayout(people_bar)
        people.addWidget(self.no_people)
        people.addWidget(self.people, 1)
        #: the page adds the memberships under the people
        self.people_column = people
        self.columns.addLayout(people, 1)
        layout.addLayout(self.columns, 1)
        self.kinds = kind_labels(self)
        self.languages = language_labels(self)
        self.show_organisation(None, [])

    def set_side_by_side(self, side_by_side: bool) -> None:
        if side_by_side:
            self.columns.setDirection(QBoxLayout.Direction.TopToBottom)
            self.columns.setSpacing(8)
        else:
            self.columns.setDirection(QBoxLayout.Direction.LeftToRight)
            self.columns.setSpacing(28)

    def show_organisation(
        self, found: OrganisationRecord | None, people: Sequence[MemberRecord]
    ) -> None:
        self.empty.setVisible(found is None)
        for widget in (self.name, self.body, self.people_heading, self.add_person_button):
            widget.setVisible(found is not None)
        self.people.setVisible(found is not None and bool(people))
        self.no_people.setVisible(found is not None and not people)
        self.state.setVisible(found is not None and found.archived)
        self.people_model.set_rows(people)
        if found is None:
            return
        self.name.setText(found.name)
        self.state.setText(self.tr("Archived"))
        self.add_person_button.setEnabled(not found.archived)
        self.form.set("kind", self.kinds.get(found.kind, str(found.kind)))
        self.form.set("email", found.email)
        self.form.set("phone", found.phone)
        self.form.set("website", found.website)
        self.form.set(
            "address",
            address_text(found.billing_address, found.postcode, found.city, found.country),
        )
        self.form.set("vat_id", found.vat_id)
        self.form.set("kvk", found.kvk)
        self.form.set("iban", found.iban)
        self.form.set("bic", found.bic)
        self.form.set("language", self.languages.get(found.language, str(found.language)))
        self.form.set("since", fmt.day(found.created_at.date()))
        self.form.set("notes", found.notes)
        self.people_heading.setText(self.tr("People ({0})").format(fmt.number(len(people))))


class OrganisationsPage(DirectoryPage):
    key = "organisations"
    entity = "organisation"

    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(core, parent)
        self.search.setPlaceholderText(self.tr("Search name, e-mail, city, VAT or KvK number"))
        self.model = OrganisationTableModel(self)
        self.proxy = OrganisationFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        # the service's order (by name) until a header is clicked
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        col = OrganisationTableModel.Col
        stretch_columns(self.table, (col.NAME, col.EMAIL))
        for column, width in (
            (col.KIND, 170),
            (col.MEMBERS, 80),
            (col.CITY, 110),
            (col.VAT_ID, 160),
        ):
            self.table.setColumnWidth(column, width)
        self.organisation_detail = OrganisationDetail(self.record_actions)
        self.organisation_detail.set_side_by_side(bool(self.side_by_side))
        self.detail_layout.addWidget(self.organisation_detail)
        self.memberships = MembershipsSection(core)
        self.organisation_detail.people_column.addWidget(self.memberships, 1)
        self.memberships.changed.connect(self._on_memberships_changed)
        self._selected_id: int | None = None
        self.search.textChanged.connect(self._on_search_text_changed)
        self.proxy.modelReset.connect(self._on_proxy_model_reset)
        self.proxy.layoutChanged.connect(self._on_proxy_layout_changed)
        self.proxy.rowsRemoved.connect(self._on_proxy_layout_changed)
        self.proxy.rowsInserted.connect(self._on_proxy_layout_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        detail = self.organisation_detail
        detail.people.activated.connect(self._on_people_activated)
        detail.add_person_button.clicked.connect(self._on_add_person_button_clicked)

    def title(self) -> str:
        return self.tr("Organisations")

    def arrange_detail(self, side_by_side: bool) -> None:
        detail = getattr(self, "organisation_detail", None)
        if detail is not None:
            detail.set_side_by_side(side_by_side)

    def concerns(self) -> set[str]:
        return {"organisation", "member"}

    # -- loading

    def load(self) -> None:
        status = self.filter_status()
        kind = self.filter_kind()
        found: list[OrganisationRecord] = self.core.read(
            lambda s: directory.list_organisations(
                s, include_archived=status != "active", kind=kind
            )
        )
        if status == "archived":
            found = [r for r in found if r.archived]
        self.model.set_rows(found)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown != total:
            text = self.tr("{0} of {1} organisations").format(fmt.number(shown), fmt.number(total))
        elif total == 1:
            text = self.tr("1 organisation")
        else:
            text = self.tr("{0} organisations").format(fmt.number(total))
        self.count_label.setText(text)

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    # -- selection

    def selected(self) -> OrganisationRecord | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row())

    def select_id(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _on_proxy_model_reset(self) -> None:
        if self._selected_id is None or not self.select_id(self._selected_id):
            self.selection_changed()

    def _on_proxy_layout_changed(self) -> None:
        # the search hid the selected row, or showed it again
        if self.selected() is None and self._selected_id is not None:
            self.select_id(self._selected_id)
        self.selection_changed()

    def _on_table_selection_changed(self) -> None:
        found = self.selected()
        if found is not None:
            self._selected_id = found.id
        self.selection_changed()

    def show_detail(self, found: OrganisationRecord | None) -> None:
        people: list[MemberRecord] = []
        if found is not None:
            organisation_id = found.id
            people = self.core.read(
                lambda s: directory.list_members(s, organisation_id=organisation_id)
            )
        self.organisation_detail.show_organisation(found, people)
        self.memberships.setVisible(found is not None)
        self.memberships.show_holder(
            found.id if found is not None else None, None, found.name if found else ""
        )

    def _on_memberships_changed(self) -> None:
        self.data_changed.emit({"membership"})

    # -- people of the organisation

    def _on_people_activated(self, index: QModelIndex) -> None:
        if not index.isValid() or not self.can_add():
            return
        person = self.organisation_detail.people_model.record(index.row())
        self._member_dialog(MemberDialog(self.core, person, self))

    def _on_add_person_button_clicked(self) -> None:
        found = self.selected()
        if found is None or not self.can_add():
            return
        self._member_dialog(MemberDialog(self.core, None, self, organisation_id=found.id))

    def _member_dialog(self, dialog: MemberDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.accepted.connect(self._on_member_dialog_accepted)
        dialog.open()

    def _on_member_dialog_accepted(self) -> None:
        self.changed(select=self._selected_id, entity="member")

    # -- writes

    def record_name(self, found: OrganisationRecord) -> str:
        return found.name

    def open_dialog(self, found: OrganisationRecord | None) -> OrganisationDialog:
        return OrganisationDialog(self.core, found, self)

    def archive(self, actor: Any, found: OrganisationRecord) -> Callable[[Any], Any]:
        return lambda s: directory.archive_organisation(s, actor, found.id)

    def restore(self, actor: Any, found: OrganisationRecord) -> Callable[[Any], Any]:
        return lambda s: directory.restore_organisation(s, actor, found.id)

    def delete(self, actor: Any, found: OrganisationRecord) -> Callable[[Any], Any]:
        return lambda s: directory.delete_organisation(s, actor, found.id)
