"""Signing in to Bluesky with an app password, and keeping the session alive.

The handle (or DID) and an app password (``xxxx-xxxx-xxxx-xxxx``; anything else is taken for the main
password and refused before it leaves the computer, and a session whose scope shows the main password is
ended at once). The app password, the refresh token and the access token are kept in the keyring, one
entry each. An access token the server refuses (or that has expired by its ``exp``) is renewed with
``refreshSession``; a refused refresh token falls back to a new session made with the app password;
when that is refused the account needs signing in again (``NEEDS_SIGN_IN``). Renewals of one account
take turns within a process, and first look in the keyring for tokens another worker already renewed.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import logging
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests

from desktop.core.accounts import Accounts, AccountView
from desktop.core.credentials import CredentialsUnavailable, Secret, SecretStore
from desktop.core.networks import saving
from desktop.core.networks.bluesky.api import (
    _AUTH_ERRORS,
    _DID,
    _MAIN_PASSWORD_SCOPE,
    ACCESS_SECRET,
    APP_PASSWORD,
    APP_PASSWORD_MESSAGE,
    APP_PASSWORD_SECRET,
    AUTH_KIND,
    DEFAULT_SERVICE,
    NETWORK,
    REFRESH_MARGIN,
    REFRESH_SECRET,
    BlueskyAuthError,
    Xrpc,
    XrpcError,
    _classify,
    normalise_service_url,
    rate_limit_reset,
)
from desktop.core.networks.publishing import AccountInfo, ErrorKind, PublishError, local_time
from desktop.core.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------------------------------
# Sessions


def jwt_claims(token: Secret) -> dict[str, Any]:
    """The payload of a JWT, unverified (only to read ``exp`` and ``scope``); {} if it isn't one."""
    parts = token.reveal().split(".")
    if len(parts) != 3:
        return {}
    try:
        padded = parts[1] + "=" * (-len(parts[1]) % 4)
        claims = json.loads(base64.urlsafe_b64decode(padded))
    except (ValueError, binascii.Error):
        return {}
    return claims if isinstance(claims, dict) else {}


@dataclass(frozen=True)
class SessionTokens:
    access: Secret
    refresh: Secret
    did: str
    handle: str

    def __repr__(self) -> str:
        return f"SessionTokens(did={self.did!r}, handle={self.handle!r})"


def _session_tokens(nsid: str, answer: Mapping[str, Any]) -> SessionTokens:
    access, refresh = answer.get("accessJwt"), answer.get("refreshJwt")
    did, handle = answer.get("did"), answer.get("handle")
    if not (isinstance(access, str) and access and isinstance(refresh, str) and refresh):
        raise XrpcError(nsid, status=200, unreadable="no accessJwt/refreshJwt")
    if not (isinstance(did, str) and _DID.match(did) and isinstance(handle, str)):
        raise XrpcError(nsid, status=200, unreadable="no did/handle")
    return SessionTokens(Secret(access), Secret(refresh), did, handle)


def create_session(xrpc: Xrpc, identifier: str, password: Secret) -> SessionTokens:
    nsid = "com.atproto.server.createSession"
    answer = xrpc.call(nsid, method="POST", body={"identifier": identifier, "password": password.reveal()})
    return _session_tokens(nsid, answer)


def refresh_session(xrpc: Xrpc, refresh: Secret) -> SessionTokens:
    nsid = "com.atproto.server.refreshSession"
    return _session_tokens(nsid, xrpc.call(nsid, method="POST", token=refresh))


_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def _account_lock(key: str) -> threading.Lock:
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(key, threading.Lock())


# A sync run builds a publisher per post but shares one SecretStore and one HTTP session: keyed on them,
# the access token last seen for each account and the DIDs of mentioned handles are remembered for the
# run, so a run of posts reads the keyring and resolves each handle once. Renewing always goes back to
# the keyring, where another Crier may have put newer tokens.
_ACCESS_SEEN: weakref.WeakKeyDictionary[SecretStore, dict[str, Secret]] = weakref.WeakKeyDictionary()
_DIDS_SEEN: weakref.WeakKeyDictionary[requests.Session, dict[tuple[str, str], tuple[str | None, float]]] = (
    weakref.WeakKeyDictionary()
)
_SEEN_GUARD = threading.Lock()


