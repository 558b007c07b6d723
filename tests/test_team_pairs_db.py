"""A Welsh-English pair in the team database (migration t0003): both approvals before either is queued, the
Welsh first in the outbox, and the English never handed out or started before the Welsh is recorded sent,
whoever asks and however they race. Raw SQL over members' own connections, on a real PostgreSQL server."""

from __future__ import annotations

import threading
import uuid

import psycopg
import pytest
from psycopg import errors

from desktop.core.team.pairs import pair_wait
from tests.test_team_db import Team

pytestmark = pytest.mark.integration


class PairTeam(Team):
    """The team of test_team_db with a second account: @cyngor (Welsh) beside @council (English)."""

    def __init__(self, db) -> None:  # noqa: ANN001
        super().__init__(db)
        self.welsh = self.register("@cyngor", "Cyngor")

    def submit_pair(self, welsh_text: str = "Mae'r biniau'n mynd allan ddydd Mawrth") -> tuple[int, int]:
        conn = self.as_(self.author)
        w = conn.execute(
            "SELECT crier.submit_pair(%s, %s, %s, %s, %s)",
            (uuid.uuid4(), self.welsh, welsh_text, self.account, "Bins go out on Tuesday"),
        ).fetchone()[0]
        (e,) = self.column("SELECT id FROM crier.submissions WHERE pair_index = 1 AND pair_id ="
                           " (SELECT pair_id FROM crier.submissions WHERE id = %s)", w)  # fmt: skip
        return w, e

    def decide(self, sid: int, who: str | None = None) -> None:
        self.as_(who or self.approver).execute(
            "SELECT crier.decide(%s, %s, 'approved', '')", (uuid.uuid4(), sid)
        )

    def outbox(self) -> list[tuple[int, int, str]]:
        return self.admin.execute("SELECT id, submission_id, state FROM crier.outbox ORDER BY id").fetchall()

    def hold(self, sid: int) -> dict | None:
        return self.as_(self.author).execute("SELECT crier.pair_hold(%s)", (sid,)).fetchone()[0]


@pytest.fixture
def team(team_db) -> PairTeam:  # noqa: ANN001
    return PairTeam(team_db)


def test_neither_is_queued_until_both_are_approved_then_the_welsh_is_first(team: PairTeam) -> None:
    welsh, english = team.submit_pair()
    team.decide(welsh)
    assert team.outbox() == []  # the Welsh is approved, but the English is still in review
    assert team.column("SELECT state FROM crier.submissions WHERE id = %s", welsh) == ["approved"]
    assert str(pair_wait(team.hold(welsh))) == "Waiting for its English pair to be approved"
    assert team.hold(english) is None  # in review: that is what it waits for

    team.decide(english, team.approver2)
    assert [(s, st) for _, s, st in team.outbox()] == [(welsh, "queued"), (english, "queued")]
    assert team.hold(welsh) is None
    assert str(pair_wait(team.hold(english))) == "Waiting for its Welsh pair to go out"
    actions = team.column("SELECT action FROM crier.audit_log WHERE submission_id = %s ORDER BY id", welsh)
    assert actions == ["submitted", "approved", "waiting_for_pair", "queued"]


def test_the_english_is_never_handed_out_before_the_welsh_is_sent(team: PairTeam) -> None:
    welsh, english = team.submit_pair()
    team.decide(welsh)
    team.decide(english)
    both = [team.welsh, team.account]
    first, second = team.as_(team.approver), team.as_(team.approver2)
    claimed = first.execute(
        "SELECT id, submission_id, attempt_id FROM crier.claim_next(%s)", (both,)
    ).fetchone()
    assert claimed[1] == welsh
    # Another PC asks while the Welsh is on its way: the Welsh account is busy and the English must wait.
    assert second.execute("SELECT * FROM crier.claim_next(%s)", (both,)).fetchone() is None
    assert second.execute("SELECT * FROM crier.claim_next(%s)", ([team.account],)).fetchone() is None
    first.execute("SELECT crier.finish(%s, %s, '[\"1\"]', NULL, '')", (claimed[0], claimed[2]))
    first.execute("SELECT crier.release(%s)", (team.welsh,))
    taken = second.execute("SELECT submission_id FROM crier.claim_next(%s)", ([team.account],)).fetchone()
    assert taken == (english,)


