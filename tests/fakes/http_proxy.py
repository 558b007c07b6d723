"""A forwarding HTTP proxy on 127.0.0.1 for plain-http targets, the way requests uses a proxy for http://.

For an http:// URL requests sends the whole request to the proxy with an absolute URI
(``POST http://127.0.0.1:8123/2/tweets HTTP/1.1``) instead of opening a CONNECT tunnel. The fake APIs are
plain http on loopback, so that is the form a test of "the app goes through the proxy" needs, and the
CONNECT-only ``tests.fakes.proxy.FakeProxy`` answers it with 501. This proxy forwards such requests to
loopback targets only (anything else gets 502 without a connection attempt, so a test can never reach
the internet), adds a ``Via`` header so the server can tell the request was proxied, records every
request it receives, and can ask for a sign-in (407) like a council proxy without the right settings.
"""

from __future__ import annotations

import http.client
import ipaddress
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from tests.fakes.serving import read_body
from tests.fakes.threaded import SigningInProxy, TrackingMixIn

#: Headers about one connection, never forwarded (RFC 9110 section 7.6.1), plus the proxy's own sign-in.
HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)
MAX_BODY = 64 * 1024 * 1024


@dataclass(frozen=True)
class ProxiedRequest:
    """One request as the proxy received it (header names lower-cased); ``status`` is what it answered."""

    method: str
    url: str
    headers: dict[str, str]
    body: bytes
    status: int


def _is_loopback(host: str) -> bool:
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are separate writes; don't wait for delayed ACKs
    timeout = 5.0  # an idle keep-alive connection from a test's session ends its thread
    server: TrackedServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - signature from the base class
        """Silenced: ``HttpForwardProxy.requests`` is the record tests use."""

    def do_GET(self) -> None:
        owner = self.server.owner
        headers = {name.lower(): value for name, value in self.headers.items()}
        try:
            body = self._read_body()
        except ValueError:
            self._answer(owner, headers, b"", 400, "Bad request body")
            return
        if not owner.authorised(headers.get("proxy-authorization", "")):
            extra = {"Proxy-Authenticate": 'Basic realm="council"'}
            self._answer(owner, headers, body, 407, "Proxy Authentication Required", extra)
            return
        target = urlsplit(self.path)
        if self.command == "CONNECT" or target.scheme != "http" or not target.hostname:
            self._answer(owner, headers, body, 501, "This test proxy only forwards http:// URLs")
            return
        if not _is_loopback(target.hostname):
            self._answer(owner, headers, body, 502, "This test proxy only forwards to 127.0.0.1")
            return
        forward = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        forward["Via"] = owner.via
        path = target.path or "/"
        if target.query:
            path += "?" + target.query
        upstream = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=owner.timeout)
        try:
            upstream.request(self.command, path, body=body if body or "content-length" in headers else None,
                             headers=forward)  # fmt: skip
            response = upstream.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException):
            self._answer(owner, headers, body, 502, "Bad gateway")
            return
        finally:
            upstream.close()
        owner._record(ProxiedRequest(self.command, self.path, headers, body, response.status))
        self.send_response_only(response.status, response.reason)
        for name, value in response.getheaders():
            if name.lower() not in HOP_BY_HOP and name.lower() != "content-length":
                self.send_header(name, value)
        length = response.getheader("Content-Length", "0") if self.command == "HEAD" else str(len(data))
        self.send_header("Content-Length", length)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_CONNECT = do_GET

    def _read_body(self) -> bytes:
        return read_body(self, MAX_BODY, chunked=True)

    def _answer(
        self,
        owner: HttpForwardProxy,
        headers: dict[str, str],
        body: bytes,
        status: int,
        reason: str,
        extra: dict[str, str] | None = None,
    ) -> None:
        """The proxy's own answer (no upstream involved); the connection is closed, as proxies do."""
        owner._record(ProxiedRequest(self.command, self.path, headers, body, status))
        self.send_response_only(status, reason)
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True


class TrackedServer(TrackingMixIn, ThreadingHTTPServer):
    """A loopback server for the test proxies (this one and fault_proxy's); ``owner`` is the proxy its
    handler reads."""

    def __init__(self, owner: Any, handler: type[BaseHTTPRequestHandler]) -> None:
        self.owner = owner
        super().__init__(("127.0.0.1", 0), handler)


class HttpForwardProxy(SigningInProxy):
    """A threaded forwarding proxy; use as a context manager and read ``requests`` afterwards.

    ``require_auth=(user, password)`` answers 407 unless the request carries those Basic credentials.
    """

    def __init__(self, *, require_auth: tuple[str, str] | None = None, timeout: float = 10.0) -> None:
        self.require_auth = require_auth
        self.timeout = timeout
        self.requests: list[ProxiedRequest] = []
        self._lock = threading.Lock()
        self.serve(TrackedServer(self, _Handler), "http-forward-proxy")
        self.via = f"1.1 crier-test-proxy-{self.port}"

    def seen(self) -> list[tuple[str, str, int]]:
        """(method, URL, status answered) of every request so far, in order."""
        with self._lock:
            return [(r.method, r.url, r.status) for r in self.requests]

    def _record(self, request: ProxiedRequest) -> None:
        with self._lock:
            self.requests.append(request)
