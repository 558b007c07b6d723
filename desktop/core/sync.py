"""The sync engine: publishes what is due, each post exactly once, in order per account.

Exactly once rests on the account's lease and three commits around every request:
1. *Claim*: holding the account's lease (an OS lock that dies with its process, ``leases.py``), in one
   write transaction the post becomes ``sending`` with a fresh attempt id. Only the oldest unfinished
   post of an account can be claimed, so one worker publishes at a time per account, in order, even
   with the GUI and ``crier sync`` running side by side.
2. *Prepare*: before a part's first request its idempotency material (a Bluesky record key, a
   Mastodon Idempotency-Key) is committed, so every retry reuses it.
3. *Record*: each part's remote id is committed as soon as the network answers, guarded by the attempt
   id, so a crash after part 2 of 5 resumes at part 3 and a stale worker can't overwrite a newer one.

A post found ``sending`` by the lease's new holder was interrupted mid-request (its process is gone,
or it gave up with an error): it is resumed at once with ``check_landed`` set, and the publisher asks
the network whether the interrupted part landed before sending it again (each network's rule is in its
publisher's docstring). A publisher that fails in a way it did not classify (a malformed answer it
could not parse) is treated the same way: the post needs attention, and its retry checks first.

A match found by that check must be this post's own, not a repeat's (``landing.py``).

Retries after a transient failure back off exponentially from a few seconds (``RETRY_BASE``) to half an
hour; ``CRIER_RETRY_BASE_SECONDS`` / ``CRIER_RETRY_CAP_SECONDS`` change that for tests and support.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import random
import uuid
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, func, literal, nulls_first, or_, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.core.accounts import AccountStatus, AccountView, account_view
from desktop.core.allowed_networks import AllowedNetworks
from desktop.core.attachments import Attachment
from desktop.core.clock import env_seconds
from desktop.core.db import Database
from desktop.core.landing import is_taken, own, stamped
from desktop.core.leases import Lease, Leases, leases_for
from desktop.core.models import Account, Draft, Post, utcnow
from desktop.core.networks import NETWORK_NAMES
from desktop.core.networks.publishing import ErrorKind, Publisher, PublishError
from desktop.core.outbox import State, backoff, pair_hold, partner_of, retry_due, transition, transition_event
from desktop.core.sync_parts import first_key_due as _first_key_due
from desktop.core.sync_parts import kept_media, with_upload
from desktop.core.sync_parts import part_request as _part
from desktop.core.sync_parts import prepare_first as _prepare_first

log = logging.getLogger(__name__)

RETRY_BASE = timedelta(seconds=2)
RETRY_CAP = timedelta(minutes=30)
ACTIVE = (State.QUEUED, State.SCHEDULED, State.SENDING, State.WAITING)

#: Builds a publisher for an account; raises PublishError(NEEDS_SIGN_IN) when it has no credentials.
PublisherFactory = Callable[[AccountView], Publisher]


@dataclass
class SyncReport:
    sent: list[int] = field(default_factory=list)
    waiting: list[int] = field(default_factory=list)
    needs_attention: list[int] = field(default_factory=list)
    paused_accounts: list[int] = field(default_factory=list)

    @property
    def attention_needed(self) -> bool:
        return bool(self.needs_attention or self.paused_accounts)


@dataclass(slots=True)
class _Next:
    """A run's next post, claimed in the commit that records the current one sent (``_claim_next``)."""

    account_id: int | None  # the run's scope, as ``run_once`` was given it
    only: Collection[int] | None
    publishers: Mapping[int, Publisher]  # the run's, by account: the claim prepares with them
    rested: Collection[int] = ()  # accounts whose post failed in this run: not tried again in it
    looked: bool = False  # that commit happened and looked: then ``claim`` None means none is due
    claim: _Claim | None = None


@dataclass(frozen=True, slots=True)
class _Sending:
    """The claimed post as this attempt wrote it: publishing reads no row again, and the final "sent"
    writes these values back. Only this attempt changes the row while it owns it (``_OWNED``)."""

    id: int
    draft_id: int | None
    batch: str
    parts: list[str]
    media: list[dict[str, Any]]
    language: str
    created_at: datetime
    idempotency: dict[str, Any]
    remote_ids: list[str]
    remote_url: str
    error: str


@dataclass(frozen=True, slots=True)
class _Claim:
    post_id: int
    account_id: int
    attempt_id: str
    post: _Sending  # as claimed, so publishing needs no second read
    account: AccountView
    lease: Lease  # released when this attempt ends, however it ends
    connection: Connection  # the run's (``run_once``): its transactions record this attempt


