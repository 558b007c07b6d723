"""Loopback web servers for network tests: plain HTTP, or HTTPS signed by a throwaway test CA.

The CA (from ``trustme``) stands in for a council proxy's inspection certificate: unknown to the
system trust store, trusted only when its file is given to Crier as the extra CA bundle.
"""

from __future__ import annotations

import http.server
import socket
import ssl
from pathlib import Path

import trustme

from tests.fakes.threaded import ThreadedServer, TrackingMixIn


class TestCA:
    """A certificate authority with a server certificate for 127.0.0.1, ::1 and localhost."""

    __test__ = False  # not a pytest test class

    def __init__(self, directory: Path) -> None:
        self._ca = trustme.CA(organization_name="Crier test council proxy")
        self._server_cert = self._ca.issue_cert("127.0.0.1", "::1", "localhost")
        self.ca_file = directory / "test-ca.pem"
        self._ca.cert_pem.write_to_path(str(self.ca_file))

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self._server_cert.configure_cert(context)
        return context


class _Server(TrackingMixIn, http.server.ThreadingHTTPServer):
    def __init__(
        self, handler: type[http.server.BaseHTTPRequestHandler], context: ssl.SSLContext | None
    ) -> None:
        self._tls_context = context
        super().__init__(("127.0.0.1", 0), handler)

    def finish_request(self, request: socket.socket, client_address: tuple[str, int]) -> None:  # type: ignore[override]
        """Do the TLS handshake on the request's own thread, so a failed handshake can't stall accept()."""
        if self._tls_context is None:
            super().finish_request(request, client_address)
            return
        try:
            wrapped = self._tls_context.wrap_socket(request, server_side=True)
        except (OSError, ssl.SSLError):
            return  # the client rejected our certificate: that is what some tests expect
        # wrap_socket takes over the descriptor, so the server's own cleanup no longer reaches it.
        with wrapped:
            super().finish_request(wrapped, client_address)


class LoopbackServer(ThreadedServer):
    """Serve ``handler`` on 127.0.0.1 (HTTPS when ``ca`` is given) on a background thread."""

    def __init__(self, handler: type[http.server.BaseHTTPRequestHandler], ca: TestCA | None = None) -> None:
        self.serve(_Server(handler, ca.server_context() if ca is not None else None), "loopback-server")
        self.scheme = "https" if ca is not None else "http"
