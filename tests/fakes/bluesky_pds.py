"""A fake Bluesky PDS (XRPC over HTTP on 127.0.0.1) for offline tests of Crier's Bluesky publisher.

It speaks real HTTP, so the app's own session, timeouts and error handling are what get tested, and it
behaves like the reference PDS where publishing code has to cope: app-password sessions with rotating
refresh tokens (HS256 JWTs with ``exp`` and ``scope``), ``ExpiredToken`` answers, record keys honoured by
``createRecord`` and a repeated rkey refused the way real servers refuse it (``duplicate_rkey``: a bare
500 as bsky.social answers today, ``RecordAlreadyExists`` as 400 or 409 as newer servers do, or the
MST's "There is already a value at key"), uploaded blobs that expire unless a record uses them,
``ratelimit-*`` headers and 429s, and the shared fault kinds from ``faults.py`` (status answers,
timeouts, dropped connections, slow answers, lost answers after the write). ``garble`` rules make it
answer HTML, broken JSON or the wrong content type, optionally after applying the write.

It checks ``app.bsky.feed.post`` records against the lexicon (text ≤ 300 graphemes and 3000 bytes,
facets, langs, reply strong refs, image embeds with their blob limits) and, with ``strict`` checks on
(the default), more than a real PDS does, so client bugs show up here rather than as broken posts:
every facet's byte range must lie inside the text on character boundaries, in order, without overlap,
and cover exactly the text it annotates (``@handle`` of the mentioned DID, ``#tag``, the link as
typed); reply refs must point at existing records with the right CIDs.

Drive it from Python (``server.state``, ``server.faults``, ``server.garbles``) or over HTTP
(``/__control/...``) when the code under test runs in another process::

    python -m tests.fakes.bluesky_pds --port 8998 --defaults
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import itertools
import json
import re
import secrets
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import SplitResult, parse_qs, unquote

import regex

from tests.fakes import serving
from tests.fakes.faults import Fault, FaultKind, FaultPlan
from tests.fakes.serving import JSON, FakeControl, FakeHandler, ServedFake, serve_main

POST = "app.bsky.feed.post"
MAX_BODY = 64 * 1024 * 1024
SCOPE_ACCESS = "com.atproto.access"
SCOPE_APP_PASS = "com.atproto.appPass"
SCOPE_APP_PASS_PRIVILEGED = "com.atproto.appPassPrivileged"
SCOPE_REFRESH = "com.atproto.refresh"

MAX_TEXT_GRAPHEMES = 300
MAX_TEXT_BYTES = 3000
MAX_IMAGES = 4
MAX_IMAGE_BYTES = 1_000_000
MAX_TAG_GRAPHEMES = 64
MAX_TAG_BYTES = 640

TID_RE = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")
DID_RE = re.compile(r"^did:[a-z]+:[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]$")
NSID_RE = re.compile(r"^[a-zA-Z]([a-zA-Z0-9-]{0,62})?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,62})?)+$")
LANG_RE = re.compile(r"^(i|[a-z]{2,3})(-[a-zA-Z0-9]+)*$")
URI_RE = re.compile(r"^\w+:(?://)?[^\s/][^\s]*$")
DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
AT_URI_RE = re.compile(r"^at://(did:[a-z]+:[a-zA-Z0-9._:%-]+)/([a-zA-Z0-9.-]+)/([a-zA-Z0-9._:~-]{1,512})$")
CID_RE = re.compile(r"^b[a-z2-7]{20,}$")
_GRAPHEME = regex.compile(r"\X")
_B32 = "abcdefghijklmnopqrstuvwxyz234567"
_TS32 = "234567abcdefghijklmnopqrstuvwxyz"

_STATUS_ERRORS = {
    400: ("InvalidRequest", "Invalid request"),
    401: ("AuthenticationRequired", "Authentication Required"),
    403: ("Forbidden", "Forbidden"),
    413: ("PayloadTooLarge", "request entity too large"),
    429: ("RateLimitExceeded", "Rate Limit Exceeded"),
    500: ("InternalServerError", "Internal Server Error"),
    502: ("UpstreamFailure", "Upstream Failure"),
    503: ("NotEnoughResources", "Service Unavailable"),
    504: ("UpstreamTimeout", "Upstream Timeout"),
}

#: nsid -> (HTTP method, handler name, rate-limit bucket or "")
ROUTES: dict[str, tuple[str, str, str]] = {
    "com.atproto.server.createSession": ("POST", "create_session", "session"),
    "com.atproto.server.refreshSession": ("POST", "refresh_session", ""),
    "com.atproto.server.getSession": ("GET", "get_session", ""),
    "com.atproto.server.deleteSession": ("POST", "delete_session", ""),
    "com.atproto.identity.resolveHandle": ("GET", "resolve_handle", ""),
    "com.atproto.repo.createRecord": ("POST", "create_record", "write"),
    "com.atproto.repo.getRecord": ("GET", "get_record", ""),
    "com.atproto.repo.listRecords": ("GET", "list_records", ""),
    "com.atproto.repo.uploadBlob": ("POST", "upload_blob", "blob"),
    "app.bsky.actor.getProfile": ("GET", "get_profile", ""),
}


# --------------------------------------------------------------------------------------------- data


@dataclass
class PdsConfig:
    access_ttl: float = 7200.0
    refresh_ttl: float = 90 * 86400.0
    #: how a createRecord on an rkey that already holds a record is refused: "500" (bsky.social today),
    #: "400" or "409" (RecordAlreadyExists, the newer lexicon), "mst" (400 InvalidRequest, the MST's words)
    duplicate_rkey: str = "500"
    strict: bool = True  # stricter than a real PDS: facet ranges/texts, reply refs (see the module docstring)
    revoke_access_with_app_password: bool = False  # real PDSes let issued access tokens run out
    serves_app_bsky: bool = True  # a council's own PDS may not serve app.bsky.* (getProfile)
    blob_upload_limit: int = 50_000_000
    blob_ttl: float = 3600.0  # an uploaded blob no record uses is discarded after this
    max_hold: float = 5.0
    idle_timeout: float = 10.0
    #: bucket -> (limit, window seconds); createRecord costs 3 points as on bsky.social
    rate_limits: dict[str, tuple[int, float]] = field(
        default_factory=lambda: {"session": (30, 300.0), "write": (5000, 3600.0), "blob": (1000, 3600.0)}
    )


@dataclass
class AppPassword:
    name: str
    password: str
    privileged: bool = False


@dataclass
class PdsAccount:
    did: str
    handle: str
    password: str
    email: str
    display_name: str = ""
    app_passwords: dict[str, AppPassword] = field(default_factory=dict)
    takendown: bool = False
    email_2fa: bool = False


@dataclass
class Token:
    jti: str
    did: str
    kind: str  # access | refresh
    scope: str
    app_password: str | None
    expires_at: float
    revoked: bool = False
    next_refresh: str | None = None  # set when this refresh token was used


@dataclass
class StoredRecord:
    uri: str
    cid: str
    did: str
    collection: str
    rkey: str
    value: dict[str, Any]
    created_at: float
    seq: int


@dataclass
class StoredBlob:
    cid: str
    mime: str
    size: int
    data: bytes
    uploaded_at: float
    permanent: bool = False


@dataclass
class LoggedRequest:
    method: str
    path: str
    nsid: str
    did: str | None = None
    status: int | None = None
    outcome: str = ""
    fault: str | None = None
    seconds: float = 0.0  # the fake's own handling time (not counting injected holds)


class XrpcFail(Exception):
    """An XRPC error answer: ``{"error": ..., "message": ...}`` with an HTTP status."""

    def __init__(self, status: int, error: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(f"{status} {error}: {message}")
        self.status = status
        self.error = error
        self.message = message
        self.headers = dict(headers or {})


def invalid(message: str, error: str = "InvalidRequest") -> XrpcFail:
    return XrpcFail(400, error, message)


def invalid_record(path: str, problem: str) -> XrpcFail:
    return invalid(f"Invalid {POST} record: {path} {problem}")


# --------------------------------------------------------------------------------------------- helpers


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _b32(data: bytes) -> str:
    bits = int.from_bytes(data, "big")
    length = len(data) * 8
    pad = (5 - length % 5) % 5
    bits <<= pad
    length += pad
    return "".join(_B32[(bits >> (length - 5 * (i + 1))) & 31] for i in range(length // 5))


def cid_v1(codec: int, data: bytes) -> str:
    """A CIDv1 (sha2-256) in base32, like "bafyrei…" (dag-cbor) or "bafkrei…" (raw)."""
    digest = hashlib.sha256(data).digest()
    return "b" + _b32(bytes([0x01, codec, 0x12, 0x20]) + digest)


def record_cid(value: Any) -> str:
    """The record's CID: sha-256 of its canonical JSON (a real PDS hashes DAG-CBOR; the shape is the same)."""
    canonical = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return cid_v1(0x71, canonical)


