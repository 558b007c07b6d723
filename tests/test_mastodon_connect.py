"""Connecting Mastodon accounts against the fake instance: a pasted token, and the browser sign-in.

The sign-in registers Crier with the instance, sends a test "browser" (a plain requests session) to the
instance's authorise page, which presses Authorize or Deny and follows the redirect to Crier's listener on
127.0.0.1, exactly as a person's browser would.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import pytest
import requests

from desktop.core.accounts import AccountStatus
from desktop.core.credentials import SecretStore
from desktop.core.networks.mastodon.api import SCOPES, MastodonSignInError, SignInProblem, instance_url
from desktop.core.networks.mastodon.sign_in import (
    MastodonSignIn,
    connect_mastodon,
    connect_mastodon_oauth,
    sign_out_mastodon,
)
from tests.fakes import mastodon_fixtures as fixtures
from tests.fakes.faults import Fault
from tests.fakes.mastodon_api import ServerConfig
from tests.fakes.mastodon_fixtures import CrierSide, MastodonEnv, MastodonFactory, TestBrowser
from tests.keyrings import NoBackendKeyring

# The fixtures, shared by name (plain assignments, so test arguments may reuse the names).
mastodon_crier = fixtures.mastodon_crier
mastodon = fixtures.mastodon
mastodon_factory = fixtures.mastodon_factory


@pytest.fixture
def crier(mastodon_crier: CrierSide) -> CrierSide:
    """Crier's side (database, keyring, session), by a short name in this module."""
    return mastodon_crier


def stored(crier: CrierSide, account_key: str) -> dict[str, str]:
    prefix = f"{account_key}:"
    return {
        user[len(prefix) :]: value
        for (_, user), value in crier.keyring.entries.items()
        if user.startswith(prefix)
    }


def sign_in_error(call: object) -> MastodonSignInError:
    with pytest.raises(MastodonSignInError) as caught:
        call()  # type: ignore[operator]
    error = caught.value
    assert (
        error.user_message[:1].isupper()
        and error.user_message.endswith(".")
        and "\n" not in error.user_message
    )
    return error


# -- addresses ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("mastodon.social", "https://mastodon.social"),
        (" https://social.example.gov.uk/ ", "https://social.example.gov.uk"),
        ("https://social.example/@council", "https://social.example"),
        ("@council@social.example", "https://social.example"),
        ("council@social.example", "https://social.example"),
        ("social.example:8443", "https://social.example:8443"),
        ("http://127.0.0.1:8998", "http://127.0.0.1:8998"),
        ("http://localhost:8998/", "http://localhost:8998"),
        ("http://[::1]:8998", "http://[::1]:8998"),
    ],
)
def test_instance_addresses_are_normalised(typed: str, expected: str) -> None:
    assert instance_url(typed) == expected


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("http://social.example", "must start with https://"),
        ("http://10.0.0.5", "must start with https://"),
        ("", "Type the address of your Mastodon server"),
        ("ftp://social.example", "can't use “ftp://social.example” as a Mastodon server address"),
        ("https://user:pass@social.example", "can't use “https://***@social.example”"),
        ("https://", "as a Mastodon server address"),
    ],
)
def test_addresses_that_would_be_unsafe_or_meaningless_are_refused(typed: str, words: str) -> None:
    error = sign_in_error(lambda: instance_url(typed))
    assert error.problem is SignInProblem.BAD_ADDRESS and words in error.user_message


# -- a pasted token ------------------------------------------------------------------------------------


def test_a_pasted_token_is_verified_then_stored_one_secret_per_entry(
    mastodon: MastodonEnv, crier: CrierSide
) -> None:
    account = connect_mastodon(
        crier.accounts, crier.secrets, crier.session, mastodon.base_url, f" {mastodon.token}\n"
    )

    assert (account.network, account.handle, account.remote_id, account.service_url, account.auth_kind) == (
        "mastodon",
        "@council@social.example",
        mastodon.account.id,
        mastodon.base_url,
        "token",
    )
    assert account.status is AccountStatus.CONNECTED and account.secret_names == ("access_token",)
    assert stored(crier, account.key) == {"access_token": mastodon.token}
    assert account.settings["char_limit"] == 500 and account.settings["url_length"] == 23
    assert mastodon.token not in repr(account) and mastodon.token not in str(account.as_json())


def test_reconnecting_the_same_account_updates_it(mastodon: MastodonEnv, crier: CrierSide) -> None:
    first = connect_mastodon(crier.accounts, crier.secrets, crier.session, mastodon.base_url, mastodon.token)
    mastodon.state.config.max_characters = 800
    newer = mastodon.state.issue_token(mastodon.account.id)
    again = connect_mastodon(crier.accounts, crier.secrets, crier.session, mastodon.base_url, newer)
    assert again.id == first.id and len(crier.accounts.all()) == 1
    assert stored(crier, again.key) == {"access_token": newer} and again.settings["char_limit"] == 800


