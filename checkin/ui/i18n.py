"""Load the app's and Qt's own translations; switch language while running."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from checkin.resources import resources_dir

LANGUAGES = {"en": "English", "fr": "Français", "de": "Deutsch", "it": "Italiano"}
_installed: list[QTranslator] = []


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def install(language: str) -> str:
    """Replace the installed translators; "" follows the system. Returns the language in force."""
    app = QCoreApplication.instance()
    language = language if language in LANGUAGES else system_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "en":
        ours = QTranslator(app)
        if ours.load(str(resources_dir() / "translations" / f"checkin_{language}.qm")):
            _installed.append(ours)
        qt = QTranslator(app)  # Qt's own dialogs and buttons (Cancel, Open, Save…)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    return language
