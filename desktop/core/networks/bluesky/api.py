"""Bluesky's wire: XRPC calls over the app's own session, and what their failures mean.

Why not the atproto SDK's ``Client``: it talks through its own ``httpx`` client, so it would bypass the
app's one HTTP stack (the organisation's proxy and PAC file, the OS certificate store through
truststore, Crier's timeouts and User-Agent), which is how council networks reach anything at all; its
errors also lose what the outbox needs (409, 413 and 502 all arrive as one ``NetworkError``). So the few
XRPC calls are made here over the app's ``requests.Session``; every failure is classified once into a
``PublishError`` (``_classify``). Record keys (TIDs) and strong references are made here too.
"""

from __future__ import annotations

import json
import logging
import re
import secrets as random_secrets
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3.exceptions
from atproto_core.uri import AtUri

from desktop.core.accounts import AccountView
from desktop.core.credentials import Secret
from desktop.core.errors import CrierError
from desktop.core.net import (
    NetProblem,
    classify_exception,
    is_loopback_host,
    may_have_been_sent,
)
from desktop.core.networks.bluesky.descriptor import BLUESKY
from desktop.core.networks.failures import server_trouble
from desktop.core.networks.publishing import ErrorKind, PublishError, reset_time, wait_until_error
from desktop.core.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


NETWORK = "bluesky"
AUTH_KIND = "app_password"
DEFAULT_SERVICE = BLUESKY.api_base
POST_COLLECTION = "app.bsky.feed.post"
POST_URL = "https://bsky.app/profile/{handle}/post/{rkey}"

APP_PASSWORD_SECRET = "app_password"
REFRESH_SECRET = "refresh_jwt"
ACCESS_SECRET = "access_jwt"
SECRET_NAMES = (APP_PASSWORD_SECRET, REFRESH_SECRET, ACCESS_SECRET)

MAX_GRAPHEMES = 300
MAX_TEXT_BYTES = 3000
MAX_IMAGES = 4
MAX_IMAGE_BYTES = 1_000_000  # app.bsky.embed.images#image: maxSize
MAX_IMAGE_SIDE = 2000  # what the Bluesky app scales images down to
MAX_ALT_CHARS = 2000  # the Bluesky app's alt text limit
MAX_LANGS = 3
DEFAULT_WAIT = timedelta(minutes=5)  # a 429 without a ratelimit-reset header
REFRESH_MARGIN = 60.0  # renew an access token this many seconds before it expires
DID_TTL = 600.0  # how long a mentioned handle's DID is trusted within one sync run

APP_PASSWORD = re.compile(r"^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$", re.IGNORECASE)
APP_PASSWORD_MESSAGE = QT_TRANSLATE_NOOP(
    "core.networks",
    "That looks like your main Bluesky password, which Crier never stores: make an app password in "
    "Bluesky (Settings → Privacy and security → App passwords → Add App Password) and paste that "
    "instead; it looks like xxxx-xxxx-xxxx-xxxx.",
)
_MAIN_PASSWORD_SCOPE = "com.atproto.access"
_LANGUAGE = re.compile(r"^(?:[a-z]{2,3}(?:-[a-z0-9]{1,8})*|i-[a-z0-9]{1,8})$", re.IGNORECASE)
_TID = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")
_CID = re.compile(r"^[A-Za-z0-9+]{8,}$")
_DID = re.compile(r"^did:[a-z]+:[a-zA-Z0-9._:%-]+$")
_AUTH_ERRORS = frozenset({"ExpiredToken", "InvalidToken", "AuthenticationRequired", "AuthMissing"})
_TS32 = "234567abcdefghijklmnopqrstuvwxyz"


# --------------------------------------------------------------------------------------------------
# Errors


class BlueskyAuthError(CrierError):
    """Connecting an account failed; ``user_message`` is one plain sentence and never holds a secret."""

    def __init__(self, user_message: str, *, detail: str = "", retryable: bool = False) -> None:
        super().__init__(user_message, detail=detail)
        self.retryable = retryable  # the network or the server, not the credentials: try again later

    def __repr__(self) -> str:
        return f"BlueskyAuthError({self.user_message!r})"


