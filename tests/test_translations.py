"""The Dutch translation: complete, compiled, and what the window shows.

``scripts/update-translations`` collects the strings (pyside6-lupdate) into
resources/translations/hubdesk_nl.ts and compiles the .qm the program loads.
These tests fail when a string in the code has no translation, when a
translation lost a placeholder, or when the .qm was not compiled again.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from hubdesk.app import Core
from hubdesk.services import staff
from hubdesk.ui import i18n
from tests.helpers import open_window, sign_in

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "hubdesk_nl.ts"
QM = ROOT / "resources" / "translations" / "hubdesk_nl.qm"
PLACEHOLDER = re.compile(r"\{\d+\}")
#: "&File" has an accelerator; "Bürger && Söhne" is a plain "&".
ACCELERATOR = re.compile(r"&([^&\s])")
LUPDATE_SECONDS = 20

#: Labels shared by several classes, translated under a fixed context with
#: ``QCoreApplication.translate(context, "literal")`` so lupdate sees them.
KINDS = ("NGO", "Startup", "Knowledge institution", "Government", "Company", "Individual")
LANGUAGES = ("English", "Dutch")
RUN_TIME_ONLY: list[tuple[str, str]] = [
    *(
        ("spaces", text)
        for text in (
            "Private office",
            "Dedicated desk",
            "Flex desk",
            "Meeting room",
            "Event space",
            "Screen",
            "Phone",
            "Whiteboard",
            "Video calls",
            "Coffee",
            "Accessible",
            "Per hour",
            "Half day",
            "Day",
            "Month",
        )
    ),
    *(("organisations", text) for text in (*KINDS, *LANGUAGES)),
    ("hubdesk", "Not done"),
    ("hubdesk", "hubdesk cannot open the database"),
    # the booking dialog's durations and price lines (module functions)
    *(
        ("booking", text)
        for text in (
            "{0} h {1}",
            "{0} h",
            "No charge",
            "List price {0}",
            "List price {0}: {1} will be charged",
            "No plan in {0}",
            "{0} of {1} meeting-room hours left in {2}",
            "Unlimited flex days in {0}",
            "{0} of {1} flex days left in {2}",
            "Covered by the allowance: nothing to pay",
            "{0} covered · {1} billable beyond the allowance",
            "{0} billable beyond the allowance",
        )
    ),
    # Export bookings (.ics)… of the members and spaces pages
    *(
        ("ics_file", text)
        for text in (
            "{0} bookings.ics",
            "Export bookings of {0}",
            "Calendar files (*.ics)",
            "The calendar could not be written to {0}: {1}. Nothing was saved.",
            "Exported 1 booking of {0} to {1}.",
            "Exported {0} bookings of {1} to {2}.",
        )
    ),
    ("FreeRoomDialog", "{0} and {1}"),
]
#: Page key -> its title in the navigation, in Dutch.
DUTCH_TITLES = {
    "today": "Vandaag",
    "calendar": "Agenda",
    "members": "Leden",
    "organisations": "Organisaties",
    "spaces": "Ruimtes",
    "settings": "Instellingen",
}
DUTCH_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def messages(path: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def translations(message: ET.Element) -> list[str]:
    element = message.find("translation")
    assert element is not None
    forms = element.findall("numerusform")
    if forms:
        return [form.text or "" for form in forms]
    return [element.text or ""]


def unfinished(path: Path) -> list[str]:
    found = []
    for context, message in messages(path):
        element = message.find("translation")
        kind = element.get("type") if element is not None else "missing"
        if kind is not None or not all(text.strip() for text in translations(message)):
            found.append(f"{context}: {message.findtext('source')!r}")
    return found


def tool(name: str) -> Path:
    """A Qt tool of the PySide6 that runs the tests (next to the interpreter)."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).resolve().parent):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return candidate
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed next to {sys.executable}")
    return Path(found)


# ------------------------------------------------------------------- the .ts


def test_every_message_is_translated() -> None:
    assert unfinished(TS) == []


def test_translations_keep_placeholders_accelerators_and_ellipses() -> None:
    problems = []
    for context, message in messages(TS):
        source = message.findtext("source") or ""
        for text in translations(message):
            where = f"{context}: {source!r} -> {text!r}"
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"placeholders differ: {where}")
            if message.get("numerus") == "yes" and "%n" not in text:
                problems.append(f"%n missing: {where}")
            if ACCELERATOR.search(source) and not ACCELERATOR.search(text):
                problems.append(f"accelerator missing: {where}")
            if source.endswith("…") and not text.endswith("…"):
                problems.append(f"ellipsis missing: {where}")
    assert problems == []


