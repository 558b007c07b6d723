"""The interface language read before the window: the same answer as Settings.load with the machine policy,
whatever the registry, the policy files and the user's file say, and nothing written or moved."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from desktop.core import early_setting, policy
from desktop.core.paths import app_paths
from desktop.core.settings import SETTINGS, Settings
from desktop.ui.i18n import language_setting

ABSENT = None
REGISTRY = [ABSENT, "cy", "Klingon", 5]
POLICY_FILES = [
    ABSENT,
    b'{"ui.language": "en"}',
    b'{"ui.language": "klingon", "posting.require_alt_text": true}',
    b'{"ui.language": "cy",',  # malformed: none of the file applies
    b'["ui.language"]',
    b"",
    '{"ui.language": "cy"}'.encode("utf-16"),  # PowerShell's Out-File: UTF-16 with a BOM
    b'\xef\xbb\xbf{"ui.language": "en", "ui.language": "cy"}',  # BOM; the later duplicate wins
]
USER_FILES = [
    ABSENT,
    b'{"ui.language": "en"}',
    b'{"ui.language": 3}',
    b"{not json",
    b'\xef\xbb\xbf{"ui.language": "cy"}',
]


def _place(path: Path, content: bytes | None) -> None:
    if content is None:
        path.unlink(missing_ok=True)
    else:
        path.write_bytes(content)


def test_the_early_reader_agrees_with_settings_and_policy(tmp_path: Path, monkeypatch) -> None:
    machine, override = tmp_path / "machine.json", tmp_path / "override.json"
    monkeypatch.setattr(policy, "machine_policy_path", lambda *args: machine)
    monkeypatch.setattr(early_setting, "machine_policy_path", lambda: str(machine))
    monkeypatch.setenv(policy.POLICY_FILE_ENV, str(override))
    settings_file = app_paths().ensure().settings_file
    cases = itertools.product(REGISTRY, POLICY_FILES, [ABSENT, b'{"ui.language": "cy"}', b"{"], USER_FILES)
    for registry, machine_text, override_text, user_text in cases:
        values = {} if registry is ABSENT else {"ui.language": registry}
        monkeypatch.setattr(policy, "read_windows_registry", lambda values=values: (dict(values), []))
        monkeypatch.setattr(
            early_setting,
            "_registry_value",
            lambda _key, v=registry: early_setting._MISSING if v is ABSENT else v,
        )
        _place(machine, machine_text)
        _place(override, override_text)
        _place(settings_file, user_text)
        early = language_setting()
        assert not user_text or settings_file.read_bytes() == user_text  # nothing moved or rewritten
        expected = Settings.load(policy=policy.load_policy()).get("ui.language")
        assert early == expected, (registry, machine_text, override_text, user_text)


def test_its_copies_of_the_policy_constants_are_the_policy_modules() -> None:
    assert early_setting.POLICY_FILE_ENV == policy.POLICY_FILE_ENV
    assert policy.REGISTRY_KEY == "HKLM\\" + early_setting.POLICY_SUBKEY  # the key named is the one read
    assert Path(early_setting.machine_policy_path()) == Path(policy.machine_policy_path())
    assert set(SETTINGS["ui.language"].type.choices) == {"system", "cy", "en"}


@pytest.mark.parametrize("locked", ["cy", "en"])
def test_a_language_locked_by_policy_beats_the_users_choice(tmp_path: Path, monkeypatch, locked: str) -> None:
    machine = tmp_path / "policy.json"
    machine.write_text(json.dumps({"ui.language": locked}))
    monkeypatch.setattr(early_setting, "machine_policy_path", lambda: str(machine))
    other = "en" if locked == "cy" else "cy"
    app_paths().ensure().settings_file.write_text(json.dumps({"ui.language": other}))
    assert language_setting() == locked
