"""The sync engine's rules, against a real database and a scripted in-memory network.

The network here is a small class implementing the publisher seam; the HTTP publishers are tested
against their fake servers elsewhere. This file proves the engine's own guarantees.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from desktop.core.accounts import Accounts, AccountStatus, AccountView
from desktop.core.db import Database
from desktop.core.drafts import StoreError
from desktop.core.models import utcnow
from desktop.core.networks.publishing import ErrorKind, PartRequest, PublishError
from desktop.core.outbox import Outbox, State, TransitionError
from desktop.core.sync import RETRY_BASE, SyncEngine
from tests.fakes.scripted import Network, ScriptedPublisher


class Clock:
    """Starts just after the real time (posts are stamped with it when queued); moves only when told."""

    def __init__(self) -> None:
        self.now = utcnow() + timedelta(seconds=10)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def net() -> Network:
    return Network()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def engine(db: Database, net: Network, clock: Clock) -> SyncEngine:
    import random

    return SyncEngine(db, lambda account: ScriptedPublisher(net, account), clock=clock, rng=random.Random(1))


def _accounts(db: Database, n: int) -> list[int]:
    accounts = Accounts(db)
    return [accounts.add("x", f"council{i}").id for i in range(n)]


def texts(net: Network, account_id: int) -> list[str]:
    return [text for _, text, _ in net.posts.get(account_id, [])]


def test_posts_go_out_once_in_order_per_account(db: Database, engine: SyncEngine, net: Network) -> None:
    a, b = _accounts(db, 2)
    outbox = Outbox(db)
    for i in range(3):
        outbox.queue([a, b], [f"post {i}"])
    report = engine.run_once()
    assert len(report.sent) == 6 and not report.attention_needed
    assert texts(net, a) == texts(net, b) == ["post 0", "post 1", "post 2"]
    assert all(p.state is State.SENT and p.remote_url for p in outbox.posts())
    assert engine.run_once().sent == []  # nothing twice


def test_accounts_take_turns_so_one_backlog_does_not_hold_the_others(
    db: Database, engine: SyncEngine, clock: Clock
) -> None:
    a, b = _accounts(db, 2)
    outbox = Outbox(db)
    backlog = [outbox.queue([a], [f"backlog {i}"])[0] for i in range(3)]
    (other,) = outbox.queue([b], ["Schools closed: snow"])
    assert engine.run_once(limit=2).sent == [backlog[0], other]  # within a run
    assert engine.run_once().sent == backlog[1:]
    clock.advance(minutes=1)
    more = [outbox.queue([a], [f"more {i}"])[0] for i in range(2)]
    (again,) = outbox.queue([b], ["Schools open again"])
    assert engine.run_once(limit=1).sent == [more[0]]  # a run cut short (killed, say) ...
    clock.advance(minutes=1)
    assert engine.run_once(limit=1).sent == [again]  # ... and the next starts with the other account


def test_thread_resumes_at_the_failed_part(
    db: Database, engine: SyncEngine, net: Network, clock: Clock
) -> None:
    (a,) = _accounts(db, 1)
    outbox = Outbox(db)
    (post_id,) = outbox.queue([a], [f"part {i}" for i in range(1, 6)])
    net.fail_next(
        "publish", PublishError(ErrorKind.RETRY_LATER, "X is having trouble; Crier will try again."), after=2
    )
    report = engine.run_once()
    assert report.waiting == [post_id]
    view = outbox.get(post_id)
    assert view.state is State.WAITING and len(view.remote_ids) == 2 and "try again" in view.error
    assert view.next_attempt_at is not None and view.next_attempt_at > clock.now
    assert engine.run_once().sent == []  # not due yet
    clock.now = view.next_attempt_at
    assert engine.run_once().sent == [post_id]
    assert texts(net, a) == [f"part {i}" for i in range(1, 6)]
    replies = [reply for _, _, reply in net.posts[a]]
    assert replies == [None, f"{a}-1", f"{a}-2", f"{a}-3", f"{a}-4"]


def test_lost_answer_is_looked_up_not_reposted(
    db: Database, engine: SyncEngine, net: Network, clock: Clock
) -> None:
    (a,) = _accounts(db, 1)
    outbox = Outbox(db)
    (post_id,) = outbox.queue([a], ["Bins go out on Tuesday"])
    net.fail_next("publish", PublishError(ErrorKind.RETRY_LATER, "No answer", ambiguous=True), lands=True)
    assert engine.run_once().waiting == [post_id]
    clock.advance(hours=1)
    assert engine.run_once().sent == [post_id]
    assert texts(net, a) == ["Bins go out on Tuesday"]
    assert net.calls.count("find_landed") == 1 and net.calls.count("publish") == 1


def test_a_run_tries_a_failed_post_once_however_long_the_request_took(
    db: Database, net: Network, clock: Clock
) -> None:
    """On a loaded machine the request that failed can outlast its own retry delay (1 s here): the run must
    still leave the post for a later run, not send it again in the same one and report it twice."""
    import random

    class SlowPublisher(ScriptedPublisher):
        def publish(self, part: PartRequest) -> Any:
            clock.advance(minutes=5)  # the time the request took, longer than any first retry delay
            return super().publish(part)

    engine = SyncEngine(db, lambda account: SlowPublisher(net, account), clock=clock, rng=random.Random(7))
    a, b = _accounts(db, 2)
    outbox = Outbox(db)
    (first,) = outbox.queue([a], ["Library closed today"])
    (other,) = outbox.queue([b], ["Pool open late"])
    net.fail_next("publish", PublishError(ErrorKind.RETRY_LATER, "No answer", ambiguous=True))

    report = engine.run_once()

    assert (report.waiting, report.sent) == ([first], [other])  # the other account's post still went
    assert net.calls.count("publish") == 2 and texts(net, a) == []
    assert engine.run_once().sent == [first]  # its retry, due by now, in the next run
    assert texts(net, a) == ["Library closed today"]


def test_crash_mid_request_resumes_with_a_lookup(
    db: Database, engine: SyncEngine, net: Network, clock: Clock
) -> None:
    (a,) = _accounts(db, 1)
    outbox = Outbox(db)
    (post_id,) = outbox.queue([a], ["Library closed today"])
    with db.engine.connect() as connection:
        claim = engine._claim(connection)  # a worker claims, sends, and dies before recording
    assert claim is not None and outbox.get(post_id).state is State.SENDING
    ScriptedPublisher(net, Accounts(db).get(a)).publish(
        PartRequest(post_id, 0, 1, "Library closed today", "en", None, None)
    )
    assert engine.run_once().sent == []  # its holder is alive: nobody else touches it
    claim.lease.release()  # the holder is gone; no clock has to move
    assert engine.run_once().sent == [post_id]
    assert texts(net, a) == ["Library closed today"]
    assert "resumed after an interrupted attempt" in [e[3] for e in outbox.events(post_id)]


def test_rate_limit_waits_until_reset_and_holds_later_posts(
    db: Database, engine: SyncEngine, net: Network, clock: Clock
) -> None:
    a, b = _accounts(db, 2)
    outbox = Outbox(db)
    first, _ = outbox.queue([a, b], ["one"])
    outbox.queue([a, b], ["two"])
    reset = clock.now + timedelta(minutes=15)
    net.fail_next("publish", PublishError(ErrorKind.WAIT_UNTIL, "Rate limited until 09:15", retry_at=reset))
    report = engine.run_once()
    assert report.waiting == [first]
    assert texts(net, a) == [] and texts(net, b) == ["one", "two"]
    assert outbox.get(first).next_attempt_at == reset
    clock.now = reset
    engine.run_once()
    assert texts(net, a) == ["one", "two"]


def test_rejected_credentials_pause_only_that_account(db: Database, engine: SyncEngine, net: Network) -> None:
    a, b = _accounts(db, 2)
    outbox = Outbox(db)
    post_a, post_b = outbox.queue([a, b], ["hello"])
    net.fail_next("publish", PublishError(ErrorKind.NEEDS_SIGN_IN, "Sign in to @council0 again."))
    report = engine.run_once()
    assert report.paused_accounts == [post_a] and report.sent == [post_b]
    assert Accounts(db).get(a).status is AccountStatus.NEEDS_SIGN_IN
    assert outbox.get(post_a).state is State.QUEUED and "Sign in" in outbox.get(post_a).error
    assert engine.run_once().sent == []
    Accounts(db).mark(a, AccountStatus.CONNECTED)
    assert engine.run_once().sent == [post_a]


def test_needs_attention_does_not_block_the_queue(db: Database, engine: SyncEngine, net: Network) -> None:
    (a,) = _accounts(db, 1)
    outbox = Outbox(db)
    (bad,) = outbox.queue([a], ["first"])
    (good,) = outbox.queue([a], ["second"])
    net.fail_next("publish", PublishError(ErrorKind.NEEDS_ATTENTION, "Your X plan has no API credit left."))
    report = engine.run_once()
    assert report.needs_attention == [bad] and report.sent == [good]
    outbox.retry(bad)
    assert engine.run_once().sent == [bad]


def test_scheduled_posts_wait_for_their_time(
    db: Database, engine: SyncEngine, net: Network, clock: Clock
) -> None:
    (a,) = _accounts(db, 1)
    outbox = Outbox(db)
    (later,) = outbox.queue([a], ["tomorrow"], scheduled_at=datetime(2099, 1, 1))
    (now_id,) = outbox.queue([a], ["now"])
    assert outbox.get(later).state is State.SCHEDULED
    assert engine.run_once().sent == [now_id]
    outbox.send_now(later)
    assert engine.run_once().sent == [later]


def test_idempotency_material_is_committed_once_and_reused(
    db: Database, engine: SyncEngine, net: Network, clock: Clock
) -> None:
    (a,) = _accounts(db, 1)
    (post_id,) = Outbox(db).queue([a], ["x"])
    net.fail_next("publish", PublishError(ErrorKind.RETRY_LATER, "timeout", ambiguous=False))
    engine.run_once()
    clock.advance(hours=2)
    engine.run_once()
    first, again = net.keys_seen  # the same material, with when the first attempt began
    assert first == again and first == {"key": f"{post_id}-0", "first_attempt_at": first["first_attempt_at"]}


def test_transitions_are_checked(db: Database, engine: SyncEngine) -> None:
    (a,) = _accounts(db, 1)
    outbox = Outbox(db)
    (post_id,) = outbox.queue([a], ["x"])
    engine.run_once()
    with pytest.raises(TransitionError):
        outbox.retry(post_id)
    with pytest.raises(StoreError):
        outbox.queue([a], ["   "])


def test_cancel_returns_the_draft(db: Database) -> None:
    from desktop.core.store import DraftStore

    (a,) = _accounts(db, 1)
    store = DraftStore(db)
    draft = store.create(body="maybe later")
    (post_id,) = Outbox(db).queue([a], ["maybe later"], draft_id=draft.id)
    assert store.get(draft.id).status == "queued"
    assert Outbox(db).cancel(post_id) == draft.id
    assert store.get(draft.id).status == "draft"
    assert Outbox(db).get(post_id).state is State.CANCELLED


def test_draft_is_marked_posted_when_every_account_has_it(
    db: Database, engine: SyncEngine, net: Network
) -> None:
    from desktop.core.store import DraftStore

    a, b = _accounts(db, 2)
    store = DraftStore(db)
    draft = store.create(body="to both")
    Outbox(db).queue([a, b], ["to both"], draft_id=draft.id)
    net.fail_next("publish", PublishError(ErrorKind.NEEDS_ATTENTION, "no"), after=1)
    engine.run_once()
    assert store.get(draft.id).status == "queued"  # one of two went out
    failed = [p.id for p in Outbox(db).posts() if p.state is State.NEEDS_ATTENTION]
    Outbox(db).retry(failed[0])
    engine.run_once()
    assert store.get(draft.id).status == "sent"


def test_images_are_uploaded_once_across_retries(
    db: Database, engine: SyncEngine, net: Network, clock: Clock
) -> None:
    from pathlib import Path

    from desktop.core.attachments import Attachment

    (a,) = _accounts(db, 1)
    media = [
        Attachment(Path("/data/media/one.png"), "A bin", "image/png"),
        Attachment(Path("/data/media/two.png"), "A van", "image/png"),
    ]
    (post_id,) = Outbox(db).queue([a], ["with pictures"], media=media)
    net.fail_next("publish", PublishError(ErrorKind.RETRY_LATER, "X is down"))
    engine.run_once()
    clock.advance(hours=1)
    assert engine.run_once().sent == [post_id]
    assert net.calls.count("upload") == 2 and net.calls.count("publish") == 2
    assert Outbox(db).get(post_id).error == ""  # the earlier failure is not left on a sent post


def test_one_publisher_per_account_per_run(db: Database, net: Network, clock: Clock) -> None:
    import random

    built: list[int] = []

    def factory(account: AccountView) -> ScriptedPublisher:
        built.append(account.id)
        return ScriptedPublisher(net, account)

    a, b = _accounts(db, 2)
    for i in range(3):
        Outbox(db).queue([a, b], [f"post {i}"])
    engine = SyncEngine(db, factory, clock=clock, rng=random.Random(1))
    assert len(engine.run_once().sent) == 6
    assert sorted(built) == [a, b]  # credentials read once per account, not once per post


_HOLDER = """
import sys, time
from desktop.core.db import open_database
from desktop.core.paths import app_paths
from desktop.core.sync import SyncEngine

