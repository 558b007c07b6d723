"""`crier outbox` says when this PC was offline: the window's last probe (or a sync that sent) is kept in the
data folder, and the listing says what it found, with its time, in one sentence, in Welsh too.

The window here is the real one with a probe double per host (as in test_reachability); `crier outbox` is the
real command in a subprocess on the same data folder.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from desktop.core.accounts import Accounts
from desktop.core.db import Database, open_database
from desktop.core.last_check import FILE_NAME, read
from desktop.core.outbox import Outbox
from desktop.core.paths import app_paths
from desktop.core.service import Crier
from desktop.core.store import DraftStore
from desktop.core.sync import SyncEngine
from desktop.ui.main_window import MainWindow
from tests.chaos import sync_env
from tests.fakes.faults import Fault
from tests.fakes.fixtures import XApiEnv
from tests.fakes.scripted import Network, ScriptedPublisher
from tests.test_cli import crier
from tests.test_cli_welsh import ENGLISH_PC, WELSH_PC
from tests.test_reachability import MASTODON, X_HOST, Hosts

OFFLINE = "This PC was offline when it last checked, at "
UNREACHABLE = "couldn't be reached."


@pytest.fixture
def net() -> Network:
    return Network()


def _engine(db: Database, net: Network) -> SyncEngine:
    return SyncEngine(db, lambda account: ScriptedPublisher(net, account), rng=random.Random(5))


def _outbox(env: dict[str, str] = ENGLISH_PC) -> str:
    result = crier("outbox", env=env)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stdout + result.stderr
    return result.stdout


def test_the_outbox_says_the_pc_was_offline_at_the_window_s_last_check(
    qtbot, db: Database, net: Network
) -> None:  # noqa: ANN001
    account = Accounts(db).add("x", "@cardiff")
    post_id = Outbox(db).queue([account.id], ["Bins go out on Tuesday"])[0]
    assert OFFLINE not in _outbox()  # nothing checked yet: nothing claimed

    window = MainWindow(DraftStore(db), sync=(_engine(db, net), Hosts(X_HOST)))  # the PC is off the network
    qtbot.addWidget(window)
    window.show()
    window.posting.sync.kick()
    qtbot.waitUntil(lambda: window.posting.sync.online is False, timeout=10_000)
    checked = read(app_paths().data)
    window.close()

    assert checked is not None and checked.offline and checked.unreachable == ("X",)
    listing = _outbox()
    assert str(post_id) in listing
    [said] = [line for line in listing.splitlines() if line.startswith(OFFLINE)]
    assert said.endswith(": waiting posts go out once it is back online.")
    welsh = _outbox(WELSH_PC)
    assert OFFLINE not in welsh and "all-lein" in welsh  # one sentence, in Welsh


def test_one_network_that_did_not_answer_is_named(db: Database, net: Network) -> None:
    accounts = Accounts(db)
    x = accounts.add("x", "@cardiff")
    mastodon = accounts.add("mastodon", "@cardiff@masto.cymru.test", service_url=MASTODON)
    Outbox(db).queue([x.id, mastodon.id], ["Road closed"])
    with Crier(db=db) as service:
        service.use_sync(_engine(db, net), Hosts(X_HOST))  # a proxy that blocks X only
        reach, report = service.probe_and_sync()
    assert reach.reachable == {mastodon.id} and report is not None and len(report.sent) == 1

    listing = _outbox()
    assert OFFLINE not in listing
    [said] = [line for line in listing.splitlines() if line.endswith(UNREACHABLE)]
    assert said.startswith("When this PC last checked, at ") and said.endswith(", X couldn't be reached.")


def test_a_later_check_or_a_sent_post_takes_the_word_offline_back(db: Database, net: Network) -> None:
    account = Accounts(db).add("x", "@cardiff")
    with Crier(db=db) as service:
        service.use_sync(_engine(db, net), Hosts(X_HOST))
        service.probe_and_sync()
        assert OFFLINE in _outbox()

        service.use_sync(_engine(db, net), Hosts())  # the network is back
        service.probe_and_sync()
        assert OFFLINE not in _outbox()

        service.use_sync(_engine(db, net), Hosts(X_HOST))
        service.probe_and_sync()
        Outbox(db).queue([account.id], ["Library open late"])
        assert service.sync_once().sent  # `crier sync` got a post out: the network answered after all
    listing = _outbox()
    assert OFFLINE not in listing and UNREACHABLE not in listing


def test_a_damaged_note_says_nothing_rather_than_fail(db: Database) -> None:
    (app_paths().data / FILE_NAME).write_text('{"at": "yesterday", "unrea', encoding="utf-8")
    assert read(app_paths().data) is None
    listing = _outbox()
    assert "The outbox is empty." in listing and OFFLINE not in listing


def _sync(**env: str) -> str:
    result = crier("sync", "--once", env=sync_env(**env))
    assert "Traceback" not in result.stderr, result.stdout + result.stderr
    return result.stdout


def test_a_sync_that_reaches_no_host_says_offline_and_any_answer_takes_it_back(
    x_api: XApiEnv, refused_port: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`crier sync` learns from its own requests: refused everywhere is offline; a 503 is an answer."""
    from desktop.core.credentials import SecretStore
    from desktop.core.net import NetConfig, make_session
    from desktop.core.networks.x.api import OAuth1Keys
    from desktop.core.networks.x.tokens import connect_oauth1
    from tests.keyrings import JsonFileTestKeyring

    monkeypatch.setenv("CRIER_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    monkeypatch.setenv("CRIER_X_API_BASE", x_api.base_url)
    tokens = x_api.state.issue_oauth1_tokens(x_api.state.add_user("cardiff").id, x_api.app.consumer_key)
    keys = OAuth1Keys.from_mapping(
        {
            "consumer_key": x_api.app.consumer_key,
            "consumer_secret": x_api.app.consumer_secret,
            "access_token": tokens.access_token,
            "access_token_secret": tokens.access_token_secret,
        }
    )
    db = open_database(app_paths().ensure())
    try:
        with make_session(NetConfig.from_env()) as session:
            account = connect_oauth1(Accounts(db), SecretStore(backend=JsonFileTestKeyring()), session, keys)
        post_id = Outbox(db).queue([account.id], ["Bins go out on Tuesday"])[0]
    finally:
        db.close()

    said = _sync(CRIER_X_API_BASE=f"http://127.0.0.1:{refused_port}")  # nothing answers: off the network
    assert "waiting to retry 1" in said, said
    checked = read(app_paths().data)
    assert checked is not None and checked.offline and checked.unreachable == ("X",)
    assert any(line.startswith(OFFLINE) for line in _outbox().splitlines())

    x_api.faults.add(Fault.unavailable(), method="POST", path="/2/tweets", times=None)  # X answers: 503
    while "waiting to retry 1" not in (said := _sync(CRIER_X_API_BASE=x_api.base_url)):  # its retry is due
        assert "Sent 0, waiting to retry 0" in said, said
    checked = read(app_paths().data)
    assert checked is not None and not checked.offline and checked.unreachable == ()
    assert OFFLINE not in _outbox()
    assert x_api.state.tweets_for(account.remote_id) == [] and str(post_id) in _outbox()
