"""The same text queued twice to one X account: the repeat never takes the earlier post's id.

X refuses duplicate content. Before the fix, a repeat whose request was dropped on the way was looked for
on the timeline since it was *queued*, found the earlier post (made after that), and was marked sent with
its id, never going out. Now the search starts at the part's own first attempt and skips ids the outbox
holds for another post; and the database refuses an id recorded for two posts (``post_remote_ids``).
"""

from __future__ import annotations

from desktop.core.accounts import AccountView
from desktop.core.db import Database
from desktop.core.networks.publishing import PartRequest, Published, Publisher
from desktop.core.outbox import Outbox, State
from desktop.core.sync import SyncEngine
from tests import test_x_publisher as x
from tests.fakes.crier_side import EngineClock
from tests.fakes.faults import Fault
from tests.test_x_auth import XWorld

x_api_factory, world, session = x.x_api_factory, x.world, x.session
x2, engine, engine_clock = x.x2, x.engine, x.engine_clock

TEXT = "Reminder: put your bins out tonight"


def test_a_repeat_whose_request_was_dropped_is_not_marked_sent_as_the_earlier_post(
    world: XWorld, x2: AccountView, db: Database, engine: SyncEngine, engine_clock: EngineClock
) -> None:
    outbox = Outbox(db)
    [first] = outbox.queue([x2.id], [TEXT])
    [second] = outbox.queue([x2.id], [TEXT])  # the same reminder again, on purpose
    world.server.faults.add(Fault.drop(), method="POST", path=x.POST_PATH, skip=1)  # the 2nd: dropped
    report = engine.run_once()
    assert report.sent == [first] and report.waiting == [second]

    engine_clock.advance(hours=1)
    engine.run_once()

    view = outbox.get(second)
    [tweet] = x.tweets(world)
    assert outbox.get(first).remote_ids == (tweet.id,)
    assert view.remote_ids == (), "marked sent as the first post"
    # X refused the repeat as a duplicate of the first: said plainly, and Retry still checks first.
    assert view.state is State.NEEDS_ATTENTION and "already posted the same text" in view.error
    assert [r.status for r in world.state.requests("POST", x.POST_PATH)][-1] == 403


class _Mistaken:
    """A publisher whose landing check answers with another post's id (a search that got it wrong)."""

    def __init__(self, inner: Publisher, wrong: str) -> None:
        self._inner, self._wrong = inner, wrong
        self.network = inner.network

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)

    def find_landed(self, part: PartRequest) -> Published | None:
        return Published(self._wrong)


def test_the_database_refuses_one_remote_id_for_two_posts(
    world: XWorld, x2: AccountView, db: Database, engine: SyncEngine, engine_clock: EngineClock
) -> None:
    outbox = Outbox(db)
    [first] = outbox.queue([x2.id], [TEXT])
    [second] = outbox.queue([x2.id], [TEXT + " (and the green bin)"])
    world.server.faults.add(Fault.drop(), method="POST", path=x.POST_PATH, skip=1)
    engine.run_once()
    [taken] = outbox.get(first).remote_ids
    build = engine.publisher_for
    engine.publisher_for = lambda account: _Mistaken(build(account), taken)  # type: ignore[assignment,return-value]

    engine_clock.advance(hours=1)
    assert engine.run_once().needs_attention == [second]
    view = outbox.get(second)
    assert view.remote_ids == () and "earlier post from the outbox" in view.error
    assert len(x.tweets(world)) == 1  # nothing posted blind

    engine.publisher_for = build  # Retry: the check runs again (correctly now) and the post goes out
    outbox.retry(second)
    assert engine.run_once().sent == [second]
    assert outbox.get(second).remote_ids not in ((), (taken,))
    assert len(x.tweets(world)) == 2
