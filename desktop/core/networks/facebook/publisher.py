"""Posting to a Facebook Page through the Graph API, with plain HTTP on the app's own session.

Connecting: the Page's access token, pasted (with the Page id) or got through Facebook Login with the
council's own app (``FacebookLogin``: the browser comes back to 127.0.0.1, or the person pastes the
address Facebook's desktop page ended at), is checked against Graph and kept in the keyring as one
entry, ``page_token``; the database holds only the Page's id, name and address. The token travels in
the ``Authorization`` header, never in a URL, so no exception text, proxy log or request log holds it.

What a post becomes: ``POST /{page-id}/feed`` with ``message``, plus ``link`` (the first web address in
the text, for the preview card) when the post has no photos. Photos are uploaded first as unpublished
photos (``POST /{page-id}/photos``, ``published=false``, ``alt_text_custom``) and attached with
``attached_media[i]={"media_fbid": id}``; an upload that is retried at worst leaves an unpublished
photo nobody sees.

Threads: Facebook has none, so ``counting.parts_for`` never splits a Facebook post (a longer one is
refused before it is queued). Only a post queued by an older version can have several parts; then the
first part goes to the Page's feed and every later part is a comment by the Page on that post
(``POST /{post-id}/comments``), in order, so the whole text sits under the one post.

Exactly once on Facebook: Graph has no idempotency key, so ``prepare()`` commits the time of the first
attempt (``since``) before anything is sent. After an ambiguous failure (a read timeout, a connection
dropped after the request went out, a 5xx or Graph's code 1/2 answer to a write, or an answer that
isn't Graph's JSON) or a crash mid-request, ``find_landed()`` reads the Page's feed since that time
(``GET /{page-id}/feed?fields=id,message,created_time&since=...``; a later part reads the post's
comments), allowing for this computer's clock being off from Facebook's (the answer's ``Date`` header),
and matches the message. Found: recorded as sent and never posted again. Not found: posted. When the
check itself fails, nothing is posted blindly:

* a passing problem (offline, a 5xx, a rate limit, an expired sign-in) leaves the post waiting with the
  check still pending, so it is made again before anything is sent;
* anything else (no permission to read the feed, an answer that can't be understood) stops the post
  with NEEDS_ATTENTION and ``UNCERTAIN``: "It's not certain whether this post went out: check the Page,
  then Retry or Cancel."

Facebook refuses a repeat of a recent post with error 506. After an uncertain attempt of the same part
that means the first attempt landed: the feed is read once more and the post recorded (with a note);
if it still isn't visible the post stops with ``UNCERTAIN``, the check still pending, so Retry looks
again before anything is sent. Without an uncertain attempt the repeat is the user's own and goes back
for editing. A known limit: the same text posted by hand on the Page within two minutes before an
uncertain attempt would be taken for that attempt.

This module never imports Qt.
"""

from __future__ import annotations

import base64
import contextlib
import email.utils
import hashlib
import html
import json
import logging
import math
import os
import re
import secrets as _random
import threading
import time
import unicodedata
import webbrowser
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit

import requests
import urllib3.exceptions

from desktop.core.accounts import Accounts, AccountStatus, AccountView
from desktop.core.credentials import CredentialsUnavailable, Secret, SecretStore
from desktop.core.net import (
    FACEBOOK_API_BASE,
    PROXY_AUTH_MESSAGE,
    classify_exception,
    is_loopback_host,
    may_have_been_sent,
)
from desktop.core.networks.publishing import (
    AccountInfo,
    ErrorKind,
    Limits,
    MediaItem,
    PartRequest,
    Published,
    PublishError,
    read_image,
    state_ignored,
    wait_words,
)
from desktop.core.networks.registry import PublisherContext

log = logging.getLogger(__name__)

#: Graph ids: a Page, photo or user is digits; a Page post or a comment is "<digits>_<digits>".
_GRAPH_ID = re.compile(r"^[0-9]{1,32}(?:_[0-9]{1,32})?$")

NETWORK = "facebook"
#: v25.0 is available until July 2028; v21.0 ends in January 2027.
GRAPH_VERSION = "v25.0"
GRAPH_BASE = f"{FACEBOOK_API_BASE}/{GRAPH_VERSION}"
DIALOG_BASE = "https://www.facebook.com"
DIALOG_PATH = f"/{GRAPH_VERSION}/dialog/oauth"
#: Facebook's own landing page for desktop apps that can't listen on 127.0.0.1.
DESKTOP_REDIRECT = "https://www.facebook.com/connect/login_success.html"
#: Where Facebook's login dialog is; by default the API override when that points at this computer.
DIALOG_BASE_ENV = "CRIER_FACEBOOK_DIALOG_BASE"
API_BASE_ENV = "CRIER_FACEBOOK_API_BASE"
CALLBACK_PATH = "/callback"
RELAY_PATH = "/token"
SCOPES = ("pages_show_list", "pages_read_engagement", "pages_manage_posts")

AUTH_KIND = "page_token"
TOKEN_SECRET = "page_token"
SECRET_NAMES = (TOKEN_SECRET,)

MESSAGE_LIMIT = 63_206
MAX_IMAGES = 10
MAX_IMAGE_BYTES = 4 * 1024 * 1024  # Facebook asks for photos under 4 MB
POST_URL = "https://www.facebook.com/{page}/posts/{post}"

#: Allowance for Facebook's clock and this computer's disagreeing after the measured difference.
CLOCK_SLACK = 120.0
#: How far back the first feed read reaches before the clock difference is known.
COARSE_SLACK = 900.0
FEED_PAGES = 5  # of up to 100 posts each: far more than a Page posts between two attempts
PAGE_SIZE = 100
DEFAULT_WAIT = timedelta(minutes=15)  # when a rate limit doesn't say how long
#: A user token that lasts less than this is short-lived: the Page tokens made from it expire with it.
SHORT_LIVED = 86_400.0
CALLBACK_WAIT = 300.0

UNCERTAIN = "It's not certain whether this post went out: check the Page, then Retry or Cancel."
DUPLICATE_NOTE = "Posted by an earlier attempt; Facebook refused a second copy."

SIGN_IN_CODES = frozenset({102, 104, 190})
RATE_LIMIT_CODES = frozenset({4, 17, 32, 341, 613, 80001})
TRANSIENT_CODES = frozenset({1, 2})
IMAGE_CODES = frozenset({324, 1366046})
DUPLICATE_CODE = 506
_USAGE_HEADERS = ("x-business-use-case-usage", "x-page-usage", "x-app-usage", "x-ad-account-usage")
_JSON_TYPES = ("application/json", "text/javascript")
_URL = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,!?;:)\]]", re.IGNORECASE)
_CODE_PREFIX = re.compile(r"^\(#\d+\)\s*")
_PAGE_ID = re.compile(r"^\d{1,32}$")


# -- base URLs ---------------------------------------------------------------------------------------


