"""Posting to X through its API v2, with tweepy's ``Client`` on the app's session.

Exactly once on X: X has no idempotency key, so nothing is committed before the first attempt
(``prepare()`` returns ``{}``) and a retry can't be told apart from a new post by X itself. After an
ambiguous failure (a read timeout, a connection dropped after the request went out, a 5xx answer to
``POST /2/tweets``, which X sometimes gives after creating the post) or a crash mid-request,
``find_landed()`` reads the account's own recent posts (``GET /2/users/:id/tweets`` since the part's
first attempt, which the engine records before the request, less ``CLOCK_SLACK`` for a clock ahead of
X's) and looks for one with the same text and the same reply parent that no other post in the outbox has
recorded (the same text queued twice on purpose is not this post). If the account's API tier can't read
its timeline (403, 402 or 429 on that endpoint) it answers None and the retry relies on X refusing
duplicate content with a 403: after an uncertain attempt of this part ``publish()`` then looks at the
timeline once more and, if the post is still not visible there, reports it as ``Published(remote_id="")``
with the note "Already posted on X earlier; the link is unknown." A thread can't continue from a part whose
id is unknown, so the next part then stops with NEEDS_ATTENTION instead of being posted unattached. A
duplicate whose visible copies are all older than this part's first attempt or another outbox post's, or
with none visible and no uncertain attempt before it, is the user's repeat and goes back for editing.

Residual risk (X gives no handle on a post but its id): the same words and parent posted *outside* Crier
within ``CLOCK_SLACK`` before an uncertain attempt that did not land are taken for it; without timeline
access, X's duplicate answer to a repeat whose first request was lost is taken as this one landing.

Every failure is classified once, in ``answers.classify``, into a ``PublishError`` kind; tweepy's own
rate-limit sleeping is never used and nothing here sleeps.
"""

from __future__ import annotations

import contextlib
import html
import logging
import re
import time
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar, TypeVar

import requests
import tweepy
import urllib3.exceptions
from tweepy.auth import OAuth1UserHandler

from desktop.core.accounts import Accounts, AccountView
from desktop.core.attachments import Attachment
from desktop.core.credentials import CredentialsUnavailable, SecretStore
from desktop.core.net import X_API_BASE
from desktop.core.networks.failures import network_failure
from desktop.core.networks.publishing import (
    AccountInfo,
    ErrorKind,
    Limits,
    PartRequest,
    Published,
    PublishError,
    local_time,
    malformed_answer,
    parent_unknown_error,
    read_image,
)
from desktop.core.networks.registry import PublisherContext
from desktop.core.networks.x.answers import Duplicate, TimelineUnreadable, classify
from desktop.core.networks.x.api import (
    OAUTH1,
    Credentials,
    OAuth1Keys,
    OAuth2Tokens,
    XAuthError,
    XAuthProblem,
    client_for,
)
from desktop.core.networks.x.tokens import OAuth2Keeper, load_credentials
from desktop.core.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

T = TypeVar("T")

MEDIA_UPLOAD_URL = f"{X_API_BASE}/2/media/upload"
MEDIA_METADATA_URL = f"{X_API_BASE}/2/media/metadata"
POST_URL = "https://x.com/{handle}/status/{id}"
DUPLICATE_NOTE = "Already posted on X earlier; the link is unknown."
#: How far before the post was queued the timeline is searched, for clocks that disagree.
CLOCK_SLACK = timedelta(minutes=5)
TIMELINE_PAGES = 5  # of 100 posts each
ALT_TEXT_LIMIT = 1000

_URL = re.compile(r"https?://\S+", re.IGNORECASE)
#: X's ids (posts, users, media) are 64-bit snowflakes written in decimal.
_ID = re.compile(r"^[0-9]{1,20}$")


