"""The Welsh interface: every user-facing string in desktop/ui is marked for translation, every string in
the catalogue has a finished Welsh translation, and the window comes up in Welsh when asked."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication

from desktop.ui import i18n

REPO = Path(__file__).resolve().parents[1]
UI = REPO / "desktop" / "ui"
CATALOGUES = REPO / "resources" / "translations"
TOOLS = Path(sys.executable).parent
# Qt's plural rule for Welsh has five forms (0, 1, 2–5, 6, other); CLDR's six fold into these.
WELSH_PLURAL_FORMS = 5

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
    """Prose to translate: letters, and not an example address (postgresql://server/crier) or URL."""
    return any(ch.isalpha() for ch in text) and "://" not in text


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
        receiver = (
            node.func.value if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) else None
        )
        if isinstance(receiver, ast.Name) and receiver.id in NOT_PEOPLE:
            continue
        if isinstance(node, ast.Call) and _sink_name(node) in TEXT_SINKS:
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                text = _bare_text(arg)
                if text is not None:
                    found.append((node.lineno, text))
    return found


def _table_name(node: ast.AST) -> str | None:
    """`HEADERS` for tr(HEADERS[i]), tr(self.HEADERS[i]) or tr(WORDS.get(k)): text looked up in a table."""
    if isinstance(node, ast.Subscript):
        node = node.value
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get":
        node = node.func.value
    else:
        return None
    return node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else None


def untranslatable_tables(
    source: str, lookups: tuple[str, ...] = ("tr", "translate")
) -> list[tuple[int, str]]:
    """Literal texts in a table that tr() (or another of ``lookups``) looks up at run time: lupdate can't see
    them unless each one is marked with QT_TRANSLATE_NOOP, so they would stay English."""
    tree = ast.parse(source)
    looked_up = {
        name
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _sink_name(node) in lookups
        for arg in node.args
        if (name := _table_name(arg)) is not None
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) in looked_up for t in node.targets):
            values = node.value.values if isinstance(node.value, ast.Dict) else [node.value]
            for value in values:
                for leaf in ast.walk(value):
                    text = _bare_text(leaf) if isinstance(leaf, ast.Constant) else None
                    if text is not None and not _inside_marker(value, leaf):
                        found.append((leaf.lineno, text))
    return found


def _inside_marker(root: ast.AST, leaf: ast.AST) -> bool:
    return any(
        isinstance(node, ast.Call) and _sink_name(node) in MARKERS and leaf in ast.walk(node)
        for node in ast.walk(root)
    )


def test_the_checker_catches_text_tables_tr_looks_up() -> None:
    found = untranslatable_tables(
        "WORDS = {'error': 'Must fix', 'info': QT_TRANSLATE_NOOP('C', 'Tip')}\n"
        "class M:\n"
        "    HEADERS = ('Network', 'Account')\n"
        "    KEYS = ('state', 'text')\n"
        "    def head(self, i): return self.tr(self.HEADERS[i]) + self.tr(WORDS[i]) + self.KEYS[i]\n"
    )
    assert found == [(1, "Must fix"), (3, "Network"), (3, "Account")]


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
    assert found == [
        (1, "Drafts"),
        (2, "f'Send {n} posts'"),
        (3, "Crier"),
        (3, "Could not save"),
        (4, "&Quit"),
    ]


def test_every_user_facing_string_in_the_ui_is_marked_for_translation() -> None:
    found = [
        f"{path.relative_to(REPO)}:{line}: {text!r}"
        for path in sorted(UI.glob("*.py"))
        for line, text in [
            *unmarked_strings(path.read_text(encoding="utf-8")),
            *untranslatable_tables(path.read_text(encoding="utf-8")),
        ]
    ]
    assert not found, "wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(found)


# -- text from desktop/core ----------------------------------------------------------------------------