def blob_cid(data: bytes) -> str:
    return cid_v1(0x55, data)


def tid_at(seconds: float, clock_id: int = 0) -> str:
    value = ((int(seconds * 1_000_000) & ((1 << 53) - 1)) << 10) | (clock_id & 1023)
    return "".join(_TS32[(value >> (5 * shift)) & 31] for shift in range(12, -1, -1))


def graphemes(text: str) -> int:
    return len(_GRAPHEME.findall(text))


def sniff_mime(data: bytes, declared: str) -> str:
    """What the bytes are, as a PDS decides it (by content, not by the header)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return declared or "application/octet-stream"


def did_for(handle: str) -> str:
    return "did:plc:" + _b32(hashlib.sha256(handle.encode()).digest())[:24]


def make_app_password() -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyz234567"
    return "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(4))


def _utf8_boundary(encoded: bytes, index: int) -> bool:
    return index == len(encoded) or (0 <= index < len(encoded) and (encoded[index] & 0xC0) != 0x80)


# --------------------------------------------------------------------------------------------- state


class PdsState:
    """Everything the server holds; every method is thread-safe (one lock)."""

    def __init__(self, config: PdsConfig | None = None) -> None:
        self.config = config or PdsConfig()
        self.lock = threading.RLock()
        self.base_url = ""
        self._offset = 0.0
        self._secret = secrets.token_bytes(32)
        self._accounts: dict[str, PdsAccount] = {}
        self._external: dict[str, str] = {}  # handle -> did of accounts on other servers
        self._tokens: dict[str, Token] = {}
        self._records: dict[tuple[str, str, str], StoredRecord] = {}
        self._blobs: dict[str, dict[str, StoredBlob]] = {}
        self._limits: dict[tuple[str, str], tuple[float, int]] = {}  # (bucket, key) -> (window start, used)
        self._seq = itertools.count(1)
        self._log: list[LoggedRequest] = []
        self.violations: list[str] = []

    # -- clock

    def now(self) -> float:
        return time.time() + self._offset

    def advance_clock(self, seconds: float) -> float:
        with self.lock:
            self._offset += seconds
            return self.now()

    # -- accounts

    def add_account(
        self,
        handle: str,
        *,
        password: str = "correct horse battery staple",
        email: str | None = None,
        display_name: str = "",
        email_2fa: bool = False,
    ) -> PdsAccount:
        with self.lock:
            handle = handle.lower()
            did = did_for(handle)
            account = PdsAccount(
                did, handle, password, email or f"comms@{handle}", display_name, email_2fa=email_2fa
            )
            self._accounts[did] = account
            self._blobs.setdefault(did, {})
            return account

    def add_app_password(self, who: str, name: str = "Crier", *, privileged: bool = False) -> str:
        with self.lock:
            account = self.account(who)
            password = make_app_password()
            account.app_passwords[name] = AppPassword(name, password, privileged)
            return password

    def revoke_app_password(self, who: str, name: str = "Crier") -> None:
        """As a PDS does: the refresh tokens it issued die now; issued access tokens run out (or die too)."""
        with self.lock:
            account = self.account(who)
            account.app_passwords.pop(name, None)
            for token in self._tokens.values():
                ours = token.did == account.did and token.app_password == name
                if ours and (token.kind == "refresh" or self.config.revoke_access_with_app_password):
                    token.revoked = True

    def takedown(self, who: str) -> None:
        with self.lock:
            self.account(who).takendown = True

    def register_handle(self, handle: str, did: str | None = None) -> str:
        """A handle hosted elsewhere that resolveHandle knows (for mentions)."""
        with self.lock:
            did = did or did_for(handle.lower())
            self._external[handle.lower()] = did
            return did

    def account(self, who: str) -> PdsAccount:
        with self.lock:
            found = self._find(who)
            if found is None:
                raise KeyError(f"no account {who!r}")
            return found

    def _find(self, who: str) -> PdsAccount | None:
        who = who.strip()
        if who in self._accounts:
            return self._accounts[who]
        lowered = who.lower()
        for account in self._accounts.values():
            if lowered in (account.handle, account.email.lower()):
                return account
        return None

    def handle_of(self, did: str) -> str | None:
        with self.lock:
            if did in self._accounts:
                return self._accounts[did].handle
            return next((h for h, d in self._external.items() if d == did), None)

    # -- tokens

    def _issue(self, account: PdsAccount, scope: str, app_password: str | None) -> dict[str, Any]:
        now = self.now()
        pair = {}
        refresh_jti = secrets.token_hex(16)
        for kind, ttl, token_scope, jti in (
            ("access", self.config.access_ttl, scope, secrets.token_hex(16)),
            ("refresh", self.config.refresh_ttl, SCOPE_REFRESH, refresh_jti),
        ):
            payload = {
                "scope": token_scope,
                "sub": account.did,
                "aud": "did:web:pds.test",
                "iat": int(now),
                "exp": int(now + ttl),
                "jti": jti,
            }
            self._tokens[jti] = Token(jti, account.did, kind, scope, app_password, now + ttl)
            pair[kind] = self._jwt(payload, "at+jwt" if kind == "access" else "refresh+jwt")
        return {
            "accessJwt": pair["access"],
            "refreshJwt": pair["refresh"],
            "handle": account.handle,
            "did": account.did,
            "email": account.email,
            "emailConfirmed": True,
            "active": True,
            "didDoc": self._did_doc(account),
        }

    def _did_doc(self, account: PdsAccount) -> dict[str, Any]:
        return {
            "@context": ["https://www.w3.org/ns/did/v1"],
            "id": account.did,
            "alsoKnownAs": [f"at://{account.handle}"],
            "service": [
                {"id": "#atproto_pds", "type": "AtprotoPersonalDataServer", "serviceEndpoint": self.base_url}
            ],
        }

    def _jwt(self, payload: dict[str, Any], typ: str) -> str:
        header = b64url(json.dumps({"typ": typ, "alg": "HS256"}).encode())
        body = b64url(json.dumps(payload, separators=(",", ":")).encode())
        signature = hmac.new(self._secret, f"{header}.{body}".encode(), hashlib.sha256).digest()
        return f"{header}.{body}.{b64url(signature)}"

    def _verify(self, header: str | None, kind: str) -> Token:
        if not header or not header.lower().startswith("bearer "):
            raise XrpcFail(401, "AuthenticationRequired", "Authentication Required")
        jwt = header[7:].strip()
        parts = jwt.split(".")
        if len(parts) != 3:
            raise XrpcFail(401, "InvalidToken", "Token could not be verified")
        expected = b64url(hmac.new(self._secret, f"{parts[0]}.{parts[1]}".encode(), hashlib.sha256).digest())
        if not hmac.compare_digest(expected, parts[2]):
            raise XrpcFail(401, "InvalidToken", "Token could not be verified")
        try:
            claims = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
        except ValueError:
            raise XrpcFail(401, "InvalidToken", "Token could not be verified") from None
        token = self._tokens.get(str(claims.get("jti")))
        if token is None:
            raise XrpcFail(401, "InvalidToken", "Token could not be verified")
        if token.kind != kind:
            raise invalid("Invalid token type", "InvalidToken")
        if token.revoked:
            raise invalid("Token has been revoked", "ExpiredToken")
        if token.expires_at <= self.now():
            raise invalid("Token has expired", "ExpiredToken")
        account = self._accounts.get(token.did)
        if account is None or account.takendown:
            raise XrpcFail(401, "AccountTakedown", "Account has been taken down")
        return token

    def authenticate(self, header: str | None) -> Token:
        with self.lock:
            return self._verify(header, "access")

    # -- endpoints: sessions

    def create_session(self, body: dict[str, Any]) -> dict[str, Any]:
        identifier, password = body.get("identifier"), body.get("password")
        if not isinstance(identifier, str) or not isinstance(password, str):
            raise invalid('Input must have the properties "identifier" and "password"')
        with self.lock:
            account = self._find(identifier)
            if account is None:
                raise XrpcFail(401, "AuthenticationRequired", "Invalid identifier or password")
            if hmac.compare_digest(password.encode(), account.password.encode()):
                if account.takendown:
                    raise XrpcFail(401, "AccountTakedown", "Account has been taken down")
                if account.email_2fa and not body.get("authFactorToken"):
                    raise XrpcFail(
                        401, "AuthFactorTokenRequired", "A sign in code has been sent to your email"
                    )
                return self._issue(account, SCOPE_ACCESS, None)
            for app in account.app_passwords.values():
                if hmac.compare_digest(password.encode(), app.password.encode()):
                    if account.takendown:
                        raise XrpcFail(401, "AccountTakedown", "Account has been taken down")
                    scope = SCOPE_APP_PASS_PRIVILEGED if app.privileged else SCOPE_APP_PASS
                    return self._issue(account, scope, app.name)
            raise XrpcFail(401, "AuthenticationRequired", "Invalid identifier or password")

    def refresh_session(self, header: str | None) -> dict[str, Any]:
        with self.lock:
            token = self._verify(header, "refresh")
            token.revoked = True  # rotation: a refresh token works once
            account = self._accounts[token.did]
            return self._issue(account, token.scope, token.app_password)

    def delete_session(self, header: str | None) -> dict[str, Any]:
        with self.lock:
            token = self._verify(header, "refresh")
            token.revoked = True
            return {}

    def get_session(self, token: Token) -> dict[str, Any]:
        with self.lock:
            account = self._accounts[token.did]
            return {
                "did": account.did,
                "handle": account.handle,
                "email": account.email,
                "emailConfirmed": True,
                "active": True,
                "didDoc": self._did_doc(account),
            }

    # -- endpoints: identity and profiles

    def resolve_handle(self, params: dict[str, str]) -> dict[str, Any]:
        handle = (params.get("handle") or "").lower()
        if not handle:
            raise invalid('Error: Params must have the property "handle"')
        with self.lock:
            for account in self._accounts.values():
                if account.handle == handle:
                    return {"did": account.did}
            if handle in self._external:
                return {"did": self._external[handle]}
        raise invalid("Unable to resolve handle")

    def get_profile(self, params: dict[str, str]) -> dict[str, Any]:
        if not self.config.serves_app_bsky:
            raise XrpcFail(501, "MethodNotImplemented", "Method Not Implemented")
        with self.lock:
            account = self._find(params.get("actor") or "")
            if account is None:
                raise invalid("Profile not found")
            return {"did": account.did, "handle": account.handle, "displayName": account.display_name}

    # -- endpoints: repo

    def _repo(self, repo: Any) -> PdsAccount:
        account = self._find(repo) if isinstance(repo, str) else None
        if account is None:
            raise invalid(f"Could not find repo: {repo}")
        return account

    def create_record(self, token: Token, body: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            account = self._repo(body.get("repo"))
            if account.did != token.did:
                raise XrpcFail(401, "AuthenticationRequired", "Authentication Required")
            collection = body.get("collection")
            if not isinstance(collection, str) or not NSID_RE.match(collection):
                raise invalid(f"Invalid collection: {collection!r}")
            record = body.get("record")
            if not isinstance(record, dict):
                raise invalid('Input must have the property "record"')
            record = dict(record)
            declared = record.setdefault("$type", collection)
            if declared != collection:
                raise invalid(f"Invalid $type: expected {collection}, got {declared}")
            rkey = body.get("rkey")
            if rkey is None:
                rkey = tid_at(self.now(), next(self._seq) % 1024)
            if not isinstance(rkey, str) or len(rkey) > 512 or rkey in (".", ".."):
                raise invalid(f"Invalid record key: {rkey!r}")
            if collection == POST:
                if not TID_RE.match(rkey):
                    raise invalid(f"Invalid record key for {POST}: must be a TID ({rkey!r})")
                if body.get("validate", True) is not False:
                    self._validate_post(record)
            blobs = self._check_blobs(account, record)
            key = (account.did, collection, rkey)
            if key in self._records:
                raise self._duplicate(collection, rkey)
            uri = f"at://{account.did}/{collection}/{rkey}"
            cid = record_cid(record)
            self._records[key] = StoredRecord(
                uri, cid, account.did, collection, rkey, record, self.now(), next(self._seq)
            )
            for blob in blobs:
                blob.permanent = True
            rev = tid_at(self.now())
            return {
                "uri": uri,
                "cid": cid,
                "commit": {"cid": record_cid({"rev": rev, "data": cid}), "rev": rev},
                "validationStatus": "valid" if collection == POST else "unknown",
            }

    def _duplicate(self, collection: str, rkey: str) -> XrpcFail:
        mode = self.config.duplicate_rkey
        if mode in ("400", "409"):
            return XrpcFail(int(mode), "RecordAlreadyExists", "Record already exists")
        if mode == "mst":
            return invalid(f"There is already a value at key: {collection}/{rkey}")
        return XrpcFail(500, "InternalServerError", "Internal Server Error")

    def get_record(self, params: dict[str, str]) -> dict[str, Any]:
        for name in ("repo", "collection", "rkey"):
            if not params.get(name):
                raise invalid(f'Error: Params must have the property "{name}"')
        with self.lock:
            account = self._repo(params["repo"])
            stored = self._records.get((account.did, params["collection"], params["rkey"]))
            uri = f"at://{account.did}/{params['collection']}/{params['rkey']}"
            if stored is None or (params.get("cid") and params["cid"] != stored.cid):
                raise invalid(f"Could not locate record: {uri}", "RecordNotFound")
            return {"uri": stored.uri, "cid": stored.cid, "value": stored.value}

    def list_records(self, params: dict[str, str]) -> dict[str, Any]:
        for name in ("repo", "collection"):
            if not params.get(name):
                raise invalid(f'Error: Params must have the property "{name}"')
        try:
            limit = int(params.get("limit") or 50)
        except ValueError:
            raise invalid("Error: limit must be an integer") from None
        if not 1 <= limit <= 100:
            raise invalid("Error: limit can not be greater than 100 or less than 1")
        reverse = params.get("reverse") in ("true", "1")
        cursor = params.get("cursor")
        with self.lock:
            account = self._repo(params["repo"])
            rows = sorted(
                (
                    r
                    for r in self._records.values()
                    if r.did == account.did and r.collection == params["collection"]
                ),
                key=lambda r: r.rkey,
                reverse=not reverse,
            )
        if cursor:
            rows = [r for r in rows if (r.rkey > cursor if reverse else r.rkey < cursor)]
        page = rows[:limit]
        answer: dict[str, Any] = {"records": [{"uri": r.uri, "cid": r.cid, "value": r.value} for r in page]}
        if len(rows) > limit:
            answer["cursor"] = page[-1].rkey
        return answer

    def upload_blob(self, token: Token, data: bytes, content_type: str) -> dict[str, Any]:
        if not data:
            raise invalid("Request body is empty")
        if len(data) > self.config.blob_upload_limit:
            raise XrpcFail(413, "PayloadTooLarge", "request entity too large")
        mime = sniff_mime(data, content_type)
        cid = blob_cid(data)
        with self.lock:
            self._expire_blobs()
            blobs = self._blobs.setdefault(token.did, {})
            existing = blobs.get(cid)
            if existing is None:
                blobs[cid] = StoredBlob(cid, mime, len(data), data, self.now())
            elif not existing.permanent:
                existing.uploaded_at = self.now()
        return {"blob": {"$type": "blob", "ref": {"$link": cid}, "mimeType": mime, "size": len(data)}}

    def _expire_blobs(self) -> None:
        cutoff = self.now() - self.config.blob_ttl
        for blobs in self._blobs.values():
            for cid in [c for c, b in blobs.items() if not b.permanent and b.uploaded_at < cutoff]:
                del blobs[cid]

    def _check_blobs(self, account: PdsAccount, record: dict[str, Any]) -> list[StoredBlob]:
        """Every blob a record uses must have been uploaded to this repo, with the type and size it says."""
        self._expire_blobs()
        found: list[StoredBlob] = []
        for ref, constraint in _blob_refs(record):
            link = (ref.get("ref") or {}).get("$link") if isinstance(ref.get("ref"), dict) else None
            if not isinstance(link, str) or not isinstance(ref.get("mimeType"), str):
                raise invalid_record("blob", "must be a blob ref")
            stored = self._blobs.get(account.did, {}).get(link)
            if stored is None:
                raise invalid(f"Could not find blob: {link}", "BlobNotFound")
            if ref["mimeType"] != stored.mime:
                raise invalid(
                    f"Referenced Mimetype does not match stored blob. Expected: {stored.mime}, "
                    f"Got: {ref['mimeType']}"
                )
            if ref.get("size") != stored.size:
                raise invalid(
                    f"Referenced size does not match stored blob ({ref.get('size')} ≠ {stored.size})"
                )
            if constraint == "image":
                if not stored.mime.startswith("image/"):
                    raise invalid(
                        f"Wrong type of file. It is {stored.mime} but it must match image/*.",
                        "InvalidMimeType",
                    )
                if stored.size > MAX_IMAGE_BYTES:
                    raise invalid(
                        f"This file is too large. It is {stored.size} bytes but the maximum size is "
                        f"{MAX_IMAGE_BYTES} bytes.",
                        "BlobTooLarge",
                    )
            found.append(stored)
        return found

    # -- post validation

    def _validate_post(self, record: dict[str, Any]) -> None:
        text = record.get("text")
        if not isinstance(text, str):
            raise invalid_record("Record/text", "must be a string")
        if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
            raise invalid_record("Record/text", f"must not be longer than {MAX_TEXT_BYTES} characters")
        if graphemes(text) > MAX_TEXT_GRAPHEMES:
            raise invalid_record("Record/text", f"must not be longer than {MAX_TEXT_GRAPHEMES} graphemes")
        created = record.get("createdAt")
        if not isinstance(created, str) or not DATETIME_RE.match(created) or not _parses(created):
            raise invalid_record(
                "Record/createdAt", "must be an valid atproto datetime (both RFC-3339 and ISO-8601)"
            )
        langs = record.get("langs")
        if langs is not None:
            if not isinstance(langs, list) or len(langs) > 3:
                raise invalid_record("Record/langs", "must be an array of at most 3 items")
            for i, lang in enumerate(langs):
                if not isinstance(lang, str) or not LANG_RE.match(lang):
                    raise invalid_record(f"Record/langs/{i}", "must be a well-formatted BCP-47 language tag")
        facets = record.get("facets")
        if facets is not None:
            self._validate_facets(text, facets)
        reply = record.get("reply")
        if reply is not None:
            self._validate_reply(reply)
        embed = record.get("embed")
        if embed is not None:
            _validate_embed(embed)

    def _validate_facets(self, text: str, facets: Any) -> None:
        if not isinstance(facets, list):
            raise invalid_record("Record/facets", "must be an array")
        encoded = text.encode("utf-8")
        last_end = 0
        for i, facet in enumerate(facets):
            where = f"Record/facets/{i}"
            if not isinstance(facet, dict):
                raise invalid_record(where, "must be an object")
            index = facet.get("index")
            if not isinstance(index, dict):
                raise invalid_record(f"{where}/index", "must be an object")
            start, end = index.get("byteStart"), index.get("byteEnd")
            if (
                not (isinstance(start, int) and isinstance(end, int))
                or isinstance(start, bool)
                or start < 0
                or end < 0
            ):
                raise invalid_record(f"{where}/index", "byteStart and byteEnd must be integers >= 0")
            features = facet.get("features")
            if not isinstance(features, list) or not features:
                raise invalid_record(f"{where}/features", "must be a non-empty array")
            for j, feature in enumerate(features):
                _validate_feature(f"{where}/features/{j}", feature)
            if not self.config.strict:
                continue
            if not (start < end <= len(encoded)):
                raise invalid_record(
                    f"{where}/index", f"[{start}, {end}) is outside the text ({len(encoded)} bytes)"
                )
            if not (_utf8_boundary(encoded, start) and _utf8_boundary(encoded, end)):
                raise invalid_record(f"{where}/index", f"[{start}, {end}) splits a UTF-8 character")
            if start < last_end:
                raise invalid_record(f"{where}/index", "overlaps the facet before it or is out of order")
            last_end = end
            covered = encoded[start:end].decode("utf-8")
            for j, feature in enumerate(features):
                self._check_covered(f"{where}/features/{j}", feature, covered)

    def _check_covered(self, where: str, feature: dict[str, Any], covered: str) -> None:
        kind = feature.get("$type")
        if kind == "app.bsky.richtext.facet#tag":
            if covered not in (f"#{feature['tag']}", f"\uff03{feature['tag']}"):
                raise invalid_record(where, f"tag {feature['tag']!r} doesn't match the text {covered!r}")
        elif kind == "app.bsky.richtext.facet#mention":
            handle = self.handle_of(feature["did"])
            if handle is None:
                raise invalid_record(where, f"mentions an unknown DID {feature['did']}")
            if covered.lower() != f"@{handle}":
                raise invalid_record(where, f"mention of @{handle} covers {covered!r}")
        elif kind == "app.bsky.richtext.facet#link":
            uri = feature["uri"]
            # The official app posts long links shortened ("host/path-start..."): the text shown must be
            # the start of the address, as typed or percent-encoded.
            shown = unquote(covered.removesuffix("...")).lower()
            if covered != uri and f"https://{covered}" != uri and not _without_scheme(uri).startswith(shown):
                raise invalid_record(where, f"link {uri!r} covers {covered!r}")

    def _validate_reply(self, reply: Any) -> None:
        if not isinstance(reply, dict):
            raise invalid_record("Record/reply", "must be an object")
        refs = {}
        for name in ("root", "parent"):
            ref = reply.get(name)
            if (
                not isinstance(ref, dict)
                or not isinstance(ref.get("uri"), str)
                or not isinstance(ref.get("cid"), str)
            ):
                raise invalid_record(f"Record/reply/{name}", "must be a strong ref (uri and cid)")
            match = AT_URI_RE.match(ref["uri"])
            if match is None:
                raise invalid_record(f"Record/reply/{name}/uri", "must be a valid at-uri")
            if not CID_RE.match(ref["cid"]):
                raise invalid_record(f"Record/reply/{name}/cid", "must be a cid string")
            refs[name] = (match, ref["cid"])
        if not self.config.strict:
            return
        stored = {}
        for name, (match, cid) in refs.items():
            target = self._records.get((match.group(1), match.group(2), match.group(3)))
            if target is None or target.cid != cid:
                raise invalid_record(
                    f"Record/reply/{name}", f"points at no record with that cid ({match.group(0)})"
                )
            stored[name] = target
        parent_root = (stored["parent"].value.get("reply") or {}).get("root", {}).get("uri")
        if (parent_root or stored["parent"].uri) != stored["root"].uri:
            raise invalid_record("Record/reply/root", "is not the root of the parent's thread")

    # -- rate limits

    def consume(self, bucket: str, key: str, points: int = 1) -> tuple[bool, dict[str, str]]:
        """Take ``points`` from a window; returns (allowed, ratelimit-* headers)."""
        limit, window = self.config.rate_limits.get(bucket, (0, 0.0))
        if not limit:
            return True, {}
        with self.lock:
            now = self.now()
            start, used = self._limits.get((bucket, key), (now, 0))
            if now >= start + window:
                start, used = now, 0
            allowed = used + points <= limit
            if allowed:
                used += points
            self._limits[(bucket, key)] = (start, used)
            return allowed, _limit_headers(limit, max(0, limit - used), start + window, window)

    def exhausted_headers(self, bucket: str) -> dict[str, str]:
        limit, window = self.config.rate_limits.get(bucket or "write", (5000, 3600.0))
        return _limit_headers(limit, 0, self.now() + window, window)

    def set_rate_limit(self, bucket: str, limit: int, window: float) -> None:
        with self.lock:
            self.config.rate_limits[bucket] = (limit, window)
            for key in [k for k in self._limits if k[0] == bucket]:
                del self._limits[key]

    # -- inspection

    def posts(self, who: str) -> list[StoredRecord]:
        """The account's posts, oldest first."""
        with self.lock:
            did = self.account(who).did
            return sorted(
                (r for r in self._records.values() if r.did == did and r.collection == POST),
                key=lambda r: r.seq,
            )

    def blobs(self, who: str) -> list[StoredBlob]:
        with self.lock:
            self._expire_blobs()
            return list(self._blobs.get(self.account(who).did, {}).values())

    def log_request(self, method: str, path: str, nsid: str) -> LoggedRequest:
        entry = LoggedRequest(method, path, nsid)
        with self.lock:
            self._log.append(entry)
        return entry

    def requests(self, nsid: str | None = None) -> list[LoggedRequest]:
        with self.lock:
            return [e for e in self._log if nsid is None or e.nsid == nsid]

    def handling_seconds(self, since: int = 0) -> float:
        """The fake's own time spent on requests (after the ``since``-th), for benchmarks to subtract."""
        with self.lock:
            return sum(e.seconds for e in self._log[since:])

    def record_violation(self, text: str) -> None:
        with self.lock:
            self.violations.append(text)


