"""The Team area in the window against a real PostgreSQL server (tests/postgres.py): an approver
approves from the view, an author sees a comment arrive by LISTEN/NOTIFY, the status bar says how the
team connection is, and joining takes the address IT set by policy."""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import psycopg
import pytest

from desktop.core.db import Database
from desktop.core.paths import app_paths
from desktop.core.store import DraftStore
from desktop.core.sync import SyncEngine
from desktop.core.team.connection import TeamUrl, connect
from desktop.core.team.errors import TeamError
from desktop.core.team.joining import join, team_url
from desktop.core.team.schema import add_person, init_team
from desktop.ui import team_view
from desktop.ui.main_window import MainWindow
from tests.fakes.scripted import Network, ScriptedPublisher
from tests.keyrings import MemoryKeyring
from tests.postgres import PortGate, TeamDatabase, unique_name
from tests.test_outbox_ui import Link

pytestmark = pytest.mark.integration
WAIT_MS = 20_000


class Team:
    """A team as IT sets it up: an author, an approver, and the @council account."""

    def __init__(self, db: TeamDatabase) -> None:
        self.db = db
        init_team(TeamUrl.parse(db.owner_url()), None)
        self.owner = connect(TeamUrl.parse(db.owner_url()))
        self.author, self.approver = unique_name("alice"), unique_name("bob")
        add_person(self.owner, self.author, "author", "alice-pw")
        add_person(self.owner, self.approver, "approver", "bob-pw")
        self.account = self.owner.execute(
            "SELECT crier.register_account('x', '@council', 'Council')"
        ).fetchone()[0]

    def address(self) -> str:
        """The address IT would put in the setting: no user, no password."""
        return f"postgresql://127.0.0.1:{self.db.server.port}/{self.db.name}"

    def as_(self, user: str) -> psycopg.Connection:
        return connect(TeamUrl.parse(self.db.url_for(user)), "alice-pw" if user == self.author else "bob-pw")

    def submit(self, user: str, text: str) -> int:
        with self.as_(user) as conn:
            return conn.execute(
                "SELECT crier.submit(%s, %s, %s)", (uuid.uuid4(), self.account, text)
            ).fetchone()[0]

    def state(self, submission_id: int) -> str:
        return self.owner.execute(
            "SELECT state FROM crier.submissions WHERE id = %s", (submission_id,)
        ).fetchone()[0]

    def count(self, table: str, submission_id: int) -> int:
        sql = f"SELECT count(*) FROM crier.{table} WHERE submission_id = %s"  # noqa: S608 - our own names
        return self.owner.execute(sql, (submission_id,)).fetchone()[0]


@pytest.fixture
def team(team_db: TeamDatabase) -> Iterator[Team]:
    t = Team(team_db)
    yield t
    t.owner.close()


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def make_window(qtbot, db: Database):  # noqa: ANN001, ANN201
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        engine = SyncEngine(db, lambda account: ScriptedPublisher(Network(), account), rng=random.Random(1))
        win = MainWindow(DraftStore(db), sync=(engine, Link()))
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.close()


def _join(team: Team, user: str, password: str, port: int | None = None) -> None:
    url = team.db.url_for(user)
    if port is not None:
        url = url.replace(f":{team.db.server.port}/", f":{port}/")
    join(app_paths().ensure().data, TeamUrl.parse(url), password)


def _select(qtbot, win: MainWindow, submission_id: int) -> None:  # noqa: ANN001
    panel = win.team.panel
    qtbot.waitUntil(lambda: panel.model.row_of(submission_id) >= 0, timeout=WAIT_MS)
    panel.table.selectRow(panel.model.row_of(submission_id))
    qtbot.waitUntil(lambda: (panel.current() or {}).get("id") == submission_id, timeout=WAIT_MS)


