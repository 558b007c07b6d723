"""`crier drafts list|show|export` and `crier outbox` text, as a person or script reads them.

A draft is posted for real: the sync engine and X publisher talk to the fake X API over loopback, then
the commands run as subprocesses against the same SQLite file.
"""

from __future__ import annotations

import csv
import io
import json
import re

import keyring
import pytest

from desktop.core.accounts import Accounts, AccountStatus
from desktop.core.db import Database
from desktop.core.net import NetConfig, make_session
from desktop.core.networks.x.api import OAuth1Keys
from desktop.core.networks.x.tokens import connect_oauth1
from desktop.core.outbox import Outbox, State
from desktop.core.store import DraftStore
from tests.keyrings import MemoryKeyring
from tests.test_cli import crier

BODY = "The new play park at Roath opens on Saturday, 10am."


@pytest.fixture
def posted(db: Database, x_api, monkeypatch):  # noqa: ANN001, ANN201
    """Two drafts: one sent to the fake X by the real sync engine, one never posted."""
    monkeypatch.setenv("CRIER_X_API_BASE", x_api.base_url)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    from desktop.core.credentials import SecretStore
    from desktop.core.networks.registry import publisher_factory
    from desktop.core.sync import SyncEngine

    keys = OAuth1Keys.from_mapping(
        {
            "consumer_key": x_api.app.consumer_key,
            "consumer_secret": x_api.app.consumer_secret,
            "access_token": x_api.oauth1.access_token,
            "access_token_secret": x_api.oauth1.access_token_secret,
        }
    )
    accounts = Accounts(db)
    account = connect_oauth1(accounts, SecretStore(), make_session(NetConfig.from_env()), keys)
    store = DraftStore(db)
    sent = store.create(body=BODY, networks=("x",))
    unsent = store.create(body="Bin day moves to Friday.", networks=("x",))
    Outbox(db).queue([account.id], [BODY], draft_id=sent.id)
    SyncEngine(db, publisher_factory(accounts)).run_once()
    assert [p.state for p in Outbox(db).posts()] == [State.SENT]
    yield sent, unsent, account
    keyring.set_keyring(previous)


def test_drafts_list_json_and_show(posted) -> None:  # noqa: ANN001
    sent, unsent, account = posted
    result = crier("drafts", "list", "--json")
    assert result.returncode == 0, result.stderr
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    assert set(rows) == {sent.id, unsent.id}
    [where] = rows[sent.id]["posted"]
    assert where["network"] == "x" and where["account"] == account.handle
    assert where["url"].startswith("https://x.com/") and where["sent_at"].endswith("Z")
    assert rows[unsent.id]["posted"] == []

    text = crier("drafts", "list")
    lines = text.stdout.splitlines()
    assert lines[0].split() == ["ID", "Edited", "Title", "Last", "posted"]
    assert lines[0].index("Title") == lines[1].index(lines[1].split("  ")[2].strip())  # columns line up

    show = crier("drafts", "show", str(sent.id))
    assert show.returncode == 0, show.stderr
    assert BODY in show.stdout and f"X {account.handle} on " in show.stdout
    assert "Posted:" in show.stdout


def test_drafts_export_json_and_csv(posted) -> None:  # noqa: ANN001
    sent, unsent, account = posted
    exported = json.loads(crier("drafts", "export", "--format", "json").stdout)
    by_id = {d["id"]: d for d in exported}
    assert by_id[sent.id]["text"] == BODY and by_id[sent.id]["created_at"].endswith("Z")
    assert by_id[sent.id]["posted"][0]["account"] == account.handle
    table = list(csv.DictReader(io.StringIO(crier("drafts", "export", "--format", "csv").stdout)))
    row = next(r for r in table if r["id"] == str(sent.id))
    assert row["text"] == BODY and account.handle in row["posted"] and "https://x.com/" in row["posted"]
    assert next(r for r in table if r["id"] == str(unsent.id))["posted"] == ""


def test_bad_draft_numbers_get_one_sentence() -> None:
    missing = crier("drafts", "show", "999")
    assert missing.returncode == 1 and missing.stderr.strip() == (
        "crier: There is no draft 999; `crier drafts list` shows them."
    )
    typo = crier("drafts", "show", "abc")
    assert typo.returncode == 2 and "isn't a draft number" in typo.stderr and "Traceback" not in typo.stderr


