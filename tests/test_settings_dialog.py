"""The Settings dialog against a real settings file and a real policy file, driven as a user would."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QWidget,
)

from desktop.core import settings as core_settings
from desktop.core.paths import app_paths
from desktop.core.policy import Policy
from desktop.core.setting_specs import Choice
from desktop.core.settings import (
    SETTINGS,
    Flag,
    Merge,
    PeriodList,
    Settings,
    SettingSpec,
    TermMap,
    Text,
    TextList,
    ValueType,
    WholeNumber,
)
from desktop.core.tone import RULES
from desktop.ui.setting_fields import (
    ChoiceField,
    ChoicesField,
    FlagField,
    JsonField,
    LinesField,
    NumberField,
    PeriodsField,
    RulesField,
    TermsField,
    TextField,
)
from desktop.ui.settings_dialog import SettingsDialog

LOCK_TEXT = "Set by your organisation"
TAB_OF_PREFIX = {
    "tone": "Checks",
    "posting": "Posting",
    "drafts": "Posting",
    "networks": "Posting",
    "x": "Accounts & apps",
    "facebook": "Accounts & apps",
    "network": "Network",
    "credentials": "Accounts & apps",
    "team": "Network",
    "backups": "Backups",
    "ui": "Other",
}
#: Settings placed where a person looks for them rather than by their key's prefix.
TAB_OF_KEY = {"networks.allowed": "Accounts & apps", "x.api_base": "Network"}

OpenDialog = Callable[..., SettingsDialog]


@pytest.fixture
def policy_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[dict[str, Any]], Path]:
    """Write a machine policy and point CRIER_POLICY_FILE at it, as IT would deploy one."""

    def write(values: dict[str, Any]) -> Path:
        path = tmp_path / "policy.json"
        path.write_text(json.dumps(values), encoding="utf-8")
        monkeypatch.setenv("CRIER_POLICY_FILE", str(path))
        return path

    return write


@pytest.fixture
def open_dialog(qtbot) -> OpenDialog:  # noqa: ANN001
    """Load the settings as the app does (user file plus machine policy) and show the dialog."""

    def make(settings: Settings | None = None) -> SettingsDialog:
        dialog = SettingsDialog(settings if settings is not None else Settings.load())
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def saved_file() -> dict[str, Any]:
    return json.loads(app_paths().settings_file.read_text(encoding="utf-8"))


def press_ok(qtbot, dialog: SettingsDialog) -> None:  # noqa: ANN001
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def tab_title(dialog: SettingsDialog, key: str) -> str:
    """The tab's text as the user reads it: mnemonic markers removed, "&&" shown as "&"."""
    return dialog.tabs.tabText(dialog.tab_index(key)).replace("&&", "\0").replace("&", "").replace("\0", "&")


def focus_and_activate(qtbot, dialog: SettingsDialog) -> None:  # noqa: ANN001
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


# --- built from the registry ---------------------------------------------------------------------------


def test_every_setting_has_an_editor_of_its_type_on_its_tab(open_dialog: OpenDialog) -> None:
    dialog = open_dialog()
    assert set(dialog.fields) == set(SETTINGS)
    for key, spec in SETTINGS.items():
        field = dialog.fields[key]
        assert tab_title(dialog, key) == TAB_OF_KEY.get(key, TAB_OF_PREFIX[key.split(".")[0]]), key
        assert field.editor.accessibleName(), key
        assert spec.description in field.editor.accessibleDescription() or isinstance(field, RulesField)
        kind = spec.type
        if key == "tone.disabled_rules":
            assert isinstance(field, RulesField)
        elif isinstance(kind, Flag):
            assert isinstance(field, FlagField) and isinstance(field.editor, QCheckBox)
        elif isinstance(kind, WholeNumber):
            assert isinstance(field, NumberField) and isinstance(field.editor, QSpinBox)
            assert (field.editor.minimum(), field.editor.maximum()) == (kind.minimum, kind.maximum)
        elif isinstance(kind, Choice):
            assert isinstance(field, ChoiceField) and field.editor.count() == len(kind.choices)
        elif isinstance(kind, Text):
            assert isinstance(field, TextField) and isinstance(field.editor, QLineEdit)
        elif isinstance(kind, TextList) and kind.choices:
            assert isinstance(field, ChoicesField) and isinstance(field.editor, QListWidget)
            assert field.editor.count() == len(kind.choices)
        elif isinstance(kind, TextList):
            assert isinstance(field, LinesField) and isinstance(field.editor, QPlainTextEdit)
        elif isinstance(kind, TermMap):
            assert isinstance(field, TermsField) and isinstance(field.editor, QPlainTextEdit)
        else:
            assert isinstance(kind, PeriodList) and isinstance(field, PeriodsField)
            assert isinstance(field.editor, QTableView)
    assert dialog.fields["tone.reading_age_target"].editor.value() == 9
    assert dialog.fields["x.api_base"].editor.text() == "https://api.x.com"
    assert [t.replace("&&", "&").replace("&", "") for t in map(dialog.tabs.tabText, range(5))] == [
        "Checks",
        "Posting",
        "Accounts  apps",
        "Network",
        "Backups",
    ]


