"""The one-shot OAuth loopback listener (RFC 8252 §7.3) and the browser sign-in around it.

X, Mastodon and Facebook all send the browser back to ``http://127.0.0.1:<port>/callback``. The listener
answers there until the first answer carrying the sign-in's ``state`` arrives; any other page in the
browser can call 127.0.0.1, so an answer without that state is ignored and the wait goes on. The
network's ``judge`` turns the answer into its result (or a ``SignInError``) and the sentence the browser
shows. Facebook puts its token after ``#``, which browsers never send, so it adds a relay page whose
script posts the fragment back (``Relay``).
"""

from __future__ import annotations

import html
import logging
import threading
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qsl, urlsplit

from desktop.core.errors import CrierError
from desktop.core.networks.publishing import state_ignored, wait_words

log = logging.getLogger(__name__)

CALLBACK_PATH = "/callback"
CALLBACK_WAIT = 300.0  # seconds a person has to finish signing in in the browser
CLOSE_PAGE = "You can close this window and go back to Crier."


class SignInProblem(StrEnum):
    """Why connecting an account failed, for every network (one enum: the same problem, one name)."""

    NOT_CONFIGURED = "not_configured"  # no app id / client id / consumer key in settings or policy
    INVALID_INPUT = "invalid_input"  # what was typed or pasted isn't usable as it is
    BAD_INPUT = "invalid_input"
    BAD_ADDRESS = "bad_address"  # not a server address at all
    NOT_MASTODON = "not_mastodon"  # a server, but not a Mastodon one
    DENIED = "denied"  # the person said no on the network's page
    TIMED_OUT = "timed_out"  # nobody finished the browser step in time
    CANCELLED = "cancelled"
    STATE_MISMATCH = "state_mismatch"  # an answer for some other sign-in
    REJECTED = "rejected"  # the network refused the keys, code, token or PIN
    NEEDS_SIGN_IN = "needs_sign_in"  # the stored sign-in no longer works
    FORBIDDEN = "forbidden"  # refused for another reason (app not allowed, no API access)
    WRONG_PAGE = "wrong_page"  # a token for some other Facebook Page
    NO_PAGES = "no_pages"  # the person manages no Page Crier can post to
    RATE_LIMITED = "rate_limited"
    NETWORK = "network"  # couldn't reach the network, or it failed (5xx): trying again may help
    KEYRING = "keyring"
    FACEBOOK = "facebook"  # anything else Facebook said


class SignInError(CrierError):
    """Connecting an account failed, for a ``SignInProblem``."""

    def __init__(self, problem: SignInProblem, user_message: str, *, detail: str = "") -> None:
        super().__init__(user_message, detail=detail)
        self.problem = problem
        self.message = user_message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.problem.value!r}, {self.user_message!r})"


@dataclass(frozen=True)
class Answer:
    """What a network makes of the answer: its result (or the error to raise) and what the browser shows."""

    result: Any
    title: str
    text: str


@dataclass(frozen=True)
class Relay:
    """A page served at the callback when the answer isn't in the query, whose script posts it to ``path``."""

    page: bytes
    csp: str
    path: str
    in_query: Callable[[dict[str, str]], bool]  # whether a GET to the callback already carries the answer


def code_answer(
    params: dict[str, str],
    *,
    who: str,
    error: type[SignInError],
    denied: str,
    refused: Callable[[str], str],
    detail: str = "callback",
) -> Answer:
    """An authorisation-code answer (X, Mastodon): the parameters to exchange, or why there are none.

    ``denied`` is the message when the person said no; ``refused(said)`` when the network gave no code.
    """
    if params.get("error") == "access_denied":
        problem = error(SignInProblem.DENIED, denied, detail=f"{detail}: access_denied")
        return Answer(problem, "Not connected", f"Crier wasn't given permission. {CLOSE_PAGE}")
    if params.get("error") or not params.get("code"):
        said = params.get("error_description") or params.get("error") or "no code"
        problem = error(
            SignInProblem.REJECTED,
            refused(said),
            detail=f"{detail} error: {params.get('error', 'missing code')}",
        )
        return Answer(problem, "Not connected", f"{who} didn't complete the sign-in. {CLOSE_PAGE}")
    return Answer(
        params, "Connected", f"Crier has {who}'s answer and is finishing the connection. {CLOSE_PAGE}"
    )


