"""Promises that broke at the edges (found by a review acting as user, attacker and IT; each failed before
its fix): the post gate and override reasons against invisible and look-alike characters, IT's gateway
against a user's environment, no proxy password on disk, a healthy settings file never moved aside, and
ids past SQLite's range answered in one sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.net.config import X_API_BASE, NetConfig
from desktop.core.policy import load_policy
from desktop.core.settings import Settings
from tests import test_cli_queue
from tests.test_cli import crier
from tests.test_cli_queue import outbox, write

account = test_cli_queue.account  # the fixture, shared by name

# -- 1. the post gate: personal data that a reader sees plainly but the gate does not ----------------------

EVASIONS = {
    "full-width digits": "Call Jo on ０７７００ ９００１２３ about the bins.\n",
    "zero-width space in a mobile": "Call Jo on 07700\u200b900123 about the bins.\n",
    "word joiner in a mobile": "Call Jo on 07700\u2060900123 about the bins.\n",
    "soft hyphen in a mobile": "Call Jo on 07700\u00ad900123 about the bins.\n",
    "mathematical bold digits": "Call Jo on 𝟎𝟕𝟕𝟎𝟎 𝟗𝟎𝟎𝟏𝟐𝟑 about the bins.\n",
    "right-to-left override (shows 07700 900 123)": "Call Jo on \u202e321 009 00770\u202c about the bins.\n",
    "dots in a mobile": "Call Jo on 07700.900.123 about the bins.\n",
    "slash in a mobile": "Call Jo on 07700/900123 about the bins.\n",
    "hyphenated NI number": "Jo's NI number is AB-12-34-56-C.\n",
    "full-width NI number": "Jo's NI number is ＡＢ１２３４５６Ｃ.\n",
    "zero-width space in an NI number": "Jo's NI number is AB12\u200b3456C.\n",
    "full-width at sign": "Email jo.bloggs＠gmail.com about the bins.\n",
    "zero-width space before the at": "Email jo.bloggs\u200b@gmail.com about the bins.\n",
}


@pytest.mark.usefixtures("account")
@pytest.mark.parametrize("text", EVASIONS.values(), ids=EVASIONS.keys())
def test_queue_refuses_personal_data_in_any_form_a_reader_can_read(
    tmp_path: Path,
    text: str,
) -> None:
    result = crier("queue", "--yes", write(tmp_path, "post.txt", text))
    assert result.returncode == 1, f"queued personal data: {result.stdout}"
    assert outbox() == []


# -- 1b. override reasons: an invisible character is "a reason" ------------------------------------------


@pytest.mark.usefixtures("account")
@pytest.mark.parametrize("reason", ["\u200b", "\u2060", "\u00ad", "\u200e"], ids=["zwsp", "wj", "shy", "lrm"])
def test_an_invisible_override_reason_is_not_a_reason(tmp_path: Path, reason: str) -> None:
    path = write(tmp_path, "post.txt", "The bins are shit this week, sorry.\n")
    result = crier("queue", "--yes", "--override", reason, path)
    assert result.returncode == 1, f"queued with an invisible reason: {result.stdout}"
    assert outbox() == []


# -- 1c. machine policy that binds: an environment variable beats IT's x.api_base -------------------------


def test_a_users_environment_cannot_redirect_posts_away_from_it_s_gateway(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy_file = tmp_path / "policy.json"
    policy_file.write_text(json.dumps({"x.api_base": "https://x-gateway.council.gov.uk"}))
    monkeypatch.setattr("desktop.core.policy.machine_policy_path", lambda *args: policy_file)
    settings = Settings.load(tmp_path / "settings.json", policy=load_policy(policy_file))
    assert settings.is_locked("x.api_base")
    config = NetConfig.from_settings(
        settings.effective_values(), environ={"CRIER_X_API_BASE": "https://collector.example.net"}
    )
    assert config.api_base_overrides[X_API_BASE] == "https://x-gateway.council.gov.uk"


# -- 2. secrets on disk: a proxy password goes into settings.json (and policy.json) in clear ---------------


def test_a_proxy_password_is_never_written_to_the_settings_file(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "settings.json", policy=load_policy(tmp_path / "none.json"))
    try:
        settings.set("network.proxy", "http://jo.bloggs:Hunter2Secret@proxy.council.gov.uk:8080")
    except Exception:  # noqa: BLE001 - refusing it (and asking for the keyring) is the fix
        return
    settings.save()
    assert "Hunter2Secret" not in settings.path.read_text(encoding="utf-8")


# -- 3. nothing lost: a healthy settings file saved by Notepad (UTF-8 with BOM) is moved aside -------------


def test_a_settings_file_with_a_bom_is_read_not_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"tone.reading_age_target": 12}).encode())
    settings = Settings.load(path, policy=load_policy(tmp_path / "none.json"))
    assert settings.get("tone.reading_age_target") == 12, settings.problems
    assert path.exists() and list(tmp_path.glob("settings.corrupt-*")) == []


# -- 5. CLI bad input: an id past SQLite's 64 bits is "something went wrong", not one plain sentence --------

TOO_BIG = str(2**63)


@pytest.mark.parametrize(
    "args",
    [
        ("drafts", "show", TOO_BIG),
        ("accounts", "remove", TOO_BIG),
        ("accounts", "language", TOO_BIG, "cy"),
        ("sync", "--once", "--account", TOO_BIG),
    ],
    ids=["drafts show", "accounts remove", "accounts language", "sync --account"],
)
def test_an_id_too_big_for_sqlite_gets_a_plain_answer(args: tuple[str, ...]) -> None:
    result = crier(*args)
    assert result.returncode in (1, 2)
    assert "something went wrong" not in result.stderr, result.stderr


def test_a_settings_file_that_cant_be_read_right_now_is_left_where_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """EACCES/EBUSY (IT copied it in as admin; a sync tool holds it) says nothing about the file itself.
    Simulated (the suite runs as root, which reads anything); db.py's own loader makes this distinction."""
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"tone.reading_age_target": 12}))
    real = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    Settings.load(path, policy=load_policy(tmp_path / "none.json"))
    assert path.exists() and list(tmp_path.glob("settings.corrupt-*")) == []
