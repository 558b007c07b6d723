"""The team database enforces the rules itself: raw SQL over an author's own connection is refused.

A real PostgreSQL server (tests/postgres.py); the schema is created by ``init_team`` as a role that owns
the database and may create roles, not a superuser. Each forbidden thing is tried the way a modified
client would try it, with plain SQL.
"""

from __future__ import annotations

import time
import uuid
from typing import Any

import psycopg
import pytest
from psycopg import errors

from desktop.core.team.connection import TeamError, TeamUrl, connect
from desktop.core.team.schema import HEAD_REVISION, add_person, current_revision, init_team
from tests.postgres import OWNER, OWNER_PASSWORD, TeamDatabase, unique_name

pytestmark = pytest.mark.integration


class Team:
    """A team set up as IT would: init, then an author, two approvers; plus a second team."""

    def __init__(self, db: TeamDatabase) -> None:
        self.db = db
        init_team(TeamUrl.parse(db.owner_url()), None)
        self.admin = self.connect(OWNER, OWNER_PASSWORD)
        self.author, self.approver, self.approver2 = (unique_name(n) for n in ("author", "approver", "boss"))
        for name, role in (
            (self.author, "author"),
            (self.approver, "approver"),
            (self.approver2, "approver"),
        ):
            add_person(self.admin, name, role, f"pw-{name}")
        self.account = self.register("@council", "Council")

    def register(self, handle: str, name: str, network: str = "x") -> int:
        """An account made known by the admin, then by the comms PCs that hold its credentials."""
        sql = "SELECT crier.register_account(%s, %s, %s)"
        account = self.admin.execute(sql, (network, handle, name)).fetchone()[0]
        for holder in (self.approver, self.approver2):
            with self.as_(holder) as conn:
                conn.execute(sql, (network, handle, name))
        return account

    def connect(self, user: str, password: str | None = None) -> psycopg.Connection:
        return connect(TeamUrl.parse(self.db.url_for(user)), password or f"pw-{user}")

    def column(self, sql: str, *params: object) -> list:
        """The first column of a query, read over the owner's connection."""
        return [row[0] for row in self.admin.execute(sql, params)]

    def as_(self, user: str) -> psycopg.Connection:
        return self.connect(user)

    def submit(self, conn: psycopg.Connection, text: str = "Bins go out on Tuesday") -> int:
        return conn.execute("SELECT crier.submit(%s, %s, %s)", (uuid.uuid4(), self.account, text)).fetchone()[
            0
        ]

    def other_team(self) -> tuple[str, int]:
        """A second team in the same database, with its own author and a submission."""
        other = unique_name("other")
        team_id = self.admin.execute(
            "INSERT INTO crier.teams (name) VALUES (%s) RETURNING id", (other,)
        ).fetchone()[0]
        self.admin.execute(f"CREATE ROLE {other} LOGIN PASSWORD 'pw-{other}'")
        self.admin.execute(f"GRANT crier_member_{self.db.name} TO {other}")
        self.admin.execute(
            "INSERT INTO crier.people (name, team_id, role) VALUES (%s, %s, 'author')", (other, team_id)
        )
        conn = self.as_(other)
        account = conn.execute("SELECT crier.register_account('x', '@otherplace')").fetchone()[0]
        sid = conn.execute(
            "SELECT crier.submit(%s, %s, 'Other team news')", (uuid.uuid4(), account)
        ).fetchone()[0]
        return other, sid


@pytest.fixture
def team(team_db: TeamDatabase) -> Team:
    return Team(team_db)


def test_init_needs_no_superuser_and_running_it_again_is_a_no_op(team: Team) -> None:
    owner = team.admin.execute(
        "SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user"
    ).fetchone()
    assert owner == (False, True)
    assert current_revision(team.admin) == HEAD_REVISION
    assert init_team(TeamUrl.parse(team.db.owner_url()), None) == "up to date"
    assert team.admin.execute("SELECT count(*) FROM crier.teams").fetchone()[0] == 1


def test_head_revision_is_the_newest_team_migration() -> None:
    from alembic.script import ScriptDirectory

    from desktop.core.team.schema import MIGRATIONS_DIR

    assert ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head() == HEAD_REVISION


