"""Chaos: 200 posts, 3 accounts, faults on 30% of writes, `crier sync --once` SIGKILLed at random.

The fake X API runs in this process; the sync runs as the real command in a subprocess that is
killed at random moments and restarted until the outbox drains. Between runs the test lets time
pass (retry and lease times are moved to now) instead of sleeping. At the end the server must hold
every post exactly once, in each account's queue order, and the outbox must say every post was sent.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.core.accounts import Accounts
from desktop.core.db import open_database
from desktop.core.models import Post
from desktop.core.outbox import Outbox, State
from desktop.core.paths import app_paths
from tests.fakes.faults import Fault

pytestmark = [pytest.mark.slow, pytest.mark.integration]

REPO = Path(__file__).resolve().parents[1]
POSTS = 200
ACCOUNTS = 3
MAX_RUNS = 400


def _connect_accounts(x_api, db, secrets) -> list[int]:  # noqa: ANN001
    from desktop.core.net import NetConfig, make_session
    from desktop.core.x_auth import OAuth1Keys, connect_oauth1

    session = make_session(NetConfig.from_env())
    ids = []
    for i in range(ACCOUNTS):
        user = x_api.state.add_user(f"council{i}", name=f"Council {i}")
        tokens = x_api.state.issue_oauth1_tokens(user.id, x_api.app.consumer_key)
        keys = OAuth1Keys.from_mapping(
            {
                "consumer_key": x_api.app.consumer_key,
                "consumer_secret": x_api.app.consumer_secret,
                "access_token": tokens.access_token,
                "access_token_secret": tokens.access_token_secret,
            }
        )
        ids.append(connect_oauth1(Accounts(db), secrets, session, keys).id)
    return ids


def test_chaos_every_post_exactly_once_in_order(x_api, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from desktop.core.credentials import SecretStore
    from tests.keyrings import JsonFileTestKeyring

    keyring_file = tmp_path / "keyring.json"
    monkeypatch.setenv("CRIER_TEST_KEYRING_FILE", str(keyring_file))
    monkeypatch.setenv("CRIER_X_API_BASE", x_api.base_url)
    x_api.state.config.duplicate_detection = True
    db = open_database(app_paths().ensure())
    try:
        account_ids = _connect_accounts(x_api, db, SecretStore(backend=JsonFileTestKeyring()))
        outbox = Outbox(db)
        rng = random.Random(20261124)
        queued: dict[int, list[str]] = {a: [] for a in account_ids}
        for i in range(POSTS):
            account = account_ids[i % ACCOUNTS]
            text = f"Chaos post {i:03d}: bins go out on day {rng.randint(1, 28)}"
            outbox.queue([account], [text])
            queued[account].append(text)
    finally:
        db.close()

    faults = [
        Fault.server_error(),
        Fault.unavailable(),
        Fault.rate_limited(),
        Fault.drop(),
        Fault.lost_answer(),
        Fault.timeout(seconds=1.0),
        Fault.timeout(seconds=1.0, commit=True),
    ]
    for n, fault in enumerate(faults):
        x_api.faults.add_random(fault, fraction=0.3 / len(faults), seed=n, method="WRITE")

    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "tests.keyrings.JsonFileTestKeyring",
        "CRIER_X_API_BASE": x_api.base_url,
        "PYTHONPATH": str(REPO),
    }
    kills = runs = 0
    while runs < MAX_RUNS:
        runs += 1
        proc = subprocess.Popen(
            [sys.executable, "-m", "desktop", "sync", "--once"],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            proc.wait(timeout=rng.uniform(0.3, 2.5))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            kills += 1
        stderr = proc.stderr.read().decode() if proc.stderr else ""
        assert "Traceback" not in stderr, stderr
        db = open_database(app_paths())
        try:
            counts = Outbox(db).counts()
            unfinished = sum(counts.get(s, 0) for s in (State.QUEUED, State.SENDING, State.WAITING))
            assert not counts.get(State.NEEDS_ATTENTION), Outbox(db).posts([State.NEEDS_ATTENTION])[0].error
            if not unfinished:
                break
            with db.write() as session:  # time passes: retries and abandoned leases fall due
                session.execute(
                    update(Post).where(Post.state.in_(["waiting", "sending"])).values(next_attempt_at=None)
                )
        finally:
            db.close()
    else:
        pytest.fail(f"the outbox did not drain in {MAX_RUNS} runs")

    x_api.faults.clear()
    for account_id, texts in queued.items():
        db = open_database(app_paths())
        try:
            remote_id = Accounts(db).get(account_id).remote_id
        finally:
            db.close()
        on_server = [t.submitted_text for t in x_api.state.tweets_for(remote_id)]
        assert on_server == texts, f"account {account_id}: server order/contents differ"
    db = open_database(app_paths())
    try:
        sent = Outbox(db).posts([State.SENT])
    finally:
        db.close()
    assert len(sent) == POSTS
    print(f"chaos: {runs} sync runs, {kills} SIGKILLs, {POSTS} posts exactly once")
