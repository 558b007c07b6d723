"""The Team area shows an approver a submission's images: each named with its alt text, and its picture
read from the team database off the GUI thread. Real PostgreSQL, the real window offscreen."""

from __future__ import annotations

import uuid

import pytest
from psycopg.types.json import Jsonb

from tests.fakes.crier_side import png
from tests.test_team_ui import WAIT_MS, Team, _join, _select, make_window, memory_keyring, team  # noqa: F401

pytestmark = pytest.mark.integration

ALT = "Map of the gritting routes, main roads in yellow"


def test_an_approver_sees_the_images_and_their_alt_text_before_approving(
    qtbot,  # noqa: ANN001
    team: Team,  # noqa: F811
    make_window,  # noqa: ANN001, F811
) -> None:
    with team.as_(team.author) as conn:
        sid = conn.execute(
            "SELECT crier.submit_with_images(%s, %s, 'Gritting routes tonight.', 'en', NULL, %s, %s)",
            (uuid.uuid4(), team.account, Jsonb([{"media_type": "image/png", "alt_text": ALT,
             "name": "map.png"}]), [png(40, 30)]),
        ).fetchone()[0]  # fmt: skip
    _join(team, team.approver, "bob-pw")
    win = make_window()
    win.team.action.trigger()
    _select(qtbot, win, sid)
    images = win.team.panel.images
    assert images.isVisibleTo(win.team.panel) and images.accessibleName() == "Images"
    assert [images.item(r).text() for r in range(images.count())] == [f"Image 1: {ALT}"]
    qtbot.waitUntil(lambda: not images.item(0).icon().isNull(), timeout=WAIT_MS)  # the picture itself

    plain = team.submit(team.author, "No pictures in this one.")
    win.team.refresh()
    _select(qtbot, win, plain)
    assert not images.isVisibleTo(win.team.panel)
