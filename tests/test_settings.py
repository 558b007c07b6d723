"""User settings: typed registry, atomic storage, recovery from damage, and how machine policy applies."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest

from desktop.core.paths import app_paths
from desktop.core.policy import Policy, load_policy
from desktop.core.settings import (
    SETTINGS,
    Merge,
    SettingLocked,
    Settings,
    SettingsSaveError,
    SettingValueError,
    UnknownSettingError,
)

PERIOD = {"name": "May elections", "start": "2026-03-23", "end": "2026-05-07"}


def policy_of(**values: Any) -> Policy:
    """A policy as load_policy would build it, keyed with dots (passed as double underscores here)."""
    return Policy(
        values=MappingProxyType({k.replace("__", "."): v for k, v in values.items()}), source="test"
    )


def no_policy() -> Policy:
    return Policy()


def write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")


# --- the registry -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "default"),
    [
        ("x.client_id", ""),
        ("x.consumer_key", ""),
        ("x.api_base", "https://api.x.com"),
        ("facebook.app_id", ""),
        ("networks.allowed", ["x", "bluesky", "mastodon", "facebook"]),
        ("tone.disabled_rules", []),
        ("tone.reading_age_target", 9),
        ("tone.banned_terms", {}),
        ("tone.preferred_terms", {}),
        ("tone.allowed_personal_data", []),
        ("tone.pre_election_periods", []),
        ("tone.political_names", []),
        ("tone.council_domains", []),
        ("posting.require_alt_text", True),
        ("network.proxy", ""),
        ("credentials.allow_encrypted_file_fallback", False),
        ("backups.keep", 7),
        ("drafts.default_networks", ["x"]),
    ],
)
def test_every_required_setting_is_registered_with_its_default(key: str, default: Any) -> None:
    spec = SETTINGS[key]
    assert spec.default == default
    assert spec.label and spec.description
    assert Settings.load(policy=no_policy()).get(key) == default


def test_every_default_passes_its_own_type_check() -> None:
    for spec in SETTINGS.values():
        cleaned, issues = spec.type.check(spec.default)
        assert (cleaned, issues) == (spec.default, []), spec.key


def test_consumer_secret_is_never_a_setting() -> None:
    assert not [key for key in SETTINGS if "secret" in key]


# --- storage ------------------------------------------------------------------------------------------------


def test_defaults_without_a_file_and_nothing_written_until_save() -> None:
    settings = Settings.load(policy=no_policy())
    assert settings.path == app_paths().settings_file
    assert settings.problems == []
    assert settings.get("backups.keep") == 7
    assert not settings.path.exists()


def test_round_trip_keeps_every_type() -> None:
    settings = Settings.load(policy=no_policy())
    chosen: dict[str, Any] = {
        "x.client_id": "abc123",
        "x.api_base": "https://gateway.example.gov.uk/x",
        "networks.allowed": ["x", "mastodon"],
        "tone.reading_age_target": 11,
        "tone.banned_terms": {"utilise": "use", "going forward": None},
        "tone.pre_election_periods": [PERIOD],
        "posting.require_alt_text": False,
        "network.proxy": "pac:https://example.gov.uk/proxy.pac",
    }
    for key, value in chosen.items():
        settings.set(key, value)
    settings.save()

    again = Settings.load(policy=no_policy())
    assert again.problems == []
    for key, value in chosen.items():
        assert again.get(key) == value, key
    assert json.loads(settings.path.read_text(encoding="utf-8")) == chosen  # only what the user chose


def test_save_is_atomic_when_the_final_rename_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings.load(policy=no_policy())
    settings.set("backups.keep", 3)
    settings.save()
    before = settings.path.read_bytes()

    def crash(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    settings.set("backups.keep", 30)
    with monkeypatch.context() as patch, pytest.raises(SettingsSaveError, match="No space left") as raised:
        patch.setattr(os, "replace", crash)
        settings.save()

    assert "previous settings are unchanged" in str(raised.value)
    assert settings.path.read_bytes() == before
    assert sorted(p.name for p in settings.path.parent.iterdir()) == ["settings.json"]  # no temp file left
    assert Settings.load(policy=no_policy()).get("backups.keep") == 3


def test_save_creates_the_folder() -> None:
    target = app_paths().config / "nested" / "settings.json"
    settings = Settings.load(target, policy=no_policy())
    settings.set("x.client_id", "id")
    settings.save()
    assert json.loads(target.read_text(encoding="utf-8")) == {"x.client_id": "id"}


def test_corrupt_file_is_moved_aside_and_defaults_used() -> None:
    path = app_paths().settings_file
    path.parent.mkdir(parents=True)
    path.write_text('{"backups.keep": 3,\n  oops}', encoding="utf-8")

    settings = Settings.load(policy=no_policy())

    assert settings.get("backups.keep") == 7
    assert len(settings.problems) == 1
    message = settings.problems[0]
    assert "line 2, column 3" in message and "default settings" in message
    kept = [p for p in path.parent.iterdir() if p.name.startswith("settings.corrupt-")]
    assert len(kept) == 1 and kept[0].name in message
    assert kept[0].read_text(encoding="utf-8") == '{"backups.keep": 3,\n  oops}'
    assert not path.exists()

    settings.set("backups.keep", 5)  # and the user carries on normally
    settings.save()
    assert Settings.load(policy=no_policy()).get("backups.keep") == 5


def test_two_corruptions_in_the_same_second_keep_both_copies() -> None:
    path = app_paths().settings_file
    for text in ("[1, 2", "not json"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        assert Settings.load(policy=no_policy()).problems
    kept = sorted(p.read_text(encoding="utf-8") for p in path.parent.glob("settings.corrupt-*"))
    assert kept == ["[1, 2", "not json"]


@pytest.mark.parametrize("content", [b"[1, 2, 3]", b'"just text"', b"\xff\xfe\x00garbage"])
def test_file_that_is_not_a_settings_object_is_moved_aside(content: bytes) -> None:
    path = app_paths().settings_file
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    settings = Settings.load(policy=no_policy())
    assert len(settings.problems) == 1
    assert "default settings" in settings.problems[0]
    assert not path.exists()


def test_unreadable_settings_path_is_reported_not_raised() -> None:
    path = app_paths().settings_file
    path.mkdir(parents=True)  # a folder where the file should be: reading fails like a permissions error
    settings = Settings.load(policy=no_policy())
    assert settings.get("backups.keep") == 7
    assert len(settings.problems) == 1 and "couldn't read your settings file" in settings.problems[0]


def test_one_bad_value_falls_back_to_its_default_and_keeps_the_rest() -> None:
    write_json(
        app_paths().settings_file,
        {"tone.reading_age_target": "nine", "backups.keep": 3, "networks.allowed": ["x", "myspace"]},
    )
    settings = Settings.load(policy=no_policy())
    assert settings.get("tone.reading_age_target") == 9
    assert settings.get("backups.keep") == 3
    assert settings.get("networks.allowed") == ["x"]
    assert len(settings.problems) == 2
    assert '"Target reading age" was "nine"' in settings.problems[0]
    assert '"myspace"' in settings.problems[1]
    assert settings.path.exists()  # a bad value isn't a damaged file


def test_keys_from_a_newer_version_survive_a_save() -> None:
    write_json(app_paths().settings_file, {"future.feature": {"on": True}, "backups.keep": 3})
    settings = Settings.load(policy=no_policy())
    assert settings.problems == []
    settings.set("backups.keep", 4)
    settings.save()
    saved = json.loads(settings.path.read_text(encoding="utf-8"))
    assert saved == {"future.feature": {"on": True}, "backups.keep": 4}


# --- validation ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("posting.require_alt_text", "yes", 'must be true or false, not "yes"'),
        ("posting.require_alt_text", 1, "must be true or false, not 1"),
        ("tone.reading_age_target", True, "must be a whole number from 5 to 18, not true"),
        ("tone.reading_age_target", 40, "must be a whole number from 5 to 18, not 40"),
        ("backups.keep", "7", 'not "7"'),
        ("x.client_id", 12345, "must be text in quotes, not 12345"),
        ("x.api_base", "api.x.com", "must be a web address starting with https://"),
        ("network.proxy", "ftp://proxy:21", 'must be "" (use the computer\'s proxy settings)'),
        ("network.proxy", "pac:", 'not "pac:"'),
        ("network.proxy", "http://proxy:port", 'not "http://proxy:port"'),
        ("networks.allowed", "x", "must be a list of text values"),
        ("networks.allowed", ["x", "twitter"], 'item 2 ("twitter") must be "x", "bluesky", "mastodon" or'),
        ("tone.political_names", ["ok", ""], "item 2 must be text that isn't empty"),
        ("tone.preferred_terms", {"e-mail": None}, 'entry "e-mail" must be text, not null'),
        ("tone.banned_terms", ["utilise"], "must be an object mapping each term"),
        (
            "tone.pre_election_periods",
            [{"name": "May", "start": "2026-05-07", "end": "2026-03-01"}],
            "ends (2026-03-01) before it starts (2026-05-07)",
        ),
        (
            "tone.pre_election_periods",
            [{"name": "May", "start": "2026-02-30", "end": "2026-03-01"}],
            '"start" must be a date written YYYY-MM-DD, not "2026-02-30"',
        ),
    ],
)
def test_set_rejects_wrong_types_in_plain_english(key: str, value: Any, expected: str) -> None:
    settings = Settings.load(policy=no_policy())
    with pytest.raises(SettingValueError) as raised:
        settings.set(key, value)
    assert expected in str(raised.value)
    assert str(raised.value).startswith(f'"{SETTINGS[key].label}"')
    assert settings.get(key) == SETTINGS[key].default


@pytest.mark.parametrize(
    ("key", "value", "stored"),
    [
        ("tone.reading_age_target", 12.0, 12),
        ("network.proxy", "direct", "direct"),
        ("network.proxy", "http://proxy.example.gov.uk:8080", "http://proxy.example.gov.uk:8080"),
        ("network.proxy", "proxy.example.gov.uk:3128", "proxy.example.gov.uk:3128"),
        ("network.proxy", "DIRECT", "DIRECT"),
        ("network.proxy", r"pac:C:\Program Files\Proxy\proxy.pac", r"pac:C:\Program Files\Proxy\proxy.pac"),
        ("drafts.default_networks", ["x", "bluesky", "x"], ["x", "bluesky"]),
        ("tone.banned_terms", {"going forward": None}, {"going forward": None}),
    ],
)
def test_set_accepts_and_normalises_good_values(key: str, value: Any, stored: Any) -> None:
    settings = Settings.load(policy=no_policy())
    settings.set(key, value)
    assert settings.get(key) == stored


def test_unknown_keys_fail_loudly() -> None:
    settings = Settings.load(policy=no_policy())
    with pytest.raises(UnknownSettingError, match="'x.clientid'"):
        settings.get("x.clientid")
    with pytest.raises(UnknownSettingError):
        settings.set("nope", 1)


def test_get_returns_a_copy_callers_cannot_corrupt() -> None:
    settings = Settings.load(policy=no_policy())
    settings.get("networks.allowed").append("myspace")
    assert settings.get("networks.allowed") == ["x", "bluesky", "mastodon", "facebook"]


def test_reset_returns_to_the_default() -> None:
    settings = Settings.load(policy=no_policy())
    settings.set("backups.keep", 2)
    settings.reset("backups.keep")
    assert settings.get("backups.keep") == 7


# --- machine policy -----------------------------------------------------------------------------------------


def test_policy_beats_the_user_and_locks_the_key() -> None:
    write_json(app_paths().settings_file, {"x.client_id": "users-own", "backups.keep": 3})
    settings = Settings.load(policy=policy_of(x__client_id="council-app"))

    assert settings.get("x.client_id") == "council-app"
    assert settings.is_locked("x.client_id")
    assert settings.user_value("x.client_id") == "users-own"
    assert not settings.is_locked("backups.keep")
    with pytest.raises(SettingLocked, match="set by your organisation"):
        settings.set("x.client_id", "something-else")

    settings.set("backups.keep", 4)
    settings.save()  # the user's own value is kept for if the policy is ever removed
    assert json.loads(settings.path.read_text(encoding="utf-8"))["x.client_id"] == "users-own"
    assert Settings.load(policy=no_policy()).get("x.client_id") == "users-own"


def test_policy_can_turn_a_default_true_setting_off() -> None:
    settings = Settings.load(policy=policy_of(posting__require_alt_text=False))
    assert settings.get("posting.require_alt_text") is False
    assert settings.is_locked("posting.require_alt_text")


def test_merge_keys_are_exactly_the_tone_lists() -> None:
    merged = {key for key, spec in SETTINGS.items() if spec.merge is Merge.EXTEND}
    assert merged == {
        "tone.banned_terms",
        "tone.preferred_terms",
        "tone.allowed_personal_data",
        "tone.pre_election_periods",
        "tone.political_names",
        "tone.council_domains",
    }


def test_policy_terms_are_added_to_the_users_and_win_conflicts() -> None:
    write_json(app_paths().settings_file, {"tone.banned_terms": {"mine": "ours", "shared": "user says"}})
    org = {"shared": "council says", "going forward": None}
    settings = Settings.load(policy=policy_of(tone__banned_terms=org))

    assert settings.get("tone.banned_terms") == {
        "mine": "ours",
        "shared": "council says",
        "going forward": None,
    }
    assert not settings.is_locked("tone.banned_terms")
    assert settings.policy_entries("tone.banned_terms") == org
    assert settings.policy_entries("backups.keep") is None

    edited = settings.get("tone.banned_terms")  # the UI edits the merged value and hands it back
    edited["new"] = "newer"
    del edited["going forward"]  # trying to drop the organisation's entry
    settings.set("tone.banned_terms", edited)
    assert settings.user_value("tone.banned_terms") == {"mine": "ours", "new": "newer"}
    assert settings.get("tone.banned_terms")["going forward"] is None  # still there: IT's entry


def test_policy_lists_and_periods_are_added_to_the_users() -> None:
    org_period = {"name": "County elections", "start": "2025-03-24", "end": "2025-05-01"}
    write_json(
        app_paths().settings_file,
        {"tone.political_names": ["Cllr Own", "Cllr Both"], "tone.pre_election_periods": [PERIOD]},
    )
    settings = Settings.load(
        policy=policy_of(
            tone__political_names=["Cllr Both", "Cllr Org"], tone__pre_election_periods=[org_period]
        )
    )
    assert settings.get("tone.political_names") == ["Cllr Both", "Cllr Org", "Cllr Own"]
    assert settings.get("tone.pre_election_periods") == [org_period, PERIOD]

    settings.set("tone.political_names", [])  # the user clears their own list; IT's names stay
    assert settings.get("tone.political_names") == ["Cllr Both", "Cllr Org"]


def test_networks_allowed_is_replaced_not_merged() -> None:
    write_json(app_paths().settings_file, {"networks.allowed": ["x", "bluesky"]})
    settings = Settings.load(policy=policy_of(networks__allowed=["mastodon"]))
    assert settings.get("networks.allowed") == ["mastodon"]
    assert settings.is_locked("networks.allowed")


def test_load_without_a_policy_argument_still_applies_the_machine_policy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy_file = tmp_path / "machine-policy.json"
    write_json(policy_file, {"backups.keep": 30})
    monkeypatch.setenv("CRIER_POLICY_FILE", str(policy_file))

    settings = Settings.load()
    assert settings.get("backups.keep") == 30
    assert settings.is_locked("backups.keep")
    assert settings.policy.source == str(policy_file)


def test_registry_policy_reaches_settings(tmp_path: Path) -> None:
    policy_file = tmp_path / "policy.json"
    write_json(policy_file, {"network.proxy": "direct"})
    policy = load_policy(policy_file, registry={"network.proxy": "http://proxy.example.gov.uk:3128"})
    settings = Settings.load(policy=policy)
    assert settings.get("network.proxy") == "http://proxy.example.gov.uk:3128"
    assert settings.is_locked("network.proxy")


def test_effective_values_cover_every_setting() -> None:
    values = Settings.load(policy=policy_of(backups__keep=14)).effective_values()
    assert set(values) == set(SETTINGS)
    assert values["backups.keep"] == 14