def _limit_headers(limit: int, remaining: int, reset: float, window: float) -> dict[str, str]:
    return {
        "ratelimit-limit": str(limit),
        "ratelimit-remaining": str(remaining),
        "ratelimit-reset": str(int(reset)),
        "ratelimit-policy": f"{limit};w={int(window)}",
    }


def _parses(value: str) -> bool:
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _validate_feature(where: str, feature: Any) -> None:
    if not isinstance(feature, dict):
        raise invalid_record(where, "must be an object")
    kind = feature.get("$type")
    if kind == "app.bsky.richtext.facet#mention":
        if not isinstance(feature.get("did"), str) or not DID_RE.match(feature["did"]):
            raise invalid_record(f"{where}/did", "must be a valid did")
    elif kind == "app.bsky.richtext.facet#link":
        if not isinstance(feature.get("uri"), str) or not URI_RE.match(feature["uri"]):
            raise invalid_record(f"{where}/uri", "must be a uri")
    elif kind == "app.bsky.richtext.facet#tag":
        tag = feature.get("tag")
        if not isinstance(tag, str) or not tag:
            raise invalid_record(f"{where}/tag", "must be a non-empty string")
        if len(tag.encode("utf-8")) > MAX_TAG_BYTES:
            raise invalid_record(f"{where}/tag", f"must not be longer than {MAX_TAG_BYTES} characters")
        if graphemes(tag) > MAX_TAG_GRAPHEMES:
            raise invalid_record(f"{where}/tag", f"must not be longer than {MAX_TAG_GRAPHEMES} graphemes")
    elif not isinstance(kind, str):
        raise invalid_record(f"{where}/$type", "must be a string")


