"""Posting to Mastodon with Mastodon.py on the app's session, and connecting Mastodon accounts.

Exactly once on Mastodon: ``prepare()`` picks a random ``Idempotency-Key`` for each part and notes the
time; the engine commits both before the first attempt, and every attempt of that part sends the same
key. Mastodon remembers a key per account for one hour and answers a repeat with the status it already
made, so within that hour a retry *is* the lookup: ``find_landed()`` returns None and the retry either
makes the status or gets the existing one back. Past ``KEY_TRUST`` (50 minutes, under the hour) since the
first attempt the key may be forgotten, so ``find_landed()`` and ``publish()`` itself (a later attempt
need not be flagged as following an ambiguous one) first search the account's own statuses since the
post was queued (``GET /api/v1/accounts/:id/statuses``) for one replying to the same parent with the
same text, and return it instead of posting again. Threads keep their order because each part replies
to the id recorded for the part before it. Media uploads have no key: an upload whose answer was lost is
repeated, leaving at most an unattached copy, which Mastodon deletes by itself.

Every failure is classified once, here, into a ``PublishError`` kind. Mastodon.py never sleeps on a
rate limit (``ratelimit_method="throw"``): a 429 becomes WAIT_UNTIL at the ``X-RateLimit-Reset`` time.
This module never imports Qt.
"""

from __future__ import annotations

import contextlib
import html
import html.parser
import logging
import re
import secrets as random_secrets
import threading
import time
import unicodedata
import webbrowser
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar, TypeVar
from urllib.parse import parse_qsl, urlsplit

import requests
from mastodon import (
    Mastodon,
    MastodonAPIError,
    MastodonError,
    MastodonNetworkError,
    MastodonRatelimitError,
)

from desktop.core.accounts import Accounts, AccountStatus, AccountView
from desktop.core.credentials import CredentialsUnavailable, Secret, SecretStore
from desktop.core.net import (
    PROXY_AUTH_MESSAGE,
    USER_AGENT,
    classify_exception,
    exception_chain,
    is_loopback_host,
    may_have_been_sent,
    redact,
)
from desktop.core.networks.publishing import (
    AccountInfo,
    ErrorKind,
    Limits,
    MediaItem,
    PartRequest,
    Published,
    PublishError,
    read_image,
    state_ignored,
    wait_words,
)
from desktop.core.networks.registry import PublisherContext

log = logging.getLogger(__name__)

_ID = re.compile(r"^[0-9A-Za-z]{1,64}$")

T = TypeVar("T")

NETWORK = "mastodon"
#: What Crier asks for: read the account and its posts (to check what landed), post, upload images.
SCOPES = ("read:accounts", "read:statuses", "write:statuses", "write:media")
TOKEN = "token"  # auth_kind of a pasted access token
OAUTH = "oauth"  # auth_kind of a browser sign-in (client id and secret kept too, for signing out)

DEFAULT_CHAR_LIMIT = 500
DEFAULT_URL_LENGTH = 23
DEFAULT_MAX_IMAGES = 4
DEFAULT_MAX_IMAGE_BYTES = 16 * 1024 * 1024
VISIBILITIES = ("public", "unlisted", "private", "direct")

#: (connect, read) seconds; Mastodon.py passes its own timeout on every request, so it is set here.
REQUEST_TIMEOUT = (10.0, 30.0)
#: Mastodon keeps an Idempotency-Key for an hour; trust it for less, for clocks and slow requests.
KEY_TRUST = timedelta(minutes=50)
#: How far before the post was queued the account's statuses are searched, for clocks that disagree.
CLOCK_SLACK = timedelta(minutes=5)
TIMELINE_PAGES = 5
PAGE_SIZE = 40  # the most Mastodon gives per page
DEFAULT_WAIT = timedelta(minutes=5)  # Mastodon's general API window, when a 429 says nothing more
MEDIA_WAIT = 60.0  # seconds to wait in total for the instance to process an uploaded image
MEDIA_POLL_DELAYS = (0.25, 0.5, 1.0, 2.0)  # then every 2 s until MEDIA_WAIT
CALLBACK_PATH = "/callback"
CALLBACK_WAIT = 300.0
_CLOSE_PAGE = "You can close this window and go back to Crier."
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_REMOTE_MENTION = re.compile(r"(?<![\w/])@(\w+)@[\w.-]+\w")


# --------------------------------------------------------------------------------------------------
# Instance addresses and facts


class SignInProblem(StrEnum):
    BAD_ADDRESS = "bad_address"
    NOT_MASTODON = "not_mastodon"
    NETWORK = "network"
    REJECTED = "rejected"
    DENIED = "denied"
    TIMED_OUT = "timed_out"
    CANCELLED = "cancelled"
    RATE_LIMITED = "rate_limited"
    KEYRING = "keyring"


class MastodonSignInError(Exception):
    """Connecting an account failed; ``user_message`` is one plain sentence (or two), never a secret."""

    def __init__(self, problem: SignInProblem, user_message: str, *, detail: str = "") -> None:
        super().__init__(user_message)
        self.problem = problem
        self.user_message = user_message
        self.detail = detail

    def __repr__(self) -> str:
        return f"MastodonSignInError({self.problem.value!r}, {self.user_message!r})"


