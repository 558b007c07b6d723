"""Connecting an X account: OAuth 2.0 with PKCE in the browser, or OAuth 1.0a (PIN or pasted keys).

A desktop app can't keep a client secret, so the OAuth 2.0 flow is the public-client one (RFC 8252):
Crier opens X's authorise page in the user's browser and listens once on 127.0.0.1 for X to send the
browser back with a code, which it exchanges (with the PKCE verifier only this process knows) for an
access token that lasts two hours and a refresh token that X replaces on every use. Tokens live in the
keyring, one entry each; the database records only which entries exist. Every request, including the
token endpoint, goes through the app's own session (``net.make_session``), so proxies, the council's
certificates and a fake X in tests all apply.

Failures come back as :class:`XAuthError` with a sentence the user can act on. This module never
imports Qt.
"""

from __future__ import annotations

import contextlib
import html
import json
import logging
import os
import threading
import time
import webbrowser
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import requests
import tweepy
from tweepy.auth import OAuth1UserHandler, OAuth2UserHandler

from desktop.core.accounts import Accounts, AccountStatus, AccountView
from desktop.core.credentials import CredentialsUnavailable, Secret, SecretStore
from desktop.core.net import (
    PROXY_AUTH_MESSAGE,
    X_API_BASE,
    NetConfig,
    classify_exception,
    is_loopback_host,
    mount_on,
)
from desktop.core.networks.publishing import AccountInfo, state_ignored, wait_words

log = logging.getLogger(__name__)

NETWORK = "x"
SCOPES = ("tweet.read", "tweet.write", "users.read", "offline.access", "media.write")
REQUIRED_SCOPES = frozenset({"tweet.write", "offline.access"})

X_AUTHORIZE_BASE = "https://x.com"
AUTHORIZE_PATH = "/i/oauth2/authorize"
#: Where X's authorise page is; by default derived from CRIER_X_API_BASE when that points at this computer.
AUTHORIZE_BASE_ENV = "CRIER_X_AUTHORIZE_BASE"
API_BASE_ENV = "CRIER_X_API_BASE"
TOKEN_URL = f"{X_API_BASE}/2/oauth2/token"
REVOKE_URL = f"{X_API_BASE}/2/oauth2/revoke"
CALLBACK_PATH = "/callback"

OAUTH2 = "oauth2"
OAUTH1 = "oauth1"
OAUTH2_SECRETS = ("access_token", "access_token_expires_at", "refresh_token")
OAUTH1_SECRETS = ("consumer_key", "consumer_secret", "access_token", "access_token_secret")

#: Refresh when less than this is left of the access token's two hours, so a post never races expiry.
REFRESH_MARGIN = 300.0
#: How long the browser sign-in may take before Crier stops listening.
CALLBACK_WAIT = 300.0

_CLOSE_PAGE = "You can close this window and go back to Crier."

# Libraries that log credentials at DEBUG: tweepy prints the Authorization header of every request,
# requests-oauthlib the token endpoint's answer and signed OAuth 1.0a headers, oauthlib the signature
# base string. Their DEBUG records are dropped at the source so CRIER_DEBUG=1 can't leak a token.
_CREDENTIAL_LOGGERS = (
    "tweepy.client",
    "tweepy.auth",
    "tweepy.api",
    "requests_oauthlib.oauth2_session",
    "requests_oauthlib.oauth1_session",
    "requests_oauthlib.oauth1_auth",
    "oauthlib",
    "oauthlib.oauth1.rfc5849",
    "oauthlib.oauth1.rfc5849.signature",
    "oauthlib.oauth2.rfc6749",
    "oauthlib.oauth2.rfc6749.parameters",
)


class _DropDebug(logging.Filter):
    """Keeps a library's INFO and above, drops its DEBUG records (which carry credentials)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.DEBUG


_DROP_DEBUG = _DropDebug()


def quiet_credential_loggers() -> None:
    """Install the DEBUG filter on every library logger known to print credentials (idempotent)."""
    for name in _CREDENTIAL_LOGGERS:
        logger = logging.getLogger(name)
        if _DROP_DEBUG not in logger.filters:
            logger.addFilter(_DROP_DEBUG)


quiet_credential_loggers()


# --------------------------------------------------------------------------------------------------
# Results and errors


class XAuthProblem(StrEnum):
    NOT_CONFIGURED = "not_configured"  # no client id / consumer key in settings or policy
    DENIED = "denied"  # the user pressed "Cancel" on X's page
    TIMED_OUT = "timed_out"  # nobody finished the browser step in time
    CANCELLED = "cancelled"
    REJECTED = "rejected"  # X refused the keys, code or PIN
    NEEDS_SIGN_IN = "needs_sign_in"  # the stored sign-in no longer works
    FORBIDDEN = "forbidden"  # X refused for another reason (app not allowed, no API access)
    RATE_LIMITED = "rate_limited"
    NETWORK = "network"  # couldn't reach X, or X failed (5xx): trying again may help
    INVALID_INPUT = "invalid_input"


class XAuthError(Exception):
    """A sign-in problem; ``user_message`` is one plain sentence (or two), never a secret."""

    def __init__(self, problem: XAuthProblem, user_message: str, *, detail: str = "") -> None:
        super().__init__(user_message)
        self.problem = problem
        self.user_message = user_message
        self.message = user_message
        self.detail = detail  # for the log: status codes and X's error names, never a token

    @property
    def retry_may_help(self) -> bool:
        return self.problem in (XAuthProblem.NETWORK, XAuthProblem.RATE_LIMITED)

    def __repr__(self) -> str:
        return f"XAuthError({self.problem.value!r}, {self.user_message!r})"


@dataclass(frozen=True)
class OAuth2Tokens:
    """One OAuth 2.0 grant's current tokens; the values are ``Secret`` so they print as ****."""

    access_token: Secret
    refresh_token: Secret | None
    expires_at: float  # Unix time
    scopes: tuple[str, ...] = SCOPES

    def expires_within(self, seconds: float, now: float) -> bool:
        return self.expires_at - now < seconds


