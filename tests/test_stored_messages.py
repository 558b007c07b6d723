"""Messages kept in the database (outbox errors, post events, account statuses) read in the reader's
language: core stores a ``Text``'s source and values (desktop/core/stored_text.py), the window and the CLI
translate them when shown, and rows written before read as they are.

A real SQLite file, the real window offscreen, the CLI as a subprocess.
"""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from sqlalchemy import update

from desktop.core import stored_text
from desktop.core.accounts import SIGNED_OUT, Accounts
from desktop.core.db import HEAD_REVISION, Database, current_revision, open_database
from desktop.core.models import Account, Post
from desktop.core.networks.publishing import ErrorKind, PublishError
from desktop.core.outbox import Outbox, State
from desktop.core.paths import app_paths
from desktop.core.store import DraftStore
from desktop.core.sync import SyncEngine
from desktop.core.team.refusals import refusal_text
from desktop.core.translatable import QT_TRANSLATE_NOOP, Moment, Text
from desktop.ui import i18n
from tests.fakes.scripted import Network, ScriptedPublisher
from tests.old_databases import database_at
from tests.test_cli_welsh import WELSH_PC, choose, crier
from tests.test_translations import welsh  # noqa: F401 - fixture

#: A refusal X's publisher gives (desktop/core/networks/x/publisher.py), with a value filled in.
REFUSED = QT_TRANSLATE_NOOP("core.x", "X refused this post. X said: {said} Edit it, then send it again.")
REFUSED_CY = "Gwrthododd X y neges hon. Dywedodd X: Duplicate content. Golygwch hi, yna anfonwch hi eto."


def _welsh_lookup() -> i18n.Lookup:
    translator = i18n.QTranslator()
    assert translator.load("crier_cy", str(i18n.TRANSLATIONS)), "run make translations"
    return lambda context, source: translator.translate(context, source) or source


def test_a_text_survives_the_database_with_its_values() -> None:
    when = datetime(2026, 12, 24, 9, 30)
    text = QT_TRANSLATE_NOOP("ctx", "{a} {b} {c} {d} {e}").format(
        a=QT_TRANSLATE_NOOP("ctx", "inner {n}").format(n=3),
        b=Moment(when),
        c=date(2026, 5, 7),
        d=("x", 2),
        e=None,
    )
    back = stored_text.load(stored_text.dump(text))
    assert isinstance(back, Text) and back == text  # the same English
    assert (back.context, back.source) == ("ctx", "{a} {b} {c} {d} {e}")
    assert back.values["a"].values == {"n": 3} and back.values["b"] == Moment(when)
    assert back.values["c"] == date(2026, 5, 7) and back.values["d"] == ("x", 2)
    for plain in ("", "An old English error.", '{"context": not JSON', '{"context":1}'):
        assert stored_text.load(plain) == plain and not isinstance(stored_text.load(plain), Text)


def test_the_sync_engines_statements_and_the_orm_both_keep_a_text(db: Database) -> None:
    account = Accounts(db).add("x", "@council").id
    outbox = Outbox(db)
    first, second = outbox.queue([account], ["one"]), outbox.queue([account], ["two"])
    with db.engine.connect() as held, db.transaction(held) as connection:  # as the sync engine writes (Core)
        connection.execute(
            update(Post.__table__).where(Post.id == first[0]).values(error=REFUSED.format(said="a"))
        )
    with db.write() as session:
        session.get(Post, second[0]).error = REFUSED.format(said="b")
    for post_id, said in ((first[0], "a"), (second[0], "b")):
        error = outbox.get(post_id).error
        assert isinstance(error, Text) and error.values == {"said": said}
    raw = sqlite3.connect(db.path)
    stored = raw.execute("SELECT error FROM posts WHERE id = ?", (first[0],)).fetchone()[0]
    raw.close()
    assert json.loads(stored) == {"context": "core.x", "source": REFUSED.source, "values": {"said": "a"}}


