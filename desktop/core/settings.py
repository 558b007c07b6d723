"""User settings: the user's values stored as JSON, overridden by machine policy.

What each setting is (type, default, label, whether policy may set it) is the registry in
``setting_specs.py``, re-exported here; this module stores the user's values and applies the policy.

Effective value, highest first: machine policy, the user's saved value, the default. Keys marked
``Merge.EXTEND`` (the tone word lists and pre-election periods) combine instead: IT's entries are added to
the user's and win on conflicts, and the user can add to them but not remove them. Every other key that
policy sets is locked: ``set()`` refuses it and the UI shows "Set by your organisation".
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.networks import NETWORK_NAMES
from desktop.core.paths import app_paths
from desktop.core.policy import Policy, load_policy
from desktop.core.setting_specs import (  # noqa: F401 - re-exported: the schema's names as before
    FLAG,
    HTTP_URL,
    NETWORKS,
    PROXY,
    SETTINGS,
    TEXT,
    TEXT_LIST,
    Flag,
    InvalidValue,
    Issue,
    Merge,
    Pattern,
    PeriodList,
    SettingSpec,
    TermMap,
    Text,
    TextList,
    ValuePath,
    ValueType,
    WholeNumber,
    show,
)
from desktop.core.translatable import QT_TRANSLATE_NOOP


class SettingsError(Exception):
    """Base for setting errors; the message is plain English, marked so the UI shows it translated."""


class UnknownSettingError(SettingsError, KeyError):
    """A key that isn't in ``SETTINGS`` — a programming error, so it fails loudly."""

    def __str__(self) -> str:  # KeyError would otherwise show the message in quotes
        return str(self.args[0]) if self.args else ""


class SettingLocked(SettingsError):
    """The machine policy sets this key, so the user can't change it."""


class SettingValueError(SettingsError, ValueError):
    """The value has the wrong type or shape for the setting."""


class SettingsSaveError(SettingsError, OSError):
    """The settings file couldn't be written; the previous file is still intact."""


