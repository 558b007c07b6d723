"""Every audit entry the team database writes reads in the reader's language (team migration t0009,
core.team.history).

The functions write each of their phrases as an id and its values (``detail_args``) beside the English
``detail``, and ``crier.said`` writes that English. These tests hold the database's list of phrases and the
reader's together: a phrase id ``crier.said`` knows and the reader doesn't, a function that writes an
English phrase of its own, or an entry of a team's working life that a Welsh reader would see in English,
fails here. A real PostgreSQL server (tests/postgres.py), each person over their own login.
"""

from __future__ import annotations

import re
import string
import uuid
from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb

from desktop.core import stored_text
from desktop.core.team.history import SAID, SEND_ERRORS, audit_detail
from desktop.core.translatable import QT_TRANSLATE_NOOP, Text
from desktop.ui import i18n
from tests.postgres import TeamDatabase
from tests.test_team_db import Team

#: A send error with a Welsh translation in the catalogue, as ``publish`` records one (t0005).
ERROR = QT_TRANSLATE_NOOP(
    "core.x", "X accepted the image but didn't say how to refer to it. Crier will try again."
)
#: Actions whose detail is a person's own words: no phrase kept, shown as written.
OWN_WORDS = ("approved", "changes_requested", "commented", "posted_without_approval")
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32

HISTORY = """
SELECT l.action, l.detail, l.detail_args, o.error_text FROM crier.audit_log l
LEFT JOIN crier.outbox o ON o.id = l.outbox_id ORDER BY l.id
"""


@pytest.fixture
def team(team_db: TeamDatabase) -> Team:
    return Team(team_db)


class Welsh:
    """The catalogue's Welsh, noting every marked source it has no translation for."""

    def __init__(self) -> None:
        self.translator = i18n.QTranslator()
        assert self.translator.load("crier_cy", str(i18n.TRANSLATIONS)), "run make translations"
        self.missing: list[str] = []

    def lookup(self, context: str, source: str) -> str:
        said = self.translator.translate(context, source)
        if not said:
            self.missing.append(f"{context}: {source}")
        return said or source

    def __call__(self, text: str) -> str:
        return i18n.shown(text, self.lookup)


def _has_words(source: str) -> bool:
    """Whether a phrase has words of its own to translate (not only values, as "{network} {handle}")."""
    return bool(re.search(r"[^\W\d_]", re.sub(r"\{\w+\}", "", source)))


def _sample(phrase: str) -> dict[str, Any]:
    """Values for each of a phrase's fields, in the form the functions write them."""
    if phrase == "images":
        return {"phrase": phrase, "images": [{"n": 1, "alt": "Map of the route"}, {"n": 2, "alt": "Bins"}]}
    fields = [name for _, name, _, _ in string.Formatter().parse(SAID[phrase].source) if name]
    special = {"role": "approver", "ids": ["1001", "1002"], "person": "bob", "name": "ann"}
    return {"phrase": phrase, **{name: special.get(name, 7) for name in fields}}


def _said_ids(conn: psycopg.Connection) -> list[str]:
    (definition,) = conn.execute("SELECT pg_get_functiondef('crier.said(jsonb)'::regprocedure)").fetchone()
    return re.findall(r"WHEN '(\w+)' THEN", definition)


@pytest.mark.integration
def test_every_phrase_the_database_writes_is_one_the_reader_says_in_welsh(team: Team) -> None:
    """The database's list (``crier.said``) and the reader's (``history.SAID``) are the same phrases, with
    the same English, and each has its Welsh."""
    ids = _said_ids(team.admin)
    assert sorted(ids) == sorted(SAID), "crier.said and core.team.history.SAID list different phrases"
    welsh = Welsh()
    for phrase in ids:
        args = _sample(phrase)
        (english,) = team.admin.execute("SELECT crier.said(%s)", (Jsonb(args),)).fetchone()
        shown = audit_detail("an_action", english, None, args)
        assert isinstance(shown, Text) and shown == english, (phrase, english, shown)
        said = welsh(shown)
        if _has_words(SAID[phrase].source):
            assert said != english, (phrase, said)
    assert not welsh.missing, welsh.missing
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="does not know the audit phrase"):
        team.admin.execute('SELECT crier.said(\'{"phrase": "made_up"}\')')