def test_an_author_cannot_mark_anything_approved(team: Team) -> None:
    sid = team.submit(team.as_(team.author))
    with team.as_(team.author) as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE crier.submissions SET state = 'approved' WHERE id = %s", (sid,))
        with pytest.raises(errors.InsufficientPrivilege, match="authors cannot approve"):
            conn.execute("SELECT crier.decide(%s, %s, 'approved', '')", (uuid.uuid4(), sid))
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO crier.decisions (uid, submission_id, team_id, approver, decision, version)"
                " VALUES (gen_random_uuid(), %s, 1, current_user, 'approved', 1)",
                (sid,),
            )
        with pytest.raises(errors.InsufficientPrivilege):  # the internal step that queues an approved post
            conn.execute("SELECT crier.enqueue(s) FROM crier.submissions s WHERE id = %s", (sid,))
    assert (
        team.admin.execute("SELECT state FROM crier.submissions WHERE id = %s", (sid,)).fetchone()[0]
        == "submitted"
    )


def test_an_author_cannot_queue_to_an_account_that_needs_approval(team: Team) -> None:
    with team.as_(team.author) as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO crier.outbox (team_id, account_id, text, state) VALUES (1, %s, 'x', 'queued')",
                (team.account,),
            )
        with pytest.raises(errors.InsufficientPrivilege, match="need approval"):
            conn.execute(
                "SELECT crier.post_direct(%s, %s, 'Straight out', 'urgent')", (uuid.uuid4(), team.account)
            )
    assert team.admin.execute("SELECT count(*) FROM crier.outbox").fetchone()[0] == 0


def test_an_author_cannot_read_or_touch_another_teams_rows(team: Team) -> None:
    other, other_sid = team.other_team()
    mine = team.submit(team.as_(team.author))
    with team.as_(team.author) as conn:
        visible = [r[0] for r in conn.execute("SELECT id FROM crier.submissions")]
        assert visible == [mine]
        for table in ("revisions", "audit_log", "accounts", "people", "teams"):
            rows = conn.execute(f"SELECT * FROM crier.{table}").fetchall()
            assert other not in str(rows) and "otherplace" not in str(rows), table
        with pytest.raises(errors.NoDataFound):
            conn.execute("SELECT crier.add_comment(%s, %s, 'hello')", (uuid.uuid4(), other_sid))
    with team.as_(team.approver) as conn, pytest.raises(errors.NoDataFound):
        conn.execute("SELECT crier.decide(%s, %s, 'approved', '')", (uuid.uuid4(), other_sid))
    with team.as_(other) as conn:
        assert [r[0] for r in conn.execute("SELECT id FROM crier.submissions")] == [other_sid]


def test_nobody_can_change_or_delete_the_audit_log(team: Team) -> None:
    team.submit(team.as_(team.author))
    with team.as_(team.author) as conn:
        for sql in ("UPDATE crier.audit_log SET actor = 'someone else'", "DELETE FROM crier.audit_log",
                    "TRUNCATE crier.audit_log",
                    "INSERT INTO crier.audit_log (team_id, action) VALUES (1, 'approved')"):  # fmt: skip
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(sql)
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT crier.audit(1, 'approved', NULL, NULL, NULL, 'x', '')")
    # Not even the owner's connection, which holds every table privilege.
    for sql in (
        "UPDATE crier.audit_log SET actor = 'x'",
        "DELETE FROM crier.audit_log",
        "TRUNCATE crier.audit_log",
    ):
        with pytest.raises(errors.InsufficientPrivilege, match="append-only"):
            team.admin.execute(sql)
    assert (
        team.admin.execute("SELECT count(*) FROM crier.audit_log WHERE action = 'submitted'").fetchone()[0]
        == 1
    )


def test_an_approver_cannot_approve_their_own_submission_unless_policy_allows(team: Team) -> None:
    approver = team.as_(team.approver)
    sid = team.submit(approver)
    with pytest.raises(errors.InsufficientPrivilege, match="your own submission"):
        approver.execute("SELECT crier.decide(%s, %s, 'approved', '')", (uuid.uuid4(), sid))
    with pytest.raises(errors.InsufficientPrivilege, match="only a team admin"):
        approver.execute("SELECT crier.set_policy('self_approval', 'true')")
    team.admin.execute("SELECT crier.set_policy('self_approval', 'true')")
    approver.execute("SELECT crier.decide(%s, %s, 'approved', 'fine')", (uuid.uuid4(), sid))
    state = team.admin.execute("SELECT state FROM crier.submissions WHERE id = %s", (sid,)).fetchone()[0]
    assert state == "queued"