def _validate_embed(embed: Any) -> None:
    if not isinstance(embed, dict) or not isinstance(embed.get("$type"), str):
        raise invalid_record("Record/embed", "must be an object with a $type")
    if embed["$type"] != "app.bsky.embed.images":
        return  # external, record, video: not what Crier sends; accepted as an open union
    images = embed.get("images")
    if not isinstance(images, list) or not images:
        raise invalid_record("Record/embed/images", "must be a non-empty array")
    if len(images) > MAX_IMAGES:
        raise invalid_record("Record/embed/images", f"must not have more than {MAX_IMAGES} elements")
    for i, image in enumerate(images):
        where = f"Record/embed/images/{i}"
        if not isinstance(image, dict):
            raise invalid_record(where, "must be an object")
        if not isinstance(image.get("alt"), str):
            raise invalid_record(f"{where}/alt", "must be a string")
        blob = image.get("image")
        if not isinstance(blob, dict) or blob.get("$type") != "blob":
            raise invalid_record(f"{where}/image", "should be a blob ref")
        ratio = image.get("aspectRatio")
        if ratio is not None and not (
            isinstance(ratio, dict)
            and all(isinstance(ratio.get(k), int) and ratio[k] >= 1 for k in ("width", "height"))
        ):
            raise invalid_record(f"{where}/aspectRatio", "width and height must be integers >= 1")