db = open_database(app_paths())
claim = SyncEngine(db, lambda account: None)._claim(db.engine.connect())
print("claimed" if claim else "nothing", flush=True)
time.sleep(60)
"""


def test_a_sigkilled_holder_s_post_resumes_at_once_with_a_lookup(
    db: Database, engine: SyncEngine, net: Network
) -> None:
    """The lease dies with its process: no lease time to wait out, and the resend looks first."""
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    (a,) = _accounts(db, 1)
    outbox = Outbox(db)
    first, second = outbox.queue([a], ["Pool closed today"]) + outbox.queue([a], ["Pool open tomorrow"])
    repo = Path(__file__).resolve().parents[1]
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER],
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "claimed"
        assert outbox.get(first).state is State.SENDING
        assert engine.run_once().sent == []  # a live process holds the account: its later posts wait
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert engine.run_once().sent == [first, second]
    assert texts(net, a) == ["Pool closed today", "Pool open tomorrow"]
    assert net.calls[:2] == ["find_landed", "publish"]  # the interrupted post was looked for first
    assert "resumed after an interrupted attempt" in [e[3] for e in outbox.events(first)]


@pytest.mark.parametrize(
    ("error", "lands"),
    [
        (AttributeError("'list' object has no attribute 'get'"), True),
        (KeyError("data"), False),
        (TypeError("string indices must be integers"), True),
    ],
)
def test_a_malformed_answer_never_raises_and_never_leaves_a_post_sending(
    db: Database, engine: SyncEngine, net: Network, error: Exception, lands: bool
) -> None:
    (a,) = _accounts(db, 1)
    outbox = Outbox(db)
    (post_id,) = outbox.queue([a], ["Road closed at the bridge"])
    net.fail_next("publish", error, lands=lands)  # type: ignore[arg-type] - a publisher's parse blew up
    report = engine.run_once()
    assert report.needs_attention == [post_id]
    view = outbox.get(post_id)
    assert view.state is State.NEEDS_ATTENTION and "couldn't read" in view.error
    outbox.retry(post_id)
    assert engine.run_once().sent == [post_id]
    assert texts(net, a) == ["Road closed at the bridge"]  # once, whether or not the first one landed
    assert net.calls == ["publish", "find_landed"] + ([] if lands else ["publish"])


def test_first_retry_after_a_transient_fault_comes_within_seconds(
    db: Database, engine: SyncEngine, net: Network, clock: Clock
) -> None:
    (a,) = _accounts(db, 1)
    outbox = Outbox(db)
    (post_id,) = outbox.queue([a], ["Leisure centre open late"])
    net.fail_next("publish", PublishError(ErrorKind.RETRY_LATER, "X is having trouble."))
    assert engine.run_once().waiting == [post_id]
    wait = outbox.get(post_id).next_attempt_at - clock.now
    assert timedelta(0) < wait <= RETRY_BASE
    clock.now += RETRY_BASE
    assert engine.run_once().sent == [post_id]


# -- one synced commit per post: "sent" and the next claim together ------------------------------------------


class _Killed(BaseException):
    """Stands in for SIGKILL inside one process: nothing after it runs, nothing catches it."""


def _commits(db: Database) -> list[int]:
    """Write transactions that committed changes (each one a synced commit); empty ones write nothing."""
    from sqlalchemy import event

    seen: list[int] = []

    def executed(conn, _cursor, statement: str, *_args) -> None:
        if statement.lstrip().split(None, 1)[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            conn.info["wrote"] = True  # ORM flushes and the engine's Core statements alike

    def committed(conn) -> None:
        if conn.info.pop("wrote", False):
            seen.append(1)

    event.listen(db.engine, "after_cursor_execute", executed)
    event.listen(db.engine, "commit", committed)
    return seen


def test_each_post_after_the_first_is_claimed_in_the_commit_that_records_the_last_sent(
    db: Database, engine: SyncEngine, net: Network
) -> None:
    a, b = _accounts(db, 2)
    outbox = Outbox(db)
    ids = [i for text in ("one", "two", "three") for i in outbox.queue([a, b], [text])]
    commits = _commits(db)
    assert sorted(engine.run_once().sent) == sorted(ids)
    assert texts(net, a) == texts(net, b) == ["one", "two", "three"]  # in order, once each, taking turns
    # The first claim with its key (this publisher has one: the run builds it before that claim); the key
    # of the other account's first post on its own, before the request (claimed with the first "sent",
    # before the run had its publisher); then per post one commit of "sent" with the next claim and, once
    # the run has that account's publisher, the next post's key: 1 + 1 + 6, where a separate claim and key
    # per post made it 6 + 6 + 6 (a separate key alone 1 + 6 + 6, and a separate first key 1 + 2 + 6).
    assert len(commits) == 8
    assert [e[3] for e in outbox.events(ids[1])].count("attempt started") == 1


def test_every_request_carries_a_key_committed_before_it(
    db: Database, engine: SyncEngine, net: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A post's key now comes with its claim, in the commit that records the post before it sent: it must
    still be durable (readable by another connection) before the request that carries it."""
    from desktop.core.models import Post

    (a,) = _accounts(db, 1)
    outbox = Outbox(db)
    ids = [outbox.queue([a], [text])[0] for text in ("one", "two", "three")]
    publish = ScriptedPublisher.publish
    stored = []

    def reads_the_key_first(self: ScriptedPublisher, part: PartRequest):
        with db.read() as session:  # another connection: sees committed rows only
            post = session.get(Post, part.post_id)
            assert post is not None and post.state == State.SENDING.value
            stored.append(post.idempotency["parts"][str(part.index)])
        return publish(self, part)

    monkeypatch.setattr(ScriptedPublisher, "publish", reads_the_key_first)
    assert engine.run_once().sent == ids
    assert stored == net.keys_seen  # the key, and when its first attempt began, durable before the request
    assert [{**seen, "first_attempt_at": None} for seen in stored] == [
        {"key": f"{i}-0", "first_attempt_at": None} for i in ids
    ]
    assert all(datetime.fromisoformat(seen["first_attempt_at"]) for seen in stored)


