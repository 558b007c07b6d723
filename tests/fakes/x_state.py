"""In-memory, thread-safe state of the fake X API: apps, users, tokens, posts, media, limits, request log.

Kept apart from the HTTP layer so tests can set up and inspect the world directly (``server.state``) while
the server threads mutate it. Every public method takes the one lock; query helpers return copies so a test
never sees an object change under it. Errors are raised as :class:`XError`/:class:`OAuthError` carrying the
exact body X would send, and the HTTP layer just serialises them.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import itertools
import random
import re
import secrets
import struct
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from tests.fakes import serving
from tests.fakes.serving import JSON, FakeState

PROBLEM_JSON = "application/problem+json"
PROBLEMS = "https://api.x.com/2/problems/"
TWITTER_EPOCH_MS = 1288834974657
DAY = 86400.0

ALL_SCOPES = frozenset(
    {
        "tweet.read",
        "tweet.write",
        "tweet.moderate.write",
        "users.read",
        "follows.read",
        "follows.write",
        "offline.access",
        "space.read",
        "mute.read",
        "mute.write",
        "like.read",
        "like.write",
        "list.read",
        "list.write",
        "block.read",
        "block.write",
        "bookmark.read",
        "bookmark.write",
        "media.write",
        "dm.read",
        "dm.write",
        "timeline.read",
        "broadcast.read",
        "broadcast.write",
    }
)
DEFAULT_SCOPES = ("tweet.read", "tweet.write", "users.read", "media.write", "offline.access")

# X's published per-15-minute user limits for what the app uses; anything else gets GENERIC_LIMIT.
DEFAULT_RATE_LIMITS: dict[str, tuple[int, float]] = {
    "POST /2/tweets": (100, 900.0),
    "DELETE /2/tweets/{id}": (50, 900.0),
    "GET /2/tweets/{id}": (900, 900.0),
    "GET /2/users/me": (75, 900.0),
    "GET /2/users/{id}/tweets": (900, 900.0),
    "POST /2/media/upload": (500, 900.0),
    "POST /2/media/metadata": (500, 900.0),
}
GENERIC_LIMIT = (300, 900.0)

IMAGE_CATEGORIES = {"tweet_image", "dm_image"}
PROCESSED_CATEGORIES = {"tweet_video", "tweet_gif", "dm_video", "dm_gif", "amplify_video"}
MAX_BYTES = {"image": 5 * 1024 * 1024, "gif": 15 * 1024 * 1024, "video": 512 * 1024 * 1024}
_URL_RE = re.compile(r"https?://[^\s<>\"']*[^\s<>\"'.,!?;:)\]]", re.IGNORECASE)
_WEIGHT_ONE_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
_VERIFIER_RE = re.compile(r"^[A-Za-z0-9\-._~]{43,128}$")


# --------------------------------------------------------------------------------------------- errors


class XError(Exception):
    """An API answer other than success, with the body exactly as X shapes it."""

    def __init__(
        self, status: int, body: Any, content_type: str = JSON, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(f"{status}: {body}")
        self.status = status
        self.body = body
        self.content_type = content_type
        self.headers = dict(headers or {})


def problem(status: int, title: str, detail: str | None = None) -> XError:
    """X's generic RFC 7807 problem (``type: about:blank``), as sent for 401/403/429/5xx."""
    return XError(
        status, {"title": title, "detail": detail or title, "type": "about:blank", "status": status}
    )


def invalid_request(*messages: str) -> XError:
    """X's typed 400 problem listing what was wrong with the request."""
    return XError(
        400,
        {
            "errors": [{"message": message} for message in messages],
            "title": "Invalid Request",
            "detail": "One or more parameters to your request was invalid.",
            "type": PROBLEMS + "invalid-request",
        },
        PROBLEM_JSON,
    )


def not_found_error(resource_type: str, resource_id: str, parameter: str = "id") -> dict[str, Any]:
    """One entry of a 200 response's ``errors`` array for a missing resource."""
    return {
        "value": resource_id,
        "detail": f"Could not find {resource_type} with {parameter}: [{resource_id}].",
        "title": "Not Found Error",
        "resource_type": resource_type,
        "parameter": parameter,
        "resource_id": resource_id,
        "type": PROBLEMS + "resource-not-found",
    }


