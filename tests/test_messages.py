"""The message catalogue of the services (gettext, resources/translations/nl):
complete, compiled from the .po, and used by the validators."""

from __future__ import annotations

import io
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract, extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from hubdesk.domain import i18n
from hubdesk.domain.errors import ValidationError
from hubdesk.services import validation as v

ROOT = Path(__file__).resolve().parent.parent
LC_MESSAGES = ROOT / "resources" / "translations" / "nl" / "LC_MESSAGES"
PO = LC_MESSAGES / "hubdesk.po"
MO = LC_MESSAGES / "hubdesk.mo"
BAD_IBAN = "NL00ABNA0417164300"


def _catalog() -> Catalog:
    with PO.open("rb") as handle:
        return read_po(handle, locale="nl", domain="hubdesk")


def _messages(catalog: Catalog) -> dict[str, str]:
    return {str(m.id): str(m.string) for m in catalog if m.id}


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_message_is_translated_with_the_same_placeholders() -> None:
    messages = _messages(_catalog())
    assert len(messages) > 100
    for msgid, msgstr in messages.items():
        assert msgstr.strip(), f"not translated: {msgid!r}"
        assert _placeholders(msgstr) == _placeholders(msgid), msgid


def test_no_message_is_fuzzy_or_obsolete() -> None:
    catalog = _catalog()
    assert not [m.id for m in catalog if m.id and m.fuzzy]
    assert not catalog.obsolete


def test_the_committed_mo_holds_the_messages_of_the_po() -> None:
    """Compared by message, not by bytes: another Babel writes the same
    catalogue in other bytes."""
    with MO.open("rb") as handle:
        compiled = read_mo(handle)
    assert _messages(compiled) == _messages(_catalog()), "run scripts/update-message-catalogue"


def test_the_po_holds_every_message_of_the_sources() -> None:
    keywords = {**DEFAULT_KEYWORDS, "_": None, "N_": None}
    found: set[str] = set()
    for folder, options in (("hubdesk/services", {}), ("hubdesk/domain", {})):
        for _, _, message, _, _ in extract_from_dir(
            str(ROOT / folder), keywords=keywords, options_map={"**.py": options}
        ):
            found.add(message if isinstance(message, str) else message[0])
    db_source = (ROOT / "hubdesk" / "db.py").read_bytes()
    for _, message, _, _ in extract("python", io.BytesIO(db_source), keywords=keywords):
        found.add(message if isinstance(message, str) else message[0])
    assert "Not a valid IBAN: {reason}" in found
    missing = sorted(found - set(_messages(_catalog())))
    assert not missing, f"run scripts/update-message-catalogue: {missing}"


def test_messages_follow_the_language() -> None:
    try:
        i18n.set_language("nl")
        with pytest.raises(ValidationError) as raised:
            v.iban(BAD_IBAN)
        assert raised.value.field == "iban"
        assert raised.value.message == "Geen geldig IBAN: de controlecijfers kloppen niet"
        with pytest.raises(ValidationError, match="De naam is verplicht"):
            v.required_text("", field="name", max_length=10, label=i18n._("The name"))
    finally:
        i18n.set_language("en")
    with pytest.raises(ValidationError) as raised:
        v.iban(BAD_IBAN)
    assert raised.value.message == "Not a valid IBAN: the check digits do not match"


def test_english_and_unknown_languages_leave_the_text_as_written() -> None:
    try:
        i18n.set_language("fr")
        assert i18n._("Answer yes or no") == "Answer yes or no"
    finally:
        i18n.set_language("en")
    assert i18n._("Answer yes or no") == "Answer yes or no"
