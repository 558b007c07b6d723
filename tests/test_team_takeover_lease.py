"""The team outbox: no PC takes a post over while the request of the PC that lost it may still land.

PC A's link to the team database drops while its request to X is still on its way. Its advisory lock
goes at once; before team migration t0010 PC B took the post over straight away, its landing search found
nothing (A's post hadn't landed yet) and B posted it; then A's copy landed too (only X's own duplicate
check, off here, stood in the way). Now B leaves the post until A's request deadline has passed, and then
finds A's post (or, when A's never landed, posts it once). A real PostgreSQL server and the X fake; A's
request deadline is short (``NetConfig.deadline``, through the ``CRIER_REQUEST_DEADLINE`` knob's field) and
the test waits out the time a request may stay open (``NetConfig.longest_request``) for real.

X may renew its sign-in, a request of its own, just before it posts: the time A recorded covers one request,
so A's post, started once that time is spent, could still be on its way after B was let in. Now each
further request records its own time first, and is never sent if A can't (its link has dropped).
"""

from __future__ import annotations

import threading
import time
import uuid
from typing import Any

import pytest
from psycopg.rows import dict_row

from desktop.core.accounts import Accounts, AccountView
from desktop.core.credentials import SecretStore
from desktop.core.net import NetConfig
from desktop.core.networks.publishing import PartRequest, Published, Publisher
from desktop.core.networks.registry import publisher_factory
from desktop.core.team.client import OUTBOX_SQL
from desktop.core.team.pairs import attempt_wait
from desktop.core.team.publish import TeamSender, TeamSendReport
from tests import test_x_publisher as x
from tests.fakes.faults import Fault
from tests.test_team_db import Team, _wait_out_deadline, _wait_until_gone
from tests.test_x_auth import XWorld

pytestmark = pytest.mark.integration

x_api_factory, world, session, x2 = x.x_api_factory, x.world, x.session, x.x2
TEXT = "Park and ride closed on Saturday for the parade"
#: A's request deadline: its request, and a connect under way, may stay open twice that
#: (``NetConfig.longest_request``): long enough for B's whole run to fall inside it, short enough to wait out.
DEADLINE = 2.0
TOKEN_PATH = "/2/oauth2/token"


@pytest.fixture
def team(team_db: Any) -> Team:
    return Team(team_db)


class LinkDropsMidRequest:
    """PC A's publisher: its team-database link drops as its request to X leaves (the request goes on)."""

    def __init__(self, inner: Publisher, conn: Any, requesting: threading.Event) -> None:
        self._inner, self.network, self._conn, self._requesting = inner, inner.network, conn, requesting

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def publish(self, part: PartRequest) -> Published:
        self._conn.close()
        self._requesting.set()
        return self._inner.publish(part)


@pytest.mark.parametrize("lands", [True, False], ids=["a_post_lands_late", "a_post_never_lands"])
def test_no_pc_takes_a_post_over_while_the_dropped_pcs_request_may_still_land(
    team: Team, world: XWorld, x2: AccountView, accounts: Accounts, secrets: SecretStore, lands: bool
) -> None:
    world.state.config.duplicate_detection = False  # nothing but Crier between two PCs and a double
    sid = team.submit(team.as_(team.author), TEXT)
    team.as_(team.approver).execute("SELECT crier.decide(%s, %s, 'approved', '')", (uuid.uuid4(), sid))
    net = NetConfig.from_env(deadline=DEADLINE)
    build = publisher_factory(
        accounts, secrets=secrets, net_config=net, settings={"x.client_id": world.app.client_id}
    )
    # X holds A's request: answers it (the post lands) well inside A's deadline, or never does.
    held = Fault.slow(DEADLINE / 2) if lands else Fault.timeout(seconds=DEADLINE + 3)
    world.server.faults.add(held, method="POST", path=x.POST_PATH)

    def pc_b() -> TeamSendReport:
        return TeamSender(
            team.as_(team.approver2), {team.account: x2}, build, lambda t, a: [t], None, net.longest_request
        ).run()

    def listed() -> dict[str, Any]:
        """The post as B's `crier outbox` and Team view pull it."""
        with team.as_(team.approver2).cursor(row_factory=dict_row) as cur:
            return cur.execute(OUTBOX_SQL + " WHERE o.submission_id = %s", (sid,)).fetchone()

    conn_a, requesting = team.as_(team.approver), threading.Event()
    pid_a = conn_a.info.backend_pid
    pc_a = TeamSender(
        conn_a, {team.account: x2}, lambda a: LinkDropsMidRequest(build(a), conn_a, requesting),
        lambda t, a: [t], None, net.longest_request,
    )  # fmt: skip
    reports: list[TeamSendReport] = []
    a_runs = threading.Thread(target=lambda: reports.append(pc_a.run()))
    a_runs.start()
    try:
        assert requesting.wait(30), "PC A never sent its request"
        _wait_until_gone(team, pid_a)  # A's lock is free: only its request deadline holds the post now
        early = pc_b()  # while A's request is on its way
        assert early.sent == early.waiting == early.needs_attention == [], "B took the post over"
        row = listed()
        assert row["state"] == "sending" and attempt_wait(row["attempt_wait"]) is not None  # waits for A
    finally:
        a_runs.join(60)
    assert not a_runs.is_alive() and reports[0].lost  # A's request ended; A could record nothing
    assert len(x.tweets(world)) == (1 if lands else 0)

    _wait_out_deadline(net.longest_request)  # A's request can no longer land
    late = pc_b()
    [tweet] = x.tweets(world)  # A's, found by B's landing search; or B's own, once
    assert late.sent == team.column("SELECT id FROM crier.outbox WHERE submission_id = %s", sid)
    assert team.column("SELECT remote_ids FROM crier.outbox WHERE submission_id = %s", sid) == [[tweet.id]]
    assert listed()["attempt_wait"] is None