def instance_url(text: str) -> str:
    """The instance's base URL from what a person typed: a host, a URL, or a handle like @me@host.

    Plain http:// is accepted only for this computer (a test server): a token must never travel in clear.
    """
    value = (text or "").strip()
    handle = re.fullmatch(r"@?[\w.-]+@([\w.-]+\w(?::\d+)?)", value)
    if handle:
        value = handle.group(1)
    if value and "://" not in value:
        value = "https://" + value
    try:
        parts = urlsplit(value)
        host = parts.hostname
        port = parts.port
    except ValueError:  # e.g. "http://[::1": an unclosed bracket or a port that isn't a number
        raise MastodonSignInError(
            SignInProblem.BAD_ADDRESS,
            f"“{redact(text.strip())}” is not a web address. Type it like mastodon.social.",
        ) from None
    if not value:
        raise MastodonSignInError(
            SignInProblem.BAD_ADDRESS, "Type the address of your Mastodon server, like mastodon.social."
        )
    if parts.scheme not in ("http", "https") or not host or parts.username or parts.password:
        raise MastodonSignInError(
            SignInProblem.BAD_ADDRESS,
            f"Crier can't use “{redact(text.strip())}” as a Mastodon server address. Type it like "
            "mastodon.social or https://social.example.gov.uk.",
        )
    if parts.scheme == "http" and not is_loopback_host(host):
        raise MastodonSignInError(
            SignInProblem.BAD_ADDRESS,
            f"The address for {host} must start with https:// so the sign-in can't be read on the way. "
            "Type it without http://, or with https://.",
        )
    netloc = f"[{host}]" if ":" in host else host
    return f"{parts.scheme}://{netloc}{f':{port}' if port else ''}"


@dataclass(frozen=True, slots=True)
class InstanceInfo:
    """What an instance says about itself that changes how posts are counted and sent."""

    domain: str
    version: str
    char_limit: int = DEFAULT_CHAR_LIMIT
    url_length: int = DEFAULT_URL_LENGTH
    max_images: int = DEFAULT_MAX_IMAGES
    max_image_bytes: int = DEFAULT_MAX_IMAGE_BYTES

    def settings(self) -> dict[str, Any]:
        """The account settings the live counts and the publisher read."""
        return {
            "char_limit": self.char_limit,
            "url_length": self.url_length,
            "max_images": self.max_images,
            "max_image_bytes": self.max_image_bytes,
            "domain": self.domain,
            "mastodon_version": self.version,
        }


