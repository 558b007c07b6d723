"""The fake Graph API itself: Graph's shapes, limits and faults, from Python and as a standalone process.

Plain ``requests`` (no app code) talks to it here, so a wrong fake can't hide behind the publisher.
"""

from __future__ import annotations

import email.utils
import json
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import requests

from tests.fakes.faults import Fault
from tests.fakes.graph_api import DESKTOP_REDIRECT, GraphFault, RawAnswer
from tests.fakes.graph_fixtures import GraphEnv, graph_api, graph_api_factory

__all__ = ["graph_api", "graph_api_factory"]  # fixtures, imported by name

REPO = Path(__file__).resolve().parents[1]
V = "/v25.0"


def call(
    env: GraphEnv, method: str, path: str, token: str | None = None, **kwargs: object
) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.request(method, env.base_url + V + path, headers=headers, timeout=5, **kwargs)  # type: ignore[arg-type]


def test_errors_have_graphs_shape(graph_api: GraphEnv) -> None:
    unknown = call(graph_api, "GET", "/me", "EAAPnope")
    assert unknown.status_code == 400 and unknown.headers["Content-Type"].startswith("application/json")
    error = unknown.json()["error"]
    assert (error["code"], error["type"]) == (190, "OAuthException") and error["fbtrace_id"]
    assert "invalid_token" in unknown.headers["WWW-Authenticate"]

    graph_api.state.expire_token(graph_api.page_token)
    expired = call(graph_api, "GET", "/me", graph_api.page_token).json()["error"]
    assert (expired["code"], expired["error_subcode"]) == (190, 463) and "expired" in expired["message"]

    missing = call(graph_api, "GET", "/424242", graph_api.state.issue_page_token(graph_api.page.id)).json()
    assert (missing["error"]["code"], missing["error"]["error_subcode"]) == (100, 33)


def test_every_answer_carries_usage_headers_and_facebooks_clock(graph_api: GraphEnv) -> None:
    graph_api.state.advance_clock(7200)
    answer = call(graph_api, "GET", "/me", graph_api.page_token, params={"fields": "id,name"})
    assert answer.json() == {"id": graph_api.page.id, "name": "Cardiff Council"}
    assert json.loads(answer.headers["x-app-usage"])["call_count"] >= 1
    buc = json.loads(answer.headers["x-business-use-case-usage"])
    assert buc[graph_api.page.id][0]["type"] == "pages"
    assert "estimated_time_to_regain_access" in json.loads(answer.headers["x-page-usage"])
    date = email.utils.parsedate_to_datetime(answer.headers["Date"]).timestamp()
    assert abs(date - graph_api.state.now()) < 5


def test_the_feed_filters_by_since_and_pages_with_cursors(graph_api: GraphEnv) -> None:
    token = graph_api.page_token
    for i in range(3):
        assert call(graph_api, "POST", f"/{graph_api.page.id}/feed", token, data={"message": f"m{i}"}).ok
        graph_api.state.advance_clock(60)
    since = int(graph_api.state.posts_for(graph_api.page.id)[1].created_at)
    feed = f"/{graph_api.page.id}/feed"

    recent = call(graph_api, "GET", feed, token, params={"since": since, "fields": "id,message,created_time"})
    assert [p["message"] for p in recent.json()["data"]] == ["m2", "m1"]
    assert recent.json()["data"][0]["created_time"].endswith("+0000")

    first = call(graph_api, "GET", feed, token, params={"limit": 1}).json()
    assert first["paging"]["next"].startswith("https://graph.facebook.com/v25.0/")
    after = first["paging"]["cursors"]["after"]
    second = call(graph_api, "GET", feed, token, params={"limit": 1, "after": after}).json()
    assert [p["message"] for p in first["data"] + second["data"]] == ["m2", "m1"]


def test_posting_needs_the_pages_own_token_and_refuses_quick_repeats(graph_api: GraphEnv) -> None:
    feed = f"/{graph_api.page.id}/feed"
    person = graph_api.state.issue_user_token(graph_api.user.id)
    refused = call(graph_api, "POST", feed, person, data={"message": "hi"})
    assert refused.status_code == 403 and refused.json()["error"]["code"] == 200
    assert call(graph_api, "POST", feed, graph_api.page_token, data={"message": "hi"}).ok
    again = call(graph_api, "POST", feed, graph_api.page_token, data={"message": "hi"})
    assert again.json()["error"]["code"] == 506
    graph_api.state.advance_clock(graph_api.state.config.duplicate_window + 1)
    assert call(graph_api, "POST", feed, graph_api.page_token, data={"message": "hi"}).ok


