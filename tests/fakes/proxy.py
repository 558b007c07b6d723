"""An in-process HTTP CONNECT proxy on 127.0.0.1 for network tests.

It opens real tunnels (so TLS runs end to end through it, as through a council's proxy), counts them,
and can answer like a proxy that wants a sign-in (407) or refuses a tunnel with a chosen status.
"""

from __future__ import annotations

import selectors
import socket
import socketserver
import threading

from tests.fakes.threaded import SigningInProxy, TrackingMixIn


class _ProxyHandler(socketserver.StreamRequestHandler):
    server: _ProxyServer
    rbufsize = 0  # unbuffered, so no tunnel bytes are left behind in a read buffer after the CONNECT head

    def handle(self) -> None:
        owner = self.server.owner
        request_line = self.rfile.readline(65537).decode("latin-1").strip()
        headers: dict[str, str] = {}
        while True:
            line = self.rfile.readline(65537).decode("latin-1")
            if line in ("\r\n", "\n", ""):
                break
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        method, _, rest = request_line.partition(" ")
        target = rest.rpartition(" ")[0] or rest
        owner._record(method, target, headers)

        if not owner.authorised(headers.get("proxy-authorization", "")):
            self._reply(
                "407 Proxy Authentication Required",
                extra='Proxy-Authenticate: Basic realm="council"\r\n',
            )
            return
        if method.upper() != "CONNECT":
            self._reply("501 Not Implemented")
            return
        if owner.refuse_status is not None:
            self._reply(f"{owner.refuse_status} Refused by test proxy")
            return
        host, _, port = target.rpartition(":")
        try:
            upstream = socket.create_connection((host.strip("[]"), int(port)), timeout=5)
        except OSError:
            self._reply("502 Bad Gateway")
            return
        with upstream:
            owner._tunnel_opened(target)
            self.connection.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            self._relay(upstream)

    def _reply(self, status: str, extra: str = "") -> None:
        self.connection.sendall(
            f"HTTP/1.1 {status}\r\n{extra}Content-Length: 0\r\nConnection: close\r\n\r\n".encode("latin-1")
        )

    def _relay(self, upstream: socket.socket) -> None:
        """Copy bytes both ways until either side closes, or the proxy stops."""
        client = self.connection
        client.setblocking(True)
        upstream.setblocking(True)
        with selectors.DefaultSelector() as selector:
            selector.register(client, selectors.EVENT_READ, upstream)
            selector.register(upstream, selectors.EVENT_READ, client)
            while not self.server.owner.stopping.is_set():
                for key, _ in selector.select(timeout=0.2):
                    source: socket.socket = key.fileobj  # type: ignore[assignment]
                    try:
                        data = source.recv(65536)
                    except OSError:
                        return
                    if not data:
                        return
                    try:
                        key.data.sendall(data)
                    except OSError:
                        return


class _ProxyServer(TrackingMixIn, socketserver.ThreadingTCPServer):
    def __init__(self, owner: FakeProxy) -> None:
        self.owner = owner
        super().__init__(("127.0.0.1", 0), _ProxyHandler)


class FakeProxy(SigningInProxy):
    """A threaded CONNECT proxy; use as a context manager and read ``tunnels``/``requests`` afterwards.

    ``require_auth=(user, password)`` answers 407 unless the request carries those Basic credentials;
    ``refuse_status=403`` answers every CONNECT with that status instead of opening a tunnel.
    """

    def __init__(
        self, *, require_auth: tuple[str, str] | None = None, refuse_status: int | None = None
    ) -> None:
        self.require_auth = require_auth
        self.refuse_status = refuse_status
        self.tunnels = 0
        self.tunnel_targets: list[str] = []
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self._lock = threading.Lock()
        self.serve(_ProxyServer(self), "fake-proxy")

    def _record(self, method: str, target: str, headers: dict[str, str]) -> None:
        with self._lock:
            self.requests.append((method, target, headers))

    def _tunnel_opened(self, target: str) -> None:
        with self._lock:
            self.tunnels += 1
            self.tunnel_targets.append(target)
