"""Why each unsent post is still in the outbox: one answer for the Outbox window and ``crier outbox``.

The rules mirror the sync engine's (``sync.SyncEngine._claim_for``): an account sends its posts oldest
first, so a post waits behind the account's earlier unfinished one, except a scheduled post not yet due
(it holds nothing up) and a post that needs attention (set aside for the officer). ``WAIT_TEXTS`` are
the English words; the window translates the same sentences (a test holds the two lists equal).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desktop.core.models import utcnow
from desktop.core.networks import NETWORK_NAMES
from desktop.core.outbox import PostView, State

#: States in which a post waits to be sent (SENDING is on its way; the rest are finished or set aside).
WAITING_STATES = (State.QUEUED, State.SCHEDULED, State.WAITING)


class Wait(StrEnum):
    ACCOUNT = "account"  # the account needs connecting (signed out)
    SCHEDULED = "scheduled"  # its time has not come
    OFFLINE = "offline"  # the account's network can't be reached (only the window knows)
    PROXY = "proxy"  # the organisation's proxy wants a sign-in before it lets the post through
    PAIR_WELSH = "pair_welsh"  # the Welsh post of its pair is not out yet
    PAIR_ENGLISH = "pair_english"  # the English post of its pair can't go
    BEHIND = "behind"  # an earlier post of the same account goes first
    RETRY = "retry"  # a failed attempt is tried again later
    READY = "ready"  # nothing holds it: it goes at the next send


WAIT_TEXTS: dict[Wait, str] = {
    Wait.ACCOUNT: "Waiting: the account needs connecting",
    Wait.SCHEDULED: "Scheduled for {when}",
    Wait.OFFLINE: "Waiting: {network} can't be reached",
    Wait.PROXY: "Waiting: your organisation's proxy asked for a sign-in",
    Wait.PAIR_WELSH: "Waiting for its Welsh pair to go out",
    Wait.PAIR_ENGLISH: "Waiting for its English pair",
    Wait.BEHIND: "Queued behind post {post} of the same account",
    Wait.RETRY: "Retrying at {when}",
    Wait.READY: "Queued: ready to send",
}


@dataclass(frozen=True, slots=True)
class WaitReason:
    kind: Wait
    when: datetime | None = None  # naive UTC, for SCHEDULED and RETRY
    network: str = ""  # the network's name, for OFFLINE
    behind: int | None = None  # the post it waits behind, for BEHIND

    def text(self, when_text: Callable[[datetime], str]) -> str:
        """The English sentence, with times written by ``when_text``."""
        return WAIT_TEXTS[self.kind].format(
            when=when_text(self.when) if self.when else "", network=self.network, post=self.behind
        )


def why_waiting(
    posts: Iterable[PostView], *, unreachable: Mapping[int, str] | None = None, now: datetime | None = None
) -> dict[int, WaitReason]:
    """The reason for every post that waits (by post id). ``unreachable``: the accounts whose network did
    not answer the window's last probe, each with the problem's kind (``net.problems``); the CLI
    doesn't probe, so it passes nothing.
    """
    now = now or utcnow()
    posts = sorted(posts, key=lambda p: p.id)
    ahead: dict[int, int] = {}  # account -> its earliest post that holds the later ones up
    reasons: dict[int, WaitReason] = {}
    for post in posts:
        not_due = post.state is State.SCHEDULED and post.scheduled_at is not None and post.scheduled_at > now
        if post.state in WAITING_STATES:
            reasons[post.id] = _reason(post, not_due, ahead.get(post.account_id), unreachable or {})
        holds_up = post.state in (*WAITING_STATES, State.SENDING) and not not_due
        if holds_up and post.account_id not in ahead:
            ahead[post.account_id] = post.id
    return reasons


def _reason(post: PostView, not_due: bool, behind: int | None, unreachable: Mapping[int, str]) -> WaitReason:
    if not post.account_connected:
        return WaitReason(Wait.ACCOUNT)
    if not_due:
        return WaitReason(Wait.SCHEDULED, when=post.scheduled_at)
    if (problem := unreachable.get(post.account_id)) is not None:
        kind = Wait.PROXY if problem == "proxy-auth" else Wait.OFFLINE
        return WaitReason(kind, network=NETWORK_NAMES.get(post.network, post.network))
    if post.pair_hold:
        return WaitReason(Wait.PAIR_WELSH if post.pair_index > 0 else Wait.PAIR_ENGLISH)
    if behind is not None:
        return WaitReason(Wait.BEHIND, behind=behind)
    if post.state is State.WAITING and post.next_attempt_at:
        return WaitReason(Wait.RETRY, when=post.next_attempt_at)
    return WaitReason(Wait.READY)
