"""The fake Mastodon server behaves as Mastodon does where publishing depends on it.

These talk plain HTTP to the fake (no Crier code), so a wrong assumption in the fake can't hide behind
the same wrong assumption in the publisher.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests

from tests.fakes import mastodon_fixtures as fixtures
from tests.fakes.crier_side import png
from tests.fakes.faults import Fault
from tests.fakes.mastodon_api import NOT_READY
from tests.fakes.mastodon_fixtures import MastodonEnv

mastodon = fixtures.mastodon
mastodon_factory = fixtures.mastodon_factory

REPO = Path(__file__).resolve().parents[1]


def call(
    env: MastodonEnv, method: str, path: str, token: str | None = None, **kwargs: object
) -> requests.Response:
    headers = dict(kwargs.pop("headers", {}) or {})  # type: ignore[arg-type]
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return requests.request(method, env.base_url + path, headers=headers, timeout=5, **kwargs)  # type: ignore[arg-type]


def post(
    env: MastodonEnv, text: str, key: str | None = None, token: str | None = None, **form: object
) -> requests.Response:
    headers = {"Idempotency-Key": key} if key else {}
    return call(
        env, "POST", "/api/v1/statuses", token or env.token, data={"status": text, **form}, headers=headers
    )


def test_the_same_key_from_the_same_account_returns_the_same_status_for_an_hour(
    mastodon: MastodonEnv,
) -> None:
    first = post(mastodon, "Bins on Tuesday", key="k-1")
    again = post(mastodon, "Something else entirely", key="k-1")
    assert first.status_code == again.status_code == 200 and first.json()["id"] == again.json()["id"]
    assert [s.text for s in mastodon.statuses()] == ["Bins on Tuesday"]

    other = mastodon.state.add_account("library")
    other_token = mastodon.state.issue_token(other.id)
    assert post(mastodon, "Library news", key="k-1", token=other_token).json()["id"] != first.json()["id"]

    mastodon.state.advance_clock(3601)
    later = post(mastodon, "Bins on Tuesday", key="k-1")
    assert later.json()["id"] != first.json()["id"] and len(mastodon.statuses()) == 2


def test_a_key_for_a_deleted_status_is_not_found(mastodon: MastodonEnv) -> None:
    status_id = post(mastodon, "Oops", key="k-2").json()["id"]
    assert call(mastodon, "DELETE", f"/api/v1/statuses/{status_id}", mastodon.token).status_code == 200
    assert post(mastodon, "Oops", key="k-2").status_code == 404


@pytest.mark.parametrize(
    ("text", "form", "status", "error"),
    [
        ("x" * 501, {}, 422, "Validation failed: Text character limit of 500 exceeded"),
        ("   ", {}, 422, "Validation failed: Text can't be blank"),
        (
            "reply",
            {"in_reply_to_id": "42"},
            404,
            "The post you are trying to reply to does not appear to exist.",
        ),
        ("x", {"visibility": "everyone"}, 422, "Validation failed: Visibility is not included in the list"),
        ("x", {"media_ids[]": ["7"]}, 422, "Media 7 not found or already attached to another post"),
    ],
)
def test_validation_errors_are_mastodons(
    mastodon: MastodonEnv, text: str, form: dict, status: int, error: str
) -> None:
    answer = post(mastodon, text, **form)
    assert (answer.status_code, answer.json()) == (status, {"error": error})


def test_a_link_counts_as_23_characters(mastodon: MastodonEnv) -> None:
    link = "https://www.example.gov.uk/" + "a" * 600
    assert post(mastodon, "x" * 476 + " " + link).status_code == 200  # 476 + 1 + 23 = 500
    assert post(mastodon, "x" * 477 + " " + link).status_code == 422


def test_media_is_processed_asynchronously_and_cannot_be_attached_before(mastodon: MastodonEnv) -> None:
    mastodon.state.config.media_processing_polls = 2
    files = {"file": ("a.png", png(), "image/png")}
    upload = call(mastodon, "POST", "/api/v2/media", mastodon.token, files=files, data={"description": "Alt"})
    assert upload.status_code == 202 and upload.json()["url"] is None
    media_id = upload.json()["id"]
    assert post(mastodon, "with image", **{"media_ids[]": [media_id]}).json() == {"error": NOT_READY}
    polls = [call(mastodon, "GET", f"/api/v1/media/{media_id}", mastodon.token) for _ in range(2)]
    assert [p.status_code for p in polls] == [206, 200] and polls[-1].json()["url"]
    status = post(mastodon, "with image", **{"media_ids[]": [media_id]}).json()
    assert [m["description"] for m in status["media_attachments"]] == ["Alt"]
    again = post(mastodon, "again", **{"media_ids[]": [media_id]})
    assert again.status_code == 422 and "already attached" in again.json()["error"]


def test_media_validation(mastodon: MastodonEnv) -> None:
    bad = call(
        mastodon, "POST", "/api/v2/media", mastodon.token, files={"file": ("a.png", b"nope", "image/png")}
    )
    assert bad.status_code == 422 and "content type is invalid" in bad.json()["error"]
    files = {"file": ("a.png", png(), "image/png")}
    long = call(
        mastodon, "POST", "/api/v2/media", mastodon.token, files=files, data={"description": "d" * 1501}
    )
    assert long.status_code == 422 and "Description is too long" in long.json()["error"]


def test_bad_tokens_and_missing_scopes(mastodon: MastodonEnv) -> None:
    answer = call(mastodon, "GET", "/api/v1/accounts/verify_credentials", "wrong")
    assert answer.status_code == 401 and answer.json() == {"error": "The access token is invalid"}
    assert "invalid_token" in answer.headers["WWW-Authenticate"]
    read_only = mastodon.state.issue_token(mastodon.account.id, ("read",))
    answer = post(mastodon, "hello", token=read_only)
    assert answer.status_code == 403 and answer.json() == {
        "error": "This action is outside the authorized scopes"
    }


def test_rate_limits_carry_mastodons_headers(mastodon: MastodonEnv) -> None:
    mastodon.state.set_rate_limit("statuses", 2)
    answers = [post(mastodon, f"post {n}") for n in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 429]
    assert answers[2].json() == {"error": "Too many requests"}
    headers = answers[2].headers
    assert (headers["X-RateLimit-Limit"], headers["X-RateLimit-Remaining"]) == ("2", "0")
    reset = datetime.strptime(headers["X-RateLimit-Reset"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    assert 0 < (reset - datetime.now(UTC)).total_seconds() <= 3 * 3600
    general = call(mastodon, "GET", "/api/v1/accounts/verify_credentials", mastodon.token).headers
    assert general["X-RateLimit-Limit"] == "300" and int(general["X-RateLimit-Remaining"]) < 300


def test_account_statuses_page_newest_first_with_links(mastodon: MastodonEnv) -> None:
    ids = [post(mastodon, f"post {n}").json()["id"] for n in range(5)]
    path = f"/api/v1/accounts/{mastodon.account.id}/statuses"
    first = call(mastodon, "GET", path, mastodon.token, params={"limit": 2})
    assert [s["id"] for s in first.json()] == ids[::-1][:2]
    assert f"max_id={ids[3]}" in first.headers["Link"] and 'rel="next"' in first.headers["Link"]
    second = call(mastodon, "GET", path, mastodon.token, params={"limit": 2, "max_id": ids[3]})
    assert [s["id"] for s in second.json()] == [ids[2], ids[1]]


def test_injected_faults_follow_the_shared_plan(mastodon: MastodonEnv) -> None:
    mastodon.faults.add(Fault.lost_answer(), method="POST", path="/api/v1/statuses")
    with pytest.raises(requests.ConnectionError):
        post(mastodon, "landed anyway")
    assert [s.text for s in mastodon.statuses()] == ["landed anyway"]
    mastodon.faults.add(Fault.http(502), method="POST", path="/api/v1/statuses")
    answer = post(mastodon, "not landed")
    assert answer.status_code == 502 and answer.headers["Content-Type"].startswith("text/html")
    assert [s.text for s in mastodon.statuses()] == ["landed anyway"]
    assert mastodon.state.settled()
    [lost, gateway] = mastodon.state.requests("POST", "/api/v1/statuses")
    assert (lost.outcome, gateway.outcome, gateway.fault) == ("lost_answer", "answered", "status")


def test_the_fake_runs_standalone_with_control_endpoints(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.mastodon_api", "--port", "0", "--defaults"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        defaults = json.loads(process.stdout.readline())
        token = defaults["access_token"]
        assert requests.get(f"{base_url}/__control/health", timeout=5).json() == {"ok": True}
        fault = {"kind": "lost_answer", "method": "POST", "path": "/api/v1/statuses"}
        assert requests.post(f"{base_url}/__control/faults", json=fault, timeout=5).status_code == 201
        headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": "cli-1"}
        with pytest.raises(requests.ConnectionError):
            requests.post(f"{base_url}/api/v1/statuses", data={"status": "hi"}, headers=headers, timeout=5)
        again = requests.post(
            f"{base_url}/api/v1/statuses", data={"status": "hi"}, headers=headers, timeout=5
        )
        statuses = requests.get(
            f"{base_url}/__control/statuses", params={"account_id": defaults["account"]["id"]}, timeout=5
        ).json()["statuses"]
        assert [s["id"] for s in statuses] == [again.json()["id"]]
        sent = requests.get(f"{base_url}/__control/requests", params={"method": "POST"}, timeout=5).json()
        assert [r["idempotency_key"] for r in sent["requests"]] == ["cli-1", "cli-1"]
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert process.returncode == 0


def test_handling_time_leaves_out_injected_delays(mastodon: MastodonEnv) -> None:
    mastodon.faults.add(Fault.slow(0.3), method="GET", path="/api/v1/accounts/verify_credentials")
    answer = call(mastodon, "GET", "/api/v1/accounts/verify_credentials", mastodon.token)
    assert answer.status_code == 200 and answer.elapsed.total_seconds() >= 0.3
    assert mastodon.state.settled() and mastodon.state.handling_seconds() < 0.3


def test_a_status_can_be_read_back_unless_it_is_private(mastodon: MastodonEnv) -> None:
    public = post(mastodon, "Public notice").json()["id"]
    private = post(mastodon, "Followers only", visibility="private").json()["id"]
    read = call(mastodon, "GET", f"/api/v1/statuses/{public}")
    assert read.status_code == 200 and read.json()["content"] == "<p>Public notice</p>"
    assert call(mastodon, "GET", f"/api/v1/statuses/{private}").status_code == 404
    assert call(mastodon, "GET", f"/api/v1/statuses/{private}", mastodon.token).status_code == 200