# The engine's hot path is these Core statements, built once (SQLAlchemy caches their compiled form): an
# ORM load and flush per step cost several times more than the synced commit itself (issue 16).
_POSTS, _ACCOUNTS = cast(Table, Post.__table__), cast(Table, Account.__table__)
#: Each connected account's first unfinished post (scheduled ones not yet due don't hold up those queued
#: before them) and its account's columns (``account__<name>``), in the order accounts take turns (see
#: ``_claim``): one statement for all accounts, one indexed row each however long its queue.
_EACH = _POSTS.alias("first_post")
_FIRST = (
    select(_EACH.c.id)
    .where(
        _EACH.c.account_id == _ACCOUNTS.c.id,
        _EACH.c.state.in_([literal(s.value) for s in ACTIVE]),  # plain binds: a list is re-expanded per run
        or_(
            _EACH.c.state != State.SCHEDULED.value,
            _EACH.c.scheduled_at.is_(None),
            _EACH.c.scheduled_at <= bindparam("now"),
        ),
    )
    .order_by(_EACH.c.id)
    .limit(1)
    .correlate(_ACCOUNTS)
    .scalar_subquery()
)
_HEADS = (
    select(
        *(_POSTS.c[name] for name in _Sending.__dataclass_fields__),
        _POSTS.c.account_id,
        _POSTS.c.state,
        _POSTS.c.next_attempt_at,
        _POSTS.c.updated_at,
        _POSTS.c.attempts,
        _POSTS.c.pair_id,
        *(column.label(f"account__{column.name}") for column in _ACCOUNTS.c),
    )
    .select_from(_ACCOUNTS.join(_POSTS, _POSTS.c.id == _FIRST))
    .where(_ACCOUNTS.c.status == AccountStatus.CONNECTED.value)
    .order_by(nulls_first(_ACCOUNTS.c.last_used_at.asc()), _ACCOUNTS.c.id)
)
#: ``_HEADS`` for one account (the one whose lease is held), read again under the write lock.
_HEAD = _HEADS.where(_ACCOUNTS.c.id == bindparam("account_id"))
#: The claim, guarded by the state the post was read in.
_CLAIM = (
    update(_POSTS)
    .where(_POSTS.c.id == bindparam("post_id"), _POSTS.c.state == bindparam("from_state"))
    .values(
        state=State.SENDING.value,
        updated_at=bindparam("now"),
        attempt_id=bindparam("new_attempt"),
        attempts=_POSTS.c.attempts + 1,
        next_attempt_at=None,  # the lease, not a time, says someone is sending it
        error="",  # a new attempt; its own outcome says what happened
        error_kind="",
        idempotency=bindparam("new_idempotency"),
    )
)
_PROGRESS = ("idempotency", "remote_ids", "remote_url", "error")
#: An attempt's progress (and, with ``_SENT``, its end), only while the attempt still owns the post
#: (sending, same attempt id): a holder whose lease was taken over must not record over the one that took it.
_OWNED = (
    _POSTS.c.id == bindparam("post_id"),
    _POSTS.c.attempt_id == bindparam("owner"),
    _POSTS.c.state == State.SENDING.value,
)
_RECORD = update(_POSTS).where(*_OWNED).values({name: bindparam(f"new_{name}") for name in _PROGRESS})
_SENT = (
    update(_POSTS)
    .where(*_OWNED)
    .values(
        {
            **{name: bindparam(f"new_{name}") for name in _PROGRESS},
            "state": State.SENT.value,
            "updated_at": bindparam("now"),
            "sent_at": bindparam("now"),
            "next_attempt_at": None,
            "error_kind": "",
        }
    )
)
_LAST_USED = (
    update(_ACCOUNTS).where(_ACCOUNTS.c.id == bindparam("account_id")).values(last_used_at=bindparam("now"))
)
_UNSENT_IN_BATCH = (
    select(func.count())
    .select_from(_POSTS)
    .where(
        _POSTS.c.batch == bindparam("batch"),
        _POSTS.c.id != bindparam("post_id"),
        _POSTS.c.state != State.SENT.value,
    )
)
_DRAFTS = cast(Table, Draft.__table__)
_DRAFT_SENT = update(_DRAFTS).where(_DRAFTS.c.id == bindparam("draft_id")).values(status="sent")