class _Colour(ValueType):
    """A value type the dialog has never heard of, to show it still gets an editor."""

    expected = 'an object like {"r": 0, "g": 0, "b": 0}'

    def check(self, value: Any) -> tuple[Any, list]:
        if not isinstance(value, dict) or set(value) != {"r", "g", "b"}:
            raise self.fail(value)
        return value, []


def test_a_new_setting_shows_up_without_dialog_changes(
    qtbot, open_dialog: OpenDialog, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    extra = (
        SettingSpec("backups.folder", Text(), "", "Backup folder", "Where backups go."),
        SettingSpec("bluesky.service", Text(), "", "Bluesky service", "Your Bluesky host."),
        SettingSpec("theme.accent", _Colour(), {"r": 0, "g": 0, "b": 0}, "Accent", "The highlight colour."),
    )
    monkeypatch.setattr(
        core_settings, "SETTINGS", MappingProxyType({**SETTINGS, **{s.key: s for s in extra}})
    )
    dialog = open_dialog()
    assert tab_title(dialog, "backups.folder") == "Backups"
    assert tab_title(dialog, "bluesky.service") == "Accounts & apps"
    assert tab_title(dialog, "theme.accent") == "Other"
    accent = dialog.fields["theme.accent"]
    assert isinstance(accent, JsonField)

    dialog.fields["backups.folder"].editor.setText("D:\\Backups")
    accent.editor.setPlainText('{"r": 1, "g": 2}')
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "an object like" in accent.error.text()

    accent.editor.setPlainText('{"r": 1, "g": 2, "b": 3}')
    with qtbot.waitSignal(dialog.changed) as changed:
        press_ok(qtbot, dialog)
    assert set(changed.args[0]) == {"backups.folder", "theme.accent"}
    reloaded = Settings.load()
    assert reloaded.get("backups.folder") == "D:\\Backups"
    assert reloaded.get("theme.accent") == {"r": 1, "g": 2, "b": 3}


# --- saving --------------------------------------------------------------------------------------------


def test_changes_are_saved_to_the_settings_file(qtbot, open_dialog: OpenDialog) -> None:  # noqa: ANN001
    dialog = open_dialog()
    fields = dialog.fields
    fields["tone.reading_age_target"].editor.setValue(11)
    fields["posting.require_alt_text"].editor.setChecked(False)
    fields["network.proxy"].editor.setText("http://proxy.example.gov.uk:8080")
    fields["tone.banned_terms"].editor.setPlainText("utilise = use\n\nsynergy\n")
    fields["tone.preferred_terms"].editor.setPlainText("e-mail = email")
    fields["tone.council_domains"].editor.setPlainText("example.gov.uk\n  libraries.example.gov.uk  ")
    allowed = fields["networks.allowed"].editor
    allowed.item(3).setCheckState(Qt.CheckState.Unchecked)  # Facebook
    periods = fields["tone.pre_election_periods"]
    periods.add_button.click()
    periods.model.item(0, 0).setText("May elections")
    periods.model.item(0, 1).setText("2026-03-23")
    periods.model.item(0, 2).setText("2026-05-07")

    with qtbot.waitSignal(dialog.changed) as changed:
        press_ok(qtbot, dialog)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    expected = {
        "tone.reading_age_target": 11,
        "posting.require_alt_text": False,
        "network.proxy": "http://proxy.example.gov.uk:8080",
        "tone.banned_terms": {"utilise": "use", "synergy": None},
        "tone.preferred_terms": {"e-mail": "email"},
        "tone.council_domains": ["example.gov.uk", "libraries.example.gov.uk"],
        "networks.allowed": ["x", "bluesky", "mastodon"],
        "tone.pre_election_periods": [{"name": "May elections", "start": "2026-03-23", "end": "2026-05-07"}],
    }
    assert set(changed.args[0]) == set(expected) == set(dialog.changed_keys)
    assert saved_file() == expected  # untouched settings aren't pinned to today's defaults
    reloaded = Settings.load()
    for key, value in expected.items():
        assert reloaded.get(key) == value


def test_ok_without_changes_writes_nothing(qtbot, open_dialog: OpenDialog) -> None:  # noqa: ANN001
    dialog = open_dialog()
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changed_keys == []
    assert not app_paths().settings_file.exists()


def test_reopening_shows_saved_values(open_dialog: OpenDialog) -> None:
    path = app_paths().settings_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(
            {
                "tone.banned_terms": {"utilise": "use", "synergy": None},
                "drafts.default_networks": ["bluesky", "x"],
                "backups.keep": 30,
                "tone.pre_election_periods": [
                    {"name": "By-election", "start": "2026-01-05", "end": "2026-02-05"}
                ],
            }
        ),
        encoding="utf-8",
    )
    dialog = open_dialog()
    assert dialog.fields["tone.banned_terms"].editor.toPlainText() == "utilise = use\nsynergy"
    networks = dialog.fields["drafts.default_networks"].editor
    items = [networks.item(r) for r in range(networks.count())]
    checked = [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]
    assert checked == ["X", "Bluesky"]
    assert dialog.fields["backups.keep"].editor.value() == 30
    periods = dialog.fields["tone.pre_election_periods"].model
    assert [periods.item(0, c).text() for c in range(3)] == ["By-election", "2026-01-05", "2026-02-05"]


