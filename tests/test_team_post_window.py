"""The window's Post on a PC joined to a team submits for approval, as `crier queue` does: never straight
into this PC's outbox (which would send with this PC's credentials, unapproved). Real PostgreSQL started
by the tests, the real window offscreen, the real Post dialog (only its ``exec`` answered)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.accounts import Accounts
from desktop.core.db import Database
from desktop.core.outbox import Outbox
from desktop.core.paths import app_paths
from desktop.core.service import Crier, Outgoing
from desktop.core.team.errors import TeamError
from desktop.core.team.local import LocalTeam
from desktop.ui import post_dialog, team_view
from desktop.ui.main_window import MainWindow
from tests.postgres import PortGate
from tests.team_pcs import window_behind_gate  # noqa: F401 - fixture
from tests.test_team_ui import WAIT_MS, Team, _join, make_window, memory_keyring  # noqa: F401 - fixtures
from tests.test_translations import welsh  # noqa: F401 - fixture

pytestmark = pytest.mark.integration


@pytest.fixture
def team(team_db) -> Team:  # noqa: ANN001
    return Team(team_db)


def _answer(monkeypatch: pytest.MonkeyPatch, answer) -> list:  # noqa: ANN001
    """Replace exec with ``answer(dialog)``, pressing its button only if the person could."""
    seen: list = []

    def exec_(dialog) -> int:  # noqa: ANN001
        seen.append(dialog)
        answer(dialog)
        return int(dialog.post_button.isEnabled())

    monkeypatch.setattr(post_dialog.PostDialog, "exec", exec_)
    return seen


def _post(qtbot, win: MainWindow, **draft) -> None:  # noqa: ANN001, ANN003
    created = win.store.create(body=draft.pop("body", ""))
    if draft:
        win.store.save(created.id, title="", body=created.body, **draft)
    win.model.reload()
    qtbot.waitUntil(lambda: win.model.row_of(created.id) >= 0, timeout=WAIT_MS)
    win.select_draft(created.id)
    qtbot.waitUntil(
        lambda: win.editor.draft is not None and win.editor.draft.id == created.id, timeout=WAIT_MS
    )
    win.post_draft()


def _submissions(team: Team) -> list[tuple]:
    return team.owner.execute(
        "SELECT s.id, s.author, a.handle, s.text, s.state, s.language, s.pair_index FROM crier.submissions s"
        " JOIN crier.accounts a ON a.id = s.account_id ORDER BY s.id"
    ).fetchall()


def _mine(qtbot, win: MainWindow, submission_id: int) -> None:  # noqa: ANN001
    panel = win.team.panel
    qtbot.waitUntil(lambda: win.team.dock.isVisible(), timeout=WAIT_MS)
    assert panel.tabs.currentIndex() == team_view.MINE
    qtbot.waitUntil(lambda: panel.model.row_of(submission_id) >= 0, timeout=WAIT_MS)


def test_post_in_the_window_of_a_team_pc_submits_for_approval_and_sends_nothing(
    qtbot,  # noqa: ANN001
    team: Team,
    make_window,  # noqa: ANN001, F811
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Accounts(db).add("x", "@council")  # this PC holds the team account's credentials: the hole's way out
    _join(team, team.author, "alice-pw")
    win = make_window()
    seen = _answer(monkeypatch, lambda dialog: None)
    _post(qtbot, win, body="Bins go out on Tuesday this week.")

    qtbot.waitUntil(lambda: bool(_submissions(team) or Outbox(db).posts()), timeout=WAIT_MS)
    assert Outbox(db).posts() == [], "queued into this PC's own outbox: it would go out unapproved"
    [dialog] = seen
    assert dialog.windowTitle() == "Submit for approval"
    assert dialog.post_button.text().replace("&", "") == "Submit for approval"
    assert not dialog.direct_box.isVisibleTo(dialog)  # authors may not post without approval here
    [(sid, author, handle, text, state, _language, _pair)] = _submissions(team)
    assert (author, handle, text, state) == (
        team.author,
        "@council",
        "Bins go out on Tuesday this week.",
        "submitted",
    )
    _mine(qtbot, win, sid)
    assert "Submitted for approval" in win.statusBar().currentMessage()
    qtbot.wait(300)  # had it gone to this PC's outbox, the sync would have sent it by now
    assert Outbox(db).posts() == []
    assert team.owner.execute("SELECT count(*) FROM crier.outbox").fetchone()[0] == 0


def test_the_post_gate_still_stops_it_and_an_override_reason_reaches_the_approvers(
    qtbot,  # noqa: ANN001
    team: Team,
    make_window,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _join(team, team.author, "alice-pw")
    win = make_window()
    states: list[tuple[bool, str]] = []

    def personal(dialog) -> None:  # noqa: ANN001
        states.append((dialog.post_button.isEnabled(), dialog.problems.toPlainText()))

    seen = _answer(monkeypatch, personal)
    _post(qtbot, win, body="Call Jo on 07700 900123 or jo.bloggs@gmail.com about the bins.")
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=WAIT_MS)
    [(enabled, listed)] = states
    assert not enabled and "07700 900123" in listed  # personal data can't be overridden: nothing submitted

    def reason(dialog) -> None:  # noqa: ANN001
        states.append((dialog.post_button.isEnabled(), dialog.problems.toPlainText()))
        dialog.reason.setText("Quoting the resident's own words")

    _answer(monkeypatch, reason)
    _post(qtbot, win, body="The bins are shit this week, sorry.")
    qtbot.waitUntil(lambda: len(_submissions(team)) == 1, timeout=WAIT_MS)
    assert states[1][0] is False  # asked for a reason first
    [(sid, *_rest)] = _submissions(team)
    comments = team.owner.execute("SELECT author, body FROM crier.comments WHERE submission_id = %s", (sid,))
    assert comments.fetchall() == [(team.author, "Quoting the resident's own words")]


def test_offline_the_window_saves_the_submission_here_and_pushes_it_when_back(
    qtbot,  # noqa: ANN001
    team: Team,
    window_behind_gate: tuple[MainWindow, PortGate],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    win, gate = window_behind_gate  # connected once (the team's accounts pulled), now offline
    label = win.team.status_label
    seen = _answer(monkeypatch, lambda dialog: None)
    _post(qtbot, win, body="Library closed on Monday for repairs.")
    qtbot.waitUntil(lambda: "Saved on this PC" in win.statusBar().currentMessage(), timeout=WAIT_MS)
    assert [d.model.item(0).text() for d in seen] == ["X · @council"]  # as last pulled
    assert _submissions(team) == []
    panel = win.team.panel
    qtbot.waitUntil(lambda: len(win.team.snapshot.unsent) == 1, timeout=WAIT_MS)
    assert panel.tabs.currentIndex() == team_view.MINE and panel.model.rowCount() == 1

    gate.open()  # back: the window pushes what waits here, once
    qtbot.waitUntil(lambda: len(_submissions(team)) == 1, timeout=WAIT_MS)
    win.team.refresh()
    qtbot.waitUntil(lambda: label.text() == "Team: connected" and not win.team._refreshing, timeout=WAIT_MS)
    [(sid, author, _handle, text, state, _language, _pair)] = _submissions(team)
    assert (author, text, state) == (team.author, "Library closed on Monday for repairs.", "submitted")
    _mine(qtbot, win, sid)
    gate.block()


def test_a_bilingual_draft_goes_from_the_window_as_a_welsh_and_english_pair(
    qtbot,  # noqa: ANN001
    team: Team,
    make_window,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    team.owner.execute("SELECT crier.register_account('x', '@cyngor', 'Cyngor')")
    _join(team, team.author, "alice-pw")
    win = make_window()

    def pair(dialog) -> None:  # noqa: ANN001
        assert dialog.pair_box.isVisibleTo(dialog)
        dialog.pair_box.setChecked(True)
        dialog.welsh.setCurrentIndex(dialog.welsh.findText("X · @cyngor"))
        dialog.english.setCurrentIndex(dialog.english.findText("X · @council"))

    seen = _answer(monkeypatch, pair)
    cy, en = "Mae'r llyfrgell ar agor tan 8 heno.", "The library is open until 8 tonight."
    _post(qtbot, win, body=f"{cy}\n{en}", bilingual=True, text_cy=cy, text_en=en)
    qtbot.waitUntil(lambda: len(_submissions(team)) == 2, timeout=WAIT_MS)
    assert seen[0].as_pair()
    rows = _submissions(team)
    assert [(handle, text, language, index) for _id, _a, handle, text, _s, language, index in rows] == [
        ("@cyngor", cy, "cy", 0),
        ("@council", en, "en", 1),
    ]
    _mine(qtbot, win, rows[1][0])


def test_an_author_cannot_post_without_approval_but_an_approver_can_where_policy_allows(
    qtbot,  # noqa: ANN001
    team: Team,
    make_window,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    team.owner.execute("SELECT crier.set_policy('approvers_skip_approval', 'true')")
    _join(team, team.author, "alice-pw")
    with Crier() as crier:  # the service refuses an author at once, and records nothing to retry
        found = crier.destinations()
        assert found.team is not None and found.team.direct == frozenset()
        outgoing = Outgoing("Road closed on the A470.")
        verdicts = crier.assess(outgoing, found.accounts).in_order()
        with pytest.raises(TeamError, match="without approval"):
            crier.queue(outgoing, verdicts, direct_reason="The road is closed now")
    local = LocalTeam(app_paths().data)
    assert local.waiting() == [] and _submissions(team) == []
    local.close()

    _join(team, team.approver, "bob-pw")  # this PC now joined as an approver
    win = make_window()

    def direct(dialog) -> None:  # noqa: ANN001
        assert dialog.direct_box.isVisibleTo(dialog)
        dialog.direct_box.setChecked(True)
        assert not dialog.post_button.isEnabled()  # a reason first, for the audit log
        dialog.direct_reason_edit.setText("The road is closed now")
        assert dialog.post_button.text().replace("&", "") == "Post without approval"

    _answer(monkeypatch, direct)
    _post(qtbot, win, body="Road closed on the A470.")
    qtbot.waitUntil(lambda: len(_submissions(team)) == 1, timeout=WAIT_MS)
    [(sid, author, _handle, _text, state, _language, _pair)] = _submissions(team)
    assert author == team.approver and state in ("approved", "queued")
    audit = team.owner.execute(
        "SELECT actor, detail FROM crier.audit_log WHERE submission_id = %s"
        " AND action = 'posted_without_approval'",
        (sid,),
    ).fetchall()
    assert audit == [(team.approver, "The road is closed now")]
    qtbot.waitUntil(lambda: "Posted without approval" in win.statusBar().currentMessage(), timeout=WAIT_MS)


def test_the_submit_dialog_is_in_welsh_on_a_welsh_pc(qtbot, welsh: None) -> None:  # noqa: ANN001, F811
    from desktop.core.service.submitting import TeamSide, team_view
    from desktop.ui.post_team import TeamPostDialog

    council = team_view({"id": 1, "network": "x", "handle": "@council"}, None)
    side = TeamSide("alice", "approver", "Cyngor", True, direct=frozenset({council.id}))
    dialog = TeamPostDialog([council], {council.id}, {}, None, {}, {}, team=side)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Cyflwyno i'w chymeradwyo"
    assert dialog.post_button.text() == "C&yflwyno i'w chymeradwyo"
    assert dialog.later.text() == "Amserlennu ar gyfer:"  # the base dialog's words, under the subclass too
    assert dialog.direct_box.text() == "Cyhoeddi &heb gymeradwyaeth"


@pytest.mark.slow
def test_crier_queue_on_a_team_pc_keeps_the_gate_and_posts_without_approval_only_where_allowed(
    tmp_path: Path,
    team_db,  # noqa: ANN001
    x_api,  # noqa: ANN001
) -> None:
    from tests.test_team_cli import Office

    office = Office(tmp_path, team_db, x_api)
    post = office.author.root / "post.txt"
    post.write_text("Call Jo on 07700 900123 about the bins.", encoding="utf-8")
    refused = office.author.run("queue", str(post), "--account", "@council")
    assert refused.returncode == 1 and "Nothing was submitted." in refused.stderr, refused.stderr
    assert "07700 900123" in refused.stderr  # what must be fixed, per account

    office.it.ok("team", "policy", "approvers_skip_approval", "true")
    post.write_text("Road closed on the A470.", encoding="utf-8")
    author = office.author.run("queue", str(post), "--account", "@council", "--without-approval", "urgent")
    assert author.returncode == 1 and "without approval" in author.stderr, author.stderr
    assert office.author.json("team", "status")["waiting_to_push"] == 0  # refused at once, nothing kept
    assert office.approver.json("approvals", "list") == []

    mine = office.approver.root / "post.txt"
    mine.write_text("Road closed on the A470.", encoding="utf-8")
    out = office.approver.ok("queue", str(mine), "--account", "@council", "--without-approval", "Closed now")
    assert "Posted without approval as submission" in out
    assert "Team: sent 1" in office.approver.ok("sync", "--once")
    events = json.loads(office.it.ok("audit", "export", "--format", "json"))
    assert [(e["action"], e["detail"]) for e in events if e["action"] == "posted_without_approval"] == [
        ("posted_without_approval", "Closed now")
    ]
