"""The Team area shows why each half of a Welsh-English pair waits, in English and in Welsh, against a real
PostgreSQL server."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QModelIndex

from desktop.ui import team_view
from tests.test_team_ui import WAIT_MS, Team, _join, make_window, memory_keyring  # noqa: F401 - fixtures
from tests.test_translations import welsh  # noqa: F401 - fixture

pytestmark = pytest.mark.integration


def _pair(team: Team) -> tuple[int, int]:
    cyngor = team.owner.execute("SELECT crier.register_account('x', '@cyngor', 'Cyngor')").fetchone()[0]
    with team.as_(team.author) as conn:
        welsh_id = conn.execute(
            "SELECT crier.submit_pair(%s, %s, 'Mae’r llyfrgell ar agor', %s, 'The library is open')",
            (uuid.uuid4(), cyngor, team.account),
        ).fetchone()[0]
    with team.as_(team.approver) as conn:
        conn.execute("SELECT crier.decide(%s, %s, 'approved', '')", (uuid.uuid4(), welsh_id))
    english_id = team.owner.execute(
        "SELECT id FROM crier.submissions WHERE pair_index = 1"
        " AND pair_id = (SELECT pair_id FROM crier.submissions WHERE id = %s)",
        (welsh_id,),
    ).fetchone()[0]
    return welsh_id, english_id


def _status(panel, submission_id: int) -> str:  # noqa: ANN001
    row = panel.model.row_of(submission_id)
    return panel.model.data(panel.model.index(row, 0, QModelIndex())) if row >= 0 else ""


@pytest.fixture
def team(team_db) -> Team:  # noqa: ANN001
    return Team(team_db)


def test_the_author_sees_the_welsh_half_wait_for_the_english_to_be_approved(
    qtbot,  # noqa: ANN001
    team: Team,
    make_window,  # noqa: ANN001, F811
) -> None:
    welsh_id, english_id = _pair(team)
    _join(team, team.author, "alice-pw")
    win = make_window()
    win.team.action.trigger()
    panel = win.team.panel
    panel.tabs.setCurrentIndex(team_view.MINE)
    qtbot.waitUntil(lambda: _status(panel, welsh_id) != "", timeout=WAIT_MS)
    assert _status(panel, welsh_id) == "Approved: Waiting for its English pair to be approved"
    assert _status(panel, english_id) == "Waiting for review"


def test_the_same_in_welsh(
    qtbot,  # noqa: ANN001
    team: Team,
    make_window,  # noqa: ANN001, F811
    welsh: None,  # noqa: F811
) -> None:
    welsh_id, english_id = _pair(team)
    _join(team, team.author, "alice-pw")
    win = make_window()
    win.team.action.trigger()
    panel = win.team.panel
    panel.tabs.setCurrentIndex(team_view.MINE)
    qtbot.waitUntil(lambda: _status(panel, welsh_id) != "", timeout=WAIT_MS)
    assert _status(panel, welsh_id) == "Cymeradwywyd: Yn aros i'w phâr Saesneg gael ei gymeradwyo"
    assert _status(panel, english_id) == "Yn aros am adolygiad"