def test_a_bad_value_is_explained_under_its_field_and_the_dialog_stays_open(
    qtbot, open_dialog: OpenDialog
) -> None:  # noqa: ANN001
    dialog = open_dialog()
    focus_and_activate(qtbot, dialog)
    dialog.fields["tone.reading_age_target"].editor.setValue(12)
    api = dialog.fields["x.api_base"]
    api.editor.setText("api.x.com without a scheme")
    terms = dialog.fields["tone.preferred_terms"]
    terms.editor.setPlainText("e-mail = email\nwebsite")

    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert not api.error.isHidden()
    assert api.error.text() == (
        '"X API address" must be a web address starting with https://, not "api.x.com without a scheme".'
    )
    assert api.error.text() in api.editor.accessibleDescription()
    assert terms.error.text() == 'Line 2 needs a suggestion after "=", like "website = better word".'
    assert dialog.problem.text() == (
        "Please check: House style spellings, X API address. Nothing has been saved yet."
    )
    # The first problem in tab order is brought into view and focused.
    assert dialog.tabs.currentIndex() == dialog.tab_index("tone.preferred_terms")
    assert terms.error.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is terms.editor)
    assert not app_paths().settings_file.exists()  # nothing half-saved
    assert dialog.settings.get("tone.reading_age_target") == 9

    api.editor.setText("https://gateway.example.gov.uk/x")
    terms.editor.setPlainText("e-mail = email\nwebsite = web page")
    with qtbot.waitSignal(dialog.changed):
        press_ok(qtbot, dialog)
    assert not api.error.isVisible()
    assert saved_file() == {
        "x.api_base": "https://gateway.example.gov.uk/x",
        "tone.reading_age_target": 12,
        "tone.preferred_terms": {"e-mail": "email", "website": "web page"},
    }


def test_a_period_ending_before_it_starts_is_refused(qtbot, open_dialog: OpenDialog) -> None:  # noqa: ANN001
    dialog = open_dialog()
    periods = dialog.fields["tone.pre_election_periods"]
    periods.add_button.click()
    press_ok(qtbot, dialog)
    assert periods.error.text() == "Period 1 needs a name."
    periods.model.item(0, 0).setText("May elections")
    periods.model.item(0, 1).setText("2026-05-07")
    periods.model.item(0, 2).setText("2026-03-23")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "ends (2026-03-23) before it starts (2026-05-07)" in periods.error.text()
    periods.remove_button.click()
    assert periods.model.rowCount() == 0
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_period_dates_are_picked_with_a_date_editor(qtbot, open_dialog: OpenDialog) -> None:  # noqa: ANN001
    dialog = open_dialog()
    focus_and_activate(qtbot, dialog)
    periods = dialog.fields["tone.pre_election_periods"]
    periods.add_button.click()  # opens the name cell for typing
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.keyClicks(QApplication.focusWidget(), "County elections")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: periods.model.item(0, 0).text() == "County elections")
    assert dialog.isVisible()  # Enter finished the cell, it didn't press OK

    start = periods.model.index(0, 1)
    periods.table.setCurrentIndex(start)
    periods.table.edit(start)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QDateEdit))
    date_edit = QApplication.focusWidget()
    assert date_edit.accessibleName() == "First day"
    date_edit.setDate(date_edit.date().fromString("2027-04-01", "yyyy-MM-dd"))
    periods.table.commitData(date_edit)
    periods.table.closeEditor(date_edit, QAbstractItemDelegate.EndEditHint.NoHint)
    periods.model.item(0, 2).setText("2027-05-06")
    assert periods.value() == [{"name": "County elections", "start": "2027-04-01", "end": "2027-05-06"}]