def _calls(source: str, name: str) -> list[list[str]]:
    """The arguments of each call of function ``name`` in a function's source, split at the top level."""
    calls = []
    for found in re.finditer(re.escape(name) + r"\(", source):
        depth, start, args, i = 1, found.end(), [], found.end()
        quoted = False
        while depth:
            char = source[i]
            if char == "'":
                quoted = not quoted
            elif not quoted and char == "(":
                depth += 1
            elif not quoted and char == ")":
                depth -= 1
            elif not quoted and char == "," and depth == 1:
                args.append(source[start:i].strip())
                start = i + 1
            i += 1
        args.append(source[start : i - 1].strip())
        calls.append(args)
    return calls


@pytest.mark.integration
def test_no_function_writes_an_english_phrase_of_its_own(team: Team) -> None:
    """An entry's detail written as English by a function (``format('version %s', v)``) would read in
    English in a Welsh window: every ``crier.audit`` call in the database passes no detail, a person's own
    words, a send error with its marked form, or ``crier.said``'s English of the phrase it also keeps."""
    rows = team.admin.execute(
        "SELECT p.proname, p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
        " WHERE n.nspname = 'crier'"
    ).fetchall()
    own_words = {"coalesce(p_comment, '')", "p_body", "p_reason"}
    calls = 0
    for name, source in rows:
        for args in _calls(source, "crier.audit"):
            calls += 1
            if len(args) <= 6:
                continue  # no detail
            detail = args[6]
            if len(args) == 8:  # the detail both ways
                assert (detail, args[7].split("(")[0]) in {
                    ("crier.said(p_args)", "p_args"),
                    ("p_message", "CASE WHEN p_message_text IS NOT NULL THEN jsonb_build_object"),
                }, (name, args)
            else:
                assert detail in own_words, f"crier.{name} writes an audit detail of its own: {detail}"
    said = sum(len(_calls(source, "crier.audit_said")) for _, source in rows)
    assert calls > 5 and said > 10, (calls, said)


def _life_of_a_team(team: Team) -> None:
    """Every kind of entry a team's working day writes, each through the function a PC or IT calls."""
    admin = team.admin
    welsh_account = team.register("@cyngor", "Cyngor")
    admin.execute("SELECT crier.add_person(%s, 'author', 'pw-x')", ("newcomer_" + uuid.uuid4().hex[:6],))
    admin.execute("SELECT crier.set_policy('approvers_skip_approval', 'true')")
    admin.execute("SELECT crier.set_account_approval(%s, true)", (team.account,))
    admin.execute("SELECT crier.add_holder(%s, %s)", (team.account, team.author))
    admin.execute("SELECT crier.remove_holder(%s, %s)", (team.account, team.author))

    author = team.as_(team.author)
    welsh = author.execute(
        "SELECT crier.submit_pair(%s, %s, 'Biniau ddydd Mawrth', %s, 'Bins on Tuesday')",
        (uuid.uuid4(), welsh_account, team.account),
    ).fetchone()[0]
    (english,) = team.column("SELECT id FROM crier.submissions WHERE pair_index = 1")
    edit = "SELECT crier.edit(%s, %s, %s, %s)"
    author.execute(edit, (uuid.uuid4(), welsh, "Biniau ddydd Mawrth nesaf", 1))  # version 2
    author.execute(edit, (uuid.uuid4(), english, "Bins next Tuesday", 1))
    author.execute(edit, (uuid.uuid4(), english, "Bins out next Tuesday", 1))  # from version 1 while 2
    author.execute("SELECT crier.add_comment(%s, %s, 'Checked with the depot')", (uuid.uuid4(), english))
    author.execute(
        "SELECT crier.submit_with_images(%s, %s, 'The new route', 'en', NULL, %s, %s)",
        (
            uuid.uuid4(),
            team.account,
            Jsonb([{"media_type": "image/png", "alt_text": "Map of the route"}]),
            [PNG],
        ),
    )

    boss = team.as_(team.approver2)
    decide = "SELECT crier.decide(%s, %s, %s, %s)"
    boss.execute(decide, (uuid.uuid4(), welsh, "approved", "Da iawn"))  # waits for its pair
    boss.execute(decide, (uuid.uuid4(), english, "approved", ""))
    boss.execute(
        "SELECT crier.post_direct(%s, %s, 'Road closed now', 'The road is closed this minute')",
        (uuid.uuid4(), team.account),
    )

    claim = "SELECT id, attempt_id FROM crier.claim_next(%s)"
    first = team.as_(team.approver)
    row = first.execute(claim, ([welsh_account],)).fetchone()  # attempt 1
    first.execute(
        "SELECT crier.failed(%s, %s, 'needs_sign_in', %s, NULL, NULL, %s)",
        (*row, str(ERROR), Jsonb(stored_text.data(ERROR))),
    )
    first.execute(claim, ([welsh_account],)).fetchone()  # attempt 2, then this PC vanishes
    first.close()
    second = team.as_(team.approver2)
    row = second.execute(claim, ([welsh_account],)).fetchone()  # taken over from the first
    second.execute("SELECT crier.finish(%s, %s, '[\"1001\"]', NULL, '')", row)