def read_instance(api: Mastodon, base_url: str) -> InstanceInfo:
    """``/api/v2/instance`` limits, falling back to Mastodon's defaults (500, 23) when it can't be read."""
    host = urlsplit(base_url).hostname or base_url
    try:
        data = api.instance_v2()
    except MastodonRatelimitError:
        raise
    except (MastodonError, ValueError, TypeError, KeyError) as exc:
        log.info(
            "Mastodon instance %s: no /api/v2/instance (%s); using default limits", host, type(exc).__name__
        )
        return InstanceInfo(domain=host, version="")
    if not isinstance(data, Mapping):
        return InstanceInfo(domain=host, version="")
    config = _mapping(data.get("configuration"))
    statuses = _mapping(config.get("statuses"))
    media = _mapping(config.get("media_attachments"))
    return InstanceInfo(
        domain=str(data.get("domain") or host),
        version=str(data.get("version") or ""),
        char_limit=_positive(statuses.get("max_characters"), DEFAULT_CHAR_LIMIT),
        url_length=_positive(statuses.get("characters_reserved_per_url"), DEFAULT_URL_LENGTH),
        max_images=_positive(statuses.get("max_media_attachments"), DEFAULT_MAX_IMAGES),
        max_image_bytes=_positive(media.get("image_size_limit"), DEFAULT_MAX_IMAGE_BYTES),
    )


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _positive(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else default


def client(
    session: requests.Session,
    base_url: str,
    access_token: Secret | None = None,
    *,
    timeout: tuple[float, float] = REQUEST_TIMEOUT,
) -> Mastodon:
    """A Mastodon.py client on the app's session (proxy, certificates) that never sleeps on a 429.

    Mastodon.py picks ``/api/v2/media`` by the server's version; every instance Crier supports has it,
    so the version is stated rather than fetched (which would cost two requests per post).
    """
    api = Mastodon(
        access_token=access_token.reveal() if access_token else None,
        api_base_url=base_url,
        session=session,
        ratelimit_method="throw",
        request_timeout=timeout,  # type: ignore[arg-type]  # requests takes (connect, read)
        mastodon_version="4.0.0",
        version_check_mode="none",
        user_agent=USER_AGENT,
    )
    api.mastodon_major, api.mastodon_minor, api.mastodon_patch = 4, 0, 0
    return api


# --------------------------------------------------------------------------------------------------
# Connecting an account


def _sign_in_error(exc: BaseException, host: str, doing: str, *, rejected: str) -> MastodonSignInError:
    """Turn whatever Mastodon.py raised while connecting into a one-sentence reason."""
    detail = f"{doing}: {type(exc).__name__}"
    chain = list(exception_chain(exc))
    network = next(
        (
            e
            for e in chain
            if isinstance(e, requests.RequestException | OSError) and not isinstance(e, MastodonError)
        ),
        None,
    )
    unreadable = any(isinstance(e, ValueError) and not isinstance(e, MastodonError) for e in chain)
    if isinstance(exc, MastodonRatelimitError):
        return MastodonSignInError(
            SignInProblem.RATE_LIMITED,
            f"The Mastodon server {host} is limiting how often Crier can ask it things. Wait a few minutes, "
            "then try again.",
            detail=detail,
        )
    if network is not None and not unreadable:
        problem = classify_exception(network)
        return MastodonSignInError(
            SignInProblem.NETWORK, problem.message, detail=f"{detail} {problem.detail}"
        )
    status, said = _api_error(exc)
    if status in (401, 403) or (status == 400 and said):
        return MastodonSignInError(SignInProblem.REJECTED, rejected, detail=f"{detail} {status} {said}")
    if status == 429:
        return _sign_in_error(MastodonRatelimitError(), host, doing, rejected=rejected)
    if status is not None and status >= 500:
        return MastodonSignInError(
            SignInProblem.NETWORK,
            f"The Mastodon server {host} had a problem on its side ({status}). Try again in a few minutes.",
            detail=f"{detail} {status}",
        )
    return MastodonSignInError(
        SignInProblem.NOT_MASTODON,
        f"The server at {host} didn't answer the way a Mastodon server does. Check the server address and "
        "try again.",
        detail=f"{detail} {status or ''} {redact(str(exc))[:200]}",
    )


def verify_token(
    session: requests.Session, base_url: str, access_token: Secret
) -> tuple[AccountInfo, InstanceInfo]:
    """Who the token belongs to and what the instance allows; raises MastodonSignInError."""
    host = urlsplit(base_url).hostname or base_url
    api = client(session, base_url, access_token)
    try:
        me = api.account_verify_credentials()
        instance = read_instance(api, base_url)
    except Exception as exc:  # Mastodon.py's errors, or an answer its parsing chokes on
        raise _sign_in_error(
            exc,
            host,
            "verify",
            rejected=f"The Mastodon server {host} didn't accept this access token. Check that you copied "
            f"all of it, that it was made on {host}, and that it allows reading the account (read:accounts).",
        ) from None
    remote_id = _id(me)
    username = str(me.get("username") or "") if isinstance(me, Mapping) else ""
    if not remote_id or not username:
        raise MastodonSignInError(
            SignInProblem.NOT_MASTODON,
            f"The server at {host} didn't answer the way a Mastodon server does. Check the server address "
            "and try again.",
            detail="verify_credentials: no id or username",
        )
    display = str(me.get("display_name") or "")
    return AccountInfo(remote_id, f"@{username}@{instance.domain}", display), instance


def _require_keyring(secrets: SecretStore) -> None:
    """Fail before anyone signs in if there is nowhere safe to keep the result."""
    status = secrets.status()
    if not status.available:
        raise MastodonSignInError(SignInProblem.KEYRING, status.message, detail=status.reason)


def save_account(
    accounts: Accounts,
    secrets: SecretStore,
    base_url: str,
    info: AccountInfo,
    instance: InstanceInfo,
    values: Mapping[str, Secret],
    *,
    auth_kind: str,
) -> AccountView:
    """Create the account (or reconnect the same Mastodon account) and store each secret separately."""
    existing = next(
        (
            a
            for a in accounts.all()
            if a.network == NETWORK and a.service_url == base_url and a.remote_id == info.remote_id
        ),
        None,
    )
    account = existing or accounts.add(
        NETWORK,
        info.handle,
        display_name=info.display_name,
        remote_id=info.remote_id,
        service_url=base_url,
        auth_kind=auth_kind,
        settings=instance.settings(),
    )
    try:
        stale = set(existing.secret_names) - set(values) if existing else set()
        if stale and existing is not None:
            secrets.delete_all(existing.key, stale)
        for name, value in values.items():
            secrets.put(account.key, name, value)
    except CredentialsUnavailable as exc:
        if existing is None:
            with contextlib.suppress(Exception):
                accounts.remove(account.id)
        raise MastodonSignInError(SignInProblem.KEYRING, exc.user_message, detail=exc.detail) from None
    accounts.update(
        account.id,
        handle=info.handle,
        display_name=info.display_name,
        auth_kind=auth_kind,
        settings={**(existing.settings if existing else {}), **instance.settings()},
    )
    accounts.set_secret_names(account.id, list(values))
    accounts.mark(account.id, AccountStatus.CONNECTED)
    log.info("Mastodon account %s connected (%s)", info.handle, auth_kind)
    return accounts.get(account.id)


def connect_mastodon(
    accounts: Accounts,
    secrets: SecretStore,
    session: requests.Session,
    instance: str,
    access_token: str | Secret,
) -> AccountView:
    """A pasted access token: check it against the instance, read its limits, then store it."""
    base_url = instance_url(instance)
    token = Secret(access_token)
    del access_token
    if not token.reveal().strip():
        raise MastodonSignInError(
            SignInProblem.REJECTED,
            "The access token is empty. Copy it from Preferences → Development on your Mastodon server.",
        )
    token = Secret(token.reveal().strip())
    _require_keyring(secrets)
    info, limits = verify_token(session, base_url, token)
    return save_account(accounts, secrets, base_url, info, limits, {"access_token": token}, auth_kind=TOKEN)


# -- the browser sign-in ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Callback:
    params: dict[str, str]
    error: MastodonSignInError | None


class _CallbackServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, port: int, host_label: str) -> None:
        super().__init__(("127.0.0.1", port), _CallbackHandler)
        self.expected_state = random_secrets.token_urlsafe(24)
        self.host_label = host_label
        self.result: _Callback | None = None
        self.arrived = threading.Event()
        self._lock = threading.Lock()

    def deliver(self, params: dict[str, str]) -> tuple[str, str]:
        """Judge the first answer to reach /callback; returns the (title, text) the browser shows."""
        host = self.host_label
        with self._lock:
            if self.result is not None:
                return "Already finished", f"This sign-in has already finished. {_CLOSE_PAGE}"
            if params.get("state") != self.expected_state:
                # Any page in the browser can call 127.0.0.1: ignore it and keep waiting for the answer.
                state_ignored(log, "Mastodon", params.get("state"))
                return "Not for this sign-in", f"This wasn't the sign-in Crier is waiting for. {_CLOSE_PAGE}"
            error: MastodonSignInError | None = None
            title, text = (
                "Connected",
                f"Crier has {host}'s answer and is finishing the connection. {_CLOSE_PAGE}",
            )
            if params.get("error") == "access_denied":
                error = MastodonSignInError(
                    SignInProblem.DENIED,
                    f"You didn't give Crier permission on {host}, so the account wasn't connected. "
                    "To connect "
                    'it, start again and choose "Authorize".',
                    detail="callback: access_denied",
                )
                title, text = "Not connected", f"Crier wasn't given permission. {_CLOSE_PAGE}"
            elif params.get("error") or not params.get("code"):
                said = params.get("error_description") or params.get("error") or "no code"
                error = MastodonSignInError(
                    SignInProblem.REJECTED,
                    f"The Mastodon server {host} didn't complete the sign-in (it said: {said}). Start again.",
                    detail=f"callback error: {params.get('error', 'missing code')}",
                )
                title, text = "Not connected", f"{host} didn't complete the sign-in. {_CLOSE_PAGE}"
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
        title, text = self.server.deliver(dict(parse_qsl(parts.query, keep_blank_values=True)))
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


