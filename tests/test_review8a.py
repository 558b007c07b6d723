"""Review, session 8 (an insider attacker against team mode on real PostgreSQL, and a chaos tester of its
newest parts): each test is a defect found by trying it, with real parts (the real PostgreSQL of
``tests/postgres.py``, real `crier` processes as team PCs, the fakes of ``tests/fakes/``). Nothing here
edits the database to skip a lease or a backoff."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import psycopg
import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt

from desktop.core.paths import app_paths
from desktop.core.team.desk import TeamDesk
from desktop.core.team.errors import TeamError
from tests.fakes.crier_side import png
from tests.keyrings import MemoryKeyring
from tests.postgres import OWNER, OWNER_PASSWORD, PortGate, TeamDatabase
from tests.team_pcs import PC
from tests.test_team_ui import WAIT_MS, Team, _join, make_window  # noqa: F401 - a fixture

pytestmark = [pytest.mark.integration]


@pytest.fixture
def team(team_db: TeamDatabase) -> Iterator[Team]:
    t = Team(team_db)
    yield t
    t.owner.close()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


# -- a NUL pasted into a note ----------------------------------------------------------------------------


def test_a_note_with_a_pasted_nul_is_one_sentence_and_the_pcs_later_changes_still_reach_the_team(
    team: Team, memory_keyring: MemoryKeyring
) -> None:
    """An author pastes a comment copied out of a PDF into the Team area's note box; it carries an invisible
    NUL (Qt keeps it). PostgreSQL can't store a NUL in text, so the push raised psycopg's DataError: the
    window got no sentence, the comment stayed first in this PC's queue of changes, and every push after it
    failed the same way, so nothing this PC did afterwards (comments, decisions, new submissions) ever
    reached the team, and `crier team status` said only "something went wrong (DataError)"."""
    _join(team, team.author, "alice-pw")
    submission = team.submit(team.author, "Library opens at nine on Saturday.")
    desk = TeamDesk(app_paths().data)
    try:
        with pytest.raises(TeamError) as refused:
            desk.comment(submission, "Times from the leaflet:\x00 9 to 5")
        assert "NUL" in refused.value.user_message

        assert desk.comment(submission, "Times checked with the library.") is True
        snapshot = desk.snapshot()
        assert (snapshot.waiting, snapshot.problem) == (0, "")
    finally:
        desk.close()
    bodies = team.owner.execute(
        "SELECT body FROM crier.comments WHERE submission_id = %s ORDER BY id", (submission,)
    ).fetchall()
    assert bodies == [("Times checked with the library.",)]


# -- an id no team row can have ---------------------------------------------------------------------------


def test_an_id_too_big_for_any_submission_is_no_such_submission_not_a_database_upgrade(team: Team) -> None:
    """`crier approve 99999999999999999999` (a typo, or a pasted phone number) told the approver "The team
    database can't hold images yet: ask IT to run `crier team init` once to upgrade it": an id past
    PostgreSQL's bigint goes as a numeric, no team function takes one, and push() read every missing
    function as a team database older than images. IT would upgrade a database that is up to date."""
    approver = PC(Path(str(app_paths().data)).parent / "approver-pc")
    approver.ok("team", "join", team.db.url_for(team.approver), stdin="bob-pw\n")
    huge = "99999999999999999999"
    for command in (("request-changes", huge, "--comment", "Wrong date"), ("comment", huge, "Looks fine")):
        result = approver.run(*command)
        assert result.returncode == 1, result.stdout + result.stderr
        assert result.stderr.strip() == "crier: there is no submission 99999999999999999999 in your team", (
            result.stderr
        )


# -- approving offline what this PC never read -----------------------------------------------------------


def test_an_offline_approval_of_a_submission_this_pc_never_read_is_not_sent_unchecked(team: Team) -> None:
    """An approver on a train is told by phone that submission 12 is ready and runs `crier approve 12`.
    This PC had never read it (it came in after the last pull), so the CLI found nothing to run the post
    gate on and sent no version: "Saved your decision", and at the next sync the database approved
    whatever words submission 12 held then, unseen and unchecked. A submission made outside Crier (psql)
    never passed the gate, which is why Approve runs it: here a placeholder and a personal phone number
    went to the outbox."""
    gate = PortGate(team.db.server.port).open()
    approver = PC(Path(str(app_paths().data)).parent / "approver-pc")
    url = team.db.url_for(team.approver).replace(f":{team.db.server.port}/", f":{gate.port}/")
    approver.ok("team", "join", url, stdin="bob-pw\n")
    approver.ok("approvals", "list")  # read the team while connected: nothing yet
    try:
        gate.block()  # the train leaves
        submission = team.submit(team.author, "Join us on [DATE] at the library, call Jane on 07700 900123")

        offline = approver.run("approve", str(submission))
        gate.open()
        approver.run("sync", "--once")
    finally:
        gate.block()
    assert team.state(submission) == "submitted", offline.stdout + offline.stderr
    assert offline.returncode != 0 and "Traceback" not in offline.stderr


# -- markup in an account's name -------------------------------------------------------------------------


def _as_shown(text: str, text_format: Qt.TextFormat) -> str:
    """What a QLabel or QMessageBox shows for ``text``: its characters, or what rich text leaves of them."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QtGui.QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def test_an_account_name_with_markup_reads_as_written_in_who_publishes(
    qtbot,  # noqa: ANN001
    team: Team,
    make_window,  # noqa: ANN001, F811
    memory_keyring: MemoryKeyring,
) -> None:
    """Any member may make an account known by name (``crier.register_account``: a PC calls it for each
    account connected there), an author with psql too, with any name. Who publishes… said "{name} now
    publishes for {account}." and asked "Stop {name}'s PCs publishing for {account}?" in labels that read
    rich text, so an account named with markup had its words hidden or restyled and could put other
    words in the admin's confirmation."""
    from tests.test_team_holders_ui import _open, _people, _press

    handle = "@news<br><b>IT has checked this: it changes nothing</b><span style='font-size:1px'>"
    with team.as_(team.author) as conn:
        conn.execute("SELECT crier.register_account('x', %s, 'News')", (handle,))
    _join(team, OWNER, OWNER_PASSWORD)
    win = make_window()
    dialog = _open(qtbot, win)
    names = [dialog.accounts.item(i).text() for i in range(dialog.accounts.count())]
    dialog.accounts.setCurrentRow(names.index(f"X · {handle}"))
    dialog.member.setCurrentText(team.approver)
    _press(qtbot, dialog.add_button)
    qtbot.waitUntil(lambda: team.approver in _people(dialog), timeout=WAIT_MS)
    said = _as_shown(dialog.message.text(), dialog.message.textFormat())
    assert said == f"{team.approver} now publishes for {handle}."

    dialog.people.setCurrentRow(_people(dialog).index(team.approver))
    _press(qtbot, dialog.remove_button)
    box = dialog.confirmation
    assert box is not None
    asked = _as_shown(box.text(), box.textFormat())
    assert asked.startswith(f"Stop {team.approver}'s PCs publishing for {handle}?"), asked
    qtbot.keyClick(box, Qt.Key.Key_Escape)


