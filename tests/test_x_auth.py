"""Connecting X accounts against the fake X API over loopback: OAuth 2.0 PKCE, OAuth 1.0a, the CLI.

tweepy talks to the fake through the app's own session (``CRIER_X_API_BASE`` and net's rewrite adapter),
and a test "browser" follows X's redirect with ``requests`` as a person's browser would.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shlex
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import pytest
import requests

from desktop.core.accounts import Accounts, AccountStatus
from desktop.core.credentials import SERVICE, CredentialsUnavailable, Secret, SecretStore
from desktop.core.net import NetConfig, make_session
from desktop.core.networks.x.api import (
    AUTHORIZE_PATH,
    OAUTH1_SECRETS,
    OAUTH2_SECRETS,
    SCOPES,
    OAuth1Keys,
    OAuth2Tokens,
    XAuthError,
    XAuthProblem,
    authorize_base,
    verify,
)
from desktop.core.networks.x.sign_in import OAuth2Flow, PinFlow
from desktop.core.networks.x.tokens import (
    OAuth2Keeper,
    connect_oauth1,
    connect_oauth2,
    load_credentials,
    parse_oauth1_json,
    save_account,
    sign_out,
)
from tests.fakes import fixtures as fake_fixtures
from tests.fakes.fixtures import XApiFactory
from tests.fakes.x_api import FakeXServer
from tests.fakes.x_state import App, User
from tests.keyrings import MemoryKeyring

REPO = Path(__file__).resolve().parents[1]
WAIT = 10.0  # bounded waits for the browser step; the test browser answers at once


# -- a keyring that persists across processes, for the CLI subprocess tests only -------------------


# -- fixtures ------------------------------------------------------------------------------------


def free_port() -> int:
    """A port for the loopback redirect; X (and the fake) match registered callback URLs exactly."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class XWorld:
    server: FakeXServer
    app: App
    user: User
    port: int

    @property
    def state(self):  # type: ignore[no-untyped-def]
        return self.server.state


# The fake's own fixture: its teardown also fails the test if the fake broke the OpenAPI spec or crashed.
x_api_factory = fake_fixtures.x_api_factory


@pytest.fixture
def world(x_api_factory: XApiFactory, monkeypatch: pytest.MonkeyPatch) -> XWorld:
    """The fake X with the council's app (its callback on a free port) and account; Crier pointed at it."""
    port = free_port()
    env = x_api_factory(username="cardiffcouncil", redirect_uris=(f"http://127.0.0.1:{port}/callback",))
    monkeypatch.setenv("CRIER_X_API_BASE", env.base_url)
    monkeypatch.delenv("CRIER_X_AUTHORIZE_BASE", raising=False)
    return XWorld(env.server, env.app, env.user, port)


@pytest.fixture
def session(world: XWorld) -> Iterator[requests.Session]:
    http = make_session(NetConfig.from_env())
    yield http
    http.close()


class Browser:
    """A person's browser: opens the URL Crier gives it and follows X's redirects back to Crier."""

    def __init__(self, tamper: Callable[[str], str] | None = None) -> None:
        self.http = requests.Session()
        self.http.trust_env = False  # straight to 127.0.0.1, whatever proxy the test machine has
        self.opened: list[str] = []
        self.pages: list[requests.Response] = []
        self._tamper = tamper

    def __call__(self, url: str) -> None:
        self.opened.append(url)
        answer = self.http.get(url, allow_redirects=False, timeout=WAIT)
        while answer.is_redirect:
            location = answer.headers["Location"]
            if self._tamper is not None:
                location = self._tamper(location)
            answer = self.http.get(location, allow_redirects=False, timeout=WAIT)
        self.pages.append(answer)


def stored(memory: MemoryKeyring, account_key: str) -> dict[str, str]:
    prefix = f"{account_key}:"
    return {
        u[len(prefix) :]: v for (s, u), v in memory.entries.items() if s == SERVICE and u.startswith(prefix)
    }


def connect(
    world: XWorld,
    accounts: Accounts,
    secrets: SecretStore,
    session: requests.Session,
    browser: Browser | None = None,
):  # type: ignore[no-untyped-def]
    return connect_oauth2(
        accounts,
        secrets,
        session,
        world.app.client_id,
        open_browser=browser or Browser(),
        timeout=WAIT,
        port=world.port,
    )