def _seen_access(secrets: SecretStore, key: str) -> Secret | None:
    with _SEEN_GUARD:
        return _ACCESS_SEEN.get(secrets, {}).get(key)


def _remember_access(secrets: SecretStore, key: str, token: Secret) -> None:
    with _SEEN_GUARD:
        _ACCESS_SEEN.setdefault(secrets, {})[key] = token


class SessionKeeper:
    """One account's sign-in: tokens from the keyring, refreshed, or renewed with the app password."""

    def __init__(
        self,
        account: AccountView,
        accounts: Accounts,
        secrets: SecretStore,
        xrpc: Xrpc,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.account = account
        self._accounts = accounts
        self._secrets = secrets
        self._xrpc = xrpc
        self._clock = clock
        if _seen_access(secrets, account.key) is not None:
            return
        with _keyring_errors():
            access = secrets.get(account.key, ACCESS_SECRET)
            has_password = secrets.get(account.key, APP_PASSWORD_SECRET) is not None
        if not has_password and access is None:
            raise self._sign_in_again(NO_APP_PASSWORD, "no app password in the keyring")
        if access is not None:
            _remember_access(secrets, account.key, access)

    def __repr__(self) -> str:
        return f"SessionKeeper({self.account.handle!r})"

    def token(self) -> Secret:
        """An access token believed to be valid: the stored one, renewed first if it has expired."""
        access = _seen_access(self._secrets, self.account.key)
        if access is None or self._expired(access):
            return self.renew(access)
        return access

    def renew(self, rejected: Secret | None) -> Secret:
        """A fresh access token after ``rejected`` was refused or expired (refresh, else sign in again)."""
        with _account_lock(self.account.key):
            with _keyring_errors():
                stored = self._secrets.get(self.account.key, ACCESS_SECRET)
            if stored is not None and stored != rejected and not self._expired(stored):
                _remember_access(self._secrets, self.account.key, stored)  # another Crier renewed it
                return stored
            with _keyring_errors():
                refresh = self._secrets.get(self.account.key, REFRESH_SECRET)
            if refresh is not None:
                try:
                    return self._keep(refresh_session(self._xrpc, refresh))
                except XrpcError as error:
                    if not error.is_auth_failure:
                        raise _classify(error, self.account, "renewing the sign-in") from None
                    log.info("Bluesky refused the refresh token of %s; signing in again", self.account.handle)
            return self._sign_in()

    def _sign_in(self) -> Secret:
        with _keyring_errors():
            password = self._secrets.get(self.account.key, APP_PASSWORD_SECRET)
        if password is None:
            raise self._sign_in_again(NO_APP_PASSWORD, "no app password in the keyring")
        identifier = self.account.remote_id or self.account.handle.lstrip("@")
        try:
            tokens = create_session(self._xrpc, identifier, password)
        except XrpcError as error:
            if error.status == 401 and error.error == "AccountTakedown":
                raise PublishError(
                    ErrorKind.NEEDS_SIGN_IN,
                    QT_TRANSLATE_NOOP(
                        "core.networks",
                        "Bluesky has suspended {handle}, so Crier can't post to it. Check the "
                        "account's email from Bluesky; its posts will wait in the outbox.",
                    ).format(handle=self.account.handle),
                    detail=error.detail,
                ) from None
            if error.status == 401 or (error.status == 400 and error.error in _AUTH_ERRORS):
                raise self._sign_in_again(
                    QT_TRANSLATE_NOOP(
                        "core.networks",
                        "Bluesky no longer accepts its app password (it may have been revoked)",
                    ),
                    error.detail,
                ) from None
            raise _classify(error, self.account, "signing in") from None
        return self._keep(tokens)

    def _keep(self, tokens: SessionTokens) -> Secret:
        """Store the new tokens (refresh first: it is the one that can't be got back) and use them."""
        with _keyring_errors():
            self._secrets.put(self.account.key, REFRESH_SECRET, tokens.refresh)
            self._secrets.put(self.account.key, ACCESS_SECRET, tokens.access)
        names = set(self.account.secret_names) | {REFRESH_SECRET, ACCESS_SECRET}
        if names != set(self.account.secret_names):
            self._accounts.set_secret_names(self.account.id, sorted(names))
        _remember_access(self._secrets, self.account.key, tokens.access)
        return tokens.access

    def _expired(self, token: Secret) -> bool:
        expires = jwt_claims(token).get("exp")
        return isinstance(expires, int | float) and expires - REFRESH_MARGIN <= self._clock()

    def _sign_in_again(self, because: str, detail: str) -> PublishError:
        return PublishError(
            ErrorKind.NEEDS_SIGN_IN,
            QT_TRANSLATE_NOOP(
                "core.networks",
                "Crier can't post to {handle} because {because}. Make a new app password in "
                "Bluesky (Settings → Privacy and security → App passwords) and connect the account again "
                "in Accounts; its posts will wait until then.",
            ).format(handle=self.account.handle, because=because),
            detail=detail,
        )


@contextlib.contextmanager
def _keyring_errors() -> Iterator[None]:
    """Turn a keyring that can't be used into NEEDS_SIGN_IN with the keyring's own message."""
    try:
        yield
    except CredentialsUnavailable as exc:
        raise PublishError(ErrorKind.NEEDS_SIGN_IN, exc.user_message, detail=exc.detail) from None


# --------------------------------------------------------------------------------------------------
# Connecting an account


NO_APP_PASSWORD = QT_TRANSLATE_NOOP("core.networks", "Crier has no app password for it")
SERVER_TROUBLE = QT_TRANSLATE_NOOP(
    "core.networks", "{host} had a problem on its side ({status}); try again in a few minutes."
)
SIGN_IN_REFUSED = QT_TRANSLATE_NOOP(
    "core.networks",
    "{host} refused the sign-in ({status}: {said}); try again, and if it keeps happening send the log file "
    "to IT.",
)
NO_REASON = QT_TRANSLATE_NOOP("core.networks", "no reason given")


def _connect_message(error: XrpcError, service: str) -> BlueskyAuthError:
    """What went wrong signing in, in one sentence the Accounts dialog can show as it is."""
    host = urlsplit(service).hostname or service
    if error.problem is not None:
        return BlueskyAuthError(
            error.problem.message, detail=error.detail, retryable=error.problem.retry_may_help
        )
    if error.status == 429:
        retry_at = rate_limit_reset(error.headers)
        return BlueskyAuthError(
            QT_TRANSLATE_NOOP(
                "core.networks",
                "Bluesky has had too many sign-in attempts for this account; try again after {time}.",
            ).format(time=local_time(retry_at)),
            detail=error.detail,
            retryable=True,
        )
    if error.unreadable or error.status in (404, 405, 501):
        return BlueskyAuthError(
            QT_TRANSLATE_NOOP(
                "core.networks",
                "{host} didn't answer like a Bluesky server; check the server address (leave it empty for "
                "bsky.social) and try again.",
            ).format(host=host),
            detail=error.detail,
        )
    if error.error == "AuthFactorTokenRequired":
        return BlueskyAuthError(APP_PASSWORD_MESSAGE, detail=error.detail)
    if error.error == "AccountTakedown":
        return BlueskyAuthError(
            QT_TRANSLATE_NOOP(
                "core.networks",
                "Bluesky has suspended this account, so Crier can't post to it; check the account's email "
                "from Bluesky.",
            ),
            detail=error.detail,
        )
    if error.status in (400, 401):
        return BlueskyAuthError(
            QT_TRANSLATE_NOOP(
                "core.networks",
                "Bluesky didn't accept that handle and app password; check both (the app password looks "
                "like xxxx-xxxx-xxxx-xxxx, and may have been revoked) and try again.",
            ),
            detail=error.detail,
        )
    if error.status >= 500:
        return BlueskyAuthError(
            SERVER_TROUBLE.format(host=host, status=error.status),
            detail=error.detail,
            retryable=True,
        )
    return BlueskyAuthError(
        SIGN_IN_REFUSED.format(host=host, status=error.status, said=error.said or NO_REASON),
        detail=error.detail,
    )


def _identifier(handle: str, service: str) -> str:
    """The handle as createSession wants it: no @, lower case, and ``name`` → ``name.bsky.social`` there."""
    text = handle.strip().lstrip("@").strip()
    if (
        text
        and "." not in text
        and "@" not in text
        and not text.startswith("did:")
        and service == DEFAULT_SERVICE
    ):
        text = f"{text}.bsky.social"
    return text.lower() if not text.startswith("did:") else text


def connect_bluesky(
    accounts: Accounts,
    secrets: SecretStore,
    session: requests.Session,
    handle: str,
    app_password: Secret | str,
    *,
    service_url: str = DEFAULT_SERVICE,
) -> AccountView:
    """Sign in with an app password, check it is one, store it and the session, and return the account.

    Raises BlueskyAuthError (or CredentialsUnavailable when there is no keyring), both with a one-sentence
    ``user_message``. Connecting an account that is already connected (same DID) reconnects it.
    """
    status = secrets.status()
    if not status.available:
        raise CredentialsUnavailable(status.reason, status.message, backend=status.backend)
    service = normalise_service_url(service_url)
    identifier = _identifier(handle, service)
    if not identifier:
        raise BlueskyAuthError(
            QT_TRANSLATE_NOOP(
                "core.networks", "Enter the account's Bluesky handle, like yourcouncil.bsky.social."
            )
        )
    password = Secret(app_password)
    del app_password
    if not password.reveal().strip():
        raise BlueskyAuthError(
            QT_TRANSLATE_NOOP(
                "core.networks",
                "Paste the account's app password, which looks like xxxx-xxxx-xxxx-xxxx; make one in Bluesky "
                "under Settings → Privacy and security → App passwords.",
            )
        )
    if not APP_PASSWORD.match(password.reveal().strip()):
        raise BlueskyAuthError(
            APP_PASSWORD_MESSAGE, detail="password does not match the app-password pattern"
        )
    password = Secret(password.reveal().strip())
    xrpc = Xrpc(session, service)
    try:
        tokens = create_session(xrpc, identifier, password)
    except XrpcError as error:
        raise _connect_message(error, service) from None
    if jwt_claims(tokens.access).get("scope") == _MAIN_PASSWORD_SCOPE:
        try:
            xrpc.call("com.atproto.server.deleteSession", method="POST", token=tokens.refresh)
        except XrpcError as error:
            log.info("Could not end the main-password session: %s", error.detail)
        raise BlueskyAuthError(APP_PASSWORD_MESSAGE, detail="session scope is com.atproto.access")
    display_name = _display_name(xrpc, tokens)
    account = saving.save_account(
        accounts,
        secrets,
        network=NETWORK,
        info=AccountInfo(remote_id=tokens.did, handle=f"@{tokens.handle}", display_name=display_name),
        auth_kind=AUTH_KIND,
        # The app password first: with it, every other secret can be made again.
        values={APP_PASSWORD_SECRET: password, REFRESH_SECRET: tokens.refresh, ACCESS_SECRET: tokens.access},
        service_url=service,
    )
    _remember_access(secrets, account.key, tokens.access)
    log.info("Bluesky account @%s connected (%s on %s)", tokens.handle, tokens.did, service)
    return account


def _display_name(xrpc: Xrpc, tokens: SessionTokens) -> str:
    """The profile's display name, or "" (a council's own server may not serve app.bsky at all)."""
    try:
        answer = xrpc.call("app.bsky.actor.getProfile", params={"actor": tokens.did}, token=tokens.access)
    except XrpcError as error:
        log.info("No Bluesky profile for %s: %s", tokens.did, error.detail)
        return ""
    name = answer.get("displayName")
    return name.strip() if isinstance(name, str) else ""