def test_a_welsh_window_shows_a_stored_outbox_error_in_welsh(qtbot, db: Database, welsh: None) -> None:  # noqa: ANN001, F811
    from desktop.ui.main_window import MainWindow

    net = Network()
    engine = SyncEngine(db, lambda account: ScriptedPublisher(net, account), rng=random.Random(3))
    account = Accounts(db).add("x", "@council").id
    post_id = Outbox(db).queue([account], ["Helo"])[0]
    net.fail_next(
        "publish", PublishError(ErrorKind.NEEDS_ATTENTION, REFUSED.format(said="Duplicate content."))
    )
    engine.run_once()
    assert Outbox(db).get(post_id).state is State.NEEDS_ATTENTION
    assert Outbox(db).get(post_id).error.startswith("X refused this post.")  # core still speaks English

    window = MainWindow(DraftStore(db))  # a later start, in Welsh, reading what the sync stored
    qtbot.addWidget(window)
    window.show()
    model = window.posting.panel.model
    model.set_posts(Outbox(db).posts())
    row = [p.id for p in model.posts()].index(post_id)
    details = model.index(row, model.COLUMNS.index("detail"))
    assert model.data(details) == REFUSED_CY
    window.close()


def test_a_welsh_crier_outbox_prints_a_stored_error_in_welsh_and_json_keeps_english() -> None:
    db = open_database(app_paths().ensure())
    try:
        account = Accounts(db).add("x", "@council").id
        post_id = Outbox(db).queue([account], ["Helo"])[0]
        with db.write() as session:
            post = session.get(Post, post_id)
            post.error, post.state = REFUSED.format(said="Duplicate content."), State.NEEDS_ATTENTION.value
        Accounts(db).remove(account)  # signed out: its status is kept marked too
    finally:
        db.close()
    choose("cy")
    listing = crier("outbox").stdout
    assert REFUSED_CY[:60] in listing, listing
    assert "X refused" not in listing
    [row] = json.loads(crier("outbox", "--json").stdout)
    assert row["error"].startswith("X refused this post. X said: Duplicate content.")  # scripts' words stay
    assert row["error_text"] == REFUSED_CY
    accounts = crier("accounts", "list").stdout
    assert "Wedi allgofnodi. Cysylltwch y cyfrif hwn eto" in accounts, accounts
    [listed] = json.loads(crier("accounts", "list", "--json").stdout)
    assert listed["status_message"] == SIGNED_OUT and listed["status_text"].startswith("Wedi allgofnodi.")
    choose("en")
    english = crier("outbox", computer=WELSH_PC).stdout  # English chosen on a Welsh PC stays English
    assert "X refused this post. X said: Duplicate content." in english and REFUSED_CY[:30] not in english


def test_the_migration_keeps_old_english_rows_and_marks_the_signed_out_sentence(tmp_path: Path) -> None:
    paths = app_paths().ensure()
    with database_at(paths.database, "0008") as conn:
        conn.exec_driver_sql(
            "INSERT INTO accounts (network, handle, display_name, remote_id, service_url, auth_kind,"
            " secret_names, status, status_message, settings, is_default, created_at) VALUES"
            " ('x', '@gone', '', '', '', '', '[]', 'needs_sign_in',"
            " 'Signed out. Connect this account again to post its queued posts.', '{}', 0,"
            " '2026-01-01 00:00:00'),"
            " ('x', '@old', '', '', '', '', '[]', 'needs_sign_in', 'X said no in 2025.', '{}', 0,"
            " '2026-01-01 00:00:00')"
        )
        conn.exec_driver_sql(
            "INSERT INTO posts (account_id, batch, state, parts, media, language, attempts, attempt_id,"
            " idempotency, remote_ids, remote_url, error, error_kind, override_reason, pair_id, pair_index,"
            " created_at, updated_at) VALUES (2, 'b', 'needs_attention', '[\"hi\"]', '[]', 'en', 1, '', '{}',"
            " '[]', '', 'Your X plan has no API credit left.', 'needs_attention', '', '', 0,"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )

    db = open_database(paths)
    try:
        assert current_revision(db.engine) == HEAD_REVISION
        gone, kept = Accounts(db).all()
        [post] = Outbox(db).posts()
    finally:
        db.close()
    lookup = _welsh_lookup()
    assert isinstance(gone.status_message, Text) and gone.status_message == SIGNED_OUT
    assert i18n.shown(gone.status_message, lookup).startswith("Wedi allgofnodi.")
    assert kept.status_message == "X said no in 2025." and not isinstance(kept.status_message, Text)
    assert post.error == "Your X plan has no API credit left."  # an old row shows as it was
    assert i18n.shown(post.error, lookup) == "Your X plan has no API credit left."