def test_outbox_text_is_aligned_and_uses_the_windows_words(db: Database) -> None:
    accounts = Accounts(db)
    short = accounts.add("x", "@co")
    long = accounts.add("bluesky", "@southshire.council.example")
    accounts.mark(short.id, AccountStatus.NEEDS_SIGN_IN)  # its token was revoked
    accounts.mark(long.id, AccountStatus.NEEDS_SIGN_IN)
    outbox = Outbox(db)
    outbox.queue([short.id], ["Library closed on Monday."])
    outbox.queue([long.id], ["Road closure on the A465 this weekend."])
    result = crier("outbox")
    assert result.returncode == 0, result.stderr
    header, *rows = result.stdout.splitlines()
    assert "queued" not in result.stdout  # the database's word; the window says why it waits
    assert all("Waiting: the account needs connecting" in row for row in rows)
    column = header.index("Account")
    assert {row.index("X · @co") if "@co" in row else row.index("Bluesky") for row in rows} == {column}
    assert len({row.index("Library") if "Library" in row else row.index("Road") for row in rows}) == 1


def test_outbox_text_shows_when_each_post_was_queued_and_sent_and_json_has_iso_times(
    posted, db: Database
) -> None:  # noqa: ANN001
    from datetime import datetime

    from desktop.cli_text import when_text

    _sent, unsent, account = posted
    Outbox(db).queue([account.id], ["Bin day moves to Friday."], draft_id=unsent.id)
    listed = crier("outbox", "--json")
    assert listed.returncode == 0, listed.stderr
    by_text = {post["text"]: post for post in json.loads(listed.stdout)}
    sent, waiting = by_text[BODY], by_text["Bin day moves to Friday."]
    for stamp in (sent["created_at"], sent["sent_at"], waiting["created_at"]):
        assert stamp.endswith("Z") and datetime.fromisoformat(stamp).tzinfo is not None
    assert waiting["sent_at"] is None

    result = crier("outbox")
    assert result.returncode == 0, result.stderr
    header, *rows = result.stdout.splitlines()
    queued_at, sent_at, details = (header.index(name) for name in ("Queued", "Sent", "Details"))
    [sent_row] = [row for row in rows if row.startswith(f"{sent['id']} ")]
    [waiting_row] = [row for row in rows if row.startswith(f"{waiting['id']} ")]
    assert sent_row[queued_at:sent_at].strip() == when_text(datetime.fromisoformat(sent["created_at"]))
    assert sent_row[sent_at:details].strip() == when_text(datetime.fromisoformat(sent["sent_at"]))
    assert waiting_row[queued_at:sent_at].strip() == when_text(datetime.fromisoformat(waiting["created_at"]))
    assert waiting_row[sent_at:details].strip() == ""  # not sent yet
    assert sent_row[details:].startswith("https://x.com/")  # the columns line up


def test_team_posts_show_their_iso_times_in_the_same_columns() -> None:
    from desktop.cli_outbox import outbox_table
    from desktop.cli_text import when_text

    post = {"id": 7, "state": "sent", "account": "@co", "text": "Hi"}
    times = {"created_at": "2026-12-06T09:05:00Z", "sent_at": "2026-12-06T09:06:00Z"}
    header, row = outbox_table([], [post | times]).splitlines()
    queued_at, sent_at, details = (header.index(name) for name in ("Queued", "Sent", "Details"))
    assert row[queued_at:sent_at].strip() == when_text("2026-12-06T09:05:00Z") != ""
    assert row[sent_at:details].strip() == when_text("2026-12-06T09:06:00Z") != ""
    assert row[details:] == "(team)"


TEAM_STATES = {  # the team outbox's state names, and what `crier outbox` shows for each (English, Welsh)
    "queued": ("Queued to post", "Yn y ciw i'w gyhoeddi"),
    "sending": ("Sending", "Wrthi'n anfon"),
    "waiting": ("Waiting to try again", "Yn aros i roi cynnig arall"),
    "sent": ("Sent", "Anfonwyd"),
    "cancelled": ("Cancelled", "Diddymwyd"),
    "needs_attention": ("Needs attention", "Angen sylw"),
}


def test_team_posts_show_their_state_in_the_readers_words() -> None:
    from desktop.cli_outbox import outbox_table
    from desktop.cli_text import forget_language, when_text
    from tests.test_cli_welsh import choose

    rows = [{"id": n, "state": state, "account": "@co", "text": "Hi"} for n, state in enumerate(TEAM_STATES)]
    retry = "2026-12-06T09:05:00Z"
    rows.append({"id": 9, "state": "waiting", "account": "@co", "text": "Hi", "next_attempt_at": retry})

    def shown() -> dict[str, str]:  # each row's state column, by id (columns are two spaces or more apart)
        _header, *lines = outbox_table([], rows).splitlines()
        return {cells[0]: cells[1] for cells in (re.split(r"\s{2,}", line) for line in lines)}

    try:
        for language, index in (("en", 0), ("cy", 1)):
            choose(language)
            forget_language()
            states = shown()
            expected = [words[index] for words in TEAM_STATES.values()]
            assert [states[str(n)] for n in range(len(TEAM_STATES))] == expected
            retrying = "Retrying at {when}" if language == "en" else "Rhoi cynnig arall am {when}"
            assert states["9"] == retrying.format(when=when_text(retry))
    finally:
        forget_language()
