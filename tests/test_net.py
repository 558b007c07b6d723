"""The HTTP stack against real loopback servers: a CONNECT proxy, an HTTPS server with a test CA, PAC files.

Nothing here leaves 127.0.0.1: remote-looking URLs are either rewritten to a loopback server or only
passed to the proxy resolver, which decides without connecting.
"""

from __future__ import annotations

import http.server
import json
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
import tweepy

from desktop.core import net
from desktop.core.net import (
    PROXY_AUTH_MESSAGE,
    USER_AGENT,
    NetConfig,
    ProbeSchedule,
    ProxyResolver,
    classify_exception,
    make_session,
    mount_on,
    probe,
)
from tests.fakes.proxy import FakeProxy
from tests.fakes.tls import LoopbackServer, TestCA

PROXY_ENV = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture(autouse=True)
def _no_ambient_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The machine running the tests may have proxy variables; each test sets its own."""
    for name in PROXY_ENV:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    for name in net.API_BASE_ENV:
        monkeypatch.delenv(name, raising=False)


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]


def make_handler(
    status: int = 200,
    body: bytes = b'{"ok": true}',
    content_type: str = "application/json",
) -> tuple[type[http.server.BaseHTTPRequestHandler], list[Seen]]:
    """A tiny web server handler answering every request the same way and recording what it saw."""
    seen: list[Seen] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            seen.append(Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}))
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = _answer

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the test asserts on ``seen`` instead."""

    return Handler, seen


@pytest.fixture
def ca(tmp_path: Path) -> TestCA:
    return TestCA(tmp_path)


@pytest.fixture
def https_server(ca: TestCA) -> Iterator[tuple[LoopbackServer, list[Seen]]]:
    handler, seen = make_handler(body=b"hello through the tunnel", content_type="text/plain")
    with LoopbackServer(handler, ca) as server:
        yield server, seen


@pytest.fixture
def http_server() -> Iterator[tuple[LoopbackServer, list[Seen]]]:
    handler, seen = make_handler()
    with LoopbackServer(handler) as server:
        yield server, seen


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections (via the backlog) but never answers."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    yield sock.getsockname()[1]
    sock.close()


def failure_of(session: requests.Session, url: str) -> requests.RequestException:
    with pytest.raises(requests.RequestException) as caught:
        session.get(url)
    return caught.value


# ---------------------------------------------------------------------------------------- proxy + TLS


def test_request_through_explicit_proxy_reaches_https_server_with_extra_ca(
    ca: TestCA, https_server: tuple[LoopbackServer, list[Seen]]
) -> None:
    server, seen = https_server
    with FakeProxy() as proxy:
        session = make_session(NetConfig(proxy=proxy.url, extra_ca_file=ca.ca_file))
        response = session.get(f"{server.url}/hello")
        assert response.status_code == 200
        assert response.text == "hello through the tunnel"
        assert proxy.tunnels == 1
        assert proxy.tunnel_targets == [f"127.0.0.1:{server.port}"]
    assert seen[0].path == "/hello"
    assert seen[0].headers["user-agent"] == USER_AGENT
    assert USER_AGENT.startswith("Crier/")


def test_https_without_the_extra_ca_is_a_tls_problem_that_mentions_the_proxy(
    https_server: tuple[LoopbackServer, list[Seen]],
) -> None:
    server, seen = https_server
    with FakeProxy() as proxy:
        session = make_session(NetConfig(proxy=proxy.url))
        problem = classify_exception(failure_of(session, f"{server.url}/hello"))
        assert proxy.tunnels == 1  # the tunnel opened; the certificate is what failed
    assert problem.kind == "tls"
    assert "organisation's proxy" in problem.message
    assert "certificate" in problem.message
    assert not problem.retry_may_help
    assert seen == []


def test_direct_https_trusts_the_extra_ca_too(
    ca: TestCA, https_server: tuple[LoopbackServer, list[Seen]]
) -> None:
    server, _seen = https_server
    session = make_session(NetConfig(proxy="direct", extra_ca_file=ca.ca_file))
    assert session.get(f"{server.url}/direct").status_code == 200


