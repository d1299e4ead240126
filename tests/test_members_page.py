"""The members and organisations pages and their dialogs, on a real database,
driven offscreen with qtbot (no mocks)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hubdesk.app import Core
from hubdesk.domain.enums import OrganisationKind
from hubdesk.services import directory
from hubdesk.services.audit import SYSTEM
from hubdesk.services.directory import MemberInput, MemberRecord, OrganisationInput
from hubdesk.ui.dialogs.member import MemberDialog
from hubdesk.ui.dialogs.organisation import OrganisationDialog
from hubdesk.ui.main_window import MainWindow
from hubdesk.ui.pages.members import MembersPage, MemberTableModel
from hubdesk.ui.pages.organisations import (
    OrganisationFilter,
    OrganisationsPage,
    OrganisationTableModel,
)
from tests.helpers import open_page, open_window, sign_in

# The offscreen platform cannot pass size hints to a window system and says so
# whenever a shown window's minimum size changes. The completer's popup asks
# for what it cannot do either.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

UNICODE_FIRST = "<b>Bürger & Søn</b>"
UNICODE_LAST = "مؤسسة"


@pytest.fixture
def core(core: Core) -> Core:
    """The shared core (tests/conftest.py) with the people of :func:`fill`."""
    core.write(fill)
    return core


def fill(session: object) -> None:
    """Two organisations and four people, one of them individual."""

    def org(name: str, kind: OrganisationKind, city: str) -> int:
        found = directory.create_organisation(
            session,  # type: ignore[arg-type]
            SYSTEM,
            OrganisationInput(name=name, kind=kind.value, city=city, email="info@zee.example"),
        )
        return found.id

    zee = org("Stichting Noordzee", OrganisationKind.NGO, "Den Haag")
    lab = org("FairLabs GmbH", OrganisationKind.STARTUP, "Berlin")
    for first, last, organisation, badge in (
        ("Lena", "Ødegaard", zee, "B-100"),
        ("Pieter", "Odenberg", lab, "B-101"),
        ("Anouk", "Visser", zee, ""),
        ("Sam", "Jones", None, "B-103"),
    ):
        directory.create_member(
            session,  # type: ignore[arg-type]
            SYSTEM,
            MemberInput(
                first_name=first,
                last_name=last,
                organisation_id=organisation,
                email=f"{first.lower()}@example.org",
                badge_code=badge,
            ),
        )


class Window(MainWindow):
    """The main window with the directory pages, whether or not
    ``MainWindow.page_classes`` lists them yet."""

    def page_classes(self) -> list[type]:
        found = super().page_classes()
        return [
            *found,
            *(p for p in (MembersPage, OrganisationsPage) if p not in found),
        ]


def names(model: MemberTableModel) -> list[str]:
    return [
        model.data(model.index(row, MemberTableModel.Col.NAME)) for row in range(model.rowCount())
    ]


def org_names(page: OrganisationsPage) -> list[str]:
    proxy = page.proxy
    return [proxy.data(proxy.index(row, 0)) for row in range(proxy.rowCount())]


def select(page: MembersPage | OrganisationsPage, text: str) -> None:
    model = page.table.model()
    for row in range(model.rowCount()):
        if model.data(model.index(row, 0)) == text:
            page.table.selectRow(row)
            assert page.selected() is not None
            return
    raise AssertionError(f"{text!r} is not in the list")


def click_ok(qtbot: QtBot, dialog: object) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key. ``qtbot.keyClicks`` maps each character to a
    key code and aborts on letters outside Latin-1 (Arabic): send key events
    that carry the text instead, as an input method does."""
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )


def stored_member(core: Core, first_name: str) -> MemberRecord:
    found = [
        m
        for m in core.read(lambda s: directory.list_members(s, include_archived=True))
        if m.first_name == first_name
    ]
    assert len(found) == 1
    return found[0]


# ------------------------------------------------------------------- members