# -- a long image description --------------------------------------------------------------------------


def test_a_long_image_description_is_one_sentence_and_the_pcs_later_submissions_still_reach_the_team(
    team: Team, tmp_path: Path
) -> None:
    """An officer describes an infographic in full (accessibility guidance asks for it) and submits it
    from a team PC. The team database keeps at most 5,000 characters of alt text (t0007's CHECK), and the
    push met a CheckViolation it didn't expect: "something went wrong (CheckViolation)", the submission
    stayed first in this PC's queue of changes, and every later push failed on it, so nothing the officer
    submitted afterwards reached the team, and `crier team status` failed too."""
    author = PC(tmp_path / "author-pc")
    author.ok("team", "join", team.db.url_for(team.author), stdin="alice-pw\n")
    image = tmp_path / "infographic.png"
    image.write_bytes(png())
    alt = "Bar chart of recycling rates by ward, 2019 to 2026. " * 120  # 6,240 characters
    post = tmp_path / "post.txt"
    post.write_text("How each ward recycled this year.", encoding="utf-8")

    first = author.run("queue", str(post), "--account", "@council", "--image", str(image), "--alt", alt)
    assert first.returncode != 0 and "Traceback" not in first.stderr
    assert "CheckViolation" not in first.stderr and "5,000" in first.stderr, first.stderr

    post.write_text("Recycling collections are back to normal.", encoding="utf-8")
    author.ok("queue", str(post), "--account", "@council")
    assert "0 changes waiting" in author.ok("team", "status")
    texts = [row[0] for row in team.owner.execute("SELECT text FROM crier.submissions ORDER BY id")]
    assert texts == ["Recycling collections are back to normal."]


# -- terminal control sequences in someone else's words ---------------------------------------------------