CORE = REPO / "desktop" / "core"
#: Core's constructors of text people read, and which arguments (position, keyword) hold it.
CORE_SINKS = {
    "Finding": ((4, "message"),),  # the suggestion is words for the post itself, in the post's language
    "RuleInfo": ((1, "title"), (2, "description")),
    "SettingSpec": ((3, "label"), (4, "description")),
    "NetworkForm": ((1, "title"), (2, "intro")),
    "Field": ((1, "label"), (None, "help")),
}


def _core_sources() -> list[Path]:
    """The core modules lupdate reads: those that mark text (as TR_CORE in the Makefile finds them)."""
    return sorted(
        p for p in CORE.rglob("*.py") if "from desktop.core.translatable import" in p.read_text("utf-8")
    )


def _values_of(tree: ast.AST, name: str) -> list[ast.AST]:
    """What a name is set to anywhere in the module (``message = f"…"``, ``ADVICE = {…}``)."""
    found: list[ast.AST] = []
    for node in ast.walk(tree):
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, (ast.AugAssign, ast.AnnAssign))
            else []
        )
        if any(isinstance(t, ast.Name) and t.id == name for t in targets) and node.value is not None:
            value = node.value
            found.extend(value.values if isinstance(value, ast.Dict) else [value])
    return found


#: The errors and problems core reports in the modules that speak of settings, policy, the database, the
#: keyring and connecting (``ERROR_MODULES``): the window and the commands show each in the interface
#: language.
ERROR_SINKS = {
    "PolicyProblem": ((2, "message"),),
    "InvalidValue": ((0, None),),
    "Issue": ((1, "problem"), (2, "consequence")),
    **{name: ((0, "user_message"),) for name in ("DatabaseError", "DatabaseUrlError", "NewerDatabaseError",
       "StoreError", "SettingValueError", "SettingLocked", "SettingsSaveError", "UnknownSettingError",
       "CredentialsError", "PostTextError", "BilingualFormatError")},
    "Blocked": ((1, "message"),),
    "CredentialsUnavailable": ((1, "user_message"),),
    "KeyringStatus": ((2, "message"),),
    "unavailable": ((0, "because"), (1, "todo")),
    "_message": ((0, "because"), (1, "todo")),
    "report": ((1, "text"),),
    "NetProblem": ((1, "message"),),
    **{name: ((1, "user_message"),)
       for name in ("FacebookConnectError", "XAuthError", "MastodonSignInError")},
    "BlueskyAuthError": ((0, "user_message"),),
    "TeamError": ((0, "user_message"),),
    "Unreachable": ((0, "user_message"),),
    "PublishError": ((1, "message"),),
    "wait_until_error": ((0, "limit"),),
    "parent_unknown_error": ((None, "how"),),
}  # fmt: skip
ERROR_MODULES = ("policy.py", "setting_specs.py", "settings.py", "db.py", "credentials.py",
                 "credential_words.py", "connect.py", "accounts.py", "bilingual.py", "posting.py",
                 "outbox.py", "problems.py", "sign_in.py", "login.py", "tokens.py",
                 "client.py", "connection.py", "desk.py", "joining.py", "schema.py", "publishing.py",
                 "failures.py", "networks/x/publisher.py", "networks/x/answers.py",
                 "networks/facebook/api.py",
                 "networks/mastodon/publisher.py",
                 "networks/facebook/publisher.py",
                 "networks/bluesky/api.py",
                 "networks/bluesky/publisher.py", "networks/bluesky/images.py", "store.py",
                 "networks/x/api.py", "networks/mastodon/api.py", "team/publish.py")  # fmt: skip


