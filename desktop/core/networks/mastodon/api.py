"""Mastodon's wire: Mastodon.py on the app's own session, instance addresses and facts, and errors.

Mastodon.py never sleeps on a rate limit (``ratelimit_method="throw"``): a 429 becomes WAIT_UNTIL at the
``X-RateLimit-Reset`` time.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar
from urllib.parse import urlsplit

import requests
from mastodon import Mastodon, MastodonAPIError, MastodonError, MastodonRatelimitError

from desktop.core.credentials import Secret
from desktop.core.net import USER_AGENT, exception_chain, is_loopback_host, redact
from desktop.core.networks.loopback import SignInError, SignInProblem
from desktop.core.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


_ID = re.compile(r"^[0-9A-Za-z]{1,64}$")

T = TypeVar("T")

NETWORK = "mastodon"
#: What Crier asks for: read the account and its posts (to check what landed), post, upload images.
SCOPES = ("read:accounts", "read:statuses", "write:statuses", "write:media")
TOKEN = "token"  # auth_kind of a pasted access token
OAUTH = "oauth"  # auth_kind of a browser sign-in (client id and secret kept too, for signing out)

DEFAULT_CHAR_LIMIT = 500
DEFAULT_URL_LENGTH = 23
DEFAULT_MAX_IMAGES = 4
DEFAULT_MAX_IMAGE_BYTES = 16 * 1024 * 1024
VISIBILITIES = ("public", "unlisted", "private", "direct")

#: (connect, read) seconds; Mastodon.py passes its own timeout on every request, so it is set here.
REQUEST_TIMEOUT = (10.0, 30.0)
#: Mastodon keeps an Idempotency-Key for an hour; trust it for less, for clocks and slow requests.
KEY_TRUST = timedelta(minutes=50)
#: How far before the post was queued the account's statuses are searched, for clocks that disagree.
CLOCK_SLACK = timedelta(minutes=5)
TIMELINE_PAGES = 5
PAGE_SIZE = 40  # the most Mastodon gives per page
DEFAULT_WAIT = timedelta(minutes=5)  # Mastodon's general API window, when a 429 says nothing more
MEDIA_WAIT = 60.0  # seconds to wait in total for the instance to process an uploaded image
MEDIA_POLL_DELAYS = (0.25, 0.5, 1.0, 2.0)  # then every 2 s until MEDIA_WAIT
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_REMOTE_MENTION = re.compile(r"(?<![\w/])@(\w+)@[\w.-]+\w")


# --------------------------------------------------------------------------------------------------
# Instance addresses and facts


class MastodonSignInError(SignInError):
    """Connecting a Mastodon account failed; ``user_message`` never holds a secret."""


def instance_url(text: str) -> str:
    """The instance's base URL from what a person typed: a host, a URL, or a handle like @me@host.

    Plain http:// is accepted only for this computer (a test server): a token must never travel in clear.
    """
    value = (text or "").strip()
    handle = re.fullmatch(r"@?[\w.-]+@([\w.-]+\w(?::\d+)?)", value)
    if handle:
        value = handle.group(1)
    if value and "://" not in value:
        value = "https://" + value
    try:
        parts = urlsplit(value)
        host = parts.hostname
        port = parts.port
    except ValueError:  # e.g. "http://[::1": an unclosed bracket or a port that isn't a number
        raise MastodonSignInError(
            SignInProblem.BAD_ADDRESS,
            QT_TRANSLATE_NOOP(
                "core.mastodon", "“{address}” is not a web address. Type it like mastodon.social."
            ).format(address=redact(text.strip())),
        ) from None
    if not value:
        raise MastodonSignInError(
            SignInProblem.BAD_ADDRESS,
            QT_TRANSLATE_NOOP(
                "core.mastodon", "Type the address of your Mastodon server, like mastodon.social."
            ),
        )
    if parts.scheme not in ("http", "https") or not host or parts.username or parts.password:
        raise MastodonSignInError(
            SignInProblem.BAD_ADDRESS,
            QT_TRANSLATE_NOOP(
                "core.mastodon",
                "Crier can't use “{address}” as a Mastodon server address. Type it like "
                "mastodon.social or https://social.example.gov.uk.",
            ).format(address=redact(text.strip())),
        )
    if parts.scheme == "http" and not is_loopback_host(host):
        raise MastodonSignInError(
            SignInProblem.BAD_ADDRESS,
            QT_TRANSLATE_NOOP(
                "core.mastodon",
                "The address for {host} must start with https:// so the sign-in can't be read on the way. "
                "Type it without http://, or with https://.",
            ).format(host=host),
        )
    netloc = f"[{host}]" if ":" in host else host
    return f"{parts.scheme}://{netloc}{f':{port}' if port else ''}"


@dataclass(frozen=True, slots=True)
class InstanceInfo:
    """What an instance says about itself that changes how posts are counted and sent."""

    domain: str
    version: str
    char_limit: int = DEFAULT_CHAR_LIMIT
    url_length: int = DEFAULT_URL_LENGTH
    max_images: int = DEFAULT_MAX_IMAGES
    max_image_bytes: int = DEFAULT_MAX_IMAGE_BYTES

    def settings(self) -> dict[str, Any]:
        """The account settings the live counts and the publisher read."""
        return {
            "char_limit": self.char_limit,
            "url_length": self.url_length,
            "max_images": self.max_images,
            "max_image_bytes": self.max_image_bytes,
            "domain": self.domain,
            "mastodon_version": self.version,
        }


def read_instance(api: Mastodon, base_url: str) -> InstanceInfo:
    """``/api/v2/instance`` limits, falling back to Mastodon's defaults (500, 23) when it can't be read."""
    host = urlsplit(base_url).hostname or base_url
    try:
        data = api.instance_v2()
    except MastodonRatelimitError:
        raise
    except (MastodonError, ValueError, TypeError, KeyError) as exc:
        log.info(
            "Mastodon instance %s: no /api/v2/instance (%s); using default limits", host, type(exc).__name__
        )
        return InstanceInfo(domain=host, version="")
    if not isinstance(data, Mapping):
        return InstanceInfo(domain=host, version="")
    config = _mapping(data.get("configuration"))
    statuses = _mapping(config.get("statuses"))
    media = _mapping(config.get("media_attachments"))
    return InstanceInfo(
        domain=str(data.get("domain") or host),
        version=str(data.get("version") or ""),
        char_limit=_positive(statuses.get("max_characters"), DEFAULT_CHAR_LIMIT),
        url_length=_positive(statuses.get("characters_reserved_per_url"), DEFAULT_URL_LENGTH),
        max_images=_positive(statuses.get("max_media_attachments"), DEFAULT_MAX_IMAGES),
        max_image_bytes=_positive(media.get("image_size_limit"), DEFAULT_MAX_IMAGE_BYTES),
    )


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _positive(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else default


def client(
    session: requests.Session,
    base_url: str,
    access_token: Secret | None = None,
    *,
    timeout: tuple[float, float] = REQUEST_TIMEOUT,
) -> Mastodon:
    """A Mastodon.py client on the app's session (proxy, certificates) that never sleeps on a 429.

    Mastodon.py picks ``/api/v2/media`` by the server's version; every instance Crier supports has it,
    so the version is stated rather than fetched (which would cost two requests per post).
    """
    api = Mastodon(
        access_token=access_token.reveal() if access_token else None,
        api_base_url=base_url,
        session=session,
        ratelimit_method="throw",
        request_timeout=timeout,  # type: ignore[arg-type]  # requests takes (connect, read)
        mastodon_version="4.0.0",
        version_check_mode="none",
        user_agent=USER_AGENT,
    )
    api.mastodon_major, api.mastodon_minor, api.mastodon_patch = 4, 0, 0
    return api


#: Mastodon.py's one request helper behind every endpoint method (auth, session, timeout, rate-limit
#: headers, its exceptions), by its mangled private name; ``post_status`` falls back to ``status_post``
#: if a Mastodon.py release no longer has it (a test says so for the one installed).
_REQUEST = "_Mastodon__api_request"


def post_status(
    api: Mastodon,
    text: str,
    *,
    in_reply_to_id: str | None,
    media_ids: list[str] | None,
    visibility: str,
    language: str | None,
    idempotency_key: str,
) -> Mapping[str, Any]:
    """POST /api/v1/statuses as ``api.status_post`` sends it, answered as the plain JSON object.

    ``status_post`` casts the answer into Mastodon.py's typed ``Status`` (every nested account, emoji and
    date, dates through dateutil): about 2 ms of CPU per post, two thirds of Crier's whole cost of the
    request, for an object of which the publisher reads only ``id`` and ``url``. The same request through
    the same helper with ``override_type=dict`` skips only that cast; everything else, errors included,
    is Mastodon.py's.
    """
    request = getattr(api, _REQUEST, None)
    if request is None:
        return api.status_post(
            text,
            in_reply_to_id=in_reply_to_id,
            media_ids=media_ids,
            visibility=visibility,
            language=language,
            idempotency_key=idempotency_key,
        )
    params: dict[str, Any] = {"status": text}  # the form fields status_post makes, in its order
    if in_reply_to_id is not None:
        params["in_reply_to_id"] = in_reply_to_id
    params["sensitive"] = "0"
    params["visibility"] = visibility
    if language is not None:
        params["language"] = language
    if media_ids is not None:
        params["media_ids[]"] = media_ids
    headers = {"Idempotency-Key": idempotency_key}
    return request("POST", "/api/v1/statuses", params, headers=headers, override_type=dict)


# -- helpers -----------------------------------------------------------------------------------------


def _id(value: Any) -> str:
    """An entity's id as text (Mastodon.py turns numeric ids into ints); "" when there is none.

    Mastodon's ids are decimal; other servers speaking its API use letters and digits (Pleroma's
    flake ids, GoToSocial's ULIDs). Anything else (an object, "1 OR 1=1") is not an id.
    """
    if not isinstance(value, Mapping):
        return ""
    raw = value.get("id")
    if isinstance(raw, bool) or not isinstance(raw, str | int):
        return ""
    text = str(raw).strip()
    return text if _ID.match(text) else ""


def _api_error(exc: BaseException) -> tuple[int | None, str]:
    """(HTTP status, the server's own words) from a MastodonAPIError anywhere in the chain."""
    for item in exception_chain(exc):
        if isinstance(item, MastodonAPIError) and len(item.args) >= 4 and isinstance(item.args[1], int):
            said = item.args[3] if isinstance(item.args[3], str) else ""
            return item.args[1], said.strip()
    return None, ""


def _sentence(text: str) -> str:
    text = " ".join(text.split())[:300]
    return text if text.endswith((".", "!", "?")) else text + "."


def _utc(timestamp: float) -> datetime:
    return datetime.fromtimestamp(timestamp, UTC).replace(tzinfo=None)


def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.astimezone(UTC).replace(tzinfo=None) if parsed.tzinfo else parsed


def _as_utc(value: Any) -> datetime | None:
    """Naive UTC from what Mastodon.py gives for created_at (a datetime) or the raw ISO text."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
    return _parse_time(value)
