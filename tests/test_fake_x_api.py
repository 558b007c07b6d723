"""The fake X API behaves like X where Crier's publishing code depends on it.

These tests pin the fake's behaviour (so tests of the app built on it mean something): real HTTP over
loopback, X's error shapes, OAuth flows driven by tweepy through a transport adapter, scripted faults, and
answers that conform to X's OpenAPI document.
"""

from __future__ import annotations

import base64
import json
import re
import selectors
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
import tweepy
from requests_oauthlib import OAuth1

from tests.fakes import fixtures as fake_x
from tests.fakes.crier_side import png
from tests.fakes.faults import Fault, FaultPlan
from tests.fakes.fixtures import XApiEnv, XApiFactory
from tests.fakes.openapi import SpecUnavailable, SpecValidator
from tests.fakes.x_api import LoopbackAdapter, tweepy_oauth1_handler
from tests.fakes.x_state import ServerConfig, pkce_challenge, weighted_length

x_api = fake_x.x_api
x_api_factory = fake_x.x_api_factory

API = "https://api.x.com"
REPO_ROOT = Path(__file__).resolve().parents[1]
DUPLICATE = {
    "detail": "You are not allowed to create a Tweet with duplicate content.",
    "type": "about:blank",
    "title": "Forbidden",
    "status": 403,
}
UNAUTHORIZED = {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}