def test_a_failed_save_is_reported_and_nothing_is_lost(
    qtbot, open_dialog: OpenDialog, tmp_path: Path
) -> None:  # noqa: ANN001
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the settings folder should be", encoding="utf-8")
    settings = Settings.load(blocker / "settings.json")
    dialog = open_dialog(settings)
    dialog.fields["backups.keep"].editor.setValue(20)
    dialog.fields["tone.political_names"].editor.setPlainText("Cllr Jones")

    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.problem.isVisible() and "couldn't save your settings" in dialog.problem.text()
    assert dialog.fields["backups.keep"].editor.value() == 20  # the edits are still there
    assert settings.get("backups.keep") == 7  # and memory still matches the (unchanged) file
    assert settings.get("tone.political_names") == []

    settings.path = tmp_path / "writable" / "settings.json"  # the user frees the folder and tries again
    with qtbot.waitSignal(dialog.changed):
        press_ok(qtbot, dialog)
    saved = json.loads(settings.path.read_text(encoding="utf-8"))
    assert saved == {"backups.keep": 20, "tone.political_names": ["Cllr Jones"]}


# --- tone rules -----------------------------------------------------------------------------------------


def test_every_tone_rule_is_a_checkbox_and_unticking_turns_it_off(qtbot, open_dialog: OpenDialog) -> None:  # noqa: ANN001
    dialog = open_dialog()
    rules = dialog.fields["tone.disabled_rules"]
    assert isinstance(rules, RulesField)
    assert tab_title(dialog, "tone.disabled_rules") == "Checks"
    assert list(rules.boxes) == list(RULES)
    for rule_id, box in rules.boxes.items():
        assert box.text() == RULES[rule_id].title
        assert box.toolTip() == RULES[rule_id].description
        assert RULES[rule_id].description in box.accessibleDescription()
        assert box.isChecked()

    rules.boxes["shouting"].setFocus()
    qtbot.keyClick(rules.boxes["shouting"], Qt.Key.Key_Space)
    assert not rules.boxes["shouting"].isChecked()
    rules.boxes["reading-age"].click()
    with qtbot.waitSignal(dialog.changed) as changed:
        press_ok(qtbot, dialog)
    assert changed.args[0] == ["tone.disabled_rules"]
    assert Settings.load().get("tone.disabled_rules") == ["shouting", "reading-age"]

    again = open_dialog()
    boxes = again.fields["tone.disabled_rules"].boxes
    assert [rule for rule, box in boxes.items() if not box.isChecked()] == ["shouting", "reading-age"]


def test_rule_ids_from_a_newer_crier_are_kept(qtbot, open_dialog: OpenDialog) -> None:  # noqa: ANN001
    path = app_paths().settings_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"tone.disabled_rules": ["emoji-count", "shouting"]}), encoding="utf-8")
    dialog = open_dialog()
    rules = dialog.fields["tone.disabled_rules"]
    rules.boxes["shouting"].setChecked(True)
    with qtbot.waitSignal(dialog.changed):
        press_ok(qtbot, dialog)
    assert Settings.load().get("tone.disabled_rules") == ["emoji-count"]


# --- machine policy -------------------------------------------------------------------------------------