@dataclass(frozen=True)
class OAuth1Keys:
    """The four OAuth 1.0a values that together let Crier post as one account."""

    consumer_key: Secret
    consumer_secret: Secret
    access_token: Secret
    access_token_secret: Secret

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> OAuth1Keys:
        """From pasted JSON; missing or empty fields are named (never their values)."""
        missing = [
            name
            for name in OAUTH1_SECRETS
            if not isinstance(values.get(name), str | Secret) or not str(_reveal(values[name])).strip()
        ]
        if missing:
            listed = ", ".join(missing)
            raise XAuthError(
                XAuthProblem.INVALID_INPUT,
                f"The X keys are incomplete: {listed} {'is' if len(missing) == 1 else 'are'} missing. "
                "Copy all four values from the X developer portal and try again.",
            )
        return cls(*(Secret(_reveal(values[name]).strip()) for name in OAUTH1_SECRETS))


def _reveal(value: str | Secret) -> str:
    return value.reveal() if isinstance(value, Secret) else value


Credentials = OAuth2Tokens | OAuth1Keys


# --------------------------------------------------------------------------------------------------
# Where X's pages and endpoints are


def authorize_base(environ: Mapping[str, str] | None = None) -> str:
    """The origin of X's authorise page: CRIER_X_AUTHORIZE_BASE, else a loopback CRIER_X_API_BASE, else x.com.

    A stand-in X on this computer (tests) serves its own authorise page beside its API; a gateway for the
    API elsewhere doesn't change where people sign in, so only a loopback API base is followed.
    """
    env = os.environ if environ is None else environ
    explicit = env.get(AUTHORIZE_BASE_ENV, "").strip().rstrip("/")
    if explicit:
        parts = urlsplit(explicit)
        if parts.scheme == "https" or (parts.scheme == "http" and is_loopback_host(parts.hostname)):
            return explicit
        raise XAuthError(
            XAuthProblem.NOT_CONFIGURED,
            f"The X sign-in address {explicit!r} ({AUTHORIZE_BASE_ENV}) must start with https://.",
        )
    api = env.get(API_BASE_ENV, "").strip().rstrip("/")
    if api and is_loopback_host(urlsplit(api).hostname):
        return api
    return X_AUTHORIZE_BASE


def _public_url(url: str, config: NetConfig | None) -> str:
    """A URL tweepy builds on api.twitter.com, as the browser must open it (X's host, or the stand-in)."""
    for old in ("https://api.twitter.com", "https://twitter.com"):
        if url.startswith(old):
            url = X_API_BASE + url[len(old) :]
    mapping = (config or NetConfig.from_env()).rewrite_map()
    for real, replacement in sorted(mapping.items(), key=lambda item: len(item[0]), reverse=True):
        if url.startswith(real) and url[len(real) : len(real) + 1] in ("", "/", "?"):
            return replacement + url[len(real) :]
    return url


def _route_through(target: requests.Session, session: requests.Session) -> None:
    """Make a library's own Session (tweepy's OAuth handlers are Sessions) use the app's transports."""
    target.adapters = session.adapters  # the same rewrite/proxy/TLS adapters, not copies
    target.trust_env = session.trust_env
    target.verify = session.verify
    if "User-Agent" in session.headers:
        target.headers["User-Agent"] = session.headers["User-Agent"]


def client_for(session: requests.Session, credentials: Credentials) -> tuple[tweepy.Client, bool]:
    """A tweepy Client on the app's session, and the ``user_auth`` flag its calls need."""
    if isinstance(credentials, OAuth2Tokens):
        client = tweepy.Client(bearer_token=credentials.access_token.reveal())
        user_auth = False  # an OAuth 2.0 user token travels as a Bearer token
    else:
        client = tweepy.Client(
            consumer_key=credentials.consumer_key.reveal(),
            consumer_secret=credentials.consumer_secret.reveal(),
            access_token=credentials.access_token.reveal(),
            access_token_secret=credentials.access_token_secret.reveal(),
        )
        user_auth = True
    mount_on(client, session)
    return client, user_auth


# --------------------------------------------------------------------------------------------------
# Talking about failures


