"""Counts read as English: "1 image", "2 images", through Qt's plural forms (tr with n) and crier_en.qm."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.core.paths import RESOURCES
from desktop.ui.i18n import TRANSLATIONS, install_translations

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def translated(qapp):  # noqa: ANN001, ANN201
    before = set(qapp.findChildren(QTranslator))
    language = install_translations(qapp, "en", QLocale("en_GB"))
    installed = [t for t in qapp.findChildren(QTranslator) if t not in before and not t.isEmpty()]
    yield installed if language == "en" else []
    for translator in set(qapp.findChildren(QTranslator)) - before:
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)


def test_english_plural_forms(translated) -> None:  # noqa: ANN001
    assert translated, "crier_en.qm did not load"

    def tr(context: str, source: str, n: int) -> str:
        return QCoreApplication.translate(context, source, "", n)

    images = "%n image(s) need alt text before posting."
    assert tr("ImagesPanel", images, 1) == "1 image needs alt text before posting."
    assert tr("ImagesPanel", images, 3) == "3 images need alt text before posting."
    moved = "Moved %n draft(s) to the Trash. Ctrl+Z brings them back."
    assert tr("MainWindow", moved, 1) == "Moved 1 draft to the Trash. Ctrl+Z brings it back."
    assert tr("MainWindow", moved, 2) == "Moved 2 drafts to the Trash. Ctrl+Z brings them back."


def test_the_images_panel_says_one_image(qtbot, translated) -> None:  # noqa: ANN001
    from desktop.core.attachments import Attachment
    from desktop.ui.images_view import ImagesPanel

    panel = ImagesPanel()
    qtbot.addWidget(panel)
    panel.show_media([Attachment(RESOURCES / "icons" / "crier.svg", "", "image/svg+xml")])
    assert panel.warning.text() == "1 image needs alt text before posting."


def test_every_counted_source_string_has_english_forms() -> None:
    """A tr(…, n) string missing from crier_en.ts would show "(s)" to the user."""
    ts = (TRANSLATIONS / "crier_en.ts").read_text(encoding="utf-8")
    sources = {s.replace("&apos;", "'") for s in re.findall(r"<source>(.*?)</source>", ts)}
    used = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        used |= set(re.findall(r'tr\(\s*"([^"]*%n[^"]*)"', path.read_text(encoding="utf-8")))
    assert used and used <= sources, used - sources


#: Files whose "(s)" strings have not yet moved to tr(…, n); empty when none are left.
NOT_YET: set[str] = set()


def test_no_user_facing_string_says_s_in_brackets() -> None:
    leftovers = []
    for path in (ROOT / "desktop").rglob("*.py"):
        if str(path.relative_to(ROOT)) in NOT_YET:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r'"[^"]*\w\(s\)[^"]*"', line) and "%n" not in line:
                leftovers.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert leftovers == [], leftovers


@pytest.mark.parametrize("reachable", [True, False])
def test_the_team_status_counts_changes_in_english(window, translated, reachable: bool) -> None:  # noqa: ANN001
    """It said "1 changes to send"."""
    from desktop.core.team.desk import TeamSnapshot

    state = "connected" if reachable else "offline"
    for waiting, words in ((1, "1 change"), (2, "2 changes"), (11, "11 changes")):
        window.team._show_status(TeamSnapshot(joined=True, reachable=reachable, waiting=waiting))
        assert window.team.status_label.text() == f"Team: {state}, {words} to send"


def test_the_team_status_counts_changes_in_welsh(qapp) -> None:  # noqa: ANN001
    """Qt's Welsh has five forms (0, 1, 2–5, 6, other): after a number the noun stays singular ("3 newid"),
    so only the pronoun agrees: "i'w anfon" for one change, "i'w hanfon" for more."""
    welsh = QTranslator()
    assert welsh.load("crier_cy", str(TRANSLATIONS)), "crier_cy.qm is missing: run make translations"
    for state, cy in (("connected", "wedi cysylltu"), ("offline", "all-lein")):
        source = f"Team: {state}, %n change(s) to send"
        assert welsh.translate("TeamArea", source, "", 1) == f"Tîm: {cy}, %n newid i'w anfon"
        for n in (0, 2, 3, 6, 8, 11, 100):
            assert welsh.translate("TeamArea", source, "", n) == f"Tîm: {cy}, %n newid i'w hanfon", n