def test_a_policy_setting_is_greyed_out_and_says_who_set_it(
    qtbot, open_dialog: OpenDialog, policy_file: Callable[[dict[str, Any]], Path]
) -> None:  # noqa: ANN001
    policy_file({"tone.reading_age_target": 12, "network.proxy": "direct", "networks.allowed": ["x"]})
    dialog = open_dialog()
    for key in ("tone.reading_age_target", "network.proxy", "networks.allowed"):
        field = dialog.fields[key]
        assert field.locked
        assert not field.editor.isEnabled(), key
        assert not field.lock_note.isHidden() and field.lock_note.text() == LOCK_TEXT
        assert field.editor.accessibleDescription().startswith(LOCK_TEXT)
    assert dialog.fields["tone.reading_age_target"].editor.value() == 12  # what actually applies
    assert dialog.fields["network.proxy"].editor.text() == "direct"
    free = dialog.fields["backups.keep"]
    assert free.editor.isEnabled() and free.lock_note.isHidden()
    assert LOCK_TEXT not in free.editor.accessibleDescription()

    free.editor.setValue(3)
    with qtbot.waitSignal(dialog.changed) as changed:
        press_ok(qtbot, dialog)
    assert changed.args[0] == ["backups.keep"]
    assert saved_file() == {"backups.keep": 3}  # locked values are never copied into the user's file


def test_organisation_terms_are_shown_read_only_and_the_users_own_stay_editable(
    qtbot, open_dialog: OpenDialog, policy_file: Callable[[dict[str, Any]], Path]
) -> None:  # noqa: ANN001
    policy_file(
        {
            "tone.banned_terms": {"utilise": "use", "going forward": None},
            "tone.allowed_personal_data": ["0300 123 4567"],
        }
    )
    path = app_paths().settings_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"tone.banned_terms": {"leverage": "use"}}), encoding="utf-8")

    dialog = open_dialog()
    banned = dialog.fields["tone.banned_terms"]
    assert not banned.locked and banned.editor.isEnabled() and not banned.editor.isReadOnly()
    assert banned.entries.isVisible() and banned.entries.isReadOnly()
    assert banned.entries.toPlainText() == "utilise = use\ngoing forward"
    assert "from your organisation" in banned.entries.accessibleName()
    assert banned.entries.focusPolicy() & Qt.FocusPolicy.TabFocus  # screen reader users can read it
    assert banned.editor.toPlainText() == "leverage = use"  # only the user's own, to edit freely
    contacts = dialog.fields["tone.allowed_personal_data"]
    assert contacts.entries.toPlainText() == "0300 123 4567" and contacts.editor.toPlainText() == ""
    assert not dialog.fields["tone.preferred_terms"].entries.isVisible()  # IT set nothing there

    banned.editor.setPlainText("leverage = use\nutilise = employ\nsynergy")
    contacts.editor.setPlainText("press@example.gov.uk")
    with qtbot.waitSignal(dialog.changed):
        press_ok(qtbot, dialog)
    assert saved_file() == {  # IT's entries can't be overridden or copied into the user's file
        "tone.banned_terms": {"leverage": "use", "synergy": None},
        "tone.allowed_personal_data": ["press@example.gov.uk"],
    }
    reloaded = Settings.load()
    assert reloaded.get("tone.banned_terms") == {
        "leverage": "use",
        "synergy": None,
        "utilise": "use",
        "going forward": None,
    }
    assert reloaded.get("tone.allowed_personal_data") == ["0300 123 4567", "press@example.gov.uk"]


def test_organisation_networks_are_ticked_and_fixed_in_a_merged_choice_list(
    open_dialog: OpenDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No shipped choice list merges yet; this one does, to show the dialog copes when one is added.
    spec = dataclasses.replace(SETTINGS["drafts.default_networks"], policy=True, merge=Merge.EXTEND)
    monkeypatch.setattr(core_settings, "SETTINGS", MappingProxyType({**SETTINGS, spec.key: spec}))
    settings = Settings.load(policy=Policy(values=MappingProxyType({spec.key: ["mastodon"]}), source="test"))
    dialog = open_dialog(settings)
    field = dialog.fields[spec.key]
    items = {field.editor.item(r).data(Qt.ItemDataRole.UserRole): field.editor.item(r) for r in range(4)}
    assert items["mastodon"].checkState() == Qt.CheckState.Checked
    assert not items["mastodon"].flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert items["mastodon"].text() == "Mastodon (from your organisation)"
    assert items["x"].flags() & Qt.ItemFlag.ItemIsUserCheckable
    items["bluesky"].setCheckState(Qt.CheckState.Checked)
    assert field.value() == ["x", "bluesky", "mastodon"]


# --- keyboard -------------------------------------------------------------------------------------------


def _tab_through(qtbot, dialog: SettingsDialog, limit: int = 80) -> list[QWidget]:  # noqa: ANN001
    """Press Tab from the tab bar until focus comes back round, recording every stop."""
    dialog.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.tabs.tabBar())
    stops: list[QWidget] = []
    for _ in range(limit):
        before = QApplication.focusWidget()
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda b=before: QApplication.focusWidget() is not b)
        focus = QApplication.focusWidget()
        if focus is dialog.tabs.tabBar():
            return stops
        stops.append(focus)
    raise AssertionError(f"Tab never came back to the tab bar; stopped at {stops[-5:]}")