def unmarked_core_strings(source: str, sinks: Mapping[str, Any] = CORE_SINKS) -> list[tuple[int, str]]:
    """Literal text core hands to a finding, rule, setting or sign-in form (or another of ``sinks``) without
    QT_TRANSLATE_NOOP: the window could only ever show it in English. Follows a name (or a table looked up
    by name) to its values."""
    tree = ast.parse(source)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _sink_name(node) in sinks):
            continue
        for position, keyword in sinks[_sink_name(node)]:
            args = [node.args[position]] if position is not None and position < len(node.args) else []
            args += [k.value for k in node.keywords if k.arg == keyword]
            for arg in args:
                base = arg.value if isinstance(arg, ast.Subscript) else arg
                values = _values_of(tree, base.id) if isinstance(base, ast.Name) else [arg]
                for value in values:
                    for branch in (value.body, value.orelse) if isinstance(value, ast.IfExp) else (value,):
                        text = _bare_text(branch)
                        if text is not None:
                            found.append((getattr(branch, "lineno", node.lineno), text))
    return found


def test_the_core_checker_catches_unmarked_text() -> None:
    found = unmarked_core_strings(
        "ADVICE = {'email': 'Take it out.', 'phone': QT_TRANSLATE_NOOP('c', 'Take it out too.')}\n"
        "def rule(doc):\n"
        "    message = f'Too long by {n}'\n"
        "    yield Finding('length', 0, 1, 'error', message, 'shorter words')\n"
        "    yield Finding('x', 0, 1, 'error', ADVICE[kind])\n"
        "    yield Finding('y', 0, 1, 'error', QT_TRANSLATE_NOOP('c', 'Fine {n}').format(n=1))\n"
        "RuleInfo('x', 'Title', QT_TRANSLATE_NOOP('c', 'Marked'), 'info')\n"
        "Field('handle', QT_TRANSLATE_NOOP('c', 'Handle'), help='e.g. you.bsky.social')\n"
    )
    assert sorted(found) == [
        (1, "Take it out."),
        (3, "f'Too long by {n}'"),
        (7, "Title"),
        (8, "e.g. you.bsky.social"),
    ]


def test_the_core_checker_catches_unmarked_errors() -> None:
    found = unmarked_core_strings(
        "raise DatabaseError(f'{name} is damaged')\n"
        "raise DatabaseError(QT_TRANSLATE_NOOP('core.db', '{name} is damaged').format(name=name))\n"
        "problem = f'item {n} must be text'\n"
        "issues.append(Issue((index,), problem, 'that entry is ignored'))\n"
        "result.problems.append(PolicyProblem(1, None, QT_TRANSLATE_NOOP('core.policy', 'Empty.')))\n",
        ERROR_SINKS,
    )
    assert sorted(found) == [
        (1, "f'{name} is damaged'"),
        (3, "f'item {n} must be text'"),
        (4, "that entry is ignored"),
    ]


def test_every_message_core_shows_people_is_marked_for_translation() -> None:
    found = [
        f"{path.relative_to(REPO)}:{line}: {text!r}"
        for path in sorted(CORE.rglob("*.py"))
        for line, text in unmarked_core_strings(
            path.read_text(encoding="utf-8"),
            {**CORE_SINKS, **ERROR_SINKS}
            if {path.name, path.relative_to(CORE).as_posix()} & set(ERROR_MODULES)
            else CORE_SINKS,
        )
    ]
    assert not found, "mark these with translatable.QT_TRANSLATE_NOOP:\n" + "\n".join(found)


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
        complete = len(forms) == (WELSH_PLURAL_FORMS if message.get("numerus") == "yes" else 1) and all(forms)
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
    sources = [
        str(p)
        for p in [
            *sorted(UI.glob("*.py")),
            REPO / "desktop" / "app.py",
            *sorted((REPO / "desktop").glob("cli*.py")),
            *_core_sources(),
        ]
    ]
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
    settings.save()
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
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:4] == ["&Ffeil", "&Golygu", "Go&lwg", "&Cymorth"]
    view = window.view_menu.actions()
    assert [a.text() for a in view][:2] == ["&Drafftiau", "&Sbwriel"]
    assert window.drafts.search.placeholderText() == "Chwilio drafftiau (Ctrl+F)"
    assert window.drafts.list.accessibleName() == "Drafftiau"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Ysgrifennu", "Rhagolwg"]
    assert window.statusBar().currentMessage() == "Wrthi'n agor eich drafftiau…"
    # a plural with its number, and a month name in Welsh
    assert window.tr("Moved %n draft(s) to the Trash. Ctrl+Z brings them back.", "", 1).startswith(
        "Symudwyd 1 drafft"
    )
    assert QLocale().toString(QDate(2026, 12, 6), "d MMMM") == "6 Rhagfyr"


