"""A fake X (Twitter) API v2 server on 127.0.0.1 for offline tests of Crier's publishing code.

It speaks real HTTP (so the app's own HTTP stack, timeouts and retry logic are exercised), follows the
official OpenAPI document for paths and bodies, and reproduces the X behaviours publishing code has to
survive: OAuth 2.0 PKCE with rotating refresh tokens, OAuth 1.0a PIN flow with signature checks, duplicate
post 403s, rate-limit headers and 429s, and scripted faults up to "the post was created but the answer was
lost". Drive it from Python (``server.state``, ``server.faults``) or over HTTP (``/__control/...``) when the
code under test runs in another process::

    python -m tests.fakes.x_api --port 8999 --defaults
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import html
import json
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import SplitResult, parse_qs, parse_qsl, unquote, urlsplit, urlunsplit

import requests
from requests.adapters import HTTPAdapter

from tests.fakes import oauth1, serving
from tests.fakes.faults import FaultKind, FaultPlan
from tests.fakes.openapi import SpecValidator, load_optional
from tests.fakes.serving import HTML, FakeControl, FakeHandler, Reply, ServedFake, parse_multipart, serve_main
from tests.fakes.x_state import (
    DEFAULT_SCOPES,
    JSON,
    PROBLEMS,
    OAuthError,
    Principal,
    RecordedRequest,
    ServerConfig,
    XError,
    XState,
    invalid_request,
    problem,
)

X_ORIGINS = (
    "https://api.x.com",
    "https://api.twitter.com",
    "https://upload.x.com",
    "https://upload.twitter.com",
    "https://x.com",
    "https://twitter.com",
)
MAX_BODY = 64 * 1024 * 1024

# Used only when the OpenAPI document is absent: required OAuth 2.0 scopes, and whether app-only is allowed.
FALLBACK_SECURITY: dict[str, tuple[tuple[str, ...], bool]] = {
    "POST /2/tweets": (("tweet.read", "tweet.write", "users.read"), False),
    "DELETE /2/tweets/{id}": (("tweet.read", "tweet.write", "users.read"), False),
    "GET /2/tweets/{id}": (("tweet.read", "users.read"), True),
    "GET /2/users/me": (("tweet.read", "users.read"), False),
    "GET /2/users/{id}/tweets": (("tweet.read", "users.read"), True),
}
MEDIA_SECURITY = (("media.write",), False)

_STATUS_PROBLEMS = {
    402: None,  # CreditsDepleted has its own typed shape, built in _fault_body
    403: ("Forbidden", "You are not permitted to perform this action."),
    429: ("Too Many Requests", "Too Many Requests"),
    500: ("Internal Server Error", "Internal Server Error"),
    503: ("Service Unavailable", "Service Unavailable"),
}


# --------------------------------------------------------------------------------------------- plumbing


#: X's problem answer when a v2 or OAuth 2.0 rate limit is used up.
TOO_MANY_REQUESTS = {
    "title": "Too Many Requests",
    "detail": "Too Many Requests",
    "type": "about:blank",
    "status": 429,
}


@dataclass(frozen=True)
class ApiCall:
    """What an ``api_*`` route handler gets: who is calling, the request, its parsed body and path params."""

    principal: Principal
    request: Request
    payload: dict[str, Any]
    params: dict[str, str]


@dataclass
class Request(serving.Request):
    raw_query: str = ""

    def form(self) -> dict[str, str]:
        return dict(parse_qsl(self.body.decode("utf-8", "replace"), keep_blank_values=True))


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    kind: str  # api | oauth2 | oauth1 | page
    handler: str
    regex: re.Pattern[str]

    @property
    def key(self) -> str:
        return f"{self.method} {self.template}"


def _route(method: str, template: str, kind: str, handler: str) -> Route:
    regex = re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$")
    return Route(method, template, kind, handler, regex)


ROUTES = (
    _route("POST", "/2/tweets", "api", "create_tweet"),
    _route("DELETE", "/2/tweets/{id}", "api", "delete_tweet"),
    _route("GET", "/2/tweets/{id}", "api", "get_tweet"),
    _route("GET", "/2/users/me", "api", "me"),
    _route("GET", "/2/users/{id}/tweets", "api", "user_tweets"),
    _route("POST", "/2/media/upload", "api", "upload"),
    _route("GET", "/2/media/upload", "api", "upload_status"),
    _route("POST", "/2/media/upload/initialize", "api", "upload_init"),
    _route("POST", "/2/media/upload/{id}/append", "api", "upload_append"),
    _route("POST", "/2/media/upload/{id}/finalize", "api", "upload_finalize"),
    _route("POST", "/2/media/metadata", "api", "media_metadata"),
    _route("GET", "/i/oauth2/authorize", "page", "oauth2_authorize"),
    _route("GET", "/2/oauth2/authorize", "page", "oauth2_authorize"),
    _route("POST", "/2/oauth2/token", "oauth2", "oauth2_token"),
    _route("POST", "/2/oauth2/revoke", "oauth2", "oauth2_revoke"),
    _route("POST", "/oauth/request_token", "oauth1", "oauth1_request_token"),
    _route("GET", "/oauth/authorize", "page", "oauth1_authorize"),
    _route("GET", "/oauth/authenticate", "page", "oauth1_authorize"),
    _route("POST", "/oauth/access_token", "oauth1", "oauth1_access_token"),
)


def match_route(method: str, path: str) -> tuple[Route, dict[str, str]] | None:
    for route in ROUTES:
        found = route.regex.match(path)
        if found and route.method == method:
            return route, found.groupdict()
    return None


def _fault_body(status: int, app_id: str) -> tuple[Any, str]:
    if status == 402:
        return (
            {
                "title": "CreditsDepleted",
                "detail": f"Your enrolled account [{app_id}] does not have any credits to fulfill this "
                "request.",
                "type": PROBLEMS + "credits",
                "status": 402,
            },
            JSON,
        )
    title, detail = _STATUS_PROBLEMS.get(status) or (f"HTTP {status}", f"HTTP {status}")
    return {"title": title, "detail": detail, "type": "about:blank", "status": status}, JSON


def _basic_auth(header: str | None) -> tuple[str, str] | None:
    if not header or not header.lower().startswith("basic "):
        return None
    try:
        user, _, password = base64.b64decode(header[6:].strip()).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return unquote(user), unquote(password)


# --------------------------------------------------------------------------------------------- the API


class XApi:
    """Turns parsed requests into replies; one instance per server, called from many threads."""

    def __init__(self, server: FakeXServer) -> None:
        self.server = server
        self.state = server.state
        self.validator = server.validator

    # ------------------------------------------------------------------ entry point

    def handle(
        self, request: Request, route: Route | None, params: dict[str, str]
    ) -> tuple[Reply, Principal | None]:
        if route is None:
            body = {"errors": [{"message": "Sorry, that page does not exist", "code": 34}]}
            return Reply.json(404, body), None
        if route.kind == "page":
            return getattr(self, route.handler)(request), None
        if route.kind == "oauth2":
            return self._oauth2(request, route), None
        if route.kind == "oauth1":
            return self._oauth1(request, route), None
        return self._api(request, route, params)

    def fault_reply(self, request: Request, route: Route | None, status: int) -> Reply:
        """An injected error answer, with the caller's current limit headers (not counting this request)."""
        try:
            principal: Principal | None = self.authenticate(request)
        except XError:
            principal = None
        headers: dict[str, str] = {}
        if route is not None and route.kind != "page":
            key = principal.rate_key if principal else "anonymous"
            app_key = principal.app.app_id if principal else "-"
            headers = self.state.consume_rate_limit(route.key, key, app_key, consume=False)[1]
        if status == 429:
            headers = {k: ("0" if k.endswith("-remaining") else v) for k, v in headers.items()}
        body, content_type = _fault_body(status, principal.app.app_id if principal else "0")
        return Reply.json(status, body, headers, content_type=content_type)

    # ------------------------------------------------------------------ authentication

    def authenticate(self, request: Request) -> Principal:
        header = request.headers.get("authorization", "")
        if header.lower().startswith("bearer "):
            return self.state.principal_for_bearer(header[7:].strip())
        if header.lower().startswith("oauth "):
            params = self._verify_oauth1(request, lambda: problem(401, "Unauthorized"))
            return self.state.principal_for_oauth1(params.consumer_key or "", params.token or "")
        raise problem(401, "Unauthorized")

    def _verify_oauth1(self, request: Request, fail: Callable[[], XError]) -> oauth1.OAuth1Params:
        header = request.headers.get("authorization", "")
        params = oauth1.parse_authorization(header)
        if params is None or not params.consumer_key:
            raise fail()
        found = self.state.oauth1_secrets(params.consumer_key, params.token)
        if found is None:
            raise fail()
        app, token_secret = found
        try:
            skew = abs(time.time() - int(params.get("oauth_timestamp") or "0"))
        except ValueError:
            raise fail() from None
        if skew > self.state.config.oauth1_timestamp_skew or not params.get("oauth_nonce"):
            raise fail()
        is_form = request.media_type == "application/x-www-form-urlencoded"
        form = request.body.decode("utf-8", "replace") if is_form else None
        origins = (self.server.base_url, *self.state.config.public_origins)
        if not oauth1.signature_matches(
            method=request.method,
            path=request.path,
            query=request.raw_query,
            form_body=form,
            authorization=header,
            origins=origins,
            consumer_secret=app.consumer_secret,
            token_secret=token_secret,
        ):
            raise fail()
        return params

    def _check_security(self, principal: Principal, request: Request, route: Route) -> None:
        op = self.validator.operation(request.method, request.path) if self.validator else None
        if op is not None:
            schemes = op.security_schemes()
            oauth2_scopes = schemes.get("OAuth2UserToken")
            allows_app = "BearerToken" in schemes
            allows_oauth1 = "UserToken" in schemes
        else:
            scopes, allows_app = (
                MEDIA_SECURITY if route.template.startswith("/2/media") else FALLBACK_SECURITY[route.key]
            )
            oauth2_scopes, allows_oauth1 = list(scopes), True
        if principal.kind == "app" and not allows_app:
            self.state.require_user_context(principal)  # raises X's unsupported-authentication 403
        if principal.kind == "oauth1" and not allows_oauth1:
            raise problem(403, "Forbidden", "OAuth 1.0a User Context is not supported for this endpoint.")
        if principal.kind == "oauth2":
            missing = sorted(set(oauth2_scopes or ()) - principal.scopes)
            if oauth2_scopes is None or missing:
                raise problem(
                    403,
                    "Forbidden",
                    f"Your token is missing the scopes this endpoint requires: {', '.join(missing)}.",
                )

    # ------------------------------------------------------------------ API endpoints

    def _api(self, request: Request, route: Route, params: dict[str, str]) -> tuple[Reply, Principal | None]:
        try:
            principal = self.authenticate(request)
        except XError as error:
            headers = self.state.consume_rate_limit(route.key, "anonymous", "-", consume=False)[1]
            return Reply.json(error.status, error.body, headers, content_type=error.content_type), None
        allowed, headers = self.state.consume_rate_limit(route.key, principal.rate_key, principal.app.app_id)
        if not allowed:
            return Reply.json(429, TOO_MANY_REQUESTS, headers), principal
        try:
            self._check_security(principal, request, route)
            payload = self._payload(request)
            status, body = getattr(self, "api_" + route.handler)(ApiCall(principal, request, payload, params))
            reply = Reply.json(status, body, headers)
        except XError as error:
            reply = Reply.json(
                error.status, error.body, {**headers, **error.headers}, content_type=error.content_type
            )
        self._check_response(request, reply)
        return reply, principal

    def _payload(self, request: Request) -> dict[str, Any]:
        """Decode the body by content type and validate it against the operation's requestBody schema."""
        op = self.validator.operation(request.method, request.path) if self.validator else None
        if not request.body:
            if op is not None and op.request_body_required and self.state.config.validate_requests:
                raise invalid_request("A request body is required.")
            return {}
        media = request.media_type
        if media == "application/json":
            try:
                payload = json.loads(request.body)
            except (ValueError, UnicodeDecodeError):
                raise invalid_request("The request body is not valid JSON.") from None
            instance = payload
        elif media == "multipart/form-data":
            try:
                fields = parse_multipart(request.headers["content-type"], request.body, raw=("media",))
                payload = {k: v[0] if isinstance(v, tuple) else v for k, v in fields.items()}
            except (ValueError, KeyError):
                raise invalid_request("The multipart body could not be parsed.") from None
            pointer = self.validator.request_schema_pointer(op, media) if (self.validator and op) else None
            instance = (
                self.validator.coerce_form(pointer, payload) if (self.validator and pointer) else payload
            )
            payload = {
                **payload,
                **{k: v for k, v in instance.items() if not isinstance(payload.get(k), bytes)},
            }
        elif media == "application/x-www-form-urlencoded":
            payload = instance = request.form()
        else:
            raise invalid_request(f"Unsupported content type [{media or 'none'}].")
        if self.validator is not None and self.state.config.validate_requests:
            errors = self.validator.validate_request(request.method, request.path, instance, media)
            if errors:
                raise invalid_request(*errors)
        if not isinstance(payload, dict):
            raise invalid_request("The request body must be a JSON object.")
        return payload

    def _check_response(self, request: Request, reply: Reply) -> None:
        """Record (for tests to assert on) any 2xx answer of ours that the spec would reject."""
        if not (self.validator and self.state.config.check_responses and 200 <= reply.status < 300):
            return
        if self.validator.operation(request.method, request.path) is None:
            return
        body = json.loads(reply.body) if reply.body else None
        for message in self.validator.validate_response(
            request.method, request.path, reply.status, body, reply.content_type
        ):
            self.state.record_violation(f"{request.method} {request.path} {reply.status}: {message}")

    @staticmethod
    def _media_bytes(payload: dict[str, Any]) -> bytes:
        media = payload.get("media")
        if isinstance(media, bytes):
            return media
        if isinstance(media, str):
            try:
                return base64.b64decode(media, validate=True)
            except binascii.Error:
                raise invalid_request("The `media` field must be base64-encoded in JSON bodies.") from None
        raise invalid_request("The `media` field is required.")

    def api_create_tweet(self, call: ApiCall) -> tuple[int, Any]:
        return 201, self.state.create_tweet(call.principal, call.payload)

    def api_delete_tweet(self, call: ApiCall) -> tuple[int, Any]:
        return 200, self.state.delete_tweet(call.principal, call.params["id"])

    def api_get_tweet(self, call: ApiCall) -> tuple[int, Any]:
        return 200, self.state.get_tweet(call.params["id"], call.request.query)

    def api_me(self, call: ApiCall) -> tuple[int, Any]:
        return 200, self.state.me(call.principal, call.request.query)

    def api_user_tweets(self, call: ApiCall) -> tuple[int, Any]:
        return 200, self.state.user_tweets(call.params["id"], call.request.query)

    def api_upload(self, call: ApiCall) -> tuple[int, Any]:
        category = str(call.payload.get("media_category") or "")
        if not category:
            raise invalid_request("The `media_category` field is required.")
        owners = [o for o in str(call.payload.get("additional_owners") or "").split(",") if o]
        return 200, self.state.upload_media(call.principal, self._media_bytes(call.payload), category, owners)

    def api_upload_status(self, call: ApiCall) -> tuple[int, Any]:
        media_id = call.request.one("media_id")
        if not media_id:
            raise invalid_request("The `media_id` query parameter is required.")
        return 200, self.state.media_status(call.principal, media_id)

    def api_upload_init(self, call: ApiCall) -> tuple[int, Any]:
        total = call.payload.get("total_bytes")
        return 200, self.state.init_upload(
            call.principal,
            call.payload.get("media_type"),
            int(total) if total is not None else None,
            str(call.payload.get("media_category") or "tweet_image"),
            call.payload.get("additional_owners") or (),
        )

    def api_upload_append(self, call: ApiCall) -> tuple[int, Any]:
        try:
            index = int(call.payload.get("segment_index", -1))
        except (TypeError, ValueError):
            index = -1
        if not 0 <= index <= 999:
            raise invalid_request("The `segment_index` field must be between 0 and 999.")
        return 200, self.state.append_upload(
            call.principal, call.params["id"], index, self._media_bytes(call.payload)
        )

    def api_upload_finalize(self, call: ApiCall) -> tuple[int, Any]:
        return 200, self.state.finalize_upload(call.principal, call.params["id"])

    def api_media_metadata(self, call: ApiCall) -> tuple[int, Any]:
        media_id = str(call.payload.get("id") or "")
        if not media_id:
            raise invalid_request("The `id` field is required.")
        return 200, self.state.set_media_metadata(
            call.principal, media_id, call.payload.get("metadata") or {}
        )

    # ------------------------------------------------------------------ OAuth 2.0

    def oauth2_authorize(self, request: Request) -> Reply:
        params = {k: v[-1] for k, v in request.query.items() if v}
        try:
            return Reply.redirect(self.state.oauth2_authorize(params))
        except ValueError as error:
            return Reply.page(400, "X / Error", f"<p id='error'>{html.escape(str(error))}</p>")

    def _oauth2(self, request: Request, route: Route) -> Reply:
        form = request.form() if request.media_type == "application/x-www-form-urlencoded" else {}
        basic = _basic_auth(request.headers.get("authorization"))
        client = basic[0] if basic else form.get("client_id", "-")
        allowed, headers = self.state.consume_rate_limit(route.key, "client:" + client, client)
        if not allowed:
            return Reply.json(429, TOO_MANY_REQUESTS, headers)
        if request.media_type != "application/x-www-form-urlencoded":
            body = {
                "error": "invalid_request",
                "error_description": "Body must be application/x-www-form-urlencoded",
            }
            return Reply.json(400, body, headers)
        try:
            if route.handler == "oauth2_token":
                return Reply.json(200, self.state.oauth2_token(form, basic), headers)
            return Reply.json(200, self.state.oauth2_revoke(form, basic), headers)
        except OAuthError as error:
            return Reply.json(error.status, error.body, headers)

    # ------------------------------------------------------------------ OAuth 1.0a

    def _oauth1(self, request: Request, route: Route) -> Reply:
        def fail() -> XError:
            return XError(401, {"errors": [{"code": 32, "message": "Could not authenticate you."}]})

        params = oauth1.parse_authorization(request.headers.get("authorization"))
        consumer = (params.consumer_key if params else None) or "-"
        allowed, headers = self.state.consume_rate_limit(route.key, "consumer:" + consumer, consumer)
        if not allowed:
            body = {"errors": [{"code": 88, "message": "Rate limit exceeded"}]}
            return Reply.json(429, body, headers)
        try:
            params = self._verify_oauth1(request, fail)
            app = self.state.oauth1_secrets(params.consumer_key, None)
            assert app is not None
            if route.handler == "oauth1_request_token":
                callback = params.get("oauth_callback") or request.one("oauth_callback")
                text = self.state.oauth1_request_token(app[0], callback)
            else:
                verifier = (
                    params.get("oauth_verifier")
                    or request.one("oauth_verifier")
                    or request.form().get("oauth_verifier")
                )
                text = self.state.oauth1_access_token(params.consumer_key or "", params.token or "", verifier)
            return Reply(200, text.encode(), HTML, headers)
        except XError as error:
            return Reply.json(error.status, error.body, headers, content_type=error.content_type)

    def oauth1_authorize(self, request: Request) -> Reply:
        try:
            outcome, value = self.state.oauth1_authorize(request.one("oauth_token") or "")
        except ValueError as error:
            return Reply.page(400, "X / Error", f"<p id='error'>{html.escape(str(error))}</p>")
        if outcome == "pin":
            return Reply.page(
                200,
                "X / Authorize an application",
                "<div id='oauth_pin'><p><span id='code-desc'>Next, return to the app and enter this PIN to "
                "complete the authorization process:</span>"
                f"<kbd aria-labelledby='code-desc'><code>{value}</code>"
                "</kbd></p></div>",
            )
        if value:
            return Reply.redirect(value)
        return Reply.page(
            200, "X / Authorize an application", "<p id='denied'>You didn't authorize the app.</p>"
        )


