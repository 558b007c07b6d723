"""A fault-injecting reverse proxy on 127.0.0.1, for putting chaos in front of a real server.

The fakes inject faults themselves; a real server (the official Bluesky PDS) cannot, so this proxy sits
in front of it and misbehaves by the same :class:`tests.fakes.faults.FaultPlan` rules: an injected error
status (the request never reaches the server), a dropped connection (nor does it), a slow answer, a
timeout with or without the request going through first, and a lost answer (the server did the work,
the client never hears). Everything else is forwarded as it came and answered as the server answered.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlsplit

from tests.fakes.faults import Fault, FaultKind, FaultPlan
from tests.fakes.http_proxy import HOP_BY_HOP, TrackedServer
from tests.fakes.threaded import ThreadedServer

_REASONS = {429: "RateLimitExceeded", 500: "InternalServerError", 502: "UpstreamFailure"}


@dataclass(frozen=True)
class Exchange:
    """One request as the proxy saw it: ``status`` is what the client got (0: no answer at all)."""

    method: str
    path: str
    status: int
    fault: str  # the injected fault's kind, or ""
    reached_server: bool


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    timeout = 5.0  # an idle keep-alive connection ends its thread
    server: TrackedServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - signature from the base class
        """Silenced: ``FaultProxy.exchanges`` is the record tests use."""

    def do_GET(self) -> None:
        owner = self.server.owner
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path = urlsplit(self.path).path
        fault = owner.faults.pick(self.command, path)
        kind = fault.kind if fault is not None else None
        seconds = fault.seconds if fault is not None else 0.0
        if fault is not None and kind is FaultKind.STATUS:
            owner._record(self.command, path, fault.status, fault, reached=False)
            self._send_error(fault.status)
            return
        if kind is FaultKind.DROP or (kind is FaultKind.TIMEOUT and fault is not None and not fault.commit):
            owner._record(self.command, path, 0, fault, reached=False)
            owner.hold(seconds if kind is FaultKind.TIMEOUT else 0.0)
            self._hang_up()
            return
        if kind is FaultKind.SLOW:
            owner.hold(seconds)
        try:
            status, reason, headers, data = owner._forward(
                self.command, self.path, self.headers.items(), body
            )
        except (OSError, http.client.HTTPException):
            owner._record(self.command, path, 502, fault, reached=False)
            self._send_error(502)
            return
        if kind in (FaultKind.LOST_ANSWER, FaultKind.TIMEOUT):
            owner._record(self.command, path, 0, fault, reached=True)
            owner.hold(seconds if kind is FaultKind.TIMEOUT else 0.0)
            self._hang_up()
            return
        owner._record(self.command, path, status, fault, reached=True)
        self.send_response_only(status, reason)
        for name, value in headers:
            if name.lower() not in HOP_BY_HOP and name.lower() != "content-length":
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_GET

    def _send_error(self, status: int) -> None:
        payload = json.dumps(
            {
                "error": _REASONS.get(status, "InjectedFault"),
                "message": f"injected {status} by the test proxy",
            }
        ).encode()
        self.send_response_only(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _hang_up(self) -> None:
        """Close the connection without a byte of answer."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)


class FaultProxy(ThreadedServer):
    """Forwards to ``upstream`` (``http://127.0.0.1:port``), misbehaving as ``faults`` says."""

    def __init__(self, upstream: str, *, timeout: float = 30.0, max_hold: float = 10.0) -> None:
        target = urlsplit(upstream)
        if target.scheme != "http" or target.hostname not in ("127.0.0.1", "localhost"):
            raise ValueError(f"the fault proxy only forwards to plain http on this computer, not {upstream}")
        self.upstream = (target.hostname, target.port or 80)
        self.timeout = timeout
        self.max_hold = max_hold
        self.faults = FaultPlan()
        self._exchanges: list[Exchange] = []
        self._lock = threading.Lock()
        self.serve(TrackedServer(self, _Handler), "fault-proxy")

    def exchanges(self, nsid: str = "") -> list[Exchange]:
        """Every request so far (or those to ``/xrpc/<nsid>``), in order."""
        with self._lock:
            return [e for e in self._exchanges if not nsid or e.path == f"/xrpc/{nsid}"]

    def hold(self, seconds: float) -> None:
        self.stopping.wait(min(seconds, self.max_hold))

    def _record(self, method: str, path: str, status: int, fault: Fault | None, *, reached: bool) -> None:
        with self._lock:
            kind = fault.kind.value if fault is not None else ""
            self._exchanges.append(Exchange(method, path, status, kind, reached))

    def _forward(
        self, method: str, target: str, headers: Any, body: bytes
    ) -> tuple[int, str, list[tuple[str, str]], bytes]:
        forward = {k: v for k, v in headers if k.lower() not in HOP_BY_HOP}
        connection = http.client.HTTPConnection(*self.upstream, timeout=self.timeout)
        try:
            connection.request(method, target, body=body or None, headers=forward)
            response = connection.getresponse()
            return response.status, response.reason, response.getheaders(), response.read()
        finally:
            connection.close()