def _blob_refs(value: Any, constraint: str = "") -> Iterator[tuple[dict[str, Any], str]]:
    """Every blob ref in a record, with "image" when it sits where the images embed puts one."""
    if isinstance(value, dict):
        if value.get("$type") == "blob":
            yield value, constraint
            return
        images = value.get("$type") == "app.bsky.embed.images"
        for key, item in value.items():
            inner = "image" if images and key == "images" else constraint
            yield from _blob_refs(item, inner)
    elif isinstance(value, list):
        for item in value:
            yield from _blob_refs(item, constraint)


# --------------------------------------------------------------------------------------------- garbling


GARBLE_KINDS = ("html", "not_json", "wrong_type", "empty", "array")


@dataclass
class GarbleRule:
    rule_id: str
    kind: str
    path: str = "*"
    status: int = 200
    times: int | None = 1
    commit: bool = False  # handle the request first (the write happens), then answer garbage
    fired: int = 0

    def matches(self, path: str) -> bool:
        pattern = "^" + ".*".join(re.escape(p) for p in self.path.split("*")) + "$"
        return re.match(pattern, path) is not None


class GarblePlan:
    """Answers that aren't XRPC: a captive portal's page, a proxy's error, broken or mistyped JSON."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: list[GarbleRule] = []
        self._ids = itertools.count(1)

    def add(
        self, kind: str, *, path: str = "*", status: int = 200, times: int | None = 1, commit: bool = False
    ) -> str:
        if kind not in GARBLE_KINDS:
            raise ValueError(f"garble kind must be one of {GARBLE_KINDS}")
        with self._lock:
            rule = GarbleRule(f"g{next(self._ids)}", kind, path, status, times, commit)
            self._rules.append(rule)
            return rule.rule_id

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def pick(self, path: str) -> GarbleRule | None:
        with self._lock:
            for rule in self._rules:
                if rule.matches(path):
                    rule.fired += 1
                    if rule.times is not None and rule.fired >= rule.times:
                        self._rules.remove(rule)
                    return rule
            return None


def garbled(rule: GarbleRule) -> Reply:
    if rule.kind == "html":
        page = "<!DOCTYPE html><html><head><title>Sign in to the network</title></head><body>Log in</body>"
        return Reply(rule.status, page.encode(), "text/html; charset=utf-8")
    if rule.kind == "not_json":
        return Reply(rule.status, b'{"uri": "at://', JSON)
    if rule.kind == "wrong_type":
        return Reply(rule.status, b'{"ok": true}', "text/plain; charset=utf-8")
    if rule.kind == "array":
        return Reply(rule.status, b"[]", JSON)
    return Reply(rule.status, b"", JSON)


# --------------------------------------------------------------------------------------------- XRPC


class Reply(serving.Reply):
    @classmethod
    def error(cls, fail: XrpcFail) -> Reply:
        return cls.json(fail.status, {"error": fail.error, "message": fail.message}, fail.headers)


@dataclass
class Request:
    method: str
    path: str
    params: dict[str, str]
    headers: dict[str, str]
    body: bytes

    @property
    def media_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    def json_body(self) -> dict[str, Any]:
        if self.media_type != "application/json":
            raise invalid(f"Wrong request encoding (Content-Type): {self.media_type or 'none'}")
        try:
            body = json.loads(self.body or b"null")
        except ValueError:
            raise invalid("Request body is not valid JSON") from None
        if not isinstance(body, dict):
            raise invalid("Request body must be a JSON object")
        return body


class Xrpc:
    """Turns a parsed request into a reply; one per server, called from many threads."""

    def __init__(self, state: PdsState) -> None:
        self.state = state

    def handle(self, request: Request, nsid: str) -> tuple[Reply, str | None]:
        route = ROUTES.get(nsid)
        if route is None:
            return Reply.error(XrpcFail(501, "MethodNotImplemented", "Method Not Implemented")), None
        method, handler, bucket = route
        if request.method != method:
            fail = invalid(f"Incorrect HTTP method ({request.method}) expected {method}")
            return Reply.error(fail), None
        headers: dict[str, str] = {}
        did: str | None = None
        try:
            token: Token | None = None
            if handler in ("get_session", "create_record", "upload_blob"):
                token = self.state.authenticate(request.headers.get("authorization"))
                did = token.did
            if bucket:
                key = did
                if bucket == "session":
                    key = str(request.json_body().get("identifier", "")).lower()
                points = 3 if handler == "create_record" else 1
                allowed, headers = self.state.consume(bucket, key or "-", points)
                if not allowed:
                    raise XrpcFail(429, "RateLimitExceeded", "Rate Limit Exceeded")
            body = getattr(self, handler)(request, token)
            return Reply.json(200, body, headers), did
        except XrpcFail as fail:
            fail.headers = {**headers, **fail.headers}
            return Reply.error(fail), did

    def fault_reply(self, request: Request, nsid: str, status: int) -> Reply:
        error, message = _STATUS_ERRORS.get(status, ("InternalServerError", f"HTTP {status}"))
        headers: dict[str, str] = {}
        if status == 429:
            headers = self.state.exhausted_headers(ROUTES.get(nsid, ("", "", "write"))[2])
        return Reply.error(XrpcFail(status, error, message, headers))

    # handlers: (request, token) -> JSON body

    def create_session(self, request: Request, token: Token | None) -> dict[str, Any]:
        return self.state.create_session(request.json_body())

    def refresh_session(self, request: Request, token: Token | None) -> dict[str, Any]:
        return self.state.refresh_session(request.headers.get("authorization"))

    def delete_session(self, request: Request, token: Token | None) -> dict[str, Any]:
        return self.state.delete_session(request.headers.get("authorization"))

    def get_session(self, request: Request, token: Token | None) -> dict[str, Any]:
        assert token is not None
        return self.state.get_session(token)

    def resolve_handle(self, request: Request, token: Token | None) -> dict[str, Any]:
        return self.state.resolve_handle(request.params)

    def get_profile(self, request: Request, token: Token | None) -> dict[str, Any]:
        return self.state.get_profile(request.params)

    def create_record(self, request: Request, token: Token | None) -> dict[str, Any]:
        assert token is not None
        return self.state.create_record(token, request.json_body())

    def get_record(self, request: Request, token: Token | None) -> dict[str, Any]:
        return self.state.get_record(request.params)

    def list_records(self, request: Request, token: Token | None) -> dict[str, Any]:
        return self.state.list_records(request.params)

    def upload_blob(self, request: Request, token: Token | None) -> dict[str, Any]:
        assert token is not None
        return self.state.upload_blob(token, request.body, request.media_type)


# --------------------------------------------------------------------------------------------- control


class Control(FakeControl):
    """``/__control/...``: the PDS's own control endpoints (the shared ones are in :class:`FakeControl`)."""

    reply = Reply.json
    config_type = PdsConfig

    def routes(self, request: Request, method: str, path: str, body: dict[str, Any]) -> Reply | None:
        state = self.state
        if (method, path) == ("POST", "/accounts"):
            account = state.add_account(body["handle"], **{k: v for k, v in body.items() if k != "handle"})
            password = state.add_app_password(account.did, body.get("app_password_name", "Crier"))
            return Reply.json(201, {"did": account.did, "handle": account.handle, "app_password": password})
        if (method, path) == ("POST", "/app-passwords"):
            password = state.add_app_password(body["account"], body.get("name", "Crier"))
            return Reply.json(201, {"app_password": password})
        if (method, path) == ("POST", "/app-passwords/revoke"):
            state.revoke_app_password(body["account"], body.get("name", "Crier"))
            return Reply.json(200, {"ok": True})
        if (method, path) == ("POST", "/handles"):
            return Reply.json(201, {"did": state.register_handle(body["handle"], body.get("did"))})
        if (method, path) == ("POST", "/takedown"):
            state.takedown(body["account"])
            return Reply.json(200, {"ok": True})
        if (method, path) == ("POST", "/clock"):
            return Reply.json(200, {"now": state.advance_clock(float(body["advance"]))})
        if (method, path) == ("POST", "/rate-limits"):
            state.set_rate_limit(body["bucket"], int(body["limit"]), float(body.get("window", 3600.0)))
            return Reply.json(200, {"ok": True})
        if path == "/garble":
            if method == "POST":
                kind = body.pop("kind")
                return Reply.json(201, {"id": self.server.garbles.add(kind, **body)})
            if method == "DELETE":
                self.server.garbles.clear()
                return Reply.json(200, {"ok": True})
        if (method, path) == ("GET", "/posts"):
            posts = state.posts(request.params["account"])
            return Reply.json(200, {"posts": [dataclasses.asdict(p) for p in posts]})
        if (method, path) == ("GET", "/requests"):
            entries = state.requests(request.params.get("nsid"))
            return Reply.json(200, {"requests": [dataclasses.asdict(e) for e in entries]})
        return None