def _x_message(response: requests.Response | None) -> str:
    """X's own words from an error body (``errors[].message``, ``detail``, OAuth ``error_description``)."""
    if response is None:
        return ""
    try:
        body = response.json()
    except ValueError:
        return ""
    if not isinstance(body, dict):
        return ""
    messages: list[str] = []
    for error in body.get("errors") or []:
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            messages.append(error["message"])
    for key in ("detail", "error_description", "title"):
        if not messages and isinstance(body.get(key), str):
            messages.append(body[key])
    return " ".join(m.strip().rstrip(".") + "." for m in messages if m.strip())


def _network_error(exc: BaseException, doing: str) -> XAuthError:
    problem = classify_exception(exc)
    kind = XAuthProblem.NETWORK if problem.retry_may_help else XAuthProblem.FORBIDDEN
    return XAuthError(kind, problem.message, detail=f"{doing}: {problem.detail}")


def _http_error(
    response: requests.Response, doing: str, *, rejected: str, needs_sign_in: bool = False
) -> XAuthError:
    """One classification of an X answer other than success, during sign-in or verification."""
    status = response.status_code
    said = _x_message(response)
    detail = f"{doing}: HTTP {status} {said}".strip()
    if status == 407:
        return XAuthError(XAuthProblem.FORBIDDEN, PROXY_AUTH_MESSAGE, detail=detail)
    if status == 401:
        kind = XAuthProblem.NEEDS_SIGN_IN if needs_sign_in else XAuthProblem.REJECTED
        return XAuthError(kind, rejected, detail=detail)
    if status == 429:
        return XAuthError(
            XAuthProblem.RATE_LIMITED,
            "X is limiting how often Crier can ask right now. Wait about 15 minutes and try again.",
            detail=detail,
        )
    if status in (402, 403):
        because = f" X said: {said}" if said else ""
        return XAuthError(
            XAuthProblem.FORBIDDEN,
            f"X refused the request ({status}).{because} Ask whoever manages the council's X developer "
            "app to check its access.",
            detail=detail,
        )
    if status >= 500:
        return XAuthError(
            XAuthProblem.NETWORK,
            f"X had a problem on its side ({status}). Try again in a few minutes.",
            detail=detail,
        )
    because = f" X said: {said}" if said else ""
    return XAuthError(XAuthProblem.REJECTED, f"{rejected}{because}", detail=detail)


def _from_tweepy(exc: Exception, doing: str, *, rejected: str, needs_sign_in: bool = False) -> XAuthError:
    """Unwrap tweepy's exceptions (HTTPException, or TweepyException around requests' errors)."""
    if isinstance(exc, tweepy.HTTPException) and isinstance(exc.response, requests.Response):
        return _http_error(exc.response, doing, rejected=rejected, needs_sign_in=needs_sign_in)
    inner: BaseException = exc
    if isinstance(exc, tweepy.TweepyException) and exc.args and isinstance(exc.args[0], BaseException):
        inner = exc.args[0]
    if isinstance(inner, requests.RequestException | OSError):
        return _network_error(inner, doing)
    response = getattr(inner, "response", None)
    if isinstance(response, requests.Response):  # requests-oauthlib's TokenRequestDenied
        return _http_error(response, doing, rejected=rejected, needs_sign_in=needs_sign_in)
    return XAuthError(XAuthProblem.REJECTED, rejected, detail=f"{doing}: {type(inner).__name__}")


# --------------------------------------------------------------------------------------------------
# Who the credentials belong to


def verify(session: requests.Session, credentials: Credentials) -> AccountInfo:
    """GET /2/users/me: the account's id, @handle and name, or an XAuthError saying why not."""
    client, user_auth = client_for(session, credentials)
    if isinstance(credentials, OAuth1Keys):
        rejected = (
            "X rejected these keys. Check that you copied all four from the X developer portal, that the "
            "access token and secret were made for the same app as the consumer key, and that they "
            "haven't been regenerated since."
        )
    else:
        rejected = "X didn't accept this sign-in. Connect the account again."
    try:
        response = client.get_me(user_auth=user_auth)
    except Exception as exc:  # tweepy raises HTTPException or wraps requests' errors
        raise _from_tweepy(exc, "GET /2/users/me", rejected=rejected) from None
    user = response.data
    if user is None:
        raise XAuthError(XAuthProblem.REJECTED, rejected, detail="GET /2/users/me: no data")
    return AccountInfo(remote_id=str(user.id), handle=f"@{user.username}", display_name=str(user.name or ""))


# --------------------------------------------------------------------------------------------------
# OAuth 2.0: the browser sign-in


@dataclass(frozen=True)
class _Callback:
    params: dict[str, str]
    error: XAuthError | None