@dataclass(frozen=True)
class OAuthResult:
    access_token: Secret
    client_id: Secret
    client_secret: Secret


class MastodonSignIn:
    """One browser sign-in to an instance: ``start()`` gives the URL to open, ``wait()`` the token.

    It registers Crier with the instance (``/api/v1/apps``) with a redirect to a listener on 127.0.0.1,
    which answers one callback and is closed afterwards. The window can ``cancel()`` from another thread.
    """

    def __init__(
        self,
        session: requests.Session,
        instance: str,
        *,
        port: int = 0,
        scopes: Sequence[str] = SCOPES,
        timeout: tuple[float, float] = REQUEST_TIMEOUT,
    ) -> None:
        self.base_url = instance_url(instance)
        self.host = urlsplit(self.base_url).hostname or self.base_url
        self._session = session
        self._port = port
        self._scopes = list(scopes)
        self._timeout = timeout
        self._allow_http = self.base_url.startswith("http://")  # only ever a loopback test server
        self._server: _CallbackServer | None = None
        self._thread: threading.Thread | None = None
        self._api: Mastodon | None = None
        self._cancelled = threading.Event()
        self.redirect_uri = ""
        self.url = ""

    def start(self) -> str:
        """Listen on 127.0.0.1, register the app with the instance, and return the URL to open."""
        try:
            server = _CallbackServer(self._port, self.host)
        except OSError as exc:
            raise MastodonSignInError(
                SignInProblem.NETWORK,
                f"Crier couldn't listen on this computer for {self.host}'s answer "
                f"(port {self._port or 'any'}: "
                f"{exc.strerror or exc}). Close other sign-in windows and try again.",
                detail=f"bind 127.0.0.1:{self._port}: {exc}",
            ) from None
        self._server = server
        self.redirect_uri = f"http://127.0.0.1:{server.server_address[1]}{CALLBACK_PATH}"
        try:
            client_id, client_secret = Mastodon.create_app(
                "Crier",
                scopes=self._scopes,
                redirect_uris=self.redirect_uri,
                api_base_url=self.base_url,
                request_timeout=self._timeout,  # type: ignore[arg-type]
                session=self._session,
                user_agent=USER_AGENT,
            )
            if not isinstance(client_id, str) or not isinstance(client_secret, str):
                raise TypeError("client_id/client_secret missing")
            api = Mastodon(
                client_id=client_id,
                client_secret=client_secret,
                api_base_url=self.base_url,
                session=self._session,
                ratelimit_method="throw",
                request_timeout=self._timeout,  # type: ignore[arg-type]
                mastodon_version="4.0.0",
                version_check_mode="none",
                user_agent=USER_AGENT,
            )
            self.url = api.auth_request_url(
                redirect_uris=self.redirect_uri,
                scopes=self._scopes,
                state=server.expected_state,
                allow_http=self._allow_http,
            )
        except Exception as exc:  # Mastodon.py's errors, or an answer without client credentials
            self.close()
            raise _sign_in_error(
                exc,
                self.host,
                "register app",
                rejected=f"The Mastodon server {self.host} didn't let Crier register for signing in. Paste "
                "an access token "
                "instead (Preferences → Development on your Mastodon server).",
            ) from None
        self._api = api
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="crier-mastodon-callback",
            daemon=True,
        )
        self._thread.start()
        return self.url

    def cancel(self) -> None:
        """Stop waiting (the window's Cancel button); ``wait()`` then raises CANCELLED."""
        self._cancelled.set()
        if self._server is not None:
            self._server.arrived.set()

    def wait(self, timeout: float = CALLBACK_WAIT) -> OAuthResult:
        """Block until the browser comes back (or ``timeout``), then exchange the code for a token."""
        server, api = self._server, self._api
        if server is None or api is None:
            raise RuntimeError("start() the sign-in before waiting for it")
        try:
            arrived = server.arrived.wait(timeout)
            result = server.result
        finally:
            self.close()
        if self._cancelled.is_set() and result is None:
            raise MastodonSignInError(
                SignInProblem.CANCELLED, "Connecting the Mastodon account was cancelled."
            )
        if not arrived or result is None:
            raise MastodonSignInError(
                SignInProblem.TIMED_OUT,
                f"Crier waited {wait_words(timeout)} for the sign-in to finish in the browser, then "
                "stopped. Start again when you're ready.",
            )
        if result.error is not None:
            raise result.error
        try:
            token = api.log_in(
                code=result.params["code"],
                redirect_uri=self.redirect_uri,
                scopes=self._scopes,
                allow_http=self._allow_http,
            )
        except Exception as exc:  # log_in wraps every failure; the cause is in the chain
            raise _sign_in_error(
                exc,
                self.host,
                "POST /oauth/token",
                rejected=f"The Mastodon server {self.host} didn't accept the sign-in, so the account wasn't "
                "connected. Start "
                "again; the sign-in code is only valid for a short time.",
            ) from None
        if not isinstance(token, str) or not token:
            raise MastodonSignInError(
                SignInProblem.REJECTED,
                f"The answer from {self.host} to the sign-in had no access token. Try again.",
            )
        return OAuthResult(Secret(token), Secret(str(api.client_id)), Secret(str(api.client_secret)))

    def close(self) -> None:
        """Stop listening; safe to call more than once."""
        server, self._server = self._server, None
        if server is not None:
            if self._thread is not None:
                server.shutdown()
            server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> MastodonSignIn:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect_mastodon_oauth(
    accounts: Accounts,
    secrets: SecretStore,
    session: requests.Session,
    instance: str,
    *,
    open_browser: Callable[[str], Any] = webbrowser.open,
    timeout: float = CALLBACK_WAIT,
    port: int = 0,
    on_url: Callable[[str], None] | None = None,
    on_start: Callable[[MastodonSignIn], None] | None = None,
) -> AccountView:
    """The whole "Sign in with Mastodon" button: register, authorise in the browser, verify, store.

    ``on_url`` also shows the URL (for when no browser opens); ``on_start`` hands the running sign-in to
    the window so its Cancel button can call ``cancel()``.
    """
    _require_keyring(secrets)
    with MastodonSignIn(session, instance, port=port) as flow:
        url = flow.start()
        if on_start is not None:
            on_start(flow)
        if on_url is not None:
            on_url(url)
        try:
            open_browser(url)
        except Exception as exc:  # webbrowser raises on odd desktops; the URL is shown anyway
            log.info("Could not open the browser for Mastodon sign-in: %s", type(exc).__name__)
        result = flow.wait(timeout)
    info, limits = verify_token(session, flow.base_url, result.access_token)
    values = {
        "access_token": result.access_token,
        "client_id": result.client_id,
        "client_secret": result.client_secret,
    }
    return save_account(accounts, secrets, flow.base_url, info, limits, values, auth_kind=OAUTH)


