"""Posting to Bluesky (the AT Protocol) with an app password, over the app's own HTTP session.

Exactly once on Bluesky: a post is a record in the account's repository, and its record key (a TID) is
chosen by ``prepare()`` and committed by the engine before the first request, together with the
record's ``createdAt``. Every attempt sends ``com.atproto.repo.createRecord`` with that same ``rkey``, so
the repository itself refuses a second copy: one rkey holds one record. Whether an earlier attempt
landed is then read back, never guessed, with ``com.atproto.repo.getRecord`` on that rkey:

* after an ambiguous failure (a timeout, a dropped connection, an answer lost after the write) or a crash
  mid-request, the engine calls ``find_landed()``, which reads the rkey back: a record there with this
  part's text and reply parent is the post; an empty rkey means it did not land and may be sent;
* a retry that meets the existing record is refused ("RecordAlreadyExists" as 400 or 409 from newer
  servers, "There is already a value at key" as 400, a bare 500 from bsky.social today); ``publish()``
  then reads the rkey back and returns the record that is there. Any 5xx or unreadable answer to
  createRecord is settled the same way, in the same attempt;
* a record at our rkey with other text is never overwritten or posted around: it goes to a person
  (``NEEDS_ATTENTION``).

A thread is a chain of replies: each part's remote id is ``"<at-uri>|<cid>"``, so the next part builds
its ``root`` and ``parent`` strong references without asking the server; the web link is
``https://bsky.app/profile/<handle>/post/<rkey>``. Images are re-encoded to Bluesky's limits and uploaded
with ``uploadBlob``; an upload the server discarded before the post went out is uploaded again.

Why not the atproto SDK's ``Client``: it talks through its own ``httpx`` client, so it would bypass the
app's one HTTP stack (the organisation's proxy and PAC file, the OS certificate store through
truststore, Crier's timeouts and User-Agent), which is how council networks reach anything at all; a
replacement ``Request`` class would have to copy the SDK's private, httpx-shaped internals. Its errors
also lose what the outbox needs: 409, 413 and 502 all arrive as one ``NetworkError``. So the few XRPC
calls are made here over the app's ``requests.Session``, and the atproto package provides what it is
good for: the official app's rich-text detection (see ``bluesky_richtext``) and at-uri parsing.

Sign-in: the handle (or DID) and an app password (``xxxx-xxxx-xxxx-xxxx``; anything else is taken for the
main password and refused before it leaves the computer, and a session whose scope shows the main
password is ended at once). The app password, the refresh token and the access token are kept in the
keyring, one entry each. An access token the server refuses (or that has expired by its ``exp``) is
renewed with ``refreshSession``; a refused refresh token (revoked, rotated by another Crier, expired)
falls back to a new session made with the app password; when that is refused the account needs signing
in again (``NEEDS_SIGN_IN``). New tokens are written to the keyring before they are used, renewals of
one account take turns within a process, and a renewal first looks in the keyring for tokens another
worker already renewed. Within one sync run the access token and mentioned handles' DIDs are
remembered, so a run of posts reads the keyring and resolves each handle once.

Nothing here sleeps or retries on its own: every failure is classified once into a ``PublishError``.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import io
import json
import logging
import re
import secrets as random_secrets
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar
from urllib.parse import urlsplit

import requests
import urllib3.exceptions
from atproto_core.uri import AtUri

from desktop.core.accounts import Accounts, AccountStatus, AccountView
from desktop.core.credentials import CredentialsUnavailable, Secret, SecretStore
from desktop.core.net import (
    PROXY_AUTH_MESSAGE,
    NetProblem,
    classify_exception,
    is_loopback_host,
    may_have_been_sent,
)
from desktop.core.networks.bluesky.richtext import (
    grapheme_count,
    mention_handles,
    rich_text,
    shorten_links,
)
from desktop.core.networks.publishing import (
    AccountInfo,
    ErrorKind,
    Limits,
    MediaItem,
    PartRequest,
    Published,
    PublishError,
)
from desktop.core.networks.registry import PublisherContext

log = logging.getLogger(__name__)

NETWORK = "bluesky"
AUTH_KIND = "app_password"
DEFAULT_SERVICE = "https://bsky.social"
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
APP_PASSWORD_MESSAGE = (
    "That looks like your main Bluesky password, which Crier never stores: make an app password in "
    "Bluesky (Settings → Privacy and security → App passwords → Add App Password) and paste that "
    "instead; it looks like xxxx-xxxx-xxxx-xxxx."
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


class BlueskyAuthError(Exception):
    """Connecting an account failed; ``user_message`` is one plain sentence and never holds a secret."""

    def __init__(self, user_message: str, *, detail: str = "", retryable: bool = False) -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.detail = detail
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
            raise self._sign_in_again("Crier has no app password for it", "no app password in the keyring")
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
            raise self._sign_in_again("Crier has no app password for it", "no app password in the keyring")
        identifier = self.account.remote_id or self.account.handle.lstrip("@")
        try:
            tokens = create_session(self._xrpc, identifier, password)
        except XrpcError as error:
            if error.status == 401 and error.error == "AccountTakedown":
                raise PublishError(
                    ErrorKind.NEEDS_SIGN_IN,
                    f"Bluesky has suspended {self.account.handle}, so Crier can't post to it. Check the "
                    "account's email from Bluesky; its posts will wait in the outbox.",
                    detail=error.detail,
                ) from None
            if error.status == 401 or (error.status == 400 and error.error in _AUTH_ERRORS):
                raise self._sign_in_again(
                    "Bluesky no longer accepts its app password (it may have been revoked)", error.detail
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
            f"Crier can't post to {self.account.handle} because {because}. Make a new app password in "
            "Bluesky (Settings → Privacy and security → App passwords) and connect the account again "
            "in Accounts; its posts will wait until then.",
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


# --------------------------------------------------------------------------------------------------
# Images


@dataclass(frozen=True, slots=True)
class PreparedImage:
    data: bytes
    mime_type: str
    width: int
    height: int


def prepare_image(
    data: bytes, *, name: str = "the image", limit: int = MAX_IMAGE_BYTES, max_side: int = MAX_IMAGE_SIDE
) -> PreparedImage:
    """Re-encode an image to fit Bluesky: at most ``max_side`` pixels a side and ``limit`` bytes.

    Like the Bluesky app, every image is re-encoded, which also drops its metadata (a phone photo's
    location). PNGs stay PNG when they fit (screenshots and posters keep sharp text); everything else,
    and PNGs that don't fit, become JPEG at falling quality, then smaller, until they fit. The same
    file always gives the same bytes, so uploading it again gives the same blob.
    """
    from PIL import Image, ImageOps

    try:
        with Image.open(io.BytesIO(data)) as opened:
            source_format = opened.format or ""
            opened.seek(0)  # an animated GIF or WebP: the first frame
            image = ImageOps.exif_transpose(opened)
            image.load()
        return _fit(image, source_format, name=name, limit=limit, max_side=max_side)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        # UnidentifiedImageError is an OSError; truncated or exotic files raise the others.
        raise PublishError(
            ErrorKind.NEEDS_EDITING,
            f"Crier can't read {name} as a picture. Save it as a JPEG or PNG, add it again, then send "
            "the post.",
            detail=f"Pillow: {type(exc).__name__}: {exc}",
        ) from None


def _fit(image: Any, source_format: str, *, name: str, limit: int, max_side: int) -> PreparedImage:
    from PIL import Image

    if max(image.size) > max_side:
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    if source_format == "PNG":
        encoded = _encode(image, "PNG")
        if len(encoded) <= limit:
            return PreparedImage(encoded, "image/png", *image.size)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    if has_alpha:
        rgba = image.convert("RGBA")
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        image = background
    elif image.mode != "RGB":
        image = image.convert("RGB")
    while True:
        for quality in (90, 82, 74, 66):
            encoded = _encode(image, "JPEG", quality=quality)
            if len(encoded) <= limit:
                return PreparedImage(encoded, "image/jpeg", *image.size)
        if max(image.size) <= 64:
            raise PublishError(
                ErrorKind.NEEDS_EDITING,
                f"{name} can't be made small enough for Bluesky. Use a different picture, then send the "
                "post.",
                detail=f"still {len(encoded)} bytes at {image.size}",
            )
        width, height = image.size
        image = image.resize((max(1, width * 3 // 4), max(1, height * 3 // 4)), Image.Resampling.LANCZOS)


def _encode(image: Any, kind: str, **options: Any) -> bytes:
    out = io.BytesIO()
    if kind == "JPEG":
        image.save(out, "JPEG", optimize=True, progressive=False, **options)
    else:
        image.save(out, kind, optimize=True, **options)
    return out.getvalue()


# --------------------------------------------------------------------------------------------------
# The publisher


class BlueskyPublisher:
    network: ClassVar[str] = NETWORK

    def __init__(
        self,
        account: AccountView,
        accounts: Accounts,
        secrets: SecretStore,
        session: requests.Session,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.account = account
        self._clock = clock
        try:
            service = normalise_service_url(account.service_url or DEFAULT_SERVICE)
        except BlueskyAuthError as exc:
            raise PublishError(ErrorKind.NEEDS_SIGN_IN, exc.user_message) from None
        self._session = session
        self._xrpc = Xrpc(session, service)
        self._keeper = SessionKeeper(account, accounts, secrets, self._xrpc, clock=clock)

    def __repr__(self) -> str:
        return f"BlueskyPublisher({self.account.handle!r})"

    @property
    def did(self) -> str:
        return self.account.remote_id

    # -- the Publisher protocol --------------------------------------------------------------------

    def verify(self) -> AccountInfo:
        try:
            answer = self._authed("checking the account", "com.atproto.server.getSession")
        except XrpcError as error:
            raise _classify(error, self.account, "checking the account") from None
        did, handle = answer.get("did"), answer.get("handle")
        if not (isinstance(did, str) and isinstance(handle, str)):
            raise _unreadable(XrpcError("com.atproto.server.getSession", status=200, unreadable="no did"))
        return AccountInfo(did, f"@{handle}", self.account.display_name)

    def limits(self) -> Limits:
        """Bluesky's limits; larger images are scaled down by ``upload_media``, not refused."""
        return Limits(
            chars=MAX_GRAPHEMES, url_length=None, max_images=MAX_IMAGES, max_image_bytes=MAX_IMAGE_BYTES
        )

    def prepare(self, part: PartRequest) -> Mapping[str, Any]:
        """The record key and timestamp every attempt of this part will use (committed before sending)."""
        now = self._clock()
        return {"rkey": _TIDS.next(now), "created_at": _utc_iso(now)}

    def upload_media(self, item: MediaItem) -> str:
        """Scale and re-encode the image, upload it as a blob; the id carries what the embed needs."""
        blob, image = self._upload(item)
        alt = item.alt_text.strip()[:MAX_ALT_CHARS]
        return json.dumps(
            {
                "blob": blob,
                "alt": alt,
                "w": image.width,
                "h": image.height,
                "path": str(item.path),
                "mime": item.mime_type,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    def publish(self, part: PartRequest) -> Published:
        rkey = str(part.idempotency.get("rkey") or "")
        if not _TID.match(rkey):
            raise PublishError(
                ErrorKind.NEEDS_ATTENTION,
                "Crier lost track of this post's record key, so it won't send it in case it's already on "
                "Bluesky. Check the account on Bluesky, then post it again as a new post.",
                detail=f"publish() without a prepared rkey: {rkey!r}",
            )
        _check_text(shorten_links(part.text))
        reply = self._reply_refs(part)
        media = [_media(media_id) for media_id in part.media_ids]
        record = self._record(part, reply, media)
        try:
            return self._create(part, rkey, record)
        except _BlobsMissing:
            log.info("Bluesky no longer has the images of post %s; uploading them again", part.post_id)
            media = [self._reupload(entry) for entry in media]
            record = self._record(part, reply, media)
            try:
                return self._create(part, rkey, record)
            except _BlobsMissing as missing:
                raise PublishError(
                    ErrorKind.NEEDS_ATTENTION,
                    "Bluesky didn't keep this post's images even after Crier uploaded them again. Try "
                    "sending it again later; if it keeps happening, send the log file to IT.",
                    detail=missing.detail,
                ) from None

    def find_landed(self, part: PartRequest) -> Published | None:
        """Read back the part's record key: the record there is the post; nothing there means not landed."""
        rkey = str(part.idempotency.get("rkey") or "")
        if not _TID.match(rkey):
            return None
        try:
            found = self._read_back(part, rkey)
        except XrpcError as error:
            raise _classify(error, self.account, "checking whether the post went out") from None
        if found is not None:
            log.info(
                "Post %s part %s was already on Bluesky as %s", part.post_id, part.index, found.remote_id
            )
        return found

    # -- creating ----------------------------------------------------------------------------------

    def _create(self, part: PartRequest, rkey: str, record: dict[str, Any]) -> Published:
        body = {"repo": self.did, "collection": POST_COLLECTION, "rkey": rkey, "record": record}
        try:
            answer = self._authed("posting", "com.atproto.repo.createRecord", method="POST", body=body)
        except XrpcError as error:
            if _blob_missing(error):
                raise _BlobsMissing(error.detail) from None
            if _already_exists(error) or error.status >= 500 or (error.unreadable and error.status):
                return self._settle(part, rkey, error)
            raise _classify(error, self.account, "posting", write=True) from None
        uri, cid = answer.get("uri"), answer.get("cid")
        if not (uri == self._own_uri(rkey) and isinstance(cid, str) and _CID.match(cid)):
            error = XrpcError("com.atproto.repo.createRecord", status=200, unreadable=f"uri/cid {uri!r}")
            return self._settle(part, rkey, error)
        return self._published(uri, cid, rkey)

    def _settle(self, part: PartRequest, rkey: str, error: XrpcError) -> Published:
        """After a "record exists", a 5xx or an unreadable answer to a create: the rkey says what happened."""
        try:
            found = self._read_back(part, rkey)
        except XrpcError as lookup:
            log.info(
                "Post %s: couldn't read back rkey %s after %s: %s", part.post_id, rkey, error.detail, lookup
            )
            found = None
        if found is not None:
            log.info(
                "Post %s part %s: %s; it is on Bluesky as %s",
                part.post_id,
                part.index,
                error.detail,
                found.remote_id,
            )
            return found
        problem = _classify(error, self.account, "posting", write=True)
        raise PublishError(
            ErrorKind.RETRY_LATER,
            problem.message,
            ambiguous=True,
            retry_at=problem.retry_at,
            detail=error.detail,
        )

    def _read_back(self, part: PartRequest, rkey: str) -> Published | None:
        """The record at our rkey, if any, checked to be this part (same text, same reply parent)."""
        params = {"repo": self.did, "collection": POST_COLLECTION, "rkey": rkey}
        try:
            answer = self._xrpc.call("com.atproto.repo.getRecord", params=params)
        except XrpcError as error:
            if error.status in (400, 404) and (
                error.error == "RecordNotFound" or "could not locate record" in error.message.lower()
            ):
                return None
            raise
        uri, cid, value = answer.get("uri"), answer.get("cid"), answer.get("value")
        if not (uri == self._own_uri(rkey) and isinstance(cid, str) and _CID.match(cid)):
            raise XrpcError("com.atproto.repo.getRecord", status=200, unreadable=f"uri/cid {uri!r:.120}")
        if not isinstance(value, dict):
            raise XrpcError("com.atproto.repo.getRecord", status=200, unreadable="no value")
        reply = value.get("reply")
        parent = reply.get("parent") if isinstance(reply, dict) else None
        parent_uri = parent.get("uri") if isinstance(parent, dict) else None
        expected_parent = StrongRef.parse(part.reply_to)[0] if part.reply_to else None
        if value.get("text") != shorten_links(part.text) or parent_uri != expected_parent:
            raise PublishError(
                ErrorKind.NEEDS_ATTENTION,
                f"{self.account.handle} already has a different post where Crier expected this one. Check "
                "the account on Bluesky; if this post isn't there, post it again as a new post.",
                detail=f"rkey {rkey} holds another record (text or reply parent differs)",
            )
        return self._published(uri, cid, rkey)

    def _own_uri(self, rkey: str) -> str:
        """The only at-uri an answer may give for this part: the account's own repo, a post, our rkey."""
        return f"at://{self.did}/{POST_COLLECTION}/{rkey}"

    def _published(self, uri: str, cid: str, rkey: str) -> Published:
        handle = self.account.handle.lstrip("@") or self.did
        return Published(StrongRef(uri, cid).remote_id, POST_URL.format(handle=handle, rkey=rkey))

    # -- building the record -----------------------------------------------------------------------

    def _record(
        self, part: PartRequest, reply: dict[str, Any] | None, media: list[dict[str, Any]]
    ) -> dict[str, Any]:
        created_at = str(part.idempotency.get("created_at") or _utc_iso(self._clock()))
        # Links shortened as the official app posts them; the facets keep the full addresses.
        text, facets = rich_text(part.text, self._resolve_all(part.text))
        record: dict[str, Any] = {"$type": POST_COLLECTION, "text": text, "createdAt": created_at}
        langs = langs_for(part.language)
        if langs:
            record["langs"] = langs
        if facets:
            record["facets"] = facets
        if reply is not None:
            record["reply"] = reply
        if media:
            images = []
            for entry in media:
                image: dict[str, Any] = {"image": entry["blob"], "alt": entry.get("alt", "")}
                if entry.get("w") and entry.get("h"):
                    image["aspectRatio"] = {"width": int(entry["w"]), "height": int(entry["h"])}
                images.append(image)
            record["embed"] = {"$type": "app.bsky.embed.images", "images": images}
        return record

    def _resolve_all(self, text: str) -> Callable[[str], str | None]:
        """Resolve every mentioned handle (each once per sync run) before the facets are built."""
        with _SEEN_GUARD:
            seen = _DIDS_SEEN.setdefault(self._session, {})
        now = time.monotonic()
        found: dict[str, str | None] = {}
        for handle in mention_handles(text):
            cached = seen.get((self._xrpc.base, handle))
            if cached is None or cached[1] < now:
                cached = (self._resolve(handle), now + DID_TTL)
                with _SEEN_GUARD:
                    seen[(self._xrpc.base, handle)] = cached
            found[handle] = cached[0]
        return found.get

    def _resolve(self, handle: str) -> str | None:
        """The DID behind a mentioned handle; None (plain text) when Bluesky doesn't know the handle."""
        try:
            answer = self._xrpc.call("com.atproto.identity.resolveHandle", params={"handle": handle})
        except XrpcError as error:
            if error.status == 400 and not error.unreadable:
                log.info("Mention @%s left as text: %s", handle, error.detail)
                return None
            raise _classify(error, self.account, "looking up a mentioned account") from None
        did = answer.get("did")
        return did if isinstance(did, str) and _DID.match(did) else None

    def _reply_refs(self, part: PartRequest) -> dict[str, Any] | None:
        if part.index == 0 and not part.reply_to:
            return None
        if not part.reply_to:
            raise PublishError(
                ErrorKind.NEEDS_ATTENTION,
                f"Part {part.index} of this thread has no link to Bluesky, so part {part.index + 1} can't "
                "be attached to it. Post the rest of the thread from Bluesky, then mark this post as done.",
                detail="thread parent id unknown",
            )
        parent = self._strong_ref(part.reply_to)
        root = self._strong_ref(part.root) if part.root and part.root != part.reply_to else parent
        return {"root": root.as_json(), "parent": parent.as_json()}

    def _strong_ref(self, remote_id: str) -> StrongRef:
        uri, cid = StrongRef.parse(remote_id)
        rkey = _post_rkey(uri)
        if not rkey:
            raise PublishError(
                ErrorKind.NEEDS_ATTENTION,
                "The earlier part of this thread isn't a Bluesky post Crier can reply to. Post the rest of "
                "the thread from Bluesky, then mark this post as done.",
                detail=f"bad remote id {remote_id!r}",
            )
        if cid:
            return StrongRef(uri, cid)
        repo = uri.removeprefix("at://").split("/", 1)[0]
        try:
            answer = self._xrpc.call(
                "com.atproto.repo.getRecord",
                params={"repo": repo, "collection": POST_COLLECTION, "rkey": rkey},
            )
        except XrpcError as error:
            raise _classify(error, self.account, "finding the earlier part of the thread") from None
        found = answer.get("cid")
        if not isinstance(found, str) or not _CID.match(found):
            raise _unreadable(XrpcError("com.atproto.repo.getRecord", status=200, unreadable="no cid"))
        return StrongRef(uri, found)

    # -- images --------------------------------------------------------------------------------------

    def _upload(self, item: MediaItem) -> tuple[dict[str, Any], PreparedImage]:
        try:
            raw = item.path.read_bytes()
        except OSError as exc:
            raise PublishError(
                ErrorKind.NEEDS_ATTENTION,
                f"The image {item.path.name} can't be read any more ({exc.strerror or exc}). Add it to the "
                "post again, then send it.",
                detail=f"read {item.path}: {type(exc).__name__}",
            ) from None
        image = prepare_image(raw, name=item.path.name)
        try:
            answer = self._authed(
                "uploading an image",
                "com.atproto.repo.uploadBlob",
                method="POST",
                data=image.data,
                content_type=image.mime_type,
            )
        except XrpcError as error:
            raise _classify(error, self.account, "uploading an image") from None
        blob = answer.get("blob")
        ref = blob.get("ref") if isinstance(blob, dict) else None
        link = ref.get("$link") if isinstance(ref, dict) else None
        size = blob.get("size") if isinstance(blob, dict) else None
        if not (
            isinstance(blob, dict) and isinstance(link, str) and _CID.match(link) and isinstance(size, int)
        ):
            raise _unreadable(XrpcError("com.atproto.repo.uploadBlob", status=200, unreadable="no blob ref"))
        mime = blob.get("mimeType")
        ref_json = {
            "$type": "blob",
            "ref": {"$link": link},
            "mimeType": str(mime or image.mime_type),
            "size": size,
        }
        return ref_json, image

    def _reupload(self, entry: dict[str, Any]) -> dict[str, Any]:
        from pathlib import Path

        path = entry.get("path")
        if not path:
            raise PublishError(
                ErrorKind.NEEDS_ATTENTION,
                "Bluesky no longer has this post's images and Crier doesn't know where they came from. "
                "Add the images to a new post and send that.",
                detail="no path in media id",
            )
        blob, image = self._upload(MediaItem(Path(path), entry.get("alt", ""), entry.get("mime", "")))
        return {**entry, "blob": blob, "w": image.width, "h": image.height}

    # -- requests --------------------------------------------------------------------------------

    def _authed(self, doing: str, nsid: str, **kwargs: Any) -> dict[str, Any]:
        """A call with the account's access token; a refused token is renewed once and the call repeated."""
        token = self._keeper.token()
        try:
            return self._xrpc.call(nsid, token=token, **kwargs)
        except XrpcError as error:
            if not error.is_auth_failure:
                raise
            log.info(
                "%s: Bluesky refused the access token (%s); renewing it", doing, error.error or error.status
            )
        token = self._keeper.renew(token)
        try:
            return self._xrpc.call(nsid, token=token, **kwargs)
        except XrpcError as error:
            if error.is_auth_failure:
                raise PublishError(
                    ErrorKind.NEEDS_SIGN_IN,
                    f"Bluesky refused Crier's fresh sign-in for {self.account.handle}. Connect the account "
                    "again in Accounts; its posts will wait until then.",
                    detail=error.detail,
                ) from None
            raise


class _BlobsMissing(Exception):
    """The server no longer has an uploaded image (unused uploads expire): upload again, once."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def _media(media_id: str) -> dict[str, Any]:
    try:
        entry = json.loads(media_id)
    except ValueError:
        entry = None
    if not isinstance(entry, dict) or not isinstance(entry.get("blob"), dict):
        raise PublishError(
            ErrorKind.NEEDS_ATTENTION,
            "One of this post's images was uploaded by another version of Crier and can't be attached. "
            "Add the images to a new post and send that.",
            detail=f"unreadable media id {media_id[:80]!r}",
        )
    return entry


def _check_text(text: str) -> None:
    length = grapheme_count(text)
    if length > MAX_GRAPHEMES:
        raise PublishError(
            ErrorKind.NEEDS_EDITING,
            f"This post is {length} characters long and Bluesky allows {MAX_GRAPHEMES}. Shorten it (or "
            "split it into a thread), then send it again.",
            detail=f"{length} graphemes",
        )
    size = len(text.encode("utf-8"))
    if size > MAX_TEXT_BYTES:
        raise PublishError(
            ErrorKind.NEEDS_EDITING,
            "This post uses too many special characters and emoji for Bluesky. Shorten it, then send it "
            "again.",
            detail=f"{size} bytes > {MAX_TEXT_BYTES}",
        )


def _already_exists(error: XrpcError) -> bool:
    if error.status not in (400, 409) or error.unreadable:
        return False
    lowered = error.message.lower()
    return error.error == "RecordAlreadyExists" or "already exist" in lowered or "already a value" in lowered


def _blob_missing(error: XrpcError) -> bool:
    return error.status == 400 and (
        error.error == "BlobNotFound" or "could not find blob" in error.message.lower()
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
        return PublishError(
            ErrorKind.WAIT_UNTIL,
            f"Bluesky's limit on how much {handle} can do has been reached. Crier will try again at "
            f"{_local(retry_at)}.",
            retry_at=retry_at,
            detail=detail,
        )
    if status == 407:
        return PublishError(ErrorKind.NEEDS_ATTENTION, PROXY_AUTH_MESSAGE, detail=detail)
    if status >= 500:
        return PublishError(
            ErrorKind.RETRY_LATER,
            f"Bluesky had a problem on its side ({status}). Crier will try again shortly.",
            ambiguous=write,
            detail=detail,
        )
    if error.unreadable:
        return _unreadable(error, write=write, doing=doing)
    if error.is_auth_failure:
        return PublishError(
            ErrorKind.NEEDS_SIGN_IN,
            f"Bluesky no longer accepts Crier's sign-in for {handle}. Connect the account again in Accounts; "
            "its posts will wait until then.",
            detail=detail,
        )
    if status == 401:
        return PublishError(
            ErrorKind.NEEDS_SIGN_IN,
            f"Bluesky refused the sign-in for {handle}. {error.said} Connect the account again in Accounts.",
            detail=detail,
        )
    if status == 413 or error.error in ("BlobTooLarge", "InvalidMimeType"):
        return PublishError(
            ErrorKind.NEEDS_EDITING,
            f"Bluesky refused an image of this post. Bluesky said: {error.said or 'the image is too large.'} "
            "Change or remove the image, then send the post again.",
            detail=detail,
        )
    if status == 400:
        return PublishError(
            ErrorKind.NEEDS_EDITING,
            f"Bluesky refused this post. Bluesky said: {error.said or 'the request was invalid.'} "
            "Edit it, then send it again.",
            detail=detail,
        )
    if status == 403:
        return PublishError(
            ErrorKind.NEEDS_ATTENTION,
            f"Bluesky didn't allow this for {handle} (403). Bluesky said: {error.said or 'forbidden.'} Check "
            "the account on Bluesky, then send the post again.",
            detail=detail,
        )
    return PublishError(
        ErrorKind.NEEDS_ATTENTION,
        f"Bluesky answered in a way Crier didn't expect ({status}). "
        f"Bluesky said: {error.said or 'nothing more.'} Try again; if it keeps happening, send the log file "
        "to IT.",
        detail=detail,
    )


def _unreadable(error: XrpcError, *, write: bool = False, doing: str = "") -> PublishError:
    return PublishError(
        ErrorKind.RETRY_LATER,
        "The Bluesky server answered with something Crier couldn't read (perhaps a network sign-in page "
        "or a proxy's error). Crier will try again; if it keeps happening, check the server address in "
        "Accounts or ask IT.",
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
    if when is None:
        when = current + DEFAULT_WAIT.total_seconds()
    when = max(when, current)
    return datetime.fromtimestamp(when, UTC).replace(tzinfo=None, microsecond=0)


def _local(when: datetime) -> str:
    """A naive-UTC time as the user's clock shows it: "14:05", or "Tue 3 Jun 14:05" if not today."""
    local = when.replace(tzinfo=UTC).astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return f"{local.strftime('%a')} {local.day} {local.strftime('%b %H:%M')}"


# --------------------------------------------------------------------------------------------------
# Connecting an account


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
            "Bluesky has had too many sign-in attempts for this account; try again after "
            f"{_local(retry_at)}.",
            detail=error.detail,
            retryable=True,
        )
    if error.unreadable or error.status in (404, 405, 501):
        return BlueskyAuthError(
            f"{host} didn't answer like a Bluesky server; check the server address (leave it empty for "
            "bsky.social) and try again.",
            detail=error.detail,
        )
    if error.error == "AuthFactorTokenRequired":
        return BlueskyAuthError(APP_PASSWORD_MESSAGE, detail=error.detail)
    if error.error == "AccountTakedown":
        return BlueskyAuthError(
            "Bluesky has suspended this account, so Crier can't post to it; check the account's email from "
            "Bluesky.",
            detail=error.detail,
        )
    if error.status in (400, 401):
        return BlueskyAuthError(
            "Bluesky didn't accept that handle and app password; check both (the app password looks like "
            "xxxx-xxxx-xxxx-xxxx, and may have been revoked) and try again.",
            detail=error.detail,
        )
    if error.status >= 500:
        return BlueskyAuthError(
            f"{host} had a problem on its side ({error.status}); try again in a few minutes.",
            detail=error.detail,
            retryable=True,
        )
    return BlueskyAuthError(
        f"{host} refused the sign-in ({error.status}: {error.said or 'no reason given'}); try again, and "
        "if it keeps happening send the log file to IT.",
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
        raise BlueskyAuthError("Enter the account's Bluesky handle, like yourcouncil.bsky.social.")
    password = Secret(app_password)
    del app_password
    if not password.reveal().strip():
        raise BlueskyAuthError(
            "Paste the account's app password, which looks like xxxx-xxxx-xxxx-xxxx; make one in Bluesky "
            "under Settings → Privacy and security → App passwords."
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
    existing = next((a for a in accounts.all() if a.network == NETWORK and a.remote_id == tokens.did), None)
    account = existing or accounts.add(
        NETWORK,
        f"@{tokens.handle}",
        display_name=display_name,
        remote_id=tokens.did,
        service_url=service,
        auth_kind=AUTH_KIND,
    )
    try:
        # The app password first: with it, every other secret can be made again.
        secrets.put(account.key, APP_PASSWORD_SECRET, password)
        secrets.put(account.key, REFRESH_SECRET, tokens.refresh)
        secrets.put(account.key, ACCESS_SECRET, tokens.access)
    except CredentialsUnavailable:
        if existing is None:
            accounts.remove(account.id)
        raise
    _remember_access(secrets, account.key, tokens.access)
    accounts.update(
        account.id,
        handle=f"@{tokens.handle}",
        display_name=display_name or account.display_name,
        remote_id=tokens.did,
        service_url=service,
        auth_kind=AUTH_KIND,
    )
    accounts.set_secret_names(account.id, SECRET_NAMES)
    accounts.mark(account.id, AccountStatus.CONNECTED)
    log.info("Bluesky account @%s connected (%s on %s)", tokens.handle, tokens.did, service)
    return accounts.get(account.id)


def _display_name(xrpc: Xrpc, tokens: SessionTokens) -> str:
    """The profile's display name, or "" (a council's own server may not serve app.bsky at all)."""
    try:
        answer = xrpc.call("app.bsky.actor.getProfile", params={"actor": tokens.did}, token=tokens.access)
    except XrpcError as error:
        log.info("No Bluesky profile for %s: %s", tokens.did, error.detail)
        return ""
    name = answer.get("displayName")
    return name.strip() if isinstance(name, str) else ""


def build(context: PublisherContext) -> BlueskyPublisher:
    """The registry's entry point: raises PublishError(NEEDS_SIGN_IN) when the account has no credentials."""
    return BlueskyPublisher(context.account, context.accounts, context.secrets, context.session)