def test_approvals_list_shows_a_submissions_words_not_terminal_commands_hidden_in_them(
    team: Team, tmp_path: Path
) -> None:
    """An author queues a file whose first line is "Library open 9am" and then, after ESC [8m (the
    terminal's "conceal"), what they really want posted. `crier approvals list` printed the line as it came,
    so an approver reading it in a terminal saw only "Library open 9am" and the rest was invisible (ESC [2K
    and a carriage return can wipe a line outright); the approver approves words they were never shown."""
    author = PC(tmp_path / "author-pc")
    approver = PC(tmp_path / "approver-pc")
    author.ok("team", "join", team.db.url_for(team.author), stdin="alice-pw\n")
    approver.ok("team", "join", team.db.url_for(team.approver), stdin="bob-pw\n")
    post = tmp_path / "post.txt"
    post.write_text("Library open 9am\x1b[8m; all shut for good\x1b[0m\n", encoding="utf-8")
    author.ok("queue", str(post), "--account", "@council")

    listed = approver.ok("approvals", "list")
    assert "all shut for good" in listed
    assert not any(c in listed for c in "\x1b\x9b\r"), repr(listed)

    with team.as_(team.author) as conn:  # any member may make an account known, under any name
        conn.execute("SELECT crier.register_account('x', %s, '')", ("\x1b[2K\r@council_news",))
    listed = approver.ok("team", "holders", "list")
    assert "@council_news" in listed
    assert not any(c in listed for c in "\x1b\x9b\r"), repr(listed)


# -- words of any size ----------------------------------------------------------------------------------


def test_a_member_with_psql_cannot_make_every_pcs_team_listing_read_gigabytes(
    team: Team, memory_keyring: MemoryKeyring
) -> None:
    """Every team PC's listing reads every submission's text, comment and account name at each refresh.
    None had a size: an author with their own psql login added a 200 MB comment, and from then on each
    `crier approvals list`, and each refresh of every PC's Team area, took 20 seconds and a gigabyte (seen
    here). The database now refuses words longer than Crier itself writes, in a sentence; what the app
    sends within them still goes."""
    submission = team.submit(team.author, "Library opens at nine on Saturday.")
    huge = "spam " * 200_000  # a million characters
    with team.as_(team.author) as conn:
        for call, values in (
            ("SELECT crier.add_comment(gen_random_uuid(), %s, %s)", (submission, huge)),
            ("SELECT crier.submit(gen_random_uuid(), %s, %s)", (team.account, huge)),
            ("SELECT crier.edit(gen_random_uuid(), %s, %s, NULL)", (submission, huge)),
            ("SELECT crier.register_account('x', %s, '')", (huge,)),
            ("SELECT crier.register_account('x', '@library', %s)", (huge,)),
        ):
            with pytest.raises(psycopg.errors.InvalidParameterValue):
                conn.execute(call, values)
    biggest = team.owner.execute(
        "SELECT max(length(body)) FROM crier.comments"
        " UNION ALL SELECT max(length(text)) FROM crier.submissions"
        " UNION ALL SELECT max(length(handle) + length(display_name)) FROM crier.accounts"
    ).fetchall()
    assert all(n is None or n < 1000 for (n,) in biggest), biggest

    _join(team, team.author, "alice-pw")
    desk = TeamDesk(app_paths().data)
    try:
        with pytest.raises(TeamError) as refused:
            desk.comment(submission, "x" * 10_001)
        assert refused.value.user_message == "a comment or note can be at most 10000 characters"
        assert desk.comment(submission, "y" * 10_000) is True  # as long as a person writes
    finally:
        desk.close()


# -- words that are not UTF-8 ------------------------------------------------------------------------------


def test_a_comment_typed_in_a_terminal_that_is_not_utf8_is_one_sentence_and_nothing_else_is_held_up(
    team: Team, tmp_path: Path
) -> None:
    """On a server whose terminal speaks Latin-1, `crier comment 7 "Looks fine, café at 10"` arrives with a
    byte that isn't UTF-8 (Python keeps it as a lone surrogate). The comment was recorded, then the push
    raised UnicodeEncodeError, which nothing expected: "something went wrong (UnicodeEncodeError)", the
    comment stayed first in this PC's queue of changes, and every team command after it failed the same
    way, `crier team status` and each later submission included."""
    author = PC(tmp_path / "author-pc")
    author.ok("team", "join", team.db.url_for(team.author), stdin="alice-pw\n")
    submission = team.submit(team.author, "Library opens at nine on Saturday.")

    latin1 = os.fsdecode(b"Looks fine, caf\xe9 at 10")
    result = author.run("comment", str(submission), latin1)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "UnicodeEncodeError" not in result.stderr and "UTF-8" in result.stderr, result.stderr

    author.ok("comment", str(submission), "Looks fine, café at 10")
    assert "0 changes waiting" in author.ok("team", "status")
    bodies = team.owner.execute("SELECT body FROM crier.comments WHERE submission_id = %s", (submission,))
    assert [b for (b,) in bodies] == ["Looks fine, café at 10"]