def test_trust_comes_from_the_system_store_not_certifi(
    ca: TestCA, https_server: tuple[LoopbackServer, list[Seen]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A frozen build may ship without certifi's bundle; requests' default would then refuse to connect."""
    monkeypatch.setattr(requests.adapters, "DEFAULT_CA_BUNDLE_PATH", "/nonexistent/cacert.pem")
    server, _seen = https_server
    session = make_session(NetConfig(proxy="direct", extra_ca_file=ca.ca_file))
    assert session.get(f"{server.url}/no-certifi").status_code == 200


def test_proxy_that_wants_a_sign_in_is_proxy_auth_not_offline(
    ca: TestCA, https_server: tuple[LoopbackServer, list[Seen]]
) -> None:
    server, _seen = https_server
    with FakeProxy(require_auth=("alice", "s3cret")) as proxy:
        session = make_session(NetConfig(proxy=proxy.url, extra_ca_file=ca.ca_file))
        problem = classify_exception(failure_of(session, f"{server.url}/hello"))
        assert problem.kind == "proxy-auth"
        assert problem.message == PROXY_AUTH_MESSAGE
        assert proxy.tunnels == 0

        signed_in = make_session(NetConfig(proxy=proxy.url_with("alice", "s3cret"), extra_ca_file=ca.ca_file))
        assert signed_in.get(f"{server.url}/hello").status_code == 200
        assert proxy.tunnels == 1


def test_probe_through_a_407_proxy_is_not_online(
    ca: TestCA, https_server: tuple[LoopbackServer, list[Seen]]
) -> None:
    server, _seen = https_server
    with FakeProxy(require_auth=("alice", "s3cret")) as proxy:
        session = make_session(NetConfig(proxy=proxy.url, extra_ca_file=ca.ca_file))
        https_result = probe(session, f"{server.url}/")
        http_result = probe(session, "http://127.0.0.1:9/")  # plain http: the proxy answers 407 itself
    for result in (https_result, http_result):
        assert not result.online
        assert result.problem is not None and result.problem.kind == "proxy-auth"


def test_proxy_that_blocks_the_site_says_so(https_server: tuple[LoopbackServer, list[Seen]]) -> None:
    server, _seen = https_server
    with FakeProxy(refuse_status=403) as proxy:
        problem = classify_exception(failure_of(make_session(NetConfig(proxy=proxy.url)), f"{server.url}/"))
    assert problem.kind == "other"
    assert "blocked" in problem.message and "(403)" in problem.message


def test_proxy_that_is_not_there_is_proxy_unreachable(refused_port: int) -> None:
    session = make_session(NetConfig(proxy=f"http://127.0.0.1:{refused_port}"))
    problem = classify_exception(failure_of(session, "https://127.0.0.1:9/"))
    assert problem.kind == "proxy-unreachable"


def test_proxy_credentials_never_appear_in_problem_text(refused_port: int) -> None:
    session = make_session(NetConfig(proxy=f"http://bob:hunter2@127.0.0.1:{refused_port}"))
    problem = classify_exception(failure_of(session, "https://127.0.0.1:9/"))
    assert "hunter2" not in problem.message + problem.detail
    assert net.redact("http://bob:hunter2@proxy:8080") == "http://***@proxy:8080"


# ---------------------------------------------------------------------------------------- offline/timeout


def test_connection_refused_is_offline(refused_port: int) -> None:
    problem = classify_exception(failure_of(make_session(), f"http://127.0.0.1:{refused_port}/"))
    assert problem.kind == "offline"
    assert "127.0.0.1" in problem.message
    assert problem.retry_may_help


def test_dns_failure_is_offline() -> None:
    problem = classify_exception(socket.gaierror(socket.EAI_NONAME, "Name or service not known"))
    assert problem.kind == "offline"


def test_default_read_timeout_applies_without_a_per_call_timeout(silent_port: int) -> None:
    session = make_session(NetConfig(read_timeout=0.3))
    started = time.monotonic()
    problem = classify_exception(failure_of(session, f"http://127.0.0.1:{silent_port}/"))
    assert problem.kind == "timeout"
    assert time.monotonic() - started < 5


def test_unrelated_errors_are_other() -> None:
    problem = classify_exception(ValueError("bad JSON"))
    assert problem.kind == "other"
    assert "send the log file to IT" in problem.message


def test_http_error_carrying_a_407_response_is_proxy_auth() -> None:
    response = requests.Response()
    response.status_code = 407
    assert classify_exception(requests.HTTPError(response=response)).kind == "proxy-auth"


# ---------------------------------------------------------------------------------------- API base rewriting


def test_x_api_urls_are_rewritten_to_a_loopback_server(
    http_server: tuple[LoopbackServer, list[Seen]], monkeypatch: pytest.MonkeyPatch, refused_port: int
) -> None:
    server, seen = http_server
    monkeypatch.setenv("CRIER_X_API_BASE", server.url)
    # A system proxy that doesn't exist: loopback replacements must bypass it.
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{refused_port}")
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{refused_port}")
    session = make_session(NetConfig.from_env(wpad=False))

    response = session.get("https://api.x.com/2/users/me?user.fields=id")
    assert response.status_code == 200
    assert response.json() == {"ok": True}
    assert seen[-1].path == "/2/users/me?user.fields=id"
    assert seen[-1].headers["host"] == f"127.0.0.1:{server.port}"

    session.post("https://upload.twitter.com/1.1/media/upload.json", data=b"x")
    assert seen[-1].path == "/1.1/media/upload.json"


def test_tweepy_client_reaches_the_replacement_base_through_the_session(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    body = json.dumps({"data": {"id": "2244994945", "name": "Crier Test", "username": "crier_test"}})
    handler, seen = make_handler(body=body.encode())
    with LoopbackServer(handler) as server:
        monkeypatch.setenv("CRIER_X_API_BASE", server.url)
        client = tweepy.Client(bearer_token="test-bearer")
        mount_on(client, make_session(NetConfig.from_env(proxy="direct")))
        response = client.get_me(user_auth=False)
    assert response.data.username == "crier_test"
    assert seen[0].path == "/2/users/me"
    assert seen[0].headers["authorization"] == "Bearer test-bearer"
    assert seen[0].headers["user-agent"] == USER_AGENT


def test_rewrite_covers_all_x_hosts_and_leaves_others_alone() -> None:
    config = NetConfig(api_base_overrides={"https://api.x.com/": "http://127.0.0.1:8765/x"})
    adapter = net.ApiBaseRewriteAdapter(config.rewrite_map(), requests.adapters.HTTPAdapter())
    assert adapter.rewrite_url("https://api.x.com/2/tweets") == "http://127.0.0.1:8765/x/2/tweets"
    assert adapter.rewrite_url("https://api.twitter.com/2/users/me") == "http://127.0.0.1:8765/x/2/users/me"
    assert adapter.rewrite_url("https://upload.twitter.com/1.1/media") == "http://127.0.0.1:8765/x/1.1/media"
    assert adapter.rewrite_url("https://api.x.com.evil.example/2") == "https://api.x.com.evil.example/2"
    assert adapter.rewrite_url("https://bsky.social/xrpc") == "https://bsky.social/xrpc"


def test_default_x_base_means_no_rewriting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRIER_X_API_BASE", "https://api.x.com/")
    config = NetConfig.from_env()
    assert config.api_base_overrides == {}
    assert "https://api.x.com/" not in make_session(config).adapters


@pytest.mark.parametrize("replacement", ["http://example.com", "http://10.0.0.5:8080", "ftp://127.0.0.1"])
def test_non_loopback_plain_http_override_is_rejected(
    replacement: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ValueError, match="must start with https://|is not a web address"):
        NetConfig(api_base_overrides={"https://api.x.com": replacement})
    monkeypatch.setenv("CRIER_X_API_BASE", replacement)
    with pytest.raises(ValueError, match=r"https://"):
        NetConfig.from_env()


@pytest.mark.parametrize(
    "replacement",
    ["http://127.0.0.1:8765", "http://127.9.9.9", "http://[::1]:1", "http://localhost:5", "https://x.test"],
)
def test_loopback_http_and_any_https_overrides_are_accepted(replacement: str) -> None:
    config = NetConfig(api_base_overrides={"https://graph.facebook.com": replacement})
    assert config.api_base_overrides == {"https://graph.facebook.com": replacement}


# ---------------------------------------------------------------------------------------- proxy resolution


def test_proxy_setting_modes() -> None:
    assert ProxyResolver(NetConfig(proxy="direct")).proxy_for("https://api.x.com/") is None
    explicit = ProxyResolver(NetConfig(proxy="proxy.council.gov.uk:8080"))
    assert explicit.proxy_for("https://api.x.com/") == "http://proxy.council.gov.uk:8080"
    assert explicit.proxy_for("http://127.0.0.1:8765/") == "http://proxy.council.gov.uk:8080"
    with pytest.raises(ValueError, match="isn't a proxy address"):
        NetConfig(proxy="socks4://x:1")
    with pytest.raises(ValueError, match="port that isn't a number"):
        NetConfig(proxy="http://proxy:eighty")


def test_system_proxy_from_environment_bypassed_for_loopback_and_no_proxy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://corp-proxy:3128")
    monkeypatch.setenv("NO_PROXY", "intranet.council.gov.uk")
    resolver = ProxyResolver(NetConfig(wpad=False))
    assert resolver.mode == "system"
    assert resolver.proxy_for("https://api.x.com/2/tweets") == "http://corp-proxy:3128"
    assert resolver.proxy_for("https://intranet.council.gov.uk/") is None
    for loopback in ("https://127.0.0.1:1/", "https://127.4.5.6/", "https://[::1]:8/", "https://localhost/"):
        assert resolver.proxy_for(loopback) is None


def test_missing_extra_ca_file_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="certificate file .* could not be used"):
        make_session(NetConfig(extra_ca_file=tmp_path / "missing.pem"))


def test_turning_off_certificate_checks_is_refused(http_server: tuple[LoopbackServer, list[Seen]]) -> None:
    server, seen = http_server
    with pytest.raises(ValueError, match="never turns off certificate checks"):
        make_session(NetConfig(proxy="direct")).get(server.url, verify=False)
    assert seen == []


PAC_JS = """
function FindProxyForURL(url, host) {
    if (dnsDomainIs(host, ".x.com")) { return "PROXY 127.0.0.1:3128; DIRECT"; }
    return "DIRECT";
}
"""


def test_pac_file_from_a_web_address_decides_per_url() -> None:
    pytest.importorskip("pypac")
    handler, seen = make_handler(body=PAC_JS.encode(), content_type="application/x-ns-proxy-autoconfig")
    with LoopbackServer(handler) as server:
        resolver = ProxyResolver(NetConfig(proxy=f"pac:{server.url}/proxy.pac"))
        assert resolver.proxy_for("https://api.x.com/2/tweets") == "http://127.0.0.1:3128"
        assert resolver.proxy_for("https://bsky.social/") is None
        assert resolver.proxy_for("https://127.0.0.1:1/") is None
    assert [s.path for s in seen] == ["/proxy.pac"]  # fetched once, then cached


def test_pac_file_from_a_local_path(tmp_path: Path) -> None:
    pytest.importorskip("pypac")
    pac = tmp_path / "proxy.pac"
    pac.write_text(PAC_JS, encoding="utf-8")
    resolver = ProxyResolver(NetConfig(proxy=f"pac:{pac.as_uri()}"))
    assert resolver.proxy_for("https://api.x.com/") == "http://127.0.0.1:3128"


def test_pac_server_that_never_answers_falls_back_within_the_time_limit(
    silent_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pypac")
    monkeypatch.setenv("HTTPS_PROXY", "http://fallback-proxy:3128")
    resolver = ProxyResolver(
        NetConfig(proxy=f"pac:http://127.0.0.1:{silent_port}/proxy.pac", pac_timeout=0.3)
    )
    started = time.monotonic()
    assert resolver.proxy_for("https://api.x.com/") == "http://fallback-proxy:3128"
    assert time.monotonic() - started < 2
    # While the PAC is unavailable, later requests don't wait for it again.
    started = time.monotonic()
    assert resolver.proxy_for("https://api.x.com/") == "http://fallback-proxy:3128"
    assert time.monotonic() - started < 0.2


# ---------------------------------------------------------------------------------------- probe + schedule


def test_probe_counts_a_401_as_online() -> None:
    handler, seen = make_handler(status=401, body=b'{"title": "Unauthorized"}')
    with LoopbackServer(handler) as server:
        result = probe(make_session(NetConfig(proxy="direct")), f"{server.url}/2/users/me")
    assert result.online
    assert result.problem is None
    assert result.status == 401
    assert result.latency_ms is not None and result.latency_ms >= 0
    assert seen[0].method == "HEAD"


def test_probe_reports_offline_with_a_problem(refused_port: int) -> None:
    result = probe(make_session(), f"http://127.0.0.1:{refused_port}/")
    assert not result.online
    assert result.latency_ms is None
    assert result.problem is not None and result.problem.kind == "offline"


def test_probe_schedule_backs_off_to_the_cap_and_resets() -> None:
    now = [1000.0]
    schedule = ProbeSchedule(base=5, cap=60, factor=2, jitter=0.5, rand=lambda: 0.0, clock=lambda: now[0])
    assert schedule.is_due()
    delays = [schedule.next_delay() for _ in range(8)]
    assert delays == [5, 10, 20, 40, 60, 60, 60, 60]
    assert schedule.attempts == 8
    assert not schedule.is_due()
    now[0] += 59.9
    assert not schedule.is_due()
    now[0] += 0.1
    assert schedule.is_due()

    schedule.reset()
    assert schedule.attempts == 0 and schedule.is_due()
    assert schedule.next_delay() == 5


def test_probe_schedule_jitter_only_shortens_and_stays_within_bounds() -> None:
    values = iter([1.0, 0.5, 0.999])
    schedule = ProbeSchedule(
        base=10, cap=20, factor=2, jitter=0.2, rand=lambda: next(values), clock=lambda: 0.0
    )
    assert schedule.next_delay() == pytest.approx(8.0)  # 10 × (1 − 0.2 × 1.0)
    assert schedule.next_delay() == pytest.approx(18.0)  # 20 × (1 − 0.2 × 0.5)
    assert 16.0 <= schedule.next_delay() <= 20.0  # capped at 20, never longer


def test_probe_schedule_survives_a_very_long_outage() -> None:
    schedule = ProbeSchedule(base=1, cap=300, rand=lambda: 0.0, clock=lambda: 0.0)
    for _ in range(5000):
        delay = schedule.next_delay()
    assert delay == 300


def test_probe_schedule_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        ProbeSchedule(base=10, cap=5)


def test_the_deadline_watchdog_forgets_finished_requests_and_keeps_live_ones() -> None:
    """A memory measurement can drop finished requests at once (the watchdog keeps up to 256 otherwise)."""
    from desktop.core.net import limits

    finished = [limits.watch(60) for _ in range(5)]
    for request in finished:
        with request:
            pass
    with limits.watch(60) as live:
        limits.forget_finished()
        kept = [entry[2] for entry in limits._WATCHDOG._heap]
        assert live in kept and not any(request in kept for request in finished)
    limits.forget_finished()
    assert live not in [entry[2] for entry in limits._WATCHDOG._heap]
