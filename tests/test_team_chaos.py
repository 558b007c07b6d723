"""Chaos across PCs: three `crier sync --once` processes (three data folders), two holding the same two
X accounts' credentials, 60 submissions approved while they run, 30% of the fake X API's writes
failing, sync processes SIGKILLed at random, and the PostgreSQL server restarted twice mid-run.

At the end every post is on X exactly once, in approval order per account, the team outbox says
``sent`` for each, and the audit log has the whole story of every submission. Nothing here moves a
clock or edits the database: retries fall due by the team's own policy (``retry_base_seconds`` 1),
and a killed PC's post is taken over because its advisory lock died with its connection.

Rate-limit (429) faults are left out: X's 15-minute window is a real wait, which no two-minute test
can sit through without moving the clock.
"""

from __future__ import annotations

import random
import signal
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from tests.postgres import TeamDatabase
from tests.team_pcs import REPO, fail_writes, owner_rows, racing_team, retrying

pytestmark = [pytest.mark.slow, pytest.mark.integration]

SUBMISSIONS = 60
ACCOUNTS = 2
BUDGET_SECONDS = 480  # catches a hang; not a timing assertion (about a minute on an idle 2-core machine)
RESTART_AFTER = (15, 35)  # the server restarts when this many posts are sent


def test_team_chaos_every_post_once_in_order_with_a_complete_audit(
    tmp_path: Path, team_db: TeamDatabase, x_api
) -> None:  # noqa: ANN001
    started = time.monotonic()
    team = racing_team(tmp_path, team_db, x_api, [f"council{i}" for i in range(ACCOUNTS)], author_pc=True)
    it, (p2, p3), author, (approver, _) = team.it, team.comms, team.author, team.approvers
    accounts = team.accounts
    handles = [(user.id, f"@{handle}") for handle, user in team.users.items()]
    fail_writes(x_api, seed=0)

    rng = random.Random(20261206)
    expected: dict[str, list[str]] = {h: [] for _, h in handles}
    fed = rounds = kills = restarts = runs = 0
    procs: dict[str, subprocess.Popen] = {}
    said: list[str] = []  # what the sync runs told the person (one sentence each)
    kill_at: dict[str, float] = {}  # each process is SIGKILLed at a random moment of its run, or finishes
    pcs = {"author": it, "comms-1": p2, "comms-2": p3}
    while True:
        rounds += 1
        for _ in range(min(6, SUBMISSIONS - fed)):  # officers submit, comms approve, while PCs sync
            handle = handles[fed % ACCOUNTS][1]
            text = f"Team chaos {fed:02d}: recycling centre open day {rng.randint(1, 28)}"
            sid = retrying(team_db, author, f"pw-{author}", "SELECT crier.submit(%s, %s, %s)",
                            (uuid.uuid4(), accounts[handle], text))  # fmt: skip
            retrying(team_db, approver, f"pw-{approver}", "SELECT crier.decide(%s, %s, 'approved', '')",
                      (uuid.uuid4(), sid))  # fmt: skip
            expected[handle].append(text)
            fed += 1
        for name, pc in pcs.items():
            if name not in procs:
                procs[name] = subprocess.Popen(
                    pc.command("sync", "--once"), cwd=REPO, env=pc.env, stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )  # fmt: skip
                # Half the runs are SIGKILLed at a random moment, half finish. A run takes about 1 s on an
                # idle machine and several under load, so the moment falls early enough for both.
                kill_at[name] = time.monotonic() + (rng.uniform(0.3, 2.5) if rng.random() < 0.5 else 1e9)
                runs += 1
        time.sleep(0.5)
        for name, proc in list(procs.items()):
            if proc.poll() is None and time.monotonic() > kill_at[name]:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                kills += 1
            if proc.poll() is not None:
                stderr = proc.stderr.read().decode() if proc.stderr else ""
                said += [stderr.strip()] if stderr.strip() else []
                assert "Traceback" not in stderr, stderr
                assert len(stderr.strip().splitlines()) <= 1, stderr  # one sentence at most
                del procs[name]
        done = owner_rows(team_db, "SELECT count(*) FROM crier.outbox WHERE state = 'sent'")[0][0]
        if restarts < len(RESTART_AFTER) and done >= RESTART_AFTER[restarts]:
            team_db.server.restart()  # every connection and advisory lock goes, mid-send for some
            restarts += 1
        attention = owner_rows(team_db, "SELECT error FROM crier.outbox WHERE state = 'needs_attention'")
        assert not attention, attention
        if fed == SUBMISSIONS and done == SUBMISSIONS and restarts == len(RESTART_AFTER):
            break
        if time.monotonic() - started > BUDGET_SECONDS:
            locks = owner_rows(team_db, "SELECT l.objid, a.pid, a.state, a.query FROM pg_locks l JOIN"
                                " pg_stat_activity a USING (pid) WHERE l.locktype = 'advisory'")  # fmt: skip
            left = owner_rows(team_db, "SELECT id, state, attempts, failures, next_attempt_at - now(), error"
                               " FROM crier.outbox WHERE state <> 'sent' ORDER BY id")  # fmt: skip
            pytest.fail(
                f"stuck: {done}/{fed} sent; left {left}; advisory locks {locks}; last said {said[-5:]}"
            )
    for proc in procs.values():
        proc.kill()
        proc.wait()
    x_api.faults.clear()
    assert kills >= 3 and restarts == 2, (kills, restarts)  # the chaos happened

    for user_id, handle in handles:
        on_x = [t.submitted_text for t in x_api.state.tweets_for(user_id)]
        assert on_x == expected[handle], (
            f"{handle}: X has {len(on_x)} posts, expected {len(expected[handle])}"
        )
    states = owner_rows(team_db, "SELECT state, count(*) FROM crier.outbox GROUP BY state")
    assert states == [("sent", SUBMISSIONS)]
    per_submission = owner_rows(
        team_db,
        "SELECT submission_id, array_agg(action ORDER BY id) FROM crier.audit_log"
        " WHERE submission_id IS NOT NULL GROUP BY submission_id",
    )
    assert len(per_submission) == SUBMISSIONS
    for sid, actions in per_submission:
        assert actions[:3] == ["submitted", "approved", "queued"], (sid, actions)
        assert actions[-1] == "sent" and actions.count("sent") == 1, (sid, actions)
        assert "sending" in actions, (sid, actions)
    team_posts = [p for p in p2.json("outbox") if p.get("team")]
    assert len(team_posts) == SUBMISSIONS and {p["state"] for p in team_posts} == {"sent"}
    takeovers = owner_rows(team_db, "SELECT count(*) FROM crier.audit_log WHERE action = 'taken_over'")[0][0]
    failures = owner_rows(team_db, "SELECT count(*) FROM crier.audit_log WHERE action = 'send_failed'")[0][0]
    print(
        f"team chaos: {SUBMISSIONS} posts exactly once in {time.monotonic() - started:.0f} s;"
        f" {runs} sync runs, {kills} SIGKILLs, {restarts} server restarts, {takeovers} take-overs,"
        f" {failures} failed sends retried"
    )
