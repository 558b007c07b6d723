"""A hostile front for any fake: it forwards to the fake, or answers as a broken or hostile server would.

One mechanism for all four networks: a test points Crier at the front instead of the fake, and adds
rules. A matching request is redirected (302/307 to another 127.0.0.1 server, without reaching the
fake), or forwarded (so the post IS made) and answered with a body of the test's choosing (a malformed
id), a dribble of one byte at a time, a huge body, or a gzip bomb. Without a backend the front is the
"other host": it records what reaches it and answers every request with ``answer``.
"""

from __future__ import annotations

import contextlib
import http.client
import re
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlsplit

from tests.fakes.serving import ServedFake

_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "host"}
_OWN = {"date", "server"}  # http.server sends its own; a second Date confuses rate-limit maths


class Act(StrEnum):
    REDIRECT = "redirect"  # answer ``status`` (302/307) with Location ``location``; the fake never sees it
    REPLACE = "replace"  # forward (processed), then answer ``status`` with ``body`` (or ``rewrite(answer)``)
    DRIBBLE = "dribble"  # forward, then send the headers and one byte every ``seconds``
    HUGE = "huge"  # forward, then answer a body of ``size`` bytes
    GZIP_BOMB = "gzip_bomb"  # forward, then answer a small gzip body that inflates to ``size`` bytes
    BLOCK = "block"  # answer ``status``, ``body``, ``headers`` at once (a web filter); the fake sees nothing


@dataclass
class Rule:
    act: Act
    method: str = "*"
    path: str = "*"  # ``*`` matches anything; ``{x}`` one path segment
    times: int | None = 1
    status: int = 302
    location: str = ""
    body: bytes = b""
    seconds: float = 0.5
    size: int = 0
    headers: dict[str, str] = field(default_factory=dict)  # extra headers for REPLACE
    rewrite: Callable[[bytes], bytes] | None = None  # REPLACE with this function of the fake's answer
    fired: int = 0
    _regex: re.Pattern[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        parts = re.split(r"(\*|\{[^}/]+\})", self.path)
        regex = "".join(".*" if p == "*" else "[^/]+" if p.startswith("{") else re.escape(p) for p in parts)
        self._regex = re.compile(f"^{regex}$")

    def matches(self, method: str, path: str) -> bool:
        live = self.times is None or self.fired < self.times
        return live and self.method in ("*", method.upper()) and bool(self._regex.match(path))


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


_BOMBS: dict[int, bytes] = {}


def gzip_bomb(size: int) -> bytes:
    """A gzip body of about size/1000 bytes that inflates to ``size`` zero bytes (cached per size)."""
    if size not in _BOMBS:
        packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        block = bytes(1024 * 1024)
        step = len(block)
        parts = [packer.compress(block[: min(step, size - done)]) for done in range(0, size, step)]
        _BOMBS[size] = b"".join(parts) + packer.flush()
    return _BOMBS[size]


class HostileFront(ServedFake):
    """Serve on 127.0.0.1; ``base_url`` is what Crier is pointed at."""

    thread_name = "hostile-front"

    def __init__(self, backend: str | None = None, *, answer: bytes = b'{"data":{"id":"999"}}') -> None:
        self.backend = urlsplit(backend) if backend else None
        self.answer = answer
        self.rules: list[Rule] = []
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        self.listen("127.0.0.1", 0, _Handler, what="hostile front")

    @property
    def backend_url(self) -> str:
        return self.backend.geturl() if self.backend else ""

    @backend_url.setter
    def backend_url(self, value: str) -> None:
        """Forward to this fake from now on ("" makes the front the other host again)."""
        self.backend = urlsplit(value) if value else None

    def add(self, act: Act, **fields: Any) -> Rule:
        rule = Rule(act, **fields)
        with self._lock:
            self.rules.append(rule)
        return rule

    def pick(self, method: str, path: str) -> Rule | None:
        with self._lock:
            for rule in self.rules:
                if rule.matches(method, path):
                    rule.fired += 1
                    return rule
        return None

    def wait(self, seconds: float) -> bool:
        """Hold a dribble; True once the front is closing."""
        return self._stop.wait(seconds)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Any

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's signature
        """Silent."""

    def do_GET(self) -> None:  # noqa: N802
        self._handle()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_GET  # noqa: N815

    def _handle(self) -> None:
        front: HostileFront = self.server.fake
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path = urlsplit(self.path).path
        headers = {k.lower(): v for k, v in self.headers.items()}
        with front._lock:
            front.seen.append(Seen(self.command, path, headers, body))
        rule = front.pick(self.command, path)
        if rule is not None and rule.act is Act.REDIRECT:
            self._send(rule.status, b"", {"Location": rule.location})
            return
        if rule is not None and rule.act is Act.BLOCK:
            self._send(rule.status, rule.body, rule.headers)
            return
        if front.backend is None:
            status, reply, extra = 200, front.answer, {"Content-Type": "application/json"}
        else:
            status, reply, extra = self._forward(front, body)
        if rule is None:
            self._send(status, reply, extra)
        elif rule.act is Act.REPLACE:
            body = rule.rewrite(reply) if rule.rewrite is not None else rule.body
            self._send(rule.status or 200, body, {"Content-Type": "application/json", **rule.headers})
        elif rule.act is Act.DRIBBLE:
            self._dribble(front, rule, reply, extra)
        elif rule.act is Act.HUGE:
            self._huge(rule.size)
        elif rule.act is Act.GZIP_BOMB:
            bomb = gzip_bomb(rule.size)
            self._send(200, bomb, {"Content-Type": "application/json", "Content-Encoding": "gzip"})

    def _forward(self, front: HostileFront, body: bytes) -> tuple[int, bytes, dict[str, str]]:
        backend = front.backend
        assert backend is not None
        conn = http.client.HTTPConnection(backend.hostname or "127.0.0.1", backend.port or 80, timeout=30)
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
            headers["Host"] = backend.netloc
            conn.request(self.command, self.path, body=body or None, headers=headers)
            answer = conn.getresponse()
            data = answer.read()
            extra = {k: v for k, v in answer.getheaders() if k.lower() not in _HOP_BY_HOP | _OWN}
            return answer.status, data, extra
        finally:
            conn.close()

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            with contextlib.suppress(OSError):
                self.wfile.write(body)

    def _dribble(self, front: HostileFront, rule: Rule, body: bytes, headers: dict[str, str]) -> None:
        self.close_connection = True
        self.send_response(200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.flush()
            for i in range(len(body)):
                if front.wait(rule.seconds):
                    return
                self.wfile.write(body[i : i + 1])
                self.wfile.flush()

    def _huge(self, size: int) -> None:
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        block = b" " * 65536
        with contextlib.suppress(OSError):
            sent = 0
            while sent < size and not self.server.fake._stop.is_set():
                piece = block[: min(len(block), size - sent)]
                self.wfile.write(piece)
                sent += len(piece)