def test_tab_reaches_every_editor_on_every_tab(qtbot, open_dialog: OpenDialog) -> None:  # noqa: ANN001
    dialog = open_dialog()
    focus_and_activate(qtbot, dialog)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        stops = _tab_through(qtbot, dialog)
        on_tab = [f for key, f in dialog.fields.items() if dialog.tab_index(key) == index]
        assert on_tab
        usable = [w for f in on_tab for w in f.inputs() if w.isEnabled()]  # e.g. Remove needs a row
        assert usable
        for widget in usable:
            assert widget in stops, widget.accessibleName() or widget.text()
        assert [w for w in stops if w in usable] == usable  # top to bottom, as shown
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok) in stops
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel) in stops


def test_choices_are_ticked_with_the_space_bar(qtbot, open_dialog: OpenDialog) -> None:  # noqa: ANN001
    dialog = open_dialog()
    focus_and_activate(qtbot, dialog)
    dialog.tabs.setCurrentIndex(dialog.tab_index("drafts.default_networks"))
    networks = dialog.fields["drafts.default_networks"].editor
    networks.setFocus()
    qtbot.waitUntil(networks.hasFocus)
    qtbot.keyClick(networks, Qt.Key.Key_Down)  # from X to Bluesky
    qtbot.keyClick(networks, Qt.Key.Key_Space)
    assert dialog.fields["drafts.default_networks"].value() == ["x", "bluesky"]
    with qtbot.waitSignal(dialog.changed):
        press_ok(qtbot, dialog)
    assert saved_file() == {"drafts.default_networks": ["x", "bluesky"]}


def test_plain_text_editors_let_tab_move_on(qtbot, open_dialog: OpenDialog) -> None:  # noqa: ANN001
    dialog = open_dialog()
    focus_and_activate(qtbot, dialog)
    names = dialog.fields["tone.political_names"].editor
    names.setFocus()
    qtbot.waitUntil(names.hasFocus)
    qtbot.keyClick(names, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not names.hasFocus())
    assert names.toPlainText() == ""


def test_escape_cancels_and_discards(qtbot, open_dialog: OpenDialog) -> None:  # noqa: ANN001
    dialog = open_dialog()
    focus_and_activate(qtbot, dialog)
    spin = dialog.fields["backups.keep"].editor
    dialog.tabs.setCurrentIndex(dialog.tab_index("backups.keep"))
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    spin.selectAll()
    qtbot.keyClicks(spin, "70")
    assert spin.value() == 70
    qtbot.keyClick(spin, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.settings.get("backups.keep") == 7
    assert not app_paths().settings_file.exists()


def test_enter_in_a_field_saves(qtbot, open_dialog: OpenDialog) -> None:  # noqa: ANN001
    dialog = open_dialog()
    focus_and_activate(qtbot, dialog)
    dialog.tabs.setCurrentIndex(dialog.tab_index("facebook.app_id"))
    app_id = dialog.fields["facebook.app_id"].editor
    app_id.setFocus()
    qtbot.waitUntil(app_id.hasFocus)
    qtbot.keyClicks(app_id, "123456789")
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(app_id, Qt.Key.Key_Return)
    assert saved_file() == {"facebook.app_id": "123456789"}


def test_alt_letters_switch_tabs(qtbot, open_dialog: OpenDialog) -> None:  # noqa: ANN001
    dialog = open_dialog()
    focus_and_activate(qtbot, dialog)
    for letter, key in ((Qt.Key.Key_N, "network.proxy"), (Qt.Key.Key_B, "backups.keep"),
                        (Qt.Key.Key_A, "x.client_id"), (Qt.Key.Key_P, "posting.require_alt_text"),
                        (Qt.Key.Key_H, "tone.reading_age_target")):  # fmt: skip
        qtbot.keyClick(QApplication.focusWidget() or dialog, letter, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda k=key: dialog.tabs.currentIndex() == dialog.tab_index(k))
