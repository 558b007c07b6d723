"""A team post's error kept translatable (team migration t0005): an older team database's English errors
survive the upgrade and read as they are; a failure recorded afterwards keeps its source and values beside
the English, so a Welsh PC shows it in Welsh. A real PostgreSQL server (tests/postgres.py).
"""

from __future__ import annotations

from typing import Any

import pytest
from psycopg.rows import dict_row

from desktop.core.accounts import AccountView
from desktop.core.networks.publishing import ErrorKind, PublishError
from desktop.core.team.client import OUTBOX_SQL
from desktop.core.team.connection import TeamUrl
from desktop.core.team.pairs import team_error
from desktop.core.team.schema import HEAD_REVISION, current_revision, init_team
from desktop.core.translatable import Text
from desktop.ui import i18n
from tests.postgres import TeamDatabase
from tests.test_stored_messages import REFUSED, REFUSED_CY, _welsh_lookup
from tests.test_team_db import Team, _approved, held_account

pytestmark = pytest.mark.integration


def _outbox(team: Team) -> dict[int, dict[str, Any]]:
    with team.as_(team.approver).cursor(row_factory=dict_row) as cur:
        return {row["submission_id"]: row for row in cur.execute(OUTBOX_SQL)}


def test_old_english_errors_survive_the_upgrade_and_new_ones_read_in_welsh(
    team_db: TeamDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import command

    upgrade = command.upgrade
    monkeypatch.setattr(command, "upgrade", lambda config, _head: upgrade(config, "t0004"))
    team = Team(team_db)  # as an older Crier set it up
    monkeypatch.setattr(command, "upgrade", upgrade)
    assert current_revision(team.admin) == "t0004"
    (old,) = _approved(team, 1)
    pc = team.as_(team.approver)
    row = pc.execute("SELECT id, attempt_id FROM crier.claim_next(%s)", ([team.account],)).fetchone()
    pc.execute("SELECT crier.failed(%s, %s, 'needs_editing', 'X refused this post.', NULL, '{}')", row)
    pc.execute("SELECT crier.release(%s)", (team.account,))
    assert _outbox(team)[old]["error_text"] is None  # (read the same way before the column exists)

    init_team(TeamUrl.parse(team_db.owner_url()), None)  # a newer Crier upgrades it
    assert current_revision(team.admin) == HEAD_REVISION
    before = _outbox(team)[old]
    assert team_error(before["error"], before["error_text"]) == "X refused this post."

    from desktop.core.team.publish import TeamSender

    (new,) = _approved(team, 1)
    held = held_account()
    refused = REFUSED.format(said="Duplicate content.")

    def publisher_for(account: AccountView) -> Any:
        raise PublishError(ErrorKind.NEEDS_EDITING, refused)

    sender = TeamSender(team.as_(team.approver), {team.account: held}, publisher_for, lambda text, a: [text])
    assert len(sender.run().needs_attention) == 1
    after = _outbox(team)[new]
    assert after["error"] == str(refused)  # psql, the audit log and older Crier read English as before
    assert after["error_text"] == {
        "context": "core.x",
        "source": REFUSED.source,
        "values": {"said": "Duplicate content."},
    }
    error = team_error(after["error"], after["error_text"])
    assert isinstance(error, Text) and i18n.shown(error, _welsh_lookup()) == REFUSED_CY
    assert team_error("", after["error_text"]) == ""  # a new attempt cleared the error: nothing stale
