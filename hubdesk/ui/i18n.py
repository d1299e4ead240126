"""The language of the window: Dutch or English, from the per-PC choice or
the system locale. Qt's own strings (dialog buttons) follow too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hubdesk.resource_files import resource

LANGUAGES = ("en", "nl")
_installed: list[QTranslator] = []


def choose(preference: str) -> str:
    """'en' or 'nl': the saved preference, else the system's language."""
    if preference in LANGUAGES:
        return preference
    return "nl" if QLocale.system().name().lower().startswith("nl") else "en"


def install(app: QCoreApplication, language: str) -> str:
    """Load the translations of ``language`` into the app; returns it."""
    from hubdesk.domain import i18n as messages
    from hubdesk.ui import format as formats

    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    formats.set_language(language)
    messages.set_language(language)
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English)
    )
    if language == "en":
        return language
    ours = QTranslator(app)
    if ours.load(str(resource("translations", f"hubdesk_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language