@pytest.mark.integration
def test_each_entry_of_a_teams_working_day_reads_in_welsh(team: Team) -> None:
    """The entries as the Team area and `crier audit export` read them: the database's phrases and a send
    error in Welsh from what the entry itself keeps, a person's own words as they were written."""
    _life_of_a_team(team)
    rows = team.admin.execute(HISTORY).fetchall()
    actions = {action for action, *_ in rows}
    assert actions >= {
        "person_added", "policy_changed", "account_added", "holder_added", "holder_removed", "submitted",
        "edited", "edit_conflict", "commented", "images_attached", "approved", "waiting_for_pair", "queued",
        "posted_without_approval", "sending", "send_failed", "taken_over", "sent",
    }, actions  # fmt: skip
    welsh = Welsh()
    for action, detail, args, error_text in rows:
        if not detail:
            continue
        if action in OWN_WORDS:
            assert args is None and audit_detail(action, detail, error_text, args) == detail
            continue
        assert args is not None, (action, detail)
        shown = audit_detail(action, detail, None, args)  # not the post's error: the entry's own
        assert isinstance(shown, Text) and shown == detail, (action, detail, shown)
        said = welsh(shown)
        if action in SEND_ERRORS:
            assert said.startswith("Derbyniodd X y ddelwedd"), said
        elif _has_words(shown.source):
            assert said != detail, (action, said)
    assert not welsh.missing, welsh.missing


@pytest.mark.integration
def test_entries_written_before_the_upgrade_still_read_in_welsh(
    team_db: TeamDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows written before t0009 keep their English phrase alone (the log is append-only): the reader still
    recognises them; the same action after the upgrade keeps its phrase."""
    from alembic import command

    from desktop.core.team.connection import TeamUrl
    from desktop.core.team.schema import init_team

    upgrade = command.upgrade
    monkeypatch.setattr(command, "upgrade", lambda config, _head: upgrade(config, "t0008"))
    team = Team(team_db)
    monkeypatch.setattr(command, "upgrade", upgrade)
    sid = team.submit(team.as_(team.author))
    edit = "SELECT crier.edit(%s, %s, %s, NULL)"
    team.as_(team.author).execute(edit, (uuid.uuid4(), sid, "Bins go out on Wednesday"))
    assert init_team(TeamUrl.parse(team_db.owner_url()), None) == "upgraded"
    team.as_(team.author).execute(edit, (uuid.uuid4(), sid, "Bins go out on Thursday"))
    rows = team.admin.execute(
        "SELECT detail, detail_args FROM crier.audit_log WHERE action = 'edited' ORDER BY id"
    ).fetchall()
    assert rows == [("version 2", None), ("version 3", {"phrase": "version", "version": 3})]
    welsh = Welsh()
    assert [welsh(audit_detail("edited", detail, None, args)) for detail, args in rows] == [
        "fersiwn 2",
        "fersiwn 3",
    ]
    assert not welsh.missing


def test_a_phrase_this_crier_does_not_know_reads_as_the_database_wrote_it() -> None:
    """A later Crier's phrase (or values this one's words don't take) is shown as the English ``detail``;
    a send error's marked form kept in the entry wins over its post's, which a later failure replaced."""
    later = {"phrase": "a_later_phrase", "n": 1}
    assert audit_detail("edited", "something new 1", None, later) == "something new 1"
    assert not isinstance(audit_detail("edited", "something new 1", None, later), Text)
    assert (
        audit_detail("edited", "version 4", None, {"phrase": "version"}) == "version 4"
    )  # falls to patterns
    assert audit_detail("sent", "as 1, 2", None, {"phrase": "sent_as", "ids": ["1", "2"]}).values["ids"] == (
        "1",
        "2",
    )
    now = stored_text.data(QT_TRANSLATE_NOOP("core.x", "X is busy"))
    kept = {"phrase": "error", "error": stored_text.data(ERROR)}
    shown = audit_detail("send_failed", str(ERROR), now, kept)
    assert isinstance(shown, Text) and shown.source == ERROR.source
    images = {"phrase": "images", "images": [{"n": 1, "alt": "Map"}, {"n": 2, "alt": "Bins; recycling"}]}
    assert audit_detail("images_attached", "image 1: Map; image 2: Bins; recycling", None, images) == (
        "image 1: Map; image 2: Bins; recycling"
    )
