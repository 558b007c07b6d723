"""A fake Mastodon server on 127.0.0.1 for offline tests of Crier's Mastodon publishing and sign-in.

It speaks real HTTP, so Mastodon.py, the app's session, timeouts and retries are exercised as they ship,
and it reproduces what publishing code has to survive on Mastodon: OAuth app registration and the
authorisation-code flow, ``Idempotency-Key`` kept per account for an hour (as Mastodon keeps it in Redis),
422 validation errors, asynchronous media processing, rate limits with ``X-RateLimit-*`` headers (reset as
an ISO 8601 time), and the shared scripted faults up to "the status was created but the answer was lost".
Drive it from Python (``server.state``, ``server.faults``) or over HTTP (``/__control/...``)::

    python -m tests.fakes.mastodon_api --port 8998 --defaults
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import html
import itertools
import json
import re
import secrets
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import SplitResult, parse_qs, urlencode, urlsplit

import regex

from tests.fakes import serving
from tests.fakes.faults import FaultKind, FaultPlan
from tests.fakes.serving import (
    FakeControl,
    FakeHandler,
    FakeState,
    Reply,
    ServedFake,
    parse_multipart,
    serve_main,
)

MAX_BODY = 64 * 1024 * 1024
_READ = "accounts blocks bookmarks favourites filters follows lists mutes notifications search statuses"
_WRITE = (
    "accounts blocks bookmarks conversations favourites filters follows lists media mutes notifications "
    "reports statuses"
)
VALID_SCOPES = frozenset(
    {"read", "write", "follow", "push", "profile"}
    | {f"read:{s}" for s in _READ.split()}
    | {f"write:{s}" for s in _WRITE.split()}
)
OOB = "urn:ietf:wg:oauth:2.0:oob"
IMAGE_TYPES = {
    "image/png": b"\x89PNG\r\n\x1a\n",
    "image/jpeg": b"\xff\xd8\xff",
    "image/gif": b"GIF8",
    "image/webp": b"RIFF",
}
INVALID_TOKEN = "The access token is invalid"
OUTSIDE_SCOPES = "This action is outside the authorized scopes"
INVALID_GRANT = (
    "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI "
    "used in the authorization request, or was issued to another client."
)
NOT_READY = "Cannot attach files that have not finished processing. Try again in a moment!"

_URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]'\"]", re.IGNORECASE)
_MENTION = re.compile(r"(?<![\w/])@(\w+)(?:@([\w.-]+\w))?")
_HASHTAG = re.compile(r"(?<![\w/#])#(\w+)")


# --------------------------------------------------------------------------------------------- state


@dataclass
class ServerConfig:
    """Behaviour knobs; change ``server.state.config`` between requests (or PATCH /__control/config)."""

    domain: str = "social.example"  # the instance's public name: handles and status URLs use it
    title: str = "Social Example"
    version: str = "4.3.2"
    max_characters: int = 500
    characters_reserved_per_url: int = 23
    max_media_attachments: int = 4
    image_size_limit: int = 16 * 1024 * 1024
    description_limit: int = 1500
    media_processing_polls: int = 0  # GET /api/v1/media/:id answers 206 this many times before the url is set
    idempotency_ttl: float = 3600.0  # Mastodon keeps an Idempotency-Key in Redis for an hour
    auth_code_lifetime: float = 600.0
    instance_v2: bool = True  # False: /api/v2/instance answers 404, as a server before Mastodon 4.0 does
    oauth_metadata: bool = True  # /.well-known/oauth-authorization-server (Mastodon 4.3+)
    max_hold: float = 5.0  # upper bound on any injected delay, so a fault never hangs a test
    idle_timeout: float = 5.0  # socket timeout on keep-alive connections
    request_log_size: int = 10_000


@dataclass
class Account:
    id: str
    username: str
    display_name: str
    created_at: float
    disabled: bool = False  # "Your login is currently disabled" (403)


@dataclass
class App:
    id: str
    name: str
    client_id: str
    client_secret: str
    redirect_uris: tuple[str, ...]
    scopes: tuple[str, ...]
    website: str = ""


@dataclass
class Token:
    token: str
    account_id: str | None  # None: an app-only (client credentials) token
    app_id: str | None
    scopes: tuple[str, ...]
    revoked: bool = False


@dataclass
class AuthCode:
    code: str
    app_id: str
    account_id: str
    redirect_uri: str
    scopes: tuple[str, ...]
    expires_at: float
    used: bool = False


@dataclass
class Media:
    id: str
    account_id: str
    mime_type: str
    size: int
    sha256: str
    description: str
    polls_left: int
    status_id: str | None = None

    @property
    def ready(self) -> bool:
        return self.polls_left <= 0


@dataclass
class Status:
    id: str
    account_id: str
    text: str  # the source as submitted
    content: str  # the HTML Mastodon renders from it
    in_reply_to_id: str | None
    visibility: str
    language: str | None
    media_ids: tuple[str, ...]
    created_at: float
    idempotency_key: str | None
    application: str | None
    deleted: bool = False


@dataclass
class RecordedRequest(serving.RecordedRequest):
    handling_seconds: float = 0.0  # time inside the fake, parsing to last byte written (not held time)


@dataclass
class RawAnswer:
    """A scripted answer that replaces the real one (a proxy's page, garbage, the wrong shape)."""

    method: str
    path: str
    status: int
    body: bytes
    content_type: str
    commit: bool  # process the request first (the status IS created), then answer this instead
    times: int


class ApiError(Exception):
    """A Mastodon error answer: ``{"error": message}`` with the status code."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def _iso(ts: float) -> str:
    """Times as Mastodon writes them in JSON: milliseconds and Z."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(ts * 1000) % 1000:03d}Z"


def _iso6(ts: float) -> str:
    """X-RateLimit-Reset as Mastodon sends it: ``Time#iso8601(6)``."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class MastodonState(FakeState):
    """Everything the server holds; thread-safe, used by request threads and by tests at once."""

    config: ServerConfig
    recorded = RecordedRequest

    def __init__(self, config: ServerConfig | None = None) -> None:
        super().__init__(config or ServerConfig())
        self._ids = itertools.count(1)
        self._snowflake_seq = itertools.count()
        self.accounts: dict[str, Account] = {}
        self.apps: dict[str, App] = {}  # by client_id
        self.tokens: dict[str, Token] = {}
        self.codes: dict[str, AuthCode] = {}
        self.statuses: dict[str, Status] = {}
        self.media: dict[str, Media] = {}
        # Mastodon's Redis keys "idempotency:status:<account id>:<key>" -> status id, with a TTL.
        self._idempotency: dict[tuple[str, str], tuple[str, float]] = {}
        self.browser_account_id: str | None = None  # who is signed in to the web UI the browser sees
        self.rate_limits: dict[str, tuple[int, float]] = {
            "api": (300, 300.0),  # every authenticated request: 300 per 5 minutes per account
            "anonymous": (300, 300.0),
            "statuses": (300, 10_800.0),  # creating statuses: 300 per 3 hours
            "media": (30, 1_800.0),  # uploading media: 30 per 30 minutes
        }
        self._rate_counts: dict[tuple[str, str, int], int] = {}
        self._raw: list[RawAnswer] = []

    # ------------------------------------------------------------------ helpers for tests

    def _snowflake(self) -> str:
        """Ids shaped like Mastodon's: milliseconds << 16 plus a sequence, so newer sorts higher."""
        return str((int(self.now() * 1000) << 16) + (next(self._snowflake_seq) & 0xFFFF))

    def add_account(self, username: str, display_name: str = "") -> Account:
        with self._lock:
            account = Account(str(next(self._ids)), username, display_name or username, self.now())
            self.accounts[account.id] = account
            if self.browser_account_id is None:
                self.browser_account_id = account.id
            return account

    def issue_token(
        self, account_id: str | None, scopes: Iterable[str] = ("read", "write"), app: App | None = None
    ) -> str:
        with self._lock:
            token = secrets.token_urlsafe(32)
            self.tokens[token] = Token(token, account_id, app.id if app else None, tuple(scopes))
            return token

    def revoke(self, token: str) -> bool:
        with self._lock:
            record = self.tokens.get(token)
            if record is None or record.revoked:
                return False
            record.revoked = True
            return True

    def add_app(
        self,
        name: str = "Crier",
        redirect_uris: Iterable[str] = (OOB,),
        scopes: Iterable[str] = ("read",),
        website: str = "",
    ) -> App:
        with self._lock:
            app = App(
                id=str(next(self._ids)),
                name=name,
                client_id=secrets.token_urlsafe(32),
                client_secret=secrets.token_urlsafe(32),
                redirect_uris=tuple(redirect_uris),
                scopes=tuple(scopes),
                website=website,
            )
            self.apps[app.client_id] = app
            return app

    def set_browser(self, account_id: str | None) -> None:
        with self._lock:
            self.browser_account_id = account_id

    def set_rate_limit(self, bucket: str, limit: int, period: float | None = None) -> None:
        with self._lock:
            _, current = self.rate_limits[bucket]
            self.rate_limits[bucket] = (int(limit), float(period or current))

    def answer_next(
        self,
        method: str,
        path: str,
        *,
        status: int = 200,
        body: bytes | str = b"",
        content_type: str = "text/html; charset=utf-8",
        commit: bool = False,
        times: int = 1,
    ) -> None:
        """Replace the next answer(s) to method+path (``*`` wildcards) with these bytes."""
        data = body.encode() if isinstance(body, str) else body
        with self._lock:
            self._raw.append(RawAnswer(method.upper(), path, status, data, content_type, commit, times))

    def take_raw(self, method: str, path: str) -> RawAnswer | None:
        with self._lock:
            for raw in self._raw:
                if raw.method in ("*", method) and re.fullmatch(
                    re.escape(raw.path).replace(r"\*", ".*"), path
                ):
                    raw.times -= 1
                    if raw.times <= 0:
                        self._raw.remove(raw)
                    return raw
            return None

    def statuses_for(self, account_id: str, *, include_deleted: bool = False) -> list[Status]:
        """The account's statuses, oldest first."""
        with self._lock:
            found = [s for s in self.statuses.values() if s.account_id == account_id]
        found = [s for s in found if include_deleted or not s.deleted]
        return sorted(found, key=lambda s: int(s.id))

    # ------------------------------------------------------------------ request log

    def finish_request(
        self, entry: RecordedRequest, *, status: int | None, outcome: str, fault: str | None, seconds: float
    ) -> None:
        with self._changed:
            entry.status, entry.outcome, entry.fault = status, outcome, fault
            entry.handling_seconds = seconds
            self._changed.notify_all()

    def answering(self, entry: RecordedRequest, status: int | None, fault: str | None) -> None:
        """Note status and fault before the answer goes out, so a client that has it sees them logged."""
        with self._changed:
            entry.status, entry.fault = status, fault

    def settled(self, timeout: float = 5.0) -> bool:
        """Wait until every logged request has finished (its outcome is recorded just after answering)."""
        return self.wait_for(lambda: all(e.outcome != "in_progress" for e in self._log), timeout)

    def requests(self, method: str | None = None, path: str | None = None) -> list[RecordedRequest]:
        with self._lock:
            return [
                e
                for e in self._log
                if (method is None or e.method == method) and (path is None or e.path == path)
            ]

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
        """Block until ``predicate()`` holds (checked on every request event), or the timeout passes."""
        with self._changed:
            return self._changed.wait_for(predicate, timeout)

    def handling_seconds(self) -> float:
        """Total time the server spent handling the requests in its log (for the publish benchmark)."""
        with self._lock:
            return sum(e.handling_seconds for e in self._log)

    def clear_log(self) -> None:
        with self._lock:
            self._log.clear()

    # ------------------------------------------------------------------ authentication and limits

    def principal(self, headers: dict[str, str]) -> Token | None:
        """The token of a request, None without one; raises 401 for an unknown or revoked token."""
        header = headers.get("authorization", "")
        if not header:
            return None
        scheme, _, value = header.partition(" ")
        with self._lock:
            token = self.tokens.get(value.strip()) if scheme.lower() == "bearer" else None
            if token is None or token.revoked:
                raise ApiError(401, INVALID_TOKEN, {"WWW-Authenticate": _www_authenticate()})
            return token

    def require_user(self, token: Token | None, *scopes: str) -> Account:
        """The signed-in account, checking that the token carries one of ``scopes`` (or its parent)."""
        if token is None or token.account_id is None:
            raise ApiError(
                401, INVALID_TOKEN if token is None else "This method requires an authenticated user"
            )
        if scopes and not _has_scope(token.scopes, scopes):
            raise ApiError(403, OUTSIDE_SCOPES)
        account = self.accounts[token.account_id]
        if account.disabled:
            raise ApiError(403, "Your login is currently disabled")
        return account

    def rate_headers(self, bucket: str, who: str, *, consume: bool) -> tuple[bool, dict[str, str]]:
        """Count one request in ``bucket`` for ``who``; (allowed, X-RateLimit headers)."""
        limit, period = self.rate_limits[bucket]
        now = self.now()
        window = int(now // period)
        reset = (window + 1) * period
        with self._lock:
            count = self._rate_counts.get((bucket, who, window), 0)
            allowed = count < limit
            if consume and allowed:
                count += 1
                self._rate_counts[(bucket, who, window)] = count
        headers = {
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": str(max(0, limit - count)),
            "X-RateLimit-Reset": _iso6(reset),
        }
        return allowed, headers

    # ------------------------------------------------------------------ OAuth

    def register_app(self, form: dict[str, Any]) -> dict[str, Any]:
        name = str(form.get("client_name") or "").strip()
        if not name:
            raise ApiError(422, "Validation failed: Application name can't be blank")
        raw_uris = form.get("redirect_uris") or ""
        uris = raw_uris if isinstance(raw_uris, list) else str(raw_uris).split()
        uris = [u.strip() for u in uris if str(u).strip()]
        if not uris:
            raise ApiError(422, "Validation failed: Redirect URI can't be blank")
        for uri in uris:
            parts = urlsplit(uri)
            if uri != OOB and (not parts.scheme or not parts.netloc or parts.fragment):
                raise ApiError(422, "Validation failed: Redirect URI must be an absolute URI.")
        scopes = str(form.get("scopes") or "read").split()
        if not set(scopes) <= VALID_SCOPES:
            raise ApiError(422, "Validation failed: Scopes are invalid")
        app = self.add_app(name, uris, scopes, str(form.get("website") or ""))
        return {
            "id": app.id,
            "name": app.name,
            "website": app.website or None,
            "scopes": list(app.scopes),
            "redirect_uri": "\n".join(app.redirect_uris),
            "redirect_uris": list(app.redirect_uris),
            "client_id": app.client_id,
            "client_secret": app.client_secret,
            "client_secret_expires_at": 0,
            "vapid_key": "BFake=",
        }

    def check_authorize(self, params: dict[str, str]) -> App:
        """Validate an authorisation request; raises ApiError(400/401) for a page, or returns the app."""
        app = self.apps.get(params.get("client_id", ""))
        if app is None:
            raise ApiError(
                401,
                "Client authentication failed due to unknown client, no client authentication "
                "included, or unsupported authentication method.",
            )
        if params.get("redirect_uri", "") not in app.redirect_uris:
            raise ApiError(400, "The redirect uri included is not valid.")
        return app

    def authorize(self, params: dict[str, str], *, approve: bool) -> str:
        """The signed-in browser user's decision; returns the redirect Location."""
        app = self.check_authorize(params)
        redirect = params["redirect_uri"]
        state = params.get("state")
        scopes = tuple(params.get("scope", "read").split()) or ("read",)

        def back(values: dict[str, str]) -> str:
            if state is not None:
                values["state"] = state
            joiner = "&" if "?" in redirect else "?"
            return f"{redirect}{joiner}{urlencode(values)}"

        if params.get("response_type") != "code":
            return back(
                {
                    "error": "unsupported_response_type",
                    "error_description": "The authorization server does not support this response type.",
                }
            )
        if not set(scopes) <= set(_expand(app.scopes)):
            return back(
                {
                    "error": "invalid_scope",
                    "error_description": "The requested scope is invalid, unknown, or malformed.",
                }
            )
        if not approve:
            return back(
                {
                    "error": "access_denied",
                    "error_description": "The resource owner or authorization server denied the request.",
                }
            )
        with self._lock:
            account_id = self.browser_account_id
            if account_id is None:
                raise ApiError(401, "You need to sign in first.")
            code = secrets.token_urlsafe(32)
            self.codes[code] = AuthCode(
                code, app.id, account_id, redirect, scopes, self.now() + self.config.auth_code_lifetime
            )
        return back({"code": code})

    def exchange(self, form: dict[str, str], basic: tuple[str, str] | None) -> dict[str, Any]:
        client_id, client_secret = basic or (form.get("client_id", ""), form.get("client_secret", ""))
        app = self.apps.get(client_id)
        if app is None or not secrets.compare_digest(app.client_secret, client_secret or ""):
            raise OAuthError(
                401,
                "invalid_client",
                "Client authentication failed due to unknown client, no "
                "client authentication included, or unsupported authentication method.",
            )
        grant = form.get("grant_type")
        if grant == "client_credentials":
            token = self.issue_token(None, form.get("scope", "read").split(), app)
            return {
                "access_token": token,
                "token_type": "Bearer",
                "scope": form.get("scope", "read"),
                "created_at": int(self.now()),
            }
        if grant != "authorization_code":
            raise OAuthError(
                400,
                "unsupported_grant_type",
                "The authorization grant type is not supported by the authorization server.",
            )
        with self._lock:
            code = self.codes.get(form.get("code", ""))
            if (
                code is None
                or code.used
                or code.app_id != app.id
                or code.expires_at < self.now()
                or code.redirect_uri != form.get("redirect_uri")
            ):
                raise OAuthError(400, "invalid_grant", INVALID_GRANT)
            code.used = True
            token = self.issue_token(code.account_id, code.scopes, app)
        return {
            "access_token": token,
            "token_type": "Bearer",
            "scope": " ".join(code.scopes),
            "created_at": int(self.now()),
        }

    # ------------------------------------------------------------------ API

    def account_json(self, account: Account, *, credentials: bool = False) -> dict[str, Any]:
        count = sum(1 for s in self.statuses.values() if s.account_id == account.id and not s.deleted)
        data: dict[str, Any] = {
            "id": account.id,
            "username": account.username,
            "acct": account.username,
            "display_name": account.display_name,
            "locked": False,
            "bot": False,
            "discoverable": True,
            "group": False,
            "created_at": _iso(account.created_at),
            "note": "",
            "url": f"https://{self.config.domain}/@{account.username}",
            "uri": f"https://{self.config.domain}/users/{account.username}",
            "avatar": f"https://{self.config.domain}/avatars/original/missing.png",
            "avatar_static": f"https://{self.config.domain}/avatars/original/missing.png",
            "header": f"https://{self.config.domain}/headers/original/missing.png",
            "header_static": f"https://{self.config.domain}/headers/original/missing.png",
            "followers_count": 0,
            "following_count": 0,
            "statuses_count": count,
            "last_status_at": None,
            "emojis": [],
            "fields": [],
        }
        if credentials:
            data["source"] = {
                "privacy": "public",
                "sensitive": False,
                "language": "",
                "note": "",
                "fields": [],
                "follow_requests_count": 0,
            }
        return data

    def instance_v2(self) -> dict[str, Any]:
        c = self.config
        return {
            "domain": c.domain,
            "title": c.title,
            "version": c.version,
            "source_url": "https://github.com/mastodon/mastodon",
            "description": "A fake Mastodon server for Crier's tests.",
            "usage": {"users": {"active_month": len(self.accounts)}},
            "thumbnail": {"url": f"https://{c.domain}/packs/media/images/preview.png"},
            "languages": ["en", "cy"],
            "configuration": {
                "urls": {"streaming": f"wss://{c.domain}"},
                "vapid": {"public_key": "BFake="},
                "accounts": {"max_featured_tags": 10, "max_pinned_statuses": 5},
                "statuses": {
                    "max_characters": c.max_characters,
                    "max_media_attachments": c.max_media_attachments,
                    "characters_reserved_per_url": c.characters_reserved_per_url,
                },
                "media_attachments": {
                    "supported_mime_types": sorted(IMAGE_TYPES),
                    "description_limit": c.description_limit,
                    "image_size_limit": c.image_size_limit,
                    "image_matrix_limit": 33_177_600,
                    "video_size_limit": 103_809_024,
                    "video_frame_rate_limit": 120,
                    "video_matrix_limit": 8_294_400,
                },
                "polls": {
                    "max_options": 4,
                    "max_characters_per_option": 50,
                    "min_expiration": 300,
                    "max_expiration": 2_629_746,
                },
                "translation": {"enabled": False},
            },
            "registrations": {"enabled": False, "approval_required": False, "message": None},
            "api_versions": {"mastodon": 2},
            "contact": {"email": f"admin@{c.domain}", "account": None},
            "rules": [],
        }

    def instance_v1(self) -> dict[str, Any]:
        c = self.config
        return {
            "uri": c.domain,
            "title": c.title,
            "short_description": "",
            "description": "",
            "email": f"admin@{c.domain}",
            "version": c.version,
            "urls": {"streaming_api": f"wss://{c.domain}"},
            "stats": {
                "user_count": len(self.accounts),
                "status_count": len(self.statuses),
                "domain_count": 1,
            },
            "languages": ["en", "cy"],
            "registrations": False,
            "approval_required": False,
            "invites_enabled": False,
            "configuration": self.instance_v2()["configuration"],
            "contact_account": None,
            "rules": [],
        }

    def media_json(self, media: Media) -> dict[str, Any]:
        url = f"https://{self.config.domain}/system/media_attachments/{media.id}.png" if media.ready else None
        return {
            "id": media.id,
            "type": "image",
            "url": url,
            "preview_url": url,
            "remote_url": None,
            "text_url": None,
            "meta": {"original": {"width": 2, "height": 1, "size": "2x1", "aspect": 2.0}}
            if media.ready
            else None,
            "description": media.description or None,
            "blurhash": "LEHV6nWB2yk8pyo0adR*.7kCMdnj" if media.ready else None,
        }

    def status_json(self, status: Status) -> dict[str, Any]:
        account = self.accounts[status.account_id]
        parent = self.statuses.get(status.in_reply_to_id or "")
        return {
            "id": status.id,
            "created_at": _iso(status.created_at),
            "in_reply_to_id": status.in_reply_to_id,
            "in_reply_to_account_id": parent.account_id if parent else None,
            "sensitive": False,
            "spoiler_text": "",
            "visibility": status.visibility,
            "language": status.language,
            "uri": f"https://{self.config.domain}/users/{account.username}/statuses/{status.id}",
            "url": f"https://{self.config.domain}/@{account.username}/{status.id}",
            "replies_count": sum(1 for s in self.statuses.values() if s.in_reply_to_id == status.id),
            "reblogs_count": 0,
            "favourites_count": 0,
            "edited_at": None,
            "favourited": False,
            "reblogged": False,
            "muted": False,
            "bookmarked": False,
            "pinned": False,
            "content": status.content,
            "filtered": [],
            "reblog": None,
            "application": {"name": status.application, "website": None} if status.application else None,
            "account": self.account_json(account),
            "media_attachments": [self.media_json(self.media[m]) for m in status.media_ids],
            "mentions": [],
            "tags": [],
            "emojis": [],
            "card": None,
            "poll": None,
        }

    def create_status(
        self, token: Token, form: dict[str, Any], idempotency_key: str | None
    ) -> dict[str, Any]:
        """POST /api/v1/statuses in Mastodon's order: parent, idempotency, media, text, then create."""
        account = self.require_user(token, "write", "write:statuses")
        with self._lock:
            reply_to = _one(form.get("in_reply_to_id"))
            if reply_to:
                parent = self.statuses.get(str(reply_to))
                if parent is None or parent.deleted:
                    raise ApiError(404, "The post you are trying to reply to does not appear to exist.")
            if idempotency_key:
                remembered = self._idempotency.get((account.id, idempotency_key))
                if remembered is not None and remembered[1] > self.now():
                    earlier = self.statuses.get(remembered[0])
                    if earlier is None or earlier.deleted:
                        raise ApiError(404, "Record not found")
                    return self.status_json(earlier)
            media_ids = [str(m) for m in _many(form, "media_ids")]
            found = [self.media.get(m) for m in media_ids]
            missing = [
                m
                for m, media in zip(media_ids, found, strict=True)
                if media is None or media.account_id != account.id or media.status_id is not None
            ]
            if missing:
                raise ApiError(
                    422, f"Media {', '.join(missing)} not found or already attached to another post"
                )
            if len(media_ids) > self.config.max_media_attachments:
                raise ApiError(422, f"Cannot attach more than {self.config.max_media_attachments} files")
            if any(media is not None and not media.ready for media in found):
                raise ApiError(422, NOT_READY)
            text = str(_one(form.get("status")) or "")
            if not text.strip() and not media_ids:
                raise ApiError(422, "Validation failed: Text can't be blank")
            if self.status_length(text) > self.config.max_characters:
                raise ApiError(
                    422, f"Validation failed: Text character limit of {self.config.max_characters} exceeded"
                )
            visibility = str(_one(form.get("visibility")) or "public")
            if visibility not in ("public", "unlisted", "private", "direct"):
                raise ApiError(422, "Validation failed: Visibility is not included in the list")
            language = _one(form.get("language"))
            app = next((a for a in self.apps.values() if a.id == token.app_id), None)
            status = Status(
                id=self._snowflake(),
                account_id=account.id,
                text=text,
                content=self.render(text),
                in_reply_to_id=str(reply_to) if reply_to else None,
                visibility=visibility,
                language=str(language) if language and re.fullmatch(r"[a-z]{2,3}", str(language)) else None,
                media_ids=tuple(media_ids),
                created_at=self.now(),
                idempotency_key=idempotency_key,
                application=app.name if app else None,
            )
            self.statuses[status.id] = status
            for media in found:
                assert media is not None
                media.status_id = status.id
            if idempotency_key:
                expires = self.now() + self.config.idempotency_ttl
                self._idempotency[(account.id, idempotency_key)] = (status.id, expires)
            return self.status_json(status)

    def status_length(self, text: str) -> int:
        """Mastodon's count (StatusLengthValidator): grapheme clusters, a link as
        ``characters_reserved_per_url``, a remote mention only its @user."""
        counted = _URL.sub("x" * self.config.characters_reserved_per_url, text)
        counted = _MENTION.sub(lambda m: "@" + m.group(1), counted)
        return len(regex.findall(r"\X", counted))

    def render(self, text: str) -> str:
        """The HTML Mastodon makes from plain text: paragraphs, <br />, links cut to 30 characters shown."""
        domain = self.config.domain

        def linkify(line: str) -> str:
            out, pos = [], 0
            tokens = sorted(
                [(m.start(), m.end(), "url", m) for m in _URL.finditer(line)]
                + [(m.start(), m.end(), "mention", m) for m in _MENTION.finditer(line)]
                + [(m.start(), m.end(), "tag", m) for m in _HASHTAG.finditer(line)],
                key=lambda t: t[0],
            )
            for start, end, kind, match in tokens:
                if start < pos:
                    continue
                out.append(html.escape(line[pos:start], quote=False))
                if kind == "url":
                    url = match.group(0)
                    scheme, _, rest = url.partition("://")
                    shown, hidden = rest[:30], rest[30:]
                    out.append(
                        f'<a href="{html.escape(url)}" target="_blank" rel="nofollow noopener" '
                        'translate="no">'
                        f'<span class="invisible">{html.escape(scheme)}://</span>'
                        f'<span class="{"ellipsis" if hidden else ""}">{html.escape(shown)}</span>'
                        f'<span class="invisible">{html.escape(hidden)}</span></a>'
                    )
                elif kind == "mention":
                    user, host = match.group(1), match.group(2) or domain
                    out.append(
                        f'<span class="h-card" translate="no"><a href="https://{html.escape(host)}/@'
                        f'{html.escape(user)}" class="u-url mention">@<span>{html.escape(user)}</span></a>'
                        "</span>"
                    )
                else:
                    tag = match.group(1)
                    out.append(
                        f'<a href="https://{domain}/tags/{html.escape(tag.lower())}" class="mention hashtag" '
                        f'rel="tag">#<span>{html.escape(tag)}</span></a>'
                    )
                pos = end
            out.append(html.escape(line[pos:], quote=False))
            return "".join(out)

        paragraphs = [p for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()) if p.strip()]
        return "".join(
            "<p>" + "<br />".join(linkify(line) for line in p.split("\n")) + "</p>" for p in paragraphs
        )

    def get_status(self, token: Token | None, status_id: str) -> dict[str, Any]:
        with self._lock:
            status = self.statuses.get(status_id)
            if status is None or status.deleted:
                raise ApiError(404, "Record not found")
            if status.visibility in ("private", "direct") and (
                token is None or token.account_id != status.account_id
            ):
                raise ApiError(404, "Record not found")
            return self.status_json(status)

    def delete_status(self, token: Token | None, status_id: str) -> dict[str, Any]:
        account = self.require_user(token, "write", "write:statuses")
        with self._lock:
            status = self.statuses.get(status_id)
            if status is None or status.deleted or status.account_id != account.id:
                raise ApiError(404, "Record not found")
            status.deleted = True
            data = self.status_json(status)
            data["text"] = status.text
            return data

    def account_statuses(
        self, token: Token | None, account_id: str, query: dict[str, list[str]], base_url: str
    ) -> tuple[list[dict[str, Any]], str]:
        if (
            token is not None
            and token.account_id is not None
            and not _has_scope(token.scopes, ("read", "read:statuses"))
        ):
            raise ApiError(403, OUTSIDE_SCOPES)
        with self._lock:
            if account_id not in self.accounts:
                raise ApiError(404, "Record not found")
            own = token is not None and token.account_id == account_id
            rows = [
                s
                for s in self.statuses.values()
                if s.account_id == account_id
                and not s.deleted
                and (own or s.visibility in ("public", "unlisted"))
            ]

            def number(name: str) -> int | None:
                value = (query.get(name) or [None])[-1]
                return int(value) if value and value.isdigit() else None

            max_id, since_id, min_id = number("max_id"), number("since_id"), number("min_id")
            limit = min(40, max(1, number("limit") or 20))
            if (query.get("exclude_replies") or ["0"])[-1] in ("1", "true"):
                rows = [s for s in rows if s.in_reply_to_id is None]
            if (query.get("only_media") or ["0"])[-1] in ("1", "true"):
                rows = [s for s in rows if s.media_ids]
            rows = [
                s
                for s in rows
                if (max_id is None or int(s.id) < max_id)
                and (since_id is None or int(s.id) > since_id)
                and (min_id is None or int(s.id) > min_id)
            ]
            if min_id is not None:  # min_id pages forwards from the oldest, still answered newest first
                rows = sorted(rows, key=lambda s: int(s.id))[:limit][::-1]
            else:
                rows = sorted(rows, key=lambda s: int(s.id), reverse=True)[:limit]
            page = [self.status_json(s) for s in rows]
        link = ""
        if page:
            path = f"{base_url}/api/v1/accounts/{account_id}/statuses"
            link = (
                f'<{path}?limit={limit}&max_id={page[-1]["id"]}>; rel="next", '
                f'<{path}?limit={limit}&min_id={page[0]["id"]}>; rel="prev"'
            )
        return page, link

    def upload_media(self, token: Token | None, fields: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        account = self.require_user(token, "write", "write:media")
        upload = fields.get("file")
        if not isinstance(upload, tuple):
            raise ApiError(422, "Validation failed: File can't be blank")
        data, mime = upload
        magic = IMAGE_TYPES.get(mime)
        if magic is None or not data.startswith(magic):
            raise ApiError(422, "Validation failed: File content type is invalid, File is invalid")
        if len(data) > self.config.image_size_limit:
            limit_mb = self.config.image_size_limit // (1024 * 1024)
            raise ApiError(422, f"Validation failed: File file size must be less than {limit_mb} MB")
        description = str(fields.get("description") or "")
        if len(description) > self.config.description_limit:
            raise ApiError(
                422,
                f"Validation failed: Description is too long (maximum is {self.config.description_limit} "
                "characters)",
            )
        with self._lock:
            media = Media(
                self._snowflake(),
                account.id,
                mime,
                len(data),
                hashlib.sha256(data).hexdigest(),
                description,
                self.config.media_processing_polls,
            )
            self.media[media.id] = media
            return (200 if media.ready else 202), self.media_json(media)

    def get_media(self, token: Token | None, media_id: str) -> tuple[int, dict[str, Any]]:
        account = self.require_user(token, "write", "write:media")
        with self._lock:
            media = self.media.get(media_id)
            if media is None or media.account_id != account.id:
                raise ApiError(404, "Record not found")
            if not media.ready:
                media.polls_left -= 1
                if not media.ready:
                    return 206, self.media_json(media)
            return 200, self.media_json(media)


class OAuthError(Exception):
    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.status, self.error, self.description = status, error, description


def _www_authenticate() -> str:
    return f'Bearer realm="Doorkeeper", error="invalid_token", error_description="{INVALID_TOKEN}"'


def _expand(scopes: Iterable[str]) -> set[str]:
    """A parent scope ("write") grants its children ("write:statuses")."""
    granted = set(scopes)
    for parent in ("read", "write"):
        if parent in granted:
            granted |= {s for s in VALID_SCOPES if s.startswith(parent + ":")}
    return granted


def _has_scope(granted: Iterable[str], wanted: Iterable[str]) -> bool:
    return bool(_expand(granted) & set(wanted))


def _one(value: Any) -> Any:
    return value[-1] if isinstance(value, list) else value


def _many(form: dict[str, Any], name: str) -> list[Any]:
    value = form.get(name + "[]", form.get(name))
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


# --------------------------------------------------------------------------------------------- HTTP


class Request(serving.Request):
    def fields(self) -> dict[str, Any]:
        """The body as Mastodon's params: form (repeated keys as lists), JSON or multipart."""
        if not self.body:
            return {}
        if self.media_type == "application/json":
            try:
                data = json.loads(self.body)
            except ValueError:
                raise ApiError(400, "Error occurred while parsing request parameters.") from None
            return data if isinstance(data, dict) else {}
        if self.media_type == "multipart/form-data":
            try:
                return parse_multipart(self.headers.get("content-type", ""), self.body)
            except ValueError:
                raise ApiError(400, "Error occurred while parsing request parameters.") from None
        parsed = parse_qs(self.body.decode("utf-8", "replace"), keep_blank_values=True)
        return {k: (v if k.endswith("[]") else v[-1]) for k, v in parsed.items()}


def _basic_auth(header: str | None) -> tuple[str, str] | None:
    if not header or not header.lower().startswith("basic "):
        return None
    try:
        user, _, password = base64.b64decode(header[6:].strip()).decode("utf-8").partition(":")
    except (ValueError, UnicodeDecodeError):
        return None
    return user, password


_ROUTES: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (method, re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template) + "$"), handler)
    for method, template, handler in (
        ("POST", "/api/v1/apps", "apps"),
        ("GET", "/.well-known/oauth-authorization-server", "oauth_metadata"),
        ("GET", "/oauth/authorize", "authorize_page"),
        ("POST", "/oauth/authorize", "authorize_decision"),
        ("DELETE", "/oauth/authorize", "authorize_decision"),
        ("POST", "/oauth/token", "token"),
        ("POST", "/oauth/revoke", "revoke"),
        ("GET", "/api/v1/accounts/verify_credentials", "verify_credentials"),
        ("GET", "/api/v1/instance", "instance_v1"),
        ("GET", "/api/v2/instance", "instance_v2"),
        ("POST", "/api/v1/statuses", "create_status"),
        ("GET", "/api/v1/statuses/{id}", "get_status"),
        ("DELETE", "/api/v1/statuses/{id}", "delete_status"),
        ("GET", "/api/v1/accounts/{id}/statuses", "account_statuses"),
        ("POST", "/api/v2/media", "upload_media"),
        ("GET", "/api/v1/media/{id}", "get_media"),
    )
)


