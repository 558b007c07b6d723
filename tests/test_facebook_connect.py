"""Connecting a Facebook Page against the fake Graph API: a pasted token, or Facebook Login's manual flow.

The app's own session reaches the fake through ``CRIER_FACEBOOK_API_BASE``; a test browser follows the
login dialog's redirect to Crier's 127.0.0.1 listener, and node runs the relay page's real script.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import shutil
import socket
import subprocess
import threading
from collections.abc import Sequence
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from desktop.core.accounts import Accounts, AccountStatus
from desktop.core.credentials import SERVICE, CredentialsUnavailable, SecretStore
from desktop.core.db import Database
from desktop.core.net import NetConfig, make_session
from desktop.core.networks.facebook import api as fba
from desktop.core.networks.facebook import login as fbl
from desktop.core.networks.facebook import publisher as fbp
from desktop.core.networks.facebook import sign_in as fbs
from desktop.core.networks.publishing import PartRequest
from desktop.core.paths import app_paths
from tests.fakes.faults import Fault
from tests.fakes.graph_api import GraphConfig, GraphFault, RawAnswer
from tests.fakes.graph_fixtures import GraphEnv, GraphFactory, TestBrowser, graph_api, graph_api_factory
from tests.keyrings import LeakyKeyring, LockedKeyring, MemoryKeyring, ReadOnlyKeyring

__all__ = ["graph_api", "graph_api_factory"]  # fixtures, imported by name

WAIT = 10.0  # bounded waits for the browser step; the test browser answers at once


def free_port() -> int:
    """A port for the loopback redirect; Facebook (and the fake) match redirect URIs exactly."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def session(graph_api: GraphEnv) -> requests.Session:
    return graph_api.session()


def entry(account_id: int) -> tuple[str, str]:
    return (SERVICE, f"account-{account_id}:{fba.TOKEN_SECRET}")


def one_sentence(text: str) -> bool:
    """A plain message: no Graph codes, no traceback, a full stop at the end."""
    return bool(text) and text.endswith(".") and "(#" not in text and "Traceback" not in text


# -- a pasted Page token -------------------------------------------------------------------------------


def test_a_page_token_is_checked_then_kept_in_the_keyring_only(
    graph_api: GraphEnv,
    accounts: Accounts,
    secrets: SecretStore,
    memory: MemoryKeyring,
    session: requests.Session,
    db: Database,
) -> None:
    account = fbs.connect_facebook(accounts, secrets, session, graph_api.page.id, graph_api.page_token)

    assert (account.network, account.handle, account.display_name) == (
        "facebook",
        "@cardiffcouncil",
        "Cardiff Council",
    )
    assert account.remote_id == graph_api.page.id and account.auth_kind == fba.AUTH_KIND
    assert account.service_url == "https://www.facebook.com/cardiffcouncil"
    assert account.status is AccountStatus.CONNECTED and account.secret_names == (fba.TOKEN_SECRET,)
    assert memory.entries == {entry(account.id): graph_api.page_token}
    assert "token_expires_at" not in account.settings  # a pasted token's lifetime isn't known
    db.close()
    stored = [p.read_bytes() for p in app_paths().data.rglob("*") if p.is_file()]
    assert stored and not [b for b in stored if graph_api.page_token.encode() in b]


