"""The outbox: posts waiting to go out, their states, and every transition in one place.

A post is one draft frozen for one account. Its state only changes through ``transition``, which
checks the move against ``TRANSITIONS`` and writes a ``PostEvent``, so the Outbox view, the headless
commands and the sync engine can never disagree about what happened.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Table, insert, select, update
from sqlalchemy.orm import Session

from desktop.core.attachments import Attachment
from desktop.core.db import Database
from desktop.core.drafts import StoreError
from desktop.core.models import Account, Draft, Post, PostEvent, utcnow
from desktop.core.posting import Verdict, check_override
from desktop.core.posts import PostView, State
from desktop.core.settings import network_refusal
from desktop.core.translatable import QT_TRANSLATE_NOOP

GONE = QT_TRANSLATE_NOOP("core.outbox", "That post no longer exists.")

#: Every allowed move. Anything else is a bug and raises.
TRANSITIONS: dict[State, frozenset[State]] = {
    State.QUEUED: frozenset({State.SENDING, State.CANCELLED, State.SCHEDULED}),
    State.SCHEDULED: frozenset({State.SENDING, State.QUEUED, State.CANCELLED}),
    State.SENDING: frozenset({State.SENT, State.WAITING, State.NEEDS_ATTENTION, State.QUEUED, State.SENDING}),
    State.WAITING: frozenset({State.SENDING, State.QUEUED, State.CANCELLED, State.NEEDS_ATTENTION}),
    State.NEEDS_ATTENTION: frozenset({State.QUEUED, State.CANCELLED}),
    State.SENT: frozenset(),
    State.CANCELLED: frozenset(),
}
UNFINISHED = (State.QUEUED, State.SCHEDULED, State.SENDING, State.WAITING, State.NEEDS_ATTENTION)


class TransitionError(StoreError):
    def __init__(self, post_id: int, from_state: str, to_state: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("core.outbox", "That post can't go from {before} to {after}.").format(
                before=from_state.replace("_", " "), after=to_state.replace("_", " ")
            ),
            retryable=False,
        )
        self.post_id = post_id


def transition(
    session: Session, post: Post, to: State, detail: str = "", *, now: datetime | None = None
) -> None:
    """The only way a post's state changes (``transition_event`` is its twin for the sync engine)."""
    current = State(post.state)
    if to not in TRANSITIONS[current]:
        raise TransitionError(post.id, current.value, to.value)
    now = now or utcnow()
    post.state = to.value
    post.updated_at = now
    session.add(
        PostEvent(post_id=post.id, at=now, from_state=current.value, to_state=to.value, detail=detail)
    )


_EVENT = insert(cast(Table, PostEvent.__table__))


def transition_event(
    connection: Connection, post_id: int, current: State, to: State, detail: str, now: datetime
) -> None:
    """``transition`` for the sync engine's Core statements (no ORM object loaded): the same check against
    ``TRANSITIONS`` and the same event. The caller's UPDATE in the same transaction moves the state, guarded
    by ``current`` (so a post moved meanwhile matches no row and the caller rolls back)."""
    if to not in TRANSITIONS[current]:
        raise TransitionError(post_id, current.value, to.value)
    connection.execute(
        _EVENT,
        {"post_id": post_id, "at": now, "from_state": current.value, "to_state": to.value, "detail": detail},
    )


def pair_hold(post: Post, partner: Post | None, partner_account: Account | None) -> str:
    """Why a paired post can't go out yet, "" when it can: the one rule for the sync engine and the views.

    The first of a pair (the Welsh) goes first; the second waits until it is sent. Either waits while the
    other can't go (its account needs signing in, or it needs attention), unless it is already partly
    out. A cancelled partner holds nothing back.
    """
    if not post.pair_id or partner is None or post.remote_ids:
        return ""
    if partner.state in (State.SENT.value, State.CANCELLED.value):
        return ""
    texts = _HOLD_WELSH if partner.pair_index == 0 else _HOLD_ENGLISH
    account = partner_account.handle if partner_account else _REMOVED_ACCOUNT
    if partner_account is None or partner_account.status != "connected":
        return texts["sign_in"].format(account=account)
    if partner.state == State.NEEDS_ATTENTION.value:
        return texts["attention"].format(account=account, error=partner.error or _SEE_THAT_POST)
    if post.pair_index > partner.pair_index:
        return texts["first"].format(account=account)
    return ""