def test_a_rejected_token_stores_nothing(mastodon: MastodonEnv, crier: CrierSide) -> None:
    error = sign_in_error(
        lambda: connect_mastodon(
            crier.accounts, crier.secrets, crier.session, mastodon.base_url, "not-a-token"
        )
    )
    assert error.problem is SignInProblem.REJECTED and "didn't accept this access token" in error.user_message
    assert crier.accounts.all() == [] and crier.keyring.entries == {}
    assert "not-a-token" not in f"{error!r} {error.detail}"


def test_an_empty_token_is_refused_before_asking(mastodon: MastodonEnv, crier: CrierSide) -> None:
    error = sign_in_error(
        lambda: connect_mastodon(crier.accounts, crier.secrets, crier.session, mastodon.base_url, "  ")
    )
    assert error.problem is SignInProblem.REJECTED and not mastodon.state.requests()


def test_a_server_that_is_not_mastodon_says_so(mastodon: MastodonEnv, crier: CrierSide) -> None:
    mastodon.state.answer_next(
        "GET", "/api/v1/accounts/verify_credentials", body="<html>Welcome to nginx!</html>"
    )
    error = sign_in_error(
        lambda: connect_mastodon(
            crier.accounts, crier.secrets, crier.session, mastodon.base_url, mastodon.token
        )
    )
    assert error.problem is SignInProblem.NOT_MASTODON and "Check the server address" in error.user_message


def test_nothing_listening_is_a_network_problem(crier: CrierSide) -> None:
    error = sign_in_error(
        lambda: connect_mastodon(crier.accounts, crier.secrets, crier.session, "http://127.0.0.1:9", "t")
    )
    assert error.problem is SignInProblem.NETWORK and "couldn't connect" in error.user_message


def test_no_keyring_is_found_before_the_network_is_used(mastodon: MastodonEnv, crier: CrierSide) -> None:
    secrets = SecretStore(backend=NoBackendKeyring())
    error = sign_in_error(
        lambda: connect_mastodon(crier.accounts, secrets, crier.session, mastodon.base_url, mastodon.token)
    )
    assert error.problem is SignInProblem.KEYRING and "can't store credentials" in error.user_message
    assert not mastodon.state.requests() and crier.accounts.all() == []


# -- the browser sign-in -----------------------------------------------------------------------------


def oauth(crier: CrierSide, env: MastodonEnv, browser: TestBrowser, **kwargs: object):  # type: ignore[no-untyped-def]
    return connect_mastodon_oauth(
        crier.accounts, crier.secrets, crier.session, env.base_url, open_browser=browser, timeout=10, **kwargs
    )