# ----------------------------------------------------------------------------- control API over HTTP


class Control(FakeControl):
    """``/__control/...``: X's own control endpoints (the shared ones are in :class:`FakeControl`)."""

    reply = Reply.json
    config_type = ServerConfig

    def health(self) -> dict[str, Any]:
        return {"ok": True, "spec": self.server.validator is not None}

    def config_value(self, value: Any) -> Any:
        return tuple(value) if isinstance(value, list) else value

    def routes(self, request: Request, method: str, path: str, body: dict[str, Any]) -> Reply | None:
        state = self.state
        if (method, path) == ("POST", "/apps"):
            return Reply.json(201, dataclasses.asdict(state.add_app(**body)))
        if (method, path) == ("POST", "/users"):
            return Reply.json(201, dataclasses.asdict(state.add_user(**body)))
        if (method, path) == ("POST", "/tokens"):
            if body.get("kind", "oauth2") == "oauth1":
                tokens: Any = state.issue_oauth1_tokens(body["user_id"], body["consumer_key"])
            else:
                tokens = state.issue_oauth2_tokens(
                    body["user_id"], body["client_id"], body.get("scopes", DEFAULT_SCOPES)
                )
            return Reply.json(201, dataclasses.asdict(tokens))
        if (method, path) == ("POST", "/revoke"):
            return Reply.json(200, {"revoked": state.revoke(body["token"])})
        if (method, path) == ("POST", "/browser"):
            state.set_browser(body.get("user_id"), approve=bool(body.get("approve", True)))
            return Reply.json(200, {"ok": True})
        if (method, path) == ("POST", "/rate-limits"):
            state.set_rate_limit(body["endpoint"], int(body["limit"]), float(body.get("window", 900.0)))
            return Reply.json(200, {"ok": True})
        if (method, path) == ("POST", "/daily-limits"):
            state.set_daily_limit(
                body["endpoint"], user_limit=body.get("user_limit"), app_limit=body.get("app_limit")
            )
            return Reply.json(200, {"ok": True})
        if (method, path) == ("POST", "/clock"):
            state.advance_clock(float(body["advance"]))
            return Reply.json(200, {"now": state.now()})
        if (method, path) == ("GET", "/tweets"):
            include = request.one("include_deleted") in ("1", "true")
            tweets = state.tweets_for(request.one("user_id") or "", include_deleted=include)
            return Reply.json(200, {"tweets": [dataclasses.asdict(t) for t in tweets]})
        if method == "GET" and path.startswith("/media/"):
            media = state.media(path.rsplit("/", 1)[1])
            if media is None:
                return Reply.json(404, {"error": "no such media"})
            info = {k: v for k, v in dataclasses.asdict(media).items() if k not in ("data", "segments")}
            info.update(size=len(media.data), sha256=hashlib.sha256(media.data).hexdigest())
            return Reply.json(200, info)
        if (method, path) == ("GET", "/requests"):
            entries = state.requests(request.one("method"), request.one("path"))
            return Reply.json(200, {"requests": [_request_json(e) for e in entries]})
        return None