class XrpcError(Exception):
    """One XRPC call that did not succeed: an error answer, an unreadable answer, or no answer at all."""

    def __init__(
        self,
        nsid: str,
        *,
        status: int = 0,
        error: str = "",
        message: str = "",
        headers: Mapping[str, str] | None = None,
        problem: NetProblem | None = None,
        maybe_sent: bool = False,
        unreadable: str = "",
    ) -> None:
        self.nsid = nsid
        self.status = status
        self.error = error
        self.message = message
        self.headers = {k.lower(): v for k, v in (headers or {}).items()}
        self.problem = problem  # set when there was no answer (network trouble)
        self.maybe_sent = maybe_sent  # no answer, and the request may have reached the server
        self.unreadable = unreadable  # set when the answer wasn't XRPC JSON (a proxy's page, garbage)
        super().__init__(self.detail)

    @property
    def detail(self) -> str:
        """For the log: what happened, in technical terms, never a token or password."""
        if self.problem is not None:
            return f"{self.nsid}: no answer ({self.problem.detail})"
        if self.unreadable:
            return f"{self.nsid}: HTTP {self.status}, unreadable answer ({self.unreadable})"
        return f"{self.nsid}: HTTP {self.status} {self.error} {self.message}".strip()

    @property
    def is_auth_failure(self) -> bool:
        """The server refused the token (expired, revoked, malformed) rather than the request."""
        if self.problem is not None or self.unreadable:
            return False
        if self.status == 401:
            return self.error not in ("AccountTakedown", "AuthFactorTokenRequired")
        return self.status == 400 and self.error in _AUTH_ERRORS

    @property
    def said(self) -> str:
        """The server's own words, as one sentence, for messages."""
        text = self.message.strip() or self.error
        return f"{text.rstrip('.')}." if text else ""


# --------------------------------------------------------------------------------------------------
# XRPC over the app's session


def normalise_service_url(value: str | None) -> str:
    """``https://host[:port]`` for a service address as typed; plain http only for this computer."""
    text = (value or "").strip() or DEFAULT_SERVICE
    if "://" not in text:
        text = f"https://{text}"
    parts = urlsplit(text)
    host = parts.hostname
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that isn't a number
    except ValueError:
        host = None
    if parts.scheme not in ("http", "https") or not host or parts.query or parts.fragment:
        raise BlueskyAuthError(
            f"{value!r} isn't a server address Crier can use: leave it empty for bsky.social, or give "
            "the council's own server as https://host.",
        )
    if parts.path.strip("/") not in ("", "xrpc"):
        raise BlueskyAuthError(
            f"The server address {value!r} should be just the server, like https://bsky.social, "
            "without a path after it.",
        )
    if parts.scheme == "http" and not is_loopback_host(host):
        raise BlueskyAuthError(
            f"The server address {value!r} must start with https:// so the app password is never sent "
            "unencrypted.",
        )
    return f"{parts.scheme}://{parts.netloc}".lower()


class Xrpc:
    """XRPC calls (``/xrpc/<nsid>``) through the app's session: JSON in, JSON out, failures as XrpcError."""

    def __init__(self, session: requests.Session, service_url: str) -> None:
        self.session = session
        self.base = f"{service_url.rstrip('/')}/xrpc/"

    def call(
        self,
        nsid: str,
        *,
        method: str = "GET",
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        data: bytes | None = None,
        content_type: str = "",
        token: Secret | None = None,
    ) -> dict[str, Any]:
        """One call; raises XrpcError for anything but a 2xx answer with a JSON object in it."""
        headers = {"Accept": "application/json"}
        if token is not None:
            headers["Authorization"] = f"Bearer {token.reveal()}"
        if body is not None:
            data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            content_type = "application/json"
        if content_type:
            headers["Content-Type"] = content_type
        try:
            # XRPC never redirects: a 3xx is a captive portal or a misconfigured proxy, and following it
            # could carry the token to another host.
            response = self.session.request(
                method, self.base + nsid, params=params, data=data, headers=headers, allow_redirects=False
            )
        except (requests.RequestException, OSError, urllib3.exceptions.HTTPError) as exc:
            problem = classify_exception(exc)
            raise XrpcError(nsid, problem=problem, maybe_sent=may_have_been_sent(exc)) from None
        return _read_answer(nsid, response)


