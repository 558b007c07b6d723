"""Team PCs for tests and benchmarks: each a data folder, a keyring file and the real `crier` command; and a
team PC's window that can be cut off from the team database (``window_behind_gate``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
#: The racing PCs' request deadline (seconds): long enough for the fake X under load, short enough that
#: waiting out a killed PC's last request (open up to twice this, ``NetConfig.longest_request``) costs the
#: chaos tests little.
REQUEST_DEADLINE = 2.5


@dataclass
class PC:
    root: Path
    extra_env: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def keyring_file(self) -> Path:
        return self.root / "keyring.json"

    @property
    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "CRIER_DATA_DIR": str(self.data),
            "CRIER_TEST_KEYRING_FILE": str(self.keyring_file),
            "PYTHON_KEYRING_BACKEND": "tests.keyrings.JsonFileTestKeyring",
            "PYTHONPATH": str(REPO),
            "QT_QPA_PLATFORM": "offscreen",
            **self.extra_env,
        }

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "desktop", *args]

    def run(self, *args: str, stdin: str = "", timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(*args), cwd=REPO, env=self.env, input=stdin, capture_output=True, text=True,
            timeout=timeout,
        )  # fmt: skip

    def ok(self, *args: str, stdin: str = "") -> str:
        result = self.run(*args, stdin=stdin)
        assert result.returncode == 0, f"crier {' '.join(args)}: {result.stdout}{result.stderr}"
        assert "Traceback" not in result.stderr, result.stderr
        return result.stdout

    def json(self, *args: str) -> Any:
        return json.loads(self.ok(*args, "--json"))

    def connect_x(self, x_api: Any, username: str) -> None:
        """Connect an X account of the fake X API on this PC (keys on standard input, as IT would)."""
        user = x_api.state.add_user(username, name=username.title())
        keys = x_keys(x_api, user)
        self.ok("accounts", "add-x", "--oauth1", stdin=json.dumps(keys))


# -- the chaos tests' office: IT's PC and two comms PCs racing `crier sync --once` on the same accounts --


@dataclass
class RacingTeam:
    """A team set up for the chaos tests: IT's PC (``it``) and two comms PCs (``comms``), both holding the
    same X accounts; an author and two approvers (password ``pw-<name>``); retries due after 1 s by the
    team's policy. ``users``: each handle's fake X user; ``accounts``: each ``@handle``'s team account id."""

    db: Any  # tests.postgres.TeamDatabase
    it: PC
    comms: tuple[PC, PC]
    author: str
    approvers: tuple[str, str]
    users: dict[str, Any]
    accounts: dict[str, int]


def racing_team(
    root: Path, team_db: Any, x_api: Any, handles: list[str], *, author_pc: bool = False
) -> RacingTeam:
    """IT initialises the team and adds the people; the comms PCs join as the approvers and connect the X
    accounts ``handles`` (made on the fake X); one sync puts the accounts in the team database.
    ``author_pc``: IT's PC then joins as the author (an officer's PC that IT set up)."""
    from tests.postgres import unique_name

    x_api.state.config.duplicate_detection = True
    # A short request deadline: a killed PC's post is taken over once its last request has had it.
    env = {"CRIER_X_API_BASE": x_api.base_url, "CRIER_REQUEST_DEADLINE": str(REQUEST_DEADLINE)}
    it, p2, p3 = PC(root / "it", env), PC(root / "comms-1", env), PC(root / "comms-2", env)
    author, approver, approver2 = unique_name("author"), unique_name("comms"), unique_name("comms")
    it.ok("team", "init", team_db.owner_url())
    it.ok("team", "policy", "retry_base_seconds", "1")
    for name, role in ((author, "author"), (approver, "approver"), (approver2, "approver")):
        it.ok("team", "add-user", name, "--role", role, stdin=f"pw-{name}\n")
    if author_pc:
        it.ok("team", "join", team_db.url_for(author), stdin=f"pw-{author}\n")
    p2.ok("team", "join", team_db.url_for(approver), stdin=f"pw-{approver}\n")
    p3.ok("team", "join", team_db.url_for(approver2), stdin=f"pw-{approver2}\n")
    users = {}
    for handle in handles:  # the same accounts connected on both comms PCs
        user = users[handle] = x_api.state.add_user(handle, name=handle.title())
        keys = json.dumps(x_keys(x_api, user))
        p2.ok("accounts", "add-x", "--oauth1", stdin=keys)
        p3.ok("accounts", "add-x", "--oauth1", stdin=keys)
    p2.ok("sync", "--once")
    accounts = dict(owner_rows(team_db, "SELECT handle, id FROM crier.accounts"))
    return RacingTeam(team_db, it, (p2, p3), author, (approver, approver2), users, accounts)