def test_the_database_refuses_to_start_the_english_first_whoever_asks(team: PairTeam) -> None:
    welsh, english = team.submit_pair()
    team.decide(welsh)
    team.decide(english)
    (row,) = team.column("SELECT id FROM crier.outbox WHERE submission_id = %s", english)
    # Even the owner, writing the table directly (a bug, or a hand-made client), can't start it.
    with pytest.raises(errors.ObjectNotInPrerequisiteState, match="waits for its pair"):
        team.admin.execute("UPDATE crier.outbox SET state = 'sending' WHERE id = %s", (row,))


def test_a_welsh_that_needs_attention_holds_the_english_with_the_reason(team: PairTeam) -> None:
    welsh, english = team.submit_pair()
    team.decide(welsh)
    team.decide(english)
    pc = team.as_(team.approver)
    row = pc.execute("SELECT id, attempt_id FROM crier.claim_next(%s)", ([team.welsh],)).fetchone()
    pc.execute("SELECT crier.failed(%s, %s, 'needs_editing', 'X refused this post.', NULL, '{}')", row)
    pc.execute("SELECT crier.release(%s)", (team.welsh,))
    assert pc.execute("SELECT * FROM crier.claim_next(%s)", ([team.welsh, team.account],)).fetchone() is None
    assert str(pair_wait(team.hold(english))) == (
        "Waiting for its Welsh pair on @cyngor, which needs attention: X refused this post."
    )
    assert team.column("SELECT state FROM crier.outbox WHERE submission_id = %s", english) == ["queued"]


def test_an_edited_welsh_goes_through_review_again_and_still_goes_first_on_one_account(
    team: PairTeam,
) -> None:
    # Both posts on one account (equal content in each language): the English must not block the Welsh.
    team.welsh = team.account
    welsh, english = team.submit_pair()
    team.decide(welsh)
    team.decide(english)
    team.as_(team.approver).execute(
        "SELECT crier.edit(%s, %s, 'Mae’r biniau’n mynd allan ddydd Mercher', NULL)", (uuid.uuid4(), welsh)
    )
    assert pair_wait(team.hold(english)) == "Waiting for its Welsh pair to be approved"
    assert (
        team.as_(team.approver).execute("SELECT * FROM crier.claim_next(%s)", ([team.account],)).fetchone()
        is None
    )
    team.decide(welsh, team.approver2)  # (another approver: no one approves words they edited in)
    active = [s for _, s, st in team.outbox() if st == "queued"]
    assert active == [welsh, english]  # the English moved behind the Welsh queued again


def test_two_approvers_deciding_the_two_halves_at_once_queue_the_pair_once(team: PairTeam) -> None:
    pairs = [team.submit_pair(f"Neges {n}") for n in range(8)]
    failures: list[BaseException] = []

    def decide(start: threading.Barrier, sid: int, who: str) -> None:
        conn = team.as_(who)
        start.wait()
        try:
            conn.execute("SELECT crier.decide(%s, %s, 'approved', '')", (uuid.uuid4(), sid))
        except psycopg.Error as error:  # a deadlock, or a pair left approved but never queued, lands here
            failures.append(error)

    for welsh, english in pairs:
        start = threading.Barrier(2)
        threads = [
            threading.Thread(target=decide, args=(start, sid, who))
            for sid, who in ((welsh, team.approver), (english, team.approver2))
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert failures == []
    queued = [s for _, s, _ in team.outbox()]
    assert queued == [sid for pair in pairs for sid in pair]  # each once, each pair Welsh first


def test_a_pair_with_an_account_outside_the_team_is_refused_in_one_sentence(team: PairTeam) -> None:
    other = team.admin.execute("SELECT max(id) + 100 FROM crier.accounts").fetchone()[0]
    with pytest.raises(errors.NoDataFound, match="a pair needs a Welsh and an English account of your team"):
        team.as_(team.author).execute(
            "SELECT crier.submit_pair(%s, %s, 'Helo', %s, 'Hello')", (uuid.uuid4(), team.welsh, other)
        )
    assert team.column("SELECT count(*) FROM crier.submissions") == [0]


def test_the_team_says_the_same_words_as_the_local_outbox_where_the_case_is_the_same() -> None:
    from desktop.core.waiting import WAIT_TEXTS, Wait

    assert (
        pair_wait({"wait": "welsh_first", "account": "@cyngor", "welsh": True}) == WAIT_TEXTS[Wait.PAIR_WELSH]
    )
    assert pair_wait(None) is None