class _CallbackServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, port: int, expected_state: str) -> None:
        super().__init__(("127.0.0.1", port), _CallbackHandler)
        self.expected_state = expected_state
        self.result: _Callback | None = None
        self.arrived = threading.Event()
        self._lock = threading.Lock()

    def deliver(self, params: dict[str, str]) -> tuple[str, str]:
        """Judge the first answer to reach /callback; returns the (title, text) to show the browser."""
        with self._lock:
            if self.result is not None:
                return "Already finished", f"This sign-in has already finished. {_CLOSE_PAGE}"
            if not self.expected_state or params.get("state") != self.expected_state:
                # Any page in the browser can call 127.0.0.1: ignore it and keep waiting for X's answer.
                state_ignored(log, "X", params.get("state"))
                return "Not for this sign-in", f"This wasn't the sign-in Crier is waiting for. {_CLOSE_PAGE}"
            error: XAuthError | None = None
            title, text = "Connected", f"Crier has X's answer and is finishing the connection. {_CLOSE_PAGE}"
            if params.get("error") == "access_denied":
                error = XAuthError(
                    XAuthProblem.DENIED,
                    "You didn't give Crier permission on X, so the account wasn't connected. To connect it, "
                    'start again and choose "Authorize app".',
                    detail="OAuth 2.0 callback: access_denied",
                )
                title, text = "Not connected", f"Crier wasn't given permission. {_CLOSE_PAGE}"
            elif params.get("error") or not params.get("code"):
                said = params.get("error_description") or params.get("error") or "no code"
                error = XAuthError(
                    XAuthProblem.REJECTED,
                    f"X didn't complete the sign-in (it said: {said}). Start again; if it keeps happening, "
                    "ask whoever manages the council's X developer app to check its settings.",
                    detail=f"OAuth 2.0 callback error: {params.get('error', 'missing code')}",
                )
                title, text = "Not connected", f"X didn't complete the sign-in. {_CLOSE_PAGE}"
            self.result = _Callback(params, error)
            self.arrived.set()
            return title, text


class _CallbackHandler(BaseHTTPRequestHandler):
    server: _CallbackServer
    timeout = 10  # a browser's speculative, idle connection must not hold a thread for ever

    def do_GET(self) -> None:  # noqa: N802 - the name http.server dispatches to
        parts = urlsplit(self.path)
        if parts.path != CALLBACK_PATH:
            self._reply(404, "Not found", "There is nothing here.")
            return
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        title, text = self.server.deliver(params)
        self._reply(200, title, text)

    def _reply(self, status: int, title: str, text: str) -> None:
        body = (
            '<!doctype html><html><head><meta charset="utf-8"><title>Crier: '
            f"{html.escape(title)}</title></head><body><p>{html.escape(text)}</p></body></html>"
        ).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's signature
        """Silent: the request line carries the one-time code."""


