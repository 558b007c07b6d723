"""A fake Facebook Graph API on 127.0.0.1 for offline tests of Crier's Facebook publisher.

Real HTTP, threaded, so the app's own session, timeouts and retry decisions are what get exercised. It
keeps Pages, people, apps and tokens; takes feed posts, unpublished photos with alt text, attached
media and comments; reads the feed back with ``since`` and cursor paging; answers errors in Graph's
shape (``{"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}``) with Graph's codes
(190/463 expired token, 200 permissions, 100 bad parameter, 506 duplicate, 80001 Page rate limit);
sends the ``x-app-usage`` / ``x-page-usage`` / ``x-business-use-case-usage`` headers; serves the login
dialog (``/vXX.X/dialog/oauth``, redirecting with the token in the fragment) and ``/me/accounts``.

Faults come from the shared :class:`~tests.fakes.faults.FaultPlan` (5xx, timeouts, dropped
connections, lost answers, throttling, slow answers, seeded random fractions of writes); a
:class:`GraphFault` in the plan answers with a particular Graph error, and ``commit=True`` on it applies
the write first (Graph's "500 after the post was made"). :attr:`FakeGraphServer.answers` holds
:class:`RawAnswer` rules for answers that aren't Graph's JSON (an HTML portal page, garbage). Fault
paths are matched without the version prefix: ``/{id}/feed``, ``*/photos``.

Drive it from Python (``server.state``, ``server.faults``, ``server.answers``) or over HTTP
(``/__control/...``) when the code under test is another process::

    python -m tests.fakes.graph_api --port 8998 --defaults
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import dataclasses
import html
import itertools
import json
import math
import re
import secrets
import sys
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar
from urllib.parse import parse_qs, parse_qsl, urlencode, urlsplit

from tests.fakes import serving
from tests.fakes.faults import Fault, FaultKind, FaultPlan
from tests.fakes.serving import (
    FakeControl,
    FakeHandler,
    FakeState,
    ServedFake,
    parse_multipart,
    serve_main,
)

JSON = "application/json; charset=UTF-8"
PUBLIC_ORIGIN = "https://graph.facebook.com"
DESKTOP_REDIRECT = "https://www.facebook.com/connect/login_success.html"
DEFAULT_VERSION = "v25.0"
MAX_BODY = 32 * 1024 * 1024
MESSAGE_LIMIT = 63_206
PAGE_PERMISSIONS = ("pages_show_list", "pages_read_engagement", "pages_manage_posts")
ALL_TASKS = ("ADVERTISE", "ANALYZE", "CREATE_CONTENT", "MESSAGING", "MODERATE", "MANAGE")
_VERSION = re.compile(r"^/v\d+\.\d+(?=/|$)")
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")


# --------------------------------------------------------------------------------------------- faults


@dataclass(frozen=True)
class GraphFault(Fault):
    """A Graph-shaped error answer for the shared FaultPlan (kind STATUS).

    ``commit`` applies the request first, then answers the error: the post exists although the answer
    says it failed. ``regain_minutes`` goes into the usage headers' ``estimated_time_to_regain_access``.
    """

    code: int = 1
    subcode: int | None = None
    message: str = ""
    transient: bool | None = None
    regain_minutes: int | None = None

    @classmethod
    def graph(
        cls,
        code: int,
        *,
        status: int = 400,
        subcode: int | None = None,
        message: str = "",
        commit: bool = False,
        regain_minutes: int | None = None,
    ) -> GraphFault:
        return cls(
            FaultKind.STATUS,
            status=status,
            commit=commit,
            code=code,
            subcode=subcode,
            message=message,
            regain_minutes=regain_minutes,
        )

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        data.update(
            code=self.code, subcode=self.subcode, message=self.message, regain_minutes=self.regain_minutes
        )
        return data


@dataclass(frozen=True)
class RawAnswer(Fault):
    """An answer that isn't Graph's JSON, kept in ``server.answers`` (its own FaultPlan; kind is unused).

    ``commit`` applies the request first, as a proxy that mangles Facebook's real answer would.
    """

    kind: FaultKind = FaultKind.SLOW
    answer_status: int = 200
    body: str = "<!DOCTYPE html><html><body><h1>Sign in to the Wi-Fi</h1></body></html>"
    content_type: str = "text/html; charset=utf-8"

    @classmethod
    def of(cls, status: int, body: str, content_type: str, *, commit: bool = False) -> RawAnswer:
        return cls(commit=commit, answer_status=status, body=body, content_type=content_type)


#: Graph's body for a plain status fault: code, subcode, message, is_transient.
_STATUS_ERRORS: dict[int, tuple[int, int | None, str, bool]] = {
    400: (100, None, "(#100) Invalid parameter", False),
    401: (190, None, "Invalid OAuth access token - Cannot parse access token", False),
    403: (200, None, "(#200) Permissions error", False),
    404: (803, None, "(#803) Some of the aliases you requested do not exist", False),
    429: (4, None, "(#4) Application request limit reached", True),
    500: (1, None, "An unknown error occurred", True),
    502: (1, None, "An unknown error occurred", True),
    503: (2, None, "An unexpected error has occurred. Please retry your request later.", True),
    504: (2, None, "An unexpected error has occurred. Please retry your request later.", True),
}
_RATE_CODES = {4, 17, 32, 613, 80001}


class GraphApiError(Exception):
    """A Graph error answer, built once and serialised by the HTTP layer."""

    def __init__(
        self,
        status: int,
        code: int,
        message: str,
        *,
        subcode: int | None = None,
        type_: str = "OAuthException",
        transient: bool = False,
        headers: Mapping[str, str] | None = None,
        user_title: str = "",
        user_msg: str = "",
    ) -> None:
        super().__init__(f"{status} #{code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.subcode = subcode
        self.type = type_
        self.transient = transient
        self.headers = dict(headers or {})
        self.user_title = user_title
        self.user_msg = user_msg

    def body(self, trace: str) -> dict[str, Any]:
        error: dict[str, Any] = {"message": self.message, "type": self.type, "code": self.code}
        if self.subcode is not None:
            error["error_subcode"] = self.subcode
        if self.transient:
            error["is_transient"] = True
        if self.user_title:
            error["error_user_title"] = self.user_title
        if self.user_msg:
            error["error_user_msg"] = self.user_msg
        error["fbtrace_id"] = trace
        return {"error": error}


def bad_param(message: str, subcode: int | None = None) -> GraphApiError:
    return GraphApiError(400, 100, f"(#100) {message}", subcode=subcode)


def no_permission(message: str, code: int = 200) -> GraphApiError:
    return GraphApiError(403, code, f"(#{code}) {message}")


def unknown_node(node: str) -> GraphApiError:
    return bad_param(
        f"Unsupported get request. Object with ID '{node}' does not exist, cannot be loaded due to missing "
        "permissions, or does not support this operation.",
        subcode=33,
    )


def token_error(subcode: int | None, message: str) -> GraphApiError:
    quoted = message.replace('"', "'")
    return GraphApiError(
        400,
        190,
        message,
        subcode=subcode,
        headers={"WWW-Authenticate": f'OAuth "Facebook Platform" "invalid_token" "{quoted}"'},
    )


# --------------------------------------------------------------------------------------------- state


@dataclass
class GraphConfig:
    """Behaviour knobs; change ``server.state.config`` between requests (or PATCH /__control/config)."""

    duplicate_window: float = 600.0  # 506 for the same message and link on a Page within this many seconds
    feed_delay: float = 0.0  # seconds before a new post shows in GET /{page}/feed
    page_call_limit: int | None = None  # calls per page token per window before error 80001
    app_call_limit: int | None = None  # calls per app per window before error 4
    rate_window: float = 3600.0
    unpublished_photo_lifetime: float = 86_400.0  # unposted photos can be attached for this long
    user_token_lifetime: float = 5400.0  # tokens from the login dialog (short-lived, as the manual flow)
    max_photo_bytes: int = 10 * 1024 * 1024
    max_hold: float = 5.0  # upper bound on any injected delay, so a fault never hangs a test
    idle_timeout: float = 5.0  # socket timeout on keep-alive connections
    request_log_size: int = 20_000


@dataclass(frozen=True)
class App:
    app_id: str
    name: str
    redirect_uris: tuple[str, ...]
    desktop: bool = True  # may use https://www.facebook.com/connect/login_success.html


@dataclass(frozen=True)
class User:
    id: str
    name: str


@dataclass(frozen=True)
class Page:
    id: str
    name: str
    username: str
    category: str = "Government organisation"


@dataclass
class Token:
    """Who a token speaks for; page tokens carry the permissions of the person who made them."""

    value: str
    kind: str  # "page" | "user"
    subject: str  # page id or user id
    app_id: str
    permissions: frozenset[str]
    expires_at: float | None
    invalid_subcode: int | None = None  # 460 password changed, 467 invalidated...


@dataclass
class Photo:
    id: str
    page_id: str
    data: bytes
    mime: str
    alt_text: str | None
    published: bool
    created_at: float
    attached_to: str | None = None


@dataclass
class Post:
    id: str  # "{page}_{n}"
    page_id: str
    message: str
    link: str | None
    photo_ids: tuple[str, ...]
    created_at: float
    comments: list[Comment] = field(default_factory=list)


@dataclass
class Comment:
    id: str
    post_id: str
    from_id: str
    from_name: str
    message: str
    created_at: float


@dataclass
class RecordedRequest:
    seq: int
    method: str
    path: str  # as sent, version included
    route: str  # version stripped
    query: dict[str, list[str]]
    form: dict[str, str]  # text fields only; access_token masked
    token_in: str | None  # "header" | "query" | "form" | None
    started: float
    status: int | None = None
    outcome: str = "pending"  # answered | dropped | timeout | lost_answer | crashed
    fault: str | None = None
    handled_seconds: float = 0.0


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


def _parse_since(value: str) -> float | None:
    value = value.strip()
    if not value:
        return None
    with contextlib.suppress(ValueError):
        return float(value)
    with contextlib.suppress(ValueError):
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).timestamp()
    raise bad_param(f"The parameter since must be a unix timestamp or strtotime string, got {value!r}")


def _cursor(index: int) -> str:
    return base64.urlsafe_b64encode(str(index).encode()).decode().rstrip("=")


def _uncursor(value: str) -> int:
    try:
        return int(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode())
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise bad_param("Invalid cursor") from None


class GraphState(FakeState):
    """Everything the fake knows; every public method takes the one lock."""

    def __init__(self, config: GraphConfig | None = None) -> None:
        super().__init__(config or GraphConfig())
        self._ids = itertools.count(1_000_000_000_000_001)
        self.apps: dict[str, App] = {}
        self.users: dict[str, User] = {}
        self.pages: dict[str, Page] = {}
        self.roles: dict[tuple[str, str], tuple[str, ...]] = {}  # (user, page) -> tasks
        self.tokens: dict[str, Token] = {}
        self.photos: dict[str, Photo] = {}
        self.posts: dict[str, Post] = {}
        self._post_order: list[str] = []
        self._calls: dict[str, list[float]] = {}  # rate key -> call times in the window
        self._log: list[RecordedRequest] = []
        self.browser_user: str | None = None
        self.browser_approves = True

    def _new_id(self) -> str:
        return str(next(self._ids))

    # -- world set-up ----------------------------------------------------------------------------

    def add_app(
        self,
        name: str = "Crier",
        *,
        app_id: str | None = None,
        redirect_uris: Iterable[str] = (),
        desktop: bool = True,
    ) -> App:
        with self._lock:
            app = App(app_id or self._new_id(), name, tuple(redirect_uris), desktop)
            self.apps[app.app_id] = app
            return app

    def add_user(self, name: str = "Council Comms Officer") -> User:
        with self._lock:
            user = User(self._new_id(), name)
            self.users[user.id] = user
            return user

    def add_page(
        self, name: str, username: str = "", *, manager: str | None = None, tasks: Iterable[str] = ALL_TASKS
    ) -> Page:
        with self._lock:
            page = Page(self._new_id(), name, username)
            self.pages[page.id] = page
            if manager is not None:
                self.roles[(manager, page.id)] = tuple(tasks)
            return page

    def grant(self, user_id: str, page_id: str, tasks: Iterable[str] = ALL_TASKS) -> None:
        with self._lock:
            self.roles[(user_id, page_id)] = tuple(tasks)

    def issue_page_token(
        self,
        page_id: str,
        *,
        app_id: str = "",
        permissions: Iterable[str] = PAGE_PERMISSIONS,
        lifetime: float | None = None,
    ) -> str:
        with self._lock:
            if page_id not in self.pages:
                raise KeyError(f"no page {page_id}")
            value = "EAAP" + secrets.token_urlsafe(48)
            expires = None if lifetime is None else self.now() + lifetime
            self.tokens[value] = Token(value, "page", page_id, app_id, frozenset(permissions), expires)
            return value

    def issue_user_token(
        self,
        user_id: str,
        *,
        app_id: str = "",
        permissions: Iterable[str] = PAGE_PERMISSIONS,
        lifetime: float | None = None,
    ) -> str:
        with self._lock:
            if user_id not in self.users:
                raise KeyError(f"no user {user_id}")
            value = "EAAU" + secrets.token_urlsafe(48)
            expires = None if lifetime is None else self.now() + lifetime
            self.tokens[value] = Token(value, "user", user_id, app_id, frozenset(permissions), expires)
            return value

    def expire_token(self, value: str) -> None:
        with self._lock:
            self.tokens[value].expires_at = self.now() - 1

    def invalidate_token(self, value: str, subcode: int = 460) -> None:
        with self._lock:
            self.tokens[value].invalid_subcode = subcode

    def set_browser(self, user_id: str | None, *, approve: bool = True) -> None:
        with self._lock:
            self.browser_user = user_id
            self.browser_approves = approve

    # -- inspection ------------------------------------------------------------------------------

    def posts_for(self, page_id: str) -> list[Post]:
        """The Page's posts, oldest first (copies)."""
        with self._lock:
            return [
                dataclasses.replace(self.posts[i], comments=list(self.posts[i].comments))
                for i in self._post_order
                if self.posts[i].page_id == page_id
            ]

    def photo(self, photo_id: str) -> Photo | None:
        with self._lock:
            found = self.photos.get(photo_id)
            return dataclasses.replace(found) if found else None

    def requests(self, method: str | None = None, route: str | None = None) -> list[RecordedRequest]:
        """Recorded requests, filtered by method and by a route regex (version stripped)."""
        with self._lock:
            entries = list(self._log)
        pattern = re.compile(route) if route else None
        return [
            dataclasses.replace(e)
            for e in entries
            if (method is None or e.method == method.upper())
            and (pattern is None or pattern.fullmatch(e.route))
        ]

    def handling_seconds(self, since_seq: int = 0) -> float:
        """Total time the fake spent handling requests after ``since_seq`` (for the benchmark)."""
        with self._lock:
            return sum(e.handled_seconds for e in self._log if e.seq > since_seq)

    def last_seq(self) -> int:
        with self._lock:
            return self._log[-1].seq if self._log else 0

    # -- request log -----------------------------------------------------------------------------

    def record_request(
        self,
        method: str,
        path: str,
        route: str,
        query: dict[str, list[str]],
        form: dict[str, str],
        token_in: str | None,
    ) -> RecordedRequest:
        with self._lock:
            entry = RecordedRequest(next(self._seq), method, path, route, query, form, token_in, self.now())
            self._log.append(entry)
            if len(self._log) > self.config.request_log_size:
                del self._log[: len(self._log) - self.config.request_log_size]
            return entry

    def finish_request(
        self, entry: RecordedRequest, *, status: int | None, outcome: str, fault: str | None, seconds: float
    ) -> None:
        with self._lock:
            entry.status = status
            entry.outcome = outcome
            entry.fault = fault
            entry.handled_seconds = seconds

    def set_handled(self, entry: RecordedRequest, seconds: float) -> None:
        with self._lock:
            entry.handled_seconds = seconds

    # -- authentication and limits ---------------------------------------------------------------

    def principal(self, value: str | None) -> Token:
        with self._lock:
            if not value:
                raise GraphApiError(400, 104, "An access token is required to request this resource.")
            token = self.tokens.get(value)
            if token is None:
                raise token_error(None, "Invalid OAuth access token - Cannot parse access token")
            if token.invalid_subcode is not None:
                raise token_error(
                    token.invalid_subcode,
                    "Error validating access token: The session has been invalidated because the user "
                    "changed their password or Facebook has changed the session for security reasons.",
                )
            if token.expires_at is not None and token.expires_at <= self.now():
                when = datetime.fromtimestamp(token.expires_at, UTC).strftime("%A, %d-%b-%y %H:%M:%S UTC")
                raise token_error(463, f"Error validating access token: Session has expired on {when}.")
            return dataclasses.replace(token)

    def _window(self, key: str, now: float) -> list[float]:
        calls = [t for t in self._calls.get(key, []) if t > now - self.config.rate_window]
        self._calls[key] = calls
        return calls

    def consume(self, token: Token | None) -> tuple[GraphApiError | None, dict[str, str]]:
        """Count one call against the Page's and the app's windows; the usage headers to send."""
        with self._lock:
            now = self.now()
            headers: dict[str, str] = {}
            refusal: GraphApiError | None = None
            app_key = "app:" + (token.app_id if token else "-")
            app_calls = self._window(app_key, now)
            app_limit = self.config.app_call_limit
            app_pct = min(100, math.ceil(100 * (len(app_calls) + 1) / app_limit)) if app_limit else 1
            if app_limit and len(app_calls) >= app_limit:
                refusal = GraphApiError(400, 4, "(#4) Application request limit reached", transient=True)
            else:
                app_calls.append(now)
            headers["x-app-usage"] = json.dumps({"call_count": app_pct, "total_cputime": 1, "total_time": 1})
            if token is not None and token.kind == "page":
                key = "page:" + token.subject
                calls = self._window(key, now)
                limit = self.config.page_call_limit
                regain = 0
                if limit and len(calls) >= limit:
                    regain = max(1, math.ceil((calls[0] + self.config.rate_window - now) / 60))
                    refusal = refusal or GraphApiError(
                        400,
                        80001,
                        "(#80001) There have been too many calls to this Page account. Wait a bit and try "
                        "again. For more info, please refer to "
                        "https://developers.facebook.com/docs/graph-api/overview/rate-limiting.",
                        transient=True,
                    )
                elif refusal is None:
                    calls.append(now)
                pct = min(100, math.ceil(100 * len(calls) / limit)) if limit else 1
                usage = {"call_count": pct, "total_cputime": 1, "total_time": 1}
                headers["x-page-usage"] = json.dumps({**usage, "estimated_time_to_regain_access": regain})
                headers["x-business-use-case-usage"] = json.dumps(
                    {token.subject: [{"type": "pages", **usage, "estimated_time_to_regain_access": regain}]}
                )
            return refusal, headers

    def usage_headers(self, token: Token | None, regain_minutes: int) -> dict[str, str]:
        """Headers for an injected throttle: everything used up, back in ``regain_minutes``."""
        usage = {"call_count": 100, "total_cputime": 100, "total_time": 100}
        headers = {"x-app-usage": json.dumps(usage)}
        if token is not None and token.kind == "page":
            entry = {**usage, "estimated_time_to_regain_access": regain_minutes}
            headers["x-page-usage"] = json.dumps(entry)
            headers["x-business-use-case-usage"] = json.dumps({token.subject: [{"type": "pages", **entry}]})
        return headers

    # -- reads -----------------------------------------------------------------------------------

    def node(self, token: Token, node: str, fields: list[str], metadata: bool) -> dict[str, Any]:
        with self._lock:
            if node == "me":
                node = token.subject
            if node in self.pages:
                page = self.pages[node]
                values = {
                    "id": page.id,
                    "name": page.name,
                    "username": page.username or None,
                    "category": page.category,
                }
                out = (
                    {k: values[k] for k in fields if values.get(k) is not None}
                    if fields
                    else {"id": page.id, "name": page.name}
                )
                kind = "page"
            elif node in self.users:
                user = self.users[node]
                if "username" in fields:
                    raise GraphApiError(
                        400, 12, "(#12) username field is deprecated for versions v2.0 and higher"
                    )
                values = {"id": user.id, "name": user.name}
                out = {k: values[k] for k in fields if k in values} if fields else dict(values)
                kind = "user"
            elif node in self.posts:
                post = self.posts[node]
                values = {
                    "id": post.id,
                    "message": post.message,
                    "created_time": _iso(post.created_at),
                    "permalink_url": "https://www.facebook.com/" + post.id.replace("_", "/posts/"),
                }
                out = (
                    {k: values[k] for k in fields if k in values}
                    if fields
                    else {"id": post.id, "message": post.message, "created_time": _iso(post.created_at)}
                )
                kind = "post"
            else:
                raise unknown_node(node)
            out.setdefault("id", node)
            if metadata:
                out["metadata"] = {"type": kind}
            return out

    def feed(
        self,
        token: Token,
        page_id: str,
        *,
        since: float | None,
        until: float | None,
        limit: int,
        after: str | None,
    ) -> dict[str, Any]:
        with self._lock:
            if page_id not in self.pages:
                raise unknown_node(page_id)
            if not self._can_read(token, page_id):
                raise no_permission(
                    "This endpoint requires the 'pages_read_engagement' permission or the "
                    "'Page Public Content Access' feature.",
                    code=10,
                )
            now = self.now()
            visible = [
                self.posts[i]
                for i in reversed(self._post_order)
                if self.posts[i].page_id == page_id
                and self.posts[i].created_at + self.config.feed_delay <= now
                and (since is None or self.posts[i].created_at >= since)
                and (until is None or self.posts[i].created_at <= until)
            ]
            return self._paged(visible, limit, after, self._post_json)

    def comments(
        self, token: Token, post_id: str, *, order: str, limit: int, after: str | None
    ) -> dict[str, Any]:
        with self._lock:
            post = self.posts.get(post_id)
            if post is None:
                raise unknown_node(post_id)
            if not self._can_read(token, post.page_id):
                raise no_permission("This endpoint requires the 'pages_read_engagement' permission.", code=10)
            items = list(post.comments)
            if order == "reverse_chronological":
                items.reverse()
            return self._paged(items, limit, after, self._comment_json)

    def accounts_of(self, token: Token, limit: int, after: str | None) -> dict[str, Any]:
        with self._lock:
            if token.kind != "user":
                raise GraphApiError(
                    400, 100, "(#100) Tried accessing nonexisting field (accounts) on node type (Page)"
                )
            managed = [
                (self.pages[page_id], tasks)
                for (user_id, page_id), tasks in self.roles.items()
                if user_id == token.subject and page_id in self.pages
            ]
            entries = []
            for page, tasks in managed:
                # A page token made from a short-lived person's token expires with it; otherwise never.
                lifetime = None
                if token.expires_at is not None and token.expires_at - self.now() < 86_400:
                    lifetime = token.expires_at - self.now()
                page_token = self.issue_page_token(
                    page.id, app_id=token.app_id, permissions=token.permissions, lifetime=lifetime
                )
                entries.append(
                    {
                        "id": page.id,
                        "name": page.name,
                        "username": page.username or None,
                        "access_token": page_token,
                        "category": page.category,
                        "tasks": list(tasks),
                    }
                )
            return self._paged(entries, limit, after, lambda e: {k: v for k, v in e.items() if v is not None})

    def _paged(self, items: list[Any], limit: int, after: str | None, render: Any) -> dict[str, Any]:
        start = _uncursor(after) if after else 0
        chunk = items[start : start + limit]
        body: dict[str, Any] = {"data": [render(item) for item in chunk]}
        if chunk:
            paging: dict[str, Any] = {
                "cursors": {"before": _cursor(start), "after": _cursor(start + len(chunk))}
            }
            if start + len(chunk) < len(items):
                paging["next"] = "next"  # replaced with a full URL by the HTTP layer
            body["paging"] = paging
        return body

    @staticmethod
    def _post_json(post: Post) -> dict[str, Any]:
        out = {"id": post.id, "created_time": _iso(post.created_at)}
        if post.message:
            out["message"] = post.message
        return out

    def _comment_json(self, comment: Comment) -> dict[str, Any]:
        return {
            "id": comment.id,
            "message": comment.message,
            "created_time": _iso(comment.created_at),
            "from": {"id": comment.from_id, "name": comment.from_name},
        }

    def _can_read(self, token: Token, page_id: str) -> bool:
        if "pages_read_engagement" not in token.permissions:
            return False
        if token.kind == "page":
            return token.subject == page_id
        return (token.subject, page_id) in self.roles

    # -- writes ----------------------------------------------------------------------------------

    def _require_page_writer(self, token: Token, page_id: str) -> Page:
        page = self.pages.get(page_id)
        if page is None:
            raise unknown_node(page_id)
        if token.kind != "page" or token.subject != page_id:
            raise no_permission(
                "If posting to a page, requires both pages_read_engagement and pages_manage_posts as an "
                "admin with sufficient administrative permission"
            )
        if not {"pages_manage_posts", "pages_read_engagement"} <= token.permissions:
            raise no_permission(
                "The permission(s) pages_manage_posts are not available. It could because either they "
                "require an app review or because your app is not set up correctly."
            )
        return page

    def create_post(self, token: Token, page_id: str, form: Mapping[str, str]) -> dict[str, Any]:
        with self._lock:
            self._require_page_writer(token, page_id)
            message = form.get("message", "")
            link = form.get("link") or None
            if len(message) > MESSAGE_LIMIT:
                raise bad_param(f"Param message must be at most {MESSAGE_LIMIT} characters long")
            if link and not re.match(r"^https?://\S+$", link):
                raise bad_param("Param link must be a valid URL")
            photos = self._attached(page_id, form)
            if not message and not link and not photos:
                raise bad_param("Missing message or attachment")
            now = self.now()
            if not photos:
                for other in reversed(self._post_order):
                    post = self.posts[other]
                    if post.created_at < now - self.config.duplicate_window:
                        break
                    if post.page_id == page_id and post.message == message and post.link == link:
                        raise GraphApiError(400, 506, "(#506) Duplicate status message")
            post = Post(
                f"{page_id}_{self._new_id()}", page_id, message, link, tuple(p.id for p in photos), now
            )
            for photo in photos:
                photo.published = True
                photo.attached_to = post.id
            self.posts[post.id] = post
            self._post_order.append(post.id)
            return {"id": post.id}

    def _attached(self, page_id: str, form: Mapping[str, str]) -> list[Photo]:
        keys = sorted(
            (k for k in form if re.fullmatch(r"attached_media\[\d+\]", k)), key=lambda k: int(k[15:-1])
        )
        photos = []
        for key in keys:
            try:
                spec = json.loads(form[key])
                photo = self.photos[str(spec["media_fbid"])]
            except (ValueError, KeyError, TypeError):
                raise bad_param(f"param {key} has invalid value") from None
            expired = photo.created_at + self.config.unpublished_photo_lifetime <= self.now()
            if photo.page_id != page_id or photo.published or expired:
                raise bad_param(f"param {key} has invalid value")
            photos.append(photo)
        return photos

    def upload_photo(self, token: Token, page_id: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        with self._lock:
            self._require_page_writer(token, page_id)
            source = fields.get("source")
            if not isinstance(source, tuple):
                raise GraphApiError(400, 324, "(#324) Requires upload file")
            data, mime = source
            if not data.startswith(_IMAGE_MAGIC) and not (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
                raise GraphApiError(400, 324, "(#324) Missing or invalid image file")
            if len(data) > self.config.max_photo_bytes:
                raise bad_param("Photo is too large")
            published = str(fields.get("published", "true")).lower() not in ("false", "0")
            alt = fields.get("alt_text_custom")
            photo = Photo(
                self._new_id(), page_id, data, mime, alt if isinstance(alt, str) else None, False, self.now()
            )
            self.photos[photo.id] = photo
            if not published:
                return {"id": photo.id}
            post = self.create_post(
                token,
                page_id,
                {
                    "message": str(fields.get("caption") or fields.get("message") or ""),
                    "attached_media[0]": json.dumps({"media_fbid": photo.id}),
                },
            )
            return {"id": photo.id, "post_id": post["id"]}

    def add_comment(self, token: Token, post_id: str, form: Mapping[str, str]) -> dict[str, Any]:
        with self._lock:
            post = self.posts.get(post_id)
            if post is None:
                raise unknown_node(post_id)
            page = self._require_page_writer(token, post.page_id)
            message = form.get("message", "")
            if not message:
                raise bad_param("Missing message or attachment")
            comment = Comment(
                f"{post_id.split('_')[-1]}_{self._new_id()}", post_id, page.id, page.name, message, self.now()
            )
            post.comments.append(comment)
            return {"id": comment.id}

    # -- login dialog ----------------------------------------------------------------------------

    def dialog(self, params: Mapping[str, str]) -> tuple[str, str | None]:
        """("redirect", location) or ("error", text) for GET /dialog/oauth."""
        with self._lock:
            app = self.apps.get(params.get("client_id", ""))
            if app is None:
                return "error", "Invalid App ID: The provided app ID does not look like a valid app ID."
            redirect = params.get("redirect_uri", "")
            allowed = redirect in app.redirect_uris or (app.desktop and redirect == DESKTOP_REDIRECT)
            if not allowed:
                return "error", (
                    "URL blocked: This redirect failed because the redirect URI is not white-listed in the "
                    "app's client OAuth settings."
                )
            if params.get("response_type", "code") != "token":
                return "error", "This fake only implements response_type=token."
            state = params.get("state", "")
            if self.browser_user is None:
                return "error", "Nobody is signed in to Facebook in this browser (set_browser)."
            if not self.browser_approves:
                query = urlencode(
                    {
                        "error": "access_denied",
                        "error_code": "200",
                        "error_description": "Permissions error",
                        "error_reason": "user_denied",
                        "state": state,
                    }
                )
                return "redirect", f"{redirect}?{query}#_=_"
            scopes = [s for s in re.split(r"[,\s]+", params.get("scope", "")) if s]
            lifetime = self.config.user_token_lifetime
            token = self.issue_user_token(
                self.browser_user, app_id=app.app_id, permissions=scopes, lifetime=lifetime
            )
            fragment = urlencode(
                {
                    "access_token": token,
                    "data_access_expiration_time": str(int(self.now() + 90 * 86_400)),
                    "expires_in": str(int(lifetime)),
                    "state": state,
                }
            )
            return "redirect", f"{redirect}#{fragment}"


# --------------------------------------------------------------------------------------------- HTTP


@dataclass
class Reply(serving.Reply):
    content_type: str = JSON  # Facebook writes UTF-8 in capitals
    json_type: ClassVar[str] = JSON


class GraphRoutes:
    """Turns one parsed request into a Reply; called from many threads."""

    def __init__(self, server: FakeGraphServer) -> None:
        self.server = server
        self.state = server.state

    def handle(
        self, method: str, route: str, query: dict[str, str], fields: dict[str, Any], token: Token
    ) -> Reply:
        state = self.state
        parts = [p for p in route.split("/") if p]
        fields_wanted = [f for f in query.get("fields", "").split(",") if f]
        limit = max(1, min(100, int(query.get("limit") or 25)))
        if method == "GET" and parts == ["me", "accounts"]:
            return Reply.json(200, state.accounts_of(token, limit, query.get("after")))
        if method == "GET" and len(parts) == 1:
            metadata = query.get("metadata") in ("1", "true")
            return Reply.json(200, state.node(token, parts[0], fields_wanted, metadata))
        if len(parts) == 2:
            node = token.subject if parts[0] == "me" else parts[0]
            edge = parts[1]
            text = {k: v for k, v in fields.items() if isinstance(v, str)}
            if (method, edge) == ("POST", "feed"):
                return Reply.json(200, state.create_post(token, node, text))
            if (method, edge) == ("GET", "feed"):
                since = _parse_since(query.get("since", ""))
                until = _parse_since(query.get("until", ""))
                return Reply.json(
                    200,
                    state.feed(token, node, since=since, until=until, limit=limit, after=query.get("after")),
                )
            if (method, edge) == ("POST", "photos"):
                return Reply.json(200, state.upload_photo(token, node, fields))
            if (method, edge) == ("POST", "comments"):
                return Reply.json(200, state.add_comment(token, node, text))
            if (method, edge) == ("GET", "comments"):
                order = query.get("order", "chronological")
                return Reply.json(
                    200, state.comments(token, node, order=order, limit=limit, after=query.get("after"))
                )
        raise GraphApiError(
            400,
            100,
            f"Unsupported {method.lower()} request. Please read the Graph API documentation at "
            "https://developers.facebook.com/docs/graph-api",
            subcode=None,
            type_="GraphMethodException",
        )


class Control(FakeControl):
    """``/__control/...``: the Graph fake's own control endpoints (shared ones in :class:`FakeControl`)."""

    reply = Reply.json
    config_type = GraphConfig

    def plans(self) -> dict[str, FaultPlan]:
        return {"/faults": self.server.faults, "/answers": self.server.answers}

    def routes(self, query: dict[str, str], method: str, path: str, body: dict[str, Any]) -> Reply | None:
        state = self.state
        if (method, path) == ("POST", "/apps"):
            app = state.add_app(
                body.get("name", "Crier"),
                app_id=body.get("app_id"),
                redirect_uris=body.get("redirect_uris", ()),
            )
            return Reply.json(201, dataclasses.asdict(app))
        if (method, path) == ("POST", "/users"):
            return Reply.json(201, dataclasses.asdict(state.add_user(body.get("name", "Comms Officer"))))
        if (method, path) == ("POST", "/pages"):
            page = state.add_page(
                body["name"],
                body.get("username", ""),
                manager=body.get("manager"),
                tasks=body.get("tasks", ALL_TASKS),
            )
            return Reply.json(201, dataclasses.asdict(page))
        if (method, path) == ("POST", "/tokens"):
            lifetime = body.get("lifetime")
            permissions = body.get("permissions", PAGE_PERMISSIONS)
            if body.get("kind", "page") == "user":
                token = state.issue_user_token(
                    body["user_id"], app_id=body.get("app_id", ""), permissions=permissions, lifetime=lifetime
                )
            else:
                token = state.issue_page_token(
                    body["page_id"], app_id=body.get("app_id", ""), permissions=permissions, lifetime=lifetime
                )
            return Reply.json(201, {"access_token": token})
        if (method, path) == ("POST", "/tokens/expire"):
            state.expire_token(body["token"])
            return Reply.json(200, {"ok": True})
        if (method, path) == ("POST", "/tokens/invalidate"):
            state.invalidate_token(body["token"], int(body.get("subcode", 460)))
            return Reply.json(200, {"ok": True})
        if (method, path) == ("POST", "/browser"):
            state.set_browser(body.get("user_id"), approve=bool(body.get("approve", True)))
            return Reply.json(200, {"ok": True})
        if (method, path) == ("POST", "/clock"):
            state.advance_clock(float(body["advance"]))
            return Reply.json(200, {"now": state.now()})
        if (method, path) == ("GET", "/posts"):
            posts = state.posts_for(query["page_id"])
            return Reply.json(200, {"posts": [dataclasses.asdict(p) for p in posts]})
        if (method, path) == ("GET", "/requests"):
            entries = state.requests(query.get("method"), query.get("route"))
            return Reply.json(200, {"requests": [dataclasses.asdict(e) for e in entries]})
        return None

    def add_rule(self, plan: FaultPlan, path: str, body: dict[str, Any]) -> str:
        if path == "/answers":
            fault: Fault = RawAnswer.of(
                int(body.get("status", 200)),
                str(body.get("body", "")),
                str(body.get("content_type", "text/html")),
                commit=bool(body.get("commit", False)),
            )
        elif "code" in body:
            fault = GraphFault.graph(
                int(body["code"]),
                status=int(body.get("status", 400)),
                subcode=body.get("subcode"),
                message=str(body.get("message", "")),
                commit=bool(body.get("commit", False)),
                regain_minutes=body.get("regain_minutes"),
            )
        else:
            return plan.add_from_dict(body)
        targeting = {"method": str(body.get("method", "*")), "path": str(body.get("path", "*"))}
        if body.get("fraction") is not None:
            return plan.add_random(
                fault,
                fraction=float(body["fraction"]),
                seed=int(body.get("seed", 0)),
                method=str(body.get("method", "WRITE")),
                path=targeting["path"],
                times=body.get("times"),
            )
        times = body.get("times", 1)
        return plan.add(
            fault, **targeting, times=None if times is None else int(times), skip=int(body.get("skip", 0))
        )


class _Handler(FakeHandler):
    server_version = "fake-graph"
    fake_name = "fake Graph API"
    max_body = MAX_BODY
    fixed_headers = {
        "Cache-Control": "private, no-cache, no-store, must-revalidate",
        "facebook-api-version": DEFAULT_VERSION,
    }
    dated_by_fake_clock = True  # as Facebook's Date follows its own clock

    def crash_reply(self) -> Reply:
        return Reply.json(500, {"error": {"message": "fake Graph bug", "type": "FakeBug", "code": 1}})

    def per_answer_headers(self) -> dict[str, str]:
        return {"x-fb-trace-id": secrets.token_urlsafe(8)}

    def _dispatch(self) -> None:
        fake = self.server.fake
        state = fake.state
        parts = urlsplit(self.path)
        raw = self._read_body()
        query_lists = parse_qs(parts.query, keep_blank_values=True)
        query = {k: v[-1] for k, v in query_lists.items()}
        if parts.path.startswith("/__control/"):
            self._write(fake.control.handle(self.command, parts.path, raw, query))
            return
        version = _VERSION.match(parts.path)
        route = parts.path[version.end() :] if version else parts.path
        route = route or "/"
        if route == "/dialog/oauth":
            self._write(self._dialog(query))
            return
        media = (self.headers.get("Content-Type") or "").split(";", 1)[0].strip().lower()
        fields: dict[str, Any] = {}
        try:
            if media == "multipart/form-data":
                try:
                    fields = parse_multipart(self.headers["Content-Type"], raw)
                except ValueError:
                    raise bad_param("Malformed multipart body") from None
            elif raw:
                fields = dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
        except GraphApiError as error:
            self._write(self._error(error, {}))
            return
        token_value, token_in = self._token(query, fields)
        form = {k: ("****" if k == "access_token" else v) for k, v in fields.items() if isinstance(v, str)}
        log_query = {k: (["****"] if k == "access_token" else v) for k, v in query_lists.items()}
        entry = self._entry = state.record_request(self.command, parts.path, route, log_query, form, token_in)

        answer = fake.answers.pick(self.command, route)
        fault = fake.faults.pick(self.command, route)
        fault_name = fault.kind.value if fault else ("raw_answer" if answer else None)

        def record(status: int | None, outcome: str) -> None:
            self._finish(entry, status, outcome, fault_name)

        def respond() -> Reply:
            token: Token | None = None
            applies = not (fault is not None and fault.kind is FaultKind.STATUS and not fault.commit)
            applies = applies and not (isinstance(answer, RawAnswer) and not answer.commit)
            if applies:
                reply, token = self._api(route, query, fields, token_value)
            else:
                with contextlib.suppress(GraphApiError):
                    token = state.principal(token_value)
                reply = Reply(500)
            if fault is not None and fault.kind is FaultKind.STATUS:
                reply = self._fault_reply(fault, token)
            if isinstance(answer, RawAnswer):
                reply = Reply(answer.answer_status, answer.body.encode(), answer.content_type)
            return reply

        reply = self.answer_with_faults(fault, respond, record)
        if reply is None:
            return
        record(reply.status, "answered")
        self._write(reply)
        # The handling time includes writing the answer (the benchmark subtracts it from the client's).
        state.set_handled(entry, time.perf_counter() - self.started)

    def _finish(self, entry: RecordedRequest, status: int | None, outcome: str, fault: str | None) -> None:
        seconds = time.perf_counter() - self.started
        self.server.fake.state.finish_request(
            entry, status=status, outcome=outcome, fault=fault, seconds=seconds
        )

    def _token(self, query: dict[str, str], fields: dict[str, Any]) -> tuple[str | None, str | None]:
        header = self.headers.get("Authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() in ("bearer", "oauth") and value.strip():
            return value.strip(), "header"
        if query.get("access_token"):
            return query["access_token"], "query"
        if isinstance(fields.get("access_token"), str):
            return fields["access_token"], "form"
        return None, None

    def _api(
        self, route: str, query: dict[str, str], fields: dict[str, Any], token_value: str | None
    ) -> tuple[Reply, Token | None]:
        state = self.server.fake.state
        token: Token | None = None
        try:
            token = state.principal(token_value)
        except GraphApiError as error:
            return self._error(error, {}), None
        refusal, usage = state.consume(token)
        if refusal is not None:
            return self._error(refusal, usage), token
        try:
            reply = self.server.fake.routes.handle(self.command, route, query, fields, token)
        except GraphApiError as error:
            return self._error(error, usage), token
        reply.headers.update(usage)
        if reply.status == 200:
            self._link_next(reply, route, query)
        return reply, token

    def _link_next(self, reply: Reply, route: str, query: dict[str, str]) -> None:
        """Graph's ``paging.next`` is a full URL (with the token only if the request had it in the query)."""
        body = json.loads(reply.body)
        paging = body.get("paging") if isinstance(body, dict) else None
        if not isinstance(paging, dict) or "next" not in paging:
            return
        after = paging["cursors"]["after"]
        paging["next"] = f"{PUBLIC_ORIGIN}/{DEFAULT_VERSION}{route}?" + urlencode({**query, "after": after})
        reply.body = json.dumps(body).encode()

    def _error(self, error: GraphApiError, usage: Mapping[str, str]) -> Reply:
        trace = secrets.token_urlsafe(8)
        return Reply(error.status, json.dumps(error.body(trace)).encode(), JSON, {**usage, **error.headers})

    def _fault_reply(self, fault: Fault, token: Token | None) -> Reply:
        if isinstance(fault, GraphFault):
            code, subcode, message = (
                fault.code,
                fault.subcode,
                fault.message or f"(#{fault.code}) Injected error",
            )
            transient = (
                fault.transient if fault.transient is not None else code in (1, 2) or code in _RATE_CODES
            )
        else:
            code, subcode, message, transient = _STATUS_ERRORS.get(
                fault.status, (1, None, "An unknown error occurred", fault.status >= 500)
            )
        error = GraphApiError(fault.status, code, message, subcode=subcode, transient=transient)
        regain = getattr(fault, "regain_minutes", None)
        if code in _RATE_CODES:
            headers = self.server.fake.state.usage_headers(token, regain if regain is not None else 5)
        else:
            headers = {}
        return self._error(error, headers)

    def _dialog(self, query: dict[str, str]) -> Reply:
        outcome, value = self.server.fake.state.dialog(query)
        if outcome == "redirect" and value:
            return Reply(302, b"", "text/html; charset=utf-8", {"Location": value})
        page = f"<!DOCTYPE html><html><body><p id='error'>{html.escape(value or '')}</p></body></html>"
        return Reply(400, page.encode(), "text/html; charset=utf-8")


class FakeGraphServer(ServedFake):
    """The fake Graph API: start it, point ``CRIER_FACEBOOK_API_BASE`` at ``base_url``, then close it."""

    thread_name = "fake-graph"

    def __init__(self, config: GraphConfig | None = None, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.state = GraphState(config)
        self.faults = FaultPlan()
        self.answers = FaultPlan()
        self.listen(host, port, _Handler, what="Graph API")
        self.routes = GraphRoutes(self)
        self.control = Control(self)


# --------------------------------------------------------------------------------------------- standalone


def bootstrap(server: FakeGraphServer, *, redirect_uris: Iterable[str] = ()) -> dict[str, Any]:
    """One app, one person managing one Page, a Page token and a person's token, as JSON-ready data."""
    state = server.state
    app = state.add_app("Crier", redirect_uris=redirect_uris)
    user = state.add_user("Council Comms Officer")
    page = state.add_page("Cardiff Council", "cardiffcouncil", manager=user.id)
    state.set_browser(user.id)
    return {
        "base_url": server.base_url,
        "app": dataclasses.asdict(app),
        "user": dataclasses.asdict(user),
        "page": dataclasses.asdict(page),
        "page_token": state.issue_page_token(page.id, app_id=app.app_id),
        "user_token": state.issue_user_token(user.id, app_id=app.app_id),
    }


def main(argv: list[str] | None = None) -> int:
    return serve_main(
        argv,
        FakeGraphServer,
        lambda server, args: bootstrap(server, redirect_uris=args.redirect_uri),
        defaults_help="add an app, a person and a Page; print them",
        options=lambda parser: parser.add_argument(
            "--redirect-uri", action="append", default=[], help="with --defaults: a redirect URI for the app"
        ),
    )


if __name__ == "__main__":
    sys.exit(main())