def test_only_admins_add_people(team: Team) -> None:
    with team.as_(team.approver) as conn, pytest.raises(TeamError, match="only a team admin"):
        add_person(conn, unique_name("sneaky"), "admin", "pw")


def test_editing_an_approved_post_sends_it_back_for_review(team: Team) -> None:
    sid = team.submit(team.as_(team.author), "Library opens at 9")
    team.as_(team.approver).execute("SELECT crier.decide(%s, %s, 'approved', '')", (uuid.uuid4(), sid))
    team.as_(team.author).execute("SELECT crier.edit(%s, %s, 'Library opens at 10', 1)", (uuid.uuid4(), sid))
    state, version = team.admin.execute(
        "SELECT state, version FROM crier.submissions WHERE id = %s", (sid,)
    ).fetchone()
    assert (state, version) == ("resubmitted", 2)
    assert team.admin.execute("SELECT state FROM crier.outbox WHERE submission_id = %s", (sid,)).fetchone()[
        0
    ] == ("cancelled")
    actions = team.column("SELECT action FROM crier.audit_log WHERE submission_id = %s ORDER BY id", sid)
    assert actions == ["submitted", "approved", "queued", "edited", "returned_for_review"]
    texts = team.column("SELECT text FROM crier.revisions WHERE submission_id = %s ORDER BY version", sid)
    assert texts == ["Library opens at 9", "Library opens at 10"]


def test_offline_edits_of_the_same_version_keep_both_and_go_back_for_review(team: Team) -> None:
    sid = team.submit(team.as_(team.author), "v1")
    team.as_(team.approver).execute("SELECT crier.edit(%s, %s, 'approver edit', 1)", (uuid.uuid4(), sid))
    team.as_(team.author).execute("SELECT crier.edit(%s, %s, 'author edit', 1)", (uuid.uuid4(), sid))
    text, state = team.admin.execute(
        "SELECT text, state FROM crier.submissions WHERE id = %s", (sid,)
    ).fetchone()
    assert (text, state) == ("author edit", "resubmitted")
    kept = team.column("SELECT text FROM crier.revisions WHERE submission_id = %s ORDER BY id", sid)
    assert kept == ["v1", "approver edit", "author edit"]
    assert (
        team.admin.execute("SELECT count(*) FROM crier.audit_log WHERE action = 'edit_conflict'").fetchone()[
            0
        ]
        == 1
    )


def test_pushing_the_same_action_twice_changes_nothing(team: Team) -> None:
    uid = uuid.uuid4()
    with team.as_(team.author) as conn:
        first = conn.execute("SELECT crier.submit(%s, %s, 'once')", (uid, team.account)).fetchone()[0]
        again = conn.execute("SELECT crier.submit(%s, %s, 'once')", (uid, team.account)).fetchone()[0]
    assert first == again
    assert team.admin.execute("SELECT count(*) FROM crier.submissions").fetchone()[0] == 1
    assert (
        team.admin.execute("SELECT count(*) FROM crier.audit_log WHERE action = 'submitted'").fetchone()[0]
        == 1
    )


def _approved(team: Team, n: int) -> list[int]:
    ids = []
    for i in range(n):
        sid = team.submit(team.as_(team.author), f"post {i}")
        team.as_(team.approver).execute("SELECT crier.decide(%s, %s, 'approved', '')", (uuid.uuid4(), sid))
        ids.append(sid)
    return ids


def held_account() -> Any:
    """@council on X as a PC holding its sign-in sees it: the account each sending test publishes for."""
    from datetime import UTC, datetime

    from desktop.core.accounts import AccountStatus, AccountView

    return AccountView(
        id=7, network="x", handle="@council", display_name="", remote_id="1", service_url="",
        auth_kind="oauth2", secret_names=(), status=AccountStatus.CONNECTED, status_message="",
        settings={}, is_default=True, created_at=datetime.now(UTC), last_used_at=None,
    )  # fmt: skip


#: How long a request of the tests' PCs that die mid-send stays open (scripted publishers): their post is
#: taken over once it has passed.
SHORT_DEADLINE = 0.5
#: The deadline (``CRIER_REQUEST_DEADLINE``) of such PCs' real publishers: a request, and a connect under way,
#: may stay open twice that (``NetConfig.longest_request``).
REQUEST_DEADLINE = 1.0