def test_the_shared_labels_are_in_the_ts() -> None:
    present = {(context, message.findtext("source")) for context, message in messages(TS)}
    assert [pair for pair in RUN_TIME_ONLY if pair not in present] == []


# ------------------------------------------------------------ compiled, current


def test_the_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "hubdesk_nl.qm"
    subprocess.run(
        [str(tool("pyside6-lrelease")), str(TS), "-qm", str(fresh)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert QM.read_bytes() == fresh.read_bytes(), (
        "hubdesk_nl.qm is out of date: run scripts/update-translations"
    )


def test_every_string_in_the_code_is_in_the_ts(tmp_path: Path) -> None:
    copy = tmp_path / "hubdesk_nl.ts"
    shutil.copyfile(TS, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "hubdesk" / "ui").rglob("*.py"))
    try:
        subprocess.run(
            [str(tool("pyside6-lupdate")), "-no-obsolete", *sources, "-ts", str(copy)],
            cwd=ROOT,
            check=True,
            capture_output=True,
            timeout=LUPDATE_SECONDS,
        )
    except subprocess.TimeoutExpired:
        pytest.skip(f"pyside6-lupdate took more than {LUPDATE_SECONDS} s")
    assert unfinished(copy) == [], "translate these in hubdesk_nl.ts"


# ---------------------------------------------------------------- in the window


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    i18n.install(qapp, "nl")
    try:
        yield
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(locale)


@pytest.mark.usefixtures("dutch")
@pytest.mark.parametrize(("context", "source"), RUN_TIME_ONLY)
def test_words_looked_up_at_run_time_are_dutch(context: str, source: str) -> None:
    text = QCoreApplication.translate(context, source)
    assert text.strip()
    assert text != source or source in {"Whiteboard", "NGO"}


def mnemonics(texts: list[str]) -> list[str]:
    return [m.group(1).casefold() for t in texts if (m := ACCELERATOR.search(t))]


@pytest.mark.usefixtures("dutch")
def test_the_window_in_dutch(qtbot: QtBot, tmp_path: Path) -> None:
    core = Core.open(tmp_path / "hub.sqlite")
    try:
        core.write(
            lambda s: staff.create_first_manager(s, "maria", "Maria Jansen", "correct horse")
        )
        window = open_window(qtbot, core, tmp_path)
        assert window.sign_in_view.button.text() == "Inloggen"
        sign_in(qtbot, window, "maria", "correct horse")
        assert window.stack.currentWidget() is window.workspace

        pages = {page.key: page for page in window.pages}
        titles = {page.key: window.nav.item(row).text() for row, page in enumerate(window.pages)}
        assert {key: titles.get(key) for key in DUTCH_TITLES} == DUTCH_TITLES
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&Bestand", "&Ga naar", "Beel&d"]
        assert len(set(mnemonics(menus))) == len(menus)
        for action in window.menuBar().actions():
            menu = action.menu()
            assert isinstance(menu, QMenu)
            entries = [a.text() for a in menu.actions() if not a.isSeparator()]
            letters = mnemonics(entries)
            assert len(letters) == len(set(letters)), entries
        assert "Hubtijd" in window.clock_label.text()
        assert "Ingelogd: Maria Jansen" in window.staff_label.text()

        # words the code looks up at run time, outside what lupdate sees
        members, organisations, spaces = pages["members"], pages["organisations"], pages["spaces"]
        kinds = [members.kind.itemText(i) for i in range(members.kind.count())]
        assert "Kennisinstelling" in kinds and "Knowledge institution" not in kinds
        assert set(organisations.organisation_detail.languages.values()) == {"Engels", "Nederlands"}
        space_kinds = [spaces.kind.itemText(i) for i in range(spaces.kind.count())]
        assert "Vergaderzaal" in space_kinds and "Meeting room" not in space_kinds
        calendar = pages["calendar"]
        modes = [calendar.day_button.text(), calendar.week_button.text()]
        assert modes == ["D&ag", "&Week"]
        assert not set(mnemonics(modes)) & set(mnemonics(menus))  # Alt+D opens Beel&d
        # the day is named by babel in the window's language
        today, _, long_day = calendar.heading.text().partition(", ")
        assert today == "Vandaag" and long_day.split()[0] in DUTCH_WEEKDAYS
    finally:
        core.close()