class OAuth2Flow:
    """One browser sign-in: ``start()`` gives the authorise URL, ``wait()`` the tokens.

    The same tweepy ``OAuth2UserHandler`` makes the URL (with its PKCE challenge and state) and
    exchanges the code, because only it holds the verifier. The listener answers one callback on
    127.0.0.1 and is closed afterwards.
    """

    def __init__(
        self,
        client_id: str,
        session: requests.Session,
        *,
        port: int = 0,
        authorize_base_url: str | None = None,
        scopes: Iterable[str] = SCOPES,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not client_id.strip():
            raise XAuthError(
                XAuthProblem.NOT_CONFIGURED,
                "Crier doesn't know the council's X app yet: set \"X app client ID\" (x.client_id) in "
                "Settings, or ask IT to set it in the machine policy.",
            )
        self.client_id = client_id.strip()
        self._session = session
        self._port = port
        self._authorize_base = authorize_base_url or authorize_base()
        self._scopes = list(scopes)
        self._clock = clock
        self._server: _CallbackServer | None = None
        self._thread: threading.Thread | None = None
        self._handler: OAuth2UserHandler | None = None
        self._cancelled = threading.Event()
        self.url = ""
        self.redirect_uri = ""

    def start(self) -> str:
        """Listen on 127.0.0.1 and return the authorise URL to open in the browser."""
        try:
            server = _CallbackServer(self._port, expected_state="")
        except OSError as exc:
            raise XAuthError(
                XAuthProblem.NETWORK,
                f"Crier couldn't listen on this computer for X's answer (port {self._port or 'any'}: "
                f"{exc.strerror or exc}). Close other sign-in windows and try again.",
                detail=f"bind 127.0.0.1:{self._port}: {exc}",
            ) from None
        port = server.server_address[1]
        self.redirect_uri = f"http://127.0.0.1:{port}{CALLBACK_PATH}"
        handler = OAuth2UserHandler(
            client_id=self.client_id, redirect_uri=self.redirect_uri, scope=self._scopes
        )
        _route_through(handler, self._session)
        tweepy_url = handler.get_authorization_url()
        query = dict(parse_qsl(urlsplit(tweepy_url).query, keep_blank_values=True))
        server.expected_state = query.get("state", "")
        base = urlsplit(self._authorize_base)
        self.url = urlunsplit(
            (base.scheme, base.netloc, base.path.rstrip("/") + AUTHORIZE_PATH, urlsplit(tweepy_url).query, "")
        )
        self._handler = handler
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="crier-x-callback", daemon=True
        )
        self._thread.start()
        return self.url

    def cancel(self) -> None:
        """Stop waiting (the window's Cancel button); ``wait()`` then raises CANCELLED."""
        self._cancelled.set()
        if self._server is not None:
            self._server.arrived.set()

    def wait(self, timeout: float = CALLBACK_WAIT) -> OAuth2Tokens:
        """Block until the browser comes back (or ``timeout``), then exchange the code for tokens."""
        if self._server is None or self._handler is None:
            raise RuntimeError("start() the flow before waiting for it")
        try:
            arrived = self._server.arrived.wait(timeout)
            result = self._server.result
        finally:
            self.close()
        if self._cancelled.is_set() and result is None:
            raise XAuthError(XAuthProblem.CANCELLED, "Connecting the X account was cancelled.")
        if not arrived or result is None:
            raise XAuthError(
                XAuthProblem.TIMED_OUT,
                f"Crier waited {wait_words(timeout)} for the X sign-in to finish in the browser, then "
                "stopped. Start again when you're ready.",
            )
        if result.error is not None:
            raise result.error
        return self._exchange(result.params)

    def _exchange(self, params: dict[str, str]) -> OAuth2Tokens:
        assert self._handler is not None
        # oauthlib refuses to parse an http:// redirect; RFC 8252 §7.3 makes plain http correct for a
        # loopback redirect, so the URL is only re-labelled for parsing. The redirect_uri sent to X is
        # the real one (the handler's), and state was checked by the listener.
        response_url = f"https://127.0.0.1{CALLBACK_PATH}?{urlencode(params)}"
        issued_at = self._clock()
        try:
            token = self._handler.fetch_token(response_url)
        except Warning as changed:  # oauthlib: X granted different scopes than asked
            token = getattr(changed, "token", None)
            if token is None:
                raise XAuthError(
                    XAuthProblem.REJECTED, "X's answer to the sign-in couldn't be read. Try again."
                ) from None
        except requests.RequestException as exc:
            raise _network_error(exc, "POST /2/oauth2/token") from None
        except Exception as exc:  # oauthlib's OAuth2Error family, or an unreadable answer
            description = getattr(exc, "description", "") or ""
            raise XAuthError(
                XAuthProblem.REJECTED,
                "X didn't accept the sign-in code, so the account wasn't connected. Start again; the code "
                "is only valid for a short time.",
                detail=f"POST /2/oauth2/token: {type(exc).__name__} {getattr(exc, 'error', '')} "
                f"{description}",
            ) from None
        return _tokens_from(token, issued_at, requested=self._scopes)

    def close(self) -> None:
        """Stop listening; safe to call more than once."""
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> OAuth2Flow:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _tokens_from(
    body: Mapping[str, Any], issued_at: float, *, requested: Iterable[str] = SCOPES
) -> OAuth2Tokens:
    """Tokens from the token endpoint's JSON; refuses a grant without the permissions Crier needs."""
    access = body.get("access_token")
    if not isinstance(access, str) or not access:
        raise XAuthError(XAuthProblem.REJECTED, "X's answer to the sign-in had no access token. Try again.")
    scope = body.get("scope")
    scopes = tuple(scope.split()) if isinstance(scope, str) and scope.strip() else tuple(requested)
    missing = REQUIRED_SCOPES - set(scopes)
    if missing:
        raise XAuthError(
            XAuthProblem.REJECTED,
            "X didn't give Crier permission to post and stay signed in (it left out "
            f"{', '.join(sorted(missing))}). Connect again and allow everything Crier asks for.",
        )
    try:
        expires_in = float(body.get("expires_in") or 7200)
    except (TypeError, ValueError):
        expires_in = 7200.0
    refresh = body.get("refresh_token")
    return OAuth2Tokens(
        access_token=Secret(access),
        refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
        expires_at=issued_at + expires_in,
        scopes=scopes,
    )


def sign_in_oauth2(
    client_id: str,
    session: requests.Session,
    *,
    open_browser: Callable[[str], Any] = webbrowser.open,
    timeout: float = CALLBACK_WAIT,
    port: int = 0,
    on_url: Callable[[str], None] | None = None,
) -> OAuth2Tokens:
    """Run the whole browser sign-in; ``on_url`` also shows the URL (for when no browser opens)."""
    with OAuth2Flow(client_id, session, port=port) as flow:
        url = flow.start()
        if on_url is not None:
            on_url(url)
        try:
            open_browser(url)
        except Exception as exc:  # webbrowser raises on odd desktops; the URL is shown anyway
            log.info("Could not open the browser for X sign-in: %s", type(exc).__name__)
        return flow.wait(timeout)


# --------------------------------------------------------------------------------------------------
# OAuth 1.0a: PIN


class _RoutedOAuth1Handler(OAuth1UserHandler):
    """tweepy's OAuth 1.0a handler, with every Session it makes routed through the app's session."""

    def __init__(self, session: requests.Session, *args: Any, **kwargs: Any) -> None:
        self._app_session = session
        super().__init__(*args, **kwargs)

    @property  # type: ignore[override]
    def oauth(self) -> requests.Session:
        return self._oauth

    @oauth.setter
    def oauth(self, value: requests.Session) -> None:
        _route_through(value, self._app_session)
        self._oauth = value


