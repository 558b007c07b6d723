"""Machine policy that binds: every policy key has an effect, shown here through the real code paths."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import pytest

from desktop.core.accounts import Accounts
from desktop.core.connect import ConnectContext, connect, network_of
from desktop.core.db import Database
from desktop.core.drafts import StoreError
from desktop.core.models import utcnow
from desktop.core.networks.publishing import PartRequest, Published
from desktop.core.outbox import Outbox, State
from desktop.core.paths import app_paths
from desktop.core.settings import network_refusal
from desktop.core.sync import SyncEngine
from tests.fakes.scripted import Network, ScriptedPublisher

REPO = Path(__file__).resolve().parents[1]
REFUSED = "Your organisation has not allowed Mastodon."


def write_policy(values: dict) -> Path:
    """IT's policy: the conftest points CRIER_POLICY_FILE at a file that does not exist yet."""
    path = Path(os.environ["CRIER_POLICY_FILE"])
    path.write_text(json.dumps(values), encoding="utf-8")
    return path


def test_the_one_check_follows_policy_over_the_users_settings() -> None:
    assert network_refusal("mastodon") is None
    app_paths().ensure().settings_file.write_text('{"networks.allowed": ["x", "mastodon"]}')
    write_policy({"networks.allowed": ["x"]})
    assert network_refusal("mastodon") == REFUSED
    assert network_refusal("x") is None
    # A caller's settings without the key can't skip it: the machine policy is loaded instead.
    assert network_refusal("mastodon", {}) == REFUSED
    assert network_of("x-browser") == "x" and network_of("mastodon") == "mastodon"