class MastodonApi:
    """Turns parsed requests into replies; one per server, called from many threads."""

    def __init__(self, server: FakeMastodonServer) -> None:
        self.server = server
        self.state = server.state

    def handle(self, request: Request) -> Reply:
        for method, pattern, name in _ROUTES:
            found = pattern.match(request.path)
            if found and method == request.method:
                handler = name
                break
        else:
            return Reply.json(404, {"error": "Record not found"})
        if handler.startswith(("authorize", "oauth_", "apps", "token", "revoke")):
            return getattr(self, handler)(request)
        return self._api(request, handler, found.groupdict())

    def _api(self, request: Request, handler: str, params: dict[str, str]) -> Reply:
        try:
            token = self.state.principal(request.headers)
        except ApiError as error:
            return Reply.json(error.status, {"error": error.message}, error.headers)
        who = token.account_id if token and token.account_id else "ip:127.0.0.1"
        bucket = "api" if token else "anonymous"
        allowed, headers = self.state.rate_headers(bucket, who, consume=True)
        extra = {"create_status": "statuses", "upload_media": "media"}.get(handler)
        if allowed and extra and token is not None:
            allowed, headers = self.state.rate_headers(extra, who, consume=True)
        if not allowed:
            return Reply.json(429, {"error": "Too many requests"}, headers)
        try:
            reply = getattr(self, "api_" + handler)(request, token, params)
        except ApiError as error:
            reply = Reply.json(error.status, {"error": error.message}, error.headers)
        reply.headers = {**headers, **reply.headers}
        return reply

    def fault_reply(self, request: Request, status: int) -> Reply:
        """An injected error answer shaped as Mastodon (or the proxy in front of it) sends it."""
        try:
            token = self.state.principal(request.headers)
        except ApiError:
            token = None
        who = token.account_id if token and token.account_id else "ip:127.0.0.1"
        bucket = {"/api/v1/statuses": "statuses", "/api/v2/media": "media"}.get(request.path, "api")
        headers = self.state.rate_headers(bucket if token else "anonymous", who, consume=False)[1]
        if status == 429:
            return Reply.json(429, {"error": "Too many requests"}, {**headers, "X-RateLimit-Remaining": "0"})
        if status in (502, 504):  # these come from nginx in front of Mastodon, as HTML
            return Reply.page(status, f"{status} Bad Gateway", f"<center><h1>{status}</h1></center><hr>nginx")
        message = {
            500: "We're sorry, but something went wrong on our end.",
            503: "Service Unavailable",
            403: "This action is not allowed",
        }.get(status, f"HTTP {status}")
        return Reply.json(status, {"error": message}, headers)

    # ------------------------------------------------------------------ OAuth

    def apps(self, request: Request) -> Reply:
        try:
            return Reply.json(200, self.state.register_app(request.fields()))
        except ApiError as error:
            return Reply.json(error.status, {"error": error.message})

    def oauth_metadata(self, request: Request) -> Reply:
        if not self.state.config.oauth_metadata:
            return Reply.json(404, {"error": "Record not found"})
        base = self.server.base_url
        return Reply.json(
            200,
            {
                "issuer": base + "/",
                "service_documentation": "https://docs.joinmastodon.org/",
                "authorization_endpoint": base + "/oauth/authorize",
                "token_endpoint": base + "/oauth/token",
                "revocation_endpoint": base + "/oauth/revoke",
                "scopes_supported": sorted(VALID_SCOPES),
                "response_types_supported": ["code"],
                "response_modes_supported": ["query", "fragment", "form_post"],
                "code_challenge_methods_supported": ["S256"],
                "grant_types_supported": ["authorization_code", "client_credentials"],
                "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
                "app_registration_endpoint": base + "/api/v1/apps",
            },
        )

    def authorize_page(self, request: Request) -> Reply:
        params = {k: v[-1] for k, v in request.query.items() if v}
        try:
            app = self.state.check_authorize(params)
        except ApiError as error:
            return Reply.page(error.status, "Mastodon", f"<p id='error'>{html.escape(error.message)}</p>")
        if self.state.browser_account_id is None:
            return Reply.page(200, "Log in - Mastodon", "<p id='login'>Log in to continue.</p>")
        account = self.state.accounts[self.state.browser_account_id]
        hidden = "".join(
            f"<input type='hidden' name='{html.escape(k)}' value='{html.escape(v)}'>"
            for k, v in params.items()
            if k in ("client_id", "redirect_uri", "state", "response_type", "scope", "lang")
        )
        return Reply.page(
            200,
            "Authorization required - Mastodon",
            (
                f"<p>{html.escape(app.name)} would like to access @{html.escape(account.username)}.</p>"
                f"<form id='approve' method='post' action='/oauth/authorize'>{hidden}"
                "<button type='submit'>Authorize</button></form>"
                f"<form id='deny' method='post' action='/oauth/authorize'>{hidden}"
                "<input type='hidden' name='_method' value='delete'>"
                "<button type='submit'>Deny</button></form>"
            ),
        )

    def authorize_decision(self, request: Request) -> Reply:
        fields = {k: str(v) for k, v in request.fields().items()}
        approve = request.method == "POST" and fields.pop("_method", "").lower() != "delete"
        try:
            location = self.state.authorize(fields, approve=approve)
        except ApiError as error:
            return Reply.page(error.status, "Mastodon", f"<p id='error'>{html.escape(error.message)}</p>")
        return Reply.redirect(location)

    def token(self, request: Request) -> Reply:
        try:
            fields = {k: str(v) for k, v in request.fields().items()}
            return Reply.json(
                200, self.state.exchange(fields, _basic_auth(request.headers.get("authorization")))
            )
        except OAuthError as error:
            return Reply.json(error.status, {"error": error.error, "error_description": error.description})
        except ApiError as error:
            return Reply.json(error.status, {"error": error.message})

    def revoke(self, request: Request) -> Reply:
        """RFC 7009 as Doorkeeper does it: the client must prove itself and own the token."""
        fields = {k: str(v) for k, v in request.fields().items()}
        basic = _basic_auth(request.headers.get("authorization"))
        client_id, client_secret = basic or (fields.get("client_id", ""), fields.get("client_secret", ""))
        app = self.state.apps.get(client_id)
        if app is None or not secrets.compare_digest(app.client_secret, client_secret):
            return Reply.json(
                401, {"error": "invalid_client", "error_description": "Client authentication failed."}
            )
        token = self.state.tokens.get(fields.get("token", ""))
        if token is not None and token.app_id != app.id:
            return Reply.json(
                403,
                {
                    "error": "unauthorized_client",
                    "error_description": "You are not authorized to revoke this token",
                },
            )
        self.state.revoke(fields.get("token", ""))
        return Reply.json(200, {})

    # ------------------------------------------------------------------ API endpoints

    def api_verify_credentials(self, request: Request, token: Token | None, params: dict[str, str]) -> Reply:
        account = self.state.require_user(token, "read", "read:accounts", "profile")
        return Reply.json(200, self.state.account_json(account, credentials=True))

    def api_instance_v1(self, request: Request, token: Token | None, params: dict[str, str]) -> Reply:
        return Reply.json(200, self.state.instance_v1())

    def api_instance_v2(self, request: Request, token: Token | None, params: dict[str, str]) -> Reply:
        if not self.state.config.instance_v2:
            return Reply.json(404, {"error": "Record not found"})
        return Reply.json(200, self.state.instance_v2())

    def api_create_status(self, request: Request, token: Token | None, params: dict[str, str]) -> Reply:
        key = request.headers.get("idempotency-key") or None
        return Reply.json(200, self.state.create_status(token, request.fields(), key))  # type: ignore[arg-type]

    def api_get_status(self, request: Request, token: Token | None, params: dict[str, str]) -> Reply:
        return Reply.json(200, self.state.get_status(token, params["id"]))

    def api_delete_status(self, request: Request, token: Token | None, params: dict[str, str]) -> Reply:
        return Reply.json(200, self.state.delete_status(token, params["id"]))

    def api_account_statuses(self, request: Request, token: Token | None, params: dict[str, str]) -> Reply:
        page, link = self.state.account_statuses(token, params["id"], request.query, self.server.base_url)
        return Reply.json(200, page, {"Link": link} if link else {})

    def api_upload_media(self, request: Request, token: Token | None, params: dict[str, str]) -> Reply:
        status, body = self.state.upload_media(token, request.fields())
        return Reply.json(status, body)

    def api_get_media(self, request: Request, token: Token | None, params: dict[str, str]) -> Reply:
        status, body = self.state.get_media(token, params["id"])
        return Reply.json(status, body)


