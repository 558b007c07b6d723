"""IT's team address (``team.database_url`` set by machine policy) binds every connection, not only the
join: libpq's PG* environment can't send a PC elsewhere, and an address edited in team.sqlite3 after
joining is refused. Each test runs the real `crier` command against the real PostgreSQL server; a
listener on 127.0.0.2 (the server's port) stands for a server that policy does not name."""

from __future__ import annotations

import json
import socket
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.paths import app_paths
from tests.postgres import TeamDatabase
from tests.team_pcs import PC
from tests.test_team_ui import WAIT_MS, Team, _join, make_window, memory_keyring  # noqa: F401 - fixtures

pytestmark = pytest.mark.integration
ELSEWHERE = "127.0.0.2"


class Elsewhere:
    """A TCP listener at an address policy does not name: counts the connections it is offered."""

    def __init__(self, port: int) -> None:
        self.connections = 0
        self._socket = socket.socket()
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((ELSEWHERE, port))
        self._socket.listen(8)
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._socket.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._socket.shutdown(socket.SHUT_RDWR)  # wakes the accept, so the port is free for the next test
        self._socket.close()


@pytest.fixture
def team(team_db: TeamDatabase) -> Iterator[Team]:
    t = Team(team_db)
    yield t
    t.owner.close()


@pytest.fixture
def elsewhere(team: Team) -> Iterator[Elsewhere]:
    listener = Elsewhere(team.db.server.port)
    yield listener
    listener.close()


def _locked_pc(tmp_path: Path, address: str) -> PC:
    pc = PC(tmp_path / "pc")
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"team.database_url": address}), encoding="utf-8")
    pc.extra_env["CRIER_POLICY_FILE"] = str(policy)
    return pc


@pytest.fixture
def locked_pc(tmp_path: Path, team: Team) -> PC:
    """A PC whose policy locks the team address, joined to it as the author."""
    pc = _locked_pc(tmp_path, team.address())
    pc.ok("team", "join", "--user", team.author, stdin="alice-pw\n")
    return pc


def test_pghostaddr_cant_send_a_pc_with_a_locked_address_to_another_server(
    locked_pc: PC, elsewhere: Elsewhere
) -> None:
    """libpq's PGHOSTADDR supplements the policy's host name: on main Crier went to 127.0.0.2."""
    locked_pc.extra_env["PGHOSTADDR"] = ELSEWHERE
    status = json.loads(locked_pc.ok("team", "status", "--json"))
    assert elsewhere.connections == 0
    assert status["reachable"] is True  # the policy's server, as if PGHOSTADDR were not there


def test_pgport_cant_supply_the_port_a_locked_address_leaves_out(tmp_path: Path, team: Team) -> None:
    """A policy address without a port means 5432; PGPORT sent Crier to another server (here, the test's
    own) and it joined. Now libpq is told the policy's port (none, so its default)."""
    pc = _locked_pc(tmp_path, f"postgresql://127.0.0.1/{team.db.name}")
    pc.extra_env["PGPORT"] = str(team.db.server.port)
    joined = pc.run("team", "join", "--user", team.author, stdin="alice-pw\n")
    assert joined.returncode != 0, joined.stdout
    assert "Traceback" not in joined.stderr
    assert "127.0.0.1:5432" in joined.stderr  # where policy points, said plainly


def test_pgservice_under_a_locked_address_is_refused_in_one_sentence(tmp_path: Path, team: Team) -> None:
    """A service file fills in what the policy's address leaves out (here the port, so another server),
    and libpq can't be told "no service": refused in one sentence, not used. On main the PC joined."""
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[mine]\nport={team.db.server.port}\n", encoding="utf-8")
    pc = _locked_pc(tmp_path, f"postgresql://127.0.0.1/{team.db.name}")
    pc.extra_env.update(PGSERVICE="mine", PGSERVICEFILE=str(services))
    result = pc.run("team", "join", "--user", team.author, stdin="alice-pw\n")
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert "PGSERVICE" in message and "policy" in message and message.count("\n") == 0


def test_an_address_edited_in_the_team_file_after_joining_is_refused(
    locked_pc: PC, elsewhere: Elsewhere, team: Team
) -> None:
    """The address kept in team.sqlite3 is this PC's own file: on main, editing it after joining moved
    the PC to any database. Every connection now checks it against the policy first."""
    edited = f"host={ELSEWHERE} port={team.db.server.port} dbname={team.db.name} user={team.author}"
    with sqlite3.connect(locked_pc.data / "team.sqlite3") as db:
        db.execute("UPDATE config SET value = ? WHERE key = 'url'", (edited,))
    result = locked_pc.run("team", "status")
    assert elsewhere.connections == 0
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "policy sets the team database to 127.0.0.1" in result.stderr
    synced = locked_pc.run("sync", "--once")
    assert elsewhere.connections == 0 and "Traceback" not in synced.stderr


def test_the_window_checks_the_kept_address_against_the_policy_too(
    qtbot,  # noqa: ANN001
    team: Team,
    elsewhere: Elsewhere,
    make_window,  # noqa: ANN001, F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The Team area reads the team through the same client: an edited address is refused, said in the
    status bar, and never connected to (on main the window connected to 127.0.0.2)."""
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"team.database_url": team.address()}), encoding="utf-8")
    monkeypatch.setenv("CRIER_POLICY_FILE", str(policy))
    _join(team, team.author, "alice-pw")
    edited = f"host={ELSEWHERE} port={team.db.server.port} dbname={team.db.name} user={team.author}"
    with sqlite3.connect(app_paths().data / "team.sqlite3") as db:
        db.execute("UPDATE config SET value = ? WHERE key = 'url'", (edited,))
    win = make_window()
    label = win.team.status_label
    qtbot.waitUntil(lambda: label.text() == "Team: offline", timeout=WAIT_MS)
    assert elsewhere.connections == 0
    assert "policy sets the team database to 127.0.0.1" in label.toolTip()
