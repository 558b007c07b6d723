"""The window and the command line see the same outbox: changes by other processes show within seconds.

Real processes change the database (``crier queue``, ``crier sync --once`` against the fake X API, a
second program saving a draft); the open window's Outbox, waiting count and drafts list must follow
without anyone pressing anything. The window's own sync is kept offline so only the other process sends.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.accounts import Accounts
from desktop.core.db import Database
from desktop.core.net import NetProblem, ProbeResult
from desktop.core.store import DraftStore
from desktop.core.sync import SyncEngine
from desktop.ui.main_window import MainWindow
from tests.fakes.fixtures import XApiEnv
from tests.fakes.scripted import Network, ScriptedPublisher

REPO = Path(__file__).resolve().parents[1]


def _offline(url: str) -> ProbeResult:
    return ProbeResult(False, NetProblem("offline", "Offline: posts wait in the outbox.", ""), None)


def _crier(*args: str, stdin: str = "") -> str:
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "tests.keyrings.JsonFileTestKeyring",
        "PYTHONPATH": str(REPO),
    }
    done = subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=REPO,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _connect_x(x_api: XApiEnv, db: Database) -> int:
    from desktop.core.credentials import SecretStore
    from desktop.core.net import NetConfig, make_session
    from desktop.core.networks.x.api import OAuth1Keys
    from desktop.core.networks.x.tokens import connect_oauth1
    from tests.keyrings import JsonFileTestKeyring

    user = x_api.state.add_user("cyngor", name="Cyngor")
    tokens = x_api.state.issue_oauth1_tokens(user.id, x_api.app.consumer_key)
    keys = OAuth1Keys.from_mapping(
        {
            "consumer_key": x_api.app.consumer_key,
            "consumer_secret": x_api.app.consumer_secret,
            "access_token": tokens.access_token,
            "access_token_secret": tokens.access_token_secret,
        }
    )
    session = make_session(NetConfig.from_env())
    try:
        return connect_oauth1(Accounts(db), SecretStore(backend=JsonFileTestKeyring()), session, keys).id
    finally:
        session.close()


def test_crier_queue_and_crier_sync_show_in_the_open_window(
    qtbot,  # noqa: ANN001
    db: Database,
    x_api: XApiEnv,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CRIER_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    monkeypatch.setenv("CRIER_X_API_BASE", x_api.base_url)
    account = _connect_x(x_api, db)
    engine = SyncEngine(db, lambda a: ScriptedPublisher(Network(), a), rng=random.Random(2))
    window = MainWindow(DraftStore(db), sync=(engine, _offline))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    model, waiting = window.posting.panel.model, window.posting.waiting_label

    post = tmp_path / "post.txt"
    post.write_text("Nofio am ddim yn y pwll dros yr haf.\n", encoding="utf-8")
    _crier("queue", str(post), "--account", str(account))
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    assert model.index(0, 0).data() == "Queued: ready to send"
    assert waiting.text() == "1 waiting to post"

    _crier("sync", "--once")
    qtbot.waitUntil(lambda: model.index(0, 0).data() == "Sent", timeout=5000)
    assert waiting.text() == ""
    assert [t.submitted_text for t in x_api.state.tweets_for(Accounts(db).get(account).remote_id)] == [
        "Nofio am ddim yn y pwll dros yr haf."
    ]
    window.close()


_SAVE_DRAFT = """
from desktop.core.db import open_database
from desktop.core.paths import app_paths
from desktop.core.store import DraftStore

DraftStore(open_database(app_paths())).create(body="Drafted on the other laptop")
"""


def test_a_draft_saved_by_another_program_appears_in_the_list(qtbot, db: Database) -> None:  # noqa: ANN001
    store = DraftStore(db)
    store.create(body="Drafted here")
    window = MainWindow(store, sync=(SyncEngine(db, lambda a: ScriptedPublisher(Network(), a)), _offline))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-c", _SAVE_DRAFT], cwd=REPO, env=env, check=True, timeout=120)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5000)
    window.close()
