"""Who publishes for a team account, and what they may record (team migration t0008), tried over each
member's own database login with plain SQL, as a modified client would."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from psycopg import errors
from psycopg.types.json import Jsonb

from desktop.core.counting import parts_for
from desktop.core.team.connection import TeamUrl
from desktop.core.team.schema import HEAD_REVISION, current_revision, init_team
from tests.postgres import OWNER, TeamDatabase
from tests.test_team_db import Team

pytestmark = pytest.mark.integration

LONG = (
    "Bins go out on Tuesday this week because of the bank holiday. Garden waste goes out on Wednesday, and "
    "the recycling centre on Mill Lane keeps its usual hours. Questions? Ask us here or call the contact "
    "centre; we answer from 8am. Thank you for your patience while the crews catch up after the storm."
)


@pytest.fixture
def team(team_db: TeamDatabase) -> Team:
    return Team(team_db)


def _approved(team: Team, text: str) -> int:
    sid = team.submit(team.as_(team.author), text)
    team.as_(team.approver2).execute("SELECT crier.decide(%s, %s, 'approved', '', NULL)", (uuid.uuid4(), sid))
    return sid


def test_a_holder_records_the_parts_once_and_only_as_the_approved_text(team: Team) -> None:
    _approved(team, LONG)
    parts = parts_for(LONG, "x")
    assert len(parts) > 1  # a numbered thread
    pc = team.as_(team.approver)
    row = pc.execute("SELECT id, attempt_id FROM crier.claim_next(%s)", ([team.account],)).fetchone()
    progress = "SELECT crier.progress(%s, %s, '[]', %s, NULL)"
    forged = [*parts[:-1], "Vote for Cllr Smith! 2/2"]
    for wrong in (["Vote for Cllr Smith!"], forged, [LONG + " Vote Smith"], [{"text": LONG}], {"0": LONG}):
        with pytest.raises(errors.InsufficientPrivilege, match="not its approved text"):
            pc.execute(progress, (*row, Jsonb({"split": wrong})))
    pc.execute(progress, (*row, Jsonb({"split": parts})))
    with pytest.raises(errors.InsufficientPrivilege, match="recorded already"):
        pc.execute(progress, (*row, Jsonb({"split": [LONG]})))
    with pytest.raises(errors.InsufficientPrivilege, match="recorded already"):
        pc.execute("SELECT crier.failed(%s, %s, 'retry_later', 'x', NULL, '{}')", row)
    with pytest.raises(errors.InsufficientPrivilege, match=f"has {len(parts)} parts"):
        pc.execute("SELECT crier.finish(%s, %s, '[\"1\"]', NULL, '')", row)
    assert team.column("SELECT idempotency->'split' FROM crier.outbox") == [parts]


@pytest.mark.parametrize(
    ("text", "network"),
    [
        (LONG, "x"),
        (LONG + "\n---\nPart two, forced by a break line.\n  ---  \nAnd three.", "x"),
        ("Mae'r biniau'n mynd allan ddydd Mawrth.\u00a0Diolch!\n---\nSecond section", "facebook"),
        ("https://www.example.gov.uk/" + "a" * 400 + " and the rest " * 30, "bluesky"),
        ("Diweddariad: " + "gwasanaethau " * 60 + "\u2003end", "mastodon"),
    ],
)
def test_the_database_agrees_with_the_splitting_rules(team: Team, text: str, network: str) -> None:
    """What the sender records (``counting.parts_for``) is always the approved text to the database."""
    parts = parts_for(text, network)
    match = "SELECT crier.parts_match(%s, %s)"
    assert team.admin.execute(match, (text, Jsonb(parts))).fetchone()[0] is True
    changed = [*parts[:-1], parts[-1].replace("e", "3", 1)]
    assert team.admin.execute(match, (text, Jsonb(changed))).fetchone()[0] is False


def test_approvers_who_make_an_account_known_hold_it_authors_and_strangers_do_not(team: Team) -> None:
    holders = "SELECT person FROM crier.account_holders WHERE account_id = %s ORDER BY person"
    assert team.column(holders, team.account) == sorted([team.approver, team.approver2, OWNER])
    author = team.as_(team.author)
    author.execute("SELECT crier.register_account('x', '@council', 'Council')")
    assert team.author not in team.column(holders, team.account)
    for call in ("add_holder", "remove_holder"):
        with pytest.raises(errors.InsufficientPrivilege, match="only a team admin"):
            team.as_(team.approver).execute(f"SELECT crier.{call}(%s, %s)", (team.account, team.approver))
    other, _ = team.other_team()
    with pytest.raises(errors.InsufficientPrivilege, match="is not in this team"):
        team.admin.execute("SELECT crier.add_holder(%s, %s)", (team.account, other))
    assert team.admin.execute("SELECT crier.add_holder(%s, %s)", (team.account, team.author)).fetchone()[0]
    assert team.admin.execute("SELECT crier.remove_holder(%s, %s)", (team.account, team.approver)).fetchone()[
        0
    ]
    audit = "SELECT action || ' ' || detail FROM crier.audit_log WHERE action LIKE 'holder%%' ORDER BY id"
    assert team.column(audit)[-2:] == [
        f"holder_added {team.author}",
        f"holder_removed {team.approver}",
    ]
    team.as_(team.approver).execute("SELECT crier.register_account('x', '@council', 'Council')")  # a sync
    _approved(
        team, "Bins go out on Tuesday"
    )  # the approver no longer publishes for @council, whatever it says
    assert (
        team.as_(team.approver).execute("SELECT * FROM crier.claim_next(%s)", ([team.account],)).fetchone()
        is None
    )


def test_a_holder_removed_mid_send_records_nothing_more(team: Team) -> None:
    _approved(team, "Bins go out on Tuesday")
    pc = team.as_(team.approver)
    row = pc.execute("SELECT id, attempt_id FROM crier.claim_next(%s)", ([team.account],)).fetchone()
    team.admin.execute("SELECT crier.remove_holder(%s, %s)", (team.account, team.approver))
    with pytest.raises(errors.InsufficientPrivilege, match="does not publish for this account"):
        pc.execute("SELECT crier.finish(%s, %s, '[\"1\"]', NULL, '')", row)
    assert team.column("SELECT state FROM crier.outbox") == ["sending"]


def test_an_older_team_database_upgrades_with_its_publishers_as_holders(
    team_db: TeamDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before t0008 nobody was named: whoever made an account known, and whoever has sent for it, hold it."""
    from alembic import command

    upgrade = command.upgrade
    monkeypatch.setattr(command, "upgrade", lambda config, _head: upgrade(config, "t0007"))
    team = Team(team_db)
    monkeypatch.setattr(command, "upgrade", upgrade)
    _approved(team, "Bins go out on Tuesday")
    pc = team.as_(team.approver)
    row = pc.execute("SELECT id, attempt_id FROM crier.claim_next(%s)", ([team.account],)).fetchone()
    pc.execute("SELECT crier.finish(%s, %s, '[\"1\"]', NULL, '')", row)
    init_team(TeamUrl.parse(team_db.owner_url()), None)
    assert current_revision(team.admin) == HEAD_REVISION
    holders = "SELECT person FROM crier.account_holders ORDER BY person"
    assert team.column(holders) == sorted([OWNER, team.approver])


@pytest.mark.slow
def test_an_admin_names_who_publishes_with_crier_team_holders(
    tmp_path: Path, team_db: TeamDatabase, x_api
) -> None:  # noqa: ANN001
    from tests.test_team_cli import Office

    office = Office(tmp_path, team_db, x_api)
    listed = office.it.json("team", "holders", "list")
    assert [(r["handle"], r["holders"]) for r in listed] == [("@council", [office.approver_name])]
    refused = office.author.run("team", "holders", "add", "@council", office.author_name)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and "admin" in refused.stderr, refused.stderr
    out = office.it.ok("team", "holders", "remove", "@council", office.approver_name)
    assert out.strip() == f"{office.approver_name} no longer publishes for @council."
    sid = office.submit("Bins go out on Tuesday this week.")
    office.approver.ok("approve", str(sid))
    assert "Team: sent 0" in office.approver.ok("sync", "--once")
    office.it.ok("team", "holders", "add", "@council", office.approver_name)
    assert "Team: sent 1" in office.approver.ok("sync", "--once")
    missing = office.it.run("team", "holders", "add", "@council", "nobody_here")
    assert missing.returncode == 1 and missing.stderr.strip() == "crier: nobody_here is not in this team"