def _read_answer(nsid: str, response: requests.Response) -> dict[str, Any]:
    status = response.status_code
    media = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    payload: Any = None
    problem = ""
    if media == "application/json" or media.endswith("+json"):
        try:
            payload = json.loads(response.content)
        except ValueError:  # includes UnicodeDecodeError
            problem = "invalid JSON"
    else:
        problem = f"content type {media or 'missing'}"
    if 200 <= status < 300:
        if problem or not isinstance(payload, dict):
            raise XrpcError(
                nsid, status=status, headers=response.headers, unreadable=problem or "not an object"
            )
        return payload
    error = message = ""
    if isinstance(payload, dict):
        error = str(payload.get("error") or "")
        message = str(payload.get("message") or "")
    unreadable = "" if isinstance(payload, dict) else (problem or "not an object")
    raise XrpcError(
        nsid, status=status, error=error, message=message, headers=response.headers, unreadable=unreadable
    )


# --------------------------------------------------------------------------------------------------
# Classification


def _classify(error: XrpcError, account: AccountView, doing: str, *, write: bool = False) -> PublishError:
    """The one place a failed XRPC call becomes a PublishError kind, in the user's words."""
    handle = account.handle
    detail = f"{doing}: {error.detail}"
    if error.problem is not None:
        if not error.problem.retry_may_help:  # a proxy sign-in, an untrusted certificate, a redirect
            return PublishError(
                ErrorKind.NEEDS_ATTENTION,
                error.problem.message,
                ambiguous=write and error.maybe_sent,
                detail=detail,
            )
        return PublishError(
            ErrorKind.RETRY_LATER, error.problem.message, ambiguous=write and error.maybe_sent, detail=detail
        )
    status = error.status
    if status == 429:
        retry_at = rate_limit_reset(error.headers)
        return wait_until_error(
            QT_TRANSLATE_NOOP(
                "core.networks", "Bluesky's limit on how much {handle} can do has been reached."
            ).format(handle=handle),
            retry_at,
            detail=detail,
        )
    trouble = server_trouble(status, "Bluesky", write=write, detail=detail)
    if trouble is not None:
        return trouble
    if error.unreadable:
        return _unreadable(error, write=write, doing=doing)
    if error.is_auth_failure:
        return PublishError(
            ErrorKind.NEEDS_SIGN_IN,
            QT_TRANSLATE_NOOP(
                "core.networks",
                "Bluesky no longer accepts Crier's sign-in for {handle}. "
                "Connect the account again in Accounts; its posts will wait until then.",
            ).format(handle=handle),
            detail=detail,
        )
    if status == 401:
        return PublishError(
            ErrorKind.NEEDS_SIGN_IN,
            QT_TRANSLATE_NOOP(
                "core.networks",
                "Bluesky refused the sign-in for {handle}. {said} Connect the account again in Accounts.",
            ).format(handle=handle, said=error.said),
            detail=detail,
        )
    if status == 413 or error.error in ("BlobTooLarge", "InvalidMimeType"):
        return PublishError(
            ErrorKind.NEEDS_EDITING,
            QT_TRANSLATE_NOOP(
                "core.networks",
                "Bluesky refused an image of this post. Bluesky said: {said} "
                "Change or remove the image, then send the post again.",
            ).format(said=error.said or QT_TRANSLATE_NOOP("core.networks", "the image is too large.")),
            detail=detail,
        )
    if status == 400:
        return PublishError(
            ErrorKind.NEEDS_EDITING,
            QT_TRANSLATE_NOOP(
                "core.networks",
                "Bluesky refused this post. Bluesky said: {said} Edit it, then send it again.",
            ).format(said=error.said or QT_TRANSLATE_NOOP("core.networks", "the request was invalid.")),
            detail=detail,
        )
    if status == 403:
        return PublishError(
            ErrorKind.NEEDS_ATTENTION,
            QT_TRANSLATE_NOOP(
                "core.networks",
                "Bluesky didn't allow this for {handle} (403). Bluesky said: {said} Check "
                "the account on Bluesky, then send the post again.",
            ).format(handle=handle, said=error.said or QT_TRANSLATE_NOOP("core.networks", "forbidden.")),
            detail=detail,
        )
    return PublishError(
        ErrorKind.NEEDS_ATTENTION,
        QT_TRANSLATE_NOOP(
            "core.networks",
            "Bluesky answered in a way Crier didn't expect ({status}). "
            "Bluesky said: {said} Try again; if it keeps happening, send the log file to IT.",
        ).format(status=status, said=error.said or QT_TRANSLATE_NOOP("core.networks", "nothing more.")),
        detail=detail,
    )