def test_sign_in_then_search_members_as_you_type(qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    window = open_window(qtbot, core, tmp_path, Window)
    sign_in(qtbot, window, "anna", "reception pw")
    window.show_page("members")
    page = window.current_page()
    assert isinstance(page, MembersPage)
    assert page.title() == "Members"
    assert page.search_field().hasFocus()
    assert names(page.model) == ["Sam Jones", "Lena Ødegaard", "Pieter Odenberg", "Anouk Visser"]
    assert page.count_label.text() == "4 members"

    qtbot.keyClicks(page.search, "ode")  # accents ignored: finds Ødegaard too
    qtbot.waitUntil(lambda: names(page.model) == ["Lena Ødegaard", "Pieter Odenberg"])
    qtbot.keyClicks(page.search, "g")
    qtbot.waitUntil(lambda: names(page.model) == ["Lena Ødegaard"])
    assert page.count_label.text() == "1 member"
    # Enter goes to the list and selects the first match: the details show
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.table.hasFocus()
    assert page.selected() is not None and page.selected().last_name == "Ødegaard"
    assert page.member_detail.form.values["organisation"].text().startswith("Stichting Noordzee")
    assert page.member_detail.form.values["badge"].text() == "B-100"
    # the badge code and the organisation are searched too
    page.search.clear()
    qtbot.keyClicks(page.search, "b-103")
    qtbot.waitUntil(lambda: names(page.model) == ["Sam Jones"])
    page.search.clear()
    qtbot.keyClicks(page.search, "fairlabs")
    qtbot.waitUntil(lambda: names(page.model) == ["Pieter Odenberg"])
    # Ctrl+N opens the member dialog through the window
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(page.dialog, MemberDialog)
    assert page.dialog.isVisible()
    qtbot.keyClick(page.dialog, Qt.Key.Key_Escape)
    assert not page.dialog.isVisible()


def test_kind_and_status_filters(qtbot: QtBot, core: Core) -> None:
    page = open_page(qtbot, core, MembersPage)
    assert isinstance(page, MembersPage)
    page.kind.setCurrentIndex(page.kind.findData(OrganisationKind.NGO.value))
    assert names(page.model) == ["Lena Ødegaard", "Anouk Visser"]
    page.kind.setCurrentIndex(page.kind.findData(OrganisationKind.INDIVIDUAL.value))
    assert names(page.model) == ["Sam Jones"]  # no organisation: an individual member
    page.kind.setCurrentIndex(0)
    page.status.setCurrentIndex(page.status.findData("archived"))
    assert names(page.model) == []


def test_a_member_with_markup_and_arabic_round_trips(qtbot: QtBot, core: Core) -> None:
    page = open_page(qtbot, core, MembersPage)
    assert isinstance(page, MembersPage)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, MemberDialog)
    assert dialog.focusWidget() is dialog.first_name
    assert dialog.ok_button.isDefault()
    type_text(dialog.first_name, UNICODE_FIRST)
    type_text(dialog.last_name, UNICODE_LAST)
    assert (dialog.first_name.text(), dialog.last_name.text()) == (UNICODE_FIRST, UNICODE_LAST)
    dialog.organisation.lineEdit().clear()
    qtbot.keyClicks(dialog.organisation.lineEdit(), "stichting noordzee")
    qtbot.keyClicks(dialog.email, "buerger@example.org")
    qtbot.keyClicks(dialog.badge_code, "B-200")
    with qtbot.waitSignal(page.data_changed, timeout=2000) as changed:
        click_ok(qtbot, dialog)
    assert changed.args == [{"member"}]
    assert not dialog.isVisible()

    stored = stored_member(core, UNICODE_FIRST)
    assert (stored.first_name, stored.last_name) == (UNICODE_FIRST, UNICODE_LAST)
    assert stored.organisation_name == "Stichting Noordzee"
    full = f"{UNICODE_FIRST} {UNICODE_LAST}"
    assert full in names(page.model)
    # the new member is selected, and the detail shows the name as typed
    assert page.selected() is not None and page.selected().id == stored.id
    name_label = page.member_detail.name
    assert name_label.text() == full
    assert name_label.textFormat() == Qt.TextFormat.PlainText

    # edit shows the name unchanged; saving stores it unchanged
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, MemberDialog) and dialog.found is not None
    assert dialog.first_name.text() == UNICODE_FIRST
    assert dialog.last_name.text() == UNICODE_LAST
    assert dialog.organisation.currentText() == "Stichting Noordzee"
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        click_ok(qtbot, dialog)
    assert stored_member(core, UNICODE_FIRST) == stored


