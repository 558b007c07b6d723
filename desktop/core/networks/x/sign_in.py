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

import logging
import time
import webbrowser
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import requests
from tweepy.auth import OAuth1UserHandler, OAuth2UserHandler

from desktop.core.credentials import Secret
from desktop.core.net import NetConfig
from desktop.core.networks.loopback import (
    CALLBACK_PATH,
    CALLBACK_WAIT,
    Answer,
    BrowserSignIn,
    Listener,
    code_answer,
    show_in_browser,
)
from desktop.core.networks.x.api import (
    AUTHORIZE_PATH,
    REQUIRED_SCOPES,
    SCOPES,
    OAuth1Keys,
    OAuth2Tokens,
    XAuthError,
    XAuthProblem,
    _from_tweepy,
    _network_error,
    _public_url,
    _reveal,
    _route_through,
    authorize_base,
)
from desktop.core.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------------------------------
# OAuth 2.0: the browser sign-in


def _judge(params: dict[str, str]) -> Answer:
    """X's answer at the callback: the parameters to exchange, or why there is nothing to exchange."""
    return code_answer(
        params,
        who="X",
        error=XAuthError,
        denied=QT_TRANSLATE_NOOP(
            "core.networks",
            "You didn't give Crier permission on X, so the account wasn't connected. To connect it, start "
            'again and choose "Authorize app".',
        ),
        refused=lambda said: QT_TRANSLATE_NOOP(
            "core.networks",
            "X didn't complete the sign-in (it said: {said}). Start again; if it keeps happening, ask "
            "whoever manages the council's X developer app to check its settings.",
        ).format(said=said),
        detail="OAuth 2.0 callback",
    )


class OAuth2Flow(BrowserSignIn):
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
                QT_TRANSLATE_NOOP(
                    "core.networks",
                    "Crier doesn't know the council's X app yet: set \"X app client ID\" (x.client_id) in "
                    "Settings, or ask IT to set it in the machine policy.",
                ),
            )
        self.client_id = client_id.strip()
        self._session = session
        self._port = port
        self._authorize_base = authorize_base_url or authorize_base()
        self._scopes = list(scopes)
        self._clock = clock
        self._listener = Listener(network="X", who="X", judge=_judge, error=XAuthError, port=port)
        self._handler: OAuth2UserHandler | None = None
        self.url = ""
        self.redirect_uri = ""

    def start(self) -> str:
        """Listen on 127.0.0.1 and return the authorise URL to open in the browser."""
        self.redirect_uri = self._listener.start()
        handler = OAuth2UserHandler(
            client_id=self.client_id, redirect_uri=self.redirect_uri, scope=self._scopes
        )
        _route_through(handler, self._session)
        tweepy_url = handler.get_authorization_url()
        query = dict(parse_qsl(urlsplit(tweepy_url).query, keep_blank_values=True))
        self._listener.state = query.get("state", "")
        base = urlsplit(self._authorize_base)
        self.url = urlunsplit(
            (base.scheme, base.netloc, base.path.rstrip("/") + AUTHORIZE_PATH, urlsplit(tweepy_url).query, "")
        )
        self._handler = handler
        return self.url

    def wait(self, timeout: float = CALLBACK_WAIT) -> OAuth2Tokens:
        """Block until the browser comes back (or ``timeout``), then exchange the code for tokens."""
        if self._handler is None:
            raise RuntimeError("start() the flow before waiting for it")
        params = self._listener.wait(
            timeout, cancelled="Connecting the X account was cancelled.", what="the X sign-in"
        )
        return self._exchange(params)

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
                    XAuthProblem.REJECTED,
                    QT_TRANSLATE_NOOP(
                        "core.networks", "X's answer to the sign-in couldn't be read. Try again."
                    ),
                ) from None
        except requests.RequestException as exc:
            raise _network_error(exc, "POST /2/oauth2/token") from None
        except Exception as exc:  # oauthlib's OAuth2Error family, or an unreadable answer
            description = getattr(exc, "description", "") or ""
            raise XAuthError(
                XAuthProblem.REJECTED,
                QT_TRANSLATE_NOOP(
                    "core.networks",
                    "X didn't accept the sign-in code, so the account wasn't connected. Start again; the "
                    "code is only valid for a short time.",
                ),
                detail=f"POST /2/oauth2/token: {type(exc).__name__} {getattr(exc, 'error', '')} "
                f"{description}",
            ) from None
        return _tokens_from(token, issued_at, requested=self._scopes)


def _tokens_from(
    body: Mapping[str, Any], issued_at: float, *, requested: Iterable[str] = SCOPES
) -> OAuth2Tokens:
    """Tokens from the token endpoint's JSON; refuses a grant without the permissions Crier needs."""
    access = body.get("access_token")
    if not isinstance(access, str) or not access:
        raise XAuthError(
            XAuthProblem.REJECTED,
            QT_TRANSLATE_NOOP("core.networks", "X's answer to the sign-in had no access token. Try again."),
        )
    scope = body.get("scope")
    scopes = tuple(scope.split()) if isinstance(scope, str) and scope.strip() else tuple(requested)
    missing = REQUIRED_SCOPES - set(scopes)
    if missing:
        raise XAuthError(
            XAuthProblem.REJECTED,
            QT_TRANSLATE_NOOP(
                "core.networks",
                "X didn't give Crier permission to post and stay signed in (it left out {scopes}). Connect "
                "again and allow everything Crier asks for.",
            ).format(scopes=", ".join(sorted(missing))),
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
        show_in_browser(flow.start(), "X", open_browser=open_browser, on_url=on_url)
        return flow.wait(timeout)


# --------------------------------------------------------------------------------------------------
# OAuth 1.0a: PIN


class _RoutedOAuth1Handler(OAuth1UserHandler):
    """tweepy's OAuth 1.0a handler, with every Session it makes routed through the app's session."""

    def __init__(self, session: requests.Session, *args: Any, **kwargs: Any) -> None:
        self._app_session = session
        super().__init__(*args, **kwargs)

    @property
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
                QT_TRANSLATE_NOOP(
                    "core.networks",
                    "Crier needs the council X app's consumer key (x.consumer_key in Settings) and its "
                    "consumer secret to sign in with a PIN.",
                ),
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
                rejected=QT_TRANSLATE_NOOP(
                    "core.networks",
                    "X rejected the council app's consumer key or secret. Ask whoever manages the X "
                    "developer app to check them.",
                ),
            ) from None
        self.url = _public_url(url, self._config)
        return self.url

    def finish(self, pin: str) -> OAuth1Keys:
        """Exchange the PIN for the account's access token and secret."""
        pin = pin.strip()
        if not pin.isdigit():
            raise XAuthError(
                XAuthProblem.INVALID_INPUT,
                QT_TRANSLATE_NOOP(
                    "core.networks", "The PIN is the number X showed you; type just the digits."
                ),
            )
        try:
            token, token_secret = self._handler.get_access_token(pin)
        except Exception as exc:
            raise _from_tweepy(
                exc,
                "POST /oauth/access_token",
                rejected=QT_TRANSLATE_NOOP(
                    "core.networks", "X didn't accept that PIN. Check it, or start again to get a new one."
                ),
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
