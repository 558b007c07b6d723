"""A scripted in-memory network behind the publisher seam, for testing the outbox's own rules.

The HTTP publishers are tested against their fake servers; this one lets a test say exactly which
call fails, how, and whether the post landed anyway.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from desktop.core.accounts import AccountView
from desktop.core.attachments import Attachment
from desktop.core.networks.publishing import (
    AccountInfo,
    Limits,
    PartRequest,
    Published,
    PublishError,
)


class Network:
    """What a server holds, plus a script of failures for the next calls."""

    def __init__(self) -> None:
        self.posts: dict[int, list[tuple[str, str, str | None]]] = {}  # account -> (id, text, reply_to)
        self.failures: list[list] = []  # [call, error, lands anyway, calls to let through first]
        self.calls: list[str] = []
        self.keys_seen: list[Mapping[str, Any]] = []

    def fail_next(self, call: str, error: PublishError, *, lands: bool = False, after: int = 0) -> None:
        self.failures.append([call, error, lands, after])

    def _maybe_fail(self, call: str) -> tuple[PublishError, bool] | None:
        for i, failure in enumerate(self.failures):
            if failure[0] == call:
                if failure[3]:
                    failure[3] -= 1
                    return None
                del self.failures[i]
                return failure[1], failure[2]
        return None


class ScriptedPublisher:
    network: ClassVar[str] = "x"

    def __init__(self, net: Network, account: AccountView) -> None:
        self.net = net
        self.account_id = account.id

    def verify(self) -> AccountInfo:
        return AccountInfo(str(self.account_id), f"acct{self.account_id}")

    def limits(self) -> Limits:
        return Limits(chars=280)

    def prepare(self, part: PartRequest) -> Mapping[str, Any]:
        return {"key": f"{part.post_id}-{part.index}"}

    def upload_media(self, item: Attachment) -> str:
        self.net.calls.append("upload")
        return f"m-{item.path.name}"

    def publish(self, part: PartRequest) -> Published:
        self.net.calls.append("publish")
        self.net.keys_seen.append(part.idempotency)
        failure = self.net._maybe_fail("publish")
        timeline = self.net.posts.setdefault(self.account_id, [])
        if failure and not failure[1]:
            raise failure[0]
        remote = f"{self.account_id}-{len(timeline) + 1}"
        timeline.append((remote, part.text, part.reply_to))
        if failure:
            raise failure[0]  # the post landed, but the answer was lost
        return Published(remote, f"https://example.test/{remote}")

    def find_landed(self, part: PartRequest) -> Published | None:
        self.net.calls.append("find_landed")
        for remote, text, reply_to in self.net.posts.get(self.account_id, []):
            if text == part.text and reply_to == part.reply_to:
                return Published(remote, f"https://example.test/{remote}")
        return None
