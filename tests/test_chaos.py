"""Chaos: 200 posts, 3 accounts, faults on 30% of writes, `crier sync --once` SIGKILLed at random.

The fake X API runs in this process; the sync runs as the real command in a subprocess that is
killed at random moments and restarted at once (``tests/chaos.py``); nothing edits the database
between runs. Once the faults end the outbox must drain within a few restarts. At the end the server
must hold every post exactly once, in each account's queue order, and the outbox must say every post
was sent.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from desktop.core.accounts import Accounts
from desktop.core.db import open_database
from desktop.core.outbox import Outbox, State
from desktop.core.paths import app_paths
from tests.chaos import run_chaos, sync_env
from tests.fakes.faults import Fault

pytestmark = [pytest.mark.slow, pytest.mark.integration]

POSTS = 200
ACCOUNTS = 3
FAULT_RUNS = 40  # runs while the server injects faults, each killed at random once it publishes
MAX_RUNS_AFTER_FAULTS = 15


def _connect_accounts(x_api, db, secrets) -> list[int]:  # noqa: ANN001
    from desktop.core.net import NetConfig, make_session
    from desktop.core.networks.x.api import OAuth1Keys
    from desktop.core.networks.x.tokens import connect_oauth1

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
    x_api.state.set_rate_limit("POST /2/tweets", 300, window=2.0)  # an injected 429 says "back in 2 s"
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

    def end_faults() -> None:
        nonlocal fired
        fired = sum(int(rule["fired"]) for rule in x_api.faults.rules())
        x_api.faults.clear()

    fired = 0
    logs = tmp_path / "runs"
    logs.mkdir()
    runs = run_chaos(
        sync_env(CRIER_X_API_BASE=x_api.base_url),
        rng,
        logs,
        fault_runs=FAULT_RUNS,
        kill_window=(0.0, 1.0),
        end_faults=end_faults,
        max_after=MAX_RUNS_AFTER_FAULTS,
    )

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
    print(f"chaos: {POSTS} posts exactly once, {fired} faults fired; {runs.summary()}")