def _page(title: str, text: str) -> bytes:
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>Crier: '
        f"{html.escape(title)}</title></head><body><p>{html.escape(text)}</p></body></html>"
    ).encode()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, port: int, listener: Listener) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.listener = listener


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 10  # a browser's speculative, idle connection must not hold a thread for ever

    def do_GET(self) -> None:  # noqa: N802 - the name http.server dispatches to
        listener = self.server.listener
        parts = urlsplit(self.path)
        if parts.path != CALLBACK_PATH:
            self._reply(404, _page("Not found", "There is nothing here."))
            return
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        relay = listener.relay
        if relay is not None and not relay.in_query(params):
            self._reply(200, relay.page, csp=relay.csp)
            return
        title, text = listener.deliver(params)
        self._reply(200, _page(title, text))

    def do_POST(self) -> None:  # noqa: N802
        relay = self.server.listener.relay
        if relay is None or urlsplit(self.path).path != relay.path:
            self._reply(404, _page("Not found", "There is nothing here."))
            return
        length = min(int(self.headers.get("Content-Length") or 0), 64 * 1024)
        raw = self.rfile.read(length).decode("utf-8", "replace") if length else ""
        _title, text = self.server.listener.deliver(dict(parse_qsl(raw, keep_blank_values=True)))
        self._reply(200, text.encode(), content_type="text/plain; charset=utf-8")

    def _reply(
        self, status: int, body: bytes, *, content_type: str = "text/html; charset=utf-8", csp: str = ""
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Referrer-Policy", "no-referrer")
        if csp:
            self.send_header("Content-Security-Policy", csp)
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's signature
        """Silent: the request carries the one-time code or token."""


class Listener:
    """Listens once on 127.0.0.1 for the browser's return; ``wait()`` gives the judged answer.

    ``network`` names the network in the log, ``who`` whose answer it waits for in messages; ``error``
    is the network's ``SignInError`` class. ``state`` may be set after ``start()`` (X learns it from
    the authorise URL it builds).
    """

    def __init__(
        self,
        *,
        network: str,
        who: str,
        judge: Callable[[dict[str, str]], Answer],
        error: type[SignInError],
        state: str = "",
        port: int = 0,
        relay: Relay | None = None,
    ) -> None:
        self.network = network
        self.who = who
        self.state = state
        self.relay = relay
        self._judge = judge
        self._error = error
        self._port = port
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._arrived = threading.Event()
        self._cancelled = threading.Event()
        self._answer: Answer | None = None
        self.redirect_uri = ""

    def start(self) -> str:
        """Listen and return the redirect URI to give the network."""
        try:
            server = _Server(self._port, self)
        except OSError as exc:
            raise self._error(
                SignInProblem.NETWORK,
                f"Crier couldn't listen on this computer for {self.who}'s answer (port "
                f"{self._port or 'any'}: {exc.strerror or exc}). Close other sign-in windows and try again.",
                detail=f"bind 127.0.0.1:{self._port}: {exc}",
            ) from None
        self._server = server
        self.redirect_uri = f"http://127.0.0.1:{server.server_address[1]}{CALLBACK_PATH}"
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"crier-{self.network.lower()}-callback",
            daemon=True,
        )
        self._thread.start()
        return self.redirect_uri

    def deliver(self, params: dict[str, str]) -> tuple[str, str]:
        """Judge the first answer with our state; returns the (title, text) the browser shows."""
        with self._lock:
            if self._answer is not None:
                return "Already finished", f"This sign-in has already finished. {CLOSE_PAGE}"
            if not self.state or params.get("state") != self.state:
                state_ignored(log, self.network, params.get("state"))
                return "Not for this sign-in", f"This wasn't the sign-in Crier is waiting for. {CLOSE_PAGE}"
            self._answer = self._judge(params)
            self._arrived.set()
            return self._answer.title, self._answer.text

    def cancel(self) -> None:
        """Stop waiting (the window's Cancel button); ``wait()`` then raises CANCELLED."""
        self._cancelled.set()
        self._arrived.set()

    def wait(self, timeout: float, *, cancelled: str, what: str = "the sign-in") -> Any:
        """Block until the answer (or ``timeout``), stop listening, and return the judged result.

        ``cancelled`` is the sentence for a cancelled sign-in; ``what`` names the sign-in waited for.
        """
        try:
            arrived = self._arrived.wait(timeout)
            answer = self._answer
        finally:
            self.close()
        if self._cancelled.is_set() and answer is None:
            raise self._error(SignInProblem.CANCELLED, cancelled)
        if not arrived or answer is None:
            raise self._error(
                SignInProblem.TIMED_OUT,
                f"Crier waited {wait_words(timeout)} for {what} to finish in the browser, then stopped. "
                "Start again when you're ready.",
            )
        if isinstance(answer.result, BaseException):
            raise answer.result
        return answer.result

    def close(self) -> None:
        """Stop listening; safe to call more than once."""
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None


class BrowserSignIn:
    """What every browser sign-in shares: its ``Listener``, to cancel and to close, and ``with`` support."""

    _listener: Listener

    def cancel(self) -> None:
        """Stop waiting (the window's Cancel button); ``wait()`` then raises CANCELLED."""
        self._listener.cancel()

    def close(self) -> None:
        """Stop listening; safe to call more than once."""
        self._listener.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def show_in_browser(
    url: str,
    network: str,
    *,
    open_browser: Callable[[str], Any] = webbrowser.open,
    on_url: Callable[[str], None] | None = None,
) -> None:
    """Open the sign-in page; ``on_url`` also shows the URL, for when no browser opens."""
    if on_url is not None:
        on_url(url)
    try:
        open_browser(url)
    except Exception as exc:  # webbrowser raises on odd desktops; the URL is shown anyway
        log.info("Could not open the browser for %s sign-in: %s", network, type(exc).__name__)
