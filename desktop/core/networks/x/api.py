"""X's wire for signing in: where X's pages and endpoints are, tweepy on the app's session, and errors.

Failures come back as :class:`XAuthError` with a sentence the user can act on.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests
import tweepy

from desktop.core.credentials import Secret
from desktop.core.net import (
    PROXY_AUTH_MESSAGE,
    X_API_BASE,
    NetConfig,
    classify_exception,
    is_loopback_host,
    mount_on,
)
from desktop.core.networks.loopback import SignInError, SignInProblem
from desktop.core.networks.publishing import AccountInfo
from desktop.core.translatable import QT_TRANSLATE_NOOP

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

OAUTH2 = "oauth2"
OAUTH1 = "oauth1"
OAUTH2_SECRETS = ("access_token", "access_token_expires_at", "refresh_token")
OAUTH1_SECRETS = ("consumer_key", "consumer_secret", "access_token", "access_token_secret")

#: Refresh when less than this is left of the access token's two hours, so a post never races expiry.
REFRESH_MARGIN = 300.0

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


XAuthProblem = SignInProblem


class XAuthError(SignInError):
    """A sign-in problem with X; ``user_message`` is one plain sentence (or two), never a secret."""

    @property
    def retry_may_help(self) -> bool:
        return self.problem in (XAuthProblem.NETWORK, XAuthProblem.RATE_LIMITED)


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
            incomplete = (
                QT_TRANSLATE_NOOP(
                    "core.x",
                    "The X keys are incomplete: {missing} is missing. Copy all four values from the X "
                    "developer portal and try again.",
                )
                if len(missing) == 1
                else QT_TRANSLATE_NOOP(
                    "core.x",
                    "The X keys are incomplete: {missing} are missing. Copy all four values from the X "
                    "developer portal and try again.",
                )
            )
            raise XAuthError(XAuthProblem.INVALID_INPUT, incomplete.format(missing=", ".join(missing)))
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
            QT_TRANSLATE_NOOP(
                "core.x", "The X sign-in address {address} ({variable}) must start with https://."
            ).format(address=repr(explicit), variable=AUTHORIZE_BASE_ENV),
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
            QT_TRANSLATE_NOOP(
                "core.x",
                "X is limiting how often Crier can ask right now. Wait about 15 minutes and try again.",
            ),
            detail=detail,
        )
    if status in (402, 403):
        refused = (
            QT_TRANSLATE_NOOP(
                "core.x",
                "X refused the request ({status}). X said: {said} Ask whoever manages the council's X "
                "developer app to check its access.",
            )
            if said
            else QT_TRANSLATE_NOOP(
                "core.x",
                "X refused the request ({status}). Ask whoever manages the council's X developer app to "
                "check its access.",
            )
        )
        return XAuthError(XAuthProblem.FORBIDDEN, refused.format(status=status, said=said), detail=detail)
    if status >= 500:
        return XAuthError(
            XAuthProblem.NETWORK,
            QT_TRANSLATE_NOOP(
                "core.x", "X had a problem on its side ({status}). Try again in a few minutes."
            ).format(status=status),
            detail=detail,
        )
    if said:
        rejected = QT_TRANSLATE_NOOP("core.x", "{rejected} X said: {said}").format(
            rejected=rejected, said=said
        )
    return XAuthError(XAuthProblem.REJECTED, rejected, detail=detail)


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
        rejected = QT_TRANSLATE_NOOP(
            "core.x",
            "X rejected these keys. Check that you copied all four from the X developer portal, that the "
            "access token and secret were made for the same app as the consumer key, and that they "
            "haven't been regenerated since.",
        )
    else:
        rejected = QT_TRANSLATE_NOOP("core.x", "X didn't accept this sign-in. Connect the account again.")
    try:
        response = client.get_me(user_auth=user_auth)
    except Exception as exc:  # tweepy raises HTTPException or wraps requests' errors
        raise _from_tweepy(exc, "GET /2/users/me", rejected=rejected) from None
    user = response.data
    if user is None:
        raise XAuthError(XAuthProblem.REJECTED, rejected, detail="GET /2/users/me: no data")
    return AccountInfo(remote_id=str(user.id), handle=f"@{user.username}", display_name=str(user.name or ""))
