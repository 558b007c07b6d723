"""Posting to Mastodon with Mastodon.py on the app's session (connecting accounts: ``sign_in``).

Exactly once on Mastodon: ``prepare()`` picks a random ``Idempotency-Key`` for each part and notes the
time; the engine commits both before the first attempt, and every attempt of that part sends the same
key. Mastodon remembers a key per account for one hour and answers a repeat with the status it already
made, so within that hour a retry *is* the lookup: ``find_landed()`` returns None and the retry either
makes the status or gets the existing one back. Past ``KEY_TRUST`` (50 minutes, under the hour) since the
first attempt the key may be forgotten, so ``find_landed()`` and ``publish()`` itself (a later attempt
need not be flagged as following an ambiguous one) first search the account's own statuses since the
part's first attempt began (``GET /api/v1/accounts/:id/statuses``) for one replying to the same parent
with the same text that no other post in the outbox has recorded (a repeat made on purpose is not this
one), and return it instead of posting again. ``CLOCK_SLACK`` (5 minutes) before the first attempt is
searched too, for a computer clock ahead of the server's. The residual risk: a status with the same words
and parent made *outside* Crier in those minutes, when this part's own attempt did not land, is taken for
it (once the key is forgotten Mastodon gives no exact handle). Threads keep their order as each part replies
to the id recorded for the part before it. Media uploads have no key: an upload whose answer was lost is
repeated, leaving at most an unattached copy, which Mastodon deletes by itself.

Every failure is classified once, here, into a ``PublishError`` kind. Mastodon.py never sleeps on a
rate limit (``ratelimit_method="throw"``): a 429 becomes WAIT_UNTIL at the ``X-RateLimit-Reset`` time.
This module never imports Qt.
"""

from __future__ import annotations

import functools
import html
import html.parser
import logging
import secrets as random_secrets
import time
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any, ClassVar
from urllib.parse import urlsplit

import requests
from mastodon import MastodonAPIError, MastodonError, MastodonNetworkError, MastodonRatelimitError

from desktop.core.accounts import AccountView
from desktop.core.attachments import Attachment
from desktop.core.credentials import CredentialsUnavailable, SecretStore
from desktop.core.net import redact
from desktop.core.networks.failures import network_failure, server_trouble
from desktop.core.networks.mastodon.api import (
    _LANGUAGE,
    _REMOTE_MENTION,
    CLOCK_SLACK,
    DEFAULT_CHAR_LIMIT,
    DEFAULT_MAX_IMAGE_BYTES,
    DEFAULT_MAX_IMAGES,
    DEFAULT_URL_LENGTH,
    DEFAULT_WAIT,
    KEY_TRUST,
    MEDIA_POLL_DELAYS,
    MEDIA_WAIT,
    NETWORK,
    PAGE_SIZE,
    REQUEST_TIMEOUT,
    TIMELINE_PAGES,
    VISIBILITIES,
    MastodonSignInError,
    T,
    _api_error,
    _as_utc,
    _id,
    _parse_time,
    _positive,
    _sentence,
    _utc,
    client,
    instance_url,
    post_status,
)
from desktop.core.networks.publishing import (
    AccountInfo,
    ErrorKind,
    Limits,
    PartRequest,
    Published,
    PublishError,
    parent_unknown_error,
    read_image,
    reset_time,
    wait_until_error,
)
from desktop.core.networks.registry import PublisherContext
from desktop.core.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------------------------------
# Publishing


