"""Qt translators for the interface, starting with English's own plural forms.

Strings with a count are written ``tr(source, "", n)`` with %n in the source; ``crier_en.qm`` turns
them into "1 image" and "2 images", as Qt's numerus forms do for every language. A language's own
file, when there is one, is installed after it and so wins.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.core.paths import RESOURCES

I18N = RESOURCES / "i18n"


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install English plurals, then the locale's translation if Crier has one; returns what was installed."""
    installed: list[QTranslator] = []
    english = QTranslator(app)
    if english.load(str(I18N / "crier_en.qm")):
        app.installTranslator(english)
        installed.append(english)
    local = QTranslator(app)
    language = (locale or QLocale()).name().split("_")[0]
    if language != "en" and local.load(str(I18N / f"crier_{language}.qm")):
        app.installTranslator(local)
        installed.append(local)
    return installed
