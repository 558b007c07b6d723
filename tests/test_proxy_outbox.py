"""The outbox behind a council proxy: posts reach X through the proxy Crier is told to use, exactly once.

Everything is real below the test: the sync engine, the X publisher, tweepy and the app's HTTP stack talk
through a proxy on 127.0.0.1 (``tests.fakes.http_proxy`` forwards plain http the way requests sends it,
``tests.fakes.proxy`` answers CONNECT) to the fake X API. A proxy that wants a sign-in (407) must leave
the post with net's plain proxy message for a person to act on, never "offline" and never a retry loop.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from pytestqt.qtbot import QtBot

from desktop.core.accounts import Accounts, AccountView
from desktop.core.credentials import SecretStore
from desktop.core.db import Database
from desktop.core.net import PROXY_AUTH_MESSAGE, X_API_BASE, NetConfig, make_session, probe
from desktop.core.networks.publishing import ErrorKind
from desktop.core.networks.registry import publisher_factory
from desktop.core.networks.x.api import OAuth1Keys
from desktop.core.networks.x.tokens import connect_oauth1
from desktop.core.outbox import Outbox, State
from desktop.core.sync import SyncEngine, SyncReport
from tests.fakes.fixtures import XApiEnv
from tests.fakes.http_proxy import HttpForwardProxy
from tests.fakes.proxy import FakeProxy
from tests.keyrings import JsonFileTestKeyring, MemoryKeyring

REPO = Path(__file__).resolve().parents[1]
TEXT = "Ely Bridge is closed to traffic tonight from 8pm for resurfacing."


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The process's keyring for the test: the window's engine reads secrets through keyring's default."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _connect(x_api: XApiEnv, db: Database, secrets: SecretStore) -> AccountView:
    """Connect the fake's user with pasted OAuth 1.0a keys, directly (the proxy only sees the posting)."""
    keys = OAuth1Keys.from_mapping(
        {
            "consumer_key": x_api.app.consumer_key,
            "consumer_secret": x_api.app.consumer_secret,
            "access_token": x_api.oauth1.access_token,
            "access_token_secret": x_api.oauth1.access_token_secret,
        }
    )
    session = make_session(NetConfig.from_env(proxy="direct"))
    try:
        return connect_oauth1(Accounts(db), secrets, session, keys)
    finally:
        session.close()