def test_without_a_page_id_the_token_says_which_page_it_is(
    graph_api: GraphEnv, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> None:
    account = fbs.connect_facebook(accounts, secrets, session, "", f"  {graph_api.page_token}\n")
    assert account.remote_id == graph_api.page.id


def test_a_page_without_a_username_is_known_by_its_name(
    graph_api: GraphEnv, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> None:
    other = graph_api.state.add_page("Cyngor Caerdydd")
    token = graph_api.state.issue_page_token(other.id)
    account = fbs.connect_facebook(accounts, secrets, session, other.id, token)
    assert account.handle == "Cyngor Caerdydd"
    assert account.service_url == f"https://www.facebook.com/{other.id}"


def test_a_token_for_another_page_is_refused_and_nothing_is_kept(
    graph_api: GraphEnv,
    accounts: Accounts,
    secrets: SecretStore,
    memory: MemoryKeyring,
    session: requests.Session,
) -> None:
    other = graph_api.state.add_page("Vale of Glamorgan Council", "valeofglamorgan")
    with pytest.raises(fbs.FacebookConnectError) as caught:
        fbs.connect_facebook(accounts, secrets, session, other.id, graph_api.page_token)
    assert caught.value.problem is fbs.ConnectProblem.WRONG_PAGE
    assert "Cardiff Council" in caught.value.user_message and one_sentence(caught.value.user_message)
    assert accounts.all() == [] and memory.entries == {}


@pytest.mark.parametrize("spoil", ["unknown", "expired", "invalidated"])
def test_a_token_facebook_refuses_is_reported_plainly(
    graph_api: GraphEnv,
    accounts: Accounts,
    secrets: SecretStore,
    memory: MemoryKeyring,
    session: requests.Session,
    spoil: str,
) -> None:
    token = "EAAPnot-a-real-token" if spoil == "unknown" else graph_api.page_token
    if spoil == "expired":
        graph_api.state.expire_token(token)
    elif spoil == "invalidated":
        graph_api.state.invalidate_token(token, 467)
    with pytest.raises(fbs.FacebookConnectError) as caught:
        fbs.connect_facebook(accounts, secrets, session, graph_api.page.id, token)
    assert caught.value.problem is fbs.ConnectProblem.REJECTED
    assert "didn't accept this access token" in caught.value.user_message
    assert token not in f"{caught.value!r} {caught.value.detail}"
    assert accounts.all() == [] and memory.entries == {}


def test_a_persons_token_is_swapped_for_the_pages_own(
    graph_api: GraphEnv,
    accounts: Accounts,
    secrets: SecretStore,
    memory: MemoryKeyring,
    session: requests.Session,
) -> None:
    person = graph_api.state.issue_user_token(graph_api.user.id, app_id=graph_api.app.app_id)
    account = fbs.connect_facebook(accounts, secrets, session, graph_api.page.id, person)

    stored = memory.entries[entry(account.id)]
    assert stored != person and graph_api.state.tokens[stored].kind == "page"
    publisher = fbp.FacebookPublisher(account, secrets, session)
    publisher.publish(PartRequest(1, 0, 1, "Connected with a person's token", "en", None, None))
    assert graph_api.messages() == ["Connected with a person's token"]


def test_a_persons_token_needs_the_page_id_when_they_manage_several(
    graph_api: GraphEnv, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> None:
    graph_api.state.add_page("Cardiff Libraries", "cardifflibraries", manager=graph_api.user.id)
    person = graph_api.state.issue_user_token(graph_api.user.id)
    with pytest.raises(fbs.FacebookConnectError) as caught:
        fbs.connect_facebook(accounts, secrets, session, "", person)
    assert (
        caught.value.problem is fbs.ConnectProblem.WRONG_PAGE and "enter the ID" in caught.value.user_message
    )
    with pytest.raises(fbs.FacebookConnectError) as caught:
        fbs.connect_facebook(accounts, secrets, session, "999", person)
    assert "doesn't manage Page 999" in caught.value.user_message


def test_reconnecting_a_page_updates_its_account(
    graph_api: GraphEnv,
    accounts: Accounts,
    secrets: SecretStore,
    memory: MemoryKeyring,
    session: requests.Session,
) -> None:
    first = fbs.connect_facebook(accounts, secrets, session, graph_api.page.id, graph_api.page_token)
    accounts.mark(first.id, AccountStatus.NEEDS_SIGN_IN, "expired")
    fresh = graph_api.state.issue_page_token(graph_api.page.id)

    again = fbs.connect_facebook(accounts, secrets, session, graph_api.page.id, fresh)

    assert again.id == first.id and len(accounts.all()) == 1
    assert again.status is AccountStatus.CONNECTED and memory.entries == {entry(first.id): fresh}


@pytest.mark.parametrize(
    ("page_id", "token", "words"),
    [
        ("Cardiff Council", "EAAPtoken", "A Page ID is a number"),
        ("123", "", "Paste the Page access token first."),
        ("123", "EAAP abc", "contains spaces"),
    ],
)
def test_what_was_typed_is_checked_before_anything_is_sent(
    graph_api: GraphEnv,
    accounts: Accounts,
    secrets: SecretStore,
    session: requests.Session,
    page_id: str,
    token: str,
    words: str,
) -> None:
    with pytest.raises(fbs.FacebookConnectError) as caught:
        fbs.connect_facebook(accounts, secrets, session, page_id, token)
    assert caught.value.problem is fbs.ConnectProblem.BAD_INPUT and words in caught.value.user_message
    assert graph_api.state.requests() == []


def test_no_keyring_means_no_request_and_no_account(
    graph_api: GraphEnv, accounts: Accounts, session: requests.Session
) -> None:
    with pytest.raises(CredentialsUnavailable) as caught:
        fbs.connect_facebook(
            accounts, SecretStore(backend=LockedKeyring()), session, "", graph_api.page_token
        )
    assert "locked" in caught.value.user_message
    assert graph_api.state.requests() == [] and accounts.all() == []


@pytest.mark.parametrize("backend", [ReadOnlyKeyring, LeakyKeyring])
def test_a_keyring_that_refuses_the_token_leaves_no_half_made_account(
    graph_api: GraphEnv,
    accounts: Accounts,
    session: requests.Session,
    backend: type[MemoryKeyring],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(CredentialsUnavailable) as caught:
        fbs.connect_facebook(accounts, SecretStore(backend=backend()), session, "", graph_api.page_token)
    assert accounts.all() == []
    assert graph_api.page_token not in f"{caught.value} {caught.value.detail} {caplog.text}"


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        (Fault.unavailable(), "Try again in a few minutes."),
        (GraphFault.graph(80001, regain_minutes=5), "Try again in a few minutes."),
        (GraphFault.graph(100, subcode=33), "Check the Page ID"),
        (
            GraphFault.graph(200, status=403, message="(#200) Missing pages_show_list"),
            "Missing pages_show_list",
        ),
    ],
)
def test_facebooks_other_refusals_are_said_plainly_and_keep_nothing(
    graph_api: GraphEnv,
    accounts: Accounts,
    secrets: SecretStore,
    memory: MemoryKeyring,
    session: requests.Session,
    fault: Fault,
    words: str,
) -> None:
    graph_api.faults.add(fault, method="GET", path="/me")
    with pytest.raises(fbs.FacebookConnectError) as caught:
        fbs.connect_facebook(accounts, secrets, session, "", graph_api.page_token)
    assert words in caught.value.user_message and "Crier will try again" not in caught.value.user_message
    assert accounts.all() == [] and memory.entries == {}


def test_a_wifi_sign_in_page_instead_of_facebook_is_explained(
    graph_api: GraphEnv, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> None:
    graph_api.answers.add(RawAnswer.of(200, "<html>Sign in to Wi-Fi</html>", "text/html"), path="/me")
    with pytest.raises(fbs.FacebookConnectError) as caught:
        fbs.connect_facebook(accounts, secrets, session, "", graph_api.page_token)
    assert (
        "Wi-Fi sign-in page" in caught.value.user_message
        and caught.value.problem is fbs.ConnectProblem.FACEBOOK
    )


def test_an_unreachable_facebook_is_a_network_problem(
    monkeypatch: pytest.MonkeyPatch, accounts: Accounts, secrets: SecretStore
) -> None:
    monkeypatch.setenv("CRIER_FACEBOOK_API_BASE", "http://127.0.0.1:9")
    offline = make_session(NetConfig.from_env(connect_timeout=2, read_timeout=2))
    with offline, pytest.raises(fbs.FacebookConnectError) as caught:
        fbs.connect_facebook(accounts, secrets, offline, "", "EAAPtoken")
    assert caught.value.problem is fbs.ConnectProblem.NETWORK
    assert "connected to the internet" in caught.value.user_message


def test_an_https_base_is_required_away_from_this_computer(
    accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> None:
    with pytest.raises(ValueError, match="must start with https://"):
        fbs.connect_facebook(accounts, secrets, session, "", "EAAPtoken", base="http://graph.example.gov.uk")


# -- Facebook Login ------------------------------------------------------------------------------------


@pytest.fixture
def port() -> int:
    return free_port()


@pytest.fixture
def login_env(graph_api_factory: GraphFactory, port: int) -> GraphEnv:
    """A fake whose Crier app has the loopback redirect registered, as the council's app must."""
    return graph_api_factory(redirect_uris=(f"http://127.0.0.1:{port}{fba.CALLBACK_PATH}",))


def first(pages: Sequence[fbs.PageChoice]) -> fbs.PageChoice:
    return pages[0]


def test_login_in_the_browser_connects_the_chosen_page(
    login_env: GraphEnv, accounts: Accounts, secrets: SecretStore, memory: MemoryKeyring, port: int
) -> None:
    browser = TestBrowser()
    opened: list[str] = []
    shown: list[Sequence[fbs.PageChoice]] = []

    def choose(pages: Sequence[fbs.PageChoice]) -> fbs.PageChoice:
        shown.append(pages)
        return pages[0]

    account = fbl.connect_facebook_login(
        accounts,
        secrets,
        login_env.session(),
        login_env.app.app_id,
        choose_page=choose,
        open_browser=lambda url: opened.append(url) or browser(url),
        timeout=WAIT,
        port=port,
    )

    [url] = opened
    parts = urlsplit(url)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert parts.path == f"/{fba.GRAPH_VERSION}/dialog/oauth"
    assert query["client_id"] == login_env.app.app_id and query["response_type"] == "token"
    assert query["redirect_uri"] == f"http://127.0.0.1:{port}/callback" and len(query["state"]) >= 32
    assert set(query["scope"].split(",")) == set(fba.SCOPES)
    assert [p.name for p in shown[0]] == ["Cardiff Council"] and "****" in repr(shown[0][0])
    assert account.remote_id == login_env.page.id
    stored = memory.entries[entry(account.id)]
    assert login_env.state.tokens[stored].kind == "page"
    # The person's token lasts 90 minutes, so the Page token made from it ends then too.
    expires = account.settings["token_expires_at"]
    assert login_env.state.now() + 5000 < expires < login_env.state.now() + 5500
    assert "Crier has Facebook's answer" in browser.pages[-1]


def test_a_long_lived_login_keeps_no_end_time(
    graph_api_factory: GraphFactory, port: int, accounts: Accounts, secrets: SecretStore
) -> None:
    env = graph_api_factory(
        GraphConfig(user_token_lifetime=60 * 86_400.0),
        redirect_uris=(f"http://127.0.0.1:{port}{fba.CALLBACK_PATH}",),
    )
    account = fbl.connect_facebook_login(
        accounts,
        secrets,
        env.session(),
        env.app.app_id,
        choose_page=first,
        open_browser=TestBrowser(),
        timeout=WAIT,
        port=port,
    )
    assert "token_expires_at" not in account.settings


@pytest.mark.skipif(shutil.which("node") is None, reason="node is needed to run the relay page's script")
def test_the_relay_pages_own_script_hands_the_token_to_crier(login_env: GraphEnv, port: int) -> None:
    with fbl.FacebookLogin(login_env.app.app_id, port=port) as login:
        url = login.start()
        redirect = requests.get(url, allow_redirects=False, timeout=5).headers["Location"]
        callback = urlsplit(redirect)
        page = requests.get(redirect.split("#")[0], timeout=5)
        script = re.search(r"<script>(.*)</script>", page.text, re.S).group(1)  # type: ignore[union-attr]
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in page.headers["Content-Security-Policy"]
        assert page.headers["Referrer-Policy"] == "no-referrer"
        runner = """
            const [base, fragment, source] = process.argv.slice(1);
            const status = {textContent: ''};
            globalThis.window = {location: {hash: '#' + fragment, pathname: '/callback'}};
            globalThis.history = {replaceState: (state, title, url) => { globalThis.replaced = url; }};
            globalThis.document = {getElementById: () => status};
            const realFetch = globalThis.fetch;
            globalThis.fetch = (path, options) => realFetch(base + path, options);
            new Function(source)();
            const started = Date.now();
            const timer = setInterval(() => {
              if (status.textContent || Date.now() - started > 5000) {
                clearInterval(timer);
                console.log(JSON.stringify({status: status.textContent, replaced: globalThis.replaced}));
              }
            }, 10);
        """
        base = f"{callback.scheme}://{callback.netloc}"
        ran = subprocess.run(
            ["node", "-e", runner, base, callback.fragment, script],
            capture_output=True,
            text=True,
            timeout=20,
            check=True,
        )
        result = json.loads(ran.stdout)
        token = login.wait(WAIT)
    assert "Crier has Facebook's answer" in result["status"]
    assert result["replaced"] == "/callback"  # the token is taken out of the address bar and history
    assert login_env.state.tokens[token.token.reveal()].kind == "user"


def test_saying_no_on_facebook_connects_nothing(
    login_env: GraphEnv, accounts: Accounts, secrets: SecretStore, memory: MemoryKeyring, port: int
) -> None:
    login_env.state.set_browser(login_env.user.id, approve=False)
    browser = TestBrowser()
    with pytest.raises(fbs.FacebookConnectError) as caught:
        fbl.connect_facebook_login(
            accounts,
            secrets,
            login_env.session(),
            login_env.app.app_id,
            choose_page=first,
            open_browser=browser,
            timeout=WAIT,
            port=port,
        )
    assert caught.value.problem is fbs.ConnectProblem.DENIED and one_sentence(caught.value.user_message)
    assert "Not connected" in browser.pages[-1]
    assert accounts.all() == [] and memory.entries == {}


def test_an_answer_for_another_sign_in_is_ignored(login_env: GraphEnv, port: int) -> None:
    """Any page in the browser can call 127.0.0.1: such a request must not end the sign-in."""
    with fbl.FacebookLogin(login_env.app.app_id, port=port) as login:
        login.start()
        answer = requests.post(
            f"http://127.0.0.1:{port}{fba.RELAY_PATH}",
            data={"access_token": "EAAUforged", "state": "guess"},
            timeout=5,
        )
        assert "wasn't the sign-in Crier is waiting for" in answer.text
        with pytest.raises(fbs.FacebookConnectError) as caught:
            login.wait(0.3)
    assert caught.value.problem is fbs.ConnectProblem.TIMED_OUT  # still waiting: the forgery was ignored
    assert "waited 1 second " in caught.value.user_message


def test_the_desktop_redirect_takes_the_address_the_person_pastes(login_env: GraphEnv) -> None:
    login = fbl.FacebookLogin(login_env.app.app_id, redirect="desktop")
    url = login.start()
    assert parse_qs(urlsplit(url).query)["redirect_uri"] == [fba.DESKTOP_REDIRECT]
    browser = TestBrowser()
    browser(url)
    assert browser.landed_at.startswith(fba.DESKTOP_REDIRECT + "#access_token=")

    token = login.finish(f"  {browser.landed_at}\n")

    assert login_env.state.tokens[token.token.reveal()].kind == "user" and token.expires_at > 0
    with pytest.raises(fbs.FacebookConnectError) as caught:
        login.finish("https://www.facebook.com/")
    assert caught.value.problem is fbs.ConnectProblem.BAD_INPUT
    other = fbl.FacebookLogin(login_env.app.app_id, redirect="desktop")
    other.start()
    with pytest.raises(fbs.FacebookConnectError) as caught:
        other.finish(browser.landed_at)  # an answer for the first sign-in, not this one
    assert caught.value.problem is fbs.ConnectProblem.STATE_MISMATCH


def test_without_the_councils_app_id_login_says_where_to_set_it() -> None:
    with pytest.raises(fbs.FacebookConnectError) as caught:
        fbl.FacebookLogin("  ")
    assert (
        caught.value.problem is fbs.ConnectProblem.NOT_CONFIGURED
        and "facebook.app_id" in caught.value.user_message
    )


def test_waiting_for_the_browser_ends_by_timeout_or_cancel(login_env: GraphEnv) -> None:
    with fbl.FacebookLogin(login_env.app.app_id) as login:
        login.start()
        with pytest.raises(fbs.FacebookConnectError) as caught:
            login.wait(timeout=0.05)
    assert caught.value.problem is fbs.ConnectProblem.TIMED_OUT and "Start again" in caught.value.user_message

    login = fbl.FacebookLogin(login_env.app.app_id)
    login.start()
    waiting = threading.Event()
    outcome: list[BaseException] = []

    def wait() -> None:
        waiting.set()
        try:
            login.wait(timeout=WAIT)
        except fbs.FacebookConnectError as error:
            outcome.append(error)

    thread = threading.Thread(target=wait)
    thread.start()
    assert waiting.wait(WAIT)
    login.cancel()
    thread.join(WAIT)
    assert [getattr(e, "problem", None) for e in outcome] == [fbs.ConnectProblem.CANCELLED]


def test_a_person_who_cant_create_content_is_told_to_ask_a_page_admin(
    login_env: GraphEnv, accounts: Accounts, secrets: SecretStore, port: int
) -> None:
    login_env.state.grant(login_env.user.id, login_env.page.id, tasks=("ANALYZE",))
    with pytest.raises(fbs.FacebookConnectError) as caught:
        fbl.connect_facebook_login(
            accounts,
            secrets,
            login_env.session(),
            login_env.app.app_id,
            choose_page=first,
            open_browser=TestBrowser(),
            timeout=WAIT,
            port=port,
        )
    assert caught.value.problem is fbs.ConnectProblem.NO_PAGES and "Page admin" in caught.value.user_message


def test_choosing_no_page_cancels(
    login_env: GraphEnv, accounts: Accounts, secrets: SecretStore, memory: MemoryKeyring, port: int
) -> None:
    with pytest.raises(fbs.FacebookConnectError) as caught:
        fbl.connect_facebook_login(
            accounts,
            secrets,
            login_env.session(),
            login_env.app.app_id,
            choose_page=lambda pages: None,
            open_browser=TestBrowser(),
            timeout=WAIT,
            port=port,
        )
    assert caught.value.problem is fbs.ConnectProblem.CANCELLED
    assert accounts.all() == [] and memory.entries == {}


def test_the_dialog_is_facebooks_unless_overridden_for_this_computer() -> None:
    assert fba.dialog_base({}) == "https://www.facebook.com"
    assert fba.dialog_base({"CRIER_FACEBOOK_API_BASE": "http://127.0.0.1:8998"}) == "http://127.0.0.1:8998"
    assert (
        fba.dialog_base({"CRIER_FACEBOOK_API_BASE": "https://graph.staging.example"})
        == "https://www.facebook.com"
    )
    assert fba.dialog_base({"CRIER_FACEBOOK_DIALOG_BASE": "https://fb.example/"}) == "https://fb.example"
    with pytest.raises(ValueError):
        fba.dialog_base({"CRIER_FACEBOOK_DIALOG_BASE": "http://fb.example"})
