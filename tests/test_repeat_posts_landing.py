"""A post repeated on purpose is never marked sent with the earlier post's id, and goes out (audit).

Failed before the fix: MastodonPublisher._search matched any status with the same text since the post was
*queued* (not since its own first attempt), so a reminder queued twice (Monday's and Tuesday's) whose second
request was dropped is recorded as sent with Monday's status once Mastodon's idempotency key has expired.
FacebookPublisher._search does the same within CLOCK_SLACK (2 minutes) of the post's first attempt.
"""

from __future__ import annotations

import time

from desktop.core.accounts import AccountView
from desktop.core.db import Database
from desktop.core.outbox import Outbox, State
from desktop.core.sync import SyncEngine
from tests import test_facebook_publisher as facebook
from tests.fakes import graph_fixtures
from tests.fakes import mastodon_fixtures as fixtures
from tests.fakes.crier_side import EngineClock
from tests.fakes.faults import Fault
from tests.fakes.graph_fixtures import GraphEnv
from tests.fakes.mastodon_fixtures import CrierSide, MastodonEnv

mastodon_connected = fixtures.mastodon_connected
mastodon_crier = fixtures.mastodon_crier
mastodon = fixtures.mastodon
mastodon_factory = fixtures.mastodon_factory
graph_api = graph_fixtures.graph_api
graph_api_factory = graph_fixtures.graph_api_factory
graph_session = graph_fixtures.graph_session
page = facebook.page
clock = facebook.clock
engine = facebook.engine

STATUSES = "/api/v1/statuses"


def test_a_repeated_post_whose_request_was_dropped_is_posted_not_marked_sent_as_the_earlier_one(
    mastodon: MastodonEnv, mastodon_crier: CrierSide, mastodon_connected: AccountView
) -> None:
    crier, connected = mastodon_crier, mastodon_connected

    def clock() -> float:
        return time.time() + crier.clock.offset.total_seconds()

    outbox = Outbox(crier.db)
    text = "Reminder: put your bins out tonight"
    [first] = outbox.queue([connected.id], [text])
    [second] = outbox.queue([connected.id], [text])  # the same reminder again, on purpose
    engine = crier.engine(clock=clock)
    mastodon.faults.add(Fault.drop(), method="POST", path=STATUSES, skip=1)  # the 2nd never reaches it
    report = engine.run_once()
    assert report.sent == [first] and report.waiting == [second]
    assert len(mastodon.statuses()) == 1

    crier.clock.advance(hours=3)  # offline on 4G for a while; Mastodon has forgotten the key
    mastodon.state.advance_clock(3 * 3600)
    engine.run_once()

    view = outbox.get(second)
    statuses = mastodon.statuses()
    assert view.state is State.SENT
    assert list(view.remote_ids) != list(outbox.get(first).remote_ids), "marked sent as the first post"
    assert len(statuses) == 2, "the second reminder never went out"


# -- the same on Facebook: its search started 2 minutes before the post's own first attempt ----------------


def _drain_with_facebook_time(
    graph_api: GraphEnv, engine: SyncEngine, clock: EngineClock, outbox: Outbox, ids: list[int]
) -> None:
    """``facebook.drain`` with Facebook's clock moving as ours does (its duplicate rule is time-bound)."""
    for _ in range(10):
        engine.run_once()
        if all(outbox.get(i).state in (State.SENT, State.NEEDS_ATTENTION) for i in ids):
            return
        clock.advance(hours=1)
        graph_api.state.advance_clock(3600)
    raise AssertionError("posts still unfinished: " + str([outbox.get(i).state for i in ids]))


def test_a_repeated_facebook_post_whose_request_was_dropped_is_posted_not_marked_sent_as_the_first(
    graph_api: GraphEnv,
    page: AccountView,
    db: Database,
    engine: SyncEngine,
    clock: EngineClock,
) -> None:
    outbox = Outbox(db)
    text = "Reminder: put your bins out tonight"
    [first] = outbox.queue([page.id], [text])
    [second] = outbox.queue([page.id], [text])  # the same reminder again, on purpose
    graph_api.faults.add(Fault.drop(), method="POST", path=facebook.FEED, skip=1)  # 2nd: dropped
    _drain_with_facebook_time(graph_api, engine, clock, outbox, [first, second])

    posts = graph_api.state.posts_for(graph_api.page.id)
    assert outbox.get(second).remote_ids != outbox.get(first).remote_ids, "marked sent as the first post"
    assert len(posts) == 2, "the second reminder never went out"
    assert outbox.get(second).state is State.SENT
    assert {outbox.get(first).remote_ids, outbox.get(second).remote_ids} == {(p.id,) for p in posts}


def test_a_repeat_facebook_refuses_as_a_duplicate_goes_back_for_editing_not_marked_sent(
    graph_api: GraphEnv, page: AccountView, db: Database, engine: SyncEngine, clock: EngineClock
) -> None:
    """Within Facebook's duplicate window the repeat is refused (506); the only copy on the Page is the
    first post's, so the repeat is the user's: it comes back for editing, and is never marked sent."""
    outbox = Outbox(db)
    text = "Reminder: put your bins out tonight"
    [first] = outbox.queue([page.id], [text])
    [second] = outbox.queue([page.id], [text])
    graph_api.faults.add(Fault.drop(), method="POST", path=facebook.FEED, skip=1)
    facebook.drain(engine, clock, outbox, [first, second])  # Facebook's clock stays within its window

    view = outbox.get(second)
    assert view.state is State.NEEDS_ATTENTION and view.remote_ids == ()
    assert "same text very recently" in view.error
    assert len(graph_api.state.posts_for(graph_api.page.id)) == 1