def _wait_out_deadline(deadline: float = SHORT_DEADLINE) -> None:
    """Let a dead PC's last request end for real (its deadline pass): only then may another PC take its
    post over (team migration t0010)."""
    time.sleep(deadline)


def _wait_until_gone(team: Team, pid: int) -> None:
    """Wait for the server to end a closed connection's backend (which releases its advisory locks)."""
    for _ in range(300):
        row = team.admin.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone()
        if row[0] == 0:
            return
        time.sleep(0.05)
    raise AssertionError(f"backend {pid} still running 15 s after its connection closed")


def test_one_publisher_per_account_and_a_dead_one_is_taken_over_at_once(team: Team) -> None:
    _approved(team, 2)
    first, second = team.as_(team.approver), team.as_(team.approver2)
    claimed = first.execute("SELECT id, idempotency FROM crier.claim_next(%s)", ([team.account],)).fetchone()
    assert claimed is not None and "check_landed" not in claimed[1]
    # While the first PC's session holds the account, the second gets nothing (not even the next post).
    assert second.execute("SELECT * FROM crier.claim_next(%s)", ([team.account],)).fetchone() is None
    pid = first.info.backend_pid
    first.close()  # the PC dies mid-send: its advisory lock goes with its connection
    _wait_until_gone(team, pid)  # the server ends that backend a moment after the socket closes
    taken = second.execute(
        "SELECT id, idempotency, attempts FROM crier.claim_next(%s)", ([team.account],)
    ).fetchone()
    assert taken[0] == claimed[0] and taken[1].get("check_landed") is True and taken[2] == 2
    assert (
        team.admin.execute("SELECT count(*) FROM crier.audit_log WHERE action = 'taken_over'").fetchone()[0]
        == 1
    )


def test_a_stale_publisher_cannot_record_over_the_one_that_took_over(team: Team) -> None:
    _approved(team, 1)
    first = team.as_(team.approver)
    row = first.execute("SELECT id, attempt_id FROM crier.claim_next(%s)", ([team.account],)).fetchone()
    first.execute("SELECT crier.release(%s)", (team.account,))  # as if its session had ended
    second = team.as_(team.approver2)
    assert second.execute("SELECT id FROM crier.claim_next(%s)", ([team.account],)).fetchone()[0] == row[0]
    with pytest.raises(errors.ObjectNotInPrerequisiteState, match="took over"):
        first.execute("SELECT crier.finish(%s, %s, '[\"1\"]', NULL, '')", row)


def test_a_decision_reaches_a_listening_pc_and_polling_catches_what_notify_cannot(team: Team) -> None:
    from desktop.core.team.notify import TeamWatcher

    sid = team.submit(team.as_(team.author))
    watcher = TeamWatcher(lambda: team.as_(team.author))
    watcher.wait(0)  # connected and listening
    assert watcher.listening
    team.as_(team.approver).execute("SELECT crier.decide(%s, %s, 'approved', '')", (uuid.uuid4(), sid))
    events = watcher.wait(30)
    assert {"action": "approved", "submission_id": sid, "outbox_id": None} in events
    watcher.close()

    poller = TeamWatcher(lambda: team.as_(team.author), poll_seconds=0.2)
    poller.wait(0)
    poller.listening = False  # as behind a pooler that drops notifications
    team.as_(team.author).execute("SELECT crier.add_comment(%s, %s, 'thanks')", (uuid.uuid4(), sid))
    assert [e["action"] for e in poller.wait(30)] == ["commented"]
    poller.close()


def test_a_failure_that_is_not_a_publish_error_is_recorded_in_its_own_words(team: Team) -> None:
    from desktop.core.accounts import AccountView
    from desktop.core.credentials import CredentialsUnavailable, Reason
    from desktop.core.team.publish import TeamSender

    (sid,) = _approved(team, 1)
    held = held_account()
    locked = "The keyring is locked: unlock it and Crier will carry on."

    def publisher_for(account: AccountView) -> Any:
        raise CredentialsUnavailable(Reason.LOCKED, locked)

    sender = TeamSender(team.as_(team.approver), {team.account: held}, publisher_for, lambda text, a: [text])
    assert sender.run().needs_attention == team.column(
        "SELECT id FROM crier.outbox WHERE submission_id = %s", sid
    )
    assert team.column("SELECT error FROM crier.outbox WHERE submission_id = %s", sid) == [locked]
