"""Issue 17: every waiting post says why it waits, in the same words in the Outbox window and
`crier outbox`, and the Outbox shows when each post was queued and sent and a schedule's time of day.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale
from sqlalchemy import update

from desktop.core.accounts import Accounts, AccountStatus
from desktop.core.db import Database
from desktop.core.models import Post, utcnow
from desktop.core.outbox import Outbox, State
from desktop.core.waiting import WAIT_TEXTS, Wait, why_waiting
from desktop.ui.dates import use_system_locale
from desktop.ui.outbox_model import OutboxModel
from desktop.ui.outbox_view import OutboxPanel
from tests.test_cli import crier


def _reasons(db: Database, unreachable: dict[int, str] | None = None) -> dict[int, Wait]:
    return {i: r.kind for i, r in why_waiting(Outbox(db).posts(), unreachable=unreachable).items()}


def test_each_waiting_post_says_why(db: Database) -> None:
    accounts = Accounts(db)
    x, bluesky, signed_out = (accounts.add(n, h).id for n, h in (("x", "@a"), ("bluesky", "b"), ("x", "@c")))
    accounts.mark(signed_out, AccountStatus.NEEDS_SIGN_IN)
    outbox = Outbox(db)
    first = outbox.queue([x], ["First"])[0]
    later = outbox.queue([x], ["Second"], scheduled_at=utcnow() + timedelta(days=2))[0]
    behind = outbox.queue([x], ["Third"])[0]
    on_bluesky = outbox.queue([bluesky], ["Elsewhere"])[0]
    unconnected = outbox.queue([signed_out], ["Nobody to post it"])[0]
    welsh, english = outbox.queue([signed_out, x], ["Cymraeg", "English"], pair=True)

    reasons = _reasons(db)
    assert reasons[first] is Wait.READY
    assert reasons[later] is Wait.SCHEDULED  # a schedule holds nothing up...
    assert reasons[behind] is Wait.BEHIND  # ...but the first post does
    assert reasons[on_bluesky] is Wait.READY
    assert reasons[unconnected] is Wait.ACCOUNT and reasons[welsh] is Wait.ACCOUNT
    assert reasons[english] is Wait.PAIR_WELSH
    why = why_waiting(outbox.posts())
    assert why[behind].behind == first
    assert why[behind].text(str) == f"Queued behind post {first} of the same account"

    # The window knows which networks didn't answer: Bluesky's post waits for its network.
    assert _reasons(db, {bluesky: "offline"})[on_bluesky] is Wait.OFFLINE
    assert why_waiting(outbox.posts(), unreachable={bluesky: "timeout"})[on_bluesky].network == "Bluesky"
    assert _reasons(db, {bluesky: "proxy-auth"})[on_bluesky] is Wait.PROXY  # not "offline"


def test_a_post_needing_attention_holds_nothing_up_and_a_retry_says_when(db: Database) -> None:
    x = Accounts(db).add("x", "@a").id
    outbox = Outbox(db)
    stuck, after = outbox.queue([x], ["One"])[0], outbox.queue([x], ["Two"])[0]
    retry_at = utcnow() + timedelta(minutes=5)
    with db.write() as session:  # the sync engine's outcomes, as it records them
        session.execute(update(Post).where(Post.id == stuck).values(state=State.NEEDS_ATTENTION.value))
    assert _reasons(db) == {after: Wait.READY}
    with db.write() as session:
        session.execute(
            update(Post).where(Post.id == after).values(state=State.WAITING.value, next_attempt_at=retry_at)
        )
    later = outbox.queue([x], ["Three"])[0]
    why = why_waiting(outbox.posts())
    assert why[after].kind is Wait.RETRY and why[after].when == retry_at
    assert why[later].kind is Wait.BEHIND


def test_the_window_and_the_cli_use_the_same_words(qtbot) -> None:  # noqa: ANN001
    model = OutboxModel()
    assert QCoreApplication.translate("OutboxModel", "Queued") == "Queued"  # no Welsh catalogue loaded
    assert model.wait_texts() == WAIT_TEXTS


def test_crier_outbox_says_why_each_post_waits(db: Database) -> None:
    x = Accounts(db).add("x", "@council").id
    outbox = Outbox(db)
    first = outbox.queue([x], ["Bins on Tuesday"])[0]
    outbox.queue([x], ["Road closed"])
    result = crier("outbox")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Queued: ready to send" in lines[2]  # newest first
    assert f"Queued behind post {first} of the same account" in lines[1]


def test_outbox_columns_show_when_queued_and_sent_and_a_schedule_with_its_time(qtbot, db) -> None:  # noqa: ANN001
    use_system_locale(QLocale.c())
    x = Accounts(db).add("x", "@a").id
    outbox = Outbox(db)
    when = datetime(utcnow().year + 1, 12, 24, 9, 0)
    scheduled = outbox.queue([x], ["Merry Christmas"], scheduled_at=when)[0]
    sent = outbox.queue([x], ["Done"])[0]
    with db.write() as session:
        session.execute(update(Post).where(Post.id == sent).values(state=State.SENT.value, sent_at=utcnow()))
    panel = OutboxPanel()
    qtbot.addWidget(panel)
    panel.model.set_posts(outbox.posts())
    header = panel.table.horizontalHeader()
    visible = [panel.model.headerData(header.logicalIndex(i), header.orientation()) for i in range(7)]
    assert visible[:5] == ["Status", "Account", "Post", "Queued", "Sent"]
    rows = {panel.model.post(r).id: r for r in range(panel.model.rowCount())}
    column = {name: i for i, name in enumerate(panel.model.COLUMNS)}
    state = panel.model.index(rows[scheduled], column["state"]).data()
    assert re.fullmatch(r"Scheduled for 24 Dec \d{4} \d\d:\d\d", state), state  # the time too
    assert panel.model.index(rows[scheduled], column["sent"]).data() == ""
    assert re.fullmatch(r"\d+ \w{3} \d\d:\d\d", panel.model.index(rows[sent], column["queued"]).data())
    assert re.fullmatch(r"\d+ \w{3} \d\d:\d\d", panel.model.index(rows[sent], column["sent"]).data())