def _request_json(entry: RecordedRequest) -> dict[str, Any]:
    data = dataclasses.asdict(entry)
    try:
        data["body"] = entry.body.decode("utf-8")
    except UnicodeDecodeError:
        data["body"] = None
        data["body_base64"] = base64.b64encode(entry.body).decode("ascii")
    return data


# --------------------------------------------------------------------------------------------- HTTP server


class _Handler(FakeHandler):
    server_version = "tsa_fake"
    fake_name = "fake X API"
    max_body = MAX_BODY
    accept_chunked = True
    fixed_headers = {"Cache-Control": "no-cache, no-store, max-age=0"}

    def crashed(self, entry: RecordedRequest) -> None:
        self.server.fake.state.finish_request(entry, status=500, outcome="crashed", fault=None, user_id=None)

    def crash_reply(self) -> Reply:
        body = {"title": "Fake X API bug", "detail": "see the test's violations", "type": "about:blank"}
        return Reply.json(500, {**body, "status": 500})

    def too_large_reply(self) -> Reply:
        return Reply.json(413, {"errors": [{"message": "Request body too large or malformed"}]})

    def route(self, parts: SplitResult, body: bytes, headers: dict[str, str]) -> None:
        fake = self.server.fake
        state = fake.state
        query = parse_qs(parts.query, keep_blank_values=True)
        request = Request(self.command, parts.path, query, headers, body, parts.query)
        if parts.path.startswith("/__control/"):
            self._write(fake.control.handle(request.method, request.path, body, request))
            return
        entry = self._entry = state.record_request(request.method, request.path, query, dict(headers), body)
        matched = match_route(request.method, request.path)
        route, params = matched if matched else (None, {})
        fault = fake.faults.pick(request.method, request.path)
        fault_name = fault.kind.value if fault else None
        user_id: str | None = None

        def record(status: int | None, outcome: str) -> None:
            state.finish_request(entry, status=status, outcome=outcome, fault=fault_name, user_id=user_id)

        def respond() -> Reply:
            nonlocal user_id
            if fault is not None and fault.kind is FaultKind.STATUS:
                return fake.api.fault_reply(request, route, fault.status)
            reply, principal = fake.api.handle(request, route, params)
            if principal is not None and principal.user is not None:
                user_id = principal.user.id
            return reply

        reply = self.answer_with_faults(fault, respond, record)
        if reply is None:
            return
        record(reply.status, "answered")
        try:
            self._write(reply)
        except OSError:
            record(reply.status, "client_gone")
            raise