def test_member_dialog_errors_stay_in_the_dialog(qtbot: QtBot, core: Core) -> None:
    page = open_page(qtbot, core, MembersPage)
    assert isinstance(page, MembersPage)
    page.add_new()
    dialog = page.dialog
    assert isinstance(dialog, MemberDialog)
    qtbot.keyClicks(dialog.first_name, "Eva")
    qtbot.keyClicks(dialog.last_name, "Smit")
    qtbot.keyClicks(dialog.badge_code, "B-100")  # Lena's
    with qtbot.assertNotEmitted(page.data_changed):
        click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "belongs to Lena Ødegaard" in dialog.errors.message("badge_code")
    dialog.badge_code.clear()
    dialog.organisation.lineEdit().clear()
    qtbot.keyClicks(dialog.organisation.lineEdit(), "No Such Org")
    click_ok(qtbot, dialog)
    assert "No Such Org" in dialog.errors.message("organisation")
    assert dialog.errors.message("badge_code") == ""
    assert len(core.read(directory.list_members)) == 4


def test_archive_then_filter_archived(qtbot: QtBot, core: Core) -> None:
    page = open_page(qtbot, core, MembersPage)
    assert isinstance(page, MembersPage)
    select(page, "Anouk Visser")
    assert page.archive_button.text() == "Archive"
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert stored_member(core, "Anouk").archived
    assert "Anouk Visser" not in names(page.model)
    page.status.setCurrentIndex(page.status.findData("archived"))
    assert names(page.model) == ["Anouk Visser"]
    select(page, "Anouk Visser")
    assert page.member_detail.state.text() == "Archived"
    assert page.archive_button.text() == "Restore"
    page.status.setCurrentIndex(page.status.findData("all"))
    assert len(names(page.model)) == 4
    # restore
    select(page, "Anouk Visser")
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert not stored_member(core, "Anouk").archived


def test_delete_a_member_without_history(qtbot: QtBot, core: Core) -> None:
    page = open_page(qtbot, core, MembersPage)
    assert isinstance(page, MembersPage)
    select(page, "Sam Jones")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.prompt is not None and "Sam Jones" in page.prompt.text()
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        qtbot.mouseClick(page.prompt_accept, Qt.MouseButton.LeftButton)
    assert "Sam Jones" not in names(page.model)
    assert len(core.read(directory.list_members)) == 3


def test_the_member_list_loads_in_chunks_and_sorts_every_match(qtbot: QtBot, core: Core) -> None:
    page = open_page(qtbot, core, MembersPage)
    assert isinstance(page, MembersPage)
    page.model.chunk = 2
    page.reload()
    assert names(page.model) == ["Sam Jones", "Lena Ødegaard"]
    assert page.model.canFetchMore()
    assert "scroll for more" in page.count_label.text()
    page.model.fetchMore()
    assert len(names(page.model)) == 4
    assert not page.model.canFetchMore()
    page.reload()
    # sorting by another column first reads every match
    page.table.sortByColumn(MemberTableModel.Col.EMAIL, Qt.SortOrder.DescendingOrder)
    assert names(page.model) == ["Sam Jones", "Pieter Odenberg", "Lena Ødegaard", "Anouk Visser"]
    assert not page.model.canFetchMore()
    page.table.sortByColumn(MemberTableModel.Col.NAME, Qt.SortOrder.AscendingOrder)
    assert names(page.model)[0] == "Sam Jones"


# ------------------------------------------------------------- organisations