def wait_until(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met within timeout")
        time.sleep(0.01)


# ------------------------------------------------------------------------------------------- posting


def test_post_creates_tweet_and_answers_201(x_api: XApiEnv) -> None:
    response = x_api.session().post(
        f"{API}/2/tweets", json={"text": "Bin collections are running as normal."}
    )

    assert response.status_code == 201
    data = response.json()["data"]
    assert data["text"] == "Bin collections are running as normal."
    assert re.fullmatch(r"\d{1,19}", data["id"])
    [stored] = x_api.state.tweets_for(x_api.user.id)
    assert (stored.id, stored.client_id) == (data["id"], x_api.app.client_id)


def test_reply_chain_through_tweepy_threads_one_conversation(x_api: XApiEnv) -> None:
    client = x_api.tweepy_client()
    root = client.create_tweet(text="Storm update 1/3", user_auth=False).data["id"]
    second = client.create_tweet(text="2/3 Roads closed", in_reply_to_tweet_id=root, user_auth=False).data[
        "id"
    ]
    third = client.create_tweet(text="3/3 Stay safe", in_reply_to_tweet_id=second, user_auth=False).data["id"]

    fields = ["conversation_id", "in_reply_to_user_id", "referenced_tweets", "author_id"]
    tweet = client.get_tweet(third, tweet_fields=fields, user_auth=False).data
    assert tweet.conversation_id == int(root)
    assert tweet.in_reply_to_user_id == int(x_api.user.id)
    assert [(ref.type, ref.id) for ref in tweet.referenced_tweets] == [("replied_to", int(second))]
    timeline = client.get_users_tweets(x_api.user.id, user_auth=False).data
    assert [t.id for t in timeline] == [int(third), int(second), int(root)]  # newest first, as X lists them


def test_reply_to_deleted_tweet_is_forbidden(x_api: XApiEnv) -> None:
    session = x_api.session()
    root = session.post(f"{API}/2/tweets", json={"text": "Event cancelled"}).json()["data"]["id"]
    assert session.delete(f"{API}/2/tweets/{root}").json() == {"data": {"deleted": True}}

    reply = session.post(
        f"{API}/2/tweets", json={"text": "More info", "reply": {"in_reply_to_tweet_id": root}}
    )

    assert reply.status_code == 403
    assert (
        reply.json()["detail"] == "You attempted to reply to a Tweet that is deleted or not visible to you."
    )
    assert session.get(f"{API}/2/tweets/{root}").json()["errors"][0]["title"] == "Not Found Error"


def test_duplicate_content_is_403_in_x_problem_form(x_api: XApiEnv) -> None:
    client = x_api.tweepy_client()
    client.create_tweet(text="Library opening hours change on Monday", user_auth=False)

    with pytest.raises(tweepy.Forbidden) as raised:
        client.create_tweet(text="Library opening hours change on Monday", user_auth=False)

    assert raised.value.response.json() == DUPLICATE
    assert raised.value.api_messages == [DUPLICATE["detail"]]
    assert len(x_api.state.tweets_for(x_api.user.id)) == 1


def test_duplicate_check_ignores_deleted_posts_and_other_users(x_api: XApiEnv) -> None:
    session = x_api.session()
    first = session.post(f"{API}/2/tweets", json={"text": "Council meeting tonight"}).json()["data"]["id"]
    other = x_api.state.add_user("neighbouring_council")
    other_token = x_api.state.issue_oauth2_tokens(other.id, x_api.app.client_id).access_token

    assert session.delete(f"{API}/2/tweets/{first}").status_code == 200
    again = session.post(f"{API}/2/tweets", json={"text": "Council meeting tonight"})
    theirs = requests.post(
        f"{x_api.base_url}/2/tweets",
        json={"text": "Council meeting tonight"},
        headers=x_api.bearer_headers(other_token),
    )

    assert (again.status_code, theirs.status_code) == (201, 201)


def test_text_comes_back_as_x_stores_it(x_api: XApiEnv) -> None:
    """X wraps links in t.co and HTML-escapes &, <, >; code matching its own posts must cope."""
    session = x_api.session()
    data = session.post(f"{API}/2/tweets", json={"text": "Fish & chips https://example.gov.uk/menu"}).json()[
        "data"
    ]

    assert re.fullmatch(r"Fish &amp; chips https://t\.co/\w{10}", data["text"])
    listed = session.get(f"{API}/2/users/{x_api.user.id}/tweets", params={"tweet.fields": "entities"}).json()
    [url] = listed["data"][0]["entities"]["urls"]
    assert url["expanded_url"] == "https://example.gov.uk/menu"


def test_overlong_text_is_rejected_and_limit_counts_weighted_characters(x_api: XApiEnv) -> None:
    session = x_api.session()

    assert session.post(f"{API}/2/tweets", json={"text": "a" * 280}).status_code == 201
    too_long = session.post(f"{API}/2/tweets", json={"text": "b" * 281})
    assert too_long.status_code == 403
    assert "too long" in too_long.json()["detail"]
    assert weighted_length("https://example.com/" + "x" * 100) == 23
    assert weighted_length("の" * 140) == 280


@pytest.mark.usefixtures("shared_reference")  # the fake checks request bodies against X's spec, if present
def test_request_body_outside_the_spec_is_400_invalid_request(x_api: XApiEnv) -> None:
    response = x_api.session().post(f"{API}/2/tweets", json={"text": "hi", "status": "v1.1 field"})

    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["type"] == "https://api.x.com/2/problems/invalid-request"
    assert "'status' was unexpected" in body["errors"][0]["message"]
    assert x_api.state.tweets_for(x_api.user.id) == []


def test_concurrent_posts_are_all_stored_with_increasing_ids(x_api: XApiEnv) -> None:
    def post(n: int) -> int:
        response = requests.post(
            f"{x_api.base_url}/2/tweets",
            json={"text": f"Ward {n} update"},
            headers=x_api.bearer_headers(),
            timeout=5,
        )
        return response.status_code

    results: list[int] = []
    threads = [threading.Thread(target=lambda n=n: results.append(post(n))) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)

    stored = x_api.state.tweets_for(x_api.user.id)
    assert results == [201] * 20
    assert sorted(t.submitted_text for t in stored) == sorted(f"Ward {n} update" for n in range(20))
    assert [int(t.id) for t in stored] == sorted({int(t.id) for t in stored})  # unique, creation-ordered


def test_request_log_keeps_headers_bodies_and_outcome(x_api: XApiEnv) -> None:
    x_api.session().post(f"{API}/2/tweets", json={"text": "Logged"}, headers={"X-Attempt": "a1"})

    [entry] = x_api.state.wait_for_requests(method="POST", path="/2/tweets", finished=True)
    assert entry.json() == {"text": "Logged"}
    assert entry.headers["x-attempt"] == "a1"
    assert entry.headers["authorization"] == f"Bearer {x_api.oauth2.access_token}"
    assert (entry.status, entry.outcome, entry.user_id) == (201, "answered", x_api.user.id)


def test_adapter_refuses_hosts_other_than_x(x_api: XApiEnv) -> None:
    session = requests.Session()
    session.mount("https://", LoopbackAdapter(x_api.base_url))
    with pytest.raises(requests.ConnectionError, match="refuses"):
        session.get("https://example.com/")
    session.close()


# ------------------------------------------------------------------------------------------- rate limits


def test_rate_limit_headers_always_sent_and_429_when_exhausted(x_api: XApiEnv) -> None:
    x_api.state.set_rate_limit("POST /2/tweets", 2, window=60)
    session = x_api.session()

    first = session.post(f"{API}/2/tweets", json={"text": "one"})
    second = session.post(f"{API}/2/tweets", json={"text": "two"})
    third = session.post(f"{API}/2/tweets", json={"text": "three"})

    assert [r.status_code for r in (first, second, third)] == [201, 201, 429]
    assert [r.headers["x-rate-limit-remaining"] for r in (first, second, third)] == ["1", "0", "0"]
    assert {r.headers["x-rate-limit-limit"] for r in (first, second, third)} == {"2"}
    reset = int(third.headers["x-rate-limit-reset"])
    assert x_api.state.now() < reset <= x_api.state.now() + 60
    assert third.json() == {
        "title": "Too Many Requests",
        "detail": "Too Many Requests",
        "type": "about:blank",
        "status": 429,
    }
    assert len(x_api.state.tweets_for(x_api.user.id)) == 2

    x_api.state.advance_clock(61)
    assert session.post(f"{API}/2/tweets", json={"text": "three"}).headers["x-rate-limit-remaining"] == "1"


def test_rate_limit_headers_on_errors_and_reads_too(x_api: XApiEnv) -> None:
    anonymous = requests.get(f"{x_api.base_url}/2/users/me")
    me = x_api.session().get(f"{API}/2/users/me")

    assert anonymous.status_code == 401 and anonymous.json() == UNAUTHORIZED
    for response in (anonymous, me):
        assert {"x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset"} <= set(response.headers)
    assert me.headers["x-rate-limit-limit"] == "75"


def test_daily_caps_send_24_hour_headers_and_429(x_api: XApiEnv) -> None:
    x_api.state.set_daily_limit("POST /2/tweets", user_limit=1, app_limit=5)
    session = x_api.session()

    ok = session.post(f"{API}/2/tweets", json={"text": "Only one today"})
    capped = session.post(f"{API}/2/tweets", json={"text": "One too many"})

    assert (ok.status_code, capped.status_code) == (201, 429)
    assert ok.headers["x-user-limit-24hour-limit"] == "1"
    assert ok.headers["x-user-limit-24hour-remaining"] == "0"
    assert ok.headers["x-app-limit-24hour-remaining"] == "4"
    assert int(ok.headers["x-user-limit-24hour-reset"]) > x_api.state.now() + 86000
    assert capped.headers["x-rate-limit-remaining"] != "0"  # the 15-minute window was not the problem


# ------------------------------------------------------------------------------------------- faults


@pytest.mark.parametrize(
    ("fault", "status", "title"),
    [
        (Fault.server_error(), 500, "Internal Server Error"),
        (Fault.unavailable(), 503, "Service Unavailable"),
        (Fault.rate_limited(), 429, "Too Many Requests"),
        (Fault.credits_depleted(), 402, "CreditsDepleted"),
        (Fault.forbidden(), 403, "Forbidden"),
    ],
)
def test_status_faults_answer_in_x_form_without_posting(
    x_api: XApiEnv, fault: Fault, status: int, title: str
) -> None:
    x_api.faults.add(fault, method="POST", path="/2/tweets")
    session = x_api.session()

    failed = session.post(f"{API}/2/tweets", json={"text": "Flood warning"})
    retried = session.post(f"{API}/2/tweets", json={"text": "Flood warning"})

    assert (failed.status_code, failed.json()["title"], failed.json()["status"]) == (status, title, status)
    assert "x-rate-limit-reset" in failed.headers
    if status == 429:
        assert failed.headers["x-rate-limit-remaining"] == "0"
    assert retried.status_code == 201  # one-shot rule: the retry goes through, and is not a duplicate
    assert len(x_api.state.tweets_for(x_api.user.id)) == 1


def test_dropped_connection_posts_nothing(x_api: XApiEnv) -> None:
    x_api.faults.add(Fault.drop(), method="POST", path="/2/tweets")

    with pytest.raises(requests.ConnectionError):
        x_api.session().post(f"{API}/2/tweets", json={"text": "Gone"}, timeout=5)

    [entry] = x_api.state.wait_for_requests(method="POST", path="/2/tweets", finished=True)
    assert (entry.outcome, entry.status) == ("dropped", None)
    assert x_api.state.tweets_for(x_api.user.id) == []


def test_timeout_holds_past_client_timeout_and_posts_nothing(x_api: XApiEnv) -> None:
    x_api.faults.add(Fault.timeout(0.8), method="POST", path="/2/tweets")

    with pytest.raises(requests.Timeout):
        x_api.session().post(f"{API}/2/tweets", json={"text": "Slow day"}, timeout=0.2)

    [entry] = x_api.state.wait_for_requests(method="POST", path="/2/tweets", finished=True, timeout=3)
    assert entry.outcome == "timeout"
    assert x_api.state.tweets_for(x_api.user.id) == []


def test_committed_timeout_posts_but_never_answers(x_api: XApiEnv) -> None:
    x_api.faults.add(Fault.timeout(0.8, commit=True), method="POST", path="/2/tweets")

    with pytest.raises(requests.Timeout):
        x_api.session().post(f"{API}/2/tweets", json={"text": "Did it post?"}, timeout=0.2)

    wait_until(lambda: len(x_api.state.tweets_for(x_api.user.id)) == 1)


def test_slow_fault_delays_then_answers(x_api: XApiEnv) -> None:
    x_api.faults.add(Fault.slow(0.3), method="GET", path="/2/users/me")

    response = x_api.session().get(f"{API}/2/users/me", timeout=5)

    assert response.status_code == 200
    assert response.elapsed.total_seconds() >= 0.3


def test_lost_answer_creates_the_post_which_the_timeline_then_shows(x_api: XApiEnv) -> None:
    x_api.faults.add(Fault.lost_answer(), method="POST", path="/2/tweets")
    session = x_api.session()

    with pytest.raises(requests.ConnectionError):
        session.post(f"{API}/2/tweets", json={"text": "Polling stations open 7am-10pm"}, timeout=5)

    [entry] = x_api.state.wait_for_requests(method="POST", path="/2/tweets", finished=True)
    assert (entry.outcome, entry.status) == ("lost_answer", 201)
    [stored] = x_api.state.tweets_for(x_api.user.id)
    timeline = session.get(f"{API}/2/users/{x_api.user.id}/tweets", params={"max_results": 5}).json()
    assert [t["id"] for t in timeline["data"]] == [stored.id]
    retry = session.post(f"{API}/2/tweets", json={"text": "Polling stations open 7am-10pm"})
    assert retry.json() == DUPLICATE  # a blind retry is what X punishes


def test_counted_rules_match_method_path_templates_and_skip() -> None:
    plan = FaultPlan()
    plan.add(Fault.drop(), method="DELETE", path="/2/tweets/{id}", times=2, skip=1)

    picks = [plan.pick("DELETE", "/2/tweets/1") for _ in range(4)]

    assert picks == [None, Fault.drop(), Fault.drop(), None]
    assert plan.pick("GET", "/2/tweets/1") is None
    assert plan.rules() == []  # exhausted rules retire


def test_random_rules_are_seeded_and_only_hit_writes() -> None:
    def pattern(seed: int) -> list[bool]:
        plan = FaultPlan()
        plan.add_random(Fault.unavailable(), fraction=0.5, seed=seed)
        assert all(plan.pick("GET", "/2/users/me") is None for _ in range(10))
        return [plan.pick("POST", "/2/tweets") is not None for _ in range(40)]

    assert pattern(7) == pattern(7)
    assert pattern(7) != pattern(8)
    assert 5 < sum(pattern(7)) < 35


def test_faults_can_be_scripted_over_http(x_api: XApiEnv) -> None:
    control = f"{x_api.base_url}/__control/faults"
    rule = {"kind": "status", "status": 503, "method": "POST", "path": "/2/tweets", "times": 1}
    created = requests.post(control, json=rule, timeout=5)
    listed = requests.get(control, timeout=5).json()["rules"]
    session = x_api.session()

    statuses = [
        session.post(f"{API}/2/tweets", json={"text": "Gritting tonight"}).status_code for _ in range(2)
    ]

    assert created.status_code == 201
    assert [(r["id"], r["status"]) for r in listed] == [(created.json()["id"], 503)]
    assert statuses == [503, 201]


def test_close_is_bounded_with_held_and_idle_connections(x_api_factory: XApiFactory) -> None:
    env = x_api_factory()
    idle = env.session()
    assert idle.get(f"{API}/2/users/me").status_code == 200  # leaves a keep-alive connection open
    env.faults.add(Fault.timeout(5.0), path="/2/users/me")
    errors: list[Exception] = []

    def call() -> None:
        try:
            requests.get(f"{env.base_url}/2/users/me", headers=env.bearer_headers(), timeout=10)
        except requests.RequestException as error:
            errors.append(error)

    caller = threading.Thread(target=call)
    caller.start()
    env.state.wait_for_requests(2, path="/2/users/me")
    started = time.monotonic()
    env.server.close()
    caller.join(5)

    assert time.monotonic() - started < 3
    assert not caller.is_alive()
    assert len(errors) == 1 and isinstance(errors[0], requests.ConnectionError)


def test_standalone_server_is_driven_over_http(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.x_api", "--port", "0", "--defaults"],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        bufsize=0,
    )
    assert proc.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)

    def line() -> str:
        if not selector.select(timeout=15):
            raise AssertionError("standalone fake X API printed nothing")
        return proc.stdout.readline().decode().strip()  # type: ignore[union-attr]

    try:
        base_url = line()
        setup = json.loads(line())
        headers = {"Authorization": f"Bearer {setup['oauth2']['access_token']}"}
        fault = {"kind": "lost_answer", "method": "POST", "path": "/2/tweets"}
        assert requests.post(f"{base_url}/__control/faults", json=fault, timeout=5).status_code == 201
        with pytest.raises(requests.ConnectionError):
            requests.post(
                f"{base_url}/2/tweets", json={"text": "From a subprocess"}, headers=headers, timeout=5
            )
        listed = requests.get(
            f"{base_url}/__control/tweets", params={"user_id": setup["user"]["id"]}, timeout=5
        )
        assert [t["text"] for t in listed.json()["tweets"]] == ["From a subprocess"]
    finally:
        proc.terminate()
        code = proc.wait(timeout=10)
        selector.close()
    assert code == 0