def sign_out_mastodon(
    accounts: Accounts, secrets: SecretStore, session: requests.Session, account: AccountView
) -> bool:
    """Forget the account here; a browser sign-in's token is also revoked at the instance if it can be.

    Returns whether the instance revoked it. A pasted token was made by the person on the instance, so
    only they can revoke it there (Preferences → Development). Offline, it is still forgotten here.
    """
    revoked = False
    if account.auth_kind == OAUTH:
        try:
            values = {
                name: secrets.get(account.key, name)
                for name in ("access_token", "client_id", "client_secret")
            }
            if all(values.values()):
                api = client(session, instance_url(account.service_url), values["access_token"])
                api.client_id = values["client_id"].reveal()  # type: ignore[union-attr]
                api.client_secret = values["client_secret"].reveal()  # type: ignore[union-attr]
                api.revoke_access_token(allow_http=api.api_base_url.startswith("http://"))
                revoked = True
        except (CredentialsUnavailable, MastodonSignInError, MastodonError) as exc:
            log.info("Could not revoke the Mastodon token of %s: %s", account.handle, type(exc).__name__)
    secrets.delete_all(account.key, account.secret_names)
    accounts.remove(account.id)
    return revoked


# --------------------------------------------------------------------------------------------------
# Publishing


class MastodonPublisher:
    network: ClassVar[str] = NETWORK

    def __init__(
        self,
        account: AccountView,
        secrets: SecretStore,
        session: requests.Session,
        *,
        timeout: tuple[float, float] = REQUEST_TIMEOUT,
        clock: Callable[[], float] = time.time,
        pause: Callable[[float], object] = time.sleep,
    ) -> None:
        self.account = account
        self._clock = clock
        self._pause = pause
        try:
            self.base_url = instance_url(account.service_url)
        except MastodonSignInError as exc:
            raise PublishError(
                ErrorKind.NEEDS_SIGN_IN,
                f"Crier can't use the server address saved for {account.handle}. Connect the account again "
                "in Accounts; its posts will wait until then.",
                detail=exc.user_message,
            ) from None
        try:
            token = secrets.get(account.key, "access_token")
        except CredentialsUnavailable as exc:
            raise PublishError(ErrorKind.NEEDS_SIGN_IN, exc.user_message, detail=exc.detail) from None
        if token is None or not token:
            raise PublishError(
                ErrorKind.NEEDS_SIGN_IN,
                f"Crier has no access token for {account.handle}. Connect the account again in Accounts; "
                "its posts will wait until then.",
                detail="no access_token entry in the keyring",
            )
        self._api = client(session, self.base_url, token, timeout=timeout)
        self.host = urlsplit(self.base_url).hostname or self.base_url

    def __repr__(self) -> str:
        return f"MastodonPublisher({self.account.handle!r})"

    # -- the Publisher protocol --------------------------------------------------------------------

    def verify(self) -> AccountInfo:
        me = self._call("GET /api/v1/accounts/verify_credentials", self._api.account_verify_credentials)
        remote_id = _id(me)
        if not remote_id:
            raise self._garbage("GET /api/v1/accounts/verify_credentials", write=False)
        domain = str(self.account.settings.get("domain") or self.host)
        return AccountInfo(remote_id, f"@{me.get('username')}@{domain}", str(me.get("display_name") or ""))

    def limits(self) -> Limits:
        settings = self.account.settings
        return Limits(
            chars=_positive(settings.get("char_limit"), DEFAULT_CHAR_LIMIT),
            url_length=_positive(settings.get("url_length"), DEFAULT_URL_LENGTH),
            max_images=_positive(settings.get("max_images"), DEFAULT_MAX_IMAGES),
            max_image_bytes=_positive(settings.get("max_image_bytes"), DEFAULT_MAX_IMAGE_BYTES),
        )

    def prepare(self, part: PartRequest) -> Mapping[str, Any]:
        """The part's Idempotency-Key and when it was chosen (the first attempt follows at once)."""
        return {
            "idempotency_key": random_secrets.token_hex(16),
            "first_attempt_at": _utc(self._clock()).isoformat(),
        }

    def upload_media(self, item: MediaItem) -> str:
        """POST /api/v2/media with the alt text, then poll (bounded) until the instance has processed it."""
        data, mime = read_image(item, "Mastodon")
        description = item.alt_text.strip() or None
        doing = "POST /api/v2/media"
        media = self._call(
            doing,
            lambda: self._api.media_post(
                data, mime_type=mime, description=description, file_name=item.path.name
            ),
            subject=item.path.name,
        )
        media_id = _id(media)
        if not media_id:
            raise self._garbage(doing, write=False)
        waited = 0.0
        delays = iter(MEDIA_POLL_DELAYS)
        while media.get("url") is None and waited < MEDIA_WAIT:
            delay = min(next(delays, MEDIA_POLL_DELAYS[-1] * 2), MEDIA_WAIT - waited)
            self._pause(delay)
            waited += delay
            media = self._call(
                "GET /api/v1/media/:id", lambda: self._api.media(media_id), subject=item.path.name
            )
            if not isinstance(media, Mapping):
                raise self._garbage("GET /api/v1/media/:id", write=False)
        if media.get("url") is None:
            # Posting will say "not finished processing" (422) and be retried; the id is kept meanwhile.
            log.info("Mastodon is still processing %s after %.0f s", item.path.name, waited)
        return media_id

    def publish(self, part: PartRequest) -> Published:
        if part.index > 0 and not part.reply_to:
            raise PublishError(
                ErrorKind.NEEDS_ATTENTION,
                f"Crier lost track of part {part.index} of this thread, so part {part.index + 1} can't be "
                "attached to it. Post the rest of the thread from Mastodon, then mark this post as done.",
                detail="thread parent id unknown",
            )
        key = str(part.idempotency.get("idempotency_key") or "")
        if not key or self._key_may_have_expired(part):
            landed = self._search(part)
            if landed is not None:
                return landed
            key = key or random_secrets.token_hex(16)
        primary = part.language.split("-")[0].split("_")[0].lower()  # "en-GB" is sent as "en"
        language = primary if _LANGUAGE.match(primary) else None
        doing = "POST /api/v1/statuses"
        status = self._call(
            doing,
            lambda: self._api.status_post(
                part.text,
                in_reply_to_id=part.reply_to or None,
                media_ids=list(part.media_ids) or None,
                visibility=self._visibility(),
                language=language,
                idempotency_key=key,
            ),
            write=True,
        )
        status_id = _id(status)
        if not status_id:
            raise self._garbage(doing, write=True)
        return Published(status_id, self._url(status))

    def find_landed(self, part: PartRequest) -> Published | None:
        """None while the part's key is fresh (the retry is the lookup); otherwise search the statuses."""
        if part.idempotency.get("idempotency_key") and not self._key_may_have_expired(part):
            return None
        return self._search(part)

    # -- exactly once --------------------------------------------------------------------------

    def _key_may_have_expired(self, part: PartRequest) -> bool:
        first = _parse_time(part.idempotency.get("first_attempt_at"))
        if first is None:
            return True
        age = _utc(self._clock()) - first
        return age > KEY_TRUST or age < -CLOCK_SLACK  # a clock set back a long way: don't trust it

    def _search(self, part: PartRequest) -> Published | None:
        """The account's status (since the post was queued) replying to the same parent with the same text."""
        since = part.not_before - CLOCK_SLACK if part.not_before else None
        account_id = self.account.remote_id or self.verify().remote_id
        wanted = _comparable(part.text)
        max_id: str | None = None
        match: Any = None
        for _ in range(TIMELINE_PAGES):
            page = self._call(
                "GET /api/v1/accounts/:id/statuses",
                lambda max_id=max_id: self._api.account_statuses(
                    account_id, limit=PAGE_SIZE, exclude_reblogs=True, max_id=max_id
                ),
                reading_statuses=True,
            )
            if not isinstance(page, list):
                raise self._garbage("GET /api/v1/accounts/:id/statuses", write=False)
            older = False
            for status in page:
                if not isinstance(status, Mapping) or not _id(status):
                    continue
                created = _as_utc(status.get("created_at"))
                if since is not None and created is not None and created < since:
                    older = True
                    continue
                parent = str(status.get("in_reply_to_id") or "") or None
                if parent == (part.reply_to or None) and _comparable(_plain(status.get("content"))) == wanted:
                    match = status  # pages run newest first: the last match is the first attempt's
            if older or len(page) < PAGE_SIZE:
                break
            max_id = _id(page[-1])
        if match is None:
            return None
        log.info("Post %s part %s was already on Mastodon as %s", part.post_id, part.index, _id(match))
        return Published(_id(match), self._url(match))

    # -- requests and classification -----------------------------------------------------------

    def _call(
        self,
        doing: str,
        call: Callable[[], T],
        *,
        write: bool = False,
        subject: str = "",
        reading_statuses: bool = False,
    ) -> T:
        """Run one Mastodon.py call; every exception leaves as a classified PublishError."""
        try:
            return call()
        except MastodonRatelimitError as exc:
            raise self._rate_limited(exc, doing, write=write) from None
        except MastodonNetworkError as exc:
            raise _network_failure(exc, doing, write=write) from None
        except MastodonAPIError as exc:
            raise self._classify(exc, doing, write=write, subject=subject, reading=reading_statuses) from None
        except MastodonError as exc:  # a bad argument or version check: a Crier bug, not the user's
            raise PublishError(
                ErrorKind.NEEDS_ATTENTION,
                f"Crier couldn't prepare this for {self.host}. Send the log file to IT.",
                detail=f"{doing}: {type(exc).__name__} {redact(str(exc))[:200]}",
            ) from None
        except (ValueError, TypeError, KeyError, AttributeError) as exc:  # an answer Mastodon.py chokes on
            log.warning("%s: Mastodon.py couldn't read the answer (%s)", doing, type(exc).__name__)
            raise self._garbage(doing, write=write, detail=type(exc).__name__) from None

    def _rate_limited(self, exc: MastodonRatelimitError, doing: str, *, write: bool) -> PublishError:
        if "calculations failed" in str(exc):  # an X-RateLimit-Reset Mastodon.py couldn't read
            return self._garbage(doing, write=write, detail=str(exc)[:200])
        reset = getattr(self._api, "ratelimit_reset", None)
        now = self._clock()
        when = reset if isinstance(reset, int | float) and reset > now else now + DEFAULT_WAIT.total_seconds()
        retry_at = datetime.fromtimestamp(when, UTC).replace(tzinfo=None, microsecond=0) + timedelta(
            seconds=1
        )
        return PublishError(
            ErrorKind.WAIT_UNTIL,
            f"The Mastodon server {self.host} is limiting how much {self.account.handle} can do for now. "
            "Crier will try again at "
            f"{_local(retry_at)}.",
            retry_at=retry_at,
            detail=f"{doing}: HTTP 429",
        )

    def _classify(
        self, exc: MastodonAPIError, doing: str, *, write: bool, subject: str = "", reading: bool = False
    ) -> PublishError:
        """The one place a Mastodon answer other than success becomes a PublishError kind."""
        status, said = _api_error(exc)
        detail = f"{doing}: HTTP {status} {said}".strip()
        told = f" {self.host} said: {_sentence(said)}" if said else ""
        handle = self.account.handle
        if status is None:  # Mastodon.py couldn't parse the answer at all
            return self._garbage(
                doing, write=write, detail=redact(str(exc.args[0]) if exc.args else "")[:120]
            )
        if status == 401:
            return PublishError(
                ErrorKind.NEEDS_SIGN_IN,
                f"The Mastodon server {self.host} no longer accepts Crier's access for {handle}. Connect "
                "the account again in "
                "Accounts; its posts will wait until then.",
                detail=detail,
            )
        if status == 403 and "scope" in said.lower():
            what = "read its posts (to check what was already sent)" if reading else "post for it"
            return PublishError(
                ErrorKind.NEEDS_SIGN_IN,
                f"The access Crier has for {handle} doesn't let it {what}. Connect the account again in "
                "Accounts and allow everything Crier asks for.",
                detail=detail,
            )
        if status == 429:
            return self._rate_limited(MastodonRatelimitError("Hit rate limit."), doing, write=write)
        if status == 422:
            lowered = said.lower()
            if "finished processing" in lowered:
                return PublishError(
                    ErrorKind.RETRY_LATER,
                    f"The Mastodon server {self.host} is still getting the images ready. Crier will try "
                    "again shortly.",
                    detail=detail,
                )
            if "not found" in lowered and "media" in lowered:
                return PublishError(
                    ErrorKind.NEEDS_ATTENTION,
                    f"The Mastodon server {self.host} no longer has the images uploaded for this post (they "
                    "expire if a post "
                    "waits too long). Cancel this post and post the draft again.",
                    detail=detail,
                )
            about = f" ({subject})" if subject else ""
            return PublishError(
                ErrorKind.NEEDS_EDITING,
                f"The Mastodon server {self.host} refused this{about}.{told or ' It gave no reason.'} "
                "Edit it, then send it again.",
                detail=detail,
            )
        if status == 413:
            return PublishError(
                ErrorKind.NEEDS_EDITING,
                f"The Mastodon server {self.host} refused {subject or 'this'} because it is too large. Use "
                "a smaller image, then "
                "send it again.",
                detail=detail,
            )
        if status == 404 and doing == "POST /api/v1/statuses" and "reply" not in said.lower():
            # The Idempotency-Key points at the status an earlier attempt made, deleted since on Mastodon.
            return PublishError(
                ErrorKind.NEEDS_ATTENTION,
                f"An earlier attempt already posted this on {self.host}, and it has since been deleted "
                "there, so Crier won't post it again. To post it anyway, send the draft again.",
                detail=detail,
            )
        if status == 404 and doing == "POST /api/v1/statuses":
            return PublishError(
                ErrorKind.NEEDS_ATTENTION,
                f"The post this part replies to is no longer on {self.host} (it may have been deleted), so "
                "the thread can't continue. Post the rest from Mastodon, then mark this post as done.",
                detail=detail,
            )
        if status == 407:
            return PublishError(ErrorKind.NEEDS_ATTENTION, PROXY_AUTH_MESSAGE, detail=detail)
        if status >= 500:
            return PublishError(
                ErrorKind.RETRY_LATER,
                f"The Mastodon server {self.host} had a problem on its side ({status}). Crier will try "
                "again shortly.",
                ambiguous=write,  # the status may have been made before the error: check before re-sending
                detail=detail,
            )
        return PublishError(
            ErrorKind.NEEDS_ATTENTION,
            f"The Mastodon server {self.host} didn't allow this ({status}).{told} Check the post and the "
            "account, "
            "then send "
            "it again.",
            detail=detail,
        )

    def _garbage(self, doing: str, *, write: bool, detail: str = "") -> PublishError:
        """An answer that isn't Mastodon's: a Wi-Fi sign-in page, a proxy's error, a broken server."""
        return PublishError(
            ErrorKind.RETRY_LATER,
            f"The server at {self.host} answered with something that isn't a Mastodon answer (a Wi-Fi or "
            "proxy sign-in "
            "page can do this). Crier will try again shortly.",
            ambiguous=write,
            detail=f"{doing}: unreadable answer {detail}".strip(),
        )

    def _visibility(self) -> str:
        chosen = str(self.account.settings.get("visibility") or "public")
        return chosen if chosen in VISIBILITIES else "public"

    def _url(self, status: Mapping[str, Any]) -> str:
        url = status.get("url") or status.get("uri")
        if isinstance(url, str) and url.startswith(("https://", "http://")):
            return url
        username = self.account.handle.lstrip("@").split("@", 1)[0]
        return f"{self.base_url}/@{username}/{_id(status)}"