# --------------------------------------------------------------------------------------------- HTTP


class _Handler(FakeHandler):
    server_version = "fake-pds"
    fake_name = "fake PDS"
    max_body = MAX_BODY

    def crashed(self, entry: LoggedRequest) -> None:
        entry.status, entry.outcome = 500, "crashed"

    def crash_reply(self) -> Reply:
        return Reply.json(500, {"error": "InternalServerError", "message": "fake PDS bug"})

    def too_large_reply(self) -> Reply:
        return Reply.error(XrpcFail(413, "PayloadTooLarge", "request entity too large"))

    def route(self, parts: SplitResult, body: bytes, headers: dict[str, str]) -> None:
        self.started = time.perf_counter()  # the handling time leaves out reading the body
        fake = self.server.fake
        state = fake.state
        params = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        request = Request(self.command, parts.path, params, headers, body)
        if parts.path.startswith("/__control/"):
            self._write(fake.control.handle(request.method, request.path, body, request))
            return
        nsid = parts.path.removeprefix("/xrpc/") if parts.path.startswith("/xrpc/") else ""
        entry = self._entry = state.log_request(request.method, parts.path, nsid)
        fault = fake.faults.pick(request.method, parts.path)
        entry.fault = fault.kind.value if fault else None
        garble: Any = None

        def record(status: int | None, outcome: str) -> None:
            entry.outcome = outcome
            if status is not None:
                entry.status = status
                entry.seconds = time.perf_counter() - self.started - self.held

        def respond() -> Reply:
            nonlocal garble
            garble = fake.garbles.pick(parts.path) if fault is None else None
            if not nsid:
                return Reply(404, b"Not Found", "text/plain; charset=utf-8")
            if fault is not None and fault.kind is FaultKind.STATUS:
                return fake.xrpc.fault_reply(request, nsid, fault.status)
            if garble is not None and not garble.commit:
                return garbled(garble)
            reply, entry.did = fake.xrpc.handle(request, nsid)
            return reply if garble is None else garbled(garble)

        reply = self.answer_with_faults(fault, respond, record)
        if reply is None:
            return
        record(reply.status, "garbled" if garble else "answered")
        self._write(reply)
        entry.seconds = time.perf_counter() - self.started - self.held  # now to the last byte written