def _unreadable(error: XrpcError, *, write: bool = False, doing: str = "") -> PublishError:
    return PublishError(
        ErrorKind.RETRY_LATER,
        QT_TRANSLATE_NOOP(
            "core.networks",
            "The Bluesky server answered with something Crier couldn't read (perhaps a network sign-in page "
            "or a proxy's error). Crier will try again; if it keeps happening, check the server address in "
            "Accounts or ask IT.",
        ),
        ambiguous=write,
        detail=f"{doing}: {error.detail}" if doing else error.detail,
    )


def rate_limit_reset(headers: Mapping[str, str], *, now: float | None = None) -> datetime:
    """When to try again after a 429, as naive UTC: ``ratelimit-reset`` (unix seconds), else Retry-After."""
    lowered = {str(k).lower(): str(v) for k, v in headers.items()}
    current = time.time() if now is None else now
    when: float | None = None
    try:
        when = float(lowered["ratelimit-reset"])
    except (KeyError, ValueError):
        try:
            when = current + float(lowered["retry-after"])
        except (KeyError, ValueError):
            when = None
    return reset_time(current + DEFAULT_WAIT.total_seconds() if when is None else when, current, DEFAULT_WAIT)


# --------------------------------------------------------------------------------------------------
# Record keys and references


class _TidClock:
    """Timestamp identifiers: 53 bits of microseconds since 1970 and a 10-bit clock id, base32-sortable.

    Strictly increasing within the process, so two parts prepared in the same microsecond still differ;
    the random clock id keeps two computers (or two Criers) from picking the same key.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last = 0
        self.clock_id = random_secrets.randbelow(1024)

    def next(self, now: float | None = None) -> str:
        micros = int((time.time() if now is None else now) * 1_000_000)
        with self._lock:
            micros = max(micros, self._last + 1)
            self._last = micros
        return encode_tid(micros, self.clock_id)


def encode_tid(micros: int, clock_id: int) -> str:
    value = ((micros & ((1 << 53) - 1)) << 10) | (clock_id & 1023)
    return "".join(_TS32[(value >> (5 * shift)) & 31] for shift in range(12, -1, -1))


_TIDS = _TidClock()


@dataclass(frozen=True, slots=True)
class StrongRef:
    uri: str
    cid: str

    @property
    def remote_id(self) -> str:
        return f"{self.uri}|{self.cid}"

    def as_json(self) -> dict[str, str]:
        return {"uri": self.uri, "cid": self.cid}

    @classmethod
    def parse(cls, remote_id: str) -> tuple[str, str]:
        """(uri, cid) from a remote id; cid is "" for a bare at-uri."""
        uri, _, cid = remote_id.partition("|")
        return uri, cid


def _post_rkey(uri: str) -> str:
    try:
        parsed = AtUri.from_str(uri)
    except Exception:  # the SDK raises its own InvalidAtUriError; any failure means "not a post uri"
        return ""
    return parsed.rkey if parsed.collection == POST_COLLECTION else ""


def _utc_iso(now: float) -> str:
    """``createdAt`` as the Bluesky app writes it: UTC with milliseconds and a Z."""
    moment = datetime.fromtimestamp(now, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def langs_for(language: str) -> list[str]:
    """``"en"`` → ["en"], ``"en,cy"`` → ["en", "cy"]; anything that isn't a language tag is left out."""
    found: list[str] = []
    for piece in re.split(r"[,;\s]+", language or ""):
        tag = piece.strip()
        if tag and _LANGUAGE.match(tag) and tag not in found:
            found.append(tag)
    return found[:MAX_LANGS]
