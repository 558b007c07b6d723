"""`crier queue --pair @welsh,@english` on team PCs: real `crier` processes as separate PCs, a real PostgreSQL
server, the fake X API. The pair is approved half by half, goes out Welsh first and each post once; when the
Welsh can't go (its account needs signing in, or X refuses it for good) the English waits, and both
say why."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.postgres import PortGate
from tests.test_bilingual import CY, EN
from tests.test_team_cli import Office

pytestmark = [pytest.mark.integration, pytest.mark.slow]

PAIR_FILE = f"---cy---\n{CY}\n---en---\n{EN}\n"


class PairOffice(Office):
    """The office of test_team_cli; the approver's PC also holds the Welsh account @cyngor."""

    def __init__(self, tmp_path: Path, db, x_api, gate: PortGate | None = None) -> None:  # noqa: ANN001
        super().__init__(tmp_path, db, x_api, gate)
        self.x_api = x_api
        self.welsh_tokens = connect_x(self.approver, x_api, "cyngor")
        self.approver.ok("sync", "--once")  # @cyngor becomes known to the team

    def submit_pair(self, text: str = PAIR_FILE) -> tuple[int, int]:
        post = self.author.root / "pair.txt"
        post.write_text(text, encoding="utf-8")
        out = self.author.ok("queue", str(post), "--pair", "@cyngor,@council")
        assert "pair" in out, out
        welsh, english = map(int, re.search(r"pair (\d+), (\d+)", out).groups())
        return welsh, english

    def on_x(self, username: str) -> list[Any]:
        state = self.x_api.state
        return state.tweets_for(state.user_by_username(username).id)

    def team_outbox(self) -> dict[int, dict[str, Any]]:
        return {p["submission_id"]: p for p in self.approver.json("outbox") if p.get("team")}


def connect_x(pc, x_api, username: str) -> Any:  # noqa: ANN001
    """Connect an X account of the fake on ``pc``; its tokens, so a test can revoke them as X's user would."""
    x_api.state.add_user(username, name=username.title())
    return reconnect_x(pc, x_api, username)


def reconnect_x(pc, x_api, username: str) -> Any:  # noqa: ANN001
    user = x_api.state.user_by_username(username)
    tokens = x_api.state.issue_oauth1_tokens(user.id, x_api.app.consumer_key)
    keys = {
        "consumer_key": x_api.app.consumer_key,
        "consumer_secret": x_api.app.consumer_secret,
        "access_token": tokens.access_token,
        "access_token_secret": tokens.access_token_secret,
    }
    pc.ok("accounts", "add-x", "--oauth1", stdin=json.dumps(keys))
    return tokens


@pytest.fixture
def office(tmp_path: Path, team_db, x_api) -> PairOffice:  # noqa: ANN001
    return PairOffice(tmp_path, team_db, x_api)


def test_a_pair_is_approved_half_by_half_and_goes_out_welsh_first_once_each(office: PairOffice) -> None:
    welsh, english = office.submit_pair()
    assert [(w["id"], w["text"]) for w in office.approver.json("approvals", "list")] == [
        (welsh, CY),
        (english, EN),
    ]
    office.approver.ok("approve", str(welsh))
    assert "Team: sent 0" in office.approver.ok("sync", "--once")  # the English is not approved yet
    assert office.on_x("cyngor") == [] and office.on_x("council") == []
    listed = office.author.ok("approvals", "list")  # the author sees both, and why the Welsh waits
    assert re.search(rf"{welsh} +Approved .*\(Waiting for its English pair to be approved\)", listed), listed

    office.approver.ok("approve", str(english))
    assert "Team: sent 2" in office.approver.ok("sync", "--once")
    assert "Team: sent 0" in office.approver.ok("sync", "--once")  # nothing twice
    (cy,), (en,) = office.on_x("cyngor"), office.on_x("council")
    assert (cy.submitted_text, en.submitted_text) == (CY, EN)
    assert int(cy.id) < int(en.id)  # X's own order: the Welsh was posted first
    outbox = office.team_outbox()
    assert (outbox[welsh]["state"], outbox[english]["state"]) == ("sent", "sent")
    events = json.loads(office.it.ok("audit", "export", "--format", "json"))
    sent = [e["submission_id"] for e in events if e["action"] == "sent"]
    assert sent == [welsh, english]