class FakePds(ServedFake):
    """The fake PDS: ``start()`` it, point Crier at ``base_url``, ``close()`` it."""

    thread_name = "fake-pds"

    def __init__(self, config: PdsConfig | None = None, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.state = PdsState(config)
        self.faults = FaultPlan()
        self.garbles = GarblePlan()
        self.xrpc = Xrpc(self.state)
        self.control = Control(self)
        self.listen(host, port, _Handler, what="PDS")
        self.state.base_url = self.base_url


# --------------------------------------------------------------------------------------------- standalone


def bootstrap(server: FakePds, *, handle: str = "cardiffcouncil.bsky.social") -> dict[str, Any]:
    """One account with an app password, and one other account to mention; as JSON-ready data."""
    account = server.state.add_account(handle, display_name="Cardiff Council")
    password = server.state.add_app_password(account.did)
    other = server.state.register_handle("alice.test")
    return {
        "base_url": server.base_url,
        "did": account.did,
        "handle": account.handle,
        "app_password": password,
        "mentionable": {"alice.test": other},
    }


def main(argv: list[str] | None = None) -> int:
    return serve_main(
        argv,
        FakePds,
        lambda server, _: bootstrap(server),
        defaults_help="create an account; print it as JSON",
    )


def fault(kind: str, **fields: Any) -> Fault:
    """A shared fault by name (``"lost_answer"``, ``"timeout"``, ``"status"``…), for brevity in tests."""
    return Fault.from_dict({"kind": kind, **fields})


if __name__ == "__main__":
    sys.exit(main())


def _without_scheme(uri: str) -> str:
    return unquote(uri.split("://", 1)[-1]).lower()