def test_the_page_rate_limit_says_when_access_comes_back(graph_api: GraphEnv) -> None:
    graph_api.state.config.page_call_limit = 1
    graph_api.state.config.rate_window = 600
    assert call(graph_api, "GET", "/me", graph_api.page_token).ok
    limited = call(graph_api, "GET", "/me", graph_api.page_token)
    assert limited.json()["error"]["code"] == 80001 and limited.json()["error"]["is_transient"] is True
    regain = json.loads(limited.headers["x-business-use-case-usage"])[graph_api.page.id][0]
    assert regain["call_count"] == 100 and 1 <= regain["estimated_time_to_regain_access"] <= 10
    graph_api.state.advance_clock(601)
    assert call(graph_api, "GET", "/me", graph_api.page_token).ok


def test_injected_faults_and_raw_answers(graph_api: GraphEnv) -> None:
    feed = f"/{graph_api.page.id}/feed"
    graph_api.faults.add(GraphFault.graph(1, status=500, commit=True), method="POST", path="/{id}/feed")
    failed = call(graph_api, "POST", feed, graph_api.page_token, data={"message": "landed anyway"})
    assert failed.status_code == 500 and failed.json()["error"]["code"] == 1
    assert graph_api.messages() == ["landed anyway"]

    graph_api.faults.add(Fault.rate_limited(), method="GET", path="*/feed")
    throttled = call(graph_api, "GET", feed, graph_api.page_token)
    assert (
        throttled.json()["error"]["code"] == 4
        and "estimated_time_to_regain_access" in throttled.headers["x-business-use-case-usage"]
    )

    graph_api.answers.add(RawAnswer.of(200, "<html>portal</html>", "text/html"), method="GET", path="*/feed")
    portal = call(graph_api, "GET", feed, graph_api.page_token)
    assert (portal.status_code, portal.headers["Content-Type"], portal.text) == (
        200,
        "text/html",
        "<html>portal</html>",
    )

    graph_api.faults.add(Fault.lost_answer(), method="POST", path="*/feed")
    with pytest.raises(requests.ConnectionError):
        call(graph_api, "POST", feed, graph_api.page_token, data={"message": "lost"})
    assert graph_api.messages() == ["landed anyway", "lost"]
    outcomes = [r.outcome for r in graph_api.state.requests("POST")]
    assert outcomes == ["answered", "lost_answer"]


def test_the_dialog_only_sends_tokens_to_registered_addresses(graph_api: GraphEnv) -> None:
    dialog = graph_api.base_url + V + "/dialog/oauth"
    query = {"client_id": graph_api.app.app_id, "response_type": "token", "state": "s1"}
    blocked = requests.get(dialog, params={**query, "redirect_uri": "http://127.0.0.1:1/x"}, timeout=5)
    assert blocked.status_code == 400 and "URL blocked" in blocked.text
    desktop = requests.get(
        dialog, params={**query, "redirect_uri": DESKTOP_REDIRECT}, allow_redirects=False, timeout=5
    )
    assert desktop.status_code == 302 and desktop.headers["Location"].startswith(
        DESKTOP_REDIRECT + "#access_token="
    )


def _lines(process: subprocess.Popen[str]) -> queue.Queue[str]:
    """The process's output lines, read on a thread so the test can wait for each with a timeout."""
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line.strip())

    threading.Thread(target=pump, daemon=True).start()
    return lines


def test_it_runs_standalone_with_an_http_control_api() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.graph_api", "--port", "0", "--defaults"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        lines = _lines(process)
        base = lines.get(timeout=20)
        world = json.loads(lines.get(timeout=20))
        control = base + "/__control"
        assert requests.get(control + "/health", timeout=5).json() == {"ok": True}
        fault = {"kind": "status", "status": 503, "method": "POST", "path": "/{id}/feed"}
        assert requests.post(control + "/faults", json=fault, timeout=5).status_code == 201
        feed = f"{base}{V}/{world['page']['id']}/feed"
        auth = {"Authorization": f"Bearer {world['page_token']}"}
        busy = requests.post(feed, data={"message": "hello"}, headers=auth, timeout=5)
        assert busy.status_code == 503 and busy.json()["error"]["code"] == 2
        assert requests.post(feed, data={"message": "hello"}, headers=auth, timeout=5).ok
        blocked = {"code": 368, "message": "(#368) Blocked", "method": "POST", "path": "*/feed"}
        requests.post(control + "/faults", json=blocked, timeout=5).raise_for_status()
        refused = requests.post(feed, data={"message": "again"}, headers=auth, timeout=5)
        assert refused.json()["error"]["code"] == 368
        portal = {"status": 200, "body": "<html>portal</html>", "content_type": "text/html"}
        requests.post(control + "/answers", json=portal, timeout=5).raise_for_status()
        assert requests.get(feed, headers=auth, timeout=5).text == "<html>portal</html>"
        posts = requests.get(control + "/posts", params={"page_id": world["page"]["id"]}, timeout=5).json()
        assert [p["message"] for p in posts["posts"]] == ["hello"]
        logged = requests.get(control + "/requests", params={"method": "POST"}, timeout=5).json()["requests"]
        assert [r["fault"] for r in logged] == ["status", None, "status"]
        assert {r["token_in"] for r in logged} == {"header"}
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)
        if process.stdout is not None:
            process.stdout.close()
    assert process.returncode == 0
