"""The form to add or change a space, and the words the spaces page shares
with it (kinds and amenities in the chosen language).

The form only collects text as the user typed it; :mod:`hubdesk.services.directory`
validates and stores it in one ``core.write`` call. A ValidationError is shown
under its field and the dialog stays open: nothing is stored then. Only a
manager may add or change spaces; the service refuses anyone else, whatever
the form lets through.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import SpaceKind
from hubdesk.domain.errors import HubdeskError, ValidationError
from hubdesk.services import directory
from hubdesk.services import validation as v
from hubdesk.services.directory import (
    BUFFER_MAX,
    CAPACITY_MAX,
    FLOOR_RANGE,
    SpaceInput,
    SpaceRecord,
)
from hubdesk.services.settings import VatCategoryRecord, list_vat_categories, percent_text
from hubdesk.ui import format as fmt
from hubdesk.ui.forms import FieldErrors, warn

#: The amenities offered as check boxes, by the value stored for them.
STANDARD_AMENITIES: tuple[str, ...] = (
    "screen",
    "phone",
    "whiteboard",
    "video",
    "coffee",
    "accessible",
)

#: The price fields of a space, in the order the form and the table show them.
PRICE_FIELDS: tuple[str, ...] = ("price_hour", "price_half_day", "price_day", "price_month")


def kind_labels() -> dict[SpaceKind, str]:
    """Every kind of space in the chosen language, in :class:`SpaceKind` order."""
    return {
        SpaceKind.PRIVATE_OFFICE: QCoreApplication.translate("spaces", "Private office"),
        SpaceKind.DEDICATED_DESK: QCoreApplication.translate("spaces", "Dedicated desk"),
        SpaceKind.FLEX_DESK: QCoreApplication.translate("spaces", "Flex desk"),
        SpaceKind.MEETING_ROOM: QCoreApplication.translate("spaces", "Meeting room"),
        SpaceKind.EVENT_SPACE: QCoreApplication.translate("spaces", "Event space"),
    }


def amenity_labels() -> dict[str, str]:
    """The standard amenities in the chosen language, by stored value."""
    return {
        "screen": QCoreApplication.translate("spaces", "Screen"),
        "phone": QCoreApplication.translate("spaces", "Phone"),
        "whiteboard": QCoreApplication.translate("spaces", "Whiteboard"),
        "video": QCoreApplication.translate("spaces", "Video calls"),
        "coffee": QCoreApplication.translate("spaces", "Coffee"),
        "accessible": QCoreApplication.translate("spaces", "Accessible"),
    }


def amenity_text(amenity: str) -> str:
    """A stored amenity as shown: a standard one translated, any other as
    typed with a capital first letter ("beamer" shows as "Beamer")."""
    return amenity_labels().get(amenity.casefold(), amenity[:1].upper() + amenity[1:])


def price_labels() -> dict[str, str]:
    return {
        "price_hour": QCoreApplication.translate("spaces", "Per hour"),
        "price_half_day": QCoreApplication.translate("spaces", "Half day"),
        "price_day": QCoreApplication.translate("spaces", "Day"),
        "price_month": QCoreApplication.translate("spaces", "Month"),
    }


def _localised_number(text: str) -> str:
    """'1234.50' as the chosen language writes a decimal when typing it."""
    return text.replace(".", ",") if fmt.locale_name() == "nl_NL" else text


class SpaceDialog(QDialog):
    """Add a space (``found`` None; of ``kind`` if given) or change ``found``.

    After ``accepted`` the stored space is in :attr:`saved`. The caller emits
    ``data_changed`` ({"space"}); the dialog only writes.
    """

    def __init__(
        self,
        core: Any,
        found: SpaceRecord | None,
        parent: QWidget | None = None,
        *,
        kind: SpaceKind | None = None,
    ) -> None:
        super().__init__(parent)
        self.core = core
        self.found = found
        self.saved: SpaceRecord | None = None
        self.last_warning: QMessageBox | None = None
        self.errors = FieldErrors()
        #: the error message of every field
        self._messages: list[QLabel] = []
        self.setWindowTitle(self.tr("New space") if found is None else self.tr("Change space"))
        self.setMinimumWidth(720)

        # -- the space
        self.kind = QComboBox()
        for each, label in kind_labels().items():
            self.kind.addItem(label, each.value)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Room Mesdag"))
        self.name.setMaxLength(directory.SPACE_NAME_MAX)
        self.floor = QSpinBox()
        self.floor.setRange(*FLOOR_RANGE)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, CAPACITY_MAX)
        self.capacity.setValue(1)
        self.capacity.setToolTip(self.tr("How many people the space holds"))
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("e.g. {0}").format(_localised_number("24.5")))
        self.buffer = QSpinBox()
        self.buffer.setRange(0, BUFFER_MAX)
        self.buffer.setSingleStep(5)
        self.buffer.setSuffix(self.tr(" min"))
        self.buffer.setToolTip(self.tr("Time kept free after each booking, to tidy up the room"))
        self.active = QCheckBox(self.tr("Active"))
        self.active.setToolTip(self.tr("Only an active space can be booked or leased"))
        self.active.setChecked(True)
        for spin in (self.floor, self.capacity, self.buffer):
            spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            spin.setMinimumWidth(120)

        # -- prices
        self.prices: dict[str, QLineEdit] = {}
        self.price_hints: dict[str, QLabel] = {}
        for name in PRICE_FIELDS:
            edit = QLineEdit()
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit.setFixedWidth(120)
            edit.textChanged.connect(lambda _text, n=name: self._on_price_text_changed(n))
            self.prices[name] = edit
            hint = QLabel()
            hint.setObjectName("statDetail")
            hint.setMinimumWidth(100)
            self.price_hints[name] = hint
        self.vat_category = QComboBox()

        # -- amenities
        self.amenities = QListWidget()
        self.amenities.setObjectName("amenities")
        self.amenities.setFlow(QListView.Flow.LeftToRight)
        self.amenities.setWrapping(True)
        self.amenities.setResizeMode(QListView.ResizeMode.Adjust)
        self.amenities.setSpacing(4)
        self.amenities.setFixedHeight(74)
        for amenity, label in amenity_labels().items():
            self._add_amenity(amenity, label, checked=False)
        self.other_amenities = QLineEdit()
        self.other_amenities.setPlaceholderText(self.tr("Others, separated by commas"))

        self._build_layout()
        self._load_vat_categories()
        if found is not None:
            self._fill(found)
        elif kind is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))
        for name in PRICE_FIELDS:
            self._on_price_text_changed(name)
        self.name.setFocus()

    # -- building

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        columns = QHBoxLayout()
        columns.setSpacing(16)

        space, space_form = self._form_panel(self.tr("The space"))
        self._row(space_form, self.tr("Kind"), "kind", self.kind)
        self._row(space_form, self.tr("Name"), "name", self.name)
        self._row(space_form, self.tr("Floor"), "floor", self.floor, stretch=True)
        self._row(space_form, self.tr("Capacity"), "capacity", self.capacity, stretch=True)
        area = QWidget()
        area_row = QHBoxLayout(area)
        area_row.setContentsMargins(0, 0, 0, 0)
        area_row.setSpacing(6)
        self.area.setMaximumWidth(120)
        self.area.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        area_row.addWidget(self.area)
        area_row.addWidget(QLabel(self.tr("m²")))
        area_row.addStretch(1)
        self._row(space_form, self.tr("Area"), "area_m2", self.area, shown=area)
        self._row(space_form, self.tr("Buffer"), "buffer_minutes", self.buffer, stretch=True)
        space_form.addRow("", self.active)
        columns.addWidget(space, 1)

        prices, price_form = self._form_panel(self.tr("Prices"))
        note = QLabel(self.tr("Leave a price empty when the space is not offered that way."))
        note.setObjectName("statDetail")
        note.setWordWrap(True)
        price_form.addRow(note)
        labels = price_labels()
        for name in PRICE_FIELDS:
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            row.addWidget(QLabel("€"))
            row.addWidget(self.prices[name])
            row.addWidget(self.price_hints[name], 1)
            self._row(price_form, labels[name], name, self.prices[name], shown=box)
        self._row(price_form, self.tr("VAT category"), "vat_category", self.vat_category)
        columns.addWidget(prices, 1)
        layout.addLayout(columns)

        amenities, amenity_layout = self._panel(self.tr("Amenities"))
        amenity_layout.addWidget(self.amenities)
        amenity_layout.addWidget(self.other_amenities)
        message = self.errors.add("amenities", self.other_amenities)
        self._messages.append(message)
        amenity_layout.addWidget(message)
        layout.addWidget(amenities)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add space") if self.found is None else self.tr("Save"))
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _panel(self, title: str) -> tuple[QFrame, QVBoxLayout]:
        """A white card with a heading, as the settings page shows its groups."""
        panel = QFrame()
        panel.setObjectName("panel")
        outer = QVBoxLayout(panel)
        outer.setContentsMargins(14, 10, 14, 12)
        outer.setSpacing(8)
        heading = QLabel(title)
        heading.setObjectName("panelHeading")
        outer.addWidget(heading)
        return panel, outer

    def _form_panel(self, title: str) -> tuple[QFrame, QFormLayout]:
        panel, outer = self._panel(title)
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.setVerticalSpacing(8)
        layout.setHorizontalSpacing(12)
        outer.addLayout(layout)
        outer.addStretch(1)
        return panel, layout

    def _row(
        self,
        form: QFormLayout,
        label: str,
        field: str,
        widget: QWidget,
        *,
        shown: QWidget | None = None,
        stretch: bool = False,
    ) -> None:
        """A form row: the input (or ``shown``, a box holding it) with its
        error message under it, hidden until there is one."""
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        grid.addWidget(shown or widget, 0, 0)
        if stretch:
            grid.setColumnStretch(1, 1)
        message = self.errors.add(field, widget)
        self._messages.append(message)
        grid.addWidget(message, 1, 0, 1, 2)
        form.addRow(label, box)

    def _add_amenity(self, amenity: str, label: str, *, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, amenity)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsSelectable
        )
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.amenities.addItem(item)
        return item

    def _load_vat_categories(self) -> None:
        current = self.found.vat_category_code if self.found is not None else None
        categories: Sequence[VatCategoryRecord] = self.core.read(list_vat_categories)
        self.vat_category.addItem(self.tr("None"), "")
        for category in categories:
            if not category.active and category.code != current:
                continue
            text = self.tr("{0} — {1}").format(category.code, category.name)
            if not category.active:
                text = self.tr("{0}, no longer offered").format(text)
            self.vat_category.addItem(text, category.code)
            self.vat_category.setItemData(
                self.vat_category.count() - 1,
                self.tr("{0} %").format(percent_text(category.rate_bp)),
                Qt.ItemDataRole.ToolTipRole,
            )
        if current is None:
            # a new space: the first category offered (the highest rate)
            self.vat_category.setCurrentIndex(1 if self.vat_category.count() > 1 else 0)

    def _fill(self, found: SpaceRecord) -> None:
        data = SpaceInput.from_record(found)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.name.setText(data.name)
        self.floor.setValue(int(data.floor))
        self.capacity.setValue(int(data.capacity))
        self.area.setText(_localised_number(data.area_m2))
        for name in PRICE_FIELDS:
            self.prices[name].setText(_localised_number(getattr(data, name)))
        index = self.vat_category.findData(data.vat_category)
        self.vat_category.setCurrentIndex(max(0, index))
        self.buffer.setValue(int(data.buffer_minutes))
        self.active.setChecked(data.active)
        standard = {
            self.amenities.item(i).data(Qt.ItemDataRole.UserRole): self.amenities.item(i)
            for i in range(self.amenities.count())
        }
        for amenity in found.amenities:
            item = standard.get(amenity.casefold())
            if item is not None:
                item.setCheckState(Qt.CheckState.Checked)
            else:  # what the hub added itself stays a check box of this space
                self._add_amenity(amenity, amenity, checked=True)

    # -- reading the form

    def checked_amenities(self) -> list[str]:
        found: list[str] = []
        for row in range(self.amenities.count()):
            item = self.amenities.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def set_amenity_checked(self, amenity: str, checked: bool = True) -> None:
        for row in range(self.amenities.count()):
            item = self.amenities.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == amenity:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(amenity)

    def values(self) -> SpaceInput:
        """What the form holds, as text for the service (which splits the
        typed amenities at commas and drops repeats)."""
        amenities = [*self.checked_amenities(), self.other_amenities.text()]
        return SpaceInput(
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            floor=self.floor.value(),
            capacity=self.capacity.value(),
            area_m2=self.area.text(),
            price_hour=self.prices["price_hour"].text(),
            price_half_day=self.prices["price_half_day"].text(),
            price_day=self.prices["price_day"].text(),
            price_month=self.prices["price_month"].text(),
            vat_category=str(self.vat_category.currentData() or ""),
            amenities=", ".join(a for a in amenities if a.strip()),
            buffer_minutes=self.buffer.value(),
            active=self.active.isChecked(),
        )

    # -- saving

    def save(self) -> SpaceRecord:
        """Store the form (one transaction); raises what the service raises."""
        actor = self.core.require_actor()
        data = self.values()
        if self.found is None:
            self.saved = self.core.write(lambda s: directory.create_space(s, actor, data))
        else:
            space_id = self.found.id
            self.saved = self.core.write(lambda s: directory.update_space(s, actor, space_id, data))
        assert self.saved is not None
        return self.saved

    def _on_buttons_accepted(self) -> None:
        self.errors.clear()
        try:
            self.save()
        except ValidationError as error:
            if self.errors.show(error):
                self._fit_height()
            else:
                self.last_warning = warn(self, error)
            return
        except HubdeskError as error:
            self.last_warning = warn(self, error)
            return
        self.accept()

    def _fit_height(self) -> None:
        """Make room for a message that wraps, as tall as its text is at the
        width of its field. A wrapping label asks for height-for-width, and
        the form layout then gives it one line and lays the next row over
        the rest; so the message (after its text is set, which asks again)
        gets a fixed minimum height instead. Nor does the window grow by
        itself."""
        for message in self._messages:
            box = message.parentWidget()
            if box is None:
                continue
            shown = message.isVisibleTo(self)
            policy = message.sizePolicy()
            policy.setHeightForWidth(not shown)
            message.setSizePolicy(policy)
            message.setMinimumHeight(message.heightForWidth(box.width()) if shown else 0)
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.minimumSize().height()
        if layout.hasHeightForWidth():
            needed = max(needed, layout.totalHeightForWidth(self.width()))
        if needed > self.height():
            self.resize(self.width(), needed)

    def _on_price_text_changed(self, name: str) -> None:
        """The amount as the service reads it, next to the field: "1.250" is
        € 1.25 (a lone separator is the decimal one), so a slip shows before
        saving. A negative amount is shown too; the service refuses it."""
        hint = self.price_hints[name]
        text = self.prices[name].text()
        if not text.strip():
            hint.clear()
            return
        try:
            amount = v.money(text, field=name, allow_negative=True)
        except ValidationError:
            hint.setText(self.tr("not an amount"))
            return
        hint.setText(fmt.money(amount))