class PinFlow:
    """OAuth 1.0a with ``callback="oob"``: X shows the user a PIN to type into Crier."""

    def __init__(
        self,
        consumer_key: str,
        consumer_secret: Secret | str,
        session: requests.Session,
        *,
        config: NetConfig | None = None,
    ) -> None:
        if not consumer_key.strip() or not _reveal(consumer_secret).strip():
            raise XAuthError(
                XAuthProblem.NOT_CONFIGURED,
                "Crier needs the council X app's consumer key (x.consumer_key in Settings) and its consumer "
                "secret to sign in with a PIN.",
            )
        self._consumer_key = Secret(consumer_key.strip())
        self._consumer_secret = Secret(_reveal(consumer_secret).strip())
        self._config = config
        self._handler = _RoutedOAuth1Handler(
            session, self._consumer_key.reveal(), self._consumer_secret.reveal(), callback="oob"
        )
        self.url = ""

    def start(self) -> str:
        """Ask X for a request token; returns the page where the user approves and sees the PIN."""
        try:
            url = self._handler.get_authorization_url()
        except Exception as exc:
            raise _from_tweepy(
                exc,
                "POST /oauth/request_token",
                rejected="X rejected the council app's consumer key or secret. Ask whoever manages the X "
                "developer app to check them.",
            ) from None
        self.url = _public_url(url, self._config)
        return self.url

    def finish(self, pin: str) -> OAuth1Keys:
        """Exchange the PIN for the account's access token and secret."""
        pin = pin.strip()
        if not pin.isdigit():
            raise XAuthError(
                XAuthProblem.INVALID_INPUT, "The PIN is the number X showed you; type just the digits."
            )
        try:
            token, token_secret = self._handler.get_access_token(pin)
        except Exception as exc:
            raise _from_tweepy(
                exc,
                "POST /oauth/access_token",
                rejected="X didn't accept that PIN. Check it, or start again to get a new one.",
            ) from None
        return OAuth1Keys(self._consumer_key, self._consumer_secret, Secret(token), Secret(token_secret))


def sign_in_pin(
    consumer_key: str,
    consumer_secret: Secret | str,
    session: requests.Session,
    ask_pin: Callable[[str], str],
    *,
    open_browser: Callable[[str], Any] = webbrowser.open,
    config: NetConfig | None = None,
) -> OAuth1Keys:
    """Open X's page, ask the user for the PIN it shows (``ask_pin(url)``), return the keys."""
    flow = PinFlow(consumer_key, consumer_secret, session, config=config)
    url = flow.start()
    try:
        open_browser(url)
    except Exception as exc:  # the URL is also given to ask_pin
        log.info("Could not open the browser for X sign-in: %s", type(exc).__name__)
    return flow.finish(ask_pin(url))


# --------------------------------------------------------------------------------------------------
# Keeping credentials


def _require_keyring(secrets: SecretStore) -> None:
    """Fail before anyone signs in if there is nowhere safe to keep the result."""
    status = secrets.status()
    if not status.available:
        raise CredentialsUnavailable(status.reason, status.message, backend=status.backend)


def _store_oauth2(secrets: SecretStore, key: str, tokens: OAuth2Tokens) -> list[str]:
    # The refresh token first: after a rotation it is the one value that can't be got back.
    names = []
    if tokens.refresh_token is not None:
        secrets.put(key, "refresh_token", tokens.refresh_token)
        names.append("refresh_token")
    secrets.put(key, "access_token", tokens.access_token)
    secrets.put(key, "access_token_expires_at", str(int(tokens.expires_at)))
    return [*names, "access_token", "access_token_expires_at"]


def _store_oauth1(secrets: SecretStore, key: str, keys: OAuth1Keys) -> list[str]:
    for name in OAUTH1_SECRETS:
        secrets.put(key, name, getattr(keys, name))
    return list(OAUTH1_SECRETS)


def save_account(
    accounts: Accounts,
    secrets: SecretStore,
    info: AccountInfo,
    credentials: Credentials,
    *,
    client_id: str = "",
) -> AccountView:
    """Create the account (or reconnect the existing one with the same X id) and store its secrets."""
    auth_kind = OAUTH2 if isinstance(credentials, OAuth2Tokens) else OAUTH1
    existing = next(
        (a for a in accounts.all() if a.network == NETWORK and a.remote_id == info.remote_id), None
    )
    settings = {"client_id": client_id} if auth_kind == OAUTH2 and client_id else {}
    if existing is None:
        account = accounts.add(
            NETWORK,
            info.handle,
            display_name=info.display_name,
            remote_id=info.remote_id,
            auth_kind=auth_kind,
            settings=settings,
        )
    else:
        account = existing
    try:
        if existing is not None:
            wanted = OAUTH2_SECRETS if auth_kind == OAUTH2 else OAUTH1_SECRETS
            stale = set(existing.secret_names) - set(wanted)
            if stale:
                secrets.delete_all(existing.key, stale)
        names = (_store_oauth2 if auth_kind == OAUTH2 else _store_oauth1)(
            secrets,
            account.key,
            credentials,  # type: ignore[arg-type]
        )
    except CredentialsUnavailable:
        if existing is None:
            with contextlib.suppress(Exception):
                accounts.remove(account.id)
        raise
    accounts.update(
        account.id,
        handle=info.handle,
        display_name=info.display_name,
        auth_kind=auth_kind,
        settings={**(existing.settings if existing else {}), **settings},
    )
    accounts.set_secret_names(account.id, names)
    accounts.mark(account.id, AccountStatus.CONNECTED)
    log.info("X account %s connected (%s)", info.handle, auth_kind)
    return accounts.get(account.id)