def test_signing_in_in_the_browser_connects_the_account(
    mastodon: MastodonEnv, crier: CrierSide, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    browser = TestBrowser()
    shown: list[str] = []

    account = oauth(crier, mastodon, browser, on_url=shown.append)

    [app] = mastodon.state.apps.values()
    [redirect] = app.redirect_uris
    assert urlsplit(redirect).hostname == "127.0.0.1" and urlsplit(redirect).path == "/callback"
    assert app.scopes == SCOPES and browser.callback_status == 200 and shown == browser.opened
    query = parse_qs(urlsplit(browser.opened[0]).query)
    assert query["redirect_uri"] == [redirect] and query["scope"] == [" ".join(SCOPES)] and query["state"]
    assert (account.handle, account.auth_kind, account.status) == (
        "@council@social.example",
        "oauth",
        AccountStatus.CONNECTED,
    )
    secrets = stored(crier, account.key)
    assert set(secrets) == {"access_token", "client_id", "client_secret"} == set(account.secret_names)
    token = mastodon.state.tokens[secrets["access_token"]]
    assert token.account_id == mastodon.account.id and token.scopes == SCOPES
    assert secrets["client_secret"] == app.client_secret
    # The client id is public (it is in the authorise URL the browser opens); the rest never shows.
    assert secrets["access_token"] not in caplog.text and secrets["client_secret"] not in caplog.text


def test_the_sign_in_works_without_the_oauth_metadata_document(
    mastodon_factory: MastodonFactory, crier: CrierSide
) -> None:
    env = mastodon_factory(ServerConfig(oauth_metadata=False))
    assert oauth(crier, env, TestBrowser()).remote_id == env.account.id


def test_denying_permission_says_so_plainly(mastodon: MastodonEnv, crier: CrierSide) -> None:
    error = sign_in_error(lambda: oauth(crier, mastodon, TestBrowser(approve=False)))
    assert error.problem is SignInProblem.DENIED and "didn't give Crier permission" in error.user_message
    assert crier.accounts.all() == []


def test_an_answer_for_another_sign_in_is_ignored_until_the_right_one(
    mastodon: MastodonEnv, crier: CrierSide
) -> None:
    """Any page in the browser can call 127.0.0.1: such a request must not end the sign-in."""
    forged: list[str] = []

    def other_page_first(location: str) -> str:
        parts = urlsplit(location)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        bad = urlunsplit(parts._replace(query=urlencode({**query, "state": "someone-else"})))
        forged.append(requests.get(bad, timeout=5).text)
        return location

    assert oauth(crier, mastodon, TestBrowser(tamper=other_page_first)).remote_id == mastodon.account.id
    assert "the sign-in Crier is waiting for" in forged[0]


def test_a_code_the_instance_refuses_connects_nothing(mastodon: MastodonEnv, crier: CrierSide) -> None:
    def swap_code(location: str) -> str:
        parts = urlsplit(location)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        return urlunsplit(parts._replace(query=urlencode({**query, "code": "forged"})))

    error = sign_in_error(lambda: oauth(crier, mastodon, TestBrowser(tamper=swap_code)))
    assert error.problem is SignInProblem.REJECTED and "didn't accept the sign-in" in error.user_message
    assert "forged" not in error.detail


def test_waiting_for_the_browser_is_bounded(mastodon: MastodonEnv, crier: CrierSide) -> None:
    opened: list[str] = []
    error = sign_in_error(
        lambda: connect_mastodon_oauth(
            crier.accounts,
            crier.secrets,
            crier.session,
            mastodon.base_url,
            open_browser=opened.append,
            timeout=0.2,
        )
    )
    assert error.problem is SignInProblem.TIMED_OUT and opened and crier.accounts.all() == []
    assert "waited 1 second " in error.user_message  # the real wait, not "1 minute"


def test_the_window_can_cancel_a_sign_in(mastodon: MastodonEnv, crier: CrierSide) -> None:
    started: list[MastodonSignIn] = []
    error = sign_in_error(
        lambda: connect_mastodon_oauth(
            crier.accounts,
            crier.secrets,
            crier.session,
            mastodon.base_url,
            open_browser=lambda url: threading.Thread(target=started[0].cancel).start(),
            on_start=started.append,
            timeout=30,
        )
    )
    assert error.problem is SignInProblem.CANCELLED


def test_the_listener_is_closed_afterwards(mastodon: MastodonEnv, crier: CrierSide) -> None:
    import requests

    browser = TestBrowser()
    oauth(crier, mastodon, browser)
    redirect = next(iter(mastodon.state.apps.values())).redirect_uris[0]
    with pytest.raises(requests.ConnectionError):
        requests.get(redirect, timeout=2)


def test_registration_the_instance_refuses_suggests_a_token(mastodon: MastodonEnv, crier: CrierSide) -> None:
    mastodon.state.answer_next(
        "POST",
        "/api/v1/apps",
        status=403,
        body='{"error":"Registrations closed"}',
        content_type="application/json",
    )
    error = sign_in_error(lambda: oauth(crier, mastodon, TestBrowser()))
    assert error.problem in (SignInProblem.REJECTED, SignInProblem.NOT_MASTODON)
    assert "access token" in error.user_message or "Check the server address" in error.user_message


def test_no_keyring_stops_the_sign_in_before_the_browser(
    mastodon: MastodonEnv, crier: CrierSide, tmp_path: Path
) -> None:
    browser = TestBrowser()
    error = sign_in_error(
        lambda: connect_mastodon_oauth(
            crier.accounts,
            SecretStore(backend=NoBackendKeyring()),
            crier.session,
            mastodon.base_url,
            open_browser=browser,
        )
    )
    assert error.problem is SignInProblem.KEYRING and browser.opened == [] and not mastodon.state.apps


def test_signing_out_revokes_a_browser_sign_in_and_forgets_it_here(
    mastodon: MastodonEnv, crier: CrierSide
) -> None:
    account = oauth(crier, mastodon, TestBrowser())
    token = stored(crier, account.key)["access_token"]

    assert sign_out_mastodon(crier.accounts, crier.secrets, crier.session, account) is True

    assert mastodon.state.tokens[token].revoked and stored(crier, account.key) == {}
    assert crier.accounts.all() == []


def test_signing_out_a_pasted_token_or_offline_still_forgets_it_here(
    mastodon: MastodonEnv, crier: CrierSide
) -> None:
    pasted = connect_mastodon(crier.accounts, crier.secrets, crier.session, mastodon.base_url, mastodon.token)
    assert sign_out_mastodon(crier.accounts, crier.secrets, crier.session, pasted) is False
    assert not mastodon.state.tokens[mastodon.token].revoked and crier.keyring.entries == {}

    browser = oauth(crier, mastodon, TestBrowser())
    mastodon.faults.add(Fault.drop(), method="POST", path="/oauth/revoke")
    assert sign_out_mastodon(crier.accounts, crier.secrets, crier.session, browser) is False
    assert crier.keyring.entries == {} and crier.accounts.all() == []