def test_add_an_organisation_through_its_dialog(qtbot: QtBot, core: Core) -> None:
    page = open_page(qtbot, core, OrganisationsPage)
    assert isinstance(page, OrganisationsPage)
    assert page.key == "organisations" and page.title() == "Organisations"
    assert org_names(page) == ["FairLabs GmbH", "Stichting Noordzee"]
    assert page.can_add()
    page.add_new()
    dialog = page.dialog
    assert isinstance(dialog, OrganisationDialog)
    assert dialog.focusWidget() is dialog.name
    qtbot.keyClicks(dialog.name, "Stichting Vredespaleis")
    dialog.kind.setCurrentIndex(dialog.kind.findData(OrganisationKind.NGO.value))
    qtbot.keyClicks(dialog.email, "info@vredespaleis.example")
    qtbot.keyClicks(dialog.vat_id, "nl 123456782 b01")
    qtbot.keyClicks(dialog.iban, "nl91 abna 0417 1643 00")
    qtbot.keyClicks(dialog.billing_address, "Carnegieplein 2")
    qtbot.keyClicks(dialog.postcode, "2517 KJ")
    qtbot.keyClicks(dialog.city, "Den Haag")
    with qtbot.waitSignal(page.data_changed, timeout=2000) as changed:
        click_ok(qtbot, dialog)
    assert changed.args == [{"organisation"}]
    stored = [
        o for o in core.read(directory.list_organisations) if o.name == "Stichting Vredespaleis"
    ]
    assert len(stored) == 1
    assert (stored[0].kind, stored[0].vat_id, stored[0].iban) == (
        OrganisationKind.NGO,
        "NL123456782B01",
        "NL91ABNA0417164300",
    )
    assert stored[0].billing_address == "Carnegieplein 2"
    assert "Stichting Vredespaleis" in org_names(page)
    assert page.selected() is not None and page.selected().id == stored[0].id
    detail = page.organisation_detail
    assert detail.form.values["vat_id"].text() == "NL123456782B01"
    assert detail.people_heading.text() == "People (0)"
    # search as you type, over the name, city and VAT number
    qtbot.keyClicks(page.search, "berl")
    assert org_names(page) == ["FairLabs GmbH"]
    assert page.count_label.text() == "1 of 3 organisations"
    page.search.clear()
    qtbot.keyClicks(page.search, "NL1234")
    assert org_names(page) == ["Stichting Vredespaleis"]


def test_a_bad_email_is_shown_under_its_field_and_nothing_is_stored(
    qtbot: QtBot, core: Core
) -> None:
    page = open_page(qtbot, core, OrganisationsPage)
    assert isinstance(page, OrganisationsPage)
    before = core.read(lambda s: directory.list_organisations(s, include_archived=True))
    page.add_new()
    dialog = page.dialog
    assert isinstance(dialog, OrganisationDialog)
    qtbot.keyClicks(dialog.name, "Stichting Fout")
    qtbot.keyClicks(dialog.email, "info@@fout.example")
    with qtbot.assertNotEmitted(page.data_changed):
        click_ok(qtbot, dialog)
    assert dialog.isVisible()
    message = dialog.errors.message("email")
    assert "Not a valid e-mail address" in message
    assert dialog.email.property("invalid") is True
    assert dialog.errors.message("name") == ""
    assert core.read(lambda s: directory.list_organisations(s, include_archived=True)) == before
    # fixed: stored, and the message goes
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "info@fout.example")
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        click_ok(qtbot, dialog)
    assert "Stichting Fout" in org_names(page)


def test_delete_refused_for_a_referenced_organisation_offers_archive(
    qtbot: QtBot, core: Core
) -> None:
    page = open_page(qtbot, core, OrganisationsPage)
    assert isinstance(page, OrganisationsPage)
    select(page, "Stichting Noordzee")
    detail = page.organisation_detail
    assert detail.people_heading.text() == "People (2)"
    assert names(detail.people_model) == ["Lena Ødegaard", "Anouk Visser"]
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    first = page.prompt
    assert first is not None and "Stichting Noordzee" in first.text()
    qtbot.mouseClick(page.prompt_accept, Qt.MouseButton.LeftButton)
    offer = page.prompt
    assert offer is not None and offer is not first
    assert "cannot be deleted" in offer.text() and "2 members" in offer.text()
    assert page.prompt_accept is not None and page.prompt_accept.text() == "Archive instead"
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        qtbot.mouseClick(page.prompt_accept, Qt.MouseButton.LeftButton)
    stored = core.read(lambda s: directory.list_organisations(s, include_archived=True))
    noordzee = next(o for o in stored if o.name == "Stichting Noordzee")
    assert noordzee.archived
    assert org_names(page) == ["FairLabs GmbH"]
    page.status.setCurrentIndex(page.status.findData("archived"))
    assert org_names(page) == ["Stichting Noordzee"]