def test_a_pc_renewing_its_sign_in_before_posting_never_posts_after_another_pc_may_take_over(
    team: Team, world: XWorld, accounts: Accounts, secrets: SecretStore, session: Any
) -> None:
    """A records its request, its link drops, X holds its sign-in renewal and would hold its post, each well
    inside a request's deadline. Before, A's post went out after its one recorded deadline had passed, while
    B (let in then) posted too. Now A's post must record its own time first; A can't, so it never posts,
    and B posts once."""
    world.state.config.duplicate_detection = False  # nothing but Crier between two PCs and a double
    world.state.config.access_token_lifetime = 60  # A's token is near its end: X's renewal comes first
    account = x.oauth2_account(world, accounts, secrets, session)
    sid = team.submit(team.as_(team.author), TEXT)
    team.as_(team.approver).execute("SELECT crier.decide(%s, %s, 'approved', '')", (uuid.uuid4(), sid))
    net = NetConfig.from_env(deadline=DEADLINE)
    build = publisher_factory(
        accounts, secrets=secrets, net_config=net, settings={"x.client_id": world.app.client_id}
    )
    world.server.faults.add(Fault.slow(DEADLINE * 0.75), method="POST", path=TOKEN_PATH)
    world.server.faults.add(Fault.slow(DEADLINE * 0.75), method="POST", path=x.POST_PATH)

    conn_a, requesting = team.as_(team.approver), threading.Event()
    pid_a = conn_a.info.backend_pid
    pc_a = TeamSender(
        conn_a, {team.account: account}, lambda a: LinkDropsMidRequest(build(a), conn_a, requesting),
        lambda t, a: [t], None, net.longest_request,
    )  # fmt: skip
    reports: list[TeamSendReport] = []
    a_runs = threading.Thread(target=lambda: reports.append(pc_a.run()))
    a_runs.start()
    try:
        assert requesting.wait(30), "PC A never started sending"
        _wait_until_gone(team, pid_a)
        for _ in range(300):  # B takes the post over as soon as the team database lets it
            taken = TeamSender(
                team.as_(team.approver2), {team.account: account}, build, lambda t, a: [t], None,
                net.longest_request,
            ).run()  # fmt: skip
            if taken.sent:
                break
            time.sleep(0.1)
    finally:
        a_runs.join(60)
    assert not a_runs.is_alive() and reports[0].lost
    assert [r.status for r in world.state.requests("POST", TOKEN_PATH)][:1] == [200]  # A's renewal went
    posted = x.tweets(world)
    assert len(posted) == 1, "A's post went out after B was let in, and B's too"
    [tweet] = posted  # B's: A never sent its post
    assert len(world.state.requests("POST", x.POST_PATH)) == 1
    assert taken.sent == team.column("SELECT id FROM crier.outbox WHERE submission_id = %s", sid)
    assert team.column("SELECT remote_ids FROM crier.outbox WHERE submission_id = %s", sid) == [[tweet.id]]
