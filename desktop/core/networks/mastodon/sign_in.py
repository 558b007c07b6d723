"""Connecting a Mastodon account: a pasted access token, or a browser sign-in; and signing out.

The browser sign-in registers Crier with the instance and waits on the loopback listener
(``networks.loopback``); a browser sign-in's token is revoked at the instance on sign-out.
"""

from __future__ import annotations

import logging
import secrets as random_secrets
import webbrowser
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests
from mastodon import Mastodon, MastodonError, MastodonRatelimitError

from desktop.core.accounts import Accounts, AccountView
from desktop.core.credentials import CredentialsUnavailable, Secret, SecretStore
from desktop.core.net import USER_AGENT, classify_exception, exception_chain, redact
from desktop.core.networks import saving
from desktop.core.networks.loopback import (
    CALLBACK_WAIT,
    Answer,
    BrowserSignIn,
    Listener,
    code_answer,
    show_in_browser,
)
from desktop.core.networks.mastodon.api import (
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
from desktop.core.networks.publishing import AccountInfo
from desktop.core.translatable import QT_TRANSLATE_NOOP

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
            QT_TRANSLATE_NOOP(
                "core.networks",
                "The Mastodon server {host} is limiting how often Crier can ask it things. Wait a few "
                "minutes, then try again.",
            ).format(host=host),
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
            QT_TRANSLATE_NOOP(
                "core.networks",
                "The Mastodon server {host} had a problem on its side ({status}). Try again in a few "
                "minutes.",
            ).format(host=host, status=status),
            detail=f"{detail} {status}",
        )
    return MastodonSignInError(
        SignInProblem.NOT_MASTODON,
        QT_TRANSLATE_NOOP(
            "core.networks",
            "The server at {host} didn't answer the way a Mastodon server does. Check the server address "
            "and try again.",
        ).format(host=host),
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
            rejected=QT_TRANSLATE_NOOP(
                "core.networks",
                "The Mastodon server {host} didn't accept this access token. Check that you copied all of "
                "it, that it was made on {host}, and that it allows reading the account (read:accounts).",
            ).format(host=host),
        ) from None
    remote_id = _id(me)
    username = str(me.get("username") or "") if isinstance(me, Mapping) else ""
    if not remote_id or not username:
        raise MastodonSignInError(
            SignInProblem.NOT_MASTODON,
            QT_TRANSLATE_NOOP(
                "core.networks",
                "The server at {host} didn't answer the way a Mastodon server does. Check the server "
                "address and try again.",
            ).format(host=host),
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
    try:
        account = saving.save_account(
            accounts,
            secrets,
            network=NETWORK,
            info=info,
            auth_kind=auth_kind,
            values=values,
            service_url=base_url,
            same_server=True,
            settings=lambda old: {**old, **instance.settings()},
        )
    except CredentialsUnavailable as exc:
        raise MastodonSignInError(SignInProblem.KEYRING, exc.user_message, detail=exc.detail) from None
    log.info("Mastodon account %s connected (%s)", info.handle, auth_kind)
    return account


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
            QT_TRANSLATE_NOOP(
                "core.networks",
                "The access token is empty. Copy it from Preferences → Development on your Mastodon server.",
            ),
        )
    token = Secret(token.reveal().strip())
    _require_keyring(secrets)
    info, limits = verify_token(session, base_url, token)
    return save_account(accounts, secrets, base_url, info, limits, {"access_token": token}, auth_kind=TOKEN)


# -- the browser sign-in ---------------------------------------------------------------------------


def _judge(host: str) -> Callable[[dict[str, str]], Answer]:
    """How the instance's answer at the callback is read: the code, or why there is none."""
    return lambda params: code_answer(
        params,
        who=host,
        error=MastodonSignInError,
        denied=QT_TRANSLATE_NOOP(
            "core.networks",
            "You didn't give Crier permission on {host}, so the account wasn't connected. To connect it, "
            'start again and choose "Authorize".',
        ).format(host=host),
        refused=lambda said: QT_TRANSLATE_NOOP(
            "core.networks",
            "The Mastodon server {host} didn't complete the sign-in (it said: {said}). Start again.",
        ).format(host=host, said=said),
    )


@dataclass(frozen=True)
class OAuthResult:
    access_token: Secret
    client_id: Secret
    client_secret: Secret


class MastodonSignIn(BrowserSignIn):
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
        self._listener = Listener(
            network="Mastodon",
            who=self.host,
            judge=_judge(self.host),
            error=MastodonSignInError,
            state=random_secrets.token_urlsafe(24),
            port=port,
        )
        self._api: Mastodon | None = None
        self.redirect_uri = ""
        self.url = ""

    def start(self) -> str:
        """Listen on 127.0.0.1, register the app with the instance, and return the URL to open."""
        self.redirect_uri = self._listener.start()
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
                state=self._listener.state,
                allow_http=self._allow_http,
            )
        except Exception as exc:  # Mastodon.py's errors, or an answer without client credentials
            self.close()
            raise _sign_in_error(
                exc,
                self.host,
                "register app",
                rejected=QT_TRANSLATE_NOOP(
                    "core.networks",
                    "The Mastodon server {host} didn't let Crier register for signing in. Paste an access "
                    "token instead (Preferences → Development on your Mastodon server).",
                ).format(host=self.host),
            ) from None
        self._api = api
        return self.url

    def wait(self, timeout: float = CALLBACK_WAIT) -> OAuthResult:
        """Block until the browser comes back (or ``timeout``), then exchange the code for a token."""
        api = self._api
        if api is None:
            raise RuntimeError("start() the sign-in before waiting for it")
        params = self._listener.wait(timeout, cancelled="Connecting the Mastodon account was cancelled.")
        try:
            token = api.log_in(
                code=params["code"],
                redirect_uri=self.redirect_uri,
                scopes=self._scopes,
                allow_http=self._allow_http,
            )
        except Exception as exc:  # log_in wraps every failure; the cause is in the chain
            raise _sign_in_error(
                exc,
                self.host,
                "POST /oauth/token",
                rejected=QT_TRANSLATE_NOOP(
                    "core.networks",
                    "The Mastodon server {host} didn't accept the sign-in, so the account wasn't connected. "
                    "Start again; the sign-in code is only valid for a short time.",
                ).format(host=self.host),
            ) from None
        if not isinstance(token, str) or not token:
            raise MastodonSignInError(
                SignInProblem.REJECTED,
                QT_TRANSLATE_NOOP(
                    "core.networks", "The answer from {host} to the sign-in had no access token. Try again."
                ).format(host=self.host),
            )
        return OAuthResult(Secret(token), Secret(str(api.client_id)), Secret(str(api.client_secret)))


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
        show_in_browser(url, "Mastodon", open_browser=open_browser, on_url=on_url)
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
                api.revoke_access_token(allow_http=(api.api_base_url or "").startswith("http://"))
                revoked = True
        except (CredentialsUnavailable, MastodonSignInError, MastodonError) as exc:
            log.info("Could not revoke the Mastodon token of %s: %s", account.handle, type(exc).__name__)
    secrets.delete_all(account.key, account.secret_names)
    accounts.remove(account.id)
    return revoked
