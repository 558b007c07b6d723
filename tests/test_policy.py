"""Machine policy: what IT can enforce, and exact, line-numbered reports when the policy is wrong."""

from __future__ import annotations

import json
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.policy import (
    REGISTRY_KEY,
    PolicyProblem,
    load_policy,
    locate_keys,
    machine_policy_path,
    policy_schema,
    read_windows_registry,
)
from desktop.core.settings import SETTINGS

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "resources" / "policy" / "policy.example.json"
SCHEMA = REPO / "resources" / "policy" / "policy.schema.json"
POLICY_KEYS = {key for key, spec in SETTINGS.items() if spec.policy}


@pytest.fixture
def policy_file(tmp_path: Path) -> Path:
    return tmp_path / "policy.json"


def messages(problems: tuple[PolicyProblem, ...]) -> list[str]:
    return [problem.message for problem in problems]


# --- good policies ------------------------------------------------------------------------------------------


def test_valid_file_applies_every_value(policy_file: Path) -> None:
    wanted = {
        "x.client_id": "council-client",
        "x.consumer_key": "council-consumer",
        "x.api_base": "https://x-gateway.example.gov.uk",
        "facebook.app_id": "1234567890",
        "networks.allowed": ["x", "facebook"],
        "tone.banned_terms": {"utilise": "use", "going forward": None},
        "tone.preferred_terms": {"e-mail": "email"},
        "tone.pre_election_periods": [{"name": "May", "start": "2026-03-23", "end": "2026-05-07"}],
        "posting.require_alt_text": True,
        "network.proxy": "http://proxy.example.gov.uk:8080",
        "credentials.allow_encrypted_file_fallback": True,
    }
    policy_file.write_text(json.dumps(wanted, indent=2), encoding="utf-8")

    policy = load_policy(policy_file, registry={})

    assert policy.ok and policy.problems == ()
    assert dict(policy.values) == wanted
    assert policy.source == str(policy_file)
    assert policy.sets("x.client_id") and not policy.sets("backups.keep")
    assert set(policy.origins.values()) == {str(policy_file)}


def test_missing_file_is_an_empty_policy(policy_file: Path) -> None:
    policy = load_policy(policy_file, registry={})
    assert policy.ok
    assert dict(policy.values) == {}
    assert policy.source == f"no policy (looked for {policy_file})"


def test_comment_keys_are_ignored(policy_file: Path) -> None:
    policy_file.write_text(
        '{"// why": "IT ticket 123", "$comment": "x", "$schema": "./policy.schema.json", "//": 1,'
        ' "//": 2, "backups.keep": 3}',
        encoding="utf-8",
    )
    policy = load_policy(policy_file, registry={})
    assert policy.ok
    assert dict(policy.values) == {"backups.keep": 3}


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_files_saved_by_notepad_or_powershell_are_read(policy_file: Path, encoding: str) -> None:
    policy_file.write_bytes('{\n  "x.client_id": "café"\n}'.encode(encoding))  # both write a BOM
    policy = load_policy(policy_file, registry={})
    assert policy.ok
    assert policy.values["x.client_id"] == "café"


# --- bad files: exact lines ---------------------------------------------------------------------------------


def test_json_syntax_error_gives_the_exact_line_and_column(policy_file: Path) -> None:
    policy_file.write_text('{\n  "x.client_id": "abc"\n  "backups.keep": 3\n}\n', encoding="utf-8")
    policy = load_policy(policy_file, registry={"backups.keep": 5})

    assert not policy.ok
    [problem] = policy.problems
    assert (problem.line, problem.column, problem.key) == (3, 3, None)
    assert problem.message.startswith("policy.json line 3, column 3: this isn't valid JSON (Expecting ',' ")
    assert dict(policy.values) == {"backups.keep": 5}  # the registry still applies


def test_wrong_type_is_reported_at_its_line_and_the_rest_still_applies(policy_file: Path) -> None:
    policy_file.write_text(
        "{\n"
        '  "// note": "line 2",\n'
        '  "x.client_id": "council-client",\n'
        '  "networks.allowed": [\n'
        '    "x"\n'
        "  ],\n"
        '  "posting.require_alt_text": "yes",\n'
        '  "backups.keep": 14\n'
        "}\n",
        encoding="utf-8",
    )
    policy = load_policy(policy_file, registry={})

    assert policy.problems == (
        PolicyProblem(
            7,
            "posting.require_alt_text",
            'policy.json line 7: "posting.require_alt_text" must be true or false, not "yes" — ignored.',
        ),
    )
    assert dict(policy.values) == {
        "x.client_id": "council-client",
        "networks.allowed": ["x"],
        "backups.keep": 14,
    }
    assert not policy.ok


