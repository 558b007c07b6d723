"""Settings: every entry of the settings registry on tabs, with IT's locks and entries shown as such.

The dialog is built from ``settings.SETTINGS`` (read when it opens), so a new ``SettingSpec`` gets an
editor, picked by its value type, without touching this file. Nothing reaches ``Settings`` until OK: the
values are first tried on a scratch ``Settings`` so the registry's own checks and messages decide what is
valid, and a failed save is rolled back so the window's settings never differ from the file.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.setting_specs import (
    NETWORKS,
    Choice,
    Flag,
    PeriodList,
    SettingSpec,
    TermMap,
    Text,
    TextList,
    WholeNumber,
)
from desktop.core.settings import SettingsError
from desktop.ui.contrast import error_style
from desktop.ui.i18n import shown
from desktop.ui.setting_fields import (
    RULES_KEY,
    ChoiceField,
    ChoicesField,
    FieldError,
    FlagField,
    JsonField,
    LinesField,
    NumberField,
    PeriodsField,
    RulesField,
    SettingField,
    TermsField,
    TextField,
)

if TYPE_CHECKING:
    from desktop.core.settings import Settings

Index = QModelIndex | QPersistentModelIndex


# Tabs by the first part of the key; a key nobody has placed yet goes on "Other" rather than vanishing.
CHECKS, POSTING, ACCOUNTS, NETWORK, BACKUPS, OTHER = range(6)
_TAB_OF_PREFIX = {
    "tone": CHECKS,
    "posting": POSTING,
    "drafts": POSTING,
    "networks": POSTING,
    "x": ACCOUNTS,
    "facebook": ACCOUNTS,
    "network": NETWORK,
    "credentials": ACCOUNTS,  # where sign-ins are kept: beside the accounts, not under the proxy
    "team": NETWORK,
    "backups": BACKUPS,
}
#: Settings whose prefix would put them where nobody looks for them.
_TAB_OF_KEY = {
    "networks.allowed": ACCOUNTS,  # which networks may be used: with the accounts and apps
    "x.api_base": NETWORK,  # a gateway address: with the proxy
}


def tab_for_key(key: str) -> int:
    """Which tab a setting belongs on; a network's own app settings (``bluesky.*``) join Accounts & apps."""
    if key in _TAB_OF_KEY:
        return _TAB_OF_KEY[key]
    prefix = key.split(".", 1)[0]
    if prefix in _TAB_OF_PREFIX:
        return _TAB_OF_PREFIX[prefix]
    return ACCOUNTS if prefix in NETWORKS else OTHER


def field_for(spec: SettingSpec, parent: QWidget | None = None) -> SettingField:
    """The editor for one setting, chosen by its value type (the tone rule list is the one special key)."""
    kind = spec.type
    if spec.key == RULES_KEY:
        return RulesField(spec, parent)
    if isinstance(kind, Flag):
        return FlagField(spec, parent)
    if isinstance(kind, WholeNumber):
        return NumberField(spec, parent)
    if isinstance(kind, Choice):
        return ChoiceField(spec, parent)
    if isinstance(kind, Text):
        return TextField(spec, parent)
    if isinstance(kind, TextList):
        return ChoicesField(spec, parent) if kind.choices is not None else LinesField(spec, parent)
    if isinstance(kind, TermMap):
        return TermsField(spec, parent)
    if isinstance(kind, PeriodList):
        return PeriodsField(spec, parent)
    return JsonField(spec, parent)


_UNREADABLE = object()  # a baseline that no editor value equals