# ------------------------------------------------------------------------------------------- OAuth 2.0


def _authorize(
    env: XApiEnv, session: requests.Session, verifier: str, state: str = "st4te"
) -> dict[str, list[str]]:
    response = session.get(
        "https://x.com/i/oauth2/authorize",
        params={
            "response_type": "code",
            "client_id": env.app.client_id,
            "redirect_uri": env.app.redirect_uris[0],
            "scope": "tweet.read tweet.write users.read offline.access",
            "state": state,
            "code_challenge": pkce_challenge(verifier),
            "code_challenge_method": "S256",
        },
        allow_redirects=False,
    )
    assert response.status_code == 302
    location = response.headers["Location"]
    assert location.startswith(env.app.redirect_uris[0] + "?")
    return parse_qs(urlsplit(location).query)


def _token(env: XApiEnv, session: requests.Session, **form: str) -> requests.Response:
    return session.post(f"{API}/2/oauth2/token", data={"client_id": env.app.client_id, **form})


def test_oauth2_pkce_flow_end_to_end_with_tweepy(x_api: XApiEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # the desktop redirect is http://127.0.0.1
    handler = tweepy.OAuth2UserHandler(
        client_id=x_api.app.client_id,
        redirect_uri=x_api.app.redirect_uris[0],
        scope=["tweet.read", "tweet.write", "users.read", "offline.access"],
    )
    x_api.server.mount(handler)
    browser = x_api.session(auth="none")

    consent = browser.get(handler.get_authorization_url(), allow_redirects=False)
    token = handler.fetch_token(consent.headers["Location"])
    client = tweepy.Client(bearer_token=token["access_token"])
    x_api.server.mount(client.session)
    posted = client.create_tweet(text="Signed in with OAuth 2.0", user_auth=False).data

    assert token["token_type"] == "bearer" and token["expires_in"] == 7200 and token["refresh_token"]
    assert client.get_me(user_auth=False).data.username == x_api.user.username
    assert x_api.state.tweet(posted["id"]).author_id == x_api.user.id
    client.session.close()
    handler.close()


def test_oauth2_wrong_verifier_and_replayed_code_are_invalid_grant(x_api: XApiEnv) -> None:
    session = x_api.session(auth="none")
    verifier = "v" * 43 + "-correct"
    query = _authorize(x_api, session, verifier)
    code, redirect_uri = query["code"][0], x_api.app.redirect_uris[0]
    assert query["state"] == ["st4te"]

    wrong = _token(
        x_api,
        session,
        grant_type="authorization_code",
        code=code,
        redirect_uri=redirect_uri,
        code_verifier="w" * 50,
    )
    right = _token(
        x_api,
        session,
        grant_type="authorization_code",
        code=code,
        redirect_uri=redirect_uri,
        code_verifier=verifier,
    )
    replay = _token(
        x_api,
        session,
        grant_type="authorization_code",
        code=code,
        redirect_uri=redirect_uri,
        code_verifier=verifier,
    )

    assert (wrong.status_code, wrong.json()["error"]) == (400, "invalid_grant")
    assert right.status_code == 200
    assert (replay.status_code, replay.json()["error"]) == (400, "invalid_grant")
    issued = right.json()["access_token"]
    assert session.get(f"{API}/2/users/me", headers=x_api.bearer_headers(issued)).json() == UNAUTHORIZED


def test_oauth2_denied_consent_redirects_with_access_denied(x_api: XApiEnv) -> None:
    x_api.state.set_browser(x_api.user.id, approve=False)

    query = _authorize(x_api, x_api.session(auth="none"), "d" * 43, state="keep-me")

    assert query["error"] == ["access_denied"]
    assert query["state"] == ["keep-me"]
    assert "code" not in query


def test_refresh_tokens_rotate_and_access_tokens_expire(x_api_factory: XApiFactory) -> None:
    env = x_api_factory(ServerConfig(access_token_lifetime=60))
    session = env.session(auth="none")
    old = env.oauth2

    rotated = _token(env, session, grant_type="refresh_token", refresh_token=old.refresh_token or "")
    reused = _token(env, session, grant_type="refresh_token", refresh_token=old.refresh_token or "")
    new = rotated.json()

    assert rotated.status_code == 200 and new["expires_in"] == 60
    assert new["refresh_token"] != old.refresh_token and new["access_token"] != old.access_token
    assert (reused.status_code, reused.json()["error"]) == (400, "invalid_grant")
    assert (
        session.get(f"{API}/2/users/me", headers=env.bearer_headers(new["access_token"])).status_code == 200
    )

    env.state.advance_clock(61)
    expired = session.get(f"{API}/2/users/me", headers=env.bearer_headers(new["access_token"]))
    assert (expired.status_code, expired.json()) == (401, UNAUTHORIZED)
    again = _token(env, session, grant_type="refresh_token", refresh_token=new["refresh_token"])
    assert (
        session.get(f"{API}/2/users/me", headers=env.bearer_headers(again.json()["access_token"])).status_code
        == 200
    )


def test_revoking_tokens(x_api: XApiEnv) -> None:
    session = x_api.session(auth="none")
    second = x_api.state.issue_oauth2_tokens(x_api.user.id, x_api.app.client_id)

    revoked = session.post(
        f"{API}/2/oauth2/revoke", data={"token": x_api.oauth2.access_token, "client_id": x_api.app.client_id}
    )
    assert revoked.json() == {"revoked": True}
    assert session.get(f"{API}/2/users/me", headers=x_api.bearer_headers()).json() == UNAUTHORIZED

    session.post(
        f"{API}/2/oauth2/revoke", data={"token": second.refresh_token, "client_id": x_api.app.client_id}
    )
    refresh = _token(x_api, session, grant_type="refresh_token", refresh_token=second.refresh_token or "")
    assert refresh.json()["error"] == "invalid_grant"
    assert (
        session.get(f"{API}/2/users/me", headers=x_api.bearer_headers(second.access_token)).status_code == 401
    )


def test_confidential_client_must_authenticate_with_basic_auth(x_api_factory: XApiFactory) -> None:
    env = x_api_factory(client_secret="s3cret")
    session = env.session(auth="none")
    refresh = env.oauth2.refresh_token or ""

    without = _token(env, session, grant_type="refresh_token", refresh_token=refresh)
    basic = (env.app.client_id, "s3cret")
    with_basic = session.post(
        f"{API}/2/oauth2/token", data={"grant_type": "refresh_token", "refresh_token": refresh}, auth=basic
    )

    assert (without.status_code, without.json()["error"]) == (401, "unauthorized_client")
    assert with_basic.status_code == 200


def test_app_only_bearer_reads_but_cannot_post(x_api: XApiEnv) -> None:
    session = x_api.session(auth="none")
    app_only = x_api.bearer_headers(x_api.app.bearer_token)
    tweet_id = x_api.state.seed_tweet(x_api.user.id, "Posted from the web", age=60).id

    read = session.get(f"{API}/2/tweets/{tweet_id}", headers=app_only)
    write = session.post(f"{API}/2/tweets", json={"text": "as the app"}, headers=app_only)

    assert read.json()["data"]["text"] == "Posted from the web"
    assert write.status_code == 403
    assert write.json()["type"] == "https://api.x.com/2/problems/unsupported-authentication"


def test_missing_scope_is_forbidden(x_api_factory: XApiFactory) -> None:
    env = x_api_factory(scopes=("tweet.read", "users.read"))

    response = env.session().post(f"{API}/2/tweets", json={"text": "No write scope"})

    assert response.status_code == 403
    assert "tweet.write" in response.json()["detail"]


# ------------------------------------------------------------------------------------------- OAuth 1.0a


def test_oauth1_pin_flow_end_to_end_with_tweepy(x_api: XApiEnv) -> None:
    handler = tweepy_oauth1_handler(
        x_api.base_url, x_api.app.consumer_key, x_api.app.consumer_secret, callback="oob"
    )
    browser = x_api.session(auth="none")

    page = browser.get(handler.get_authorization_url())
    pin = re.search(r"<code>(\d{7})</code>", page.text)
    assert pin is not None, page.text
    wrong_pin = f"{(int(pin.group(1)) + 1) % 10**7:07d}"
    with pytest.raises(tweepy.TweepyException):
        handler.get_access_token(wrong_pin)
    access_token, access_secret = handler.get_access_token(pin.group(1))

    client = tweepy.Client(
        consumer_key=x_api.app.consumer_key,
        consumer_secret=x_api.app.consumer_secret,
        access_token=access_token,
        access_token_secret=access_secret,
    )
    x_api.server.mount(client.session)
    posted = client.create_tweet(text="Signed in with a PIN").data

    assert access_token.startswith(f"{x_api.user.id}-")
    assert client.get_me(user_fields=["created_at"]).data.username == x_api.user.username
    assert x_api.state.tweet(posted["id"]).author_id == x_api.user.id
    client.session.close()


def test_oauth1_signatures_are_verified(x_api: XApiEnv) -> None:
    session = x_api.session(auth="none")
    tokens = x_api.oauth1

    def me(consumer_secret: str, token: str) -> requests.Response:
        auth = OAuth1(
            x_api.app.consumer_key,
            client_secret=consumer_secret,
            resource_owner_key=token,
            resource_owner_secret=tokens.access_token_secret,
        )
        return session.get(f"{API}/2/users/me", params={"user.fields": "created_at"}, auth=auth)

    good = me(x_api.app.consumer_secret, tokens.access_token)

    assert good.status_code == 200 and "created_at" in good.json()["data"]
    assert me("not-the-secret", tokens.access_token).json() == UNAUTHORIZED
    assert me(x_api.app.consumer_secret, "1-unknown").status_code == 401
    x_api.state.revoke(tokens.access_token)
    assert me(x_api.app.consumer_secret, tokens.access_token).status_code == 401


# ------------------------------------------------------------------------------------------- media


def test_one_shot_upload_alt_text_and_attach(x_api: XApiEnv) -> None:
    session = x_api.session()
    image = png(3, 2)

    uploaded = session.post(
        f"{API}/2/media/upload",
        files={"media": ("poster.png", image, "image/png")},
        data={"media_category": "tweet_image"},
    )
    media = uploaded.json()["data"]
    alt = {"id": media["id"], "metadata": {"alt_text": {"text": "Map of the new bin collection zones"}}}
    described = session.post(f"{API}/2/media/metadata", json=alt)
    post = session.post(f"{API}/2/tweets", json={"text": "New zones", "media": {"media_ids": [media["id"]]}})
    tweet_id = post.json()["data"]["id"]
    fetched = session.get(f"{API}/2/tweets/{tweet_id}", params={"tweet.fields": "attachments"}).json()

    assert uploaded.status_code == 200
    assert media["image"] == {"image_type": "image/png", "w": 3, "h": 2}
    assert media["size"] == len(image) and media["media_key"] == f"3_{media['id']}"
    assert described.status_code == 200 and post.status_code == 201
    assert fetched["data"]["attachments"] == {"media_keys": [media["media_key"]]}
    stored = x_api.state.media(media["id"])
    assert stored is not None
    assert (stored.data, stored.alt_text) == (image, "Map of the new bin collection zones")
    assert x_api.state.tweet(tweet_id).media_ids == (media["id"],)


def test_chunked_upload_initialize_append_finalize(x_api: XApiEnv) -> None:
    session = x_api.session()
    image = png(40, 30)
    init = {"media_type": "image/png", "total_bytes": len(image), "media_category": "tweet_image"}

    media_id = session.post(f"{API}/2/media/upload/initialize", json=init).json()["data"]["id"]
    appended = [
        session.post(
            f"{API}/2/media/upload/{media_id}/append",
            files={"media": ("blob", chunk, "application/octet-stream")},
            data={"segment_index": str(index)},
        )
        for index, chunk in enumerate((image[:50], image[50:]))
    ]
    final = session.post(f"{API}/2/media/upload/{media_id}/finalize")
    status = session.get(f"{API}/2/media/upload", params={"media_id": media_id, "command": "STATUS"})

    assert [r.status_code for r in appended] == [200, 200]
    assert final.json()["data"]["image"] == {"image_type": "image/png", "w": 40, "h": 30}
    assert status.json()["data"]["id"] == media_id
    assert x_api.state.media(media_id).data == image  # type: ignore[union-attr]


def test_media_errors(x_api_factory: XApiFactory) -> None:
    env = x_api_factory()
    session = env.session()
    not_image = {"media": base64.b64encode(b"%PDF-1.7").decode(), "media_category": "tweet_image"}
    bad_size = {"media_type": "image/png", "total_bytes": 10, "media_category": "tweet_image"}

    rejected = session.post(f"{API}/2/media/upload", json=not_image)
    bogus_id = session.post(f"{API}/2/tweets", json={"text": "x", "media": {"media_ids": ["123"]}})
    media_id = session.post(f"{API}/2/media/upload/initialize", json=bad_size).json()["data"]["id"]
    session.post(
        f"{API}/2/media/upload/{media_id}/append",
        json={"media": base64.b64encode(png()).decode(), "segment_index": 0},
    )
    mismatch = session.post(f"{API}/2/media/upload/{media_id}/finalize")
    no_scope = (
        x_api_factory(scopes=("tweet.read", "tweet.write", "users.read"))
        .session()
        .post(
            f"{API}/2/media/upload",
            json={"media": base64.b64encode(png()).decode(), "media_category": "tweet_image"},
        )
    )

    assert rejected.status_code == 400
    assert bogus_id.json()["errors"] == [{"message": "Your media IDs are invalid."}]
    assert mismatch.status_code == 400 and "mismatch" in mismatch.json()["errors"][0]["message"]
    assert no_scope.status_code == 403


# ------------------------------------------------------------------------------------------- spec


def test_fake_answers_conform_to_the_openapi_spec(x_api: XApiEnv, shared_reference: Path) -> None:
    validator = SpecValidator.load(shared_reference / "x-api" / "openapi.json")
    session = x_api.session()
    seen: list[str] = []

    def check(response: requests.Response) -> Any:
        request = response.request
        path = urlsplit(request.url or "").path
        errors = validator.validate_response(
            request.method or "",
            path,
            response.status_code,
            response.json(),
            response.headers["content-type"],
        )
        assert errors == [], f"{request.method} {path} {response.status_code}: {errors}"
        seen.append(f"{request.method} {path} {response.status_code}")
        return response.json()

    user = x_api.user.id
    posted = check(session.post(f"{API}/2/tweets", json={"text": "Spec check https://example.com"}))
    root = posted["data"]["id"]
    reply = check(
        session.post(f"{API}/2/tweets", json={"text": "reply", "reply": {"in_reply_to_tweet_id": root}})
    )
    fields = ",".join(
        ["created_at", "author_id", "conversation_id", "in_reply_to_user_id", "referenced_tweets"]
        + ["entities", "public_metrics", "lang"]
    )
    check(session.get(f"{API}/2/tweets/{reply['data']['id']}", params={"tweet.fields": fields}))
    check(session.get(f"{API}/2/tweets/999"))
    check(
        session.get(
            f"{API}/2/users/me", params={"user.fields": "created_at,public_metrics,verified,protected"}
        )
    )
    check(session.get(f"{API}/2/users/{user}/tweets", params={"max_results": 5, "tweet.fields": fields}))
    check(session.get(f"{API}/2/users/{user}/tweets", params={"max_results": 500}))
    image = base64.b64encode(png()).decode()
    media = check(
        session.post(f"{API}/2/media/upload", json={"media": image, "media_category": "tweet_image"})
    )
    media_id = media["data"]["id"]
    check(session.get(f"{API}/2/media/upload", params={"media_id": media_id}))
    check(
        session.post(
            f"{API}/2/media/metadata", json={"id": media_id, "metadata": {"alt_text": {"text": "x"}}}
        )
    )
    init = {"media_type": "video/mp4", "total_bytes": 4, "media_category": "tweet_video"}
    chunked = check(session.post(f"{API}/2/media/upload/initialize", json=init))["data"]["id"]
    check(
        session.post(f"{API}/2/media/upload/{chunked}/append", json={"media": "AAAAAA==", "segment_index": 0})
    )
    check(session.post(f"{API}/2/media/upload/{chunked}/finalize"))
    check(session.delete(f"{API}/2/tweets/{root}"))
    check(session.post(f"{API}/2/tweets", json={"text": 42}))

    assert len(seen) == 15 and seen[-1].endswith(" 400")
    assert x_api.state.violations == []


def test_validator_reports_nonconforming_bodies(shared_reference: Path) -> None:
    validator = SpecValidator.load(shared_reference / "x-api" / "openapi.json")

    assert validator.validate_request(
        "POST", "/2/tweets", {"text": "ok", "reply": {"in_reply_to_tweet_id": "x1"}}
    )
    assert validator.validate_response("POST", "/2/tweets", 201, {"data": {"id": "1"}}) == [
        "$.data: 'text' is a required property"
    ]
    assert validator.operation("GET", "/2/tweets/search/recent").operation_id != "getPostsById"


def test_without_the_spec_the_fake_runs_unvalidated(x_api_factory: XApiFactory, tmp_path: Path) -> None:
    missing = tmp_path / "openapi.json"
    with pytest.raises(SpecUnavailable):
        SpecValidator.load(missing)
    env = x_api_factory(spec_path=str(missing))

    lenient = env.session().post(f"{API}/2/tweets", json={"text": "unchecked", "unknown_field": True})

    assert env.server.validator is None
    assert lenient.status_code == 201