def test_an_approver_sees_a_submission_to_review_and_approves_it_from_the_view(
    qtbot,  # noqa: ANN001
    team: Team,
    make_window,  # noqa: ANN001
) -> None:
    sid = team.submit(team.author, "Bins go out on Tuesday this week.")
    own = team.submit(team.approver, "Library opens late on Thursday.")
    _join(team, team.approver, "bob-pw")
    win = make_window()
    win.team.action.trigger()  # View > Team (Ctrl+4)
    assert win.team.dock.isVisible()
    panel = win.team.panel
    qtbot.waitUntil(lambda: panel.model.row_of(sid) >= 0, timeout=WAIT_MS)
    assert panel.tabs.currentIndex() == team_view.TO_REVIEW and panel.tabs.isTabVisible(team_view.TO_REVIEW)
    assert panel.model.row_of(own) < 0  # one's own submission is not "to review"
    _select(qtbot, win, sid)
    assert panel.approve_button.isVisible() and panel.approve_button.isEnabled()
    assert "Bins go out on Tuesday" in panel.post_text.toPlainText()
    qtbot.waitUntil(lambda: "submitted it" in panel.history.toPlainText(), timeout=WAIT_MS)

    panel.note.setPlainText("Good to go")
    panel.approve_button.click()
    qtbot.waitUntil(lambda: team.state(sid) in ("approved", "queued"), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Approved" in panel.message.text(), timeout=WAIT_MS)
    # The view follows: no longer to review; its history says who approved it.
    qtbot.waitUntil(lambda: panel.model.row_of(sid) < 0, timeout=WAIT_MS)
    panel.tabs.setCurrentIndex(team_view.MINE)
    _select(qtbot, win, own)
    panel.approve_button.click()  # the database refuses; one plain sentence
    qtbot.waitUntil(lambda: "own submission" in panel.message.text(), timeout=WAIT_MS)
    assert panel.message.text() == "You cannot approve your own submission."
    assert team.state(own) == "submitted"
    events = team.owner.execute(
        "SELECT actor, action FROM crier.audit_log WHERE submission_id = %s AND action = 'approved'", (sid,)
    ).fetchall()
    assert events == [(team.approver, "approved")]


def test_an_author_has_no_approve_and_sees_a_comment_arrive_without_refreshing(
    qtbot,  # noqa: ANN001
    team: Team,
    make_window,  # noqa: ANN001
) -> None:
    sid = team.submit(team.author, "Road closed overnight on the A470.")
    _join(team, team.author, "alice-pw")
    win = make_window()
    win.team.action.trigger()
    panel = win.team.panel
    assert not panel.tabs.isTabVisible(team_view.TO_REVIEW)
    _select(qtbot, win, sid)
    assert not panel.approve_button.isVisible() and not panel.changes_button.isVisible()
    qtbot.waitUntil(lambda: win.team._watcher is not None and win.team._watcher.listening, timeout=WAIT_MS)

    with team.as_(team.approver) as conn:
        conn.execute(
            "SELECT crier.add_comment(%s, %s, %s)", (uuid.uuid4(), sid, "Please add the diversion route")
        )
    qtbot.waitUntil(lambda: "Please add the diversion route" in panel.comments.toPlainText(), timeout=WAIT_MS)
    assert team.approver in panel.comments.toPlainText()


def test_the_status_bar_shows_the_team_connection(
    qtbot,  # noqa: ANN001
    team: Team,
    make_window,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(team_view, "RETRY_MS", 300)
    sid = team.submit(team.author, "Food festival this Saturday.")
    gate = PortGate(team.db.server.port).open()
    _join(team, team.approver, "bob-pw", port=gate.port)
    win = make_window()
    label = win.team.status_label
    qtbot.waitUntil(lambda: label.text() == "Team: connected", timeout=WAIT_MS)
    assert label.isVisible()
    win.team.action.trigger()
    _select(qtbot, win, sid)

    gate.block()  # this PC loses the database port
    win.team.refresh()
    qtbot.waitUntil(lambda: label.text() == "Team: offline", timeout=WAIT_MS)
    panel = win.team.panel
    for n in (1, 2, 3):
        panel.note.setPlainText(f"Offline note {n}")
        qtbot.waitUntil(panel.comment_button.isEnabled, timeout=WAIT_MS)
        panel.comment_button.click()
        # n's plural form, as the installed catalogue gives it (the English forms: test_plurals)
        waiting = win.team.tr("Team: offline, %n change(s) to send", "", n)
        assert str(n) in waiting
        qtbot.waitUntil(lambda w=waiting: label.text() == w, timeout=WAIT_MS)
    assert "Saved on this PC" in panel.message.text()
    assert team.count("comments", sid) == 0

    gate.open()  # back: the watcher reconnects, the window pushes, each comment arrives once
    qtbot.waitUntil(lambda: label.text() == "Team: connected", timeout=WAIT_MS)
    assert team.count("comments", sid) == 3
    win.team.refresh()
    qtbot.waitUntil(lambda: label.text() == "Team: connected" and not win.team._refreshing, timeout=WAIT_MS)
    assert team.count("comments", sid) == 3
    gate.block()


def test_not_joined_shows_nothing_in_the_status_bar_and_offers_to_join(
    qtbot,  # noqa: ANN001
    team: Team,
    make_window,  # noqa: ANN001
) -> None:
    win = make_window()
    qtbot.waitUntil(lambda: win.team.snapshot is not None and not win.team._refreshing, timeout=WAIT_MS)
    assert win.team.status_label.text() == "" and not win.team.status_label.isVisible()
    win.team.action.trigger()
    assert win.team.panel.pages.currentIndex() == 0 and win.team.panel.join_button.isVisible()

    # Joining from the window: the address from the settings, the user name and password asked for.
    win.settings.set("team.database_url", team.address())
    dialog = win.team.open_join()
    dialog.user.setText(team.author)
    dialog.password.setText("wrong")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=WAIT_MS)
    assert dialog.error.text() == f"The team database refused the password for {team.author}."
    dialog.password.setText("alice-pw")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: win.team.status_label.text() == "Team: connected", timeout=WAIT_MS)
    assert keyring.get_keyring().entries  # the password went to the keyring
    assert "alice-pw" not in (app_paths().data / "team.sqlite3").read_bytes().decode("latin-1")


