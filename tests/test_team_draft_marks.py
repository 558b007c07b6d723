"""A draft posted from a team PC is linked to its submission: the drafts list says where it is (not sent to
the team yet, waiting for review, queued, sent), in English and in Welsh, as the team moves it on. Real
PostgreSQL, the real window offscreen."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest

from desktop.core.outbox import Posted
from desktop.ui.drafts_model import DraftRoles
from desktop.ui.main_window import MainWindow
from tests.postgres import PortGate
from tests.team_pcs import window_behind_gate  # noqa: F401 - fixture
from tests.test_team_post_window import _answer, _post, _submissions, team  # noqa: F401 - fixture
from tests.test_team_ui import WAIT_MS, Team, make_window, memory_keyring  # noqa: F401 - fixtures
from tests.test_translations import welsh  # noqa: F401 - fixture

pytestmark = pytest.mark.integration


def _mark(win: MainWindow) -> tuple[str, str]:
    index = win.model.index(0)
    return index.data(DraftRoles.POSTED_MARK), index.data(DraftRoles.POSTED)


def test_the_drafts_list_follows_a_drafts_submission_through_the_team(
    qtbot,  # noqa: ANN001
    team: Team,  # noqa: F811
    window_behind_gate: tuple[MainWindow, PortGate],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    win, gate = window_behind_gate  # connected once, now offline
    _answer(monkeypatch, lambda dialog: None)
    _post(qtbot, win, body="Library closed on Monday for repairs.")
    qtbot.waitUntil(lambda: _mark(win) == ("…", "Team: Not sent to the team yet"), timeout=WAIT_MS)

    gate.open()  # the window pushes it, and the team is read again
    qtbot.waitUntil(lambda: len(_submissions(team)) == 1, timeout=WAIT_MS)
    win.team.refresh()
    qtbot.waitUntil(lambda: _mark(win) == ("…", "Team: Waiting for review"), timeout=WAIT_MS)

    [(sid, *_rest)] = _submissions(team)
    with team.as_(team.approver) as conn:
        conn.execute("SELECT crier.decide(%s, %s, 'approved', '')", (uuid.uuid4(), sid))
    win.team.refresh()
    qtbot.waitUntil(lambda: _mark(win) == ("…", "Team: Queued to post"), timeout=WAIT_MS)
    assert "Team: Queued to post" in win.model.index(0).data(0x0B)  # (AccessibleTextRole) said too
    gate.block()


def test_a_team_mark_is_in_welsh(qtbot, make_window, welsh) -> None:  # noqa: ANN001, F811
    win = make_window()
    draft = win.store.create(body="Llyfrgell ar gau ddydd Llun.")
    win.model.reload()
    qtbot.waitUntil(lambda: win.model.row_of(draft.id) >= 0, timeout=WAIT_MS)
    win.model._posted[draft.id] = Posted(("@cyngor",), datetime(2026, 12, 7, 9, 0), "submitted")
    assert win.model.posted_text(draft.id) == "Tîm: Yn aros am adolygiad"