# -- OAuth 2.0 -----------------------------------------------------------------------------------


def test_oauth2_sign_in_connects_the_account(
    world: XWorld, accounts: Accounts, secrets: SecretStore, memory: MemoryKeyring, session: requests.Session
) -> None:
    browser = Browser()
    account = connect(world, accounts, secrets, session, browser)

    assert (account.handle, account.display_name, account.remote_id) == (
        "@cardiffcouncil",
        "Crier Test Council",
        world.user.id,
    )
    assert account.status is AccountStatus.CONNECTED and account.auth_kind == "oauth2"
    assert set(account.secret_names) == set(OAUTH2_SECRETS)
    # The authorise page is the fake's (it follows CRIER_X_API_BASE), asking for exactly Crier's scopes.
    url = urlsplit(browser.opened[0])
    query = {k: v[0] for k, v in parse_qs(url.query).items()}
    assert f"{url.scheme}://{url.netloc}{url.path}" == world.server.base_url + AUTHORIZE_PATH
    assert set(query["scope"].split()) == set(SCOPES)
    assert query["code_challenge_method"] == "S256" and query["redirect_uri"].endswith(
        f":{world.port}/callback"
    )
    assert "You can close this window" in browser.pages[-1].text
    # The tokens in the keyring are the ones X issued, and they work.
    values = stored(memory, account.key)
    assert set(values) == set(OAUTH2_SECRETS)
    assert world.state.principal_for_bearer(values["access_token"]).user.id == world.user.id
    token_calls = world.state.requests("POST", "/2/oauth2/token")
    assert len(token_calls) == 1 and token_calls[0].status == 200
    form = parse_qs(token_calls[0].body.decode())
    assert form["grant_type"] == ["authorization_code"] and form["code_verifier"]


