"""Facebook Login's manual flow for desktop apps, with the council's own app.

The browser comes back to Crier's loopback listener (``networks.loopback``, with a relay page, because
Facebook puts the token after '#'), or the person pastes the address Facebook's desktop page ended at.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import secrets as _random
import time
import webbrowser
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit

import requests

from desktop.core.accounts import Accounts, AccountView
from desktop.core.credentials import Secret, SecretStore
from desktop.core.networks.facebook.api import (
    DESKTOP_REDIRECT,
    DIALOG_PATH,
    GRAPH_BASE,
    RELAY_PATH,
    SCOPES,
    SHORT_LIVED,
    _int,
    checked_base,
    dialog_base,
)
from desktop.core.networks.facebook.sign_in import (
    ConnectProblem,
    FacebookConnectError,
    PageChoice,
    UserToken,
    _require_keyring,
    connect_facebook,
    pages_for_user,
)
from desktop.core.networks.loopback import (
    CALLBACK_WAIT,
    CLOSE_PAGE,
    Answer,
    BrowserSignIn,
    Listener,
    Relay,
    show_in_browser,
)
from desktop.core.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# -- Facebook Login (manual flow for desktop apps) ---------------------------------------------------

_RELAY_SCRIPT = (
    "(function () {"
    " var status = document.getElementById('status');"
    " var fragment = window.location.hash.replace(/^#/, '');"
    " history.replaceState(null, '', window.location.pathname);"
    " fetch('" + RELAY_PATH + "', {method: 'POST',"
    " headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: fragment})"
    " .then(function (r) { return r.text(); })"
    " .then(function (t) { status.textContent = t; })"
    " .catch(function () { status.textContent = 'Crier did not get the answer. Copy the address of this"
    " page into Crier instead.'; });"
    "})();"
)
_RELAY_CSP = (
    "default-src 'none'; connect-src 'self'; "
    f"script-src 'sha256-{base64.b64encode(hashlib.sha256(_RELAY_SCRIPT.encode()).digest()).decode()}'"
)


def _relay_page() -> bytes:
    """Facebook puts the token after '#', which browsers never send: this page hands it to Crier."""
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>Crier: Facebook</title></head><body>'
        '<p id="status">Finishing the connection…</p>'
        "<noscript><p>Copy the address of this page and paste it into Crier's Connect Facebook window."
        f"</p></noscript><script>{_RELAY_SCRIPT}</script></body></html>"
    ).encode()


@dataclass
class _LoginResult:
    token: UserToken | None
    error: FacebookConnectError | None


def _judge(params: Mapping[str, str], expected_state: str, clock: Callable[[], float]) -> _LoginResult:
    """Facebook's answer (fragment or query) as a token or an error; the state must be ours."""
    if params.get("state") != expected_state:
        return _LoginResult(
            None,
            FacebookConnectError(
                ConnectProblem.STATE_MISMATCH,
                QT_TRANSLATE_NOOP(
                    "core.networks",
                    "Crier rejected an answer that wasn't for the sign-in it started, so nothing was "
                    "connected. Close other Facebook sign-in windows and start again.",
                ),
                detail="login answer with a missing or different state",
            ),
        )
    if params.get("error_reason") == "user_denied" or params.get("error") == "access_denied":
        return _LoginResult(
            None,
            FacebookConnectError(
                ConnectProblem.DENIED,
                QT_TRANSLATE_NOOP(
                    "core.networks",
                    "You didn't give Crier access on Facebook, so no Page was connected. Start again and "
                    "choose Continue to connect one.",
                ),
                detail="login answer: access_denied",
            ),
        )
    token = params.get("access_token", "")
    if params.get("error") or not token:
        said = params.get("error_description") or params.get("error") or "no access token"
        return _LoginResult(
            None,
            FacebookConnectError(
                ConnectProblem.FACEBOOK,
                QT_TRANSLATE_NOOP(
                    "core.networks",
                    "Facebook didn't finish the sign-in (it said: {said}). Start again; if it keeps "
                    "happening, ask whoever manages the council's Facebook app to check its settings.",
                ).format(said=said[:200]),
                detail=f"login answer error: {params.get('error', 'no token')}",
            ),
        )
    expires_in = _int(params.get("expires_in")) or 0
    expires_at = clock() + expires_in if 0 < expires_in < SHORT_LIVED else 0.0
    return _LoginResult(UserToken(Secret(token), expires_at), None)


def _answer_in_query(params: Mapping[str, str]) -> bool:
    """Whether the browser came back with the answer in the query (an error), not after '#'."""
    return "error" in params or "error_reason" in params or "access_token" in params


def _login_judge(state: str, clock: Callable[[], float]) -> Callable[[dict[str, str]], Answer]:
    def judge(params: dict[str, str]) -> Answer:
        result = _judge(params, state, clock)
        if result.error is not None:
            text = f"Not connected: {result.error.user_message} {CLOSE_PAGE}"
            return Answer(result.error, "Not connected", text)
        text = f"Crier has Facebook's answer and is finishing the connection. {CLOSE_PAGE}"
        return Answer(result.token, "Connected", text)

    return judge