# -- helpers -----------------------------------------------------------------------------------------


def _id(value: Any) -> str:
    """An entity's id as text (Mastodon.py turns numeric ids into ints); "" when there is none.

    Mastodon's ids are decimal; other servers speaking its API use letters and digits (Pleroma's
    flake ids, GoToSocial's ULIDs). Anything else (an object, "1 OR 1=1") is not an id.
    """
    if not isinstance(value, Mapping):
        return ""
    raw = value.get("id")
    if isinstance(raw, bool) or not isinstance(raw, str | int):
        return ""
    text = str(raw).strip()
    return text if _ID.match(text) else ""


def _api_error(exc: BaseException) -> tuple[int | None, str]:
    """(HTTP status, the server's own words) from a MastodonAPIError anywhere in the chain."""
    for item in exception_chain(exc):
        if isinstance(item, MastodonAPIError) and len(item.args) >= 4 and isinstance(item.args[1], int):
            said = item.args[3] if isinstance(item.args[3], str) else ""
            return item.args[1], said.strip()
    return None, ""


def _sentence(text: str) -> str:
    text = " ".join(text.split())[:300]
    return text if text.endswith((".", "!", "?")) else text + "."


def _network_failure(exc: BaseException, doing: str, *, write: bool) -> PublishError:
    problem = classify_exception(exc)
    if not problem.retry_may_help:  # a proxy sign-in, an untrusted certificate or a redirect
        return PublishError(
            ErrorKind.NEEDS_ATTENTION,
            problem.message,
            ambiguous=write and may_have_been_sent(exc),  # a redirect answered a write: check first
            detail=f"{doing}: {problem.detail}",
        )
    return PublishError(
        ErrorKind.RETRY_LATER,
        problem.message,
        ambiguous=write and may_have_been_sent(exc),
        detail=f"{doing}: {problem.detail}",
    )