def test_oauth2_answers_with_a_wrong_or_missing_state_are_ignored_until_the_right_one(
    world: XWorld,
    accounts: Accounts,
    secrets: SecretStore,
    session: requests.Session,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Any page in the browser can call 127.0.0.1: such a request must not end the sign-in."""
    forged: list[requests.Response] = []

    def other_pages_first(location: str) -> str:
        parts = urlsplit(location)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        for state in ("attacker-chosen", None):
            bad = {k: v for k, v in query.items() if k != "state"} | ({"state": state} if state else {})
            forged.append(requests.get(urlunsplit(parts._replace(query=urlencode(bad))), timeout=WAIT))
        return location

    caplog.set_level(logging.WARNING)
    view = connect(world, accounts, secrets, session, Browser(tamper=other_pages_first))
    assert view.handle == "@cardiffcouncil" and len(accounts.all()) == 1
    assert all("the sign-in Crier is waiting for" in page.text for page in forged)
    assert len(world.state.requests("POST", "/2/oauth2/token")) == 1  # only the right code was exchanged
    assert "different state" in caplog.text and "missing state" in caplog.text
    assert "attacker-chosen" not in caplog.text


def test_oauth2_denied_consent_says_so_plainly(
    world: XWorld, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> None:
    world.state.set_browser(world.user.id, approve=False)
    with pytest.raises(XAuthError) as caught:
        connect(world, accounts, secrets, session)
    assert caught.value.problem is XAuthProblem.DENIED
    assert caught.value.user_message.startswith("You didn't give Crier permission on X")
    assert accounts.all() == []


def test_oauth2_gives_up_waiting_after_the_bounded_wait(world: XWorld, session: requests.Session) -> None:
    opened: list[str] = []
    flow = OAuth2Flow(world.app.client_id, session, port=world.port)
    opened.append(flow.start())
    with pytest.raises(XAuthError) as caught:
        flow.wait(timeout=0.2)
    assert caught.value.problem is XAuthProblem.TIMED_OUT and "Start again" in caught.value.user_message
    with pytest.raises(requests.ConnectionError):  # the listener is closed afterwards
        requests.get(f"http://127.0.0.1:{world.port}/callback", timeout=WAIT)


def test_oauth2_sign_in_can_be_cancelled(world: XWorld, session: requests.Session) -> None:
    flow = OAuth2Flow(world.app.client_id, session, port=world.port)
    flow.start()
    flow.cancel()  # the window's Cancel button, from another thread in the app
    with pytest.raises(XAuthError) as caught:
        flow.wait(timeout=WAIT)
    assert caught.value.problem is XAuthProblem.CANCELLED


def test_oauth2_needs_a_client_id(session: requests.Session) -> None:
    with pytest.raises(XAuthError) as caught:
        OAuth2Flow("  ", session)
    assert caught.value.problem is XAuthProblem.NOT_CONFIGURED and "x.client_id" in caught.value.user_message


def test_authorise_page_follows_the_api_base_only_for_this_computer() -> None:
    assert authorize_base({}) == "https://x.com"
    assert authorize_base({"CRIER_X_API_BASE": "http://127.0.0.1:8999/"}) == "http://127.0.0.1:8999"
    assert authorize_base({"CRIER_X_API_BASE": "https://gateway.example.gov.uk"}) == "https://x.com"
    assert (
        authorize_base({"CRIER_X_AUTHORIZE_BASE": "https://sso.example.gov.uk"})
        == "https://sso.example.gov.uk"
    )
    with pytest.raises(XAuthError):
        authorize_base({"CRIER_X_AUTHORIZE_BASE": "http://sso.example.gov.uk"})


def test_keyring_is_checked_before_the_browser_opens(
    world: XWorld, accounts: Accounts, session: requests.Session
) -> None:
    from tests.keyrings import NoBackendKeyring

    browser = Browser()
    with pytest.raises(CredentialsUnavailable):
        connect(world, accounts, SecretStore(backend=NoBackendKeyring()), session, browser)
    assert browser.opened == [] and accounts.all() == []


def _oauth2_account(world: XWorld, accounts: Accounts, secrets: SecretStore, session: requests.Session):  # type: ignore[no-untyped-def]
    issued = world.state.issue_oauth2_tokens(world.user.id, world.app.client_id)
    tokens = OAuth2Tokens(
        Secret(issued.access_token), Secret(issued.refresh_token or ""), world.state.now() + issued.expires_in
    )
    info = verify(session, tokens)
    return save_account(accounts, secrets, info, tokens, client_id=world.app.client_id), issued


def test_access_token_near_expiry_is_refreshed_and_the_rotated_refresh_token_stored(
    world: XWorld, accounts: Accounts, secrets: SecretStore, memory: MemoryKeyring, session: requests.Session
) -> None:
    account, issued = _oauth2_account(world, accounts, secrets, session)
    secrets.put(account.key, "access_token_expires_at", str(int(world.state.now()) + 60))  # 1 minute left
    keeper = OAuth2Keeper(account, accounts, secrets, session)

    tokens = keeper.tokens()

    values = stored(memory, account.key)
    assert tokens.access_token.reveal() == values["access_token"] != issued.access_token
    assert values["refresh_token"] not in ("", issued.refresh_token)  # rotated, and the new one kept
    assert float(values["access_token_expires_at"]) > world.state.now() + 7000
    assert world.state.principal_for_bearer(values["access_token"]).user.id == world.user.id
    # X rotates: the old refresh token is spent.
    old = requests.post(
        world.server.base_url + "/2/oauth2/token",
        timeout=WAIT,
        data={
            "grant_type": "refresh_token",
            "refresh_token": issued.refresh_token,
            "client_id": world.app.client_id,
        },
    )
    assert old.status_code == 400 and old.json()["error"] == "invalid_grant"
    assert keeper.tokens().access_token == tokens.access_token  # fresh now: no second refresh
    assert [r.status for r in world.state.requests("POST", "/2/oauth2/token")] == [
        200,
        400,
    ]  # ours, the probe


class RacingSession(requests.Session):
    """Lets "another Crier" renew the tokens just before this one's token request goes out."""

    def __init__(self, inner: requests.Session, other: Callable[[], object]) -> None:
        super().__init__()
        self.inner, self.other, self.raced = inner, other, False

    def post(
        self, url: str | bytes, data: object = None, json: object = None, **kwargs: object
    ) -> requests.Response:
        if not self.raced:
            self.raced = True
            self.other()
        return self.inner.post(url, data=data, json=json, **kwargs)  # type: ignore[arg-type]


def test_a_refresh_lost_to_another_crier_uses_the_tokens_it_stored(
    world: XWorld, accounts: Accounts, secrets: SecretStore, memory: MemoryKeyring, session: requests.Session
) -> None:
    account, _ = _oauth2_account(world, accounts, secrets, session)

    def other_process_refreshes() -> None:
        """What `crier sync` beside the window does: rotate the refresh token and store the new pair."""
        spent = secrets.get(account.key, "refresh_token")
        assert spent is not None
        form = {
            "grant_type": "refresh_token",
            "refresh_token": spent.reveal(),
            "client_id": world.app.client_id,
        }
        fresh = requests.post(world.server.base_url + "/2/oauth2/token", data=form, timeout=WAIT).json()
        secrets.put(account.key, "refresh_token", fresh["refresh_token"])
        secrets.put(account.key, "access_token", fresh["access_token"])
        secrets.put(account.key, "access_token_expires_at", str(int(world.state.now()) + 7200))

    racing = RacingSession(session, other_process_refreshes)

    tokens = OAuth2Keeper(account, accounts, secrets, racing).refresh()

    # The fake logs an answer's status just after sending it: wait for both entries to be complete.
    world.state.wait_for_requests(2, method="POST", path="/2/oauth2/token", finished=True)
    assert [r.status for r in world.state.requests("POST", "/2/oauth2/token")] == [200, 400]
    assert tokens.access_token.reveal() == stored(memory, account.key)["access_token"]
    assert accounts.get(account.id).status is AccountStatus.CONNECTED  # not asked to sign in again


def test_revoked_refresh_token_marks_the_account_as_needing_sign_in(
    world: XWorld, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> None:
    account, issued = _oauth2_account(world, accounts, secrets, session)
    world.state.revoke(issued.refresh_token or "")  # the user disconnected Crier in X's settings

    with pytest.raises(XAuthError) as caught:
        OAuth2Keeper(account, accounts, secrets, session).refresh()

    assert caught.value.problem is XAuthProblem.NEEDS_SIGN_IN
    after = accounts.get(account.id)
    assert after.status is AccountStatus.NEEDS_SIGN_IN
    assert (
        "Connect the account again" in after.status_message
        and issued.refresh_token not in after.status_message
    )


def test_sign_out_revokes_at_x_and_removes_the_keyring_entries(
    world: XWorld, accounts: Accounts, secrets: SecretStore, memory: MemoryKeyring, session: requests.Session
) -> None:
    account = connect(world, accounts, secrets, session)
    values = stored(memory, account.key)

    assert sign_out(account, accounts, secrets, session) is True

    assert stored(memory, account.key) == {}
    assert accounts.all() == []
    revokes = world.state.requests("POST", "/2/oauth2/revoke")
    assert revokes and all(r.status == 200 for r in revokes)
    from tests.fakes.x_state import XError

    with pytest.raises(XError):
        world.state.principal_for_bearer(values["access_token"])


def test_sign_out_while_offline_still_forgets_the_account_here(
    world: XWorld, accounts: Accounts, secrets: SecretStore, memory: MemoryKeyring, session: requests.Session
) -> None:
    account = connect(world, accounts, secrets, session)
    world.server.close()  # X unreachable
    assert sign_out(account, accounts, secrets, session) is False
    assert stored(memory, account.key) == {} and accounts.all() == []


def test_reconnecting_the_same_x_account_updates_it_instead_of_adding_another(
    world: XWorld, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> None:
    first = connect(world, accounts, secrets, session)
    accounts.mark(first.id, AccountStatus.NEEDS_SIGN_IN, "signed out elsewhere")
    again = connect(world, accounts, secrets, session)
    assert again.id == first.id and again.status is AccountStatus.CONNECTED and len(accounts.all()) == 1


# -- OAuth 1.0a ------------------------------------------------------------------------------------


def test_pin_flow_connects_the_account(
    world: XWorld, accounts: Accounts, secrets: SecretStore, memory: MemoryKeyring, session: requests.Session
) -> None:
    flow = PinFlow(world.app.consumer_key, Secret(world.app.consumer_secret), session)
    url = flow.start()
    assert url.startswith(world.server.base_url + "/oauth/authorize?oauth_token=")
    browser = Browser()
    browser(url)
    pin = re.search(r"<code>(\d+)</code>", browser.pages[-1].text)
    assert pin is not None

    keys = flow.finish(pin.group(1))
    account = connect_oauth1(accounts, secrets, session, keys)

    assert account.handle == "@cardiffcouncil" and account.auth_kind == "oauth1"
    values = stored(memory, account.key)
    assert set(values) == set(OAUTH1_SECRETS) == set(account.secret_names)
    assert values["consumer_secret"] == world.app.consumer_secret
    assert (
        world.state.principal_for_oauth1(values["consumer_key"], values["access_token"]).user.id
        == world.user.id
    )


def test_a_wrong_pin_is_refused_plainly(world: XWorld, session: requests.Session) -> None:
    flow = PinFlow(world.app.consumer_key, world.app.consumer_secret, session)
    Browser()(flow.start())
    with pytest.raises(XAuthError) as caught:
        flow.finish("0000000")
    assert caught.value.problem is XAuthProblem.REJECTED and "PIN" in caught.value.user_message
    with pytest.raises(XAuthError) as not_digits:
        flow.finish("twelve")
    assert not_digits.value.problem is XAuthProblem.INVALID_INPUT


def _pasted(world: XWorld, **override: str) -> dict[str, str]:
    issued = world.state.issue_oauth1_tokens(world.user.id, world.app.consumer_key)
    return {
        "consumer_key": world.app.consumer_key,
        "consumer_secret": world.app.consumer_secret,
        "access_token": issued.access_token,
        "access_token_secret": issued.access_token_secret,
        **override,
    }


def test_pasted_keys_are_verified_then_stored(
    world: XWorld, accounts: Accounts, secrets: SecretStore, memory: MemoryKeyring, session: requests.Session
) -> None:
    values = _pasted(world)
    account = connect_oauth1(accounts, secrets, session, parse_oauth1_json(json.dumps(values)))
    assert (account.handle, account.remote_id) == ("@cardiffcouncil", world.user.id)
    assert stored(memory, account.key) == values
    keys = load_credentials(account, secrets)
    assert isinstance(keys, OAuth1Keys) and keys.access_token.reveal() == values["access_token"]
    assert [r.status for r in world.state.requests("GET", "/2/users/me")] == [200]


def test_rejected_keys_store_nothing(
    world: XWorld, accounts: Accounts, secrets: SecretStore, memory: MemoryKeyring, session: requests.Session
) -> None:
    bad = _pasted(world, access_token_secret="not-the-right-secret")
    with pytest.raises(XAuthError) as caught:
        connect_oauth1(accounts, secrets, session, parse_oauth1_json(json.dumps(bad)))
    assert caught.value.problem is XAuthProblem.REJECTED
    assert caught.value.user_message.startswith("X rejected these keys")
    assert accounts.all() == [] and memory.entries == {}
    assert "not-the-right-secret" not in repr(caught.value) + caught.value.detail


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{not json", "aren't valid JSON"),
        ("[1, 2]", "must be one JSON object"),
        ('{"consumer_key": "k", "consumer_secret": "s"}', "access_token, access_token_secret are missing"),
        (
            '{"consumer_key": "k", "consumer_secret": "s", "access_token": "", "access_token_secret": "t"}',
            "access_token is missing",
        ),
    ],
)
def test_pasted_json_problems_are_named_without_the_values(text: str, expected: str) -> None:
    with pytest.raises(XAuthError) as caught:
        parse_oauth1_json(text)
    assert caught.value.problem is XAuthProblem.INVALID_INPUT and expected in caught.value.user_message
    assert '"s"' not in caught.value.user_message


def test_credentials_never_print() -> None:
    keys = OAuth1Keys(Secret("ck-value"), Secret("cs-value"), Secret("at-value"), Secret("ats-value"))
    tokens = OAuth2Tokens(Secret("access-value"), Secret("refresh-value"), 0.0)
    shown = repr(keys) + str(keys) + repr(tokens) + f"{tokens}"
    for value in ("ck-value", "cs-value", "at-value", "ats-value", "access-value", "refresh-value"):
        assert value not in shown


# -- the CLI, in a real subprocess -----------------------------------------------------------------


def crier(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=REPO,
        input=stdin,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO), **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def file_keyring(tmp_path: Path) -> dict[str, str]:
    return {
        "PYTHON_KEYRING_BACKEND": "tests.keyrings.JsonFileTestKeyring",
        "CRIER_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
    }


def test_cli_add_x_with_good_keys(world: XWorld, file_keyring: dict[str, str]) -> None:
    values = _pasted(world)
    result = crier("accounts", "add-x", "--oauth1", stdin=json.dumps(values), env=file_keyring)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Connected @cardiffcouncil (Crier Test Council)."
    kept = json.loads(Path(file_keyring["CRIER_TEST_KEYRING_FILE"]).read_text())
    assert sorted(kept.values()) == sorted(values.values())
    listing = json.loads(crier("accounts", "list", "--json", env=file_keyring).stdout)
    assert [(a["handle"], a["status"]) for a in listing] == [("@cardiffcouncil", "connected")]
    for value in values.values():
        assert value not in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("stdin", "code", "expected"),
    [
        ("consumer_key=abc", 2, "aren't valid JSON"),
        ('{"consumer_key": "abc"}', 2, "are missing"),
    ],
)
def test_cli_add_x_refuses_bad_input_in_one_sentence(
    stdin: str, code: int, expected: str, file_keyring: dict[str, str]
) -> None:
    result = crier("accounts", "add-x", "--oauth1", stdin=stdin, env=file_keyring)
    assert result.returncode == code
    assert expected in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_add_x_with_rejected_keys(world: XWorld, file_keyring: dict[str, str]) -> None:
    bad = _pasted(world, consumer_secret="wrong-consumer-secret")
    result = crier("accounts", "add-x", "--oauth1", stdin=json.dumps(bad), env=file_keyring)
    assert result.returncode == 1
    assert result.stderr.startswith("crier: X rejected these keys") and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "wrong-consumer-secret" not in result.stderr
    assert not Path(file_keyring["CRIER_TEST_KEYRING_FILE"]).exists()


def test_cli_add_x_without_a_keyring(world: XWorld) -> None:
    result = crier(
        "accounts",
        "add-x",
        "--oauth1",
        stdin=json.dumps(_pasted(world)),
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert result.returncode == 1
    # The last line is the sentence for the user; SecretStore's own WARNING log record may precede it on
    # the console (app.py shows WARNING records there for every command).
    assert result.stderr.strip().splitlines()[-1].startswith("crier: Crier can't store credentials on this")
    assert "Traceback" not in result.stderr
    assert world.state.requests("GET", "/2/users/me") == []  # nothing sent when there's nowhere to keep it
    assert json.loads(crier("accounts", "list", "--json").stdout) == []


def test_cli_add_x_oauth2_needs_the_client_id(file_keyring: dict[str, str]) -> None:
    result = crier("accounts", "add-x", "--oauth2", env=file_keyring)
    assert result.returncode == 1 and "x.client_id" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_add_x_oauth2_signs_in_through_the_browser(
    world: XWorld, file_keyring: dict[str, str], tmp_path: Path
) -> None:
    policy = Path(os.environ["CRIER_POLICY_FILE"])
    policy.write_text(json.dumps({"x.client_id": world.app.client_id}))
    # webbrowser runs $BROWSER with the URL: here a "browser" that follows X's redirect back to Crier.
    follow = (
        "import sys, requests; s = requests.Session(); s.trust_env = False; s.get(sys.argv[1], timeout=10)"
    )
    browser = f"{shlex.quote(sys.executable)} -c {shlex.quote(follow)} %s"
    result = crier(
        "accounts", "add-x", "--oauth2", "--port", str(world.port), "--wait", "30",
        env={**file_keyring, "BROWSER": browser},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[1].startswith(
        world.server.base_url + AUTHORIZE_PATH + "?"
    )  # the URL, for when no browser opens
    assert lines[-1] == "Connected @cardiffcouncil (Crier Test Council)."
    kept = json.loads(Path(file_keyring["CRIER_TEST_KEYRING_FILE"]).read_text())
    assert sorted(name.split(":")[-1] for name in kept) == sorted(OAUTH2_SECRETS)