def test_a_run_that_sends_one_post_commits_twice_with_the_key_durable_before_the_request(
    db: Database, engine: SyncEngine, net: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The day's usual run, one post: its key comes with its claim (the publisher is built first), so the
    run costs two synced commits (claim with key, then "sent"), not three, and the key is still readable
    by another connection before the request that carries it."""
    from desktop.core.models import Post

    (a,) = _accounts(db, 1)
    outbox = Outbox(db)
    publish = ScriptedPublisher.publish
    stored = []

    def reads_the_key_first(self: ScriptedPublisher, part: PartRequest):
        with db.read() as session:  # another connection: sees committed rows only
            post = session.get(Post, part.post_id)
            assert post is not None and post.state == State.SENDING.value
            stored.append(post.idempotency["parts"][str(part.index)])
        return publish(self, part)

    monkeypatch.setattr(ScriptedPublisher, "publish", reads_the_key_first)
    commits = _commits(db)
    for text in ("one", "two"):
        (post_id,) = outbox.queue([a], [text])
        commits.clear()
        assert engine.run_once().sent == [post_id]
        assert len(commits) == 2
        assert stored[-1] == net.keys_seen[-1]  # the key and its first attempt's time, durable before
        assert {**stored[-1], "first_attempt_at": None} == {"key": f"{post_id}-0", "first_attempt_at": None}
    assert texts(net, a) == ["one", "two"]


def test_a_run_with_nothing_due_builds_no_publisher(db: Database, net: Network, clock: Clock) -> None:
    """Publishers are built ahead of a claim only for a post that is due: an idle run reads no keyring."""
    (a,) = _accounts(db, 1)
    built: list[int] = []

    def build(account: AccountView) -> ScriptedPublisher:
        built.append(account.id)
        return ScriptedPublisher(net, account)

    engine = SyncEngine(db, build, clock=clock)
    outbox = Outbox(db)
    assert engine.run_once().sent == []
    (post_id,) = outbox.queue([a], ["Library closed Monday"])
    net.fail_next("publish", PublishError(ErrorKind.RETRY_LATER, "X is having trouble."))
    assert engine.run_once().waiting == [post_id]
    assert built == [a]
    assert engine.run_once().sent == []  # waiting for its retry time: nothing built
    assert built == [a]
    clock.advance(seconds=RETRY_BASE.total_seconds())
    assert engine.run_once().sent == [post_id]
    assert built == [a, a]


def test_a_publisher_that_cannot_be_built_ahead_pauses_the_account_as_before(
    db: Database, net: Network, clock: Clock
) -> None:
    (a,) = _accounts(db, 1)
    outbox = Outbox(db)
    (post_id,) = outbox.queue([a], ["Bins on Tuesday"])

    def build(account: AccountView) -> ScriptedPublisher:
        raise PublishError(ErrorKind.NEEDS_SIGN_IN, "Crier has no access token for @council0.")

    report = SyncEngine(db, build, clock=clock).run_once()
    assert report.paused_accounts == [post_id] and net.calls == []
    assert Accounts(db).get(a).status is AccountStatus.NEEDS_SIGN_IN
    assert outbox.get(post_id).state is State.QUEUED


def test_a_run_with_a_limit_claims_no_post_it_will_not_send(db: Database, engine: SyncEngine) -> None:
    (a,) = _accounts(db, 1)
    outbox = Outbox(db)
    first, second = (outbox.queue([a], [text])[0] for text in ("one", "two"))
    assert engine.run_once(limit=1).sent == [first]
    assert outbox.get(second).state is State.QUEUED and outbox.get(second).attempts == 0
    assert engine.run_once().sent == [second]  # and its lease was not kept


def test_killed_after_sent_and_next_claim_commit_the_next_post_is_resumed_and_sent_once(
    db: Database, engine: SyncEngine, net: Network
) -> None:
    (a,) = _accounts(db, 1)
    outbox = Outbox(db)
    first, second = (outbox.queue([a], [text])[0] for text in ("one", "two"))
    publish = ScriptedPublisher.publish
    calls = []

    def dies_on_the_second(self: ScriptedPublisher, part: PartRequest):
        calls.append(part.post_id)
        if part.post_id == second:
            raise _Killed  # the combined commit is in; the process dies before the request
        return publish(self, part)

    ScriptedPublisher.publish = dies_on_the_second  # type: ignore[method-assign]
    try:
        with pytest.raises(_Killed):
            engine.run_once()
    finally:
        ScriptedPublisher.publish = publish  # type: ignore[method-assign]
    assert outbox.get(first).state is State.SENT and outbox.get(second).state is State.SENDING
    assert engine.run_once().sent == [second]  # the lease died with the "process": resumed at once
    assert texts(net, a) == ["one", "two"]
    assert "resumed after an interrupted attempt" in [e[3] for e in outbox.events(second)]
    assert net.calls.count("find_landed") == 1  # it looked before sending


def test_killed_before_the_combined_commit_neither_is_recorded_and_nothing_goes_twice(
    db: Database, engine: SyncEngine, net: Network
) -> None:
    (a,) = _accounts(db, 1)
    outbox = Outbox(db)
    first, second = (outbox.queue([a], [text])[0] for text in ("one", "two"))
    claim_next = engine._claim_next

    def claims_then_dies(*args, **kwargs):
        claimed = claim_next(*args, **kwargs)
        assert claimed is not None and claimed.post_id == second
        raise _Killed  # inside the transaction: the first written as sent, the second as claimed

    engine._claim_next = claims_then_dies  # type: ignore[method-assign]
    with pytest.raises(_Killed):
        engine.run_once()
    del engine._claim_next
    # Rolled back together: the first is still "sending" (its request went out), the second untouched.
    assert outbox.get(first).state is State.SENDING and outbox.get(second).state is State.QUEUED
    assert sorted(engine.run_once().sent) == [first, second]
    assert texts(net, a) == ["one", "two"]  # the first was found landed, not sent again


class _FlakyLeases:
    """A lease store whose first take for one account fails (too many open files)."""

    def __init__(self, inner, broken: int) -> None:
        self.inner, self.broken, self.failed = inner, broken, False

    def try_take(self, account_id: int):
        if account_id == self.broken and not self.failed:
            self.failed = True
            raise OSError(24, "Too many open files")
        return self.inner.try_take(account_id)

    def __getattr__(self, name: str):
        return getattr(self.inner, name)


def test_a_failure_claiming_the_next_post_does_not_unrecord_the_post_that_went_out(
    db: Database, engine: SyncEngine, net: Network
) -> None:
    """The "sent" and the next claim share one commit; a failed claim must not roll back the "sent"."""
    a, b = _accounts(db, 2)
    outbox = Outbox(db)
    (first,) = outbox.queue([a], ["Road closed at the bridge"])
    outbox.queue([b], ["Bins a day late"])
    engine.leases = _FlakyLeases(engine.leases, broken=b)
    engine.run_once()
    assert texts(net, a) == ["Road closed at the bridge"]
    assert outbox.get(first).state is State.SENT
    assert texts(net, b) == ["Bins a day late"]  # claimed afresh in the same run, once