# ``pair_hold``'s sentences, one set for each language of the partner (Welsh mutates what follows).
_HOLD_WELSH = {
    "sign_in": QT_TRANSLATE_NOOP(
        "core.outbox", "Waiting for its Welsh pair on {account}: that account needs signing in."
    ),
    "attention": QT_TRANSLATE_NOOP(
        "core.outbox", "Waiting for its Welsh pair on {account}, which needs attention: {error}"
    ),
    "first": QT_TRANSLATE_NOOP("core.outbox", "Waiting for its Welsh pair on {account} to go out first."),
}
_HOLD_ENGLISH = {
    "sign_in": QT_TRANSLATE_NOOP(
        "core.outbox", "Waiting for its English pair on {account}: that account needs signing in."
    ),
    "attention": QT_TRANSLATE_NOOP(
        "core.outbox", "Waiting for its English pair on {account}, which needs attention: {error}"
    ),
    "first": QT_TRANSLATE_NOOP("core.outbox", "Waiting for its English pair on {account} to go out first."),
}
#: Put where a handle goes, after "on" ("ar" in Welsh, so mutated there).
_REMOVED_ACCOUNT = QT_TRANSLATE_NOOP("core.outbox", "a removed account")
_SEE_THAT_POST = QT_TRANSLATE_NOOP("core.outbox", "see that post")


def partner_of(session: Session, post: Post) -> tuple[Post | None, Account | None]:
    if not post.pair_id:
        return None, None
    row = session.execute(
        select(Post, Account)
        .join(Account, Post.account_id == Account.id)
        .where(Post.pair_id == post.pair_id, Post.id != post.id)
    ).first()
    return (row[0], row[1]) if row else (None, None)


@dataclass(frozen=True, slots=True)
class Posted:
    """Where and when a draft went out: its accounts, in the order it first reached each, and when last.

    On a team PC, ``state`` is where its submission is when it hasn't gone out yet (a team submission's
    state, "unsent" while it waits on this PC, "refused"); "sent" once it is out."""

    accounts: tuple[str, ...]
    last: datetime
    state: str = "sent"


#: Draft ids asked about per query: well under SQLite's limit on bound parameters.
IDS_PER_QUERY = 500


def _view(post: Post, account: Account, hold: str = "") -> PostView:
    return PostView(
        id=post.id,
        account_id=account.id,
        account=account.handle,
        network=account.network,
        batch=post.batch,
        state=State(post.state),
        parts=tuple(post.parts),
        media=tuple(Attachment.from_row(m) for m in post.media),
        language=post.language,
        scheduled_at=post.scheduled_at,
        next_attempt_at=post.next_attempt_at,
        attempts=post.attempts,
        remote_ids=tuple(post.remote_ids),
        remote_url=post.remote_url,
        error=post.error,
        error_kind=post.error_kind,
        created_at=post.created_at,
        updated_at=post.updated_at,
        sent_at=post.sent_at,
        draft_id=post.draft_id,
        account_connected=account.status == "connected",
        override_reason=post.override_reason,
        pair_id=post.pair_id,
        pair_index=post.pair_index,
        pair_hold=hold,
    )