class OAuthError(Exception):
    """An OAuth 2.0 token/revoke endpoint error (RFC 6749 §5.2 JSON shape)."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(f"{error}: {description}")
        self.status = status
        self.body = {"error": error, "error_description": description}


# ----------------------------------------------------------------------------- config & models


@dataclass
class ServerConfig:
    """Behaviour knobs; mutate ``server.state.config`` between requests to change them."""

    access_token_lifetime: float = 7200.0
    auth_code_lifetime: float = 30.0
    duplicate_detection: bool = True
    max_weighted_length: int | None = 280
    wrap_urls: bool = True  # X rewrites links in post text to https://t.co/...
    escape_html: bool = True  # X returns &, <, > in post text as &amp; &lt; &gt;
    timeline_delay: float = 0.0  # seconds before a new post shows in GET /2/users/{id}/tweets
    media_processing_seconds: float = 0.0  # video/GIF stay "pending" this long after FINALIZE
    max_hold: float = 5.0  # upper bound on any injected delay, so a fault never hangs a test
    idle_timeout: float = 5.0  # socket timeout on keep-alive connections
    oauth1_timestamp_skew: float = 300.0  # allowed |oauth_timestamp - wall clock|
    public_origins: tuple[str, ...] = (
        "https://api.x.com",
        "https://api.twitter.com",
        "https://upload.x.com",
        "https://upload.twitter.com",
    )
    validate_requests: bool = True
    check_responses: bool = True
    request_log_size: int = 10_000
    seed: int = 20240601


@dataclass(frozen=True)
class App:
    """A developer-portal app: OAuth 2.0 client plus OAuth 1.0a consumer credentials."""

    app_id: str
    name: str
    client_id: str
    client_secret: str | None  # None = public client (PKCE only, as a desktop app should be)
    consumer_key: str
    consumer_secret: str
    redirect_uris: tuple[str, ...]
    callback_urls: tuple[str, ...]
    bearer_token: str


@dataclass(frozen=True)
class User:
    id: str
    username: str
    name: str
    created_at: float


@dataclass(frozen=True)
class OAuth2Tokens:
    """What the token endpoint hands out (also issued directly by :meth:`XState.issue_oauth2_tokens`)."""

    access_token: str
    refresh_token: str | None
    expires_in: int
    scope: str
    token_type: str = "bearer"

    def as_response(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "token_type": self.token_type,
            "expires_in": self.expires_in,
            "access_token": self.access_token,
            "scope": self.scope,
        }
        if self.refresh_token:
            body["refresh_token"] = self.refresh_token
        return body


@dataclass(frozen=True)
class OAuth1Tokens:
    access_token: str
    access_token_secret: str
    user_id: str
    screen_name: str


@dataclass(frozen=True)
class Tweet:
    id: str
    author_id: str
    text: str  # as X stores and returns it (links wrapped, HTML-escaped)
    submitted_text: str  # exactly what the client sent
    created_at: float
    conversation_id: str
    in_reply_to_tweet_id: str | None = None
    in_reply_to_user_id: str | None = None
    media_ids: tuple[str, ...] = ()
    urls: tuple[tuple[int, int, str, str], ...] = ()  # (start, end, t.co url, expanded url)
    client_id: str | None = None
    deleted_at: float | None = None

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None


@dataclass(frozen=True)
class Media:
    id: str
    media_key: str
    owner_id: str
    category: str
    media_type: str | None
    data: bytes
    total_bytes: int | None
    state: Literal["uploading", "pending", "succeeded"]
    created_at: float
    expires_at: float
    processing_done_at: float | None = None
    width: int | None = None
    height: int | None = None
    alt_text: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)
    additional_owners: tuple[str, ...] = ()
    segments: Mapping[int, bytes] = field(default_factory=dict)


@dataclass(frozen=True)
class Principal:
    """Who is calling: a user through an app (OAuth 2.0 user or OAuth 1.0a), or the app alone."""

    kind: Literal["oauth2", "oauth1", "app"]
    app: App
    user: User | None
    scopes: frozenset[str]

    @property
    def rate_key(self) -> str:
        return f"{self.app.app_id}:{self.user.id if self.user else '-'}"


@dataclass
class RecordedRequest(serving.RecordedRequest):
    user_id: str | None = None

    def json(self) -> Any:
        import json as _json

        return _json.loads(self.body) if self.body else None


@dataclass
class _AuthCode:
    code: str
    client_id: str
    user_id: str
    redirect_uri: str
    scopes: tuple[str, ...]
    challenge: str
    challenge_method: str
    expires_at: float
    grant_id: str
    used: bool = False


@dataclass
class _OAuth2Token:
    token: str
    kind: Literal["access", "refresh"]
    user_id: str
    client_id: str
    scopes: tuple[str, ...]
    grant_id: str
    expires_at: float | None
    revoked: bool = False


@dataclass
class _RequestToken:
    token: str
    secret: str
    consumer_key: str
    callback: str
    verifier: str | None = None
    user_id: str | None = None
    used: bool = False


@dataclass
class _OAuth1Access:
    token: str
    secret: str
    consumer_key: str
    user_id: str
    revoked: bool = False


@dataclass
class _Window:
    limit: int
    window: float
    used: int
    reset_at: float


# --------------------------------------------------------------------------------------------- helpers


def weighted_length(text: str) -> int:
    """Approximation of twitter-text v3 counting: links 23, most Latin 1, CJK/emoji 2, ZWJ emoji once."""
    text = unicodedata.normalize("NFC", text)
    total, pos = 0, 0
    for match in _URL_RE.finditer(text):
        total += _weigh(text[pos : match.start()]) + 23
        pos = match.end()
    return total + _weigh(text[pos:])


def _weigh(text: str) -> int:
    total, joined = 0, False
    for char in text:
        code = ord(char)
        if code == 0x200D:
            joined = True
            continue
        if code in (0xFE0E, 0xFE0F) or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F:
            continue
        if joined:
            joined = False
            continue
        total += 1 if any(lo <= code <= hi for lo, hi in _WEIGHT_ONE_RANGES) else 2
    return total


def sniff_image(data: bytes) -> tuple[str, int | None, int | None] | None:
    """(mime, width, height) for PNG/GIF/JPEG/WebP/BMP bytes, or None when not an image we know."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return "image/png", width, height
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return "image/gif", width, height
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "image/webp", None, None
    if data.startswith(b"BM"):
        return "image/bmp", None, None
    if data.startswith(b"\xff\xd8"):
        pos = 2
        while pos + 9 < len(data):
            if data[pos] != 0xFF:
                break
            marker = data[pos + 1]
            length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
                return "image/jpeg", width, height
            pos += 2 + length
        return "image/jpeg", None, None
    return None


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(ts * 1000) % 1000:03d}Z"


def _parse_iso(value: str) -> float:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()


def _csv(params: Mapping[str, list[str]], *names: str) -> set[str]:
    out: set[str] = set()
    for name in names:
        for value in params.get(name, []):
            out.update(part.strip() for part in value.split(",") if part.strip())
    return out