def test_unknown_and_personal_keys_are_reported_with_a_hint(policy_file: Path) -> None:
    policy_file.write_text(
        '{\n  "x.clientid": "a",\n  "posting": {"require_alt_text": true},\n'
        '  "drafts.default_networks": ["x"],\n  "backups.keep": 3\n}',
        encoding="utf-8",
    )
    policy = load_policy(policy_file, registry={})
    assert [(p.line, p.key) for p in policy.problems] == [
        (2, "x.clientid"),
        (3, "posting"),
        (4, "drafts.default_networks"),
    ]
    assert messages(policy.problems) == [
        'policy.json line 2: "x.clientid" is not a setting Crier knows (did you mean "x.client_id"?) '
        "— ignored.",
        'policy.json line 3: "posting" is not a setting Crier knows; write settings as top-level dotted '
        'names such as "posting.require_alt_text" — ignored.',
        'policy.json line 4: "drafts.default_networks" is a personal preference that policy can\'t set '
        "— ignored.",
    ]
    assert dict(policy.values) == {"backups.keep": 3}


def test_bad_entries_inside_lists_and_maps_are_reported_at_their_own_line(policy_file: Path) -> None:
    policy_file.write_text(
        """{
  "networks.allowed": [
    "x",
    "twitter",
    "bluesky"
  ],
  "tone.banned_terms": {
    "utilise": "use",
    "sorry": 42
  },
  "tone.pre_election_periods": [
    {"name": "County", "start": "2025-03-24", "end": "2025-05-01"},
    {
      "name": "Borough",
      "start": "4 May 2026",
      "end": "2026-05-07"
    }
  ]
}""",
        encoding="utf-8",
    )
    policy = load_policy(policy_file, registry={})

    assert [(p.line, p.key) for p in policy.problems] == [
        (4, "networks.allowed"),
        (9, "tone.banned_terms"),
        (15, "tone.pre_election_periods"),
    ]
    assert messages(policy.problems)[0] == (
        'policy.json line 4: "networks.allowed" item 2 ("twitter") must be "x", "bluesky", "mastodon" or '
        '"facebook" — that item is ignored.'
    )
    assert messages(policy.problems)[1] == (
        'policy.json line 9: "tone.banned_terms" entry "sorry" must be text or null, not 42 '
        "— that entry is ignored."
    )
    assert messages(policy.problems)[2] == (
        'policy.json line 15: "tone.pre_election_periods" period 2 ("Borough"): "start" must be a date '
        'written YYYY-MM-DD, not "4 May 2026" — that period is ignored.'
    )
    assert dict(policy.values) == {
        "networks.allowed": ["x", "bluesky"],
        "tone.banned_terms": {"utilise": "use"},
        "tone.pre_election_periods": [{"name": "County", "start": "2025-03-24", "end": "2025-05-01"}],
    }


def test_a_repeated_key_is_reported_and_the_last_one_used(policy_file: Path) -> None:
    policy_file.write_text('{\n  "backups.keep": 3,\n  "x.client_id": "a",\n  "backups.keep": 9\n}')
    policy = load_policy(policy_file, registry={})
    assert messages(policy.problems) == [
        'policy.json line 4: "backups.keep" is given twice (lines 2 and 4); the one on line 4 is used.'
    ]
    assert policy.values["backups.keep"] == 9


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("[]", "policy.json line 1: the policy must be a JSON object of setting names and values"),
        ("  \n", "policy.json is empty"),
    ],
)
def test_whole_file_problems(policy_file: Path, content: str, expected: str) -> None:
    policy_file.write_text(content, encoding="utf-8")
    policy = load_policy(policy_file, registry={})
    assert messages(policy.problems)[0].startswith(expected)
    assert dict(policy.values) == {}


def test_non_utf8_file_reports_the_line_of_the_bad_byte(policy_file: Path) -> None:
    policy_file.write_bytes(b'{\n  "x.client_id": "caf\xe9"\n}')
    [problem] = load_policy(policy_file, registry={}).problems
    assert problem.line == 2
    assert "isn't saved as UTF-8" in problem.message