def test_crier_accounts_add_mastodon_refuses_a_network_it_has_not_allowed() -> None:
    write_policy({"networks.allowed": ["x"]})
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "accounts", "add-mastodon", "--instance", "http://127.0.0.1:9"],
        cwd=REPO,
        input="a-token\n",
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == f"crier: {REFUSED}"
    listed = subprocess.run(
        [sys.executable, "-m", "desktop", "accounts", "list", "--json"],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert json.loads(listed.stdout) == []


def test_connect_refuses_before_the_network_or_keyring_is_touched(db: Database) -> None:
    write_policy({"networks.allowed": ["x"]})

    class Untouchable:
        def __getattr__(self, name: str) -> object:
            raise AssertionError(f"{name} used for a network IT has not allowed")

    ctx = ConnectContext(Accounts(db), Untouchable(), Untouchable(), {"networks.allowed": ["x"]})  # type: ignore[arg-type]
    with pytest.raises(StoreError) as caught:
        connect("mastodon", {"instance": "social.example", "token": "t"}, ctx)
    assert caught.value.user_message == REFUSED
    assert Accounts(db).all() == []


def test_queueing_to_a_network_it_has_not_allowed_is_refused_and_nothing_is_queued(db: Database) -> None:
    accounts = Accounts(db)
    x = accounts.add("x", "council").id
    mastodon = accounts.add("mastodon", "@council@social.example").id
    write_policy({"networks.allowed": ["x"]})
    outbox = Outbox(db)
    with pytest.raises(StoreError) as caught:
        outbox.queue([x, mastodon], ["Bins go out on Tuesday"])
    assert caught.value.user_message == REFUSED
    assert outbox.posts() == []  # one batch: the X post was not queued on its own either
    assert len(outbox.queue([x], ["Bins go out on Tuesday"])) == 1


def test_sync_holds_a_post_for_a_network_it_has_not_allowed_and_never_sends_it(db: Database) -> None:
    accounts = Accounts(db)
    x = accounts.add("x", "council").id
    mastodon = accounts.add("mastodon", "@council@social.example").id
    outbox = Outbox(db)
    [to_x, to_mastodon] = outbox.queue([x, mastodon], ["Library opening hours change"])  # before IT's policy
    write_policy({"networks.allowed": ["x"]})
    net = Network()
    engine = SyncEngine(db, lambda account: ScriptedPublisher(net, account), clock=lambda: utcnow())
    report = engine.run_once()
    assert report.sent == [to_x] and report.needs_attention == [to_mastodon]
    held = outbox.get(to_mastodon)
    assert held.state is State.NEEDS_ATTENTION and held.error == REFUSED
    assert mastodon not in net.posts  # never sent
    assert engine.run_once().sent == []  # and not tried again by itself, nor dropped
    assert outbox.get(to_mastodon).state is State.NEEDS_ATTENTION


class _ITChangesPolicy(ScriptedPublisher):
    """Publishes, then IT rewrites the policy in place, as when IT acts while a run works on a backlog."""

    policy: ClassVar[dict] = {}

    def publish(self, part: PartRequest) -> Published:
        result = super().publish(part)
        write_policy(self.policy)
        return result


@pytest.mark.parametrize(
    "before",
    [None, {"networks.allowed": ["x", "facebook"]}],
    ids=["no policy before", "same size, same file, same moment"],
)
def test_a_policy_change_mid_run_holds_the_rest_of_the_run(db: Database, before: dict | None) -> None:
    """Policy is checked before every post, not once per account per run: none goes out after IT says no."""
    if before is not None:
        write_policy({"networks.allowed": ["x", "mastodon"]})  # rewritten below to the same length
    mastodon = Accounts(db).add("mastodon", "@council@social.example").id
    outbox = Outbox(db)
    ids = [outbox.queue([mastodon], [f"Bin collections, week {week}"])[0] for week in range(3)]
    net = Network()
    _ITChangesPolicy.policy = before or {"networks.allowed": ["x"]}
    engine = SyncEngine(db, lambda account: _ITChangesPolicy(net, account), clock=lambda: utcnow())
    report = engine.run_once()
    assert report.sent == ids[:1] and report.needs_attention == ids[1:]
    assert [outbox.get(post_id).error for post_id in ids[1:]] == [REFUSED] * 2
    assert len(net.posts[mastodon]) == 1  # never sent


def test_the_accounts_dialog_offers_only_allowed_networks(qtbot) -> None:  # noqa: ANN001
    from desktop.core.credentials import KeyringStatus
    from desktop.ui.accounts_dialog import AccountsDialog

    def dialog(allowed: list[str] | None) -> AccountsDialog:
        made = AccountsDialog(
            list, lambda *_: None, lambda *_: None, lambda *_: None,  # type: ignore[arg-type]
            lambda: KeyringStatus(True, "", "ok"), allowed_networks=allowed,
        )  # fmt: skip
        qtbot.addWidget(made)
        return made

    titles = [a.text() for a in dialog(["x", "bluesky"]).add_button.menu().actions()]
    assert titles and not any("Mastodon" in t or "Facebook" in t for t in titles)
    assert any("Bluesky" in t for t in titles) and any("X" in t for t in titles)
    everything = [a.text() for a in dialog(None).add_button.menu().actions()]
    assert any("Mastodon" in t for t in everything)
    assert not dialog([]).add_button.isEnabled()


def test_backups_keep_from_policy_limits_the_daily_backups(db: Database) -> None:
    from datetime import datetime, timedelta

    from desktop.core import backup
    from desktop.core.store import DraftStore

    DraftStore(db).create(body="Road closure on Friday")
    paths = app_paths()
    paths.settings_file.write_text('{"backups.keep": 30}')  # the user's own wish is overruled
    write_policy({"backups.keep": 3})
    start = datetime(2026, 11, 1, 12, 0)
    made = []
    for day in range(5):
        now = start + timedelta(days=day)
        result = backup.daily_backup_if_due(paths.database, paths.backups, now=now)  # as the window calls it
        assert result is not None
        os.utime(result, (now.timestamp(), now.timestamp()))
        made.append(result)
    assert backup.backups(paths.backups, backup.DAILY_PREFIX) == list(reversed(made[-3:]))


def _named(module: str, name: str) -> type:
    """A memory keyring that calls itself ``module.name``, as a store configured by IT would."""
    from tests.keyrings import MemoryKeyring

    return type(name, (MemoryKeyring,), {"__module__": module, "__qualname__": name})


def test_an_encrypted_file_store_is_used_only_where_policy_allows_it() -> None:
    from desktop.core.credentials import CredentialsUnavailable, SecretStore

    dpapi_file = _named("keyrings.alt.Windows", "EncryptedKeyring")()
    with pytest.raises(CredentialsUnavailable) as caught:
        SecretStore("crier-test", dpapi_file).put("x-1", "token", "s3cret")
    assert caught.value.status.reason == "file-backend" and "encrypted file" in caught.value.user_message
    assert dpapi_file.entries == {}

    write_policy({"credentials.allow_encrypted_file_fallback": True})
    store = SecretStore("crier-test", dpapi_file)
    store.put("x-1", "token", "s3cret")
    assert store.get("x-1", "token").reveal() == "s3cret" and store.status().available
    # A plain-text file stays refused whatever the policy says.
    plain = _named("keyrings.alt.file", "PlaintextKeyring")()
    with pytest.raises(CredentialsUnavailable):
        SecretStore("crier-test", plain).put("x-1", "token", "s3cret")


# -- CRIER_POLICY_FILE can add to the machine policy, never loosen it ----------------------------------------


@pytest.fixture
def machine_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where this test's machine policy lives (IT's /etc/crier/policy.json or %ProgramData% file)."""
    path = tmp_path / "machine-policy.json"
    monkeypatch.setattr("desktop.core.policy.machine_policy_path", lambda *args: path)
    return path


def test_a_users_policy_file_cannot_loosen_the_machine_policy(machine_file: Path) -> None:
    from desktop.core.policy import load_policy
    from desktop.core.settings import Settings

    machine_file.write_text(
        json.dumps({"networks.allowed": ["x"], "tone.banned_terms": {"utilise": "use"}}), encoding="utf-8"
    )
    mine = write_policy(
        {
            "networks.allowed": ["x", "mastodon"],  # tries to loosen: ignored
            "tone.banned_terms": {"utilise": None, "going forward": None},  # adds a word: kept
            "backups.keep": 2,  # IT left it unset: applies
        }
    )
    policy = load_policy()
    assert policy.values["networks.allowed"] == ["x"]
    assert policy.origins["networks.allowed"] == str(machine_file)
    assert policy.values["tone.banned_terms"] == {"utilise": "use", "going forward": None}
    assert policy.values["backups.keep"] == 2 and policy.origins["backups.keep"] == str(mine)
    assert policy.source == f"{machine_file} and {mine}"
    assert network_refusal("mastodon", Settings.load().effective_values()) == REFUSED


def test_the_registry_is_read_even_when_a_users_policy_file_is_set(
    machine_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.policy import REGISTRY_KEY, load_policy

    monkeypatch.setattr(
        "desktop.core.policy.read_windows_registry", lambda: ({"networks.allowed": ["x"]}, [])
    )  # what winreg gives on a PC where Group Policy set the value
    write_policy({"networks.allowed": ["x", "mastodon", "bluesky"]})
    policy = load_policy()
    assert policy.values["networks.allowed"] == ["x"] and policy.origins["networks.allowed"] == REGISTRY_KEY


def test_with_no_machine_policy_the_users_file_applies_as_before(machine_file: Path) -> None:
    from desktop.core.policy import load_policy

    mine = write_policy({"networks.allowed": ["bluesky"]})
    policy = load_policy()
    assert policy.values["networks.allowed"] == ["bluesky"] and policy.source == str(mine)


def test_policy_depends_on_the_settings_schema_not_on_the_settings_store() -> None:
    """No import cycle: policy.py reads the registry in setting_specs.py; settings.py applies the policy."""
    probe = (
        "import sys, desktop.core.policy; "
        "print('desktop.core.settings' in sys.modules, 'desktop.core.setting_specs' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.split() == ["False", "True"]