class XPublisher:
    network: ClassVar[str] = "x"

    def __init__(
        self,
        account: AccountView,
        accounts: Accounts,
        secrets: SecretStore,
        session: requests.Session,
        *,
        client_id: str = "",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.account = account
        self._session = session
        self._clock = clock
        self._keeper: OAuth2Keeper | None = None
        self._oauth1: OAuth1Keys | None = None
        #: Parts whose earlier attempt was uncertain, met by find_landed in this run: only their duplicate
        #: answer can be their own earlier attempt.
        self._uncertain: set[tuple[int, int]] = set()
        with _credentials_errors():
            if account.auth_kind == OAUTH1:
                keys = load_credentials(account, secrets)
                assert isinstance(keys, OAuth1Keys)
                self._oauth1 = keys
            else:
                tokens = load_credentials(account, secrets)  # once a run (refreshing waits for a request)
                self._keeper = OAuth2Keeper(
                    account, accounts, secrets, session, client_id=client_id, tokens=tokens, clock=clock
                )

    def __repr__(self) -> str:
        return f"XPublisher({self.account.handle!r}, {self.account.auth_kind or 'oauth2'})"

    # -- the Publisher protocol --------------------------------------------------------------------

    def verify(self) -> AccountInfo:
        response = self._call("GET /2/users/me", lambda client, user_auth: client.get_me(user_auth=user_auth))
        user = response.data
        if user is None:
            raise PublishError(
                ErrorKind.NEEDS_SIGN_IN,
                QT_TRANSLATE_NOOP(
                    "core.x",
                    "X didn't say who the sign-in for {handle} belongs to. "
                    "Connect the account again in Accounts.",
                ).format(handle=self.account.handle),
                detail="GET /2/users/me: no data",
            )
        if not _x_id(getattr(user, "id", None)):
            raise malformed_answer("X", "GET /2/users/me", write=False, detail="user id")
        return AccountInfo(_x_id(user.id), f"@{user.username}", str(user.name or ""))

    def limits(self) -> Limits:
        return Limits(chars=280, url_length=23, max_images=4, max_image_bytes=5 * 1024 * 1024)

    def prepare(self, part: PartRequest) -> Mapping[str, Any]:
        """X has no idempotency key: nothing to commit (see the module docstring)."""
        return {}

    def upload_media(self, item: Attachment) -> str:
        """POST /2/media/upload (one request, multipart), then POST /2/media/metadata for the alt text.

        tweepy 4.17 only knows the retired v1.1 upload, so these go through the same session with the
        same credentials as the client's calls.
        """
        data, mime = read_image(item, "X")
        files = {"media": (item.path.name, data, mime)}
        form = {"media_category": "tweet_image"}
        answer = self._direct("POST /2/media/upload", "POST", MEDIA_UPLOAD_URL, files=files, data=form)
        created = answer.get("data") if isinstance(answer, dict) else None
        media_id = _x_id(created.get("id") if isinstance(created, dict) else None)
        if not media_id:
            raise PublishError(
                ErrorKind.RETRY_LATER,
                QT_TRANSLATE_NOOP(
                    "core.x", "X accepted the image but didn't say how to refer to it. Crier will try again."
                ),
                detail="POST /2/media/upload: no data.id",
            )
        if item.alt_text.strip():
            alt = {"text": item.alt_text.strip()[:ALT_TEXT_LIMIT]}
            body = {"id": media_id, "metadata": {"alt_text": alt}}
            self._direct("POST /2/media/metadata", "POST", MEDIA_METADATA_URL, json=body)
        return media_id

    def publish(self, part: PartRequest) -> Published:
        if part.parent_unknown:
            raise parent_unknown_error(
                part,
                "X",
                how=QT_TRANSLATE_NOOP("core.x", " (reply to your last post)"),
                detail="thread parent id unknown after a duplicate-content answer",
            )

        def create(client: tweepy.Client, user_auth: bool) -> Any:
            return client.create_tweet(
                text=part.text,
                in_reply_to_tweet_id=part.reply_to or None,
                media_ids=list(part.media_ids) or None,
                user_auth=user_auth,
            )

        try:
            response = self._call("POST /2/tweets", create, write=True)
        except Duplicate:
            return self._after_duplicate(part)
        data = getattr(response, "data", None)
        tweet_id = _x_id(data.get("id") if isinstance(data, dict) else None)
        if not tweet_id:
            raise malformed_answer("X", "POST /2/tweets", write=True, detail=f"data {type(data).__name__}")
        return Published(tweet_id, self._url(tweet_id))

    def find_landed(self, part: PartRequest) -> Published | None:
        """The post made by an earlier attempt of this part, from the account's own timeline, or None."""
        self._uncertain.add((part.post_id, part.index))
        since = part.not_before - CLOCK_SLACK if part.not_before else None
        matches = self._matches(part, since)
        if matches is None or not matches:
            return None
        tweet_id, _ = matches[-1]  # the oldest: the first attempt that landed
        log.info("Post %s part %s was already on X as %s", part.post_id, part.index, tweet_id)
        return Published(tweet_id, self._url(tweet_id))

    # -- duplicates ----------------------------------------------------------------------------

    def _after_duplicate(self, part: PartRequest) -> Published:
        """X says this text is a duplicate: ours from an earlier attempt, or an older post of the user's?"""
        uncertain = (part.post_id, part.index) in self._uncertain
        matches = self._matches(part, None, pages=3, keep_taken=True)
        if matches or not uncertain:
            since = part.not_before - CLOCK_SLACK if part.not_before else None
            ours = [
                (i, at)
                for i, at in matches or []
                if (since is None or at is None or at >= since) and not part.is_taken(i)
            ]
            if ours:
                tweet_id = ours[-1][0]
                return Published(tweet_id, self._url(tweet_id))
            posted = matches[0][1] if matches else None
            when = local_time(posted) if posted else QT_TRANSLATE_NOOP("core.x", "earlier")
            raise PublishError(
                ErrorKind.NEEDS_EDITING,
                QT_TRANSLATE_NOOP(
                    "core.x",
                    "X refused this post because {handle} already posted the same text ({when}). "
                    "Change the wording a little, then send it again.",
                ).format(handle=self.account.handle, when=when),
                ambiguous=uncertain,  # (Retry still looks for this part's own before sending)
                detail="403 duplicate content of an older post or of another outbox post",
            )
        log.info("Post %s part %s: X says duplicate; not visible on the timeline", part.post_id, part.index)
        return Published("", "", note=DUPLICATE_NOTE)

    def _matches(
        self,
        part: PartRequest,
        since: datetime | None,
        *,
        pages: int = TIMELINE_PAGES,
        keep_taken: bool = False,
    ) -> list[tuple[str, datetime | None]] | None:
        """(id, created_at) of the account's posts matching the part, newest first; None if unreadable.
        Posts recorded for another outbox post are left out unless ``keep_taken``."""
        if part.parent_unknown:
            return []
        user_id = self.account.remote_id or self.verify().remote_id
        wanted = _comparable(part.text)
        found: list[tuple[str, datetime | None]] = []
        token: str | None = None
        for _ in range(pages):
            params: dict[str, Any] = {
                "max_results": 100,
                "tweet_fields": ["created_at", "referenced_tweets", "entities"],
            }
            if since is not None:
                params["start_time"] = since
            if token:
                params["pagination_token"] = token

            def page(client: tweepy.Client, user_auth: bool, params: dict[str, Any] = params) -> Any:
                return client.get_users_tweets(user_id, user_auth=user_auth, **params)

            try:
                response = self._call("GET /2/users/:id/tweets", page)
            except TimelineUnreadable as unreadable:
                log.info("Can't read the timeline of %s: %s", self.account.handle, unreadable)
                return None
            data = response.data if isinstance(response.data, list) else []
            for tweet in data:
                raw = getattr(tweet, "data", None)
                if not isinstance(raw, dict) or not _x_id(raw.get("id")):
                    continue
                if (
                    _parent(raw) == (part.reply_to or None)
                    and _comparable(_expanded(raw)) == wanted
                    and (keep_taken or not part.is_taken(_x_id(raw["id"])))
                ):
                    found.append((_x_id(raw["id"]), _parse_time(raw.get("created_at"))))
            meta = response.meta if isinstance(response.meta, dict) else {}
            token = meta.get("next_token") if isinstance(meta.get("next_token"), str) else None
            if not token:
                break
        return found

    # -- requests --------------------------------------------------------------------------------

    def _credentials(self, refresh_after: Credentials | None = None) -> Credentials:
        """Current credentials; after a 401 (``refresh_after``) OAuth 2.0 renews once."""
        if self._oauth1 is not None:
            return self._oauth1
        assert self._keeper is not None
        with _credentials_errors():
            if isinstance(refresh_after, OAuth2Tokens):
                return self._keeper.refresh(refresh_after.access_token)
            return self._keeper.tokens()

    def _call(self, doing: str, call: Callable[[tweepy.Client, bool], T], *, write: bool = False) -> T:
        """Run a tweepy call; on a 401 with OAuth 2.0, renew the token and try exactly once more."""
        credentials = self._credentials()
        for attempt in (1, 2):
            client, user_auth = client_for(self._session, credentials)
            try:
                return call(client, user_auth)
            except tweepy.Unauthorized as exc:
                if attempt == 1 and isinstance(credentials, OAuth2Tokens):
                    log.info("%s: X said 401; renewing the sign-in once", doing)
                    credentials = self._credentials(refresh_after=credentials)
                    continue
                raise self._classify_response(exc.response, doing, write=write) from None
            except tweepy.HTTPException as exc:
                raise self._classify_response(exc.response, doing, write=write) from None
            except (requests.RequestException, OSError, urllib3.exceptions.HTTPError) as exc:
                raise network_failure(exc, doing, write=write) from None
            except (ValueError, TypeError, KeyError, AttributeError) as exc:  # tweepy choked on the answer
                raise malformed_answer("X", doing, write=write, detail=type(exc).__name__) from None
        raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises

    def _direct(self, doing: str, method: str, url: str, **kwargs: Any) -> Any:
        """A request tweepy can't make, sent on the same session with the same credentials."""
        credentials = self._credentials()
        for attempt in (1, 2):
            headers = {"Accept": "application/json"}
            auth = None
            if isinstance(credentials, OAuth2Tokens):
                headers["Authorization"] = f"Bearer {credentials.access_token.reveal()}"
            else:
                auth = OAuth1UserHandler(
                    credentials.consumer_key.reveal(),
                    credentials.consumer_secret.reveal(),
                    credentials.access_token.reveal(),
                    credentials.access_token_secret.reveal(),
                ).apply_auth()
            try:
                response = self._session.request(method, url, headers=headers, auth=auth, **kwargs)
            except (requests.RequestException, OSError, urllib3.exceptions.HTTPError) as exc:
                raise network_failure(exc, doing, write=False) from None
            if response.status_code == 401 and attempt == 1 and isinstance(credentials, OAuth2Tokens):
                log.info("%s: X said 401; renewing the sign-in once", doing)
                credentials = self._credentials(refresh_after=credentials)
                continue
            if not response.ok:
                raise self._classify_response(response, doing, write=False)
            try:
                return response.json()
            except ValueError:
                return {}
        raise AssertionError("unreachable")  # pragma: no cover

    def _classify_response(self, response: Any, doing: str, *, write: bool) -> Exception:
        return classify(response, doing, write=write, handle=self.account.handle, now=self._clock())

    def _url(self, tweet_id: str) -> str:
        return POST_URL.format(handle=self.account.handle.lstrip("@"), id=tweet_id)


@contextlib.contextmanager
def _credentials_errors() -> Iterator[None]:
    """Turn sign-in and keyring failures met while getting credentials into PublishErrors."""
    try:
        yield
    except CredentialsUnavailable as exc:
        raise PublishError(ErrorKind.NEEDS_SIGN_IN, exc.user_message, detail=exc.detail) from None
    except XAuthError as exc:
        raise _from_auth(exc) from None


def _from_auth(error: XAuthError) -> PublishError:
    kind = {
        XAuthProblem.NEEDS_SIGN_IN: ErrorKind.NEEDS_SIGN_IN,
        XAuthProblem.REJECTED: ErrorKind.NEEDS_SIGN_IN,
        XAuthProblem.NETWORK: ErrorKind.RETRY_LATER,
        XAuthProblem.RATE_LIMITED: ErrorKind.RETRY_LATER,
    }.get(error.problem, ErrorKind.NEEDS_ATTENTION)
    return PublishError(kind, error.user_message, detail=error.detail)


# -- reading X's answers -----------------------------------------------------------------------------


def _x_id(value: Any) -> str:
    """An X id as text, or "" for anything that isn't one (a dict, a list, "1 OR 1=1", a bool)."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return ""
    text = str(value)
    return text if _ID.match(text) else ""


def _parent(raw: Mapping[str, Any]) -> str | None:
    for ref in raw.get("referenced_tweets") or []:
        if isinstance(ref, dict) and ref.get("type") == "replied_to":
            return str(ref.get("id"))
    return None


def _expanded(raw: Mapping[str, Any]) -> str:
    """The post's text as written: X's t.co links put back to the links the user typed."""
    text = str(raw.get("text", ""))
    for url in (raw.get("entities") or {}).get("urls") or []:
        if isinstance(url, dict) and url.get("url") and url.get("expanded_url"):
            text = text.replace(str(url["url"]), str(url["expanded_url"]), 1)
    return text


def _comparable(text: str) -> str:
    """Text as compared with the timeline: X escapes &<>, shortens links and may trim whitespace."""
    text = unicodedata.normalize("NFC", html.unescape(text)).replace("\r\n", "\n")
    return _URL.sub("\u2063link\u2063", text).strip()


def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC).replace(tzinfo=None)
    except ValueError:
        return None


def build(context: PublisherContext) -> XPublisher:
    """The registry's entry point: raises PublishError(NEEDS_SIGN_IN) when the account has no credentials."""
    return XPublisher(
        context.account,
        context.accounts,
        context.secrets,
        context.session,
        client_id=str(context.settings.get("x.client_id") or ""),
    )
