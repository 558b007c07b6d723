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
import secrets as random_secrets
import threading
import webbrowser
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import requests
from mastodon import (
    Mastodon,
    MastodonError,
    MastodonRatelimitError,
)

from desktop.core.accounts import Accounts, AccountStatus, AccountView
from desktop.core.credentials import CredentialsUnavailable, Secret, SecretStore
from desktop.core.net import (
    USER_AGENT,
    classify_exception,
    exception_chain,
    redact,
)
from desktop.core.networks.mastodon.api import (
    _CLOSE_PAGE,
    CALLBACK_PATH,
    CALLBACK_WAIT,
    NETWORK,
    OAUTH,
    REQUEST_TIMEOUT,
    SCOPES,
    TOKEN,
    InstanceInfo,
    MastodonSignInError,
    SignInProblem,
    _api_error,
    _id,
    client,
    instance_url,
    read_instance,
)
from desktop.core.networks.publishing import (
    AccountInfo,
    state_ignored,
    wait_words,
)

log = logging.getLogger(__name__)


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