class FacebookLogin(BrowserSignIn):
    """Facebook Login's manual flow with the council's app: ``start()`` gives the dialog's address.

    ``redirect="loopback"``: Crier listens once on 127.0.0.1 and ``wait()`` returns the person's token.
    ``redirect="desktop"``: Facebook ends on its own desktop page; the person copies that page's address
    into Crier and ``finish(address)`` reads the token from it (``finish`` also takes the 127.0.0.1
    address, for a browser that won't run the relay page's script). Either way the state is checked.
    """

    def __init__(
        self,
        app_id: str,
        *,
        redirect: Literal["loopback", "desktop"] = "loopback",
        port: int = 0,
        dialog_base_url: str | None = None,
        scopes: Sequence[str] = SCOPES,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not app_id.strip():
            raise FacebookConnectError(
                ConnectProblem.NOT_CONFIGURED,
                QT_TRANSLATE_NOOP(
                    "core.networks",
                    "Crier doesn't know the council's Facebook app yet: set \"Facebook app ID\" "
                    "(facebook.app_id) in Settings, ask IT to set it in the machine policy, or paste a Page "
                    "access token instead.",
                ),
            )
        self.app_id = app_id.strip()
        self.redirect = redirect
        self._port = port
        self._dialog_base = checked_base(dialog_base_url) if dialog_base_url else dialog_base()
        self._scopes = list(scopes)
        self._clock = clock
        self._state = _random.token_urlsafe(24)
        self._listener = Listener(
            network="Facebook",
            who="Facebook",
            judge=_login_judge(self._state, clock),
            error=FacebookConnectError,
            state=self._state,
            port=port,
            relay=Relay(_relay_page(), _RELAY_CSP, RELAY_PATH, _answer_in_query),
        )
        self._listening = False
        self.url = ""
        self.redirect_uri = ""

    def start(self) -> str:
        """The address to open in the browser (listening first, for the loopback redirect)."""
        if self.redirect == "loopback":
            self.redirect_uri = self._listener.start()
            self._listening = True
        else:
            self.redirect_uri = DESKTOP_REDIRECT
        query = {
            "client_id": self.app_id,
            "redirect_uri": self.redirect_uri,
            "state": self._state,
            "response_type": "token",
            "scope": ",".join(self._scopes),
        }
        self.url = f"{self._dialog_base}{DIALOG_PATH}?{urlencode(query)}"
        return self.url

    def wait(self, timeout: float = CALLBACK_WAIT) -> UserToken:
        """Block until the browser comes back to 127.0.0.1 (or ``timeout``)."""
        if not self._listening:
            raise RuntimeError("start() a loopback login before waiting for it")
        self._listening = False
        return self._listener.wait(
            timeout, cancelled="Connecting the Facebook Page was cancelled.", what="the Facebook sign-in"
        )

    def finish(self, address: str) -> UserToken:
        """The token from the address Facebook's desktop page ended at (pasted by the person)."""
        parts = urlsplit(address.strip())
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        params.update(parse_qsl(parts.fragment, keep_blank_values=True))
        if not params:
            raise FacebookConnectError(
                ConnectProblem.BAD_INPUT,
                QT_TRANSLATE_NOOP(
                    "core.networks",
                    "That address has no answer from Facebook in it. Copy the whole address of the page "
                    "Facebook finished on, then paste it again.",
                ),
            )
        result = _judge(params, self._state, self._clock)
        if result.error is not None:
            raise result.error
        assert result.token is not None
        return result.token


def sign_in_facebook(
    app_id: str,
    *,
    open_browser: Callable[[str], Any] = webbrowser.open,
    timeout: float = CALLBACK_WAIT,
    port: int = 0,
    on_url: Callable[[str], None] | None = None,
    dialog_base_url: str | None = None,
) -> UserToken:
    """Open Facebook's dialog in the browser and wait for the person's token on 127.0.0.1."""
    with FacebookLogin(app_id, port=port, dialog_base_url=dialog_base_url) as login:
        show_in_browser(login.start(), "Facebook", open_browser=open_browser, on_url=on_url)
        return login.wait(timeout)


def connect_facebook_login(
    accounts: Accounts,
    secrets: SecretStore,
    session: requests.Session,
    app_id: str,
    *,
    choose_page: Callable[[Sequence[PageChoice]], PageChoice | None],
    open_browser: Callable[[str], Any] = webbrowser.open,
    timeout: float = CALLBACK_WAIT,
    port: int = 0,
    on_url: Callable[[str], None] | None = None,
    dialog_base_url: str | None = None,
    base: str = GRAPH_BASE,
) -> AccountView:
    """Facebook Login, then the Page to post to (``choose_page``; None cancels), then connect it."""
    _require_keyring(secrets)
    user = sign_in_facebook(
        app_id,
        open_browser=open_browser,
        timeout=timeout,
        port=port,
        on_url=on_url,
        dialog_base_url=dialog_base_url,
    )
    pages = [page for page in pages_for_user(session, user, base=base) if page.can_post]
    if not pages:
        raise FacebookConnectError(
            ConnectProblem.NO_PAGES,
            QT_TRANSLATE_NOOP(
                "core.networks",
                "Your Facebook account can't create posts on any Page Crier was given: ask a Page admin for "
                "access, and tick the Page when Facebook asks which Pages Crier may use.",
            ),
        )
    chosen = choose_page(pages)
    if chosen is None:
        raise FacebookConnectError(
            ConnectProblem.CANCELLED,
            QT_TRANSLATE_NOOP("core.networks", "Connecting the Facebook Page was cancelled."),
        )
    # Page tokens made from a short-lived person's token expire with it; from a long-lived one, never.
    return connect_facebook(
        accounts, secrets, session, chosen.page_id, chosen.token, expires_at=user.expires_at, base=base
    )