def test_choosing_welsh_in_settings_is_what_the_next_start_uses(qtbot) -> None:  # noqa: ANN001
    from desktop.core.settings import Settings
    from desktop.ui.setting_fields import ChoiceField
    from desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings.load())
    qtbot.addWidget(dialog)
    field = dialog.fields["ui.language"]
    assert isinstance(field, ChoiceField)
    assert [field.combo.itemData(i) for i in range(field.combo.count())] == ["system", "cy", "en"]
    assert field.combo.itemText(1) == "Cymraeg" and "next time" in field.description_text()
    field.combo.setCurrentIndex(1)
    dialog.accept()
    assert dialog.changed_keys == ["ui.language"]
    assert i18n.language_setting() == "cy"


def test_it_can_lock_the_language_by_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core.settings import Settings

    settings = Settings.load()
    settings.set("ui.language", "en")
    settings.save()
    policy = tmp_path / "policy.json"
    policy.write_text('{"ui.language": "cy"}', encoding="utf-8")
    monkeypatch.setenv("CRIER_POLICY_FILE", str(policy))
    assert i18n.language_setting() == "cy"
    policy.write_text('{"ui.language": "klingon"}', encoding="utf-8")
    assert i18n.language_setting() == "en"  # a bad policy value is reported by the main load, not fatal