class MastodonPublisher:
    network: ClassVar[str] = NETWORK

    def __init__(
        self,
        account: AccountView,
        secrets: SecretStore,
        session: requests.Session,
        *,
        timeout: tuple[float, float] = REQUEST_TIMEOUT,
        clock: Callable[[], float] = time.time,
        pause: Callable[[float], object] = time.sleep,
    ) -> None:
        self.account = account
        self._clock = clock
        self._pause = pause
        try:
            self.base_url = instance_url(account.service_url)
        except MastodonSignInError as exc:
            raise PublishError(
                ErrorKind.NEEDS_SIGN_IN,
                QT_TRANSLATE_NOOP(
                    "core.mastodon",
                    "Crier can't use the server address saved for {handle}. Connect the account again "
                    "in Accounts; its posts will wait until then.",
                ).format(handle=account.handle),
                detail=exc.user_message,
            ) from None
        try:
            token = secrets.get(account.key, "access_token")
        except CredentialsUnavailable as exc:
            raise PublishError(ErrorKind.NEEDS_SIGN_IN, exc.user_message, detail=exc.detail) from None
        if token is None or not token:
            raise PublishError(
                ErrorKind.NEEDS_SIGN_IN,
                QT_TRANSLATE_NOOP(
                    "core.mastodon",
                    "Crier has no access token for {handle}. Connect the account again in Accounts; "
                    "its posts will wait until then.",
                ).format(handle=account.handle),
                detail="no access_token entry in the keyring",
            )
        self._api = client(session, self.base_url, token, timeout=timeout)
        self.host = urlsplit(self.base_url).hostname or self.base_url

    def __repr__(self) -> str:
        return f"MastodonPublisher({self.account.handle!r})"

    # -- the Publisher protocol --------------------------------------------------------------------

    def verify(self) -> AccountInfo:
        me = self._call("GET /api/v1/accounts/verify_credentials", self._api.account_verify_credentials)
        remote_id = _id(me)
        if not remote_id:
            raise self._garbage("GET /api/v1/accounts/verify_credentials", write=False)
        domain = str(self.account.settings.get("domain") or self.host)
        return AccountInfo(remote_id, f"@{me.get('username')}@{domain}", str(me.get("display_name") or ""))

    def limits(self) -> Limits:
        settings = self.account.settings
        return Limits(
            chars=_positive(settings.get("char_limit"), DEFAULT_CHAR_LIMIT),
            url_length=_positive(settings.get("url_length"), DEFAULT_URL_LENGTH),
            max_images=_positive(settings.get("max_images"), DEFAULT_MAX_IMAGES),
            max_image_bytes=_positive(settings.get("max_image_bytes"), DEFAULT_MAX_IMAGE_BYTES),
        )

    def prepare(self, part: PartRequest) -> Mapping[str, Any]:
        """The part's Idempotency-Key and when it was chosen (the first attempt follows at once)."""
        return {
            "idempotency_key": random_secrets.token_hex(16),
            "first_attempt_at": _utc(self._clock()).isoformat(),
        }

    def upload_media(self, item: Attachment) -> str:
        """POST /api/v2/media with the alt text, then poll (bounded) until the instance has processed it."""
        data, mime = read_image(item, "Mastodon")
        description = item.alt_text.strip() or None
        doing = "POST /api/v2/media"
        media = self._call(
            doing,
            lambda: self._api.media_post(
                data, mime_type=mime, description=description, file_name=item.path.name
            ),
            subject=item.path.name,
        )
        media_id = _id(media)
        if not media_id:
            raise self._garbage(doing, write=False)
        waited = 0.0
        delays = iter(MEDIA_POLL_DELAYS)
        while media.get("url") is None and waited < MEDIA_WAIT:
            delay = min(next(delays, MEDIA_POLL_DELAYS[-1] * 2), MEDIA_WAIT - waited)
            self._pause(delay)
            waited += delay
            media = self._call(
                "GET /api/v1/media/:id", lambda: self._api.media(media_id), subject=item.path.name
            )
            if not isinstance(media, Mapping):
                raise self._garbage("GET /api/v1/media/:id", write=False)
        if media.get("url") is None:
            # Posting will say "not finished processing" (422) and be retried; the id is kept meanwhile.
            log.info("Mastodon is still processing %s after %.0f s", item.path.name, waited)
        return media_id

    def publish(self, part: PartRequest) -> Published:
        if part.parent_unknown:
            raise parent_unknown_error(part, "Mastodon", detail="thread parent id unknown")
        key = str(part.idempotency.get("idempotency_key") or "")
        if not key or self._key_may_have_expired(part):
            landed = self._search(part)
            if landed is not None:
                return landed
            key = key or random_secrets.token_hex(16)
        # "en-GB" is sent as "en"; a bilingual post ("cy,en") as its first language: Mastodon takes one
        primary = part.language.split(",")[0].strip().split("-")[0].split("_")[0].lower()
        language = primary if _LANGUAGE.match(primary) else None
        doing = "POST /api/v1/statuses"
        status = self._call(
            doing,
            lambda: post_status(
                self._api,
                part.text,
                in_reply_to_id=part.reply_to or None,
                media_ids=list(part.media_ids) or None,
                visibility=self._visibility(),
                language=language,
                idempotency_key=key,
            ),
            write=True,
        )
        status_id = _id(status)
        if not status_id:
            raise self._garbage(doing, write=True)
        return Published(status_id, self._url(status))

    def find_landed(self, part: PartRequest) -> Published | None:
        """None while the part's key is fresh (the retry is the lookup); otherwise search the statuses."""
        if part.idempotency.get("idempotency_key") and not self._key_may_have_expired(part):
            return None
        return self._search(part)

    # -- exactly once --------------------------------------------------------------------------

    def _key_may_have_expired(self, part: PartRequest) -> bool:
        first = _parse_time(part.idempotency.get("first_attempt_at"))
        if first is None:
            return True
        age = _utc(self._clock()) - first
        return age > KEY_TRUST or age < -CLOCK_SLACK  # a clock set back a long way: don't trust it

    def _search(self, part: PartRequest) -> Published | None:
        """The account's status (since the part's first attempt) replying to the same parent with the same
        text and recorded for no other post (see the module docstring)."""
        since = part.not_before - CLOCK_SLACK if part.not_before else None
        account_id = self.account.remote_id or self.verify().remote_id
        wanted = _comparable(part.text)
        max_id: str | None = None
        match: Any = None
        for _ in range(TIMELINE_PAGES):
            page = self._call(
                "GET /api/v1/accounts/:id/statuses",
                functools.partial(
                    self._api.account_statuses,
                    account_id,
                    limit=PAGE_SIZE,
                    exclude_reblogs=True,
                    max_id=max_id,
                ),
                reading_statuses=True,
            )
            if not isinstance(page, list):
                raise self._garbage("GET /api/v1/accounts/:id/statuses", write=False)
            older = False
            for status in page:
                if not isinstance(status, Mapping) or not _id(status):
                    continue
                created = _as_utc(status.get("created_at"))
                if since is not None and created is not None and created < since:
                    older = True
                    continue
                parent = str(status.get("in_reply_to_id") or "") or None
                if (
                    parent == (part.reply_to or None)
                    and _comparable(_plain(status.get("content"))) == wanted
                    and not part.is_taken(_id(status))
                ):
                    match = status  # pages run newest first: the last match is the first attempt's
            if older or len(page) < PAGE_SIZE:
                break
            max_id = _id(page[-1])
        if match is None:
            return None
        log.info("Post %s part %s was already on Mastodon as %s", part.post_id, part.index, _id(match))
        return Published(_id(match), self._url(match))

    # -- requests and classification -----------------------------------------------------------

    def _call(
        self,
        doing: str,
        call: Callable[[], T],
        *,
        write: bool = False,
        subject: str = "",
        reading_statuses: bool = False,
    ) -> T:
        """Run one Mastodon.py call; every exception leaves as a classified PublishError."""
        try:
            return call()
        except MastodonRatelimitError as exc:
            raise self._rate_limited(exc, doing, write=write) from None
        except MastodonNetworkError as exc:
            raise network_failure(exc, doing, write=write) from None
        except MastodonAPIError as exc:
            raise self._classify(exc, doing, write=write, subject=subject, reading=reading_statuses) from None
        except MastodonError as exc:  # a bad argument or version check: a Crier bug, not the user's
            raise PublishError(
                ErrorKind.NEEDS_ATTENTION,
                QT_TRANSLATE_NOOP(
                    "core.mastodon", "Crier couldn't prepare this for {host}. Send the log file to IT."
                ).format(host=self.host),
                detail=f"{doing}: {type(exc).__name__} {redact(str(exc))[:200]}",
            ) from None
        except (ValueError, TypeError, KeyError, AttributeError) as exc:  # an answer Mastodon.py chokes on
            log.warning("%s: Mastodon.py couldn't read the answer (%s)", doing, type(exc).__name__)
            raise self._garbage(doing, write=write, detail=type(exc).__name__) from None

    def _rate_limited(self, exc: MastodonRatelimitError, doing: str, *, write: bool) -> PublishError:
        if "calculations failed" in str(exc):  # an X-RateLimit-Reset Mastodon.py couldn't read
            return self._garbage(doing, write=write, detail=str(exc)[:200])
        reset = getattr(self._api, "ratelimit_reset", None)
        now = self._clock()
        when = reset if isinstance(reset, int | float) and reset > now else now + DEFAULT_WAIT.total_seconds()
        retry_at = reset_time(when + 1, now, DEFAULT_WAIT)
        return wait_until_error(
            QT_TRANSLATE_NOOP(
                "core.mastodon", "The Mastodon server {host} is limiting how much {handle} can do for now."
            ).format(host=self.host, handle=self.account.handle),
            retry_at,
            detail=f"{doing}: HTTP 429",
        )

    def _classify(
        self, exc: MastodonAPIError, doing: str, *, write: bool, subject: str = "", reading: bool = False
    ) -> PublishError:
        """The one place a Mastodon answer other than success becomes a PublishError kind."""
        status, said = _api_error(exc)
        detail = f"{doing}: HTTP {status} {said}".strip()
        told = (
            QT_TRANSLATE_NOOP("core.mastodon", " {host} said: {said}").format(
                host=self.host, said=_sentence(said)
            )
            if said
            else ""
        )
        handle = self.account.handle
        if status is None:  # Mastodon.py couldn't parse the answer at all
            return self._garbage(
                doing, write=write, detail=redact(str(exc.args[0]) if exc.args else "")[:120]
            )
        if status == 401:
            return PublishError(
                ErrorKind.NEEDS_SIGN_IN,
                QT_TRANSLATE_NOOP(
                    "core.mastodon",
                    "The Mastodon server {host} no longer accepts Crier's access for {handle}. Connect "
                    "the account again in Accounts; its posts will wait until then.",
                ).format(host=self.host, handle=handle),
                detail=detail,
            )
        if status == 403 and "scope" in said.lower():
            what = (
                QT_TRANSLATE_NOOP("core.mastodon", "read its posts (to check what was already sent)")
                if reading
                else QT_TRANSLATE_NOOP("core.mastodon", "post for it")
            )
            return PublishError(
                ErrorKind.NEEDS_SIGN_IN,
                QT_TRANSLATE_NOOP(
                    "core.mastodon",
                    "The access Crier has for {handle} doesn't let it {what}. Connect the account again in "
                    "Accounts and allow everything Crier asks for.",
                ).format(handle=handle, what=what),
                detail=detail,
            )
        if status == 429:
            return self._rate_limited(MastodonRatelimitError("Hit rate limit."), doing, write=write)
        if status == 422:
            lowered = said.lower()
            if "finished processing" in lowered:
                return PublishError(
                    ErrorKind.RETRY_LATER,
                    QT_TRANSLATE_NOOP(
                        "core.mastodon",
                        "The Mastodon server {host} is still getting the images ready. "
                        "Crier will try again shortly.",
                    ).format(host=self.host),
                    detail=detail,
                )
            if "not found" in lowered and "media" in lowered:
                return PublishError(
                    ErrorKind.NEEDS_ATTENTION,
                    QT_TRANSLATE_NOOP(
                        "core.mastodon",
                        "The Mastodon server {host} no longer has the images uploaded for this post (they "
                        "expire if a post waits too long). Cancel this post and post the draft again.",
                    ).format(host=self.host),
                    detail=detail,
                )
            about = f" ({subject})" if subject else ""
            return PublishError(
                ErrorKind.NEEDS_EDITING,
                QT_TRANSLATE_NOOP(
                    "core.mastodon",
                    "The Mastodon server {host} refused this{about}.{told} Edit it, then send it again.",
                ).format(
                    host=self.host,
                    about=about,
                    told=told or QT_TRANSLATE_NOOP("core.mastodon", " It gave no reason."),
                ),
                detail=detail,
            )
        if status == 413:
            return PublishError(
                ErrorKind.NEEDS_EDITING,
                (
                    QT_TRANSLATE_NOOP(
                        "core.mastodon",
                        "The Mastodon server {host} refused {name} because it is too large. "
                        "Use a smaller image, then send it again.",
                    ).format(host=self.host, name=subject)
                    if subject
                    else QT_TRANSLATE_NOOP(
                        "core.mastodon",
                        "The Mastodon server {host} refused this because it is too large. "
                        "Use a smaller image, then send it again.",
                    ).format(host=self.host)
                ),
                detail=detail,
            )
        if status == 404 and doing == "POST /api/v1/statuses" and said.lower().startswith("record not found"):
            # Mastodon's own words: the Idempotency-Key points at the status an earlier attempt made, deleted
            # since. (Any other 404, such as a proxy's page, says nothing about an earlier attempt.)
            return PublishError(
                ErrorKind.NEEDS_ATTENTION,
                QT_TRANSLATE_NOOP(
                    "core.mastodon",
                    "An earlier attempt already posted this on {host}, and it has since been deleted "
                    "there, so Crier won't post it again. To post it anyway, send the draft again.",
                ).format(host=self.host),
                detail=detail,
            )
        if status == 404 and doing == "POST /api/v1/statuses" and "reply" in said.lower():
            return PublishError(
                ErrorKind.NEEDS_ATTENTION,
                QT_TRANSLATE_NOOP(
                    "core.mastodon",
                    "The post this part replies to is no longer on {host} (it may have been deleted), so "
                    "the thread can't continue. Post the rest from Mastodon, then mark this post as done.",
                ).format(host=self.host),
                detail=detail,
            )
        if not said and status in (403, 404):  # not Mastodon's JSON error: a proxy's or web filter's page
            return self._garbage(doing, write=write, detail=f"HTTP {status}")
        server = QT_TRANSLATE_NOOP("core.mastodon", "The Mastodon server {host}").format(host=self.host)
        trouble = server_trouble(status, server, write=write, detail=detail)
        if trouble is not None:
            return trouble
        return PublishError(
            ErrorKind.NEEDS_ATTENTION,
            QT_TRANSLATE_NOOP(
                "core.mastodon",
                "The Mastodon server {host} didn't allow this ({status}).{told} Check the post and the "
                "account, then send it again.",
            ).format(host=self.host, status=status, told=told),
            detail=detail,
        )

    def _garbage(self, doing: str, *, write: bool, detail: str = "") -> PublishError:
        """An answer that isn't Mastodon's: a Wi-Fi sign-in page, a proxy's error, a broken server."""
        return PublishError(
            ErrorKind.RETRY_LATER,
            QT_TRANSLATE_NOOP(
                "core.mastodon",
                "The server at {host} answered with something that isn't a Mastodon answer (a Wi-Fi or "
                "proxy sign-in page can do this). Crier will try again shortly.",
            ).format(host=self.host),
            ambiguous=write,
            detail=f"{doing}: unreadable answer {detail}".strip(),
        )

    def _visibility(self) -> str:
        chosen = str(self.account.settings.get("visibility") or "public")
        return chosen if chosen in VISIBILITIES else "public"

    def _url(self, status: Mapping[str, Any]) -> str:
        url = status.get("url") or status.get("uri")
        if isinstance(url, str) and url.startswith(("https://", "http://")):
            return url
        username = self.account.handle.lstrip("@").split("@", 1)[0]
        return f"{self.base_url}/@{username}/{_id(status)}"


class _Text(html.parser.HTMLParser):
    """Mastodon's status HTML back to text: paragraphs and <br> as line breaks, link text in full."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.out.append("\n")
        elif tag == "p" and self.out:
            self.out.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.out.append(data)


def _plain(content: Any) -> str:
    if not isinstance(content, str):
        return ""
    parser = _Text()
    parser.feed(content)
    parser.close()
    return "".join(parser.out)


def _comparable(text: str) -> str:
    """Text as compared with what Mastodon shows: remote mentions lose their domain, spacing is loose."""
    text = unicodedata.normalize("NFC", text)
    text = _REMOTE_MENTION.sub(lambda m: "@" + m.group(1), text)
    return " ".join(text.split())


def build(context: PublisherContext) -> MastodonPublisher:
    """The registry's entry point: raises PublishError(NEEDS_SIGN_IN) when the account has no token."""
    return MastodonPublisher(context.account, context.secrets, context.session)
