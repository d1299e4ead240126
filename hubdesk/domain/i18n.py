"""The language of the messages the services raise (Qt-free).

``_("Not a valid IBAN: {reason}").format(reason=...)`` translates the template
first, then fills it in. The Dutch texts live in
resources/translations/nl/LC_MESSAGES/hubdesk.po, compiled to hubdesk.mo by
scripts/update-message-catalogue. English is the text in the source.
"""

from __future__ import annotations

import gettext
from pathlib import Path

DOMAIN = "hubdesk"
LANGUAGES = ("en", "nl")

_translations: gettext.NullTranslations = gettext.NullTranslations()


def locale_dir() -> Path:
    """The folder holding <lang>/LC_MESSAGES/hubdesk.mo."""
    from hubdesk.resource_files import resource

    return resource("translations")


def set_language(code: str, folder: Path | None = None) -> None:
    """Translate the messages into ``code`` ("en" or "nl"); English, and any
    language without a catalogue, leaves them as written."""
    global _translations
    if code == "en" or code not in LANGUAGES:
        _translations = gettext.NullTranslations()
        return
    _translations = gettext.translation(
        DOMAIN, localedir=folder or locale_dir(), languages=[code], fallback=True
    )


def _(message: str) -> str:
    """``message`` in the current language."""
    return _translations.gettext(message)


def N_(message: str) -> str:
    """Marks ``message`` for the catalogue without translating it (module-level
    texts translated later with ``_``)."""
    return message