def connect_oauth2(
    accounts: Accounts,
    secrets: SecretStore,
    session: requests.Session,
    client_id: str,
    *,
    open_browser: Callable[[str], Any] = webbrowser.open,
    timeout: float = CALLBACK_WAIT,
    port: int = 0,
    on_url: Callable[[str], None] | None = None,
) -> AccountView:
    """Browser sign-in, verify with /2/users/me, then store: the whole "Connect X" button."""
    _require_keyring(secrets)
    tokens = sign_in_oauth2(
        client_id, session, open_browser=open_browser, timeout=timeout, port=port, on_url=on_url
    )
    info = verify(session, tokens)
    return save_account(accounts, secrets, info, tokens, client_id=client_id)


def connect_oauth1(
    accounts: Accounts, secrets: SecretStore, session: requests.Session, keys: OAuth1Keys
) -> AccountView:
    """Pasted (or PIN-made) OAuth 1.0a keys: verify with /2/users/me, then store."""
    _require_keyring(secrets)
    info = verify(session, keys)
    return save_account(accounts, secrets, info, keys)


def parse_oauth1_json(text: str) -> OAuth1Keys:
    """The CLI's standard input: a JSON object with the four OAuth 1.0a fields."""
    try:
        values = json.loads(text)
    except ValueError:
        raise XAuthError(
            XAuthProblem.INVALID_INPUT,
            "The X keys on standard input aren't valid JSON. Give an object like "
            '{"consumer_key": "...", "consumer_secret": "...", "access_token": "...", '
            '"access_token_secret": "..."}.',
        ) from None
    if not isinstance(values, dict):
        raise XAuthError(
            XAuthProblem.INVALID_INPUT,
            "The X keys on standard input must be one JSON object with consumer_key, consumer_secret, "
            "access_token and access_token_secret.",
        )
    return OAuth1Keys.from_mapping(values)


def load_credentials(account: AccountView, secrets: SecretStore) -> Credentials:
    """The account's credentials from the keyring; NEEDS_SIGN_IN when any is missing."""
    if account.auth_kind == OAUTH1:
        values = {name: secrets.get(account.key, name) for name in OAUTH1_SECRETS}
        if all(values.values()):
            return OAuth1Keys(*(values[name] for name in OAUTH1_SECRETS))  # type: ignore[arg-type]
    else:
        tokens = _read_oauth2(account, secrets)
        if tokens is not None:
            return tokens
    raise XAuthError(
        XAuthProblem.NEEDS_SIGN_IN,
        f"Crier has no sign-in for {account.handle} on this computer. Connect the account again in Accounts.",
    )


def _read_oauth2(account: AccountView, secrets: SecretStore) -> OAuth2Tokens | None:
    access = secrets.get(account.key, "access_token")
    if access is None:
        return None
    expires = secrets.get(account.key, "access_token_expires_at")
    try:
        expires_at = float(expires.reveal()) if expires is not None else 0.0
    except ValueError:
        expires_at = 0.0  # unreadable: treat as expired, which refreshes it
    return OAuth2Tokens(access, secrets.get(account.key, "refresh_token"), expires_at)


_REFRESH_LOCKS: dict[str, threading.Lock] = {}
_REFRESH_LOCKS_GUARD = threading.Lock()


def _refresh_lock(key: str) -> threading.Lock:
    with _REFRESH_LOCKS_GUARD:
        return _REFRESH_LOCKS.setdefault(key, threading.Lock())