def checked_base(url: str) -> str:
    """A Graph (or dialog) base Crier may send a token to: https, or plain http on this computer only."""
    base = url.strip().rstrip("/")
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise ValueError(f"{url!r} is not a web address Crier can use for Facebook.")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise ValueError(
            f"The Facebook address {url!r} must start with https://. Plain http:// is only allowed for "
            "this computer (127.0.0.1, ::1 or localhost)."
        )
    return base


def dialog_base(environ: Mapping[str, str] | None = None) -> str:
    """Facebook's login dialog: the explicit override, else a loopback API override (tests), else Facebook."""
    env = os.environ if environ is None else environ
    explicit = env.get(DIALOG_BASE_ENV, "").strip()
    if explicit:
        return checked_base(explicit)
    api = env.get(API_BASE_ENV, "").strip()
    if api and is_loopback_host(urlsplit(api).hostname):
        return checked_base(api)
    return DIALOG_BASE


# -- Graph's answers ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GraphError:
    """Graph's error object (``{"error": {...}}``), or what is known when the answer had none."""

    status: int
    code: int | None = None
    subcode: int | None = None
    type: str = ""
    message: str = ""
    user_message: str = ""  # ``error_user_msg``: Facebook's own words for people
    transient: bool = False
    trace: str = ""

    @classmethod
    def from_response(cls, response: requests.Response, scrub: str = "") -> GraphError:
        body: Any = None
        if _is_json(response):
            with contextlib.suppress(ValueError):
                body = response.json()
        error = body.get("error") if isinstance(body, dict) else None
        if not isinstance(error, dict):
            return cls(response.status_code)

        def text(key: str) -> str:
            value = error.get(key)
            value = value if isinstance(value, str) else ""
            return (value.replace(scrub, "****") if scrub else value).strip()[:400]

        return cls(
            status=response.status_code,
            code=_int(error.get("code")),
            subcode=_int(error.get("error_subcode")),
            type=text("type"),
            message=text("message"),
            user_message=text("error_user_msg"),
            transient=error.get("is_transient") is True,
            trace=text("fbtrace_id"),
        )

    @property
    def said(self) -> str:
        """Facebook's explanation as a sentence, without Graph's "(#100)" prefix."""
        words = self.user_message or _CODE_PREFIX.sub("", self.message)
        words = words.strip()
        return words if not words or words.endswith((".", "!", "?")) else words + "."

    def describe(self, doing: str) -> str:
        """For the log: what was done and Graph's codes (never a token)."""
        codes = f"code {self.code}" + (f"/{self.subcode}" if self.subcode else "") if self.code else "no code"
        trace = f" fbtrace_id={self.trace}" if self.trace else ""
        return f"{doing}: HTTP {self.status} {codes} {self.type}{trace} {self.message}".strip()


class GraphRefusal(Exception):
    """Graph answered with an error; turned into a PublishError (or a connect error) by the caller."""

    def __init__(self, error: GraphError, headers: Mapping[str, str], doing: str, *, write: bool) -> None:
        super().__init__(error.describe(doing))
        self.error = error
        self.headers = dict(headers)
        self.doing = doing
        self.write = write


class UnreadableAnswer(PublishError):
    """A success status whose body isn't Graph's JSON (a proxy's page, a Wi-Fi sign-in page, garbage)."""


def _int(value: Any) -> int | None:
    try:
        return int(value) if value is not None and not isinstance(value, bool) else None
    except (TypeError, ValueError):
        return None


def _is_json(response: requests.Response) -> bool:
    media = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    return media in _JSON_TYPES


def _local(when: datetime) -> str:
    """A naive-UTC time as the user's clock shows it: "14:05", or "Tue 3 Jun 14:05" if not today."""
    local = when.replace(tzinfo=UTC).astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return f"{local.strftime('%a')} {local.day} {local.strftime('%b %H:%M')}"