def test_pair_holds_say_their_reason_in_welsh(db: Database) -> None:
    accounts = Accounts(db)
    cy, en = accounts.add("x", "@cyngor").id, accounts.add("x", "@council").id
    Outbox(db).queue([cy, en], ["Helo"], parts_per_account={cy: ["Helo"], en: ["Hello"]}, pair=True)
    hold = next(p.pair_hold for p in Outbox(db).posts() if p.account_id == en)
    assert hold == "Waiting for its Welsh pair on @cyngor to go out first."
    assert i18n.shown(hold, _welsh_lookup()) == "Yn aros i'w phâr Cymraeg ar @cyngor fynd allan yn gyntaf."
    with db.write() as session:
        session.get(Account, cy).status = "needs_sign_in"
    hold = next(p.pair_hold for p in Outbox(db).posts() if p.account_id == en)
    assert i18n.shown(hold, _welsh_lookup()) == (
        "Yn aros am ei phâr Cymraeg ar @cyngor: mae angen mewngofnodi i'r cyfrif hwnnw."
    )


def test_times_in_messages_are_written_in_the_readers_language() -> None:
    when = datetime(2026, 6, 2, 13, 5)  # a Tuesday, not today
    text = QT_TRANSLATE_NOOP("core.publishing", "{when}").format(when=Moment(when))
    local = when.replace(tzinfo=__import__("datetime").UTC).astimezone()
    assert str(text) == f"Tue 2 Jun {local:%H:%M}"
    welsh_words = i18n.shown(text, lambda c, s: s, QLocale("cy_GB"))
    assert welsh_words == f"Maw 2 Meh {local:%H:%M}"
    soon = datetime.now(__import__("datetime").UTC).replace(tzinfo=None) + timedelta(minutes=1)
    assert ":" in i18n.shown(Text("c", "{w}", {"w": Moment(soon)}), lambda c, s: s, QLocale("cy_GB"))


def test_the_team_databases_refusals_are_marked_with_the_same_english() -> None:
    lookup = _welsh_lookup()
    said = refusal_text("submission 7 is changes requested and is not waiting for a decision")
    assert said == "submission 7 is changes requested and is not waiting for a decision"
    assert (
        i18n.shown(said, lookup)
        == "mae cyflwyniad 7 wedi'i anfon yn ôl i'w newid ac nid yw'n aros am benderfyniad"
    )
    assert i18n.shown(refusal_text("you cannot approve your own submission"), lookup) == (
        "ni allwch gymeradwyo eich cyflwyniad eich hun"
    )
    assert i18n.shown(refusal_text("post 4 waits for its pair (welsh_first)"), lookup) == (
        "mae neges 4 yn aros am ei phâr"
    )
    assert refusal_text("something a newer database says") == "something a newer database says"


def test_sign_in_and_attachment_errors_are_welsh(db: Database, tmp_path: Path) -> None:
    from desktop.core.drafts import StoreError
    from desktop.core.networks.mastodon.api import instance_url
    from desktop.core.networks.x.api import OAuth1Keys, XAuthError

    lookup = _welsh_lookup()
    with pytest.raises(XAuthError) as x_error:
        OAuth1Keys.from_mapping({"consumer_key": "k", "consumer_secret": "s", "access_token": "t"})
    assert x_error.value.user_message.startswith("The X keys are incomplete: access_token_secret is missing.")
    assert i18n.shown(x_error.value.user_message, lookup).startswith(
        "Mae allweddi X yn anghyflawn: mae access_token_secret ar goll."
    )
    with pytest.raises(Exception) as mastodon_error:
        instance_url("")
    assert i18n.shown(mastodon_error.value.user_message, lookup) == (
        "Teipiwch gyfeiriad eich gweinydd Mastodon, fel mastodon.social."
    )
    store = DraftStore(db, media_dir=tmp_path / "media")
    draft = store.create(body="Helo")
    notes = tmp_path / "notes.txt"
    notes.write_text("not an image", encoding="utf-8")
    with pytest.raises(StoreError) as refused:
        store.attach(draft.id, notes)
    assert (
        i18n.shown(refused.value.user_message, lookup)
        == "Nid yw notes.txt yn ddelwedd PNG, JPEG, GIF na WebP."
    )
