"""The team outbox: no PC takes a post over while the request of the PC that lost it may still land.

PC A's link to the team database drops while its request to X is still on its way. Its advisory lock
goes at once; before team migration t0010 PC B took the post over straight away, its landing search found
nothing (A's post hadn't landed yet) and B posted it; then A's copy landed too (only X's own duplicate
check, off here, stood in the way). Now B leaves the post until A's request deadline has passed, and then
finds A's post (or, when A's never landed, posts it once). A real PostgreSQL server and the X fake; A's
request deadline is short (``NetConfig.deadline``) and the test waits it out for real.
"""

from __future__ import annotations

import threading
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
#: A's request deadline: long enough for B's whole run to fall inside it, short enough to wait out.
DEADLINE = 4.0


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
            team.as_(team.approver2), {team.account: x2}, build, lambda t, a: [t], deadline=net.deadline
        ).run()

    def listed() -> dict[str, Any]:
        """The post as B's `crier outbox` and Team view pull it."""
        with team.as_(team.approver2).cursor(row_factory=dict_row) as cur:
            return cur.execute(OUTBOX_SQL + " WHERE o.submission_id = %s", (sid,)).fetchone()

    conn_a, requesting = team.as_(team.approver), threading.Event()
    pid_a = conn_a.info.backend_pid
    pc_a = TeamSender(
        conn_a, {team.account: x2}, lambda a: LinkDropsMidRequest(build(a), conn_a, requesting),
        lambda t, a: [t], deadline=net.deadline,
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

    _wait_out_deadline(DEADLINE)  # A's request can no longer land
    late = pc_b()
    [tweet] = x.tweets(world)  # A's, found by B's landing search; or B's own, once
    assert late.sent == team.column("SELECT id FROM crier.outbox WHERE submission_id = %s", sid)
    assert team.column("SELECT remote_ids FROM crier.outbox WHERE submission_id = %s", sid) == [[tweet.id]]
    assert listed()["attempt_wait"] is None