class Outbox:
    def __init__(self, db: Database) -> None:
        self.db = db

    def queue(
        self,
        account_ids: Sequence[int],
        parts: Sequence[str],
        *,
        media: Sequence[Attachment] = (),
        language: str = "en",
        scheduled_at: datetime | None = None,
        draft_id: int | None = None,
        parts_per_account: dict[int, Sequence[str]] | None = None,
        overrides: Mapping[int, tuple[str, str]] | None = None,
        languages: Mapping[int, str] | None = None,
        pair: bool = False,
    ) -> list[int]:
        """Freeze a post for each account (one batch) and commit it; returns the post ids.

        This stores what it is given: posts from a draft come through ``queue_checked``, which decides first.
        ``overrides`` maps an account to (the rules overridden, the reason given). ``pair``: the two posts
        are a Welsh-English pair, the first account's going first (see ``pair_hold``).
        """
        if pair and len(account_ids) != 2:
            raise StoreError(
                QT_TRANSLATE_NOOP("core.outbox", "A pair is two accounts: a Welsh one and an English one."),
                retryable=False,
            )
        if not parts or not any(p.strip() for p in parts):
            raise StoreError(
                QT_TRANSLATE_NOOP("core.outbox", "There is nothing to post: the text is empty."),
                retryable=False,
            )
        batch = uuid.uuid4().hex
        now = utcnow()
        state = State.SCHEDULED if scheduled_at and scheduled_at > now else State.QUEUED
        ids: list[int] = []
        with self.db.write() as session:
            for account_id in account_ids:
                account = session.get(Account, account_id)
                if account is None:
                    raise StoreError(
                        QT_TRANSLATE_NOOP("core.outbox", "That account no longer exists."), retryable=False
                    )
                if (refusal := network_refusal(account.network)) is not None:
                    raise StoreError(refusal, retryable=False)
                post = Post(
                    account_id=account_id,
                    draft_id=draft_id,
                    batch=batch,
                    state=state.value,
                    parts=list((parts_per_account or {}).get(account_id, parts)),
                    media=[m.to_row() for m in media],
                    language=(languages or {}).get(account_id, language),
                    pair_id=batch if pair else "",
                    pair_index=len(ids) if pair else 0,
                    scheduled_at=scheduled_at,
                    next_attempt_at=scheduled_at if state is State.SCHEDULED else now,
                    idempotency={},
                    remote_ids=[],
                    created_at=now,
                    updated_at=now,
                )
                rules, reason = (overrides or {}).get(account_id, ("", ""))
                post.override_reason = reason
                session.add(post)
                session.flush()
                detail = f"queued, overriding {rules}: {reason}" if reason else "queued"
                session.add(PostEvent(post_id=post.id, at=now, to_state=state.value, detail=detail))
                ids.append(post.id)
            if draft_id is not None:
                session.execute(update(Draft).where(Draft.id == draft_id).values(status="queued"))
        return ids

    def queue_checked(
        self,
        verdicts: Sequence[Verdict],
        *,
        override_reason: str = "",
        media: Sequence[Attachment] = (),
        language: str = "en",
        scheduled_at: datetime | None = None,
        draft_id: int | None = None,
        languages: Mapping[int, str] | None = None,
        pair: bool = False,
    ) -> list[int]:
        """Queue a draft for the accounts ``posting.assess`` judged, refusing (``Blocked``) what needs fixing.

        A blocked post goes out only with a reason, and only where policy lets each of its rules be
        overridden; the reason is kept with the posts that needed it.
        """
        if not verdicts:
            raise StoreError(
                QT_TRANSLATE_NOOP("core.outbox", "Choose at least one account to post to."), retryable=False
            )
        reason = check_override(verdicts, override_reason)
        overrides = {v.account.id: (", ".join(v.rules), reason) for v in verdicts if not v.clear}
        return self.queue(
            [v.account.id for v in verdicts],
            verdicts[0].parts,
            parts_per_account={v.account.id: v.parts for v in verdicts},
            media=media,
            language=language,
            scheduled_at=scheduled_at,
            draft_id=draft_id,
            overrides=overrides,
            languages=languages,
            pair=pair,
        )

    def posts(self, states: Iterable[State] | None = None, limit: int = 1000) -> list[PostView]:
        with self.db.read() as session:
            stmt = select(Post, Account).join(Account, Post.account_id == Account.id)
            if states is not None:
                stmt = stmt.where(Post.state.in_([s.value for s in states]))
            rows = session.execute(stmt.order_by(Post.id.desc()).limit(limit)).all()
            return [_view(post, acct, pair_hold(post, *partner_of(session, post))) for post, acct in rows]

    def posted(self, draft_ids: Iterable[int]) -> dict[int, Posted]:
        """Where each of these drafts went out (a draft never sent is not in the answer): asked by draft id,
        so a draft posted years and thousands of posts ago is told as exactly as yesterday's."""
        ids = sorted(set(draft_ids))
        sent: dict[int, list[tuple[datetime, int, str]]] = {}
        with self.db.read() as session:
            for start in range(0, len(ids), IDS_PER_QUERY):
                rows = session.execute(
                    select(Post.draft_id, Post.sent_at, Post.updated_at, Post.id, Account.handle)
                    .join(Account, Post.account_id == Account.id)
                    .where(
                        Post.state == State.SENT.value, Post.draft_id.in_(ids[start : start + IDS_PER_QUERY])
                    )
                ).all()
                for draft_id, sent_at, updated_at, post_id, handle in rows:
                    if draft_id is not None:  # (the query asked for drafts' posts only)
                        sent.setdefault(draft_id, []).append((sent_at or updated_at, post_id, handle))
        return {
            draft_id: Posted(
                tuple(dict.fromkeys(handle for _at, _id, handle in sorted(posts))), max(posts)[0]
            )
            for draft_id, posts in sent.items()
        }

    def get(self, post_id: int) -> PostView:
        with self.db.read() as session:
            row = session.execute(
                select(Post, Account).join(Account, Post.account_id == Account.id).where(Post.id == post_id)
            ).first()
            if row is None:
                raise StoreError(GONE, retryable=False)
            return _view(row[0], row[1], pair_hold(row[0], *partner_of(session, row[0])))

    def events(self, post_id: int) -> list[tuple[datetime, str, str, str]]:
        with self.db.read() as session:
            rows = session.scalars(
                select(PostEvent).where(PostEvent.post_id == post_id).order_by(PostEvent.id)
            )
            return [(e.at, e.from_state, e.to_state, e.detail) for e in rows]

    def counts(self) -> dict[State, int]:
        from sqlalchemy import func

        with self.db.read() as session:
            rows = session.execute(select(Post.state, func.count()).group_by(Post.state)).all()
        return {State(state): n for state, n in rows}

    def _change(self, post_id: int, to: State, detail: str, **values: Any) -> None:
        with self.db.write() as session:
            post = session.get(Post, post_id)
            if post is None:
                raise StoreError(GONE, retryable=False)
            if post.state == State.SENDING.value:  # a run is mid-request: only its answer may move the post,
                raise TransitionError(post.id, post.state, to.value)  # or its "sent" would find no match
            transition(session, post, to, detail)
            for key, value in values.items():
                setattr(post, key, value)

    def send_now(self, post_id: int) -> None:
        """A scheduled or waiting post goes to the front of its account's queue."""
        self._change(post_id, State.QUEUED, "send now", next_attempt_at=utcnow(), scheduled_at=None)

    def retry(self, post_id: int) -> None:
        self._change(post_id, State.QUEUED, "retry", next_attempt_at=utcnow(), error="", error_kind="")

    def cancel(self, post_id: int) -> int | None:
        """Take a post out of the outbox; its draft goes back to Drafts. Returns the draft id."""
        with self.db.write() as session:
            post = session.get(Post, post_id)
            if post is None:
                raise StoreError(GONE, retryable=False)
            if post.remote_ids:
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "core.outbox",
                        "Part of this thread is already posted, so it can't be cancelled. Retry it to post"
                        " the rest.",
                    ),
                    retryable=False,
                )
            transition(session, post, State.CANCELLED, "cancelled")
            partner, _ = partner_of(session, post)
            cancellable = partner is not None and State.CANCELLED in TRANSITIONS[State(partner.state)]
            if partner is not None and cancellable and not partner.remote_ids:
                transition(session, partner, State.CANCELLED, "cancelled with its pair")  # both or neither
            if post.draft_id is not None:
                session.execute(
                    update(Draft).where(Draft.id == post.draft_id).values(status="draft", deleted_at=None)
                )
            return post.draft_id

    def reschedule(self, post_id: int, when: datetime) -> None:
        """Move a post that still waits (queued or scheduled, none of it out) to ``when`` (naive UTC).

        The state is checked inside the write transaction, which holds SQLite's write lock as the sync
        engine's claim does: a post claimed for sending meanwhile is refused, never moved.
        """
        now = utcnow()
        if when <= now:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "core.outbox", "Choose a time that is still to come; Send now sends it at once."
                ),
                retryable=False,
            )
        with self.db.write() as session:
            post = session.get(Post, post_id)
            if post is None:
                raise StoreError(GONE, retryable=False)
            state = State(post.state)
            if state not in (State.QUEUED, State.SCHEDULED) or post.remote_ids:
                raise StoreError(_NOT_MOVABLE.get(state, _NOT_MOVABLE[State.QUEUED]), retryable=False)
            detail = f"rescheduled for {when.isoformat(timespec='minutes')} UTC"
            if state is State.QUEUED:
                transition(session, post, State.SCHEDULED, detail, now=now)
            else:  # still scheduled: the time changes, the state doesn't
                post.updated_at = now
                session.add(
                    PostEvent(post_id=post.id, at=now, from_state=state, to_state=state, detail=detail)
                )
            post.scheduled_at = when
            post.next_attempt_at = when