def test_the_address_set_by_policy_binds() -> None:
    policy_url = "postgresql://db.council.gov.uk/crier?sslmode=verify-full"
    url = team_url(None, policy_url, locked=True, user="asmith")
    assert url.user == "asmith" and url.params["dbname"] == "crier"
    assert team_url("postgresql://asmith@db.council.gov.uk/crier", policy_url, locked=True).user == "asmith"
    with pytest.raises(TeamError, match="policy sets the team database to db.council.gov.uk:5432/crier"):
        team_url("postgresql://asmith@elsewhere.example/crier", policy_url, locked=True)
    assert team_url("postgresql://asmith@elsewhere.example/crier", policy_url, locked=False).host == (
        "elsewhere.example"
    )
    with pytest.raises(TeamError, match="put your user name"):
        team_url(None, policy_url, locked=True)
    with pytest.raises(TeamError, match="give the team database address"):
        team_url(None, "")


def test_crier_team_join_uses_the_address_in_the_settings(tmp_path: Path, team: Team) -> None:
    from tests.team_pcs import PC

    pc = PC(tmp_path / "pc")
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"team.database_url": team.address()}), encoding="utf-8")
    pc.extra_env["CRIER_POLICY_FILE"] = str(policy)
    out = pc.ok("team", "join", "--user", team.author, stdin="alice-pw\n")
    assert f"as {team.author} (author)" in out
    other = pc.run("team", "join", f"postgresql://{team.author}@127.0.0.1:1/elsewhere", stdin="alice-pw\n")
    assert other.returncode == 2 and "policy sets the team database" in other.stderr