def _escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pkce_challenge(verifier: str) -> str:
    """S256 code challenge for a verifier (RFC 7636 §4.2)."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _with_query(url: str, params: Mapping[str, str]) -> str:
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True) + list(params.items())
    return urlunsplit(parts._replace(query=urlencode(query)))


# --------------------------------------------------------------------------------------------- state


class XState(FakeState):
    """The fake's whole world. Public methods form the Python control API used by tests.

    ``violations`` holds the 2xx answers that broke X's OpenAPI spec as well as crashes of the fake."""

    config: ServerConfig
    recorded = RecordedRequest

    def __init__(self, config: ServerConfig | None = None) -> None:
        super().__init__(config or ServerConfig())
        self._rng = random.Random(self.config.seed)
        self._last_snowflake = 0
        self._user_ids = itertools.count(1_500_000_001)
        self._app_ids = itertools.count(29_000_001)
        self._apps: dict[str, App] = {}  # by client_id
        self._users: dict[str, User] = {}
        self._tweets: dict[str, Tweet] = {}
        self._media: dict[str, Media] = {}
        self._codes: dict[str, _AuthCode] = {}
        self._oauth2_tokens: dict[str, _OAuth2Token] = {}
        self._request_tokens: dict[str, _RequestToken] = {}
        self._oauth1_tokens: dict[str, _OAuth1Access] = {}
        self._rate_limits: dict[str, tuple[int, float]] = dict(DEFAULT_RATE_LIMITS)
        self._daily_limits: dict[str, tuple[int | None, int | None]] = {}
        self._windows: dict[tuple[str, str], _Window] = {}
        self._browser_user_id: str | None = None
        self._browser_approves = True

    # ------------------------------------------------------------------ registration (control API)

    def add_app(
        self,
        name: str = "Crier",
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        consumer_key: str | None = None,
        consumer_secret: str | None = None,
        redirect_uris: Iterable[str] = ("http://127.0.0.1:8765/callback",),
        callback_urls: Iterable[str] = (),
        bearer_token: str | None = None,
    ) -> App:
        """Register an app. Leave ``client_secret`` None for a public (PKCE-only) client."""
        with self._lock:
            app = App(
                app_id=str(next(self._app_ids)),
                name=name,
                client_id=client_id or secrets.token_urlsafe(24),
                client_secret=client_secret,
                consumer_key=consumer_key or secrets.token_urlsafe(18),
                consumer_secret=consumer_secret or secrets.token_urlsafe(36),
                redirect_uris=tuple(redirect_uris),
                callback_urls=tuple(callback_urls),
                bearer_token=bearer_token or "AAAA" + secrets.token_urlsafe(60),
            )
            if app.client_id in self._apps or self._app_by_consumer(app.consumer_key):
                raise ValueError("an app with that client id or consumer key already exists")
            self._apps[app.client_id] = app
            return app

    def add_user(self, username: str, *, name: str | None = None, user_id: str | None = None) -> User:
        """Register an X account; the first one added is also who the fake browser is 'logged in' as."""
        with self._lock:
            user = User(
                id=user_id or str(next(self._user_ids)),
                username=username,
                name=name or username,
                created_at=self.clock.now() - 365 * DAY,
            )
            if user.id in self._users:
                raise ValueError(f"user {user.id} already exists")
            self._users[user.id] = user
            if self._browser_user_id is None:
                self._browser_user_id = user.id
            return user

    def app(self, client_id: str) -> App | None:
        with self._lock:
            return self._apps.get(client_id)

    def user(self, user_id: str) -> User | None:
        with self._lock:
            return self._users.get(user_id)

    def user_by_username(self, username: str) -> User | None:
        with self._lock:
            return next((u for u in self._users.values() if u.username.lower() == username.lower()), None)

    def _app_by_consumer(self, consumer_key: str | None) -> App | None:
        return next((a for a in self._apps.values() if a.consumer_key == consumer_key), None)

    def _require_user(self, user_id: str) -> User:
        user = self._users.get(user_id)
        if user is None:
            raise KeyError(f"unknown user {user_id}")
        return user

    def _require_app(self, client_id: str) -> App:
        app = self._apps.get(client_id)
        if app is None:
            raise KeyError(f"unknown app {client_id}")
        return app

    # ------------------------------------------------------------------ tokens (control API)

    def issue_oauth2_tokens(
        self, user_id: str, client_id: str, scopes: Iterable[str] = DEFAULT_SCOPES
    ) -> OAuth2Tokens:
        """Tokens as if the user had completed the OAuth 2.0 flow (refresh token iff offline.access)."""
        with self._lock:
            self._require_user(user_id)
            self._require_app(client_id)
            return self._mint_oauth2(user_id, client_id, tuple(scopes), secrets.token_hex(8))

    def _mint_oauth2(
        self, user_id: str, client_id: str, scopes: tuple[str, ...], grant_id: str
    ) -> OAuth2Tokens:
        lifetime = self.config.access_token_lifetime
        access = _OAuth2Token(
            secrets.token_urlsafe(48),
            "access",
            user_id,
            client_id,
            scopes,
            grant_id,
            self.clock.now() + lifetime,
        )
        self._oauth2_tokens[access.token] = access
        refresh_token = None
        if "offline.access" in scopes:
            refresh = _OAuth2Token(
                secrets.token_urlsafe(48), "refresh", user_id, client_id, scopes, grant_id, None
            )
            self._oauth2_tokens[refresh.token] = refresh
            refresh_token = refresh.token
        return OAuth2Tokens(access.token, refresh_token, int(lifetime), " ".join(scopes))

    def issue_oauth1_tokens(self, user_id: str, consumer_key: str) -> OAuth1Tokens:
        """An OAuth 1.0a access token pair as if the PIN flow had been completed."""
        with self._lock:
            user = self._require_user(user_id)
            if self._app_by_consumer(consumer_key) is None:
                raise KeyError(f"unknown consumer key {consumer_key}")
            return self._mint_oauth1(user, consumer_key)

    def _mint_oauth1(self, user: User, consumer_key: str) -> OAuth1Tokens:
        record = _OAuth1Access(
            f"{user.id}-{secrets.token_urlsafe(30)}", secrets.token_urlsafe(33), consumer_key, user.id
        )
        self._oauth1_tokens[record.token] = record
        return OAuth1Tokens(record.token, record.secret, user.id, user.username)

    def revoke(self, token: str) -> bool:
        """Revoke any token server-side (as when a user disconnects the app in X's settings)."""
        with self._lock:
            if token in self._oauth2_tokens:
                self._revoke_oauth2(self._oauth2_tokens[token])
                return True
            if token in self._oauth1_tokens:
                self._oauth1_tokens[token].revoked = True
                return True
            return False

    def _revoke_oauth2(self, record: _OAuth2Token) -> None:
        record.revoked = True
        if record.kind == "refresh":  # RFC 7009 §2.1: revoking a refresh token ends its access tokens too
            for other in self._oauth2_tokens.values():
                if other.grant_id == record.grant_id:
                    other.revoked = True

    def set_browser(self, user_id: str | None, *, approve: bool = True) -> None:
        """Who is signed in to the fake x.com authorise pages, and whether they approve or deny."""
        with self._lock:
            if user_id is not None:
                self._require_user(user_id)
            self._browser_user_id = user_id
            self._browser_approves = approve

    # ------------------------------------------------------------------ time, limits (control API)

    def set_rate_limit(self, endpoint: str, limit: int, window: float = 900.0) -> None:
        """Per user-and-app window for an endpoint key such as ``"POST /2/tweets"``; resets open windows."""
        with self._lock:
            self._rate_limits[endpoint] = (limit, window)
            for key in [k for k in self._windows if k[0].startswith(endpoint + "|")]:
                del self._windows[key]

    def set_daily_limit(
        self, endpoint: str, *, user_limit: int | None = None, app_limit: int | None = None
    ) -> None:
        """Enable X's 24-hour caps (and their ``x-user-limit-24hour-*``/``x-app-limit-24hour-*`` headers)."""
        with self._lock:
            self._daily_limits[endpoint] = (user_limit, app_limit)

    def consume_rate_limit(
        self, endpoint: str, principal_key: str, app_key: str, *, consume: bool = True
    ) -> tuple[bool, dict[str, str]]:
        """Count one request; returns (allowed, headers). Headers are produced even when not consuming."""
        with self._lock:
            now = self.clock.now()
            limit, window = self._rate_limits.get(endpoint, GENERIC_LIMIT)
            windows: list[tuple[str, _Window]] = [
                ("x-rate-limit", self._window(endpoint, principal_key, limit, window, now))
            ]
            user_daily, app_daily = self._daily_limits.get(endpoint, (None, None))
            if user_daily is not None:
                windows.append(
                    (
                        "x-user-limit-24hour",
                        self._window(endpoint + "#day", principal_key, user_daily, DAY, now),
                    )
                )
            if app_daily is not None:
                windows.append(
                    (
                        "x-app-limit-24hour",
                        self._window(endpoint + "#day", "app:" + app_key, app_daily, DAY, now),
                    )
                )
            allowed = all(w.used < w.limit for _, w in windows)
            if consume and allowed:
                for _, w in windows:
                    w.used += 1
            headers: dict[str, str] = {}
            for prefix, w in windows:
                headers[f"{prefix}-limit"] = str(w.limit)
                headers[f"{prefix}-remaining"] = str(max(0, w.limit - w.used))
                headers[f"{prefix}-reset"] = str(int(w.reset_at))
            return allowed or not consume, headers

    def _window(self, endpoint: str, key: str, limit: int, window: float, now: float) -> _Window:
        slot = (endpoint + "|", key)
        current = self._windows.get(slot)
        if current is None or now >= current.reset_at or current.limit != limit:
            current = _Window(limit, window, 0, now + window)
            self._windows[slot] = current
        return current

    # ------------------------------------------------------------------ queries (control API)

    def tweets_for(self, user_id: str, *, include_deleted: bool = False) -> list[Tweet]:
        """The user's posts in creation order (oldest first)."""
        with self._lock:
            return [
                t
                for t in self._tweets.values()
                if t.author_id == user_id and (include_deleted or not t.deleted)
            ]

    def tweet(self, tweet_id: str) -> Tweet | None:
        with self._lock:
            return self._tweets.get(tweet_id)

    def media(self, media_id: str) -> Media | None:
        with self._lock:
            return self._media.get(media_id)

    def media_for(self, user_id: str) -> list[Media]:
        with self._lock:
            return [m for m in self._media.values() if m.owner_id == user_id]

    def seed_tweet(self, user_id: str, text: str, *, age: float = 0.0) -> Tweet:
        """Put an existing post in a user's history (e.g. one made from X's web UI ``age`` seconds ago)."""
        with self._lock:
            self._require_user(user_id)
            return self._store_tweet(user_id, text, None, (), None, created_at=self.clock.now() - age)

    def requests(self, method: str | None = None, path: str | None = None) -> list[RecordedRequest]:
        """Logged requests (copies), optionally filtered by method and exact path."""
        with self._lock:
            return [
                dataclasses.replace(r)
                for r in self._log
                if (method is None or r.method == method.upper()) and (path is None or r.path == path)
            ]

    def wait_for_requests(
        self,
        count: int = 1,
        *,
        method: str | None = None,
        path: str | None = None,
        finished: bool = False,
        timeout: float = 5.0,
    ) -> list[RecordedRequest]:
        """Block until ``count`` matching requests have arrived (or finished); raises TimeoutError."""

        def matching() -> list[RecordedRequest]:
            return [
                r
                for r in self._log
                if (method is None or r.method == method.upper())
                and (path is None or r.path == path)
                and (not finished or r.outcome != "in_progress")
            ]

        with self._changed:
            if not self._changed.wait_for(lambda: len(matching()) >= count, timeout=timeout):
                raise TimeoutError(f"saw {len(matching())} of {count} requests {method or ''} {path or ''}")
            return [dataclasses.replace(r) for r in matching()]

    def finish_request(
        self,
        entry: RecordedRequest,
        *,
        status: int | None,
        outcome: str,
        fault: str | None,
        user_id: str | None,
    ) -> None:
        with self._changed:
            entry.status, entry.outcome, entry.fault, entry.user_id = status, outcome, fault, user_id
            self._changed.notify_all()

    # ------------------------------------------------------------------ authentication

    def principal_for_bearer(self, token: str) -> Principal:
        """Resolve a Bearer token (OAuth 2.0 user access token or app-only token) or raise 401."""
        with self._lock:
            record = self._oauth2_tokens.get(token)
            if record is not None and record.kind == "access":
                expired = record.expires_at is not None and self.clock.now() >= record.expires_at
                if record.revoked or expired:
                    raise problem(401, "Unauthorized")
                return Principal(
                    "oauth2",
                    self._apps[record.client_id],
                    self._users[record.user_id],
                    frozenset(record.scopes),
                )
            app = next((a for a in self._apps.values() if a.bearer_token == token), None)
            if app is not None:
                return Principal("app", app, None, frozenset())
            raise problem(401, "Unauthorized")

    def oauth1_secrets(self, consumer_key: str | None, token: str | None) -> tuple[App, str] | None:
        """(app, token secret) for signature checking; token may be a request token or access token."""
        with self._lock:
            app = self._app_by_consumer(consumer_key)
            if app is None:
                return None
            if not token:
                return app, ""
            access = self._oauth1_tokens.get(token)
            if access is not None and access.consumer_key == consumer_key and not access.revoked:
                return app, access.secret
            pending = self._request_tokens.get(token)
            if pending is not None and pending.consumer_key == consumer_key and not pending.used:
                return app, pending.secret
            return None

    def principal_for_oauth1(self, consumer_key: str, token: str) -> Principal:
        with self._lock:
            access = self._oauth1_tokens.get(token)
            app = self._app_by_consumer(consumer_key)
            if access is None or access.revoked or app is None or access.consumer_key != consumer_key:
                raise problem(401, "Unauthorized")
            return Principal("oauth1", app, self._users[access.user_id], ALL_SCOPES)

    # ------------------------------------------------------------------ OAuth 2.0 flows

    def oauth2_authorize(self, params: Mapping[str, str]) -> str:
        """Handle the consent page: returns the redirect URL, or raises ValueError for a page-level error."""
        with self._lock:
            app = self._apps.get(params.get("client_id", ""))
            if app is None:
                raise ValueError("Something went wrong: unknown client_id.")
            redirect_uri = params.get("redirect_uri", "")
            if redirect_uri not in app.redirect_uris:
                raise ValueError("Something went wrong: redirect_uri does not match the app's callback URLs.")
            state = params.get("state", "")

            def fail(error: str, description: str) -> str:
                return _with_query(
                    redirect_uri, {"error": error, "error_description": description, "state": state}
                )

            if params.get("response_type") != "code":
                return fail("unsupported_response_type", "response_type must be code")
            scopes = tuple(params.get("scope", "").split())
            if not scopes or any(s not in ALL_SCOPES for s in scopes):
                return fail("invalid_scope", "Unknown or missing scope")
            method = params.get("code_challenge_method", "plain")
            challenge = params.get("code_challenge", "")
            if not challenge or method not in ("S256", "plain"):
                return fail(
                    "invalid_request", "code_challenge and code_challenge_method (S256/plain) required"
                )
            if self._browser_user_id is None or not self._browser_approves:
                return fail("access_denied", "The user denied the request")
            code = _AuthCode(
                code=secrets.token_urlsafe(64),
                client_id=app.client_id,
                user_id=self._browser_user_id,
                redirect_uri=redirect_uri,
                scopes=scopes,
                challenge=challenge,
                challenge_method=method,
                expires_at=self.clock.now() + self.config.auth_code_lifetime,
                grant_id=secrets.token_hex(8),
            )
            self._codes[code.code] = code
            return _with_query(redirect_uri, {"state": state, "code": code.code})

    def _oauth2_client(self, form: Mapping[str, str], basic: tuple[str, str] | None) -> App:
        if basic is not None:
            app = self._apps.get(basic[0])
            if (
                app is None
                or app.client_secret is None
                or not secrets.compare_digest(app.client_secret, basic[1])
            ):
                raise OAuthError("unauthorized_client", "Missing valid authorization header", 401)
            return app
        app = self._apps.get(form.get("client_id", ""))
        if app is None:
            raise OAuthError("invalid_request", "Missing required parameter [client_id].")
        if app.client_secret is not None:
            raise OAuthError("unauthorized_client", "Missing valid authorization header", 401)
        return app

    def oauth2_token(self, form: Mapping[str, str], basic: tuple[str, str] | None) -> dict[str, Any]:
        """POST /2/oauth2/token: authorization_code (with PKCE) and rotating refresh_token grants."""
        with self._lock:
            app = self._oauth2_client(form, basic)
            grant = form.get("grant_type")
            if grant == "authorization_code":
                return self._exchange_code(app, form).as_response()
            if grant == "refresh_token":
                return self._refresh(app, form).as_response()
            raise OAuthError("unsupported_grant_type", f"Unsupported grant_type [{grant}].")

    def _exchange_code(self, app: App, form: Mapping[str, str]) -> OAuth2Tokens:
        for required in ("code", "redirect_uri", "code_verifier"):
            if not form.get(required):
                raise OAuthError("invalid_request", f"Missing required parameter [{required}].")
        code = self._codes.get(form["code"])
        if code is None or code.client_id != app.client_id:
            raise OAuthError("invalid_grant", "Value passed for the authorization code was invalid.")
        if code.used:
            # RFC 6749 §4.1.2: a replayed code revokes what it already issued.
            for token in self._oauth2_tokens.values():
                if token.grant_id == code.grant_id:
                    token.revoked = True
            raise OAuthError("invalid_grant", "Value passed for the authorization code was invalid.")
        if self.clock.now() >= code.expires_at:
            raise OAuthError("invalid_grant", "Value passed for the authorization code was invalid.")
        if form["redirect_uri"] != code.redirect_uri:
            raise OAuthError("invalid_grant", "Value passed for the redirect_uri did not match.")
        verifier = form["code_verifier"]
        if not _VERIFIER_RE.match(verifier):
            raise OAuthError("invalid_request", "Value passed for the code_verifier was invalid.")
        expected = pkce_challenge(verifier) if code.challenge_method == "S256" else verifier
        if not secrets.compare_digest(expected, code.challenge):
            raise OAuthError(
                "invalid_grant", "Value passed for the code_verifier did not match the challenge."
            )
        code.used = True
        return self._mint_oauth2(code.user_id, app.client_id, code.scopes, code.grant_id)

    def _refresh(self, app: App, form: Mapping[str, str]) -> OAuth2Tokens:
        token = form.get("refresh_token", "")
        record = self._oauth2_tokens.get(token)
        if record is None or record.kind != "refresh" or record.client_id != app.client_id or record.revoked:
            raise OAuthError("invalid_grant", "Value passed for the token was invalid.")
        record.revoked = True  # rotation: each refresh token works exactly once
        return self._mint_oauth2(record.user_id, app.client_id, record.scopes, record.grant_id)

    def oauth2_revoke(self, form: Mapping[str, str], basic: tuple[str, str] | None) -> dict[str, Any]:
        """POST /2/oauth2/revoke: unknown tokens also answer revoked=true (RFC 7009 §2.2)."""
        with self._lock:
            app = self._oauth2_client(form, basic)
            token = form.get("token")
            if not token:
                raise OAuthError("invalid_request", "Missing required parameter [token].")
            record = self._oauth2_tokens.get(token)
            if record is not None and record.client_id == app.client_id:
                self._revoke_oauth2(record)
            return {"revoked": True}

    # ------------------------------------------------------------------ OAuth 1.0a flows

    def oauth1_request_token(self, app: App, callback: str | None) -> str:
        with self._lock:
            if not callback:
                raise XError(401, {"errors": [{"code": 417, "message": "oauth_callback is required."}]})
            if callback != "oob" and app.callback_urls and callback not in app.callback_urls:
                raise XError(
                    401,
                    {
                        "errors": [
                            {"code": 415, "message": "Callback URL not approved for this client application."}
                        ]
                    },
                )
            record = _RequestToken(
                secrets.token_urlsafe(24), secrets.token_urlsafe(32), app.consumer_key, callback
            )
            self._request_tokens[record.token] = record
            return urlencode(
                {
                    "oauth_token": record.token,
                    "oauth_token_secret": record.secret,
                    "oauth_callback_confirmed": "true",
                }
            )

    def oauth1_authorize(self, oauth_token: str) -> tuple[Literal["pin", "redirect", "denied"], str]:
        """The x.com authorise page: ('pin', PIN) for oob, ('redirect', url), or ('denied', url-or-'')."""
        with self._lock:
            record = self._request_tokens.get(oauth_token)
            if record is None or record.used:
                raise ValueError(
                    "This page is no longer valid. It looks like someone already used the token."
                )
            if self._browser_user_id is None or not self._browser_approves:
                target = (
                    "" if record.callback == "oob" else _with_query(record.callback, {"denied": record.token})
                )
                return "denied", target
            record.user_id = self._browser_user_id
            record.verifier = (
                f"{self._rng.randrange(10**7):07d}" if record.callback == "oob" else secrets.token_urlsafe(24)
            )
            if record.callback == "oob":
                return "pin", record.verifier
            return "redirect", _with_query(
                record.callback, {"oauth_token": record.token, "oauth_verifier": record.verifier}
            )

    def oauth1_access_token(self, consumer_key: str, token: str, verifier: str | None) -> str:
        with self._lock:
            record = self._request_tokens.get(token)
            if record is None or record.used or record.consumer_key != consumer_key:
                raise XError(401, {"errors": [{"code": 89, "message": "Invalid or expired token."}]})
            if (
                record.verifier is None
                or verifier is None
                or not secrets.compare_digest(record.verifier, verifier)
            ):
                raise XError(401, {"errors": [{"code": 32, "message": "Could not authenticate you."}]})
            record.used = True
            assert record.user_id is not None
            tokens = self._mint_oauth1(self._users[record.user_id], consumer_key)
            return urlencode(
                {
                    "oauth_token": tokens.access_token,
                    "oauth_token_secret": tokens.access_token_secret,
                    "user_id": tokens.user_id,
                    "screen_name": tokens.screen_name,
                }
            )

    # ------------------------------------------------------------------ posts

    def _snowflake(self) -> str:
        candidate = (int(self.clock.now() * 1000) - TWITTER_EPOCH_MS) << 22
        self._last_snowflake = max(self._last_snowflake + 1, candidate)
        return str(self._last_snowflake)

    def _store_tweet(
        self,
        author_id: str,
        submitted: str,
        parent: Tweet | None,
        media_ids: tuple[str, ...],
        client_id: str | None,
        *,
        created_at: float | None = None,
    ) -> Tweet:
        text, urls = submitted, []
        if self.config.wrap_urls:
            pieces, pos, out_len = [], 0, 0
            for match in _URL_RE.finditer(submitted):
                pieces.append(submitted[pos : match.start()])
                out_len += len(submitted[pos : match.start()])
                short = "https://t.co/" + "".join(
                    self._rng.choices("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789", k=10)
                )
                urls.append((out_len, out_len + len(short), short, match.group(0)))
                pieces.append(short)
                out_len += len(short)
                pos = match.end()
            pieces.append(submitted[pos:])
            text = "".join(pieces)
        if self.config.escape_html:
            text = _escape_html(text)
        tweet_id = self._snowflake()
        tweet = Tweet(
            id=tweet_id,
            author_id=author_id,
            text=text,
            submitted_text=submitted,
            created_at=self.clock.now() if created_at is None else created_at,
            conversation_id=parent.conversation_id if parent else tweet_id,
            in_reply_to_tweet_id=parent.id if parent else None,
            in_reply_to_user_id=parent.author_id if parent else None,
            media_ids=media_ids,
            urls=tuple(urls),
            client_id=client_id,
        )
        self._tweets[tweet_id] = tweet
        return tweet

    def create_tweet(self, principal: Principal, body: Mapping[str, Any]) -> dict[str, Any]:
        """POST /2/tweets semantics: replies, media, duplicate and length rules."""
        with self._lock:
            user = self.require_user_context(principal)
            text = str(body.get("text", ""))
            media_ids = tuple((body.get("media") or {}).get("media_ids") or ())
            reply_to = (body.get("reply") or {}).get("in_reply_to_tweet_id")
            if not text.strip() and not media_ids:
                raise invalid_request("Post text or media is required.")
            limit = self.config.max_weighted_length
            if limit is not None and weighted_length(text) > limit:
                raise problem(
                    403,
                    "Forbidden",
                    "Your Tweet text is too long. For more information on how X counts characters, "
                    "visit https://docs.x.com/resources/fundamentals/counting-characters.",
                )
            parent = None
            if reply_to is not None:
                parent = self._tweets.get(reply_to)
                if parent is None or parent.deleted:
                    raise problem(
                        403,
                        "Forbidden",
                        "You attempted to reply to a Tweet that is deleted or not visible to you.",
                    )
            now = self.clock.now()
            for media_id in media_ids:
                media = self._media.get(media_id)
                usable = (
                    media is not None
                    and (media.owner_id == user.id or user.id in media.additional_owners)
                    and self._media_state(media, now) == "succeeded"
                    and now < media.expires_at
                )
                if not usable:
                    raise invalid_request("Your media IDs are invalid.")
            duplicate = any(
                t.submitted_text == text
                for t in self._tweets.values()
                if t.author_id == user.id and not t.deleted
            )
            if self.config.duplicate_detection and text.strip() and duplicate:
                raise problem(
                    403, "Forbidden", "You are not allowed to create a Tweet with duplicate content."
                )
            tweet = self._store_tweet(user.id, text, parent, media_ids, principal.app.client_id)
            return {"data": {"id": tweet.id, "text": tweet.text, "edit_history_tweet_ids": [tweet.id]}}

    def delete_tweet(self, principal: Principal, tweet_id: str) -> dict[str, Any]:
        with self._lock:
            user = self.require_user_context(principal)
            tweet = self._tweets.get(tweet_id)
            if tweet is None:
                raise XError(404, {**not_found_error("post", tweet_id), "status": 404}, PROBLEM_JSON)
            if tweet.author_id != user.id:
                raise problem(403, "Forbidden", "You are not allowed to delete a Tweet you did not author.")
            if not tweet.deleted:
                self._tweets[tweet_id] = dataclasses.replace(tweet, deleted_at=self.clock.now())
            return {"data": {"deleted": True}}

    def require_user_context(self, principal: Principal) -> User:
        """The acting user, or X's 403 for app-only tokens on user-context endpoints."""
        if principal.user is None:
            raise XError(
                403,
                {
                    "title": "Unsupported Authentication",
                    "detail": "Authenticating with OAuth 2.0 Application-Only is forbidden for this "
                    "endpoint.  "
                    "Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].",
                    "type": PROBLEMS + "unsupported-authentication",
                    "status": 403,
                },
            )
        return principal.user

    def tweet_json(self, tweet: Tweet, fields: set[str]) -> dict[str, Any]:
        """A Post object with X's default fields plus those requested (tweet.fields / post.fields)."""
        out: dict[str, Any] = {
            "id": tweet.id,
            "text": tweet.text,
            "edit_history_tweet_ids": [tweet.id],
        }
        if "created_at" in fields:
            out["created_at"] = _iso(tweet.created_at)
        if "author_id" in fields:
            out["author_id"] = tweet.author_id
        if "conversation_id" in fields:
            out["conversation_id"] = tweet.conversation_id
        if "in_reply_to_user_id" in fields and tweet.in_reply_to_user_id:
            out["in_reply_to_user_id"] = tweet.in_reply_to_user_id
        if fields & {"referenced_tweets", "referenced_posts"} and tweet.in_reply_to_tweet_id:
            out["referenced_tweets"] = [{"type": "replied_to", "id": tweet.in_reply_to_tweet_id}]
        if "attachments" in fields and tweet.media_ids:
            keys = [self._media[m].media_key for m in tweet.media_ids if m in self._media]
            out["attachments"] = {"media_keys": keys}
        if "entities" in fields and tweet.urls:
            out["entities"] = {
                "urls": [
                    {
                        "start": start,
                        "end": end,
                        "url": short,
                        "expanded_url": expanded,
                        "display_url": expanded.split("://", 1)[-1][:25],
                    }
                    for start, end, short, expanded in tweet.urls
                ]
            }
        if "public_metrics" in fields:
            out["public_metrics"] = {
                "retweet_count": 0,
                "repost_count": 0,
                "reply_count": self._reply_count(tweet.id),
                "like_count": 0,
                "quote_count": 0,
                "bookmark_count": 0,
                "impression_count": 0,
            }
        if "lang" in fields:
            out["lang"] = "en"
        return out

    def _reply_count(self, tweet_id: str) -> int:
        return sum(1 for t in self._tweets.values() if t.in_reply_to_tweet_id == tweet_id and not t.deleted)

    def get_tweet(self, tweet_id: str, params: Mapping[str, list[str]]) -> dict[str, Any]:
        with self._lock:
            tweet = self._tweets.get(tweet_id)
            if tweet is None or tweet.deleted:
                return {"errors": [not_found_error("tweet", tweet_id)]}
            return {"data": self.tweet_json(tweet, _csv(params, "tweet.fields", "post.fields"))}

    def user_json(self, user: User, fields: set[str]) -> dict[str, Any]:
        out: dict[str, Any] = {"id": user.id, "name": user.name, "username": user.username}
        if "created_at" in fields:
            out["created_at"] = _iso(user.created_at)
        if "description" in fields:
            out["description"] = ""
        if "protected" in fields:
            out["protected"] = False
        if "verified" in fields:
            out["verified"] = False
        if "profile_image_url" in fields:
            out["profile_image_url"] = f"https://pbs.twimg.com/profile_images/{user.id}/avatar_normal.png"
        if "public_metrics" in fields:
            posts = sum(1 for t in self._tweets.values() if t.author_id == user.id and not t.deleted)
            out["public_metrics"] = {
                "followers_count": 0,
                "following_count": 0,
                "tweet_count": posts,
                "post_count": posts,
                "listed_count": 0,
                "like_count": 0,
                "media_count": 0,
            }
        return out

    def me(self, principal: Principal, params: Mapping[str, list[str]]) -> dict[str, Any]:
        with self._lock:
            user = self.require_user_context(principal)
            return {"data": self.user_json(user, _csv(params, "user.fields"))}

    def user_tweets(self, user_id: str, params: Mapping[str, list[str]]) -> dict[str, Any]:
        """GET /2/users/{id}/tweets: newest first, paginated, honouring since/until/time bounds/exclude."""
        with self._lock:
            if user_id not in self._users:
                return {"errors": [not_found_error("user", user_id)]}
            one = {k: v[-1] for k, v in params.items() if v}
            try:
                max_results = int(one.get("max_results", "10"))
            except ValueError:
                raise invalid_request("The `max_results` query parameter value is not a number") from None
            if not 5 <= max_results <= 100:
                raise invalid_request(
                    f"The `max_results` query parameter value [{max_results}] is not between 5 and 100"
                )
            exclude = _csv(params, "exclude")
            visible_before = self.clock.now() - self.config.timeline_delay
            posts = sorted(
                (
                    t
                    for t in self._tweets.values()
                    if t.author_id == user_id
                    and not t.deleted
                    and t.created_at <= visible_before
                    and not ("replies" in exclude and t.in_reply_to_tweet_id)
                ),
                key=lambda t: int(t.id),
                reverse=True,
            )
            try:
                if "since_id" in one:
                    posts = [t for t in posts if int(t.id) > int(one["since_id"])]
                if "until_id" in one:
                    posts = [t for t in posts if int(t.id) < int(one["until_id"])]
                if "start_time" in one:
                    posts = [t for t in posts if t.created_at >= _parse_iso(one["start_time"])]
                if "end_time" in one:
                    posts = [t for t in posts if t.created_at < _parse_iso(one["end_time"])]
                if "pagination_token" in one:
                    padded = one["pagination_token"] + "=" * (-len(one["pagination_token"]) % 8)
                    below = int(base64.b32hexdecode(padded.upper()).decode())
                    posts = [t for t in posts if int(t.id) <= below]
            except (ValueError, binascii.Error):
                raise invalid_request("One or more query parameters are malformed.") from None
            page, rest = posts[:max_results], posts[max_results:]
            fields = _csv(params, "tweet.fields", "post.fields")
            out: dict[str, Any] = {}
            meta: dict[str, Any] = {"result_count": len(page)}
            if page:
                out["data"] = [self.tweet_json(t, fields) for t in page]
                meta.update(newest_id=page[0].id, oldest_id=page[-1].id)
            if rest:
                meta["next_token"] = base64.b32hexencode(rest[0].id.encode()).decode().rstrip("=").lower()
            out["meta"] = meta
            return out

    # ------------------------------------------------------------------ media

    def _media_state(self, media: Media, now: float) -> str:
        if (
            media.state == "pending"
            and media.processing_done_at is not None
            and now >= media.processing_done_at
        ):
            return "succeeded"
        return media.state

    def _check_media_bytes(
        self, category: str, data: bytes, declared_type: str | None
    ) -> tuple[str | None, int | None, int | None]:
        kind = "image" if category in IMAGE_CATEGORIES else "gif" if category.endswith("gif") else "video"
        if len(data) > MAX_BYTES[kind]:
            raise invalid_request(f"File size exceeds {MAX_BYTES[kind]} bytes.")
        if category in IMAGE_CATEGORIES or kind == "gif":
            info = sniff_image(data)
            if info is None:
                raise invalid_request("media type unrecognized.")
            return info
        return declared_type, None, None

    def _new_media(
        self, owner: User, category: str, media_type: str | None, total: int | None, owners: Iterable[str]
    ) -> Media:
        media_id = self._snowflake()
        prefix = "3" if category in IMAGE_CATEGORIES else "16" if category.endswith("gif") else "7"
        now = self.clock.now()
        return Media(
            id=media_id,
            media_key=f"{prefix}_{media_id}",
            owner_id=owner.id,
            category=category,
            media_type=media_type,
            data=b"",
            total_bytes=total,
            state="uploading",
            created_at=now,
            expires_at=now + DAY,
            additional_owners=tuple(owners),
        )

    def _complete_media(self, media: Media, data: bytes) -> Media:
        mime, width, height = self._check_media_bytes(media.category, data, media.media_type)
        now = self.clock.now()
        processed = media.category in PROCESSED_CATEGORIES
        delay = self.config.media_processing_seconds if processed else 0.0
        done = dataclasses.replace(
            media,
            data=data,
            media_type=mime or media.media_type,
            width=width,
            height=height,
            state="pending" if delay > 0 else "succeeded",
            processing_done_at=now + delay if processed else None,
            segments={},
        )
        self._media[media.id] = done
        return done

    def media_json(self, media: Media) -> dict[str, Any]:
        now = self.clock.now()
        out: dict[str, Any] = {
            "id": media.id,
            "media_key": media.media_key,
            "size": len(media.data),
            "expires_after_secs": max(0, int(media.expires_at - now)),
        }
        if media.width is not None and media.height is not None:
            out["image"] = {"image_type": media.media_type or "", "w": media.width, "h": media.height}
        if media.category in PROCESSED_CATEGORIES:
            state = self._media_state(media, now)
            info: dict[str, Any] = {"state": state, "progress_percent": 100 if state == "succeeded" else 0}
            if state == "pending" and media.processing_done_at is not None:
                info["check_after_secs"] = max(1, int(media.processing_done_at - now + 0.999))
            out["processing_info"] = info
        return out

    def _owned_media(self, principal: Principal, media_id: str) -> tuple[User, Media]:
        user = self.require_user_context(principal)
        media = self._media.get(media_id)
        if media is None or (media.owner_id != user.id and user.id not in media.additional_owners):
            raise invalid_request(f"Media id [{media_id}] was not found.")
        return user, media

    def upload_media(
        self, principal: Principal, data: bytes, category: str, owners: Iterable[str] = ()
    ) -> dict[str, Any]:
        """One-shot POST /2/media/upload."""
        with self._lock:
            user = self.require_user_context(principal)
            media = self._new_media(user, category, None, len(data), owners)
            return {"data": self.media_json(self._complete_media(media, data))}

    def init_upload(
        self,
        principal: Principal,
        media_type: str | None,
        total_bytes: int | None,
        category: str,
        owners: Iterable[str],
    ) -> dict[str, Any]:
        with self._lock:
            user = self.require_user_context(principal)
            media = self._new_media(user, category, media_type, total_bytes, owners)
            self._media[media.id] = media
            return {"data": {"id": media.id, "media_key": media.media_key, "expires_after_secs": int(DAY)}}

    def append_upload(self, principal: Principal, media_id: str, index: int, chunk: bytes) -> dict[str, Any]:
        with self._lock:
            _, media = self._owned_media(principal, media_id)
            if media.state != "uploading":
                raise invalid_request("Segments can only be appended before FINALIZE.")
            segments = {**media.segments, index: chunk}
            self._media[media_id] = dataclasses.replace(media, segments=segments)
            return {"data": {"expires_at": int(media.expires_at)}}

    def finalize_upload(self, principal: Principal, media_id: str) -> dict[str, Any]:
        with self._lock:
            _, media = self._owned_media(principal, media_id)
            if media.state != "uploading":
                return {"data": self.media_json(media)}
            indexes = sorted(media.segments)
            if indexes != list(range(len(indexes))) or not indexes:
                raise invalid_request("Segments are missing: upload segment_index 0..n-1 before FINALIZE.")
            data = b"".join(media.segments[i] for i in indexes)
            if media.total_bytes is not None and len(data) != media.total_bytes:
                raise invalid_request(
                    f"File size mismatch: got {len(data)} bytes, expected {media.total_bytes}."
                )
            return {"data": self.media_json(self._complete_media(media, data))}

    def media_status(self, principal: Principal, media_id: str) -> dict[str, Any]:
        with self._lock:
            _, media = self._owned_media(principal, media_id)
            return {"data": self.media_json(media)}

    def set_media_metadata(
        self, principal: Principal, media_id: str, metadata: Mapping[str, Any]
    ) -> dict[str, Any]:
        """POST /2/media/metadata: alt text and friends, kept so tests can assert on them."""
        with self._lock:
            _, media = self._owned_media(principal, media_id)
            merged = {**media.metadata, **metadata}
            alt = (merged.get("alt_text") or {}).get("text", media.alt_text)
            self._media[media_id] = dataclasses.replace(media, metadata=merged, alt_text=alt)
            return {"data": {"id": media_id, "associated_metadata": dict(merged)}}
