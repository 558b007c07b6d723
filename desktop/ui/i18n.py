"""The interface language: Crier's own Qt Linguist catalogue, installed before the first window is built.

The `ui.language` setting says "system" (follow the operating system: Welsh Windows gives Welsh Crier),
"cy" or "en"; IT can lock it by policy like any setting. Qt ships no Welsh catalogue of its own, so the
standard-dialog strings Crier shows (OK, Cancel, Yes, No…) are translated in ours under Qt's contexts;
for a language Qt does ship, its catalogue is loaded too. Widgets take their text when built, so a change
applies at the next start rather than retranslating every open window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, QTranslator

from desktop.core.paths import RESOURCES
from desktop.core.translatable import Moment, Text

log = logging.getLogger(__name__)

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("cy", "en")  # languages Crier's interface is written in; the first is also the source's peer
SOURCE_LANGUAGE = "en"


def language_names() -> dict[str, str]:
    """How the choices of `ui.language` are shown: each language in its own words, as language menus do."""
    return {
        "system": QCoreApplication.translate("i18n", "Same as the computer"),
        "cy": "Cymraeg",
        "en": "English",
    }


#: How a catalogue is asked for a source's translation: (context, source) -> the text to show.
Lookup = Callable[[str, str], str]


def shown(text: str, lookup: Lookup | None = None, locale: QLocale | None = None) -> str:
    """Text from core (a finding, a setting's name, a sign-in form) in the interface language.

    Core marks what people read as ``translatable.Text``; this looks up its source in the catalogue (the
    application's translators unless ``lookup`` says otherwise) and fills in the same values, dates in
    ``locale`` (default: the interface's). Anything else (a draft's own words, a term's advice from a word
    list) is shown as it is.
    """
    if not isinstance(text, Text):
        return text
    translated = (lookup or QCoreApplication.translate)(text.context, text.source)
    values = {key: _value(value, lookup, locale) for key, value in text.values.items()}
    return translated.format(**values) if values else translated


def _value(value: Any, lookup: Lookup | None, locale: QLocale | None) -> Any:
    import datetime as dt  # (not before the window shows)

    if isinstance(value, Moment):
        return moment_text(value, locale or QLocale())
    if isinstance(value, dt.date):
        return (locale or QLocale()).toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")
    if isinstance(value, tuple):  # a list of marked words ("Fill in: Handle, App password.")
        return ", ".join(str(_value(item, lookup, locale)) for item in value)
    return shown(value, lookup, locale) if isinstance(value, str) else value


def moment_text(moment: Moment, locale: QLocale) -> str:
    """The time alone on the day ("14:05"), else with the day ("Maw 3 Meh 14:05"), in ``locale``'s words."""
    from datetime import datetime

    local = moment.local()
    time = locale.toString(QTime(local.hour, local.minute), "HH:mm")
    if local.date() == datetime.now().astimezone().date():
        return time
    date = locale.toString(QDate(local.year, local.month, local.day), "ddd d MMM")
    return f"{date} {time}"


def shown_without_app(setting: str | None = None) -> Callable[[str], str]:
    """``shown`` for a process with no QApplication to install a translator on (the CLI): the same
    compiled catalogue read through a QTranslator, in the language the window would use (``ui.language``
    as the user and policy set it, else the computer's language)."""
    language = choose_language(language_setting() if setting is None else setting)
    translator = QTranslator()
    if language == SOURCE_LANGUAGE or not translator.load(f"crier_{language}", str(TRANSLATIONS)):
        if language != SOURCE_LANGUAGE:
            log.warning("No compiled translation crier_%s.qm in %s", language, TRANSLATIONS)
        return str  # core's text is English already
    locale = QLocale(f"{language}_GB")
    return lambda text: shown(
        text, lambda context, source: translator.translate(context, source) or source, locale
    )


def choose_language(setting: str, system: QLocale | None = None) -> str:
    """The language to show: the setting's if it names one, else the first of the system's we have."""
    if setting in LANGUAGES:
        return setting
    for tag in (system or QLocale.system()).uiLanguages():
        language = tag.replace("_", "-").split("-")[0].lower()
        if language in LANGUAGES:
            return language
    return SOURCE_LANGUAGE


def language_setting() -> str:
    """`ui.language` as the user and policy left it; "system" when settings can't be read yet.

    Read before the window exists (the full load happens later off the GUI thread), by a reader of this
    one key that follows the same policy rules without loading them all; a bad settings file is reported
    later by that load, not here.
    """
    from desktop.core.early_setting import read_choice
    from desktop.core.paths import app_paths

    try:
        return read_choice("ui.language", ("system", *LANGUAGES), "system", app_paths().settings_file)
    except Exception as error:  # noqa: BLE001 - never stop the app from starting over a language
        log.warning("Couldn't read the interface language setting: %s", error)
        return "system"


def install_translations(app: QCoreApplication, setting: str, system: QLocale | None = None) -> str:
    """Install the translators for the chosen language on ``app`` and return that language's code."""
    system = system or QLocale.system()
    language = choose_language(setting, system)
    # Dates and numbers follow the computer's locale when it is in the chosen language (en-US stays
    # en-US), else that language as written in Britain (cy-GB, en-GB).
    same = system.name().split("_")[0] == language
    locale = system if same else QLocale(f"{language}_GB")
    QLocale.setDefault(locale)
    if language != SOURCE_LANGUAGE:  # (Qt's own strings are English already: no QLibraryInfo at start)
        from PySide6.QtCore import QLibraryInfo

        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(locale, "qtbase", "_", qt_dir):
            app.installTranslator(qt_own)
    ours = QTranslator(app)  # installed last, so it is searched first and our Welsh wins over Qt's gaps
    if ours.load(f"crier_{language}", str(TRANSLATIONS)):
        app.installTranslator(ours)
    elif language != SOURCE_LANGUAGE:
        log.warning(
            "No compiled translation crier_%s.qm in %s (run make translations)", language, TRANSLATIONS
        )
    return language
