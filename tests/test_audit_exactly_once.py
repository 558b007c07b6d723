"""Audit: a post repeated on purpose is marked sent with the earlier post's id, and never goes out.

Fails on main: MastodonPublisher._search matches any status with the same text since the post was *queued*
(not since its own first attempt), so a reminder queued twice (Monday's and Tuesday's) whose second request
was dropped is recorded as sent with Monday's status once Mastodon's idempotency key has expired.
"""

from __future__ import annotations

import time

from desktop.core.accounts import AccountView
from desktop.core.outbox import Outbox, State
from tests.fakes import mastodon_fixtures as fixtures
from tests.fakes.faults import Fault
from tests.fakes.mastodon_fixtures import CrierSide, MastodonEnv

mastodon_connected = fixtures.mastodon_connected
mastodon_crier = fixtures.mastodon_crier
mastodon = fixtures.mastodon
mastodon_factory = fixtures.mastodon_factory

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
