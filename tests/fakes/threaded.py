"""One lifecycle for the small loopback servers of the network tests (the proxies and the TLS server).

Each server's socketserver mixes in :class:`TrackingMixIn`, so closing it cuts idle keep-alives and
tunnels at once; the server object subclasses :class:`ThreadedServer` (``port``, ``url``, start, stop,
``with``), and the proxies :class:`SigningInProxy` (Basic sign-in to the proxy).
"""

from __future__ import annotations

import base64
import contextlib
import socket
import threading
from typing import Any, Self


class TrackingMixIn:
    """For a threading socketserver: tracks open connections so :meth:`cut_connections` can end them,
    and stays quiet about clients hanging up mid-request (normal in these tests)."""

    daemon_threads = True
    allow_reuse_address = True
    block_on_close = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._track = threading.Lock()
        self._connections: set[socket.socket] = set()
        super().__init__(*args, **kwargs)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._track:
            self._connections.add(request)
        super().process_request(request, client_address)  # type: ignore[misc]

    def shutdown_request(self, request: Any) -> None:
        with self._track:
            self._connections.discard(request)
        super().shutdown_request(request)  # type: ignore[misc]

    def handle_error(self, request: object, client_address: object) -> None:
        """Quiet: a client hanging up early is expected here."""

    def cut_connections(self) -> None:
        """End idle keep-alive connections so their threads finish now, not at their timeout."""
        with self._track:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class ThreadedServer:
    """A :class:`TrackingMixIn` server served on a daemon thread; ``stopping`` is set as it stops, so
    held requests and open tunnels end promptly."""

    scheme = "http"

    def serve(self, server: TrackingMixIn, name: str) -> None:
        """Call in ``__init__`` with the socketserver (listening on 127.0.0.1, port 0)."""
        self._server: Any = server
        self.stopping = threading.Event()
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.02},  # stop() returns promptly instead of after 0.5 s
            name=name,
            daemon=True,
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.cut_connections()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class SigningInProxy(ThreadedServer):
    """A proxy that, given ``require_auth=(user, password)``, wants those Basic credentials (else 407)."""

    require_auth: tuple[str, str] | None = None

    def url_with(self, user: str, password: str) -> str:
        return f"http://{user}:{password}@127.0.0.1:{self.port}"

    def authorised(self, header: str) -> bool:
        """Whether a ``Proxy-Authorization`` header passes (always, when no sign-in is required)."""
        if self.require_auth is None:
            return True
        user, password = self.require_auth
        expected = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        return header == f"Basic {expected}"
