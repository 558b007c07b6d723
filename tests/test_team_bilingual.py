"""A bilingual file through team approval: real `crier` processes as separate PCs, a real PostgreSQL server,
the fake X API. The team's account gets one post with the Welsh first, as a local bilingual account does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_bilingual import CY, EN
from tests.test_team_cli import Office

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_a_bilingual_file_is_approved_and_sent_welsh_first(office: Office, x_api) -> None:  # noqa: ANN001
    sid = office.submit(f"---cy---\n{CY}\n---en---\n{EN}\n")
    waiting = office.approver.json("approvals", "list")
    assert [(w["id"], w["text"]) for w in waiting] == [(sid, f"{CY}\n\n{EN}")]  # what the approver approves
    office.approver.ok("approve", str(sid))
    assert "Team: sent 1" in office.approver.ok("sync", "--once")
    posted = [t.submitted_text for t in x_api.state.tweets_for(x_api.state.user_by_username("council").id)]
    assert posted == [f"{CY}\n\n{EN}"]


@pytest.fixture
def office(tmp_path: Path, team_db, x_api) -> Office:  # noqa: ANN001
    return Office(tmp_path, team_db, x_api)
