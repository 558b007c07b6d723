"""Chaos for Welsh-English pairs across PCs: two comms PCs hold the same Welsh and English X accounts and run
`crier sync --once` at the same time, over and over, while pairs are submitted and their halves approved in
either order by two approvers; 30% of the fake X API's writes fail (errors, drops, lost answers, timeouts),
sync processes are SIGKILLed at random, and the PostgreSQL server restarts once mid-run.

Every few moments, and at the end, the database is asked whether any English post started while its Welsh
post was not yet sent: never. At the end each post is on X exactly once, every Welsh post before its English
one in X's own order, and the audit log records each sent once. Nothing moves a clock or edits the database:
retries fall due by the team's policy (``retry_base_seconds`` 1) and a killed PC's locks die with it.
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

PAIRS = 10  # at least; more are fed while too few runs were killed (a quick machine finishes first)
BUDGET_SECONDS = 420  # catches a hang; not a timing assertion
RESTART_AFTER = 6  # the server restarts when this many posts are sent

#: English posts that started (or went out) while their Welsh post was not sent: must stay empty.
ENGLISH_FIRST = """
SELECT o.id, o.state, w.state FROM crier.outbox o
JOIN crier.submissions e ON e.id = o.submission_id AND e.pair_index = 1
JOIN crier.submissions w ON w.pair_id = e.pair_id AND w.pair_index = 0
WHERE o.state IN ('sending', 'sent') AND w.state <> 'sent'
"""
ENGLISH_OF = (
    "SELECT id FROM crier.submissions WHERE pair_index = 1"
    " AND pair_id = (SELECT pair_id FROM crier.submissions WHERE id = {})"
)


def test_pairs_go_out_welsh_first_once_each_with_two_pcs_racing_kills_and_a_restart(
    tmp_path: Path, team_db: TeamDatabase, x_api
) -> None:  # noqa: ANN001
    started = time.monotonic()
    team = racing_team(tmp_path, team_db, x_api, ["cyngor", "council"])
    p2, p3 = team.comms
    author, (approver, approver2) = team.author, team.approvers
    accounts, users = team.accounts, team.users
    fail_writes(x_api, seed=100)

    rng = random.Random(20261207)
    expected: dict[str, list[str]] = {"@cyngor": [], "@council": []}
    pairs: list[tuple[str, str]] = []
    fed = kills = runs = restarts = 0
    target = PAIRS
    procs: dict[str, subprocess.Popen] = {}
    kill_at: dict[str, float] = {}
    pcs = {"comms-1": p2, "comms-2": p3}
    while True:
        for _ in range(min(3, target - fed)):  # an officer submits a pair; two approvers take a half each
            cy, en = f"Neges {fed:02d}: diwrnod agored {rng.randint(1, 28)}", f"Message {fed:02d}: open day"
            welsh = retrying(team_db, author, f"pw-{author}", "SELECT crier.submit_pair(%s, %s, %s, %s, %s)",
                              (uuid.uuid4(), accounts["@cyngor"], cy, accounts["@council"], en))  # fmt: skip
            english = owner_rows(team_db, ENGLISH_OF.format(welsh))[0][0]
            halves = [(welsh, approver), (english, approver2)]
            rng.shuffle(halves)  # the English approved first as often as not
            for sid, who in halves:
                retrying(team_db, who, f"pw-{who}", "SELECT crier.decide(%s, %s, 'approved', '')",
                          (uuid.uuid4(), sid))  # fmt: skip
            expected["@cyngor"].append(cy)
            expected["@council"].append(en)
            pairs.append((cy, en))
            fed += 1
        for name, pc in pcs.items():
            if name not in procs:
                procs[name] = subprocess.Popen(
                    pc.command("sync", "--once"), cwd=REPO, env=pc.env, stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )  # fmt: skip
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
                assert "Traceback" not in stderr, stderr
                assert len(stderr.strip().splitlines()) <= 1, stderr
                del procs[name]
        assert owner_rows(team_db, ENGLISH_FIRST) == []
        done = owner_rows(team_db, "SELECT count(*) FROM crier.outbox WHERE state = 'sent'")[0][0]
        if not restarts and done >= RESTART_AFTER:
            team_db.server.restart()
            restarts += 1
        attention = owner_rows(team_db, "SELECT error FROM crier.outbox WHERE state = 'needs_attention'")
        assert not attention, attention
        if fed == target and done == 2 * target and restarts:
            if kills >= 2:
                break
            target += 3  # all out before the kills this test is about: more posts for runs to die in
        if time.monotonic() - started > BUDGET_SECONDS:
            left = owner_rows(team_db, "SELECT id, submission_id, state, attempts, error FROM crier.outbox"
                               " WHERE state <> 'sent' ORDER BY id")  # fmt: skip
            pytest.fail(f"stuck: {done}/{2 * fed} sent; left {left}")
    for proc in procs.values():
        proc.kill()
        proc.wait()
    x_api.faults.clear()
    assert kills >= 2 and restarts == 1, (kills, restarts)  # the chaos happened

    on_x = {f"@{h}": x_api.state.tweets_for(u.id) for h, u in users.items()}
    for handle, texts in expected.items():
        assert [t.submitted_text for t in on_x[handle]] == texts, handle  # each once, in approval order
    posted = {t.submitted_text: int(t.id) for tweets in on_x.values() for t in tweets}
    for cy, en in pairs:
        assert posted[cy] < posted[en], (cy, en)  # X's own order: Welsh first
    assert owner_rows(team_db, ENGLISH_FIRST) == []
    assert owner_rows(team_db, "SELECT state, count(*) FROM crier.outbox GROUP BY state") == [
        ("sent", 2 * target)
    ]
    sent_twice = owner_rows(
        team_db,
        "SELECT submission_id FROM crier.audit_log WHERE action = 'sent' GROUP BY submission_id"
        " HAVING count(*) <> 1",
    )
    assert sent_twice == []
    takeovers = owner_rows(team_db, "SELECT count(*) FROM crier.audit_log WHERE action = 'taken_over'")[0][0]
    failures = owner_rows(team_db, "SELECT count(*) FROM crier.audit_log WHERE action = 'send_failed'")[0][0]
    print(
        f"team pair chaos: {target} pairs, {runs} sync runs, {kills} SIGKILLs, {restarts} restart,"
        f" {takeovers} take-overs, {failures} failed sends retried"
    )