def test_unreadable_file_is_a_problem_not_a_crash(policy_file: Path) -> None:
    policy_file.mkdir()  # tests run as root, so chmod 000 wouldn't stop the read; a folder does
    policy = load_policy(policy_file, registry={"backups.keep": 3})
    assert not policy.ok
    [problem] = policy.problems
    assert problem.line is None and problem.key is None
    assert problem.message.startswith(f"Crier couldn't read the policy file {policy_file}")
    assert dict(policy.values) == {"backups.keep": 3}


# --- the registry -------------------------------------------------------------------------------------------


def test_registry_values_beat_the_file(policy_file: Path) -> None:
    policy_file.write_text(json.dumps({"x.client_id": "from-file", "backups.keep": 3}), encoding="utf-8")
    policy = load_policy(
        policy_file,
        registry={
            "X.Client_ID": "from-registry",  # registry names ignore case, like Windows does
            "posting.require_alt_text": 0,  # REG_DWORD
            "networks.allowed": ["x", "bluesky"],  # REG_MULTI_SZ
            "tone.banned_terms": '{"utilise": "use"}',  # REG_SZ holding JSON
            "tone.reading_age_target": 11,
            "": "the key's default value is ignored",
        },
    )
    assert policy.ok, messages(policy.problems)
    assert dict(policy.values) == {
        "x.client_id": "from-registry",
        "networks.allowed": ["x", "bluesky"],
        "tone.reading_age_target": 11,
        "tone.banned_terms": {"utilise": "use"},
        "posting.require_alt_text": False,
        "backups.keep": 3,
    }
    assert policy.origins["x.client_id"] == REGISTRY_KEY
    assert policy.origins["backups.keep"] == str(policy_file)
    assert policy.source == f"{policy_file} and {REGISTRY_KEY}"


def test_bad_registry_value_is_reported_and_the_file_value_kept(policy_file: Path) -> None:
    policy_file.write_text(json.dumps({"posting.require_alt_text": True}), encoding="utf-8")
    policy = load_policy(
        policy_file,
        registry={"posting.require_alt_text": 2, "tone.banned_terms": "{utilise: use}", "colour": "blue"},
    )
    assert policy.values["posting.require_alt_text"] is True
    assert [(p.line, p.key) for p in policy.problems] == [
        (None, "posting.require_alt_text"),
        (None, "tone.banned_terms"),
        (None, "colour"),
    ]
    assert messages(policy.problems)[0] == (
        f'Registry {REGISTRY_KEY} value "posting.require_alt_text" must be a REG_DWORD of 0 or 1, not 2 '
        "— ignored."
    )
    assert "its JSON is not valid" in messages(policy.problems)[1]
    assert "is not a setting Crier knows" in messages(policy.problems)[2]


def test_registry_only_policy(tmp_path: Path) -> None:
    policy = load_policy(tmp_path / "absent.json", registry={"network.proxy": "direct"})
    assert policy.source == REGISTRY_KEY
    assert dict(policy.values) == {"network.proxy": "direct"}


@pytest.mark.skipif(sys.platform == "win32", reason="reads the real registry on Windows")
def test_registry_is_not_read_off_windows() -> None:
    assert read_windows_registry() == ({}, [])


# --- where the policy lives ---------------------------------------------------------------------------------


def test_machine_locations() -> None:
    assert machine_policy_path("win32", r"D:\ProgramData") == PureWindowsPath(
        r"D:\ProgramData\Crier\policy.json"
    )
    assert machine_policy_path("linux") == PurePosixPath("/etc/crier/policy.json")
    assert machine_policy_path("darwin") == PurePosixPath("/Library/Application Support/Crier/policy.json")


def test_environment_override_and_explicit_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env_file = tmp_path / "env-policy.json"
    env_file.write_text('{"backups.keep": 21}', encoding="utf-8")
    explicit = tmp_path / "explicit.json"
    explicit.write_text('{"backups.keep": 2}', encoding="utf-8")
    monkeypatch.setenv("CRIER_POLICY_FILE", str(env_file))

    from_env = load_policy()
    assert from_env.values["backups.keep"] == 21
    assert from_env.source == str(env_file)
    assert load_policy(explicit).values["backups.keep"] == 2


# --- the example and the schema -----------------------------------------------------------------------------


def test_schema_file_matches_the_settings_registry() -> None:
    assert json.loads(SCHEMA.read_text(encoding="utf-8")) == policy_schema()
    jsonschema.Draft202012Validator.check_schema(policy_schema())
    assert set(policy_schema()["properties"]) == POLICY_KEYS | {"$schema"}