class Control(FakeControl):
    """``/__control/...``: Mastodon's own control endpoints (the shared ones are in :class:`FakeControl`)."""

    reply = Reply.json
    config_type = ServerConfig

    def routes(self, request: Request, method: str, path: str, body: dict[str, Any]) -> Reply | None:
        state = self.state
        if (method, path) == ("POST", "/accounts"):
            return Reply.json(201, dataclasses.asdict(state.add_account(**body)))
        if (method, path) == ("POST", "/tokens"):
            token = state.issue_token(body.get("account_id"), body.get("scopes", ("read", "write")))
            return Reply.json(201, {"access_token": token})
        if (method, path) == ("POST", "/revoke"):
            return Reply.json(200, {"revoked": state.revoke(body["token"])})
        if (method, path) == ("POST", "/browser"):
            state.set_browser(body.get("account_id"))
            return Reply.json(200, {"ok": True})
        if (method, path) == ("POST", "/rate-limits"):
            state.set_rate_limit(body["bucket"], int(body["limit"]), body.get("period"))
            return Reply.json(200, {"ok": True})
        if (method, path) == ("POST", "/clock"):
            state.advance_clock(float(body["advance"]))
            return Reply.json(200, {"now": state.now()})
        if (method, path) == ("POST", "/raw"):
            state.answer_next(
                body["method"],
                body["path"],
                status=int(body.get("status", 200)),
                body=str(body.get("body", "")),
                content_type=str(body.get("content_type", "text/html; charset=utf-8")),
                commit=bool(body.get("commit", False)),
                times=int(body.get("times", 1)),
            )
            return Reply.json(201, {"ok": True})
        if (method, path) == ("GET", "/statuses"):
            account_id = (request.query.get("account_id") or [""])[-1]
            rows = state.statuses_for(account_id)
            return Reply.json(200, {"statuses": [dataclasses.asdict(s) for s in rows]})
        if (method, path) == ("GET", "/requests"):
            rows = state.requests(
                (request.query.get("method") or [None])[-1], (request.query.get("path") or [None])[-1]
            )
            keys = ("seq", "method", "path", "status", "outcome", "fault")
            listed = [
                {**{k: getattr(e, k) for k in keys}, "idempotency_key": e.headers.get("idempotency-key")}
                for e in rows
            ]
            return Reply.json(200, {"requests": listed})
        if (method, path) == ("GET", "/stats"):
            return Reply.json(
                200, {"requests": len(state.requests()), "handling_seconds": state.handling_seconds()}
            )
        if (method, path) == ("DELETE", "/requests"):
            state.clear_log()
            return Reply.json(200, {"ok": True})
        return None