def _regain_minutes(value: Any) -> list[float]:
    """Every ``estimated_time_to_regain_access`` (minutes) anywhere in a usage header's JSON."""
    found: list[float] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "estimated_time_to_regain_access" and isinstance(item, int | float):
                found.append(float(item))
            else:
                found.extend(_regain_minutes(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(_regain_minutes(item))
    return found


def rate_limit_retry_at(headers: Mapping[str, str], *, now: float | None = None) -> datetime:
    """When Facebook will take requests again, as naive UTC.

    Graph says it in minutes as ``estimated_time_to_regain_access`` inside the JSON of the
    ``x-business-use-case-usage`` and ``x-page-usage`` headers (``Retry-After`` in seconds is honoured
    too); the longest wait wins. Without either, 15 minutes.
    """
    current = time.time() if now is None else now
    lowered = {str(k).lower(): str(v) for k, v in headers.items()}
    waits: list[float] = []
    for name in _USAGE_HEADERS:
        raw = lowered.get(name)
        if raw:
            with contextlib.suppress(ValueError):
                waits.extend(m * 60.0 for m in _regain_minutes(json.loads(raw)) if m > 0)
    retry_after = _int(lowered.get("retry-after"))
    if retry_after and retry_after > 0:
        waits.append(float(retry_after))
    wait = max(waits) if waits else DEFAULT_WAIT.total_seconds()
    return datetime.fromtimestamp(math.ceil(current + wait), UTC).replace(tzinfo=None)


def classify(refusal: GraphRefusal, *, page: str = "the Page", now: float | None = None) -> PublishError:
    """The one place a Graph error becomes a PublishError kind, with a message in the user's words."""
    error, doing, write = refusal.error, refusal.doing, refusal.write
    detail = error.describe(doing)
    said = error.said
    code = error.code
    if code in SIGN_IN_CODES or (code is None and error.status == 401):
        why = {
            463: " because the access has expired",
            460: " because the Facebook password was changed",
            458: " because Crier's app was removed from the account",
            467: " because the access is no longer valid",
        }.get(error.subcode or 0, "")
        return PublishError(
            ErrorKind.NEEDS_SIGN_IN,
            f"Facebook no longer accepts Crier's access to {page}{why}. Connect the Page again in Accounts; "
            "its posts will wait until then.",
            detail=detail,
        )
    if code in RATE_LIMIT_CODES:
        retry_at = rate_limit_retry_at(refusal.headers, now=now)
        return PublishError(
            ErrorKind.WAIT_UNTIL,
            f"Facebook's limit on how much Crier can do with {page} has been reached. Crier will try again "
            f"at {_local(retry_at)}.",
            retry_at=retry_at,
            detail=detail,
        )
    if code == 368:
        return PublishError(
            ErrorKind.NEEDS_ATTENTION,
            f"Facebook blocked this: {said or 'it goes against its rules.'} Check the post against "
            "Facebook's rules, change it if needed, then send it again.",
            detail=detail,
        )
    if code == 10 or (code is not None and 200 <= code <= 299):
        return PublishError(
            ErrorKind.NEEDS_ATTENTION,
            f"Facebook didn't allow Crier to do this on {page}: {said or 'permission is missing.'} Ask a "
            "Page admin to check that you can create content on the Page, then connect it again.",
            detail=detail,
        )
    if code == 100 and "attached_media" in error.message:
        return PublishError(
            ErrorKind.NEEDS_ATTENTION,
            "Facebook no longer has the photos uploaded for this post (unposted photos expire). Cancel "
            "the post, then post the draft again.",
            detail=detail,
        )
    if code == 100 and error.subcode == 33:
        return PublishError(
            ErrorKind.NEEDS_ATTENTION,
            f"Facebook can't find {page}, or Crier's access to it was removed. Check the Page still exists, "
            "then connect it again in Accounts.",
            detail=detail,
        )
    if code == 100 or code in IMAGE_CODES:
        return PublishError(
            ErrorKind.NEEDS_EDITING,
            f"Facebook refused this post: {said or 'something in it is not accepted.'} Edit it, then send "
            "it again.",
            detail=detail,
        )
    if code in TRANSIENT_CODES or error.transient or error.status >= 500:
        return PublishError(
            ErrorKind.RETRY_LATER,
            f"Facebook had a problem on its side ({error.status}). Crier will try again shortly.",
            ambiguous=write,  # Graph has answered 500 after creating the post: check before re-sending
            detail=detail,
        )
    if error.status == 407:
        return PublishError(ErrorKind.NEEDS_ATTENTION, PROXY_AUTH_MESSAGE, detail=detail)
    if code is None:
        return PublishError(
            ErrorKind.NEEDS_ATTENTION,
            f"Something between this computer and Facebook refused the request ({error.status}). If it "
            "keeps happening, ask IT whether the network allows graph.facebook.com.",
            detail=detail,
        )
    return PublishError(
        ErrorKind.NEEDS_ATTENTION,
        f"Facebook answered in a way Crier didn't expect (error {code}). Facebook said: "
        f"{said or 'nothing more.'} Try again; if it keeps happening, send the log file to IT.",
        detail=detail,
    )


# -- network failures --------------------------------------------------------------------------------


def _network_failure(exc: BaseException, doing: str, *, write: bool) -> PublishError:
    problem = classify_exception(exc)
    if not problem.retry_may_help:  # a proxy sign-in, an untrusted certificate or a redirect
        return PublishError(
            ErrorKind.NEEDS_ATTENTION,
            problem.message,
            ambiguous=write and may_have_been_sent(exc),  # a redirect answered a write: check first
            detail=f"{doing}: {problem.detail}",
        )
    return PublishError(
        ErrorKind.RETRY_LATER,
        problem.message,
        ambiguous=write and may_have_been_sent(exc),
        detail=f"{doing}: {problem.detail}",
    )


# -- requests ----------------------------------------------------------------------------------------


class _Graph:
    """Calls with one token through the app's session; the token only ever goes in a header."""

    def __init__(self, session: requests.Session, token: Secret, base: str = GRAPH_BASE) -> None:
        self._session = session
        self._token = token
        self.base = checked_base(base)

    def __repr__(self) -> str:
        return f"_Graph({self.base!r}, token=****)"

    def call(
        self,
        method: str,
        path: str,
        *,
        doing: str,
        write: bool = False,
        params: Mapping[str, str] | None = None,
        data: Mapping[str, str] | None = None,
        files: Mapping[str, Any] | None = None,
    ) -> tuple[dict[str, Any], requests.Response]:
        """The JSON body and the response; raises GraphRefusal, or PublishError for the network."""
        headers = {"Authorization": f"Bearer {self._token.reveal()}", "Accept": "application/json"}
        try:
            response = self._session.request(
                method, f"{self.base}/{path}", params=params, data=data, files=files, headers=headers
            )
        except (requests.RequestException, OSError, urllib3.exceptions.HTTPError) as exc:
            raise _network_failure(exc, doing, write=write) from None
        if not 200 <= response.status_code < 300:
            error = GraphError.from_response(response, scrub=self._token.reveal())
            raise GraphRefusal(error, response.headers, doing, write=write)
        body: Any = None
        if _is_json(response):
            with contextlib.suppress(ValueError):
                body = response.json()
        if not isinstance(body, dict):
            media = response.headers.get("content-type", "nothing") or "nothing"
            raise UnreadableAnswer(
                ErrorKind.RETRY_LATER,
                "Facebook's answer couldn't be read: something on the network (a proxy, or a Wi-Fi sign-in "
                "page) may have answered instead. Crier will try again shortly.",
                ambiguous=write,
                detail=f"{doing}: HTTP {response.status_code} with {media[:80]}, not Graph's JSON",
            )
        return body, response


def _server_skew(response: requests.Response, local_now: float) -> float:
    """How far this computer's clock is ahead of Facebook's, from the answer's Date header (0 if unknown)."""
    with contextlib.suppress(TypeError, ValueError, IndexError):
        server = email.utils.parsedate_to_datetime(response.headers.get("date", ""))
        if server.tzinfo is not None:
            return local_now - server.timestamp()
    return 0.0


def _parse_created(value: Any) -> float | None:
    """Graph's ``created_time`` ("2026-11-24T09:30:00+0000") as a Unix time."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z").timestamp()
    except ValueError:
        with contextlib.suppress(ValueError):
            return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    return None


def graph_id(value: Any) -> str:
    """A Graph id as text, or "" for anything else (an object, a list, "1 OR 1=1", a bool)."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return ""
    text = str(value)
    return text if _GRAPH_ID.match(text) else ""


def comparable(text: str) -> str:
    """A message as compared with what the feed gives back (normalised, line endings, outer spaces)."""
    return unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").strip()


def first_link(text: str) -> str | None:
    match = _URL.search(text)
    return match.group(0) if match else None


def post_url(remote_id: str) -> str:
    page, _, post = remote_id.partition("_")
    return POST_URL.format(page=page, post=post) if post else f"https://www.facebook.com/{remote_id}"


# -- the publisher -----------------------------------------------------------------------------------


def load_token(account: AccountView, secrets: SecretStore) -> Secret:
    """The Page's token from the keyring; PublishError(NEEDS_SIGN_IN) when it's gone or unreadable."""
    try:
        token = secrets.get(account.key, TOKEN_SECRET)
    except CredentialsUnavailable as exc:
        raise PublishError(ErrorKind.NEEDS_SIGN_IN, exc.user_message, detail=exc.detail) from None
    if not token:
        raise PublishError(
            ErrorKind.NEEDS_SIGN_IN,
            f"Crier has no saved access to the Facebook Page {account.display_name or account.handle}. "
            "Connect it again in Accounts; its posts will wait until then.",
            detail=f"no {TOKEN_SECRET} entry for {account.key}",
        )
    return token


@dataclass(frozen=True, slots=True)
class _Found:
    remote_id: str
    created: float


class FacebookPublisher:
    network: ClassVar[str] = NETWORK

    def __init__(
        self,
        account: AccountView,
        secrets: SecretStore,
        session: requests.Session,
        *,
        base: str = GRAPH_BASE,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.account = account
        self.page_id = account.remote_id
        self._clock = clock
        self._page = account.display_name or account.handle or "the Page"
        expires_at = float(account.settings.get("token_expires_at") or 0)
        if expires_at and expires_at <= clock():
            raise PublishError(
                ErrorKind.NEEDS_SIGN_IN,
                f"Crier's access to {self._page} ended at {_local(_utc(expires_at))}. Connect the Page again "
                "in Accounts; its posts will wait until then.",
                detail=f"token_expires_at {expires_at:.0f} has passed",
            )
        self._graph = _Graph(session, load_token(account, secrets), base)
        #: Parts whose earlier attempt was uncertain, met by find_landed in this run (see the docstring).
        self._uncertain: set[tuple[int, int]] = set()

    def __repr__(self) -> str:
        return f"FacebookPublisher({self.page_id!r}, {self._page!r})"

    # -- the Publisher protocol --------------------------------------------------------------------

    def verify(self) -> AccountInfo:
        body = self._call("GET", "me", doing="GET /me", params={"fields": "id,name"})
        if str(body.get("id") or "") != self.page_id:
            raise PublishError(
                ErrorKind.NEEDS_SIGN_IN,
                f"The saved access is no longer for {self._page}. Connect the Page again in Accounts.",
                detail=f"GET /me answered id {body.get('id')!r}, expected {self.page_id}",
            )
        page = self._call("GET", self.page_id, doing="GET /{page-id}", params={"fields": "id,name,username"})
        return _page_info(page)

    def limits(self) -> Limits:
        return Limits(
            chars=MESSAGE_LIMIT, url_length=None, max_images=MAX_IMAGES, max_image_bytes=MAX_IMAGE_BYTES
        )

    def prepare(self, part: PartRequest) -> Mapping[str, Any]:
        """The first attempt's time: ``find_landed`` searches the feed from there (see the docstring)."""
        return {"since": int(self._clock())}

    def upload_media(self, item: MediaItem) -> str:
        """An unpublished photo with its alt text; attached to the post by ``publish``."""
        data, mime = read_image(item, "Facebook")
        if len(data) > MAX_IMAGE_BYTES:
            raise PublishError(
                ErrorKind.NEEDS_EDITING,
                f"The image {item.path.name} is {len(data) / 1_048_576:.1f} MB; Facebook takes photos up to "
                f"{MAX_IMAGE_BYTES // 1_048_576} MB. Use a smaller copy, then send again.",
            )
        form = {"published": "false"}
        if item.alt_text.strip():
            form["alt_text_custom"] = item.alt_text.strip()
        body = self._call(
            "POST",
            f"{self.page_id}/photos",
            doing="POST /{page-id}/photos",
            data=form,
            files={"source": (item.path.name, data, mime)},
        )
        photo_id = graph_id(body.get("id"))
        if not photo_id:
            raise PublishError(
                ErrorKind.RETRY_LATER,
                "Facebook took the photo but didn't say how to refer to it. Crier will try again.",
                detail="POST /{page-id}/photos: no id in the answer",
            )
        return photo_id

    def publish(self, part: PartRequest) -> Published:
        if part.index == 0:
            path, doing = f"{self.page_id}/feed", "POST /{page-id}/feed"
            form: dict[str, str] = {"message": part.text}
            for i, media_id in enumerate(part.media_ids):
                form[f"attached_media[{i}]"] = json.dumps({"media_fbid": media_id})
            link = None if part.media_ids else first_link(part.text)
            if link:
                form["link"] = link
        else:
            if not part.root:
                raise PublishError(
                    ErrorKind.NEEDS_ATTENTION,
                    "The start of this post is on the Page but Crier doesn't know which post it is, so the "
                    "rest can't be added under it. Add the rest by hand on Facebook, then Cancel this post.",
                    detail=f"part {part.index}: no root id",
                )
            path, doing = f"{part.root}/comments", "POST /{post-id}/comments"
            form = {"message": part.text}
        try:
            body, _ = self._graph.call("POST", path, doing=doing, write=True, data=form)
        except GraphRefusal as refusal:
            if refusal.error.code == DUPLICATE_CODE:
                return self._settle_duplicate(part, refusal)
            error = classify(refusal, page=self._page, now=self._clock())
            raise self._uncertain_if_ambiguous(part, error) from None
        except PublishError as error:
            raise self._uncertain_if_ambiguous(part, error) from None
        remote_id = graph_id(body.get("id"))
        if not remote_id:
            raise self._uncertain_if_ambiguous(
                part,
                PublishError(
                    ErrorKind.RETRY_LATER,
                    "Facebook answered without saying which post it made. Crier will check and try again.",
                    ambiguous=True,
                    detail=f"{doing}: no id in the answer",
                ),
            )
        return Published(remote_id, post_url(remote_id) if part.index == 0 else "")

    def find_landed(self, part: PartRequest) -> Published | None:
        """Read the feed (or the post's comments) since the first attempt and match the message."""
        self._uncertain.add((part.post_id, part.index))
        try:
            found = self._search(part)
        except GraphRefusal as refusal:
            raise self._check_failed(classify(refusal, page=self._page, now=self._clock())) from None
        except PublishError as error:
            raise self._check_failed(error) from None
        if found is None:
            return None
        log.info("Post %s part %s was already on %s as %s", part.post_id, part.index, self.page_id, found)
        return Published(found.remote_id, post_url(found.remote_id) if part.index == 0 else "")

    # -- exactly once ------------------------------------------------------------------------------

    def _check_failed(self, error: PublishError) -> PublishError:
        """A failed check never leads to a blind second post (see the module docstring)."""
        if isinstance(error, UnreadableAnswer) or error.kind in (
            ErrorKind.NEEDS_ATTENTION,
            ErrorKind.NEEDS_EDITING,
        ):
            return PublishError(
                ErrorKind.NEEDS_ATTENTION, UNCERTAIN, detail=f"checking the feed failed: {error.detail}"
            )
        if error.kind is ErrorKind.NEEDS_SIGN_IN:
            return error
        return PublishError(
            error.kind,
            f"{error.message} Crier will check whether the post already went out before sending it again.",
            retry_at=error.retry_at,
            detail=f"checking the feed failed: {error.detail}",
        )

    def _uncertain_if_ambiguous(self, part: PartRequest, error: PublishError) -> PublishError:
        """Remember a write that may have landed, so a 506 on the retry is read as our own post."""
        if error.ambiguous:
            self._uncertain.add((part.post_id, part.index))
        return error

    def _settle_duplicate(self, part: PartRequest, refusal: GraphRefusal) -> Published:
        """Facebook's 506: our own earlier attempt (record it) or the user's repeat (edit it).

        Only after an uncertain attempt of this part can the earlier post be ours; then it is looked
        for once more, and if it still isn't visible the post stops as uncertain, ``ambiguous`` so the
        engine keeps the check pending and a Retry looks again before anything is sent.
        """
        if (part.post_id, part.index) in self._uncertain:
            try:
                found = self._search(part)
            except (GraphRefusal, PublishError):
                found = None
            if found is not None:
                url = post_url(found.remote_id) if part.index == 0 else ""
                return Published(found.remote_id, url, note=DUPLICATE_NOTE)
            raise PublishError(
                ErrorKind.NEEDS_ATTENTION,
                UNCERTAIN,
                ambiguous=True,
                detail=refusal.error.describe(refusal.doing),
            )
        raise PublishError(
            ErrorKind.NEEDS_EDITING,
            f"Facebook refused this post because {self._page} posted the same text very recently. Change "
            "the text, or Cancel this post if the earlier one is the one you wanted.",
            detail=refusal.error.describe(refusal.doing),
        )

    def _search(self, part: PartRequest) -> _Found | None:
        since = float(part.idempotency.get("since") or 0) or _epoch(part.not_before) or self._clock() - 86_400
        wanted = comparable(part.text)
        if part.index == 0:
            path, doing = f"{self.page_id}/feed", "GET /{page-id}/feed"
            params = {"fields": "id,message,created_time", "limit": str(PAGE_SIZE)}
            server_filter = True
        else:
            if not part.root:
                return None
            path, doing = f"{part.root}/comments", "GET /{post-id}/comments"
            params = {
                "fields": "id,message,created_time",
                "order": "reverse_chronological",
                "filter": "stream",
                "limit": str(PAGE_SIZE),
            }
            server_filter = False
        skew: float | None = None
        coarse = since - COARSE_SLACK
        while True:
            query = dict(params)
            if server_filter:
                query["since"] = str(int(coarse))
            found: list[_Found] = []
            threshold = coarse
            for _page in range(FEED_PAGES):
                body, response = self._graph.call("GET", path, doing=doing, params=query)
                if skew is None:
                    skew = _server_skew(response, self._clock())
                threshold = since - skew - CLOCK_SLACK
                items = body.get("data")
                if not isinstance(items, list):
                    raise UnreadableAnswer(
                        ErrorKind.RETRY_LATER, UNCERTAIN, detail=f"{doing}: no data list in the answer"
                    )
                oldest: float | None = None
                for item in items:
                    if not isinstance(item, dict):
                        continue
                    created = _parse_created(item.get("created_time"))
                    if created is not None:
                        oldest = created if oldest is None else min(oldest, created)
                    message = item.get("message")
                    if (
                        isinstance(message, str)
                        and created is not None
                        and created >= threshold
                        and comparable(message) == wanted
                        and graph_id(item.get("id"))
                    ):
                        found.append(_Found(graph_id(item["id"]), created))
                after = ((body.get("paging") or {}).get("cursors") or {}).get("after")
                more = bool((body.get("paging") or {}).get("next")) and isinstance(after, str)
                if not more or not items or (oldest is not None and oldest < threshold):
                    break
                query["after"] = after
            else:  # more posts since the first attempt than Crier reads: not knowing isn't "not there"
                raise PublishError(
                    ErrorKind.NEEDS_ATTENTION,
                    UNCERTAIN,
                    detail=f"{doing}: more than {FEED_PAGES * PAGE_SIZE} items since the first attempt",
                )
            # The first read guessed Facebook's clock; read again if it turns out to be far behind ours.
            if server_filter and threshold < coarse:
                coarse = threshold
                continue
            return min(found, key=lambda f: f.created) if found else None

    # -- requests --------------------------------------------------------------------------------

    def _call(self, method: str, path: str, *, doing: str, **kwargs: Any) -> dict[str, Any]:
        try:
            body, _ = self._graph.call(method, path, doing=doing, **kwargs)
        except GraphRefusal as refusal:
            raise classify(refusal, page=self._page, now=self._clock()) from None
        return body


def _utc(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, UTC).replace(tzinfo=None)


def _epoch(when: datetime | None) -> float:
    return when.replace(tzinfo=UTC).timestamp() if when is not None else 0.0


def _page_info(body: Mapping[str, Any]) -> AccountInfo:
    page_id = str(body.get("id") or "")
    name = str(body.get("name") or "")
    username = str(body.get("username") or "")
    return AccountInfo(page_id, f"@{username}" if username else (name or page_id), name)


def build(context: PublisherContext) -> FacebookPublisher:
    """The registry's entry point: raises PublishError(NEEDS_SIGN_IN) when the Page has no saved access."""
    return FacebookPublisher(context.account, context.secrets, context.session)


# -- connecting a Page -------------------------------------------------------------------------------


class ConnectProblem(StrEnum):
    NOT_CONFIGURED = "not_configured"  # no Facebook app ID for the login flow
    BAD_INPUT = "bad_input"  # the Page id or token typed/pasted isn't usable as it is
    REJECTED = "rejected"  # Facebook refused the token
    WRONG_PAGE = "wrong_page"  # a token for some other Page, or a person's token without the Page
    NO_PAGES = "no_pages"  # the person manages no Page Crier can post to
    DENIED = "denied"  # the person said no in Facebook's dialog
    STATE_MISMATCH = "state_mismatch"
    CANCELLED = "cancelled"
    TIMED_OUT = "timed_out"
    NETWORK = "network"
    FACEBOOK = "facebook"  # anything else Facebook said


class FacebookConnectError(Exception):
    """Connecting failed; ``user_message`` is one plain sentence, never a token."""

    def __init__(self, problem: ConnectProblem, user_message: str, *, detail: str = "") -> None:
        super().__init__(user_message)
        self.problem = problem
        self.user_message = user_message
        self.message = user_message
        self.detail = detail

    def __repr__(self) -> str:
        return f"FacebookConnectError({self.problem.value!r}, {self.user_message!r})"


@dataclass(frozen=True)
class UserToken:
    """A person's token from Facebook Login; ``expires_at`` 0 when it is long-lived or unknown."""

    token: Secret
    expires_at: float = 0.0


@dataclass(frozen=True)
class PageChoice:
    """A Page the signed-in person manages, with its own token (shown as **** everywhere)."""

    page_id: str
    name: str
    username: str
    token: Secret
    tasks: tuple[str, ...] = ()

    @property
    def can_post(self) -> bool:
        """Facebook lists the person's tasks on the Page; no list means Facebook didn't say, so try."""
        return not self.tasks or "CREATE_CONTENT" in self.tasks or "MANAGE" in self.tasks


def _connect_error(exc: GraphRefusal | PublishError, *, rejected: str) -> FacebookConnectError:
    """A Graph or network failure met while connecting, in connect's terms (nothing retries here)."""
    if isinstance(exc, UnreadableAnswer):
        return FacebookConnectError(
            ConnectProblem.FACEBOOK,
            "Facebook's answer couldn't be read: something on the network (a proxy, or a Wi-Fi sign-in page) "
            "may have answered instead. Check you're online, then try again.",
            detail=exc.detail,
        )
    if isinstance(exc, PublishError):
        return FacebookConnectError(ConnectProblem.NETWORK, exc.message, detail=exc.detail)
    error = classify(exc)
    detail = exc.error.describe(exc.doing)
    if exc.error.code in SIGN_IN_CODES or (exc.error.code == 100 and exc.error.subcode != 33):
        return FacebookConnectError(ConnectProblem.REJECTED, rejected, detail=detail)
    if exc.error.code == 100:
        return FacebookConnectError(
            ConnectProblem.WRONG_PAGE,
            "Facebook has no Page with that ID that this access can see. Check the Page ID (in the Page's "
            "About section, under Page transparency) and try again.",
            detail=detail,
        )
    if error.kind in (ErrorKind.RETRY_LATER, ErrorKind.WAIT_UNTIL):
        return FacebookConnectError(
            ConnectProblem.FACEBOOK,
            f"Facebook is busy or having a problem ({exc.error.status}), so the Page wasn't connected. Try "
            "again in a few minutes.",
            detail=detail,
        )
    return FacebookConnectError(ConnectProblem.FACEBOOK, error.message, detail=detail)


def _require_keyring(secrets: SecretStore) -> None:
    """Fail before anything is fetched if there is nowhere safe to keep the token."""
    status = secrets.status()
    if not status.available:
        raise CredentialsUnavailable(status.reason, status.message, backend=status.backend)


def _clean_token(token: str | Secret) -> Secret:
    value = Secret(token).reveal().strip()
    if not value:
        raise FacebookConnectError(ConnectProblem.BAD_INPUT, "Paste the Page access token first.")
    if any(ch.isspace() for ch in value):
        raise FacebookConnectError(
            ConnectProblem.BAD_INPUT,
            "That doesn't look like an access token (it contains spaces). Copy only the token and paste it "
            "again.",
        )
    return Secret(value)


def _identify(
    session: requests.Session, base: str, token: Secret, page_id: str
) -> tuple[AccountInfo, Secret]:
    """Whose token this is; a person's token is swapped for the Page's own from /me/accounts."""
    rejected = (
        "Facebook didn't accept this access token: it may have expired or been copied incompletely. Copy "
        "the Page access token again and paste it."
    )
    graph = _Graph(session, token, base)
    try:
        me, _ = graph.call("GET", "me", doing="GET /me", params={"fields": "id,name", "metadata": "1"})
    except (GraphRefusal, PublishError) as exc:
        raise _connect_error(exc, rejected=rejected) from None
    me_id = str(me.get("id") or "")
    kind = str((me.get("metadata") or {}).get("type") or "")
    if kind == "page" or (page_id and me_id == page_id):
        if page_id and me_id != page_id:
            raise FacebookConnectError(
                ConnectProblem.WRONG_PAGE,
                f"This access token is for the Page {me.get('name') or me_id}, not Page {page_id}. Paste the "
                "token of the Page you want, or leave the Page ID empty to connect this one.",
            )
        try:
            page, _ = graph.call("GET", me_id, doing="GET /{page-id}", params={"fields": "id,name,username"})
        except (GraphRefusal, PublishError) as exc:
            raise _connect_error(exc, rejected=rejected) from None
        return _page_info(page), token
    pages = [p for p in pages_for_user(session, UserToken(token), base=base)]
    chosen = [p for p in pages if p.page_id == page_id] if page_id else pages
    if len(chosen) != 1:
        raise FacebookConnectError(
            ConnectProblem.WRONG_PAGE,
            "This is a person's access token, and Crier couldn't tell which Page to post to with it: enter "
            "the ID of a Page you manage, or paste the Page's own access token."
            if not page_id or not pages
            else f"The person this token belongs to doesn't manage Page {page_id}. Check the Page ID, or "
            "paste the Page's own access token.",
        )
    page = chosen[0]
    return AccountInfo(
        page.page_id, f"@{page.username}" if page.username else page.name, page.name
    ), page.token


def connect_facebook(
    accounts: Accounts,
    secrets: SecretStore,
    session: requests.Session,
    page_id: str,
    token: str | Secret,
    *,
    expires_at: float = 0.0,
    base: str = GRAPH_BASE,
) -> AccountView:
    """Check a Page access token against Graph, then keep it: the whole "Connect Facebook Page" step.

    ``page_id`` may be empty when ``token`` is a Page token (Graph's /me is then the Page). A person's
    token with a ``page_id`` is swapped for that Page's own token. Reconnecting a Page updates its
    existing account. Raises FacebookConnectError (or CredentialsUnavailable) with a ``user_message``.
    """
    _require_keyring(secrets)
    page_id = page_id.strip()
    if page_id and not _PAGE_ID.match(page_id):
        raise FacebookConnectError(
            ConnectProblem.BAD_INPUT,
            "A Page ID is a number (find it in the Page's About section, under Page transparency); enter "
            "it without spaces, or leave it empty.",
        )
    info, page_token = _identify(session, checked_base(base), _clean_token(token), page_id)
    existing = next(
        (a for a in accounts.all() if a.network == NETWORK and a.remote_id == info.remote_id), None
    )
    settings = dict(existing.settings) if existing else {}
    settings.pop("token_expires_at", None)
    if expires_at:
        settings["token_expires_at"] = int(expires_at)
    slug = info.handle[1:] if info.handle.startswith("@") else info.remote_id
    service_url = f"https://www.facebook.com/{slug}"
    account = existing or accounts.add(
        NETWORK,
        info.handle,
        display_name=info.display_name,
        remote_id=info.remote_id,
        service_url=service_url,
        auth_kind=AUTH_KIND,
        settings=settings,
    )
    try:
        secrets.put(account.key, TOKEN_SECRET, page_token)
    except CredentialsUnavailable:
        if existing is None:
            with contextlib.suppress(Exception):
                accounts.remove(account.id)
        raise
    if existing is not None:
        stale = set(existing.secret_names) - set(SECRET_NAMES)
        if stale:
            secrets.delete_all(existing.key, stale)
    accounts.update(
        account.id,
        handle=info.handle,
        display_name=info.display_name,
        service_url=service_url,
        auth_kind=AUTH_KIND,
        settings=settings,
    )
    accounts.set_secret_names(account.id, SECRET_NAMES)
    accounts.mark(account.id, AccountStatus.CONNECTED)
    log.info("Facebook Page %s (%s) connected", info.handle, info.remote_id)
    return accounts.get(account.id)


def pages_for_user(session: requests.Session, user: UserToken, *, base: str = GRAPH_BASE) -> list[PageChoice]:
    """The Pages a person manages, each with its own token (``GET /me/accounts``)."""
    graph = _Graph(session, user.token, checked_base(base))
    params = {"fields": "id,name,username,access_token,tasks", "limit": str(PAGE_SIZE)}
    pages: list[PageChoice] = []
    for _ in range(10):
        try:
            body, _ = graph.call("GET", "me/accounts", doing="GET /me/accounts", params=params)
        except (GraphRefusal, PublishError) as exc:
            raise _connect_error(
                exc, rejected="Facebook didn't accept the sign-in. Start again and allow Crier's access."
            ) from None
        for item in body.get("data") or []:
            if not isinstance(item, dict) or not item.get("id") or not item.get("access_token"):
                continue
            tasks = item.get("tasks") if isinstance(item.get("tasks"), list) else []
            pages.append(
                PageChoice(
                    str(item["id"]),
                    str(item.get("name") or ""),
                    str(item.get("username") or ""),
                    Secret(str(item["access_token"])),
                    tuple(str(t) for t in tasks),
                )
            )
        after = ((body.get("paging") or {}).get("cursors") or {}).get("after")
        if not (body.get("paging") or {}).get("next") or not isinstance(after, str):
            break
        params = {**params, "after": after}
    return pages


# -- Facebook Login (manual flow for desktop apps) ---------------------------------------------------

_CLOSE_PAGE = "You can close this window and go back to Crier."
_RELAY_SCRIPT = (
    "(function () {"
    " var status = document.getElementById('status');"
    " var fragment = window.location.hash.replace(/^#/, '');"
    " history.replaceState(null, '', window.location.pathname);"
    " fetch('" + RELAY_PATH + "', {method: 'POST',"
    " headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: fragment})"
    " .then(function (r) { return r.text(); })"
    " .then(function (t) { status.textContent = t; })"
    " .catch(function () { status.textContent = 'Crier did not get the answer. Copy the address of this"
    " page into Crier instead.'; });"
    "})();"
)
_RELAY_CSP = (
    "default-src 'none'; connect-src 'self'; "
    f"script-src 'sha256-{base64.b64encode(hashlib.sha256(_RELAY_SCRIPT.encode()).digest()).decode()}'"
)


def _relay_page() -> bytes:
    """Facebook puts the token after '#', which browsers never send: this page hands it to Crier."""
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>Crier: Facebook</title></head><body>'
        '<p id="status">Finishing the connection…</p>'
        "<noscript><p>Copy the address of this page and paste it into Crier's Connect Facebook window."
        f"</p></noscript><script>{_RELAY_SCRIPT}</script></body></html>"
    ).encode()


@dataclass
class _LoginResult:
    token: UserToken | None
    error: FacebookConnectError | None


def _judge(params: Mapping[str, str], expected_state: str, clock: Callable[[], float]) -> _LoginResult:
    """Facebook's answer (fragment or query) as a token or an error; the state must be ours."""
    if params.get("state") != expected_state:
        return _LoginResult(
            None,
            FacebookConnectError(
                ConnectProblem.STATE_MISMATCH,
                "Crier rejected an answer that wasn't for the sign-in it started, so nothing was connected. "
                "Close other Facebook sign-in windows and start again.",
                detail="login answer with a missing or different state",
            ),
        )
    if params.get("error_reason") == "user_denied" or params.get("error") == "access_denied":
        return _LoginResult(
            None,
            FacebookConnectError(
                ConnectProblem.DENIED,
                "You didn't give Crier access on Facebook, so no Page was connected. Start again and choose "
                "Continue to connect one.",
                detail="login answer: access_denied",
            ),
        )
    token = params.get("access_token", "")
    if params.get("error") or not token:
        said = params.get("error_description") or params.get("error") or "no access token"
        return _LoginResult(
            None,
            FacebookConnectError(
                ConnectProblem.FACEBOOK,
                f"Facebook didn't finish the sign-in (it said: {said[:200]}). Start again; if it keeps "
                "happening, ask whoever manages the council's Facebook app to check its settings.",
                detail=f"login answer error: {params.get('error', 'no token')}",
            ),
        )
    expires_in = _int(params.get("expires_in")) or 0
    expires_at = clock() + expires_in if 0 < expires_in < SHORT_LIVED else 0.0
    return _LoginResult(UserToken(Secret(token), expires_at), None)


class _LoginServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, port: int, expected_state: str, clock: Callable[[], float]) -> None:
        super().__init__(("127.0.0.1", port), _LoginHandler)
        self.expected_state = expected_state
        self.clock = clock
        self.result: _LoginResult | None = None
        self.arrived = threading.Event()
        self._lock = threading.Lock()

    def deliver(self, params: Mapping[str, str]) -> str:
        """Take the first answer; returns the sentence the browser shows."""
        with self._lock:
            if self.result is not None:
                return f"This sign-in has already finished. {_CLOSE_PAGE}"
            if params.get("state") != self.expected_state:
                # Any page in the browser can call 127.0.0.1: ignore it and keep waiting for the answer.
                state_ignored(log, "Facebook", params.get("state"))
                return f"This wasn't the sign-in Crier is waiting for. {_CLOSE_PAGE}"
            self.result = _judge(params, self.expected_state, self.clock)
            self.arrived.set()
        if self.result.error is not None:
            return f"Not connected: {self.result.error.user_message} {_CLOSE_PAGE}"
        return f"Crier has Facebook's answer and is finishing the connection. {_CLOSE_PAGE}"


class _LoginHandler(BaseHTTPRequestHandler):
    server: _LoginServer
    timeout = 10  # a browser's speculative idle connection must not hold a thread for ever

    def do_GET(self) -> None:  # noqa: N802 - the name http.server dispatches to
        parts = urlsplit(self.path)
        if parts.path != CALLBACK_PATH:
            self._reply(404, b"Not found", "text/plain; charset=utf-8")
            return
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        if "error" in params or "error_reason" in params or "access_token" in params:
            text = self.server.deliver(params)
            body = f"<!doctype html><meta charset='utf-8'><p>{html.escape(text)}</p>".encode()
            self._reply(200, body, "text/html; charset=utf-8")
            return
        self._reply(200, _relay_page(), "text/html; charset=utf-8", csp=_RELAY_CSP)

    def do_POST(self) -> None:  # noqa: N802
        if urlsplit(self.path).path != RELAY_PATH:
            self._reply(404, b"Not found", "text/plain; charset=utf-8")
            return
        length = min(int(self.headers.get("Content-Length") or 0), 64 * 1024)
        raw = self.rfile.read(length).decode("utf-8", "replace") if length else ""
        text = self.server.deliver(dict(parse_qsl(raw, keep_blank_values=True)))
        self._reply(200, text.encode(), "text/plain; charset=utf-8")

    def _reply(self, status: int, body: bytes, content_type: str, *, csp: str = "") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Referrer-Policy", "no-referrer")
        if csp:
            self.send_header("Content-Security-Policy", csp)
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's signature
        """Silent: the request carries the token."""


class FacebookLogin:
    """Facebook Login's manual flow with the council's app: ``start()`` gives the dialog's address.

    ``redirect="loopback"``: Crier listens once on 127.0.0.1 and ``wait()`` returns the person's token.
    ``redirect="desktop"``: Facebook ends on its own desktop page; the person copies that page's address
    into Crier and ``finish(address)`` reads the token from it (``finish`` also takes the 127.0.0.1
    address, for a browser that won't run the relay page's script). Either way the state is checked.
    """

    def __init__(
        self,
        app_id: str,
        *,
        redirect: Literal["loopback", "desktop"] = "loopback",
        port: int = 0,
        dialog_base_url: str | None = None,
        scopes: Sequence[str] = SCOPES,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not app_id.strip():
            raise FacebookConnectError(
                ConnectProblem.NOT_CONFIGURED,
                "Crier doesn't know the council's Facebook app yet: set \"Facebook app ID\" "
                "(facebook.app_id) in Settings, ask IT to set it in the machine policy, or paste a Page "
                "access token instead.",
            )
        self.app_id = app_id.strip()
        self.redirect = redirect
        self._port = port
        self._dialog_base = checked_base(dialog_base_url) if dialog_base_url else dialog_base()
        self._scopes = list(scopes)
        self._clock = clock
        self._state = _random.token_urlsafe(24)
        self._server: _LoginServer | None = None
        self._thread: threading.Thread | None = None
        self._cancelled = threading.Event()
        self.url = ""
        self.redirect_uri = ""

    def start(self) -> str:
        """The address to open in the browser (listening first, for the loopback redirect)."""
        if self.redirect == "loopback":
            try:
                server = _LoginServer(self._port, self._state, self._clock)
            except OSError as exc:
                raise FacebookConnectError(
                    ConnectProblem.NETWORK,
                    f"Crier couldn't listen on this computer for Facebook's answer (port "
                    f"{self._port or 'any'}: {exc.strerror or exc}). Close other sign-in windows and try "
                    "again.",
                    detail=f"bind 127.0.0.1:{self._port}: {exc}",
                ) from None
            self.redirect_uri = f"http://127.0.0.1:{server.server_address[1]}{CALLBACK_PATH}"
            self._server = server
            self._thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name="crier-facebook-login",
                daemon=True,
            )
            self._thread.start()
        else:
            self.redirect_uri = DESKTOP_REDIRECT
        query = {
            "client_id": self.app_id,
            "redirect_uri": self.redirect_uri,
            "state": self._state,
            "response_type": "token",
            "scope": ",".join(self._scopes),
        }
        self.url = f"{self._dialog_base}{DIALOG_PATH}?{urlencode(query)}"
        return self.url

    def cancel(self) -> None:
        """Stop waiting (the window's Cancel button); ``wait()`` then raises CANCELLED."""
        self._cancelled.set()
        if self._server is not None:
            self._server.arrived.set()

    def wait(self, timeout: float = CALLBACK_WAIT) -> UserToken:
        """Block until the browser comes back to 127.0.0.1 (or ``timeout``)."""
        server = self._server
        if server is None:
            raise RuntimeError("start() a loopback login before waiting for it")
        try:
            arrived = server.arrived.wait(timeout)
            result = server.result
        finally:
            self.close()
        if self._cancelled.is_set() and result is None:
            raise FacebookConnectError(
                ConnectProblem.CANCELLED, "Connecting the Facebook Page was cancelled."
            )
        if not arrived or result is None:
            raise FacebookConnectError(
                ConnectProblem.TIMED_OUT,
                f"Crier waited {wait_words(timeout)} for the Facebook sign-in to finish in the browser, "
                "then stopped. Start again when you're ready.",
            )
        if result.error is not None:
            raise result.error
        assert result.token is not None
        return result.token

    def finish(self, address: str) -> UserToken:
        """The token from the address Facebook's desktop page ended at (pasted by the person)."""
        parts = urlsplit(address.strip())
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        params.update(parse_qsl(parts.fragment, keep_blank_values=True))
        if not params:
            raise FacebookConnectError(
                ConnectProblem.BAD_INPUT,
                "That address has no answer from Facebook in it. Copy the whole address of the page Facebook "
                "finished on, then paste it again.",
            )
        result = _judge(params, self._state, self._clock)
        if result.error is not None:
            raise result.error
        assert result.token is not None
        return result.token

    def close(self) -> None:
        """Stop listening; safe to call more than once."""
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FacebookLogin:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def sign_in_facebook(
    app_id: str,
    *,
    open_browser: Callable[[str], Any] = webbrowser.open,
    timeout: float = CALLBACK_WAIT,
    port: int = 0,
    on_url: Callable[[str], None] | None = None,
    dialog_base_url: str | None = None,
) -> UserToken:
    """Open Facebook's dialog in the browser and wait for the person's token on 127.0.0.1."""
    with FacebookLogin(app_id, port=port, dialog_base_url=dialog_base_url) as login:
        url = login.start()
        if on_url is not None:
            on_url(url)
        open_browser(url)
        return login.wait(timeout)


def connect_facebook_login(
    accounts: Accounts,
    secrets: SecretStore,
    session: requests.Session,
    app_id: str,
    *,
    choose_page: Callable[[Sequence[PageChoice]], PageChoice | None],
    open_browser: Callable[[str], Any] = webbrowser.open,
    timeout: float = CALLBACK_WAIT,
    port: int = 0,
    on_url: Callable[[str], None] | None = None,
    dialog_base_url: str | None = None,
    base: str = GRAPH_BASE,
) -> AccountView:
    """Facebook Login, then the Page to post to (``choose_page``; None cancels), then connect it."""
    _require_keyring(secrets)
    user = sign_in_facebook(
        app_id,
        open_browser=open_browser,
        timeout=timeout,
        port=port,
        on_url=on_url,
        dialog_base_url=dialog_base_url,
    )
    pages = [page for page in pages_for_user(session, user, base=base) if page.can_post]
    if not pages:
        raise FacebookConnectError(
            ConnectProblem.NO_PAGES,
            "Your Facebook account can't create posts on any Page Crier was given: ask a Page admin for "
            "access, and tick the Page when Facebook asks which Pages Crier may use.",
        )
    chosen = choose_page(pages)
    if chosen is None:
        raise FacebookConnectError(ConnectProblem.CANCELLED, "Connecting the Facebook Page was cancelled.")
    # Page tokens made from a short-lived person's token expire with it; from a long-lived one, never.
    return connect_facebook(
        accounts, secrets, session, chosen.page_id, chosen.token, expires_at=user.expires_at, base=base
    )