def _utc(timestamp: float) -> datetime:
    return datetime.fromtimestamp(timestamp, UTC).replace(tzinfo=None)


def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.astimezone(UTC).replace(tzinfo=None) if parsed.tzinfo else parsed


def _as_utc(value: Any) -> datetime | None:
    """Naive UTC from what Mastodon.py gives for created_at (a datetime) or the raw ISO text."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
    return _parse_time(value)


def _local(when: datetime) -> str:
    """A naive-UTC time as the user's clock shows it: "14:05", or "Tue 3 Jun 14:05" if not today."""
    local = when.replace(tzinfo=UTC).astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return f"{local.strftime('%a')} {local.day} {local.strftime('%b %H:%M')}"


class _Text(html.parser.HTMLParser):
    """Mastodon's status HTML back to text: paragraphs and <br> as line breaks, link text in full."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.out.append("\n")
        elif tag == "p" and self.out:
            self.out.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.out.append(data)


def _plain(content: Any) -> str:
    if not isinstance(content, str):
        return ""
    parser = _Text()
    parser.feed(content)
    parser.close()
    return "".join(parser.out)


def _comparable(text: str) -> str:
    """Text as compared with what Mastodon shows: remote mentions lose their domain, spacing is loose."""
    text = unicodedata.normalize("NFC", text)
    text = _REMOTE_MENTION.sub(lambda m: "@" + m.group(1), text)
    return " ".join(text.split())


def build(context: PublisherContext) -> MastodonPublisher:
    """The registry's entry point: raises PublishError(NEEDS_SIGN_IN) when the account has no token."""
    return MastodonPublisher(context.account, context.secrets, context.session)