def test_the_welsh_window_shows_core_text_in_welsh(welsh: None, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    """A real finding, made by the tone checks on a worker thread, reads in Welsh in the Checks panel, its
    underline's tooltip and the settings; a date inside it is written in Welsh too."""
    from desktop.core.db import open_database
    from desktop.core.paths import app_paths
    from desktop.core.settings import Settings
    from desktop.core.store import DraftStore
    from desktop.ui.checks_view import FINDING_ROLE
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings_dialog import SettingsDialog

    settings = Settings.load()
    settings.set(
        "tone.pre_election_periods", [{"name": "Senedd", "start": "2026-01-01", "end": "2099-05-07"}]
    )
    settings.save()
    db = open_database(app_paths().ensure())
    store = DraftStore(db)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    draft = store.create(body="", networks=("x",))
    window.model.reload()
    qtbot.waitUntil(lambda: window.model.row_of(draft.id) >= 0)
    window.select_draft(draft.id)
    qtbot.waitUntil(lambda: window.editor.draft is not None and window.editor.draft.id == draft.id)
    qtbot.keyClicks(window.editor.body, "Details at http://example.gov.uk from Cllr Jane Jones")
    model = window.checks.model

    def shown() -> dict[str, str]:
        return {
            model.index(r).data(FINDING_ROLE).rule: model.index(r).data() for r in range(model.rowCount())
        }

    qtbot.waitUntil(lambda: {"link-insecure", "pre-election"} <= set(shown()), timeout=5000)
    link = shown()["link-insecure"]
    assert "Dydy'r ddolen hon ddim yn ddiogel (http://)" in link and "isn't secure" not in link
    assert "Mae'n gyfnod cyn etholiad Senedd (tan 7 Mai 2099)" in shown()["pre-election"]
    finding = next(model.index(r).data(FINDING_ROLE) for r in range(model.rowCount()))
    assert finding.message.startswith(("This link", "It's the"))  # core itself still speaks English
    tips = [fmt.toolTip() for _start, _end, fmt in window.editor.body.spell_highlighter.marks()]
    assert any(tip.startswith("Dydy'r ddolen") for tip in tips)
    window.close()
    db.close()

    dialog = SettingsDialog(Settings.load())
    qtbot.addWidget(dialog)
    assert dialog.fields["tone.reading_age_target"].title_text() == "Oed darllen targed"
    boxes = dialog.fields["tone.disabled_rules"].boxes.values()
    assert "Cymraeg Clir a Saesneg Clir" in [box.text() for box in boxes]


def test_crier_check_speaks_the_windows_language(tmp_path: Path) -> None:
    """The CLI reads the same compiled catalogue (a QTranslator, no QApplication) and follows the same
    choice: the user's setting, IT's policy over it, else the computer's language."""
    import os

    from desktop.core.settings import Settings

    _compiled()
    post = tmp_path / "post.txt"
    post.write_text("Details at http://example.gov.uk tonight.", encoding="utf-8")

    def check(setting: str, **env: str) -> str:
        settings = Settings.load()
        settings.set("ui.language", setting)
        settings.save()
        result = subprocess.run(
            [sys.executable, "-m", "desktop", "check", str(post)],
            cwd=REPO,
            env={**os.environ, "LC_ALL": "en_GB.UTF-8", "LANG": "en_GB.UTF-8", **env},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    welsh = check("cy")
    assert (
        "Dydy'r ddolen hon ddim yn ddiogel (http://)" in welsh and "Awgrym: https://example.gov.uk" in welsh
    )
    assert "isn't secure" not in welsh
    english = check("en")
    assert "This link isn't secure (http://)" in english and "Suggestion: https://" in english
    assert "Dydy'r ddolen" in check("system", LC_ALL="cy_GB.UTF-8", LANG="cy_GB.UTF-8")  # a Welsh computer
    policy = tmp_path / "policy.json"
    policy.write_text('{"ui.language": "cy"}', encoding="utf-8")
    assert "Dydy'r ddolen" in check("en", CRIER_POLICY_FILE=str(policy))  # IT's choice binds


def test_the_welsh_window_shows_core_errors_in_welsh(welsh: None, tmp_path: Path) -> None:
    """Errors core raises (the database, settings, policy) reach the window marked, and it shows them in
    Welsh: the ops failure path, a start-up notice, a setting refused; core itself still speaks English."""
    from desktop.core.db import DatabaseError, check_url
    from desktop.core.policy import load_policy
    from desktop.core.settings import Settings, SettingValueError
    from desktop.ui.ops import Failure

    with pytest.raises(DatabaseError) as refused:
        check_url("mysql://db.example.gov.uk/crier")
    assert refused.value.user_message.startswith("Crier can't use a 'mysql' database")
    assert Failure.of(refused.value).message.startswith(
        "All Crier ddim defnyddio cronfa ddata 'mysql'; rhowch"
    )

    policy = tmp_path / "policy.json"
    policy.write_text('{"tone.reading_age_target": 900, "ui.language": "cy",}', encoding="utf-8")
    [problem] = load_policy(policy).problems
    assert i18n.shown(problem.message).startswith(
        "policy.json llinell 1, colofn 54: dydy hyn ddim yn JSON dilys"
    )
    policy.write_text('{\n"tone.reading_age_target": 900\n}', encoding="utf-8")
    [problem] = load_policy(policy).problems
    assert i18n.shown(problem.message) == (
        'policy.json llinell 2: "tone.reading_age_target": rhaid iddo fod yn rhif cyfan o 5 i 18, nid 900'
        " — anwybyddwyd."
    )
    with pytest.raises(SettingValueError) as bad:
        Settings.load().set("tone.reading_age_target", 900)
    assert (
        i18n.shown(bad.value.args[0])
        == '"Oed darllen targed": rhaid iddo fod yn rhif cyfan o 5 i 18, nid 900.'
    )