class SyncEngine:
    def __init__(
        self,
        db: Database,
        publisher_for: PublisherFactory,
        *,
        clock: Callable[[], datetime] = utcnow,
        rng: random.Random | None = None,
        leases: Leases | None = None,
        retry_base: timedelta | None = None,
        retry_cap: timedelta | None = None,
    ) -> None:
        self.db = db
        self.publisher_for = publisher_for
        self.clock = clock
        self.rng = rng or random.Random()
        self.leases = leases or leases_for(db)
        self.retry_base = retry_base or env_seconds("CRIER_RETRY_BASE_SECONDS") or RETRY_BASE
        self.retry_cap = retry_cap or env_seconds("CRIER_RETRY_CAP_SECONDS") or RETRY_CAP
        self.allowed = AllowedNetworks()  # policy checked before every post, re-read when it changes

    # -- choosing work ---------------------------------------------------------------------------

    def _claim(
        self,
        connection: Connection,
        account_id: int | None = None,
        only: Collection[int] | None = None,
        rested: Collection[int] = (),
        publishers: dict[int, Publisher] | None = None,
    ) -> _Claim | None:
        """Take the next due post of some account whose lease is free (its oldest unfinished one), or None.

        Accounts take turns, the one that last posted longest ago first (``last_used_at``, set as each
        post goes out), so one account's backlog doesn't hold the others back, within a run or across
        runs that are cut short. One read finds the accounts with a post due; only those are leased and
        claimed (reading again under the write lock), the run's publisher built first (``_ahead``)."""
        now = self.clock()
        with self.db.transaction(connection, begin=""):  # (one statement: no BEGIN, no ORM session)
            heads = _due(connection, now, account_id, only, rested)
        for candidate, account in [(row.account_id, self._ahead(row, publishers)) for row in heads]:
            lease = self.leases.try_take(candidate)
            if lease is None:
                continue  # a live process is publishing for this account
            try:
                claim = self._claim_for(connection, candidate, lease, self._build(account, publishers))
            except BaseException:
                lease.release()
                raise
            if claim is not None:
                return claim
            lease.release()
        return None

    def _ahead(self, row: Any, publishers: dict[int, Publisher] | None) -> AccountView | None:
        """The account of ``row`` (its due post) if its publisher is to be built before the claim, which then
        commits the first key (``_prepare_first``): two synced commits for a one-post run, not three."""
        if publishers is None or row.account_id in publishers or not _first_key_due(row):
            return None
        account = _account(row)
        return account if self.allowed.refusal(account.network) is None else None

    def _build(
        self, account: AccountView | None, publishers: dict[int, Publisher] | None
    ) -> Publisher | None:
        """``_ahead``'s publisher, built outside any write transaction (never waiting on the keyring under
        the lock); a failed build is left to the attempt, which builds again and records why."""
        try:
            if account is not None and publishers is not None:
                publishers[account.id] = self.publisher_for(account)
                return publishers[account.id]
        except Exception:  # noqa: BLE001 - the attempt's to classify
            pass
        return None

    def _claim_for(
        self, connection: Connection, account_id: int, lease: Lease, publisher: Publisher | None
    ) -> _Claim | None:
        """Holding the account's lease: make its first due post ``sending`` under a new attempt id."""
        now = self.clock()
        with self.db.transaction(connection):
            heads = _due(connection, now, account_id)
            return self._claim_row(connection, heads[0], lease, now, publisher) if heads else None

    def _claim_row(
        self, connection: Connection, row: Any, lease: Lease, now: datetime, publisher: Publisher | None
    ) -> _Claim | None:
        """Claim ``row`` (``_due``, read in the caller's write transaction); changes nothing when it claims
        nothing. With the account's ``publisher``, the first key comes with it (``_prepare_first``)."""
        if row.pair_id and self._pair_held(connection, row.id):
            return None  # its pair goes first or cannot go: it waits, and the account's later posts too
        detail, idempotency = "attempt started", row.idempotency
        if row.state == State.SENDING.value:
            # We hold the lease, so whoever marked it sending is gone: resume now, checking first.
            idempotency = {**idempotency, "check_landed": True}
            detail = "resumed after an interrupted attempt"
        fields = {name: getattr(row, name) for name in _Sending.__dataclass_fields__}
        post = _Sending(**{**fields, "idempotency": idempotency, "error": ""})
        if publisher is not None:
            post = _prepare_first(publisher, post, now)
        attempt = uuid.uuid4().hex
        claim = {"post_id": row.id, "from_state": row.state, "now": now, "new_attempt": attempt}
        if connection.execute(_CLAIM, {**claim, "new_idempotency": post.idempotency}).rowcount != 1:
            return None  # moved since it was read (not under SQLite's write lock): nothing written
        transition_event(connection, row.id, State(row.state), State.SENDING, detail, now)
        return _Claim(row.id, row.account_id, attempt, post, _account(row), lease, connection)

    @staticmethod
    def _pair_held(connection: Connection, post_id: int) -> bool:
        """Whether a paired post must wait for its partner (``pair_hold``; pairs are rare, so the ORM)."""
        with Session(bind=connection) as session:
            post = session.get(Post, post_id)
            return post is not None and bool(pair_hold(post, *partner_of(session, post)))

    def _claim_next(self, connection: Connection, finished: _Claim, scope: _Next) -> _Claim | None:
        """In the transaction that records a post as sent, claim the run's next post (``_claim``'s choice,
        with the finished post's account now last in turn): one synced commit per post instead of two.

        Still exactly once: the claim commits with the "sent", or neither does. Killed before that commit,
        the finished post is still ``sending`` and its account's next holder asks the network whether it
        landed (as ever when killed after a request); killed after it, the claimed post is ``sending``
        with no request made, and is resumed, checking first, exactly as after a crash between a claim and
        its request. The claimed post's account lease is held before its claim is written (the finished
        account's own lease is kept, not taken twice), and the lease of an account whose post was not
        claimed is let go.
        """
        now = self.clock()
        for row in _due(connection, now, scope.account_id, scope.only, scope.rested):
            candidate = row.account_id  # (an account with nothing due is not leased)
            own = candidate == finished.account_id
            lease = finished.lease if own else self.leases.try_take(candidate)
            if lease is None:
                continue
            try:
                claim = self._claim_row(connection, row, lease, now, scope.publishers.get(candidate))
            except BaseException:
                if not own:
                    lease.release()
                raise
            if claim is not None:
                return claim
            if not own:
                lease.release()
        return None

    def run_once(
        self, *, account_id: int | None = None, limit: int | None = None, only: Collection[int] | None = None
    ) -> SyncReport:
        """Publish everything due now, then return (used by ``crier sync --once`` and the GUI worker).

        ``only``: just these accounts (the window passes those whose network answers its probe).

        A run tries each post once: one that fails waits for a later run even if its retry falls due
        before this run ends (its account's later posts wait behind it anyway). So what a run does, and
        its report (each post in one list), doesn't depend on how fast the machine is.
        """
        report = SyncReport()
        publishers: dict[int, Publisher] = {}  # one per account per run: credentials are read once
        rested: set[int] = set()  # accounts whose post is waiting to retry
        done = 0
        with self.db.engine.connect() as connection:  # the run's transactions share it (Database.transaction)
            look = functools.partial(self._claim, connection, account_id, only, publishers=publishers)
            claim = look() if limit is None or limit > 0 else None
            while claim is not None:
                # Unless this is the run's last post, the next one is claimed as this one is recorded sent.
                last = limit is not None and done + 1 >= limit
                after = None if last else _Next(account_id, only, publishers, rested)
                outcome = self._publish(claim, publishers, after)
                getattr(report, outcome).append(claim.post_id)
                if outcome == "waiting":
                    rested.add(claim.account_id)
                done += 1
                if after is None:
                    break
                claim = after.claim if after.looked else look(rested)
        return report

    # -- publishing one post ---------------------------------------------------------------------

    def _publish(self, claim: _Claim, publishers: dict[int, Publisher], after: _Next | None = None) -> str:
        try:
            return self._attempt(claim, publishers, after)
        finally:
            if after is None or after.claim is None or after.claim.lease is not claim.lease:
                claim.lease.release()  # (kept when the next post is this account's too)

    def _attempt(self, claim: _Claim, publishers: dict[int, Publisher], after: _Next | None = None) -> str:
        post = claim.post
        try:
            if (refusal := self.allowed.refusal(claim.account.network)) is not None:
                raise PublishError(ErrorKind.NEEDS_ATTENTION, refusal)  # kept, never sent, until IT allows it
            publisher = publishers.get(claim.account_id)
            if publisher is None:  # once per account per run, as its credentials are
                publisher = publishers[claim.account_id] = self.publisher_for(claim.account)
            post, media_ids = self._upload_media(publisher, post, claim)
            last = len(post.parts) - 1
            for index in range(len(post.remote_ids), len(post.parts)):
                post = self._publish_part(publisher, post, claim, index, media_ids if index == 0 else ())
                if index < last:
                    post = self._update(claim, post)
            # The last part's id and "sent" go in one commit: one fsync fewer per post.
            return self._finish(claim, post, after)
        except PublishError as error:
            return self._failed(claim, error)
        except SQLAlchemyError:
            raise  # the database itself failed: nothing more can be recorded; the next run resumes
        except Exception as error:  # noqa: BLE001 - e.g. a malformed answer a publisher could not parse
            log.exception(
                "Post %s: the %s publisher failed unexpectedly", claim.post_id, claim.account.network
            )
            return self._failed(claim, _unreadable(claim.account, error))

    def _upload_media(
        self, publisher: Publisher, post: _Sending, claim: _Claim
    ) -> tuple[_Sending, list[str]]:
        """Upload each image once: its id, committed at once, is reused while its network keeps it."""
        if not post.media or post.remote_ids:
            return post, []
        ids = []
        for item in post.media:
            if (media_id := kept_media(post.idempotency, item["path"], self.clock())) is None:
                media_id = publisher.upload_media(Attachment.from_row(item))
                uploaded = with_upload(post.idempotency, item["path"], media_id, self.clock())
                post = self._update(claim, post, idempotency=uploaded)
            ids.append(media_id)
        return post, ids

    def _publish_part(
        self, publisher: Publisher, post: _Sending, claim: _Claim, index: int, media_ids: list[str] | tuple
    ) -> _Sending:
        """Publish one part; returns the post with its progress, for the caller to commit (the last part's
        with the "sent")."""
        keys = dict(post.idempotency.get("parts", {}))
        if str(index) not in keys:  # (the first part's usually came with the claim: _prepare_first)
            material = dict(publisher.prepare(_part(post, index, media_ids)))
            keys[str(index)] = stamped(material, self.clock())
            # The material, and when this first attempt began, must be durable before the request.
            post = self._update(claim, post, idempotency={**post.idempotency, "parts": keys})
        taken = functools.partial(is_taken, self.db, claim.account_id, claim.post_id)
        part = _part(post, index, media_ids, keys[str(index)], taken)
        landed = publisher.find_landed(part) if post.idempotency.get("check_landed") else None
        result = landed or publisher.publish(part)  # an ambiguous failure sets check_landed in _failed
        return dataclasses.replace(
            post,
            remote_ids=[*post.remote_ids, result.remote_id],
            idempotency={k: v for k, v in post.idempotency.items() if k != "check_landed"},
            remote_url=result.url if index == 0 else post.remote_url,
            error=result.note or post.error,
        )

    @staticmethod
    def _record(
        connection: Connection, statement: Any, claim: _Claim, post: _Sending, **values: object
    ) -> None:
        """Write the post's progress (``_RECORD``, or ``_SENT`` with it), only while this attempt still owns
        it (``_OWNED``)."""
        progress = {f"new_{name}": getattr(post, name) for name in _PROGRESS}
        owner = {"post_id": claim.post_id, "owner": claim.attempt_id}
        if connection.execute(statement, {**progress, **owner, **values}).rowcount != 1:
            raise PublishError(ErrorKind.RETRY_LATER, "Another Crier took over this post.")
        if post.remote_ids:  # one post's only: refused (and nothing committed) if another's
            own(connection, claim.account, claim.post_id, post.remote_ids[-1])

    def _update(self, claim: _Claim, post: _Sending, **values: object) -> _Sending:
        """Commit progress, but only while this attempt still owns the post."""
        post = dataclasses.replace(post, **values)  # type: ignore[arg-type]
        with self.db.transaction(claim.connection) as connection:
            self._record(connection, _RECORD, claim, post)
        return post

    def _finish(self, claim: _Claim, post: _Sending, after: _Next | None = None) -> str:
        now = self.clock()
        claimed: _Claim | None = None
        looked = False
        try:
            with self.db.transaction(claim.connection) as connection:
                self._record(connection, _SENT, claim, post, now=now)
                detail = f"sent as {', '.join(post.remote_ids)}"
                transition_event(connection, post.id, State.SENDING, State.SENT, detail, now)
                connection.execute(_LAST_USED, {"account_id": claim.account_id, "now": now})
                if post.draft_id is not None:
                    unsent = connection.scalar(_UNSENT_IN_BATCH, {"batch": post.batch, "post_id": post.id})
                    if not unsent:
                        connection.execute(_DRAFT_SENT, {"draft_id": post.draft_id})
                if after is not None:
                    claimed, looked = self._claim_next_safely(connection, claim, after)
        except BaseException:
            if claimed is not None and claimed.lease is not claim.lease:
                claimed.lease.release()  # its claim was never committed
            raise
        if after is not None and looked:
            after.looked, after.claim = True, claimed  # only once committed with the "sent"
        return "sent"

    def _claim_next_safely(
        self, connection: Connection, finished: _Claim, after: _Next
    ) -> tuple[_Claim | None, bool]:
        """``_claim_next`` in a savepoint: the network's word that a post went out is never undone by a
        failure to claim the next one (a lease file that can't be opened, a read error). On failure the
        savepoint is rolled back, the "sent" commits on its own, and ``run_once`` claims afresh (the second
        value says whether the claim was looked for). The savepoint is plain SQL, the same in SQLite and
        PostgreSQL: SQLAlchemy's compiles a new statement for each savepoint name, every post."""
        connection.exec_driver_sql("SAVEPOINT crier_claim_next")
        try:
            claimed = self._claim_next(connection, finished, after)
        except Exception:
            log.warning(
                "Could not claim the next post with post %s's record", finished.post_id, exc_info=True
            )
            connection.exec_driver_sql("ROLLBACK TO SAVEPOINT crier_claim_next")
            connection.exec_driver_sql("RELEASE SAVEPOINT crier_claim_next")
            return None, False
        connection.exec_driver_sql("RELEASE SAVEPOINT crier_claim_next")
        return claimed, True

    def _failed(self, claim: _Claim, error: PublishError) -> str:
        now = self.clock()
        log.info("Post %s: %s (%s)", claim.post_id, error.kind.value, error.detail or error.message)
        with self.db.write() as session:
            post = session.get(Post, claim.post_id)
            if post is None or post.attempt_id != claim.attempt_id:
                return "waiting"
            post.error = error.message
            post.error_kind = error.kind.value
            if error.ambiguous:  # whatever happens next, first ask the network whether it landed
                post.idempotency = {**post.idempotency, "check_landed": True}
            if error.kind is ErrorKind.NEEDS_SIGN_IN:
                account = session.get(Account, claim.account_id)
                if account is not None:
                    account.status = AccountStatus.NEEDS_SIGN_IN.value
                    account.status_message = error.message
                transition(session, post, State.QUEUED, error.message, now=now)
                post.next_attempt_at = now
                return "paused_accounts"
            if error.kind in (ErrorKind.NEEDS_ATTENTION, ErrorKind.NEEDS_EDITING):
                transition(session, post, State.NEEDS_ATTENTION, error.message, now=now)
                post.next_attempt_at = None
                return "needs_attention"
            retry_at = error.retry_at if error.kind is ErrorKind.WAIT_UNTIL and error.retry_at else None
            post.next_attempt_at = retry_at or now + backoff(
                post.attempts,
                self.rng.random(),
                base=self.retry_base.total_seconds(),
                cap=self.retry_cap.total_seconds(),
            )
            transition(session, post, State.WAITING, error.message, now=now)
            return "waiting"


