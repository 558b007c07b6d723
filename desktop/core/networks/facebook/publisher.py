"""Posting to a Facebook Page through the Graph API, with plain HTTP on the app's own session.

Connecting a Page: ``sign_in`` and ``login``; the Graph wire and its errors: ``api``.

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
and matches the message, skipping any post the outbox has recorded for another post (the same text
queued twice on purpose). Found: recorded as sent and never posted again. Not found: posted. When the
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
for editing. The residual risk (Graph gives no handle on a post but its id): the same text posted
*outside* Crier on the Page within two minutes (``CLOCK_SLACK``, after allowing for the clock difference
read from ``Date``) before an uncertain attempt that did not land would be taken for that attempt.

This module never imports Qt.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar

import requests

from desktop.core.accounts import AccountView
from desktop.core.attachments import Attachment
from desktop.core.credentials import CredentialsUnavailable, Secret, SecretStore
from desktop.core.networks.facebook.api import (
    CLOCK_SLACK,
    COARSE_SLACK,
    DUPLICATE_CODE,
    DUPLICATE_NOTE,
    FEED_PAGES,
    GRAPH_BASE,
    MAX_IMAGE_BYTES,
    MAX_IMAGES,
    MESSAGE_LIMIT,
    NETWORK,
    PAGE_SIZE,
    THE_PAGE,
    TOKEN_SECRET,
    UNCERTAIN,
    GraphRefusal,
    UnreadableAnswer,
    _Graph,
    _parse_created,
    _server_skew,
    classify,
    comparable,
    first_link,
    graph_id,
    post_url,
)
from desktop.core.networks.publishing import (
    AccountInfo,
    ErrorKind,
    Limits,
    PartRequest,
    Published,
    PublishError,
    local_time,
    read_image,
)
from desktop.core.networks.registry import PublisherContext
from desktop.core.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

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
            QT_TRANSLATE_NOOP(
                "core.facebook",
                "Crier has no saved access to the Facebook Page {page}. "
                "Connect it again in Accounts; its posts will wait until then.",
            ).format(page=account.display_name or account.handle),
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
        self._page = account.display_name or account.handle or THE_PAGE
        expires_at = float(account.settings.get("token_expires_at") or 0)
        if expires_at and expires_at <= clock():
            raise PublishError(
                ErrorKind.NEEDS_SIGN_IN,
                QT_TRANSLATE_NOOP(
                    "core.facebook",
                    "Crier's access to {page} ended at {when}. Connect the Page "
                    "again in Accounts; its posts will wait until then.",
                ).format(page=self._page, when=local_time(_utc(expires_at))),
                detail=f"token_expires_at {expires_at:.0f} has passed",
            )
        self._graph = _Graph(session, load_token(account, secrets), base)
        #: Parts whose earlier attempt was uncertain, met by find_landed in this run (see the docstring).
        self._uncertain: set[tuple[int, int]] = set()
        #: Parts whose search saw the same text as another post of the outbox (a repeat made on purpose).
        self._repeats: set[tuple[int, int]] = set()

    def __repr__(self) -> str:
        return f"FacebookPublisher({self.page_id!r}, {self._page!r})"

    # -- the Publisher protocol --------------------------------------------------------------------

    def verify(self) -> AccountInfo:
        body = self._call("GET", "me", doing="GET /me", params={"fields": "id,name"})
        if str(body.get("id") or "") != self.page_id:
            raise PublishError(
                ErrorKind.NEEDS_SIGN_IN,
                QT_TRANSLATE_NOOP(
                    "core.facebook",
                    "The saved access is no longer for {page}. Connect the Page again in Accounts.",
                ).format(page=self._page),
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

    def upload_media(self, item: Attachment) -> str:
        """An unpublished photo with its alt text; attached to the post by ``publish``."""
        data, mime = read_image(item, "Facebook")
        if len(data) > MAX_IMAGE_BYTES:
            raise PublishError(
                ErrorKind.NEEDS_EDITING,
                QT_TRANSLATE_NOOP(
                    "core.facebook",
                    "The image {name} is {size} MB; Facebook takes photos up to "
                    "{most} MB. Use a smaller copy, then send again.",
                ).format(
                    name=item.path.name,
                    size=f"{len(data) / 1_048_576:.1f}",
                    most=MAX_IMAGE_BYTES // 1_048_576,
                ),
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
                QT_TRANSLATE_NOOP(
                    "core.facebook",
                    "Facebook took the photo but didn't say how to refer to it. Crier will try again.",
                ),
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
                    QT_TRANSLATE_NOOP(
                        "core.facebook",
                        "The start of this post is on the Page but Crier doesn't know which post it is, "
                        "so the rest can't be added under it. "
                        "Add the rest by hand on Facebook, then Cancel this post.",
                    ),
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
                    QT_TRANSLATE_NOOP(
                        "core.facebook",
                        "Facebook answered without saying which post it made. "
                        "Crier will check and try again.",
                    ),
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
            QT_TRANSLATE_NOOP(
                "core.facebook",
                "{problem} Crier will check whether the post already went out before sending it again.",
            ).format(problem=error.message),
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
        engine keeps the check pending and a Retry looks again before anything is sent. When the only copy
        visible is another outbox post's (the same text queued twice), that copy explains the 506: the
        repeat goes back for editing, its check still pending.
        """
        if (part.post_id, part.index) in self._uncertain:
            try:
                found = self._search(part)
            except (GraphRefusal, PublishError):
                found = None
            if found is not None:
                url = post_url(found.remote_id) if part.index == 0 else ""
                return Published(found.remote_id, url, note=DUPLICATE_NOTE)
            if (part.post_id, part.index) not in self._repeats:
                raise PublishError(
                    ErrorKind.NEEDS_ATTENTION,
                    UNCERTAIN,
                    ambiguous=True,
                    detail=refusal.error.describe(refusal.doing),
                )
        # The user's repeat: no uncertain attempt, or the copy Facebook means is another outbox post's
        # (then ``ambiguous``, so a Retry still looks for this part's own before sending).
        raise PublishError(
            ErrorKind.NEEDS_EDITING,
            QT_TRANSLATE_NOOP(
                "core.facebook",
                "Facebook refused this post because {page} posted the same text very recently. Change "
                "the text, or Cancel this post if the earlier one is the one you wanted.",
            ).format(page=self._page),
            ambiguous=(part.post_id, part.index) in self._uncertain,
            detail=refusal.error.describe(refusal.doing),
        )

    def _search(self, part: PartRequest) -> _Found | None:
        # The earlier of this PC's "since" and the first attempt's recorded time: in team mode another PC,
        # whose clock may be off from ours, made the first attempt, and not_before is the team database's.
        bounds = [t for t in (float(part.idempotency.get("since") or 0), _epoch(part.not_before)) if t]
        since = min(bounds) if bounds else self._clock() - 86_400
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
                        if part.is_taken(graph_id(item["id"])):  # another post's: a repeat, not ours
                            self._repeats.add((part.post_id, part.index))
                        else:
                            found.append(_Found(graph_id(item["id"]), created))
                after = ((body.get("paging") or {}).get("cursors") or {}).get("after")
                more = bool((body.get("paging") or {}).get("next"))
                if not more or not isinstance(after, str) or not items:
                    break
                if oldest is not None and oldest < threshold:
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