_NOT_MOVABLE = {
    State.SENDING: QT_TRANSLATE_NOOP("core.outbox", "That post is being sent now, so it can't be moved."),
    State.SENT: QT_TRANSLATE_NOOP("core.outbox", "That post has already gone out, so it can't be moved."),
    State.CANCELLED: QT_TRANSLATE_NOOP("core.outbox", "That post was cancelled."),
    State.QUEUED: QT_TRANSLATE_NOOP(
        "core.outbox", "Part of this thread is already posted, so it can't be moved."
    ),
    State.WAITING: QT_TRANSLATE_NOOP(
        "core.outbox", "That post is waiting to retry; use Send now or Cancel instead."
    ),
    State.NEEDS_ATTENTION: QT_TRANSLATE_NOOP(
        "core.outbox", "That post needs attention first: retry or cancel it."
    ),
}


def backoff(attempts: int, rng_value: float, *, base: float = 30.0, cap: float = 1800.0) -> timedelta:
    """Exponential backoff with full jitter: a crowd of offline laptops does not return in step."""
    ceiling = min(cap, base * (2 ** max(0, attempts - 1)))
    return timedelta(seconds=max(base / 2, ceiling * rng_value))


def retry_due(post: Any, now: datetime) -> bool:
    """A post's retry time has come, or the clock was put back past the failure that set it (NTP, a fast
    laptop corrected): a retry time kept on the old clock could be hours away, and a retry is safe at any
    time (an attempt that may have landed is looked up first). A scheduled time stays the officer's."""
    if (post.next_attempt_at or now) <= now:
        return True
    return post.state == State.WAITING.value and post.updated_at is not None and post.updated_at > now