def test_a_welsh_account_that_needs_signing_in_holds_the_english_with_the_reason_on_both(
    office: PairOffice, x_api
) -> None:  # noqa: ANN001
    welsh, english = office.submit_pair()
    office.approver.ok("approve", str(welsh))
    office.approver.ok("approve", str(english))
    x_api.state.revoke(office.welsh_tokens.access_token)  # someone disconnected Crier in X's settings
    office.approver.run("sync", "--once")
    office.approver.run("sync", "--once")  # again: still nothing, the English doesn't slip out
    assert office.on_x("cyngor") == [] and office.on_x("council") == []
    outbox = office.team_outbox()
    assert outbox[welsh]["state"] == "queued" and "sign" in outbox[welsh]["error"].lower()
    assert outbox[english]["state"] == "queued"
    assert outbox[english]["error"] == f"Waiting for its Welsh pair on @cyngor: {outbox[welsh]['error']}"
    table = office.approver.ok("outbox")
    assert "Waiting for its Welsh pair on @cyngor" in table and outbox[welsh]["error"][:30] in table

    reconnect_x(office.approver, x_api, "cyngor")  # the officer signs the Welsh account in again
    assert "Team: sent 2" in office.approver.ok("sync", "--once")
    (cy,), (en,) = office.on_x("cyngor"), office.on_x("council")
    assert (cy.submitted_text, en.submitted_text) == (CY, EN) and int(cy.id) < int(en.id)


def test_a_welsh_post_x_refuses_for_good_holds_the_english_until_it_is_edited_and_sent(
    office: PairOffice, x_api
) -> None:  # noqa: ANN001
    x_api.state.config.duplicate_detection = True
    x_api.state.seed_tweet(x_api.state.user_by_username("cyngor").id, CY, age=86400)  # posted yesterday
    welsh, english = office.submit_pair()
    office.approver.ok("approve", str(welsh))
    office.approver.ok("approve", str(english))
    result = office.approver.run("sync", "--once")
    assert result.returncode != 0 and "needing attention 1" in result.stdout
    outbox = office.team_outbox()
    assert outbox[welsh]["state"] == "needs_attention" and "already posted" in outbox[welsh]["error"]
    assert outbox[english]["error"] == (
        f"Waiting for its Welsh pair on @cyngor, which needs attention: {outbox[welsh]['error']}"
    )
    assert [t.submitted_text for t in office.on_x("council")] == []
    mine = {s["id"]: s for s in office.author.json("approvals", "list")}
    assert (
        mine[welsh]["state"] == "needs_attention" and mine[english]["pair_hold"]["wait"] == "needs_attention"
    )

    edited = office.author.root / "edited.txt"
    edited.write_text(CY + " Dewch draw!", encoding="utf-8")
    office.author.ok("edit", str(welsh), str(edited))
    office.approver.run("sync", "--once")
    assert [t.submitted_text for t in office.on_x("council")] == []  # the Welsh is back in review
    office.approver.ok("approve", str(welsh))  # the author's edit, approved by someone else
    assert "Team: sent 2" in office.approver.ok("sync", "--once")
    texts = [t.submitted_text for t in office.on_x("cyngor")]
    assert texts == [CY, CY + " Dewch draw!"]  # yesterday's, then ours
    (en,) = office.on_x("council")
    assert en.submitted_text == EN and int(office.on_x("cyngor")[-1].id) < int(en.id)


def test_a_pair_with_an_account_the_team_does_not_have_is_refused_in_one_sentence(office: PairOffice) -> None:
    post = office.author.root / "pair.txt"
    post.write_text(PAIR_FILE, encoding="utf-8")
    result = office.author.run("queue", str(post), "--pair", "@cyngor,@nobody")
    assert result.returncode == 2 and "the team has no account @nobody" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    single = office.author.root / "single.txt"
    single.write_text(EN, encoding="utf-8")
    result = office.author.run("queue", str(single), "--pair", "@cyngor,@council")
    assert result.returncode == 2 and "--pair needs a bilingual file" in result.stderr
    assert office.approver.json("approvals", "list") == []


def test_a_pair_written_offline_reaches_the_team_once_and_goes_out_welsh_first(
    tmp_path: Path, team_db, x_api
) -> None:  # noqa: ANN001
    gate = PortGate(team_db.server.port).open()
    office = PairOffice(tmp_path, team_db, x_api, gate)
    office.author.ok("team", "status")  # the author's PC has pulled the team's accounts
    gate.block()  # then loses the database port
    post = office.author.root / "pair.txt"
    post.write_text(PAIR_FILE, encoding="utf-8")
    assert "next `crier sync --once`" in office.author.ok("queue", str(post), "--pair", "@cyngor,@council")
    gate.open()
    office.author.ok("sync", "--once")
    office.author.ok("sync", "--once")  # pushing again changes nothing
    waiting = office.approver.json("approvals", "list")
    assert [(w["account"], w["text"]) for w in waiting] == [("@cyngor", CY), ("@council", EN)]
    for w in waiting:
        office.approver.ok("approve", str(w["id"]))
    assert "Team: sent 2" in office.approver.ok("sync", "--once")
    (cy,), (en,) = office.on_x("cyngor"), office.on_x("council")
    assert int(cy.id) < int(en.id)
