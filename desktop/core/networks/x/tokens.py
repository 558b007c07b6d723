"""Keeping an X account's credentials: saving them, loading them, renewing OAuth 2.0 tokens, signing out.

Tokens live in the keyring, one entry each; the database records only which entries exist. X replaces
the refresh token on every use, so renewals of one account take turns.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import webbrowser
from collections.abc import Callable, Iterable
from typing import Any

import requests

from desktop.core.accounts import Accounts, AccountStatus, AccountView
from desktop.core.credentials import CredentialsUnavailable, Secret, SecretStore
from desktop.core.net import classify_exception
from desktop.core.networks import saving
from desktop.core.networks.loopback import CALLBACK_WAIT
from desktop.core.networks.publishing import AccountInfo
from desktop.core.networks.x.api import (
    NETWORK,
    OAUTH1,
    OAUTH1_SECRETS,
    OAUTH2,
    OAUTH2_SECRETS,
    REFRESH_MARGIN,
    REVOKE_URL,
    TOKEN_URL,
    Credentials,
    OAuth1Keys,
    OAuth2Tokens,
    XAuthError,
    XAuthProblem,
    _http_error,
    _network_error,
    verify,
)
from desktop.core.networks.x.sign_in import _tokens_from, sign_in_oauth2
from desktop.core.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------------------------------
# Keeping credentials


def _require_keyring(secrets: SecretStore) -> None:
    """Fail before anyone signs in if there is nowhere safe to keep the result."""
    status = secrets.status()
    if not status.available:
        raise CredentialsUnavailable(status.reason, status.message, backend=status.backend)


def _oauth2_values(tokens: OAuth2Tokens) -> dict[str, Secret | str]:
    # The refresh token first: after a rotation it is the one value that can't be got back.
    values: dict[str, Secret | str] = {}
    if tokens.refresh_token is not None:
        values["refresh_token"] = tokens.refresh_token
    values["access_token"] = tokens.access_token
    values["access_token_expires_at"] = str(int(tokens.expires_at))
    return values


def _store_oauth2(secrets: SecretStore, key: str, tokens: OAuth2Tokens) -> list[str]:
    values = _oauth2_values(tokens)
    for name, value in values.items():
        secrets.put(key, name, value)
    return list(values)


def save_account(
    accounts: Accounts,
    secrets: SecretStore,
    info: AccountInfo,
    credentials: Credentials,
    *,
    client_id: str = "",
) -> AccountView:
    """Create the account (or reconnect the existing one with the same X id) and store its secrets."""
    if isinstance(credentials, OAuth2Tokens):
        auth_kind, values = OAUTH2, _oauth2_values(credentials)
        new = {"client_id": client_id} if client_id else {}
    else:
        auth_kind, new = OAUTH1, {}
        values = {name: getattr(credentials, name) for name in OAUTH1_SECRETS}
    account = saving.save_account(
        accounts,
        secrets,
        network=NETWORK,
        info=info,
        auth_kind=auth_kind,
        values=values,
        settings=lambda old: {**old, **new},
    )
    log.info("X account %s connected (%s)", info.handle, auth_kind)
    return account


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
            QT_TRANSLATE_NOOP(
                "core.networks",
                "The X keys on standard input aren't valid JSON. Give an object like "
                '{"consumer_key": "...", "consumer_secret": "...", "access_token": "...", '
                '"access_token_secret": "..."}.',
            ),
        ) from None
    if not isinstance(values, dict):
        raise XAuthError(
            XAuthProblem.INVALID_INPUT,
            QT_TRANSLATE_NOOP(
                "core.networks",
                "The X keys on standard input must be one JSON object with consumer_key, consumer_secret, "
                "access_token and access_token_secret.",
            ),
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
        QT_TRANSLATE_NOOP(
            "core.networks",
            "Crier has no sign-in for {handle} on this computer. Connect the account again in Accounts.",
        ).format(handle=account.handle),
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
        tokens: Credentials | None = None,
    ) -> None:
        self.account = account
        self._accounts = accounts
        self._secrets = secrets
        self._session = session
        self._client_id = str(account.settings.get("client_id") or client_id).strip()
        self._clock = clock
        self._margin = margin
        #: The tokens as last read or stored by this keeper (``tokens``: as its publisher just read them): the
        #: keyring is read once per publisher (one sync run), not three entries per request. A refresh always
        #: reads the keyring again, so tokens another Crier rotated meanwhile are found there (after a 401,
        #: at worst one request late).
        self._current = tokens if isinstance(tokens, OAuth2Tokens) else None

    def tokens(self) -> OAuth2Tokens:
        """The stored tokens, refreshed first if the access token has less than ``margin`` left."""
        current = self._current or self._load()
        if current.expires_within(self._margin, self._clock()):
            return self.refresh(current.access_token)
        self._current = current
        return current

    def refresh(self, stale: Secret | None = None) -> OAuth2Tokens:
        """Swap the refresh token for new tokens; ``stale`` is the access token X refused, if any."""
        self._current = None
        self._current = self._refresh(stale)
        return self._current

    def _refresh(self, stale: Secret | None) -> OAuth2Tokens:
        with _refresh_lock(self.account.key):
            current = self._load()
            fresh = not current.expires_within(self._margin, self._clock())
            if stale is not None and current.access_token != stale and fresh:
                return current  # another thread refreshed while we waited
            if current.refresh_token is None:
                self._needs_sign_in(
                    QT_TRANSLATE_NOOP("core.networks", "Crier wasn't allowed to stay signed in")
                )
            issued_at = self._clock()
            response = self._post_refresh(current.refresh_token)  # type: ignore[arg-type]
            if response.ok:
                try:
                    tokens = _tokens_from(response.json(), issued_at, requested=current.scopes)
                except ValueError:
                    raise XAuthError(
                        XAuthProblem.NETWORK,
                        QT_TRANSLATE_NOOP(
                            "core.networks",
                            "X's answer when renewing the sign-in couldn't be read. Crier will try again.",
                        ),
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
                self._needs_sign_in(QT_TRANSLATE_NOOP("core.networks", "X no longer accepts Crier's sign-in"))
            raise _http_error(
                response,
                "POST /2/oauth2/token (refresh)",
                rejected=QT_TRANSLATE_NOOP(
                    "core.networks", "X refused to renew the sign-in. Connect the account again in Accounts."
                ),
                needs_sign_in=True,
            )

    def _post_refresh(self, refresh_token: Secret) -> requests.Response:
        if not self._client_id:
            raise XAuthError(
                XAuthProblem.NOT_CONFIGURED,
                QT_TRANSLATE_NOOP(
                    "core.networks",
                    "Crier can't renew the X sign-in because the X app client ID (x.client_id) isn't set. "
                    "Ask IT to set it, then try again.",
                ),
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
            self._needs_sign_in(
                QT_TRANSLATE_NOOP("core.networks", "Crier has no sign-in for it on this computer")
            )
        return tokens  # type: ignore[return-value]

    def _needs_sign_in(self, because: str) -> None:
        message = QT_TRANSLATE_NOOP(
            "core.networks",
            "{because} for {handle}: it may have been disconnected in X's settings or its password changed. "
            "Connect the account again in Accounts; its posts will wait until then.",
        ).format(because=because, handle=self.account.handle)
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
