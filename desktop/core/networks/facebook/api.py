"""Facebook's wire: Graph API calls with plain HTTP on the app's own session, and what Graph's answers mean.

The token travels in the ``Authorization`` header, never in a URL, so no exception text, proxy log or
request log holds it. Every failure is classified once into a ``PublishError`` (``classify``).
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import logging
import os
import re
import time
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3.exceptions

from desktop.core.credentials import Secret
from desktop.core.net import FACEBOOK_API_BASE, PROXY_AUTH_MESSAGE, is_loopback_host
from desktop.core.networks.failures import network_failure
from desktop.core.networks.loopback import CALLBACK_PATH, CALLBACK_WAIT  # noqa: F401 - as before
from desktop.core.networks.publishing import (
    ErrorKind,
    PublishError,
    refused_on_the_way,
    reset_time,
    wait_until_error,
)
from desktop.core.translatable import QT_TRANSLATE_NOOP

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

UNCERTAIN = QT_TRANSLATE_NOOP(
    "core.facebook", "It's not certain whether this post went out: check the Page, then Retry or Cancel."
)
DUPLICATE_NOTE = "Posted by an earlier attempt; Facebook refused a second copy."

THE_PAGE = QT_TRANSLATE_NOOP("core.facebook", "the Page")  # when the Page's name is not known
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
    return reset_time(current + wait, current, DEFAULT_WAIT)


def classify(refusal: GraphRefusal, *, page: str = THE_PAGE, now: float | None = None) -> PublishError:
    """The one place a Graph error becomes a PublishError kind, with a message in the user's words."""
    error, doing, write = refusal.error, refusal.doing, refusal.write
    detail = error.describe(doing)
    said = error.said
    code = error.code
    if code in SIGN_IN_CODES or (code is None and error.status == 401):
        why = {
            463: QT_TRANSLATE_NOOP("core.facebook", " because the access has expired"),
            460: QT_TRANSLATE_NOOP("core.facebook", " because the Facebook password was changed"),
            458: QT_TRANSLATE_NOOP("core.facebook", " because Crier's app was removed from the account"),
            467: QT_TRANSLATE_NOOP("core.facebook", " because the access is no longer valid"),
        }.get(error.subcode or 0, "")
        return PublishError(
            ErrorKind.NEEDS_SIGN_IN,
            QT_TRANSLATE_NOOP(
                "core.facebook",
                "Facebook no longer accepts Crier's access to {page}{why}. "
                "Connect the Page again in Accounts; its posts will wait until then.",
            ).format(page=page, why=why),
            detail=detail,
        )
    if code in RATE_LIMIT_CODES:
        retry_at = rate_limit_retry_at(refusal.headers, now=now)
        return wait_until_error(
            QT_TRANSLATE_NOOP(
                "core.facebook", "Facebook's limit on how much Crier can do with {page} has been reached."
            ).format(page=page),
            retry_at,
            detail=detail,
        )
    if code == 368:
        return PublishError(
            ErrorKind.NEEDS_ATTENTION,
            QT_TRANSLATE_NOOP(
                "core.facebook",
                "Facebook blocked this: {said} Check the post against "
                "Facebook's rules, change it if needed, then send it again.",
            ).format(said=said or QT_TRANSLATE_NOOP("core.facebook", "it goes against its rules.")),
            detail=detail,
        )
    if code == 10 or (code is not None and 200 <= code <= 299):
        return PublishError(
            ErrorKind.NEEDS_ATTENTION,
            QT_TRANSLATE_NOOP(
                "core.facebook",
                "Facebook didn't allow Crier to do this on {page}: {said} Ask a "
                "Page admin to check that you can create content on the Page, then connect it again.",
            ).format(page=page, said=said or QT_TRANSLATE_NOOP("core.facebook", "permission is missing.")),
            detail=detail,
        )
    if code == 100 and "attached_media" in error.message:
        return PublishError(
            ErrorKind.NEEDS_ATTENTION,
            QT_TRANSLATE_NOOP(
                "core.facebook",
                "Facebook no longer has the photos uploaded for this post (unposted photos expire). Cancel "
                "the post, then post the draft again.",
            ),
            detail=detail,
        )
    if code == 100 and error.subcode == 33:
        return PublishError(
            ErrorKind.NEEDS_ATTENTION,
            QT_TRANSLATE_NOOP(
                "core.facebook",
                "Facebook can't find {page}, or Crier's access to it was removed. "
                "Check the Page still exists, then connect it again in Accounts.",
            ).format(page=page),
            detail=detail,
        )
    if code == 100 or code in IMAGE_CODES:
        return PublishError(
            ErrorKind.NEEDS_EDITING,
            QT_TRANSLATE_NOOP(
                "core.facebook", "Facebook refused this post: {said} Edit it, then send it again."
            ).format(said=said or QT_TRANSLATE_NOOP("core.facebook", "something in it is not accepted.")),
            detail=detail,
        )
    if code in TRANSIENT_CODES or error.transient or error.status >= 500:
        return PublishError(
            ErrorKind.RETRY_LATER,
            QT_TRANSLATE_NOOP(
                "core.facebook",
                "Facebook had a problem on its side ({status}). Crier will try again shortly.",
            ).format(status=error.status),
            ambiguous=write,  # Graph has answered 500 after creating the post: check before re-sending
            detail=detail,
        )
    if error.status == 407:
        return PublishError(ErrorKind.NEEDS_ATTENTION, PROXY_AUTH_MESSAGE, detail=detail)
    if code is None:  # not Graph's error: a web filter's or proxy's page
        return refused_on_the_way("Facebook", "graph.facebook.com", error.status, detail=detail)
    return PublishError(
        ErrorKind.NEEDS_ATTENTION,
        QT_TRANSLATE_NOOP(
            "core.facebook",
            "Facebook answered in a way Crier didn't expect (error {code}). Facebook said: "
            "{said} Try again; if it keeps happening, send the log file to IT.",
        ).format(code=code, said=said or QT_TRANSLATE_NOOP("core.facebook", "nothing more.")),
        detail=detail,
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
            raise network_failure(exc, doing, write=write) from None
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