class SettingsDialog(QDialog):
    """Settings on tabs. OK checks and saves every change, Cancel (Esc) discards them.

    ``changed`` carries the keys that were saved, so the window can re-read ``settings`` and re-run
    the checks; ``changed_keys`` holds the same list after the dialog closes.
    """

    changed = Signal(list)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.changed_keys: list[str] = []
        self.setWindowTitle(self.tr("Settings"))
        self.resize(660, 600)
        self.fields: dict[str, SettingField] = {}
        self.tab_of: dict[str, int] = {}
        self._baseline: dict[str, Any] = {}
        self._scrolls: dict[int, QScrollArea] = {}

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        titles = {
            CHECKS: self.tr("C&hecks"),
            POSTING: self.tr("&Posting"),
            ACCOUNTS: self.tr("&Accounts && apps"),
            NETWORK: self.tr("&Network"),
            BACKUPS: self.tr("&Backups"),
            OTHER: self.tr("O&ther"),
        }
        grouped: dict[int, list[SettingSpec]] = {}
        for spec in self.settings.specs().values():  # read now, so a spec added at run time shows too
            grouped.setdefault(tab_for_key(spec.key), []).append(spec)
        for tab in sorted(grouped):
            self._add_tab(tab, titles[tab], grouped[tab])

        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(error_style(self))
        self.problem.setAccessibleName(self.tr("Problem saving settings"))
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _add_tab(self, tab: int, title: str, specs: list[SettingSpec]) -> None:
        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own: it follows the focus
        page = QWidget(scroll)
        page_layout = QVBoxLayout(page)
        for spec in specs:
            field = field_for(spec, page)
            self._fill(field)
            page_layout.addWidget(field)
            self.fields[spec.key] = field
            self.tab_of[spec.key] = tab
        page_layout.addStretch(1)
        scroll.setWidget(page)
        self._scrolls[tab] = scroll
        index = self.tabs.addTab(scroll, title)
        self.tabs.setTabToolTip(index, ", ".join(field.title_text() for field in self._fields_on(tab)))

    def _fields_on(self, tab: int) -> list[SettingField]:
        return [field for key, field in self.fields.items() if self.tab_of[key] == tab]

    def _fill(self, field: SettingField) -> None:
        """Show what the user can change: the enforced value if locked, else their own part of the value."""
        key = field.spec.key
        entries = self.settings.policy_entries(key)
        if self.settings.is_locked(key):
            field.load(self.settings.get(key))
            field.set_locked(True)
            return
        own = self.settings.user_value(key)
        if entries is not None:
            own = field.spec.type.without(own, entries)
            field.load(own)
            field.show_entries(entries)
        else:
            field.load(own)
        try:
            self._baseline[key] = field.value()
        except FieldError:
            self._baseline[key] = _UNREADABLE

    def tab_index(self, key: str) -> int:
        """The position in ``tabs`` of the tab showing ``key`` (tabs without settings aren't added)."""
        return self.tabs.indexOf(self._scrolls[self.tab_of[key]])

    # -- OK ------------------------------------------------------------------------------------------

    def accept(self) -> None:
        """Check every change, save them together, and close only if all of it worked."""
        self.problem.hide()
        changes, errors = self._collect()
        if errors:
            self._show_errors(errors)
            return
        if changes:
            try:
                self._apply(changes)
            except SettingsError as exc:
                self.problem.setText(_said(exc))
                self.problem.show()
                return
        self.changed_keys = list(changes)
        if changes:
            self.changed.emit(self.changed_keys)
        super().accept()

    def _collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        """Changed values, tried on a scratch copy so the registry's own checks and messages apply."""
        trial = self.settings.scratch()
        changes: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for key, field in self.fields.items():
            field.show_error(None)
            if field.locked:
                continue
            try:
                value = field.value()
                if value == self._baseline[key]:
                    continue
                trial.set(key, value)
            except (FieldError, SettingsError) as exc:
                errors[key] = _said(exc)
                continue
            changes[key] = value
        return changes, errors

    def _apply(self, changes: dict[str, Any]) -> None:
        """Set and save; if anything fails, put the old values back so memory still matches the file."""
        before = {key: self.settings.user_value(key) for key in changes}
        try:
            for key, value in changes.items():
                self.settings.set(key, value)
            self.settings.save()
        except SettingsError:
            for key, value in before.items():
                with contextlib.suppress(SettingsError):
                    if value == self.settings.specs()[key].default:
                        self.settings.reset(key)
                    else:
                        self.settings.set(key, value)
            raise

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key, message in errors.items():
            self.fields[key].show_error(message)
        first = next(iter(errors))
        labels = ", ".join(self.fields[key].title_text() for key in errors)
        self.problem.setText(
            self.tr("Please check: {settings}. Nothing has been saved yet.").format(settings=labels)
        )
        self.problem.show()
        self.tabs.setCurrentIndex(self.tab_index(first))
        field = self.fields[first]
        self._scrolls[self.tab_of[first]].ensureWidgetVisible(field)
        field.focus()


def _said(error: Exception) -> str:
    """A setting's problem in the interface language (core marks its message, the error's first argument)."""
    return shown(error.args[0]) if error.args and isinstance(error.args[0], str) else str(error)