def x_keys(x_api: Any, user: Any) -> dict[str, str]:
    """The app's keys and ``user``'s OAuth 1.0a tokens on the fake X, as IT pastes them."""
    tokens = x_api.state.issue_oauth1_tokens(user.id, x_api.app.consumer_key)
    return {
        "consumer_key": x_api.app.consumer_key,
        "consumer_secret": x_api.app.consumer_secret,
        "access_token": tokens.access_token,
        "access_token_secret": tokens.access_token_secret,
    }


def fail_writes(x_api: Any, seed: int, fraction: float = 0.3) -> None:
    """``fraction`` of the fake X API's writes fail: errors, drops, lost answers and timeouts, evenly."""
    from tests.fakes.faults import Fault

    faults = [
        Fault.server_error(),
        Fault.unavailable(),
        Fault.drop(),
        Fault.lost_answer(),
        Fault.timeout(seconds=1.0),
        Fault.timeout(seconds=1.0, commit=True),
    ]
    for n, fault in enumerate(faults):
        x_api.faults.add_random(fault, fraction=fraction / len(faults), seed=seed + n, method="WRITE")


def retrying(db: Any, user: str, password: str, sql: str, params: tuple) -> object:
    """Run one team function, reconnecting through a server restart; the unique id makes a repeat harmless."""
    import psycopg

    from desktop.core.team.connection import TeamUrl, connect

    for _ in range(60):
        try:
            with connect(TeamUrl.parse(db.url_for(user)), password) as conn:
                return conn.execute(sql, params).fetchone()[0]
        except (psycopg.OperationalError, Exception) as error:  # noqa: BLE001 - Unreachable while restarting
            if "refused" in str(error) and "password" in str(error):
                raise
            time.sleep(0.5)
    raise AssertionError(f"the team database did not come back for {sql}")


def owner_rows(db: Any, sql: str) -> list[tuple]:
    """Rows read as the database's owner, waiting through a server restart."""
    import psycopg

    for _ in range(60):
        try:
            with psycopg.connect(db.owner_url()) as conn:
                return conn.execute(sql).fetchall()
        except psycopg.OperationalError:
            time.sleep(0.5)
    raise AssertionError("the team database did not come back")


# -- a team PC's window that goes offline: the set-up of the window's team tests that cut the link --


@pytest.fixture
def window_behind_gate(
    qtbot: Any, team: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Any, Any]]:
    """(window, gate): the author's PC joined through a ``PortGate``, its window open and connected once (the
    team's accounts pulled), then the gate blocked; the Team view retries every 0.3 s. ``gate.open()`` brings
    the team back. Needs the ``team`` and ``make_window`` fixtures of tests/test_team_ui.py."""
    from desktop.ui import team_view
    from tests.postgres import PortGate
    from tests.test_team_ui import WAIT_MS, _join

    monkeypatch.setattr(team_view, "RETRY_MS", 300)
    gate = PortGate(team.db.server.port).open()
    _join(team, team.author, "alice-pw", port=gate.port)
    win = make_window()
    qtbot.waitUntil(lambda: win.team.status_label.text() == "Team: connected", timeout=WAIT_MS)
    gate.block()
    yield win, gate
    gate.block()