def test_delete_an_organisation_nothing_refers_to(qtbot: QtBot, core: Core) -> None:
    core.write(
        lambda s: directory.create_organisation(s, SYSTEM, OrganisationInput(name="Typo BV"))
    )
    page = open_page(qtbot, core, OrganisationsPage)
    assert isinstance(page, OrganisationsPage)
    select(page, "Typo BV")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        qtbot.mouseClick(page.prompt_accept, Qt.MouseButton.LeftButton)
    assert "Typo BV" not in org_names(page)
    assert "Typo BV" not in [o.name for o in core.read(directory.list_organisations)]


def test_edit_an_organisation_keeps_what_the_form_does_not_show(qtbot: QtBot, core: Core) -> None:
    core.write(
        lambda s: directory.create_organisation(
            s,
            SYSTEM,
            OrganisationInput(
                name="Mandaat BV",
                iban="NL91ABNA0417164300",
                sepa_mandate_id="M-1",
                sepa_mandate_signed_on="2026-01-05",
            ),
        )
    )
    page = open_page(qtbot, core, OrganisationsPage)
    assert isinstance(page, OrganisationsPage)
    select(page, "Mandaat BV")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter edits
    dialog = page.dialog
    assert isinstance(dialog, OrganisationDialog) and dialog.found is not None
    qtbot.keyClicks(dialog.city, "Delft")
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        click_ok(qtbot, dialog)
    stored = next(o for o in core.read(directory.list_organisations) if o.name == "Mandaat BV")
    assert stored.city == "Delft"
    assert stored.sepa_mandate_id == "M-1"


def test_reception_edits_a_person_from_the_organisation_detail(qtbot: QtBot, core: Core) -> None:
    page = open_page(qtbot, core, OrganisationsPage)
    assert isinstance(page, OrganisationsPage)
    select(page, "FairLabs GmbH")
    detail = page.organisation_detail
    qtbot.mouseClick(detail.add_person_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, MemberDialog)
    assert dialog.organisation.currentText() == "FairLabs GmbH"
    qtbot.keyClicks(dialog.first_name, "Jonas")
    qtbot.keyClicks(dialog.last_name, "Weber")
    with qtbot.waitSignal(page.data_changed, timeout=2000) as changed:
        click_ok(qtbot, dialog)
    assert changed.args == [{"member"}]
    assert page.selected() is not None and page.selected().name == "FairLabs GmbH"
    assert names(detail.people_model) == ["Pieter Odenberg", "Jonas Weber"]
    assert detail.people_heading.text() == "People (2)"


def test_the_tab_order_of_the_organisation_dialog(qtbot: QtBot, core: Core) -> None:
    core.sign_in("anna", "reception pw")
    dialog = OrganisationDialog(core)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    seen = [dialog.focusWidget()]
    for _ in range(len(dialog.tab_order()) + 1):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        seen.append(dialog.focusWidget())
    assert seen == [*dialog.tab_order(), dialog.ok_button, dialog.cancel_button]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# --------------------------------------------------------------------- models


def test_models_pass_the_model_tester(qtbot: QtBot, core: Core, qtmodeltester: object) -> None:
    members = core.read(lambda s: directory.list_members(s, include_archived=True))
    model = MemberTableModel()
    model.set_rows(members)
    qtmodeltester.check(model)  # type: ignore[attr-defined]

    lazy = MemberTableModel(chunk=1)
    lazy.set_source(lambda limit: core.read(lambda s: directory.search_members(s, "", limit=limit)))
    qtmodeltester.check(lazy)  # type: ignore[attr-defined]
    lazy.sort(MemberTableModel.Col.BADGE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(lazy)  # type: ignore[attr-defined]

    organisations = OrganisationTableModel()
    organisations.set_rows(core.read(directory.list_organisations))
    qtmodeltester.check(organisations)  # type: ignore[attr-defined]

    proxy = OrganisationFilter()
    proxy.setSourceModel(organisations)
    proxy.set_text("noord")
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    assert proxy.rowCount() == 1