@pytest.fixture
def account(
    x_api: XApiEnv, db: Database, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> AccountView:
    monkeypatch.setenv("CRIER_X_API_BASE", x_api.base_url)
    return _connect(x_api, db, SecretStore())


def _sync(db: Database, proxy_setting: str) -> SyncReport:
    """One ``run_once`` with the proxy given the way the CLI gives it: in the settings."""
    settings = {"network.proxy": proxy_setting}
    return SyncEngine(db, publisher_factory(Accounts(db), settings=settings)).run_once()


def _creates(x_api: XApiEnv) -> list:
    return x_api.state.requests("POST", "/2/tweets")


# -- through a proxy that forwards ---------------------------------------------------------------------------


def test_queued_post_reaches_x_through_the_proxy_in_settings_exactly_once(
    db: Database, x_api: XApiEnv, account: AccountView
) -> None:
    post_id = Outbox(db).queue([account.id], [TEXT])[0]
    with HttpForwardProxy() as proxy:
        report = _sync(db, proxy.url)

    assert report.sent == [post_id] and not report.attention_needed
    assert proxy.seen() == [("POST", f"{x_api.base_url}/2/tweets", 201)]
    [create] = _creates(x_api)
    assert create.headers.get("via") == proxy.via  # the server got it from the proxy, not directly
    [tweet] = x_api.state.tweets_for(x_api.user.id)
    assert tweet.submitted_text == TEXT
    view = Outbox(db).get(post_id)
    assert view.state is State.SENT and view.remote_ids == (tweet.id,) and view.error == ""


# -- through a proxy that wants a sign-in ------------------------------------------------------------------


def _asked(proxy: HttpForwardProxy | FakeProxy) -> list[tuple[str, str]]:
    """(method, target) of every request the proxy received, in order."""
    if isinstance(proxy, HttpForwardProxy):
        return [(method, url) for method, url, _status in proxy.seen()]
    return [(method, target) for method, target, _headers in proxy.requests]


def _proxy_wanting_a_sign_in(scheme: str) -> HttpForwardProxy | FakeProxy:
    """For https the CONNECT proxy answers the tunnel request; for http the forwarding one the request.

    The forwarding proxy reads the whole body before its 407, so closing never resets the connection
    under a client still reading the answer.
    """
    if scheme == "http":
        return HttpForwardProxy(require_auth=("alice", "s3cret"))
    return FakeProxy(require_auth=("alice", "s3cret"))


@pytest.mark.parametrize(
    "scheme",
    [
        pytest.param("http", id="plain-http-answered-407"),
        pytest.param("https", id="https-CONNECT-answered-407"),
    ],
)
def test_proxy_asking_for_a_sign_in_leaves_the_post_needing_attention_not_offline(
    db: Database, x_api: XApiEnv, account: AccountView, monkeypatch: pytest.MonkeyPatch, scheme: str
) -> None:
    # Real X is https, so a council proxy's 407 answers the CONNECT; the loopback fake is plain http, so
    # there the proxy answers the request itself. The CONNECT is refused, so nothing needs to speak TLS.
    target = f"{scheme}://127.0.0.1:{x_api.server.port}"
    monkeypatch.setenv("CRIER_X_API_BASE", target)
    post_id = Outbox(db).queue([account.id], [TEXT])[0]
    with _proxy_wanting_a_sign_in(scheme) as proxy:
        report = _sync(db, proxy.url)
        session = make_session(NetConfig.from_settings({"network.proxy": proxy.url}))
        checked = probe(session, f"{X_API_BASE}/2/users/me")
        session.close()
        asked = _asked(proxy)

    assert report.needs_attention == [post_id] and report.waiting == [] and report.sent == []
    view = Outbox(db).get(post_id)
    assert view.state is State.NEEDS_ATTENTION
    assert view.error == PROXY_AUTH_MESSAGE
    assert view.error_kind == ErrorKind.NEEDS_ATTENTION.value
    assert view.next_attempt_at is None  # a person has to act: no retry timer, as there is when offline
    assert Outbox(db).events(post_id)[-1][1:] == ("sending", "needs_attention", PROXY_AUTH_MESSAGE)
    assert not checked.online and checked.problem is not None
    assert checked.problem.kind == "proxy-auth" and checked.problem.message == PROXY_AUTH_MESSAGE
    if scheme == "http":
        assert asked == [("POST", f"{target}/2/tweets"), ("HEAD", f"{target}/2/users/me")]
    else:
        assert asked == [("CONNECT", f"127.0.0.1:{x_api.server.port}")] * 2
    assert _creates(x_api) == [] and x_api.state.tweets_for(x_api.user.id) == []


def test_after_it_gives_the_proxy_sign_in_retry_sends_the_post_once(
    db: Database, x_api: XApiEnv, account: AccountView
) -> None:
    outbox = Outbox(db)
    post_id = outbox.queue([account.id], [TEXT])[0]
    with HttpForwardProxy(require_auth=("alice", "s3cret")) as proxy:
        assert _sync(db, proxy.url).needs_attention == [post_id]
        assert outbox.get(post_id).error == PROXY_AUTH_MESSAGE

        outbox.retry(post_id)  # the Outbox's Retry button, once Settings → Network has the sign-in
        report = _sync(db, proxy.url_with("alice", "s3cret"))

        assert report.sent == [post_id]
        url = f"{x_api.base_url}/2/tweets"
        assert proxy.seen() == [("POST", url, 407), ("POST", url, 201)]
        assert proxy.requests[-1].headers["proxy-authorization"].startswith("Basic ")
    assert [t.submitted_text for t in x_api.state.tweets_for(x_api.user.id)] == [TEXT]
    view = outbox.get(post_id)
    assert view.state is State.SENT and view.error == "" and view.attempts == 2
    assert all("s3cret" not in detail for _at, _from, _to, detail in outbox.events(post_id))


# -- the window ---------------------------------------------------------------------------------------------


def test_outbox_window_shows_the_proxy_message_and_never_says_offline(
    qtbot: QtBot, db: Database, x_api: XApiEnv, account: AccountView
) -> None:
    from desktop.core.service import Crier
    from desktop.core.store import DraftStore
    from desktop.ui.main_window import MainWindow

    outbox = Outbox(db)
    first = outbox.queue([account.id], [TEXT])[0]
    with HttpForwardProxy(require_auth=("alice", "s3cret")) as proxy:
        settings = {"network.proxy": proxy.url}
        assert _sync(db, proxy.url).needs_attention == [first]  # `crier sync` ran before the window opened
        crier = Crier(db=db, values=settings)  # the real engine and probe, through the proxy
        window = MainWindow(DraftStore(db), sync=(crier.sync_engine, crier.probe))
        qtbot.addWidget(window)
        window.show()
        posting = window.posting
        model = posting.panel.model
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
        assert model.index(0, 0).data() == "Needs attention"
        assert model.index(0, 3).data() == PROXY_AUTH_MESSAGE
        assert "1 need attention" in posting.waiting_label.text()

        second = outbox.queue([account.id], ["Ely Bridge reopens at 6am."])[0]
        posting.sync.kick()
        qtbot.waitUntil(lambda: PROXY_AUTH_MESSAGE in posting.online_label.text(), timeout=5000)
        qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
        assert "Offline" not in posting.online_label.text()
        assert posting.online_label.toolTip() == PROXY_AUTH_MESSAGE
        # The probe met the 407 first, so the new post waits in the queue for the proxy settings.
        rows = {model.post(row).id: model.index(row, 0).data() for row in range(model.rowCount())}
        assert rows == {
            first: "Needs attention",
            second: "Waiting: your organisation's proxy asked for a sign-in",
        }
        assert ("HEAD", f"{x_api.base_url}/2/users/me", 407) in proxy.seen()
        window.close()
    assert _creates(x_api) == []


# -- crier sync --once, with the proxy from the machine policy ---------------------------------------------


def test_crier_sync_once_uses_the_proxy_from_the_machine_policy(
    db: Database, x_api: XApiEnv, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.settings import Settings

    keyring_file = tmp_path / "keyring.json"
    monkeypatch.setenv("CRIER_TEST_KEYRING_FILE", str(keyring_file))
    monkeypatch.setenv("CRIER_X_API_BASE", x_api.base_url)
    account = _connect(x_api, db, SecretStore(backend=JsonFileTestKeyring()))
    post_id = Outbox(db).queue([account.id], [TEXT])[0]
    own = Settings.load()
    own.set("network.proxy", "direct")  # the user's own choice, which IT's policy overrides
    own.save()

    with HttpForwardProxy() as proxy:
        policy = tmp_path / "policy.json"
        policy.write_text(json.dumps({"network.proxy": proxy.url}))
        env = {
            **os.environ,
            "CRIER_POLICY_FILE": str(policy),
            "PYTHON_KEYRING_BACKEND": "tests.keyrings.JsonFileTestKeyring",
            "PYTHONPATH": str(REPO),
        }
        result = subprocess.run(
            [sys.executable, "-m", "desktop", "sync", "--once"],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        seen = proxy.seen()
        via = proxy.via

    assert result.returncode == 0, result.stdout + result.stderr
    assert "Sent 1," in result.stdout
    assert seen == [("POST", f"{x_api.base_url}/2/tweets", 201)]
    [create] = _creates(x_api)
    assert create.headers.get("via") == via
    assert [t.submitted_text for t in x_api.state.tweets_for(x_api.user.id)] == [TEXT]
    assert Outbox(db).get(post_id).state is State.SENT