def test_example_is_complete_valid_and_loads_cleanly() -> None:
    example = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(policy_schema()).validate(example)
    policy = load_policy(EXAMPLE, registry={})
    assert policy.ok, messages(policy.problems)
    assert set(policy.values) == POLICY_KEYS
    for key in POLICY_KEYS:
        assert f"// {key}" in example, f"the example has no description for {key}"


@pytest.mark.parametrize(
    "document",
    [
        {"posting.require_alt_text": "yes"},
        {"tone.reading_age_target": 4},
        {"tone.reading_age_target": "9"},
        {"backups.keep": 0},
        {"networks.allowed": ["twitter"]},
        {"networks.allowed": "x"},
        {"x.api_base": "ftp://api.x.com"},
        {"network.proxy": "proxy:port"},
        {"network.proxy": "socks5://proxy:1080"},
        {"tone.banned_terms": {"a": 1}},
        {"tone.preferred_terms": {"a": None}},
        {"tone.political_names": [""]},
        {"tone.pre_election_periods": [{"name": "May", "start": "2026-5-1", "end": "2026-05-07"}]},
        {"tone.pre_election_periods": [{"name": "May", "start": "2026-05-01"}]},
        {"tone.pre_election_periods": [{"name": "May", "start": "2026-05-01", "end": "2026-05-07", "x": 1}]},
        {"drafts.default_networks": ["x"]},
        {"no.such.key": 1},
    ],
)
def test_schema_and_loader_reject_the_same_mistakes(policy_file: Path, document: dict[str, Any]) -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(policy_schema()).validate(document)
    policy_file.write_text(json.dumps(document), encoding="utf-8")
    assert not load_policy(policy_file, registry={}).ok


@pytest.mark.parametrize(
    "document",
    [
        {"tone.reading_age_target": 9.0},
        {"network.proxy": "pac:file:///C:/proxy.pac"},
        {"network.proxy": ""},
        {"network.proxy": "Direct"},
        {"network.proxy": "proxy.example.gov.uk:8080"},
        {"networks.allowed": []},
        {"tone.banned_terms": {"going forward": None}},
        {"// comment": ["anything"]},
    ],
)
def test_schema_and_loader_accept_the_same_values(policy_file: Path, document: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(policy_schema()).validate(document)
    policy_file.write_text(json.dumps(document), encoding="utf-8")
    assert load_policy(policy_file, registry={}).ok


# --- the line locator ---------------------------------------------------------------------------------------


def test_locator_is_not_fooled_by_punctuation_inside_strings() -> None:
    source = '{"a": "}, \\"b\\": [", "b": {"c": [1, {"d": null}]},\n "e\\n": -1.5e3}'
    found = locate_keys(source)
    assert found.lines[("a",)] == 1
    assert found.lines[("b", "c", 1, "d")] == 1
    assert found.lines[("e\n",)] == 2
    assert {path[0] for path in found.lines} == {"a", "b", "e\n"}
    assert found.line_of(("e\n", "missing", 3)) == 2


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=15,
)


@settings(max_examples=200, deadline=None)
@given(
    document=st.dictionaries(st.text(max_size=8), json_values, max_size=5), indent=st.sampled_from([1, 2, 4])
)
def test_locator_finds_the_line_of_every_key(document: dict[str, Any], indent: int) -> None:
    source = json.dumps(document, indent=indent)
    found = locate_keys(source)
    lines = source.split("\n")

    def walk(value: Any, path: tuple[str | int, ...]) -> None:
        items = (
            value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
        )
        for part, child in items:
            line = lines[found.lines[path + (part,)] - 1].lstrip()
            if isinstance(part, str):
                assert line.startswith(json.dumps(part) + ":")
            else:
                assert line.startswith(json.dumps(child, indent=indent).split("\n")[0])
            walk(child, path + (part,))

    walk(document, ())


def test_a_users_programdata_variable_does_not_choose_the_machine_policy_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On Windows any user may set ProgramData in their own environment (HKCU\\Environment, no admin), so
    a policy path read from it would be the user's file, not IT's: a permissive policy.json there would
    replace IT's. The folder comes from Windows' known-folder API instead (found by review, session 5)."""
    users = r"C:\Users\jo\AppData\Local\fake"
    monkeypatch.setenv("ProgramData", users)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr("desktop.core.policy.program_data_folder", lambda: r"C:\ProgramData")
    assert machine_policy_path() == PureWindowsPath(r"C:\ProgramData\Crier\policy.json")