class FakeXServer(ServedFake):
    """The fake X API: ``start()`` it, point clients at ``base_url``, ``close()`` it."""

    thread_name = "fake-x-server"

    def __init__(
        self,
        config: ServerConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        spec_path: Path | str | None = None,
        validator: SpecValidator | None | bool = True,
    ) -> None:
        """``validator=True`` loads the spec if present, ``False``/None runs without validation."""
        self.state = XState(config)
        self.faults = FaultPlan()
        if validator is True:
            self.validator: SpecValidator | None = load_optional(spec_path)
        else:
            self.validator = validator or None
        # socketserver's backlog of 5 makes a burst of clients wait on SYN retries
        self.listen(host, port, _Handler, what="X API", backlog=128)
        self.api = XApi(self)
        self.control = Control(self)

    def mount(self, session: requests.Session) -> LoopbackAdapter:
        """Route a session's X-bound traffic (api.x.com, api.twitter.com, …) to this server."""
        return mount_loopback(session, self.base_url)


# ----------------------------------------------------------------------------- client-side helpers


class LoopbackAdapter(HTTPAdapter):
    """Transport adapter sending requests for X's hosts to the fake instead (test helper, not production).

    Mounted on a session it rewrites only scheme+host, so the client code keeps using X's real URLs and
    OAuth 1.0a signatures stay computed over them. Requests for any host it doesn't know are refused, so a
    misrouted call can never leave the machine.
    """

    def __init__(self, base_url: str, origins: Iterable[str] = X_ORIGINS, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.base_url = base_url.rstrip("/")
        self.origins = frozenset(origin.lower().rstrip("/") for origin in origins)

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        parts = urlsplit(request.url or "")
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        if origin not in self.origins:
            raise requests.ConnectionError(f"LoopbackAdapter refuses to contact {origin}")
        target = urlsplit(self.base_url)
        rewritten = request.copy()
        rewritten.url = urlunsplit((target.scheme, target.netloc, parts.path, parts.query, parts.fragment))
        return super().send(rewritten, **kwargs)


def mount_loopback(
    session: requests.Session, base_url: str, origins: Iterable[str] = X_ORIGINS
) -> LoopbackAdapter:
    """Mount one :class:`LoopbackAdapter` for every X origin on ``session``."""
    origins = tuple(origins)
    adapter = LoopbackAdapter(base_url, origins)
    for origin in origins:
        session.mount(origin.rstrip("/") + "/", adapter)
    return adapter


def tweepy_oauth1_handler(base_url: str, consumer_key: str, consumer_secret: str, **kwargs: Any) -> Any:
    """A tweepy ``OAuth1UserHandler`` whose every OAuth1Session (it makes a new one per step) uses the fake.

    tweepy replaces ``handler.oauth`` inside ``get_access_token``; a subclass property mounts the adapter
    on whichever session is assigned, so no tweepy internals are patched.
    """
    import tweepy

    class _LoopbackOAuth1UserHandler(tweepy.OAuth1UserHandler):
        @property
        def oauth(self) -> Any:
            return self._loopback_oauth

        @oauth.setter
        def oauth(self, session: Any) -> None:
            mount_loopback(session, base_url)
            self._loopback_oauth = session

    return _LoopbackOAuth1UserHandler(consumer_key, consumer_secret, **kwargs)


# --------------------------------------------------------------------------------------------- standalone


def bootstrap(server: FakeXServer, *, username: str = "crier_council") -> dict[str, Any]:
    """Register one app and one user with tokens of both kinds; returns them as JSON-ready data."""
    app = server.state.add_app("Crier")
    user = server.state.add_user(username, name="Crier Council")
    oauth2 = server.state.issue_oauth2_tokens(user.id, app.client_id)
    oauth1_tokens = server.state.issue_oauth1_tokens(user.id, app.consumer_key)
    return {
        "base_url": server.base_url,
        "app": dataclasses.asdict(app),
        "user": dataclasses.asdict(user),
        "oauth2": dataclasses.asdict(oauth2),
        "oauth1": dataclasses.asdict(oauth1_tokens),
    }


def main(argv: list[str] | None = None) -> int:
    return serve_main(
        argv,
        FakeXServer,
        lambda server, _: bootstrap(server),
        defaults_help="register an app and user; print them as JSON",
        options=lambda parser: parser.add_argument(
            "--no-spec", action="store_true", help="run without OpenAPI validation"
        ),
        make=lambda args: FakeXServer(host=args.host, port=args.port, validator=not args.no_spec),
    )


if __name__ == "__main__":
    sys.exit(main())
