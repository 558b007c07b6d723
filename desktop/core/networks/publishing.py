"""The one seam every network implements, and the one classification of what went wrong.

The outbox drives a ``Publisher`` without knowing which network it is: it hands over one part of a
post at a time, with the idempotency material it committed before the first attempt, and reads back
either a ``Published`` or a ``PublishError`` whose ``kind`` tells it what to do next. Each network's
exactly-once rule lives in its publisher and is stated in that module's docstring.
"""

from __future__ import annotations

import logging
import math
import mimetypes
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, ClassVar, Protocol

from desktop.core.attachments import Attachment
from desktop.core.errors import CrierError
from desktop.core.translatable import QT_TRANSLATE_NOOP, Moment


class ErrorKind(StrEnum):
    RETRY_LATER = "retry_later"  # network trouble, 5xx: back off and try again
    WAIT_UNTIL = "wait_until"  # rate limited: try again at ``retry_at``
    NEEDS_SIGN_IN = "needs_sign_in"  # credentials rejected or missing: the account's queue pauses
    NEEDS_EDITING = "needs_editing"  # the network refused the content (too long, bad media): edit it
    NEEDS_ATTENTION = "needs_attention"  # anything a person must look at (no API credit, forbidden)


class PublishError(CrierError):
    """A failed call, classified once, with a message in the user's words.

    ``ambiguous`` means the request may have reached the network before the failure (a timeout or a
    dropped connection after sending), so the next attempt must first ask whether it landed.
    """

    def __init__(
        self,
        kind: ErrorKind,
        message: str,
        *,
        retry_at: datetime | None = None,
        ambiguous: bool = False,
        detail: str = "",
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.retry_at = retry_at
        self.ambiguous = ambiguous
        self.detail = detail

    def __repr__(self) -> str:
        return f"PublishError({self.kind.value!r}, {self.message!r}, ambiguous={self.ambiguous})"


@dataclass(frozen=True, slots=True)
class Limits:
    chars: int
    url_length: int | None = None  # what a link counts as, when the network shortens links
    max_images: int = 4
    max_image_bytes: int = 5_000_000


@dataclass(frozen=True, slots=True)
class AccountInfo:
    remote_id: str
    handle: str
    display_name: str = ""


@dataclass(frozen=True, slots=True)
class PartRequest:
    """One part of a post (one post, or one reply in a thread)."""

    post_id: int
    index: int  # 0-based position in the thread
    count: int
    text: str
    language: str
    reply_to: str | None  # remote id of the previous part, None for the first
    root: str | None  # remote id of the thread's first part
    media_ids: Sequence[str] = ()
    idempotency: Mapping[str, Any] = field(default_factory=dict)  # committed before the first attempt
    # When this part's first attempt began (durable before its request; naive UTC, our clock). A landing
    # search accepts no network post made before it, less the network's allowance for clock skew.
    not_before: datetime | None = None
    # Whether a remote id is already recorded for another post of this account: such a post is never this
    # one, however alike the text (a repeat posted on purpose). The outbox answers; None: nothing is.
    taken: Callable[[str], bool] | None = field(default=None, compare=False, repr=False)

    def is_taken(self, remote_id: str) -> bool:
        """``taken``'s answer (False when the outbox gave no way to ask)."""
        return self.taken is not None and bool(remote_id) and self.taken(remote_id)

    @property
    def parent_unknown(self) -> bool:
        """A later part whose previous part's id was never learned, so it can't be posted as a reply."""
        return self.index > 0 and not self.reply_to


@dataclass(frozen=True, slots=True)
class Published:
    remote_id: str
    url: str = ""
    note: str = ""  # e.g. "posted earlier; link unknown" when a duplicate answer proved it landed


def taken_error(network: str, handle: str, remote_id: str) -> PublishError:
    """A landing check matched a network post the outbox holds for another post (the database refused to
    record it twice): not sent, and the check stays pending so Retry looks again before sending."""
    return PublishError(
        ErrorKind.NEEDS_ATTENTION,
        QT_TRANSLATE_NOOP(
            "core.publishing",
            "Crier found a post with these words on {network}, but it is an earlier post from the outbox, "
            "so this one wasn't counted as sent. Check {handle}: if this post isn't there, Retry sends it; "
            "if it is, Cancel it here.",
        ).format(network=network, handle=handle),
        ambiguous=True,
        detail=f"remote id {remote_id} is already recorded for another post of the account",
    )


def wait_words(seconds: float) -> str:
    """How long a sign-in waited, as said to the person: "3 seconds", "1 minute", "2 minutes"."""
    if seconds < 60:
        whole = max(1, round(seconds))
        return f"{whole} second{'s' if whole != 1 else ''}"
    minutes = round(seconds / 60)
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def state_ignored(log: logging.Logger, listener: str, state: str | None) -> None:
    """Log a loopback callback that isn't for this sign-in (any page can call 127.0.0.1) without secrets."""
    log.warning(
        "Ignored a request to the %s sign-in listener with a %s state; still waiting for the right one",
        listener,
        "missing" if not state else "different",
    )


def malformed_answer(network: str, doing: str, *, write: bool, detail: str = "") -> PublishError:
    """An answer in the wrong shape (a bad id, a list for an object): never "sent", never a crash.

    After a write the network may have made the post before answering badly, so the error is
    ambiguous: the next attempt first asks whether it landed (``find_landed``), never re-sends blind.
    """
    return PublishError(
        ErrorKind.RETRY_LATER,
        QT_TRANSLATE_NOOP(
            "core.publishing",
            "{network}'s answer wasn't in the form Crier expects, so Crier didn't count it as sent. Crier "
            "will check and try again; if it keeps happening, send the log file to IT.",
        ).format(network=network),
        ambiguous=write,
        detail=f"{doing}: malformed answer {detail}".strip(),
    )


def refused_on_the_way(network: str, host: str, status: int, *, detail: str = "") -> PublishError:
    """A refusal that isn't the network's own: a web filter's or proxy's page (not the API's error) in
    place of its answer. Editing the post can't help and the request never reached the network, so the
    person is sent to IT about the address (``host``), not to check a post and an account that are fine."""
    return PublishError(
        ErrorKind.NEEDS_ATTENTION,
        QT_TRANSLATE_NOOP(
            "core.publishing",
            "Something between this computer and {network} refused the request ({status}). If it keeps "
            "happening, ask IT whether the network allows {host}.",
        ).format(network=network, status=status, host=host),
        detail=detail,
    )


def parent_unknown_error(part: PartRequest, network: str, *, detail: str, how: str = "") -> PublishError:
    """What every network says when a part can't be a reply because its parent's link is unknown
    (``how``: a marked hint after the network's name, such as " (reply to your last post)")."""
    return PublishError(
        ErrorKind.NEEDS_ATTENTION,
        QT_TRANSLATE_NOOP(
            "core.publishing",
            "Part {part} of this thread is already on {network}, but Crier couldn't find its link, so "
            "part {next} can't be attached to it as a reply. Post the rest of the thread from "
            "{network}{how}, then mark this post as done.",
        ).format(part=part.index, next=part.index + 1, network=network, how=how),
        detail=detail,
    )


def local_time(when: datetime) -> Moment:
    """A naive-UTC time for a message, as the reader's clock shows it: "14:05", or "Tue 3 Jun 14:05" if not
    that day, with weekday and month in the reader's language (``translatable.Moment``)."""
    return Moment(when)


#: The longest a rate limit's reset is taken at its word: no network limits posting for longer than a day, so
#: a reset further away (a broken or hostile server's) holds a post and its account's queue a day at most.
LONGEST_WAIT = timedelta(days=1)


def reset_time(when: float, now: float, default: timedelta) -> datetime:
    """A rate limit's reset (epoch seconds, as the network said it) as naive UTC for ``wait_until_error``:
    never before ``now`` nor more than ``LONGEST_WAIT`` after it; ``default`` from now if not a time."""
    if not math.isfinite(when):
        when = now + default.total_seconds()
    when = min(max(when, now), now + LONGEST_WAIT.total_seconds())
    return datetime.fromtimestamp(math.ceil(when), UTC).replace(tzinfo=None)


def wait_until_error(limit: str, retry_at: datetime, *, detail: str) -> PublishError:
    """A network's rate limit was reached (``limit`` says whose, in one marked sentence): wait until
    ``retry_at``."""
    return PublishError(
        ErrorKind.WAIT_UNTIL,
        QT_TRANSLATE_NOOP("core.publishing", "{limit} Crier will try again at {when}.").format(
            limit=limit, when=local_time(retry_at)
        ),
        retry_at=retry_at,
        detail=detail,
    )


def read_bytes(item: Attachment) -> bytes:
    """The image file's bytes, or the one message every network gives when it is gone."""
    try:
        return item.path.read_bytes()
    except OSError as exc:
        raise PublishError(
            ErrorKind.NEEDS_ATTENTION,
            QT_TRANSLATE_NOOP(
                "core.publishing",
                "The image {name} can't be read any more ({problem}). "
                "Add it to the post again, then send it.",
            ).format(name=item.path.name, problem=exc.strerror or str(exc)),
            detail=f"read {item.path.name}: {type(exc).__name__}",
        ) from None


def read_image(item: Attachment, network: str) -> tuple[bytes, str]:
    """The image's bytes and type, or the one message every network gives when it can't be posted."""
    data = read_bytes(item)
    mime = item.mime_type or mimetypes.guess_type(item.path.name)[0] or ""
    if not mime.startswith("image/"):
        raise PublishError(
            ErrorKind.NEEDS_EDITING,
            QT_TRANSLATE_NOOP(
                "core.publishing",
                "Crier can only post images to {network}, and {name} isn't one. Remove it and send again.",
            ).format(network=network, name=item.path.name),
        )
    return data, mime


class Publisher(Protocol):
    network: ClassVar[str]

    def verify(self) -> AccountInfo:
        """Who the credentials belong to; raises PublishError(NEEDS_SIGN_IN) when they are rejected."""
        ...

    def limits(self) -> Limits: ...

    def prepare(self, part: PartRequest) -> Mapping[str, Any]:
        """Idempotency material to commit before the first attempt (a record key, a header value)."""
        ...

    def upload_media(self, item: Attachment) -> str:
        """Upload one image with its alt text; returns the network's media id."""
        ...

    def publish(self, part: PartRequest) -> Published: ...

    def find_landed(self, part: PartRequest) -> Published | None:
        """After an ambiguous failure: did an earlier attempt of this part land? None when it did not."""
        ...
