"""Team mode through the headless contract: real `crier` processes as separate PCs, a real PostgreSQL
server, the fake X API as the network."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from tests.postgres import OWNER, OWNER_PASSWORD, PortGate, TeamDatabase, unique_name
from tests.team_pcs import PC

pytestmark = [pytest.mark.integration, pytest.mark.slow]


class Office:
    """IT's PC (which ran init), an author's and an approver's; the approver's PC holds @council."""

    def __init__(self, tmp_path: Path, db: TeamDatabase, x_api, gate: PortGate | None = None) -> None:  # noqa: ANN001
        env = {"CRIER_X_API_BASE": x_api.base_url}
        self.db = db
        self.it, self.author, self.approver = (PC(tmp_path / n, env) for n in ("it", "author", "approver"))
        self.author_name, self.approver_name = unique_name("alice"), unique_name("bob")
        out = self.it.ok("team", "init", db.owner_url(with_password=False), stdin=OWNER_PASSWORD + "\n")
        assert "created" in out and "admin" in out
        self.it.ok("team", "add-user", self.author_name, "--role", "author", stdin="alice-pw\n")
        self.it.ok("team", "add-user", self.approver_name, "--role", "approver", stdin="bob-pw\n")
        author_url = db.url_for(self.author_name)
        if gate is not None:
            author_url = author_url.replace(f":{db.server.port}/", f":{gate.port}/")
        self.author.ok("team", "join", author_url, stdin="alice-pw\n")
        self.approver.ok("team", "join", db.url_for(self.approver_name), stdin="bob-pw\n")
        self.approver.connect_x(x_api, "council")
        self.approver.ok("sync", "--once")  # @council becomes known to the team

    def submit(self, text: str) -> int:
        post = self.author.root / "post.txt"
        post.write_text(text, encoding="utf-8")
        out = self.author.ok("queue", str(post), "--account", "@council")
        return int(re.search(r"submission (\d+)", out).group(1))


@pytest.fixture
def office(tmp_path: Path, team_db: TeamDatabase, x_api) -> Office:  # noqa: ANN001
    return Office(tmp_path, team_db, x_api)


def test_submit_approve_send_and_audit_across_pcs(office: Office, x_api) -> None:  # noqa: ANN001
    sid = office.submit("Bins go out on Tuesday this week.")
    waiting = office.approver.json("approvals", "list")
    assert [(w["id"], w["state"], w["author"], w["account"]) for w in waiting] == [
        (sid, "submitted", office.author_name, "@council")
    ]
    assert waiting[0]["text"] == "Bins go out on Tuesday this week." and waiting[0]["submitted_at"]
    assert "Approved" in office.approver.ok("approve", str(sid), "--comment", "Good to go")
    assert "Team: sent 1" in office.approver.ok("sync", "--once")

    posted = [t.submitted_text for t in x_api.state.tweets_for(x_api.state.user_by_username("council").id)]
    assert posted == ["Bins go out on Tuesday this week."]
    team_posts = [p for p in office.approver.json("outbox") if p.get("team")]
    assert [(p["submission_id"], p["state"]) for p in team_posts] == [(sid, "sent")]
    assert office.author.json("approvals", "list")[0]["state"] == "sent"

    events = json.loads(office.it.ok("audit", "export", "--format", "json"))
    trail = [(e["action"], e["actor"]) for e in events if e["submission_id"] == sid]
    assert trail == [
        ("submitted", office.author_name),
        ("approved", office.approver_name),
        ("queued", office.approver_name),
        ("sending", office.approver_name),
        ("sent", office.approver_name),
    ]
    assert all(
        e["text"] == "Bins go out on Tuesday this week." and e["at"] for e in events if e["submission_id"]
    )
    rows = list(
        csv.DictReader(
            io.StringIO(office.it.ok("audit", "export", "--format", "csv", "--since", "2000-01-01"))
        )
    )
    assert [r["action"] for r in rows if r["submission_id"] == str(sid)] == [a for a, _ in trail]
    assert json.loads(office.it.ok("audit", "export", "--since", "2999-01-01")) == []


def test_the_audit_export_keeps_each_phrase_id_and_its_values_alike_in_json_and_csv(office: Office) -> None:
    """Each entry's phrase (team t0009's ``detail_args``) as its id and values, beside ``detail`` (English,
    as the database wrote it) and ``detail_text`` (the reader's language); a person's own words have none.
    The CSV holds the JSON's columns in the same order, each cell the JSON's value (a phrase's values as JSON
    text, nothing for null)."""
    from tests.test_cli_welsh import WELSH_PC

    sid = office.submit("Bins go out on Tuesday this week.")
    office.approver.ok("approve", str(sid), "--comment", "Good to go")
    office.approver.ok("sync", "--once")

    events = [e for e in json.loads(office.it.ok("audit", "export")) if e["submission_id"] == sid]
    said = {e["action"]: (e["detail_phrase"], e["detail_values"], e["detail"]) for e in events}
    assert said["sending"] == ("attempt", {"attempt": 1, "person": office.approver_name},
                               f"attempt 1 by {office.approver_name}")  # fmt: skip
    assert said["approved"] == (None, None, "Good to go")  # the approver's own words
    assert all(e["detail_text"] == e["detail"] for e in events)  # an English reader

    csv_text = office.it.ok("audit", "export", "--format", "csv")
    header, *_ = csv_text.splitlines()
    every = json.loads(office.it.ok("audit", "export"))
    assert header.split(",") == list(every[0]) and every[0]
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    assert rows == [{k: _as_cell(v) for k, v in e.items()} for e in every]

    office.it.extra_env = {**office.it.extra_env, **WELSH_PC}
    welsh = {e["action"]: e for e in json.loads(office.it.ok("audit", "export")) if e["submission_id"] == sid}
    assert welsh["sending"]["detail_text"] == f"ymgais 1 gan {office.approver_name}"
    assert welsh["sending"]["detail"] == said["sending"][2]
    assert welsh["sending"]["detail_values"] == said["sending"][1]


def _as_cell(value: object) -> str:
    """A JSON export's value as its CSV cell: nothing for null, an object as JSON, a text a spreadsheet
    would run ("@council") as text (test_review6b)."""
    from desktop.cli_text import spreadsheet_cell

    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else str(spreadsheet_cell(value))


def test_an_author_is_refused_at_once_and_nothing_is_kept_to_retry(office: Office) -> None:
    sid = office.submit("Road closed on Friday.")
    for args in (("approve", str(sid)), ("request-changes", str(sid), "--comment", "no")):
        result = office.author.run(*args)
        assert result.returncode == 1
        assert "only an approver can" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    status = office.author.json("team", "status")
    assert status["waiting_to_push"] == 0 and status["role"] == "author" and status["reachable"] is True
    assert office.approver.json("approvals", "list")[0]["state"] == "submitted"


def test_request_changes_then_edit_resubmits(office: Office) -> None:
    sid = office.submit("Pool shut.")
    office.approver.ok("request-changes", str(sid), "--comment", "Say until when")
    mine = office.author.json("approvals", "list")[0]
    assert mine["state"] == "changes_requested" and mine["comments"] == []  # the comment is the decision's
    new = office.author.root / "new.txt"
    new.write_text("Pool shut until Monday.", encoding="utf-8")
    office.author.ok("edit", str(sid), str(new))
    waiting = office.approver.json("approvals", "list")
    assert [(w["id"], w["state"], w["text"]) for w in waiting] == [
        (sid, "resubmitted", "Pool shut until Monday.")
    ]


def test_join_with_a_wrong_password_is_one_sentence_and_keeps_nothing(
    tmp_path: Path, team_db: TeamDatabase
) -> None:
    it = PC(tmp_path / "it")
    it.ok("team", "init", team_db.owner_url(with_password=False), stdin=OWNER_PASSWORD + "\n")
    name = unique_name("carol")
    it.ok("team", "add-user", name, "--role", "author", stdin="right-pw\n")
    pc = PC(tmp_path / "carol")
    result = pc.run("team", "join", team_db.url_for(name), stdin="wrong-pw\n")
    assert result.returncode == 1
    assert result.stderr.strip() == f"crier: the team database refused the password for {name}"
    assert pc.json("team", "status") == {"joined": False}
    pc.ok("team", "join", team_db.url_for(name), stdin="right-pw\n")
    # The password is in the keyring only: nowhere in the data folder.
    assert "right-pw" in pc.keyring_file.read_text()
    for path in pc.data.rglob("*"):
        if path.is_file():
            assert b"right-pw" not in path.read_bytes(), path


def test_init_refuses_a_role_that_cannot_create_roles_and_is_idempotent(
    tmp_path: Path, team_db: TeamDatabase
) -> None:
    weak = unique_name("weak")
    team_db.server.superuser_sql(f"CREATE ROLE {weak} LOGIN PASSWORD 'weak-pw'")
    pc = PC(tmp_path / "weak")
    result = pc.run("team", "init", team_db.url_for(weak, "weak-pw"))
    assert result.returncode == 1 and "may create roles" in result.stderr
    it = PC(tmp_path / "it")
    it.ok("team", "init", team_db.owner_url())
    again = it.run("team", "init", team_db.owner_url())
    assert again.returncode == 0 and "up to date" in again.stdout
    assert "shell's history" in again.stderr  # a password in the address works, and is warned about
    assert it.json("team", "status")["user"] == OWNER


def test_offline_submit_and_approve_arrive_once(tmp_path: Path, team_db: TeamDatabase, x_api) -> None:  # noqa: ANN001
    gate = PortGate(team_db.server.port).open()
    office = Office(tmp_path, team_db, x_api, gate)
    office.author.ok("team", "status")  # pulled the team's accounts while online
    gate.block()  # the author's PC loses the database port
    post = office.author.root / "offline.txt"
    post.write_text("Written on the train.", encoding="utf-8")
    assert "next `crier sync --once`" in office.author.ok("queue", str(post), "--account", "@council")
    status = office.author.json("team", "status")
    assert status["reachable"] is False and status["waiting_to_push"] == 1
    result = office.author.run("sync", "--once")
    assert result.returncode == 1 and "can't reach the team database" in result.stderr
    gate.open()
    office.author.ok("sync", "--once")
    office.author.ok("sync", "--once")  # pushing again changes nothing
    waiting = office.approver.json("approvals", "list")
    assert [w["text"] for w in waiting] == ["Written on the train."]
    assert office.author.json("team", "status")["waiting_to_push"] == 0

    # Now the approver decides while offline (from what it pulled), then reconnects.
    approver = PC(office.approver.root, {**office.approver.extra_env})
    approver_gate = PortGate(team_db.server.port).open()
    url = team_db.url_for(office.approver_name).replace(f":{team_db.server.port}/", f":{approver_gate.port}/")
    approver.ok("team", "join", url, stdin="bob-pw\n")
    approver.json("approvals", "list")  # pulled while online
    approver_gate.block()
    assert "next `crier sync --once`" in approver.ok("approve", str(waiting[0]["id"]))
    approver_gate.open()
    approver.ok("sync", "--once")
    approver.ok("sync", "--once")
    events = json.loads(office.it.ok("audit", "export"))
    assert [e["action"] for e in events if e["action"] in ("submitted", "approved", "sent")] == [
        "submitted", "approved", "sent"
    ]  # fmt: skip
    gate.block()
    approver_gate.block()


def test_commands_say_plainly_when_the_pc_has_not_joined(tmp_path: Path) -> None:
    pc = PC(tmp_path / "lonely")
    for args in (("approvals", "list"), ("approve", "1"), ("audit", "export")):
        result = pc.run(*args)
        assert result.returncode == 1 and "has not joined a team" in result.stderr, args
        assert "Traceback" not in result.stderr


def test_team_commands_refuse_plaintext_to_a_remote_host(tmp_path: Path) -> None:
    pc = PC(tmp_path / "remote")
    result = pc.run("team", "join", "postgresql://ann@db.council.example/crier?sslmode=disable", stdin="pw\n")
    assert result.returncode == 2 and "must be reached over TLS" in result.stderr
    assert OWNER  # the IT role name is shared with the other tests


def test_a_pc_killed_mid_send_is_taken_over_by_the_next_sync(office: Office, x_api) -> None:  # noqa: ANN001
    import os

    from desktop.core.team.connection import TeamUrl, connect

    sid = office.submit("Leisure centre reopens.")
    office.approver.ok("approve", str(sid))
    # Another PC claims the post and dies without a word: its socket closes under it, as on SIGKILL.
    dying = connect(TeamUrl.parse(office.db.url_for(office.approver_name)), "bob-pw")
    account = dying.execute("SELECT account_id FROM crier.outbox WHERE submission_id = %s", (sid,)).fetchone()
    account = account[0]
    claimed = dying.execute("SELECT id, state FROM crier.claim_next(%s)", ([account],)).fetchone()
    assert claimed[1] == "sending"
    os.close(dying.pgconn.socket)
    assert "Team: sent 1" in office.approver.ok("sync", "--once")
    posted = [t.submitted_text for t in x_api.state.tweets_for(x_api.state.user_by_username("council").id)]
    assert posted == ["Leisure centre reopens."]
    events = json.loads(office.it.ok("audit", "export"))
    assert [e["action"] for e in events if e["submission_id"] == sid][-4:] == [
        "sending", "taken_over", "sending", "sent"
    ]  # fmt: skip
