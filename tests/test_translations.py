"""The Welsh interface: every user-facing string in desktop/ui is marked for translation, every string in
the catalogue has a finished Welsh translation, and the window comes up in Welsh when asked."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from desktop.ui import i18n

REPO = Path(__file__).resolve().parents[1]
UI = REPO / "desktop" / "ui"
CATALOGUES = REPO / "resources" / "translations"
TOOLS = Path(sys.executable).parent

# Calls whose text arguments people read: widget constructors, setters, menus, message boxes, models.
TEXT_SINKS = {
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setAccessibleName",
    "setAccessibleDescription", "setStatusTip", "setWhatsThis", "showMessage", "addAction", "addMenu",
    "addTab", "insertTab", "setTabText", "setTabToolTip", "setTitle", "setLabelText", "addItem", "addItems",
    "insertItem", "setItemText", "addRow", "setHorizontalHeaderLabels", "setHeaderLabels",
    "setInformativeText", "setDetailedText", "setButtonText", "addButton", "setNameFilter", "setPrefix",
    "setSuffix", "setSpecialValueText",
    "QLabel", "QPushButton", "QToolButton", "QAction", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu",
    "QMessageBox", "QListWidgetItem", "QStandardItem", "QTableWidgetItem", "QTreeWidgetItem",
    "information", "warning", "critical", "question", "about", "getText", "getItem", "getOpenFileName",
    "getOpenFileNames", "getSaveFileName", "getExistingDirectory",
}  # fmt: skip
MARKERS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}
NOT_PEOPLE = {"log", "logger", "logging", "warnings"}  # log lines go to IT in English


def _sink_name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def _has_words(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _bare_text(node: ast.AST) -> str | None:
    """The text of a literal a person would read, unless it is already inside a translation call."""
    if isinstance(node, ast.Call):
        name = _sink_name(node)
        if name in MARKERS:
            return None
        if name == "format" and isinstance(node.func, ast.Attribute):  # "Saved {time}".format(...)
            return _bare_text(node.func.value)
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _has_words(node.value) else None
    if isinstance(node, ast.JoinedStr):
        words = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return ast.unparse(node) if _has_words(words) else None
    if isinstance(node, ast.BinOp):
        return _bare_text(node.left) or _bare_text(node.right)
    if isinstance(node, ast.IfExp):
        return _bare_text(node.body) or _bare_text(node.orelse)
    return None


def unmarked_strings(source: str) -> list[tuple[int, str]]:
    """Literal texts handed straight to a widget, action, menu or message box without tr()."""
    found = []
    for node in ast.walk(ast.parse(source)):
        receiver = node.func.value if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) else None
        if isinstance(receiver, ast.Name) and receiver.id in NOT_PEOPLE:
            continue
        if isinstance(node, ast.Call) and _sink_name(node) in TEXT_SINKS:
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                text = _bare_text(arg)
                if text is not None:
                    found.append((node.lineno, text))
    return found


def test_the_checker_catches_unmarked_text() -> None:
    """Proof the scan is not vacuous: each way of writing bare text is caught, marked text is not."""
    found = unmarked_strings(
        "QLabel('Drafts', self)\n"
        "button.setToolTip(f'Send {n} posts')\n"
        "QMessageBox.warning(self, 'Crier', 'Could not save'.format())\n"
        "menu.addAction('&Quit' if a else '&Exit')\n"
        "QLabel(self.tr('Drafts'), self)\n"
        "QLabel(QCoreApplication.translate('Ctx', 'Drafts'))\n"
        "edit.setText('')\n"
        "label.setText('—')\n"
        "label.setText(name)\n"
    )
    assert found == [(1, "Drafts"), (2, "f'Send {n} posts'"), (3, "Crier"), (3, "Could not save"), (4, "&Quit")]


def test_every_user_facing_string_in_the_ui_is_marked_for_translation() -> None:
    found = [
        f"{path.relative_to(REPO)}:{line}: {text!r}"
        for path in sorted(UI.glob("*.py"))
        for line, text in unmarked_strings(path.read_text(encoding="utf-8"))
    ]
    assert not found, "wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(found)


def _messages(language: str) -> list[ET.Element]:
    path = CATALOGUES / f"crier_{language}.ts"
    assert path.is_file(), f"{path} is missing: run make translations"
    return list(ET.parse(path).getroot().iter("message"))


def test_every_string_in_the_catalogue_has_a_finished_welsh_translation() -> None:
    missing = []
    messages = _messages("cy")
    for message in messages:
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") == "obsolete" or translation.get("type") == "vanished":
            continue
        forms = [t.text for t in translation.iter("numerusform")] or [translation.text]
        complete = len(forms) == (6 if message.get("numerus") == "yes" else 1) and all(forms)
        if translation.get("type") == "unfinished" or not complete:
            missing.append(message.findtext("source"))
    assert len(messages) > 200
    assert not missing, f"{len(missing)} strings have no finished Welsh translation:\n" + "\n".join(missing)


def test_the_catalogue_holds_every_string_the_source_marks(tmp_path: Path) -> None:
    """A fresh lupdate over the sources finds nothing the committed catalogue lacks."""
    lupdate = shutil.which("pyside6-lupdate", path=str(TOOLS)) or shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in sorted(UI.glob("*.py"))] + [str(REPO / "desktop" / "app.py")]
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    ours = {(m.findtext("source"), m.findtext("comment")) for m in _messages("cy")}
    new = [
        m.findtext("source")
        for m in ET.parse(fresh).getroot().iter("message")
        if (m.findtext("source"), m.findtext("comment")) not in ours
    ]
    assert not new, "run make translations and translate:\n" + "\n".join(map(str, new))


def test_language_follows_the_system_unless_chosen() -> None:
    assert i18n.choose_language("system", QLocale("cy_GB")) == "cy"
    assert i18n.choose_language("system", QLocale("en_GB")) == "en"
    assert i18n.choose_language("system", QLocale("fr_FR")) == "en"
    assert i18n.choose_language("en", QLocale("cy_GB")) == "en"
    assert i18n.choose_language("cy", QLocale("en_US")) == "cy"


def _compiled() -> None:
    if not (CATALOGUES / "crier_cy.qm").is_file():
        pytest.fail("resources/translations/crier_cy.qm is missing: run make translations")


@pytest.fixture
def welsh(qapp: QApplication):
    """Crier in Welsh, as app.py sets it up with ui.language = cy; English again afterwards."""
    _compiled()
    from desktop.core.settings import Settings

    settings = Settings.load()
    settings.set("ui.language", "cy")
    assert i18n.install_translations(qapp, i18n.language_setting()) == "cy"
    yield
    for translator in qapp.findChildren(i18n.QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale("en_GB"))


def test_standard_buttons_are_welsh(welsh: None) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert texts == {"Iawn", "Diddymu"}


def test_the_window_comes_up_in_welsh(welsh: None, qtbot) -> None:
    from desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus[0] == "Ffeil"
    assert "Golygu" in menus and "Cymorth" in menus
    texts = {w.text().replace("&", "") for w in window.findChildren(i18n.QtWidgets.QAbstractButton)}
    assert any("Drafft" in text for text in texts | set(menus)) or window.windowTitle()
    english = QCoreApplication.translate("MainWindow", "&File")
    assert english == "&Ffeil"