class OAuth2Keeper:
    """Hands out a valid access token for one account, refreshing it when needed.

    X rotates refresh tokens: each works once. The new one is stored before anything else happens, and
    a refresh that fails with ``invalid_grant`` first checks whether another Crier (the window and
    ``crier sync`` share the keyring) already rotated it, before asking the user to sign in again.
    """

    def __init__(
        self,
        account: AccountView,
        accounts: Accounts,
        secrets: SecretStore,
        session: requests.Session,
        *,
        client_id: str = "",
        clock: Callable[[], float] = time.time,
        margin: float = REFRESH_MARGIN,
    ) -> None:
        self.account = account
        self._accounts = accounts
        self._secrets = secrets
        self._session = session
        self._client_id = str(account.settings.get("client_id") or client_id).strip()
        self._clock = clock
        self._margin = margin

    def tokens(self) -> OAuth2Tokens:
        """The stored tokens, refreshed first if the access token has less than ``margin`` left."""
        current = self._load()
        if current.expires_within(self._margin, self._clock()):
            return self.refresh(current.access_token)
        return current

    def refresh(self, stale: Secret | None = None) -> OAuth2Tokens:
        """Swap the refresh token for new tokens; ``stale`` is the access token X refused, if any."""
        with _refresh_lock(self.account.key):
            current = self._load()
            fresh = not current.expires_within(self._margin, self._clock())
            if stale is not None and current.access_token != stale and fresh:
                return current  # another thread refreshed while we waited
            if current.refresh_token is None:
                self._needs_sign_in("Crier wasn't allowed to stay signed in")
            issued_at = self._clock()
            response = self._post_refresh(current.refresh_token)  # type: ignore[arg-type]
            if response.ok:
                try:
                    tokens = _tokens_from(response.json(), issued_at, requested=current.scopes)
                except ValueError:
                    raise XAuthError(
                        XAuthProblem.NETWORK,
                        "X's answer when renewing the sign-in couldn't be read. Crier will try again.",
                        detail="refresh: unreadable 200",
                    ) from None
                if tokens.refresh_token is None:  # X always rotates; keep the old one if it ever doesn't
                    tokens = OAuth2Tokens(
                        tokens.access_token, current.refresh_token, tokens.expires_at, tokens.scopes
                    )
                names = _store_oauth2(self._secrets, self.account.key, tokens)
                self._accounts.set_secret_names(self.account.id, names)
                log.info("Renewed the X sign-in of %s", self.account.handle)
                return tokens
            error = _oauth_error(response)
            if response.status_code in (400, 401) and error in ("invalid_grant", "invalid_request", ""):
                rotated = self._load()
                if rotated.refresh_token is not None and rotated.refresh_token != current.refresh_token:
                    return rotated  # another Crier on this computer rotated it first
                self._needs_sign_in("X no longer accepts Crier's sign-in")
            raise _http_error(
                response,
                "POST /2/oauth2/token (refresh)",
                rejected="X refused to renew the sign-in. Connect the account again in Accounts.",
                needs_sign_in=True,
            )

    def _post_refresh(self, refresh_token: Secret) -> requests.Response:
        if not self._client_id:
            raise XAuthError(
                XAuthProblem.NOT_CONFIGURED,
                "Crier can't renew the X sign-in because the X app client ID (x.client_id) isn't set. "
                "Ask IT to set it, then try again.",
            )
        data = {
            "grant_type": "refresh_token",
            "refresh_token": refresh_token.reveal(),
            "client_id": self._client_id,
        }
        try:
            return self._session.post(TOKEN_URL, data=data, headers={"Accept": "application/json"})
        except requests.RequestException as exc:
            raise _network_error(exc, "POST /2/oauth2/token (refresh)") from None

    def _load(self) -> OAuth2Tokens:
        tokens = _read_oauth2(self.account, self._secrets)
        if tokens is None:
            self._needs_sign_in("Crier has no sign-in for it on this computer")
        return tokens  # type: ignore[return-value]

    def _needs_sign_in(self, because: str) -> None:
        message = (
            f"{because} for {self.account.handle}: it may have been disconnected in X's settings or its "
            "password changed. Connect the account again in Accounts; its posts will wait until then."
        )
        self._accounts.mark(self.account.id, AccountStatus.NEEDS_SIGN_IN, message)
        raise XAuthError(XAuthProblem.NEEDS_SIGN_IN, message)


def _oauth_error(response: requests.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return ""
    return str(body.get("error", "")) if isinstance(body, dict) else ""


# --------------------------------------------------------------------------------------------------
# Signing out


def revoke(session: requests.Session, client_id: str, tokens: Iterable[Secret]) -> bool:
    """POST /2/oauth2/revoke for each token; True when X confirmed every one."""
    confirmed = True
    for token in tokens:
        data = {"token": token.reveal(), "client_id": client_id}
        try:
            response = session.post(REVOKE_URL, data=data, headers={"Accept": "application/json"})
        except requests.RequestException as exc:
            log.info("Could not revoke an X token: %s", classify_exception(exc).detail)
            return False
        if not response.ok:
            log.info("X refused to revoke a token: HTTP %s %s", response.status_code, _oauth_error(response))
            confirmed = False
    return confirmed


def sign_out(
    account: AccountView,
    accounts: Accounts,
    secrets: SecretStore,
    session: requests.Session,
    *,
    client_id: str = "",
) -> bool:
    """Revoke the account's OAuth 2.0 grant at X where possible, delete its keyring entries, forget it.

    Returns whether X confirmed the revocation (False when offline, or for OAuth 1.0a keys, which only
    the X developer portal can revoke). The local sign-out happens either way.
    """
    revoked = False
    if account.auth_kind != OAUTH1:
        tokens = _read_oauth2(account, secrets)
        client = str(account.settings.get("client_id") or client_id).strip()
        if tokens is not None and client:
            # Revoking the refresh token ends the whole grant; the access token is revoked as well in
            # case the refresh token was never issued or already rotated away.
            values = [t for t in (tokens.refresh_token, tokens.access_token) if t is not None]
            revoked = revoke(session, client, values)
    names = set(account.secret_names) | set(OAUTH2_SECRETS if account.auth_kind != OAUTH1 else OAUTH1_SECRETS)
    secrets.delete_all(account.key, sorted(names))
    accounts.set_secret_names(account.id, [])
    accounts.remove(account.id)
    log.info("Signed out of X account %s (revoked at X: %s)", account.handle, revoked)
    return revoked
