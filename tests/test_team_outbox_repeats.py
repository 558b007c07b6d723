"""The team outbox: a repeat taken over from a PC that died mid-send never takes the earlier post's id.

Two approved posts with the same words to one X account; the second's request is dropped on the way and
the PC dies. Another PC takes it over (``check_landed``). Before the fix its "did it land?" search started
from when the post was queued (before the first went out), so it found the first post's tweet and recorded
the second as sent under that id, and it never went out. A real PostgreSQL server and the X fake.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from desktop.core.accounts import AccountView
from desktop.core.net import NetConfig
from desktop.core.net.config import DEADLINE_ENV
from desktop.core.networks.publishing import PartRequest, Published, Publisher
from desktop.core.team.publish import TeamSender
from tests import test_x_publisher as x
from tests.fakes.faults import Fault
from tests.test_team_db import REQUEST_DEADLINE, Team, _wait_out_deadline, _wait_until_gone
from tests.test_x_auth import XWorld

pytestmark = pytest.mark.integration

x_api_factory, world, session, x2 = x.x_api_factory, x.world, x.session, x.x2
engine, engine_clock = x.engine, x.engine_clock
TEXT = "Reminder: put your bins out tonight"
#: How long one request to the fake X stays open at most: a dead PC's post is left for that long.
LONGEST = NetConfig(deadline=REQUEST_DEADLINE).longest_request


@pytest.fixture(autouse=True)
def short_requests(monkeypatch: pytest.MonkeyPatch) -> None:
    """The publishers' sessions (``NetConfig.from_env``) have a short request deadline."""
    monkeypatch.setenv(DEADLINE_ENV, str(REQUEST_DEADLINE))


class Died(BaseException):
    """The PC dying mid-request: nothing after it runs, and its connection goes."""


class DiesAfterSecondPost:
    def __init__(self, inner: Publisher) -> None:
        self._inner, self.network, self.posts = inner, inner.network, 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def publish(self, part: PartRequest) -> Published:
        self.posts += 1
        try:
            return self._inner.publish(part)
        finally:
            if self.posts == 2:
                raise Died


@pytest.fixture
def team(team_db: Any) -> Team:
    return Team(team_db)


def _sender(team: Team, user: str, held: AccountView, factory: Any) -> TeamSender:
    return TeamSender(
        team.as_(user), {team.account: held}, factory, lambda text, account: [text], longest_request=LONGEST
    )


def _approve(team: Team, text: str) -> int:
    sid = team.submit(team.as_(team.author), text)
    team.as_(team.approver).execute("SELECT crier.decide(%s, %s, 'approved', '')", (uuid.uuid4(), sid))
    return sid


def test_a_repeat_taken_over_from_a_dead_pc_is_not_marked_sent_as_the_earlier_post(
    team: Team, world: XWorld, x2: AccountView, engine: Any
) -> None:
    first, second = _approve(team, TEXT), _approve(team, TEXT)  # the same reminder twice, on purpose
    world.server.faults.add(Fault.drop(), method="POST", path=x.POST_PATH, skip=1)  # the 2nd: dropped
    build = engine.publisher_for
    dying = _sender(team, team.approver, x2, lambda account: DiesAfterSecondPost(build(account)))
    pid = dying.conn.info.backend_pid
    with pytest.raises(Died):
        dying.run()
    dying.conn.close()
    _wait_until_gone(team, pid)
    _wait_out_deadline(LONGEST)

    report = _sender(team, team.approver2, x2, build).run()

    rows = dict(
        team.admin.execute(
            "SELECT submission_id, remote_ids FROM crier.outbox WHERE submission_id IN (%s, %s)",
            (first, second),
        ).fetchall()
    )
    [tweet] = x.tweets(world)
    assert rows[first] == [tweet.id]
    assert rows[second] == [], "marked sent as the first post"
    assert report.needs_attention and not report.sent  # X refused the repeat: back for editing
    states = team.column("SELECT state FROM crier.outbox WHERE submission_id = %s", second)
    assert states == ["needs_attention"]


def test_the_team_database_refuses_one_remote_id_for_two_posts(team: Team) -> None:
    import psycopg

    a, b = _approve(team, "one"), _approve(team, "two")
    pc = team.as_(team.approver)
    row = pc.execute("SELECT id, attempt_id FROM crier.claim_next(%s)", ([team.account],)).fetchone()
    pc.execute("SELECT crier.finish(%s, %s, '[\"111\"]', NULL, '')", row)
    pc.execute("SELECT crier.release(%s)", (team.account,))
    row = pc.execute("SELECT id, attempt_id FROM crier.claim_next(%s)", ([team.account],)).fetchone()
    assert pc.execute("SELECT crier.remote_id_owner(%s, '111', %s)", (team.account, row[0])).fetchone()[0]
    with pytest.raises(psycopg.errors.UniqueViolation):
        pc.execute("SELECT crier.finish(%s, %s, '[\"111\"]', NULL, '')", row)
    assert team.column("SELECT state FROM crier.outbox WHERE submission_id = %s", b) == ["sending"]
    assert team.column("SELECT remote_ids FROM crier.outbox WHERE submission_id = %s", a) == [["111"]]


class Mistaken:
    """A publisher whose landing check answers with another post's id (a search that got it wrong)."""

    def __init__(self, inner: Publisher, wrong: str) -> None:
        self._inner, self.network, self._wrong = inner, inner.network, wrong

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def find_landed(self, part: PartRequest) -> Published | None:
        return Published(self._wrong)


def test_a_sender_given_another_posts_id_stops_for_attention_with_its_check_pending(
    team: Team, world: XWorld, x2: AccountView, engine: Any
) -> None:
    first, second = _approve(team, TEXT), _approve(team, TEXT + " (and the green bin)")
    world.server.faults.add(Fault.drop(), method="POST", path=x.POST_PATH, skip=1)  # the 2nd: dropped
    build = engine.publisher_for
    dying = _sender(team, team.approver, x2, lambda account: DiesAfterSecondPost(build(account)))
    pid = dying.conn.info.backend_pid
    with pytest.raises(Died):
        dying.run()
    dying.conn.close()
    _wait_until_gone(team, pid)
    _wait_out_deadline(LONGEST)
    [taken] = x.tweets(world)

    report = _sender(team, team.approver2, x2, lambda account: Mistaken(build(account), taken.id)).run()

    assert report.needs_attention and not report.sent
    row = team.admin.execute(
        "SELECT remote_ids, idempotency, error FROM crier.outbox WHERE submission_id = %s", (second,)
    ).fetchone()
    assert row[0] == [] and row[1].get("check_landed") is True
    assert "earlier post from the outbox" in row[2]
    assert len(x.tweets(world)) == 1  # nothing posted blind
    assert team.column("SELECT remote_ids FROM crier.outbox WHERE submission_id = %s", first) == [[taken.id]]