def spec_for(key: str) -> SettingSpec:
    """Look a setting up, failing with a clear message for a misspelt key."""
    try:
        return SETTINGS[key]
    except KeyError:
        unknown = QT_TRANSLATE_NOOP("core.settings", "There is no setting called {key}.")
        raise UnknownSettingError(unknown.format(key=repr(key))) from None


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` so a crash leaves either the old file or the new one, never half of either."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_directory(path.parent)


def _fsync_directory(folder: Path) -> None:
    """Make the rename itself durable on POSIX; Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def move_aside(path: Path, label: str = "corrupt", now: Callable[[], dt.datetime] = dt.datetime.now) -> Path:
    """Rename a damaged file to ``<stem>.<label>-<timestamp><suffix>`` beside it, never overwriting one."""
    stamp = now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    counter = 2
    while target.exists():
        target = path.with_name(f"{path.stem}.{label}-{stamp}-{counter}{path.suffix}")
        counter += 1
    os.replace(path, target)
    return target


@dataclass(slots=True)
class _Loaded:
    values: dict[str, Any] = field(default_factory=dict)
    unknown: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    unread: str | None = None  # why a file that is there couldn't be read just now (it is left alone)


def _read_user_file(path: Path) -> _Loaded:
    """Read the user's file, keeping every good value and explaining every bad one."""
    loaded = _Loaded()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return loaded
    except (IsADirectoryError, NotADirectoryError) as exc:  # no file can be there: nothing to keep
        loaded.problems.append(_moved_aside_message(path, _why_unreadable(exc)))
        return loaded
    except OSError as exc:  # locked by another program, no permission: nothing is wrong with the file itself
        loaded.unread = exc.strerror or str(exc)
        loaded.problems.append(
            QT_TRANSLATE_NOOP(
                "core.settings",
                "Crier couldn't open your settings file {path} just now ({why}), so it is using the default "
                "settings. The file was left as it is, and Crier won't save over it: restart Crier once the "
                "file can be opened.",
            ).format(path=str(path), why=loaded.unread)
        )
        return loaded
    try:
        data = json.loads(raw.decode("utf-8-sig"))  # -sig: Windows Notepad may save it with a byte-order mark
        if not isinstance(data, dict):
            raise ValueError(QT_TRANSLATE_NOOP("core.settings", "it doesn't hold a set of named settings"))
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError, brackets nested past Python's limit:
        loaded.problems.append(_moved_aside_message(path, _why_unreadable(exc)))  # the file is damaged
        return loaded
    for key, value in data.items():
        spec = SETTINGS.get(key)
        if spec is None:
            loaded.unknown[key] = value  # perhaps from a newer Crier: keep it, so going back loses nothing
            continue
        try:
            cleaned, issues = spec.type.check(value)
        except InvalidValue:
            problem = QT_TRANSLATE_NOOP(
                "core.settings",
                'Your saved setting "{label}" was {value}, which isn\'t {expected}, so Crier is using the '
                "default ({default}). You can change it in Settings.",
            )
            values = {"value": show(value), "expected": spec.type.expected, "default": show(spec.default)}
            loaded.problems.append(problem.format(label=spec.label, **values))
            continue
        for issue in issues:
            problem = QT_TRANSLATE_NOOP(
                "core.settings",
                'Your saved setting "{label}": {problem}, so {consequence}. You can change it in Settings.',
            )
            loaded.problems.append(
                problem.format(label=spec.label, problem=issue.problem, consequence=issue.consequence)
            )
        loaded.values[key] = cleaned
    return loaded


def _why_unreadable(exc: BaseException) -> str:
    if isinstance(exc, json.JSONDecodeError):
        where = QT_TRANSLATE_NOOP("core.settings", "line {line}, column {column}: {why}")
        return where.format(line=exc.lineno, column=exc.colno, why=exc.msg)
    if isinstance(exc, UnicodeDecodeError):
        return QT_TRANSLATE_NOOP("core.settings", "it isn't UTF-8 text")
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)  # marked text stays marked


def _moved_aside_message(path: Path, why: str) -> str:
    try:
        kept = move_aside(path)
    except OSError as exc:
        return QT_TRANSLATE_NOOP(
            "core.settings",
            "Crier couldn't read your settings file ({why}), so it has started with the default settings. It "
            "also couldn't move the damaged file {path} out of the way ({error}), so your changes may not be "
            "saved until that file is removed.",
        ).format(why=why, path=str(path), error=exc.strerror or str(exc))
    return QT_TRANSLATE_NOOP(
        "core.settings",
        "Crier couldn't read your settings file ({why}), so it has started with the default settings. The "
        "damaged file was kept as {name} in {folder}. Changes you make from now on will be saved normally.",
    ).format(why=why, name=kept.name, folder=str(kept.parent))


class Settings:
    """The user's settings with the machine policy applied; change with ``set()``, persist with ``save()``."""

    def __init__(
        self,
        path: Path,
        policy: Policy,
        values: Mapping[str, Any] | None = None,
        *,
        unknown: Mapping[str, Any] | None = None,
        problems: Iterable[str] = (),
        unread: str | None = None,
    ) -> None:
        self.path = path
        self.policy = policy
        self._values: dict[str, Any] = dict(values or {})
        self._unknown: dict[str, Any] = dict(unknown or {})
        self.problems: list[str] = list(problems)
        self._unread = unread  # the file couldn't be read at load: saving would overwrite what is in it

    @classmethod
    def load(cls, path: Path | None = None, *, policy: Policy | None = None) -> Settings:
        """Read the user's file (default: ``app_paths().settings_file``) and apply ``policy``.

        With no ``policy`` given, the machine policy is loaded, so forgetting to pass it can't bypass IT.
        Never raises for a bad file: problems are collected in ``problems`` for the UI to show.
        """
        if policy is None:
            policy = load_policy()
        target = path if path is not None else app_paths().settings_file
        loaded = _read_user_file(target)
        return cls(
            target,
            policy,
            loaded.values,
            unknown=loaded.unknown,
            problems=loaded.problems,
            unread=loaded.unread,
        )

    def scratch(self) -> Settings:
        """A blank copy under the same file and policy, to try changes on with the registry's own checks."""
        return Settings(self.path, self.policy)

    def get(self, key: str) -> Any:
        """The effective value: policy, else the user's value, else the default (merged for EXTEND keys)."""
        spec = spec_for(key)
        own = self._values.get(key, spec.default)
        if self.policy.sets(key):
            enforced = self.policy.values[key]
            own = spec.type.merge(own, enforced) if spec.merge is Merge.EXTEND else enforced
        return copy.deepcopy(own)

    def set(self, key: str, value: Any) -> None:
        """Change the user's value after checking its type; policy-locked keys raise ``SettingLocked``.

        For EXTEND keys the policy's entries may be included in ``value`` (as ``get()`` returns them); only
        the user's own entries are stored, so the organisation's entries can't be removed this way.
        """
        spec = spec_for(key)
        if self.is_locked(key):
            raise SettingLocked(
                QT_TRANSLATE_NOOP(
                    "core.settings",
                    '"{label}" is set by your organisation, so it can\'t be changed here. '
                    "Ask your IT team if it needs to be different.",
                ).format(label=spec.label)
            )
        try:
            cleaned, issues = spec.type.check(value)
        except InvalidValue as exc:
            problem = QT_TRANSLATE_NOOP("core.settings", '"{label}" {problem}.')
            raise SettingValueError(problem.format(label=spec.label, problem=exc.args[0])) from None
        if issues:
            problem = QT_TRANSLATE_NOOP("core.settings", '"{label}": {problem}.')
            raise SettingValueError(problem.format(label=spec.label, problem=issues[0].problem))
        if spec.merge is Merge.EXTEND and self.policy.sets(key):
            cleaned = spec.type.without(cleaned, self.policy.values[key])
        self._values[key] = cleaned

    def reset(self, key: str) -> None:
        """Forget the user's value so the default (or policy) applies again."""
        spec_for(key)
        if self.is_locked(key):
            return  # nothing the user set is in effect anyway; keep it for if the policy goes away
        self._values.pop(key, None)

    def is_locked(self, key: str) -> bool:
        """True when the machine policy sets this key outright ("Set by your organisation")."""
        spec = spec_for(key)
        return spec.merge is Merge.REPLACE and self.policy.sets(key)

    def policy_entries(self, key: str) -> Any:
        """For EXTEND keys: the entries IT added, which the UI shows but can't remove; else None."""
        spec = spec_for(key)
        if spec.merge is not Merge.EXTEND or not self.policy.sets(key):
            return None
        return copy.deepcopy(self.policy.values[key])

    def user_value(self, key: str) -> Any:
        """What the user chose (or the default), ignoring policy: for showing what a lock overrides."""
        spec = spec_for(key)
        return copy.deepcopy(self._values.get(key, spec.default))

    @staticmethod
    def specs() -> Mapping[str, SettingSpec]:
        """Every setting this store knows (the registry, read at each call), for a front end to list."""
        return SETTINGS

    def effective_values(self) -> dict[str, Any]:
        """Every setting's effective value, e.g. for a diagnostics report."""
        return {key: self.get(key) for key in SETTINGS}

    def save(self) -> None:
        """Write the user's values atomically; raises ``SettingsSaveError`` with a message for the UI."""
        if self._unread is not None:
            raise SettingsSaveError(
                QT_TRANSLATE_NOOP(
                    "core.settings",
                    "Crier couldn't open your settings file {path} when it started ({why}), so it won't save "
                    "over it. Restart Crier once the file can be opened, then change the setting again.",
                ).format(path=str(self.path), why=self._unread)
            )
        document = {**self._unknown, **{key: self._values[key] for key in SETTINGS if key in self._values}}
        text = json.dumps(document, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
        try:
            atomic_write_text(self.path, text)
        except OSError as exc:
            raise SettingsSaveError(
                QT_TRANSLATE_NOOP(
                    "core.settings",
                    "Crier couldn't save your settings to {path} ({error}). Your previous settings are "
                    "unchanged. Check there is free disk space and that you can write to that folder, then "
                    "try again.",
                ).format(path=str(self.path), error=exc.strerror or str(exc))
            ) from exc


def network_refusal(network: str, settings: Mapping[str, Any] | None = None) -> str | None:
    """Why ``network`` may not be used ("Your organisation has not allowed Mastodon."), or None if it may.

    The one check behind connecting, queueing and sending. ``settings`` are effective values (policy
    applied); without them, or without ``networks.allowed`` in them, the user's settings are loaded with
    the machine policy, so a caller that forgets to pass settings can't get round IT.
    """
    allowed = settings.get("networks.allowed") if settings is not None else None
    if allowed is None:
        allowed = Settings.load().get("networks.allowed")
    if network in allowed:
        return None
    refusal = QT_TRANSLATE_NOOP("core.settings", "Your organisation has not allowed {network}.")
    return refusal.format(network=NETWORK_NAMES.get(network, network))