class _Handler(FakeHandler):
    server_version = "Mastodon"
    fake_name = "fake Mastodon"
    fixed_headers = {"Cache-Control": "no-store"}
    dated_by_fake_clock = True  # a skewed server clock shows in the Date header as it would for real

    def crash_reply(self) -> Reply:
        return Reply.json(500, {"error": "fake Mastodon bug: see the test's violations"})

    def too_large_reply(self) -> Reply:
        return Reply.json(413, {"error": "Request entity too large"})

    def route(self, parts: SplitResult, body: bytes, headers: dict[str, str]) -> None:
        fake = self.server.fake
        state = fake.state
        path = parts.path.rstrip("/") or "/"  # Rails routes /api/v2/instance/ as /api/v2/instance
        request = Request(self.command, path, parse_qs(parts.query, keep_blank_values=True), headers, body)
        if path.startswith("/__control/"):
            self._write(fake.control.handle(request.method, path, body, request))
            return
        entry = self._entry = state.record_request(request.method, request.path, request.query, headers, body)
        fault = fake.faults.pick(request.method, request.path)
        name = fault.kind.value if fault else None
        state.answering(entry, None, name)

        def record(status: int | None, outcome: str) -> None:
            state.answering(entry, status, name)  # noted before the client can see the answer
            seconds = time.perf_counter() - self.started - self.held
            state.finish_request(entry, status=status, outcome=outcome, fault=name, seconds=seconds)

        def respond() -> Reply:
            raw = state.take_raw(request.method, request.path)
            if fault is not None and fault.kind is FaultKind.STATUS:
                return fake.api.fault_reply(request, fault.status)
            if raw is not None and not raw.commit:
                return Reply(raw.status, raw.body, raw.content_type)
            reply = fake.api.handle(request)
            return reply if raw is None else Reply(raw.status, raw.body, raw.content_type)

        reply = self.answer_with_faults(fault, respond, record)
        if reply is None:
            return
        state.answering(entry, reply.status, name)
        try:
            self._write(reply)
        finally:
            record(reply.status, "answered")


class FakeMastodonServer(ServedFake):
    """The fake Mastodon instance: ``start()`` it, use ``base_url`` as the instance's address, then close."""

    thread_name = "fake-mastodon"

    def __init__(self, config: ServerConfig | None = None, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.state = MastodonState(config)
        self.faults = FaultPlan()
        self.listen(host, port, _Handler, what="Mastodon server")
        self.api = MastodonApi(self)
        self.control = Control(self)


# --------------------------------------------------------------------------------------------- standalone


def bootstrap(server: FakeMastodonServer, *, username: str = "council") -> dict[str, Any]:
    """One account signed in to the browser, with a read+write token; returned as JSON-ready data."""
    account = server.state.add_account(username, display_name="Crier Test Council")
    token = server.state.issue_token(account.id, ("read", "write"))
    return {"base_url": server.base_url, "account": dataclasses.asdict(account), "access_token": token}


def main(argv: list[str] | None = None) -> int:
    return serve_main(
        argv,
        FakeMastodonServer,
        lambda server, _: bootstrap(server),
        defaults_help="add an account and a token; print them as JSON",
    )


if __name__ == "__main__":
    sys.exit(main())