def _unreadable(account: AccountView, error: Exception) -> PublishError:
    """An unclassified failure: the request may have gone out, so a retry must look before it sends."""
    name = NETWORK_NAMES.get(account.network, account.network)
    return PublishError(
        ErrorKind.NEEDS_ATTENTION,
        f"{name} sent an answer Crier couldn't read, so Crier can't tell whether this post went out."
        " Retry checks first and only posts it if it isn't there.",
        detail=f"{type(error).__name__}: {error}"[:300],
        ambiguous=True,
    )


def _due(
    connection: Connection,
    now: datetime,
    account_id: int | None = None,
    only: Collection[int] | None = None,
    rested: Collection[int] = (),
) -> list[Any]:
    """Each account's first unfinished post (``_HEADS``) in turn order, within the run's scope, unless it
    waits for its retry time (holding back the account's later posts)."""
    return [
        row
        for row in connection.execute(_HEAD if account_id else _HEADS, {"now": now, "account_id": account_id})
        if (only is None or row.account_id in only)
        and row.account_id not in rested
        and (row.state == State.SENDING.value or retry_due(row, now))
    ]


def _account(row: Any) -> AccountView:
    """The account columns of a ``_HEADS`` row as the account's view."""
    values = row._mapping
    return account_view(SimpleNamespace(**{c.name: values[f"account__{c.name}"] for c in _ACCOUNTS.c}))  # type: ignore[arg-type]
